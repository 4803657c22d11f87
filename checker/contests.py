"""Group resolved facts into contests (one seat, one election) and the other tables checks read.

Built once per run and shared by every check type: who stood in each seat, with what
votes and shares; who won and who came second, and how we know; seat totals by
region and year; and every fact by kind.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Kind, Modality
from .resolve import Fact, Resolved
from .ruleset import RuleSet


class FactList(list):
    """Facts (a candidate's, a seat's), indexed by article on first lookup: a seat covered by many
    articles is asked about once per figure, and scanning every article's facts each time grows as
    its square."""

    __slots__ = ("_by_path", "_values")

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._by_path: dict[str, list[Fact]] | None = None
        self._values: int = 0

    def append(self, fact: Fact) -> None:
        super().append(fact)
        self._by_path = None

    def in_path(self, path: str) -> list[Fact]:
        if self._by_path is None:
            by_path: dict[str, list[Fact]] = defaultdict(list)
            for f in self:
                by_path[f.path].append(f)
            self._by_path = dict(by_path)
            self._values = len({f.claim.value for f in self})
        return self._by_path.get(path, [])

    def distinct_values(self) -> int:
        if self._by_path is None:
            self.in_path("")
        return self._values


@dataclass
class Candidate:
    key: str
    party: str | None
    votes: list[Fact] = field(default_factory=FactList)
    shares: list[Fact] = field(default_factory=FactList)
    roles: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))

    def vote_fact(self, prefer_path: str | None = None) -> Fact | None:
        """This candidate's vote count, if the copy gives one value (preferring one article)."""
        return single(self.votes, prefer_path)

    def share_fact(self, prefer_path: str | None = None) -> Fact | None:
        return single(self.shares, prefer_path)


def single(facts: list[Fact], prefer_path: str | None) -> Fact | None:
    """The one value the copy gives (preferring one article's), or None if it gives several."""
    if not facts:
        return None
    indexed = isinstance(facts, FactList)
    if prefer_path is not None:
        local = facts.in_path(prefer_path) if indexed else [f for f in facts if f.path == prefer_path]
        if local and len({f.claim.value for f in local}) == 1:
            return local[0]
    if (facts.distinct_values() if indexed else len({f.claim.value for f in facts})) == 1:
        return facts[0]
    return None


def fmt_votes(x: float) -> str:
    return f"{max(0, round(x)):,}"


