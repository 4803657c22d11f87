"""Extractions as compact bytes, for the claim cache: an exact round trip, fast both ways.

A blob is a 7-byte header — magic b"FC", the format version, the CRC-32 of the payload —
then the payload: a pickle whose only callables are the model's dataclasses (through the
fast twins below) and lookups of its two enums.

Why this. Reading is dominated by building objects (an article has tens to hundreds of
claims, mentions and locations), not by parsing bytes. Measured per document on the gold
and corpus articles (median 15 claims and 32 mentions): JSON or marshal of plain tuples
with a Python loop to build the objects read in ~120 µs; marshal in columns built with
C-level `map`s in about the same; this pickle, which calls the constructors from C, in
~90 µs, and it writes equal strings (a sentence shared by its claims, the path) once.
Plain pickle of the dataclasses reads 3–5 times slower, through their `__setstate__`.

Why it is safe. A pickle can call anything it names, so the reader is the restricted
unpickler from the `pickle` docs: `find_class` resolves only the names in `_ALLOWED` and
refuses every other, so no other code can run. The CRC is checked before the pickle is
read at all, so a damaged blob is refused, never half-read, and the result is checked for
shape. Any failure is a `DecodeError`, which the cache treats as a corrupt file.

The twins. A frozen dataclass's generated `__init__` sets each field through
`object.__setattr__` (~0.3 µs a field, ~9 µs a Claim on the test machine). Each class's
twin is an unfrozen dataclass with the same slots in the same order, so the same memory
layout; its `__post_init__` gives the object the real class. That is 4–6 times faster,
and the object is equal to and indistinguishable from one built normally. It is checked
at import; a class for which it does not hold is built by its own constructor instead.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import operator
import pickle
import sys
import zlib
from collections.abc import Callable
from typing import Any

from ..model import Change, Claim, Extraction, Finding, Kind, Location, Mention, Modality, Related, Severity, Verified
from ..resolve import DocContext, Fact

MAGIC = b"FC"
VERSION = 1
"""Bump when the blob layout changes; the dataclasses' own fields are covered by `FORMAT_ID`."""

_CLASSES = (Location, Mention, Change, Claim, Extraction)
FORMAT_ID = hashlib.sha256(repr((VERSION, [(c.__name__, [f.name for f in dataclasses.fields(c)])
                                           for c in _CLASSES])).encode()).hexdigest()[:16]
"""Names the encoding and every field it covers, so a cache key changes with either."""

_HEADER = len(MAGIC) + 1 + 4
_PROTOCOL = 5


class DecodeError(ValueError):
    """Bytes that are not an Extraction this version wrote: damaged, foreign or stale."""


SHARED = {
    Claim: ("text", "unit", "subject", "subject_kind", "subject_via", "party", "place", "scope", "counterpart", "role",
            "hedge", "relation", "column", "round"),
    Mention: ("kind", "text", "name", "via", "party", "gazetteer"),
}
"""Fields whose few values recur in every article ('votes', 'person', 'winner', a party, a seat, a name):
decoded, each value is one string object across all the articles a process holds (`sys.intern`), not
one per article. For 40,000 short stories that is 130 MB less; it costs about 1 µs a claim."""


_CONFIDENCES: dict[float, float] = {}
"""The few confidences claims are given, each one float object."""


