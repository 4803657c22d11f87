"""Put each reading in context: whose figure it is, which seat, which election, how sure.

Who: a possessive ("Mr Smith's majority", "Labour's 239"), the owner of "his"/"its", the
figure's neighbour ("Conservative Simon Fell 17, 525"), else the nearest person or party
to the left that is not an object ("…lost Wirral West *to Labour* by 417 votes" skips
Labour). Which seat: where the person was said to stand, else the constituency named in
the sentence or paragraph. Which election: a year attached to the figure ("57 in
2010"), "previous", or the "from" side of a change; forecasts and targets by their
words.
"""

from __future__ import annotations

import re
import bisect

from collections import Counter, defaultdict

from dataclasses import dataclass

from ..model import AT_DISSOLUTION, PAIR_BEFORE, Kind, Modality, is_measure
from ..numbers import ORDINALS
from .gazetteer import OFFICES, WHOLE_COUNTRY, Span, abbreviation_of
from .reading import (CANDIDATE_WORDS, MONTHS, PLACE_HEADING, SEAT_FILLS, SIDE_COLUMN, VOTERS, Reading, arrow_after,
                      is_year, past_bracket, place_filling, unit_after, x_of_y)
from .tokens import spaced_dash
from .view import View

OBJECT_MARKERS = {"to", "from", "than", "over", "against", "behind", "beat", "beating", "beats",
                  "defeated", "defeating", "ousted", "ousting", "unseated", "unseating", "toppled",
                  "toppling", "of", "with", "for", "by", "ahead", "past", "edged", "pipped", "off",
                  "outpolled", "outpolling", "trailed", "trailing", "trails", "trail",
                  "ending", "ended", "replacing", "succeeding", "defeats", "ousts", "unseats", "topples", "edges",
                  "pips"}
FUTURE_WORDS = frozenset({"will", "grows", "grow", "expands", "expand", "increases", "enlarged", "enlarges",
                          "shrinks", "shrink", "reduced", "becomes", "become"})
"""Words of a body's future size, in a sentence with a later year than the election's."""
EXAMPLE_NOUNS = frozenset({"candidate", "party", "seat", "constituency", "ward", "voter", "district", "riding",
                           "division", "electorate", "sheet", "council", "chamber", "parliament", "state"})
"""After "A"/"In a" opening a sentence that names no one: an explainer's case ("A candidate who receives 12,500 first
preferences …"), not "A total of 42,999 people voted"."""
FRACTION_WORDS = frozenset({"third", "quarter", "half", "fifth", "majority", "total", "handful", "number"})
"""After "A" opening a sentence: a part of something real ("A third of the council's 51 seats were contested"), no
explainer's case."""
EXAMPLE_OPENERS = frozenset({"suppose", "imagine", "say"})
ASIDE_REACH = 40
"""Tokens back from a figure that an aside before it, or "both candidates", is looked for in."""
CLAUSE_WORDS = frozenset({"was", "is", "were", "are", "had", "has", "have", "who", "which", "that", "it", "he", "she",
                          "they", "will", "would", "won", "took", "got", "polled", "lost"})
"""Words of a clause, not of an aside after a name."""
BOTH_SIDES = frozenset({"candidates", "sides", "contenders", "campaigns", "finalists", "men", "women", "rivals"})
"""After "both" or "all": a figure every one of them shares ("both candidates are listed at 50.0 percent")."""
ASIDE_OPENERS = frozenset({"of", "backed", "supported", "endorsed", "a", "an", "the", "now", "formerly", "previously",
                           "aged", "himself", "herself", "running", "standing", "representing"})
"""First words of an aside after a name ("Nunes, of the MDB and backed by Bolsonaro, had …"): the name's figure."""
HEADING_BETWEEN = re.compile(r"\n#{2,6} ([^\n]*)")
"""A Markdown (or HTML, as read) section heading: a new section starts."""
DISSOLVED = re.compile(r"\b(?:was|were|had been|been) dissolved\b|\bat (?:its |the )?dissolution\b", re.I)
"""Before a line-up's figures: the body as it stood when it was dissolved, before this election."""
VOTERS_OWN = "the voters', another subject between"
"""How a share or count is owned when the voters are its clause's subject, after a candidate named before."""
FORMER_HEADS = frozenset({"from", "previous", "previously", "prev", "prev.", "former", "outgoing", "defending",
                          "loser", "lost"})
"""A table column's first heading word that names the party a seat was won from, not its winner's."""
RUNNER_UP_HEADS = frozenset({"runner-up", "runners-up", "runner", "second", "second-placed", "defeated"})
"""A table column's first heading word that names the party that came second ("| Seat | Winner | Runner-up |
Majority |"): never the party of the winner named in the row (its own figures follow it)."""
HYPOTHETICAL = frozenset({"hypothetical", "hypothetically", "imaginary", "fictional", "fictitious"})
"""A sentence opening a worked example: "Suppose party A falls from 40 per cent to 36 …": no result."""
GROUP_NOUNS = frozenset({"bloc", "coalition", "alliance", "camp", "parties", "grouping", "partners", "allies",
                         "side", "opposition", "front", "combination"})
"""A group of parties, as the subject of a seat figure: "the pro-independence bloc has 72 seats", "the unionist
parties together have 57": the group's seats, not the last party named."""
GROUP_VERBS = frozenset({"has", "have", "had", "holds", "hold", "held", "won", "wins", "took", "takes", "would",
                         "will", "controls", "control", "commands", "command", "totals", "total", "together", "now",
                         "combined", "is", "are", "was", "were", "on", "musters", "numbers"})
LEADING = {"led", "leads", "leading", "trailed", "trails", "trailing"}
"""Verbs whose object is the other side only before a score ("Marsh led Keisha Barnes 1,402,118 to 1,388,907"), not
before where they were led ("led the Conservatives to a commanding victory")."""
POSSESSIVE = {"'s", "’s", "'"}
POLL_VERBS_PAST = frozenset({"took", "polled", "won", "got", "received", "had", "secured", "attracted", "gained"})
"""What a candidate did with a count, in a relative clause: "Labour's candidate, who took 98,204"."""
ON_A_LEAD = frozenset({"a", "an", "her", "his", "their", "its", "majority", "lead", "margin", "of", "just", "only",
                       "slender", "narrow", "comfortable", "slim", "reduced", "increased", "healthy", "tiny"})
"""The words of "with X on a slender majority of N" between the name and the figure."""
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
POLL_VERBS = frozenset({"showed", "shows", "showing", "shown", "suggested", "suggests", "found", "finds", "put", "puts",
                        "putting", "predicted", "predicts", "projected"})
"""A poll's verbs: "a poll by Pacific Research, which showed her ahead 47% to 44%" tells the poll's figures."""
BEAT_WORDS = {"beat", "beating", "beats", "defeat", "defeats", "defeated", "defeating", "oust", "unseat", "topple", "ousted", "ousting", "unseated", "unseating",
              "toppled", "toppling", "edged", "edging", "pipped", "over", "against", "trounced", "trouncing",
              "led", "leads", "leading", "outpolled", "outpolling"}
"""Verbs whose object is the beaten side: the score after it is the winner's first."""
GAINING_FROM = frozenset({"gained", "gains", "gaining", "took", "takes", "taking", "captured", "captures", "capturing",
                          "seized", "seizes", "seizing", "won", "wins", "winning", "snatched", "grabbed"})
"""Verbs of taking a seat: the party "from" names held it before."""
UNSEATING = frozenset({"unseating", "unseated", "ousting", "ousted", "toppling", "toppled", "replacing", "replaced",
                       "succeeding", "succeeded", "ending"})
"""Verbs of an incumbent's fall after a margin: the fallen need not be the runner-up the margin is over."""
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
LIST_REACH = 40
"""Entries back along a list to its first (a bounded walk)."""
NOW_OR_LATER = frozenset({"now", "today", "tonight", "this", "currently", "latest", "later", "since", "after", "is",
                          "are", "has", "have", "will", "new"})
"""Words of a sentence that has come back from an earlier year to the present, or gone on past it."""
PARAGRAPH_REACH = 200
"""Tokens back to the paragraph's opener an earlier year may date ("In 2019 …"): a bounded walk."""
FORMER_WORDS = {"former", "ex", "ex-", "then", "one-time", "onetime", "erstwhile", "previous", "late", "old",
                "abolished", "predecessor"}
"""Before "<seat> MP <name>": the seat they held once, not the one they stand in."""
JOINT_NOUNS = frozenset({"list", "ticket", "alliance", "coalition", "bloc", "slate", "pact"})
"""A group named in the figure's clause, "a joint list of A and B": its seats are the group's, no one party's."""
SEAT_SENDS = frozenset({"returns", "returned", "elects", "elected", "sends", "sent"})
"""Verbs between a seat and its size: "Wath returns three councillors"."""
BODY_NOUNS = frozenset({"borough", "council", "chamber", "parliament", "assembly", "house", "authority", "county",
                        "district", "legislature", "senate", "ward", "constituency", "division"})
"""A body that owns a following "its": "The borough elects its 38 councillors"."""
LIFE_WORDS = {"born", "raised", "grew", "lives", "lived", "living", "educated", "schooled", "studied", "works",
              "worked", "brought", "moved", "resident", "native"}
"""Words that place a person's life, not their candidacy: "born in Bath", "grew up in Hull"."""
ROLE_WORDS = {"sitting", "mp", "incumbent", "candidate", "former", "minister", "leader", "rival", "challenger",
              "secretary", "shadow", "deputy", "outgoing", "veteran", "councillor",
              # titles written capitalised before a name ("beating Republican Attorney General Mark Sorensen")
              "attorney", "general", "governor", "lieutenant", "senator", "congressman", "congresswoman",
              "representative", "rep.", "mayor", "premier", "assemblyman", "assemblywoman", "judge"}
MULTI_MEMBER = 9
"""The most seats one district of a multi-member system elects (an STV constituency, a 2026 Senedd one)."""
TIMES_NAMED = frozenset(MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "spring", "summer", "autumn", "winter", "fall"})
"""Capitalised words after "in" that name a time, never a place: "Republicans won 220 seats in November"."""
PLACE_BODIES = frozenset({"district", "council", "borough", "county", "city", "ward", "division", "constituency"})
"""Last words of a council's or a seat's name, never a region's ("14 seats in Ashvale District")."""
CANDIDATE_NOUNS = ("candidate", "nominee", "challenger", "contender", "hopeful", "standard-bearer", "on", "with", "had",
                   "polled", "got", "took", "won", "received", "secured", "finished", "came", "was", "third", "fourth",
                   "fifth", "last", "a", "distant", "trailing", "behind")
"""Words between "the Libertarian" and its figure that leave the figure the party's candidate's ("the Libertarian
candidate 2.6%", "the Green nominee polled 3.1%")."""
OWNER_ADJECTIVES = {"previous", "new", "overall", "own", "slender", "narrow", "reduced", "increased",
                    "huge", "comfortable", "winning", "total", "vote", "notional", "wafer-thin",
                    "massive", "healthy", "thin", "big", "bigger", "small", "smaller", "majority",
                    "working", "2010", "tally", "share"}
CONTEST_KINDS = {Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.MAJORITY_SHARE,
                 Kind.SHARE_CHANGE, Kind.RANK, Kind.SWING}
PLACE_KINDS = CONTEST_KINDS | {Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST}
UPPER_HEDGES = {"nearly", "almost", "just under", "just shy of", "barely", "a little under", "just below"}
BELOW_HEDGES = {"fewer than", "less than", "under", "no more than", "up to"}
ABOVE_HEDGES = {"more than", "over", "at least", "upwards of", "just over", "a little over", "just above"}
AUXILIARIES = {"would", "will", "have", "has", "had", "are", "is", "was", "were", "could", "may",
               "might", "should", "must", "can", "did", "do", "does", "also", "now", "then", "still",
               "took", "won", "held", "lost", "kept", "got", "came", "finished", "saw", "suffered",
               "remain", "remains", "remained", "secured", "made", "polled", "managed", "hold",
               "win", "take", "took", "gain", "gains", "lose", "need", "needs", "needed", "and", "or",
               "on", "in", "with", "by", "to", "from", "at", "for", "only", "just", "again"}
VERB_CUES = ("verb.win", "verb.lose", "verb.poll", "verb.seat_gain", "verb.seat_loss", "change.up", "change.down")
CONTINUATIONS = {"his", "her", "he", "she", "its", "their", "they", "it", "the", "but", "and"}
FORECAST_WINDOW = 14
LAST_ELECTIONS_IN = re.compile(r"(?:seats? )?(?:at|in) the (?:last|previous|most recent) (?:[a-z-]+ ){0,2}"
                               r"(?:elections?|poll|vote|contest) (?:in|of)")
"""Between a figure and a year: "… 42 seats at the last county elections in 2021": that year's."""
DATED_ELECTION = re.compile(r"\s+(?:[A-Za-z]+\s+)?(?:by-?election|election|poll|contest|race|vote|parliament|assembly|chamber|house|council|legislature|landtag|senate)\b", re.I)
"""After a year that opens a sentence: "The 2022 by-election, …", "The 2019 general election …"."""
ELECTION_WORDS = {"election", "general", "poll", "vote", "contest", "race", "by-election", "elections"}
LOSS_VERBS = {"lost", "losing", "lose", "loses", "shed", "shedding", "surrendered", "ceded", "gave"}
"""Before "N of their M": M is what the loser held."""
PAST_HOLDING = {"had", "held", "won", "took", "secured", "gained", "lost", "were", "was"}
"""Past-tense verbs that carry on about an election the sentence before named."""
SCENARIO_HEAD = re.compile(r"\b(?:scenarios?|hypothetical|projected|projections?|forecasts?|predictions?|"
                           r"if|est|estimated?|estimates|modell?ed)\b", re.IGNORECASE)
"""A table heading over figures that are no result ("| Scenario | Seats |", "| Projected seats |", "| Est. Leave % |")."""
OWN_TIME_OPENERS = frozenset({"by", "since", "until", "till", "later", "now", "today", "this", "at", "in", "before",
                              "when", "since", "then", "subsequently", "eventually"})
"""Openers of a sentence that tells its own time ("By the time the legislature was dissolved, …")."""
NOW_WORDS = frozenset({"now", "this", "today", "tonight", "thursday", "friday", "currently", "latest", "current"})
"""Words that bring a paragraph back to this election ("This time she won by 12,233")."""
PASSING_BEFORE = frozenset({"over", "about", "beyond", "outside", "towards", "toward", "against", "like", "unlike",
                            "than", "into", "visit", "visited", "visiting", "toured", "touring", "any", "every"})
"""Before a region named in passing ("after some hedging over Scotland", "a rally outside Wales", "the highest at any
UK-wide poll"): not the seats'."""
REGION_OWNS = frozenset({"parties", "party", "mps", "members", "voters", "unionists", "nationalists", "politicians",
                         "leaders", "leader", "government", "first"})
"""After "Northern Ireland's": the region's people or parties, not the place a sentence's seats are in."""
RESULT_TURN = frozenset({"won", "win", "wins", "took", "result", "results", "actual", "actually", "event", "but",
                         "finished", "ended", "secured", "returned", "elected", "declared", "however", "whereas",
                         "while", "got", "outcome", "instead"})
"""Words that turn from a forecast to what happened ("The exit poll put Labour on 410; in the event it won 411")."""
FORECAST_VERBS = frozenset({"gave", "gives", "put", "puts", "had", "has", "showed", "shows", "predicted", "predicts",
                            "projected", "projects", "forecast", "forecasts", "suggested", "suggests", "estimated"})
"""A forecast's verbs, after "It" in the sentence after it ("It gave the Liberal Democrats 67")."""
FORECAST_CAPTION = re.compile(r"\b(?:scenarios?|hypothetical|projected|projections?|forecasts?|predictions?|"
                              r"exit polls?|opinion polls?|MRP|seat estimates?)\b", re.IGNORECASE)
"""A table's caption over figures that are no result ("Exit poll projection, seats (650)")."""
CLAUSE_JOINS = {"and", "but", "while", "whereas", "yet", "then"}
"""Words that join a clause on after a comma ("…, and in 2019 it took 303")."""
VOTE_MOVES = {"went", "moved", "shifted", "switched", "transferred", "drained", "flowed", "swung", "split", "drifted",
              "leaked", "returned", "came", "goes", "go"}
"""What votes do, not an election: "Much of that vote went to Reform UK"."""


def _the_votes_themselves(v: View, k: int) -> bool:
    """ "much of that vote", "that vote went to Reform UK": 'that vote' as the ballots cast, not an election."""
    return v.lower(k + 1) == "vote" and (v.lower(k - 1) == "of" or v.lower(k + 2) in VOTE_MOVES)


def _in_passing(v: View, m: Span) -> bool:
    """A region named in passing, not as where a sentence's seats are: "after some hedging over Scotland",
    "Northern Ireland's parties"."""
    return v.lower(m.start - 1) in PASSING_BEFORE or _owns_people(v, m) or _where_the_seat_is(v, m)


COMPARED_AS_A_WHOLE = frozenset({"smaller", "bigger", "larger", "greater", "higher", "lower", "wider", "narrower"})
"""Words before "than" that set a majority against some other figure, not a side it was won over ("is smaller
than Corbett's 2024 vote"; but "20,761 more than his nearest rival")."""


def _where_the_seat_is(v: View, m: Span) -> bool:
    """ "the northern English seat", "a Welsh constituency": an adjective that says where one seat is, not where a
    sentence's figures are counted."""
    return m.adjective and (v.lower(m.end) in SEAT_WORDS or v.lower(m.end + 1) in SEAT_WORDS
                            and v.t.is_alpha[m.end] and v.text(m.end).islower())


SEAT_WORDS = frozenset({"seat", "constituency", "riding", "electorate", "ward", "division", "district"})


def _owns_people(v: View, m: Span) -> bool:
    """ "Northern Ireland's parties", "Scotland's MPs": a region named as whose, not as where a sentence's seats are."""
    return v.lower(m.end) in ("'s", "’s") and v.lower(m.end + 1) in REGION_OWNS


YEAR_WHEN_REACH = 60
"""Tokens back from a figure that "YEAR, when …" is looked for."""
LINE_YEAR = re.compile(r"[ \t]*(?:[-*•+]\s+)?(?:\*\*|__)?(?:[A-Za-z][\w'’-]*[ \t]+){0,3}?"
                       r"(?:\((?:(?:\d{1,2}[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+)?(?P<dated>(?:19|20)\d\d)(?:,[^()\n:]{0,30})?\)"
                       r"|(?:in[ \t]+)?((?:19|20)\d\d))"
                       r"(?:[ \t]+[A-Za-z][\w'’-]*){0,3}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?\s"
                       r"|[ \t]*(?P<row>(?:19|20)\d\d)\*?(?:[ \t]{2,}|\t)(?=\S)")
"""A line labelled by a year: "- **2022:** Labor 77, …", "- Notional 2019 result: Conservative majority 11,480",
"Result in 2019: …", "Previously (May 2022, two seats): Plaid 1,014, 955; …", or a row of a table set in spaces
that opens with its year ("2015   Rupert Vane   Con   14,880   Lab   69.1%")."""
FORMER_SIZE = frozenset({"old", "former", "previous", "outgoing", "earlier", "original"})
"""Words right before a body's size that make it the size it had ("the 44 needed in the old 87-seat house")."""
RESULT_KINDS = frozenset({Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.RANK, Kind.MAJORITY_SHARE,
                          Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST})
"""A seat's result's figures: what a section headed by another year ("## How Sandhill voted in 2022") lists."""
RESULT_LINE_WORDS = frozenset({"gain", "gains", "hold", "holds", "result", "elected", "re-elected", "retained"})
"""Words of a short line that tells a section's result, not a new section's name."""


def is_namesake(v: View, m: Span) -> bool:
    """A person the copy says is another of the name: "not to be confused with the Liberal Democrat Sarah
    Collins", "Paul Whitby (no relation)", "his namesake"."""
    before = " ".join(v.lowers[max(0, m.start - 9):m.start])
    after = " ".join(v.lowers[m.end:min(v.n, m.end + 12)])
    return "confused with" in before or "namesake" in before or before.endswith(("a different", "another")) \
        or after.startswith(("( no relation", "no relation", ", no relation")) \
        or "no relation" in after.split(".")[0] and v.lower(m.end) in (",", "-", "–", "—", "(")


def _heading_line(v: View, a: int, b: int) -> bool:
    """Tokens a..b (a paragraph) are a heading: a Markdown or HTML one ("## Castle ward"), or one short line with
    no full stop ("RIVERSIDE WARD (three seats)", "**Abbey ward**")."""
    text = v.span_text(a, b + 1)
    if "\n" in text.strip() or len(text) > 80 or text.startswith("|"):
        return False  # (a table's heading row is none)
    if text.startswith("#"):
        return True
    return v.text(b) not in (".", "!", "?", ":", ";", ",") and sum(v.t.is_alpha[k] for k in range(a, b + 1)) <= 12 \
        and not any(v.num(k) is not None and not v.years[k] for k in range(a, b + 1)
                    if v.lower(k - 1) != "(" and v.lower(k + 1) not in MONTHS)
    # (a date in it is no figure: "Tamsford Borough Council - Harbour ward by-election, Thursday 27 February 2025")


def _bare_place(name: str) -> str:
    """A seat's name without the word of its kind ("Eastgate Ward" and "Eastgate" are one seat)."""
    return re.sub(r"\s+(?:ward|division|district|constituency|riding)$", "", name, flags=re.IGNORECASE)


THEN_OPENER = re.compile(r"(?:then|back then|at that time|on that occasion|that time)\b(?! ,? ?(?:the|a) (?:new|next))")
"""A sentence opener that goes back to the time the sentence before named."""
PAST_VOTE_OPENER = re.compile(r"(?:in|at) the (?:last|previous|most recent|prior|earlier) (?:[a-z-]+ ){0,2}"
                              r"(?:vote|election|elections|poll|contest)\b"
                              r"|when (?:[\w'’-]+ ){1,6}(?:was|were) last (?:fought|contested|up|held)\b")
# (and "When Sandholme was last fought, in May 2022, Labour won both seats", "When the three-seat ward was last
# fought": the seat's last contest)
"""An opener that dates its clause to an earlier vote, of this body or another ("In the most recent provincial
vote there")."""
GROUP_KINDS = {Kind.TURNOUT, Kind.SHARE, Kind.SHARE_CHANGE, Kind.VOTES}
"""Figures a group of voters has of its own: its turnout, its vote for a party."""
ROUND_STORY_WORDS = frozenset({"quota", "eliminated", "excluded", "transfers", "transferred", "preferences",
                               "surplus", "redistributed"})
TIME_SPANS = frozenset({"months", "years", "month", "year"})
"""Units of a stretch of time between two elections ("sixteen months after …")."""
WINNING_WORDS = frozenset({"took", "won", "held", "gained", "captured", "retained", "kept", "elected", "returned",
                           "decided", "settled", "carried"})
"""Verbs of an election's outcome: after a stretch of time, an earlier election's ("after Labour took the seat")."""
CAPTION_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
"""A year in the line above a table: the election its rows are of."""
HEADING_WORDS = {"result", "results", "election", "general", "by-election", "*", ":", "-", "–", "(", ")", "ge",
                 "declaration", "count"}
"""Words that may stand beside the year on a line that heads a results list."""


PARTICIPLES = {"cast", "counted", "spoilt", "given", "won", "drawn", "thrown", "sent", "put", "spent"}
"""Past participles not ending in -ed, after "had been" in a passive ("had been cast")."""
PARAGRAPH_HEAD_REACH = 12
"""Sentences a paragraph's heading ("**State Senate.**") reaches: bounded, so a paragraph of thousands stays linear."""
NOT_PARTY_ROWS = frozenset({"total", "totals", "others", "other", "all", "vacant", "speaker", "majority", "turnout",
                            "electorate", "seats", "change", "net", "valid", "rejected", "spoilt", "votes"})
"""First words of a party table's rows that are the copy's own lines, no party's."""
ROW_WHOLE_KINDS = {Kind.MAJORITY, Kind.MARGIN, Kind.MAJORITY_SHARE, Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST}
"""A results row's figures of the race, not of the candidate named nearest: given to its first-named, the winner."""
SEAT_COLUMNS = {"district", "seat", "constituency", "ward", "riding", "electorate", "division", "state", "county",
                "force area", "police force area", "police area", "force", "race", "contest", "mayoralty",
                "combined authority", "area", "counting area", "voting area", "council area"}
"""A table's first heading that makes each row a race of its own (a referendum's "| Area | Remain | Leave |" too)."""
COUNCIL_WARD_CAPTION = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, ([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|and|on|"
                                  r"upon|under|in|the|le|de|y))*)")
"""A table's caption of a council, then its ward: "Powys, Rhayader Vale", "Barnet, Burnt Oak Green"."""
COUNT_WORDS = frozenset({"count", "counts"})
"""After "the"/"at the" and a place: where the count was ("said at the Gloucester count"). (A venue's own name, "the
Harlow leisure centre", the gazetteer drops by `seat.venues`.)"""
SEAT_CAPTION = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|and|on|upon|under|in|the|le|de|y|&))+")
"""A caption that is a name alone, of two words or more: a seat's, over its table."""
NOT_SEAT_CAPTION = frozenset({"result", "results", "seats", "seat", "votes", "vote", "council", "party", "parties",
                              "election", "elections", "turnout", "candidates", "count", "round", "share", "shares",
                              "state", "standings", "assembly", "parliament", "house", "senate", "total", "final",
                              "declared", "full", "how", "the", "selected", "regional", "list", "national", "general"})
"""Words of a caption that labels a table's kind, not a seat ("Full result", "Regional list")."""
YEAR_LABEL = re.compile(r"(?:19|20)\d\d")
"""A table row's first cell that is a year: the row is that election's."""
PLAIN_LABEL = re.compile(r"\s*(\S.*?)\s{2,}")
"""The label of a row of a table set in spaces: "Riverside      3,890  4,122 …"."""
FIRST_PERSON = {"i", "we", "my", "our", "me", "us"}
"""Words that make a figure in direct speech the speaker's own."""


@dataclass(slots=True)
class Owner:
    mention: Span | None
    via: str
    counterpart: Span | None = None


GIVE_VERBS = {"gave", "giving", "give", "gives", "handed", "handing", "hands", "left", "leaving", "leaves"}
GIVEN_ADJECTIVES = {"a", "an", "overall", "working", "comfortable", "reduced", "narrow", "slim", "healthy", "big",
                    "large", "huge", "commanding", "new", "increased", "wafer-thin", "slender"}

CHAMBER_PREFIX = "chamber:"
SECTION_REACH = 12
"""How many sentences back a heading paragraph naming a chamber may head the figures below it."""
"""A scope named by a chamber alias ("In the Senate, …"), resolved to a chamber by the claim maker."""


ELECTION_NOUNS = frozenset(ELECTION_WORDS | {"midterms", "midterm", "polls", "referendum", "locals"})
"""Words after "the 2022" that make it an election."""
SEAT_NOUNS_WON = frozenset({"seat", "ward", "division", "constituency", "riding", "district", "by-election", "election",
                            "race", "contest", "mayoralty"})
"""After "won the": what a winner won ("Karen Oduya … won the seat for her party")."""
PASSIVE_BEATEN = frozenset({"beaten", "defeated", "ousted", "unseated", "toppled", "edged", "pipped"})
"""A passive's participle of a defeat: "was beaten in Fenwick-Bayshore by the Liberal newcomer Temi Adeyemi"."""
DEFEATS = frozenset({"defeated", "defeats", "beat", "beats", "unseated", "unseats", "ousted", "ousts"})
"""Verbs of a win over a rival the object names: "Carla Ruiz narrowly defeated Tom Hadley"."""
MEMBERS_OF = {"senators": "Senate", "senator": "Senate"}
"""Members whose name says their chamber."""
TABLE_CARRY = 40
AREA_NOT_NAME = frozenset({"what", "why", "how", "who", "when", "analysis", "background", "context", "reaction",
                           "summary", "verdict", "notes", "note", "methodology", "corrections", "correction", "key",
                           "watch", "next", "latest", "live", "updates", "update", "overview", "data", "turnout"})