@dataclass
class Contest:
    """One seat in the election being reported, as the corpus describes it."""

    key: str
    candidates: dict[str, Candidate] = field(default_factory=dict)
    leads: list[Fact] = field(default_factory=FactList)
    """Majorities and margins in votes."""
    totals: list[Fact] = field(default_factory=FactList)
    """Votes cast, turnout and electorate."""
    facts: list[Fact] = field(default_factory=FactList)
    """Indexed by article too (`in_path`): a seat many articles cover is asked about article by article."""

    def with_votes(self, path: str | None = None) -> list[tuple[Candidate, Fact]]:
        out = []
        for c in self.candidates.values():
            f = c.vote_fact(path)
            if f is not None:
                out.append((c, f))
        return sorted(out, key=lambda cf: -cf[1].claim.value)

    def _told_two_ways_above(self, value: float, path: str | None) -> bool:
        """Someone this count leaves out because the copy gives them two counts, one of which beats `value`
        ("Collins (Conservative) 15,566" and, of a namesake elsewhere, "polled 1,204 votes there"): who came first
        or second is then in doubt, not the next name down."""
        for c in self.candidates.values():
            votes = (c.votes.in_path(path) if path is not None and isinstance(c.votes, FactList) else []) or c.votes
            if votes and c.vote_fact(path) is None and any(f.claim.value > value for f in votes):
                return True
        return False

    def winner(self, path: str | None = None) -> tuple[Candidate | None, str]:
        """The winner: the one the copy says won (or gives the majority to), else the most votes."""
        stated = [c for c in self.candidates.values() if c.roles.get("winner")]
        if len(stated) == 1:
            return stated[0], "named as the winner"
        ranked = self.with_votes(path)
        if ranked and self._unnamed_above(ranked[0][1], path):
            return None, ""
        named_second = [c for c in self.candidates.values() if c.roles.get("runner_up")]
        if len(named_second) == 1 and len(ranked) == 2 and len(self.candidates) == 2 \
                and any(c is named_second[0] for c, _ in ranked):
            # "… secured 20,488 votes; Labour's Susan Hayman was runner-up on 21,312": the other one won
            other = next(c for c, _ in ranked if c is not named_second[0])
            return other, f"the only other candidate, the copy naming {named_second[0].key} as runner-up"
        if ranked and (len(ranked) == 1 or ranked[0][1].claim.value > ranked[1][1].claim.value) \
                and not self._told_two_ways_above(ranked[0][1].claim.value, path):
            return ranked[0][0], "the most votes"
        return None, ""

    def _unnamed_above(self, top: Fact, path: str | None) -> bool:
        """A count of this seat whose owner the copy leaves unnamed beats the most any named candidate polled ("The
        prime minister, 44, polled 23,059 votes"): the winner is not among the named."""
        facts = self.facts.in_path(path) if path is not None and isinstance(self.facts, FactList) else self.facts
        return any(f.kind == Kind.VOTES and f.subject is None and f.claim.value is not None
                   and f.claim.value > top.claim.value and f.claim.round == top.claim.round for f in facts)

    def runner_up(self, winner: Candidate, path: str | None = None) -> tuple[Candidate | None, str, bool]:
        """The runner-up and how we know; the flag says whether the copy states it."""
        stated = [c for c in self.candidates.values() if c.roles.get("runner_up") and c is not winner]
        others = [(c, f) for c, f in self.with_votes(path) if c is not winner]
        if len(stated) == 1 and not ((sv := stated[0].vote_fact(path)) is not None
                                     and any(f.claim.low > sv.claim.high for c, f in others if c is not stated[0])):
            return stated[0], "named as second", True  # (unless another polled more: the place is the slip, and
            # the rank check says so; the runner-up is then the one the counts give)
        if others and self._told_two_ways_above(others[0][1].claim.value, path):
            return None, "", False
        if len(others) == 1:
            only = others[0][0]
            if (mine := only.share_fact(path)) is not None and any(
                    (theirs := [f for f in c.shares if f.path == mine.path and f.claim.low is not None])
                    and min(f.claim.low for f in theirs) > mine.claim.high
                    for c in self.candidates.values() if c is not winner and c is not only):
                return None, "", False  # "the Conservative vote … fell … to 4,118" beside a table where Labour's share
                # is larger: the one other count is not the runner-up's
            return only, "the only other candidate with votes", True
        thirds = [(c, f) for c, f in others if c.roles.get("third")]
        if len(thirds) == 1:
            third, votes = thirds[0]
            above = [c for c, f in others if f.claim.value > votes.claim.value]
            if len(above) == 1:
                # "Reform UK's X came third with 4,815": only the winner and the runner-up beat the third
                return above[0], f"the only one named above {third.key}, who came third", True
        if len(others) > 1 and others[0][1].claim.value > others[1][1].claim.value:
            second = others[0][0]
            counts = self.with_votes(path)
            cast = [f for f in (self.totals.in_path(path) if path is not None else self.totals)
                    if f.kind == Kind.VOTES_CAST and f.claim.round == others[0][1].claim.round]
            if len({f.claim.value for f in cast}) == 1 and \
                    cast[0].claim.high - sum(f.claim.low for _, f in counts) < others[0][1].claim.low:
                return second, (f"second of those named, and the {fmt_votes(cast[0].claim.high - sum(f.claim.low for _, f in counts))} "
                                f"votes left of the {cast[0].claim.text} cast are fewer than their {others[0][1].claim.text}"), True
            shares = [c.share_fact(path) for c, _ in self.with_votes(path)]
            if all(f is not None and f.claim.unit == "percent" for f in shares) and second.share_fact(path):
                left = 100.0 - sum(f.claim.high for f in shares)  # what unnamed candidates could have had
                if left < second.share_fact(path).claim.low:
                    return second, (f"second of those named, and the {max(left, 0):.1f}% left for anyone "
                                    f"unnamed is less than their {second.share_fact(path).claim.text}%"), True
            if _results_list(_listed(counts, path), self.facts.in_path(path) if path is not None else self.facts):
                return second, f"second in a results list of {len(counts)}, given in order of votes", True
            if len(counts) >= 3 and len({f.claim.column for _, f in counts}) == 1 and counts[0][1].claim.column \
                    and len({f.path for _, f in counts}) == 1 and len(counts) == sum(
                        1 for c in self.candidates.values() if any(f.path == path for f in c.votes)):
                # a table lists everyone, if no one's count is told two ways (then who is first is in doubt)
                return second, f"second in a results table of {len(counts)}", True
            return second, f"the second-highest of the {len(others) + 1} candidates named", False
        return None, "", False


