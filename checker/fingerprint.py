"""Stable identities for findings: the same slip keeps its identity when the copy around it moves.

A baseline and SARIF's `partialFingerprints` both need a key that survives an edit
above the finding (so no line or column in it) but changes when the figures change
(so the stated text, the message and the arithmetic are in it). Two identical findings
in one document are told apart by their order.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable

from .model import Finding

VERSION = "factcheck-finding/v1"
"""Name of the fingerprint scheme, as SARIF's partialFingerprints key; change it if the recipe changes."""

_SPACE = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def document_key(path: str) -> str:
    """The document as a stable name: 'corpus/a.txt' whether typed './corpus/a.txt' or in full from here."""
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            path = rel
    return os.path.normpath(path).replace(os.sep, "/")


def base_key(f: Finding) -> str:
    """What a finding is about, without where: rule, document, what it says and its working."""
    related = "\x1f".join(_norm(r.text) for r in f.related)
    parts = (f.rule, document_key(f.location.shown_path), _norm(f.message), _norm(f.arithmetic), related)
    return hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:32]


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, in the order given; repeats of the same key get ':2', ':3' …"""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        key = base_key(f)
        seen[key] += 1
        out.append(key if seen[key] == 1 else f"{key}:{seen[key]}")
    return out
