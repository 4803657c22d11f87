"""`agreement` and `affiliation`: the same fact has one value wherever it is stated.

agreement: one entity, one attribute, one election, one modality — in one article or
in two — one value (Plaid Cymru on 3 seats here and 4 there is a contradiction; 51.5%
and 51.52% are the same figure at different rounding). affiliation: a person's party
and seat are the same in every mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..contests import OF_ONE_SEAT_OF_SEVERAL, Index
from ..model import RECOUNT_TOLD, ARTICLE_REGION, AT_DISSOLUTION, EARLY_ROW, SET_AGAINST, COUNCIL_SCOPE, EARLIER_YEARS, FIRST_ROUND_LEAD_TOLD, NOTIONAL, RUNNING_TALLY, SPLIT_PART, STAGE_TOTAL, UNSAID_TIER, Claim, Kind, Modality, Related, Severity
from ..numbers import find_numbers
from ..reference.slips import classify
from ..resolve import Fact
from .base import Check, Outcome, overlaps

LEADS = (Kind.MAJORITY, Kind.MARGIN)
ENTRY_LABEL = re.compile(r"\s*(?:[#*>-]+\s*)?([A-Z][A-Z.'’ -]{2,}[A-Z])\s*[:–—-]\s")
"""A round-up entry's label in capitals at its sentence's start: "MAPLE STATE SENATE: Democrats kept …"."""


def _a_size_it_had(index: Index, f: Fact) -> bool:
    """The chamber of the figure's scope had this many seats in some other years (the rules' sizes)."""
    chamber = next((c for c in index.ruleset.chambers if c.id == f.claim.scope), None) or (
        index.ruleset.default_chamber if f.claim.scope is None else None)
    return chamber is not None and any(s.seats == f.claim.value for s in chamber.sizes)


def _between_others(index: Index, f: Fact) -> bool:
    """A lead between two named people neither of whom won the contest: a gap lower down, not the contest's lead."""
    if f.subject_kind != "person" or not f.counterpart or (contest := index.contest_of(f)) is None \
            or f.counterpart not in contest.candidates or f.subject not in contest.candidates:
        return False  # (both sides people the count names: not "held it by 2,417 votes over the NDP")
    winner, _ = contest.winner(f.path)
    return winner is not None and not winner.key.startswith("party:") and winner.key not in (f.subject, f.counterpart) \
        and winner.vote_fact(f.path) is not None


