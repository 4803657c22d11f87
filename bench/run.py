"""Benchmark: generate N articles, run `factcheck` on them, report speed, memory and what it found.

usage: python bench/run.py [-n 1000] [--seed 7] [--keep DIR] [--jobs 2] [--repeat 5]

Runs, each in a fresh process: one short article (the start-up cost), a cold run with one
process and with --jobs processes (no cache), a run that fills an empty cache, a warm run
on the unchanged corpus, a run after one article is edited (a sentence added), and one after
a party's national seat total is corrected in one article (that figure shares a shard with
every article's seat totals). The start-up, warm and edit runs are short and noisy, so each
is repeated (--repeat; each edit run edits another article) and the table gives the median,
with the range below it. Prints a table of
seconds, articles/s, words/s and peak RSS (the largest process of the run, workers
included), then how many planted errors were reported as errors at the planted paragraph,
with the errors on clean articles. The checker's modules are compiled to bytecode first, as
an installed package's are after its first run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checker  # noqa: E402
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


def sec(x: float) -> str:
    """Seconds: two decimals for the short runs, where a tenth is most of the difference."""
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


def edit(path: Path, i: int) -> None:
    """A sentence added at the end: a new figure, as a sub-editor's late addition would be."""
    path.write_text(path.read_text(encoding="utf-8") + f"\n\nTurnout in the seat was {60 + i % 10}.1 per cent.\n",
                    encoding="utf-8")


SEAT_TOTAL = re.compile(r"(?:finished with|won) (\d+) seats")


def edit_seats(corpus: Path, names: list[str]) -> None:
    """One party's national seat total changed by one in the first of `names` that gives one: that figure
    is in one shard with every article's seat totals, the largest shard there is."""
    for name in names:
        path = corpus / name
        text = path.read_text(encoding="utf-8")
        if m := SEAT_TOTAL.search(text):
            path.write_text(text[:m.start(1)] + str(int(m.group(1)) + 1) + text[m.end(1):], encoding="utf-8")
            return


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
    ap.add_argument("--repeat", type=int, default=5, help="times to run the short runs (median reported)")
    a = ap.parse_args()
    # Every run reads the checker's bytecode from __pycache__, as an installed package's runs do after the
    # first: where PYTHONDONTWRITEBYTECODE is set (this machine sets it), each run would compile them again.
    compileall.compile_dir(Path(checker.__file__).parent, quiet=1)
    base = a.keep or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus = base / "corpus"
    manifest = generate(corpus, a.n, a.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    one = corpus / sorted(manifest)[0]
    cache = base / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    json_out = ["--format", "json"]
    startups = [run(["--version"], base)[0] for _ in range(a.repeat)]
    startup = statistics.median(startups)
    first, rss1, _ = run([str(one), "--no-cache", *json_out], base)
    runs: list[tuple[str, float, int]] = [("start-up: interpreter and imports (--version)", startup, 0)]
    one_words = len(one.read_text(encoding="utf-8").split())
    single = (f"| one article, no cache (builds the pipeline) | {sec(first)} | {sec(first - startup)} | | "
              f"{one_words / first:,.0f} | {rss1 / 1024:,.0f} |")
    cached = [str(corpus), *json_out, "--jobs", str(a.jobs), "--cache-dir", str(cache)]
    timed = [
        ("cold, --jobs 1, no cache", [str(corpus), *json_out, "--jobs", "1", "--no-cache"]),
        (f"cold, --jobs {a.jobs}, no cache", [str(corpus), *json_out, "--jobs", str(a.jobs), "--no-cache"]),
        (f"cold, --jobs {a.jobs}, filling the cache", cached),
    ]
    report = None
    for label, args in timed:
        seconds, rss, p = run(args, base)
        runs.append((label, seconds, rss))
        report = report or json.loads(p.stdout)
    ranges = {"start-up": startups}
    names = sorted(manifest)
    for label, prepare in [
        ("warm: nothing changed", lambda i: None),
        ("one article edited", lambda i: edit(corpus / names[(len(names) // 2 + 97 * i) % len(names)], i)),
        ("one seat total corrected", lambda i: edit_seats(corpus, names[(len(names) // 3 + 89 * i) % len(names):])),
    ]:
        got = []
        for i in range(a.repeat):
            prepare(i)
            got.append(run(cached, base)[:2])
        seconds = statistics.median(t for t, _ in got)
        runs.append((label, seconds, max(r for _, r in got)))
        ranges[label.split(":")[0].removeprefix("one ")] = [t for t, _ in got]
    found, planted, false = score(report, manifest)
    print(f"{a.n:,} articles, {words:,} words; this machine ({os.cpu_count()} cores)\n")
    print("| run | seconds | excl. start-up | articles/s | words/s | peak RSS, MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, seconds, rss in runs:
        if rss == 0:
            print(f"| {label} | {sec(seconds)} | | | | |")
            print(single)
            continue
        work = max(seconds - startup, 1e-9)
        print(f"| {label} | {sec(seconds)} | {sec(work)} | {a.n / seconds:,.0f} | {words / seconds:,.0f} | "
              f"{rss / 1024:,.0f} |")
    print(f"\nmedian of {a.repeat}; range in seconds: " + "; ".join(
        f"{label} {min(ts):.2f}–{max(ts):.2f}" for label, ts in ranges.items()))
    print(f"claims {report['summary']['claims']:,}; relations checked {report['summary']['checks']:,}; "
          f"planted errors found {found}/{planted}; errors in clean articles {false}")


if __name__ == "__main__":
    main()
