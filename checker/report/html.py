"""A self-contained HTML report: the articles themselves, every figure highlighted by what the checks made of it.

Editors read copy, not diagnostics. This page shows each article as written (its
analysed prose, for Markdown and HTML) with every extracted claim marked: red where
the copy contradicts itself, amber for a warning, green where a relation was verified,
a plain underline for a figure no rule compared. Hovering a figure shows what was
read and found; clicking it opens a panel with the arithmetic, the assumptions and
links to the places it was checked against.

The file is one page with no network access at all: CSS and JS are inline and a
Content-Security-Policy forbids fetching anything. Every piece of copy and every
message is HTML-escaped; the data the script needs travels as JSON in a
non-executable `<script type="application/json">` block and is put into the page
with `textContent`, never as markup. Output is deterministic: IDs come from positions.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..checks.base import fmt
from ..corpus import Document
from ..model import Claim, Extraction, Finding, Kind, Location, Modality, Report, Severity, Verified
from .text import where

STATES = ("error", "warning", "info", "verified", "claim")
"""A highlight's colour state, strongest first: a span takes the strongest that applies."""

LEGEND = (
    ("error", "finding", "13,782", "contradiction (error)"),
    ("error", "related", "22,834", "what an error was checked against"),
    ("warning", "finding", "17, 525", "warning"),
    ("verified", "claim", "52.7", "verified"),
    ("claim", "claim", "4,302", "read, not compared"),
)


def esc(text: str) -> str:
    """Escape copy for HTML text and attribute values alike."""
    return html.escape(text, quote=True)


def json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> block or be read as markup: <, > and & as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@dataclass(slots=True)
class Mark:
    """One highlighted span of an article and everything the run said about it."""

    doc: int
    start: int
    end: int
    location: Location
    """Where the span is in the file as written (the first location seen with this span)."""
    claims: list[Claim] = field(default_factory=list)
    findings: list[int] = field(default_factory=list)
    """Findings (indexes into report.findings) located on this span."""
    related: list[int] = field(default_factory=list)
    """Findings that name this span as a place they were checked against."""
    verified: list[Verified] = field(default_factory=list)

    @property
    def id(self) -> str:
        return mark_id(self.doc, self.start, self.end)


def mark_id(doc: int, start: int, end: int) -> str:
    """A highlight's id, from its document's place in the list and its offsets: stable run to run."""
    return f"m-{doc}-{start}-{end}"


