"""Official results tables: what `--reference` reads, in one shape whatever the source file.

A reference is a set of elections; each election has its seats (every candidate's or party's
votes, the electorate, the valid votes) and its national totals (each party's seats, votes and
share). The checker compares the copy's figures with them (checker/checks/reference.py), and
uses each election's seats and candidates as a gazetteer. Readers take our own CSV layout
(`LAYOUT`, below) and the House of Commons Library / Democracy Club files exactly as published;
a file that does not fit is a `ReferenceError` naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LAYOUT = ("election", "body", "seat", "nation", "candidate", "party", "votes", "share", "seats", "electorate",
          "previous")
"""Our CSV layout, one row per line, header required (columns in any order; `nation`, `seats`,
`electorate`, `previous` may be left out):

- a candidate (or a party, when the table has no candidates) in a seat: election, body, seat,
  candidate, party, votes, share (percent, 0–100);
- a seat's totals: election, body, seat, nation, votes (valid votes cast), electorate, previous
  (the party that won the seat at the general election before, on the same boundaries or notionally
  on new ones: what "Labour gain from Conservative" and "Labour hold" are measured against; empty
  when not known); no candidate, no party;
- a national total: election, body, party, seats, votes, share; no seat.

`election` is the year (2024); `body` the chamber (`commons`). National totals left out are
summed from the seats."""

OTHERS = "(others)"
"""A party column that lumps several candidates together (the Commons Library's `oth_votes`):
never a winner, never a candidate's figure."""


class ReferenceError(Exception):
    """A results table that cannot be read: one line, with its file, row and column."""


def norm(name: str) -> str:
    """A seat or person name as compared: no accents, case, punctuation or 'and'/'&' difference."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(s.split())


@dataclass(slots=True)
class Entry:
    """One line of a seat's result: a candidate, or a party where the table has no candidates."""

    party: str
    votes: int
    candidate: str = ""
    share: float | None = None
    """Percent of the valid votes, as published (else computed from the votes)."""


@dataclass(slots=True)
class Seat:
    name: str
    nation: str = ""
    entries: list[Entry] = field(default_factory=list)
    electorate: int | None = None
    valid: int | None = None
    """Valid votes cast; else the sum of the entries."""
    previous: str | None = None
    """The party (as published) that won the seat at the general election before — on the same boundaries,
    or the notional result on new ones: a winner of that party "holds" the seat, any other "gains" it.
    None when the tables do not say."""

    @property
    def total(self) -> int:
        return self.valid if self.valid is not None else sum(e.votes for e in self.entries)

    def ranked(self) -> list[Entry]:
        return sorted(self.entries, key=lambda e: -e.votes)

    @property
    def winner(self) -> Entry | None:
        """The first-placed candidate, unless an `(others)` lump could hide who won."""
        r = self.ranked()
        if not r or r[0].party == OTHERS:
            return None
        return r[0]

    @property
    def majority(self) -> int | None:
        r = self.ranked()
        if len(r) < 2 or r[0].party == OTHERS or r[1].party == OTHERS:
            return None
        return r[0].votes - r[1].votes

    @property
    def turnout(self) -> float | None:
        """Valid votes over the electorate, in percent (the Commons Library's definition)."""
        if not self.electorate:
            return None
        return 100.0 * self.total / self.electorate

    def share_of(self, e: Entry) -> float | None:
        if e.share is not None:
            return e.share
        return 100.0 * e.votes / self.total if self.total else None


@dataclass(slots=True)
class National:
    party: str
    seats: int | None = None
    votes: int | None = None
    share: float | None = None


@dataclass(slots=True)
class Election:
    year: int
    body: str = "commons"
    seats: dict[str, Seat] = field(default_factory=dict)
    """Normalised seat name → seat."""
    national: dict[str, National] = field(default_factory=dict)
    """Party as published → national totals (stated, or summed from the seats)."""
    sources: list[str] = field(default_factory=list)
    has_candidates: bool = False
    speaker_party: str | None = None
    """The party the Speaker stood for before the chair: copy may count the Speaker in it."""

    def seat(self, name: str) -> Seat:
        key = norm(name)
        if key not in self.seats:
            self.seats[key] = Seat(name)
        return self.seats[key]

    def totals(self) -> dict[str, National]:
        """National figures: those the table states, the rest summed from its seats."""
        out = {p: National(p, n.seats, n.votes, n.share) for p, n in self.national.items()}
        votes: dict[str, int] = defaultdict(int)
        won: dict[str, int] = defaultdict(int)
        for s in self.seats.values():
            for e in s.entries:
                if e.party != OTHERS:
                    votes[e.party] += e.votes
            w = s.winner
            if w is not None:
                won[w.party] += 1
        total = sum(s.total for s in self.seats.values())
        for p in set(votes) | set(won):
            n = out.setdefault(p, National(p))
            if n.votes is None and p in votes:
                n.votes = votes[p]
            if n.seats is None:
                n.seats = won.get(p, 0)
            if n.share is None and n.votes is not None and total:
                n.share = 100.0 * n.votes / total
        return out


@dataclass(slots=True)
class Reference:
    """Every election the run was given, by (year, body)."""

    elections: dict[tuple[int, str], Election] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    """What the user named (`uk-ge`, paths), for messages."""

    def election(self, year: int, body: str = "commons") -> Election:
        key = (year, body)
        if key not in self.elections:
            self.elections[key] = Election(year, body)
        return self.elections[key]

    def merge(self, other: Reference) -> None:
        for key, el in other.elections.items():
            if key not in self.elections:
                self.elections[key] = el
                continue
            mine = self.elections[key]
            for k, s in el.seats.items():
                old = mine.seats.get(k)
                if old is None:
                    mine.seats[k] = s
                elif not old.entries and s.entries:
                    s.electorate = s.electorate if s.electorate is not None else old.electorate
                    s.valid = s.valid if s.valid is not None else old.valid
                    s.nation = s.nation or old.nation
                    s.previous = s.previous or old.previous
                    mine.seats[k] = s
                else:
                    old.electorate = old.electorate if old.electorate is not None else s.electorate
                    old.valid = old.valid if old.valid is not None else s.valid
                    old.nation = old.nation or s.nation
                    old.previous = old.previous or s.previous
            mine.national.update(el.national)
            mine.sources += el.sources
            mine.has_candidates |= el.has_candidates
            mine.speaker_party = mine.speaker_party or el.speaker_party

    def fill_previous(self) -> None:
        """Each seat's previous winner, where no table states it: the winner of the same seat at the election
        before in these tables, when the two elections have exactly the same seats (the same boundaries:
        2015 after 2010, 2017 after 2015, 2019 after 2017). Never across a boundary review, and never from a
        line that lumps several parties (`(others)`), which hides who won."""
        by_body: dict[str, list[Election]] = defaultdict(list)
        for (_, body), el in sorted(self.elections.items()):
            by_body[body].append(el)
        for elections in by_body.values():
            for before, after in zip(elections, elections[1:]):
                if set(before.seats) != set(after.seats):
                    continue
                for key, seat in after.seats.items():
                    if seat.previous is None:
                        w = before.seats[key].winner
                        if w is not None:
                            seat.previous = w.party

    def before(self, el: Election) -> Election | None:
        """The election before `el` in these tables, same body."""
        earlier = [e for (y, b), e in self.elections.items() if b == el.body and y < el.year]
        return max(earlier, key=lambda e: e.year) if earlier else None


# -- reading ----------------------------------------------------------------------------------------


class _Rows:
    """A CSV file's rows as dicts, with the file and row number at hand for errors."""

    def __init__(self, path: Path):
        self.path = path
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise ReferenceError(f"{path}: cannot read the results table ({e.__class__.__name__}: {e})") from None
        self.reader = csv.reader(text.splitlines())
        try:
            self.header = [h.strip() for h in next(self.reader)]
        except StopIteration:
            raise ReferenceError(f"{path}: the results table is empty") from None
        except csv.Error as e:
            raise ReferenceError(f"{path}:1: not CSV ({e})") from None

    def __iter__(self):
        line = 1
        try:
            for row in self.reader:
                line += 1
                if not any(c.strip() for c in row):
                    continue
                yield line, dict(zip(self.header, (c.strip() for c in row)))
        except csv.Error as e:
            raise ReferenceError(f"{self.path}:{line + 1}: not CSV ({e})") from None

    def need(self, *columns: str) -> None:
        missing = [c for c in columns if c not in self.header]
        if missing:
            raise ReferenceError(f"{self.path}:1: no column '{missing[0]}' (has: {', '.join(h for h in self.header if h)})")

    def number(self, line: int, row: dict[str, str], column: str, *, kind: type = int,
               optional: bool = False) -> float | int | None:
        raw = row.get(column, "").replace(",", "").strip()
        if raw == "":
            if optional:
                return None
            raise ReferenceError(f"{self.path}:{line}: column '{column}' is empty")
        try:
            value = kind(float(raw)) if kind is int and re.fullmatch(r"-?\d+(\.0+)?", raw) else kind(raw)
        except ValueError:
            raise ReferenceError(f"{self.path}:{line}: column '{column}': '{raw}' is not a number") from None
        if value < 0:
            raise ReferenceError(f"{self.path}:{line}: column '{column}': {raw} is negative")
        return value


def read_layout(path: Path) -> Reference:
    """Our own layout (`LAYOUT`)."""
    rows = _Rows(path)
    rows.need("election", "seat", "party", "votes")
    ref = Reference()
    for line, row in rows:
        year = rows.number(line, row, "election")
        if not 1800 <= year <= 2200:
            raise ReferenceError(f"{path}:{line}: column 'election': {year} is not an election year")
        el = ref.election(int(year), row.get("body") or "commons")
        if str(path) not in el.sources:
            el.sources.append(str(path))
        seat, party, cand = row.get("seat", ""), row.get("party", ""), row.get("candidate", "")
        share = rows.number(line, row, "share", kind=float, optional=True)
        if share is not None and share > 100:
            raise ReferenceError(f"{path}:{line}: column 'share': {share} is over 100 (percent, 0–100)")
        if not seat:
            if not party:
                raise ReferenceError(f"{path}:{line}: a national row needs column 'party'")
            el.national[party] = National(party, rows.number(line, row, "seats", optional=True),
                                          rows.number(line, row, "votes", optional=True), share)
            continue
        s = el.seat(seat)
        s.nation = row.get("nation") or s.nation
        if not party and not cand:
            s.valid = rows.number(line, row, "votes", optional=True)
            s.electorate = rows.number(line, row, "electorate", optional=True)
            s.previous = row.get("previous") or s.previous
            continue
        if not party:
            raise ReferenceError(f"{path}:{line}: column 'party' is empty (write 'Independent' for none)")
        s.entries.append(Entry(party, rows.number(line, row, "votes"), cand, share))
        el.has_candidates |= bool(cand)
    return ref


def write_layout(ref: Reference, path: Path) -> None:
    """Our layout, for the shipped pack: seats' lines, their totals, and stated national rows."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(LAYOUT)
        for (year, body), el in sorted(ref.elections.items()):
            for s in sorted(el.seats.values(), key=lambda s: norm(s.name)):
                w.writerow([year, body, s.name, s.nation, "", "", s.valid if s.valid is not None else "", "", "",
                            s.electorate if s.electorate is not None else "", s.previous or ""])
                for e in s.ranked():
                    w.writerow([year, body, s.name, "", e.candidate, e.party, e.votes,
                                "" if e.share is None else f"{e.share:.4f}".rstrip("0").rstrip("."), "", "", ""])
            for n in sorted(el.national.values(), key=lambda n: n.party):
                w.writerow([year, body, "", "", "", n.party, "" if n.votes is None else n.votes,
                            "" if n.share is None else n.share, "" if n.seats is None else n.seats, "", ""])


def read_hoc_candidates(path: Path, year: int | None = None) -> Reference:
    """The Commons Library's results by candidate (2019: snake_case columns; 2024: capitalised)."""
    rows = _Rows(path)
    if "constituency_name" in rows.header:
        c = dict(seat="constituency_name", nation="country_name", party="party_name", first="firstname",
                 last="surname", votes="votes", share="share")
        year = year or 2019
    else:
        c = dict(seat="Constituency name", nation="Country name", party="Party name", first="Candidate first name",
                 last="Candidate surname", votes="Votes", share="Share")
        year = year or _year_in(path) or 2024
    rows.need(*c.values())
    ref = Reference()
    el = ref.election(year)
    el.sources.append(str(path))
    el.has_candidates = True
    for line, row in rows:
        if not row.get(c["seat"]):
            raise ReferenceError(f"{path}:{line}: column '{c['seat']}' is empty")
        s = el.seat(row[c["seat"]])
        s.nation = row.get(c["nation"], "")
        share = rows.number(line, row, c["share"], kind=float, optional=True)
        if share is not None and share > 1:
            raise ReferenceError(f"{path}:{line}: column '{c['share']}': {share} is over 1 (a fraction)")
        s.entries.append(Entry(row[c["party"]], rows.number(line, row, c["votes"]),
                               f"{row[c['first']]} {row[c['last']]}".strip(), None if share is None else 100 * share))
    return ref


HOC_ABBREVIATIONS = {
    "Lab": "Labour", "Con": "Conservative", "LD": "Liberal Democrat", "SNP": "Scottish National Party",
    "PC": "Plaid Cymru", "RUK": "Reform UK", "Green": "Green", "SF": "Sinn Fein", "DUP": "Democratic Unionist Party",
    "SDLP": "Social Democratic and Labour Party", "UUP": "Ulster Unionist Party", "APNI": "Alliance",
    "TUV": "Traditional Unionist Voice", "Ind": "Independent", "Spk": "Speaker", "UKIP": "UK Independence Party",
    "Brx": "Brexit Party", "TIG": "Change UK",
}
"""The Commons Library's party abbreviations (its `Result` and `First party` columns) → the party names its
by-candidate file gives."""

_RESULT = re.compile(r"^\s*(?P<winner>[\w.&' -]+?)\s+(?:(?P<hold>hold)|gain\s+from\s+(?P<loser>[\w.&' -]+?))\s*$", re.I)


def previous_of(result: str) -> str | None:
    """The party that held the seat before, from a Commons Library result ('Lab gain from Con' → Conservative,
    'SNP hold' → Scottish National Party); None if the text is no such result."""
    m = _RESULT.match(result or "")
    if m is None:
        return None
    abbr = m.group("winner") if m.group("hold") else m.group("loser")
    return HOC_ABBREVIATIONS.get(abbr.strip(), abbr.strip())


def read_hoc_constituencies(path: Path, year: int | None = None) -> Reference:
    """The Commons Library's 2024 results by constituency: electorate, valid votes, and the result ('Lab gain
    from Con', measured against the notional 2019 result on the 2024 boundaries); the candidates' lines come
    from the by-candidate file."""
    rows = _Rows(path)
    rows.need("Constituency name", "Electorate", "Valid votes")
    ref = Reference()
    el = ref.election(year or _year_in(path) or 2024)
    el.sources.append(str(path))
    for line, row in rows:
        s = el.seat(row["Constituency name"])
        s.nation = row.get("Country name", "")
        s.electorate = rows.number(line, row, "Electorate")
        s.valid = rows.number(line, row, "Valid votes")
        if row.get("Result"):
            s.previous = previous_of(row["Result"])
            if s.previous is None:
                raise ReferenceError(f"{path}:{line}: column 'Result': '{row['Result']}' is not a result such as "
                                     f"'Lab hold' or 'Lab gain from Con'")
    return ref


_HOC_PARTIES = (("con", "Conservative"), ("lib", "Liberal Democrat"), ("lab", "Labour"), ("oth", OTHERS))


def read_hoc_2005_2017(path: Path) -> Reference:
    """The Commons Library's results by constituency 2005–2017: the big parties' votes, the nationalists
    (SNP in Scotland, Plaid Cymru in Wales) and the rest lumped; electorate and turnout."""
    rows = _Rows(path)
    rows.need("constituency", "election", "electorate", "total_votes", "country/region",
              *(f"{p}_votes" for p, _ in _HOC_PARTIES), "natSW_votes")
    ref = Reference()
    for line, row in rows:
        el = ref.election(int(rows.number(line, row, "election")))
        if str(path) not in el.sources:
            el.sources.append(str(path))
        s = el.seat(hoc_seat_name(row["constituency"]))
        region = row["country/region"]
        s.nation = region if region in ("Scotland", "Wales", "Northern Ireland") else "England"
        s.electorate = rows.number(line, row, "electorate")
        s.valid = rows.number(line, row, "total_votes")
        for col, party in _HOC_PARTIES:
            v = rows.number(line, row, f"{col}_votes", optional=True)
            if v:
                s.entries.append(Entry(party, v))
        nat = rows.number(line, row, "natSW_votes", optional=True)
        if nat:
            s.entries.append(Entry("SNP" if s.nation == "Scotland" else "Plaid Cymru", nat))
    return ref


_DIRECTIONS = {"north", "south", "east", "west", "mid", "central"}
_SMALL = {"and", "of", "the", "upon", "on", "in", "with", "under", "by"}


def hoc_seat_name(raw: str, known: dict[str, str] | None = None) -> str:
    """The Commons Library's index form ('DEVON EAST', 'CHESTER, CITY OF', 'COTSWOLDS, THE') as the
    seat is named ('East Devon', 'City of Chester', 'The Cotswolds'): of the readings, the one a
    gazetteer (`known`: normalised → official name) has, else the name as written."""
    words = [w if w.lower() not in _SMALL or k == 0 else w.lower()
             for k, w in enumerate(raw.replace("&", " and ").strip().title().split())]
    name = " ".join(words).replace("'S ", "'s ")
    m = re.fullmatch(r"(.+), (City of|The)", name, flags=re.I)
    if m:
        name = f"{m.group(2)[0].upper()}{m.group(2)[1:]} {m.group(1)}"
    if known is None:
        known = _gazetteer()
    if norm(name) in known:
        return known[norm(name)]
    # "Bridgwater and Somerset West", "Devon West and Torridge": each part's trailing direction moved to
    # its front, or not, and the parts in either order.
    options = []
    for part in name.split(" and "):
        ws = part.split(" ")
        forms = [part]
        for k in (1, 2):
            if len(ws) > k and all(w.lower() in _DIRECTIONS for w in ws[-k:]):
                forms.append(" ".join(ws[-k:] + ws[:-k]))
        options.append(forms)
    for combo in itertools.product(*options):
        for cand in (" and ".join(combo), " and ".join(reversed(combo))):
            cand = cand.replace("Hull", "Kingston upon Hull") if cand.startswith("Hull") else cand
            if norm(cand) in known:
                return known[norm(cand)]
    return name


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """The shipped constituency gazetteer (2010–2019 boundaries), normalised → official name."""
    from ..ruleset import DEFAULT_RULES_DIR
    path = Path(DEFAULT_RULES_DIR) / "gazetteers" / "uk-constituencies.csv"
    with path.open(encoding="utf-8") as fh:
        return {norm(r["name"]): r["name"] for r in csv.DictReader(fh)}


def read_dc_2015(path: Path) -> Reference:
    """Democracy Club's 2015 votes by party in every constituency (no candidates' names)."""
    rows = _Rows(path)
    rows.need("Constituency", "Party", "Votes")
    ref = Reference()
    el = ref.election(2015)
    el.sources.append(str(path))
    for line, row in rows:
        s = el.seat(row["Constituency"])
        code = row.get("Constituency Code", "")[:1]
        s.nation = {"E": "England", "W": "Wales", "S": "Scotland", "N": "Northern Ireland"}.get(code, "")
        s.entries.append(Entry(row["Party"] or "Independent", rows.number(line, row, "Votes")))
    return ref


def _year_in(path: Path) -> int | None:
    m = re.search(r"(?:ge)?(19\d\d|20\d\d)(?!-)", path.name)
    return int(m.group(1)) if m else None


def read_table(path: Path) -> Reference:
    """Any table we know, told by its header."""
    rows = _Rows(path)
    h = set(rows.header)
    if {"election", "seat", "party", "votes"} <= h:
        return read_layout(path)
    if "constituency_name" in h or "Candidate surname" in h:
        return read_hoc_candidates(path)
    if "Valid votes" in h and "Electorate" in h:
        return read_hoc_constituencies(path)
    if "natSW_votes" in h:
        return read_hoc_2005_2017(path)
    if {"Constituency", "Party", "Votes"} <= h:
        return read_dc_2015(path)
    raise ReferenceError(f"{path}:1: not a results table factcheck knows: the header has none of our layout's "
                         f"columns ({', '.join(LAYOUT[:4])}, …) nor a Commons Library or Democracy Club file's")
