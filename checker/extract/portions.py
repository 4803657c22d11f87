"""Seats of the part of a body that was up for election, apart from the body's own.

Councils elected by thirds, a Senate a third of whose seats are on the ballot: "A third of Ellesmere's 51
seats were up. Labour won ten of them" and "The council now stands at Labour 27" are two facts, the seats won
among those contested and the body's make-up after the count. Read as one, they contradict each other ("seats of
Labour is 27 here but ten earlier"), and the contested number summed with the make-up overflows the body. So the
figures of the contested part are marked `Modality.GROUP` (a part's figure, not the contest's): the checks that
compare or add up a body's seats leave them alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Claim, Kind, Modality
from ..numbers import parse_number

UP = re.compile(
    r"\b(?:were|was|are|is|being|been|be)\s+(?:up\b|on\s+the\s+ballot|contested|being\s+contested|"
    r"(?:up\s+)?for\s+(?:re-?)?election|elected\s+this\s+time)"
    r"|\b(?:seats?|wards?|divisions?|races?|contests?)\s+(?:(?:that\s+)?(?:were\s+)?up\s+for\s+(?:re-?)?election|"
    r"contested|on\s+the\s+ballot)\b"
    r"|\b(?:one|a)[- ]third\s+up\b|\bthirds?\s+up\b|\bcontested\s+(?:seats|wards|divisions|races)\b"
    r"|\bseats\s+up\b", re.I)
"""A sentence that tells which seats were fought this time: "17 were up for election", "Only 34 of the 100 seats
were on the ballot", "in Halsey's 21 contested wards"."""
PART = re.compile(r"\b(?:a|one)[- ](?:third|quarter|half)\b|\b(?:third|half|quarter)\s+of\b|\bonly\b", re.I)
"""Words that make the fought seats a part of the body's: "a third of", "half of", "only"."""
OF_THEM = re.compile(r"\s*(?:of\s+(?:them|those|these)\b|of\s+the\s+(?P<n>[\w,]+)\b|(?:that|which|it|they)\s+"
                     r"(?:was|were)\s+defending\b|(?:it|they)\s+(?:was|were|had\s+been)\s+defending\b|"
                     r"(?:seats?\s+)?(?:it|they)\s+(?:was|were)\s+defending\b)", re.I)
"""Right after a party's seats: among the fought seats ("won ten of them", "20 of those contests", "four of the
21", "held the other 13 it was defending")."""
OF_THE_FOUGHT = re.compile(r"\s*of\s+the\s+(?:seats|wards|divisions)\s+(?:being\s+contested|(?:that\s+(?:were|are)\s+)?up\b|"
                           r"contested|on\s+the\s+ballot|(?:up\s+)?for\s+(?:re-?)?election)", re.I)
"""Right after a party's seats: among the fought seats, named so ("6 of the seats being contested")."""
KEPT_OWN = re.compile(r"\b(?:held|kept|retained|defended|hung on to|held on to)\s+(?:their|its|both of their|all)\s*$",
                      re.I)
"""Right before a party's seats, beside the fought seats: the ones it defended ("The Lib Dems held their two")."""
SIBLING = re.compile(r"^sibling of the seats '(?P<of>[^']+)'$")


