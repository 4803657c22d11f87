"""The cross-document rules, run shard by shard, give exactly what one pass over the corpus gives.

checker/run/shards.py groups facts by the blocking keys the checks read; a key it missed would
split a group a check needs whole, and a finding would be lost or changed. The oracle is the
unsharded run (`run_checks(..., sharded=False)`), over every kind of copy we have, together.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

import checker.run.shards as shards_module
from checker.run.engine import run_checks
from checker.resolve import resolve
from checker.run.shards import shards

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_extract_equivalence import bench_documents, documents_under  # noqa: E402


@pytest.fixture(scope="module")
def everything(nlp):
    """The gold cases, the unseen articles, corpus/ and 80 generated articles, extracted once."""
    from checker.extract.pipeline import extract

    docs = documents_under(("tests/gold", "tests/fixtures/unseen", "corpus")) + bench_documents(80)
    return list(extract(nlp, docs))


def test_sharded_checks_give_the_one_pass_report(everything, ruleset) -> None:
    whole = run_checks(everything, ruleset, sharded=False)
    sharded = run_checks(everything, ruleset)
    assert len(whole.findings) > 100 and len(whole.verified) > 1000
    assert dataclasses.asdict(sharded) == dataclasses.asdict(whole)


def test_the_comparison_would_see_a_missing_key(everything, ruleset, monkeypatch) -> None:
    """Without the contest key, a seat's figures fall apart and the reports differ: the test above can fail."""
    real = shards_module.keys_of
    monkeypatch.setattr(shards_module, "keys_of", lambda *a: [k for k in real(*a) if k[0] != "contest"])
    assert dataclasses.asdict(run_checks(everything, ruleset)) != \
        dataclasses.asdict(run_checks(everything, ruleset, sharded=False))


def shard_paths(extract_texts, ruleset, texts: dict[str, str]) -> list[set[str]]:
    """The articles each shard of these articles' facts holds figures from."""
    return [{f.path for f in g.facts} for g in shards(resolve(extract_texts(texts)).facts, ruleset.rules)]


def test_articles_about_one_seat_share_a_shard_and_other_seats_do_not(extract_texts, ruleset) -> None:
    where = shard_paths(extract_texts, ruleset, {
        "a.txt": "In Ribble Valley, Nigel Evans held the seat with 25,404 votes; Labour's David Hinder had 11,498.",
        "b.txt": "Nigel Evans won Ribble Valley with 25,404 votes, a majority of 13,906 over David Hinder.",
        "c.txt": "In Wirral West, Margaret Greenwood took the seat with 18,898 votes to Esther McVey's 18,481.",
    })
    assert {"a.txt", "b.txt"} in where and {"c.txt"} in where


def test_one_elections_seat_totals_are_one_shard_across_articles(extract_texts, ruleset) -> None:
    where = shard_paths(extract_texts, ruleset, {
        "x.txt": "The Conservatives won 330 seats and Labour 232.",
        "y.txt": "Labour finished with 232 seats, the SNP with 56.",
        "z.txt": "In Wirral West, Margaret Greenwood took the seat with 18,898 votes to Esther McVey's 18,481.",
    })
    assert {"x.txt", "y.txt"} in where and {"z.txt"} in where
