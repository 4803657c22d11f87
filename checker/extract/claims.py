"""The claim component: turn the readings of a Doc into Claim values.

After this component nothing downstream touches spaCy: the Doc carries a list of
plain `Claim`s (with positions into the text) and of `Mention`s.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from ..model import (VOTERS_FIGURE, RECOUNT_TOLD, ARTICLE_REGION, COUNTED_APART, EARLY_ROW, FIRST_ROUND_SAID, WHOLE_OF_PART, BY_ELECTION_SCOPE, FIRST_ROUND_LEAD_TOLD, SECOND_ON, OTHER_RACE, STAGE_TOTAL, COUNCIL_SCOPE, EARLIER_YEARS, INTERMEDIATE, NOTIONAL, RUNNING_TALLY, SPLIT_PART, TO_A_MAJORITY, OPEN_TOTAL_ROW, STV_WORDS, TOTAL_ROW, TWO_PARTY, UNSAID_TIER, Change, Claim, Kind,
                     Location, Mention, Modality)
from ..numbers import ORDINALS, find_figure, parse_number
from ..ruleset import Chamber, RuleSet
from .context import CHAMBER_PREFIX, VOTERS_OWN, Context, Owner, is_namesake
from .election import CopyDate, copy_date
from .gazetteer import CAPS_HEADING, LABEL_WORDS, Span, country_pattern
from .outcomes import OutcomeReader
from .portions import contested_portions
from .revisions import line_of, superseded
from .tables import row_label
from .reading import (DISTRICTS_PLURAL, FINAL_COLUMN, FRACTIONS, PLACE_COLUMNS, PLACE_HEADING, ROUND_ADDED, ROUND_COLUMN, ROUND_START,
                      ROUND_TOTAL, TOGETHER, TRANSFER_COLUMN, Inheritor,
                      Reader, Reading, contested_after, distractor, final_column, is_year, restated, unit_after)
from .tokens import spaced_dash
from .view import View

BOUND_BEFORE_UP_TO = frozenset({"had", "have", "has", "of", "with", "for", "elect", "choose", "cast", "could", "can",
                                "may", "select", "mark", "rank", "give", "use", "take", "get"})
"""Words before "up to N" that make it a bound ("had up to three crosses"), not a rise to N."""
SHED_VERBS = frozenset({"shed", "lost", "dropped", "surrendered", "ceded", "conceded", "haemorrhaged", "bled",
                        "sheds", "loses", "drops", "gave"})
"""Verbs of a party's losing points, after the points and the party ("the 10.7 points the Conservatives shed")."""
RANK_BEFORE = {"came", "finished", "placed", "was", "ended", "coming", "finishing", "into", "to",
               "in", "were", "is", "be", "come", "finish", "slipped", "dropped", "fell", "pushed", "comes",
               "finishes", "ends", "slips", "drops", "falls", "trails", "trailed"}
RANK_MOVES = {"slipped", "dropped", "fell", "pushed", "relegated", "slumped", "sank", "climbed", "rose", "slip",
              "slips", "drops", "falls", "sinks", "climbs", "rises",
              "trail", "trailed", "trailing", "came", "finished", "ended", "was", "were"}
"""Verbs before "to third", "in third": a finishing place reached."""
SEAT_TAKERS = {"took", "taking", "takes", "won", "winning", "claimed", "claiming", "secured", "securing", "filled",
               "grabbed"}
"""Verbs before "the third seat" in a ward of several seats."""
PUSHING = {"pushing", "pushed", "pushes", "push", "relegating", "relegated", "forcing", "forced", "beating"}
"""Verbs that put someone else in a place ("pushing the Conservatives into third")."""
RANK_TAKEN = {"took", "taking", "takes", "claimed", "claiming", "secured", "securing", "won", "grabbed"}
"""Verbs before "second place": the place the subject finished in."""
RANK_AFTER = {",", ".", "place", "with", "on", "in", "behind", "after", "and", "–", "-", ";", "spot", ":",
              "", "\n", "by", "ahead", "at", "as", "for", "while", "but", "–", "(", ")"}
ATTRIBUTE_NOUNS = {"majority": Kind.MAJORITY, "majorities": Kind.MAJORITY, "share": Kind.SHARE,
                   "vote": Kind.VOTES, "votes": Kind.VOTES, "seats": Kind.SEATS, "mps": Kind.SEATS,
                   "tally": Kind.SEATS, "turnout": Kind.TURNOUT, "lead": Kind.MARGIN}
SAME_NOUN_WINDOW = 4
SEAT_TIERS = {"constituencies": "constituency", "constituency": "constituency", "list": "list", "lists": "list",
              "regional": "regional list", "top-up": "top-up", "electorate": "constituency",
              "electorates": "constituency"}
"""Words for one tier of a mixed system's seats; the values are words `checks.consistency` takes as partial."""
TIER_MEMBERS = {"seats", "seat", "msps", "msp", "mss", "ms", "ams", "members", "mps", "places", "councillors"}
QUOTED_CONFIDENCE = 0.7
"""A figure in direct speech is the speaker's, rounded as people speak: below the confidence an error needs."""
SEAT_KINDS = {Kind.SEATS, Kind.TOTAL_SEATS, Kind.SEAT_CHANGE}


CHANGE_KINDS = {Kind.SEATS: Kind.SEAT_CHANGE, Kind.SHARE: Kind.SHARE_CHANGE}
"""The kind of a change's size told before it, by the kind of its figures."""
COUNT_PROGRESS = re.compile(r"\b\d[\d,]*\s+of\s+(?:the\s+)?\d[\d,]*\s+(?:seats|constituencies|wards|results|"
                            r"councils)\s+(?:now\s+)?(?:declared|counted|reported|called)\b", re.IGNORECASE)
"""A note of how far a count has got: "with 640 of 650 seats declared"."""
VOTE_PROGRESS = re.compile(r"\bwith (?:(?:an? )?(?:about|some|nearly|roughly|just|only|almost|around|approximately|"
                           r"estimated|over|under|more than|less than) )*\d{1,2}(?:\.\d+)?\s*(?:%|per ?cent) "
                           r"(?:of (?:the )?(?:expected |estimated )?(?:vote|votes|ballots|precincts|polling places|booths"
                           r"|boxes)\s+)?(?:now\s+)?(?:counted|reporting|tallied|reported|in(?=\s*[,;:)]))"
                           r"|\b(?:by|after)\s+the\s+\d+(?:st|nd|rd|th)\s+of\s+(?:the\s+)?\d+\s+rounds?\b"
                           r"|\bafter\s+\d+\s+of\s+(?:the\s+)?\d+\s+rounds\b", re.IGNORECASE)
# (India's "by the 12th of 24 rounds his lead had crossed 70,000": part-way; not "after 24 rounds of counting")
"""A note of how far the counting of votes has got, short of the whole: "with 92% of the expected vote counted"."""
PROGRESS_LINE = re.compile(r"(?:^|[-–—:.]\s)\d{1,2}(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:of\s+(?:the\s+)?(?:enrolled\s+|"
                           r"expected\s+|estimated\s+|registered\s+)?(?:voters|vote|votes|ballots|enrolment|precincts|"
                           r"booths)\s+)?(?:now\s+)?(?:counted|reporting)\b", re.IGNORECASE)
"""A live entry's line that opens with how far the count has got ("20:30 - 18.4 percent of enrolled voters counted.
Labor's Josh Nguyen leads …"): its figures are a running count's."""


ENTRY_LABEL = re.compile(r"[ \t>*_#-]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—:]?\s*)?((?:[^\s:.]+\s+){0,3}[^\s:.]+):")


PARTIAL_COUNT_LABEL = re.compile(r"\b(?:first|early)\s+(?:booths?|precincts?|polling\s+places?|returns?)\b|"
                                 r"\bbooths?\s+in\b", re.IGNORECASE)
"""A live entry's label that puts its figures in a part of the count ("First booth in: …"); not "Summary so far:"."""
FOREIGN_CHAMBER = "a chamber of another country: "
"""The scope of seat figures of a chamber of a country no rule file sizes, named by a name several countries' share
("the House of Representatives" in copy about Nigeria): the article's own, never compared across articles."""
RECOUNT_WORD = re.compile(r"\b(?:after|following|at|in|on)\s+(?:a|the)\s+(?:full\s+|judicial\s+|second\s+|manual\s+)?"
                          r"recount\b|\bthe\s+(?:\w+\s+)?recount\b|\b(?:asked|called|applied|pressed)\s+for\s+a\s+recount\b|\brecount\s+(?:was|had\s+been|were)\s+(?:then\s+)?(?:held|requested|called|ordered|"
                          r"demanded|carried\s+out|granted)\b|\b(?:the|a)\s+(?:full\s+|judicial\s+|manual\s+)?recount\s+"
                          r"(?:found|gave|showed|put|confirmed|changed|reduced|cut|increased|left|moved)\b|\brecounted\b",
                          re.IGNORECASE)
"""Words of a recount held (not "wide enough to avoid an automatic recount")."""
RECOUNT_AVOIDED = re.compile(r"\b(?:avoid|avoided|avoiding|trigger|triggered|triggering|without|no|escape|escaped|"
                             r"prevent|prevented|would|could|might|spared?)\b[^.;]*$", re.IGNORECASE)
"""Before a recount: one not held ("wide enough to avoid the automatic recount")."""
RECOUNTED_KINDS = frozenset({Kind.VOTES, Kind.VOTES_CAST, Kind.MAJORITY, Kind.MARGIN})
"""Figures a recount changes."""
RECOUNT_AHEAD = re.compile(r"\brecount\s+(?:is|was)\s+(?:expected|likely|due|requested|called|ordered)\b|"
                           r"\b(?:expected|likely|due)\s+(?:to\s+)?(?:a\s+|go\s+to\s+a\s+)?(?:judicial\s+)?recount\b|"
                           r"\bjudicial\s+recount\s+(?:is|will)\b", re.IGNORECASE)
"""A recount still to come: the figures told beside it are the count before it."""


def _entry_label(text: str, c: Claim) -> str:
    """A live entry's label of up to four words before its first colon ("19:42 - First booth in: Ferntree Road …"):
    said of every figure of the entry's line, whatever sentence of it the figure is in (not a sentence's words before
    a colon: "A quick recap of the night so far: …")."""
    m = ENTRY_LABEL.match(line_of(text, c.location.start))
    return m.group(1) if m is not None else ""


def _counting_so_far(c: Claim, text: str) -> re.Match[str] | None:
    """Where the claim's sentence, or its live entry's line, says how far the count has got."""
    return VOTE_PROGRESS.search(c.sentence) or PROGRESS_LINE.search(line_of(text, c.location.start))


NAMESAKE = "namesake"
"""A person mention's `via` when the copy says it is another person of the name (resolve keeps them apart)."""
STV_ROUNDS = frozenset({"first count", "initial count"})
"""Provisional words that in a count by single transferable vote name its first round."""
ORDINAL_ROUND = re.compile(rf"\b{SECOND_ON}\s+(?:round|ballot|count|stage)\b|\bstage\s+[2-9]\b", re.IGNORECASE)
FINAL_SAID = re.compile(r"\b(?:final|last|deciding)\s+(?:round|ballot|count|vote|stage)\b|\brun-?off\b", re.IGNORECASE)
LATER_ROUND_HEAD = re.compile(rf"\s*(?:{SECOND_ON}\s+and\s+)?(?:{SECOND_ON}|final|last)\s+(?:round|count|ballot|stage)\b"
                              r"|\s*run-?off\b|\s*after "
                              r"(?:preferences|transfers)\b", re.IGNORECASE)
"""A paragraph's opening words that put all its figures in a later round: "Second round: …", "Run-off: …"."""
LATER_ROUND_LEAD_IN = re.compile(r"(?:\b(?:final|second|last|2nd)\s+(?:round|count|totals?|tally|result|results|"
                                 r"figures|stage)|\bafter (?:second[- ]preferences|transfers|preferences|the redistribution)"
                                 r"|\brun-?off)\b[^.:]{0,40}:\s*$", re.IGNORECASE)
"""The end of the line before a list that makes it a later round's: "… Final totals:", "After transfers:"."""
PARTY_BALLOT = re.compile(r"(?<![\w-])(?<!two )party[- ]votes?\b|\b(?:regional )?list votes?\b|\bsecond[- ]votes?\b"
                          r"|\bzweitstimmen\b|\bparty lists?\)", re.IGNORECASE)
"""Words of a mixed system's party ballot (New Zealand's "party vote", Holyrood's "regional list vote", Germany's
"second votes (party lists)"), counted apart
from the candidates'."""
WIDE_CAPTION = re.compile(r"\bregion\b|\ball (?:\d+ )?seats\b|\bnational(?:ly)?\b|\bregion-wide\b|\bcounty-wide\b", re.I)
"""A table's caption over a whole region's figures ("Northern region, all seats")."""
REGION_CAPTION = re.compile(r"\bregion(?:-wide)?\b", re.I)
"""A table's caption that names a region: its seats are the region's ("East Midlands region, European Parliament
election"), never the chamber's."""
WIDE_AFTER = re.compile(r"[^,;]*?\bacross (?:the|all|its|this) (?:region(?:'s|’s)?|wider|[\w-]+ seats\b|\d+ seats\b)", re.I)
"""After a party's figure in its clause: the region's ("… per cent of the vote across the region's 29 seats")."""
REGION_HAS = re.compile(r"\bthe region(?:'s|’s)? (?:now )?(?:has|have|had|will have|elects|returns|sends)\b", re.I)
"""A region's members told as the region's: "the region now has 17 MSPs: SNP 9, …"."""
WIDE_BEFORE = re.compile(r"^\W*(?:across|throughout) the (?:whole |entire )?(?:county|region|country|city|borough|"
                         r"district|state|province)\b|^\W*(?:county|region|country|nation)-?wide\b", re.I)
"""A sentence opened so is about a whole area: "Across the whole county, turnout was 35.2 per cent"."""
PARTY_VOTE = "party vote"
"""The `round` of a party ballot's figures: another count than the candidates' in the same seat."""
CHAMBER_VOTE = "chamber vote"
"""The `round` of a vote among a chamber's own members ("Marsh won by 36 votes to 33 at the council's annual
meeting"): another contest than the election of those members."""
PRIMARY_ROUND = "primary"
"""The `round` of a party primary's figures ("came through a contested Democratic primary in May, beating Tom
Whitaker with 58,204 votes"): another contest than the general election the story reports."""
PRIMARY = re.compile(r"(?<!-)\bprimar(?:y|ies)\b(?!\s+(?:votes?|count|tally|share|support|preferences?|schools?|care|"
                     r"sources?|reasons?|concerns?|goals?|aims?|focus|targets?|purpose|role|cause|teachers?|head|"
                     r"pupils?|education|healthcare|residence|carer|colours?|objective|duty|job))",
                     re.IGNORECASE)
"""A sentence about a party primary; not Australian copy's "primary vote" (first preferences)."""
PREFERENTIAL_PRIMARY = re.compile(r"\bprimary[\s-]+votes?\b|\bon\s+primaries\b|\bprimaries\s+(?:count|tally)"
                                  r"|\btwo[\s-]+party[\s-]+preferred\b|\bfirst\s+preferences\b", re.IGNORECASE)
FIRST_ROUND_LEAD = re.compile(r"\b(?:first[- ](?:round|preferences?|count)|primary[- ]vote)\s+(?:lead|majority|margin|deficit)"
                              r"\s+(?:of\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+)?"
                              r"(?:just\s+|only\s+)?$|\b(?:the\s+)?first\s+(?:round|count|ballot|stage)\s+by\s+"
                              r"(?:just\s+|only\s+)?$|\bon\s+first\s+preferences\s+by\s+(?:just\s+|only\s+)?$",
                              re.IGNORECASE)
"""A lead said to be the first round's, right before its figure: "her first-round lead of 22,105", "led the first
round by 1,638 votes"."""
FIRST_PREFERENCES_AFTER = re.compile(r"\s+(?:votes?\s+(?:on|in)\s+)?first[- ]preference(?:s|\s+votes)\b|"
                                     r"\s+(?:votes?\s+)?(?:after|on|in|at)\s+the\s+first\s+(?:round|ballot|stage)\b|"
                                     r"\s+(?:votes?\s+)?(?:ahead|behind|clear)?\s*(?:at|after)\s+stage\s+(?:1|one)\b",
                                     re.IGNORECASE)
"""Right after a figure: the first round's ("trailed Wray by 8,252 first preferences", "led by 15,447 votes after the
first round"), whatever else its sentence says of the final one."""
LATER_STAGE = (r"(?:count|stage|round|ballot)\s+(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|eleven|"
               r"twelve)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th)\s+"
               r"(?:count|stage|round|ballot)")
"""A stage of a count after the first: "Count 3", "round two", "Third ballot"."""
LATER_ROUND_LINE = re.compile(rf"[\s*_#]*(?:(?:final|last)\s+(?:round|count)|run-?off|{LATER_STAGE})\b[^.:\n]{{0,50}}$",
                              re.IGNORECASE)
"""A heading line over a list, of a later round: "SECOND ROUND (second preferences added)", "**RUN-OFF, OCT 27**"."""
FIRST_ROUND_BEFORE = re.compile(r"\b(?:on|in|with)\s+(?:first[- ]preferences?|primary\s+votes?|the\s+first\s+count|"
                                r"primaries)\s+(?:with\s+)?(?:[\d,]+\s+votes\s+\(\s*)?$", re.IGNORECASE)
"""Right before a count or share: the first round's ("who led on first preferences with 38,420 votes (39.8
percent)"), whatever the sentence says of the final count after it."""
FIRST_ROUND_OPENER = re.compile(r"\s*(?:On|In)\s+(?:first[- ]preferences?|primary\s+votes?|the\s+primary\s+vote|"
                                r"the\s+first\s+round|primaries)\b", re.IGNORECASE)
"""A sentence that opens on the first count: "On primary votes Ms Ramanathan finished with 38.4 per cent, …" (not
"On the first count", which may be one a recount replaced)."""
FIRST_PREFERENCES = re.compile(r"\bfirst[- ]preferences?\b|\bfirst[- ]round\b", re.IGNORECASE)
PREFERENCES_DISTRIBUTED = re.compile(r"\bdistribution of preferences\b|\bpreferences (?:were|are|have been) "
                                     r"distributed\b", re.IGNORECASE)
RUN_OFF_SAID = re.compile(r"\brun-?offs?\b", re.IGNORECASE)
"""A run-off told of: the copy gives rounds, and a list headed "RUN-OFF" is the later one's."""
PRIMARY_VOTES = re.compile(r"\bprimary votes?\b|\bprimaries\b|\bon primaries\b", re.IGNORECASE)
_RELATIVE = re.compile(r"[,(–—]\s*(?:who|which|whose|having)\b")
_EARLIER_CLAUSE = re.compile(r"\b(?:after|when|once)\s[^,.;]{0,60}?\bhad\b")
_NEXT_CLAUSE = re.compile(r";|,?\s+but\s|,?\s+whereas\s|,?\s+while\s")


POINTING_BACK = re.compile(r"\b(?:that|this|the\s+same)\s+$", re.I)
"""Words before a figure the copy has given already: "defending that 421-vote cushion"."""
LEADS_TOLD = (Kind.MAJORITY, Kind.MARGIN)


WINNING_LEAD = re.compile(r"\b(?:winning|final|decisive|eventual)\s+(?:margin|majority|lead)\s+(?:of\s+)?$", re.I)
"""Right before a lead in a count told in rounds: the final round's ("her winning margin of 21,124")."""
STORY_KINDS = (Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN)
THIS_TIME = re.compile(r"\b(?:this (?:time|year|week|month)|now|today|tonight|on thursday|on friday)\b", re.I)
"""Words that bring a story back to the election it reports ("In 2016 she beat him by 1,982. This time …")."""


def _story_goes_on(claims: list[Claim]) -> list[Claim]:
    """A person's figure that names no year, in the sentence right after one that dates that person's figures to one
    earlier year, in the same paragraph ("Mr Keeling came first on first preferences in 2021 with 44.1 per cent …
    After second preferences were added, he beat Ms Dunmore by 17,648 votes"): the same election's."""
    dated: dict[tuple[int, str], set[int | None]] = {}  # (sentence start, subject) → the years of its figures
    starts: dict[str, int] = {}
    for c in claims:
        if c.kind in STORY_KINDS and c.subject_kind == "person" and c.subject \
                and c.modality in (Modality.ACTUAL, Modality.HISTORICAL):
            key = (c.location.start - max(0, c.sentence.find(c.text)), c.subject)
            dated.setdefault(key, set()).add(c.year if c.modality == Modality.HISTORICAL else None)
            starts[c.sentence] = key[0]
    if not any(None not in ys for ys in dated.values()):
        return claims
    by_paragraph: dict[int, list[int]] = {}
    for c in claims:
        if c.sentence in starts:
            by_paragraph.setdefault(c.paragraph, []).append(starts[c.sentence])
    out = []
    for c in claims:
        if c.kind in STORY_KINDS and c.subject_kind == "person" and c.year is None and c.modality == Modality.ACTUAL \
                and c.sentence in starts and not THIS_TIME.search(c.sentence):
            here = starts[c.sentence]
            before = [x for x in sorted(set(by_paragraph.get(c.paragraph, ()))) if x < here]
            years = dated.get((before[-1], c.subject)) if before else None
            if years is not None and len(years) == 1 and (year := next(iter(years))) is not None:
                c = replace(c, year=year, modality=Modality.HISTORICAL,
                            evidence=c.evidence + (f"the election of the sentence before ({year})",))
        out.append(c)
    return out


def _pointed_back(claims: list[Claim]) -> list[Claim]:
    """A lead the copy points back to ("He won the seat by 412 votes … defending that 421-vote cushion") is the lead
    it told last, of the same side: the same election, count and seat, so the two are compared (and a slip between
    them found), whatever the words around the second say of the time."""
    last: dict[str | None, Claim] = {}
    by_value: dict[float, Claim] = {}
    changed: dict[int, Claim] = {}
    for c in sorted(claims, key=lambda c: c.location.start):
        if c.kind not in LEADS_TOLD or c.unit != "votes" or c.value is None:
            continue
        at = c.sentence.find(c.text)
        prev = last.get(c.subject) or (last.get(None) if c.subject is None else None)
        if at > 0 and prev is not None and POINTING_BACK.search(c.sentence, max(0, at - 12), at) \
                and prev.modality in (Modality.ACTUAL, Modality.HISTORICAL):
            c = changed[c.index] = replace(c, modality=prev.modality, year=prev.year, round=prev.round,
                                           place=c.place or prev.place,
                                           evidence=c.evidence + (f"the lead told before, pointed back to ('that …')",))
        elif (told := by_value.get(c.value)) is not None and told.modality == Modality.HISTORICAL \
                and c.modality == Modality.ACTUAL and c.year is None and told.sentence != c.sentence \
                and c.subject in (None, told.subject):
            # "… with a majority of 14,696 [at last July's general election]. … a six-vote majority and a 14,696-vote
            # majority can exist in the same seat": the earlier election's lead, told again
            c = changed[c.index] = replace(c, modality=told.modality, year=told.year, round=told.round,
                                           evidence=c.evidence + ("the same lead as an earlier election's, told again",))
        last[c.subject] = c
        by_value.setdefault(c.value, c)
    return [changed.get(c.index, c) for c in claims] if changed else claims


CHANGE_OF = {Kind.SHARE_CHANGE: {Kind.SHARE, Kind.TURNOUT, Kind.MAJORITY_SHARE}, Kind.SEAT_CHANGE: {Kind.SEATS}}
"""The kinds of figure a change's size of each kind may be a change of."""
NEARLY_ALL_COUNTED = 95.0
"""A running tally with this much of the vote counted is the count a story reports ("with 99% of the vote counted")."""


def _latest_tally(claims: list[Claim], text: str) -> list[Claim]:
    """A story's last running tally, with nearly all the vote counted, is its count ("With an estimated 99% of the
    vote counted, Brandt had 742,118 votes … Brandt won by 41,878 votes"; a live blog's last update), unless a later
    paragraph gives those sides other counts; the earlier tallies, and a tally part-way, stay provisional."""
    tallies = [c for c in claims if RUNNING_TALLY in c.evidence]
    if not tallies:
        return claims
    last = max(c.paragraph for c in tallies)
    latest = {c.index for c in tallies if c.paragraph == last}
    told_at = [float(m.group(1)) for c in tallies if c.index in latest
               for p in [_counting_so_far(c, text)] if p is not None
               for m in [re.search(r"(\d{1,2}(?:\.\d+)?)\s*(?:%|per ?cent)", p.group(0))] if m is not None]
    if not told_at or min(told_at) < NEARLY_ALL_COUNTED:
        return claims  # ("With 64% of precincts reporting, Ruiz led Hale 40,210 to 38,770": part of the count)
    told = {(c.subject, c.value) for c in tallies if c.index in latest and c.kind == Kind.VOTES}
    subjects = {s for s, _ in told}
    if any(c.kind == Kind.VOTES and c.round is None and c.subject in subjects and c.paragraph > last
           and (c.subject, c.value) not in told for c in claims):
        return claims  # ("With 99% counted, Delgado had 701,386 … The final count gave her 702,912")
    return [replace(c, round=None, evidence=tuple(e for e in c.evidence if e != RUNNING_TALLY))
            if c.index in latest else c for c in claims]


STAGE_TOTALS = re.compile(r"\brunning totals?\b|\btotals? after (?:stage|count|round)\b|\bafter stage \d+\b",
                          re.IGNORECASE)
"""A count's totals between its stages: "Stage 2 - Neil Boyd excluded. … Running totals: MacLeod 2,285, …"."""
TWO_PARTY_SHARE_AFTER = re.compile(r"\s*(?:%|per ?cent)?\s+of the two[- ](?:party|candidate)", re.IGNORECASE)
"""After a share: "56.1 per cent of the two-party vote", the final count's share."""
OF_THEM = re.compile(r"\s+of (?:them|those|these)\b", re.IGNORECASE)
"""After a party's seats: "won nine of them", some seats the copy counted just before, not the chamber's."""
OF_THEM_LABEL = "those the copy counts"
LATER_STAGE_LINE = re.compile(rf"\W*(?:{LATER_STAGE})\b\W", re.I)
"""A line labelled with a stage of a count after the first ("**Count 3.** Nolan (1,435) excluded: …", "Round two:
Ives 19, Denby 15", "Third ballot: …")."""
FINAL_ON_LINE = re.compile(r"\bfinal(?:ly)?\b|\bdeclared\b", re.IGNORECASE)
"""A later stage's line that also gives the final count: its figures are the result's."""


def _stage_totals(claims: list[Claim], text: str) -> list[Claim]:
    """The totals a count by transfers gives after a stage short of the last: a round between the first and the
    final, each stage's another figure (never one fact with the first preferences, nor with the next stage's). So are
    the counts and leads of a line labelled with a later stage that nothing else placed in a round ("**Count 3.**
    Nolan (1,435) excluded: …", "- **Stage 9.** Toal took the last seat, beating Doak by 96 votes, 1,402 to 1,306"),
    unless the line says they are the first count's ("Gorman, 8,904 on the first count")."""
    out = []
    for c in claims:
        if c.kind in (Kind.VOTES, Kind.SHARE) and c.round is None and STAGE_TOTALS.search(c.sentence):
            c = replace(c, round=INTERMEDIATE, evidence=c.evidence + (STAGE_TOTAL,))
        elif c.kind in ROUND_KINDS and c.round is None and not c.column and c.text[:1] != "+" \
                and ROUND_START not in c.evidence and not FIRST_ROUND_SAID.search(c.sentence) \
                and (m := LATER_STAGE_LINE.match(line := line_of(text, c.location.start))) is not None \
                and not FINAL_ON_LINE.search(line):  # (not "Third ballot: … Final result: Hoyt 13,426, Patel …")
            c = replace(c, round=INTERMEDIATE, role=None, evidence=c.evidence + (
                *((STAGE_TOTAL,) if c.kind == Kind.VOTES else ()),
                f"on the line of a later stage ('{m.group(0).strip(' *_-:.')}')"))
        out.append(c)
    return out


def _provisional_totals(claims: list[Claim]) -> list[Claim]:
    """The ballots, shares and leads a paragraph of a count before the declared one gives, naming no count of their
    own, are that count's: "The validated count … had Lavallée at 23,118 … Because that was less than one one-thousandth of the 57,936
    valid votes cast, a recount was automatic"."""
    early: dict[int, bool] = {}
    for c in claims:
        if c.kind == Kind.VOTES:
            early[c.paragraph] = early.get(c.paragraph, True) and c.round == "provisional"
    return [replace(c, round="provisional") if c.kind in (Kind.VOTES_CAST, Kind.SHARE, Kind.MARGIN, Kind.MAJORITY)
            and c.round is None and c.year is None and early.get(c.paragraph)
            and not any(e.startswith("to of the ") for e in c.evidence) else c for c in claims]
    # (but not a change's later side: "The margin narrowed from 35 to one": where the count ended up)
    # (and its shares and leads: "With 99% of the expected vote counted, Delgado had 701,386 votes … That works out to
    # 48.3 percent for Delgado")


def _said_of(words: re.Pattern, c: Claim, found: dict[tuple[str, str], list[re.Match[str]]] | None = None) -> bool:
    """Whether the words are said of the claim's figure: not only in a relative clause that follows it ("to
    22,388 for X, who had been leading at the first polls reported"), nor only in another clause ("trailed by
    more than 11,000 votes on primaries but won by 2,782 after preferences were distributed"). `found`: the
    words' matches in each sentence, looked for once a sentence, not once a figure (one article's)."""
    at = c.sentence.find(c.text)
    if found is None:
        matches = list(words.finditer(c.sentence))
    elif (matches := found.get((words.pattern, c.sentence))) is None:
        matches = found[(words.pattern, c.sentence)] = list(words.finditer(c.sentence))
    for m in matches:
        if m.group(0).lower() == "so far" and _SUPERLATIVE_SO_FAR.search(c.sentence, 0, m.start()):
            continue  # "the narrowest result of the election so far": results to date, not a count before the last
        if _QUALIFYING.search(c.sentence, 0, m.start()):
            continue  # "narrowly missed the run-off with 9,876 votes": the first round's count that fell short of it
        if at < 0:
            return True
        lo, hi = (at, m.start()) if m.start() > at else (m.end(), at)
        if m.start() > at and (_RELATIVE.search(c.sentence, lo, hi) or (
                (e := _EARLIER_CLAUSE.search(c.sentence, lo)) is not None and e.start() <= m.start() and e.end() >= m.end())):
            continue  # (nor in a clause of what had happened before: "by 7 votes after election-night figures had
            # shown the Bloc ahead")
        if m.start() > at and _OTHER_FIGURE.search(c.sentence, lo + len(c.text), hi):
            continue  # "Her 23.1 per cent is below the 23.4 per cent the tallies gave her": the other figure's
        if m.start() > at and FIRST_ROUND_SAID.search(c.sentence, lo + len(c.text), hi) \
                and not FIRST_ROUND_SAID.match(m.group(0)):
            continue  # "126 votes ahead at stage 1 and still 15 ahead at stage 4": the first round's
        if _NEXT_CLAUSE.search(c.sentence, lo, hi) and not (m.end() <= at and _LABEL_END.match(c.sentence, m.end())):
            continue  # (but a label's words are said of its whole list: "Final ballot: Beaulieu 8,884; Dueck 8,818")
        return True
    return False


