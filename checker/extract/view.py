"""Fast lookups over an annotated Doc: cues, mentions, sentences and clauses by token.

The claim reader asks many small questions ("is there a 'majority' cue within four
tokens to the left, in this clause?"); this view answers them from tables built once
per Doc.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from spacy.tokens import Doc

from .gazetteer import Span
from .tables import cells_of
from .tokens import TokenTable, token_table

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


def sentence_spans(sent_starts: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, as `Doc.sents` gives them, from the sentence starts."""
    starts = [i for i, s in enumerate(sent_starts) if s]
    if sent_starts and (not starts or starts[0] != 0):
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [len(sent_starts)]))


class View:
    """Per-Doc tables for the claim reader; read-only once built."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.t: TokenTable = token_table(doc)
        """Token attributes as lists: read these, not doc[i] (a Token object per access is slow)."""
        n = len(doc)
        self.n = n
        self.lowers: list[str] = self.t.lowers
        self.nums: list = self.t.nums
        self.years: list[bool] = [n is not None and not n.words and n.decimals == 0 and not n.signed
                                  and 1900 <= n.value <= 2099 and n.text.isdigit() for n in self.nums]
        """Whether each token is a year (reading.is_year): asked of the same tokens hundreds of times a story."""
        self.cells = cells_of(doc)
        self.cue_starts: dict[str, dict[int, int]] = defaultdict(dict)
        self.cue_ends: dict[str, dict[int, int]] = defaultdict(dict)
        self.covered: dict[str, set[int]] = defaultdict(set)
        """Category → the tokens inside one of its cues (a set per category, not per token: cheaper to build)."""
        for cat, spans in (doc._.fc_cues or {}).items():
            spans = _maximal(spans)
            if cat == "cue.turnout":  # not "the figure … turned out to be 18,442": what it proved to be
                spans = [(s, e) for s, e in spans if not (e < n and self.lowers[e] == "to" and self.lowers[s] != "turnout")]
            for s, e in spans:
                # Keep the longest span per start.
                if e > self.cue_starts[cat].get(s, -1):
                    self.cue_starts[cat][s] = e
                if s < self.cue_ends[cat].get(e, n + 1):
                    self.cue_ends[cat][e] = s
                self.covered[cat].update(range(s, e))
        self._sorted_starts: dict[str, list[int]] = {cat: sorted(d) for cat, d in self.cue_starts.items()}
        self.mentions: list[Span] = list(doc._.fc_mentions or [])
        self.mention_at: list[Span | None] = [None] * n
        for m in self.mentions:
            for i in range(m.start, m.end):
                if self.mention_at[i] is None or m.kind == "person":
                    self.mention_at[i] = m
        self.sents: list[tuple[int, int]] = sentence_spans(self.t.sent_starts)
        self.sent_of = [0] * n
        for k, (s, e) in enumerate(self.sents):
            self.sent_of[s:e] = [k] * (e - s)
        self.para_of: list[int] = doc._.fc_paragraphs or [0] * n
        texts = self.t.texts
        self.line_start: list[int] = [0] * n
        """Per token, the first token of its line: a long round-up entry's heading is far back."""
        for k in range(1, n):
            self.line_start[k] = k if "\n" in texts[k - 1] else self.line_start[k - 1]
        self.unit_memo: dict[int, tuple[str, int, int] | None] = {}
        """reading.unit_after's answers by token: the View never changes, so neither do they."""
        self._paragraphs: dict[int, tuple[int, int]] | None = None
        self.clause_start, self.clause_end = self._clauses()
        self.quote_of: list[int] = self._quotes()
        """Per token, which quotation it is inside (0: none), so a speaker is not read as what they speak of."""

    def _clauses(self) -> tuple[list[int], list[int]]:
        """Per token, the start and end of its clause: a sentence cut at CLAUSE_BREAKS words that are
        not part of a name. A break opens the clause it is in ("…, but the Tories have…"); the one
        at a sentence's start opens nothing new. Filled a clause at a time, not a token at a time."""
        n = self.n
        clause_start, clause_end = [0] * n, [n] * n
        breaks = [i for i, w in enumerate(self.lowers) if w in CLAUSE_BREAKS and self.mention_at[i] is None]
        for s, e in self.sents:
            inside = breaks[bisect.bisect_left(breaks, s):bisect.bisect_left(breaks, e)]
            opens = [s] + [b for b in inside if b > s]
            for a, b in zip(opens, opens[1:] + [e]):
                clause_start[a:b] = [a] * (b - a)
            a = s
            for b in inside + [e]:  # tokens before each break (or the sentence's end) end there
                clause_end[a:b] = [b] * (b - a)
                a = b
        return clause_start, clause_end

    def _quotes(self) -> list[int]:
        """Number each direct quotation: between “ and ”, or a pair of straight double quotes, within a
        paragraph (a quote left open runs to its paragraph's end, as a quote over paragraphs is written)."""
        out = [0] * self.n
        texts, paras = self.t.texts, self.para_of
        current, count, para, field = 0, 0, None, False
        for i in range(self.n):
            if paras[i] != para:
                current, para, field = 0, paras[i], False
            w = texts[i]
            if w == '"' and field:
                field = False
            elif w == '"' and not current and self._field_value(i):
                field = True  # front matter's 'title: "Labour wins 30 of 48 seats"': a value, not speech
            elif w == "“" or w == '"' and not current:
                count += 1
                current = count
            elif w == "”" or w == '"':
                current = 0
            elif current:
                out[i] = current
        return out

    def _field_value(self, i: int) -> bool:
        """Token i opens the quoted value of a 'key: "…"' line (front matter, a header block)."""
        t = self.t
        k = i - 1
        while k >= 0 and t.is_space[k] and "\n" not in t.texts[k]:
            k -= 1
        if k < 1 or t.texts[k] != ":" or not t.texts[k - 1].replace("_", "").replace("-", "").isalpha() \
                or not t.texts[k - 1][:1].islower():
            return False
        return k - 1 == 0 or t.is_space[k - 2] and "\n" in t.texts[k - 2] or "\n" in t.text[t.ends[k - 2]:t.starts[k - 1]]

    # -- cues -------------------------------------------------------------------

    def cue_at(self, i: int, cat: str) -> int | None:
        """End of a `cat` cue starting at token i, if any."""
        return self.cue_starts[cat].get(i)

    def cue_ending_at(self, i: int, cat: str) -> int | None:
        """Start of a `cat` cue that ends right before token i, if any."""
        return self.cue_ends[cat].get(i)

    def cue_left(self, i: int, cat: str, window: int, stop_at_number: bool = True,
                 past_years: bool = False) -> int | None:
        """Start of the nearest `cat` cue ending within `window` tokens left of i, same clause. With `past_years`,
        a year between does not stop the search ("his majority in 2019 was 7,210")."""
        lo = max(self.clause_start[i], i - window)
        ends = self.cue_ends.get(cat)  # looked up once: this is asked ~250 times per article
        if not ends:
            return None
        nums = self.nums
        for e in range(i, lo, -1):
            s = ends.get(e)
            if s is not None and s >= lo:
                return s
            n = nums[e - 1]
            if stop_at_number and n is not None and not (
                    past_years and n.text.isdigit() and len(n.text) == 4 and 1900 <= n.value <= 2099):
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
        """Start of the first `cat` cue in i's sentence."""
        starts = self._sorted_starts.get(cat)
        if not starts:
            return None
        s, e = self.sents[self.sent_of[i]]
        k = bisect.bisect_left(starts, s)
        return starts[k] if k < len(starts) and starts[k] < e else None

    def has(self, i: int, cat: str) -> bool:
        """Whether token i is inside a `cat` cue."""
        return i in self.covered.get(cat, ())

    # -- tokens -------------------------------------------------------------------

    def text(self, i: int) -> str:
        """doc[i].text."""
        return self.t.texts[i]

    def span_text(self, start: int, end: int) -> str:
        """doc[start:end].text."""
        return self.t.span_text(start, end)

    def lower(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < self.n else ""

    def num(self, i: int):
        return self.nums[i] if 0 <= i < self.n else None

    def paragraph_bounds(self) -> dict[int, tuple[int, int]]:
        """Each paragraph's first and last token that is not white space, in paragraph order; found on first use."""
        if self._paragraphs is None:
            first: dict[int, int] = {}
            last: dict[int, int] = {}
            for k in range(self.n):
                if not self.t.is_space[k]:
                    first.setdefault(self.para_of[k], k)
                    last[self.para_of[k]] = k
            self._paragraphs = {p: (first[p], last[p]) for p in sorted(first)}
        return self._paragraphs

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]]

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sent_of[a] == self.sent_of[b]
