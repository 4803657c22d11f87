"""The default report, in the shape of ruff's and rustc's diagnostics.

    corpus/a.txt:5:41: error[majority-arithmetic] Tim Farron's majority of 3,412 …
       |
     5 | … with a majority of 3,412 over …
       |                      ^^^^^ stated 3,412
       = arithmetic: stated 3,412; 21,907 − 18,459 = 3,448
       = related: corpus/a.txt:3:18: "…polled 21,907 votes…"
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checks.base import fmt
from ..model import Finding, Location, Report, Severity, Verified
from ..printable import printable
from .sources import Sources

WINDOW = 100
"""Characters of a long source line shown around the caret: paragraphs are often one line."""


@dataclass(frozen=True, slots=True)
class Style:
    """ANSI colours, or none: colour only when writing to a terminal."""

    colour: bool = False

    def _c(self, code: str, s: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if self.colour and s else s

    def bold(self, s: str) -> str:
        return self._c("1", s)

    def dim(self, s: str) -> str:
        return self._c("2", s)

    def severity(self, sev: Severity, s: str) -> str:
        return self._c({Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}[sev], s)

    def good(self, s: str) -> str:
        return self._c("32", s)

    def blue(self, s: str) -> str:
        return self._c("1;34", s)


def where(loc: Location) -> str:
    """path:line:col, with the record for JSON Lines input (file:record:line:col)."""
    if loc.record is not None:
        return f"{printable(loc.shown_path)}:{loc.record}:{loc.line}:{loc.column}"
    return f"{printable(loc.path)}:{loc.line}:{loc.column}"


def detail_lines(f: Finding) -> list[str]:
    """The working, the places compared, what was assumed and the fix, one per line, for plain-text
    reports that have no caret (CI annotations, JUnit failures)."""
    lines = [f"arithmetic: {f.arithmetic}"] if f.arithmetic else []
    for r in f.related:
        note = f" ({r.note})" if r.note else ""
        lines.append(f"related: {where(r.location)}: \u201c{r.text}\u201d{note}")
    lines += [f"assumed: {a}" for a in f.assumptions]
    if f.suggestion:
        lines.append(f"suggestion: {f.suggestion}")
    return [printable(line) for line in lines]


def excerpt(line: str, column: int, width: int) -> tuple[str, int, int]:
    """A window of `line` around the span, the caret's column in it and the caret width."""
    line = line.replace("\t", " ")
    start = column - 1
    if len(line) <= WINDOW:
        return line, start, max(1, width)
    a = max(0, start - WINDOW // 2)
    b = min(len(line), max(start + width, a + WINDOW))
    a = max(0, min(a, b - WINDOW))
    shown = line[a:b]
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(line) else ""
    return prefix + shown + suffix, start - a + len(prefix), max(1, min(width, b - start))


def snippet(style: Style, sources: Sources, loc: Location, label: str, sev: Severity) -> list[str]:
    text = sources.line(loc.path, loc.line)
    if not text:
        return []
    width = (loc.end_column - loc.column) if loc.end_line == loc.line else len(text) - loc.column + 1
    shown, caret_at, caret_w = excerpt(text, loc.column, width)
    shown = printable(shown)  # the window only (one for one, so the caret stays): a line may be a megabyte
    gutter = len(str(loc.line))
    pad = " " * gutter
    bar = style.blue("|")
    return [
        f"{pad} {bar}",
        f"{style.blue(str(loc.line))} {bar} {shown}",
        f"{pad} {bar} {' ' * caret_at}{style.severity(sev, '^' * caret_w + (' ' + label if label else ''))}",
    ]


def render_finding(f: Finding, sources: Sources, style: Style) -> str:
    head = (f"{style.bold(where(f.location) + ':')} {style.severity(f.severity, f.severity.value)}"
            f"{style.bold('[' + f.rule + ']')} {printable(f.message)}")
    lines = [head]
    label = ""
    if f.stated is not None:
        label = f"stated {fmt(f.stated)}"
    lines += snippet(style, sources, f.location, label, f.severity)
    pad = " " * (len(str(f.location.line)) + 1)
    eq = style.blue("=")
    if f.arithmetic:
        lines.append(f"{pad}{eq} arithmetic: {printable(f.arithmetic)}")
    for r in f.related:
        note = f" ({printable(r.note)})" if r.note else ""
        lines.append(f"{pad}{eq} related: {where(r.location)}: \"{printable(r.text)}\"{note}")
    for a in f.assumptions:
        lines.append(f"{pad}{eq} assumed: {printable(a)}")
    if f.suggestion:
        lines.append(f"{pad}{eq} help: {printable(f.suggestion)}")
    return "\n".join(lines)


def render_verified(v: Verified, style: Style) -> str:
    text = printable(v.message if not v.arithmetic or v.arithmetic in v.message else f"{v.message}: {v.arithmetic}")
    if "✓" not in text:
        text += " ✓"
    return f"{style.dim(where(v.location) + ':')} {style.good('ok')}[{v.rule}] {text.replace('✓', style.good('✓'))}"


def summary_line(report: Report, style: Style) -> str:
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    errors = f"{report.errors} error{'s' if report.errors != 1 else ''}"
    warnings = f"{report.warnings} warning{'s' if report.warnings != 1 else ''}"
    if report.errors:
        errors = style.severity(Severity.ERROR, errors)
    if report.warnings:
        warnings = style.severity(Severity.WARNING, warnings)
    hidden = []
    if report.suppressed:
        hidden.append(f"{report.suppressed} suppressed in the copy")
    if report.baselined:
        hidden.append(f"{report.baselined} in the baseline")
    tail = f" ({'; '.join(hidden)})" if hidden else ""
    return (f"Checked {files}: {report.claims} claims, {report.checks} relations checked; "
            f"{errors}, {warnings}{tail}.")


def render_text(report: Report, sources: Sources, style: Style = Style(), verbose: bool = False) -> str:
    blocks = [render_finding(f, sources, style) for f in report.findings]
    out = "\n\n".join(blocks)
    if verbose and report.verified:
        verified = "\n".join(render_verified(v, style) for v in report.verified)
        out = (out + "\n\n" if out else "") + style.bold("Verified:") + "\n" + verified
    return (out + "\n\n" if out else "") + summary_line(report, style) + "\n"