"""Words of a heading that says what its section tells, not where ("## What to watch", "## Background")."""
NOTIONAL_MOVES = frozenset({Kind.SHARE_CHANGE, Kind.SEAT_CHANGE})
"""Changes told with their word ("fell 32.1 points") from a notional result to this one: this election's, as a swing
is, whatever notional words frame them."""
STATE_OPENER = re.compile(r"[\W_]*In ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+),")
"""A paragraph opened by a state's name ("In New Jersey, Democrat Mikaela Shore beat …")."""
GROUP_NOT_SEAT = {"total", "totals", "majority", "turnout", "electorate", "rejected", "spoilt", "spoiled", "invalid",
                  "valid", "count", "round", "stage", "first", "second", "final", "quota", "swing", "others", "other",
                  "result", "results", "seats", "votes", "party", "parties", "candidate", "candidates", "notes", "note"}
"""Words opening a table row that stands alone but names no seat ("| Total |  |  |", "| First count |  |  |")."""
"""How many rows up a row with an empty first cell looks for the race it belongs to."""


def _exact(text: str) -> bool:
    """A figure written to the unit, not rounded: "27,023", not "27,000" or "27.0"."""
    digits = text.replace(",", "")
    return digits.isdigit() and len(digits.rstrip("0")) >= 4


NOT_A_VERB = frozenset({"and", "or", "of", "in", "on", "at", "to", "with", "for", "from", "by", "as", "who", "which"})
"""Words after a name that show it is no clause's subject ("independents and minor parties")."""
TALLY_NOUNS = frozenset({"tally", "total", "haul", "count", "share", "majority", "seats", "vote", "lead", "margin"})
"""Nouns a year may qualify before the figure they give ("its 2019 tally of 52 seats")."""
COMPARED_VERBS = frozenset({"achieved", "did", "managed", "had", "got", "won", "took", "secured", "polled", "scored",
                            "recorded", "gained", "received"})
"""Verbs after the party a comparison names ("than the SNP achieved"): it is that clause's subject."""


