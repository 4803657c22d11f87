"""`--list-rules` and `--explain RULE`: the rule files' own words, as ruff shows its rules."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from ..model import READ_RULE, Severity
from ..ruleset import Rule, RuleSet
from ..suppress import UNUSED_RULE

BUILT_IN = {
    READ_RULE: (Severity.WARNING, "A file could not be checked (empty, binary, not UTF-8, a broken JSON Lines record)."),
    UNUSED_RULE: (Severity.WARNING, "A `factcheck: ignore` note in the copy hid nothing, or names an unknown rule."),
}
"""Diagnostics the engine itself gives, with no rule file."""


def rule_rows(ruleset: RuleSet, severity: dict[str, Severity] | None = None) -> list[tuple[str, Severity, str, str]]:
    """(id, effective severity, check type, summary) for every rule and built-in diagnostic, by id."""
    severity = severity or {}
    rows = [(r.id, severity.get(r.id, r.severity), r.check, r.summary) for r in ruleset.rules]
    rows += [(rid, severity.get(rid, sev), "built-in", summary) for rid, (sev, summary) in BUILT_IN.items()]
    return sorted(rows)


def render_rule_list(ruleset: RuleSet, severity: dict[str, Severity] | None = None, as_json: bool = False) -> str:
    rows = rule_rows(ruleset, severity)
    if as_json:
        return json.dumps([{"id": i, "severity": s.value, "check": c, "summary": m} for i, s, c, m in rows],
                          ensure_ascii=False, indent=2) + "\n"
    wide = max(len(r[0]) for r in rows)
    out = [f"{i:<{wide}}  {s.value:<7}  {m}" for i, s, _, m in rows]
    return "\n".join(out) + f"\n\n{len(rows)} rules. `factcheck --explain RULE` describes one.\n"


def find_rule(ruleset: RuleSet, rule_id: str) -> Rule | None:
    return next((r for r in ruleset.rules if r.id == rule_id), None)


def render_explain(rule: Rule, severity: Severity | None = None, as_json: bool = False) -> str:
    """The rule's description and its examples of copy that fails and copy that passes (tested)."""
    if as_json:
        out: dict[str, Any] = {"id": rule.id, "severity": (severity or rule.severity).value, "check": rule.check,
                               "summary": rule.summary, "description": rule.description.strip(),
                               "params": rule.params, "path": rule.path,
                               "examples": [{"fails": e.fails, "text": e.text, "note": e.note} for e in rule.examples]}
        return json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n"
    lines = [f"# {rule.id} ({(severity or rule.severity).value}, check type `{rule.check}`)", "", rule.summary, "",
             rule.description.strip(), ""]
    for title, fails in (("Copy that fails", True), ("Copy that passes", False)):
        examples = [e for e in rule.examples if e.fails is fails]
        if not examples:
            continue
        lines += [f"## {title}", ""]
        for e in examples:
            lines += textwrap.wrap(e.text, 88, initial_indent="    ", subsequent_indent="    ")
            if e.note:
                lines.append(f"    → {e.note}")
            lines.append("")
    if rule.params:
        lines += ["## Parameters", ""]
        lines += [f"    {k} = {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(rule.params.items())]
        lines.append("")
    lines.append(f"Defined in {rule.path}.")
    return "\n".join(lines) + "\n"


def explain_built_in(rule_id: str) -> str | None:
    if rule_id not in BUILT_IN:
        return None
    sev, summary = BUILT_IN[rule_id]
    return f"# {rule_id} ({sev.value}, built in)\n\n{summary}\n"
