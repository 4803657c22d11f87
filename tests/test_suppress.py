"""Inline suppressions on real copy: what they hide, how far they reach, and when they are stale.

The copy is the planted majority-arithmetic article (Hexham: a majority of 13,782 where
the votes give 13,728), with notes added as an editor would, in plain text and Markdown.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.corpus import Document, read_many
from checker.run.engine import run_checks
from checker.extract.pipeline import extract
from checker.model import Finding, Severity
from checker.runner import load_corpus
from checker.suppress import UNUSED_RULE, apply_suppressions, find_suppressions

ROOT = Path(__file__).resolve().parent.parent
PLANTED = (ROOT / "tests" / "articles" / "majority-arithmetic" / "planted.txt").read_text(encoding="utf-8")
INTRO, SLIP, THIRD, FOURTH, TURNOUT = PLANTED.rstrip("\n").split("\n\n")
REPEAT = "Mr Opperman's majority of 13,782 was the biggest in Northumberland."
"""The same slip again, two paragraphs after the slip's own."""


def article(*paras: str) -> str:
    return "\n\n".join(paras) + "\n"


Outcome = tuple[list[Finding], list[Finding], int, list[Finding]]


@pytest.fixture(scope="module")
def outcome(nlp, ruleset):
    """(path, text, format) → (kept, suppressed, count, all findings before suppression)."""

    def run(path: str, text: str, fmt: str = "text", active: list[str] | None = None) -> Outcome:
        doc = Document.from_text(path, text, fmt)
        findings = run_checks(list(extract(nlp, [doc])), ruleset).findings
        kept, suppressed, n = apply_suppressions(findings, [doc], [r.id for r in ruleset.rules], active)
        return kept, suppressed, n, findings

    return run


def rules_at(findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.rule, f.location.line) for f in findings]


# -- reading the notes -----------------------------------------------------------------

def test_notes_are_read_in_both_forms_with_their_rules_and_reach():
    text = article(INTRO, "[ FactCheck :Ignore  majority-arithmetic,share-votes ]\n" + SLIP,
                   "<!--factcheck: IGNORE-->", THIRD, "<!-- factcheck: ignore malformed --> " + FOURTH, TURNOUT)
    doc = Document.from_text("a.md", text, "markdown")
    notes = find_suppressions(doc)
    assert [(s.rules, s.location.line, s.location.column, s.first_line, s.last_line) for s in notes] == [
        (("majority-arithmetic", "share-votes"), 3, 1, 4, 4),
        ((), 6, 1, 8, 8),
        (("malformed",), 10, 1, 10, 10),
    ]
    bracket, comment, inline = notes
    assert (bracket.location.end_line, bracket.location.end_column) == (3, 55)
    assert (comment.location.end_line, comment.location.end_column) == (6, 25)
    # the bracket form is kept in the rendered text; a comment is dropped, so its span there is empty
    assert doc.text[bracket.location.start:bracket.location.end].startswith("[ FactCheck")
    assert comment.location.start == comment.location.end


@pytest.mark.parametrize("spelling", ["factcheck", "FACTCHECK", "FactCheck", "fActChEcK", "factchec\u212a"])
def test_a_note_is_found_however_it_is_cased_in_copy_with_curly_quotes_and_dashes(spelling):
    """Notes are looked for only in copy that names us in some case: that quick test must agree with the
    case-blind pattern, also where the copy is not ASCII and for the Kelvin sign, which matches k."""
    text = article("Labour\u2019s share \u2014 a \u201crecord\u201d \u2014 rose.", f"[{spelling}: ignore]\n" + SLIP)
    [note] = find_suppressions(Document.from_text("a.txt", text))
    assert note.rules == () and note.first_line == note.location.line + 1
    assert find_suppressions(Document.from_text("b.txt", text.replace(spelling, "fact check"))) == []


def test_a_bracket_in_running_text_is_not_a_note():
    text = article(INTRO, SLIP + " [factcheck: ignore majority-arithmetic]")
    assert find_suppressions(Document.from_text("a.txt", text)) == []


@pytest.mark.parametrize("path, fmt, note", [
    ("hexham.txt", "text", "[factcheck: ignore majority-arithmetic]"),
    ("hexham.md", "markdown", "<!-- factcheck: ignore majority-arithmetic -->"),
])
def test_a_note_leaves_extraction_unchanged(extract_texts, nlp, path, fmt, note):
    """The note must not be read as copy: same claims, same sentences, same people."""
    plain = extract_texts({path: PLANTED})[0]
    noted = list(extract(nlp, [Document.from_text(path, article(INTRO, note, SLIP, THIRD, FOURTH, TURNOUT),
                                                  fmt)]))[0]
    assert [(c.kind, c.text, c.sentence, c.subject) for c in noted.claims] == \
        [(c.kind, c.text, c.sentence, c.subject) for c in plain.claims]
    assert sorted((m.kind, m.text, m.name) for m in noted.mentions) == \
        sorted((m.kind, m.text, m.name) for m in plain.mentions)
    assert not noted.unclassified and not noted.malformed


# -- what a note hides -----------------------------------------------------------------

