"""The standby process: it extracts exactly what the parent would, and never stands in the way.

A re-check after one edit hands the edited article to a process that imported spaCy and
built the pipeline while the parent started up (checker/run/standby.py, checker/run/launch.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.corpus import Document
from checker.extract.pipeline import extract
from checker.run.launch import may_use_standby
from checker.run.parallel import PipelineArgs
from checker.runner import Engine, Settings, extract_corpus
from checker.run.serial import extraction_from_bytes
from checker.run.standby import Standby

ROOT = Path(__file__).resolve().parent.parent

COPY = {
    "hold.txt": "Nigel Evans held Ribble Valley for the Conservatives with 25,404 votes, a majority of 13,906 "
                "over Labour's David Hinder on 11,498.\n",
    "gain.md": "# A gain in the north west\n\nLabour's Margaret Greenwood took Wirral West from Esther McVey "
               "by 417 votes. Turnout rose to 75.3 per cent, from 71.5 per cent in 2010.\n",
}


def documents() -> list[Document]:
    return [Document.from_text(path, text, "markdown" if path.endswith(".md") else "text")
            for path, text in COPY.items()]


def test_the_standby_extracts_what_the_parent_would(nlp):
    with Standby() as standby:
        standby.prepare(PipelineArgs())
        blobs = standby.extract(documents())
        again = standby.extract(documents()[:1])  # it stays ready for more
        assert standby.extracted == 3
    assert blobs is not None and again is not None
    assert [extraction_from_bytes(b) for b in blobs] == list(extract(nlp, documents()))
    assert extraction_from_bytes(again[0]) == extraction_from_bytes(blobs[0])
    assert any(c.value == 13906 for c in extraction_from_bytes(blobs[0]).claims)


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_a_standby_started_without_fork_extracts_the_same(nlp, method):
    """Where fork is not safe (other threads, macOS, Windows) the standby is a fresh interpreter."""
    with Standby(start_method=method) as standby:
        standby.prepare(PipelineArgs())
        blobs = standby.extract(documents())
    assert blobs is not None
    assert [extraction_from_bytes(b) for b in blobs] == list(extract(nlp, documents()))


def test_a_standby_that_cannot_build_hands_the_work_back():
    """Its failure is not reported from there: the parent builds and fails the usual way."""
    with Standby() as standby:
        standby.prepare(PipelineArgs(model="no_such_spacy_model"))
        assert standby.extract(documents()) is None
        assert standby.extract(documents()) is None  # closed: it is not asked again


def test_a_standby_that_died_hands_the_work_back():
    with Standby() as standby:
        standby.prepare(PipelineArgs())
        standby._process.kill()
        standby._process.join()
        assert standby.extract(documents()) is None


def test_an_unused_standby_is_stopped_at_once():
    standby = Standby()
    process = standby._process
    standby.close()
    assert not process.is_alive() and process.exitcode is not None
    assert standby.extract(documents()) is None
    standby.close()  # twice is harmless


def test_a_run_that_extracts_many_articles_stops_the_standby_and_uses_the_pool(tmp_path: Path):
    many = [Document.from_text(f"a{i}.txt", COPY["hold.txt"] * 40) for i in range(12)]
    standby = Standby()
    standby.prepare(PipelineArgs())
    try:
        got = extract_corpus(many, Settings(), Engine(jobs=2, cache_dir=tmp_path / "cache", standby=standby))
        assert standby.extracted == 0 and standby._process is None
        assert len(got.extractions) == 12 and all(ex.claims for ex in got.extractions)
    finally:
        standby.close()


@pytest.mark.parametrize("argv, cores, expected", [
    (["corpus/"], 2, True),
    (["corpus/", "-f", "json", "--cache-dir", "c"], 8, True),
    (["corpus/"], 1, False),  # one core: nothing to run it on
    (["corpus/", "-j", "2"], 1, True),
    (["corpus/", "--jobs", "1"], 4, False),
    (["corpus/", "--jobs=1"], 4, False),
    (["corpus/", "-j1"], 4, False),
    (["corpus/", "-j", "0"], 4, True),  # 0: one per core
    (["corpus/", "-j", "two"], 4, False),  # the CLI reports it
    (["corpus/", "--no-cache"], 4, False),
    (["corpus/", "--scheduler", "local"], 4, False),
    (["corpus/", "--scheduler=tcp://h:8786"], 4, False),
    (["--version"], 4, False),
    (["--explain", "majority-arithmetic"], 4, False),
    (["--list-rules"], 4, False),
    (["--", "--no-cache"], 4, True),  # after --, a file of that name
])
def test_the_arguments_alone_rule_the_standby_out_early(argv, cores, expected):
    assert may_use_standby(argv, cores) is expected


EXIT_REPORT = ("import atexit, sys; atexit.register(lambda: print('SPACY', 'spacy' in sys.modules, file=sys.stderr)); "
               "sys.argv[0] = 'factcheck'; from checker.run.launch import main; main()")
"""The factcheck command, saying at exit whether this process (not the standby) imported spaCy."""


def test_a_recheck_after_one_edit_never_imports_spacy_in_the_parent(tmp_path: Path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for name, text in COPY.items():
        (copy / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-c", EXIT_REPORT, "copy", "-f", "json", "-v", "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(command + list(extra), cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)

    first = run()
    assert "SPACY True" in first.stderr  # the first run extracts everything in the parent and its pool
    (copy / "hold.txt").write_text(COPY["hold.txt"].replace("13,906", "13,609"), encoding="utf-8")
    edited = run()
    assert "SPACY False" in edited.stderr, edited.stderr
    assert "1 article extracted by the standby process" in edited.stderr
    plain = run("--no-cache")
    assert edited.returncode == plain.returncode == 1
    assert json.loads(edited.stdout) == json.loads(plain.stdout)
    assert [f["rule"] for f in json.loads(edited.stdout)["findings"]] == ["majority-arithmetic"]
    unchanged = run()
    assert "SPACY False" in unchanged.stderr and "extracted by the standby" not in unchanged.stderr
    assert json.loads(unchanged.stdout) == json.loads(plain.stdout)


SPACY_WITHOUT_CLI = """
import sys, types
import checker.run.standby as standby
if sys.argv[1] == "needs-more":  # a spaCy whose import needs more of its CLI than the stand-ins give
    class NoInfo(types.ModuleType):
        def __setattr__(self, name, value):
            if name != "info":
                super().__setattr__(name, value)
    standby.types = types.SimpleNamespace(ModuleType=NoInfo)
