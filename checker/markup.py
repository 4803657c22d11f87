"""Turn Markdown and HTML into plain analysis text, keeping a map back to the original.

The extractor reads plain sentences; editors need positions in the file they wrote.
So markup is rewritten into text (tags and emphasis dropped, entities decoded, block
ends made into line breaks, table cells into `|`-separated rows, one row per line)
with, for every character, the offset in the source it came from.
"""

from __future__ import annotations

import bisect
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

_DROP_START = re.compile(r"<(?:(head|script|style|template|noscript)\b|!(--)?)", re.I)
"""Where a region that is not copy starts: an element whose content is not text, a comment, a
doctype or other `<!…>`."""
_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("head", "script", "style", "template", "noscript")}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "table", "caption",
          "blockquote", "section", "article", "header", "footer", "main", "figure", "figcaption", "hr",
          "thead", "tbody", "tfoot", "dt", "dd", "title", "aside", "nav", "pre"}


_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
"""Section headings, rendered as Markdown's ("## Fernbridge District Council"), so a round-up's sections are told
apart in HTML as in Markdown (a page's <h1> is its title, left as a line)."""


_COLSPAN = re.compile(r"""\bcolspan\s*=\s*["']?(\d{1,3})""", re.IGNORECASE)
MAX_COLSPAN = 50
"""More columns than a results table has: a cell claiming more spans this many."""


def render_html(source: str) -> Rendered:
    """Drop tags, decode entities; block ends become line breaks; a table row becomes one line
    `| cell | cell |` (line breaks inside the row become spaces); a list's items are lines of one paragraph, as
    a Markdown list's are (the white space between `</li>` and `<li>` is no blank line)."""
    b = _Builder()
    pos = 0
    in_row = False
    lists = 0
    spanned = 0  # the columns past its first that the open cell spans
    dropped = _dropped(source)
    k = 0
    for m in _tags(source):
        while k < len(dropped) and dropped[k][1] <= m.start():
            k += 1
        if k < len(dropped) and dropped[k][0] <= m.start() < dropped[k][1]:
            continue  # inside <head>, <script>, a comment …
        whole = m.group(0)
        closing, name = m.group(1) == "/", (m.group(2) or "").lower()
        if not (lists and name in ("li", "ul", "ol") and not source[pos:m.start()].strip()):
            _text(b, source, pos, m.start(), in_row, dropped)  # (not the white space between a list's items)
        pos = m.end()
        if whole.startswith("&"):
            b.put(html.unescape(whole), m.start())
            continue
        if name in ("ul", "ol"):
            lists = max(0, lists + (-1 if closing else 1))
        if name == "li" and closing and lists:
            continue  # the next item's (or the list's end) line break ends it
        if name == "tr":
            if not closing:
                in_row = True
                b.put("\n", m.start())
            else:
                in_row = False
                b.put(" |\n", m.start())
        elif name in ("td", "th") and not closing:
            b.put(" | ", m.start())
            span = _COLSPAN.search(whole)
            spanned = min(int(span.group(1)), MAX_COLSPAN) - 1 if span else 0
        elif name in ("td", "th") and spanned:
            b.put(" | " * spanned, m.start())  # "<td colspan="2">Total</td>": the columns it spans stay columns
            spanned = 0
        elif name == "dt" and closing and not in_row:
            b.put(": ", m.start())  # "<dt>Majority</dt><dd>7,735</dd>": a labelled line, "Majority: 7,735"
        elif name == "dd" and not closing and not in_row:
            pass
        elif name in _HEADINGS and not closing and not in_row:
            b.put("\n" + "#" * int(name[1]) + " ", m.start())  # a section heading, as Markdown writes it
        elif name in _BLOCK:
            b.put("\n", m.start())
    _text(b, source, pos, len(source), in_row, dropped)
    return b.done(len(source))


def _dropped(source: str) -> list[tuple[int, int]]:
    """The regions that are not copy, in order: `<script>…</script>` (and head, style, template,
    noscript), `<!-- … -->`, `<!DOCTYPE …>`. An unclosed one runs to the end, as in a browser, except
    `<head>`, whose end tag may be left out: it is then not dropped.

    Each closing is looked for once, forward from its opening (a lazy `.*?</script>` looked again from
    every opening, to the end when there was none: minutes for 100 KB of `<!--`)."""
    out: list[tuple[int, int]] = []
    unclosed: set[str] = set()  # no closing tag after some earlier opening, so after none later either
    pos, n = 0, len(source)
    while (m := _DROP_START.search(source, pos)) is not None:
        if m.group(1):
            name = m.group(1).lower()
            close = None if name in unclosed else _CLOSE[name].search(source, m.end())
            if close is None:
                unclosed.add(name)
                if name == "head":
                    pos = m.end()
                    continue
                end = n
            else:
                end = close.end()
        elif m.group(2):
            found = source.find("-->", m.end())
            end = n if found < 0 else found + 3
        else:
            found = source.find(">", m.end())
            end = n if found < 0 else found + 1
        out.append((m.start(), end))
        pos = end
    return out


