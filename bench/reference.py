"""How well `--reference` finds single-figure slips and corrects them, on stories made from the 2024 table.

usage: python bench/reference.py [--seed N] [--keep DIR] [--verbose]

For every seat of the 2024 general election one short story is written from the official
results (winner and runner-up with their votes, the winner's share, the majority, turnout);
one story in four carries one planted slip — two digits transposed, one digit changed, a
digit dropped or doubled, the wrong thousand, or a share rounded the wrong way. The folder is
checked as a newsroom would (`factcheck DIR --reference uk-ge -f json`) and scored:

- found: a reference finding at the planted figure (error or warning);
- attributed: found, and no error in that story at any other figure;
- right correction: the finding's suggestion names the official figure as the copy writes it;
- false errors: errors in the stories without a slip.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.reference import load_reference  # noqa: E402
from checker.reference.tables import Seat  # noqa: E402

SLIPS = ("two digits transposed", "one digit changed", "a digit dropped", "a digit doubled", "the wrong thousand",
         "rounded the wrong way")


@dataclass
class Planted:
    path: str
    line: int
    column: int
    wrong: str
    right: str
    slip: str
    what: str


def grouped(n: int) -> str:
    return f"{n:,}"


def slip_votes(n: int, kind: str, rng: random.Random) -> str | None:
    """`n` written with one slip of `kind` (None if the number cannot carry it visibly)."""
    d = str(n)
    if kind == "two digits transposed":
        spots = [k for k in range(len(d) - 1) if d[k] != d[k + 1] and not (k == 0 and d[1] == "0")]
        if not spots:
            return None
        k = rng.choice(spots)
        return grouped(int(d[:k] + d[k + 1] + d[k] + d[k + 2:]))
    if kind == "one digit changed":
        k = rng.randrange(1 if len(d) > 1 else 0, len(d))
        new = rng.choice([c for c in "0123456789" if c != d[k]])
        return grouped(int(d[:k] + new + d[k + 1:]))
    if kind == "a digit dropped":
        if len(d) < 3:
            return None
        k = rng.randrange(1, len(d))
        return grouped(int(d[:k] + d[k + 1:]))
    if kind == "a digit doubled":
        k = rng.randrange(len(d))
        return grouped(int(d[:k] + d[k] + d[k:]))
    if kind == "the wrong thousand":
        if n < 2000:
            return None
        return grouped(n + rng.choice((-1000, 1000)))
    return None


def slip_share(value: float) -> str:
    """A share rounded the wrong way: 45.67 written 45.6."""
    right = round(value, 1)
    wrong = right - 0.1 if value >= right else right + 0.1
    return f"{wrong:.1f}"


def story(seat: Seat) -> tuple[str, dict[str, str]]:
    """A short results story, and each figure as written (keyed by what it is)."""
    w, r = seat.ranked()[0], seat.ranked()[1]
    figs = {"winner votes": grouped(w.votes), "runner-up votes": grouped(r.votes),
            "winner share": f"{seat.share_of(w):.1f}", "majority": grouped(w.votes - r.votes),
            "turnout": f"{seat.turnout:.1f}"}
    text = (f"{seat.name}: general election 2024\n\n"
            f"{w.candidate} ({w.party}) won {seat.name} at the 2024 general election with {{winner votes}} votes, "
            f"{{winner share}}% of the vote.\n\n"
            f"{r.candidate} ({r.party}) came second with {{runner-up votes}} votes, leaving {w.candidate} with a "
            f"majority of {{majority}}.\n\n"
            f"Turnout in {seat.name} was {{turnout}}%.\n")
    return text, figs


def place(text: str, figs: dict[str, str], target: str) -> tuple[str, int, int]:
    """The story with its figures filled in, and the line and column of `target`'s figure."""
    out = text
    for key, value in figs.items():
        if key == target:
            continue
        out = out.replace("{" + key + "}", value)
    k = out.index("{" + target + "}")
    out = out.replace("{" + target + "}", figs[target])
    line = out.count("\n", 0, k) + 1
    column = k - (out.rfind("\n", 0, k) + 1) + 1
    return out, line, column


