"""Re-check after an edit without re-reading the corpus: only the shards an edited article touches.

A full run leaves in the cache, beside the claims, what its checks knew: every article's
`DocContext` (what the rest of the corpus tells about its people) and a signature of what it
tells the rest; every shard's blocking keys, facts and outcomes; the outcomes of the
corpus-scoped rules. The next run compares the articles' digests with the last run's:

- none changed: the report is put together from the stored outcomes;
- a few changed, and each still tells the rest of the corpus exactly what it told before
  (the same names, parties and seats, the same malformed numbers, the same keys asked for
  and contests given results in): nothing outside those articles resolves differently, so
  their new facts are worked out with their stored contexts, the facts that changed give
  the blocking keys that changed, and only the shards holding those keys are re-grouped
  and re-checked, from their stored facts (one election's seat totals make a shard of
  15,000 facts from most articles of a big corpus: decoding its facts takes 0.1 s, working
  them out again from the articles' claims took 4 s); figures that only moved (a paragraph
  inserted above them) keep their outcomes, at their new places;
- anything else (an article added, removed or renamed; a name, party or seat changed; many
  articles changed; a state that does not decode): the full run, which stores a new state.

The result is the full run's (tests/test_incremental.py edits articles at random and
compares the two). Each step that cannot be sure says why (`Recheck.why`), for `-v`.
A re-check reads and rewrites the state in one write transaction: two runs take turns, and a
state another run rewrote since it was first read is not used.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path

from .engine import Mapper, RuleOutcomes, check_shards, corpus_outcomes, gather, shard_check
from .forked import ahead, forked_map
from ..model import Claim, Extraction, Finding, Location, Report
from ..report.jsonfmt import VerifiedTexts
from ..checks.spelling import exact_spellings
from ..resolve import (UNKNOWN, DocContext, Fact, Resolved, _facts, canonical_names, facts_of, names_in,
                       person_mentions, resolve)
from ..ruleset import Rule, RuleSet
from .census import (Census, PersonPicture, article_variants, build as build_census, counted,
                     from_bytes as census_from_bytes, to_bytes as census_to_bytes, view)
from .relations import CORPUS, Merged, Shown, shown as _shown, written
from .seal import Foreign, Seal
from .serial import DecodeError, state_from_bytes, state_to_bytes
from .shards import Key, Shard, _sum_kinds, asks, current_contests, keys_for, keys_of, rounds_memo, shards

CENSUS = ":census"
"""The census's row in the runs table: under the state's key and this suffix."""

MERGED_PARTS = ("index", "keys", "texts")
"""The stored merged relations' rows in the runs table (`StateStore.merged`), under the state's key and
":merged-" and each of these."""

MAX_CHANGED = (0.05, 20)
"""Above this share of the articles changed (or this many, if more), a full run is about as quick."""

PACKAGE = Path(__file__).resolve().parent.parent
"""checker/, all of whose code the stored checks depend on (this module is in checker/run/)."""

Load = Callable[[list[int], Iterator[None] | None], list[Extraction]]
"""The extractions of the articles at these positions of the corpus (from the claims cache, or
extracted now); the iterator is work to step through while waiting for an extraction, if any."""


def check_key(claims_key: str, rules: list[Rule]) -> str:
    """The stored state is only good for the same claims, rules selected and checker code."""
    h = hashlib.sha256(claims_key.encode())
    h.update(repr(sorted(r.id for r in rules)).encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        h.update(path.relative_to(PACKAGE).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


@dataclass(slots=True)
class DocState:
    digest: str
    context: DocContext
    signature: str
    asks: frozenset[Key]
    contests: frozenset[str]
    claims: int


@dataclass(slots=True)
class RunState:
    manifest: list[tuple[str, str]]
    """(path, digest) of every article, in corpus order."""
    wanted: frozenset[Key]
    contests: frozenset[str]
    corpus: RuleOutcomes
    claims: int
    next_shard: int
    keys: int = 0
    """Rows of the blocking-key table this state wrote: sealed here, so a row deleted or added is seen."""
    stale: frozenset[str] = frozenset()
    """Articles re-checked since the census was written (checker/run/census.py): its part of them is older."""
    merged: str = ""
    """The token the stored merged relations (checker/run/relations.py) are sealed with; "": none stored."""
    fresh: frozenset[int] = frozenset()
    """Shards written since the merged relations were: their relations are read from their rows."""


@dataclass(slots=True)
class Recheck:
    report: Report | None = None
    """None: run in full (and store the state)."""
    why: str = ""
    changed: int = 0
    shards: int = 0


def signature(ex: Extraction, placed: Iterable[tuple[str, str, object]]) -> str:
    """What an article tells the rest of the corpus, wherever in it: its mentions (names, parties,
    spellings), its malformed numbers, the seats it puts people in."""
    mentions = [(m.kind, m.text, m.name, m.via, m.confidence, m.party, m.gazetteer) for m in ex.mentions]
    malformed = [(text, why) for _, text, why in ex.malformed]
    return hashlib.sha256(repr((mentions, malformed, [(n, p) for n, p, _ in placed])).encode()).hexdigest()


def bkey(key: Key) -> str:
    return hashlib.sha1(repr(key).encode()).hexdigest()[:20]


class StateStore:
    """The run state's tables in the claims cache's database (see checker/run/cache.py)."""

    def __init__(self, db: sqlite3.Connection, transaction: Callable, key: str, seal: Seal) -> None:
        self.db, self.transaction, self.key, self.seal = db, transaction, key, seal
        self._read: bytes | None = None

    def run(self) -> RunState | None:
        """The stored state; Foreign if any row of it was not written by this user's runs (each blob is
        sealed with its row, each key row carries a tag, and the state counts the key rows)."""
        row = self.db.execute("SELECT blob FROM runs WHERE key = ?", (self.key,)).fetchone()
        self._read = row[0] if row else None
        if row is None:
            return None
        run = _decode(RunState, self.seal.open(f"run {self.key}", row[0]))
        if self._key_rows() != run.keys:
            raise Foreign("the stored blocking keys were changed")
        return run

    def _key_rows(self) -> int:
        return self.db.execute("SELECT count(*) FROM run_keys WHERE key = ?", (self.key,)).fetchone()[0]

    def unchanged(self) -> bool:
        """Whether the state is still the one `run()` read (no other run has written since)."""
        row = self.db.execute("SELECT blob FROM runs WHERE key = ?", (self.key,)).fetchone()
        return row is not None and row[0] == self._read

    def census(self) -> Census | None:
        """The corpus's picture of people that the last full run or re-check left (checker/run/census.py)."""
        row = self.db.execute("SELECT blob FROM runs WHERE key = ?", (self.key + CENSUS,)).fetchone()
        return None if row is None else census_from_bytes(self.seal.open(f"census {self.key}", row[0]))

    def docs(self, paths: list[str]) -> dict[str, DocState]:
        return {p: _decode(DocState, self.seal.open(f"doc {self.key} {p}", b))
                for p, b in self._where_in("path, blob FROM run_docs", "path", paths)}

    def shards_of(self, keys: list[str]) -> set[int]:
        out = set()
        for k, sid, tag in self._where_in("bkey, shard, tag FROM run_keys", "bkey", keys):
            if not hmac.compare_digest(tag, self._key_tag(k, sid)):
                raise Foreign("a stored blocking key was not written by this user's runs")
            out.add(sid)
        return out

    def _key_tag(self, k: str, sid: int) -> bytes:
        return self.seal.tag(f"bkey {self.key} {k} {sid}")

    def facts(self, shard_ids: set[int]) -> dict[int, list[Fact]]:
        """These shards' facts, each shard's in corpus order."""
        return {sid: state_from_bytes(self.seal.open(f"facts {self.key} {sid}", b))
                for sid, b in self._where_in("shard, facts FROM run_shards", "shard", sorted(shard_ids))}

    def _where_in(self, what: str, column: str, values: list) -> list[tuple]:
        """SELECT `what` for this state's rows whose `column` is one of `values` (in chunks: SQLite
        before 3.32 takes at most 999 parameters)."""
        rows: list[tuple] = []
        for i in range(0, len(values), 900):
            chunk = values[i:i + 900]
            rows += self.db.execute(f"SELECT {what} WHERE key = ? AND {column} IN ({','.join('?' * len(chunk))})",
                                    [self.key, *chunk]).fetchall()
        return rows

    def outcomes(self, verified: Verbose, run: RunState, have: dict[int, Held] | None = None) -> Outcomes:
        """Every shard's outcomes in shard order (verified relations only if asked for, as `Verbose` says);
        those in `have` as given there (checked in this run, or read ahead), the rest read now (`held_rows`)."""
        have = have or {}
        rows = self.db.execute("SELECT shard, verified_count FROM run_shards WHERE key = ? ORDER BY shard",
                               (self.key,)).fetchall()
        read = dict(self.held_rows(verified, run, [sid for sid, _ in rows if sid not in have]))
        out = Outcomes([], [], {}, 0)
        for sid, n in rows:
            got, m = have[sid] if sid in have else read[sid]
            for part in got:
                if type(part) is Shown:
                    out.shown.append((sid, part))
                else:
                    out.parts.append(part)
            if verified == JSON and not any(type(part) is Shown for part in got):
                out.merged[sid] = m
            out.count += m
        return out

    def held_rows(self, verified: Verbose, run: RunState, shard_ids: list[int]) -> list[tuple[int, Held]]:
        """`outcome_rows`; with `JSON`, a shard whose relations are among the stored merged ones (written
        before them: not in `run.fresh`) without its relations."""
        if verified != JSON or not run.merged:
            return self.outcome_rows(verified, shard_ids)
        return self.outcome_rows(False, [sid for sid in shard_ids if sid not in run.fresh]) + \
            self.outcome_rows(JSON, [sid for sid in shard_ids if sid in run.fresh])

    def outcome_rows(self, verified: Verbose, shard_ids: list[int]) -> list[tuple[int, Held]]:
        """These shards' outcomes as stored: findings, then verified relations if asked for (as `Verbose` says)."""
        column = {False: "NULL", True: "verified", JSON: "shown"}[verified]
        out = []
        for sid, findings, kept, n in self._where_in(f"shard, findings, {column}, verified_count FROM run_shards",
                                                     "shard", shard_ids):
            got: list[Part] = [state_from_bytes(self.seal.open(f"findings {self.key} {sid} {n}", findings))]
            if kept is not None:
                got.append(_shown(state_from_bytes(self.seal.open(f"shown {self.key} {sid}", kept))) if verified == JSON
                           else state_from_bytes(self.seal.open(f"verified {self.key} {sid}", kept)))
            out.append((sid, (got, n)))
        return out

    def merged(self, run: RunState) -> Merged | None:
        """The merged relations `run` names (checker/run/relations.py), or None if it names none."""
        if not run.merged:
            return None
        blobs = []
        for part in MERGED_PARTS:
            row = self.db.execute("SELECT rowid FROM runs WHERE key = ?", (f"{self.key}:merged-{part}",)).fetchone()
            if row is None:
                raise DecodeError("the stored merged relations are missing")
            # Read through SQLite's blob I/O: the texts' 45 MB in half the time a SELECT of them takes.
            with self.db.blobopen("runs", "blob", row[0], readonly=True) as blob:
                sealed = blob.read()
            blobs.append(self.seal.view(f"merged {part} {self.key} {run.merged}", sealed))
        return Merged.from_bytes(*blobs)

    def keep_merged(self, run: RunState, merged: Merged) -> None:
        """Within a transaction: these merged relations stored for `run` (every shard's as its row has them
        now), and `run` with their token and no shard written since."""
        self._write_merged(run, merged)
        self.db.execute("INSERT OR REPLACE INTO runs (key, blob) VALUES (?, ?)",
                        (self.key, self.seal.close(f"run {self.key}", _encode(run))))

    def _write_merged(self, run: RunState, merged: Merged) -> None:
        token = secrets.token_hex(8)
        self.db.executemany("INSERT OR REPLACE INTO runs (key, blob) VALUES (?, ?)",
                            [(f"{self.key}:merged-{part}", self.seal.close(f"merged {part} {self.key} {token}", blob))
                             for part, blob in zip(MERGED_PARTS, merged.to_bytes(), strict=True)])
        run.merged, run.fresh = token, frozenset()

    def shard_ids(self) -> list[int]:
        return [sid for (sid,) in self.db.execute("SELECT shard FROM run_shards WHERE key = ? ORDER BY shard",
                                                  (self.key,))]

    def shard_outcomes(self, shard_ids: set[int]) -> list[tuple[int, RuleOutcomes]]:
        """These shards' outcomes, findings and verified relations together."""
        out = []
        for sid in sorted(shard_ids):
            row = self.db.execute("SELECT findings, verified, verified_count FROM run_shards WHERE key = ? AND "
                                  "shard = ?", (self.key, sid)).fetchone()
            if row is not None:
                findings = state_from_bytes(self.seal.open(f"findings {self.key} {sid} {row[2]}", row[0]))
                verified = state_from_bytes(self.seal.open(f"verified {self.key} {sid}", row[1]))
                out.append((sid, {r: findings.get(r, []) + verified.get(r, []) for r in findings.keys() | verified.keys()}))
        return out

    def save(self, run: RunState, docs: dict[str, bytes], new: list[tuple[int, set[Key], ShardRow]],
             dropped: set[int], replace_all: bool, census: bytes | None = None, merged: Merged | None = None) -> None:
        with self.transaction():
            self.write(run, docs, new, dropped, replace_all, census=census, merged=merged)

    def write(self, run: RunState, docs: dict[str, bytes], new: list[tuple[int, set[Key], ShardRow]],
              dropped: set[int], replace_all: bool, updated: dict[int, ShardRow] | None = None,
              census: bytes | None = None, gone: Iterable[str] = (), merged: Merged | None = None) -> None:
        """Within a transaction: the new state, in place of the shards dropped (or of everything).
        `docs`: the articles' states that changed, encoded (`_encode`); `new`: each new shard's id, keys
        (none if `add_keys` wrote them already) and row; `updated`: the new rows of shards that keep their keys (checked again, or whose figures
        only moved); `merged`: every shard's verified relations merged (checker/run/relations.py), if they
        are to be stored (else the shards written here are marked `fresh`)."""
        db = self.db
        if replace_all:
            for table in ("runs", "run_docs", "run_shards", "run_keys"):
                db.execute(f"DELETE FROM {table}")  # one state at a time: the last run's
            run.merged, run.fresh = "", frozenset()
        else:
            self.drop(dropped)
        run.fresh = (run.fresh - set(dropped)) | {sid for sid, _, _ in new} | set(updated or ())
        if merged is not None:
            self._write_merged(run, merged)
        db.executemany("DELETE FROM run_docs WHERE key = ? AND path = ?", [(self.key, p) for p in gone])
        if census is not None:
            db.execute("INSERT OR REPLACE INTO runs (key, blob) VALUES (?, ?)",
                       (self.key + CENSUS, self.seal.close(f"census {self.key}", census)))
        db.executemany("INSERT OR REPLACE INTO run_docs (key, path, blob) VALUES (?, ?, ?)",
                       [(self.key, p, self.seal.close(f"doc {self.key} {p}", blob)) for p, blob in docs.items()])
        db.executemany("INSERT INTO run_shards (key, shard, facts, findings, verified, verified_count, shown) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", [(self.key, sid, *self._sealed(sid, row)) for sid, _, row in new])
        db.executemany("UPDATE run_shards SET facts = ?, findings = ?, verified = ?, verified_count = ?, shown = ? "
                       "WHERE key = ? AND shard = ?",
                       [(*self._sealed(sid, row), self.key, sid) for sid, row in (updated or {}).items()])
        self.add_keys((sid, keys) for sid, keys, _ in new)
        run.keys = self._key_rows()
        db.execute("INSERT OR REPLACE INTO runs (key, blob) VALUES (?, ?)",
                   (self.key, self.seal.close(f"run {self.key}", _encode(run))))

    def drop(self, dropped: Iterable[int]) -> None:
        """Within a transaction: these shards' rows and blocking keys gone."""
        for table in ("run_shards", "run_keys"):
            self.db.executemany(f"DELETE FROM {table} WHERE key = ? AND shard = ?", [(self.key, s) for s in dropped])

    def add_keys(self, new: Iterable[tuple[int, set[Key]]]) -> None:
        """Within a transaction: each new shard's blocking keys, tagged."""
        self.db.executemany("INSERT OR REPLACE INTO run_keys (key, bkey, shard, tag) VALUES (?, ?, ?, ?)",
                            [(self.key, b, sid, self._key_tag(b, sid)) for sid, keys in new for b in map(bkey, keys)])

    def regroup(self, dropped: set[int], regrouped: Iterable[set[Key]], next_id: int) -> list[int]:
        """Within a transaction: the dropped shards' rows gone, the regrouped shards' keys written, and the
        regrouped shards' ids. Each takes the id of the dropped shard it shares most keys with, if no larger
        one took it, so that the keys stored under that id stay as they are (one election's seat totals
        have thousands: tagging and writing them all again took 0.5 s); the others get new ids from
        `next_id`. A kept row's tag is checked, as every row's, when it is read."""
        old: dict[str, int] = dict(self._where_in("bkey, shard FROM run_keys", "shard", sorted(dropped)))
        new = [{bkey(k) for k in keys} for keys in regrouped]
        ids = [-1] * len(new)
        taken: set[int] = set()
        for i in sorted(range(len(new)), key=lambda i: (-len(new[i]), i)):
            shared = Counter(old[b] for b in new[i] if b in old)
            best = min((sid for sid in shared if sid not in taken), key=lambda sid: (-shared[sid], sid), default=None)
            if best is not None:
                ids[i] = best
                taken.add(best)
        for i, sid in enumerate(ids):
            if sid < 0:
                ids[i], next_id = next_id, next_id + 1
        now = {b: sid for keys, sid in zip(new, ids) for b in keys}
        self.db.executemany("DELETE FROM run_shards WHERE key = ? AND shard = ?", [(self.key, s) for s in dropped])
        self.db.executemany("DELETE FROM run_keys WHERE key = ? AND bkey = ?", [(self.key, b) for b in old if b not in now])
        self.db.executemany("INSERT OR REPLACE INTO run_keys (key, bkey, shard, tag) VALUES (?, ?, ?, ?)",
                            [(self.key, b, sid, self._key_tag(b, sid)) for b, sid in now.items() if old.get(b) != sid])
        return ids

    def _sealed(self, sid: int, row: ShardRow) -> ShardRow:
        facts, findings, verified, n, shown = row
        return (self.seal.close(f"facts {self.key} {sid}", facts), self.seal.close(f"findings {self.key} {sid} {n}",
                findings), self.seal.close(f"verified {self.key} {sid}", verified), n,
                self.seal.close(f"shown {self.key} {sid}", shown))


