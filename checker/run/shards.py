"""Split the resolved facts into shards no check looks across: the group-by of the cross-document rules.

Every check type judges a figure against a few others: the same contest, the same fact
told elsewhere (`fact_key`), one election's seat totals, the figures a change statement
names. Each such relation is a blocking key here; facts that share a key, directly or
through others, are one shard. Running the shard-scoped checks shard by shard gives
exactly the outcomes of one run over the whole corpus (tests/test_shards.py holds this
on every corpus we have), and the shards are independent units of work: a Dask
cluster checks them in parallel, and a re-run need only re-check the shards an edited
article touches.

A check type that reads facts in a way not listed below must add its keys here, or be
marked `scope = "corpus"` (it is then run once over everything).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from ..checks.bounds import closes_column, seat_side
from ..checks.consistency import UNDATED_KINDS, fact_key, undated_key
from ..checks.shares import OTHERS_LINE, share_group
from ..checks.tiers import tier_group, tier_of
from ..checks.turnout import totals_group
from ..checks.winner import tells_of_rounds
from ..model import BESIDE_SEATS, OPEN_TOTAL_ROW, SPLIT_PART, Kind, Modality
from ..resolve import UNNAMED_RACE, Fact
from ..ruleset import Rule

Key = Hashable

SUM_MODALITIES = (Modality.ACTUAL, Modality.HISTORICAL, Modality.FORECAST)


def _sum_kinds(rules: Iterable[Rule]) -> frozenset[Kind]:
    """The kinds the seat-sum rules add up: only those facts join an election's sum group."""
    return frozenset(Kind(k) for r in rules if r.check == "sum-bound" for k in r.params.get("kinds", ()))


def _asks(f: Fact) -> list[Key]:
    """Keys of the other facts a check reads to judge this one, beyond its contest and `fact_key`."""
    c = f.claim
    out: list[Key] = []
    if f.kind == Kind.CHANGE and c.change is not None:
        ch = c.change
        # direction: the claims the statement names, else the subject's figures of that attribute
        out += [("claim", f.path, i) for i in (ch.from_claim, ch.to_claim) if i is not None]
        if ch.amount is None:
            out.append(("sentence", f.path, c.sentence))  # … and a size told beside it ("lost five seats, falling …")
        if f.subject is not None:
            for k in {ch.attribute} | ({Kind.MARGIN} if ch.attribute == Kind.MAJORITY else set()):
                # in its own contest (the contest key), or anywhere if it has none, or outside any contest
                out.append(("subject", f.subject, k) if f.contest is None else ("subject-unplaced", f.subject, k))
    if f.kind == Kind.SEAT_CHANGE:
        out.append(("sentence", f.path, c.sentence))  # direction: the seats before and after told beside a gain
    if f.kind == Kind.MAJORITY_SHARE:
        out.append(("sentence", f.path, c.sentence))  # points-difference: the pair of shares told before a lead
    if c.modality == Modality.THRESHOLD and f.kind == Kind.SEATS and c.gap is None:
        out.append(("article seats", f.path))  # majority-target: the one size the article gives the body
    if c.modality == Modality.THRESHOLD and f.subject is not None:
        # threshold: the seats in its sentence, else the subject's seats
        out += [("sentence", f.path, c.sentence), ("subject", f.subject, Kind.SEATS)]
        if c.value is None and c.gap is not None:
            out.append(("article seats", f.path))  # … and a distance to a majority: the article's sizes and targets
    if f.kind == Kind.MAJORITY and c.unit == "seats" and f.subject is not None:
        out.append(("subject", f.subject, Kind.SEATS))  # seat-majority: the party's seats
    if f.kind in (Kind.QUOTA, Kind.SURPLUS) or SPLIT_PART in c.evidence:
        out.append(("counted", f.path))  # quota: the article's valid poll and candidates' votes; split-sum: the votes
        # an excluded candidate had to pass on
    if f.kind == Kind.COMBINED_SEATS:
        out.append(("party seats", f.path))  # together: the article's party seat totals
    if f.kind == Kind.SEATS and f.subject_kind == "party":
        out.append(("line-up changes", f.path, c.sentence))  # sum-bound: gains and losses beside a line-up's seats
    if c.role == "winner" and f.kind in (Kind.VOTES, Kind.OUTCOME):
        out.append(("rounds", f.path))  # most-votes: any sentence of the article that tells of rounds
    return out


