"""Verified relations as the JSON report writes them, and all the shards' merged into the report's order once.

With `-v`, 10,000 short stories verify 165,000 relations: 69 MB of the JSON report. A re-check
had read them back shard by shard (about 600 rows), decoded each shard's, split them and merged
them into the report's order every run: 0.6–0.8 s of a re-check that changed nothing. The store
now also keeps them merged (`Merged`: the texts, their sort keys and the shard each is from, in
the report's order), written by the full run and kept up to date by re-checks: a re-check drops the
relations of the shards it checked again and inserts their new ones where the full sort puts them.
Each shard's own relations (`Shown`) stay in its row, for the shards written since the merged
relations were (checker/run/incremental.py `RunState.fresh`).

The merged relations are never split into one string per relation: they stay as read, in UTF-8, and
a re-check only cuts them into runs around the relations it drops or inserts (`Merged.replaced`
keeps in place those of a shard checked again that are as they were), and the JSON report writes
the runs as they are (checker/outputs.py `write_chunks`). Splitting, decoding and joining them again
had cost every re-check after an edit 0.3–0.4 s.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..model import Finding
from ..report.jsonfmt import verified_text
from .serial import DecodeError


class Shown(tuple):
    """A shard's verified relations as the JSON report writes them (checker/report/jsonfmt.py
    `VerifiedTexts`): (how many, sort keys, texts), the keys and the texts each joined by `SEP` into one
    string, in the report's order (`_VERIFIED_ORDER`), stably. One string of each for a shard, split
    only when the report is put together: 155,000 relations decode in a few hundredths of a second,
    where as objects they took 0.4 s, and sorting and writing them out as much again."""

    __slots__ = ()


SEP = "\x01"
"""Between keys, and between texts: never in a text (JSON escapes every control character), and a key's
parts are escaped (`_key`)."""

_ESCAPED = str.maketrans({0: "\x02\x03", 1: "\x02\x04", 2: "\x02\x05"})
"""A key's strings without NUL (between its parts) or SEP, in the same order: each character below 3
becomes two above 1, which sort as the characters they stand for, and after every part's end."""


def _key(v) -> str | None:
    """`_VERIFIED_ORDER` of a verified relation as one string that sorts as its tuple does; None for places
    beyond ten digits (none are; a state with one is never read as JSON, `shown`)."""
    loc = v.location
    line, column = loc.line, loc.column
    if not (type(line) is int and type(column) is int and 0 <= line < 10 ** 10 and 0 <= column < 10 ** 10):
        return None
    parts = (loc.path, v.rule, v.message)
    if any(type(p) is not str for p in parts):
        return None
    path, rule, message = (p.translate(_ESCAPED) if p < "\x03" or min(p) < "\x03" else p for p in parts)
    return f"{path}\x00{line:010d}\x00{column:010d}\x00{rule}\x00{message}"


def written(verified: Mapping[str, list]) -> tuple[int, str, str] | None:
    """Verified relations as the JSON report writes them (`Shown`), or None if a key cannot be written."""
    relations = [v for outcomes in verified.values() for v in outcomes if not isinstance(v, Finding)]
    keys = list(map(_key, relations))
    if None in keys:
        return None
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return len(keys), SEP.join([keys[i] for i in order]), SEP.join([verified_text(relations[i]) for i in order])


def shown(value) -> Shown:
    """A decoded `written` value as a `Shown`, or DecodeError."""
    if value is None:
        raise DecodeError("a shard's verified relations could not be stored as the JSON report writes them")
    if type(value) is not tuple or len(value) != 3 or type(value[0]) is not int or type(value[1]) is not str \
            or type(value[2]) is not str:
        raise DecodeError("a stored shard's verified relations have the wrong shape")
    return Shown(value)


def unpacked(parts: Sequence[Shown]) -> tuple[list[str], list[str], list[int]]:
    """The parts' keys and texts, one list of each in the parts' order, and the part each is from."""
    keys: list[str] = []
    texts: list[str] = []
    part_of: list[int] = []
    for j, (n, k, t) in enumerate(parts):
        if not n:
            continue
        keys += (k := k.split(SEP))
        texts += (t := t.split(SEP))
        if len(k) != n or len(t) != n:
            raise DecodeError("a stored shard's verified relations are not as many as it says")
        part_of += [j] * n
    return keys, texts, part_of


