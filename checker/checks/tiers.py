"""`tier-sum`: in a mixed system, a party's constituency seats and list seats add up to its total.

Holyrood, the Senedd before 2026, the London Assembly and New Zealand's parliament elect
some members for constituencies and the rest from regional or party lists. Copy gives a
party's seats in either tier ("won five constituencies and picked up two list seats",
a table's "Constituency", "List" and "Total" columns) and its total ("Liberal Democrats
7"). When one article gives all three for one party, election and chamber, the two parts
must add up to the total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import UNSAID_TIER, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome

CONSTITUENCY_TIER = ("constituenc", "fptp", "first past", "electorate")
LIST_TIER = ("list", "region", "top-up", "additional", "party vote", "-wide")


def tier_of(column: str | None) -> str | None:
    """'constituency', 'list', 'total' (no column, a total's, any other), or None for a count in copy about
    both tiers that says of neither (the extractor's "seats of a tier not said")."""
    if not column or "total" in column:
        return "total"
    if column == UNSAID_TIER:
        return None
    if any(w in column for w in CONSTITUENCY_TIER):
        return "constituency"
    if any(w in column for w in LIST_TIER):
        return "list"
    return "total"


def tier_group(f: Fact) -> tuple:
    """One party's seats in one chamber at one election, as one article gives them."""
    c = f.claim
    return f.path, f.subject, c.scope, c.body, f.year


class TierSum(Check):
    name = "tier-sum"

    def run(self, index: Index) -> Iterator[Outcome]:
        groups: dict[tuple, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for f in index.by_kind.get(Kind.SEATS, []):
            c = f.claim
            if f.subject_kind != "party" or c.value is None or c.modality != Modality.ACTUAL or c.round or c.hedge:
                continue
            if (tier := tier_of(c.column)) is not None:
                groups[tier_group(f)][tier].append(f)
        regional = _regional(groups)
        for key, tiers in sorted(groups.items(), key=lambda kv: str(kv[0])):
            if (key[0], key[2], key[4]) in regional:
                continue
            parts = [tiers.get("constituency", []), tiers.get("list", []), tiers.get("total", [])]
            if any(f.claim.whole is not None and f.claim.whole <= f.claim.value for p in parts[:2] for f in p):
                continue  # "won all 9 of the region's 9 constituencies": no part of a larger whole to add up
            if parts[2] and (o := self.two_parts_and_whole(
                    parts, parts[2][0].subject or "?", "seats are not its constituency and list seats added up",
                    ("constituency seats", "list seats"))):
                yield o


def _regional(groups: dict[tuple, dict[str, list[Fact]]]) -> set[tuple]:
    """Articles (path, chamber, election) whose tiers are one region's: "| Party | Constituencies won | List seats |"
    under "Mid and West Wales regional list" beside "Labour won 30 of the 60 seats" across Wales. The parties'
    constituency and list seats together are then a fraction of their totals, not short by a slip's few."""
    parts: dict[tuple, float] = defaultdict(float)
    totals: dict[tuple, float] = defaultdict(float)
    for key, tiers in groups.items():
        if tiers.get("total") and (tiers.get("constituency") or tiers.get("list")):
            where = (key[0], key[2], key[4])
            parts[where] += sum(p[0].claim.value for t in ("constituency", "list") if (p := tiers.get(t)))
            totals[where] += tiers["total"][0].claim.value
    return {w for w, total in totals.items() if total >= 4 and parts[w] * 2 < total}