BRACKET = "[factcheck: ignore majority-arithmetic]"


@pytest.mark.parametrize("path, fmt, text", [
    ("hexham.txt", "text", article(INTRO, BRACKET, SLIP, THIRD, FOURTH, TURNOUT)),
    ("hexham.txt", "text", article(INTRO, BRACKET + "\n" + SLIP, THIRD, FOURTH, TURNOUT)),
    ("hexham.md", "markdown", article(INTRO, "<!-- factcheck: ignore majority-arithmetic -->", SLIP, THIRD,
                                      FOURTH, TURNOUT)),
    ("hexham.md", "markdown", article(INTRO, "<!-- factcheck: ignore majority-arithmetic --> " + SLIP, THIRD,
                                      FOURTH, TURNOUT)),
    ("hexham.md", "markdown", article(INTRO, SLIP + " <!-- factcheck: ignore majority-arithmetic -->", THIRD,
                                      FOURTH, TURNOUT)),
    ("hexham.html", "html", article(*(f"<p>{p}</p>" for p in (INTRO, SLIP, THIRD, FOURTH, TURNOUT)))
     .replace("<p>Mr Opperman polled", "<!-- factcheck: ignore majority-arithmetic -->\n<p>Mr Opperman polled")),
])
def test_a_note_hides_the_slip_in_its_paragraph(outcome, path, fmt, text):
    kept, suppressed, n, _ = outcome(path, text, fmt)
    assert kept == []
    assert n == 1 and [(f.rule, f.stated) for f in suppressed] == [("majority-arithmetic", 13782)]


def test_without_a_note_the_slip_is_reported(outcome):
    kept, suppressed, n, _ = outcome("hexham.txt", PLANTED)
    assert rules_at(kept) == [("majority-arithmetic", 3)] and suppressed == [] and n == 0


@pytest.mark.parametrize("note, hidden, shown", [
    ("[factcheck: ignore majority-arithmetic]", "majority-arithmetic", "malformed-number"),
    ("[factcheck: ignore malformed-number]", "malformed-number", "majority-arithmetic"),
    ("[factcheck: ignore malformed]", "malformed-number", "majority-arithmetic"),
    ("[factcheck: ignore majority]", "majority-arithmetic", "malformed-number"),
])
def test_a_note_for_one_rule_does_not_hide_another(outcome, note, hidden, shown):
    """Two slips in one paragraph: '22, 834' is malformed, and the majority is still wrong."""
    text = article(INTRO, note, SLIP.replace("22,834", "22, 834"), THIRD, FOURTH, TURNOUT)
    kept, suppressed, n, found = outcome("hexham.txt", text)
    assert sorted(f.rule for f in found) == ["majority-arithmetic", "malformed-number"]
    assert [f.rule for f in suppressed] == [hidden] and n == 1
    assert [f.rule for f in kept] == [shown]


def test_a_note_with_no_rules_hides_every_rule_in_its_paragraph(outcome):
    text = article(INTRO, "<!-- factcheck: ignore -->", SLIP.replace("22,834", "22, 834"), THIRD, FOURTH, TURNOUT)
    kept, suppressed, n, _ = outcome("hexham.md", text, "markdown")
    assert kept == [] and n == 2
    assert sorted(f.rule for f in suppressed) == ["majority-arithmetic", "malformed-number"]


def test_a_note_reaches_only_the_next_paragraph(outcome):
    text = article(INTRO, "[factcheck: ignore majority-arithmetic]", SLIP, THIRD, FOURTH, REPEAT, TURNOUT)
    kept, suppressed, n, found = outcome("hexham.txt", text)
    assert rules_at(found) == [("majority-arithmetic", 5), ("majority-arithmetic", 11)]
    assert rules_at(suppressed) == [("majority-arithmetic", 5)] and n == 1
    assert rules_at(kept) == [("majority-arithmetic", 11)]


def test_notes_stacked_above_one_paragraph_all_reach_it(outcome):
    text = article(INTRO, "<!-- factcheck: ignore malformed -->\n<!-- factcheck: ignore majority-arithmetic -->",
                   SLIP.replace("22,834", "22, 834"), THIRD, FOURTH, TURNOUT)
    kept, suppressed, n, _ = outcome("hexham.md", text, "markdown")
    assert kept == [] and n == 2


def test_notes_in_one_record_of_a_jsonl_file_do_not_reach_another(outcome, nlp, ruleset, tmp_path):
    path = tmp_path / "wire.jsonl"
    noted = article(INTRO, "[factcheck: ignore majority-arithmetic]", SLIP, THIRD, FOURTH, TURNOUT)
    records = [{"id": 1, "title": "Hexham", "body": PLANTED}, {"id": 2, "title": "Hexham", "body": noted}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = read_many(str(path))
    assert all(isinstance(d, Document) for d in docs)
    findings = run_checks(list(extract(nlp, docs)), ruleset).findings
    kept, suppressed, n = apply_suppressions(findings, docs, [r.id for r in ruleset.rules])
    assert [(f.rule, f.location.record) for f in kept] == [("majority-arithmetic", 1)]
    assert [(f.rule, f.location.record) for f in suppressed] == [("majority-arithmetic", 2)] and n == 1


def test_the_corpus_without_notes_is_unchanged(nlp, ruleset):
    corpus = load_corpus([str(ROOT / "corpus")])
    findings = run_checks(list(extract(nlp, corpus.documents)), ruleset).findings
    assert len(findings) == 4
    assert apply_suppressions(findings, corpus.documents, [r.id for r in ruleset.rules]) == (findings, [], 0)


# -- stale and mistaken notes ----------------------------------------------------------

def unused(kept: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.location.line, f.location.column, f.message) for f in kept if f.rule == UNUSED_RULE]


