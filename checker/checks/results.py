"""Check types over a seat's full result: swing, shares recomputed, ranks, majorities in seats.

These read what a results list or table gives — every candidate's votes, shares and
changes — and recompute what the copy states from them, honouring the rounding of
each figure: a stated "29.4%" is anything in [29.35, 29.45).
"""

from __future__ import annotations

import math

import re

from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Iterator

from ..contests import Candidate, Contest, FactList, Index, single
from ..model import REFERENDUM_SIDES, TWO_PARTY, Kind, Modality, Severity
from ..resolve import UNNAMED_RACE, Fact
from ..numbers import COUNT_WRITTEN, parse_number
from .base import Check, Outcome, fmt, overlaps
from .consistency import valid_total

ALL_LISTED = (98.5, 101.5)
"""Listed shares adding up to about 100: every candidate is in the copy."""


def _actual(f: Fact) -> bool:
    return f.claim.value is not None and f.claim.modality == Modality.ACTUAL and f.claim.year is None


OTHERS_LINE = re.compile(r"\W*(?:all\s+)?others?\b(?:\s+parties|\s+candidates)?\W*\d", re.IGNORECASE)
"""A line of a results list for everyone not named: "Others: 2.3%", "- Other parties 4.1%"."""


def _others(contest: Contest, path: str, kind: Kind) -> list[Fact]:
    """A results list's line for everyone not named ("Others: 3,051 votes (2.4%)"): part of the seat's whole."""
    facts = contest.facts.in_path(path) if isinstance(contest.facts, FactList) else \
        [f for f in contest.facts if f.path == path]
    return [f for f in facts if f.kind == kind and f.subject is None and _actual(f) and OTHERS_LINE.match(f.claim.sentence)]


def all_listed(contest: Contest, path: str) -> bool:
    """Whether the copy names every candidate of the seat (or lists the rest as others): their shares add up to
    about 100, or they are the two sides of a referendum ("Yes: 84,311", "No: 80,497"), each with its votes."""
    sides = {c.party for c in contest.candidates.values()}
    if len(sides) == 2 and sides <= REFERENDUM_SIDES and all(
            single(c.votes, path) is not None for c in contest.candidates.values()):
        return True
    shares = [f for c in contest.candidates.values() if (f := single(c.shares, path)) is not None
              and f.claim.unit == "percent"]
    shares += [f for f in _others(contest, path, Kind.SHARE) if f.claim.unit == "percent"][:1]
    total = sum(f.claim.value for f in shares)
    return len(shares) >= 2 and ALL_LISTED[0] <= total <= ALL_LISTED[1]


def votes_cast(contest: Contest, path: str, stated: list[Fact] | None = None) -> tuple[float, float, str, list[Fact]] | None:
    """The votes cast in a seat: stated, or the sum of every candidate's votes when all are listed.
    `stated`: the seat's `stated_votes_cast`, when the caller asks for several articles."""
    if stated is None:
        stated = stated_votes_cast(contest)
    if (t := single(stated, path)) is not None:
        return t.claim.low, t.claim.high, f"the stated {t.claim.text} votes cast", [t]
    if not all_listed(contest, path):
        return None
    votes = [f for c in contest.candidates.values() if (f := single(c.votes, path)) is not None]
    if len(votes) < len([c for c in contest.candidates.values() if c.shares]):
        return None
    named = len(votes)
    votes += _others(contest, path, Kind.VOTES)[:1]  # ("Others: 3,051 votes"): theirs are cast too
    total = sum(f.claim.value for f in votes)
    return total, total, f"the {named} candidates' votes{' and the others' if len(votes) > named else ''}, " \
                         f"{fmt(total)} in all", votes


REJECTED = 0.01
"""The most of a stated total of ballots that may be rejected ones: shares are of the valid votes, so "52,240
ballots cast, including 328 rejected" admits a valid vote down to 1% less. A total said to be valid admits
none."""


def admitted_low(t: Fact) -> float:
    """The fewest valid votes a stated total of votes cast allows (see REJECTED); the total less the rejected ballots
    its sentence counts, where it counts more ("204,766 ballot papers counted, 3,122 of them rejected")."""
    if valid_total(t.claim) == "valid":
        return t.claim.low
    at = t.claim.sentence.find(t.claim.text)
    told = REJECTED_TOLD.match(t.claim.sentence, at + len(t.claim.text)) if at >= 0 else None
    rejected = parse_number(told.group(1)) if told is not None else None
    low = t.claim.low * (1 - REJECTED)
    return min(low, t.claim.low - rejected) if rejected and rejected < t.claim.low else low


