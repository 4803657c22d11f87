"""Fast lookups over an annotated Doc: cues, mentions, sentences and clauses by token.

The claim reader asks many small questions ("is there a 'majority' cue within four
tokens to the left, in this clause?"); this view answers them from tables built once
per Doc.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .tables import table_cells

from .gazetteer import Span

CLAUSE_BREAKS = {";", "but", "while", "whereas", "although", "though", "however", "meanwhile",
                 "elsewhere", "—"}
"""Tokens that end one clause and start another ("…would win 316 seats, but the Tories have…")."""


def _maximal(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside a longer one of the same category ("doubled" in "more than doubled")."""
    out = []
    reach = -1  # the furthest end of a kept span; all kept spans start at or before s
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if e <= reach:
            continue
        out.append((s, e))
        reach = max(reach, e)
    return out


class View:
    def __init__(self, doc: Doc):
        self.doc = doc
        n = len(doc)
        self.n = n
        # Token attributes read once: spaCy Token objects are costly to create per access.
        self.lowers: list[str] = [t.lower_ for t in doc]
        self.nums: list = [t._.fc_num for t in doc]
        self.cells = table_cells(doc)
        self.cue_starts: dict[str, dict[int, int]] = defaultdict(dict)
        self.cue_ends: dict[str, dict[int, int]] = defaultdict(dict)
        self.covers: list[set[str]] = [set() for _ in range(n)]
        for cat, spans in (doc._.fc_cues or {}).items():
            spans = _maximal(spans)
            for s, e in spans:
                # Keep the longest span per start.
                if e > self.cue_starts[cat].get(s, -1):
                    self.cue_starts[cat][s] = e
                if s < self.cue_ends[cat].get(e, n + 1):
                    self.cue_ends[cat][e] = s
                for i in range(s, e):
                    self.covers[i].add(cat)
        self.mentions: list[Span] = list(doc._.fc_mentions or [])
        self.mention_at: list[Span | None] = [None] * n
        for m in self.mentions:
            for i in range(m.start, m.end):
                if self.mention_at[i] is None or m.kind == "person":
                    self.mention_at[i] = m
        self.sent_of = [0] * n
        self.sents: list[tuple[int, int]] = []
        for k, s in enumerate(doc.sents):
            self.sents.append((s.start, s.end))
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.para_of: list[int] = doc._.fc_paragraphs or [0] * n
        self.clause_start = [0] * n
        self.clause_end = [n] * n
        for s, e in self.sents:
            start = s
            for i in range(s, e):
                if self.lowers[i] in CLAUSE_BREAKS and i > start and self.mention_at[i] is None:
                    start = i
                self.clause_start[i] = start
            end = e
            for i in range(e - 1, s - 1, -1):
                self.clause_end[i] = end
                if self.lowers[i] in CLAUSE_BREAKS and self.mention_at[i] is None:
                    end = i

    # -- cues -------------------------------------------------------------------

    def cue_at(self, i: int, cat: str) -> int | None:
        """End of a `cat` cue starting at token i, if any."""
        return self.cue_starts[cat].get(i)

    def cue_ending_at(self, i: int, cat: str) -> int | None:
        """Start of a `cat` cue that ends right before token i, if any."""
        return self.cue_ends[cat].get(i)

    def cue_left(self, i: int, cat: str, window: int, stop_at_number: bool = True) -> int | None:
        """Start of the nearest `cat` cue ending within `window` tokens left of i, same clause."""
        lo = max(self.clause_start[i], i - window)
        for e in range(i, lo, -1):
            s = self.cue_ends[cat].get(e)
            if s is not None and s >= lo:
                return s
            if stop_at_number and self.nums[e - 1] is not None:
                return None
        return None

    def cue_right(self, i: int, cat: str, window: int) -> int | None:
        """Start of the nearest `cat` cue starting within `window` tokens right of i, same clause."""
        hi = min(self.clause_end[i], i + 1 + window)
        for s in range(i + 1, hi):
            if s in self.cue_starts[cat]:
                return s
        return None

    def in_clause(self, i: int, cat: str, before_only: bool = False) -> int | None:
        """Start of any `cat` cue in i's clause (before i if asked)."""
        lo, hi = self.clause_start[i], (i if before_only else self.clause_end[i])
        for s, e in self.cue_starts[cat].items():
            if lo <= s < hi and e <= self.clause_end[i]:
                return s
        return None

    def in_sentence(self, i: int, cat: str) -> int | None:
        s, e = self.sents[self.sent_of[i]]
        for start in self.cue_starts[cat]:
            if s <= start < e:
                return start
        return None

    def has(self, i: int, cat: str) -> bool:
        return 0 <= i < self.n and cat in self.covers[i]

    # -- tokens -------------------------------------------------------------------

    def lower(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < self.n else ""

    def num(self, i: int):
        return self.nums[i] if 0 <= i < self.n else None

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]]

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sent_of[a] == self.sent_of[b]
