"""Accuracy over the gold set: claim extraction per kind, and findings, case by case.

usage: python bench/accuracy.py [tests/gold] [--verbose]

Each case folder (see tests/gold/FORMAT.md) is checked on its own. A gold claim is
matched by (file, line, text as written); it counts for its kind when the extracted
claim has the same kind. Subject, year and modality are scored on the matched claims.
A planted discrepancy is found when an error of its rule points at its line, directly
or through a related place; any error in a clean case is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checker.corpus import Document, discover, read
from checker.run.engine import run_checks
from checker.extract.pipeline import build_pipeline, extract
from checker.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    attr_ok: Counter = field(default_factory=Counter)
    attr_all: Counter = field(default_factory=Counter)
    planted: int = 0
    found: int = 0
    found_as_warning: int = 0
    false_errors: int = 0
    stray_errors: int = 0
    """Errors in a planted case other than the planted discrepancy."""
    clean_cases: int = 0
    warnings_expected: int = 0
    warnings_found: int = 0
    notes: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.split())


def score_case(case: Path, nlp, ruleset, t: Tally, verbose: bool) -> None:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    docs = [d for d in (read(p) for p in discover([str(case)])) if isinstance(d, Document)]
    extractions = list(extract(nlp, docs))
    report = run_checks(extractions, ruleset)
    # Key by (file, line, text, n): the n-th time that figure is written on that line, so a line
    # with "6.1%" twice (a share and a swing) pairs each with its own gold claim.
    got = {}
    seen: Counter = Counter()
    for e in extractions:
        # Figures only: a change statement, or an outcome ("Labour hold"), states none and the gold lists none.
        for c in sorted((c for c in e.claims if c.kind.value not in ("change", "outcome")),
                        key=lambda c: c.location.start):
            k = (os.path.basename(e.path), c.location.line, _norm(c.text))
            seen[k] += 1
            got[k + (seen[k],)] = c
    want = {}
    seen = Counter()
    for g in gold["claims"]:
        k = (g["path"], g["line"], _norm(g["text"]))
        seen[k] += 1
        want[k + (seen[k],)] = g
    for key, g in want.items():
        c = got.get(key)
        if c is not None and c.kind.value == g["kind"]:
            t.tp[g["kind"]] += 1
            for attr, mine in (("subject", c.subject), ("year", c.year), ("modality", c.modality.value)):
                t.attr_all[attr] += 1
                if attr == "subject" and g.get("subject") is None:
                    t.attr_ok[attr] += 1
                elif mine == g.get(attr) or (attr == "subject" and mine and g.get(attr)
                                            and mine.split()[-1] == str(g[attr]).split()[-1]):
                    t.attr_ok[attr] += 1
                elif verbose:
                    t.notes.append(f"{case.name}/{key[0]}:{key[1]} {key[2]!r} {attr}: got {mine!r}, gold {g.get(attr)!r}")
        else:
            t.fn[g["kind"]] += 1
            if verbose:
                t.notes.append(f"{case.name}/{key[0]}:{key[1]} {key[2]!r} missed ({g['kind']}; got "
                               f"{c.kind.value if c else 'nothing'})")
    for key, c in got.items():
        g = want.get(key)
        if g is None or g["kind"] != c.kind.value:
            t.fp[c.kind.value] += 1
            if verbose and g is None:
                t.notes.append(f"{case.name}/{key[0]}:{key[1]} {key[2]!r} extracted as {c.kind.value} but not a gold claim")
    errors = [f for f in report.findings if f.severity.value == "error"]

    def places(f):
        yield os.path.basename(f.location.path), f.location.line
        for r in f.related:
            yield os.path.basename(r.location.path), r.location.line

    if gold.get("clean"):
        t.clean_cases += 1
        t.false_errors += len(errors)
        for f in errors:
            t.notes.append(f"{case.name}: FALSE ERROR {f.rule} at {f.location.line}: {f.message}")
    expected = [p for p in gold.get("planted", [])]
    if not gold.get("clean"):
        planted_places = {(p["path"], p["line"]) for p in expected} | \
            {(r["path"], r["line"]) for p in expected for r in p.get("related", [])}
        for f in errors:
            if not any(pl in planted_places for pl in places(f)):  # another rule at the planted place is no alarm
                t.stray_errors += 1
                t.notes.append(f"{case.name}: STRAY ERROR {f.rule} at {f.location.line}: {f.message}")
    for p in gold.get("planted", []):
        t.planted += 1
        lines = {(p["path"], p["line"])} | {(r["path"], r["line"]) for r in p.get("related", [])}
        # The planted rule, or one that reports the same slip better (its rule file `supersedes` it).
        rules = {p["rule"]} | {r.id for r in ruleset.rules if p["rule"] in r.supersedes}
        hit = [f for f in report.findings if f.rule in rules and any(pl in lines for pl in places(f))]
        if any(f.severity.value == "error" for f in hit):
            t.found += 1
        else:
            t.found_as_warning += bool(hit)
            t.notes.append(f"{case.name}: MISSED {p['rule']} at {p['line']} ({p.get('what', '')})"
                           + (" — reported only as a warning" if hit else ""))
    for w in gold.get("warnings", []):
        t.warnings_expected += 1
        if any(f.rule == w["rule"] and (os.path.basename(f.location.path), f.location.line) == (w["path"], w["line"])
               for f in report.findings):
            t.warnings_found += 1
        elif verbose:
            t.notes.append(f"{case.name}: warning not given: {w['rule']} at {w['line']}")


def table(t: Tally) -> str:
    kinds = sorted(set(t.tp) | set(t.fp) | set(t.fn))
    rows = ["| kind | gold | found | precision | recall |", "|---|---:|---:|---:|---:|"]
    for k in kinds:
        tp, fp, fn = t.tp[k], t.fp[k], t.fn[k]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        rows.append(f"| {k} | {tp + fn} | {tp} | {p:.2f} | {r:.2f} |")
    tp, fp, fn = sum(t.tp.values()), sum(t.fp.values()), sum(t.fn.values())
    rows.append(f"| **all** | {tp + fn} | {tp} | {tp / max(tp + fp, 1):.2f} | {tp / max(tp + fn, 1):.2f} |")
    attrs = ", ".join(f"{a} {t.attr_ok[a] / max(t.attr_all[a], 1):.2f}" for a in ("subject", "year", "modality"))
    rows += ["", f"attributes right on matched claims: {attrs}",
             f"planted discrepancies found as errors at the right place: {t.found}/{t.planted}"
             + (f" ({t.found_as_warning} more only as warnings)" if t.found_as_warning else ""),
             f"errors on clean cases: {t.false_errors} (in {t.clean_cases} clean cases); "
             f"other errors in planted cases: {t.stray_errors}",
             f"expected warnings given: {t.warnings_found}/{t.warnings_expected}"]
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    nlp, ruleset = build_pipeline(), load_ruleset()
    t = Tally()
    cases = sorted(p for p in Path(a.gold).iterdir() if (p / "gold.json").is_file())
    for case in cases:
        score_case(case, nlp, ruleset, t, a.verbose)
    print(f"{len(cases)} cases\n")
    print(table(t))
    if t.notes:
        print("\n" + "\n".join(t.notes), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
