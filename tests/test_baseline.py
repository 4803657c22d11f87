"""The findings baseline: known slips stay known when the copy moves, and come back when they change.

Every test runs the real pipeline over the planted majority-arithmetic article (a
majority of 13,782 where the votes give 13,728), writes a baseline, edits the copy as an
editor would, and asks which findings are new.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from checker import baseline as baseline_module
from checker.baseline import SCHEMA, BaselineError, filter_new, load_baseline, write_baseline
from checker.fingerprint import VERSION
from checker.model import Finding

ARTICLES = Path(__file__).resolve().parent / "articles"
PLANTED = (ARTICLES / "majority-arithmetic" / "planted.txt").read_text(encoding="utf-8")
OTHER = (ARTICLES / "majority-exceeds-votes" / "planted.txt").read_text(encoding="utf-8")
PATH = "copy/hexham.txt"
INSERTED = ("Counting at the mart in Hexham was held up by a recount in a neighbouring seat, "
            "and the result came after dawn.")


def paragraphs(text: str) -> list[str]:
    return text.rstrip("\n").split("\n\n")


def article(*paras: str) -> str:
    return "\n\n".join(paras) + "\n"


@pytest.fixture(scope="module")
def findings_of(check_texts):
    def run(texts: dict[str, str]) -> list[Finding]:
        return check_texts(texts).findings

    return run


@pytest.fixture(scope="module")
def planted(findings_of) -> list[Finding]:
    found = findings_of({PATH: PLANTED})
    assert [(f.rule, f.location.line, f.stated) for f in found] == [("majority-arithmetic", 3, 13782)]
    return found


@pytest.fixture(autouse=True)
def newsroom(tmp_path, monkeypatch):
    """Every test runs in its own folder, where the baseline is written: its paths are relative to it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def known(planted, tmp_path):
    path = tmp_path / "baseline.json"
    assert write_baseline(path, planted) == 1
    return load_baseline(path)


def test_the_baseline_file_names_each_finding_by_rule_path_and_fingerprint(planted, known, tmp_path):
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    assert data["fingerprints"] == VERSION
    [entry] = data["findings"]
    assert entry["rule"] == "majority-arithmetic"
    assert entry["path"] == PATH
    assert entry["line"] == 3
    assert "13,782" in entry["message"]
    assert [(e.rule, e.path, e.line) for e in known.entries] == [("majority-arithmetic", PATH, 3)]


def test_the_same_copy_has_nothing_new(planted, known):
    assert filter_new(planted, known) == ([], 1)


@pytest.mark.parametrize("edit", ["paragraph inserted above", "slip's paragraph moved to the end"])
def test_a_slip_that_moves_is_still_known(findings_of, known, edit):
    first, slip, *rest = paragraphs(PLANTED)
    text = article(first, INSERTED, slip, *rest) if edit.startswith("paragraph") else article(first, *rest, slip)
    found = findings_of({PATH: text})
    assert [f.rule for f in found] == ["majority-arithmetic"]
    assert found[0].location.line != 3, "the edit should have moved the slip"
    assert filter_new(found, known) == ([], 1)


@pytest.mark.parametrize("old, new", [("13,782", "13,792"), ("9,106", "9,160")])
def test_a_changed_figure_in_the_slip_makes_it_new(findings_of, known, old, new):
    first, slip, *rest = paragraphs(PLANTED)
    found = findings_of({PATH: article(first, slip.replace(old, new), *rest)})
    fresh, matched = filter_new(found, known)
    assert matched == 0
    assert [f.rule for f in fresh] == ["majority-arithmetic"]
    assert new in fresh[0].message


def test_a_second_slip_in_the_article_is_the_only_new_one(findings_of, known):
    *paras, turnout = paragraphs(PLANTED)
    found = findings_of({PATH: article(*paras, turnout.replace("75.0", "175.0"))})
    assert sorted(f.rule for f in found) == ["majority-arithmetic", "share-over-100"]
    fresh, matched = filter_new(found, known)
    assert matched == 1
    assert [(f.rule, f.stated) for f in fresh] == [("share-over-100", 175.0)]


