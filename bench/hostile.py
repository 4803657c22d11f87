"""Benchmark: hostile copy must cost time linear in its size (issue 14, "No input may stall or abort the run").

usage: python bench/hostile.py [--sizes 10000,100000,1000000] [--only NAME,…] [--timeout 900] [--keep DIR]

Writes each pattern below at each size (10 KB, 100 KB and 1 MB by default), with plain copy of the
same size for reference, and runs `factcheck --no-cache FILE` on each in a fresh process. Prints a
table of seconds per size, and for each 10× growth the ratio of the times: about 10 is linear,
about 100 quadratic. The start-up (a one-line article) is printed too: it is most of the 10 KB runs,
so the ratio net of start-up, in brackets, is the one to read (shown where the smaller run took
at least 0.3 s more than start-up; below that it is noise). A run that takes longer than --timeout is
stopped and shown as "> N".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def plain(size: int) -> str:
    """Ordinary copy: generated articles run together into one long article (a live blog)."""
    from generate import generate  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory(prefix="hostile-plain-") as tmp:
        n = max(2, size // 2000 + 2)
        generate(Path(tmp), n, 7)
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).glob("*.txt"))]
    text = "\n\n".join(texts)
    while len(text) < size:
        text += "\n\n" + text
    cut = text.rfind("\n\n", 0, size)
    return text[:cut if cut > size // 2 else size]


def zero_width(size: int) -> str:
    """Figures with a zero-width space inside, each in a sentence of its own (resolve.py groups claims by
    their sentence's words: thousands of one sentence would time that instead)."""
    lines = (f"Labour won {k // 1000 + 1},\u200b{k % 1000:03d} votes.\n\n" for k in range(size))
    text = "".join(next(lines) for _ in range(size // 28 + 1))
    return text[:size]


def nested(size: int) -> str:
    return "(" * (size // 2) + ")" * (size // 2)


PATTERNS: dict[str, tuple[str, Callable[[int], str]]] = {
    # name: (file suffix, the text of about `size` characters)
    "plain": (".txt", plain),
    "a a a": (".txt", lambda n: _repeat("a ", n)),
    "one one one": (".txt", lambda n: _repeat("one ", n)),
    "one hundred and": (".txt", lambda n: _repeat("one hundred and ", n)),
    "1 1 1": (".txt", lambda n: _repeat("1 ", n)),
    "[[[": (".txt", lambda n: "[" * n),
    "((( )))": (".txt", nested),
    "'''": (".txt", lambda n: "'" * n),
    "'s's's": (".txt", lambda n: _repeat("'s", n)),
    "zero-width": (".txt", lambda n: zero_width(n)),
    "5000-digit figures": (".txt", lambda n: _repeat("1," * 2_500 + "1 votes.\n", n)),
    # Two not in the files issue 14 changed: text.py prints the whole line for each finding on it, and
    # context.py walks back to a paragraph's start for each figure in it.
    "malformed figures on one line": (".txt", lambda n: _repeat("17, 525 ", n)),
    "figures in one paragraph": (".txt", lambda n: _repeat("Labour won 2,352 votes.\n", n)),
    "html <a <a": (".html", lambda n: _repeat("<a ", n)),
    "html <script>": (".html", lambda n: _repeat("<script>", n)),
    "html <!--": (".html", lambda n: _repeat("<!--", n)),
    "html unclosed <script>": (".html", lambda n: "<p>Labour won.</p><script>" + _repeat("<p>1 vote</p>", n)),
    "md [[[": (".md", lambda n: "[" * n),
    "md <a <a": (".md", lambda n: _repeat("<a ", n)),
    "md <!--": (".md", lambda n: _repeat("<!--", n)),
    "md comments": (".md", lambda n: _repeat("<!--\n-->\n", n)),
    "md spaces": (".md", lambda n: " " * (n - 1) + "x"),
    "jsonl nested": (".jsonl", lambda n: "[" * (n - 40) + '\n{"body": "Labour won 100 votes."}\n'),
}


def run(path: Path, timeout: float) -> tuple[float, int | None]:
    """Wall seconds of `factcheck --no-cache path` in a fresh process, and its exit status (None: stopped)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, "-m", "checker", "--no-cache", str(path)], capture_output=True,
                           timeout=timeout, cwd=path.parent)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, None
    return time.perf_counter() - t0, p.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--only", default="", help="comma-separated pattern names")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--keep", type=Path, help="write the files here and keep them")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    names = [n for n in a.only.split(",") if n] or list(PATTERNS)
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = a.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        one = folder / "start-up.txt"
        one.write_text("Labour won 100 votes.\n", encoding="utf-8")
        startup = min(run(one, a.timeout)[0] for _ in range(3))
        print(f"start-up (a one-line article): {startup:.2f} s")
        head = ["pattern", *(f"{s // 1000:,} KB" for s in sizes), *(f"×{s2 // s1} ratio (net)" for s1, s2 in
                                                                    zip(sizes, sizes[1:])), "exit"]
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for name in names:
            suffix, make = PATTERNS[name]
            times: list[float | None] = []
            codes: set[int | None] = set()
            for size in sizes:
                path = folder / f"{name.replace(' ', '_').replace('/', '_')}-{size}{suffix}"
                path.write_text(make(size), encoding="utf-8")
                dt, code = run(path, a.timeout)
                times.append(dt if code is not None else None)
                codes.add(code)
                if code is None:
                    break
            cells = [f"{t:.2f}" if t is not None else f"> {a.timeout:.0f}" for t in times]
            cells += [""] * (len(sizes) - len(cells))
            ratios = []
            for t1, t2 in zip(times, times[1:] + [None] * (len(sizes) - len(times))):
                if t1 is None or t2 is None:
                    ratios.append("")
                    continue
                net = f" ({(t2 - startup) / (t1 - startup):.1f})" if t1 - startup >= 0.3 else ""
                ratios.append(f"{t2 / t1:.1f}{net}")
            print("| " + " | ".join([name, *cells, *ratios, ",".join(str(c) for c in sorted(codes, key=str))]) + " |",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
