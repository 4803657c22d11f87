"""`bound` and `sum-bound`: a figure, or a sum of figures, stays within its limit.

bound: a share ≤ 100; a majority < the winner's votes; the runner-up ≤ the winner;
"X of Y" has X ≤ Y. sum-bound: the seats won in one election and region add up to no
more than the seats there are (the chamber's size from rules/chambers.toml, or the
total the copy states).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..contests import Index
from ..model import BESIDE_SEATS, COUNCIL_SCOPE, OPEN_TOTAL_ROW, TOTAL_ROW, WHOLE_OF_PART, Kind, Modality
from ..resolve import ELSEWHERE_WORDS, Fact
from .base import Check, Outcome, figure_at, fmt
from .shares import OTHERS_LINE
from .tiers import tier_of

OPS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b}


SPEAKER = re.compile(r"\b(?:the|and) Speaker\b(?!\s*\d)")
"""A line-up that counts the Speaker as a seat of its own, with no figure ("…, UUP 1, and the Speaker")."""


class Bound(Check):
    """Each claim of `kinds` (with `role`, if set) is `op` its limit: a number, its whole, or the winner's votes."""

    name = "bound"
    params = {
        "op": (str, "<="),
        "limit": ((int, float), None),
        "against": (str, ""),
        "role": (str, ""),
        "unit": (str, ""),
        "what": (str, "the limit"),
    }
    choices = {"op": tuple(OPS)}

    @classmethod
    def validate(cls, params):
        problem = super().validate(params)
        if problem:
            return problem
        if "limit" not in params and params.get("against") not in ("whole", "winner.votes"):
            return "give 'limit' (a number) or 'against' ('whole' or 'winner.votes')"
        return None

    def run(self, index: Index) -> Iterator[Outcome]:
        op = OPS[self.p["op"]]
        for f in index.facts:
            c = f.claim
            if f.kind not in self.kinds or c.value is None or (self.p["role"] and c.role != self.p["role"]):
                continue
            if self.p["unit"] and c.unit != self.p["unit"]:
                continue
            limit = self._limit(index, f)
            if limit is None:
                continue
            value, against, related = limit
            if op(c.low, value) or (self.p["op"] == "<=" and abs(c.low - value) < 1e-9):
                yield self.verified(f, f"{c.text} {self.p['op']} {fmt(value)} ✓ ({against})")
                continue
            yield self.finding(
                f,
                f"{c.text} is more than {against} ({fmt(value)})" if self.p["op"] == "<=" else
                f"{c.text} is not less than {against} ({fmt(value)})",
                stated=c.value, expected=value,
                arithmetic=f"{c.text} {'>' if self.p['op'] == '<=' else '≥'} {fmt(value)}",
                related=related,
                # Against a fixed limit or its own "of Y", a figure is wrong whoever it belongs to.
                self_contained=not related,
            )

    def _limit(self, index: Index, f: Fact) -> tuple[float, str, list[Fact]] | None:
        c = f.claim
        if self.p["limit"] is not None:
            return float(self.p["limit"]), self.p["what"], []
        if self.p["against"] == "whole":
            if c.whole is None:
                return None
            return c.whole, f"the whole it is part of ('{c.text} of {c.whole_text}')", []
        # winner.votes
        if c.modality != Modality.ACTUAL or c.year is not None:
            return None
        contest = index.contest_of(f)
        if contest is None or f.kind == Kind.VOTES and index.several_seats(contest, f.path):
            return None  # several seats: the second-placed may be elected too, and a runner-up beat a winner
        subject = index.candidate_of(f)
        if f.kind in (Kind.MAJORITY, Kind.MARGIN):
            winner = subject if subject is not None and subject.vote_fact(f.path) else contest.winner(f.path)[0]
            if c.role == "loser":
                winner = contest.winner(f.path)[0]
            elif subject is not None and f.subject_kind == "person" and winner is not subject:
                return None  # "Indore's Shankar Lalwani … winning by 11,75,092" in a story of Gandhinagar: not its lead
        else:
            stated = [k for k in contest.candidates.values() if k.roles.get("winner") and k is not subject]
            winner = stated[0] if len(stated) == 1 else None
            if winner is None:
                found, how = contest.winner(f.path)
                winner = found if how.startswith("the only other candidate") else None
        if winner is None or winner is subject and f.kind == Kind.VOTES:
            return None
        wf = winner.vote_fact(f.path)
        if wf is None:
            return None
        return wf.claim.value, f"the winner's votes ({winner.key.removeprefix('party:')})", [wf]


