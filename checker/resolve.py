"""Link the people, places and parties of every document to one canonical entity each.

Within a document, extraction already linked "Mr Farron" and "He" to "Tim Farron".
Here names are matched across documents — exactly, by surname to a unique full name,
and fuzzily with rapidfuzz within blocks of the same given name ("Jo Whitely" and "Jo
Whiteley"), never all pairs — and each claim gets the contest (constituency) it belongs
to. Near-miss spellings are kept as `Variant`s for the name-variant rule.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .model import (ARTICLE_REGION, COUNCIL_SCOPE, OTHER_RACE, VOTERS_FIGURE, REFERENDUM_SIDES, STV_WORDS, Claim, Extraction, Kind, Location, Mention,
                    Modality, is_measure)

UNNAMED_RACE = "the race reported in "
"""The label of the one race an article reports without naming its seat: the article's path follows."""
UNNAMED_SEAT = "the seat in "
"""The label of a seat a results line or paragraph reports without naming it: path and line follow."""

LIST_VOTE = re.compile(r"\b(?:list|regional|party) vote\b|\bon the (?:regional )?list\b", re.IGNORECASE)
"""A party's share of a mixed system's list ballot: the region's, not a constituency's."""

NAMED_ELSEWHERE = " (named elsewhere)"
"""The end of the assumption a figure's seat rests on when only another article names it for its person."""
PERSON_SEAT = "'s seat"
"""The label's end of a contest known only by one candidate in it, the copy naming no seat or race for them."""
REFERENDUM_AREA = " (referendum)"
"""The label's end of a referendum's counting area: another contest than the seat of the same name."""

CONTEST_KINDS = {Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.MAJORITY_SHARE,
                 Kind.SHARE_CHANGE, Kind.RANK, Kind.SWING, Kind.TURNOUT, Kind.ELECTORATE,
                 Kind.VOTES_CAST, Kind.CHANGE}


@dataclass(frozen=True, slots=True)
class Fact:
    """A claim with its entities resolved across the corpus."""

    claim: Claim
    subject: str | None
    """Canonical name of the candidate or party ('Ed Balls', 'Labour')."""
    subject_kind: str | None
    party: str | None
    contest: str | None
    """The seat the figure belongs to: a constituency, or 'Ed Balls's seat' when none is named."""
    place_known: bool
    counterpart: str | None
    confidence: float
    assumptions: tuple[str, ...] = ()
    year: int | None = None
    """The election the figure is of: the year the claim names, else (a result of the election reported)
    the article's; None when neither can be told. Figures of different elections are never one fact."""
    path: str = field(init=False)
    """The claim's document and kind, copied once: the checks ask for them millions of times."""
    kind: Kind = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", self.claim.location.path)
        object.__setattr__(self, "kind", self.claim.kind)

    @property
    def pool(self) -> tuple:
        """Whose figures this one may be summed with: its election's, or only its own article's when its
        election, or its council, cannot be told."""
        return (self.year,) if self.year is not None and self.claim.scope not in (COUNCIL_SCOPE, ARTICLE_REGION) \
            else (self.year, self.path)


@dataclass(frozen=True, slots=True)
class Variant:
    """A name written as a near miss of the name it stands for."""

    kind: str
    written: str
    canonical: str
    location: Location
    why: str
    score: float
    others: tuple[Location, ...] = ()
    """Where the canonical spelling is written, for the report."""


@dataclass
class Resolved:
    facts: list[Fact]
    variants: list[Variant]
    people: dict[str, "Person"] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)
    contexts: dict[str, "DocContext"] = field(default_factory=dict)
    """Each article's (by path) view of the rest of the corpus."""
    placed: dict[str, list[tuple[str, str, Location]]] = field(default_factory=dict)
    """Each article's people and the seats it puts them in: its part of the corpus's picture."""
    names: "Names | None" = None
    """The corpus's names, as worked out (kept for the stored checks: checker/run/census.py)."""
    counts: Counter | None = None
    """How often each name is written across the corpus."""
    exact: dict[str, list[Location]] | None = None
    """Set by a re-check that has no extractions: where each name is written exactly (name-variant)."""
    malformed: list[tuple[Location, str, str]] | None = None
    """Set by a re-check that has no extractions: every malformed number, in corpus order."""