def _twin(cls: type) -> type:
    """The fastest constructor of `cls` that takes every field positionally (see the module notes)."""
    names = [f.name for f in dataclasses.fields(cls)]
    if hasattr(cls, "__post_init__"):
        return cls  # it checks or derives something: build it the normal way

    if cls in SHARED:  # generated: a loop over the names would cost more than the interning saves
        lines = [f"    v = self.{n}\n    if v.__class__ is str: self.{n} = intern(v)" for n in SHARED[cls]]
        if cls is Claim:  # its reasons, its confidence, and the bounds of a figure written exactly
            lines += ["    v = self.evidence\n    if v.__class__ is tuple and v: self.evidence = tuple(map(intern, v))",
                      "    v = self.confidence\n    if v.__class__ is float: self.confidence = shared(v, v)",
                      "    v = self.value\n    if v.__class__ is float and v:",
                      "        if self.low == v and self.low.__class__ is float: self.low = v",
                      "        if self.high == v and self.high.__class__ is float: self.high = v"]
        space: dict[str, Any] = {"intern": sys.intern, "cls": cls, "shared": _CONFIDENCES.setdefault}
        exec("def become(self):\n" + "\n".join(lines) + "\n    self.__class__ = cls\n", space)  # noqa: S102
        become = space["become"]
    else:
        def become(self: Any) -> None:
            self.__class__ = cls

    twin = dataclasses.make_dataclass(f"_{cls.__name__}Twin", names, slots=True,
                                      namespace={"__post_init__": become})
    twin.__module__ = __name__
    probe = tuple(range(len(names)))
    try:
        built = twin(*probe)
        if type(built) is cls and built == cls(*probe) and all(
                getattr(built, n) == v for n, v in zip(names, probe)):
            return twin
    except TypeError:
        pass
    return cls


_LocationTwin = _twin(Location)
_MentionTwin = _twin(Mention)
_ChangeTwin = _twin(Change)
_ClaimTwin = _twin(Claim)
_ExtractionTwin = _twin(Extraction)
_MAKERS = {Location: _LocationTwin, Mention: _MentionTwin, Change: _ChangeTwin,
           Claim: _ClaimTwin, Extraction: _ExtractionTwin}

_KINDS = {k.value: k for k in Kind}
_MODALITIES = {m.value: m for m in Modality}


def _kind(value: str) -> Kind:
    """Kind(value), without the Enum machinery (five times slower, and a document has several)."""
    return _KINDS[value]


def _modality(value: str) -> Modality:
    return _MODALITIES[value]


_SEVERITIES = {m.value: m for m in Severity}


def _severity(value: str) -> Severity:
    return _SEVERITIES[value]


_ALLOWED = {(c.__module__, c.__qualname__): c for c in (*_MAKERS.values(), _kind, _modality)}
"""Everything a blob may name; the unpickler refuses the rest."""


class _Writer(pickle.Pickler):
    """Writes each dataclass as a call of its twin with its fields. Equal strings are written
    once: claims in one sentence share it, and a mention's name is often its text."""

    makers: dict[type, type] = _MAKERS

    def __init__(self, out: io.BytesIO) -> None:
        self._strings: dict[str, str] = {}
        self.dispatch_table: dict[type, Callable[[Any], tuple]] = {
            cls: self._reducer(cls, cls in (Claim, Mention, Fact)) for cls in self.makers}
        self.dispatch_table[Kind] = lambda k: (_kind, (k.value,))
        self.dispatch_table[Modality] = lambda m: (_modality, (m.value,))
        self.dispatch_table[Severity] = lambda m: (_severity, (m.value,))
        super().__init__(out, _PROTOCOL)

    def _reducer(self, cls: type, share_strings: bool) -> Callable[[Any], tuple]:
        maker = self.makers[cls]
        fields = operator.attrgetter(*(f.name for f in dataclasses.fields(cls) if f.init))
        if not share_strings:
            return lambda obj: (maker, fields(obj))
        share = self._strings.setdefault
        return lambda obj: (maker, tuple([share(v, v) if type(v) is str else v for v in fields(obj)]))


class _Reader(pickle.Unpickler):
    allowed: dict[tuple[str, str], Any] = _ALLOWED

    def find_class(self, module: str, name: str) -> Any:
        try:
            return self.allowed[module, name]
        except KeyError:
            raise DecodeError(f"refused to load {module}.{name}") from None

    def persistent_load(self, pid: Any) -> Any:
        raise DecodeError("unexpected persistent id")


