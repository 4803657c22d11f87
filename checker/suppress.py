"""Inline suppressions: an editor's note in the copy that a finding is known and accepted.

Two forms, recognised in any format (keyword case-insensitive, spaces tolerated):

    <!-- factcheck: ignore majority-arithmetic, share -->   (Markdown and HTML copy)
    [factcheck: ignore majority-arithmetic]                 (plain text, on a line of its own)

No rule ids means every rule. A suppression covers the next paragraph (lines up to a
blank line), or the paragraph it sits in when it shares a line with text. It is parsed
from `Document.source`, because finding locations are lines of the file as written.

A suppression that hides nothing, or names no known rule, is itself reported as an
`unused-suppression` warning: a stale note must not outlive the slip it excused, and a
misspelt rule id must not silently hide nothing.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .corpus import Document
from .run.engine import finding_order
from .model import Finding, Location, Severity

UNUSED_RULE = "unused-suppression"
"""Built-in diagnostic for a suppression that hid nothing or names an unknown rule."""

_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*ignore\b(?P<ids>[^<>]*?)-->", re.I)
"""Ids cannot hold '<' or '>', so an unclosed note never swallows the copy up to a later comment."""
_BRACKET = re.compile(r"^[ \t]*\[[ \t]*factcheck[ \t]*:[ \t]*ignore\b(?P<ids>[^\]\n]*)\][ \t]*\r?$", re.I | re.M)
_SEPARATORS = re.compile(r"[\s,]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One `factcheck: ignore` note and the source lines it covers."""

    rules: tuple[str, ...]
    """Rule ids or prefixes, lower-cased, as written; empty means every rule."""
    location: Location
    """Where the note is written, for reporting it."""
    first_line: int
    last_line: int
    """The 1-based source lines it covers; first_line > last_line when nothing follows it."""
    text: str = ""
    """The note as written in the source, for SARIF's justification."""


def _covers(given: str, rule: str) -> bool:
    """The same test as --select and --ignore: the id itself, or a prefix of it."""
    return rule == given or rule.startswith(given)


def notes_in(documents: Iterable[Document]) -> dict[str, list[Suppression]]:
    """Every document's notes, by path."""
    return {doc.path: find_suppressions(doc) for doc in documents}


def find_suppressions(doc: Document) -> list[Suppression]:
    """Every suppression note in `doc`, in source order."""
    if not _may_have_notes(doc.source):
        return []
    spans = sorted((m.start(), m.end(), m.group("ids"))
                   for rx in (_COMMENT, _BRACKET) for m in rx.finditer(doc.source))
    prose = _prose_lines(doc.source, spans)
    out: list[Suppression] = []
    for start, end, ids in spans:
        first, last = _scope(prose, doc.position(start)[0], doc.position(max(start, end - 1))[0])
        out.append(Suppression(_rule_ids(ids), _locate_source(doc, start, end), first, last,
                               _SPACE.sub(" ", doc.source[start:end]).strip()))
    return out


def _may_have_notes(source: str) -> bool:
    """Whether "factcheck" is in the copy in any case: both kinds of note name us, and most
    articles have none. Tested on the UTF-8 bytes, where lowering touches only ASCII letters
    (half the time of `str.lower`, a seventh of a case-blind regex); the one other character
    that lowers, or matches case-blind, to one of the word's letters is the Kelvin sign."""
    return b"factcheck" in source.encode("utf-8", "surrogatepass").lower() or "\u212a" in source


def _rule_ids(ids: str) -> tuple[str, ...]:
    """'majority-arithmetic, share ' → ('majority-arithmetic', 'share'), duplicates dropped."""
    return tuple(dict.fromkeys(t.lower() for t in _SEPARATORS.split(ids.strip()) if t))


def _prose_lines(source: str, spans: list[tuple[int, int, str]]) -> list[bool]:
    """For each source line, whether it holds copy once the notes are blanked out:
    blank lines and lines of nothing but notes separate paragraphs."""
    chars = list(source)
    for start, end, _ in spans:
        chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
    return [bool(line.strip()) for line in "".join(chars).split("\n")]


