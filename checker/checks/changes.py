"""`direction` and `threshold`: words that say which way a figure moved, or where it stands.

direction: "fell from 4,102 to 6,350" is wrong; "more than doubled" from 7,480 to 11,902
is wrong; "an increase of 3.1 points" from 41.2 to 43.3 is wrong. Where the copy states
only the words ("a reduced majority"), the figures are found among the same person's or
party's claims: this election's and the previous one's.

threshold: "surpassed the 326 seats needed" needs 326 or more; "fell short of" needs
fewer. Forecasts are never held to thresholds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from collections.abc import Iterator

from ..numbers import find_numbers
from ..contests import Index
from ..model import COUNCIL_SCOPE, Kind, Modality
from ..resolve import Fact
from .base import Check, Outcome, figure_at, fmt, fmt_range, overlaps

MOVED = {"up": "rose", "down": "fell", "same": "stayed the same"}


BETWEEN_ROUNDS = re.compile(r"\b(?:second|final|later|last|next)\s+(?:round|count)\b|\bround\s+of\s+counting\b|"
                            r"\bsecond\s+preferences\b|\bafter\s+(?:transfers|preferences)\b", re.I)
"""A change told between the rounds of one count: its figures are those rounds', not another election's."""


ANOTHER_TALLY = re.compile(r"\b(?:the|a|an)\s+(?!number\b)[\w'’-]+\s+from\s+\S*$", re.IGNORECASE)
"""Between a gain and the seats before it: another tally it moved ("taking the overhang from one seat to two"), not
the party's own ("taking its group from 11 councillors", "going from one councillor to four")."""
FROM_SIDE = "the 'from' side of a change"
"""Evidence of a figure before a change ("from 11 councillors to 14")."""
PREVIOUS = "'previous'/'last time'"
"""Evidence of a figure of the time before ("who held 72 seats before the election")."""
FINISHED_ON = re.compile(r"^\s*(?:seats?\s+)?(?:to|and)\s+(?:finish|end|end up|close)\s+(?:on|with)\s+$", re.I)
"""Between a change and the seats after it: "lost two to finish on 71"."""


UP_ON = re.compile(r"\s*(?:seats?\s+)?(?:on|compared\s+with|from)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:'s|’s)\s+)?$", re.I)
"""Between a change and the earlier tally it is measured on: "up three on 2017's 17", "down five on the 49"."""
SEATS_UNIT = re.compile(r"\bseats?\b", re.I)


