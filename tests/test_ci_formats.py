"""CI output formats: SARIF, GitHub annotations and step summary, JUnit XML, GitLab Code Quality.

Reports come from real copy (the planted Hexham article, corpus/, the JSON Lines wire file)
and from a hand-built report whose text holds everything an escaper can get wrong.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from checker import fingerprint
from checker.baseline import load_baseline, write_baseline
from checker.corpus import Document, ReadProblem
from checker.extract.pipeline import extract
from checker.model import Finding, Location, Related, Report, Severity
from checker.report.github import annotation_message, render_github, step_summary_markdown
from checker.report.gitlab import render_gitlab
from checker.report.jsonfmt import render_json
from checker.report.junit import render_junit
from checker.report.sarif import render_sarif
from checker.runner import Corpus, Settings, check, load_corpus, problem_finding

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text("utf-8"))
PLANTED = "tests/articles/majority-arithmetic/planted.txt"
CORRECTED = "tests/articles/majority-arithmetic/corrected.txt"
WIRE = "tests/fixtures/jsonl/wire.jsonl"
CORPUS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "corpus").glob("*.txt"))
URI = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
"""The characters RFC 3986 allows in a URI reference (percent-escapes included)."""


def text_of(path: str) -> str:
    return (ROOT / path).read_text("utf-8")


# ---------------------------------------------------------------- reports


@pytest.fixture(scope="module")
def planted(check_texts) -> Report:
    return check_texts({PLANTED: text_of(PLANTED)})


@pytest.fixture(scope="module")
def articles(check_texts) -> Report:
    """The planted article and corpus/: one error, four warnings.

    (Not with the corrected twin: checked together, the two disagree about Hexham's majority.)
    """
    return check_texts({p: text_of(p) for p in [PLANTED, *CORPUS]})


@pytest.fixture(scope="module")
def corrected(check_texts) -> Report:
    report = check_texts({CORRECTED: text_of(CORRECTED)})
    assert report.findings == []
    return report


@pytest.fixture(scope="module")
def wire(nlp, ruleset) -> Report:
    """The JSON Lines file, read as the CLI reads it: two articles, two unreadable records."""
    corpus = load_corpus([str(ROOT / WIRE)])
    report = check(corpus, list(extract(nlp, corpus.documents)), ruleset, Settings())
    root = str(ROOT) + "/"
    return relative(report, root)


def relative(report: Report, root: str) -> Report:
    """The report with the checkout's absolute prefix dropped from every path."""

    def loc(l: Location) -> Location:
        return replace(l, path=l.path.removeprefix(root), file=l.file.removeprefix(root) if l.file else None)

    findings = [replace(f, location=loc(f.location),
                        related=tuple(replace(r, location=loc(r.location)) for r in f.related))
                for f in report.findings]
    return Report(report.files, report.claims, report.checks, findings)


AWKWARD_PATH = 'copy/Ünïcode, 50%: "draft" <&>.md'
AWKWARD_MESSAGE = 'share of 50% for "Labour, Tories: <b>&amp;</b>" | piped\nsecond line\r\nthird: Ynys Môn € 😀'


def awkward() -> Report:
    """Text with every character the formats must escape, a JSON Lines record and an info finding."""
    here = Location(AWKWARD_PATH, 2, 5, 2, 11, 30, 36)
    record = Location(f"{WIRE}:3", 2, 4, 2, 9, 10, 15, record=3, file=WIRE)
    return Report(files=2, claims=5, checks=4, findings=[
        Finding("share-recompute", Severity.ERROR, AWKWARD_MESSAGE, here, 50.0, 49.0,
                arithmetic="stated 50%; 1,000 / 2,041 = 49%",
                related=(Related(record, 'Labour\'s "Ann, Lee" polled 1,000 <votes> & more', "Ann Lee's votes"),),
                assumptions=("took the seat Ynys Môn, the only one",)),
        Finding("malformed-number", Severity.WARNING, "'1, 000' is malformed\x0c (form feed)", record,
                suggestion="1,000"),
        Finding("name-variant", Severity.INFO, "'Ynys Mon' is usually 'Ynys Môn'", here),
    ])


# ---------------------------------------------------------------- SARIF


def sarif(report: Report, ruleset, sources: dict[str, str] | None = None) -> dict:
    return json.loads(render_sarif(report, ruleset, "0.1.0", sources))


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)