JSON = "json"
Verbose = bool | str
"""Which verified relations a re-check reads: none (False), as objects (True), or as the JSON report
writes them (`JSON`: when that report is all the run writes)."""


Part = RuleOutcomes | Shown
"""A part of the report: outcomes, or verified relations written out."""

Held = tuple[list[Part], int]
"""A shard's outcomes as the report takes them (findings, and verified relations if asked for), and how
many verified relations it has."""


def held(outcomes: RuleOutcomes, row: ShardRow, verified: Verbose) -> Held:
    """Outcomes checked in this run, as the report takes them; `row`: as stored."""
    if verified == JSON:
        return [_split(outcomes)[0], _shown(state_from_bytes(row[4]))], row[3]
    return [outcomes if verified else _split(outcomes)[0]], row[3]


def held_row(row: ShardRow, verified: Verbose) -> Held:
    """A shard's outcomes, as the report takes them, from its row as stored (not sealed)."""
    got: list[Part] = [state_from_bytes(row[1])]
    if verified:
        got.append(_shown(state_from_bytes(row[4])) if verified == JSON else state_from_bytes(row[2]))
    return got, row[3]


ShardRow = tuple[bytes, bytes, bytes, int, bytes]
"""A shard as the store keeps it: its facts, findings and verified relations encoded (checker/run/serial.py),
how many verified, and the verified relations as the JSON report writes them (`Shown`). A plain tuple,
so a forked child can send it back in the state codec."""


