"""Verified relations as the JSON report writes them, and all the shards' merged into the report's order once.

With `-v`, 10,000 short stories verify 165,000 relations: 69 MB of the JSON report. A re-check
had read them back shard by shard (about 600 rows), decoded each shard's, split them and merged
them into the report's order every run: 0.6–0.8 s of a re-check that changed nothing. The store
now also keeps them merged (`Merged`: the texts, their sort keys and the shard each is from, in
the report's order), written by the full run and kept up to date by re-checks: a re-check drops the
relations of the shards it checked again and inserts their new ones where the full sort puts them.
Each shard's own relations (`Shown`) stay in its row, for the shards written since the merged
relations were (checker/run/incremental.py `RunState.fresh`).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
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


class Merged:
    """Verified relations in the report's order: each one's text and the rank of the part it is from (a
    shard's id; the corpus-scoped rules' part ranks first, `CORPUS`). The order is one stable sort of
    every part, by key, the parts in order of rank (what `engine.gather` gives a re-check's parts).

    As read from the store, the texts are one string joined by `JOINED`, as the report writes them, with
    where each starts: split only if relations are dropped or inserted (`pieces`). The keys, needed only
    to insert relations, are decoded when first asked for."""

    __slots__ = ("_texts", "ranks", "_keys", "_joined", "_starts", "_joined_keys", "_counts")

    def __init__(self, texts: list[str] | None, ranks: array, keys: list[str] | None = None,
                 joined: tuple[str, array] | None = None, joined_keys: bytes | memoryview | None = None) -> None:
        self._texts, self.ranks, self._keys, self._joined_keys = texts, ranks, keys, joined_keys
        self._joined, self._starts = joined if joined is not None else (None, None)
        self._counts: Counter | None = None
        n = len(texts) if texts is not None else len(self._starts or ())
        if len(ranks) != n or keys is not None and len(keys) != n:
            raise DecodeError("the merged relations' texts, keys and parts are not as many")

    @property
    def texts(self) -> list[str]:
        if self._texts is None:
            joined, starts = self._joined or "", self._starts or array("q")
            ends = [*(s - len(JOINED) for s in starts[1:]), len(joined)]
            self._texts = [joined[a:b] for a, b in zip(starts, ends)]
        return self._texts

    def pieces(self) -> list[str]:
        """The texts, or runs of them joined by `JOINED`: what the report writes joined by `JOINED`."""
        if self._texts is None and self._joined is not None:
            return [self._joined] if self._joined else []
        return self.texts

    def __len__(self) -> int:
        return len(self.ranks)

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            try:
                joined = str(self._joined_keys or b"", "utf-8", "surrogatepass")
            except UnicodeDecodeError as e:
                raise DecodeError(f"the stored merged relations do not decode ({e})") from e
            got = joined.split(SEP) if len(self) else []
            if len(got) != len(self):
                raise DecodeError("the stored merged relations' keys are not as many as they say")
            self._keys = got
        return self._keys

    @classmethod
    def of(cls, parts: Iterable[tuple[int, Shown]]) -> Merged:
        """The parts' relations sorted: the full sort (a full run's, or a state without merged relations)."""
        ordered = sorted(parts, key=lambda p: p[0])
        keys, texts, part_of = unpacked([p for _, p in ordered])
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return cls([texts[i] for i in order], array("i", [ordered[part_of[i]][0] for i in order]),
                   [keys[i] for i in order])

    def counts(self) -> Counter:
        """Relations per rank (counted once: the relations never change)."""
        if self._counts is None:
            self._counts = Counter(self.ranks)
        return self._counts

    def kept(self, ranks: set[int]) -> Merged:
        """Only the relations of these ranks' parts, in the same order."""
        if all(r in ranks for r in self.counts()):
            return self
        keep = [i for i, r in enumerate(self.ranks) if r in ranks]
        keys, texts = self.keys, self.texts
        return Merged([texts[i] for i in keep], array("i", [self.ranks[i] for i in keep]), [keys[i] for i in keep])

    def plus(self, parts: Iterable[tuple[int, Shown]]) -> Merged:
        """With the relations of `parts` (ranks none of these relations has) inserted where the full sort
        puts them: after equal keys of lower ranks, before those of higher ranks."""
        ordered = sorted(((r, p) for r, p in parts if p[0]), key=lambda p: p[0])
        if not ordered:
            return self
        if set(r for r, _ in ordered) & self.counts().keys():
            raise DecodeError("relations inserted twice into the merged relations")
        new_keys, new_texts, part_of = unpacked([p for _, p in ordered])
        keys, ranks, texts = self.keys, self.ranks, self.texts
        inserts: list[tuple[int, str, int, int]] = []  # (place among these, key, rank, index)
        for i, key in enumerate(new_keys):
            rank = ordered[part_of[i]][0]
            lo = bisect_left(keys, key)
            while lo < len(keys) and keys[lo] == key and ranks[lo] < rank:
                lo += 1
            inserts.append((lo, key, rank, i))
        inserts.sort()
        out_texts: list[str] = []
        out_keys: list[str] = []
        out_ranks = array("i")
        done = 0
        for lo, key, rank, i in inserts:
            if lo > done:
                out_texts += texts[done:lo]
                out_keys += keys[done:lo]
                out_ranks += ranks[done:lo]
                done = lo
            out_texts.append(new_texts[i])
            out_keys.append(key)
            out_ranks.append(rank)
        out_texts += texts[done:]
        out_keys += keys[done:]
        out_ranks += ranks[done:]
        return Merged(out_texts, out_ranks, out_keys)

    def to_bytes(self) -> tuple[bytes, bytes, bytes]:
        """(index, keys, texts) as stored: the ranks (32-bit) and where each text starts (64-bit), little-endian;
        the keys joined by `SEP` and the texts by `JOINED`, in UTF-8 (lone surrogates kept, as the state codec
        keeps them)."""
        texts = self.texts
        starts = array("q", [0] * len(texts))
        at = 0
        for i, t in enumerate(texts):
            starts[i] = at
            at += len(t) + len(JOINED)
        ranks = array("i", self.ranks)
        if sys.byteorder == "big":
            ranks.byteswap()
            starts.byteswap()
        return (ranks.tobytes() + starts.tobytes(), SEP.join(self.keys).encode("utf-8", "surrogatepass"),
                JOINED.join(texts).encode("utf-8", "surrogatepass"))

    @classmethod
    def from_bytes(cls, index: bytes | memoryview, keys: bytes | memoryview, texts: bytes | memoryview) -> Merged:
        """What `to_bytes` wrote; DecodeError if it does not decode, or its parts are not as many."""
        if len(index) % 12:
            raise DecodeError("the stored merged relations' index does not decode")
        n = len(index) // 12
        ranks, starts = array("i"), array("q")
        ranks.frombytes(index[:4 * n])
        starts.frombytes(index[4 * n:])
        if sys.byteorder == "big":
            ranks.byteswap()
            starts.byteswap()
        try:
            joined = str(texts, "utf-8", "surrogatepass")
        except UnicodeDecodeError as e:
            raise DecodeError(f"the stored merged relations do not decode ({e})") from e
        if n and (starts[0] != 0 or starts[-1] > len(joined)) or not n and joined:
            raise DecodeError("the stored merged relations' texts are not where their index says")
        return cls(None, ranks, joined=(joined, starts), joined_keys=keys)


CORPUS = -1
"""The rank of the corpus-scoped rules' relations: first of the report's parts."""
