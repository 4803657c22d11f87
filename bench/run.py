"""Benchmark: generate N articles, run `factcheck` on them, report speed, memory and what it found.

usage: python bench/run.py [-n 1000] [--seed 7] [--keep DIR]

Prints articles/s, words/s (end to end, and excluding the fixed start-up cost measured on
one short article), peak RSS of the factcheck process, and how many planted errors were
reported as errors at the planted paragraph, with the errors on clean articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402


def run(args: list[str]) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds, peak RSS in KiB of the child, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True)
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode == 2:
        sys.exit(f"factcheck failed: {p.stderr.strip()}")
    return dt, max(after, before), p


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
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    a = ap.parse_args()
    base = a.keep or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus = base / "corpus"
    manifest = generate(corpus, a.n, a.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    one = corpus / sorted(manifest)[0]
    startup, _, _ = run([str(one), "--format", "json"])
    seconds, rss, p = run([str(corpus), "--format", "json"])
    report = json.loads(p.stdout)
    found, planted, false = score(report, manifest)
    work = max(seconds - startup, 1e-9)
    rows = [
        ("articles", f"{a.n:,}"), ("words", f"{words:,}"),
        ("wall time, s", f"{seconds:.1f}"), ("start-up (one article), s", f"{startup:.1f}"),
        ("articles/s (end to end)", f"{a.n / seconds:,.0f}"), ("words/s (end to end)", f"{words / seconds:,.0f}"),
        ("words/s (excluding start-up)", f"{words / work:,.0f}"),
        ("peak RSS, MiB", f"{rss / 1024:,.0f}"),
        ("claims", f"{report['summary']['claims']:,}"), ("relations checked", f"{report['summary']['checks']:,}"),
        ("planted errors found", f"{found}/{planted}"), ("errors in clean articles", f"{false}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |\n|{'-' * (width + 2)}|-------|")
    for k, v in rows:
        print(f"| {k.ljust(width)} | {v} |")


if __name__ == "__main__":
    main()
