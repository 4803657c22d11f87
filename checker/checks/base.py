"""What every check type shares: parameter validation, and turning a discrepancy into a Finding.

A check type is a small class with a name, the parameters it accepts (with their
types and defaults) and a `run` that yields Findings and Verified relations. Rules in
rules/checks/*.toml pick a type by name and set its parameters.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from typing import Any, ClassVar

from ..contests import Index
from ..model import Finding, Kind, Location, Related, Severity, Verified
from ..numbers import find_figure
from ..resolve import Fact
from ..ruleset import Rule

Outcome = Finding | Verified

COMMON_PARAMS: dict[str, tuple[type | tuple[type, ...], Any]] = {
    "min_confidence": ((int, float), 0.75),
    "kinds": (list, []),
}


class Check:
    """Base of the built-in check types."""

    name: ClassVar[str] = ""
    params: ClassVar[dict[str, tuple[type | tuple[type, ...], Any]]] = {}
    choices: ClassVar[dict[str, tuple[str, ...]]] = {}
    """String parameters that take one of a few values ("part": "votes" or "majority")."""
    scope: ClassVar[str] = "shard"
    """"shard": it reads only facts checker/run/shards.py groups together, so it runs shard by shard;
    "corpus": it reads what resolution gathered from every article (people, spellings), so it runs once."""

    @classmethod
    def validate(cls, params: dict[str, Any]) -> str | None:
        allowed = COMMON_PARAMS | cls.params
        for key, value in params.items():
            if key not in allowed:
                return f"unknown parameter '{key}' for check type '{cls.name}' (allowed: {', '.join(sorted(allowed))})"
            kind, _ = allowed[key]
            if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
                names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
                return f"parameter '{key}' must be {names}"
        for key, allowed_values in cls.choices.items():
            if key in params and params[key] not in allowed_values:
                return f"parameter '{key}' must be " + " or ".join(f"'{x}'" for x in allowed_values)
        kinds = params.get("kinds", [])
        bad = [k for k in kinds if k not in {x.value for x in Kind}]
        if bad:
            return f"unknown claim kind '{bad[0]}' in 'kinds' (known: {', '.join(k.value for k in Kind)})"
        return None

    def __init__(self, rule: Rule):
        self.rule = rule
        merged = {k: d for k, (_, d) in (COMMON_PARAMS | self.params).items()}
        merged.update(rule.params)
        self.p = merged
        self.kinds: frozenset[Kind] = frozenset(Kind(k) for k in merged.get("kinds", ()))
        """The claim kinds the rule applies to, read once (checks test every fact against them)."""

    def run(self, index: Index) -> Iterator[Outcome]:
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------------------

    def finding(self, fact: Fact, message: str, *, stated: float | None = None, expected: float | None = None,
                arithmetic: str = "", related: list[Fact] | tuple[Fact, ...] = (), notes: dict[int, str] | None = None,
                assumptions: tuple[str, ...] = (), confidence: float | None = None,
                suggestion: str | None = None, severity: Severity | None = None,
                self_contained: bool = False) -> Finding:
        """A finding at `fact`, downgraded to a warning when it rests on a weak link.

        `self_contained` findings ("cut from 5,274 to 6,294") hold whoever the figures
        belong to, so the links to people and seats do not weaken them.
        """
        involved = [fact, *related]
        if self_contained:
            conf = confidence if confidence is not None else 1.0
            why = list(assumptions)
        else:
            conf = min([f.confidence for f in involved] + ([confidence] if confidence is not None else []))
            why = list(assumptions)
            for f in involved:
                why += [a for a in f.assumptions if a not in why]
        sev = severity or self.rule.severity
        if sev is Severity.ERROR and (conf < self.p["min_confidence"] or any(a.startswith("guessed") for a in why)):
            sev = Severity.WARNING
            why.append(f"not an error: it rests on a link of confidence {conf:.2f}"
                       if conf < self.p["min_confidence"] else "not an error: it rests on a guess")
        notes = notes or {}
        return Finding(
            rule=self.rule.id,
            severity=sev,
            message=message,
            location=fact.claim.location,
            stated=stated,
            expected=expected,
            arithmetic=arithmetic,
            related=tuple(Related(f.claim.location, _snippet(f), notes.get(k, "")) for k, f in enumerate(related)),
            assumptions=tuple(why),
            suggestion=suggestion,
        )

    def finding_at(self, location: Location, message: str, *, related: tuple[Related, ...] = (),
                   suggestion: str | None = None, severity: Severity | None = None,
                   assumptions: tuple[str, ...] = ()) -> Finding:
        """A finding about words rather than a figure: a spelling, a malformed number."""
        return Finding(rule=self.rule.id, severity=severity or self.rule.severity, message=message,
                       location=location, related=related, suggestion=suggestion, assumptions=assumptions)

    def verified(self, fact: Fact, message: str, arithmetic: str = "") -> Verified:
        return Verified(self.rule.id, message, fact.claim.location, arithmetic)

    def two_parts_and_whole(self, parts: list[list[Fact]], who: str, says: str,
                            notes: tuple[str, str]) -> Outcome | None:
        """Two parts the copy gives once each, against the whole it gives once (`parts` is [first, second,
        whole]): a constituency and a list tier against a party's seats, a first round and its transfers
        against a final total. `says` completes "{who}'s {whole} …" when they do not add up."""
        if not all(parts) or any(len({f.claim.value for f in p}) != 1 for p in parts):
            return None  # one missing, or given two ways (the agreement rule's to report): nothing to add up
        a, b, whole = (p[0] for p in parts)
        added = a.claim.value + b.claim.value
        terms = f"{a.claim.text} + {b.claim.text} = {fmt(added)}"
        if abs(added - whole.claim.value) < 1e-9:
            return self.verified(whole, f"{who}: {terms} ✓")
        return self.finding(
            whole, f"{who}'s {whole.claim.text} {says} ({terms})",
            stated=whole.claim.value, expected=added, arithmetic=f"{terms} ≠ {whole.claim.text}",
            related=[a, b], notes={0: notes[0], 1: notes[1]},
        )


@functools.lru_cache(maxsize=4096)
def fmt(value: float | None) -> str:
    """A figure as copy writes it: 13,782; 51.5; 1.2m stays 1,200,000. Remembered: a shard of one
    election's seat totals formats the same few hundred figures 25,000 times."""
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞"
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}"
    s = f"{value:,.2f}".rstrip("0").rstrip(".")
    return s


