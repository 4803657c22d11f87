"""Find parties, constituencies and regions in a Doc, from the gazetteers in rules/.

Exact names and their usual variants ("Sheffield Hallam" for "Sheffield, Hallam",
"Thanet South" for "South Thanet", "Labours" for "Labour's") are matched with spaCy's
PhraseMatcher. A capitalised run that is a near miss of a constituency ("Wirrall
West") is matched with rapidfuzz and kept as a fuzzy mention, so the claim still
lands on the right seat and the spelling can be reported.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..model import BALLOT_MEASURE, BALLOT_MEASURE_WORD, REFERENDUM_SIDES
from ..ruleset import RuleSet
from .phrases import PhraseTokens
from .tokens import TokenTable, spaced_dash, token_table

COMPASS = {"north", "south", "east", "west", "central", "mid", "north east", "north west",
           "south east", "south west"}
WHOLE_COUNTRY = frozenset({"nationally", "nationwide"})
"""A region alias that is the whole of whichever country the copy is about."""
CONNECTORS = {",", "and", "&", "of", "the", "upon", "on", "under", "-", "in", "le", "super"}

PLACE_FILLS = frozenset({"filled", "fills", "elected", "elects", "returned", "returns"})
"""Verbs of a seat choosing its members ("Roscommon-Galway filled its three seats")."""
SEAT_OF_SEVERAL = frozenset({"last", "final", "first", "second", "third", "fourth", "fifth", "remaining", "other", "two",
                             "three", "four", "five"})
"""Words before "seat in X" that make X a seat of several members ("the last seat in Roscommon-Galway")."""


@dataclass(slots=True)
class Span:
    """A mention found in a Doc, by token indexes; becomes a model.Mention later."""

    kind: str
    start: int
    end: int
    name: str
    via: str = "gazetteer"
    score: float = 100.0
    gazetteer: str | None = None
    party: str | None = None
    adjective: bool = False
    gender: str | None = None
    written: str | None = None
    """For people: the name as written when it differs from `name` ("Ed balls")."""
    antecedent: int | None = None
    """For pronouns and anaphors: the index of the mention they refer to."""


def country_pattern(countries: dict[str, str]) -> re.Pattern[str] | None:
    """Any country's name or adjective as whole words, longest first; None for no countries."""
    if not countries:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(countries, key=len, reverse=True)) + r")\b")


def normalise(name: str) -> str:
    """Fold a place name for comparison: case, '&', punctuation, 'St.'."""
    s = name.lower().replace("&", " and ")
    s = re.sub(r"\(.*?\)", " ", s)
    s = re.sub(r"[,.'’\-]", " ", s)
    s = re.sub(r"\bsaint\b", "st", s)
    return " ".join(s.split())


def place_variants(name: str) -> set[str]:
    """Ways copy writes a constituency: without commas, '&' for 'and', compass word last."""
    base = re.sub(r"\s*\(.*?\)", "", name).strip()
    out = {name, base, base.replace(",", ""), base.replace(" and ", " & ")}
    words = base.replace(",", "").split()
    low = [w.lower() for w in words]
    for n in (2, 1):
        if len(words) > n and " ".join(low[:n]) in COMPASS:
            out.add(" ".join(words[n:] + words[:n]))
            break
    for n in (2, 1):
        if len(words) > n and " ".join(low[-n:]) in COMPASS:
            out.add(" ".join(words[-n:] + words[:-n]))
            break
    out |= {v.replace("St ", "St. ") for v in out if "St " in v}
    out |= {folded for v in out if (folded := _fold(v)) != v}  # "Ynys Mon" for "Ynys Môn"
    return {v for v in out if v}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


DIVISION_SIDES = frozenset({"Ayes", "AYES", "Noes", "NOES"})
"""A division's sides, counted like a referendum's: "Ayes 312, Noes 287. Government majority: 35"."""
SIDE_NOUNS = frozenset({"side", "campaign", "camp", "option", "share"})
"""Nouns after "Yes" or "No" that make it a referendum's side in prose ("the Yes side", "the No campaign")."""