class Direction(Check):
    name = "direction"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        changes = index.by_kind.get(Kind.CHANGE, [])
        # The figures a change may name, by subject, built once: looking through every fact for each change
        # statement made a shard of a party's national figures quadratic (issue 15).
        # By subject and article too: a party's figures run through every article, and a change statement
        # is nearly always about figures in its own article, found there without scanning the rest.
        by_subject: dict[str, list[Fact]] = defaultdict(list)
        by_subject_path: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        candidates_of: dict[tuple[str, str], list[Fact]] = defaultdict(list)  # a party's candidates' counts, by article
        if changes:
            for g in index.facts:
                if g.subject is not None:
                    by_subject[g.subject].append(g)
                    by_subject_path[(g.subject, g.path)].append(g)
                if g.subject_kind == "person" and g.party and g.kind == Kind.VOTES:
                    candidates_of[(g.party, g.path)].append(g)
        # a change's size told in its own figure beside the words ("lost five seats …, falling from 37 councillors to
        # 34"): by article, sentence and subject, built once
        sizes: dict[tuple[str, str, str | None, Kind], list[Fact]] = defaultdict(list)
        yield from self._gains_from_to(index, {(f.path, f.claim.sentence, f.subject) for f in changes})
        if changes:
            for kind, level in ((Kind.SEAT_CHANGE, Kind.SEATS), (Kind.SHARE_CHANGE, Kind.SHARE)):
                for g in index.by_kind.get(kind, []):
                    if g.claim.value is not None and g.claim.modality == Modality.ACTUAL:
                        sizes[(g.path, g.claim.sentence, g.subject, level)].append(g)
        for f in changes:
            ch = f.claim.change
            if ch is None:
                continue
            if ch.amount is None and ch.from_claim is not None and ch.to_claim is not None \
                    and len(told := sizes.get((f.path, f.claim.sentence, f.subject, ch.attribute), [])) == 1 \
                    and (told[0].claim.value < 0) == (ch.direction == "down") and ch.direction in ("up", "down"):
                ch = replace(ch, amount=abs(told[0].claim.value), amount_text=told[0].claim.text)
                f = replace(f, claim=replace(f.claim, change=ch))  # "lost five seats …, falling from 37 to 34"
            old = index.by_claim.get((f.path, ch.from_claim)) if ch.from_claim is not None else None
            new = index.by_claim.get((f.path, ch.to_claim)) if ch.to_claim is not None else None
            notes: list[str] = []
            if old is None or new is None:
                in_article = by_subject_path.get((f.subject, f.path), []) if f.subject else []
                if f.subject_kind == "party" and ch.attribute == Kind.VOTES and old is not None and new is None:
                    # "Labour's vote rose by 4,118, from 12,406": the party's count now is its candidate's
                    in_article = in_article + candidates_of.get((f.subject, f.path), [])
                found_old, found_new = self._find(by_subject.get(f.subject, []) if f.subject else [],
                                                  in_article, f, ch.attribute, new, old)
                if old is None and found_old is not None:
                    old = found_old
                    notes.append(f"the earlier figure is {old.claim.text}" + (f" ({old.claim.year})" if old.claim.year else ""))
                if new is None and found_new is not None:
                    new = found_new
                    notes.append(f"the new figure is {new.claim.text}")
            if old is None or new is None or old.claim.value is None or new.claim.value is None \
                    or (old.path, old.claim.index) == (new.path, new.claim.index):
                continue  # (one figure taken for both sides, "voters had up to three crosses each", is no change)
            if f.claim.modality == Modality.FORECAST and f.subject is None and old.subject is None:
                continue  # a worked example's "party A falls from 40 to 36 and party B rises from 30 to 35: A is down
                # four points": whose figures a word of no one's is about is a guess, in copy that reports nothing
            yield from self._judge(f, old, new, notes)

    def _gains_from_to(self, index: Index, worded: set[tuple]) -> Iterator[Outcome]:
        """A gain or loss of seats told beside the party's seats before and after, with no word of change between
        ("Labour gained four seats …, taking its group from 11 councillors to 14"): the after less the before."""
        gains = index.by_kind.get(Kind.SEAT_CHANGE, [])
        seats: dict[tuple[str, str, str | None], list[Fact]] = defaultdict(list)  # by article, sentence and party
        if gains:
            for h in index.by_kind.get(Kind.SEATS, []):
                if h.claim.value is not None:
                    seats[(h.path, h.claim.sentence, h.subject)].append(h)
        for g in gains:
            c = g.claim
            if c.value is None or g.subject is None or c.modality != Modality.ACTUAL \
                    or (g.path, c.sentence, g.subject) in worded:
                continue  # (a change word there is judged with its figures below)
            pair = seats.get((g.path, c.sentence, g.subject), [])
            before = [h for h in pair if h.claim.modality == Modality.HISTORICAL and FROM_SIDE in h.claim.evidence]
            after = [h for h in pair if h.claim.modality == Modality.ACTUAL and h.claim.location.start
                     > (before[0].claim.location.start if before else 0)]
            held = [h for h in pair if h.claim.modality == Modality.HISTORICAL and PREVIOUS in h.claim.evidence
                    and h.claim.location.start < c.location.start]
            if not before and (told := self._up_on(c, pair)) is not None:
                before, after = [told[0]], [told[1]]  # "winning 19 seats, up three on 2017's 17"
            elif not before and len(held) == 1 and len(after) == 1 and FINISHED_ON.match(
                    c.sentence[(at := figure_at(c.sentence, c.text)) + len(c.text):
                               figure_at(c.sentence, after[0].claim.text, at + len(c.text))]):
                before = held  # "Republicans, who held 72 seats before the election, lost two to finish on 71"
            elif not before and (told := self._then_now(c, pair)) is not None:
                before, after = [told[0]], [told[1]]  # "the Tories notionally held 31 …; they now have three – … – a
                # loss of 29"
            elif len(before) != 1 or len(after) != 1:
                continue
            else:
                o = before[0]
                gap = o.claim.location.start - c.location.start  # where the seats before stand, from the gain
                at = next((k for k in range(len(c.sentence)) if c.sentence.startswith(c.text, k)
                           and c.sentence.startswith(o.claim.text, k + gap)), None) if gap > 0 else None
                if at is None or ANOTHER_TALLY.search(c.sentence[at:at + gap + 1]):
                    continue  # (not "Te Pāti Māori picked up two electorates, taking the overhang from one seat to two")
            o, n = before[0], after[0]
            moved = n.claim.value - o.claim.value
            arithmetic = f"{n.claim.text} − {o.claim.text} = {fmt(moved)}"
            if moved == c.value:
                yield self.verified(g, f"{c.text} seats: {arithmetic} ✓", arithmetic)
                continue
            yield self.finding(g, f"a {'gain' if c.value > 0 else 'loss'} of {c.text} seats does not match the "
                                  f"figures: {arithmetic}", stated=c.value, expected=moved, arithmetic=arithmetic,
                               related=[o, n], notes={0: "before", 1: "after"}, self_contained=True)

    @staticmethod
    def _then_now(c, pair: list[Fact]) -> tuple[Fact, Fact] | None:
        """The seats before and after a change told last, each once: the party's one earlier tally of the sentence,
        then its one tally now, then the gain or loss ("On the new boundaries the Tories notionally held 31 of the
        region's 73 seats; they now have three – Fylde, Tatton and … – a loss of 29"). Of one body only."""
        then = [h for h in pair if h.claim.modality == Modality.HISTORICAL and h.claim.location.start < c.location.start]
        if len(then) != 1:
            return None
        now = [h for h in pair if h.claim.modality == Modality.ACTUAL
               and then[0].claim.location.start < h.claim.location.start < c.location.start]
        if len(now) != 1 or now[0].claim.scope != then[0].claim.scope or now[0].claim.column != then[0].claim.column:
            return None
        return then[0], now[0]

    @staticmethod
    def _up_on(c, pair: list[Fact]) -> tuple[Fact, Fact] | None:
        """The seats before and after a change told as "N seats, up K on M" ("winning 19 seats, up three on 2017's
        17", "44 seats, down five on the 49 it won in 2019"): the party's seats just before the change, and an
        earlier election's just after "on"."""
        at = figure_at(c.sentence, c.text)
        now = [h for h in pair if h.claim.modality == Modality.ACTUAL and h.claim.location.start < c.location.start]
        then = [h for h in pair if h.claim.modality == Modality.HISTORICAL and h.claim.location.start > c.location.start]
        if len(now) != 1 or len(then) != 1:
            return None
        between = c.sentence[at + len(c.text):figure_at(c.sentence, then[0].claim.text, at + len(c.text))]
        if not UP_ON.match(between) or not (SEATS_UNIT.search(c.sentence[figure_at(c.sentence, now[0].claim.text):at])):
            return None
        return then[0], now[0]

    def _judge(self, f: Fact, old: Fact, new: Fact, notes: list[str]) -> Iterator[Outcome]:
        ch = f.claim.change
        o, n = old.claim, new.claim
        attr = ch.attribute.value.replace("_", " ")
        path_text = f"{o.text} → {n.text}"
        problems = []
        if ch.direction == "up" and not n.high > o.low:
            problems.append(f"'{ch.words}' says the {attr} rose, but it went from {o.text} to {n.text}")
        elif ch.direction == "down" and not n.low < o.high:
            problems.append(f"'{ch.words}' says the {attr} fell, but it went from {o.text} to {n.text}")
        elif ch.direction == "same" and not (n.low <= o.high and o.low <= n.high):
            problems.append(f"'{ch.words}' says the {attr} did not change, but it went from {o.text} to {n.text}")
        ratio_text = ""
        if ch.factor_low is not None and o.low and o.low > 0 and not problems:
            r_lo, r_hi = n.low / o.high, n.high / o.low
            ratio_text = f"{n.text} / {o.text} = {r_lo:.2f}" if abs(r_hi - r_lo) < 0.005 else f"{n.text} / {o.text} = {r_lo:.2f}–{r_hi:.2f}"
            hi = ch.factor_high
            if r_hi < ch.factor_low or r_lo > hi or (hi == float("inf") and r_hi <= ch.factor_low):
                want = f"more than {ch.factor_low:g}" if hi == float("inf") else f"{ch.factor_low:g}–{hi:g}"
                problems.append(f"'{ch.words}' needs a ratio of {want}, but {ratio_text}")
        diff_text = ""
        if ch.amount is not None and not problems and ch.attribute == Kind.SHARE and o.low and o.low > 0 \
                and ch.amount > (n.high if ch.direction != "down" else o.high):
            # "the Greens' share has risen by 50 per cent" (6.4% to 9.6%): more points than the share holds, so a
            # ratio of the two shares, not their difference
            sign = 1 if ch.direction != "down" else -1
            half = _half_step(ch.amount_text)
            r_lo, r_hi = 100 * (n.low / o.high - 1), 100 * (n.high / o.low - 1)
            ratio_text = f"{n.text} / {o.text} − 1 = {fmt(round(100 * (n.value / o.value - 1), 1))}%"
            a_lo, a_hi = sorted((sign * (ch.amount - half), sign * (ch.amount + half)))
            if r_hi < a_lo - 1e-9 or r_lo > a_hi + 1e-9:
                problems.append(f"'{ch.words} {ch.amount_text} per cent' does not match the figures: {ratio_text}")
            if not problems:
                yield self.verified(f, f"'{ch.words}': {path_text} ✓", ratio_text)
                return
        if ch.amount is not None and not problems:
            d_lo, d_hi = n.low - o.high, n.high - o.low
            sign = 1 if ch.direction != "down" else -1
            half = _half_step(ch.amount_text)
            a_lo, a_hi = sign * ch.amount - half, sign * ch.amount + half
            if sign < 0:
                a_lo, a_hi = -ch.amount - half, -ch.amount + half
            if sign < 0:  # a fall told as its size: "61.4 − 54.9 = 6.4–6.6", not a negative range
                diff_text = f"{o.text} − {n.text} = {fmt_range(-d_hi, -d_lo) if d_hi - d_lo > 1e-9 else fmt(-d_lo)}"
            else:
                diff_text = f"{n.text} − {o.text} = {fmt_range(d_lo, d_hi) if d_hi - d_lo > 1e-9 else fmt(d_lo)}"
            if d_hi < a_lo - 1e-9 or d_lo > a_hi + 1e-9:
                problems.append(f"'{ch.words} {ch.amount_text}' does not match the figures: {diff_text}")
        if problems:
            yield self.finding(f, problems[0], stated=ch.amount if ch.amount is not None else n.value,
                               expected=(n.value - o.value) if ch.amount is not None else None,
                               arithmetic=diff_text or ratio_text or f"{path_text} ({fmt(n.value - o.value):s})"
                               if n.value is not None else path_text,
                               related=[old, new], notes={0: "before", 1: "after"}, assumptions=tuple(notes),
                               self_contained=not notes and old.path == f.path and new.path == f.path
                               and old.claim.sentence == new.claim.sentence == f.claim.sentence)
        else:
            yield self.verified(f, f"'{ch.words}': {path_text} ✓", ratio_text or diff_text)

    def _find(self, candidates: list[Fact], in_article: list[Fact], f: Fact,
              attribute: Kind, new_told: Fact | None = None, old_told: Fact | None = None
              ) -> tuple[Fact | None, Fact | None]:
        """This election's and the previous election's figure for the same subject and attribute, among the
        facts of that subject (`candidates`, in corpus order), those in the change's article first
        (`in_article`, the candidates in its article): the whole corpus's only if none of those fits."""
        kinds = {attribute} | ({Kind.MARGIN} if attribute == Kind.MAJORITY else set())
        if BETWEEN_ROUNDS.search(f.claim.sentence):
            return None, None  # "a second round of counting narrowed his lead": from one round to the next, not from
            # the election before
        # the body the change is of: its new figure's, where the copy gives it ("the Conservatives move up to 12" on a
        # council: a council's seats, never a parliament's 317 in another story)
        scope = new_told.claim.scope if new_told is not None else old_told.claim.scope \
            if old_told is not None and f.claim.scope is None else f.claim.scope
        # (or its old figure's: "the Conservatives drop from 23 seats … to 17" on a council, never the 121 MPs of
        # another story)

        if new_told is not None and new_told.claim.modality == Modality.HISTORICAL and new_told.claim.year is None:
            return None, None  # "reduced to 10 seats four years ago": a fall in the past, from a figure not told

        def fits(g: Fact) -> bool:
            return (g is not new_told and g.kind in kinds and g.subject is not None and (g.subject == f.subject or g.subject_kind == "person"
                                                                   and f.subject_kind == "party" and g.party == f.subject)
                    and (g.contest == f.contest or f.contest is None or g.contest is None and not f.claim.place
                         or g.path == f.path and g.claim.sentence == f.claim.sentence)  # (its own sentence's figures)
                    # (a change told of a seat the sentence names is that seat's: "In Kesteven Edge, … the
                    # Conservative share fell by 23.4", not the national fall told paragraphs before)
                    and (g.claim.scope == scope and (scope != COUNCIL_SCOPE or g.path == f.path)
                         or attribute != Kind.SEATS))

        # the figures told just before it first ("The Conservative share has fallen by 15.0 points" under a worked
        # example's "took 45.0% … fall to 30.0%"), not another passage's of the same party further on
        here = [g for g in in_article if fits(g)]
        near = [g for g in here if f.claim.paragraph - 2 <= g.claim.paragraph <= f.claim.paragraph]
        anywhere = here or [g for g in candidates if fits(g) and g.contest == f.contest and g.claim.scope == scope]
        # (another article's: a party's national figure for a national change, not a ward's count in a round-up; the
        # same seat's for a seat's change, never the national vote: "Labour's vote fell by 9,626" in a by-election;
        # and the same body's: never a Senedd share for a change in Scotland's Westminster vote)
        if any(g.claim.modality == Modality.FORECAST for g in near):
            anywhere = []  # a worked example just before: its change is of its figures, not of another passage's

        def is_new(g: Fact) -> bool:
            return g.claim.modality == Modality.ACTUAL and g.claim.year is None and g.claim.role != "loser"

        def is_old(g: Fact) -> bool:
            return g.claim.modality == Modality.HISTORICAL

        # (another article's figure is this change's only if it is of the same election: its new figure of the
        # change's year, its old one of a year before it, never another article's undated "two years ago")
        new = [g for g in near if is_new(g)] or [g for g in anywhere if is_new(g) and (
            g.path == f.path or g.year is None or f.year is None or g.year == f.year)]
        old = [g for g in near if is_old(g)] or [g for g in anywhere if is_old(g) and (
            g.path == f.path or g.claim.year is not None and (f.year is None or g.claim.year < f.year))]
        if new_told is not None and new_told.claim.year is not None:
            # "in 2017, the majority fell to 1,704": from an election before 2017's, not 2017's own figure again
            old = [g for g in old if g.claim.year is not None and g.claim.year < new_told.claim.year]
        said = f.claim.sentence[max(0, f.claim.sentence.find(f.claim.text)):]
        if NOTIONAL.search(said):
            # "up by 5,917 on the notional figure": against the notional result on the new boundaries, not the
            # old seat's ("In 2019, on the old boundaries, … was 6,944")
            old = [g for g in old if NOTIONAL.search(g.claim.sentence)]
        new_pick = _prefer(new, Kind.MAJORITY) if new else None
        old_pick = max(old, key=lambda g: (g.claim.year or 0, -g.claim.location.start)) if old else None
        if new_pick is not None and len({g.claim.value for g in new if g.kind == new_pick.kind}) > 1:
            new_pick = None
        return old_pick, new_pick


