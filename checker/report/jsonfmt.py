"""The `factcheck/1` JSON contract. Keys may be added; none may change or go."""

from __future__ import annotations

import json
import math
from typing import Any

from ..model import Finding, Location, Report, Verified

SCHEMA = "factcheck/1"


def _number(value: float | None) -> int | float | None:
    if value is None or math.isnan(value) or math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else value


def _place(loc: Location) -> dict[str, Any]:
    out: dict[str, Any] = {"path": loc.shown_path, "line": loc.line, "column": loc.column,
                           "end_line": loc.end_line, "end_column": loc.end_column}
    if loc.record is not None:
        out["record"] = loc.record
    return out


def finding_to_dict(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"rule": f.rule, "severity": f.severity.value, "message": f.message}
    out.update(_place(f.location))
    out["stated"] = _number(f.stated)
    out["expected"] = _number(f.expected)
    out["related"] = [
        {"path": r.location.shown_path, "line": r.location.line, "column": r.location.column, "text": r.text,
         **({"record": r.location.record} if r.location.record is not None else {}),
         **({"note": r.note} if r.note else {})}
        for r in f.related
    ]
    # Additions to the contract: the working and what it rests on.
    out["arithmetic"] = f.arithmetic
    out["assumptions"] = list(f.assumptions)
    if f.suggestion:
        out["suggestion"] = f.suggestion
    return out


def verified_to_dict(v: Verified) -> dict[str, Any]:
    return {"rule": v.rule, "message": v.message, **_place(v.location), "arithmetic": v.arithmetic}


def report_to_dict(report: Report, verbose: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "summary": {"files": report.files, "claims": report.claims, "checks": report.checks,
                    "errors": report.errors, "warnings": report.warnings,
                    "suppressed": report.suppressed, "baselined": report.baselined},
        "findings": [finding_to_dict(f) for f in report.findings],
    }
    if verbose:
        out["verified"] = [verified_to_dict(v) for v in report.verified]
    return out


def render_json(report: Report, verbose: bool = False) -> str:
    return json.dumps(report_to_dict(report, verbose), ensure_ascii=False, indent=2) + "\n"
