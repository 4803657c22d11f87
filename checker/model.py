"""The plain values that flow through the checker, one stage to the next.

documents → claims (with mentions) → resolved facts → findings → reports. Each is a
frozen dataclass of plain data, so every stage can be tested alone and its output
serialised, and nothing after extraction depends on spaCy.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a number in the copy states."""

    VOTES = "votes"
    MAJORITY = "majority"
    MARGIN = "margin"
    SHARE = "share"
    SHARE_CHANGE = "share_change"
    SEATS = "seats"
    SEAT_CHANGE = "seat_change"
    TOTAL_SEATS = "total_seats"
    TURNOUT = "turnout"
    ELECTORATE = "electorate"
    VOTES_CAST = "votes_cast"
    SWING = "swing"
    MAJORITY_SHARE = "majority_share"
    RANK = "rank"
    QUOTA = "quota"
    """The votes that elect a candidate under the single transferable vote ("the quota was 9,876")."""
    SURPLUS = "surplus"
    """A candidate's votes above the quota ("a surplus of 1,562", "514 over the quota"); negative when the copy
    says how far short of it they are ("336 short of the quota")."""
    COMBINED_SEATS = "combined_seats"
    """The seats several parties hold together ("Labour and the Greens together hold 28 seats", "60 seats between
    them"); the claim's `sides` names the parties."""
    VOTES_PER_SEAT = "votes_per_seat"
    """A party's votes for each seat it won ("291,000 votes per MP"): checked against official results."""
    CHANGE = "change"
    """A direction statement ("fell", "more than doubled"); its figures are other claims."""
    OUTCOME = "outcome"
    """Who won a seat and whether it changed hands, stated without a figure: "Wirral West: Labour hold", "Lab GAIN
    from Con", "the SNP took Paisley from Labour", "lost Twickenham to the Conservatives". The claim's `subject`
    (and `party`) is the side the words name, its `role` says which side that is ('winner' or 'loser'), its
    `counterpart` the other side if named, its `place` the seat, and `outcome` what happened."""


class Modality(StrEnum):
    """Whose figure it is: this election's result, an earlier one, a forecast, a target."""

    ACTUAL = "actual"
    HISTORICAL = "historical"
    FORECAST = "forecast"
    THRESHOLD = "threshold"
    GROUP = "group"
    """A part of the electorate's figure ("turnout among 18-24 year olds was 44%"): not the contest's."""


