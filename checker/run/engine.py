"""Run the rules over resolved facts: extractions → facts → findings, in a stable order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial
from operator import attrgetter
from typing import Any

from ..checks import CHECK_TYPES, Check
from ..checks.base import Outcome
from ..contests import Index, build_index
from ..model import Extraction, Finding, Report
from ..resolve import Fact, Resolved
from ..ruleset import Rule, RuleSet
from .shards import Shard


def select_rules(ruleset: RuleSet, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose id starts with a selected prefix (all, if none) and with no ignored prefix."""
    select, ignore = tuple(select), tuple(ignore)
    return [
        r for r in ruleset.rules
        if (not select or any(r.id == s or r.id.startswith(s) for s in select))
        and not any(r.id == s or r.id.startswith(s) for s in ignore)
    ]


Mapper = Callable[[Callable[[list[Fact]], Any], list[list[Fact]]], Iterable[Any]]
"""Applies a shard's check to every shard's facts and returns the results in order: `map`, or a
Dask cluster's. The results are plain containers of the model's values (checker/run/serial.py)."""

RuleOutcomes = dict[str, list[Outcome]]
"""Rule id → what it found and verified."""


def run_checks(extractions: list[Extraction], ruleset: RuleSet, rules: list[Rule] | None = None,
               sharded: bool = True, mapper: Mapper | None = None, keep_verified: bool = True,
               jobs: int = 1) -> Report:
    """Resolve entities across all extractions, run each rule, and gather the report: the full run
    without the cache's store (`incremental.check_and_store`, where the full run lives).

    Shard-scoped rules run shard by shard (checker/run/shards.py), which gives what one pass over
    the whole corpus gives (`sharded=False`, kept to test exactly that); `mapper` runs the shards
    (a Dask cluster's), else up to `jobs` processes here. `keep_verified=False`: the verified
    relations are counted, not kept (a report without --verbose shows only the count)."""
    from .incremental import check_and_store  # it imports this module

    return check_and_store(None, extractions, [], ruleset, rules if rules is not None else list(ruleset.rules),
                           jobs, keep_verified, mapper, sharded)


def corpus_outcomes(resolved: Resolved, ruleset: RuleSet, rules: list[Rule]) -> RuleOutcomes:
    """The corpus-scoped rules' outcomes: they run once, over every fact."""
    whole = Index(facts=resolved.facts, resolved=resolved, ruleset=ruleset, contests={}, by_kind={})
    return {rule.id: list(check.run(whole)) for rule in rules
            if (check := CHECK_TYPES[rule.check](rule)).scope == "corpus"}


def shard_check(ruleset: RuleSet, rules: list[Rule]) -> Callable[[list[Fact]], RuleOutcomes]:
    """The shard-scoped rules' outcomes on one shard's facts, as a function of the facts alone."""
    local = [(rule, check) for rule in rules if (check := CHECK_TYPES[rule.check](rule)).scope != "corpus"]
    return partial(check_shard, ruleset=ruleset, checks=local)


def check_shards(parts: list[Shard], ruleset: RuleSet, rules: list[Rule],
                 mapper: Mapper | None = None) -> list[tuple[Shard, RuleOutcomes]]:
    run = shard_check(ruleset, rules)
    return list(zip(parts, (mapper or map)(run, [p.facts for p in parts]), strict=True))


def check_shard(facts: list[Fact], ruleset: RuleSet, checks: list[tuple[Rule, Check]]) -> RuleOutcomes:
    """The shard-scoped rules' outcomes on one shard's facts: all a worker needs is the facts, the rules."""
    index = build_index(Resolved(facts=facts, variants=[]), ruleset)
    return {rule.id: list(check.run(index)) for rule, check in checks}


def gather(rules: list[Rule], parts: Iterable[RuleOutcomes], files: int, claims: int,
           problems: list[tuple[str, str]], verified_count: int | None = None, keep_verified: bool = True) -> Report:
    """Findings and verified relations in a stable order, duplicates and superseded findings dropped.
    `verified_count`: the verified relations were counted but not kept (a re-run not asked for them);
    `keep_verified=False`: count those in `parts`, and drop them."""
    per_rule: dict[str, list[Outcome]] = {rule.id: [] for rule in rules}
    for part in parts:
        for rule_id, outcomes in part.items():
            per_rule[rule_id] += outcomes
    findings: list[Finding] = []
    verified: list[Outcome] = []
    for rule in rules:
        for o in per_rule[rule.id]:
            (findings if type(o) is Finding or isinstance(o, Finding) else verified).append(o)
    if not keep_verified:
        verified_count, verified = (verified_count or 0) + len(verified), []
    findings = _supersede(_dedupe(findings), rules)
    findings.sort(key=finding_order)
    verified.sort(key=_VERIFIED_ORDER)
    return Report(files=files, claims=claims, findings=findings, verified=verified, problems=problems,
                  checks=len(findings) + (len(verified) if verified_count is None else verified_count))


_VERIFIED_ORDER = attrgetter("location.path", "location.line", "location.column", "rule", "message")
"""Verified relations by path, line, column, rule and message (in C: 155,000 of them for 10,000 short stories)."""


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
