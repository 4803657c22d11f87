"""Figures the copy itself revises later on: a live blog's recount or update.

"02:10 Orchard Hill: … Majority 68." then "04:20 Update to our 02:10 post: the recount found … Revised figures:
… majority now 57." The earlier figures are not a contradiction but a count the copy has since replaced: they are
marked provisional (`round` 'provisional'), like "the first count" before a recount, so the checks compare only
the revised ones.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Claim, Kind

REVISED = re.compile(r"\b(?:revised|corrected|amended|updated)\s+(?:figures|result|results|totals?|count)\b|"
                     r"\bupdate\s+to\s+(?:our|the|an?)\s+(?:earlier\s+|\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s+)?(?:post|entry|"
                     r"update)\b|\bthe\s+recount\s+(?:found|showed|gave|put|confirmed|changed)\b|"
                     r"\bafter\s+(?:a|the)\s+recount\b|\brecount\s+(?:result|figures|totals)\b|"
                     r"\bfigures\s+have\s+(?:changed|been\s+revised|been\s+corrected)\b", re.I)
"""A paragraph that replaces earlier figures: "Revised figures:", "Update to our 02:10 post", "the recount found"."""
KINDS = frozenset({Kind.VOTES, Kind.MAJORITY, Kind.MARGIN, Kind.SHARE, Kind.MAJORITY_SHARE})


WE_SAID = re.compile(r"\b(?:we|it was|was|post|entry|update|page|table|report|article|story)\s+(?:also\s+)?"
                     r"(?:reported|said|stated|gave|wrote|given|put|had)\b", re.I)
"""A correction's words for the figure it takes back: "at 01:50 we reported turnout in Hexham Vale as 64.1 per cent"."""
CORRECT_IS = re.compile(r"\b(?:the\s+)?(?:correct|right|actual)\s+(?:figure|total|number)\s+(?:is|was)\b", re.I)
"""The figure a correction gives instead: "The correct figure is 61.4 per cent"."""


WAS_WRONG = re.compile(r"\bthe\s+(?P<what>turnout|majority|share|vote|votes|margin)\s+(?:figure|total|number)?\s*"
                       r"(?:we|that we)\s+(?:gave|reported|published|used|quoted)\b[^.]*?\b(?:was|were)\s+"
                       r"(?:wrong|incorrect|mistaken|in error)\b", re.I)
"""A correction that names the figure it takes back by its kind: "the turnout figure we gave for Ravensfield at 02:25
was wrong"."""
MOST_CORRECTIONS = 20
"""Corrections read in one document, at most: each is set against every figure, so copy made of nothing else
stays linear (a story's corrections are a handful)."""
WRONG_KINDS = {"turnout": Kind.TURNOUT, "majority": Kind.MAJORITY, "share": Kind.SHARE, "vote": Kind.VOTES,
               "votes": Kind.VOTES, "margin": Kind.MARGIN}


NOT_AS_POSTED = re.compile(r"\bnot\s+(\d[\d,]*(?:\.\d+)?)\s+as\s+(?:we\s+)?(?:posted|reported|published|printed|"
                           r"stated|given|said|wrote)\b", re.I)
"""A correction that names the figure it takes back: "…is 4,031, not 4,301 as posted at 01:35"."""


EARLIER_VERSION = re.compile(r"\b(?:an?\s+)?(?:earlier|previous|original)\s+(?:version|edition)s?\b|\bwe\s+(?:wrongly\s+|"
                             r"incorrectly\s+|mistakenly\s+)?(?:said|reported|described|called|stated)\b|\b(?:wrongly|"
                             r"incorrectly|mistakenly)\s+(?:described|reported|called|given)\b", re.I)
"""A correction's words for what the copy said before ("An earlier version of this article … described the result
as a Conservative gain"): the outcome it names there is taken back."""


VOIDED = re.compile(r"\b(?:earlier|original|first)\s+(?:declaration|announcement)\b[^.;]*\b(?:is|was|has\s+been)\s+"
                    r"(?:void|annulled|rescinded|withdrawn|scrapped|wrong)\b", re.I)