standby._import_spacy_without_its_cli()
print("cli imported", "spacy.cli" in sys.modules)
from checker.extract.pipeline import build_pipeline
nlp = build_pipeline()
print([t.text for t in nlp("Labour's majority of 417 (down from 1,288)")])
import spacy.cli
print("real cli", hasattr(spacy.cli, "download"), callable(spacy.info))
"""


@pytest.mark.parametrize("how", ["as-is", "needs-more"])
def test_the_standby_imports_spacy_without_its_cli_and_leaves_the_real_one_importable(how):
    got = subprocess.run([sys.executable, "-c", SPACY_WITHOUT_CLI, how], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert got.returncode == 0, got.stderr
    lines = got.stdout.splitlines()
    assert lines[0] == ("cli imported False" if how == "as-is" else "cli imported True")
    assert lines[1] == str(["Labour", "'s", "majority", "of", "417", "(", "down", "from", "1,288", ")"])
    assert lines[2] == "real cli True True"


def test_work_done_while_waiting_stops_at_the_answer_and_its_errors_do_not_escape():
    done: list[int] = []

    def ahead():  # at most 100 s of work: far longer than the standby takes to answer
        for i in range(10_000):
            time.sleep(0.01)
            done.append(i)
            yield

    def broken():
        yield
        raise RuntimeError("a read that failed")

    with Standby() as standby:
        standby.prepare(PipelineArgs())
        first = standby.extract(documents(), ahead())
        second = standby.extract(documents(), broken())
    assert first is not None and second == first
    assert 1 <= len(done) < 10_000  # stepped through until the standby answered, not to the end


def test_a_recheck_reads_ahead_while_the_standby_extracts_and_gives_the_full_runs_report(tmp_path: Path,
                                                                                        monkeypatch, ruleset):
    """The edited article's stored state and its shards' facts are read while the standby works; the report
    is the full run's all the same."""
    import checker.run.incremental as incremental
    from checker.report.jsonfmt import report_to_dict
    from checker.runner import check, check_corpus, load_corpus

    copy = tmp_path / "copy"
    copy.mkdir()
    for name, text in COPY.items():
        (copy / name).write_text(text, encoding="utf-8")
    settings = Settings()
    check_corpus(load_corpus([str(copy)]), ruleset, settings, Engine(jobs=1, cache_dir=tmp_path / "cache"))
    (copy / "hold.txt").write_text(COPY["hold.txt"].replace("13,906", "13,609"), encoding="utf-8")
    steps: list[int] = []
    real = incremental.Prefetch.steps

    def counted(self):
        for step in real(self):
            steps.append(1)
            yield step

    monkeypatch.setattr(incremental.Prefetch, "steps", counted)
    with Standby() as standby:
        standby.prepare(PipelineArgs())
        corpus = load_corpus([str(copy)])
        again = check_corpus(corpus, ruleset, settings, Engine(jobs=2, cache_dir=tmp_path / "cache",
                                                               standby=standby), verified=True)
        assert standby.extracted == 1
    assert again.extractions is None and steps, again.why_full
    plain = extract_corpus(corpus.documents, settings, Engine(jobs=1)).extractions
    assert report_to_dict(again.report, True) == report_to_dict(check(corpus, plain, ruleset, settings), True)
    assert [f.rule for f in again.report.findings] == ["majority-arithmetic"]


