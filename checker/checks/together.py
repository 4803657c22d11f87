"""`together`: seats several parties hold together are the sum of each one's seats the copy gives.

"The Greens won 14 seats and Labour 12 … Together they hold 28 seats": a coalition's combined strength is
added up by the reader, and a slip in it (or in one party's total) is one figure too many in the article.
Only an article's own figures of one election and body are added, and only where the copy gives each party one
seat total; the parties are those the sentence names (`Claim.sides`), never a guess.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..contests import Index
from ..model import PARTY_SEATS_LIST, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome, fmt
from .tiers import tier_of


class Together(Check):
    name = "together"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for f in index.by_kind.get(Kind.COMBINED_SEATS, []):
            c = f.claim
            if c.value is None or c.modality not in (Modality.ACTUAL, Modality.HISTORICAL) or c.hedge:
                continue
            parts = [_seats_of(index, f, side) for side in c.sides]
            if len(parts) < 2 or any(p is None for p in parts):
                continue
            picked: list[Fact] = [p for p in parts if p is not None]
            added = sum(p.claim.value for p in picked)
            terms = " + ".join(f"{p.subject} {p.claim.text}" for p in picked)
            if abs(added - c.value) < 1e-9:
                yield self.verified(f, f"seats together: {terms} = {c.text} ✓")
                continue
            yield self.finding(
                f, f"{', '.join(c.sides[:-1])} and {c.sides[-1]} together hold {fmt(added)} seats by the copy's own totals, not {c.text}",
                stated=c.value, expected=added, arithmetic=f"{terms} = {fmt(added)} ≠ {c.text}",
                related=picked, notes={k: f"{p.subject}'s seats" for k, p in enumerate(picked)},
                self_contained=all(p.claim.sentence == c.sentence for p in picked))


LIST_REACH = 16
"""Paragraphs after the combined figure a list of seats may run to (a bulleted list is a paragraph a line)."""


def _seats_of(index: Index, combined: Fact, side: str) -> Fact | None:
    """The one seat total the article gives a party in the same election and body as the combined figure, in its
    paragraph or the two before (a round-up's other councils are further off); or, for a named chamber's, in a
    table of seats just after ("… hold 89 of the 150 seats in the Tweede Kamer" over "| PVV | 37 |"), or a list ("- N-VA
    24")."""
    c = combined.claim
    mine = [g for g in index.in_path(Kind.SEATS, combined.path)
            if g.subject == side and g.subject_kind == "party" and g.claim.value is not None
            and g.claim.modality == c.modality and g.year == combined.year
            and (c.scope is None or g.claim.scope == c.scope) and (c.body is None or g.claim.body == c.body)
            and (c.paragraph - 2 <= g.claim.paragraph <= c.paragraph
                 or c.scope is not None and g.claim.column and c.paragraph < g.claim.paragraph <= c.paragraph + 4
                 or PARTY_SEATS_LIST in g.claim.evidence and c.paragraph < g.claim.paragraph <= c.paragraph + LIST_REACH)
            and g.claim.round is None and not g.claim.hedge
            and tier_of(g.claim.column) == "total"]
    here = [g for g in mine if g.claim.sentence == c.sentence]
    mine = here or mine  # (a breakdown after a colon: the parts its sentence gives)
    if len({g.claim.value for g in mine}) != 1:
        return None  # none, or two (agreement's to report): nothing to add
    return min(mine, key=lambda g: g.claim.location.start)
