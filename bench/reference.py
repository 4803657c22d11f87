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

Half the stories also carry an outcome line, worded one of several ways ("Hove: Labour gain from
Conservative", "Hove: Lab GAIN from Con", "Labour gained Hove from the Conservatives", "Labour held on
to Hove", "Labour won Hove from the Conservatives"); one in four of those without a planted figure
carries a wrong outcome instead — a hold written for a gain, a gain for a hold, the runner-up's party as
the winner, or a gain from the wrong party — scored the same way at the outcome's verb (right
correction: "did you mean Labour gain from Conservative?"). The outcome lines draw on their own random
stream, so the figures' slips are those of the same seed without them.
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

from types import SimpleNamespace  # noqa: E402

from checker.checks.reference import Tables  # noqa: E402
from checker.reference import load_reference  # noqa: E402
from checker.reference.tables import Seat  # noqa: E402
from checker.ruleset import load_ruleset  # noqa: E402

SLIPS = ("two digits transposed", "one digit changed", "a digit dropped", "a digit doubled", "the wrong thousand",
         "rounded the wrong way")
OUTCOME_SLIPS = ("a hold for a gain", "a gain for a hold", "the runner-up as the winner", "gained from the wrong party")
ABBREVIATIONS = {"Labour": "Lab", "Conservative": "Con", "Liberal Democrat": "LD", "SNP": "SNP", "Plaid Cymru": "PC",
                 "Reform UK": "RUK", "Green": "Green", "Sinn Féin": "SF", "DUP": "DUP", "SDLP": "SDLP", "UUP": "UUP",
                 "Alliance": "APNI", "TUV": "TUV", "Independent": "Ind"}
"""The Commons Library's party abbreviations, as its results write them ("Lab GAIN from Con")."""
PROSE = {"Conservative": "the Conservatives", "Liberal Democrat": "the Liberal Democrats", "Green": "the Greens"}


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


def outcome_line(seat: Seat, winner: str, gain: str | None, wording: int) -> tuple[str, str]:
    """An outcome line saying `winner` held the seat (`gain` None) or gained it from `gain`, in one of five
    wordings; and the verb as written, where the finding should point."""
    name = seat.name
    if wording == 0:
        return (f"{name}: {winner} hold", "hold") if gain is None else (f"{name}: {winner} gain from {gain}", "gain")
    if wording == 1 and winner in ABBREVIATIONS and (gain is None or gain in ABBREVIATIONS):
        return (f"{name}: {ABBREVIATIONS[winner]} HOLD", "HOLD") if gain is None else \
            (f"{name}: {ABBREVIATIONS[winner]} GAIN from {ABBREVIATIONS[gain]}", "GAIN")
    who = PROSE.get(winner, winner)
    who = who[0].upper() + who[1:]
    if wording in (1, 2):
        return (f"{who} held {name}.", "held") if gain is None else \
            (f"{who} gained {name} from {PROSE.get(gain, gain)}.", "gained")
    if wording == 3:
        return (f"{who} held on to {name}.", "held on to") if gain is None else \
            (f"{who} took {name} from {PROSE.get(gain, gain)}.", "took")
    return (f"{who} retained {name}.", "retained") if gain is None else \
        (f"{who} won {name} from {PROSE.get(gain, gain)}.", "won")


def result_of(won: str, prev: str) -> str:
    return f"{won} hold" if won == prev else f"{won} gain from {prev}"


OUTCOME_LINES: set[str] = set()
"""The stories build() gave an outcome line."""


