"""Find the people in a Doc and link every mention of one person within it.

Names are recognised by rule: an honorific ("Mr Farron", "Dr Ann Myatt"), a known given
name followed by capitalised words ("Tim Farron"), or a capitalised pair right after a
party ("Conservative Byron Davies"). Surnames alone ("Balls", "Mr Smith") link to the
full name in the same article; pronouns ("He polled …") link to the last person of
matching gender; "the party" links to the last party. A case slip ("Ed balls") is read
as the name and remembered as written, for the name-variant warning.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..numbers import ORDINALS
from ..ruleset import RuleSet
from .gazetteer import Span
from .tables import Cell, cells_of
from .tokens import TokenTable, token_table

PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "du", "bin", "al", "del", "ap", "mac"}
OBJECT_WORDS = {"to", "from", "than", "over", "against", "by", "beat", "beating", "defeated", "defeating", "ousted"}
"""Before a party named as the object of a clause ("lost the seat to Labour"): not what "the party" later means."""
PARTY_ANAPHORS = (("the", "party"), ("his", "party"), ("her", "party"), ("their", "party"),
                  ("the", "party's"))


ITS_FIGURES = frozenset({"share", "vote", "seats", "tally", "majority", "total", "representation"})
"""After "its": a party's figure, the party the copy was just talking about."""
IT_WON = frozenset({"won", "took", "held", "lost", "gained", "kept", "secured", "finished", "retained", "captured",
                    "holds", "wins", "takes", "loses"})
"""Verbs after "it" that make it the party named before: "This time it won six seats"."""


