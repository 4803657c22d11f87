"""GitLab Code Quality (a subset of the Code Climate issue format), for merge-request widgets.

GitLab matches the issues of the target branch and the merge request by fingerprint, so
the fingerprint is checker.fingerprint's line-free one: a finding moved down by an
inserted paragraph is not reported as fixed and new again. Fingerprints are unique per
issue (GitLab keeps only the first issue of a repeated fingerprint).
"""

from __future__ import annotations

import json
from typing import Any

from .. import fingerprint
from ..model import Finding, Location, Report, Severity

ENGINE = "factcheck"
SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def report_path(path: str) -> str:
    """As GitLab wants it: relative to the project, forward slashes, no leading './'."""
    out = path.replace("\\", "/")
    while out.startswith("./"):
        out = out[2:]
    return out


def location(loc: Location) -> dict[str, Any]:
    """lines.begin (required) and positions; a JSON Lines record is its line of the file."""
    path = report_path(loc.shown_path)
    if loc.record is not None:
        return {"path": path, "lines": {"begin": loc.record, "end": loc.record}}
    return {"path": path, "lines": {"begin": loc.line, "end": loc.end_line},
            "positions": {"begin": {"line": loc.line, "column": loc.column},
                          "end": {"line": loc.end_line, "column": loc.end_column}}}


def description(f: Finding) -> str:
    """One line for the widget: the message, with the working when it adds to it."""
    prefix = f"record {f.location.record}: " if f.location.record is not None else ""
    working = f" ({f.arithmetic})" if f.arithmetic and f.arithmetic not in f.message else ""
    return f"{prefix}{f.message}{working}"


def body(f: Finding) -> str:
    """The full diagnostic, Markdown, for Code Climate's `content.body`."""
    lines = [f.message]
    if f.arithmetic:
        lines.append(f"- arithmetic: {f.arithmetic}")
    for r in f.related:
        note = f" ({r.note})" if r.note else ""
        lines.append(f"- related: {report_path(r.location.shown_path)} line "
                     f"{r.location.record if r.location.record is not None else r.location.line}: "
                     f"\u201c{r.text}\u201d{note}")
    lines += [f"- assumed: {a}" for a in f.assumptions]
    if f.suggestion:
        lines.append(f"- suggestion: {f.suggestion}")
    return "\n".join(lines)


def issue(f: Finding, fp: str) -> dict[str, Any]:
    return {
        "type": "issue",
        "engine_name": ENGINE,
        "check_name": f.rule,
        "description": description(f),
        "content": {"body": body(f)},
        "fingerprint": fp,
        "severity": SEVERITIES[f.severity],
        "location": location(f.location),
    }


def _order(item: dict[str, Any]) -> tuple:
    loc = item["location"]
    begin = loc.get("positions", {}).get("begin", {})
    return (loc["path"], loc["lines"]["begin"], begin.get("column", 0), item["check_name"], item["fingerprint"])


def render_gitlab(report: Report) -> str:
    """A JSON array of Code Quality issues, sorted by path, line, column and rule."""
    items = [issue(f, fp) for f, fp in zip(report.findings, fingerprint.fingerprints(report.findings))]
    return json.dumps(sorted(items, key=_order), ensure_ascii=False, indent=2) + "\n"


__all__ = ["render_gitlab"]
