"""Find and read the documents to check, and map text offsets back to file positions.

Reading never modifies anything. A file that cannot be checked (empty, binary, not
UTF-8) becomes a `ReadProblem` with a one-line reason, and the rest of the corpus is
still checked. So does what a folder walk finds but must not read: a named pipe or device
(it would block or never end), a symlink out of the folders checked.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol
from dataclasses import dataclass, field
from pathlib import Path

from .markup import render
from .model import Location
from .wrapping import unwrap

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
    reported is a position in the file the editor wrote. Invisible characters and digits of
    other scripts are normalised (`normalise`) in any format; plain text then has `offsets` too.
    """

    path: str
    text: str
    source: str = ""
    offsets: tuple[int, ...] | None = None
    record: int | None = None
    """For JSON Lines input: the 1-based record (line of the file) the article is."""
    file: str | None = None
    """For JSON Lines input: the file the record is in."""
    normalised: tuple[tuple[int, bool, str], ...] = ()
    """Where `text` differs from the copy as written, besides markup (see `normalise`): (offset in
    `text`, whether a character was dropped just before it rather than replaced by it, what it was)."""
    _line_starts: tuple[int, ...] | None = field(default=None, repr=False, compare=False)
    """Offsets where each source line starts, worked out on first use: most articles of a big corpus
    never need them (nothing to report in them)."""

    @classmethod
    def from_text(cls, path: str, text: str, fmt: str = "text", record: int | None = None,
                  file: str | None = None) -> Document:
        rendered = render(text, fmt)
        analysed, offsets = (text, None) if rendered is None else (rendered.text, rendered.offsets)
        analysed = unwrap(analysed)  # same length: offsets still map to the copy as written
        normal = normalise(analysed)
        if normal is None:
            return cls(path, analysed, text, offsets, record, file)
        new, kept, changes = normal
        if offsets is None:
            mapped = (*kept, len(text))
        else:
            mapped = (*(offsets[k] for k in kept), offsets[len(analysed)])
        return cls(path, new, text, mapped, record, file, changes)

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


_INVISIBLE = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
              "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
              "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
"""Unicode's format characters (category Cf, as of Unicode 14; tests/test_hostile.py checks the list
against `unicodedata`): zero-width space and joiners, soft hyphen, byte order mark, direction marks."""
_SEPARATORS = {"\u066b": ".", "\u066c": ","}
"""Arabic decimal and thousands separators, as the number reader knows them."""
_TO_NORMALISE = re.compile("[" + _INVISIBLE + "\u066b\u066c]|(?![0-9])\\d")


@functools.lru_cache(maxsize=4096)
def _needs_normalising(c: str) -> bool:
    """Whether one non-ASCII character is one `normalise` changes."""
    return c in _SEPARATORS or c.isdecimal() or _TO_NORMALISE.match(c) is not None


def normalise(text: str) -> tuple[str, list[int], tuple[tuple[int, bool, str], ...]] | None:
    """`text` with its invisible characters dropped and other scripts' digits and separators made
    ASCII, the offset in `text` of each character kept, and what was changed (as Document.normalised);
    None if nothing needs it (most copy).

    Copy pasted from other systems carries them unseen: "21,\u200b881" was read as 21, "2,3\u200d52" as
    2,3, Arabic-Indic "٢١٬٨٨١" as 21 — false errors in a correct article. The number reader warns of
    each figure read through one of them (a malformed number)."""
    if text.isascii() or not any(_needs_normalising(c) for c in set(text) if c > "\x7f"):
        return None  # the set of a text's characters is built in C: the regex below scanned 20 MB/s
    found = list(_TO_NORMALISE.finditer(text))
    if not found:
        return None
    parts: list[str] = []
    kept: list[int] = []
    changes: list[tuple[int, bool, str]] = []
    pos = 0
    for m in found:
        a = m.start()
        parts.append(text[pos:a])
        kept.extend(range(pos, a))
        c = m.group(0)
        here = len(kept)
        if c in _SEPARATORS:
            parts.append(_SEPARATORS[c])
            kept.append(a)
            changes.append((here, False, f"U+{ord(c):04X} {unicodedata.name(c)} as the "
                                         f"{'decimal point' if _SEPARATORS[c] == '.' else 'thousands separator'}"))
        elif c.isdecimal():
            parts.append(str(unicodedata.decimal(c)))
            kept.append(a)
            script = unicodedata.name(c, "").rpartition(" DIGIT ")[0].title() or "other"
            changes.append((here, False, f"written in {script} digits"))
        else:
            changes.append((here, True, f"an invisible U+{ord(c):04X} {unicodedata.name(c, 'FORMAT CHARACTER')} "
                                        "inside it"))
        pos = a + 1
    parts.append(text[pos:])
    kept.extend(range(pos, len(text)))
    return "".join(parts), kept, tuple(changes)


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