REJECTED_TOLD = re.compile(r"[^.;]{0,40}?" + COUNT_WRITTEN + r"(?:\s*\([^)]{0,20}\))?\s+(?:of them\s+|ballot papers\s+|"
                           r"ballots\s+|papers\s+)?(?:(?:that|which)\s+)?(?:were\s+)?(?:rejected|spoilt|spoiled|invalid|informal)\b",
                           re.IGNORECASE)
"""After a total of ballots: how many of them were rejected (", 3,122 of them rejected", "of which 4,210 (4.2
percent) were informal")."""


def stated_votes_cast(contest: Contest) -> FactList:
    """The seat's stated votes cast, indexed by article: found once per seat, not once per article."""
    return FactList(t for t in contest.totals if t.kind == Kind.VOTES_CAST and _actual(t))




@dataclass(frozen=True, slots=True)
class ShareMove:
    """A side's change in share, stated or worked out from the two shares it moved between."""

    value: float
    low: float
    high: float
    text: str
    facts: list[Fact]


def _the_other_mover(pool: list, f: Fact, known) -> str | None:
    """Of exactly two candidates whose changes in share the swing's sentence gives, the one that is not `known`'s."""
    movers = {g.subject for g in pool if g.kind == Kind.SHARE_CHANGE and g.subject_kind == "person" and _actual(g)
              and g.claim.sentence == f.claim.sentence}
    mine = {g.subject for g in known.facts}
    if len(movers) != 2 or len(mine & movers) != 1:
        return None
    return next(iter(movers - mine))


