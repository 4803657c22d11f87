"""The likely slip behind a wrong figure, and the figure as the copy should write it.

A sub-editor who finds 19,532 where the declaration says 19,523 wants to know it is two digits
swapped, not a different count: the kind of slip says the table, not the copy, is to be trusted,
and the correction is written the way the copy writes figures (separators, decimals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Correction:
    replacement: str
    """The figure as the copy should write it: '19,523', '4.7'."""
    slip: str | None
    """What went wrong, if it is a known kind: 'two digits transposed', 'one digit changed', …"""

    @property
    def help(self) -> str:
        return f"did you mean {self.replacement}?" + (f" ({self.slip})" if self.slip else "")


def written_like(value: float, text: str, *, min_decimals: int = 0) -> str | None:
    """`value` written as `text` writes its figure: thousands separators, decimals. None when the copy
    wrote it in words ('eight') or a form we do not rewrite ('1.2m')."""
    t = text.strip()
    if not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", t):
        return None
    decimals = len(t.split(".", 1)[1]) if "." in t else 0
    decimals = max(decimals, min_decimals)
    # "654" for 6,054: a figure too short to show the copy's habit is grouped as figures of its size are.
    grouped = "," in t or ("." not in t and len(t) <= 3 and value >= 1000)
    body = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    return body


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def classify(stated: str, correct: str) -> str | None:
    """The kind of slip that turns `correct` into `stated`, both as written (digits compared)."""
    a, b = _digits(stated), _digits(correct)
    if not a or not b or a == b:
        return None
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "two digits transposed"
        if len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "two digits swapped"
        if len(diff) == 1:
            if "." not in stated and len(a) >= 4 and len(a) - diff[0] == 4:
                return "the wrong thousand"
            k = diff[0]
            if "." in stated and k == len(a) - 1 and abs(int(a[k]) - int(b[k])) == 1:
                return "rounded the wrong way"
            return "one digit changed"
    if len(a) == len(b) + 1:
        for k in range(len(a)):
            if a[:k] + a[k + 1:] == b:
                return "a digit doubled" if (k > 0 and a[k] == a[k - 1]) or (k + 1 < len(a) and a[k] == a[k + 1]) \
                    else "a digit added"
    if len(a) + 1 == len(b):
        for k in range(len(b)):
            if b[:k] + b[k + 1:] == a:
                return "a digit dropped"
    if "." not in stated and len(a) == len(b) and a[-3:] == b[-3:]:
        return "the wrong thousand"
    if len(a) == len(b) and a[:-1] == b[:-1]:
        return "rounded the wrong way" if "." in stated else "one digit changed"
    return None


def correction(stated_text: str, correct: float, *, min_decimals: int = 0) -> Correction | None:
    """The correction for a figure written `stated_text` whose right value is `correct`."""
    replacement = written_like(correct, stated_text, min_decimals=min_decimals)
    if replacement is None:
        return None
    if replacement == stated_text.strip():
        return None
    return Correction(replacement, classify(stated_text, replacement))