RESULT_LABEL = re.compile(r"\bresults?\s*:|^\s*(?:full|final|official)?\s*result\b|\bdeclaration\s*:", re.IGNORECASE)
"""A results list's label: "Final result: …", "Full result", "Declaration:"."""


def _listed(counts: list[tuple[Candidate, Fact]], path: str | None) -> list[tuple[Candidate, Fact]]:
    """Each count as its article's results list gives it, when one paragraph gives all of them ("won with 1,184
    votes" in prose above "RESULT / Priya Sandhu (Liberal Democrat) 1,184 / …"): the list, not the prose, says who
    is left out."""
    if len(counts) < 3 or path is None:
        return counts
    by_para: dict[int, list[tuple[Candidate, Fact]]] = defaultdict(list)
    for cand, f in counts:
        for g in (cand.votes.in_path(path) if isinstance(cand.votes, FactList) else
                  [g for g in cand.votes if g.path == path]):
            if g.claim.value == f.claim.value and g.claim.round == f.claim.round:
                by_para[g.claim.paragraph].append((cand, g))
    full = [pairs for pairs in by_para.values() if len({id(c) for c, _ in pairs}) == len(counts) == len(pairs)]
    return full[0] if len(full) == 1 else counts


def _results_list(counts: list[tuple[Candidate, Fact]], contest_facts: list[Fact]) -> bool:
    """Three or more counts of one paragraph, written from the most votes down ("Final result: Penrose (LD) 3,410;
    Marchant (Con) 3,397; Fry (Lab) 1,022"): a results list, which leaves out no one between its names — if every
    count of the contest in that paragraph is one of them (not someone given two)."""
    facts = [f for _, f in counts]
    if len(facts) < 3 or len({(f.path, f.claim.paragraph) for f in facts}) != 1:
        return False
    if not any(RESULT_LABEL.search(f.claim.sentence) for f in facts) and not _one_per_line(facts) \
            and not _names_and_counts(facts):
        return False  # prose ("Ms Greaves had 19,320 votes, Conservative Robert Winn, at 29 …, 15,917") may lose one
    para = (facts[0].path, facts[0].claim.paragraph)
    listed = {id(f) for f in facts}
    if any(f.kind == Kind.VOTES and (f.path, f.claim.paragraph) == para and id(f) not in listed for f in contest_facts):
        return False
    in_text = [f.claim.value for f in sorted(facts, key=lambda f: f.claim.location.start)]
    return all(a > b for a, b in zip(in_text, in_text[1:]))


def _names_and_counts(facts: list[Fact]) -> bool:
    """Counts of one sentence with nothing but names between them ("Maria Pollard (Con) 16,610, Tom Pollard (Lab)
    15,566, Reform 7,930, Grn 2,215"): a results list run on in a line, not prose, which may leave someone out."""
    if len({f.claim.sentence for f in facts}) != 1:
        return False
    sentence, at = facts[0].claim.sentence, None
    for f in sorted(facts, key=lambda f: f.claim.location.start):
        k = sentence.find(f.claim.text, at or 0)
        if k < 0:
            return False
        if at is not None and not all(w[:1].isupper() or w in ("and", "the", "of", "de", "van", "von")
                                      for w in re.findall(r"[^\W\d_][\w'’.-]*", sentence[at:k])):
            return False  # ("had 19,320 votes, Conservative Robert Winn 15,917": words of prose between)
        at = k + len(f.claim.text)
    return True


def _one_per_line(facts: list[Fact]) -> bool:
    """Counts each on a line of its own, the lines one after another ("Sarah Ilkley (Liberal Democrat) 1,104" over
    "Dev Chauhan (Labour) 936" …): a results list set out as one, label or none."""
    lines = sorted(f.claim.location.line for f in facts)
    return len(set(lines)) == len(lines) and lines[-1] - lines[0] == len(lines) - 1 and all(
        f.claim.location.line == f.claim.location.end_line and len(f.claim.sentence) <= 80 for f in facts)


OF_ONE_SEAT_OF_SEVERAL = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|last|final)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:seat|councillor)s?\b"
    r"|(?<![Aa] )\b(?:second|third|fourth|fifth|sixth|last|final)\s+(?:[A-Z][\w'’-]*\s+){0,2}candidates?\b"
    # (not "A third candidate, …, drew 702"; and "the third Labour candidate")
    r"|\b(?:vote for|choose|elect) up to\b|\b(?:two|three|four|five|six)-member\b"
    r"|\((?:two|three|four|five|six|2|3|4|5|6) seats\)"
    r"|\b(?:two|three|four|five|six|seven|2|3|4|5|6|7)-seat(?:er)?\b(?! majority)(?:\s+[A-Z][\w'’-]*){0,4}"
    r"\s+(?:constituency|ward|division|district|riding|electorate)\b|\b(?:three|four|five|six|seven)-seater\b",
    re.IGNORECASE)