READ_RULE = "read-error"
"""Built-in diagnostic for a file that could not be checked (empty, binary, not UTF-8)."""


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Location:
    """A span of an input file, 1-based lines and columns, end exclusive, as editors count."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    """Character offsets into the analysed text, for slicing."""
    end: int
    record: int | None = None
    """For JSON Lines input: the 1-based record the span is in."""
    file: str | None = None
    """For JSON Lines input: the file; `path` then names the record ('a.jsonl:3') so each is its own article."""

    @property
    def shown_path(self) -> str:
        """The path as the user gave it, for reports."""
        return self.file or self.path


@dataclass(frozen=True, slots=True)
class Mention:
    """A person, party, constituency or region named in the copy."""

    kind: str
    """'person', 'party', 'place', 'region', 'chamber'; or 'locality': a town the home gazetteer holds as a seat,
    named in copy about another country (no seat there, nor anyone's name)."""
    text: str
    """As written: 'Mr Farron', 'He', 'Labours', 'Wirrall West'."""
    name: str
    """Who or what it is within its document: 'Tim Farron', 'Labour', 'Wirrall West'."""
    start: int
    end: int
    sentence: int
    via: str = "name"
    """How it was recognised or linked: name, surname, pronoun, alias, gazetteer, fuzzy."""
    confidence: float = 1.0
    party: str | None = None
    """A party stated with the mention ("Conservative Simon Fell", "Labour's John Woodcock")."""
    gazetteer: str | None = None
    """For places: the gazetteer name it matched, if it is a known constituency."""
    location: Location | None = None


ARTICLE_REGION = "the region this article is about"
"""The scope of seat figures an article tells of "the region's" seats without naming it up close ("Of the region's 46
constituencies, Labour won 31"): one region's, never another article's nor the chamber's."""
COUNCIL_SCOPE = "council"
"""The scope of a council's seat figures (rules/lexicon.toml [body]): which council is not known, so they are
never summed with, or compared to, another article's, nor a chamber's."""

STV_WORDS = re.compile(r"\bquota\b|\bsurplus\b|\beliminat|\bstage\b|\b(?:second|third|fourth|fifth|later) count\b",
                       re.IGNORECASE)
"""Words of a count by transfers (STV): its rounds told in prose are too many to take apart as one race's, and its order
of election is no order of first preferences."""
TWO_PARTY = re.compile(r"two[- ](?:party|candidate)|\b(?:2PP|TPP|2CP|TCP)\b", re.IGNORECASE)
"""Words of the two-party-preferred (or two-candidate) count: in prose, or a table column's heading ("ALP 2PP %")."""

BALLOT_MEASURE_WORD = re.compile(r"\b(?:Amendment|Proposition|Prop\.|Measure|Question|Initiative|Issue)\s")
BALLOT_MEASURE = re.compile(r"\b(?:Amendment|Proposition|Prop\.|Measure|Question|Initiative|Issue)\s+"
                             r"(?:[A-Z]{1,2}|\d{1,4}[A-Z]?)\b(?![\w'’-])")
"""A ballot measure: "Amendment J", "Proposition 50", "Measure 110", "Question 3", "Issue 1"."""


def is_measure(name: str | None) -> bool:
    """Whether a contest's name is a ballot measure's ("Proposition 7"): a vote of its own, never the seat that
    figures in other sentences fall back to."""
    return bool(name) and BALLOT_MEASURE.fullmatch(name) is not None


REFERENDUM_SIDES = frozenset({"Yes", "No", "Leave", "Remain", "YES", "NO", "LEAVE", "REMAIN", "Ayes", "Noes", "AYES", "NOES"})
"""The sides of a referendum: read as sides only where a results line starts with one (extract/gazetteer.py), and
then the contest's candidates, as people are (resolve.py)."""

UNSAID_TIER = "seats of a tier not said"
"""A claim's `column` for a seat count in a paragraph about constituency and list seats that names neither:
not known to be a party's total (checks/tiers.py)."""
TOTAL_ROW = "in the row 'total' of a seats column"
"""The evidence of a seats table's "Total" row whose rows are each one party's: it sizes the body, to the seat."""
OPEN_TOTAL_ROW = "a total row over rows of no one party"
"""A seats table's "Total" row over rows of an alliance and its members, or of no party: the size of the body, but
not the sum of the rows named."""
BESIDE_SEATS = "a signed figure beside a party's seats"
"""Evidence of a seat change in brackets after a party's seats ("Ref 24 (+24)"): `seat-sum` adds a line-up's."""

SPLIT_PART = "a part of an excluded candidate's votes, passed on"
"""The evidence of a count of votes passed on from one excluded candidate to another ("9,441 of those votes flowed to
Labor and 2,662 to the Liberals"): its parts add up to no more than the votes passed on (`split-sum`)."""
SET_AGAINST = "set against the turnout"
"""Evidence of a turnout a sentence sets another against ("well above the 43.0 per cent recorded at the AV
referendum"): another election's or place's, which the copy does not say; compared with nothing."""
EARLY_ROW = "a row of a count replaced later"
"""Evidence of a table row's figure of an earlier count ("| Election night | … |" above "| Judicial recount | … |"):
each such row is a count of its own, compared with nothing."""
WHOLE_OF_PART = "the whole of 'X of Y'"
"""Evidence of a size read as the whole of a part ("two of the three seats"): it sizes what its sentence is about."""
PARTY_SEATS_LIST = "a list of parties' seats"
"""Evidence of a party's line in a list of seats ("- N-VA 24"): what a combined figure told before it is checked
against."""
COUNTED_APART = "some of the chamber's seats, counted apart"
"""Evidence of seat figures of a part of the chamber ("224 of the 299 seats where voting took place"): never its size."""
AT_DISSOLUTION = "the seats at the body's dissolution"
"""Evidence of a line-up the body was dissolved with: another time than the last election's result."""
VOTERS_FIGURE = "the voters' figure, told after a candidate's clause (a measure's, a referendum's)"
"""Evidence of a share or count whose subject is the voters ("while in August they had rejected by 59 percent to 41
percent an amendment"): no candidate's, and no figure of the race the sentence began with."""
OTHER_RACE = "a table under a heading of another race (an office, a chamber)"
"""Evidence of a figure of a race the article's seat is not: resolve gives it no seat the article names."""
STAGE_TOTAL = "a running total between a count's stages"
"""Evidence of a count's totals after a stage short of the last: each stage's another figure."""
RECOUNT_TOLD = "in an article that tells of a recount and gives people two counts"
"""Evidence on a count in copy that tells of a recount and gives two people two counts each: two figures of one there
may be the count's and the recount's ("Those were the figures from the first count. … The declared result, after the
recount, was: …")."""
NOTIONAL = "a notional result's: the last election recast on new boundaries"
"""Evidence of a notional figure: never one fact with the last election's own count ("notional results put Labour
on 200 seats in 2019"; it won 202)."""
RUNNING_TALLY = "a running tally, told with how far the count has got ('with 61% of the expected vote counted')"
"""Evidence of a count told part-way through: the next update's figures are larger, no contradiction."""
EARLIER_YEARS = "the copy tells of these years as earlier elections: "
"""Evidence on an undated article's figures: the years its own copy dates as past ("against 41,227 in 2021"), so no
other article of those years is taken to be the election it reports."""

THIRD_ON = r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:rd|th))"
"""A count's or round's ordinal from the third on, as a regex fragment ("the fifth count", "the 7th stage")."""
SECOND_ON = r"(?:second|2nd|\d+nd|" + THIRD_ON[3:]
"""… and from the second on: any count after the first ("a second round", "the sixth stage")."""
OF_THEIR_VOTES = re.compile(r"\s*Of\s+(?:[\w.’'-]+(?:'s|’s|s'|s’)|his|her|their|its|the)\s+(?:[\w-]+\s+)?[\d,]+"
                            r"(?:\s+(?:votes|ballots|papers|preferences|transfers))?\s*,", re.I)