def fact_key(f: Fact) -> tuple | None:
    """What makes two claims statements of one fact; None if the claim is not comparable."""
    c = f.claim
    if c.value is None or c.modality in (Modality.FORECAST, Modality.THRESHOLD, Modality.GROUP):
        return None
    if RUNNING_TALLY in c.evidence:
        return None  # a live blog's count part-way through ("with 78% of the expected vote in"): the next is larger
    if c.kind == Kind.TURNOUT and any(e.startswith(SET_AGAINST) for e in c.evidence):
        return None  # "well above the 43.0 per cent recorded at the AV referendum": another vote's, unsaid which
    if EARLY_ROW in c.evidence:
        return None  # one row of a table of successive counts: a count of its own, replaced by a later row's
    if SPLIT_PART in c.evidence or STAGE_TOTAL in c.evidence:
        return None  # what one exclusion passed on: each exclusion gives the same side another part, no one fact (nor
        # a stage's running total: the next stage's is larger)
    when = ((f.year, c.modality == Modality.HISTORICAL, c.round),)  # another election's (or round's): another fact
    if AT_DISSOLUTION in c.evidence:
        when = ((f.year, True, "dissolution"),)  # the line-up a body was dissolved with, not the last election's
    if c.kind in (Kind.VOTES, Kind.SHARE, Kind.RANK, Kind.SHARE_CHANGE):
        if not f.contest or not f.subject:
            return None
        return (c.kind, f.contest, f.subject, *when)
    if c.kind in LEADS and c.unit != "seats":
        if not f.contest or OF_ONE_SEAT_OF_SEVERAL.search(c.sentence):
            return None  # (nor "48 votes behind Mr Patel for the second seat": a gap in a ward of several seats)
        return ("lead", f.contest, "on the first count" if FIRST_ROUND_LEAD_TOLD in c.evidence else "", *when)
    if c.kind == Kind.MAJORITY and c.unit == "seats":  # (a council's, like its seats: known only within the article)
        return ("seat majority", f.subject, c.scope, *((f.path, c.body) if c.scope == COUNCIL_SCOPE else ()), *when) \
            if f.subject else None
    if c.kind == Kind.SEATS and c.round == "provisional":
        return None  # a running count through the night ("with three seats to declare") keeps changing
    if c.kind == Kind.SEATS:  # a council's seats: which council is only known within the article
        # (and a table's "Last time" column of no year: which earlier line-up, and of which body or region, is only
        # known within the article)
        undated_column = c.column is not None and c.modality == Modality.HISTORICAL and f.year is None
        return (c.kind, f.subject, c.scope, *((f.path, c.body) if c.scope == COUNCIL_SCOPE else
                                              (f.path,) if c.scope == ARTICLE_REGION or undated_column else ()),
                *when) if f.subject_kind == "party" else None
    if c.kind == Kind.TOTAL_SEATS:
        if c.scope == COUNCIL_SCOPE:
            return None  # "the 43 seats", "the 39-seat authority": a round-up's councils are of other sizes
        # Without a nation, region or chamber named, sizes may be of different bodies (a council round-up);
        # a table column of sizes ("| State | Electoral votes |") sizes each row's place.
        return (c.kind, c.scope, *((f.path,) if c.scope == ARTICLE_REGION else ()), *when) \
            if c.scope and not c.column else None
    if c.kind in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST):
        # With no seat or nation named, a total is only this article's: another article's may be of
        # another country's election entirely.
        where = f.contest or c.scope or f"article {f.path}"
        return (c.kind, c.unit, where, valid_total(c), *when)
    if c.kind == Kind.SWING:
        # (a swing between two other parties is another figure: "from Con to Labour … 15.8" beside a table's swing
        # from Con to Reform)
        return (c.kind, f.contest, *sorted(x or "" for x in (f.subject, f.counterpart)), *when) if f.contest else None
    if c.kind == Kind.MAJORITY_SHARE:
        return (c.kind, f.contest, *when) if f.contest else None
    return None


UNDATED_KINDS = frozenset({Kind.VOTES, Kind.SHARE, "lead"})
"""Facts of one seat's count that an undated article is compared on with a dated one."""


def undated_key(key: tuple) -> tuple:
    """The key a fact would have in copy that does not say its election."""
    return (*key[:-1], (None, *key[-1][1:]))


PARTIAL_COLUMNS = ("constituenc", "list", "region", "ward", "first", "second", "top-up", "additional", "electorates",
                   "electorate seat", "-wide")


def _partial(column: str | None) -> bool:
    """A table column that counts part of a party's seats (a mixed system's constituency or list seats), or a ballot
    of two ("First votes"); not an STV count's "First preferences", every candidate's count."""
    return bool(column) and any(w in column for w in PARTIAL_COLUMNS) and "preference" not in column


def fmt_whole(f: Fact) -> str:
    w = f.claim.whole
    return f"{int(w)}" if w is not None and float(w).is_integer() else str(w)


VALID_MEASURE = re.compile(r"\b(?:on|of|by)\s+(?:the\s+)?valid\s+(?:votes?|poll|ballots)\b|\bvalid\s+votes?\s+alone\b",
                           re.I)
"""A turnout's sentence that says it is measured on the valid vote ("Measured on valid votes alone, turnout was …")."""


def _impossible(f: Fact) -> bool:
    """A percentage over 100 (a share, turnout or majority's share): wrong whatever else the copy says."""
    return f.claim.unit == "percent" and f.claim.value is not None and f.claim.value > 100