def shard_row(facts: list[Fact], outcomes: RuleOutcomes) -> ShardRow:
    return _encoded(facts, *_split(outcomes))


def _encoded(facts: list[Fact], findings: RuleOutcomes, verified: RuleOutcomes) -> ShardRow:
    return (state_to_bytes(facts), *_encoded_outcomes(findings, verified))


def _encoded_outcomes(findings: RuleOutcomes, verified: RuleOutcomes) -> tuple[bytes, bytes, int, bytes]:
    """A `ShardRow` but its facts."""
    return (state_to_bytes(findings), state_to_bytes(verified), sum(map(len, verified.values())),
            state_to_bytes(written(verified)))


def report_of(rules: list[Rule], corpus: RuleOutcomes, parts: list[Part], files: int, claims: int,
              verified: Verbose, count: int, shards: Merged | None = None) -> Report:
    """`gather` of the corpus-scoped rules' outcomes and the shards' (`store.outcomes`); with `JSON`, the
    verified relations are `shards` (every shard's, merged: `merged_relations`) with the corpus-scoped
    rules' inserted: what `gather` gives, written out (ties keep the order of the parts, as its stable
    sort does)."""
    if verified != JSON:
        return gather(rules, [corpus, *parts], files=files, claims=claims, problems=[],
                      verified_count=None if verified else count)
    if shards is None:
        raise ValueError("a JSON re-check's report needs its shards' relations merged")
    findings, corpus_verified = _split(corpus)
    every = shards.plus([(CORPUS, _shown(written(corpus_verified)))])
    report = gather(rules, [findings, *parts], files=files, claims=claims, problems=[], verified_count=len(every))
    # Runs of relations joined as the report joins them: all of them in one piece when none changed.
    report.verified = VerifiedTexts(every.pieces())
    return report


@dataclass(slots=True)
class Outcomes:
    """Every shard's outcomes as a re-check's report takes them (`StateStore.outcomes`)."""

    parts: list[Part]
    """Findings (and verified relations as objects, if asked for), shard by shard."""
    shown: list[tuple[int, Shown]]
    """With `JSON`: the verified relations of the shards not among the stored merged ones, by shard id."""
    merged: dict[int, int]
    """With `JSON`: the shards whose verified relations are taken from the stored merged ones, and how many."""
    count: int
    """Verified relations in all."""