_LABEL_END = re.compile(r"[\s*_]*:")


_QUALIFYING = re.compile(r"\b(?:missed|miss|misses|missing|reach|reached|reaches|reaching|made|make|makes|making|"
                         r"qualified\s+for|qualify\s+for|qualifies\s+for|through\s+to|advanced\s+to|advance\s+to|"
                         r"into|short\s+of)\s+(?:the\s+|a\s+)?$", re.I)
"""Before "the run-off", "the second round": a first round's figures that did or did not earn a place in it."""
_SUPERLATIVE_SO_FAR = re.compile(r"\b(?:of|on|in)\s+the\s+(?:election|night|campaign|evening|day|year|morning)\s*$"
                                 r"|\b(?:summary|round-?up|recap)\s*$", re.I)
# (and a live page's "Summary so far: Labour have … gained Holmeford and Tarleigh, where Grace Whitfield's 3,290-vote win
# …": the results declared to date)
"""Before "so far": the results to date that a superlative ranks ("the narrowest result of the election so far")."""
_OTHER_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|pc\b|percent|votes|seats)|\bnot\s+the\s+\d[\d,]*\b"
                           r"|\bfrom\s+(?:a\s+|the\s+|just\s+|only\s+)?\d[\d,]*"
                           r"|\b(?:fewer|more|less|lower|higher|smaller|larger|bigger|narrower|wider)\s+than\s+the\b")
"""Another figure between a claim and the words said of it: they are that figure's ("is now 412, not the 418 we
reported from the first count", "is now 311, up from 299 on the first count", "by 11 votes after a judicial recount,
three fewer than the margin reported on election night")."""
COUNT_TAKERS = frozenset({"took", "takes", "taking", "gained", "gaining", "captured", "capturing", "carried",
                          "picked", "secured", "securing", "won", "wins", "winning"})
"""Verbs of winning that, with the count as their object, only poll it: "Labour's Tom Riley took 6,118" is
fourth as likely as first; "The Green Party's Harriet Ngata won 6,870 votes" is no winner."""
COUNT_HEDGES = frozenset({"just", "only", "a", "mere", "some", "nearly", "almost", "around", "about", "up", "over",
                          "under", "fewer", "than", "more", "barely"})


ANOTHER_CHANGE = frozenset({"up", "down", "rose", "fell", "gained", "lost", "slipped", "climbed", "dropped", "added",
                            "'s", "’s"})
"""Words after a party or person that open its own change ("…, Labour up 11.1 points", "…, Labour's up 2.9")."""

