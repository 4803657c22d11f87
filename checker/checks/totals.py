"""`parts-sum`: the candidates' (or a referendum's sides') votes add up to no more than the total stated
for their count, and to exactly the valid votes where the copy lists every one of them under a total line.

"The four candidates shared 2,816 votes between them" after counts that add up to 2,861, or "Total valid
votes: 2,497,229" under a Yes and a No that add up to 2,479,229: one of the figures is mistyped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..contests import Contest, Index
from ..model import Kind, Modality
from ..resolve import Fact
from .shares import WHOLE_RACES
from .base import Check, Outcome, fmt
from .consistency import valid_total

class PartsSum(Check):
    name = "parts-sum"

    def run(self, index: Index) -> Iterator[Outcome]:
        for contest in index.contests.values():
            for path in sorted({f.path for f in contest.facts}):
                yield from self._contest(contest, path, index)

    def _contest(self, contest: Contest, path: str, index: Index) -> Iterator[Outcome]:
        if index.several_seats(contest, path):
            return  # a ward of several seats: each voter has several votes, so the votes outnumber the ballots
        parts: list[Fact] = []
        for cand in contest.candidates.values():
            mine = [f for f in cand.votes if f.path == path and _plain(f)]
            if len({f.claim.value for f in mine}) != 1:
                return  # a side with no count here, or two (agreement's to report): no sum to make
            parts.append(mine[0])
        totals = [t for t in contest.totals if t.kind == Kind.VOTES_CAST and t.path == path and _plain(t)]
        if len({t.claim.value for t in totals}) > 1:  # "Valid votes: 2,170. … Ballot papers issued: 2,210."
            totals = [t for t in totals if valid_total(t.claim) == "valid"]
        if len(parts) < 2 or len({t.claim.value for t in totals}) != 1:
            return
        total = totals[0]
        if contest.key.startswith(WHOLE_RACES) and min(abs(f.claim.paragraph - total.claim.paragraph)
                                                       for f in parts) > NEAR_PARAGRAPHS:
            return  # a race the copy names no seat of: a total far from the counts may be another vote's ("the 428
            # cast for named candidates" for Speaker, paragraphs after "Trump won 312 to Harris's 226")
        parts.sort(key=lambda f: f.claim.location.start)
        added = sum(f.claim.value for f in parts)
        terms = " + ".join(f.claim.text for f in parts)
        working = f"{terms} = {fmt(added)}"
        exact = _closes_list(total, parts, index.all_in_path(path))
        if added > total.claim.high + 1e-9 and (valid_total(total.claim) == "valid" or added < 1.3 * total.claim.value):
            message = f"the votes add up to {fmt(added)}, more than the {total.claim.text} the copy gives in all"
        elif exact and added < total.claim.low - 1e-9:
            message = f"the votes add up to {fmt(added)}, not the {total.claim.text} the copy gives as their total"
        else:
            yield self.verified(total, f"{contest.key}: {working} {'=' if exact else '≤'} {total.claim.text} ✓")
            return
        yield self.finding(
            total, message, stated=total.claim.value, expected=added,
            arithmetic=f"{working} {'≠' if exact else '>'} {total.claim.text}",
            related=parts, notes={k: f"{f.subject}'s votes" for k, f in enumerate(parts)},
        )


NEAR_PARAGRAPHS = 2
"""How far (in paragraphs) a total may stand from the nearest count it sums, in a race the copy names no seat of."""


def _closes_list(total: Fact, parts: list[Fact], article: list[Fact]) -> bool:
    """ "Total valid votes: 40,039" opening its line, or "shared 2,816 votes between them": everyone's votes."""
    c = total.claim
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    return bool(LABEL.search(c.sentence[:at])) and valid_total(c) == "valid" and _just_below(parts, total, article) \
        or bool(re.match(r"\s*votes\s+between them\b", c.sentence[at + len(c.text):], re.I)) \
        or bool(re.search(r"\bshared\s*$", c.sentence[:at], re.I))


def _just_below(parts: list[Fact], total: Fact, article: list[Fact]) -> bool:
    """A results list whose entries are one a line with none between, closed by the total's line (a blank line
    between at most): no entry the reader missed (nor a line between that gives a figure of its own, "Ten other
    candidates 205,706 - 1.84%")."""
    lines = sorted({f.claim.location.line for f in parts})
    last, closing = lines[-1], total.claim.location.line
    return lines == list(range(lines[0], lines[0] + len(lines))) and 0 < closing - last <= 2 \
        and not any(last < f.claim.location.line < closing for f in article)


LABEL = re.compile(r"^\W*(?:total\s+)?(?:valid\s+)?(?:votes|ballots|poll)?\s*(?:cast|counted|polled)?\s*[:\-–]?\s*$|"
                   r"^\W*total\b[^.]{0,30}$", re.I)
"""The words before a total that closes a results list: "Total valid votes:", "Valid votes:", "Total:"."""


def _plain(f: Fact) -> bool:
    """A count of this election's first (or only) round, stated outright."""
    c = f.claim
    return c.value is not None and c.modality == Modality.ACTUAL and c.round is None and not c.hedge \
        and c.year is None