class Gazetteer:
    """Tag parties, places and regions; fuzzy-match near misses of constituency names."""

    def __init__(self, nlp: Language, ruleset: RuleSet, fuzzy_cutoff: float = 90.0,
                 default_country: str | None = None, phrases: PhraseTokens | None = None):
        patterns = (phrases or PhraseTokens(nlp)).patterns
        self.cutoff = fuzzy_cutoff
        self.default_country = default_country
        """The country copy is about when its parties do not say (config `election.country`)."""
        self.other_places = {normalise(p) for p in ruleset.other_places}
        # Split once for _fuzzy_places: one-word names must equal the run, longer ones be inside it.
        self.other_single = {o for o in self.other_places if len(o.split()) <= 1}
        self.other_multi = sorted(o for o in self.other_places if len(o.split()) > 1)
        self.party_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.party_of: dict[str, str] = {}
        for party in ruleset.parties:
            forms: set[str] = set()
            for alias in party.aliases:
                forms |= {alias, alias.upper()}
                if " " not in alias and not alias.endswith("s"):
                    forms.add(alias + "s")  # "Labours Margaret Greenwood": a lost apostrophe
            forms |= {a for a in party.abbreviations if len(a) > 1}
            for f in forms:
                self.party_of.setdefault(f, party.name)
            self.party_matcher.add(party.name, patterns(sorted(forms), "ORTH"))
        self.party_country = {p.name: p.country for p in ruleset.parties if p.country}
        self.region_country = {r.name: r.country for r in ruleset.regions if r.country}
        self.countries = dict(ruleset.countries)
        self.country_names = country_pattern(self.countries)
        """Countries' names and adjectives, longest first: "Taiwan's presidential election", "South Korean voters"."""
        self.nations = {r.country: r.name for r in ruleset.regions if r.national}
        self.places_country = ruleset.default_chamber.country if ruleset.default_chamber else None
        """The country whose seats the place gazetteers hold (the home chamber's)."""
        self.letters = {a: p.name for p in ruleset.parties for a in p.abbreviations if len(a) == 1}
        """One-letter abbreviations ("D", "R"): a party only in brackets after a name, never as a word."""
        self.local_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.local_countries = {p.name: p.local_countries for p in ruleset.parties if p.local_aliases}
        for party in ruleset.parties:
            if party.local_aliases:
                self.local_matcher.add(party.name, patterns(party.local_aliases, "ORTH"))
        self.chamber_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.chamber_countries: dict[str, set[str | None]] = {}
        """The countries whose chambers a name may mean: "Assembly" is an Indian state's only in copy about India."""
        for c in ruleset.chambers:
            for a in (c.name, *c.aliases):
                self.chamber_countries.setdefault(a, set()).add(c.country or None)
        self.devolved: dict[str, str] = {a: c.region for c in ruleset.chambers if c.region for a in (c.name, *c.aliases)}
        """A devolved chamber's names → its nation: in copy about Holyrood alone, "nationally" is Scotland."""
        for c in ruleset.chambers:
            for a in c.bare:
                if a in self.chamber_countries:  # "In the Assembly, where all 99 seats …" in American copy: a state's
                    self.chamber_countries[a].add(c.country or None)
        for alias in sorted({a for c in ruleset.chambers for a in (c.name, *c.aliases)}):
            self.chamber_matcher.add(alias, patterns([alias], "ORTH"))
        shared = {a for c in ruleset.chambers if not c.country for a in (c.name, *c.aliases)}
        self.chamber_caps = {a.upper(): a for c in ruleset.chambers if c.country for a in (c.name, *c.aliases)
                             if not a.isupper() and a not in shared}
        """A chamber's name in a heading's capitals ("SENATE (75 seats; 38 for a majority)") → the name: of a country's
        own chamber only (not "NATIONAL ASSEMBLY", which several countries' chambers are called)."""
        home = ruleset.default_chamber.country if ruleset.default_chamber else None
        self.state_chambers_abroad = frozenset(
            a for a in self.chamber_countries if all(c.state and c.country not in (None, "", home) for c in ruleset.chambers
                                                     if a in (c.name, *c.aliases)))
        """Names only of states' chambers abroad ("Assembly": an Indian state's): a chamber only in copy about one of
        those countries (not "the London Assembly" in British copy)."""
        self.place_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.places: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        for c in ruleset.constituencies:
            self.exact.setdefault(normalise(c.name), c.name)
        for c in ruleset.constituencies:
            for v in place_variants(c.name):
                self.places[normalise(v)] = c.name
            self.place_matcher.add(c.name, patterns(sorted(place_variants(c.name)), "LOWER"))
        self.region_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.adjectives: set[str] = set()
        for r in ruleset.regions:
            forms = {r.name, *r.aliases, *r.adjectives}
            self.adjectives |= {a.lower() for a in r.adjectives}
            self.region_matcher.add(r.name, patterns(sorted(forms), "LOWER"))
        self.seat_verbs = frozenset(w.lower() for w in ruleset.words("seat.verbs"))
        self.seat_follows = frozenset(w.lower() for w in ruleset.words("seat.after_verb"))
        self.seat_outcomes = frozenset(w.lower() for w in ruleset.words("seat.outcomes"))
        self.seat_headings = frozenset(w.lower() for w in ruleset.words("seat.headline"))
        self.seat_nouns = frozenset(w.lower() for w in ruleset.words("seat.nouns"))
        self.seat_kinds = frozenset(w.lower() for w in ruleset.words("seat.kinds"))
        self.headline_verbs = frozenset(w.lower() for w in ruleset.words("seat.headline_verbs"))
        self.verbs_after = frozenset(w.lower() for w in ruleset.words("seat.verbs_after"))
        self.venue_before = frozenset(w.lower() for w in ruleset.words("seat.venue_before"))
        self.beaten = frozenset(w.lower() for w in ruleset.words("seat.beaten"))
        self.size_nouns = frozenset(w.lower() for w in ruleset.words("seat.size_nouns"))
        self.party_nouns = frozenset(ruleset.words("party_names.nouns"))
        self.not_parties = frozenset(ruleset.words("party_names.not_parties"))
        self.alias_ends = frozenset(ruleset.words("party_names.alias_ends"))
        self.party_names = frozenset(self.party_of.values())
        """Every party's own name: a span named otherwise is a party no alias lists."""
        self.alias_starts = frozenset(" ".join(a.split()[:2]) for a in self.party_of if " " in a)
        """The first two words of every alias of two words or more: "Scottish Labour Party" is no longer name."""
        self.venues = frozenset(w.lower() for w in ruleset.words("seat.venues"))
        self.life_before = frozenset(w.lower() for w in ruleset.words("seat.life_before"))
        self.life_after = frozenset(w.lower() for w in ruleset.words("seat.life_after"))
        self.given_names = frozenset(ruleset.given_names)
        self.us_states = dict(ruleset.us_states)
        states = "|".join(sorted(map(re.escape, self.us_states), key=len, reverse=True))
        self.state_names = re.compile(rf"\b(?:{states})\b") if self.us_states else None
        self.state_ordinal = re.compile(rf"\b({states})(?:'s|’s)\s+(\d{{1,2}})(?:st|nd|rd|th)\b") if self.us_states else None
        """ "In New York's 3rd, …", "California's 22nd": a state's congressional district by its number alone."""
        self.venue_words = frozenset(ruleset.words("seat.not_seats"))
        self.not_seats = self.venue_words | self.given_names
        self.honorifics = frozenset(ruleset.words("people.honorifics"))
        self.names = sorted(set(self.places.values()))
        self.keys = [normalise(n) for n in self.names]
        self.by_word: dict[str, set[int]] = {}
        for i, k in enumerate(self.keys):
            for w in k.split():
                if w not in CONNECTORS and w not in COMPASS and len(w) > 2:
                    self.by_word.setdefault(w, set()).add(i)
                    self.by_word.setdefault(w[:3] + "…", set()).add(i)
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        t = token_table(doc)
        spans: list[Span] = []
        for match_id, start, end in self.party_matcher(doc):
            name = self.vocab.strings[match_id]
            if start > 0 and len(w := t.texts[start - 1]) > 1 and w.isupper() and w.isalpha() \
                    and (whole := self.party_of.get(f"{w.title()} {t.span_text(start, end)}")) is not None:
                start, name = start - 1, whole  # a lede's capitals: "LIBERAL Democrat Sarah Pell …" is a Lib Dem
            spans.append(Span("party", start, end, name, via="alias"))
        spans = _longer_names(t, spans, self.party_of, self.alias_ends, self.alias_starts)
        spans += _parties_by_name(t, spans, self.party_nouns, self.not_parties)
        for k, w in enumerate(t.texts):
            # a referendum's results lines: "Yes: 1,412,889", "No (keep the mayor): 18,903 (46.9%)"
            if w in REFERENDUM_SIDES and k + 1 < len(t.texts) and (
                    _starts_line(t, k) and (t.texts[k + 1] in (":", "(", "-", "–", "—")
                                            or w in DIVISION_SIDES and t.nums[k + 1] is not None)  # "Ayes 312, Noes 287"
                    or k > 0 and t.texts[k - 1] == "|" and t.texts[k + 1] in ("(", "|")):  # a table's first cell
                spans.append(Span("party", k, k + 1, w, via="a referendum's side"))
            elif (w in REFERENDUM_SIDES or w.title() in REFERENDUM_SIDES and k > 0 and t.lowers[k - 1] == "voted") \
                    and (k + 1 < len(t.texts) and t.lowers[k + 1] in SIDE_NOUNS
                                            and (k == 0 or t.lowers[k - 1] in ("the", "a"))
                                            or k > 0 and t.lowers[k - 1] == "voted"
                                            or k > 1 and t.lowers[k - 1] == "for" and (
                                                t.nums[k - 2] is not None or t.lowers[k - 2] in ("%", "cent", "percent")
                                                and any(t.nums[j] is not None for j in range(max(0, k - 5), k - 2)))):
                # "the Yes side won 53.5 per cent", "The No campaign took …", "5,207 voted No", "734,300 for No",
                # "42.3 per cent for Yes": a side in prose
                spans.append(Span("party", k, k + 1, w.title(), via="a referendum's side"))
            elif w in REFERENDUM_SIDES and k > 0 and t.lowers[k - 1] in ("and", ",", "while", "with", "to") \
                    and k + 2 < len(t.texts) \
                    and (n := t.nums[k + 2 if t.lowers[k + 1] in ("on", "at") else k + 1]) is not None \
                    and (n.decimals or n.value >= 100 or t.lowers[min(len(t.texts) - 1, k + 2 + (
                        t.lowers[k + 1] in ("on", "at")))] in ("%", "per")) \
                    and any(t.texts[j] in REFERENDUM_SIDES and t.texts[j] != w for j in range(max(0, k - 30), k)):
                # "The Yes side won 52.3 per cent of the vote and No 48.7 per cent", "…, with No on 44.4 per cent":
                # the other side, after the first (not "No 10", with no share or count)
                spans.append(Span("party", k, k + 1, w, via="a referendum's side"))
            elif w in REFERENDUM_SIDES and _side_won(t, k):
                # "Yes therefore won 56.6 per cent of the valid vote": a side as the subject of a result
                spans.append(Span("party", k, k + 1, w, via="a referendum's side"))
        for k in range(1, len(t.texts) - 1):
            if t.texts[k] == "independent" and t.lowers[k - 1] in ("an", "one") and t.nums[k + 1] is not None:
                spans.append(Span("party", k, k + 1, "Independent", via="alias"))  # "… and an independent 4.4%"
            elif t.lowers[k - 1] in ("and", ",", "with", "while") and (end := _others_group(t, k)) is not None:
                # "…, Reform 1.3 per cent and others 4.1", "and all other parties together 13.2 percent", "other
                # parties and independents 9": the rest, one group of its own, no party named before it
                spans.append(Span("party", k, end, "Others", via="alias"))
        if self.letters:
            texts = t.texts
            for k in range(2, len(texts) - 1):
                # "Marcy Kaptur (D)", "Rep. Tom Barrett (R)": a one-letter party only in brackets after a name
                if texts[k] in self.letters and texts[k - 1] == "(" and (texts[k + 1] == ")" or texts[k + 1] in (
                        ",", "/") and k + 2 < len(texts) and texts[k + 2].isupper()) and _cap(texts[k - 2]):
                    # (and "Ana Ruiz (D, WFP)": the party first, then a party that cross-endorses)
                    spans.append(Span("party", k, k + 1, self.letters[texts[k]], via="alias"))
        for match_id, start, end in self.place_matcher(doc):
            # A name two boundary sets spell differently ("North Swindon", 2024's "Swindon North") is the one
            # the copy writes, if that is a seat's name.
            name = self.exact.get(normalise(t.span_text(start, end))) or self.vocab.strings[match_id]
            if _capitalised_like(t, start, end, name):
                spans.append(Span("place", start, end, name, gazetteer=name))
        for match_id, start, end in self.region_matcher(doc):
            text = t.span_text(start, end)
            if start > 0 and t.texts[start - 1] in REGION_COMPASS:
                continue  # "North Wales", "the Mid and West Wales region", "South Scotland": a region inside it
            if text[:1].isupper() or text.lower() in ("north of the border",) + tuple(WHOLE_COUNTRY):
                name = self.vocab.strings[match_id]
                spans.append(Span("region", start, end, name, adjective=text.lower() in self.adjectives))
        for match_id, start, end in self.chamber_matcher(doc):
            name = self.vocab.strings[match_id]
            if name in STATE_CHAMBER_WORDS and start > 0 and (
                    t.texts[start - 1] in self.us_states or t.lowers[start - 1] == "state" or start > 1
                    and f"{t.texts[start - 2]} {t.texts[start - 1]}" in self.us_states) \
                    and not (end < len(t.texts) and t.lowers[end] in RACE_WORDS):
                # (not "Georgia Senate run-off", "the Ohio Senate race": the state's seat in Congress)
                # "the Michigan House of Representatives", "the Ohio Senate": the state's own chamber
                name = "state Senate" if name == "Senate" else "state House"
            spans.append(Span("chamber", start, end, name))
        spans += self._chambers_in_capitals(t)
        spans = _longest(spans)
        starts, ends = {x.start for x in spans}, {x.end for x in spans}
        surnames = self._surnames(t)
        spans = [s for s in spans if s.kind != "place" or not (_inside_longer_name(t, s, starts, ends, self.given_names)
                                                               or _names_a_venue(t, s.end, self.venues)
                                                               or s.end - s.start == 1 and t.texts[s.start] in surnames)]
        spans += self._fuzzy_places(t, spans)
        spans += self._seats_by_role(t, spans)
        role_starts = {x.start for x in spans if x.kind == "place" and x.via.startswith("role")}
        spans = [x for x in spans if not (x.kind == "place" and x.end + 2 < len(t.texts) and t.lowers[x.end] in
                                          self.seat_nouns and t.lowers[x.end + 1] == "of" and x.end + 2 in role_starts)]
        # ("the Sydney seat of Marralong": the city says where the seat is, the seat is Marralong)
        spans += self._numbered_districts(t, spans)
        spans += self._ballot_measures(t, spans)
        spans += _parties_in_a_list(t, spans, self.other_places, self.given_names)
        spans = [s for s in _longest(spans) if not (s.kind == "place" and _former_name(t, s.start))
                 and not (s.kind == "party" and s.end + 1 < len(t.texts) and t.texts[s.end] in ("-", "–")
                          and t.lowers[s.end + 1] == "led")]
        # (not "the DMK-led alliance won 159 seats": the alliance it leads, another side than the party)
        spans = _not_the_masthead(t, spans)
        spans = [replace(s, kind="locality") if self._place_in_passing(t, s) else s for s in spans]
        if any(s.kind == "place" and s.via.startswith("role") for s in spans):
            roles = {s.name for s in spans if s.kind == "place" and s.via.startswith("role")}
            spans = [replace(s, kind="locality") if s.kind == "place" and s.name not in roles and _datelined(t, s)
                     else s for s in spans]  # "MIDDLESBROUGH, Saturday 4 May 2024" over a story of the Cleveland
            # police commissioner: where the copy was filed, not the seat the copy names by its role
        found = list(self.country_names.finditer(t.text)) if self.country_names is not None else []
        # (the countries the copy names, found once: which party a name means, then which country the copy is about)
        spans = self._lone_foreign_parties(t, spans, {self.countries[m.group(0)] for m in found})
        spans = self._bracketed_letters(t, spans)
        doc._.fc_mentions = sorted(spans, key=lambda s: s.start)
        # The country the copy is about, from its parties: it picks the chamber seat totals belong to.
        countries = Counter(self.party_country[s.name] for s in spans
                            if s.kind == "party" and s.name in self.party_country)
        country = countries.most_common(1)[0][0] if countries else self.default_country
        in_parties = sorted((t.starts[x.start], t.ends[x.end - 1]) for x in spans if x.kind == "party")
        party_starts = [a for a, _ in in_parties]
        named = Counter(self.countries[m.group(0)] for m in found
                        if not ((k := bisect.bisect_right(party_starts, m.start()) - 1) >= 0
                                and m.start() < in_parties[k][1]))
        # (not a word of a party's name: "the Swedish People's Party" in copy about Finland)
        if named and country not in named:
            # "Sweden's right-wing bloc wins … a majority in the Riksdag", its table's "Social Democrats" (Ireland's
            # too): the country the copy names, by its chamber or again and again, not a party name several share
            chambered = {c for s in spans if s.kind == "chamber" for c in self.chamber_countries.get(s.name, ())
                         if c in named}
            told = [c for c, k in named.most_common(2) if k >= NAMED_OFTEN]
            if len(chambered) == 1:
                country = chambered.pop()
            elif len(told) == 1 or told and named[told[0]] > named[told[1]]:
                country = told[0]
        doc.user_data["fc_country"] = country
        doc.user_data["fc_countries_named"] = frozenset(named)
        doc._.fc_mentions = [m for m in doc._.fc_mentions if m.kind != "chamber" or m.name not in self.state_chambers_abroad
                             or country in self.chamber_countries.get(m.name, set())]
        # (not "the London Assembly" in British copy read as an Indian state's)
        if country and self.places_country and country != self.places_country and len(
                {s.name for s in spans if s.kind == "party" and self.party_country.get(s.name) == country}) >= 2:
            # "EDMONTON - … Edmonton-Pembury" in copy about Alberta: the gazetteer's seats are another country's
            # (kept as a locality: no seat, and no person's name either — "PETERBOROUGH, Ont.")
            doc._.fc_mentions = [replace(m, kind="locality") if m.kind == "place" and m.gazetteer is not None else m
                                 for m in doc._.fc_mentions]
        if country and (nation := self.nations.get(country)) is not None:
            # "Nationally, the NDA won 293": the whole of the country the copy is about, not the default's
            doc._.fc_mentions = [replace(m, name=nation) if m.kind == "region" and t.lowers[m.start] in WHOLE_COUNTRY
                                 and m.name != nation and m.name in self.nations.values() else m
                                 for m in doc._.fc_mentions]
        chambers = {m.name for m in doc._.fc_mentions if m.kind == "chamber"}
        if len(nations := {self.devolved.get(c) for c in chambers}) == 1 and None not in nations:
            # "Nationally the SNP won 63 seats" in a story of a Holyrood seat: Scotland, not the United Kingdom
            nation = nations.pop()
            doc._.fc_mentions = [replace(m, name=nation) if m.kind == "region" and t.lowers[m.start] in WHOLE_COUNTRY
                                 else m for m in doc._.fc_mentions]
        if country:  # "Congress" is a party in copy about India
            local_all = [Span("party", a, b, self.vocab.strings[mid], via="alias")
                         for mid, a, b in self.local_matcher(doc)
                         if country in self.local_countries.get(self.vocab.strings[mid], ())]
            # A country's own name for a party wins over another country's same letters: "PC 80" in copy about
            # Ontario is the Progressive Conservatives, not Plaid Cymru
            at = {(x.start, x.end): x for x in local_all}
            mentions = [at.pop((m.start, m.end)) if m.kind == "party" and (m.start, m.end) in at
                        and m.name not in self.party_country else m for m in doc._.fc_mentions]
            # "Social Democrats" in Irish copy, over the American "Democrats" inside it: the longer local name wins
            inside = {id(m): x for x in at.values() for m in mentions if m.kind == "party" and x.start <= m.start
                      and m.end <= x.end and (m.start, m.end) != (x.start, x.end)
                      and self.party_country.get(m.name, country) != country}
            mentions = [m for m in mentions if id(m) not in inside]
            taken = {i for s in mentions for i in range(s.start, s.end)}
            local = [x for x in at.values() if not taken & set(range(x.start, x.end))]
            doc._.fc_mentions = sorted(mentions + local, key=lambda s: s.start)
        # "Mette Frederiksen's Social Democrats" in a round-up of several countries: another country's local name,
        # never the American "Democrats" inside it (no party, where the copy's country does not say whose)
        abroad = [(a, b, self.party_country.get(self.vocab.strings[mid])) for mid, a, b in self.local_matcher(doc)
                  if b - a > 1 and self.party_country.get(self.vocab.strings[mid]) != country]
        if abroad:
            doc._.fc_mentions = [m for m in doc._.fc_mentions if not (
                m.kind == "party" and any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b)
                                          and self.party_country.get(m.name) != where for a, b, where in abroad))]
        doc._.fc_mentions = _factions(t, doc._.fc_mentions)
        return doc

    def _chambers_in_capitals(self, t: TokenTable) -> list[Span]:
        """A line that opens with a chamber's name in capitals ("SENATE (75 seats; 38 for a majority)", "HOUSE OF
        REPRESENTATIVES"): a heading over that chamber's figures."""
        out = []
        for k, w in enumerate(t.texts):
            if not (w.isupper() and w.isalpha() and len(w) > 2 and _starts_line(t, k)):
                continue
            for n in (4, 3, 2, 1):
                words = t.texts[k:k + n]
                if len(words) == n and all(x.isupper() and x.isalpha() for x in words) \
                        and (name := self.chamber_caps.get(" ".join(words))) is not None:
                    out.append(Span("chamber", k, k + n, name, via=CAPS_HEADING))
                    break
        return out

    def _surnames(self, t: TokenTable) -> frozenset[str]:
        """Words written right after a given name ("beating Conservative Jeremy Stroud"): surnames, so a seat of
        that one-word name ("Stroud") is the person wherever the copy writes it ("Stroud said …")."""
        texts = t.texts
        return frozenset(texts[k] for k in range(1, len(texts)) if texts[k - 1] in self.given_names
                         and texts[k][:1].isupper() and t.is_alpha[k])

    def _fuzzy_places(self, t: TokenTable, taken: list[Span]) -> list[Span]:
        """Capitalised runs that nearly spell a constituency ("Wirrall West", "Cumnok")."""
        covered = set()
        for s in taken:
            covered.update(range(s.start, s.end))
        starts, ends = {x.start for x in taken}, {x.end for x in taken}
        caps = [w[:1].isupper() and _cap(w) for w in t.texts]
        out: list[Span] = []
        for start, end in _capitalised_runs(t, caps):
            if any(i in covered for i in range(start, end)):
                continue
            # "the West Yorkshire seat" names a county, not a misspelt "East Yorkshire".
            words = normalise(t.span_text(start, end))
            if words in self.other_single or any(o in words for o in self.other_multi):
                continue
            best: tuple[float, int, int, str] | None = None
            for a in range(start, end):
                if not caps[a]:
                    continue
                for b in range(end, a + 1, -1):
                    if not caps[b - 1] or b - a > 8:
                        continue
                    text = normalise(t.span_text(a, b))
                    words = text.split()
                    if len(words) < 2:
                        continue
                    candidates = set()
                    for w in words:
                        candidates |= self.by_word.get(w, set()) | self.by_word.get(w[:3] + "…", set())
                    if not candidates:
                        continue
                    # "Cardiff East" is no misspelt "Cardiff West": a near miss keeps the compass words it names.
                    points = _compass(words)
                    choices = {i: self.keys[i] for i in candidates if abs(len(self.keys[i]) - len(text)) <= 3
                               and _compass(self.keys[i].split()) == points}
                    hit = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=self.cutoff) or \
                        process.extractOne(text, choices, scorer=fuzz.token_sort_ratio, score_cutoff=REORDERED)
                    if hit and (best is None or hit[1] > best[0]):
                        best = (hit[1], a, b, self.names[hit[2]])
            if best:
                score, a, b, name = best
                # A correct spelling the exact matcher passed over (run into a name: "In Norwich North
                # Chloe Smith …") is the place, not a near miss of itself.
                via = "gazetteer" if score >= 100 else "fuzzy"
                span = Span("place", a, b, name, via=via, score=min(score, 100.0), gazetteer=name)
                if b < end and t.lowers[b] in ("and", "&") and _inside_longer_name(t, span, starts, ends):
                    continue  # the start of a longer name: "Aberdeen South and North Kincardine" is no Aberdeen South
                    # (but a seat run into a person's name is the seat: "In Norwich North Chloe Smith …")
                out.append(span)
        return out


    def _split_at_verbs(self, t: TokenTable, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A headline in capitals or title case is one capitalised run: "LIB DEMS TAKE TAUNTON LEVELS". A verb
        of winning inside it ends one run and starts the next, so the seat after it reads by its role."""
        out = []
        for start, end in runs:
            cut = start
            for k in range(start + 1, end - 1):
                if t.lowers[k] in self.seat_verbs:
                    if cut < k:
                        out.append((cut, k))
                    cut = k + 1
                elif cut > start and t.texts[k].isupper() and t.lowers[k] in self.seat_follows and k > cut \
                        and t.lowers[k] not in ("and", "&"):  # "… TAKE KENDAL MOOR AND LUNESDALE": one name
                    out.append((cut, k))  # "… TAKE ORCHARD VALE FROM LABOUR": the seat ends at 'FROM'
                    cut = k + 1
            out.append((cut, end))
        return out

    def _numbered_districts(self, t: TokenTable, taken: list[Span]) -> list[Span]:
        """Districts named by number: seats no gazetteer holds. One a line heads ("13th District: …", "PA-7 -") is
        that line's race; one in running text ("won Wisconsin's 14th state Senate District") is a seat wherever the
        copy tells which state it is in (the state before it, or the only state the article names), and named
        the same way however it is written ("Wisconsin Senate District 14"), so two stories of one race meet."""
        text = t.text
        if "istrict" not in text and "-" not in text and "ivision" not in text:
            return []
        used = {i for s in taken if s.kind != "chamber" for i in range(s.start, s.end)}  # "Senate District 14" holds one
        named = {m.group(0) for m in self.state_names.finditer(text)} if self.state_names is not None else set()
        only = next(iter(named)) if len(named) == 1 else None
        out = []
        heads = set()
        for m in _NUMBERED_DISTRICT.finditer(text):
            heads.add(m.start(1))
            core = _DISTRICT_IN_TEXT.match(text, m.start(1))
            state = self._state_before(text, m.start(1)) or only
            name = _district_name(core, state, self.us_states) if core else None
            self._add_district(t, used, out, m.start(1), m.end(1), name or " ".join(m.group(1).split()),
                               "role: a line's numbered district")
        for m in _DIVISION_LINE.finditer(text):
            self._add_district(t, used, out, m.start(1), m.end(1), f"Division {m.group(2)}",
                               "role: a line's numbered division")  # a division list's "Division 118, 7.02pm"
        for m in _DISTRICT_IN_TEXT.finditer(text):
            if m.start() in heads:
                continue
            state = self._state_before(text, m.start()) or only
            if (name := _district_name(m, state, self.us_states)) is not None:
                self._add_district(t, used, out, m.start(), m.end(), name, "role: a numbered district")
        if self.state_ordinal is not None and ("'" in text or "’" in text):
            for m in self.state_ordinal.finditer(text):
                self._add_district(t, used, out, m.start(), m.end(), f"{m.group(1)} District {int(m.group(2))}",
                                   "role: a state's numbered district")
        return out

    def _state_before(self, text: str, at: int) -> str | None:
        """The US state written just before a district ("Wisconsin's 14th …", "Ohio District 9")."""
        m = _STATE_BEFORE.search(text[max(0, at - 40):at])
        if m is None:
            return None
        words = m.group(1)
        return words if words in self.us_states else words.split()[-1] if words.split()[-1] in self.us_states else None

    def _ballot_measures(self, t: TokenTable, taken: list[Span]) -> list[Span]:
        """A ballot measure named by its kind and letter or number ("Amendment J", "Proposition 50", "Measure
        110"): a vote of its own, as a seat is, never a person ("Amendment J won more yes votes …")."""
        text = t.text
        if not BALLOT_MEASURE_WORD.search(text):
            return []
        used = {i for s in taken for i in range(s.start, s.end)}
        out: list[Span] = []
        for m in BALLOT_MEASURE.finditer(text):
            self._add_district(t, used, out, m.start(), m.end(), " ".join(m.group(0).split()), "role: a ballot measure")
        return out

    @staticmethod
    def _add_district(t: TokenTable, used: set[int], out: list[Span], start: int, end: int, name: str, via: str) -> None:
        a = bisect.bisect_left(t.starts, start)
        b = bisect.bisect_left(t.starts, end)
        if a < b and not any(i in used for i in range(a, b)):
            out.append(Span("place", a, b, name, via=via, score=90.0))
            used.update(range(a, b))

    def _seats_by_role(self, t: TokenTable, taken: list[Span]) -> list[Span]:
        """Seats no gazetteer knows, named by their role (issue 13): right after a verb of winning or holding
        and before "with", "from", "by" … ("Labour held Eastbrook with 14,210 votes"), or as a headline
        "Eastbrook: Labour hold". A run that is, or holds, a party, region, chamber or known seat stays what
        it is, and so does one that reads as a person (a given name, an honorific, a possessive before it)."""
        kinds = {i: s.kind for s in taken for i in range(s.start, s.end)}
        n = len(t.texts)
        out: list[Span] = []
        first = _first_word(t)
        runs = []
        for start, end in self._split_at_verbs(t, _capitalised_runs(t, [_cap(w) for w in t.texts], single=True)):
            # "**Inverlochy and Moidart** - SNP hold": the label before a spaced dash is a run of its own, commas and
            # all when it labels its line ("- **Caithness, Sutherland and Ross** - LD hold")
            for k in range(start + 1, end - 1):
                if spaced_dash(t, k) and _labels_entry(t, start, k if t.texts[k - 1] not in ("*", "_") else k - 2) \
                        and any(t.lowers[j] in self.seat_outcomes for j in range(k + 1, min(n, k + 6))):
                    # (a result after the dash, "SNP hold", "Lab gain": not a wire dateline, "OMAHA - Democrat …")
                    label_end = k
                    while label_end > start and t.texts[label_end - 1] in ("*", "_"):
                        label_end -= 1
                    runs.append((start, label_end))
                    break
            if "," in t.texts[start:end]:
                comma = start + t.texts[start:end].index(",")
                if "," not in t.texts[comma + 1:end] and comma + 1 < end:
                    runs.append((comma + 1, end))  # "## Lewisham, Catford Vale – Green gain": a ward after its council
                end = comma
            runs.append((start, end))
            # "held Oakridge Vale on Monday night": a run that takes in a connector may end before it
            runs += [(start, k) for k in range(end - 1, start, -1)
                     if t.lowers[k] in self.seat_follows and t.texts[k].islower() and t.lowers[k] in CONNECTORS
                     or t.texts[k] == "the" and t.texts[start] == "In" and k > start + 1]
            # (and "In Strathbane the SNP fell less far": the seat, then the sentence's subject)
            runs += [(k + 1, end) for k in range(start + 1, end - 1) if t.texts[k] in ("in", "at")]
            # ("beating the Tory Nigel Ashdown in Dunmere and Holt by 18,230 votes": the seat after the person)
        found: set[int] = set()
        row_seats = _place_row_heads(t.text) if "|" in t.text else set()
        for start, end in runs:
            if (dash := next((k for k in range(end - 2, start, -1) if spaced_dash(t, k)), None)) is not None \
                    and any(t.lowers[k] in COUNCIL_WORDS for k in range(start, dash)):
                after_council = _starts_entry(t, start)
                start = dash + 1  # "Tamsford Borough Council - Harbour ward by-election": the ward, after its council
            else:
                after_council = False
            if end - start >= 2 and t.lowers[start] in ("in", "at", "for", "across") and (
                    _starts_entry(t, start) or _starts_sentence(t, start) or t.texts[start] in ("In", "At")):
                start += 1  # "In Castle ward, the Liberal Democrat …": capitalised as the sentence starts
            if end - start >= 2 and t.lowers[start] in IMPERATIVES and _starts_entry(t, start):
                start += 1  # an analysis's "Take Marshfield. In 2019 …", "Consider Oxleigh": the seat after the verb
            if end - start > 2 and (t.lowers[start] in self.seat_nouns or t.lowers[start] in ("mayor", "mayoralty")
                                    and not (start > 0 and t.lowers[start - 1] == "lord")) and t.lowers[start + 1] == "of":
                start += 2  # "the Division of Kingsley Downs", "elected Mayor of West Wessex": the seat after its kind
            if end - start > 2 and (t.lowers[start] in self.seat_outcomes
                                    or t.lowers[start] in ("result", "results", "declaration")) \
                    and t.lowers[start + 1] == "in":
                start += 2  # a live blog's "Hold in Kesteven Moor for the Conservatives", "Result in Oldmere:": the
                # seat after "in"
            while end - start > 1 and t.lowers[start] in ("in", "at") and start > 0 \
                    and t.lowers[start - 1] in self.seat_outcomes:
                start += 1  # "LABOUR GAIN in Brinsford East:": the seat after "in"
            if start in found:
                continue
            while end > start and t.lowers[end - 1] in CONNECTORS:
                end -= 1
            if (cut := next((k for k in range(start + 1, end - 1) if t.lowers[k] in ("in", "of") and (
                    normalise(t.span_text(k + 1, end)) in self.other_places
                    or any(kinds.get(j) == "region" for j in range(k + 1, end)))), None)) is not None:
                end = cut  # "Tregarn in Carmarthenshire": the seat, then the county it is in
            if end - start >= 4 and t.lowers[end - 3:end] == ["by", "-", "election"] and t.texts[end - 3].isupper():
                end -= 3  # a heading in capitals, "MILLBROOK WARD BY-ELECTION (one seat)", "CASTLE MARSH BY-ELECTION:
                # WHITLOCK TAKES SEAT": the seat (and its kind), then the election's
                if t.lowers[end - 1] in ("council", "authority", "assembly", "parliament"):
                    continue  # "KELSWORTH BOROUGH COUNCIL BY-ELECTION: ASHBY FIELDS WARD": the council, not the seat
            if end - start >= 2 and t.lowers[end - 1] in ("ward", "division", "riding", "constituency") \
                    and t.texts[end - 1].isupper():
                end -= 1  # a heading in capitals, "MILLBROOK WARD (three seats)": the seat, then its kind
            if t.lowers[start] in DETERMINERS or end - start == 1 and t.lowers[start] in (
                    "ward", "wards", "division", "divisions", "constituency", "seat", "riding", "council", "county"):
                continue  # "Your ward results", "Ward results - count at …": no name
            if t.lowers[start] in ("st", "st.", "saint") and end < n and t.lowers[end] in ("'s", "’s"):
                end += 1  # "St Kevin's", a ward named for a church
            named_end = end
            while end > start + 1 and kinds.get(end - 1) == "chamber":
                end -= 1  # "the Pune Lok Sabha constituency": the seat, then its chamber
            if not any(t.texts[k][:1].isupper() or t.texts[k][:1].isdigit() for k in range(start, end)):
                continue  # "In the House, Republicans won 220 seats": no name once the chamber is taken off
            while end > start + 1 and t.lowers[end - 1] in self.seat_headings:
                end -= 1  # "Ashcombe Result", "Kelsey Vale Declaration"
                while end > start and t.lowers[end - 1] in CONNECTORS:
                    end -= 1  # "BURY NORTH - RESULT"
            # (a venue's word or a given name is a ward's name before "ward": "Castle ward", "Abbey division")
            kind_after = end < n and t.lowers[end] in ("ward", "division")
            # "The Liberals held Fraser Bend on Monday": a party holds a seat, not a person, whatever given name
            # the seat's name opens with
            held = start > 1 and t.lowers[start - 1] in self.seat_verbs and end < n and t.lowers[end] in self.seat_follows \
                and any(kinds.get(k) == "party" for k in range(max(0, start - 5), start - 1))
            # (nor a given name after the first word: "Caithness, Sutherland and Ross", "Carse of Allan", "St Kevin's")
            if start >= end or sum(t.texts[k] not in ("-", "–", "—") for k in range(start, end)) > 5 or any(t.texts[i] in self.not_seats and not kind_after and not (
                    i > start and t.lowers[i - 1] in CONNECTORS | {",", "st", "st.", "saint"} and t.texts[i] in self.given_names
                    and t.texts[i] not in self.venue_words) and not (held and t.texts[i] in self.given_names)
                                                      and not (i == end - 1 > start and t.lowers[i] in PLACE_ENDING_PARTIES)
                                                      or t.nums[i] is not None
                                                      or t.lowers[i] in NOT_IN_A_NAME for i in range(start, end)) \
                    or any(kinds.get(i) not in (None, "place") and not (
                        i == end - 1 > start and kinds.get(i) == "party" and t.lowers[i] in PLACE_ENDING_PARTIES)
                           for i in range(start, end)) \
                    or all(kinds.get(i) == "place" for i in range(start, end)):
                continue  # a party, region or chamber in it; or a known seat already ("Harlow and Fellside" is not)
                # (but "gained Stanwell Green from the Conservatives": a village green's name, no party)
            county = all(part in self.other_places for part in re.split(r" (?:and|&) ", normalise(t.span_text(start, end))))
            # ("the Essex seat", "the Suffolk and Norfolk seat": counties, regions or cities, no seat — but a county's
            # police commissioner is elected by the whole county: "the Staffordshire police and crime commissioner")
            b = start - 1
            while b > 0 and t.is_space[b]:
                b -= 1  # "… in the\nCarrowmore constituency": a line break is no word
            before = t.lowers[b] if b >= 0 else ""
            after = t.lowers[named_end] if named_end < n and named_end > end else t.lowers[end] if end < n else ""
            noun_at = end
            if after in self.seat_kinds and end + 1 < n and t.lowers[end + 1] in self.seat_nouns:
                after, noun_at = t.lowers[end + 1], end + 1  # "held the Kelby and Marsh parliamentary seat"
            # ("the Kelby East division of Fenshire County Council": of its council, not "the seat of Eyre Gulf")
            of_council = noun_at + 1 < n and t.lowers[noun_at + 1] == "of" and any(
                t.lowers[k] in ("council", "assembly", "parliament") for k in range(noun_at + 2, min(n, noun_at + 7)))
            if after == "by" and end + 2 < n and t.texts[end + 1] == "-" and t.lowers[end + 2] == "election":
                after = "by-election"  # "the Colderton North by-election", as the tokenizer splits it
            if before in ("seat", "member", "seater") and b > 2 and t.texts[b - 1] == "-":
                b -= 3
                while b > 0 and t.is_space[b]:
                    b -= 1
                before = t.lowers[b]  # "the four-seat Carrowmore constituency": its size between
            if before in self.seat_verbs and (after in self.seat_follows or end == n or "\n" in t.texts[end]
                                              or after in ("ward", "division", "riding", "constituency")):
                via = f"role: after '{before}'"
            elif _heads_a_table(t, start, end):
                via = "role: a table's heading"  # "### Aberdeen South and North Kincardine" over its results table
            elif (verb := self._verb_past_description(t, b)) is not None and after in self.seat_follows:
                via = f"role: after '{verb} the …'"  # "won the redrawn Harnford and Stow with a majority of 3,881"
            elif before == "," and b > 2 and t.texts[b - 1] == ")" and kinds.get(b - 2) == "party" \
                    and t.texts[b - 3] == "(" and t.texts[b - 4][:1].isupper() and t.is_alpha[b - 4] and after in ("—", "–", "-", ":", "*", "**") \
                    and _near_line_start(t, b - 4, 6):
                via = "role: a member's entry"  # a fact file's "**Priya Anand (Lab), Fenbridge** — 38. Majority 7,535."
            elif before == ":" and b > 0 and t.lowers[b - 1] in self.seat_nouns and _starts_line(t, b - 1) \
                    and (end == n or "\n" in t.texts[end]):
                via = "role: a 'constituency:' field"  # front matter's "constituency: Thurlby Vale"
            elif before == "in" and b > 0 and t.lowers[b - 1] in self.seat_outcomes and after in self.seat_follows:
                via = f"role: '{t.lowers[b - 1]} in …'"  # a live blog's "Hold in Kesteven Moor for the Conservatives"
            elif before == "in" and after == "," and end + 1 < n and t.lowers[end + 1] == "where" \
                    and start != first and any(t.lowers[k] in RESULT_WORDS for k in range(end + 2, min(n, end + 8))):
                # (a result told of it, not "in Marcham, where the campaign had been dominated by …")
                via = "role: in …, where"  # "The pattern repeats in Oxleigh, where the Tory share dropped …"
            elif before in IMPERATIVES and _starts_entry(t, b) and end < n and t.texts[end] == "." \
                    and end + 1 < n and t.spaces[end]:
                via = f"role: '{before} …'"  # "Take Marshfield. In 2019 the Conservatives won 58.2 per cent"
            elif before == "in" and b > 2 and (t.lowers[b - 1] == "by-election" or t.lowers[b - 1] == "election"
                                               and t.texts[b - 2] == "-" and t.lowers[b - 3] == "by") \
                    and after in self.seat_follows:
                via = "role: 'by-election in X'"  # "In Thursday's council by-election in Ashby Vale East, the …"
            elif before == "in" and b > 0 and t.lowers[b - 1] in ("result", "results", "declaration") \
                    and (after in (":", "-", "–", "—") or b > 1 and t.lowers[b - 2] in ("the", "official", "final")):
                # (and "The official result in Brenford North has been corrected")
                via = f"role: '{t.lowers[b - 1]} in …:'"  # "Result in Oldmere: Conservative 14,023, Labour …"
            elif (start == 0 or t.texts[start - 1] == "\n" or t.is_space[start - 1] or _starts_entry(t, start)) \
                    and after == ":" and (any(
                    t.lowers[k] in self.seat_outcomes for k in range(end + 1, min(n, end + 5)))
                    and any(kinds.get(k) == "party" for k in range(end + 1, min(n, end + 4)))
                    or start == first and end + 2 < n and t.texts[end + 1][:1].isupper() and t.is_alpha[end + 1]
                    and any(t.lowers[k] in self.headline_verbs for k in range(end + 2, min(n, end + 5)))
                    or start == first and COUNT_HEADLINE.match(t.span_text(end + 1, _line_end(t, end, 12)))):
                # (or a headline of its count: "Dublin Bay South: how the four seats were filled, count by count")
                # (and a headline that names the seat, then who held it: "Stanmoor: Hirst hangs on by 242")
                via = "role: a result headline"
            elif before == "at" and after == ":" and _near_line_start(t, b, 6) and end + 1 < n \
                    and t.texts[end + 1][:1].isupper() and any(
                    t.lowers[k] in self.seat_verbs for k in range(end + 2, _line_end(t, end, 9))):
                via = "role: a live entry's 'at X:'"  # "03:40 Gasps at Thornbury Weald: Richard Hale holds on by 639"
            elif start != first and _labels_entry(t, start, end, self.seat_outcomes) and t.lowers[start] not in LABEL_WORDS \
                    and not self._dateline(t, start, end) and (any(
                    kinds.get(k) in ("party", "person") for k in range(end + 1, _line_end(t, end, 9)))
                    or self._tells_a_win(t, end)):
                via = "role: an entry's label"  # "- **Tallowood**: Labor's Ann Lee won …", "ELMSTEAD: Labour gain"
            elif after in self.seat_nouns and (not (noun_at + 1 < n and t.lowers[noun_at + 1] == "of") or of_council) \
                    and self._seat_article_before(t, b) and not _ballots_from(t, b):
                via = f"role: the … {after}"  # "the new Harlow and Fellside constituency", "wins new Eastbrook seat"
            elif after in ("ward", "division", "riding", "constituency") and before in ("in", "for", "of", "at"):
                via = f"role: {before} … {after}"  # "whose own majority in Castle ward was 1,043"
            elif after in ("ward", "division") and before == "," and b > 0 and t.lowers[b - 1] in COUNCIL_WORDS:
                via = f"role: a council's {after}"  # "**Selby Town Council, Selby West ward.** …": the council's ward
            elif before == "of" and b > 0 and t.lowers[b - 1] in self.seat_nouns and t.lowers[b - 1] != "by-election":
                via = f"role: the {t.lowers[b - 1]} of …"  # "the South Australian seat of Eyre Gulf"
            elif (before == "of" or before == "the" and b > 1 and t.lowers[b - 1] == "of" and any(
                    t.lowers[k] in ("authority", "region", "area") for k in range(start, end))) \
                    and (b := b - (before == "the")) > 0 and t.lowers[b - 1] in ("mayor", "mayoralty") \
                    and not (b > 1 and t.lowers[b - 2] in ("lord", "former", "ex", "deputy", "then", "onetime")):
                # ("mayor of the North Pennine Combined Authority": the authority's mayoralty)
                via = "role: mayor of …"  # "elected mayor of Harbourside": the office is the seat (not a Lord Mayor,
                # nor "a former mayor of Bramwell": a candidate's past, no seat of this election)
            elif before == "for" and b > 0 and (t.lowers[b - 1] in MEMBER_OF or kinds.get(b - 1) == "chamber") \
                    and (end >= n or t.lowers[end] not in ("'s", "’s")):
                via = "role: member for …"  # "Labour's new Member of the Scottish Parliament for Dunmore and Kilbride"
            elif after == "mayoral" and before == "the":
                via = "role: the … mayoral"  # "the Harbourside mayoral election"
            elif after in ("elected", "elects", "returned", "returns") and end + 2 < n and t.nums[end + 1] is not None \
                    and t.lowers[end + 2] in self.size_nouns and start != first:
                via = f"role: 'X {after} N councillors'"  # "Wem Brook elected two councillors this year"
            elif after == "mayor" and (before in ("elected", "re-elected", "as", "new", "become", "becomes", "became")
                                       or before == "the" and not (b > 0 and t.lowers[b - 1] in ("as", "for"))) \
                    and not any(t.lowers[k] in ("lord", "deputy", "former", "ex") for k in range(max(0, b - 1), b + 1)):
                via = "role: the … mayor"  # "re-elected Tees Valley mayor", "the new Harbourside mayor"
            elif before == "in" and b > 0 and t.lowers[b - 1] in ("winner", "victor", "victory", "runner-up") \
                    and after in self.seat_follows | {",", ".", ";"}:
                via = f"role: '{t.lowers[b - 1]} in X'"  # "confirmed … as the winner in Lac-Saint-Onésime after a
                # judicial recount"
            elif after == "police" and any(t.lowers[k] == "commissioner" for k in range(end + 1, min(n, end + 7))):
                via = "role: the … police commissioner"  # "the Cleveland police and crime commissioner election"
            elif after == "(" and any(kinds.get(k) == "party" for k in range(end + 1, min(n, end + 3))) and any(
                    t.lowers[k] in self.seat_outcomes for k in range(end + 2, min(n, end + 5))):
                via = "role: a result in brackets after it"  # "such as Brenford North (Con hold, majority 955)"
            elif after == "," and end + 2 < n and (t.lowers[end + 1] in ("a", "an", "the") or one_of(t, end + 1)) and (noun := next(
                    (k for k in range(end + 2, min(n, end + (10 if one_of(t, end + 1) else 6))) if t.lowers[k] in self.seat_nouns
                     or one_of(t, end + 1) and t.lowers[k].endswith("s") and t.lowers[k][:-1] in self.seat_nouns), None)) is not None \
                    and all(t.is_alpha[k] or t.texts[k] == "-" or t.lowers[k] in ("'s", "’s") for k in range(end + 2, noun)) \
                    and t.lowers[noun] != "by-election" and (noun + 1 >= n or t.lowers[noun + 1] not in ("'s", "’s")):
                # (not "Worksop, the constituency's largest town": a town in the seat, described by it)
                via = "role: 'X, a … seat'"  # "In Lydgate West, a city seat that Labour had held with …", "in Wath,
                # one of the borough's three-member wards"
            elif after in self.verbs_after and end + 1 < n and (
                    kinds.get(end + 1) == "party" or t.lowers[end + 1] in ("with", "to") and end + 2 < n
                    and (kinds.get(end + 2) == "party" or t.lowers[end + 2] == "the" and kinds.get(end + 3) == "party")):
                via = f"role: 'X {after} <party>'"  # "Kirkleigh stayed Labour", "Redwater went to Reform"
            elif (_starts_sentence(t, start) or before in ("with", "of", "in") and t.lowers[end - 1] not in VENUES) \
                    and start != first \
                    and (there := _next_sentence(t, end, n)) is not None and t.texts[there] == "There" \
                    and (t.texts[there + 1][:1].isupper() or t.lowers[there + 1] == "the") and _result_told(t, there, n):
                # (or "The contrast with Castle Brampton, a few miles up the road, is instructive. There the Lib
                # Dems' Fiona Gale finished fourth")
                via = "role: 'X … . There …'"  # "Kelbrook, next door, tells a similar story. There Siobhan Hughes
                # added 6.4 points to Labour's share …"
            elif before == "in" and after in (",", "the") and _starts_sentence(t, b) and start != first \
                    and _result_told(t, end, n):
                via = "role: a sentence opened by 'In X' that tells a result"  # "In Strathbane the SNP fell less
                # far, from 49.0% to 42.6%"
            elif before == "in" and after == "," and _starts_clause(t, b, 6) and start != first \
                    and _result_told(t, end, n) and t.lowers[start] not in MONTH_NAMES and not any(
                        t.lowers[k] in self.venue_before or t.lowers[k].endswith(("ed", "ing")) for k in _words_before(t, b)) \
                    and not (len(wb := _words_before(t, b)) and t.lowers[wb.start] in ("a", "an")):
                # (not "who travelled to the count in Aberaeron,", "Speaking to supporters in Akron,": where someone
                # went, no seat; nor "Labour's Priya Nair, a GP in Holme Bridge, polled …": where someone works)
                via = "role: an opener 'in X,' of a sentence that tells a result"  # "Eight miles up the valley in
                # Deane Valley, a different Sarah Collins … came within 812 votes of unseating the Conservative"
            elif before == "in" and after == "," and _starts_clause(t, b) and start != first and any(
                    t.lowers[k] in self.seat_verbs and t.lowers[k + 1] in ("the", "it") and t.lowers[k + 2] in (
                        "seat", "back", "") for k in range(end + 1, min(n - 2, end + 10))):
                via = "role: 'in X, … took the seat'"  # "Next door in Collingby, Labour's Shaun Pattinson took the seat"
            elif before == "in" and b > 1 and (t.lowers[b - 1] in ("votes", "vote") and t.nums[b - 2] is not None
                                               or after == "by" and end + 1 < n and (t.nums[end + 1] is not None
                                                                                     or t.lowers[b - 1] in self.beaten)):
                # (and "who was beaten in Fenwick-Bayshore by the Liberal newcomer")
                via = "role: 'N votes in X', 'in X by N'"  # "took 28,660 votes in Wendle and Ash", "beating the Tory
                # Nigel Ashdown in Dunmere and Holt by 18,230 votes to 14,906"
            elif before == "in" and b > 0 and t.lowers[b - 1] in ("majority", "margin", "lead", "share", "turnout") \
                    and after in ("was", "is", "of", "had", ",", "fell", "rose", "grew", "shrank", "slipped", "stood"):
                via = f"role: '{t.lowers[b - 1]} in X was'"  # "Kettle, whose own majority in Wendle and Ash was 16,243"
            elif before == "in" and after in (".", ",", ";") and any(
                    t.lowers[k] in ("unseating", "unseat", "unseated", "defeating", "beating", "ousting", "toppling")
                    for k in range(max(0, b - 7), b)) and any(t.nums[k] is not None for k in range(max(0, b - 14), b)):
                via = "role: 'unseating X in Y'"  # "came within 639 votes of unseating Richard Hale in Thornbury Weald."
            elif before == "in" and b > 1 and t.lowers[b - 1] in ("seat", "seats") \
                    and t.lowers[b - 2] in SEAT_OF_SEVERAL and after in self.seat_follows | {",", "."}:
                via = f"role: 'the {t.lowers[b - 2]} {t.lowers[b - 1]} in X'"  # "the last seat in Roscommon-Galway,
                # where …", "the final two seats in Kerry"
            elif after in ("parish", "mayoral", "town") and _starts_entry(t, start) \
                    and end + 1 < n and t.lowers[end + 1] in ("poll", "referendum"):
                via = "role: a results block's 'X referendum', 'X parish poll'"  # "Plymouth mayoral referendum, 7 May"
            elif (verb_at := end + (end < n and t.lowers[end].endswith("ly"))) + 2 < n \
                    and t.lowers[verb_at] in PLACE_FILLS \
                    and t.lowers[verb_at + 1] in ("its", "all") and any(
                        t.lowers[k] in ("seats", "seat", "tds", "councillors", "members", "msps", "mlas")
                        for k in range(verb_at + 2, min(n, verb_at + 5))):
                via = f"role: 'X {t.lowers[verb_at]} its … seats'"  # "Roscommon-Galway finally filled its three seats"
            elif (t.starts[start], t.ends[end - 1]) in row_seats:
                via = "role: a row of a table of seats"  # "| Riding | Winner |" over "| Calgary-Fernhill | … |"
            elif _section_heading(t, start, end) and (_named_below(t, start, end) or _over_results_table(t, end)
                                                      and not any(t.lowers[k] in OFFICES for k in range(start, end))):
                # (or "## Cawdor Street" over "| Candidate | Party | Votes | % |", named nowhere else)
                via = "role: a section heading"  # "## Kelby South" over "Kelby South was not on anybody's list …"
            elif (size := _size_in_brackets(t, end)) and (
                    _section_heading(t, start, size) or _section_heading(t, start, start + 1, dash_after=size)
                    or _starts_line(t, start) and _line_ends_within(t, size, 0)
                    and (all(t.texts[k].isupper() or t.lowers[k] in CONNECTORS for k in range(start, end))
                         or t.nums[end + 1] is not None and (t.lowers[end + 2] in self.size_nouns or any(
                             t.lowers[k] in COUNT_PROGRESS for k in range(end + 1, size))))) \
                    and not any(t.lowers[k] in COUNCIL_WORDS | {"council", "total", "overall"} for k in range(start, end)):
                # (and a line in capitals: "CASTLE HILL (three seats)" over its ward's results list; or any line
                # that gives the seats up: "**Moor End (one seat)**" over its list)
                via = "role: a section heading 'X (…)'"  # "## Brookside (2 seats)" over its ward's table, and
                # "## Millbrook (Kelworth BC)" over its result
            elif _caps_section(t, start, end):
                via = "role: a section in capitals, the seat named elsewhere"  # "WESSEX DOWNS" over its result's prose
            elif _caps_line_over_results(t, start, end, self.seat_outcomes):
                via = "role: a heading in capitals over a results list"  # "BILTON FIELDS" over "Jill Broadbent, …: 1612"
            elif start == first and after in self.seat_headings and _line_ends_within(t, end, 4) \
                    and not (end - start == 1 and t.lowers[start] in COUNCIL_WORDS | {"local", "election", "council"}):
                via = "role: a headline 'X result'"  # "Ashcombe result", "Kelsey Vale declaration in full"
            elif (_starts_entry(t, start) or after_council) and t.lowers[start] not in LABEL_WORDS \
                    and (after in ("ward", "division", "riding", "constituency")
                                              or after in self.seat_headings and end + 1 < n
                                              and t.texts[end + 1] in (":", "-", "–")):
                via = "role: an entry's 'X ward', 'X RESULT:'"  # a live blog's "11:42 - Eastfield ward verified"
            else:
                continue
            if county and not via.startswith(("role: the … police", "role: mayor of")):
                continue  # (a county's police commissioner, or its mayor, "Mayor of Greater Manchester", is elected
                # by the whole county: a seat)
            if end - start > 2 and t.lowers[end - 2:end] == ["combined", "authority"]:
                end -= 2  # "mayor of the Harrowgate Valley Combined Authority", "## North Wessex Combined Authority":
                # the mayoralty "Harrowgate Valley", as "the Harrowgate Valley mayor" names it
            if via.startswith(LOOSE_ROLES) and t.span_text(start, end) in self.us_states:
                continue  # "In Arizona, where Mr Biden secured 49.4% of the vote": a state of a national race
            if row_seats and (pair := _two_rows(t, start, end, row_seats)) is not None:
                # "gaining Millfield and Orchard from the Conservatives" over a table with a row for each: two seats
                out += [Span("place", a, b, _as_name(t.span_text(a, b)), via=f"{via}, one of two rows", score=90.0)
                        for a, b in pair]
                found.add(start)
                continue
            out.append(Span("place", start, end, _as_name(t.span_text(start, end)), via=via, score=90.0))
            found.add(start)
        known = {s.name for s in taken if s.kind == "place"}
        out = [L for L in out if not any(k.startswith((L.name + " and ", L.name + ", ", L.name + " & ")) for k in known)]
        # ("renters in Bethnal Green" in a story of Bethnal Green and Stepney: a part of the seat, not another seat)
        return out + _named_again(t, out, kinds)


    def _lone_foreign_parties(self, t: TokenTable, spans: list[Span], named: set[str]) -> list[Span]:
        """A party of one country in copy that names another country and nothing else of the party's ("Taiwan People's
        Party" in copy about Taiwan is not the People's Party of Canada): the longer name, a party of its own."""
        if self.country_names is None:
            return spans
        if not named:
            return spans
        spans = [self._foreign_tail(t, s, named) for s in spans]
        by_country: dict[str, set[str]] = defaultdict(set)
        for s in spans:
            if s.kind == "party" and (c := self.party_country.get(s.name)) is not None:
                by_country[c].add(s.name)
            elif s.kind == "region" and (c := self.region_country.get(s.name)) is not None:
                by_country[c].add(f"region:{s.name}")
        lone = {c for c, names in by_country.items() if len(names) == 1 and not next(iter(names)).startswith("region:")
                and c not in named}
        if not lone:
            return spans
        out = []
        for s in spans:
            if s.kind == "party" and self.party_country.get(s.name) in lone:
                j = _name_start(t, s.start)
                # (alone, "the Labor Party's 47" in copy about Mexico: a party of that name, not Australia's)
                s = Span("party", j, s.end, t.span_text(j, s.end), via="the name of a party")
            out.append(s)
        return out

    def _place_in_passing(self, t: TokenTable, s: Span) -> bool:
        """A known seat named in passing — in someone's life or trade ("who grew up in Dudley", "Hartlepool councillor
        Matt Storey"), as a council, a town's venue, or one of a list of areas: no seat the article reports, so it must
        not become the article's one seat (issue 13; each case below says which)."""
        if s.kind != "place" or s.via.startswith("role") or s.gazetteer is None:
            return False
        if s.end < len(t.texts) and t.lowers[s.end] in self.life_after and not (
                s.end + 1 < len(t.texts) and t.lowers[s.end + 1] in ("for", "of")):
            return True  # (not "Hartlepool councillor for Seaton", whose ward is the seat)
        if any(t.lowers[k] in self.life_before for k in range(max(0, s.start - 3), s.start)):
            return True
        k = s.end
        while k < len(t.texts) and k - s.end < 3 and t.lowers[k] in (COUNCIL_WORDS | {"metropolitan"}) - {"council"}:
            k += 1
        if k < len(t.texts) and t.lowers[k] == "council" and not (k + 1 < len(t.texts) and t.lowers[k + 1] in (
                "ward", "division", "by-election", "seat")):
            return True  # "Labour hold Wigan council", "Nuneaton and Bedworth Borough Council": a council, no seat (not
            # "the Wigan council ward of …")
        if s.end + 1 < len(t.texts) and t.lowers[s.end] in ("'s", "’s") and any(
                t.lowers[k] in self.venues for k in range(s.end + 1, min(len(t.texts), s.end + 6))):
            return True  # "The count at Huddersfield's John Smith's Stadium": a town's venue
        k = s.start - 1
        while k > 0 and s.start - k < 12 and (t.texts[k] in (",", "and") or t.texts[k][:1].isupper()):
            k -= 1
        if k >= 0 and t.lowers[k] == "across" and (k + 1 < s.start or _is_list_head(t, s.end)):
            return True  # ("polled 48,880 votes across Middlesbrough, Redcar and Cleveland, Stockton and Hartlepool":
            # the areas a vote spans, none of them its seat)
        e = s.end
        while e < len(t.texts) and e - s.end < 12 and (t.texts[e] in (",", "and") or t.texts[e][:1].isupper()):
            e += 1
        commas = sum(t.texts[j] == "," for j in range(k + 1, e))
        return commas >= 2 and t.lowers[k] not in self.seat_verbs and t.texts[k] in ("-", "–", "—", ":", "(")
        # ("The count for the force area - Carmarthenshire, Ceredigion, Pembrokeshire and Powys": a list of the areas
        # a post covers, after a dash or colon; not "gained Bury North, Bolton West and Hyndburn")

    def _foreign_tail(self, t: TokenTable, s: Span, named: set[str]) -> Span:
        """An alias of another country's party that ends a longer capitalised name, in copy naming other countries
        and not the party's ("the Danish People's Party", "the Socialist People's Party" in copy about Denmark are not
        the People's Party of Canada, whatever else of Canada's the copy seems to name): the longer name."""
        if s.kind != "party" or (c := self.party_country.get(s.name)) is None or c in named:
            return s
        j = _name_start(t, s.start)
        if j == s.start or (name := t.span_text(j, s.end)) in self.party_of:
            return s
        return Span("party", j, s.end, name, via="the name of a party")

    def _bracketed_letters(self, t: TokenTable, spans: list[Span]) -> list[Span]:
        """A party no alias lists, its letters in brackets after its name ("the Socialist Workers' Party (PSOE)"):
        named by its letters, so the letters alone ("PSOE won 121") and a table's "Socialists (PSOE)" are the same
        party. One pass over the spans, one over the tokens."""
        letters: set[str] = set()
        out = []
        for s in spans:
            if s.kind == "party" and s.name not in self.party_names and (a := _letters_after(t, s.end)) is not None \
                    and a not in self.party_of:
                s = replace(s, name=a, via="a party named by its letters in brackets")
                letters.add(a)
            out.append(s)
        if not letters:
            return spans
        taken = {k for s in out for k in range(s.start, s.end)}
        out += [Span("party", k, k + 1, w, via="a party's letters, given in brackets after its name")
                for k, w in enumerate(t.texts) if w in letters and k not in taken
                and not (k > 0 and t.texts[k - 1] == "(")]
        return out

    def _tells_a_win(self, t: TokenTable, end: int) -> bool:
        """The rest of a label's line tells someone's win in figures ("- **Belo Horizonte:** Mayor Fuad Noman (PSD)
        came from behind to defeat Bruno Engler (PL), 53.7 percent to 46.3 percent"), whoever the copy names."""
        line = range(end + 1, min(_line_end(t, end, 60), len(t.texts) - 1))
        return any(t.lowers[k] in WIN_OVER for k in line) \
            and any(t.nums[k] is not None and t.lowers[k + 1] in ("percent", "per", "%", "votes") for k in line)

    def _dateline(self, t: TokenTable, start: int, end: int) -> bool:
        """ "LANSING — Democrat Elaine Marchetti will be Michigan's next U.S. senator …": a wire story's dateline, the
        city it was filed from, then the story's first sentence; not a seat's entry ("ELMSTEAD — Labour gain")."""
        if not all(t.texts[k].isupper() or t.lowers[k] in CONNECTORS for k in range(start, end)):
            return False
        after = range(end + 1, min(len(t.texts), end + 6))
        if any(t.lowers[k] in self.seat_outcomes or t.nums[k] is not None for k in after):
            return False
        line = _line_end(t, end, 40)
        if t.texts[end] == "(" and any(t.lowers[k] in self.seat_outcomes for k in range(end, line)):
            return False  # "BROOK FARM (Dunsford DC; Lab) - Con gain from Lab": an entry, its council in brackets
        return line - end > 15  # (a sentence runs on after it)

    def _verb_past_description(self, t: TokenTable, b: int) -> str | None:
        """A verb of winning before "the" and up to two words that describe a seat ("won the redrawn …", "took the
        newly created …"): the verb, else None. Not past words of another seat ("the old …")."""
        k, described = b, 0
        while k >= 0 and described < 2 and t.texts[k].islower() and t.is_alpha[k] and t.lowers[k] != "the" \
                and t.lowers[k] not in self.seat_verbs and t.lowers[k] not in OTHER_SEAT_WORDS:
            k, described = k - 1, described + 1
        if not described or k < 1 or t.lowers[k] != "the" or t.lowers[k - 1] not in self.seat_verbs:
            return None
        return t.lowers[k - 1]

    def _seat_article_before(self, t: TokenTable, b: int) -> bool:
        """ "the", or a verb of winning, before a seat's name, past up to three words that describe it ("the newly
        drawn …", "won the ultra-marginal …", "wins new …"): the name is a seat's."""
        k = b
        for _ in range(4):
            if k < 0:
                return False
            if t.lowers[k] == "the" or (k < b and t.lowers[k] in self.seat_verbs):
                return True
            if not (t.texts[k].islower() and (t.is_alpha[k] or t.texts[k] == "-")) or t.lowers[k] in self.seat_verbs \
                    or t.lowers[k] in OTHER_SEAT_WORDS:
                return False  # (not "the old Wexcombe seat": a seat before this one)
            k -= 1
        return False


SEAT_COLUMNS = ("riding", "constituency", "seat", "ward", "electorate", "division", "district", "electoral district",
                "force area", "police force area", "police area", "race", "contest", "mayoralty", "combined authority")
"""A table's first heading that makes each row's first cell a seat's name."""


def _place_row_heads(text: str) -> set[tuple[int, int]]:
    """Where the first cells of tables headed "| Riding | …", "| Constituency | …" stand (their text trimmed): seats
    named by their role, gazetteer or none. One pass over the lines."""
    out: set[tuple[int, int]] = set()
    pos, header = 0, None
    for line in text.split("\n"):
        cells = line.split("|")
        if line.count("|") >= 2 and len(cells) > 2:
            first = cells[1] if not cells[0].strip() else cells[0]
            offset = pos + (len(cells[0]) + 1 if not cells[0].strip() else 0)
            label = " ".join(first.replace("*", " ").split()).lower()
            if header is None:
                header = label
            elif header in SEAT_COLUMNS and label and not set(label) <= set("-: "):
                lead = len(first) - len(first.lstrip(" *"))
                out.add((offset + lead, offset + len(first.rstrip(" *"))))
        elif line.strip():
            header = None
        pos += len(line) + 1
    return out


def _two_rows(t: TokenTable, start: int, end: int, rows: set[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """ "Millfield and Orchard" where the article's table of seats has a row for each and none for the pair: the
    two seats' spans."""
    names = {t.text[a:b].lower() for a, b in rows}
    if t.span_text(start, end).lower() in names:
        return None
    for k in range(start + 1, end - 1):
        if t.lowers[k] in ("and", "&") and t.span_text(start, k).lower() in names \
                and t.span_text(k + 1, end).lower() in names:
            return [(start, k), (k + 1, end)]
    return None


def _named_again(t: TokenTable, seats: list[Span], kinds: dict[int, str]) -> list[Span]:
    """The other places a seat named by its role is written the same way ("Halifax West: Liberal holds on" … "was
    re-elected in Halifax West"): that seat again, not a shorter seat a gazetteer knows ("Halifax")."""
    if not seats:
        return []
    at: dict[str, list[int]] = {}
    for k, w in enumerate(t.lowers):
        if _cap(t.texts[k]):
            at.setdefault(w, []).append(k)  # (in capitals or not: "KELDERBY AND WATH" over "In Kelderby and Wath, …")
    taken = {k for s in seats for k in range(s.start, s.end)}
    out = []
    for s in seats:
        words = t.lowers[s.start:s.end]
        if any(k > 0 and t.is_alpha[k - 1] and _cap(t.texts[k - 1]) and not t.sent_starts[k - 1]
               and kinds.get(k - 1) is None and not t.texts[k - 1].isupper() for k in at.get(words[0], [])):
            continue  # "Rosa Whitfield" somewhere: the word is a surname too, not only the seat
        for k in at.get(words[0], []):
            e = k + len(words)
            if k in taken or t.lowers[k:e] != words or any(kinds.get(j) not in (None, "place") for j in range(k, e)):
                continue
            if any(t.texts[j].islower() and not t.texts[s.start + j - k].islower() for j in range(k, e)):
                continue  # "in the Deane valley": a word of the name in lower case, a common noun
            if k > 0 and t.is_alpha[k - 1] and _cap(t.texts[k - 1]) and not t.sent_starts[k - 1] \
                    or e < len(t.texts) and t.is_alpha[e] and _cap(t.texts[e]):
                continue  # inside a longer name ("North Halifax West Road")
            out.append(Span("place", k, e, s.name, via="role: named again", score=90.0))
            taken.update(range(k, e))
        joint = next((j for j, w in enumerate(words) if w.lower() in ("and", "&")), None)
        if joint is None or joint == 0:
            continue
        head = words[:joint]  # "Reform UK finished second in Kelderby" after "KELDERBY AND WATH": the seat, shortened
        for k in at.get(head[0], []):
            e = k + len(head)
            if k in taken or t.lowers[k:e] != head or k == 0 or t.lowers[k - 1] not in ("in", "at") \
                    or any(kinds.get(j) is not None for j in range(k, e)) \
                    or t.lowers[k:k + len(words)] == words or e < len(t.texts) and t.is_alpha[e] and _cap(t.texts[e]):
                continue
            out.append(Span("place", k, e, s.name, via="role: the first part of its name", score=90.0))
            taken.update(range(k, e))
    return out


REORDERED = 97.0
"""The same words in another order ("Paisley and South Renfrewshire" for "Paisley and Renfrewshire South"): a
near miss too, when its compass words are the seat's."""

PLACE_ENDING_PARTIES = frozenset({"green", "greens"})
"""A party's word that also ends English places' names ("Bethnal Green", "Stanwell Green"): after another
capitalised word, in a seat's role, the place's."""
RACE_WORDS = frozenset({"race", "races", "run-off", "runoff", "run", "seat", "seats", "contest", "election", "candidate",
                        "nominee", "primary", "hopeful"})
STATE_CHAMBER_WORDS = frozenset({"House", "House of Representatives", "Senate", "Assembly", "House of Delegates"})
"""A chamber's name Congress shares with the states': after a state's name, the state's legislature."""
NAME_QUALIFIERS = frozenset({"north", "south", "east", "west", "central", "mid", "upper", "lower", "inner", "outer"})
"""Words that tell two seats of one town apart ("Upper Bann", "Bann"); COMPASS above is how copy reorders them."""


def _compass(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words if w in NAME_QUALIFIERS)


def _names_a_venue(t: TokenTable, end: int, venues: frozenset[str]) -> bool:
    """ "the Bath and West Showground", "the Harlow leisure centre": a place that starts a venue's name
    is where the count was held, not the seat."""
    for k in range(end, min(len(t.texts), end + 4)):
        if t.lowers[k] in venues:
            return True
        if not t.is_alpha[k] and t.texts[k] != "&":
            return False
    return False


def _first_word(t: TokenTable) -> int:
    """The first token that is not white space: where a headline starts."""
    return next((i for i, space in enumerate(t.is_space) if not space), -1)


_NUMBERED_DISTRICT = re.compile(
    r"^[\s#*>-]*((?:\d+(?:st|nd|rd|th)\s+(?:Congressional\s+)?District|District\s+\d+|[A-Z]{2}-\d{1,2}"
    r"|(?:[A-Z][a-z]+\s+){1,2}\d+(?:st|nd|rd|th)?\s+District))[ \t]*(?:[:\-–—(]|$)", re.M)
"""A line headed by a numbered district ("13th District: Democrat Alana Ruiz …", "PA-7 -", "District 4:"), or that
is one (a results list's "District 3" over its candidates' lines)."""


_DIVISION_LINE = re.compile(r"^[\s#*>-]*(Division\s+(?:[Nn]o\.?\s*)?(\d{1,4}))[ \t]*(?:[,:\-–—(.]|$)", re.M)
"""A line headed by a numbered division of a House ("Division 118, 7.02pm"): that vote's own count below it."""


_DISTRICT_IN_TEXT = re.compile(
    r"\b(?:(?P<ord>\d{1,3})(?:st|nd|rd|th)\s+(?:[Ss]tate\s+)?(?:(?P<ch1>Senate|House|Assembly|Congressional|Legislative)"
    r"\s+)?District|(?:[Ss]tate\s+)?(?:(?P<ch2>Senate|House|Assembly|Congressional|Legislative),?\s+)?District\s+"
    r"(?P<num>\d{1,3}))\b|\b(?P<abbr>[A-Z]{2})-(?P<n2>\d{1,2})\b")
"""A district named by number anywhere: "the 14th state Senate District", "Senate District 14", "Michigan House,
District 54", "OH-9"."""
_STATE_BEFORE = re.compile(r"(?:^|[^\w])((?:[A-Z][a-z]+ )?[A-Z][a-z]+)(?:'s|’s)?\s+(?:the\s+)?$")


def _district_name(m: re.Match, state: str | None, states: dict[str, str]) -> str | None:
    """ "Wisconsin Senate District 14" for "Wisconsin's 14th state Senate District"; None with no state to tell which
    state's district 14 it is (two stories of two states' must never meet as one seat)."""
    if m.group("abbr"):
        by_abbr = {a: n for n, a in states.items()}
        state = by_abbr.get(m.group("abbr"))
        number, chamber = m.group("n2"), None
    else:
        number, chamber = m.group("ord") or m.group("num"), m.group("ch1") or m.group("ch2")
    if state is None or number is None:
        return None
    chamber = None if chamber in (None, "Congressional") else chamber
    return f"{state} {chamber + ' ' if chamber else ''}District {int(number)}"


SIDE_VERBS = frozenset({"won", "took", "polled", "secured", "received", "got", "carried", "captured", "had", "finished",
                        "ended", "attracted", "gained"})


OTHERS_HEADS = (("others",), ("other", "parties"), ("other", "candidates"), ("smaller", "parties"), ("minor", "parties"),
                ("other", "parties", "and", "independents"), ("smaller", "parties", "and", "independents"),
                ("independents", "and", "others"), ("the", "rest"))
"""The words of a list's last entry that counts everyone else together ("and other parties 8.9%")."""
GROUP_TAILS = frozenset({"together", "combined", "between", "them"})
"""Words that end that entry: "other parties together 8.9%", "others between them 4.1"."""
OTHERS_VERBS = frozenset({"on", "with", "took", "won", "had", "got", "polled"})
"""Words between that entry and its figure: "others on 4.1"."""


def _others_group(t: TokenTable, k: int) -> int | None:
    """The end of the others' entry that starts at `k` ("all other parties together" before its figure), or None."""
    j = k + (t.lowers[k] == "all")
    for head in sorted(OTHERS_HEADS, key=len, reverse=True):
        if tuple(t.lowers[j:j + len(head)]) == head:
            end = j + len(head)
            while end < len(t.texts) and t.lowers[end] in GROUP_TAILS:
                end += 1  # (the entry ends where its figure, or its verb, starts)
            x = end
            while x < len(t.texts) and x - end < 2 and t.lowers[x] in OTHERS_VERBS:
                x += 1
            return end if x < len(t.texts) and t.nums[x] is not None else None
    return None


CAPS_HEADING = "a heading in capitals"
"""A chamber mention's `via` on a heading line in capitals: the figures of its paragraph are that chamber's."""
MASTHEAD_KEYS = frozenset({"site", "outlet", "publication", "publisher", "author", "byline", "source", "newspaper",
                           "paper", "masthead", "brand", "credit", "desk"})
"""Front matter's fields that name who publishes the copy, not what it is about ("site: Holyrood Ledger")."""
_FRONT_MATTER = re.compile(r"\A(?:---)?[ \t]*\n((?:[A-Za-z_-]+[ \t]*:.*\n|[ \t]+\S.*\n|-[ \t].*\n)+)")
"""Front matter as read: its fences blanked, "key: value" lines up to the blank line."""


def _not_the_masthead(t: TokenTable, spans: list[Span]) -> list[Span]:
    """Drop what the front matter's publisher fields name: "site: Holyrood Ledger" names no chamber of the copy."""
    m = _FRONT_MATTER.match(t.text)
    if m is None:
        return spans
    lines = [(a.start(), a.end()) for a in re.finditer(r"(?m)^([A-Za-z_-]+)[ \t]*:.*$", m.group(1))
             if a.group(1).lower() in MASTHEAD_KEYS]
    if not lines:
        return spans
    base = m.start(1)
    return [s for s in spans if not any(base + a <= t.starts[s.start] < base + b for a, b in lines)]


def _factions(t: TokenTable, spans: list[Span]) -> list[Span]:
    """One party's name with two different brackets after it in one article names two parties, each a faction of
    its own: "Shiv Sena (Eknath Shinde): 57" and "Shiv Sena (Uddhav Balasaheb Thackeray): 20"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: dict[int, tuple[int, str]] = {}  # span start → (end past its bracket, the bracket's words)
    for s in spans:
        if s.kind != "party" or s.end + 2 >= len(t.texts) or t.texts[s.end] != "(":
            continue
        close = next((k for k in range(s.end + 1, min(len(t.texts), s.end + 6)) if t.texts[k].startswith(")")), None)
        if close is None or close == s.end + 1 or any(k in taken for k in range(s.end + 1, close)) \
                or not all(t.texts[k][:1].isupper() or t.texts[k] in ("-", "'", "’") for k in range(s.end + 1, close)):
            continue
        found[s.start] = (close, t.span_text(s.end + 1, close))
    brackets: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.start in found:
            brackets[s.name].add(found[s.start][1])
    return [replace(s, name=f"{s.name} ({found[s.start][1]})", via="a faction in brackets")
            if s.start in found and len(brackets[s.name]) >= 2 else s for s in spans]


def _side_won(t: TokenTable, k: int) -> bool:
    """A referendum side opening its sentence as the subject of a result ("Yes therefore won 56.6 per cent"), with a
    figure soon after and the other side named nearby: not "No one …" or "Yes, he said"."""
    n = len(t.texts)
    if not (k == 0 or t.is_space[k - 1] or t.texts[k - 1] in (".", ":", ";")
            or t.lowers[k - 1] in ("where", "while", "whereas", "and", "but", ",")):
        return False  # (or a clause's: "in Holme Valley, where Yes took 33.4 per cent and No 69.6 per cent")
    j = k + 1
    while j < min(n, k + 3) and t.texts[j].islower() and t.texts[j].endswith("ly") or j < n and t.lowers[j] in (
            "therefore", "then", "thus", "eventually", "also"):
        j += 1
    if j >= n or t.lowers[j] not in SIDE_VERBS or not any(t.nums[x] is not None for x in range(j + 1, min(n, j + 4))):
        return False
    return any(t.texts[x] in REFERENDUM_SIDES and t.texts[x] != t.texts[k] for x in range(max(0, k - 40), min(n, k + 40)))


_NOT_IN_NAME = frozenset({"The", "A", "An", "For", "From", "To", "By", "In", "Of", "And", "Its", "His", "Her", "Their"})


def _longer_names(t: TokenTable, spans: list[Span], known: dict[str, str], ends: frozenset[str],
                  starts: frozenset[str]) -> list[Span]:
    """An alias that ends a longer capitalised name no alias lists ("Democratic Alliance", whose first word is itself
    an alias of the Democrats; "Socialist Workers' Party", not the Workers Party of Britain): the longer name, one
    party of its own (but not "Scottish Labour Party", the start of a name an alias lists)."""
    at = {s.start: s for s in spans}
    drop: set[int] = set()
    out: list[Span] = []
    for s in spans:
        if t.texts[s.end - 1] not in ends or s.end - s.start > 1 and (
                s.start == 0 or f"{t.texts[s.start - 1]} {t.texts[s.start]}" in starts
                or (a := _letters_after(t, s.end)) is None or a in known):
            continue  # (a longer name than an alias of several words only where the copy gives it letters no alias
            # has: "Socialist Workers' Party (PSOE)", not "the pro-British Democratic Unionist Party")
        j = _name_start(t, s.start, lambda k: (k not in at or at[k].end - at[k].start == 1)
                        and not any(x.start < k < x.end and x.end - x.start > 1 for x in spans))
        name = t.span_text(j, s.end)
        if j < s.start and name not in known:
            drop |= {k for k in range(j, s.end) if k in at}
            out.append(Span("party", j, s.end, name, via="the name of a party"))
    return [s for s in spans if s.start not in drop] + out if out else spans


BRACKETED_ABBREVIATION = re.compile(r"^(.+?)\s*\(([A-Z][A-Za-z-]{1,7})\)$")
"""A party's name with its letters in brackets: "Socialists (PSOE)", "Taiwan People's Party (TPP)"."""


def _letters(word: str) -> str | None:
    """A party's letters: two capitals or more ("PSOE", "TPP"; not "Bildu")."""
    return word if re.fullmatch(r"[A-Z][A-Za-z-]{1,7}", word) and sum(c.isupper() for c in word) >= 2 else None


def abbreviation_of(name: str) -> str | None:
    """The letters a party's name gives itself in brackets: "Socialists (PSOE)" → "PSOE"."""
    m = BRACKETED_ABBREVIATION.match(name)
    return _letters(m.group(2)) if m is not None else None


def _letters_after(t: TokenTable, end: int) -> str | None:
    """The letters in brackets right after a name ending at token `end`: "Workers' Party (PSOE)"."""
    return _letters(t.texts[end + 1]) if end + 2 < len(t.texts) and t.texts[end] == "(" and t.texts[end + 2] == ")" \
        else None


def _datelined(t: TokenTable, s: Span) -> bool:
    """The place opens a dateline: capitals at a line's start, then a comma or dash and a date on the same line."""
    if not _starts_line(t, s.start) or not all(t.texts[k].isupper() for k in range(s.start, s.end) if t.is_alpha[k]) \
            or s.end >= len(t.texts) or t.texts[s.end] not in (",", "-", "–", "—", "("):
        return False
    line = _line_end(t, s.end, 12)
    return any(t.lowers[k] in MONTH_NAMES or t.lowers[k].rstrip(".") in MONTH_NAMES or t.lowers[k] in WEEKDAYS
               for k in range(s.end, line))


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def one_of(t: TokenTable, k: int) -> bool:
    """Tokens from k read "one of": "Wath, one of the borough's three-member wards"."""
    return k + 1 < len(t.texts) and t.lowers[k] == "one" and t.lowers[k + 1] == "of"


def _is_list_head(t: TokenTable, end: int) -> bool:
    """A list goes on after the name ending at `end`: "Middlesbrough, Redcar …", "Stockton and Hartlepool"."""
    return end + 1 < len(t.texts) and t.texts[end] in (",", "and") and t.texts[end + 1][:1].isupper()


def _name_start(t: TokenTable, start: int, ok: Callable[[int], bool] = lambda k: True) -> int:
    """Where a capitalised name that ends in tokens from `start` begins: up to three capitalised words before it (not
    "The", "Its" …), each also `ok`."""
    j = start
    while j > 0 and start - j < 3 and (w := t.texts[j - 1]).isalpha() and _cap(w) and w not in _NOT_IN_NAME and ok(j - 1):
        j -= 1
    return j


def _parties_by_name(t: TokenTable, known: list[Span], nouns: frozenset[str], not_parties: frozenset[str]) -> list[Span]:
    """Parties no alias lists, by the word their names end with: "The Jannayak Janta Party, which won 10 seats"
    is that party's tally, not the next listed party's."""
    taken = {i for s in known for i in range(s.start, s.end)}
    found: list[Span] = []
    for k, w in enumerate(t.texts):
        if w not in nouns or k in taken:
            continue
        j = k
        while j > 0 and k - j < 4 and j - 1 not in taken and (w2 := t.texts[j - 1]).isalpha() and _cap(w2) \
                and w2 not in _NOT_IN_NAME:
            j -= 1
        if j < k and (w != "Union" or k - j >= 2) and t.span_text(j, k + 1) not in not_parties:
            found.append(Span("party", j, k + 1, t.span_text(j, k + 1), via="the name of a party"))
    return found


def _section_heading(t: TokenTable, start: int, end: int, dash_after: int | None = None) -> bool:
    """Tokens start..end are the whole of a Markdown (or HTML) section heading: "## Kelby South" (or, `dash_after`
    given, the heading opens with them and goes on after a dash from there: "### Upper Brampton (Castle Brampton DC) —
    two seats, LD gain x2 from Con")."""
    if dash_after is not None:
        k = dash_after
        while k < len(t.texts) and t.is_space[k] and "\n" not in t.texts[k]:
            k += 1
        if k >= len(t.texts) or t.texts[k] not in ("—", "–", "-"):
            return False
        end = start
    b = start - 1
    hashes = 0
    while b >= 0 and t.texts[b].startswith("#") and not t.is_space[b]:
        hashes += len(t.texts[b])
        b -= 1
    if hashes < 2 or not (b < 0 or "\n" in t.texts[b] or t.is_space[b] and (b == 0 or "\n" in t.texts[b - 1])):
        return False
    return dash_after is not None or end >= len(t.texts) or "\n" in t.texts[end]


MEMBER_OF = frozenset({"mp", "msp", "ms", "mla", "td", "mpp", "mha", "mna", "member", "councillor", "senator",
                       "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman"})
"""Who sits for a seat: "the MP for X", "Member of the Scottish Parliament for X" (the chamber's name before "for")."""
COUNCIL_ABBREVIATIONS = frozenset({"dc", "bc", "cc", "mbc", "ua", "lbc", "rbc", "ctc", "tc", "pc", "council"})
"""The last word of a council's name in brackets after its ward's ("Millbrook (Kelworth BC)")."""


def _ballots_from(t: TokenTable, b: int) -> bool:
    """ "a bundle of postal votes from the Eastbrook ward", "boxes from the Hatherley ward": where ballots came from,
    a part of the count, not a contest of its own (`b`: the token before the name, "the")."""
    return t.lowers[b] == "the" and b > 0 and t.lowers[b - 1] == "from" and any(
        t.lowers[k] in ("votes", "ballots", "papers", "boxes", "bundle", "bundles", "box") for k in range(max(0, b - 5), b - 1))


def _size_in_brackets(t: TokenTable, end: int) -> int | None:
    """The end of "(2 seats)", "(three members)" or "(Kelworth BC)" right after a name at `end`, or None: a
    district's size, or the council it is a ward of."""
    n = len(t.texts)
    if end + 3 < n and t.texts[end] == "(" and t.nums[end + 1] is not None \
            and t.lowers[end + 2] in ("seat", "seats", "member", "members", "councillors", "councillor") \
            and t.texts[end + 3] == ")":
        return end + 4
    if end + 4 < n and t.texts[end] == "(" and t.nums[end + 1] is not None and t.lowers[end + 2] == "to" \
            and t.lowers[end + 3] in ("elect", "be"):
        k = end + 4 + (t.lowers[end + 3] == "be")  # "(five to elect)", "(three to be elected)"
        return k + 1 if k < n and t.texts[k] == ")" else None
    close = next((k for k in range(end + 2, min(n, end + 7)) if t.texts[k] == ")"), None)
    if end < n and t.texts[end] == "(" and close is not None and t.lowers[close - 1] in COUNCIL_ABBREVIATIONS \
            and all(t.texts[k][:1].isupper() for k in range(end + 1, close)):
        return close + 1
    close = next((k for k in range(end + 2, min(n, end + 10)) if t.texts[k] == ")"), None)
    if end < n and t.texts[end] == "(" and close is not None and any(t.nums[k] is not None for k in range(end + 1, close)) \
            and any(t.lowers[k] in COUNT_PROGRESS for k in range(end + 1, close)):
        return close + 1  # "**Timber Falls** (198 of 198 polls reporting)": how far its count has got
    return None


VENUES = frozenset({"centre", "center", "hall", "arena", "stadium", "school", "college", "church", "club", "hotel",
                    "library", "house", "pavilion", "theatre", "institute", "exchange"})
"""The last word of a venue's name ("in the Wenmouth Leisure Centre"): a place of the count, never the seat."""
COUNT_PROGRESS = frozenset({"polls", "precincts", "reporting", "booths", "boxes", "counted", "declared"})
"""Words of how far a seat's count has got, in brackets after its name over its results."""


def _caps_section(t: TokenTable, start: int, end: int) -> bool:
    """Tokens start..end are a paragraph of their own in capitals (one to four words), and the copy names them
    elsewhere in its own case ("Boyce holds on in Wessex Downs" … "WESSEX DOWNS" over the prose of its result):
    a section's seat."""
    if end - start > 6 or t.lowers[start] in LABEL_WORDS or t.lowers[end - 1] in LABEL_WORDS \
            or not all(t.texts[k].isupper() and t.is_alpha[k] or t.lowers[k] in CONNECTORS
                       or t.texts[k] == "-" and not t.spaces[k] and not t.spaces[k - 1] for k in range(start, end)):
        return False  # (a hyphenated name too: "PEN-Y-GARTH")
    b = start - 1
    if not (b < 0 or t.is_space[b] and t.texts[b].count("\n") >= 2) \
            or not (end >= len(t.texts) or t.is_space[end] and t.texts[end].count("\n") >= 2):
        return False
    name = " ".join(t.lowers[start:end])
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    lowered = t.text.lower()
    return any(t.text[m.start():m.end()] != t.text[m.start():m.end()].upper()
               for m in pattern.finditer(lowered) if not t.starts[start] <= m.start() < t.ends[end - 1])


def _caps_line_over_results(t: TokenTable, start: int, end: int, outcomes: frozenset[str] | set[str] = frozenset()
                            ) -> bool:
    """Tokens start..end are a whole line in capitals (one to five words), and the next line is a results line that
    ends on a count ("Jill Broadbent, Liberal Democrat: 1612", "Ann Lee (Lab) 1,204 (41.4%)"), or a line of its
    outcome ("Lab gain from Con", a word of `outcomes` and no figure) then one: the name of the seat or ward whose
    result follows."""
    if t.lowers[start] in LABEL_WORDS or t.lowers[end - 1] in ("round", "count", "stage", "preferences", "results"):
        return False  # "FIRST ROUND", "SECOND PREFERENCES" over a list: a count's heading, no seat
    if not (_starts_line(t, start) and end < len(t.texts) and "\n" in t.texts[end]) or end - start > 5 \
            or not all(t.texts[k].isupper() or t.lowers[k] in CONNECTORS | {"—", "–"} for k in range(start, end)) and not (
                t.texts[end].count("\n") == 1 and t.lowers[start] not in LABEL_WORDS | DETERMINERS | {"the", "a", "by"}
                and all(_cap(t.texts[k]) or t.lowers[k] in CONNECTORS | {"'s", "’s", "—", "–"} for k in range(start, end))):
        return False  # (or in title case right above its list, no blank line between: "Bramley" over "Janet Fell (Lab)
        # 1,318 ELECTED")
    k = end + 1
    while k < len(t.texts) and "\n" not in t.texts[k]:
        k += 1  # the end of the next line
    if outcomes and (any(t.lowers[j] in outcomes for j in range(end + 1, min(k, end + 5)))
                     or any(t.lowers[j] in outcomes for j in range(end + 1, k))
                     and not any(t.nums[j] is not None for j in range(end + 1, k))):
        # (its note of the election before in brackets: "Lab GAIN from Con (2019: Con maj 2,113)")
        end = k  # "HESSLETON" over "Lab gain from Con" over "Joanne Pirie (Lab) 19,204 (41.4%)"
        k += 1
        while k < len(t.texts) and "\n" not in t.texts[k]:
            k += 1
    last = k - 1
    while last > end and (t.is_space[last] or t.lowers[last] in ("elected", "re-elected", "*", ")", "(", "%")):
        last -= 1  # (past a mark of who was elected, a share in brackets: "Janet Fell (Lab) 1,318 ELECTED")
    if any(t.lowers[j] in MONTH_NAMES for j in range(end + 1, last + 1)):
        return False  # a dateline, "Wearside Evening Chronicle, Tuesday 9 July 2024", under "CORRECTIONS AND …"
    return last > end + 2 and t.nums[last] is not None and any(t.texts[j] in (",", "(", ":") for j in range(end + 1, last))


LOOSE_ROLES = ("role: a sentence opened by", "role: an opener", "role: 'X, a", "role: 'N votes in X'",
               "role: 'unseating", "role: 'X … . There", "role: a live entry's")
"""Roles read from a sentence's shape alone, not from a word that says the name is a seat: never a US state's name."""
OFFICES = frozenset({"governor", "mayor", "president", "senate", "house", "attorney", "secretary", "comptroller",
                     "treasurer", "sheriff", "lieutenant", "commissioner", "auditor", "assembly", "congress",
                     "referendum", "leader", "leadership", "deputy"})
"""Words of an office or body a section heading over a results table may name instead of a seat ("## Governor")."""
RESULTS_HEAD = re.compile(r"^\s*\|(?=[^\n]*\b(?i:candidate|votes)\b)[^\n]*\|\s*$"
                          r"|^[ \t]*(?:[-*•][ \t]+)?[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}\*?[ \t]+\([A-Za-z][\w ]{0,25}\)"
                          r"\*?[ \t]+\d[\d,]*[ \t]*$", re.M)
"""A results table's heading row: "| Candidate | Party | Votes | % |"; or a results list's line, "- Joanne Hirst*
(Lab) 25,112"."""


def _over_results_table(t: TokenTable, end: int) -> bool:
    """A heading's line is followed, within a short paragraph, by a results table's heading row or a results list."""
    at = t.ends[end - 1] if end > 0 else 0
    m = RESULTS_HEAD.search(t.text, at, at + 400)
    return m is not None and "\n#" not in t.text[at:m.start()]


def _named_below(t: TokenTable, start: int, end: int) -> bool:
    """The name at start..end is written again in the next 400 characters after its line, as the start of a
    name (not "Kelby" of "Kelby Southgate"): a heading that names the section's seat, not a topic ("## The
    count")."""
    name = t.span_text(start, end)
    at = t.ends[end - 1]
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t.text[at:at + 400]) is not None


def _starts_line(t: TokenTable, i: int) -> bool:
    """Token i is the first word of its line (after any list mark)."""
    b = i - 1
    while b >= 0 and t.texts[b] in ("-", "*", "•", "+") and not t.is_space[b]:
        b -= 1
    while b >= 0 and t.is_space[b] and "\n" not in t.texts[b]:
        b -= 1
    return b < 0 or t.is_space[b]


COUNT_HEADLINE = re.compile(r"\s*(?:how\s+the\s+(?:\w+\s+)?seats?\s+(?:was|were)\b|(?:the\s+)?(?:full\s+)?(?:count|recount|"
                            r"declaration|result)s?\b(?!\s+night)|.*\bcount\s+by\s+count\b)", re.IGNORECASE)
"""A headline's words after "X:" that make X the seat counted ("Dublin Bay South: how the four seats were filled",
"Kelby: the full count"; not "LIVE: Count night in the Three Rivers seats", "EXPLAINER: How Labour won 411 seats")."""
NAMED_OFTEN = 3
"""Times copy names a country for it to be the country the copy is about, over its parties' (see `__call__`)."""
COUNCIL_WORDS = frozenset({"council", "borough", "district", "county", "city", "authority"})
"""Words of a council's name, before a dash and its ward's ("Tamsford Borough Council - Harbour ward")."""
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})
RESULT_WORDS = frozenset({"share", "majority", "vote", "votes", "swing", "turnout", "margin"})
"""Words of a seat's result ("in Oxleigh, where the Tory share dropped …")."""
DETERMINERS = frozenset({"your", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "every",
                         "each", "all", "any", "some", "no"})
IMPERATIVES = frozenset({"take", "consider", "compare"})
"""Verbs an analysis opens a case with ("Take Marshfield."): the name after them is the place, the verb no part."""
WIN_OVER = frozenset({"defeat", "defeated", "defeating", "beat", "beating", "edged", "elected", "re-elected", "won",
                      "wins", "held", "holds", "gained", "gains", "took", "takes", "captured", "retained", "kept",
                      "seized", "snatched", "flipped"})
"""Verbs of a win on an entry's line ("- **Fortaleza:** Evandro Leitão edged out André Fernandes, 50.4 percent …")."""
LABEL_WORDS = {"turnout", "result", "results", "update", "updates", "correction", "clarification", "note", "notes",
               "analysis", "verdict", "background", "context", "reaction", "total", "totals", "electorate",
               "majority", "swing", "overall", "nationally", "seats", "votes", "share", "source", "sources",
               "count", "first", "final", "declared", "winner", "elected", "quota", "surplus", "what", "why",
               "how", "key", "bottom", "also", "more", "latest", "breaking", "live", "watch", "explainer", "opinion",
               "summary", "headline", "headlines",
               "shares", "vote", "change", "changes", "gain", "gains", "hold", "holds", "loss", "losses", "candidates",
               "parties", "party", "winners", "standings", "state", "position", "previously", "notional", "estimate",
               "prediction", "projection", "poll", "polls", "exit", "forecast", "tally", "party-by-party", "seat",
               "constituency", "ward", "elsewhere", "nationally", "overall", "earlier", "later", "meanwhile",
               "correction", "editor", "updated", "sources", "photo", "pictured", "watch", "read", "listen",
               "others", "other", "independents", "speaker", "declaration", "declarations", "recount", "verification"}
"""Words that open a line as the copy's own label, not a seat's name ("Turnout: 64.1%")."""


OTHER_SEAT_WORDS = frozenset({"old", "former", "abolished", "previous", "defunct", "predecessor"})
"""Words that make a seat another one than the contest reported: one before it. (A neighbouring seat is a seat
all the same, its figures its own: "the neighbouring Kettleby constituency, which Labour gained by 5,575".)"""


_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]m)?$")