@pytest.mark.parametrize("early", [True, False])
def test_a_standby_extracts_the_same_whether_it_imports_at_once_or_when_told(nlp, early):
    """When it imports spaCy depends on whether a core is idle (`spare_core`); what it extracts never does."""
    from checker.run.standby import spare_core

    assert spare_core(cores=1) in (True, False)
    with Standby(early=early) as standby:
        assert standby.early is early
        standby.prepare(PipelineArgs())
        blobs = standby.extract(documents())
    assert blobs is not None
    assert [extraction_from_bytes(b) for b in blobs] == list(extract(nlp, documents()))


def test_the_hint_starts_the_standby_only_for_a_story_edited_in_place(tmp_path: Path):
    """`edited`: a file written in place after the cache was (an edit, most likely extracted) starts the
    standby at once; a story added, renamed or deleted (its folder changed), nothing newer, or no cache, does not."""
    from checker.run.cache import DB_NAME
    from checker.run.standby import edited

    copy, sub, cache = tmp_path / "copy", tmp_path / "copy" / "sub", tmp_path / "cache"
    sub.mkdir(parents=True)
    cache.mkdir()
    for folder in (copy, sub):
        (folder / "a.txt").write_text("one", encoding="utf-8")
    assert not edited([str(copy)], str(cache))  # no cache yet
    (cache / DB_NAME).write_bytes(b"")
    past = (cache / DB_NAME).stat().st_mtime_ns - 10 ** 9
    for path in (copy, sub, copy / "a.txt", sub / "a.txt"):
        os.utime(path, ns=(past, past))
    assert not edited([str(copy)], str(cache))  # nothing since the cache was written
    future = past + 2 * 10 ** 9
    os.utime(sub / "a.txt", ns=(future, future))  # edited in place: its folder unchanged
    assert edited([str(copy)], str(cache)) and edited([str(sub / "a.txt")], str(cache))
    os.utime(sub / "a.txt", ns=(past, past))
    (copy / "b.txt").write_text("two", encoding="utf-8")  # added: its folder changed
    os.utime(copy / "b.txt", ns=(future, future))
    os.utime(copy, ns=(future, future))
    assert not edited([str(copy)], str(cache))