REMERGE = (0.25, 100)
"""The stored merged relations are written again when more than this share of the relations (or more
than this many shards) come from shards written since: inserting them costs more each run."""


def merged_relations(stored: Merged | None, got: Outcomes) -> tuple[Merged, bool]:
    """Every shard's verified relations in the report's order: the stored merged ones of the shards still
    as they were (each as many as its row says, or DecodeError), with the others' inserted; and whether
    to store the result in their place (`REMERGE`)."""
    if stored is None:
        if got.merged:
            raise DecodeError("the stored merged relations are missing")
        return Merged.of(got.shown), True
    counts = stored.counts()
    if any(counts.get(sid, 0) != n for sid, n in got.merged.items()):
        raise DecodeError("the stored merged relations are not the shards'")
    out = stored.replaced(set(got.merged), got.shown)
    inserted = sum(p[0] for _, p in got.shown)
    return out, inserted > REMERGE[0] * len(out) or len(got.shown) > REMERGE[1]


def _split(outcomes: RuleOutcomes) -> tuple[RuleOutcomes, RuleOutcomes]:
    """Findings apart from verified relations: a report without --verbose never reads the latter."""
    return ({r: [o for o in os if isinstance(o, Finding)] for r, os in outcomes.items()},
            {r: [o for o in os if not isinstance(o, Finding)] for r, os in outcomes.items()})


def _encode(value: RunState | DocState) -> bytes:
    """As a tuple of its fields: the state codec builds only the model's classes."""
    return state_to_bytes(tuple(getattr(value, f.name) for f in fields(value)))


def _decode(cls: type, blob: bytes):
    values = state_from_bytes(blob)
    if type(values) is not tuple or len(values) != len(fields(cls)):
        raise DecodeError(f"a stored {cls.__name__} has the wrong shape")
    return cls(*values)


def check_and_store(store: StateStore | None, extractions: list[Extraction], digests: list[str],
                    ruleset: RuleSet, rules: list[Rule], jobs: int = 1, verified: bool = True,
                    mapper: Mapper | None = None, sharded: bool = True) -> Report:
    """The full run; with a store, its state is kept for the next run to re-check from. The shards are
    checked, and encoded for the store, by `mapper` (a Dask cluster's) or up to `jobs` processes
    (checker/run/forked.py). `verified=False`: the verified relations are counted, not kept in the report.
    `sharded=False`: one shard of every fact (engine.run_checks)."""
    readable = [e for e in extractions if e.problem is None]
    resolved = resolve(readable)
    keep = store is not None and len(readable) == len(extractions)
    if not keep:  # only the store's articles' states read these: 60 MB for 40,000 short stories
        resolved.contexts, resolved.placed = {}, {}
    claims = sum(len(e.claims) for e in readable)
    # The articles' states for the store are worked out by a child meanwhile, if there are jobs to spare.
    with ahead(partial(_doc_rows, resolved, digests), jobs if keep else 1, len(resolved.facts)) as docs:
        parts = shards(resolved.facts, rules) if sharded else [Shard(resolved.facts)]
        run = partial(_checked, check=shard_check(ruleset, rules), encode=keep, keep_verified=verified)
        facts = [p.facts for p in parts]
        checked = list(mapper(run, facts)) if mapper is not None else forked_map(run, facts, jobs)
        corpus = corpus_outcomes(resolved, ruleset, rules)
        report = gather(rules, [corpus] + [o for o, _, _ in checked], files=len(extractions), claims=claims,
                        problems=[(e.path, e.problem) for e in extractions if e.problem is not None],
                        verified_count=None if verified else sum(n for _, n, _ in checked), keep_verified=verified)
        if keep:
            rows, wanted, contests, census = docs.result()
            run = RunState([(ex.path, d) for ex, d in zip(resolved.extractions, digests)], wanted, contests, corpus,
                           claims, len(parts))
            try:
                new = [(i, shard.keys, row) for i, (shard, (_, _, row)) in enumerate(zip(parts, checked, strict=True))]
                store.save(run, rows, new, dropped=set(), replace_all=True, census=census,
                           merged=_all_merged((sid, row) for sid, _, row in new))
            except sqlite3.Error:
                pass  # the report stands; the next run checks everything again
    return report


def _all_merged(rows: Iterable[tuple[int, ShardRow]]) -> Merged | None:
    """Every shard's verified relations merged into the report's order (checker/run/relations.py), for the
    store; None if a shard's cannot be written as the JSON report writes them (a JSON re-check then
    merges them from the shards' rows)."""
    try:
        return Merged.of((sid, _shown(state_from_bytes(row[4]))) for sid, row in rows)
    except DecodeError:
        return None


def _checked(facts: list[Fact], check: Callable[[list[Fact]], RuleOutcomes], encode: bool,
             keep_verified: bool) -> tuple[RuleOutcomes, int, ShardRow | None]:
    """One shard's outcomes for the report (its findings alone unless `keep_verified`), how many verified
    relations it has, and its row for the store if `encode`."""
    outcomes = check(facts)
    findings, verified = _split(outcomes)
    row = _encoded(facts, findings, verified) if encode else None
    return (outcomes if keep_verified else findings), sum(map(len, verified.values())), row


def _doc_rows(resolved: Resolved, digests: list[str]) -> tuple[dict[str, bytes], frozenset[Key], frozenset[str], bytes]:
    """Every article's state encoded for the store, with the keys the corpus asks for, the contests it
    gives results in, and its census (checker/run/census.py) encoded."""
    by_path: dict[str, list[Fact]] = {ex.path: [] for ex in resolved.extractions}
    for f in resolved.facts:
        by_path[f.path].append(f)
    rows, contests = {}, {}
    for ex, digest in zip(resolved.extractions, digests):
        facts = by_path[ex.path]
        contests[ex.path] = current_contests(facts)
        rows[ex.path] = _encode(DocState(digest, resolved.contexts[ex.path], signature(ex, resolved.placed[ex.path]),
                                         asks(facts), contests[ex.path], len(ex.claims)))
    return (rows, asks(resolved.facts), current_contests(resolved.facts),
            census_to_bytes(build_census(resolved, contests)))


Digests = Callable[[list[str]], dict[str, Extraction]]
"""The cached extractions of these digests (absent if not cached)."""


def recheck(store: StateStore, paths: list[str], digests: list[str], cached: Digests, load: Load,
            ruleset: RuleSet, rules: list[Rule], verified: Verbose, jobs: int = 1,
            idle: Callable[[], None] | None = None) -> Recheck:
    """The report from the last run's state and the articles that changed since, or why not.

    `cached` must still find the changed articles' claims as they were (call this before the new
    claims replace them); `load` gives the claims of articles at positions of the corpus. `idle` is
    called as soon as it is known that no article needs extracting (the standby process can stop:
    on a shared machine its start-up slows the rest of the run)."""
    try:
        return _recheck(store, paths, digests, cached, load, ruleset, rules, verified, jobs, idle)
    except Foreign as e:
        return Recheck(why=f"the stored checks were not written by this user's runs ({e}); they are replaced")
    except DecodeError as e:
        return Recheck(why=f"the stored state did not decode ({e})")
    except sqlite3.Error as e:
        return Recheck(why=f"the stored state could not be read ({e})")