def _touches(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Spans overlap; an empty span touches the span it stands in (or an empty one at its place)."""
    if a0 == a1 or b0 == b1:
        return (b0 <= a0 < b1) or (a0 <= b0 < a1) or (a0 == a1 == b0 == b1)
    return a0 < b1 and b0 < a1


def _severity_rank(sev: Severity) -> int:
    return STATES.index(sev.value)


def state_of(mark: Mark, findings: list[Finding]) -> str:
    """The strongest state that applies: a finding's severity, then verified, then a plain claim."""
    ranks = [_severity_rank(findings[i].severity) for i in mark.findings + mark.related]
    if ranks:
        return STATES[min(ranks)]
    return "verified" if mark.verified else "claim"


def role_of(mark: Mark) -> str:
    """'finding' where a finding stands, 'related' where one was checked against, else 'claim'."""
    if mark.findings:
        return "finding"
    return "related" if mark.related else "claim"


def _clamp(doc: Document, start: int, end: int) -> tuple[int, int]:
    n = len(doc.text)
    a = max(0, min(start, n))
    return a, max(a, min(end, n))


def collect_marks(report: Report, documents: list[Document], extractions: list[Extraction],
                  verbose: bool) -> list[list[Mark]]:
    """Per document, its highlights: every claim, finding place, related place and verified place."""
    index = {d.path: i for i, d in enumerate(documents)}
    spans: dict[tuple[int, int, int], Mark] = {}

    def mark_at(loc: Location) -> Mark | None:
        i = index.get(loc.path)
        if i is None:
            return None
        a, b = _clamp(documents[i], loc.start, loc.end)
        return spans.setdefault((i, a, b), Mark(i, a, b, loc))

    for ex in extractions:
        for claim in ex.claims:
            got = mark_at(claim.location)
            if got is not None:
                got.claims.append(claim)
    places: list[tuple[Location, int, bool]] = []
    for n, f in enumerate(report.findings):
        places.append((f.location, n, True))
        places.extend((r.location, n, False) for r in f.related)
    for loc, _, _ in places:
        mark_at(loc)
    verified = report.verified if verbose else []
    for v in verified:
        mark_at(v.location)
    by_doc: dict[int, list[Mark]] = defaultdict(list)
    for m in spans.values():
        by_doc[m.doc].append(m)
    for loc, n, primary in places:
        for m in _touching(by_doc, index, loc):
            target = m.findings if primary else m.related
            if n not in target:
                target.append(n)
    for v in verified:
        for m in _touching(by_doc, index, v.location):
            if v not in m.verified:
                m.verified.append(v)
    return [sorted(by_doc.get(i, []), key=lambda m: (m.start, -m.end)) for i in range(len(documents))]


def _touching(by_doc: dict[int, list[Mark]], index: dict[str, int], loc: Location) -> list[Mark]:
    i = index.get(loc.path)
    if i is None:
        return []
    return [m for m in by_doc.get(i, []) if _touches(m.start, m.end, loc.start, loc.end)]


def target_of(loc: Location, index: dict[str, int], documents: list[Document]) -> str | None:
    """The highlight id a location jumps to, if its document is on the page."""
    i = index.get(loc.path)
    if i is None:
        return None
    a, b = _clamp(documents[i], loc.start, loc.end)
    return mark_id(i, a, b)


# --- text --------------------------------------------------------------------------------------

def value_text(c: Claim) -> str:
    """The figure as read, with its unit: '13,782 votes', '52.7%', 'second'."""
    if c.value is None or c.kind is Kind.RANK:
        return c.text
    if c.unit in ("percent", "%"):
        return f"{fmt(c.value)}%"
    return f"{fmt(c.value)} {c.unit}".strip()


def claim_label(c: Claim) -> str:
    """'majority 13,782', 'share 52.7%', 'rank second', 'change more than doubled'."""
    kind = c.kind.value.replace("_", " ")
    if c.value is None or c.kind is Kind.RANK:
        return f"{kind} {c.text}"
    return f"{kind} {fmt(c.value)}{'%' if c.unit in ('percent', '%') else ''}"


def claim_fields(c: Claim) -> list[list[str]]:
    """What was read, as label/value rows for the detail panel."""
    rows = [["Kind", c.kind.value.replace("_", " ")], ["As written", c.text]]
    if c.value is not None:
        rows.append(["Value", value_text(c)])
    if c.low is not None and c.high is not None and c.low != c.high:
        rows.append(["Range", f"{fmt(c.low)}–{fmt(c.high)}"])
    optional = [("Subject", c.subject), ("Party", c.party if c.party != c.subject else None), ("Place", c.place),
                ("Region", c.scope), ("Against", c.counterpart), ("Role", c.role and c.role.replace("_", " ")),
                ("Year", str(c.year) if c.year else None),
                ("Modality", c.modality.value if c.modality is not Modality.ACTUAL else None),
                ("Hedge", c.hedge), ("Column", c.column), ("Outcome", c.outcome)]
    rows += [[k, v] for k, v in optional if v]
    if c.change is not None:
        rows.append(["Change", f"{c.change.words} ({c.change.direction})"])
    if c.confidence < 1:
        rows.append(["Confidence", f"{c.confidence:.2f}"])
    return rows


def claim_summary(c: Claim) -> str:
    """One line for a tooltip: what the figure is, whose, where."""
    about = [x for x in (c.subject, c.party if c.party != c.subject else None, c.place) if x]
    return claim_label(c) + (" · " + " · ".join(about) if about else "")


def verified_text(v: Verified) -> str:
    text = v.message if not v.arithmetic or v.arithmetic in v.message else f"{v.message}: {v.arithmetic}"
    return text if "✓" in text else text + " ✓"


def tooltip(mark: Mark, findings: list[Finding]) -> str:
    """The hover text: the claim, each finding with its working, what it was checked against."""
    lines = [claim_summary(c) for c in mark.claims]
    for n in mark.findings:
        f = findings[n]
        lines.append(f"✗ {f.severity.value}[{f.rule}] {f.message}")
        if f.arithmetic:
            lines.append(f"   {f.arithmetic}")
    for n in mark.related:
        f = findings[n]
        lines.append(f"↔ checked by {f.severity.value}[{f.rule}] at {where(f.location)}")
    lines += [f"✓ {v.rule}: {verified_text(v)}" for v in mark.verified]
    return "\n".join(lines) or "highlighted span"


def _open_tag(mark: Mark, state: str, role: str, title: str, first: bool) -> str:
    kinds = " ".join(sorted({c.kind.value for c in mark.claims}))
    attrs = f'class="fc" data-mark="{mark.id}" data-state="{state}" data-role="{role}"'
    if kinds:
        attrs += f' data-kind="{esc(kinds)}"'
    if mark.start == mark.end:
        attrs += ' data-empty="1"'
    if first:
        attrs = f'id="{mark.id}" ' + attrs + ' tabindex="0" role="button"'
    return f'<mark {attrs} title="{esc(title)}">'


def highlight(text: str, marks: list[Mark], findings: list[Finding]) -> str:
    """The text, escaped, with each mark as a <mark>; partly overlapping marks are split to nest."""
    attrs = {m.id: (state_of(m, findings), role_of(m), tooltip(m, findings)) for m in marks}
    starts: dict[int, list[Mark]] = defaultdict(list)
    empties: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        (empties if m.start == m.end else starts)[m.start].append(m)
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in bounds:
        out.append(esc(text[pos:p]))
        pos = p
        if any(m.end == p for m in stack):
            reopen: list[Mark] = []
            while any(m.end == p for m in stack):
                top = stack.pop()
                out.append("</mark>")
                if top.end != p:
                    reopen.append(top)
            for m in reversed(reopen):
                stack.append(m)
                out.append(_open_tag(m, *attrs[m.id], first=False))
        for m in empties.get(p, []):
            out.append(_open_tag(m, *attrs[m.id], first=True) + "</mark>")
        for m in starts.get(p, []):
            stack.append(m)
            out.append(_open_tag(m, *attrs[m.id], first=True))
    out.append(esc(text[pos:]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


# --- page parts ----------------------------------------------------------------------------------

def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def verdict(report: Report) -> str:
    if report.errors:
        return f"{_plural(report.errors, 'error')} to fix before publishing" + (
            f", {_plural(report.warnings, 'warning')} to review" if report.warnings else "")
    if report.warnings:
        return f"No contradictions found; {_plural(report.warnings, 'warning')} to review"
    return "No contradictions or warnings found"


def summary_html(report: Report) -> str:
    stats = [("files", report.files, ""), ("claims", report.claims, ""), ("relations checked", report.checks, ""),
             ("errors", report.errors, "error" if report.errors else ""),
             ("warnings", report.warnings, "warning" if report.warnings else "")]
    cells = "".join(f'<div class="stat" data-stat="{esc(label)}" data-state="{state}">'
                    f'<span class="num">{n:,}</span><span class="lbl">{esc(label)}</span></div>'
                    for label, n, state in stats)
    return f'<div class="stats">{cells}</div>'


def legend_html(report: Report) -> str:
    items = list(LEGEND)
    if any(f.severity is Severity.INFO for f in report.findings):
        items.insert(3, ("info", "finding", "1,000", "note"))
    chips = "".join(f'<li><mark class="fc sample" data-state="{s}" data-role="{r}">{esc(x)}</mark> {esc(t)}</li>'
                    for s, r, x, t in items)
    return f'<ul class="legend" aria-label="Colour legend">{chips}</ul>'


def _link(target: str | None, text: str, cls: str = "jump") -> str:
    if target is None:
        return f'<span class="where">{esc(text)}</span>'
    return f'<a class="{cls}" href="#{target}">{esc(text)}</a>'


def findings_html(report: Report, index: dict[str, int], documents: list[Document]) -> str:
    if not report.findings:
        return '<p class="allclear">No errors or warnings.</p>'
    rows = []
    for n, f in enumerate(report.findings):
        sev = f.severity.value
        extra = f'<div class="arith">{esc(f.arithmetic)}</div>' if f.arithmetic else ""
        extra += "".join(f'<div class="assumed">assumed: {esc(a)}</div>' for a in f.assumptions)
        if f.suggestion:
            extra += f'<div class="assumed">help: {esc(f.suggestion)}</div>'
        rows.append(
            f'<tr id="f{n}" data-state="{sev}"><td class="kind"><span class="badge" data-state="{sev}">{sev}</span>'
            f'<code>{esc(f.rule)}</code></td>'
            f'<td class="loc">{_link(target_of(f.location, index, documents), where(f.location))}</td>'
            f'<td><div class="msg">{esc(f.message)}</div>{extra}</td></tr>')
    return ('<table class="findings"><thead><tr><th>Severity · rule</th><th>Where</th>'
            f'<th>Message</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def verified_html(report: Report, index: dict[str, int], documents: list[Document]) -> str:
    if not report.verified:
        return ""
    items = "".join(f'<li>{_link(target_of(v.location, index, documents), where(v.location))} '
                    f'<code>{esc(v.rule)}</code> {esc(verified_text(v))}</li>' for v in report.verified)
    return (f'<details class="verified"><summary>{_plural(len(report.verified), "relation")} verified'
            f'</summary><ul>{items}</ul></details>')


def article_html(n: int, doc: Document, marks: list[Mark], report: Report) -> str:
    sev = [report.findings[i].severity for m in marks for i in m.findings]
    claims = sum(len(m.claims) for m in marks)
    errors = len({i for m in marks for i in m.findings if report.findings[i].severity is Severity.ERROR})
    warnings = len({i for m in marks for i in m.findings if report.findings[i].severity is Severity.WARNING})
    state = "error" if Severity.ERROR in sev else "warning" if Severity.WARNING in sev else "ok"
    meta = f"{_plural(claims, 'claim')} · {_plural(errors, 'error')} · {_plural(warnings, 'warning')}"
    return (f'<section class="article" id="d{n}" data-path="{esc(doc.path)}" data-state="{state}">'
            f'<h2><a class="anchor" href="#d{n}">{esc(doc.path)}</a></h2><p class="meta">{meta}</p>'
            f'<div class="copy">{highlight(doc.text, marks, report.findings)}</div></section>')


def page_data(report: Report, marks: list[list[Mark]], index: dict[str, int],
              documents: list[Document]) -> dict[str, Any]:
    """Everything the detail panel shows, as plain JSON: no markup, the script uses textContent."""
    findings = []
    for f in report.findings:
        findings.append({
            "severity": f.severity.value, "rule": f.rule, "message": f.message, "where": where(f.location),
            "target": target_of(f.location, index, documents), "arithmetic": f.arithmetic,
            "assumptions": list(f.assumptions), "suggestion": f.suggestion or "",
            "related": [{"where": where(r.location), "text": r.text, "note": r.note,
                         "target": target_of(r.location, index, documents)} for r in f.related],
        })
    out_marks: dict[str, Any] = {}
    for doc_marks in marks:
        for m in doc_marks:
            doc = documents[m.doc]
            out_marks[m.id] = {
                "where": where(m.location), "text": doc.text[m.start:m.end],
                "state": state_of(m, report.findings),
                "claims": [claim_fields(c) for c in m.claims], "findings": m.findings, "related": m.related,
                "verified": [{"rule": v.rule, "text": verified_text(v)} for v in m.verified],
            }
    return {"findings": findings, "marks": out_marks, "empty": EMPTY_PANEL}


def csp(script: str) -> str:
    """No network at all: only this page's own inline style and (hashed) script run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


HINT = ("Hover a highlighted figure for what was read and found; click it (or Tab to it and press Enter) "
        "for the details.")
EMPTY_PANEL = "Click a highlighted figure to see what was read, what was found and what it was checked against."


def head_html(title: str) -> str:
    """The CSP comes first, before anything it governs."""
    return (f'<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(csp(SCRIPT))}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="icon" href="data:,">\n'
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>")


def panel_html() -> str:
    """The detail panel: hidden until the script shows it, so the page without JS has no dead box."""
    return ('<aside id="fc-panel" class="panel" hidden aria-live="polite">\n'
            '<div class="panel-head"><span>Details</span>'
            '<button type="button" id="fc-close" aria-label="Close details">×</button></div>\n'
            f'<div id="fc-panel-body"><p class="empty">{esc(EMPTY_PANEL)}</p></div>\n</aside>')


def render_html(report: Report, documents: list[Document], extractions: list[Extraction],
                verbose: bool = True) -> str:
    """One self-contained HTML page for the run; `verbose` shows verified relations (green)."""
    index = {d.path: i for i, d in enumerate(documents)}
    marks = collect_marks(report, documents, extractions, verbose)
    shown = report if verbose else Report(report.files, report.claims, report.checks, report.findings, [],
                                          report.problems)
    state = "error" if report.errors else "warning" if report.warnings else "ok"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        head_html(f"factcheck: {_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')}"),
        '<body>\n<div class="layout">\n<main>',
        '<header class="top">\n<p class="brand">factcheck report</p>',
        f'<h1 data-state="{state}">{esc(verdict(report))}</h1>',
        summary_html(report),
        legend_html(shown),
        f'<p class="hint">{esc(HINT)}</p>\n</header>',
        '<section class="summary" id="findings">\n<h2>Findings</h2>',
        findings_html(report, index, documents),
        verified_html(shown, index, documents),
        "</section>",
        *(article_html(n, d, marks[n], shown) for n, d in enumerate(documents)),
        "</main>",
        panel_html(),
        "</div>",
        f'<script type="application/json" id="fc-data">{json_for_script(page_data(shown, marks, index, documents))}'
        "</script>",
        f"<script>{SCRIPT}</script>",
        "</body>\n</html>\n",
    ]
    return "\n".join(parts)


CSS = """
:root {
  --ink: #1f2328; --muted: #5b6470; --line: #d8dde3; --bg: #f4f5f7; --card: #fff; --focus: #2563eb;
  --err: #b42318; --err-bg: #fde3df; --err-soft: #fdebe8; --err-card: #fef4f2;
  --warn: #a15c00; --warn-bg: #ffeeb8; --warn-soft: #fff5d6; --warn-card: #fffaeb;
  --info: #1d4ed8; --info-bg: #dbe7fe; --ok: #2a7a3b; --ok-bg: #dcf2e1;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, "Times New Roman", serif;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 25vh; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.layout { max-width: 1000px; margin: 0 auto; padding: 24px 20px 80px; }
body.js .layout {
  max-width: 1320px; display: grid; grid-template-columns: minmax(0, 880px) 380px;
  justify-content: center; gap: 28px; align-items: start;
}
main > * {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 20px 24px; margin: 0 0 20px;
}
.brand {
  margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .08em; text-transform: uppercase;
  font-weight: 600;
}
h1 { margin: 4px 0 16px; font-size: 24px; line-height: 1.25; }
h1[data-state=error] { color: var(--err); }
h1[data-state=warning] { color: var(--warn); }
h1[data-state=ok] { color: var(--ok); }
h2 { margin: 0 0 12px; font-size: 17px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 16px; }
.stat { flex: 1 1 110px; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: #fafbfc; }
.stat .num { display: block; font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.stat .lbl { color: var(--muted); font-size: 13px; }
.stat[data-state=error] { background: var(--err-soft); border-color: #f3b8b0; }
.stat[data-state=error] .num { color: var(--err); }
.stat[data-state=warning] { background: var(--warn-soft); border-color: #f0d58a; }
.stat[data-state=warning] .num { color: var(--warn); }
.legend {
  list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0 0 8px;
  font-size: 13px; color: var(--muted);
}
.hint { margin: 0; font-size: 13px; color: var(--muted); }
table.findings { width: 100%; border-collapse: collapse; font-size: 14px; }
.findings th {
  text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  border-bottom: 2px solid var(--line); padding: 6px 8px;
}
.findings td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
.findings tr[data-state=error] td:first-child { box-shadow: inset 3px 0 var(--err); }
.findings tr[data-state=warning] td:first-child { box-shadow: inset 3px 0 var(--warn); }
.findings td.loc { width: 30%; overflow-wrap: anywhere; font: 13px/1.4 var(--mono); }
.findings td.kind { width: 1%; white-space: nowrap; }
.findings td.kind code { display: block; margin-top: 4px; font-size: 12.5px; }
.msg { font-weight: 500; }
.arith, .assumed { color: var(--muted); font-size: 13px; margin-top: 3px; }
.arith { font-family: var(--mono); }
.badge {
  display: inline-block; border-radius: 99px; padding: 1px 9px; font-size: 12px; font-weight: 700;
  text-transform: uppercase; letter-spacing: .04em; color: #fff; background: var(--muted);
}
.badge[data-state=error] { background: var(--err); }
.badge[data-state=warning] { background: var(--warn); }
.badge[data-state=info] { background: var(--info); }
.allclear { color: var(--ok); font-weight: 600; margin: 0; }
details.verified { margin-top: 14px; font-size: 14px; }
details.verified summary { cursor: pointer; color: var(--ok); font-weight: 600; }
details.verified ul { margin: 8px 0 0; padding-left: 18px; }
details.verified li { margin: 2px 0; }
a { color: var(--focus); }
a.jump, a.rel { text-decoration: none; }
a.jump:hover, a.rel:hover { text-decoration: underline; }
.article h2 a { color: inherit; text-decoration: none; font: 600 15px var(--mono); }
.article[data-state=error] { border-top: 4px solid var(--err); }
.article[data-state=warning] { border-top: 4px solid var(--warn); }
.article[data-state=ok] { border-top: 4px solid var(--ok); }
.meta { margin: -8px 0 14px; color: var(--muted); font-size: 13px; }
.copy { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.75 var(--serif); max-width: 72ch; }
mark.fc {
  color: inherit; background: transparent; border-radius: 3px; padding: 0 1px; cursor: pointer;
  border-bottom: 2px dotted #8a939e; scroll-margin: 25vh 0;
}
mark.fc[data-state=error] { background: var(--err-bg); border-bottom: 2px solid var(--err); font-weight: 600; }
mark.fc[data-state=warning] { background: var(--warn-bg); border-bottom: 2px solid var(--warn); font-weight: 600; }
mark.fc[data-state=info] { background: var(--info-bg); border-bottom: 2px solid var(--info); }
mark.fc[data-state=verified] { background: var(--ok-bg); border-bottom: 2px solid var(--ok); }
mark.fc[data-role=related] { font-weight: inherit; border-bottom-style: dashed; }
mark.fc[data-role=related][data-state=error] { background: var(--err-soft); }
mark.fc[data-role=related][data-state=warning] { background: var(--warn-soft); }
mark.fc[data-empty]::before { content: "\\25B2"; color: var(--err); font-size: 11px; }
mark.fc:hover { filter: brightness(.95); }
mark.fc:focus-visible, mark.fc.selected { outline: 2px solid var(--ink); outline-offset: 0; }
mark.fc:target, mark.fc.flash { animation: flash 1.8s ease-out; }
mark.sample { cursor: default; }
@keyframes flash {
  0% { box-shadow: 0 0 0 8px rgba(37, 99, 235, .5); }
  70% { box-shadow: 0 0 0 2px rgba(37, 99, 235, .6); }
  100% { box-shadow: 0 0 0 0 rgba(37, 99, 235, 0); }
}
.panel {
  position: sticky; top: 20px; max-height: calc(100vh - 40px); overflow: auto; background: var(--card);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 4px 18px rgba(16, 24, 40, .08);
}
.panel[hidden] { display: none; }
.panel-head {
  display: flex; justify-content: space-between; align-items: center; padding: 10px 16px;
  border-bottom: 1px solid var(--line); font-size: 12px; text-transform: uppercase; letter-spacing: .08em;
  color: var(--muted); font-weight: 700; position: sticky; top: 0; background: var(--card);
}
.panel-head button {
  border: 0; background: none; font-size: 22px; line-height: 1; cursor: pointer; color: var(--muted);
}
#fc-panel-body { padding: 14px 16px 18px; }
.empty { color: var(--muted); margin: 0; }
.panel h3 { margin: 0; font: 700 22px var(--serif); }
.panel .where { color: var(--muted); font: 12px var(--mono); }
.panel h4 {
  margin: 16px 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
}
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; font-size: 14px; }
.panel dt { color: var(--muted); }
.panel dd { margin: 0; }
.card {
  border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 8px;
  padding: 10px 12px; margin: 10px 0;
}
.card[data-state=error] { border-left-color: var(--err); background: var(--err-card); }
.card[data-state=warning] { border-left-color: var(--warn); background: var(--warn-card); }
.card[data-state=info] { border-left-color: var(--info); }
.card .head { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.card p { margin: 4px 0; }
.card h4 { margin-top: 10px; }
.card pre {
  margin: 4px 0; white-space: pre-wrap; font: 13px/1.45 var(--mono); background: rgba(255, 255, 255, .8);
  border-radius: 6px; padding: 6px 8px;
}
.card ul { margin: 4px 0; padding-left: 18px; font-size: 14px; }
.ok-list { list-style: none; padding: 0; margin: 0; font-size: 14px; }
.ok-list li { margin: 3px 0; }
.ok-list li::before { content: "\\2713  "; color: var(--ok); font-weight: 700; }
@media (max-width: 1100px) {
  body.js .layout { display: block; }
  .panel {
    position: fixed; left: 10px; right: 10px; bottom: 10px; top: auto; max-height: 45vh; z-index: 5;
  }
  body.js:not(.panel-open) .panel { display: none; }
  body.panel-open .layout { padding-bottom: 50vh; }
}
@media print {
  .panel, .hint { display: none; }
  body.js .layout { display: block; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fc-data").textContent);
  var panel = document.getElementById("fc-panel");
  var body = document.getElementById("fc-panel-body");
  var current = null;
  document.body.classList.add("js");
  panel.hidden = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function link(target, text, cls) {
    if (!target || !data.marks[target]) return el("span", "where", text);
    var a = el("a", cls, text);
    a.setAttribute("href", "#" + target);
    return a;
  }
  function parts(id) {
    return document.querySelectorAll('mark[data-mark="' + CSS.escape(id) + '"]');
  }
  function badge(state) {
    var b = el("span", "badge", state);
    b.setAttribute("data-state", state);
    return b;
  }
  function list(items, cls) {
    var ul = el("ul", cls);
    items.forEach(function (x) { var li = el("li"); li.append(x); ul.append(li); });
    return ul;
  }
  function findingCard(f) {
    var card = el("div", "card");
    card.setAttribute("data-state", f.severity);
    var head = el("div", "head");
    head.append(badge(f.severity), el("code", null, f.rule));
    card.append(head, el("p", "message", f.message));
    if (f.arithmetic) { card.append(el("h4", null, "Arithmetic"), el("pre", "arithmetic", f.arithmetic)); }
    if (f.related.length) {
      card.append(el("h4", null, "Checked against"));
      card.append(list(f.related.map(function (r) {
        var span = el("span");
        var note = r.note ? " (" + r.note + ")" : "";
        span.append(link(r.target, r.where, "rel"), " \\u201c" + r.text + "\\u201d" + note);
        return span;
      }), "related"));
    }
    if (f.assumptions.length) { card.append(el("h4", null, "Assumed"), list(f.assumptions, "assumptions")); }
    if (f.suggestion) { card.append(el("h4", null, "Suggestion"), el("p", null, f.suggestion)); }
    return card;
  }
  function relatedCard(f) {
    var card = el("div", "card");
    card.setAttribute("data-state", f.severity);
    var head = el("div", "head");
    head.append(badge(f.severity), el("code", null, f.rule));
    card.append(head, el("p", null, "This figure is one of the places this finding was checked against:"));
    card.append(el("p", "message", f.message));
    var p = el("p");
    p.append("Go to the finding: ", link(f.target, f.where, "jump"));
    card.append(p);
    return card;
  }
  function show(id) {
    var m = data.marks[id];
    if (!m) return;
    if (current) parts(current).forEach(function (e) { e.classList.remove("selected"); });
    current = id;
    parts(id).forEach(function (e) { e.classList.add("selected"); });
    body.replaceChildren();
    body.setAttribute("data-mark", id);
    body.append(el("h3", null, "\\u201c" + m.text + "\\u201d"), el("div", "where", m.where));
    m.findings.forEach(function (i) { body.append(findingCard(data.findings[i])); });
    m.related.forEach(function (i) { body.append(relatedCard(data.findings[i])); });
    m.claims.forEach(function (rows) {
      body.append(el("h4", null, "What was read"));
      var dl = el("dl");
      rows.forEach(function (r) { dl.append(el("dt", null, r[0]), el("dd", null, r[1])); });
      body.append(dl);
    });
    if (m.verified.length) {
      body.append(el("h4", null, "Verified"));
      body.append(list(m.verified.map(function (v) { return v.rule + ": " + v.text; }), "ok-list"));
    }
    if (!m.findings.length && !m.related.length && !m.verified.length) {
      body.append(el("p", "empty", "Read as a claim; no rule compared it with another figure."));
    }
    document.body.classList.add("panel-open");
    panel.scrollTop = 0;
  }
  function reveal(id) {
    // Where the panel is a sheet over the bottom of the page, keep the figure above it.
    var first = parts(id)[0];
    if (!first || getComputedStyle(panel).position !== "fixed") return;
    if (first.getBoundingClientRect().bottom > panel.getBoundingClientRect().top - 8) {
      first.scrollIntoView({block: "start"});
    }
  }
  function flash(id) {
    parts(id).forEach(function (e) {
      e.classList.remove("flash");
      void e.offsetWidth;  // restart the animation
      e.classList.add("flash");
    });
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href^='#m-']");
    if (a) {
      var id = a.getAttribute("href").slice(1);
      if (!a.classList.contains("rel")) show(id);
      flash(id);
      return;
    }
    var mark = ev.target.closest("mark[data-mark]");
    if (mark && !mark.classList.contains("sample")) {
      show(mark.getAttribute("data-mark"));
      reveal(mark.getAttribute("data-mark"));
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && current) { document.getElementById("fc-close").click(); return; }
    var mark = ev.target.closest && ev.target.closest("mark[data-mark]");
    if (mark && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      show(mark.getAttribute("data-mark"));
      reveal(mark.getAttribute("data-mark"));
    }
  });
  document.getElementById("fc-close").addEventListener("click", function () {
    if (current) parts(current).forEach(function (e) { e.classList.remove("selected"); });
    current = null;
    document.body.classList.remove("panel-open");
    body.replaceChildren(el("p", "empty", data.empty));
  });
  var start = decodeURIComponent(location.hash.slice(1));
  if (data.marks[start]) show(start);
})();
"""
