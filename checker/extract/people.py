"""Find the people in a Doc and link every mention of one person within it.

Names are recognised by rule: an honorific ("Mr Farron", "Dr Ann Myatt"), a known given
name followed by capitalised words ("Tim Farron"), or a capitalised pair right after a
party ("Conservative Byron Davies"). Surnames alone ("Balls", "Mr Smith") link to the
full name in the same article; pronouns ("He polled …") link to the last person of
matching gender; "the party" links to the last party. A case slip ("Ed balls") is read
as the name and remembered as written, for the name-variant warning.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..numbers import ORDINALS
from ..ruleset import RuleSet
from .gazetteer import Span

PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "du", "bin", "al", "del", "ap", "mac"}
PARTY_ANAPHORS = (("the", "party"), ("his", "party"), ("her", "party"), ("their", "party"),
                  ("the", "party's"))


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

    def __call__(self, doc: Doc) -> Doc:
        others: list[Span] = list(doc._.fc_mentions or [])
        taken = {i: s for s in others for i in range(s.start, s.end)}
        people = self._names(doc, taken)
        for p in people:
            for i in range(p.start, p.end):
                old = taken.get(i)
                if old is not None and old in others:
                    others.remove(old)
                taken[i] = p
        people += self._surnames(doc, people, taken)
        people.sort(key=lambda s: s.start)
        self._link(people)
        for p in people:
            p.party = self._affiliation(doc, p, others)
        mentions = sorted(others + people, key=lambda s: s.start)
        mentions += self._pronouns(doc, mentions)
        mentions += self._party_anaphors(doc, mentions)
        doc._.fc_mentions = sorted(mentions, key=lambda s: (s.start, s.end))
        return doc

    # -- names ---------------------------------------------------------------

    def _name_token(self, tok: Token) -> bool:
        t = tok.text
        if not t or not t[0].isupper() or t in self.not_names or tok._.fc_num is not None:
            return False
        core = t.replace("'", "").replace("’", "").replace("-", "").replace(".", "")
        return core.isalpha() and (any(c.islower() for c in core) or len(core) <= 2 or t.isupper())

    def _is_given(self, tok: Token) -> bool:
        t = tok.text
        return t in self.given or (t.isupper() and len(t) > 2 and t.title() in self.given)

    def _take_name(self, doc: Doc, j: int, limit: int = 3) -> int:
        """Index after the capitalised name words starting at j (particles and initials allowed)."""
        n = 0
        while j < len(doc) and n < limit:
            tok = doc[j]
            if self._name_token(tok) and not tok.is_sent_start:
                j += 1
                n += 1
            elif tok.lower_ in PARTICLES and j + 1 < len(doc) and self._name_token(doc[j + 1]):
                j += 1
            elif tok.text == "-" and n and j + 1 < len(doc) and self._name_token(doc[j + 1]) and not tok.whitespace_:
                j += 1
            else:
                break
        return j

    def _names(self, doc: Doc, taken: dict[int, Span]) -> list[Span]:
        out: list[Span] = []
        capitalised = {t.text for t in doc if t.text[:1].isupper()}
        title_gender: str | None = None
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            kind = taken.get(i)
            if tok.text in self.honorifics and i + 1 < n and self._is_given(doc[i + 1]):
                title_gender = "M" if tok.text in self.male_titles else "F" if tok.text in self.female_titles else None
                i += 1
                continue
            if tok.text in self.honorifics and i + 1 < n and self._name_token(doc[i + 1]):
                j = self._take_name(doc, i + 1)
                if j > i + 1 and not _blocked(taken, i + 1, j):
                    gender = "M" if tok.text in self.male_titles else "F" if tok.text in self.female_titles else None
                    if gender is None and j - i > 2:
                        gender = _gender(self.given.get(doc[i + 1].text))
                    out.append(Span("person", i, j, _clean(doc[i + 1 : j].text), via="title", gender=gender))
                    i = j
                    continue
            if (kind is None or kind.kind == "place" and kind.end - kind.start == 1) and self._is_given(tok) and self._name_token(tok):
                j = self._take_name(doc, i + 1, limit=2)
                gender = title_gender or _gender(self.given.get(tok.text.title()))
                title_gender = None
                if j > i + 1 and not _blocked(taken, i + 1, j, allow_place=True):
                    out.append(Span("person", i, j, _clean(doc[i:j].text), via="name", gender=gender))
                    i = j
                    continue
                nxt = doc[i + 1] if i + 1 < n else None
                if (
                    nxt is not None and nxt.is_alpha and nxt.text.islower() and len(nxt.text) > 2
                    and nxt.text.title() in capitalised and not _blocked(taken, i + 1, i + 2)
                ):
                    name = f"{tok.text} {nxt.text.title()}"
                    out.append(Span("person", i, i + 2, name, via="case", written=doc[i : i + 2].text,
                                    gender=gender))
                    i += 2
                    continue
            if kind is None and self._name_token(tok) and not self._is_given(tok):
                j = self._take_name(doc, i + 1, limit=2)
                if j > i + 1 and not _blocked(taken, i, j) and self._person_context(doc, i, j, taken):
                    out.append(Span("person", i, j, _clean(doc[i:j].text), via="context",
                                    gender=_gender(self.given.get(tok.text))))
                    i = j
                    continue
            if kind is not None and kind.kind == "party" and i == kind.end - 1:
                # "Conservative Byron Davies", "Labour's Liam Carr": a party then a capitalised pair.
                j = i + 1
                if j < n and doc[j].text in ("'s", "’s", "'"):
                    j += 1
                if j + 1 < n and self._name_token(doc[j]) and self._name_token(doc[j + 1]) and not _blocked(taken, j, j + 2):
                    k = self._take_name(doc, j, limit=3)
                    if k - j >= 2 and not doc[j].is_sent_start:
                        out.append(Span("person", j, k, _clean(doc[j:k].text), via="context",
                                        gender=_gender(self.given.get(doc[j].text))))
                        i = k
                        continue
            i += 1
        return out

    def _person_context(self, doc: Doc, i: int, j: int, taken: dict[int, Span]) -> bool:
        """A capitalised pair whose neighbours say it is a person: "candidate X Y", "X Y polled", "X Y (Lab)"."""
        if i > 0 and doc[i - 1].lower_ in self.person_before:
            return True
        if j >= len(doc):
            return False
        nxt = doc[j]
        if nxt.lower_ in self.person_after:
            return True
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is None:
            return False
        if nxt.lower_ in ("was", "is") and (after.lower_ in ORDINALS or after.lower_ in self.person_after):
            return True
        if nxt.text == "of" and after.lower_ == "the" and j + 2 < len(doc):
            after = doc[j + 2]
        party_next = taken.get(after.i)
        return nxt.text in ("(", "of") and party_next is not None and party_next.kind == "party" or (
            nxt.text == "(" and after.text.isupper() and 2 <= len(after.text) <= 5)

    def _surnames(self, doc: Doc, people: list[Span], taken: dict[int, Span]) -> list[Span]:
        """Single capitalised words that are the surname of someone named in full here."""
        surnames = {p.name.split()[-1] for p in people if " " in p.name}
        out = []
        for tok in doc:
            if tok.i in taken or tok.text not in surnames or tok.text in self.not_names:
                continue
            out.append(Span("person", tok.i, tok.i + 1, tok.text, via="surname"))
        return out

    @staticmethod
    def _link(people: list[Span]) -> None:
        """Give every mention the full name it stands for: nearest earlier one, else first later."""
        full = [p for p in people if " " in p.name]
        for p in people:
            if " " in p.name:
                continue
            same = [f for f in full if f.name.split()[-1] == p.name]
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

    def _affiliation(self, doc: Doc, person: Span, others: list[Span]) -> str | None:
        """The party stated at the mention: "Conservative X", "Labour's X", "X (Lab)", "X, the Tory candidate"."""
        parties = {s.end: s for s in others if s.kind == "party"}
        j = person.start
        if j > 0 and doc[j - 1].text in self.honorifics:
            j -= 1
        # Walk left over role words ("leader", "chief whip") and a possessive.
        k = j
        steps = 0
        while k > 0 and steps < 4:
            prev = doc[k - 1]
            if prev.lower_ in self.not_affiliation:
                return None
            if k in parties:
                party = parties[k]
                if party.start > 0 and doc[party.start - 1].lower_ in self.not_affiliation:
                    return None
                return party.name
            if prev.text in ("'s", "’s", "'") or (prev.lower_,) in self.roles:
                k -= 1
                steps += 1
                continue
            if k >= 2 and (doc[k - 2].lower_, prev.lower_) in self.roles:
                k -= 2
                steps += 1
                continue
            break
        if k in parties:
            return parties[k].name
        # Right: "(Lab)", ", the Labour candidate".
        starts = {s.start: s for s in others if s.kind == "party"}
        e = person.end
        if e + 2 < len(doc) and doc[e].text == "(" and e + 1 in starts and doc[starts[e + 1].end].text == ")":
            return starts[e + 1].name
        if e + 1 < len(doc) and doc[e].lower_ in ("of", "for"):  # "Carla Denyer of the Greens"
            k = e + 1 + (doc[e + 1].lower_ == "the" if e + 1 < len(doc) else 0)
            if k in starts:
                return starts[k].name
        if e + 1 < len(doc) and doc[e].text == ",":
            k = e + 1
            if k < len(doc) and doc[k].lower_ in ("the", "a"):
                k += 1
            while k < len(doc) and doc[k].lower_ in ("sitting", "incumbent", "outgoing", "defending"):
                k += 1
            if k in starts:
                end = starts[k].end
                if end < len(doc) and ((doc[end].lower_,) in self.roles):
                    return starts[k].name
        return None

    # -- pronouns and anaphors ------------------------------------------------

    def _pronouns(self, doc: Doc, mentions: list[Span]) -> list[Span]:
        people = [m for m in mentions if m.kind == "person"]
        paras = doc._.fc_paragraphs or [0] * len(doc)
        out = []
        for tok in doc:
            low = tok.lower_
            if low not in self.he and low not in self.she:
                continue
            want = "M" if low in self.he else "F"
            before = [p for p in people if p.end <= tok.i and p.gender in (want, None)]
            if not before:
                continue
            target = before[-1]
            # Prefer a person named in the same sentence as the most recent one, if they
            # are its subject: keep it simple and take the most recent compatible person.
            gap = paras[tok.i] - paras[target.start]
            only_one = len({p.name for p in before}) == 1
            confidence = 0.9 if gap == 0 else (0.8 if only_one else 0.6) if gap == 1 else 0.0
            if confidence == 0.0:
                continue
            span = Span("person", tok.i, tok.i + 1, target.name, via=f"pronoun {tok.text}",
                        score=confidence * 100, gender=want, party=target.party,
                        antecedent=mentions.index(target))
            out.append(span)
        return out

    @staticmethod
    def _party_anaphors(doc: Doc, mentions: list[Span]) -> list[Span]:
        parties = [m for m in mentions if m.kind == "party"]
        out = []
        for tok in doc[:-1]:
            pair = (tok.lower_, doc[tok.i + 1].lower_)
            if pair not in PARTY_ANAPHORS:
                continue
            before = [p for p in parties if p.end <= tok.i]
            if before:
                target = before[-1]
                # "the party" is surely the one party named so far; among several, the last is a guess.
                score = 95.0 if len({p.name for p in before}) == 1 else 80.0
                out.append(Span("party", tok.i, tok.i + 2, target.name, via="anaphor", score=score,
                                antecedent=mentions.index(target)))
        # "Five years later they won 121": "they" after a sentence about one party is that party.
        for tok in doc:
            if tok.lower_ != "they" or tok.i == 0:
                continue
            lo = max(0, tok.i - 40)
            recent = [p for p in parties if lo <= p.start < tok.i]
            people_between = [m for m in mentions if m.kind == "person" and lo <= m.start < tok.i]
            if recent and len({p.name for p in recent}) == 1 and not people_between:
                target = recent[-1]
                out.append(Span("party", tok.i, tok.i + 1, target.name, via="anaphor", score=80.0,
                                antecedent=mentions.index(target)))
        # "Nicola Sturgeon's party won 35 seats": the party of the person, where the copy gives it.
        people = {m.end: m for m in mentions if m.kind == "person"}
        for tok in doc[:-1]:
            if tok.lower_ in ("'s", "’s") and doc[tok.i + 1].lower_ == "party" and tok.i in people:
                person = people[tok.i]
                party = person.party or next((m.party for m in mentions if m.kind == "person"
                                              and m.name == person.name and m.party), None)
                score = 90.0
                if party is None:  # else the party the copy was just talking about
                    before = [p for p in parties if p.end <= person.start]
                    party, score = (before[-1].name, 75.0) if before else (None, 0.0)
                if party:
                    out.append(Span("party", person.start, tok.i + 2, party, via="anaphor", score=score))
        return out


def _blocked(taken: dict[int, Span], start: int, end: int, allow_place: bool = False) -> bool:
    for i in range(start, end):
        s = taken.get(i)
        if s is None:
            continue
        if allow_place and s.kind == "place" and s.end - s.start == 1:
            continue
        return True
    return False


def _clean(name: str) -> str:
    return " ".join(name.replace("’s", "").split())


def _gender(g: str | None) -> str | None:
    return g if g in ("M", "F") else None
