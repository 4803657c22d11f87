"""`difference`: a stated majority or margin is one candidate's votes minus another's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..contests import OF_ONE_SEAT_OF_SEVERAL, Candidate, Contest, Index, contest_id
from ..model import EARLIER_YEARS, FIRST_ROUND_SAID, INTERMEDIATE, PAIR_BEFORE, PAIR_OF_COUNTS, TWO_PARTY, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome, figure_at, fmt


ANOTHER_CLAUSE = re.compile(r"\bbut\b|;|,\s+and\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
"""Words that begin another clause between a score and a lead, whose lead is then another count's."""


DIVISOR_WORDS = re.compile(r"\bd['’]\s?hondt\b|\bquotients?\b|\bdivisors?\b|\bsainte-lagu", re.I)
"""Words of a list allocation's arithmetic: the figures compared are quotients, not a count's votes."""
MISSED_OUT = re.compile(r"\bmiss(?:ed|es|ing)\s+out\b|\bmissed\s+(?:a|the)\s+seat\b", re.I)
"""A loser's gap in a count of several seats: to the last elected, not the winner's lead."""


class Difference(Check):
    """majority = winner's votes − runner-up's; a margin is between its two named sides."""

    name = "difference"
    params = {"tolerance": ((int, float), 0)}

    def run(self, index: Index) -> Iterator[Outcome]:
        # a lead told with its score, the losing side unnamed ("won by just 425 votes - 16,402 to 15,977"), is the
        # score's (`_scores`), not the contest's winner against whoever else it names ("Reform UK's 7,031")
        scored = {(f.path, f.claim.sentence) for f in index.by_kind.get(Kind.VOTES, []) if _unnamed_second(f)}
        paired: set[int] = set()
        for o in self._pairs(index):
            paired.add(id(o[0]))
            yield o[1]
        for contest in index.contests.values():
            for lead in contest.leads:
                if lead.kind in self.kinds and (lead.path, lead.claim.sentence) not in scored and id(lead) not in paired:
                    yield from self._check(index, contest, lead)
        yield from self._scores(index)

    def _pairs(self, index: Index) -> Iterator[tuple[Fact, Outcome]]:
        """ "With 98% of precincts reporting, Kessler has 151,204 votes to Ardito's 145,986, a lead of 5,128": a lead
        told right after the pair of counts it is the difference of, both sides named. The sum holds in its sentence
        whatever the article's other counts (a live page's earlier tallies, a later round)."""
        counts: dict[tuple[str, str], list[Fact]] | None = None
        for kind in (Kind.MAJORITY, Kind.MARGIN):
            if kind not in self.kinds:
                continue
            for lead in index.by_kind.get(kind, []):
                c = lead.claim
                if c.subject_via != PAIR_BEFORE or c.unit != "votes" or c.value is None or not lead.counterpart:
                    continue
                if counts is None:  # the counts of each sentence, gathered on the first such lead
                    counts = {}
                    for f in index.by_kind.get(Kind.VOTES, []):
                        counts.setdefault((f.path, f.claim.sentence), []).append(f)
                before = [f for f in counts.get((lead.path, c.sentence), []) if f.claim.location.start < c.location.start
                          and f.claim.round == c.round and f.claim.value is not None]
                fa = [f for f in before if f.subject == lead.subject]
                fb = [f for f in before if f.subject == lead.counterpart]
                if len(fa) != 1 or len(fb) != 1 or len(before) != 2:
                    continue
                fa, fb = fa[0], fb[0]
                if any(x.claim.modality != Modality.ACTUAL or x.claim.year != c.year for x in (lead, fa, fb)):
                    continue  # ("…, a majority of 5,579, down from 8,940 in 2016": the earlier side is another lead)
                b, later = max((figure_at(c.sentence, x.claim.text), x.claim.text) for x in (fa, fb))
                at = figure_at(c.sentence, c.text)
                if ANOTHER_CLAUSE.search(c.sentence, b, at) or any(ch.isdigit() for ch in c.sentence[b + len(later):at]):
                    continue  # (the first figure after the pair, nothing between)
                expected = fa.claim.value - fb.claim.value
                what = "majority" if kind == Kind.MAJORITY else "margin"
                sum_text = f"{fmt(fa.claim.value)} − {fmt(fb.claim.value)} = {fmt(expected)}"
                if c.low - self.p["tolerance"] <= expected <= c.high + self.p["tolerance"]:
                    yield lead, self.verified(lead, f"{what} {c.text}: {sum_text} ✓ (the pair of counts before it)",
                                              sum_text)
                    continue
                yield lead, self.finding(
                    lead, f"{what} of {c.text} does not match the counts it is stated with: {sum_text}",
                    stated=c.value, expected=expected, arithmetic=f"stated {c.text}; {sum_text}",
                    related=[fa, fb], notes={0: f"{lead.subject}'s count", 1: f"{lead.counterpart}'s count"},
                    self_contained=True)

    def _scores(self, index: Index) -> Iterator[Outcome]:
        """ "won … by 51,234 votes (53.1%) to 45,321 (46.9%), a margin of 6,913": a score and its difference in
        one sentence, the losing side unnamed (so no contest holds its count). The sum holds whoever the sides
        are."""
        unnamed: dict[tuple[str, str], list[Fact]] = {}
        for f in index.by_kind.get(Kind.VOTES, []):
            if _unnamed_second(f):
                unnamed.setdefault((f.path, f.claim.sentence), []).append(f)
        if not unnamed:
            return
        winners: dict[tuple[str, str], list[Fact]] = {}
        for f in index.by_kind.get(Kind.VOTES, []):
            if (where := (f.path, f.claim.sentence)) in unnamed and f not in unnamed[where] and (
                    f.claim.role == "winner" or f.claim.role is None and f.claim.round == INTERMEDIATE
                    and PAIR_OF_COUNTS in f.claim.evidence and f.claim.location.start < unnamed[where][0].claim.location.start):
                winners.setdefault(where, []).append(f)
        for kind in (Kind.MAJORITY, Kind.MARGIN):
            if kind not in self.kinds:
                continue
            for lead in index.by_kind.get(kind, []):
                where = (lead.path, lead.claim.sentence)
                c = lead.claim
                if c.unit == "seats" or c.value is None or where not in unnamed or len(winners.get(where, ())) != 1 \
                        or len(unnamed[where]) != 1:
                    continue
                fa, fb = winners[where][0], unnamed[where][0]
                if fa.claim.round != c.round or fb.claim.round != c.round:
                    continue
                at_lead = figure_at(c.sentence, c.text)
                a, b = sorted((at_lead, figure_at(c.sentence, fb.claim.text)))
                if ANOTHER_CLAUSE.search(c.sentence, a, b):
                    continue  # "… more second preferences — 19,880 to 14,207 — but …, and she won by 17,838", "led …
                    # on primary votes by 9,087, but … finishing with 49,927 votes to 46,554": not that score's lead
                expected = fa.claim.value - fb.claim.value
                what = "majority" if lead.kind == Kind.MAJORITY else "margin"
                sum_text = f"{fmt(fa.claim.value)} − {fmt(fb.claim.value)} = {fmt(expected)}"
                if c.low - self.p["tolerance"] <= expected <= c.high + self.p["tolerance"]:
                    yield self.verified(lead, f"{what} {c.text}: {sum_text} ✓ (the score in its sentence)", sum_text)
                    continue
                yield self.finding(
                    lead, f"{what} of {c.text} does not match the score it is stated with: {sum_text}",
                    stated=c.value, expected=expected, arithmetic=f"stated {c.text}; {sum_text}",
                    related=[fa, fb], notes={0: "the winner's count", 1: "the other side's count"},
                    self_contained=True,
                )

    def _sides(self, index: Index, contest: Contest, lead: Fact) -> tuple[Candidate | None, Candidate | None, list[str]]:
        """The two candidates whose votes the figure is the difference of, and what was assumed."""
        path = lead.path
        subject = index.candidate_of(lead)
        counter = contest.candidates.get(lead.counterpart) if lead.counterpart else None
        if counter is None and lead.counterpart:
            counter = next((c for k, c in contest.candidates.items() if c.party == lead.counterpart
                            or k == f"party:{lead.counterpart}"), None)
        notes: list[str] = []
        if subject is not None and counter is not None and subject is not counter:
            return subject, counter, notes
        if lead.counterpart and counter is None and lead.subject_kind == "person" \
                and all(p.name != lead.counterpart for p in index.ruleset.parties):
            return None, None, notes  # "beat Jeremy Stroud by 44,791", and his votes not given: no one else's
        if lead.claim.role in ("loser", "runner_up") and subject is not None:
            # "… was second with 70,118, 51,786 behind": the lead over the one it is given to
            winner, how = contest.winner(path)
            if winner is subject or winner is None:
                return None, None, notes
            return winner, subject, notes
        winner = subject if subject is not None and subject.vote_fact(path) is not None else None
        if winner is None:
            winner, how = contest.winner(path)
            if winner is None:
                return None, None, notes
            if winner.vote_fact(path) is None and winner.key.startswith("party:"):
                # "That left the Conservative with a majority of 981": the party's candidate, the one with the
                # most votes and no other party
                ranked = contest.with_votes(path)
                if ranked and ranked[0][0].party in (None, winner.party) and \
                        (len(ranked) == 1 or ranked[0][1].claim.value > ranked[1][1].claim.value):
                    notes.append(f"took {ranked[0][0].key}, with the most votes, as the {winner.party} winner")
                    winner = ranked[0][0]
            if subject is not None and lead.subject_kind == "person" and winner is not subject \
                    and not (subject.party and subject.party == winner.party and (
                        winner.key.startswith("party:") or subject.key.split()[-1:] == winner.key.split()[-1:])):
                # (a namesake of the winner's party in a sentence about another seat, "There Siobhan Hughes … won
                # by 3,522", is not the winner Priya Sandhu)
                # "Johnson wins majority of 80" over a story whose one count is East Dunbartonshire's: the
                # majority of someone not in this count is not this count's.
                return None, None, notes
            if how == "the most votes" and subject is None:
                notes.append(f"took {winner.key} as the winner ({how})")
        runner, how, stated = contest.runner_up(winner, path)
        if runner is not None and not stated:
            notes.append(f"guessed the runner-up: {runner.key}, {how}")
        return winner, runner, notes

    def _against_final(self, lead: Fact, later: tuple[float, str, tuple[Fact, Fact]]) -> Iterator[Outcome]:
        c, tol = lead.claim, self.p["tolerance"]
        what = "majority" if lead.kind == Kind.MAJORITY else "margin"
        if c.low - tol <= later[0] <= c.high + tol:
            yield self.verified(lead, f"{what} {c.text}: {later[1]} ✓ (the final count)", later[1])
            return
        yield self.finding(
            lead, f"{what} of {c.text} does not match the final count: {later[1]}", stated=c.value, expected=later[0],
            arithmetic=f"stated {c.text}; {later[1]}", related=list(later[2]),
            notes={0: "the final count's leader", 1: "the final count's runner-up"})

    def _check(self, index: Index, contest: Contest, lead: Fact) -> Iterator[Outcome]:
        if OF_ONE_SEAT_OF_SEVERAL.search(lead.claim.sentence) and not lead.counterpart:
            return  # "missed the third seat by 61 votes": a multi-member ward's last seat, not winner over runner-up
        if DIVISOR_WORDS.search(lead.claim.sentence):
            return  # "Its D'Hondt figure of 18,525 beat the Conservatives' 18,260 by 265": quotients, not votes
        if MISSED_OUT.search(lead.claim.sentence) and not lead.counterpart:
            return  # "In Castle, Labour's Sue Lomax missed out by 22": in a ward of several seats, to the last elected
            # (which the copy need not say it is), not the winner's lead
        if FOR_A_PLACE.search(lead.claim.sentence):
            return  # "Ben Yardley edging Tariq Malik for second place by 356 votes": a lead between two losers
        if lead.claim.role == "loser" and not lead.counterpart and (mine := index.candidate_of(lead)) is not None:
            second = [c for c in contest.candidates.values() if c.roles.get("runner_up") and c is not mine]
            if len(second) == 1:
                # "Labour's Shama Tatler was second on 12,524 and Faiza Shaheen third on 12,445, just 79 votes behind
                # her": a gap behind someone who is not the runner-up is to the one above, not the winner
                fa, fb = second[0].vote_fact(lead.path), mine.vote_fact(lead.path)
                if fa is not None and fb is not None and \
                        lead.claim.low <= fa.claim.value - fb.claim.value <= lead.claim.high:
                    yield self.verified(lead, f"{contest.key}: {fa.claim.text} − {fb.claim.text} ✓ (behind the "
                                              f"runner-up)")
                return
        if lead.claim.round is None and not _first_round_said(lead) and index.several_seats(contest, lead.path) \
                and (index.in_path(Kind.QUOTA, lead.path) or index.in_path(Kind.SURPLUS, lead.path)):
            return  # "Doran took the final seat without reaching the quota, 2,557 votes clear of her running mate": in a
            # count by transfers, a lead the copy does not say is the first count's is a later count's
        if not (lead.subject_kind == "person" and lead.counterpart in contest.candidates) \
                and index.several_seats(contest, lead.path):
            return  # several seats in this count: both sides of a lead must be named people, not taken for the winner
            # and runner-up, nor "the leading Green" for any Green
        a, b, notes = self._sides(index, contest, lead)
        if a is None or b is None:
            return
        if lead.claim.round is None and AFTER_PREFERENCES.search(lead.claim.sentence) and not _first_round_said(lead):
            # "CHEN HANGS ON BY 125 VOTES AFTER DISTRIBUTION OF PREFERENCES": the last count's lead, not the first
            # preferences'; checked against the last count if the copy gives it
            if (later := _later_round_lead(index, lead, a, b)) is not None:
                yield from self._against_final(lead, later)
            return

        fa, fb = a.vote_fact(lead.path), b.vote_fact(lead.path)
        if fa is None or fb is None:
            return
        if fb.claim.value > fa.claim.value:
            if a is index.candidate_of(lead) and lead.subject_kind == "person" \
                    and lead.claim.role not in ("loser", "runner_up") and not any(
                    x.path == lead.path and x.claim.sentence == lead.claim.sentence for x in (fa, fb)):
                # "Mr Travers wins by 2,739" over counts he trails in: a later round's lead (second preferences),
                # not this count's; if there is no later round, the winner is wrong (rule winner-has-most)
                return
            a, b, fa, fb = b, a, fb, fa
        c = lead.claim
        if any(x.path != lead.path for x in (fa, fb)) and any(
                len({v.claim.value for v in cand.votes}) > 1 for cand in (a, b)):
            # one side's count from this article, the other's from another that tells the first differently:
            # the disagreement is the agreement rule's; the sum of two stories' figures is a guess
            notes.append("guessed: the votes come from two articles that give them differently")
        if any(x.path != lead.path and (x.year != lead.year if lead.year is not None and x.year is not None else
                                        lead.year is None and any(e.startswith(EARLIER_YEARS) for e in c.evidence))
               for x in (fa, fb)):
            # "| 2017 | Sarah Doyle | Lab | 55.9 | 10,876 |" in an undated seat's history of several elections, against
            # another story's count
            notes.append("guessed: the votes are another article's, and which of the elections this one tells of "
                         "its figure is cannot be told")
        expected = fa.claim.value - fb.claim.value
        tol = self.p["tolerance"]
        what = "majority" if lead.kind == Kind.MAJORITY else "margin"
        sum_text = f"{fmt(fa.claim.value)} − {fmt(fb.claim.value)} = {fmt(expected)}"
        if c.low - tol <= expected <= c.high + tol:
            yield self.verified(lead, f"{contest.key}: {sum_text} ✓ ({what} {c.text})", sum_text)
            return
        if (later := _later_round_lead(index, lead, a, b)) is not None and c.low - tol <= later[0] <= c.high + tol:
            # "Mr Halloran won by 17,807 votes" after "finishing on 127,307; Ms Steer … 109,500": the lead of the
            # final round the copy also tells, not of the first
            yield self.verified(lead, f"{contest.key}: {later[1]} ✓ ({what} {c.text}, in the final round)", later[1])
            return
        yield self.finding(
            lead,
            f"{what} of {c.text} does not match the votes: {_who(a)} {fa.claim.text} − {_who(b)} {fb.claim.text} = {fmt(expected)}",
            stated=c.value,
            expected=expected,
            arithmetic=f"stated {c.text}; {sum_text}",
            related=[fa, fb],
            notes={0: f"{_who(a)}'s votes", 1: f"{_who(b)}'s votes"},
            assumptions=tuple(notes),
        )


