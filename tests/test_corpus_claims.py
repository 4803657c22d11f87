"""The two sample articles in corpus/ against a hand-checked list of their election figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.corpus import Document, read_all
from checker.run.engine import run_checks
from checker.model import Kind, Severity

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GOLD = json.loads((TESTS / "corpus_claims.json").read_text(encoding="utf-8"))
PATHS = sorted({c["path"] for c in GOLD["claims"]})
FIGURE_KEYS = ("kind", "value", "subject", "year", "modality", "place", "whole")


def _param(item, label):
    marks = [pytest.mark.xfail(strict=True, reason=item["xfail"])] if "xfail" in item else []
    name = f"{item['path'].split('/')[-1][:3]}:{item['line']}:{label}"
    return pytest.param(item, marks=marks, id=name)


@pytest.fixture(scope="module")
def extractions(extract_texts):
    texts = {p: (ROOT / p).read_text(encoding="utf-8") for p in PATHS}
    return {e.path: e for e in extract_texts(texts)}


def _figures(extractions):
    """The figures: not change statements, nor outcomes ("Labour hold"), which state none (tests/test_reference_outcomes.py)."""
    return [c for e in extractions.values() for c in e.claims if c.kind not in (Kind.CHANGE, Kind.OUTCOME)]


def _changes(extractions):
    return [c for e in extractions.values() for c in e.claims if c.kind == Kind.CHANGE]


def test_gold_lists_each_figure_once():
    keys = [(c["path"], c["line"], c["text"]) for c in GOLD["claims"]]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("gold", [_param(c, f"{c['text']}:{c['kind']}") for c in GOLD["claims"]])
def test_gold_claim_is_extracted(extractions, gold):
    found = [c for c in _figures(extractions)
             if (c.location.path, c.location.line, c.text) == (gold["path"], gold["line"], gold["text"])]
    assert len(found) == 1, f"no single claim for {gold['text']!r} on line {gold['line']}"
    c = found[0]
    keys = [k for k in FIGURE_KEYS if k in gold]
    assert {k: getattr(c, k) for k in keys} == {k: gold[k] for k in keys}


def test_no_claims_beyond_the_gold(extractions):
    gold = {(c["path"], c["line"], c["text"], c["kind"]) for c in GOLD["claims"]}
    extra = [(c.location.path, c.location.line, c.text, c.kind.value) for c in _figures(extractions)
             if (c.location.path, c.location.line, c.text, c.kind.value) not in gold]
    assert extra == []


@pytest.mark.parametrize("gold", [_param(c, c["words"]) for c in GOLD["changes"]])
def test_gold_change_is_extracted(extractions, gold):
    e = extractions[gold["path"]]
    found = [c for c in e.claims if c.kind == Kind.CHANGE and c.location.line == gold["line"]
             and c.change.words == gold["words"]]
    assert len(found) == 1, f"no single direction statement '{gold['words']}' on line {gold['line']}"
    c = found[0]

    def value(index):
        return None if index is None else e.claims[index].value

    got = {"direction": c.change.direction, "subject": c.subject,
           "from": value(c.change.from_claim), "to": value(c.change.to_claim)}
    assert got == {k: gold[k] for k in got}


def test_no_direction_statements_beyond_the_gold(extractions):
    gold = {(c["path"], c["line"], c["words"]) for c in GOLD["changes"]}
    extra = [(c.location.path, c.location.line, c.change.words) for c in _changes(extractions)
             if (c.location.path, c.location.line, c.change.words) not in gold]
    assert extra == []


def test_corpus_end_to_end_gives_no_errors_and_the_four_warnings(extract_texts, ruleset, monkeypatch):
    monkeypatch.chdir(ROOT)
    docs = list(read_all(["corpus"]))
    assert all(isinstance(d, Document) for d in docs)
    assert sorted(d.path for d in docs) == PATHS
    by_path = {d.path: d for d in docs}
    report = run_checks(extract_texts({d.path: d.text for d in docs}), ruleset)
    assert report.errors == 0
    assert report.problems == []
    got = sorted(
        (f.rule, f.severity.value, f.location.path, f.location.line,
         by_path[f.location.path].text[f.location.start:f.location.end])
        for f in report.findings
    )
    want = sorted((w["rule"], w["severity"], w["path"], w["line"], w["text"]) for w in GOLD["findings"])
    assert got == want
    assert report.warnings == 4
    assert all(f.severity is Severity.WARNING for f in report.findings)


def test_corpus_warnings_say_how_they_were_read(check_texts):
    texts = {p: (ROOT / p).read_text(encoding="utf-8") for p in PATHS}
    findings = {f.location.line: f for f in check_texts(texts).findings}
    assert findings[27].suggestion == "17,525"
    assert findings[29].suggestion == "19,691"
    assert findings[1].suggestion == "Ed Balls"
    assert findings[12].suggestion == "Wirral West"
