"""Issue 14, "No input may stall or abort the run": hostile copy and corpora, each item a test.

1. Time grows linearly with the input (runs of "a", of "[", of "<a", unclosed <script> and <!--,
   nested brackets, long runs of figures …): a 10× bigger input may take at most about 10× longer.
2. An article over 1,000,000 characters is checked, not a spaCy error that stops the run.
3. One bad JSON Lines record is a read-error warning for that record; the others are checked.
4. A named pipe (FIFO) in a folder is skipped with a note, never opened; named on the command line
   it is a one-line error.
5. A symlink out of the folders checked is not read (nor a symlinked folder out of them walked).
6. Invisible characters and other scripts' digits do not change a figure; the figure is reported as
   malformed, at its place in the file as written.
7. A `model` that is no spaCy pipeline package is a one-line user error.

Timing tests compare growth, not absolute speed: the input ten times bigger must take less than
twenty times as long (the best of a few runs each, and never less than FLOOR seconds for the small
one, so a fast machine's noise cannot fail them). Quadratic code takes a hundred times as long.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.corpus import Document, ReadProblem, Skipped, decode_many, discover, normalise, read_many
from checker.extract.pipeline import extract, make_doc
from checker.markup import _MD_TABLE_RULE, _comments, _inline, _tags, render
from checker.numbers import find_numbers

ROOT = Path(__file__).resolve().parent.parent

FLOOR = 0.05
"""Seconds: the small input's time is taken as at least this, so noise on a tiny time cannot fail a test."""
GROWTH = 20
"""The most a 10× bigger input may multiply the time by (linear is 10, quadratic 100)."""


