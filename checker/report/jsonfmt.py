"""The `factcheck/1` JSON contract. Keys may be added; none may change or go."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
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
    if f.replacement is not None:
        out["replacement"] = f.replacement  # what `--fix` writes over the figure: the official results decide it
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
    """`report_to_dict` as JSON, indented by two."""
    return "".join(c if isinstance(c, str) else str(c, "utf-8") for c in json_chunks(report, verbose))


def json_chunks(report: Report, verbose: bool = False) -> Iterator[str | memoryview]:
    """`render_json` in pieces, to write as they come: text, or UTF-8 (a re-check's verified relations as
    stored, `VerifiedTexts`), for `checker.outputs.write_chunks`.

    With `verbose`, the verified relations (385,000 for 10,000 articles) are written one flat
    object at a time, byte for byte as `json.dumps` indents them: the whole list as dicts, the
    encoder's pieces and the text in one string had taken a run's memory to 1.3 GiB."""
    out = report_to_dict(report)
    if verbose and isinstance(report.verified, VerifiedTexts):
        yield from _with_texts(dumps_indented(out), report.verified.texts)
        return
    if verbose and not report.verified:
        out["verified"] = []
    text = dumps_indented(out)
    if not verbose or not report.verified:
        yield text + "\n"
        return
    yield text[:-2] + ',\n  "verified": [\n'
    # A thousand at a time: one write per relation had cost a sixth of writing them.
    verified = report.verified
    for at in range(0, len(verified), 1000):
        yield ",\n".join(map(verified_text, verified[at:at + 1000])) + (
            ",\n" if at + 1000 < len(verified) else "\n  ]\n}\n")


class VerifiedTexts:
    """A report's verified relations as this writer writes them (`verified_text`), in the report's order:
    what a re-check from the stored checks gives when the JSON report is all it writes
    (checker/run/incremental.py keeps each shard's relations written out, so that 155,000 of them
    are neither decoded into objects nor written out again). Only their number and their text."""

    __slots__ = ("texts",)

    def __init__(self, texts: list[str] | list[memoryview]) -> None:
        self.texts = texts
        """Runs of them joined by ",\n": text, or UTF-8 as stored (written as it is, never decoded)."""

    def __len__(self) -> int:
        return len(self.texts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VerifiedTexts) and other.texts == self.texts


def _with_texts(text: str, texts: list[str] | list[memoryview]) -> Iterator[str | memoryview]:
    """The report's JSON, `text` without its verified relations, with `texts` as them."""
    if not texts:
        yield text[:-2] + ',\n  "verified": []\n}\n'
        return
    yield text[:-2] + ',\n  "verified": [\n'
    if not isinstance(texts[0], str):  # UTF-8 as stored, each run written as it is (45 MB: no copy)
        for i, piece in enumerate(texts):
            if i:
                yield ",\n"
            yield piece
        yield "\n  ]\n}\n"
        return
    for at in range(0, len(texts), 1000):
        yield ",\n".join(texts[at:at + 1000]) + (",\n" if at + 1000 < len(texts) else "\n  ]\n}\n")


_scalar = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring  # what `_scalar` does for a str, without its dispatch


def verified_text(v: Verified) -> str:
    """`_flat(verified_to_dict(v), "    ")`, written out field by field: 155,000 of them make a
    re-check's JSON report, and the generic route took most of its time."""
    loc = v.location
    path = loc.shown_path
    if not (type(v.rule) is str and type(v.message) is str and type(path) is str and type(v.arithmetic) is str
            and type(loc.line) is int and type(loc.column) is int and type(loc.end_line) is int
            and type(loc.end_column) is int and (loc.record is None or type(loc.record) is int)):
        return _flat(verified_to_dict(v), "    ")
    record = "" if loc.record is None else f'      "record": {loc.record},\n'
    return (f'    {{\n      "rule": {_string(v.rule)},\n      "message": {_string(v.message)},\n'
            f'      "path": {_string(path)},\n      "line": {loc.line},\n      "column": {loc.column},\n'
            f'      "end_line": {loc.end_line},\n      "end_column": {loc.end_column},\n{record}'
            f'      "arithmetic": {_string(v.arithmetic)}\n    }}')


class _Unusual(Exception):
    """A value `_indented` does not write itself: `json.dumps` writes the whole report instead."""


def dumps_indented(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte. With an indent, `json` encodes in
    pure Python, a generator step per token: the 4,000 findings of 10,000 short stories took 0.09 s of
    every re-check's JSON report. Dicts, lists, strings, numbers and None are written here in about
    0.06 s; anything else (a subclass, a key that is not a string) goes to `json.dumps`."""
    try:
        return _indented(value, "")
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)


def _indented(value: Any, pad: str) -> str:
    """`value` as `json.dumps(..., ensure_ascii=False, indent=2)` writes it nested at `pad`."""
    t = type(value)
    if t is str:
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if t is int:
        return int.__repr__(value)
    if t is float:
        if value != value:
            return "NaN"
        if value in (math.inf, -math.inf):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    inner = pad + "  "
    if t is dict:
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if type(k) is not str:
                raise _Unusual
            items.append(f"{inner}{_string(k)}: {_indented(v, inner)}")
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if t is list or t is tuple:
        if not value:
            return "[]"
        return "[\n" + ",\n".join([inner + _indented(v, inner) for v in value]) + "\n" + pad + "]"
    raise _Unusual


def _flat(d: dict[str, Any], pad: str) -> str:
    """A dict of numbers, strings and None as `json.dumps(..., indent=2)` writes it nested at `pad`."""
    inner = ",\n".join(f"{pad}  {_scalar(k)}: {_scalar(v)}" for k, v in d.items())
    return f"{pad}{{\n{inner}\n{pad}}}"