"""A figure a later declaration makes void: "The earlier declaration of a Conservative majority of 14 is void"."""


PRINTED_SAID = re.compile(r"^\W*(?:an?|our)\s+(?:[\w-]+\s+){0,2}?(?:report|results?\s+(?:table|list|graphic)|table|"
                          r"profile|explainer|article|story|graphic|caption|headline|chart|map|analysis|preview|"
                          r"item|piece|factfile|fact\s+box|sidebar|panel)s?\b[^.;]*?\b(?:said|gave|stated|reported|"
                          r"put|described|listed|showed|had)\b", re.I)
"""A corrections column's account of what was printed, at the head of its sentence: "A report on the Westmoor
council by-election (28 April) said turnout was 31 per cent. It was 21 per cent" — every figure of that sentence
is the one taken back."""


def corrected(claims: list[Claim], text: str) -> list[Claim]:
    """`claims` with a figure a correction takes back marked provisional where it first stood ("Turnout in Hexham
    Vale was 64.1 per cent" before "Correction: at 01:50 we reported turnout … as 64.1 per cent. The correct figure
    is 61.4 per cent"), and the figure it gives instead read as the same kind of figure."""
    if any(c.kind == Kind.OUTCOME for c in claims):
        claims = [replace(c, round="provisional", evidence=c.evidence + ("what a correction says the copy said before",))
                  if c.kind == Kind.OUTCOME and c.round is None and EARLIER_VERSION.search(c.sentence) else c
                  for c in claims]
    claims = [replace(c, round="provisional", evidence=c.evidence + ("a figure the copy calls void",))
              if c.kind in KINDS and c.round is None and VOIDED.search(c.sentence) else c for c in claims]
    claims = [replace(c, round="provisional", evidence=c.evidence + ("what a corrections column says was printed",))
              if c.round is None and c.value is not None and PRINTED_SAID.search(c.sentence) else c for c in claims]
    taken_back = [c for c in claims if c.round == "provisional" and c.value is not None
                  and WE_SAID.search(c.sentence)][:MOST_CORRECTIONS]
    wrong = [(m.start(), m.group(0), WRONG_KINDS[m.group("what").lower()])
             for m, _ in zip(WAS_WRONG.finditer(text), range(MOST_CORRECTIONS))]
    posted = [(m.start(), float(m.group(1).replace(",", ""))) for m, _ in zip(NOT_AS_POSTED.finditer(text),
                                                                            range(MOST_CORRECTIONS))]
    if not taken_back and not wrong and not posted:
        return claims
    out = []
    for c in claims:
        if c.round is None and c.kind in KINDS and any(c.location.start < at and c.value == value for at, value in posted):
            c = replace(c, round="provisional", evidence=c.evidence + ("taken back by a correction later in the copy",))
            # ("the Labour majority in Eastholm is 4,031, not 4,301 as posted at 01:35": the 01:35 entry's 4,301)
        if c.round is None and any(c.location.start < at and c.kind == kind and (c.place is None or c.place in said)
                                   for at, said, kind in wrong):  # (of the place the correction names, if any)
            c = replace(c, round="provisional", evidence=c.evidence + ("taken back by a correction later in the copy",))
        was = next((t for t in taken_back if t.location.start > c.location.start and t.kind == c.kind
                    and t.value == c.value and t.unit == c.unit), None)
        if was is not None and c.round is None:
            c = replace(c, round="provisional", evidence=c.evidence + ("taken back by a correction later in the copy",))
        now = next((t for t in taken_back if t.paragraph == c.paragraph and t.location.start < c.location.start
                    and t.unit == c.unit and t.kind != c.kind), None)
        if now is not None and c.round is None and CORRECT_IS.search(c.sentence):
            c = replace(c, kind=now.kind, evidence=c.evidence + (f"the correct {now.kind.value} a correction gives",))
        out.append(c)
    return out


RECOUNT_PENDING = re.compile(r"\brecount\s+(?:is\s+|was\s+|now\s+)?(?:under\s*way|in\s+progress|requested|asked\s+for|"
                             r"called|ordered|demanded|granted)\b|\b(?:asked|called|pressed)\s+for\s+(?:a|the)\s+recount\b|"
                             r"\b(?:requested|demanded|ordered)\s+(?:a|the)\s+recount\b", re.I)
