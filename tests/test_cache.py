"""The claim cache: exact round trips, hits and misses by content and key, and a cache that
never fails a run — corrupt, truncated, foreign, busy, unwritable, shared or killed mid-write."""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import os
import pickle
import shutil
import signal
import sqlite3
import stat
import tempfile
import time
import zlib
from pathlib import Path

import pytest

import checker.run.cache
from checker.run.cache import DB_NAME, SCHEMA_VERSION, ClaimCache, cache_key, document_digest
from checker.corpus import Document, discover, read_many
from checker.extract.pipeline import extract
from checker.model import Change, Claim, Extraction, Kind, Location, Mention, Modality
from checker.ruleset import DEFAULT_RULES_DIR
from checker.run.serial import MAGIC, VERSION, DecodeError, extraction_from_bytes, extraction_to_bytes

ROOT = Path(__file__).resolve().parent.parent
PLANTED = "tests/articles/majority-arithmetic/planted.txt"
KEY = "k" * 32
FORK = multiprocessing.get_context("forkserver") if "forkserver" in multiprocessing.get_all_start_methods() else None
"""Children that start clean: forking a test session that runs a browser or a cluster thread can hang."""
needs_fork = pytest.mark.skipif(FORK is None, reason="needs the forkserver start method")


def _documents(*folders: str) -> list[Document]:
    paths = discover([os.path.relpath(ROOT / f) for f in folders])
    return [d for p in paths for d in read_many(p) if isinstance(d, Document)]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """Every article of the gold cases, the corpus, the rule articles and a JSON Lines wire."""
    return _documents("tests/gold", "corpus", "tests/articles", "tests/fixtures/jsonl")


@pytest.fixture(scope="module")
def extractions(nlp, documents) -> list[Extraction]:
    return list(extract(nlp, documents))


def _sql(cache_dir: Path, statement: str, *params: object) -> list[tuple]:
    """Run one statement on the cache file behind the cache's back, as another program might."""
    db = sqlite3.connect(cache_dir / DB_NAME)
    try:
        with db:
            return db.execute(statement, params).fetchall()
    finally:
        db.close()


def _rows(cache_dir: Path) -> list[tuple[str, str, str]]:
    return _sql(cache_dir, "SELECT key, digest, path FROM extractions ORDER BY path")


def _filled(cache_dir: Path, documents: list[Document], extractions: list[Extraction],
            key: str = KEY) -> list[str]:
    digests = [document_digest(d) for d in documents]
    with ClaimCache.open(cache_dir, key) as cache:
        cache.put_many(list(zip(digests, extractions)))
        assert cache.notices == []
    return digests


# Serialisation.

def test_every_real_extraction_round_trips_exactly(extractions):
    assert len(extractions) > 80
    assert any(loc.record for ex in extractions for loc in (c.location for c in ex.claims)), "a JSON Lines record"
    assert any(c.change is not None for ex in extractions for c in ex.claims)
    assert any(ex.malformed for ex in extractions) and any(ex.unclassified for ex in extractions)
    blobs = [extraction_to_bytes(ex) for ex in extractions]
    assert [extraction_from_bytes(b) for b in blobs] == extractions

    start = time.perf_counter()
    for ex in extractions:
        extraction_to_bytes(ex)
    encode = (time.perf_counter() - start) / len(extractions)
    start = time.perf_counter()
    for b in blobs:
        extraction_from_bytes(b)
    decode = (time.perf_counter() - start) / len(extractions)
    items = sum(len(ex.claims) + len(ex.mentions) for ex in extractions) / len(extractions)
    print(f"\nserial: {len(extractions)} documents, {items:.0f} claims+mentions each: encode {encode * 1e6:.0f} µs, "
          f"decode {decode * 1e6:.0f} µs, {sum(map(len, blobs)) / len(blobs):.0f} bytes a document")


