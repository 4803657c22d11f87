"""`--scheduler`: extraction and the cross-document rules on a Dask cluster give the findings of a
single-machine run."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from checker.corpus import Document
from checker.model import Extraction, Report, Severity
from checker.run.parallel import ExtractionError, PipelineArgs
from checker.extract.pipeline import extract
from checker.runner import Corpus, Settings, check, load_corpus

pytestmark = pytest.mark.xdist_group("dask")  # the module's costly fixtures are built once, in one worker

ROOT = Path(__file__).resolve().parent.parent
PATHS = [str(p) for p in sorted((ROOT / "tests" / "articles").glob("*/planted.txt"))] + \
        [str(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
ARGS = PipelineArgs()


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    """A real two-process cluster on this machine, for the module."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def single(nlp, ruleset) -> tuple[Corpus, list[Extraction], Report]:
    corpus = load_corpus(PATHS)
    extractions = list(extract(nlp, corpus.documents))
    return corpus, extractions, check(corpus, extractions, ruleset, Settings())


@pytest.fixture(scope="module")
def bench(nlp, tmp_path_factory) -> tuple[Corpus, list[Extraction]]:
    """Sixty generated articles (bench/generate.py, a planted slip in every fifth) and the sample corpus."""
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    out = tmp_path_factory.mktemp("bench") / "articles"
    generate.generate(out, 60, seed=7)
    corpus = load_corpus([str(out), str(ROOT / "corpus")])
    return corpus, list(extract(nlp, corpus.documents))


def test_documents_sent_to_the_cluster_give_the_same_findings(address, single, ruleset):
    from checker.run.dask_backend import extract_dask

    corpus, extractions, report = single
    got = extract_dask(corpus.documents, ARGS, address)
    assert got == extractions
    on_cluster = check(corpus, got, ruleset, Settings())
    assert on_cluster.findings == report.findings
    planted = {Path(f.location.path).parent.name for f in on_cluster.findings if f.severity == Severity.ERROR}
    assert len(planted) >= 8  # the planted articles really do give errors


def test_paths_read_on_the_workers_give_the_same_extractions(address, single):
    from distributed import Client

    from checker.run.dask_backend import extract_dask

    corpus, extractions, _ = single
    calls: list[tuple[int, int]] = []
    got = extract_dask(PATHS, ARGS, address, partitions=3, progress=lambda n, w: calls.append((n, w)))
    assert got == extractions
    assert len(calls) == 3 and calls[-1] == (len(corpus.documents), corpus.words)
    with Client(address, set_as_default=False) as client:
        built = client.run(lambda: len(__import__("checker.run.dask_backend").run.dask_backend._PIPELINES))
    assert sorted(built.values()) == [1, 1]  # each worker built the pipeline once, for both runs


def test_a_file_the_workers_cannot_read_is_one_error(address, tmp_path):
    from checker.run.dask_backend import extract_dask

    missing = str(tmp_path / "gone.txt")
    with pytest.raises(ExtractionError, match=r"cannot read .*gone\.txt on the Dask worker"):
        extract_dask([PATHS[0], missing], ARGS, address, partitions=2)


def test_an_unreachable_scheduler_is_one_error():
    pytest.importorskip("distributed")
    from checker.run.dask_backend import SchedulerError, extract_dask

    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        extract_dask([Document.from_text("a.txt", "Labour won.")], ARGS, "tcp://127.0.0.1:9", connect_timeout=1)


def test_a_local_cluster_is_started_and_stopped(single):
    pytest.importorskip("distributed")
    from checker.run.dask_backend import extract_dask

    corpus, extractions, _ = single
    assert extract_dask(corpus.documents[:4], ARGS, "local") == extractions[:4]


def test_without_dask_the_message_names_the_extra(monkeypatch):
    from checker.run.dask_backend import DaskNotInstalled, extract_dask

    monkeypatch.setitem(sys.modules, "distributed", None)  # what an import sees when it is not installed
    with pytest.raises(ModuleNotFoundError) as caught:
        extract_dask(PATHS, ARGS, "local")
    assert isinstance(caught.value, DaskNotInstalled)
    assert str(caught.value) == "the Dask backend needs: pip install 'factcheck[dask]'"


def test_partitions_are_contiguous_and_about_equal():
    from checker.run.dask_backend import split_evenly

    assert split_evenly([1] * 10, 3) == [(0, 4), (4, 7), (7, 10)]
    assert split_evenly([900, 50, 50], 2) == [(0, 1), (1, 3)]
    assert split_evenly([5, 5], 8) == [(0, 1), (1, 2)]


def test_the_shards_checked_on_the_cluster_give_the_same_report(address, bench, ruleset):
    from checker.run.dask_backend import shard_mapper

    corpus, extractions = bench
    asked: list[tuple] = []
    here = check(corpus, extractions, ruleset, Settings(), mapper=lambda run, parts: asked.append((run, parts)) or
                 map(run, parts))
    [(run, parts)] = asked  # the shard check and the shards' facts, as the engine hands them to a mapper
    with shard_mapper(address, batch_facts=100) as mapper:  # many small batches: more than are in flight
        assert list(mapper(run, parts)) == list(map(run, parts))  # each shard's outcomes, in shard order
        there = check(corpus, extractions, ruleset, Settings(), mapper=mapper)
    assert asdict(there) == asdict(here)
    assert len(parts) > 30 and len(here.verified) > 500  # (45 since the shard keys of 5 December; 38 since a seat's
    # gains and holds join its counts, for most-votes)
    planted = {f.location.path for f in here.findings if f.severity == Severity.ERROR}
    assert len(planted) >= 10  # the slips planted in the generated articles are found


def test_shards_landing_out_of_order_are_handed_on_in_order(address):
    from checker.run.dask_backend import shard_mapper

    def slow_first(shard: list[int]) -> int:
        import time

        time.sleep(0.5 if shard[0] == 0 else 0)
        return sum(shard)

    parts = [[i] * (1 + i % 3) for i in range(40)]
    with shard_mapper(address, batch_facts=4) as mapper:
        assert list(mapper(slow_first, parts)) == [sum(p) for p in parts]
        assert list(mapper(slow_first, [])) == []


def test_the_command_checks_the_shards_on_the_cluster(bench, monkeypatch, capsys):
    pytest.importorskip("distributed")
    from checker.run import dask_backend
    from checker.cli import main

    corpus, _ = bench
    folder = str(Path(corpus.documents[0].path).parent)
    mapped: list[int] = []
    inner = dask_backend._map_shards
    monkeypatch.setattr(dask_backend, "_map_shards", lambda *a: (mapped.append(len(a[3])), inner(*a))[1])

    def findings(*options: str) -> list[dict]:
        with pytest.raises(SystemExit) as done:
            main([folder, str(ROOT / "corpus"), "--no-cache", "-f", "json", *options])
        assert done.value.code == 1
        return json.loads(capsys.readouterr().out)["findings"]

    here = findings()
    assert not mapped
    assert findings("--scheduler", "local") == here and len(here) >= 10
    assert mapped and mapped[0] > 30  # the shards went to the cluster