@dataclass
class Person:
    name: str
    forms: Counter = field(default_factory=Counter)
    parties: dict[str, list[Location]] = field(default_factory=lambda: defaultdict(list))
    places: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Each seat the copy puts them in → the articles that do, once for each figure there."""


@dataclass(slots=True)
class DocContext:
    """What one article's facts take from the rest of the corpus. With it, the article's facts can be
    worked out alone (`facts_of`), as a re-run after an edit does."""

    names: dict[str, str] = field(default_factory=dict)
    """Every name the article links a figure or mention to → its canonical name."""
    parties: dict[str, str] = field(default_factory=dict)
    """Its people who have one party across the corpus → that party."""
    places: dict[str, str] = field(default_factory=dict)
    """Its people named in one seat across the corpus → that seat."""
    roaming: tuple[str, ...] = ()
    """Its people named in several seats (the affiliation rule reads all their figures)."""


def resolve(extractions: list[Extraction], fuzzy_cutoff: float = 88.0) -> Resolved:
    counts, written = name_counts(extractions)
    names = canonical_names(counts, fuzzy_cutoff)
    variants = [v for _, m in written if (v := names.variant(m)) is not None]
    variants += _place_variants(extractions)
    people: dict[str, Person] = {}
    # Every article's mentions first: a person's party never depends on the order of the files.
    for ex in extractions:
        mentions = person_mentions(ex)
        shared = _shared_names(mentions)
        for m in mentions:
            person = _person(people, names.of(m.name))
            person.forms[m.text] += 1
            if m.party and m.name not in shared:
                person.parties[m.party].append(m.location)
    partial = []
    placed: dict[str, list[tuple[str, str, Location]]] = {}
    for ex in extractions:
        ctx = DocContext(names={n: names.of(n) for n in names_in(ex)})
        ctx.parties = _parties_of(ctx, people)
        found, places = _facts(ex, ctx)
        for name, place, location in places:
            _person(people, name).places[place].append(location.path)
        partial.append((ex, ctx, found))
        placed[ex.path] = places
    facts: list[Fact] = []
    contexts: dict[str, DocContext] = {}
    for ex, ctx, found in partial:
        _places_of(ctx, people)
        facts += _fill_places_across(found, ctx)
        contexts[ex.path] = ctx
    return Resolved(facts=facts, variants=variants, people=people, extractions=extractions, contexts=contexts,
                    placed=placed, names=names, counts=counts)


def facts_of(ex: Extraction, ctx: DocContext) -> tuple[list[Fact], list[tuple[str, str, Location]]]:
    """One article's facts, given what the rest of the corpus tells about its people, and the seats
    it places its people in (its part of the corpus-wide picture)."""
    found, places = _facts(ex, ctx)
    return _fill_places_across(found, ctx), places


def _shared_names(mentions: list[Mention]) -> set[str]:
    """Names an article writes in the plural ("A tale of two John Millers"), or says are shared by another ("not
    to be confused with the Liberal Democrat Sarah Collins"): it is about several people of that name, so its
    parties for the name are not one person's."""
    written = {m.name for m in mentions}
    return {n[:-1] for n in written if n.endswith("s") and " " in n and n[:-1] in written} \
        | {n[:-2] for n in written if n.endswith("es") and " " in n and n[:-2] in written} \
        | {m.name for m in mentions if m.via == "namesake"}  # "not to be confused with the Liberal Democrat X"


def _person(people: dict[str, Person], name: str) -> Person:
    person = people.get(name)
    if person is None:
        person = people[name] = Person(name)
    return person


def _canonical(canon: dict[tuple[str, str], str], path: str, name: str) -> str:
    return canon.get((path, name), canon.get(("*", name), name))


def names_in(ex: Extraction) -> set[str]:
    """The person names an article links anything to, as written in its mentions and claims."""
    names = {m.name for m in ex.mentions if m.kind == "person"}
    for c in ex.claims:
        if c.subject is not None:
            names.add(c.subject)
        if c.counterpart is not None:
            names.add(c.counterpart)
    return names


def _parties_of(ctx: DocContext, people: dict[str, Person]) -> dict[str, str]:
    out = {}
    for name in set(ctx.names.values()):
        person = people.get(name)
        if person is not None and len(person.parties) == 1:
            out[name] = next(iter(person.parties))
    return out


def _places_of(ctx: DocContext, people: dict[str, Person]) -> None:
    roaming = []
    for name in sorted(set(ctx.names.values())):
        person = people.get(name)
        if person is None:
            continue
        seats = [p for p in person.places if not p.startswith(UNNAMED_RACE)] or list(person.places)
        # (a seat some article names wins over the races articles report unnamed, which it may well be)
        if len(seats) == 1 and len(person.parties) <= 1:
            # Two parties to one name are likely two people (namesakes): one's seat does not place the other.
            ctx.places[name] = seats[0]
        elif len(seats) > 1:
            roaming.append(name)
    ctx.roaming = tuple(roaming)


# -- people -----------------------------------------------------------------------------

def _people(extractions: list[Extraction], cutoff: float) -> tuple[dict[tuple[str, str], str], list[Variant]]:
    """Map (path, in-document name) → canonical name; collect spelling variants."""
    counts, written = name_counts(extractions)
    names = canonical_names(counts, cutoff)
    variants = [v for _, m in written if (v := names.variant(m)) is not None]
    return {(p, m.name): names.of(m.name) for p, m in written} | {("*", n): names.of(n) for n in counts}, variants


def person_mentions(ex: Extraction) -> list[Mention]:
    """The mentions of people by name (not pronouns): what the corpus's names are worked out from."""
    return [m for m in ex.mentions if m.kind == "person" and not m.via.startswith("pronoun")]


def name_counts(extractions: list[Extraction]) -> tuple[Counter[str], list[tuple[str, Mention]]]:
    """How often each name is written, and every mention of a person by name (with its article's path)."""
    counts: Counter[str] = Counter()
    written: list[tuple[str, Mention]] = []
    for ex in extractions:
        for m in person_mentions(ex):
            counts[m.name] += 1
            written.append((ex.path, m))
    return counts, written


@dataclass(slots=True)
class Names:
    """The corpus's names: each written name's canonical one, and how it was found (for variants)."""

    canonical: dict[str, str]
    merged: dict[str, str]
    scores: dict[str, float]
    misspelt: dict[str, str]
    full: frozenset[str]

    def of(self, name: str) -> str:
        return self.canonical.get(name, name)

    def status(self, name: str) -> tuple:
        """All that this name's canonical name and its variants depend on."""
        c = self.canonical.get(name, name)
        return (c, name in self.misspelt, name in self.merged, name in self.full,
                self.scores.get(name), self.scores.get(self.canonical.get(name, "")))

    def variant(self, m: Mention) -> Variant | None:
        """The spelling variant a person's mention is, if it is one."""
        return variant_of(m, self.status(m.name))


UNKNOWN = (False, False, False, None, None)
"""The status of a name no person is named by (a party's), after its canonical name (itself)."""


def variant_of(m: Mention, status: tuple) -> Variant | None:
    """The spelling variant a person's mention is, if it is one, from its name's `Names.status`."""
    c, misspelt, merged, full, score, canonical_score = status
    if m.via == "case":
        return Variant("person", m.text, c, m.location, "capitals differ", 95.0)
    if misspelt:
        return Variant("person", m.text, c.split()[-1] if " " not in m.text.strip() or
                       m.text.split()[0] in ("Mr", "Mrs", "Ms", "Miss", "Dr") else c, m.location,
                       f"spelled differently from {c}", 85.0)
    if merged or c != m.name and full and m.name.lower() != c.lower():
        return Variant("person", m.text, c, m.location, "spelled differently",
                       score if score is not None else canonical_score if canonical_score is not None else 90.0)
    return None


def canonical_names(counts: Counter[str] | dict[str, int], cutoff: float = 88.0) -> Names:
    """Each name's canonical name, from how often each name is written across the corpus: exactly,
    by case, by fuzzy match within blocks of one given name, and surnames alone by a unique full name."""
    import numpy  # here, not at the top: a re-check from stored contexts never resolves names (0.08 s)

    full = [n for n in counts if " " in n]
    # Case-insensitive identity: "Ed balls" is "Ed Balls".
    by_fold: dict[str, list[str]] = defaultdict(list)
    for n in full:
        by_fold[n.lower()].append(n)
    canonical: dict[str, str] = {}
    for forms in by_fold.values():
        # Ties go by the spelling itself, not by which was written first: the names never depend on
        # the order of the files, so a re-check that counts again without some articles finds the same.
        best = max(forms, key=lambda f: (counts[f], sum(w[:1].isupper() for w in f.split()), f))
        for f in forms:
            canonical[f] = best
    # Fuzzy identity within blocks of the same given name: "Jo Whitely" ~ "Jo Whiteley".
    weight: Counter[str] = Counter()  # mentions of every spelling a canonical name stands for
    for n, c in counts.items():
        weight[canonical.get(n, n)] += c
    blocks: dict[str, list[str]] = defaultdict(list)
    for n in sorted({canonical[n] for n in full}):
        blocks[n.split()[0].lower()].append(n)
    merged: dict[str, str] = {}
    scores: dict[str, float] = {}
    for names in blocks.values():
        if len(names) < 2:
            continue
        names.sort(key=lambda n: (-weight[n], n))
        # Every pair of surnames in the block at once, in C (rapidfuzz's cdist), not pair by pair.
        sur = [n.split()[-1].lower() for n in names]
        ratio = process.cdist(sur, sur, scorer=fuzz.ratio, dtype=numpy.float32)
        dist = process.cdist(sur, sur, scorer=Levenshtein.distance, dtype=numpy.int32)
        short = numpy.minimum.outer(*(2 * [numpy.array([len(s) for s in sur])]))
        # "Chapmen" for "Chapman": one letter off a name of five or more is a slip at any ratio.
        near = (dist > 0) & ((ratio >= cutoff) & (dist <= 2) | (dist == 1) & (short >= 5))
        for i, j in zip(*numpy.nonzero(numpy.triu(near, 1))):
            a, b = names[i], names[j]
            if b not in merged and a not in merged:
                merged[b] = a
                scores[b] = float(ratio[i, j])
    for n in list(canonical):
        c = canonical[n]
        canonical[n] = merged.get(c, c)
    # Surnames alone (no full name in their document): a unique full name elsewhere.
    surnames: dict[str, set[str]] = defaultdict(set)
    for n in set(canonical.values()):
        surnames[n.split()[-1]].add(n)
    for n in counts:
        if " " not in n and len(surnames.get(n, ())) == 1:
            canonical[n] = next(iter(surnames[n]))
    # A surname alone that nearly spells one full name's surname: "Ms Hartigen" for Lisa Hartigan.
    misspelt: dict[str, str] = {}
    # Blocked by initial, and compared in C: archive-sized name lists never meet pair by pair in Python.
    lone: dict[str, list[str]] = defaultdict(list)
    for n in sorted(counts):
        if " " not in n and n not in surnames and len(n) >= 5:
            lone[n[:1].lower()].append(n)
    unique: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for sn, full_names in sorted(surnames.items()):
        if len(full_names) == 1 and len(sn) >= 5:
            unique[sn[:1].lower()].append((sn, next(iter(full_names))))
    for initial, queries in lone.items():
        choices = unique.get(initial, [])
        if not choices:
            continue
        dist = process.cdist([q.lower() for q in queries], [sn.lower() for sn, _ in choices],
                             scorer=Levenshtein.distance, score_cutoff=2, dtype=numpy.int32)
        for row, n in enumerate(queries):
            near = sorted((int(d), choices[k][1]) for k, d in enumerate(dist[row])
                          if 0 < d <= (1 if len(n) < 7 else 2))
            if len(near) == 1 or near and near[0][0] < near[1][0]:
                misspelt[n] = canonical[n] = near[0][1]
    return Names(canonical, merged, scores, misspelt, frozenset(full))


def _place_variants(extractions: list[Extraction]) -> list[Variant]:
    out = []
    for ex in extractions:
        for m in ex.mentions:
            if m.kind == "place" and m.via == "fuzzy" and m.gazetteer:
                out.append(Variant("place", m.text, m.gazetteer, m.location,
                                   "not the official spelling", m.confidence * 100))
    return out


# -- facts ------------------------------------------------------------------------------

def _facts(ex: Extraction, ctx: DocContext) -> tuple[list[Fact], list[tuple[str, str, Location]]]:
    """The article's facts before seats named in other articles are filled in, and the seats it
    places each of its people in."""
    def name_of(n: str | None, kind: str | None) -> str | None:
        if n is None or kind != "person":
            return n
        return ctx.names.get(n, n)

    # An article that names one seat and no other is about that seat.
    place_counts = Counter(m.gazetteer or m.name for m in ex.mentions if m.kind == "place" and not is_measure(m.name))
    # (a ballot measure is a vote of its own: "Proposition 7" is no seat the article's other figures are of)
    doc_places = set(place_counts)
    first_line: dict[str, int] = {}
    for m in ex.mentions:
        if m.kind == "place" and m.location is not None:
            key = m.gazetteer or m.name
            first_line[key] = min(first_line.get(key, m.location.line), m.location.line)
    # … or, naming others in passing, one seat far more than any other: its subject.
    ranked = place_counts.most_common(2)
    first_place = next((m.gazetteer or m.name for m in sorted((m for m in ex.mentions if m.kind == "place"),
                                                              key=lambda m: m.start)), None)
    # a round-up of results, each with its own gain or hold: the one seat a gazetteer or role names is one of several,
    # not the article's
    round_up = len({(c.outcome, c.party) for c in ex.claims
                    if c.kind == Kind.OUTCOME and c.outcome in ("gain", "hold") and c.party}) >= 2
    # (not a headline told twice, nor a party's hold and its winner's)
    outcomes_at = {c.place for c in ex.claims if c.kind == Kind.OUTCOME and c.place}
    main_place = ranked[0][0] if ranked and ranked[0][1] >= 2 and not (round_up and len(outcomes_at) >= 2) and (
        len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]
        or ranked[0][1] >= 2 * ranked[1][1] and ranked[0][0] == first_place and len(place_counts) < 3) else None
    # (named first, and most; not in a round-up of three seats or more, where one named twice is one of several, nor
    # in a live page's night of gains and holds in several seats, where the seat named most is one of the night's)
    by_sentence: dict[str, list[Claim]] = defaultdict(list)
    for c in ex.claims:
        if c.kind != Kind.OUTCOME:  # an outcome ("Labour hold") is no figure of the contests worked out here
            by_sentence[c.sentence].append(c)
    # Each sentence's named seats, once: a long live blog repeats sentences thousands of times.
    sentence_places = {sentence: {o.place for o in claims if o.place and o.kind in CONTEST_KINDS}
                       for sentence, claims in by_sentence.items()}
    rivals = _rivals(ex, name_of)
    whole_results = {
        sentence: f"{UNNAMED_SEAT}{ex.path}:{claims[0].location.line}"
        for sentence, claims in by_sentence.items()
        if all(c.place is None for c in claims)
        and any(c.role == "winner" and c.kind == Kind.VOTES for c in claims)
        and any(c.role == "runner_up" and c.kind == Kind.VOTES for c in claims)
    }
    unnamed = _unnamed_contests(ex, name_of)
    # A referendum's story (its sides' figures, no candidate's count) reports areas' votes on one question
    referendum = any(c.subject in REFERENDUM_SIDES for c in ex.claims) and not any(
        c.subject_kind == "person" and c.kind == Kind.VOTES for c in ex.claims)
    # The people of a paragraph that reports one unnamed seat stood there in the rest of the article too
    # ("Brandt had 742,118 votes … to Delgado's 701,240. ¶ Brandt won by 41,878 votes").
    unnamed_of: dict[str, str] = {}
    for c in ex.claims:
        if c.paragraph in unnamed and c.subject_kind == "person" and c.subject and c.place is None:
            unnamed_of.setdefault(name_of(c.subject, "person"), unnamed[c.paragraph])
    listed = _list_places(ex)
    counted = {c.paragraph for c in ex.claims if c.kind == Kind.VOTES and c.subject_kind == "person"}
    # (paragraphs that hold a list of their own: a foot line there is that list's, named or not)
    count_lines = [c.location.line for c in ex.claims if c.kind == Kind.VOTES and c.subject_kind == "person"]
    named_at = first_line.get(next(iter(doc_places)), 0) if len(doc_places) == 1 else 0
    named_late = named_at > HEADLINE_LINES and any(n < named_at for n in count_lines) \
        and any(n > named_at for n in count_lines)
    # (the one seat named only between two sets of counts heads the later: "## Kingsmead Town Council, Abbey Fields
    # ward" below another council's lists; not "Calder has taken Waitaha Ridge" under the results list it tells of)
    whole = _one_unnamed_race(ex, name_of, next(iter(doc_places)) if len(doc_places) == 1 else None) \
        if len(doc_places) <= 1 and not round_up and not named_late else None
    # A party's count in a sentence that sets it against a candidate's is that race's: "1,406 votes to the
    # Conservatives' 1,102"
    race_sentences = {c.sentence for c in ex.claims if whole is not None and (
        c.subject_kind == "person" or c.subject_via == "the party's candidate")
                      and c.kind in (Kind.VOTES, Kind.SHARE) and _of_the_race(c, ex)}
    national_paras = {c.paragraph for c in ex.claims if NATIONALLY.search(c.sentence)}
    facts = []
    places: list[tuple[str, str, Location]] = []
    for c in ex.claims:
        subject = name_of(c.subject, c.subject_kind)
        assumptions: list[str] = []
        confidence = c.confidence
        place = c.place
        # "Across the wider region, Plaid took 29.8% of the list vote, and its win in Cwm Tawel …": a party's
        # figure in a sentence that looks beyond the seat is not the seat's
        beyond = c.subject_kind != "person" and c.kind in (Kind.SHARE, Kind.SHARE_CHANGE, Kind.VOTES, Kind.VOTES_CAST) and (
            NATIONALLY.search(c.sentence) is not None  # "Reform UK won five seats nationally, including Clacton, on …"
            or c.place is None and c.kind != Kind.VOTES_CAST and (_moves_on(c.sentence) or c.scope is not None)
            or c.kind == Kind.SHARE and (c.scope is not None or c.place is None) and LIST_VOTE.search(c.sentence) is not None) \
            or c.kind == Kind.SWING and c.place is None and c.paragraph in national_paras \
            or OTHER_RACE in c.evidence \
            or VOTERS_FIGURE in c.evidence
        # (a table under "## U.S. Senate", below the one seat the article names; "voters approved a ballot measure …
        # with 61.6 percent support")
        # (and "The Conservative-to-Labour swing was therefore about 10.8 points" after "Across the UK, Labour's share
        # rose …": the country's swing)
        if place is None and c.kind in CONTEST_KINDS and not beyond:
            near = set(sentence_places[c.sentence])
            if len(near) == 1:
                place = near.pop()
                assumptions.append(f"took the seat {place} from the same sentence")
            elif len(doc_places) == 1 and not round_up and c.kind not in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST) \
                    and first_line.get(only := next(iter(doc_places)), 0) <= max(c.location.line, HEADLINE_LINES):
                # not a seat first named further down ("… whose own majority in Castle ward was 1,043")
                place = only
                assumptions.append(f"took the seat {place}, the only one in this article")
            elif c.paragraph in listed and c.kind in (Kind.VOTES, Kind.SHARE, Kind.RANK):
                place = listed[c.paragraph]
                assumptions.append(f"the results list is {place}'s, the seat of an entry in it or of the line "
                                   f"that opens it")
            elif c.paragraph - 1 in listed and c.paragraph not in counted and LIST_FOOT.match(c.sentence):
                place = listed[c.paragraph - 1]  # "Con majority 154." under the list: its foot
                assumptions.append(f"the line under the results list of {place}")
            elif main_place is not None and c.kind not in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST) \
                    and not (named_late and c.location.line < named_at):
                # (not a seat named between two sets of counts, heading the later: see named_late)
                place = main_place
                assumptions.append(f"took the seat {place}, the one this article is about")
                confidence = min(confidence, 0.8)
        party = c.party
        if c.subject_kind == "person" and subject:
            if place and c.kind in CONTEST_KINDS:
                places.append((subject, place, c.location))
            if party is None:
                party = ctx.parties.get(subject)
        contest = place if c.kind != Kind.OUTCOME else None  # outcomes join no contest: the tables judge them
        if contest is None and c.kind in CONTEST_KINDS and whole is not None and c.kind != Kind.OUTCOME \
                and not _moves_on(c.sentence) \
                and (_of_the_race(c, ex) or c.kind in (Kind.VOTES, Kind.SHARE) and c.sentence in race_sentences):
            contest = whole  # an article that names no seat and reports one race: all its figures are that race's
        if contest is None and c.kind in CONTEST_KINDS and c.paragraph in unnamed and subject:
            contest = unnamed[c.paragraph]  # "St Peter's stayed Conservative. Ms A held the ward with …"
        if contest is None and c.kind in CONTEST_KINDS and subject and c.subject_kind == "person":
            contest = unnamed_of.get(subject) or unnamed_of.get(rivals.get(subject, subject)) \
                or f"{rivals.get(subject, subject)}{PERSON_SEAT}"
        if contest is None and c.kind in CONTEST_KINDS and c.sentence in whole_results:
            # "Ayesha Barker won 1,884 votes to Labour's 1,402, a majority of 482": one sentence, one contest
            contest = whole_results[c.sentence]
        if beyond:
            contest = None  # however the article's one race is worked out, this figure looks past it
        if contest is not None and referendum and c.place is not None:
            contest = f"{contest}{REFERENDUM_AREA}"  # a counting area's vote is no election of the seat it shares a
            # name with ("| Blaenau Gwent | 13,215 | 21,587 |" beside the Senedd seat's "Majority: 650")
        if c.subject_via and c.subject_via.startswith("pronoun"):
            said = c.subject_via.removeprefix("pronoun").strip()
            assumptions.append(f"read {said} as {subject}" if said.startswith("(") else f"read '{said.split()[-1]}' as {subject}")
            # ("read (a description) as Ann Dee": "The farmer took the seat …" under her heading)
        counterpart = name_of(c.counterpart, "person") if c.counterpart else None
        known = place is not None and not any(a.endswith("the one this article is about") for a in assumptions)
        year = c.year if c.year is not None else ex.year if c.modality in (Modality.ACTUAL, Modality.FORECAST) else None
        # (a forecast is of the coming election, the article's: "Exit poll projection" sized by that year's chamber)
        facts.append(Fact(c, subject, c.subject_kind, party, contest, known, counterpart,
                          round(confidence, 2), tuple(assumptions), year))
    return _totals_in_their_sentence(_one_list_one_race(_candidates_of_parties(_one_sentence_one_race(facts, whole_results)))), \
        places