class People:
    """Person mentions, linked within the document; party anaphors; affiliations."""

    def __init__(self, ruleset: RuleSet):
        words = ruleset.words
        self.given = ruleset.given_names
        self.honorifics = set(words("people.honorifics"))
        self.male_titles = set(words("people.male"))
        self.female_titles = set(words("people.female"))
        self.he = set(words("people.pronoun_male"))
        self.she = set(words("people.pronoun_female"))
        self.not_names = set(words("people.not_names"))
        self.roles = {tuple(r.lower().split()) for r in words("people.roles")}
        self.not_affiliation = {w.lower() for w in words("people.not_affiliation")}
        # Words that, right after a capitalised pair, say it is a person ("Tanya Bellamy polled").
        self.person_after = {w.lower() for w in words("verb.poll") + words("verb.win") + words("verb.lose")
                             if " " not in w} | set(words("people.after_name"))
        self.person_before = {w.lower() for w in words("people.before_name")}
        self._name_words: dict[str, bool] = {}
        """Spelling → whether it can be a word of a name; the same words recur across articles."""

    def __call__(self, doc: Doc) -> Doc:
        t = token_table(doc)
        others: list[Span] = list(doc._.fc_mentions or [])
        taken = {i: s for s in others for i in range(s.start, s.end)}
        names = self._name_flags(t)
        people = self._surname_first(t, taken)
        for p in people:
            for i in range(p.start, p.end):
                taken[i] = p
        people += self._names(t, names, taken, cells_of(doc) if "|" in t.text else None)
        for p in people:
            for i in range(p.start, p.end):
                old = taken.get(i)
                if old is not None and old in others:
                    others.remove(old)
                taken[i] = p
        people += self._named_again(t, people, taken)
        people += self._word_surnames(t, taken)
        for p in people:
            for i in range(p.start, p.end):
                taken.setdefault(i, p)
        people += self._surnames(t, people, taken)
        people += self._titled_given_names(t, people, taken)
        people += self._given_names_alone(t, people, taken)
        people = [p for p in people if not _kin_of(t, p)]
        people.sort(key=lambda s: s.start)
        self._link(people, NAMESAKES_TOLD.search(t.text) is not None)
        for p in people:
            p.party = self._affiliation(t, p, others)
        _relink_by_party(people)
        # One person, one party in one article: "Labour's Holt" in the headline makes "Ms Holt, 36, … took 18,442
        # votes" Labour's too (not where the article gives the name two parties: two people, or a defection)
        parties_of: dict[str, set[str]] = {}
        for p in people:
            if p.party:
                parties_of.setdefault(p.name, set()).add(p.party)
        for p in people:
            if p.party is None and len(told := parties_of.get(p.name, ())) == 1:
                p.party = next(iter(told))
        mentions = sorted(others + people, key=lambda s: s.start)
        mentions += self._pronouns(t, doc._.fc_paragraphs or [0] * len(doc), mentions)
        mentions += self._party_anaphors(t, mentions)
        doc._.fc_mentions = sorted(mentions, key=lambda s: (s.start, s.end))
        return doc

    # -- names ---------------------------------------------------------------

    def _name_flags(self, t: TokenTable) -> list[bool]:
        """Per token: could it be a word of a name? Decided once per distinct spelling (a number never is)."""
        cache = self._name_words
        out = []
        for text, num in zip(t.texts, t.nums):
            ok = cache.get(text)
            if ok is None:
                ok = cache[text] = self._name_word(text)
            out.append(ok and num is None)
        return out

    def _name_word(self, t: str) -> bool:
        if not t or not t[0].isupper() or t in self.not_names or t.isupper() and len(t) > 1 and t.title() in self.not_names:
            return False  # (and in capitals: "GREEN GAIN FROM LAB" names nobody)
        core = t.replace("'", "").replace("’", "").replace("-", "").replace(".", "")
        return core.isalpha() and (any(c.islower() for c in core) or len(core) <= 2 or t.isupper())

    def _is_given(self, t: str) -> bool:
        return t in self.given or (t.isupper() and len(t) > 2 and t.title() in self.given)

    @staticmethod
    def _take_name(t: TokenTable, names: list[bool], j: int, limit: int = 3) -> int:
        """Index after the capitalised name words starting at j (particles and initials allowed)."""
        n = 0
        size = len(names)
        while j < size and n < limit:
            if names[j] and not t.sent_starts[j]:
                j += 1
                n += 1
            elif t.lowers[j] in PARTICLES and j + 1 < size and names[j + 1]:
                j += 1
            elif t.texts[j] == "-" and n and j + 1 < size and names[j + 1] and not t.spaces[j]:
                j += 1
            elif t.texts[j] == "-" and n and j + 1 < size and not t.spaces[j] and not t.spaces[j - 1] \
                    and t.is_alpha[j + 1] and t.texts[j + 1].islower() and len(t.texts[j + 1]) <= 6 \
                    and t.lowers[j + 1] not in NOT_NAME_ENDS:
                return j + 2  # "Lai Ching-te", "Lee Jae-myung": a given name's second syllable, in lower case
            else:
                break
        return j

    def _names(self, t: TokenTable, names: list[bool], taken: dict[int, Span], cells: list[Cell | None] | None
               ) -> list[Span]:
        out: list[Span] = []
        texts = t.texts
        capitalised = {w for w in texts if w[:1].isupper()}
        title_gender: str | None = None
        i = 0
        n = len(texts)
        while i < n:
            word = texts[i]
            kind = taken.get(i)
            if kind is None and not names[i] and word not in self.honorifics:
                i += 1  # the common case: no rule below can start at an ordinary word
                continue
            if word in self.honorifics and i + 1 < n and self._is_given(texts[i + 1]):
                title_gender = "M" if word in self.male_titles else "F" if word in self.female_titles else None
                i += 1
                continue
            if word in self.honorifics and i + 1 < n and names[i + 1]:
                j = self._take_name(t, names, i + 1)
                if j > i + 1 and not _blocked(taken, i + 1, j):
                    gender = "M" if word in self.male_titles else "F" if word in self.female_titles else None
                    if gender is None and j - i > 2:
                        gender = _gender(self.given.get(texts[i + 1]))
                    out.append(Span("person", i, j, _clean(t.span_text(i + 1, j)), via="title", gender=gender))
                    i = j
                    continue
            one_word_place = kind is not None and kind.kind == "place" and kind.end - kind.start == 1
            if kind is None and self._is_given(word) and names[i] and i > 0 and t.lowers[i - 1] in ("in", "across",
                                                                                                 "throughout"):
                i += 1  # "Amrit Gill's lead in Fraser Bend": somewhere, not someone (a given name opens a place's name)
                continue
            if (kind is None or one_word_place) and self._is_given(word) and names[i]:
                first = i + 1
                if first + 1 < n and texts[first] == "-" and not t.spaces[i] and not t.spaces[first] \
                        and names[first + 1]:
                    first += 2  # "Marc-André Giroux": a double given name
                j = self._take_name(t, names, first, limit=2)
                if first > i + 1 and j == first:
                    j = i + 1  # "Jean-Luc" alone: no surname
                gender = title_gender or _gender(self.given.get(word.title()))
                title_gender = None
                if j > i + 1 and not _blocked(taken, i + 1, j, allow_place=True):
                    k = i - 1 if i > 1 and names[i - 1] and not t.sent_starts[i - 1] and taken.get(i - 1) is None \
                        and not (out and out[-1].end == i) and texts[i - 1] not in self.honorifics \
                        and not self._is_given(texts[i - 1]) and not names[i - 2] and t.is_alpha[i - 1] \
                        and texts[i - 2] in NAME_OPENERS else i  # "- Bola Ahmed Tinubu of the ruling …": a given
                    # name we do not know before one we do
                    out.append(Span("person", k, j, _clean(t.span_text(k, j)), via="name", gender=gender))
                    i = j
                    continue
                nxt = texts[i + 1] if i + 1 < n else None
                if (
                    nxt is not None and t.is_alpha[i + 1] and nxt.islower() and len(nxt) > 2
                    and nxt.title() in capitalised and not _blocked(taken, i + 1, i + 2)
                ):
                    name = f"{word} {nxt.title()}"
                    out.append(Span("person", i, i + 2, name, via="case", written=t.span_text(i, i + 2),
                                    gender=gender))
                    i += 2
                    continue
            if kind is None and names[i] and not self._is_given(word):
                j = self._take_name(t, names, i + 1, limit=2)
                if j == i + 1 and self._bracketed_party_after(t, i + 2, taken) and t.texts[i + 1][:1].isupper() \
                        and t.is_alpha[i + 1]:
                    j = i + 2  # "Lena Ward (Green) 1,140": a surname that is also a word of places, in a results line
                if j > i + 1 and not _blocked(taken, i, j) and self._person_context(t, i, j, taken, cells):
                    out.append(Span("person", i, j, _clean(t.span_text(i, j)), via="context",
                                    gender=_gender(self.given.get(word))))
                    i = j
                    continue
            if kind is not None and kind.kind == "party" and i == kind.end - 1:
                # "Conservative Byron Davies", "Labour's Liam Carr": a party then a capitalised pair.
                j = i + 1
                if j < n and texts[j] in ("'s", "’s", "'"):
                    j += 1
                if j < n and texts[j] in self.honorifics:
                    j += 1  # "Republican Rep. Tom Kearney": the title is no part of the name
                if j + 1 < n and names[j] and names[j + 1] and not _blocked(taken, j, j + 2):
                    k = self._take_name(t, names, j, limit=3)
                    if k - j >= 2 and not t.sent_starts[j]:
                        out.append(Span("person", j, k, _clean(t.span_text(j, k)), via="context",
                                        gender=_gender(self.given.get(texts[j]))))
                        i = k
                        continue
            i += 1
        return out

    def _surname_first(self, t: TokenTable, taken: dict[int, Span]) -> list[Span]:
        """A results line or table row that opens with the surname ("CALDER, Hamish  National  21,054",
        "| Ahmed, Yasmin | Labour Party | 1,842 |"): the person, named given name first."""
        out: list[Span] = []
        texts = t.texts
        n = len(texts)
        for i in range(n - 2):
            if texts[i + 1] != "," or not (texts[i][:1].isupper() and t.is_alpha[i] and len(texts[i]) > 1) \
                    or i in taken or i + 2 in taken:
                continue
            # a given name we know, or any after a surname in capitals ("ELLIS, Gwenllian (Plaid Cymru)   892")
            if not (self._is_given(texts[i + 2]) or texts[i].isupper() and t.is_alpha[i + 2]
                    and texts[i + 2][:1].isupper() and not texts[i + 2].isupper()):
                continue
            k = i - 1
            while k >= 0 and texts[k].strip(" \t") == "" and "\n" not in texts[k]:
                k -= 1
            if k >= 0 and texts[k] == "|":
                k -= 1
                while k >= 0 and texts[k].strip(" \t") == "" and "\n" not in texts[k]:
                    k -= 1
            if k >= 0 and "\n" not in texts[k]:
                continue  # not at the start of a line or a row
            if i + 3 < n and (texts[i + 3] == "." or texts[i + 3] in ("-", "–", "—")
                              or i + 4 < n and t.is_space[i + 3] and texts[i + 4] in ("-", "–", "—")):
                continue  # "NORTHAMPTON, Penn. - …", "REGINA, Sask. —": a dateline's town and state
            surname = texts[i].title() if texts[i].isupper() else texts[i]
            given = texts[i + 2].title() if texts[i + 2].isupper() else texts[i + 2]
            if surname in self.not_names or given in self.not_names:
                continue  # "UPDATE, Friday 9 May": a live entry's label, then its day
            out.append(Span("person", i, i + 3, f"{given} {surname}", via="surname first, in a results line",
                            gender=_gender(self.given.get(given))))
        return out

    @staticmethod
    def _bracketed_party_after(t: TokenTable, k: int, taken: dict[int, Span]) -> bool:
        """ "(Green)" at token k: a party in brackets, as a results line gives a candidate's."""
        m = taken.get(k + 1)
        return k + 2 < len(t.texts) and t.texts[k] == "(" and m is not None and m.kind == "party" \
            and m.start == k + 1 and m.end < len(t.texts) and t.texts[m.end] == ")"

    def _person_context(self, t: TokenTable, i: int, j: int, taken: dict[int, Span],
                        cells: list[Cell | None] | None = None) -> bool:
        """A capitalised pair whose neighbours say it is a person: "candidate X Y", "X Y polled", "X Y (Lab)"."""
        lowers, texts = t.lowers, t.texts
        n = len(lowers)
        if i > 1 and lowers[i - 1] == "of" and lowers[i - 2] in OFFICES_OF_PLACES:
            return False  # "re-elected as Mayor of Greater Manchester with …": the place the office is of
        if i > 1 and lowers[i - 1] in ("'s", "’s") and texts[i - 2][:1].isupper() and j < n and t.nums[j] is not None \
                and j + 1 < n and texts[j + 1] in (",", ";", "and", "%", "per", "votes"):
            return True  # "the left-wing New Popular Front's Julien Drouet 37.5, …": a party's candidate and their figure
        if i > 0 and lowers[i - 1] in self.person_before:
            return True
        if i > 1 and lowers[i - 1] == "," and lowers[i - 2] in self.person_before and j < n and lowers[j] == ",":
            return True  # "The Green candidate, Lars Nygaard, won 3.4 per cent": a name in apposition
        if i > 2 and lowers[i - 1] == "," and texts[i - 2].isalpha() and texts[i - 2].islower() \
                and lowers[i - 3] in ("the", "a", "an", "his", "her", "their", "its") and j < n and lowers[j] == ",":
            return True  # "the outsider, Glenys Moore, third on 25.4 per cent": a noun, then the name in apposition
        if i > 1 and lowers[i - 1] == "," and (p := taken.get(i - 2)) is not None and p.kind == "party" \
                and p.end == i - 1 and j < n and lowers[j] == ",":
            return True  # "with the Green, Ola Berg, on 2,301": a party, then its candidate in apposition
        if i > 2 and lowers[i - 1] in ("'s", "’s", "'", "’") and lowers[i - 3] == "the" and (
                texts[i - 2].isupper() and texts[i - 2].isalpha() and 2 <= len(texts[i - 2]) <= 5
                or (p := taken.get(i - 2)) is not None and p.kind == "party" or lowers[i - 2] == "party"):
            return True  # "for the RN's Julien Marchetti": a party's candidate, whatever the party
        if j >= n or i > 0 and lowers[i - 1] in ("in", "across", "throughout"):
            return False  # ("elected on the first count in Wicklow Glens with 15,318 votes": a place)
        if i > 0 and texts[i - 1] in (":", ";") and t.nums[j] is not None and "," in texts[j] \
                and (j + 1 >= n or texts[j + 1] in (";", ".") or "\n" in texts[j + 1]):
            return True  # a ballot's results run on in a line: "First ballot: Harlan Dueck 6,912; Corinne Beaulieu
            # 5,806; Amrit Sandhu 3,410."
        if lowers[j] in self.person_after:
            return True
        if cells is not None and (cell := cells[i]) is not None and cell.column == 0 and not cell.heading \
                and cell.headers and cell.headers[0].strip(" *_") in CANDIDATE_HEADS and texts[j] == "|":
            return True  # "| Dev Mistry | 10,116 |" under "| Candidate | Round 1 |": a name no list of ours holds
        if lowers[j] == "," and j + 1 < n and lowers[j + 1] in ("the", "a", "an") \
                and any(lowers[k] in PERSON_ROLES for k in range(j + 2, min(n, j + 6))):
            return True  # "Llinos Medi, the former leader of the island's council, took 10,950 votes": who she is
        if lowers[j] == "," and j + 2 < n and (lowers[j + 1] == "who" or lowers[j + 1] in ("the", "a", "an")
                                               and lowers[j + 2] in PAST_CALLINGS):
            return True  # "Yona Yahav, who ran the city for 15 years", "Kakha Kaladze, the former AC Milan defender":
            # someone (a place is "which" or "where", and no place is "former")
        if lowers[j] == "," and j + 2 < n and t.nums[j + 1] is not None and lowers[j + 2] == "," \
                and texts[j + 1].isdigit() and 18 <= int(texts[j + 1]) <= 99:
            return True  # "Tuisamoa Afamasaga, 61, a former teacher": an age in apposition
        after = j + 1
        if after >= n:
            return False
        if lowers[j] in ("was", "is") and (lowers[after] in ORDINALS or lowers[after] in self.person_after):
            return True
        if texts[j] == "of" and lowers[after] == "the" and j + 2 < n:
            after = j + 2
            while after < min(n - 1, j + 5) and taken.get(after) is None and lowers[after] in PARTY_EPITHETS:
                after += 1  # "Tuisamoa Afamasaga of the opposition Human Rights Protection Party"
        party_next = taken.get(after)
        if texts[j] in (",", "-", "–", "—", "|") and party_next is not None and party_next.kind == "party" \
                and party_next.end < n and (texts[party_next.end] in (":", "-", "–", "—", "|")
                                            or t.nums[party_next.end] is not None):
            return True  # a results list: "Jody Brandt, Conservative: 21,480 (36.8%)", "Amrit Sohal - Labour - 19,820"
        if texts[j] == "(" and after + 3 < n and texts[after][:1].isupper() and t.is_alpha[after] \
                and texts[after + 1] == ")" and t.nums[after + 2] is not None and "\n" in texts[after + 3]:
            return True  # a results line of a party we do not know: "Shafi Rahman (Aspire) 2,411"
        return texts[j] in ("(", "of") and party_next is not None and party_next.kind == "party" or (
            texts[j] == "(" and texts[after].isupper() and texts[after].isalpha() and (
                2 <= len(texts[after]) <= 5 or after + 1 < n and texts[after + 1] in (",", "/")))
        # ("Ana Ruiz (D, WFP) — 101,402": a party's letter, then a cross-endorsing party's)

    def _surnames(self, t: TokenTable, people: list[Span], taken: dict[int, Span]) -> list[Span]:
        """Single capitalised words that are the surname of someone named in full here."""
        surnames = {p.name.split()[-1] for p in people if " " in p.name}
        out = []
        texts = t.texts
        for i in range(len(texts) - 2):
            # "Delgado-Hurst had 172,409 votes": a hyphenated surname, three tokens
            if texts[i + 1] == "-" and f"{texts[i]}-{texts[i + 2]}" in surnames and i not in taken \
                    and i + 2 not in taken and texts[i][:1].isupper():
                out.append(Span("person", i, i + 3, f"{texts[i]}-{texts[i + 2]}", via="surname"))
        for i, word in enumerate(texts):
            if word not in surnames or i in taken or word in self.not_names and not (i > 0 and texts[i - 1] in self.honorifics):
                continue  # (but "Mr Street" beside Andy Street: a surname that is a word, after a title)
            given = texts[i - 1] if i > 0 else ""
            if i - 1 not in taken and self._name_word(given) and given not in self.honorifics \
                    and given.lower() not in self.person_before and not given.isupper() \
                    and (self._is_given(given) or not t.sent_starts[i - 1]):
                # "Gráinne Keogh" beside "Declan Keogh": another given name before the surname is another person
                out.append(Span("person", i - 1, i + 1, f"{given} {word}", via="a given name before a known surname"))
                continue
            if i - 1 not in taken and re.fullmatch(r"[A-Z]\.", given):
                named = {p.name for p in people if p.name.endswith(" " + word) and p.name.startswith(given[0])}
                if not named:
                    # "Kemp (One Nation) 5.9, R. McLeish 4.4" beside Fiona McLeish: another initial, another person
                    out.append(Span("person", i - 1, i + 1, f"{given} {word}", via="an initial before a known surname"))
                    continue
                if len(named) == 1:
                    # "D. Brennan +301" beside Niamh and Declan Brennan: the one whose given name the initial begins
                    out.append(Span("person", i - 1, i + 1, named.pop(), via="an initial and a known surname"))
                    continue
            out.append(Span("person", i, i + 1, word, via="surname"))
        return out

    @staticmethod
    def _named_again(t: TokenTable, people: list[Span], taken: dict[int, Span]) -> list[Span]:
        """A full name found where its context shows a person ("| Amrit Sandhu | Labour |", "Amrit Sandhu (Lab)"),
        written again where nothing shows it ("Amrit Sandhu has won Tamebridge North", a given name we do not
        know, opening a sentence): the same person. One pass over the tokens."""
        full = {tuple(t.texts[p.start:p.end]) for p in people if p.end - p.start >= 2
                and p.via in ("context", "name") and p.name == _clean(t.span_text(p.start, p.end))}
        if not full:
            return []
        firsts = {w[0] for w in full}
        out = []
        n = len(t.texts)
        i = 0
        while i < n:
            if t.texts[i] in firsts and i not in taken:
                match = next((w for w in full if tuple(t.texts[i:i + len(w)]) == w), None)
                if match is not None and not (i > 0 and t.lowers[i - 1] in ("in", "across", "throughout")) \
                        and not any(k in taken for k in range(i, i + len(match))) \
                        and not (i + len(match) < n and t.is_alpha[i + len(match)] and t.texts[i + len(match)][:1].isupper()):
                    out.append(Span("person", i, i + len(match), _clean(t.span_text(i, i + len(match))),
                                    via="named again"))
                    i += len(match)
                    continue
            i += 1
        return out

    def _word_surnames(self, t: TokenTable, taken: dict[int, Span]) -> list[Span]:
        """ "Chris Ward (Labour)", "Catherine West (Labour)": a given name and a surname that is also a word
        names are not made of, shown a candidate by the party in brackets after it (or in the next cell, or right
        before it: "Liberal Democrat Amy Ward"); then every other
        "Chris Ward" in the copy is that person too."""
        texts = t.texts
        n = len(texts)
        found: set[tuple[str, str]] = set()
        for i in range(n - 3):
            if texts[i + 1] in self.not_names and self._is_given(texts[i]) and texts[i + 1][:1].isupper() \
                    and t.is_alpha[i + 1] and i not in taken and i + 1 not in taken and (
                    texts[i + 2] in ("(", "|") and (m := taken.get(i + 3)) is not None and m.kind == "party"
                    # ("| Amy Ward | LD | 930 |": a candidate's cell, then the party's)
                    or i > 0 and (m := taken.get(i - 1)) is not None and m.kind == "party" and m.end == i
                    and not t.is_space[i - 1]):  # "Liberal Democrat Amy Ward polled 930"
                found.add((texts[i], texts[i + 1]))
        if not found:
            return []
        return [Span("person", i, i + 2, f"{texts[i]} {texts[i + 1]}", via="name, then its party in brackets",
                     gender=_gender(self.given.get(texts[i])))
                for i in range(n - 1) if (texts[i], texts[i + 1]) in found and i not in taken and i + 1 not in taken]

    def _titled_given_names(self, t: TokenTable, people: list[Span], taken: dict[int, Span]) -> list[Span]:
        """ "Sir Keir", "Dame Andrea": a title and the given name of someone named in full here."""
        by_given: dict[str, set[str]] = {}
        for p in people:
            if " " in p.name:
                by_given.setdefault(p.name.split()[0], set()).add(p.name)
        out = []
        texts = t.texts
        for i in range(len(texts) - 1):
            if texts[i] not in KNIGHTLY or i in taken or i + 1 in taken:
                continue
            full = by_given.get(texts[i + 1], set())
            if len(full) == 1 and not (i + 2 < len(texts) and texts[i + 2][:1].isupper() and t.is_alpha[i + 2]):
                out.append(Span("person", i, i + 2, next(iter(full)), via="title and given name"))
        return out

    def _given_names_alone(self, t: TokenTable, people: list[Span], taken: dict[int, Span]) -> list[Span]:
        """ "Jade Orrell has been elected … Jade won 1,402 votes": a given name alone, after the one person of that
        given name is named in full, and before a verb of polling or winning, "said" or a possessive."""
        by_given: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for p in people:
            if " " in p.name:
                given = p.name.split()[0]
                by_given.setdefault(given, set()).add(p.name)
                first[given] = min(first.get(given, p.start), p.start)
        out = []
        texts = t.texts
        for i in range(len(texts) - 1):
            full = by_given.get(texts[i])
            if not full or len(full) != 1 or i in taken or i <= first[texts[i]]:
                continue
            nxt = t.lowers[i + 1]
            if nxt in self.person_after or nxt in ("'s", "’s", "said", "says", "polled", "took"):
                out.append(Span("person", i, i + 1, next(iter(full)), via="given name alone"))
        return out

    @staticmethod
    def _link(people: list[Span], namesakes: bool = False) -> None:
        """Give every mention the full name it stands for: nearest earlier one, else first later. `namesakes`: the
        copy says some people of one surname are not related."""
        full = [p for p in people if " " in p.name]
        for p in people:
            if " " in p.name and p.via == "title":
                longer = {f.name for f in full if f.name.endswith(" " + p.name)}
                if len(longer) == 1:
                    p.name = longer.pop()  # "Ms Dent Coad" after "Emma Dent Coad": a surname of two words
            if " " in p.name and p.via != "title":
                words = p.name.split()
                longer = {f.name for f in full if len(f.name.split()) > len(words) and f.name.split()[0] == words[0]
                          and f.name.split()[-1] == words[-1] and _in_order(words, f.name.split())}
                if len(longer) == 1:
                    p.name = longer.pop()  # "Bola Tinubu" in the table of a story of "Bola Ahmed Tinubu"
            if " " in p.name:
                continue
            same = [f for f in full if f.name.split()[-1] == p.name]
            if p.gender is not None and any(f.gender != p.gender for f in same):
                # "Mr Sandhu" beside Amrit and Karen Sandhu: not the one whose given name says otherwise (and "Ms
                # Nair" beside only Tom Nair, in copy that says they are no relation, is another Nair)
                same = [f for f in same if f.gender in (None, p.gender)] or ([] if namesakes else same)
            before = [f for f in same if f.start < p.start]
            target = before[-1] if before else (same[0] if same else None)
            if target is not None:
                p.name = target.name
                if p.gender is None:
                    p.gender = target.gender
        # A title tells the gender of everyone with that name.
        genders = {p.name: p.gender for p in people if p.gender}
        for p in people:
            p.gender = p.gender or genders.get(p.name)

    def _affiliation(self, t: TokenTable, person: Span, others: list[Span]) -> str | None:
        """The party stated at the mention: "Conservative X", "Labour's X", "X (Lab)", "X, the Tory candidate"."""
        texts, lowers = t.texts, t.lowers
        size = len(texts)
        parties = {s.end: s for s in others if s.kind == "party"}
        j = person.start
        if j > 0 and texts[j - 1] in self.honorifics:
            j -= 1
        # Walk left over role words ("leader", "chief whip") and a possessive.
        k = j
        steps = 0
        while k > 0 and steps < 4:
            prev = k - 1
            if lowers[prev] in self.not_affiliation:
                return None
            if k in parties:
                party = parties[k]
                if party.start > 0 and lowers[party.start - 1] in self.not_affiliation:
                    return None
                return party.name
            if texts[prev] in ("'s", "’s", "'") or (lowers[prev],) in self.roles:
                k -= 1
                steps += 1
                continue
            if texts[prev] == "," and k >= 2 and (lowers[k - 2],) in self.roles and person.end < size \
                    and texts[person.end] == ",":
                k -= 1  # "The Green candidate, Ayesha Barker, won …": a name in apposition to its role
                steps += 1
                continue
            if k >= 2 and (lowers[k - 2], lowers[prev]) in self.roles:
                k -= 2
                steps += 1
                continue
            break
        if k in parties:
            return parties[k].name
        if j > 1 and texts[j - 1] == "(" and j - 1 in parties and person.end < size \
                and texts[person.end].startswith(")"):  # (a bracket and a colon may be one token: "):")
            return parties[j - 1].name  # "Labour (Peter Lowe) 12.2%": the party, its candidate in brackets
        # Right: "(Lab)", ", the Labour candidate".
        starts = {s.start: s for s in others if s.kind == "party"}
        e = person.end
        if e + 2 < size and texts[e] == "(" and e + 1 in starts and texts[starts[e + 1].end] == ")":
            return starts[e + 1].name
        if e + 1 < size and lowers[e] in ("of", "for"):  # "Carla Denyer of the Greens"
            k = e + 1 + (lowers[e + 1] == "the" if e + 1 < size else 0)
            if k in starts:
                return starts[k].name
        if e + 1 < size and texts[e] == ",":
            k = e + 1
            if k < size and lowers[k] in ("the", "a"):
                k += 1
            while k < size and lowers[k] in ("sitting", "incumbent", "outgoing", "defending"):
                k += 1
            if k in starts:
                end = starts[k].end
                if end < size and ((lowers[end],) in self.roles):
                    return starts[k].name
        return None

    # -- pronouns and anaphors ------------------------------------------------

    def _pronouns(self, t: TokenTable, paras: list[int], mentions: list[Span]) -> list[Span]:
        people = [m for m in mentions if m.kind == "person"]
        out = []
        for i, low in enumerate(t.lowers):
            if low not in self.he and low not in self.she:
                continue
            want = "M" if low in self.he else "F"
            if low in ("his", "her") and i > 1 and t.texts[i - 1] == "," and any(p.end == i - 1 for p in people) \
                    and any(t.texts[k] == "," for k in range(i + 2, min(len(t.texts), i + 5))):
                continue  # "The Liberal Democrat Cerys Hughes, his cousin, finished fourth": an aside about her
            if low in ("his", "her", "their") and i + 1 < len(t.lowers) and t.lowers[i + 1] in KIN:
                # "His uncle, 71, … won yesterday's by-election with a majority of 184": the uncle's, not his; and
                # "His sister Lisa, 41, won Marbury East with 1,624": Lisa of his surname
                if (kin := self._kin_named(t, i, paras, mentions)) is not None:
                    out.append(kin)
                continue
            before = [p for p in people if p.end <= i and p.gender in (want, None) and not _byline(t, p)]
            if not before:
                continue
            target = before[-1]
            if low in ("his", "her") and i + 1 < len(t.lowers) and t.lowers[i + 1] in ("majority", "winning") \
                    and _second_after(t, target) and (won := [p for p in before if p.name != target.name
                                                             and paras[p.start] == paras[target.start]]):
                target = won[-1]  # "… with the Green Party's Tom Crone second on 47,320. His majority was 161,664":
                # the winner's, not the runner-up's just named
            # Prefer a person named in the same sentence as the most recent one, if they
            # are its subject: keep it simple and take the most recent compatible person.
            gap = paras[i] - paras[target.start]
            only_one = len({p.name for p in before}) == 1
            confidence = 0.9 if gap == 0 else (0.85 if only_one else 0.6) if gap == 1 else 0.0
            if confidence == 0.0:
                continue
            span = Span("person", i, i + 1, target.name, via=f"pronoun {t.texts[i]}",
                        score=confidence * 100, gender=want, party=target.party,
                        antecedent=mentions.index(target))
            out.append(span)
        return out + self._descriptions(t, paras, mentions, people)

    @staticmethod
    def _kin_named(t: TokenTable, i: int, paras: list[int], mentions: list[Span]) -> Span | None:
        """ "His sister Lisa": a relative named by a given name alone after "his/her <kin>", who shares the surname
        of the person the possessive stands for (the last named in the paragraph)."""
        k = i + 2
        if k >= len(t.texts) or not (t.texts[k][:1].isupper() and t.texts[k].isalpha()) \
                or any(m.start <= k < m.end for m in mentions) \
                or k + 1 < len(t.texts) and t.texts[k + 1][:1].isupper() and t.is_alpha[k + 1]:
            return None  # (a full name of their own, "his sister Lisa Moran", is a person already)
        before = [p for p in mentions if p.kind == "person" and p.end <= i and paras[p.start] == paras[i]
                  and len(p.name.split()) >= 2]
        if not before:
            return None
        gender = "F" if t.lowers[i + 1] in FEMALE_KIN else "M" if t.lowers[i + 1] in MALE_KIN else None
        return Span("person", k, k + 1, f"{t.texts[k]} {before[-1].name.split()[-1]}", via=f"kin of {before[-1].name}",
                    score=80.0, gender=gender)

    @staticmethod
    def _descriptions(t: TokenTable, paras: list[int], mentions: list[Span], people: list[Span]) -> list[Span]:
        """ "The former primary school head teacher polled 19,842 votes": a sentence opened by a description of
        someone, in lower case, then a verb of polling — the person the copy named last, in this paragraph or
        the one before (read like a pronoun)."""
        taken = {k for m in mentions for k in range(m.start, m.end)}
        party_at = {m.start: m for m in mentions if m.kind == "party"}
        out = []
        n = len(t.lowers)
        ordered = sorted((p for p in people if not _byline(t, p)), key=lambda p: p.end)
        ends = [p.end for p in ordered]
        for i, low in enumerate(t.lowers):
            if low != "the" or not t.sent_starts[i] or i in taken:
                continue
            j = i + 1
            party = None  # "The Labour mayor won 214,880 votes": a party's adjective inside the description
            if (m := party_at.get(j)) is not None and m.end < n and t.texts[m.end].islower():
                party, j = m.name, m.end
            while j < n and j - i <= 7 and t.is_alpha[j] and t.texts[j].islower() and j not in taken \
                    and t.lowers[j] not in POLLING_VERBS:
                j += 1
            h = j - 1  # the description's head noun, before "had", "also", "narrowly": "The alliance had won only 17"
            while h > i + 1 and (t.lowers[h] in AUXILIARIES or t.lowers[h].endswith("ly")):
                h -= 1
            if j == i + 1 or j >= n or t.lowers[j] not in POLLING_VERBS or t.lowers[h] in NOT_PEOPLE \
                    or party is not None and (j - i < 3 or t.lowers[j - 1] in ROLE_NOUNS_NOT_ONE):
                continue
            k = bisect.bisect_right(ends, i)  # the person named last before it, found by bisection: linear overall
            if k == 0 or paras[i] - paras[ordered[k - 1].start] > 1:
                continue
            target = ordered[k - 1]
            if party is not None and target.party != party and not (
                    target.party is None and t.lowers[j - 1] in OFFICES):
                continue  # "The Conservative candidate polled …" after Labour's winner: not her (but "Helen Rudd has
                # been re-elected mayor. The Labour mayor won …": the office she was named with)
            out.append(Span("person", i, j, target.name, via="pronoun (a description)", score=80.0,
                            gender=target.gender, party=target.party, antecedent=mentions.index(target)))
        return out

    @staticmethod
    def _party_anaphors(t: TokenTable, mentions: list[Span]) -> list[Span]:
        lowers = t.lowers
        parties = [m for m in mentions if m.kind == "party"]
        person_at = {m.start: m for m in mentions if m.kind == "person"}
        party_of = {m.name: m.party for m in mentions if m.kind == "person" and m.party}
        out = []
        for i in range(len(lowers) - 1):
            if (lowers[i], lowers[i + 1]) not in PARTY_ANAPHORS:
                continue
            if lowers[i] in ("his", "her") and (pronoun := person_at.get(i)) is not None:
                # "Mr Sunak … in which his party won 121 seats": his party, where the copy gives it; else the
                # last party named, unless that is another person's ("Labour's Tom Wilson was second").
                if (party := pronoun.party or party_of.get(pronoun.name)) is not None:
                    out.append(Span("party", i, i + 2, party, via="anaphor", score=90.0))
                    continue
                before = [p for p in parties if p.end <= i]
                if before and _someone_elses(lowers, before[-1], person_at):
                    continue
            before = [p for p in parties if p.end <= i]
            if before:
                target = before[-1]
                # "The Conservatives, who lost the seat to Labour, slipped to third: … the party's share more than
                # halved": not a party named as an object, where the sentence's subject is another
                if lowers[target.start - 1] in OBJECT_WORDS:
                    s = i
                    while s > 0 and not t.sent_starts[s]:
                        s -= 1
                    subjects = [p for p in before if p.start >= s and lowers[p.start - 1] not in OBJECT_WORDS]
                    if subjects and subjects[-1].name != target.name:
                        target = subjects[-1]
                # "the party" is surely the one party named so far; among several, the last is a guess.
                score = 95.0 if len({p.name for p in before}) == 1 else 80.0
                out.append(Span("party", i, i + 2, target.name, via="anaphor", score=score,
                                antecedent=mentions.index(target)))
        # "Five years later they won 121": "they" after a sentence about one party is that party.
        for i, low in enumerate(lowers):
            if low not in ("they", "it", "its") or i == 0 \
                    or low == "it" and (i + 1 >= len(lowers) or lowers[i + 1] not in IT_WON) \
                    or low == "its" and (i + 1 >= len(lowers) or lowers[i + 1] not in ITS_FIGURES):
                continue  # (and "This time it won six seats": "it" before a verb of winning, in the same way; and
                # "Labour won 27 of the 40 constituencies. Its share of the constituency vote rose …")
            lo = max(0, i - 40)
            if low == "its":  # (only the sentence before and its own: "Labour won 27 … . Its share …")
                lo = i
                for _ in range(2):
                    lo -= 1
                    while lo > 0 and not t.sent_starts[lo]:
                        lo -= 1
                lo = max(lo, 0)
            recent = [p for p in parties if lo <= p.start < i]
            people_between = [m for m in mentions if m.kind == "person" and lo <= m.start < i]
            if recent and len({p.name for p in recent}) == 1 and not people_between:
                target = recent[-1]
                out.append(Span("party", i, i + 1, target.name, via="anaphor", score=80.0,
                                antecedent=mentions.index(target)))
        # "Nicola Sturgeon's party won 35 seats": the party of the person, where the copy gives it.
        people = {m.end: m for m in mentions if m.kind == "person"}
        for i in range(len(lowers) - 1):
            if lowers[i] in ("'s", "’s") and lowers[i + 1] == "party" and i in people:
                person = people[i]
                party = person.party or next((m.party for m in mentions if m.kind == "person"
                                              and m.name == person.name and m.party), None)
                score = 90.0
                if party is None:  # else the party the copy was just talking about
                    before = [p for p in parties if p.end <= person.start]
                    party, score = (before[-1].name, 75.0) if before else (None, 0.0)
                if party:
                    out.append(Span("party", person.start, i + 2, party, via="anaphor", score=score))
        return out