def build(folder: Path, seed: int) -> tuple[list[Planted], list[str]]:
    rng = random.Random(seed)
    orng = random.Random(seed * 7919 + 1)  # the outcome lines' own stream: the figures' slips stay the seed's
    ref = load_reference(["uk-ge"])
    tables = Tables(ref, SimpleNamespace(ruleset=load_ruleset()))
    el = ref.elections[(2024, "commons")]
    planted: list[Planted] = []
    exact: list[str] = []
    for n, seat in enumerate(sorted(el.seats.values(), key=lambda s: s.name)):
        name = f"{n:03d}.txt"
        text, figs = story(seat)
        ranked = seat.ranked()
        won, second = tables.party(ranked[0].party), tables.party(ranked[1].party)
        prev = tables.party(seat.previous) if seat.previous else None
        others = [p for p in dict.fromkeys(tables.party(e.party) for e in ranked[1:]) if p not in (won, prev)]
        with_outcome = orng.random() < 0.5 and prev is not None and "Speaker" not in (won, prev)
        wording = orng.randrange(5)
        wrong_outcome = orng.random() < 0.25
        slip_kind = orng.choice(OUTCOME_SLIPS)
        if with_outcome:
            OUTCOME_LINES.add(name)
            line, verb = outcome_line(seat, won, None if prev == won else prev, wording)
            text += "\n" + line.replace("{", "{{").replace("}", "}}") + "\n"
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
        elif with_outcome and wrong_outcome:
            # A wrong outcome in place of the right one: the story's figures stay exact.
            right = result_of(won, prev)
            if slip_kind == "a hold for a gain" and prev != won:
                wrong_won, wrong_gain = won, None
            elif slip_kind == "a gain for a hold" and prev == won and second != won:
                wrong_won, wrong_gain = won, second
            elif slip_kind == "the runner-up as the winner" and second != won:
                wrong_won, wrong_gain = second, (won if won != second else None)
            elif slip_kind == "gained from the wrong party" and prev != won and others:
                wrong_won, wrong_gain = won, others[0]
            else:
                wrong_won = None
            if wrong_won is not None:
                good, _ = outcome_line(seat, won, None if prev == won else prev, wording)
                bad, verb = outcome_line(seat, wrong_won, wrong_gain, wording)
                body, _, _ = place(text.replace(good.replace("{", "{{").replace("}", "}}"),
                                                bad.replace("{", "{{").replace("}", "}}")), figs, "winner votes")
                lines = body.split("\n")
                k = max(i for i, x in enumerate(lines) if x == bad)
                column = lines[k].index(verb, len(seat.name) + 1 if lines[k].startswith(seat.name + ":") else 0) + 1
                (folder / name).write_text(body, encoding="utf-8")
                planted.append(Planted(name, k + 1, column, bad, right, slip_kind, "outcome"))
            else:
                body, _, _ = place(text, figs, "winner votes")
                (folder / name).write_text(body, encoding="utf-8")
                exact.append(name)
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
        if any((f.get("suggestion") or "").startswith(f"did you mean {p.right}?") for f in at):
            corrected += 1
            kinds_fixed[p.slip] += 1
        elif args.verbose:
            print("wrong correction:", p, [f.get("suggestion") for f in at])
    false_errors = [f for name in exact for f in by_file.get(name, []) if f["severity"] == "error"]
    figures = [p for p in planted if p.what != "outcome"]
    outcomes = [p for p in planted if p.what == "outcome"]

    def score(group: list[Planted]) -> tuple[int, int, int, int]:
        f = a = r = e = 0
        for p in group:
            here = by_file.get(p.path, [])
            at = [x for x in here if x["rule"].startswith("reference") and (x["line"], x["column"]) == (p.line, p.column)]
            if not at:
                continue
            f += 1
            e += any(x["severity"] == "error" for x in at)
            a += not any(x["severity"] == "error" and (x["line"], x["column"]) != (p.line, p.column) for x in here)
            r += any((x.get("suggestion") or "").startswith(f"did you mean {p.right}?") for x in at)
        return f, a, r, e

    n = len(planted)
    print(f"stories: {n + len(exact)} (every 2024 seat), {n} with one planted slip ({len(figures)} figures, "
          f"{len(outcomes)} outcomes), {len(exact)} exact")
    print(f"found:            {found}/{n} ({100 * found / n:.1f}%)")
    print(f"attributed:       {attributed}/{n} ({100 * attributed / n:.1f}%)")
    print(f"right correction: {corrected}/{n} ({100 * corrected / n:.1f}%)")
    ours = [f for f in false_errors if f["rule"].startswith("reference")]
    print(f"false errors on exact stories: {len(false_errors)} ({len(ours)} from the reference rules, "
          f"{len(false_errors) - len(ours)} from the consistency rules, in "
          f"{len({f['path'] for f in false_errors})} stories)")
    print("by slip: " + "; ".join(f"{k} {kinds_found[k]}/{kinds[k]} found, {kinds_fixed[k]} corrected"
                                  for k in SLIPS + OUTCOME_SLIPS))
    for label, group in (("figures", figures), ("outcomes", outcomes)):
        f, a, r, e = score(group)
        m = max(1, len(group))
        print(f"{label}: {f}/{len(group)} found ({100 * f / m:.1f}%; {e} as errors), {a} attributed "
              f"({100 * a / m:.1f}%), {r} right correction ({100 * r / m:.1f}%)")
    told = sum(1 for name in exact for x in by_file.get(name, []) if x["rule"] == "reference-winner")
    lines = sum(1 for name in exact if name in OUTCOME_LINES)
    print(f"exact stories with a (right) outcome line: {lines}; reference-winner findings on exact stories "
          f"(errors or warnings): {told}")
    if args.verbose:
        for p, here in misses:
            print("missed:", p, [(f["rule"], f["line"], f["column"], f["message"]) for f in here])
        for f in false_errors:
            print("false error:", f["path"], f["line"], f["column"], f["rule"], f["message"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