"""Words of a contest for several seats, where a lead is over the last one elected, not the runner-up, and the
second-placed candidate may well be elected too."""

ELECTED = re.compile(r"\belected\b|\d\*(?!\*)", re.IGNORECASE)
"""A results line's mark of a candidate elected: the word, or an asterisk after the count ("Dora Finch (Con) 655*")."""


PART_OF_CHAMBER = 4
"""A seat total this many times smaller than its chamber is some part's (a constituency's, a state's, a region's)."""


@dataclass
class Index:
    facts: list[Fact]
    resolved: Resolved
    ruleset: RuleSet
    contests: dict[str, Contest]
    by_kind: dict[Kind, list[Fact]]
    by_claim: dict[tuple[str, int], Fact] = field(default_factory=dict)
    _several_in_path: set[str] | None = field(default=None, repr=False)
    _all: FactList | None = field(default=None, repr=False)
    _of_kind: dict[Kind, FactList] = field(default_factory=dict, repr=False)
    _states: frozenset[str] | None = field(default=None, repr=False)

    def pool(self, f: Fact) -> tuple:
        """Whose figures a fact may be summed or compared with: `Fact.pool`, and only its own article's when its
        chamber is a state's own (two stories' "state Senate" may be two states')."""
        return (f.year, f.path) if self.state_chamber(f.claim.scope) else f.pool

    def state_chamber(self, scope: str | None) -> bool:
        """Whether a scope is a state's or province's own chamber (rules/chambers.toml `state = true`)."""
        if self._states is None:
            self._states = frozenset(c.id for c in self.ruleset.chambers if c.state)
        return scope is not None and scope.split("@", 1)[0] in self._states  # ("us-state-house@Texas")

    def current(self, kind: Kind) -> list[Fact]:
        """Facts of a kind that state this election's result."""
        return [f for f in self.by_kind.get(kind, []) if f.claim.modality == Modality.ACTUAL and f.claim.year is None]

    def all_in_path(self, path: str) -> list[Fact]:
        """Every fact of one article, through the index built once."""
        if self._all is None:
            self._all = FactList(self.facts)
        return self._all.in_path(path)

    def in_path(self, kind: Kind, path: str) -> list[Fact]:
        """Facts of a kind in one article, through an index built once: no check scans every fact per finding."""
        if kind not in self._of_kind:
            self._of_kind[kind] = FactList(self.by_kind.get(kind, []))
        return self._of_kind[kind].in_path(path)

    def several_seats(self, contest: Contest, path: str) -> bool:
        """A count for several seats: the copy says so of it, or of the article's only contest ("the four-seat
        Carrigmore constituency"), or marks two or more candidates elected ("| Kevin Shore | Labour | 2,297 |
        Elected |"; two lines of a list or table, not one sentence of "elected leader … to 3,377 for her rival")."""
        facts = contest.facts.in_path(path)
        if any(OF_ONE_SEAT_OF_SEVERAL.search(f.claim.sentence) for f in facts) or len(
                {f.claim.location.line for f in facts if f.kind == Kind.VOTES and ELECTED.search(f.claim.sentence)}) >= 2:
            return True
        if self._several_in_path is None:
            self._several_in_path = {f.path for f in self.facts if OF_ONE_SEAT_OF_SEVERAL.search(f.claim.sentence)
                                     and f.claim.modality != Modality.HISTORICAL}
            # (not "When the three-seat ward was last fought, in May 2022, …" in the story of its by-election)
        if path not in self._several_in_path:
            return False
        return len({f.contest for f in self.all_in_path(path) if f.contest}) == 1

    def contest_of(self, f: Fact) -> Contest | None:
        """The contest of a fact: its seat in its article's election."""
        return self.contests.get(contest_id(f)) if f.contest else None

    def candidate_of(self, f: Fact) -> Candidate | None:
        c = self.contest_of(f)
        if c is None or f.subject is None:
            return None
        return c.candidates.get(_candidate_key(f, c))

    def a_part_of_chamber(self, f: Fact) -> bool:
        """A size far below its chamber's ("FF win two of four seats", a state's "nine seats in the U.S. House", a
        region's "seven list seats"): a part's, never the chamber's, nor a size another article's figures are summed
        against."""
        size = self.chamber_size(f.claim.scope, f.year)[0]
        return f.claim.value is not None and size is not None and f.claim.value * PART_OF_CHAMBER < size

    def chamber_size(self, scope: str | None, year: int | None) -> tuple[int | None, str]:
        """Seats in the chamber (scope None or national) or in a region of it, for a year."""
        chamber = next((c for c in self.ruleset.chambers if c.id == scope), None)
        if chamber is not None:  # a chamber the claim maker resolved ("In the Senate", a Canadian story)
            size = chamber.size(year)
            if size is None:
                return None, ""
            return size.seats, f"the {size.seats} seats of the {chamber.name}" + (f" in {year}" if year else "")
        chamber = self.ruleset.default_chamber
        abroad = next((r.country for r in self.ruleset.regions if r.national and r.name == scope), None)
        if chamber is not None and abroad not in (None, chamber.country):
            # "Nationally, the NDA won 293 of the 543": that country's own chamber, not the default's
            chamber = next((c for c in self.ruleset.chambers if c.country == abroad and c.sizes and not c.state), None)
            if chamber is not None and (size := chamber.size(year)) is not None:
                return size.seats, f"the {size.seats} seats of the {chamber.name}" + (f" in {year}" if year else "")
            return None, ""
        if chamber is None:
            return None, ""
        size = chamber.size(year)
        if size is None:
            return None, ""
        national = {r.name for r in self.ruleset.regions if r.national and r.country == chamber.country}
        if scope is None or scope in national:
            return size.seats, f"the {size.seats} seats of the {chamber.name}" + (f" in {year}" if year else "")
        if scope in size.regions:
            return size.regions[scope], f"the {size.regions[scope]} seats in {scope}"
        return None, ""


