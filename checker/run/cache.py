"""A local cache of extracted claims, so a re-run extracts only the documents that changed.

Extraction is the slow stage (~35,000 words/s); the cross-document rules need every
article's claims. The cache maps (key, document digest) to the Extraction as a blob
(`checker.run.serial`), in one SQLite file, `<cache_dir>/claims.sqlite3`:

- `key` (`cache_key`) fingerprints everything that changes extraction: the package,
  the extractor's source, the spaCy model, the rules and the settings. Rows under any
  other key are stale and are deleted when a run opens the cache.
- the digest (`document_digest`) covers the document's path (claims carry it in their
  locations), its text as written and as analysed. An edited document misses; the
  row for its old text is replaced when the new one is stored.
- a row also keeps the digest of the document without its path (`content_digest`): a story
  renamed, or copied under a new name, finds the claims of the same text read under the old
  name (`same_text`), and has them with the new name in every place (`renamed`), without
  being extracted again (extraction never reads the path: `tests/test_cache.py`).

A cache must never fail a run or change its result. Every write batch is one
transaction in WAL mode with a busy timeout, so concurrent runs and a run killed
mid-write leave a usable file. A file that is not our database, is damaged, has another
schema version or holds a blob that fails to decode is deleted and rebuilt; a folder that
cannot be written turns the cache off. Either way the run goes on, and `notices` holds
one line to tell the user.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sqlite3
import sys
import time
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from .. import __version__
from .collector import collecting
from .files import FileRecords, reader_digest
from ..corpus import Document
from ..model import Extraction, Location
from .seal import Foreign, Seal, user_seal
from .serial import FORMAT_ID, DecodeError, extraction_from_bytes, extraction_to_bytes

DB_NAME = "claims.sqlite3"
SCHEMA_VERSION = 6
APPLICATION = "factcheck-claims"
BUSY_TIMEOUT_MS = 30_000
"""How long a run waits for another run's write to finish before giving up on writing."""
WAL_LIMIT = 16 * 1024 * 1024
"""Bytes of write-ahead log kept after a checkpoint; a first run's big batch would leave it at its size."""
CHUNK = 900
"""Parameters per query: SQLite before 3.32 allows at most 999."""

PACKAGE = Path(__file__).resolve().parent.parent
"""checker/: this module is in checker/run/, the extractor's code is not."""
EXTRACTOR_SOURCES = ("extract/*.py", "numbers.py", "corpus.py", "markup.py", "model.py", "ruleset.py",
                     "run/serial.py")
"""The package files whose change can change an Extraction (relative to checker/)."""

CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by factcheck.\n"
                "# For information about cache directory tags see https://bford.info/cachedir/\n")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS extractions (key TEXT NOT NULL, digest TEXT NOT NULL, "
    "path TEXT NOT NULL, blob BLOB NOT NULL, content TEXT, PRIMARY KEY (key, digest))",
    "CREATE INDEX IF NOT EXISTS extractions_path ON extractions (key, path)",
    "CREATE INDEX IF NOT EXISTS extractions_content ON extractions (key, content)",
    # The last run's checks, to re-check from (checker/run/incremental.py); `key` is its check key.
    "CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, blob BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS run_docs (key TEXT NOT NULL, path TEXT NOT NULL, blob BLOB NOT NULL, "
    "PRIMARY KEY (key, path))",
    "CREATE TABLE IF NOT EXISTS run_shards (key TEXT NOT NULL, shard INTEGER NOT NULL, facts BLOB NOT NULL, "
    "findings BLOB NOT NULL, verified BLOB NOT NULL, verified_count INTEGER NOT NULL, shown BLOB NOT NULL, "
    "PRIMARY KEY (key, shard))",
    "CREATE TABLE IF NOT EXISTS run_keys (key TEXT NOT NULL, bkey TEXT NOT NULL, shard INTEGER NOT NULL, "
    "tag BLOB NOT NULL, PRIMARY KEY (key, bkey))",
    "CREATE INDEX IF NOT EXISTS run_keys_shard ON run_keys (key, shard)",
)

PHRASES_NAME = "phrases.json"
"""The pipeline's phrases, tokenized (checker/extract/phrases.py `FILE`)."""
OWN_FILES = frozenset({"CACHEDIR.TAG", ".gitignore", DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm",
                       f"{DB_NAME}-journal", PHRASES_NAME})
"""What the cache puts in its folder: a folder holding anything else is someone else's."""

_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_SHORT_READ = 522
"""SQLITE_IOERR_SHORT_READ: the file ends before a page it says it has (truncated)."""


class Unreadable(Exception):
    """The cache file is not a database we can trust; the reason is for the notice."""