class Swing(Check):
    """Butler swing from A to B = (B's change in share − A's change in share) / 2."""

    name = "swing"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        unplaced: FactList | None = None  # changes in share outside any seat, by article: built if asked for
        by_seat: dict[tuple[str, str], list[Fact]] | None = None
        for f in index.by_kind.get(Kind.SWING, []):
            c = f.claim
            if _actual(f) and not f.subject and not c.counterpart and not TWO_PARTY.search(c.sentence) \
                    and not c.column:
                yield from self._undirected(index, f)
                continue
            if not _actual(f) or not f.subject or not c.counterpart and not TWO_PARTY.search(c.sentence) \
                    and not (c.column and "swing" in c.column and any(
                        g.claim.round == "final" and g.claim.column and g.claim.location.line == c.location.line
                        for g in index.in_path(Kind.SHARE, f.path))):
                continue  # (a table's "| Swing to ALP |" beside its row's two-party-preferred columns: checked from
                # them; not a primary vote's swing column)
            if unplaced is None:
                unplaced = FactList(g for g in index.by_kind.get(Kind.SHARE_CHANGE, []) + index.by_kind.get(
                    Kind.CHANGE, []) if g.contest is None)
            if (contest := index.contest_of(f)) is not None:
                pool = contest.facts.in_path(f.path)
                if f.contest.startswith(UNNAMED_RACE):
                    # the one race of an article that names no seat: its parties' changes, told of no contest
                    # ("Labour's share rose 14.5 points … That is a swing of 15.3 points")
                    pool = list(pool) + [g for g in unplaced.in_path(f.path) if g.subject_kind == "party"]
            else:
                pool = unplaced.in_path(f.path)
            if by_seat is None:  # the shares of every article's seats, once a run: not scanned for each swing
                by_seat = defaultdict(list)
                for g in index.by_kind.get(Kind.SHARE, []):
                    if g.contest is not None:
                        by_seat[(g.path, g.contest)].append(g)
            if not c.counterpart or TWO_PARTY.search(c.sentence):
                # (and "On that two-candidate-preferred count, … a swing of 2.9 per cent to the Greens from Labor's
                # 54.2 per cent in 2022": the final count's, not the primary votes' changes)
                yield from self._two_party(index, pool, f, by_seat)
                continue
            to = self._change(index, pool, f.subject) or self._between_elections(by_seat, f, f.subject)
            frm = self._change(index, pool, c.counterpart) or self._between_elections(by_seat, f, c.counterpart)
            if (to is None) != (frm is None) and (other := _the_other_mover(pool, f, to or frm)) is not None:
                # "Mr Dean's share rose by 2.0 points …, while Mr Colburn's fell by 16.2 points – a Conservative-to-Lib
                # Dem swing of 14.6": two candidates' changes in the swing's sentence, one of them the party's named
                if to is None:
                    to = self._change(index, pool, other)
                else:
                    frm = self._change(index, pool, other)
            if to is None or frm is None:
                continue
            lo = (to.low - frm.high) / 2
            hi = (to.high - frm.low) / 2
            mid = (to.value - frm.value) / 2
            working = f"({to.text} − {frm.text}) / 2 = {fmt(round(mid, 2))}"
            yield self._judged(f, lo, hi, mid, working, f"swing to {f.subject}",
                               f"a swing of {c.text} from {c.counterpart} to {f.subject} does not match the changes in"
                               f" share", to.facts + frm.facts,
                               {0: f"{f.subject}'s change", len(to.facts): f"{c.counterpart}'s change"})

    def _judged(self, f: Fact, lo: float, hi: float, expected: float, working: str, ok: str, wrong: str,
                related: list[Fact], notes: dict[int, str]) -> Outcome:
        """The stated swing against the interval [lo, hi] the changes allow (a hundredth's slack for rounding)."""
        c = f.claim
        if overlaps(c.low, c.high, lo, hi, slack=0.051):
            return self.verified(f, f"{ok}: {working} ✓")
        return self.finding(f, f"{wrong}: {working}", stated=c.value, expected=round(expected, 2),
                            arithmetic=f"stated {c.text}; {working}", related=related, notes=notes)

    def _undirected(self, index: Index, f: Fact) -> Iterator[Outcome]:
        """A swing the copy gives no direction, in a seat where it gives exactly two parties' changes in share
        ("the Tory share dropped from 54.1 per cent to 31.9 per cent and Labour's climbed from 30.3 per cent to 34.5
        per cent. That is a swing of 12.3 points"): half the gap between the two changes, whichever way it went."""
        c = f.claim
        if (contest := index.contest_of(f)) is not None:
            pool = contest.facts.in_path(f.path)
        else:  # no seat named: the changes its own paragraph gives
            pool = [g for kind in (Kind.SHARE_CHANGE, Kind.CHANGE) for g in index.in_path(kind, f.path)
                    if g.contest is None and g.claim.paragraph == c.paragraph]
        sides = sorted({g.subject for g in pool if g.kind in (Kind.CHANGE, Kind.SHARE_CHANGE) and g.subject
                        and g.subject_kind in ("party", "person") and g.claim.modality == Modality.ACTUAL
                        and g.claim.year is None})
        # (or two candidates': "Lillian Jones took 44.9 per cent, up 25.9 points. Alan Brown … fell 18.0 points")
        if len(sides) != 2:
            return
        a, b = (self._change(index, pool, s) for s in sides)
        if a is None or b is None:
            return
        d_lo, d_hi, mid = (a.low - b.high) / 2, (a.high - b.low) / 2, abs(a.value - b.value) / 2
        lo, hi = (d_lo, d_hi) if d_lo >= 0 else (-d_hi, -d_lo) if d_hi <= 0 else (0.0, max(-d_lo, d_hi))
        working = f"|{a.text} − {b.text}| / 2 = {fmt(round(mid, 2))}"
        yield self._judged(f, lo, hi, mid, working, f"swing between {sides[0]} and {sides[1]}",
                           f"a swing of {c.text} does not match the changes in share of {sides[0]} and {sides[1]}",
                           a.facts + b.facts, {0: f"{sides[0]}'s change", len(a.facts): f"{sides[1]}'s change"})

    @staticmethod
    def _between_elections(shares: dict[tuple[str, str], list[Fact]], swing: Fact, side: str,
                           final: bool = False) -> ShareMove | None:
        """`side`'s change from its share at an earlier election to its share now, in the swing's seat and article
        ("Tottington polled 20,410 votes (44.1%) … In 2019 the Conservatives won the seat with 46.2% to Labour's
        44.4%"): each given once. `shares`: the run's shares by article and seat, built once."""
        if swing.contest is None:
            return None
        now, then = [], []
        for g in shares.get((swing.path, swing.contest), []):
            if side not in (g.subject, g.party) or g.claim.unit != "percent" or g.claim.low is None \
                    or g.claim.round != ("final" if final else None):
                continue
            if g.claim.modality == Modality.ACTUAL and (g.claim.year is None or g.year == swing.year):
                now.append(g)  # (a table's "Lab 2024 %" column in copy of 2024 is now)
            elif g.claim.modality == Modality.HISTORICAL or g.claim.year is not None and g.year != swing.year:
                then.append(g)
        if len({g.claim.value for g in now}) != 1 or len({g.claim.value for g in then}) != 1:
            return None
        a, b = then[0].claim, now[0].claim
        return ShareMove(b.value - a.value, b.low - a.high, b.high - a.low, f"({b.text} − {a.text})", [now[0], then[0]])

    def _two_party(self, index: Index, pool: list[Fact], f: Fact,
                   by_seat: dict[tuple[str, str], list[Fact]]) -> Iterator[Outcome]:
        """A two-party swing to a side is its change in the two-party-preferred vote, or the other side's
        fall: "Labor's two-party-preferred vote falling from 50.9 per cent to 45.3 … a swing of 4.6 to the
        Liberals" (5.6); or from its two-party-preferred shares now and last time, each told once ("… 47.6 per
        cent. The Liberals won 53.9 per cent of the two-party-preferred vote here last time")."""
        c = f.claim
        sides = {g.subject for g in pool if g.kind in (Kind.CHANGE, Kind.SHARE_CHANGE) and g.subject}
        moves = {s: m for s in sorted(sides) if (m := self._change(index, pool, s, final=True)) is not None}
        if not moves and f.contest is not None:
            sides = {x for g in by_seat.get((f.path, f.contest), []) if g.claim.round == "final"
                     for x in (g.party or g.subject,) if x}
            moves = {s: m for s in sorted(sides) if (m := self._between_elections(by_seat, f, s, final=True))}
        own = [m for s, m in moves.items() if f.subject == s or f.party and f.party == s
               or any(g.party == f.subject for g in m.facts)]  # (or its candidate's: "Labor's Priya Raman …")
        if own:  # the side's own candidate's change ("Ms Cho won 52.0% … up from 48.9%, a swing … to Labor")
            move, sign, whose = own[0], 1, f"{f.subject}'s change"
        elif len(moves) == 1:
            (other, move), = moves.items()
            sign, whose = -1, f"{other}'s change, the other side of two"
        else:
            return
        lo, hi = (move.low, move.high) if sign > 0 else (-move.high, -move.low)
        working = f"{'' if sign > 0 else '−'}{move.text} = {fmt(round(sign * move.value, 2))}"
        yield self._judged(f, lo, hi, sign * move.value, working, f"two-party swing to {f.subject}",
                           f"a two-party swing of {c.text} to {f.subject} does not match the two-party-preferred shares",
                           move.facts, {0: whose})

    @staticmethod
    def _change(index: Index, pool: list[Fact], side: str, final: bool = False) -> ShareMove | None:
        """`side`'s change in share among `pool`, the swing's seat's (or unplaced) facts in its article: as
        stated ("up 6.2 points"), else from the shares it moved between ("fell from 52.1 per cent to 35.2"). Told
        twice, the most precise, where the other allows it."""
        found = [g for g in pool if g.kind == Kind.SHARE_CHANGE and _actual(g) and side in (g.subject, g.party)
                 and (not final or g.claim.round == "final")]
        if found:
            # the most precise of them, where the others allow it ("+24.4" in the table, "more than 24 points" after)
            best = min(found, key=lambda g: (g.claim.high - g.claim.low) if g.claim.low is not None
                       and g.claim.high is not None else float("inf"))
            if len({g.claim.value for g in found}) != 1 and not all(
                    g.claim.low is not None and g.claim.high is not None and best.claim.low is not None
                    and overlaps(g.claim.low, g.claim.high, best.claim.low, best.claim.high) for g in found):
                return None  # (told twice alike, the most precise: a headline's "falls by 31 points" and the
                # table's -31.2)
            g = best.claim
            shown = fmt(g.value) if g.value >= 0 else f"({fmt(g.value)})"  # "down 4.8" is −4.8
            return ShareMove(g.value, g.low, g.high, shown, [best])
        moves = []
        for g in pool:
            ch = g.claim.change
            if g.kind == Kind.CHANGE and ch is not None and ch.attribute == Kind.SHARE and side in (g.subject, g.party) \
                    and ch.from_claim is None and ch.to_claim is None and ch.amount is not None and ch.amount_text \
                    and ch.direction in ("up", "down") and g.claim.modality == Modality.ACTUAL and not final:
                # "the Conservative share fell by 31.2": a change in points its words give, no unit said
                sign = 1 if ch.direction == "up" else -1
                half = 0.5 * 10 ** -len(ch.amount_text.partition(".")[2])
                value = sign * ch.amount
                moves.append(ShareMove(value, value - half, value + half, fmt(value) if value >= 0 else f"({fmt(value)})",
                                       [g]))
                continue
            if g.kind != Kind.CHANGE or ch is None or ch.attribute != Kind.SHARE or side not in (g.subject, g.party) \
                    or ch.from_claim is None or ch.to_claim is None or g.claim.modality != Modality.ACTUAL:
                continue
            a, b = index.by_claim.get((g.path, ch.from_claim)), index.by_claim.get((g.path, ch.to_claim))
            if a is None or b is None or a.claim.unit != "percent" or b.claim.unit != "percent" \
                    or a.claim.low is None or b.claim.low is None or final and b.claim.round != "final":
                continue
            moves.append(ShareMove(b.claim.value - a.claim.value, b.claim.low - a.claim.high,
                                   b.claim.high - a.claim.low, f"({b.claim.text} − {a.claim.text})", [a, b]))
        return moves[0] if len({round(m.value, 6) for m in moves}) == 1 else None


