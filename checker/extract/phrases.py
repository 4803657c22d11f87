"""The tokens of the gazetteer's and the lexicon's phrases, kept between runs in the claims cache's folder.

The PhraseMatchers of the gazetteer (parties, places, regions, chambers) and of the cue tagger match
token by token, so every phrase is tokenized when the pipeline is built: some 4,500 phrases, and 3,700
new lexemes made for them (about 0.2 s of CPU, most of the build a re-check waits for after one edit,
checker/run/standby.py). A PhraseMatcher also takes a phrase as the hashes of its tokens' attribute
(ORTH or LOWER), and a token's hashes are those of its text and of its text lowered, so a phrase's
token texts are all it needs: they are what this module keeps, in `<cache dir>/phrases.json`.

The file is trusted as the claims cache is (checker/run/seal.py), and never more:

- it is JSON, read as data (it runs no code), sealed with this user's cache key (a file made by
  anyone else, or edited, is ignored);
- it is for one tokenizer: a digest of spaCy's version, the tokenizer's special cases, its prefix,
  suffix, infix, token and URL patterns (a tokenizer it cannot fingerprint keeps no file);
- each phrase's tokens must give back the phrase, character for character, with their spaces;
- a phrase not in it (the rules changed) is tokenized as before, and the file written again with
  exactly this build's phrases (written whole to a temporary file and renamed into place).

A phrase's hashes are computed as spaCy computes a new lexeme's: ORTH is the text's, LOWER that of the
vocabulary's own LOWER getter on it. The matchers hold the same patterns either way
(tests/test_phrases.py compares them, and what they match).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

FILE = "phrases.json"
"""In the claims cache's folder (one of its own files: checker/run/cache.py `PHRASES_NAME`)."""
TAG_FILE = "CACHEDIR.TAG"
"""Written only where this is: a folder the claims cache made its own (checker/run/cache.py)."""
VERSION = 1


class PhraseTokens:
    """Patterns for a PhraseMatcher on `nlp`: a phrase's token hashes when its tokens are kept in `folder`,
    else its Doc (`nlp.make_doc`), as before. `save` writes what this build tokenized."""

    def __init__(self, nlp: Language, folder: str | os.PathLike | None = None) -> None:
        self.nlp = nlp
        self.folder = os.fspath(folder) if folder else None
        self.kept: dict[str, tuple[tuple[str, ...], str]] = {}
        """The phrases read from the file, by text: their tokens' texts and spaces ("0"/"1" a token)."""
        self.used: dict[str, tuple[tuple[str, ...], str]] = {}
        """This build's phrases, as `kept`: to write."""
        self.missed = 0
        """Phrases tokenized in this build (not in the file)."""
        self.identity = tokenizer_identity(nlp) if self.folder else None
        self._lower = nlp.vocab.lex_attr_getters.get(LOWER) if nlp.vocab.lex_attr_getters else None
        self._seal = None
        if self.identity is not None:
            self._seal = _seal()
            if self._seal is not None:
                self.kept = self._read()

    def patterns(self, texts: Iterable[str], attr: str) -> list:
        """What `PhraseMatcher(nlp.vocab, attr=attr).add` is given for these phrases, in order."""
        if self._seal is None:
            return [self.nlp.make_doc(t) for t in texts]
        strings = self.nlp.vocab.strings
        out: list = []
        for text in texts:
            kept = self.kept.get(text)
            if kept is None or (attr == "LOWER" and self._lower is None) or attr not in ("ORTH", "LOWER"):
                doc = self.nlp.make_doc(text)
                if text not in self.used:
                    self.missed += text not in self.kept
                    self.used[text] = (tuple(t.text for t in doc), "".join("1" if t.whitespace_ else "0" for t in doc))
                out.append(doc)
                continue
            self.used[text] = kept
            orths = kept[0]
            if not orths:
                continue  # as the matcher skips an empty Doc
            if attr == "ORTH":
                out.append([strings.add(o) for o in orths])
            else:
                out.append([strings.add(self._lower(o)) for o in orths])
        return out

    def save(self) -> None:
        """Write this build's phrases if any was not in the file, into a folder the claims cache made (a run with
        the cache makes it; one that is someone else's the cache leaves alone, and so does this)."""
        if self._seal is None or not self.missed or not os.path.isfile(os.path.join(self.folder, TAG_FILE)):
            return
        body = json.dumps({"version": VERSION, "tokenizer": self.identity,
                           "phrases": {t: [list(o), s] for t, (o, s) in sorted(self.used.items())}},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path = os.path.join(self.folder, FILE)
        tmp = os.path.join(self.folder, f".{FILE}.{os.getpid()}.{secrets.token_hex(4)}")
        try:
            with open(tmp, "wb") as f:
                f.write(self._seal.close(_context(self.identity), body))
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass

    def _read(self) -> dict[str, tuple[tuple[str, ...], str]]:
        """The file's phrases, or none if it is missing, foreign, for another tokenizer or malformed."""
        from ..run.seal import Foreign

        try:
            with open(os.path.join(self.folder, FILE), "rb") as f:
                sealed = f.read()
            data = json.loads(self._seal.view(_context(self.identity), sealed).tobytes().decode("utf-8"))
        except (OSError, ValueError, Foreign):
            return {}
        if not isinstance(data, dict) or data.get("version") != VERSION or data.get("tokenizer") != self.identity \
                or not isinstance(data.get("phrases"), dict):
            return {}
        out: dict[str, tuple[tuple[str, ...], str]] = {}
        for text, entry in data["phrases"].items():
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], list)
                    and isinstance(entry[1], str) and len(entry[0]) == len(entry[1])
                    and all(isinstance(o, str) and o for o in entry[0]) and set(entry[1]) <= {"0", "1"}):
                return {}
            orths = tuple(entry[0])
            if "".join(o + " " * (s == "1") for o, s in zip(orths, entry[1])) != text:
                return {}  # tokens that do not give back their phrase: not this tokenizer's
            out[text] = (orths, entry[1])
        return out


def _context(identity: str) -> str:
    return f"{FILE}:{VERSION}:{identity}"


def _seal():
    """This user's cache seal, or None if it lasts this run only (a file sealed with it would never be read)."""
    from ..run.seal import user_seal

    seal, notice = user_seal()
    return None if notice is not None else seal


def tokenizer_identity(nlp: Language) -> str | None:
    """A digest of what decides how `nlp.make_doc` splits a text: spaCy's version, the tokenizer's special
    cases, patterns and heuristics. None for a tokenizer it cannot describe (another class, or a function
    that is not a compiled pattern's): no phrases are kept for it."""
    import spacy

    tok = nlp.tokenizer
    if type(tok) is not Tokenizer:
        return None
    parts: list = [spacy.__version__, bool(tok.faster_heuristics)]
    for f in (tok.prefix_search, tok.suffix_search, tok.infix_finditer, tok.token_match, tok.url_match):
        if f is None:
            parts.append(None)
            continue
        pattern = getattr(f, "__self__", None)
        if not hasattr(pattern, "pattern") or not hasattr(pattern, "flags") \
                or getattr(f, "__name__", "") not in ("search", "finditer", "match"):
            return None
        parts.append([f.__name__, pattern.pattern if isinstance(pattern.pattern, str) else None, pattern.flags])
        if not isinstance(pattern.pattern, str):
            return None
    rules = tok.rules
    try:
        parts.append(json.dumps(rules, sort_keys=True, ensure_ascii=False))
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()