def _every_field() -> Extraction:
    """An Extraction with every field of every type set, and the awkward floats."""
    here = Location("wire.jsonl:3", 2, 5, 2, 11, 40, 46, 3, "wire.jsonl")
    there = Location("other.txt", 1, 1, 1, 2, 0, 1)
    change = Change(Kind.MAJORITY, "up", "more than doubled", 2.0, math.inf, -0.0, "2.4 points", 0, 1)
    claim = Claim(index=1, kind=Kind.CHANGE, value=None, low=-math.inf, high=math.nan, text="doubled",
                  location=here, sentence="He more than doubled his majority.", unit="votes",
                  subject="Guy Opperman", subject_kind="person", subject_via="pronoun He", party="Conservative",
                  place="Hexham", scope="England", counterpart="Liam Carr", year=2010,
                  modality=Modality.HISTORICAL, role="winner", hedge="about", confidence=0.25, change=change,
                  relation="above", whole=650.0, whole_text="650", evidence=("'doubled'", "pronoun"),
                  column="total", paragraph=4)
    mentions = (Mention("person", "He", "Guy Opperman", 40, 42, 0, "pronoun", 0.5, "Conservative", None, here),
                Mention("place", "Hexam", "Hexham", 50, 55, 1, "fuzzy", 0.9, None, "Hexham", None))
    return Extraction("wire.jsonl:3", (claim,), mentions, ((there, "17, 525", "a space"),), (here, there),
                      words=12, problem="record 3 is odd")


def test_every_field_and_float_round_trips():
    ex = _every_field()
    back = extraction_from_bytes(extraction_to_bytes(ex))
    assert repr(back) == repr(ex)  # repr, as nan != nan
    c = back.claims[0]
    assert math.isnan(c.high) and c.low == -math.inf and c.change.factor_high == math.inf
    assert math.copysign(1, c.change.amount) == -1
    assert type(c) is Claim and type(c.location) is Location and type(c.kind) is Kind and c.kind is Kind.CHANGE
    assert back.mentions[1].location is None and back.unclassified[1].path == "other.txt"
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.text = "changed"  # type: ignore[misc]
    assert hash(back.unclassified[0]) == hash(ex.unclassified[0])


class _Evil:
    def __reduce__(self):
        return os.system, ("echo pwned > evil-marker",)


def _framed(body: bytes) -> bytes:
    return MAGIC + bytes((VERSION,)) + zlib.crc32(body).to_bytes(4, "big") + body


@pytest.mark.parametrize("blob", [
    b"", b"garbage", b"FC\x01\x00\x00\x00\x00",
    _framed(pickle.dumps(_Evil())),
    _framed(pickle.dumps(["not", "an", "extraction"])),
    _framed(b"\x80\x05truncated"),
], ids=["empty", "garbage", "empty-payload", "foreign-code", "wrong-shape", "truncated"])
def test_bytes_we_did_not_write_are_refused(blob, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DecodeError):
        extraction_from_bytes(blob)
    assert not (tmp_path / "evil-marker").exists()


