"""SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer.

One run; the driver lists every rule of the ruleset (its summary, description and
severity, from the same rules/ file the checker runs, and a `helpUri` to its documentation),
so a viewer can explain a rule that did not fire. Each result carries the arithmetic in its
message, the places it was checked against as relatedLocations, and line-free fingerprints
(checker/fingerprint.py) so an alert keeps its identity when copy is inserted above it or
its paragraph is edited elsewhere.

Findings the run set aside are kept, marked: one silenced by a `factcheck: ignore` note has
an in-source suppression (the note as its justification and location), one the baseline
knows an external suppression. With a baseline in use every result has a `baselineState`,
"unchanged" when the baseline knows it, else "new". The exit status and the other reports
count neither.

Columns are counted in Unicode code points (as Location counts them), and the run says
so with `columnKind`; SARIF's default would be UTF-16 code units.
"""

from __future__ import annotations

import heapq
import json
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import fingerprint
from ..run.engine import finding_order
from ..model import READ_RULE, Finding, Location, Report, SetAside, Severity
from ..ruleset import DEFAULT_RULES_DIR, Rule, RuleSet
from ..suppress import UNUSED_RULE

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "factcheck"

DOCS_URL = "https://github.com/your-org/factcheck/blob/main/"
"""Where the project's documentation is published: every rule's `helpUri` is under it. A placeholder until the
repository has its public home; this is the one place to change it."""

HELP_PATHS = {READ_RULE: "README.md#input", UNUSED_RULE: "README.md#living-with-findings"}
"""The built-in diagnostics' documentation; a rule shipped in rules/checks/ is documented by its own file
(summary, description, copy that fails and copy that passes: what `--explain` prints)."""

UNUSED_SUMMARY = "A `factcheck: ignore` note hid nothing, or names no known rule."
UNUSED_DESCRIPTION = (
    "## What it does\n"
    "Reports a `factcheck: ignore` note in the copy that silenced no finding in the paragraph it covers, or "
    "that names a rule no rule has.\n\n"
    "## Why is this bad?\n"
    "A stale note outlives the slip it excused and would hide the next one; a misspelt rule id hides nothing.\n"
)

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")

READ_SUMMARY = "A file could not be checked (empty, binary, not UTF-8)."
READ_DESCRIPTION = (
    "## What it does\n"
    "Reports a file, or a JSON Lines record, that could not be read as an article: it is empty, "
    "binary, not UTF-8, not JSON, or has no `body`. The rest of the corpus is still checked.\n\n"
    "## Why is this bad?\n"
    "Copy that was never read was never checked; a clean report must not hide it.\n"
)

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

MIME_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
              ".html": "text/html", ".htm": "text/html", ".jsonl": "application/jsonl"}


def camel_case(rule_id: str) -> str:
    """'majority-arithmetic' → 'MajorityArithmetic': SARIF's rule `name` is an identifier."""
    return "".join(part[:1].upper() + part[1:] for part in rule_id.replace("_", "-").split("-") if part)


def artifact_uri(path: str) -> str:
    """A path as a URI reference: forward slashes, percent-escaped; absolute paths become file: URIs."""
    windows = PureWindowsPath(path)
    if windows.drive and windows.is_absolute():
        return windows.as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/")


def _plain(markdown: str) -> str:
    """Rule descriptions are Markdown; SARIF `text` should read as plain text."""
    lines = [line.lstrip("#").strip() if line.startswith("#") else line for line in markdown.strip().splitlines()]
    return "\n".join(lines)


def _descriptor(rule_id: str, summary: str, description: str, severity: Severity, check: str,
                help_uri: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule_id,
        "name": camel_case(rule_id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _plain(description) or summary, "markdown": description.strip() or summary},
        "help": {"text": _plain(description) or summary, "markdown": description.strip() or summary},
    }
    if help_uri:
        out["helpUri"] = help_uri
    out["defaultConfiguration"] = {"level": LEVELS[severity]}
    out["properties"] = {"tags": sorted({"factcheck", check})}
    return out


def help_uri(rule: Rule | str) -> str | None:
    """The rule's documentation under DOCS_URL: its file in rules/checks/ for a rule factcheck ships, the
    README section for a built-in diagnostic; None for a newsroom's own rule (--extra-rules, --rules-dir),
    which the project does not publish."""
    if isinstance(rule, str):
        return DOCS_URL + HELP_PATHS[rule] if rule in HELP_PATHS else None
    here = Path(os.path.abspath(rule.path))
    if here.parent.parent != Path(os.path.abspath(DEFAULT_RULES_DIR)) or here.parent.name != "checks":
        return None
    return DOCS_URL + "rules/checks/" + quote(here.name)