def _someone_elses(lowers: list[str], party: Span, person_at: dict[int, Span]) -> bool:
    """A party named as a person's affiliation ("Labour's Tom Wilson", "Labour candidate Ann Cole")."""
    k = party.end + (1 if party.end < len(lowers) and lowers[party.end] in ("'s", "’s") else 0)
    while k < len(lowers) and lowers[k] in ("candidate", "mp", "leader", "councillor", "the"):
        k += 1
    return k in person_at


KNIGHTLY = {"Sir", "Dame"}
"""Titles used with a given name alone ("Sir Keir"): the honours, not "Mr" or "Ms"."""


def _blocked(taken: dict[int, Span], start: int, end: int, allow_place: bool = False) -> bool:
    for i in range(start, end):
        s = taken.get(i)
        if s is None:
            continue
        if allow_place and s.kind == "place" and s.end - s.start == 1:
            continue
        return True
    return False


PERSON_ROLES = frozenset({"leader", "councillor", "candidate", "mp", "msp", "mla", "td", "mep", "member", "teacher",
                          "nurse", "doctor", "farmer", "lawyer", "barrister", "solicitor", "organiser", "organizer",
                          "activist", "mayor", "minister", "secretary", "chairman", "chairwoman", "businessman",
                          "businesswoman", "incumbent", "newcomer", "campaigner", "headteacher", "head", "chief"})
