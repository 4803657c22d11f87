"""Run the rules over resolved facts: extractions → facts → findings, in a stable order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .checks import CHECK_TYPES
from .contests import build_index
from .model import Extraction, Finding, Report, Verified
from .resolve import resolve
from .ruleset import Rule, RuleSet


def select_rules(ruleset: RuleSet, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose id starts with a selected prefix (all, if none) and with no ignored prefix."""
    select, ignore = tuple(select), tuple(ignore)
    return [
        r for r in ruleset.rules
        if (not select or any(r.id == s or r.id.startswith(s) for s in select))
        and not any(r.id == s or r.id.startswith(s) for s in ignore)
    ]


def run_checks(extractions: list[Extraction], ruleset: RuleSet, rules: list[Rule] | None = None) -> Report:
    """Resolve entities across all extractions, run each rule once, and gather the report."""
    readable = [e for e in extractions if e.problem is None]
    resolved = resolve(readable)
    index = build_index(resolved, ruleset)
    findings: list[Finding] = []
    verified: list[Verified] = []
    for rule in rules if rules is not None else list(ruleset.rules):
        check = CHECK_TYPES[rule.check](rule)
        for outcome in check.run(index):
            (findings if isinstance(outcome, Finding) else verified).append(outcome)
    findings = _supersede(_dedupe(findings), rules if rules is not None else list(ruleset.rules))
    findings.sort(key=finding_order)
    verified.sort(key=lambda v: (v.location.path, v.location.line, v.location.column, v.rule))
    return Report(
        files=len(extractions),
        claims=sum(len(e.claims) for e in readable),
        checks=len(findings) + len(verified),
        findings=findings,
        verified=verified,
        problems=[(e.path, e.problem) for e in extractions if e.problem is not None],
    )


def finding_order(f: Finding) -> tuple:
    """Path, line, column, rule: two runs diff clean."""
    loc = f.location
    return (loc.path, loc.record or 0, loc.line, loc.column, f.rule, f.message)


def _supersede(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """Drop a finding another rule reports better at the same figure (rule files' `supersedes`)."""
    replaced = {r.id: set(r.supersedes) for r in rules if r.supersedes}
    at: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in findings:
        at[(f.location.path, f.location.start)].add(f.rule)
    return [f for f in findings
            if not any(f.rule in replaced.get(other, ()) for other in at[(f.location.path, f.location.start)])]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.rule, f.location.path, f.location.start, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