def _tags(source: str):
    """`_TAG.finditer(source)`, without its quadratic case: no tag can end after the last '>', and
    after it a lone '<a' would look to the end of the source for one, for every '<a'."""
    last = source.rfind(">") + 1
    yield from _TAG.finditer(source, 0, last)
    yield from _ENTITY.finditer(source, last)


def _text(b: _Builder, source: str, start: int, end: int, in_row: bool, dropped: list[tuple[int, int]]) -> None:
    """Keep source text between tags, minus dropped regions; inside a table row, no line breaks."""
    # Only the regions from the last that starts before `start` on can reach into it (they never overlap).
    k = max(0, bisect.bisect_right(dropped, (start, len(source) + 1)) - 1)
    pos = start
    for k in range(k, len(dropped)):
        s, e = dropped[k]
        if s >= end:
            break
        if e <= start:
            continue
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

_MD_MARK = re.compile(
    r"!?\["                               # a link [text](url) → text, or an image ![alt](url) → nothing
    r"|\*\*|__|(?<!\w)\*(?=\S)|(?<=[^\s\d])\*(?!\w)|`"  # emphasis and code marks (not a count's mark of
    # a candidate elected: "- Dora Finch (Con) 655*")
    r"|<!--|</?[a-zA-Z]",                 # inline HTML: a comment, a tag
)
r"""Where an inline mark may start. `_inline` reads each to its end: the whole mark as one regex
(`\[([^\]\n]*)\]\([^)\n]*\)|…|<!--.*?-->|</?[a-zA-Z][^>\n]*>`) looked to the end of the line again from
every '[' or '<' that had no end, which made a line of 100 KB of '[' take minutes."""
_MD_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)*+\|?\s*+$")
r"""A table's rule line. Possessive (*+): two `\s*` side by side backtracked over each other, quadratic
in a long line of spaces, and what one gives back the next cannot use."""
_MD_LINE_START = re.compile(r"^(\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?!\d)|\d+[.)]\s+))")


class _Next:
    """The first place of `needle` in source[pos:end] for rising `pos`, each stretch searched once: an
    answer found from `pos` is the answer for every later `pos` up to it."""

    __slots__ = ("source", "needle", "end", "since", "at")

    def __init__(self, source: str, needle: str, end: int) -> None:
        self.source, self.needle, self.end = source, needle, end
        self.since, self.at = -1, -1

    def find(self, pos: int) -> int:
        if not (0 <= self.since <= pos and (self.at < 0 or pos <= self.at)):
            self.since, self.at = pos, self.source.find(self.needle, pos, self.end)
        return self.at


def _inline(source: str, i: int, end: int):
    """(start, end, text start, text end) of each inline mark in source[i:end], one line with no line
    break, as the one regex in `_MD_MARK`'s note finds them; the text is the link's (None elsewhere)."""
    finds: dict[str, _Next] = {}

    def first(needle: str, pos: int) -> int:
        if needle not in finds:
            finds[needle] = _Next(source, needle, end)
        return finds[needle].find(pos)

    while (m := _MD_MARK.search(source, i, end)) is not None:
        p, mark = m.start(), m.group(0)
        if mark.endswith("["):
            close = first("]", m.end())
            if close >= 0 and close + 1 < end and source[close + 1] == "(" and (stop := first(")", close + 2)) >= 0:
                yield (p, stop + 1, m.end(), close) if mark == "[" else (p, stop + 1, None, None)
                i = stop + 1
                continue
        elif mark == "<!--":
            stop = first("-->", m.end())
            if stop >= 0:
                yield p, stop + 3, None, None
                i = stop + 3
                continue
        elif mark.startswith("<"):
            stop = first(">", m.end())
            if stop >= 0:
                yield p, stop + 1, None, None
                i = stop + 1
                continue
        else:
            yield p, m.end(), None, None
            i = m.end()
            continue
        i = p + 1  # no mark starts here after all


def _comments(source: str) -> list[tuple[int, int]]:
    """`<!-- … -->` over several lines, in order. An unclosed one is not a comment."""
    out = []
    pos = 0
    while (start := source.find("<!--", pos)) >= 0:
        stop = source.find("-->", start + 4)
        if stop < 0:
            break  # and no later one is closed either
        pos = stop + 3
        if source.find("\n", start, pos) >= 0:
            out.append((start, pos))
    return out


def render_markdown(source: str) -> Rendered:
    """Drop emphasis, link targets, heading and list marks and table rules; keep text and `|` cells."""
    b = _Builder()
    pos = 0
    # Comments over several lines (a `factcheck: ignore` note, an editor's aside) are not copy.
    spans = _comments(source)
    first = 0  # spans before this one end before the current line
    for line in source.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        body_end = eol = start + len(line.rstrip("\r\n"))
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        for k in range(first, len(spans)):
            cs, ce = spans[k]
            if cs >= eol:
                break
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
        for m_start, m_end, text_start, text_end in _inline(source, i, body_end):
            b.keep(source, i, m_start)
            if text_start is not None:
                b.keep(source, text_start, text_end)
            i = m_end
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