class Ratio(Check):
    """A stated percentage = 100 × part / votes cast: a candidate's share, or the majority's."""

    name = "ratio"
    params = {"part": (str, "votes")}
    choices = {"part": ("votes", "majority")}

    def run(self, index: Index) -> Iterator[Outcome]:
        for contest in index.contests.values():
            paths = sorted({f.path for f in contest.facts})
            stated = stated_votes_cast(contest)
            for path in paths:
                yield from self._contest(contest, path, stated)

    def _contest(self, contest: Contest, path: str, stated_total: FactList) -> Iterator[Outcome]:
        total = votes_cast(contest, path, stated_total)
        if total is None:
            return
        t_lo, t_hi, t_what, t_facts = total
        if not (math.isfinite(t_lo) and math.isfinite(t_hi)) or t_hi <= 0:
            return  # an open-ended total ("more than 2.4 million cast") sets no share exactly
        pairs = list(self._pairs(contest, path))
        if not (len(t_facts) == 1 and t_facts[0].kind == Kind.VOTES_CAST) and _missing_someone(pairs, t_lo, t_hi):
            return
        # A stated total of ballots may hold rejected ones: a share of the valid vote may be a little higher.
        fewest = admitted_low(t_facts[0]) if len(t_facts) == 1 and t_facts[0].kind == Kind.VOTES_CAST else t_lo
        # With every candidate listed, their votes are the valid vote whatever the ballots held ("5,213 informal
        # votes … of the 99,983 votes cast" beside shares of the 94,770 formal ones)
        listed = votes_cast(contest, path, FactList()) if t_facts and t_facts[0].kind == Kind.VOTES_CAST else None
        for stated, part in pairs:
            s = stated.claim
            lo, hi = 100 * part.claim.low / t_hi, 100 * part.claim.high / fewest
            mid = 100 * part.claim.value / ((t_lo + t_hi) / 2)
            working = f"{part.claim.text} / {fmt(round((t_lo + t_hi) / 2))} = {mid:.2f}%"
            if overlaps(s.low, s.high, lo, hi, slack=1e-6):
                yield self.verified(stated, f"{contest.key}: {working} ✓ (stated {s.text}%)")
                continue
            if listed is not None and listed[1] < t_lo and overlaps(
                    s.low, s.high, 100 * part.claim.low / listed[1], 100 * part.claim.high / listed[0], slack=1e-6):
                yield self.verified(stated, f"{contest.key}: {part.claim.text} / {fmt(listed[1])} (the valid vote: "
                                            f"{listed[2]}) ✓ (stated {s.text}%)")
                continue
            related = [part] + [f for f in t_facts if f is not part][:3]
            yield self.finding(
                stated, f"{s.text}% is not {part.claim.text} of the votes cast: {working}",
                stated=s.value, expected=round(mid, 1), arithmetic=f"stated {s.text}%; {working} ({t_what})",
                related=related)

    def _pairs(self, contest: Contest, path: str) -> Iterator[tuple[Fact, Fact]]:
        if self.p["part"] == "majority":
            leads = [f for f in contest.leads.in_path(path) if f.kind == Kind.MAJORITY and _actual(f)]
            shares = [f for f in contest.facts.in_path(path) if f.kind == Kind.MAJORITY_SHARE and _actual(f)]
            lead, share = single(leads, path), single(shares, path)
            if lead is not None and share is not None and share.claim.unit == "percent":
                yield share, lead
            return
        for cand in contest.candidates.values():
            v, s = single(cand.votes, path), single(cand.shares, path)
            if v is not None and s is not None and s.claim.unit == "percent" and v.path == s.path == path:
                yield s, v