def _one_list_one_race(facts: list[Fact]) -> list[Fact]:
    """A results list of one race whose candidate lines give a seat and whose party-only lines give none ("Matthew
    Scott (Conservative) 131,567" over "Labour 98,204", "Green 38,516"): every line of it is that seat's."""
    by_para: dict[int, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind in (Kind.VOTES, Kind.SHARE) and f.claim.modality == Modality.ACTUAL:
            by_para[f.claim.paragraph].append(f)
    seat_of: dict[int, str] = {}
    for para, found in by_para.items():
        seats = {f.contest for f in found if f.contest}
        lines = {f.claim.location.line for f in found if f.kind == Kind.VOTES}
        if len(seats) == 1 and len(lines) >= LIST_ENTRIES and len(found) == len({(f.claim.location.line, f.kind) for f
                                                                                in found}):
            seat_of[para] = next(iter(seats))
    if not seat_of:
        return facts
    return [replace(f, contest=seat_of[f.claim.paragraph], assumptions=f.assumptions + (
        f"the results list is {seat_of[f.claim.paragraph]}'s",))
            if f.contest is None and f.claim.paragraph in seat_of and f.kind in (Kind.VOTES, Kind.SHARE)
            and f.claim.modality == Modality.ACTUAL else f for f in facts]


def _one_sentence_one_race(facts: list[Fact], whole_results: dict[str, str]) -> list[Fact]:
    """A sentence that tells a whole result with one person in it ("Dixon held the riding by 901 votes, 8,544 to 7,634
    for the Green candidate") is that person's race: its party's figure joins the seat the person's figures are in."""
    theirs: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.claim.sentence in whole_results and f.subject_kind == "person" and f.contest is not None:
            theirs[f.claim.sentence].add(f.contest)  # (not its outcome, "held", which joins no contest)
    out = []
    for f in facts:
        seats = theirs.get(f.claim.sentence, set())
        if len(seats) == 1 and f.contest == whole_results[f.claim.sentence]:
            seat = next(iter(seats))
            f = replace(f, contest=seat)
        out.append(f)
    return out


def _candidates_of_parties(facts: list[Fact]) -> list[Fact]:
    """A party's votes in a seat where the article names one candidate of that party, with a count, are that candidate's
    ("The Conservatives slumped to 612 votes" above "| Peter Hollis | Conservative | 621 |"): one fact, so the two
    figures are compared. Not where the party stands several (a ward of several seats)."""
    people: dict[tuple, set[str]] = defaultdict(set)
    counts: dict[str, list[float]] = defaultdict(list)
    for f in facts:
        if f.subject_kind == "person" and f.subject and f.party and f.contest and f.kind in (Kind.VOTES, Kind.SHARE) \
                and f.claim.modality == Modality.ACTUAL:
            people[(f.contest, f.year, f.claim.round, f.party)].add(f.subject)
            if f.kind == Kind.VOTES and f.claim.value:
                counts[f.subject].append(f.claim.value)
    if not people:
        return facts
    out = []
    for f in facts:
        # (a count in prose, of the size of the candidate's: not a list's party vote nor "three extra Labour votes")
        if f.subject_kind == "party" and f.subject and f.contest and f.kind == Kind.VOTES and not f.claim.column \
                and f.claim.modality == Modality.ACTUAL and f.claim.value \
                and len(names := people.get((f.contest, f.year, f.claim.round, f.subject), ())) == 1 \
                and any(0.5 <= f.claim.value / x <= 2 for x in counts.get(next(iter(names)), ())):
            name = next(iter(names))
            f = replace(f, subject=name, subject_kind="person", party=f.subject,
                        assumptions=f.assumptions + (f"read {f.subject}'s figure as its candidate {name}'s",))
        out.append(f)
    return out


TOTALS = (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST)
HEADLINE_LINES = 3
"""A seat named this near the top (a headline, a standfirst) is the article's, whatever follows it."""


def _totals_in_their_sentence(facts: list[Fact]) -> list[Fact]:
    """A turnout, electorate or votes cast that names no seat is of the seat its sentence's other figures
    are in: "That is a majority of 8,403, or 15.6% of the 47,838 valid votes"."""
    seats: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, set[str]] = defaultdict(set)  # (or the seat of the sentence's other totals: "Only 1,204 of the
    # ward's 5,016 electors voted, a turnout of 42 per cent", its ballots and turnout placed, its electorate not)
    for f in facts:
        if f.contest and (f.kind in CONTEST_KINDS or f.kind in TOTALS):
            (counts if f.kind in TOTALS else seats)[f.claim.sentence].add(f.contest)
    out = []
    for f in facts:
        near = seats.get(f.claim.sentence) or counts.get(f.claim.sentence, set())
        if f.contest is None and f.kind in TOTALS and len(near) == 1:
            seat = next(iter(near))
            donor = next(g for g in facts if g.contest == seat and g.claim.sentence == f.claim.sentence)
            f = replace(f, contest=seat, place_known=donor.place_known, confidence=min(f.confidence, donor.confidence),
                        assumptions=f.assumptions + (f"took the seat {seat} from the same sentence",))
        out.append(f)
    return out