def contested_portions(claims: list[Claim]) -> list[Claim]:
    """`claims` with the figures of a partly renewed body's fought seats marked as a part's (GROUP)."""
    seat_claims = [c for c in claims if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS) and (
        c.modality == Modality.ACTUAL or c.modality == Modality.HISTORICAL and OF_THE_FOUGHT.match(_after(c)))]
    # (and a party's seats among the fought ones before the count: "Labour had held 6 of the seats being contested")
    if not seat_claims:
        return claims
    portions = _portion_sentences(seat_claims)
    if not portions:
        return claims
    first = min(portions.values())
    paragraphs = {c.paragraph for c in seat_claims if c.sentence in portions}
    fought = {n for s in {c.sentence for c in claims if c.location.start >= first} if UP.search(s)
              for n in _fought(s)}
    fought |= {c.value for c in seat_claims if c.sentence in portions and c.subject is None and c.value is not None
               and (c.whole is not None and c.value < c.whole or c.kind == Kind.TOTAL_SEATS
                    and (m := UP_AFTER.match(_after(c))) is not None and not PASSIVE_UP.match(m.group(0))
                    and not FRACTION_OF.search(_before(c).removesuffix("the ").removesuffix("its ")))}
    fought |= {n for sentence in portions for m in OF_FOUGHT.finditer(sentence)
               if not FRACTION_OF.search(sentence, 0, m.start() + 3) and not PASSIVE_UP.match(sentence, m.end())
               and (n := parse_number(m.group("n"))) is not None}
    # (not "A third of the 48 seats were contested": the whole body, a part of it fought)
    # ("Labour won nine of the 15 seats up for election": the 15 fought)
    grouped: set[int] = set()
    for c in sorted(seat_claims, key=lambda c: c.location.start):
        if c.location.start < first:
            continue
        if c.whole is not None and PART_UP.match(_after(c)):
            grouped.add(c.index)  # "(15 of 45 seats up, elected by thirds)": whoever the reader gave it to
            if c.value is not None:
                fought.add(c.value)
            continue
        if FOUGHT_AFTER.match(_after(c)) and not ALL_BEFORE.search(_before(c)) and not PART_BEFORE.search(_before(c)):
            grouped.add(c.index)  # "15 seats were contested": the fought seats, whoever the reader gave them to
            continue  # (not "All 40 seats were up", "A third of the 48 seats were contested": the whole body)
        if c.subject is None:
            if c.value in fought:
                grouped.add(c.index)  # "Only 34 of the 100 seats were on the ballot", "who won four of the 21"
            continue
        if c.kind != Kind.SEATS:
            continue
        m = OF_THEM.match(_after(c))
        if OF_THE_FOUGHT.match(_after(c)) or m and (m.group("n") is None or parse_number(m.group("n")) in fought) \
                or c.paragraph in paragraphs and KEPT_OWN.search(_before(c)) or _listed_after_the_part(c):
            grouped.add(c.index)
    # a paragraph's list of parties' seats that adds up to the fought seats ("## Seats won this year" over "Labour
    # 9", "Conservative 3", … of the 15 up): the part's, not the body's make-up
    listed: dict[int, list[Claim]] = {}
    for c in seat_claims:
        if c.kind == Kind.SEATS and c.subject_kind == "party" and c.location.start >= first \
                and c.index not in grouped and c.value is not None:
            listed.setdefault(c.paragraph, []).append(c)
    for items in listed.values():
        if len(items) >= 2 and len({c.subject for c in items}) == len(items) and sum(c.value for c in items) in fought:
            grouped.update(c.index for c in items)
    if not grouped:
        return claims
    # a list's later items ("Labour won ten of them, the Conservatives four") are of the same part as its head
    listing = sorted((c for c in claims if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)
                      and c.modality in (Modality.ACTUAL, Modality.HISTORICAL)), key=lambda c: c.location.start)
    by_sentence: dict[str, dict[str, Claim]] = {}
    for c in listing:
        by_sentence.setdefault(c.sentence, {}).setdefault(c.text, c)
    for c in listing:
        head = next((m.group("of") for e in c.evidence if (m := SIBLING.match(e))), None)
        if head is not None and (h := by_sentence[c.sentence].get(head)) is not None and h.index in grouped:
            grouped.add(c.index)
    return [replace(c, modality=Modality.GROUP) if c.index in grouped else c for c in claims]


PART_UP = re.compile(r"\s+of\s+(?:the\s+|its\s+)?[\w,]+\s+(?:seats|wards|councillors)\s+(?:were\s+|are\s+|being\s+)?"
                     r"(?:up|contested|on\s+the\s+ballot)\b", re.I)
"""After a count that is a part of a whole: "15 of 45 seats up"."""
NOW = re.compile(r"\b(?:now|stands?|standing|overall|in total|has|have|holds?|controls?|make-up|council is)\b", re.I)
"""Between the part's words and a party's seats: the body's make-up after the count, not the part's."""


