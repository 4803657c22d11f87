"""Hard-wrapped prose read as the sentences it is.

Copy filed from email, wire services and terminals is often wrapped at a fixed width, so a line break
falls inside a sentence: "more than doubling her 2019\\nmargin of 1,408". The tokenizer makes that
break a token of its own, and every rule that looks at a figure's neighbours ("her 2019 margin",
"the four-seat Carrowmore constituency") then sees a line break instead of the word. Each break inside
a wrapped sentence is given to the reader as a space: the same length, so every offset, line and column
reported is still the copy's own. Breaks that carry structure stay: between list items, table rows,
timestamps, headings, front matter and labelled lines, and after a line that ends a sentence.
"""

from __future__ import annotations

import re

WRAPPED = 45
"""A line at least this long that stops mid-sentence was wrapped; shorter lines are headlines, list items
and results lines, whose breaks say something."""

_ENDS_SENTENCE = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_STARTS_STRUCTURE = re.compile(
    r"""^\s*(?:[-*•+>#|]|\d+[.)]\s|\d{1,2}[:.]\d{2}\b|\[|<|={2,}|-{2,})"""  # list, quote, heading, table, time
    r"""|^[^:.!?]{1,60}:(?:\s|$)""")  # a label ("Turnout: 28.1%", "Harrowden (48 seats): Lab 31", "date: 2021")
_TABULAR = re.compile(r"\S {2,}\S|\t|\|")
_FRONT_MATTER = re.compile(r"^\s*[\w-]+:\s")


def unwrap(text: str) -> str:
    """`text` with each line break inside a hard-wrapped sentence made a space (see the module)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    chars: list[str] | None = None
    at = 0
    for k in range(len(lines) - 1):
        at += len(lines[k])  # the offset of the break after line k
        if _wrapped(lines[k], lines[k + 1]):
            chars = chars if chars is not None else list(text)
            chars[at] = " "
            if lines[k].endswith("\r"):
                chars[at - 1] = " "
        at += 1
    return text if chars is None else "".join(chars)


def _wrapped(line: str, following: str) -> bool:
    body = line.rstrip("\r").rstrip()
    nxt = following.strip()
    if len(body.strip()) < WRAPPED or not nxt or _ENDS_SENTENCE.search(body):
        return False
    if _STARTS_STRUCTURE.match(following) or _TABULAR.search(body.strip()) or _TABULAR.search(nxt) \
            or _FRONT_MATTER.match(body):
        return False
    if body[-1].isdigit() or body[-1] in "%)":
        return nxt[0].islower()  # "with 11,920\nfirst preferences", not one results line after another
    return True