def rule_descriptors(ruleset: RuleSet, findings: list[Finding]) -> list[dict[str, Any]]:
    """Every rule in the ruleset, then read-error, then unused-suppression if a finding names it, then any other
    rule a finding names."""
    out = [_descriptor(r.id, r.summary, r.description, r.severity, r.check, help_uri(r)) for r in ruleset.rules]
    known = {r.id for r in ruleset.rules}
    if READ_RULE not in known:
        out.append(_descriptor(READ_RULE, READ_SUMMARY, READ_DESCRIPTION, Severity.WARNING, "built-in",
                               help_uri(READ_RULE)))
        known.add(READ_RULE)
    if UNUSED_RULE not in known and any(f.rule == UNUSED_RULE for f in findings):
        out.append(_descriptor(UNUSED_RULE, UNUSED_SUMMARY, UNUSED_DESCRIPTION, Severity.WARNING, "built-in",
                               help_uri(UNUSED_RULE)))
        known.add(UNUSED_RULE)
    for rule_id in sorted({f.rule for f in findings} - known):
        sev = next(f.severity for f in findings if f.rule == rule_id)
        out.append(_descriptor(rule_id, rule_id, "", sev, "unknown"))
    return out


Lines = dict[str, list[str]]
"""Source lines by Document.path, split once per render."""


def split_sources(sources: dict[str, str] | None) -> Lines:
    return {path: [line.rstrip("\r") for line in text.split("\n")] for path, text in (sources or {}).items()}


def _source_lines(sources: Lines, loc: Location) -> list[str] | None:
    """The source lines of a location's file, when given and meaningful (not a JSON Lines record)."""
    return None if loc.record is not None else sources.get(loc.path)


def _span_text(lines: list[str], loc: Location) -> str | None:
    if not 1 <= loc.line <= loc.end_line <= len(lines):
        return None
    if loc.line == loc.end_line:
        return lines[loc.line - 1][loc.column - 1:loc.end_column - 1]
    parts = [lines[loc.line - 1][loc.column - 1:]] + lines[loc.line:loc.end_line - 1]
    return "\n".join(parts + [lines[loc.end_line - 1][:loc.end_column - 1]])


def region(loc: Location, rule: str = "", sources: Lines | None = None) -> dict[str, Any] | None:
    """The span in the file as written; a JSON Lines record is its whole line; an unreadable file, its first
    line (code scanning places, and fingerprints, a result by its region's start line)."""
    if rule == READ_RULE and loc.record is None:
        return {"startLine": 1, "endLine": 1}
    if loc.record is not None:
        return {"startLine": loc.record, "endLine": loc.record}
    out: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column,
                           "endLine": loc.end_line, "endColumn": max(loc.end_column, 1)}
    lines = _source_lines(sources or {}, loc)
    if lines is not None:
        text = _span_text(lines, loc)
        if text is not None:
            out["snippet"] = {"text": text}
    return out


def _context_region(loc: Location, sources: Lines) -> dict[str, Any] | None:
    lines = _source_lines(sources, loc)
    if lines is None or not 1 <= loc.line <= loc.end_line <= len(lines):
        return None
    return {"startLine": loc.line, "endLine": loc.end_line,
            "snippet": {"text": "\n".join(lines[loc.line - 1:loc.end_line])}}


def physical_location(loc: Location, artifacts: dict[str, int], sources: Lines, rule: str = "") -> dict[str, Any]:
    uri = artifact_uri(loc.shown_path)
    out: dict[str, Any] = {"artifactLocation": {"uri": uri, "index": artifacts[uri]}}
    reg = region(loc, rule, sources)
    if reg is not None:
        out["region"] = reg
        context = _context_region(loc, sources)
        if context is not None:
            out["contextRegion"] = context
    return out


def _record_properties(loc: Location) -> dict[str, Any]:
    """For a JSON Lines record, where in the article (not the file line) the span is."""
    if loc.record is None:
        return {}
    return {"properties": {"record": loc.record, "line": loc.line, "column": loc.column,
                           "endLine": loc.end_line, "endColumn": loc.end_column}}


def result_message(f: Finding) -> str:
    """The message, then the working, what was assumed and the suggested fix, one per line."""
    lines = [f.message]
    if f.arithmetic:
        lines.append(f"arithmetic: {f.arithmetic}")
    if f.location.record is not None:
        loc = f.location
        lines.append(f"at: record {loc.record}, line {loc.line}, column {loc.column}")
    lines += [f"assumed: {a}" for a in f.assumptions]
    if f.suggestion:
        lines.append(f"suggestion: {f.suggestion}")
    return "\n".join(lines)


def _related_text(text: str, note: str) -> str:
    return f"{note}: \u201c{text}\u201d" if note else f"\u201c{text}\u201d"


