"""A findings baseline: the slips already known, so a run reports only what is new.

A newsroom adopting factcheck on an archive cannot fix every old slip first. It writes
a baseline once, and later runs report only findings not in it. Findings are matched by
(rule, path, fingerprint), never by line: a slip stays known when a paragraph is added
above it or a sentence near it is reworded, and comes back when one of its figures
changes (checker/fingerprint.py says what the fingerprint is made of).

Paths are stored relative to the baseline file's folder, so the same baseline matches
whichever folder factcheck is run from. An entry whose article is gone (not checked in
this run, and not on disk) is matched by (rule, fingerprint) alone to a finding in an
article the baseline does not know, when exactly one entry and one finding have that
key: a renamed article keeps its known slips.

The file's schema is still `factcheck-baseline/1`: its `fingerprints` key names the recipe.
Files written with the first one (`factcheck-finding/v1`, by an older factcheck: paths as
given on the command line, the related sentences in the fingerprint) are still read and
matched as they were written; writing the baseline again brings the new keys. An older
factcheck refuses a new file with one line ("write it again") rather than matching nothing.

The file is JSON, sorted and without timestamps, so it diffs cleanly under version
control; it is written to a temporary file beside it and moved into place, so a failed
write never leaves a half-written baseline.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import V1, VERSION, content_fingerprints, document_key, v1_fingerprints
from .model import Finding

SCHEMA = "factcheck-baseline/1"
READABLE = (VERSION, V1)
"""The fingerprint schemes this factcheck matches; VERSION is the one it writes."""


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
    fingerprints: str = VERSION
    """The file's fingerprint scheme: VERSION, or V1 for a file written by an older factcheck."""

    @property
    def folder(self) -> Path:
        return Path(os.path.abspath(self.path)).parent


def relative_path(shown: str, folder: Path | str) -> str:
    """A document's path relative to `folder` (the baseline's), with forward slashes; absolute when it cannot
    be relative (another drive)."""
    here = os.path.abspath(shown)
    try:
        rel = os.path.relpath(here, os.path.abspath(folder))
    except ValueError:
        rel = here
    return rel.replace(os.sep, "/")


def entries_for(findings: list[Finding], folder: Path | str = ".") -> list[Entry]:
    """The baseline entries for `findings`, paths relative to `folder`, sorted by path, rule and fingerprint
    (not line, so editing the copy above a slip does not reorder the file)."""
    entries = [Entry(f.rule, relative_path(f.location.shown_path, folder), fp, f.message, f.location.line)
               for f, fp in zip(findings, content_fingerprints(findings), strict=True)]
    return sorted(entries, key=lambda e: (e.path, e.rule, e.fingerprint))


def dumps(findings: list[Finding], folder: Path | str = ".") -> str:
    """The baseline file's text for `findings` (paths relative to `folder`): the same findings always give
    the same bytes."""
    doc = {
        "schema": SCHEMA,
        "fingerprints": VERSION,
        "paths": "relative to this file's folder",
        "findings": [{"rule": e.rule, "path": e.path, "fingerprint": e.fingerprint, "message": e.message,
                      "line": e.line} for e in entries_for(findings, folder)],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Write the baseline for `findings` to `path` atomically; return how many entries it holds."""
    path = Path(path)
    text = dumps(findings, Path(os.path.abspath(path)).parent)
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
    return _entries(path, data)


def _entries(path: Path, data: object) -> Baseline:
    """Validate the parsed file; a baseline that cannot be trusted is an error, not an empty set."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else None
        raise BaselineError(f"baseline {path} is not a {SCHEMA} file (schema: {found!r})")
    scheme = data.get("fingerprints", V1)
    if scheme not in READABLE:
        raise BaselineError(f"baseline {path} uses fingerprints {scheme!r}, this factcheck reads "
                            f"{' and '.join(repr(v) for v in READABLE)}: write it again")
    items = data.get("findings")
    if not isinstance(items, list):
        raise BaselineError(f"baseline {path} has no 'findings' list")
    return Baseline(path, tuple(_entry(path, n, item) for n, item in enumerate(items, 1)), scheme)


def _entry(path: Path, n: int, item: object) -> Entry:
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k]
                                             for k in ("rule", "path", "fingerprint")):
        raise BaselineError(f"baseline {path}: finding {n} needs 'rule', 'path' and 'fingerprint' strings")
    message = item.get("message")
    line = item.get("line")
    return Entry(item["rule"], item["path"], item["fingerprint"],
                 message if isinstance(message, str) else "",
                 line if isinstance(line, int) and not isinstance(line, bool) else 0)