def _missing_someone(pairs: list[tuple[Fact, Fact]], t_lo: float, t_hi: float) -> bool:
    """Every listed share agrees on one total, and the candidates' summed votes fall outside it: the sum
    misses a candidate the reader did not take in ("TUSC: 103 (0.2%)"), rather than every share being
    wrong. Then no share is judged against the sum."""
    if len(pairs) < 2:
        return False
    lo, hi = 0.0, float("inf")
    for share, votes in pairs:
        s_lo, s_hi = share.claim.low, share.claim.high
        if s_lo <= 0:
            continue
        lo = max(lo, votes.claim.low * 100 / s_hi)
        hi = min(hi, votes.claim.high * 100 / s_lo)
    return lo <= hi and not (lo <= t_hi and t_lo <= hi)


WHOLE_FIELD = 5
"""Candidates with votes, some of them below the one placed, that make a field the copy gives in full: a
story that goes down to the fifth name has not left out someone who came third."""


POLLED = re.compile(r"\b(?:polled|received|won|took|got|secured|had)\b", re.IGNORECASE)
TOTAL_WORDS = re.compile(r"\b(?:cast|total|turnout|in all|altogether|electorate|counted)\b", re.IGNORECASE)
"""A sentence that gives someone a count, and not the votes of everyone."""


