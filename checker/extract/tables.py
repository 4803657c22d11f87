"""Tables in copy (Markdown pipes, HTML rendered to `| cell |` rows): which column each token is in.

A table is a run of lines with at least two `|`. Its header is the first row with no
digits; a number's meaning then comes from its column heading ("Votes", "Share (%)",
"Change", "Seats"), the way a reader takes it, rather than from words beside it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .tokens import TokenTable, token_table


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
    heading: bool = False
    """The cell is in the header row: its numbers name columns ("2021 %"), they report nothing."""
    indented: bool = False
    """The row's first cell is indented (non-breaking spaces, "– "): a part of the row above ("  LNP (Qld)" under
    "Liberal/National Coalition")."""


_NUMERIC = re.compile(r"^\s*[-+−–]?[\d,.]+\s*%?\s*$")
_YEAR_HEADING = re.compile(r"^\s*(?:19|20)\d\d\s*%\s*$")
"""A heading such as "2021 %": the share at an earlier election, no share of 2021 per cent."""
_FIGURE_AND_BRACKET = re.compile(r"^\s*[-+−–]?\d[\d,.]*\s*%?\s*\([^()]*\)\s*$")
"""A figure with another in brackets ("13,406 (26.7)"): a row of figures, not of headings."""
_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_RULE = re.compile(r"^\s*:?-{2,}:?\s*$")
"""A Markdown table's rule under its header row ("|---|---:|")."""


def _data_width(rows: list[tuple[int, str]], r_no: int) -> int:
    """The number of cells of the first row from r_no on that is neither a rule nor a heading."""
    for _, line in rows[r_no:]:
        cells = _cells(line)
        if not _is_rule(line, cells) and not _heads_table(line, cells):
            return len(cells)
    return 0


def _merged_header(top: list[str], sub: list[str], width: int) -> list[str] | None:
    """The column headings of a heading set in two rows, as a page with merged cells renders it: the top row's
    first cells span both rows ("Candidate", "Party"), the rest each span as many of the second row's cells
    ("First preferences" over "Votes" and "%"). None when the rows do not fit the data rows that way."""
    if sub and width == len(top) > len(sub) and top[0] and any(not t for t in top):
        # the spanning cells already widened ("<th colspan="2">Constituency</th>" and an empty cell), the cells
        # spanning both rows left out of the second ("<th rowspan="2">Party</th>", "… Total seats</th>"): each
        # widened group takes as many of the second row's cells, in order; a cell alone spans both rows
        groups: list[list[int]] = []
        for j, t in enumerate(top):
            if t or not groups:
                groups.append([j])
            else:
                groups[-1].append(j)
        out, rest = list(top), iter(sub)
        if sum(len(g) for g in groups if len(g) > 1) != len(sub):
            return None
        for g in groups:
            if len(g) > 1:
                for j in g:
                    out[j] = f"{top[g[0]]} {next(rest)}".strip()
        return out
    if not sub or width <= len(top):
        if width == len(top) == len(sub) and any(not t for t in top):
            out, last = [], ""  # a Markdown table's merged cells left empty: "| | First prefs | | Final | |"
            for t, b in zip(top, sub):
                last = t or last
                out.append(f"{last} {b}".strip() if b else last)
            return out
        return None
    if len(top) == 1 and len(sub) == width:
        return sub  # a title row over the whole table ("Dún Rí — Count 1 (5 seats, quota 10,225)"): no column's
    lead = width - len(sub)
    spanning = len(top) - lead
    if lead < 0 or spanning <= 0 or len(sub) % spanning:
        return None
    span = len(sub) // spanning
    return top[:lead] + [f"{top[lead + j // span]} {sub[j]}".strip() for j in range(len(sub))]


def _is_rule(line: str, cells: list[tuple[int, int]]) -> bool:
    return bool(cells) and all(_RULE.match(line[a:b]) for a, b in cells)


def _heads_table(line: str, cells: list[tuple[int, int]]) -> bool:
    """No cell is a figure (a year over a share column is a heading, not a figure), or every figure is a bare year,
    two or more of them: "|  | 2015 | 2017 | 2019 |" over the elections' columns."""
    figures = [line[a:b] for a, b in cells if (_NUMERIC.match(line[a:b]) or _FIGURE_AND_BRACKET.match(line[a:b]))
               and not _YEAR_HEADING.match(line[a:b])]
    return not figures or len(figures) >= 2 and all(_BARE_YEAR.match(x) for x in figures)


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


def row_label(line: str, cells: list[tuple[int, int]] | None = None) -> str:
    """A `|`-separated row's first cell, lower-cased, without emphasis ("majority", "election night (14 oct)")."""
    cells = _cells(line) if cells is None else cells
    return " ".join(line[cells[0][0]:cells[0][1]].replace("*", " ").replace("_", " ").split()).lower() if cells else ""


