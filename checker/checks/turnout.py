"""`turnout`: a turnout given as a percentage agrees with the ballots and the electorate the copy gives.

Turnout is the ballots cast over the electorate. With the total poll ("ballot papers issued", "votes
cast") it must match within the rounding of the three figures; with only the valid votes, the real
turnout is a little higher (rejected ballots count towards it), so it may exceed valid votes over the
electorate by up to `rejected_points` points, never fall below it.
"""

from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import SET_AGAINST, Kind, Modality
from ..numbers import find_numbers
from ..resolve import Fact
from .base import Check, Outcome, fmt
from .consistency import valid_total


class Turnout(Check):
    name = "turnout"
    params = {"rejected_points": ((int, float), 1.5)}

    def run(self, index: Index) -> Iterator[Outcome]:
        groups: dict[tuple, dict[Kind, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for kind in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST):
            for f in index.by_kind.get(kind, []):
                c = f.claim
                if c.value is None or c.low is None or c.modality != Modality.ACTUAL or c.hedge \
                        or c.round == "provisional" or any(e.startswith(SET_AGAINST) for e in c.evidence):
                    continue  # (a figure the copy withdraws or calls provisional, or another vote's it is set against)
                if kind == Kind.TURNOUT and c.unit != "percent":
                    kind_here = Kind.VOTES_CAST  # "a turnout of 49,281": the ballots cast
                else:
                    kind_here = kind
                groups[totals_group(f)][kind_here].append(f)
        judged: set[int] = set()
        for (_, where), kinds in sorted(groups.items(), key=lambda kv: str(kv[0])):
            yield from self._judge(kinds, where, judged)
        # Several turnouts in one article: which goes with which is a guess, unless one sentence gives all three
        # ("In Moss End, 46,065 valid votes were cast from an electorate of 73,012, a turnout of 66.1 percent").
        sentences: dict[tuple, dict[Kind, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for kinds in groups.values():
            for kind, facts in kinds.items():
                for f in facts:
                    if id(f) not in judged:
                        sentences[(f.path, f.claim.location.line, f.claim.sentence)][kind].append(f)
        for _, kinds in sorted(sentences.items(), key=lambda kv: str(kv[0][:2])):
            if all(len(kinds.get(k, [])) == 1 for k in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST)):
                f = kinds[Kind.TURNOUT][0]
                yield from self._judge(kinds, f.contest or f.claim.scope, judged)

    def _judge(self, kinds: dict[Kind, list[Fact]], where: str | None, judged: set[int]) -> Iterator[Outcome]:
        turnouts, electorates, ballots = (kinds.get(k, []) for k in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST))
        if len({f.claim.value for f in turnouts}) != 1 or len({f.claim.value for f in electorates}) != 1 \
                or not ballots:
            return  # several turnouts or electorates in one article: which goes with which is a guess
        t, e = turnouts[0], electorates[0]
        total = [b for b in ballots if valid_total(b.claim) != "valid"]
        valid = [b for b in ballots if valid_total(b.claim) == "valid"]
        b, is_valid = (total[0], False) if total else (valid[0], True)
        if not is_valid and "in the row 'total'" in b.claim.evidence:
            is_valid = True  # a candidates' table's "| **Total** | | **39,850** |": their votes added up, rejected
            # ballots left out
        if len({x.claim.value for x in (total or valid)}) != 1 or not e.claim.low:
            return
        judged.update(id(f) for fs in kinds.values() for f in fs)
        low = 100.0 * b.claim.low / e.claim.high - (self.p["rejected_points"] if not is_valid and re.search(
            r"\bvalid\b", t.claim.sentence, re.IGNORECASE) else 0.0)
        # (a turnout the copy says is of valid votes, beside the ballots counted in all, rejected ones too: "turnout
        # 64.1% (valid votes) … so 46,862 papers were counted in all")
        told = _rejected_told(t.claim.sentence) if is_valid else 0.0
        high = 100.0 * b.claim.high / e.claim.low + (
            max(self.p["rejected_points"], 100.0 * told / e.claim.low + 0.1) if is_valid else 0.0)
        # (and as many invalid ballots as the copy says: "164.2 million valid votes and about 3.3 million invalid
        # ballots from 204.8 million registered voters: a turnout of 81.8 per cent")
        implied = 100.0 * b.claim.value / e.claim.value
        what = "valid votes" if is_valid else "ballots"
        label = where or "the vote"
        arithmetic = f"{b.claim.text} / {e.claim.text} = {implied:.1f}%"
        if t.claim.low <= high + 1e-9 and t.claim.high >= low - 1e-9:
            yield self.verified(t, f"turnout in {label}: {arithmetic} ≈ {t.claim.text}% ✓")
            return
        more = f" (rejected ballots may add up to {fmt(self.p['rejected_points'])} points)" if is_valid else ""
        yield self.finding(
            t, f"turnout of {t.claim.text}% does not match the {what} and the electorate: {arithmetic}{more}",
            stated=t.claim.value, expected=round(implied, 1), arithmetic=f"stated {t.claim.text}%; {arithmetic}",
            related=[b, e], notes={0: what, 1: "the electorate"})


def totals_group(f: Fact) -> tuple:
    """The turnout, electorate and ballots of one count, as one article gives them: its seat's, else its
    nation's or region's, else the article's own (a leadership ballot, a referendum)."""
    return f.path, f.contest or f.claim.scope


NO_ONES_AFTER = re.compile(r"\s*(?:invalid|rejected|spoilt|spoiled|void|blank|null)\b", re.I)
"""Right after a count: ballots that count for no one ("3.3 million invalid ballots", "212 rejected")."""


def _rejected_told(sentence: str) -> float:
    """The ballots a sentence says were invalid or rejected ("about 3.3 million invalid ballots"), 0 if none (numbers
    come scaled: "3.3 million" is 3,300,000)."""
    return sum(n.value for n in find_numbers(sentence) if NO_ONES_AFTER.match(sentence, n.end))
