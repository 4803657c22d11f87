"""Tables in copy (Markdown pipes, HTML rendered to `| cell |` rows): which column each token is in.

A table is a run of lines with at least two `|`. Its header is the first row with no
digits; a number's meaning then comes from its column heading ("Votes", "Share (%)",
"Change", "Seats"), the way a reader takes it, rather than from words beside it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .tokens import TokenTable


@dataclass(frozen=True, slots=True)
class Cell:
    table: int
    row: int
    column: int
    header: str
    """The column heading, lower-cased ('' if the table has none)."""
    headers: tuple[str, ...] = ()
    """All the table's headings, for columns that mean what their neighbours are about ("Change")."""
    caption: str = ""
    """The line just above the table, lower-cased ("## Seats", "Bishop Auckland: result")."""
    row_label: str = ""
    """The row's first cell, lower-cased, without emphasis ("majority", "turnout")."""


_NUMERIC = re.compile(r"^\s*[-+−–]?[\d,.]+\s*%?\s*$")


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell in a `|`-separated line, relative to the line."""
    bars = [m.start() for m in re.finditer(r"\|", line)]
    out = []
    if bars and line[: bars[0]].strip():
        out.append((0, bars[0]))
    for a, b in zip(bars, bars[1:]):
        out.append((a + 1, b))
    if bars and line[bars[-1] + 1:].strip():
        out.append((bars[-1] + 1, len(line)))
    return out


def table_cells(tokens: TokenTable) -> list[Cell | None]:
    """For each token, the table cell it sits in, or None outside tables."""
    text = tokens.text
    out: list[Cell | None] = [None] * len(tokens.starts)
    if "|" not in text:
        return out  # no table: skip splitting the text into lines
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for start, line in lines:
        if line.count("|") >= 2:
            current.append((start, line))
        elif line.strip() or not current:
            if current:
                tables.append(current)
            current = []
    if current:
        tables.append(current)
    if not tables:
        return out
    starts = tokens.starts
    line_of = {start: k for k, (start, _) in enumerate(lines)}
    for t_no, rows in enumerate(tables):
        header: list[str] = []
        k = line_of.get(rows[0][0], 0) - 1
        while k >= 0 and not lines[k][1].strip():
            k -= 1
        caption = " ".join(lines[k][1].split()).lower() if k >= 0 and len(lines[k][1]) < 80 else ""
        for r_no, (start, line) in enumerate(rows):
            cells = _cells(line)
            if not header and not any(_NUMERIC.match(line[a:b]) for a, b in cells):
                header = [" ".join(line[a:b].split()).lower() for a, b in cells]
                continue
            label = " ".join(line[cells[0][0]:cells[0][1]].replace("*", " ").replace("_", " ").split()).lower() \
                if cells else ""
            for c_no, (a, b) in enumerate(cells):
                lo = bisect.bisect_left(starts, start + a)
                hi = bisect.bisect_left(starts, start + b)
                head = header[c_no] if c_no < len(header) else ""
                for k in range(lo, hi):
                    out[k] = Cell(t_no, r_no, c_no, head, tuple(header), caption, label)
    return out
