"""Extraction output must not change by accident: a digest in the repo, a full golden dump outside it.

Speed work on checker/extract/ must leave every Extraction exactly as it was. Two guards:

* pytest: the extractions (claims with every field, mentions, malformed and unclassified
  numbers) of tests/gold/ and corpus/ hash to the sha256 in tests/fixtures/extract_digest.txt.
  Any change in what extraction reads fails it; a deliberate change is re-recorded with
  `python tests/test_extract_equivalence.py --record-digest`.
* script: `--record` dumps every Extraction of tests/gold, tests/fixtures, corpus/,
  tests/articles and a generated bench corpus of 200 articles to /tmp/extract_golden.json
  (too big for the repo); `--check` compares against it and prints the first differences.
  Record from the unmodified code, then check after every optimisation.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker.corpus import Document, discover, read_many  # noqa: E402
from checker.extract.pipeline import extract  # noqa: E402
from checker.model import Extraction  # noqa: E402

DIGEST_FILE = ROOT / "tests" / "fixtures" / "extract_digest.txt"
DIGEST_DIRS = ("tests/gold", "corpus")
"""Small and varied enough for a per-run test (about two seconds of extraction)."""
GOLDEN_DIRS = ("tests/gold", "tests/fixtures", "corpus", "tests/articles")
GOLDEN_FILE = Path("/tmp/extract_golden.json")
BENCH_ARTICLES = 200
BENCH_SEED = 7


def plain(value: Any) -> Any:
    """A JSON-able copy of a model value: dataclasses as dicts (every field), enums by value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float) and value != value:
        return "NaN"
    return value


def documents_under(dirs: tuple[str, ...]) -> list[Document]:
    """Every readable article under `dirs`, paths relative to the repository, in a stable order."""
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths as written are part of every Location
    try:
        paths = [p for p in discover(list(dirs)) if Path(p).resolve() != DIGEST_FILE]  # not an article
        docs = [d for path in paths for d in read_many(path) if isinstance(d, Document)]
    finally:
        os.chdir(cwd)
    return docs


def bench_documents(n: int = BENCH_ARTICLES, seed: int = BENCH_SEED) -> list[Document]:
    """The first `n` articles bench/generate.py writes for `seed`, named 'bench/<file>'."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory(prefix="extract-golden-") as tmp:
        out = Path(tmp) / "corpus"
        generate(out, n, seed)
        return [Document.from_text(f"bench/{p.name}", p.read_text(encoding="utf-8"))
                for p in sorted(out.glob("*.txt"))]


def dump(extractions: Iterator[Extraction]) -> dict[str, Any]:
    """Extractions keyed by document path (a JSON Lines record's path names its record)."""
    return {e.path: plain(e) for e in extractions}


def digest(dumped: dict[str, Any]) -> str:
    """sha256 of the canonical JSON of a dump: one line to check in."""
    text = json.dumps(dumped, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_differences(old: Any, new: Any, where: str = "", limit: int = 20) -> list[str]:
    """Paths into two dumps where they differ, at most `limit`, for a readable failure."""
    out: list[str] = []

    def walk(a: Any, b: Any, at: str) -> None:
        if len(out) >= limit or a == b:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for k in sorted(set(a) | set(b)):
                if k not in a or k not in b:
                    out.append(f"{at}/{k}: only in {'new' if k not in a else 'old'}")
                else:
                    walk(a[k], b[k], f"{at}/{k}")
            return
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for k, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{at}[{k}]")
            return
        out.append(f"{at}: {json.dumps(a, ensure_ascii=False)[:300]} != {json.dumps(b, ensure_ascii=False)[:300]}")

    walk(old, new, where)
    return out


# -- pytest ---------------------------------------------------------------------------------


def test_extraction_of_gold_and_corpus_is_unchanged(nlp) -> None:
    dumped = dump(extract(nlp, documents_under(DIGEST_DIRS)))
    assert len(dumped) >= 50 and sum(len(e["claims"]) for e in dumped.values()) > 500
    expected = DIGEST_FILE.read_text(encoding="utf-8").split()[0]
    assert digest(dumped) == expected, (
        "extraction output changed; if that is intended, re-record with "
        "`python tests/test_extract_equivalence.py --record-digest`")


def test_digest_sees_a_changed_claim(nlp) -> None:
    """The digest covers claim fields, not just their number: one edited subject changes it."""
    dumped = dump(extract(nlp, documents_under(("corpus",))))
    before = digest(dumped)
    first = next(e for e in dumped.values() if e["claims"])
    first["claims"][0]["subject"] = "Somebody Else"
    assert digest(dumped) != before


# -- script ---------------------------------------------------------------------------------


def _golden(nlp) -> dict[str, Any]:
    return dump(extract(nlp, documents_under(GOLDEN_DIRS) + bench_documents()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", action="store_true", help=f"write the golden dump to {GOLDEN_FILE}")
    mode.add_argument("--check", action="store_true", help="compare extraction with the golden dump")
    mode.add_argument("--record-digest", action="store_true", help=f"rewrite {DIGEST_FILE.relative_to(ROOT)}")
    ap.add_argument("--golden", type=Path, default=GOLDEN_FILE)
    a = ap.parse_args()

    from checker.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    if a.record_digest:
        value = digest(dump(extract(nlp, documents_under(DIGEST_DIRS))))
        DIGEST_FILE.write_text(f"{value}  extractions of {' and '.join(DIGEST_DIRS)}\n", encoding="utf-8")
        print(value)
        return 0
    new = _golden(nlp)
    if a.record:
        a.golden.write_text(json.dumps(new, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"recorded {len(new)} extractions, {sum(len(e['claims']) for e in new.values())} claims, to {a.golden}")
        return 0
    old = json.loads(a.golden.read_text(encoding="utf-8"))
    new = json.loads(json.dumps(new, ensure_ascii=False, sort_keys=True))  # same float/tuple spelling as the file
    diffs = first_differences(old, new)
    if diffs:
        print(f"DIFFERENT from {a.golden}:", *diffs, sep="\n  ")
        return 1
    print(f"identical: {len(new)} extractions, {sum(len(e['claims']) for e in new.values())} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
