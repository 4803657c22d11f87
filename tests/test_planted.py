"""One article per rule with one planted discrepancy, and its corrected twin.

tests/articles/<rule>/planted.txt holds the slip; corrected.txt is the same article with
only that slip fixed. For agreement the slip is between two articles, so the rule has a
planted/ and a corrected/ folder, each with a.txt and b.txt.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from checker.model import Severity
from checker.ruleset import load_ruleset

ARTICLES = Path(__file__).resolve().parent / "articles"
RULESET = load_ruleset()

# rule → where the planted slip is, what is written there, and the arithmetic the rule does.
PLANTED = {
    "affiliation": dict(path="planted.txt", line=7, at="John Stevenson"),
    "agreement": dict(path="b.txt", line=3, at="442", stated=442, expected=422),
    "direction": dict(path="planted.txt", line=3, stated=795),
    "majority-arithmetic": dict(path="planted.txt", line=3, at="13,782", stated=13782, expected=13728),
    "majority-exceeds-votes": dict(path="planted.txt", line=1, at="13,082", stated=13082, expected=10347),
    "malformed-number": dict(path="planted.txt", line=3, at="11, 596", suggestion="11,596"),
    "name-variant": dict(path="planted.txt", line=5, at="Wirrall West", suggestion="Wirral West"),
    "part-exceeds-whole": dict(path="planted.txt", line=1, at="65", stated=65, expected=59),
    "runner-up-exceeds-winner": dict(path="planted.txt", line=3, at="29,964", stated=29964, expected=25769),
    "seat-sum": dict(path="planted.txt", line=3, stated=677, expected=650),
    "share-over-100": dict(path="planted.txt", line=3, at="159.7", stated=159.7, expected=100),
    "share-votes": dict(path="planted.txt", line=3, at="31.2", stated=31.2, expected=25.2),
    "threshold": dict(path="planted.txt", line=3, stated=321, expected=326),
}

# Cases where the checker misses what an editor would expect; each is a strict xfail.
MISSES: dict[tuple[str, str], str] = {}


def _param(rule_id, test):
    reason = MISSES.get((rule_id, test))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(rule_id, marks=marks, id=rule_id)


def params(test):
    return [_param(r, test) for r in sorted(PLANTED)]


def _texts(rule_id: str, twin: str) -> dict[str, str]:
    base = ARTICLES / rule_id
    if (base / twin).is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in sorted((base / twin).glob("*.txt"))}
    return {f"{twin}.txt": (base / f"{twin}.txt").read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def reports(check_texts):
    cache = {}

    def get(rule_id, twin):
        if (rule_id, twin) not in cache:
            cache[rule_id, twin] = check_texts(_texts(rule_id, twin))
        return cache[rule_id, twin]

    return get


def test_every_rule_has_a_planted_article():
    assert set(PLANTED) <= {r.id for r in RULESET.rules}
    assert len(PLANTED) == 13
    assert sorted(p.name for p in ARTICLES.iterdir() if p.is_dir()) == sorted(PLANTED)


def _twins(rule_id: str) -> list[tuple[str, str, str]]:
    """(name of the planted file, planted text, corrected text) for each article of the rule."""
    planted, corrected = _texts(rule_id, "planted"), _texts(rule_id, "corrected")
    if list(planted) == ["planted.txt"]:
        return [("planted.txt", planted["planted.txt"], corrected["corrected.txt"])]
    assert sorted(planted) == sorted(corrected)
    return [(name, planted[name], corrected[name]) for name in sorted(planted)]


@pytest.mark.parametrize("rule_id", sorted(PLANTED))
def test_twins_differ_only_in_the_planted_slip(rule_id):
    changed = []
    for name, planted, corrected in _twins(rule_id):
        a, b = planted.split(), corrected.split()
        ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
        changed += [(name, op[0], a[op[1]:op[2]], b[op[3]:op[4]]) for op in ops]
        assert 80 <= len(a) <= 260, f"{rule_id}/{name} should read like a short news story"
    assert len(changed) == 1, changed
    name, op, _, _ = changed[0]
    assert (name, op) == (PLANTED[rule_id]["path"], "replace")


@pytest.mark.parametrize("rule_id", params("fires"))
def test_planted_slip_fires_the_rule_at_its_line(reports, rule_id):
    want = PLANTED[rule_id]
    fired = [f for f in reports(rule_id, "planted").findings if f.rule == rule_id]
    assert [(f.location.path, f.location.line) for f in fired] == [(want["path"], want["line"])]
    (f,) = fired
    assert f.severity is RULESET.rule(rule_id).severity
    if "at" in want:
        text = _texts(rule_id, "planted")[want["path"]]
        assert text[f.location.start:f.location.end] == want["at"]
    if "suggestion" in want:
        assert f.suggestion == want["suggestion"]


# A slip another rule also proves: the second article of the agreement pair gives the votes
# too, so its wrong margin is also not the difference of those votes.
ALSO = {"agreement": {"majority-arithmetic"}}


@pytest.mark.parametrize("rule_id", params("only"))
def test_planted_slip_fires_nothing_else(reports, rule_id):
    rules = [f.rule for f in reports(rule_id, "planted").findings]
    assert rule_id in rules and set(rules) <= {rule_id} | ALSO.get(rule_id, set())


@pytest.mark.parametrize("rule_id", [_param(r, "arithmetic") for r in sorted(PLANTED) if "stated" in PLANTED[r]])
def test_planted_finding_carries_the_arithmetic(reports, rule_id):
    want = PLANTED[rule_id]
    (f,) = [f for f in reports(rule_id, "planted").findings if f.rule == rule_id]
    assert f.stated == pytest.approx(want["stated"])
    if "expected" in want:
        assert f.expected == pytest.approx(want["expected"], abs=0.05)


@pytest.mark.parametrize("rule_id", params("corrected"))
def test_corrected_twin_has_no_error_and_no_finding_of_the_rule(reports, rule_id):
    report = reports(rule_id, "corrected")
    assert report.errors == 0
    assert [f for f in report.findings if f.rule == rule_id] == []


@pytest.mark.parametrize("rule_id", params("clean"))
def test_corrected_twin_is_clean(reports, rule_id):
    findings = reports(rule_id, "corrected").findings
    assert [(f.rule, f.location.line, f.message) for f in findings] == []
    assert all(f.severity is not Severity.ERROR for f in findings)