"""A role told in apposition after a capitalised pair ("Llinos Medi, the former leader of …"): a person."""
def _second_after(t: TokenTable, p: Span) -> bool:
    """Whether the copy says just after a name that they came second ("Tom Crone second on 47,320", "…, the runner-up")."""
    return any(t.lowers[k] in ("second", "runner-up", "runners-up") for k in range(p.end, min(len(t.lowers), p.end + 5)))


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether `words` are some of `longer`'s, in its order."""
    it = iter(longer)
    return all(w in it for w in words)


OFFICES_OF_PLACES = frozenset({"mayor", "mayoralty", "governor", "governorship", "premier", "leader", "mp", "member",
                               "msp", "council", "assembly", "province", "county", "city", "state", "mayors", "people"})
"""Before "of" and a capitalised pair: an office or body of a place ("Mayor of Greater Manchester"), no person."""
NAME_OPENERS = frozenset({"-", "–", "—", ",", "(", ":"})
"""Marks before an unknown given name that opens a name: a dateline's dash, a list's comma."""
PAST_CALLINGS = frozenset({"former", "ex", "ex-", "outgoing", "incumbent", "sitting", "retired", "veteran", "jailed",
                           "exiled", "popular", "young", "longtime", "long-time", "one-time", "onetime"})
