"""Small helpers the blind-class tests share: a report's errors, and the one claim a figure is."""

from __future__ import annotations

from checker.model import Claim, Kind, Severity


def errors(report, rule: str | None = None) -> list:
    """The report's errors, of one rule if given."""
    return [f for f in report.findings if f.severity == Severity.ERROR and (rule is None or f.rule == rule)]


def the(claims: list[Claim], text: str, kind: Kind | None = None) -> Claim:
    """The one claim whose figure is written `text` (of `kind`, if given); fails if there are none or several."""
    (c,) = [c for c in claims if c.text == text and (kind is None or c.kind == kind)]
    return c
