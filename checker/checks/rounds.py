"""`round-sum`: a candidate's first-round votes and the transfers they gained add up to their final total.

Mayors elected on second preferences, Irish and Scottish STV counts and preferential leadership ballots
report a candidate's first count, what they gained from eliminated candidates ("picked up 17,904 second
preferences") and where they finished ("The final totals were Rao 106,009 …"). When one article gives all
three for one candidate in one contest, the first two must add up to the third.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import INTERMEDIATE, OF_THEIR_VOTES, SPLIT_PART, THIRD_ON, Kind, Modality
from ..numbers import COUNT_WRITTEN, parse_number
from ..resolve import Fact
from .base import Check, Outcome, fmt


class RoundSum(Check):
    name = "round-sum"

    def run(self, index: Index) -> Iterator[Outcome]:
        # Each round of a count is a contest of its own in the index (contests.contest_id): gather them by seat.
        rounds: dict[tuple[str, str, str], dict[str | None, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for contest in index.contests.values():
            for cand in contest.candidates.values():
                for f in cand.votes:
                    c = f.claim
                    if c.value is None or c.hedge or c.modality != Modality.ACTUAL or f.kind != Kind.VOTES \
                            or SPLIT_PART in c.evidence:
                        continue  # (a part of one exclusion's votes is one of several a full count may not all give)
                    if c.round in (None, "transfer", "final", INTERMEDIATE) and f.contest:
                        rounds[(f.path, f.contest, cand.key)][c.round].append(f)
        for (_, _, who), by_round in sorted(rounds.items()):
            if by_round.get(INTERMEDIATE):
                continue  # a count of six rounds: "received 2,390 of Doyle's votes" is one of its transfers, not all
            if any(LATE_COUNT.search(f.claim.sentence) for f in by_round.get("final", [])):
                continue  # "elected at the fourth count, on 7,930, after picking up 820 transfers from the Green": the
                # transfers of one count of several, not all that came between the first and that one
            parts = [by_round.get(None, []), by_round.get("transfer", []), by_round.get("final", [])]
            if (o := self.two_parts_and_whole(parts, who.removeprefix("party:"), "final total is not their first-round"
                                              " votes and transfers added up", ("first round", "transfers"))):
                yield o


LATE_COUNT = re.compile(rf"\b{THIRD_ON}\s+(?:count|stage)\b", re.IGNORECASE)
"""A count of an STV election's third or later: the transfers told of it are not all a candidate gained since the
first."""


EXHAUSTED_TOLD = re.compile(r"(?<!\+)" + COUNT_WRITTEN + r"\s+(?:(?:ballot\s+papers|papers|ballots|votes)\b[^.;\d]{0,70}?\b"
                            r"(?:were|was|went|proved|became)\s+|(?:were|was|went|proved|became)\s+)?(?:non-transferable|"
                            r"not transferable|exhausted|non-transferrable|no further)\b|\b(?:non-transferable|exhausted)"
                            r"\s*:?\s+" + COUNT_WRITTEN, re.IGNORECASE)
"""In a sentence of votes passed on: how many went to no one ("and 96 were non-transferable", "while 564 ballot papers
had no further preference between the two and became non-transferable", "while 654 went no further")."""


ALL_TAKERS = re.compile(r"\bbetween\s+the\s+(?:two|three|last\s+two|final\s+two)\b|\b(?:the\s+)?(?:two|three)\s+"
                        r"(?:remaining|left\s+in)\b|\bremaining\s+(?:two|three|pair)\b", re.IGNORECASE)
"""Words that say the sides named are all the votes could go to: "no further preference between the two"."""


class SplitSum(Check):
    """`split-sum`: the parts of an excluded candidate's votes passed on ("9,441 of those votes flowed to Labor and
    2,662 to the Liberals") add up to no more than the votes passed on: the count the copy gives them at exclusion
    ("That left Jade Ferreira on 12,067", "Her 2,317 votes split …"), the nearest before the parts in their sentence
    or the one before. Less is no slip: some ballots may name no further preference (exhausted)."""

    name = "split-sum"

    def run(self, index: Index) -> Iterator[Outcome]:
        parts: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        counts: dict[tuple[str, int], list[Fact]] = defaultdict(list)  # the other counts, by article and paragraph
        in_sentence: dict[tuple[str, str], list[Fact]] = defaultdict(list)  # … and by sentence, whoever's
        for f in index.by_kind.get(Kind.VOTES, []):
            if f.claim.value is None or f.claim.hedge:
                continue
            if SPLIT_PART in f.claim.evidence:
                parts[(f.path, f.claim.sentence)].append(f)
                continue
            in_sentence[(f.path, f.claim.sentence)].append(f)
            if f.subject is not None:
                counts[(f.path, f.claim.paragraph)].append(f)
        for (path, _), split in sorted(parts.items(), key=lambda kv: (kv[0][0], kv[1][0].claim.location.start)):
            if len(split) < 2:
                continue
            split.sort(key=lambda f: f.claim.location.start)
            first = split[0].claim
            takers = {f.subject for f in split}
            # the count the parts' own sentence opens with ("Her 12,727 votes split 7,322 to Mistry …"), else the
            # nearest before them in their paragraph (not "… sent 2,610 of his 6,318 votes" a sentence before)
            pool = [g for g in in_sentence.get((path, first.sentence), [])
                    if g.claim.location.start < first.location.start and g.subject not in takers] or \
                [g for g in counts.get((path, first.paragraph), [])
                 if g.claim.location.start < first.location.start and g.subject not in takers]
            # (an excluded side's own count, in the parts' paragraph: not a table's "Exhausted" row above it)
            if not pool:
                continue
            whole = max(pool, key=lambda g: g.claim.location.start)
            if OF_THEIR_VOTES.match(first.sentence) is not None and whole.claim.sentence != first.sentence:
                continue  # "Of Muir's 1,357, Nisbet received 502": the count it opens with, which is not read
            total = sum(f.claim.value for f in split)
            terms = " + ".join(f.claim.text for f in split)
            told = EXHAUSTED_TOLD.search(first.sentence)
            if told is not None and (spent := parse_number(told.group(1) or told.group(2))) is not None:
                # "… 301 to Ailsa Harper, 188 to Neil Doig, and 96 were non-transferable": every vote accounted for
                terms += f" + {told.group(1) or told.group(2)} non-transferable"
                if total + spent == whole.claim.value:
                    yield self.verified(split[-1], f"{terms} = {whole.claim.text} ✓ (the votes passed on)")
                    continue
                short = total + spent < whole.claim.value and not ALL_TAKERS.search(first.sentence)
                # (more is a slip whoever else got some; fewer may be the share of a candidate the copy leaves out:
                # "410 went to Mr Madigan and 320 to …, while 106 were …"; not where it says the takers are all there
                # were: "… had no further preference between the two")
                yield self.finding(
                    split[0], f"the votes passed on and the non-transferable add up to {fmt(total + spent)}, not the "
                              f"{whole.claim.text} there were to pass on", stated=total + spent,
                    expected=whole.claim.value, arithmetic=f"{terms} = {fmt(total + spent)} ≠ {whole.claim.text}",
                    related=split[1:] + [whole], notes={len(split) - 1: "the votes passed on"}, self_contained=True,
                    assumptions=("guessed: every candidate who received some of them is named",) if short else ())
                continue
            if total <= whole.claim.value:
                yield self.verified(split[-1], f"{terms} = {fmt(total)} ≤ {whole.claim.text} ✓ (the votes passed on)")
                continue
            yield self.finding(
                split[0], f"the votes passed on add up to {fmt(total)}, more than the {whole.claim.text} there were to"
                          f" pass on", stated=total, expected=whole.claim.value,
                arithmetic=f"{terms} = {fmt(total)} > {whole.claim.text}", related=split[1:] + [whole],
                notes={len(split) - 1: "the votes passed on"}, self_contained=True)
