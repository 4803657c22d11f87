"""spaCy components that prepare a Doc: numbers as single tokens, sentences, cue words.

Each is a callable over one Doc. They use no statistical model: on election copy the
rules are faster (about a hundred times) and more reliable than en_core_web_sm's NER,
which reads "17, 525" as a DATE and "51.5 per cent" as MONEY.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc

from ..numbers import NumberSpan, find_numbers
from .phrases import PhraseTokens

_RESTARTS = {"At", "In", "But", "He", "She", "His", "Her", "Meanwhile", "However", "It",
             "They", "This", "There", "After", "Earlier", "Later", "Elsewhere"}
"""Words that, capitalised after a lower-case word or a number, show a full stop was lost
("…up from 11,241 in 2010 At Morecambe and Lunesdale, …")."""
_SENT_END = {".", "!", "?", "…", "?\"", ".\"", "!\"", ".”", "?”"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}


def ensure_extensions() -> None:
    """Register the custom attributes our components hang on Doc (token-level facts are in TokenTable)."""
    for name, default in (("fc_cues", None), ("fc_mentions", None), ("fc_claims", None),
                          ("fc_malformed", None), ("fc_paragraphs", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


TOKENS_KEY = "fc_tokens"
"""Where the TokenTable of a Doc is kept, in `doc.user_data`."""
NORMALISED = "fc_normalised"
"""Where the changes `corpus.normalise` made to the Doc's text are kept, in `doc.user_data`, if any."""


@dataclass(slots=True)
class TokenTable:
    """Every token attribute the rules read, as plain lists, read once per Doc.

    Creating a spaCy Token object (doc[i], iterating a Doc) costs more than the rule that
    asks about it; profiling showed it was most of extraction time. So the number merger
    reads the attributes once, with `Doc.to_array`, after it has retokenized, and every
    later component reads these lists by token index instead.
    """

    text: str
    """The Doc's text: a token span's text is a slice of it."""
    texts: list[str]
    lowers: list[str]
    starts: list[int]
    """Character offset of each token (Token.idx)."""
    ends: list[int]
    """Character offset just after each token."""
    spaces: list[bool]
    """Whether whitespace follows the token (Token.whitespace_ is ' ')."""
    is_alpha: list[bool]
    is_space: list[bool]
    is_punct: list[bool]
    is_lower: list[bool]
    nums: list[NumberSpan | None]
    """The number a token was merged from (the old Token extension fc_num)."""
    sent_starts: list[bool]
    """Set by the Sentencizer; all False before it runs."""

    @classmethod
    def build(cls, doc: Doc, text: str, strings: dict[int, str]) -> TokenTable:
        """Read `doc`, whose text is `text`, once; `strings` caches string-store lookups across documents."""
        n = len(doc)
        if not n:
            return cls(text, [], [], [], [], [], [], [], [], [], [], [])
        array = doc.to_array([ORTH, LOWER, IDX, LENGTH, SPACY, IS_ALPHA, IS_SPACE, IS_PUNCT, IS_LOWER])
        orths, lowers, starts, lengths = array[:, :4].T.tolist()
        flags = array[:, 4:].astype(bool).T.tolist()  # Python bools, converted in numpy
        ends = [a + k for a, k in zip(starts, lengths)]
        return cls(text, _strings(orths, strings, doc.vocab.strings), _strings(lowers, strings, doc.vocab.strings),
                   starts, ends, *flags, nums=[None] * n, sent_starts=[False] * n)

    def span_text(self, start: int, end: int) -> str:
        """What `doc[start:end].text` gives: the covered text without the last token's whitespace."""
        return self.text[self.starts[start]:self.ends[end - 1]] if end > start else ""

    def whitespace(self, i: int) -> str:
        """Token.whitespace_."""
        return " " if self.spaces[i] else ""


def doc_text(doc: Doc, strings: dict[int, str]) -> str:
    """`doc.text`, without creating a Token per token as `Doc.text` does (it was a tenth of extraction)."""
    if not len(doc):
        return ""
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    return "".join([w + " " if space else w for w, space in zip(_strings(orths, strings, doc.vocab.strings), spaces)])