def keys_of(f: Fact, wanted: frozenset[Key], sum_kinds: frozenset[Kind], contests: frozenset[str],
            rounds: Callable[[str], bool] = tells_of_rounds) -> list[Key]:
    """The blocking keys of one fact: every group a check may read it in, or read others in. `rounds`:
    `tells_of_rounds`, or the same answers remembered (`rounds_memo`)."""
    c = f.claim
    out: list[Key] = _asks(f)
    if f.contest:
        out.append(("contest", f.contest))  # difference, bound, ratio, rank, implied-total, swing
    elif f.kind == Kind.OUTCOME and c.place and c.role == "winner":
        out.append(("contest", c.place))  # most-votes: a party's gain or hold in the seat, beside its counts
    if c.role == "winner" and f.subject is not None and f.kind in (Kind.OUTCOME, Kind.VOTES):
        # most-votes: the sentence that says who (or which party) won, beside the winner's votes
        out += [("won", f.path, x) for x in {f.subject, f.party} if x is not None]
    elif f.kind == Kind.VOTES and f.subject_kind == "person" and f.contest:
        out.append(("won", f.path, f.subject))  # … and a headline's "Calderon edges Lyle", no seat named, beside a
        # table's counts
    if f.kind in (Kind.MAJORITY, Kind.MARGIN) and c.unit != "seats" or f.kind == Kind.VOTES and c.role in (
            "winner", "runner_up"):
        out.append(("score", f.path, c.sentence))  # difference: a score and its difference in one sentence
    if (key := fact_key(f)) is not None:
        out.append(("agree", key))  # agreement
        if key[0] in UNDATED_KINDS and key[-1][0] is not None and not key[-1][1]:
            out.append(("agree", undated_key(key)))  # … and the same seat's figure in undated copy
    if seat_side(f) is not None and c.value is not None and f.kind in sum_kinds and c.modality in SUM_MODALITIES:
        out.append(sum_key(f, c.modality))  # sum-bound: one election's seat totals
    if f.kind == Kind.TOTAL_SEATS and (not c.column or tier_of(c.column) in ("constituency", "list") or closes_column(f)
                                       or OPEN_TOTAL_ROW in c.evidence):
        out += [sum_key(f, m) for m in SUM_MODALITIES]  # … and the size the copy gives (of the chamber, or a tier)
    if f.kind == Kind.SEATS and f.subject_kind == "party":
        out.append(("tiers", *tier_group(f)))  # tier-sum: a party's constituency, list and total seats
    if f.kind in (Kind.SEATS, Kind.TOTAL_SEATS) or f.kind == Kind.MAJORITY and c.unit == "seats":
        # control: a majority claimed against its sentence's size; seat-majority: the party of the sentence that
        # can have one
        out.append(("seat sentence", f.path, c.sentence))
    if f.kind in (Kind.SHARE, Kind.SHARE_CHANGE, Kind.SEATS, Kind.SEAT_CHANGE) and c.column:
        out.append(("table row", f.path, c.location.line))  # row-change: a row's shares (or seats) and their change
    if f.kind == Kind.SHARE:
        out.append(("shares", *share_group(f)))  # share-sum: one contest's or one election's shares
        if f.subject is None and (OTHERS_LINE.match(c.sentence) or c.column):
            # … and a list's "Others: 5.0%" line (or a table row of a party no list knows), whatever contest it was
            # told, beside the national shares above it
            out += [("shares", f.path, ("national", scope, p), f.year, c.round) for p in (c.paragraph - 1, c.paragraph)
                    for scope in {c.scope, None}]  # (a party named after a place, "Sustainable Australia", is scoped)
    if f.kind in (Kind.SHARE, Kind.VOTES) and f.contest is None and f.subject_kind == "party":
        out.append(("party list", f.path, c.paragraph))  # implied-total: a list of parties' votes and shares
    if f.kind in (Kind.TURNOUT, Kind.ELECTORATE, Kind.VOTES_CAST):
        out.append(("totals", *totals_group(f)))  # turnout: one count's turnout, electorate and ballots
    if f.kind == Kind.OUTCOME and c.outcome in ("gain", "hold", "incumbent"):
        out.append(("holders", f.path))  # previous-holder: the article's gains, holds and who held the seat before
    if f.kind == Kind.SWING and (f.contest not in contests or f.contest.startswith(UNNAMED_RACE)) \
            or f.kind == Kind.SHARE_CHANGE and f.contest is None \
            or f.kind == Kind.CHANGE and f.contest is None and c.change is not None and c.change.attribute == Kind.SHARE:
        out.append(("swing-pool", f.path))  # swing outside a known contest: the article's changes in share
    if not wanted:
        return out
    offered = [("claim", f.path, c.index), ("sentence", f.path, c.sentence)]
    if f.kind in (Kind.VOTES, Kind.VOTES_CAST, Kind.QUOTA, Kind.SURPLUS):
        offered.append(("counted", f.path))
    if f.kind == Kind.SEATS and f.subject_kind == "party":
        offered.append(("party seats", f.path))
    if f.kind in (Kind.SEATS, Kind.TOTAL_SEATS):
        offered.append(("article seats", f.path))
    if f.kind == Kind.SEAT_CHANGE and c.evidence[:1] == (BESIDE_SEATS,):
        offered.append(("line-up changes", f.path, c.sentence))
    if ("rounds", f.path) in wanted and rounds(c.sentence):
        offered.append(("rounds", f.path))
    if f.subject is not None:
        offered.append(("subject", f.subject, f.kind))
        if f.contest is None:
            offered.append(("subject-unplaced", f.subject, f.kind))
    return out + [k for k in offered if k in wanted]