def valid_total(c) -> str:
    """ "1,935,907 valid votes" and "1,949,725 ballots cast" are different totals (spoilt ballots); Australia's valid
    vote is the "formal" one."""
    k = c.sentence.find(c.text)
    after = c.sentence[k + len(c.text): k + len(c.text) + 30].lower().replace("|", " ") if k >= 0 else ""
    before = c.sentence[max(0, k - 30): max(0, k)].lower().replace("|", " ") if k >= 0 else ""
    # (a table row's cells apart: "| Valid votes |  | 56,431 |")
    words = re.findall(r"[a-z]+", before)[-3:]
    if k >= 0 and WITH_SPOILT.search(c.sentence, k + len(c.text)):
        return "all"  # "14,920 returned a ballot – 70.0% – including 100 that were spoilt": the total poll, not valid
    return "valid" if re.match(r"[\s,]*valid\b", after) or "valid" in after.split()[:2] or "valid" in words or "formal" in words \
        or "valid" in (c.column or "") or (
        c.kind == Kind.TURNOUT and VALID_MEASURE.search(c.sentence)) else ""


WITH_SPOILT = re.compile(r"\bincluding\s+(?:the\s+)?[\d,]+\s+(?:that|which)?\s*(?:were\s+|was\s+)?"
                         r"(?:spoilt|spoiled|rejected|invalid|blank|void)\b", re.I)
"""A count that says it includes spoilt ballots: the total poll, another total than the valid vote."""


JOINED_KINDS = frozenset({Kind.VOTES, Kind.SHARE, "lead"})
"""What an earlier election's story and another story's history of it state alike: counts, shares and leads."""


def _label(key: tuple) -> str:
    """'seats of Labour in 2024', 'votes of Hendon, David Pinto-Duschinsky after preferences'."""
    kind = key[0]
    name = kind.value.replace("_", " ") if isinstance(kind, Kind) else kind
    who = [re.sub(r" in \S*/\S*", " here", str(k)) if str(k).startswith(("the race", "the seat")) else str(k)
           for k in key[1:-1] if k not in (None, "", "votes", "percent", COUNCIL_SCOPE)
           and ("/" not in str(k) or str(k).startswith(("the race", "the seat")))]
    # (a contest named by where it is told: "the race reported here", not a path)
    year, _, count = key[-1]
    counted = {"final": " in a later round of counting", "provisional": " in a provisional count"}.get(count or "", "")
    return f"{name}{' of ' + ', '.join(who) if who else ''}{counted}" + (f" in {year}" if year else "")


def _join_dated_histories(groups: dict[tuple, list[Fact]]) -> None:
    """A candidate's count or a seat's lead at an election another story dates and reports ("At the last Holyrood
    election, in May 2021, she held the seat with 16,201 votes to … Innes's 12,780" beside the 2021 story's table) is
    that story's fact: joined to its group, where no story tells of that election both ways."""
    for key in [k for k in groups if k[0] in JOINED_KINDS and k[-1][0] is not None and k[-1][1]]:
        year, _, count = key[-1]
        actual = (*key[:-1], (year, False, count))
        if actual in groups and not {f.path for f in groups[key]} & {f.path for f in groups[actual]}:
            groups[actual].extend(groups.pop(key))