def best_time(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def assert_linear(run: Callable[[int], object], small: int, what: str) -> None:
    """`run(n)` for n = small and 10 × small grows about linearly (see the module docstring)."""
    run(small)  # warm up: lazily built tables
    t1 = best_time(lambda: run(small), 3)
    limit = GROWTH * max(t1, FLOOR)
    t2 = best_time(lambda: run(small * 10), 1)
    if t2 >= limit:  # a hiccup, or quadratic: once more to tell
        t2 = min(t2, best_time(lambda: run(small * 10), 1))
    assert t2 < limit, f"{what}: {small:,} took {t1:.3f} s, {small * 10:,} took {t2:.3f} s"


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


_calls = iter(range(10**9))


def varied(text: str) -> str:
    """`text` with a word no other call has in its middle: spaCy's tokenizer caches what it made of
    each stretch without spaces, and a repeat of the same text would time the cache."""
    middle = len(text) // 2
    return f"{text[:middle]}v{next(_calls)}{text[middle:]}"


PLANTED = (ROOT / "tests" / "articles" / "majority-arithmetic" / "planted.txt").read_text(encoding="utf-8")
"""The Hexham report with a majority of 13,782 where the votes give 13,728: one majority-arithmetic error."""


def factcheck(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=timeout)


# -- 1. linear time ---------------------------------------------------------------------------------

HOSTILE = {
    # name: (format, text of about n characters, the small n). Each took quadratic time: "a a a" 60 KB
    # over 150 s (numbers._words_from), "[" × 20,000 43 s (spaCy's suffix search), "<a " × 20,000 in
    # HTML 100 s (a lazy tag regex), 50k nested brackets over 120 s; the rest were found on the way.
    "a a a": ("text", lambda n: repeat("a ", n), 2_000),
    "half a half a": ("text", lambda n: repeat("half a ", n), 2_000),
    "one one one": ("text", lambda n: repeat("one ", n), 2_000),
    "1 1 1": ("text", lambda n: repeat("1 ", n), 2_000),
    "[[[": ("text", lambda n: "[" * n, 2_000),
    "]]]": ("text", lambda n: "]" * n, 2_000),
    "((( )))": ("text", lambda n: "(" * (n // 2) + ")" * (n // 2), 2_000),
    "'''": ("text", lambda n: "'" * n, 1_000),
    "'s's's": ("text", lambda n: repeat("'s", n), 2_000),
    "html <a <a": ("html", lambda n: repeat("<a ", n), 2_000),
    "html <script> unclosed": ("html", lambda n: repeat("<script>", n), 10_000),
    "html <!-- unclosed": ("html", lambda n: repeat("<!--", n), 4_000),
    "html comments and tags": ("html", lambda n: repeat("<!----><p>", n), 10_000),
    "md [[[": ("markdown", lambda n: "[" * n, 2_000),
    "md <a <a": ("markdown", lambda n: repeat("<a ", n), 2_000),
    "md <!-- unclosed": ("markdown", lambda n: repeat("<!--", n), 4_000),
    "md comments over lines": ("markdown", lambda n: repeat("<!--\n-->\n", n), 10_000),
    "md a line of spaces": ("markdown", lambda n: " " * n + "x", 4_000),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_reading_hostile_copy_takes_linear_time(name: str, nlp) -> None:
    fmt, make, small = HOSTILE[name]

    def run(n: int) -> None:
        list(extract(nlp, [Document.from_text(f"hostile.{fmt}", varied(make(n)), fmt)]))

    assert_linear(run, small, name)


def test_number_words_take_linear_time() -> None:
    assert_linear(lambda n: find_numbers(repeat("a ", n)), 5_000, "find_numbers('a a a …')")
    assert_linear(lambda n: find_numbers(repeat("one ", n)), 5_000, "find_numbers('one one one …')")


def test_reading_hostile_copy_stops_nothing(check_texts) -> None:
    """Inputs that stopped the run: a number in words without end ("one hundred and one hundred and …"
    grew past a float), a figure of 5,000 digits (past int()'s limit where its correction is printed)."""
    texts = [repeat("one hundred and ", 20_000), "Labour won " + "1," * 5_000 + "1 votes.",
             "Turnout was 1." + "1" * 5_000 + " per cent.", "Labour polled 1" + "a" * 5_000 + " votes."]
    for text in texts:
        report = check_texts({"copy.txt": text})
        assert all(len(f.message) < 300 for f in report.findings)


def test_a_long_punctuation_run_keeps_its_text_and_copy_its_tokens(nlp) -> None:
    copy = (ROOT / "corpus" / "000_d4610d365ca6d503.txt").read_text(encoding="utf-8")
    assert [t.text for t in make_doc(nlp, copy)] == [t.text for t in nlp.make_doc(copy)]
    hostile = "Labour won " + "[" * 5_000 + " 1,234 votes " + "'s" * 3_000 + " and " + "x" * 3_000
    doc = make_doc(nlp, hostile)
    assert doc.text == hostile
    assert "1,234" in [t.text for t in doc]


# -- the rewritten markup scanners read normal copy exactly as the regexes they replace -------------

_OLD_MD_INLINE = re.compile(
    r"\[([^\]\n]*)\]\([^)\n]*\)|!\[[^\]\n]*\]\([^)\n]*\)|\*\*|__|(?<!\w)\*(?=\S)|(?<=[^\s\d])\*(?!\w)|`"
    r"|<!--.*?-->|</?[a-zA-Z][^>\n]*>", re.S)
_OLD_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_OLD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_OLD_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")


def test_the_linear_markup_scanners_find_what_the_regexes_found() -> None:
    rng = random.Random(14)
    pieces = ["[", "]", "(", ")", "![", "*", "**", "_", "__", "`", "<", ">", "<!--", "-->", "-", "a", "1", " ",
              "<a", "</b", "|", ":", "---", "&amp;", "&#65;", "\t"]
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        old = [(m.start(), m.end(), *(m.span(1) if m.group(1) is not None else (None, None)))
               for m in _OLD_MD_INLINE.finditer(line)]
        assert list(_inline(line, 0, len(line))) == old, line
        assert bool(_MD_TABLE_RULE.match(line)) == bool(_OLD_TABLE_RULE.match(line)), line
        assert [m.span() for m in _tags(line)] == [m.span() for m in _OLD_TAG.finditer(line)], line
        text = line.replace("\t", "\n")
        assert _comments(text) == [m.span() for m in _OLD_MD_COMMENT.finditer(text) if "\n" in m.group()], text


def test_an_unclosed_script_or_comment_runs_to_the_end() -> None:
    page = "<p>Labour won 100 votes.</p><script>var x = '<p>9 votes</p>';<!-- <p>8 votes</p>"
    assert render(page, "html").text.strip() == "Labour won 100 votes."
    page = "<p>Labour won 100 votes.</p><!-- <p>8 votes</p>"
    assert render(page, "html").text.strip() == "Labour won 100 votes."
    page = "<head><title>Result</title><p>Labour won 100 votes.</p>"  # </head> may be left out
    assert "Labour won 100 votes." in render(page, "html").text


# -- 2. an article over 1,000,000 characters ----------------------------------------------------------

def test_an_article_over_a_million_characters_is_checked(tmp_path: Path) -> None:
    """spaCy's nlp.max_length (1,000,000) stopped the whole run (exit 2, E088)."""
    long = "Labour held the seat.\n\n" * 48_000 + PLANTED  # the figures at the very end
    assert len(long) > 1_000_000
    (tmp_path / "live-blog.txt").write_text(long, encoding="utf-8")
    (tmp_path / "short.txt").write_text(PLANTED, encoding="utf-8")
    run = factcheck("--no-cache", "-f", "json", "live-blog.txt", "short.txt", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    assert report["summary"]["files"] == 2
    assert {f["path"] for f in report["findings"] if f["rule"] == "majority-arithmetic"} == {"live-blog.txt",
                                                                                          "short.txt"}


# -- 3. bad JSON Lines records ----------------------------------------------------------------------

def test_each_bad_json_lines_record_is_a_read_error_and_the_rest_are_checked() -> None:
    records = [
        "[" * 100_000,                                           # RecursionError in json
        '{"id": ' + "9" * 5_000 + ', "body": "Labour won 5 votes."}',  # past int()'s 4,300 digits
        '{"body": "Labour won 7 votes \\ud800."}',               # a lone surrogate: not text
        '{"body": "Labour won 8 votes.\u2028The Greens won 3."}',  # U+2028 may stand in a JSON string
        '{"body": "Labour won 9 votes."}',
    ]
    got = decode_many("wire.jsonl", "\n".join(records).encode("utf-8"))
    problems = {p.record: p.reason for p in got if isinstance(p, ReadProblem)}
    assert set(problems) == {1, 2, 3}
    assert "nested too deeply" in problems[1] and "number too long" in problems[2] and "surrogate" in problems[3]
    assert [d.record for d in got if isinstance(d, Document)] == [4, 5]


def test_bad_json_lines_records_do_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "wire.jsonl").write_text("[" * 100_000 + '\n{"id": ' + "9" * 5_000 + ', "body": "x"}\n'
                                         + json.dumps({"body": PLANTED}) + "\n",
                                         encoding="utf-8")
    run = factcheck("--no-cache", "-f", "json", "wire.jsonl", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    rules = sorted((f["rule"], f.get("record")) for f in json.loads(run.stdout)["findings"])
    assert ("majority-arithmetic", 3) in rules and ("read-error", 1) in rules and ("read-error", 2) in rules


# -- 4. named pipes ---------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "copy").mkdir()
    os.mkfifo(tmp_path / "copy" / "pipe.txt")
    (tmp_path / "copy" / "story.txt").write_text(PLANTED, encoding="utf-8")
    try:
        run = factcheck("--no-cache", "-f", "json", "copy", cwd=tmp_path, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("factcheck blocked reading a named pipe")
    assert run.returncode == 1, run.stderr
    findings = {(f["path"], f["rule"]): f["message"] for f in json.loads(run.stdout)["findings"]}
    assert "named pipe" in findings[("copy/pipe.txt", "read-error")]
    assert ("copy/story.txt", "majority-arithmetic") in findings


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_or_device_on_the_command_line_is_a_one_line_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    for path in ("pipe.txt", os.devnull):
        try:
            run = factcheck("--no-cache", path, cwd=tmp_path, timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail(f"factcheck blocked reading {path}")
        assert run.returncode == 2 and run.stdout == ""
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and "not a file or folder" in lines[0], run.stderr


# -- 5. symlinks ------------------------------------------------------------------------------------

SECRET = "root:x:0:0:the secret line of a file outside the corpus"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlink_out_of_the_folders_checked_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "passwd.txt").write_text(SECRET + "\n", encoding="utf-8")
    (outside / "folder" / "more.txt").write_text(SECRET + "\n", encoding="utf-8")
    copy = tmp_path / "copy"
    (copy / "sub").mkdir(parents=True)
    (copy / "sub" / "story.txt").write_text(PLANTED, encoding="utf-8")
    os.symlink(outside / "passwd.txt", copy / "passwd.txt")
    os.symlink(outside / "folder", copy / "folder")
    os.symlink(Path("sub") / "story.txt", copy / "inside.txt")  # stays in the folder checked: read
    run = factcheck("--no-cache", "-f", "json", "-o", "report.html", "copy", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert SECRET not in run.stdout and SECRET not in (tmp_path / "report.html").read_text(encoding="utf-8")
    findings = {(f["path"], f["rule"]): f["message"] for f in json.loads(run.stdout)["findings"]}
    assert "outside the folders checked" in findings[("copy/passwd.txt", "read-error")]
    assert "outside the folders checked" in findings[("copy/folder", "read-error")]
    assert ("copy/inside.txt", "majority-arithmetic") in findings
    assert ("copy/sub/story.txt", "majority-arithmetic") in findings
    # Named on the command line, the same file is the user's choice, and read.
    paths = discover([str(copy / "passwd.txt"), str(copy)])
    assert paths[0] == str(copy / "passwd.txt") and not isinstance(paths[0], Skipped)
    assert isinstance(read_many(paths[0])[0], Document)


# -- 6. invisible characters and other scripts' digits ----------------------------------------------

CORRECT = ("Sheffield Hallam\n\nJared O'Mara won Sheffield Hallam for Labour. Mr O'Mara polled {votes} votes. "
           "Nick Clegg came second with 19,756.\n\nThat left the new MP with a majority of {majority} in a seat "
           "Labour had never held.\n")


def test_invisible_characters_do_not_change_a_figure(tmp_path: Path) -> None:
    clean = CORRECT.format(votes="21,881", majority="2,125")
    hidden = CORRECT.format(votes="21,\u200b881", majority="2,1\u200d25")
    (tmp_path / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "hidden.txt").write_text(hidden, encoding="utf-8")
    run = factcheck("--no-cache", "-f", "json", "clean.txt", "hidden.txt", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert [f for f in findings if f["path"] == "clean.txt"] == []
    malformed = [f for f in findings if f["path"] == "hidden.txt"]
    assert [f["rule"] for f in malformed] == ["malformed-number", "malformed-number"]
    assert "U+200B ZERO WIDTH SPACE" in malformed[0]["message"] and "read as 21,881" in malformed[0]["message"]
    assert "U+200D ZERO WIDTH JOINER" in malformed[1]["message"] and "read as 2,125" in malformed[1]["message"]
    # Positions are in the file as written: the figure's columns include the invisible character.
    line = hidden.splitlines()[2]
    assert (malformed[0]["line"], malformed[0]["column"]) == (3, line.index("21,") + 1)
    assert malformed[0]["end_column"] == line.index("881") + 3 + 1


def test_arabic_indic_digits_are_read_and_noted(claims_of) -> None:
    text = "Mr O'Mara polled \u0662\u0661\u066c\u0668\u0668\u0661 votes; turnout was \u0667\u0667\u066b\u0666 per cent."
    values = sorted(c.value for c in claims_of(text))
    assert values == [77.6, 21881]
    doc = Document.from_text("copy.txt", text)
    assert doc.text == "Mr O'Mara polled 21,881 votes; turnout was 77.6 per cent."
    assert doc.source == text and doc.source_offset(doc.text.index("77.6")) == text.index("\u0667")


def test_normalised_markup_keeps_positions_in_the_file(nlp) -> None:
    page = "<p>Mr O'Mara polled <b>21,\u200b881</b> votes.</p>\n"
    doc = Document.from_text("page.html", page, "html")
    ex = list(extract(nlp, [doc]))[0]
    (loc, text, why), = ex.malformed
    assert text == "21,881" and "U+200B" in why
    assert (loc.line, loc.column, loc.end_column) == (1, page.index("21,") + 1, page.index("881") + 3 + 1)


def test_the_invisible_characters_are_unicodes_format_characters() -> None:
    """corpus._INVISIBLE lists category Cf as of Unicode 14; a newer Python may add some."""
    every = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")
    result = normalise("x" + every)
    assert result is not None and result[0] == "x"


def test_plain_copy_is_not_normalised() -> None:
    assert normalise("Labour’s 21,881 votes — 51.1% — “a record”") is None
    assert Document.from_text("copy.txt", "Labour’s 21,881 votes").offsets is None


# -- 7. a model that is no spaCy pipeline -------------------------------------------------------------

@pytest.mark.parametrize("model", ["os", "numpy", "os.path", "../models/x"])
def test_a_model_that_is_no_pipeline_is_a_one_line_error(model: str) -> None:
    run = factcheck("--no-cache", "--model", model, "corpus")
    assert run.returncode == 2 and run.stdout == "" and "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a spaCy pipeline package" in lines[0] and "internal error" not in lines[0]