def extraction_to_bytes(ex: Extraction) -> bytes:
    """The Extraction as a blob `extraction_from_bytes` turns back into an equal one."""
    return _dump(_Writer, MAGIC, ex)


def extraction_from_bytes(b: bytes) -> Extraction:
    """The Extraction in a blob; raises DecodeError for anything this version did not write."""
    return _load(_Reader, MAGIC, "extraction", b, _check_shape)


def _dump(writer: type[_Writer], magic: bytes, value: Any) -> bytes:
    out = io.BytesIO()
    writer(out).dump(value)
    body = out.getvalue()
    return magic + bytes((VERSION,)) + zlib.crc32(body).to_bytes(4, "big") + body


def _load(reader: type[_Reader], magic: bytes, what: str, b: bytes, check: Callable[[Any], None] | None = None) -> Any:
    """The value in a blob `_dump` wrote: header and checksum first, so a damaged blob is never half-read."""
    if len(b) < _HEADER or b[:2] != magic or b[2] != VERSION:
        raise DecodeError(f"not a factcheck {what} blob of this version")
    body = memoryview(b)[_HEADER:]
    if zlib.crc32(body) != int.from_bytes(b[3:_HEADER], "big"):
        raise DecodeError("checksum mismatch (damaged data)")
    try:
        value = reader(io.BytesIO(body)).load()
        if check is not None:
            check(value)
    except DecodeError:
        raise
    except Exception as e:  # a damaged pickle can raise almost anything; none may escape as a crash
        raise DecodeError(f"malformed {what} data ({type(e).__name__})") from None
    return value


def _check_shape(ex: Any) -> None:
    """The containers are what the model says: cheap (the loops run in C), and enough to refuse
    a foreign pickle."""
    ok = (type(ex) is Extraction and type(ex.path) is str and type(ex.words) is int
          and (ex.problem is None or type(ex.problem) is str)
          and type(ex.claims) is tuple and set(map(type, ex.claims)) <= {Claim}
          and set(map(type, map(_LOCATION, ex.claims))) <= {Location}
          and set(map(type, map(_KIND, ex.claims))) <= {Kind}
          and type(ex.mentions) is tuple and set(map(type, ex.mentions)) <= {Mention}
          and type(ex.malformed) is tuple and set(map(len, ex.malformed)) <= {3}
          and type(ex.unclassified) is tuple and set(map(type, ex.unclassified)) <= {Location})
    if not ok:
        raise DecodeError("decoded data is not an Extraction")


_LOCATION = operator.attrgetter("location")
_KIND = operator.attrgetter("kind")


# -- the state of a run's checks, for re-checking after an edit (checker/run/incremental.py) ----------

STATE_MAGIC = b"FS"
_RelatedTwin = _twin(Related)
_FindingTwin = _twin(Finding)
_VerifiedTwin = _twin(Verified)
_STATE_MAKERS = _MAKERS | {Related: _RelatedTwin, Finding: _FindingTwin, Verified: _VerifiedTwin, Fact: Fact}
_STATE_ALLOWED = _ALLOWED | {(c.__module__, c.__qualname__): c for c in (*_STATE_MAKERS.values(), _severity)}


class _StateWriter(_Writer):
    makers = _STATE_MAKERS

    def __init__(self, out: io.BytesIO) -> None:
        super().__init__(out)
        self.dispatch_table[DocContext] = lambda c: (DocContext, (c.names, c.parties, c.places, c.roaming))


class _StateReader(_Reader):
    allowed = _STATE_ALLOWED | {(DocContext.__module__, DocContext.__qualname__): DocContext}


def state_to_bytes(value: Any) -> bytes:
    """Plain containers of facts, findings, verified relations and article contexts, as bytes."""
    return _dump(_StateWriter, STATE_MAGIC, value)


def state_from_bytes(b: bytes) -> Any:
    """What `state_to_bytes` wrote; DecodeError for anything else (nothing else can be built)."""
    return _load(_StateReader, STATE_MAGIC, "state", b)