_PLAIN_ROW = re.compile(r"^\s*([^\d\s|+\-−–][^\d|]{0,40}?)((?:\s+[-+−–]?\d[\d,.]*%?){2,8})\s*$")
"""A row of a table set in spaces: a label, then two to eight numbers ("LAB 356 0 47 -47")."""
PLAIN_ROWS = 3
"""Rows of one shape under a heading line that make a table set in spaces."""


def _plain_tables(lines: list[tuple[int, str]]
                  ) -> list[tuple[list[str], list[tuple[int, str, list[tuple[int, int]]]], str]]:
    """Tables set in spaces, as a scoreboard prints them:

        Party Seats + - Net
        LAB 356 0 47 -47
        CON 198 36 3 +33

    a heading line, then rows of a label and as many numbers as the heading has names after its first (or a
    heading of years only, over rows of a label and one number a year). Each row's numbers are its cells (start, end
    in the line), under the heading's last names (returned with the labels' name before them, where the heading
    has one); the line above the heading, if short, is its caption."""
    out = []
    k = 0
    while k < len(lines):
        shape = None
        rows = []
        j = k + 1
        while j < len(lines):
            m = _PLAIN_ROW.match(lines[j][1])
            if m is None or len(lines[j][1]) > 90:
                break
            nums = [(a.start() + m.start(2), a.end() + m.start(2)) for a in re.finditer(r"\S+", m.group(2))]
            if shape is not None and len(nums) != shape:
                break
            shape = len(nums)
            rows.append((lines[j][0], lines[j][1], nums))
            j += 1
        head = lines[k][1].split()
        if shape is not None and len(wide := re.split(r"\s{2,}", lines[k][1].strip())) == shape + 1:
            head = wide  # names set apart by two spaces or more, each of one or more words: "Yes %  No %  Turnout"
        years = shape is not None and len(head) == shape and (all(_BARE_YEAR.match(h) for h in head)
                                                              or lines[k][1].startswith("    "))
        # ("                   2011   2016   2021" over "Labour  30  29  30": columns of elections, the label unnamed;
        # and "                 Validated    Recount" over "Derek Lund (Con)   14,598   14,594")
        if len(rows) >= PLAIN_ROWS and shape is not None and (len(head) >= shape + 1 or years) \
                and (years or not any(ch.isdigit() for ch in lines[k][1])) and len(lines[k][1]) <= 90:
            above = next((line for _, line in reversed(lines[max(0, k - 2):k]) if line.strip()), "")
            out.append(([h.lower() for h in head[-shape - 1:]], rows, " ".join(above.split()).lower()
                        if len(above) < 80 and not any(ch.isdigit() for ch in above) else ""))
            k = j
        else:
            k += 1
    return out


_WHOLE = re.compile(r"^\s*\d{1,3}(?:,\d{3})*\s*$|^\s*\d+\s*$")
_WORDS = re.compile(r"^\s*[^\W\d][^\d|]*$")
_SHARE = re.compile(r"^\s*\d{1,2}(?:\.\d)?\s*%?\s*$|^\s*100(?:\.0)?\s*%?\s*$")


def _unheaded_results(rows: list[tuple[int, str]]) -> list[str]:
    """The headings of a results table printed without any ("| Gethin Morgan | Plaid Cymru | 1,512 | Elected |"):
    every row a name and a party in words, then one whole number, then at most words. The number is the votes; []
    when the table has a heading row or is not of that shape."""
    if len(rows) < 2:
        return []
    at, share = None, None
    for _, line in rows:
        cells = _cells(line)
        if _is_rule(line, cells) or _heads_table(line, cells):
            return []
        texts = [line[a:b].strip() for a, b in cells]
        numbers = [k for k, x in enumerate(texts) if _WHOLE.match(x)]
        if len(numbers) != 1 or numbers[0] < 2 or not _WORDS.match(texts[0]) \
                or not all(not x or _WORDS.match(x) for x in texts[1:numbers[0]]) or at not in (None, numbers[0]):
            return []
        after = texts[numbers[0] + 1:]
        shares = [k for k, x in enumerate(after) if _SHARE.match(x)]  # "| Stephen Kerr | Conservative | 18,291 | 37.1 |"
        if any(x and not _WORDS.match(x) and k not in shares[:1] for k, x in enumerate(after)) \
                or share not in (None, shares[0] if shares else None):
            return []
        at, share = numbers[0], shares[0] if shares else None
    width = max(len(_cells(line)) for _, line in rows)
    heads = ["candidate", "party"] + [""] * (at - 2) + ["votes"] + [""] * (width - at - 1)
    if share is not None:
        heads[at + 1 + share] = "%"
    return heads


CELLS_KEY = "fc_cells"
"""Where a Doc's table cells are kept, in `doc.user_data`, once worked out (people and claims both read them)."""