def test_a_note_above_the_wrong_paragraph_is_reported_and_hides_nothing(outcome):
    text = article(INTRO, SLIP, "[factcheck: ignore majority-arithmetic]", THIRD, FOURTH, TURNOUT)
    kept, suppressed, n, _ = outcome("hexham.txt", text)
    assert suppressed == [] and n == 0
    assert unused(kept) == [(5, 1, "suppression of 'majority-arithmetic' matched nothing in the next paragraph")]
    warning = next(f for f in kept if f.rule == UNUSED_RULE)
    assert warning.severity is Severity.WARNING
    assert (warning.location.path, warning.location.end_line, warning.location.end_column) == ("hexham.txt", 5, 40)
    assert text[warning.location.start:warning.location.end] == "[factcheck: ignore majority-arithmetic]"
    assert rules_at(kept) == [("majority-arithmetic", 3), (UNUSED_RULE, 5)]


def test_only_the_ids_that_hid_nothing_are_reported(outcome):
    note = "<!-- factcheck: ignore majority-arithmetic, share-votes -->"
    kept, suppressed, n, _ = outcome("hexham.md", article(INTRO, note, SLIP, THIRD, FOURTH, TURNOUT), "markdown")
    assert n == 1
    assert unused(kept) == [(3, 1, "suppression of 'share-votes' matched nothing in the next paragraph")]


def test_a_note_for_all_rules_that_hides_nothing_is_reported(outcome):
    kept, _, n, _ = outcome("hexham.md", article(INTRO, SLIP, THIRD, FOURTH, "<!-- factcheck: ignore -->"),
                            "markdown")
    assert n == 0
    assert unused(kept) == [(9, 1, "suppression of all rules matched nothing in the next paragraph")]


def test_an_unknown_rule_is_reported_with_the_nearest_known_one(outcome):
    text = article(INTRO, "[factcheck: ignore majority-arithmatic]", SLIP, THIRD, FOURTH, TURNOUT)
    kept, suppressed, n, _ = outcome("hexham.txt", text)
    assert n == 0 and suppressed == []
    assert unused(kept) == [(3, 1, "suppression names an unknown rule 'majority-arithmatic'")]
    assert next(f for f in kept if f.rule == UNUSED_RULE).suggestion == "did you mean 'majority-arithmetic'?"
    assert ("majority-arithmetic", 5) in rules_at(kept)


def test_a_note_for_a_rule_that_did_not_run_is_not_called_unused(outcome):
    text = article(INTRO, "[factcheck: ignore majority-arithmetic, nonsense]", THIRD, FOURTH, TURNOUT)
    kept, _, _, _ = outcome("hexham.txt", text, active=["malformed-number"])
    assert unused(kept) == [(3, 1, "suppression names an unknown rule 'nonsense'")]


def test_an_unclosed_note_does_not_swallow_the_copy_up_to_a_later_comment():
    text = article(INTRO, "<!-- factcheck: ignore majority-arithmetic ->", SLIP, "<!-- picture: count at Hexham -->",
                   THIRD)
    assert find_suppressions(Document.from_text("a.md", text, "markdown")) == []


def test_a_note_may_span_lines_in_html():
    text = f"<p>{INTRO}</p>\n\n<!--\n  factcheck: ignore\n  majority-arithmetic\n-->\n<p>{SLIP}</p>\n\n<p>{THIRD}</p>\n"
    [note] = find_suppressions(Document.from_text("a.html", text, "html"))
    assert (note.rules, note.location.line, note.location.end_line, note.first_line, note.last_line) == \
        (("majority-arithmetic",), 3, 6, 7, 7)


# -- what SARIF says about a suppressed finding ------------------------------------------

def test_the_note_that_hid_a_finding_is_found_with_its_text(outcome):
    from checker.suppress import covering_note

    note = "<!-- factcheck:  ignore\n majority-arithmetic -->"
    text = article(INTRO, note, SLIP, THIRD, FOURTH, TURNOUT)
    doc = Document.from_text("hexham.md", text, "markdown")
    _, suppressed, n, findings = outcome("hexham.md", text, "markdown")
    assert n == 1
    [found] = find_suppressions(doc)
    assert found.text == "<!-- factcheck: ignore majority-arithmetic -->"  # as written, on one line
    assert covering_note({"hexham.md": [found]}, suppressed[0]) == found
    assert covering_note({"hexham.md": [found]}, findings[0]) == found
    assert covering_note({}, suppressed[0]) is None
