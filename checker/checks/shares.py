"""`implied-total`: votes and shares in one seat imply one total number of votes cast.

A candidate's votes divided by their share gives the votes cast. Each stated figure is
an interval — "51.5 per cent" is anything in [51.45, 51.55) — so each candidate gives
a range of totals, and all the ranges (and any stated total) must meet.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..contests import Contest, Index
from ..model import Kind
from ..resolve import Fact
from .base import Check, Outcome, fmt


class ImpliedTotal(Check):
    name = "implied-total"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for contest in index.contests.values():
            yield from self._contest(contest)

    def _contest(self, contest: Contest) -> Iterator[Outcome]:
        ranges: list[tuple[float, float, list[Fact], str]] = []
        for cand in contest.candidates.values():
            vf, sf = cand.vote_fact(), cand.share_fact()
            if vf is None or sf is None or sf.claim.unit != "percent" or not sf.claim.low or sf.claim.low <= 0:
                continue
            lo = vf.claim.low / (sf.claim.high / 100.0)
            hi = vf.claim.high / (sf.claim.low / 100.0)
            ranges.append((lo, hi, [sf, vf], f"{vf.claim.text} at {sf.claim.text}% implies {fmt(round(lo))}–{fmt(round(hi))} votes cast"))
        for t in contest.totals:
            if t.kind == Kind.VOTES_CAST or (t.kind == Kind.TURNOUT and t.claim.unit == "votes"):
                ranges.append((t.claim.low, t.claim.high, [t], f"the stated total of {t.claim.text}"))
        if len(ranges) < 2:
            return
        ranges.sort(key=lambda r: (r[2][0].path, r[2][0].claim.location.start))
        lo = max(r[0] for r in ranges)
        hi = min(r[1] for r in ranges)
        if lo <= hi + 0.5:
            first = ranges[0][2][0]
            yield self.verified(first, f"{contest.key}: votes and shares agree on {fmt(round(lo))}–{fmt(round(hi))} votes cast ✓")
            return
        # Report against the first range each later one fails to meet.
        for k in range(1, len(ranges)):
            for j in range(k):
                a, b = ranges[j], ranges[k]
                if a[0] > b[1] + 0.5 or b[0] > a[1] + 0.5:
                    yield self.finding(
                        b[2][0],
                        f"votes and shares disagree on the votes cast: {b[3]}, but {a[3]}",
                        stated=b[2][0].claim.value,
                        expected=round(100.0 * b[2][1].claim.value / ((a[0] + a[1]) / 2), 1) if len(b[2]) == 2 else None,
                        arithmetic=f"{b[3]}; {a[3]}",
                        related=b[2][1:] + a[2],
                    )
                    return
