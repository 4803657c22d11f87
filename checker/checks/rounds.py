"""`round-sum`: a candidate's first-round votes and the transfers they gained add up to their final total.

Mayors elected on second preferences, Irish and Scottish STV counts and preferential leadership ballots
report a candidate's first count, what they gained from eliminated candidates ("picked up 17,904 second
preferences") and where they finished ("The final totals were Rao 106,009 …"). When one article gives all
three for one candidate in one contest, the first two must add up to the third.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import INTERMEDIATE, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome


class RoundSum(Check):
    name = "round-sum"

    def run(self, index: Index) -> Iterator[Outcome]:
        # Each round of a count is a contest of its own in the index (contests.contest_id): gather them by seat.
        rounds: dict[tuple[str, str, str], dict[str | None, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for contest in index.contests.values():
            for cand in contest.candidates.values():
                for f in cand.votes:
                    c = f.claim
                    if c.value is None or c.hedge or c.modality != Modality.ACTUAL or f.kind != Kind.VOTES:
                        continue
                    if c.round in (None, "transfer", "final", INTERMEDIATE) and f.contest:
                        rounds[(f.path, f.contest, cand.key)][c.round].append(f)
        for (_, _, who), by_round in sorted(rounds.items()):
            if by_round.get(INTERMEDIATE):
                continue  # a count of six rounds: "received 2,390 of Doyle's votes" is one of its transfers, not all
            parts = [by_round.get(None, []), by_round.get("transfer", []), by_round.get("final", [])]
            if (o := self.two_parts_and_whole(parts, who.removeprefix("party:"), "final total is not their first-round"
                                              " votes and transfers added up", ("first round", "transfers"))):
                yield o