ELSEWHERE_WORDS = ("elsewhere", "nearby", "neighbouring", "neighboring", "next door", "meanwhile", "in another",
                   "another seat")
"""Words that move the copy on to another seat or body ("Elsewhere in Norfolk, …")."""
OTHER_SEAT_WORDS = ELSEWHERE_WORDS + ("other seats",)
"""Words that move a paragraph on to another seat: then its figures are not one unnamed contest."""
ACROSS = re.compile(r"\bacross the (?!(?:riding|constituency|ward|seat|division|district|electorate|town|city|borough"
                    r"|village|area)\b)")
"""'across the country' moves on; 'across the riding' stays in the seat."""


NATIONALLY = re.compile(r"\b(?:nationally|nationwide|across the (?:country|UK|United Kingdom|nation)|UK-wide|of the "
                        r"(?:UK|national) (?:total|vote))\b", re.I)
"""Words that make a party's figure the whole country's, whatever seat the sentence also names."""


def _moves_on(sentence: str) -> bool:
    """Whether a sentence speaks of other seats than the one reported."""
    low = sentence.lower()
    return any(w in low for w in OTHER_SEAT_WORDS) or ACROSS.search(low) is not None


def _unnamed_contests(ex: Extraction, name_of) -> dict[int, str]:
    """Paragraphs that report one seat they never name ("St Peter's stayed Conservative. Ms A held the
    ward with 1,912 votes to Labour's 1,530. UKIP's Mr B came third with 612, …"): one winner, several
    candidates' votes, no place for any figure. Their figures stood in one contest."""
    by_para: dict[int, list[Claim]] = defaultdict(list)
    for c in ex.claims:
        if c.kind != Kind.OUTCOME:
            by_para[c.paragraph].append(c)
    out = {}
    for para, claims in by_para.items():
        if any(c.place is not None for c in claims):
            continue
        if any(_moves_on(c.sentence) for c in claims):
            continue  # "Elsewhere, Mr B polled 15,000": the paragraph moves on to another seat
        winners = {name_of(c.subject, c.subject_kind) for c in claims if c.role == "winner" and c.subject}
        people = {name_of(c.subject, "person") for c in claims
                  if c.kind == Kind.VOTES and c.subject_kind == "person" and c.subject}
        if len(winners) == 1 and len(people) >= 2 and len({c.sentence for c in claims}) >= 2:
            out[para] = f"{UNNAMED_SEAT}{ex.path}:{claims[0].location.line}"
    return out


