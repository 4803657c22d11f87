"""Read numbers as newspapers write them.

Copy writes "25,194", "25 194" (thin or no-break space), "51.5", "1.2m", "eight",
"fifty-six", "a dozen" — and, on deadline, "17, 525" or "19,691votes". This module finds
every such number in raw text and reads its value, without spaCy, so it can be tested
and reused on its own. A number written in a broken form is still read (the checker
must not lose the claim) and carries a `malformed` note that is reported as a warning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["NumberSpan", "find_numbers", "parse_number", "ORDINALS"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in text: its place, its value, and how it was written."""

    start: int
    end: int
    text: str
    value: float
    decimals: int = 0
    """Digits after the decimal point as written: 51.5 has 1, so it stands for [51.45, 51.55)."""
    signed: bool = False
    """Written with an explicit + or − ("+6.1", "−3"), as share changes are."""
    words: bool = False
    """Written in words ("eight", "fifty-six")."""
    malformed: str | None = None
    """Why the written form is broken, if it is ("space inside the number")."""
    scale: float = 1.0
    """The multiplier of a scale word ("1.2m": 1e6), which widens the rounding."""

    @property
    def half_step(self) -> float:
        """Half the last written digit's place: how far the true figure may lie from the stated one."""
        return 0.5 * 10.0 ** (-self.decimals) * self.scale


# Separators copy uses between groups of three digits: comma, thin space, narrow and
# ordinary no-break space.
_GROUP = ",\u2009\u202f\u00a0"
_DIGITS_RE = re.compile(
    r"(?<![\w.,])"  # not glued to a previous word or number
    r"(?P<sign>[+\u2212\u2013-](?=\d))?"
    # "17, 525": a space slipped in after the comma — only after a bare 1–3 digits, so a list
    # ("won with 1,644, 566 ahead") stays two numbers, and only once: "522, 498, 470" is three.
    r"(?:(?<!\d, )(?P<bad>\d{1,3})(?P<badsep>, \d{3}(?!\d|, \d))|(?P<int>\d+(?:[" + _GROUP + r"]\d+)*))"
    r"(?P<frac>\.\d+)?"
    r"(?P<scale>\s?(?:million|billion|bn|m|lakhs?|crores?)\b)?"
)
COUNT_WRITTEN = r"(?<![\d,])(\d{1,3}(?:,\d{3})+|\d+)"
"""A whole count as copy writes it, for patterns that find one in a phrase ("3,122 of them rejected"), not ending on a
list's comma ("97, non-transferable")."""
_INDIAN = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")
"""Digits grouped as Indian copy groups them, in lakhs and crores ("6,12,430" is 612,430): well formed."""
_SCALE_OF = {"billion": 1e9, "bn": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_SIGN_OK_BEFORE = set(" \t\n(\u00a0[:/")
_GLUED_OK = re.compile(r"(?:pc|k|m|bn|mph|kph|km|kg|cm|mm|ft|ml|mw|gw|kw|kwh|gb|mb)\b", re.IGNORECASE)
"""Units and suffixes house styles set without a space ("20mph", "5km", "40MW"): no malformed figure."""
# Ordinals ("3rd"), decades ("1990s") and clock times ("10pm") are not quantities.
_NOT_A_QUANTITY = re.compile(r"(?:st|nd|rd|th|s|am|pm)\b", re.IGNORECASE)
_TWO_PARTY = re.compile(r"(?:PP|CP)\b")
_CLOCK = re.compile(r"(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])", re.IGNORECASE)
_GLUED_WORD = re.compile(r"[A-Za-z]{2,}")

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_WORD_RE = re.compile(r"[A-Za-z]+")
_STARTS = {"half", "a", *_SMALL}
"""Words a number in words can start with ("half a dozen", "a hundred", "eight")."""
_NUMBER_WORDS = _STARTS | set(_SCALES) | {"and", "dozen"}
_START_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(_STARTS, key=lambda w: (-len(w), w))) + r")(?![A-Za-z])",
                       re.IGNORECASE | re.ASCII)