"""After "Name Name, the" or ", a": words that only a person is ("the former AC Milan defender", "a retired judge")."""
PARTY_EPITHETS = frozenset({"opposition", "ruling", "governing", "main", "centre-right", "centre-left", "right-wing",
                            "left-wing", "far-right", "far-left", "conservative", "liberal", "nationalist", "populist",
                            "pro-government", "pro-european", "pro-western", "pro-russian", "small", "new", "rival"})
"""Between "of the" and a party after a name: "X of the opposition Human Rights Protection Party"."""
KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece",
                 "cousin", "partner", "widow", "widower", "grandson", "granddaughter", "aunt", "uncle", "stepson",
                 "stepdaughter"})
"""After "Mr Harries's": someone else of the family ("Mr Harries's son Geraint, was second with 443")."""
FEMALE_KIN = frozenset({"daughter", "wife", "sister", "mother", "niece", "widow", "granddaughter", "aunt", "stepdaughter"})
MALE_KIN = frozenset({"son", "husband", "brother", "father", "nephew", "widower", "grandson", "uncle", "stepson"})


def _kin_of(t: TokenTable, p: Span) -> bool:
    """A name that only says whose relative the person named after it is: not the figure's subject."""
    return p.end + 1 < len(t.lowers) and t.lowers[p.end] in ("'s", "’s") and t.lowers[p.end + 1] in KIN


