"""The renderers alone, on hand-made findings: no pipeline needed."""

from __future__ import annotations

import json

from checker.corpus import Document
from checker.model import Finding, Related, Report, Severity, Verified
from checker.report import Sources, render_json, render_text
from checker.report.text import Style, excerpt

TEXT = ("Ms Jones polled 12,410 votes and Mr Patel 9,870.\n"
        "Her majority of 2,450 was the smallest in the county.\n")


def _report() -> tuple[Report, Sources]:
    doc = Document.from_text("copy/north.txt", TEXT)
    majority = TEXT.index("2,450")
    votes = TEXT.index("12,410")
    finding = Finding(
        rule="majority-arithmetic", severity=Severity.ERROR,
        message="majority of 2,450 does not match the votes: Ann Jones 12,410 − Raj Patel 9,870 = 2,540",
        location=doc.locate(majority, majority + 5), stated=2450, expected=2540,
        arithmetic="stated 2,450; 12,410 − 9,870 = 2,540",
        related=(Related(doc.locate(votes, votes + 6), "Ms Jones polled 12,410 votes", "Ann Jones's votes"),),
        assumptions=("took the seat North, the only one in this article",))
    verified = Verified("majority-exceeds-votes", "2,450 < 12,410 ✓", doc.locate(majority, majority + 5))
    report = Report(files=1, claims=3, checks=2, findings=[finding], verified=[verified])
    return report, Sources({doc.path: doc})


def test_text_diagnostic_has_place_caret_arithmetic_related_and_assumption() -> None:
    report, sources = _report()
    out = render_text(report, sources).splitlines()
    assert out[0] == ("copy/north.txt:2:17: error[majority-arithmetic] majority of 2,450 does not match the votes: "
                      "Ann Jones 12,410 − Raj Patel 9,870 = 2,540")
    assert out[2] == "2 | Her majority of 2,450 was the smallest in the county."
    assert out[3] == "  |                 ^^^^^ stated 2,450"
    assert out[4] == "  = arithmetic: stated 2,450; 12,410 − 9,870 = 2,540"
    assert out[5] == '  = related: copy/north.txt:1:17: "Ms Jones polled 12,410 votes" (Ann Jones\'s votes)'
    assert out[6] == "  = assumed: took the seat North, the only one in this article"
    assert out[-1] == "Checked 1 file: 3 claims, 2 relations checked; 1 error, 0 warnings."


def test_verbose_adds_verified_relations_and_colour_is_opt_in() -> None:
    report, sources = _report()
    plain = render_text(report, sources, verbose=True)
    assert "copy/north.txt:2:17: ok[majority-exceeds-votes] 2,450 < 12,410 ✓" in plain
    assert "\x1b[" not in plain
    assert "\x1b[1;31merror" in render_text(report, sources, Style(colour=True))


def test_long_lines_are_windowed_around_the_caret() -> None:
    line = "word " * 60 + "majority of 8,949 " + "word " * 60
    col = line.index("8,949") + 1
    shown, at, width = excerpt(line, col, 5)
    assert len(shown) <= 102 and shown.startswith("…") and shown.endswith("…")
    assert shown[at:at + width] == "8,949"


def test_json_numbers_are_plain_and_the_contract_keys_present() -> None:
    report, _ = _report()
    data = json.loads(render_json(report))
    (f,) = data["findings"]
    assert data["schema"] == "factcheck/1"
    assert data["summary"] == {"files": 1, "claims": 3, "checks": 2, "errors": 1, "warnings": 0,
                               "suppressed": 0, "baselined": 0}  # the last two: additions to the contract
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (2, 17, 2, 22)
    assert f["stated"] == 2450 and isinstance(f["stated"], int) and f["expected"] == 2540
    assert f["related"] == [{"path": "copy/north.txt", "line": 1, "column": 17,
                             "text": "Ms Jones polled 12,410 votes", "note": "Ann Jones's votes"}]
    assert "verified" not in data and len(json.loads(render_json(report, verbose=True))["verified"]) == 1


def test_verbose_json_is_byte_for_byte_what_json_dumps_writes(nlp, ruleset) -> None:
    """The verified relations are written one at a time (to keep memory down on a big corpus): the text
    must be exactly the indented dump of the whole report, with records, quotes and non-ASCII names."""
    from checker.run.engine import run_checks
    from checker.extract.pipeline import extract
    from checker.report.jsonfmt import report_to_dict

    copy = ("Albert Owen held Ynys Môn for Labour with 10,871 votes, a majority of 229 over Plaid Cymru’s "
            "John Rowlands on 10,642. “It was close,” he said.\n\nTurnout was 69.9 per cent.\n")
    docs = [Document.from_text("môn.txt", copy),
            Document.from_text("feed.jsonl:2", copy.replace("229", "228"), record=2, file="feed.jsonl")]
    report = run_checks(list(extract(nlp, docs)), ruleset)
    assert report.verified and report.findings and any(v.location.record == 2 for v in report.verified)
    for verbose in (True, False):
        want = json.dumps(report_to_dict(report, verbose), ensure_ascii=False, indent=2) + "\n"
        assert render_json(report, verbose) == want
    empty = Report(files=1, claims=0, checks=0)
    assert render_json(empty, True) == json.dumps(report_to_dict(empty, True), ensure_ascii=False, indent=2) + "\n"


def test_the_indented_writer_is_byte_for_byte_json_dumps() -> None:
    """The JSON report's findings are written by `dumps_indented`, not the json module's pure-Python
    indenting encoder: the same bytes for every shape a report has, and the json module's for the rest."""
    import enum

    from checker.report.jsonfmt import dumps_indented

    class Label(str, enum.Enum):
        A = "a"

    shapes = [None, True, False, 0, -5, 10 ** 30, 1.5, 1e20, 1e-7, -0.0, float("nan"), float("inf"), -float("inf"),
              "", "é\u2212\x00\"\\\n\t\u2028", [], {}, [[]], (), {"a": {}}, {"a": [1, {"b": None}], "c": (1, 2)},
              [1.0, 2, "x", [True, False]], {1: 2}, {"x": {1.5: 2}}, {"k": Label.A}, [Label.A], {"k": True}]
    for value in shapes:
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2), value
    finding = Finding(rule="majority-arithmetic", severity=Severity.ERROR, message="majority of 7,875 \u2212 1",
                      location=Document.from_text("a.txt", "x").locate(0, 1), stated=7875, expected=8775.5,
                      related=(Related(Document.from_text("a.txt", "x").locate(0, 1), "text", "note"),),
                      arithmetic="7,875", assumptions=("one",))
    report = Report(findings=[finding], files=1, claims=1, checks=1)
    from checker.report.jsonfmt import report_to_dict

    assert render_json(report) == json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