def cache_key(rules_dirs: list[Path], model_name: str, model_version: str, settings: dict) -> str:
    """A fingerprint of everything extraction depends on; any change misses every document.

    `rules_dirs`: the rules folder and any extra ones, in order; `settings`: the extraction
    settings as JSON-able values (default year and country, whether statistical parts run)."""
    h = hashlib.sha256()
    parts = {
        "application": APPLICATION,
        "schema": SCHEMA_VERSION,
        "package": __version__,
        "format": FORMAT_ID,
        "python": list(sys.version_info[:2]),
        "spacy": installed_version("spacy"),
        "model": [model_name, model_version],
        "settings": settings,
    }
    h.update(json.dumps(parts, sort_keys=True, default=str).encode())
    for pattern in EXTRACTOR_SOURCES:
        for f in sorted(PACKAGE.glob(pattern)):
            _hash_file(h, f.relative_to(PACKAGE).as_posix(), f)
    for n, folder in enumerate(rules_dirs):
        for f in _files_under(folder):
            _hash_file(h, f"rules{n}/{f.relative_to(folder).as_posix()}", f)
    return h.hexdigest()[:32]


def installed_version(distribution: str) -> str:
    """A package's installed version, without importing it ('' if it is not installed)."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _files_under(folder: Path) -> list[Path]:
    """Every file a rules folder holds, in a stable order; hidden files and caches skipped."""
    if folder.is_file():
        return [folder]
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        out.extend(Path(root, f) for f in sorted(files) if not f.startswith("."))
    return out


def _hash_file(h: hashlib._Hash, name: str, path: Path) -> None:
    data = path.read_bytes()
    for part in (name.encode(), data):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)


def document_digest(doc: Document) -> str:
    """Identifies a document's extraction input: path, record, text as written and as analysed."""
    h = hashlib.sha256()
    rendered = doc.offsets is not None
    parts = [doc.path, str(doc.record), doc.file or "", "rendered" if rendered else "text", doc.source]
    for part in parts:
        _hash_part(h, part.encode("utf-8", "surrogatepass"))
    if rendered:
        _hash_part(h, doc.text.encode("utf-8", "surrogatepass"))
        _hash_part(h, array("q", doc.offsets).tobytes())
    elif doc.text != doc.source:
        _hash_part(h, doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def content_digest(doc: Document) -> str | None:
    """`document_digest` of the document under no name: the same for the same text under another path.
    None for a record of a JSON Lines file (its name and record number are its place in the file)."""
    if doc.record is not None or doc.file is not None:
        return None
    return document_digest(replace(doc, path=""))


def renamed(ex: Extraction, path: str) -> Extraction:
    """The claims of a document read under another name, as read under `path`: the name in every place."""
    def at(loc: Location | None) -> Location | None:
        return None if loc is None else replace(loc, path=path)

    return replace(ex, path=path, claims=tuple(replace(c, location=at(c.location)) for c in ex.claims),
                   mentions=tuple(replace(m, location=at(m.location)) for m in ex.mentions),
                   malformed=tuple((at(loc), text, why) for loc, text, why in ex.malformed),
                   unclassified=tuple(map(at, ex.unclassified)))


def _hash_part(h: hashlib._Hash, data: bytes) -> None:
    h.update(len(data).to_bytes(8, "big"))
    h.update(data)


class ClaimCache:
    """The open cache: `get_many` before extracting, `put_many` after. Off (`enabled` false) when the
    folder cannot be used; then it stores nothing and finds nothing, and `notices` says why."""

    def __init__(self, cache_dir: Path, key: str, seal: Seal | None = None) -> None:
        self.cache_dir = cache_dir
        self.key = key
        self.path = cache_dir / DB_NAME
        self.notices: list[str] = []
        self._db: sqlite3.Connection | None = None
        self._seal = seal

    @property
    def seal(self) -> Seal:
        """Every stored blob is sealed with this user's key (checker/run/seal.py): a cache made elsewhere is
        foreign. Found when first needed: a cache that is off needs no key."""
        if self._seal is None:
            self._seal, notice = user_seal()
            if notice:
                self.notices.append(notice)
        return self._seal

    @classmethod
    def open(cls, cache_dir: Path, key: str, seal: Seal | None = None) -> ClaimCache:
        cache = cls(Path(cache_dir), key, seal)
        cache._start()
        return cache

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    def get_many(self, digests: list[str]) -> dict[str, Extraction]:
        """The cached Extractions of these documents, by digest, in the order asked; a document not
        cached is absent."""
        if self._db is None or not digests:
            return {}
        try:
            wanted = list(dict.fromkeys(digests))
            with collecting(False):
                found = dict(self._rows(wanted))
                return {d: extraction_from_bytes(self.seal.open(self._context(d), found[d]))
                        for d in wanted if d in found}
        except Foreign as e:
            self._rebuild(f"it was not written by this user's runs: {e}")
        except DecodeError as e:
            self._rebuild(f"a stored extraction did not decode: {e}")
        except sqlite3.Error as e:
            self._failed(e)
        return {}

    def put_many(self, items: list[tuple[str, Extraction]], encoded: list[bytes] | None = None,
                 contents: list[str | None] | None = None) -> None:
        """Store Extractions by digest, in one transaction; a document's older rows go with it.
        `encoded`: the same Extractions already encoded (parallel workers send them so), in order;
        `contents`: the documents' `content_digest`s, in order."""
        if self._db is None or not items:
            return
        blobs = encoded if encoded is not None and len(encoded) == len(items) else \
            [extraction_to_bytes(ex) for _, ex in items]
        if contents is None or len(contents) != len(items):
            contents = [None] * len(items)
        rows = [(self.key, digest, ex.path, self.seal.close(self._context(digest), blob), content)
                for (digest, ex), blob, content in zip(items, blobs, contents)]
        try:
            with self._transaction() as db:
                db.executemany("DELETE FROM extractions WHERE key = ? AND path = ? AND digest <> ?",
                               [(k, path, digest) for k, digest, path, _, _ in rows])
                db.executemany("INSERT OR REPLACE INTO extractions (key, digest, path, blob, content) "
                               "VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as e:
            self._failed(e)

    def same_text(self, documents: list[Document]) -> dict[int, Extraction]:
        """The claims of documents not cached under their names whose text is cached under another name
        (renamed, or copied), by position in `documents`, with their own names in every place (`renamed`)."""
        if self._db is None or not documents:
            return {}
        contents = {i: c for i, d in enumerate(documents) if (c := content_digest(d)) is not None}
        try:
            found: dict[str, tuple[str, bytes]] = {}
            for content in dict.fromkeys(contents.values()):
                row = self._db.execute("SELECT digest, blob FROM extractions WHERE key = ? AND content = ? "
                                       "ORDER BY digest LIMIT 1", (self.key, content)).fetchone()
                if row is not None:
                    found[content] = row
            with collecting(False):
                return {i: renamed(extraction_from_bytes(self.seal.open(self._context(found[c][0]), found[c][1])),
                                   documents[i].path)
                        for i, c in contents.items() if c in found}
        except Foreign as e:
            self._rebuild(f"it was not written by this user's runs: {e}")
        except DecodeError as e:
            self._rebuild(f"a stored extraction did not decode: {e}")
        except sqlite3.Error as e:
            self._failed(e)
        return {}

    def file_records(self) -> FileRecords:
        """What the last runs read (checker/run/files.py), to start this run's reading from; none if the
        cache is off, or its records do not verify or decode (then every file is read, and they are
        written again)."""
        records: dict = {}
        if self._db is not None:
            try:
                row = self._db.execute("SELECT blob FROM runs WHERE key = ?", (self._files_row(),)).fetchone()
                if row is not None:
                    records = FileRecords.from_bytes(self.seal.open(self._files_row(), row[0]))
            except (DecodeError, ValueError, sqlite3.Error):
                records = {}
        return FileRecords(records, claims_key=self.key, notices=self.notices)

    def keep_file_records(self, records: FileRecords, paths: list[str]) -> None:
        """Store the records if this run changed them (in a transaction of their own; a failure is no
        matter: the next run reads the files)."""
        if self._db is None or not records.changed:
            return
        try:
            with self._transaction() as db:
                db.execute("INSERT OR REPLACE INTO runs (key, blob) VALUES (?, ?)",
                           (self._files_row(), self.seal.close(self._files_row(), records.to_bytes(paths))))
            records.changed = False
        except sqlite3.Error:
            pass

    def _files_row(self) -> str:
        """The records' row in the runs table, and the context they are sealed with: this claims key and
        the code that reads files."""
        return f"files {self.key} {reader_digest()}"

    def state(self, check_key: str):
        """The last run's checks (checker/run/incremental.py), in this file; None with the cache off."""
        if self._db is None:
            return None
        from .incremental import StateStore
        return StateStore(self._db, self._transaction, check_key, self.seal)

    def _context(self, digest: str) -> str:
        """The row a stored extraction belongs to: sealed with it, it cannot be moved to another."""
        return f"extraction {self.key} {digest}"

    def _rows(self, digests: list[str]) -> list[tuple[str, bytes]]:
        assert self._db is not None
        rows: list[tuple[str, bytes]] = []
        for i in range(0, len(digests), CHUNK):
            chunk = digests[i:i + CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += self._db.execute(f"SELECT digest, blob FROM extractions WHERE key = ? AND digest IN ({marks})",
                                     [self.key, *chunk]).fetchall()
        return rows

    # Opening, checking and rebuilding the file.

    def _start(self) -> None:
        try:
            if not self._prepare_dir():
                self._off("holds other files and is not a factcheck cache; it is left as it is (the cache marks "
                          "its folder ignored by git: give it a folder of its own)")
                return
        except OSError as e:
            self._off(f"cannot be written ({e.strerror or e})")
            return
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.02
        while True:
            try:
                self._connect()
                self._check_schema()
                self._prune()
            except Unreadable as e:
                self._rebuild(str(e))
            except sqlite3.Error as e:
                # Another run creating the file or switching it to WAL holds a lock SQLite does not wait
                # for: wait here, as for any other writer.
                if _busy(e) and time.monotonic() < deadline:
                    self.close()
                    time.sleep(pause)
                    pause = min(pause * 2, 0.5)
                    continue
                self._failed(e)
            return

    def _prepare_dir(self) -> bool:
        """The folder, marked as a cache for backup tools and as ignored by git, as pytest and ruff do; False
        if it is a folder of something else's (a .gitignore of '*' there would hide its files from git)."""
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        if not (self.cache_dir / "CACHEDIR.TAG").exists() and \
                any(p.name not in OWN_FILES for p in self.cache_dir.iterdir()):
            return False
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Created by factcheck.\n*\n")):
            marker = self.cache_dir / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        return True

    def _connect(self) -> None:
        # timeout is SQLite's busy_timeout; isolation_level None: we open transactions ourselves;
        # a runner may read from one thread and write from another (never at once).
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        self._db = db
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            # Only a new file needs these; auto_vacuum must precede the first table.
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise sqlite3.OperationalError(f"cannot use WAL mode (got {mode})")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")

    def _check_schema(self) -> None:
        """Refuse a file with other tables, another application or another schema version; create
        the tables in a new file, under the write lock, so two first runs do not race."""
        assert self._db is not None
        if not self._tables():
            with self._transaction():
                if not self._tables():
                    self._create()
        tables = self._tables()
        if "meta" not in tables or "extractions" not in tables:
            raise Unreadable("not a factcheck cache")
        meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("application") != APPLICATION:
            raise Unreadable("not a factcheck cache")
        if meta.get("schema") != str(SCHEMA_VERSION):
            raise Unreadable(f"schema version {meta.get('schema')}, expected {SCHEMA_VERSION}")

    def _tables(self) -> set[str]:
        assert self._db is not None
        return {r[0] for r in self._db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}

    def _create(self) -> None:
        assert self._db is not None
        for statement in _SCHEMA:
            self._db.execute(statement)
        self._db.executemany("INSERT INTO meta (name, value) VALUES (?, ?)",
                             [("application", APPLICATION), ("schema", str(SCHEMA_VERSION))])

    def _prune(self) -> None:
        """Delete every row stored under another key (an older extractor, other rules or settings)."""
        assert self._db is not None
        stale = "FROM extractions WHERE key < ? OR key > ?"
        if self._db.execute(f"SELECT 1 {stale} LIMIT 1", (self.key, self.key)).fetchone() is None:
            return
        with self._transaction() as db:
            db.execute(f"DELETE {stale}", (self.key, self.key))
        self._db.execute("PRAGMA incremental_vacuum")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        assert self._db is not None
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _failed(self, e: sqlite3.Error) -> None:
        """A damaged file is rebuilt; anything else (busy, read-only, disk full) turns the cache off."""
        code = getattr(e, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF in _CORRUPT or code == _SHORT_READ):
            self._rebuild(str(e))
        elif code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            self._off(f"was busy for {BUSY_TIMEOUT_MS / 1000:g} s ({e})", "not used for this run")
        else:
            self._off(f"cannot be used ({e})")

    def _rebuild(self, why: str) -> None:
        """Delete the file and start an empty one; if even that fails, run without a cache."""
        self.close()
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._connect()
            self._check_schema()
        except (OSError, sqlite3.Error, Unreadable) as e:
            self.close()
            self._notice(f"was unreadable ({why}) and could not be rebuilt ({e})", "not used for this run")
            return
        self._notice(f"was unreadable ({why})", "rebuilt")

    def _off(self, why: str, outcome: str = "running without it") -> None:
        self.close()
        self._notice(why, outcome)

    def _notice(self, why: str, outcome: str) -> None:
        line = self._line(why, outcome)
        if line not in self.notices:
            self.notices.append(line)

    def _line(self, why: str, outcome: str) -> str:
        return f"factcheck: cache at {self.cache_dir} {why}; {outcome}"


def _busy(e: sqlite3.Error) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
        or "locked" in str(e) or "busy" in str(e)
