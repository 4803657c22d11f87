"""Time and profile the checks alone (resolve, shards, every rule) on a generated archive.

usage: python bench/profile_checks.py [-n 10000] [--length short] [--seed 7] [--extractions FILE]
                                      [--profile] [--top 30]

bench/scale.py times the whole tool; this isolates what grows with the archive beyond
extraction, which is linear by construction (one article at a time). The articles are
extracted once (kept in `--extractions`, a pickle, to profile again without re-extracting),
then `run_checks` is timed, and with `--profile` run under cProfile with the top functions
by own and cumulative time printed.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checker.corpus import Document  # noqa: E402
from checker.model import Extraction  # noqa: E402
from checker.ruleset import load_ruleset  # noqa: E402
from checker.run.engine import run_checks  # noqa: E402
from generate import generate  # noqa: E402


def extractions(n: int, seed: int, short: bool) -> list[Extraction]:
    """The archive bench/generate.py writes, extracted in this process."""
    from checker.extract.pipeline import build_pipeline, extract

    with tempfile.TemporaryDirectory(prefix="profile-checks-") as tmp:
        out = Path(tmp) / "corpus"
        generate(out, n, seed, short=short)
        docs = [Document.from_text(str(p), p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.txt"))]
        return list(extract(build_pipeline(), docs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--length", choices=["long", "short"], default="short")
    ap.add_argument("--extractions", type=Path, help="pickle of the extractions: read if it exists, else written")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--first", type=int, help="check only the first N articles of the extractions")
    a = ap.parse_args()
    if a.extractions and a.extractions.exists():
        got = pickle.loads(a.extractions.read_bytes())
    else:
        t0 = time.perf_counter()
        got = extractions(a.n, a.seed, a.length == "short")
        print(f"extracted {len(got):,} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        if a.extractions:
            a.extractions.write_bytes(pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL))
    got = got[:a.first] if a.first else got
    ruleset = load_ruleset()
    gc.collect()
    gc.disable()  # as the command runs its checks (checker/run/collector.py): passes over acyclic objects
    t0 = time.perf_counter()
    report = run_checks(got, ruleset)
    print(f"checks on {len(got):,} articles: {time.perf_counter() - t0:.2f} s; "
          f"{len(report.findings):,} findings, {report.checks:,} relations checked")
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(run_checks, got, ruleset)
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(a.top)
        stats.sort_stats("cumulative").print_stats(a.top)


if __name__ == "__main__":
    main()
