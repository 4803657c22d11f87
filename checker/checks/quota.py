"""`quota`: the arithmetic of a count by single transferable vote.

The quota (Droop's) is the valid poll divided by one more than the seats, plus one, ignoring any fraction:
58,208 valid votes for 4 seats give 58,208 / 5 + 1 = 11,642 (`part = "quota"`). A candidate's surplus is their
votes less the quota, and "336 short of the quota" the quota less their votes (`part = "surplus"`): checked
against votes given in the same sentence or the one before, never against a later count's.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import SECOND_ON, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome, fmt
from .consistency import valid_total

LATER_COUNT = re.compile(rf"\b(?:{SECOND_ON}|later|final|last|next)"
                         r" (?:count|stage)|\bwent into\b|\bafter the \w+ count\b|\btransfers?\b", re.IGNORECASE)
"""Words of a count after the first: a surplus told then is of votes the copy does not give."""


EXAMPLE_QUOTA, EXAMPLE_POLL = "example quota", "example poll"
EXAMPLE_OF = {Kind.QUOTA: EXAMPLE_QUOTA, Kind.VOTES_CAST: EXAMPLE_POLL}
"""Where an explainer's worked example (read as no result: a forecast) keeps its quotas and polls, apart."""


class Quota(Check):
    name = "quota"
    params = {"part": (str, "quota")}
    choices = {"part": ("quota", "surplus")}

    def run(self, index: Index) -> Iterator[Outcome]:
        by_path: dict[str, dict[Kind | str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for kind in (Kind.QUOTA, Kind.SURPLUS, Kind.VOTES_CAST, Kind.VOTES):
            for f in index.by_kind.get(kind, []):
                if f.claim.modality == Modality.ACTUAL and f.claim.value is not None and not f.claim.hedge:
                    by_path[f.path][kind].append(f)
                elif kind in (Kind.QUOTA, Kind.VOTES_CAST) and f.claim.modality == Modality.FORECAST \
                        and f.claim.value is not None and not f.claim.hedge:
                    by_path[f.path][EXAMPLE_OF[kind]].append(f)  # an explainer's worked example: its own arithmetic
        for path in sorted(by_path):
            facts = by_path[path]
            if self.p["part"] == "quota" and facts[EXAMPLE_QUOTA]:
                yield from self._quotas({Kind.QUOTA: facts[EXAMPLE_QUOTA], Kind.VOTES_CAST: facts[EXAMPLE_POLL]},
                                        same_sentence=True)
            if not facts[Kind.QUOTA]:
                continue
            if self.p["part"] == "quota":
                yield from self._quotas(facts)
            else:
                yield from self._surpluses(facts)

    def _quotas(self, facts: dict[Kind | str, list[Fact]], same_sentence: bool = False) -> Iterator[Outcome]:
        for q in facts[Kind.QUOTA]:
            seats = q.claim.whole
            polls = facts[Kind.VOTES_CAST]
            if same_sentence:  # ("In a five-seat constituency with a valid poll of 60,312, the quota is 12,063")
                polls = [p for p in polls if p.claim.sentence == q.claim.sentence]
            poll = _nearest(q, polls, anywhere=len({f.claim.value for f in facts[Kind.QUOTA]}) == 1)
            if not seats or poll is None:
                continue
            v, s = poll.claim.value, int(seats)
            expected = math.floor(v / (s + 1)) + 1
            working = f"{fmt(v)} / ({s} + 1) + 1 = {fmt(expected)}"
            if q.claim.value in (expected, math.ceil(v / (s + 1))):
                yield self.verified(q, f"quota for {s} seats: {working} ✓")
                continue
            yield self.finding(
                q, f"a quota of {q.claim.text} does not follow from a valid poll of {poll.claim.text} for {s} seats:"
                   f" {working}", stated=q.claim.value, expected=expected,
                arithmetic=f"stated {q.claim.text}; {working} ('{q.claim.whole_text}')", related=[poll],
                self_contained=True)

    def _surpluses(self, facts: dict[Kind, list[Fact]]) -> Iterator[Outcome]:
        quotas = {f.claim.value for f in facts[Kind.QUOTA]}
        for f in facts[Kind.SURPLUS]:
            c = f.claim
            if len(quotas) == 1:
                quota = facts[Kind.QUOTA][0]
            else:  # two quotas (two districts' counts, or another year's): only the one told with the surplus
                near = [q for q in facts[Kind.QUOTA] if q.claim.sentence == c.sentence] or [
                    q for q in facts[Kind.QUOTA] if q.claim.paragraph == c.paragraph]
                if len({q.claim.value for q in near}) != 1:
                    continue
                quota = near[0]
            if f.subject is None or LATER_COUNT.search(c.sentence[:max(0, c.sentence.find(c.text))]):
                continue  # not "went into the third count 1,129 short" (but "… to be passed on at the second count")
            theirs = [g for g in facts[Kind.VOTES] if g.subject == f.subject and g.claim.round is None]
            mine = [g for g in theirs if g.claim.location.start < c.location.start]
            near = [g for g in mine if c.paragraph - 1 <= g.claim.paragraph]
            # their first count told just before, else the one the article gives (a table above, or, if none is
            # above, below: "exceeded the quota by 1,318 votes" over the first count's table)
            mine = near or mine or theirs
            if c.value < 0 and (NOW.search(c.sentence) or LATER_COUNT_SAID.search(c.sentence)):
                later = [g for g in facts[Kind.VOTES] if g.subject == f.subject and g.claim.round == "final"
                         and g.claim.location.start < c.location.start]
                if not later:
                    continue  # "No one reached the quota on the second count. … Rooney … remains 34 short": after
                    # transfers whose totals the article does not give as counts
                mine = later  # "She now leads …, 374 short of the quota" under a table's "Count 2": after the transfers
            if len({g.claim.value for g in mine}) != 1:
                continue
            votes = mine[-1]
            expected = votes.claim.value - quota.claim.value
            if expected < 0 <= c.value and c.subject_via not in ("name", "possessive", "adjacent"):
                continue  # "With Fox on 9,730 and Duggan on 8,126, the surplus of 1,336", "… Doyle gave him 1,104
                # transfers … His surplus": an owner guessed, under the quota, so someone else's
            over = "surplus" if c.value >= 0 else "shortfall"
            working = (f"{votes.claim.text} − {quota.claim.text} = {fmt(expected)}" if c.value >= 0 else
                       f"{quota.claim.text} − {votes.claim.text} = {fmt(-expected)}")
            if abs(expected - c.value) < 1e-9:
                yield self.verified(f, f"{f.subject}'s {over}: {working} ✓")
                continue
            yield self.finding(
                f, f"{f.subject}'s {over} of {c.text} does not follow from their {votes.claim.text} votes and the quota"
                   f" of {quota.claim.text}: {working}", stated=abs(c.value), expected=abs(expected),
                arithmetic=f"stated {c.text}; {working}", related=[votes, quota],
                notes={0: f"{f.subject}'s votes", 1: "the quota"})


NOW = re.compile(r"\b(?:now|still|remains|remained|after (?:the|that|this) (?:transfer|count|distribution))\b",
                 re.IGNORECASE)
"""Words of a shortfall told after a later count than the first."""
LATER_COUNT_SAID = re.compile(rf"\b(?:on|after|at) the (?:{SECOND_ON}|last|latest|final) count\b", re.IGNORECASE)


def _nearest(q: Fact, polls: list[Fact], anywhere: bool = True) -> Fact | None:
    """The valid poll a quota is worked from: in its sentence, else its paragraph, else the article's one (not where
    the article gives two quotas: two areas' counts, "… a total valid poll of 19,845 in the six-seat area, the quota
    was 2,836" and, a paragraph on, "the seven-seat area's quota of 2,803")."""
    for same in (lambda p: p.claim.sentence == q.claim.sentence, lambda p: p.claim.paragraph == q.claim.paragraph,
                 lambda p: anywhere):
        found = [p for p in polls if same(p)]
        if len({p.claim.value for p in found}) > 1:
            # "total poll 58,702; spoiled 488; valid poll 58,214; quota 11,634": the quota is worked from the valid poll
            found = [p for p in found if valid_total(p.claim) == "valid"] or found
        if found:
            return found[0] if len({p.claim.value for p in found}) == 1 else None
    return None
