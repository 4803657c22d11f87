"""JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, CircleCI).

Each checked document is a test case, so a clean article shows as a passing test and
the count of articles checked is visible. An error finding is a `<failure>` of its
document; warnings do not fail a build, so they go to the case's `<system-out>`. Suite
counts are counts of test cases (`failures` = cases with at least one failure), as JUnit
consumers compute them.

A file (or JSON Lines record) that could not be read is a skipped case, not a failure: it
was not checked, and its `read-error` is a warning, which fails the gate (the exit
status) only with `--fail-on warning`. The report agrees with the exit status: a JUnit
failure would turn a Jenkins or GitLab pipeline red (or "unstable") where factcheck
itself passed. A newsroom that wants unreadable copy to stop the pipeline runs with
`--fail-on warning`.

The XML keeps to the Jenkins xUnit plugin's JUnit schema (junit-10.xsd), which GitLab and
the other consumers also read: `skipped` is counted on `<testsuite>` only (the schema has
no such attribute on `<testsuites>`); each case has `file` (the article's file; for a JSON
Lines record, the file the record is in) and `time`. The time is 0: articles are checked
together (rules compare figures across articles), so no article has a time of its own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import PurePosixPath

from ..model import READ_RULE, Finding, Report, Severity
from .text import detail_lines, where

SUITE = "factcheck"

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold at all, even escaped; they become U+FFFD."""


def xml_text(s: str) -> str:
    return _NOT_XML.sub("\ufffd", s)


def classname(path: str) -> str:
    """The document's folder, dotted as JUnit classnames are ('corpus', 'tests.fixtures.jsonl')."""
    parts = [p for p in PurePosixPath(path.replace("\\", "/")).parent.parts if p not in ("/", ".")]
    return ".".join(parts) or SUITE


def finding_text(f: Finding) -> str:
    """path:line:col, severity, rule and message, then the working, the related places and assumptions."""
    lines = [f"{where(f.location)}: {f.severity.value}[{f.rule}] {f.message}"]
    return "\n".join(lines + detail_lines(f))


def _case_paths(documents: list[str], findings: list[Finding]) -> list[str]:
    """The documents in the order given, then any other path a finding is in (unreadable files), sorted."""
    seen = set(documents)
    extra = sorted({f.location.path for f in findings} - seen)
    return list(dict.fromkeys(documents)) + extra


_RECORD = re.compile(r"^(?P<file>.+\.jsonl):(?P<record>[0-9]+)$", re.I)


def document_file(path: str, findings: list[Finding]) -> str:
    """The file a document is in: a JSON Lines record's path is 'wire.jsonl:3', its file 'wire.jsonl'."""
    for f in findings:
        if f.location.path == path and f.location.file:
            return f.location.file
    m = _RECORD.match(path)
    return m.group("file") if m else path


CASE_TIME = "0"
"""Seconds per case: see the module's docstring."""


def testcase(path: str, findings: list[Finding]) -> tuple[ET.Element, bool, bool]:
    """The case for one document, whether it failed, and whether it was skipped."""
    case = ET.Element("testcase", {"classname": xml_text(classname(path)), "name": xml_text(path),
                                   "file": xml_text(document_file(path, findings)), "time": CASE_TIME})
    errors = [f for f in findings if f.severity is Severity.ERROR]
    for f in errors:
        failure = ET.SubElement(case, "failure", {"message": xml_text(f.message), "type": f.rule})
        failure.text = xml_text(finding_text(f))
    unread = [f for f in findings if f.rule == READ_RULE]
    skipped = not errors and bool(unread)
    if skipped:
        ET.SubElement(case, "skipped", {"message": xml_text("; ".join(f.message for f in unread))})
    others = [f for f in findings if f.severity is not Severity.ERROR]
    if others:
        out = ET.SubElement(case, "system-out")
        out.text = xml_text("\n\n".join(finding_text(f) for f in others))
    return case, bool(errors), skipped


def render_junit(report: Report, documents: list[str]) -> str:
    """JUnit XML: one suite, one case per document (`documents` are Document.path values)."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_path[f.location.path].append(f)
    cases = [testcase(p, by_path.get(p, [])) for p in _case_paths(documents, report.findings)]
    counts = {"tests": str(len(cases)), "failures": str(sum(failed for _, failed, _ in cases)), "errors": "0"}
    root = ET.Element("testsuites", {"name": SUITE, **counts, "time": CASE_TIME})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts,
                                              "skipped": str(sum(skipped for _, _, skipped in cases)),
                                              "time": CASE_TIME})
    suite.extend(case for case, _, _ in cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


__all__ = ["render_junit"]
