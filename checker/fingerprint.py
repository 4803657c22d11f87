"""Stable identities for findings: the same slip keeps its identity when the copy around it moves.

A baseline and SARIF's `partialFingerprints` both need a key that survives an edit
above the finding (so no line or column in it) but changes when the figures change.
The key is the rule and what the finding says — its message, its arithmetic, the figures
stated and expected, and who the places it was checked against are about (their notes,
"Guy Opperman's votes") — all of it written by the checker, none of it the copy's prose:
rewording the sentence a related figure stands in, or any other sentence of a long
paragraph, keeps the key. Two identical findings in one document are told apart by their
order.

Two forms:

- `content_fingerprints`: the key alone, numbered per document. It names no file, so a
  renamed article keeps it (the baseline matches on it; SARIF sends it as
  `primaryLocationLineHash`, which code scanning reads beside the result's file).
- `fingerprints`: the key with the document, unique across a whole report (GitLab Code
  Quality needs that, and SARIF keeps it under `VERSION`).

`v1_fingerprints` is the old recipe (it hashed the related sentences and the path), kept
only to read baselines written with it.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from collections.abc import Iterable

from .model import Finding

VERSION = "factcheck-finding/v2"
"""Name of the fingerprint scheme, as SARIF's partialFingerprints key; change it if the recipe changes."""

V1 = "factcheck-finding/v1"
"""The first scheme: rule, path, message, arithmetic and the related places' sentences."""

_SPACE = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _figure(value: float | None) -> str:
    if value is None or math.isnan(value):
        return ""
    return repr(float(value))


def _hash(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:32]


def document_key(path: str) -> str:
    """The document as a stable name: 'corpus/a.txt' whether typed './corpus/a.txt' or in full from here."""
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            path = rel
    return os.path.normpath(path).replace(os.sep, "/")


def content_key(f: Finding) -> str:
    """What a finding says, without where it is or which file: rule, message, working, figures, subjects."""
    notes = "\x1f".join(_norm(r.note) for r in f.related)
    return _hash((f.rule, _norm(f.message), _norm(f.arithmetic), _figure(f.stated), _figure(f.expected), notes))


def _numbered(keys: Iterable[tuple[str, str]]) -> list[str]:
    """Each (document, key)'s key, ':2', ':3' … on its repeats within that document."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for doc_key in keys:
        seen[doc_key] += 1
        key = doc_key[1]
        out.append(key if seen[doc_key] == 1 else f"{key}:{seen[doc_key]}")
    return out


def content_fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One path-free fingerprint per finding, in the order given; repeats in one document get ':2', ':3' …"""
    return _numbered((document_key(f.location.shown_path), content_key(f)) for f in findings)


def base_key(f: Finding) -> str:
    """The content key with the document: what a finding is about and in which file, without where in it."""
    return _hash((document_key(f.location.shown_path), content_key(f)))


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, unique across the report, in the order given; repeats get ':2', ':3' …"""
    return _numbered(("", base_key(f)) for f in findings)


def v1_fingerprints(findings: Iterable[Finding]) -> list[str]:
    """The `factcheck-finding/v1` fingerprints, for baselines written with them."""

    def key(f: Finding) -> str:
        related = "\x1f".join(_norm(r.text) for r in f.related)
        return _hash((f.rule, document_key(f.location.shown_path), _norm(f.message), _norm(f.arithmetic), related))

    return _numbered(("", key(f)) for f in findings)