class Rank(Check):
    """ "came third": the candidate has exactly two rivals with more votes in that seat."""

    name = "rank"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for f in index.by_kind.get(Kind.RANK, []):
            if not _actual(f) or (contest := index.contest_of(f)) is None:
                continue
            me = index.candidate_of(f)
            mine = single(me.votes, f.path) if me is not None else None
            if mine is None:
                continue
            rivals = [(c, v) for c in contest.candidates.values() if c is not me
                      and (v := single(c.votes, f.path)) is not None]
            above = [(c, v) for c, v in rivals if v.claim.low > mine.claim.high]
            # a rival the copy gives two counts in other stories (one of them a slip) is ahead if both are
            above += [(c, c.votes[0]) for c in contest.candidates.values() if c is not me and c.votes
                      and not c.votes.in_path(f.path) and single(c.votes, f.path) is None
                      and all(g.claim.low > mine.claim.high for g in c.votes)]
            # a count the copy leaves unnamed ("The former party leader … polled 17,281 votes") is someone's, ahead
            top = max((v.claim.high for _, v in rivals), default=mine.claim.high)
            unnamed = [g for g in contest.facts.in_path(f.path) if g.kind == Kind.VOTES and g.subject is None
                       and g.claim.round == mine.claim.round and g.claim.low > max(top, mine.claim.high)
                       and POLLED.search(g.claim.sentence) and not TOTAL_WORDS.search(g.claim.sentence)]
            # (only one above every named count: the winner's; "the 2,614 votes that changed …" is no count)
            above += [(None, g) for g in unnamed[:1]]
            stated = int(f.claim.value)
            position = len(above) + 1
            if position < stated and not any(v.claim.round is None and v.claim.role == "winner" for _, v in above) \
                    and any(c is not me and single(c.votes, f.path) is None and any(
                        g.path == f.path for g in c.roles.get("winner", ())) for c in contest.candidates.values()):
                position += 1  # the winner the copy names by a majority, their count not read: ahead of everyone
            if position == stated:
                yield self.verified(f, f"{f.subject} {self._ordinal(stated)} on {mine.claim.text} ✓")
                continue
            below = [v for _, v in rivals if v.claim.high < mine.claim.low]
            if position < stated and any(c is not me and c.votes.in_path(f.path) and single(c.votes, f.path) is None
                                         for c in contest.candidates.values()):
                continue  # a rival the copy gives two counts ("polled 11,129" above a table's 11,192) may be ahead
            unsure = ()
            if position < stated and not all_listed(contest, f.path) and not _placed_below(index, contest, f.path, mine) \
                    and not (len(rivals) + 1 >= WHOLE_FIELD and below):
                if len(rivals) + 1 < stated or not below or not above:  # (first: runner-up-exceeds-winner's)
                    continue  # candidates not in the copy may have finished in between
                # the copy lists as many as the place it gives, some below: a warning that says what it assumed
                unsure = ("assumed the copy names every candidate: one it leaves out could have finished in between",)
            ahead = ", ".join(f"{_name(c)} {v.claim.text}" for c, v in sorted(above, key=lambda cv: -cv[1].claim.value))
            if position < stated and _placed_ahead(index, contest, f, mine):
                continue  # "Lund … finished second" on fewer votes than her: one contradiction, reported at his place
            yield self.finding(
                f, f"{f.subject} is said to have come {self._ordinal(stated)}, but {mine.claim.text} votes puts "
                   f"them {self._ordinal(position)}" + (f" behind {ahead}" if ahead else ""),
                stated=stated, expected=position,
                arithmetic=f"{len(above)} candidate{'s' if len(above) != 1 else ''} with more than {mine.claim.text}",
                related=[mine] + [v for _, v in above][:3], assumptions=unsure,
                severity=Severity.WARNING if unsure else None)

    @staticmethod
    def _ordinal(n: int) -> str:
        return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}.get(n, f"{n}th")


