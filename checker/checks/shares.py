"""`implied-total`: votes and shares in one seat imply one total number of votes cast.

A candidate's votes divided by their share gives the votes cast. Each stated figure is
an interval — "51.5 per cent" is anything in [51.45, 51.55) — so each candidate gives
a range of totals, and all the ranges (and any stated total) must meet.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator

from ..contests import Contest, Index
from ..model import TWO_PARTY, Kind, Modality
from ..resolve import PERSON_SEAT, UNNAMED_RACE, UNNAMED_SEAT, Fact
from .base import Check, Outcome, fmt
from .consistency import valid_total
from .results import OTHERS_LINE, admitted_low


class ImpliedTotal(Check):
    name = "implied-total"
    params = {}

    def run(self, index: Index) -> Iterator[Outcome]:
        for contest in index.contests.values():
            yield from self._contest(contest)
        yield from self._party_lists(index)

    def _party_lists(self, index: Index) -> Iterator[Outcome]:
        """A list of parties' votes and shares in no seat ("Regional list votes: Welsh Labour 78,140 (44.7%) …"):
        one paragraph's lines, each a party's count and share, imply one poll."""
        lists: dict[tuple[str, int], list[tuple[Fact, Fact]]] = defaultdict(list)
        shares = {(f.path, f.claim.sentence, f.subject): f for f in index.by_kind.get(Kind.SHARE, [])
                  if f.contest is None and f.subject_kind == "party" and _listed(f)}
        for vf in index.by_kind.get(Kind.VOTES, []):
            if vf.contest is None and vf.subject_kind == "party" and _listed(vf) \
                    and (sf := shares.get((vf.path, vf.claim.sentence, vf.subject))) is not None:
                lists[(vf.path, vf.claim.paragraph)].append((vf, sf))
        for (path, _), pairs in sorted(lists.items()):
            if len(pairs) >= 3:
                yield from self._agree(f"the list in {path}", _implied(pairs), [])

    def _contest(self, contest: Contest) -> Iterator[Outcome]:
        ranges = _implied([(vf, sf) for cand in contest.candidates.values()
                           if (vf := cand.vote_fact()) is not None and (sf := cand.share_fact()) is not None])
        totals = [t for t in contest.totals
                  if t.kind == Kind.VOTES_CAST or (t.kind == Kind.TURNOUT and t.claim.unit == "votes")]
        if len({t.claim.value for t in totals}) > 1:
            # "47,682 ballot papers … leaving 47,470 valid votes": shares are of the valid vote, if one is
            # said to be; of several totals none says is, none is taken.
            totals = [t for t in totals if valid_total(t.claim) == "valid"]
            if len({t.claim.value for t in totals}) > 1:
                totals = []
        yield from self._agree(contest.key, ranges, totals)

    def _agree(self, key: str, ranges: list[tuple[float, float, list[Fact], str]], totals: list[Fact]
               ) -> Iterator[Outcome]:
        for t in totals:
            ranges.append((t.claim.low, t.claim.high, [t], f"the stated total of {t.claim.text}"))
        if len(ranges) < 2:
            return
        ranges.sort(key=lambda r: (r[2][0].path, r[2][0].claim.location.start))
        # A stated total of ballots may hold rejected ones (see admitted_low): it admits a few fewer valid votes.
        allowed = [(admitted_low(r[2][0]) if len(r[2]) == 1 else r[0], r[1]) for r in ranges]
        lo = max(r[0] for r in allowed)
        hi = min(r[1] for r in allowed)
        if lo <= hi + 0.5:
            first = ranges[0][2][0]
            yield self.verified(first, f"{key}: votes and shares agree on {fmt(round(lo))}–{fmt(round(hi))} votes cast ✓")
            return
        # Report against the first range each later one fails to meet.
        for k in range(1, len(ranges)):
            for j in range(k):
                a, b = ranges[j], ranges[k]
                if allowed[j][0] > allowed[k][1] + 0.5 or allowed[k][0] > allowed[j][1] + 0.5:
                    yield self.finding(
                        b[2][0],
                        f"votes and shares disagree on the votes cast: {b[3]}, but {a[3]}",
                        stated=b[2][0].claim.value,
                        expected=round(100.0 * b[2][1].claim.value / ((a[0] + a[1]) / 2), 1) if len(b[2]) == 2 else None,
                        arithmetic=f"{b[3]}; {a[3]}",
                        related=b[2][1:] + a[2],
                    )
                    return


def _implied(pairs: list[tuple[Fact, Fact]]) -> list[tuple[float, float, list[Fact], str]]:
    """The votes cast each (count, share) pair implies, as a range its rounding allows."""
    out = []
    for vf, sf in pairs:
        if sf.claim.unit != "percent" or not sf.claim.low or sf.claim.low <= 0:
            continue
        lo = vf.claim.low / (sf.claim.high / 100.0)
        hi = vf.claim.high / (sf.claim.low / 100.0)
        if not (math.isfinite(lo) and math.isfinite(hi)):
            continue  # an open-ended count ("more than 12,000 votes") sets no bound on the votes cast
        out.append((lo, hi, [sf, vf], f"{vf.claim.text} at {sf.claim.text}% implies {fmt(round(lo))}–{fmt(round(hi))}"
                                      f" votes cast"))
    return out


def _listed(f: Fact) -> bool:
    """A party's figure of this election, on a line of a list ("Plaid Cymru 31,480 (22.0%)")."""
    c = f.claim
    return c.modality == Modality.ACTUAL and c.round is None and c.year is None and not c.hedge and c.value is not None \
        and len(c.sentence) <= 80