def _scope(prose: list[bool], first_line: int, last_line: int) -> tuple[int, int]:
    """The lines covered by a note on lines first_line..last_line: the paragraph it is in if it
    shares a line with copy, else the next paragraph (skipping blank lines and other notes)."""

    def copy(line: int) -> bool:
        return 1 <= line <= len(prose) and prose[line - 1]

    if copy(first_line) or copy(last_line):
        top, bottom = first_line, last_line
        while copy(top - 1):
            top -= 1
    else:
        top = last_line + 1
        while top <= len(prose) and not copy(top):
            top += 1
        if top > len(prose):
            return top, top - 1
        bottom = top
    while copy(bottom + 1):
        bottom += 1
    return top, bottom


def _locate_source(doc: Document, start: int, end: int) -> Location:
    """A Location for source span [start, end): lines and columns as written; start/end are
    the analysis-text span it maps to (empty, where it was, when rendering dropped it)."""
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    if doc.offsets is None:
        a, b = start, end
    else:
        a, b = bisect.bisect_left(doc.offsets, start), bisect.bisect_left(doc.offsets, end)
    return Location(doc.path, line, column, end_line, end_column, a, b, doc.record, doc.file)


def apply_suppressions(
    findings: list[Finding],
    documents: list[Document],
    known_rules: list[str],
    active_rules: Iterable[str] | None = None,
    notes: Mapping[str, list[Suppression]] | None = None,
) -> tuple[list[Finding], list[Finding], int]:
    """Split findings into kept and suppressed, and report the notes that hid nothing.

    Returns (kept findings plus `unused-suppression` warnings, in report order; the
    suppressed findings; how many were suppressed). `active_rules`, when given, are the
    rules that ran (after --select/--ignore): a note for a known rule that did not run
    cannot be judged, so it is not reported as unused. `notes`: `notes_in(documents)`, if the
    caller has already looked for them.
    """
    if notes is None:
        notes = notes_in(documents)
    used: set[tuple[str, int, str]] = set()
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        hits = _hits(notes.get(f.location.path, []), f)
        for i, token in hits:
            used.add((f.location.path, i, token))
        (suppressed if hits else kept).append(f)
    active = list(active_rules) if active_rules is not None else None
    unused: list[Finding] = []
    for path, found in sorted(notes.items()):
        for i, note in enumerate(found):
            idle = [t for t in note.rules or ("",) if (path, i, t) not in used]
            unused += _unused(note, idle, known_rules, active)
    return sorted(kept + unused, key=finding_order), suppressed, len(suppressed)


def covering_note(notes: Mapping[str, list[Suppression]], f: Finding) -> Suppression | None:
    """The first note that hides `f`, if any: what SARIF gives as the suppression's justification."""
    found = notes.get(f.location.path, [])
    hits = _hits(found, f)
    return found[hits[0][0]] if hits else None


def _hits(notes: list[Suppression], f: Finding) -> list[tuple[int, str]]:
    """(note index, id token) of every note whose lines and ids cover `f`; '' stands for 'all rules'."""
    out: list[tuple[int, str]] = []
    for i, s in enumerate(notes):
        if not s.first_line <= f.location.line <= s.last_line:
            continue
        if not s.rules:
            out.append((i, ""))
        out.extend((i, t) for t in s.rules if _covers(t, f.rule))
    return out


def _unused(s: Suppression, tokens: list[str], known: list[str], active: list[str] | None) -> list[Finding]:
    """Warnings for a note's ids that hid nothing ('' is 'all rules'); an unknown id says so."""
    out: list[Finding] = []
    for token in tokens:
        if token and not any(_covers(token, k) for k in known):
            close = difflib.get_close_matches(token, known, n=1)
            out.append(_warning(s, f"suppression names an unknown rule '{token}'",
                                f"did you mean '{close[0]}'?" if close else None))
        elif active is not None and token and not any(_covers(token, a) for a in active):
            continue
        else:
            what = f"of '{token}'" if token else "of all rules"
            out.append(_warning(s, f"suppression {what} matched nothing in the next paragraph",
                                "remove it, or move it above the paragraph it is meant for"))
    return out


def _warning(s: Suppression, message: str, suggestion: str | None) -> Finding:
    return Finding(rule=UNUSED_RULE, severity=Severity.WARNING, message=message, location=s.location,
                   suggestion=suggestion)
