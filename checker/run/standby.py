"""A process that imports spaCy and builds the pipeline while the parent does everything else.

After one edit, a re-check extracts one article, and importing spaCy and building the
pipeline for it (about 1.3 s) was most of the run; the parent meanwhile starts up, reads
the files, hashes them and loads the last run's checks (about 0.8 s) before it even knows
what changed. So the `factcheck` command starts a standby process first thing
(checker/run/launch.py), and it imports spaCy on the second core:

- if a core is idle when it starts (`spare_core`), it imports spaCy and the pipeline's module at
  once, while the parent imports the CLI and reads the copy (about 0.7 s), and the CLI sends it
  what to build as soon as it has its settings, before the corpus is read: on this machine's two
  cores the reading took the same 0.33 s with the import alongside, and the standby was ready
  about 0.7 s sooner for a re-check that extracts the edited article;
- if no core is idle (other work keeps both busy), it waits for the corpus to be read, and only
  then imports spaCy: beside other work, an import alongside the reading took its CPU from the
  parent, and a re-check with nothing changed took 0.6 s longer (median of 5, load 3–5 on the
  2 cores), while a corrected figure gained only 0.2 s; unless a file of the copy was written
  after the cache last was (`Hint`): then an article most likely needs extracting, and the
  standby starts at once, so the edit's re-check does not wait for an import begun after the
  reading (about a second on a busy machine);
- once the CLI has its settings, it either keeps the standby (a cached run with 2 or more
  jobs: one likely to extract only the few articles edited since the last run), or stops it;
- if a few articles need extracting, they go to the standby instead of a pipeline built in
  the parent, which then never imports spaCy;
- if none do, or so many that the worker pool is wanted, the standby is stopped (SIGTERM)
  and has cost only CPU time on the other core;
- if anything goes wrong in it (the build fails, it dies), the parent extracts as it would
  have without a standby, so errors are reported the one usual way.

This module imports little: it is imported before the CLI, so that the fork comes early.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import types
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, NamedTuple

from .processes import die_with_parent, pick_start_method

if TYPE_CHECKING:
    from ..corpus import Document
    from .parallel import PipelineArgs


class Standby:
    """One process that gets ready to extract; `prepare` says what to build, `extract` sends it
    documents, `close` ends it."""

    def __init__(self, start_method: str | None = None, early: bool | None = None,
                 guess: tuple[tuple[str, ...], str] | None = None) -> None:
        self.prepared = False
        self.extracted = 0
        """Documents this standby has extracted (for -v)."""
        self.early = spare_core() if early is None else early
        """Whether it imports spaCy at once (a core was idle), rather than once told what to build."""
        # `guess`: the folders and the cache folder the command line names (checker/run/launch.py); if a story
        # there was edited since the cache was written, the standby imports spaCy at once all the same.
        method = start_method or pick_start_method()
        context = multiprocessing.get_context(method)
        self._conn, child = context.Pipe()
        parent = os.getpid() if method == "fork" else None
        self._process: multiprocessing.process.BaseProcess | None = context.Process(
            target=_serve, args=(child, self._conn, parent, self.early, guess), daemon=True, name="factcheck-standby")
        self._process.start()
        child.close()

    def prepare(self, args: PipelineArgs) -> None:
        """Build this pipeline (while the caller goes on)."""
        if self._process is not None and not self.prepared:
            self.prepared = self._send(args)

    def hint(self, args: PipelineArgs, paths: Sequence[str], cache_dir: os.PathLike | str) -> None:
        """Build this pipeline now if a file under `paths` was written after the cache in `cache_dir` last was
        (the standby looks, on its own core): an edit since the last run, most likely to be extracted. Else
        it waits for `prepare`, as before."""
        if self._process is not None and not self.prepared and not self.early:
            self._send(Hint(args, tuple(map(str, paths)), str(cache_dir)))

    def extract(self, documents: Sequence[Document], meanwhile: Iterator[None] | None = None) -> list[bytes] | None:
        """The documents' extractions in the cache's encoding (checker.run.serial), in order; None if
        the standby cannot give them (then the caller extracts them itself). `meanwhile` is
        stepped through until the answer comes: work the caller can do ahead, which it will
        otherwise do later (an error in it only ends it)."""
        if self._process is None or not self.prepared or not self._send(list(documents)):
            return None
        try:
            for _ in meanwhile or ():
                if self._conn.poll():
                    break
        except Exception:  # noqa: BLE001 — work done ahead is optional; the caller does it again if need be
            pass
        try:
            status, payload = self._conn.recv()
        except (EOFError, OSError):
            status, payload = "died", None
        if status != "ok":
            self.close()
            return None
        self.extracted += len(payload)
        return payload

    def close(self) -> None:
        """Stop the process: at once (it may be busy importing or building, and nothing needs it)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive():
            process.terminate()
        process.join()
        self._conn.close()

    def _send(self, message: object) -> bool:
        try:
            self._conn.send(message)
            return True
        except (OSError, ValueError):
            self.close()
            return False

    def __enter__(self) -> Standby:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def spare_core(cores: int | None = None) -> bool:
    """Whether a core is idle now, besides this process's: the tasks runnable at this moment (Linux's
    /proc/loadavg, this process among them), else the last minute's load average. Only when to import
    spaCy depends on it, never what a run finds."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = float(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        try:
            running = 1 + os.getloadavg()[0]
        except (OSError, AttributeError):
            return False
    return (cores or os.cpu_count() or 1) - running >= 1


class Hint(NamedTuple):
    """Build `args` at once if a file under `paths` is newer than the cache in `cache_dir` (`edited`)."""

    args: PipelineArgs
    paths: tuple[str, ...]
    cache_dir: str


HINT_FILES = 100_000
"""Files to look at, at most, for one written since the cache was: beyond, the standby waits as before."""


def edited(paths: Sequence[str], cache_dir: str, limit: int = HINT_FILES) -> bool:
    """Whether a file under `paths` was modified in place after the claims cache in `cache_dir` was last
    written (its database or its write-ahead log): a story edited since the last run. A folder changed
    since then (a story added, renamed or deleted there, or saved by a rename) does not count its files: a
    story renamed, copied or deleted is not extracted, and importing spaCy for nothing beside a busy parent
    slows it. Only when the standby starts depends on this, never what a run finds: a file whose time is
    wrong only makes a re-check wait for spaCy, or spaCy start for nothing."""
    from .cache import DB_NAME

    since = -1
    for name in (DB_NAME, DB_NAME + "-wal"):
        try:
            since = max(since, os.stat(os.path.join(cache_dir, name)).st_mtime_ns)
        except OSError:
            pass
    if since < 0:
        return False
    seen = 0
    stack = list(paths)
    while stack and seen < limit:
        path = stack.pop()
        try:
            changed = os.stat(path).st_mtime_ns > since  # names came or went here: its files are not looked at
            with os.scandir(path) as entries:
                for entry in entries:
                    seen += 1
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith("."):
                            stack.append(entry.path)
                    elif not changed and entry.stat().st_mtime_ns > since:
                        return True
        except NotADirectoryError:
            try:
                if os.stat(path).st_mtime_ns > since:
                    return True
            except OSError:
                pass
        except OSError:
            pass
    return False


def cache_in_use(cache_dir: os.PathLike | str | None) -> bool:
    """A cache with an earlier run's claims: a run that may extract only a few articles. (Asked by the
    CLI, which has imported the cache's modules by then.)"""
    from .cache import DB_NAME

    return cache_dir is not None and os.path.exists(os.path.join(cache_dir, DB_NAME))