def test_shipped_schema_is_the_oasis_sarif_2_1_0_schema():
    assert SCHEMA["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})  # driver without a name


@pytest.mark.parametrize("which", ["planted", "articles", "wire", "awkward"])
def test_sarif_validates_against_the_schema(which, request, ruleset):
    report = awkward() if which == "awkward" else request.getfixturevalue(which)
    sources = {p: text_of(p) for p in [PLANTED, CORRECTED, *CORPUS]}
    log = sarif(report, ruleset, sources)
    validate(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    for res in log["runs"][0]["results"]:
        for loc in res["locations"] + res.get("relatedLocations", []):
            assert URI.match(loc["physicalLocation"]["artifactLocation"]["uri"])


def test_sarif_lists_every_rule_with_its_papers(planted, ruleset):
    driver = sarif(planted, ruleset)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == "0.1.0"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == [r.id for r in ruleset.rules] + ["read-error"]
    for rule, desc in zip(ruleset.rules, driver["rules"]):
        assert desc["shortDescription"]["text"] == rule.summary
        assert desc["fullDescription"]["markdown"] == rule.description.strip()
        assert desc["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning"}[rule.severity]
    assert driver["rules"][ids.index("majority-arithmetic")]["name"] == "MajorityArithmetic"


def test_sarif_places_the_planted_error_and_what_it_was_checked_against(planted, ruleset):
    source = text_of(PLANTED).split("\n")
    run = sarif(planted, ruleset, {PLANTED: text_of(PLANTED)})["runs"][0]
    [res] = run["results"]
    assert res["ruleId"] == "majority-arithmetic" and res["level"] == "error"
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "majority-arithmetic"
    assert "stated 13,782; 22,834 − 9,106 = 13,728" in res["message"]["text"]
    phys = res["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"]["uri"] == PLANTED
    reg = phys["region"]
    assert (reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"]) == (3, 157, 3, 163)
    assert source[2][reg["startColumn"] - 1:reg["endColumn"] - 1] == "13,782" == reg["snippet"]["text"]
    related = res["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    figures = [source[r["physicalLocation"]["region"]["startLine"] - 1][
        r["physicalLocation"]["region"]["startColumn"] - 1:r["physicalLocation"]["region"]["endColumn"] - 1]
        for r in related]
    assert figures == ["22,834", "9,106"]
    assert related[0]["message"]["text"].startswith("Guy Opperman's votes: ")
    assert res["partialFingerprints"] == {fingerprint.VERSION: fingerprint.fingerprints(planted.findings)[0],
                                          "primaryLocationLineHash": fingerprint.content_fingerprints(
                                              planted.findings)[0]}


def _fingerprint(check_texts, ruleset, text: str) -> tuple[str, int]:
    [res] = sarif(check_texts({PLANTED: text}), ruleset)["runs"][0]["results"]
    return res["partialFingerprints"][fingerprint.VERSION], res["locations"][0]["physicalLocation"]["region"][
        "startLine"]


def test_sarif_fingerprint_survives_an_edit_above_and_changes_with_the_figures(check_texts, ruleset):
    text = text_of(PLANTED)
    fp, line = _fingerprint(check_texts, ruleset, text)
    moved = text.replace("\n\n", "\n\nPolls closed at 10pm and the count ran through the night.\n\n", 1)
    fp_moved, line_moved = _fingerprint(check_texts, ruleset, moved)
    assert (fp_moved, line_moved) == (fp, line + 2)
    changed = text.replace("9,106", "9,108")
    fp_changed, _ = _fingerprint(check_texts, ruleset, changed)
    assert fp_changed != fp


def test_sarif_json_lines_record_points_at_its_line_of_the_file(wire, ruleset):
    results = sarif(wire, ruleset)["runs"][0]["results"]
    hallam = next(r for r in results if r["ruleId"] == "majority-arithmetic")
    loc = hallam["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == WIRE
    assert loc["physicalLocation"]["region"] == {"startLine": 1, "endLine": 1}
    assert loc["properties"] == {"record": 1, "line": 7, "column": 41, "endLine": 7, "endColumn": 46}
    unread = [r for r in results if r["ruleId"] == "read-error"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in unread] == [2, 4]


def test_sarif_escapes_paths_and_keeps_text_whole(ruleset):
    run = sarif(awkward(), ruleset)["runs"][0]
    first, _, note = run["results"]
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "copy/%C3%9Cn%C3%AFcode%2C%2050%25%3A%20%22draft%22%20%3C%26%3E.md"
    assert first["message"]["text"].startswith(AWKWARD_MESSAGE + "\narithmetic: ")
    assert note["level"] == "note"
    assert sorted(a["location"]["uri"] for a in run["artifacts"]) == sorted([uri, WIRE])


def test_sarif_is_deterministic_and_machine_free(articles, ruleset):
    once = render_sarif(articles, ruleset, "0.1.0")
    assert once == render_sarif(articles, ruleset, "0.1.0")
    assert str(ROOT) not in once


# ---------------------------------------------------------------- GitHub


def unescape(s: str, prop: bool) -> str:
    if prop:
        s = s.replace("%2C", ",").replace("%3A", ":")
    return s.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command back into (kind, properties, message), as the runner reads it."""
    m = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    return m.group(1), {k: unescape(v, True) for k, v in props.items()}, unescape(m.group(3), False)


def commands(out: str) -> list[tuple[str, dict[str, str], str]]:
    assert out.endswith("\n") and "\r" not in out
    return [parse(line) for line in out.split("\n")[:-1]]  # the runner splits on line feeds only


def test_github_escaping_round_trips():
    report = awkward()
    parsed = commands(render_github(report))
    assert [k for k, _, _ in parsed] == ["error", "warning", "notice"]
    for (kind, props, message), f in zip(parsed, report.findings):
        assert message == annotation_message(f)
        assert props["file"] == f.location.shown_path
        assert props["title"] == f"factcheck {f.severity.value} [{f.rule}]"
    assert parsed[0][1] == {"file": AWKWARD_PATH, "line": "2", "col": "5", "endLine": "2", "endColumn": "11",
                                 "title": "factcheck error [share-recompute]"}
    assert AWKWARD_MESSAGE in parsed[0][2]
    assert parsed[1][1]["line"] == "3" and "col" not in parsed[1][1]  # a JSON Lines record is its file line
    assert parsed[1][2].startswith("record 3, line 2, column 4:\n")


def test_github_planted_error_is_annotated_where_it_is(planted):
    [(kind, props, message)] = commands(render_github(planted))
    assert kind == "error"
    assert props == {"file": PLANTED, "line": "3", "col": "157", "endLine": "3", "endColumn": "163",
                          "title": "factcheck error [majority-arithmetic]"}
    assert "arithmetic: stated 13,782; 22,834 − 9,106 = 13,728" in message.split("\n")


def many(errors: int, warnings: int, infos: int) -> Report:
    """Warnings listed before errors, to show the renderer puts errors first."""
    def finding(sev: Severity, i: int) -> Finding:
        return Finding("agreement", sev, f"{sev.value} {i}", Location(f"corpus/{i:02}.txt", i + 1, 1, i + 1, 4, 0, 3))
    findings = ([finding(Severity.WARNING, i) for i in range(warnings)] + [finding(Severity.ERROR, i)
                for i in range(errors)] + [finding(Severity.INFO, i) for i in range(infos)])
    return Report(files=40, claims=80, checks=80, findings=findings)


def test_github_puts_errors_first_and_caps_each_kind_with_a_summary():
    parsed = commands(render_github(many(15, 15, 5)))
    kinds = [k for k, _, _ in parsed]
    assert kinds == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 6
    assert [m for _, _, m in parsed[:10]] == [f"error {i}" for i in range(10)]
    summary = parsed[-1]
    assert "file" not in summary[1]
    assert "10 (5 errors, 5 warnings) are not annotated" in summary[2] and "35 problems" in summary[2]


def test_github_caps_are_parameters_and_the_job_total_holds():
    parsed = commands(render_github(many(15, 15, 5), limit_total=12))
    assert [k for k, _, _ in parsed] == ["error"] * 10 + ["warning"] + ["notice"]
    assert "24 (5 errors, 14 warnings, 5 notices)" in parsed[-1][2]
    parsed = commands(render_github(many(3, 3, 0), limit_errors=2, limit_warnings=1))
    assert [k for k, _, _ in parsed] == ["error", "error", "warning", "notice"]


def test_github_summary_keeps_a_notice_slot_free_and_is_absent_when_all_fit():
    parsed = commands(render_github(many(0, 0, 12)))
    assert [k for k, _, _ in parsed] == ["notice"] * 10
    assert "3 (3 notices)" in parsed[-1][2]
    assert len(commands(render_github(many(10, 10, 10)))) == 30
    assert render_github(Report(files=1, claims=0, checks=0)) == ""


def test_step_summary_counts_and_escaped_table(articles):
    md = step_summary_markdown(articles)
    assert "Checked 3 files:" in md and "1 error, 4 warnings." in md
    rows = [line for line in md.split("\n") if line.startswith("| ")]
    assert rows[0] == "| where | severity | rule | message |"
    assert rows[1].startswith("| tests/articles/majority-arithmetic/planted.txt:3:157 | error | majority-arithmetic |")
    assert [r.split(" | ")[1] for r in rows[1:]] == ["error"] + ["warning"] * 4
    awk = step_summary_markdown(awkward())
    for row in [line for line in awk.split("\n") if line.startswith("| ")]:
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row  # pipes in the text are escaped
    assert "\\<b\\>\\&amp;\\</b\\>" in awk and "\r" not in awk


# ---------------------------------------------------------------- JUnit


def test_junit_one_case_per_document_with_failures_for_errors(articles, corrected):
    docs = [PLANTED, CORRECTED, *CORPUS]
    both = Report(articles.files + corrected.files, articles.claims + corrected.claims,
                  articles.checks + corrected.checks, articles.findings + corrected.findings)
    root = ET.fromstring(render_junit(both, docs))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "factcheck"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == docs
    counts = tuple(suite.get(k) for k in ("tests", "failures", "errors", "skipped"))
    assert counts == ("4", "1", "0", "0")
    assert root.get("tests") == "4" and root.get("failures") == "1"
    planted_case, clean_case = cases[0], cases[1]
    assert planted_case.get("classname") == "tests.articles.majority-arithmetic"
    [failure] = planted_case.findall("failure")
    assert failure.get("type") == "majority-arithmetic"
    assert failure.get("message") == next(f.message for f in articles.findings if f.severity is Severity.ERROR)
    assert failure.text.startswith(f"{PLANTED}:3:157: error[majority-arithmetic]")
    assert "arithmetic: stated 13,782; 22,834 − 9,106 = 13,728" in failure.text
    assert f"related: {PLANTED}:3:20:" in failure.text
    assert list(clean_case) == []  # a clean article is a passing case
    warned = [c for c in cases if c.find("system-out") is not None]
    assert [c.get("name") for c in warned] == CORPUS and all(c.find("failure") is None for c in warned)
    assert "'Wirrall West' is not the constituency's spelling" in warned[1].find("system-out").text


def test_junit_unreadable_records_are_skipped_cases(wire):
    root = ET.fromstring(render_junit(wire, [f"{WIRE}:1", f"{WIRE}:3"]))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == [f"{WIRE}:1", f"{WIRE}:3", f"{WIRE}:2", f"{WIRE}:4"]
    assert cases[f"{WIRE}:1"].find("failure").text.startswith(f"{WIRE}:1:7:41: error[majority-arithmetic]")
    assert cases[f"{WIRE}:2"].find("skipped").get("message") == "record 2 has no 'body' string: not checked"
    assert root.get("failures") == "1" and root.get("tests") == "4"
    assert root.find("testsuite").get("skipped") == "2"


def test_junit_escapes_awkward_text():
    out = render_junit(awkward(), [AWKWARD_PATH])
    root = ET.fromstring(out)
    cases = root.findall("testsuite/testcase")
    assert cases[0].get("name") == AWKWARD_PATH and cases[0].get("classname") == "copy"
    failure = cases[0].find("failure")
    assert failure.get("message") == AWKWARD_MESSAGE  # CR, LF and tab are character references in attributes
    assert "Ann Lee's votes" in failure.text and "😀" in failure.text
    assert "\ufffd (form feed)" in cases[1].find("system-out").text  # no XML 1.0 character for U+000C
    assert out == render_junit(awkward(), [AWKWARD_PATH])


# ---------------------------------------------------------------- GitLab


REQUIRED = {"description", "check_name", "fingerprint", "severity", "location"}


def test_gitlab_issues_have_required_keys_and_unique_fingerprints(articles, wire):
    both = Report(files=7, claims=0, checks=0, findings=articles.findings + wire.findings)
    issues = json.loads(render_gitlab(both))
    assert isinstance(issues, list) and len(issues) == len(both.findings)
    for item in issues:
        assert REQUIRED <= set(item)
        assert isinstance(item["location"]["path"], str) and isinstance(item["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["fingerprint"] for i in issues} == set(fingerprint.fingerprints(both.findings))
    planted = next(i for i in issues if i["location"]["path"] == PLANTED)
    assert (planted["check_name"], planted["severity"], planted["location"]["lines"]["begin"]) == (
        "majority-arithmetic", "major", 3)
    assert planted["location"]["positions"]["begin"] == {"line": 3, "column": 157}
    assert {i["severity"] for i in issues if i["check_name"] in ("name-variant", "malformed-number")} == {"minor"}
    records = [i["location"]["lines"]["begin"] for i in issues if i["location"]["path"] == WIRE]
    assert sorted(records) == [1, 2, 4]  # Hallam's error, two unreadable records; Hexham (3) is clean


def test_gitlab_repeated_findings_stay_distinct_and_order_is_stable():
    report = awkward()
    twice = Report(files=1, claims=0, checks=0, findings=report.findings + report.findings[:1])
    issues = json.loads(render_gitlab(twice))
    assert len({i["fingerprint"] for i in issues}) == 4
    assert {i["severity"] for i in issues} == {"major", "minor", "info"}
    shuffled = Report(files=1, claims=0, checks=0, findings=list(reversed(report.findings)))
    assert [i["description"] for i in json.loads(render_gitlab(shuffled))] == [
        i["description"] for i in json.loads(render_gitlab(report))]
    assert render_gitlab(twice) == render_gitlab(twice)
    assert json.loads(render_gitlab(report))[0]["location"]["path"] == AWKWARD_PATH


# ---------------------------------------------------------------- issue 14: what code scanning and Jenkins need


def test_sarif_rules_link_their_documentation_and_the_driver_says_its_semantic_version(planted, ruleset):
    from checker.report.sarif import DOCS_URL

    driver = sarif(planted, ruleset)["runs"][0]["tool"]["driver"]
    assert driver["semanticVersion"] == "0.1.0"
    descs = {d["id"]: d for d in driver["rules"]}
    for rule in ruleset.rules:
        name = Path(rule.path).name
        assert descs[rule.id]["helpUri"] == DOCS_URL + "rules/checks/" + name  # its own file: what --explain prints
        assert (ROOT / "rules" / "checks" / name).is_file() and URI.match(descs[rule.id]["helpUri"])
    assert descs["read-error"]["helpUri"] == DOCS_URL + "README.md#input"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "\n## Input\n" in readme and "\n### Living with findings\n" in readme  # the anchors exist
    assert DOCS_URL.startswith("https://") and DOCS_URL.endswith("/")
    # A version that is not semantic (a development build) is not claimed to be.
    assert "semanticVersion" not in json.loads(render_sarif(planted, ruleset, "0.2.dev3"))["runs"][0]["tool"]["driver"]


def test_sarif_a_newsrooms_own_rule_has_no_help_uri_and_unused_notes_are_documented(ruleset):
    from checker.report.sarif import DOCS_URL, help_uri

    own = replace(ruleset.rules[0], path="/newsroom/house-rules/checks/" + Path(ruleset.rules[0].path).name)
    assert help_uri(own) is None
    note = Location("copy/a.md", 3, 1, 3, 40, 10, 49)
    report = Report(files=1, claims=0, checks=0, findings=[
        Finding("unused-suppression", Severity.WARNING, "suppression of 'swing' matched nothing", note)])
    log = sarif(report, ruleset)
    validate(log)
    [desc] = [d for d in log["runs"][0]["tool"]["driver"]["rules"] if d["id"] == "unused-suppression"]
    assert desc["helpUri"] == DOCS_URL + "README.md#living-with-findings"
    assert desc["shortDescription"]["text"] != "unused-suppression"


def test_sarif_an_unreadable_file_is_placed_on_its_first_line(ruleset):
    report = Report(files=1, claims=0, checks=0, findings=[
        problem_finding(ReadProblem("copy/empty.txt", "empty file: not checked"))])
    log = sarif(report, ruleset)
    validate(log)
    [res] = log["runs"][0]["results"]
    assert res["ruleId"] == "read-error"
    assert res["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "endLine": 1}


def _hashes(check_texts, ruleset, text: str) -> tuple[dict, int]:
    [res] = sarif(check_texts({PLANTED: text}), ruleset)["runs"][0]["results"]
    return res["partialFingerprints"], res["locations"][0]["physicalLocation"]["region"]["startColumn"]


def test_sarif_line_hash_is_ours_and_survives_edits_to_the_paragraph(check_texts, ruleset):
    """The slip's paragraph is one line: code scanning's own line hash would change with any edit to it."""
    text = text_of(PLANTED)
    fps, column = _hashes(check_texts, ruleset, text)
    assert fps["primaryLocationLineHash"] == fingerprint.content_fingerprints(check_texts({PLANTED: text}).findings)[0]
    reworded = text.replace("Mr Opperman polled 22,834 votes", "The Conservative MP Mr Opperman won 22,834 votes")
    added = text.replace("Mr Opperman polled", "It was a long night at the count. Mr Opperman polled")
    for edited in (reworded, added):
        fps_edited, column_edited = _hashes(check_texts, ruleset, edited)
        assert column_edited != column, "the edit should have moved the slip along its line"
        assert fps_edited == fps
    fps_changed, _ = _hashes(check_texts, ruleset, text.replace("9,106", "9,108"))
    assert fps_changed["primaryLocationLineHash"] != fps["primaryLocationLineHash"]


HEXHAM_NOTED = text_of(PLANTED).replace(
    "Mr Opperman polled", "<!-- factcheck: ignore majority-arithmetic -->\nMr Opperman polled").replace(
    "75.0 per cent", "175.0 per cent")
"""Hexham with a note over the slip's paragraph, and a new slip (a turnout over 100) the note does not cover."""
CEREDIGION = text_of("tests/articles/majority-exceeds-votes/planted.txt")


def _run(nlp, ruleset, texts: dict[str, str], baseline=None) -> Report:
    docs = [Document.from_text(p, t, "markdown" if p.endswith(".md") else "text") for p, t in texts.items()]
    corpus = Corpus(documents=docs)
    return check(corpus, list(extract(nlp, docs)), ruleset, Settings(), baseline)


@pytest.fixture()
def set_aside(nlp, ruleset, tmp_path, monkeypatch) -> Report:
    """Hexham (one slip silenced by a note, one new) and Ceredigion (its slip in the baseline)."""
    monkeypatch.chdir(tmp_path)
    known = _run(nlp, ruleset, {"copy/ceredigion.txt": CEREDIGION})
    assert known.errors >= 1
    write_baseline(tmp_path / "baseline.json", known.findings)
    return _run(nlp, ruleset, {"copy/hexham.md": HEXHAM_NOTED, "copy/ceredigion.txt": CEREDIGION},
                load_baseline(tmp_path / "baseline.json"))


def test_sarif_keeps_suppressed_and_baselined_results_marked(set_aside, ruleset):
    report = set_aside
    assert [(f.rule, f.location.path) for f in report.findings] == [("share-over-100", "copy/hexham.md")]
    assert report.suppressed == 1 and report.baselined >= 1
    log = sarif(report, ruleset, {"copy/hexham.md": HEXHAM_NOTED})
    validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 1 + report.suppressed + report.baselined
    by = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r for r in results}
    new = by[("share-over-100", "copy/hexham.md")]
    assert new["baselineState"] == "new" and "suppressions" not in new
    noted = by[("majority-arithmetic", "copy/hexham.md")]
    [sup] = noted["suppressions"]
    assert (sup["kind"], sup["status"]) == ("inSource", "accepted")
    assert sup["justification"] == "a note in the copy: <!-- factcheck: ignore majority-arithmetic -->"
    assert sup["location"]["physicalLocation"]["region"]["startLine"] == 3
    assert noted["baselineState"] == "new" and noted["level"] == "error"
    known = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
             "copy/ceredigion.txt"]
    assert len(known) == report.baselined
    for r in known:
        assert r["baselineState"] == "unchanged"
        assert [(s["kind"], s["status"]) for s in r["suppressions"]] == [("external", "accepted")]
        assert "baseline.json" in r["suppressions"][0]["justification"]
    # Every result has both fingerprints, unique across the log.
    assert len({r["partialFingerprints"][fingerprint.VERSION] for r in results}) == len(results)
    assert log["runs"][0]["properties"]["errors"] == 1


def test_set_aside_findings_stay_out_of_the_gate_and_the_other_reports(set_aside):
    report = set_aside
    assert report.errors == 1  # the new turnout only: what the exit status counts
    data = json.loads(render_json(report))
    assert [f["rule"] for f in data["findings"]] == ["share-over-100"]
    assert data["summary"]["suppressed"] == 1 and data["summary"]["baselined"] == report.baselined
    root = ET.fromstring(render_junit(report, ["copy/hexham.md", "copy/ceredigion.txt"]))
    assert root.get("failures") == "1"
    assert len(json.loads(render_gitlab(report))) == 1


def test_sarif_without_a_baseline_has_no_baseline_state(planted, ruleset):
    [res] = sarif(planted, ruleset)["runs"][0]["results"]
    assert "baselineState" not in res and "suppressions" not in res


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


def test_the_command_passes_when_every_error_is_set_aside_and_sarif_still_shows_them(tmp_path):
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "ceredigion.txt").write_text(CEREDIGION, encoding="utf-8")
    made = factcheck("copy", "--no-cache", "--write-baseline", ".factcheck-baseline.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "copy" / "hexham.md").write_text(HEXHAM_NOTED.replace("175.0", "75.0"), encoding="utf-8")
    run = factcheck("copy", "--no-cache", "--baseline", ".factcheck-baseline.json", "-f", "sarif", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    log = json.loads(run.stdout)
    validate(log)
    results = log["runs"][0]["results"]
    assert results and all(r["suppressions"] for r in results)
    assert {r["suppressions"][0]["kind"] for r in results} == {"inSource", "external"}
    assert log["runs"][0]["properties"]["errors"] == 0


# Attributes the Jenkins xUnit plugin's JUnit schema (junit-10.xsd) allows on each element we write, and those it
# requires. Notably `<testsuites>` has no `skipped`.
JENKINS_ATTRIBUTES = {
    "testsuites": ({"name", "time", "tests", "failures", "disabled", "errors"}, set()),
    "testsuite": ({"name", "tests", "failures", "errors", "time", "disabled", "skipped", "skips", "timestamp",
                   "hostname", "id", "package", "assertions", "file", "skip", "log", "url"}, {"tests"}),
    "testcase": ({"name", "assertions", "time", "timestamp", "classname", "status", "class", "file", "line", "log",
                  "group", "url"}, {"name"}),
    "failure": ({"type", "message"}, set()),
    "skipped": ({"type", "message"}, set()),
    "system-out": (set(), set()),
}


def test_junit_keeps_to_the_jenkins_xunit_schema_with_file_and_time_on_each_case(articles, wire):
    for report, docs in ((articles, [PLANTED, *CORPUS]), (wire, [f"{WIRE}:1", f"{WIRE}:3"]), (awkward(), [])):
        root = ET.fromstring(render_junit(report, docs))
        assert root.tag == "testsuites" and "skipped" not in root.attrib
        for el in root.iter():
            allowed, required = JENKINS_ATTRIBUTES[el.tag]
            assert set(el.attrib) <= allowed, (el.tag, set(el.attrib) - allowed)
            assert required <= set(el.attrib), el.tag
        for case in root.iter("testcase"):
            assert float(case.get("time")) >= 0
            assert case.get("file")
    cases = {c.get("name"): c for c in ET.fromstring(render_junit(wire, [f"{WIRE}:1", f"{WIRE}:3"])).iter("testcase")}
    assert {c.get("file") for c in cases.values()} == {WIRE}
    planted_case = ET.fromstring(render_junit(articles, [PLANTED, *CORPUS])).find("testsuite/testcase")
    assert planted_case.get("file") == PLANTED


def test_the_github_actions_example_is_current():
    import yaml

    text = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    flow = yaml.safe_load(text)
    assert flow["permissions"] == {"contents": "read", "security-events": "write", "actions": "read"}
    steps = flow["jobs"]["factcheck"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert "github/codeql-action/upload-sarif@v4" in uses and not any("@v3" in u for u in uses)
    assert not any("always()" in str(s.get("if", "")) for s in steps)
    for step in steps:
        if step.get("uses", "").startswith(("github/codeql-action/upload-sarif", "actions/upload-artifact")):
            assert "!cancelled()" in step["if"]
    cached = {(s["uses"].split("@")[0], s["with"]["path"])
              for s in steps if s.get("uses", "").startswith("actions/cache")}
    assert {("actions/cache/restore", "~/.cache/pip"), ("actions/cache/save", "~/.cache/pip"),
            ("actions/cache/restore", ".factcheck_cache"), ("actions/cache/save", ".factcheck_cache")} <= cached
    install = flow["env"]["FACTCHECK"]
    assert install.startswith("factcheck @ git+https://github.com/") and install.endswith("@<commit-sha>")
    assert "v0.1.0" not in text and "pin a full commit sha" in text.lower()
    upload = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "forks" in text and "read-only token" in text and "continue-on-error" in steps[upload]