def _recheck(store: StateStore, paths: list[str], digests: list[str], cached: Digests, load: Load,
             ruleset: RuleSet, rules: list[Rule], verified: Verbose, jobs: int = 1,
             idle: Callable[[], None] | None = None) -> Recheck:
    run = store.run()
    if run is None:
        return Recheck(why="no earlier run with these rules and this checker")
    was = dict(run.manifest)
    now = set(paths)
    gone = [p for p, _ in run.manifest if p not in now]
    changed = [i for i, (p, d) in enumerate(zip(paths, digests)) if was.get(p) != d]
    if len(changed) + len(gone) > max(MAX_CHANGED[0] * len(paths), MAX_CHANGED[1]):
        return Recheck(why=f"{len(changed) + len(gone)} of {len(paths)} articles changed, added or removed")
    if not changed and idle is not None:
        idle()
    # The changed articles' claims as they were, then as they are (extracted now and cached, which
    # writes): before the state is locked, as extraction can take a while.
    before = cached([was[p] for p in gone] + [was[paths[i]] for i in changed if paths[i] in was])
    early = Prefetch(store, run, [paths[i] for i in changed if paths[i] in was] + gone, before, rules, verified)
    news = load(changed, early.steps()) if changed else []
    fresh = 0
    have: dict[int, Held] = {}  # outcomes of shards checked here, and of those read ahead and not changed
    with store.transaction():  # one run at a time reads and rewrites the state; what it reads is one state
        if not store.unchanged():
            return Recheck(why="another run changed the stored checks meanwhile")
        if gone or len(run.manifest) != len(paths):
            return _reach(store, run, paths, digests, cached, before, dict(zip((paths[i] for i in changed), news)),
                          ruleset, rules, verified, len(changed), early, jobs)
        if changed:
            olds = early.olds if early.olds is not None else store.docs([paths[i] for i in changed])
            got = _changes(run, olds, before, news, [digests[i] for i in changed], rules)
            if isinstance(got, str):  # the edits reach beyond their articles
                return _reach(store, run, paths, digests, cached, before,
                              dict(zip((paths[i] for i in changed), news)), ruleset, rules, verified, len(changed),
                              early, jobs)
            dropped = store.shards_of(sorted({bkey(k) for k in got.dirty}))
            new_shards = []
            updated: dict[int, ShardRow] = {}
            if got.same_shape:
                # Only figures changed, each keeping its keys: every dropped shard keeps its keys and its
                # place, with the edited articles' facts as they are now (a corrected figure: the usual edit).
                now = [f for facts in got.facts.values() for f in facts]
                stored = early.facts(dropped)
                again = [(sid, Shard(_renewed(stored[sid], now))) for sid in sorted(dropped)]
                checked = check_shards([shard for _, shard in again], ruleset, rules)
                updated = {sid: shard_row(shard.facts, outcomes) for (sid, _), (shard, outcomes) in zip(again, checked)}
                have |= {sid: held(outcomes, updated[sid], verified) for (sid, _), (_, outcomes) in zip(again, checked)}
                fresh, dropped = len(updated), set()
            else:
                regrouped = _regroup(early.facts(dropped), got.facts, paths, run, rules)
                dirty_ids = {bkey(k) for k in got.dirty}
                complete = [s for s in regrouped
                            if store.shards_of(sorted({bkey(k) for k in s.keys} - dirty_ids)) <= dropped]
                for shard, outcomes in check_shards(complete, ruleset, rules):
                    new_shards.append((run.next_shard, shard.keys, row := shard_row(shard.facts, outcomes)))
                    have[run.next_shard] = held(outcomes, row, verified)
                    run.next_shard += 1
                fresh = len(new_shards)
            moved = store.shards_of(sorted({bkey(k) for k in keys_for(got.moved, rules, run.wanted, run.contests)}))
            stored = store.facts(moved - dropped - updated.keys())
            for sid, outcomes in store.shard_outcomes(moved - dropped - updated.keys()):
                updated[sid] = shard_row(_renewed(stored[sid], got.moved), moved_outcomes := relocate(outcomes, got.moves))
                have[sid] = held(moved_outcomes, updated[sid], verified)
            have |= early.held(dropped | updated.keys() | have.keys())
            run.corpus = relocate(run.corpus, got.moves)
            for i in changed:
                run.manifest[i] = (paths[i], digests[i])
            run.stale |= {paths[i] for i in changed}
            run.claims += sum(d.claims for d in got.docs.values()) - sum(olds[p].claims for p in got.docs)
            store.write(run, {p: _encode(d) for p, d in got.docs.items()}, new_shards, dropped, replace_all=False,
                        updated=updated)
        else:
            have = early.outcomes
        got_outcomes = store.outcomes(verified, run, have)
        merged = _merged(store, run, early, got_outcomes)
    report = report_of(rules, run.corpus, got_outcomes.parts, len(paths), run.claims, verified, got_outcomes.count,
                       merged)
    return Recheck(report, changed=len(changed), shards=fresh)


def _merged(store: StateStore, run: RunState, early: Prefetch, got: Outcomes) -> Merged | None:
    """With `JSON`, within the state's transaction: every shard's verified relations merged
    (`merged_relations`), stored again if they are due to be; else None."""
    if early.verified != JSON:
        return None
    merged, again = merged_relations(early.merged if early.merged_read else store.merged(run), got)
    if again:
        store.keep_merged(run, merged)
    return merged


class Prefetch:
    """What a re-check will most likely read, read while the edited articles are extracted.

    The edited articles' stored states, and the facts of the shards their figures were in (a
    corrected seat total's shard holds 15,000 facts: 0.1 s to decode). The standby process
    takes about as long to get ready as the parent takes to get here, so the parent steps
    through this until the standby answers (checker/run/standby.py). What is read outside the
    state's transaction is used only if the state is the one read at the start (the
    transaction checks that first); anything not read here is read when needed."""

    def __init__(self, store: StateStore, run: RunState, paths: list[str], before: dict[str, Extraction],
                 rules: list[Rule], verified: Verbose) -> None:
        self.store, self.run, self.paths, self.before, self.rules = store, run, paths, before, rules
        self.verified = verified
        self.olds: dict[str, DocState] | None = None
        self._facts: dict[int, list[Fact]] = {}
        self.outcomes: dict[int, Held] = {}
        """Shards' outcomes read ahead: the report needs every shard's but the few re-checked."""
        self.merged: Merged | None = None
        self.merged_read = False
        """With `JSON`: whether the stored merged relations were read ahead (`merged`; None if none are stored)."""

    def steps(self) -> Iterator[None]:
        """One shard at a time, so the waiting stops soon after the answer comes."""
        self.olds = olds = self.store.docs(self.paths)
        yield
        facts = [f for old in olds.values() if old.digest in self.before
                 for f in facts_of(self.before[old.digest], old.context)[0]]
        keys = keys_for(facts, self.rules, self.run.wanted, self.run.contests)
        for sid in sorted(self.store.shards_of(sorted({bkey(k) for k in keys}))):
            self._facts.update(self.store.facts({sid}))
            yield
        ids = self.store.shard_ids()
        if self.verified == JSON:
            self.merged, self.merged_read = self.store.merged(self.run), True
            yield
        for at in range(0, len(ids), 50):
            self.outcomes.update(self.store.held_rows(self.verified, self.run, ids[at:at + 50]))
            yield

    def held(self, changed: Iterable[int]) -> dict[int, Held]:
        """The outcomes read ahead of the shards not in `changed`."""
        changed = set(changed)
        return {sid: got for sid, got in self.outcomes.items() if sid not in changed}

    def facts(self, shard_ids: set[int]) -> dict[int, list[Fact]]:
        """These shards' stored facts: read ahead, or read now."""
        out = {sid: self._facts[sid] for sid in shard_ids if sid in self._facts}
        return out | self.store.facts(shard_ids - out.keys())