def _starts_entry(t: TokenTable, i: int) -> bool:
    """Token i starts a line (after a heading's or emphasis marks: "## Castle ward"), or a live blog's entry after its
    time ("11:42 - Eastfield ward …")."""
    b = i - 1
    while b >= 0 and t.texts[b] in ("#", "*", "_") and not t.is_space[b]:
        b -= 1
    while b >= 0 and t.is_space[b] and "\n" not in t.texts[b]:
        b -= 1
    if b < 0 or t.is_space[b]:
        return True
    return t.texts[b] in ("-", "–", "—", ":") and b > 0 and bool(_TIME.match(t.texts[b - 1]))


TABLE_KIND_WORDS = frozenset({"result", "results", "seats", "votes", "vote", "share", "shares", "turnout", "candidates",
                              "count", "round", "party", "parties", "council", "election", "full", "selected", "regional",
                              "list", "national", "state", "standings", "total", "totals", "summary", "won", "lost"})
"""Words of a heading that says what its table counts ("### Seats Won"): no seat's name."""
CAPTION_KIND_WORDS = frozenset({"key", "figures", "breakdown", "glance", "numbers", "data", "source", "sources",
                                "chart", "graphic", "table", "overview", "scoreboard", "tally", "latest"})
"""Words of a caption standing alone over a table that say what it shows ("Key Figures", "Vote Breakdown")."""


