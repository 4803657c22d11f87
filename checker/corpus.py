"""Find and read the documents to check, and map text offsets back to file positions.

Reading never modifies anything. A file that cannot be checked (empty, binary, not
UTF-8) becomes a `ReadProblem` with a one-line reason, and the rest of the corpus is
still checked.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .markup import render
from .model import Location

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl")
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
"""What a directory walk picks up. A file named explicitly is read whatever its suffix; a config
file's `formats` table adds suffixes (".story" = "text") or reads one differently."""

_NEWLINE = re.compile("\n")

Formats = Mapping[str, str] | None
"""Extra or overriding suffix → input format ("text", "markdown", "html", "jsonl")."""

Accept = Callable[[str, bool], bool] | None
"""Whether a path found by walking a folder is checked (path, is_dir): the config's include/exclude."""


class InputError(Exception):
    """The run cannot start: a path is missing. One line for the user, exit code 2."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its path as the user gave it, the text to analyse, and the text as written.

    For plain text the two are the same. For Markdown and HTML, `text` is the rendered
    prose and `offsets` maps each of its characters back to `source`, so every position
    reported is a position in the file the editor wrote.
    """

    path: str
    text: str
    source: str = ""
    offsets: tuple[int, ...] | None = None
    record: int | None = None
    """For JSON Lines input: the 1-based record (line of the file) the article is."""
    file: str | None = None
    """For JSON Lines input: the file the record is in."""
    _line_starts: tuple[int, ...] | None = field(default=None, repr=False, compare=False)
    """Offsets where each source line starts, worked out on first use: most articles of a big corpus
    never need them (nothing to report in them)."""

    @classmethod
    def from_text(cls, path: str, text: str, fmt: str = "text", record: int | None = None,
                  file: str | None = None) -> Document:
        rendered = render(text, fmt)
        if rendered is None:
            return cls(path, text, text, None, record, file)
        return cls(path, rendered.text, text, rendered.offsets, record, file)

    @property
    def line_starts(self) -> tuple[int, ...]:
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in _NEWLINE.finditer(self.source))
            object.__setattr__(self, "_line_starts", tuple(starts))
        return self._line_starts  # type: ignore[return-value]

    def source_offset(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        return self.offsets[max(0, min(offset, len(self.offsets) - 1))]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of a source offset."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def locate(self, start: int, end: int) -> Location:
        """The source span of analysis offsets [start, end)."""
        a = self.source_offset(start)
        b = self.source_offset(end - 1) + 1 if end > start else a
        line, col = self.position(a)
        end_line, end_col = self.position(b)
        return Location(self.path, line, col, end_line, end_col, start, end, self.record, self.file)

    def relocate(self, loc: Location) -> Location:
        """A location computed on the analysis text, moved to this document's source."""
        return self.locate(loc.start, loc.end)

    def line_text(self, line: int) -> str:
        """The text of a 1-based source line, without its line break."""
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[start:end].rstrip("\r")

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A file that could not be checked, and why."""

    path: str
    reason: str
    fatal: bool = False
    """True when the file could not even be opened (permissions, I/O): exit code 2."""
    record: int | None = None
    file: str | None = None
    """For a bad record of a JSON Lines file: which record, in which file."""


def discover(paths: list[str], formats: Formats = None, accept: Accept = None) -> list[str]:
    """The files to check under `paths`, in a stable order, paths spelled as the user gave them.

    Files named explicitly are always checked; files found by walking a folder must have a
    known suffix and pass `accept` (include/exclude)."""
    suffixes = TEXT_SUFFIXES + tuple(s.lower() for s in (formats or {}))
    found: list[str] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise InputError(f"no such file or directory: {given}")
        if p.is_file():
            found.append(given)
            continue
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__"
                             and (accept is None or accept(os.path.join(root, d), True)))
            for name in sorted(files):
                path = os.path.join(root, name)
                if not name.startswith(".") and name.lower().endswith(suffixes) \
                        and (accept is None or accept(path, False)):
                    found.append(path)
    seen: set[str] = set()
    unique = []
    for f in found:
        key = os.path.normpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_many(path: str, formats: Formats = None) -> list[Document | ReadProblem]:
    """The articles in one file: one, or one per record of a JSON Lines file."""
    if format_of(path, formats) != "jsonl":
        return [read(path, formats)]
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        return [ReadProblem(path, f"cannot read: {e.strerror or e}", fatal=True)]
    return decode_many(path, raw, formats)


def decode_many(path: str, raw: bytes, formats: Formats = None) -> list[Document | ReadProblem]:
    """The articles in bytes read from `path` (or standard input named so): JSON Lines records, or one."""
    if format_of(path, formats) != "jsonl":
        return [decode(path, raw, formats)]
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as e:
        return [ReadProblem(path, f"not UTF-8 (byte 0x{raw[e.start]:02x}): not checked; save it as UTF-8")]
    out: list[Document | ReadProblem] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            out.append(ReadProblem(where, f"record {n} is not valid JSON ({e.msg}): not checked", record=n, file=path))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("body"), str) or not rec["body"].strip():
            out.append(ReadProblem(where, f"record {n} has no 'body' string: not checked", record=n, file=path))
            continue
        title = rec.get("title")
        text = (title.strip() + "\n\n" if isinstance(title, str) and title.strip() else "") + rec["body"]
        out.append(Document.from_text(where, text, "text", record=n, file=path))
    if not out:
        out.append(ReadProblem(path, "empty file: nothing to check"))
    return out


def read(path: str, formats: Formats = None) -> Document | ReadProblem:
    """Read one file as UTF-8 text, or say in one line why it cannot be checked."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        return ReadProblem(path, f"cannot read: {e.strerror or e}", fatal=True)
    return decode(path, raw, formats)


def decode(path: str, raw: bytes, formats: Formats = None) -> Document | ReadProblem:
    """Bytes (a file's, or standard input's) as a Document, or why they cannot be checked."""
    if not raw.strip():
        return ReadProblem(path, "empty file: nothing to check")
    if b"\x00" in raw[:8192]:
        return ReadProblem(path, "binary file (contains NUL bytes): not checked")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return ReadProblem(
            path, f"not UTF-8 (byte 0x{raw[e.start]:02x} on line {line}): not checked; save it as UTF-8"
        )
    fmt = format_of(path, formats)
    return Document.from_text(path, text, "text" if fmt == "jsonl" else fmt)


def format_of(path: str, formats: Formats = None) -> str:
    """'markdown', 'html', 'jsonl' or 'text', from the file name (and the config's `formats`)."""
    suffix = os.path.splitext(path)[1].lower()
    return (formats or {}).get(suffix) or FORMATS.get(suffix, "text")


def read_all(paths: list[str]) -> Iterator[Document | ReadProblem]:
    for path in discover(paths):
        yield read(path)