def _strings(keys: list[int], cache: dict[int, str], store: StringStore) -> list[str]:
    """The strings of string-store hashes, through `cache` (a dict lookup is cheaper than the store's)."""
    for key in set(keys).difference(cache):
        cache[key] = store[key]
    return [cache[key] for key in keys]


def spaced_dash(t: TokenTable, k: int) -> bool:
    """A dash set apart by spaces ("seats - 27 of the 40 …", "TARRINGTON - Conservative hold"), not a hyphen inside a
    word ("two-party")."""
    return 0 < k < len(t.texts) and t.texts[k] in ("-", "–", "—") and bool(t.spaces[k - 1]) and bool(t.spaces[k])


def token_table(doc: Doc) -> TokenTable:
    """The TokenTable the number merger left on `doc`."""
    return doc.user_data[TOKENS_KEY]


MERGE_BATCH = 1000
"""Multi-token numbers merged in one retokenize (see NumberMerger)."""


class NumberMerger:
    """Merge every number as written ("17, 525", "fifty-six", "25 194") into one token.

    It also reads the token table (see TokenTable) that the later components share, since
    merging is the last change to the tokens.
    """

    def __init__(self) -> None:
        self.strings: dict[int, str] = {}
        """String-store hash → string; the same words recur across articles."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc, self.strings)  # merging below leaves the text as it is
        spans = []
        numbers = find_numbers(text)
        if changes := doc.user_data.get(NORMALISED):
            numbers = _noted(numbers, changes)
        for n in numbers:
            span = doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is None:
                continue
            spans.append((span, n))
        kept = []
        last_end = -1
        for span, n in spans:
            if span.start >= last_end:
                kept.append((span, n))
                last_end = span.end
        # spaCy's Retokenizer checks each span against a list of those already queued, so one batch of
        # many merges is quadratic (a megabyte of "17, 525" took minutes). Batches of MERGE_BATCH, from the
        # end of the Doc back, so the spans still to merge keep their token indexes: one batch for most copy.
        merges = [span for span, _ in kept if len(span) > 1]
        for end in range(len(merges), 0, -MERGE_BATCH):
            with doc.retokenize() as retok:
                for span in merges[max(0, end - MERGE_BATCH):end]:
                    retok.merge(span)
        table = TokenTable.build(doc, text, self.strings)
        # Character offsets are unchanged by merging: each kept number is now the one token
        # starting where it starts (a Span keeps its pre-merge token indexes, its characters hold).
        token_at = {a: i for i, a in enumerate(table.starts)}
        for span, n in kept:
            i = token_at.get(span.start_char)
            if i is not None and table.ends[i] >= span.end_char:
                table.nums[i] = n
        doc.user_data[TOKENS_KEY] = table
        return doc


def _noted(numbers: list[NumberSpan], changes: tuple[tuple[int, bool, str], ...]) -> list[NumberSpan]:
    """Numbers read through a character the copy had that the text read has not (an invisible one
    inside the figure, another script's digits: `corpus.normalise`), noted as malformed."""
    at = [c[0] for c in changes]
    out = []
    for n in numbers:
        whys = [why for pos, dropped, why in changes[bisect.bisect_left(at, n.start):bisect.bisect_right(at, n.end)]
                if (n.start < pos < n.end if dropped else pos < n.end)]
        if whys:
            n = replace(n, malformed="; ".join(dict.fromkeys([*filter(None, [n.malformed]), *whys])))
        out.append(n)
    return out


_JOINERS = {"and", "or", "of", "the", "for", "in", "at", "on", "to", "by", "with", "from", "upon", "under"}
"""Words after which a capital continues a name ("South Holland and The Deepings"), not a lost full stop."""


class Sentencizer:
    """Sentence starts after . ! ? and at line breaks that end a line of its own; paragraphs.

    A blank line ends a paragraph. A single line break ends a sentence only where the line
    stands alone — it ends with sentence punctuation, is a heading (short, unpunctuated),
    or is a table row — so copy hard-wrapped at 80 columns still reads as sentences.
    """

    HEADING = 70
    """A line shorter than this with no final punctuation, followed by a capital, is a heading."""
    LONGEST = 500
    """A sentence is cut after this many tokens. Copy's longest run to about a hundred (a results list);
    the claim reader looks across a figure's sentence for each figure, so 100 KB of "1 1 1 …" read as
    one sentence took minutes."""

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        t = token_table(doc)
        texts, nums, text = t.texts, t.nums, t.text
        starts = t.sent_starts
        starts[0] = True
        paras = [0] * n
        para = 0
        newlines = 0  # line breaks since the last word token
        last = -1  # index of the last word token
        begun = 0  # where the current sentence starts
        for i in range(n):
            if t.is_space[i]:
                newlines += texts[i].count("\n")
                paras[i] = para
                continue
            newlines += t.whitespace(last).count("\n") if last >= 0 else 0
            if newlines >= 2:
                para += 1
            paras[i] = para
            if last < 0:
                starts[i] = True
            elif newlines >= 2:
                starts[i] = True
            elif newlines == 1:
                starts[i] = self._line_ends_sentence(text, t, last, i)
            elif texts[last] in _SENT_END or (texts[last] in _CLOSERS and last > 0 and texts[last - 1] in _SENT_END):
                starts[i] = _may_start(t, i) and not (
                    nums[i] is not None and texts[last] == "." and last > 0 and texts[last - 1] in ("No", "no", "Nos")
                    and not t.spaces[last - 1])  # "the Gagaifomauga No. 3 seat": a number's label, no full stop
            elif texts[i] in _RESTARTS and (nums[last] is not None or
                                            (t.is_alpha[last] and texts[last].islower()
                                             and texts[last] not in _JOINERS)):
                starts[i] = True
            if starts[i]:
                begun = i
            elif i - begun >= self.LONGEST:
                starts[i], begun = True, i  # not copy, and reading it whole would be quadratic
            newlines = 0
            last = i
        # Set all starts at once: per-token assignment re-validates the whole Doc each time.
        doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64").reshape(n, 1))
        doc._.fc_paragraphs = paras
        return doc

    def _line_ends_sentence(self, text: str, t: TokenTable, last: int, i: int) -> bool:
        """At a single line break between token `last` and token `i`: does a new sentence start?"""
        texts = t.texts
        if texts[last] in _SENT_END or texts[last] in _CLOSERS or texts[last] in (":", ";", "|"):
            return True
        line_start = text.rfind("\n", 0, t.starts[last]) + 1
        prev_line = text[line_start: t.starts[last] + len(texts[last])]
        line_end = text.find("\n", t.starts[i])
        next_line = text[t.starts[i]: line_end if line_end >= 0 else len(text)]
        if "|" in prev_line or "|" in next_line:
            return True  # table rows
        if next_line[:1] in "-*•–" or re.match(r"\d{1,2}[.:]\d{2}\s*(am|pm)?\b", next_line, re.I):
            return True  # list items, live-blog timestamps
        # A heading: short, unpunctuated, not ending mid-phrase ("… for the Greens with"), then a capital.
        return (len(prev_line.strip()) < self.HEADING and texts[i][:1].isupper()
                and texts[last].lower() not in _JOINERS | {"a", "an", "his", "her", "their", "its"})


def _may_start(t: TokenTable, i: int) -> bool:
    w = t.texts[i]
    return bool(w) and (w[0].isupper() or w[0].isdigit() or w[0] in "\"'“‘(" or t.nums[i] is not None)


class CueTagger:
    """Tag the cue words of rules/lexicon.toml ("votes", "majority", "fell", "exit poll")."""

    def __init__(self, nlp: Language, lexicon: dict[str, tuple[str, ...]], phrases: PhraseTokens | None = None):
        patterns = (phrases or PhraseTokens(nlp)).patterns
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.categories: dict[int, str] = {}
        for category, words in lexicon.items():
            if category.startswith("factor.") or category.startswith("people."):
                continue
            key = nlp.vocab.strings.add(category)
            self.categories[key] = category
            self.matcher.add(category, patterns(words, "LOWER"))
        self.factors = {k.split(".", 1)[1]: v for k, v in lexicon.items() if k.startswith("factor.")}

    def __call__(self, doc: Doc) -> Doc:
        cues: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match_id, start, end in self.matcher(doc):
            cues[self.categories[match_id]].append((start, end))
        for spans in cues.values():
            spans.sort()
        doc._.fc_cues = dict(cues)
        return doc