def rounds_memo() -> Callable[[str], bool]:
    """`tells_of_rounds`, each sentence's answer kept for the caller's one grouping: the facts of a sentence
    ask the same two regular expressions, and one election's seat totals (15,000 facts, a re-check
    regroups them when a story is added, renamed or deleted) spent 0.3 s in them."""
    known: dict[str, bool] = {}

    def rounds(sentence: str) -> bool:
        got = known.get(sentence)
        if got is None:
            got = known[sentence] = tells_of_rounds(sentence)
        return got

    return rounds


def sum_key(f: Fact, modality: Modality) -> Key:
    """One election's seat totals; an article whose election or council cannot be told sums its own alone."""
    if modality == Modality.FORECAST:  # a forecast's seats add up within its own article's list
        return ("sum", f.claim.scope, modality, f.year, f.path)
    return ("sum", f.claim.scope, modality, *f.pool)


@dataclass(slots=True)
class Shard:
    facts: list[Fact]
    keys: set[Key] = field(default_factory=set)


def asks(facts: Iterable[Fact]) -> frozenset[Key]:
    """The keys these facts ask others for: the corpus's are every article's together."""
    return frozenset(k for f in facts for k in _asks(f))


def current_contests(facts: Iterable[Fact]) -> frozenset[str]:
    """The contests these facts give this election's result in (the contests the index will hold)."""
    return frozenset(f.contest for f in facts
                     if f.contest and f.claim.modality == Modality.ACTUAL and f.claim.year is None)


def keys_for(facts: Iterable[Fact], rules: Iterable[Rule], wanted: frozenset[Key],
             contests: frozenset[str]) -> set[Key]:
    """The blocking keys of these facts in a corpus that asks for `wanted` and has `contests`."""
    sum_kinds, rounds = _sum_kinds(rules), rounds_memo()
    return {k for f in facts for k in keys_of(f, wanted, sum_kinds, contests, rounds) or [("article", f.path)]}


def shards(facts: list[Fact], rules: Iterable[Rule], wanted: frozenset[Key] | None = None,
           contests: frozenset[str] | None = None) -> list[Shard]:
    """The facts in groups no shard-scoped check looks across, each in corpus order, the groups in
    order of their first fact. A fact no check relates to another is grouped with its article's.

    `wanted` and `contests` are the whole corpus's (`asks`, `current_contests`); given, `facts` may be
    part of a corpus, as when a re-run re-groups the facts near an edit."""
    wanted = asks(facts) if wanted is None else wanted
    contests = current_contests(facts) if contests is None else contests
    sum_kinds, rounds = _sum_kinds(rules), rounds_memo()
    ids: dict[Key, int] = {}
    parent: list[int] = []
    all_keys: list[list[Key]] = []

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    first: list[int] = []
    for f in facts:
        keys = keys_of(f, wanted, sum_kinds, contests, rounds) or [("article", f.path)]
        all_keys.append(keys)
        head = -1
        for key in keys:
            i = ids.get(key)
            if i is None:
                i = ids[key] = len(parent)
                parent.append(i)
            if head < 0:
                head = find(i)
            else:
                r = find(i)
                if r != head:
                    parent[r] = head
        first.append(head)
    groups: dict[int, Shard] = {}
    for f, i, keys in zip(facts, first, all_keys):
        root = find(i)
        shard = groups.get(root)
        if shard is None:
            shard = groups[root] = Shard([])
        shard.facts.append(f)
        shard.keys.update(keys)
    return list(groups.values())  # dicts keep insertion order: by each group's first fact