def _heads_a_table(t: TokenTable, start: int, end: int) -> bool:
    """Tokens start..end are a heading's whole line ("### Aberdeen South and North Kincardine", "<h3>…</h3>",
    "**Moorside** (three seats)") and the next line with words is a table's row or a results list's first entry: the
    seat the table or list gives the result of (a heading in capitals over a list is `_caps_line_over_results`' too)."""
    text = t.text
    line_start = text.rfind("\n", 0, t.starts[start]) + 1
    line_end = text.find("\n", t.ends[end - 1])
    lead = text[line_start:t.starts[start]].strip()
    rest = text[t.ends[end - 1]:line_end].strip()
    if lead in ("**", "__", "*", "_") and rest.startswith(lead):
        lead, rest = "", rest[len(lead):].strip()  # "**Moorside** (three seats; turnout 32.8%)": in bold
    bracketed = rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1  # "(after recount)"
    nxt = text[line_end:line_end + 200].lstrip() if line_end >= 0 else ""
    single = end - start == 1 and t.texts[start][:1].isupper() and t.is_alpha[start] and (
        bracketed and re.search(r"\bseats?\b|\bcouncillors?\b", rest) is not None
        or RESULTS_LINE.match(nxt) is not None)  # "**Moorside** (three seats; turnout 32.8%)" over its list
    if end - start < 2 and not single or line_end < 0 or lead not in ("", "#" * len(lead)) or rest and not bracketed \
            or any(t.lowers[k] in TABLE_KIND_WORDS | CAPTION_KIND_WORDS for k in range(start, end)):
        return False  # (not "### Seats Won", "### Full Results": what the table counts, no seat)
    if not lead and line_start > 0 and text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip():
        return False  # a caption stands on a line of its own ("<caption>Algoma Heights</caption>" over its rows)
    return nxt.startswith("|") or RESULTS_LINE.match(nxt) is not None  # (or a results list's first line: "AIREDALE AND
    # FERRY FRYSTON" over "Tony Crossley (Lab) 1,388 - ELECTED")


