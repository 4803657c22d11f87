"""`reference`: the copy's figures against the official results (`--reference`).

Consistency checks catch a slip only when the copy contradicts itself; a single wrong figure
needs the declaration. Each figure whose election, seat and person (or party) the resolver
worked out is looked up in the table: a confident disagreement is an error that names the
official figure and the likely slip; one that rests on an assumption (a surname, an undated
story, a seat taken from elsewhere in the article) is a warning that says so. Rounding within
the copy's precision, counts the copy calls provisional, and the Speaker counted in their old
party are explained, never flagged. The table is also a gazetteer of its election's seats and
candidates: a misspelt candidate is matched and reported with the official spelling.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..contests import Index
from ..model import Claim, Finding, Kind, Modality, Severity
from ..reference.slips import correction
from ..reference.tables import OTHERS, Election, Entry, Reference, Seat, norm
from ..resolve import NAMED_ELSEWHERE, Fact
from .base import Check, Outcome, fmt

NATIONS = {"scotland": "Scotland", "wales": "Wales", "england": "England", "northern ireland": "Northern Ireland"}
CHAMBER_SIZES = {646, 650, 659}
UK_SCOPES = {None, "", "uk-commons", "united kingdom", "uk", "gb", "great britain"}


@dataclass
class Target:
    """What a fact is compared with, and what had to be assumed to find it."""

    election: Election
    seat: Seat | None = None
    entry: Entry | None = None
    national: str | None = None
    """A party's national figure (canonical party)."""
    nation: str | None = None
    assumptions: list[str] = field(default_factory=list)
    weak: bool = False
    """The match rests on an assumption: the finding is a warning."""
    variant: tuple[str, str] | None = None
    """(as written, official) when the person was matched to a near-miss spelling."""
    kind: Kind | None = None
    """What the figure is compared as, when not its claim's kind (a 'share' about turnout)."""


class Tables:
    """One reference, indexed for lookups, and the ruleset's view of its party names."""

    def __init__(self, ref: Reference, index: Index):
        self.ref = ref
        self.ruleset = index.ruleset
        self._canon: dict[str, str] = {}
        self._aliases: dict[str, str] = {}
        for p in index.ruleset.parties:
            for a in (p.name, *p.aliases, *p.local_aliases):
                self._aliases.setdefault(a.lower(), p.name)
            for a in p.abbreviations:
                self._aliases.setdefault(a.lower(), p.name)
        self._people: dict[int, dict[str, list[tuple[Seat, Entry]]]] = {}
        self._surnames: dict[int, dict[str, list[tuple[Seat, Entry]]]] = {}
        self._seat_names: dict[int, list[tuple[str, Seat]]] = {}
        self._totals: dict[tuple[int, str | None], dict[str, tuple[int, int, float]]] = {}

    def party(self, name: str) -> str:
        """A table's party name as the rules name it ('Labour and Co-operative Party' → 'Labour')."""
        if name in self._canon:
            return self._canon[name]
        out = name
        tries = [name, re.sub(r"\s*\(.*?\)\s*", " ", name).strip(), name.split(" - ")[0].strip(),
                 re.sub(r"\s+Party$", "", name), re.sub(r"^The\s+", "", name)]
        m = re.search(r"\(([^)]+)\)", name)
        if m:
            tries.append(m.group(1))
        for t in tries:
            if t.lower() in self._aliases:
                out = self._aliases[t.lower()]
                break
        self._canon[name] = out
        return out

    def party_named(self, el: Election, sentence: str, party: str) -> bool:
        """The sentence names the party outside the seat names in it ("Green" in "Bethnal Green" is no party)."""
        text = sentence
        for seat in self.seats_in(el, sentence):
            text = re.sub(re.escape(seat.name), " ", text, flags=re.I)
        names = [a for a, p in self._aliases.items() if p == party] + [party.lower()]
        low = text.lower()
        return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low) for n in names if n)

    def election(self, year: int | None) -> Election | None:
        if year is None:
            return None
        return self.ref.elections.get((year, "commons"))

    def people(self, el: Election) -> dict[str, list[tuple[Seat, Entry]]]:
        if el.year not in self._people:
            full: dict[str, list[tuple[Seat, Entry]]] = defaultdict(list)
            last: dict[str, list[tuple[Seat, Entry]]] = defaultdict(list)
            for s in el.seats.values():
                for e in s.entries:
                    if e.candidate:
                        full[norm(e.candidate)].append((s, e))
                        last[norm(e.candidate).split(" ")[-1]].append((s, e))
            self._people[el.year], self._surnames[el.year] = dict(full), dict(last)
        return self._people[el.year]

    def surnames(self, el: Election) -> dict[str, list[tuple[Seat, Entry]]]:
        self.people(el)
        return self._surnames[el.year]

    def seats_in(self, el: Election, text: str) -> list[Seat]:
        """The election's seats a sentence names, longest first, none inside another."""
        if el.year not in self._seat_names:
            self._seat_names[el.year] = sorted(((_gaz(s.name), s) for s in el.seats.values()),
                                               key=lambda x: -len(x[0]))
        hay = f" {_gaz(text)} "
        found: list[Seat] = []
        taken: list[tuple[int, int]] = []
        for key, seat in self._seat_names[el.year]:
            k = hay.find(f" {key} ")
            if k < 0:
                continue
            span = (k, k + len(key) + 2)
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append(seat)
        return found

    def totals(self, el: Election, nation: str | None) -> dict[str, tuple[int, int, float]]:
        """Canonical party → (seats, votes, share) nationally, or in one nation."""
        key = (el.year, nation)
        if key not in self._totals:
            seats: dict[str, int] = defaultdict(int)
            votes: dict[str, int] = defaultdict(int)
            total = 0
            for s in el.seats.values():
                if nation == "GB" and s.nation == "Northern Ireland" or nation not in (None, "GB") and s.nation != nation:
                    continue
                total += s.total
                for e in s.entries:
                    if e.party != OTHERS:
                        votes[self.party(e.party)] += e.votes
                w = s.winner
                if w is not None:
                    seats[self.party(w.party)] += 1
            out = {p: (seats.get(p, 0), votes.get(p, 0), 100.0 * votes.get(p, 0) / total if total else 0.0)
                   for p in set(seats) | set(votes)}
            if nation is None and el.national:
                for n in el.national.values():  # totals the table states win over sums
                    p = self.party(n.party)
                    s0, v0, sh0 = out.get(p, (0, 0, 0.0))
                    out[p] = (n.seats if n.seats is not None else s0, n.votes if n.votes is not None else v0,
                              n.share if n.share is not None else sh0)
            self._totals[key] = out
        return self._totals[key]