def _later_round_lead(index: Index, lead: Fact, a: Candidate, b: Candidate
                      ) -> tuple[float, str, tuple[Fact, Fact]] | None:
    """The difference of the two sides' counts in the final round of the same seat, when the copy gives both (a lead
    the copy does not say is of the first round may be of the last)."""
    if lead.claim.round is not None:
        return None
    final = index.contests.get(f"{contest_id(lead)}\x1ffinal")
    if final is None:
        return None
    fa, fb = (cand.vote_fact(lead.path) if (cand := final.candidates.get(side.key)) is not None else None
              for side in (a, b))
    if fa is None or fb is None:
        return None
    hi, lo = (fa, fb) if fa.claim.value >= fb.claim.value else (fb, fa)
    return hi.claim.value - lo.claim.value, \
        f"{fmt(hi.claim.value)} − {fmt(lo.claim.value)} = {fmt(hi.claim.value - lo.claim.value)}", (hi, lo)


AFTER_PREFERENCES = re.compile(r"\bafter\s+(?:the\s+)?(?:full\s+)?(?:distribution\s+of\s+)?(?:second\s+)?"
                               r"(?:(?:and|or)\s+(?:third|later|further)\s+)?(?:preferences|transfers)\b"
                               r"|\bafter\s+(?:a\s+|the\s+)?(?:second|third|fourth|fifth|final|last)[- ](?:round|stage)\s+"
                               r"(?:count|of\s+counting)\b"
                               r"|\bon\s+(?:a\s+)?(?:two-party|two-candidate)[- ]preferred\b",
                               re.I)
