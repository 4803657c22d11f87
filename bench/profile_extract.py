"""Time extraction alone: N generated articles through one pipeline, in words per second.

usage: python bench/profile_extract.py [-n 300] [--seed 7] [--repeat 3] [--profile] [--top 25]

bench/run.py measures the whole tool in a subprocess; this isolates the extraction stage
(the pipeline is built once, outside the timing) so a change to checker/extract/ shows
its own effect. `--profile` runs one pass under cProfile and prints the top functions by
cumulative and by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checker.corpus import Document  # noqa: E402
from checker.extract.pipeline import build_pipeline, extract  # noqa: E402
from generate import generate  # noqa: E402


def articles(n: int, seed: int) -> list[Document]:
    """The `n` articles bench/generate.py writes for `seed`, read back as Documents."""
    with tempfile.TemporaryDirectory(prefix="profile-extract-") as tmp:
        out = Path(tmp) / "corpus"
        generate(out, n, seed)
        return [Document.from_text(p.name, p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.txt"))]


def time_once(nlp, docs: list[Document]) -> tuple[float, float]:
    """(wall, CPU) seconds to extract every document. CPU time is reported too because on a
    shared machine wall time also measures the neighbours."""
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in extract(nlp, docs):
        pass
    return time.perf_counter() - w0, time.process_time() - c0


def profile(nlp, docs: list[Document], top: int) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for _ in extract(nlp, docs):
        pass
    prof.disable()
    stats = pstats.Stats(prof).strip_dirs()
    for key in ("cumulative", "tottime"):
        print(f"\n--- top {top} by {key} ---")
        stats.sort_stats(key).print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="articles to generate")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile top list")
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    docs = articles(a.n, a.seed)
    words = sum(d.words for d in docs)
    t0 = time.perf_counter()
    nlp = build_pipeline()
    built = time.perf_counter() - t0
    time_once(nlp, docs[:5])  # warm caches (vocab strings, lazy imports) outside the timing
    runs = [time_once(nlp, docs) for _ in range(max(1, a.repeat))]
    wall, cpu = min(w for w, _ in runs), min(c for _, c in runs)
    print(f"articles {len(docs):,}  words {words:,}  pipeline build {built:.2f} s")
    print(f"extraction, best of {len(runs)}: wall {wall:.3f} s = {words / wall:,.0f} words/s; "
          f"CPU {cpu:.3f} s = {words / cpu:,.0f} words/s ({len(docs) / cpu:,.0f} articles/s)")
    if a.profile:
        profile(nlp, docs, a.top)


if __name__ == "__main__":
    main()