def test_a_flipped_byte_is_caught_by_the_checksum():
    blob = bytearray(extraction_to_bytes(_every_field()))
    blob[len(blob) // 2] ^= 0x01
    with pytest.raises(DecodeError, match="checksum"):
        extraction_from_bytes(bytes(blob))


# Hits and misses.

def test_an_extraction_depends_on_its_document_alone(nlp, documents, extractions):
    """What makes a per-document cache sound: no state carries from one document to the next."""
    alone = [next(extract(nlp, [d])) for d in reversed(documents)]
    assert alone[::-1] == extractions


def test_an_edited_document_misses_and_the_rest_hit(tmp_path, nlp):
    docs = _documents("corpus", "tests/articles/majority-arithmetic")
    exs = list(extract(nlp, docs))
    digests = _filled(tmp_path, docs, exs)
    assert len(set(digests)) == len(docs)

    planted = next(i for i, d in enumerate(docs) if d.path.endswith("planted.txt"))
    edited = Document.from_text(docs[planted].path, docs[planted].source.replace("13,782", "13,728"))
    now = [document_digest(edited) if i == planted else document_digest(d) for i, d in enumerate(docs)]
    assert [a == b for a, b in zip(digests, now)] == [i != planted for i in range(len(docs))]
    assert document_digest(Document.from_text("elsewhere.txt", docs[planted].source)) != digests[planted]

    with ClaimCache.open(tmp_path, KEY) as cache:
        got = cache.get_many(now)
        assert set(got) == set(now) - {now[planted]}
        assert [got[d] for d in now if d in got] == [ex for i, ex in enumerate(exs) if i != planted]
        cache.put_many([(now[planted], next(extract(nlp, [edited])))])
        assert cache.get_many(now).keys() == set(now)
        assert cache.notices == []
    # The row for the planted article's old text went when the new one was stored.
    assert sum(path == docs[planted].path for _, _, path in _rows(tmp_path)) == 1


def test_a_document_under_another_name_has_the_claims_of_its_text_under_the_old_name(tmp_path, nlp, documents,
                                                                                  extractions):
    """Extraction never reads the path: every article of every format, read under another name, gives the
    claims it gave under its own with the new name in every place (`renamed`); the cache finds them by
    the text (`same_text`) for a renamed or copied story, and not for a JSON Lines record or an edit."""
    from dataclasses import replace

    from checker.run.cache import content_digest, renamed

    moved = [replace(d, path=str(Path("elsewhere") / ("moved_" + Path(d.path).name))) for d in documents
             if content_digest(d) is not None]
    assert len(moved) > 80 and any(d.offsets is not None for d in moved)  # Markdown and HTML among them
    by_path = {ex.path: ex for ex in extractions}
    originals = [by_path[d.path] for d in documents if content_digest(d) is not None]
    assert list(extract(nlp, moved)) == [renamed(ex, d.path) for ex, d in zip(originals, moved)]
    with ClaimCache.open(tmp_path, KEY) as cache:
        cache.put_many([(document_digest(d), ex) for d, ex in zip(documents, extractions)],
                       contents=[content_digest(d) for d in documents])
        got = cache.same_text(moved[:5] + [Document.from_text("x.txt", moved[0].source + " More.")])
        assert got == {i: renamed(originals[i], moved[i].path) for i in range(5)}
        assert cache.notices == []
    jsonl = [d for d in documents if d.record is not None]
    assert jsonl and all(content_digest(d) is None for d in jsonl)


def test_same_text_read_as_markdown_is_another_document():
    text = "Labour **won** 21,881 votes.\n"
    assert document_digest(Document.from_text("a.txt", text, "text")) != \
        document_digest(Document.from_text("a.txt", text, "markdown"))


def test_the_key_changes_with_rules_settings_model_and_version(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    settings = {"default_year": None, "default_country": None}
    base = cache_key([rules], "en_core_web_sm", "3.8.0", settings)
    assert base == cache_key([rules], "en_core_web_sm", "3.8.0", dict(settings))
    assert base == cache_key([DEFAULT_RULES_DIR], "en_core_web_sm", "3.8.0", settings), "contents, not location"

    assert cache_key([rules], "en_core_web_sm", "3.8.1", settings) != base
    assert cache_key([rules], "en_core_web_md", "3.8.0", settings) != base
    assert cache_key([rules], "en_core_web_sm", "3.8.0", {**settings, "default_year": 2019}) != base
    lexicon = rules / "lexicon.toml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an editor's note\n", encoding="utf-8")
    assert cache_key([rules], "en_core_web_sm", "3.8.0", settings) != base
    monkeypatch.setattr(checker.run.cache, "__version__", "99.0")
    assert cache_key([DEFAULT_RULES_DIR], "en_core_web_sm", "3.8.0", settings) != base


def test_a_new_key_misses_everything_and_prunes_the_old_rows(tmp_path, documents, extractions):
    docs, exs = documents[:10], extractions[:10]
    digests = _filled(tmp_path, docs, exs, key="old-rules")
    assert {k for k, _, _ in _rows(tmp_path)} == {"old-rules"}

    with ClaimCache.open(tmp_path, "new-rules") as cache:
        assert _rows(tmp_path) == []
        assert cache.get_many(digests) == {}
        cache.put_many(list(zip(digests, exs)))
    assert {k for k, _, _ in _rows(tmp_path)} == {"new-rules"}
    with ClaimCache.open(tmp_path, "new-rules") as cache:
        assert list(cache.get_many(digests).values()) == exs
        assert cache.notices == []


# Damage.

def _assert_rebuilt(cache: ClaimCache, why: str) -> None:
    assert len(cache.notices) == 1, cache.notices
    assert cache.notices[0].startswith(f"factcheck: cache at {cache.cache_dir} was unreadable (")
    assert why in cache.notices[0] and cache.notices[0].endswith("; rebuilt")
    assert cache.enabled


def _still_works(cache_dir: Path, docs: list[Document], exs: list[Extraction]) -> None:
    digests = _filled(cache_dir, docs, exs)
    with ClaimCache.open(cache_dir, KEY) as cache:
        assert list(cache.get_many(digests).values()) == exs


def test_garbage_in_the_file_is_rebuilt_with_one_notice(tmp_path, documents, extractions):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / DB_NAME).write_bytes(b"not a database at all\n" * 500)
    with ClaimCache.open(tmp_path, KEY) as cache:
        assert cache.get_many([document_digest(documents[0])]) == {}
        cache.put_many([(document_digest(documents[0]), extractions[0])])
        _assert_rebuilt(cache, "file is not a database")
    _still_works(tmp_path, documents[:3], extractions[:3])