"""A line that tells of a recount still to come: its leads are the first count's ("Recount under way at Kirkby Fell.
… the returning officer agreed because the gap was under 100")."""


RECOUNT_OUTCOME = re.compile(r"\b(?:found|revised|showed|confirmed|changed|gave|put|left|finished)\b", re.I)
"""Words of what a recount did, on the line that tells of it: its figures are the recount's, not the count before."""


def before_recount(claims: list[Claim], text: str) -> list[Claim]:
    """`claims` with the leads and counts of a line that tells of a recount to come, and not its result, marked
    provisional: the count the recount was asked of."""
    if "recount" not in text.lower():
        return claims
    out = []
    for c in claims:
        if c.kind in KINDS and c.round is None and RECOUNT_PENDING.search(line := line_of(text, c.location.start)) \
                and not REVISED.search(line) and not RECOUNT_OUTCOME.search(line):
            c = replace(c, round="provisional", evidence=c.evidence + ("before the recount the copy tells of",))
        out.append(c)
    return out


def superseded(claims: list[Claim], text: str) -> list[Claim]:
    """`claims` with the figures a later revision of the same contest replaces marked provisional. `text`: the
    document's, for the line a figure stands on ("Recount result in Pelham Cross: … the figures have changed.
    Sam Idowu (Lab) 15,221 …")."""
    claims = before_recount(corrected(claims, text), text)
    revising = {c.paragraph for c in claims if c.kind in KINDS and REVISED.search(line_of(text, c.location.start))}
    if not revising:
        return claims
    # what each revising paragraph gives: each side's (or place's) figure of each kind
    given: dict[int, dict[tuple, set[float]]] = {}
    places: dict[int, set[str]] = {}
    sides: dict[int, set[str]] = {}
    for c in claims:
        if c.paragraph in revising:
            if c.place:
                places.setdefault(c.paragraph, set()).add(c.place)
            if c.subject:
                sides.setdefault(c.paragraph, set()).add(c.subject)
            if c.kind in KINDS and c.value is not None:
                given.setdefault(c.paragraph, {}).setdefault((c.kind, c.subject), set()).add(c.value)
    last = max(revising)
    # an earlier paragraph is revised when a figure of it is given otherwise by a later revision of the same place
    # (or, where the revision names no place, of the same side): then all its figures are ("Rees (LD) 1,413 …
    # Majority 68" before "Revised figures: Rees (LD) 1,402 … majority now 57"); a headline that already gives
    # the revised figure is not
    revised = {c.paragraph for c in claims if c.kind in KINDS and c.value is not None and c.paragraph < last
               and c.paragraph not in revising and c.subject
               and any(p > c.paragraph and (c.place in places[p] if c.place and places.get(p) else
                                            c.subject in sides.get(p, ()))
                       and (vals := given.get(p, {}).get((c.kind, c.subject))) and c.value not in vals
                       for p in revising)}
    # a revision that names no place is of the place it revises ("Update to our 01:15 post: … revised figures")
    of_place: dict[int, str] = {}
    for p in revising:
        if not places.get(p):
            named = {c.place for c in claims if c.paragraph in revised and c.paragraph < p and c.place
                     and c.subject and c.subject in sides.get(p, ())}
            if len(named) == 1:
                of_place[p] = named.pop()
    out = []
    for c in claims:
        if c.kind in KINDS and c.round is None and c.paragraph in revised:
            c = replace(c, round="provisional", evidence=c.evidence + ("revised later in the copy",))
        elif c.place is None and c.paragraph in of_place:
            c = replace(c, place=of_place[c.paragraph], evidence=c.evidence + ("the place its revision is of",))
        out.append(c)
    return out


def line_of(text: str, at: int) -> str:
    """The line of `text` that holds position `at` (at most 600 characters either side)."""
    start = text.rfind("\n", max(0, at - 600), at) + 1
    end = text.find("\n", at, at + 600)
    return text[start:end if end >= 0 else at + 600]
