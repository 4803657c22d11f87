"""Turn Markdown and HTML into plain analysis text, keeping a map back to the original.

The extractor reads plain sentences; editors need positions in the file they wrote.
So markup is rewritten into text (tags and emphasis dropped, entities decoded, block
ends made into line breaks, table cells into `|`-separated rows, one row per line)
with, for every character, the offset in the source it came from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    offsets: tuple[int, ...]
    """offsets[i] is the source offset of text[i]; offsets[len(text)] is the source length."""


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []

    def keep(self, source: str, start: int, end: int) -> None:
        self.parts.append(source[start:end])
        self.offsets.extend(range(start, end))

    def put(self, text: str, at: int) -> None:
        """Text standing for the source at `at` (a decoded entity, a break for a tag)."""
        self.parts.append(text)
        self.offsets.extend([at] * len(text))

    def done(self, source_len: int) -> Rendered:
        return Rendered("".join(self.parts), tuple(self.offsets) + (source_len,))


# -- HTML ----------------------------------------------------------------------------

_DROP = re.compile(r"<(head|script|style|template|noscript)\b.*?</\1\s*>|<!--.*?-->|<![^>]*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "table", "caption",
          "blockquote", "section", "article", "header", "footer", "main", "figure", "figcaption", "hr",
          "thead", "tbody", "tfoot", "dt", "dd", "title", "aside", "nav", "pre"}


def render_html(source: str) -> Rendered:
    """Drop tags, decode entities; block ends become line breaks; a table row becomes one line
    `| cell | cell |` (line breaks inside the row become spaces)."""
    b = _Builder()
    pos = 0
    in_row = False
    dropped = [(m.start(), m.end()) for m in _DROP.finditer(source)]
    k = 0
    for m in _TAG.finditer(source):
        while k < len(dropped) and dropped[k][1] <= m.start():
            k += 1
        if k < len(dropped) and dropped[k][0] <= m.start() < dropped[k][1]:
            continue  # inside <head>, <script>, a comment …
        _text(b, source, pos, m.start(), in_row, dropped)
        pos = m.end()
        whole = m.group(0)
        if whole.startswith("&"):
            b.put(html.unescape(whole), m.start())
            continue
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name == "tr":
            if not closing:
                in_row = True
                b.put("\n", m.start())
            else:
                in_row = False
                b.put(" |\n", m.start())
        elif name in ("td", "th") and not closing:
            b.put(" | ", m.start())
        elif name in _BLOCK:
            b.put("\n", m.start())
    _text(b, source, pos, len(source), in_row, dropped)
    return b.done(len(source))


def _text(b: _Builder, source: str, start: int, end: int, in_row: bool, dropped: list[tuple[int, int]]) -> None:
    """Keep source text between tags, minus dropped regions; inside a table row, no line breaks."""
    cuts = [(s, e) for s, e in dropped if s < end and e > start]
    pos = start
    for s, e in cuts:
        _plain(b, source, pos, max(pos, s), in_row)
        b.put("\n", s)
        pos = max(pos, e)
    _plain(b, source, pos, end, in_row)


def _plain(b: _Builder, source: str, start: int, end: int, in_row: bool) -> None:
    if start >= end:
        return
    if not in_row:
        b.keep(source, start, end)
        return
    for i in range(start, end):
        b.put(" " if source[i] in "\r\n" else source[i], i)


# -- Markdown ------------------------------------------------------------------------

_MD_INLINE = re.compile(
    r"\[([^\]\n]*)\]\([^)\n]*\)"        # [text](url) → text
    r"|!\[[^\]\n]*\]\([^)\n]*\)"         # images → nothing
    r"|\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|`"  # emphasis and code marks
    r"|<!--.*?-->|</?[a-zA-Z][^>\n]*>",  # inline HTML
    re.S,
)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_LINE_START = re.compile(r"^(\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?!\d)|\d+[.)]\s+))")


def render_markdown(source: str) -> Rendered:
    """Drop emphasis, link targets, heading and list marks and table rules; keep text and `|` cells."""
    b = _Builder()
    pos = 0
    # Comments over several lines (a `factcheck: ignore` note, an editor's aside) are not copy.
    spans = [(m.start(), m.end()) for m in _MD_COMMENT.finditer(source) if "\n" in m.group()]
    for line in source.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        body_end = eol = start + len(line.rstrip("\r\n"))
        for cs, ce in spans:
            if cs < body_end and ce > start:  # this line is (partly) inside the comment
                if cs <= start:
                    start = min(ce, body_end)
                if ce >= body_end:
                    body_end = max(cs, start)
        if start >= body_end or _MD_TABLE_RULE.match(source[start:body_end]):
            b.keep(source, eol, end)
            continue
        i = start
        lead = _MD_LINE_START.match(source, start, body_end)
        if lead:
            i = lead.end()
        for m in _MD_INLINE.finditer(source, i, body_end):
            b.keep(source, i, m.start())
            if m.group(1) is not None:
                b.keep(source, m.start(1), m.end(1))
            i = m.end()
        b.keep(source, i, body_end)
        b.keep(source, eol, end)
    return b.done(len(source))


def render(source: str, fmt: str) -> Rendered | None:
    """Analysis text for `fmt` ('html', 'markdown'), or None for plain text (no map needed)."""
    if fmt == "html":
        return render_html(source)
    if fmt == "markdown":
        return render_markdown(source)
    return None