class ClaimMaker:
    """spaCy component: numbers in context → `Claim`s on `doc._.fc_claims`."""

    def __init__(self, ruleset: RuleSet, default_year: int | None = None):
        self.factors = dict(ruleset.factors)
        self.default_year = default_year
        self.chambers = ruleset.chambers
        self.home = ruleset.default_chamber
        self._party_country = {p.name: p.country for p in ruleset.parties if p.country}
        self.home_aliases = frozenset((self.home.name, *self.home.aliases)) if self.home else frozenset()
        self._round_words = _words_pattern(ruleset.words("round.final"))
        self._provisional_words = _words_pattern(ruleset.words("round.provisional"))
        self._chamber_vote_words = _words_pattern(ruleset.words("round.chamber_vote"))
        self._shared_aliases = frozenset(a for a, k in Counter(a for ch in self.chambers for a in set(ch.aliases)).items()
                                         if k > 1)  # ("National Assembly": the Senedd's once, and other countries')
        # An STV count's "first count" is its first round, not a count before a recount
        self._provisional_words_stv = _words_pattern(tuple(w for w in ruleset.words("round.provisional")
                                                           if w not in STV_ROUNDS))
        self._council_words = _words_pattern(ruleset.words("body.council"))
        self._chamber_words = _words_pattern(tuple(
            a for ch in ruleset.chambers for a in (ch.name, *ch.aliases)
            if " " in a or a in ("Commons", "Westminster", "Senedd", "Holyrood", "Stormont", "Senate", "Congress")))
        """Chambers a sentence may name beside a council ("a year after Labour won 411 of the 650 seats in the
        House of Commons"): its figures nearer the chamber are the chamber's."""
        self._regions = frozenset(r.name for r in ruleset.regions)
        self._region_words = {r.name: (r.name, *r.aliases, *r.adjectives) for r in ruleset.regions}
        """Each region's names and adjectives ("Scotland", "Scottish"): whether a sentence names it."""
        self._devolved = {ch.id: ch.region for ch in self.chambers if ch.region}
        """Each devolved parliament's nation ("senedd" → "Wales")."""
        self._devolved_names = {ch.id: (ch.name, *ch.aliases) for ch in self.chambers if ch.region}
        self._home_named = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in (*self.home.aliases, "MPs")) + r")\b") \
            if self.home is not None else None
        """The home chamber named in a sentence ("At Westminster, Wales's 40 MPs …")."""
        home_country = self.home.country if self.home else None
        self._nations_abroad = frozenset(r.name for r in ruleset.regions if r.national and r.country != home_country)
        self._states = frozenset(r.name for r in ruleset.regions if not r.national and r.country != "GB")
        self._countries = dict(ruleset.countries)
        self._country_names = country_pattern(self._countries)
        """Countries' names and adjectives: in a round-up of several countries' parliaments, the one a sentence names
        picks the chamber its seat figures are of."""
        self._us_states = frozenset(ruleset.us_states)
        names = sorted(self._states | set(ruleset.us_states), key=len, reverse=True)
        self._state_names = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        """Any state's or province's name: the state a state chamber's seat figures are of."""
        self._state_chamber_ids = frozenset(ch.id for ch in ruleset.chambers if ch.state)
        self._unsized = frozenset(ch.id for ch in ruleset.chambers if not ch.sizes)
        """Chambers of no fixed size (a state's, New Zealand's): the sizes the copy gives are theirs."""
        """States and provinces: in copy about a state's own legislature, its seats are that chamber's."""
        self._not_names = frozenset(ruleset.words("seat.not_seats"))
        self._party_forms = frozenset(a.lower() for p in ruleset.parties for a in (p.name, *p.aliases))
        self._alliances = frozenset(p.name for p in ruleset.parties if p.members)
        self._members = {p.name: frozenset(p.members) for p in ruleset.parties if p.members}

    def __call__(self, doc: Doc) -> Doc:
        v = View(doc)
        numbers = [i for i, n in enumerate(v.nums) if n is not None]
        why_not = {i: why for i in numbers if (why := distractor(v, i))}
        skip = set(why_not)
        reader = Reader(v)
        readings: dict[int, Reading] = {}
        for i in numbers:
            if i not in skip and (r := reader.read(i)) is not None:
                readings[i] = r
        inherit = Inheritor(v, readings)
        inherit.run(numbers, skip)
        inherit.relabel_parentheses()
        ctx = Context(v, readings, self.default_year, self.home_aliases, self._states, self._us_states)
        # Which election the article reports: --year, else the year the copy names ("the 2024 general
        # election"), else the copy's own date (front matter, dateline, the page's published date).
        year_from = "--year" if self.default_year else "the copy names it" if ctx.current_year else ""
        if not self.default_year:
            document = doc.user_data.get(DOCUMENT)
            dated = copy_date(document.source if document is not None else v.t.text)  # doc.text, read once
            if dated is not None:
                ctx.current_year, year_from = self._year_of(dated, ctx.current_year, year_from,
                                                            doc.user_data.get("fc_country"),
                                                            LOCAL_CONTEST.search(v.t.text) is not None
                                                            and GENERAL_ELECTION.search(v.t.text) is None)
        if ctx.current_year is None and len(columns := {r.year for r in readings.values() if r.slot == "table" and r.year}) > 1:
            # Undated copy whose table gives two elections' columns ("| 2022 share | 2026 share |"): the latest
            # is the one it reports
            ctx.current_year, year_from = max(columns), "the latest year a table's columns name"
        doc.user_data[ELECTION] = (ctx.current_year, year_from)
        t = v.t
        locate = _locator(doc, t.text)
        maker = _Builder(v, ctx, locate)
        claims: list[Claim] = []
        index_of: dict[int, int] = {}
        for i in sorted(readings):
            r = readings[i]
            if r.kind == Kind.CHANGE:
                continue
            claim = maker.claim(r, len(claims))
            if r.source is not None and claim.kind == Kind.SEATS and claim.column is None \
                    and (src := index_of.get(r.source)) is not None and claims[src].kind == Kind.SEATS \
                    and claims[src].column in SEAT_TIERS.values() \
                    and not (v.lower(i + 1) == "(" and v.num(i + 2) is not None):  # (not "Plaid 13 (five and eight)")
                # "won one of the four list seats … The Conservatives took two": the tier its model is of
                claim = replace(claim, column=claims[src].column)
            index_of[i] = len(claims)
            claims.append(claim)
        claims += maker.wholes(readings, claims, index_of)
        claims += maker.together([i for i in numbers if why_not.get(i) == TOGETHER], len(claims))
        claims += maker.ranks(len(claims))
        claims += maker.changes(readings, claims, index_of, self.factors)
        claims = _relative_years(claims, ctx.current_year)
        claims = [c for c in claims if not (c.kind == Kind.RANK and LATER_ROUND_TURN.search(c.sentence))]
        # ("Perdue finished first in November but lost the run-off": a place in an earlier round, not the count's)
        claims = [replace(c, role="loser") if c.kind == Kind.MARGIN and "'deficit'" in c.evidence
                  and c.role in (None, "winner") else c for c in claims]  # "overcame a deficit of 2,800": she trailed
        claims = _row_places(_paragraph_scopes(_earlier_sides(_ranges_over_elections(_elliptic_years(claims)))),
                             _row_heads(v, index_of, PLACE_HEADING.match))
        claims += self._outcome_scopes(OutcomeReader(v, ctx, maker).read(len(claims)), _lede(t.text))
        # up top: to the first paragraph with seats (an HTML page's head, title and byline come before it)
        # and on to the lede where the first is a headline ("Mahayuti sweeps to 230 seats" over "… taking 230 seats
        # in the 288-member Maharashtra Assembly"): the headline and the paragraph that tells it
        seated = sorted({c.paragraph for c in claims if c.kind in SEAT_KINDS})
        top = seated[1] if len(seated) > 1 and seated[1] - seated[0] <= 3 \
            and _is_headline(t.text, next(c for c in claims if c.paragraph == seated[0]).sentence) \
            else seated[0] if seated else 0
        named = {m.name for m in v.mentions if m.kind == "chamber" and v.para_of[m.start] <= max(2, top)}
        anywhere = {m.name for m in v.mentions if m.kind == "chamber"}
        headings = {index_of[i]: name for i in index_of if (name := _line_heading(v, i)) is not None}
        bold = {index_of[i]: name for i in index_of if index_of[i] not in headings
                and (name := _bold_heading(v, i)) is not None}
        rows = _row_heads(v, index_of)
        headings.update(rows)
        doc._.fc_claims = _story_goes_on(_pointed_back(_won_of_fought(_seats_apart(self._seat_subsets(_district_seats(_table_paragraphs(_breakdowns(_seat_groups(_regional_apart(superseded(contested_portions(_quota_seats(_open_totals(_running_totals(
            self._rounds(t.text, self._region_in_sentence(self._councils(self._chambers(_electoral_votes(_parts(v, claims, self._states)), doc.user_data.get("fc_country"), named, anywhere, t.text, doc.user_data.get("fc_countries_named", frozenset())),
                                        _lede(t.text), headings, bold, _section_heads(v), _caps_heads(v), set(rows)))),
                         t.text),
            self._alliances), t.text)), t.text), t.text)), self._members))), t.text), t.text), t.text)))
        doc._.fc_claims = _under_a_chamber_heading(self._tables_of_a_part(doc._.fc_claims, t.text), v)
        doc._.fc_claims = _earlier_years(_council_of_opening(_wholes_of_opening(_wholes_of_tiers(
            _sized_sections(doc._.fc_claims, t.text))), t.text), ctx.current_year)
        doc._.fc_malformed = [
            (locate(t.starts[i], t.ends[i]), t.texts[i], v.nums[i].malformed)
            for i in numbers if v.nums[i].malformed
        ]
        doc.user_data["fc_unclassified"] = [
            locate(t.starts[i], t.ends[i])
            for i in numbers if i not in readings and i not in skip
            and not (v.nums[i].words and v.nums[i].value == 1)
        ]
        doc.user_data["fc_mentions_out"] = [maker.mention(m) for m in v.mentions]
        return doc

    def _year_of(self, dated: CopyDate, named: int | None, named_from: str, country: str | None,
                 local: bool = False) -> tuple[int | None, str]:
        """The election an article reports, given its own date. The date wins over an earlier election the copy
        names: a story dated July 2024 that recalls "the 2019 election" reports 2024. Copy dated before a polling
        day (a preview in February 2015 of "the 2015 general election") reports no election's result: its
        present-tense figures ("the Conservatives hold 303 seats") are the parliament as it stands after
        by-elections and defections, so they are told no election (compared across articles only as a warning)."""
        year, where = dated.year, dated.where
        chamber = next((c for c in self.chambers if c.elections and c.country == country), None) or \
            (self.home if self.home is not None and self.home.elections else None)
        if dated.day is not None and chamber is not None and (named is None or named >= dated.year) \
                and not (local and chamber is self.home):
            # (not a council's or a mayor's result in May, weeks before a general election it never speaks of)
            before = chamber.election_before(dated.day)
            # The election the copy names and has not yet happened; with none named, one within the
            # campaign (CAMPAIGN days ahead): a council by-election in March is not a preview of July's.
            upcoming = [d for d in chamber.elections if d > dated.day and (
                d.year == named if named is not None else (d - dated.day).days <= CAMPAIGN)]
            if before is not None and upcoming:
                return None, (f"{where} ({dated.day.isoformat()}) is before the {upcoming[0].year} polling day: "
                              f"figures of the {chamber.name} as it stood, no election's result")
        if named is not None and named < year and dated.day is not None and chamber is not None \
                and chamber is not self.home and chamber.election_before(dated.day) == named \
                and not any(d.year == year for d in chamber.elections):
            # Copy from abroad dated May 2024 that names "the November 2023 general election": no election of
            # that parliament since, so the one it reports
            return named, f"{named_from}: the last {chamber.name} election before {where}"
        if named is None or year != named:
            return year, where  # (and "The 2026 election will be the first for an enlarged Senedd" in copy of 2024:
            # an election to come, whose results copy of 2024 cannot report)
        return named, named_from

    def _chambers(self, claims: list[Claim], country: str | None, named: set[str] = frozenset(),
                  anywhere: set[str] = frozenset(), doc_text: str = "", countries: frozenset[str] = frozenset()) \
            -> list[Claim]:
        """Seat figures belong to a chamber: one the sentence names ("In the Senate"), else the main
        chamber of the country the article's parties are from; the home chamber stays scope None.
        In an article about one devolved parliament, its nation's seat figures are that parliament's.
        In an article that names a state's own chamber ("the state Senate", "the Montana Legislature"), a
        bare "House" or "Senate" is the state's too, not the Congress's."""
        shared = self._shared_aliases
        devolved = [ch for ch in self.chambers if ch.region and (ch.name in named or (set(ch.aliases) - shared) & named
                                                                 or set(ch.aliases) & named and country == ch.country)]
        # (not "the National Assembly" of South Africa's copy: a name the Senedd once had, and other countries' have)
        about = devolved[0] if len(devolved) == 1 else None
        local = [ch for ch in self.chambers if ch.state and (ch.name in anywhere or set(ch.aliases) & anywhere)]
        # An article about one state's or province's legislature ("taking 40 of the 55 seats in the House of
        # Assembly"): its seat figures that name no chamber are that legislature's, not the country's
        up_top = {ch.id for ch in self.chambers if ch.name in named or set(ch.aliases) & named}
        own = next(iter(up_top), None) if len(up_top) == 1 and up_top <= {ch.id for ch in local} else None
        # A sentence whose seat figures are all of another country's parties ("For comparison, Labor formed
        # government in Australia with 77 of 151 House seats", in New Zealand copy) is that country's chamber's.
        abroad: dict[str, set[str]] = {}
        for c in claims:
            if c.kind in SEAT_KINDS and c.subject_kind == "party":
                abroad.setdefault(c.sentence, set()).add(self._party_country.get(c.subject or "", ""))
        out = []
        text = " ".join(dict.fromkeys(c.sentence for c in claims))
        states_named = {x for x in self._states if x in text}
        chambered = {ch.country for ch in self.chambers if ch.country in countries and ch.country != (
            self.home.country if self.home else None)}  # (the countries named whose chambers the rules hold)
        state_house: dict[tuple[int, str], Chamber] = {}  # (paragraph, name) → a state's chamber the copy sized
        sizes_said = {(c.sentence, c.scope[len(CHAMBER_PREFIX):]): int(c.value) for c in claims
                      if c.kind == Kind.TOTAL_SEATS and c.value and c.scope and c.scope.startswith(CHAMBER_PREFIX)}  # (the states the copy names, whatever its figures' scopes)
        for c in claims:
            scope = c.scope
            if scope in self._nations_abroad and c.kind in SEAT_KINDS:
                scope = None  # "Nationally, the NDA won 293": that country's own chamber, picked below
                c = replace(c, scope=None)
            foreign = abroad.get(c.sentence, set())
            foreign = next(iter(foreign)) if len(foreign) == 1 and country and "" not in foreign \
                and country not in foreign else None
            alias = scope[len(CHAMBER_PREFIX):] if scope and scope.startswith(CHAMBER_PREFIX) else None
            if foreign and c.kind in SEAT_KINDS and (pick := next((
                    ch for ch in self.chambers if ch.country == foreign and (
                        alias in (ch.name, *ch.aliases) if alias else ch.elections)), None)):
                out.append(c if scope == pick.id else replace(c, scope=pick.id))
                continue
            if scope and scope.startswith(CHAMBER_PREFIX):
                alias = scope[len(CHAMBER_PREFIX):]
                named = [ch for ch in self.chambers if alias == ch.name or alias in ch.aliases]
                if local or not any(ch.country == country for ch in named):
                    named = [ch for ch in self.chambers if ch.state and alias in ch.bare
                             and ch.country in (None, "", country)] or named  # (an American state's only in its copy)
                pick = next((ch for ch in named if ch.country == country), None) or \
                    next((ch for ch in named if ch is self.home), None) or \
                    next((ch for ch in named if not (ch.state and ch.country)), None)
                # (not a state's chamber of another country: "the Assembly" in British copy is no Indian state's)
                if pick is not None and country and pick.country and pick.country != country \
                        and len({ch.country for ch in named}) > 1 and " " not in alias and alias != "Commons":
                    # "the 90-member House" in Indian copy is no American chamber (a name several countries' chambers
                    # share): the country's own; but "the 650-seat Commons" in Irish copy is no Dáil
                    pick = next((ch for ch in self.chambers if ch.country == country and ch.elections), None) \
                        or next((ch for ch in self.chambers if ch.country == country), None)
                if pick is not None and pick.country != country and (size := sizes_said.get((c.sentence, alias))) \
                        and pick.sizes and not any(z.seats == size for z in pick.sizes):
                    # "Labour now holds 35 seats in the 122-member House" in copy whose country its parties do not
                    # tell: no 435-seat US House, but a chamber of the size it gives (or of no fixed size)
                    fits = [ch for ch in named if not ch.state and any(z.seats == size for z in ch.sizes)] \
                        or [ch for ch in named if not ch.state and not ch.sizes]
                    pick = fits[0] if len(fits) == 1 else pick
                    if not pick.sizes and countries and pick.country not in countries:
                        # "the 360-seat House of Representatives" in copy that names Nigeria, not New Zealand: a
                        # chamber of the country the copy names, which no rule file sizes; the article's own
                        out.append(replace(c, scope=f"{FOREIGN_CHAMBER}{alias} ({_article_key(doc_text)})"))
                        continue
                elif pick is not None and not pick.state and (size := sizes_said.get((c.sentence, alias))) \
                        and pick.sizes and not any(z.seats == size for z in pick.sizes) \
                        and self._state_names is not None and self._state_names.search(c.sentence):
                    # "Michigan: Republicans took control of the House, winning 58 of 110 seats": a state's own House
                    pick = next((ch for ch in self.chambers if ch.state and alias in ch.bare
                                 and ch.country in (None, "", country)), pick)
                    state_house[(c.paragraph, alias)] = pick
                elif (c.paragraph, alias) in state_house:
                    pick = state_house[(c.paragraph, alias)]  # "… winning 58 of 110 seats. Democrats won 53": the same
                scope = None if pick is None or pick is self.home else pick.id
            elif about is not None and scope in (None, about.region) and (
                    c.kind in (Kind.SEATS, Kind.SEAT_CHANGE) or c.kind == Kind.TOTAL_SEATS and c.column):
                scope = about.id  # "Plaid Cymru won 13" in a story about the Senedd election; its "seven list seats"
            elif own is not None and (scope is None or scope in self._states and len(states_named) <= 1) \
                    and c.kind in SEAT_KINDS:  # (a province's own legislature; not where the copy names several)
                scope = own
            elif scope is None and country and self.home and country != self.home.country and c.kind in SEAT_KINDS \
                    and not self._names_home_only(c.sentence, country):
                pick = next((ch for ch in self.chambers if ch.country == country), None)
                if len(chambered) >= 2:  # a round-up of several countries' parliaments: the one the sentence names
                    said = {self._countries[m.group(0)] for m in self._country_names.finditer(c.sentence)
                            if not (c.party and m.group(0) in c.party)} & chambered
                    pick = next((ch for ch in self.chambers if ch.country == next(iter(said))), None) \
                        if len(said) == 1 else None
                    if pick is None:
                        out.append(replace(c, scope=f"{FOREIGN_CHAMBER}{country} ({_article_key(doc_text)})"))
                        continue
                scope = pick.id if pick else None
                if scope is not None:  # (a council's, if the copy is about councils: see _councils)
                    c = replace(c, evidence=c.evidence + (COUNTRY_CHAMBER,))
            out.append(c if scope == c.scope else replace(c, scope=scope))
        return self._of_states(out, doc_text)

    def _region_in_sentence(self, claims: list[Claim]) -> list[Claim]:
        """ "Across Northern Ireland, Alliance more than doubled its Assembly group from eight MLAs to 17, while Sinn
        Féin, with 27 seats, became the largest party. The DUP won 25.": a nation's seat figures in a sentence that
        names that nation's own parliament (or in the sentences after it in its paragraph) are that parliament's,
        not the nation's share of the home chamber; so too after "winning 453 of the 1,226 council seats" in
        Scotland's local elections, the councils'."""
        regional = self._devolved
        regions = set(regional.values())
        if not any(c.scope in regions for c in claims if c.kind in SEAT_KINDS):
            return claims
        told: dict[tuple[int, str], str] = {}  # (paragraph, sentence) → the body its seat figures are of
        for c in claims:
            if c.kind in SEAT_KINDS and (c.scope in regional or c.scope == COUNCIL_SCOPE):
                told.setdefault((c.paragraph, c.sentence), c.scope)
        carried: dict[tuple[int, str], str] = {}
        last: tuple[int, str] | None = None
        for key in dict.fromkeys((c.paragraph, c.sentence) for c in sorted(claims, key=lambda c: c.location.start)):
            if key in told:
                last = key
                carried[key] = told[key]
            elif last is not None and last[0] == key[0]:
                carried[key] = told[last]
        home = self._home_named
        out = []
        for c in claims:
            body = carried.get((c.paragraph, c.sentence))
            if home is not None and home.search(c.sentence):
                body = None  # "At Westminster, Wales's 40 MPs …": the home chamber's, named
                if c.kind in SEAT_KINDS and c.scope in regional and not any(
                        a in c.sentence for a in self._devolved_names[c.scope]):
                    c = replace(c, scope=regional[c.scope])  # (not the Senedd's, in an article about the Senedd)
            if body is not None and c.kind in SEAT_KINDS and (c.scope == regional.get(body)
                                                               or body == COUNCIL_SCOPE and c.scope in regions):
                c = replace(c, scope=body)
            out.append(c)
        return out

    def _of_states(self, claims: list[Claim], text: str) -> list[Claim]:
        """A state's own chamber is one state's: in a round-up of several ("Michigan: Republicans took control of the
        House, winning 58 of 110 seats. … Texas: Republicans hold 88 of the 150 House seats"), each figure is of the
        state its sentence names, else the one named last before it; never one chamber across states."""
        if self._state_names is None or not any(c.scope in self._state_chamber_ids for c in claims):
            return claims
        found = [(m.start(), m.group()) for m in self._state_names.finditer(text)]
        starts = [at for at, _ in found]

        def state_of(c: Claim) -> str | None:
            if (m := self._state_names.search(c.sentence)) is not None:
                return m.group()
            k = bisect.bisect_left(starts, c.location.start)
            return found[k - 1][1] if k else found[0][1] if found else None  # (a headline: the lede's state)

        return [replace(c, scope=f"{c.scope}{STATE_OF}{state}") if c.scope in self._state_chamber_ids
                and (state := state_of(c)) else c for c in claims]


    def _seat_subsets(self, claims: list[Claim], text: str) -> list[Claim]:
        """A handful of a chamber's seats that copy counts on their own ("Five years ago the Conservatives won nine of
        the twelve seats across the Calder valleys. Last week they won one."): "X of the N seats", N far short of the
        chamber, no place named, are those N seats' (scope SUBSET), and so are the seats of the next sentence that names
        no place of its own; never a party's tally in the chamber, which other stories give."""
        if not any(c.kind == Kind.TOTAL_SEATS or c.kind == Kind.SEATS and c.whole for c in claims) \
                and SEATS_TOLD.search(text) is None and SEATS_UP.search(text) is None:
            return claims
        sizes = {ch.id: min(z.seats for z in ch.sizes) for ch in self.chambers if ch.sizes}  # (the smallest it has had:
        # the Senedd's 60 before 2026, not its 96)
        for c in claims:  # a chamber of no fixed size: the largest size the copy gives it ("the 87-seat legislature")
            if c.kind == Kind.TOTAL_SEATS and c.scope and c.scope not in sizes and c.value and c.scope != COUNCIL_SCOPE \
                    and c.scope.split(STATE_OF)[0] in self._unsized:
                sizes[c.scope] = max(int(c.value), sizes.get(c.scope, 0))
        home = sizes.get(self.home.id) if self.home else None
        subset: dict[str, str] = {}  # sentence → the subset's scope
        article = _article_key(text)  # (two articles' groups are never one)
        body_sizes: dict[str, int] = {}  # a council's size the copy gives ("KELVERDALE DISTRICT COUNCIL (39 seats")
        for c in claims:
            if c.kind == Kind.TOTAL_SEATS and c.body and c.value:
                body_sizes[c.body] = max(int(c.value), body_sizes.get(c.body, 0))
        of_body: set[str] = set()  # sentences of a handful of a named council's seats
        for c in claims:
            if c.kind == Kind.SEATS and c.whole is None and c.place is None and OF_THEM.match(
                    text, c.location.start + len(c.text)):
                subset.setdefault(c.sentence, f"{SUBSET}{OF_THEM_LABEL} ({article})")
                of_body.add(c.sentence)  # (whatever chamber or region the sentence is scoped to)
                continue  # "The constituency is one of 14 … Labour won nine of them": some seats the copy counted
            whole = c.value if c.kind == Kind.TOTAL_SEATS else c.whole if c.kind == Kind.SEATS else None
            if c.kind == Kind.SEATS and whole and c.body and c.place is None \
                    and whole * 2 <= body_sizes.get(c.body, 0):
                # "The Conservatives won six of those seven county seats" under the district's 39: a handful
                subset.setdefault(c.sentence, f"{SUBSET}{int(whole)} ({article})")
                of_body.add(c.sentence)
                continue
            if not whole or c.place is not None or c.body is not None or c.kind == Kind.TOTAL_SEATS and not any(
                    d.sentence == c.sentence and d.kind == Kind.SEATS and d.whole == c.value for d in claims):
                continue  # ("won 19 of 20 seats", "took 14 of 26": the whole said, read or not)
            size = sizes.get(c.scope) if c.scope else home
            if (c.scope is None or c.scope in sizes) and size and whole * 2 <= size:
                subset.setdefault(c.sentence, f"{SUBSET}{int(whole)} ({article})")
            elif c.scope and c.scope not in sizes and c.scope != COUNCIL_SCOPE and not c.scope.startswith(SUBSET):
                subset.setdefault(c.sentence, c.scope)  # "14 of Wessex's 16 seats. This time they won four": Wessex's
        subset.update(self._tallies_of_told_seats(claims, text, sizes, home, article, subset))
        if not subset:
            return claims
        order = list(dict.fromkeys(c.sentence for c in sorted(claims, key=lambda c: c.location.start)))
        paragraph_of = {c.sentence: c.paragraph for c in claims}
        for k, sentence in enumerate(order[:-1]):
            nxt = order[k + 1]
            if sentence in subset and nxt not in subset and paragraph_of[nxt] == paragraph_of[sentence] \
                    and SAME_SUBJECT_AGAIN.match(nxt):
                subset[nxt] = subset[sentence]  # "… nine of the twelve seats … Last week they won one." (not "The
                # SNP won 48 of Scotland's 59 seats. The Liberal Democrats ended with 11": the country's)
        fought = {sentence for sentence, scope in subset.items() if scope.startswith(FOUGHT)}
        return [replace(c, scope=subset[c.sentence].removeprefix(FOUGHT),
                        evidence=c.evidence + (COUNTED_APART,))
                if c.sentence in subset and c.kind in SEAT_KINDS and c.place is None and (c.body is None and (
                    c.scope is None or c.scope in sizes) or c.sentence in of_body or c.sentence in fought) else c
                for c in claims]

    def _tables_of_a_part(self, claims: list[Claim], text: str) -> list[Claim]:
        """A table whose total row gives far fewer seats than its chamber has ("| Total | 93,900 | | 6 |" under "Sir
        Gaerfyrddin — constituency list result", in a 96-seat Senedd) is one district's share-out: its rows are those
        seats', not the parties' in the chamber."""
        sizes = {ch.id: min(z.seats for z in ch.sizes) for ch in self.chambers if ch.sizes}
        parts: dict[tuple[int, str | None], str] = {}
        for c in claims:
            if c.kind == Kind.TOTAL_SEATS and c.value and (TOTAL_ROW in c.evidence or OPEN_TOTAL_ROW in c.evidence) \
                    and (size := sizes.get(c.scope or "")) and c.value * 2 <= size:
                parts[(c.paragraph, c.scope)] = f"{SUBSET}{int(c.value)} ({_article_key(text)}:{c.paragraph})"
        cells = [c for c in claims if any(e.startswith(("in the column '", "in the row '")) for e in c.evidence)]
        for para, start in _table_starts(cells).items():  # (or a caption that sizes it: "Caerdydd Penarth — 6 seats")
            if (m := CAPTION_SEATS.search(_caption_above(text, start))) is None \
                    or (n := parse_number(m.group(1))) is None:
                continue
            for c in claims:
                if c.paragraph == para and c.kind in SEAT_KINDS and (size := sizes.get(c.scope or "")) and n * 2 <= size:
                    parts.setdefault((para, c.scope), f"{SUBSET}{int(n)} ({_article_key(text)}:{para})")
        if not parts:
            return claims
        # The prose of the one district the tables share out: "The six-member constituency … returned two Labour
        # Members" beside "Caerdydd Penarth — 6 seats", the same district's seats
        told = {int(m.group(1)): key for (para, _), key in parts.items()
                if (m := re.search(r": (\d+) \(", key)) is not None}
        if len(told) == 1:
            n, key = next(iter(told.items()))
            sized = {c.sentence for c in claims if (m := DISTRICT_MEMBERS.search(c.sentence)) is not None
                     and parse_number(m.group(1)) == n}
            claims = [replace(c, scope=key, evidence=c.evidence + ("a district's seats, the district its table shares "
                                                                   "out",))
                      if c.sentence in sized and c.kind == Kind.SEATS and c.scope in sizes else c for c in claims]
        return [replace(c, scope=parts[(c.paragraph, c.scope)], evidence=c.evidence + ("a district's seats, its table's "
                                                                                        "total far short of the chamber",))
                if (c.paragraph, c.scope) in parts and c.kind in SEAT_KINDS else c for c in claims]

    @staticmethod
    def _tallies_of_told_seats(claims: list[Claim], text: str, sizes: dict[str, int], home: int | None,
                               article: str, done: dict[str, str]) -> dict[str, str]:
        """ "All three seats have declared. Final tally for Fellside: Labour two, Conservatives one.": a sentence of
        party seats that add up to the seats its paragraph names ("all three seats"), far short of the chamber, is a
        tally of those seats, not of the chamber."""
        by_sentence: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.kind == Kind.SEATS and c.subject_kind == "party" and c.value and not c.whole and c.place is None \
                    and c.modality == Modality.ACTUAL and c.sentence not in done:
                by_sentence[c.sentence].append(c)
        out: dict[str, str] = {}
        for sentence, seats in by_sentence.items():
            if len(seats) < 2:
                continue
            size = sizes.get(seats[0].scope) if seats[0].scope else home
            total = sum(int(c.value) for c in seats)
            at = seats[0].location.start
            para = text[max(0, text.rfind("\n\n", max(0, at - 2_000), at)):text.find("\n\n", at) % (len(text) + 1)]
            if any(parse_number(m.group(1)) == total for m in SEATS_UP.finditer(para)):
                out[sentence] = f"{FOUGHT}{SUBSET}{total} ({article})"  # "Sixteen seats were up for election on Thursday …
                continue  # Labour won 6, the Conservatives 5, …": the seats fought this time, a council of any size
            if not size or total * 2 > size or any(c.body is not None for c in seats):
                continue
            if any(parse_number(m.group(1)) == total for m in SEATS_TOLD.finditer(para)):
                out[sentence] = f"{SUBSET}{total} ({article})"
        return out

    def _names_home_only(self, sentence: str, country: str) -> bool:
        """The sentence names the home chamber by a name no chamber of the copy's country has: "Suppose a party in
        the 650-seat Commons won 320 seats" in Irish copy is Westminster's, not the Dáil's."""
        own = {a for ch in self.chambers if ch.country == country for a in (ch.name, *ch.aliases)}
        return any(re.search(rf"\b{re.escape(a)}\b", sentence) for a in self.home_aliases - own)

    def _rounds(self, text: str, claims: list[Claim]) -> list[Claim]:
        """Votes, shares and leads of a later round of counting ("finishing on 127,307 after second
        preferences", "52.0% two-party-preferred") are marked so: never one fact with the first round's."""
        out = []
        told_final = any(FINAL_SAID.search(c.sentence) for c in claims)
        rounds_told = any(TRANSFER_WORDS.search(c.sentence) or FIRST_PREFERENCES.search(c.sentence)
                          or RUN_OFF_SAID.search(c.sentence) for c in claims) \
            or bool(PREFERENCES_DISTRIBUTED.search(text))  # ("# Distribution of preferences: how Labor won …")
        # A paragraph headed by a later round ("Second round: Moss 28,411 + 6,120 = 34,531; … Moss wins by 6,252."),
        # or the list after a line that ends so ("… but it was not enough. Final totals:"), in copy of rounds
        later: set[int] = set()
        seen: set[int] = set()
        for c in sorted(claims, key=lambda c: c.location.start):
            if c.paragraph not in seen:
                seen.add(c.paragraph)
                above = _line_before(text, c.location.start)
                if LATER_ROUND_HEAD.match(c.sentence) or rounds_told and (
                        LATER_ROUND_LEAD_IN.search(above) or LATER_ROUND_LINE.match(above)) \
                        or TWO_PARTY.search(above) and len(above) < CAPTION_MAX and not ROUND_NUMBER.search(above) \
                        or c.paragraph - 1 in later and BULLET.match(above) and BULLET.match(c.sentence):
                    # (and a list under "## Two-party preferred", each of its bullets a paragraph or not)
                    later.add(c.paragraph)
        # Where a sentence counts transfers ("Okafor picked up 9,812 second preferences and Heald 7,104, giving
        # a final winning margin of 15,035"), a bare count after the first is another transfer, and a lead the
        # later round's.
        transferred = {c.index for c in claims
                       if c.kind == Kind.VOTES and (_said_around(c, after=TRANSFERRED, before=GAINED_TRANSFERS)
                                                    or TRANSFER_WORDS.search(c.sentence)
                                                    and _said_around(c, before=GAINING))}
        split_sentences = {c.sentence for c in claims if SPLIT_PART in c.evidence}
        claims = [replace(c, evidence=c.evidence + (SPLIT_PART,)) if c.kind == Kind.VOTES and c.sentence in split_sentences
                  and SPLIT_PART not in c.evidence and _said_around(c, after=PASSED_ON) else c for c in claims]
        # (the first of the parts, read as a count: "13,913 of their votes went to Labor and 2,293 to the Liberals")
        transferred |= {c.index for c in claims if SPLIT_PART in c.evidence}  # "9,441 of those flowed to Labor"
        counted = {c.paragraph for c in claims if c.index in transferred}
        # "Brill picked up 21,340 second preferences … Haigh gained 18,912": a gain in a paragraph of transfers
        transferred |= {c.index for c in claims if c.kind == Kind.VOTES and c.paragraph in counted
                        and _said_around(c, before=GAINING)}
        transfers: dict[tuple[int, str], int] = {}
        for c in claims:
            if c.index in transferred:
                transfers.setdefault((c.paragraph, c.sentence), c.sentence.find(c.text))
        # A leadership contest's ballots of MPs before the members' ballot ("Okafor had led in every round of voting
        # among the party's 121 MPs. In the first ballot she took 42 votes …"): counts of another electorate
        mp_rounds = {c.paragraph for c in claims if MPS_BALLOT.search(c.sentence)} \
            if MEMBERS_BALLOT.search(text) else set()
        found: dict[tuple[str, str], list[re.Match[str]]] = {}  # the words' matches by sentence, for _said_of
        # New Zealand's party vote beside the electorate's candidates: "In the party vote in Tauhara Coast, National
        # won 41.2 per cent" is another ballot than "Grant Whitely (National) 18,402"
        ballot_tables = {c.paragraph for c in claims if c.column and PARTY_BALLOT.search(c.column)}
        # (or a table captioned so: "**Party vote in Kahurangi Coast (%)**" over "| Party | % |")
        captions = {p: _caption_above(text, start) for p, start in _table_starts(claims).items()}
        caption_ballot = {p for p, caption in captions.items() if PARTY_BALLOT.search(caption)}
        ballot_tables |= caption_ballot
        party_ballot = any(c.kind == Kind.VOTES and c.subject_kind == "person" for c in claims) \
            or bool(caption_ballot) and len(captions) > len(caption_ballot)  # (or a table of each ballot: "First votes
        # (constituency candidates)" over the parties' candidates, "Second votes (party lists)" over the lists)
        provisional = self._provisional_words_stv if any(c.kind in (Kind.QUOTA, Kind.SURPLUS) for c in claims) \
            or rounds_told and "recount" not in text.lower() else self._provisional_words
        # (in a count by transfers or second preferences, "On the first count Ms Pickles had 180,411" is its first
        # round, not a count a recount replaced)
        early_tables = {p for p, caption in captions.items()
                        if PRELIMINARY.search(caption) or provisional is not None and provisional.search(caption)}
        if early_tables:
            # a table captioned "preliminary results" is an earlier count only beside another the copy gives: where
            # its counts are the only ones, they are the count the prose's margin is of
            in_table = {c.subject for c in claims if c.kind == Kind.VOTES and c.paragraph in early_tables}
            if in_table and not any(c.kind in SEAT_KINDS for c in claims if c.paragraph in early_tables) \
                    and not (_later_count_told(text) and any(
                        c.kind == Kind.VOTES and c.subject in in_table and c.paragraph not in early_tables
                        for c in claims)):
                early_tables = set()  # (never a table of seats on preliminary results: special votes move them)
                # (and the prose's counts are the table's, unless the copy tells of a later count: "the validated
                # count", "after the recount")
        # (a table captioned "Party vote and seats (preliminary)": a count before the final one)
        # A party primary in American copy; not an Australian count's "primaries" ("second on primaries")
        primaries = not rounds_told and not PREFERENTIAL_PRIMARY.search(text)
        columns: dict[int, list[str]] = {}  # paragraph → its table's vote columns, in order
        for c in claims:
            if c.kind == Kind.VOTES and c.column and c.column not in columns.setdefault(c.paragraph, []):
                columns[c.paragraph].append(c.column)
        # "| | Validated results | After judicial recount |": the first column is a count the second replaced
        early_columns = {(p, x) for p, xs in columns.items() for x in xs if EARLY_COLUMN.search(x)
                         and any(LATER_COLUMN.search(y) for y in xs if y != x)}
        early_rows = _early_rows(claims, text)
        # A distribution of preferences told in prose ("Mr Kerr was the first excluded. … One Nation was excluded next,
        # with 8,814 votes"): the counts from the first exclusion on, short of the final count, are a later round's
        excluded_from = m.start() if (m := EXCLUDED.search(text)) is not None else None
        finished: set[str] = set()  # the sentences that told where candidates finished, after exclusions
        chamber_told = self._chamber_vote_words is not None and self._chamber_vote_words.search(text) is not None
        for c in claims:
            if c.kind in (Kind.MARGIN, Kind.MAJORITY) and c.unit == "votes" and c.round is None \
                    and re.fullmatch(r"\d[\d,]*\.\d+", c.text):
                # "led Nairn by 29.34 votes going into the final stage, lost by 20.47": a lead in fractions of a vote
                # is a later stage's of a count by transfers, never the first preferences'
                at = c.sentence.find(c.text)
                final = FRACTION_FINAL.search(c.sentence, max(0, at - 30), max(0, at))
                c = replace(c, round="final" if final else INTERMEDIATE,
                            evidence=c.evidence + ("a lead in fractions of a vote: a later stage's",))
            if excluded_from is not None and c.kind in (Kind.MARGIN, Kind.MAJORITY) and c.round is None \
                    and c.location.start > excluded_from and (e := EXCLUDED.search(c.sentence)) is not None \
                    and e.start() < c.sentence.find(c.text) and not FINAL_SAID.search(c.sentence) \
                    and not FINAL_COUNT.search(c.sentence) and not ALL_OTHERS.search(c.sentence):
                c = replace(c, round=INTERMEDIATE, evidence=c.evidence + ("a lead during the distribution of preferences",))
                # "After the Liberal Democrat, Green and Conservative candidates had been excluded, Reid still led by
                # 15 votes": a stage's lead, not the result's (not "once all others had been excluded")
            if excluded_from is not None and c.kind == Kind.VOTES and c.round is None and not c.column \
                    and c.location.start > excluded_from and not FINAL_SAID.search(c.sentence) \
                    and not FINAL_COUNT.search(c.sentence) and not FIRST_PREFERENCES.search(c.sentence) \
                    and (EXCLUDED.search(c.sentence) or LEFT_ON.match(c.sentence) or EXCLUSION_PASSED_ON.match(c.sentence)
                         and LATER_COUNT_BEFORE.search(text, max(0, c.location.start - 300), c.location.start)):
                c = replace(c, round=INTERMEDIATE, role=None,
                            evidence=c.evidence + ("a count during the distribution of preferences",))
            if c.column and c.modality == Modality.ACTUAL and PREVIOUS_COLUMN.search(c.column):
                c = replace(c, modality=Modality.HISTORICAL, evidence=c.evidence + ("a column of the election before",))
            if c.round is None and c.kind in ROUND_KINDS and provisional is not None \
                    and (above := _heading_above(text, c.location.start)) and provisional.search(above):
                # "FIRST COUNT (superseded)" over "Fraser 1,204; R. Bell 1,201; …": the count a recount replaced
                out.append(replace(c, round="provisional", evidence=c.evidence + (f"under the heading '{above}'",)))
                continue
            if c.kind == Kind.VOTES and not c.column and c.text[:1] != "+" and c.subject_via == "after" \
                    and ROUND_TOTAL not in c.evidence and STAGE_PASSED_ON.search(c.sentence) \
                    and c.sentence.count(" +") >= 2:
                out.append(replace(c, round=INTERMEDIATE, role=None, evidence=c.evidence + (STAGE_TOTAL,)))
                continue  # "Third count (exclusion of John Quigley, 401 votes): Gallen +170, …": the excluded one's
                # count, not the first name after it
            if c.kind == Kind.VOTES and c.round is None and not c.column and c.text[:1] in "+" \
                    and ROUND_ADDED not in c.evidence and ROUND_TOTAL not in c.evidence \
                    and STAGE_PASSED_ON.search(c.sentence):
                out.append(replace(c, round="transfer", role=None, evidence=c.evidence + (SPLIT_PART,)))
                # ("Nolan (1,435) excluded: D. Brennan +301, …": what a stage passed on to each)
                continue
            if c.column and c.round is None and c.location.start in early_rows:
                out.append(replace(c, round="provisional", evidence=c.evidence + (EARLY_ROW,)))
                continue  # "| Election night (14 Oct) | 15,902 | 15,870 | Tane by 32 |" above "| Judicial recount |"
            if c.column and c.round is None and (c.paragraph, c.column) in early_columns:
                out.append(replace(c, round="provisional", evidence=c.evidence + ("a column of a count replaced later",)))
                continue
            if c.kind == Kind.VOTES and ROUND_START in c.evidence:
                out.append(c)  # "Moss 28,411 + 6,120 = 34,531": the first count, whatever round its line is under
                continue
            if c.kind == Kind.VOTES and (ROUND_TOTAL in c.evidence or ROUND_ADDED in c.evidence):
                out.append(replace(c, round="final" if ROUND_TOTAL in c.evidence else "transfer",
                                   role=c.role if ROUND_TOTAL in c.evidence else None))
                continue  # "Pike +8,710 = 107,020": the later round's total, and what it added
            if c.kind in (Kind.VOTES, Kind.SHARE, Kind.SHARE_CHANGE) and c.column and c.round is None \
                    and TWO_PARTY.search(captions.get(c.paragraph) or "") and not TWO_PARTY.search(c.column):
                # "## Two-party preferred" over "| Candidate | Votes | % | Swing |": the final count's, every column
                out.append(replace(c, round="final", evidence=c.evidence + ("a table of the two-party count",)))
                continue
            if c.kind in (Kind.VOTES, Kind.SHARE) and c.column and (r := _column_round(c.column, columns.get(
                    c.paragraph, []), c.text.startswith(("+", "-", "−", "–")))) is not None:
                out.append(replace(c, round=r or None))
                continue
            if c.kind in TOTAL_KINDS and provisional is not None and _said_of(provisional, c, found):
                c = replace(c, round="provisional")  # "Correction: at 10:02 we said turnout was 31 per cent"
            elif c.kind in ROUND_KINDS or c.kind in SEAT_KINDS:
                first = transfers.get((c.paragraph, c.sentence))
                at = c.sentence.find(c.text)
                if c.kind in (Kind.MAJORITY, Kind.MARGIN) and c.round is None and at > 0 \
                        and TWO_PARTY.search(c.sentence, max(0, at - 30), at):
                    out.append(replace(c, round="final"))  # "His two-party margin of 4,052 votes": the final count's
                    continue
                if c.kind == Kind.SHARE and c.round is None and at >= 0 and rounds_told and TWO_PARTY_SHARE_AFTER.match(
                        c.sentence, at + len(c.text)):
                    out.append(replace(c, round="final"))  # "won the seat with 56.1 per cent of the two-party vote"
                    # (in copy of preferences: an American "two-party vote" is the only count there is)
                    continue
                if c.kind in (Kind.MAJORITY, Kind.MARGIN, Kind.VOTES, Kind.SHARE) and (
                        c.kind in (Kind.MAJORITY, Kind.MARGIN) and FIRST_ROUND_LEAD.search(c.sentence[:max(0, at)])
                        or at >= 0 and c.kind != Kind.SHARE and FIRST_PREFERENCES_AFTER.match(c.sentence, at + len(c.text))
                        or at > 0 and c.kind in (Kind.VOTES, Kind.SHARE)
                        and (FIRST_ROUND_BEFORE.search(c.sentence, max(0, at - 45), at)
                             or FIRST_ROUND_OPENER.match(c.sentence) and not TWO_PARTY.search(c.sentence)
                             and not TRANSFER_WORDS.search(c.sentence))):
                    out.append(replace(c, evidence=c.evidence + (FIRST_ROUND_LEAD_TOLD,))
                               if c.kind in (Kind.MAJORITY, Kind.MARGIN) else c)
                    continue  # "extending her first-round lead of 22,105": the first round's, whatever else the
                    # sentence says of the final one (and a lead so marked is never one fact with a lead told plain)
                if c.kind in ROUND_KINDS and c.index not in transferred and _ends_count(c) \
                        and (TRANSFER_WORDS.search(c.sentence) or TWO_PARTY.search(c.sentence)
                             or PREFERENCES_DISTRIBUTED.search(c.sentence)
                             or c.paragraph in counted or rounds_told and (
                            FIRST_PREFERENCES.search(c.sentence) or PRIMARY_VOTES.search(c.sentence))
                             or excluded_from is not None and c.location.start > excluded_from):
                    # (or beside the first round's: "Vlahos, who trailed on primary votes, finished with 52,370")
                    # (or after the copy has told of exclusions: "Muir's exclusion decided the contest. … Nisbet
                    # finished with 2,620 votes to Reid's 2,334, a margin of 286")
                    c = replace(c, round="final")  # "… and finished on 47,342 after second preferences"
                    finished.add(c.sentence)
                elif c.kind == Kind.VOTES and c.index not in transferred \
                        and (pair := next((o for o in reversed(out[-3:]) if o.kind == Kind.VOTES), None)) is not None \
                        and pair.round == "final" and pair.sentence == c.sentence \
                        and re.search(r"\bto (?:her|his|their|(?:the )?[\w'’]+(?:'s|’s|s'|s’))?\s*$", c.sentence[:at]):
                    c = replace(c, round="final")  # "finishing on 112,040 to her 108,570": the other side's final
                elif c.kind == Kind.VOTES and (c.index in transferred or (
                        first is not None and at > first and not re.match(r"[\d,.]+\s+(?:votes|first)",
                                                                          c.sentence[at:]))):
                    c = replace(c, round="transfer", role=None)  # "gained 11,210 second preferences": added, not a
                    # total, and no finishing place even when told as a pair ("…, 14,602 to Mr Stannard's 9,874")
                elif c.kind in (Kind.MAJORITY, Kind.MARGIN) and (first is not None or c.sentence in finished):
                    c = replace(c, round="final")
                elif rounds_told and c.kind in (Kind.MAJORITY, Kind.MARGIN) and at > 0 \
                        and WINNING_LEAD.search(c.sentence, max(0, at - 30), at) \
                        or rounds_told and c.kind in (Kind.MAJORITY, Kind.MARGIN) and later \
                        and c.paragraph > max(later) and not FIRST_PREFERENCES.search(c.sentence[:max(0, at)]):
                    # (or a lead told after a later round's list: "**Second round** … Ashworth-Lee re-elected by a
                    # margin of 3,526")
                    c = replace(c, round="final")  # "Ms Pickles's winning margin of 21,124 was more than double her
                    # first-round lead": the count that decided it
                elif (said := provisional is not None and (_said_of(provisional, c, found)
                                                            or c.paragraph in early_tables
                                                            or PARTIAL_COUNT_LABEL.search(_entry_label(text, c)))) \
                        or c.kind in SEAT_KINDS and (COUNT_PROGRESS.search(c.sentence) or PRELIMINARY.search(c.sentence)
                                                     or UNCALLED.search(line_of(text, c.location.start))) \
                        or c.kind in ROUND_KINDS and (_counting_so_far(c, text) or PRELIMINARY.search(c.sentence)
                                                      and RECOUNT_AHEAD.search(c.sentence)):
                    # (and "leads by 14 votes on preliminary results, and a judicial recount is expected": a count
                    # before the one to come; not the preliminary count alone, often the only one a story gives)
                    # (and counts "with 41% of the expected vote counted": a live blog's, before the last ballots)
                    # (and seats "on preliminary results", before special votes move them: not a preliminary count of
                    # votes, often the only one a story gives)
                    # (a tally with a note of how far the count has got: "With 640 of 650 seats declared, Labour has
                    # 409" is no final figure)
                    c = replace(c, round="provisional", evidence=c.evidence + (
                        (RUNNING_TALLY,) if not said and c.kind in ROUND_KINDS and _counting_so_far(c, text)
                        else ()))
                    # "At the end of the first count … ahead by 43"
                elif c.kind in ROUND_KINDS and (self._round_words is not None and _said_of(self._round_words, c, found)
                                                or c.paragraph in later) \
                        and not OWN_PREFERENCES.search(c.sentence, max(0, at)):
                    # (not "with the Greens on 15.9 per cent, and their preferences flowing to Labor, the result on
                    # the two-party-preferred count …": a share whose preferences were passed on is a first count's)
                    # "in the second round Ms Okafor had 50" in a story whose "final ballot" came later: a round
                    # between the first and the final, another count than either
                    between = told_final and ORDINAL_ROUND.search(c.sentence) and not FINAL_SAID.search(c.sentence)
                    c = replace(c, round=INTERMEDIATE if between else "final")
            listed = party_ballot and c.round is None and c.kind == Kind.SHARE and len(c.sentence) <= 60 \
                and bool(PARTY_BALLOT.search(_list_intro(text, c.location.start)))
            # (a list under "The party vote in the electorate was split:", its "Others" line too)
            if party_ballot and c.round is None and (c.kind in (Kind.VOTES, Kind.SHARE, Kind.SHARE_CHANGE, Kind.MARGIN, Kind.MAJORITY, Kind.RANK)
                                                     or c.kind == Kind.VOTES_CAST and c.column) \
                    and (c.subject_kind == "party" or listed or c.subject is None and c.column and (
                        PARTY_BALLOT.search(c.column) or c.paragraph in caption_ballot)) \
                    and (PARTY_BALLOT.search(c.sentence) or listed or c.paragraph in caption_ballot or c.column and (
                        c.paragraph in ballot_tables or PARTY_BALLOT.search(c.column))):
                c = replace(c, round=PARTY_VOTE, evidence=c.evidence + ("the party vote, not the electorate's",))
            if c.kind in ROUND_KINDS and c.round is None and primaries and PRIMARY.search(c.sentence):
                c = replace(c, round=PRIMARY_ROUND, evidence=c.evidence + ("a primary's, not the general election's",))
            if c.kind in (Kind.SWING, Kind.SHARE_CHANGE) and c.round is None and _counting_so_far(c, text):
                c = replace(c, round="provisional", evidence=c.evidence + (RUNNING_TALLY,))  # a live entry's swing
            if chamber_told and c.kind in ROUND_KINDS and c.round is None \
                    and _said_of(self._chamber_vote_words, c, found):
                c = replace(c, round=CHAMBER_VOTE, evidence=c.evidence + ("a vote of a chamber's members, not the voters'",))
            if c.paragraph in mp_rounds and c.kind in ROUND_KINDS and c.round is None:
                c = replace(c, round=INTERMEDIATE, evidence=c.evidence + ("a ballot of MPs, before the members'",))
            out.append(c)
        if _told_twice(out) and any(not RECOUNT_AVOIDED.search(text, max(0, m.start() - 40), m.start())
                                    for m in RECOUNT_WORD.finditer(text)):
            out = [replace(c, evidence=c.evidence + (RECOUNT_TOLD,)) if c.kind in RECOUNTED_KINDS else c for c in out]
        return _final_pairs(_provisional_totals(_latest_tally(_stage_totals(out, text), text)))

    def _outcome_scopes(self, outcomes: list[Claim], lede: str) -> list[Claim]:
        """Outcomes of a council's seats ("Labour gained the ward from the Conservatives"), or of a by-election,
        are no general election's: scoped so, they are never compared with a general election's results."""
        if not outcomes:
            return outcomes
        out = []
        for c in outcomes:
            if self._council_words is not None and (self._council_words.search(c.sentence)
                                                    or self._council_words.search(lede)):
                c = replace(c, scope=COUNCIL_SCOPE)
            elif _BY_ELECTION.search(c.sentence) or _BY_ELECTION.search(lede):
                c = replace(c, scope=BY_ELECTION_SCOPE)
            out.append(c)
        return out

    def _councils(self, claims: list[Claim], lede: str, headings: dict[int, str] | None = None,
                  bold: dict[int, str] | None = None, sections: list[int] | None = None,
                  caps: list[tuple[int, str, str]] | None = None, rows: set[int] = frozenset()) -> list[Claim]:
        """A council's seats are not a parliament's: seat figures whose sentence speaks of a council, or in
        an article about councils that names no chamber, get the scope 'council', so they are never summed
        with, or compared to, Commons totals ("Labour now holds 34 of the council's 51 seats"). An article
        is about councils when its headline and opening (`lede`) or most of its seat sentences say so."""
        if self._council_words is None:
            return claims
        # Seat figures given the chamber of the copy's country only because they named none are a council's in copy
        # about a council abroad ("All 40 seats on Kilcarra County Council … Fine Gael won 11"): weighed unscoped
        defaulted = {c.index: c.scope for c in claims if COUNTRY_CHAMBER in c.evidence}
        if defaulted and (self._council_words.search(lede) or any(
                self._council_words.search(c.sentence) for c in claims if c.index in defaulted)):
            mark = (COUNTRY_CHAMBER,)
            claims = self._councils([replace(c, scope=None, evidence=tuple(e for e in c.evidence if e != mark[0]))
                                     if c.index in defaulted else c for c in claims], lede, headings, bold, sections,
                                    caps, rows)
            return [replace(c, scope=defaulted[c.index], evidence=c.evidence + mark)
                    if c.index in defaulted and c.scope is None else c for c in claims]
        seats = [c for c in claims if c.kind in SEAT_KINDS and (c.scope is None or c.scope in self._regions)]
        if not seats:
            return claims
        says = {c.sentence: bool(self._council_words.search(c.sentence)) for c in seats}
        unscoped = [c.sentence for c in seats if c.scope is None]
        about = (sum(says[x] for x in unscoped) * 2 > len(unscoped) or bool(self._council_words.search(lede))) and not any(
            c.scope and c.scope.startswith(CHAMBER_PREFIX) for c in claims)
        headings = dict(headings or {})
        if bold and (about or len(set(bold.values())) >= 2):
            # "- **Cardiff**: Labour 55 seats …" in a round-up of councils: that council's line (and a list of two or
            # more such entries is one, whatever words it uses: "- **Fordham** (Con hold): Con 27, Lab 11 (44 seats)")
            headings.update(bold)
        # A paragraph that names a council ("Northmoor County Council (84 seats)") is that council's list.
        para_body: dict[int, str] = {}
        for c in claims:
            if c.kind in SEAT_KINDS and c.paragraph not in para_body and says.get(c.sentence) \
                    and (name := self._council_named(c.sentence)) is not None:
                para_body[c.paragraph] = name
        # In a round-up of councils, a paragraph that opens "In Medway, Labour took control …" is that council's (and
        # so are its sentences after: "The Conservatives fell from 33 to 24")
        opened: set[int] = set()  # the paragraphs an "In Medway, …" opener names
        if about:
            for c in sorted(claims, key=lambda c: c.location.start):
                if c.kind in SEAT_KINDS and c.paragraph not in para_body and (m := IN_PLACE.match(c.sentence)) \
                        and m.group(1).lower() not in self._party_forms and m.group(1) not in self._regions \
                        and m.group(1).split()[0].lower() not in NOT_PLACES \
                        and not ANOTHER_IN_PLACE.search(c.sentence, m.end()):
                    # (not "In Marcham, …; in Eastbridge, Labour held on …": a sentence of several councils)
                    para_body[c.paragraph] = m.group(1)
                    opened.add(c.paragraph)
        # A heading line's council ("### Sallow Vale (all-out, 39 seats) — Lib Dem GAIN") is the paragraphs' below
        # it, up to the next heading: "The Lib Dems went from 14 to 22 … Labour held its four seats"
        by_index = {c.index: c for c in claims}
        # (a table row's place heads that row only: "| Dunmere District | 36 | 9 | 19 |" names no paragraph below)
        heads = sorted({by_index[k].paragraph: name for k, name in headings.items()
                        if k in by_index and k not in rows}.items())
        head_paras = [p for p, _ in heads]
        heading_paras = set(head_paras)
        sections = [p for p in sections or [] if p not in heading_paras]
        for c in claims:  # the last heading in a paragraph before the claim's, by bisection: linear in the claims
            h = bisect.bisect_left(head_paras, c.paragraph)
            if c.kind in SEAT_KINDS and h > 0 and not (h < len(heads) and head_paras[h] == c.paragraph) \
                    and bisect.bisect_left(sections, c.paragraph) == bisect.bisect_left(sections, head_paras[h - 1]):
                # (a heading's own paragraph is its line's; a section heading between ends its reach: "## The story
                # of the night" after a round-up's last entry)
                para_body.setdefault(c.paragraph, heads[h - 1][1])
        # A round-up's plain-text section headings ("TOLHAM" on a line of its own, then "One third of Tolham's 48
        # seats …"): a heading the section names again is the body of the section's seat figures, to the next one
        if about and caps:
            starts = [p for p, _, _ in caps]
            # (a section headed "## Eastgate ward by-election" is a ward's: no council's make-up)
            named_by = [(self._council_named(name[1:]) if "council" in name.lower() else
                         (m.group(1) if (m := ACROSS_HEADING.match(name.lstrip("# "))) else None))
                        if name.startswith("#") else name.title() if name.lower() in section
                        or name.split()[-1].lower() in COUNCIL_KINDS and len(name.split()) >= 2 else None
                        for _, name, section in caps]  # (or a heading that says it is a council: "CALDERBROOK BOROUGH")
            for c in claims:
                h = bisect.bisect_right(starts, c.paragraph)
                if c.kind in SEAT_KINDS and h > 0 and (name := named_by[h - 1]):
                    if caps[h - 1][1].startswith("#") and starts[h - 1] != c.paragraph:
                        para_body[c.paragraph] = name  # "## Wexcombe City Council (all-out)": its section's, whatever
                    else:  # council a heading line before it named
                        para_body.setdefault(c.paragraph, name)
        # Lines under a heading in its own paragraph are its body's ("CARR HILL (three seats)" over "Previously: Lab 3")
        head_lines = {by_index[k].paragraph: (by_index[k].location.line, name) for k, name in sorted(headings.items())
                      if k in by_index and k not in rows}
        under = {c.index: head_lines[c.paragraph][1] for c in claims if c.index not in headings
                 and c.paragraph in head_lines and c.location.line > head_lines[c.paragraph][0]}
        out = []
        named_at: dict[str, tuple[list[int], list[int]]] = {}
        body = None  # the council named last: "Ashworth Borough Council … After the count Labour held 34 seats"
        seen: set[str] = set(para_body.values()) | set(headings.values())
        section, headed = 0, None  # the body of the last heading line
        last_para = None
        for c in sorted(claims, key=lambda c: c.location.start):
            if c.paragraph != last_para and last_para in opened:
                body = None  # after "In Oxley Vale, …", a paragraph that names no council is none it named before
            last_para = c.paragraph
            if (now := bisect.bisect_right(sections, c.paragraph)) != section:
                section = now  # a new section ("## The story of the night") after a round-up's entries is none of
                if body is not None and body == headed:  # theirs: it names its council anew
                    body = None
            if c.kind == Kind.OUTCOME and c.place is None and (c.scope == COUNCIL_SCOPE or about) \
                    and (own := para_body.get(c.paragraph)) is not None:
                # "In Westbourne, the Liberal Democrats held on": that council's
                c = replace(c, place=own, body=own, scope=COUNCIL_SCOPE)
            if not (c.kind in SEAT_KINDS or c.kind == Kind.MAJORITY and c.unit == "seats") or _of_mps(c):
                out.append(c)  # "Reform UK, which has five MPs in the Commons": a parliament's, in any story
                continue  # (a majority in seats is a body's too: "giving Labour a majority of eight" on a council)
            if (says.get(c.sentence) or about or c.index in headings or c.paragraph in para_body) \
                    and self._nearer_a_chamber(c, named_at):  # (only where a council may claim the figure)
                out.append(c)  # "Dunmere District Council, a year after … Labour won 411 of the 650 seats in the Commons",
                continue  # "For context, the Conservatives have 121 MPs at Westminster and the Liberal Democrats 72"
            heading = headings.get(c.index) or under.get(c.index)  # "Harrowden (48 seats): Lab 31 …": that line's
            listed = para_body.get(c.paragraph) if c.scope in (None, COUNCIL_SCOPE) or (
                para_body.get(c.paragraph) or "").lower() == c.scope.lower() else None  # "Tolham's 48 seats" under
            # a heading naming the council Tolham: the council's, not the town's as a region
            # A region is no body: "councillors" in a story about London's councils are a council's.
            if heading or listed or c.scope is None and (says.get(c.sentence) or about) \
                    or c.scope in self._regions and (says.get(c.sentence) or about and c.index in headings
                                                     or about and not any(
                        w in c.sentence for w in self._region_words.get(c.scope, (c.scope,)))):
                # (and, in copy about a council, a nation's scope its sentence does not name: "Labour went from nine
                # seats to 11" under "Scottish council elections 2022")
                if ACROSS_BODIES.search(c.sentence) and not THE_COUNCIL.search(c.sentence):  # "Across Wales, Labour won 526 councillors", "Put together,
                    body = None  # … across the three councils": every council's, not the last named nor the heading's
                    listed = None
                own = heading or _ward_after(c) or self._council_named(c.sentence) or _named_again(c, seen) or listed
                if own is not None and own == listed and c.paragraph in opened:
                    c = replace(c, scope=COUNCIL_SCOPE, body=own)  # "In Oxley Vale, …": that paragraph's only, not
                    out.append(c)                                    # the next one's ("Pennick District Council …")
                    continue
                body = own or body
                headed = heading or headed
                if body:
                    seen.add(body)
                c = replace(c, scope=COUNCIL_SCOPE, body=body)
            out.append(c)
        return sorted(out, key=lambda c: c.index)

    def _nearer_a_chamber(self, c: Claim, named_at: dict[str, tuple[list[int], list[int]]]) -> bool:
        """Whether the figure sits nearer a chamber its sentence names than the council it names. `named_at`: the
        places in each sentence of the article where chambers and councils are named, found once a sentence."""
        if self._chamber_words is None or self._council_words is None:
            return False
        if (where := named_at.get(c.sentence)) is None:
            where = named_at[c.sentence] = ([m.start() for m in self._chamber_words.finditer(c.sentence)],
                                            [m.start() for m in self._council_words.finditer(c.sentence)])
        at = c.sentence.find(c.text)
        if not where[0] or at < 0:
            return False
        return not where[1] or min(abs(k - at) for k in where[0]) < min(abs(k - at) for k in where[1])

    def _council_named(self, sentence: str) -> str | None:
        """The council or ward a sentence names: "Barnet Council", "the council in Hammersmith and Fulham",
        "35 councillors in Hammersmith and Fulham"; never a party ("for the Conservatives")."""
        for m in COUNCIL_NAME.finditer(sentence):
            words = (m.group("before") or m.group("after") or "").split()
            while words and (words[-1] in self._not_names or words[-1].lower() in COUNCIL_KINDS):
                words.pop()  # "Sunderland Thursday": a day, not part of the name; "BRENTHORPE BOROUGH COUNCIL"
            while words and words[0].lower() in ("the", "a", "an", "this", "that", "its", "each", "every", "new", "in",
                                                 "on", "at", "across", "for", "from", "by", "with", "and", "but"):
                words.pop(0)  # "The council is now: …": no name; "In Halsey City Council, …": Halsey's
            name = " ".join(words)
            if name and words[0] not in self._not_names and name.lower() not in self._party_forms \
                    and words[0].lower() not in self._party_forms:
                return name
        return None