"""A sentence that opens with the count an excluded candidate passed on: "Of Muir's 1,357, Nisbet received 502"."""
FIRST_ROUND_LEAD_TOLD = "a lead the copy says is the first round's"
"""Evidence of a lead told as the first count's ("started 626 first preferences behind him"): in copy of several
rounds, another fact than a lead told plain, which is most often the result's ("takes final seat by 199 votes")."""
FIRST_ROUND_SAID = re.compile(r"\b(?:stage|count|round)\s+(?:1|one)\b|\bfirst\s+(?:stage|count|round|ballot|"
                              r"preferences?)\b|\bfirst-preference\b", re.IGNORECASE)
"""Words of the first round between a figure and a later round's words: the figure is the first round's ("126 votes
ahead at stage 1 and still 15 ahead at stage 4")."""
PAIR_OF_COUNTS = "a pair of vote counts, the winner's first"
"""Evidence of a count told as one side of a score ("won by 425 votes, 16,402 to 15,977")."""
PAIR_BEFORE = "the winner of the pair of counts before it"
"""How a lead told right after a pair of counts is given its side: its sum holds within its sentence."""
INTERMEDIATE = "intermediate"
TO_A_MAJORITY = "distance to a majority"
"""The slot of "two seats short of a majority": a distance to a target the copy does not give (the body's majority),
stated as the claim's `gap`, its value unknown."""
"""The round of a figure counted between the first and the final one (a leadership's second ballot of three)."""

BY_ELECTION_SCOPE = "by-election"
"""The scope of an outcome claim in copy about a by-election: not the general election's result, so never compared
with a general election's table."""