RESULTS_LINE = re.compile(r"[-*•]?\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+\s*(?:\([^()\n]{1,40}\)|[,–—-]\s*[A-Z][^,\n]{1,30}[,:–—-])"
                          r"\s*\d[\d,]*\b")
"""A results list's line: a name, its party in brackets (or after a comma or dash), then its count."""


def _labels_entry(t: TokenTable, start: int, end: int, outcomes: frozenset[str] | set[str] = frozenset()) -> bool:
    """Tokens start..end open their line (after a list mark or bold) and a colon follows them (bold closed); with
    `outcomes`, also an aside in brackets then a comma or colon and an outcome ("Farrowby (June 2022), Lab gain")."""
    b = start - 1
    while b >= 0 and t.texts[b] in ("-", "*", "•", "+", "_") and not t.is_space[b]:
        b -= 1
    if b > 0 and t.texts[b] in (".", ")") and t.texts[b - 1].isdigit() and len(t.texts[b - 1]) <= 2:
        b -= 2  # a numbered entry's: "3. Wicklow: Sinn Féin's recovery"
    while b >= 0 and t.is_space[b] and "\n" not in t.texts[b]:
        b -= 1
    if b > 1 and t.texts[b] == "," and t.texts[b - 1][:1].isupper() and t.is_alpha[b - 1]:
        j = b - 1
        while j > b - 4 and j > 0 and t.texts[j - 1][:1].isupper() and t.is_alpha[j - 1]:
            j -= 1
        k = j - 1
        while k >= 0 and t.is_space[k] and "\n" not in t.texts[k]:
            k -= 1
        if k < 0 or t.is_space[k] or set(t.texts[k]) == {"#"} or t.texts[k] in ("-", "*", "•", "_"):
            b = k  # "## Lewisham, Catford Vale – Green gain from Lab": the ward, after its council at the line's start
    while b >= 0 and t.texts[b].startswith("#") and set(t.texts[b]) == {"#"}:
        b -= 1  # a Markdown heading's: "## Fenmarsh North - Conservative hold"
    if b > 0 and t.texts[b] == ":" and t.texts[b - 1].isupper() and t.lowers[b - 1] in LABEL_WORDS:
        b -= 1  # a live blog's "FIRST RESULT: Hartwell North - Labour HOLD"
        while b > 0 and t.texts[b - 1].isupper() and t.is_alpha[b - 1]:
            b -= 1
        b -= 1
        while b >= 0 and t.is_space[b] and "\n" not in t.texts[b]:
            b -= 1
    if b >= 0 and _TIME.match(t.texts[b]):  # a live blog's time before it: "**01:32** **FELLBECK - Labour hold.**"
        b -= 1
        while b >= 0 and t.texts[b] in ("*", "_") and not t.is_space[b]:
            b -= 1
    if not (b < 0 or t.is_space[b]):
        return False
    e = end
    while e < len(t.texts) and t.texts[e] in ("*", "_"):
        e += 1
    if outcomes and e < len(t.texts) and t.texts[e] == "(" and e > 0 and t.spaces[e - 1]:
        close = next((k for k in range(e + 1, min(len(t.texts), e + 10)) if t.texts[k] == ")" or "\n" in t.texts[k]),
                     None)
        if close is not None and t.texts[close] == ")":
            e = close + 1  # "Farrowby (June 2022), Lab gain from Con: Lab 48.6% …": the label, its date, its result
            return e < len(t.texts) and (t.texts[e] in (",", ":", "—", "–") or spaced_dash(t, e)) and any(
                t.lowers[k] in outcomes for k in range(e + 1, min(len(t.texts), e + 6)))
    # (or a dash: "- **ASHBY FENWICK** — Labour gain from Conservative", "TARRINGTON - Conservative hold")
    # (or a full stop, more of the line after it: a round-up's "Yarnby. Held by Labour's Colin Pearce since 2017")
    return e < len(t.texts) and (t.texts[e] in (":", "—", "–") or spaced_dash(t, e)
                                 or t.texts[e] == "." and end - start <= 4 and e + 1 < len(t.texts) and t.spaces[e]
                                 and _cap(t.texts[e + 1]))