NO_OTHERS = re.compile(r"\bno other (?:party|parties|group|candidates?) (?:won|took|gained|holds?|has|have|had|"
                       r"returned|elected)\b|\bthe only (?:two |three |four |five )?parties to (?:win|hold|have) "
                       r"(?:a )?seats?\b|\bno (?:independents? or )?other parties (?:are|were) represented\b",
                       re.IGNORECASE)
"""Words that say the parties named hold every seat there is."""


def closes_column(f: Fact) -> bool:
    """A table's "Total" row under its seats column: the sum of the rows above it."""
    return TOTAL_ROW in f.claim.evidence


SHARED_OUT = re.compile(r"\b(?:each|apiece|between them)\b", re.IGNORECASE)
EVERYONE_ELSE = frozenset({"Independent", "Others", "Other"})
"""Entries that close a list of a body's members: with them, the parties named fill it."""


def _whole_line_up(picked: list[Fact], sizes: list[Fact]) -> bool:
    """A body's size and its line-up in one sentence, the line-up closed by its independents ("Brockley Heath
    (48 seats): Lab 29, Con 11, Green 5, Ind 2"): the figures must fill it."""
    sentences = {f.claim.sentence for f in picked}
    sentence = next(iter(sentences))
    first = min(figure_at(sentence, f.claim.text) for f in picked)
    # the size heads the line-up, set off by a colon: "(48 seats): Lab 29, …", not "… on the 42-seat council"
    heads = [f for f in sizes if f.claim.sentence in sentences and figure_at(sentence, f.claim.text) < first
             and ":" in sentence[figure_at(sentence, f.claim.text):first]]
    return len(picked) >= 3 and len(sentences) == 1 and bool(heads) \
        and any(f.subject in EVERYONE_ELSE for f in picked) and not any(f.claim.hedge for f in picked) \
        and not SHARED_OUT.search(sentence)  # (not "Alliance, the UUP and an independent one each")


def _balanced_lines(index: Index) -> dict[tuple[str, str], int]:
    """Line-ups whose parties' gains and losses, in brackets after their seats, cancel out ("Ref 24 (+24), Con 13
    (-15), LD 9 (-3), Lab 5 (-4), Grn 2 (-1), Ind 1 (-1)"): every seat changed hands within them, so they are the
    whole body. By (article, sentence): how many parties they name."""
    changes: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for f in index.by_kind.get(Kind.SEAT_CHANGE, []):
        c = f.claim
        if f.subject_kind == "party" and f.subject and c.value is not None and (c.text[:1] in "+-−–" or c.value == 0) \
                and c.evidence and c.evidence[0] == BESIDE_SEATS:
            changes[(f.path, c.sentence)][f.subject] = -c.value if c.text[:1] in "-−–" else c.value
    return {k: len(v) for k, v in changes.items() if len(v) >= 3 and abs(sum(v.values())) < 1e-9
            and any(x != 0 for x in v.values())}


def _changes_balance(picked: list[Fact], balanced: dict[tuple[str, str], int]) -> bool:
    where = {(f.path, f.claim.sentence) for f in picked}
    return len(where) == 1 and balanced.get(next(iter(where))) == len(picked)


def _why_exact(picked: list[Fact], sizes: list[Fact], balanced: dict[tuple[str, str], int]) -> str:
    if any(map(closes_column, sizes)):
        return "the table totals its rows"
    if not any(NO_OTHERS.search(f.claim.sentence) for f in picked + sizes) and not _whole_line_up(picked, sizes) \
            and _changes_balance(picked, balanced):
        return "the parties' gains and losses cancel out: every seat is in the list"
    if any(NO_OTHERS.search(f.claim.sentence) for f in picked + sizes):
        return "no other party won a seat"
    return "the line lists every party, independents too"


LIST_SUM = "the list's sum"
"""The evidence of a size the copy gives as its list's sum ("- a total of 61 seats", "That is 122 seats"): exact."""


def seat_side(f: Fact) -> str | None:
    """Whose seats a fact counts, for adding up: a party's, or a table's row of others ("| Others | 19 |": seats
    too, of no party the copy names)."""
    if f.subject_kind == "party":
        return f.subject
    if f.subject is None and f.claim.column and OTHERS_LINE.match(f.claim.sentence):
        return "Others"
    return None


OTHER_MEMBERS = re.compile(r"\b(?:MLAs?|MSPs?|MSs|Assembly|Stormont|Holyrood|Senedd|councillors|council seats)\b")
"""Words of another body's members than the home chamber's, in a sentence of a nation's seats."""


