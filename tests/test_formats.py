"""Markdown, HTML and JSON Lines input: read as prose, positions in the file as written."""

from __future__ import annotations

import json
from pathlib import Path

from checker.corpus import Document, read_many
from checker.run.engine import run_checks
from checker.extract.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent

HTML = """<!DOCTYPE html>
<html><head><title>Result: 99,999 votes</title><style>p { color: red }</style></head>
<body>
<h1>Bishop Auckland elects its first Conservative MP</h1>
<p>Dehenna Davison won 24,067 votes; Labour&rsquo;s Helen Goodman finished second on 16,105.</p>
<p>That gave the new MP a majority of 7,692.</p>
<table><caption>Bishop Auckland: result</caption>
<tr><th>Candidate</th><th>Party</th><th>Votes</th><th>Share (%)</th></tr>
<tr><td>Dehenna Davison</td><td>Conservative</td><td>24,067</td><td>53.7</td></tr>
<tr><td>Helen Goodman</td><td>Labour</td><td>16,105</td><td>35.9</td></tr>
</table>
</body></html>
"""

MARKDOWN = """# Bassetlaw: **Tories** take the seat

Brendan Clarke-Smith took [Bassetlaw](https://example.org/bassetlaw) for the Conservatives.

| Candidate | Party | Votes | Share (%) | Change (pts) |
|---|---|---:|---:|---:|
| Brendan Clarke-Smith | Conservative | 28,078 | 55.2 | +11.9 |
| Keir Morrison | Labour | 14,065 | 27.7 | -24.9 |
"""


def _claims(nlp, path: str, text: str, fmt: str):
    doc = Document.from_text(path, text, fmt)
    return doc, next(extract(nlp, [doc]))


def test_html_positions_are_in_the_file_as_written(nlp, ruleset) -> None:
    doc, ex = _claims(nlp, "auckland.html", HTML, "html")
    texts = {c.text for c in ex.claims}
    assert "99,999" not in texts, "<head> is not copy"
    votes = [c for c in ex.claims if c.text == "24,067"]
    assert len(votes) == 2  # the paragraph and the table row
    lines = HTML.splitlines()
    for c in ex.claims:
        line = lines[c.location.line - 1]
        assert line[c.location.column - 1: c.location.end_column - 1] == c.text
    table = next(c for c in votes if c.location.line == 9)
    assert (table.kind.value, table.subject, table.party, table.place) == (
        "votes", "Dehenna Davison", "Conservative", "Bishop Auckland")
    share = next(c for c in ex.claims if c.text == "35.9")
    assert (share.kind.value, share.subject, share.unit) == ("share", "Helen Goodman", "percent")
    report = run_checks([ex], ruleset)
    (f,) = [f for f in report.findings if f.rule == "majority-arithmetic"]
    assert (f.location.line, f.stated, f.expected) == (6, 7692, 7962)


def test_markdown_table_is_read_by_column(nlp) -> None:
    doc, ex = _claims(nlp, "bassetlaw.md", MARKDOWN, "markdown")
    by_text = {c.text: c for c in ex.claims}
    assert by_text["28,078"].kind.value == "votes" and by_text["28,078"].subject == "Brendan Clarke-Smith"
    assert by_text["55.2"].kind.value == "share"
    assert by_text["-24.9"].kind.value == "share_change" and by_text["-24.9"].value == -24.9
    assert by_text["-24.9"].subject == "Keir Morrison" and by_text["-24.9"].place == "Bassetlaw"
    row = MARKDOWN.splitlines()[7]
    assert (by_text["14,065"].location.line, by_text["14,065"].location.column) == (8, row.index("14,065") + 1)


def test_json_lines_records_are_articles_with_record_positions(tmp_path: Path, nlp, ruleset) -> None:
    path = tmp_path / "wire.jsonl"
    records = [
        {"id": "a", "title": "Hexham", "body": "Conservative Guy Opperman held Hexham with 22,834 votes. Labour's "
                                               "Liam Carr came second on 9,106.\nMr Opperman's majority was 13,782."},
        {"id": "b"},
        {"id": "c", "title": "Hexham again", "body": "Guy Opperman won Hexham by 13,728 votes."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{oops\n", encoding="utf-8")
    got = read_many(str(path))
    docs = [d for d in got if isinstance(d, Document)]
    problems = [p for p in got if not isinstance(p, Document)]
    assert [d.record for d in docs] == [1, 3]
    assert [(p.record, "body" in p.reason or "JSON" in p.reason) for p in problems] == [(2, True), (4, True)]
    report = run_checks(list(extract(nlp, docs)), ruleset)
    wrong = next(f for f in report.findings if f.rule == "majority-arithmetic")
    loc = wrong.location
    assert (loc.shown_path, loc.record, loc.line) == (str(path), 1, 4)  # title, blank line, body line 1, line 2
    assert (wrong.stated, wrong.expected) == (13782, 13728)
    assert any(f.rule == "agreement" and f.location.record == 3 for f in report.findings)


def test_a_comment_over_several_lines_in_markdown_is_not_copy(claims_of) -> None:
    """An editor's aside (or a factcheck note) spread over lines must not be read as figures."""
    from checker.corpus import Document

    src = ("Ms Reid held Fife North with 9,311 votes.\n\n<!-- note to desk:\n  check the 4,000 majority\n"
           "  with the count -->\n\nTurnout was <!-- was 61? --> 64.2 per cent.\n")
    doc = Document.from_text("fife.md", src, "markdown")
    assert "4,000" not in doc.text and "note to desk" not in doc.text and "was 61" not in doc.text
    assert doc.text.count("\n\n") >= 2, "the comment keeps the paragraphs apart"
    at = doc.text.index("64.2")
    assert src[doc.source_offset(at):doc.source_offset(at) + 4] == "64.2"