"""A whole word (a maximal run of ASCII letters, as _WORD_RE splits them) that is one of _STARTS."""
_GROUP_SPLIT = re.compile("[" + _GROUP + "]")
_LONGEST = 30
"""Digits before or after the point: a longer number is no figure (and 5,000 digits stopped the run
where its correction was printed, past Python's 4,300-digit limit for int())."""
_WORDS_MAX = 10**12
"""No number in words reads past this: "one hundred and one hundred and …" multiplies by a hundred
a time, and 60 KB of it was an integer too large for a float (an OverflowError that stopped the run)."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10,
}


_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
"""A web address: its digits ("https://ift.tt/36bksFu", "bbc.co.uk/news/uk-politics-48596013") are no figures."""


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in `text`, in order, digits and words alike, except those inside a web address."""
    found = _digit_numbers(text) + _word_numbers(text)
    found.sort(key=lambda n: n.start)
    if "://" in text or "www." in text:
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        if urls:
            starts = [a for a, _ in urls]
            found = [n for n in found if not _inside(n, urls, starts)]
    return found


def _inside(n: NumberSpan, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, n.start) - 1
    return k >= 0 and n.start < spans[k][1]


def parse_number(written: str) -> float | None:
    """The value of one number as written ("17, 525" → 17525.0, "fifty-six" → 56.0)."""
    spans = find_numbers(written.strip())
    if len(spans) != 1 or spans[0].text != written.strip():
        return None
    return spans[0].value


def _digit_numbers(text: str) -> list[NumberSpan]:
    out: list[NumberSpan] = []
    for m in _DIGITS_RE.finditer(text):
        start = m.start()
        sign = m.group("sign")
        if sign and start > 0 and text[start - 1] not in _SIGN_OK_BEFORE:
            # "2010-11" or "Labour-held": a hyphen, not a minus sign.
            start += len(sign)
            sign = None
        whole = m.group("int") or m.group("bad")
        problems: list[str] = []
        groups = _GROUP_SPLIT.split(whole)
        if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])) \
                and not _INDIAN.fullmatch(whole):
            problems.append(f"digits grouped irregularly in '{whole}'")
        if m.group("badsep"):
            problems.append("a space after the thousands separator")
            groups += re.findall(r"\d{3}", m.group("badsep"))
        digits = "".join(groups)
        frac = m.group("frac") or ""
        if len(digits) > _LONGEST or len(frac) > _LONGEST:
            continue  # no figure: a run of digits (its value would not even fit a float, or be printed)
        value = float(digits + frac)
        scale = (m.group("scale") or "").strip().lower()
        multiplier = 1.0
        if scale:
            multiplier = _SCALE_OF.get(scale, 1e6)
            value *= multiplier
        if sign in ("-", "\u2212", "\u2013"):
            value = -value
        end = m.end()
        if not scale and (_CLOCK.match(text, end) or not frac and _NOT_A_QUANTITY.match(text, end)):
            continue
        if digits == "2" and not frac and _TWO_PARTY.match(text, end):
            continue  # "2PP", "2CP": the two-party (or two-candidate) preferred count's name, no figure
        glued = _GLUED_WORD.match(text, end)
        if glued and not _GLUED_OK.match(text, end):
            word = glued.group(0)
            word = word if len(word) <= _LONGEST else word[:_LONGEST] + "…"
            problems.append(f"no space between the number and '{word}'")
        out.append(
            NumberSpan(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                decimals=len(frac) - 1 if frac else 0,
                signed=sign is not None,
                malformed="; ".join(problems) or None,
                scale=multiplier,
            )
        )
    return out