def fmt_range(low: float, high: float) -> str:
    if abs(high - low) < 1e-9:
        return fmt(low)
    return f"{fmt(low)}–{fmt(high)}"


def overlaps(a_low: float, a_high: float, b_low: float, b_high: float, slack: float = 1e-9) -> bool:
    return a_low <= b_high + slack and b_low <= a_high + slack


def _snippet(f: Fact) -> str:
    """The claim in a few words of its sentence, for related places."""
    s = " ".join(f.claim.sentence.split())  # one line, however the copy was wrapped
    t = f.claim.text
    k = s.find(t)
    if k < 0:
        return s[:80]
    a = max(0, k - 40)
    b = min(len(s), k + len(t) + 30)
    return ("…" if a else "") + s[a:b].strip() + ("…" if b < len(s) else "")


def describe(f: Fact) -> str:
    """'Tim Farron's 25,194 votes' — who and what, for messages."""
    who = f.subject or "?"
    unit = {"votes": " votes", "seats": " seats", "percent": "%", "points": " points"}.get(f.claim.unit, "")
    return f"{who}'s {f.claim.text}{unit}"


def figure_at(sentence: str, figure: str, start: int = 0) -> int:
    """Where a figure stands in its sentence, from `start`, as a whole number ("3" not inside "31"); the
    sentence's length if it does not."""
    m = find_figure(sentence, figure, start)
    return m.start() if m else len(sentence)