def _changes(run: RunState, olds: dict[str, DocState], before: dict[str, Extraction], news: list[Extraction],
             digests: list[str], rules: list[Rule]) -> Changes | str:
    """What the edits changed, or why they reach beyond the edited articles."""
    out = Changes()
    for ex, digest in zip(news, digests):
        old = olds.get(ex.path)
        if old is None or old.digest not in before:
            return f"the claims {ex.path} had are no longer cached"
        if ex.problem is not None:
            return f"{ex.path} cannot be read now"
        ctx = old.context
        if not names_in(ex) <= ctx.names.keys():
            return f"{ex.path} names someone it did not"
        facts, placed = facts_of(ex, ctx)
        state = DocState(digest, ctx, signature(ex, placed), asks(facts), current_contests(facts), len(ex.claims))
        if state.signature != old.signature:
            return f"{ex.path} changed what it says about people, parties or seats"
        if state.asks != old.asks or state.contests != old.contests:
            return f"{ex.path} changed which figures its checks read in other articles"
        was = before[old.digest]
        earlier = facts_of(was, ctx)[0]
        roaming = set(ctx.roaming)
        if roaming and [_unplaced(f) for f in earlier if f.subject in roaming] != \
                [_unplaced(f) for f in facts if f.subject in roaming]:
            return f"{ex.path} changed the figures of someone named in several seats"
        changed: list[Fact] = []
        for a, b in _pairs(earlier, facts, _unplaced):
            if a is None or b is None or _unplaced(a) != _unplaced(b):
                changed += [f for f in (a, b) if f is not None]
                out.same_shape &= a is not None and b is not None and a.claim.index == b.claim.index and \
                    keys_for([a], rules, run.wanted, run.contests) == keys_for([b], rules, run.wanted, run.contests)
            elif a.claim.location != b.claim.location:
                out.moved.append(b)  # the same figure, only further up or down the article
        out.dirty |= keys_for(changed, rules, run.wanted, run.contests)
        out.moves.update(_moves(was, ex))
        out.docs[ex.path] = state
        out.facts[ex.path] = facts
    return out


@dataclass(slots=True)
class Changes:
    dirty: set[Key] = field(default_factory=set)
    """The blocking keys of every fact that changed (as it was and as it is)."""
    moved: list[Fact] = field(default_factory=list)
    """Facts that only moved: their shards' outcomes stand, at the new places."""
    moves: dict[Location, Location] = field(default_factory=dict)
    docs: dict[str, DocState] = field(default_factory=dict)
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    same_shape: bool = True
    """Every fact that changed kept its claim's place in the article and its blocking keys: the shards
    keep theirs, and the dropped ones need only their facts replaced, not regrouping."""


NOWHERE = Location("", 0, 0, 0, 0, 0, 0)


def _unplaced(f: Fact) -> Fact:
    """The fact without where it stands in its article: what an edit above it does not change."""
    return replace(f, claim=_unplaced_claim(f.claim))


def _unplaced_claim(c: Claim) -> Claim:
    return replace(c, location=NOWHERE, paragraph=0)


def _pairs(old: list, new: list, same: Callable) -> list[tuple]:
    """Old and new items side by side: position by position if as many, else the common head and
    tail (an edit changes the middle), the rest unpaired."""
    if len(old) == len(new):
        return list(zip(old, new))
    head = 0
    while head < min(len(old), len(new)) and same(old[head]) == same(new[head]):
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and same(old[-1 - tail]) == same(new[-1 - tail]):
        tail += 1
    middle = [(a, None) for a in old[head:len(old) - tail]] + [(None, b) for b in new[head:len(new) - tail]]
    return list(zip(old[:head], new[:head])) + middle + list(zip(old[len(old) - tail:], new[len(new) - tail:]))


def _moves(old: Extraction, new: Extraction) -> dict[Location, Location]:
    """Where each mention, figure and malformed number of an article now stands, if it moved."""
    out: dict[Location, Location] = {}
    pairs = [(a.location, b.location) for a, b in zip(old.mentions, new.mentions)]
    pairs += [(a.location, b.location) for a, b in _pairs(list(old.claims), list(new.claims),
                                                             _unplaced_claim)
              if a is not None and b is not None]
    pairs += [(a[0], b[0]) for a, b in zip(old.malformed, new.malformed)]
    for a, b in pairs:
        if a is not None and b is not None and a != b:
            out[a] = b
    return out


def relocate(parts: RuleOutcomes, moves: dict[Location, Location]) -> RuleOutcomes:
    """Outcomes with every place that moved given its new place."""
    def moved(o):
        loc = moves.get(o.location, o.location)
        if isinstance(o, Finding):
            related = tuple(replace(r, location=moves[r.location]) if r.location in moves else r for r in o.related)
            if loc is not o.location or related != o.related:
                return replace(o, location=loc, related=related)
            return o
        return o if loc is o.location else replace(o, location=loc)
    return {rule: [moved(o) for o in outcomes] for rule, outcomes in parts.items()}


def _renewed(stored: list[Fact], now: list[Fact]) -> list[Fact]:
    """Stored facts, each replaced by its version in `now` (the same claim of the same article), if any."""
    by_claim = {(f.path, f.claim.index): f for f in now}
    return [by_claim.get((f.path, f.claim.index), f) for f in stored]


def _regroup(stored: dict[int, list[Fact]], new_facts: dict[str, list[Fact]], paths: list[str], run: RunState,
             rules: list[Rule]) -> list[Shard]:
    """The dropped shards' facts, with the changed articles' facts as they are now, grouped again.

    The stored facts of the changed articles go (their new facts replace them); the rest are
    the facts their articles' claims and stored contexts give, as the full run found them. A
    changed article's facts that sit in shards not dropped only re-form parts of those shards,
    which the caller leaves alone."""
    order = {p: i for i, p in enumerate(paths)}
    facts = [f for sid in sorted(stored) for f in stored[sid] if f.path not in new_facts]
    for got in new_facts.values():
        facts += got
    facts.sort(key=lambda f: (order[f.path], f.claim.index))  # corpus order, as the full run's shards
    return shards(facts, rules, run.wanted, run.contests)


REACH = (0.25, 200)
"""An edit that reaches more articles than this share of the corpus (or this many, if more): a full run is
about as quick."""


