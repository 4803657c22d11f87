"""GitHub Actions: workflow-command annotations, and a Markdown summary for the job page.

GitHub shows at most 10 annotations of each type per step and 50 per job, and drops
the rest without a word. So errors go first, then warnings, then notices, each capped,
and when anything is left out one last notice says how many and where to see them all:
a report that silently loses its eleventh error would be worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import READ_RULE, Finding, Location, Report, Severity
from .text import Style, detail_lines, summary_line, where

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
DEFAULT_HINT = "Run factcheck on the same paths, or open the job summary, to see them all."


def escape_data(s: str) -> str:
    """A command's message: as actions/toolkit escapes it."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """A command's property value: the message escapes plus ':' and ',', which delimit properties."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, properties: dict[str, str | int]) -> str:
    """`::kind k=v,k=v::message`, every part escaped."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{kind}{' ' + props if props else ''}::{escape_data(message)}"


def _place(loc: Location, rule: str) -> dict[str, str | int]:
    """file/line/col as GitHub expects: a JSON Lines record is its line of the file; a read-error, the file."""
    props: dict[str, str | int] = {"file": loc.shown_path}
    if loc.record is not None:
        props["line"] = loc.record
        return props
    if rule == READ_RULE:
        return props
    props.update(line=loc.line, col=loc.column, endLine=loc.end_line, endColumn=loc.end_column)
    return props


def annotation_message(f: Finding) -> str:
    """The message, the working, the places compared, what was assumed: one per line."""
    lines = []
    if f.location.record is not None:
        loc = f.location
        lines.append(f"record {loc.record}, line {loc.line}, column {loc.column}:")
    lines.append(f.message)
    return "\n".join(lines + detail_lines(f))


def annotation(f: Finding) -> str:
    props = _place(f.location, f.rule)
    props["title"] = f"factcheck {f.severity.value} [{f.rule}]"
    return command(COMMANDS[f.severity], annotation_message(f), props)


@dataclass(frozen=True, slots=True)
class Caps:
    """GitHub's display limits: per type per step, and per job."""

    errors: int = 10
    warnings: int = 10
    notices: int = 10
    total: int = 50

    def of(self, severity: Severity) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.notices}[severity]


def _select(findings: list[Finding], caps: Caps, reserve: bool) -> list[Finding]:
    """Errors, then warnings, then notices, each within its cap; `reserve` keeps a notice slot free."""
    room = caps.total - (1 if reserve else 0)
    chosen: list[Finding] = []
    for sev in ORDER:
        cap = caps.of(sev) - (1 if reserve and sev is Severity.INFO else 0)
        same = [f for f in findings if f.severity is sev][:max(0, cap)]
        take = same[:max(0, room - len(chosen))]
        chosen += take
    return chosen


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def omitted_message(findings: list[Finding], shown: list[Finding], hint: str) -> str:
    ids = {id(f) for f in shown}
    left = [f for f in findings if id(f) not in ids]
    parts = [_plural(sum(f.severity is sev for f in left), COMMANDS[sev]) for sev in ORDER
             if any(f.severity is sev for f in left)]
    return (f"factcheck found {_plural(len(findings), 'problem')}; GitHub shows only a few annotations per "
            f"step, so {len(left)} ({', '.join(parts)}) are not annotated. {hint}")


def render_github(report: Report, limit_errors: int = 10, limit_warnings: int = 10, limit_notices: int = 10,
                  limit_total: int = 50, hint: str = DEFAULT_HINT) -> str:
    """One workflow command per finding shown, errors first, and a closing notice if any were left out."""
    caps = Caps(limit_errors, limit_warnings, limit_notices, limit_total)
    findings = list(report.findings)
    shown = _select(findings, caps, reserve=False)
    lines: list[str]
    if len(shown) == len(findings):
        lines = [annotation(f) for f in shown]
    else:
        shown = _select(findings, caps, reserve=caps.notices > 0 and caps.total > 0)
        kind = "notice" if caps.notices > 0 else "warning"
        lines = [annotation(f) for f in shown]
        lines.append(command(kind, omitted_message(findings, shown, hint),
                             {"title": "factcheck: more findings than GitHub shows"}))
    return "".join(line + "\n" for line in lines)


def _md(s: str) -> str:
    """Text for a Markdown table cell: punctuation that Markdown or HTML would read is backslash-escaped."""
    out = s.replace("\r\n", "\n").replace("\r", "\n")
    out = "".join("\\" + c if c in "\\`*_[]<>|&~#!" else c for c in out)
    return out.replace("\n", "<br>")


def _row(f: Finding) -> str:
    text = f.message + (f"\n{f.arithmetic}" if f.arithmetic else "")
    return f"| {_md(where(f.location))} | {f.severity.value} | {_md(f.rule)} | {_md(text)} |"


def step_summary_markdown(report: Report, limit: int = 1000) -> str:
    """For $GITHUB_STEP_SUMMARY: the counts, then a table of findings (errors first), at most `limit` rows."""
    lines = ["## factcheck", "", _md(summary_line(report, Style())), ""]
    findings = sorted(report.findings, key=lambda f: ORDER.index(f.severity))
    if findings:
        lines += ["| where | severity | rule | message |", "|---|---|---|---|"]
        lines += [_row(f) for f in findings[:limit]]
        if len(findings) > limit:
            lines += ["", f"… and {len(findings) - limit} more; run factcheck to see them all."]
    else:
        lines.append("No errors or warnings.")
    return "\n".join(lines) + "\n"


__all__ = ["escape_data", "escape_property", "render_github", "step_summary_markdown"]
