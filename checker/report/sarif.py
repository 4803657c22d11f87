"""SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer.

One run; the driver lists every rule of the ruleset (its summary, description and
severity, from the same rules/ file the checker runs), so a viewer can explain a rule
that did not fire. Each result carries the arithmetic in its message, the places it
was checked against as relatedLocations, and a line-free fingerprint so an alert keeps
its identity when copy is inserted above it.

Columns are counted in Unicode code points (as Location counts them), and the run says
so with `columnKind`; SARIF's default would be UTF-16 code units.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import fingerprint
from ..model import READ_RULE, Finding, Location, Report, Severity
from ..ruleset import RuleSet

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "factcheck"

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


def _descriptor(rule_id: str, summary: str, description: str, severity: Severity, check: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": camel_case(rule_id),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _plain(description) or summary, "markdown": description.strip() or summary},
        "help": {"text": _plain(description) or summary, "markdown": description.strip() or summary},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": sorted({"factcheck", check})},
    }


def rule_descriptors(ruleset: RuleSet, findings: list[Finding]) -> list[dict[str, Any]]:
    """Every rule in the ruleset, then read-error, then any rule a finding names that is in neither."""
    out = [_descriptor(r.id, r.summary, r.description, r.severity, r.check) for r in ruleset.rules]
    known = {r.id for r in ruleset.rules}
    if READ_RULE not in known:
        out.append(_descriptor(READ_RULE, READ_SUMMARY, READ_DESCRIPTION, Severity.WARNING, "built-in"))
        known.add(READ_RULE)
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
    """The span in the file as written; a JSON Lines record is its whole line; a read-error, the whole file."""
    if rule == READ_RULE and loc.record is None:
        return None
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


def result(f: Finding, fp: str, rule_index: int, artifacts: dict[str, int], sources: Lines) -> dict[str, Any]:
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
    out["partialFingerprints"] = {fingerprint.VERSION: fp}
    props: dict[str, Any] = {}
    if f.stated is not None:
        props["stated"] = f.stated
    if f.expected is not None:
        props["expected"] = f.expected
    if props:
        out["properties"] = props
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
    rules = rule_descriptors(ruleset, report.findings)
    index = {d["id"]: i for i, d in enumerate(rules)}
    paths = _artifact_paths(report.findings)
    artifacts = {artifact_uri(p): i for i, p in enumerate(paths)}
    fps = fingerprint.fingerprints(report.findings)
    lines = split_sources(sources)
    results = [result(f, fp, index[f.rule], artifacts, lines) for f, fp in zip(report.findings, fps)]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": TOOL_NAME, "version": tool_version,
                            "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": [artifact(p) for p in paths],
        "results": results,
        "properties": {"files": report.files, "claims": report.claims, "checks": report.checks,
                       "errors": report.errors, "warnings": report.warnings},
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Report, ruleset: RuleSet, tool_version: str, sources: dict[str, str] | None = None) -> str:
    """SARIF 2.1.0 JSON. `sources` ({Document.path: source as written}) adds the flagged text and its line."""
    return json.dumps(sarif_log(report, ruleset, tool_version, sources), ensure_ascii=False, indent=2) + "\n"


__all__ = ["SCHEMA_URI", "artifact_uri", "camel_case", "render_sarif", "sarif_log"]
