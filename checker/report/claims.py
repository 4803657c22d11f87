"""What was extracted, for editors checking the checker: a table, or JSON."""

from __future__ import annotations

import json
from typing import Any

from ..checks.base import fmt
from ..model import Claim, Extraction
from ..printable import printable
from .text import where

CLAIMS_SCHEMA = "factcheck-claims/1"


def claim_to_dict(c: Claim) -> dict[str, Any]:
    loc = c.location
    out: dict[str, Any] = {
        "kind": c.kind.value, "text": c.text, "value": c.value, "low": c.low, "high": c.high, "unit": c.unit,
        "subject": c.subject, "subject_via": c.subject_via, "party": c.party, "place": c.place,
        "scope": c.scope, "counterpart": c.counterpart, "year": c.year, "modality": c.modality.value,
        "role": c.role, "relation": c.relation, "whole": c.whole, "hedge": c.hedge, "round": c.round,
        "confidence": c.confidence,
        "path": loc.shown_path, "line": loc.line, "column": loc.column, "end_line": loc.end_line,
        "end_column": loc.end_column, "sentence": c.sentence, "evidence": list(c.evidence),
    }
    if c.body is not None:
        out["body"] = c.body
    if loc.record is not None:
        out["record"] = loc.record
    if c.sides:
        out["sides"] = list(c.sides)  # combined_seats: the parties whose seats it counts together
    if c.gap is not None:
        out["gap"] = c.gap  # a target's: how far from it the copy puts the subject (negative: short of it)
    if c.gap_from is not None:
        out["gap_from"] = c.gap_from  # the figure that distance is counted from, given just before it
    if c.outcome is not None:
        out["outcome"] = c.outcome  # 'gain', 'hold', 'win' or 'loss': an outcome claim's verdict
    if c.change is not None:
        ch = c.change
        out["change"] = {"attribute": ch.attribute.value, "direction": ch.direction, "words": ch.words,
                         "amount": ch.amount, "from_claim": ch.from_claim, "to_claim": ch.to_claim}
    return out


def render_claims_json(extractions: list[Extraction]) -> str:
    docs = []
    for e in extractions:
        doc: dict[str, Any] = {"path": e.path, "words": e.words, "claims": [claim_to_dict(c) for c in e.claims],
                               "unclassified": [{"line": u.line, "column": u.column} for u in e.unclassified]}
        if e.problem:
            doc["problem"] = e.problem
        docs.append(doc)
    return json.dumps({"schema": CLAIMS_SCHEMA, "documents": docs}, ensure_ascii=False, indent=2) + "\n"


COLUMNS = ("where", "kind", "figure", "subject", "party", "place", "year", "modality")


def _row(c: Claim) -> tuple[str, ...]:
    figure = c.text if c.value is None else c.text + ("" if c.text == fmt(c.value) else f" ({fmt(c.value)})")
    if c.change is not None:
        figure = f"{c.change.words} ({c.change.direction})"
    if c.outcome is not None:
        figure = f"{c.text} ({c.outcome}" + (f" from {c.counterpart}" if c.counterpart and c.outcome == "gain" else
                                             f" to {c.counterpart}" if c.counterpart else "") + ")"
    return (where(c.location), c.kind.value, printable(figure), printable(c.subject or ""), printable(c.party or ""),
            printable(c.place or c.scope or ""), str(c.year or ""), c.modality.value)


def render_claims_table(extractions: list[Extraction]) -> str:
    """A plain aligned table (no colour, no truncation), one row per claim, then the counts."""
    rows = [COLUMNS] + [_row(c) for e in extractions for c in e.claims]
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    claims = sum(len(e.claims) for e in extractions)
    unclassified = sum(len(e.unclassified) for e in extractions)
    problems = [e for e in extractions if e.problem]
    tail = f"{claims} claims in {len(extractions)} files; {unclassified} numbers seen but not read as a claim"
    for e in problems:
        tail += f"\n{printable(e.path)}: {printable(e.problem)}"
    return "\n".join(lines) + "\n\n" + tail + "\n"