JOINED = ",\n"
"""Between relations in the JSON report's list (checker/report/jsonfmt.py `_with_texts`), and so between
the stored merged relations' texts: a report whose relations are all as stored writes them in one piece."""

KEY_SEP = SEP.encode()
JOINED_BYTES = JOINED.encode()

FEW = 2_000
"""Relations to insert at most for their places to be looked up key by key in the joined keys; more, and the
keys are split once (0.04 s for 165,000) and looked up in the list."""


class _Block:
    """Relations stored or made together, never split: their texts joined by `JOINED` and their sort keys
    joined by `SEP`, both in UTF-8 (which sorts bytewise as the strings do by code point), with where each
    starts, and the rank of the part each is from. `strict`: the texts are UTF-8 as a report writes it (no
    lone surrogates), so the report can write them as they are, never decoded (45 MB for 165,000)."""

    __slots__ = ("joined", "starts", "keys", "kstarts", "ranks", "strict", "_split")

    def __init__(self, joined: bytes | memoryview, starts: array, keys: bytes, kstarts: array, ranks: array,
                 strict: bool) -> None:
        self.joined, self.starts, self.keys, self.kstarts, self.ranks = joined, starts, keys, kstarts, ranks
        self.strict = strict
        self._split: list[bytes] | None = None

    @classmethod
    def of(cls, keys: list[str], texts: list[str], ranks: array) -> _Block:
        joined_texts, joined_keys = JOINED.join(texts), SEP.join(keys)
        try:
            joined, strict = joined_texts.encode("utf-8"), True
        except UnicodeEncodeError:
            joined, strict = joined_texts.encode("utf-8", "surrogatepass"), False
        return cls(joined, _starts(texts, len(JOINED), joined_texts.isascii()),
                   joined_keys.encode("utf-8", "surrogatepass"), _starts(keys, 1, joined_keys.isascii()), ranks,
                   strict)

    def text_span(self, a: int, b: int) -> tuple[int, int]:
        """Where the texts of relations a to b (b excluded, a < b) stand in `joined`, joined as stored."""
        return self.starts[a], (self.starts[b] - len(JOINED) if b < len(self.starts) else len(self.joined))

    def texts_at(self, at: list[int]) -> list[bytes]:
        """The texts of the relations at these places."""
        joined, starts, last = self.joined, self.starts, len(self.starts) - 1
        return [bytes(joined[starts[i]:starts[i + 1] - len(JOINED) if i < last else len(joined)]) for i in at]

    def keys_at(self, at: list[int]) -> list[bytes]:
        """The keys of the relations at these places."""
        keys, kstarts, last = self.keys, self.kstarts, len(self.kstarts) - 1
        return [keys[kstarts[i]:kstarts[i + 1] - 1 if i < last else len(keys)] for i in at]

    def key(self, i: int) -> bytes:
        return self.keys[self.kstarts[i]:self.kstarts[i + 1] - 1 if i + 1 < len(self.kstarts) else len(self.keys)]

    def split_keys(self) -> list[bytes]:
        """Every key, split once."""
        if self._split is None:
            got = self.keys.split(KEY_SEP) if len(self.ranks) else []
            if len(got) != len(self.ranks):
                raise DecodeError("the stored merged relations' keys are not as many as they say")
            self._split = got
        return self._split

    def texts(self, a: int, b: int) -> list[str]:
        joined, starts = self.joined, self.starts
        try:
            return [str(joined[starts[i]:starts[i + 1] - len(JOINED) if i + 1 < len(starts) else len(joined)],
                        "utf-8", "surrogatepass") for i in range(a, b)]
        except UnicodeDecodeError as e:
            raise DecodeError(f"the stored merged relations do not decode ({e})") from e