def _import_spacy_without_its_cli() -> None:
    """Import spaCy, leaving out its command line.

    spaCy's `__init__` imports its CLI (typer, weasel, requests: 450 modules, about 0.2 s of
    the 0.75 s import) only to offer `spacy.info`, and the standby's time is the re-check's.
    Stand-ins take the CLI's place during the import and are removed after it, so a later
    `import spacy.cli` gets the real one; if spaCy ever needs more of its CLI to import, the
    stand-ins go and spaCy is imported in full.
    """
    if "spacy" in sys.modules:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        spacy = importlib.import_module("spacy")
        if getattr(spacy, "cli", None) is package:
            del spacy.cli
    except ImportError:
        pass  # imported in full below
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    importlib.import_module("spacy")


def _import() -> None:
    """spaCy and the pipeline's module: the slow part, while the parent goes on."""
    _import_spacy_without_its_cli()
    importlib.import_module("..extract.pipeline", __package__)


def _spacy_info(*args, **kwargs):
    """`spacy.info`, the real one, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _serve(conn: Connection, parents_end: Connection, parent: int | None = None, early: bool = False,
           guess: tuple[tuple[str, ...], str] | None = None) -> None:
    """The standby's life: import (at once if `early`, or if a story under the folders `guess` names was edited
    since its cache was written, else at the parent's first word), build what the parent asks for, extract
    what it sends, until it says stop (None) or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops us
    die_with_parent(parent)
    parents_end.close()  # so that a parent that dies leaves us at end-of-file, not waiting forever
    edited_early = not early and guess is not None and bool(guess[0]) and edited(*guess)
    if early or edited_early:
        _import()
    nlp = None
    built = None  # the arguments `nlp` was built from
    failure = "no pipeline was asked for"
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        if isinstance(message, Hint):
            if not edited_early and not edited(message.paths, message.cache_dir):
                continue  # nothing written since the last run: wait for `prepare`, as without the hint
            message = message.args
        if not isinstance(message, list):  # what to build
            if message == built:
                continue  # built already, on a hint
            _import()
            try:
                nlp, built = message.build(), message
            except Exception as e:  # noqa: BLE001 — the parent builds again and fails the usual way
                nlp, built, failure = None, None, f"{type(e).__name__}: {e}"
            continue
        from .parallel import extract_chunk
        from .serial import extraction_to_bytes
        try:
            if nlp is None:
                raise RuntimeError(failure)
            conn.send(("ok", [extraction_to_bytes(ex) for ex in extract_chunk(nlp, message)]))
        except Exception as e:  # noqa: BLE001 — as above
            conn.send(("error", f"{type(e).__name__}: {e}"))