def cells_of(doc: Doc) -> list[Cell | None]:
    """The table cell of each token of `doc` (see `table_cells`), worked out once per Doc."""
    cells = doc.user_data.get(CELLS_KEY)
    if cells is None:
        cells = doc.user_data[CELLS_KEY] = table_cells(token_table(doc))
    return cells


def table_cells(tokens: TokenTable) -> list[Cell | None]:
    """For each token, the table cell it sits in, or None outside tables."""
    text = tokens.text
    out: list[Cell | None] = [None] * len(tokens.starts)
    if "|" not in text:
        return _plain_cells(tokens, out)  # no table with bars: perhaps one set in spaces
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
        return _plain_cells(tokens, out)
    starts = tokens.starts
    line_of = {start: k for k, (start, _) in enumerate(lines)}
    for t_no, rows in enumerate(tables):
        header: list[str] = _unheaded_results(rows)
        sub_done = bool(header)
        k = line_of.get(rows[0][0], 0) - 1
        while k >= 0 and not lines[k][1].strip():
            k -= 1
        caption = " ".join(lines[k][1].split()).lower() if k >= 0 and len(lines[k][1]) < 80 else ""
        for r_no, (start, line) in enumerate(rows):
            cells = _cells(line)
            if _is_rule(line, cells):
                continue
            ruled = r_no + 1 < len(rows) and _is_rule(rows[r_no + 1][1], _cells(rows[r_no + 1][1]))
            texts = [line[a:b].strip() for a, b in cells]
            if not header and not ruled and len(texts) >= 2 and texts[0] and not any(texts[1:]) \
                    and r_no + 1 < len(rows):
                # "| Dún Rí — Count 1 (5 seats, quota 10,225) | | |": a title over the columns (a cell spanning
                # them all), the table's caption, not its heading
                caption = " ".join(texts[0].split()).lower()
                for c_no, (a, b) in enumerate(cells):
                    for k in range(bisect.bisect_left(starts, start + a), bisect.bisect_left(starts, start + b)):
                        out[k] = Cell(t_no, r_no, c_no, "", (), caption, "", heading=True)
                continue
            if not header and (ruled or _heads_table(line, cells)):
                header = [" ".join(line[a:b].split()).lower() for a, b in cells]
                for c_no, (a, b) in enumerate(cells):
                    for k in range(bisect.bisect_left(starts, start + a), bisect.bisect_left(starts, start + b)):
                        out[k] = Cell(t_no, r_no, c_no, header[c_no], (), caption, "", heading=True)
                continue
            if header and not sub_done and _heads_table(line, cells) and (merged := _merged_header(
                    header, [" ".join(line[a:b].split()).lower() for a, b in cells], _data_width(rows, r_no + 1))):
                header = merged  # a heading of two rows: "| First preferences | Second round |" over "| Votes | % |…"
                sub_done = True
                for c_no, (a, b) in enumerate(cells):
                    for k in range(bisect.bisect_left(starts, start + a), bisect.bisect_left(starts, start + b)):
                        out[k] = Cell(t_no, r_no, c_no, "", (), caption, "", heading=True)
                continue
            sub_done = True
            label = row_label(line, cells)
            first = line[cells[0][0]:cells[0][1]] if cells else ""
            indented = first.lstrip(" ").startswith(("\xa0\xa0", "\u2013 ", "- ", "\u2014 ", "of which"))
            for c_no, (a, b) in enumerate(cells):
                lo = bisect.bisect_left(starts, start + a)
                hi = bisect.bisect_left(starts, start + b)
                head = header[c_no] if c_no < len(header) else ""
                for k in range(lo, hi):
                    out[k] = Cell(t_no, r_no, c_no, head, tuple(header), caption, label, indented=indented)
    return _plain_cells(tokens, out)


def _plain_cells(tokens: TokenTable, out: list[Cell | None]) -> list[Cell | None]:
    """The cells of tables set in spaces (see `_plain_tables`); the table numbers follow the barred ones'."""
    text = tokens.text
    if text.count("\n") < PLAIN_ROWS:
        return out
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    starts = tokens.starts
    for t_no, (named, rows, caption) in enumerate(_plain_tables(lines), start=1000):
        header = named[-len(rows[0][2]):]
        headers = (named[0] if len(named) > len(header) else "",) + tuple(header)  # ("Area", over the labels)
        for r_no, (start, line, nums) in enumerate(rows):
            label = line[:nums[0][0]].strip().lower()
            for c_no, (a, b) in enumerate(nums):
                lo = bisect.bisect_left(starts, start + a)
                hi = bisect.bisect_left(starts, start + b)
                for k in range(lo, hi):
                    out[k] = Cell(t_no, r_no, c_no + 1, header[c_no], headers, caption, label)
    return out