class Skipped(str):
    """A path a folder walk found but must not read, and why: `read_many` makes it a ReadProblem (a
    `read-error` warning) without opening it. A str, so whoever passes paths from `discover` to
    `read_many` (runner.load_corpus) need not know."""

    reason: str

    def __new__(cls, path: str, reason: str) -> Skipped:
        self = super().__new__(cls, path)
        self.reason = reason
        return self

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.reason


def discover(paths: list[str], formats: Formats = None, accept: Accept = None) -> list[str]:
    """The files to check under `paths`, in a stable order, paths spelled as the user gave them.

    Files named explicitly are always checked; files found by walking a folder must have a
    known suffix and pass `accept` (include/exclude). What a walk finds but must not read comes
    back as a `Skipped` path: a named pipe, socket or device (reading it would block, or never
    end), and a symlink to a file or folder outside `paths` (it would put a file nobody asked
    for, /etc/passwd, in the report). Symlinks that stay inside `paths` are read; symlinked
    folders are never walked (their files inside `paths` are found where they are). A path named
    here that is not a file or folder is an InputError: it is never opened."""
    suffixes = TEXT_SUFFIXES + tuple(s.lower() for s in (formats or {}))
    roots = [os.path.realpath(given) for given in paths]
    found: list[str] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise InputError(f"no such file or directory: {given}")
        if p.is_file():
            found.append(given)
            continue
        if not p.is_dir():
            raise InputError(f"{given} is {_kind(os.stat(given).st_mode)}, not a file or folder: not read "
                             "(to check an article from a pipe, give - and pipe it to standard input)")
        for root, dirs, files in os.walk(given):
            kept = []
            for d in sorted(dirs):
                path = os.path.join(root, d)
                if d.startswith(".") or d == "__pycache__" or (accept is not None and not accept(path, True)):
                    continue
                if os.path.islink(path):
                    if not _inside(os.path.realpath(path), roots):
                        found.append(Skipped(path, f"a symlink to a folder outside the folders checked "
                                                   f"({os.readlink(path)}): not followed"))
                    continue
                kept.append(d)
            dirs[:] = kept
            for name in sorted(files):
                path = os.path.join(root, name)
                if not name.startswith(".") and name.lower().endswith(suffixes) \
                        and (accept is None or accept(path, False)):
                    found.append(_walked(path, roots))
    seen: set[str] = set()
    unique = []
    for f in found:
        key = os.path.normpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


class Regular(str):
    """A path a folder walk found to be a regular file (or a symlink to one inside the folders checked):
    `read` need not look at it again before opening it (one system call a file fewer). `st`: the file's
    stat as the walk found it, which `Known` compares with what the last runs read (None: not taken)."""

    st: os.stat_result | None

    def __new__(cls, path: str, st: os.stat_result | None = None) -> Regular:
        self = super().__new__(cls, path)
        self.st = st
        return self

    def __getnewargs__(self) -> tuple[str, os.stat_result | None]:  # type: ignore[override]
        return str(self), self.st


def _walked(path: str, roots: list[str]) -> str:
    """A file a folder walk found: its path (a Regular one if it is a regular file), or a Skipped path if
    it must not be read."""
    try:
        st = os.lstat(path)  # one call for what islink and stat told: most files are no symlink
    except OSError:
        return path  # gone meanwhile: opening it says why
    link = stat.S_ISLNK(st.st_mode)
    if link and not _inside(os.path.realpath(path), roots):
        return Skipped(path, f"a symlink to a file outside the folders checked ({os.readlink(path)}): not read")
    if link:
        try:
            st = os.stat(path)
        except OSError:
            return Skipped(path, f"a broken symlink ({os.readlink(path)}): not read")
    if not stat.S_ISREG(st.st_mode):
        return Skipped(path, f"{_kind(st.st_mode)}, not a file: not read")
    return Regular(path, st)


def _inside(real: str, roots: list[str]) -> bool:
    """Whether a resolved path is one of `roots` (resolved) or under one."""
    return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"


def _unreadable(path: str) -> ReadProblem | None:
    """Why `path` must not be opened, if it must not: a Skipped path, or not a regular file."""
    if type(path) is Regular:
        return None
    if isinstance(path, Skipped):
        return ReadProblem(str(path), path.reason)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # opening it says why
    return None if stat.S_ISREG(mode) else ReadProblem(path, f"{_kind(mode)}, not a file: not read")


class Known(Protocol):
    """What the last runs read (checker/run/files.py): a file whose stat says it is as it was then is
    not read (`unread`); every file read is told with its stat as read (`read`)."""

    def unread(self, path: str, fmt: str, st: os.stat_result, formats: Formats) -> Unread | None: ...

    def read(self, path: str, fmt: str, st: os.stat_result) -> None: ...