"""Words that tell a lead is the count's last, after preferences: never the first preferences' difference."""
FIRST_ROUND_NEAR = re.compile(FIRST_ROUND_SAID.pattern + r"|\bprimar(?:y|ies)\b|\bfirst-round\b", re.I)
"""Words of the first count beside a lead, in a sentence that goes on to the last ("trailed … by more than 11,000
votes on primaries but won by 2,782 after preferences")."""


def _first_round_said(lead: Fact) -> bool:
    """The first count's words just before or after the lead's figure: its lead is the first count's."""
    c = lead.claim
    at = figure_at(c.sentence, c.text)
    return FIRST_ROUND_NEAR.search(c.sentence, max(0, at - 40), min(len(c.sentence), at + len(c.text) + 30)) is not None


FOR_A_PLACE = re.compile(r"\bfor\s+(?:second|third|fourth|fifth|sixth)(?:\s+place)?\b", re.IGNORECASE)
"""A lead for a place below the winner's: between two losers, not the winner's majority."""


def _unnamed_second(f: Fact) -> bool:
    """The losing side's count of a score whose side is not named: the runner-up's ("won by 425 votes - 16,402 to
    15,977"), or a stage's ("Reid still led by 15 votes, 2,133 to 2,118", its roles dropped with the stage)."""
    return f.subject is None and (f.claim.role == "runner_up" or f.claim.role is None and f.claim.round == INTERMEDIATE
                                  and PAIR_OF_COUNTS in f.claim.evidence)


