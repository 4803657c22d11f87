"""Small helpers the blind-class tests share: a report's errors and their rules, a copy's claims, and the claim a
figure is."""

from __future__ import annotations

from checker.model import Claim, Kind, Severity


def errors(report, rule: str | None = None) -> list:
    """The report's errors, of one rule if given."""
    return [f for f in report.findings if f.severity == Severity.ERROR and (rule is None or f.rule == rule)]


def the(claims: list[Claim], text: str, kind: Kind | None = None) -> Claim:
    """The one claim whose figure is written `text` (of `kind`, if given); fails if there are none or several."""
    (c,) = [c for c in claims if c.text == text and (kind is None or c.kind == kind)]
    return c


def rules(report) -> list[str]:
    """The rules of the report's errors, in order."""
    return [f.rule for f in errors(report)]


def claims_in(read_as, name: str, text: str) -> list[Claim]:
    """The claims read from one piece of copy, read in the format its name's suffix says."""
    return list(read_as({name: text})[0].claims)


def figure(read_as, name: str, text: str, fig: str) -> Claim:
    """The first claim whose figure is written `fig`, in one piece of copy."""
    return next(c for c in claims_in(read_as, name, text) if c.text == fig)
