"""The cache is not a way in: what it stores is sealed with a key only this user's runs know, so a cache
made elsewhere or edited is rebuilt, never trusted; and no report prints lines of a file outside the corpus."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from checker.run.cache import DB_NAME
from checker.corpus import Document
from checker.model import Location
from checker.report import Sources
from checker.run.seal import KEY_ENV, TAG, Foreign, Seal, key_path, user_seal
from checker.run.serial import state_from_bytes, state_to_bytes

ROOT = Path(__file__).resolve().parent.parent

SEAT = ("Labour's Sue Hayman held Workington with 21,317 votes. The Conservative, Mark Jenkinson, "
        "came second with 17,392, leaving her a majority of 3,295.\n")
"""A majority that is not the difference (3,925): one error."""


def _factcheck(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "seat.txt").write_text(SEAT, encoding="utf-8")
    (tmp_path / "home").mkdir()
    return tmp_path


def _env(desk: Path, **more: str) -> dict[str, str]:
    """A user of our own: the key lives in their cache folder, not the test runner's."""
    env = {"XDG_CACHE_HOME": str(desk / "home"), **more}
    if KEY_ENV not in more:
        env[KEY_ENV] = ""
    return env


def test_a_stored_finding_edited_to_say_nothing_is_not_trusted(desk: Path) -> None:
    first = _factcheck(desk, "copy", "-v", env=_env(desk))
    assert first.returncode == 1 and "error[majority-arithmetic]" in first.stdout
    again = _factcheck(desk, "copy", "-v", env=_env(desk))
    assert "unchanged since the last run's checks" in again.stderr  # the report came from the stored findings
    # An attacker with the cache folder (but not the key) empties every stored finding: checksum and all valid.
    with sqlite3.connect(desk / ".factcheck_cache" / DB_NAME) as db:
        rows = db.execute("SELECT shard, findings FROM run_shards").fetchall()
        for sid, sealed in rows:
            emptied = {rule: [] for rule in state_from_bytes(sealed[TAG:])}
            db.execute("UPDATE run_shards SET findings = ? WHERE shard = ?",
                       (sealed[:TAG] + state_to_bytes(emptied), sid))
    tampered = _factcheck(desk, "copy", "-v", env=_env(desk))
    assert tampered.returncode == 1, tampered.stdout + tampered.stderr
    assert "error[majority-arithmetic]" in tampered.stdout
    assert "not written by this user's runs" in tampered.stderr


def test_a_finding_pointed_at_another_file_is_never_read(desk: Path) -> None:
    """Even past the seal, the text report quotes lines only from this run's documents."""
    doc = Document.from_text("copy/seat.txt", SEAT)
    sources = Sources({doc.path: doc})
    assert sources.line("copy/seat.txt", 1).startswith("Labour's Sue Hayman")
    secret = desk / "home" / "secret.env"
    secret.write_text("TOKEN=hunter2\n", encoding="utf-8")
    assert sources.line(str(secret), 1) == ""
    assert sources.line("/etc/passwd", 1) == ""


def test_a_cache_made_with_another_key_is_rebuilt(desk: Path) -> None:
    made = _factcheck(desk, "copy", env=_env(desk, **{KEY_ENV: "their secret"}))
    assert made.returncode == 1
    ours = _factcheck(desk, "copy", "-v", env=_env(desk, **{KEY_ENV: "our secret"}))
    assert ours.returncode == 1 and "error[majority-arithmetic]" in ours.stdout
    assert "not written by this user's runs" in ours.stderr and "rebuilt" in ours.stderr
    # The rebuilt cache is ours: the next run uses it without a word.
    after = _factcheck(desk, "copy", "-v", env=_env(desk, **{KEY_ENV: "our secret"}))
    assert "unchanged since the last run's checks" in after.stderr and "not written" not in after.stderr


def test_a_blocking_key_row_deleted_or_moved_is_seen(desk: Path) -> None:
    _factcheck(desk, "copy", env=_env(desk))
    db_path = desk / ".factcheck_cache" / DB_NAME
    with sqlite3.connect(db_path) as db:
        db.execute("DELETE FROM run_keys WHERE rowid = (SELECT min(rowid) FROM run_keys)")
    run = _factcheck(desk, "copy", "-v", env=_env(desk))
    assert "the stored blocking keys were changed" in run.stderr and run.returncode == 1


def test_the_key_is_kept_for_the_user_alone_outside_the_project(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    seal, notice = user_seal(env)
    path = key_path(env)
    assert notice is None and path == tmp_path / "cache" / "factcheck" / "cache-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and len(path.read_bytes()) == 32
    again, _ = user_seal(env)
    assert again.key == seal.key, "the same user's runs share the key"
    from_env, _ = user_seal({**env, KEY_ENV: "ci secret"})
    assert from_env.key != seal.key and from_env.where == KEY_ENV
    path.write_bytes(b"short")  # damaged: replaced, which makes every older cache foreign (safe)
    renewed, _ = user_seal(env)
    assert len(path.read_bytes()) == 32 and renewed.key != seal.key


def test_a_key_that_cannot_be_kept_lasts_one_run_with_a_notice(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    seal, notice = user_seal({"XDG_CACHE_HOME": str(blocked)})
    assert notice is not None and "trusted for this run only" in notice and len(seal.key) == 32


def test_a_seal_binds_the_blob_to_its_row() -> None:
    seal = Seal(b"k" * 32, "test")
    sealed = seal.close("doc key a.txt", b"state")
    assert seal.open("doc key a.txt", sealed) == b"state"
    for context, blob in (("doc key b.txt", sealed), ("doc key a.txt", sealed[:TAG] + b"State"),
                          ("doc key a.txt", b"short")):
        with pytest.raises(Foreign):
            seal.open(context, blob)
    with pytest.raises(Foreign):
        Seal(b"o" * 32, "other").open("doc key a.txt", sealed)


def test_a_location_outside_the_corpus_quotes_nothing_in_the_text_report() -> None:
    from checker.model import Finding, Report, Severity
    from checker.report import render_text

    doc = Document.from_text("copy/seat.txt", SEAT)
    finding = Finding("majority-arithmetic", Severity.ERROR, "majority of 3,295 does not match the votes",
                      Location("/etc/passwd", 1, 1, 1, 5, 0, 4))
    text = render_text(Report(files=1, claims=3, checks=1, findings=[finding]), Sources({doc.path: doc}))
    assert "/etc/passwd:1:1" in text and "root:" not in text


@pytest.mark.parametrize("size", [100, (1 << 20) - 1, 1 << 20, 3 << 20], ids=["small", "just under", "large", "larger"])
def test_a_blob_of_any_size_is_sealed_to_its_row_and_key(size: int) -> None:
    """Blobs of a megabyte or more are tagged with HMAC-SHA-256 (quicker on the merged relations' 45 MB), the rest
    with keyed BLAKE2b: either way a flipped byte, another row or another key is foreign."""
    blob = os.urandom(size)
    seal = Seal(b"k" * 32, "test")
    sealed = seal.close("merged texts abc", blob)
    assert seal.open("merged texts abc", sealed) == blob and len(sealed) == size + TAG
    flipped = bytearray(sealed)
    flipped[TAG + size // 2] ^= 1
    for context, stored, other in (("merged texts abc", bytes(flipped), seal), ("merged texts abd", sealed, seal),
                                   ("merged texts abc", sealed, Seal(b"j" * 32, "other"))):
        with pytest.raises(Foreign):
            other.open(context, stored)
