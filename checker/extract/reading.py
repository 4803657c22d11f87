"""Decide what each number in a Doc states: votes, a majority, a share, seats, …

A number is read from the words around it, in this order: what it counts (the unit
after it: "votes", "seats", "per cent"), what introduces it ("a majority of", "by",
"turnout was"), and, for a bare number, what it stands beside ("gain 18,320 votes and
Conservative Simon Fell 17, 525"; "fell from 12,264 in 2010 to 8,949"). Numbers that
are plainly something else (years, money, ages, dates, "22,000 voters") are set aside.
"""

from __future__ import annotations

import bisect
import re

from dataclasses import dataclass, field

from ..model import BESIDE_SEATS, OF_THEIR_VOTES, PAIR_OF_COUNTS, PARTY_SEATS_LIST, SET_AGAINST, SPLIT_PART, TO_A_MAJORITY, TOTAL_ROW, TWO_PARTY, WHOLE_OF_PART, Kind
from ..numbers import ORDINALS
from .gazetteer import PLACE_FILLS, Span
from .tokens import spaced_dash
from .view import View

CURRENCY = frozenset({"£", "$", "€", "₹", "¥", "us$", "a$", "c$", "r$", "rs", "rs.", "gbp", "usd", "eur", "inr", "brl", "aud",
                      "cad", "nzd", "jpy", "zar", "kes", "ngn", "chf", "sek"})
"""A sum of money's sign or code, as the word before its figure ("£5m", "GBP 4.6m", "R$ 20")."""
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec"}
MODIFIERS = {"more", "fewer", "extra", "additional", "new", "valid", "postal", "-", "net",
             "of", "the", "its", "their", "his", "her", "council", "parliamentary", "commons",
             "westminster", "first-preference", "popular", "electoral", "house", "vote",
             "list", "regional", "constituency", "top-up", "wide"}
UNITS = ("unit.not_quantity", "unit.points", "unit.percent", "unit.votes", "unit.seats")
TO_WORDS = {"just", "only", "a", "mere", "rump", "of", "around", "about", "some", "nearly",
            "almost", "barely"}
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
"""A time of day ("03:10", "15:02:49")."""
CHAMBER_NOUNS = frozenset({"chamber", "house", "assembly", "legislature", "senate", "parliament"})
"""A body, however named, in the line over a list of parties' numbers: their seats."""
FORECAST_ERRORS = ("overstat", "understat", "overestimat", "underestimat", "overshot", "undershot", "overshoot",
                   "undershoot", "overcall", "undercall")
"""Verbs of a forecast's error ("overstating Labour by 20 seats"), by their stems."""
OPERATORS = frozenset({"÷", "×"})
"""Signs of a sum worked in the text ("72,000 ÷ 6 = 12,000"), between two numbers (not "+" and "=": "Moss 28,411 +
6,120 = 34,531" adds up a round of transfers, each figure a count)."""
_PARTY_MAJORITY_ROW = re.compile(r"((?:[\w'’.&-]+\s+){1,3})(?:majority|margin)")
NOT_A_PARTYS_MAJORITY = frozenset({"for", "needed", "need", "required", "overall", "working", "absolute", "outright",
                                   "government", "seats", "a", "the", "notional", "previous", "old", "new", "2019",
                                   "2024", "last"})
"""Words in a row label "… majority" that make it no party's lead in the table's count: "Needed for majority"."""
NEEDING = frozenset({"need", "needs", "needed", "require", "requires", "required", "needing", "requiring"})
"""Before or after "swing": a swing a party would need, not one the count showed."""
HEDGE_FILL = frozenset({"to", "of", "a", "little", "just", "over", "under", "about", "around", "nearly", "almost",
                        "more", "less", "than", "some", "only", "mere", "fewer", "roughly", "barely", "slightly"})
"""Words of a hedge between a lead and its figure ("his lead to a little over two thousand")."""
SIZE_SET = frozenset({"confirmed", "set", "fixed", "stands", "stood", "grows", "grew", "rises", "rose", "expands",
                      "expanded", "increases", "increased", "shrinks", "shrank", "falls", "fell", "swells", "swelled",
                      "balloons", "ballooned"})
"""Verbs of a body's size before "at"/"to" ("Parliament is confirmed at 123 seats", "the Senedd grows to 96")."""


@dataclass(slots=True)
class Reading:
    """What one number was read as, and the tokens that said so."""

    i: int
    kind: Kind
    unit: str = ""
    evidence: list[str] = field(default_factory=list)
    anchor: int | None = None
    """The cue the figure hangs on ("majority" in "his majority fell from …"): where its owner is named."""
    whole: int | None = None
    """Token index of Y in "X of Y seats"."""
    threshold: bool = False
    slot: str = ""
    """How a bare number was placed: 'sibling', 'from', 'to', 'paren'."""
    sign: int = 0
    """For seat changes: +1 gained, -1 lost."""
    year: int | None = None
    """An election year the reading itself carries (a table column headed "Seats 2019")."""
    source: int | None = None
    """For a sibling ("the Liberals won 157 seats and the Conservatives 121"): the figure it was read from."""


NOT_A_NOUN = {"more", "fewer", "less", "of", "in", "at", "on", "to", "from", "and", "or", "with", "than", "out", "after",
              "before", "for", "while", "but", "as", "per", "percent", "seats", "seat", "apiece", "each", "between",
              "across", "under", "over", "this", "last", "overall", "outright", "net", "so", "into", "since", "there",
              "here", "again", "too", "nationally", "respectively", "compared", "against", "by", "until", "up",
              "down", "while", "where", "when", "which", "who", "that", "the", "a", "its", "their", "his", "her"}
"""Words that may follow a bare count of seats ("won 25 more", "held 12 in Wales")."""


SEAT_LIKE = frozenset({"wins", "victories", "gains", "losses", "holds", "constituencies", "electorates", "wards",
                       "ridings", "districts", "divisions", "places", "councillors", "members", "mps", "msps", "mss",
                       "tds", "senators", "representatives", "deputies", "votes", "ballots", "preferences"})
"""Nouns after a bare count that still count seats or votes ("with five constituency wins")."""


SUPERLATIVES = frozenset({"biggest", "smallest", "largest", "lowest", "highest", "narrowest", "widest", "greatest",
                          "least", "most", "steepest", "sharpest"})


PROGRESS_OPENERS = frozenset(("(", "with", "after"))
"""Words that open a note of how far a count has got: "(38 of 54 seats declared)", "With 640 of 650 seats declared"."""


def _declared_after(v: View, i: int) -> bool:
    """ "54 seats declared": a count of seats, then how far the count has got."""
    u = unit_after(v, i)
    return u is not None and u[0] == "unit.seats" and v.lower(u[2]) in ("declared", "counted", "reported", "called")


_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


SEAT_TABLE_CAPTION = re.compile(r"\b(?:seats?|councillors|composition|make-?up|state of the parties|new council|"
                                r"new assembly|new parliament|new chamber|(?:leaves|left) the (?:council|chamber)|"
                                r"(?:council|chamber) (?:now )?look(?:s|ing))\b")
"""A caption over a table of a body's seats ("## The new council", "State of the parties", "That leaves the council
looking like this:")."""
SEAT_TABLE_HEADS = re.compile(r"^(?:party|parties|group|(?:19|20)\d\d|\+/[-−–]|±|change|net|net change|chg|seats|"
                              r"total|)$")
"""The only headings such a table has: parties, years, change, seats."""


EARLIER_AFTER = re.compile(r"(?:per cent |percent |% )?(?:at|in) (?:the |last (?:year's |july's |may's )?)?(?:last |previous )?"
                           r"(?:general |local )?(?:election|poll|vote)\b|(?:per cent |percent |% )?in (?:19|20)\d\d\b")
"""Words right after a figure that put it at an earlier election: "… at the general election", "… in 2019"."""


DISTRICTS_PLURAL = frozenset({"seats", "wards", "constituencies", "ridings", "divisions", "electorates"})
"""A group of seats named as such ("the Māori electorates", "seats in the region where …")."""


PLACE_TO_SIZE = frozenset({"was", "were", "is", "had", "has", "been", "down", "up", "from", "fell", "rose", "cut", "to",
                           "and", "-", "of", "at", "stood"})
"""Words between a majority's seat and its size: "margin in Karuvannur was down from 38,512"."""


def _change_column_year(cell) -> int | None:
    """The election a table's change column is into, where every other column but the first names its year: the
    latest of them (a look back in 2026 at "2024 majority" and "Notional 2019 majority" changes into 2024)."""
    others = [x for k, x in enumerate(cell.headers) if k != cell.column and k > 0]
    years = [re.findall(r"\b(?:19|20)\d\d\b", x) for x in others]
    if len(others) < 2 or not all(years):
        return None
    return max(int(y) for ys in years for y in ys)


def _electorates_not_electors(v: View, i: int) -> bool:
    """New Zealand's "won 7 electorate seats", "One electorate, Port Waikato, …": seats or districts, no electors (an
    electorate of voters is never under a thousand)."""
    return v.lower(i + 1) == "electorate" and v.lower(i + 2) in ("seats", "seat", "mps", "races", "contests") \
        or v.lower(i + 1) in ("electorate", "electorates") and v.num(i).value < 1000


def _two_tiers(cell) -> bool:
    """A table whose columns are a mixed system's two tiers, the second one for the whole body ("| Party | Constituency |
    London-wide | Total |", "… | Top-up | …"): its whole numbers are seats, though no heading says so (not where a
    heading speaks of votes or shares)."""
    heads = cell.headers
    return any("constituenc" in x for x in heads) and any(
        w in x for x in heads for w in ("top-up", "-wide", "additional")) and not any(
        w in x for x in heads for w in ("vote", "%", "share"))
    # (not "| Party | Constituency | List | Total |", often one region's seats in copy about it)


def _seats_by_year(cell) -> bool:
    """A table of a body's seats by election ("## The new council" over "| Party | 2024 | 2019 | +/- |"): its
    numbers are seats, not votes, though no heading says so."""
    return bool(SEAT_TABLE_CAPTION.search(cell.caption)) and "vote" not in cell.caption \
        and bool(cell.headers) and (cell.headers[0].strip() in ("party", "parties", "group")
                                    or not cell.headers[0].strip() and "part" in cell.caption) \
        and any(_YEAR_ONLY.match(x) for x in cell.headers) and all(SEAT_TABLE_HEADS.match(x.strip()) for x in cell.headers)


def _row_kind(label: str, n) -> tuple[Kind, str] | None:
    """What a row labelled with its measure counts, under columns of elections ("| Labour seats | 1 | 37 |")."""
    if re.search(r"\bshare\b|%|\bper cent\b", label):
        return Kind.SHARE, "percent"
    if re.search(r"\bseats?\b|\bmps\b|\bcouncillors\b", label) and not n.decimals:
        return Kind.SEATS, "seats"
    if re.search(r"\bvotes?\b", label) and not n.decimals and "turnout" not in label:
        return Kind.VOTES, "votes"
    return None


def _same_cell(a, b) -> bool:
    return a is not None and b is not None and (a.table, a.row, a.column) == (b.table, b.row, b.column)


def eligible_voting(v: View, i: int) -> bool:
    """ "79,512 people eligible bothered to vote", "the 64,210 registered voters who could have voted": the
    people entitled to vote, said so, in a clause that goes on to voting."""
    k = i + 1
    eligible = False
    while k < min(v.n, i + 4) and v.lower(k) in ("eligible", "registered", "entitled"):
        eligible, k = True, k + 1
    if v.lower(k) not in VOTERS - {"members"}:
        return False
    k += 1
    if v.lower(k) in ("eligible", "registered", "entitled", "who", "on", "able"):
        eligible = True
    return eligible and any(v.lower(t) in ("vote", "voted", "turned", "cast") for t in range(k, min(v.n, k + 7)))


def _counts_something_else(v: View, i: int) -> bool:
    """A count followed by words naming what it counts, none of them a unit we read ("held just two public
    meetings", "won three awards"): not seats or votes."""
    if unit_after(v, i) is not None:
        return False
    k = i + 1
    while k < min(v.n, i + 4) and v.t.is_alpha[k] and v.text(k).islower() and v.lower(k) not in NOT_A_NOUN:
        k += 1
    last = v.lower(k - 1)
    return k > i + 1 and last.endswith("s") and not last.endswith("ss") and last not in SEAT_LIKE


def contested_after(v: View, i: int) -> bool:
    """ "the 14 seats contested", "the 22 seats up for election", "the 17 seats being fought", "the 20 seats at stake",
    "the 14 seats that were up": the part of a council elected this time."""
    u = unit_after(v, i)
    k = u[2] if u else i + 1
    w, nxt = v.lower(k), v.lower(k + 1)
    return w in ("contested", "fought") or (w, nxt) in (("up", "for"), ("up", "this"), ("being", "contested"),
                                                        ("being", "fought"), ("at", "stake"), ("on", "offer"),
                                                        ("up", "."), ("up", ",")) \
        or w in ("that", "which") and nxt in ("were", "was") and v.lower(k + 2) in ("up", "contested", "fought")


def is_year(v: View, i: int) -> bool:
    """Token `i` is a year ("2019"): a whole number 1900–2099 written in digits, unsigned (`View.years`)."""
    return 0 <= i < v.n and v.years[i]


SHARED_OUT = {"shared", "allocated", "distributed", "divided", "split", "awarded", "filled", "contested",
              "decided", "elected", "apportioned", "carved"}
"""After "the N seats were …": the seats as a whole, being divided among the parties."""
BEATING = {"beat", "beating", "defeated", "defeating", "edged", "edging", "ousted", "ousting", "unseated",
           "unseating", "toppled", "toppling", "pipped", "pipping", "trounced", "trouncing", "led", "leads", "leading", "outpolled", "outpolling",
           "beats", "defeats", "ousts", "unseats", "topples", "edges", "pips", "trounces", "outpolls"}
REPORTING = {"said", "says", "reported", "announced", "confirmed", "published", "declared", "released"}
"""Verbs after a party or person who gives a figure, not whose it is ("The party said 52,140 ballots …")."""
MULTIPLES = frozenset({"times", "twice", "double", "treble", "triple", "fold", "-fold"})
"""A multiple after "more than": "more than two hundred times the winning margin" is no lead."""
COUNTING_UNITS = frozenset({"polls", "precincts", "stations", "boxes", "districts", "constituencies", "wards"})
"""Units a count's progress is told in ("214 of 214 polls reporting"), no one's votes."""
TIER_WORDS = frozenset({"constituency", "constituencies", "list", "regional", "top-up", "electorate"})
"""Words after a seat count that name a mixed system's tier ("48 constituency, 9 list")."""
ELECTION_WORDS = frozenset({"last", "previous", "general", "2019", "snap", "federal", "state", "provincial"})
"""Words between "at the" and "election" that name an earlier one ("at the last general election")."""
LEAD_CUT_FILL = frozenset({"over", "against", "on", "was", "is", "has", "had", "been", "have", "the", "his", "her",
                           "their", "its", "sharply", "further", "in", "now", "sitting", "nearest", "closest",
                           "rival", "'s", "’s"})
"""Words between a lead and the size a change took it to ("her lead over Labour was cut to 1,329")."""
BETWEEN_NO_ONES = frozenset({"papers", "ballots", "ballot", "votes", "by", "then", "now", "were", "was", "being",
                             "had", "become", "already", "left", "as"})
"""Words between a count and the word that makes it no candidate's ("380 papers by then non-transferable")."""
NO_ONES = frozenset({"non-transferable", "nontransferable", "exhausted", "spoilt", "spoiled", "rejected", "blank",
                     "invalid", "informal", "undistributed"})
"""After a count of votes, words that make them no candidate's."""
REJECTED = {"rejected", "spoilt", "spoiled", "invalid", "void"}
"""Ballots that count for no one: never a total or a candidate's votes."""

COMPOUNDS = {"party", "candidate", "way", "horse", "time", "times", "term", "stage", "round", "tier"}
"""Words a number word joins with a hyphen into an adjective that counts nothing the copy reports."""


QUOTA_AFTER = re.compile(r"(?:over|above|short of|below|under) the quota\b")
DASHES = ("-", "–", "—")
QUOTA_BEFORE = re.compile(r"\bquota(?: \*\*)?(?: :| was| is| of| at| stood at| set at| =)?(?: \*\*)?$|"
                          r"\bquota (?:was|is) (?:set at|fixed at)$|\bquota (?:in|for) [^0-9,;]{1,40} (?:was|is)$")
SURPLUS_BEFORE = re.compile(r"\bsurplus(?: (?:over|above) the quota)?(?: was| is| of)?$|\b(?:exceed(?:ed|ing|s)?|beat|"
                            r"beating|passed|passing|surpass(?:ed|ing)|clear(?:ed|ing)|topped|topping) the quota"
                            r"(?: [a-z-]+){0,4} by$")  # ("exceeding the quota on the first count by 271 votes")
"""Words around a figure of a count by single transferable vote: its quota, or a candidate's surplus."""
VOTERS = frozenset({"people", "voters", "electors", "residents", "members", "students", "citizens", "delegates",
                    "councillors", "workers", "employees", "islanders", "constituents"})
SIDE_COLUMN = re.compile(r"^\s*(yes|no|leave|remain)\b(?:\s*(?:%|votes?|share|per cent))?\s*$", re.I)
"""A column of a referendum's side: "Yes %", "No votes", "Leave" (a bare one's whole numbers are its votes)."""
RESIZED = frozenset({"grown", "grew", "grows", "shrunk", "shrank", "shrinks", "expanded", "enlarged", "increased",
                     "reduced", "cut"})
"""Verbs of a body's size changing: "a council that has grown by four members"."""
SPANS_OF_TIME = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                           "night", "nights", "weekend", "decade", "decades"})
LABEL_HEADS = frozenset({"party", "parties", "candidate", "candidates", "name", "group"})
"""The headings of a table's first column that make its cells names, whatever figures they hold."""
BY_WHOM = frozenset({"candidates", "parties", "councillors", "members", "voters", "electors", "people", "mps",
                     "groups", "others", "transfers", "preferences"})
"""Nouns that make "by three …" say who or what did something, not a margin: "held by the three eliminated
candidates", "helped by 1,400 transfers"."""
"""Nouns of those who vote, between a count and 'voted' ("45,902 people voted")."""
FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "most",
                       "each", "none", "any"})
"""Words of a share of a whole: "a third of the six seats" sizes the whole, it gives no one six."""
SEAT_HEADS = ("seat", "won", "mps", "councillors", "elected", "msps", "electoral", "council")
"""Words of a table heading over seat counts."""


SEATS_LINE = re.compile(r"\b(?:seats?|council|councillors|composition|make-?up|chamber|assembly)\b", re.I)
"""Words of a line that tells a body's seats, whatever outcome the line above tells."""
OUTCOME_LINE = re.compile(r"\b(?:gain|hold|GAIN|HOLD|Gain|Hold)\b(?:\s+from\b)?")
"""A seat's outcome on a results entry's line: "Con gain from Lab", "LD hold"."""
TOGETHER = "several sides' together"
ALLIANCES = frozenset({"alliance", "coalition", "partnership", "pact", "deal", "arrangement", "combination", "bloc",
                       "grouping", "agreement"})
"""Words of parties joined: the seats told after them are the partners' together."""
"""Why a figure is no one party's seats: several parties' together (read apart: `claims._Builder.together`)."""
GOVERNMENTS = frozenset(("government", "governments", "administration", "status"))
"""Words after "majority" that make it a kind of government, no size: "will form a majority government"."""
PLACE_COLUMNS = ("state", "ward", "constituency", "riding", "region", "electorate", "division", "district", "council",
                 "authority", "area", "county", "province", "borough", "municipality")
"""First column headings whose cells name a place for each row: its figures are that place's ("| State | Electoral
votes |", "| Council | Result | Seats |")."""
PLACE_HEADING = re.compile(r"^\s*(?:counting |voting |local |polling |council |)(?:seat|" + "|".join(PLACE_COLUMNS)
                           + r")s?\s*$", re.I)
"""A first column's heading that is only a kind of place ("Counting area", "Constituency", "Seat"), not a group of
columns ("Electorate (candidate) vote"): each row is a place, and its other columns may each be a party's."""
MOST_SEATS = 1000
"""No party holds this many seats of one body (the largest parliaments have about 750): "topped the list vote with
121,502", in a paragraph about list seats, is votes."""
SOME_OF_THEM = frozenset(("independent", "independents", "other", "others", "remaining", "rest", "minor", "fringe",
                          "smaller"))
"""Words of some of the candidates, not all ("two independent candidates shared 700 votes between them"); "the four
candidates" may be all of them."""


TRANSFER_COLUMN = re.compile(r"\b(?:2nd|second|3rd|third|later)[ -]?pref|\btransfer", re.IGNORECASE)
"""A table column of votes gained from others' ballots ("2nd preferences", "Transfers"): added, no one's total."""
FINAL_COLUMN = re.compile(r"(?:final|total|after transfers|after preferences|final (?:count|total|round|tally|result))"
                          r"(?: votes)?", re.IGNORECASE)
"""Beside a transfer column, the count after it ("| 1st pref | 2nd pref | Final |")."""
def final_column(heading: str) -> bool:
    """A column of the count after transfers: "Final", "Total", or a merged heading's "Second round total"."""
    return bool(FINAL_COLUMN.fullmatch(heading) or LATER_ROUND_PREFIX.match(heading)
                and FINAL_COLUMN.fullmatch(heading.split()[-1]))


LATER_ROUND_PREFIX = re.compile(r"(?:2nd|second|3rd|third|final|last) (?:round|count|ballot) ", re.IGNORECASE)
ROUND_COLUMN = re.compile(r"^(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                          r"|final) (?:round|ballot|count|stage)|(?:round|ballot|count|stage) (?:\d{1,2}|one|two|three"
                          r"|four|five|six|seven|eight|nine|ten)|run-?off)(?: votes)?$", re.IGNORECASE)