def _reach(store: StateStore, run: RunState, paths: list[str], digests: list[str], cached: Digests,
           before: dict[str, Extraction], news: dict[str, Extraction], ruleset: RuleSet, rules: list[Rule],
           verified: Verbose, extracted: int, early: Prefetch, jobs: int = 1) -> Recheck:
    """A re-check after edits that reach beyond their articles: articles added, removed or renamed, names,
    parties or seats changed, the figures of someone named in several seats changed.

    From the stored census (checker/run/census.py): the names are counted again without the articles
    that went or changed and with those that came, and worked out again; the articles that write a name
    whose canonical name (or variant) changed are read again, and so are those that name a person whose
    one party or one seat changed. Their facts, worked out with their new contexts, are compared with
    their stored ones; the shards of the facts that changed (and of the facts that now give or take
    figures they did not) are grouped again and checked. The corpus-scoped rules run again from the
    census. Within the state's transaction; `before`: the stored versions' claims, by digest; `news`:
    the added and changed articles' claims, by path."""
    census = store.census()
    if census is None:
        return Recheck(why="the last run kept no census of names")
    limit = max(REACH[0] * len(paths), REACH[1])
    was = dict(run.manifest)
    order = {p: i for i, p in enumerate(paths)}
    gone = [p for p in was if p not in order]
    edited = [p for p in paths if was.get(p) != digests[order[p]]]
    stale = [p for p in paths if p in run.stale and p in was and was[p] == digests[order[p]]]
    for ex in news.values():
        if ex.problem is not None:
            return Recheck(why=f"{ex.path} cannot be read now")
    # Each article's claims as stored (`old`) and as they are (`new`): read from the claims cache as needed.
    old: dict[str, Extraction] = {}
    new: dict[str, Extraction] = dict(news)

    def read(wanted: Iterable[str]) -> str | None:
        missing = [p for p in wanted if p in was and p not in old]
        got = cached([was[p] for p in missing if was[p] not in before])
        for p in missing:
            ex = before.get(was[p]) or got.get(was[p])
            if ex is None:
                return f"the claims {p} had are no longer cached"
            old[p] = ex if ex.path == p else replace(ex, path=p)
            if p in order and p not in new:
                new[p] = old[p]
        return None

    if (why := read(gone + edited + stale)) is not None:
        return Recheck(why=why)
    docs = store.docs(sorted(set(was) & (set(gone) | set(edited) | set(stale))))

    # The names, counted again.
    counts = Counter(census.counts)
    counts.subtract(counted(old[p] for p in gone + edited if p in old))
    counts.update(counted(new[p] for p in edited))
    counts = {n: c for n, c in counts.items() if c > 0}
    names = canonical_names(counts) if counts != census.counts else None

    def status(n: str) -> tuple:
        if names is not None:
            return names.status(n)
        got = census.status.get(n)
        return got if got is not None else (n, *UNKNOWN)

    raw = census.raw
    touched_names: set[str] = set()
    for p in gone + edited:
        if p in old:
            touched_names |= names_in(old[p])
        if p in new:
            touched_names |= names_in(new[p])
    for p in gone + edited:
        for n in names_in(old[p]) if p in old else ():
            raw[n] = [q for q in raw.get(n, ()) if q != p]
    for p in edited:
        for n in names_in(new[p]):
            raw.setdefault(n, []).append(p)  # `p` is the path of `paths`: one object for each article
    for n in touched_names:
        if n in raw:
            raw[n].sort(key=order.__getitem__)
            if not raw[n]:
                del raw[n]
    statuses = {n: status(n) for n in raw}
    renamed = {n for n in raw if statuses[n] != census.status.get(n)}
    # The articles whose names changed: read again, and their part of the picture of people taken out and put back.
    again = set(gone) | set(edited) | set(stale) | {p for n in renamed for p in raw[n]}
    if len(again) > limit:
        return Recheck(why=f"the edits change the names of {len(again)} articles")
    if (why := read(again)) is not None:
        return Recheck(why=why)

    people: dict[str, PersonPicture] = {}
    moved: set[str] = set()  # people whose picture changed
    for name, (parties, places) in census.people.items():
        kept = ({k: v for k, locs in parties.items() if (v := [loc for loc in locs if loc.path not in again])},
                {k: v for k, at in places.items() if (v := [path for path in at if path not in again])})
        if sum(map(len, kept[0].values())) != sum(map(len, parties.values())) or \
                sum(map(len, kept[1].values())) != sum(map(len, places.values())):
            moved.add(name)
        people[name] = kept
    of = lambda n: statuses[n][0] if n in statuses else n  # noqa: E731
    contexts: dict[str, DocContext] = {}
    for p in sorted((p for p in again if p in order), key=order.__getitem__):
        ex = new[p]
        for m in person_mentions(ex):
            if m.party:
                name = of(m.name)
                people.setdefault(name, ({}, {}))[0].setdefault(m.party, []).append(m.location)
                moved.add(name)
        ctx = contexts[p] = DocContext(names={n: of(n) for n in names_in(ex)})
        for name, place, _ in _facts(ex, ctx)[1]:
            people.setdefault(name, ({}, {}))[1].setdefault(place, []).append(p)
            moved.add(name)
    for name in moved:
        picture = people[name]
        for locs in picture[0].values():
            locs.sort(key=lambda loc: order[loc.path])
        for at in picture[1].values():
            at.sort(key=order.__getitem__)
        if not picture[0] and not picture[1]:
            del people[name]
    # The articles that name someone whose one party or one seat changed: their figures change with it.
    viewed = {name for name in moved if view(census.people.get(name)) != view(people.get(name))}
    if viewed:
        by_canonical: dict[str, list[str]] = {}
        for n, st in statuses.items():
            if st[0] in viewed:
                by_canonical.setdefault(st[0], []).append(n)
        reached = {p for name in viewed for n in by_canonical.get(name, ()) for p in raw[n]} - again
        if len(again) + len(reached) > limit:
            return Recheck(why=f"the edits change what {len(again) + len(reached)} articles say of people")
        if (why := read(reached)) is not None:
            return Recheck(why=why)
        docs |= store.docs(sorted(reached - docs.keys()))
        for p in reached:
            contexts[p] = DocContext(names=dict(docs[p].context.names))
        again |= reached
    if missing := sorted(p for p in again if p in was and p not in docs):
        docs |= store.docs(missing)

    # Every article read again: its facts now, and as stored.
    wanted_before, contests_before = run.wanted, run.contests
    olds_facts = {p: facts_of(old[p], docs[p].context)[0] for p in again if p in was}
    states: dict[str, DocState] = {}
    news_facts: dict[str, list[Fact]] = {}
    contest_count = Counter(census.contests)
    for p in again:
        if p in was:
            contest_count.subtract(docs[p].contests)
    for p in sorted(contexts, key=order.__getitem__):
        ex, ctx = new[p], contexts[p]
        ctx.parties = {n: next(iter(people[n][0])) for n in set(ctx.names.values())
                       if n in people and len(people[n][0]) == 1}
        ctx.places = {}
        roaming = []
        for n in sorted(set(ctx.names.values())):
            places = people[n][1] if n in people else {}
            if len(places) == 1:
                ctx.places[n] = next(iter(places))
            elif len(places) > 1:
                roaming.append(n)
        ctx.roaming = tuple(roaming)
        facts, placed = facts_of(ex, ctx)
        news_facts[p] = facts
        states[p] = DocState(digests[order[p]], ctx, signature(ex, placed), asks(facts), current_contests(facts),
                             len(ex.claims))
        contest_count.update(states[p].contests)
    contest_count = +contest_count
    contests = frozenset(contest_count)
    wanted = run.wanted | frozenset(k for facts in news_facts.values() for k in asks(facts))
    sum_kinds, rounds = _sum_kinds(rules), rounds_memo()

    def keyed(f: Fact, w: frozenset[Key], c: frozenset[str]) -> frozenset[Key]:
        return frozenset(keys_of(f, w, sum_kinds, c, rounds) or [("article", f.path)])

    dirty: set[Key] = {("contest", c) for c in contests ^ contests_before}
    kept: dict[str, Counter] = {}  # each article's facts that changed in nothing, their keys included
    for p in again:
        was_facts = Counter((f, keyed(f, wanted_before, contests_before)) for f in olds_facts.get(p, ()))
        now_facts = Counter((f, keyed(f, wanted, contests)) for f in news_facts.get(p, ()))
        same = was_facts & now_facts
        kept[p] = Counter(f for f, _ in same.elements())
        for (_, keys) in (was_facts - same) + (now_facts - same):
            dirty |= keys
    # Figures that give what an article now asks for and no article asked for before: their keys change.
    asked = wanted - wanted_before
    subjects = {k[1] for k in asked if k[0] in ("subject", "subject-unplaced")}
    if subjects:
        by_canonical = {}
        for n, st in statuses.items():
            if st[0] in subjects:
                by_canonical.setdefault(st[0], []).append(n)
        giving = {p for s in subjects for n in by_canonical.get(s, ()) for p in raw[n]} - again
        if len(again) + len(giving) > limit:
            return Recheck(why=f"the edits ask for figures of {len(giving)} other articles")
        if (why := read(giving)) is not None:
            return Recheck(why=why)
        docs |= store.docs(sorted(giving - docs.keys()))
        for p in giving:
            for f in facts_of(old[p], docs[p].context)[0]:
                if keyed(f, wanted, contests) != (keys := keyed(f, wanted_before, contests_before)):
                    dirty |= keys
    # The shards the changes reach, grouped again with every shard they touch.
    dropped = store.shards_of(sorted({bkey(k) for k in dirty}))
    facts: list[Fact] = []
    for p, now_list in news_facts.items():
        left = Counter(kept[p])
        for f in now_list:
            if left[f] > 0:
                left[f] -= 1
            else:
                facts.append(f)  # changed: in the regrouped shards whatever its keys
    # Stored facts keep their keys unless what the corpus asks for, or its contests, changed: then the
    # regrouped facts may reach shards that no changed fact is in.
    regrouping = wanted != wanted_before or contests != contests_before
    # A stored fact's keys change only where it offers a key newly asked for (every such key names its
    # article or its subject) or its contest came or went (a swing's pool): the rest keep the keys of the
    # shard they are in, which is dropped already. Only those few are keyed again.
    asked_of = {k[1] for k in wanted - wanted_before}
    contests_changed = contests ^ contests_before

    def kept_fact(f: Fact) -> bool:
        return f.path not in again and f.path in order or f.path in again and kept[f.path][f] > 0

    stored: dict[int, list[Fact]] = early.facts(dropped)
    reach = {bkey(k) for f in facts for k in keyed(f, wanted, contests)} if regrouping else set()
    seen: set[int] = set()
    while regrouping:
        for sid in sorted(dropped - seen):
            reach |= {bkey(k) for f in stored[sid]
                      if (f.path in asked_of or f.subject in asked_of or f.contest in contests_changed) and kept_fact(f)
                      for k in keyed(f, wanted, contests)}
        seen |= dropped
        more = store.shards_of(sorted(reach)) - dropped
        if not more:
            break
        dropped |= more
        stored |= store.facts(more)
    group = list(facts)
    for sid in sorted(dropped):
        group += [f for f in stored[sid] if kept_fact(f)]
    group.sort(key=lambda f: (order[f.path], f.claim.index))
    regrouped = shards(group, rules, wanted, contests)
    # The regrouped shards are checked and encoded by a forked child (one election's seat totals: 15,000
    # facts, half a second), while this process brings the census up to date, reads the other shards'
    # outcomes, and writes what does not wait for the checks: the dropped shards gone, the new ones' keys
    # (`StateStore.regroup`), the articles' states and the census, encoded.
    job = ahead(partial(_checked_rows, [s.facts for s in regrouped], shard_check(ruleset, rules)), jobs, len(group),
                RECHECK_FORK)
    with job:
        got = _reach_census(census, run, paths, order, again, gone, edited, stale, old, new, news_facts,
                            counts, statuses, people, contest_count, status, read, ruleset, rules)
        if isinstance(got, str):
            return Recheck(why=got)
        others = early.held(dropped) | dict(store.held_rows(verified, run, [
            sid for sid in store.shard_ids() if sid not in dropped and sid not in early.outcomes]))
        if verified == JSON and not early.merged_read:
            early.merged, early.merged_read = store.merged(run), True
        ids = store.regroup(dropped, (s.keys for s in regrouped), run.next_shard)
        doc_rows, census_row = {p: _encode(d) for p, d in states.items()}, census_to_bytes(census)
        # The facts are encoded here while the child checks (0.2 s of the seat totals' 15,000 facts).
        facts_rows = [state_to_bytes(s.facts) for s in regrouped]
        rows = [(f, *checked) for f, checked in zip(facts_rows, job.result(), strict=True)]
    new_shards = []
    have: dict[int, Held] = {}
    for sid, row in zip(ids, rows, strict=True):
        new_shards.append((sid, set(), row))  # keys added above
        have[sid] = held_row(row, verified)
    run.next_shard = max([run.next_shard - 1, *ids]) + 1
    run.claims += sum(len(new[p].claims) for p in edited) - sum(docs[p].claims for p in gone + edited if p in docs)
    run.manifest = list(zip(paths, digests))
    run.wanted, run.contests = wanted, contests
    store.write(run, doc_rows, new_shards, set(), replace_all=False, census=census_row, gone=gone)
    got_outcomes = store.outcomes(verified, run, have | others)
    merged = _merged(store, run, early, got_outcomes)
    report = report_of(rules, run.corpus, got_outcomes.parts, len(paths), run.claims, verified, got_outcomes.count,
                       merged)
    return Recheck(report, changed=extracted, shards=len(new_shards))