COUNCIL_KINDS = {"borough", "city", "district", "county", "town", "council", "metropolitan"}
_NAME = r"[A-Z][\w'’.-]*(?:(?:\s+(?:and|&|upon|under|le)\s+|\s+)[A-Z][\w'’.-]*)*"
COUNCIL_NAME = re.compile(
    rf"(?P<before>{_NAME})\s+(?:(?i:borough|city|district|county|town)\s+)?(?i:council|ward)\b"
    rf"|\b(?:councill?ors?|council|seats|ward)\s+(?:in|on|for|of)\s+(?P<after>{_NAME})")
"""A council named beside a council word: before "Council"/"ward", or after "councillors in"."""


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of `words` as whole words, case-blind, longest first; None for no words."""
    if not words:
        return None
    # a word that starts with a sign ("% counted") may follow a digit: "with 95% counted"
    # (an American "provisional ballot" is a kind of ballot, counted with the rest: no provisional count)
    return re.compile("|".join((r"(?<![\w-])" if w[:1].isalnum() else "") + re.escape(w) + r"(?![\w-])"
                               + (r"(?!\s+ballots?\b)" if w.lower() == "provisional" else "")
                               for w in sorted(words, key=len, reverse=True)), re.I)


_BY_ELECTION = re.compile(r"\bby[- ]?elections?\b", re.I)

CAMPAIGN = 56
"""Days before a polling day in which undated-by-name copy is taken for a campaign piece, not a result."""
LOCAL_CONTEST = re.compile(r"\b(?:council|councillors?|ward|mayor(?:al)?|combined authority|police and crime "
                           r"commissioner|by-election)\b", re.I)
GENERAL_ELECTION = re.compile(r"\bgeneral election\b|\bMPs?\b|\bWestminster\b|\bthe Commons\b|\bparliamentary\b")
"""Words of a local contest, and of a general election: copy of the one that never speaks of the other is no campaign
piece for the general election a few weeks on."""

TRANSFERRED = re.compile(r"\s+(?:second[- ]preferences?|second[- ]preference votes|transfers|transferred votes)\b"
                         r"|\s+(?:votes\s+)?of\s+(?:the|his|her|their|[\w'’]+['’]s)\s+(?:\w+\s+)?surplus\b")
"""After a count: votes a candidate gained in a later round ("Ms Rowe then gained 11,210 second preferences",
"taking 1,406 of the surplus")."""

EXCLUDED = re.compile(r"\b(?:was|were|is|are|been|being|first|next)\s+(?:the\s+)?(?:first\s+|next\s+|then\s+)?"
                      r"(?:excluded|eliminated)\b|\b(?:excluded|eliminated)\s+(?:on|with)\s+\d", re.I)
"""A candidate excluded during a count of preferences ("was the first excluded", "was excluded next", a count's
step "3. Pattullo excluded on 266.")."""
ALL_OTHERS = re.compile(r"\ball\s+(?:the\s+)?(?:others|other\s+candidates|remaining)\b|\bonly\s+two\b", re.I)
"""An exclusion that leaves the final count: "once all others had been excluded"."""
UNCALLED = re.compile(r"\b(?:races?|seats?|contests?)\s+(?:are|is|remain|remains|were|still)\s+(?:still\s+)?"
                      r"(?:uncalled|undeclared|undecided|to\s+be\s+(?:called|declared|decided))\b|"
                      r"\b(?:yet|still|left)\s+to\s+be\s+(?:called|declared)\b", re.I)
"""A paragraph's note that some races are not yet called ("Republicans have won 219 seats and Democrats 213 …
Three races are uncalled"): its seat totals are a running count."""
LATER_COUNT_TOLD = re.compile(r"\b(?:official|validated|validation|certified|final\s+(?:count|results?|tally)|recount|"
                              r"special\s+votes|judicial)\b", re.I)
"""Words of a count after a preliminary one: beside them, a preliminary table's figures may differ from the prose's."""
UNREALISED = re.compile(r"\b(?:until|unless|if|whether|would|will|could|may|might|expected|due|trigger|triggers|"
                        r"applies|required|requires|needed)\b", re.I)
"""Words of a count not (yet) held: "preliminary until validated", "too wide to trigger a judicial recount"."""


def _later_count_told(text: str) -> bool:
    """Whether the copy tells of a later count that was held, not of one still to come or never triggered."""
    for m in LATER_COUNT_TOLD.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min(x for x in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        if UNREALISED.search(text, start, end) is None:
            return True
    return False


LATER_ROUND_TURN = re.compile(r"\bbut\b[^.;]*\b(?:run-?off|second round|final round|final count|recount|second ballot)\b",
                              re.I)
"""A place told, then turned by a later round: "finished first in November but lost the run-off"."""
PRELIMINARY = re.compile(r"\bpreliminary\b", re.I)
"""Results before the final count ("On preliminary results National and ACT have 61 seats")."""
SEAT_TAKING = frozenset({"took", "taken", "takes", "taking", "gained", "gains", "gaining", "seized", "captured",
                         "snatched", "won", "wins", "grabbed", "gain", "win", "victory"})
"""Verbs of taking a seat from another party, before "from X … on a swing of N"."""
NOT_NOUNS = frozenset({"as", "at", "in", "on", "for", "since", "from", "than", "and", "but", "with", "after", "while",
                       "was", "were", "is", "are", "to", "over"})
"""After "the same": words that are no noun it qualifies ("stayed the same at 12", "the same as in 2019")."""
HOPED = frozenset({"hoped", "hoping", "hope", "hopes", "expected", "expecting", "aiming", "aimed", "aim", "wanted",
                   "wanting", "tipped", "predicted", "needed", "need", "needs", "trying", "tried", "failed", "fail",
                   "bid", "likely", "set", "poised"})
"""Before "to come second": a hope or a forecast, no place the copy says someone finished in."""
PASSED_ON = re.compile(r"\s+of\s+(?:their|his|her|its|those|these|the)\s+(?:votes|preferences|ballots)\s+"
                       r"(?:went|flowed|passed|transferred|moved)\s+to\b", re.I)
"""After a count: votes an excluded candidate passed on ("13,913 of their votes went to Labor")."""
ROUND_NUMBER = re.compile(r"\d")
"""A heading line with a figure in it is a line of results, not the heading of a list below."""
BULLET = re.compile(r"\s*[-*•]\s")
LEFT_ON = re.compile(r"\s*(?:that|this|which|it)\s+left\b", re.I)
"""A sentence of where an exclusion left the others ("That left the Greens third on 15,206")."""
EXCLUSION_PASSED_ON = re.compile(r"\s*Of\s+(?:his|her|their|its|the)\s+[\d,]+\s+(?:votes|ballots|papers)\b[^.]*\b(?:went|"
                                 r"passed|transferred|flowed|moved)\b", re.I)
"""A sentence of an excluded candidate's votes passed on ("Of his 1,221 votes, 410 went to Mr Madigan"): the count at
the exclusion, not the first, where the copy has just said it was a later count (LATER_COUNT_BEFORE)."""
LATER_COUNT_BEFORE = re.compile(rf"\b{SECOND_ON}\s+(?:count|stage|round)\b", re.I)
FINAL_COUNT = re.compile(r"\b(?:final|finished|finishing|two-candidate|two-party)\b", re.I)
"""Words of the count at its end, not a round between."""
STAGE_PASSED_ON = re.compile(r"\bexcluded\b|\beliminated\b|\bsurplus\b|\bdistribut\w+\b|\btransfer\w*\b", re.I)
"""Words of a count's stage that passes votes on: a signed count after a name there is what it gained."""
TRANSFER_WORDS = re.compile(r"\b(?:second[- ]preferences?|transfers?|transferred|redistribut\w+)\b", re.I)
GAINING = re.compile(r"\b(?:picked up|gained|received|attracted|collected|added|took|won)\s+"
                     r"(?:a further |another |an extra )?$")
"""Before a count in a sentence about transfers: "second preferences broke for Rao, who picked up 17,904"."""
GAINED_TRANSFERS = re.compile(r"\b(?:picked up|gained|received|attracted|collected|took|won|got)\s+(?:\w+\s+)?"
                              r"(?:second[- ]preferences|transfers|second[- ]preference votes)\s*[,:]\s*$")
"""Before a count that follows its noun: "Ms Okafor picked up more second preferences, 14,602 to …"."""
OWN_PREFERENCES = re.compile(r"\b(?:their|its|his|her)\s+(?:second[- ])?preferences\b", re.IGNORECASE)
"""After a figure: the preferences of the side it belongs to were passed on, so it is a first count's."""
FINISHED_ON = re.compile(r"\b(?:finish\w*|end\w*|(?:final )?(?:total|tally) (?:of|to))\s+(?:on|with)?\s*$")
AFTER_PREFERENCES = re.compile(r"(?:\s+votes)?,?\s+(?:after|once|when)\s+(?:second[- ]preferences|transfers|"
                               r"preferences|the redistribution)")


ELECTORAL_VOTES = re.compile(r"\belectoral[- ](?:college )?votes?\b|\bElectoral College\b", re.IGNORECASE)
ELECTORAL_COLLEGE = "us-electoral-college"


def _electoral_votes(claims: list[Claim]) -> list[Claim]:
    """A count of electoral votes is the Electoral College's seats, not ballots: "Final electoral vote: Trump 312,
    Harris 226" beside "a popular-vote share of 49.8%" (no 312 votes at 49.8% of 626 cast)."""
    return [replace(c, kind=Kind.SEATS, unit="seats", scope=ELECTORAL_COLLEGE, round=None,
                    evidence=c.evidence + ("electoral votes: the Electoral College's",))
            if c.kind in (Kind.VOTES, Kind.SEATS) and c.value is not None and c.value <= 538 and c.value == int(c.value)
            and c.scope is None and ELECTORAL_VOTES.search(c.sentence)
            and not re.search(r"\bpopular[- ]vote\b", c.sentence[:max(0, c.sentence.find(c.text))][-40:], re.I)
            else c for c in claims]


HEADLINE_LEAD = re.compile(r"^\W*(?:title:\s*\W*)?")
"""What may come before a headline's first word: a Markdown "# ", front matter's 'title: "'."""


def _earlier_years(claims: list[Claim], current: int | None) -> list[Claim]:
    """In copy that says no election of its own, its present figures marked with the years it tells of as earlier
    elections ("… polled 38,902, against 41,227 in 2021"): it reports none of those."""
    if current is not None:
        return claims
    years = sorted({c.year for c in claims if c.year is not None and c.modality == Modality.HISTORICAL})
    if not years:
        return claims
    said = EARLIER_YEARS + ", ".join(map(str, years))
    return [replace(c, evidence=c.evidence + (said,)) if c.year is None and c.modality == Modality.ACTUAL else c
            for c in claims]


def _district_seats(claims: list[Claim]) -> list[Claim]:
    """In copy about one multi-member district ("the six Senedd seats in the Clwyd Valleys constituency"), the seats
    its results table gives each party ("| Reform UK | 50,100 | 37.6 | 3 |", the row's votes that district's) and its
    headline's ("Clwyd Valleys: Reform take three of six seats") are the district's, not the chamber's."""
    districts = {c.scope for c in claims if c.kind in SEAT_KINDS and c.scope and c.place is None
                 and any(c.scope == d.place for d in claims)}
    if not districts:
        return claims
    row_place = {c.sentence: c.place for c in claims if c.column and c.place in districts
                 and c.kind in (Kind.VOTES, Kind.SHARE, Kind.VOTES_CAST)}
    out = []
    for c in claims:
        if c.kind in SEAT_KINDS and c.scope not in districts and (
                (p := row_place.get(c.sentence)) is not None
                or (p := next((d for d in districts if HEADLINE_LEAD.sub("", c.sentence).startswith(f"{d}:")), None))
                is not None):
            c = replace(c, scope=p, evidence=c.evidence + (f"the seats of the district {p}",))
        out.append(c)
    return out


WARD_AFTER = re.compile(r"\s*(?:seats?|councillors?|places?)\s+(?:in|for|on)\s+(?:the\s+)?"
                        r"([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?:ward|division)\b")


def _ward_after(c: Claim) -> str | None:
    """The ward a seat figure is of, named right after it: "taking one of the three seats in Priory ward" (not the
    council the sentence names before it)."""
    at = c.sentence.find(c.text)
    m = WARD_AFTER.match(c.sentence, at + len(c.text)) if at >= 0 else None
    return m.group(1) if m else None


def _table_paragraphs(claims: list[Claim]) -> list[Claim]:
    """One table, one paragraph: an HTML table's rows come out of the markup a paragraph each, a Markdown table's as one.
    Rows of figures in paragraphs that follow one another with nothing else between are given the first one's, so that
    what is grouped by paragraph (the shares of one list, an unnamed race's counts) groups a table's rows either way."""
    rows: dict[int, bool] = {}
    for c in claims:
        rows[c.paragraph] = rows.get(c.paragraph, True) and c.sentence.lstrip().startswith("|")
    first: dict[int, int] = {}
    for p in sorted(rows):
        if rows[p]:
            first[p] = first.get(p - 1, p) if rows.get(p - 1) else p
    if all(first.get(p, p) == p for p in rows):
        return claims
    return [replace(c, paragraph=first[c.paragraph]) if first.get(c.paragraph, c.paragraph) != c.paragraph else c
            for c in claims]


SMALL_NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
"""A district's size, in figures or words."""
DISTRICT_MEMBERS = re.compile(rf"\b{SMALL_NUMBER}[ -](?:member|seat)\s+(?:constituency|district|region|ward|division|"
                              r"riding)\b", re.I)
"""Prose that sizes an electoral district: "The six-member constituency …"."""
CAPTION_SEATS = re.compile(rf"\b{SMALL_NUMBER}[ -](?:seats?|members?)\b", re.I)
"""A caption's size of the district its table shares out: "Caerdydd Penarth — 6 seats"."""


def _table_starts(claims: list[Claim]) -> dict[int, int]:
    """Where each paragraph of table figures starts: its first figure."""
    out: dict[int, int] = {}
    for c in claims:
        if c.column and (c.paragraph not in out or c.location.start < out[c.paragraph]):
            out[c.paragraph] = c.location.start
    return out


CAPTION_MAX = 80
"""A line above a table longer than this is prose, not its caption (as `tables` reads captions)."""
CAPTION_ROWS = 60
"""How many lines above a table's first figure its caption is looked for (its heading and rows between)."""
CAPTION_REACH = 2_000
"""How far back one line is looked at: a longer line is prose, and the look stays linear in hostile copy."""


LIST_REACH = 30
"""Lines of a list looked back over for the line that introduces it."""


def _list_intro(text: str, at: int) -> str:
    """The line that introduces the list the line at `at` is an entry of ("The party vote in the electorate was
    split:" over "National: 44.1%"): the first line above the list's block, ending in a colon; "" if none."""
    end = text.rfind("\n", 0, at)
    blank = False
    for _ in range(LIST_REACH):
        if end < 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            blank = True
        elif blank:
            return line if line.endswith(":") else ""
        elif len(line) > 60:
            return line if line.endswith(":") else ""  # (an intro right above its entries)
        end = start - 1
    return ""


def _caption_above(text: str, at: int) -> str:
    """The line above the table holding `at`: past its rows ("| … |") and blank lines to the first other line, if
    short enough to be a caption. Line by line, each looked back over once, at most CAPTION_ROWS of them."""
    end = text.rfind("\n", 0, at)  # the end of the line before `at`'s
    for _ in range(CAPTION_ROWS):
        if end < 0:
            return ""
        start = text.rfind("\n", max(0, end - CAPTION_REACH), end) + 1
        line = text[start:end]
        if line.strip() and not line.lstrip().startswith("|"):
            return line if len(line) < CAPTION_MAX and (start > 0 or end < CAPTION_REACH) else ""
            # (a paragraph of prose above it is no caption)
        end = start - 1
    return ""


def _line_before(text: str, at: int) -> str:
    """The last line with words before the line holding `at`."""
    start = text.rfind("\n", 0, at) + 1
    return text[max(0, start - 400):start].rstrip().rsplit("\n", 1)[-1]


def _said_around(c: Claim, before: re.Pattern[str] | None = None, after: re.Pattern[str] | None = None) -> bool:
    """Whether the claim's figure, somewhere in its sentence, has `before` ending right before it or `after`
    starting right after it. Precompiled patterns on slices: a pattern built from each figure's text overflowed
    the regex cache and was compiled afresh for every claim."""
    s, t = c.sentence, c.text
    at = s.find(t)
    while at >= 0:
        if before is not None and before.search(s, 0, at) or after is not None and after.match(s, at + len(t)):
            return True
        at = s.find(t, at + 1)
    return False


def _ends_count(c: Claim) -> bool:
    """A figure said to be where a candidate finished: "finished on 47,342", "106,009 after second preferences"."""
    return _said_around(c, before=FINISHED_ON, after=AFTER_PREFERENCES)


MPS_BALLOT = re.compile(r"\b(?:(?:ballot|round|vote|voting)s? (?:of|among) (?:the party's |its |\d+ |[A-Z]\w+ )*MPs|"
                        r"MPs' (?:ballot|round|vote)s?|parliamentary (?:ballot|round)s?)\b")
MEMBERS_BALLOT = re.compile(r"\b(?:members' (?:ballot|vote)|ballot of (?:the party's |party )?members|"
                            r"(?:party )?members (?:voted|chose|elected))\b", re.IGNORECASE)
COUNT_KINDS = frozenset({Kind.VOTES, Kind.MAJORITY, Kind.MARGIN, Kind.VOTES_CAST, Kind.ELECTORATE, Kind.SEATS})
"""Counts, whose change told in per cent is a ratio: "a drop of 50.6 per cent", "512 per cent more"."""


ROUND_KINDS = {Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.MAJORITY_SHARE}

TIMESTAMP = re.compile(r"^[ \t>*_#|-]*(?:\[)?(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\b", re.M | re.I)
"""A live blog's entry stamp at a line's start: "**02:55**", "3.14am", "## 23:00 –"."""
LIVE_ENTRIES = 3
"""Stamped lines that make an article a live blog."""


OTHERS_TOO = frozenset({"independent", "independents", "plus", "support", "others", "along", "including", "backing",
                        "allies", "councillor", "councillors", "mp", "mps"})
"""Words that count others beside the parties in seats held together ("with the support of two independents")."""
SMALL_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


DISTRICT_SIZE = re.compile(
    r"\((?P<a>\w+) seats?\)|\b(?P<b>\w+)-seat(?:er)?\b|\b(?P<c>\w+) seats? (?:are|were|is|was) (?:being )?"
    r"(?:filled|up for election|contested|to be filled)|\bwith (?P<d>\w+) seats? to fill\b|\bseats:?\s+(?P<e>\d+)\b"
    r"|(?:^|[.;:\n,·•|]\s*|\*\*)(?P<f>\w+) seats?(?:\s*[.;,·•|]|\*\*|$)|\bnumber of seats \((?P<g>\w+)\)|\ball (?P<h>\w+) seats are filled"
    r"|\b(?P<i>\w+) seats? filled\b|\b(?P<j>\w+) (?:councillors|TDs|members|candidates) (?:were|are|will be) elected\b"
    r"(?! on the first)"
    r"|\b(?P<l>\w+) (?:councillors|seats|members|TDs|MLAs|councillor|seat) to (?:elect|fill|be elected|be filled)\b",
    re.IGNORECASE | re.MULTILINE)
"""How many a district of the single transferable vote elects: "(4 seats)", "the five-seat constituency", "where four
seats are being filled", "Seats: 3", "Three seats.", "the number of seats (four)", "as three seats filled", "Three
councillors were elected" (not "Two candidates were elected on the first count"), "a quota of 7,912 for the five seats"."""


def _under_a_chamber_heading(claims: list[Claim], v: View) -> list[Claim]:
    """"SENATE (75 seats; 38 for a majority)" over "BBB 16", "VVD 10", …: every seat figure of the heading's paragraph
    is of the chamber its first is, not only the one that shares the heading's sentence."""
    paras = {v.para_of[m.start] for m in v.mentions if m.kind == "chamber" and m.via == CAPS_HEADING}
    if not paras:
        return claims
    first: dict[int, str] = {}
    for c in sorted(claims, key=lambda c: c.location.start):
        if c.paragraph in paras and c.kind in SEAT_KINDS and c.scope and c.paragraph not in first:
            first[c.paragraph] = c.scope
    return [replace(c, scope=first[c.paragraph]) if c.paragraph in first and c.kind in SEAT_KINDS and c.scope
            and c.scope != first[c.paragraph] and not c.scope.startswith(SUBSET) else c for c in claims]


QUOTA_FOR_SEATS = re.compile(r"\bfor (?:(?:the|all|its) )?(\w+) seats\b", re.IGNORECASE)
"""The seats a quota is of, told in its own sentence: "a quota of 7,912 for the five seats"."""


def _small_count(word: str) -> int | None:
    """A district's size, as copy writes it ("five", "4"): one to nine seats."""
    value = parse_number(word.lower())
    n = int(value) if value is not None and value == int(value) else None
    return n if n is not None and 1 <= n <= 9 else None


def _quota_seats(claims: list[Claim], text: str) -> list[Claim]:
    """A quota's seats (its `whole`): the seats its own sentence gives it ("a quota of 7,912 for the five seats"), else
    the district size the copy gives nearest before it, else first after it."""
    if not any(c.kind == Kind.QUOTA for c in claims):
        return claims
    sizes = []
    for m in DISTRICT_SIZE.finditer(text):
        if (n := _small_count(next(g for g in m.groups() if g))) is not None:
            sizes.append((m.start(), n, m.group(0).strip(" .;:,\n·•|*")))
    if not sizes and not any(QUOTA_FOR_SEATS.search(c.sentence) for c in claims if c.kind == Kind.QUOTA):
        return claims
    out = []
    for c in claims:
        if c.kind == Kind.QUOTA:
            before = [x for x in sizes if x[0] < c.location.start]
            own = [(0, n, m.group(0)) for m in QUOTA_FOR_SEATS.finditer(c.sentence)
                   if (n := _small_count(m.group(1))) is not None]  # "… produced a quota of 7,912 for the five seats"
            if len(own) == 1 or sizes:
                at, n, said = own[0] if len(own) == 1 else before[-1] if before else sizes[0]
                c = replace(c, whole=float(n), whole_text=said, evidence=c.evidence + (f"seats: '{said}'",))
        out.append(c)
    return out


PREVIOUS_COLUMN = re.compile(r"\b(?:previous|prev|last time|last election|notional)\b|\bbefore\b(?!\s+(?:transfers|"
                             r"preferences|redistribution|the count))", re.IGNORECASE)
"""A table column of the election before ("| ALP 2PP previous % |", "| Seats before |")."""


COUNT_N = re.compile(r"\b(?:count|round|stage)\s+(\d{1,2})\b", re.IGNORECASE)
LATER_COUNT_MOVES = re.compile(r"\b(?:surplus|exclu\w*|eliminat\w*|distribut\w*|transfer\w*)", re.IGNORECASE)


def _heading_above(text: str, at: int) -> str:
    """The line right above the line at `at`, if it is a short heading with no figure ("FIRST COUNT (superseded)",
    "## Provisional result"), else ""."""
    start = text.rfind("\n", 0, at)
    if start <= 0:
        return ""
    above = text.rfind("\n", 0, start)
    line = text[above + 1:start].strip(" \t#*_:")
    return line if 0 < len(line) <= 40 and not any(ch.isdigit() for ch in line) else ""


FRACTION_FINAL = re.compile(r"\b(?:lost|won|elected|final|finished|beat|beaten)\b", re.I)
"""Words before a lead in fractions of a vote that make it the last stage's ("lost by 20.47")."""
EARLY_COLUMN = re.compile(r"\b(?:validated|preliminary|provisional|initial|original|unofficial)\b|\belection\s+night\b|"
                          r"\bfirst\s+count\b|\bbefore\s+(?:the\s+)?recount\b", re.I)
LATER_COLUMN = re.compile(r"\b(?:after|following)\s+(?:the\s+|a\s+)?(?:judicial\s+)?recount\b|\brecount(?:ed)?\s*$|"
                          r"\b(?:certified|final)\b", re.I)
"""Two columns of one contest's counts: an early one ("Validated results", "Election night") and the one that
replaced it ("After judicial recount", "Certified")."""


COUNT_ROW = re.compile(EARLY_COLUMN.pattern + "|" + LATER_COLUMN.pattern + r"|\b(?:official|recount|count|declared|"
                       r"specials?|special\s+votes)\b", re.I)
"""A table row's label that names a count of the contest ("Election night", "Official result incl. specials",
"Judicial recount"): rows of one contest's successive counts."""


ASTERISK_ELECTS = re.compile(
    r"\b(?:elected|successful|winning|winners?)\b[^.\n]{0,60}\basterisk|\basterisks?\b[^.\n]{0,40}\b(?:elected|"
    r"successful|winners?)\b|\*\s*(?:=|denotes|indicates|marks)\s*(?:elected|successful|winners?)\b", re.I)
"""A results page's key saying an asterisk marks those elected (not, as often, the sitting councillor)."""


COUNCIL_NAMED = re.compile(rf"\b(?!(?:The|A|An|This|That|Each|Every|Its|Their)\s)({_NAME}\s+Council)\b")
"""A council the opening names ("Harbury Town Council results", "Wexcombe Council election 2023")."""
COUNCIL_REACH = 600
"""Characters of the copy's opening (its headline and lede) its council is looked for in."""
CONTEST_FIGURES = frozenset({Kind.VOTES, Kind.SHARE, Kind.RANK, Kind.MAJORITY, Kind.MARGIN, Kind.SHARE_CHANGE})


def _wholes_of_tiers(claims: list[Claim]) -> list[Claim]:
    """The whole of a tier's part is that tier's size ("on the constituency ballot, where it won 27 of the 40 seats":
    the constituencies', not the chamber's 60)."""
    tiers = {(c.sentence, c.whole): c.column for c in claims
             if c.kind == Kind.SEATS and c.whole is not None and c.column and not c.column.startswith("|")}
    if not tiers:
        return claims
    return [replace(c, column=tier) if c.kind == Kind.TOTAL_SEATS and c.column is None and WHOLE_OF_PART in c.evidence
            and (tier := tiers.get((c.sentence, c.value))) is not None else c for c in claims]


def _council_of_opening(claims: list[Claim], text: str) -> list[Claim]:
    """A results story of a council its opening names ("Harbury Town Council results …"): its wards' counts are that
    council's (`body`), never those of another council's ward of the same name in another story of the same day (a
    town council's wards often share the district's names)."""
    if (m := COUNCIL_NAMED.search(text, 0, COUNCIL_REACH)) is None:
        return claims
    body = " ".join(m.group(1).split())
    return [replace(c, body=body) if c.kind in CONTEST_FIGURES and c.body is None and c.unit != "seats" else c
            for c in claims]


def _early_rows(claims: list[Claim], text: str) -> set[int]:
    """The figures of a table's rows of earlier counts, when its rows are one contest's counts in turn, one of them
    named early or later ("Election night", …, "Judicial recount"): every count row but the last was replaced."""
    rows: dict[int, dict[str, list[int]]] = defaultdict(dict)  # paragraph → row label → its figures' starts
    for c in claims:
        if c.column and c.kind in ROUND_KINDS:
            line = line_of(text, c.location.start)
            label = row_label(line) if line.lstrip().startswith("|") else ""
            if label and COUNT_ROW.search(label):
                rows[c.paragraph].setdefault(label, []).append(c.location.start)
    out: set[int] = set()
    for labels in rows.values():
        if len(labels) >= 2 and any(EARLY_COLUMN.search(x) or LATER_COLUMN.search(x) for x in labels):
            ordered = sorted(labels.items(), key=lambda kv: min(kv[1]))
            out.update(start for _, starts in ordered[:-1] for start in starts)
    return out


def _column_round(column: str, columns: list[str], signed: bool = False) -> str | None:
    """The round a table column of votes counts: "" for the first ("1st pref", "Round 1"), 'transfer' for votes
    gained ("2nd preferences", "Transfers"), 'final' for the last count ("Final", "Round 2" of two), else
    'intermediate'; None for a column that names no round."""
    if TRANSFER_COLUMN.search(column):
        return "transfer"
    if TWO_PARTY.search(column):
        return "final"  # "| ALP 2PP % | LNP 2PP % |": the two-party-preferred count, the last
    if final_column(column) and any(TRANSFER_COLUMN.search(x) for x in columns):
        return "final"
    if re.search(r"\b(?:1st|first)\b|\b(?:1|one)\b", column) and (ROUND_COLUMN.search(column) or "pref" in column):
        return ""
    if (m := COUNT_N.search(column)) is not None and int(m.group(1)) >= 2 and not ROUND_COLUMN.search(column):
        # An Irish count sheet: "| Count 1 | Count 2: Murphy surplus (3,707) | Total after count 2 |"
        if LATER_COUNT_MOVES.search(column) and signed:
            return "transfer"  # the votes a surplus or an exclusion moved, each row's gain or loss ("+404")
        # (a cell of the count's total, in a column of moves and totals: "| +201 1,232 |")
        later = [x for x in columns if (k := COUNT_N.search(x)) is not None and int(k.group(1)) >= 2]
        return "final" if later and later[-1] == column else INTERMEDIATE
    if ROUND_COLUMN.search(column):
        rounds = [x for x in columns if ROUND_COLUMN.search(x)]
        return "final" if rounds and rounds[-1] == column or "final" in column or "run" in column else INTERMEDIATE
    return None


def _open_totals(claims: list[Claim], alliances: frozenset[str]) -> list[Claim]:
    """A seats table's "Total" row sums its rows only when each row is one party's: with a row of no party
    ("Others", "of which BJP") or an alliance and its members, the parties named need not add up to it."""
    if not any(c.kind == Kind.TOTAL_SEATS and TOTAL_ROW in c.evidence for c in claims):
        return claims
    opened: set[int] = set()  # the total rows to open: the indexes of their claims
    above: dict[str | None, bool] = {}  # column → a row of no one party since its last total row
    for c in sorted(claims, key=lambda c: c.location.start):
        if c.kind == Kind.TOTAL_SEATS and TOTAL_ROW in c.evidence:
            if above.pop(c.column, False):
                opened.add(c.index)
        elif c.kind == Kind.SEATS and c.column:
            above[c.column] = above.get(c.column, False) or c.subject_kind != "party" or c.subject in alliances
    return [replace(c, evidence=tuple(e for e in c.evidence if e != TOTAL_ROW) + (OPEN_TOTAL_ROW,))
            if c.index in opened else c for c in claims]


def _running_totals(claims: list[Claim], text: str) -> list[Claim]:
    """In a live blog, the seat totals of every entry but the latest are a running count as the night goes
    on ("02:55 Tally: Labour 204 …", then "11:00 Labour 411"): provisional, another fact than the result.
    The latest entry is the last when the stamps mostly rise, the first when the blog runs newest first."""
    stamps = [(m.start(), int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower().startswith("p") else 0)
               if m.group(3) else int(m.group(1)), int(m.group(2))) for m in TIMESTAMP.finditer(text)]
    stamps = [s for s in stamps if s[1] < 24 and s[2] < 60]
    if len(stamps) < LIVE_ENTRIES or not any(c.kind in SEAT_KINDS for c in claims):
        return claims
    rises = sum((b[1], b[2]) > (a[1], a[2]) for a, b in zip(stamps, stamps[1:]))
    newest_last = rises * 2 >= len(stamps) - 1
    starts = [s[0] for s in stamps]

    def entry(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    seated = [entry(c.location.start) for c in claims if c.kind in SEAT_KINDS and entry(c.location.start) >= 0]
    if not seated:
        return claims
    latest = max(seated) if newest_last else min(seated)
    return [replace(c, round="provisional") if c.kind in SEAT_KINDS and c.round is None
            and 0 <= entry(c.location.start) != latest else c for c in claims]

LEDE = 400
"""Characters of an article's start (its headline and first paragraph) that say what it is about."""


TOTAL_KINDS = (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST)
PARTS = {"state", "province", "region", "territory", "city", "county"}
"""What a country's seats are split into: "Of the state's 80 seats" counts one state's, not the chamber's;
"winning 14 of the city's 26 ridings" (after "gains in Calgary") counts one city's."""


TOWNS = {"city", "county"}
"""Parts only in the possessive ("of the city's 26 ridings"): "its worst night in the city" is a council's story."""


def _parts(v: View, claims: list[Claim], states: frozenset[str] = frozenset()) -> list[Claim]:
    """Seat figures of a paragraph that turns to one part of the country ("The result in Uttar Pradesh did
    the most damage. Of the state's 80 seats, the Samajwadi Party won 37 …"), from the sentence that says
    so on, are that part's: their scope is its name, so they are neither the chamber's nor summed with it."""
    starts: dict[int, tuple[set[str], str]] = {}  # paragraph → (its sentences from the part's on, the name)
    for k in range(1, v.n - 1):
        w = v.lowers[k]
        if w == "there" and v.t.sent_starts[k] and v.para_of[k] not in starts \
                and v.lower(k + 1) not in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "may",
                                           "might", "could", "should", "must", "'s", "’s", "seems", "appears"):
            pass  # "… came in Uttar Pradesh, which sends 80 MPs. There the Samajwadi Party won 37 seats": that state
        elif w in ("'s", "’s"):
            words = _unknown_name_before(v, k)
            if words and v.lower(k - 1 - len(words)) == "of" and v.num(k + 1) is not None \
                    and v.para_of[k] not in starts:  # "INDIA bloc wins 43 of Uttar Pradesh's 80 seats"
                starts[v.para_of[k]] = ({v.span_text(*v.sents[v.sent_of[k]]).strip()}, " ".join(words))
            continue
        elif w in ("seats", "constituencies") and v.para_of[k] not in starts \
                and (words := _unknown_name_before(v, k, areas=True)) and (n := v.num(k - 1 - len(words))) is not None \
                and not n.decimals and v.lower(k - 2 - len(words)) in ("all", "the", "of"):
            # "all eight Wendmoor seats stay with the party that held them, four Labour and four Conservative": that
            # area's seats, in that sentence (not "Nationally the Conservatives … Labour has 262" after it)
            starts[v.para_of[k]] = ({v.span_text(*v.sents[v.sent_of[k]]).strip()}, " ".join(words))
            continue
        elif w not in PARTS or v.para_of[k] in starts or v.lower(k - 1) != "the":
            continue
        s, e = v.sentence_bounds(k)
        if w != "there" and not (v.lower(k + 1) in ("'s", "’s") and any(v.num(j) is not None for j in (k + 2, k + 3))
                or w == "region" and v.lower(k + 1) in ("'s", "’s") and v.lower(k + 2) in ("seats", "constituencies", "mps")
                and any(v.num(j) is not None and not v.years[j] for j in range(k + 3, e))  # "a clear majority of the region's seats, but
                # Reform UK took two"
                or w not in TOWNS and v.lower(k - 2) in ("in", "across", "throughout")
                and any(v.num(j) is not None for j in range(s, e))):
            continue  # "Of the state's 80 seats", "in the province, the Liberals won 45": not "the province's interests"
        name = _part_name(v, k)
        if name is None and v.lower(k + 1) in ("'s", "’s") and w == "region":
            name = ARTICLE_REGION  # "Of the region's 46 constituencies, Labour won 31": a part the copy names only
            # up top (its figures are then this article's own: `Fact.pool`, `fact_key`)
        if name is not None:
            first = v.sent_of[k]
            starts[v.para_of[k]] = ({v.span_text(a, b).strip() for a, b in v.sents[first:]
                                     if v.para_of[a] == v.para_of[k]}, name)
    if not starts:
        return claims
    for para, table in _tables_after(v, starts).items():
        sizes = {c.value for c in claims if c.paragraph == para and c.kind == Kind.TOTAL_SEATS}
        rows = [c for c in claims if c.paragraph in table and c.kind == Kind.SEATS and c.value is not None]
        if rows and sum(c.value for c in rows) in sizes:
            for c in rows:  # "… winning 37 of the state's 80 Lok Sabha seats." then a table of 37, 33, 6, 2, 1, 1
                starts[c.paragraph] = (starts.get(c.paragraph, (set(), ""))[0] | {c.sentence}, starts[para][1])
    out = []
    for c in claims:
        part = starts.get(c.paragraph)
        if part is not None and c.kind in SEAT_KINDS and c.sentence in part[0] \
                and (c.scope is None or c.scope.startswith(CHAMBER_PREFIX) or c.scope in part[1] or c.scope in states):
            # (a city's seats inside a state: "winning 14 of the city's 26 ridings, … in rural Alberta")
            c = replace(c, scope=part[1], evidence=c.evidence + (f"a part of the country: {part[1]}",))
        out.append(c)
    return out