class Agreement(Check):
    name = "agreement"
    params = {"same_article_confidence": ((int, float), 0.85)}

    def run(self, index: Index) -> Iterator[Outcome]:
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        named: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, seat) → the people it names there
        in_rounds = {(f.path, f.kind, f.contest, f.subject, f.claim.value) for f in index.facts
                           if f.claim.round and f.kind in (Kind.VOTES, Kind.SHARE)}
        for f in index.facts:
            if f.kind == Kind.TOTAL_SEATS and f.claim.value is not None \
                    and (size := index.chamber_size(f.claim.scope, f.year)[0]) \
                    and (index.a_part_of_chamber(f) or f.claim.value != size and _a_size_it_had(index, f)):
                continue  # "FF win two of four seats", "Lisnagar (3 seats)": a constituency's size, not the Dáil's 174;
                # "in a 60-member Senedd a party needed 31": its size before it grew to 96
            if f.kind in self.kinds and (key := fact_key(f)) is not None:
                if index.state_chamber(f.claim.scope) and f.claim.unit == "seats":
                    # a state's own chamber: only its article's figures, and in a round-up of states' chambers
                    # ("MAPLE STATE SENATE: … the 40-seat chamber", "CASCADE HOUSE OF REPRESENTATIVES: … 84 of
                    # the 150 seats") only its entry's
                    label = ENTRY_LABEL.match(f.claim.sentence)
                    key = (*key[:-1], f.path, label.group(1) if label else None, key[-1])
                groups[key].append(f)
            if f.contest and f.place_known:
                named[(f.path, f.contest)].update(n for n in (f.subject if f.subject_kind == "person" else None,
                                                              f.counterpart) if n)
        _join_dated_histories(groups)
        for key, facts in sorted(groups.items(), key=lambda kv: str(kv[0])):
            # A sentence giving a party several seat counts ("held all four of their seats and gained two
            # more, finishing with six"; "13 seats, with five constituency wins") states its total once:
            # the largest. The smaller ones are parts of it, not other statements of the total.
            largest: dict[tuple[str, str], float] = {}
            for f in facts:
                if f.kind == Kind.SEATS and f.claim.value is not None:
                    where = (f.path, f.claim.sentence)
                    largest[where] = max(largest.get(where, f.claim.value), f.claim.value)
            facts = [f for f in facts if f.kind != Kind.SEATS or f.claim.value is None
                     or f.claim.value >= largest[(f.path, f.claim.sentence)]]
            if len(facts) < 2:
                continue
            # (an undated article's same figure counts too: "Sarah Whitlock (Con) 19,682" in copy of no year)
            undated = groups.get(undated_key(key), []) if key[0] in UNDATED_KINDS and key[-1][0] is not None else []
            told_by = _told_by(facts + undated)
            backed = _backed_lead(index, facts) if key[0] == "lead" else None
            facts.sort(key=lambda f: (_impossible(f), -told_by[f.claim.value], f.claim.value != backed, f.path,
                                      f.claim.location.start))
            # (and of two leads told once each, the one the counts in the same articles make: "4,220 votes to 2,932, a
            # margin of 1,288" over another story's 1,828)
            first = facts[0]  # (never a share over 100 per cent: "165.7" disagrees with the 65.7 told elsewhere, the
            # finding is its own; and the figure most articles give, before one article's other figure)
            label = _label(key)
            reported: set[tuple[str, float]] = set()
            told = {(g.path, g.claim.sentence, g.claim.value) for g in facts}
            for f in facts[1:]:
                if f.path == first.path and f.claim.sentence == first.claim.sentence:
                    continue  # one sentence does not state one fact twice: these are two facts
                if f.claim.value != first.claim.value and (
                        (f.path, f.claim.sentence, first.claim.value) in told
                        or (first.path, first.claim.sentence, f.claim.value) in told
                        or f.kind == Kind.TOTAL_SEATS
                        and (_says(f.claim.sentence, first.claim.value) or _says(first.claim.sentence, f.claim.value))):
                    continue  # a sentence that gives both figures tells them apart ("Why New Zealand's 120-seat
                    # parliament has 123 MPs"): two facts, wherever else either is told
                if _other_councils(f, first):
                    continue  # a town council's ward is not the district's ward of the same name
                if key[0] == "lead" and (_between_others(index, f) or _between_others(index, first)):
                    continue  # "Khuttan just six votes ahead of Dennis" beside Khan's 507 over Mahmood: two gaps
                if f.claim.whole and first.claim.whole and f.claim.whole != first.claim.whole:
                    continue  # "30 of the 60 seats", "27 of the 40 constituencies": parts of different wholes
                if (NOTIONAL in f.claim.evidence) != (NOTIONAL in first.claim.evidence):
                    continue  # a notional result and the election's own count are two figures
                if f.claim.column != first.claim.column and (_partial(f.claim.column) or _partial(first.claim.column)):
                    continue  # a table's "Constituency" and "Regional list" columns count only some seats
                if f.path != first.path and (_partial(f.claim.column) or f.claim.column == UNSAID_TIER):
                    continue  # one tier's seats in two stories: often two regions' lists, each told alone
                if (done := self._agrees_or_told(f, first, label, "", reported, in_rounds)) is not None:
                    if done is not True:
                        yield done
                    continue
                where = f"in {first.path}" if f.path != first.path else "earlier in this article" \
                    if first.claim.location.start < f.claim.location.start else "later in this article"
                yield self.finding(
                    f,
                    f"{label} is {f.claim.text} here but {first.claim.text} {where}",
                    stated=f.claim.value, expected=first.claim.value,
                    arithmetic=f"{f.claim.text} ≠ {first.claim.text}",
                    related=[first],
                    notes={0: "stated first" if (first.path, first.claim.location.start) < (
                        f.path, f.claim.location.start) else "the figure this one disagrees with"},
                    **self._grounds(f, first, named),
                )

        yield from self._undated_against_dated(groups, named, in_rounds)

    def _undated_against_dated(self, groups: dict[tuple, list[Fact]], named: dict[tuple[str, str], set[str]],
                               in_rounds: set[tuple]) -> Iterator[Outcome]:
        """A seat's figure in an article that says no election, against the same figure in articles of one
        election ("Julie Minns won with 18,219 votes" in an undated wire story; 18,129 in a local paper dated
        2024): an error where both name the seat and a person standing in it, else a warning that says so."""
        dated: dict[tuple, dict[int, list[Fact]]] = defaultdict(dict)
        for key, facts in groups.items():
            if key[0] in UNDATED_KINDS and key[-1][0] is not None and not key[-1][1]:
                dated[undated_key(key)][key[-1][0]] = facts
        for key, facts in sorted(groups.items(), key=lambda kv: str(kv[0])):
            if key[0] not in UNDATED_KINDS or key[-1][0] is not None or key[-1][1] or len(dated.get(key, {})) != 1:
                continue
            ((year, theirs),) = dated[key].items()
            told_by = _told_by(theirs + facts)
            first = min(theirs, key=lambda g: (-told_by[g.claim.value], g.path, g.claim.location.start))
            # (the figure most articles give, not one dated article's other one)
            label = _label(key)
            reported: set[tuple[str, float]] = set()
            for f in sorted(facts, key=lambda f: (f.path, f.claim.location.start)):
                if _other_councils(f, first):
                    continue
                if any(e.startswith(EARLIER_YEARS) and str(year) in e[len(EARLIER_YEARS):].split(", ")
                       for e in f.claim.evidence):
                    continue  # "… against 41,227 in 2021": an article that tells of that year as an earlier election
                    # does not report it
                if (done := self._agrees_or_told(f, first, label, f" of {year}", reported, in_rounds)) is not None:
                    if done is not True:
                        yield done
                    continue
                linked = _linked(f, first, named)
                yield self.finding(
                    f, f"{label} is {f.claim.text} here but {first.claim.text} in {first.path} (of {year})",
                    stated=f.claim.value, expected=first.claim.value, arithmetic=f"{f.claim.text} ≠ {first.claim.text}",
                    related=[first], notes={0: f"stated in copy of {year}"},
                    assumptions=(f"this article does not say which election it reports: taken to be {year}'s, as "
                                 f"{first.path} names the same seat and person",) if linked else (
                        f"guessed: this article does not say which election it reports; {first.path} reports "
                        f"{year}'s, taken to be the same one", "not an error: it rests on a guess"),
                    severity=None if linked else Severity.WARNING)

    def _agrees_or_told(self, f: Fact, first: Fact, label: str, of: str,
                        reported: set[tuple[str, float]], in_rounds: set[tuple]) -> Outcome | bool | None:
        """What is left to say of `f` against `first` before a finding: its agreement (an Outcome), True when the
        same disagreement of its article is already reported, None when it is to be reported (and is noted so)."""
        if overlaps(f.claim.low, f.claim.high, first.claim.low, first.claim.high):
            return self.verified(f, f"{label}: {f.claim.text} agrees with {first.claim.text}{of} ✓")
        if f.kind == Kind.SWING and f.subject != first.subject and overlaps(-f.claim.high, -f.claim.low, first.claim.low,
                                                                           first.claim.high):
            # "a swing of 3.3 points away from Labor" to the Liberals, the table's "Swing to ALP" -3.3: one swing
            return self.verified(f, f"{label}: {f.claim.text} to {f.subject} is {first.claim.text} to "
                                    f"{first.subject}{of} ✓")
        if any(x.claim.round is None and any((path, x.kind, x.contest, x.subject, x.claim.value) in in_rounds
                                             for path in (f.path, first.path)) for x in (f, first)):
            return True  # "deemed elected on 8,149" where the count's table gives 6,104, …, 8,149: a later round's
        if (f.path, f.claim.value) in reported:
            return True
        reported.add((f.path, f.claim.value))
        return None

    def _grounds(self, f: Fact, first: Fact, named: dict[tuple[str, str], set[str]]) -> dict:
        """The finding's assumptions and how sure its links are. One person's two figures in one article rest on
        how surely each is theirs, not on the seat guessed for both (a heading above a results table)."""
        assumed = self._assumed(f, first, named)
        if not _one_person(f, first) or f.claim.subject_kind != "person" or first.claim.subject_kind != "person":
            return {"assumptions": assumed}  # (a party's figure given to its candidate rests on that guess too)
        why = [*assumed, *(a for x in (f, first) for a in x.assumptions)]
        return {"assumptions": tuple(dict.fromkeys(why)), "self_contained": True,
                "confidence": min(_subject_confidence(x.claim) for x in (f, first))}

    def _assumed(self, f: Fact, first: Fact, named: dict[tuple[str, str], set[str]]) -> tuple[str, ...]:
        """What a disagreement rests on that the copy does not state; any such makes it a warning."""
        out = []
        one = _one_person(f, first)
        if f.claim.kind not in (Kind.SEATS, Kind.TOTAL_SEATS) and f.contest and not (f.place_known and first.place_known):
            # (kept for one person's two figures too: measured, dropping it for them found 10 more slips across the
            # sets and raised 13 false errors — a poll beside the result, one round beside another)
            out.append("guessed: the seat is not named, so both figures were taken to be from one contest")
        if f.claim.kind == Kind.SEATS and (f.claim.whole is None) != (first.claim.whole is None):
            part = f if f.claim.whole is not None else first
            out.append(f"guessed: '{part.claim.text} of {part.claim.whole_text or fmt_whole(part)}' may count only "
                       f"some of the seats (constituency seats of a mixed system, one council of several)")
        if f.path != first.path and f.year is None and f.claim.modality == Modality.ACTUAL \
                and not _linked(f, first, named):
            out.append("guessed: neither article says which election it reports (no year in the copy or its "
                       "date), so both were taken to report the same one")
        if f.claim.kind == Kind.SEATS and f.path != first.path and f.claim.value is not None and first.claim.value is not None \
                and abs(f.claim.value - first.claim.value) == 1 and min(f.claim.value, first.claim.value) >= 100:
            out.append("guessed: a large party's seats one apart in two articles: one count may include the Speaker"
                       " (or a seat declared late), a convention rather than a slip")
        if f.claim.kind == Kind.SEATS and f.claim.value is not None and first.claim.value is not None \
                and _far_apart(f.claim.value, first.claim.value):
            out.append(f"guessed: {f.claim.text} and {first.claim.text} seats are too far apart to be one tally told "
                       f"twice: they may be different bodies' (an area's seats, a region's list, the whole chamber)")
        if f.kind in UNLIKE_KINDS and _unlike(f.claim.text, first.claim.text):
            out.append(f"guessed: {f.claim.text} and {first.claim.text} are not one figure mistyped (no digit "
                       f"transposed, changed, dropped or doubled): they may be two different figures read as one")
        if f.path == first.path and RECOUNT_TOLD in f.claim.evidence and f.claim.value != first.claim.value:
            out.append("guessed: the article tells of a recount: the two figures may be of the count and the recount")
        if f.path == first.path:
            weak = min(_subject_confidence(x.claim) if one else x.confidence for x in (f, first))  # (for one person's two
            # figures, how surely each was read: not the seat assumed for both, which makes them no two people's)
            if weak < self.p["same_article_confidence"]:
                out.append(f"guessed: within one article, a figure linked with confidence {weak:.2f} "
                           f"may belong to another candidate, seat or election")
        return tuple(out)