def test_a_second_article_brings_only_its_own_findings(findings_of, known):
    found = findings_of({PATH: PLANTED, "copy/other.txt": OTHER})
    fresh, matched = filter_new(found, known)
    assert matched == 1
    assert fresh and {f.location.shown_path for f in fresh} == {"copy/other.txt"}


def test_a_baseline_is_per_file(findings_of, known):
    """The same slip in another file is another slip, while the file the baseline names is still checked."""
    found = findings_of({PATH: PLANTED, "copy/hexham-copy.txt": PLANTED})
    fresh, matched = filter_new(found, known, checked=[PATH, "copy/hexham-copy.txt"])
    assert matched == 1
    assert [f.location.shown_path for f in fresh] == ["copy/hexham-copy.txt"]


def test_a_repeated_identical_finding_beyond_the_baseline_is_new(planted, known):
    fresh, matched = filter_new(planted + planted, known)
    assert matched == 1
    assert fresh == planted


@pytest.mark.parametrize("content, says", [
    (None, "does not exist"),
    ("", "not valid JSON"),
    ('{"schema": "factcheck-baseline/1", "findings": [', "not valid JSON"),
    ("[]", "not a factcheck-baseline/1 file"),
    ('{"schema": "factcheck/1", "findings": []}', "not a factcheck-baseline/1 file"),
    ('{"schema": "factcheck-baseline/1"}', "no 'findings' list"),
    ('{"schema": "factcheck-baseline/1", "findings": [{"rule": "majority-arithmetic", "path": "a.txt"}]}',
     "finding 1 needs"),
    ('{"schema": "factcheck-baseline/1", "fingerprints": "factcheck-finding/v0", "findings": []}',
     "write it again"),
    (b"\xff\xfe not utf-8", "cannot read"),
])
def test_a_missing_or_broken_baseline_is_an_error_naming_the_file(tmp_path, content, says):
    path = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as err:
        load_baseline(path)
    message = str(err.value)
    assert str(path) in message and says in message
    assert "\n" not in message


def test_writing_is_deterministic_whatever_the_order(findings_of, tmp_path):
    found = findings_of({PATH: PLANTED, "copy/other.txt": OTHER, "copy/b.txt": PLANTED})
    assert len(found) >= 3
    shuffled = list(found)
    random.Random(7).shuffle(shuffled)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_baseline(a, found)
    write_baseline(b, shuffled)
    assert a.read_bytes() == b.read_bytes()
    entries = json.loads(a.read_text(encoding="utf-8"))["findings"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    assert str(tmp_path) not in a.read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_old_baseline_whole(planted, tmp_path, monkeypatch):
    path = tmp_path / "baseline.json"
    write_baseline(path, planted)
    before = path.read_bytes()

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(baseline_module.os, "replace", fail)
    with pytest.raises(BaselineError, match="cannot write baseline .*No space left on device"):
        write_baseline(path, [])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"], "temporary file left behind"
    assert load_baseline(path).entries


def test_rewriting_replaces_the_file_and_keeps_its_permissions(planted, tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, planted)
    assert path.stat().st_mode & 0o777 == 0o644
    os.chmod(path, 0o664)
    assert write_baseline(path, []) == 0
    assert load_baseline(path).entries == ()
    assert path.stat().st_mode & 0o777 == 0o664
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]


def test_writing_into_a_missing_folder_is_a_baseline_error(planted, tmp_path):
    with pytest.raises(BaselineError, match="cannot write baseline"):
        write_baseline(tmp_path / "no-such-folder" / "baseline.json", planted)


# -- issue 14: rewording, renaming, another folder, older files ------------------------

SLIP_VOTES = "Mr Opperman polled 22,834 votes, a 52.7 per cent share of the vote."


@pytest.mark.parametrize("old, new", [
    (SLIP_VOTES, "The Conservative MP Mr Opperman won 22,834 votes, a 52.7 per cent share of the vote."),
    ("Labour's Liam Carr came second with 9,106 votes", "Labour's Liam Carr finished second on 9,106 votes"),
    ("Mr Opperman polled", "It was a long night at the count. Mr Opperman polled"),
])
def test_a_reworded_sentence_the_slip_was_checked_against_keeps_it_known(findings_of, planted, known, old, new):
    """The sentences a finding's figures stand in are not part of its key; its figures, rule and subjects are."""
    assert old in PLANTED
    found = findings_of({PATH: PLANTED.replace(old, new)})
    assert [f.rule for f in found] == ["majority-arithmetic"]
    if old == SLIP_VOTES:
        assert found[0].related[0].text != planted[0].related[0].text  # the related place's sentence changed
    assert filter_new(found, known) == ([], 1)