ROUND_WORDS = re.compile(r"\b(?:first|second|third|fourth|fifth|final|last|later|1st|2nd|3rd)[\s-]+(?:round|ballot|count|"
                         r"stage)s?\b|\bround\s+(?:one|two|three|1|2|3)\b|\bpreferences\b|\btransfers?\b",
                         re.IGNORECASE)
"""Words of a count in rounds ("in the first round", "after preferences"): not "2,552 ballot papers"."""


FIRST_ROUND = re.compile(r"\b(?:first|1st)[\s-]+(?:preferences?|round|count|ballot|stage)\b", re.IGNORECASE)
"""Words of the first round itself ("On first preferences he led with 41.2%"): its figures are the round's own."""


def _of_the_race(c: Claim, ex: Extraction) -> bool:
    """A figure of the race the article reports: this election's, a candidate's or no one's (a party's figure may
    be national, or another election's: "At the last full election Labour won the ward with a majority of 688")."""
    if c.modality != Modality.ACTUAL or c.year is not None and ex.year is not None and c.year != ex.year:
        return False
    if c.kind == Kind.SWING and c.scope is None and c.counterpart and not NATIONALLY.search(c.sentence) \
            and not WIDER_SWING.search(c.sentence):
        return True  # "a swing of 5.3 per cent from Labour to the Conservatives" in a story of one seat: its swing
    if c.subject_kind != "party" or c.kind in TOTALS or c.subject in REFERENDUM_SIDES \
            or c.subject_via == "the party's candidate":
        return True  # (and "The Liberal Democrat candidate took 14.8%": that party's candidate in this race)  # "the party's 131,680 eligible members": the ballot's electorate; "Yes: 21,406": a side's
    # "That left the Conservative with a majority of 981": the race's winner's; not one in a sentence of another
    # year ("in 2021, when Labour won with 1,210 votes and a majority of 204")
    return c.kind in (Kind.MAJORITY, Kind.MARGIN) and c.unit == "votes" and not any(
        int(y) != ex.year for y in YEAR_IN_TEXT.findall(c.sentence))