def _unknown_name_before(v: View, k: int, areas: bool = False) -> list[str]:
    """The capitalised words (at most three) right before token k that no list knows: no party, person, place,
    region or chamber (`areas`: a place or region may be among them, "all eight Wendmoor seats")."""
    j = k
    while j > 0 and k - j < 3 and v.text(j - 1)[:1].isupper() and v.t.is_alpha[j - 1] and (
            (m := v.mention_at[j - 1]) is None or areas and m.kind in ("place", "region")):
        j -= 1
    return [v.text(t) for t in range(j, k)]


def _tables_after(v: View, parts: dict[int, tuple[set[str], str]]) -> dict[int, set[int]]:
    """The paragraphs (rows) of a table that comes right after a part's paragraph: perhaps the part's breakdown."""
    in_table: dict[int, int] = {}  # paragraph → the table it holds cells of
    worded: set[int] = set()  # paragraphs with a word or number: not a rule under a heading ("|---|---:|")
    for k in range(v.n):
        if v.cells[k] is not None:
            in_table.setdefault(v.para_of[k], v.cells[k].table)
        if v.t.is_alpha[k] or v.nums[k] is not None:
            worded.add(v.para_of[k])
    tables: dict[int, set[int]] = {}
    last = v.para_of[v.n - 1] if v.n else 0
    for para in parts:
        table, rows, p = in_table.get(para + 1), set(), para + 1
        while table is not None and p <= last and (in_table.get(p) == table or p not in in_table and p not in worded):
            rows.add(p)
            p += 1
        if rows:
            tables[para] = rows
    return tables


def _in_name(v: View, k: int) -> bool:
    """A capitalised word of a place's name: no person's or party's ("Western Australia", "Uttar Pradesh")."""
    m = v.mention_at[k]
    return v.text(k)[:1].isupper() and (m is None or m.kind in ("place", "region"))


def _part_name(v: View, k: int) -> str | None:
    """The part "the state" stands for: the last capitalised name after "in" or "of" in its paragraph, before
    it ("The result in Uttar Pradesh …")."""
    para = v.para_of[k]
    j = k - 1
    while j >= 0 and v.para_of[j] == para:
        if v.lower(j) in ("in", "of") and _in_name(v, j + 1):
            e = j + 1
            while e < k and _in_name(v, e):
                e += 1
            if e > j + 1:
                return v.span_text(j + 1, e)
        j -= 1
    return None


def _paragraph_scopes(claims: list[Claim]) -> list[Claim]:
    """A paragraph's turnout, electorate and ballots are one count's: "Turnout nationally: 84.0%. 3,675,718
    ballot papers from an electorate of 4,375,850" names the nation once, for all three."""
    scopes: dict[int, set[str]] = {}
    for c in claims:
        if c.kind in TOTAL_KINDS and c.place is None:
            scopes.setdefault(c.paragraph, set()).add(c.scope)
    return [replace(c, scope=next(iter(scopes[c.paragraph] - {None})))
            if c.kind in TOTAL_KINDS and c.place is None and c.scope is None and len(scopes[c.paragraph] - {None}) == 1
            else c for c in claims]


ELLIPSIS = re.compile(r"(?:,\s*|\s)(?:and|while|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                      r"(?:'s|’s)?\s*(?:(?:a\s+)?(?:distant\s+|close\s+|poor\s+)?(?:second|third|fourth|fifth)\s+)?"
                      r"(?:on\s+|with\s+)?$")
"""Between two figures of one sentence: the second's clause has no verb of its own ("took 55.2 per cent of the vote
there in 2019 and Labour 24.9 per cent", "…, with the Liberal Democrats a distant second on 18.2 per cent"), so it is
told of the same election as the first."""


NATIONALLY = re.compile(r"^\W*(?:nationally|across (?:scotland|wales|the country|the nation)|in the chamber as a whole|"
                        r"overall, across)\b", re.I)
"""A sentence of the whole parliament's figures, in copy about one region's list ("Nationally, the SNP finished on 64
of the 129 seats")."""


def _regional_apart(claims: list[Claim], text: str) -> list[Claim]:
    """In copy about one region of a mixed system (its list seats, "the region's nine constituencies"), the
    figures of a sentence that turns to the whole parliament ("Nationally, …") are the nation's, kept apart from the
    region's (body 'nationally'): a party's 31 seats in Holyrood are not its 2 + 3 in the North East."""
    if not re.search(r"\bthe region's\b|\bin the region\b|\bthis region\b|\bregional list\b", text, re.I):
        return claims
    turned = {}  # paragraph → where its turn to the whole parliament starts (the rest of the paragraph is of it)
    for c in claims:
        if NATIONALLY.match(c.sentence):
            turned[c.paragraph] = min(turned.get(c.paragraph, c.location.start), c.location.start)
    return [replace(c, body="nationally", evidence=c.evidence + ("the whole parliament's, in copy about a region",))
            if c.kind in SEAT_KINDS and c.scope != COUNCIL_SCOPE and c.body is None and c.paragraph in turned
            and c.location.start >= turned[c.paragraph] else c for c in claims]


OWN_TIME = re.compile(r"\s*(?:%|per cent|pc|points|votes|seats)?\s*(?:(?:in|at) (?:the )?(?:19|20)\d\d\b|this (?:year|time)\b"
                      r"|last (?:week|month)\b)", re.IGNORECASE)
"""Words right after a figure that tell its own election."""
OVER_ELECTIONS = re.compile(r"\b(?:at|in|across|over) (?:all|each|every|the last|the past) (?:(?:two|three|four|five|six|"
                            r"seven|eight|\d+) )?(?:general |local )?(?:elections?|contests?|polls?)\b", re.IGNORECASE)
RANGE_OF = re.compile(r"\bbetween\s+$", re.IGNORECASE)


YEARS_LATER = re.compile(r"^\s*(?:%|per cent|votes|seats)?\s*(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
                         r"years? (later|on|after|earlier|before)\b", re.IGNORECASE)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}


ACROSS_HEADING = re.compile(r"^(?:Across|Throughout)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})\s*$")
"""A section heading over a whole council's figures: "## Across Thamesbrook" (after a ward's result)."""
IN_PLACE = re.compile(r"^\s*(?:In|Across|Throughout) (?:the )?((?:[A-Z][\w'’-]+)(?:(?:\s+(?:and|&|upon|on|under)\s+|\s+)[A-Z][\w'’-]+){0,4})"
                      r"(?:\s+(?:area|ward|division|electoral area|local electoral area|LEA))?"
                      r"(?:,|\s+(?:the|Labour|Reform|Conservatives?|Liberal|Greens?|Plaid|SNP|independents?)\b)")
"""A sentence opening with the place it is about: "In Medway, …", "In Windsor and Maidenhead the Liberal Democrats …",
"Across Kilbrae, the SNP finished with 16 councillors"."""
ANOTHER_IN_PLACE = re.compile(r"[;,]\s+(?:and\s+|while\s+|but\s+)?in [A-Z]")
NOT_PLACES = frozenset({"the", "a", "an", "its", "their", "his", "her", "all", "total", "this", "that", "these", "those",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "general", "local", "recent", "contrast", "addition"})


def _final_pairs(claims: list[Claim]) -> list[Claim]:
    """Two shares of one sentence that make 100 between them, one of the final count ("Labor 63,004 (65.0%) to
    Liberal 33,905 (35.0%), … on the 2PP"): the other is that count's too."""
    shares: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == Kind.SHARE and c.modality == Modality.ACTUAL and c.value is not None and not c.column:
            shares[c.sentence].append(c)
    final: set[int] = set()
    for pair in shares.values():
        if len(pair) == 2 and {c.round for c in pair} == {None, "final"} and abs(sum(c.value for c in pair) - 100) < 0.15:
            final.update(c.index for c in pair if c.round is None)
    return [replace(c, round="final") if c.index in final else c for c in claims]


def _relative_years(claims: list[Claim], current: int | None) -> list[Claim]:
    """ "UKIP's 7,402 votes in 2015 collapsed to 1,102 two years later": the year counted from the one the
    sentence names before it (2017), an earlier election's figure unless that is the one reported."""
    out: list[Claim] = []
    for c in claims:
        k = c.sentence.find(c.text) if c.year is None and c.modality == Modality.ACTUAL else -1
        if k >= 0 and (m := YEARS_LATER.match(c.sentence[k + len(c.text):])):
            n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
            told = [x for x in out if x.sentence == c.sentence and x.year is not None
                    and x.location.start < c.location.start]
            later = m.group(2).lower() in ("later", "on", "after")
            year = told[-1].year + (n if later else -n) if told else None
            if year is None or year != current:
                c = replace(c, modality=Modality.HISTORICAL, year=year,
                            evidence=c.evidence + (f"'{m.group(0).strip()}'" + (f": {year}" if year else ""),))
        out.append(c)
    return out


def _ranges_over_elections(claims: list[Claim]) -> list[Claim]:
    """ "stuck between 3.7% and 6.6% at all four elections": the bounds of a range over several elections, no one
    election's figure (set apart as a group's, so no check takes either for a result)."""
    out: list[Claim] = []
    for c in claims:
        if c.modality == Modality.ACTUAL and c.kind in (Kind.SHARE, Kind.VOTES, Kind.SEATS, Kind.TURNOUT) \
                and OVER_ELECTIONS.search(c.sentence) and (k := c.sentence.find(c.text)) >= 0 \
                and (RANGE_OF.search(c.sentence[:k]) or re.search(r"\bbetween\s+\S+\s+and\s+$", c.sentence[:k], re.I)):
            c = replace(c, modality=Modality.GROUP, evidence=c.evidence + ("a range over several elections",))
        out.append(c)
    return out


def _elliptic_years(claims: list[Claim]) -> list[Claim]:
    """A figure whose clause leaves out its verb is of the election the figure before it is of: "The Conservatives
    took 55.2 per cent of the vote there in 2019 and Labour 24.9 per cent" gives both 2019's."""
    out: list[Claim] = []
    prev: Claim | None = None
    for c in claims:
        if prev is not None and prev.sentence == c.sentence and prev.kind == c.kind and prev.year is not None \
                and prev.modality == Modality.HISTORICAL and c.modality == Modality.ACTUAL and c.year is None \
                and (a := c.sentence.find(prev.text)) >= 0 and (b := c.sentence.find(c.text, a + len(prev.text))) > a \
                and ELLIPSIS.search(c.sentence[a + len(prev.text):b]) \
                and not OWN_TIME.match(c.sentence[b + len(c.text):]):  # (not "… and Reform's 21.6% in 2024")
            c = replace(c, modality=Modality.HISTORICAL, year=prev.year,
                        evidence=c.evidence + (f"'{prev.year}', told of the figure before it",))
        out.append(c)
        prev = c
    return out


def _earlier_sides(claims: list[Claim]) -> list[Claim]:
    """The figure a change starts from is the one before this election ("The NDP, which had 25 seats …,
    fell to 8"), however the words around it read."""
    earlier = {c.change.from_claim for c in claims if c.change is not None and c.change.from_claim is not None
               and c.change.from_claim != c.change.to_claim}
    return [replace(c, modality=Modality.HISTORICAL, evidence=c.evidence + ("the earlier side of a change",))
            if c.index in earlier and c.modality == Modality.ACTUAL and c.year is None else c for c in claims]


STANDFIRST = re.compile(r"(?:[*_]).*(?:[*_])$|(?:[^\n.]*[|·•–—]\s*)?By\s+[A-Z][^\n.]*(?:\n[^\n]{0,40}){0,2}$", re.S)
"""A line under the headline that is no paragraph of the story: a date and byline in italics ("*Friday 3 May 2024 |
By Leanne Carver, Local Democracy Reporter*"), a byline (and a short line or two under it: its date, its title)."""


def _lede(text: str) -> str:
    """The headline and the first paragraph (at most LEDE characters): what the article is about. A council
    named further down ("published on the council's website") is in passing. A date line between them
    ("3 May 2025") is neither."""
    blocks = [b for b in text[:LEDE * 4].split("\n\n") if b.strip()]
    blocks = blocks[:1] + [b for b in blocks[1:] if len(b.strip()) >= 60 and not STANDFIRST.match(b.strip())][:1]
    return "\n\n".join(blocks)[:LEDE]


_MPS = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:MPs?|MSPs?|MSs|AMs|MLAs|TDs|senators|representatives)\b")


def _of_mps(c: Claim) -> bool:
    """A figure of members of a parliament ("five MPs", "12 MSPs"): never a council's seats."""
    k = c.sentence.find(c.text)
    return k >= 0 and bool(_MPS.match(c.sentence, k + len(c.text)))


def _named_again(c: Claim, bodies: set[str]) -> str | None:
    """A council named earlier that the figure's sentence names again ("At Harrowden, Labour's 31 seats"): the
    one named last before the figure."""
    k = c.sentence.find(c.text)
    best = None
    for name in bodies:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", c.sentence):
            if (k < 0 or m.start() < k) and (best is None or m.start() > best[0]):
                best = (m.start(), name)
    return best[1] if best else None


NOT_HEADINGS = frozenset({"LIVE", "BREAKING", "UPDATE", "LATEST", "RESULT", "RESULTS", "NOTE", "CORRECTION",
                          "ANALYSIS", "BACKGROUND", "NATIONALLY", "OVERALL", "TOTAL", "ELSEWHERE"})
"""Capitalised labels that head a line but name no council."""


COUNCIL_HEADS = frozenset({"borough", "district", "city", "council", "county", "town", "unitary"})
"""The last word of a council's name heading a line of a round-up ("Thornbeck City - …")."""


LINE_REACH = 12
"""Tokens after a count its results line or table row may mark it in ("… | 1,842 | Elected |")."""
PAIR_KINDS = frozenset({Kind.SEATS, Kind.SHARE, Kind.TURNOUT, Kind.VOTES, Kind.MAJORITY})
"""Kinds of figure a change's amount may follow as a pair, earlier and later."""
PARENT_ROW_REACH = 400
"""Tokens back from an indented row to the row it is part of."""
ROUND_THOUSANDS = 10_000
"""From here a count in whole thousands ("by 35,000 votes") is taken as rounded: within 500 of the exact one."""


ACROSS_BODIES = re.compile(r"\b(?:(?i:across|elsewhere in) (?:the )?(?:[A-Z]\w+|country|nation|region|city|county|borough|district)|(?i:nationally|nationwide|"
                           r"in all|overall|in total|altogether|put together|taken together|between them|combined"
                           r"|(?:final )?seat tally|final tally|county-?wide|council-?wide"
                           r"|(?:across|on|in) (?:all |both |the |these |those )*(?:two|three|four|five|six|seven|eight|nine"
                           r"|ten|\d+|several|many) (?:councils|authorities|areas|counties|boroughs|districts)))\b")
"""Words that speak of every council at once, not the one named last."""
THE_COUNCIL = re.compile(r"\b[Tt]he council (?:now )?(?:stands|is|has|will|was)\b")
"""One council's own make-up, whatever sum it gives: "The council now stands at Labour 30, … - 47 in all"."""


SEAT_GROUP = re.compile(r"^(?:\s+\w+){0,3}?\s+(?:seats?|constituencies|wards|marginals|targets)\s+(?:that|which|where|whose"
                        r"|with (?:majorities|a majority|margins)|on majorities|held by|it (?:must|needs|has to)|to watch"
                        r"|in the region with|(?:in|across) [\w ]{1,30}? with (?:majorities|margins)"
                        r"|(?-i:(?:[A-Z][\w'’-]*\s+){1,3})(?:will|must|needs?|could|should|would|might|can|hopes? to|"
                        r"is targeting|are targeting|has to|have to))\b", re.IGNORECASE)
"""After a count of seats, words that pick some out: "Ten seats that will decide …", "a further five seats in the
region with majorities under 5,000": a group of seats, no party's tally."""
ONE_MEMBER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){1,3}(?:MP|MSP|MS|MLA|councillor|member|source|insider|figure)\b"
                        r"(?!s)", re.IGNORECASE)


BROKEN_DOWN = re.compile(r"^\s*(?:seats?|MPs|members)?\s*[:—–]\s")
"""After an alliance's seats, a colon or dash that opens the list of its members' seats."""