def contest_id(f: Fact) -> str:
    """One seat in one election and one round of counting: the seat's 2019 and 2024 results in two articles are
    two contests, and so are its first preferences and its two-party-preferred count, or a first count and the
    recount declared."""
    key = f.contest if f.year is None else f"{f.contest}\x1f{f.year}"
    return key if f.claim.round is None else f"{key}\x1f{f.claim.round}"


def _candidate_key(f: Fact, contest: Contest) -> str:
    """A person is their name; a party's figure in a seat is its candidate's, if we know them."""
    if f.subject_kind == "party":
        same = [k for k, c in contest.candidates.items() if c.party == f.subject and not k.startswith("party:")]
        if len(same) == 1:
            return same[0]
        return f"party:{f.subject}"
    return f.subject or "?"


def build_index(resolved: Resolved, ruleset: RuleSet) -> Index:
    facts = resolved.facts
    by_kind: dict[Kind, list[Fact]] = defaultdict(list)
    for f in facts:
        by_kind[f.kind].append(f)
    contests: dict[str, Contest] = {}
    current = [f for f in facts if f.claim.modality == Modality.ACTUAL and f.claim.year is None and f.contest]
    # People first, so a party's figure can join its candidate.
    for f in sorted(current, key=lambda f: f.subject_kind != "person"):
        c = contests.setdefault(contest_id(f), Contest(f.contest))
        c.facts.append(f)
        if f.kind in (Kind.MAJORITY, Kind.MARGIN) and f.claim.unit != "seats" or f.kind == Kind.MAJORITY_SHARE:
            c.leads.append(f)  # "That gave the new MP a majority of 7,962": the seat's, whoever is named
        if f.subject is None or f.kind not in (Kind.VOTES, Kind.SHARE, Kind.MAJORITY, Kind.MARGIN, Kind.RANK,
                                               Kind.MAJORITY_SHARE):
            if f.kind in (Kind.VOTES_CAST, Kind.TURNOUT, Kind.ELECTORATE):
                c.totals.append(f)
            continue
        key = _candidate_key(f, c)
        cand = c.candidates.setdefault(key, Candidate(key, f.party if f.subject_kind == "person" else f.subject))
        if cand.party is None and f.party:
            cand.party = f.party
        if f.kind == Kind.VOTES:
            cand.votes.append(f)
        elif f.kind == Kind.SHARE:
            cand.shares.append(f)
        if f.claim.role:
            cand.roles[f.claim.role].append(f)
        if f.kind == Kind.RANK:
            role = {1: "winner", 2: "runner_up", 3: "third"}.get(int(f.claim.value or 0))
            if role:
                cand.roles[role].append(f)
    by_claim = {(f.path, f.claim.index): f for f in facts}
    return Index(facts=facts, resolved=resolved, ruleset=ruleset, contests=contests, by_kind=by_kind,
                 by_claim=by_claim)