def _says(sentence: str, value: float) -> bool:
    """Whether a sentence writes a figure, read or not ("… in a chamber of 424 members", after "half of the
    constitutional 450, plus one"): a sentence that gives both sizes of a body tells them apart, in any article ("Of
    the Folketing's 179 members, 175 are elected in Denmark proper")."""
    return any(n.value == value for n in find_numbers(sentence))


def _one_person(f: Fact, first: Fact) -> bool:
    return f.path == first.path and f.subject_kind == "person" and f.subject == first.subject


def _subject_confidence(claim: Claim) -> float:
    """How surely a figure is the person's it names, whatever its seat (a party's figure given to its candidate: as
    surely as it was read at all)."""
    if claim.subject_kind != "person" or claim.subject_confidence is None:
        return claim.confidence
    return claim.subject_confidence


UNLIKE_KINDS = frozenset({Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.TURNOUT, Kind.VOTES_CAST,
                          Kind.ELECTORATE, Kind.MAJORITY_SHARE})
"""Figures of three digits or more: two statements of one that differ in more than a slip of the pen are more
likely two figures misread as one (a ward's 16 votes and a candidate's 19,431) than a contradiction."""


COUNCIL_TIERS = frozenset({"borough", "district", "county", "city", "metropolitan", "council"})


def _council(body: str) -> str:
    """A council's name without the words of its kind a story may drop ("Wexcombe Borough Council" is "Wexcombe
    Council"); a town's, parish's or community's kept ("Harbury Town")."""
    return " ".join(w for w in body.lower().split() if w not in COUNCIL_TIERS)