def _breakdowns(claims: list[Claim], members: dict[str, frozenset[str]]) -> list[Claim]:
    """ "The ruling NDA finished with 18 seats: the BJP won 10, the Shiv Sena 6 and the NCP just 1": an alliance's
    seats, broken down after a colon into two or more of its members', are their sum — a combined figure (checked
    as "together" is), of the members the sentence names."""
    out = list(claims)
    for c in claims:
        if c.kind != Kind.SEATS or c.subject not in members or c.value is None \
                or not BROKEN_DOWN.match(c.sentence[(k := figure_end(c.sentence, c.text)):]):
            continue
        after = [x for x in claims if x.kind in SEAT_KINDS and x.sentence == c.sentence
                 and x.location.start > c.location.start]
        parts = [x.subject for x in after]
        rest = c.sentence[figure_end(c.sentence, after[-1].text, k):] if after else ""
        if len(parts) >= 2 and len(set(parts)) == len(parts) and all(p in members[c.subject] for p in parts) \
                and not re.search(r"\d|\b(?:others?|allies|independents?|smaller|rest|remaining)\b", rest, re.I) \
                and not re.search(r"\b(?:including|among them|such as|led by)\b", c.sentence[k:], re.I):
            # (every figure after the colon a member's: not "…, the JD(U)'s 12 and 25 from smaller allies")
            out.append(replace(c, index=len(out), kind=Kind.COMBINED_SEATS, subject=None, subject_kind=None,
                               subject_via=None, party=None, role=None, counterpart=None, sides=tuple(parts),
                               evidence=c.evidence + (f"the seats of {' and '.join(parts)} together, after a colon",)))
    return out


def figure_end(sentence: str, figure: str, start: int = 0) -> int:
    """Where a figure ends in its sentence, or the sentence's length."""
    m = find_figure(sentence, figure, start)
    return m.end() if m else len(sentence)


def _seat_groups(claims: list[Claim]) -> list[Claim]:
    out = []
    for c in claims:
        if c.kind == Kind.SEATS and c.modality == Modality.ACTUAL and not c.column:
            afters = [c.sentence[m.end():] for m in re.finditer(rf"(?<![\w,.]){re.escape(c.text)}(?![\w,])", c.sentence)]
            if any(SEAT_GROUP.match(a) for a in afters):
                c = replace(c, modality=Modality.GROUP, evidence=c.evidence + ("a group of seats picked out",))
            elif c.value == 1 and c.text.lower() == "one" and afters and all(ONE_MEMBER.match(a) for a in afters):
                continue  # "said one Labour MP from the region": a person, no seats
        out.append(c)
    return out


def _line_start(v: View, i: int) -> int:
    """The first token of token i's line: where a results line's heading starts."""
    return v.line_start[i] if i < v.n else i


CONTROL_WORDS = frozenset(("hold", "gain", "loss", "noc", "control", "change"))
"""Words of what happened to a council: "(Lab hold)", "(NOC, no change)", "(no overall control)"."""
BODY_COLUMNS = ("council", "authority")
"""First column headings whose cells name each row's council: "| Council | Result | New council | Seats |"."""


def _row_heads(v: View, index_of: dict[int, int], names_rows: Callable[[str], bool] | None = None) -> dict[int, str]:
    """Claims in the rows of a table whose first column names something (by default each row's council), with
    what each row's first cell names. `names_rows`: whether a first column's heading names its rows."""
    names_rows = names_rows or (lambda h: any(w in h for w in BODY_COLUMNS))
    names: dict[tuple[int, int], list[int]] = {}
    for k in range(v.n):
        cell = v.cells[k]
        if cell is not None and cell.column == 0 and not cell.heading and cell.headers \
                and names_rows(cell.headers[0]):
            names.setdefault((cell.table, cell.row), []).append(k)
    if not names:
        return {}
    out = {}
    for i, index in index_of.items():
        cell = v.cells[i]
        if cell is not None and cell.column > 0 and (ts := names.get((cell.table, cell.row))):
            out[index] = v.span_text(ts[0], ts[-1] + 1)
    return out


def _row_places(claims: list[Claim], rows: dict[int, str]) -> list[Claim]:
    """A row's figures are of the place its first cell names, under a place column ("| Counting area | Yes % |
    … | Turnout % |"), where no gazetteer knew it: "Teesdale"'s turnout is not the whole region's."""
    if not rows:
        return claims
    return [replace(c, place=name, evidence=c.evidence + (f"the row of '{name}'",))
            if c.place is None and c.kind not in SEAT_KINDS and (name := rows.get(c.index, "").strip(" *_"))
            and not TOTAL_ROW_NAME.match(name) else c for c in claims]




TOTAL_ROW_NAME = re.compile(r"^(?:total|all|overall|turnout|electorate|majority|region|whole|combined)\b", re.I)
"""A table's summing row, not a place."""


ASIDE_OPENERS = frozenset({"when", "which", "who", "where", "whose"})
"""Words that open an aside between commas: "from 57.1 per cent in 2020, when Tsai was re-elected, to 40.1"."""


def _told_twice(claims: list[Claim]) -> bool:
    """Whether two people are each given two counts: a count and its recount told in full (a slip changes one figure;
    a recount, several)."""
    counts: dict[str, set[float]] = defaultdict(set)
    for c in claims:
        if c.kind == Kind.VOTES and c.subject_kind == "person" and c.subject and c.value is not None:
            counts[c.subject].add(c.value)
    return sum(len(values) >= 2 for values in counts.values()) >= 2


def _past_aside(v: View, k: int) -> int | None:
    """The token after an aside that opens at the comma `k` ("…, when Tsai Ing-wen was re-elected,") and holds no
    figure, or None; or after an aside in brackets of no figure ("from a notional 38.8% (the 2019 result recalculated
    for the new boundaries) to 41.3%")."""
    if v.lower(k) == "(":
        _, e = v.sentence_bounds(k)
        for t in range(k + 1, min(e, k + 20)):
            if v.num(t) is not None and not is_year(v, t) or v.lower(t) == "(":
                return None
            if v.lower(t) == ")":
                return t + 1
        return None
    if v.lower(k) != "," or v.lower(k + 1) not in ASIDE_OPENERS:
        return None
    _, e = v.sentence_bounds(k)
    for t in range(k + 2, min(e, k + 16)):
        if v.num(t) is not None and not is_year(v, t):
            return None
        if v.lower(t) == ",":
            return t + 1
    return None


def _in_brackets(v: View, lo: int, k: int, hi: int) -> bool:
    """Whether token k stands in brackets closed before hi, among other words: "| Yes (elected mayor) | 22,418 |"
    names an option (but "| Jan Frost (elected) | 1,450 |" marks the winner)."""
    opened = max((j for j in range(lo, k) if v.lower(j) == "("), default=-1)
    closed = max((j for j in range(lo, k) if v.lower(j) == ")"), default=-1)
    return opened > closed and v.lower(k + 1) != ")" and any(v.lower(j) == ")" for j in range(k + 1, hi))


COUNTRY_CHAMBER = "the chamber of the copy's country, as it names none"
STATE_OF = "@"
"""Between a state chamber's id and its state's name in a scope: "us-state-house@Texas"."""
SAME_SUBJECT_AGAIN = re.compile(r"\W*(?:(?:this time|last week|last time|now|then|on thursday|in (?:19|20)\d\d)"
                                r",?\s+)?(?:they|it|he|she|the party)\b", re.IGNORECASE)
"""A sentence that goes on about the subject of the one before: "This time they won four", "Last week they won one"."""
SEATS_TOLD = re.compile(r"\b(?:all|the|its|their|our|these|those)\s+([\w,-]+)\s+(?:seats|constituencies|wards|"
                        r"divisions|ridings)\b", re.IGNORECASE)
"""A group of seats a paragraph names by number: "All three seats have declared"."""
SEATS_UP = re.compile(r"\b([\w,-]+)\s+(?:seats|councillors|wards|divisions)\s+(?:were|are|was|is)\s+"
                      r"(?:up\b|contested\b|being contested\b|fought\b)", re.IGNORECASE)
"""A paragraph's seats fought this time ("Sixteen seats were up for election"): the tally after it is of those."""
OF_FOUGHT = re.compile(r"\bof\s+the\s+(\d+|[a-z-]+)\s+(?:seats|wards|divisions)\s+(?:contested|up\s+for\s+election|being\s+"
                       r"contested|fought|up)\b", re.IGNORECASE)
"""The seats fought this time, told as the whole of a party's win: "won 21 of the 34 seats contested"."""
NOT_UP = re.compile(r"\b(\d+|[a-z-]+)\s+seats\s+not\s+(?:up|contested|being\s+contested|fought)\b", re.IGNORECASE)
"""Seats left out of this election, counted apart: "The 66 seats not up this year split 38 Republican, 28 …"."""
ACROSS_COUNCILS = re.compile(r"\b(?:across|in)\s+(?:all\s+)?(?:[\w'’]+\s+){0,3}?(\d+|[a-z]+)\s+(?:councils|local authorities)\b",
                             re.IGNORECASE)