WIDER_SWING = re.compile(r"\b(?:national|average|overall|regional|across|polls?|polling|needed|needs|required)\b",
                         re.I)
"""A swing's sentence that looks past the seat, or ahead: "the national swing", "the swing Labour needs"."""
YEAR_IN_TEXT = re.compile(r"(?<!since )(?<!until )\b((?:19|20)\d\d)\b")
"""A year a sentence names, not one someone has held a seat since ("Mr Baines, who had held the seat since 2015, …")."""
RACE_PEOPLE = 12
"""At most this many candidates with figures in an article that is one unnamed race: more is a round-up."""


def _one_unnamed_race(ex: Extraction, name_of, place: str | None = None) -> str | None:
    """An article that names no seat (its sentences that move on to another, "elsewhere", "in neighbouring X", left
    out), and whose figures name one winner at most among two or more candidates, reports one race: a party
    leadership ballot, a US Senate seat, a riding the gazetteers do not know. Its figures are one contest, labelled
    by the article."""
    people: set[str] = set()
    winners: set[str] = set()
    told_won: set[str] = set()  # the people the copy says won or beat someone: two of them, two races
    counted = any(STV_WORDS.search(c.sentence) for c in ex.claims)
    # rounds a table's columns tell ("| First preferences | Second preferences | Total |"): a lead in prose beside
    # them has its round from the round rules ("led by 4,143 on first preferences and won by 12,604 in the final
    # round")
    tabled = any(c.round in ("final", "transfer") and (c.column or c.kind == Kind.VOTES and len(c.sentence) <= 80)
                 for c in ex.claims)  # (or a results list's lines under "SECOND ROUND")
    lines_of: dict[int, set[int]] = defaultdict(set)
    for c in ex.claims:
        if c.kind == Kind.VOTES and c.column is None:
            lines_of[c.paragraph].add(c.location.line)
    if sum(len(lines) >= LIST_ENTRIES for lines in lines_of.values()) >= 2:
        return None  # two results lists: two races ("Marc Tremblay took the riding … ¶ More than 700 km away …")
    for c in ex.claims:
        if not _of_the_race(c, ex):
            continue
        leads = tabled and c.kind in (Kind.MAJORITY, Kind.MARGIN)
        if c.kind in CONTEST_KINDS and c.column is None and not leads and (
                c.round is None and ROUND_WORDS.search(FIRST_ROUND.sub("", c.sentence))
                or c.round is not None and c.kind not in (Kind.MAJORITY, Kind.MARGIN) and (counted or c.round not in (
                    "final", "provisional"))):
            return None  # rounds of a count or ballot told in prose: which figures are one round's is for the round
            # rules (but a table's columns say which round each count is of: "| 1st pref | 2nd pref | Final |", and
            # then "won by 3,789 in the final round" is that column's lead)
        if _moves_on(c.sentence):
            continue  # "A similar referendum in neighbouring Fordham …": another race's figures, not this one's
        if c.kind == Kind.OUTCOME and c.subject_kind == "person" and c.subject and c.role == "winner" \
                and c.outcome not in ("hold", "gain"):
            told_won.add(name_of(c.subject, "person"))  # "Shapiro defeated Mastriano … Fetterman beat Oz": two races
        if (c.subject_kind == "person" or c.subject in REFERENDUM_SIDES) and c.subject and c.kind in CONTEST_KINDS:
            name = name_of(c.subject, "person")
            if c.kind != Kind.OUTCOME:
                people.add(name)
            if c.role == "winner" and c.kind in (Kind.VOTES, Kind.OUTCOME) or \
                    c.kind in (Kind.MAJORITY, Kind.MARGIN) and c.role != "loser":
                winners.add(name)  # whoever a lead is given to won something: two such people, two races
    if len(people) < 2 or len(people) > RACE_PEOPLE or len(winners) > 1 or len(told_won) > 1:
        return None
    return place or f"{UNNAMED_RACE}{ex.path}"  # the one seat it names, if only at its foot


