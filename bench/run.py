"""Benchmark: generate N articles, run `factcheck` on them, report speed, memory and what it found.

usage: python bench/run.py [-n 1000] [--seed 7] [--keep DIR] [--jobs 2]

Runs, each in a fresh process: one short article (the start-up cost), a cold run with one
process and with --jobs processes (no cache), a run that fills an empty cache, a warm run
on the unchanged corpus, and a run after one article is edited. Prints a table of seconds,
articles/s, words/s and peak RSS (the largest process of the run, workers included), then
how many planted errors were reported as errors at the planted paragraph, with the errors
on clean articles.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402


WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")
"""Runs factcheck in a fresh wrapper, so the peak RSS reported is this run's alone."""


def run(args: list[str], cwd: Path) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds, peak RSS in KiB of the run's largest process, and its output."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "-m", "checker", *args],
                       capture_output=True, text=True, cwd=cwd)
    dt = time.perf_counter() - t0
    if p.returncode == 2:
        sys.exit(f"factcheck failed: {p.stderr.strip()}")
    rss = int(p.stderr.strip().splitlines()[-1])
    return dt, rss, p


def score(report: dict, manifest: dict) -> tuple[int, int, int]:
    """(planted found as errors at the planted line, planted, errors in clean articles)."""
    found = false = 0
    by_file: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_file.setdefault(os.path.basename(f["path"]), []).append(f)
    for name, planted in manifest.items():
        errors = [f for f in by_file.get(name, []) if f["severity"] == "error"]
        if planted:
            found += any(f["rule"] == planted["rule"] and f["line"] == planted["line"] for f in errors)
        else:
            false += sum(f["rule"] != "agreement" or all(os.path.basename(r["path"]) == name
                                                         or not manifest.get(os.path.basename(r["path"]))
                                                         for r in f["related"]) for f in errors)
    return found, sum(1 for p in manifest.values() if p), false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    a = ap.parse_args()
    base = a.keep or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus = base / "corpus"
    manifest = generate(corpus, a.n, a.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    one = corpus / sorted(manifest)[0]
    cache = base / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    json_out = ["--format", "json"]
    startup, _, _ = run(["--version"], base)
    first, rss1, _ = run([str(one), "--no-cache", *json_out], base)
    runs: list[tuple[str, float, int]] = [("start-up: interpreter and imports (--version)", startup, 0)]
    one_words = len(one.read_text(encoding="utf-8").split())
    single = (f"| one article, no cache (builds the pipeline) | {first:.1f} | {first - startup:.1f} | | "
              f"{one_words / first:,.0f} | {rss1 / 1024:,.0f} |")
    timed = [
        ("cold, --jobs 1, no cache", ["--jobs", "1", "--no-cache"]),
        (f"cold, --jobs {a.jobs}, no cache", ["--jobs", str(a.jobs), "--no-cache"]),
        (f"cold, --jobs {a.jobs}, filling the cache", ["--jobs", str(a.jobs), "--cache-dir", str(cache)]),
        ("warm: nothing changed", ["--jobs", str(a.jobs), "--cache-dir", str(cache)]),
    ]
    report = None
    for label, extra in timed:
        seconds, rss, p = run([str(corpus), *json_out, *extra], base)
        runs.append((label, seconds, rss))
        report = report or json.loads(p.stdout)
    edited = corpus / sorted(manifest)[len(manifest) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nTurnout in the seat was 64.1 per cent.\n",
                      encoding="utf-8")
    seconds, rss, _ = run([str(corpus), *json_out, "--jobs", str(a.jobs), "--cache-dir", str(cache)], base)
    runs.append(("one article edited", seconds, rss))
    found, planted, false = score(report, manifest)
    print(f"{a.n:,} articles, {words:,} words; this machine ({os.cpu_count()} cores)\n")
    print("| run | seconds | excl. start-up | articles/s | words/s | peak RSS, MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, seconds, rss in runs:
        if rss == 0:
            print(f"| {label} | {seconds:.1f} | | | | |")
            print(single)
            continue
        work = max(seconds - startup, 1e-9)
        print(f"| {label} | {seconds:.1f} | {work:.1f} | {a.n / seconds:,.0f} | {words / seconds:,.0f} | "
              f"{rss / 1024:,.0f} |")
    print(f"\nclaims {report['summary']['claims']:,}; relations checked {report['summary']['checks']:,}; "
          f"planted errors found {found}/{planted}; errors in clean articles {false}")


if __name__ == "__main__":
    main()
