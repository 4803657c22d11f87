"""Re-check times after one edit to one story of a cached archive, edit kind by edit kind.

usage: python bench/incremental.py [-n 10000] [--length short] [--jobs 2] [--work DIR] [--seed 7]

Generates the archive (bench/generate.py), fills the cache with one run, then for each edit
below makes it to one story, runs `factcheck DIR --format json -v` from the cache, and reports
the wall time, the start-up (`--version`) subtracted, and whether the run re-checked from the
stored checks or ran them all (with the reason `-v` gives). Each edit is undone before the
next (the undo's run is not timed), so every edit starts from the same filled cache.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checker  # noqa: E402
from generate import generate  # noqa: E402

Edit = Callable[[Path], Callable[[], None]]
"""Makes an edit in the archive folder and returns its undo."""


def _rewrite(path: Path, change: Callable[[str], str]) -> Callable[[], None]:
    before = path.read_text(encoding="utf-8")
    path.write_text(change(before), encoding="utf-8")
    return lambda: path.write_text(before, encoding="utf-8")


def figure_corrected(folder: Path, name: str) -> Callable[[], None]:
    """The winner's vote count, one more: a corrected figure."""
    return _rewrite(folder / name, lambda t: re.sub(r"(\d{1,2}),(\d{3}) votes",
                                                    lambda m: f"{m.group(1)},{int(m.group(2)) + 1:03d} votes"
                                                    if m.group(2) != "999" else m.group(0), t, count=1))


def line_added(folder: Path, name: str) -> Callable[[], None]:
    return _rewrite(folder / name, lambda t: t + "\nThe majority was 1,234.\n")


def roaming_name(folder: Path, name: str) -> Callable[[], None]:
    """The third-placed candidate's vote count corrected, in a story whose third candidate's surname
    stands in other seats too (every generated surname does: 'Mr Jessop' is in several seats)."""
    return _rewrite(folder / name, lambda t: re.sub(r"was third with (\d{1,2}),(\d{3})",
                                                    lambda m: f"was third with {m.group(1)},{(int(m.group(2)) + 7) % 1000:03d}",
                                                    t, count=1))


def story_added(folder: Path, name: str) -> Callable[[], None]:
    new = folder / ("zz_" + name)
    shutil.copyfile(folder / name, new)
    return new.unlink


def story_renamed(folder: Path, name: str) -> Callable[[], None]:
    new = folder / ("renamed_" + name)
    (folder / name).rename(new)
    return lambda: new.rename(folder / name)


def story_deleted(folder: Path, name: str) -> Callable[[], None]:
    keep = (folder / name).read_bytes()
    (folder / name).unlink()
    return lambda: (folder / name).write_bytes(keep)


EDITS: dict[str, Callable[[Path, str], Callable[[], None]]] = {
    "a figure corrected": figure_corrected,
    "a line added": line_added,
    "a name standing in several seats: its figure changed": roaming_name,
    "a story added": story_added,
    "a story renamed": story_renamed,
    "a story deleted": story_deleted,
}


def factcheck(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=cwd)
    dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.exit(f"factcheck failed ({p.returncode}): {p.stderr[-2000:]}")
    return dt, p


def how(p: subprocess.CompletedProcess) -> str:
    """Re-checked from the stored checks, or why all checks ran."""
    if "unchanged since the last run's checks" in p.stderr:
        return "re-checked"
    m = re.search(r"all checks run: ([^)]*)\)", p.stderr)
    return f"all checks: {m.group(1)}" if m else "?"


def _load() -> str:
    """The 1-minute load average (this machine is shared: timings are read against it)."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--length", choices=["long", "short"], default="short")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each edit (each on another story), and of the "
                    "run with nothing changed")
    ap.add_argument("--work", type=Path, help="folder for the archive and its cache (default: a temporary one)")
    a = ap.parse_args()
    compileall.compile_dir(Path(checker.__file__).parent, quiet=1)
    work = a.work or Path(tempfile.mkdtemp(prefix="factcheck-incremental-"))
    folder = work / "copy"
    if len(list(folder.glob("*.txt"))) != a.n:
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, a.n, a.seed, short=a.length == "short")
        # An archive's stories were written before the run that fills the cache, not a moment before it: the
        # fill then records their stat (checker/run/files.py records no file written within 2 s of the run).
        time.sleep(2.5)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    common = [str(folder), "--format", "json", "-v", "--jobs", str(a.jobs), "--cache-dir", str(cache)]
    load = [_load()]
    startup = statistics.median(factcheck(["--version"], work)[0] for _ in range(3))
    fill, _ = factcheck(common, work)
    warm = [factcheck(common, work) for _ in range(a.repeat)]
    names = sorted(p.name for p in folder.glob("*.txt"))
    rows = [("nothing changed", statistics.median(t for t, _ in warm), "; ".join(sorted({how(p) for _, p in warm})))]
    for k, (label, edit) in enumerate(EDITS.items()):
        times, hows = [], []
        for r in range(a.repeat):
            undo = edit(folder, names[(len(names) // 2 + 101 * k + 13 * r) % len(names)])
            seconds, p = factcheck(common, work)
            times.append(seconds)
            hows.append(how(p))
            undo()
            factcheck(common, work)  # back to the filled state
        rows.append((label, statistics.median(times), "; ".join(sorted(set(hows)))))
    print(f"{a.n:,} {a.length} stories, --jobs {a.jobs}; cache filled in {fill:.1f} s; start-up {startup:.2f} s "
          f"({os.cpu_count()} cores); 1-minute load at the start {load[0]}, at the end {_load()}\n")
    print("| edit | seconds | after start-up | how |")
    print("|---|---:|---:|---|")
    for label, seconds, way in rows:
        print(f"| {label} | {seconds:.2f} | {seconds - startup:.2f} | {way} |")
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