def result(f: Finding, fp: str, rule_index: int, artifacts: dict[str, int], sources: Lines,
           line_hash: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": result_message(f)},
        "locations": [{"physicalLocation": physical_location(f.location, artifacts, sources, f.rule),
                       **_record_properties(f.location)}],
    }
    if f.related:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": physical_location(r.location, artifacts, sources),
             "message": {"text": _related_text(r.text, r.note)}, **_record_properties(r.location)}
            for i, r in enumerate(f.related, start=1)
        ]
    if f.replacement is not None and f.location.record is None:
        # The correction the official results decide, so a viewer can offer it (SARIF §3.55).
        loc = f.location
        uri = artifact_uri(loc.shown_path)
        out["fixes"] = [{
            "description": {"text": f.suggestion or f"replace with {f.replacement}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri, "index": artifacts[uri]},
                "replacements": [{"deletedRegion": {"startLine": loc.line, "startColumn": loc.column,
                                                    "endLine": loc.end_line, "endColumn": loc.end_column},
                                  "insertedContent": {"text": f.replacement}}],
            }],
        }]
    out["partialFingerprints"] = {fingerprint.VERSION: fp}
    if line_hash is not None:
        # Ours, not the uploader's: upload-sarif computes this key from the text of the result's first line
        # only when it is missing, and a paragraph of copy is one line, so its hash would change with every
        # edit to the paragraph (it keeps ours, with a warning in its log that the two differ).
        out["partialFingerprints"]["primaryLocationLineHash"] = line_hash
    props: dict[str, Any] = {}
    if f.stated is not None:
        props["stated"] = f.stated
    if f.expected is not None:
        props["expected"] = f.expected
    if props:
        out["properties"] = props
    return out


def _set_aside(out: dict[str, Any], aside: SetAside | None, baseline: str | None, artifacts: dict[str, int],
               sources: Lines) -> dict[str, Any]:
    """A result's `baselineState` when a baseline is in use, and `suppressions` when the run set it aside:
    a note in the copy is an in-source suppression, the baseline an external one."""
    if baseline is not None:
        out["baselineState"] = "unchanged" if aside is not None and aside.in_baseline else "new"
    if aside is None:
        return out
    if aside.reason == "note":
        why = f"a note in the copy: {aside.justification}" if aside.justification else "a note in the copy"
        sup: dict[str, Any] = {"kind": "inSource", "status": "accepted", "justification": why}
        if aside.note is not None:
            sup["location"] = {"physicalLocation": physical_location(aside.note, artifacts, sources)}
    else:
        sup = {"kind": "external", "status": "accepted",
               "justification": f"known: in the baseline {aside.justification}" if aside.justification
               else "known: in the baseline"}
    out["suppressions"] = [sup]
    return out


def _artifact_paths(findings: list[Finding]) -> list[str]:
    paths = {f.location.shown_path for f in findings}
    paths.update(r.location.shown_path for f in findings for r in f.related)
    return sorted(paths)


def artifact(path: str) -> dict[str, Any]:
    out: dict[str, Any] = {"location": {"uri": artifact_uri(path)}}
    mime = MIME_TYPES.get(PurePosixPath(path.replace("\\", "/")).suffix.lower())
    if mime:
        out["mimeType"] = mime
    out["roles"] = ["analysisTarget"]
    return out


def sarif_log(report: Report, ruleset: RuleSet, tool_version: str,
              sources: dict[str, str] | None = None) -> dict[str, Any]:
    """The SARIF log as plain data (for tests and for callers that merge runs)."""
    aside = report.set_aside
    # The set-aside findings merged into the report's order (which the report's own findings keep).
    shown: list[tuple[Finding, SetAside | None]] = list(heapq.merge(
        [(f, None) for f in report.findings], [(s.finding, s) for s in aside.findings],
        key=lambda pair: finding_order(pair[0])))
    findings = [f for f, _ in shown]
    rules = rule_descriptors(ruleset, findings)
    index = {d["id"]: i for i, d in enumerate(rules)}
    paths = _artifact_paths(findings)
    paths = sorted(set(paths) | {s.note.shown_path for s in aside.findings if s.note is not None})
    artifacts = {artifact_uri(p): i for i, p in enumerate(paths)}
    fps = fingerprint.fingerprints(findings)
    hashes = fingerprint.content_fingerprints(findings)
    lines = split_sources(sources)
    results = [_set_aside(result(f, fp, index[f.rule], artifacts, lines, line_hash), s, aside.baseline, artifacts,
                          lines)
               for (f, s), fp, line_hash in zip(shown, fps, hashes)]
    driver: dict[str, Any] = {"name": TOOL_NAME, "version": tool_version}
    if _SEMVER.match(tool_version):
        driver["semanticVersion"] = tool_version
    driver["informationUri"] = DOCS_URL + "README.md"
    driver["rules"] = rules
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "artifacts": [artifact(p) for p in paths],
        "results": results,
        "properties": {"files": report.files, "claims": report.claims, "checks": report.checks,
                       "errors": report.errors, "warnings": report.warnings,
                       "suppressed": report.suppressed, "baselined": report.baselined},
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Report, ruleset: RuleSet, tool_version: str, sources: dict[str, str] | None = None) -> str:
    """SARIF 2.1.0 JSON. `sources` ({Document.path: source as written}) adds the flagged text and its line."""
    return json.dumps(sarif_log(report, ruleset, tool_version, sources), ensure_ascii=False, indent=2) + "\n"


__all__ = ["SCHEMA_URI", "artifact_uri", "camel_case", "render_sarif", "sarif_log"]