class Unread:
    """A document not read, because its file's stat is the one the last runs read it with
    (checker/run/files.py): its digest is known, and it had no notes in it. Read on first use of
    anything but its name (the text report's lines of a finding in it, a SARIF report, an extraction
    the cache no longer holds), and then only if it still gives the digest (`check`): a file that
    changed since the run began is an InputError, never checked under the old text's claims."""

    __slots__ = ("path", "digest", "record", "file", "_formats", "_check", "_doc")

    def __init__(self, path: str, digest: str, formats: Formats, check: Callable[[Document], str]) -> None:
        self.path, self.digest, self.record, self.file = path, digest, None, None
        self._formats, self._check, self._doc = formats, check, None

    def load(self) -> Document:
        """The document, read now (once)."""
        if self._doc is None:
            got = read(self.path, self._formats)
            if isinstance(got, ReadProblem) or self._check(got) != self.digest:
                raise InputError(f"{self.path}: changed while it was being checked; run again")
            self._doc = got
        return self._doc

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.load(), name)

    def __reduce_ex__(self, protocol: Any) -> Any:
        return _same, (self.load(),)  # sent to another process: the document, read


def _same(doc: Document) -> Document:
    """What an `Unread` unpickles as: its Document."""
    return doc


def loaded(doc: Document | Unread) -> Document:
    """A Document, read now if it was not (to extract it, or to send it to another process)."""
    return doc.load() if type(doc) is Unread else doc  # type: ignore[return-value]


def read_many(path: str, formats: Formats = None, known: Known | None = None) -> list[Document | ReadProblem]:
    """The articles in one file: one, or one per record of a JSON Lines file. With `known`, a file the
    last runs read and whose stat is as it was then is not read (an `Unread` stands for it)."""
    fmt = format_of(path, formats)
    if fmt != "jsonl" and known is not None:
        st = getattr(path, "st", None)
        if st is None:
            try:
                st = os.stat(path)
            except OSError:
                st = None  # opening it says why
        if st is not None and stat.S_ISREG(st.st_mode) and \
                (unread := known.unread(str(path), fmt, st, formats)) is not None:
            return [unread]  # type: ignore[list-item]
        seen: list[os.stat_result] = []
        got = read(path, formats, seen)
        if seen and isinstance(got, Document):
            known.read(got.path, fmt, seen[0])
        return [got]
    if fmt != "jsonl":
        return [read(path, formats)]
    if (problem := _unreadable(path)) is not None:
        return [problem]
    path = str(path)
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
        # Records end at "\n" only: str.splitlines also splits at U+2028 and U+0085, which a JSON
        # string may hold as they are.
        lines = [line.removesuffix("\r") for line in raw.decode("utf-8-sig").split("\n")]
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
        except RecursionError:  # '[[[[…': Python's JSON reader recurses once per level
            out.append(ReadProblem(where, f"record {n} is nested too deeply to read: not checked", record=n, file=path))
            continue
        except ValueError as e:  # an integer of more than 4,300 digits (Python's limit for int())
            why = "a number too long to read" if "digits" in str(e) else str(e)
            out.append(ReadProblem(where, f"record {n} cannot be read ({why}): not checked", record=n, file=path))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("body"), str) or not rec["body"].strip():
            out.append(ReadProblem(where, f"record {n} has no 'body' string: not checked", record=n, file=path))
            continue
        title = rec.get("title")
        text = (title.strip() + "\n\n" if isinstance(title, str) and title.strip() else "") + rec["body"]
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:  # "\ud800" is JSON, but no character: the copy is not UTF-8
            out.append(ReadProblem(where, f"record {n} has an unpaired surrogate (\\u{ord(text[e.start]):04x}), not "
                                          "text: not checked", record=n, file=path))
            continue
        out.append(Document.from_text(where, text, "text", record=n, file=path))
    if not out:
        out.append(ReadProblem(path, "empty file: nothing to check"))
    return out


def read(path: str, formats: Formats = None, seen: list[os.stat_result] | None = None) -> Document | ReadProblem:
    """Read one file as UTF-8 text, or say in one line why it cannot be checked. `seen`: given the file's
    stat if it was the same before and after the read (the stat of the text read)."""
    if (problem := _unreadable(path)) is not None:
        return problem
    path = str(path)  # a plain str from here on: it is in every Location, and the caches pickle those
    try:
        with open(path, "rb") as f:
            before = os.fstat(f.fileno()) if seen is not None else None
            raw = f.read()
            if before is not None and seen is not None and same_stat(before, after := os.fstat(f.fileno())):
                seen.append(after)
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


def stat_key(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What says a file is the one read: size, modified and changed times, inode, device. The changed time
    (ctime) moves with every write and cannot be set back by hand, as the modified time can."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def same_stat(a: os.stat_result, b: os.stat_result) -> bool:
    return stat_key(a) == stat_key(b)


def format_of(path: str, formats: Formats = None) -> str:
    """'markdown', 'html', 'jsonl' or 'text', from the file name (and the config's `formats`)."""
    suffix = os.path.splitext(path)[1].lower()
    return (formats or {}).get(suffix) or FORMATS.get(suffix, "text")


def read_all(paths: list[str]) -> Iterator[Document | ReadProblem]:
    for path in discover(paths):
        yield read(path)
