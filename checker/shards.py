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

from collections import defaultdict
from collections.abc import Hashable, Iterable

from .checks.consistency import fact_key
from .model import Kind, Modality
from .resolve import Fact
from .ruleset import Rule

Key = Hashable

SUM_MODALITIES = (Modality.ACTUAL, Modality.HISTORICAL)


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
        if f.subject is not None:
            for k in {ch.attribute} | ({Kind.MARGIN} if ch.attribute == Kind.MAJORITY else set()):
                # in its own contest (the contest key), or anywhere if it has none, or outside any contest
                out.append(("subject", f.subject, k) if f.contest is None else ("subject-unplaced", f.subject, k))
    if c.modality == Modality.THRESHOLD and f.subject is not None:
        # threshold: the seats in its sentence, else the subject's seats
        out += [("sentence", f.path, c.sentence), ("subject", f.subject, Kind.SEATS)]
    if f.kind == Kind.MAJORITY and c.unit == "seats" and f.subject is not None:
        out.append(("subject", f.subject, Kind.SEATS))  # seat-majority: the party's seats
    return out


def keys_of(f: Fact, wanted: set[Key], sum_kinds: frozenset[Kind], contests: set[str]) -> list[Key]:
    """The blocking keys of one fact: every group a check may read it in, or read others in."""
    c = f.claim
    out: list[Key] = _asks(f)
    if f.contest:
        out.append(("contest", f.contest))  # difference, bound, ratio, rank, implied-total, swing
    if (key := fact_key(f)) is not None:
        out.append(("agree", key))  # agreement
    if f.subject_kind == "party" and c.value is not None and f.kind in sum_kinds and c.modality in SUM_MODALITIES:
        out.append(("sum", c.scope, c.year, c.modality))  # sum-bound: one election's seat totals
    if f.kind == Kind.TOTAL_SEATS and not c.column:
        out += [("sum", c.scope, c.year, m) for m in SUM_MODALITIES]  # … and the size the copy gives
    if f.kind == Kind.SWING and f.contest not in contests or f.kind == Kind.SHARE_CHANGE and f.contest is None:
        out.append(("swing-pool", f.path))  # swing outside a known contest: the article's changes in share
    if not wanted:
        return out
    offered = [("claim", f.path, c.index), ("sentence", f.path, c.sentence)]
    if f.subject is not None:
        offered.append(("subject", f.subject, f.kind))
        if f.contest is None:
            offered.append(("subject-unplaced", f.subject, f.kind))
    return out + [k for k in offered if k in wanted]


def shards(facts: list[Fact], rules: Iterable[Rule]) -> list[list[Fact]]:
    """The facts in groups no shard-scoped check looks across, each in corpus order, the groups in
    order of their first fact. A fact no check relates to another is grouped with its article's."""
    wanted = {k for f in facts for k in _asks(f)}
    sum_kinds = _sum_kinds(rules)
    contests = {f.contest for f in facts if f.contest and f.claim.modality == Modality.ACTUAL and f.claim.year is None}
    ids: dict[Key, int] = {}
    parent: list[int] = []

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    first: list[int] = []
    for f in facts:
        keys = keys_of(f, wanted, sum_kinds, contests) or [("article", f.path)]
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
    groups: dict[int, list[Fact]] = defaultdict(list)
    for f, i in zip(facts, first):
        groups[find(i)].append(f)
    return list(groups.values())  # dicts keep insertion order: by each group's first fact