def _prefer(facts: list[Fact], kind: Kind) -> Fact:
    same = [g for g in facts if g.kind == kind]
    return (same or facts)[0]


def _half_step(text: str | None) -> float:
    """How far the true change may lie from the one told: half its last digit's place, in its scale ("fell by 7.1
    million" is 7,050,000–7,150,000)."""
    found = find_numbers(text) if text else []
    return found[0].half_step if found else 0.5


NOTIONAL = re.compile(r"\bnotional", re.IGNORECASE)
NOW = re.compile(r"\b(?:this (?:year|time)|now|today|on thursday|this week)\b"
                 r"|\b(?:are|is|remains?|stands?)\s+(?:[\w-]+\s+){0,2}(?:short|shy)\b", re.IGNORECASE)
"""Words of this election: "now", "this year"; or a distance told in the present ("who had nine councillors before
Thursday, are three short of the 22 needed")."""


def _now_between(sentence: str, earlier: str, target: str) -> bool:
    """Words of this election between an earlier figure and the target its sentence gives after it."""
    a = figure_at(sentence, earlier)
    b = sentence.rfind(target)  # (the target is the last of its figures: "… 31 … the 31 needed")
    return a < b and NOW.search(sentence, a + len(earlier), b) is not None


APPOSED = re.compile(r"[A-Z][\w'’-]*,\s*$")
"""A party named just before a distance, set off by a comma: "Premier Brian Gallant's Liberals, three seats short"."""
HYPOTHETICAL = re.compile(r"\b(?:if|would|could|might|were to)\b", re.IGNORECASE)
"""Words of a sentence that supposes rather than reports."""


