"""Which election an article reports, when its text names no election year: the date the copy carries.

Figures of different elections are never one fact. Copy often says which election in words ("the 2024
general election"); when it does not, its date does: Markdown front matter (`date: 2024-07-05`), a
"Published" or date line under the title, HTML's `<meta property="article:published_time">`,
`<meta name="date">` or `<time datetime>`. A story dated July 2024 reports the 2024 election it does
not name (an assumption, said in the claims' evidence). Only the top of the file is read, with
patterns that scan it once.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

HEAD = 3000
"""Characters of the source the date is looked for in: front matter, headers, a dateline."""

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_YEAR = r"((?:19|20)\d{2})"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:(?!---)[^\n]*\n){0,60}?)---", re.I)
_FIELD = re.compile(r"^(?:date|published|published_at|pubdate|datetime|updated)\s*:\s*[\"']?" + _YEAR, re.I | re.M)
_META = re.compile(
    r"<meta\b[^>]{0,300}?(?:article:published_time|datePublished|pubdate|publish-date|\bdate\b)[^>]{0,300}?"
    r"content\s*=\s*[\"']?" + _YEAR, re.I)
_META_REVERSED = re.compile(
    r"<meta\b[^>]{0,300}?content\s*=\s*[\"']?" + _YEAR + r"[^>]{0,300}?"
    r"(?:article:published_time|datePublished|pubdate|publish-date|\bdate\b)", re.I)
_TIME = re.compile(r"<time\b[^>]{0,300}?datetime\s*=\s*[\"']?" + _YEAR, re.I)
_DATE_LINE = re.compile(
    r"^[ \t>*_#]*(?:(?:published|updated|posted|filed|date)(?:\s+on)?\s*:?\s*)?"
    r"(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},\s*"  # a place first: "DOVER, 5 July 2024"
    r"|[A-Z][^\n\d|]{0,50}?\s[-\u2013\u2014|\u00b7\u2022]\s+(?:[A-Za-z][^\n\d|]{0,30}\s[|\u00b7\u2022]\s+)?"
    r"(?:[A-Za-z][^\n\d,|]{0,30},\s*)?)?"  # ("Lobby Lines | Seat watch | 9 June 2017, 06:12") "Carnmoss
    # Chronicle - 6 May 2005", "Southern Cross Broadcasting | Sunday 29 November 2026", "… — Pacific desk, 26 November"
    + _DAY +
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"(?:\s*(?:[-\u2013\u2014]|\s(?:into|to|and)\s)\s*" + _DAY
    + r"\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTHS + r")?,?\s+" + _YEAR +  # (and a live page's night: "Thursday 8 June - Friday 9 June 2017",
    # "Thursday 8 June into Friday 9 June 2017")
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + _YEAR +
    r"|" + _YEAR + r"-\d{2}-\d{2})\b[^\n]{0,40}$", re.I | re.M)


@dataclass(frozen=True, slots=True)
class CopyDate:
    """The copy's own date: its year, the day when the copy gives one, and where it was found."""

    year: int
    day: datetime.date | None
    where: str


def dated_year(source: str) -> tuple[int, str] | None:
    """The year of the copy's own date, and where it was found; None if it carries none."""
    d = copy_date(source)
    return (d.year, d.where) if d is not None else None


def copy_date(source: str) -> CopyDate | None:
    """The copy's own date; None if it carries none."""
    head = source[:HEAD]
    front = _FRONT_MATTER.match(head)
    if front and (m := _FIELD.search(front.group("body"))):
        return _dated(front.group("body"), m, "the front matter's date")
    for pattern, where in ((_META, "the page's published date"), (_META_REVERSED, "the page's published date"),
                           (_TIME, "the page's <time>")):
        if m := pattern.search(head):
            return _dated(head, m, where)
    lines = head.split("\n", 12)[:12]  # a dateline sits under the title, among the first lines
    text = "\n".join(lines)
    for m in _DATE_LINE.finditer(text):
        return _dated(text, m, "the dateline")
    if m := _RESULT_DATE.search(text):
        return _dated(text, m, "the date its result is labelled with")
    if m := _LEDE_DATE.search(text):
        return _dated(text, m, "the date its opening gives the result")
    return None


_RESULT_DATE = re.compile(r"\([^()\n]{0,40}\b(?:by-election|election|poll)s?\b[^()\n\d]{0,10},?\s*(?:\w+day\s+)?"
                          r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+" + _YEAR + r"\)", re.I)
"""A results block's label that dates it, among the first lines: "HARWOOD DC, DUNMERE (by-election, 26 September
2024)"."""


_LEDE_DATE = re.compile(r"\b(?:declared|held|counted|count|elected|polls?|voted|votes?|elections?|by-elections?|"
                        r"results?)\b[^.\n]{0,80}?(?:\bon\s+|\bfrom\s+|\bof\s+|,\s*)" + _DAY + r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+"
                        + _YEAR + r"\b", re.I)
"""A full date the opening lines give a result or poll ("… results, declared at the Corn Exchange on Friday 5 May
2023", "Count held at Gloucester Road Arena, Sunday 9 May 2021"): the day of the election the copy reports."""


_ISO = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTHS + r"),?\s+((?:19|20)\d{2})", re.I)
_MONTH_DAY = re.compile(r"(" + _MONTHS + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})", re.I)
_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                  "oct", "nov", "dec"))}


def _dated(text: str, m: re.Match[str], where: str) -> CopyDate:
    """The year the pattern found, with the day if the text around it gives one in full."""
    year = int(next(g for g in m.groups() if g))
    end = text.find("\n", m.start())
    around = text[m.start():end if end >= 0 else len(text)][:200]
    day = None
    try:
        if (d := _ISO.search(around)) and int(d.group(1)) == year:
            day = datetime.date(year, int(d.group(2)), int(d.group(3)))
        elif (d := _DAY_MONTH.search(around)) and int(d.group(3)) == year:
            day = datetime.date(year, _MONTH_NUMBERS[d.group(2)[:3].lower()], int(d.group(1)))
        elif (d := _MONTH_DAY.search(around)) and int(d.group(3)) == year:
            day = datetime.date(year, _MONTH_NUMBERS[d.group(1)[:3].lower()], int(d.group(2)))
    except ValueError:
        day = None  # "2024-13-45": a year, but no day
    return CopyDate(year, day, where)