class Context:
    """Answers, for a reading, whose it is, where, which election and how it was hedged."""

    def __init__(self, v: View, readings: dict[int, Reading], default_year: int | None = None,
                 home_aliases: frozenset[str] = frozenset(), states: frozenset[str] = frozenset(),
                 us_states: frozenset[str] = frozenset()):
        self.v = v
        self.us_states = us_states
        """The United States' states, which no gazetteer makes mentions of: statewide races are named by them."""
        self.readings = readings
        self.home_aliases = home_aliases
        """Names of the home chamber ("Commons", "Westminster"): a region inside it stays the scope."""
        self.mentions = [m for m in v.mentions]
        self.by_start = {m.start: m for m in self.mentions}
        self.by_end: dict[int, Span] = {}
        for m in self.mentions:
            if m.end not in self.by_end or m.kind == "person":
                self.by_end[m.end] = m
        self.places = [m for m in self.mentions if m.kind == "place"]
        self.role_seats = frozenset(_bare_place(L.name) for L in self.places if L.via.startswith("role"))
        """The seats the article names by their role ("elected Mayor of X", "held X with …")."""
        self.place_starts = [m.start for m in self.places]
        # Mentions by sentence and places by paragraph: lookups stay local, so a long document stays linear.
        self.in_sentence: dict[int, list[Span]] = defaultdict(list)
        for m in self.mentions:
            self.in_sentence[v.sent_of[m.start]].append(m)
        self.places_in_para: dict[int, list[Span]] = defaultdict(list)
        for L in self.places:
            self.places_in_para[v.para_of[L.start]].append(L)
        # An article about one nation's seats: every region it names is that one, named up top.
        regions = [m for m in self.mentions if m.kind == "region" and v.lower(m.start) not in WHOLE_COUNTRY
                   and not _in_passing(v, m)]
        names = {m.name for m in regions}  # ("Nationally, the NDA won 293" turns to the whole country: not a region)
        self.states = states
        self.article_regions = names if len(names) == 1 and any(
            v.para_of[m.start] <= (0 if m.name in states else 1) for m in regions) else set()
        # (not a region named in passing: "after some hedging over Scotland", "Northern Ireland's parties")
        # (a state abroad only when the headline names it: "Its worst result came in Bihar" is one passage's)
        self.winners: set[str] = set()
        """People a sentence says won or held their seat, whether or not it gives a figure."""
        self.by_election = any(
            (w == "byelection" or w == "election" and v.lower(k - 1) == "-" and v.lower(k - 2) == "by")
            and v.para_of[k] <= 2 for k, w in enumerate(v.lowers[:400]))
        """Copy headed as a by-election's: its "general election" is the one before."""
        self._other_races: dict[int, bool] = {}  # table → under another race's heading (`in_another_race`)
        self._captions: dict[int, str | None] = {}  # table's first token → the seat its caption names
        self._groups: dict[tuple[int, int], str | None] = {}  # (table, row) → the group row's label above it
        self._totalled: dict[int, bool] = {}  # table → has a "Total" row (`_unknown_party_row`)
        self.bindings = self._bind_places()
        self.winners |= self._defeaters()
        self.headings = self._year_headings()
        self._sectioned: dict[int, int] | None = None
        self._when_sents: set[int] | None = None
        self._past_openers: dict[int, tuple[int, int | None]] | None = None
        self._year_openers: dict[int, tuple[int, int, int]] | None = None
        """(token, year) of lines that are only a year ("2010", "2005*", "2015 Result:"), in order:
        a results list's section heading, which dates the lines under it in its paragraph."""
        self._that_at: list[int] | None = None
        """Tokens that say 'that election' (`_says_that_election`), found on first use."""
        self._example_paras: dict[int, int] | None = None
        self._rounds_told: bool | None = None
        self.current_year = default_year or self._current_year()
        self._para_starts: dict[int, int] | None = None
        self._headed: dict[int, str] | None = None
        self._region_heads: dict[int, str | None] | None = None
        self._state_races: dict[int, str] | None = None
        """The seat a section heading names, by paragraph below it (`_section_places`), found on first use."""
        """Each paragraph's first token, worked out on first use."""
        self._heading_parties: dict[tuple[int, int], list[Span]] | None = None
        """The parties each table column's heading names, found on first use."""
        self._row_seats_at: dict[int, list[tuple[int, str]]] = {}
        """Per sentence, where it names a seat of the article's tables, found on first use."""
        self.row_seats = self._row_seats()
        """The seats a table of seats names in its rows, by their words in lower case: "| Aldermoor | 44.2 | …"."""

    # -- owner ----------------------------------------------------------------------

    def owner(self, r: Reading) -> Owner:
        """Whose figure it is, and for a margin or majority the other side: the side the copy names
        with "over/than/ahead of" wins over any other object of the sentence ("held … for the
        Conservatives …, a majority of 495 over Labour's Danny Beales")."""
        found = self._owner(r)
        explicit = self._explicit_counterpart(r)
        if explicit is not None and (found.mention is None or explicit.name != found.mention.name):
            return Owner(found.mention, found.via, explicit)
        return found

    def _owner(self, r: Reading) -> Owner:
        v = self.v
        if r.unit == "votes" and (m := self._candidate_who(r.i)) is not None:
            return Owner(self._person_for(m), "the party's candidate", None)  # "a majority of 33,633 over Labour's
            # candidate, who took 98,204": that candidate's count, not the winner's
        if r.threshold and r.unit == "seats" and self._held_together_before(r.i):
            return Owner(None, "a group's", None)  # "leaving the two parties with 86 seats between them, two short of
            # the 88 needed": the pair's target, not the last party named
        if r.kind == Kind.SHARE and (side := self._side_in_favour(r.i)) is not None:
            return Owner(side, "the side 'in favour' or 'against'", None)  # "2,019 voted Yes and 579 voted No - 77.7
            # per cent in favour": Yes's share
        if (m := self._respectively(r.i)) is not None:
            return Owner(self._person_for(m), "respectively", None)  # "Shiv Sena and the NCP won 57 and 41 respectively"
        if r.unit == "seats" and v.lower(r.i - 1) in ("it", "them") and v.lower(r.i - 2) in GIVE_VERBS:
            return self._given_it(r.i)
        if r.kind == Kind.MAJORITY and r.anchor is not None and any(
                v.lower(k) in ("it", "them") and v.lower(k - 1) in GIVE_VERBS and v.num(k + 1) is not None
                for k in range(max(1, r.anchor - 8), r.anchor)):
            return self._given_it(r.i)  # "… to give it 338 seats and a majority of 26"
        if r.kind in (Kind.SHARE_CHANGE, Kind.SHARE, Kind.CHANGE) and (m := self._share_of(r.i)) is not None:
            return Owner(self._person_for(m), "whose share", None)  # "the Conservative share of the vote falling by 12.6"
        if r.kind in (Kind.MAJORITY, Kind.MAJORITY_SHARE) and r.anchor is not None and self._labels_its_line(r.anchor):
            return Owner(None, "a results list's 'Majority:' line", None)  # the winner's, whoever is named above
        if r.kind == Kind.SHARE and (v.lower(r.i - 1) == "(" and (count := self.readings.get(
                r.i - 3 if v.lower(r.i - 2) in ("votes", "vote") else r.i - 2)) is not None  # ("26,905 votes (41.5 percent)")
                                     or v.lower(r.i - 1) == "or" and v.lower(r.i - 2) == ","
                                     and not self._share_pair(r.i)
                                     and (count := self._count_before_or(r.i)) is not None) \
                and count.kind == Kind.VOTES:
            found = self._owner(count)  # "… 21,791 votes (47.4%) to Mr Skinner's 16,492 (35.9%)": the count's
            return Owner(found.mention, found.via, None)
        if v.lower(r.i - 1) == "(" and (m := self.by_end.get(r.i - 1)) is not None and m.kind == "person" \
                and r.kind == Kind.VOTES and not (v.lower(r.i + 1) == "to" and v.num(r.i + 2) is not None):
            # (not "holds on by 812 votes over the Lib Dem Sarah Collins (18,230 to 17,418)": a score, the
            # winner's first)
            return Owner(m, "adjacent", None)  # "beating Conservative Jeremy Stroud (98,417)": the count is his
        if r.kind == Kind.MARGIN and r.unit == "votes" and r.slot != "table" \
                and (pair := self._pair_apart(r.i)) is not None:
            return Owner(pair[0], "the two the copy says it parts", pair[1])
        if r.kind in (Kind.MAJORITY, Kind.MARGIN) and r.unit == "votes" and r.slot != "table" \
                and (pair := self._pair_before(r)) is not None:
            return Owner(pair[0], PAIR_BEFORE, pair[1])
        if r.slot == "list" and r.kind == Kind.SHARE and self.by_end.get(r.i) is None:
            return Owner(None, "an entry of a list that names no party we know", None)  # "…; TOP 2.1; others 2.3"
        if r.kind in (Kind.MAJORITY, Kind.MARGIN) and r.unit == "votes" and r.slot != "table" \
                and (top := self._list_before(r)) is not None:
            return Owner(top[0], "the first of the counts listed before it", top[1])
        if r.slot == "table" and (cell := v.cells[r.i]) is not None \
                and (cell.row_label.split()[:1] in (["other"], ["others"], ["all"]) or self._others_cell_before(r.i)):
            return Owner(None, "a row of others", None)  # "| Other NDA parties | 13 |": no one party's
        if r.slot == "table" and r.kind in (Kind.SHARE, Kind.VOTES) and (cell := v.cells[r.i]) is not None \
                and ((side := SIDE_COLUMN.match(cell.header))
                     or cell.header in ("%", "share", "per cent") and 0 < cell.column <= len(cell.headers)
                     and (side := SIDE_COLUMN.match(cell.headers[cell.column - 1]))):
            # (and a bare "%" column after its side's: "| Area | Remain | % | Leave | % |")
            # "| Voting area | Yes % | No % |": a referendum's sides as columns, each row a place
            return Owner(Span("party", r.i, r.i, side.group(1).title(), via="a referendum's side (a column)"),
                         "table column", None)
        if r.slot == "table" and r.kind in (Kind.SHARE, Kind.VOTES) and (m := self._place_row_party(r.i)) is not None:
            return Owner(m, "table column", None)  # "| Seat | Held by | ALP 2PP | LNP 2PP |": each column a party's
        if r.slot == "table" and r.kind == Kind.SWING and (pair := self._column_swing(r.i)) is not None:
            return Owner(pair[1], "table column", pair[0])  # "| Swing Con to Lab |": to the second, from the first
            # ("| Swing to ALP |": to Labor, whoever won the row's seat)
        if r.slot == "table" and r.kind in (Kind.SEATS, Kind.SEAT_CHANGE) and (m := self._unknown_party_row(r.i)):
            return Owner(m, "table row", None)  # "| 100% Redress | 1 |": a party of its own, in the table's sum
        if r.slot == "table" and (m := self._row_owner(r.i, lead=r.kind in ROW_WHOLE_KINDS)) is not None:
            return Owner(m, "table row", None)
        if r.slot != "table" and r.kind == Kind.SHARE and v.cells[r.i] is not None and not v.cells[r.i].heading \
                and not self._heading_party_list(r.i) and (m := self._row_owner(r.i)) is not None and m.kind == "person":
            return Owner(m, "table row", None)  # "| Anna Pell | LD | 22,406 | 50,130 | 44.7% |": the winner's share
        if r.slot == "table" and self._party_column(r.i) and self._unknown_party_cell(r.i):
            return Owner(None, "a party we do not know", None)  # "| NDA | Apna Dal (Soneylal) | 9 |"
        if r.slot == "tally" and (p := self._line_person(r.i)) is not None:
            return Owner(p, "results line", None)  # "CALDER, Hamish   National   21,054": the candidate's, of that party
        if r.slot == "table" and r.kind in (Kind.SHARE, Kind.VOTES) and (m := self._column_party(r.i)) is not None:
            return Owner(m, "table column", None)  # "| Seat | Con 2019 % | Con 2024 % | Lab 2019 % | …": the column's
        if r.slot in ("score_a", "score_b") and (passive := self._beaten_by(r.i)) is not None:
            # "Rick Gallant, who was beaten in Fenwick-Bayshore by the Liberal newcomer Temi Adeyemi, …, 4,220 votes
            # to 2,932": the agent's count first, then the beaten side's
            agent, beaten_side = passive
            return Owner(agent, "the winner of a score (after 'was beaten by')", beaten_side) if r.slot == "score_a" \
                else Owner(beaten_side, "the beaten side of a score ('was beaten by')", None)
        if (r.slot == "score_a" or r.kind == Kind.SHARE and self._share_pair(r.i)) \
                and (beaten := self._beaten_before(r.i)) is not None:
            # (a pair of shares too: "Fitzroy leads Liberal David Kerr 52.4 per cent to 48.6 per cent")
            # "Robert Halfon … beating Labour 27,510 to 13,447": the first count is the winner's, not the beaten
            # side's named just before it
            sent = v.sentence_bounds(r.i)[0]
            winners = [m for m in self.mentions if m.kind in ("person", "party") and sent <= m.start < beaten.start
                       and not self._is_object(m)]
            people = [m for m in winners if m.kind == "person"]  # not the "(D)" after "Alana Ruiz"
            if winners:
                return Owner(self._person_for((people or winners)[-1]), "the winner of a score", beaten)
        if r.slot == "score_b" and (m := self._for_after(r.i)) is not None:
            return Owner(self._person_for(m), "the other side of a score", None)  # "… to 3,377 for her rival, X"
        if r.slot == "score_b":  # "beating Marcus Fenn by 2,416 votes (25,292 to 22,876)": the beaten side's
            return Owner(self.counterpart(Reading(r.i, Kind.MARGIN, "votes")), "the other side of a score", None)
        if r.kind == Kind.SHARE and (v.lower(r.i - 1) in ("to", "against", "versus")
                                     or v.lower(r.i - 1) in (",", "and")) \
                and (m := self._for_after(r.i)) is not None:
            # "won 52.3% of the vote to 44.1% for Democrat Susan Ortiz"; the next of a list of them, "against 28.9 per
            # cent for Mr Davenant, 17.6 per cent for Reform UK's Colin Sparkes and 8.3 per cent for the Greens"
            return Owner(self._person_for(m), "for", None)
        if r.kind in (Kind.VOTES, Kind.SHARE) and (v.lower(r.i - 1) == "to" or v.lower(r.i - 1) == "or"
                                                   and v.lower(r.i - 2) == "," and v.lower(r.i - 3) == "votes"
                                                   and v.lower(r.i - 5) == "to") \
                and (m := self._for_after(r.i)) is not None:
            # "received 8,905 votes, or 50.3 percent, to 8,493 votes, or 47.9 percent, for Republican Carl Benning"
            return Owner(self._person_for(m), "for", None)
        if r.kind == Kind.SHARE and v.lower(r.i - 1) == "to" and v.lower(r.i - 2) in ("%", "cent", "percent") \
                and not self._from_before(r.i) \
                and (other := self.counterpart(Reading(r.i, Kind.MARGIN, "votes"))) is not None:
            return Owner(other, "the other side of a score", None)  # "by 6.2 points, 52.8% to 45.6%, defeating X"
        if r.unit == "seats" and v.lower(r.i - 1) == "with" and (m := self._fronted_subject(r.i)) is not None:
            return Owner(m, "the subject after a fronted 'with'", None)  # "with 19 of 45 seats Labour remains …"
        if r.slot == "split":  # "9,441 of those votes flowed to Labor": the side it went to
            k = next((k for k in range(r.i + 1, min(v.n, r.i + 8)) if v.lower(k) == "to"), None)
            j = k + 1 + (v.lower(k + 1) in ("mr", "ms", "mrs", "dr", "the")) if k is not None else None
            if j is not None and (p := next((self.by_start[t] for t in range(j, min(v.n, j + 4)) if t in self.by_start
                                             and self.by_start[t].kind == "person"), None)) is not None \
                    and all(v.text(t)[:1].isupper() for t in range(j, p.start)) \
                    and (self.by_start.get(j) is None or self.by_start[j].kind == "party"):
                return Owner(p, "the side it went to", None)  # "1,402 to Social Democrat Grainne Murphy"
            if j is not None and ((m := self.by_start.get(k + 1)) is not None or (m := self.by_start.get(j)) is not None) \
                    and m.kind in ("person", "party"):
                if m.kind == "party" and v.lower(m.end) in ("'s", "’s") and (p := self.by_start.get(m.end + 1)) is not None \
                        and p.kind == "person":
                    m = p  # "1,480 to Labor's Joe Ruiz"
                return Owner(self._person_for(m), "the side it went to", None)
        if r.slot == "for":  # "191 for Labour"
            j = r.i + 2 + (v.lower(r.i + 2) == "the")
            if (m := self.by_start.get(j)) is not None and m.kind in ("person", "party"):
                return Owner(self._person_for(m), "for", None)
        if (m := self._going_to(r.i)) is not None:
            return Owner(self._person_for(m), "for", None)
        if r.slot in ("from", "to") and (m := self._subject_of_change(r.i)) is not None:
            return Owner(self._person_for(m), "subject of the change", self.counterpart(r))
        anchor = r.anchor if r.anchor is not None and r.anchor < r.i else r.i
        k = anchor - 1
        while k >= 0 and v.lower(k) in OWNER_ADJECTIVES and v.lower(k) != "'s":
            k -= 1
        if v.lower(k) in POSSESSIVE and (m := self.by_end.get(k)) is not None and m.kind in ("person", "party"):
            return Owner(self._person_for(m), "possessive", self.counterpart(r))
        if v.lower(k) in ("'s", "’s") and v.lower(k - 1) in CANDIDATE_WORDS \
                and (m := self.by_end.get(k - 1)) is not None and m.kind == "party":
            return Owner(self._person_for(m), "the party's candidate", self.counterpart(r))  # "the Conservative
            # candidate's 17,086"
        if v.lower(k) in ("'s", "’s") and self.by_end.get(k) is None and v.t.is_lower[k - 1]:
            return Owner(None, "possessive of a thing", None)  # "the state's 20 electoral votes"
        if (m := self.by_start.get(k)) is not None and m.end == k + 1 and m.kind == "person" \
                and v.lower(k) in ("his", "her"):
            return Owner(m, f"pronoun {v.text(k)}", self.counterpart(r))
        if v.lower(k) in ("its", "their") and (p := self._main_subject_after(k)) is not None:
            return Owner(p, f"pronoun {v.text(k)}, the subject of the clause after", self.counterpart(r))
        if v.lower(k) == "its" and self._body_before(k):
            return Owner(None, "a body's own (its)", None)  # "The borough elects its 38 councillors in halves"
        if v.lower(k) in ("its", "their") and (p := self._last_party(k)) is not None:
            return Owner(p, f"pronoun {v.text(k)}", self.counterpart(r))
        if r.slot == "members" and (m := self.by_start.get(r.i + 1)) is not None and m.kind == "party":
            if v.has(m.end, "context.caucus"):
                return Owner(None, "a group's", None)  # "28 Democratic caucus": the party and its allies
            return Owner(m, "the party after its count ('17 Conservatives')", None)
        if (m := self.by_end.get(r.i)) is not None and m.kind in ("person", "party"):
            return Owner(self._person_for(m), "adjacent", self.counterpart(r))
        if (m := self._given_to(anchor)) is not None:
            return Owner(self._person_for(m), "indirect object", self.counterpart(r))
        if anchor != r.i and (m := self.by_end.get(anchor)) is not None and m.kind == "party" \
                and (v.has(anchor, "unit.seats") or v.has(anchor, "unit.votes") or v.has(anchor, "cue.majority")):
            return Owner(m, "modifier", self.counterpart(r))  # "his tally of Lib Dem MPs … eight"
        if (m := self._party_inside_unit(r)) is not None:
            return Owner(m, "modifier", self.counterpart(r))  # "56 SNP MPs"
        if (m := self.by_end.get(r.i - 1)) is not None and v.lower(r.i - 1) in POSSESSIVE | {"on", "with"} \
                and m.kind in ("person", "party") and not (m.kind == "party" and self._stood_for(m)) \
                and not (v.lower(r.i - 1) == "with" and self._beaten_before(r.i) is m):
            # (not "beating Conservative Tom Hale with 18,204 votes": the beater's count, not the beaten side's)
            if m.kind == "party" and (p := self._appositive_person(m)) is not None:
                return Owner(p, "apposition", self.counterpart(r))  # "ahead of David Hinder of Labour on 11,498"
            return Owner(self._person_for(m), "possessive", self.counterpart(r))
        s, _ = v.sentence_bounds(r.i)
        if r.unit == "seats" and r.kind == Kind.SEATS and (pair := self._joint_subject(r.i)):
            return Owner(None, "a group's", None)  # "Plaid and Reform share four of six seats", "Labour's Gary Doig
            # and the Conservative Hamish Rattray took the remaining two seats": the two together
        counterpart = None
        fallback: Span | None = None
        quote = v.quote_of[r.i]
        if quote and any(v.quote_of[k] == quote and v.lower(k) in FIRST_PERSON for k in range(v.clause_start[r.i], r.i)):
            quote = 0  # "'I won by 26 votes,' said Lund": the speaker's own
        relatives = self._closed_relatives(s, anchor)
        aside = self._dashed_aside(s, anchor)
        if r.unit == "seats" and r.kind == Kind.SEATS \
                and (last := next((m for m in reversed(self.in_sentence[v.sent_of[r.i]]) if m.end <= anchor), None)) \
                is not None and last.kind == "party" and self._relative_head(last, anchor) \
                and not any(v.num(k) is not None for k in range(last.end, anchor)):
            return Owner(last, "relative", None)  # "… will rely on the Sweden Democrats, who won 72 seats": the head of
            # the relative clause, whatever group the sentence named before it
        if any(v.lower(k) in ("both", "all") and v.lower(k + 1) in BOTH_SIDES
               for k in range(max(v.clause_start[r.i], anchor - ASIDE_REACH), anchor)):
            return Owner(None, "a group's", None)  # "both candidates are listed at 50.0 percent": each's, no one's
        if r.unit == "seats" and (c := next((k for k in range(anchor, max(s, anchor - 8) - 1, -1)
                                             if v.has(k, "context.caucus")), None)) is not None \
                and not any((m := v.mention_at[k]) is not None and m.kind in ("person", "party")
                            for k in range(c + 1, anchor)):
            return Owner(None, "a group's", None)  # "giving the Democratic caucus 47": the party and its allies
        if r.unit == "seats" and (g := next((k for k in range(anchor - 1, max(s, anchor - 8) - 1, -1)
                                             if v.lower(k) in GROUP_NOUNS and v.lower(k + 1) in GROUP_VERBS), None)) \
                is not None and self._group_of_several(g, anchor, s):
            # (not where a name is the group or heads it: "the INDIA bloc won 234", "Alliance won one", "Malcolm
            # Turnbull's Coalition government"; but "the Conservative-led alliance has 38 seats" is the alliance's)
            return Owner(None, "a group's", None)  # "Add the Greens' 10 and the pro-independence bloc has 72 seats"
        if r.unit == "seats" and (j := next((k for k in range(max(s, v.clause_start[r.i]), anchor)
                                             if v.lower(k) in JOINT_NOUNS and v.lower(k + 1) == "of"), None)) is not None \
                and sum(1 for m in self.in_sentence[v.sent_of[r.i]] if m.kind == "party" and j < m.start < anchor) >= 2:
            return Owner(None, "a group's", None)  # "A joint list of the Labour Party and GreenLeft … came second
            # with 25 seats": the list's, no one party's
        if r.unit == "seats" and v.lower(anchor - 1) in SEAT_SENDS and (m := self.by_end.get(anchor - 1)) is not None \
                and m.kind == "place":
            return Owner(None, "a seat's size", None)  # "as Wath returns three councillors from two parties"
        for m in reversed([m for m in self.in_sentence[v.sent_of[r.i]] if s <= m.start and m.end <= anchor]):
            if m.kind not in ("person", "party") or quote and v.quote_of[m.start] != quote:
                continue  # a figure in direct speech is not the speaker's ("Lund said: \"Twenty-six votes.\"")
            if any(a < m.start < b for a, b in relatives):
                continue  # "Dufresne, who trailed Aubin after the first ballot, won by 791": not Aubin's
            if aside is not None and aside[0] < m.start < aside[1]:
                if aside[2]:
                    return Owner(None, "a group's", None)  # "The Mahayuti alliance - the BJP, Shinde's Shiv Sena
                    # and Pawar's NCP - won 235": the group the aside lists, no one member's
                continue  # "Labour - the party of Attlee - won 40": the head's, before the aside
            if m.kind == "person" and r.unit == "seats" and (v.lower(m.start - 1) == "under" or any(
                    (v.lower(k), v.lower(k - 1)) == ("by", "led") for k in range(max(s, m.start - 6), m.start))):
                continue  # "The Conservatives under Pierre Poilievre took 144": the party's seats
            if r.kind == Kind.VOTES and v.lower(m.end) in POSSESSIVE and v.has(m.end + 1, "cue.majority"):
                continue  # "overturning Alexander's majority with more than 23,000 votes": not Alexander's votes
            if r.kind == Kind.RANK and m.via.startswith("pronoun") and v.lower(m.start) in ("his", "her", "their", "its") \
                    and m.start != v.sentence_bounds(m.start)[0] and v.t.is_alpha[m.end] and v.text(m.end).islower():
                continue  # "Freya Lindqvist cut deep into his vote, taking second place": the clause's subject's place
            if r.kind == Kind.RANK and v.lower(m.end) in POSSESSIVE and v.t.is_alpha[m.end + 1] \
                    and v.text(m.end + 1).islower() and v.num(m.end + 1) is None \
                    and any(v.lower(k) in ("despite", "after", "while", "though", "although") for k in range(m.end, r.i)):
                continue  # "… has won Wollert Downs, ending the Liberals' hold on the seat despite finishing second":
                # the winner's place, told after a possessive in her clause
            if r.kind in (Kind.SHARE, Kind.VOTES) and any(v.lower(k) in ("they", "voters", "electors")
                                                           for k in range(m.end, anchor)):
                return Owner(None, VOTERS_OWN, None)  # "Kansas voters re-elected Senator Jerry Moran,
                # while in August they had rejected by 59 percent to 41 percent an amendment": the voters', no one's
            if self._relative_head(m, anchor) and not (r.kind in (Kind.MAJORITY, Kind.MARGIN) and self._is_object(m)
                                                       and any(a == m.end for a, _ in relatives)):
                # (not "… against 15,207 for Gerald Hume, who had held the seat since 2010, a majority of 3,375")
                return Owner(self._person_for(m), "relative", counterpart or self.counterpart(r))
            if (m.kind == "person" or m.kind == "party" and (v.lower(m.end) not in ("on", "at", "with", ",")
                                                              or not self._is_object(m))) \
                    and self._on_a_figure(m.end) == r.i \
                    and not (v.lower(r.i - 1) == "with" and self._beaten_before(r.i) is m):
                return Owner(m, "nearest", counterpart or self.counterpart(r))
            if v.lower(m.start - 1) == "with" and v.lower(r.i - 1) in ("on", "with") and m.end < r.i - 1 and all(
                    v.num(k) is not None or v.lower(k) in ("behind", "ahead", "seats", "points", "votes")
                    for k in range(m.end, r.i - 1)):
                return Owner(self._person_for(m), "with … on", counterpart or self.counterpart(r))
                # "with Reform UK two behind on 30": the 30 is Reform's, the two a gap
            if v.lower(m.start - 1) == "with" and v.lower(m.end) in ("on", "with") \
                    and r.kind in (Kind.MAJORITY, Kind.MARGIN, Kind.MAJORITY_SHARE) \
                    and all(v.lower(k) in ON_A_LEAD for k in range(m.end + 1, r.i)):
                return Owner(self._person_for(m), "with … on a majority", counterpart or self.counterpart(r))
                # "It ended with Ms Raman on a majority of 31": hers, not a side beaten by it
            if self._is_object(m):
                if not (r.kind == Kind.MAJORITY and self._last_holder(m, s)):
                    counterpart = counterpart or m
                continue
            if (r.kind in (Kind.MAJORITY, Kind.MAJORITY_SHARE) or r.kind == Kind.MARGIN and r.anchor is not None) \
                    and r.unit != "seats" \
                    and any(v.has(k, "verb.runner_up") for k in range(max(s, m.start - 5), anchor)) \
                    and self._count_between(m.end, anchor):
                # "Labour's Tom Wilson was second with 10,874, a majority of 12,185": the winner's, over him
                return Owner(None, "the winner's, over the runner-up", self._person_for(m))
            if m.kind == "party" and (p := self._appositive_person(m)) is not None:
                return Owner(p, "apposition", counterpart or self.counterpart(r))
            if m.kind == "party" and v.lower(m.end) in ("vote", "share", "support") and r.kind in (
                    Kind.SHARE, Kind.VOTES, Kind.SHARE_CHANGE):
                return Owner(self._person_for(m), "the party's vote", counterpart or self.counterpart(r))
            if m.kind == "party" and m.end < anchor and v.lower(m.end) in CANDIDATE_NOUNS[:6] \
                    and all(v.lower(k) in CANDIDATE_NOUNS for k in range(m.end, anchor)):
                return Owner(self._person_for(m), "the party's candidate", counterpart or self.counterpart(r))
                # "… Ms Lindgren 48.1% and the Libertarian candidate 2.6%": the party's, not the last person's
            if m.kind == "party" and (self._modifier(m) or self._stood_for(m)):
                fallback = fallback or m
                continue
            if fallback is not None and m.end <= v.clause_start[r.i] <= fallback.start:
                break  # "Mr Ashby's share climbed …, while the Liberal Democrat vote slumped to 34.2"
            via = m.via if m.via.startswith("pronoun") else "nearest"
            return Owner(self._person_for(m), via, counterpart or self.counterpart(r))
        if fallback is not None:  # the party the figure's sentence is about ("… for Labour with 23,528 votes")
            return Owner(self._person_for(fallback), "nearest", counterpart or self.counterpart(r))
        end = v.clause_end[r.i]
        for m in self.in_sentence[v.sent_of[r.i]]:
            if r.i < m.start < end and m.kind in ("person", "party") and not self._is_object(m) \
                    and v.quote_of[m.start] == quote \
                    and not any(v.lower(k) in (":", "—", "–") for k in range(r.i + 1, m.start)) \
                    and not any(v.lower(k) == "," and v.lower(k + 1).endswith("ing") for k in range(r.i + 1, m.start)):
                # (not "Two seats, one story: why the SNP's retreat was uneven": past a colon, another clause; nor
                # "won … by 214 votes, taking a seat the Conservatives won in 2023": a participle's clause, its holder)
                return Owner(m, "after", self.counterpart(r))
        return Owner(None, "", counterpart or self.counterpart(r))

    def _from_before(self, i: int) -> bool:
        """ "fell from 24.1 per cent to 8.3 per cent": the figure before 'to' is the earlier side of a change, not
        the other side of a score."""
        v = self.v
        k = i - 2
        while k > v.clause_start[i] and v.num(k) is None and i - k < 6:
            k -= 1
        return v.num(k) is not None and v.lower(k - 1) == "from"

    def _labels_its_line(self, k: int) -> bool:
        """Token k starts its line (after any '**' or '#' markup): a label such as "Majority: 4,915"."""
        t = self.v.t
        k -= 1
        while k >= 0 and t.texts[k] in ("*", "**", "#", "##", "-", "•", ">") and not t.is_space[k]:
            k -= 1
        return k < 0 or (t.is_space[k] and "\n" in t.texts[k])

    def _row_mentions(self, i: int, kinds: tuple[str, ...]) -> list[Span]:
        v = self.v
        cell = v.cells[i]
        if cell is None:
            return []
        return [m for m in self.mentions if m.kind in kinds and (c := v.cells[m.start]) is not None
                and (c.table, c.row) == (cell.table, cell.row)]

    def _row_owner(self, i: int, lead: bool = False) -> Span | None:
        """The candidate (or else the party) named in a table row; the row's party is the candidate's. `lead`: a
        majority's or margin's cell, the winner's (the first named)."""
        row = self._row_mentions(i, ("person", "party"))
        # "| PA-7 | Carla Duchene (D) | 196,021 | 51.3 | Kevin Rusk (R) | 173,340 | 46.9 |": a row of two
        # candidates gives each figure to the one named in the cells before it
        left = [m for m in row if m.start < i] if not lead else []
        person = next((m for m in reversed(left) if m.kind == "person"), None) \
            or next((m for m in row if m.kind == "person"), None)
        row = [m for m in row if not self._in_former_column(m)]  # "| Seat | From | To | Winner |": the "To" party's
        left = [m for m in left if not self._in_former_column(m)]
        parties = [m for m in reversed(left) if m.kind == "party" and not self._in_alliance_column(m)] \
            or [m for m in row if m.kind == "party" and not (self._in_alliance_column(m) and self._party_column(i))]
        # (a row whose Party cell names no party we know, "| NDA | LJP (Ram Vilas) | 5 |", is not the alliance's)
        party = parties[0] if parties else None  # (not "| BJP | NDA | 21 |" under "Alliance": the party's row)
        if person is not None:
            if person.party is None and party is not None and not self._in_column_of(party, RUNNER_UP_HEADS):
                person.party = party.name
            return person
        return party

    def _place_row_party(self, i: int) -> Span | None:
        """In a table whose first column names places ("| Seat | Held by | ALP 2PP | LNP 2PP |"), the party token
        i's column heading names, before any party its row names (the seat's holder is not each figure's owner)."""
        v = self.v
        cell = v.cells[i]
        if cell is None or not cell.headers or not PLACE_HEADING.match(cell.headers[0]):
            return None
        m = self._column_party(i)
        # (a heading row of cells spanning two columns has no column numbers: the words must be the column's own)
        return m if m is not None and v.span_text(m.start, m.end).lower() in cell.header.split() else None

    def _column_party(self, i: int) -> Span | None:
        """The one party a table column's heading names ("Con 2024 %"), for a table whose rows name seats."""
        heads = self._heading_party_list(i)
        return heads[0] if heads and len({m.name for m in heads}) == 1 else None

    def _heading_party_list(self, i: int) -> list[Span]:
        """The parties named in the heading of token i's table column, in order."""
        v = self.v
        if self._heading_parties is None:  # each column's heading parties, found once
            self._heading_parties = defaultdict(list)
            for m in self.mentions:
                if m.kind == "party" and (c := v.cells[m.start]) is not None and c.heading:
                    self._heading_parties[(c.table, c.column)].append(m)
        cell = v.cells[i]
        return self._heading_parties.get((cell.table, cell.column), []) if cell is not None else []

    def _line_person(self, i: int) -> Span | None:
        """The person a results line opens with, when only their party and spaces stand between them and the count
        at token i."""
        v = self.v
        k = i - 1
        party = None
        while k >= 0 and "\n" not in v.text(k):
            m = v.mention_at[k]
            if m is not None and m.kind == "person":
                if party is not None and m.party is None:
                    m.party = party.name
                return m
            if m is not None and m.kind == "party":
                party = m
                k = m.start - 1
                continue
            if not v.t.is_space[k] and v.lower(k) not in ("-", "–", "—", ":", "(", ")", ","):
                return None
            k -= 1
        return None

    def _column_swing(self, i: int) -> tuple[Span | None, Span] | None:
        """The two parties of a swing column's heading, from and to ("Swing Con to Lab")."""
        v = self.v
        heads = self._heading_party_list(i)
        if len(heads) == 1 and v.lower(heads[0].start - 1) == "to":
            return None, heads[0]  # "| Swing to ALP |"
        if len(heads) != 2 or heads[0].name == heads[1].name \
                or not any(v.lower(k) == "to" for k in range(heads[0].end, heads[1].start)):
            return None
        return heads[0], heads[1]

    def _others_cell_before(self, i: int) -> bool:
        """A cell before token i in its row that names everyone else ("| NDA | Other NDA parties | 13 |")."""
        v = self.v
        text, at = v.t.text, v.t.starts[i]
        line = text[text.rfind("\n", 0, at) + 1:at]
        return any(c.strip(" *_").lower().split()[:1] in (["other"], ["others"]) for c in line.split("|"))

    def _unknown_party_cell(self, i: int) -> bool:
        """Token i's row names no known party in its Party column, only in its alliance column."""
        parties = self._row_mentions(i, ("party",))
        return bool(parties) and all(self._in_alliance_column(m) for m in parties) \
            and not self._row_mentions(i, ("person",))

    def _heads_table(self, L: Span, first: int) -> bool:
        """The place opens a short line that is the last before the table starting at token `first` ("## Stirling
        Con gain from SNP"): the table's heading, not a place in a paragraph above it."""
        text, starts, ends = self.v.t.text, self.v.t.starts, self.v.t.ends
        line_start = text.rfind("\n", 0, starts[L.start]) + 1
        lines = text[ends[L.end - 1]:starts[first]].split("\n")
        return len(text[line_start:starts[L.start]].strip(" #*_")) == 0 and len(lines[0]) <= 40 \
            and not any(ch in lines[0] for ch in ".,;") and all(not x.strip(" |") for x in lines[1:])

    def _caption_ward(self, caption: str, first: int) -> str | None:
        """The ward a table's caption names after its council ("Powys, Rhayader Vale"), as the copy writes it;
        `caption` is the cell's (lower-cased), `first` the table's first token."""
        hi = self.v.t.starts[first]
        window = self.v.t.text[max(0, hi - 400):hi]  # (the caption sits just above the table)
        at = window.lower().rfind(caption)
        if at < 0:
            return None
        written = window[at:at + len(caption)]
        if (m := COUNCIL_WARD_CAPTION.fullmatch(written)) is not None:
            return m.group(1)
        words = written.split()
        if SEAT_CAPTION.fullmatch(written) and sum(w[:1].isupper() for w in words) >= 2 \
                and not any(w.lower().strip(",:") in NOT_SEAT_CAPTION for w in words):
            return written  # "<h3>Aberdeen South and North Kincardine</h3>" over its table: the seat it names
        return None

    def _unknown_party_row(self, i: int) -> Span | None:
        """The party a row of a "| Party | Seats |" table names when we do not know it: its first cell whole, where
        that names no party we know, or names one only in part ("| Independent 4 Change |" is not the
        Independents). None for the copy's own rows ("| Total |", "| Vacant |") and rows of others."""
        v = self.v
        cell = v.cells[i]
        if cell is None or cell.column == 0 or not cell.headers or cell.headers[0].strip(" *_") not in ("party", "parties") \
                or any(w in h for h in cell.headers for w in ("alliance", "bloc", "coalition", "group")):
            return None  # (a party of an alliance's table may be counted in the alliance's seats: no side of its own)
        if (totalled := self._totalled.get(cell.table)) is None:
            totalled = self._totalled[cell.table] = any(
                c is not None and c.table == cell.table and c.row_label.split()[:1] in (["total"], ["totals"])
                for c in v.cells)
        if not totalled:
            return None  # a party we do not know may be an alliance's the prose counts ("| AITC | 29 |"): only
            # under a "Total" row are the rows the whole body
        label = cell.row_label
        if not re.search(r"[^\W\d_]", label) or label.split()[0].strip("*_:") in NOT_PARTY_ROWS:
            return None
        a, k = i, i - 1
        while k >= 0 and ((c := v.cells[k]) is None and v.text(k).strip() in ("|", "")
                          or c is not None and (c.table, c.row) == (cell.table, cell.row)):
            a = k if c is not None else a  # (back over the row's cells and the rules between them)
            k -= 1
        b = a
        while b < v.n and (c := v.cells[b]) is not None and (c.table, c.row, c.column) == (cell.table, cell.row, 0):
            b += 1
        words = [k for k in range(a, b) if v.t.is_alpha[k] or v.num(k) is not None]
        named = [m for k in range(a, b) if (m := v.mention_at[k]) is not None and m.start == k
                 and m.kind in ("party", "person")]  # (the label's own tokens: no scan of every mention per figure)
        if not words or named and not any(v.num(k) is not None for k in words if not any(
                m.start <= k < m.end for m in named)):
            return None  # a party we know, whole (or with a word of its own: "| Labour Co-op |")
        while a < b and not (v.t.is_alpha[a] or v.num(a) is not None):
            a += 1
        while b > a and not (v.t.is_alpha[b - 1] or v.num(b - 1) is not None or v.text(b - 1) == ")"):
            b -= 1
        label = v.span_text(a, b)
        return Span("party", a, b, abbreviation_of(label) or label, via="a party we do not know, by its row")
        # ("| Socialists (PSOE) | 121 |": the party its letters name, as the prose's "Socialist Workers' Party (PSOE)")

    def _party_column(self, i: int) -> bool:
        """Token i's table has a column of parties beside its column of alliances ("| Alliance | Party | Seats |")."""
        cell = self.v.cells[i]
        return cell is not None and any(h.strip(" *").lower() in ("party", "parties") for h in cell.headers)

    def _in_former_column(self, m: Span) -> bool:
        """A party named in a table column of the seat's former holder ("| Seat | From | To |", "| Gain from |")."""
        cell = self.v.cells[m.start]
        head = (cell.header if cell is not None else "").strip(" *_")
        return bool(head) and (head.split()[0] in FORMER_HEADS or head.startswith(("gain from", "gained from",
                                                                                     "won from", "taken from")))

    def _in_column_of(self, m: Span, heads: frozenset[str]) -> bool:
        cell = self.v.cells[m.start]
        head = (cell.header if cell is not None else "").strip(" *_")
        return bool(head) and head.split()[0] in heads

    def _in_alliance_column(self, m: Span) -> bool:
        """A party named in a table column of alliances or blocs ("| Party | Alliance | Seats won |")."""
        cell = self.v.cells[m.start]
        return cell is not None and any(w in (cell.header or "") for w in ("alliance", "bloc", "coalition", "group"))

    def _table_place(self, i: int) -> tuple[str | None, float]:
        """A place named in the row (a ward table), else the last place named before the table."""
        v = self.v
        row = self._row_mentions(i, ("place",))
        if row:
            return row[0].name, 0.9
        cell = v.cells[i]
        if cell is not None and (group := self._group_row_label(i)) is not None:
            return group, 0.9
        if cell is not None and cell.headers and cell.headers[0] in SEAT_COLUMNS and cell.column > 0:
            # "| District | Winner | Votes | … |": each row a race of its own, named by its first cell; a row whose
            # first cell is empty is the race of the row above it that names one ("| Abbey | Karen Liddell | … |"
            # then "| | Joe Pratt | … |")
            text, at = v.t.text, v.t.starts[i]
            start = text.rfind("\n", 0, at) + 1
            if "|" not in (line := text[start:text.find("\n", at) % (len(text) + 1)]) \
                    and (plain := PLAIN_LABEL.match(line)) is not None:
                return plain.group(1), 0.9  # a table set in spaces: "Riverside      3,890  4,122 …"
            for _ in range(TABLE_CARRY):
                end = text.find("\n", start)
                line = text[start:end if end >= 0 else len(text)]
                if "|" not in line and line.strip():
                    break
                cells = line.strip().strip("|").split("|")
                if line.strip() and (label := cells[0].strip(" *_")):
                    if label.lower() in SEAT_COLUMNS or set(label) <= set("-: "):
                        break  # the heading row or its rule: no race above
                    return label, 0.9
                if start == 0:
                    break
                start = text.rfind("\n", 0, start - 1) + 1
        if cell is not None and cell.headers and cell.headers[0] in ("party", "parties") \
                and any(h.split()[:1] == ["seats"] or h in ("won", "elected", "mps", "seats won") for h in cell.headers) \
                and not any(h in ("votes", "vote") for h in cell.headers):
            return None, 1.0  # "| Party | Seats | Change | Vote % |": the whole election's line-up, no one seat's (but
            # "| Party | Votes | % | Seats |" under a multi-member district's story is the district's)
        first = min(k for k in range(v.n) if v.cells[k] is not None and v.cells[k].table == cell.table)
        if cell.caption and (named := self._caption_place(first)) is not None:
            return named, 0.9  # "<caption>Algoma Heights</caption>": the seat the table is of
        if cell.caption and (ward := self._caption_ward(cell.caption, first)) is not None:
            return ward, 0.85  # a round-up's "Powys, Rhayader Vale" over each table: the ward after its council
        before = [L for L in self.places if L.end <= first and v.cells[L.start] is None and not self._life_place(L)]
        if not before:
            return None, 1.0
        if self.in_another_race(i):
            return None, 1.0  # "## U.S. Senate" between the seat named last and the table: another race's section
        counts = Counter(L.name for L in self.places)
        top, n = counts.most_common(1)[0]
        if counts[before[-1].name] == 1 and n >= 2 and not before[-1].via.startswith("role") \
                and not self._heads_table(before[-1], first):
            # (not the seat on the line over the table: "<h2>Stirling <small>Con gain from SNP</small></h2>")
            return top, 0.8  # "a Newark councillor" in passing; the article is about Bassetlaw (not a seat named by
            # its role: "<h2>Bryn Aeron (Labour hold)</h2>" over its table)
        title = [L for L in self.places if v.para_of[L.start] == v.para_of[self.places[0].start] == 0]
        if title and title[0].name != before[-1].name and counts[title[0].name] == n \
                and not HEADING_BETWEEN.search(v.t.text, v.t.ends[title[0].end - 1], v.t.starts[first]) \
                and counts[before[-1].name] < n and not self._heads_table(before[-1], first) \
                and v.cells[before[-1].start] is None and not _heading_line(v, *v.paragraph_bounds()[
                    v.para_of[before[-1].start]]):
            return title[0].name, 0.85  # "# Hollinbrook South: Labour gain" over a story that names "the separate
            # Hollinbrook North constituency" in passing just above its table: the headline's seat
        gap = v.para_of[first] - v.para_of[before[-1].start]
        if len(counts) == 1 or len({_bare_place(L.name) for L in self.places}) == 1:
            return before[-1].name, 0.9 if not self._tells_rounds() else 0.85  # the one seat the article names,
            # however far above its table (less sure in a story of several counts, whose prose may give a later
            # count than the table's first column)
        return before[-1].name, 0.85 if gap <= 3 else 0.7

    def _caption_place(self, first: int) -> str | None:
        """The seat a table's caption names on the line over it ("Algoma Heights", "Burnhill and Ashby Road (after
        recount)" over "| Candidate | Party | Votes |"), found once per table."""
        if first not in self._captions:
            k = bisect.bisect_left(self.place_starts, first)
            self._captions[first] = next((L.name for L in reversed(self.places[max(0, k - 3):k])
                                          if L.end <= first and self._heads_table(L, first)
                                          and not self._life_place(L)), None)
        return self._captions[first]

    def _group_row_label(self, i: int) -> str | None:
        """The label of the nearest group row above token i's row in its table: a row whose first cell alone is
        filled ("| Thornbury Centre |  |  |  |" over that riding's candidates), as one table of several seats sets
        each seat's rows apart. Not a row of totals or counts, nor a party's or a person's group."""
        v = self.v
        cell = v.cells[i]
        if (key := (cell.table, cell.row)) not in self._groups:
            self._groups[key] = self._group_above(i)  # (once per row, not per figure in it)
        return self._groups[key]

    def _group_above(self, i: int) -> str | None:
        v = self.v
        cell = v.cells[i]
        text, start = v.t.text, v.t.text.rfind("\n", 0, v.t.starts[i]) + 1
        heads = [h.strip(" *_") for h in cell.headers]
        for _ in range(TABLE_CARRY):
            if start == 0:
                return None
            start = text.rfind("\n", 0, start - 1) + 1
            line = text[start:text.find("\n", start) % (len(text) + 1)].strip()
            if not line:
                continue
            if "|" not in line:
                return None
            cells = [c.strip(" *_") for c in line.strip("|").split("|")]
            if [c.lower() for c in cells] == heads or all(set(c) <= set("-: ") for c in cells):
                return None  # the heading row or its rule: no group above
            if len(cells) >= 3 and cells[0] and not any(cells[1:]):
                label = cells[0]
                k = bisect.bisect_left(v.t.starts, text.find(label, start))  # the label's first token
                m = v.mention_at[k] if k < v.n else None
                if not label[:1].isupper() or any(ch.isdigit() for ch in label) or len(label.split()) > 6 \
                        or label.lower().split()[0] in GROUP_NOT_SEAT or m is not None and m.kind in ("party", "person"):
                    return None
                return m.name if m is not None and m.kind == "place" else label
        return None

    def in_another_race(self, i: int) -> bool:
        """Token i is in a table under a heading that names an office or a chamber ("## U.S. Senate", "## Governor"),
        after the seat the copy named last: another race than that seat's, whatever the article is about."""
        v = self.v
        cell = v.cells[i]
        if cell is None:
            return False
        if cell.table not in self._other_races:
            first = min(k for k in range(v.n) if v.cells[k] is not None and v.cells[k].table == cell.table)
            before = [L for L in self.places if L.end <= first and v.cells[L.start] is None]
            since = v.t.ends[before[-1].end - 1] if before else 0
            self._other_races[cell.table] = any(
                OFFICES & set(words := h.group(1).lower().replace(".", " ").split()) and len(words) <= 5
                for h in HEADING_BETWEEN.finditer(v.t.text, since, v.t.starts[first]))
            # (a section's label, "## U.S. Senate", "## Governor"; not the title, "# Solis flips Senate seat")
        return self._other_races[cell.table]

    def _tells_rounds(self) -> bool:
        """Whether the article tells of several counts: asked once per document, for each of a table's figures."""
        if self._rounds_told is None:
            self._rounds_told = not ROUND_STORY_WORDS.isdisjoint(self.v.lowers)
        return self._rounds_told

    def _count_before_or(self, i: int) -> Reading | None:
        """The count a ", or N%" restates: "1,201,607 votes, or 62.1%", "734,300 for No, or 37.9%"."""
        v = self.v
        for k in range(i - 3, max(-1, i - 7), -1):
            if v.num(k) is not None:
                return self.readings.get(k)
            if v.lower(k) in (",", ";", "(", ")"):
                return None
        return None

    def _going_to(self, i: int) -> Span | None:
        """ "with 14,696 votes going to Liberal Democrat Ian Walker", "2,000 votes went to the Greens"."""
        v = self.v
        k = i + 1 + (v.lower(i + 1) in VOTERS)
        if v.lower(k) == "voted":  # "5,207 people voted No", "4,812 voted for Labour"
            k += 1
            while v.lower(k) in ("for", "to", "the"):
                k += 1
            m = self.by_start.get(k)
            return m if m is not None and m.kind in ("person", "party") else None
        u = unit_after(v, i)
        if u is None or u[0] != "unit.votes":
            return None
        if v.lower(i - 1) in ("her", "his", "their", "its") or v.lower(i - 1) in ("'s", "’s"):
            return None  # "3,010 of her 9,117 votes went to Ms Vance": the whole is the one who gave them
        k = u[2]
        if (v.lower(k), v.lower(k + 1)) not in (("going", "to"), ("went", "to"), ("go", "to"), ("cast", "for")):
            return None
        k += 2
        if v.lower(k) == "the":
            k += 1
        m = self.by_start.get(k)
        if m is not None and m.kind == "party" and (p := self.by_start.get(m.end)) is not None and p.kind == "person":
            return p  # "going to Liberal Democrat Ian Walker"
        return m if m is not None and m.kind in ("person", "party") else None

    def _given_it(self, i: int) -> Owner:
        """ "…, enough to give it 338 seats": the party "it" stands for — the one the sentence names, or the one it
        opens with; not "the Tory collapse" between (a party as a noun's modifier)."""
        v = self.v
        start = v.sentence_bounds(i)[0]
        before = [m for m in self.mentions if m.kind in ("person", "party") and start <= m.start < i]
        if len({m.name for m in before}) == 1:
            return Owner(self._person_for(before[0]), "the party 'it' stands for", None)
        if before and before[0].kind == "party" and before[0].start <= start + 1:
            return Owner(before[0], "the party 'it' stands for: the sentence's subject", None)
        return Owner(None, "'give it N seats': the party 'it' stands for is not named here", None)

    def _given_to(self, anchor: int) -> Span | None:
        """ "That gave the Conservatives a majority of 6,156", "leaving Mr Opperman with a majority of"."""
        v = self.v
        k = anchor - 1
        while k >= 0 and v.lower(k) in GIVEN_ADJECTIVES:
            k -= 1
        if v.lower(k) == "with":
            k -= 1
        m = self.by_end.get(k + 1)
        if m is None or m.kind not in ("person", "party"):
            return None
        j = m.start - 1
        if v.lower(j) == "the":
            j -= 1
        return m if v.lower(j) in GIVE_VERBS else None

    def _stood_for(self, m: Span) -> bool:
        """ "held Hexham for Labour", "standing for the Greens": the party the subject stood for."""
        v = self.v
        k = m.start - 1
        if k >= 0 and v.lower(k) == "the":
            k -= 1
        # … or the side it was taken from: "took the seat from Labour with 23,876 votes"
        return k >= 0 and v.lower(k) in ("for", "representing", "from", "against", "over")

    def _modifier(self, m: Span) -> bool:
        """A party used as an adjective: "the biggest Labour casualty", "Ukip leader"."""
        v = self.v
        if m.end + 1 < v.n and v.text(m.end) == "-" and v.t.is_alpha[m.end + 1] and v.text(m.end + 1).islower():
            return True  # "two Democratic-held districts", "Labour-run councils": a compound adjective
        if m.end >= v.n or not v.t.is_alpha[m.end] or not v.text(m.end).islower() or v.num(m.end) is not None:
            return False  # (not "Plaid Cymru five constituencies": a number word is its figure)
        w = v.lowers[m.end]
        if w in AUXILIARIES or w.endswith("ed") or w in ORDINALS or any(v.has(m.end, c) for c in VERB_CUES):
            return False  # (not "… and the Conservatives third with 6,102": a place, said of them)
        return True

    def _party_inside_unit(self, r: Reading) -> Span | None:
        u = unit_after(self.v, r.i)
        if u is None:
            return None
        for m in self.in_sentence[self.v.sent_of[r.i]]:
            if m.kind == "party" and r.i < m.start and m.end <= u[1]:
                return m
        return None

    def _subject_of_change(self, i: int) -> Span | None:
        """ "the Liberal Democrats fell from three to one": the mention right before the change word."""
        v = self.v
        lo = v.clause_start[i]
        f = i - 1 if v.lower(i - 1) == "from" else next(
            (k for k in range(i - 2, max(lo, i - 6) - 1, -1) if v.lower(k) == "from"), None) \
            if v.lower(i - 1) == "to" else None
        if f is not None and (m := self.by_end.get(f)) is not None and m.kind in ("person", "party") \
                and v.lower(m.start - 1) in ("and", ",", "the") and not self._is_object(m):
            return m  # "The Conservatives rose from 14 to 17 and the Liberal Democrats from two to four": the verb gapped
        for k in range(i - 1, lo - 1, -1):
            if v.has(k, "change.up") or v.has(k, "change.down"):
                start = k
                while start > lo and (v.has(start - 1, "change.up") or v.has(start - 1, "change.down")):
                    start -= 1
                j = start - 1
                while j >= lo and v.lower(j) in ("has", "have", "had", "was", "were", "is", "are", "been", "also"):
                    j -= 1
                m = self.by_end.get(j + 1)
                if m is None and v.lower(j) == "share":  # "the Tory share fell", "Labour's share rose"
                    m = self._named_before_share(j)
                if m is not None and m.kind in ("person", "party") and not self._is_object(m):
                    return m
                return None
        return None

    def _share_of(self, i: int) -> Span | None:
        """The side named as the owner of "share" just before a figure, in its clause: "with the Conservative share of
        the vote falling by 12.6 points", "Labour's vote share rose by 3.1 points"."""
        v = self.v
        lo = max(v.clause_start[i], i - 10)
        k = next((k for k in range(i - 1, lo - 1, -1) if v.lower(k) == "share"), None)
        if k is None or any(v.num(t) is not None or (m := self.by_start.get(t)) is not None and m.kind in (
                "person", "party") for t in range(k + 1, i)):
            return None  # (no other figure or side between: "Labour's share was 31.2, the Greens' 12.1")
        return self._named_before_share(k)

    def _named_before_share(self, k: int) -> Span | None:
        """The person or party named just before "share" (token k), as "the Conservative (vote) share" or "Labour's
        share" names it."""
        v = self.v
        j = k - 1 if v.lower(k - 1) == "vote" else k
        m = self.by_end.get(j)
        if m is None and v.lower(j - 1) in POSSESSIVE:
            m = self.by_end.get(j - 1)
        return m if m is not None and m.kind in ("person", "party") else None

    def _respectively(self, i: int, kinds: tuple[str, ...] = ("person", "party")) -> Span | None:
        """The side a figure of a "respectively" list belongs to: the one as far along the list of sides before the
        figures ("The Conservatives and the Liberal Democrats took 120 and 72 seats respectively": 72 the Liberal
        Democrats')."""
        v = self.v
        s, e = v.sentence_bounds(i)
        resp = next((k for k in range(i + 1, min(e, i + 16)) if v.lower(k) == "respectively"), None)
        if resp is None:
            return None
        sides = [m for m in self.in_sentence[v.sent_of[i]] if m.kind in kinds and m.end <= i]
        if not sides:
            return None
        listed = [sides[-1]]
        for m in reversed(sides[:-1]):  # the sides named one after the other: "A, B and the C"
            if not all(v.lower(k) in (",", "and", "the", "&") for k in range(m.end, listed[-1].start)):
                break
            listed.append(m)
        listed.reverse()
        figures = [k for k in range(listed[-1].end, resp) if v.num(k) is not None]  # (read as claims or not)
        if len(listed) < 2 or len(figures) != len(listed) or i not in figures:
            return None
        return listed[figures.index(i)]

    def _explicit_counterpart(self, r: Reading) -> Span | None:
        """ "a majority of 495 over Labour's Danny Beales", "20,761 more than his nearest rival, X"."""
        if r.kind not in (Kind.MARGIN, Kind.MAJORITY):
            return None
        v = self.v
        e = v.clause_end[r.i]
        for k in range(r.i + 1, min(r.i + 4, e)):
            if v.lower(k) in ("than", "over", "ahead", "against", "clear"):
                if v.lower(k) == "than" and v.lower(k - 1) in COMPARED_AS_A_WHOLE:
                    break  # "Pryor's majority of 5,362 is smaller than Corbett's 2024 vote": set against a count
                for m in self.in_sentence[v.sent_of[r.i]]:
                    if m.kind in ("person", "party") and k < m.start < k + 9 and not (
                            v.lower(m.start) in ("his", "her", "its", "their") and m.end == m.start + 1):
                        return self._person_for(m)
                break
        return None

    def _last_holder(self, m: Span, s: int) -> bool:
        """m is the party a seat was taken from ("which Labour's Sam Whitlock gained from the Conservatives … with a
        majority of 5,575"): its last holder, who need not have come second. `s`: where the clause starts. (A margin
        "from the Conservatives by 3,779 votes" is over them: the callers ask this of majorities only.)"""
        v = self.v
        return (v.lower(m.start - 1) == "from" or v.lower(m.start - 1) == "the" and v.lower(m.start - 2) == "from") \
            and any(v.lower(k) in GAINING_FROM for k in range(max(s, m.start - 8), m.start))

    def counterpart(self, r: Reading) -> Span | None:
        """The other side of a margin: "to Andrea Jenkyns", "than his nearest rival, Malcolm Birks"."""
        if r.kind not in (Kind.MARGIN, Kind.MAJORITY):
            return None
        if (m := self._explicit_counterpart(r)) is not None:
            return m
        v = self.v
        if any(v.lower(k) == "than" and v.lower(k - 1) in COMPARED_AS_A_WHOLE
               for k in range(r.i + 2, min(r.i + 5, v.clause_end[r.i]))):
            return None  # "Pryor's majority of 5,362 is smaller than Corbett's 2024 vote": no side it was won over
        s, e = v.clause_start[r.i], v.clause_end[r.i]
        best = None
        for m in self.mentions:
            if m.kind not in ("person", "party") or not (s <= m.start < e):
                continue
            if v.lower(m.start) in ("his", "her", "its", "their") and m.end == m.start + 1 and v.lower(m.end) not in ("", ",", "."):
                continue  # "his nearest rival": a possessive, not the rival
            if v.lower(m.end) == "on" and m.end + 1 < v.n and v.num(m.end + 1) is not None \
                    and v.lower(m.start - 1) == "with":
                continue  # "Reid still led by 15 votes, 2,133 to 2,118, with Muir on 1,357": a third side, with its
                # own count (not "took the seat from Labour with 1,512 votes to 1,188": the taker's count; nor "ahead of
                # Conservative Marcus Fell on 12,870": the side the lead is over)
            if r.kind == Kind.MAJORITY and self._last_holder(m, s):
                continue
            fr = m.start - 1 - (v.lower(m.start - 1) == "the")
            if v.lower(fr) == "from" and v.lower(fr - 1) in ("preferences", "transfers", "votes", "surplus"):
                continue  # "… once preferences from the Greens were distributed": where votes came from, no side
            if m.start > r.i and any(v.lower(k) in UNSEATING for k in range(max(r.i, m.start - 7), m.start)):
                continue  # "won Tantallon Cove by 312 votes, unseating two-term Liberal MLA Scott Dauphinee": the
                # sitting member lost the seat, and need not have come second
            if self._is_object(m) and not (m.kind == "party" and (p := self._person_for(m)) is not m
                                           and not self._is_object(p)):
                # (not "with the Brexit Party's Dean Porritt taking 4,905 votes": its candidate is no object)
                if best is None or abs(m.start - r.i) < abs(best.start - r.i):
                    best = m
        return self._person_for(best) if best else None

    def _person_for(self, m: Span) -> Span:
        """A party that is a person's affiliation stands for the person ("Labour's Amina Lone")."""
        if m.kind != "party":
            return m
        k = m.end
        if self.v.lower(k) in POSSESSIVE:
            k += 1
        p = self.by_start.get(k)
        if p is not None and p.kind == "person":
            return p
        return m

    def _count_between(self, start: int, end: int) -> bool:
        """A count of the runner-up's stands between them and the lead ("his nearest rival, Sonal Patel, got
        2,66,256, a margin of 7,44,716"), so the lead is over them, not theirs."""
        return any(self.v.num(k) is not None and not self.v.years[k] for k in range(start, end))

    def _closed_relatives(self, start: int, end: int) -> list[tuple[int, int]]:
        """The relative clauses (", who … ,") that open and close between start and end: the figure after one is
        its head's, never that of someone the clause names."""
        v = self.v
        out = []
        k = start
        while k < end - 2:
            if v.lower(k) == "," and v.lower(k + 1) in ("who", "whose", "which"):
                j = k + 2
                while j < end and v.lower(j) not in (",", ";", "(", ")"):
                    j += 1
                if j < end and v.lower(j) == "," and not any(v.nums[x] is not None and not v.years[x]
                                                             for x in range(k + 2, j)):
                    out.append((k, j))  # not ", who won 15,199 votes to Mary Wimbury's 13,068,": a clause of figures
                k = j
            else:
                k += 1
        return out

    def _dashed_aside(self, start: int, anchor: int) -> tuple[int, int, bool] | None:
        """A dashed aside closed just before a figure's verb ("… alliance - the BJP, the Shiv Sena and the NCP - won
        235"): its dashes, and whether it lists the members of a group it follows (two parties or more, after no name
        of its own), whose figure it is."""
        v = self.v
        start = max(start, anchor - ASIDE_REACH)  # (bounded: a figure's aside is near it, and a long sentence of
        # many figures stays linear)
        dashes = [k for k in range(start, anchor) if spaced_dash(v.t, k)]
        if len(dashes) < 2 or anchor - dashes[-1] > 5:
            return self._comma_aside(start, anchor)
        a, b = dashes[-2], dashes[-1]
        if any(v.nums[k] is not None and not v.years[k] for k in range(a, b)):
            return None
        inside = [m for k in range(a + 1, b) if (m := v.mention_at[k]) is not None and m.start == k]
        first = next((m for m in inside if m.kind == "person"), None)
        if first is not None and v.lower(b + 1) != "and" and all(
                v.lower(k) in ("the", "'s", "’s") or (x := v.mention_at[k]) is not None and x.kind == "party"
                for k in range(a + 1, first.start)):
            # (not "with one Labour MP — Rosie Duffield in Canterbury — and leaves it with 11": a clause of its own)
            return None  # "the other Hale – Labour's Tom Hale, who is not related to either – won …": the aside names
            # who the words before it mean
        parties = sum(1 for m in inside if m.kind == "party")
        head = self.by_end.get(a)
        return a, b, parties >= 2 and (head is None or head.kind not in ("person", "party"))

    def _comma_aside(self, start: int, anchor: int) -> tuple[int, int, bool] | None:
        """ "Nunes, of the centre-right MDB party and backed by Bolsonaro and Governor Tarcísio de Freitas, had
        3,393,110 votes": an aside after a name, closed just before the figure's verb — the name's figure."""
        v = self.v
        start = max(start, anchor - ASIDE_REACH)
        commas = [k for k in range(start, anchor) if v.lower(k) == ","]
        if len(commas) < 2 or anchor - commas[-1] > 4 and any(
                (m := v.mention_at[k]) is not None and m.kind in ("person", "party") for k in range(commas[-1], anchor)):
            return None  # (a later figure of the clause too, no one named after the aside: "…, lost seven seats but
            # scraped back in with 5.1% of the vote")
        a, b = commas[-2], commas[-1]
        if v.lower(b + 1) in ("who", "whose", "which", "where", "when"):
            return None  # "…, after a recount requested by Mr Brear, whose first-count deficit was 230": his clause
        head = self.by_end.get(a)
        if head is None or head.kind not in ("person", "party") \
                or any(v.nums[k] is not None and not v.years[k] or v.lower(k) in (";", ":") for k in range(a, b)):
            return None
        if v.lower(a + 1) not in ASIDE_OPENERS and (b - a > 10 or any(
                v.lower(k) in ("and", "or", "&") or v.lower(k) in CLAUSE_WORDS
                or v.t.is_alpha[k] and v.lower(k).endswith("ed") for k in range(a, b))):
            return None  # (not "Labour, the Greens and the Liberal Democrats won …": a list, no aside; nor "…, it was
            # Mr Kinsella who finished the count ahead, 13,301 to 13,286": a clause, no aside)
        if (named := v.mention_at[a + 1 + (v.lower(a + 1) == "the")]) is not None and named.kind == "person":
            return None  # "The Conservative, Giles Hartas, polled 14,288": the aside names who the party's word means
        return a, b, v.lower(a + 1) in ("including", "plus", "with")  # ("Democrats, including independents, fall
        # from 49 to 47": the party and those who sit with it, a group's)  # "The Greens, partners in Kretschmer's outgoing coalition, lost seven seats"

    def _relative_head(self, m: Span, anchor: int) -> bool:
        v = self.v
        e = m.end + 1 if v.lower(m.end) in ("'", "’") else m.end  # "than the Conservatives', which fell 14.7 points"
        if v.lower(e) == "(" and v.lower(e + 2) == ")":
            e += 3  # "the Liberal Democrats (LD), who won 57 seats": past the letters in brackets
        elif v.lower(e) == ")" and v.lower(m.start - 1) == "(":
            e += 1  # the letters themselves
        return v.lower(e) == "," and v.lower(e + 1) in ("who", "which", "whose") and e + 1 < anchor

    def _for_after(self, i: int) -> Span | None:
        """The side a count is "for", right after it: "to 3,377 (44.5%) for her rival, Neil Abbott"."""
        v = self.v
        k = i + 1
        while k < v.n and v.lower(k) in ("%", "per", "cent", "percent", "pc", "votes"):
            k += 1  # "to 44.1 per cent for Democrat Susan Ortiz"
        k = past_bracket(v, k)
        if v.lower(k) == "," and v.lower(k + 1) == "or" and v.num(k + 2) is not None:
            k += 3  # "to 8,493 votes, or 47.9 percent, for Republican Carl Benning": past the share told beside it
            while k < v.n and v.lower(k) in ("%", "per", "cent", "percent", "pc", ","):
                k += 1
        if v.lower(k) != "for":
            return None
        for j in range(k + 1, min(v.n, k + 7)):
            m = self.by_start.get(j)
            if m is not None and m.kind == "party":
                # "for Conservative challenger Jaspreet Sidhu", "for the Green candidate, Ellen Dobson": the person
                k = m.end
                while k < min(v.n, m.end + 3) and (v.lower(k) in (",", "candidate", "challenger", "incumbent", "'s", "’s")
                                                    or v.lower(k) in ROLE_WORDS):
                    k += 1
                p = self.by_start.get(k)
                if p is not None and p.kind == "person" and not p.via.startswith("pronoun"):
                    return p
            if m is not None and m.kind in ("person", "party") and not m.via.startswith("pronoun"):
                return m
            if m is not None and m.kind == "region" and m.adjective:
                continue  # "for the Scottish Conservative Fiona Baird": the nation's word before the party
            if v.lower(j) in ("'s", "’s") and v.text(j - 1)[:1].isupper():
                continue  # "for the RN's Julien Marchetti": a party we do not know, then its candidate
            if v.lower(j) not in ("the", "her", "his", "their", "its", "rival", "opponent", "challenger", ",",
                                  "candidate", "nearest", "closest", "main") and v.lower(j) not in ROLE_WORDS \
                    and not (v.lower(j + 1) in ("'s", "’s") and v.text(j)[:1].isupper()):
                return None
        return None

    def _share_pair(self, i: int) -> bool:
        """ "1,820,633 to 1,721,244, or 51.4 per cent to 48.6 per cent": a pair of shares after a pair of counts,
        each the side's in order, not the count's just before."""
        v = self.v
        k = i + 1
        while k < v.n and v.lower(k) in ("%", "per", "cent", "percent", "pc"):
            k += 1
        return v.lower(k) == "to"

    def _pair_apart(self, i: int) -> tuple[Span, Span] | None:
        """ "the Lib Dems and the Workers Party were separated by just 44 votes", "the gap between Reform and the
        Greens was 512 votes": a gap between the two the clause names, whoever won."""
        v = self.v
        s = v.clause_start[i]
        sides = [m for m in self.in_sentence[v.sent_of[i]] if m.kind in ("person", "party") and s <= m.start < i]
        if len(sides) != 2 or sides[0].name == sides[1].name:
            return None
        a, b = sides
        between = [v.lower(k) for k in range(a.end, b.start)]
        if between not in (["and"], ["and", "the"]):
            return None
        after = [v.lower(k) for k in range(b.end, i)]
        before = v.lower(a.start - 1) if v.lower(a.start - 1) != "the" else v.lower(a.start - 2)
        if "separated" in after[:3] and "by" in after or before == "between" and any(
                w in ("was", "is", "were", "of", "stood", "just", "only") for w in after[:2]):
            return self._person_for(a), self._person_for(b)
        return None

    def _pair_before(self, r: Reading) -> tuple[Span, Span] | None:
        """ "Pene took 17,305 electorate votes to National candidate Grant Lowe's 14,988, a majority of 2,417": the
        two counts of one clause just before a majority, the larger first, of two people or parties; (the larger's
        owner, the other's), or None."""
        v = self.v
        start = r.anchor if r.anchor is not None and r.anchor < r.i else r.i
        s = v.sentence_bounds(r.i)[0]
        gave = v.lower(start - 2) in ("for", "giving", "with") and v.lower(start - 3) == ","  # ", for a majority of"
        if v.lower(start - 1) not in ("a", "an", "the") or v.lower(start - 2) != "," and not gave:
            return None
        counts = [k for k in range(start - 3 - gave, max(s, start - 50) - 1, -1) if v.num(k) is not None][:4]
        if len(counts) < 2 or any(k not in self.readings or self.readings[k].kind != Kind.VOTES for k in counts[:2]):
            return None
        counts = counts[:next((n for n in range(len(counts), 1, -1) if all(
            k in self.readings and self.readings[k].kind == Kind.VOTES for k in counts[:n])), 2)]
        # "polled 644 votes to Labour's 402 and the Conservatives' 215, a majority of 242": the first of several
        # counts, the one "to" follows, over the next
        lead = next((n for n in range(len(counts) - 1, 0, -1) if v.lower(past_bracket(v, counts[n] + 1)) == "to"
                     or any(v.lower(k) == "to" for k in range(counts[n] + 1, min(counts[n - 1], counts[n] + 5)))), 1)
        second, first = self.readings[counts[lead - 1]], self.readings[counts[lead]]
        if v.num(first.i).value <= v.num(second.i).value or v.lower(past_bracket(v, first.i + 1)) not in ("to",) \
                and not any(v.lower(k) == "to" for k in range(first.i + 1, min(second.i, first.i + 5))) \
                and not (r.kind == Kind.MAJORITY and len(counts) == 2):
            return None  # (but a majority after two counts is the larger's, "to" or not: "polled 28,912 votes, almost
            # double Labour's Grace Obi on 14,433, for a majority of 14,479")
        a, b = self._owner(first).mention, self._owner(second).mention
        if a is None or b is None or a.name == b.name:
            return None
        return a, b

    def _fronted_subject(self, i: int) -> Span | None:
        """ "but with 19 of 45 seats Labour remains four short": the party right after a 'with' phrase that opens its
        clause, before its verb, is whose seats they are."""
        v = self.v
        if not (v.clause_start[i] >= i - 2 or v.lower(i - 2) in (",", "but", "and", "yet", "so")):
            return None
        k = i + 1
        while k < min(v.n, i + 7) and v.mention_at[k] is None and (
                v.num(k) is not None or v.lower(k) in ("seats", "seat", "of", "the", "mps", "councillors", "members")):
            k += 1  # (only the count's own words between: not "with 12 seats going to independents")
        m = v.mention_at[k] if k < v.n else None
        if m is None or m.kind not in ("party", "person") or m.start != k or m.end >= v.n:
            return None
        return m if v.t.is_alpha[m.end] and v.t.is_lower[m.end] and v.lower(m.end) not in NOT_A_VERB else None

    def _list_before(self, r: Reading) -> tuple[Span, Span] | None:
        """ "Labour 18,817, Reform UK 9,405, majority 9,412": a majority that is an entry of a list of counts, the
        largest first, is the first's over the second's — not that of the party named nearest, whose count it
        follows. (first owner, second owner), or None."""
        v = self.v
        start = r.anchor if r.anchor is not None and r.anchor < r.i else r.i
        if v.lower(start - 1) not in (",", ";") or not v.has(start, "cue.majority"):
            return None
        s = v.sentence_bounds(r.i)[0]
        counts = [k for k in range(s, start) if v.num(k) is not None]
        if len(counts) < 2 or any(k not in self.readings or self.readings[k].kind != Kind.VOTES for k in counts):
            return None
        values = [v.num(k).value for k in counts]
        if values[0] <= max(values[1:]) or any(v.lower(k) not in (",", ";") for k in (c + 1 for c in counts)):
            return None  # a list: each count followed by its separator, the winner's first
        a, b = self._owner(self.readings[counts[0]]).mention, self._owner(self.readings[counts[1]]).mention
        if a is None or b is None or a.name == b.name or values[1] != max(values[1:]):
            return None
        return a, b

    def _beaten_by(self, i: int) -> tuple[Span, Span] | None:
        """ "X, who was beaten in Y by Z, …, A votes to B": (Z, X) — the passive's agent and its subject — when the
        score follows them in the sentence."""
        v = self.v
        s = v.sentence_bounds(i)[0]
        for k in range(s + 1, i):
            if v.lower(k) in PASSIVE_BEATEN and v.lower(k - 1) in ("was", "were", "been", "is", "are"):
                by = next((t for t in range(k + 1, min(i, k + 8)) if v.lower(t) == "by"), None)
                if by is None or v.num(by + 1) is not None:
                    return None  # ("was beaten by 1,288 votes": a margin, no agent)
                agent = next((m for m in self.mentions if by < m.start < i and m.kind in ("person", "party")
                              and not m.via.startswith("pronoun")), None)
                beaten = next((m for m in reversed(self.mentions) if s <= m.start < k - 1
                               and m.kind in ("person", "party")), None)
                if agent is None or beaten is None or agent.name == beaten.name:
                    return None
                if agent.kind == "party":
                    t = agent.end
                    while t < min(i, agent.end + 3) and v.text(t).islower() and v.t.is_alpha[t]:
                        t += 1  # "by the Liberal newcomer Temi Adeyemi": the party's candidate, described
                    if (p := self.by_start.get(t)) is not None and p.kind == "person":
                        agent = p
                return self._person_for(agent), self._person_for(beaten)
        return None

    def _beaten_before(self, i: int) -> Span | None:
        """The beaten side named right before a score ("beating Labour 27,510 to …", "defeating Jo Hale by …")."""
        v = self.v
        k = i - 1
        if v.lower(k) in ("by", ",", "with"):
            k -= 1  # (and "defeating Tom Hale with 18,204 votes to 16,740": the beater's count first)
        if v.lower(k) == ")" and v.lower(k - 2) == "(":
            k -= 3  # "edging Rep. Kyle Brandt (R), 148,220 votes to …"
        m = self.by_end.get(k + 1)
        if m is None or m.kind not in ("person", "party"):
            return None
        j = m.start - 1
        described = 0
        while j >= 0 and (v.lower(j) in ("the", "out", "mr", "mrs", "ms", "dr", "sir", "'s", "’s", "'", "’", "rep.",
                                          "rep", "sen.", "sen", "gov.", "incumbent", "sitting")
                          or v.mention_at[j] is not None and v.mention_at[j].kind == "party"
                          or (v.lower(j + 1) in ("'s", "’s") or (p := v.mention_at[j + 1]) is not None
                              and p.kind == "party") and v.text(j)[:1].isupper() and v.t.is_alpha[j]
                          # ("beat the UCP's Mark Ellery", "the Wildrose Alliance's Ian Pratt": a possessor no list
                          # holds, or holds only the end of)
                          or described < 4 and v.lower(j) not in BEAT_WORDS and (
                              v.lower(j) in ("mp", "msp", "ms", "mla", "mpp", "td", "mep")
                              or v.text(j).islower() and (v.t.is_alpha[j] or v.text(j) == "-"
                                                          or v.text(j).replace("-", "").isalpha()))):
            # (a hyphenated word is one word: "the three-term Conservative MP Gord Heppner")
            if v.mention_at[j] is None and v.lower(j) not in ("the", "out", "'s", "’s", "'", "’", "-"):
                described += 1
            j -= 1  # "beating Liberal Democrat Claire Atha 17,914 to 16,806", "defeating first-term Labour MP X by"
        return m if v.lower(j) in BEAT_WORDS else None

    def _described_from(self, k: int, hyphens: bool = False) -> int | None:
        """Up to three lowercase words ending at k that describe the person named after them, after a party or an
        article ("Republican businessman", "Democratic attorney general", "the former council leader"): the token
        before them, or None."""
        v = self.v
        j = k
        while j > k - (4 if hyphens else 3) and j >= 0 and (
                v.text(j).isalpha() and v.text(j).islower() or hyphens and v.text(j) == "-") and not (
                v.has(j, "verb.win") or v.has(j, "verb.poll") or v.has(j, "verb.lose")) and v.lower(j) not in (
                "the", "a", "an", "and", "or", "by", "to", "of", "in", "with", "for"):
            j -= 1
        if j == k:
            return None
        before = self.by_end.get(j + 1)
        return j if before is not None and before.kind == "party" or v.lower(j) in ("the", "a", "an") \
            or hyphens and v.lower(j) in BEAT_WORDS else None  # "defeating first-term Labour MP …"

    def _on_a_figure(self, k: int) -> int | None:
        """ "with the Liberal Democrat, Toby Fane, on 2,115": after the name, 'on' or 'at' and a figure, whose
        owner the name is, whatever precedes it (the figure's token, or None)."""
        v = self.v
        if v.lower(k) == ",":
            k += 1
        start = k
        while v.lower(k) in ("a", "distant", "close", "poor", "strong", "respectable") and k - start < 2:
            k += 1  # "with the Liberal Democrats a distant second on 18.2 per cent"
        if v.lower(k) in ("second", "third", "fourth", "fifth", "sixth", "last"):
            k += 1  # "with Conservative Aled Pryce-Jones third on 6,902": a place, then the figure
        elif k != start:
            return None
        return k + 1 if v.lower(k) in ("on", "at", "with") and v.num(k + 1) is not None else None

    def _is_object(self, m: Span) -> bool:
        v = self.v
        if v.lower(m.start - 1) == "(" and v.lower(m.end) == ")" and (named := self.by_end.get(m.start - 1)) is not None \
                and named.kind == m.kind and named.name == m.name:
            m = named  # "held off the far-right Alternative for Germany (AfD)": the letters are the name's, an object too
        k = m.start - 1
        steps = 0
        described = False
        while k >= 0 and steps < 7:
            w = v.lower(k)
            prev = self.by_end.get(k + 1)
            if w in LEADING:
                end = m.end  # past the person a party names ("led Democrat Keisha Barnes 1,402,118 to …")
                if m.kind == "party" and (p := self.by_start.get(end)) is not None and p.kind == "person":
                    end = p.end
                if v.num(end) is not None or v.lower(end) == "by":
                    return True
            if w in OBJECT_MARKERS:
                # "with Anna Whitlock winning 1,421 votes", "with Dean Porritt taking 4,905 votes": the subject of
                # what follows, not an object;
                # "with Labor's two-party-preferred vote falling from 50.9": the owner of what follows
                return not (w == "with" and (v.lower(m.end).endswith("ing")
                                             and (v.has(m.end, "verb.poll") or v.has(m.end, "verb.win")
                                                  or v.lower(m.end) in ("finishing", "coming", "ending", "placing")
                                                  or any(v.num(t) is not None for t in range(m.end + 1, m.end + 3)))
                                             or v.lower(m.end) in POSSESSIVE and k == m.start - 1)
                            or w == "than" and (v.lower(m.end) in COMPARED_VERBS or v.has(m.end, "verb.poll")
                                                or v.has(m.end, "verb.win")))
                # (nor "lower than the SNP achieved in 2019, when 45 per cent …": the subject of its own clause)
            if not described and k < m.start - 1 and v.text(k).islower() \
                    and (j := self._described_from(k, hyphens=True)) is not None and (
                    v.lower(j) in BEAT_WORDS or v.lower(j) in ("the", "a") and v.lower(j - 1) in BEAT_WORDS):
                return True  # "defeating first-term Labour MP Mere Tawhai": described before the party (and
                # "defeating the three-term Conservative MP Gord Heppner")
            if not described and k == m.start - 1 \
                    and (j := self._described_from(k, hyphens=m.kind == "party")) is not None:
                described = True  # "beating Republican businessman Craig Dolan", "… attorney general Paul Ostrowski"
                steps += k - j
                k = j
                continue
            # "beating the sitting MP, Marcus Fenn, …", "edged out Laura Pidcock"
            if w in ("the", "a", "an", "mr", "mrs", "ms", "dr", "sir", "out", ",") or w in ROLE_WORDS or w in POSSESSIVE or \
                    (prev is not None and prev.kind == "party" and prev is not m) \
                    or v.t.is_alpha[k] and v.text(k)[:1].isupper() and v.lower(k + 1) in ROLE_WORDS \
                    and self.by_end.get(k + 1) is None:  # "beat Union minister Smriti Irani", "Home Office minister"
                if prev is not None and prev.kind == "party" and prev is not m:
                    k = prev.start - 1
                else:
                    k -= 1
                steps += 1
                continue
            return False
        return False

    def _appositive_person(self, m: Span) -> Span | None:
        """ "Roger Williams, the sitting Liberal Democrat MP since 2001, was second with …"."""
        v = self.v
        k = m.start - 1
        while k >= 0 and v.lower(k) in ("the", "a", "sitting", "incumbent", "outgoing", "former", "local"):
            k -= 1
        # "Roger Williams, the … MP", "Sorcha Vickers (Green) took …", "Alice Oakley of the Greens came …"
        if v.lower(k) in (",", "(", "of", "-", "–", "—") and (p := self.by_end.get(k)) is not None \
                and p.kind == "person":
            return p
        return None

    def _body_before(self, k: int) -> bool:
        """The sentence names a body ("The borough", "the council", "the chamber") before token k, and no party
        after it: "its" is the body's."""
        v = self.v
        s, _ = v.sentence_bounds(k)
        body = next((j for j in range(k - 1, s - 1, -1) if v.lower(j) in BODY_NOUNS), None)
        return body is not None and not any(m.kind == "party" and body < m.start < k
                                            for m in self.in_sentence[v.sent_of[k]])  # (its sentence's names only)

    def _last_party(self, k: int) -> Span | None:
        parties = [m for m in self.mentions if m.kind == "party" and m.end <= k]
        return parties[-1] if parties else None

    # -- place and scope ------------------------------------------------------------

    def _bind_places(self) -> dict[str, tuple[str, float]]:
        """Person → constituency, from the sentences that say where someone stood."""
        v = self.v
        out: dict[str, tuple[str, float]] = {}
        for k, (s, e) in enumerate(v.sents):
            people = [m for m in self.in_sentence[k] if m.kind == "person"]
            places = [m for m in self.in_sentence[k] if m.kind == "place" and not self._former(m)
                      and not self._life_place(m)]
            # "over Mr Follows in the old South West Surrey seat": where he stood before places none of his figures
            if not people or not places:
                continue
            for p in people:
                if is_namesake(v, p):
                    continue  # "not to be confused with the Liberal Democrat Sarah Collins, who is standing in Deane
                    # Valley": the other one's seat
                heard = [L for L in places if v.quote_of[L.start] == v.quote_of[p.start]]
                # (not a place in someone's own words: '"… But look at Redwater," Ms Ridley said')
                place, conf = self._place_of(p, people, heard, s) if heard else (None, 0.0)
                if p.via.startswith("pronoun"):
                    conf *= 0.7
                if place is not None and (p.name not in out or out[p.name][1] < conf or out[p.name][1] == conf
                                          and place.name.startswith(out[p.name][0] + " ")):
                    out[p.name] = (place.name, conf)  # (the full name over its start: "Glenmorran and Strathcairn"
                    # in the story over "Glenmorran" cut short in its headline)
        return out

    def _defeaters(self) -> set[str]:
        """People a sentence says beat a rival, with no year in it: "Democrat Carla Ruiz narrowly defeated Republican
        Tom Hadley" (not "Trump, who beat Hillary Clinton in 2016")."""
        v = self.v
        out = set()
        for m in self.mentions:
            if m.kind != "person":
                continue
            k = m.end
            if v.lower(k) == "," and v.lower(k + 1) in ("who", "a", "an", "the") and v.lower(k + 1) != "the" \
                    or v.lower(k) == "," and v.num(k + 1) is not None:
                k = next((t + 1 for t in range(k + 1, min(v.n, k + 25)) if v.lower(t) == ","), k)
                # (past an aside: "Karen Oduya, who runs a cafe on the High Street, won the seat")
            while k < v.n and v.lower(k) in ("narrowly", "comfortably", "easily", "convincingly", "decisively"):
                k += 1
            if (v.lower(k) in DEFEATS or v.lower(k) in ("won", "took", "gained", "captured", "held", "retained")
                    and v.lower(k + 1) == "the" and v.lower(k + 2) in SEAT_NOUNS_WON) \
                    and not any(v.years[t] for t in range(*v.sentence_bounds(k))):
                out.add(m.name)  # (or says they won the seat: "… won the seat for her party")
        return out

    def _place_of(self, p: Span, people: list[Span], places: list[Span], s: int) -> tuple[Span | None, float]:
        """Where the sentence says p stood: "X held Y", "X, MP for Y", "Y MP X", "At Y, … X won"."""
        v = self.v
        others = [q for q in people if q.name != p.name]
        after = [L for L in places if L.start >= p.end and L.start - p.end <= 10
                 and not any(p.end <= q.start < L.start for q in others)
                 and not any(v.lower(k) in (";", "—") or v.num(k) is not None for k in range(p.end, L.start))]
        for L in after:
            between = range(p.end, L.start)
            if any(v.lower(k) in LIFE_WORDS for k in between):
                continue  # "Ms Okafor, who was born in Bath": where she comes from, not where she stood
            if any(v.lower(k) in ("had", "formerly", "previously", "once") for k in between):
                continue  # "Mr Davies had been MP for Vale of Clwyd before the boundary changes": a seat he held
            if all(v.lower(k) in ("(", ")", ",", "*", "**") or (m := v.mention_at[k]) is not None and m.kind == "party"
                   for k in between) and v.lower(p.end) == "(" and v.lower(L.end) in ("—", "–", "-", ":", "*", "**"):
                return L, 0.85  # a fact file's entry: "**Priya Anand (Lab), Fenbridge** — 38. Majority 7,535."
            if any(v.has(k, "verb.win") or v.has(k, "verb.lose") for k in between) or \
                    any(v.lower(k) in ("for", "of", "in", "as", "at") for k in between):
                if any(v.has(k, "verb.win") for k in between) and not any(v.has(k, "verb.lose") for k in between):
                    self.winners.add(p.name)  # "Maria Miller held Basingstoke"
                return L, 0.9
        before = [L for L in places if L.end <= p.start and not any(L.end <= q.start < p.start for q in others)]
        if before:
            L = before[-1]
            gap = [v.lower(k) for k in range(L.end, p.start) if v.mention_at[k] is None or v.mention_at[k].kind != "party"]
            if len(gap) <= 2 and all(w in ("mp", "'s", "’s", "candidate", "mp,", "member") for w in gap) \
                    and v.lower(L.start - 1) not in FORMER_WORDS:
                return L, 0.8  # "Hexham MP Guy Opperman", "Hexham's Guy Opperman"; not "former Blyth Valley MP"
            topic = v.lower(L.start - 1) in ("at", "in") and L.start - 1 == v.clause_start[L.start - 1]
            first_after = next((q for q in people if q.start >= L.end), None)
            if topic and first_after is not None and first_after.name == p.name:
                return L, 0.8  # "At Barrow and Furness Labour's John Woodcock won …"
        if len(places) == 1 and v.lower(places[0].start - 1) in ("at", "in") and places[0].start - 1 <= s + 1:
            return places[0], 0.9  # "In Hexham, Labour's X polled 9,106 votes to Y's 8,412": the whole sentence
        return None, 0.0

    def place(self, r: Reading, owner: Owner) -> tuple[str | None, float]:
        """The contest a figure belongs to, and how sure we are."""
        if r.kind not in PLACE_KINDS:
            return None, 1.0
        if r.slot == "table":
            return self._table_place(r.i)
        m = owner.mention
        v = self.v
        if (L := self._won_here(r.i)) is not None:
            return L.name, 0.9
        if v.lower(r.i - 1) == "within" and (L := next((L for k in range(r.i + 1, min(v.n, r.i + 9))
                                                        if (L := v.mention_at[k]) is not None and L.kind == "place"
                                                        and v.same_sentence(k, r.i)), None)) is not None:
            return L.name, 0.85  # "…, who came within 1,288 votes of taking Newtown South": that seat, whatever the
            # sentence opened with  # "…, won Rae Bareli by 390,030 votes": the seat the figure's own words name, whatever
            # seat another sentence gave the person
        if m is not None and m.kind == "person" and m.name in self.bindings \
                and not ((headed := self._section_places().get(v.para_of[r.i])) is not None
                         and _bare_place(headed) != _bare_place(self.bindings[m.name][0])
                         and not any(L.kind == "place" for L in self.in_sentence[v.sent_of[r.i]])) \
                and not any(L.kind == "place" and L.start < r.i and L.via.startswith(("role: an opener",
                                                                                      "role: a sentence opened by"))
                            and _bare_place(L.name) != _bare_place(self.bindings[m.name][0])
                            for L in self.places_in_para[v.para_of[r.i]]):
            # (not "Eight miles up the valley in Deane Valley, a different Sarah Collins …": the sentence's own seat)
            # (a person who stood in two seats: the section heading's seat for the lines under it, "Calderbrook North
            # division (one seat)" over "Kath Mercer (Reform UK) 2,310 - elected")
            name, conf = self.bindings[m.name]
            if len({_bare_place(L.name) for L in self.places}) == 1 or self.role_seats == {_bare_place(name)}:
                conf = max(conf, 0.9)  # the one seat the article names (or names by its role, "… a third term as Mayor
                # of Greater Manchester" beside "Salford's Paul Dennett"): a candidate of it is no guess
            return name, conf
        v = self.v
        s, e = v.sentence_bounds(r.i)
        if (L := self._respectively(r.i, ("place",))) is not None:
            return L.name, 0.85  # "gaining Millfield and Orchard … by margins of 44 and 23 votes respectively"
        if v.cells[r.i] is None and (state := self._state_races_by_para().get(v.para_of[r.i])) is not None \
                and not any(L.kind == "place" for L in self.in_sentence[v.sent_of[r.i]]):
            return state, 0.85  # "In Virginia, Democrat Abigail Rowe won 57.2 percent …" beside "In New Jersey, …":
            # each state's statewide race its own contest
        if v.cells[r.i] is None and (row := self._row_seat_in(r.i)) is not None:
            return row, 0.85  # a seat the article's table names, in a sentence about it
        here = [L for L in self.in_sentence[v.sent_of[r.i]] if L.kind == "place" and not self._former(L)
                and not self._life_place(L)]
        if here and here[0].start > r.i and any(v.num(k) is not None or v.has(k, "cue.majority")
                                                for k in range(r.i + 1, here[0].start)):
            here = []  # "An Assembly majority of 27,851 and a Commons majority of a few thousand in, say, Hendon":
            # the place after another figure is that one's
        if here:
            before = [L for L in here if L.start < r.i]
            after = next((L for L in here if L.start > r.i), None)
            if after is not None and after.start - r.i <= 6 and v.lower(after.start - 1) in ("in", "at") \
                    and not any(v.num(k) is not None or v.lower(k) in (",", ";") for k in range(r.i + 1, after.start)):
                return after.name, 0.9  # "Pilling's 1,248 votes in Thornbury": the figure's own words name it (and
                # in a list, "Dawson took 1,059 in Doncaster North, Tony Devoy 603 in Barnsley North")
            if len({L.name for L in here}) == 1 and v.lower(here[0].start - 1) in ("in", "at") \
                    and here[0].start - 1 <= s + 1 and v.lower(here[0].end) == "," \
                    and not any(v.lower(k) in ("would", "could", "might", "if") for k in range(s, e)):
                return here[0].name, 0.9  # "In Port Alder, Priya Nandakumar won … over X, who finished with 24,813
                # votes": the one seat the sentence names, as its opener
            return (before[-1] if before else here[0]).name, 0.8
        if r.kind in (Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN) \
                and (opened := self._seats_in_place(r.i, opener_only=True)) is not None \
                and not any(v.lower(k) == ";" or v.lower(k) == "in" and v.text(k + 1)[:1].isupper()
                            for k in range(s + 2, r.i)):  # (not "In Sandhill, …; in Pallion the Lib Dems won …")
            return opened, 0.8  # "In Saxby and Thorne, the one seat Reform won, Lee Garbutt beat …": a seat no
            # gazetteer holds, named as the sentence's opener
        para = v.para_of[r.i]
        earlier = [L for L in self.places_in_para[para] if L.start < r.i and not self._former(L)
                   and not self._life_place(L) and not is_measure(L.name)]  # (a measure's figures are its sentence's)
        if earlier and self._unknown_place_between(earlier[-1].end, r.i):
            return None, 1.0  # "…; further north, in Inverness, Skye and West Ross-shire, …": another seat
        if earlier:
            # A paragraph about one seat is about that seat throughout; with several, the nearest is a guess (but
            # not on the figure's own line: "- **Inverlochy and Moidart** - SNP hold. Catriona Beaton 14,802, …")
            one = len({_bare_place(L.name) for L in self.places_in_para[para]}) == 1
            same_line = "\n" not in v.t.text[v.t.ends[earlier[-1].end - 1]:v.t.starts[r.i]]
            return earlier[-1].name, 0.85 if one or same_line else 0.7
        first = self._first_token_of_paragraph(r.i)
        if first is not None and v.lower(first) in CONTINUATIONS and not self._unknown_place_between(first, r.i):
            earlier = [L for L in self.places if L.start < first and not is_measure(L.name) and not v.quote_of[L.start]]
            # (not a place in someone's words: '"… from Solihull to Walsall."' is no seat the next paragraph is about)
            if earlier and v.para_of[earlier[-1].start] >= para - 2:
                # the one seat the article names is no guess ("The Lib Dem share rose …" after "the Midcote
                # by-election"); one of several is
                return earlier[-1].name, 0.9 if len({_bare_place(L.name) for L in self.places}) == 1 or (
                    self.role_seats == {_bare_place(earlier[-1].name)}) else 0.6  # (or the one it names by its role)
        if m is not None and m.kind == "person" and m.via.startswith("pronoun"):
            return None, 1.0
        if (headed := self._section_places().get(para)) is not None and not self._unknown_place_between(s, r.i):
            return headed, 0.85  # "## Castle ward (three seats)" over its results list and "Turnout: 31.5%."
        return None, 1.0

    def _won_here(self, i: int) -> Span | None:
        """A seat won right before a figure: "won Rae Bareli by 390,030 votes", "held Eastbrook with 14,210"."""
        v = self.v
        if (n := v.num(i)) is None or not n.text[:1].isdigit():
            return None  # "take Brenley with majority of two": a council's seats, told in words
        for e in range(max(1, i - 3), i):  # the seat's name ends a token or three before the figure
            L = v.mention_at[e - 1]
            if L is not None and L.end == e and L.kind == "place" and L.via.startswith("role: after '") \
                    and v.lower(e) in ("by", "with", "on") and all(
                    v.lower(k) in ("by", "with", "on", "just", "only", "a", "margin", "of", "majority") for k in range(e, i)):
                return L
        return None

    def _section_places(self) -> dict[int, str]:
        """The seat each paragraph's section heading names ("## Castle ward (three seats)", "RIVERSIDE WARD"), for
        paragraphs below it up to the next heading; not past a paragraph that names another place. Worked out
        once, in one pass over the paragraphs."""
        if self._headed is not None:
            return self._headed
        v = self.v
        out: dict[int, str] = {}
        current: str | None = None
        for p, (a, b) in v.paragraph_bounds().items():
            named = {_bare_place(L.name): L.name for L in self.places_in_para[p]
                     if not self._former(L) and not self._life_place(L)}
            if _heading_line(v, a, b):
                lead = a
                while lead < b and v.text(lead) in ("#", "*", "_"):
                    lead += 1
                # the seat it names: first, or as the seat of its role ("… Council - Harbour ward by-election")
                seat = [L for L in self.places_in_para[p] if L.start == lead or L.via.startswith("role")]
                if not named and current is not None and any(v.lower(k) in RESULT_LINE_WORDS for k in range(a, b + 1)):
                    out[p] = current  # "Result: Conservative gain from Labour" under "ORCHARD WARD BY-ELECTION": the
                    continue  # section's result, no new section
                current = seat[0].name if seat and len(named) == 1 else None
                continue
            # headings on the paragraph's first lines, its list below ("RIBBLEDALE COUNTY COUNCIL", "Calderbrook North
            # division (one seat)" over "Kath Mercer (Reform UK) 2,310 - elected"): the last that names a seat
            seat_named, lo = None, a
            for n_line in range(3):
                line_end = next((k for k in range(lo, b) if v.t.is_space[k] and "\n" in v.text(k)), None)
                if line_end is None or not _heading_line(v, lo, line_end - 1):
                    break
                if n_line == 0 and current is not None and not named \
                        and all(v.text(k)[:1].isupper() or v.lower(k) in ("and", "&", "-", "of", "the")
                                for k in range(lo, line_end)) \
                        and not any(v.lower(k) in RESULT_LINE_WORDS for k in range(lo, line_end)):
                    current = None  # "Kirk Lowther" over its results, a seat no gazetteer knows: another section
                seat = {_bare_place(L.name): L.name for L in self.places_in_para[p]
                        if lo <= L.start < line_end and (L.start == lo or L.via.startswith("role"))}
                if len(seat) == 1:
                    seat_named = next(iter(seat.values()))
                lo = line_end + 1
            if seat_named is not None:
                out[p] = current = seat_named
                continue
            lead = a
            while lead < b and (v.text(lead) in ("*", "_", "-", "•") or v.t.is_space[lead]):
                lead += 1
            label = [L for L in self.places_in_para[p] if L.start == lead and v.lower(L.end) in (":", "*", "_")]
            if len(named) == 1 and label:
                out[p] = current = label[0].name  # "**Worthing West: Labour gain from Conservative.** The Father of
                continue  # the House is out." over its entry's next paragraph, "Cooper 20,519, Bottomley 16,570"
            if named and (current is None or set(named) != {_bare_place(current)}):
                current = None  # another place: the section's seat no longer goes without saying
            if current is not None:
                out[p] = current
        self._headed = out
        return out

    def _row_seats(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """A seat table's row labels (the first cell under a "Seat"/"Ward"/… heading), as words → the label."""
        v = self.v
        out: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)  # by first word
        text = v.t.text
        seen: set[tuple[int, int]] = set()
        for k, cell in enumerate(v.cells):
            if cell is None or cell.heading or not cell.headers or cell.headers[0] not in SEAT_COLUMNS \
                    or not cell.row_label or (cell.table, cell.row) in seen:
                continue
            at = v.t.starts[k]
            line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
            if cell.column != 0 and "|" in line:
                continue  # (a table set in spaces has no cells for its labels: its row's first figure stands for it)
            seen.add((cell.table, cell.row))
            label = next((c.strip(" *_") for c in line.split("|") if c.strip(" *_")), "") if "|" in line \
                else (plain.group(1) if (plain := PLAIN_LABEL.match(line)) else "")  # (a table set in spaces)
            words = tuple(w.lower() for w in label.split())
            m = v.mention_at[k]  # the gazetteer's name for it, as the row's figures have it
            if words and label[:1].isupper() and len(words) <= 5:
                out[words[0]].append((words, m.name if m is not None and m.kind == "place" else label))
        return out

    def _row_seat_in(self, i: int) -> str | None:
        """The last seat of the article's tables that token i's sentence names before it ("The smallest swing came in
        Aldermoor, at 7.5 points"). Each sentence is looked through once, however many figures it holds."""
        if not self.row_seats:
            return None
        v = self.v
        sent = v.sent_of[i]
        if (found := self._row_seats_at.get(sent)) is None:
            found = self._row_seats_at[sent] = []
            spans = [(k, k + len(words), label) for k in range(*v.sentence_bounds(i))
                     for words, label in self.row_seats.get(v.lower(k), ())
                     if all(v.lower(k + j) == w for j, w in enumerate(words))]
            found.extend((k, label) for k, e, label in spans
                         if not any(a <= k and e <= b and (a, b) != (k, e) for a, b, _ in spans))
            # (longest match: "North Fenbridge and Aldham" in a table beside "Fenbridge" is not Fenbridge)
        before = [label for k, label in found if k < i]
        return before[-1] if before else None

    def _life_place(self, L: Span) -> bool:
        """ "born in Bath", "grew up in Hull": a place in someone's life, not a seat they stood in."""
        v = self.v
        if v.lower(L.end) in COUNT_WORDS and v.lower(L.start - 1) in ("the", "at"):
            return True  # "said at the Gloucester count": where it was counted, no seat
        return any(v.lower(k) in LIFE_WORDS for k in range(max(0, L.start - 3), L.start)) \
            or v.lower(L.start - 1) == "the" and v.lower(L.end) in ("candidate", "candidates", "nominee", "nominees") \
            and any(v.lower(k) in ("relation", "related", "relative", "unrelated") for k in range(max(0, L.start - 5),
                                                                                                  L.start))
        # ("Labour's Sion Lloyd, no relation to the Ystrad Cennen candidate": another seat's person, in passing)

    def _former(self, L: Span) -> bool:
        """ "the former Blyth Valley MP", "who once held Hexham": a seat someone held before, not this one."""
        v = self.v
        return v.lower(L.start - 1) in FORMER_WORDS or (
            v.lower(L.start - 1) in ("for", "of") and v.lower(L.start - 2) in ("mp", "member")
            and v.lower(L.start - 3) in FORMER_WORDS) or (
            v.lower(L.start - 1) == "of" and v.lower(L.start - 2) in ("seat", "constituency", "ward", "riding")
            and v.lower(L.start - 3) in FORMER_WORDS | {"predecessor", "old", "abolished"})
        # ("who had represented the predecessor seat of Mid Lunedale since 2017")

    def _unknown_place_between(self, a: int, b: int) -> bool:
        """A clause opened by "in <Name>," that no gazetteer knows: the copy has moved to another seat."""
        v = self.v
        for k in range(a, b - 1):
            if v.lower(k) not in ("in", "at") or not v.text(k + 1)[:1].isupper() or v.mention_at[k + 1] is not None \
                    or v.num(k + 1) is not None:
                continue
            if k == 0 or v.lower(k - 1) in (",", ";", "—", "–") or v.t.sent_starts[k]:
                return True
            e = next((j for j in range(k + 1, min(b, k + 5)) if not v.text(j)[:1].isupper()), b)
            if v.lower(e) == "," and v.lower(e + 1) == "where":
                return True  # "The Conservatives' only win came in Winstanley, where they gained the seat"
        return False

    def _first_token_of_paragraph(self, i: int) -> int | None:
        v = self.v
        if self._para_starts is None:  # once per document: walking back for every claim was quadratic
            starts: dict[int, int] = {}
            for k, para in enumerate(v.para_of):
                starts.setdefault(para, k)
            self._para_starts = starts
        k = self._para_starts.get(v.para_of[i], i)
        while k < i and v.t.is_space[k]:
            k += 1
        return k

    def scope(self, r: Reading) -> str | None:
        """The nation or region of a seat count or national figure ("Welsh seats", "in Scotland")."""
        v = self.v
        s, e = v.clause_start[r.i], v.clause_end[r.i]
        if r.kind == Kind.TOTAL_SEATS and SEAT_FILLS in r.evidence and (seat := place_filling(v, r.i)) is not None:
            return seat.name  # "Roscommon-Galway filled its three seats": that seat's size, no chamber's
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE) and (owned := self._of_a_place(r.i)) is not None:
            return owned  # "Labour won all four of the Marches' Conservative-held seats": that area's seats
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and (u := unit_after(v, r.i)) is not None \
                and (alias := MEMBERS_OF.get(v.lower(u[2] - 1))) is not None:
            return CHAMBER_PREFIX + alias  # "67 senators": the Senate's, in copy about the House too
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and (
                place := self._seats_in_place(r.i, opener_only=r.kind == Kind.TOTAL_SEATS)) is not None:
            return place  # "won 37 seats in Uttar Pradesh … and the BJP 33": that state's, not the country's
        if r.kind == Kind.TOTAL_SEATS and any(e.startswith("a place's seats") for e in r.evidence) \
                and (place := self._place_sending(r.i)) is not None:
            return place  # "Uttar Pradesh, the state that sends 80 MPs to the Lok Sabha": the state's size
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and (owned := self._region_owns(r.i)):
            return owned  # "30 of Maharashtra's 48 Lok Sabha seats": the state's share of the chamber
        # A chamber named in the clause ("30 of the Senedd's 60 seats") is more precise than its nation.
        chambers = [m for m in self.in_sentence[v.sent_of[r.i]] if m.kind == "chamber" and s <= m.start < e
                    and m.name not in self.home_aliases]
        if chambers:
            return CHAMBER_PREFIX + min(chambers, key=lambda m: abs(m.start - r.i)).name
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and v.lower(v.sentence_bounds(r.i)[0]) == "at" \
                and (opener := self.by_start.get(v.sentence_bounds(r.i)[0] + 1)) is not None \
                and opener.kind == "chamber" and opener.name in self.home_aliases:
            return CHAMBER_PREFIX + opener.name  # "At Westminster, Wales returned 22 Labour MPs …" in a Senedd story
        regions = [m for m in self.in_sentence[v.sent_of[r.i]] if m.kind == "region" and s <= m.start < e
                   and (m.name not in self.states or self._state_frames(m, r.i)) and not _in_passing(v, m)]
        # (a region after the figure only where it frames seats: "18 seats in Scotland", not "the SNP on 19 after
        # some hedging over Scotland")
        contrast = any(v.lower(k) in ("while", "whereas", "but", "although") for k in range(s, min(s + 2, e)))
        if not regions and not contrast:
            # "The SNP fell to 9 seats in Scotland, while Reform UK won 5": not across a contrast (and a state
            # abroad only in the figure's own clause: "… 27 fewer …, and the party was shut out of Alberta")
            regions = [m for m in self.in_sentence[v.sent_of[r.i]] if m.kind == "region" and m.name not in self.states
                       and not _in_passing(v, m)]
            # (not "… with the remaining 14 seats shared among … Northern Ireland's parties": whose, not where)
        elif not regions:
            # but "Nationally, the NDA won 293 …, while the BJP alone fell short with 240": an opener frames them all
            regions = self._region_opener(v.sent_of[r.i])
        if not regions:
            regions = self._framed_before(v.sent_of[r.i])  # "Nationally, the NDA won 293 …. The INDIA bloc won 234."
        if regions:
            return min(regions, key=lambda m: abs(m.start - r.i)).name
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) \
                and (headed := self._region_headings().get(v.para_of[r.i])) is not None:
            return headed  # "### Maharashtra, 48 seats" over its parties' seats: the state's, not the chamber's
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and (named := self._named_region(r.i)):
            return named  # "In the North Wales region, which elects four list members": that region's, not Wales's
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and len(self.article_regions) == 1:
            return next(iter(self.article_regions))  # an article about one nation's seats
        sb, se = v.sentence_bounds(r.i)
        chambers = [m for m in self.in_sentence[v.sent_of[r.i]] if m.kind == "chamber"]
        if chambers:
            return CHAMBER_PREFIX + min(chambers, key=lambda m: abs(m.start - r.i)).name
        k = v.sent_of[r.i]
        if k > 0 and v.para_of[v.sents[k - 1][0]] == v.para_of[r.i] and r.kind in (
                Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and len(
                named := {m.name for m in self.in_sentence[k - 1] if m.kind == "chamber"}) == 1 \
                and any(x.kind in (Kind.SEATS, Kind.TOTAL_SEATS) for t in range(*v.sents[k - 1])
                        if (x := self.readings.get(t)) is not None):
            # "… 53 of the Senate's 100 seats. Democrats hold 45": the Senate's, as the seats before were (not
            # "… against an obstructive Senate. Instead he lost 14 seats")
            return CHAMBER_PREFIX + named.pop()
        if (heading := self._paragraph_chamber(r.i)) is not None:
            return CHAMBER_PREFIX + heading.name  # "**State Senate.** Democrats won 13 of the 21 seats"
        if r.kind in (Kind.SEATS, Kind.SEAT_CHANGE, Kind.TOTAL_SEATS) and (
                heading := self._section_chamber(v.sent_of[r.i])) is not None:
            return CHAMBER_PREFIX + heading.name  # "**Senate** (100 seats)" over "Republicans will hold 53 seats"
        return None

    def _state_frames(self, m: Span, i: int) -> bool:
        """A state abroad scopes a figure its clause gives only when it frames it: just after it ("37 seats in Uttar
        Pradesh") or opening its part of the clause ("in Alberta the NDP took 38"), with no other clause joined on
        between ("nearly doubled its tally from 52 to 99, and the Samajwadi Party took 37 seats in Uttar Pradesh")."""
        v = self.v
        a, b = (i, m.start) if m.start > i else (m.end, i)
        if any(v.lower(t) in (",", ";", "and", "but", "while", "where", "whereas") for t in range(a, b)) \
                and not (m.start < i and v.lower(m.end) == ","):
            return False
        return m.start > i and m.start - i <= 6 or m.start < i and v.lower(m.start - 1) in ("in", "across",
                                                                                           "throughout")

    def _whole_country(self, m: Span) -> bool:
        return self.v.lower(m.start) in WHOLE_COUNTRY

    def _framed_before(self, sent: int) -> list[Span]:
        """The region an earlier sentence of the paragraph opens with ("Nationally, …"), if no sentence between
        names another."""
        v = self.v
        para = v.para_of[v.sents[sent][0]]
        for k in range(sent - 1, max(-1, sent - 6), -1):
            if v.para_of[v.sents[k][0]] != para:
                break
            if opened := self._region_opener(k):
                return opened
            if any(m.kind == "region" for m in self.in_sentence[k]):
                break
        return []

    def _region_opener(self, sent: int) -> list[Span]:
        """The region a sentence opens with, set off by a comma ("Nationally, …", "In Queensland, …"), or a round-up's
        entry labelled with it ("**Pennsylvania:** Democrats keep their one-seat edge")."""
        v = self.v
        sb, se = v.sents[sent]
        return [m for m in self.in_sentence[sent] if m.kind == "region" and m.start <= sb + 2 and (
            v.lower(m.end) == "," or self._whole_country(m) or v.lower(m.end) == ":" and not v.t.spaces[m.end - 1]
            or self._label_sentence(m, sb, se))]

    def _label_sentence(self, m: Span, sb: int, se: int) -> bool:
        """A lead-in that is the region's name alone, opening its paragraph, with at most a bracket after it:
        "**Uttar Pradesh (80 seats).** In 2019 the BJP won 62 …" (its bold dropped when the Markdown is read) labels
        the paragraph."""
        v = self.v
        if m.start != sb or sb > 0 and v.para_of[sb - 1] == v.para_of[sb]:
            return False
        k = m.end
        if v.lower(k) == "(":
            while k < se and v.lower(k) != ")":
                k += 1
            k += 1
        return k < se and all(v.lower(t) in (".", ":") or v.t.is_space[t] for t in range(k, se))

    def _region_owns(self, i: int) -> str | None:
        """A region written as the owner of the figure ("Maharashtra's 48", "30 of Queensland's 30"), not a
        nation's whole parliament (the Senedd's 60 is a chamber's)."""
        v = self.v
        k = i - 1
        if v.lower(i + 1) == "of":
            k = i + 2 + (v.lower(i + 2) == "the")
            while k < min(v.n, i + 8) and v.lower(k) not in ("'s", "’s"):
                k += 1
        if v.lower(k) not in ("'s", "’s") or (m := v.mention_at[k - 1]) is None or m.kind != "region" or m.end != k:
            # "… won 19 of Karnataka's 28 Lok Sabha seats, with the BJP taking 17": the sentence's seats are its
            sb = v.sentence_bounds(i)[0]
            owned = {m.name for t in range(sb + 1, i - 1) if v.lower(t) in ("'s", "’s") and v.num(t + 1) is not None
                     and (m := v.mention_at[t - 1]) is not None and m.kind == "region" and m.end == t}
            return owned.pop() if len(owned) == 1 else None
        return m.name

    def _of_a_place(self, i: int) -> str | None:
        """The capitalised place no gazetteer holds whose seats the figure counts some of: "four of the Marches'
        seats", "two of Cornwall's six seats" (with no number after it: a whole is read elsewhere)."""
        v = self.v
        if v.lower(i - 1) in ("'s", "’s", "'", "’"):
            return self._owner_place(i - 1)  # "Westmoor's two Labour MPs": that place's, not the party's tally
        if v.lower(i + 1) != "of":
            return None
        k = i + 2
        if v.lower(k) == "the":
            k += 1
        e = k
        while e < min(v.n, k + 4) and v.text(e)[:1].isupper() and v.t.is_alpha[e]:
            e += 1
        if e == k or v.lower(e) not in ("'", "'s", "’s", "’") or any(
                (m := v.mention_at[t]) is not None and m.kind in ("party", "person", "chamber") for t in range(k, e)):
            return None
        if any(v.num(t) is not None for t in range(e + 1, min(v.n, e + 4))):
            return None  # "of Wales's 40 seats": the whole is read as such
        return " ".join(v.text(t) for t in range(k, e))

    def _owner_place(self, apostrophe: int) -> str | None:
        """The capitalised place (no party, person, chamber or region) that owns what follows the apostrophe."""
        v = self.v
        b = apostrophe
        while b > max(0, apostrophe - 4) and v.text(b - 1)[:1].isupper() and v.t.is_alpha[b - 1]:
            b -= 1
        if b == apostrophe or any((m := v.mention_at[t]) is not None and m.kind not in ("place",)
                                  for t in range(b, apostrophe)):
            return None
        return " ".join(v.text(t) for t in range(b, apostrophe))

    def _seats_in_place(self, i: int, opener_only: bool = False) -> str | None:
        """A place no gazetteer holds that the sentence's seats are "in", before the figure ("The Samajwadi Party won
        37 seats in Uttar Pradesh, …, and the BJP 33"): a region of the country, whose seats are its own."""
        v = self.v
        sb, se = v.sentence_bounds(i)
        if any(v.lower(k) in ("council", "councils", "councillors", "ward", "wards") for k in range(sb, se)):
            return None  # "Labour lost nine seats in Sunderland … still controls the council": a council's
        k = sb
        while k < i and (v.t.is_space[k] or v.text(k) in ("*", "**", "-", "<", ">")):
            k += 1
        if v.lower(k) == "in" and v.text(k + 1)[:1].isupper() and v.mention_at[k + 1] is None:
            e = k + 1  # "In Maharashtra, whose results were also declared …, the alliance won 230 of the 288 seats"
            while e < min(i, k + 6) and v.mention_at[e] is None and (v.text(e)[:1].isupper() and v.t.is_alpha[e] or (
                    v.lower(e) in ("and", "&") and v.text(e + 1)[:1].isupper())):  # "In Saxby and Thorne, …"
                e += 1
            if v.lower(e) == "," and e > k + 1 and v.lower(e - 1) not in PLACE_BODIES and v.lower(k + 1) not in TIMES_NAMED:
                return " ".join(v.text(x) for x in range(k + 1, e))
        if opener_only:
            return self._district_named(i)
        for k in range(sb, i + 3):
            if v.lower(k) in ("seats", "mps", "seat") and v.num(k - 1) is not None and v.lower(k + 1) == "in" \
                    and k + 2 < v.n and (m := v.mention_at[k + 2]) is not None and m.kind == "region" \
                    and m.start == k + 2 and not self._whole_country(m) \
                    and not any(v.lower(t) in ("while", "whereas", "but", "although") for t in range(k, i)):
                # (not "The SNP fell to 9 seats in Scotland, while Reform UK won 5": across a contrast)
                return m.name  # "won 37 seats in Uttar Pradesh, …, and the BJP 33": a state the gazetteer holds
            if v.lower(k) in ("seats", "mps", "seat") and v.num(k - 1) is not None and v.lower(k + 1) == "in" and k + 2 < v.n \
                    and v.text(k + 2)[:1].isupper() and (v.mention_at[k + 2] is None or v.mention_at[k + 2].kind == "place"):
                e = k + 2
                while e < min(v.n, k + 6) and v.text(e)[:1].isupper() and v.t.is_alpha[e] \
                        and (v.mention_at[e] is None or v.mention_at[e].kind == "place"):
                    e += 1
                if e == k + 2 or v.lower(e - 1) in PLACE_BODIES or v.mention_at[k + 2] is not None \
                        or v.lower(k + 2) in TIMES_NAMED:
                    return None  # "14 seats in Ashvale District", a seat the gazetteer knows: no region (nor "in
                    # November")
                return " ".join(v.text(x) for x in range(k + 2, e))
        return self._district_named(i)

    def _district_named(self, i: int) -> str | None:
        """The multi-member district a sentence's seats are in, named after them: "Plaid Cymru won two of the six
        seats in the new Teifi a Phreseli constituency", "half of the six Senedd seats in the Clwyd Valleys
        constituency"."""
        v = self.v
        sb, se = v.sentence_bounds(i)
        for k in range(sb, min(se, i + 6)):
            if v.lower(k) in ("seats", "seat") and (n := v.num(k - 1 - (v.mention_at[k - 1] is not None))) is not None \
                    and n.value <= MULTI_MEMBER and (v.lower(k + 1), v.lower(k + 2)) == ("in", "the"):
                a = k + 3 + (v.lower(k + 3) in ("new", "old", "redrawn", "enlarged"))
                e = a  # "half of the six Senedd seats in the Clwyd Valleys constituency": the district's seats
                while e < min(v.n, a + 6) and v.t.is_alpha[e] and (v.text(e)[:1].isupper() or e > a and v.lower(e) in (
                        "a", "and", "of", "upon", "on", "y") and v.text(e + 1)[:1].isupper()):
                    e += 1  # ("Teifi a Phreseli")
                if e > a and v.lower(e) in ("constituency", "electorate", "division", "riding"):
                    return " ".join(v.text(x) for x in range(a, e))
        return None

    def _named_region(self, i: int) -> str | None:
        """A region no gazetteer holds, named before the figure in its sentence: "the Mid and West Wales region"."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        for k in range(i - 1, s, -1):
            if v.lower(k) == "region" and v.text(k - 1)[:1].isupper() and v.t.is_alpha[k - 1]:
                a = k - 1
                while a > s and (v.text(a - 1)[:1].isupper() and v.t.is_alpha[a - 1] or v.lower(a - 1) == "and"
                                 and v.text(a - 2)[:1].isupper()) and k - a < 5:
                    a -= 1
                return v.span_text(a, k)
        # or just after the figure's seats: "won three of the four regional seats in the South Wales West region"
        _, e = v.sentence_bounds(i)
        for k in range(i + 1, min(e, i + 14)):
            if v.lower(k) in (",", ";", "and", "but", "while") or k > i + 1 and v.num(k) is not None \
                    and not (v.lower(k - 1) == "the" and v.lower(k - 2) == "of"):
                break  # (only within the figure's own phrase: "three of the four regional seats in …")
            if v.lower(k) == "region" and v.text(k - 1)[:1].isupper() and v.t.is_alpha[k - 1]:
                a = k - 1
                while a > i and v.text(a - 1)[:1].isupper() and v.t.is_alpha[a - 1] and k - a < 5:
                    a -= 1
                return v.span_text(a, k) if v.lower(a - 1) in ("the", "in") else None
        return None

    def _place_sending(self, i: int) -> str | None:
        """The capitalised place before ", the state that sends N" or ", which elects N"."""
        v = self.v
        k = i - 1
        while k > max(0, i - 8) and v.lower(k) != ",":
            k -= 1
        if v.lower(k) != ",":
            return None
        e = k
        while k - 1 >= 0 and v.text(k - 1)[:1].isupper() and v.t.is_alpha[k - 1] and e - k < 4:
            k -= 1
        return " ".join(v.text(x) for x in range(k, e)) if k < e else None

    def _paragraph_chamber(self, i: int) -> Span | None:
        """The chamber a paragraph opens with as its heading ("State Assembly." before its figures)."""
        v = self.v
        k = v.sent_of[i]
        para = v.para_of[i]
        while k > 0 and v.para_of[v.sents[k - 1][0]] == para and v.sent_of[i] - k < PARAGRAPH_HEAD_REACH:
            k -= 1
        if k == v.sent_of[i] or k > 0 and v.para_of[v.sents[k - 1][0]] == para:
            return None  # the paragraph's own first sentence, or one too far back to head it
        s, e = v.sents[k]
        words = [t for t in range(s, e) if not v.t.is_space[t] and v.text(t) not in ("*", "**", ".", ":", "#")]
        found = [m for m in self.in_sentence[k] if m.kind == "chamber"]
        return found[0] if found and len(words) <= 6 and len(found) == 1 else None  # ("Counting the Senate by class.")

    def _state_races_by_para(self) -> dict[int, str]:
        """Paragraphs opened by a state ("In Virginia, Democrat Abigail Rowe won …"), in a story whose paragraphs open
        so with two or more states and give figures: each such paragraph tells that state's statewide race (a
        governor's, a senator's). Empty when one state or none opens so: the story is then one race, or none."""
        if self._state_races is not None:
            return self._state_races
        v = self.v
        out: dict[int, str] = {}
        for p, (a, b) in v.paragraph_bounds().items():
            opener = STATE_OPENER.match(v.t.text, v.t.starts[a], v.t.ends[min(b, a + 8)])
            state = next((m.name for m in self._region_opener(v.sent_of[a]) if m.name in self.states), None) or (
                opener.group(1) if opener is not None and opener.group(1) in self.us_states else None)
            if state is not None and any(v.num(k) is not None and not v.years[k] for k in range(a, b + 1)):
                out[p] = state
        self._state_races = out if len(set(out.values())) >= 2 else {}
        return self._state_races

    def _region_headings(self) -> dict[int, str | None]:
        """The region a section's heading names first ("### West Bengal, 42 seats"), for the heading and the
        paragraphs below it up to the next heading. Worked out once, in one pass over the paragraphs."""
        if self._region_heads is not None:
            return self._region_heads
        v = self.v
        out: dict[int, str | None] = {}
        current: str | None = None
        for p, (a, b) in v.paragraph_bounds().items():
            if v.cells[a] is None and _heading_line(v, a, b) and v.text(a) == "#":
                lead = a
                while lead < b and v.text(lead) in ("#", "*", "_"):
                    lead += 1
                m = v.mention_at[lead]
                current = m.name if m is not None and m.kind == "region" and m.start == lead else \
                    self._area_heading(lead, b)
            out[p] = current
        self._region_heads = out
        return out

    def _area_heading(self, a: int, b: int) -> str | None:
        """A heading that is an area's name alone ("## Cornwall", "## Devon") over a council's seats: no party, person
        or chamber in it, nor a word of what a section tells ("## What to watch", "## Results")."""
        v = self.v
        close = next((k for k in range(a, b + 1) if v.text(k) == "("), b + 1)  # ("## SAXONY (120 seats; 61 needed)")
        words = [k for k in range(a, close) if not v.t.is_space[k] and v.text(k) not in ("*", "**", "_", "#")]
        if not 1 <= len(words) <= 3 or any(not v.t.is_alpha[k] or not v.text(k)[:1].isupper()
                                           or v.lower(k) in NOT_SEAT_CAPTION or v.lower(k) in AREA_NOT_NAME
                                           or (m := v.mention_at[k]) is not None and m.kind in ("party", "person",
                                                                                               "chamber")
                                           for k in words):
            return None
        return " ".join(v.text(k) for k in words)

    def _section_chamber(self, k: int) -> Span | None:
        """The chamber a heading names in a paragraph of its own above sentence k's ("**Senate** (100 seats)" over
        "Republicans will hold 53 seats to the Democrats' 47"), up to the next sentence that names a chamber."""
        v = self.v
        for j in range(k - 1, max(0, k - SECTION_REACH), -1):  # (not the headline: it is no section's)
            found = [m for m in self.in_sentence[j] if m.kind == "chamber"]
            s, e = v.sents[j]
            alone = (j == 0 or v.para_of[v.sents[j - 1][0]] != v.para_of[s]) and (
                j + 1 >= len(v.sents) or v.para_of[v.sents[j + 1][0]] != v.para_of[s])
            depth, words = 0, 0
            for t in range(s, e):
                depth += v.text(t) == "("
                words += depth == 0 and not v.t.is_space[t] and v.t.is_alpha[t]
                depth -= v.text(t) == ")"
            if found:
                return found[0] if alone and len(found) == 1 and words <= 5 else None
        return None

    # -- election and modality ---------------------------------------------------------

    def _year_headings(self) -> list[tuple[int, int]]:
        v = self.v
        t = v.t
        headings: list[tuple[int, int]] = []
        line: list[int] = []
        for i in range(v.n + 1):
            if i == v.n or (t.is_space[i] and "\n" in t.texts[i]):
                years = [k for k in line if is_year(v, k)]
                if len(years) == 1 and all(k in years or v.lower(k) in HEADING_WORDS for k in line):
                    headings.append((years[0], int(v.num(years[0]).value)))
                line = []
            elif not t.is_space[i]:
                line.append(i)
        return headings

    def _below_a_dated_table(self, i: int) -> int | None:
        """The year of the table just above a results line ("Labour majority: 9,684. Turnout: 60.4%" under a table
        captioned "General election, 4 July 2024"): the line closes that table's result."""
        v = self.v
        if self.current_year is None or v.cells[i] is not None:
            return None
        k = i
        while k > 0 and v.para_of[k - 1] == v.para_of[i] and i - k < 40:
            k -= 1
        if v.para_of[k - 1 if k > 0 else 0] == v.para_of[i] \
                or not any(v.lower(t) == ":" and v.num(t + 1) is not None for t in range(k, min(k + 8, i))):
            return None  # (a line of results: "Labour majority: 9,684. Turnout: 60.4% (electorate 75,210)")
        k -= 1
        while k > 0 and v.t.is_space[k]:
            k -= 1
        while k > 0 and v.cells[k] is None and v.lower(k) in ("|", "-", ":", "---"):
            k -= 1
        cell = v.cells[k] if k >= 0 else None
        if cell is None or not cell.caption or len(years := set(CAPTION_YEAR.findall(cell.caption))) != 1:
            return None
        year = int(years.pop())
        return year if year != self.current_year else None

    def heading_year(self, i: int) -> int | None:
        """The year heading the lines above figure i, in its paragraph ("Past results / 2010 / Con: 13,333")."""
        k = bisect.bisect_left(self.headings, (i, 0)) - 1
        if k < 0:
            return None
        tok, year = self.headings[k]
        return year if self.v.para_of[tok] == self.v.para_of[i] else None

    def _current_year(self) -> int | None:
        v = self.v
        years = []
        low = v.lowers
        # (a story about one by-election: a briefing's "by-elections during the last Parliament" is none)
        by_election = any(low[k] == "by" and low[k + 1] == "-" and low[k + 2] == "election"
                          for k in range(len(low) - 2)) or "by-election" in low
        titled = []  # "Local elections 2024: Labour tightens grip": the headline's election, whatever it recalls
        for i, n in enumerate(v.nums):
            if n is not None and is_year(v, i) and v.para_of[i] == 0 and v.lower(i - 1) in ("election", "elections") \
                    and not by_election:
                titled.append(int(n.value))
            if n is not None and is_year(v, i) and (v.lower(i + 1) in ELECTION_WORDS or v.lower(i - 1) == "of"
                                                    and v.lower(i - 2) in ("election", "elections")):
                if by_election and v.lower(i + 1) == "general":
                    continue  # a by-election story's "2019 general election" is the one before
                if v.lower(i - 1) == "the" and v.lower(i - 2) in ("with", "to") \
                        and v.lower(i - 3) in ("compared", "comparison", "contrast", "relative"):
                    continue  # "gained a net 48 seats compared with the 2017 election": the one compared with
                if v.lower(i - 1) == "the" and (v.lower(i - 2) in ("since", "than") or v.lower(i - 2) in ("at", "in")
                                                and (v.t.sent_starts[i - 2] and v.para_of[i] > 1
                                                     or any(v.lower(k) in ("from", "than", "on", "since")
                                                            for k in range(max(0, i - 6), i - 2)))):
                    continue  # "At the 2019 election the Coalition won 77 seats" further down: the one to compare with
                    # (and "down from 365 at the 2019 election": the level a change came from)
                years.append(int(n.value))
        if titled:
            return max(titled)
        if not years and self.headings and v.para_of[self.headings[0][0]] <= 2:
            return self.headings[0][1]  # "Gower / 2015 Result: / Conservative: 15,862 …"
        return max(years) if years else None

    def _dated_election_opens(self, s: int, i: int) -> int | None:
        """ "The 2022 by-election, called after …, saw Mr Lightwood win by 4,925 votes": a sentence whose subject is a
        dated election tells that election's figures (unless it is this one, or another year comes between)."""
        v = self.v
        k = s + (v.lower(s) == "the")
        if k == s or not is_year(v, k) or not DATED_ELECTION.match(v.t.text, v.t.ends[k], v.t.ends[k] + 40):
            return None
        y = int(v.num(k).value)
        if y == self.current_year or any(is_year(v, t) for t in range(k + 1, i)):
            return None
        return y

    def _to_side_before(self, i: int) -> int | None:
        """The later side of a change just before the figure, nothing but words between: "to 40.1 per cent, a drop
        of 15 points" (the drop is told of the same time as the 40.1)."""
        v = self.v
        for k in range(i - 1, max(v.sentence_bounds(i)[0], i - 8) - 1, -1):
            if v.num(k) is not None:
                return k if v.lower(k - 1) == "to" and not is_year(v, k) else None
        return None

    def year(self, r: Reading) -> int | None:
        if r.year is not None:
            return r.year
        v = self.v
        to = r.i if v.lower(r.i - 1) == "to" else self._to_side_before(r.i)
        if to is not None and (frm := next((k for k in range(to - 2, max(v.sentence_bounds(to)[0], to - 24) - 1, -1)
                                            if v.lower(k) == "from"), None)) is not None \
                and not any(is_year(v, k) for k in range(v.sentence_bounds(to)[0], frm)) \
                and any(is_year(v, k) for k in range(frm, to)) \
                and not any(is_year(v, k) for k in range(to + 1, min(v.clause_end[r.i] + 1, r.i + 6))):
            return None  # "from 11 MPs at the 2019 election to 72": the year is the earlier side's, not the later's
            # (and "from 57.1 per cent in 2020, when Tsai Ing-wen was re-elected, to 40.1 per cent", past an aside)
        if (y := self._bracket_year(r.i)) is not None:
            return y  # "Lab GAIN from Con (2019: Con maj 8,004)", "38 seats (2019: 24)"
        if v.lower(r.i - 1) == "(" and r.i >= 2 and is_year(v, r.i - 2):
            year = int(v.num(r.i - 2).value)  # "general election 2024 (32 seats) and 2019 (40 seats)": each its year's
            return year if year != self.current_year else None
        if (cell := v.cells[r.i]) is not None and cell.column > 0 and YEAR_LABEL.fullmatch(cell.row_label) \
                and (not cell.headers or cell.headers[0].strip(" *_") in ("year", "election", "")):
            return int(cell.row_label)  # "| Year | MP | Majority |" over "| 2017 | Ann Lowe | 10,876 |": that year's
        if (y := self._line_label_year(r.i)) is not None:
            return y if y != self.current_year else None  # "- **2022:** Labor 77, Coalition 58, crossbench 16"
        if self.current_year is not None and (cell := v.cells[r.i]) is not None and cell.caption \
                and len(years := set(CAPTION_YEAR.findall(cell.caption))) == 1 \
                and (year := int(years.pop())) != self.current_year:
            return year  # a table under "## General election, 4 July 2024" in a story of a by-election in 2025
        if (year := self._below_a_dated_table(r.i)) is not None:
            return year
        i = r.i
        if v.lower(i - 1) == "of" and v.lower(i - 2) in TALLY_NOUNS and i >= 3 and is_year(v, i - 3):
            return int(v.num(i - 3).value)  # "The Congress nearly doubled its 2019 tally of 52 seats"
        u = unit_after(v, i)
        end = u[2] if u else i + 1
        if v.lower(end) in ("by", "with") and v.lower(end + 1) in ("which", "that"):
            # "the 2,110 votes by which he first won the post in 2017": the year of the clause about the figure
            for k in range(end + 2, min(end + 14, v.sentence_bounds(i)[1])):
                if v.num(k) is not None and not is_year(v, k) or v.lower(k) in (",", ";"):
                    break
                if is_year(v, k) and v.lower(k - 1) == "in":
                    return int(v.num(k).value)
        if (w := x_of_y(v, i)) is not None and v.lower(w + 1) in ("in", "at") and w + 2 < v.n and is_year(v, w + 2):
            return int(v.num(w + 2).value)  # "Labour won 22 of the 40 in 2019": the share-out of that year
        close = next((k for k in range(i + 1, min(v.n, i + 10)) if v.lower(k) in (")", "(")), None)
        if close is not None and v.lower(close) == ")" and v.lower(close + 1) == "in" and close + 2 < v.n \
                and is_year(v, close + 2) and "(" in [v.lower(k) for k in range(max(0, i - 10), i)]:
            return int(v.num(close + 2).value)  # "(GreenLeft 8, Labour 9) in 2021": the bracketed list's year
        for k in range(end, min(end + 7, v.clause_end[i])):
            if is_year(v, k):
                if v.lower(k + 1) in (":", "=") and v.num(k + 2) is not None:
                    break  # "38 seats (2019: 24)": the year labels the figure in the bracket, not this one
                between = [v.lower(t) for t in range(end, k)]
                if "than" in between or any(a in (",", ";") and b in CLAUSE_JOINS for a, b in zip(between, between[1:])):
                    break  # "a margin of 7.4 points, slightly wider than in 2022": compared with that year's;
                    # "won 282 seats, and in 2019 it took 303": the next clause's year
                if LAST_ELECTIONS_IN.fullmatch(" ".join(between)):
                    return int(v.num(k).value)  # "who won 42 seats at the last county elections in 2021"
                bare = between[:-1] if between and between[-1] in MONTHS else between  # "… it won in December 2019"
                if all(w in ("in", "at", "the", "(", "election", "general", "of", "after", "since", "before")
                       or w in MONTHS for w in between) or \
                        (bare and bare[-1] == "in" and len(bare) <= 5):  # "a majority over the SNP in 2017"
                    return int(v.num(k).value)
                break
            if v.num(k) is not None:
                break
        if v.lower(end) == "when" or v.lower(end) in ("in", "at") and v.lower(end + 1) == "the" \
                and v.lower(end + 3) == "when":
            # "won all three seats when the ward was last contested in 2019": the time the clause names
            w = end if v.lower(end) == "when" else end + 3
            for k in range(w + 1, min(w + 10, v.sentence_bounds(i)[1])):
                if is_year(v, k) and v.lower(k - 1) == "in":
                    return int(v.num(k).value)
                if v.num(k) is not None or v.lower(k) in (",", ";"):
                    break
        anchor = r.anchor if r.anchor is not None and r.anchor < i else i
        between = {int(v.num(k).value) for k in range(anchor + 1, i) if is_year(v, k)}
        if len(between) == 1 and anchor < i and v.lower(i - 1) in ("was", "is", "of", "been", "at", "stood") \
                and not any(v.num(k) is not None and not is_year(v, k) for k in range(anchor + 1, i)):
            return between.pop()  # "his majority in 2019 was 7,210", "the majority at the 2019 election was"
        for k in (anchor - 1, anchor - 2, anchor - 3, anchor - 4):
            if k >= 0 and is_year(v, k) and all(v.lower(t) in POSSESSIVE | {"the"} or (m := v.mention_at[t]) is not None
                                                and m.kind == "party" for t in range(k + 1, anchor)):
                return int(v.num(k).value)  # "his 2019 majority", "a 2019 Conservative majority of more than 20,000"
        cs = v.clause_start[i]
        sent_start = v.sentence_bounds(i)[0]
        if (y := self._dated_election_opens(sent_start, i)) is not None:
            return y
        if v.lower(i - 1) in ("on", "with") and i >= 2 and is_year(v, i - 2) and v.lower(i - 3) == "in":
            return int(v.num(i - 2).value)  # "elected in 2019 on 38% of first preferences"
        if v.lower(i - 2) == "and" and v.lower(i - 1) in ("took", "won", "polled", "got", "had", "received", "secured") \
                and i >= 4 and is_year(v, i - 3) and v.lower(i - 4) == "in":
            return int(v.num(i - 3).value)  # "Fell stood for UKIP here in 2017 and took 2.8%"
        p = next((k for k in range(i - 1, max(sent_start, i - 4) - 1, -1) if v.lower(k).endswith("ing")), None)
        if p is not None and v.lower(p - 1) == "," and is_year(v, p - 2) and v.lower(p - 3) == "in":
            return int(v.num(p - 2).value)  # "She first stood for the seat in 2024, finishing third": that year's
        for k in range(anchor - 1, cs - 1, -1):
            if v.num(k) is not None and not is_year(v, k):
                break
            if is_year(v, k) and v.lower(k - 1) == "in" and v.lower(k + 1) in ("by", "with") \
                    and (v.has(k - 2, "verb.win") or v.lower(k - 2) in ("won", "held", "took", "gained", "kept")):
                return int(v.num(k).value)  # "won in 2017 by a majority of 3,295", "held it in 2019 with 21,000 votes"
            # "who held the seat at the 2024 general election with a majority of 3,871": that election's
            if is_year(v, k) and v.lower(k - 1) == "the" and v.lower(k - 2) in ("at", "in") and (
                    v.lower(k + 1) in ("election", "by-election") or v.lower(k + 1) == "general"
                    and v.lower(k + 2) == "election"):
                return int(v.num(k).value)
        if (k := next((t for t in range(i - 1, max(sent_start, i - 6), -1) if v.lower(t) == "and"), None)) is not None \
                and not any(v.num(t) is not None for t in range(k + 1, i)) and is_year(v, k - 1) \
                and v.lower(k - 2) == "in" and v.num(k - 3) is None and k - 4 >= 0 and (
                    v.num(k - 4) is not None or v.num(k - 5) is not None and not is_year(v, k - 5)):
            return int(v.num(k - 1).value)  # "won 32,095 votes in 2019 and a majority of 17,721": that year's too
        if v.lower(sent_start) == "for" and (k := next((t for t in range(sent_start + 1, min(i, sent_start + 4))
                                                         if is_year(v, t)), None)) is not None \
                and v.lower(k + 1) in ("comparison", "comparisons", "context", "reference") \
                and not any(is_year(v, t) for t in range(k + 1, i)):
            return int(v.num(k).value)  # "For the 2021 comparison, …: Labour won 30 of the 60 seats": that year's
        for k in range(cs, anchor):
            if is_year(v, k):
                lead = [v.lower(t) for t in range(cs, k)]
                while len(lead) > 1 and lead[-1] in MONTHS:
                    lead = lead[:-1]  # "In May 2023 …", "At the last full election in May 2023 …"
                opener = lead in (["in"], ["at", "the"], ["back", "in"], ["in", "the"], ["from"]) or \
                    (lead[-1:] == ["in"] and cs != sent_start and len(lead) <= 2) or \
                    (lead[-1:] == ["in"] and cs == sent_start and len(lead) <= 6 and lead[0] in (
                        "on", "under", "at", "back")) or \
                    (lead[:2] == ["at", "the"] and lead[-1:] == ["in"] and len(lead) <= 7
                     and any(w in ELECTION_WORDS for w in lead))  # "At the last full election in May 2023
                if not opener and (b := next((t for t in range(k - 1, cs - 1, -1) if v.lower(t) in (",", ";", ":")),
                                             None)) \
                        is not None:
                    # "…, and in 2019 it took 303": a clause joined on after a comma opens with its own year
                    after = [v.lower(t) for t in range(b + 1, k)]
                    while after[:1] and after[0] in CLAUSE_JOINS:
                        after = after[1:]
                    opener = after in (["in"], ["at", "the"], ["back", "in"], ["by"])
                tail = [v.lower(t) for t in range(k + 1, anchor)]
                # "In 1997 Tony Blair's party won 418 seats and a majority of 179": the opener dates its clause
                closed = ("who" in lead or "which" in lead) and any(
                    v.num(t) is not None and v.lower(t + 1) == "," and v.num(t + 2) is None and v.t.is_alpha[t + 2]
                    for t in range(k + 1, anchor - 1))
                # ("Mr Gibson, who won the seat in 2019 with a majority of 3,294, finished second on 14,323": the
                # relative clause and its year end at the comma; the figure after is the sentence's own)
                if (opener and not any(is_year(v, t) for t in range(k + 1, anchor))) or not closed and \
                        (lead[-1:] == ["in"] and tail[:1] == ["with"] and (len(tail) <= 4 or len(tail) <= 20 and not any(
                            w in ("but", "while", "whereas", "now", "this") for w in tail))):
                    # ("would notionally have won in 2019 with 52.1 per cent of the vote and a majority of 9,412")
                    return int(v.num(k).value)
                # "On the old boundaries in 2019 her majority … had been 4,212": in a year, then the figure,
                # told in the pluperfect, with no other figure between
                if lead[-1:] == ["in"] and "had" in [v.lower(t) for t in range(k + 1, i)] \
                        and not any(v.num(t) is not None for t in range(k + 1, i)):
                    return int(v.num(k).value)
        # "… on 2017, when they finished on 317": a clause opened by "when" after a year is that year (and all its
        # figures: "in 2019, when 45 per cent brought 48 seats").
        for k in range(i - 1, max(sent_start, i - 12) - 1, -1):
            if v.num(k) is not None and (k < v.clause_start[i] or is_year(v, k)):
                break
            if v.num(k) is not None:
                continue
            if v.lower(k) == "with" and v.lower(k - 1) == ",":
                # "… majority at the 2019 general election was 7,210, with 25,351 votes to Labour's 18,141": the
                # year of the figure the clause before ends on
                f = k - 2
                if v.num(f) is None or is_year(v, f):
                    break
                ys = [t for t in range(v.clause_start[f], f) if is_year(v, t)]
                if len({int(v.num(t).value) for t in ys}) == 1 and int(v.num(ys[0]).value) != self.current_year \
                        and not any(v.num(t) is not None for t in range(ys[-1] + 1, f)) \
                        and not (v.lower(f - 1) == "to" and any(v.lower(t) == "from"
                                                                for t in range(v.clause_start[f], ys[0]))):
                    # (not "cut from 12,568 in 2017 to 1,738, with the Brexit Party's Dean Porritt taking 4,905
                    # votes": the year is the change's earlier side's, the figure before the comma the later's)
                    return int(v.num(ys[0]).value)
                break
            if v.lower(k) == "when":
                # "… at the 2019 general election, when Imran Ahmad Khan won the seat with …"; "… majority at the
                # 2019 general election was 7,210, with 25,351 votes to Labour's 18,141"
                j = k - 1
                while j > sent_start and v.lower(j) in (",", "–", "—", "election", "general", "by-election",
                                                        "poll", "vote", "contest", "elections"):
                    j -= 1
                if is_year(v, j):
                    return int(v.num(j).value)
                # "On the old boundaries in 2019 her majority had been 4,212, when she polled 17,291": the one
                # year the sentence names before the clause
                years = {int(v.num(t).value) for t in range(sent_start, k) if is_year(v, t)
                         and v.lower(t - 1) not in ("since", "until", "till")}  # (not "the MP … since 2017")
                if len(years) == 1 and (y := years.pop()) != self.current_year:
                    return y
                break
        if (y := self._when_opener_year(i, sent_start)) is not None:
            return y
        if (y := self._year_when(i, sent_start)) is not None:
            return y
        if r.slot == "score_b":  # "… with 24,011 votes to Labour's 14,807": the year of the first count
            first = next((self.readings[k] for k in range(i - 1, max(sent_start, i - 12) - 1, -1)
                          if k in self.readings and self.readings[k].slot == "score_a"), None)
            if first is not None:
                return self.year(first)
        if (y := self._that_election(i, sent_start)) is not None:
            return y
        if r.kind not in (Kind.SWING, Kind.SHARE_CHANGE, Kind.SEAT_CHANGE, Kind.CHANGE) \
                and (y := self._paragraph_opener_year(i, sent_start)) is not None:
            return y
        if r.source is not None and (src := self.readings.get(r.source)) is not None and src.i < i:
            # "… of 2019, when the Liberals won 157 seats and the Conservatives 121": the sibling's year
            if (y := self.year(src)) is not None:
                return y
        if (y := self.heading_year(i)) is not None:
            return y
        return self._section_years().get(v.para_of[i]) if r.kind in RESULT_KINDS else None

    def _section_years(self) -> dict[int, int]:
        """The year a Markdown section heading names for the paragraphs under it, up to the next heading ("## How
        Sandhill voted in 2022" over a results list of that year), where it is not the year the copy reports. Worked
        out once, in one pass over the paragraphs."""
        if self._sectioned is not None:
            return self._sectioned
        v = self.v
        out: dict[int, int] = {}
        current: int | None = None
        for p, (a, b) in v.paragraph_bounds().items():
            if v.text(a).startswith("#") and _heading_line(v, a, b):
                years = {int(v.num(k).value) for k in range(a, b + 1) if is_year(v, k)}
                current = years.pop() if len(years) == 1 else None
                if current == self.current_year:
                    current = None
                continue
            if current is not None:
                out[p] = current
        self._sectioned = out
        return out

    def _line_label_year(self, i: int) -> int | None:
        """The year a list entry's line opens with, as its label: "- **2022:** Labor 77, Coalition 58"."""
        text, at = self.v.t.text, self.v.t.starts[i]
        start = text.rfind("\n", 0, at) + 1
        m = LINE_YEAR.match(text, start, at)
        return int(m.group("dated") or m.group(2) or m.group("row")) if m else None

    def _year_when(self, i: int, sent_start: int) -> int | None:
        """ "… different from 2020, when Sinn Féin won … 24.5 percent, but finished second on seats with 37": a year
        then "when", earlier in the sentence, no other year between it and the figure, dates the clause's figures
        (past a semicolon only where the next clause says "then")."""
        v = self.v
        if self._when_sents is None:  # the sentences with a "when" in them, found once a document
            self._when_sents = {v.sent_of[k] for k in range(v.n) if v.lowers[k] == "when"}
        if v.sent_of[i] not in self._when_sents:
            return None
        for k in range(i - 1, max(sent_start, i - YEAR_WHEN_REACH), -1):  # (a bounded walk: linear in the copy)
            if is_year(v, k):
                if v.lower(k + 1) == "," and v.lower(k + 2) == "when" and int(v.num(k).value) != self.current_year:
                    return int(v.num(k).value)
                return None
            if v.lower(k) in (";", ":") and not any(v.lower(t) == "then" for t in range(k, v.sentence_bounds(i)[1])) \
                    or spaced_dash(v.t, k) or v.lower(k) in ("—", "–"):
                return None  # (nor past a dash: "… in 2020, when he won … - an improvement of 5.9 points")
            if v.lower(k) in ("now", "today", "tonight") or v.lower(k) == "time" and v.lower(k - 1) == "this":
                return None
        return None

    def _when_opener_year(self, i: int, sent_start: int) -> int | None:
        """ "When these seats were last fought in 2021, Labour won 11", "After the 2022 midterms, Democrats held …": a
        sentence opened by a "when" clause (or an election after "after") that names one year, and no other figure,
        dates the figures of the clause after it."""
        v = self.v
        k = sent_start
        while k < i and not v.t.is_alpha[k]:
            k += 1
        after = v.lower(k) in ("after", "following") and v.lower(k + 1) == "the" and is_year(v, k + 2) \
            and v.lower(k + 3) in ELECTION_NOUNS  # "After the 2022 midterms, Democrats held the Senate 51–49"
        comma = next((t for t in range(k + 1, i) if v.lower(t) == ","), None)
        # "At the last all-out election in 2021, under the old boundaries, Labour won all three seats, with the lowest
        # winner polling 1,690": an opener of an earlier election's time dates the whole sentence
        election_opener = v.lower(k) in ("at", "in") and comma is not None and comma - k <= 9 and (
            comma - k <= 3 or any(v.lower(t) in ELECTION_NOUNS or v.lower(t) == "election" for t in range(k, comma))) \
            and not any(v.lower(t) in ("but", "while", "whereas", "now", "today", "this") for t in range(comma, i))
        if v.lower(k) != "when" and not (v.lower(k) == "the" and v.lower(k + 1) == "last" and v.lower(k + 2) == "time"
                                         or v.lower(k) == "last" and v.lower(k + 1) == "time") and not after \
                and not election_opener:
            return None
        if comma is None:
            return None
        years = {int(v.num(t).value) for t in range(k, comma) if is_year(v, t)}
        if len(years) != 1 or any(v.num(t) is not None and not is_year(v, t) for t in range(k, comma)) \
                or any(is_year(v, t) for t in range(comma, i)):
            return None
        return years.pop()

    def _paragraph_opener_year(self, i: int, sent_start: int) -> int | None:
        """ "In 2019 Labour's Mike Hill won with 15,464 votes … The Brexit Party's Richard Tice took 10,603.": a
        paragraph opened by "In <an earlier year>" goes on about that year, sentence after sentence, until one names
        another year or the present ("now", "this time"). (`_past_paragraph` does the same for an opener of no
        figure and no year, "Three years ago …"; this one dates its figures.)"""
        v = self.v
        if self._year_openers is None:  # once a document: each paragraph that opens "In 2019", and where
            self._year_openers = {}
            for p, (a, b) in v.paragraph_bounds().items():
                k = a
                while k < b and not v.t.is_alpha[k]:
                    k += 1
                first = k + (v.lower(k) == "back")
                at = first + 1 if v.lower(first) == "in" else first + 2 if v.lower(first) == "at" else None
                if at is not None and at <= b and is_year(v, at) and int(v.num(at).value) != self.current_year:
                    self._year_openers[p] = (a, first, int(v.num(at).value))
        opened = self._year_openers.get(v.para_of[i])
        if opened is None:
            return None
        a, first, year = opened
        if v.sent_of[first] == v.sent_of[i] or sent_start - a >= PARAGRAPH_REACH:
            return None  # (the figure's own sentence opens the paragraph: its own rules apply)
        if any(is_year(v, t) and int(v.num(t).value) != year for t in range(first + 2, i)) \
                or any(v.lower(t) in NOW_OR_LATER or v.lower(t) in WEEKDAYS for t in range(sent_start, i)):
            # (nor "Five years later the Tory share had collapsed to 31.6%", "The swing … of 18.3% is among the
            # largest": another time, or the present)
            return None
        if any(v.lower(t) in ("now", "today", "tonight") or v.lower(t) == "this" and v.lower(t + 1) in ("time", "year")
               for t in range(first + 2, sent_start)):
            return None  # "In 2016 the Conservatives won 11 seats; this time they won 16. Labour's 30 seats …": back
            # in the present before this sentence
        return year

    def _that_election(self, i: int, sent_start: int) -> int | None:
        """ "… the last general election took place in 2017. The results of that election were much closer as
        the Conservatives secured 318 seats": 'that election' is the year named just before."""
        v = self.v
        if any(w in ("this", "now", "today") for w in v.lowers[sent_start:i]):
            return None
        if self._says_that_election(sent_start, i):
            return self._year_before(sent_start)
        # "… of that election were closer as the Conservatives secured 318 seats. The Lib Dems had 12 seats":
        # the next sentence, in the past tense and dated by nothing else, goes on about it.
        if sent_start > 0:
            prev_start, prev_end = v.sentence_bounds(sent_start - 1)
            # "… who had held the seat at the 2021 full council elections. Then the Conservatives took 2,904":
            # a sentence opened by 'Then' ('Back then', 'At that time') is the past year the sentence before names
            if THEN_OPENER.match(" ".join(v.lowers[sent_start:sent_start + 3])) and not any(
                    is_year(v, k) for k in range(sent_start, i)):
                years = {int(v.num(k).value) for k in range(prev_start, prev_end) if is_year(v, k)}
                if len(years) == 1 and (y := years.pop()) != self.current_year:
                    return y
            if self._says_that_election(prev_start, prev_end) and any(
                    w in PAST_HOLDING for w in v.lowers[sent_start:i]) and not any(
                    is_year(v, k) for k in range(sent_start, i)):
                return self._year_before(prev_start)
            # "In 2021, under the old system, Mrs Fry led on first preferences … After second preferences were
            # added she won by 97,640": a paragraph a year opens goes on about that year, sentence after sentence
            # of the past tense, until one names another time
            if v.para_of[prev_start] == v.para_of[sent_start] and v.lower(sent_start) not in OWN_TIME_OPENERS \
                    and (y := self._opened_year(prev_start)) is not None \
                    and y != self.current_year and any(w in PAST_HOLDING or w.endswith("ed")
                                                       for w in v.lowers[sent_start:i]) \
                    and not any(is_year(v, k) or v.lower(k) in NOW_WORDS for k in range(sent_start, v.sentence_bounds(i)[1])):
                return y
        return None

    def _opened_year(self, start: int) -> int | None:
        """The year a sentence opens with ("In 2021, …", "At the 2019 election, …"), if it opens so."""
        v = self.v
        k = start
        while k < v.n and not v.t.is_alpha[k]:
            k += 1
        if v.lower(k) not in ("in", "at", "back"):
            return None
        for t in range(k + 1, min(v.n, k + 6)):
            if is_year(v, t):
                return int(v.num(t).value) if v.lower(t + 1) in (",", "election", "elections", "when") or any(
                    v.lower(j) == "," for j in range(t + 1, min(v.n, t + 3))) else None
            if v.lower(t) in (",", "."):
                return None
        return None

    def _says_that_election(self, lo: int, hi: int) -> bool:
        """Whether 'that election' or 'that by-election' (tokenized "by - election") is said at a token in
        [lo, hi): looked up, not scanned for each figure."""
        at = self._that_at
        if at is None:
            v = self.v
            words = ELECTION_WORDS - {"general"}
            at = self._that_at = [k for k, w in enumerate(v.lowers) if w == "that" and (
                v.lower(k + 1) in words and not _the_votes_themselves(v, k)
                or v.lower(k + 1) == "by" and v.lower(k + 3) in ("election", "poll"))]
        k = bisect.bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def _year_before(self, start: int) -> int | None:
        """The nearest year other than the article's, in the 80 tokens before `start`."""
        v = self.v
        for k in range(start - 1, max(-1, start - 80), -1):
            if is_year(v, k) and int(v.num(k).value) != self.current_year:
                return int(v.num(k).value)
        return None

    def _forecast_list(self, r: Reading) -> bool:
        """The first entry of a list the figure is a later entry of is a forecast's (walked back along the list)."""
        seen = 0
        while r.source is not None and (src := self.readings.get(r.source)) is not None and src.i < r.i \
                and seen < LIST_REACH:
            r, seen = src, seen + 1
        return self._forecast(r.i)

    def _by_election_before(self, anchor: int) -> bool:
        """The figure's noun is a by-election's: "her by-election majority of 8,024"."""
        v = self.v
        k = anchor - 1
        while k >= 0 and v.lower(k) in ("winning", "own", "narrow", "slim", "comfortable"):
            k -= 1
        if not (v.lower(k) == "by-election" or v.lower(k) == "election" and v.lower(k - 1) == "-" and v.lower(k - 2) == "by"):
            return False
        return not any(v.years[t] for t in range(v.sentence_bounds(anchor)[0], anchor))  # (not "the October 2018
        # by-election by 5,176": a dated election, as told in its own story)

    def modality(self, r: Reading, year: int | None) -> tuple[Modality, int | None, str]:
        v = self.v
        if r.threshold:
            return Modality.THRESHOLD, None, "a target"
        moved = r.kind == Kind.SWING or r.kind in NOTIONAL_MOVES and (
            v.cue_left(r.i, "change.up", 3) is not None or v.cue_left(r.i, "change.down", 3) is not None)
        if r.slot != "to" and not moved and self.notional(r.i):
            # (before a forecast's words: "Estimates of the notional result …"; not a change or swing measured from
            # notional figures: "On notional 2019 figures, the Conservative share fell 32.1 points": this election's)
            return Modality.HISTORICAL, year if year != self.current_year else None, \
                "a notional result's (the last election's, on new boundaries)"
        if self._forecast(r.i):
            return Modality.FORECAST, year, "forecast words in the clause"
        if r.source is not None and (src := self.readings.get(r.source)) is not None and src.i < r.i \
                and v.same_sentence(src.i, r.i) and self._forecast_list(src):
            # "it projected Labour 410, Conservative 131, …, SNP 10, Plaid 4": the list's later entries too
            return Modality.FORECAST, year, "a later entry of a forecast's list"
        if (cell := v.cells[r.i]) is not None and (any(SCENARIO_HEAD.search(h) for h in cell.headers)
                                                  or FORECAST_CAPTION.search(cell.caption)):
            return Modality.FORECAST, year, "a table of scenarios ('| Scenario | Seats |', 'Exit poll projection')"
        if r.kind in GROUP_KINDS and v.in_sentence(r.i, "context.group") is not None:
            return Modality.GROUP, year, "a part of the electorate ('among 18-24 year olds')"
        if year is not None and self.current_year is not None and year > self.current_year and r.kind in (
                Kind.TOTAL_SEATS, Kind.MAJORITY, Kind.SEATS) and self._future_body(r.i):
            return Modality.FORECAST, year, f"'{year}': a body as it will be"  # "From 2026 the chamber grows to 96"
        if year is not None and year != self.current_year:
            return Modality.HISTORICAL, year, f"'{year}'"
        if r.kind == Kind.TOTAL_SEATS and v.lower(r.i - 1) in FORMER_SIZE:
            return Modality.HISTORICAL, None, f"'{v.lower(r.i - 1)}': a size the body had before"  # "the old 87-seat house"
        if arrow_after(v, r.i) is not None:
            return Modality.HISTORICAL, None, "the earlier side of 'N → M'"  # "Seats, 2014 to 2019:" over "UKIP 3 -> 0"
        anchor = r.anchor if r.anchor is not None and r.anchor < r.i else r.i
        if not self.by_election and year is None and anchor != r.i and self._by_election_before(anchor):
            return Modality.HISTORICAL, None, "a by-election's, in copy of another election"
            # ("Majority 8,034, almost exactly her by-election majority of 8,024"; a dated one, "won the October
            # 2018 by-election by 5,176", is that year's)
        to_side = v.lower(r.i - 1) == "to" and any(v.lower(k) == "from" for k in range(v.clause_start[r.i], r.i))
        if r.slot != "to" and not to_side and (
            self._historical_left(anchor + (1 if anchor != r.i else 0))
            or (s := v.cue_left(anchor + (1 if anchor != r.i else 0), "context.historical_before", 5,
                                stop_at_number=True)) is not None and not self._cannot_undo(s)
            or self._historical_right(r.i)
            or r.anchor is not None and r.anchor < r.i - 1 and (s := v.cue_right(r.anchor, "context.historical",
                                                                                 r.i - r.anchor - 1)) is not None
            and s < r.i and v.lower(s) in ("last", "previous", "at", "in", "prior") and not any(
                v.num(k) is not None or v.lower(k) in (",", ";", ":") for k in range(r.anchor + 1, r.i))
            # ("His majority last time was 15,204": the cue between the figure's noun and the figure)
            or self.by_election and v.cue_right(r.i, "context.historical_by_election",
                                                6 if r.kind == Kind.RANK else 3) is not None
            # ("who finished second in the constituency at last year's general election")
        ):
            return Modality.HISTORICAL, None, "'previous'/'last time'"
        if r.kind in (Kind.SEATS, Kind.TOTAL_SEATS) and r.slot != "to" and DISSOLVED.search(
                v.t.text, v.t.starts[v.sentence_bounds(r.i)[0]], v.t.starts[r.i]):
            # "By the time the council was dissolved in March, defections had left the Conservatives on 38": the
            # line-up before this election
            return Modality.HISTORICAL, None, AT_DISSOLUTION
        if r.slot != "to" and self._then_aside(r.i):
            return Modality.HISTORICAL, None, "an aside opened by 'then' ('Reform, then third on 7,205, …')"
        if self.then_relative(r.i):
            return Modality.HISTORICAL, self._sentence_year(r), "a relative clause of 'then' ('a Bundestag that then " \
                                                                "had 736 members')"
        if r.slot != "to" and self._historical_opener(r.i):
            return Modality.HISTORICAL, self._sentence_year(r), "a clause opened by 'at the last election'"
        if r.slot != "to" and (past := self._past_paragraph(r.i)) is not None:
            return Modality.HISTORICAL, past or None, "a paragraph opened by 'three years ago': an earlier election"
        if anchor != r.i and v.lower(anchor) == "majorities":
            return Modality.HISTORICAL, None, "'majorities': figures of several past elections"
        if self._lost_of_their(r.i):
            return Modality.HISTORICAL, None, "'lost N of their M': the seats they had"
        if r.slot != "to" and self._some_time_after(r.i):
            return Modality.HISTORICAL, None, "'sixteen months after Labour took the seat': an earlier one"
        if r.slot != "to" and self._pluperfect(r.i):
            return Modality.HISTORICAL, None, "'had held/won': before this election"
        if r.slot != "to" and self._when_last_time(r.i):
            return Modality.HISTORICAL, None, "'the last election, when …': an earlier one"
        if r.slot != "to" and v.lower(r.i - 1) != "to" and self._at_an_earlier_election(r.i):
            return Modality.HISTORICAL, self._sentence_year(r), "'at last July's election': an earlier one"
        k = anchor - 1
        while anchor != r.i and k > 0 and v.lower(k) in ("a", "an", "the", "her", "his", "its", "their"):
            k -= 1
        if anchor != r.i and r.slot != "to" and v.lower(k) == "from" and (
                v.cue_left(k, "change.up", 4, stop_at_number=True) is not None
                or v.cue_left(k, "change.down", 4, stop_at_number=True) is not None):
            return Modality.HISTORICAL, self._sentence_year(r), "the 'from' side of a change ('down from a majority " \
                                                                "of N')"
        if r.slot == "from" or (v.lower(r.i - 1) == "from" and (
                v.cue_left(r.i - 1, "change.up", 4, stop_at_number=True) is not None
                or v.cue_left(r.i - 1, "change.down", 4, stop_at_number=True) is not None
                or self._to_a_figure(r.i) or self._amount_before_from(r.i - 1))):
            return Modality.HISTORICAL, self._sentence_year(r), "the 'from' side of a change"
        return Modality.ACTUAL, None, ""

    def _amount_before_from(self, f: int) -> bool:
        """ "slipped 6.6 points from 17.8%", "fell 3,000 votes from 21,400": a change's size, then "from" (at f) and
        the figure it changed from."""
        v = self.v
        k = f - 1
        while k > 0 and v.lower(k) in ("points", "point", "percentage", "seats", "seat", "votes", "per", "cent"):
            k -= 1
        return k < f - 1 and v.num(k) is not None and (
            v.cue_left(k, "change.up", 3) is not None or v.cue_left(k, "change.down", 3) is not None)

    def _to_a_figure(self, i: int) -> bool:
        """ "went from 19 seats to 25", "its caucus from 65 MPs to 34": "from" a figure "to" another, a few words
        of unit between, whatever verb (or none) tells of the change."""
        v = self.v
        end = v.sentence_bounds(i)[1]
        if v.lower(i - 2) in ("ranged", "ranging", "range", "ranges", "varied", "varying", "ran", "running"):
            return False  # "Turnout ranged from 28.9% in Eastbridge to 41.2% in Marcham": a range, no change
        for k in range(i + 1, min(end, i + 9)):
            if v.lower(k) == "to":
                return k + 1 < end and v.num(k + 1) is not None
            if not v.t.is_alpha[k] and v.text(k) != "%" and not v.years[k]:  # ("from 20.3% to 31.6%", "from 31.6% on
                return False  # the notional 2019 figures to 42.0%")
        return False

    def _when_last_time(self, i: int) -> bool:
        """ "a swing of 3.1 per cent since the last election, when Kerr held the seat with 50.7 per cent": a "when"
        clause after the last or previous election, with no other figure between it and this one."""
        v = self.v
        s = v.sentence_bounds(i)[0]
        for k in range(i - 1, max(s, i - 14) - 1, -1):
            if v.num(k) is not None:
                return False
            if v.lower(k) == "when":
                j = k - 1
                if v.lower(j) == ",":
                    j -= 1
                return v.lower(j) in ELECTION_NOUNS and v.lower(j - 1) in ("last", "previous") or (
                    v.lower(j) == "time" and v.lower(j - 1) == "last") or (
                    # a by-election story's "… at the general election, when 44,920 votes were cast": the one before
                    self.by_election and v.lower(j) == "election" and v.lower(j - 1) == "general")
        return False

    def _at_an_earlier_election(self, i: int) -> bool:
        """ "Labour won Haddon Vale at last July's national election with a majority of 7,804": an earlier election
        the clause names before the figure, after "at" or "in", with no other figure between."""
        v = self.v
        start = v.sentence_bounds(i)[0]
        figures = False  # "… in last year's Ontario election, when X won by 3,205 votes with 44 per cent": the
        for k in range(i - 1, max(start, i - 120) - 1, -1):  # clause after it is that election's; a sentence's
            # opening, all of it (within reach: a table read as one sentence is no sentence)
            if v.lower(k) in (";", "but", "while", "whereas", "now", "today", "meaning") or v.lower(k) == "this" \
                    and v.lower(k + 1) in ("time", "year") or v.lower(k) == "means" and v.lower(k - 1) in ("which", "that"):
                return False  # (and "…, meaning the Lib Dem share rose by 17.7 points": the change since, told now)
            figures = figures or v.num(k) is not None and not v.years[k]
            # "At the general election Labour's X won 20,116 votes …, with the Conservatives on 12,890": opening the
            # sentence, it sets the election of all of it
            if v.lower(k) in ("at", "in") and (k == start or k >= i - 25 and (not figures or "when" in v.lowers[k:i])) \
                    and v.lower(k - 1) not in ("than", "since", "compared", "with", "on") \
                    and (v.cue_at(k + 1, "context.historical") is not None or self._the_general_election(k + 1)) \
                    and any(v.lower(j) in ("election", "elections", "poll", "vote") for j in range(k + 1, min(i, k + 8))) \
                    and not self._in_relative_aside(k, i):
                return True
        return False

    def _some_time_after(self, i: int) -> bool:
        """ "… by-election, sixteen months after Labour took the seat with a majority of 9,684": a clause a stretch of
        time after which this election came is an earlier one's, up to the figure with no other figure between."""
        v = self.v
        s = v.sentence_bounds(i)[0]
        for k in range(i - 1, max(s, i - 15), -1):
            if v.num(k) is not None or v.lower(k) in (";", ":"):
                return False
            if v.lower(k) == "after" and v.lower(k - 1) in TIME_SPANS and v.num(k - 2) is not None:
                return any(v.lower(t) in WINNING_WORDS for t in range(k + 1, i))  # (not "three days after polls
        return False                                                              # closed, … her lead of 31,207")

    def _in_relative_aside(self, k: int, i: int) -> bool:
        """ "Shaun Pickering, who had finished third here at the general election, beat …": token k stands in a
        ", who …," aside that closes before figure i, so what it dates is the aside's, not the main clause's."""
        v = self.v
        s = v.sentence_bounds(k)[0]
        opened = next((c for c in range(k - 1, max(s, k - 15) - 1, -1) if v.lower(c) == ","), None)
        if opened is None or v.lower(opened + 1) not in ("who", "which", "whose"):
            return False
        return any(v.lower(c) == "," for c in range(k + 1, i))

    def _cannot_undo(self, s: int) -> bool:
        """ "too few outstanding to overturn a 3,218-vote margin", "not enough to erase her lead": what cannot undo
        a lead is this count's lead, not one overturned before."""
        v = self.v
        return v.lower(s) in ("overturn", "erase", "overcome", "overhaul") and any(
            v.has(k, "context.undo_denied") for k in range(max(0, s - 5), s))

    def _the_general_election(self, k: int) -> bool:
        """A by-election story's "the general election": the one before."""
        v = self.v
        return self.by_election and v.lower(k) == "the" and v.lower(k + 1) == "general" \
            and v.lower(k + 2) == "election"

    def _historical_right(self, i: int) -> bool:
        """A 'previous'/'last time' cue just after the figure, but not a passive's "had been" ("52,140 ballots had
        been returned": this count's)."""
        v = self.v
        s = v.cue_right(i, "context.historical", 3)
        if s is None and (s := v.cue_right(i, "context.historical", 12)) is not None and (
                any(v.num(k) is not None and v.lower(k + 1) != "-" and k != s - 1 or v.lower(k) in (",", ";", ":")
                    for k in range(i + 1, s))
                or v.lower(s) not in ("last", "previous") and not (v.lower(s) in ("years", "year") and v.num(s - 1))
                and not (v.lower(s) in ("at", "in") and v.lower(s + 2) in ("last", "previous"))
                or v.lower(v.cue_starts["context.historical"].get(s, s + 1)) not in (",", ".", ";", ":", "")):
            s = None  # "53.9 per cent of the two-party-preferred vote here last time": a cue that ends the clause
            # (and "who finished second in the riding four years ago")
        if s is None:
            return False
        e = v.cue_starts["context.historical"].get(s, s + 1)
        after = v.lower(e)
        if v.lower(s - 1) in ("on", "than", "since", "from", "compared"):
            return False  # "down three on last year": a change measured from then, told now
        if v.lower(s - 1) == "(" and s - 1 > i and v.num(e) is not None:
            return False  # "Liberal Democrats 17 (previously 11)": the bracket's figure is the earlier one
        if v.lower(s - 1) in ("a", "an", "the") and s - 1 > i + 1 \
                and any(v.num(k) is not None for k in range(e, min(e + 6, v.clause_end[i] + 1))):
            return False  # "Her majority of 6,356 overturns a notional Conservative majority of 9,870": the next's
        return not (v.lower(s) == "had" and (after.endswith("ed") or after in PARTICIPLES))

    def _candidate_who(self, i: int) -> Span | None:
        """The party of "Labour's candidate, who took 98,204" (or "the Labour candidate, who polled …"): the count is
        its candidate's."""
        v = self.v
        k = i - 1
        if v.lower(k) not in POLL_VERBS_PAST or v.lower(k - 1) != "who" or v.lower(k - 2) != ",":
            return None
        j = k - 3
        if v.lower(j) not in ("candidate", "nominee", "challenger"):
            return None
        j -= 1 + (v.lower(j - 1) in ("'s", "’s"))
        m = v.mention_at[j] if j >= 0 else None
        return m if m is not None and m.kind == "party" and m.end == j + 1 else None

    def _held_together_before(self, i: int) -> bool:
        """Words of seats held together earlier in the figure's sentence: "between them", "together", "combined"."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        return any(v.lower(k) in ("together", "combined", "jointly") or v.lower(k) == "between"
                   and v.lower(k + 1) == "them" for k in range(s, i))

    def _side_in_favour(self, i: int) -> Span | None:
        """ "- 77.7 per cent in favour" ("against"): the referendum side the sentence names that the words mean."""
        v = self.v
        u = unit_after(v, i)
        k = u[2] if u is not None else i + 1
        if v.lower(k) == "in" and v.lower(k + 1) in ("favour", "favor"):
            want = ("Yes", "YES")
        elif v.lower(k) == "against":
            want = ("No", "NO")
        else:
            return None
        return next((m for m in self.in_sentence[v.sent_of[i]] if m.kind == "party" and m.name in want), None)

    def then_relative(self, i: int) -> bool:
        """ "in a Bundestag that then had 736 members and was down to 733 by the end of the term": a relative clause
        that "then" puts in the past, the figure within it."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        for k in range(i - 1, max(s, i - 14) - 1, -1):
            if v.lower(k) in (";", ".", ":") or v.lower(k) == "," and v.lower(k + 1) not in ("and", "but"):
                return False
            if v.lower(k) == "then" and v.lower(k - 1) in ("that", "which", "who", "when") \
                    and v.lower(k + 1) in ("had", "was", "were", "held", "stood", "numbered", "counted"):
                return True
        return False

    def _then_aside(self, i: int) -> bool:
        """ "Reform, then third on 7,205, has now added …": an aside after a comma that "then" opens, the figure
        within a few words of it, no other figure between."""
        v = self.v
        for k in range(i - 1, max(v.sentence_bounds(i)[0], i - 6) - 1, -1):
            if v.num(k) is not None or v.lower(k) in (";", "."):
                return False
            if v.lower(k) == "then":
                return v.lower(k - 1) in (",", "(", "—", "–")
        return False

    def _historical_left(self, i: int) -> bool:
        """A 'previous'/'years earlier' cue before the figure — but not one closing the clause before
        ("… the 56 seats it won two years earlier, finishing with 35")."""
        v = self.v
        s = v.cue_left(i, "context.historical", 5, stop_at_number=False)
        if s is None and (s := v.cue_left(i, "context.historical", 6, stop_at_number=False)) is not None \
                and v.cue_starts["context.historical"].get(s, s) - s < 3:
            s = None  # (a longer cue may start one word further back: "… to have been a Labour majority of")
        if s is None:
            return False
        if v.lower(s - 1) == "than" or v.lower(s - 2) == "than" and v.lower(s - 1) in ("in", "at", "on", "the"):
            return False  # "less enthused than in previous elections, with 41,950 ballots cast": compared with it
        e = v.cue_starts["context.historical"].get(s, s + 1)
        if v.lower(s) == "had" and (v.lower(e).endswith("ed") or v.lower(e) in PARTICIPLES):
            return False  # a passive: "ballots had been returned from 72,186 members"
        return not (v.lower(e) == "," and s > v.clause_start[i] and v.lower(s - 1) not in (",", "and"))

    def _lost_of_their(self, i: int) -> bool:
        """ "the party lost a staggering 49 of their 57 MPs": 57 is what they held before the loss."""
        v = self.v
        if not (v.lower(i - 1) in ("their", "its", "his", "her") and v.lower(i - 2) == "of"
                and v.num(i - 3) is not None):
            return False
        return any(v.lower(k) in LOSS_VERBS for k in range(max(0, i - 7), i - 3))

    def _pluperfect(self, i: int) -> bool:
        """ "his predecessor had held the seat since 2010 with a majority of 10,549": the past before the result."""
        v = self.v
        lo = v.clause_start[i]
        for k in range(max(lo, i - 16), i - 1):
            if v.lower(k) == "had" and any(v.has(j, "verb.win") for j in range(k + 1, min(k + 3, i))):
                # "had held the seat since 2010 with …" — not "had won 330 seats" as the count goes on
                dated = any(v.lower(j) == "since" or is_year(v, j) for j in range(k, i)) \
                    or v.lower(k + 1) == "held" and v.lower(i - 1) == "with" \
                    or v.lower(k + 1) == "held" and all(v.lower(j) in ("a", "an", "their", "its", "his", "her", "the")
                                                        for j in range(k + 2, i))
                # ("had held Orrell Cross with 24 seats", "Democrats had held a 56-54 majority")
                # "X, who had held the seat since 2011, polled 11,902": the relative clause closes, the result follows
                closed = v.lower(k - 1) in ("who", "which") and any(
                    v.lower(j) == "," and (v.has(j + 1, "verb.poll") or v.has(j + 1, "verb.win")) for j in range(k, i)) \
                    or any(a < k < b for a, b in self._closed_relatives(max(lo, i - 20), i))  # "…, a majority of 3,375"
                return dated and not closed and not any(v.num(j) is not None and not is_year(v, j) for j in range(k, i))
        return False

    def _past_paragraph(self, i: int) -> int | None:
        """The year (0 if it names none) of an earlier election a paragraph opens with in a sentence of no figure,
        for the sentences after it: "Three years ago the contest was far tighter. Under the old supplementary vote,
        Ms Rudd led … by 201,344 first preferences to 187,906" — up to a sentence that comes back to now ("This
        time", "now")."""
        v = self.v
        if self._past_openers is None:  # once a document: each paragraph's opener, and the sentence it ends at
            self._past_openers = {}
            for p, (a, b) in v.paragraph_bounds().items():
                s, e = v.sentence_bounds(a)
                k = s + (v.num(s) is not None and not v.years[s])  # "Three years ago …"
                if e > b or any(v.num(t) is not None and not v.years[t] for t in range(k, e)):
                    continue
                year = int(v.num(k + 1).value) if v.lower(k) == "in" and is_year(v, k + 1) else None
                if year is not None and (year == self.current_year or v.lower(k + 2) not in (",", "the", "it")):
                    continue  # "In 2021, the contest …", "In 2021 the count …" (not "In 2021 turnout fell to …")
                if year is None and (v.cue_starts["context.historical"].get(k) is None or v.lower(k) in (
                        "had", "previously", "prior", "notional", "to", "was", "before")):
                    continue
                if year is None and k > s and v.lower(k) in ("years", "year") and v.lower(k + 1) == "ago" \
                        and self.current_year is not None and float(v.num(s).value).is_integer():
                    year = self.current_year - int(v.num(s).value)  # "Three years ago", in copy of 2024: 2021
                self._past_openers[p] = (v.sent_of[a], year or 0)
        opened = self._past_openers.get(v.para_of[i])
        if opened is None or v.sent_of[i] == opened[0]:
            return None
        for k in range(v.sents[opened[0] + 1][0], v.sentence_bounds(i)[1]):
            if v.lower(k) in ("now", "today", "tonight", "this") and (v.lower(k) != "this" or v.lower(k + 1) in (
                    "time", "year", "week", "month")) or is_year(v, k) and int(v.num(k).value) == self.current_year \
                    or v.lower(k) in WEEKDAYS and v.lower(k - 1) == "on":
                return None  # (and "On Saturday he lost it": the night the copy reports)
        return opened[1]

    def _historical_opener(self, i: int) -> bool:
        """ "At the last election he won it by 7,647 votes": an opener that dates the whole clause."""
        v = self.v
        s, _ = v.sentence_bounds(i)
        lo = max(s, v.clause_start[i])
        for start in (s, lo):
            k = start
            while k < i and v.lower(k) in ("and", "but", ",", "yet", ";", "—", "–"):
                k += 1  # (and "…; at the last election Labor's two-party-preferred vote … was 48.9 per cent")
            if v.num(k) is not None and k + 1 < i:  # "Two years ago Labour had held the town …"
                k += 1
            e = v.cue_starts["context.historical"].get(k)
            if e is not None and e <= i and (start == lo or v.clause_start[i] == s):
                return True
            # "In the most recent provincial vote there, Green MPP Paul Aldana won with 15,877 votes"
            if (start == lo or v.clause_start[i] == s) and PAST_VOTE_OPENER.match(" ".join(v.lowers[k:min(i, k + 10)])):
                return True
        return False

    def _group_of_several(self, g: int, anchor: int, s: int) -> bool:
        """Whether the group noun at g names a group of its own, or of several parties ("the National-ACT-NZ First
        coalition"), with no one named between it and the figure: not one party's name that holds the noun ("the
        INDIA bloc", "Alliance") or heads it alone ("Malcolm Turnbull's Coalition government")."""
        v = self.v
        named = [m for m in self.in_sentence[v.sent_of[g]] if m.kind in ("person", "party") and s <= m.start < anchor
                 and m.end >= g - 4]
        if any(m.start > g or m.start <= g < m.end for m in named):
            return False
        heads = {m.name for m in named if all(v.lower(k) in ("-", "–", "/") or
                                                any(n.start <= k < n.end for n in named) for k in range(m.end, g))}
        return len(heads) != 1

    def _future_body(self, i: int) -> bool:
        """A sentence of what a body will be: "From 2026 the chamber grows to 96 members", "will then require"."""
        v = self.v
        s, e = v.sentence_bounds(i)
        return any(v.lower(k) in FUTURE_WORDS for k in range(s, e))

    def _examples(self) -> dict[int, int]:
        """The paragraphs with a worked example, and where it starts: a sentence opening "Suppose", "Imagine",
        "Say" or "For example, if". Found once per document."""
        if self._example_paras is None:
            v = self.v
            self._example_paras = {}
            for k in range(v.n):
                if (k == 0 or v.t.sent_starts[k]) and (v.lower(k) in EXAMPLE_OPENERS or v.lower(k) in ("for", "as")
                                                       and v.lower(k + 1) in ("example", "instance")
                                                       and v.lower(k + 2) == ","
                                                       and v.lower(k + 3) in EXAMPLE_OPENERS | {"if"}
                                                       or any(v.lower(j) in HYPOTHETICAL for j in range(k, min(v.n, k + 6)))
                                                       or v.lower(k) == "in" and v.lower(k + 1) == "a"
                                                       and v.lower(k + 2) in ("seat", "constituency", "ward", "riding",
                                                                              "division", "district")
                                                       and v.lower(k + 3) == "where"):
                    # (and "In a seat where Reform took 25 points from nowhere, a 'Con to Lab swing' of 10 …": any seat)
                    # (and "Take a hypothetical four-seat constituency with 50,000 valid votes")
                    self._example_paras.setdefault(v.para_of[k], k)
            for p, start in list(self._example_paras.items()):
                # "Take the fictional constituency of Anyborough:" over its table: the table is the example's too
                end = next((k for k in range(start, v.n) if v.para_of[k] != p), v.n)
                last = end - 1
                while last > start and v.t.is_space[last]:
                    last -= 1
                if v.lower(last) != ":":
                    continue
                for k in range(end, v.n):
                    if v.cells[k] is None and not v.t.is_space[k] and v.text(k) not in ("|", "#"):
                        break
                    self._example_paras.setdefault(v.para_of[k], k)
        return self._example_paras

    def _forecast(self, i: int) -> bool:
        """Forecast words governing the figure: in its clause, a few words before or after it (never "the 1,460-vote
        margin", a figure the copy points back to, however hypothetical the clause around it)."""
        v = self.v
        if v.lower(i - 1) == "the" and v.lower(i + 1) == "-" and v.lower(i + 2) == "vote":
            return False
        lo, hi = v.clause_start[i], v.clause_end[i]
        sent_lo, _ = v.sentence_bounds(i)
        for s, e in v.cue_starts["context.forecast"].items():
            if s < i and _in_aside(v, s, e, i):
                continue  # "The Congress, widely expected to return to power, finished with 37 seats": an aside's
            if any(v.lower(k) == "than" for k in range(max(lo, s - 3), s)):
                continue  # "by a far wider margin than polls had predicted": the result, set against the forecast
            if s > i and any(v.lower(k) in ("that", "which", "who") for k in range(i + 1, s)):
                continue  # "won Calder Valley by 8,919, a result that would have seemed fanciful …": a relative
                # clause's words about the result, no forecast of it
            if lo <= s and e <= hi and (0 < i - s <= FORECAST_WINDOW or 0 < s - i <= 6):
                return True
            # "YouGov's final projection, based on 100,000 interviews, had put the Conservatives on 339":
            # a forecast that heads the sentence governs its figures, up to a word that turns to the result
            # ("… put Labour on 431 seats, within a range of 406 to 459, and the Conservatives on 102")
            if sent_lo <= s < i and s - sent_lo <= 8 and (i - s <= 2 * FORECAST_WINDOW or i - s <= 6 * FORECAST_WINDOW
                                                          and not any(v.lower(k) in RESULT_TURN for k in range(e, i))):
                return True
        # "The final MRP projection … put Labour on 431 seats … It gave the Liberal Democrats 67": the sentence after
        # one a forecast heads, opened by "It" and a forecast's verb, is the forecast's too
        if v.lower(sent_lo) in ("it", "they") and v.lower(sent_lo + 1) in FORECAST_VERBS and sent_lo > 0 \
                and not any(v.lower(k) in RESULT_TURN for k in range(sent_lo + 2, i)):
            prev_lo, _ = v.sentence_bounds(sent_lo - 1)
            if any(prev_lo <= ps and ps - prev_lo <= 8 for ps in v.cue_starts["context.forecast"]
                   if ps < sent_lo):
                return True
        # "a lead of around 4 points in most late polls": the polls', after it (not "won at the polls": the vote)
        for k in range(i + 2, min(hi, i + 7)):
            if v.lower(k) in ("polls", "poll", "polling", "surveys") and any(
                    v.lower(t) == "in" for t in range(max(i + 1, k - 3), k)):
                return True
        # "the final pre-election poll by Pacific Research, which showed her ahead 47% to 44%": a poll's figures,
        # its verb some words after the noun (not "topped the poll with 12,040")
        for k in range(sent_lo, i):
            if v.lower(k) in POLL_NOUNS and v.lower(k - 1) not in ("topped", "topping", "tops", "top", "at", "headed",
                                                                     "valid", "total", "spoiled", "rejected"):
                if any(v.lower(j) in POLL_VERBS for j in range(k + 1, min(i, k + 9))
                       if not v.t.sent_starts[j] and (i - j <= 6 or i - j <= 14 and v.lower(i - 1) in ("on", "at")
                                                      and any(v.num(t) is not None for t in range(j + 1, i - 1))
                                                      and not any(v.lower(t) in RESULT_TURN or v.lower(t) == ";"
                                                                  for t in range(j + 1, i)))):
                    return True  # (and the next of its pair: "put Reform on 36 per cent and Labour on 35 per cent")
        # "If seats followed the national vote, the Tories would have 240 MPs, Labour 200 …": a hypothetical.
        if v.lower(sent_lo) in ("if", "had", "were") and "would" in v.lowers[sent_lo:i]:
            return True
        # "Suppose party A falls from 40 per cent to 36 …", "Imagine a seat where …", "Say Labour polls 40 per
        # cent": an explainer's worked example, no result
        if (at := self._examples().get(v.para_of[i])) is not None and at <= i:
            return True  # (and the sentences after it in its paragraph: "… the quota is 10,001")
        # "In a four-seat constituency with 50,000 valid votes, the quota is …", "A candidate who receives 12,500
        # first preferences …", "If Labor finishes on 53.4% …": an explainer's case, of no one named
        k = sent_lo + (v.lower(sent_lo) in ("in", "for"))
        if (v.lower(k) == "if" or v.lower(k) in ("a", "an") and v.lower(k + 1) not in FRACTION_WORDS and any(
                v.lower(t) in EXAMPLE_NOUNS for t in range(k + 1, min(i, k + 5)))) \
                and not any(m.kind in ("person", "party", "place")
                                                    for m in self.in_sentence[v.sent_of[i]]):
            return True
        # "a recount is automatic only when the margin is under 0.5 percentage points": a rule's condition
        if (v.lower(i - 1) in ("under", "below", "within") or v.lower(i - 1) == "than" and v.lower(i - 2) in (
                "less", "fewer") or self._or_less(i)) and any(v.lower(k) in ("when", "if", "unless", "whenever") for k in range(
                max(sent_lo, i - 10), i)):
            return True
        return False

    def notional(self, i: int) -> bool:
        """ "the notional result for the new seat, calculated by academics for broadcasters, gave the Conservatives a
        lead of a little over 9,000": a notional result earlier in the sentence governs its figures, up to a word
        that turns to this election's result ("… overturned as Labour won by 3,435")."""
        v = self.v
        lo, _ = v.sentence_bounds(i)
        if v.lower(i - 1) == "to":
            return False  # "from 55.1% on notional 2019 figures to 33.0%": the level it came to, this time
        for k in range(i - 1, max(lo, i - 40) - 1, -1):
            w = v.lower(k)
            if w in ("notional", "notionally", "notionals"):
                return True
            if w in RESULT_TURN and v.lower(k - 1) != "notional" or w in ("this", "now", "today", ";"):
                return False  # (but "the notional result …")
        return False

    def _joint_subject(self, i: int) -> bool:
        """Two people or parties joined by "and" as the subject of the verb right before a seat count: "Plaid and
        Reform share four", "Doig and … Hamish Rattray took the remaining two seats"."""
        v = self.v
        k = i - 1
        while k > 0 and v.lower(k) in ("the", "remaining", "other", "last", "final", "two", "both"):
            k -= 1
        if v.lower(k) not in ("share", "shared", "sharing", "split", "splitting", "took", "take", "won", "win",
                              "filled", "fill", "hold", "held"):
            return False
        b = self.by_end.get(k)
        if b is None or b.kind not in ("person", "party"):
            return False
        j = b.start - 1
        while j > 0 and v.lower(j) in ("the",) or (m := v.mention_at[j]) is not None and m.kind == "party" \
                and m.end == j + 1 and b.kind == "person":
            j -= 1  # "and the Conservative Hamish Rattray"
        if v.lower(j) != "and":
            return False
        a = self.by_end.get(j)
        return a is not None and a.kind in ("person", "party") and a.name != b.name

    def _bracket_year(self, i: int) -> int | None:
        """The year that opens the brackets a figure stands in, as a label: "(2019: Con maj 8,004)"."""
        v = self.v
        for k in range(i - 1, max(-1, i - 16), -1):
            w = v.lower(k)
            if w in (")", ".", ";") or "\n" in v.text(k):
                return None
            if w == "(":
                if is_year(v, k + 1) and v.lower(k + 2) == ":":
                    return int(v.num(k + 1).value)
                if is_year(v, k - 1) and v.lower(k - 2) in ("against", "in", "versus", "vs", "from", "than") \
                        and int(v.num(k - 1).value) != self.current_year:
                    return int(v.num(k - 1).value)  # "Against 2019 (Con 17, Lab 8, LD 3, Ind 2, Green 0)"
                return None
        return None

    def _main_subject_after(self, k: int) -> Span | None:
        """ "With two of their 21 members joining the coalition, the Republican minority caucus will have 19": a
        possessive in an opening phrase points ahead, to the party the main clause after its comma opens with."""
        v = self.v
        s, e = v.sentence_bounds(k)
        if v.lower(s) not in ("with", "after", "despite", "having", "for", "of") or k - s > 8:
            return None
        comma = next((t for t in range(k + 1, min(e, k + 14)) if v.lower(t) == ","), None)
        if comma is None:
            return None
        for t in range(comma + 1, min(e, comma + 4)):
            m = v.mention_at[t]
            if m is not None and m.kind == "party" and m.start == t:
                return m
        return None

    def _or_less(self, i: int) -> bool:
        """ "if the margin is 1 percentage point or less", "a margin of 0.5% or lower": a bound, after its unit."""
        v = self.v
        for k in range(i + 1, min(v.n - 1, i + 4)):
            if v.lower(k) == "or" and v.lower(k + 1) in ("less", "fewer", "lower", "below", "under", "smaller"):
                return True
            if v.num(k) is not None or v.lower(k) in (",", ".", ";", "and"):
                return False
        return False

    def _sentence_year(self, r: Reading) -> int | None:
        """ "…down from 26 in 2010, while the Conservatives rose from eight to 11": 2010 for both."""
        v = self.v
        s, e = v.sentence_bounds(r.i)
        years = {int(v.num(k).value) for k in range(s, e) if is_year(v, k)}
        years.discard(self.current_year) if self.current_year else None
        return years.pop() if len(years) == 1 else None

    def hedge(self, i: int) -> str | None:
        v = self.v
        for end in (i, i - 1):
            s = v.cue_ending_at(end, "context.approx")
            if s is not None and (end == i or v.lower(i - 1) in ("a", "just", "only")):
                words = v.span_text(s, end).lower()
                if words == "some" and _exact(v.text(i)):
                    return None  # "Some 27,023 ballot papers were issued": a style, not an estimate
                return words
        return None

    def interval(self, value: float, half_step: float, hedge: str | None) -> tuple[float, float]:
        low, high = value - half_step, value + half_step
        if hedge is None:
            return low, high
        if hedge in ABOVE_HEDGES:
            return value, float("inf")
        if hedge in BELOW_HEDGES:
            return 0.0, value
        if hedge in UPPER_HEDGES:
            return 0.85 * value, value
        return 0.9 * value - half_step, 1.1 * value + half_step


def _in_aside(v: View, s: int, e: int, i: int) -> bool:
    """Whether words at [s, e) stand in an aside between commas that closes before token `i`."""
    k = s - 1
    while k >= 0 and s - k <= 4 and v.lower(k) != ",":
        if v.num(k) is not None or v.t.sent_starts[k]:
            return False
        k -= 1
    if k < 0 or v.lower(k) != "," or k == 0 or v.t.sent_starts[k]:
        return False
    for j in range(e, min(i, e + 8)):
        if v.num(j) is not None:
            return False
        if v.lower(j) == ",":
            return j + 1 < i
    return False