def test_a_truncated_file_is_rebuilt_with_one_notice(tmp_path, documents, extractions):
    digests = _filled(tmp_path, documents, extractions)
    db = tmp_path / DB_NAME
    with open(db, "r+b") as f:
        f.truncate(db.stat().st_size // 2)
    with ClaimCache.open(tmp_path, KEY) as cache:
        assert cache.get_many(digests) == {}
        _assert_rebuilt(cache, "malformed")
    _still_works(tmp_path, documents[:3], extractions[:3])


def test_another_schema_version_or_application_is_rebuilt(tmp_path, documents, extractions):
    _filled(tmp_path, documents[:2], extractions[:2])
    _sql(tmp_path, "UPDATE meta SET value = '0' WHERE name = 'schema'")
    with ClaimCache.open(tmp_path, KEY) as cache:
        _assert_rebuilt(cache, f"schema version 0, expected {SCHEMA_VERSION}")
    (tmp_path / DB_NAME).unlink()
    _sql(tmp_path, "CREATE TABLE recipes (name TEXT)")
    with ClaimCache.open(tmp_path, KEY) as cache:
        _assert_rebuilt(cache, "not a factcheck cache")
    _still_works(tmp_path, documents[:3], extractions[:3])


def test_a_blob_that_does_not_decode_rebuilds_the_cache(tmp_path, documents, extractions):
    digests = _filled(tmp_path, documents[:5], extractions[:5])
    ours = ClaimCache(tmp_path, KEY)  # sealed with this user's key, as a damaged write of ours would be
    _sql(tmp_path, "UPDATE extractions SET blob = ? WHERE digest = ?",
         ours.seal.close(ours._context(digests[2]), b"FC\x01garbage"), digests[2])
    with ClaimCache.open(tmp_path, KEY) as cache:
        assert cache.get_many(digests) == {}, "nothing from a damaged file is trusted"
        _assert_rebuilt(cache, "did not decode")
    assert _rows(tmp_path) == []


# Running alongside others, and being killed.

def _writer(cache_dir: str, items: list[tuple[str, Extraction]], start, out) -> None:
    start.wait()
    with ClaimCache.open(Path(cache_dir), KEY) as cache:
        for i in range(0, len(items), 50):
            cache.put_many(items[i:i + 50])
        out.put(cache.notices)


@needs_fork
def test_two_runs_writing_at_once_both_succeed(tmp_path, documents, extractions):
    items = [(document_digest(d), ex) for d, ex in zip(documents, extractions)]
    many = [(f"{i:064x}", dataclasses.replace(ex, path=f"copy-{i}.txt"))
            for i, ex in enumerate(extractions * 6)]
    start, out = FORK.Barrier(2), FORK.Queue()
    procs = [FORK.Process(target=_writer, args=(str(tmp_path), part + items, start, out))
             for part in (many[::2], many[1::2])]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert [out.get(timeout=5), out.get(timeout=5)] == [[], []]
    with ClaimCache.open(tmp_path, KEY) as cache:
        got = cache.get_many([d for d, _ in items + many])
        assert got == dict(items + many)
        assert cache.notices == []


def _killed_writer(cache_dir: str, items: list[tuple[str, Extraction]], writing) -> None:
    cache = ClaimCache.open(Path(cache_dir), KEY)
    db = cache._db
    assert db is not None

    def slow_down() -> int:  # called by SQLite as it works: say we are inside the transaction
        if db.in_transaction:
            writing.set()
            time.sleep(0.001)
        return 0

    db.set_progress_handler(slow_down, 2000)
    cache.put_many(items)
    os._exit(3)  # never reached when killed in time


@needs_fork
def test_a_run_killed_while_writing_leaves_a_usable_cache(tmp_path, documents, extractions):
    kept = [(document_digest(d), ex) for d, ex in zip(documents[:20], extractions[:20])]
    with ClaimCache.open(tmp_path, KEY) as cache:
        cache.put_many(kept)
    batch = [(f"{i:064x}", dataclasses.replace(ex, path=f"batch-{i}.txt")) for i, ex in enumerate(extractions * 10)]
    writing = FORK.Event()
    child = FORK.Process(target=_killed_writer, args=(str(tmp_path), batch, writing))
    child.start()
    assert writing.wait(60), "the child never started writing"
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert child.exitcode == -signal.SIGKILL

    with ClaimCache.open(tmp_path, KEY) as cache:
        assert cache.notices == [] and cache.enabled
        assert cache.get_many([d for d, _ in kept]) == dict(kept)
        assert cache.get_many([d for d, _ in batch]) == {}, "the killed batch is all or nothing: nothing"
        cache.put_many(batch[:5])
        assert cache.get_many([d for d, _ in batch[:5]]) == dict(batch[:5])


def test_a_cache_busy_past_the_timeout_is_skipped_with_a_notice(tmp_path, documents, extractions, monkeypatch):
    digests = _filled(tmp_path, documents[:3], extractions[:3])
    monkeypatch.setattr(checker.run.cache, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another run holding the write lock
    try:
        with ClaimCache.open(tmp_path, KEY) as cache:
            assert cache.get_many(digests) == dict(zip(digests, extractions[:3])), "reading is not blocked"
            cache.put_many([(f"{9:064x}", extractions[4])])
            assert cache.notices == [f"factcheck: cache at {tmp_path} was busy for 0.2 s (database is locked); "
                                     "not used for this run"]
            assert not cache.enabled
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(_rows(tmp_path)) == 3


# An unusable folder.

def test_a_cache_folder_that_is_a_file_turns_the_cache_off(tmp_path, documents, extractions):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with ClaimCache.open(blocker / "cache", KEY) as cache:
        assert not cache.enabled
        assert cache.get_many([document_digest(documents[0])]) == {}
        cache.put_many([(document_digest(documents[0]), extractions[0])])
        assert len(cache.notices) == 1
        assert cache.notices[0].startswith(f"factcheck: cache at {blocker / 'cache'} cannot be written (")
        assert cache.notices[0].endswith("; running without it")


def _open_as_other_user(cache_dir: str, digest: str, ex: Extraction, out) -> None:
    if os.geteuid() == 0:
        os.setgid(65534)
        os.setuid(65534)  # nobody: the folder belongs to root and is not writable to it
    with ClaimCache.open(Path(cache_dir), KEY) as cache:
        got = cache.get_many([digest])
        cache.put_many([(digest, ex)])
        out.put((cache.enabled, got, cache.notices))


@needs_fork
@pytest.mark.parametrize("existing", [True, False], ids=["with-a-cache", "empty"])
def test_an_unwritable_folder_turns_the_cache_off(existing, documents, extractions):
    folder = Path(tempfile.mkdtemp(prefix="factcheck-ro-"))
    try:
        if existing:
            _filled(folder, documents[:2], extractions[:2])
        folder.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        if os.geteuid() != 0:
            folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        out = FORK.Queue()
        child = FORK.Process(target=_open_as_other_user,
                             args=(str(folder), document_digest(documents[0]), extractions[0], out))
        child.start()
        child.join(60)
        assert child.exitcode == 0
        enabled, got, notices = out.get(timeout=5)
        assert (enabled, got) == (False, {})
        assert len(notices) == 1 and notices[0].startswith(f"factcheck: cache at {folder} cannot be ")
    finally:
        folder.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)


def test_the_folder_is_marked_as_a_cache_and_ignored_by_git(tmp_path):
    with ClaimCache.open(tmp_path / ".factcheck_cache", KEY) as cache:
        assert cache.enabled
    folder = tmp_path / ".factcheck_cache"
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    assert "*" in (folder / ".gitignore").read_text().splitlines()
    assert (folder / DB_NAME).exists()
    assert _sql(folder, "PRAGMA journal_mode") == [("wal",)]


# At archive scale.

def test_ten_thousand_documents_load_in_one_query(tmp_path, documents, extractions):
    """A real article (the planted majority one: 113 words, 10 claims, 17 mentions) stored 10,000
    times under other paths: the blobs hold the same objects a full clone would, so loading costs
    the same. Load time grows with claims + mentions: ~2 µs each on a shared 2-core machine."""
    ex = next(e for e in extractions if e.path.endswith(PLANTED))
    items = [(f"{i:064x}", dataclasses.replace(ex, path=f"corpus/article-{i:05d}.txt")) for i in range(10_000)]
    with ClaimCache.open(tmp_path, KEY) as cache:
        cache.put_many(items)
    digests = [d for d, _ in items]
    with ClaimCache.open(tmp_path, KEY) as cache:
        wall, cpu = time.perf_counter(), time.process_time()
        got = cache.get_many(digests)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert len(got) == 10_000 and got[digests[1234]] == items[1234][1]
    size = (tmp_path / DB_NAME).stat().st_size
    print(f"\ncache: get_many of 10,000 documents of {len(ex.claims)} claims and {len(ex.mentions)} mentions: "
          f"{wall:.2f} s ({cpu:.2f} s CPU); file {size / 1e6:.0f} MB, {size / 10_000 / 1e3:.1f} kB a document")
    # Speed is measured by bench/run.py, not asserted here: timed tests fail on a busy machine.


def test_the_cache_key_reads_the_extractors_code_wherever_the_cache_module_lives() -> None:
    """Each pattern of the extractor's sources names files that exist: a pattern that matched nothing
    (as every one did but one when the cache moved into checker/run/) would leave a change to
    extraction unseen, and the cache would hand back claims the new code would not extract."""
    package = Path(checker.run.cache.__file__).resolve().parent.parent
    assert checker.run.cache.PACKAGE == package
    for pattern in checker.run.cache.EXTRACTOR_SOURCES:
        assert list(package.glob(pattern)), f"{pattern} matches no file of the package"
    assert (package / "extract" / "pipeline.py") in set(package.glob("extract/*.py"))