class Threshold(Check):
    name = "threshold"
    params = {}

    def _to_a_majority(self, f: Fact, index: Index) -> Outcome | None:
        """A distance to a majority the copy leaves to the reader: the seats it is counted from (the figure before
        it in its sentence), and the majority of the body (the target the article states, else half its size, as
        the article or the chamber's rules give it, and one more)."""
        c = f.claim
        at = figure_at(c.sentence, c.text)
        if HYPOTHETICAL.search(c.sentence, 0, at + len(c.text) + 25):
            return None  # ("If Plaid were to win, say, 36 seats …, it would still be 13 short of a majority"; but not
            # "… are four seats short of a majority and could reach at most 215 if they win both")
        aimed = [g for g in index.in_path(Kind.SEATS, f.path) if g.claim.modality == Modality.THRESHOLD
                 and g.claim.value is not None and g.claim.sentence == c.sentence and g.claim.value == c.gap_from]
        if c.gap_from is not None and not aimed:
            seats = [g for g in index.in_path(Kind.SEATS, f.path) if g.claim.modality == Modality.ACTUAL
                     and g.claim.value == c.gap_from and not g.claim.hedge]
            before = [g for g in seats if g.claim.sentence == c.sentence and g.claim.location.start < c.location.start]
            if not before:
                return None  # the figure just before it is no party's seats ("… will have 19 members, two short")
            base = max(before, key=lambda g: g.claim.location.start)
        elif not aimed and not APPOSED.search(c.sentence[:at]):
            return None  # no seats said with it, and not said of a party named just before it (not "The Lib Dems
            # overtook the Conservatives … but are six short of a majority": whose, the reader must work out)
        else:  # (or the figure before it is the target: "Labour, who need 26 for a majority, remain four short")
            # "Premier Brian Gallant's Liberals, three seats short of a majority themselves": the seats the article
            # gives that party, if it gives one figure (and the party's only)
            own = [g for g in index.in_path(Kind.SEATS, f.path) if f.subject and g.subject == f.subject
                   and g.claim.modality == Modality.ACTUAL and g.claim.value is not None and not g.claim.hedge
                   and g.claim.scope == c.scope and g.claim.round is None
                   and g.claim.body == c.body and g.claim.place == c.place]  # (not another council's row)
            if not own or len({g.claim.value for g in own}) != 1:
                return None
            base = own[0]
        scope = base.claim.scope
        # (a target or size of the same paragraph first: a round-up's other councils give other ones)
        targets = {g.claim.value for g in aimed} or {
            g.claim.value for g in index.in_path(Kind.SEATS, f.path) if g.claim.modality == Modality.THRESHOLD
            and g.claim.value is not None and g.claim.scope == scope and g.claim.paragraph == c.paragraph}
        if not targets and c.gap_from is None:  # "Twenty-five seats are needed to command a majority." above it
            said = {g.claim.value for g in index.in_path(Kind.SEATS, f.path) if g.claim.modality == Modality.THRESHOLD
                    and g.claim.value is not None and g.claim.scope == scope and g.subject is None}
            targets = said if len(said) == 1 else set()
        in_article = [g for g in index.in_path(Kind.TOTAL_SEATS, f.path) if g.claim.value is not None
                      and g.claim.modality in (Modality.ACTUAL, Modality.HISTORICAL)
                      and g.year == base.year  # (not the 635 seats of 1974 for a shortfall of 2010)
                      and (g.claim.scope == scope or g.claim.scope is None and g.claim.sentence == base.claim.sentence)]
        # (and the whole of the seats' own "30 of the 60 seats", whatever body the reader gave the whole)
        sizes = [g for g in in_article if g.claim.paragraph == c.paragraph] \
            or ([] if targets else in_article)
        same = [g for g in sizes if g.claim.sentence == c.sentence]
        if len(targets) == 1:
            majority, why = targets.pop(), "the target the copy gives"
        elif len({g.claim.value for g in (same or sizes)}) == 1:
            size = (same or sizes)[0].claim.value
            majority, why = size // 2 + 1, f"half of the {fmt(size)} seats the copy gives, and one more"
        else:
            size, what = index.chamber_size(scope, base.year if base.year is not None else f.year)
            stated = {g.claim.value for g in index.in_path(Kind.TOTAL_SEATS, f.path) if g.claim.scope == scope
                      and g.year in (None, base.year)}
            if size is None or len(targets) > 1 or stated and size not in stated:
                return None  # (the chamber's size, when the copy gives it among others: "27 of the 40 constituencies")
            majority, why = size // 2 + 1, f"half of {what}, and one more"
        distance = majority - base.claim.value
        said = f"{fmt(abs(c.gap))} short of a majority"
        if distance > 0 and abs(distance + c.gap) < 1e-9:
            return self.verified(f, f"{base.claim.text} seats, {said} of {fmt(majority)} ✓")
        return self.finding(
            f, f"the copy puts {base.claim.text} seats {said}, but a majority is {fmt(majority)} ({why}): "
               + (f"{fmt(distance)} short" if distance > 0 else "a majority already"),
            stated=c.gap, expected=-distance,
            arithmetic=f"{fmt(majority)} − {base.claim.text} = {fmt(distance)}, not {fmt(abs(c.gap))}",
            related=[base])

    def _counted_from(self, f: Fact) -> Outcome:
        """A distance the copy counts from the figure it gives just before: the two must meet at the target."""
        c = f.claim
        said = f"{fmt(abs(c.gap))} {'short of' if c.gap < 0 else 'above'} {c.text}"
        expected = c.value + c.gap
        if abs(c.gap_from - expected) < 1e-9:
            return self.verified(f, f"{fmt(c.gap_from)}, {said} ✓")
        return self.finding(
            f, f"the copy says {fmt(c.gap_from)} is {said}, but it is "
               f"{fmt(abs(c.value - c.gap_from))} {'short of' if c.gap_from < c.value else 'above'} it",
            stated=c.gap, expected=c.gap_from - c.value,
            arithmetic=f"{c.text} − {fmt(c.gap_from)} = {fmt(c.value - c.gap_from)}, not {fmt(abs(c.gap))}")

    def run(self, index: Index) -> Iterator[Outcome]:
        # Seats by sentence, and this election's seats by subject: built on the first threshold, then looked
        # up, as scanning every seat figure for each threshold grows as the archive's square.
        in_sentence: dict[tuple[str, str], list[Fact]] | None = None
        current: dict[str, list[Fact]] | None = None
        for f in index.facts:
            c = f.claim
            if c.modality == Modality.THRESHOLD and c.value is None and c.gap is not None:
                if (o := self._to_a_majority(f, index)) is not None:
                    yield o  # "Democrats won 52, leaving them five seats short of control"
                continue
            if c.modality == Modality.THRESHOLD and c.gap is not None and c.gap_from is not None and c.value is not None:
                yield self._counted_from(f)  # "gives the left bloc 52, eight short of the 61 needed"
                continue
            if c.modality != Modality.THRESHOLD or c.relation is None or f.subject is None or c.value is None:
                continue
            if in_sentence is None:
                in_sentence, current = defaultdict(list), defaultdict(list)
                for g in index.by_kind.get(Kind.SEATS, []):
                    in_sentence[(g.path, g.claim.sentence)].append(g)
                for g in index.current(Kind.SEATS):
                    current[g.subject].append(g)
            # The figure the sentence sets against the target ("when they finished on 317 and fell short
            # of the 326"), else the party's result in this election.
            same = in_sentence.get((f.path, c.sentence), [])
            if any(g.claim.modality == Modality.FORECAST for g in same):
                continue  # "an exit poll had suggested they would win 316, short of the 326 needed"
            here = [g for g in same if g.subject == f.subject and g.claim.modality != Modality.THRESHOLD
                    and not (g.claim.modality == Modality.HISTORICAL and (
                        _now_between(c.sentence, g.claim.text, c.text) or g.claim.location.start > c.location.start))]
            # (nor an earlier election's after the target: "one short of the 65 needed – one seat better than in
            # 2016, when it won 63")
            # (not "won 26 in 2019 and 29 this year, reaching the 29 needed"; but "when they finished on 317 and
            # fell short of the 326 needed" is that election's)
            # The nearest figure before the target in its sentence, not one on the 'from' side of a change
            # ("won 240 seats, down from 303 …, and cleared the 272"; "when they finished on 317 and fell short").
            before = [g for g in here if g.claim.location.start < c.location.start
                      and not g.claim.sentence[:max(0, g.claim.sentence.find(g.claim.text))].rstrip().endswith("from")]
            # (not a part in brackets after the total: "won 64 seats (62 constituencies and two list seats), one short
            # of the 65 needed")
            before = [g for g in before if not _bracketed(g.claim)] or before
            here = [max(before, key=lambda g: g.claim.location.start)] if before else here
            if not here and c.gap is not None and any(
                    n.value == c.value + c.gap for n in find_numbers(c.sentence[:figure_at(c.sentence, c.text)])):
                continue  # "Thirty is exactly half, one short of the 31 needed": the sentence's own figure, read or
                # not, is the one it sets against the target (not the party's seats elsewhere in the article)
            # (another article's seats only for an election both name: an undated story's target is its own)
            actual = here or [g for g in current.get(f.subject, []) if g.claim.scope == c.scope and g.claim.unit == c.unit
                              and g.claim.body == c.body  # (a round-up's other council's seats are not this one's)
                              and (g.path == f.path or f.year is not None and g.year == f.year)
                              and g.claim.round != "provisional"]  # (not a running tally told before it)
            values = {g.claim.value for g in actual}
            if len(values) != 1:
                continue
            g = actual[0]
            if c.gap is not None:
                # "four short of the 172 needed" beside "won 169 seats": the distance the copy gives is the arithmetic
                expected = c.value + c.gap
                said = f"{fmt(abs(c.gap))} {'short of' if c.gap < 0 else 'above'} {c.text}"
                if abs(g.claim.value - expected) < 1e-9:
                    yield self.verified(f, f"{f.subject} {said}: {g.claim.text} ✓")
                else:
                    yield self.finding(
                        f, f"the copy puts {f.subject} {said}, but gives {f.subject} {g.claim.text}: "
                           f"{fmt(abs(c.value - g.claim.value))} {'short of' if g.claim.value < c.value else 'above'} it",
                        stated=c.gap, expected=g.claim.value - c.value,
                        arithmetic=f"{c.text} {'−' if c.gap < 0 else '+'} {fmt(abs(c.gap))} = {fmt(expected)} ≠ {g.claim.text}",
                        related=[g])
                continue
            ok = g.claim.value >= c.value if c.relation == "above" else g.claim.value < c.value
            word = "passed" if c.relation == "above" else "fell short of"
            if ok:
                yield self.verified(f, f"{f.subject} {word} {c.text}: {g.claim.text} ✓")
                continue
            yield self.finding(
                f,
                f"the copy says {f.subject} {word} {c.text}, but gives {f.subject} {g.claim.text}",
                stated=g.claim.value, expected=c.value,
                arithmetic=f"{g.claim.text} {'<' if c.relation == 'above' else '≥'} {c.text}",
                related=[g],
            )