LIST_ENTRIES = 3
"""Candidates' vote counts on separate lines of one paragraph that make it a results list."""


LIST_FOOT = re.compile(r"\W*(?:[A-Z][\w-]*\s+)?(?:majority|maj\.?|turnout|electorate)\b", re.I)
"""A results list's foot on the line under it: "Con majority 154.", "Turnout 32.5%"."""


def _list_places(ex: Extraction) -> dict[int, str]:
    """Results lists ("Emma Foody (Labour) 22,274 (49.1%)" a line) whose entries name one seat between them: the
    whole list is that seat's, though only its winner was placed ("the first MP for the new … constituency")."""
    by_para: dict[int, list[Claim]] = defaultdict(list)
    for c in ex.claims:
        by_para[c.paragraph].append(c)
    out = {}
    for para, claims in by_para.items():
        counts = [c for c in claims if c.kind == Kind.VOTES and c.subject_kind == "person"]
        if len({c.location.line for c in counts}) < LIST_ENTRIES or len(counts) != len({c.location.line for c in counts}):
            continue
        places = {c.place for c in claims if c.place and c.kind in CONTEST_KINDS}
        if not places:  # or the one seat its introduction names, a sentence that ends in a colon just before it
            # ("The Conservatives narrowly held the Kestrel Hill division …:" over "- Conservative (Alison Pike) 1,455")
            places = {c.place for c in by_para.get(para - 1, []) if c.place and c.sentence.rstrip().endswith(":")}
        if len(places) == 1:
            out[para] = places.pop()
    return out