class SumBound(Check):
    """The seats of one election and region, party by party, add up to no more than the seats there."""

    name = "sum-bound"
    params = {"against": (str, "chamber")}

    def run(self, index: Index) -> Iterator[Outcome]:
        groups: dict[tuple, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        home = index.ruleset.default_chamber
        home_regions = {r for z in home.sizes for r in z.regions} if home is not None else set()
        for f in index.facts:
            c = f.claim
            if f.kind not in self.kinds or (side := seat_side(f)) is None or c.value is None:
                continue
            if c.scope in home_regions and OTHER_MEMBERS.search(c.sentence):
                continue  # "Across Northern Ireland, Alliance more than doubled its Assembly group from eight MLAs to
                # 17": another body's seats in that nation, not its share of the home chamber's
            if c.modality not in (Modality.ACTUAL, Modality.HISTORICAL, Modality.FORECAST) or c.round == "provisional":
                continue  # a live blog's running count is part of the night, not a total to add up
            if (tier := tier_of(c.column)) is None:
                continue  # seats in copy about both tiers that says of neither: not known to be a total
            # A mixed system's constituency or list seats add up within their tier ("The seven list seats went
            # Labour 3, Conservatives 2 …"), against the size the copy gives that tier, never the chamber's.
            # A forecast's seats add up too, each list on its own ("Exit poll projection, seats (650)" over its
            # rows): no projection gives the parties more seats than there are.
            modality = (c.modality, f.path, c.paragraph) if c.modality == Modality.FORECAST else c.modality
            groups[(c.scope, c.body, modality, index.pool(f), tier)][side].append(f)
        # The sizes the copy states, by election; with the election unknown, by article: an undated story's
        # "three seats" sizes nothing but its own figures.
        stated, own, tiers = defaultdict(list), defaultdict(list), defaultdict(list)
        for f in index.by_kind.get(Kind.TOTAL_SEATS, []):
            if f.claim.modality == Modality.GROUP or f.claim.round == "provisional":
                continue  # the seats fought this time in a council elected by thirds: a part of the body (and a size
                # on preliminary results: "a 121-seat House" before the final count made it 122)

            if tier_of(f.claim.column) in ("constituency", "list"):  # "the seven regional list seats"
                tiers[(f.claim.scope, f.claim.body, f.year, f.path, tier_of(f.claim.column))].append(f)
            elif not f.claim.column or closes_column(f) or OPEN_TOTAL_ROW in f.claim.evidence:  # (a size all the same)
                # a table of each place's seats sizes the place, not the chamber; its "Total" row sizes the body
                own[(f.claim.scope, f.claim.body, f.year, f.path)].append(f)
                if f.claim.scope is not None:
                    # A size that names no chamber or region ("Of the 43 constituencies, just one voted
                    # against") sizes only its own article's figures: another article's may be another body's;
                    # so does a part's (Index.a_part_of_chamber)
                    where = (f.claim.scope, index.pool(f))
                    stated[(*where, f.path) if index.a_part_of_chamber(f) else where].append(f)
        sizes_in: dict[str, set[float | None]] = defaultdict(set)  # every size each article gives, of any body
        for f in index.by_kind.get(Kind.TOTAL_SEATS, []):
            if f.claim.modality == Modality.ACTUAL:
                sizes_in[f.path].add(f.claim.value)
        councils_of: dict[tuple, list[tuple]] = defaultdict(list)  # the councils each article sizes
        for key in own:
            if key[0] == COUNCIL_SCOPE and key[1] is not None:
                councils_of[(key[2], key[3])].append(key)
        # Worked out once per run, not once per article: one election's totals span most of a big corpus.
        members = {p.name: p.members for p in index.ruleset.parties if p.members}
        balanced = _balanced_lines(index)
        limits: dict[tuple, tuple[float | None, str, list[Fact]]] = {}
        for (scope, body, modality, pool, tier), parties in sorted(groups.items(), key=lambda kv: str(kv[0])):
            year = pool[0]
            if isinstance(modality, tuple) and scope is not None and not any(
                    key[3] == modality[1] for key in own if key[0] == scope):
                continue  # a forecast adds up against the home chamber, or a size its own article gives: a scope
                # worked out for it is a guess ("… in UK parliament" is no Australian House)
            if tier != "total":
                for path, of_path in sorted(self._by_path(parties).items()):
                    sizes = tiers.get((scope, body, year, path, tier), [])
                    if sizes and len(of_path) >= 2 and \
                            (o := self._check(balanced, members, of_path, scope, self._limit(index, scope, year, sizes))):
                        yield o
                continue
            # Each article's own figures first: its seat totals must fit on their own.
            by_path = self._by_path(parties)
            for path in sorted(by_path):
                where = (scope, pool)
                if where not in limits:
                    limits[where] = self._limit(index, scope, year, stated.get(where, []))
                mine = own.get((scope, body, year, path), [])
                if body is not None:  # a council the copy names: the size it gives that council
                    limit = self._limit(index, scope, year, mine) if mine else (None, "", [])
                elif scope == COUNCIL_SCOPE and mine:
                    # an unnamed council's size its own lines give ("A third of Ellesmere's 51 seats were up"), not
                    # the smallest of the round-up's other councils
                    limit = self._limit(index, scope, year, mine) if len({f.claim.value for f in mine}) == 1 \
                        else (None, "", [])
                elif scope == COUNCIL_SCOPE and not mine:
                    # Figures of no council the copy names ("won 47 seats across the three councils"): sized only
                    # by the article's one council, never by the smallest of several in a round-up
                    named = [own[k] for k in councils_of.get((year, path), ())]
                    limit = self._limit(index, scope, year, named[0]) if len(named) == 1 \
                        and sizes_in[path] <= {f.claim.value for f in named[0]} else (None, "", [])
                    # (not where the article sizes another body too: "One third of Tolham's 48 seats were up …
                    # Brayling District Council … Of its 40 seats": Tolham's figures are not Brayling's)
                elif part := stated.get((*where, path)):
                    limit = self._limit(index, scope, year, part)  # "Of the state's nine seats in the U.S. House"
                else:
                    limit = limits[where] if scope is not None or not mine else \
                        self._limit(index, scope, year, stated.get(where, []) + mine)
                # A table's own "Total" row under every party's row sizes them, whatever else the copy sizes
                # ("British Columbia's 93-seat legislature" over "| **Total** | **92** |")
                closing = [f for f in mine if closes_column(f) or OPEN_TOTAL_ROW in f.claim.evidence]
                tabled = len({f.claim.value for f in closing}) == 1 and all(
                    any(g.claim.column for g in facts) for facts in by_path[path].values())
                if tabled:
                    limit = self._limit(index, scope, year, closing)
                # A council the copy names is one body; an unnamed one may be several (a round-up).
                if len(by_path[path]) >= 2 and (body is not None or tabled
                                                or not self._several_bodies(by_path[path], mine)) \
                        and (o := self._check(balanced, members, by_path[path], scope, limit)):
                    yield o
            # Then the corpus as a whole, when no one article names every party it does: only for one election
            # the copy names (figures of elections that cannot be told are never pooled).
            if len(pool) == 1 and len(parties) >= 2 and all(len(p) < len(parties) for p in by_path.values()) \
                    and scope != COUNCIL_SCOPE and not isinstance(modality, tuple) \
                    and (o := self._check(balanced, members, parties, scope, limits[(scope, pool)])):
                yield o

    @staticmethod
    def _by_path(parties: dict[str, list[Fact]]) -> dict[str, dict[str, list[Fact]]]:
        by_path: dict[str, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for party, facts in parties.items():
            for f in facts:
                by_path[f.path][party].append(f)
        return by_path

    @staticmethod
    def _several_bodies(parties: dict[str, list[Fact]], stated: list[Fact]) -> bool:
        """A round-up of several councils ("24 of the 43 seats … 35 of 60"): the figures are not one body's.
        `stated`: the sizes this article gives."""
        wholes = {f.claim.whole for facts in parties.values() for f in facts if f.claim.whole}
        sizes = {f.claim.value for f in stated}
        # "Elsewhere in Norfolk, the Conservatives now hold 18 of the borough's 39 seats": another council.
        moved_on = any(w in sentence for sentence in {f.claim.sentence.lower() for facts in parties.values()
                                                      for f in facts} for w in ELSEWHERE_WORDS)
        return len(wholes) > 1 or len(sizes) > 1 or moved_on

    def _check(self, balanced: dict[tuple[str, str], int], members: dict[str, tuple[str, ...]],
               parties: dict[str, list[Fact]], scope: str | None,
               limit_of: tuple[float | None, str, list[Fact]]) -> Outcome | None:
        # An alliance's seats include its members' ("the NDA's 293, the BJP's 240"): count each seat once.
        allied = {m for name in parties for m in members.get(name, ())}
        parties = {name: facts for name, facts in parties.items() if name not in allied}
        if "Others" in parties:  # a table's row of others adds up with its own table's rows only (its others may
            # include the independents a sentence counts apart: "The 22 seats won by smaller parties and independents")
            tables = {(f.path, f.claim.paragraph) for f in parties["Others"]}
            parties = {name: kept for name, facts in parties.items()
                       if (kept := [f for f in facts if (f.path, f.claim.paragraph) in tables])}
        if len(parties) < 2:
            return None
        # One figure per party; if the copy disagrees with itself, the smallest (agreement reports it).
        picked = [min(facts, key=lambda f: (f.claim.value, f.path, f.claim.location.start))
                  for facts in parties.values()]
        total = sum(f.claim.value for f in picked)
        limit, against, limit_facts = limit_of
        if limit is None:
            return None
        if not limit_facts and any(f.claim.value > limit for f in picked):
            return None  # "Across Scotland the SNP won 453 seats" in a council story: one party's figure above the
            # chamber's own seats there is another body's (councillors), never a slip of the chamber's
        if limit_facts and all(WHOLE_OF_PART in g.claim.evidence for g in limit_facts) and any(
                f.claim.value > limit and all(f.claim.paragraph != g.claim.paragraph for g in limit_facts)
                for f in picked):
            return None  # "Moorfield ward, where Labour holds two of the three seats" beside the council's "14
            # councillors": a whole sizes what its sentence is about, and a figure elsewhere larger than it is of
            # another body
        picked.sort(key=lambda f: (f.path, f.claim.location.start))
        terms = " + ".join(fmt(f.claim.value) for f in picked)
        where = scope or "the chamber"
        # "No other party won a seat in the 87-seat legislature": the parties named fill it, to the seat.
        exact = bool(limit_facts) and len({f.path for f in picked + limit_facts}) == 1 and (any(
            NO_OTHERS.search(f.claim.sentence) for f in picked + limit_facts) or any(map(closes_column, limit_facts))
            or _whole_line_up(picked, limit_facts) or _changes_balance(picked, balanced)
            or any(e.startswith(LIST_SUM) for f in limit_facts for e in f.claim.evidence))
        if exact and total == limit - 1 and any(SPEAKER.search(f.claim.sentence) for f in picked + limit_facts):
            exact = False  # "…, TUV 1, and the Speaker": the Speaker's seat, told with no figure, fills the last
        if exact and total < limit:
            return self.finding(
                picked[0], f"seat totals add up to {fmt(total)}, not the {fmt(limit)} the copy says they fill",
                stated=total, expected=limit,
                arithmetic=f"{terms} = {fmt(total)} ≠ {fmt(limit)} ({_why_exact(picked, limit_facts, balanced)})",
                related=picked[1:] + limit_facts)
        if total <= limit:
            return self.verified(picked[-1], f"seats in {where}: {terms} = {fmt(total)} {'=' if exact else '≤'} {fmt(limit)} ✓")
        # Point at the sentence that lists most of the totals ("… the Conservatives had won 330 seats,
        # Labour 282, the SNP 56 …"), at its first figure.
        by_sentence = Counter((f.path, f.claim.sentence) for f in picked)
        main = by_sentence.most_common(1)[0][0]
        at = next(f for f in picked if (f.path, f.claim.sentence) == main)
        return self.finding(
            at,
            f"seat totals add up to {fmt(total)}, more than {against}",
            stated=total, expected=limit,
            arithmetic=f"{terms} = {fmt(total)} > {fmt(limit)}",
            related=[f for f in picked if f is not at] + limit_facts,
            self_contained=all(f.path == at.path and f.claim.sentence == at.claim.sentence
                               for f in picked + limit_facts),
        )

    def _limit(self, index: Index, scope: str | None, year: int | None,
               facts: list[Fact]) -> tuple[float | None, str, list[Fact]]:
        """The seats there are: the fewest the copy states for this election (`facts`), else the chamber's."""
        if facts:
            # (of sizes told twice alike, the one that closes a list: "… Ind 2 (total 30)" over "the 30-member authority")
            f = min(facts, key=lambda f: (f.claim.value, not any(e.startswith(LIST_SUM) for e in f.claim.evidence)))
            return f.claim.value, f"the {f.claim.text} seats the copy gives" + (f" for {scope}" if scope else ""), [f]
        if self.p["against"] != "chamber":
            return None, "", []
        size, against = index.chamber_size(scope, year)
        return size, against, []
