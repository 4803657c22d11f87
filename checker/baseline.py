"""A findings baseline: the slips already known, so a run reports only what is new.

A newsroom adopting factcheck on an archive cannot fix every old slip first. It writes
a baseline once, and later runs report only findings not in it. Findings are matched by
(rule, shown path, fingerprint), never by line: a slip stays known when a paragraph is
added above it, and comes back when one of its figures changes.

The file is JSON, sorted and without timestamps, so it diffs cleanly under version
control; it is written to a temporary file beside it and moved into place, so a failed
write never leaves a half-written baseline.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import VERSION, document_key, fingerprints
from .model import Finding

SCHEMA = "factcheck-baseline/1"


class BaselineError(Exception):
    """A baseline that cannot be read or written; one line naming the file, exit code 2."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One known finding. `message` and `line` are for the reader of the file; only
    (rule, path, fingerprint) is matched."""

    rule: str
    path: str
    fingerprint: str
    message: str = ""
    line: int = 0

    @property
    def key(self) -> tuple[str, str, str]:
        return self.rule, self.path, self.fingerprint


@dataclass(frozen=True, slots=True)
class Baseline:
    path: Path
    entries: tuple[Entry, ...]


def entries_for(findings: list[Finding]) -> list[Entry]:
    """The baseline entries for `findings`, sorted by path, rule and fingerprint (not line,
    so editing the copy above a slip does not reorder the file)."""
    entries = [Entry(f.rule, document_key(f.location.shown_path), fp, f.message, f.location.line)
               for f, fp in zip(findings, fingerprints(findings), strict=True)]
    return sorted(entries, key=lambda e: (e.path, e.rule, e.fingerprint))


def dumps(findings: list[Finding]) -> str:
    """The baseline file's text for `findings`: the same findings always give the same bytes."""
    doc = {
        "schema": SCHEMA,
        "fingerprints": VERSION,
        "findings": [{"rule": e.rule, "path": e.path, "fingerprint": e.fingerprint, "message": e.message,
                      "line": e.line} for e in entries_for(findings)],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Write the baseline for `findings` to `path` atomically; return how many entries it holds."""
    text = dumps(findings)
    path = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            os.fchmod(fd, _mode(path))
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise BaselineError(f"cannot write baseline {path}: {e.strerror or e}") from e
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return len(findings)


def _mode(path: Path) -> int:
    """Keep an existing baseline's permissions; a new one is 0644, not mkstemp's 0600."""
    return path.stat().st_mode & 0o777 if path.is_file() else 0o644


def load_baseline(path: Path) -> Baseline:
    """Read a baseline, or raise BaselineError saying in one line what is wrong with the file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise BaselineError(f"baseline {path} does not exist") from e
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(f"cannot read baseline {path}: {getattr(e, 'strerror', None) or e}") from e
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise BaselineError(f"baseline {path} is not valid JSON (line {e.lineno}: {e.msg})") from e
    return Baseline(path, _entries(path, data))


def _entries(path: Path, data: object) -> tuple[Entry, ...]:
    """Validate the parsed file; a baseline that cannot be trusted is an error, not an empty set."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else None
        raise BaselineError(f"baseline {path} is not a {SCHEMA} file (schema: {found!r})")
    scheme = data.get("fingerprints", VERSION)
    if scheme != VERSION:
        raise BaselineError(f"baseline {path} uses fingerprints {scheme!r}, this factcheck uses {VERSION!r}: "
                            "write it again")
    items = data.get("findings")
    if not isinstance(items, list):
        raise BaselineError(f"baseline {path} has no 'findings' list")
    return tuple(_entry(path, n, item) for n, item in enumerate(items, 1))


def _entry(path: Path, n: int, item: object) -> Entry:
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k]
                                             for k in ("rule", "path", "fingerprint")):
        raise BaselineError(f"baseline {path}: finding {n} needs 'rule', 'path' and 'fingerprint' strings")
    message = item.get("message")
    line = item.get("line")
    return Entry(item["rule"], item["path"], item["fingerprint"],
                 message if isinstance(message, str) else "",
                 line if isinstance(line, int) and not isinstance(line, bool) else 0)


def filter_new(findings: list[Finding], baseline: Baseline) -> tuple[list[Finding], int]:
    """The findings not in the baseline, in their order, and how many were matched.

    Each baseline entry matches at most one finding, so a slip repeated beyond what the
    baseline knows is new. Fingerprints are computed over all of `findings` at once,
    as `write_baseline` does, so repeats are numbered the same way.
    """
    known = Counter(e.key for e in baseline.entries)
    new: list[Finding] = []
    matched = 0
    for f, fp in zip(findings, fingerprints(findings), strict=True):
        key = (f.rule, document_key(f.location.shown_path), fp)
        if known[key] > 0:
            known[key] -= 1
            matched += 1
        else:
            new.append(f)
    return new, matched