def _listed_after_the_part(c: Claim) -> bool:
    """A party's seats told in the sentence that tells of the part, after it and not as the body's make-up:
    "(15 of 45 seats up, elected by thirds): this year Con 8, Lab 5"."""
    m = UP.search(c.sentence)
    at = c.sentence.find(c.text)
    return m is not None and 0 <= m.end() <= at and not NOW.search(c.sentence, m.end(), at)


def _portion_sentences(claims: list[Claim]) -> dict[str, int]:
    """The sentences that tell of a part of a body fought, with where each first stands."""
    parted = {c.sentence for c in claims if c.whole is not None and c.value is not None and c.value < c.whole}
    out: dict[str, int] = {}
    for c in claims:
        s = c.sentence
        if s in out or not UP.search(s):
            continue
        if PART.search(s) or s in parted or _fought(s) and ":" in s[UP.search(s).end():]:
            out[s] = c.location.start  # (and "15 seats were contested: Labour won 11, …": a list of the fought)
    return out


FOUGHT = re.compile(r"(?<![\w,])(?P<n>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    r"(?=(?:\s*[-\u2013\u2014)]+\s*|\s+)(?:(?:of\s+them\s+|seats\s+|wards\s+)?(?:were|was|are)\s+(?:up|"
                    r"contested|on\s+the\s+ballot|for\s+election)|contested\b))", re.I)
"""The number fought: "17 were up for election", "- 17 - were up", "21 contested wards", "34 seats were contested"."""
FOUGHT_AFTER = re.compile(r"\s+(?:seats\s+|wards\s+)?(?:were|was|are)\s+(?:up\b|contested|on\s+the\s+ballot|"
                          r"(?:up\s+)?for\s+(?:re-?)?election)", re.I)
"""Right after a count of seats: those fought ("15 seats were contested")."""
UP_AFTER = re.compile(r"\s+(?:seats|wards|divisions)\s+(?:(?:that\s+)?(?:were|was|are)\s+)?(?:up\b|contested|on\s+the\s+"
                      r"ballot|(?:up\s+)?for\s+(?:re-?)?election)", re.I)
"""Right after the whole of "nine of the 15 seats up for election": the number fought."""
PASSIVE_UP = re.compile(r"^\s*(?:seats|wards|divisions)?\s*(?:that\s+)?(?:were|was|are)\b", re.I)
"""After "21 of the council's 63": a verb whose subject is the part ("… seats were contested"), so the whole is the
body's, not the part fought (as in "nine of the 15 seats up for election")."""
FRACTION_OF = re.compile(r"\b(?:third|thirds|half|quarter|all)\s+of\s*$", re.I)
OF_FOUGHT = re.compile(r"\bof\s+(?:the\s+)?(?P<n>\d[\d,]*)(?=" + UP_AFTER.pattern + ")", re.I)
ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+|its\s+|of\s+the\s+)?$", re.I)
PART_BEFORE = re.compile(r"\b(?:third|half|quarter|thirds|all|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)"
                         r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?$|\ball\s+(?:the\s+|its\s+)?$", re.I)
"""Before a number: it is the whole a part is of ("21 of the council's 63 seats were contested": not 63)."""


def _fought(sentence: str) -> set[float]:
    """The numbers of seats a sentence says were fought, not the body's size ("a third of the 63 seats were
    contested": not 63)."""
    out = set()
    for m in FOUGHT.finditer(sentence):
        if not PART_BEFORE.search(sentence, 0, m.start()) and (n := parse_number(m.group("n"))) is not None:
            out.add(n)
    return out


def _after(c: Claim) -> str:
    at = c.sentence.find(c.text)
    return c.sentence[at + len(c.text):at + len(c.text) + 60] if at >= 0 else ""


def _before(c: Claim) -> str:
    at = c.sentence.find(c.text)
    return c.sentence[max(0, at - 40):at] if at >= 0 else ""