def _who(c: Candidate) -> str:
    return c.key.removeprefix("party:")


SHARE_PAIR = re.compile(r"^\s*(?:per\s*cent|percent|%)?\s*(?:\)\s*)?(?:to|against|versus|v\.?)\s+(?:[\w'’ ]{0,30}?\s)?$",
                        re.IGNORECASE)
"""Between the two shares of a pair: "32.7 per cent to 31.8", "52.3% against 44.1"."""
LEAD_AFTER_PAIR = re.compile(r"^\s*(?:per\s*cent|percent|%)?\s*[,;–—-]\s*(?:a|an|the)\s+(?:lead|margin|gap|"
                             r"majority|advantage)\s+of\s+$", re.IGNORECASE)
"""Between the pair and its lead: "…, a lead of 1.9 percentage points"."""


class PointsDifference(Check):
    """A lead in percentage points ("51.3% to 46.9%, a margin of 4.2 points", "a majority of 4.4% of the vote") is
    the winner's share minus the runner-up's, to the rounding of the three figures."""

    name = "points-difference"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        done: set[int] = set()
        yield from self._told_pairs(index, done)
        for contest in index.contests.values():
            for lead in contest.leads:
                if lead.kind == Kind.MAJORITY_SHARE and lead.claim.value is not None and lead.claim.round != "transfer" \
                        and id(lead) not in done:
                    yield from self._check(index, contest, lead)

    def _told_pairs(self, index: Index, done: set[int]) -> Iterator[Outcome]:
        """ "In percentage terms that was 32.7 per cent to 31.8 per cent, a lead of 1.9 percentage points": a lead told
        right after the pair of shares it is the difference of, whoever the sentence names (or none)."""
        leads = [f for f in index.by_kind.get(Kind.MAJORITY_SHARE, []) if f.claim.value is not None]
        if not leads:
            return
        shares: dict[tuple[str, str], list[Fact]] = {}
        for f in index.by_kind.get(Kind.SHARE, []):
            shares.setdefault((f.path, f.claim.sentence), []).append(f)
        for lead in leads:
            c = lead.claim
            before = sorted((f for f in shares.get((lead.path, c.sentence), [])
                             if f.claim.location.start < c.location.start and f.claim.value is not None),
                            key=lambda f: f.claim.location.start)
            if len(before) != 2:
                continue
            a, b = before
            gap = c.sentence[figure_at(c.sentence, a.claim.text) + len(a.claim.text):figure_at(c.sentence, b.claim.text)]
            rest = c.sentence[figure_at(c.sentence, b.claim.text) + len(b.claim.text):figure_at(c.sentence, c.text)]
            if not SHARE_PAIR.match(gap) or not LEAD_AFTER_PAIR.match(rest) or a.claim.value < b.claim.value:
                continue
            done.add(id(lead))
            lo, hi = a.claim.low - b.claim.high, a.claim.high - b.claim.low
            sum_text = f"{a.claim.text} − {b.claim.text} = {fmt(a.claim.value - b.claim.value)}"
            if c.low <= hi + 1e-9 and lo <= c.high + 1e-9:
                yield self.verified(lead, f"{sum_text} points ✓ (lead {c.text}, after its pair of shares)", sum_text)
                continue
            yield self.finding(
                lead, f"lead of {c.text} points does not match the shares before it: {a.claim.text}% − "
                      f"{b.claim.text}% = {fmt(a.claim.value - b.claim.value)}",
                stated=c.value, expected=a.claim.value - b.claim.value, arithmetic=f"stated {c.text}; {sum_text}",
                related=[a, b], notes={0: "the first share", 1: "the second share"}, self_contained=True)

    def _check(self, index: Index, contest: Contest, lead: Fact) -> Iterator[Outcome]:
        path = lead.path
        if lead.claim.round is None and TWO_PARTY.search(lead.claim.sentence):
            return  # "a margin of 6.4 points – the amount by which the winner's two-party vote exceeds 50 per cent":
            # the two-party count's, not the first preferences' gap
        ranked = sorted(((c, f) for c in contest.candidates.values()
                         if (f := c.share_fact(path)) is not None and f.claim.unit == "percent"
                         and f.claim.round == lead.claim.round),
                        key=lambda cf: -cf[1].claim.value)
        if len(ranked) < 2 or ranked[0][1].claim.value == ranked[1][1].claim.value:
            return
        subject = index.candidate_of(lead)
        if subject is not None and subject.share_fact(path) is not None and subject is not ranked[0][0]:
            return  # the lead of someone who is not first on the shares the copy gives: not this sum
        (a, fa), (b, fb) = ranked[0], ranked[1]
        notes: tuple[str, ...] = ()
        if len(ranked) > 2:
            rest = 100.0 - sum(f.claim.high for _, f in ranked)
            if rest >= fb.claim.low:
                notes = (f"guessed the runner-up: {b.key}, the second share of those named",)
        elif 100.0 - fa.claim.high - fb.claim.high >= fb.claim.low:
            notes = (f"guessed the runner-up: {b.key}, the only other share named",)
        c = lead.claim
        lo, hi = fa.claim.low - fb.claim.high, fa.claim.high - fb.claim.low
        sum_text = f"{fa.claim.text} − {fb.claim.text} = {fmt(fa.claim.value - fb.claim.value)}"
        if c.low <= hi + 1e-9 and lo <= c.high + 1e-9:
            yield self.verified(lead, f"{contest.key}: {sum_text} points ✓ (lead {c.text})", sum_text)
            return
        yield self.finding(
            lead,
            f"lead of {c.text} points does not match the shares: {_who(a)} {fa.claim.text}% − {_who(b)} "
            f"{fb.claim.text}% = {fmt(fa.claim.value - fb.claim.value)}",
            stated=c.value, expected=fa.claim.value - fb.claim.value,
            arithmetic=f"stated {c.text}; {sum_text}", related=[fa, fb],
            notes={0: f"{_who(a)}'s share", 1: f"{_who(b)}'s share"}, assumptions=notes,
        )