def test_a_renamed_article_keeps_its_known_slips(findings_of, known):
    renamed = "copy/2017/hexham-result.txt"
    found = findings_of({renamed: PLANTED})
    assert filter_new(found, known, checked=[renamed]) == ([], 1)
    assert filter_new(found, known) == ([], 1)  # without the list of checked files: copy/hexham.txt is not on disk


def test_a_renamed_article_with_a_changed_figure_is_new(findings_of, known):
    renamed = "copy/hexham-result.txt"
    found = findings_of({renamed: PLANTED.replace("13,782", "13,792")})
    assert filter_new(found, known, checked=[renamed]) == (found, 0)


def test_a_rename_is_not_guessed_when_the_old_article_is_still_there_or_the_match_is_not_unique(
        findings_of, known, newsroom):
    two = findings_of({"copy/a.txt": PLANTED, "copy/b.txt": PLANTED})
    assert filter_new(two, known, checked=["copy/a.txt", "copy/b.txt"]) == (two, 0)  # which one is the old one?
    (newsroom / "copy").mkdir()
    (newsroom / PATH).write_text(PLANTED, encoding="utf-8")  # on disk, though not checked this time
    one = findings_of({"copy/a.txt": PLANTED})
    assert filter_new(one, known, checked=["copy/a.txt"]) == (one, 0)


def test_the_baseline_matches_from_another_folder(findings_of, planted, newsroom, monkeypatch):
    """Paths are stored relative to the baseline's folder, so running from elsewhere still matches."""
    write_baseline(newsroom / ".factcheck-baseline.json", planted)
    entry = json.loads((newsroom / ".factcheck-baseline.json").read_text(encoding="utf-8"))["findings"][0]
    assert entry["path"] == PATH
    (newsroom / "copy").mkdir()
    (newsroom / PATH).write_text(PLANTED, encoding="utf-8")
    monkeypatch.chdir(newsroom / "copy")
    here = findings_of({"hexham.txt": PLANTED})
    assert filter_new(here, load_baseline(Path("../.factcheck-baseline.json")), checked=["hexham.txt"]) == ([], 1)
    elsewhere = newsroom.parent / f"{newsroom.name}-elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    there = findings_of({str(newsroom / PATH): PLANTED})
    assert filter_new(there, load_baseline(newsroom / ".factcheck-baseline.json")) == ([], 1)


def test_a_baseline_written_by_an_older_factcheck_is_still_matched(planted, findings_of, newsroom):
    """factcheck-finding/v1: paths as given, fingerprints over the related sentences too; matched as written."""
    from checker.fingerprint import V1, v1_fingerprints

    [f] = planted
    old = {"schema": SCHEMA, "fingerprints": V1, "findings": [
        {"rule": f.rule, "path": PATH, "fingerprint": v1_fingerprints(planted)[0], "message": f.message, "line": 3}]}
    (newsroom / "old.json").write_text(json.dumps(old), encoding="utf-8")
    base = load_baseline(newsroom / "old.json")
    assert base.fingerprints == V1
    first, slip, *rest = paragraphs(PLANTED)
    moved = findings_of({PATH: article(first, INSERTED, slip, *rest)})
    assert filter_new(moved, base) == ([], 1)
    changed = findings_of({PATH: PLANTED.replace("13,782", "13,792")})
    assert filter_new(changed, base) == (changed, 0)
    del old["fingerprints"]  # the first files did not say
    (newsroom / "older.json").write_text(json.dumps(old), encoding="utf-8")
    assert filter_new(planted, load_baseline(newsroom / "older.json")) == ([], 1)


def test_a_new_baseline_names_its_fingerprints(known, newsroom):
    from checker.fingerprint import V1

    data = json.loads((newsroom / "baseline.json").read_text(encoding="utf-8"))
    assert data["fingerprints"] == VERSION != V1