_TABLES: dict[int, Tables] = {}


class ReferenceCheck(Check):
    """Compares figures with the table; `compare` picks what this rule reports: `figures`,
    `winners` or `names`."""

    name = "reference"
    scope = "corpus"
    params = {"compare": (str, "figures"), "fuzzy_score": ((int, float), 88), "share_slack": ((int, float), 0.05),
              "turnout_slack": ((int, float), 0.3),
              "national_slack": ((int, float), 0.15)}

    def run(self, index: Index) -> Iterator[Outcome]:
        ref: Reference | None = getattr(index.ruleset, "reference", None)
        if ref is None:
            return
        tables = _TABLES.get(id(ref))
        if tables is None or tables.ref is not ref:
            tables = _TABLES[id(ref)] = Tables(ref, index)
        self._tables = tables
        self._names: dict[str, list[str]] = defaultdict(list)
        """Each article's people as written: a seat inside a name ("Alexander Stafford") is no seat."""
        for ex in index.resolved.extractions:
            names = {m.text for m in ex.mentions if m.kind == "person" and " " in m.text}
            names |= {m.name for m in ex.mentions if m.kind == "person" and " " in m.name}
            self._names[ex.path] = sorted(names, key=len, reverse=True)
        compare = self.p["compare"]
        seen_names: set[tuple] = set()
        article_seats = self._article_seats(index, tables)
        held: dict[tuple, list[Outcome]] = defaultdict(list)
        """Findings by (article, paragraph, election): a paragraph none of whose figures is the table's is
        about another election or contest, however it was dated."""
        agreed: dict[tuple, int] = defaultdict(int)
        self._said: set[tuple[str, str, str]] = set()
        """(article, sentence, person) already said not to have won or come second: one finding for one slip."""
        self._index = index
        for fact in index.resolved.facts:
            c = fact.claim
            if c.kind == Kind.OUTCOME:
                if compare == "winners":
                    yield from self._outcome(fact, tables, article_seats)
                continue
            if c.value is None or c.modality not in (Modality.ACTUAL, Modality.HISTORICAL):
                continue
            if c.modality == Modality.HISTORICAL and c.year is None:
                continue
            if compare != "names" and _not_a_result(c):
                continue
            target = self._target(fact, tables, article_seats)
            if target is None:
                continue
            if compare == "names":
                if target.variant and (fact.path, c.location.start) not in seen_names:
                    seen_names.add((fact.path, c.location.start))
                    written, official = target.variant
                    at = self._name_at(index, fact, written)
                    message = (f"'{written}' is spelt '{official}' in the official {target.election.year} results "
                               f"({target.seat.name if target.seat else '?'})")
                    if at is None:
                        yield self.finding(fact, message, suggestion=official, self_contained=True)
                    elif (fact.path, at.start, "name") not in seen_names:
                        seen_names.add((fact.path, at.start, "name"))
                        yield self.finding_at(at, message, suggestion=official,
                                              assumptions=tuple(target.assumptions[1:]))
                continue
            if c.round == "provisional":
                yield self.verified(fact, f"{c.text} is a provisional count, as the copy says: not compared with "
                                          f"the declared result")
                continue
            group = (fact.path, c.paragraph, target.election.year)
            outcomes = list(self._winner(fact, target, tables) if compare == "winners"
                            else self._figure(fact, target, tables))
            for o in outcomes:
                if o is None:
                    continue
                if isinstance(o, Finding):
                    held[group].append(o)
                else:
                    agreed[group] += 1
                    yield o
        for group, found in held.items():
            if len(found) < 2 or 2 * agreed[group] >= len(found) or compare == "winners":
                yield from found

    @staticmethod
    def _name_at(index: Index, fact: Fact, written: str):
        """Where the copy writes the misspelt name: its first mention in the figure's article."""
        for ex in index.resolved.extractions:
            if ex.path != fact.path:
                continue
            spots = [m.location for m in ex.mentions if m.kind == "person" and m.location is not None
                     and (m.text == written or m.name == written) and " " in m.text]
            return min(spots, key=lambda loc: loc.start) if spots else None
        return None

    # -- finding what a figure is about -----------------------------------------------------------

    def _unnamed(self, path: str, sentence: str) -> str:
        """The sentence with its article's people's names blanked out."""
        for name in self._names.get(path, ()):
            if name in sentence:
                sentence = sentence.replace(name, " ")
        return sentence

    def _article_seats(self, index: Index, tables: Tables) -> dict[tuple[str, int | None], list[Seat]]:
        """Each article's seats in each election, from every sentence it has a figure in."""
        sentences: dict[str, set[str]] = defaultdict(set)
        years: dict[str, set[int | None]] = defaultdict(set)
        for f in index.resolved.facts:
            if f.kind == Kind.OUTCOME:
                continue  # the seats of the figures' sentences: an outcome's ("Labour gains Harlow and …") adds none
            sentences[f.path].add(f.claim.sentence)
            years[f.path].add(f.year)
        out: dict[tuple[str, int | None], list[Seat]] = {}
        for path, sents in sentences.items():
            for year in years[path] | ({y for y, _ in tables.ref.elections} if None in years[path] else set()):
                el = tables.election(year)
                if el is None:
                    continue
                seats: dict[str, Seat] = {}
                for s in sents:
                    for seat in tables.seats_in(el, self._unnamed(path, s)):
                        seats[norm(seat.name)] = seat
                out[(path, year)] = list(seats.values())
        return out

    def _seat(self, fact: Fact, el: Election, tables: Tables,
              article_seats: dict[tuple[str, int | None], list[Seat]]) -> tuple[Seat | None, str | None]:
        """The seat a figure is in: named in its sentence, else its resolved seat if the table knows it,
        else the only one its article names (an assumption, said)."""
        named = tables.seats_in(el, self._unnamed(fact.path, fact.claim.sentence))
        if len(named) == 1:
            return named[0], None
        if fact.contest and fact.place_known and norm(fact.contest) in el.seats:
            in_article = article_seats.get((fact.path, fact.year), [])
            if not fact.assumptions or [norm(x.name) for x in in_article] == [norm(fact.contest)]:
                return el.seats[norm(fact.contest)], None
        if len(named) > 1:
            return None, None
        in_article = article_seats.get((fact.path, fact.year), [])
        if len(in_article) == 1:
            return in_article[0], f"took the seat {in_article[0].name}, the only one of the {el.year} results " \
                                  f"this article names"
        return None, None

    def _target(self, fact: Fact, tables: Tables,
                article_seats: dict[tuple[str, int | None], list[Seat]]) -> Target | None:
        kind = _kind(fact)
        el = tables.election(fact.year)
        if (el is not None and kind == Kind.SHARE and fact.subject_kind == "party" and fact.subject
                and "turnout" in fact.claim.sentence.lower()
                and not tables.party_named(el, fact.claim.sentence, fact.subject)):
            kind = Kind.TURNOUT  # "Turnout in Vauxhall and Camberwell Green was 48.4%": no party's share
        if fact.subject_kind == "person" and fact.subject:
            if el is not None:
                return self._person(fact, el, tables, article_seats)
            return self._undated_person(fact, tables, article_seats)
        if el is None:
            return None
        if fact.subject_kind == "party" and fact.subject and kind in (Kind.SEATS, Kind.SHARE, Kind.VOTES,
                                                                         Kind.VOTES_PER_SEAT):
            if not tables.party_named(el, fact.claim.sentence, fact.subject):
                return None  # "Green" read in "Bethnal Green": no party is named
            seat, why = self._seat(fact, el, tables, article_seats)
            named_here = seat is not None and why is None
            if kind == Kind.SEATS or not named_here:
                if kind != Kind.SEATS and (seat is not None or (fact.contest and fact.place_known)):
                    return None  # a seat's figure whose seat the table does not settle: never a national one
                scope = (fact.claim.scope or "").lower()
                if scope in UK_SCOPES:
                    return Target(el, national=fact.subject)
                if scope in NATIONS:
                    return Target(el, national=fact.subject, nation=NATIONS[scope])
                return None
            entry = self._party_entry(seat, fact.subject, tables)
            return Target(el, seat, entry) if entry is not None else None
        if (fact.subject is None or kind == Kind.TURNOUT) and kind in (Kind.TURNOUT, Kind.ELECTORATE,
                                                                      Kind.VOTES_CAST, Kind.MAJORITY):
            seat, why = self._seat(fact, el, tables, article_seats)
            if seat is None:
                return None
            t = Target(el, seat, kind=kind)
            if why:
                t.assumptions.append(why)
                t.weak = True
            return t
        if fact.subject_kind == "party" and fact.subject and kind == Kind.RANK:
            # "the Conservatives came third in Hove": the party's line in the seat the sentence names — not in a
            # sentence that names a person, whose place it may be ("Gerry Carroll (People Before Profit Alliance)
            # came second": no Alliance's)
            if not tables.party_named(el, fact.claim.sentence, fact.subject) \
                    or self._unnamed(fact.path, fact.claim.sentence) != fact.claim.sentence:
                return None
            seat, why = self._seat(fact, el, tables, article_seats)
            entry = self._party_entry(seat, fact.subject, tables)
            if entry is None:
                return None
            t = Target(el, seat, entry)
            if why:
                t.assumptions.append(why)
                t.weak = True
            return t
        if fact.subject_kind == "party" and fact.subject and kind == Kind.MAJORITY:
            seat, why = self._seat(fact, el, tables, article_seats)
            if seat is None or why:
                return None
            entry = self._party_entry(seat, fact.subject, tables)
            return Target(el, seat, entry) if entry is not None else None
        return None

    def _party_entry(self, seat: Seat | None, party: str, tables: Tables) -> Entry | None:
        if seat is None:
            return None
        hits = [e for e in seat.entries if e.party != OTHERS and tables.party(e.party) == party]
        return hits[0] if len(hits) == 1 else None

    def _person(self, fact: Fact, el: Election, tables: Tables,
                article_seats: dict[tuple[str, int | None], list[Seat]]) -> Target | None:
        name = fact.subject or ""
        key = norm(name)
        seat, why = self._seat(fact, el, tables, article_seats)
        if not el.has_candidates:
            # No names in the table: one candidate a party in a seat, so the party's line is theirs.
            if fact.party is None or seat is None:
                return None
            entry = self._party_entry(seat, fact.party, tables)
            if entry is None:
                return None
            t = Target(el, seat, entry, assumptions=[f"the {el.year} table has no candidates' names: took "
                                                     f"{name}'s figures as the {fact.party} line in {seat.name}"])
            if why:
                t.assumptions.append(why)
                t.weak = True
            return t
        hits = tables.people(el).get(key, [])
        if seat is not None and len(hits) > 1:
            hits = [h for h in hits if h[0] is seat]
        if len(hits) > 1 and fact.party:  # two Greg Smiths in Mid Buckinghamshire, one Conservative, one Green
            hits = [h for h in hits if tables.party(h[1].party) == fact.party]
        if not hits and seat is not None and " " in key:
            # "Marie Trevelyan" for Anne-Marie Trevelyan: the end of one official name in the seat.
            hits = [(seat, e) for e in seat.entries if e.candidate and norm(e.candidate).endswith(" " + key)]
        if len(hits) == 1:
            s, e = hits[0]
            if seat is not None and s is not seat and why is None:
                return None  # the copy puts them in another seat than the table: not this check's to say
            if fact.party and tables.party(e.party) != fact.party and e.party != "Speaker":
                return None  # another person of the same name
            return Target(el, s, e)
        if hits:
            return None
        if " " not in key:
            pool = [h for h in tables.surnames(el).get(key, []) if seat is None or h[0] is seat]
            if len(pool) == 1:
                s, e = pool[0]
                return Target(el, s, e, assumptions=[f"matched '{name}' to {e.candidate} by surname alone"], weak=True)
            return None
        # A near miss of an official spelling: in the seat if one is named, else anywhere in the election.
        if seat is not None:
            choices = {norm(e.candidate): (seat, e) for e in seat.entries if e.candidate}
        else:
            choices = {k: v[0] for k, v in tables.people(el).items() if len(v) == 1}
        got = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=self.p["fuzzy_score"])
        if got is None:
            return None
        s, e = choices[got[0]]
        if key.split(" ")[-1] != got[0].split(" ")[-1] and fuzz.ratio(key.split(" ")[-1], got[0].split(" ")[-1]) < 75:
            return None
        t = Target(el, s, e, variant=(name, e.candidate))
        t.assumptions.append(f"read '{name}' as {e.candidate}, the official spelling")
        if seat is None:
            t.weak = True
        return t

    def _undated_person(self, fact: Fact, tables: Tables,
                        article_seats: dict[tuple[str, int | None], list[Seat]]) -> Target | None:
        """A figure of a story that does not say its election: the one election whose table has the person
        standing in a seat the article names — unless another election in the table, without candidates'
        names, has that seat too (then the story may be of that one)."""
        key = norm(fact.subject or "")
        if " " not in key:
            return None
        found = []
        for el in tables.ref.elections.values():
            hits = tables.people(el).get(key, [])
            if len(hits) == 1:
                found.append((el, hits[0]))
        if len(found) != 1:
            return None
        el, (s, e) = found[0]
        named = {norm(x.name) for x in tables.seats_in(el, self._unnamed(fact.path, fact.claim.sentence))}
        for (path, _), seats in article_seats.items():
            if path == fact.path:
                named |= {norm(x.name) for x in seats}
        if norm(s.name) not in named:
            return None
        if any(not other.has_candidates and norm(s.name) in other.seats for other in tables.ref.elections.values()):
            return None
        if fact.party and tables.party(e.party) != fact.party:
            return None
        return Target(el, s, e, assumptions=[f"the article does not say which election it reports: took "
                                              f"{el.year}, the only one in the table {e.candidate} stood in"],
                      weak=True)

    # -- comparing ------------------------------------------------------------------------------------

    def _figure(self, fact: Fact, t: Target, tables: Tables) -> Iterator[Outcome]:
        c = fact.claim
        kind = t.kind or _kind(fact)
        el = t.election
        source = f"the official {el.year} results"
        if t.national is not None:
            totals = tables.totals(el, t.nation)
            if t.national not in totals:
                return
            seats, votes, share = totals[t.national]
            if not votes or self._other_scope(fact, t, tables):
                return
            per_seat = votes / seats if seats else None
            official = {Kind.SEATS: seats, Kind.SHARE: share, Kind.VOTES: votes, Kind.VOTES_PER_SEAT: per_seat}.get(kind)
            if official is not None and official > 0 and not 1 / 3 <= c.value / official <= 3:
                return  # not a slip of this party's figure: another party's, or another quantity, misread
            where = t.nation or "nationally"
            if kind == Kind.SEATS and (c.whole is None or c.whole in CHAMBER_SIZES and t.nation is None):
                in_scope = sum(1 for x in el.seats.values() if t.nation is None or x.nation == t.nation)
                if c.value >= in_scope or c.value in CHAMBER_SIZES or c.hedge or c.low != c.high:
                    return  # the chamber, not the party's seats; "over 60 seats" is no total
                if _within(c, seats):
                    yield self.verified(fact, f"{t.national} won {seats} seats {where} in {el.year} ✓")
                elif el.speaker_party == t.national and t.nation is None and _within(c, seats + 1):
                    yield self.verified(fact, f"{t.national}'s {c.text} seats count the Speaker, elected as "
                                              f"Speaker ({seats} without) ✓")
                elif not self._elsewhere(fact, t, tables, lambda e: e[0]):
                    yield self._wrong(fact, t, seats, f"{t.national} won {fmt(seats)} seats {where} in {el.year}, "
                                                      f"not {c.text}", source, decided=True)
            elif kind == Kind.SHARE and c.unit == "percent":
                if t.nation is None:
                    gb = tables.totals(el, "GB").get(t.national)
                    if gb is not None and _within(c, gb[2], slack=self.p["national_slack"]):
                        yield self.verified(fact, f"{t.national}'s share of the vote in Great Britain in {el.year}: "
                                                  f"{gb[2]:.2f}% (the UK's is {share:.2f}%) ✓")
                        return
                if self._elsewhere(fact, t, tables, lambda e: e[2], share=True):
                    return
                yield from self._share(fact, t, share, f"{t.national}'s share of the vote {where}", source)
            elif kind == Kind.VOTES_PER_SEAT and per_seat is not None and t.nation is None:
                # "291,000 votes per MP": the party's votes over its seats, to the copy's precision
                # (302,000 for 2,415,888 votes and 8 seats).
                step = _precision(c.text)
                expected = round(per_seat / step) * step
                working = f"{fmt(votes)} votes / {seats} seats = {fmt(round(per_seat))}"
                if c.hedge or abs(expected - c.value) < 1e-9 or c.low <= per_seat <= c.high:
                    yield self.verified(fact, f"{t.national}: {working} ✓")
                else:
                    yield self._wrong(fact, t, expected, f"{t.national} won {fmt(votes)} votes for {seats} seats "
                                                         f"{where} in {el.year}: {fmt(round(per_seat))} a seat, "
                                                         f"not {c.text}", source, fixable=False)
            elif kind == Kind.VOTES and c.low is not None and c.high is not None and c.low != c.high:
                # "3.8 million" for 3,881,099: copy truncates as often as it rounds.
                if not _within(c, votes, slack=0.0) and not c.low <= votes <= c.high + (c.high - c.low):
                    yield self._wrong(fact, t, votes, f"{t.national} polled {fmt(votes)} votes {where} in {el.year}, "
                                                      f"not {c.text}", source, decided=False, fixable=False)
            return
        seat = t.seat
        if seat is None:
            return
        e = t.entry
        if kind == Kind.VOTES and e is not None and c.unit in ("votes", ""):
            if _within(c, e.votes):
                yield self.verified(fact, f"{_who(e, tables)} polled {fmt(e.votes)} in {seat.name} ✓")
            else:
                yield self._wrong(fact, t, e.votes, f"{_who(e, tables)} polled {fmt(e.votes)} votes in {seat.name} "
                                                    f"in {el.year}, not {c.text}", source)
        elif kind == Kind.SHARE and e is not None and c.unit == "percent":
            share = seat.share_of(e)
            if share is not None:
                yield from self._share(fact, t, share, f"{_who(e, tables)}'s share in {seat.name}", source)
        elif kind == Kind.MAJORITY and c.unit in ("votes", ""):
            maj = seat.majority
            w = seat.winner
            if maj is None or w is None:
                return
            if e is not None and e is not w and e is not seat.ranked()[1]:
                return  # a majority is the seat's, the winner's over the runner-up: not a third candidate's
            if _within(c, maj):
                yield self.verified(fact, f"majority in {seat.name}: {fmt(maj)} ✓")
            else:
                second = seat.ranked()[1]
                yield self._wrong(fact, t, maj, f"the majority in {seat.name} in {el.year} was {fmt(maj)} "
                                                f"({fmt(w.votes)} − {fmt(second.votes)}), not {c.text}", source)
        elif kind == Kind.TURNOUT and c.unit == "percent" and seat.turnout is not None:
            turnout = seat.turnout
            national = 100.0 * sum(x.total for x in el.seats.values()) / max(1, sum(x.electorate or 0 for x in el.seats.values()))
            # Copy that counts rejected ballots states a turnout a little above valid votes over the electorate.
            if _within(c, turnout) or c.low - self.p["turnout_slack"] <= turnout <= c.high:
                yield self.verified(fact, f"turnout in {seat.name}: {turnout:.1f}% ✓")
            elif t.weak and _within(c, national, slack=1.0):
                return  # the national turnout, in an article that names one seat
            else:
                yield self._wrong(fact, t, turnout, f"turnout in {seat.name} in {el.year} was {turnout:.1f}% "
                                                    f"(valid votes over the electorate), not {c.text}%", source,
                                  decimals=1)
        elif kind == Kind.ELECTORATE and seat.electorate is not None:
            if _within(c, seat.electorate):
                yield self.verified(fact, f"electorate of {seat.name}: {fmt(seat.electorate)} ✓")
            else:
                yield self._wrong(fact, t, seat.electorate, f"the electorate of {seat.name} in {el.year} was "
                                                            f"{fmt(seat.electorate)}, not {c.text}", source)

    def _share(self, fact: Fact, t: Target, share: float, what: str, source: str) -> Iterator[Outcome]:
        c = fact.claim
        if _within(c, share, slack=1e-6 if t.national is None else self.p["national_slack"]):
            yield self.verified(fact, f"{what}: {share:.2f}% ✓")
            return
        unit = _unit(c.text)
        if _within(c, share, slack=self.p["share_slack"] * unit):
            yield self.verified(fact, f"{what}: {share:.2f}%, {c.text}% within the copy's rounding ✓")
            return
        near = abs(share - c.value) < unit  # one place out: rounded (or truncated) the wrong way
        yield self._wrong(fact, t, share, f"{what} in {t.election.year} was {share:.2f}%, not {c.text}%", source,
                          decimals=1 if "." not in c.text else 0, decided=not near)

    def _other_scope(self, fact: Fact, t: Target, tables: Tables) -> bool:
        """The figure is this party's in the UK, Great Britain or another nation: the scope was misread."""
        c = fact.claim
        for nation in (None, "GB", *NATIONS.values()):
            if nation == t.nation:
                continue
            got = tables.totals(t.election, nation).get(t.national or "")
            if got is None:
                continue
            value = {Kind.SEATS: got[0], Kind.SHARE: got[2], Kind.VOTES: got[1]}.get(fact.kind)
            if value and _within(c, value, slack=self.p["national_slack"] if fact.kind == Kind.SHARE else 1e-9):
                return True
        return False

    def _elsewhere(self, fact: Fact, t: Target, tables: Tables, pick, share: bool = False) -> bool:
        """The stated figure is this party's in another election of the table: the copy quotes that
        election (or the checker dated it wrongly), which is no slip."""
        c = fact.claim
        for (year, _), other in tables.ref.elections.items():
            if other is t.election:
                continue
            got = tables.totals(other, t.nation).get(t.national or "")
            if got is None:
                continue
            value = pick(got)
            slack = 0.05 * _unit(c.text) if share else 1e-9
            if _within(c, value, slack=slack) or (not share and other.speaker_party == t.national
                                                  and _within(c, value + 1)):
                return True
        return False

    def _other_figure(self, fact: Fact, t: Target, tables: Tables) -> str | None:
        """What else in the seat's result the stated figure is: another candidate's votes or share, the
        majority, the electorate, the votes cast — a figure given the wrong label rather than mistyped."""
        c, seat = fact.claim, t.seat
        if seat is None:
            return None
        if c.unit == "percent":
            for e in seat.entries:
                sh = seat.share_of(e)
                if e is not t.entry and sh is not None and _within(c, sh, slack=1e-6) and e.party != OTHERS:
                    return f"{c.text}% is {_who(e, tables)}'s share"
            return None
        for e in seat.entries:
            if (e is not t.entry or fact.kind != Kind.VOTES) and e.party != OTHERS and _within(c, e.votes):
                return f"{c.text} is {_who(e, tables)}'s vote"
        if fact.kind != Kind.MAJORITY and seat.majority is not None and _within(c, seat.majority):
            return f"{c.text} is the majority"
        if seat.electorate is not None and fact.kind != Kind.ELECTORATE and _within(c, seat.electorate):
            return f"{c.text} is the electorate"
        if fact.kind != Kind.VOTES_CAST and _within(c, seat.total):
            return f"{c.text} is the number of valid votes"
        return None

    def _other_election(self, fact: Fact, t: Target, tables: Tables) -> bool:
        """The stated figure is this candidate's or party's in the same seat at another election."""
        c, seat, e = fact.claim, t.seat, t.entry
        if seat is None:
            return False
        for other in tables.ref.elections.values():
            if other is t.election:
                continue
            s2 = other.seats.get(norm(seat.name))
            if s2 is None:
                continue
            kind = t.kind or _kind(fact)
            if kind in (Kind.MAJORITY, Kind.ELECTORATE, Kind.TURNOUT):
                values = [{Kind.MAJORITY: s2.majority, Kind.ELECTORATE: s2.electorate,
                           Kind.TURNOUT: s2.turnout}[kind]]
            elif e is not None:
                party = tables.party(e.party)
                same = [x for x in s2.entries if x.party != OTHERS and tables.party(x.party) == party]
                values = [s2.share_of(x) for x in same] if c.unit == "percent" \
                    else [x.votes for x in same]
            else:
                values = []
            for v in values:
                if v is not None and _within(c, v, slack=0.05 * _unit(c.text) if c.unit == "percent" else 1e-9):
                    return True
        return False

    def _wrong(self, fact: Fact, t: Target, official: float, message: str, source: str, *, decided: bool = True,
               decimals: int = 0, fixable: bool = True) -> Outcome | None:
        c = fact.claim
        if t.seat is not None and self._other_election(fact, t, tables=self._tables):
            return None
        other = self._other_figure(fact, t, self._tables) if t.seat is not None else None
        fix = correction(c.text, official, min_decimals=decimals) if fixable else None
        assumptions = tuple(t.assumptions)
        if other is not None:
            assumptions += (f"{other} in the official results: the copy may have given it the wrong label",)
            decided = False
        weak = t.weak or not decided
        severity = Severity.WARNING if weak and self.rule.severity is Severity.ERROR else None
        if severity is not None:
            assumptions += ("not an error: the match with the table rests on an assumption",)
        f = self.finding(fact, message, stated=c.value, expected=official,
                         arithmetic=f"stated {c.text}; {source}: {_fmt_official(official, c.text)}",
                         assumptions=assumptions, suggestion=fix.help if fix else None, severity=severity,
                         self_contained=True)
        if fix is not None and f.severity is Severity.ERROR:
            from dataclasses import replace
            f = replace(f, replacement=fix.replacement)
        return f

    def _winner(self, fact: Fact, t: Target, tables: Tables) -> Iterator[Outcome]:
        c = fact.claim
        seat, e = t.seat, t.entry
        if fact.kind == Kind.RANK:
            yield from self._rank(fact, t, tables)
            return
        if seat is None or e is None or c.role not in ("winner", "runner_up") or fact.kind != Kind.VOTES \
                or fact.subject_kind != "person" or not e.candidate:
            return  # a majority's "winner" is whoever extraction took it for: only "won with N votes" says who won
        w = seat.winner
        if w is None:
            return
        ranked = seat.ranked()
        said = (fact.path, c.sentence, fact.subject or "")
        if said in self._said:
            return
        if c.role == "winner" and e is not w:
            self._said.add(said)
            yield self.finding(fact, f"{_who(e, tables)} did not win {seat.name} in {t.election.year}: "
                                     f"{_who(w, tables)} did, with {fmt(w.votes)} votes to {fmt(e.votes)}",
                               assumptions=tuple(t.assumptions) + (f"read as the winner: {c.sentence.strip()[:60]}",),
                               severity=Severity.WARNING if t.weak else None, self_contained=True)
        elif c.role == "runner_up" and len(ranked) > 1 and e is not ranked[1] and e is not w:
            self._said.add(said)
            yield self.finding(fact, f"{_who(e, tables)} was not second in {seat.name} in {t.election.year}: "
                                     f"{_who(ranked[1], tables)} was",
                               assumptions=tuple(t.assumptions), severity=Severity.WARNING if t.weak else None,
                               self_contained=True)
        elif c.role == "winner":
            yield self.verified(fact, f"{_who(e, tables)} won {seat.name} in {t.election.year} ✓")
        elif c.role == "runner_up":
            yield self.verified(fact, f"{_who(e, tables)} came second in {seat.name} in {t.election.year} ✓")

    def _rank(self, fact: Fact, t: Target, tables: Tables) -> Iterator[Outcome]:
        """ "came third", "finished second": the place the table gives the candidate (or party). Where the table
        lumps other candidates together (2005–2017), a lump above them hides how many finished ahead: only a
        place too high is then certain to be wrong."""
        c = fact.claim
        seat, e = t.seat, t.entry
        if seat is None or e is None or e.party == OTHERS or c.value is None or c.value != int(c.value):
            return
        stated = int(c.value)
        if any(x is not e and x.votes == e.votes for x in seat.entries):
            return  # a tie: either place is right
        above = [x for x in seat.entries if x.votes > e.votes]
        named = [x for x in above if x.party != OTHERS]
        low = len(named) + 1
        high = None if len(named) < len(above) else low
        said = (fact.path, c.sentence, fact.subject or "")
        if stated >= low and (high is None or stated <= high):
            yield self.verified(fact, f"{_who(e, tables)} came {_ordinal(low)} in {seat.name} in "
                                      f"{t.election.year} ✓")
            return
        if said in self._said:
            return
        self._said.add(said)
        ahead = ", ".join(f"{_who(x, tables)} {fmt(x.votes)}" for x in sorted(named, key=lambda x: -x.votes)[:3])
        place = _ordinal(low) if high is not None else f"at best {_ordinal(low)}"
        assumptions = tuple(t.assumptions)
        if fact.claim.subject_via and fact.claim.subject_via.startswith("pronoun"):
            assumptions += (f"read '{fact.claim.subject_via.split()[-1]}' as {fact.subject}",)
        weak = t.weak or any(a.startswith("read '") for a in assumptions)
        yield self.finding(fact, f"{_who(e, tables)} came {place} in {seat.name} in {t.election.year}, not "
                                 f"{_ordinal(stated)}" + (f" (ahead: {ahead})" if ahead else ""),
                           stated=stated, expected=low if high is not None else None,
                           arithmetic=f"stated {_ordinal(stated)}; the official {t.election.year} results: "
                                      f"{fmt(e.votes)} votes, {len(above)} line{'s' if len(above) != 1 else ''} "
                                      f"ahead", assumptions=assumptions,
                           suggestion=f"did you mean {_ordinal(low)}?" if high is not None else None,
                           severity=Severity.WARNING if weak else None, self_contained=True)

    # -- outcomes: who won the seat, and whether it changed hands -------------------------------------

    def _outcome(self, fact: Fact, tables: Tables,
                 article_seats: dict[tuple[str, int | None], list[Seat]]) -> Iterator[Outcome]:
        """ "Wirral West: Labour hold", "the SNP took Paisley from Labour", "Esther McVey lost Wirral West to
        Labour": the side said to have won is the seat's winner in the table, the side said to have lost is
        not, and a gain or hold is what the seat's previous winner makes it (the election before on the same
        boundaries, or the Commons Library's notional result on new ones)."""
        c = fact.claim
        if c.scope is not None or c.modality not in (Modality.ACTUAL, Modality.HISTORICAL) or _HYPOTHETICAL.search(
                c.sentence):
            return  # a council's or a by-election's seat; a forecast
        found = self._outcome_seat(fact, tables, article_seats)
        if found is None:
            return
        el, seat, assumptions = found
        w = seat.winner
        if w is None:
            return  # the table's lumped "others" line could hide who won
        weak = bool(assumptions)
        if fact.claim.subject_via and fact.claim.subject_via.startswith("pronoun"):
            assumptions.append(f"read '{fact.claim.subject_via.split()[-1]}' as {fact.subject}")
            weak = True
        if c.confidence < 0.85:
            assumptions.append(f"the seat and the side were read with confidence {c.confidence:.2f}")
            weak = True
        won = tables.party(w.party)
        prev = tables.party(seat.previous) if seat.previous else None
        result = _result(won, prev)
        before = self._before_text(el, seat, prev)
        # Who the copy says won, and who lost.
        if c.role == "loser":
            winner_side = (fact.counterpart, None) if fact.counterpart else None
            loser_side = (fact.subject, fact.subject_kind)
        else:
            winner_side = (fact.subject, fact.subject_kind)
            loser_side = (fact.counterpart, None) if fact.counterpart else None
        said = (fact.path, c.sentence, fact.subject or "")
        where = f"{seat.name} in {el.year}"
        official = f"{_who(w, tables)} won it" + (f" ({result})" if result else "")

        def finding(message: str, weak_too: bool = False) -> Finding:
            return self._outcome_finding(fact, message, won, prev, assumptions, weak or weak_too, el)

        if winner_side is not None:
            judged = self._side_is(winner_side, w, seat, el, fact, tables, assumptions)
            if judged is None:
                return
            is_winner, weak_side = judged
            weak = weak or weak_side
            if not is_winner:
                if c.role != "loser" and said in self._said:
                    return  # the figure beside it ("won with 7,484 votes") already says so
                self._said.add(said)
                yield finding(f"{winner_side[0]} did not win {where}: {official}")
                return
        if loser_side is not None and (judged := self._side_is(loser_side, w, seat, el, fact, tables,
                                                              assumptions)) is not None and judged[0]:
            yield finding(f"{loser_side[0]} did not lose {where}: {official}", judged[1])
            return
        if prev is not None and won not in _NO_RESULT and prev not in _NO_RESULT:
            lost_by = (self._party_of_side(loser_side, tables) or loser_side[0]) \
                if loser_side is not None and c.outcome == "gain" else None
            if lost_by is not None and lost_by not in (prev, won):
                # "Labour gain from Respect" (Bradford West, 2015): a party the previous election's table does not
                # show standing there may have held the seat after a by-election or a defection, which the table
                # does not know. Then it is said, not an error.
                unknown = not self._stood_before(el, seat, lost_by, tables)
                if unknown:
                    assumptions.append(f"gains are counted against the previous general election, where the table "
                                       f"has no {lost_by} line in {seat.name}: if {lost_by} held the seat after a "
                                       f"by-election or a defection, the copy counts from there")
                yield finding(f"{where} was a {won} {'hold' if prev == won else f'gain from {prev}'}, not a gain "
                              f"from {lost_by}: {before}", unknown)
                return
            personal = c.outcome in ("hold", "gain") and c.role == "winner" and fact.subject_kind == "person"
            if personal and (c.outcome == "hold") != (prev == won):
                # "Sarah Green, who held Chesham and Amersham": she had won it at the 2021 by-election. A person
                # holds the seat they held, however they won it; the table counts the party's result.
                assumptions.append(f"a person holds the seat they held before, however they won it (at a "
                                   f"by-election, for another party); the table counts the party's result against "
                                   f"the previous general election")
            if c.outcome == "hold" and prev != won:
                yield finding(f"{where} was a {won} gain from {prev}, not a hold: {before}", personal)
                return
            if c.outcome == "gain" and prev == won:
                yield finding(f"{where} was a {won} hold, not a gain: {before}", personal)
                return
        yield self.verified(fact, f"{where}: {official} ✓")

    def _outcome_finding(self, fact: Fact, message: str, won: str, prev: str | None, assumptions: list[str],
                         weak: bool, el: Election) -> Finding:
        result = _result(won, prev) or f"{won} won"
        why = tuple(assumptions)
        if weak:
            why += ("not an error: the match with the table rests on an assumption",)
        return self.finding(fact, message, arithmetic=f"stated '{fact.claim.text}'; the official {el.year} "
                                                      f"results: {result}"
                                                      + (f" (the seat's previous winner, at the general election "
                                                         f"before: {prev})" if prev else ""),
                            assumptions=why, suggestion=f"did you mean {result}?",
                            severity=Severity.WARNING if weak else None, self_contained=True)

    def _stood_before(self, el: Election, seat: Seat, party: str, tables: Tables) -> bool:
        """Whether the previous election's table shows `party` standing in the seat and losing there. For new
        boundaries (2024), the table's own result says who held the seat: taken as shown."""
        prev_el = self._tables.ref.before(el)
        if prev_el is None or set(prev_el.seats) != set(el.seats):
            return self._is_party(party, tables) and seat.previous is not None
        old = prev_el.seats.get(norm(seat.name))
        return old is not None and any(e.party != OTHERS and tables.party(e.party) == party for e in old.entries)

    def _before_text(self, el: Election, seat: Seat, prev: str | None) -> str:
        """Who won the seat before, and when: "Conservative won it in 2017"; for new boundaries, notionally."""
        prev_el = self._tables.ref.before(el)
        if prev is None:
            return ""
        if prev_el is None:
            return f"{prev} won it at the general election before"
        if set(prev_el.seats) == set(el.seats):
            return f"{prev} won it in {prev_el.year}"
        return f"{prev} won it at the election before (notionally, on the {el.year} boundaries)"

    def _outcome_seat(self, fact: Fact, tables: Tables, article_seats: dict[tuple[str, int | None], list[Seat]]
                      ) -> tuple[Election, Seat, list[str]] | None:
        """The election and seat an outcome is of, and what had to be assumed to find them: the seat its words
        name (or the one seat its sentence names); else the person's seat as another article names it, or the
        only seat of that election this article names. A story that does not say its election is taken to
        report the one election in the table its person stood in (as for figures)."""
        c = fact.claim
        el = tables.election(fact.year)
        assumptions: list[str] = []
        if el is None:
            if fact.year is not None or fact.subject_kind != "person" or c.role != "winner":
                return None
            t = self._undated_person(fact, tables, article_seats)
            if t is None or t.seat is None:
                return None
            if c.place and norm(c.place) != norm(t.seat.name) and norm(c.place) in t.election.seats:
                return None
            return t.election, t.seat, list(t.assumptions)
        named = tables.seats_in(el, self._unnamed(fact.path, c.sentence))
        if c.place:
            key = norm(c.place)
            if key in el.seats and (not named or any(norm(x.name) == key for x in named)):
                return el, el.seats[key], assumptions
        if len(named) == 1 and (c.place is None or norm(c.place) not in el.seats):
            return el, named[0], assumptions
        if named or c.place:
            return None
        if fact.subject_kind == "person" and fact.subject:
            ctx = self._index.resolved.contexts.get(fact.path)
            seat_name = ctx.places.get(fact.subject) if ctx is not None else None
            if seat_name and norm(seat_name) in el.seats:
                return el, el.seats[norm(seat_name)], [f"{fact.subject}'s seat is {seat_name}{NAMED_ELSEWHERE}"]
        in_article = article_seats.get((fact.path, fact.year), [])
        if len(in_article) == 1:
            return el, in_article[0], [f"took the seat {in_article[0].name}, the only one of the {el.year} results "
                                       f"this article names"]
        return None

    def _party_of_side(self, side: tuple[str | None, str | None], tables: Tables) -> str | None:
        """A side's party: itself if it is one, else the person's (as the corpus gives it)."""
        name, kind = side
        if not name:
            return None
        if kind == "party" or kind is None and self._is_party(name, tables):
            return tables.party(name)
        person = self._index.resolved.people.get(name)
        if person is not None and len(person.parties) == 1:
            return tables.party(next(iter(person.parties)))
        return None

    @staticmethod
    def _is_party(name: str, tables: Tables) -> bool:
        return name.lower() in tables._aliases or name in set(tables._aliases.values())

    def _side_is(self, side: tuple[str | None, str | None], w: Entry, seat: Seat, el: Election, fact: Fact,
                 tables: Tables, assumptions: list[str]) -> tuple[bool, bool] | None:
        """Whether the side (a party, or a person) is the seat's winner `w`, and whether that rests on an
        assumption; None when the table cannot tell (a person it does not know, a party with no line)."""
        name, kind = side
        if not name:
            return None
        if kind == "party" or kind is None and self._is_party(name, tables):
            party = tables.party(name)
            if not any(e.party != OTHERS and tables.party(e.party) == party for e in seat.entries) \
                    and party != tables.party(w.party):
                return None  # a party with no line in the seat: misread, or lumped with others
            return party == tables.party(w.party), False
        key = norm(name)
        if el.has_candidates:
            hits = [e for e in seat.entries if e.candidate and (norm(e.candidate) == key or " " in key
                                                               and norm(e.candidate).endswith(" " + key))]
            weak = False
            if not hits and " " not in key:
                hits = [e for e in seat.entries if e.candidate and norm(e.candidate).split(" ")[-1] == key]
                if len(hits) == 1:
                    assumptions.append(f"matched '{name}' to {hits[0].candidate} by surname alone")
                    weak = True
            if not hits and " " in key:
                choices = {norm(e.candidate): e for e in seat.entries if e.candidate}
                got = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=self.p["fuzzy_score"])
                if got is not None:
                    hits = [choices[got[0]]]
                    assumptions.append(f"read '{name}' as {hits[0].candidate}, the official spelling")
                    weak = True
            if len(hits) == 1:
                return hits[0] is w, weak
            return None  # not a candidate here: the seat, or the election, may be another
        party = fact.party if name == fact.subject and fact.party else self._party_of_side(side, tables)
        if party is None or not any(e.party != OTHERS and tables.party(e.party) == party for e in seat.entries):
            return None
        assumptions.append(f"the {el.year} table has no candidates' names: took {name} as the {party} candidate "
                           f"in {seat.name}")
        return party == tables.party(w.party), True


