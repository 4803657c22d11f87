"""`--fix` and `--diff`: write into the articles the corrections the official results decide.

Only a finding that is an error (its match with the table rests on nothing assumed) and carries
a `replacement` is applied; a warning's suggestion never is. Each article is rewritten whole
through a temporary file and a rename, keeping its permissions, and only if it is still exactly
what was checked; nothing outside the checked articles is written.
"""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .corpus import Document
from .model import Finding, Report, Severity
from .printable import say


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    """Offsets into the file's text as written."""
    old: str
    new: str
    rule: str


def fixable(f: Finding) -> bool:
    return f.replacement is not None and f.severity is Severity.ERROR


def plan(report: Report, documents: list[Document]) -> dict[str, tuple[Document, list[Edit]]]:
    """Each article's edits, by path: the figure's span in the file as written, checked to hold the
    figure the finding is about. JSON Lines records are not edited (the copy is escaped inside JSON)."""
    docs = {d.path: d for d in documents if d.record is None}
    out: dict[str, tuple[Document, list[Edit]]] = {}
    for f in report.findings:
        if not fixable(f):
            continue
        doc = docs.get(f.location.path)
        if doc is None:
            continue
        a, b = f.location.start, f.location.end
        if doc.offsets is not None:
            if not (0 <= a < b <= len(doc.offsets)):
                continue
            a, b = doc.offsets[a], doc.offsets[b - 1] + 1
        source = doc.source or doc.text
        old = source[a:b]
        if not old or not any(ch.isdigit() for ch in old):
            continue
        edits = out.setdefault(doc.path, (doc, []))[1]
        if any(e.start < b and a < e.end for e in edits):
            continue
        edits.append(Edit(a, b, old, f.replacement or "", f.rule))
    return out


def _applied(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[:e.start] + e.new + text[e.end:]
    return text


def apply_fixes(report: Report, documents: list[Document], write: bool) -> int:
    """Show (`write=False`: a unified diff on stdout) or write the corrections; exit status 1 if any
    were due (to show) or if errors remain that no correction settles (after writing)."""
    plans = plan(report, documents)
    changed = 0
    figures = 0
    for path in sorted(plans):
        doc, edits = plans[path]
        source = doc.source or doc.text
        new = _applied(source, edits)
        if new == source:
            continue
        if not write:
            for line in difflib.unified_diff(source.splitlines(keepends=True), new.splitlines(keepends=True),
                                             f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}"):
                sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
            changed += 1
            figures += len(edits)
            continue
        try:
            raw = Path(path).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            say(f"factcheck: {path}: not fixed ({e})")
            continue
        bom = "\ufeff" if raw.startswith("\ufeff") and not source.startswith("\ufeff") else ""
        if raw != bom + source:
            say(f"factcheck: {path}: not fixed: it changed since it was read")
            continue
        _write_whole(Path(path), bom + new)
        changed += 1
        figures += len(edits)
    fixed_at = {(f.location.path, f.location.start) for f in report.findings if fixable(f)}
    # An error at a figure being corrected (the consistency rule's view of the same slip) is settled too.
    left = sum(1 for f in report.findings if f.severity is Severity.ERROR and not fixable(f)
               and (f.location.path, f.location.start) not in fixed_at)
    verb = "would fix" if not write else "fixed"
    say(f"factcheck: {verb} {figures} figure{'s' if figures != 1 else ''} in {changed} "
        f"file{'s' if changed != 1 else ''}; {left} error{'s' if left != 1 else ''} left that the official results "
        f"do not settle")
    if not write:
        return 1 if figures else 0
    return 1 if left else 0


def _write_whole(path: Path, text: str) -> None:
    """The file replaced whole, or left as it was; a symlink's target is replaced, its mode kept."""
    real = Path(os.path.realpath(path))
    st = os.stat(real)
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".fix", dir=real.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, st.st_mode & 0o7777)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["Edit", "apply_fixes", "fixable", "plan"]