def _rivals(ex: Extraction, name_of) -> dict[str, str]:
    """With no seat named, people a sentence sets against each other (a winner and a runner-up, a
    margin and its other side) stood in one contest: map each to the first of them."""
    parent: dict[str, str] = {}

    def root(n: str) -> str:
        while parent.get(n, n) != n:
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_sentence: dict[str, list[Claim]] = defaultdict(list)
    for c in ex.claims:
        if c.place is None and c.subject_kind == "person" and c.subject and c.kind != Kind.OUTCOME:
            by_sentence[c.sentence].append(c)
    for claims in by_sentence.values():
        listed = [name_of(c.subject, "person") for c in claims if c.kind == Kind.VOTES and c.subject_via == "results line"
                  and c.round is None]
        for other in listed[1:] if len(set(listed)) == len(listed) else ():
            join(listed[0], other)  # "Clare Whitfield (Green) 418, Derek Cotterill (Con) 382, Ian Moss (Ind) 97.": one
            # line of one count's candidates, one race
        winners = [name_of(c.subject, "person") for c in claims if c.role == "winner"]
        seconds = [name_of(c.subject, "person") for c in claims if c.role == "runner_up"]
        if len(set(winners)) == 1 and len(set(seconds)) == 1:
            join(winners[0], seconds[0])
        for c in claims:
            if c.counterpart and c.kind in (Kind.MARGIN, Kind.MAJORITY):
                join(name_of(c.subject, "person"), name_of(c.counterpart, "person"))
    return {n: root(n) for n in parent} | {r: r for r in parent.values()}


def _fill_places_across(facts: list[Fact], ctx: DocContext) -> list[Fact]:
    """A person's seat named in one article places their figures in another — unless the people of one sentence
    would be placed in different seats, or one of them stands in several ("First round: Sandhu 388, Armitage 301,
    Fenn 214" in a story of a party's selection ballot, each a councillor of another ward): then the sentence is none
    of those seats' counts."""
    facts = list(facts)

    def place_of(f: Fact) -> tuple[str, str] | None:
        """The seat another article names for the fact's person (or, failing that, its counterpart), and whose."""
        if f.place_known or f.kind not in CONTEST_KINDS:
            return None
        for who in (f.subject if f.subject_kind == "person" else None, f.counterpart):
            if who is not None and (place := ctx.places.get(who)) is not None \
                    and place != f"{UNNAMED_RACE}{f.claim.location.path}":
                return place, who  # (an article's own unnamed race takes in only what it took in itself)
        return None

    placed = [place_of(f) for f in facts]
    places: dict[str, set[str]] = defaultdict(set)
    roaming = set(ctx.roaming)
    for f, found in zip(facts, placed):
        if found is not None:
            places[f.claim.sentence].add(found[0])
        elif not f.place_known and f.kind in CONTEST_KINDS and f.subject in roaming:
            places[f.claim.sentence].add("\x00several")  # a rival named in several seats elsewhere: no one seat
    renamed: dict[str, set[str]] = defaultdict(set)
    refused: set[str | None] = set()  # seats some figure of which stays put: its sentence is of several seats
    for k, (f, found) in enumerate(zip(list(facts), placed)):
        if found is not None and len(places[f.claim.sentence]) > 1:
            refused.add(f.contest)
        if found is None or len(places[f.claim.sentence]) > 1:
            continue
        place, who = found
        if f.contest and (f.contest.endswith(PERSON_SEAT) or f.contest.startswith(UNNAMED_SEAT)):
            renamed[f.contest].add(place)  # (and a sentence's own race: "Labour's Dave Robertson took 17,232 votes to
            # Mr Fabricant's 16,422 … Reform UK's Richard Howard was third with 9,734", his seat named elsewhere)
        facts[k] = replace(f, contest=place, place_known=True,
                           assumptions=f.assumptions + (f"{who}'s seat is {place}{NAMED_ELSEWHERE}",))
    # The rest of a seat labelled by its person is that person's seat too: "Only 1,204 of the ward's 5,016 electors
    # voted", no one's electorate, in "Sue Allard's seat" until another sentence names her ward (not the article's
    # one unnamed race: moved whole into a seat other stories tell, its runner-up became theirs — measured, set49)
    for k, f in enumerate(facts):
        if f.contest in renamed and len(renamed[f.contest]) == 1 and f.contest not in refused:
            place = next(iter(renamed[f.contest]))
            facts[k] = replace(f, contest=place, assumptions=f.assumptions + (f"{f.contest} is {place}",))
    return facts