def _kind(fact: Fact) -> Kind:
    """What the figure states: a share with no one's name in a sentence about turnout is the turnout."""
    if fact.kind == Kind.SHARE and fact.subject is None and "turnout" in fact.claim.sentence.lower():
        return Kind.TURNOUT
    return fact.kind


def _precision(text: str) -> int:
    """The unit a whole figure is written to: 1,000 for "291,000", 1 for "291,417"."""
    digits = text.replace(",", "").replace(" ", "").split(".")[0]
    zeros = len(digits) - len(digits.rstrip("0")) if digits.isdigit() and digits.strip("0") else 0
    return 10 ** zeros


def _gaz(text: str) -> str:
    """A name or sentence as the seat gazetteer compares them: `norm`, but a hyphenated word stays one word
    ("Preston-Hall" is no Preston; "Stoke-on-Trent" is itself)."""
    return norm(re.sub(r"(?<=\w)-(?=\w)", "hyphen", text))


def _within(c, value: float, slack: float = 1e-9) -> bool:
    low = c.low if c.low is not None else c.value
    high = c.high if c.high is not None else c.value
    return low - slack <= value <= high + slack


def _unit(text: str) -> float:
    """The last place the copy writes: 1 for '45', 0.1 for '45.2'."""
    t = text.strip()
    return 10 ** -len(t.split(".", 1)[1]) if "." in t else 1.0