def _starts_sentence(t: TokenTable, i: int) -> bool:
    """Token i opens a sentence: after a full stop or a line break, or at the start."""
    k = i - 1
    return k < 0 or t.texts[k] in (".", "!", "?") or t.is_space[k] and "\n" in t.texts[k] or (
        t.texts[k] in ('"', "“", "'") and k > 0 and t.texts[k - 1] in (".", "!", "?"))


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _parties_in_a_list(t: TokenTable, spans: list[Span], places: Collection[str], given: Collection[str]) -> list[Span]:
    """A party no list of ours holds, told in a list of parties and their figures: "Democrats won 94 seats,
    Republicans 49, Progressives 5 and independents 4" — a capitalised word after a comma or "and", right before its
    figure, after at least two parties each right before theirs, in one sentence."""
    parties = {x.end: x for x in spans if x.kind == "party"}
    taken = {i for x in spans for i in range(x.start, x.end)}
    out: list[Span] = []
    n = len(t.texts)
    for k in range(2, n - 1):
        if k in taken or t.nums[k + 1] is None or not t.is_alpha[k] or not t.texts[k][:1].isupper() \
                or t.texts[k].lower() in MONTH_NAMES or t.texts[k - 1] not in (",", "and") \
                or t.lowers[k] in WEEKDAYS or k + 2 < n and t.lowers[k + 2] in MONTH_NAMES \
                or normalise(t.texts[k]) in places or t.texts[k] in given \
                or t.texts[k].isupper() and len(t.texts[k]) > 5:
            continue
        seen = 0
        for j in range(k - 1, max(0, k - 30), -1):
            if t.texts[j] in (".", ";", "!", "?") or t.is_space[j] and "\n" in t.texts[j]:
                break
            if j in parties and (x := next((x for x in range(j, min(n, j + 3)) if t.nums[x] is not None), None)) \
                    is not None and not any(t.texts[y] in (",", ";", "(") for y in range(j, x)):
                seen += 1  # (each party's figure just after it: "Republicans 49", "Democrats won 94")
        if seen >= 2:
            name = t.texts[k]
            out.append(Span("party", k, k + 1, name[:-1] if name.endswith("s") and len(name) > 4 else name,
                            via="a party in a list of parties' figures"))
    return out