RECHECK_FORK = 5_000
"""Facts to re-check at least for a forked child to do it (checker/run/forked.py `ahead`)."""


def _checked_rows(facts: list[list[Fact]], check: Callable[[list[Fact]], RuleOutcomes]) -> list[tuple]:
    """Each shard checked, and its row for the store without its facts (`ShardRow` but the first): the
    caller encodes those meanwhile."""
    return [_encoded_outcomes(*_split(check(f))) for f in facts]


def _reach_census(census: Census, run: RunState, paths: list[str], order: dict[str, int],
                  again: set[str], gone: list[str], edited: list[str], stale: list[str],
                  old: dict[str, Extraction], new: dict[str, Extraction], news_facts: dict[str, list[Fact]],
                  counts: dict[str, int], statuses: dict[str, tuple], people: dict[str, PersonPicture],
                  contest_count: Counter, status: Callable[[str], tuple], read: Callable,
                  ruleset: RuleSet, rules: list[Rule]) -> str | None:
    """`_reach`'s census as it is now, and the corpus-scoped rules' outcomes from it (`run.corpus`); or
    why they cannot be worked out."""
    present = [p for p in again if p in order]
    one = {p: p for p in paths}  # every article's path as one object: the census writes each once
    census.counts = counts
    census.status = statuses
    census.people = people
    census.contests = dict(contest_count)
    spelt = set(gone) | set(edited) | set(stale)
    for key in {k for p in spelt if p in old for k, _ in exact_spellings(old[p])} | \
            {k for p in spelt if p in order for k, _ in exact_spellings(new[p])}:
        at = [path for path in census.exact.get(key, ()) if path not in spelt]
        at += [one[p] for p in spelt if p in order for k, _ in exact_spellings(new[p]) if k == key]
        at.sort(key=order.__getitem__)
        if at:
            census.exact[key] = at
        else:
            census.exact.pop(key, None)
    for p in again:
        census.variants.pop(p, None)
        census.malformed.pop(p, None)
        if p in order:
            if (part := article_variants(new[p], status))[0] or part[1]:
                census.variants[p] = part
            if new[p].malformed:
                census.malformed[p] = new[p].malformed
    roaming_people = {name for name, (_, places) in people.items() if len(places) > 1}
    census.roaming = {name: sorted([f for f in census.roaming.get(name, ()) if f.path not in again] +
                                   [f for p in present for f in news_facts[p]
                                    if f.subject == name and f.subject_kind == "person"],
                                   key=lambda f: order[f.path]) for name in sorted(roaming_people)}

    def claims_of(path: str) -> Extraction | None:
        if path not in new:
            read([path])
        return new.get(path)

    try:
        run.corpus = corpus_outcomes(census.resolved(paths, claims_of), ruleset, rules)
    except LookupError as e:
        return str(e)
    run.stale = frozenset()
    return None

