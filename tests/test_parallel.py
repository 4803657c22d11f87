"""`--jobs N`: extraction over worker processes gives exactly what one process gives, in order."""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

import checker.extract.pipeline as pipeline
from checker.corpus import Document, discover, read_many
from checker.extract.pipeline import extract
from checker.model import Extraction
from checker.run.processes import default_jobs
from checker.run.parallel import (MAX_CHUNK_DOCS, ExtractionError, PipelineArgs, extract_parallel,
                              plan_chunks)

ROOT = Path(__file__).resolve().parent.parent
ARGS = PipelineArgs()


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """Every gold article and the sample corpus: plain text, Markdown, HTML and JSON Lines."""
    found = [d for p in discover([str(ROOT / "tests" / "gold"), str(ROOT / "corpus")]) for d in read_many(p)]
    docs = [d for d in found if isinstance(d, Document)]
    assert len(docs) > 50 and len(plan_chunks([d.words for d in docs], 2)) > 2
    return docs


@pytest.fixture(scope="module")
def reference(nlp, documents) -> list[Extraction]:
    return list(extract(nlp, documents))


def test_two_jobs_give_the_single_process_extractions_in_order(nlp, documents, reference):
    calls: list[tuple[int, int]] = []
    got = extract_parallel(documents, ARGS, 2, lambda n, w: calls.append((n, w)), nlp=nlp, start_method="fork")
    assert [ex.path for ex in got] == [d.path for d in documents]
    assert got == reference
    assert sum(len(ex.claims) for ex in got) > 200
    # Progress came once per chunk, as chunks finished, and ended at the whole corpus.
    assert 2 < len(calls) <= len(plan_chunks([d.words for d in documents], 2))
    assert calls == sorted(calls)
    assert calls[-1] == (len(documents), sum(d.words for d in documents))


def test_locations_written_in_place_are_those_moved_afterwards(nlp, documents, reference):
    """`extract` hands the pipeline each document (pipeline.doc_of), so the claims component writes the
    locations as the report gives them: path, source line and column of every format (Markdown, HTML and
    JSON Lines render to a text whose offsets differ from the source's). A Doc of the text alone gets
    them moved afterwards, one by one: the two must agree on every field of every article."""
    moved = [pipeline.to_extraction(d, nlp(d.text)) for d in documents]
    assert moved == reference
    assert {ex.path for ex in reference} == {d.path for d in documents}
    assert any(d.offsets is not None for d in documents)  # some source is not the text analysed
    assert all(c.location.path == ex.path for ex in reference for c in ex.claims)


def test_one_job_runs_in_process_with_progress_per_document(nlp, documents, reference):
    calls: list[tuple[int, int]] = []
    got = extract_parallel(documents, ARGS, 1, lambda n, w: calls.append((n, w)), nlp=nlp)
    assert got == reference
    assert [n for n, _ in calls] == list(range(1, len(documents) + 1))
    assert not multiprocessing.active_children()


def test_workers_that_build_their_own_pipeline_agree(documents, reference):
    """The path taken when the parent runs other threads (a progress bar): no pipeline is inherited."""
    few = documents[:12]
    got = extract_parallel(few, ARGS, 2, start_method="forkserver")
    assert got == reference[:12]


def test_a_failing_document_is_named_in_one_error(nlp, documents, monkeypatch):
    bad = documents[40].path
    real = pipeline.to_extraction

    def breaks_on_one(document, doc):
        if document.path == bad:
            raise ValueError("planted failure")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "to_extraction", breaks_on_one)  # forked workers inherit it
    with pytest.raises(ExtractionError, match=f"^extraction failed on {re.escape(bad)}: ValueError: planted failure$"):
        extract_parallel(documents, ARGS, 2, nlp=nlp, start_method="fork")
    with pytest.raises(ExtractionError, match=f"^extraction failed on {re.escape(bad)}: "):
        extract_parallel(documents, ARGS, 1, nlp=nlp)
    assert not multiprocessing.active_children()


def test_extraction_collects_cycles_though_the_caller_paused_the_collector(nlp, documents, monkeypatch):
    """spaCy's Docs make cycles: the command runs with the collector paused (checker/cli.py), so the
    in-process path and the pool's workers (a fork inherits it paused) turn it on, and give it back
    paused."""
    real = pipeline.to_extraction
    seen: list[bool] = []

    def records(document, doc):
        return replace(real(document, doc), problem=f"collector {'on' if gc.isenabled() else 'off'}")

    monkeypatch.setattr(pipeline, "to_extraction", records)
    gc.disable()
    try:
        for jobs in (1, 2):
            got = extract_parallel(documents, ARGS, jobs, nlp=nlp, start_method="fork")
            seen += [ex.problem == "collector on" for ex in got]
            assert not gc.isenabled()
    finally:
        gc.enable()
    assert len(seen) == 2 * len(documents) and all(seen)


def test_a_worker_that_dies_is_one_error(nlp, documents, monkeypatch):
    def dies(document, doc):
        os._exit(3)

    monkeypatch.setattr(pipeline, "to_extraction", dies)
    with pytest.raises(ExtractionError, match="worker process died"):
        extract_parallel(documents, ARGS, 2, nlp=nlp, start_method="fork")


def test_interrupt_cancels_the_rest_and_leaves_no_workers(nlp, documents):
    calls: list[int] = []

    def interrupt(n: int, words: int) -> None:
        calls.append(n)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_parallel(documents, ARGS, 2, interrupt, nlp=nlp, start_method="fork")
    assert len(calls) == 1 and calls[0] < len(documents)
    assert not multiprocessing.active_children()


def test_chunks_cover_every_document_once_in_order():
    words = [500] * 1000 + [90_000] + [10] * 450
    chunks = plan_chunks(words, 2)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(words)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:]))
    assert all(0 < end - start <= MAX_CHUNK_DOCS for start, end in chunks)
    assert (1000, 1001) in chunks  # a very long article travels alone
    assert plan_chunks([], 2) == []


def test_default_jobs_is_the_usable_cores():
    assert default_jobs() == len(os.sched_getaffinity(0)) >= 1


@pytest.mark.skipif(sys.platform != "linux", reason="fork is chosen only on Linux")
def test_fork_only_while_the_parent_runs_no_other_thread():
    """A progress bar's refresh thread could hold a lock at the moment of fork: use a fresh worker then."""
    from checker.run.processes import pick_start_method

    # Other tests in the session (a browser, a cluster) may have left a thread behind: then fork is off already.
    assert pick_start_method() == ("fork" if threading.active_count() == 1 else "forkserver")
    stop = threading.Event()
    refresher = threading.Thread(target=stop.wait)
    refresher.start()
    try:
        assert pick_start_method() == "forkserver"
    finally:
        stop.set()
        refresher.join()