def _next_sentence(t: TokenTable, i: int, n: int) -> int | None:
    """The first token of the sentence after token i's, in the same paragraph, if within 30 tokens."""
    for k in range(i, min(n - 2, i + 30)):
        if t.is_space[k] and "\n\n" in t.texts[k]:
            return None
        if t.texts[k] in (".", "!", "?"):
            return k + 1 + (t.is_space[k + 1] and "\n" not in t.texts[k + 1])
    return None


def _result_told(t: TokenTable, end: int, n: int) -> bool:
    """The sentence after token `end` tells a seat's result: a result's word and a figure within it."""
    words = numbers = False
    for k in range(end, min(n, end + 25)):
        if t.texts[k] in (".", "!", "?", ";") or t.is_space[k] and "\n" in t.texts[k]:
            break
        if t.lowers[k] in ("seats", "councillors", "wards", "divisions", "constituencies", "mps") or (
                t.nums[k] is not None and k + 2 < n and t.lowers[k + 1] == "of" and (
                    t.nums[k + 2] is not None or t.lowers[k + 2] == "the" and k + 3 < n and t.nums[k + 3] is not None)):
            return False  # "In Marcham, the Liberal Democrats won 24 of the 43 seats", "in Eastbridge, Labour held on
            # with 35 of 60": a council's or region's seats
        words = words or t.lowers[k] in RESULT_WORDS or t.lowers[k] in ("%", "percent", "points") \
            or t.lowers[k] == "per" and t.lowers[k + 1] == "cent"
        numbers = numbers or t.nums[k] is not None
    return words and numbers