def _word_numbers(text: str) -> list[NumberSpan]:
    """Numbers in words: "eight", "fifty-six", "one hundred and twelve", "a dozen".

    Only the words that can start a number are looked at (found with one regex), each with
    the run of number words after it: splitting the whole text into words was most of the
    cost of reading numbers. A run is split into words once, however many starts it holds:
    re-reading it from each start made "a a a …" quadratic (60 KB of it took minutes).
    """
    out: list[NumberSpan] = []
    reached = 0  # a start before this is a word of a number already read
    words: list[tuple[int, int, str]] = []
    index: dict[int, int] = {}  # start offset → index in `words`, for the starts in the current run
    for m in _START_RE.finditer(text):
        if m.start() < reached:
            continue
        i = index.get(m.start())
        if i is None:
            words = _words_from(text, m.start())
            index = {w[0]: k for k, w in enumerate(words)}
            i = 0
        read = _read_words(text, words, i)
        if read is None:
            continue
        j, value = read
        s, e = words[i][0], words[j - 1][1]
        out.append(NumberSpan(s, e, text[s:e], float(value), words=True))
        reached = e
    return out


def _words_from(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) from `start` on, up to and including the first that is no number word.

    Every rule of `_read_words` stops at a word outside _NUMBER_WORDS, so the words after it
    cannot change what is read; and a later start inside this run reads the same words from
    its own index on."""
    out = []
    for m in _WORD_RE.finditer(text, start):
        low = m.group(0).lower()
        out.append((m.start(), m.end(), low))
        if low not in _NUMBER_WORDS:
            break
    return out


def _read_words(text: str, words: list[tuple[int, int, str]], i: int = 0) -> tuple[int, int] | None:
    """The number starting at words[i]: (index after its last word, value), or None if it starts none."""
    w = words[i][2]
    nxt = words[i + 1][2] if i + 1 < len(words) and _joined(text, words, i, " ") else None
    if w == "half" and nxt == "a" and i + 2 < len(words) and words[i + 2][2] == "dozen":
        j, value = i + 3, 6
    elif w == "a" and nxt == "dozen":
        j, value = i + 2, 12
    elif w == "a" and nxt in ("hundred", "thousand"):
        j, value = _read_cardinal(text, words, i + 1, current=1, last="a")
    elif w in _SMALL:
        j, value = _read_cardinal(text, words, i)
    else:
        return None
    if j < len(words) and words[j][2] == "dozen" and _joined(text, words, j - 1, " "):
        value *= 12
        j += 1
    return j, value


def _joined(text: str, words: list[tuple[int, int, str]], i: int, allowed: str) -> bool:
    """Whether words i and i+1 are separated only by characters in `allowed`."""
    between = text[words[i][1] : words[i + 1][0]]
    return bool(between) and all(c in allowed for c in between)


def _read_cardinal(
    text: str, words: list[tuple[int, int, str]], i: int, current: int = 0, last: str | None = None
) -> tuple[int, int]:
    """Read number words from words[i]; return the index after them and the value."""
    total = 0
    j = i
    while j < len(words):
        w = words[j][2]
        if last is not None and not _joined(text, words, j - 1, " -\u2010\u2011"):
            break
        if w in _SMALL:
            if last is not None and not _continues(last, w):
                break
            if total + current + _SMALL[w] > _WORDS_MAX:
                break
            current += _SMALL[w]
        elif w in _SCALES and last is not None and last not in _SCALES and last != "and":
            if total + current * _SCALES[w] > _WORDS_MAX:
                break  # "one hundred and one hundred and …" would grow without end
            if _SCALES[w] == 100:
                current *= 100
            else:
                total += current * _SCALES[w]
                current = 0
        elif (
            w == "and"
            and last in _SCALES
            and j + 1 < len(words)
            and words[j + 1][2] in _SMALL
            and _joined(text, words, j, " ")
        ):
            pass
        else:
            break
        last = w
        j += 1
    return j, total + current


def _continues(last: str, w: str) -> bool:
    """Whether number word `w` can follow `last` in one number ("fifty" "six" yes, "six" "two" no)."""
    if last in ("and", "a") or last in _SCALES:
        return True
    if last in _TENS:
        return 0 < _SMALL[w] < 10
    return False


def find_figure(sentence: str, figure: str, start: int = 0) -> re.Match[str] | None:
    """A figure as a whole number in its sentence, from `start` ("3" not inside "31", nor "9,087" inside "9,087,123";
    "9,087," followed by a comma is found)."""
    return re.compile(rf"(?<![\d,.]){re.escape(figure)}(?!\d|[,.]\d)").search(sentence, start)