class ShareSum(Check):
    """`share-sum`: the shares one article gives the candidates of one contest, or the parties of one election
    nationally, add up to no more than 100 per cent. Each figure stands for an interval ("33.4" is at least
    33.35), so the check adds the smallest values the copy allows: 33.4 three times (100.2) is impossible,
    33.3 three times (99.9) is fine."""

    name = "share-sum"
    params = {"slack": ((int, float), 0.0)}

    def run(self, index: Index) -> Iterator[Outcome]:
        groups: dict[tuple, dict[str | None, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        unnamed: dict[tuple, list[Fact]] = defaultdict(list)  # (an "Others: 5.0%" line may be told no contest)
        for f in index.by_kind.get(Kind.SHARE, []):
            c = f.claim
            if c.unit != "percent" or c.value is None or c.low is None or c.modality != Modality.ACTUAL or c.hedge \
                    or SUBTOTAL_ROW.match(c.sentence):
                continue  # (nor a table's subtotal: "| Mahayuti (NDA) total | | 230 | 48.2 |" sums rows above it)
            groups[share_group(f)][f.subject].append(f)
            if f.subject is None:
                unnamed[(f.path, f.year, c.round)].append(f)
        yield from self._two_sides(unnamed, groups)
        for (path, where, year, count), by_subject in sorted(groups.items(), key=lambda kv: str(kv[0])):
            named = {s: min(fs, key=lambda f: f.claim.low) for s, fs in by_subject.items() if s is not None}
            # one share told twice, of a candidate whose party the copy does not give and of a party ("Sarah Coombes
            # won 47.7 per cent" over "| Liberal Democrat | 47.7 |"): one figure, not two
            named = {s: f for s, f in named.items() if not (f.subject_kind == "person" and f.party is None and any(
                g.subject != s and g.subject_kind == "party" and g.claim.value == f.claim.value for g in named.values()))}
            if len(named) < 2:
                continue
            if count == "final" and len(named) > 2 and any(TWO_WAY.search(f.claim.sentence) for f in named.values()):
                continue  # two two-way counts of one seat (the 2CP's Labor v Greens, the 2PP's Labor v Liberal): none
                # is the whole of the other
            parties = [f.party or (f.subject if f.subject_kind == "party" else None) for f in named.values()]
            if len([p for p in parties if p]) != len({p for p in parties if p}):
                continue  # a party twice (its candidate's share and the party's): figures of two wholes mixed
            # Figures with no subject ("others 8.1%") count when a sentence of the named ones gives them.
            sentences = {f.claim.sentence for f in named.values()}
            paragraphs = {f.claim.paragraph for f in named.values()}
            rest = [f for f in by_subject.get(None, []) if f.claim.sentence in sentences]
            rest += [f for f in unnamed[(path, year, count)] if f not in rest
                     and (min(paragraphs) <= f.claim.paragraph <= max(paragraphs) + 1
                          and OTHERS_LINE.match(f.claim.sentence)
                          or f.claim.column and f.claim.paragraph in paragraphs
                          and all(g.claim.column == f.claim.column for g in named.values())
                          and not NOT_A_SIDE_ROW.match(f.claim.sentence))]
            # (and a table's row of a party no list knows, "| Family First | 3.2 |", in the named rows' column)
            # (and a list's "Others: 2.3%" line under the named ones, or right after them where each line of a
            # bulleted list is a paragraph of its own)
            picked = _without_group_rows(sorted([*named.values(), *rest], key=lambda f: f.claim.location.start))
            low = sum(f.claim.low for f in picked)
            terms = " + ".join(f.claim.text for f in picked)
            label = where if isinstance(where, str) else (where[1] or "the election, nationally") \
                if where[0] == "national" else where[1] if where[0] == "paragraph" else "the contest this sentence reports"
            total = round(sum(f.claim.value for f in picked), 2)
            high = sum(f.claim.high for f in picked)
            if count == "final" and len(picked) == 2 and not rest and high < 100 - self.p["slack"] \
                    and any(TWO_WAY.search(f.claim.sentence) or f.claim.column and TWO_WAY.search(f.claim.column)
                            for f in picked):  # (or a table's "ALP 2PP %" column)
                # the last count between two ("two-party-preferred", a run-off) shares out the whole vote
                yield self.finding(
                    picked[0], f"the two final-count shares in {label} add up to {fmt(total)}%, less than the whole"
                               f" vote", stated=total, expected=100.0,
                    arithmetic=f"{terms} = {fmt(total)} < 100 (at most {high:.2f} with each figure's rounding)",
                    related=picked[1:])
                continue
            if low <= 100 + self.p["slack"]:
                yield self.verified(picked[-1], f"shares in {label}: {terms} = {fmt(total)}% ≤ 100% ✓")
                continue
            # One column of one table adds up on its own, whichever seat or region it is of
            one_column = len({(f.path, f.claim.paragraph, f.claim.column) for f in picked}) == 1 and picked[0].claim.column
            yield self.finding(
                picked[0], f"the shares in {label} add up to {fmt(total)}%, more than the whole vote",
                stated=total, expected=100.0,
                arithmetic=f"{terms} = {fmt(total)} > 100 (at least {low:.2f} with each figure's rounding)",
                related=picked[1:], self_contained=bool(one_column))


    def _two_sides(self, unnamed: dict[tuple, list[Fact]], groups: dict) -> Iterator[Outcome]:
        """A sentence that gives a vote's two sides their shares without naming them ("51.3 per cent backed the
        change and 49.7 per cent voted to keep the current arrangements"): the two are the whole vote, at most 100."""
        named_sentences = {(f.path, f.claim.sentence) for by_subject in groups.values()
                           for s, fs in by_subject.items() if s is not None for f in fs}
        by_sentence: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for facts in unnamed.values():
            for f in facts:
                if f.claim.round is None and f.claim.column is None:
                    by_sentence[(f.path, f.claim.sentence)].append(f)
        for (path, sentence), facts in sorted(by_sentence.items()):
            if len(facts) != 2 or (path, sentence) in named_sentences or not TWO_SIDES.search(sentence):
                continue
            a, b = sorted(facts, key=lambda f: f.claim.location.start)
            low = a.claim.low + b.claim.low
            total = round(a.claim.value + b.claim.value, 2)
            terms = f"{a.claim.text} + {b.claim.text}"
            if low <= 100 + self.p["slack"]:
                yield self.verified(b, f"the two sides' shares: {terms} = {fmt(total)}% ≤ 100% ✓")
                continue
            yield self.finding(
                a, f"the two sides' shares add up to {fmt(total)}%, more than the whole vote", stated=total,
                expected=100.0, arithmetic=f"{terms} = {fmt(total)} > 100 (at least {low:.2f} with each figure's"
                                           f" rounding)", related=[b])

TWO_SIDES = re.compile(r"\breferendum\b|\b(?:backed|supported|opposed|rejected)\b.*\b(?:voted|backed|opposed|"
                       r"rejected|against|to keep)\b|\b(?:led|leads|leading|passed|failed|won|lost)\s+(?:by\s+)?"
                       r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+to\s+\d[\d.]*\s*(?:%|per\s*cent|percent)",
                       re.IGNORECASE)
"""A sentence of a vote's two sides told without their names: "In Thursday's referendum, 51.3 per cent backed the
change and 48.7 per cent voted to keep the current arrangements", "Question 3 led 54.2 percent to 48.1 percent"."""
NOT_A_SIDE_ROW = re.compile(r"\W*(?:total|turnout|informal|formal|rejected|spoilt|spoiled|invalid|exhausted|majority|"
                            r"electorate|swing|change|valid|votes cast|ballots|all candidates|sum|grand)\b", re.IGNORECASE)
"""A table row that is no side's share: "| Informal | 4.1 |", "| Total | 100.0 |"."""
SUBTOTAL_ROW = re.compile(r"\s*\|(?:[^|\n]*\|){0,1}[^|\n]*\b(?:sub-?)?totals?\b[^|\n]*\|", re.IGNORECASE)
"""A table row labelled a total in its first cells: "| Mahayuti (NDA) total | | 230 | 48.2 |"."""
WHOLE_RACES = (UNNAMED_RACE, UNNAMED_SEAT)
TWO_WAY = re.compile(TWO_PARTY.pattern + r"|\brun-?off\b|head-to-head", re.IGNORECASE)
"""Words of a final count between two that shares out the whole vote (not a certified result's leaders)."""


def _without_group_rows(facts: list[Fact]) -> list[Fact]:
    """A table's rows of no known side that are each the sum of the rows under them ("| **Centre-right** | 43.8 |"
    over its parties' 26.0, 8.8, 8.1 and 0.9) are groups, not sides: the sides are the rows under them."""
    rows = [(f, f.subject is None and bool(f.claim.column)) for f in facts]
    if not rows or not rows[0][1] or all(g for _, g in rows):
        return facts
    groups: list[tuple[Fact, list[Fact]]] = []
    for f, group in rows:
        if group:
            groups.append((f, []))
        else:
            groups[-1][1].append(f)
    if all(parts and abs(sum(g.claim.value for g in parts) - head.claim.value) <= 0.1 * len(parts) + 0.1
           for head, parts in groups):
        return [f for f, group in rows if not group]
    return facts


def share_group(f: Fact) -> tuple:
    """The shares that make up one whole in one article: the seat its sentence names; else one sentence's
    ("Hussein took 46.8%, Price 38.2% and Shaw 15.1%"); with no seat at all, one paragraph's figures for the
    election nationally, or in a nation or region."""
    c = f.claim
    if f.contest and f.place_known and not any(a.startswith("took the seat") and not a.endswith("from the same sentence")
                                               for a in f.assumptions):
        where: object = f.contest  # the sentence names the seat (a seat taken from elsewhere may be wrong)
    elif f.contest and f.place_known and all(a.endswith(("from the same sentence", "the only one in this article"))
                                            for a in f.assumptions if a.startswith("took the seat")):
        where = f.contest  # the one seat an article names: its shares, whichever sentence gives them
    elif f.contest and f.contest.startswith(WHOLE_RACES):
        # An article (or a results line's paragraph) of one unnamed race: its paragraph's shares, one count's
        # ("Cormier took 44.1 per cent, Ellison 38.6 … The Green candidate won 3.4 per cent")
        where = ("paragraph", f.contest, c.paragraph, c.round)
    elif f.contest and f.contest.endswith(PERSON_SEAT) and f.subject_kind == "person" and not c.place:
        # No seat or race named, and rounds told ("led the first round with 46.3 per cent … Benn was second on
        # 31.8 per cent and … Moore third on 25.4"): one paragraph's candidates' shares of one count
        where = ("paragraph", "the count this paragraph reports", c.paragraph, c.round)
    elif f.contest or c.place:
        where = ("sentence", c.sentence)
    else:
        where = ("national", c.scope, c.paragraph)  # one paragraph's national figures: one list
    return f.path, where, f.year, c.round  # a later round's shares ("52.4 per cent to 47.6 per cent, two-party
    # preferred") are a whole of their own, not added to the first preferences