"""A table column of one round's counts ("1st round", "Round 2", "Run-off")."""
SIDE_ROWS = re.compile(r"(?:candidates?|party|parties|name)\b", re.IGNORECASE)
"""A table's first heading when each row is a candidate or a party: a "Swing" column is then each one's change in
share (Australian results tables), not a swing between two sides."""
COUNT_NAMED = re.compile(r"\b(?:count|round|stage)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                         r"|\bafter (?:the )?(?:transfers|preferences|distribution|exclusions?|surplus)", re.IGNORECASE)
RECOUNT_COLUMN = re.compile(r"\brecount\b|\b(?:validated|official|preliminary|certified|final|provisional|initial|"
                            r"declared)\s+(?:results?|count|figures|tally)\b|\belection\s+night\b|"
                            r"^(?:validated|preliminary|provisional|certified|unofficial)$", re.IGNORECASE)
"""A column of one count's results beside another's: "| | Validated results | After judicial recount |"."""
"""A column that names a count of votes in passing ("Total after count 2", "Running total after transfers"): votes,
whatever seats the table's caption names ("Wicklow Glens (4 seats)")."""


def arrow_after(v: View, i: int) -> int | None:
    """The figure an arrow right after figure i points to ("UKIP 3 -> 0", "Labour 2 → 1"): the later side of a
    change, i the earlier. None where there is no arrow and figure."""
    k = i + 1 if v.lower(i + 1) == "→" else i + 2 if v.lower(i + 1) == "-" and v.lower(i + 2) == ">" else None
    return k + 1 if k is not None and v.num(k + 1) is not None else None


SEAT_FILLS = "a seat's own number ('X filled its three seats')"
POINTS_HEAD = re.compile(r"\b(?:pts?|points?|pp)\b|%", re.I)
"""A column heading that gives its figures in points ("Margin (pts)", "Lead, points")."""
VOTE_WORDS = frozenset({"preference", "preferences"})
"""Words of a passage about counts of votes, not seats ("first-preference figures"; not "ballot boxes", nor "votes",
which a passage of seats names too)."""
def place_filling(v: View, i: int) -> Span | None:
    """ "Roscommon-Galway finally filled its three seats", "Castle ward elected all three councillors": the seat of
    several members whose number figure i gives (no party's tally), or None."""
    if v.lower(i - 1) not in ("its", "all") or v.lower(i - 2) not in PLACE_FILLS:
        return None
    k = i - 3
    if v.lower(k).endswith("ly"):
        k -= 1  # "finally", "eventually"
    m = v.mention_at[k] if k >= 0 else None
    return m if m is not None and m.kind == "place" and m.end == k + 1 else None


PARTNER_HOLDS = frozenset({"has", "holds", "commands", "controls", "on", "reaches", "reach"})
"""Verbs a party's figure follows once a partner's seats are counted in ("With ACT's 11 seats, National has 59")."""


def _with_partner_before(v: View, i: int) -> bool:
    """ "With ACT's 11 seats, National has 59", "Adding the Greens' 15, Labour would have 49": a sentence that opens
    by counting a partner's seats in, then gives another party a figure after a verb of holding: their sum."""
    s = _sentence_opener(v, i)
    k = s + 1 if v.lower(s) in ("along", "together") and v.lower(s + 1) == "with" else s
    if v.lower(k) not in ("with", "adding", "counting", "plus") or v.lower(i - 1) not in HOLDING_VERBS | PARTNER_HOLDS:
        return False
    comma = next((t for t in range(k + 1, i) if v.lower(t) == ","), None)
    if comma is None:
        return False
    before = [t for t in range(k + 1, comma) if v.num(t) is not None]
    partner = [m for t in range(k + 1, comma) if (m := v.mention_at[t]) is not None and m.kind == "party"]
    holder = [m for t in range(comma + 1, i) if (m := v.mention_at[t]) is not None and m.kind == "party"]
    return len(before) == 1 and bool(partner) and bool(holder) and partner[0].name != holder[-1].name \
        and not any(v.num(t) is not None for t in range(comma + 1, i))


def _sentence_opener(v: View, i: int) -> int:
    """The first word of token i's sentence, past a list mark or emphasis ("- **Together with ACT**, …")."""
    s = v.sentence_bounds(i)[0]
    while s < i and (v.t.is_space[s] or v.text(s) in ("*", "**", "-")):
        s += 1
    return s


def _together_before(v: View, i: int) -> bool:
    """ "Together they will command 29 seats": "together" or "jointly" shortly before, in its clause (or opening its
    sentence: "Together, the Conservatives and the DUP have 327 seats"), with no other figure between (not the 123 of
    "together hold 68 seats in the 123-seat Parliament")."""
    s = _sentence_opener(v, i)
    lo = s if v.lower(s) in ("together", "jointly") and v.lower(s + 1) in (",", "with") and i - s <= 12 else \
        max(v.clause_start[i], i - 6)  # (and "Together with the BJP they account for 268 seats")
    for k in range(i - 1, lo - 1, -1):
        if v.nums[k] is not None and not (v.lower(k) in ("two", "three") and v.lower(k + 1) in ("parties", "partners")):
            return False  # another figure between ("together hold 68 seats in the 123-seat …"), not "the two parties"
        if v.lower(k) in ("together", "jointly"):
            return True
    for k in range(i - 1, max(s, i - 25) - 1, -1):
        if v.nums[k] is not None:
            return False
        if v.lower(k) in ("who", "which") and v.lower(k - 1) in (",", ")"):
            return False  # "in coalition with the Social Democrats (SPD), who won 121 seats": the clause's own party's
        if v.lower(k) in GROUP_NOUNS and (v.lower(k + 1) in ("with", "of")
                                          or v.lower(k + 1) == "," and v.lower(k + 2) == "of") \
                or v.lower(k) in ("allies", "partners") and v.lower(k - 1) in ("its", "their", "his", "her"):
            return True  # "National's coalition with ACT and NZ First commands 68 seats", "Labour and its allies"
    return False


def _listed_subject(v: View, i: int) -> bool:
    """ "The PVV, the liberal VVD, the New Social Contract (NSC) party and the Farmer-Citizen Movement (BBB) hold 89
    of the 150 seats", "The Greens and FDP, who between them hold 210 seats", a list's "- SPD, Greens and FDP
    ("traffic light"): 416 seats": a list of parties joined by "and" opens the sentence or line, then a verb of
    holding (or a colon) and the figure — their seats together."""
    if v.lower(i - 1) not in HOLDING_VERBS and v.lower(i - 1) not in (":", "):"):
        return False
    text, at = v.t.text, v.t.starts[i]
    line = text.rfind("\n", 0, at) + 1
    s = v.sentence_bounds(i)[0] if v.lower(i - 1) not in (":", "):") else max(0, i - 40)  # (a list's line, however
    # it is split)
    parties: set[str] = set()
    joined = False
    loose = 0
    k = i - 1 if v.lower(i - 1) == "):" else i - 2
    while k >= s and v.t.starts[k] >= line:
        m = v.mention_at[k]
        w = v.lower(k)
        if m is not None and m.kind == "party":
            parties.add(m.name)
            k = m.start - 1
            loose = 0
            continue
        if w in (")", "):"):  # a bracketed nickname or initials: "(“traffic light”)", "(NSC)"
            o = next((j for j in range(k - 1, max(s, k - 12) - 1, -1) if v.lower(j) == "("), None)
            if o is None:
                return False
            inside = {m.name for j in range(o + 1, k) if (m := v.mention_at[j]) is not None and m.kind == "party"}
            if not parties and len(inside) >= 2 and any(v.lower(j) in ("+", "and", "&") for j in range(o + 1, k)) \
                    and sum(v.t.starts[j] >= line for j in range(max(0, o - 8), o)) <= 6 \
                    and all(v.num(j) is None for j in range(max(0, o - 8), o) if v.t.starts[j] >= line):
                return True  # "**"Jamaica" (CDU/CSU + FDP + Greens): 393 seats.**": the bracket names them
            k = o - 1
            continue
        if w in ("and", "&", "+"):
            joined = True
        elif w in (",", "the", "party", "between", "them", "together", "jointly", "who", "would", "could", "will",
                   "now", "-", "*", "•") or v.t.is_space[k]:
            pass
        elif v.t.is_alpha[k] and v.text(k).islower() and loose < 2 and w not in ("of", "in", "with", "to", "by") \
                and (m := v.mention_at[k + 1 + loose]) is not None and m.kind == "party":
            loose += 1  # "the liberal VVD" (a word before a party's name, not "won four Labour-held seats")
        else:
            return False
        k -= 1
    return joined and len(parties) >= 2


HOLDING_VERBS = frozenset({"hold", "have", "command", "control", "muster", "held", "had", "won", "took"})
"""Verbs after a list of parties whose figure is their seats together."""


GROUP_NOUNS = frozenset(("coalition", "alliance", "pact", "bloc", "partnership"))
"""Nouns of parties counted as one ("the coalition of the SNP and the Greens")."""


EACH_PART = frozenset(("state", "province", "region", "territory", "county", "ward", "constituency", "district",
                       "division", "riding", "electorate", "city", "borough"))
"""Parts of a country that each elect some members: "each state elects six senators"."""


def _each_part(v: View, i: int, after: int) -> bool:
    """Seats counted per part of the country: "each state elects six senators", "two senators from each state",
    or "… elect two senators each" where no party is named (not "Labour and the Greens won 12 seats each")."""
    s, e = v.sentence_bounds(i)
    if any(v.lower(k) in ("each", "every") and v.lower(k + 1) in EACH_PART
           and v.lower(k + 2) not in ("declared", "counted", "reported", "reporting", "in")
           for k in range(v.clause_start[i], min(e, after + 3))):  # (not "With every ward declared, …": the count's end)
        return True
    return v.lower(after) in ("each", "apiece") and not any(
        (m := v.mention_at[k]) is not None and m.kind in ("party", "person") for k in range(s, e))


def _sums_before(v: View, i: int) -> bool:
    """Whether the whole numbers before i in its sentence (two or more, no years) add up to it."""
    s, _ = v.sentence_bounds(i)
    parts = [v.num(k).value for k in range(s, i) if v.num(k) is not None and not v.years[k] and not v.num(k).decimals]
    return len(parts) >= 2 and abs(sum(parts) - v.num(i).value) < 1e-9


PLACES_SPOKEN_OF = frozenset({"boroughs", "councils", "districts", "counties", "regions", "states", "areas",
                              "authorities", "provinces", "towns", "cities", "nations", "boroughs'", "counting"})
"""After "across the five", "in the three": a group of places the sentence is about, not a figure."""
SOME_BALLOTS = re.compile(r"\s*(?:valid\s+)?(?:ballot papers|ballots|votes)\s+(?:held by|belonging to|of (?:the )?"
                          r"eliminated|for (?:the )?eliminated|transferred|set aside|from (?:the )?eliminated|"
                          r"in (?:the )?(?:eliminated|excluded)|whose\s+first|"
                          r"(?:became|become|were|was|are) (?:non-?transferable|"
                          r"exhausted|spoilt|spoiled|rejected|void|invalid))", re.I)
"""After a count of ballots: some of them, not the poll ("the 152,275 ballot papers held by eliminated candidates",
"the 95,233 ballot papers whose first choice was eliminated")."""


BODY_NOUNS = frozenset({"council", "chamber", "parliament", "assembly", "legislature", "senate", "house", "authority",
                        "cabinet", "commons", "dáil", "dail", "senedd", "holyrood"})
"""Bodies an "its" may stand for before their size ("the council with 33 of its 60 seats")."""
AREA_NOUNS = frozenset({"region", "county", "country", "nation", "state", "province", "city"})
"""Areas an "its" may stand for before their seats ("in the region with 24 of its 58 seats")."""
TURNOUT_CHANGE = "a change in turnout, in points"
NOT_A_BODY = frozenset({"cabinet", "team", "staff", "family", "public", "committee", "board", "crew", "panel",
                        "jury", "audience", "government", "frontbench", "front", "campaign", "union", "club"})
"""Groups of people whose members are no seats ("six members of his cabinet")."""
TIME_HEADS = frozenset({"now", "last time", "then", "before", "after", "new", "old", "previous", "current", "was",
                        "is"})
"""Column headings that name only a time, not what the figures count."""
BALLOT_COLUMNS = frozenset({"ballot papers", "ballots cast", "votes cast", "ballots issued", "ballot papers issued",
                            "total poll", "ballots", "total votes cast", "valid votes", "total valid votes",
                            "valid poll", "total votes", "valid ballots", "valid vote"})
# (beside an electorate or a turnout)
"""Column headings of the ballots cast, beside an electorate and a turnout."""
EXTRA_SEATS = frozenset({"overhang", "top-up", "topup", "levelling", "leveling", "bonus"})
MEMBER_NOUNS = frozenset({"members", "seats", "mps", "councillors", "senators", "representatives", "msps", "mlas",
                          "tds", "legislators", "delegates", "deputies"})
MEMBER_NOUNS_PLURAL = (MEMBER_NOUNS - {"seats"}) | {"councilors", "mss", "meps"}
"""A chamber's members as people, the unit of "18 Northern Ireland MPs"."""
RELATIVE_WORDS = frozenset({"more", "higher", "lower", "less", "fewer", "bigger", "larger", "greater", "smaller"})


def share_pair_after(v: View, i: int) -> bool:
    """A share told as one side of a pair: "…, or 51.9 per cent to 48.1 per cent"."""
    u = unit_after(v, i)
    return u is not None and v.lower(u[2]) in ("to", "against") and v.num(u[2] + 1) is not None


def restated(v: View, i: int, readings: dict[int, Reading], kind: Kind) -> int | None:
    """The figure a sentence opening "That was up from N" (or "This is down from", "It rose from") speaks of: the
    last of `kind` in the sentence before it, not a target ("one more than the 51 needed"); i is N's token."""
    s, _ = v.sentence_bounds(i)
    words = [v.lower(k) for k in range(s, i) if not v.t.is_space[k]]
    if s == 0 or not 3 <= len(words) <= 5 or words[0] not in ("that", "this", "it") or words[-1] != "from":
        return None
    p, _ = v.sentence_bounds(s - 1)
    same = [k for k in range(p, s) if k in readings and readings[k].kind == kind and not readings[k].threshold]
    return same[-1] if same else None


def _next_item(v: View, s: int, i: int) -> bool:
    """A party or person named after a break between a cue at s and the figure at i: the figure is theirs, the next
    item of a list ("…, two short of a majority, with Reform on 11")."""
    brk = next((k for k in range(s + 1, i) if v.lower(k) in (",", ";", "with", "and", "while")), None)
    return brk is not None and any((m := v.mention_at[k]) is not None and m.kind in ("party", "person")
                                   for k in range(brk + 1, i))


CONTENDERS = frozenset({"candidates", "parties", "contenders", "sides", "frontrunners", "front-runners", "leaders",
                        "rivals", "campaigns", "camps", "finalists"})
"""Plural nouns of those in a race: "the two major candidates" names a group, it counts no votes."""


SPLIT_SENTENCE = re.compile(r"\b(?:excluded|eliminated|distribut\w*|split|flowed|transferred|redistribut\w*)\b", re.I)
"""A sentence that tells where an excluded candidate's votes went."""
RECEIVING = frozenset({"received", "got", "took", "gained", "picked", "attracted", "collected"})


CURRENCY_SIGNS = frozenset("£$€₹¥")
MONEY_WORDS = frozenset({"limit", "spending", "budget", "cost", "costs", "fund", "funds", "donations", "pounds",
                         "dollars", "euros", "rupees"})
"""After "N% of the …": a sum of money, not the vote."""
BARS = frozenset({"bar", "threshold", "hurdle", "mark", "target", "deposit"})
"""Before "by N": a line a figure cleared or missed ("clearing the bar by just 15 votes"), no rival."""


ROUND_TOTAL = "a later round's total ('+8,710 = 107,020')"
ROUND_ADDED = "votes added in a later round ('+8,710 = 107,020')"
SUM_UNIT_WORDS = frozenset({"second", "preferences", "preference", "votes", "transfers", "-", "2nd", "prefs"})
"""Words between a sum's added count and its "=": "98,402 + 10,544 second preferences = 108,846"."""


def _past_sum_units(v: View, k: int) -> int:
    """Token k, or past up to three of a sum's unit words from it."""
    j = k
    while j < v.n and j < k + 3 and v.lower(j) in SUM_UNIT_WORDS:
        j += 1
    return j


ROUND_START = "the count a later round's sum starts from ('98,310 + 8,710 = 107,020')"
"""Evidence of a round's sum on a candidate's line: the count after it is a later round's, the one added a transfer."""
def _someone_between(v: View, s: int, i: int) -> bool:
    """A person named, or a verb of polling, between a cue and a figure: "on a far bigger turnout, Mr Stevenson polled
    18,871" is his."""
    return any((m := v.mention_at[k]) is not None and m.kind == "person" for k in range(s + 1, i)) \
        or (p := v.cue_left(i, "verb.poll", 2)) is not None and p > s + 1 and v.lower(p) not in ("with", "on", "was")


BODY_HEADS = frozenset({"parliament", "parliaments", "chamber", "chambers", "body", "bodies", "legislature",
                        "assembly", "house", "country"})
"""A table's first heading over rows that each name a body: its "Majority" column is each body's majority mark."""
DEMONSTRATIVE_CHANGE = frozenset({"is", "was", "'s", "’s", "has", "had", "been", "gone", "come", "went", "came",
                                  "fell", "rose", "down", "up", "still", "only", "just", "slightly", "sharply", "well",
                                  "a", "little", "bit", "lot", "fall", "rise", "drop", "increase", "reduction", ","})
"""Words between a sentence's opening "That"/"This" and "from N": the sentence tells only how the last one's figure
moved ("That is down from 90 in 2020", "This was a sharp rise from …")."""
BODY_ADJECTIVES = frozenset({"local", "new", "unitary", "metropolitan", "city", "county", "regional", "state",
                             "national", "federal", "provincial", "lower", "upper", "territorial", "municipal",
                             "outgoing", "enlarged", "expanded"})
"""Words between a size and its body: "the 120-seat regional parliament", "a 51-seat unitary council"."""
GROUPINGS = frozenset({"coalition", "alliance", "bloc", "caucus", "group", "comprising", "including", "among",
                       "defected", "defections", "rebels", "rebelled", "voted", "backed", "signed"})
"""Before "14 Democrats, 5 independents": members of a group or a vote, not the parties' seats."""
CANDIDATE_WORDS = frozenset({"candidate", "candidates", "nominee", "challenger", "incumbent", "contender"})
"""After a party and before "'s N": the party's candidate ("the Conservative candidate's 17,086")."""
HEDGES_BEFORE_COUNT = frozenset({"nearly", "almost", "about", "around", "some", "over", "more", "than", "a", "just",
                                 "roughly", "under", "fewer", "less"})
"""Words between "second in" and a count of seats ("second in nearly a hundred seats")."""
RANGE_LEADS = frozenset({"by", "at", "on"})
"""Before "N to M": a range ("fell by 12 to 15 points", "polled at 20 to 22 per cent"), not a change from N to M."""


def _by_range(v: View, i: int) -> bool:
    """A range after "by", "at" or "on" ("fell by 12 to 15 points", "by "only" 12 to 15", "polled at 20 to 22 per
    cent"): token i is either end of it."""
    def before(k: int) -> str:
        while k > 0 and v.lower(k) in ('"', "“", "”", "'", "‘", "’", "only", "just", "roughly", "about", "around"):
            k -= 1
        return v.lower(k)
    if v.lower(i + 1) == "to" and (b := v.num(i + 2)) is not None and not v.years[i + 2] \
            and (lead := before(i - 1)) in RANGE_LEADS:
        a, end = v.num(i), i + 2
    elif v.lower(i - 1) == "to" and (a := v.num(i - 2)) is not None and not v.years[i - 2] \
            and (lead := before(i - 3)) in RANGE_LEADS:
        b, end = v.num(i), i
    else:
        return False
    # both ends changes in points, not an amount and the level it led to ("cut the majority by 2,000 to 4,100");
    # or, after "at" or "on", two levels of one unit ("polled at 20 to 22 per cent", "on 406 to 459 seats")
    units = ("points", "percentage", "pts", "point") if lead == "by" else ("per", "%", "percent", "points", "seats")
    return 0 < a.value < b.value < 3 * a.value and v.lower(end + 1) in units


def distractor(v: View, i: int) -> str | None:
    """Why the number at i is not an election figure, or None if it may be one."""
    n = v.num(i)
    prev, nxt = v.lower(i - 1), v.lower(i + 1)
    if n.value <= 20 and not n.decimals and (prev == "in" and (p := v.num(i - 2)) is not None and p.value < n.value
                                             or nxt == "in" and (q := v.num(i + 2)) is not None and q.value > n.value
                                             and q.value <= 20
                                             or nxt in ("vote", "voter") and v.lower(i + 2) == "in"):
        return "a proportion"  # "just over two in five of the votes cast", "one vote in seven"
    if nxt in ("councillors", "members", "councilors") and v.lower(i + 2) in ("were", "are", "will") \
            and v.lower(i + 3) in ("elected", "returned", "be") and v.sentence_bounds(i)[0] == i:
        return "a ward's size"  # "Four councillors were elected for the Lochside ward, with the SNP's … topping the
        # poll": how many the ward returns, no party's seats
    if n.words and nxt == "-" and v.lower(i + 2).rstrip("s") in ("tenth", "hundredth", "thousandth", "millionth",
                                                                 "third", "quarter", "fifth", "half"):
        return "a fraction"  # "less than one-thousandth of the valid votes cast"
    if n.words and (m := v.mention_at[i]) is not None and m.kind == "party":
        return "a party's name"  # "One Nation preferences flowed heavily to the LNP"
    if (m := v.mention_at[i]) is not None and m.kind == "place" and m.start < i:
        return "a seat's or measure's name"  # "'yes' majority not enough for Amendment 81", "District 7"
    unit = unit_after(v, i)
    if unit is not None and unit[0] == "unit.votes" and any(
            v.lower(k) in ("threshold", "bar", "hurdle", "cutoff", "cut-off")
            and v.lower(k + 1) in ("is", "was", "of", "at", "stood", "sits") for k in range(max(v.clause_start[i], i - 6), i)) \
            and not any((m := v.mention_at[k]) is not None and m.kind in ("person", "party")
                        for k in range(max(v.clause_start[i], i - 6), i)):
        return "a threshold"  # "that threshold is just under 62 votes": a line to clear, no one's count
    if unit is not None and unit[0] == "unit.votes" and prev == "the" and v.lower(i - 2) == "of":
        k = unit[2] + (v.lower(unit[2]) == "cast")
        if v.lower(k) == "for" and (v.lower(k + 1) in ("those", "these") or v.lower(k + 1) == "the"
                                    and v.num(k + 2) is not None):
            return "a group's votes"  # "Of the 106,180 votes cast for the three eliminated candidates, …"
    if nxt == "of" and v.lower(i + 2) in ("his", "her", "their", "its") and v.lower(i + 3) in ("votes", "ballots") \
            and v.lower(i + 4) not in ("went", "flowed", "passed", "transferred", "moved"):
        return "a part of someone's votes"  # "18 of his votes had been double-counted" (not "13,913 of their votes
        # went to Labor": a part passed on, read as such)
    if (after := unit[2] if unit is not None else i + 1) is not None and v.lower(after) == "or" \
            and v.lower(after + 1) in ("fewer", "less", "more", "under", "below", "above", "over", "lower"):
        return "a bound"  # "Three seats were decided by 20 votes or fewer": a line drawn, no one's figure
    if unit is not None and unit[0] == "unit.votes" and prev == "of" and (v.has(i - 2, "change.up") or v.has(
            i - 2, "change.down")) and v.lower(i - 3) in ("a", "an") and any(
            v.lower(k) == "from" for k in range(max(0, i - 16), i - 3)):
        return "the size of a change"  # "down from 38,512 in 2021 to 9,406, a fall of 29,906 votes": no one's count
    sb = v.sentence_bounds(i)[0]
    if (w := next((k for k in range(i - 1, max(sb, i - 16) - 1, -1) if v.lower(k) == "where"), None)) is not None \
            and (p := next((k for k in range(w - 1, max(sb, w - 5) - 1, -1) if v.lower(k) in DISTRICTS_PLURAL),
                           None)) is not None \
            and all(v.t.is_alpha[k] and v.text(k).islower() for k in range(p + 1, w)) \
            and not any(v.num(k) is not None for k in range(w, i)):
        # (not "Reform UK won five seats, including Clacton, where Nigel Farage took 21,225 votes": one seat's)
        return "a figure of a set of seats"  # "one of a handful of seats in the region where the Tories finished more
        # than 5,000 votes clear": what those seats have in common, no one contest's
    if unit is not None and nxt in ("more", "fewer", "less") and v.lower(unit[2]) == "than" and (
            v.cue_at(unit[2] + 1 + (v.num(unit[2] + 1) is not None), "context.historical") is not None
            or v.lower(unit[2] + 1) in ("in", "at") and is_year(v, unit[2] + 2)):
        return "a change since an earlier election"  # "he polled 9,402 more votes than last time": no count, no lead
    if nxt in ("majorities", "margins", "leads", "results", "counts", "recounts", "elections", "races", "contests") \
            and n.words:
        return "a count of things"  # "Comparing the two majorities tells you little"
    if prev == ":" and "half" in v.lowers[v.sentence_bounds(i)[0]:i] \
            and any(w in NEEDING for w in v.lowers[v.sentence_bounds(i)[0]:i]):
        return "a threshold"  # "To win outright Delaney needed more than half of the valid vote: 65,369": a target
    if prev == "by" and v.lower(i - 2) in ("that", "this", "it", "those") \
            and v.lower(i - 3) in ("beats", "beat", "beating", "exceeds", "exceeded", "tops", "topped", "eclipses",
                                   "eclipsed", "surpasses", "surpassed", "outstrips", "outstripped", "passes"):
        return "a difference"  # "Mid Bedfordshire beats that by 4,527 votes": one record against another
    if unit is not None and unit[0] == "unit.seats" and (prev == "by" or prev in ("just", "only") and v.lower(i - 2) == "by") \
            and any(v.lower(k) in ("largest", "biggest", "ahead", "lead", "leads", "led", "outnumber", "outnumbers")
                    for k in range(v.sentence_bounds(i)[0], i)):
        return "a lead in seats"  # "The SNP remain the largest group - by one seat": no one's tally
    if unit is not None and prev in ("not", "no", "nor", "without") and v.lower(unit[2]) in ("more", "fewer", "less",
                                                                                         "extra", "spare"):
        return "a difference denied"  # "exactly the number it needs and not one seat more": no one's seats
    if unit is not None and unit[0] in ("unit.percent", "unit.points") and n.value > 100 and any(
            v.lower(k) in ("increase", "increases", "rise", "rises", "growth", "jump", "same") or v.lower(k).endswith("fold")
            for k in range(*v.sentence_bounds(i))):
        return "a rate of change"  # "a roughly sevenfold increase, or more than 600 per cent": no share, no points
    if nxt in ("postal", "proxy", "overseas") and v.lower(i + 2) in ("votes", "ballots", "vote", "ballot"):
        return "a part of the ballots"  # "The total includes 4,210 postal ballots": no total, no one's count
    if n.decimals and "," in n.text and unit is None:
        return "a figure worked to decimals"  # "Five per cent of the valid vote was 1,969.35": arithmetic, no count
    if (nxt in ("figures", "digits", "figure", "digit") or nxt == "-" and v.lower(i + 2) in ("figure", "digit")) \
            and n.value < 10 and not n.decimals:
        return "a count of digits"  # "the Conservative margin had been below four figures", "a five-figure majority"
    if n.words and n.value == 1 and (nxt in ("more", "fewer", "less") or prev in ("add", "adds", "adding", "plus")):
        return "arithmetic"  # "divides the valid poll by one more than the number of seats … and adds one"
    if nxt in ("divided", "multiplied") and v.lower(i + 2) == "by" and v.num(i + 3) is not None \
            or nxt == "/" and v.num(i + 2) is not None and v.t.spaces[i] and v.t.spaces[i + 1]:
        return "arithmetic"  # "the quota is 10,000 divided by four - 2,500 - plus one", "50,000 / 5 + 1": a formula's term
    if nxt in OPERATORS and v.num(i + 2) is not None or prev in OPERATORS and v.num(i - 2) is not None \
            or prev == "=" and any(v.lower(k) in OPERATORS for k in range(max(0, i - 5), i - 1)):
        return "arithmetic"  # "the quota is 72,000 ÷ 6 = 12,000, plus one": an explainer's working, no figure
    if unit is not None and unit[0] == "unit.percent" and v.lower(unit[2]) in RELATIVE_WORDS \
            and v.lower(unit[2] + 1) == "than":
        return "a relative change"  # "301,556 votes were 512 per cent more than the Brexit Party managed"
    if unit is not None and unit[0] == "unit.percent" and n.value > 100 and prev in ("by", "of"):
        return "a relative change"  # "did it go up by 12 per cent, or by 600 per cent?": no share is over 100
    if prev == "the" and v.lower(i - 2) == "of" and v.lower(i - 3) == "majority" and (
            unit is not None and unit[0] == "unit.seats" or any(v.lower(k) in MEMBER_NOUNS for k in range(i + 1, i + 4))) \
            and not (nxt == "-" and v.lower(i + 2) in ("seat", "member")):  # (but "a majority of the 222-seat house"
        # sizes the house: read as its size)
        return "a body's members"  # "75 are needed for a majority of the 149 sitting members": no one's majority
    if unit is not None and unit[0] == "unit.seats" and (v.lower(unit[2]) == "vacant" or v.lower(unit[2]) in (
            "is", "are", "was", "were", "remains", "remain", "lies", "lie", "stands", "stand", "will")
            and v.lower(unit[2] + 1) in ("vacant", "empty", "unfilled", "be", "remain")
            and "vacant" in v.lowers[unit[2]:unit[2] + 4]) or prev == "vacant" and v.lower(i - 2) not in ("the",):
        return "vacancies"  # "One seat is vacant after …", "two seats remain vacant": no party's seats
    if nxt in ("expressing", "showing", "giving", "with", "marking") and v.lower(i + 2) == "no" \
            and v.lower(i + 3) in ("further", "other", "next") or nxt == "had" and v.lower(i + 2) == "no" \
            and v.lower(i + 3) == "further":
        return "exhausted ballots"  # "with 363 expressing no further preference": no candidate's votes
    j = i - 1
    while j > i - 4 and v.lower(j) in ("further", "another", "a", "an", "just", "only", "some"):
        j -= 1
    if v.lower(j) in REJECTED:
        return "rejected ballots"  # "Returning officers rejected a further 211 ballot papers": no one's, no total
    if unit is not None and unit[0] == "unit.percent" and v.lower(unit[2]) in ("down", "up", "higher", "lower") \
            and v.lower(unit[2] + 1) in ("on", "from", "against") and any(
                (p := v.num(k)) is not None and not p.decimals and p.value >= 1000 for k in range(max(0, i - 4), i)):
        return "a relative change"  # "its 724,758 votes were 41.7 per cent down on 2019": a count's change, no share
    k = i + 1 + (v.lower(i + 1) in ("votes", "vote", "voters", "ballots", "seats"))
    if v.lower(k) in ("in", "out"):
        j = k + 1
        while j < k + 3 and v.lower(j) in ("every", "of"):
            j += 1  # "in every three", "out of every five"
        if (whole := v.num(j)) is not None and not is_year(v, j) and n.value < whole.value <= 100:
            return "a ratio"  # "taking almost two votes in every three", "one voter in five": a proportion, no count
    k = i + 1
    while k < min(v.n, i + 6) and v.lower(k) in BETWEEN_NO_ONES:
        k += 1
    if k > i + 1 and (v.lower(k) in NO_ONES or (v.lower(k), v.lower(k + 1)) in (("not", "transferable"),
                                                                             ("non", "-"))):
        return "exhausted ballots"  # "with 380 papers by then non-transferable": no candidate's votes
    if n.value == 50 and not n.decimals and unit is not None and unit[0] == "unit.percent" \
            and prev in ("exceeds", "exceed", "exceeding", "above", "over", "past", "beyond", "than", "below", "under",
                         "clear", "cleared", "clearing", "reach", "reached", "reaching", "pass", "passed", "top", "cross",
                         "crossed"):
        return "the halfway mark"  # "the amount by which its vote exceeds 50%": a line, no one's share
    if _by_range(v, i):
        return "a range"  # "the Conservative share fell by 'only' 12 to 15 points" across several seats
    if prev == "between" and nxt == "and" and v.num(i + 2) is not None \
            or prev == "and" and v.lower(i - 3) == "between" and v.num(i - 2) is not None:
        return "a range"  # "took between 12 and 17 per cent in all four seats": no one figure
    if n.words and prev == "the" and v.lower(i - 2) == "of" and unit is None and nxt in (",", ".", ";", ")", "-", "–"):
        return "count of a group"  # "the biggest swing of the four, 20.7 points": which group, not a figure
    if n.words and prev == "the" and v.lower(i - 2) in ("between", "among", "of") and (
            nxt in CONTENDERS or v.lower(i + 2) in CONTENDERS and v.lower(i + 1).isalpha()):
        return "count of a group"  # "the margin between the two major candidates is tight": which, not how many votes
    if prev == "all" and v.lower(i - 2) in ("in", "across", "throughout") and nxt in ("seats", "constituencies",
                                                                                       "wards", "ridings"):
        return "the seats spoken of"  # "in all four seats": the seats the article is about, no body's size
    seat_unit = unit if unit is not None else (unit_after(v, y) if (y := x_of_y(v, i)) is not None else None)
    if seat_unit is not None and seat_unit[0] == "unit.seats" and any(
            (m := v.mention_at[k]) is not None and m.via == "a referendum's side" for k in range(*v.sentence_bounds(i))):
        return "places of a referendum"  # "three of the five constituencies in our region voted No"
    if v.years[i] and prev in ("its", "their", "his", "her", "the", "a") and nxt in (
            "vote", "votes", "share", "result", "results", "tally", "majority", "total", "level", "figure", "figures"):
        return "a year"  # "losing more than a third of its 2019 vote share": which election's, no count
    if unit is not None and unit[0] == "unit.votes" and v.lower(unit[2]) in ("each", "apiece"):
        return "votes each voter had"  # "Electors then had three votes each": how many, no count
    if unit is not None and v.lower(unit[2] - 1) in ("papers", "ballots", "votes", "paper", "ballot") and (
            v.lower(unit[2]) in REJECTED
            or v.lower(unit[2]) in ("were", "was") and v.lower(unit[2] + 1) in REJECTED):
        return "rejected ballots"  # "with 138 ballot papers rejected": no votes cast, no one's count
    if (cell := v.cells[i]) is not None and cell.row_label and not n.decimals and re.sub(
            r" (?:votes|ballots|ballot papers|papers)$", "", cell.row_label) in NO_ONES | REJECTED | {"null"}:
        return "ballots that count for no one"  # "| Null | 567,311 |", "| Rejected ballot papers | 312 |"
    if nxt == "-" and v.lower(i + 2) in FRACTIONS and n.words:
        return "a fraction"  # "more than two-fifths of the seats contested": a part, no count
    if prev == "of" and v.lower(i - 2) in ("bundle", "bundles", "batch", "batches", "box", "boxes", "pile", "tray",
                                           "sack", "bag"):
        return "a bundle of ballots"  # "a bundle of 16 votes was found on the wrong pile": no one's count
    if nxt in ("behind", "ahead") and v.lower(i + 2) in ("on", "with") and v.num(i + 3) is not None:
        return "a gap, told before the count"  # "with Reform UK two behind on 30": the 30 is Reform's
    if unit is not None and unit[0] == "unit.percent" and v.lower(unit[2]) == "of" and any(
            v.text(k)[:1] in CURRENCY_SIGNS or v.lower(k) in MONEY_WORDS for k in range(unit[2] + 1, min(v.n, unit[2] + 4))):
        return "a part of a sum of money"  # "spending of £16,930, or 77.5% of the £21,846 limit"
    if prev == "by" or prev in ("just", "only") and v.lower(i - 2) == "by":
        by = i - 1 if prev == "by" else i - 2
        if any(v.lower(k) in BARS for k in range(max(0, by - 3), by)):
            return "a distance from a line"  # "clearing the bar by just 15 votes": no rival's margin
    if CLOCK.match(v.text(i)) or (nxt == ":" and CLOCK.match(f"{v.text(i)}:{v.text(i + 2)}")) \
            or (prev == ":" and CLOCK.match(f"{v.text(i - 2)}:{v.text(i)}")):
        return "a time"  # "03:10 Labour MPs on social media …": a live blog's timestamp
    if prev == "the" and v.lower(i - 2) in ("in", "across", "among", "throughout") and nxt == "seats" \
            and v.lower(i + 2) in (",", ".", ";", ")", "where", "that", "which", "it", "they", "and", "but"):
        return "the seats spoken of"  # "the steepest fall in the four seats": a group of seats, no party's count
    if n.words and prev == "the" and v.lower(i - 2) in ("in", "across", "among", "throughout", "over", "for") \
            and nxt in PLACES_SPOKEN_OF:
        return "the places spoken of"  # "Turnout across the five boroughs was 33.9 per cent": no one's figure
    if prev == "by" and any(v.lower(k).startswith(FORECAST_ERRORS) for k in range(max(0, i - 6), i - 1)):
        return "a forecast's error"  # "overstating the party by 20 seats": how far a model was out, no one's seats
    if any(v.lower(k) == "caucus" for k in range(max(0, i - 4), i)) and unit is not None \
            and v.lower(unit[2] - 1) in ("members", "seats", "senators", "votes"):
        return "a caucus"  # "the Republican minority caucus will have 19 members": those who sit with it
    if prev == "of" and v.lower(i - 2) == "caucus":
        return "a caucus"  # "for a Democratic caucus of 47": the party and those who sit with it, no one party's
    if prev in ("count", "round", "stage") and v.text(i - 1)[:1].isupper() and not n.words and n.value < 100:
        return "a count's number"  # "Elected: Count 9", "Round 3"
    if prev == "district" and v.text(i - 1)[:1].isupper() and not n.words and not n.decimals and n.value < 1000:
        return "a district's number"  # "held Senate District 14 on Tuesday": a seat's name, no count
    if (cell := v.cells[i]) is not None and cell.heading:
        return "a table's heading"  # "| Votes | % | 2021 % |"
    if prev == "by" and v.lower(i - 2) in RESIZED and unit is not None and unit[0] == "unit.seats" \
            and any(v.lower(k) in BODIES | CHAMBER_NOUNS for k in range(max(0, i - 9), i - 2)):
        return "a body's change in size"  # "a council that has grown by four members since 2017": no party's seats
    if prev == "all" and n.words and n.value <= 6 and unit is not None and unit[0] == "unit.seats" \
            and any(v.lower(k) in ("ward", "division", "member", "seater") for k in range(max(0, i - 12), i)):
        return "a ward's seats"  # "a three-member ward where all three seats changed hands": no party's tally
    if cell is not None and cell.column == 0 and cell.header in LABEL_HEADS and re.search(r"[^\W\d_]", cell.row_label):
        return "a row's label"  # "| 100% Redress | 1 |", "| Independent 4 Change | – | 1 |": a party's name
    if prev in ("÷", "×") or prev == "+" and not (v.lower(eq := _past_sum_units(v, i + 1)) == "=" and v.num(i - 2) is not None
                                                  and v.num(eq + 1) is not None and n.value >= 10) \
            or prev == "by" and v.lower(i - 2) in ("divided", "divide", "dividing", "multiplied",
                                                                     "multiply", "multiplying") \
            or prev in ("plus", "add") and not n.decimals and n.value < 10:
        return "arithmetic"  # a formula's term: "valid poll divided by five, plus one", "(seats + 1) + 1" (not a
        # round's sum on a candidate's line: "Morgan 91,117 + 11,887 = 103,004", "98,402 + 10,544 second preferences
        # = 108,846")
    if unit is not None and unit[0] in ("unit.seats", "unit.votes") and v.lower(unit[2]) in ("in", "out") \
            and (d := v.num(k := unit[2] + (2 if v.lower(unit[2]) == "out" else 1))) is not None \
            and not v.years[k] and d.value < 100 and v.lower(k + 1) != "of":
        return "a ratio"  # "can win a Senate spot with about one vote in seven", "two seats out of three"
    if unit is not None and unit[0] == "unit.seats" and prev == "of" and (
            v.lower(i - 2) in ORDINALS or v.lower(i - 2) in ("last", "final") or v.lower(i - 3) in ORDINALS):
        return "which of the seats"  # "squeezing in for the third of three seats": a place among a ward's seats
    if unit is not None and unit[0] == "unit.seats" and _each_part(v, i, unit[2]):
        return "each part's"  # "each state elects six senators", "The ACT and Northern Territory elect two senators each"
    if unit is not None and unit[0] == "unit.seats" and prev == "of" and v.lower(i - 2) in EXTRA_SEATS | {
            "extra", "additional"}:
        return "extra seats"  # "an overhang of three seats on top of the usual 120": the chamber's, no party's
    if nxt == "-" and v.lower(i + 2) in ("seat", "member", "mp") and v.lower(i + 3) in EXTRA_SEATS \
            or unit is not None and unit[0] == "unit.seats" and v.lower(unit[2]) in EXTRA_SEATS:
        return "extra seats"  # "creating a two-seat overhang", "three overhang seats": the chamber's
    if prev == "to" and v.lower(i - 2) == "majority" and v.lower(i - 4) == "for":
        return "a majority's threshold"  # "That lifts the bar for a majority to 62": what it takes, no one's majority
    if nxt in ("more", "fewer", "over", "above") and any(
            v.lower(k) in ("majority", "halfway") for k in range(i + 2, min(v.n, i + 6))) and (
            nxt != "more" or v.lower(i + 2) == "than"):
        return "a distance to a majority"  # "The NDA as a whole won 293 seats, 21 more than a majority": no lead
    if unit is not None and unit[0] == "unit.seats" and (v.lower(unit[2]) in ("left", "remaining", "remain")
                                                         or v.lower(unit[2]) in ("are", "were", "is") and v.lower(
                unit[2] + 1) in ("left", "remaining")):
        return "what is left"  # "…, 639 MPs are left, so 320 would be enough": the rest once some are taken out
    if nxt in ("bigger", "larger", "smaller", "greater", "higher", "lower", "wider", "narrower"):
        return "a difference"  # "Tonight's majority is 6,364 bigger": how much it grew, not the majority
    if unit is not None and unit[0] == "unit.seats" and v.lower(unit[2]) in ("contested", "fought") \
            or prev == "in" and v.lower(i - 2) in ("standing", "stood", "stands", "candidates") \
            and unit is not None and unit[0] == "unit.seats":
        return "seats fought"  # "(Reform UK, 609 seats contested)", "standing in 275 seats": no seats won
    if nxt == "fewer" and v.lower(i + 2) in ("seats", "mps", "councillors", "members", "msps"):
        return "a difference"  # "polled a higher share … yet won 27 fewer seats", "… but 67 fewer seats": than the
        # other party, no tally
    if nxt in ("seats", "seat", "mps", "members") and (
            (v.lower(i + 2) in ("more", "fewer") and v.lower(i + 3) == "than")
            or v.lower(i + 2) in ("bigger", "larger", "smaller", "greater", "fewer")):
        # "three seats fewer than the 83 the PCs won in 2022"; "the Parliament is two seats larger than usual"
        return "a difference"
    if nxt in ("seat", "seats") and v.lower(i + 2) in ("closer", "nearer", "further", "away", "adrift", "behind") \
            or nxt in ("vote", "votes") and v.lower(i + 2) in ("closer", "nearer", "further"):
        return "a difference"  # "would put the Liberals one seat closer": a distance, no tally
    if nxt in ("more", "fewer", "extra") and v.lower(i + 2) in ("seats", "members", "mps", "councillors", "msps",
                                                                "electorates", "constituencies", "wards", "ridings",
                                                                "districts") \
            and v.lower(i + 3) == "than":
        return "a difference"  # "Parliament has two more seats than the usual 120" (not "2,000 more votes than": a lead)
    # "… won 89 of the 179 seats between them": the part's, read past its whole (and never the whole's)
    whole_of = nxt == "of" and v.num(j := i + 2 + (v.lower(i + 2) in ("the", "its", "their"))) is not None \
        and (w := unit_after(v, j)) is not None and w[0] == "unit.seats"
    a_whole = prev in ("the", "its", "their", "of") and any(v.lower(k) == "of" and v.num(k - 1) is not None
                                                           for k in (i - 1, i - 2))
    seat_end = unit[2] if unit is not None and unit[0] == "unit.seats" else w[2] if whole_of else None
    if seat_end is not None and not a_whole and (prev in ("combined", "joint") or v.lower(seat_end) == "combined"
                                                 or (v.lower(seat_end), v.lower(seat_end + 1)) == ("between", "them")
                                                 or _together_before(v, i)
                                                 or v.lower(seat_end) == "together"
                                                 or prev == ":" and v.lower(i - 2) in ("total", "combined", "together")
                                                 or any(v.lower(k) in ("give", "gives", "giving", "make", "makes")
                                                        for k in range(i - 3, i))
                                                 and "plus" in v.lowers[v.sentence_bounds(i)[0]:i]
                                                 or prev in ("share", "shared", "split") and len(
                {m.name for k in range(v.sentence_bounds(i)[0], i - 1) if (m := v.mention_at[k]) is not None
                 and m.kind == "party"}) >= 2):
        # "National, ACT and NZ First together hold 68 seats", "Labour, Plaid and Reform share six seats", a list's
        # "- Coalition total: 89 seats"
        return TOGETHER  # "Labour and the Greens, whose combined 25 seats": no one party's
    if (unit is None or unit[0] == "unit.seats") and _with_partner_before(v, i):
        return TOGETHER  # "With ACT's 11 seats, National has 59": the two together
    if unit is None and (v.lower(i + 1), v.lower(i + 2)) == ("between", "them") \
            and any(v.has(k, "unit.seats") for k in range(max(0, i - 80), i) if v.para_of[k] == v.para_of[i]):
        return TOGETHER  # "A majority now requires 62, and National and ACT have 59 between them": their sum
    if seat_end is not None and not a_whole and v.lower(seat_end) not in ("each", "apiece", "respectively") \
            and _listed_subject(v, i):
        return TOGETHER  # "The PVV, the liberal VVD, … and the Farmer-Citizen Movement (BBB) hold 89 of the 150 seats"
    if unit is not None and unit[0] == "unit.seats" and prev in (":", "=") and _sums_before(v, i):
        return TOGETHER  # "National (49) can govern with ACT (11) and New Zealand First (8): 68 seats": their sum
    if unit is not None and unit[0] == "unit.seats" and prev in (":", "—", "–", "-", "=", "of") \
            and any(v.lower(k) in ALLIANCES for k in range(v.sentence_bounds(i)[0], i)) and len(
                {m.name for k in range(v.sentence_bounds(i)[0], i) if (m := v.mention_at[k]) is not None
                 and m.kind == "party"}) >= 2:
        return TOGETHER  # "A progressive alliance of Labour, the Lib Dems and the Greens: 30 seats", "a Conservative–
        # Lib Dem partnership of 36 seats": the partners' sum
    if (unit is not None and unit[0] == "unit.seats" or unit is None and (y := x_of_y(v, i)) is not None
            and (u := unit_after(v, y)) is not None and u[0] == "unit.seats") \
            and prev in ("commands", "command", "has", "have", "holds", "hold", "controls", "control", "musters",
                         "totals", "would") \
            and (lo := v.sentence_bounds(i)[0]) is not None \
            and ((a := next((k for k in range(lo, i) if v.lower(k) in ALLIANCES and v.lower(k + 1) == "of"), None))
                 and len({m.name for k in range(a, i) if (m := v.mention_at[k]) is not None and m.kind == "party"}) >= 2
                 or v.lower(lo) == "together" and v.lower(lo + 1) in ("the", "they")):  # "Together the five hold 81 of
        # the 150 seats"
        return TOGETHER  # "If Orpo forms a coalition of the National Coalition (48), the Finns (46) …, it commands 109
        # of the 200 seats": the partners' sum
    if unit is not None and unit[0] == "unit.votes" and (v.lower(unit[2]), v.lower(unit[2] + 1)) == ("between", "them") \
            and any(w in SOME_OF_THEM for w in v.lowers[v.clause_start[i]:i]):
        return "a group's votes"  # "…, and two independent candidates shared 700 votes between them": not everyone's
    if is_year(v, i) and (unit is None or unit[0] == "unit.not_quantity"):
        return "year"
    if is_year(v, i) and "," not in n.text and prev in ("the", "that", "this", "'s", "’s") \
            and unit is not None and unit[2] - unit[1] == 1 and v.lower(unit[1]) in ("vote", "poll", "ballot"):
        return "year"  # "the 2015 vote showed …": the election, not a count of votes
    if prev in CURRENCY or v.text(i)[:1] in CURRENCY_SIGNS:
        return "money"
    if prev in MONTHS or prev.endswith(".") and prev[:-1] in MONTHS or nxt in MONTHS:
        return "date"  # ("published on Oct. 23")
    if prev in ("aged", "age") or (nxt == "-" and v.lower(i + 2) in ("year", "years")):
        return "age"
    if nxt in ("of", "were", "was") and any(v.lower(k) in REJECTED for k in range(i + 1, min(v.n, i + 4))) \
            or prev in (":", "papers", "ballots", "votes", "were", "was") \
            and any(v.lower(k) in REJECTED for k in range(max(v.sentence_bounds(i)[0], i - 4), i)):
        # (in its own sentence: not "…, 94 of them rejected. Turnout was 35.1 per cent")
        return "rejected ballots"  # "136 of them rejected", "117 were rejected", "Rejected ballot papers: 6"
    if (nxt == "members" and prev in ("'s", "’s") and v.lower(i - 2) in ("party", "union", "association")
            or nxt in ("party", "paid-up") and v.lower(i + 2) == "members") \
            and v.in_sentence(i, "cue.turnout") is None:  # but "the party's 14,200 members …, a turnout of 68.6%"
        return "membership"  # "Of the party's 2,614 members, 1,907 returned ballots": a party's members, not seats
    if n.words and nxt == "-" and v.lower(i + 2) in COMPOUNDS:
        return "compound"  # "a two-party-preferred basis", "a three-way marginal", "a two-horse race"
    if v.text(i)[:1] == "0" and n.text.isdigit() and len(n.text) >= 4:
        return "phone number"  # "call the elections team on 01632 960 418"
    if any(v.lower(k) in ("missed", "missing", "misses", "miss") and v.lower(k + 1) in ORDINALS
           and v.lower(k + 2) in ("place", "spot", "position") and v.lower(k + 3) == "by" for k in range(max(0, i - 7), i)):
        return "a gap to a place"  # "gutted to have missed second place by fewer than 100 votes": not the winner's lead
    if (prev in ("no", "no.", "number", "section", "article", "clause", "page", "chapter", "room", "flight")
            or prev == "." and v.lower(i - 2) in ("no", "nos") and not v.t.spaces[i - 2]) and not (
            (m := v.mention_at[i - 1]) is not None and m.kind == "party"):  # (but "… and No 48.7 per cent": a side)
        return "label"
    if n.words and n.value == 1 and nxt in ("of", "to", "in"):
        return "idiom"  # "one of the most senior"
    if n.words and n.value == 1 and unit is None and prev in ("this", "that", "the", "each", "every", "which",
                                                              "another", "any", "no"):
        return "pronoun"  # "and this one fell in the middle of the school holidays"
    if n.words and (prev in ("top", "leading", "bottom", "main", "big", "other", "remaining", "last")
                    or prev == "the" and v.lower(i - 2) in ("between", "of", "among", "for")
                    and v.lower(i + 1) in (".", ",", ";", "was", "were", "is", "had", "")) \
            and v.num(i + 1) is None and unit is None:
        return "count of sides"  # "the gap between the top two", "the other three", "The gap between the two was
        # 233,211 votes": how many, not a figure
    if prev == "in" and v.lower(i - 2) in ORDINALS and v.lower(i - 3) in ("came", "finished", "was", "were", "placed"):
        return "count of places"  # "Ukip came third in 120 constituencies"
    if (s := v.cue_left(i, "cue.not_claim", 5)) is not None and not (
            (c := v.cue_left(i, "cue.votes_cast", 5)) is not None and c <= s):
        return "not-claim"  # "a poll of 1,000 voters", not "the valid poll of 48,355"
    if unit is not None and unit[0] == "unit.percent" and v.cue_left(i, "cue.economy", 6) is not None:
        return "a rate of the economy"  # "Inflation is running above 140 percent a year"
    if unit is not None and unit[0] == "unit.not_quantity" and v.cue_right(i, "cue.electorate", 3) is None \
            and v.lower(unit[2]) not in ("voted", "cast", "turned") and not eligible_voting(v, i):
        return "counts " + v.span_text(unit[1], unit[2])  # but "45,902 people voted", "79,512 people eligible"
    if unit is None and (y := x_of_y(v, i)) is not None and (u := unit_after(v, y)) is not None \
            and u[0] == "unit.not_quantity" and not eligible_voting(v, y):
        return "counts " + v.span_text(u[1], u[2])  # "won 68 of Michigan's 83 counties"
    if prev == "(" and unit is not None and unit[0] == "unit.seats" and v.lower(unit[2]) == ")" \
            and v.lower(i - 2) in ("hold", "gain", "held", "gained", "elected", "win", "holds", "gains", "wins"):
        return "a ward's seats"  # "RESULT: LD hold (three seats)": how many the ward elects, no party's tally
    if prev in PROGRESS_OPENERS and (y := x_of_y(v, i)) is not None and _declared_after(v, y) \
            or prev == "of" and v.lower(i - 3) in PROGRESS_OPENERS and v.num(i - 2) is not None and _declared_after(v, i):
        return "progress of a count"  # "(38 of 54 seats declared)", "With 640 of 650 seats declared: Labour 408, …":
        # a note of how far the count has got
    if unit is not None and v.lower(unit[2]) in ("still", "left", "yet", "remaining", "remain") \
            and v.lower(unit[2] + 1) in ("to", "declare", "be", "undeclared"):
        return "progress of a count"  # "with one seat still to declare"
    if prev == "all" and v.lower(i - 2) in PROGRESS_OPENERS and _declared_after(v, i) \
            and v.lower(unit_after(v, i)[2] - 1) not in ("seats", "seat"):
        return "progress of a count"  # "With all 16 constituencies declared, Plaid has 31 …": every district counted,
        # each electing several (but "With all 45 seats declared" sizes the council)
    k = i - 1
    while k > i - 4 and v.lower(k) in ("over", "more", "than", "some", "about", "around", "nearly", "almost"):
        k -= 1
    if unit is not None and unit[0] == "unit.seats" and v.lower(k) in ("in", "across") and k < i \
            and v.cue_left(k, "verb.win", 4) is None and v.lower(k - 1) not in ("first", "second", "third"):
        return "a set of seats"  # "an alliance in over 60 seats", "across 40 seats the Greens stood down"
    if unit is not None and unit[0] == "unit.seats" and (v.lower(unit[2]) == "declared" or (
            v.lower(unit[2]) in ("had", "have", "has") and v.lower(unit[2] + 1) == "declared")) \
            and not (prev == "all" and v.lower(unit[2] - 1) in ("seats", "seat")):
        return "progress of a count"  # "once all 28 wards had declared": counted so far, not a size (but "With all
        # 51 seats declared, Labour has 25": the council's every seat)
    if unit is not None and unit[0] == "unit.percent" and _counted_so_far(v, unit[2]):
        return "progress of a count"  # "With 99% of the expected vote counted", "95% of precincts reporting"
    if unit is not None and unit[0] == "unit.percent" and _of_a_party_s_vote(v, unit[2]):
        return "a share of one party's vote"  # "She won 73 per cent of all Nationalist first preferences"
    if unit is not None and unit[0] == "unit.percent" and (_seat_share_at(v, unit[2]) or any(
            v.num(k) is not None and (u2 := unit_after(v, k)) is not None and u2[0] == "unit.percent"
            and _seat_share_at(v, u2[2]) and all(v.num(t) is None for t in range(u2[2], i))
            for k in range(max(0, i - 10), i))):
        return "a share of seats"  # "84 per cent of Welsh seats compared with 55 per cent": no share of the vote
    if unit is not None and unit[0] == "unit.percent" and 95 <= n.value <= 105 and (
            prev in ("total", "totals", "totalling", "totaling") or v.lower(i - 2) in ("add", "adds", "sum", "sums")
            or v.lower(i - 3) in ("add", "adds")):
        return "a sum of shares"  # "Shares are rounded and total 100.1%", "add up to 99.9%"
    if unit is not None and unit[0] == "unit.percent" and n.value > 100 and (
            v.cue_left(i, "change.up", 3) is not None or v.cue_left(i, "change.down", 3) is not None):
        return "a relative change"  # "turnout is projected to be up 150% over the 2014 midterms"
    after = unit[2] if unit is not None else i + 1
    if (v.lower(after) == "per" or (v.lower(after) == "for" and v.lower(after + 1) in ("each", "every"))) \
            and per_seat(v, i) is None:
        return "a rate"  # "£5 per head", "three leaflets for every voter"
    if unit is not None and unit[0] == "unit.seats" and (v.lower(after) == "where" or v.lower(after) == "in" and v.lower(after + 1) == "which") \
            and v.lower(i - 1) == "the" and v.cue_left(i, "verb.win", 3) is None:
        return "a set of seats"  # "named the 14 seats where there are enough students"
    m = v.mention_at[i - 1] if i > 0 else None
    if prev == "," and m is not None and m.kind == "person" and nxt == "," and 18 <= n.value <= 110 and not n.decimals:
        return "age"  # "Ms Wilson, 45, a former …"
    return None


PER_SEAT_WORDS = {"mp", "mps", "seat", "seats", "member", "members", "councillor", "councillors"}
"""After "per", "for each (of the)": a rate of votes for each seat won ("291,000 votes per MP")."""


def per_seat(v: View, i: int) -> int | None:
    """The token of "per MP" after a count of votes, or None: "40,000 per MP elected", "26,000 votes for each
    of the seats they won"."""
    n = v.num(i)
    if n is None or n.decimals or n.value < 100:
        return None
    unit = unit_after(v, i)
    if unit is not None and unit[0] != "unit.votes":
        return None
    k = unit[2] if unit is not None else i + 1
    if v.lower(k) == "per" and v.lower(k + 1) in PER_SEAT_WORDS:
        return k
    if v.lower(k) == "for" and v.lower(k + 1) in ("each", "every"):
        j = k + 2
        while j < v.n and j - k < 6 and v.lower(j) in ("of", "the", "their", "its"):
            j += 1
        if v.lower(j) in PER_SEAT_WORDS:
            return k
    return None


def _list_head(v: View, i: int) -> int | None:
    """The first figure of a list that the figure at i ends or continues ("margins of 44 and 23 votes", "majorities
    of 1,204, 877 and 310"), where the figures before it have no unit of their own; None if i is no later item."""
    k, head = i, None
    for _ in range(6):  # (a handful of items: a list, not a table run together)
        j = k - 1
        if v.lower(j) not in ("and", "or", ",", "&"):
            break
        if v.lower(j) in ("and", "or") and v.lower(j - 1) == ",":
            j -= 1
        if v.num(j - 1) is None or unit_after(v, j - 1) is not None or v.num(j - 1).decimals != v.num(i).decimals:
            break
        k = head = j - 1
    return head


SEAT_SHARE = re.compile(r"of (?:the |all |its |their )?(?:[a-z-]+ )?(?:seats|mps|constituencies|councillors|chamber|house|"
                        r"assembly|legislature|parliament|senate)\b(?! 's| ’s| vote| votes| ballot| list| poll| election"
                        r"| constituency| constituencies| region| regions| seat)")
"""After a percentage: a share of seats, not of the vote ("84 per cent of Welsh seats", "52.2 percent of the
chamber")."""


def _seat_share_at(v: View, k: int) -> bool:
    return SEAT_SHARE.match(" ".join(v.lowers[k:k + 5])) is not None


def _of_a_party_s_vote(v: View, k: int) -> bool:
    """After a percentage: "of all Nationalist first preferences", "of the Labour vote": a share of one party's vote,
    not of the contest's."""
    if v.lower(k) != "of":
        return False
    j = k + 1 + (v.lower(k + 1) in ("all", "the"))
    m = v.mention_at[j] if j < v.n else None
    if m is not None and m.kind == "party" and m.start == j:
        end = m.end
    elif m is None and j < v.n and v.text(j)[:1].isupper() and not v.text(j).isupper() and v.t.is_alpha[j] \
            and v.lower(k + 1) == "all":
        end = j + 1  # "of all Nationalist first preferences": a party our lists may not hold (not "of the UK vote")
    else:
        return False
    return v.lower(end) in ("vote", "votes", "first", "preferences", "support", "voters", "ballots")


def _counted_so_far(v: View, k: int) -> bool:
    """After a percentage: "of the (expected) vote counted / in", "of precincts reporting"."""
    if v.lower(k) != "of" or v.t.sent_starts[k]:
        return False  # (not the next sentence's "Of the 52,189 ballot papers counted, 125 were rejected")
    words = [v.lower(j) for j in range(k + 1, min(v.n, k + 7))]
    return any(w in ("counted", "reporting", "declared", "tallied") for w in words[:5]) or "precincts" in words \
        or any(a == "in" and b in (",", ";", ":", ")", ".") for a, b in zip(words, words[1:]))
    # ("With about 78% of the expected vote in, Caldwell now leads")


def _after_possessor(v: View, k: int) -> int:
    """Past "Maria Delgado's" at k (a person or party and a possessive), to the figure it owns; k if none."""
    m = v.mention_at[k] if 0 <= k < v.n else None
    if m is not None and m.start == k and m.kind in ("person", "party") and v.lower(m.end) in ("'s", "’s"):
        return m.end + 1
    return k


def past_bracket(v: View, k: int) -> int:
    """The token after a bracketed figure that starts at k ("(37.6%)", "(31.8 per cent)", ", or 50.1%,"); k if
    none does."""
    if v.lower(k) == "," and v.lower(k + 1) == "or" and v.num(k + 2) is not None:
        for j in range(k + 3, min(v.n, k + 7)):
            if v.lower(j) == ",":
                return j + 1
            if v.lower(j) not in ("%", "per", "cent", "percent", "pc"):
                return k
        return k
    if v.lower(k) != "(" or k + 1 >= v.n or v.num(k + 1) is None:
        return k
    for j in range(k + 2, min(v.n, k + 6)):
        if v.lower(j) == ")":
            return j + 1
        if v.lower(j) not in ("%", "per", "cent", "percent", "pc", ",", ";") and v.num(j) is None:
            return k
    return k


def before_bracket(v: View, k: int) -> int:
    """The token before a bracketed figure that ends at k (or a ", or 50.1%," aside); k if none does."""
    if v.lower(k) == ",":
        for j in range(k - 1, max(-1, k - 7), -1):
            if v.lower(j) == "or" and v.lower(j - 1) == ",":
                return j - 2 if past_bracket(v, j - 1) == k + 1 else k
        return k
    if v.lower(k) != ")":
        return k
    for j in range(k - 1, max(-1, k - 6), -1):
        if v.lower(j) == "(":
            return j - 1 if past_bracket(v, j) == k + 1 else k
    return k


BRACKETS_YEAR = re.compile(r"\b((?:19|20)\d\d)\b[^()]{0,30}\bin (?:brackets|parentheses|parenthesis)\b", re.IGNORECASE)
"""A caption that says what a table's bracketed figures are: "2024 election (2020 result in brackets)"."""
NOT_ELECTED_BODIES = frozenset({"commission", "board", "committee", "cabinet", "panel", "jury", "court", "bench",
                                "tribunal", "caucus"})
"""Bodies a size may be given of that hold no seats a party wins in the election reported ("the five-member
commission", "a 12-member cabinet")."""
LEAVING = frozenset({"leaving", "departing", "retiring", "resigning", "quitting", "defecting", "stepping"})
"""Words after a count of members that make it some of them, not a party's tally ("two Republican members leaving for
the administration")."""
CONTENDING = frozenset({"left", "remaining", "vying", "competing", "compete", "contest", "contesting", "contested",
                        "battle", "battling", "fight", "fighting", "race", "racing", "candidates", "standing", "stood",
                        "stand", "running", "ran", "run", "chasing", "jostling", "contention", "scrap", "candidate"})
"""Words before "for N seats" that make the seats the ones fought over, no one's tally ("the two of them left for one
seat", "eleven candidates vying for three seats"); not "had to settle for 12 seats", a tally."""


HEADING_WORDS_MAX = 14
"""The most tokens a heading line has ("Sneinton Wharf (3 seats) - Nottingham Trent City Council")."""


def _gain_verb_over_pair(v: View, i: int) -> str | None:
    """The verb of gaining or losing that governs "N points and M seats", for the M at i: one figure with its unit
    between the verb and "and", nothing else ("gained 1.7 points and 47 seats", "lost 4.2 per cent and 11 seats")."""
    k = i - 2  # the unit of the first figure ends here
    while k > i - 6 and v.num(k) is None:
        k -= 1
    if v.num(k) is None or k <= 0:
        return None
    verb = v.lower(k - 1)
    return verb if verb in ("gained", "lost", "shed", "dropped", "added", "picked") else None


COMPARED_WITH = re.compile(r"\b(?:above|below|ahead\s+of|behind|short\s+of|than|compared\s+with|compared\s+to|"
                           r"against|beating|exceeding|topping)(?:\s+(?:the|its|a))?(?:\s+[\w-]+){0,3}?(?:\s+of)?\s*$", re.I)
"""Words just before a figure that set it against one told before it ("well above the 43.0 per cent")."""


def unit_after(v: View, i: int) -> tuple[str, int, int] | None:
    """The unit word(s) that follow number i, skipping a few modifiers ("eight Lib Dem MPs").

    Asked many times per number by different rules, so remembered on the View."""
    memo = v.unit_memo
    if i in memo:
        return memo[i]
    found = memo[i] = _unit_after(v, i)
    return found


def _unit_after(v: View, i: int) -> tuple[str, int, int] | None:
    j = i + 1
    skipped = 0
    while j < v.n and skipped <= 3:
        best = None
        for cat in UNITS:
            e = v.cue_at(j, cat)
            if e is not None and (best is None or e > best[2]):
                best = (cat, j, e)
        if best:
            return best
        m = v.mention_at[j]
        if m is not None and m.kind in ("party", "region"):
            j = m.end
            skipped += 1
            continue
        if v.lower(j) in MODIFIERS and v.num(j) is None:
            skipped += v.lower(j) != "-"  # a hyphen joins words, it adds none ("London-wide list seats")
            j += 1
            continue
        break
    return None


def _past_spaces(v: View, k: int) -> int:
    """The first token from k that is not spaces within the line."""
    while k < v.n and v.t.is_space[k] and "\n" not in v.text(k):
        k += 1
    return k


def shortfall(v: View, i: int) -> bool:
    """ "two seats short of the 100 needed", "a seat shy of", "three away from", "has two to spare": a distance to a
    target; "finished two seats ahead of the Conservatives": a distance to a rival."""
    u = unit_after(v, i)
    end = u[2] if u is not None else i + 1
    return v.lower(end) in ("short", "shy") or v.lower(end) == "away" and v.lower(end + 1) == "from" \
        or v.lower(end) == "from" and u is not None and (v.lower(end + 1) in ("power", "control", "office", "government",
                                                                           "victory", "majority")
                                                         or v.lower(end + 1) in ("a", "an", "overall", "outright")
                                                         and v.lower(end + 2) in ("majority", "overall", "outright")) \
        or v.lower(end) == "to" and v.lower(end + 1) == "spare" \
        or u is not None and u[0] == "unit.seats" and v.lower(end) in ("ahead", "behind", "adrift", "clear") \
        and v.lower(end + 1) in ("of", "on", "in", "at") \
        or v.lower(end) in ("more", "fewer", "less") and v.lower(end + 1) == "than" and any(
            v.lower(k) in ("needed", "required", "necessary") for k in range(end + 2, min(v.n, end + 5))) \
        or v.lower(i - 1) == "within" and v.lower(end) == "of" \
        or v.lower(end) in ("past", "beyond") and v.lower(end + 1) == "the" and v.num(end + 2) is not None and any(
            v.lower(k) in ("needed", "required", "necessary", "mark", "threshold") for k in range(end + 3, min(v.n, end + 6)))
    # ("two seats past the 36 needed": how far past a target; "Labour one seat from power": how far from one)
    # (and "came within one seat of the Conservatives": how close to another side, no tally)
    # ("Trump won 312 to Harris's 226, 42 more than he needed": a distance to the target, no margin)


def x_of_y(v: View, i: int) -> int | None:
    """For "56 of 59 seats" / "25 of the 40 Welsh seats": the index of Y."""
    j = i + 1
    if v.lower(j) not in ("of", "out"):
        return None
    j += 1
    if v.lower(j - 1) == "out" and v.lower(j) == "of":
        j += 1
    while j < v.n and v.lower(j) in ("the", "a", "all", "total", "those", "these", "its", "their"):
        j += 1  # (and "24 of its 58 seats": the region's, as the sentence names it)
    m = v.mention_at[j] if j < v.n else None
    if m is not None and m.start == j and v.lower(m.end) in POSSESSIVE:  # "25 of Wales's 40 seats"
        j = m.end + 1
    else:  # "56 of the country's 59 constituencies", "330 of the Commons' 650 seats"
        for k in range(j, min(j + 3, v.n)):
            if not v.t.is_alpha[k]:
                break
            if v.lower(k + 1) in POSSESSIVE:
                j = k + 2
                break
    return j if v.num(j) is not None else None


ELECTED_WORDS = frozenset({"elected", "re-elected", "winner", "won", "gain", "hold", "defeated", "eliminated"})
"""A candidate's status after their count in a results list: "Ramesh Patel (Lab) 2,688 - elected"."""
GAIN_HEADS = frozenset({"+", "gain", "gains", "net", "net change"})
LOSS_HEADS = frozenset({"-", "−", "–", "loss", "losses"})
"""Column headings of a scoreboard's gains, losses and net change ("Party Seats + - Net")."""
POSSESSIVE = ("'s", "’s", "'", "’")
LIST_SEPARATORS = (":", "-", "–", "—", "--")
LIST_ENTRY = 14
"""Tokens at most in a results list's entry ("Mhairi Black (SNP) - 23,548"), a line or paragraph of its own."""
LINE_UP_WORDS = re.compile(r"\bstate of (?:the )?(?:council|parties|play)\b|\bnew council\b|"
                           r"\bcouncil(?:'s|’s)? (?:now|make-up|line-up|composition)\b"
                           r"|\b(?:leaves|left) the (?:council|chamber)\b|\b(?:council|chamber) (?:now )?look(?:s|ing)\b",
                           re.IGNORECASE)
"""Words of a body's line-up before a list of parties' bare numbers: their seats ("That leaves the council looking like
this:")."""
SEAT_TALLY_WORDS = {"declared", "tally", "mps", "seats", "standings", "line-up", "lineup", "make-up", "composition"}
"""Words before a list of parties' bare numbers that make them seats ("All 650 declared. Labour 411, …")."""
"""Between a name and its figure in a results list: "Conservative: 15,862", "Reform UK - 12,345"."""


HOLD_WORDS = {"have", "has", "hold", "holds", "held", "on", "are", "is", "now", "with", "ended", "finished",
              "left", "returned", "were", "was", "had", "took", "won", "got", "secured", "just", "only", "kept",
              "keeps", "retained", "retains", "still"}
"""Words between a side and its figure: "Labour are now on 262", "the Liberal Democrats have 12"."""

GAIN_VERBS = {"gained", "gaining", "gains", "picked up", "picking up", "captured", "capturing", "added", "adding"}
"""Poll verbs that, with a bare number among seats, give seats won from others ("gained three")."""

BODY_HAS = {"had", "has", "have", "now", "then", "grown", "shrunk", "expanded", "from", "been", "increased",
            "reduced", "only", "just"}
"""Words between a body and its size: "the chamber had 151 seats", "the Commons has grown from 338 seats"."""

BODIES = {"council", "chamber", "assembly", "parliament", "house", "senate", "legislature", "commons",
          "authority", "borough", "county", "district", "city", "country", "nation", "region", "state",
          "province"}
"""A body whose seats are its whole size: "the council's 63 seats"."""


MEMBERSHIP = 1000
"""Members of a party, a union or a club, not of a chamber: no elected body has this many seats."""

DISTRICTS = {"constituency", "ward", "division", "riding", "electorate", "seat", "area"}
"""A district several members are elected for: "the four-seat Carrowmore constituency"."""


CHANGE_FROM_VERBS = frozenset({"fell", "rose", "dropped", "shrank", "grew", "narrowed", "widened", "slipped", "cut",
                               "slashed", "reduced", "increased", "down", "up", "jumped", "collapsed", "tumbled"})
"""Words of a change before "from" and its earlier size: "her majority over X fell from 4,212 to 1,044"."""


def _mid_line(v: View, k: int) -> bool:
    """The capitalised name ending at token k stands after other words on its line, not at its head."""
    k = _name_start(v, k)
    while k > 0 and v.t.is_alpha[k - 1] and v.text(k - 1)[:1].isupper():
        k = _name_start(v, k - 1)
    text, at = v.t.text, v.t.starts[k]
    return bool(text[text.rfind("\n", 0, at) + 1:at].strip(" \t-*•#_"))


def _name_start(v: View, k: int) -> int:
    """The first token of a hyphenated name ending at `k`: "Pen-y-bryn", "Stoke-on-Trent"."""
    while k >= 2 and v.text(k - 1) == "-" and v.t.is_alpha[k - 2]:
        k -= 2
    return k


class Reader:
    """First pass: read each number from its own unit and cue words."""

    def __init__(self, v: View):
        self.v = v

    def read(self, i: int) -> Reading | None:
        v = self.v
        n = v.num(i)
        unit = unit_after(v, i)
        y = x_of_y(v, i)
        if unit is None and y is not None:
            unit = unit_after(v, y)
        ucat = unit[0] if unit else None
        text = f"'{v.span_text(unit[1], unit[2])}'" if unit else ""
        if (r := self._quota(i)) is not None:
            return r
        if (r := self._short_of_a_majority(i)) is not None:
            return r
        if v.lower(i - 1) == "(" and v.lower(i + 1) == ")" and not n.decimals and n.value >= 10 and not n.signed \
                and (m := v.mention_at[i - 2]) is not None and m.kind == "person" and m.end == i - 1:
            return Reading(i, Kind.VOTES, "votes", ["a count in brackets after a name"])  # "Jeremy Stroud (98,417)"
        if v.lower(i - 1) == "(" and v.lower(i + 1) == ")" and not n.decimals and n.value >= 10 and not n.signed \
                and (m := v.mention_at[i - 2]) is not None and m.kind == "party" and m.end == i - 1 \
                and not is_year(v, i) and v.in_sentence(i, "unit.seats") is None \
                and (v.in_sentence(i, "unit.votes") is not None or v.in_sentence(i, "cue.majority") is not None):
            # "a majority of 6,322 over Reform UK (12,118), who pushed the Conservatives (7,012) into third"
            return Reading(i, Kind.VOTES, "votes", ["a count in brackets after a party, in a sentence of votes"])
        if ucat != "unit.votes" and self._voted(i):
            return Reading(i, Kind.VOTES_CAST, "votes", ["'voted'"])  # "45,902 people voted out of 73,118"
        if ucat != "unit.votes" and self._voted_for(i) is not None:
            return Reading(i, Kind.VOTES, "votes", ["'voted' for a side"])  # "5,207 people voted No"
        if v.cells[i] is not None and (r := self._column(i)) is not None and (r.kind != Kind.SHARE or r.year) \
                and not (r.kind == Kind.VOTES and ucat == "unit.percent"):
            return r  # a "Turnout" or "Majority" column: the heading says more than the % sign (but a "Party
            # vote" column of "39.4%" gives shares)
        if (k := per_seat(v, i)) is not None:
            return Reading(i, Kind.VOTES_PER_SEAT, "votes", [f"'{v.span_text(k, k + 2)}': votes for each seat"])
        if ucat == "unit.percent" and v.lower(unit[2]) in ("counted", "reporting", "declared", "tallied", "processed"):
            return None  # "Primary votes (AEC, 87% counted)": how far the count has got, no one's share
        if ucat in ("unit.percent", "unit.points"):
            return self._percent(i, ucat, text, n)
        if ucat == "unit.votes" and any(v.has(k, "context.threshold") and v.t.is_alpha[k] and v.text(k).islower()
                                        and all(v.lower(j) in ("just", "only", "at", "least") for j in range(k + 1, i))
                                        for k in range(max(0, i - 3), i)):
            return None  # "so he needed 1,970 votes", "needs at least 2,000 votes": a target to reach, no one's count
        if ucat == "unit.votes":
            return self._votes(i, text)
        if ucat == "unit.seats":
            return self._seats(i, text, y)
        if ucat is None and v.lower(i - 1) == "to" and v.lower(i - 2) in ("total", "tally") \
                and v.in_sentence(i, "unit.seats") is None and not n.decimals and n.value >= 100:
            return Reading(i, Kind.VOTES, "votes", ["'taking his total to N': a count"])  # after a transfer's gain
        return self._bare(i)

    # -- by unit ----------------------------------------------------------------

    def _percent(self, i: int, ucat: str, text: str, n) -> Reading:
        v = self.v
        unit = "points" if ucat == "unit.points" else "percent"
        ev = [f"unit {text}"]
        if unit == "points" and (v.has(i - 1, "change.up") or v.has(i - 1, "change.down")) \
                and v.cue_left(i, "cue.turnout", 6) is not None:
            return Reading(i, Kind.SHARE_CHANGE, unit, ev + [TURNOUT_CHANGE])  # "The turnout was down 5.5 points"
        if (s := v.cue_left(i, "cue.turnout", 6)) is not None or v.cue_right(i, "cue.turnout", 2) is not None \
                or v.cue_right(i, "cue.turnout", 6) is not None and v.cue_right(i, "cue.electorate", 5) is not None:
            return Reading(i, Kind.TURNOUT, unit, ev + ["'turnout'"], anchor=s)
        if (s := v.cue_left(i, "cue.turnout", 12, stop_at_number=False)) is not None \
                and (v.lower(i - 1) in ("was", "of", "is", "at") or v.lower(i - 1) == "to" and (
                    v.has(i - 2, "change.up") or v.has(i - 2, "change.down"))
                    and not any(v.num(k) is not None and not is_year(v, k) for k in range(s + 1, i - 1))) \
                and (v.sentence_bounds(i)[0] == s or v.lower(s - 1) in ("-", "–", "—")):
            # ("Turnout at Thursday's general election fell to 63.8 percent": the level a change took it to)
            # (and "Turnout among the party's 131,680 eligible members was 72.4 per cent": a size between)
            # "Turnout at the count in Littleport was 68.4 per cent": a sentence that opens with turnout
            return Reading(i, Kind.TURNOUT, unit, ev + ["'turnout … was N%'"], anchor=s)
        if (s := v.cue_left(i, "cue.swing", 5)) is not None or v.cue_right(i, "cue.swing", 3) is not None \
                or (s := self._swing_was(i)) is not None or (s := self._swing_past_a_group(i)) is not None \
                or self._two_party_swing_after(i):
            if s is not None and (any(v.lower(k) in NEEDING for k in range(max(0, s - 3), s))
                                  or v.lower(s + 1) in NEEDING):
                # "Labor needs a swing of just under 1 point to win it", "the swing required is 4.2 points": a
                # target, not the swing the count showed
                return Reading(i, Kind.SWING, unit, ev + ["'swing'"], anchor=s, threshold=True)
            return Reading(i, Kind.SWING, unit, ev + ["'swing'"], anchor=s)
        if (s := v.cue_left(i, "cue.majority", 3)) is not None or (
                (s := v.cue_left(i, "cue.majority", 6)) is not None
                and all(v.lower(k) in HEDGE_FILL | {"of"} for k in range(s + 1, i))):
            # ("a Conservative majority of more than 23 points": past the hedge)
            return Reading(i, Kind.MAJORITY_SHARE, unit, ev + ["'majority'"], anchor=s)
        if unit == "percent" and (lead := self._restated_lead(i)) is not None:
            return Reading(i, Kind.MAJORITY_SHARE, unit, ev + ["a lead restated as a share ('…, or 9.8%')"],
                           anchor=lead)
        if unit == "percent" and self._of_the_electorate(i):
            return Reading(i, Kind.TURNOUT, unit, ev + ["a share of the electorate"])
        if unit == "points" and v.lower(i - 1) == "by" and v.in_sentence(i, "verb.win") is not None \
                and not (v.has(i - 2, "change.up") or v.has(i - 2, "change.down")):
            return Reading(i, Kind.MAJORITY_SHARE, unit, ev + ["won 'by' points"], anchor=i - 1)  # "won … by 6.2 points"
        if unit == "percent" and v.cue_left(i, "cue.margin", 3) is not None \
                and TWO_PARTY.search(v.span_text(*v.sentence_bounds(i))):
            return None  # "leaving the seat on a margin of 1.9 per cent" of two-party-preferred copy: 2PP less 50, no share
        if unit == "points" and (s := v.cue_left(i, "cue.margin", 3)) is not None \
                and not any(v.has(k, "change.up") or v.has(k, "change.down") for k in range(s, i)):
            return Reading(i, Kind.MAJORITY_SHARE, unit, ev + ["'margin' in points"], anchor=s)  # "a margin of 4.2 points"
        if unit == "points" and (u := unit_after(v, i)) is not None and v.lower(u[2] - 1) in ("point", "-point") \
                and (v.has(u[2], "cue.margin") or v.has(u[2], "cue.majority")) \
                and not any(v.lower(k).startswith(("poll", "survey")) for k in range(*v.sentence_bounds(i))):
            # (not a poll's: "A poll in April gave her a 10-point lead")
            return Reading(i, Kind.MAJORITY_SHARE, unit, ev + ["'-point lead'"], anchor=u[2])  # "a 12.9-point lead"
        level = v.lower(i - 1) in ("from", "to") and unit != "points"  # "halved, from 25.0 per cent to 12.4"
        if not level and (n.signed or unit == "points" or v.has(i - 1, "change.up") or v.has(i - 1, "change.down")
                          or v.cue_left(i, "change.up", 3) is not None or v.cue_left(i, "change.down", 3) is not None):
            if not (v.cue_right(i, "cue.share", 4) is not None and not n.signed and unit != "points"
                    and v.cue_left(i, "change.up", 3) is None and v.cue_left(i, "change.down", 3) is None):
                return Reading(i, Kind.SHARE_CHANGE, unit, ev + ["a change in share"])
        if unit == "percent" and not n.decimals and self._share_threshold(i):
            return Reading(i, Kind.SHARE, unit, ev + ["a threshold"], threshold=True)
        return Reading(i, Kind.SHARE, unit, ev)

    def _share_threshold(self, i: int) -> bool:
        """ "the five per cent threshold"; "below 5 per cent" where it or the sentence before speaks of a
        threshold ("… below the 5 per cent threshold. Te Pāti Māori, on 3.1 per cent, is also below 5 per
        cent"): the bar a party must clear, no party's share."""
        v = self.v
        if v.cue_right(i, "context.threshold", 4) is not None and v.lower(i - 1) in ("the", "a", "its", "of"):
            return True
        if v.lower(i - 1) in ("need", "needs", "needed", "require", "requires", "required") \
                and v.cue_right(i, "context.threshold", 4) is not None:
            return True  # "constitutional amendments in Colorado need 55% to pass"
        if v.lower(i - 1) not in ("below", "above", "beneath"):
            return False
        s, _ = v.sentence_bounds(i)
        return v.in_sentence(i, "context.threshold") is not None or s > 0 and \
            v.in_sentence(s - 1, "context.threshold") is not None

    def _restated_lead(self, i: int) -> int | None:
        """ "a majority of 4,020 votes, or 9.8 per cent of the votes cast": the same lead as a share of the poll;
        the lead's token, or None."""
        v = self.v
        if v.lower(i - 1) != "or" or v.lower(i - 2) != ",":
            return None
        if share_pair_after(v, i):
            return None  # "a majority of 2,254, or 51.9 per cent to 48.1 per cent": the two sides' shares
        for k in range(i - 3, max(-1, i - 7), -1):
            if v.num(k) is not None:
                if v.num(k).decimals or "%" in v.lowers[k + 1:i] or v.has(k + 1, "unit.percent"):
                    return None
                return v.cue_left(k, "cue.majority", 4) if v.cue_left(k, "cue.majority", 4) is not None \
                    else self._margin_left(k)
        return None

    def _of_the_electorate(self, i: int) -> bool:
        """ "That represents 71.2 per cent of the electorate of 64,380": those who voted, as a share of all who
        could; not a party's support among them ("Labour won the backing of 31% of the electorate")."""
        v = self.v
        u = unit_after(v, i)
        k = u[2] if u else i + 1
        if v.lower(k) != "of" or (s := v.cue_right(i, "cue.electorate", k - i + 3)) is None or s > k + 3:
            return False
        if any(v.lower(t) in ("voted", "backed", "supported", "chose") and (
                v.lower(t + 1) in ("for", "yes", "no", "leave", "remain", "against") or v.mention_at[t + 1] is not None)
               for t in range(s, v.sentence_bounds(i)[1] - 1)):
            return False  # "only 13.6 per cent of the whole electorate … voted for a mayor": one side's support
        return not any((m := v.mention_at[t]) is not None and m.kind in ("person", "party")
                       for t in range(v.clause_start[i], i))

    def _two_party_swing_after(self, i: int) -> bool:
        """ "a 2.7 per cent two-party-preferred swing to Labor": the cue after the unit and the count it is of."""
        v = self.v
        u = unit_after(v, i)
        k = u[2] + 1 if u is not None else i + 1
        while k < min(v.n, i + 12) and v.lower(k) in ("two", "-", "party", "preferred", "candidate", "2pp", "tpp",
                                                       "2cp", "tcp"):
            k += 1
        return k > (u[2] + 1 if u is not None else i + 1) and v.has(k, "cue.swing")

    def _swing_past_a_group(self, i: int) -> int | None:
        """ "the biggest swing of the four, 20.7 points": the cue, past a count that names a group, not a figure."""
        v = self.v
        s = v.cue_left(i, "cue.swing", 7, stop_at_number=False)
        if s is None or not any(v.num(k) is not None for k in range(s, i)):
            return None
        return s if all(distractor(v, k) == "count of a group" for k in range(s, i) if v.num(k) is not None) else None

    def _swing_was(self, i: int) -> int | None:
        """ "The swing from the SNP to the Conservatives was 11.4 per cent": the cue heads the clause; "The biggest
        swing, 16.7 points, came in X. The smallest was in Y (11.9 points)": the swing the sentence before is of."""
        v = self.v
        s = v.cue_left(i, "cue.swing", 10, stop_at_number=True)
        j = i - 1
        while v.lower(j) in ("still", "only", "just", "nearly", "almost", "about", "around", "roughly", "then",
                             "therefore", "thus", "actually", "now", "a", "an", "even"):
            j -= 1  # "the swing from Conservative to Labour is still 10.5 points"
        if s is None and v.lower(j) in ("was", "is", "at", "reached", "stood"):
            s = self._cue_before_aside(j, "cue.swing")  # "The swing - half the Labour gain plus … - works out at 16.1"
        if s is None or v.lower(j) not in ("was", "is", "of", "at", "reached", "stood"):
            return self._elliptic_swing(i)
        return s

    def _cue_before_aside(self, j: int, cue: str) -> int | None:
        """A cue just before a dash-set aside that closes a few words before token j (the aside holds no figure)."""
        v = self.v
        t = v.t
        lo = v.sentence_bounds(j)[0]
        close = next((k for k in range(j, max(lo, j - 5), -1) if spaced_dash(t, k)), None)
        if close is None:
            return None
        for k in range(close - 1, max(lo, close - 30), -1):
            if v.num(k) is not None:
                return None
            if spaced_dash(t, k):
                return v.cue_left(k, cue, 8)
        return None

    def _elliptic_swing(self, i: int) -> int | None:
        """ "The smallest was in Fordham Cross (11.9 points)" after a sentence about the biggest swing: its cue."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        k = s
        while k < i and (v.t.is_space[k] or v.lower(k) in ("the", "and", "but", "while")):
            k += 1
        if not (v.lower(k) in SUPERLATIVES and v.lower(k + 1) in ("was", "came", "is", "were", ",")) or s == 0:
            return None
        ps, _ = v.sentence_bounds(s - 1)
        cue = v.in_sentence(s - 1, "cue.swing")
        return cue if cue is not None and any(v.lower(t) in SUPERLATIVES for t in range(ps, cue)) else None

    def _ahead_right(self, i: int, window: int) -> bool:
        """ "1,200 votes ahead of", "20,761 more than": the cue follows the figure with no punctuation
        between ("with 23,528 votes, ahead of X on 13,870" is a vote count, not a margin)."""
        v = self.v
        s = v.cue_right(i, "cue.ahead", window)
        if s is None or any(v.t.is_punct[k] for k in range(i + 1, s)) or shortfall(v, i):
            return False  # (nor "42 more than he needed": a distance to a target)
        e = v.cue_starts["cue.ahead"][s]
        if v.lower(s) == "over" and (v.num(e) is not None or v.lower(e) in ("a", "the", "several")) \
                and v.lower(e + 1 + (v.lower(e + 1) in ("full", "whole"))) in SPANS_OF_TIME:
            return False  # "the House took 133 ballots over two months": a span of time, no lead
        # not "whose 7,921 votes were more than two hundred times the winning margin": a multiple, not a lead; nor
        # "Mr Toller's 8,377 votes were more than the gap between the top two": set against a lead, not one
        if v.lower(e) in ("those", "that") and v.lower(e + 1) == "of" \
                or v.lower(e) in ("his", "her", "their", "its") and v.lower(e + 1) in ("two", "three", "four", "rivals",
                                                                                       "opponents"):
            return False  # "Sir Keir's 275,780 votes were more than those of his two rivals combined": a count set
            # against others', no lead
        return not any(v.lower(k) in MULTIPLES or v.has(k, "cue.margin") or v.has(k, "cue.majority")
                       for k in range(e, min(e + 4, v.n)))

    def _majority_in_year(self, i: int) -> int | None:
        """ "Johnson's majority in 2019 was 7,210", "his majority at the 2019 general election was 7,210": a
        year between the cue and its size, and only 'was'/'is'/'of' right before the size."""
        v = self.v
        if v.lower(i - 1) not in ("was", "is", "of", "stood", "been", "at"):
            return None
        s = v.cue_left(i, "cue.majority", 8, past_years=True)
        if s is None:
            return None
        if any(is_year(v, k) for k in range(s, i)):
            return s
        # "Her majority at the previous election was 2,100", "his majority at the last general election was …"
        words = v.lowers[s + 1:i - 1]
        return s if words[:2] in (["at", "the"], ["in", "the"]) and words[-1:] == ["election"] \
            and all(w in ELECTION_WORDS for w in words[2:-1]) else None

    def _majority_in_place(self, i: int) -> int | None:
        """ "The LDF's margin in Karuvannur was down from 38,512": a majority, the seat it is in, then its size after
        words of change or being — nothing else between."""
        v = self.v
        s = v.cue_left(i, "cue.majority", 9)
        if s is None:
            s = v.cue_left(i, "cue.margin", 9)
        if s is None or v.lower(s + 1) != "in":
            return None
        for k in range(s + 2, i):
            if not (v.text(k)[:1].isupper() and v.t.is_alpha[k] or v.lower(k) in PLACE_TO_SIZE):
                return None
        return s

    def _majority_over(self, i: int) -> int | None:
        """ "her majority over the Conservatives had been 4,212": the rival named between the cue and its size."""
        v = self.v
        k = i - 1
        while k > i - 5 and (v.lower(k) in ("had", "been", "was", "is", "of", "stood", "at", "now", "from")
                             or v.lower(k) in CHANGE_FROM_VERBS and v.lower(k + 1) == "from"):
            k -= 1  # (and "her margin over Brent Halvorsen fell from 44 votes to 28")
        m = v.mention_at[k] if k >= 0 else None
        if m is None or m.kind not in ("party", "person") or k == i - 1:
            return None
        j = m.start - 1
        if (p := v.mention_at[j] if j >= 0 else None) is not None and p.kind == "party" and m.kind == "person":
            j = p.start - 1  # "over Conservative Brent Halvorsen"
        if v.lower(j) == "the":
            j -= 1
        if v.lower(j) not in ("over", "against") or not (v.has(j - 1, "cue.majority") or v.has(j - 1, "cue.margin")):
            return None
        return j - 1

    def _majority_then_dash(self, i: int) -> int | None:
        """ "… by the smallest majority in the election - just 27 votes": a majority named, then its size
        after a dash or colon."""
        v = self.v
        k = i - 1
        while k > i - 4 and v.lower(k) in ("just", "only", "a", "mere", "some", "of"):
            k -= 1
        if v.lower(k) not in ("-", "–", "—", ":") or not v.same_sentence(k, i):
            return None
        s = v.cue_left(k, "cue.majority", 8, stop_at_number=True)
        return s if s is not None and v.same_sentence(s, i) else None

    def _someones_total(self, i: int) -> bool:
        """ "Libertarian Jo Pruett's total of 6,890 votes": one candidate's total, not the votes cast."""
        v = self.v
        k = i - 1
        while k > 0 and v.lower(k) in ("of", "total", "final", "overall", "vote", "a", "the"):
            k -= 1
        m = v.mention_at[k - 1] if v.lower(k) in ("'s", "’s") and k > 0 else None
        return m is not None and m.kind in ("person", "party") and k < i - 1

    def _votes_cast_left(self, i: int, window: int = 4) -> int | None:
        """ "the total poll was 45,120", "valid votes: 45,002": not "…, or 56.7 per cent of the valid poll, against
        823,917 (42.4 per cent) for No", nor "Of the valid poll, 24,110 went to Labour": a side's, after a break."""
        v = self.v
        s = v.cue_left(i, "cue.votes_cast", window)
        if s is None or any(v.lower(k) in (",", ";", "against", "versus", "to")
                            for k in range(v.cue_starts["cue.votes_cast"].get(s, s + 1), i)):
            return None
        return s

    def _votes(self, i: int, text: str) -> Reading:
        v = self.v
        ev = [f"unit {text}"]
        u = unit_after(v, i)
        if u is not None and v.lower(u[2]) in ("from", "out") and v.cue_right(u[2], "cue.electorate", 4) is not None \
                and v.num(i).value >= 100:
            return Reading(i, Kind.VOTES_CAST, "votes", ev + ["'N votes from an electorate of M': all cast"])
        if u is not None and v.lower(to := past_bracket(v, u[2])) == "to" and (j := _after_possessor(v, to + 1)) < v.n \
                and v.num(j) is not None \
                and not v.num(j).decimals and (v.num(j).value <= v.num(i).value or self._beating_before(i)) \
                and v.lower(i - 1) != "from":
            # "voted Leave by 17,410,742 votes to 16,141,241": a pair of counts, not a margin
            return Reading(i, Kind.VOTES, "votes", ev + ["the first of a pair of vote counts"], slot="score_a")
        if (r := self._change_amount(i)) is not None:
            return r
        if v.lower(i + 1) in ("more", "fewer") and u is not None and u[1] == i + 1 \
                and v.lower(u[2]) in ("for", "to", "than", "on", "in") \
                or v.lower(i - 1) in ("added", "adding", "adds") and u is not None and v.lower(u[2]) == "to":
            return None  # "the recount found two more votes for him and two fewer for the Conservative", "which added
            # two votes to his first-count total": a count's change
        if ((s := v.cue_left(i, "cue.majority", 4)) is not None and "with" not in v.lowers[s:i]
            and not (any(v.lower(k) in (",", ";") for k in range(s + 1, i)) and (
                self._votes_cast_left(i) is not None or v.cue_right(i, "cue.votes_cast", 1) is not None))) \
                or (head := _list_head(v, i)) is not None and (s := v.cue_left(head, "cue.majority", 4)) is not None \
                and "with" not in v.lowers[s:head] \
                or (s := self._majority_then_dash(i)) is not None \
                or (s := self._majority_over(i)) is not None and v.has(s, "cue.majority"):
            # not "overturning Alexander's majority with more than 23,000 votes": those are the winner's (nor "held
            # with a five-figure majority, just 39,387 valid votes were cast": the next clause's)
            return Reading(i, Kind.MAJORITY, "votes", ev + ["'majority'"], anchor=s)
        if u is not None and v.lower(u[2]) == "in" and v.lower(u[2] + 1) == "it":
            return Reading(i, Kind.MARGIN, "votes", ev + ["'N votes in it'"])  # "just two votes in it"
        if v.lower(i - 1) == "within" and u is not None:
            if v.lower(u[2]) == "of" and v.cue_right(u[2], "context.lower_place", 2) is not None:
                return None  # "came within 85 votes of second place": a gap between losers, no lead
            return Reading(i, Kind.MARGIN, "votes", ev + ["'came within N votes'"])  # a loser's deficit
        if u is not None and v.lower(u[2]) == "by" and v.lower(u[2] + 1) in ("which", "that"):
            return Reading(i, Kind.MARGIN, "votes", ev + ["'the N votes by which'"])  # "the 2,110 votes by which he won"
        u = unit_after(v, i)
        if u is not None and v.has(u[2], "cue.majority"):  # "the 502-vote majority"
            return Reading(i, Kind.MAJORITY, "votes", ev + ["'-vote majority'"], anchor=u[2])
        if u is not None and v.lower(u[2] - 1) in ("vote", "-") and v.lower(u[2]) in ("finish", "win", "victory",
                                                                                 "defeat", "gap", "cushion"):
            return Reading(i, Kind.MARGIN, "votes", ev + ["'-vote finish'"], anchor=u[2])  # "after 58-vote finish"
        if u is not None and v.has(u[2], "cue.margin") and v.lower(u[2] - 1) in ("vote", "-"):
            return Reading(i, Kind.MARGIN, "votes", ev + ["'-vote lead'"], anchor=u[2])  # "Hughes's 31,702-vote lead"
        if (s := self._margin_left(i)) is not None:
            return Reading(i, Kind.MARGIN, "votes", ev + [f"'{v.text(s)}'"], anchor=s)
        if (s := self._majority_over(i)) is not None and v.has(s, "cue.margin"):
            return Reading(i, Kind.MARGIN, "votes", ev + [f"'{v.text(s)} over'"], anchor=s)  # "margin over X was N"
        if self._ahead_right(i, 3) or u is not None and u[2] > i + 2 and v.has(u[2], "cue.ahead") \
                and self._ahead_right(u[2] - 1, 1):
            # (and past a unit of several words: "finished 1,570 first-preference votes clear of the SNP's Kirsty Allan")
            return Reading(i, Kind.MARGIN, "votes", ev + ["'more than'/'ahead of'"])
        if (self._votes_cast_left(i) is not None or v.cue_right(i, "cue.votes_cast", 1) is not None
                or v.cue_left(i, "cue.total", 3) is not None
                or v.lower(i + 1) == "valid" and u is not None and u[1] == i + 2) and not self._for_someone(i) \
                and not self._someones_total(i):
            return Reading(i, Kind.VOTES_CAST, "votes", ev + ["votes cast"])  # (and "9,876 valid first-preference
            # votes": all of them)
        if u is not None and (v.lower(u[2]), v.lower(u[2] + 1)) == ("between", "them"):
            return Reading(i, Kind.VOTES_CAST, "votes", ev + ["everyone's votes ('shared 2,816 votes between them')"])
        if (s := v.cue_left(i, "cue.turnout", 5)) is not None and not _someone_between(v, s, i):
            return Reading(i, Kind.TURNOUT, "votes", ev + ["'turnout'"], anchor=s)
        if v.lower(i - 1) in ("cast", "casting") and u is not None and v.lower(u[2] - 1) in ("ballots", "papers", "votes") \
                and not self._for_someone(i):
            return Reading(i, Kind.VOTES_CAST, "votes", ev + ["'cast N ballots'"])  # "… registered voters cast 318,760
            # ballots": those who voted, not the register named before
        if (s := self._electorate_left(i)) is not None:
            return Reading(i, Kind.ELECTORATE, "votes", ev + ["'electorate'"], anchor=s)
        if u is not None and v.lower(u[2] - 1) in ("ballots", "papers") \
                and not any(v.lower(k) in REJECTED for k in range(u[2], min(v.n, u[2] + 4))) and (
                v.in_sentence(i, "cue.turnout") is not None or v.in_sentence(i, "cue.electorate") is not None) \
                and (v.lower(u[2]) in ("returned", "issued", "counted", "verified") or not any(
                    m is not None and m.kind in ("person", "party") and v.lower(m.end) not in REPORTING
                    for m in v.mention_at[v.clause_start[i]:i])):  # ("…, with 95,340 ballots returned")
            # "52,140 ballots had been returned from 72,186 members, a turnout of 62.2%": everyone's ballots
            return Reading(i, Kind.VOTES_CAST, "votes", ev + ["ballots, in a sentence of turnout"])
        return Reading(i, Kind.VOTES, "votes", ev)

    def _seats(self, i: int, text: str, y: int | None) -> Reading | None:
        v = self.v
        ev = [f"unit {text}"]
        if self._members_voting(i, text):
            # "11,245 of its 18,400 eligible members voted, a turnout of 63.1%": a ballot of members, not seats;
            # "490,595 members, registered supporters and affiliated supporters cast a valid vote": ballots
            if y is not None or self._cast_after(i):
                return Reading(i, Kind.VOTES_CAST, "votes", ev + ["the members who voted, of those who could"])
            return Reading(i, Kind.ELECTORATE, "votes", ev + ["members who could vote, in a sentence of turnout"])
        if v.num(i).text[:1] in ("+", "−", "-", "–") and v.num(i).signed and unit_after(v, i) is not None:
            return Reading(i, Kind.SEAT_CHANGE, "seats", ev + ["a signed count of seats: a change"],
                           sign=-1 if v.num(i).value < 0 else 1)  # "The Lib Dems: +0.7 points, +61 seats"
        if shortfall(v, i):
            return None  # "one seat short of the 20 needed": how far from a target, not seats held
        if (u := unit_after(v, i)) is not None and v.lower(i + 1) == "-" and v.lower(u[2]) in DISTRICTS_PLURAL:
            return None  # "across the 18 five-seat constituencies": the size of each district, no one's tally
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) == "not" and v.lower(u[2] + 1) in (
                "up", "contested", "being", "fought", "elected"):
            return None  # "The 66 seats not up this year split 38 Republican, 28 Democratic": a group, no one's tally
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) in ("gone", "lost") and v.lower(i - 1) != "the":
            return Reading(i, Kind.SEAT_CHANGE, "seats", ev + [f"'{v.text(u[2])}': seats lost"], sign=-1)
            # "lost every one of them - 12 seats gone in a single night"
        if (u := unit_after(v, i)) is not None and any(v.lower(k) in ("extra", "additional", "overhang")
                                                       for k in range(u[1], u[2])):
            return None  # "so parliament has two extra seats": what the body grew by, no size and no tally
        if v.lower(i - 1) == "at" and v.lower(i - 2) in BODY_NOUNS and any(
                v.has(k, "context.size_set") for k in range(max(0, i - 5), i - 2)):
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a body's size set ('capping the chamber at 630 seats')"])
        if v.lower(i - 1) == "to" and v.lower(i - 2) in RESIZED and any(
                v.lower(k) in BODIES or (m := v.mention_at[k]) is not None and m.kind == "chamber"
                for k in range(max(0, i - 8), i - 2)):
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a body's size changed ('a parliament that has grown to "
                                                                "122 seats')"])
        if v.lower(i - 1) == "from" and (m := v.mention_at[i - 2]) is not None and m.kind in ("region", "chamber") \
                and m.end == i - 1:
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a body's size changed ('cut Wales from 40 MPs to 32')"])
        if v.lower(i - 1) in ("usual", "normal", "standard", "customary", "regular"):
            return None  # "larger than the usual 120 seats": a body's size in other years, no one's tally
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) in ("more", "fewer", "less", "better", "worse") \
                and v.lower(u[2] + 1) == "than":
            return None  # "won 12 seats more than the Conservatives": a lead in seats, not a party's tally (nor "one
            # seat better than in 2016": a change)
        if v.lower(i - 1) in ("other", "remaining") and v.lower(i - 2) in ("the", "its", "their"):
            return None  # "to settle the other three seats in the four-seater": seats still to fill, no one's tally
        if (u := unit_after(v, i)) is not None and v.sentence_bounds(i)[0] == i and any(
                v.lower(k) in ("decided", "settled", "majorities", "recounts", "recount", "contested") or v.lower(k) == "up"
                and v.lower(k - 1) in ("were", "are", "was", "is") for k in range(u[2], min(v.n, u[2] + 6))):
            # (and "Sixteen seats were up for election on Thursday": the seats fought over this time)
            return None  # "Three seats in England were decided by 20 votes or fewer", "Ten seats had majorities under
            # 500": some contests counted, no party's seats
        if v.lower(i - 1) == "of" and v.lower(i - 2) == "each":
            return None  # "90 members, five from each of 18 constituencies": the districts, each electing several
        if v.lower(i - 1) in ("from", "of", "in", "across") and v.lower(i - 2) in ("results", "result", "declarations",
                                                                             "counts", "races", "contests"):
            return None  # "the results from four seats just over the county boundary": contests reported, no tally
        if (u := unit_after(v, i)) is not None and v.lower(u[2] - 1) == "members" and v.lower(u[2]) == "of" \
                and any(v.lower(k) in NOT_A_BODY for k in range(u[2] + 1, min(v.n, u[2] + 4))):
            return None  # "cost the Tories 147 MPs, among them six members of his cabinet": some people, no tally
        if (u := unit_after(v, i)) is not None and u[1] > i + 1 and v.lower(u[2] - 1) in MEMBER_NOUNS_PLURAL \
                and not any(v.lower(k) in ("-", "wide", "list", "top-up", "regional", "constituency", "additional")
                            for k in range(i + 1, u[2])) and any(
                (m := v.mention_at[k]) is not None and m.kind in ("place", "region") for k in range(i + 1, u[1])) \
                and not any((m := v.mention_at[k]) is not None and m.kind == "party" for k in range(i + 1, u[1])) \
                and not any((m := v.mention_at[k]) is not None and m.kind in ("party", "person")
                            for k in range(max(0, i - 3), i)):
            return None  # "Others: 18 Northern Ireland MPs, the Speaker and …": a place's members, no party's tally
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) in ("called", "named") \
                and v.lower(u[2] - 1) in MEMBER_NOUNS_PLURAL:
            return None  # "elected two councillors called Patel": some people, no party's tally
        if v.lower(i - 1) in ("its", "their") and any(v.lower(k) in DISTRICTS for k in range(
                v.sentence_bounds(i)[0], i - 1)) and (u := unit_after(v, i)) is not None \
                and v.lower(u[2] - 1) in ("seats", "councillors", "members"):
            return None  # "Sandholme ward splits its two seats": the ward's size, no party's seats
        if (u := unit_after(v, i)) is not None and any(v.lower(k) in ("new", "newly-elected", "first-time")
                                                       for k in range(i + 1, u[1])):
            return None  # "The two new Labour MPs called Hughes", "Labour has 209 new MPs": some of a party's members,
            # no tally
        if v.lower(i - 1) == "for" and v.lower(i - 2) in CONTENDING:
            return None  # "with only the two of them left for one seat": the seats fought over, no party's
        if v.lower(i - 1) == "by" and v.lower(i - 2) in ("expansion", "enlargement", "growth", "reduction", "increase",
                                                         "cut") \
                and any((c := v.mention_at[k]) is not None and c.kind == "chamber" for k in range(max(0, i - 6), i - 2)):
            return None  # "the Dáil's expansion by 14 seats": the chamber's growth, no party's seats
        if v.lower(i - 1) == "other" and v.lower(i - 2) == "the" and (u := unit_after(v, i)) is not None \
                and v.lower(u[2] - 1) in ("members", "councillors", "councilors", "mps", "msps"):
            return None  # "The other two Labour members, Cllr Rahman and Cllr Gorton, remain": some people, no tally
        if v.lower(i - 1) in ("requires", "require", "required", "needs", "need") \
                or v.lower(i - 1) in ("least", "minimum") and v.lower(i - 3) in ("requires", "require", "needs", "need"):
            # "official party status in the legislature, which requires 12 members": a target, no one's seats
            return Reading(i, Kind.SEATS, "seats", ev + ["a target ('which requires 12 members')"], threshold=True)
        if text.strip("'").lower().endswith("members") and (n := v.num(i)) is not None and n.value >= MEMBERSHIP:
            return None  # "the party says it has about 11,200 members": a membership, no body's seats
        if v.lower(i - 1) in ("sends", "send", "elects", "elect", "returns", "return") and v.lower(i - 2) in (
                "that", "which", "it", "state", "region", "province"):
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a place's seats ('the state that sends 80 MPs')"])
        if v.lower(i - 1) in ("is", "makes", "gives") and v.lower(i - 2) in ("that", "this") \
                and v.sentence_bounds(i)[0] >= i - 3:
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["the list's sum ('That is 122 seats')"])
        if v.lower(i - 1) == "of" and v.lower(i - 2) == "total" and v.lower(i - 3) in ("a", "the") \
                and v.lower(i - 4) in ("-", "–", "—", ",", ":", "(", ";") \
                and sum(v.num(k) is not None for k in range(v.sentence_bounds(i)[0], i)) >= 2:
            # "New council: Labour 31, Conservatives 12, … independents 5 - a total of 61 seats": the list's sum
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["the list's sum ('- a total of 61 seats')"])
        k = i - 1
        while v.lower(k) in HEDGES_BEFORE_COUNT:
            k -= 1  # "came second in nearly a hundred seats"
        if v.lower(k) == "in" and v.lower(k - 1) in ("second", "third", "fourth", "fifth", "runner-up", "runners-up"):
            return None  # "saw Reform UK come second in three seats": seats it lost, not seats it holds
        if v.lower(i - 1) == "the" and v.lower(i - 2) == "of" and contested_after(v, i):
            return None  # "- Of the 11 seats contested, the Conservatives won six": the seats up, no one's
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) in ("went", "split", "divided") \
                and v.lower(i - 1) in ("the", "its", "their", "'s", "’s"):
            # "In the Moyne area the five seats went FF 2, FG 1 …", "Piltown's five seats split": the area's size
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["an area's seats, shared out after it"])
        if v.lower(i - 1) == "(" and self._after_outcome(i - 1):
            return None  # "Green gain from Labour (one seat); Labour hold (two seats)": a ward's seats, no tally
        if v.lower(i - 1) == "and" and (verb := _gain_verb_over_pair(v, i)) is not None:
            # "The Congress gained 1.7 points and 47 seats": the verb is the seats' too, a change
            return Reading(i, Kind.SEAT_CHANGE, "seats", ev + [f"'{verb}' before a pair of changes"],
                           sign=-1 if verb in ("lost", "shed", "dropped") else 1)
        if (u := unit_after(v, i)) is not None and v.lower(u[2]) in LEAVING:
            return None  # "with two Republican members leaving for the administration": some members, no tally
        if u is not None and (v.lower(u[2]), v.lower(u[2] + 1)) in (("in", "all"), ("in", "total")) \
                and sum(v.num(k) is not None for k in range(v.sentence_bounds(i)[0], i)) >= 2:
            if v.lower(u[2] - 1) in ("seats", "seat"):  # "Labour 31, the Conservatives 12 …, 48 seats in all"
                return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["the list's sum ('48 seats in all')"])
            # "218 Republicans and 215 Democrats, 433 members in all": the list's sum, the members sitting (not the
            # chamber's size, with seats vacant), nor the last party's
            return None
        if v.lower(i - 1) in POSSESSIVE and v.lower(i - 2) in DISTRICTS - {"seat"} \
                or v.lower(i - 1) == "(" and v.lower(i - 2) in DISTRICTS - {"seat"} \
                and (u := unit_after(v, i)) is not None and v.lower(u[2]) == ")":
            return None  # "taking one of the ward's three seats", "Eastfield ward (three seats)": a district's size
        if (o := next((k for k in range(i - 1, max(0, i - 4), -1) if v.lower(k) in ("(", ")")), None)) is not None \
                and v.lower(o) == "(" and v.text(_name_start(v, o - 1))[:1].isupper() and v.num(o - 1) is None \
                and ((m := v.mention_at[o - 1]) is None or m.kind == "place") \
                and (u := unit_after(v, i) or v.lower(i + 1) == "of" and unit_after(v, i + 2)) \
                and v.lower(u[2]) in (")", "filled", "contested", "up") \
                and all(v.lower(k) in ("of", "the") or v.num(k) is not None for k in range(o + 1, i)) \
                and _mid_line(v, o - 1):
            # "Returned unopposed: Derwen Uchaf (two of three seats filled); Pen-y-bryn (three seats)": a ward's size
            # (not a line's heading, "HALLOWSHIRE COUNTY COUNCIL (60 seats)": the body its list is of)
            return None
        party_after = (p := v.mention_at[i + 1] if i + 1 < v.n else None) is not None and p.kind == "party" \
            and p.start == i + 1  # ("The new council has 20 Labour members, 14 Conservatives …": a party's, no size)
        if v.lower(i - 1) == "with" and v.lower(i - 2) == "," and (c := v.mention_at[i - 3]) is not None \
                and c.kind == "chamber" and not party_after:
            # "In the Senedd, with 60 members elected by a mixed system, Labour has half the seats": the chamber's size
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a chamber's size ('In the Senedd, with 60 members')"])
        if self._body_has(i) and not party_after:
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["a body's own size ('Parliament will have 122 members')"])
        if self._is_whole(i) and self._some_of_a_group(i):
            return None  # "one of two Labour MPs called Hughes elected in Tarnshire": some of its group, no tally
        if self._is_whole(i):
            if (r := self._group_not_chamber(i, ev)) is not None:
                return r
            if v.lower(i - 1) in POSSESSIVE and v.lower(i - 2) == "party" and v.lower(i - 3) == "the":
                return Reading(i, Kind.SEATS, "seats", ev + ["a party's own ('one of the party's three MSPs')"])
            if contested_after(v, i):
                return None  # "won eight of the 14 seats contested": the seats up this time, not the council's
            if v.lower(i - 1) in ("the", "its") and v.lower(i - 2) == "of" and v.lower(i - 3) == "each" \
                    or v.lower(i - 1) in ("'s", "’s") and v.lower(i - 3) == "the" and v.lower(i - 4) == "of" \
                    and v.lower(i - 5) == "each":
                return None  # "three in each of the 20 wards", "one seat in each of the city's 26 wards": wards
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + [WHOLE_OF_PART])
        if v.lower(i + 1) == "-" and v.lower(i + 2) in ("seat", "member") \
                and v.lower(i + 3) in ("hold", "grip", "lock", "sweep", "stranglehold", "monopoly", "clean"):
            return None  # "Green breaks Labour's three-seat hold": the hold broken, no one's tally now
        if (size := self._size_of_body(i)) in ("district", "other"):
            return None  # "the four-seat Carrowmore constituency": how many it elects, no party's seats nor a body's
        if size and not party_after and v.lower(i - 1) == "(" and v.num(i - 2) is not None \
                and v.lower(i + 1) in ("constituencies", "constituency", "electorates", "electorate", "ridings"):
            return None  # "Liberal Democrat 31,200 (10.6%) - 0 (3 constituencies)": the party's seats of the other
            # tier, beside its list seats, no body's size
        if size and not party_after:
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + ["the size of a body ('the 39-seat authority')"])
        if place_filling(self.v, i) is not None:
            return Reading(i, Kind.TOTAL_SEATS, "seats", ev + [SEAT_FILLS])
        r = Reading(i, Kind.SEATS, "seats", ev, whole=y)
        if y is not None and v.lower(i - 1) in ("lost", "losing", "shed") and self._group_not_chamber(y, []) is not None:
            r.kind, r.sign, r.whole = Kind.SEAT_CHANGE, -1, None  # "lost 21 of the 56 seats it won"
            r.evidence.append("seats lost of those it had")
            return r
        if ((s := v.cue_left(i, "cue.majority", 4)) is not None or v.cue_right(i, "cue.majority", 3) is not None) \
                and not (s is not None and ("with" in v.lowers[s:i] or v.lower(s + 1) in GOVERNMENTS)) \
                and not any(v.has(k, "verb.seat_gain") or v.has(k, "verb.seat_loss") or v.lower(k) == ","
                            for k in range(max(0, i - 2), i)):
            # (not "GOP House majority, flip three seats", "a narrower majority after Democrats flipped three seats":
            # a change, told after the majority's word)
            # not "an outright majority with 19 seats" (held), nor "a majority government after gaining nine seats"
            if self._threshold(i):
                r.threshold = True  # "the absolute majority of 175 seats needed to govern alone": the seats it takes
                r.evidence.append("a target")
                return r
            r.kind, r.anchor = Kind.MAJORITY, s
            r.evidence.append("a majority in seats")
            return r
        if self._threshold(i):
            r.threshold = True
            r.evidence.append("a target")
            return r
        u = unit_after(v, i)
        if u is not None and v.lower(u[2]) == "from" and v.lower(i - 1) in ("took", "seized", "won", "wrested"):
            r.kind, r.sign = Kind.SEAT_CHANGE, 1  # "took 18 seats from Labour": a gain
            r.evidence.append("seats taken from another party")
            return r
        gain = v.cue_left(i, "verb.seat_gain", 3)
        loss = v.cue_left(i, "verb.seat_loss", 3)
        if (v.lower(i - 1) == "from" or v.lower(i - 1) == "the" and v.lower(i - 2) == "from") \
                and (gain or loss) is not None and v.lower(gain if gain is not None else loss) in ("up", "down"):
            gain = loss = None  # "down from nine councillors to five", "up from the 36 seats it won": the number
            # before, no change
        if gain is not None and loss is not None and 0 < gain - loss <= 2 and v.lower(gain) == "up":
            gain = None  # "gave up two seats": the 'up' is part of the loss
        if gain is not None and v.lower(gain) == "up" and (v.lower(gain - 1) in FRACTIONS | {"all"}
                                                           or any(v.t.is_punct[k] for k in range(gain + 1, i))):
            gain = None  # "(one third up, 60 seats)": the seats up for election, then the body's size
        after_gain = v.cue_right(i, "verb.seat_gain", 5)
        after_loss = v.cue_right(i, "verb.seat_loss", 5)
        if y is None and gain is None and loss is None and v.lower(i - 1) == "net" and (told := next((
                v.lower(k) for k in range(i - 2, max(0, i - 8) - 1, -1)
                if v.lower(k) in ("gains", "gain", "gained", "losses", "loss", "lost")), None)) is not None:
            # "Conservative gains: a net 48 seats", "Labour losses: a net 60 seats": the change, not the seats held
            if told.startswith("gain"):
                gain = i - 1
            else:
                loss = i - 1
        if y is None and (gain is not None or loss is not None or self._gained_after(i, after_gain, after_loss)):
            r.kind = Kind.SEAT_CHANGE
            lost = loss is not None and (gain is None or loss > gain) or (gain is None and loss is None and after_loss is not None)
            r.sign = -1 if lost else 1
            r.evidence.append("seats lost" if lost else "seats gained")
            return r
        if self._region_total(i):
            if self._wards_beside_seats(i):
                return None  # "the council's 51 seats - one in each of the borough's 17 wards": wards, not its seats
            r.kind = Kind.TOTAL_SEATS
            r.evidence.append("a region's seats")
        elif self._shared_out(i):
            r.kind = Kind.TOTAL_SEATS
            r.evidence.append("the seats shared out ('the seven list seats were shared out')")
        return r

    def _wards_beside_seats(self, i: int) -> bool:
        """A count of wards or divisions in a sentence that counts the body's seats as seats: the places they are
        elected in, not the seats (a ward may elect three)."""
        v = self.v
        u = unit_after(v, i)
        if u is None or v.lower(u[2] - 1) not in ("wards", "divisions", "ward", "division"):
            return False
        s, e = v.sentence_bounds(i)
        if any(v.lower(k) == "each" and v.lower(k + 1) == "of" for k in range(max(s, i - 6), i)):
            return True  # "one seat in each of the city's 26 wards": the wards a third of the seats are fought in
        return any(k != i and v.num(k) is not None and (w := unit_after(v, k)) is not None
                   and v.lower(w[2] - 1) in ("seats", "councillors", "members") for k in range(s, e))

    def _shared_out(self, i: int) -> bool:
        """ "The seven regional list seats in South Scotland were shared out as follows", "the 20 seats up for
        election": the whole being divided, not a party's share of it."""
        v = self.v
        if v.lower(i - 1) != "the":
            return False
        u = unit_after(v, i)
        if u is None:
            return False
        k = u[2]
        if v.lower(k) == "in":  # "… in South Scotland", "… in the north-east"
            k += 1
            while k < min(v.n, u[2] + 6) and (v.text(k)[:1].isupper() or v.lower(k) in ("the", "-")):
                k += 1
        if v.lower(k) in ("were", "are", "will", "was", "be"):
            k += 1 + (v.lower(k + 1) == "be")
            return v.lower(k) in SHARED_OUT
        if v.lower(k) in ("went", "split", "broke", "divided") and v.lower(k + 1) in ("as", ":", "to", "between"):
            return True  # "The seven list seats went as follows: …"
        if v.lower(k) in ("from", "elected", "chosen", "drawn", "picked") and any(
                v.lower(t) in ("list", "lists") for t in range(k + 1, min(v.n, k + 5))):
            return True  # "… and the 11 London-wide members from party lists": a tier's size, no party's
        return v.lower(k) == "up" and v.lower(k + 1) in ("for", "to")

    def _beating_before(self, i: int) -> bool:
        """A verb of beating earlier in the clause ("edging Kyle Brandt, 148,220 votes to 151,906"): the score is the
        winner's first, whichever count the copy makes larger."""
        v = self.v
        start = v.clause_start[i]
        if start > 0 and v.lower(start - 1) == "," and start == i:
            start = v.clause_start[start - 2] if start >= 2 else start  # "defeats Sally Hart, 19,134 to 10,481": the
            # score right after the comma is the clause's before it
        return any(v.lower(k) in BEATING for k in range(max(start, i - 10), i))

    def _gained_after(self, i: int, gain: int | None, loss: int | None) -> bool:
        """ "the 50 seats the party gained": a relative clause right after the unit."""
        v = self.v
        for s in (gain, loss):
            if s is None:
                continue
            between = [v.lower(k) for k in range(i + 1, s)]
            if any(w in ("the", "it", "they", "party") for w in between) and v.lowers[s] not in ("up", "down"):
                return True
        return False

    def _region_total(self, i: int) -> bool:
        """ "Wales's 40 seats", "all 59 Scottish seats", "the 40 seats in Wales"."""
        v = self.v
        prev = v.lower(i - 1)
        if prev in ("'s", "’s") and (m := v.mention_at[i - 2] if i > 1 else None) and m.kind in ("region", "chamber"):
            return True  # "Wales's 40 seats", "the Senedd's 60 seats"
        if prev in ("'s", "’s") and v.lower(i - 2) in BODIES:  # "the council's 63 seats"
            return True
        if prev in ("'s", "’s") and i > 1 and ((m := v.mention_at[i - 2]) is not None and m.kind == "place" or m is None
                                                and v.text(i - 2)[:1].isupper() and v.t.is_alpha[i - 2]) \
                and self._parties_counted_after(i) >= 2:
            return True  # "Brendon Vale's 43 seats were shared out as follows: Conservatives 17, Liberal Democrats 14, …"
        if prev == "all" and v.lower(i + 1) != "of":  # not "held all four of its seats"
            if v.num(i).value <= 6 and any(v.lower(k) in DISTRICTS - {"seat", "area"} for k in range(max(0, i - 40), i)):
                return False  # "…, a three-member ward … All three seats went to the Lib Dems": the ward's
            u = unit_after(v, i)
            # not "all 16 MPs outside the two alliances": a group, not the whole
            if u is not None and any(v.lower(k) in DISTRICTS - {"seat", "area"}
                                     for k in range(u[2], min(v.sentence_bounds(i)[1], u[2] + 5))):
                return False  # "won all three seats when the ward was last contested": a ward's, no body's size
            return not (u is not None and v.lower(u[2]) in ("outside", "outwith", "beyond", "not", "who", "that",
                                                             "which", "belonging", "aligned"))
        return False

    def _parties_counted_after(self, i: int) -> int:
        """How many parties the rest of the sentence gives a figure straight after (" Conservatives 17, Labour 7")."""
        v = self.v
        end = min(v.sentence_bounds(i)[1], i + 60)
        return len({m.start for k in range(i + 1, end) if (m := v.mention_at[k]) is not None and m.kind == "party"
                    and v.num(m.end) is not None})

    def _after_outcome(self, k: int) -> bool:
        """Whether the words before token k end an outcome: "Green gain from Labour", "Labour hold", "SNP gain"."""
        v = self.v
        j = k - 1
        if (m := v.mention_at[j]) is not None and m.kind == "party" and v.lower(m.start - 1) == "from":
            j = m.start - 2  # "gain from Labour"
        return v.lower(j) in ("gain", "gains", "hold", "holds", "gained", "held")

    def _size_of_body(self, i: int) -> str | None:
        """ "the 39-seat authority", "a 45-member council": a number that sizes a body ('body'); "the four-seat
        Carrowmore constituency", "a three-seat ward": one that sizes an electoral district ('district')."""
        v = self.v
        u = unit_after(v, i)
        if u is not None and v.lower(i - 1) == "of" and (
                (m := v.mention_at[i - 2]) is not None and m.kind == "chamber" or v.lower(i - 2) in BODIES):
            return "body"  # "a Parliament of 122 members", "a council of 51 seats"
        end = u[2] if u else i + 1
        if u is None and v.lower(i + 1) == "-" and v.lower(i + 2) in ("member", "seat", "strong"):
            end = i + 3
        if v.lower(end) in NOT_ELECTED_BODIES or v.lower(end + 1) in NOT_ELECTED_BODIES and v.text(end)[:1].isupper():
            return "other"  # "the five-member commission, which regulates Georgia Power": no chamber's seats
        if v.lower(end) in BODIES or (v.lower(end) in BODY_ADJECTIVES and v.lower(end + 1) in BODIES):
            return "body"
        if v.lower(i + 1) == "-" or (u is not None and v.lower(u[2] - 1) == "-"):
            k = end  # "the 60-seat Millbridge City Council", "the four-seat Carrowmore constituency": a name between
            while k < min(v.n, end + 7) and (v.text(k)[:1].isupper() and (
                    v.lower(k) not in BODIES or v.lower(k + 1) in DISTRICTS or v.text(k + 1)[:1].isupper())
                    or k > end and v.lower(k) in ("-", "–") and v.text(k + 1)[:1].isupper()):
                k += 1  # (past "County" in "the three-seat Limerick County constituency"; "Clonvale South-East")
            while k > end and v.lower(k) in ("local", "electoral", "voting", "polling") and k < end + 7:
                k += 1  # "the six-seat Ballinaclash local electoral area"
            if k > end and v.lower(k) in BODIES:
                return "body"
            if (m := v.mention_at[end]) is not None and m.kind == "chamber":
                return "body"  # "a majority in the 543-seat Lok Sabha", "the 87-seat Legislative Assembly"
            if v.lower(k) in DISTRICTS:
                return "district"  # "a three-seat ward"
        if u is None:
            return None
        if v.lower(end) == "in":  # "one of its three seats in Eastbrook ward": the district's, not the council's
            k = end + 1 + (v.lower(end + 1) == "the")
            while k < min(v.n, end + 7) and v.text(k)[:1].isupper() and v.lower(k) not in DISTRICTS:
                k += 1
            if k > end + 1 and v.lower(k) in DISTRICTS and v.lower(k) != "seat" and v.text(k - 1)[:1].isupper():
                return "district"
        o = i - 1
        while o > i - 6 and o > 0 and v.lower(o) not in ("(", ")") and (
                v.num(o) is None or v.lower(o + 1) in FRACTIONS):
            o -= 1  # "Hartmoor Borough Council (all out, 54 seats)", "Eastmere (one third up, 60 seats)": the
            # bracket may open a few words before
        party = (m := v.mention_at[o - 1]) is not None and m.kind == "party" if o > 0 else False
        if v.lower(o) == "(" and o == i - 1 and v.num(o - 1) is not None and v.lower(end) == ")" and (
                end + 1 >= v.n or v.lower(end + 1) in (".", ":", ";") or "\n" in v.text(end + 1)):
            return "body"  # "Lab 28, Con 14, LD 9, Ind 3 (54 seats).": a line-up closed by the body's size
        if v.lower(o) == "(" and v.text(o - 1)[:1].isupper() and not party and (v.lower(o - 1) in BODIES or any(
                v.lower(j) == "):" or v.lower(j) == ")" and v.lower(j + 1) in (":", "-", "–", "—")
                for j in range(end, min(v.n, end + 10)))):
            return "body"  # "Northmoor County Council (84 seats, …)", "Harrowden (48 seats): Lab 31 …"
        k = i - 1  # "when the chamber had 151 seats", "the Commons has grown from 338 seats"
        while k >= 0 and i - k <= 4 and v.lower(k) in BODY_HAS:
            k -= 1
        if k < i - 1 and v.lower(k) in ("which", "that") and v.lower(k - 1) == ",":
            k -= 2  # "Ashworth Borough Council, which has 60 members"
        if k < i - 1 and v.lower(i - 1) not in ("grown", "shrunk") and v.lower(k) in BODIES \
                and any(v.lower(t) in ("had", "has", "have") for t in range(k + 1, i)):
            return "body"
        return None

    def _some_of_a_group(self, i: int) -> bool:
        """ "one of two Labour MPs called Hughes", "one of the 21 Reform MPs elected on Thursday": a group the words
        after it narrow, not a chamber or a party's whole tally."""
        v = self.v
        u = unit_after(v, i)
        end = u[2] if u else i + 1
        return v.lower(i - 2 - (v.lower(i - 1) == "the")) == "one" and (v.lower(end) in (
            "called", "named", "who", "from", "with", "whose", "sharing") or v.lower(end) == "elected"
            and v.lower(end + 1) in ("in", "for", "across"))  # (but "one of the 21 Reform MPs elected on Thursday")

    def _group_not_chamber(self, i: int, ev: list[str]) -> Reading | None:
        """ "one of 202 Labour MPs", "one of six Welsh seats gained by her party", "lost 21 of the 56
        seats it won": the Y of "X of Y" is a party's group or a change, not the chamber."""
        v = self.v
        j = i - 1
        while j >= 0 and v.lower(j) in ("the", "a"):
            j -= 1
        x = j - 1  # the X
        u = unit_after(v, i)
        end = u[2] if u else i + 1
        after = {v.lower(k) for k in range(end, min(end + 3, v.n))}
        if v.lower(x) == "one" and after & {"gained", "won", "lost", "taken", "captured", "picked"}:
            sign = -1 if "lost" in after else 1
            return Reading(i, Kind.SEAT_CHANGE, "seats", ev + ["'one of N seats gained'"], sign=sign)
        if v.lower(x) == "one" and v.mention_at[i + 1] is not None and v.mention_at[i + 1].kind == "party":
            return Reading(i, Kind.SEATS, "seats", ev + ["'one of N Labour MPs': the party's group"])
        if v.lower(x - 1) in ("lost", "losing", "retained", "kept", "held", "holding") and \
                after & {"it", "they", "she", "he", "won"}:
            return Reading(i, Kind.SEATS, "seats", ev + ["the seats it had: 'lost 21 of the 56 seats it won'"],
                           slot="from")
        return None

    def _members_after(self, i: int) -> str:
        """"members" right after number i, past a word or two ("18,400 eligible members"), else ''."""
        v = self.v
        for k in range(i + 1, min(v.n, i + 4)):
            if v.lower(k) == "members":
                return "members"
            if v.lower(k) not in ("eligible", "party", "paid-up", "registered", "full", "voting"):
                return ""
        return ""

    def _cast_after(self, i: int) -> bool:
        """Whether the figure's clause goes on to say they voted ("… cast a valid vote", "… voted"), before any
        other figure."""
        v = self.v
        for k in range(i + 1, min(v.clause_end[i], i + 14)):
            if v.num(k) is not None:
                return False
            if v.lower(k) == "voted" or v.lower(k) == "balloted" and v.lower(k - 1) not in ("were", "was", "been", "being") \
                    or v.lower(k) == "cast" and v.lower(k + 1) in ("a", "their", "ballots", "votes", "valid"):
                return True  # (not "412,630 members were balloted": sent a ballot, the electorate)
        return False

    def _members_voting(self, i: int, text: str) -> bool:
        """A party's members as the electorate of its ballot: the unit is members and the sentence speaks of turnout
        or of members voting."""
        v = self.v
        if not text.strip("'").lower().endswith("members"):
            return False
        return v.in_sentence(i, "cue.turnout") is not None or any(
            v.lower(k) in ("voted", "vote", "balloted", "ballot", "returned") for k in range(i + 1, min(v.n, i + 6))) \
            or self._cast_after(i)

    def _body_has(self, i: int) -> bool:
        """ "Parliament will have 122 members", "The new council has 51 seats": a chamber or body that has them."""
        v = self.v
        j = i - 1
        if v.lower(j) in ("record", "new") and v.lower(j - 1 - (v.lower(j - 1) == "a")) in ("at", "to"):
            j -= 1 + (v.lower(j - 1) == "a")  # "Bundestag swells to record 736 seats"
        if v.lower(j) in ("at", "to") and v.lower(j - 1) in SIZE_SET:  # "Parliament is confirmed at 123 seats",
            j -= 2  # "the Assembly grows to 96 members"
            if v.lower(j) in ("been", "be"):
                j -= 1
            if v.lower(j) in ("is", "was", "will", "has", "had", "have"):
                j -= 1
        elif v.lower(j) in ("has", "have", "had", "comprises", "numbers"):
            j -= 1
        else:
            return False
        while j >= 0 and v.lower(j) in ("will", "would", "now", "still", "then", "also", "to"):
            j -= 1
        if j >= 1 and v.lower(j) in ("that", "which") and (c := v.mention_at[j - 1]) is not None and c.kind == "chamber":
            j -= 1  # "in a Dáil that then had 160 seats": the chamber's size
        m = v.mention_at[j] if j >= 0 else None
        if m is None and j >= 0 and v.text(j)[:1].isupper() and v.t.is_alpha[j] and v.lower(j) not in ("it", "they"):
            k = j
            while k > 0 and v.text(k - 1)[:1].isupper() and v.t.is_alpha[k - 1] and v.mention_at[k - 1] is None:
                k -= 1
            u = unit_after(v, i)
            # "Fenwick Cross has 60 councillors, so 29 are needed for a majority": a place no gazetteer knows, its
            # council's size (a capitalised name opening the sentence, no party's or person's)
            if k == v.sentence_bounds(i)[0] and u is not None and v.lower(u[2] - 1) in ("councillors", "councilors"):
                return True
        return m is not None and m.kind in ("chamber", "place") or v.lower(j) in BODIES and v.lower(j - 1) in ("the", "new")

    def _is_whole(self, i: int) -> bool:
        v = self.v
        j = i - 1
        while j >= 0 and v.lower(j) in ("the", "a", "all", "total"):
            j -= 1
        if v.lower(j) in ("its", "their") and v.lower(j - 1) == "of" and j - 1 == v.sentence_bounds(i)[0]:
            return True  # "Of its 45 seats, the Alliance won 26"
        if v.lower(j) in ("its", "their") and v.lower(j - 1) == "of" and v.num(j - 2) is not None and any(
                v.lower(k) in BODY_NOUNS or v.lower(k) in AREA_NOUNS and v.lower(k - 1) == "the"
                for k in range(max(0, j - 25), j - 2)) \
                and not any(v.lower(k) in ("lost", "losing", "lose", "loses", "shed") for k in range(max(0, j - 6), j)):
            # ("the largest party in the region with 24 of its 58 seats": the region's)
            return True  # "Labour runs the council with 33 of its 60 seats": the council's, not the party's
        if v.lower(j) == "of" and v.lower(j - 1) in FRACTIONS:
            return True  # "took only a third of the six seats", "half of the 40 seats"
        if v.lower(j) == "of" and v.num(j - 1) is not None:
            return True
        if v.lower(j) == "of" and v.lower(j - 1) == "out" and any(
                v.num(k) is not None for k in range(max(0, j - 4), j - 1)):
            return True  # "winning 331 seats out of total 650 seats"
        if v.lower(j) in POSSESSIVE:
            if v.lower(j - 2) == "of":
                return True  # "Of Wales's 40 seats, Labour won 25"
            k = j - 1  # "two of the town's three seats", "12 of the county's 16 constituencies"
            while k > 0 and j - k < 4 and v.lower(k) != "of" and v.t.is_alpha[k]:
                k -= 1
            return v.lower(k) == "of" and v.num(k - 1) is not None
        return v.lower(j) == "of" and (j == v.sentence_bounds(i)[0])

    def _electorate_left(self, i: int) -> int | None:
        """ "an electorate of 71,880" — not New Zealand's "took 19,442 electorate votes to Tawhai's 15,880", where
        the word names the ballot the candidates' votes are of."""
        v = self.v
        s = v.cue_left(i, "cue.electorate", 5)
        if s is not None and v.lower(s) == "electorate" and v.lower(s + 1) in ("vote", "votes", "seat", "seats", "mps",
                                                                               "candidate", "candidates"):
            return None  # (nor "five electorate seats exceed the three its share would give it")
        if s is not None and v.lower(s) == "electorate" and v.lower(s - 1) == "the" \
                and v.lower(s - 2) in ("in", "across", "throughout", "within"):
            return None  # "National came first in the electorate, with 15,330": New Zealand's word for the seat
        if s is not None and any(v.lower(k) in (",", ";") for k in range(s, i)) and (
                unit_after(v, i) is not None or v.lower(i + 1) in ("ballot", "ballots", "papers", "votes", "informal")
                or v.lower(i + 1) in REJECTED):
            # (and "… of the 3,631,400 people enrolled, counting 15,600 informal party votes")
            return None  # "Of the 1,204,500 people entitled to vote, 257,689 ballot papers were returned": the ballots
        return s

    def _short_of_a_majority(self, i: int, seats_before: bool = False) -> Reading | None:
        """ "two seats short of a majority", "leaving them five seats short of control": a distance to the body's
        majority, which the copy leaves to the reader (no "short of the 326 needed")."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.value > 100:
            return None
        u = unit_after(v, i)
        end = u[2] if u is not None else i + 1
        if v.lower(end) in ("short", "shy") and v.lower(end + 1) != "of" and u is None and self._majority_needed_before(i):
            # "The Lib Dems, who need 28 for a majority, remain four short": the distance to the target just named
            return Reading(i, Kind.SEATS, "seats", ["a distance to a majority"], threshold=True, slot=TO_A_MAJORITY)
        if v.lower(end) not in ("short", "shy") or v.lower(end + 1) != "of":
            return None
        if u is None and v.in_sentence(i, "unit.seats") is None and not seats_before \
                or u is not None and u[0] != "unit.seats":
            return None
        k = end + 2
        while k < v.n and v.lower(k) in ("a", "an", "the", "overall", "outright", "working", "absolute", "governing",
                                         "simple", "clear", "bare", "effective"):
            k += 1
        if v.lower(k) not in ("majority", "control") or any(v.num(t) is not None and v.lower(t + 1) != "-"
                                                            for t in range(k, min(v.n, k + 4))) \
                or v.lower(k + 1) in ("of", "mark", "line", "threshold") and v.num(k + 2) is not None:
            return None  # (not "short of a majority of 326": that target is read as such; but "… majority in the
            # 129-seat Parliament" names the body's size)
        s, _ = v.sentence_bounds(i)
        if any(w in ("would", "could", "might", "if", "combined", "together", "between") for w in v.lowers[s:i]):
            return None  # a supposition, or several parties' seats: "whose combined 27 seats would be one short"
        return Reading(i, Kind.SEATS, "seats", ["a distance to a majority"], threshold=True, slot=TO_A_MAJORITY)

    def _majority_needed_before(self, i: int) -> bool:
        """A majority's figure named earlier in the sentence ("who need 28 for a majority", "the 28 needed for a
        majority"), with no other figure between it and token i."""
        v = self.v
        s = v.sentence_bounds(i)[0]
        for k in range(i - 1, max(s, i - 15) - 1, -1):
            if v.num(k) is not None:
                return False
            if v.lower(k) in ("majority", "control") and v.lower(k - 1) in ("a", "an", "overall", "outright") \
                    and any(v.num(t) is not None for t in range(max(s, k - 5), k)):
                return True
        return False

    def _threshold(self, i: int) -> bool:
        v = self.v
        u = unit_after(v, i)
        end = u[2] if u else i + 1
        for k in range(end, min(end + 3, v.n)):
            if v.cue_at(k, "context.threshold") is not None:
                return True
            if v.lower(k) not in ("they", "it", "he", "she", "the", "party", "would", "will", "were", "was", "is", "are",
                                  "then", "now", "still", "a", "any", "parties"):  # ("with 62 then needed for a
                # majority", "the 101 seats a party needs for a majority")
                break
        if v.cue_left(i, "context.threshold_before", 3) is not None:
            return True
        for k in range(i - 1, max(v.clause_start[i], i - 9) - 1, -1):
            if v.num(k) is not None:
                break
            if v.lower(k) in ("threshold", "thresholds") and "majority" in v.lowers[k:i]:
                return True  # "That pushes the threshold for a majority up to 62"
        return False

    def _margin_left(self, i: int) -> int | None:
        """ "a margin of 417", "a lead of 2,000", "by 422 votes" — but not "fell by 3,000" (a change); and the later
        figures of a list the cue heads ("by margins of 44 and 23 votes respectively")."""
        v = self.v
        if (head := _list_head(v, i)) is not None and (s := self._margin_left(head)) is not None \
                and not (v.lower(i + 1) == "to" and v.num(i + 2) is not None):
            return s  # (not "Lost to Amanda Martin by 780, 14,495 to 13,715": the score the margin is of)
        s = v.cue_left(i, "cue.margin", 4)
        if s is not None and not any(v.lower(k) in (",", ";", "(") for k in range(s, i)):
            return s  # not "by a wide margin, taking 81,283,501 votes"
        s = v.cue_left(i, "cue.margin", 7)
        if s is not None and all(v.lower(k) in HEDGE_FILL for k in range(s + 1, i)):
            return s  # "cut his lead to a little over two thousand votes"
        s = v.cue_left(i, "cue.margin", 10)
        if s is not None and not any(v.lower(k) in (",", ";", "(", "–", "—") or v.num(k) is not None
                                     for k in range(s + 1, i)):
            k = i - 1
            while k > s and v.lower(k) in ("therefore", "just", "only", "now", "then", "thus", "still", "a", "mere"):
                k -= 1
            if v.lower(k) in ("was", "is", "stood", "stands", "came", "ended") and k > s + 1:
                return s  # "Mr Keeling's winning margin on the final count was therefore 16,748"
        to = i - 1
        while to > 0 and v.lower(to) in ("just", "only", "a", "mere", "barely"):
            to -= 1  # "to just 19 votes", "to a mere 88"
        s = v.cue_left(to + 1, "cue.margin", 9)
        if s is not None and v.lower(to) == "to" and all(
                v.lower(k) in LEAD_CUT_FILL or v.mention_at[k] is not None or v.has(k, "change.down")
                or v.has(k, "change.up") for k in range(s + 1, to)) \
                and any(v.has(k, "change.down") or v.has(k, "change.up")
                        for k in [*range(s + 1, to), *range(max(0, s - 4), s)]):
            # "her lead over Labour was cut to 1,329 votes", "a recount cut his lead over the sitting Tory to just
            # 19 votes": the lead it now is
            return s
        s = v.cue_left(i, "cue.margin", 10)
        if s is not None and v.lower(i - 1) == "from" and all(
                v.lower(k) in ("over", "against", "on", "the", "his", "her", "their", "its") or v.mention_at[k] is not None
                for k in range(s + 1, i - 1)):
            return s  # "cut his margin over Liberal Anne-Marie Roy from 13 votes to seven": the lead it was
        s = v.cue_left(i, "cue.by", 3)
        if s is not None and (m := v.mention_at[i + 1] if i + 1 < v.n else None) is not None \
                and m.kind in ("party", "person") and m.start == i + 1:
            s = None  # "described by one Conservative activist": who did it, no margin
        if s is not None and (v.lower(i + 1) in BY_WHOM or v.lower(i + 2) in BY_WHOM and v.t.is_alpha[i + 1]
                              and v.lower(i + 1) not in ("after", "before", "in", "on", "at", "with", "from", "to",
                                                         "first", "first-preference")):
            # (but "trailed by 3,200 first preferences" is a gap in votes)
            s = None  # "the ballot papers held by the three eliminated candidates": who, not how many votes
        if s is not None and not (v.has(s - 1, "change.up") or v.has(s - 1, "change.down")) \
                and v.lower(s - 1) not in ("divided", "multiplied", "dividing", "multiplying") \
                and not (v.lower(i + 1) == "to" and v.num(i + 2) is not None):
            return s  # (not "its 91,822 votes were divided by seven": the arithmetic of a list; nor "'won' Kooyong
            # Heights by 56.9 to 43.1": the two sides of a score, not the gap between them)
        return None

    def _change_amount(self, i: int) -> Reading | None:
        """ "his majority fell by 3,315", "increased by 2.4 points": the size of a change."""
        v = self.v
        s = v.cue_left(i, "cue.by", 3)
        if s is not None and (v.has(s - 1, "change.up") or v.has(s - 1, "change.down")):
            return Reading(i, Kind.CHANGE, "", ["the size of a change"], anchor=s - 1, slot="amount")
        if s is not None and (v.has(s - 1, "cue.margin") or v.has(s - 1, "cue.majority")):
            # "the recount narrowed her margin by two votes", "cut his majority by 1,200": the change's size
            k = s - 2 - (v.lower(s - 2) in ("her", "his", "its", "their", "the"))
            if v.has(k, "change.up") or v.has(k, "change.down"):
                return Reading(i, Kind.CHANGE, "", ["the size of a change"], anchor=k, slot="amount")
        return None

    def _party_up_points(self, i: int) -> Reading | None:
        """ "Conservative share down from 50.8% to 25.0%, Labour up 2.9": a party's change in share, its unit left to
        the sentence's shares."""
        v = self.v
        n = v.num(i)
        if not n.decimals or n.value >= 100 or v.lower(i - 1) not in ("up", "down") \
                or (m := v.mention_at[i - 2] if i >= 2 else None) is None or m.kind != "party" or m.end != i - 1:
            return None
        a, b = v.sentence_bounds(i)
        if not any(v.lower(k) in ("share", "%", "points", "percent") or v.lower(k) == "per" and v.lower(k + 1) == "cent"
                   for k in range(a, b)):
            return None
        return Reading(i, Kind.SHARE_CHANGE, "points", ["a party's change in share, its unit the sentence's"],
                       sign=-1 if v.lower(i - 1) == "down" else 1)

    def _total_after_a_change(self, i: int) -> Reading | None:
        """ "gained five seats to take 23", "lost six seats, to 15": the seats a change in seats left, told after it."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or v.years[i]:
            return None
        if v.lower(i - 1) == "from" and (v.lower(i - 2) in ("total", "tally", "number")
                                         and v.lower(i - 3) in ("their", "its", "his", "her", "the")
                                         or v.lower(i - 2) in ("going", "moving", "rising", "falling", "climbing",
                                                               "dropping") and v.lower(i - 3) == ",") \
                and any(v.has(k, "unit.seats") for k in range(v.sentence_bounds(i)[0], i)):
            return Reading(i, Kind.SEATS, "seats", ["the seats a change started from ('taking their total from 18')"])
        k = i - 1
        if v.lower(k) == "to" and v.lower(k - 1) in ("total", "tally") and v.lower(k - 2) in ("its", "their", "the") \
                and v.lower(k - 3) in ("take", "taking", "bring", "bringing", "took", "brought", "takes", "brings"):
            k -= 3  # "gained seven seats to take its total to 31": its tally after the change
        if v.lower(k) in ("take", "reach", "hold", "have", "finish", "end"):
            k -= 1
        if v.lower(k) != "to":
            return None
        k -= 1
        if v.lower(k) == ",":
            k -= 1
        if v.lower(k) in ("seats", "seat") and v.num(k - 1) is not None and (
                v.cue_left(k - 1, "verb.seat_gain", 3) is not None or v.cue_left(k - 1, "verb.seat_loss", 3) is not None):
            return Reading(i, Kind.SEATS, "seats", ["the seats a change left ('gained five seats to take 23')"])
        return None

    def _bare(self, i: int) -> Reading | None:
        """A number with no unit: read it from the cue that introduces it, or its table column."""
        v = self.v
        if (r := self._column(i)) is not None:
            return r
        k = i - 1
        while k > 0 and v.lower(k) in ("*", "**", ":", "-", "–"):
            k -= 1
        if v.lower(k) == "valid" and (k < i - 1 or k == 0 or v.lower(k - 1) in ("·", "•", "|", ";", ",")
                                      or "\n" in v.text(k - 1)) \
                and not v.num(i).decimals and v.num(i).value >= 100:
            # "**Total poll** 52,840 · **Invalid** 540 · **Valid** 52,300 · **Quota** 8,717", "ballot papers 6,601;
            # rejected 61; valid 6,540; quota 1,309": a facts line's valid poll
            return Reading(i, Kind.VOTES_CAST, "votes", ["'Valid' as a label: the valid poll"])
        if v.lower(i + 1) in ("gains", "losses") and not v.num(i).decimals and v.cells[i] is None:
            # "went from one councillor to three with two gains": seats won from others, no tally
            return Reading(i, Kind.SEAT_CHANGE, "seats", ["'N gains'"], sign=-1 if v.lower(i + 1) == "losses" else 1)
        if v.lower(i + 1) == "-" and v.lower(i + 2) in ("member", "strong") and (size := self._size_of_body(i)):
            if size == "other":
                return None  # "the five-member commission"
            if size == "body":
                return Reading(i, Kind.TOTAL_SEATS, "seats", ["the size of a body ('a 45-member council')"])
        if (r := self._change_amount(i)) is not None:
            return r
        if (r := self._party_up_points(i)) is not None:
            return r
        if v.num(i).decimals and (v.has(i - 1, "change.up") or v.has(i - 1, "change.down")) and i >= 3 \
                and v.lower(i - 2) in ("'", "’", "'s", "’s") and (m := v.mention_at[i - 3]) is not None \
                and m.kind == "party" and any(v.has(k, "unit.points") for k in range(v.sentence_bounds(i)[0], i - 3)):
            # "Labour's share rose 11.3 points and the Lib Dems' fell 2.7": the second party's change, its unit and its
            # noun left to the first's
            return Reading(i, Kind.SHARE_CHANGE, "points", ["a change in share, its unit the one before it"])
        if v.lower(i - 1) == "with" and v.lower(i - 2) not in ("compared", "comparison", "against") \
                and not v.num(i).decimals and v.cells[i] is None \
                and v.in_sentence(i, "unit.votes") is None and (lo := v.sentence_bounds(i)[0]) is not None and any(
                    v.lower(k) == "with" and v.num(k + 1) is not None and v.has(u, "unit.seats")
                    for k in range(lo, i - 1) for u in range(k + 2, min(k + 5, i - 1))):
            # "entered the election with one Labour MP — … — and leaves it with 11": as the count before it, seats
            return Reading(i, Kind.SEATS, "seats", ["'with N', as the 'with N seats' before it"])
        if v.lower(i + 1) in ("more", "fewer") and v.lower(i + 2) == "than" \
                and any(is_year(v, k) for k in range(i + 3, min(v.n, i + 7))):
            # "won 34 seats, … and six more than in 2013": the change since then, no majority
            if v.in_sentence(i, "unit.seats") is None or v.num(i).decimals:
                return None
            return Reading(i, Kind.SEAT_CHANGE, "seats", ["'N more than in YEAR'"],
                           sign=-1 if v.lower(i + 1) == "fewer" else 1)
        if (r := self._total_after_a_change(i)) is not None:
            return r
        if (k := self._own_vote(i)) is not None:
            return Reading(i, Kind.VOTES, "votes", ["'…'s vote was N'"], anchor=k)
        if v.lower(i - 1) in ("'s", "’s") and (m := v.mention_at[i - 2]) is not None and m.kind == "person" \
                and m.end == i - 1 and "than" in (v.lower(m.start - 1), v.lower(m.start - 2)) and not v.num(i).decimals \
                and v.num(i).value >= 100 and v.cells[i] is None:
            return Reading(i, Kind.VOTES, "votes", ["the other side of 'N more than X's M'"])
            # "won 250,373 votes, 116,520 more than Bradley's 133,853": his votes, not a second lead
        if v.lower(i - 1) in ("'s", "’s") and (m := v.mention_at[i - 2]) is not None and m.kind == "person" \
                and m.end == i - 1 and v.sentence_bounds(i)[0] == m.start \
                and not v.num(i).decimals and v.num(i).value >= 100 and v.cells[i] is None \
                and any(v.has(k, "unit.votes") and v.para_of[k] == v.para_of[i] for k in range(max(0, i - 40), i)):
            return Reading(i, Kind.VOTES, "votes", ["a person's count after a possessive, among votes"])
            # "… polled 18,159 votes. Mr Hendry's 15,909 left him 2,160 short." (a sentence that opens with it: not
            # "…, to Delgado's 701,240", the other side of a score)
        if self._threshold(i) and (v.in_sentence(i, "unit.seats") is not None
                                   or v.cue_right(i, "cue.majority", 5) is not None):
            # "short of the 326 needed for a majority": a target in seats
            return Reading(i, Kind.SEATS, "seats", ["a target, among seats"], threshold=True)
        if (v.lower(i - 1) in NEEDING or v.lower(i - 1) in ("takes", "take")) and v.lower(i - 2) == "majority" \
                and v.lower(i - 3) in ("a", "an", "overall", "working", "the", "outright") and v.num(i).value < 1000:
            # "The official count gives a Parliament of 122 … A majority needs 62": a target in seats
            return Reading(i, Kind.SEATS, "seats", ["a target ('a majority needs 62')"], threshold=True)
        if v.has(i + 1, "cue.majority") and v.lower(i - 1) in ("a", "an", "the", "his", "her", "its", "their", "with"):
            # "a 5,339 majority", a headline's "… MAYOR WITH 22,827 MAJORITY"
            return Reading(i, Kind.MAJORITY, "votes", ["'a N majority'"], anchor=i + 1)
        if (s := self._majority_over(i)) is not None and v.has(s, "cue.margin") and not v.has(s, "cue.majority"):
            return Reading(i, Kind.MARGIN, "votes", [f"'{v.text(s)} over'"], anchor=s)  # "her lead over Mr Cole was 812"
        if ((s := v.cue_left(i, "cue.majority", 5)) is not None
             and not any(w in (")", "):") for w in v.lowers[s:i])  # not "(…; 23 for a majority): Con 19"
             and not _next_item(v, s, i)  # nor "two short of a majority, with Reform on 11"
             or (s := self._majority_over(i)) is not None
                or (s := self._majority_in_year(i)) is not None
                or (s := self._majority_in_place(i)) is not None) \
                and not self._after_from_to(i, s):
            if self._seat_majority(i, s):
                return Reading(i, Kind.MAJORITY, "seats", ["a majority in the chamber"], anchor=s)
            r = Reading(i, Kind.MAJORITY, "votes", ["'majority'"], anchor=s)
            if self._threshold(i) or v.lower(i - 1) in ("requires", "require", "required", "needs", "takes"):
                r.threshold = True  # (and "one short of an outright majority, which requires 31": what it takes)
            return r
        if self._members_voting(i, self._members_after(i)):
            return Reading(i, Kind.ELECTORATE, "votes", ["members who could vote, in a sentence of turnout"])
        y = next((k for k in range(i + 2, min(v.n, i + 6)) if v.num(k) is not None), None) \
            if v.lower(i + 1) == "of" else None  # "11,245 of its 18,400 eligible members voted"
        if y is not None and self._members_voting(y, self._members_after(y)):
            return Reading(i, Kind.VOTES_CAST, "votes", ["the members who voted, of those who could"])
        if y is not None and v.num(i).value < v.num(y).value and eligible_voting(v, y):
            return Reading(i, Kind.VOTES_CAST, "votes", ["those who voted, of the people who could"])
        if v.lower(i - 1) in ("the", "of") and eligible_voting(v, i) and any(
                v.num(k) is not None for k in range(max(0, i - 5), i)):
            # "Just 31,430 of the 79,512 people eligible bothered to vote": everyone who could
            return Reading(i, Kind.ELECTORATE, "votes", ["the people who could vote"])
        if (s := v.cue_left(i, "cue.turnout", 5)) is not None and not self._counts_things(i) \
                and not _someone_between(v, s, i):
            return Reading(i, Kind.TURNOUT, "votes", ["'turnout'"], anchor=s)
        if self._voted(i):  # "42,897 cast a valid vote", "131,206 took part"
            return Reading(i, Kind.VOTES_CAST, "votes", ["'cast'"])
        if (s := self._electorate_left(i)) is not None:
            return Reading(i, Kind.ELECTORATE, "votes", ["'electorate'"], anchor=s)
        if y is not None and v.cue_right(y, "cue.electorate", 1) is not None and v.num(i).value < v.num(y).value:
            return Reading(i, Kind.VOTES_CAST, "votes", ["'N of M registered electors': those who voted"])
        if v.cue_right(i, "cue.electorate", 1) is not None and v.lower(i + 1) not in ("were", "was") \
                and not (v.lower(i + 1) == "electorate" and v.lower(i + 2) in ("vote", "votes")) \
                and not _electorates_not_electors(v, i):
            # (not New Zealand's "18,422 electorate votes": a candidate's, in the electorate's own ballot)
            return Reading(i, Kind.ELECTORATE, "votes", ["'registered voters'"])  # "from 96,030 registered electors"
        if v.lower(i + 1) == "electorate" and v.lower(i + 2) in ("vote", "votes"):
            return Reading(i, Kind.VOTES, "votes", ["'electorate votes': a candidate's, in New Zealand"])
        rejected = False  # "including 212 that were rejected": no total; but "2,904 (including 11 rejected)" is one
        for k in range(i + 1, min(v.n, i + 7)):
            if v.lower(k) in ("(", ",", ";", ".", "including", "of") or "\n" in v.text(k):
                break  # (not the next line's "Rejected ballot papers: 9")
            if v.lower(k) in REJECTED or v.lower(k) == "informal":
                rejected = True
                break
        if v.lower(i - 1) == "of" and v.cue_right(i, "cue.electorate", 4) is not None \
                and v.lower(i + 1) not in ("were", "was", "had", "have"):
            return Reading(i, Kind.ELECTORATE, "votes", ["'out of N who were eligible'"])  # the whole, not the ballots
        if (s := self._votes_cast_left(i, 6)) is not None and not rejected and not self._for_someone(i) \
                and not (v.num(i).words and v.num(i).value < 100):
            # (not "cast for those three", "across the five constituent councils": a count of things, in words)
            return Reading(i, Kind.VOTES_CAST, "votes", ["votes cast"], anchor=s)  # "The total vote … was 49,531"
        if v.cue_right(i, "cue.votes_cast", 1) is not None and v.num(i).value >= 100 \
                and not v.num(i).decimals and not rejected and not self._for_someone(i) \
                and v.lower(i - 1) not in ("their", "his", "her") \
                and not SOME_BALLOTS.match(v.t.text[v.t.ends[i]:v.t.ends[i] + 80]):
            # not "128 ballot papers were rejected", nor "the 152,275 ballot papers held by eliminated candidates"
            return Reading(i, Kind.VOTES_CAST, "votes", ["votes cast ('48,322 ballot papers')"])
        if _electorates_not_electors(v, i):
            return None
        if v.cue_right(i, "cue.electorate", 1) is not None and v.lower(i + 1) not in ("were", "was") or (  # "73,212 registered voters"
                v.num(i).value >= 1000 and v.lower(i + 1) not in ("were", "was", "had", "have")
                and v.cue_right(i, "cue.electorate", 4) is not None):  # "968 million Indians were registered to vote"
            return Reading(i, Kind.ELECTORATE, "votes", ["'registered voters'"])
        if self._voted(i):  # "42,897 cast a valid vote", "131,206 took part"
            return Reading(i, Kind.VOTES_CAST, "votes", ["'cast'"])
        if v.lower(i + 1) in ("were", "was") and v.lower(i + 2) in ("returned", "cast", "counted") \
                and v.in_sentence(i, "cue.turnout") is not None:
            return Reading(i, Kind.VOTES_CAST, "votes", ["'N were returned', in a sentence of turnout"])  # "Ballot papers
            # were sent to 1,204,000 members and 98,340 were returned, a turnout of 8.8 per cent"
        if (s := v.cue_left(i, "cue.swing", 4)) is not None:
            return Reading(i, Kind.SWING, "percent", ["'swing'"], anchor=s)
        if self._ahead_right(i, 2) and v.num(i).value >= 10:
            return Reading(i, Kind.MARGIN, "votes", ["'more than'/'ahead of'"])
        s = self._margin_left(i)
        if s is not None and (v.lower(s) != "by" or self._win_or_lose_before(s)):
            return Reading(i, Kind.MARGIN, "votes", [f"'{v.text(s)}'"], anchor=s)
        return None

    def _column(self, i: int) -> Reading | None:
        """A number in a table cell means what its column heading says."""
        cell = self.v.cells[i]
        if cell is None or not cell.header:
            return None
        h = cell.header
        n = self.v.num(i)
        label = cell.row_label
        body = not n.decimals and _seats_by_year(cell)
        if label == "total" and not n.decimals and (any(w in h for w in SEAT_HEADS) or body or h == "total" and any(
                "seat" in x for x in cell.headers) or _two_tiers(cell)):
            # (a "Total" column beside "Electorate seats" and "List seats", or a row under two tiers' columns)
            # "| **Total** | **137** |" under "Seats": the body's size
            dated = re.findall(r"\b((?:19|20)\d\d)\b", h)
            return Reading(i, Kind.TOTAL_SEATS, "seats", [TOTAL_ROW], slot="table",
                           year=int(h) if body and _YEAR_ONLY.match(h) else int(dated[0]) if len(dated) == 1 else None)
            # (and "| **Total** | **630** | **736** |" under "| Seats 2025 | Seats 2021 |": each column's year)
        if body and _YEAR_ONLY.match(h) and not n.signed:
            # "## The new council" over "| Party | 2024 | 2019 | +/- |": each party's seats in that year's council
            return Reading(i, Kind.SEATS, "seats", [f"in the column '{h}' of a body's seats"], slot="table",
                           year=int(h))
        if label in ("total ballots", "ballots cast", "total votes cast", "total ballots cast", "total ballot papers",
                     "ballot papers", "total poll", "votes cast (incl. rejected)", "total including rejected"):
            label = "total"  # "| Total ballots | 26,184 | |": every ballot, rejected ones too
        if label in ("total valid votes", "valid votes", "total valid vote", "valid poll", "total valid poll", "total valid",
                     "formal votes", "total formal votes", "formal vote"):  # (Australia's valid vote: "formal")
            label = "total votes"
        in_percent = label.endswith(("(%)", " %"))
        if in_percent:
            label = label.removesuffix("(%)").removesuffix(" %").strip()  # "| Turnout (%) | 72.9 | 74.2 |"
        year = next((int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", h)), None)
        of_candidates = bool(cell.headers) and cell.headers[0].split()[:1] in (["candidate"], ["candidates"])
        if of_candidates and h in ("%", "share") and 0 < cell.column <= len(cell.headers) \
                and _YEAR_ONLY.match(cell.headers[cell.column - 1]):
            year = int(cell.headers[cell.column - 1])  # "| Candidate | Party | 2016 | % | 2012 | % |": that year's share
        if of_candidates and _YEAR_ONLY.match(h) and not n.decimals and not n.signed and n.value >= 10 \
                and label.split()[:1] not in (["total"], ["majority"], ["turnout"], ["electorate"], ["valid"],
                                              ["rejected"], ["spoilt"]):
            return Reading(i, Kind.VOTES, "votes", [f"in the column '{h}' of candidates' votes"], slot="table",
                           year=int(h))  # (its "2012" column: the votes of that election)
        if label in ("margin", "winning margin", "lead") or (m := _PARTY_MAJORITY_ROW.fullmatch(label)) is not None \
                and not set(m.group(1).split()) & NOT_A_PARTYS_MAJORITY:
            label = "majority"  # "| Margin | | 53,242 |": the winner's lead over the runner-up, as a majority row
            # (and "| Labour majority | 347 | 1.5 |" in a results table's foot)
        if label in ("majority", "turnout", "total", "electorate", "total votes", "votes cast"):
            # "| **Majority** | | 687 | 1.1 |": the row says what its figures are
            pct = "%" in h or "share" in h or n.decimals > 0 or in_percent
            if pct and label in ("total", "total votes", "votes cast"):
                return None  # "| **Total** | **100.0** |" under "Party vote (%)": the shares' sum, no count
            if label == "total" and h in TIME_HEADS and n.value < 1000:
                return None  # "| | Now | Last time |" over parties' rows: a sum of seats, most likely; no count of votes
            kind, unit = {("majority", False): (Kind.MAJORITY, "votes"), ("majority", True): (Kind.MAJORITY_SHARE, "percent"),
                          ("turnout", False): (Kind.VOTES_CAST, "votes"), ("turnout", True): (Kind.TURNOUT, "percent"),
                          ("electorate", False): (Kind.ELECTORATE, "votes")}.get(
                (label if label in ("majority", "turnout", "electorate") else "total", pct), (Kind.VOTES_CAST, "votes"))
            if kind == Kind.VOTES_CAST and self.v.cue_left(i, "cue.electorate", 2) is not None:
                kind = Kind.ELECTORATE  # "| Turnout | 65.4% (electorate 72,890) |": the cell says whose count it is
            if not (label == "electorate" and pct):
                # (of the column's election: "| Majority | 4,221 | 1,704 |" under "| | 2015 | 2017 |")
                return Reading(i, kind, unit, [f"in the row '{label}'"], slot="table", year=year)
        kind, unit = None, ""
        if "swing" in h and cell.headers and SIDE_ROWS.match(cell.headers[0]) and not re.search(r"\bto\b|\bfrom\b", h):
            kind, unit = Kind.SHARE_CHANGE, "points"  # "| Candidate | Party | Votes | % | Swing |": each row's change
        elif "swing" in h:
            kind, unit = Kind.SWING, "percent"
        elif "turnout" in h:
            kind, unit = Kind.TURNOUT, "percent" if n.decimals or "%" in h else "votes"
        elif h in BALLOT_COLUMNS and not n.decimals and any("turnout" in x or "electorate" in x for x in cell.headers):
            kind, unit = Kind.VOTES_CAST, "votes"  # "| Council | Electorate | Ballot papers | Turnout |"
        elif h in BALLOT_COLUMNS and h != "ballots" and not n.decimals \
                and any(x != h and ("winner" in x or "candidate" in x) and "vote" in x for x in cell.headers):
            kind, unit = Kind.VOTES_CAST, "votes"  # "| Winner | Party | Winner's votes | Valid votes | … |"
        elif "electorate" in h and (any("list" in x for x in cell.headers) or re.search(r"\belectorates\b|\bwon\b", h)):
            kind, unit = Kind.SEATS, "seats"  # "| Party | Electorate | List | Total |": New Zealand's electorate seats
            # (and "| Party | Party vote % | Electorates |": the electorates each party won)
        elif ("electorate" in h or "registered" in h) and not any(w in h for w in ("seats", "mps", "wins")) \
                and not re.search(r"electorate (?:\(candidate\) )?votes?\b|\bcandidate", h):
            kind, unit = Kind.ELECTORATE, "votes"  # (not New Zealand's "Electorate seats": seats won in electorates,
            # nor its "Electorate (candidate) vote": the candidates' votes)
        elif "majority" in h and any(w in h for w in ("needed", "need", "required", "for majority", "for a majority",
                                                       "threshold", "to win")):
            # "| Chamber | Seats | Needed for majority |": the seats a majority takes, no one's majority
            return Reading(i, Kind.SEATS, "seats", [f"in the column '{h}'"], slot="table", threshold=True)
        elif "majority" in h and cell.headers and cell.headers[0].strip(" *_") in BODY_HEADS:
            # "| Parliament | Seats | Majority |" over "| Storting (Norway) | 169 | 85 |": each body's majority mark
            return Reading(i, Kind.SEATS, "seats", [f"in the column '{h}' of a table of bodies"], slot="table",
                           threshold=True)
        elif "majority" in h:
            kind, unit = (Kind.MAJORITY_SHARE, "percent") if "%" in h or "share" in h else (Kind.MAJORITY, "votes")
        elif any(w in h for w in ("change", "+/-", "+/−", "±", "chg", "+/–")) or h in GAIN_HEADS or h in LOSS_HEADS:
            kind, unit = (Kind.SEAT_CHANGE, "seats") if self._about_seats(cell) else (Kind.SHARE_CHANGE, "points")
        elif any(w in h for w in ("%", "share", "per cent", "pct", "2pp", "tpp", "2cp", "two-party")) and n.decimals:
            kind, unit = Kind.SHARE, "percent"  # (and "| ALP 2PP |": a two-party-preferred share)
        elif any(w in h for w in ("%", "share", "per cent", "pct")):
            kind, unit = Kind.SHARE, "percent"
        elif any(w in h for w in SEAT_HEADS):
            kind, unit = Kind.SEATS, "seats"
            first = cell.headers[0] if cell.headers else ""
            if any(w in first for w in PLACE_COLUMNS) or first.strip(" *_") in BODY_HEADS:
                kind = Kind.TOTAL_SEATS  # "| State | Electoral votes |": each place's size, not a party's seats (nor
                # "| Parliament | Seats |": each body's)
        elif any(w in h for w in ("lead", "margin")) and (n.decimals or n.signed) and POINTS_HEAD.search(h):
            kind, unit = Kind.MAJORITY_SHARE, "points"  # "| Margin (pts) |" over "D +14.6": a lead in points
        elif any(w in h for w in ("lead", "margin")):
            kind, unit = Kind.MARGIN, "votes"
        elif h in TIME_HEADS and not n.decimals and SEAT_TABLE_CAPTION.search(cell.caption) \
                and cell.headers and cell.headers[0] in ("party", "parties", "group", ""):
            kind, unit = Kind.SEATS, "seats"  # "state of the parties" over "| Party | Before | After | Change |"
        elif not n.decimals and RECOUNT_COLUMN.search(h) and cell.headers \
                and cell.headers[0] in ("", "candidate", "candidates", "name"):
            kind, unit = Kind.VOTES, "votes"  # "| | Validated results | After judicial recount |" over candidates' rows
        elif any(w in h for w in ("vote", "pref", "tally", "ballots")) or ROUND_COLUMN.search(h) \
                or not n.decimals and COUNT_NAMED.search(h) or (
                not n.decimals and final_column(h) and any(TRANSFER_COLUMN.search(x) for x in cell.headers)):
            kind, unit = Kind.VOTES, "votes"  # "| 1st pref | Transfers | Final |", "| Round 1 | Round 2 |"
        elif not n.decimals and n.value >= 100 and SIDE_COLUMN.match(h) and "%" not in h and "share" not in h:
            kind, unit = Kind.VOTES, "votes"  # "| Area | Remain | % | Leave | % |": each side's count
        elif not n.decimals and any(w in h for w in ("constituency", "list", "total", "region", "ward", "-wide")) and (
                any(w in cell.caption for w in ("seat", "mps", "councillors", "msps")) or _two_tiers(cell) and n.value < 1000):
            kind, unit = Kind.SEATS, "seats"  # "## Seats" over "| Party | Constituency | Regional list | Total |" (and
            # "| Party | Constituency | London-wide | Total |" with no caption: a mixed system's two tiers of seats)
        if kind is None and (year is not None or _YEAR_ONLY.match(h)) and (row := _row_kind(label, n)) is not None:
            kind, unit = row  # "| SNP share (%) | 45.0 | 30.0 |" under "| | 2019 | 2024 |": the row says what it is
        if kind is None and not n.decimals and n.value >= 100 and self.v.lower(i + 1) == "(" \
                and (p := self.v.num(i + 2)) is not None and p.decimals and _same_cell(self.v.cells[i + 2], cell):
            kind, unit = Kind.VOTES, "votes"  # "| 13,406 (26.7) |" under "| 2024 |": a count and its share
        elif kind is None and n.decimals and self.v.lower(i - 1) == "(" and (c := self.v.num(i - 2)) is not None \
                and not c.decimals and c.value >= 100 and _same_cell(self.v.cells[i - 2], cell):
            kind, unit = Kind.SHARE, "percent"
        if kind is None:
            return None
        r = Reading(i, kind, unit, [f"in the column '{h}'"], slot="table", year=year)
        if self.v.lower(i - 1) == "(" and (before := self.v.num(i - 2)) is not None and not n.decimals and not n.signed \
                and not before.decimals and _same_cell(self.v.cells[i - 2], cell) \
                and (m := BRACKETS_YEAR.search(cell.caption)) is not None:
            # "| Coalition | 43 (58) |" under "House of Representatives, 2025 (2022 in brackets)": that election's
            r.year = int(m.group(1))
            r.evidence.append(f"in brackets: {m.group(1)}'s figure, as the caption says")
        if kind in (Kind.SHARE_CHANGE, Kind.SEAT_CHANGE) and year is None and (dated := _change_column_year(cell)):
            r.year = dated  # "| Seat | 2024 result | 2024 majority | Notional 2019 majority | Lab share change |": 2024's
            r.evidence.append(f"a change column beside columns of {dated} and before")
        if kind == Kind.SEAT_CHANGE:
            r.sign = -1 if h in LOSS_HEADS else 1  # the cell's own sign says gained or lost; a losses column, lost
        return r

    def _own_vote(self, i: int) -> int | None:
        """ "Corbett's primary vote was 31,418", "her personal vote of 12,040": someone's count of votes (the
        token of 'vote'), not a share ("… vote share was 41") nor a total ("the total vote was …")."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.value < 100 or v.lower(i - 1) not in ("was", "of", "at", "stood", "reached"):
            return None
        k = i - 2 if v.lower(i - 1) != "at" or v.lower(i - 2) != "stood" else i - 3
        if v.lower(k) != "vote":
            return None
        j = k - 1 if v.lower(k - 1) in ("primary", "personal", "first-preference", "own") else k
        return k if v.lower(j - 1) in POSSESSIVE or v.lower(j - 1) in ("his", "her", "their") else None

    def _quota(self, i: int) -> Reading | None:
        """The quota of a count by single transferable vote ("Quota: 14,553", "the quota is 9,876", "setting the
        quota at 14,267", "a quota of 2,041"), and a candidate's distance from it: "a surplus of 1,562", "514 over
        the quota", "exceeding the quota by 514", "336 short of the quota" (sign −1)."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.value < 10 or v.lower(i + 1) == "-":
            return None
        k = i + 1 + v.has(i + 1, "unit.votes")  # "2,433 votes over the quota"
        after = " ".join(v.lowers[k:k + 4])
        if QUOTA_AFTER.match(after):
            said = QUOTA_AFTER.match(after).group(0)
            sign = -1 if said.split()[0] in ("short", "below", "under") else 1
            return Reading(i, Kind.SURPLUS, "votes", [f"'{said}'"], sign=sign)
        before = " ".join(v.lowers[max(v.clause_start[i], i - 10):i])
        if SURPLUS_BEFORE.search(before):
            return Reading(i, Kind.SURPLUS, "votes", ["'surplus'"])
        if QUOTA_BEFORE.search(before):
            return Reading(i, Kind.QUOTA, "votes", ["'quota'"])
        if v.lower(i - 1) in ("was", "is") and v.lower(i - 2) in DASHES and (q := next(
                (k for k in range(i - 3, max(v.sentence_bounds(i)[0], i - 16) - 1, -1) if v.lower(k) == "quota"),
                None)) is not None and v.lower(q + 1) in DASHES and not any(v.num(k) for k in range(q + 1, i)):
            return Reading(i, Kind.QUOTA, "votes", ["'quota - … - was'"])  # "the quota - the number needed to
            # guarantee election - was 2,470": past an aside between dashes
        return None

    def _counts_things(self, i: int) -> bool:
        """A small number before a plural noun that is no voter ("Turnout across England's nine regions was
        60.3%"): a count of places or things, not of people who voted."""
        v = self.v
        if i + 1 >= v.n or v.num(i).value >= 100 or not v.t.is_alpha[i + 1]:
            return False
        w = v.lower(i + 1)
        return w.endswith("s") and w not in VOTERS and w not in ("votes", "ballots", "was", "is", "has", "its", "this",
                                                                  "his")

    def _for_someone(self, i: int) -> bool:
        """ "… of the valid poll, against 734,300 for No": a side's or a candidate's count, not the poll's."""
        v = self.v
        k = i + 1
        while k < min(v.n, i + 5) and v.lower(k) in ("votes", "vote", "ballots", "ballot", "papers", "cast", "were",
                                                     "was", "valid"):
            k += 1  # "the 6,915 votes cast for Reform UK"
        if v.lower(k) != "for":
            return False
        j = k + 1 + (v.lower(k + 1) == "the")
        if v.lower(j) in SOME_OF_THEM or v.lower(j) == "minor":
            return True  # "Of the 26,267 votes cast for other candidates, …": some of the poll, not all of it
        if v.lower(j) in ("those", "these", "them") or v.lower(k + 1) == "the" and v.num(j) is not None:
            return True  # "Of the 84,450 ballot papers cast for those three", "… for the three eliminated candidates":
            # the excluded candidates', not the poll
        m = v.mention_at[j] if j < v.n else None
        return m is not None and m.kind in ("party", "person")

    def _voted(self, i: int) -> bool:
        """ "42,897 cast a valid vote", "131,206 took part", "45,902 people voted": how many voted (but not
        "5,207 people voted No": a side's votes, see `_voted_for`)."""
        v = self.v
        k = i + 1 + (v.lower(i + 1) in VOTERS)
        if any(v.lower(t) == "of" and (p := v.num(t - 1)) is not None and p.value < v.num(i).value
               for t in range(max(1, i - 4), i)):
            return False  # "Only 1,204 of the ward's 5,016 electors voted": the whole they are part of
        return (v.lower(k) in ("cast", "voted") or (v.lower(k), v.lower(k + 1)) in (("took", "part"), ("turned", "out"))
                or v.lower(k) == "returned" and v.lower(k + 1) in ("ballot", "ballots", "their", "a", "postal")
                and not any(v.lower(t) == "of" for t in range(max(0, i - 4), i))) \
            and v.num(i).value >= 100 and self._voted_for(i) is None  # (and "226,935 returned ballot papers", not
        # the whole of "9,310 of the party's 14,200 members returned a ballot")

    def _voted_for(self, i: int) -> int | None:
        """ "5,207 people voted No", "4,812 voted for the levy's supporters": the token of the side or party voted
        for, or None."""
        v = self.v
        k = i + 1 + (v.lower(i + 1) in VOTERS)
        if v.lower(k) != "voted":
            return None
        k += 1
        while v.lower(k) in ("for", "to", "the"):
            k += 1
        m = v.mention_at[k] if k < v.n else None
        return k if m is not None and m.kind in ("party", "person") and m.start == k else None

    def _seat_majority(self, i: int, s: int) -> bool:
        """ "an overall majority of 80", "a Commons majority of 12", or a party's "majority of 12"
        in a sentence about seats: a majority in seats, not votes."""
        v = self.v
        if v.cue_left(i, "cue.majority_words_seats", 6, stop_at_number=True) is not None \
                or v.cue_right(i, "cue.majority_over_all", 3) is not None:
            return True  # "a majority of 17 over all other parties combined": a chamber's
        if v.in_sentence(i, "unit.seats") is None or v.num(i).value >= 400:
            return False
        lo, hi = v.sentence_bounds(i)
        owner = next((v.mention_at[k] for k in range(s - 1, lo - 1, -1)
                      if v.mention_at[k] is not None and v.mention_at[k].kind in ("person", "party")), None)
        if owner is not None and owner.kind == "party":
            return True
        # "Labour won 411 seats, giving Keir Starmer a majority of 172": a party's seats, and no votes, before it
        seats_before = any(v.num(k) is not None and v.num(k).value > v.num(i).value and (u := unit_after(v, k))
                           and u[0] == "unit.seats" for k in range(lo, i))
        return seats_before and v.in_sentence(i, "unit.votes") is None

    @staticmethod
    def _about_seats(cell) -> bool:
        """A "Change" column counts seats when it says so, or follows a seats column with no share between."""
        h = cell.header
        if "seat" in h or _seats_by_year(cell):
            return True
        if any(w in h for w in ("%", "share", "pts", "points", "vote")):
            return False
        if re.search(r"\bseats?\b|\bmps\b", cell.row_label):
            return True  # "| SNP seats | 48 | 9 | -39 |": the row says what it counts
        if re.search(r"\bshare\b|%|\bvotes?\b", cell.row_label):
            return False
        if any(w in cell.caption for w in ("seat", "mps", "councillors", "msps")) or SEAT_TABLE_CAPTION.search(cell.caption):
            return True  # (and "Tarnbridge MBC – state of the parties" over "| Party | Before | After | Change |")
        for left in reversed(cell.headers[: cell.column]):
            if any(w in left for w in ("%", "share", "vote")):
                return False
            if any(w in left for w in ("seat", "won", "elected", "councillors", "msps", "mps", "total")):
                return True
        return False

    def _after_from_to(self, i: int, s: int) -> bool:
        """Whether another number sits between the majority cue and i (it is then a from/to sibling)."""
        return any(self.v.num(k) is not None and not is_year(self.v, k) for k in range(s + 1, i))

    def _win_or_lose_before(self, s: int) -> bool:
        v = self.v
        return v.cue_left(s, "verb.win", 8, stop_at_number=False) is not None or \
            v.cue_left(s, "verb.lose", 8, stop_at_number=False) is not None or \
            v.cue_left(s, "verb.poll", 8, stop_at_number=False) is not None or \
            v.cue_left(s, "cue.ahead", 8, stop_at_number=True) is not None  # "ahead of Helen Sturges by just 27"


class Inheritor:
    """Second pass: bare numbers take their reading from a sibling in the same sentence."""

    def __init__(self, v: View, readings: dict[int, Reading]):
        self.v = v
        self.readings = readings
        self.reader = Reader(v)
        self._progress: dict[int, bool] = {}
        """Sentence → whether it notes how far a count has got ("With 640 of 650 seats declared"): asked once."""
        self._keys: list[int] = sorted(readings)
        """The tokens with a reading, in order: the readings of a sentence or clause are found in it by
        bisection. Going through every reading (or every token back to the clause's start) for each
        figure made a long run of figures quadratic."""

    def run(self, numbers: list[int], skip: set[int]) -> None:
        for i in numbers:
            if i in self.readings or i in skip:
                continue
            r = self._after_arrow(i) or self._short_after_seats(i) or self._seats_in_total(i) or self._split_part(i) \
                or self._share_score(i) \
                or self._score(i) or self._from_to(i) or self._compared(i) or self._paren(i) or self._tally(i) \
                or self._seat_delta(i) \
                or self._sibling(i) \
                or self._for_side(i) or self._held(i) or self._members(i) or self._poll(i) or self._seat_target(i) \
                or self._seat_list(i) or self._tier_line(i) or self._share_list(i) or self._had_votes(i) \
                or self._round_sum(i) or self._list_total(i) or self._year_possessive(i)
            if r is not None and r.unit in ("percent", "points") and abs(self.v.num(i).value) > 100:
                continue  # "the Nasdaq rose 0.9% to 2,004": an index level, not a share
            if r is not None and r.kind == Kind.SEATS and r.slot != TO_A_MAJORITY and shortfall(self.v, i):
                continue  # "which Republicans are 14 short of": a distance to a target, whatever its sibling
            if r is not None:
                self.readings[i] = r
                bisect.insort(self._keys, i)

    def _after_arrow(self, i: int) -> Reading | None:
        """ "UKIP 3 -> 0", "Labour 2 → 1": the later side of a change drawn as an arrow, the kind of the side before
        it (which is the earlier figure: see `Context.modality`)."""
        v = self.v
        j = next((j for j in range(i - 3, i - 1) if j >= 0 and arrow_after(v, j) == i), None)
        src = self.readings.get(j) if j is not None else None
        if src is None or src.kind not in (Kind.SEATS, Kind.VOTES, Kind.SHARE) or v.num(i).decimals != v.num(j).decimals:
            return None
        return Reading(i, src.kind, src.unit, [f"the later side of '{v.text(j)} → {v.text(i)}'"], source=j)

    def _year_possessive(self, i: int) -> Reading | None:
        """ "winning 19 seats, up three on 2017's 17": an earlier election's figure of the kind told before it."""
        v = self.v
        if v.lower(i - 1) not in ("'s", "’s") or i < 2 or not is_year(v, i - 2) or v.num(i).decimals:
            return None
        src = self._source_before(i)
        if src is None or src.kind not in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.VOTES, Kind.MAJORITY):
            return None
        kind = Kind.SEATS if src.kind == Kind.SEAT_CHANGE else src.kind
        return Reading(i, kind, src.unit, [f"'{v.text(i - 2)}'s N': that election's figure"],
                       year=int(v.num(i - 2).value))

    def _list_total(self, i: int) -> Reading | None:
        """ "Seats: SNP 11, Con 8, Lab 6, LD 2, Ind 2 (total 30)": the total a list of parties' seats closes with."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or v.years[i]:
            return None
        said = v.lower(i - 1) == "total" or v.lower(i - 1) == ":" and v.lower(i - 2) == "total" \
            or v.lower(i - 1) == "(" and v.lower(i + 1) == "in" and v.lower(i + 2) in ("total", "all")
        if not said:
            return None  # (not "… and its eight MPs - for 67 in all": a deal's sum, no list's)
        before = [self.readings[k] for k in self._read_in(max(v.sentence_bounds(i)[0], i - 40), i)]
        if len(before) < 2 or any(r.kind != Kind.SEATS or r.slot != "list" and "sibling" not in " ".join(r.evidence)
                                  for r in before[-2:]) or v.num(before[-1].i).value > n.value:
            return None
        return Reading(i, Kind.TOTAL_SEATS, "seats", ["the list's sum ('(total 30)')"])

    def _round_sum(self, i: int) -> Reading | None:
        """ "Pike +8,710 = 107,020", "Moss 28,411 + 6,120 = 34,531": a later round's sum on a candidate's line, the
        votes added (read as transfers) and the total after them (the final count)."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.value < 10 or v.years[i]:
            return None
        if v.lower(i - 1) == "=":
            added = i - 2
            while added > i - 5 and v.lower(added) in SUM_UNIT_WORDS:
                added -= 1  # "98,402 + 10,544 second preferences = 108,846"
            if v.num(added) is None or not (v.text(added).startswith("+") or v.lower(added - 1) == "+"):
                return None
            head = added - 1 - (v.lower(added - 1) == "+")
            if v.lower(added - 1) == "+" and v.num(head) is not None:
                head -= 1  # "Moss 28,411 + 6,120 = 34,531"
            if self._line_owner(head) is None:
                return None
            return Reading(i, Kind.VOTES, "votes", [ROUND_TOTAL], slot="round total")
        eq = _past_sum_units(v, i + 1)
        if v.lower(eq) == "=" and v.num(eq + 1) is not None and (v.text(i).startswith("+") or v.lower(i - 1) == "+"):
            return Reading(i, Kind.VOTES, "votes", [ROUND_ADDED], slot="round added")
        if v.lower(i + 1) == "+" and v.num(i + 2) is not None and v.lower(eq := _past_sum_units(v, i + 3)) == "=" \
                and v.num(eq + 1) is not None and self._line_owner(i - 1) is not None:
            return Reading(i, Kind.VOTES, "votes", [ROUND_START], slot="round start")
        return None

    def _line_owner(self, k: int) -> Span | None:
        """The person or party a results line names just before token k, past its party in brackets: "Anna Pike
        (Lab)"."""
        v = self.v
        for t in range(k, max(-1, k - 6), -1):
            m = v.mention_at[t]
            if m is not None and m.kind == "person":
                return m
            if "\n" in v.text(t) or v.num(t) is not None and t != k:
                return None
            if m is None and v.text(t) not in ("(", ")", ",", "-", "–", ":") and t == k:
                return None  # (past a results line's "Ashworth-Lee: 98,402 + …" colon)
        m = v.mention_at[k]
        return m if m is not None and m.kind == "party" else None

    def _members(self, i: int) -> Reading | None:
        """ "The new council of 57 seats has 24 Labour members, 17 Conservatives, 9 Liberal Democrats, 5 independents
        and 3 Greens": a party's members, the party right after the number, in a sentence about seats."""
        v = self.v
        m = v.mention_at[i + 1] if i + 1 < v.n else None
        n = v.num(i)
        if m is None or m.kind != "party" or m.start != i + 1 or n.decimals or n.value >= 700 or n.signed \
                or v.lower(i - 1) not in (",", "and", "has", "have", "had", "with", "all") \
                or v.cue_right(i, "unit.votes", 4) is not None or v.in_sentence(i, "unit.seats") is None:
            return None  # (in a sentence that counts seats: "The new council of 57 seats has …")
        s = v.sentence_bounds(i)[0]
        if any(v.lower(k) in GROUPINGS for k in range(s, i)):
            return None  # "A coalition of 14 Democrats, 5 independents and 2 Republicans": a group's members
        k = m.end + (v.lower(m.end) in ("members", "mps", "councillors", "senators", "representatives", "seats",
                                          "deputies", "tds", "msps", "mlas"))
        if v.lower(k).endswith("ing") or v.lower(k) in ("who", "that", "which", "had", "have", "were", "are"):
            return None  # "with two Republican members leaving for the administration": some members, doing something
        return Reading(i, Kind.SEATS, "seats", ["a count of a party's members ('17 Conservatives')"], slot="members")

    def _read_in(self, lo: int, hi: int) -> list[int]:
        """The tokens in [lo, hi) with a reading, in order."""
        keys = self._keys
        if len(keys) != len(self.readings):  # readings added behind our back: index them again
            keys = self._keys = sorted(self.readings)
        return keys[bisect.bisect_left(keys, lo):bisect.bisect_left(keys, hi)]

    def _compared(self, i: int) -> Reading | None:
        """ "Mr Rourke's majority of 22,914 compares with the 1,322 by which …": the figure it is
        set against is the same quantity, at an earlier election."""
        v = self.v
        j = i - 1
        if v.lower(j) == "the":
            j -= 1
        compared = v.lower(j) == "with" and v.lower(j - 1) in ("compares", "compared", "comparing", "compare")
        down_on = v.lower(j) == "on" and v.lower(j - 1) in ("down", "up")  # "well down on the 479,505 he enjoyed"
        # "… polled 38,902, against 41,227 in 2021": the same count, at the election the year names
        against = v.lower(j) == "against" and v.lower(j - 1) == "," and v.lower(i + 1) == "in" and is_year(v, i + 2)
        if not (compared or down_on or against):
            return None
        src = self._source_before(i)
        if src is None:
            return None
        return self._copy(i, src, "from")

    def _split_part(self, i: int) -> Reading | None:
        """ "When the Greens were excluded, 9,441 of those votes flowed to Labor and 2,662 to the Liberals", "Her 2,317
        votes split 812 to Kostas, 604 to Whitely …": votes one excluded candidate passed on to another."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.words or v.years[i]:
            return None
        s, e = v.sentence_bounds(i)
        if (o := OF_THEIR_VOTES.match(v.span_text(s, e))) is not None and v.t.starts[i] - v.t.starts[s] > o.end() \
                and v.lower(i - 1) in RECEIVING or (
                    o is not None and v.t.starts[i] - v.t.starts[s] > o.end() and (m := v.mention_at[i - 1]) is not None
                    and m.kind in ("person", "party") and m.end == i and v.lower(m.start - 1) in ("and", ",")):
            # "Of Muir's 1,357, Nisbet received 502 and Reid 201": the parts of the count the sentence opens with
            return Reading(i, Kind.VOTES, "votes", [SPLIT_PART], slot="split")
        ps = v.sentence_bounds(s - 1)[0] if s > 0 and v.para_of[s - 1] == v.para_of[i] else s
        if not SPLIT_SENTENCE.search(v.span_text(ps, e)) and o is None:
            return None  # (in its sentence or the one before: "Mr Kerr was excluded first. Of his 4,210 votes, …")
        if n.signed:
            # "His votes transferred as follows: Khan +301, Doyle +244, Paterson +97, non-transferable 180"
            m = v.mention_at[i - 1] if i > 0 else None
            if n.value > 0 and m is not None and m.kind in ("person", "party") and m.end == i \
                    and v.text(i).startswith("+") and "as follows" in v.span_text(ps, e).lower():
                return Reading(i, Kind.VOTES, "votes", [SPLIT_PART], slot="split")
            return None
        k = i + 1
        if v.lower(k) == "of" and v.lower(k + 1) in ("those", "them", "these", "their", "his", "her", "its", "the"):
            k += 2
        while k < e and v.lower(k) in ("votes", "vote", "preferences", "ballots", "papers"):
            k += 1
        if v.lower(k) in ("went", "flowed", "passed", "transferred", "moved", "going", "flowing", "passing"):
            k += 1
        if v.lower(k) != "to":
            return None
        j = k + 1 + (v.lower(k + 1) in ("mr", "ms", "mrs", "dr", "the"))
        m = v.mention_at[j] if j < v.n else None
        if m is None or m.kind == "party":
            # "1,402 to Social Democrat Grainne Murphy": past a party's name (read whole or not) to its candidate
            p = next((v.mention_at[t] for t in range(j, min(v.n, j + 4)) if v.mention_at[t] is not None
                      and v.mention_at[t].kind == "person" and v.mention_at[t].start == t), None)
            if p is not None and all(v.text(t)[:1].isupper() for t in range(j, p.start)):
                m, j = p, p.start
        if m is not None and m.kind == "party" and v.lower(m.end) in ("'s", "’s") \
                and (p := v.mention_at[m.end + 1] if m.end + 1 < v.n else None) is not None and p.kind == "person":
            m = p  # "1,480 to Labor's Joe Ruiz"
        elif m is None or m.kind not in ("person", "party") or m.start not in (k + 1, j) \
                or v.lower(m.end) in ("'s", "’s"):
            return None  # (not "14,602 to Mr Stannard's 9,874": a score)
        return Reading(i, Kind.VOTES, "votes", [SPLIT_PART], slot="split")

    def _seats_in_total(self, i: int) -> Reading | None:
        """ "## Seats (49 in total)", "Seats (total 650)": a heading's size of the body its list fills."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.value < 2:
            return None
        k = i - 1
        if v.lower(k) == "total":
            k -= 1
        if v.lower(k) != "(" or v.lower(k - 1) not in ("seats", "members", "mps", "councillors", "msps") \
                or not (v.lower(k + 1) == "total" or (v.lower(i + 1), v.lower(i + 2)) == ("in", "total")):
            return None
        return Reading(i, Kind.TOTAL_SEATS, "seats", ["the size of a body ('Seats (49 in total)')"])

    def _share_score(self, i: int) -> Reading | None:
        """ "leads the LNP's Warren Tully 52.8 to 47.7 on a two-party-preferred basis", "52.8 per cent to 47.7": a
        pair of shares, the unit said once or only by the count they are of."""
        v = self.v
        n = v.num(i)
        if not n.decimals or n.signed or n.value > 100:
            return None
        after = i + 1
        while after < v.n and v.lower(after) in ("%", "per", "cent", "percent", "pc"):
            after += 1
        if v.lower(after) in ("to", "-", "–") and (b := v.num(after + 1)) is not None and b.decimals and not b.signed \
                and b.value <= 100:
            slot, a = "score_a", i
        elif v.lower(i - 1) in ("to", "-", "–") and (k := i - 2) >= 0:
            while k > 0 and v.lower(k) in ("%", "per", "cent", "percent", "pc"):
                k -= 1
            if (an := v.num(k)) is None or not an.decimals or an.signed or an.value > 100:
                return None
            slot, a = "score_b", k
        else:
            return None
        if v.lower(a - 1) == "from" or v.lower(a - 1) == "between":
            return None  # "from 52.8 to 47.7": a change; "between 12.5 and …": a range
        first = self.readings.get(a)
        if not (TWO_PARTY.search(v.span_text(*v.sentence_bounds(i))) or first is not None and first.kind == Kind.SHARE):
            return None
        return Reading(i, Kind.SHARE, "percent", [f"a pair of shares, the {'first' if slot == 'score_a' else 'second'}"],
                       slot=slot)

    def _score(self, i: int) -> Reading | None:
        """ "beating Marcus Fenn by 2,416 votes (25,292 to 22,876)", "edged out Laura Pidcock by 1,144
        votes, 19,990 to 18,846": a pair of vote counts, the winner's first."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.value < 10 or n.words:
            return None
        # Each count may carry its share in brackets: "16,313 (37.6%) to 13,809 (31.8%)".
        after = past_bracket(v, i + 1)
        if v.lower(after) == "to" and (j := after + 1) < v.n and v.num(j) is not None:
            slot, a, b = "score_a", i, j
        elif v.lower(i - 1) == "to" and (k := before_bracket(v, i - 2)) >= 0 and v.num(k) is not None:
            slot, a, b = "score_b", k, i
        elif v.lower(after) == "to" and (j := self._possessor_count(after + 1)) is not None:
            slot, a, b = "score_a", i, j  # "14,602 to Mr Stannard's 9,874": the first of the pair
        elif v.lower(i - 1) in ("'s", "’s") and (m := v.mention_at[i - 2]) is not None \
                and m.kind in ("person", "party") and v.lower(m.start - 1) == "to":
            # "Tom Brandt had 742,118 votes, or 50.1%, to Maria Delgado's 701,240"
            if not self._first_count_before(m.start - 2, n.value):
                return None
            return Reading(i, Kind.VOTES, "votes", ["the second of a pair of vote counts, 'to X's N'"],
                           slot="score_b")
        elif v.lower(i - 1) == "to" and v.lower(past_bracket(v, i + 1)) == "for" \
                and self._count_in_clause(i - 2, n.value):
            # "won 81,326 votes from party members (57.4%) to 60,399 (42.6%) for Rishi Sunak"
            return Reading(i, Kind.VOTES, "votes", ["the second of a pair of vote counts, 'to N for X'"],
                           slot="score_b")
        elif v.lower(i - 1) == "the" and v.lower(i - 2) == "to" and v.lower(past_bracket(v, i + 1)) in ("of", "for") \
                and (m := v.mention_at[past_bracket(v, i + 1) + 1]) is not None and m.kind in ("person", "party"):
            # "polled 18,442 votes to the 14,907 of Conservative Giles Westwood"
            if not self._first_count_before(i - 3, n.value):
                return None
            return Reading(i, Kind.VOTES, "votes", ["the second of a pair of vote counts, 'to the N of X'"],
                           slot="score_b")
        elif v.lower(i - 1) in ("against", "versus", "vs", "v") and v.lower(past_bracket(v, i + 1)) == "for":
            # "won 21,406 votes against 17,952 for the sitting Conservative": the second count is the side's it is for
            if not self._first_count_before(i - 2, n.value):
                return None
            return Reading(i, Kind.VOTES, "votes", ["the second of a pair of vote counts, 'against N for X'"],
                           slot="score_b")
        elif v.lower(i - 1) == "to" and i >= 3 and v.has(k := before_bracket(v, i - 2), "unit.votes") \
                and v.num(k - 1) is not None:
            # "by 17,410,742 votes to 16,141,241": the first is read from its unit; this is the second (a larger one
            # only after a verb of beating: "edging Kyle Brandt, 148,220 votes to 151,906", a slip to report)
            if not (v.num(k - 1).value >= n.value or self.reader._beating_before(k - 1)) or v.lower(k - 2) == "from":
                return None  # (nor "her margin fell from 44 votes to 28": a change)
            return Reading(i, Kind.VOTES, "votes", ["the second of a pair of vote counts"], slot="score_b")
        else:
            return None
        other = v.num(b)
        if is_year(v, a) or is_year(v, b) or v.num(a).decimals or other.decimals or other.value < 10 \
                or v.num(a).value < other.value:
            return None  # "from 5 to 8", a range, or not a winner's-first pair
        k = a - 1
        while k >= 0 and v.lower(k) in ("(", ",", "–"):
            k -= 1
        if v.lower(k) == "from" or v.cue_left(a, "change.up", 3) is not None or v.cue_left(a, "change.down", 3) is not None:
            return None
        s, e = v.sentence_bounds(i)
        contest = any(self.readings[k2].kind in (Kind.MARGIN, Kind.MAJORITY, Kind.VOTES)
                      for k2 in self._read_in(s, e) if k2 not in (a, b)) or v.in_sentence(i, "verb.win") is not None \
            or v.in_sentence(i, "verb.poll") is not None or self.reader._beating_before(a) \
            or slot == "score_a" and b > a + 2 and v.in_sentence(i, "unit.votes") is not None
        if not contest:  # (the last: "picked up more second preferences, 14,602 to Mr Stannard's 9,874")
            return None
        return Reading(i, Kind.VOTES, "votes", [PAIR_OF_COUNTS], slot=slot)

    def _possessor_count(self, k: int) -> int | None:
        """The count after a person or party's possessive from token k ("Mr Stannard's 9,874"): its index."""
        v = self.v
        start = k
        if v.lower(k) in ("mr", "mrs", "ms", "miss", "dr", "sir", "the"):
            k += 1
        m = v.mention_at[k] if k < v.n else None
        if m is not None and m.kind == "party" and m.start >= start and (p := v.mention_at[m.end] if m.end < v.n
                                                                           else None) is not None \
                and p.kind == "person" and p.start == m.end:
            m = p  # "23,498 to the Conservative Marion Beck's 21,760": past the party to its candidate
        if m is None or m.start < start or m.kind not in ("person", "party") or v.lower(m.end) not in ("'s", "’s"):
            return None
        return m.end + 1 if m.end + 1 < v.n and v.num(m.end + 1) is not None else None

    def _count_in_clause(self, k: int, second: float) -> bool:
        """A count of votes earlier in the clause ("won 81,326 votes from party members (57.4%)"), no smaller than the
        second and no year: the first of a pair whose words stand between."""
        v = self.v
        for j in range(k, max(v.clause_start[k + 1] - 1, k - 12), -1):
            n = v.num(j)
            if n is not None and not n.decimals and not is_year(v, j) and v.lower(j - 1) != "(":
                return n.value >= second and v.has(j + 1, "unit.votes")
        return False

    def _first_count_before(self, k: int, second: float) -> bool:
        """Whether a winner's count ends at token k (past a bracketed share, commas and 'votes'), no smaller than the
        second count and no year: "742,118 votes, or 50.1%, to …", "21,406 votes against …"."""
        v = self.v
        if self._count_ends_at(before_bracket(v, k), second):
            return True
        while k >= 0 and v.lower(k) == ",":
            k -= 1  # ("17,650 votes (39.8 per cent), against …": the comma after the bracket)
        if self._count_ends_at(before_bracket(v, k), second):
            return True
        lo = max(v.sentence_bounds(k)[0] if k >= 0 else 0, k - 12)
        for j in range(k, lo - 1, -1):  # "won 1,118,402 votes, or 56.7 per cent of the valid poll, against …"
            if v.num(j) is not None and not v.years[j]:
                u = unit_after(v, j)
                if u is None or u[0] != "unit.percent":
                    return (u is None or u[0] == "unit.votes") and self._count_ends_at(j, second)
        return False

    def _count_ends_at(self, k: int, second: float) -> bool:
        v = self.v
        while k >= 0 and v.lower(k) == ",":
            k -= 1
        if v.has(k, "unit.votes"):
            k -= 1
        n = v.num(k) if k >= 0 else None
        return n is not None and not n.decimals and n.value >= second and not is_year(v, k)

    def _among_votes(self, i: int) -> bool:
        """Its sentence, or the one before in its paragraph, speaks of preferences ("first-preference figures")
        and its own sentence names no seats: a bare figure there is a count of votes, whatever seats the story has."""
        v = self.v
        s, e = v.sentence_bounds(i)
        if any(v.has(k, "unit.seats") for k in range(s, e)):
            return False
        if s > 0 and v.para_of[s - 1] == v.para_of[i]:
            s = v.sentence_bounds(s - 1)[0]
        return any(v.lower(k) in VOTE_WORDS for k in range(s, e))

    def _seat_context(self, i: int) -> bool:
        """Whether the sentence is about seats: a seat unit in it, or a seat figure read before i."""
        v = self.v
        s, e = v.sentence_bounds(i)
        if s > 0 and v.para_of[s - 1] == v.para_of[i]:
            s = v.sentence_bounds(s - 1)[0]  # "… holds 14 of Wales's 40 constituencies. Labour still has 22"
        if e < v.n and v.para_of[e] == v.para_of[i]:
            e = v.sentence_bounds(e)[1]  # "Labour have 202, down 60. The SNP took 48 of Scotland's 59 seats"
        readings = self.readings
        return any(r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) or r.unit == "seats"
                   for r in (readings[k] for k in self._read_in(s, e) if k != i)) \
            or self._notes_progress(i)  # ("With 640 of 650 seats declared, Labour has 409": about seats)

    def _notes_progress(self, i: int) -> bool:
        v = self.v
        sent = v.sent_of[i]
        if (said := self._progress.get(sent)) is None:
            said = self._progress[sent] = any(v.num(k) is not None and _declared_after(v, k)
                                              for k in range(*v.sentence_bounds(i)))
        return said

    def _seat_delta(self, i: int) -> Reading | None:
        """ "317 MPs, a net loss of 13", "on 262, up 30", "202 MPs, 60 fewer than two years ago"."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.value >= 400:
            return None
        src = self._source_before(i)
        if src is None and (d := next((k for k in range(i - 1, max(0, i - 6), -1) if v.lower(k) in ("—", "–", "-")),
                                      None)) is not None \
                and all(v.lower(k) in ("a", "an", "net", "gain", "loss", "of") for k in range(d + 1, i)) \
                and (prev := max((k for k in self.readings if v.sentence_bounds(i)[0] <= k < d), default=None)) \
                is not None:
            src = self.readings[prev]  # "going from six seats in the region to 16 — a gain of 12": across the dash
        if src is None or src.kind not in (Kind.SEATS, Kind.TOTAL_SEATS, Kind.MAJORITY) or \
                (src.kind == Kind.MAJORITY and src.unit != "seats"):
            # "That is 27 fewer than the 184 …", "fell to 24, losing 20": in a passage about seats
            if not self._seat_context(i):
                return None
            if v.lower(i - 1) in ("losing", "lost", "shedding", "gaining", "gained", "adding", "added"):
                sign = -1 if v.lower(i - 1) in ("losing", "lost", "shedding") else 1
            elif v.lower(i + 1) in ("fewer", "more") and v.lower(i + 2) == "than":
                sign = -1 if v.lower(i + 1) == "fewer" else 1
            else:
                return None
            return Reading(i, Kind.SEAT_CHANGE, "seats", ["a change in seats, in a passage about seats"],
                           slot="delta", sign=sign)
        sign = 0
        if v.lower(i - 1) in ("losing", "lost", "shedding", "gaining", "gained", "adding", "added") \
                and v.lower(i - 2) in (",", "–", "—", "and"):
            sign = -1 if v.lower(i - 1) in ("losing", "lost", "shedding") else 1  # "fell to four seats, losing two"
        elif v.lower(i - 1) in ("up", "down") and (v.lower(i - 2) in (",", "(", "–", "—") or i - 2 == src.i):
            sign = 1 if v.lower(i - 1) == "up" else -1
        elif v.cue_left(i, "verb.seat_gain", 3, stop_at_number=True) is not None and v.lower(i - 1) == "of":
            sign = 1  # "a net gain of 48"
        elif v.cue_left(i, "verb.seat_loss", 3, stop_at_number=True) is not None and v.lower(i - 1) == "of":
            sign = -1
        elif v.lower(i + 1) in ("fewer", "more", "less") and v.lower(i + 2) == "than":
            sign = -1 if v.lower(i + 1) in ("fewer", "less") else 1
        if not sign:
            return None
        return Reading(i, Kind.SEAT_CHANGE, "seats", [f"a change in the seats '{v.text(src.i)}'"],
                       slot="delta", sign=sign)

    def _held(self, i: int) -> Reading | None:
        """ "Labour are on 262", "the Liberal Democrats have 12", "now hold 35" in a sentence about seats;
        "the exit poll put the Tories on 316": a forecast's figure for a party is its seats."""
        v = self.v
        n = v.num(i)
        forecast_on = v.lower(i - 1) == "on" and v.in_sentence(i, "context.forecast") is not None and n.value >= 2
        if n.decimals or n.signed or n.value >= 700 or not (forecast_on or self._seat_context(i)) or shortfall(v, i) \
                or self.reader._threshold(i) or _counts_something_else(v, i):
            return None  # "Conservative hold with 20 needed": the target; "won four awards": not seats
        j = i - 1
        steps = 0
        if v.lower(i - 1) == "to" and v.lower(i - 2) in ("down", "up"):
            j, steps = i - 3, 1  # "The Conservatives are down to six": the count they are left on
        while j >= 0 and v.lower(j) in HOLD_WORDS and steps < 3:
            j -= 1
            steps += 1
        if steps and j >= 0 and v.lower(j) == "and":
            j = self._party_subject_before(j)  # "the SNP have lost 21 of their seats and now hold 35"
        m = v.mention_at[j] if j >= 0 else None
        if not steps or m is None or m.kind != "party" or m.end != j + 1:
            return None
        if self._among_votes(i):
            return None  # "first-preference figures … gave Labour 486 and the Greens 323; after it, Labour had 488"
        return Reading(i, Kind.SEATS, "seats", ["a party 'has'/'is on' a number, among seats"], slot="held",
                       whole=x_of_y(v, i))  # ("won six of those seven county seats")

    def _heads_list(self, k: int, i: int) -> bool:
        """Whether the size at k stands over the list at i: in its paragraph, or in a heading of no seat figures of its
        own (not "CASTLEBROOK (6 seats): Fine Gael took three …" paragraphs before "Final seat tally: Fianna Fáil 10, …")."""
        v = self.v
        if v.para_of[k] == v.para_of[i]:
            return True
        # a heading's size ("Sneinton Wharf (3 seats)" over the results), not an entry that shares its own seats out
        s, e = v.sentence_bounds(k)
        return sum(not v.t.is_space[t] for t in range(s, e)) <= HEADING_WORDS_MAX and not any(
            r.kind in (Kind.SEATS, Kind.SEAT_CHANGE) and v.para_of[r.i] == v.para_of[k]
            for r in (self.readings[t] for t in self._read_in(max(0, k - 60), min(v.n, k + 60))))

    def _majority_in_votes_beside(self, i: int) -> bool:
        """Whether the lines around figure i (its paragraph, at most 60 tokens either side) give a majority of votes
        ("Majority 63", "maj 122"), not of seats: a result's line of votes, not a council's line-up."""
        v = self.v
        para = v.para_of[i]
        for k in range(max(0, i - 60), min(v.n, i + 60)):
            if v.para_of[k] != para or v.lower(k) not in ("majority", "maj", "maj.") or v.lower(k - 1) == "overall":
                continue
            j = k + 1 + (v.lower(k + 1) in (":", "of", "was", "is", "-"))
            if v.num(j) is not None and v.lower(j + 1) not in ("seats", "seat", "councillors", "members"):
                return True
        return False

    def _party_subject_before(self, j: int) -> int:
        """The last token of the only party named in the clause before `j`, else -1: the subject a
        coordinated verb ("… and now hold 35") shares."""
        v = self.v
        found = -1
        for k in range(j - 1, v.clause_start[j] - 1, -1):
            m = v.mention_at[k]
            if m is not None and m.kind in ("party", "person") and m.end - 1 != found:
                if found >= 0 or m.kind != "party":
                    return -1
                found = m.end - 1
        return found

    def _seat_list(self, i: int) -> Reading | None:
        """ "Northern Ireland's 18 seats split: Sinn Féin seven, the DUP five, Alliance three …"."""
        v = self.v
        n = v.num(i)
        head = i
        if v.lower(i - 1) == "=":  # "Labour 27 + 3 = 30": the total after its parts, on the party's line
            k = i - 2
            while k >= 1 and v.num(k) is not None and v.lower(k - 1) == "+" and v.num(k - 2) is not None:
                k -= 2
            if k == i - 2 or v.num(k) is None:
                return None
            head = k
        m = self._named_before(head)
        if n.decimals or n.value >= 700 or m is None or m.kind != "party":
            return None
        if head != i:
            return Reading(i, Kind.SEATS, "seats", ["a list of parties' seats, the total of its parts"], slot="list") \
                if self._seat_context(head) or self._seat_words_before(head, chamber=True) else None
        if (spaced_dash(v.t, i + 1) or v.lower(i + 1) == "(") and (share := v.num(i + 2)) is not None \
                and v.lower(i + 3) in ("%", "per"):
            return None  # "Green 698 - 2.3%", "Green 698 (2.3%)": a results line's votes and share
        if v.lower(i + 1) == "+" and v.num(i + 2) is not None:
            return None  # "Labour 27 + 3 = 30" under "(constituency + list = total)": a part of the sum's total
        if not (self._seat_context(i) or self._seat_words_before(i, chamber=True)) or not self._listed_again(i) \
                or self._among_votes(i):
            return None
        if any(r.kind == Kind.TOTAL_SEATS and r.i < i and self.v.num(r.i).value < n.value and self._heads_list(r.i, i)
               for r in (self.readings[k] for k in self._read_in(max(0, i - 200), i))):
            return None  # "Result (two seats): … Anna Green (Green) 410": more than there are seats, so votes
        if n.value > 100 and self._majority_in_votes_beside(i):
            return None  # "Green 644, Lab 581, Con 302. Green gain from Lab. Majority 63.": a ward's votes
        if n.signed:  # "Changes: LD +6, Con -4, Lab -1": what each party gained or lost
            return Reading(i, Kind.SEAT_CHANGE, "seats", ["a list of parties' seat changes"], slot="list",
                           sign=-1 if v.text(i)[:1] in "-−–" else 1)
        return Reading(i, Kind.SEATS, "seats", [PARTY_SEATS_LIST], slot="list")

    def _short_after_seats(self, i: int) -> Reading | None:
        """ "The NDP won 27, three short of a majority": a distance to a majority after a party's seats the sentence
        gives with no word of seats (read as seats from its verb)."""
        if not shortfall(self.v, i):
            return None
        s = self.v.sentence_bounds(i)[0]
        if not any(self.readings[k].kind == Kind.SEATS for k in self._read_in(s, i)):
            return None
        return self.reader._short_of_a_majority(i, seats_before=True)

    def _share_list(self, i: int) -> Reading | None:
        """ "Party vote, per cent (preliminary): National 36.2; Labour 31.8; Green 10.4": a list of parties' shares,
        its unit said once before the list."""
        v = self.v
        n = v.num(i)
        m = self._named_before(i)
        if not n.decimals or n.value > 100 or n.signed:
            return None
        if m is None or m.kind != "party":
            # "…; TOP 2.1; others 2.3": a party no list holds, or everyone else, among listed parties' shares
            j = i - 1
            if not (v.t.is_alpha[j] and (v.text(j)[:1].isupper() or v.lower(j) in ("others", "other"))
                    and v.lower(j - 1) in (";", ",", ":")) \
                    or not any(r.slot == "list" and r.kind == Kind.SHARE
                               for r in (self.readings[k] for k in self._read_in(v.sentence_bounds(i)[0], i))):
                return None
        elif not self._listed_again(i):
            return None
        s = v.sentence_bounds(i)[0]
        first = next((k for k in range(s, i + 1) if v.num(k) is not None), i)
        said = [v.lower(k) for k in range(s, first)]
        if not any(w in ("%", "per", "percent", "pc", "shares", "share") for w in said) or "seats" in said:
            return None
        return Reading(i, Kind.SHARE, "percent", ["a list of parties' shares, its unit said before it"], slot="list")

    def _tier_line(self, i: int) -> Reading | None:
        """ "SNP: 48 constituency, 9 list - total 57": a party's line of a mixed system's seats, each tier and the
        total (the first figure is read as the list's; these are the rest)."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.value >= 700 or n.signed:
            return None
        tier = v.lower(i + 1) in TIER_WORDS
        total = v.lower(i - 1) in ("total", "total:", "=") or v.lower(i - 1) == ":" and v.lower(i - 2) == "total"
        if not (tier or total):
            return None
        k = v.line_start[i]
        while k < i and (v.t.is_space[k] or v.text(k) in ("-", "*", "•", "**")):
            k += 1
        m = v.mention_at[k]
        if m is None or m.kind != "party" or v.lower(m.end) != ":" \
                or not any(v.lower(t) in TIER_WORDS for t in range(m.end, i + 2)):
            return None
        first = next((t for t in range(m.end, i) if v.num(t) is not None), None)
        if first is None or (r := self.readings.get(first)) is None or r.kind != Kind.SEATS:
            return None
        return Reading(i, Kind.SEATS, "seats", ["a party's line of seats by tier" if tier else "a party's line of "
                                                "seats: its total"], slot="list")

    def _for_side(self, i: int) -> Reading | None:
        """ "368 seats for the Conservatives, 191 for Labour, 55 for the SNP": the side after 'for'."""
        v = self.v
        if v.lower(i + 1) != "for":
            return None
        j = i + 2
        if v.lower(j) == "the":
            j += 1
        m = v.mention_at[j] if j < v.n else None
        if m is None or m.kind not in ("party", "person") or m.start != j:
            return None
        src = self._source_before(i)
        if src is None or src.kind not in (Kind.SEATS, Kind.VOTES, Kind.SHARE):
            return None
        r = self._copy(i, src, "for")
        r.slot = "for"
        return r

    def _seat_target(self, i: int) -> Reading | None:
        """ "short of the 326 needed for a majority": a bare target in a sentence about seats."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.value < 2 or not self.reader._threshold(i) or not self._seat_context(i):
            return None
        r = Reading(i, Kind.SEATS, "seats", ["a target, among seats"], threshold=True)
        return r

    def _turnouts_compared(self) -> None:
        """ "Turnout in the county was 73.6 per cent, well above the 43.0 per cent recorded at the AV referendum and
        ahead of the UK figure of 72.2 per cent": percentages a turnout is set against, in its sentence, with no party
        or person between, are turnouts (another election's or place's)."""
        v = self.v
        for i in sorted(self.readings):
            r = self.readings[i]
            if r.kind != Kind.SHARE or r.unit != "percent" or COMPARED_WITH.search(v.span_text(max(0, i - 8), i)) is None:
                continue
            src = self._source_before(i)
            if src is None or src.kind != Kind.TURNOUT or src.unit != "percent" or any(
                    (m := v.mention_at[k]) is not None and m.kind in ("party", "person") for k in range(src.i, i)):
                continue
            r.kind = Kind.TURNOUT
            r.evidence.append(f"{SET_AGAINST} '{v.text(src.i)}'")

    def _source_before(self, i: int, past_asides: bool = False) -> Reading | None:
        """The nearest earlier reading in the sentence that this figure could be a sibling of
        ("163,839 votes, or 50.1%, to Mr Frisch's 163,293": the votes, not the share)."""
        s = self.v.clause_start[i]  # not across "; in Darlington, …": another seat's figures
        n = self.v.num(i)
        dashes = [k for k in range(s, i) if spaced_dash(self.v.t, k)] if past_asides else []
        closed = (dashes[-2], dashes[-1]) if len(dashes) >= 2 else None  # an aside set apart by dashes before i
        for k in reversed(self._read_in(s, i)):
            if closed is not None and closed[0] < k < closed[1]:
                continue  # "… 12.2 per cent - up only 0.6 points on 2019's 11.6 - yielded 72, up from 11": not the aside's
            r = self.readings[k]
            if r.kind in (Kind.TOTAL_SEATS, Kind.CHANGE) or r.threshold or r.slot == "paren" and not n.signed:
                continue  # (nor a change in brackets: "Ref 24 (+24), LD 14 (+2)": 14 is the seats' sibling)
            if r.unit in ("percent", "points") and (abs(n.value) > 100 or (n.value >= 10 and not n.decimals
                                                                          and "," in n.text)):
                continue
            if r.unit == "percent" and self.v.lower(k - 1) == "(" and not n.decimals and n.value >= 10 \
                    and self.v.lower(i + 1) == "(":
                continue  # "1,260 votes (1.9 percent) and the People's Party candidate 690 (1.1 percent)": the count's
            return r
        return None

    def _copy(self, i: int, src: Reading, slot: str) -> Reading:
        kind = src.kind
        if kind == Kind.SEAT_CHANGE and slot in ("from", "to"):
            kind = Kind.SEATS
        if kind == Kind.MAJORITY and src.unit == "seats" and slot == "sibling":
            kind = Kind.SEATS  # "won 22 of the 40 seats, an overall majority of four, with the Conservatives on 12"
        v = self.v
        same_clause = src.anchor is not None and v.clause_start[src.anchor] == v.clause_start[i]
        y = x_of_y(v, i) if kind == Kind.SEATS else None  # "Labour held on with 35 of 60"
        return Reading(i, kind, src.unit, [f"{slot} of the {src.kind.value} '{v.text(src.i)}'"],
                       anchor=src.anchor if slot in ("from", "to") and same_clause else None, slot=slot, whole=y,
                       source=src.i if slot == "sibling" else None)

    def _attribute_noun(self, i: int) -> Reading | None:
        """The quantity a "to N" / "from N" refers to when no number names it: "his majority … to 795"."""
        v = self.v
        s = v.clause_start[i]
        for k in range(i - 1, s - 1, -1):
            if v.has(k, "cue.majority"):
                return Reading(i, Kind.MAJORITY, "votes", ["'majority'"], anchor=k)
            if v.has(k, "unit.seats") and v.lower(k - 1) == "-" and v.num(k - 2) is not None:
                continue  # "Labour's majority on the 78-seat council is cut from 24 to 20": the body's size, no noun
            if v.has(k, "unit.seats"):
                if any(v.lower(t) == "number" and v.lower(t + 1) == "of" for t in range(max(s, k - 4), k)) and not any(
                        (m := v.mention_at[t]) is not None and m.kind == "party" for t in range(max(s, k - 4), k)):
                    # "boundary changes cut the number of Scottish seats from 59 to 57": the body's (not "the number
                    # of Liberal Democrat MPs halved": a party's)
                    return Reading(i, Kind.TOTAL_SEATS, "seats", [f"'the number of {v.text(k)}'"], anchor=k)
                return Reading(i, Kind.SEATS, "seats", [f"'{v.text(k)}'"], anchor=k)
            if v.lower(k) in ("tally", "haul", "caucus", "contingent", "group") and not v.num(i).decimals \
                    and v.num(i).value < 700:  # "nearly doubled its tally from 52 to 99", "Reform's group rose from"
                return Reading(i, Kind.SEATS, "seats", [f"'{v.text(k)}'"], anchor=k)
            if v.has(k, "cue.turnout"):
                return Reading(i, Kind.TURNOUT, "percent", ["'turnout'"], anchor=k)
            if v.has(k, "cue.electorate") and v.lower(k) in ("roll", "register", "electorate") \
                    and not v.num(i).decimals and v.num(i).value >= 100:
                return Reading(i, Kind.ELECTORATE, "votes", ["'the roll'"], anchor=k)  # "the voter roll grew from …"
            if v.has(k, "cue.share") and v.lower(k) in ("share", "vote"):
                if v.num(i).value > 100:  # "Labour's vote fell to 10,269,051"
                    return Reading(i, Kind.VOTES, "votes", ["'vote'"], anchor=k)
                return Reading(i, Kind.SHARE, "percent", ["'share'"], anchor=k)
        return None

    def _from_to(self, i: int) -> Reading | None:
        v = self.v
        j = i - 1
        while j >= 0 and v.lower(j) in TO_WORDS:
            j -= 1
        word = v.lower(j)
        if word not in ("to", "from"):
            return None
        if word == "to":
            # "from A (in 2010) to B": B takes A's reading.
            k = j - 1
            while k >= 0 and j - k <= 7 and v.num(k) is None or is_year(v, k):
                k -= 1
            if v.num(k) is not None and k in self.readings and v.lower(k - 1) == "from":
                return self._copy(i, self.readings[k], "to")
            change = v.cue_left(j + 1, "change.up", 4, stop_at_number=False) or v.cue_left(j + 1, "change.down", 4, stop_at_number=False)
            if change is None and not (v.has(j - 1, "change.up") or v.has(j - 1, "change.down")):
                return None
            src = self._source_before(i)
            if src is not None and v.clause_start[src.i] == v.clause_start[i]:
                noun = self._attribute_noun(i)
                if noun is not None and noun.anchor is not None and noun.anchor > src.i:
                    noun.slot = "to"  # "a majority of 3,877 - as the Liberal vote fell back to 7,205": the vote's
                    return noun
                return self._copy(i, src, "to")
            if src is None:  # "The BJP won 240 seats; Congress improved to 99": the sentence's quantity
                s0, _ = v.sentence_bounds(i)
                src = next((self.readings[k] for k in reversed(self._read_in(s0, i))
                            if self.readings[k].kind in (Kind.SEATS, Kind.VOTES, Kind.SHARE)), None)
            return self._attribute_noun(i) or (self._copy(i, src, "to") if src else None)
        # "from A": after a change word ("fell from", "up from") or followed by "to B".
        after_change = v.has(j - 1, "change.up") or v.has(j - 1, "change.down") or \
            v.cue_left(j, "change.up", 6, stop_at_number=False) is not None or \
            v.cue_left(j, "change.down", 6, stop_at_number=False) is not None
        if not after_change:
            after = self._to_after(i)  # "went from 4 to 11 seats": no change word, but the unit is the second's
            if after is None and (src := self._source_before(i)) is not None and v.lower(src.i - 1) == "to" \
                    and v.clause_start[src.i] == v.clause_start[i] and src.kind in (Kind.SEATS, Kind.VOTES, Kind.SHARE):
                return self._copy(i, src, "from")  # "doubled its tally to 99 seats from 52 in 2019": the other order
            return self._copy(i, after, "from") if after is not None else None
        src = self._source_before(i, past_asides=True)  # (not "- up only 0.6 points on 2019's 11.6 - yielded 72, up
        # from 11": the aside's)
        noun = self._attribute_noun(i)
        if noun is not None and (src is None or (noun.anchor or 0) > src.i):
            noun.slot = "from"
            return noun
        if src is None and noun is None and (after := self._to_after(i)) is not None:
            return self._copy(i, after, "from")  # "went up from 12 to 19 seats": the unit is the second's
        if src is None and noun is None and (told := self._told_before(i)) is not None:
            return self._copy(i, told, "from")  # "… 89 of the 150 seats. That is down from 90 in 2020"
        if src is None and noun is None and not v.num(i).decimals and v.num(i).value < MOST_SEATS \
                and self._party_subject(i) and self._seat_context(i):
            # "The Conservatives are down from 31 to 22, … on the 54-seat council": a party's seats, in a passage
            # about seats
            return Reading(i, Kind.SEATS, "seats", ["a party's seats, the 'from' side of a change among seats"],
                           slot="from")
        return self._copy(i, src, "from") if src else noun

    def _told_before(self, i: int) -> Reading | None:
        """In a sentence that only says how the last one's figure moved ("That is down from 90 in 2020", "This was up
        from 38.8 per cent"): the last sentence's last tally, share or majority, the figure it moved from."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        if v.lower(s) not in ("that", "this", "it", "which") or not all(
                v.lower(k) in DEMONSTRATIVE_CHANGE for k in range(s + 1, i - 1)) or v.lower(i - 1) != "from":
            return None
        if s == 0 or v.num(i).decimals and v.num(i).value > 100:
            return None
        p, _ = v.sentence_bounds(s - 1)
        k = next((k for k in reversed(self._read_in(p, s)) if self.readings[k].kind in (
            Kind.SEATS, Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.TURNOUT) and not self.readings[k].threshold), None)
        return self.readings[k] if k is not None else None

    def _to_after(self, i: int) -> Reading | None:
        """The reading of B in "from A to B", when B carries the unit: "from 12 to 19 seats", "from 41.2 to
        38.9 per cent"."""
        v = self.v
        k = i + 1
        while k < v.n and k - i <= 4 and v.lower(k) != "to" and v.num(k) is None:
            k += 1  # "from 12 in 2019 to 19 seats"
        if v.lower(k) != "to" or v.clause_start[k] != v.clause_start[i]:
            return None
        r = self.readings.get(k + 1)
        return r if r is not None and r.kind in (Kind.SEATS, Kind.VOTES, Kind.SHARE, Kind.MAJORITY) else None

    def _paren_changes_beside(self, i: int) -> bool:
        """ "Grn 2 (0)" in a line-up whose other brackets are signed ("Lab 25 (+3), Con 12 (-4)"): no change."""
        v = self.v
        s, e = v.sentence_bounds(i)
        return any(v.num(k) is not None and v.num(k).signed and v.lower(k - 1) == "(" for k in range(s, e) if k != i)

    def _paren(self, i: int) -> Reading | None:
        """ "21,104 (51.2%, +6.1)": a signed figure beside a share is the change in that share."""
        v = self.v
        n = v.num(i)
        if not n.signed and not (n.value == 0 and v.lower(i - 1) == "(" and v.lower(i + 1) == ")"):
            return None
        k = i - 1
        while k >= 0 and v.lower(k) in (",", ";", "(", "%", "per", "cent"):
            k -= 1
        r = self.readings.get(k)
        if r is not None and r.kind in (Kind.SHARE, Kind.MAJORITY_SHARE) and n.signed:
            return Reading(i, Kind.SHARE_CHANGE, "points", ["a signed figure beside a share"], slot="paren")
        if r is not None and r.kind == Kind.SEATS and k == i - 2 and v.lower(i - 1) == "(" and v.lower(i + 1) == ")" \
                and not n.decimals and (n.signed or n.value == 0 and self._paren_changes_beside(i)):
            # "Ref 24 (+24), Con 11 (-15)": a party's seats, then its gain or loss
            return Reading(i, Kind.SEAT_CHANGE, "seats", [BESIDE_SEATS], slot="paren",
                           sign=-1 if v.text(i)[:1] in "-−–" else 1)
        return None

    def relabel_parentheses(self) -> None:
        """ "majority 9,193 (22.3%)": a percentage in brackets after a majority is its share;
        "turnout was 66.1 per cent, up from 65.1 per cent": the old figure is a turnout too."""
        v = self.v
        for i, r in self.readings.items():
            if r.kind != Kind.SHARE:
                continue
            if v.lower(i - 1) in ("from", "to") and (src := self._source_before(i)) is not None \
                    and src.kind == Kind.SHARE_CHANGE and v.lower(i - 1) == "from" \
                    and (first := self._source_before(src.i)) is not None and first.kind == Kind.TURNOUT:
                src = first  # "Turnout … fell to 63.8 percent, down 3.3 percentage points from 67.1 percent"
            elif v.lower(i - 1) == "from" and src is not None and src.kind == Kind.SHARE_CHANGE \
                    and TURNOUT_CHANGE in src.evidence:
                r.kind = Kind.TURNOUT  # "The turnout was down 5.5 points, from 33.9 per cent in 2021 to 29.4"
                r.evidence.append(f"the earlier side of the change in turnout '{v.text(src.i)}'")
                continue
            if v.lower(i - 1) in ("from", "to") and src is not None \
                    and src.kind == Kind.TURNOUT and src.unit == r.unit:
                r.kind = Kind.TURNOUT
                r.evidence.append(f"the other side of the turnout '{v.text(src.i)}'")
                continue
            if v.lower(i - 1) == "against" and v.lower(i - 2) == "," and (src := self._source_before(i)) is not None \
                    and src.kind == Kind.TURNOUT and src.unit == r.unit and self._earlier_said_after(i):
                r.kind, r.slot = Kind.TURNOUT, "from"  # "on a turnout of 46.6 per cent, against 61.8 per cent at the
                r.evidence.append(f"set against the turnout '{v.text(src.i)}'")  # general election": the one before
                continue
            if v.lower(i - 1) == "from" and (k := restated(v, i, self.readings, Kind.TURNOUT)) is not None \
                    and self.readings[k].unit == r.unit:
                r.kind = Kind.TURNOUT  # "… a turnout of 34.3%. That was up from 28.7% in 2012"
                r.evidence.append(f"the earlier side of the turnout '{v.text(k)}'")
                continue
            if (src := self._turnout_of_another_place(i)) is not None:
                r.kind = Kind.TURNOUT  # "Turnout was 55.4% in Hendon … In Poole it was 61.6% (…), and in Basildon
                r.evidence.append(f"another place's, after the turnout '{v.text(src)}'")  # and Billericay 55.0%"
                continue
            if v.lower(i - 1) == "(":
                prev = self.readings.get(i - 2)
            elif share_pair_after(v, i):
                continue  # "a majority of 2,254, or 51.9 per cent to 48.1 per cent": the sides' shares
            elif v.lower(i - 1) == "or" and v.lower(i - 2) == ",":  # "to 683, or 2.0 per cent of the votes"
                prev = self.readings.get(i - 3)
            else:
                # "Her majority of 2,131 amounts to 6.4 per cent of the vote"
                k = i - 1
                while k > i - 5 and v.lower(k) in ("amounts", "amounted", "to", "representing", "equal",
                                                   "equivalent", "worth", "or", ",", "just", "some"):
                    k -= 1
                prev = self.readings.get(k) if k < i - 1 else None
                if prev is None:
                    continue
            if prev is not None and prev.kind == Kind.TURNOUT and prev.unit == "votes" and v.lower(i - 1) == "(":
                r.kind = Kind.TURNOUT  # "Turnout 45,093 (62.1%; -4.3%)": the same turnout as a share
                r.evidence.append("in brackets after a turnout")
                continue
            if prev is not None and prev.kind == Kind.MAJORITY:
                r.kind = Kind.MAJORITY_SHARE
                r.anchor = prev.anchor
                r.evidence.append("in brackets after a majority")
        self._turnouts_compared()  # (last: the rules above say more of the figures they know)

    def _earlier_said_after(self, i: int) -> bool:
        """An earlier election named just after a figure: "… at the general election", "last time", "in 2019"."""
        v = self.v
        words = " ".join(v.lowers[i + 1:min(v.n, i + 9)])
        return bool(EARLIER_AFTER.match(words)) or v.cue_right(i, "context.historical", 4) is not None

    def _turnout_of_another_place(self, i: int) -> int | None:
        """The turnout a share at i goes on from, told of another place just before, in its paragraph: "Turnout was 55.4% in
        Hendon … In Poole it was 61.6%", "…, and in Basildon and Billericay 55.0%" — "in <place>" (then "it was") just
        before it, no party or person between them."""
        v = self.v
        k = i - 1
        if v.lower(k) in ("was", "stood", "reached") or v.lower(k) == "at" and v.lower(k - 1) == "stood":
            k -= 1 + (v.lower(k) == "at")
            if v.lower(k) != "it":
                return None
            k -= 1
        m = v.mention_at[k] if k >= 0 else None
        if m is not None and m.kind == "place":
            start = m.start
        elif m is None and v.text(k)[:1].isupper() and v.t.is_alpha[k]:
            start = k  # a town no gazetteer holds: "In Coalville it was 38.9%"
            while start > k - 4 and v.lower(start - 1) != "in" and (
                    v.text(start - 1)[:1].isupper() and v.t.is_alpha[start - 1] and v.mention_at[start - 1] is None
                    or v.lower(start - 1) == "and"):
                start -= 1
        else:
            return None
        if v.lower(start - 1) != "in":
            return None
        for j in range(start - 2, max(0, i - 60) - 1, -1):
            if v.para_of[j] != v.para_of[i]:
                return None
            if (x := v.mention_at[j]) is not None and x.kind in ("person", "party"):
                return None
            if (r := self.readings.get(j)) is not None and r.unit == "percent":
                return j if r.kind == Kind.TURNOUT else None  # (past counts told with it: "41,256 valid votes")
        return None

    def _tally(self, i: int) -> Reading | None:
        """A results list: "Labour 21,516 (51.1%, +8.1), Conservative 17,719 …", "Jo Cox (Lab) 21,104;"
        — a whole number straight after a candidate or party, then a bracketed share or a list
        separator, is that side's votes."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.value < 10 or n.words:
            return None
        if self._named_before(i) is None and not (v.lower(i - 1) == "had" and v.lower(i + 1) == "("
                                                  and self._named_before(i - 1) is not None):
            return None  # (but "Mr Cole had 71,230 (41.0%), the Conservative Amanda Price 48,812 …": its first entry)
        nxt = v.lower(i + 1)
        if nxt == "(" and (k := next((k for k in range(i + 2, min(v.n, i + 6)) if v.lower(k) == ")"), None)) is not None \
                and v.lower(k - 1) in ELECTED_WORDS and all(v.t.is_alpha[t] or v.text(t) == "-" for t in range(i + 2, k)):
            pass  # "- Anita Sandhu (Liberal) 27,118 (elected)", "1. Sharon Mulgrew: 31,208 (declared elected)"
        elif nxt == "(":
            inner = self.readings.get(i + 2)
            bare = v.num(i + 2)  # "Con 1187 (37.5; -1.5)": a share written without its sign
            if not (inner is not None and inner.kind == Kind.SHARE or inner is None and bare is not None
                    and bare.decimals and 0 <= bare.value <= 100 and v.lower(i + 3) in (";", ",", ")")
                    and self._listed_again(i)
                    or bare is not None and bare.signed and not bare.decimals and v.lower(i + 3) == ")"
                    and self._listed_again(i)):  # "Sarah Quinlan (Lab) 229,886 (+31,466)": the transfers it gained
                return None
        elif nxt in ("*", "†") and (i + 2 >= v.n or v.lower(i + 2) in (",", ";", ".", "") or "\n" in v.lower(i + 2)):
            pass  # "- Dora Finch (Con) 655*": the count, marked elected
        elif nxt in LIST_SEPARATORS and v.lower(i + 2) in ELECTED_WORDS \
                or v.lower(_past_spaces(v, i + 1)) in ELECTED_WORDS:
            pass  # "Ramesh Patel (Lab) 2,688 - elected", "ELLIS, Gwenllian (Plaid Cymru)   892   ELECTED"
        elif (k := _past_spaces(v, i + 1)) < v.n and (share := v.num(k)) is not None and share.decimals \
                and 0 <= share.value <= 100 and v.lower(k + 1) in ("%", "per") and self._listed_again(i):
            pass  # "CALDER, Hamish   National   21,054  49.8%": a results line set in columns, the share after
        elif spaced_dash(v.t, i + 1) and (share := v.num(i + 2)) is not None and share.decimals \
                and 0 <= share.value <= 100 and v.lower(i + 3) in ("%", "per") and self._listed_again(i):
            pass  # "Roy Haskins (R) 164,215 - 42.8%": the share after a dash
        elif nxt not in (",", ";", "", ".", "and") and "\n" not in nxt and i + 1 < v.n:
            return None
        elif not self._listed_again(i) and v.lower(i - 1) not in (")", "):") \
                and not (v.lower(i - 1) in ("*", "†") and v.lower(i - 2) == ")"):
            return None  # (but "…; Richard Chalk (Con) 13,511.": a name, its party in brackets, its count)
        else:
            src = self._source_before(i)
            if src is not None and src.kind != Kind.VOTES and "\n" not in v.t.text[v.t.starts[src.i]:v.t.starts[i]]:
                return None  # "Labour won 25, the Conservatives 11": a sibling of the seats (on its line, not a
                # heading's "(two councillors)" over a list of counts)
        if self._line_of_seats(i):
            return None
        return Reading(i, Kind.VOTES, "votes", ["a results list: a name, then its votes"], slot="tally")

    def _named_before(self, i: int) -> Span | None:
        """The candidate or party a list entry's number follows: "Jo Cox (Lab) 21,104",
        "Conservative: 15,862", "Jo Bloggs - Reform UK - 12,345"."""
        v = self.v
        j = i - 1
        while j > 0 and v.t.is_space[j] and "\n" not in v.text(j):
            j -= 1  # "CALDER, Hamish   National   21,054": columns set in spaces
        if v.lower(j) in LIST_SEPARATORS:
            j -= 1
        if v.lower(j) in ("*", "†") and v.lower(j - 1) in (")", "):"):
            j -= 1  # "Imran Shah (Lab)* 1,620": the sitting member's mark after the party
        if v.lower(j) in ("winner", "elected", "won", "re-elected") and v.lower(j - 1) in LIST_SEPARATORS + (",",):
            j -= 2  # "Doug Pruitt (R, incumbent) - winner: 148,207": the count after a label of the result
        if v.lower(j) in (")", "):") and (m := v.mention_at[j]) is not None and m.kind in ("person", "party") \
                and m.end == j + 1:
            return m  # "Shiv Sena (UBT): 20": a name whose bracket is its own
        if v.lower(j) in (")", "):"):  # "Jo Cox (Labour): 21,104" may tokenize "):" as one
            k = j - 1
            while k > j - 5 and k >= 0 and v.lower(k) != "(":
                k -= 1
            j = k - 1
        m = v.mention_at[j] if j >= 0 else None
        if m is None or m.kind not in ("person", "party") or m.end != j + 1:
            return None
        return m

    def _listed_again(self, i: int) -> bool:
        """Whether another name-then-number pair sits in the same sentence, or on the neighbouring
        lines of its paragraph (a results list, one entry a line), so this is a list."""
        v = self.v
        s, e = v.sentence_bounds(i)
        para = v.para_of[i]
        short = e - s <= LIST_ENTRY
        # The neighbouring line of the paragraph, or, for a short entry, the neighbouring paragraph's
        # ("Douglas Alexander (Labour) - 17,864", a blank line, "Mhairi Black (SNP) - 23,548").
        if s > 0 and (v.para_of[s - 1] == para or short and v.para_of[s - 1] == para - 1):
            ps, pe = v.sentence_bounds(s - 1)
            if v.para_of[s - 1] == para or pe - ps <= LIST_ENTRY:
                s = ps
        if e < v.n and (v.para_of[e] == para or short and v.para_of[e] == para + 1):
            ns, ne = v.sentence_bounds(e)
            if v.para_of[e] == para or ne - ns <= LIST_ENTRY:
                e = ne
        for k in range(s, e):
            if k != i and v.num(k) is not None and not is_year(v, k) and self._named_before(k) is not None:
                return True
        return False

    def _line_of_seats(self, i: int) -> bool:
        """ "Labour 411, Conservative 121" under a seats heading: small whole numbers listed by party
        in a paragraph about seats are seat totals, not votes."""
        v = self.v
        m = self._named_before(i)
        if m is not None and m.kind == "person":
            return False  # a candidate's count under "(two councillors)": votes, whatever the heading says of seats
        if v.num(i).value > 100 and self._majority_in_votes_beside(i):
            return False  # "Green 644, Lab 581 … Majority 63" in a round-up of council seats: a ward's votes
        if self._under_an_outcome(i):
            return False  # "BROOK FARM (Dunsford DC; Lab) - Con gain from Lab" over "Con 742, Lab 761": its votes
        return v.num(i).value < 1000 and (self._seat_words_before(i, chamber=m is not None and m.kind == "party")
                                          or m is not None and m.kind == "party" and self._seat_words_after(i))

    def _under_an_outcome(self, i: int) -> bool:
        """Token i's line is right under a line that tells a seat's outcome ("… - Con gain from Lab", "LD hold"), or
        opens with one: a ward's result, its figures votes."""
        text, at = self.v.t.text, self.v.t.starts[i]
        start = text.rfind("\n", 0, at) + 1
        above = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else start
        end = text.find("\n", at)
        return bool(OUTCOME_LINE.search(text, above, at)) and not SEATS_LINE.search(text, above, end if end >= 0 else len(text))
        # (not "New council: Labour 31, Conservatives 12, … - a total of 61 seats" under "Result: Labour hold", nor a
        # council's line-up under "**Cressley Metropolitan Borough Council** (63 seats) - Labour hold")

    def _seat_words_after(self, i: int) -> bool:
        """A word of seats later in the sentence, no word of votes first: "Labour 31, Conservatives 12, Greens 4,
        independents 5 - a total of 61 seats"."""
        v = self.v
        for t in range(i + 1, min(v.sentence_bounds(i)[1], i + 60)):
            if v.has(t, "unit.votes"):
                return False
            if v.has(t, "unit.seats"):
                return True
        return False

    def _seat_words_before(self, i: int, chamber: bool = False) -> bool:
        """Seats spoken of earlier in the paragraph or the one before ("Seats declared so far:",
        "All 650 declared.", "Tally:"); with `chamber`, a chamber named there too ("… left the House with:" over
        "- Republicans: 21": parties' seats)."""
        v = self.v
        para = v.para_of[i]
        k = i
        while k > 0 and v.para_of[k - 1] >= para - 1 and i - k < 200:
            k -= 1
        if chamber and k < i and any(SEAT_TABLE_CAPTION.search(line.lower()) for line in v.t.text[v.t.starts[k]:v.t.starts[i]]
                                     .split("\n") if line.lstrip().startswith("#")):
            return True  # "### New council" over "- Liberal Democrats: 23": the parties' seats
        if LINE_UP_WORDS.search(v.t.text, v.t.starts[k], v.t.starts[i]):
            return True  # "The final state of the council after the count was:" over "Labour 24", "Conservative 10"
        return any(v.has(t, "unit.seats") or v.lower(t) in SEAT_TALLY_WORDS
                   or chamber and (v.lower(t) in CHAMBER_NOUNS or (m := v.mention_at[t]) is not None
                                   and m.kind == "chamber") for t in range(k, i))

    def _had_votes(self, i: int) -> Reading | None:
        """ "The Green David Kesteven had 758": a candidate who 'had' a bare number, where the sentence or the
        two before give vote counts, had that many votes."""
        v = self.v
        n = v.num(i)
        if n.decimals or n.signed or n.words or n.value < 10 or v.lower(i - 1) not in ("had", "got", "received"):
            return None
        m = v.mention_at[i - 2] if i >= 2 else None
        if m is None or m.kind != "person" or m.end != i - 1:
            return None
        lo = v.sentence_bounds(i)[0]
        for _ in range(2):
            if lo > 0 and v.para_of[lo - 1] >= v.para_of[i] - 1:
                lo = v.sentence_bounds(lo - 1)[0]
        if not any(self.readings[k].kind == Kind.VOTES for k in self._read_in(lo, i)):
            return None
        return Reading(i, Kind.VOTES, "votes", [f"'{v.text(i - 1)} N' after a candidate, among vote counts"],
                       slot="had")

    def _relative_clause_start(self, comma: int) -> int | None:
        """The comma opening ", who finished fourth," that closes at `comma`: a name's aside before its figure."""
        v = self.v
        for k in range(comma - 1, max(0, comma - 18), -1):  # an aside of up to 16 words
            if v.num(k) is not None:
                return None
            if v.lower(k) == "," and v.lower(k + 1) in ("who", "which", "whose"):
                return k
        return None

    def _sibling(self, i: int) -> Reading | None:
        """ "… 18,320 votes and Conservative Simon Fell 17, 525", "316 seats to Labour's 239"."""
        v = self.v
        j = i - 1
        if v.lower(j) in POSSESSIVE:
            j -= 1
            if v.lower(j) in CANDIDATE_WORDS and (p := v.mention_at[j - 1]) is not None and p.kind == "party":
                j -= 1  # "16,870 votes to the Conservative candidate's 17,086": the party's candidate's
        elif v.lower(j) == "," and (k := self._relative_clause_start(j)) is not None:
            j = k - 1  # "… polled 5,977 and the Green Anya Boyce, who finished fourth, 6,480"
        elif v.lower(j) == "," and (p := v.mention_at[j - 1]) is not None and p.kind == "person" and p.end == j \
                and v.lower(i + 1) in (".", ";", ",", "", "(") and v.lower(p.start - 1) not in ("said", "says", "told") \
                and (src := self._source_before(i)) is not None and v.same_sentence(src.i, i) \
                and ((n := v.num(i)).decimals and v.num(src.i).decimals == n.decimals and v.lower(i + 1) != "("
                     or src.kind == Kind.VOTES and "," in n.text and "," in v.num(src.i).text and not n.decimals):
            # (a share written as its list's are, or a count in thousands after a count; not "the Conservative Claire
            # Denton, 47": her age)
            j -= 1  # "…, One Nation 6.2 and an independent, surf club president Craig Brennan, 5.3."; "gave Yahav
            # 61,234 votes (54.0%) and his opponent, the former deputy mayor David Etzioni, 52,108 (46.0%)"
        else:
            steps = 0
            while j >= 0 and v.lower(j) in HOLD_WORDS and steps < 3:  # "the Liberal Democrats are now on 12"
                j -= 1
                steps += 1
            if v.lower(j) in ("up", "down") and v.lower(j - 1) in POSSESSIVE:
                j -= 2  # "Labour's share was up 6.2 points and Plaid's down 4.8"
            elif v.lower(j) in CANDIDATE_WORDS and (p := v.mention_at[j - 1]) is not None and p.kind == "party":
                j -= 1  # "… and the People's Party candidate 690": the party's candidate's
        m = v.mention_at[j] if j >= 0 else None
        if m is None or m.kind not in ("person", "party") or m.end != j + 1:
            return None
        if v.lower(i + 1) in ("ahead", "behind", "clear"):
            return None  # "Mr Fallon's surplus of 200 left Mr Naughton 32 ahead": a lead, not another surplus
        src = self._source_before(i)
        if src is None or src.kind in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST):
            return None
        if src.kind == Kind.SURPLUS and (v.num(i).signed or any(
                v.lower(k) in (":", "went", "to", "gave", "split", "divided") for k in range(src.i + 1, i))):
            # "Count 2 (Brennan surplus of 1,833): Nagle +402, Keane +511", "surplus of 703 … went mostly to his
            # running mate: Kerr 540, Gault 91": what the surplus gave each
            return None
        r = self._copy(i, src, "sibling")
        if r.kind == Kind.SEAT_CHANGE and v.lower(i - 1) in HOLD_WORDS - {"took", "won", "got", "secured"}:
            r.kind = Kind.SEATS  # "lost 21 seats …, while the Liberal Democrats have 12": a level
        if r.kind in (Kind.SEAT_CHANGE, Kind.SHARE_CHANGE) and v.lower(i + 1) == "," and v.lower(i + 2) in ("up", "down") \
                and v.num(i + 3) is not None:
            # "won eight seats, up two, …, and the Liberal Democrats four, down one": a level with its own change
            r.kind, r.sign = (Kind.SEATS if r.kind == Kind.SEAT_CHANGE else Kind.SHARE), 0
        if r.kind in (Kind.MARGIN, Kind.MAJORITY) and r.unit == "votes" and v.lower(i - 1) in ("on", "with"):
            r.kind = Kind.VOTES  # "ahead by 150 of Ms Carver on 16,618": her votes, not another margin
        k = m.start - 1 - (v.lower(m.start - 1) == "the")
        if r.kind in (Kind.MARGIN, Kind.MAJORITY) and r.unit == "votes" and v.lower(k) in ("behind", "than", "over", "past"):
            r.kind = Kind.VOTES  # "just 103 behind the Conservatives' 11,720": the count the gap is to, not another gap
        return r

    def _poll(self, i: int) -> Reading | None:
        """ "polled 16,245 to come second", "came second on 9,106", "Labour won 25 …"."""
        v = self.v
        n = v.num(i)
        s = v.cue_left(i, "verb.poll", 3)
        if s is None or n.value < 2 or n.decimals or shortfall(v, i) or self.reader._threshold(i):
            return None  # "with two seats to spare": a distance to a target; "with 20 needed": the target
        if v.lower(i + 1) in NO_ONES or (v.lower(i + 1), v.lower(i + 2)) == ("not", "transferable"):
            return None  # "with 1,220 not transferable", "with 310 exhausted": no candidate's votes
        if (m := v.mention_at[i + 1] if i + 1 < v.n else None) is not None and m.kind == "party" and m.start == i + 1 \
                and v.lower(m.end) in MEMBER_NOUNS_PLURAL:
            return None  # "even with all 18 Confederation deputies": that party's members (`_members`), not the
            # sentence's subject's
        if v.lower(i + 1) in ("more", "fewer", "less") and "than" in v.lowers[i + 2:min(v.n, i + 8)]:
            return None  # "she polled 13,536 more first-choice votes than last time": a difference, no count
        if v.lower(i + 1) == "of" and v.lower(i + 2) == "the" and v.lower(i + 3) in ("last", "past", "previous") \
                and v.num(i + 4) is not None:
            return None  # "Democrats have won eight of the last nine governor races": a record, no tally
        if v.lower(i + 1) == "of" and (v.lower(i + 2) in ("theirs", "its", "his", "hers", "ours") or (
                v.lower(i + 2) in ("their", "its", "his", "her", "our") and v.lower(i + 3) == "own")):
            return None  # "the Lib Dems held all three of theirs": of the seats it defended, no tally
        if any(v.lower(k) in COUNTING_UNITS for k in range(i + 1, min(v.n, i + 4))):
            return None  # "with all 214 of 214 polls reporting", "with 98% of precincts counted": the count's progress
        if (c := v.cue_right(i, "cue.votes_cast", 1)) is not None:
            e = v.cue_starts["cue.votes_cast"].get(c, c + 1)
            if v.lower(e) in REJECTED or v.lower(e) in ("were", "was") and v.lower(e + 1) in REJECTED:
                return None  # "with 138 ballot papers rejected": the rejected ones, no votes cast
            return Reading(i, Kind.VOTES_CAST, "votes", ["votes cast ('drew 49,422 ballot papers')"])
        votes_here = any(self.readings[k].kind in (Kind.VOTES, Kind.MARGIN)
                         for k in self._read_in(*v.sentence_bounds(i)))
        seats_here = n.value < MOST_SEATS and (
            self._seat_context(i) or (v.in_sentence(i, "unit.seats") is not None and not votes_here))
        subject_party = self._party_subject(i)
        if subject_party and (_counts_something_else(v, i) or self.reader._size_of_body(i) == "other"):
            return None  # "held just two public meetings": a count of other things, not seats (nor "the second
            # Democrat on the five-member commission")
        if subject_party and (seats_here or n.value < 60 and not votes_here) and v.text(s).lower() in GAIN_VERBS:
            # "gained three more, finishing with six": seats won from others, not the party's total
            return Reading(i, Kind.SEAT_CHANGE, "seats", [f"'{v.text(s)}' with a party, among seats: a gain"],
                           slot="poll", sign=1)
        if subject_party and (seats_here or n.value < 60 and not votes_here):
            return Reading(i, Kind.SEATS, "seats", [f"'{v.text(s)}' with a party, among seats"], slot="poll",
                           whole=x_of_y(v, i))
        if n.value < 10:
            return None
        return Reading(i, Kind.VOTES, "votes", [f"'{v.span_text(s, v.cue_starts['verb.poll'][s])}'"], slot="poll")

    def _party_subject(self, i: int) -> bool:
        v = self.v
        s, _ = v.sentence_bounds(i)
        for k in range(i - 1, s - 1, -1):
            m = v.mention_at[k]
            if m is not None and m.kind in ("person", "party"):
                if m.kind == "person" and v.lower(m.start - 1) == "under" or (v.lower(m.start - 1), v.lower(
                        m.start - 2)) == ("by", "led"):
                    continue  # "The Conservatives under Pierre Poilievre took 144": the party led by them
                return m.kind == "party"
        return False
