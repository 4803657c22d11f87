"""Run the rules over resolved facts: extractions → facts → findings, in a stable order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from .checks import CHECK_TYPES, Check
from .checks.base import Outcome
from .contests import Index, build_index
from .model import Extraction, Finding, Report
from .resolve import Fact, Resolved, resolve
from .ruleset import Rule, RuleSet
from .shards import shards


def select_rules(ruleset: RuleSet, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose id starts with a selected prefix (all, if none) and with no ignored prefix."""
    select, ignore = tuple(select), tuple(ignore)
    return [
        r for r in ruleset.rules
        if (not select or any(r.id == s or r.id.startswith(s) for s in select))
        and not any(r.id == s or r.id.startswith(s) for s in ignore)
    ]


Mapper = Callable[[Callable[[list[Fact]], dict[str, list[Outcome]]], list[list[Fact]]],
                  Iterable[dict[str, list[Outcome]]]]
"""Applies a shard's check to every shard and returns the results in order: `map`, or a Dask cluster's."""


def run_checks(extractions: list[Extraction], ruleset: RuleSet, rules: list[Rule] | None = None,
               sharded: bool = True, mapper: Mapper | None = None) -> Report:
    """Resolve entities across all extractions, run each rule, and gather the report.

    Shard-scoped rules run shard by shard (checker/shards.py), which gives what one pass over
    the whole corpus gives (`sharded=False`, kept to test exactly that)."""
    readable = [e for e in extractions if e.problem is None]
    resolved = resolve(readable)
    rules = rules if rules is not None else list(ruleset.rules)
    outcomes = run_rules(resolved, ruleset, rules, sharded, mapper)
    return gather(outcomes, rules, files=len(extractions), claims=sum(len(e.claims) for e in readable),
                  problems=[(e.path, e.problem) for e in extractions if e.problem is not None])


def run_rules(resolved: Resolved, ruleset: RuleSet, rules: list[Rule], sharded: bool = True,
              mapper: Mapper | None = None) -> list[Outcome]:
    """Every rule's outcomes, rule by rule in the order given. `mapper` runs the shards (default: here,
    one after another)."""
    checks = [(rule, CHECK_TYPES[rule.check](rule)) for rule in rules]
    per_rule: dict[str, list[Outcome]] = {rule.id: [] for rule in rules}
    whole = Index(facts=resolved.facts, resolved=resolved, ruleset=ruleset, contests={}, by_kind={})
    for rule, check in checks:
        if check.scope == "corpus":
            per_rule[rule.id] += check.run(whole)
    local = [(rule, check) for rule, check in checks if check.scope != "corpus"]
    parts = shards(resolved.facts, rules) if sharded else [resolved.facts]
    run = partial(check_shard, ruleset=ruleset, checks=local)
    for outcomes in (mapper or map)(run, parts):
        for rule, _ in local:
            per_rule[rule.id] += outcomes[rule.id]
    return [o for rule in rules for o in per_rule[rule.id]]


def check_shard(facts: list[Fact], ruleset: RuleSet, checks: list[tuple[Rule, Check]]) -> dict[str, list[Outcome]]:
    """The shard-scoped rules' outcomes on one shard's facts: all a worker needs is the facts, the rules."""
    index = build_index(Resolved(facts=facts, variants=[]), ruleset)
    return {rule.id: list(check.run(index)) for rule, check in checks}


def gather(outcomes: list[Outcome], rules: list[Rule], files: int, claims: int,
           problems: list[tuple[str, str]]) -> Report:
    """Findings and verified relations in a stable order, duplicates and superseded findings dropped."""
    findings = [o for o in outcomes if isinstance(o, Finding)]
    verified = [o for o in outcomes if not isinstance(o, Finding)]
    findings = _supersede(_dedupe(findings), rules)
    findings.sort(key=finding_order)
    verified.sort(key=lambda v: (v.location.path, v.location.line, v.location.column, v.rule, v.message))
    return Report(files=files, claims=claims, checks=len(findings) + len(verified), findings=findings,
                  verified=verified, problems=problems)


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