def _other_councils(f: Fact, g: Fact) -> bool:
    """Two figures of contests of councils their stories name differently (a town council's ward and the district's
    ward of the same name): never one fact."""
    a, b = f.claim.body, g.claim.body
    return f.kind not in (Kind.SEATS, Kind.TOTAL_SEATS) and a is not None and b is not None and _council(a) != _council(b)


def _told_by(facts: list[Fact]) -> Counter:
    """How many articles give each value: the figure most articles give is the one another article is set against."""
    return Counter(value for _, value in {(f.path, f.claim.value) for f in facts})


def _backed_lead(index: Index, facts: list[Fact]) -> float | None:
    """The lead the counts make in the article of each told lead (the top two of its contest there), when only one of
    the leads told is so made."""
    made = set()
    for f in facts:
        contest = index.contest_of(f)
        ranked = contest.with_votes(f.path) if contest is not None else []
        if len(ranked) >= 2 and ranked[0][1].path == ranked[1][1].path == f.path \
                and abs(ranked[0][1].claim.value - ranked[1][1].claim.value - f.claim.value) < 1e-9:
            made.add(f.claim.value)
    return made.pop() if len(made) == 1 else None


SEATS_APART = 3
"""Two tallies of one party's seats more than this many times apart (121 and one; 14 and two; eight and none) are
more likely two bodies' than one slip."""