POLLING_VERBS = frozenset({"polled", "took", "won", "received", "secured", "gained", "got", "garnered", "finished",
                           "collected", "attracted"})
"""Verbs a description of a candidate opens a sentence of their count with ("The former head teacher polled …")."""
NOT_PEOPLE = frozenset({"party", "parties", "council", "seat", "ward", "government", "coalition", "alliance", "bloc",
                        "group", "electorate", "public", "area", "town", "city", "county", "turnout", "constituency",
                        "division", "riding", "district", "campaign", "vote", "side", "motion", "proposal", "measure",
                        "referendum", "administration", "opposition", "tories", "conservatives", "liberals"})
"""Nouns a description of a person does not end on: "The party polled …" is the party's."""
NOT_NAME_ENDS = frozenset({"led", "backed", "style", "era", "type", "based", "born", "run", "like", "minded",
                           "linked", "funded", "free", "wing", "ish", "esque", "ite", "ites", "elect"})
"""Words after a name and a hyphen that are no part of it: "the Lai-led government", "a Sunak-era policy"."""
AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "also", "then", "still", "just", "once", "again",
                         "already", "even", "never", "ever"})
"""Words between a description's head noun and its verb ("The alliance had won …")."""
OFFICES = frozenset({"mayor", "incumbent", "mp", "msp", "commissioner", "governor", "senator", "premier", "leader",
                     "minister", "president", "congressman", "congresswoman", "representative", "assemblyman",
                     "assemblywoman", "councillor", "councilor", "holder", "officeholder"})