def _words_before(t: TokenTable, i: int, words: int = 6) -> range:
    """The words right before token i back to its clause's start (a comma, a full stop, a line break)."""
    k = i - 1
    while k >= 0 and i - k <= words and (t.texts[k][:1].isalpha() or t.texts[k] in ("'", "’")) and not t.is_space[k]:
        k -= 1  # (a possessive's apostrophe is part of its word: "The Conservatives' only win came in X,")
    return range(k + 1, i)


def _starts_clause(t: TokenTable, i: int, words: int = 3) -> bool:
    """Token i opens a sentence or a clause (after a full stop, a line break or a comma), past an adverb or two."""
    k = _words_before(t, i, words).start - 1  # "Next door in Collingby,", "Further north, in Redwater,"
    return k < 0 or t.texts[k] in (".", ",", ";", ":", "!", "?") or t.is_space[k]


def _near_line_start(t: TokenTable, i: int, words: int) -> bool:
    """Token i is within `words` tokens of its line's start (a live entry's time and a word or two before it)."""
    for k in range(i - 1, max(-1, i - words - 1), -1):
        if t.is_space[k] and "\n" in t.texts[k]:
            return True
    return i - words <= 0


def _line_end(t: TokenTable, i: int, words: int) -> int:
    """The first line break after token i, or `words` tokens on, whichever is sooner."""
    for k in range(i, min(len(t.texts), i + words)):
        if t.is_space[k] and "\n" in t.texts[k]:
            return k
    return min(len(t.texts), i + words)


def _line_ends_within(t: TokenTable, i: int, words: int) -> bool:
    """A line break, or the end of the copy, within `words` tokens after i: a headline, not a sentence."""
    for k in range(i, min(len(t.texts), i + words + 1)):
        if t.is_space[k] and "\n" in t.texts[k]:
            return True
    return i + words >= len(t.texts)


FORMER = (("then", "called"), ("formerly",), ("previously",), ("once", "called"), ("formerly", "known", "as"),
          ("previously", "known", "as"), ("then", "known", "as"), ("until", "2024"), ("before", "2024"))
"""Words before a seat's old name ("who had held the seat, then called Waveney"): the figures are the new seat's."""


def _former_name(t: TokenTable, start: int) -> bool:
    return any(start >= len(w) and tuple(t.lowers[start - len(w):start]) == w for w in FORMER)


def _cap(t: str) -> bool:
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


NOT_IN_A_NAME = frozenset({"seats", "seat", "votes", "vote", "list", "mps", "majority", "control", "power",
                           "councillors", "wards", "result", "results", "lead", "share", "preferences", "preference",
                           "recount", "round", "transfers"})
"""Words a headline's object may hold that no seat's name does: "CONSERVATIVES TAKE FOUR LIST SEATS"."""


def _as_name(text: str) -> str:
    """A seat's name as a headline in capitals writes it, in the case prose does: "HARLOW AND FELLSIDE" is
    "Harlow and Fellside", so the headline and the story name one seat."""
    if not text.isupper():
        return text
    return " ".join(w.lower() if w.lower() in CONNECTORS else "-".join(p.capitalize() for p in w.split("-"))
                    for w in text.split())


def _capitalised_like(t: TokenTable, start: int, end: int, name: str = "") -> bool:
    """A gazetteer hit counts only where the copy writes it as a name ("Bath", not "bath");
    words the name itself writes in lower case ("Na h-Eileanan an Iar") may stay so."""
    lower = {w.lower() for w in re.split(r"[\s\-,]+", name) if w and w.islower()}
    for i in range(start, end):
        if t.lowers[i] in CONNECTORS or t.lowers[i] in lower or not t.is_alpha[i]:
            continue
        if not t.texts[i][0].isupper():
            return False
    return True


def _capitalised_runs(t: TokenTable, caps: list[bool], single: bool = False) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words (connectors allowed inside), or of one with `single`; `caps` is
    _cap per token."""
    runs = []
    i = 0
    n = len(caps)
    while i < n:
        if not caps[i] or not single and t.sent_starts[i] and i + 1 < n and not caps[i + 1]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
            elif t.lowers[j] in CONNECTORS and j + 1 < n and caps[j + 1]:
                j += 2
            elif t.lowers[j] in ("and", "of", "&") and j + 2 < n and t.texts[j + 1] == "the" and caps[j + 2]:
                j += 3  # "Wisbeck and the Levels", "Isle of the Dead": the article inside a name
            elif t.texts[j] in ("—", "–", "-") and j + 1 < n and caps[j + 1] and not t.spaces[j - 1] and not t.spaces[j]:
                j += 2  # a Canadian riding's "Kingsway—Lakeview", "PEN-Y-GARTH": one name, its parts joined by dashes
            elif t.texts[j] == "-" and j + 3 < n and not t.spaces[j - 1] and not t.spaces[j] and len(t.texts[j + 1]) <= 3 \
                    and t.texts[j + 1].isalpha() and t.texts[j + 2] == "-" and not t.spaces[j + 1] \
                    and not t.spaces[j + 2] and caps[j + 3]:
                j += 4  # "Pen-y-Garth", "Stoke-on-Trent": a particle between
            else:
                break
        if j - i >= (1 if single else 2):
            runs.append((i, j))
        i = j
    return runs


def _inside_longer_name(t: TokenTable, s: Span, starts: set[int], ends: set[int],
                        given: Collection[str] = frozenset()) -> bool:
    """ "Buckingham Palace", "Gordon Brown": a capitalised word glued on either side."""
    if _hyphen_joined(t, s.end, 1) or _hyphen_joined(t, s.start - 1, -1):
        return True  # "Edmonton-Pembury", "Calgary-Fernhill": a riding whose name starts with the town's
    if s.end < len(t.texts) and _cap(t.texts[s.end]) and not t.sent_starts[s.end] and s.end not in starts \
            and t.texts[s.end] not in ("MP", "MPs"):
        return True
    # "Hammersmith and Fulham", "Harlow and Fellside": a name joined on by "and" that no gazetteer knows
    # makes a longer name (a borough, a new seat), not the place it starts with.
    if s.end + 1 < len(t.texts) and t.lowers[s.end] in ("and", "&") and _cap(t.texts[s.end + 1]) \
            and s.end + 1 not in starts and not t.sent_starts[s.end + 1] and t.texts[s.end + 1] not in ("MP", "MPs") \
            and not (s.start > 0 and t.texts[s.start - 1] == ",") \
            and not (t.texts[s.end + 1] in given and s.end + 2 < len(t.texts) and _cap(t.texts[s.end + 2])):
        return True  # (not "Blyth, Hartlepool, Darlington and Thornaby", nor "603 in Barnsley North and David Atkinson
        # 1,363 in Rotherham": a person after "and")
    if s.start > 0 and _cap(t.texts[s.start - 1]) and not t.sent_starts[s.start - 1] and s.start not in ends \
            and t.lowers[s.start - 1] not in ("at", "in", "for", "of"):
        return True
    # "PORT LINCOLN - The Liberals …", "Mount Pleasant": a dateline's or a town's name that ends with a seat's
    return s.start > 0 and t.lowers[s.start - 1] in PLACE_PREFIXES and _cap(t.texts[s.start - 1]) \
        and s.start not in ends


def _hyphen_joined(t: TokenTable, k: int, step: int) -> bool:
    """Token k is a hyphen written tight between the span and a capitalised word on its far side."""
    if not 0 < k < len(t.texts) - 1 or t.texts[k] not in ("-", "–"):
        return False
    return t.ends[k - 1] == t.starts[k] and t.ends[k] == t.starts[k + 1] and _cap(t.texts[k + step])


REGION_COMPASS = frozenset({"North", "South", "East", "West", "Mid", "Central", "Southern", "Eastern", "Western",
                     "North-East", "North-West", "South-East", "South-West", "NE", "NW", "SE", "SW"})
"""Capitalised compass words: before a nation's name ("North Wales", "South Scotland") they name a part of it."""
PLACE_PREFIXES = frozenset({"port", "fort", "mount", "mt", "lake", "cape", "glen", "saint", "st", "new", "upper",
                            "lower", "great", "little", "old"})
"""Words that begin a longer place name: after one, a seat's name is part of it ("Port Lincoln")."""


def _longest(spans: list[Span]) -> list[Span]:
    """Drop spans overlapped by a longer one (places beat regions of the same length)."""
    rank = {"place": 0, "party": 1, "region": 2, "person": 0}
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), rank.get(s.kind, 3), s.start))
    taken: set[int] = set()
    out = []
    for s in ordered:
        if any(i in taken for i in range(s.start, s.end)):
            continue
        taken.update(range(s.start, s.end))
        out.append(s)
    return sorted(out, key=lambda s: s.start)
