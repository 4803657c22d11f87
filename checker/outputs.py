"""Every report format by name, and where each goes: the terminal, or a file named with --output.

`factcheck corpus/ --format github --output sarif:factcheck.sarif --output report.html` sends
annotations to the terminal and writes two files. Files are written whole or not at all.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from collections.abc import Iterable
from typing import BinaryIO, TextIO
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .corpus import Document, InputError
from .model import Extraction, Report
from .printable import say
from .report import Sources, render_json, render_text
from .report.text import Style
from .ruleset import RuleSet

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab", "html")
"""Every report format, as --format and the config's `format` name them."""

BY_SUFFIX = {".txt": "text", ".json": "json", ".sarif": "sarif", ".xml": "junit", ".html": "html", ".htm": "html"}
"""The format of `--output FILE` when it is not given as `FORMAT:FILE`."""


@dataclass(frozen=True, slots=True)
class Output:
    format: str
    path: Path


def parse_output(spec: str) -> Output:
    """`sarif:out.sarif`, `gitlab:gl-code-quality.json`, or just `report.html` (format from the suffix)."""
    head, sep, tail = spec.partition(":")
    if sep and head in FORMATS and tail:
        return Output(head, Path(tail))
    suffix = "".join(Path(spec).suffixes[-2:]).lower()
    fmt = "sarif" if suffix == ".sarif.json" else BY_SUFFIX.get(Path(spec).suffix.lower())
    if fmt is None:
        raise InputError(f"--output {spec}: cannot tell the format from the name; write it as FORMAT:FILE "
                         f"(formats: {', '.join(FORMATS)})")
    return Output(fmt, Path(spec))


@dataclass(frozen=True, slots=True)
class Run:
    """What every format may need to render one run."""

    report: Report
    ruleset: RuleSet
    documents: list[Document]
    extractions: list[Extraction]
    verbose: bool = False


def render(fmt: str, run: Run, colour: bool = False) -> str:
    """The report in one format (renderers are imported when used: the HTML one is large)."""
    report = run.report
    if fmt == "text":
        sources = Sources({d.path: d for d in run.documents})
        return render_text(report, sources, Style(colour), run.verbose)
    if fmt == "json":
        return render_json(report, run.verbose)
    if fmt == "sarif":
        from .report.sarif import render_sarif
        return render_sarif(report, run.ruleset, __version__, {d.path: d.source for d in run.documents})
    if fmt == "github":
        from .report.github import render_github
        return render_github(report)
    if fmt == "junit":
        from .report.junit import render_junit
        return render_junit(report, [d.path for d in run.documents])
    if fmt == "gitlab":
        from .report.gitlab import render_gitlab
        return render_gitlab(report)
    if fmt == "html":
        from .report.html import render_html
        return render_html(report, run.documents, run.extractions, verbose=True)
    raise ValueError(f"unknown format {fmt}")


def render_chunks(fmt: str, run: Run, colour: bool = False) -> Iterable[str | memoryview]:
    """`render`, in pieces where a format can be written as it goes (JSON's verified relations): text, or
    UTF-8 for `write_chunks`."""
    if fmt == "json":
        from .report.jsonfmt import json_chunks
        return json_chunks(run.report, run.verbose)
    return (render(fmt, run, colour),)


def write_atomic(path: Path, text: str | Iterable[str | bytes | memoryview]) -> None:
    """Write a whole file or leave the old one: a temp file beside it, then a rename.

    A target that is not a regular file keeps what it is: a symlink is written through (its target
    replaced, the link kept), a terminal, pipe or FIFO (`-o sarif:/dev/stdout`) is written to in place,
    and anything else (a folder, a block device, a socket) is refused."""
    path = Path(path)
    chunks = (text,) if isinstance(text, str) else text
    try:
        st = os.stat(path)  # follows a symlink to what it names
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from e
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"--output {path}: is a folder")
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            _write_through(path, chunks)
            return
        raise InputError(f"--output {path}: is not a regular file, a terminal or a pipe; not written")
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # the file the link names is replaced; the link stays
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"--output {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            write_chunks(out, chunks)
        os.chmod(tmp, st.st_mode & 0o777 if st is not None else 0o644)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {e.strerror or e}") from e


def _write_through(path: Path, chunks: Iterable[str | bytes | memoryview]) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            write_chunks(out, chunks)
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror or e}") from e


def write_chunks(out: TextIO, chunks: Iterable[str | bytes | memoryview]) -> None:
    """Text chunks written as text; UTF-8 chunks (a re-check's stored verified relations, 45 MB for 10,000
    stories: `render_chunks`) written to the stream's bytes as they are where the stream writes UTF-8 and
    "\n" as it is, else decoded and written as text: the same bytes either way."""
    raw: BinaryIO | None = None
    checked = False
    for chunk in chunks:
        if isinstance(chunk, str):
            out.write(chunk)
            continue
        if not checked:
            raw, checked = _utf8_bytes(out), True
        if raw is None:
            out.write(str(chunk, "utf-8"))
        else:
            out.flush()
            raw.write(chunk)


def _utf8_bytes(out: TextIO) -> BinaryIO | None:
    """The byte stream under a text stream that writes UTF-8, and newlines untranslated; else None."""
    raw = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    try:
        utf8 = encoding is not None and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    return raw if raw is not None and utf8 and os.linesep == "\n" else None


def refuse_inputs(paths: list[str], outputs: list[tuple[str, Path]], cache_dir: Path | None = None) -> None:
    """Nothing this run writes may replace what it reads. A report or baseline must not be an article, or
    land in a folder being checked (the next run would read it as copy); the cache, which marks its folder
    ignored by git, must not be a checked folder or hold one. `outputs`: (option, path) pairs."""
    named = [(p, os.path.realpath(p)) for p in paths if p != "-"]
    for option, target in outputs:
        real = os.path.realpath(target)
        for given, root in named:
            if real == root:
                raise InputError(f"{option} {target}: is {_kind(root)} this run checks ({given}); "
                                 f"refusing to overwrite it")
            if _inside(real, root):
                raise InputError(f"{option} {target}: is inside {given}, a folder this run checks; write it "
                                 f"outside the copy (the next run would read it as an article)")
    if cache_dir is not None:
        real = os.path.realpath(cache_dir)
        for given, root in named:
            if real == root or _inside(root, real):
                raise InputError(f"cache folder {cache_dir}: holds {given}, which this run checks; the cache marks "
                                 f"its folder ignored by git, so give it a folder of its own (--cache-dir)")


def _inside(path: str, folder: str) -> bool:
    return os.path.isdir(folder) and path.startswith(folder.rstrip(os.sep) + os.sep)


def _kind(path: str) -> str:
    return "a folder" if os.path.isdir(path) else "an article"


def github_step_summary(report: Report) -> None:
    """Append the Markdown summary to $GITHUB_STEP_SUMMARY when GitHub Actions sets it."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from .report.github import step_summary_markdown
    try:
        with open(target, "a", encoding="utf-8") as out:
            out.write(step_summary_markdown(report))
    except OSError as e:
        say(f"factcheck: warning: cannot write GITHUB_STEP_SUMMARY ({target}): {e.strerror or e}")
