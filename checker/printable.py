"""Copy and file names shown to people can hold control characters; they must reach no terminal or log raw.

An escape sequence in an article (ESC [ 2 J) would clear an editor's terminal or hide a line; a file named
"x\n::error file=README.md::…" would start a line that GitHub Actions reads as a workflow command (it reads
stdout and stderr alike); bidirectional overrides reorder what is shown. Every human-readable output
passes its copy and paths through `printable`, which shows each such character as one visible stand-in,
so the carets under a source line stay in place.
"""

from __future__ import annotations

import re
import sys

_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls but tab, DEL, and the characters that steer bidirectional display or break lines."""


def _stand_in(m: re.Match[str]) -> str:
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)  # the Control Pictures block: ␛ for ESC, ␊ for a line feed
    return "\u2421" if c == 0x7F else "\ufffd"


def printable(s: str) -> str:
    """`s` with every control character shown as a visible character of its own (one for one)."""
    return _CONTROL.sub(_stand_in, s) if _CONTROL.search(s) else s


def say(message: str) -> None:
    """One line on stderr, its control characters and line breaks made visible: nothing from a file name
    or the copy can start a line of its own there (a workflow command) or steer the terminal."""
    print(printable(message), file=sys.stderr)
