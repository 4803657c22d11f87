"""Scaling benchmark: time per story against the archive's size, cold and warm, with peak memory.

usage: python bench/scale.py [--sizes 1000,2000,5000,10000,20000,40000] [--lengths short,long]
                             [--jobs 2] [--repeat 3] [--out bench-out] [--work DIR] [--seed 7]

Each length's archive is generated once at the largest size with bench/generate.py (the first
k articles are the same whatever the size, so every smaller archive is a prefix, hard-linked
into its own folder). For each size, each run in a fresh process:

- cold: `factcheck DIR --no-cache --jobs J --format json`, `--repeat` times;
- warm: one run fills an empty cache (not timed), then `--repeat` runs on the unchanged archive;
- a bare spaCy tokenizer pass (the installed en_core_web_sm's tokenizer, nothing else) over the same files,
  timed in the same process run as the reading of them, `--repeat` times.

Times are medians. Peak memory is the largest process of a run (the wrapper's
RUSAGE_CHILDREN maxrss: the parent or one worker, whichever is larger), the largest of the
repeats. The throughput ratio is the cold run's words/s over the tokenizer pass's words/s.
Prints a Markdown table and writes it, an SVG chart of ms per story against stories
(written by hand, no plotting library) and the raw numbers as JSON to `--out`.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checker  # noqa: E402
from generate import generate  # noqa: E402

WRAPPER = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")
"""Runs factcheck in a fresh wrapper, so the peak RSS reported is this run's alone (output discarded)."""

TOKENIZE = """
import sys, time
from pathlib import Path
import spacy
from checker.models import installed_model
nlp = spacy.load(installed_model())
paths = sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix == ".txt")
t0 = time.perf_counter()
n = 0
for doc in nlp.tokenizer.pipe(p.read_text(encoding="utf-8") for p in paths):
    n += len(doc)
print(time.perf_counter() - t0, n)
"""
"""A bare tokenizer pass: reading and tokenizing the files, the model's load outside the timing."""


@dataclass
class Row:
    """One archive size of one length: medians in seconds, peak RSS in MiB."""

    length: str
    stories: int
    words: int
    cold: float
    cold_rss: float
    warm: float
    warm_rss: float
    tokenizer: float

    @property
    def cold_ms(self) -> float:
        return 1000 * self.cold / self.stories

    @property
    def warm_ms(self) -> float:
        return 1000 * self.warm / self.stories

    @property
    def ratio(self) -> float:
        """Cold words/s as a share of the bare tokenizer's words/s."""
        return (self.words / self.cold) / (self.words / self.tokenizer)