def _starts(items: list[str], sep: int, ascii_only: bool) -> array:
    """Where each of `items` starts in their UTF-8 joined by a separator of `sep` bytes."""
    out = array("q", bytes(8 * len(items)))
    at = 0
    for i, item in enumerate(items):
        out[i] = at
        at += (len(item) if ascii_only else len(item.encode("utf-8", "surrogatepass"))) + sep
    return out


Run = tuple[_Block, int, int]
"""Relations a to b (b excluded) of a block."""


class _RopeKeys:
    """The keys of a run of blocks' relations, looked up one at a time (for `bisect`, a few lookups each)."""

    __slots__ = ("runs", "firsts", "n")

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        self.firsts: list[int] = []
        n = 0
        for _, a, b in runs:
            self.firsts.append(n)
            n += b - a
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> bytes:
        r = bisect_right(self.firsts, i) - 1
        block, a, _ = self.runs[r]
        return block.key(a + i - self.firsts[r])


class Merged:
    """Verified relations in the report's order: each one's text and the rank of the part it is from (a
    shard's id; the corpus-scoped rules' part ranks first, `CORPUS`). The order is one stable sort of
    every part, by key, the parts in order of rank (what `engine.gather` gives a re-check's parts).

    Held as runs of blocks (`_Block`) of relations never split: the stored merged ones are one block, and
    relations dropped or inserted only cut that block into runs around them, so the report writes the
    texts in as many pieces as there are runs (one when nothing changed). Splitting and joining 165,000
    texts and keys again had cost a re-check after an edit 0.3 s."""

    __slots__ = ("_runs", "_counts", "_ranks")

    def __init__(self, runs: list[Run]) -> None:
        self._runs = [r for r in runs if r[2] > r[1]]
        self._counts: Counter | None = None
        self._ranks: array | None = None

    def __len__(self) -> int:
        return sum(b - a for _, a, b in self._runs)

    @property
    def ranks(self) -> array:
        if self._ranks is None:
            out = array("i")
            for block, a, b in self._runs:
                out += block.ranks[a:b]
            self._ranks = out
        return self._ranks

    @property
    def texts(self) -> list[str]:
        return [t for block, a, b in self._runs for t in block.texts(a, b)]

    @property
    def keys(self) -> list[str]:
        try:
            return [k.decode("utf-8", "surrogatepass") for block, a, b in self._runs for k in block.split_keys()[a:b]]
        except UnicodeDecodeError as e:
            raise DecodeError(f"the stored merged relations do not decode ({e})") from e

    def pieces(self) -> list[str] | list[memoryview]:
        """Runs of texts joined by `JOINED`: what the report writes joined by `JOINED`. In UTF-8, as stored,
        when every text is as a report writes it (`_Block.strict`); else decoded."""
        out = [memoryview(block.joined)[slice(*block.text_span(a, b))] for block, a, b in self._runs]
        if all(block.strict for block, _, _ in self._runs):
            return out
        try:
            return [str(piece, "utf-8", "surrogatepass") for piece in out]
        except UnicodeDecodeError as e:
            raise DecodeError(f"the stored merged relations do not decode ({e})") from e

    @classmethod
    def of(cls, parts: Iterable[tuple[int, Shown]]) -> Merged:
        """The parts' relations sorted: the full sort (a full run's, or a state without merged relations)."""
        ordered = sorted(parts, key=lambda p: p[0])
        keys, texts, part_of = unpacked([p for _, p in ordered])
        order = sorted(range(len(keys)), key=keys.__getitem__)
        block = _Block.of([keys[i] for i in order], [texts[i] for i in order],
                          array("i", [ordered[part_of[i]][0] for i in order]))
        return cls([(block, 0, len(order))])

    def counts(self) -> Counter:
        """Relations per rank (counted once: the relations never change)."""
        if self._counts is None:
            self._counts = Counter(self.ranks)
        return self._counts

    def kept(self, ranks: set[int]) -> Merged:
        """Only the relations of these ranks' parts, in the same order."""
        drop = set(self.counts()) - set(ranks)
        if not drop:
            return self
        runs: list[Run] = []
        for block, a, b in self._runs:
            r = block.ranks
            at = a
            for i in [i for i in range(a, b) if r[i] in drop]:
                runs.append((block, at, i))
                at = i + 1
            runs.append((block, at, b))
        return Merged(runs)

    def replaced(self, ranks: set[int], parts: Iterable[tuple[int, Shown]]) -> Merged:
        """`kept(ranks).plus(parts)`; but a part of a rank dropped here, each of whose keys is its own (the
        usual: a shard checked again), keeps in place those of its relations that are as they were (the same
        key and text), and only the others are dropped and inserted: a story added to one election's seat
        totals changes a few of their 20,000 relations, and inserting all of them again took 0.25 s."""
        ordered = sorted(((r, p) for r, p in parts if p[0]), key=lambda p: p[0])
        drop = set(self.counts()) - set(ranks)
        if len(self._runs) != 1 or not drop & {r for r, _ in ordered}:
            return self.kept(ranks).plus(ordered)
        block, first, end = self._runs[0]
        at_rank = block.ranks
        dropped = [i for i in range(first, end) if at_rank[i] in drop]
        by_rank: dict[int, list[int]] = {}
        for i in dropped:
            by_rank.setdefault(at_rank[i], []).append(i)
        stay: set[int] = set()
        inserted: list[tuple[int, Shown]] = []
        for rank, part in ordered:
            was = by_rank.get(rank)
            n, keys, texts = part
            new_keys, new_texts = keys.split(SEP), texts.split(SEP)
            if len(new_keys) != n or len(new_texts) != n:
                raise DecodeError("a stored shard's verified relations are not as many as it says")
            if not was:
                inserted.append((rank, part))
                continue
            old_keys = block.keys_at(was)
            if len(was) == n and KEY_SEP.join(old_keys) == keys.encode("utf-8", "surrogatepass") and \
                    JOINED_BYTES.join(block.texts_at(was)) == JOINED.join(new_texts).encode("utf-8", "surrogatepass"):
                stay.update(was)  # as they were: the usual shard checked again after an edit that was undone
                continue
            encoded = [k.encode("utf-8", "surrogatepass") for k in new_keys]
            if len(set(encoded)) != n or len(set(old_keys)) != len(was):
                inserted.append((rank, part))
                continue
            old_at = dict(zip(old_keys, zip(was, block.texts_at(was))))
            left = []
            for j, key in enumerate(encoded):
                got = old_at.get(key)
                if got is not None and got[1] == new_texts[j].encode("utf-8", "surrogatepass"):
                    stay.add(got[0])
                else:
                    left.append(j)
            if left:
                inserted.append((rank, Shown((len(left), SEP.join([new_keys[j] for j in left]),
                                              SEP.join([new_texts[j] for j in left])))))
        runs: list[Run] = []
        at = first
        for i in dropped:
            if i not in stay:
                runs.append((block, at, i))
                at = i + 1
        runs.append((block, at, end))
        return Merged(runs)._inserted(inserted, {r for r, _ in inserted} & by_rank.keys())

    def plus(self, parts: Iterable[tuple[int, Shown]]) -> Merged:
        """With the relations of `parts` (ranks none of these relations has) inserted where the full sort
        puts them: after equal keys of lower ranks, before those of higher ranks."""
        return self._inserted(sorted(((r, p) for r, p in parts if p[0]), key=lambda p: p[0]))

    def _inserted(self, ordered: list[tuple[int, Shown]], again: set[int] = frozenset()) -> Merged:
        """`plus` of parts in order of rank; `again`: ranks some of these relations have (`replaced`: none of
        their keys is among these relations of that rank)."""
        if not ordered:
            return self
        if (set(r for r, _ in ordered) - again) & self.counts().keys():
            raise DecodeError("relations inserted twice into the merged relations")
        new_keys, new_texts, part_of = unpacked([p for _, p in ordered])
        added = _Block.of(new_keys, new_texts, array("i", [ordered[j][0] for j in part_of]))
        keys = _RopeKeys(self._runs) if len(new_keys) <= FEW else \
            [k for block, a, b in self._runs for k in block.split_keys()[a:b]]
        ranks, n = self.ranks, len(self.ranks)
        inserts: list[tuple[int, bytes, int, int]] = []  # (place among these, key, rank, index)
        for i in range(len(new_keys)):
            key, rank = added.key(i), added.ranks[i]
            lo = bisect_left(keys, key)
            while lo < n and ranks[lo] < rank and keys[lo] == key:
                lo += 1
            inserts.append((lo, key, rank, i))
        inserts.sort()
        runs: list[Run] = []
        old = iter(self._runs)
        block, a, b = next(old, (added, 0, 0))
        done = 0  # relations of these placed so far; `block` holds the next, from its `a`
        for lo, _, _, i in inserts:
            while done < lo:
                take = min(b - a, lo - done)
                runs.append((block, a, a + take))
                a, done = a + take, done + take
                if a == b:
                    block, a, b = next(old, (added, 0, 0))
            if runs and runs[-1][0] is added and runs[-1][2] == i:
                runs[-1] = (added, runs[-1][1], i + 1)
            else:
                runs.append((added, i, i + 1))
        runs.append((block, a, b))
        runs += old
        return Merged(runs)

    def to_bytes(self) -> tuple[bytes, bytes, bytes]:
        """(index, keys, texts) as stored: the ranks (32-bit), where each text starts and where each key starts
        (64-bit, in bytes), little-endian, and a byte that says whether the texts are strict UTF-8
        (`_Block.strict`); the keys joined by `SEP` and the texts by `JOINED`, in UTF-8 (lone surrogates
        kept, as the state codec keeps them)."""
        starts, kstarts = array("q"), array("q")
        at = kat = 0
        key_pieces, text_pieces = [], []
        for block, a, b in self._runs:
            text_pieces.append(memoryview(block.joined)[slice(*block.text_span(a, b))])
            start, end = block.text_span(a, b)
            starts.extend([s - start + at for s in block.starts[a:b]])
            at += end - start + len(JOINED)
            kstart = block.kstarts[a]
            kend = block.kstarts[b] - 1 if b < len(block.kstarts) else len(block.keys)
            kstarts.extend([s - kstart + kat for s in block.kstarts[a:b]])
            kat += kend - kstart + 1
            key_pieces.append(block.keys[kstart:kend])
        ranks = array("i", self.ranks)
        if sys.byteorder == "big":
            for a in (ranks, starts, kstarts):
                a.byteswap()
        strict = all(block.strict for block, _, _ in self._runs)
        return (ranks.tobytes() + starts.tobytes() + kstarts.tobytes() + bytes([strict]), KEY_SEP.join(key_pieces),
                JOINED_BYTES.join(text_pieces))

    @classmethod
    def from_bytes(cls, index: bytes | memoryview, keys: bytes | memoryview, texts: bytes | memoryview) -> Merged:
        """What `to_bytes` wrote; DecodeError if it does not decode, or its parts are not as many. The texts
        are kept as they are (a view of `texts`), not decoded."""
        if len(index) % 20 != 1 or index[-1] not in (0, 1):
            raise DecodeError("the stored merged relations' index does not decode")
        n = len(index) // 20
        ranks, starts, kstarts = array("i"), array("q"), array("q")
        ranks.frombytes(index[:4 * n])
        starts.frombytes(index[4 * n:12 * n])
        kstarts.frombytes(index[12 * n:20 * n])
        if sys.byteorder == "big":
            for a in (ranks, starts, kstarts):
                a.byteswap()
        if n and (starts[0] != 0 or starts[-1] > len(texts) or kstarts[0] != 0 or kstarts[-1] > len(keys)) \
                or not n and (len(texts) or len(keys)):
            raise DecodeError("the stored merged relations' texts are not where their index says")
        return cls([(_Block(texts, starts, bytes(keys), kstarts, ranks, bool(index[-1])), 0, n)])


CORPUS = -1
"""The rank of the corpus-scoped rules' relations: first of the report's parts."""