def _placed_ahead(index: Index, contest: Contest, f: Fact, mine: Fact) -> list[Fact]:
    """The counts of rivals with fewer votes than `mine` whom the copy places above the place `f` states: their own
    places are then wrong too, and reported."""
    out = []
    for g in index.by_kind.get(Kind.RANK, []):
        if g is f or g.path != f.path or not _actual(g) or index.contest_of(g) is not contest \
                or g.claim.value >= f.claim.value:
            continue
        them = index.candidate_of(g)
        theirs = single(them.votes, f.path) if them is not None else None
        if theirs is not None and theirs.claim.high < mine.claim.low and 1 + sum(
                1 for c in contest.candidates.values()
                if (v := single(c.votes, f.path)) is not None and v.claim.low > theirs.claim.high) > g.claim.value:
            out.append(theirs)  # (their own place is reported as wrong: "said second, but third")
    return out


def _placed_below(index: Index, contest: Contest, path: str, mine: Fact) -> bool:
    """Whether the copy places someone with fewer votes than `mine` so that everyone above them is named: "The
    Conservatives were fourth with 5,540" under three named counts leaves no one unnamed in between."""
    counts = [v for c in contest.candidates.values() if (v := single(c.votes, path)) is not None]
    for g in index.by_kind.get(Kind.RANK, []):
        if g.path != path or not _actual(g) or index.contest_of(g) is not contest:
            continue
        them = index.candidate_of(g)
        theirs = single(them.votes, path) if them is not None else None
        if theirs is None or theirs.claim.high >= mine.claim.low:
            continue
        if sum(1 for v in counts if v.claim.low > theirs.claim.high) == int(g.claim.value) - 1:
            return True
    return False


def _name(c: Candidate | None) -> str:
    return "an unnamed candidate" if c is None else c.key.removeprefix("party:")


class ElectedOrder(Check):
    """In a seat of several members, every candidate a results list marks elected polled more than every one it
    does not. Copy that tells of an STV count marks no one (extract/claims.py): its transfers may elect a candidate
    with fewer first preferences."""

    name = "elected-order"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for contest in index.contests.values():
            for path in sorted({f.path for f in contest.facts}):
                yield from self._contest(contest, path)

    def _contest(self, contest: Contest, path: str) -> Iterator[Outcome]:
        counts = [(c, v) for c in contest.candidates.values() if (v := single(c.votes, path)) is not None]
        marked = [(c, v) for c, v in counts if any(f.path == path for f in c.roles.get("elected", []))]
        rest = [(c, v) for c, v in counts if all(f.path != path for f in c.roles.get("elected", []))]
        if not marked or not rest or any(v.claim.round is not None for _, v in counts):
            return
        top_rest = max(rest, key=lambda cv: cv[1].claim.value)
        for c, v in sorted(marked, key=lambda cv: cv[1].claim.location.start):
            if v.claim.high < top_rest[1].claim.low:
                yield self.finding(
                    v, f"{_name(c)} is marked elected on {v.claim.text} votes, fewer than {_name(top_rest[0])}'s "
                       f"{top_rest[1].claim.text}, who is not",
                    stated=v.claim.value, expected=top_rest[1].claim.value,
                    arithmetic=f"{v.claim.text} < {top_rest[1].claim.text}", related=[top_rest[1]],
                    notes={0: f"{_name(top_rest[0])}, not marked elected"})
            else:
                yield self.verified(v, f"{_name(c)} elected on {v.claim.text} > {top_rest[1].claim.text} ✓")