class RowChange(Check):
    """A table row's change column against the row's own two shares: "| Tara Ings | Reform | 8,115 | 16.4 | 3.1 |
    +12.3 |" says 16.4 − 3.1, which is 13.3. Only the row's figures are read: one share now, one of the election
    before, one change, all of one party or candidate."""

    name = "row-change"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        # (and a line-up's seats: "| Green | 2 | 4 | +3 |" under "| Party | Before | After | Change |")
        for level, change, what in ((Kind.SHARE, Kind.SHARE_CHANGE, "points"), (Kind.SEATS, Kind.SEAT_CHANGE, "seats")):
            rows: dict[tuple[str, int], list[Fact]] = defaultdict(list)
            for kind in (level, change):
                for f in index.by_kind.get(kind, []):
                    if f.claim.column and f.claim.value is not None and not f.claim.hedge \
                            and f.claim.round in (None, "party vote"):  # (a table of the party vote, one ballot too)
                        rows[(f.path, f.claim.location.line)].append(f)
            for _, row in sorted(rows.items()):
                yield from self._row(row, level, change, what)

    def _row(self, row: list[Fact], level: Kind, change: Kind, what: str) -> Iterator[Outcome]:
        changes = [f for f in row if f.kind == change and f.claim.modality == Modality.ACTUAL]
        now = [f for f in row if f.kind == level and f.claim.modality == Modality.ACTUAL]
        then = [f for f in row if f.kind == level and f.claim.modality == Modality.HISTORICAL]
        if len(changes) != 1 or len(now) != 1 or len(then) != 1 \
                or len({f.subject for f in row}) != 1 or row[0].subject is None:
            return
        ch, a, b = changes[0].claim, then[0].claim, now[0].claim
        lo, hi = b.low - a.high, b.high - a.low
        working = f"{b.text} − {a.text} = {fmt(round(b.value - a.value, 2))}"
        if overlaps(ch.low, ch.high, lo, hi, slack=0.051):
            yield self.verified(changes[0], f"{changes[0].subject}: {working} ✓ (change {ch.text})", working)
            return
        kind = "shares" if what == "points" else "seats"
        yield self.finding(
            changes[0], f"{changes[0].subject}'s change of {ch.text} {what} does not match the row's {kind}: {working}",
            stated=ch.value, expected=round(b.value - a.value, 2), arithmetic=f"stated {ch.text}; {working}",
            related=[now[0], then[0]], notes={0: f"the {kind} now", 1: f"the {kind} before"}, self_contained=True)


def _bracketed(c) -> bool:
    """A figure inside brackets in its sentence: a breakdown or aside to the figure before them."""
    at = c.sentence.find(c.text)
    return at > 0 and c.sentence.count("(", 0, at) > c.sentence.count(")", 0, at)