def filter_new(findings: list[Finding], baseline: Baseline,
               checked: Iterable[str] | None = None) -> tuple[list[Finding], int]:
    """The findings not in the baseline, in their order, and how many were matched (`split`)."""
    new, known = split(findings, baseline, checked)
    return new, len(known)


def split(findings: list[Finding], baseline: Baseline,
          checked: Iterable[str] | None = None) -> tuple[list[Finding], list[Finding]]:
    """(the findings not in the baseline, the findings it knows), each in the order given (`known_flags`)."""
    flags = known_flags(findings, baseline, checked)
    return [f for f, k in zip(findings, flags) if not k], [f for f, k in zip(findings, flags) if k]


def known_flags(findings: list[Finding], baseline: Baseline, checked: Iterable[str] | None = None) -> list[bool]:
    """For each finding, whether the baseline knows it.

    Each baseline entry matches at most one finding, so a slip repeated beyond what the
    baseline knows is new. Fingerprints are computed over all of `findings` at once, as
    `write_baseline` does, so repeats are numbered the same way. `checked`: the paths of
    every article this run read (shown paths), to tell a renamed article's entries from
    those of an article that was not checked this time; without it, an entry's article
    is gone when its file is not on disk.
    """
    if baseline.fingerprints == V1:
        fps = v1_fingerprints(findings)
        paths = [document_key(f.location.shown_path) for f in findings]
    else:
        fps = content_fingerprints(findings)
        paths = [relative_path(f.location.shown_path, baseline.folder) for f in findings]
    remaining = Counter(e.key for e in baseline.entries)
    is_known = [False] * len(findings)
    for i, f in enumerate(findings):
        key = (f.rule, paths[i], fps[i])
        if remaining[key] > 0:
            remaining[key] -= 1
            is_known[i] = True
    if baseline.fingerprints != V1:
        _match_renamed(findings, fps, paths, is_known, remaining, baseline, checked)
    return is_known


def _match_renamed(findings: list[Finding], fps: list[str], paths: list[str], is_known: list[bool],
                   remaining: Counter, baseline: Baseline, checked: Iterable[str] | None) -> None:
    """Mark as known each unmatched finding, in an article the baseline does not name, whose (rule,
    fingerprint) is that of exactly one unmatched entry of a gone article, and of no other such finding.
    (The fingerprint names no file, so it survives a rename; the path is what changed.)"""
    folder = baseline.folder
    seen = None if checked is None else {relative_path(p, folder) for p in checked}

    def gone(entry_path: str) -> bool:
        return (seen is None or entry_path not in seen) and not (folder / entry_path).exists()

    orphans: Counter[tuple[str, str]] = Counter()
    for (rule, path, fp), n in remaining.items():
        if n > 0 and gone(path):
            orphans[(rule, fp)] += n
    if not orphans:
        return
    named = {e.path for e in baseline.entries}
    candidates = [i for i, f in enumerate(findings) if not is_known[i] and paths[i] not in named]
    wanted = Counter((findings[i].rule, fps[i]) for i in candidates)
    for i in candidates:
        key = (findings[i].rule, fps[i])
        if orphans[key] == 1 and wanted[key] == 1:
            is_known[i] = True