"""An office one person holds: "The Labour mayor" is the mayor the copy named, whatever party it gave her."""
ROLE_NOUNS_NOT_ONE = frozenset({"candidates", "members", "mps", "councillors", "vote", "share", "tally", "total"})
"""Words after a party's name that make it no one person ("The Labour candidates won …", "The Labour vote …")."""


NAMESAKES_TOLD = re.compile(r"\bno relation\b|\bnot related\b|\bnot to be confused\b|\bunrelated\b", re.I)
"""Copy that says two people of one name are not related: a title's gender then tells them apart."""


def _relink_by_party(people: list[Span]) -> None:
    """A surname the copy gives a party ("FG's Murphy") stands for the one person of that surname and party named in
    full ("Fine Gael's Declan Murphy"), not for the namesake it was linked to first ("Sinn Féin's Aoife Murphy")."""
    told: dict[str, set[str]] = {}
    for p in people:
        if p.party and p.via not in ("surname", "title") and " " in p.name:
            told.setdefault(p.name, set()).add(p.party)
    for p in people:
        if p.via not in ("surname", "title") or not p.party or " " not in p.name or p.party in told.get(p.name, {p.party}):
            continue
        surname = p.name.split()[-1]
        others = [name for name, parties in told.items() if name.split()[-1] == surname and p.party in parties]
        if len(others) == 1:
            p.name = others[0]


def _clean(name: str) -> str:
    words = name.replace("’s", "").split()
    if len(words) >= 2 and len(words[0]) > 2 and words[0].isupper() and not words[-1].isupper():
        words[0] = words[0].title()  # a story's opening word set in capitals: "PRIYA Anand" is Priya Anand
    return " ".join(words)


def _gender(g: str | None) -> str | None:
    return g if g in ("M", "F") else None


def _byline(t: TokenTable, p: Span) -> bool:
    """ "By Helen Marsh, Political Correspondent": the writer, whom no "she" of the story means."""
    b = p.start - 1
    return b >= 0 and t.lowers[b] == "by" and (b == 0 or "\n" in t.texts[b - 1])


CANDIDATE_HEADS = frozenset({"candidate", "candidates", "name", "nominee", "nominees"})
"""A table's first heading that makes each row's first cell a person's name."""

