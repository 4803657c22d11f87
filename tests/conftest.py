"""Shared fixtures: the spaCy pipeline and the ruleset are built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.corpus import Document, format_of
from checker.run.engine import run_checks
from checker.extract.pipeline import build_pipeline, extract
from checker.model import Claim, Extraction, Mention, Report
from checker.ruleset import RuleSet, load_ruleset

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_ruleset()


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def extract_texts(nlp):
    """{path: text} → [Extraction], in the order given."""

    def run(texts: dict[str, str]) -> list[Extraction]:
        docs = [Document.from_text(path, text) for path, text in texts.items()]
        return list(extract(nlp, docs))

    return run


@pytest.fixture(scope="session")
def reference_ruleset(ruleset):
    """The rules with the shipped UK general election results attached (`--reference uk-ge`)."""
    from checker.reference.setup import with_reference
    return with_reference(ruleset, ["uk-ge"])


@pytest.fixture(scope="session")
def check_texts_ref(extract_texts, reference_ruleset):
    """{path: text} → the Report of every rule, with `--reference uk-ge`."""

    def run(texts: dict[str, str]) -> Report:
        return run_checks(extract_texts(texts), reference_ruleset)

    return run


@pytest.fixture(scope="session")
def mentions_of(extract_texts):
    """The people, parties, places and regions named in one piece of copy."""

    def run(text: str) -> list[Mention]:
        return list(extract_texts({"copy.txt": text})[0].mentions)

    return run


@pytest.fixture(scope="session")
def claims_of(extract_texts):
    """The claims read from one piece of copy."""

    def run(text: str) -> list[Claim]:
        return list(extract_texts({"copy.txt": text})[0].claims)

    return run


@pytest.fixture(scope="session")
def check_texts(extract_texts, ruleset):
    """{path: text} → the Report of every rule over those articles together."""

    def run(texts: dict[str, str]) -> Report:
        return run_checks(extract_texts(texts), ruleset)

    return run


@pytest.fixture(scope="session")
def read_as(nlp):
    """{path: text} → [Extraction], each read in the format its suffix says (a page's tables, front matter)."""
    return lambda texts: list(extract(nlp, [Document.from_text(p, t, format_of(p)) for p, t in texts.items()]))


@pytest.fixture(scope="session")
def check_as(read_as, ruleset):
    """{path: text} → the Report of every rule, each article read in the format its suffix says."""
    return lambda texts: run_checks(read_as(texts), ruleset)