def test_a_hinted_standby_builds_at_once_only_for_an_edited_corpus(tmp_path: Path, nlp):
    """A standby given the hint of a corpus edited since the cache was written builds without waiting for
    `prepare` (and `prepare` then builds nothing again), and extracts what the parent would; for a corpus
    not edited since, it builds nothing until `prepare`."""
    from checker.run.cache import DB_NAME

    copy, cache = tmp_path / "copy", tmp_path / "cache"
    copy.mkdir()
    cache.mkdir()
    (copy / "hold.txt").write_text(COPY["hold.txt"], encoding="utf-8")
    (cache / DB_NAME).write_bytes(b"")
    past = (cache / DB_NAME).stat().st_mtime_ns - 10 ** 9
    for path in (copy, copy / "hold.txt"):
        os.utime(path, ns=(past, past))
    with Standby(early=False) as standby:
        standby.hint(PipelineArgs(), [str(copy)], cache)
        standby.prepared = True  # as if `prepare` had been sent: only the hint can have built it
        assert standby.extract(documents()) is None  # nothing edited: nothing built
    os.utime(copy / "hold.txt", ns=(past + 2 * 10 ** 9,) * 2)  # edited in place since
    with Standby(early=False) as standby:
        standby.hint(PipelineArgs(), [str(copy)], cache)
        standby.prepared = True
        blobs = standby.extract(documents())
        assert blobs is not None
        standby.prepared = False
        standby.prepare(PipelineArgs())  # built already: nothing again
        again = standby.extract(documents()[:1])
    assert [extraction_from_bytes(b) for b in blobs] == list(extract(nlp, documents()))
    assert again == blobs[:1]


@pytest.mark.parametrize("argv, expected", [
    (["copy"], (("copy",), ".factcheck_cache")),
    (["copy", "-f", "json", "--cache-dir", "c", "-v"], (("copy",), "c")),
    (["--cache-dir=c2", "copy", "copy/a.txt", "missing", "--format", "json"], (("copy",), "c2")),
    (["--cache-dir", "copy"], ((), "copy")),  # the cache's folder is not the copy's
    (["--", "--cache-dir", "copy"], (("copy",), ".factcheck_cache")),  # after --, only paths
])
def test_the_folders_to_look_in_at_once_are_told_from_the_arguments(tmp_path: Path, monkeypatch, argv, expected):
    from checker.run.launch import guess_folders

    monkeypatch.chdir(tmp_path)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "a.txt").write_text("x", encoding="utf-8")
    assert guess_folders(argv) == expected


def test_the_guessed_cache_folder_is_the_clis_default():
    from checker.cli import DEFAULT_CACHE
    from checker.run.launch import DEFAULT_CACHE_DIR

    assert Path(DEFAULT_CACHE_DIR) == DEFAULT_CACHE


@pytest.mark.parametrize("edited_since", [True, False])
def test_a_standby_imports_at_once_when_the_folders_on_the_command_line_were_edited(tmp_path: Path, nlp,
                                                                                    edited_since):
    """Before the CLI's hint: a story edited in place in a folder the arguments name, since the cache there
    was written, makes the standby import spaCy at once, and the hint then builds without looking again
    (here the hint names no folder, so only the guess can have told it to build)."""
    from checker.run.cache import DB_NAME

    copy, cache = tmp_path / "copy", tmp_path / "cache"
    copy.mkdir()
    cache.mkdir()
    (copy / "hold.txt").write_text(COPY["hold.txt"], encoding="utf-8")
    (cache / DB_NAME).write_bytes(b"")
    past = (cache / DB_NAME).stat().st_mtime_ns - 10 ** 9
    for path in (copy, copy / "hold.txt"):
        os.utime(path, ns=(past, past))
    if edited_since:
        os.utime(copy / "hold.txt", ns=(past + 2 * 10 ** 9,) * 2)
    with Standby(early=False, guess=((str(copy),), str(cache))) as standby:
        standby.hint(PipelineArgs(), [], cache)
        standby.prepared = True  # as if `prepare` had been sent: only the guess and the hint can have built it
        blobs = standby.extract(documents())
    if edited_since:
        assert blobs is not None
        assert [extraction_from_bytes(b) for b in blobs] == list(extract(nlp, documents()))
    else:
        assert blobs is None
