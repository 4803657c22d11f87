"""Files whose stat is as the last runs read them are not read again (checker/run/files.py), and the report
is the same as a run that reads everything: a file edited with its modified time put back, records
tampered with, a file written in the same tick as the read, a file with notes are all read."""

from __future__ import annotations

import os
import pickle
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

import checker.run.files as files
from checker.corpus import Document, InputError, Unread
from checker.report.jsonfmt import report_to_dict
from checker.run.cache import DB_NAME, document_digest
from checker.run.files import FileRecords, settled
from checker.runner import Checked, Corpus, Engine, Settings, check, check_corpus, extract_corpus, known_files, \
    load_corpus

SEAT = """Ribble Valley result

Nigel Evans held Ribble Valley for the Conservatives with 25,404 votes. Labour's David Hinder was second on 11,498.

Mr Evans's majority of 13,906 was down from 14,769 in 2010.
"""
OTHER = """A second report from Ribble Valley

The Conservative Nigel Evans won Ribble Valley with 25,404 votes, ahead of Labour's David Hinder on 11,498.
"""
NOTED = """Pendle result

Andrew Stephenson held Pendle with 20,978 votes; Labour's Azhar Ali had 15,525. His majority was 5,000.
<!-- factcheck: ignore majority-arithmetic -->
"""


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(files, "SLACK_NS", 0)  # files written just now count as settled (the default waits 2 s)
    (tmp_path / "copy").mkdir()
    for name, text in (("seat.txt", SEAT), ("other.txt", OTHER), ("noted.txt", NOTED)):
        (tmp_path / "copy" / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(desk: Path, ruleset) -> tuple[Corpus, Checked]:
    """As the CLI runs: the records read first, then the corpus with them, then the checks."""
    engine = Engine(jobs=1, cache_dir=desk / "cache")
    corpus = load_corpus([str(desk / "copy")], known=known_files(Settings(), engine))
    return corpus, check_corpus(corpus, ruleset, Settings(), engine, verified=True)


def full(desk: Path, ruleset) -> dict:
    """Every file read and checked, without the records or the stored checks."""
    corpus = load_corpus([str(desk / "copy")])
    extractions = extract_corpus(corpus.documents, Settings(), Engine(jobs=1, cache_dir=desk / "reference")).extractions
    return report_to_dict(check(corpus, extractions, ruleset, Settings()), verbose=True)


def unread(corpus: Corpus) -> set[str]:
    return {Path(d.path).name for d in corpus.documents if type(d) is Unread}


def test_unchanged_files_are_not_read_and_the_report_is_the_full_runs(desk: Path, ruleset) -> None:
    first, checked = run(desk, ruleset)
    assert unread(first) == set()
    assert report_to_dict(checked.report, True) == full(desk, ruleset)
    second, checked = run(desk, ruleset)
    assert unread(second) == {"seat.txt", "other.txt"}  # the file with a note is always read
    assert checked.rechecked >= 0
    assert report_to_dict(checked.report, True) == full(desk, ruleset)
    assert [d.path for d in second.documents] == [d.path for d in first.documents]


@pytest.mark.parametrize("new", ["25,405", "25,4055"], ids=["same size", "another size"])
def test_a_file_edited_with_its_modified_time_put_back_is_read_again(desk: Path, ruleset, new: str) -> None:
    run(desk, ruleset)
    seat = desk / "copy" / "seat.txt"
    st = os.stat(seat)
    seat.write_text(SEAT.replace("25,404", new, 1), encoding="utf-8")
    os.utime(seat, ns=(st.st_atime_ns, st.st_mtime_ns))  # `touch -d`: the changed time (ctime) still moves
    assert os.stat(seat).st_mtime_ns == st.st_mtime_ns
    corpus, checked = run(desk, ruleset)
    assert unread(corpus) == {"other.txt"}
    assert report_to_dict(checked.report, True) == full(desk, ruleset)


def test_an_unread_file_whose_claims_the_cache_lost_is_read_and_extracted(desk: Path, ruleset) -> None:
    run(desk, ruleset)
    with sqlite3.connect(desk / "cache" / DB_NAME) as db:
        assert db.execute("DELETE FROM extractions WHERE path LIKE '%seat.txt'").rowcount == 1
        for table in ("run_docs", "run_shards", "run_keys"):  # the stored checks gone too: a full run, which
            db.execute(f"DELETE FROM {table}")  # needs every article's claims
        db.execute("DELETE FROM runs WHERE key NOT LIKE 'files %'")
    corpus, checked = run(desk, ruleset)
    assert unread(corpus) == {"other.txt"}  # read to be extracted: a Document now, as its record said
    assert report_to_dict(checked.report, True) == full(desk, ruleset)
    corpus, _ = run(desk, ruleset)
    assert unread(corpus) == {"seat.txt", "other.txt"}  # its record stands


def _records_row(desk: Path) -> tuple[str, bytes]:
    with sqlite3.connect(desk / "cache" / DB_NAME) as db:
        return db.execute("SELECT key, blob FROM runs WHERE key LIKE 'files %'").fetchone()


def _put_row(desk: Path, key: str, blob: bytes) -> None:
    with sqlite3.connect(desk / "cache" / DB_NAME) as db:
        db.execute("UPDATE runs SET blob = ? WHERE key = ?", (blob, key))


def test_records_tampered_with_are_not_trusted_and_are_written_again(desk: Path, ruleset) -> None:
    run(desk, ruleset)
    key, blob = _records_row(desk)
    # Another digest for seat.txt (the other file's): unsealed, the run would report other.txt's claims there.
    forged = blob.replace(document_digest(_doc(desk, "seat.txt")).encode(),
                          document_digest(_doc(desk, "other.txt")).encode())
    assert forged != blob
    _put_row(desk, key, forged)
    corpus, checked = run(desk, ruleset)
    assert unread(corpus) == set()
    assert report_to_dict(checked.report, True) == full(desk, ruleset)
    corpus, _ = run(desk, ruleset)
    assert unread(corpus) == {"seat.txt", "other.txt"}  # rewritten, sealed, by the run that read everything


def test_records_sealed_with_another_key_are_not_trusted(desk: Path, ruleset, monkeypatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_KEY", "someone else's")
    run(desk, ruleset)
    key, blob = _records_row(desk)
    monkeypatch.setenv("FACTCHECK_CACHE_KEY", "mine")
    run(desk, ruleset)  # the cache made with the other key is rebuilt
    _put_row(desk, _records_row(desk)[0], blob)
    corpus, checked = run(desk, ruleset)
    assert unread(corpus) == set()
    assert report_to_dict(checked.report, True) == full(desk, ruleset)


def test_files_written_within_the_slack_of_the_run_are_not_recorded(desk: Path, ruleset, monkeypatch) -> None:
    monkeypatch.setattr(files, "SLACK_NS", 60_000_000_000)  # as if every file had been written a moment ago
    run(desk, ruleset)
    corpus, _ = run(desk, ruleset)
    assert unread(corpus) == set()


def test_a_file_whose_times_are_whole_seconds_or_recent_is_not_settled() -> None:
    now = 1_700_000_000_123_456_789
    assert settled(SimpleNamespace(st_mtime_ns=now - 10**10 - 5, st_ctime_ns=now - 10**10 - 7), now)
    assert not settled(SimpleNamespace(st_mtime_ns=(now // 10**9 - 10) * 10**9,
                                       st_ctime_ns=(now // 10**9 - 10) * 10**9), now)  # no finer times kept
    assert not settled(SimpleNamespace(st_mtime_ns=now - 10**10, st_ctime_ns=now - 1), now)  # changed just now
    assert not settled(SimpleNamespace(st_mtime_ns=now + 10**10, st_ctime_ns=now - 10**10 - 3), now)  # future


def test_a_file_read_as_another_format_is_read_again(desk: Path, ruleset) -> None:
    run(desk, ruleset)
    engine = Engine(jobs=1, cache_dir=desk / "cache")
    corpus = load_corpus([str(desk / "copy")], {".txt": "markdown"}, known=known_files(Settings(), engine))
    assert unread(corpus) == set()


def _doc(desk: Path, name: str) -> Document:
    return load_corpus([str(desk / "copy" / name)]).documents[0]


def test_an_unread_file_changed_since_the_run_began_is_an_input_error(desk: Path) -> None:
    path = str(desk / "copy" / "seat.txt")
    doc = Unread(path, document_digest(_doc(desk, "seat.txt")), None, document_digest)
    (desk / "copy" / "seat.txt").write_text(SEAT + "\nThe majority was 1,234.\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed while it was being checked"):
        doc.text


def test_an_unread_document_is_read_when_used_or_sent_to_another_process(desk: Path) -> None:
    path = str(desk / "copy" / "seat.txt")
    doc = Unread(path, document_digest(_doc(desk, "seat.txt")), None, document_digest)
    sent = pickle.loads(pickle.dumps(doc))
    assert type(sent) is Document and sent == _doc(desk, "seat.txt")
    assert doc.source == SEAT and doc.line_text(3).startswith("Nigel Evans")


def test_records_round_trip_and_refuse_other_shapes() -> None:
    records = FileRecords({"a.txt": ("text", 1, 2, 3, 4, 5, "d" * 64)})
    records.changed = True
    assert FileRecords.from_bytes(records.to_bytes(["a.txt"])) == records.records
    for bad in (b'{"a": 1}', b'[["a.txt", "text", 1, 2, 3, 4, "5", "d"]]', b'[["a.txt"]]'):
        with pytest.raises(ValueError):
            FileRecords.from_bytes(bad)