def _far_apart(a: float, b: float) -> bool:
    low, high = sorted((a, b))
    return high >= SEATS_APART and (low == 0 or high / low > SEATS_APART)


def _unlike(a: str, b: str) -> bool:
    """Two figures of three digits or more that no single slip turns one into the other."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if max(len(da), len(db)) < 3 or not da or not db:
        return False
    return classify(a, b) is None and classify(b, a) is None


def _same_person(person, locs: list, main_locs: list) -> bool | None:
    """Whether the mentions of one name with two parties are one person. In one article (unless it places the
    name in two seats), or in articles that place them in one seat: yes. In articles that place them in different seats: no, two people
    ("Peter Grant (Conservative)" in one ward, "Peter Grant, Liberal Democrat" in another). Otherwise the
    copy does not link them: None."""
    paths, main_paths = {loc.path for loc in locs}, {loc.path for loc in main_locs}
    if paths & main_paths:
        # one article that places the name in two seats ("In Llanfor West, the Conservative David Jones held on …
        # In Stockfield North, Labour's David Jones won"): two people, as the copy tells
        shared = paths & main_paths
        return len({place for place, at in person.places.items() if any(p in shared for p in at)}) < 2
    seats = {place for place, at in person.places.items() if any(path in paths for path in at)}
    main_seats = {place for place, at in person.places.items() if any(path in main_paths for path in at)}
    if seats & main_seats:
        return True
    return False if seats and main_seats else None


def _linked(f: Fact, first: Fact, named: dict[tuple[str, str], set[str]]) -> bool:
    """Two undated articles' figures that the copy ties to one contest: both name the seat, and both name one
    person standing in it ("Ed Balls lost Morley and Outwood" in each; `named`: the people each article names
    in each seat). They are taken to report one election without a guess: a candidate rarely fights one seat
    twice without the copy saying when."""
    return (f.contest is not None and f.contest == first.contest and f.place_known and first.place_known
            and bool(named.get((f.path, f.contest), set()) & named.get((first.path, f.contest), set())))


class Affiliation(Check):
    name = "affiliation"
    scope = "corpus"
    params = {"min_place_confidence": ((int, float), 0.85)}

    @staticmethod
    def _allied(index: Index, a: str, b: str) -> bool:
        """A party and the alliance it stands in ("Liberal" and "Coalition") are one affiliation."""
        members = {p.name: set(p.members) for p in index.ruleset.parties if p.members}
        return a in members.get(b, ()) or b in members.get(a, ()) or bool(
            {x for x, m in members.items() if a in m} & {x for x, m in members.items() if b in m})

    def run(self, index: Index) -> Iterator[Outcome]:
        people_facts: dict[str, list[Fact]] | None = None  # each person's facts: built if one stands in two seats
        years: dict[str, set[int]] | None = None  # each article's election years: built if one has two parties
        for name, person in sorted(index.resolved.people.items()):
            if len(person.parties) > 1:
                ranked = sorted(person.parties.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                main, main_locs = ranked[0]
                if years is None:
                    years = defaultdict(set)
                    for f in index.facts:
                        if f.year is not None and f.claim.modality == Modality.ACTUAL:
                            years[f.path].add(f.year)
                for party, locs in ranked[1:]:
                    same = _same_person(person, locs, main_locs)
                    if self._allied(index, party, main) or same is False:
                        continue
                    here = set().union(*(years.get(loc.path, set()) for loc in locs))
                    there = set().union(*(years.get(loc.path, set()) for loc in main_locs))
                    if here and there and not here & there:
                        continue  # "UKIP's Dean Porritt" in 2017's copy, "the Brexit Party's" in 2019's: a party
                        # changed between elections, no slip
                    guessed = () if same else (
                        f"guessed: the two {name}s are in different articles, and neither names a seat for both: "
                        f"they may be two people of one name", "not an error: it rests on a guess")
                    yield self.finding_at(
                        locs[0],
                        f"{name} is {party} here but {main} elsewhere",
                        related=tuple(Related(loc, f"{main} {name}") for loc in main_locs[:3]),
                        severity=Severity.WARNING if guessed else None, assumptions=guessed,
                    )
            places = {p: locs for p, locs in person.places.items()}
            if len(places) > 1:
                if people_facts is None:
                    people_facts = defaultdict(list)
                    for f in index.facts:
                        if f.subject is not None and f.subject_kind == "person":
                            people_facts[f.subject].append(f)
                strong = self._strong_places(people_facts.get(name, []))
                if len(strong) > 1:
                    ranked = sorted(strong.items(), key=lambda kv: (-len(kv[1]), kv[0]))
                    main, main_facts = ranked[0]
                    for place, facts in ranked[1:]:
                        parties = {f.party for f in facts if f.party}
                        main_parties = {f.party for f in main_facts if f.party}
                        if parties and main_parties and not parties & main_parties:
                            continue  # two seats, two parties: two people of one name (issue 13)
                        guessed = (f"guessed: one person may stand in two contests (a ward and a county division on "
                                   f"one day), or two people share the name", "not an error: it rests on a guess") \
                            if {f.path for f in facts} & {f.path for f in main_facts} else (
                            f"guessed: the two {name}s are in different articles, each in a seat of its own: they "
                            f"may be two people of one name", "not an error: it rests on a guess")
                        yield self.finding(
                            facts[0], f"{name} stood in {place} here but in {main} elsewhere",
                            related=main_facts[:3], notes={0: f"{name} in {main}"},
                            severity=Severity.WARNING if guessed else None, assumptions=guessed,
                        )

    def _strong_places(self, facts: list[Fact]) -> dict[str, list[Fact]]:
        """The seats a person's facts (`facts`, in corpus order) place them in without a guess."""
        out: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            if f.place_known and not f.assumptions \
                    and f.confidence >= self.p["min_place_confidence"] and f.claim.subject_via not in ("nearest", "after") \
                    and f.contest:
                out[f.contest].append(f)
        return out