class SeatMajority(Check):
    """An overall majority in seats = seats − (chamber size − seats)."""

    name = "seat-majority"
    params = {"skip_words": (list, ["working majority"]), "without_speaker_words": (list, []),
              "speaker_slack": (int, 0)}

    def run(self, index: Index) -> Iterator[Outcome]:
        without_speaker = [w.lower() for w in self.p["without_speaker_words"]]
        # A party's seats in a scope, indexed by article: looked up once per majority, not scanned.
        seats: dict[tuple[str | None, str | None, str | None], FactList] = defaultdict(FactList)
        in_sentence: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in index.by_kind.get(Kind.SEATS, []):
            if _actual(f) and f.subject_kind == "party":
                seats[(f.subject, f.claim.scope, f.claim.body)].append(f)  # a round-up's councils apart
                in_sentence[(f.path, f.claim.sentence)].append(f)
        sizes: dict[tuple[str, str | None, str | None], list[Fact]] = defaultdict(list)
        for t in index.by_kind.get(Kind.TOTAL_SEATS, []):
            if t.claim.body is not None and _actual(t):
                sizes[(t.path, t.claim.scope, t.claim.body)].append(t)  # a named council's size, as its line gives it
        for f in index.by_kind.get(Kind.MAJORITY, []):
            c = f.claim
            if c.unit != "seats" or not _actual(f) or f.subject is None:
                continue
            if any(w in c.sentence.lower() for w in self.p["skip_words"]):
                continue  # defined by the copy, not by arithmetic
            held = single(seats.get((f.subject, c.scope, c.body), FactList()), f.path)
            if held is None or held.path != f.path:
                continue
            size = held.claim.whole
            if size is None and c.body is not None:  # "BRENFORD: … 31 seats on the 60-member council"
                stated = {t.claim.value for t in sizes.get((f.path, c.scope, c.body), [])}
                size = stated.pop() if len(stated) == 1 else None
            if size is not None and held.claim.value <= size / 2:
                # "taking 27 of the 48 seats to Labour's 15 and the Conservatives' 6, an overall majority of six":
                # no party of half the seats or fewer has one; it is the one party of the sentence that can
                able = [g for g in in_sentence[(f.path, c.sentence)] if g.claim.value > size / 2
                        and g.claim.scope == c.scope and g.claim.body == c.body]
                if len({g.subject for g in able}) != 1:
                    continue
                held = able[0]
            owner = held.subject
            what = f"the {fmt(size)} seats" if size else ""
            from_rules = size is None
            if size is None:
                size, what = index.chamber_size(c.scope, f.year)  # the election the fact is of, as resolved
                if not size or held.claim.value <= size / 2:
                    continue  # no majority is possible there: the copy is about another body (a council)
            if any(w in c.sentence.lower() for w in without_speaker):
                size -= 1  # "a majority of 11, not including the Speaker": the House less the chair's seat
                what = f"the {fmt(size)} seats besides the Speaker's"
            expected = 2 * held.claim.value - size
            working = f"{held.claim.text} − ({fmt(size)} − {held.claim.text}) = {fmt(expected)}"
            if abs(expected - c.value) < 1e-9:
                yield self.verified(f, f"{owner}'s majority: {working} ✓")
                continue
            # The chair's seat, counted with the party or not, moves a majority over a chamber of known size by up to
            # two ("355 seats and a Commons majority of 66" in 2005, whose House had 646): unsure, not wrong
            slack = from_rules and abs(expected - c.value) <= self.p["speaker_slack"]
            yield self.finding(
                f, f"a majority of {c.text} does not follow from {owner}'s {held.claim.text} of {what}: {working}",
                stated=c.value, expected=expected, arithmetic=f"stated {c.text}; {working}", related=[held],
                assumptions=(f"the Speaker's seat, counted with {owner} or left out, can move the majority by up to "
                             f"{self.p['speaker_slack']}: a warning",) if slack else (),
                severity=Severity.WARNING if slack else None)