def build(folder: Path, seed: int) -> tuple[list[Planted], list[str]]:
    rng = random.Random(seed)
    el = load_reference(["uk-ge"]).elections[(2024, "commons")]
    planted: list[Planted] = []
    exact: list[str] = []
    for n, seat in enumerate(sorted(el.seats.values(), key=lambda s: s.name)):
        name = f"{n:03d}.txt"
        text, figs = story(seat)
        if rng.random() < 0.25:
            for _ in range(20):
                kind = rng.choice(SLIPS)
                what = "winner share" if kind == "rounded the wrong way" else rng.choice(
                    ["winner votes", "runner-up votes", "majority", "turnout"] if kind == "one digit changed"
                    else ["winner votes", "runner-up votes", "majority"])
                right = figs[what]
                if what == "winner share":
                    w = seat.ranked()[0]
                    share = seat.share_of(w)
                    if abs(share * 10 - round(share * 10)) > 0.45 or abs(share * 10 - round(share * 10)) < 0.05:
                        continue  # too close to the half-way point, or to a round figure, to say which way is wrong
                    wrong = slip_share(share)
                elif what == "turnout":
                    k = rng.randrange(len(right))
                    if not right[k].isdigit():
                        continue
                    wrong = right[:k] + rng.choice([c for c in "123456789" if c != right[k]]) + right[k + 1:]
                else:
                    wrong = slip_votes(int(right.replace(",", "")), kind, rng)
                if wrong is None or wrong == right:
                    continue
                figs[what] = wrong
                body, line, column = place(text, figs, what)
                (folder / name).write_text(body, encoding="utf-8")
                planted.append(Planted(name, line, column, wrong, right, kind, what))
                break
            else:
                raise RuntimeError(f"no slip could be planted in {seat.name}")
        else:
            body, _, _ = place(text, figs, "winner votes")
            (folder / name).write_text(body, encoding="utf-8")
            exact.append(name)
    return planted, exact


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--keep", type=Path, help="write the stories here and keep them")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "stories"
        folder.mkdir(parents=True, exist_ok=True)
        planted, exact = build(folder, args.seed)
        run = subprocess.run([sys.executable, "-m", "checker", str(folder), "--reference", "uk-ge", "-f", "json",
                              "--no-cache"], capture_output=True, text=True, cwd=ROOT)
        if run.returncode not in (0, 1):
            print(run.stderr, file=sys.stderr)
            return 2
        findings = json.loads(run.stdout)["findings"]
    by_file: dict[str, list[dict]] = {}
    for f in findings:
        by_file.setdefault(Path(f["path"]).name, []).append(f)
    found = attributed = corrected = 0
    kinds: Counter = Counter()
    kinds_found: Counter = Counter()
    kinds_fixed: Counter = Counter()
    misses = []
    for p in planted:
        kinds[p.slip] += 1
        here = by_file.get(p.path, [])
        at = [f for f in here if f["rule"].startswith("reference") and f["line"] == p.line and f["column"] == p.column]
        if not at:
            misses.append((p, here))
            continue
        found += 1
        kinds_found[p.slip] += 1
        elsewhere = [f for f in here if f["severity"] == "error" and (f["line"], f["column"]) != (p.line, p.column)]
        if not elsewhere:
            attributed += 1
        elif args.verbose:
            print("blamed elsewhere:", p, [(f["rule"], f["line"], f["column"], f["message"]) for f in elsewhere])
        if any(f.get("suggestion", "").startswith(f"did you mean {p.right}?") for f in at):
            corrected += 1
            kinds_fixed[p.slip] += 1
        elif args.verbose:
            print("wrong correction:", p, [f.get("suggestion") for f in at])
    false_errors = [f for name in exact for f in by_file.get(name, []) if f["severity"] == "error"]
    n = len(planted)
    print(f"stories: {n + len(exact)} (every 2024 seat), {n} with one planted slip, {len(exact)} exact")
    print(f"found:            {found}/{n} ({100 * found / n:.1f}%)")
    print(f"attributed:       {attributed}/{n} ({100 * attributed / n:.1f}%)")
    print(f"right correction: {corrected}/{n} ({100 * corrected / n:.1f}%)")
    ours = [f for f in false_errors if f["rule"].startswith("reference")]
    print(f"false errors on exact stories: {len(false_errors)} ({len(ours)} from the reference rules, "
          f"{len(false_errors) - len(ours)} from the consistency rules, in "
          f"{len({f['path'] for f in false_errors})} stories)")
    print("by slip: " + "; ".join(f"{k} {kinds_found[k]}/{kinds[k]} found, {kinds_fixed[k]} corrected"
                                  for k in SLIPS))
    if args.verbose:
        for p, here in misses:
            print("missed:", p, [(f["rule"], f["line"], f["column"], f["message"]) for f in here])
        for f in false_errors:
            print("false error:", f["path"], f["line"], f["column"], f["rule"], f["message"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