def timed(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one `factcheck` run in a fresh process."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, "-m", "checker", *args],
                       capture_output=True, text=True, cwd=cwd)
    dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.exit(f"factcheck failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
    return dt, int(p.stderr.strip().splitlines()[-1]) / 1024


def tokenizer_seconds(folder: Path) -> float:
    """Seconds for the bare tokenizer pass over the folder's files."""
    p = subprocess.run([sys.executable, "-c", TOKENIZE, str(folder)], capture_output=True, text=True, check=True)
    return float(p.stdout.split()[0])


def archive(pool: Path, folder: Path, n: int) -> int:
    """Hard-link the first `n` articles of `pool` into `folder`; their word count."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    words = 0
    for name in sorted(p.name for p in pool.glob("*.txt"))[:n]:
        os.link(pool / name, folder / name)
        words += len((pool / name).read_text(encoding="utf-8").split())
    return words


def measure(length: str, n: int, pool: Path, work: Path, jobs: int, repeat: int) -> Row:
    folder = work / f"{length}-{n}"
    words = archive(pool, folder, n)
    cache = work / f"cache-{length}-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    common = [str(folder), "--format", "json", "--jobs", str(jobs)]
    cold = [timed([*common, "--no-cache"], work) for _ in range(repeat)]
    timed([*common, "--cache-dir", str(cache)], work)  # fills the cache
    warm = [timed([*common, "--cache-dir", str(cache)], work) for _ in range(repeat)]
    tok = [tokenizer_seconds(folder) for _ in range(repeat)]
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    return Row(length, n, words, statistics.median(t for t, _ in cold), max(r for _, r in cold),
               statistics.median(t for t, _ in warm), max(r for _, r in warm), statistics.median(tok))


def table(rows: list[Row], jobs: int, repeat: int) -> str:
    lines = [f"`--jobs {jobs}`, medians of {repeat}; {os.cpu_count()} cores. Peak RSS: the run's largest process.",
             "",
             "| length | stories | words | cold s | cold ms/story | cold peak MiB | warm s | warm ms/story "
             "| warm peak MiB | tokenizer s | cold / tokenizer |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.length} | {r.stories:,} | {r.words:,} | {r.cold:.1f} | {r.cold_ms:.2f} | {r.cold_rss:,.0f} "
                     f"| {r.warm:.1f} | {r.warm_ms:.2f} | {r.warm_rss:,.0f} | {r.tokenizer:.1f} | {r.ratio:.0%} |")
    return "\n".join(lines) + "\n"


def svg(rows: list[Row]) -> str:
    """ms per story (y) against stories (x, log scale), one line per length and temperature."""
    import math

    w, h, left, right, top, bottom = 720, 420, 70, 170, 30, 50
    series: dict[str, list[tuple[int, float]]] = {}
    for r in rows:
        series.setdefault(f"{r.length}, cold", []).append((r.stories, r.cold_ms))
        series.setdefault(f"{r.length}, warm", []).append((r.stories, r.warm_ms))
    xs = [x for pts in series.values() for x, _ in pts]
    ys = [y for pts in series.values() for _, y in pts]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = max(ys) * 1.1 or 1.0

    def px(x: float) -> float:
        return left + (math.log10(x) - x0) / (x1 - x0) * (w - left - right)

    def py(y: float) -> float:
        return h - bottom - y / y1 * (h - top - bottom)

    colours = ["#1f77b4", "#aec7e8", "#d62728", "#ff9896"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
           f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">factcheck: time per story against archive size</text>',
           f'<line x1="{left}" y1="{h - bottom}" x2="{w - right}" y2="{h - bottom}" stroke="black"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{h - bottom}" stroke="black"/>',
           f'<text x="{(left + w - right) / 2}" y="{h - 12}" text-anchor="middle">stories (log scale)</text>',
           f'<text x="16" y="{(top + h - bottom) / 2}" transform="rotate(-90 16 {(top + h - bottom) / 2})" '
           f'text-anchor="middle">ms per story</text>']
    for x in sorted(set(xs)):
        out.append(f'<line x1="{px(x):.1f}" y1="{h - bottom}" x2="{px(x):.1f}" y2="{h - bottom + 5}" stroke="black"/>')
        out.append(f'<text x="{px(x):.1f}" y="{h - bottom + 18}" text-anchor="middle">{x:,}</text>')
    for i in range(6):
        y = y1 * i / 5
        out.append(f'<line x1="{left - 5}" y1="{py(y):.1f}" x2="{w - right}" y2="{py(y):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.1f}</text>')
    for k, (label, pts) in enumerate(series.items()):
        colour = colours[k % len(colours)]
        pts = sorted(pts)
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        out.extend(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{colour}"/>' for x, y in pts)
        ly = top + 10 + 18 * k
        out.append(f'<line x1="{w - right + 15}" y1="{ly}" x2="{w - right + 35}" y2="{ly}" stroke="{colour}" '
                   f'stroke-width="2"/>')
        out.append(f'<text x="{w - right + 40}" y="{ly + 4}">{label}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000,20000,40000",
                    type=lambda s: sorted(int(x) for x in s.split(",")))
    ap.add_argument("--lengths", default="short,long", type=lambda s: s.split(","))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path("bench-out"), help="folder for scale.md, scale.svg, scale.json")
    ap.add_argument("--work", type=Path, help="folder for the generated archives (default: a temporary one)")
    a = ap.parse_args()
    compileall.compile_dir(Path(checker.__file__).parent, quiet=1)  # as an installed package's runs read bytecode
    work = a.work or Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    a.out.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for length in a.lengths:
        pool = work / f"pool-{length}"
        if len(list(pool.glob("*.txt"))) < max(a.sizes):
            shutil.rmtree(pool, ignore_errors=True)
            generate(pool, max(a.sizes), a.seed, short=length == "short")
        for n in a.sizes:
            row = measure(length, n, pool, work, a.jobs, a.repeat)
            rows.append(row)
            print(f"{length} {n:,}: cold {row.cold:.1f} s ({row.cold_ms:.2f} ms/story, {row.cold_rss:,.0f} MiB), "
                  f"warm {row.warm:.1f} s, tokenizer {row.tokenizer:.1f} s, ratio {row.ratio:.0%}", flush=True)
            (a.out / "scale.json").write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    md = table(rows, a.jobs, a.repeat)
    print("\n" + md)
    (a.out / "scale.md").write_text(md, encoding="utf-8")
    (a.out / "scale.svg").write_text(svg(rows), encoding="utf-8")
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
