"""What the last runs read: each file's stat and digest, so that a re-run reads only the files that changed.

A re-check of 10,000 short stories spent a third of its time reading and decoding files that had not
changed (0.5 s), and hashing them (0.1 s), to find the one that had. The claims cache now keeps, for each
file a run read, its stat (size, modified and changed times in nanoseconds, inode, device), its format and
its digest (checker/run/cache.py `document_digest`); a later run whose walk finds the same stat takes the
digest as it is and does not read the file (`checker.corpus.Unread` stands for it; it is read if anything
asks for its text, and then must give the same digest).

A stat is trusted only where it cannot hide an edit:

- the changed time (ctime) is in it: every write moves it to the clock's time, and no one can set it back
  (a file edited and given its old modified time back, `touch -d`, has a new ctime);
- a file is recorded only if both its times are more than `SLACK_NS` before the run that read it began,
  so that a write in the same clock tick as the read, which the times may not show, is never hidden; and
  only if its stat was the same before and after the read (`checker.corpus.read`);
- a record is used only if both times are still more than `SLACK_NS` before this run began (a clock set
  back since is ambiguous: the file is read);
- times in whole seconds (a file system that keeps no finer ones) are never trusted: the file is read;
- a file with a suppression note is never recorded (the notes are looked for in the text);
- the records are sealed with this user's cache key, as every blob of the cache is (checker/run/seal.py):
  records written elsewhere, or edited, are ignored, and rewritten by the run;
- they are kept under the claims cache's key and a digest of the code that reads files into documents:
  other rules, settings or reading code read every file again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..corpus import Document, Formats, Unread, stat_key

SLACK_NS = 2_000_000_000
"""How long before a run began a file must have been written for its stat to be recorded or trusted."""
MAX_KEPT = 200_000
"""Records kept at most: beyond that, only the files of the run that writes them."""
PACKAGE = Path(__file__).resolve().parent.parent
READER_SOURCES = ("corpus.py", "markup.py", "wrapping.py", "model.py", "run/cache.py", "run/files.py")
"""The code that turns a file into a Document and its digest (relative to checker/)."""

Record = tuple[str, int, int, int, int, int, str]
"""(format, size, modified ns, changed ns, inode, device, digest)."""


@functools.lru_cache(maxsize=1)
def reader_digest() -> str:
    """A digest of the code that reads files into documents and hashes them."""
    h = hashlib.sha256()
    for name in READER_SOURCES:
        h.update(name.encode())
        h.update((PACKAGE / name).read_bytes())
    return h.hexdigest()[:16]


def settled(st: os.stat_result, now_ns: int) -> bool:
    """Whether a file's stat can say it is unchanged: fine-grained times, both well before `now_ns`."""
    m, c = st.st_mtime_ns, st.st_ctime_ns
    if m % 1_000_000_000 == 0 and c % 1_000_000_000 == 0:
        return False  # whole seconds: a write within the second would not show
    return max(m, c) < now_ns - SLACK_NS


class FileRecords:
    """The records a run starts from (`checker.corpus.Known`), and those it adds as it reads."""

    def __init__(self, records: dict[str, Record] | None = None, digest: Callable[[Document], str] | None = None,
                 started_ns: int | None = None, claims_key: str | None = None,
                 notices: Sequence[str] = ()) -> None:
        self.records: dict[str, Record] = records or {}
        self.notices = list(notices)
        """What the cache said when it was opened to read these (rebuilt, off): the run says it once."""
        self.claims_key = claims_key
        """The claims cache's key the records were read under (checker/runner.py uses it again)."""
        self.started_ns = time.time_ns() if started_ns is None else started_ns
        """When the run began reading (before any file was read)."""
        if digest is None:
            from .cache import document_digest as digest
        self._digest = digest
        self._read: dict[str, tuple[str, os.stat_result]] = {}
        self.changed = False
        """Whether `settle` changed the records (they are written again)."""

    def unread(self, path: str, fmt: str, st: os.stat_result, formats: Formats) -> Unread | None:
        """An Unread for `path` if its stat is the one recorded and can be trusted, else None (read it)."""
        rec = self.records.get(path)
        if rec is None or rec[0] != fmt or rec[1:6] != stat_key(st) or not settled(st, self.started_ns):
            return None
        return Unread(path, rec[6], formats, self._digest)

    def read(self, path: str, fmt: str, st: os.stat_result) -> None:
        """A file read whole, with its stat (the same before and after the read)."""
        self._read[path] = (fmt, st)

    def settle(self, documents: Sequence[Document | Unread], digests: Sequence[str],
               has_notes: Callable[[Document], bool]) -> None:
        """Record the files read in this run (their digests in `digests`, in order), where their stat can
        be trusted and they hold no notes; forget the records of those that cannot."""
        for doc, digest in zip(documents, digests):
            got = self._read.get(doc.path)
            if got is None or type(doc) is Unread or doc.record is not None:
                continue  # not read whole with a stat in this run (an Unread read later keeps its record)
            old = self.records.get(doc.path)
            if settled(got[1], self.started_ns) and not has_notes(doc):
                rec: Record = (got[0], *stat_key(got[1]), digest)
                if rec != old:
                    self.records[doc.path] = rec
                    self.changed = True
            elif old is not None:
                del self.records[doc.path]
                self.changed = True
        self._read = {}

    def kept(self, paths: Iterable[str]) -> dict[str, Record]:
        """The records to store: all, or this run's files' alone if they are too many."""
        if len(self.records) <= MAX_KEPT:
            return self.records
        return {p: self.records[p] for p in paths if p in self.records}

    def to_bytes(self, paths: Iterable[str]) -> bytes:
        return json.dumps([[p, *rec] for p, rec in self.kept(paths).items()], separators=(",", ":")).encode()

    @staticmethod
    def from_bytes(blob: bytes) -> dict[str, Record]:
        """The records in a blob `to_bytes` wrote; ValueError if it is not one."""
        out: dict[str, Record] = {}
        items = json.loads(blob)
        if type(items) is not list:
            raise ValueError("not a list of records")
        for item in items:
            if type(item) is not list or len(item) != 8 or type(item[0]) is not str or type(item[1]) is not str \
                    or type(item[7]) is not str or any(type(v) is not int for v in item[2:7]):
                raise ValueError("a record of the wrong shape")
            out[item[0]] = tuple(item[1:])  # type: ignore[assignment]
        return out
