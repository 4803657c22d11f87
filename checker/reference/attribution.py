"""Which figure is wrong, when the official results say so.

A consistency rule that finds three figures disagreeing (a majority, and the two votes it is the
difference of) reports the first it met: the majority. When the official results put the slip in
one of the others, that finding blames the wrong figure: it is kept — the copy still contradicts
itself — but lowered to a warning that names the figure the results say is wrong, so the error
(and the correction) is where the slip is.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Finding, Location, Severity

REFERENCE_RULES = ("reference-figure",)


def _key(loc: Location) -> tuple[str, int, int]:
    return (loc.path, loc.start, loc.end)


def settle(findings: list[Finding]) -> list[Finding]:
    """The findings, with each consistency error that the official results show to blame the wrong figure
    lowered to a warning that says which figure is wrong."""
    wrong = {_key(f.location): f for f in findings
             if f.rule in REFERENCE_RULES and f.severity is Severity.ERROR}
    if not wrong:
        return findings
    out = []
    for f in findings:
        if f.rule.startswith("reference") or f.severity is not Severity.ERROR or _key(f.location) in wrong:
            out.append(f)
            continue
        culprits = [wrong[_key(r.location)] for r in f.related if _key(r.location) in wrong]
        if not culprits:
            out.append(f)
            continue
        c = culprits[0]
        why = (f"the official results put the slip at line {c.location.line}, column {c.location.column} "
               f"({c.message}), not in this figure")
        out.append(replace(f, severity=Severity.WARNING, assumptions=(*f.assumptions, why)))
    return out