"""Seats of several councils at once: "Across Northern Ireland's 11 councils", "in all 107 councils"."""
WON_VERBS = ("won", "took", "gained", "secured", "picked", "swept", "sweep", "sweeps")
"""Verbs of seats won this time (not "held", "has": what a party sits with)."""
WON_BEFORE = re.compile(rf"\b(?:{'|'.join(WON_VERBS)})\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
"""A won-verb right before a figure: "The Conservatives won five seats"."""


SIZED_SECTION = re.compile(r"^[*# \t]*([A-Z][A-Z .'’&-]{2,40}?)[ \t]*\((\d+) (?:seats?|MEPs|members)\)[* \t]*$",
                           re.MULTILINE)
"""A heading in capitals that sizes the group of seats under it: "FRANCE (81 seats)", "GERMANY (96 seats)"."""


def _sized_sections(claims: list[Claim], text: str) -> list[Claim]:
    """Under headings in capitals that each size a group ("FRANCE (81 seats)" … "GERMANY (96 seats)"), each section's
    seats are that group's: France's five Green MEPs are not Germany's twelve, nor any national chamber's."""
    heads = [(m.start(), m.group(1).strip(), int(m.group(2))) for m in SIZED_SECTION.finditer(text)]
    if len(heads) < 2:
        return claims
    starts = [h[0] for h in heads]
    article = _article_key(text)
    out = []
    for c in claims:
        k = bisect.bisect_right(starts, c.location.start) - 1
        if k >= 0 and c.kind in SEAT_KINDS and c.value is not None and c.value <= heads[k][2]:
            _, name, size = heads[k]
            c = replace(c, scope=f"{SUBSET}{size} {name.title()} ({article})",
                        evidence=c.evidence + (f"a group of seats its section heading sizes: '{name} ({size} seats)'",))
        out.append(c)
    return out


OF_THE_WHOLE = re.compile(r"^\s*(?:Of|Out of)\s+(?:the|its|their|[\w'’]+['’]s?)\s+(?:[\w'’]+\s+){0,2}?([\w,-]+)\s+"
                          r"(?:seats|constituencies|wards|divisions|ridings|districts|councillors)\s*,")
"""A sentence opened by the whole its tallies are of: "Of the county's seven constituencies, the Lib Dems won six"."""


def _wholes_of_opening(claims: list[Claim]) -> list[Claim]:
    """The seats a sentence counts after "Of the county's seven constituencies," are of those seven; and a tally's
    siblings ("Labour won three of Cornwall's six seats and the Liberal Democrats two") of its whole: parts of a
    group, never one fact with a part of another group."""
    wholes: dict[tuple[str, str], float] = {}
    for c in claims:
        if c.kind == Kind.SEATS and c.whole is None and (m := OF_THE_WHOLE.match(c.sentence)) is not None \
                and (n := parse_number(m.group(1))) is not None and c.value is not None and c.value <= n:
            wholes[(c.sentence, c.text)] = n
    out = []
    for c in claims:  # in text order: a sibling follows the tally it is a sibling of
        if c.kind == Kind.SEATS and c.whole is None:
            w = wholes.get((c.sentence, c.text))
            if w is None:
                head = next((e.split("'")[1] for e in c.evidence if e.startswith("sibling of the seats '")), None)
                w = wholes.get((c.sentence, head)) if head is not None else None
            if w is not None and c.value is not None and c.value <= w:
                c = replace(c, whole=w)
        elif c.kind == Kind.SEATS and c.whole is not None:
            wholes.setdefault((c.sentence, c.text), c.whole)
        out.append(c)
    return out


def _article_key(text: str) -> str:
    """A short key of an article's text, so that two articles' groups of seats are never one."""
    return f"{zlib.crc32(text.encode()):08x}"


def _seats_apart(claims: list[Claim], text: str) -> list[Claim]:
    """Seats a sentence counts apart from the body the story is about: "The 66 seats not up this year split 38
    Republican, 28 Democratic" (that group's), "Across Northern Ireland's 11 councils, Sinn Fein won 144 of the 462
    seats" (every council's together, not the one council the story is about)."""
    article = _article_key(text)
    apart: dict[str, tuple[str, str]] = {}
    for m in NOT_UP.finditer(text):
        if (n := parse_number(m.group(1))) is not None:
            apart.update({c.sentence: (f"{SUBSET}{int(n)} not up ({article})", "seats not up this time")
                          for c in claims if m.group(0) in c.sentence})
    for m in ACROSS_COUNCILS.finditer(text):
        apart.update({c.sentence: (f"{SUBSET}{m.group(1)} councils ({article})", "seats of several councils together")
                      for c in claims if m.group(0) in c.sentence and c.scope == COUNCIL_SCOPE})
    if not apart:
        return claims
    return [replace(c, scope=apart[c.sentence][0], evidence=c.evidence + (apart[c.sentence][1],))
            if c.sentence in apart and c.kind in (Kind.SEATS, Kind.TOTAL_SEATS) else c for c in claims]


def _won_of_fought(claims: list[Claim], text: str) -> list[Claim]:
    """In an election of part of a body ("won 21 of the 34 seats contested"), a party's seats won this time ("the
    Greens won three", "Greens 7 (won 3)") are of the seats fought, beside its seats on the whole body ("Greens 7")."""
    fought = {n for m in OF_FOUGHT.finditer(text) if (n := parse_number(m.group(1))) is not None}
    if len(fought) != 1:
        return claims
    total = int(fought.pop())
    scope = f"{SUBSET}{total} ({_article_key(text)})"

    def won(c: Claim) -> bool:
        return any(e.startswith(f"'{w}' with a party") for e in c.evidence for w in WON_VERBS) \
            or WON_BEFORE.search(text, max(0, c.location.start - 30), c.location.start) is not None

    marked = {(c.sentence, c.text) for c in claims if c.kind == Kind.SEATS and won(c)}
    for c in claims:  # in text order, so a chain ("won nine, independents six, the Liberal Democrats three") follows
        if c.kind == Kind.SEATS and any(e.startswith("sibling of the seats '") and (c.sentence, e.split("'")[1])
                                        in marked for e in c.evidence):
            marked.add((c.sentence, c.text))
    return [replace(c, scope=scope, evidence=c.evidence + (f"won this time, of the {total} seats fought",))
            if c.kind == Kind.SEATS and c.subject_kind == "party" and c.place is None
            and c.modality == Modality.ACTUAL and (c.scope is None or c.scope == COUNCIL_SCOPE)
            and (c.sentence, c.text) in marked
            else c for c in claims]


FOUGHT = "\x1ffought\x1f"
"""Marks a subset told by the seats fought this time, whatever body or scope its seats were given."""
SUBSET = "a group of seats: "
"""The scope of seats counted apart from their chamber ("nine of the twelve seats across the Calder valleys")."""


def _is_headline(text: str, sentence: str) -> bool:
    """A headline or title line: short, a line of its own, and no full stop at its end."""
    s = sentence.strip()
    return 0 < len(s) <= 120 and not s.endswith((".", ":", ";")) and "\n" not in s


def _section_heads(v: View) -> list[int]:
    """The paragraphs that are Markdown headings ("## The story of the night"), in order."""
    heads = []
    for k in range(v.n):
        if v.text(k).startswith("#") and (k == 0 or v.para_of[k - 1] != v.para_of[k]
                                          or v.t.is_space[k - 1] and "\n" in v.text(k - 1)):
            if not heads or heads[-1] != v.para_of[k]:
                heads.append(v.para_of[k])
    return heads


def _caps_heads(v: View) -> list[tuple[int, str, str]]:
    """Plain-text section headings: a paragraph that is one short line in capitals ("TOLHAM", "WHAT HAPPENS NEXT"),
    with its section's text (lower-cased, up to the next such heading), in order."""
    heads = []
    bounds = v.paragraph_bounds()
    for p, (a, b) in bounds.items():
        line_end = next((k for k in range(a, min(b + 1, a + 12)) if v.t.is_space[k] and "\n" in v.text(k)), None)
        if line_end is not None:  # "HALLAMSHIRE DISTRICT" on the first line of its paragraph, its text on the next
            b = line_end - 1
        words = [v.text(k) for k in range(a, b + 1) if not v.t.is_space[k]]
        if 1 <= len(words) <= 4 and all(w.isalpha() and w.isupper() and len(w) > 1 or w in ("&", "-") for w in words) \
                and " ".join(words) not in NOT_HEADINGS and "\n" not in v.span_text(a, b + 1) \
                and (line_end is None or len(words) >= 2 and words[-1].lower() in COUNCIL_KINDS):
            heads.append((p, " ".join(words), b))  # (a heading over lines of its paragraph only where it names a
            # council: "CALDERBROOK BOROUGH")
        elif (first_line := next((k for k in range(a + 1, min(bounds[p][1] + 1, a + 30)) if v.t.is_space[k]
                                  and "\n" in v.text(k)
                                  and any(not v.t.is_space[j] for j in range(a, k))), None)) is not None \
                and (name := _council_line([v.text(k) for k in range(a, first_line) if not v.t.is_space[k]])) is not None:
            heads.append((p, name, first_line - 1))  # "**Dunford Borough Council** (one-third of 45 seats contested)"
            # over its list
        elif line_end is None and words and v.span_text(a, b + 1).startswith("##") and sum(w.isalpha() for w in words) <= 11 \
                and "\n" not in v.span_text(a, b + 1):
            heads.append((p, "#" + " ".join(w for w in words if not w.startswith("#")), b))  # "## Fernbridge District
            # Council": a Markdown (or HTML) section heading, a body only if it names a council (a page's "# …" is
            # its title, the whole article's)
    paragraphs = list(bounds)
    out = []
    for n, (p, name, b0) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else paragraphs[-1] + 1
        before_end = paragraphs[bisect.bisect_left(paragraphs, end) - 1]  # the section's last paragraph
        a, b = b0 + 1, bounds[before_end][1]
        out.append((p, name, v.span_text(a, b + 1).lower() if b >= a else ""))
    return out


def _council_line(words: list[str]) -> str | None:
    """A council's name alone on the first line of its paragraph, perhaps with a bracket after it ("Dunford Borough
    Council (one-third of 45 seats contested)"): the heading of the list below it."""
    if "(" in words:
        words = words[:words.index("(")]
    words = [w for w in words if w not in ("*", "**", "_", "__")]
    if not 2 <= len(words) <= 5 or words[-1] != "Council" or words[-2].lower() not in COUNCIL_KINDS and len(words) < 2:
        return None
    if not all(w[:1].isupper() and (w.isalpha() or w in ("&", "-")) for w in words):
        return None
    return " ".join(words)


def _bold_heading(v: View, i: int) -> str | None:
    """The name a list entry opens with before a colon ("- **Cardiff**: Labour 55 seats …", its bold dropped when the
    Markdown is read), if it is no party, person, region or chamber: in a round-up of councils, that council."""
    k = _line_start(v, i)
    bullet = False
    while k < i and (v.t.is_space[k] or v.text(k) in ("-", "*", "•", "–", "**")):
        bullet = bullet or v.text(k) in ("-", "*", "•", "–", "**")
        k += 1
    if not bullet and not (v.para_of[k] != v.para_of[k - 1] if k > 0 else True):
        return None  # (an entry that opens its paragraph needs no bullet: "**Ashdown:** the Lib Dems needed 25
        # seats", its bold dropped when the Markdown is read)
    start = k
    while k < i and (v.text(k)[:1].isupper() and v.text(k).replace("-", "").replace("'", "").isalpha()
                     or k > start and v.lower(k) in ("and", "&", "upon", "on", "of")):
        k += 1
    end = k
    while k < v.n and v.text(k) in ("**", "*", "__", "_"):
        k += 1  # the bold's close, one token or two ("*", "*")
    outcome = False
    if v.lower(k) == "(":  # "- **Tarrow** (Lab hold): Lab 28, Con 14 …": what happened there, in brackets
        close = next((j for j in range(k + 1, min(v.n, k + 12)) if v.lower(j) in (")", "):")), None)
        if close is not None:
            outcome = any(v.lower(j) in CONTROL_WORDS for j in range(k + 1, close))
            k = close if v.lower(close) == "):" else close + 1
    full_stop = v.lower(k) == "." and k + 1 < v.n and (v.text(k + 1) == "**" or v.text(k + 1)[:1].isupper()
                                                       or v.t.is_space[k + 1])
    # ("**Hartsbury.** Labour's 30 seats …": an entry labelled with a full stop, its paragraph the council's)
    if end == start or v.lower(k) not in (":", "-", "–", "—", "):") and not full_stop \
            or any((m := v.mention_at[t]) is not None and m.kind in ("party", "person", "region", "chamber")
                   and not (outcome and m.kind == "person" and m.via == "context") for t in range(start, end)):
        return None  # (a council's outcome in brackets makes a name read as a person's by its context a council's)
    if v.lower(start) in LABEL_WORDS and (not bullet or end == start + 1):
        return None  # "Turnout: 34.1 per cent", "Update: …", "- **Result:** Labour hold": a label, no council
    return v.span_text(start, end)


def _line_heading(v: View, i: int) -> str | None:
    """The council a results line is headed by: "Harrowden (48 seats): Lab 31, Con 11 …" → "Harrowden"; "KESSINGHAM
    (42 seats) - No overall control. Reform 19, Con 12 …" → "KESSINGHAM"; "WYRE VALE: Lib Dem gain …" → "WYRE VALE";
    or by the line above it in its paragraph, if that line holds no figure ("HARNWICK - No overall control" over
    "Con 22, Lab 18, LD 9 (54 seats)")."""
    start = _line_start(v, i)
    if (name := _heading_of_line(v, start, i)) is not None:
        return name
    if start == 0 or v.para_of[start - 1] != v.para_of[i]:
        return None
    above = _line_start(v, start - 1)
    if any(v.num(t) is not None for t in range(above, start)):
        return None
    return _heading_of_line(v, above, start - 1)


def _heading_of_line(v: View, k: int, i: int) -> str | None:
    """The heading a line opens with, before token i."""
    while k < i and (v.t.is_space[k] or v.text(k) in ("#", "##", "###", "####", "*", "**", "-", "•")):
        k += 1  # (past a Markdown heading's "### ")
    start = k
    while k < i and (v.text(k)[:1].isupper() and v.text(k).replace("-", "").replace("'", "").isalpha()
                     or k > start and v.lower(k) in ("and", "&", "upon", "on")):
        k += 1
    if k > start and (v.lower(k) == ":" or v.lower(k) in ("-", "–", "—") and len(v.span_text(start, k)) > 3) \
            and all(v.text(t).isupper() for t in range(start, k) if v.lower(t) not in (
            "and", "&", "upon", "on")) and v.span_text(start, k) not in NOT_HEADINGS \
            and not any(v.mention_at[t] is not None and v.mention_at[t].kind in ("party", "person", "region", "chamber")
                        for t in range(start, k)) \
            and not (v.para_of[start] <= 1 and v.lower(k + 1 + v.t.is_space[k + 1]) in ("the", "a", "an")):
        # (not "NDP: 35", a party's line of a list; nor "MUMBAI: The opposition …", a dateline opening the story)
        return v.span_text(start, k)  # "WYRE VALE: Lib Dem gain from no overall control. … Conservatives 15"
    if k - start >= 2 and v.lower(k - 1) in COUNCIL_HEADS and v.lower(k) in (":", "-", "–", "—") \
            and v.span_text(start, k) not in NOT_HEADINGS:
        return v.span_text(start, k)  # "**Skelmore District** - No overall control. … the Conservatives have 24"
    if k == start or v.lower(k) != "(":
        return None
    n = next((x for x in range(k + 1, min(v.n, k + 8)) if v.num(x) is not None  # "(all-out, 39 seats)", "(one
              and v.lower(x + 1) not in FRACTIONS), None)                          # third up, 60 seats)"
    if n is None or v.lower(n + 1) not in ("seats", "seat", "members", "councillors", "wards"):
        return None
    j = n + 2
    while j < min(v.n, k + 12) and v.lower(j) not in (")", "):"):
        j += 1
    if not (v.lower(j) == "):" or v.lower(j) == ")" and (v.lower(j + 1) in (":", "-", "–", "—") or (
            j + 1 >= v.n or "\n" in v.text(j + 1)) and v.lower(k - 1) not in COUNCIL_HEADS)):
        return None  # "ASHCOMBE BOROUGH (48 seats) - Conservatives lose control. Con 22, Lab 15 …" too; a line of
        # its own over the ward's results ("CARR HILL (three seats)")
    return v.span_text(start, k)

ELECTION = "fc_election"
"""`doc.user_data` key: (the election year the article reports or None, how that was told)."""

_NEWLINE = re.compile("\n")

DOCUMENT = "fc_document"
"""`doc.user_data` key: the Document the Doc was made from (pipeline.doc_of), if it was."""

Locate = Callable[[int, int], Location]
"""The Location of the text offsets [start, end)."""


def _locator(doc: Doc, text: str) -> Locate:
    """The document's own `locate` where the Doc carries it: locations as the report gives them (path,
    source line and column), so they need not be moved there one by one afterwards. Else the line and
    column in the text, with no path (`pipeline.to_extraction` moves them)."""
    document = doc.user_data.get(DOCUMENT)
    return document.locate if document is not None else _LineIndex(text).locate


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def locate(self, start: int, end: int) -> Location:
        a, b = self.position(start)
        c, d = self.position(end)
        return Location("", a, b, c, d, start, end)


class _Builder:
    def __init__(self, v: View, ctx: Context, locate: Locate):
        self.v = v
        self.ctx = ctx
        self.locate = locate
        self._sentences: dict[int, str] = {}
        """One string per sentence, shared by its claims: smaller in memory and in the cache."""
        self._read_at: list[int] = []
        """The tokens with a reading, sorted when first asked."""
        self._tiered: tuple[dict[int, set[str]], set[int]] | None = None
        self._mixed_system: bool | None = None
        """Whether the copy speaks of list seats, so that its "constituencies" are one tier; asked once."""
        self._stv: bool | None = None
        """Whether the copy tells of an STV count (a quota, transfers), found on first use."""
        self._asterisk_elects: bool | None = None
        """Whether the copy's key says an asterisk after a count marks the candidate elected, found on first use."""

    def _tier(self, i: int, said_only: bool = False) -> str | None:
        """The tier a mixed system's seat count is of, said in prose as a table's column says it ("won five
        constituencies", "two London-wide list seats", "13 regional MSPs"; a list under "The seven list seats
        went: Labour 3, …"): part of the party's seats, not its total. `said_only`: only a tier the words name,
        not one a paragraph about tiers leaves open."""
        v = self.v
        u = unit_after(v, i)
        for k in range(i + 1, u[2] if u is not None else i + 2):  # (and "48 constituency, 9 list" with no unit)
            if (tier := SEAT_TIERS.get(v.lower(k))) is not None \
                    or v.lower(k) == "top" and v.lower(k + 1) == "-" and v.lower(k + 2) == "up" and (tier := "top-up") \
                    or v.lower(k) == "wide" and v.lower(k - 1) == "-" and k - 2 > i and (tier := "list"):
                # (the tokenizer splits "the 11 top-up seats", "the 11 London-wide seats": a list's)
                # Westminster's seats are all constituencies: one tier only where the copy speaks of another
                return tier if tier != "constituency" or self._mixed() else None
        if u is not None and v.lower(u[2]) in ("from", "elected", "chosen") and any(
                v.lower(k) in ("list", "lists") for k in range(u[2] + 1, min(v.n, u[2] + 5))):
            return "list"  # "the 11 London-wide members from party lists"
        by_sentence, paragraphs = self._tier_marks()
        named = by_sentence.get(v.sent_of[i], set())
        if u is None and v.lower(i + 1) == "(" and v.num(i + 2) is not None:
            return None  # "finished on 16 (eight constituency, eight list)": the total its bracket splits
        if u is None and len(named) == 1:
            return next(iter(named))  # a bare count in a sentence of one tier
        return UNSAID_TIER if not said_only and v.para_of[i] in paragraphs else None

    def _tier_marks(self) -> tuple[dict[int, set[str]], set[int]]:
        """The tiers each sentence names, and the paragraphs that name any: where seat counts may be either."""
        if self._tiered is None:
            v = self.v
            by_sentence: dict[int, set[str]] = {}
            for k, w in enumerate(v.lowers):
                if self._names_tier(k, w):
                    by_sentence.setdefault(v.sent_of[k], set()).add(
                        "constituency" if w.startswith("constituenc") else "list")
            self._tiered = (by_sentence, {v.para_of[v.sents[n][0]] for n in by_sentence})
        return self._tiered

    def _names_tier(self, k: int, w: str) -> bool:
        """ "list seats", "regional MSPs", "from the regional lists", "constituencies" (in copy with lists)."""
        v = self.v
        if w == "constituencies":
            return self._mixed() and v.lower(k + 1) not in ("declared", "counted", "reported", "called")
            # (not "With all 16 constituencies declared": how far the count has got)
        if w not in ("list", "lists", "regional", "top-up", "constituency"):
            return False
        nxt = v.lower(k + 1) if v.lower(k + 1) != "list" else v.lower(k + 2)
        return nxt in TIER_MEMBERS and (w != "constituency" or self._mixed()) \
            or w in ("list", "lists") and any(v.lower(j) in ("from", "on") for j in range(max(0, k - 5), k)) \
            and not any(v.lower(j) == "all" for j in range(max(0, k - 6), k))
        # ("from the regional lists", "On the London-wide list the Greens … took three seats each"; but "won eight
        # seats, all of them from the regional lists" counts all its seats, the total as well as the tier)

    def _mixed(self) -> bool:
        if self._mixed_system is None:
            self._mixed_system = any(w in ("list", "lists", "regional", "top-up") for w in self.v.lowers)
        return self._mixed_system

    def _loc(self, start_tok: int, end_tok: int) -> Location:
        t = self.v.t
        return self.locate(t.starts[start_tok], t.ends[end_tok - 1])

    def _sentence(self, i: int) -> str:
        n = self.v.sent_of[i]
        if n not in self._sentences:
            s, e = self.v.sentence_bounds(i)
            self._sentences[n] = self.v.span_text(s, e).strip()
        return self._sentences[n]

    def mention(self, m: Span) -> Mention:
        t = self.v.t
        start = t.starts[m.start]
        end = t.ends[m.end - 1]
        return Mention(
            kind=m.kind,
            text=t.span_text(m.start, m.end),
            name=m.name,
            start=start,
            end=end,
            sentence=self.v.sent_of[m.start],
            via=NAMESAKE if m.kind == "person" and self._namesake(m) else m.via,
            confidence=round(m.score / 100.0, 2),
            party=m.party,
            gazetteer=m.gazetteer,
            location=self.locate(start, end),
        )

    def _namesake(self, m: Span) -> bool:
        return is_namesake(self.v, m)

    def _said_down(self, i: int) -> bool:
        v = self.v
        return v.cue_left(i, "change.down", 4, stop_at_number=True) is not None or \
            v.cue_right(i, "change.down", 3) is not None and v.cue_right(i, "change.up", 3) is None \
            or self._points_someone_shed(i)

    def _points_someone_shed(self, i: int) -> bool:
        """ "Of the 10.7 points the Conservatives shed": the points a party lost, in a relative clause after them."""
        v = self.v
        u = unit_after(v, i)
        if u is None:
            return False
        k = u[2]
        if v.lower(k) in ("that", "which"):
            k += 1
        if v.lower(k) == "the":
            k += 1
        m = v.mention_at[k] if k < v.n else None
        if m is None or m.kind not in ("party", "person") or m.start != k:
            return False
        k = m.end + (v.lower(m.end) in ("had", "have", "has"))
        return v.lower(k) in SHED_VERBS

    def _swing_sides(self, i: int) -> tuple[str | None, Span] | None:
        """ "swing of 4.5% from Conservative to Labour", "a 3-point swing to Labour from the Tories"."""
        v = self.v
        s, e = v.sentence_bounds(i)
        lo = max(s, i - 8)
        sides: dict[str, Span] = {}
        to_at = -1  # the "to" before the side it names
        for k in range(max(s, i - 14) + 2, min(e, i + 12) - 2):  # "a Conservative-to-Labour swing of 10.4 per cent"
            a, b = v.mention_at[k - 2], v.mention_at[k + 2]
            if v.lower(k) == "to" and v.lower(k - 1) == v.lower(k + 1) == "-" and a is not None and b is not None \
                    and a.kind == b.kind == "party":
                return a.name, b
        for k in range(lo, min(e, i + 12)):
            w = v.lower(k)
            if w in ("from", "to") and w not in sides:
                j = k + 1
                while j < e and v.lower(j) in ("the", "a", "opposition", "ruling", "governing", "incumbent"):
                    j += 1  # "from the opposition Conservatives"
                m = v.mention_at[j] if j < e else None
                if m is not None and m.kind in ("party", "person") and m.start == j:
                    sides[w] = m
                    if w == "to":
                        to_at = k
                    before = v.mention_at[k - 1] if k > i or m.end < e and v.lower(m.end) == "swing" else None
                    if w == "to" and "from" not in sides and before is not None and before.kind in ("party", "person"):
                        sides["from"] = before  # "Swing 4.9% Labour to Liberal Democrat", "a Conservative to Liberal
                        # Democrat swing of 18.1 per cent"
        if "from" in sides and "to" in sides:
            return sides["from"].name, sides["to"]
        if "to" in sides and (sides["to"].start > i or v.lower(to_at - 1) == "swing" and v.lower(sides["to"].end) == ":"):
            return None, sides["to"]  # "a two-party swing of 4.6 per cent to the Liberals": one side named
            # (or a label's: "Swing to Labor: 3.9 points")
        if "from" in sides and sides["from"].start < i and any(v.lower(k) in SEAT_TAKING for k in range(
                s, sides["from"].start)):
            # "Labour's Moira Devlin has taken Kelvinside and Partick from the SNP on a swing of 16.0 points": from the
            # loser to the taker, the party the sentence opens with
            taker = next((m for m in v.mentions if s <= m.start < sides["from"].start and m.kind == "party"), None)
            if taker is not None and taker.name != sides["from"].name:
                return sides["from"].name, taker
        if "from" in sides and sides["from"].start > i and any(v.lower(k) in SEAT_TAKING for k in range(s, i)):
            # "The Conservatives' first gain on the council since 2019 came on a swing of 9.2 points from Labour": to the
            # party whose gain it was
            taker = next((m for m in v.mentions if s <= m.start < i and m.kind == "party"), None)
            if taker is not None and taker.name != sides["from"].name:
                return sides["from"].name, taker
        return None

    def together(self, figures: list[int], start: int) -> list[Claim]:
        """Seats several parties hold together ("Labour and the Greens together hold 28 seats"; "Together they
        hold 28" after a sentence naming the two), each with the parties it counts: none where the copy counts
        others in too ("with two independents"), or names fewer than two."""
        out = []
        for i in figures:
            sides = self._sides_together(i)
            if sides:
                claim = self.claim(Reading(i, Kind.COMBINED_SEATS, "seats", [f"the seats of {' and '.join(sides)} together"]),
                                   start + len(out))
                out.append(replace(claim, subject=None, subject_kind=None, subject_via=None, party=None, role=None,
                                   counterpart=None, sides=sides,
                                   evidence=tuple(e for e in claim.evidence if not e.startswith("subject "))))
        return out

    def _sides_together(self, i: int) -> tuple[str, ...]:
        v = self.v
        s = v.sent_of[i]
        a = v.sents[s][0]
        if any(v.lower(k) in OTHERS_TOO for k in range(a, i)):
            return ()
        named = list(dict.fromkeys(m.name for m in v.mentions if m.kind == "party" and a <= m.start < i))
        for k in range(a + 1, i):
            b = k - 1 - (v.lower(k - 1) == "the")
            if v.text(k)[:1].isupper() and v.t.is_alpha[k] and v.mention_at[k] is None and v.lower(b) in (",", "and") \
                    and named:
                return ()  # "Labour, the Centre Party and the Socialist Left together have 89": a side no list holds
        said = next((SMALL_COUNTS[v.lower(k + 1)] for k in range(a, i - 1) if v.lower(k) == "the"
                     and v.lower(k + 1) in SMALL_COUNTS and v.t.is_alpha[k + 2] and v.mention_at[k + 2] is None), None)
        if not named and (said or any(v.lower(k) in ("they", "parties", "partners") for k in range(a, i))) and s > 0:
            # "Together they hold 28 seats", "Together the five hold 81 of the 150 seats": the parties of the sentence
            # before, if it names only them (as many as it says)
            pa, pb = v.sents[s - 1]
            named = list(dict.fromkeys(m.name for m in v.mentions if m.kind == "party" and pa <= m.start < pb))
            if len(named) != said if said is not None else len(named) > 3:
                return ()
        count = next((c for k in range(a, i) if (c := SMALL_COUNTS.get(v.lower(k)))
                      and v.lower(k + 1) in ("parties", "of", "groups", "partners")), None)
        if count is not None and count != len(named):
            return ()  # "the five parties that got in share all 88 seats between them": not the two named before
        return tuple(named) if len(named) >= 2 else ()

    def claim(self, r: Reading, index: int) -> Claim:
        v, ctx = self.v, self.ctx
        n = v.num(r.i)
        owner = ctx.owner(r)
        year = ctx.year(r)
        modality, year, why = ctx.modality(r, year)
        place, place_conf = ctx.place(r, owner)
        if place is None and ctx.in_another_race(r.i):
            r.evidence.append(OTHER_RACE)  # (resolve gives it no seat the article names elsewhere)
        hedge = ctx.hedge(r.i)
        exact = r.unit in ("votes", "seats", "") and n.decimals == 0 and n.scale == 1 and not n.words
        half = 0.0 if exact or (n.words and r.unit != "percent") else n.half_step
        if exact and r.unit == "votes" and n.value >= ROUND_THOUSANDS and n.value % 1000 == 0:
            half = 500.0  # "holds Senate seat by 35,000 votes" for 35,213: copy rounds figures this large
            evidence_round = "a round figure: read as rounded to the thousand"
        else:
            evidence_round = ""
        low, high = ctx.interval(n.value, half, hedge)
        if hedge is None and n.scale > 1 and r.unit == "votes":
            high = n.value + 2 * half  # "by 1.13 lakh votes" for 113,765: copy cuts scaled figures short as often as it rounds
        if r.kind in (Kind.MAJORITY, Kind.MARGIN) and r.unit == "votes" and owner.via == "modifier" \
                and owner.mention is not None and owner.mention.kind == "party" \
                and (w := self._score_winner(r.i, owner.mention.name)) is not None:
            # "… defeated Labour's Gareth Pugh by 22,871 votes to 20,506, a Conservative majority of 2,635": the
            # majority of the score's winner, whose party it names
            owner = Owner(w, "the winner of the score", owner.counterpart)
        m = owner.mention if r.kind != Kind.TOTAL_SEATS else None
        if m is not None and (cell := v.cells[r.i]) is not None and cell.indented and self._parent_row_is(r.i, m.name):
            m = None  # "  LNP (Qld) | 21" under "Liberal/National Coalition | 58": a part of the row above, not the whole
        subject_kind = m.kind if m else None
        subject = m.name if m else None
        party = m.party if m and m.kind == "person" else (m.name if m and m.kind == "party" else None)
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.MAJORITY) and r.unit == "seats" and m and m.kind == "person" and m.party:
            subject, subject_kind = m.party, "party"
        confidence = 1.0
        evidence = list(r.evidence)
        if m is not None:
            evidence.append(f"subject {m.name} ({owner.via or 'nearest'})")
            confidence = min(confidence, m.score / 100.0)
            if owner.via in ("nearest", "after"):
                confidence = min(confidence, 0.85)
        if owner.via == VOTERS_OWN:
            evidence.append(VOTERS_FIGURE)
        if why:
            evidence.append(why)
        if evidence_round:
            evidence.append(evidence_round)
        if v.quote_of[r.i]:
            evidence.append("in direct speech: what someone said, checked as a warning at most")
            confidence = min(confidence, QUOTED_CONFIDENCE)
        subject_confidence = confidence
        if place and place_conf < 1:
            confidence = min(confidence, max(place_conf, 0.7))
        counterpart = owner.counterpart.name if owner.counterpart and (not m or owner.counterpart.name != m.name) \
            and (r.kind in (Kind.MARGIN, Kind.MAJORITY) or r.kind == Kind.SWING and owner.via == "table column") \
            else None  # (a swing column's "Con to Lab": from the Conservatives)
        if counterpart and r.kind == Kind.MARGIN and _behind_after(v, r.i) \
                and owner.counterpart is not None and owner.counterpart.start > r.i + 3:
            counterpart = None  # "finished 4,392 votes behind on 9,811, with Reform UK third": behind the winner
        if r.kind == Kind.SWING and (sides := self._swing_sides(r.i)) is not None:
            counterpart, to = sides  # "a swing of 4.5% from Conservative to Labour"
            subject, subject_kind, party = to.name, to.kind, to.party if to.kind == "person" else to.name
            evidence.append(f"swing from {counterpart} to {subject}" if counterpart else f"swing to {subject}")
        whole = v.num(r.whole).value if r.whole is not None else None
        value = n.value * (r.sign or 1) if r.kind in (Kind.SEAT_CHANGE, Kind.SURPLUS) else n.value
        gap, gap_from = self.distance(r) if r.threshold else (None, None)
        if r.slot == TO_A_MAJORITY:  # "two seats short of a majority": the majority is the body's, not given
            value, low, high = None, None, None
        if r.kind == Kind.SHARE_CHANGE and not n.signed and self._said_down(r.i):
            value, low, high = -value, -high, -low  # "down 3.3 points", "a drop of 7.9 points"
            evidence.append("a fall")
        if r.kind == Kind.SWING and not n.signed and (u := unit_after(v, r.i)) is not None \
                and v.lower(u[2]) == "against" and (v.lower(u[2] + 1) in ("it", "them", "him", "her")
                                                    or subject and v.lower(u[2] + 1) == subject.lower()):
            value, low, high = -value, -high, -low  # "a swing of 2.3 points against it": a swing away from it
            evidence.append("a swing against it")
        if r.kind in (Kind.SEAT_CHANGE, Kind.SURPLUS) and r.sign < 0:
            low, high = -high, -low  # "lost 4 seats", "336 short of the quota"
        scope = ctx.scope(r) if r.kind not in (Kind.VOTES, Kind.MAJORITY, Kind.MARGIN) or not place else None
        if subject_kind != "person" and (
                (r.kind in (Kind.SHARE, Kind.VOTES, Kind.TURNOUT) or r.kind == Kind.SEATS and (cell := v.cells[r.i]) is not None
                 and REGION_CAPTION.search(cell.caption or "")) and self._region_wide(r)
                or r.kind in (Kind.SEATS, Kind.TOTAL_SEATS) and REGION_HAS.search(v.span_text(v.sentence_bounds(r.i)[0], r.i))):
            # (and a region's seats in its table: "East Midlands region, European Parliament election" over "| Seats |")
            # "took 36.7 per cent of the vote across the region's 29 seats", a table under "Northern region, all
            # seats", "In all, the region now has 17 MSPs: SNP 9, …": the region's figure, not the seat's the article
            # names nor the chamber's
            place, scope = None, ARTICLE_REGION
            evidence.append("the region's, not a seat's")
        if modality == Modality.HISTORICAL and ctx.notional(r.i):
            evidence.append(NOTIONAL)  # ("notional results …, which put Labour on 200 seats in 2019": not the
            # count of 2019 itself, which gave 202)
        return Claim(
            index=index,
            kind=r.kind,
            value=value,
            low=low,
            high=high,
            text=n.text,
            location=self._loc(r.i, r.i + 1),
            sentence=self._sentence(r.i),
            unit=r.unit,
            subject=subject,
            subject_kind=subject_kind,
            subject_via=owner.via or None,
            party=party,
            place=place,
            scope=scope,
            counterpart=counterpart,
            column=v.cells[r.i].header if r.slot == "table" and v.cells[r.i] is not None
            else self._tier(r.i) or (self._tier(r.whole) if r.whole is not None else None) if r.kind == Kind.SEATS
            else self._tier(r.i, said_only=True) if r.kind == Kind.TOTAL_SEATS else None,
            year=year,
            modality=modality,
            role=self.role(r, owner),
            relation=self.relation(r) if modality == Modality.THRESHOLD else None,
            gap=gap if modality == Modality.THRESHOLD else None,
            gap_from=gap_from if modality == Modality.THRESHOLD else None,
            hedge=hedge,
            confidence=round(confidence, 2),
            subject_confidence=round(subject_confidence, 2) if subject_confidence > confidence else None,
            whole=whole,
            whole_text=v.text(r.whole) if r.whole is not None else None,
            evidence=tuple(evidence),
            paragraph=v.para_of[r.i],
        )

    def _tells_stv(self) -> bool:
        """Whether the copy tells of an STV count (a quota, a surplus, stages), found once a document."""
        if self._stv is None:
            self._stv = STV_WORDS.search(self.v.t.text) is not None
        return self._stv

    def _marked_elected(self, i: int) -> bool:
        """Whether the rest of a results line or table row after the count marks its candidate elected."""
        v = self.v
        if self._tells_stv():
            return False  # an STV count elects by transfers, not by the first preferences listed
        if v.lower(i + 1) == "*":
            if self._asterisk_elects is None:  # the copy's key to its marks, found once a document
                self._asterisk_elects = ASTERISK_ELECTS.search(v.t.text) is not None
            if self._asterisk_elects:
                return True  # "- Dora Finch (Con) 655*" under "successful candidates are marked with an asterisk"
        k = i + 1
        while k < v.n and k - i < LINE_REACH and "\n" not in v.text(k):
            if v.lower(k) in ("elected", "re-elected") and v.lower(k - 1) not in ("not", "un"):
                return True
            k += 1
        return False

    def _score_winner(self, i: int, party: str) -> Span | None:
        """The person whose count opens a score earlier in the sentence ("by 22,871 votes to 20,506"), if they are of
        `party` or of no party the copy gives (then they are taken to be of it)."""
        v, ctx = self.v, self.ctx
        for k in range(v.sentence_bounds(i)[0], i):
            rr = ctx.readings.get(k)
            if rr is not None and rr.slot == "score_a":
                w = ctx.owner(rr).mention
                if w is None or w.kind != "person" or w.party not in (None, party):
                    return None
                w.party = w.party or party
                return w
        return None

    def _parent_row_is(self, i: int, name: str) -> bool:
        """Whether the nearest row above token i's indented row, not itself indented, is `name`'s."""
        v = self.v
        cell = v.cells[i]
        k = i - 1
        while k >= 0 and i - k < PARENT_ROW_REACH:
            c = v.cells[k]
            if c is not None and c.table == cell.table and c.row < cell.row and not c.indented and not c.heading:
                parent = self.ctx._row_owner(k)
                return parent is not None and parent.name == name
            if c is not None and c.table != cell.table:
                return False
            k -= 1
        return False

    def distance(self, r: Reading) -> tuple[float | None, float | None]:
        """How far from the target (at r) the copy puts its subject, and the figure that distance is counted from
        when the copy gives it just before ("gives the left bloc 52, eight short of the 61 needed": -8, 52): "four
        short of the 172 needed" (-4), "17 more than the 63 needed", "two above the halfway mark of 46" (+17, +2).
        For "two seats short of a majority" (slot TO_A_MAJORITY) the target is unsaid: r is the distance itself."""
        v = self.v
        if r.slot == TO_A_MAJORITY:
            k = next((k for k in range(r.i - 1, v.sentence_bounds(r.i)[0] - 1, -1) if v.num(k) is not None
                      and not is_year(v, k) and v.lower(k + 1) != "-" and not self._a_whole(k)), None)
            return -v.num(r.i).value, v.num(k).value if k is not None else None  # (not "the 203-member chamber")
        found = self._gap_found(r)
        if found is None:
            return None, None
        at, gap = found
        j = at - 1
        if v.lower(j) not in (",", "-", "–", "—", "("):
            return gap, None  # (a comma's, a dash's or a bracket's aside: "would have 76 seats - eleven short of the 85")
        j -= 1
        if v.lower(j) in ("seats", "seat", "mps", "votes", "members"):
            j -= 1
        n = v.num(j) if j >= v.sentence_bounds(r.i)[0] else None
        lo = v.sentence_bounds(r.i)[0]
        if n is not None and v.lower(j - 1) in ("'s", "’s", "'", "’"):
            # "Republicans won 64 seats to Democrats' 35, two short of the 66 needed": the score's first side, whose
            # clause the distance goes on
            k = next((k for k in range(j - 2, max(lo, j - 6) - 1, -1) if v.lower(k) == "to"), None)
            f = k - 1 - (v.lower(k - 1) in ("seats", "seat", "mps", "votes", "members")) if k is not None else -1
            if f >= lo and v.num(f) is not None and not v.num(f).decimals:
                n, j = v.num(f), f
        if n is None or n.decimals or is_year(v, j) or self._a_whole(j) \
                or v.lower(j - 1) in ("'s", "’s", "its", "their"):
            return gap, None  # (not "19 of the council's 48 seats, six short of the 25 needed": the whole, not the 19)
        target = v.num(r.i).value
        if n.value >= target if gap < 0 else n.value <= target:
            return gap, None  # on the wrong side of the target to be what the distance is counted from
        return gap, n.value

    def _a_whole(self, k: int) -> bool:
        """The Y of "X of Y" ("of 93", "of the 99 seats", "of its 48"): a body's size, not what a distance is from."""
        v = self.v
        return v.lower(k - 1) == "of" or v.lower(k - 2) == "of" and v.lower(k - 1) in ("the", "its", "their", "all")

    def _gap_found(self, r: Reading) -> tuple[int, float] | None:
        """The distance's token and signed value (see `distance`)."""
        v = self.v
        lo = v.sentence_bounds(r.i)[0]
        k = r.i - 1
        while k > lo and r.i - k <= 6 and v.num(k) is None:
            w = v.lower(k)
            sign = 0
            if w == "of" and v.lower(k - 1) in ("short", "shy"):
                sign, k = -1, k - 1
            elif w == "than" and v.lower(k - 1) in ("more", "over"):
                sign, k = 1, k - 1
            elif w in ("above", "beyond", "past") or w == "of" and v.lower(k - 1) in ("clear", "ahead"):
                sign, k = 1, k - (w == "of")
            if sign:
                j = k - 1
                if v.lower(j) in ("seats", "seat", "mps", "votes", "members"):
                    j -= 1
                n = v.num(j) if j >= lo else None
                if n is None or n.decimals or is_year(v, j) or n.value >= v.num(r.i).value:
                    return None
                return j, sign * n.value
            k -= 1
        return None

    def relation(self, r: Reading) -> str | None:
        """ "surpassed the 326 seats they need": above; "fell short of the 270 needed": below."""
        v = self.v
        lo = v.clause_start[r.i]
        best = None
        for cat, rel in (("context.above", "above"), ("context.below", "below")):
            s = v.cue_left(r.i, cat, 6, stop_at_number=True)
            if s is not None and s >= lo and (best is None or s > best[0]):
                best = (s, rel)
        return best[1] if best else None

    def _region_wide(self, r: Reading) -> bool:
        """A figure of a whole region: a table captioned so ("Northern region, all seats"), or one its clause says is
        across the region ("… of the vote across the region's 29 seats")."""
        v = self.v
        if (cell := v.cells[r.i]) is not None:
            return bool(cell.caption) and WIDE_CAPTION.search(cell.caption) is not None
        if WIDE_BEFORE.match(v.span_text(v.sentence_bounds(r.i)[0], r.i)):
            return True
        end = min(v.clause_end[r.i], r.i + 14)
        return WIDE_AFTER.match(v.span_text(r.i + 1, end)) is not None if end > r.i + 1 else False

    def role(self, r: Reading, owner: Owner) -> str | None:
        v = self.v
        m = owner.mention
        if r.kind not in (Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MAJORITY_SHARE, Kind.MARGIN, Kind.SHARE_CHANGE):
            return None
        if r.kind == Kind.VOTES and r.slot in ("tally", "table") and self._marked_elected(r.i):
            return "elected"  # "ELLIS, Gwenllian (Plaid Cymru)   892   ELECTED", "| Ahmed, Yasmin | … | 1,842 | Elected |"
        if r.kind in (Kind.MAJORITY, Kind.MAJORITY_SHARE) and r.unit != "seats":
            return "winner"
        if r.kind == Kind.SHARE and v.lower(r.i - 1) == "(" and (count := self.ctx.readings.get(r.i - 2)) is not None \
                and count.kind == Kind.VOTES and count.slot in ("score_a", "score_b"):
            return self.role(count, owner)  # "to 3,377 (44.5%) for her rival": the share is its count's
        if r.slot in ("score_a", "score_b"):
            return "winner" if r.slot == "score_a" else "runner_up"
        if r.kind == Kind.MARGIN and r.unit == "votes" and v.lower(r.i - 1) == "within":
            return "loser"  # "came within 1,869 votes of unseating her": the loser's gap to the winner
        if r.kind == Kind.MARGIN and r.unit == "votes" and _behind_after(v, r.i):
            return "loser"  # "Huw Bevan, finished 4,392 votes behind on 9,811": the gap to the winner, of the one behind
        if r.kind == Kind.MARGIN and r.unit == "votes" and v.lower(r.i - 1) == "by" and m is not None \
                and any(v.has(k, "verb.lose") for k in range(max(v.clause_start[r.i], m.end), r.i)):
            return "loser"  # "On Saturday he lost it to National's Aroha Bennett by 5,460 votes": the loser's gap
        if owner.via == "the other side of a score" and r.kind == Kind.SHARE:
            return "runner_up"
        if owner.via == "the winner of a score" and r.kind == Kind.SHARE:
            return "winner"  # "came from behind to defeat Bruno Engler, 53.7 percent to 46.3 percent": whatever
            # "defeat" reads as elsewhere
        if owner.via == "for" and r.kind == Kind.SHARE and v.lower(r.i - 1) in ("against", "to", "versus"):
            s, _ = v.sentence_bounds(r.i)
            if any(self.ctx.readings.get(k) is not None and self.ctx.readings[k].kind == Kind.SHARE
                   and v.num(k).value > v.num(r.i).value for k in range(max(s, r.i - 12), r.i)):
                return "runner_up"  # "won 52.3% of the vote to 44.1% for Democrat Susan Ortiz"
        if owner.via == "for" and v.lower(r.i - 1) in ("against", "to", "versus", "v"):
            j = r.i - 2  # "secured 24,790 votes, against 18,274 for Mr Hale"
            while j >= 0 and v.lower(j) in (",", "–"):
                j -= 1
            if v.has(j, "unit.votes"):
                j -= 1
            if j >= 0 and v.num(j) is not None:
                return "runner_up"
            s, _ = v.sentence_bounds(r.i)
            if any((o := self.ctx.readings.get(k)) is not None and o.kind == r.kind and v.num(k).value > v.num(r.i).value
                   for k in range(s, r.i)):
                return "runner_up"  # "won 1,201,607 votes, or 62.1% of the valid poll, against 734,300 for No"
        lo = m.end if m is not None and m.end <= r.i else v.clause_start[r.i]
        if m is not None and m.via.startswith("pronoun"):
            lo = max(v.clause_start[r.i], m.start - 2)
        for k in range(lo, r.i):
            if v.has(k, "verb.runner_up"):
                return "runner_up"
        if m is not None and m.end <= r.i:
            # "His nearest rival, Labour's Amina Lone, got …"
            k = m.start - 1
            while k >= 0 and (v.lower(k) in (",", "'s", "’s") or (v.mention_at[k] is not None and v.mention_at[k].kind == "party")):
                k -= 1
            if k >= 0 and v.has(k, "verb.runner_up"):
                return "runner_up"
            if self._ahead_of_after_win(m.start) or self._head_to_head(m.start):
                return "runner_up"
        for k in range(r.i + 1, min(r.i + 5, v.clause_end[r.i])):
            if v.num(k) is not None or r.kind != Kind.VOTES:
                break
            if v.has(k, "verb.runner_up"):
                return "runner_up"
        for k in range(lo, r.i):
            if v.has(k, "verb.lose"):
                return "loser"
        for k in range(lo, r.i):
            if v.has(k, "verb.win") and v.lower(k - 1) not in ("who", "which", "that") \
                    and not _in_brackets(v, lo, k, r.i) \
                    and not (v.lower(k + 1) in ("his", "her", "their", "its") and v.lower(k + 2) in ("total", "tally",
                                                                                                   "final")) \
                    and not (v.lower(k - 1) in ("had", "has", "have") and v.lower(k - 2) in ("who", "which", "that")) \
                    and not (v.lower(k) in COUNT_TAKERS and all(v.lower(j) in COUNT_HEDGES for j in range(k + 1, r.i))
                             and not self._wins_in_its_sentence(r)):
                return "winner"  # not "over Labour's Danny Beales, who won 13,470": a relative clause
        if r.kind == Kind.VOTES and m is not None and m.kind == "person" and m.name in self.ctx.winners:
            return "winner"  # "Maria Miller held Basingstoke … Mrs Miller polled 25,769 votes"
        return None

    def _wins_in_its_sentence(self, r: Reading) -> bool:
        """A count set against a smaller one ("took 23,481 votes against 22,219 for …") or stated with a majority
        or margin ("took 21,225 votes … and a majority of 8,405"): the winner's."""
        v = self.v
        s, e = v.sentence_bounds(r.i)
        readings = self.ctx.readings
        if len(self._read_at) != len(readings):
            self._read_at = sorted(readings)  # looked up by bisection: no scan of the article per count
        at = self._read_at
        for k in at[bisect.bisect_left(at, s):bisect.bisect_left(at, e)]:
            other = readings[k]
            if k == r.i:
                continue
            if other.kind in (Kind.MAJORITY, Kind.MARGIN) and other.unit != "seats":
                return True
            if k > r.i and other.kind == r.kind and v.num(k).value < v.num(r.i).value \
                    and (other.slot == "score_b" or any(v.lower(j) in ("against", "to", "versus")
                                                        for j in range(max(r.i + 1, k - 4), k))):
                # "took 1,162 votes to the 948 polled by …", "… against 16,393 for …", "… to Labor's 49.6"
                return True
        return False

    def _ahead_of_after_win(self, start: int) -> bool:
        """ "X won Hexham with 22,834 votes, ahead of Labour's Liam Carr on 9,106": the one the
        winner finished ahead of, in a results sentence, is the runner-up."""
        v = self.v
        k = start - 1
        while k >= 0 and (v.lower(k) in ("'s", "’s", "candidate", "the") or
                          (v.mention_at[k] is not None and v.mention_at[k].kind == "party")):
            k -= 1
        if k < 1 or (v.lower(k - 1), v.lower(k)) not in (("ahead", "of"), ("front", "of")):
            return False
        s, _ = v.sentence_bounds(k)
        return any(v.has(j, "verb.win") for j in range(s, k))

    def _head_to_head(self, start: int) -> bool:
        """ "Jack Osborne polled 20,770 votes to Alistair Wainwright's 10,909": the figure the
        winner's is set against is the runner-up's."""
        v = self.v
        k = start - 1
        while k >= 0 and v.mention_at[k] is not None and v.mention_at[k].kind == "party":
            k -= 1
        if k < 1 or v.lower(k) != "to":
            return False
        j = k - 1
        if v.has(j, "unit.votes"):
            j -= 1
        return j >= 0 and v.num(j) is not None

    def wholes(self, readings: dict[int, Reading], claims: list[Claim], index_of: dict[int, int]) -> list[Claim]:
        """ "56 of 59 seats": the 59 as the size of the region or chamber, if not read already."""
        out = []
        for r in readings.values():
            if r.whole is None or r.whole in readings or r.kind not in (Kind.SEATS,) or contested_after(self.v, r.whole):
                continue  # (not "eight of the 14 seats contested": the seats up this time)
            if self.v.quote_of[r.whole]:
                continue  # "… said the Conservatives had "held two out of three in a tough year"": a ward, in passing
            if unit_after(self.v, r.whole) is None and self._group_named_before(r.whole):
                continue  # "its real gains came in the Māori electorates, where it won six of the seven": a group's
            part = claims[index_of[r.i]]
            n = self.v.num(r.whole)
            out.append(Claim(
                index=len(claims) + len(out), kind=Kind.TOTAL_SEATS, value=n.value, low=n.value, high=n.value,
                text=n.text, location=self._loc(r.whole, r.whole + 1), sentence=part.sentence, unit="seats",
                scope=part.scope, year=part.year, modality=part.modality if part.modality != Modality.THRESHOLD else Modality.ACTUAL,
                evidence=(WHOLE_OF_PART,), paragraph=part.paragraph,
                column=self._tier(r.whole, said_only=True),  # ("two of the 11 top-up seats": that tier's size)
            ))
        return out

    def _group_named_before(self, i: int) -> bool:
        """A group of seats the sentence names before a bare whole ("in the Māori electorates, where it won six of the
        seven", "across the Welsh seats … four of the five"): a plural district noun after a capitalised word."""
        v = self.v
        for k in range(i - 1, max(v.sentence_bounds(i)[0], i - 20) - 1, -1):
            if v.lower(k) in DISTRICTS_PLURAL and ((m := v.mention_at[k - 1]) is None and v.text(k - 1)[:1].isupper()
                                                   and v.t.is_alpha[k - 1] or m is not None and m.kind == "region"):
                return True
        return False

    def ranks(self, start_index: int) -> list[Claim]:
        """ "came third", "pushed into fourth place", "finished second"."""
        v = self.v
        out = []
        for i, low in enumerate(v.lowers):
            rank = ORDINALS.get(low)
            if rank is None or rank > 10:
                continue
            before = v.lower(i - 1)
            after = v.lower(i + 1)
            if after == "seat" and before == "the" and v.lower(i - 2) in SEAT_TAKERS:
                # "Green Dana Finch took the third seat" in a ward of several seats: the third most votes (not in an
                # STV count, where the order of election is no order of first preferences)
                if self._tells_stv():
                    continue
            elif after not in RANK_AFTER or after == "-" and i + 2 < v.n and v.t.is_alpha[i + 2] \
                    and v.t.ends[i] == v.t.starts[i + 1] and v.t.ends[i + 1] == v.t.starts[i + 2]:
                continue  # (not "a first-count gap", "a second-preference count": a compound, no finishing place)
            mention_before = v.mention_at[i - 1] if i > 0 else None
            named = mention_before is not None and mention_before.kind in ("person", "party") \
                and mention_before.end == i and after in ("on", "with")  # "Plaid's Ieuan Pritchard third on"
            moved = before in ("in", "into", "to") and v.lower(i - 2) in RANK_MOVES  # "slipped to third"
            if before in ("into", "to") and (p := v.mention_at[i - 2] if i > 1 else None) is not None \
                    and p.kind in ("person", "party") and p.end == i - 1:
                j = p.start - 1 - (v.lower(p.start - 1) == "the")
                moved = moved or v.lower(j) in PUSHING  # "pushing the Conservatives into third"
            taken = before in RANK_TAKEN and after in ("place", "spot") or after == "seat"  # "Gavin Holt took second
            # place", "… took the third seat"
            distant = before in ("distant", "close", "strong", "poor", "respectable") and after in ("on", "with", ",")
            hedged = distant or before in ("only", "just", "distant", "a") and any(
                v.lower(k) in RANK_BEFORE | {"manage", "managed", "could"} for k in range(i - 4, i - 1))
            if not (named or moved or hedged or taken or before in RANK_BEFORE):
                continue
            if before in ("in", "into", "to") and after not in ("place", "spot") and not moved:
                continue
            if v.lower(i - 2) in HOPED or any(v.lower(k) in HOPED and v.lower(k + 1) == "to" and not any(
                    v.lower(t) in (",", ";", "but") for t in range(k + 2, i)) for k in range(max(0, i - 8), i - 1)):
                continue  # "Labour, which had hoped to come second, finished third", "had hoped to push the
                # Conservatives into third place": a hope, no finishing place
            if after == "in" and any(v.num(k) is not None and v.lower(k + 1) in ("seats", "constituencies", "wards",
                                                                                 "ridings", "places", "of")
                                     for k in range(i + 2, min(v.n - 1, i + 5))):
                continue  # "saw Reform UK come second in three seats": places in several contests, none of one
            if after == "on" and any(v.lower(k) in ("list", "lists", "ticket", "slate", "ballot") and v.lower(k + 1) != "vote"
                                     for k in range(i + 2, min(v.n, i + 12))):
                continue  # "was ninth on the Green list", "was first on his party's Mid Scotland and Fife regional
                # list": a place on a party's list, no finishing place
            if after in ("and", "&") and v.lower(i + 2) in ORDINALS or v.lower(i - 1) in ("and", "&") \
                    and v.lower(i - 2) in ORDINALS:
                continue  # "the two Hales … finished second and third": places shared out over several, none one's
            r = Reading(i, Kind.RANK, "", [f"'{v.text(i - 1)} {v.text(i)}'"])
            owner = self.ctx.owner(r)
            k = i - 1
            while k > 0 and v.lower(k) in ("a", "an", "distant", "close", "poor", "strong", "respectable"):
                k -= 1
            beside = v.mention_at[k] if k < i - 1 else None
            if beside is not None and beside.kind in ("person", "party") and beside.end == k + 1:
                owner = Owner(beside, "beside", None)  # "with the Conservatives' Ed Marsh a distant second"
            mover = v.mention_at[i - 3] if before in ("into", "to") and i > 2 and v.t.is_alpha[i - 2] \
                and v.text(i - 2).islower() else None
            if mover is not None and mover.kind in ("person", "party") and mover.end == i - 2:
                owner = Owner(mover, "subject", None)  # "as Reform UK surged into second place": the mover's place
            into = k if v.lower(k) in ("into", "to") else None  # "pushing Labour into a distant third"
            pushed = v.mention_at[into - 1] if into is not None and into > 0 else None
            if pushed is not None and pushed.kind in ("person", "party") and pushed.end == into \
                    and pushed.start > 0 and v.lower(pushed.start - 1) not in (".", ";", "\n") \
                    and not v.t.sent_starts[pushed.start]:
                owner = Owner(pushed, "object", None)  # "pushing the Liberal Democrats into fourth place"
            if owner.mention is None:
                continue
            place, _ = self.ctx.place(r, owner)
            m = owner.mention
            out.append(Claim(
                index=start_index + len(out), kind=Kind.RANK, value=float(rank), low=rank, high=rank,
                text=v.text(i), location=self._loc(i, i + 1), sentence=self._sentence(i),
                subject=m.name, subject_kind=m.kind, subject_via=owner.via,
                party=m.party if m.kind == "person" else m.name, place=place,
                role="runner_up" if rank == 2 else ("winner" if rank == 1 else None),
                modality=Modality.HISTORICAL if any(v.lower(k) == "had" for k in range(max(0, i - 3), i))
                else self.ctx.modality(r, self.ctx.year(r))[0],  # "who had come second in 2019": then, not now
                confidence=round(min(1.0, m.score / 100.0), 2),
                evidence=tuple(r.evidence) + (f"subject {m.name} ({owner.via})",), paragraph=v.para_of[i],
            ))
        return out

    def _points_told_beside(self, s: int, amount: int) -> bool:
        """The sentence gives the change in points as well: a share's change "in per cent" beside it is a ratio."""
        v = self.v
        a, b = v.sentence_bounds(s)
        return any(v.lower(k) in ("points", "point", "pts", "percentage") and v.num(k - 1) is not None
                   for k in range(a, b) if k - 1 != amount)

    def _open_ended(self, s: int, e: int) -> bool:
        """A factor the copy gives as a floor: "at least doubled", "doubled their share and more"."""
        v = self.v
        if v.lower(s - 1) == "least" and v.lower(s - 2) == "at":
            return True
        for k in range(e, min(e + 5, v.n - 1)):
            if v.lower(k) in ("and", "or") and v.lower(k + 1) == "more":
                return True
            if v.num(k) is not None or v.lower(k) in (",", ".", ";", "from"):
                return False
        return False

    def changes(self, readings: dict[int, Reading], claims: list[Claim], index_of: dict[int, int],
                factors: dict[str, tuple[float, float]]) -> list[Claim]:
        """Direction statements: "fell from 12,264 in 2010 to 8,949", "more than doubled his majority"."""
        v = self.v
        out: list[Claim] = []
        used_amounts: set[int] = set()
        seen: set[tuple[int | None, int | None, str, int | None]] = set()
        for cat, direction in (("change.up", "up"), ("change.down", "down"), ("change.same", "same")):
            for s, e in sorted(v.cue_starts[cat].items()):
                words = v.span_text(s, e)
                low_words = words.lower()
                if direction == "same" and v.t.is_alpha[e] and v.text(e).islower() and v.lower(e) not in NOT_NOUNS:
                    continue  # "The same seats were last fought in 2022": the same things, no figure unchanged
                if low_words == "up" and v.lower(e) == "to" and v.lower(s - 1) in BOUND_BEFORE_UP_TO:
                    continue  # "voters had up to three crosses each", "could elect up to five": a bound, no change
                if self.ctx.then_relative(s):
                    continue  # "a Bundestag that then had 736 members and was down to 733": the body, back then
                frm, to, amount = self._numbers_of_change(s, e, readings)
                if to is None and frm is not None and (near := next((k for k in range(s - 1, max(
                        v.sentence_bounds(s)[0], s - 7) - 1, -1) if k in readings), None)) is not None \
                        and readings[near].kind != readings[frm].kind and readings[near].unit != readings[frm].unit:
                    continue  # "took 27.9 per cent of first preferences, up from the 15,902 votes …": a share set
                    # against a count, no change of one figure
                if to is None and frm is not None and v.lower(s - 1) == "," and v.num(s - 2) is not None \
                        and s - 2 not in readings:
                    continue  # "… presence at Westminster is now zero, down from two": the level it reached, unread;
                    # no other figure stands in for it
                if to is None and frm is not None:
                    to = restated(v, frm, readings, readings[frm].kind)  # "… turnout of 34.3%. That was up from 28.7%"
                noun = self._attribute_noun(s, e)
                if frm is None and to is None and amount is None and noun is None:
                    continue
                ref = to if to is not None else frm
                attribute = readings[ref].kind if ref is not None else (noun[1] if noun else None)
                if attribute is None or attribute in (Kind.TOTAL_SEATS, Kind.CHANGE):
                    continue
                if amount is None and frm is not None and to is not None:
                    amount = self._amount_after(max(frm, to), readings, attribute)
                    if amount is None:
                        amount = self._amount_before(s, min(frm, to), readings, attribute, skip=(frm, to))
                elif amount is None and frm is not None:
                    amount = self._amount_after(frm, readings, attribute)  # "was up from 12,410 in 2019, an
                    # increase of 6,650 votes": the size, told after the figure it rose from
                key = (frm, to, direction, amount)  # (and its size: "rose 10.0 points, …, an increase of 50 per cent")
                if (frm is not None or to is not None) and key in seen:
                    continue
                seen.add(key)
                if amount is not None:
                    used_amounts.add(amount)
                fl, fh = factors.get(low_words, (None, None))
                if fh is not None and self._open_ended(s, e):
                    fh = float("inf")  # "doubled their share and more", "at least doubled": no upper bound
                owner = self._change_owner(s, e, ref, claims, index_of, noun)
                n_amt = v.num(amount) if amount is not None else None
                if n_amt is not None and fl is None and v.lower(amount + 1) in ("%", "per", "percent", "pc") and (
                        attribute in COUNT_KINDS or attribute == Kind.SHARE and (
                            self._points_told_beside(s, amount) or to is not None and frm is not None
                            and v.num(to) is not None and n_amt.value > v.num(to).value)):
                    # (a share's "risen by 50 per cent", more than its share now: a ratio, no points)
                    # "fell from 921,330 to 455,017, a drop of 50.6 per cent": a count's change told as a part of
                    # the count before, a ratio (0.494), not a difference of 50.6; and a share's "rose 18.6 points,
                    # from 21.4 per cent to 40.0 per cent, an increase of 87 per cent"
                    half = n_amt.half_step
                    sign = 1 if direction == "up" else -1
                    fl, fh = sorted((1 + sign * (n_amt.value - half) / 100, 1 + sign * (n_amt.value + half) / 100))
                    words, n_amt = f"{words} ({n_amt.text} per cent)", None
                change = Change(
                    attribute=attribute,
                    direction=direction,
                    words=words,
                    factor_low=fl,
                    factor_high=fh,
                    amount=abs(n_amt.value) if n_amt is not None else None,
                    amount_text=n_amt.text if n_amt is not None else None,
                    from_claim=index_of.get(frm) if frm is not None else None,
                    to_claim=index_of.get(to) if to is not None else None,
                )
                base = claims[index_of[ref]] if ref is not None and ref in index_of else None
                m = owner.mention
                out.append(Claim(
                    index=len(claims) + len(out), kind=Kind.CHANGE, value=change.amount, low=None, high=None,
                    text=words, location=self._loc(s, e), sentence=self._sentence(s), unit=base.unit if base else "",
                    subject=base.subject if base and base.subject else (m.name if m else None),
                    subject_kind=base.subject_kind if base and base.subject else (m.kind if m else None),
                    subject_via=owner.via or None,
                    party=base.party if base else (m.party if m and m.kind == "person" else (m.name if m else None)),
                    place=base.place if base else self._change_place(s, owner),
                    scope=base.scope if base else None,
                    modality=base.modality if base and base.modality != Modality.HISTORICAL else Modality.ACTUAL,
                    change=change,
                    confidence=base.confidence if base else round(min(1.0, (m.score / 100.0) if m else 0.5), 2),
                    evidence=(f"'{words}'",) + ((f"about {noun[0]}",) if noun and ref is None else ()),
                    paragraph=v.para_of[s],
                ))
        return out + self._seat_changes_with_figures(readings, claims, index_of, used_amounts, len(claims) + len(out))

    def _seat_changes_with_figures(self, readings: dict[int, Reading], claims: list[Claim], index_of: dict[int, int],
                                   used: set[int], start: int) -> list[Claim]:
        """A change in seats told with the seats it went from and to, no word of change but its verb ("The Lib Dems
        gained seven seats, taking their total from 18 to 23"): the change, its size and its two figures."""
        v = self.v
        out: list[Claim] = []
        for j, r in sorted(readings.items()):
            if r.kind != Kind.SEAT_CHANGE or j in used or j not in index_of or (n := v.num(j)) is None:
                continue
            u = unit_after(v, j)
            pair = self._pair_after(u[2] if u else j + 1, v.sentence_bounds(j)[1], readings)
            if pair is None or readings[pair[0]].kind != Kind.SEATS or readings[pair[1]].kind != Kind.SEATS \
                    or pair[0] not in index_of or pair[1] not in index_of:
                continue
            base = claims[index_of[pair[1]]]
            amount = claims[index_of[j]]
            if base.subject != amount.subject:
                continue
            down = r.sign < 0
            words = v.text(j - 1) if j > 0 and v.t.is_alpha[j - 1] else ("lost" if down else "gained")
            change = Change(attribute=Kind.SEATS, direction="down" if down else "up", words=words,
                            amount=abs(n.value), amount_text=n.text, from_claim=index_of[pair[0]],
                            to_claim=index_of[pair[1]])
            out.append(replace(base, index=start + len(out), kind=Kind.CHANGE, value=change.amount, low=None, high=None,
                               text=words, location=self._loc(j, j + 1), change=change, modality=Modality.ACTUAL,
                               evidence=(f"'{words}'", "a change in seats told with its two figures")))
        return out

    def _numbers_of_change(self, s: int, e: int, readings: dict[int, Reading]) -> tuple[int | None, int | None, int | None]:
        v = self.v
        end = v.clause_end[s]
        frm = to = amount = None
        k = e
        # Skip the quantity named right after the verb: "slashed his majority from … to …".
        while k < end and v.num(k) is None and v.lower(k) not in ("from", "to", "by") and k - e < 4:
            k += 1
        if k < end and k in readings and readings[k].kind in (Kind.SHARE_CHANGE, Kind.SEAT_CHANGE) and k == e:
            j = k + 1
            while j < end and j - k <= 7 and (v.lower(j) in ("points", "point", "percentage", "seats", "seat", ",",
                                                              "taking", "leaving", "him", "her", "it", "them")
                                              or j - k <= 4 and v.lower(j) in ("his", "its", "their", "share", "total")):
                j += 1  # (and "added 10.0 points, taking him from 38.4 per cent to 47.4 per cent")
            if v.lower(j) == "from":
                amount, k = k, j  # "The turnout was down 5.5 points, from 33.9 per cent in 2021 to 29.4 per cent"
        if v.lower(k) == "by" and k + 1 < end:
            j = k + 1
            while j < end and v.lower(j) in ("just", "only", "a", "mere", "some", "nearly", "almost", "around", "about"):
                j += 1
            if j in readings and readings[j].kind in (Kind.CHANGE, Kind.SHARE_CHANGE, Kind.MARGIN, Kind.VOTES) \
                    or j not in readings and v.num(j) is not None and not v.years[j] and v.lower(j + 1) == "," \
                    and v.lower(j + 2) == "from":
                amount = j  # (and a bare count: "Labour's vote rose by 4,118, from 12,406 at the 2019 election")
                k = j + 1 + (v.lower(j + 1) == ",")
        if v.lower(k) == "from":
            j = k + 1
            while j < end and j - k <= 3 and v.lower(j) in ("a", "an", "the", "notional", "just", "only", "some",
                                                             "around", "about", "nearly", "almost"):
                j += 1  # "rose from a notional 12.1 per cent to 43.0"
            if j in readings:
                frm = j
                t = j + 1
                # "from 607 at the general election to 683": a few words, no other figure, then "to".
                while t < end and t - j <= 7 and v.lower(t) != "to" and (v.num(t) is None or is_year(v, t)):
                    if (past := _past_aside(v, t)) is not None:
                        t = past  # "from 57.1 per cent in 2020, when Tsai Ing-wen was re-elected, to 40.1 per cent"
                        break
                    t += 1
                if v.lower(t) == "to":
                    t += 1
                    while t < end and v.lower(t) in ("just", "only", "a", "mere", "rump", "of"):
                        t += 1
                    if t in readings:
                        to = t
                if to is None and (k == e or amount == e):
                    to = self._before(s, readings, readings[frm].kind)  # (and "with 22 seats, up eight from 12")
        elif v.lower(k) == "to":
            t = k + 1
            while t < end and v.lower(t) in ("just", "only", "a", "mere", "rump", "of"):
                t += 1
            if t in readings:
                to = t
                f = t + 1  # "cut to 1,093 from 5,337"
                while f < end and f - t <= 6 and v.lower(f) != "from" and v.num(f) is None:
                    f += 1
                if v.lower(f) == "from" and f + 1 in readings:
                    frm = f + 1
                else:
                    frm = self._before(s, readings, readings[t].kind)
        if frm is None and to is None and amount is None:
            # "an increase of 2.4 points", "a 3.1-point rise": the amount on its own.
            j = e
            while j < end and v.lower(j) in ("of", "by", "a", "just", "only", "some"):
                j += 1
            plain = j == e and j not in readings and v.num(j) is not None and not is_year(v, j)  # "down 3,450 from"
            if j in readings and readings[j].kind in (Kind.SHARE_CHANGE, Kind.CHANGE, Kind.SEAT_CHANGE) or plain:
                amount = j
                # "to 41.3 per cent, up 4.1 points from 38.2 per cent": the earlier figure after the amount, the
                # new one before the change word
                f = j + 1
                while f < end and f - j <= 4 and v.lower(f) in ("points", "point", "percentage", "per", "cent", "%",
                                                               "pc", "pts", "votes", "seats"):
                    f += 1
                if v.lower(f) == "from" and f + 1 in readings and readings[f + 1].kind not in (
                        Kind.CHANGE, Kind.SHARE_CHANGE, Kind.SEAT_CHANGE):
                    frm = f + 1
                    to = self._before(s, readings, readings[frm].kind)
                    if to is None:
                        t = frm + 1
                        while t < end and t - frm <= 4 and v.lower(t) != "to" and v.num(t) is None:
                            t += 1
                        if v.lower(t) == "to" and t + 1 in readings and readings[t + 1].kind == readings[frm].kind:
                            to = t + 1  # "slipped 6.0 points from 20.0% to 14.5%"
                    if to is None:
                        frm = None
                elif frm is None and (pair := self._pair_after(f, end, readings)) is not None:
                    frm, to = pair  # "up nine seats to 31 from 24", "a net gain of nine seats to go from 64 to 70"
                if frm is None and (pair := self._pair_before(s, readings)) is not None \
                        and (j not in readings
                             or readings[pair[0]].kind in CHANGE_OF.get(readings[j].kind, {readings[pair[0]].kind})):
                    frm, to = pair  # "went from 12 seats to 19, a gain of 9", "54.9%, compared with 61.4% four years
                    # ago, a drop of 7.5 points": the pair the amount follows (of its kind: not "from 48 seats to 9
                    # came on a fall of only 1.4 points")
                if frm is None and (plain or readings[j].kind == Kind.SEAT_CHANGE):
                    amount = None  # a bare number after 'down' with no 'from' is not known to be the change's size
        return frm, to, amount

    def _pair_after(self, f: int, end: int, readings: dict[int, Reading]) -> tuple[int, int] | None:
        """The earlier and later figures right after a change's amount, of one kind: "up nine seats to 31 from 24",
        "nine seats, going from 24 to 31", "… to go from 64 to 70"."""
        v = self.v
        if v.lower(f) == "to" and f + 1 in readings:
            g = f + 2
            while g < end and g - f <= 4 and v.lower(g) in ("seats", "seat", "points", "per", "cent", "%", "votes"):
                g += 1
            if v.lower(g) == "from" and g + 1 in readings and readings[g + 1].kind == readings[f + 1].kind:
                return g + 1, f + 1
        g = f
        while g < end and g - f <= 8 and v.lower(g) in (",", "to", "go", "going", "moving", "taking", "it", "them",
                                                        "their", "its", "total", "tally", "in", "the", "county",
                                                        "region", "city", "borough", "district", "state", "country",
                                                        "area", "council", "chamber", "province"):
            # (past where: "gained nine seats in the county, going from 14 notional seats to 22")
            g += 1
        if g > f and v.lower(g) == "from" and g + 1 in readings:
            t = g + 2
            while t < end and t - g <= 4 and v.lower(t) != "to" and v.num(t) is None:
                t += 1
            if v.lower(t) == "to" and t + 1 in readings and readings[t + 1].kind == readings[g + 1].kind:
                return g + 1, t + 1
        return None

    def _pair_before(self, s: int, readings: dict[int, Reading]) -> tuple[int, int] | None:
        """The earlier and later figures of one kind that a sentence gives just before a change's amount: "from X
        (seats) to Y, a gain of N" or "Y, compared with X (in 2019), a drop of N"."""
        v = self.v
        lo = v.sentence_bounds(s)[0]
        k = s - 1
        while k > lo and (v.lower(k) in ("a", "an", "the", "net", ",", "–", "—", "-") or v.t.is_space[k]):
            k -= 1
        figures = [j for j in range(max(lo, k - 14), k + 1) if j in readings and not is_year(v, j)]
        if len(figures) < 2:
            return None
        a, b = figures[-2], figures[-1]
        if any((m := v.mention_at[t]) is not None and m.kind in ("person", "party") for t in range(b + 1, s)) \
                or any(v.lower(t) in (";", "while", "whereas", "but") for t in range(b + 1, s)):
            return None  # "… to 42.6 per cent, while the SNP's dropped 3.3 points": another side's change
        same = readings[a].kind == readings[b].kind or readings[a].unit == readings[b].unit == "percent"
        if not same or readings[a].kind not in PAIR_KINDS or readings[b].kind not in PAIR_KINDS:
            return None  # (a turnout "compared with 61.4%": a percentage of the same thing)
        between = [v.lower(t) for t in range(a + 1, b)]
        if "to" in between and any(v.lower(t) == "from" for t in range(max(lo, a - 2), a)):
            return a, b  # from a to b
        if " ".join(between).find("compared with") >= 0 or " ".join(between).find("compared to") >= 0 \
                or "against" in between or "from" in between:
            return b, a  # a, compared with b (then): b to a
        return None

    def _before(self, s: int, readings: dict[int, Reading], kind: Kind) -> int | None:
        """The figure before a change word in the same clause: "19,894 up from 11,241" — but not
        another side's ("the BJP's share slipped … from 37.4%; Congress improved to 21.2%")."""
        v = self.v
        lo = v.clause_start[s]
        sent_lo = v.sentence_bounds(s)[0]
        side = None
        k = s
        while k - 1 >= lo:
            k -= 1
            if spaced_dash(v.t, k) and (opening := next(
                    (d for d in range(k - 1, sent_lo - 1, -1) if spaced_dash(v.t, d)), None)) is not None:
                k = opening  # "won 30 of the 60 seats - 27 of the 40 constituencies plus three … - up from 29": past
                continue     # the aside, to the figure it sets apart
            m = v.mention_at[k]
            if m is not None and m.kind in ("person", "party") and side is None:
                side = m.name
            r = readings.get(k)
            if r is not None and r.kind == kind and not r.threshold:
                owner = next((v.mention_at[j].name for j in range(k - 1, sent_lo - 1, -1)
                              if v.mention_at[j] is not None and v.mention_at[j].kind in ("person", "party")), None)
                return k if side is None or owner in (None, side) else None
            if v.lower(k) == ";":
                return None
        return None

    def _amount_after(self, last: int, readings: dict[int, Reading], attribute: Kind) -> int | None:
        """The size of the change stated after both its figures: "fell from 8,949 to 6,294 (-2,655)", "19,883,
        down from 28,419 in 2019, a fall of 8,536", "up from 12 to 19 seats, a gain of seven"."""
        v = self.v
        _, end = v.sentence_bounds(last)
        shares = attribute in (Kind.SHARE, Kind.MAJORITY_SHARE, Kind.TURNOUT)
        for k in range(last + 1, min(end, last + 16)):  # "… up from 2,914 for the Brexit Party in 2019, an increase of"
            if v.lower(k) in (";", "and", "but", "while", "whereas", "whilst", "even", "though", "although"):
                return None  # "reduced to eight MPs from 57, and their share collapsed by 15.2 points": another change
                # (and "…, even as the electorate grew by more than 3,000": another figure's)
            if (m := v.mention_at[k]) is not None and m.kind in ("party", "person") and m.start == k \
                    and v.lower(m.end) in ANOTHER_CHANGE:
                return None  # "Conservative share down from 68.3% to 29.2%, Labour up 11.1 points": Labour's change
            if v.num(k) is None or is_year(v, k):
                continue
            r = readings.get(k)
            if r is not None and (r.kind == Kind.CHANGE or r.kind == Kind.SHARE_CHANGE and shares
                                  or r.kind == Kind.SEAT_CHANGE and attribute == Kind.SEATS):
                return k
            return k if self._named_change(k) else None
        return None

    def _amount_before(self, s: int, first: int, readings: dict[int, Reading], attribute: Kind,
                       skip: tuple[int, ...] = ()) -> int | None:
        """The size of the change told just before its words: "lost 14 seats in Ashvale on Thursday, down from 31
        to 19", "after gaining nine seats, rising from 23 at the last election to 31", "gained five seats to take
        23, up from 19" (past the change's own figures, `skip`)."""
        v = self.v
        start, _ = v.sentence_bounds(s)
        if any(v.num(k) is not None and not is_year(v, k) for k in range(s, first)):
            return None
        for k in range(s - 1, max(start, s - 12) - 1, -1):
            if v.lower(k) in (";", "and", "but", "while", "whereas"):
                return None
            if v.num(k) is None or is_year(v, k) or k in skip:
                continue
            r = readings.get(k)
            return k if r is not None and r.kind == CHANGE_KINDS.get(attribute) else None
        return None

    def _named_change(self, k: int) -> bool:
        """ "a fall of 8,536", "a net gain of seven", "an increase of 3.2": a number a change noun introduces."""
        v = self.v
        if v.lower(k - 1) != "of":
            return False
        j = k - 2
        if not (v.has(j, "change.up") or v.has(j, "change.down")):
            return False
        j -= 1
        while j >= 0 and v.lower(j) in ("net", "further", "small", "big", "large", "modest", "sharp", "massive"):
            j -= 1
        return v.lower(j) in ("a", "an")

    def _attribute_noun(self, s: int, e: int) -> tuple[str, Kind] | None:
        """ "a reduced majority", "more than doubled his majority", "his majority fell"."""
        v = self.v
        lo, hi = v.clause_start[s], v.clause_end[s]
        for k in range(e, min(e + SAME_NOUN_WINDOW, hi)):
            w = v.lower(k)
            if w in ATTRIBUTE_NOUNS:
                return w, ATTRIBUTE_NOUNS[w]
            if w not in ("his", "her", "its", "their", "the", "party's", "a", "massively", "majority", "vote", "'s"):
                break
        for k in range(s - 1, max(lo, s - SAME_NOUN_WINDOW) - 1, -1):
            w = v.lower(k)
            if w in ATTRIBUTE_NOUNS:
                j = k - 1
                while j > lo and j >= k - 4 and v.lower(j) not in ("of", "in"):
                    j -= 1  # "share of the constituency vote rose": the share's, the head before "of"
                if v.lower(j) in ("of", "in") and v.lower(j - 1) in ATTRIBUTE_NOUNS and v.lower(j - 1) != w:
                    w = v.lower(j - 1)
                return w, ATTRIBUTE_NOUNS[w]
            if w not in ("was", "has", "had", "been", "is", "were", "massively", "sharply", "heavily", "greatly", "vote", "a", "the"):
                break
        return None

    def _change_owner(self, s: int, e: int, ref: int | None, claims: list[Claim], index_of: dict[int, int],
                      noun: tuple[str, Kind] | None) -> Owner:
        r = Reading(s, Kind.CHANGE, "")
        for k in range(e, min(e + SAME_NOUN_WINDOW, self.v.clause_end[s])):
            if self.v.lower(k) in ATTRIBUTE_NOUNS:
                r.anchor = k
                break
        if r.anchor is not None:
            r.i = r.anchor
        return self.ctx.owner(r)

    def _change_place(self, s: int, owner: Owner) -> str | None:
        r = Reading(s, Kind.MAJORITY, "")
        place, _ = self.ctx.place(r, owner)
        return place


def _behind_after(v: View, i: int) -> bool:
    """ "4,392 votes behind", "1,288 behind the winner": the figure's unit, then "behind"."""
    k = i + 1
    if v.lower(k) in ("votes", "vote"):
        k += 1
    return v.lower(k) in ("behind", "adrift", "short")