def _fmt_official(value: float, text: str) -> str:
    if "." in text or abs(value - round(value)) > 1e-9:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return fmt(value)


def _who(e: Entry, tables: Tables) -> str:
    return f"{e.candidate} ({tables.party(e.party)})" if e.candidate else tables.party(e.party)


_NO_RESULT = {"Speaker"}
"""Winners whose seat no party holds or gains: the Speaker's (the Commons Library writes "Spk hold"; others count
the Speaker in their old party)."""


def _result(won: str, prev: str | None) -> str:
    """ "Labour hold", "Labour gain from Conservative"; '' when the previous winner is not known."""
    if prev is None or won in _NO_RESULT or prev in _NO_RESULT:
        return ""
    return f"{won} hold" if won == prev else f"{won} gain from {prev}"


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


_NOT_RESULT = re.compile(
    r"\b(?:more|fewer|less|increase[sd]?|decrease[sd]?|rise|rose|fell|fall|lost|gain(?:ed|s)?|points?|"
    r"swing|per MP|registered|in favour)\b", re.I)
_OF_SEATS = re.compile(r"^\W*(?:per ?cent|%)?\s*(?:of (?:the |its |their |all )?(?:[\w.]+['’]s )?(?:seats|MPs)|seats|MPs)\b",
                       re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:poll|polls|polling|survey|forecast|projected|predict\w*|would|could|might|if|so far|at the time of "
    r"writing|currently|expected|estimate\w*|target|needed|looking at|on course|set to|between them|combined|"
    r"together|other than)\b", re.I)


def _not_a_result(c: Claim) -> bool:
    """Copy around the figure that makes it something other than a declared result: a change ("up by
    0.8%"), a share of seats, a poll or a hypothetical, a count "so far" — whatever extraction made of it."""
    if _HYPOTHETICAL.search(c.sentence):
        return True
    if c.kind == Kind.VOTES and re.fullmatch(r"(?:19|20)\d\d", c.text.strip()):
        return True  # "in 2015" read as a vote count
    k = c.sentence.find(c.text)
    if k < 0:
        return False
    before = c.sentence[max(0, k - 14):k]
    after = c.sentence[k + len(c.text):k + len(c.text) + 22]
    if c.kind in (Kind.SHARE, Kind.SEATS, Kind.VOTES) and (_NOT_RESULT.search(before + " " + after.lstrip("%"))
                                                          or re.search(r"\b(?:by|up|down)\s*$", before)):
        return True  # "increased their share by 0.8%", "up 3.7 points"; not "by winning 56 seats"
    if c.kind == Kind.SHARE and (_OF_SEATS.search(after) or re.search(r"\b(?:seats|MPs)\W*$", before)):
        return True
    return False