@dataclass(frozen=True, slots=True)
class Change:
    """A direction statement: which way a quantity moved, and by how much if said."""

    attribute: Kind
    direction: str
    """'up', 'down' or 'same'."""
    words: str
    """The words that say it: 'fell', 'more than doubled', 'an increase of'."""
    factor_low: float | None = None
    """Bounds on new/old implied by the words ("more than doubled": (2, inf))."""
    factor_high: float | None = None
    amount: float | None = None
    """A stated difference ("an increase of 2.4 points")."""
    amount_text: str | None = None
    from_claim: int | None = None
    """Indexes of the claims holding the old and new figures, in the same document."""
    to_claim: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure the copy states, with what it is about and where it stands."""

    index: int
    """Position among its document's claims; (path, index) identifies a claim."""
    kind: Kind
    value: float | None
    """None only for a change stated without a figure ("more than doubled his majority")."""
    low: float | None
    high: float | None
    """The interval the written figure admits: rounding ('51.5' is [51.45, 51.55)) and hedges."""
    text: str
    """The figure as written, '17, 525', 'eight', '51.5'."""
    location: Location
    sentence: str
    unit: str = ""
    subject: str | None = None
    """The candidate or party the figure belongs to, as named within the document."""
    subject_kind: str | None = None
    subject_via: str | None = None
    """How the subject was found: 'name', 'possessive', 'pronoun He', 'nearest', 'sentence'."""
    party: str | None = None
    place: str | None = None
    """The constituency (or other contest) the figure belongs to."""
    scope: str | None = None
    """The nation or region a seat total or national figure belongs to."""
    counterpart: str | None = None
    """The other side of a margin: "by 422 votes to Andrea Jenkyns"."""
    year: int | None = None
    """The election year, when it is not the election being reported."""
    modality: Modality = Modality.ACTUAL
    role: str | None = None
    """The subject's place in its contest: 'winner', 'runner_up', 'loser'."""
    hedge: str | None = None
    confidence: float = 1.0
    subject_confidence: float | None = None
    """How surely the figure is its subject's, whatever seat it was filed under, when less sure of the seat (a
    heading above, a guess): two figures of one person in one article are set against each other on this, since
    the seat guessed for one is guessed for both. None: as `confidence`."""
    change: Change | None = None
    relation: str | None = None
    """For targets: 'above' ("surpassed the 326 needed") or 'below' ("short of")."""
    gap: float | None = None
    """For targets: how far from it the copy puts the subject ("four short of the 172 needed": -4; "17 more than the
    63 needed", "two above the halfway mark of 46": +17, +2)."""
    gap_from: float | None = None
    """For a target's distance: the figure the copy counts it from, given just before it ("gives the left bloc 52,
    eight short of the 61 needed": 52), whoever that figure is of."""
    whole: float | None = None
    """For "X of Y": the Y."""
    whole_text: str | None = None
    evidence: tuple[str, ...] = ()
    """Why the claim was read this way, for --claims and --verbose."""
    column: str | None = None
    """For a figure in a table: its column heading ("constituency", "regional list", "total")."""
    paragraph: int = 0
    """Which paragraph of its article the figure is in (0-based): one unnamed contest is often one paragraph."""
    round: str | None = None
    """'final' for a figure of a later round of counting (after preferences or transfers, two-party-preferred,
    a run-off), 'provisional' for one of a count before the declared one (a first count before a recount):
    another fact than the declared first round's; 'transfer' for votes gained in a later round ("11,210 second
    preferences"), which are neither round's total; 'intermediate' for one of a round between the first and a
    final one the copy also tells (a leadership's second ballot of three). None: that, or the only count."""
    body: str | None = None
    """For a council's seat figure (scope 'council'): the council or ward the sentence names ("35 councillors
    in Hammersmith and Fulham"), so a round-up's councils are never one body. For a contest's figure (votes, shares,
    leads): the council the story's opening names ("Harbury Town Council results …"), so a town council's ward is
    never the district ward of the same name. None: not named."""
    outcome: str | None = None
    """For an outcome claim: 'gain' (took the seat from another party), 'hold' (kept it), 'win' (won it, not saying
    which) or 'loss' (the subject lost it)."""
    sides: tuple[str, ...] = ()
    """For seats several parties hold together: the parties, as named within the document."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one document."""

    path: str
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...]
    malformed: tuple[tuple[Location, str, str], ...] = ()
    """Numbers written in a broken form: where, as written, why."""
    unclassified: tuple[Location, ...] = ()
    """Numbers seen but not read as any claim (counted, so nothing is skipped silently)."""
    words: int = 0
    problem: str | None = None
    """Why the file could not be read (empty, binary, not UTF-8), if so."""
    year: int | None = None
    """The election the article reports, if it can be told: --year, the year its copy names, its date."""
    year_from: str = ""
    """How that year was told ('the copy names it', 'the dateline', …), for the findings' assumptions."""


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding was checked against."""

    location: Location
    text: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """A discrepancy (or, verbose, a verified relation) to report."""

    rule: str
    severity: Severity
    message: str
    location: Location
    stated: float | None = None
    expected: float | None = None
    arithmetic: str = ""
    """The working: 'stated 3,412; 21,907 − 18,459 = 3,448'."""
    related: tuple[Related, ...] = ()
    assumptions: tuple[str, ...] = ()
    """What the check had to assume (a guessed runner-up, a pronoun); why it is not an error."""
    suggestion: str | None = None
    replacement: str | None = None
    """The figure as the copy should write it, when the official results decide it (`--fix` applies it)."""


@dataclass(frozen=True, slots=True)
class Verified:
    """A relation that was checked and held, for --verbose."""

    rule: str
    message: str
    location: Location
    arithmetic: str = ""


@dataclass(frozen=True, slots=True)
class SetAside:
    """A finding the report leaves out, and why: a `factcheck: ignore` note in the copy, or the baseline.

    The text and JSON reports only count these; SARIF keeps them, marked as suppressed."""

    finding: Finding
    reason: str
    """'note' (a note in the copy) or 'baseline'."""
    justification: str = ""
    """The note as written, or the baseline file."""
    note: Location | None = None
    """Where the note is, for 'note'."""
    in_baseline: bool = False
    """Whether the baseline in use records it (always, for 'baseline'; for a note, if it also does)."""


@dataclass(slots=True)
class SetAsideFindings:
    """What the newsroom chose not to see in this run, and the baseline in use (if any)."""

    findings: list[SetAside] = field(default_factory=list)
    baseline: str | None = None
    """The baseline file the run compared with: SARIF then marks every result new or unchanged."""


@dataclass(slots=True)
class Report:
    """The outcome of one run, what every output format renders."""

    files: int
    claims: int
    checks: int
    findings: list[Finding] = field(default_factory=list)
    verified: list[Verified] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """Files that could not be checked: (path, why)."""
    suppressed: int = 0
    """Findings hidden by a `factcheck: ignore` note in the copy."""
    baselined: int = 0
    """Findings left out because the baseline already records them."""
    set_aside: SetAsideFindings = field(default_factory=SetAsideFindings)
    """The suppressed and baselined findings themselves (counted above), for SARIF."""

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)
