"""Re-checking from the last run's stored checks (checker/run/incremental.py) gives exactly the full run.

The oracle is the full run itself: after every edit, the report re-checked from the stored
state (findings and verified relations, every field) must equal a run that checks
everything again. Edits are the ones copy goes through: a figure corrected, a digit slipped,
a paragraph inserted above the figures (everything below moves), a sentence appended, a
paragraph cut, a name changed.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from checker.run.cache import DB_NAME
from checker.report.jsonfmt import VerifiedTexts, render_json, report_to_dict
from checker.runner import Checked, Engine, Settings, check, check_corpus, extract_corpus, load_corpus
from checker.run.seal import TAG
from checker.run.serial import state_from_bytes

ROOT = Path(__file__).resolve().parent.parent

SEAT = """Ribble Valley result

Nigel Evans held Ribble Valley for the Conservatives with 25,404 votes. Labour's David Hinder was second on 11,498.

Mr Evans's majority of 13,906 was down from 14,769 in 2010.
"""
OTHER = """A second report from Ribble Valley

The Conservative Nigel Evans won Ribble Valley with 25,404 votes, ahead of Labour's David Hinder on 11,498.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "seat.txt").write_text(SEAT, encoding="utf-8")
    (tmp_path / "copy" / "other.txt").write_text(OTHER, encoding="utf-8")
    shutil.copytree(ROOT / "corpus", tmp_path / "copy" / "corpus")
    return tmp_path


def again(desk: Path, ruleset, verified: bool = True, json_only: bool = False) -> Checked:
    corpus = load_corpus([str(desk / "copy")])
    return check_corpus(corpus, ruleset, Settings(), Engine(jobs=1, cache_dir=desk / "cache"), verified=verified,
                        json_only=json_only)


def full(desk: Path, ruleset, as_json: bool = False) -> dict | str:
    """Everything checked again (the claims from a separate cache: extraction is not what is tested); as the
    JSON report writes it, if `as_json`."""
    corpus = load_corpus([str(desk / "copy")])
    extractions = extract_corpus(corpus.documents, Settings(), Engine(jobs=1, cache_dir=desk / "reference")).extractions
    report = check(corpus, extractions, ruleset, Settings())
    return render_json(report, True) if as_json else report_to_dict(report, verbose=True)


def same_as_full(run: Checked, desk: Path, ruleset, json_only: bool) -> bool:
    """The re-run's report is the full run's: every field, or (a re-check for the JSON report alone, whose
    verified relations are written out already) byte for byte as JSON."""
    if json_only:
        return render_json(run.report, True) == full(desk, ruleset, as_json=True)
    return report_to_dict(run.report, True) == full(desk, ruleset)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_corrected_figure_is_rechecked_alone_and_gives_the_full_runs_report(desk: Path, ruleset) -> None:
    first = again(desk, ruleset)
    assert first.extractions is not None and "no earlier run" in first.why_full
    assert first.report.errors == 0
    unchanged = again(desk, ruleset)
    assert unchanged.extractions is None and unchanged.rechecked == 0
    assert report_to_dict(unchanged.report, True) == report_to_dict(first.report, True)
    written = again(desk, ruleset, json_only=True)  # the verified relations as the JSON report writes them
    assert isinstance(written.report.verified, VerifiedTexts) and written.extractions is None
    assert render_json(written.report, True) == render_json(first.report, True)

    edit(desk / "copy" / "seat.txt", "majority of 13,906", "majority of 13,609")  # a transposed digit
    slipped = again(desk, ruleset)
    assert slipped.extractions is None, slipped.why_full
    assert slipped.rechecked >= 1 and slipped.from_cache == 3
    assert [f.rule for f in slipped.report.findings if f.severity == "error"] == ["majority-arithmetic"]
    assert report_to_dict(slipped.report, True) == full(desk, ruleset)

    edit(desk / "copy" / "seat.txt", "majority of 13,609", "majority of 13,906")
    fixed = again(desk, ruleset)
    assert fixed.extractions is None and fixed.report.errors == 0
    assert report_to_dict(fixed.report, True) == full(desk, ruleset)


def test_a_paragraph_inserted_above_moves_the_findings_without_checking_them_again(desk: Path, ruleset) -> None:
    edit(desk / "copy" / "other.txt", "11,498", "11,489")  # disagrees with seat.txt: agreement finds it
    first = again(desk, ruleset)
    [before] = [f for f in first.report.findings if f.rule == "agreement"]
    assert before.location.path.endswith("seat.txt") and before.related[0].location.path.endswith("other.txt")
    edit(desk / "copy" / "seat.txt", "\n\nNigel Evans", "\n\nTurnout was high on a dry day.\n\nNigel Evans")
    edit(desk / "copy" / "other.txt", "\n\nThe Conservative", "\n\nIt rained.\nThe count was late.\n\nThe Conservative")
    moved = again(desk, ruleset)
    assert moved.extractions is None, moved.why_full
    [after] = [f for f in moved.report.findings if f.rule == "agreement"]
    assert after.location.line == before.location.line + 2
    assert after.related[0].location.line == before.related[0].location.line + 3
    assert report_to_dict(moved.report, True) == full(desk, ruleset)


@pytest.mark.parametrize("change", [
    lambda d: edit(d / "copy" / "seat.txt", "David Hinder was", "David Hindler was"),
    lambda d: (d / "copy" / "third.txt").write_text(OTHER.replace("second", "third"), encoding="utf-8"),
    lambda d: (d / "copy" / "other.txt").unlink(),
    lambda d: (d / "copy" / "other.txt").rename(d / "copy" / "a_other.txt"),
    lambda d: edit(d / "copy" / "other.txt", "Labour's David Hinder", "the Green David Hinder"),
], ids=["name changed", "added", "deleted", "renamed", "party changed"])
def test_an_edit_that_reaches_other_articles_rechecks_what_it_reaches(desk: Path, ruleset, change) -> None:
    """A name, a party, an article added, removed or renamed: what the rest of the corpus is told changes,
    and the re-check (from the stored census of names) reads again only the articles that reaches."""
    again(desk, ruleset)
    change(desk)
    run = again(desk, ruleset)
    assert run.extractions is None, run.why_full
    assert report_to_dict(run.report, True) == full(desk, ruleset)
    assert report_to_dict(again(desk, ruleset).report, True) == full(desk, ruleset)


def test_a_story_added_without_verbose_counts_what_it_verified(desk: Path, ruleset) -> None:
    again(desk, ruleset)
    (desk / "copy" / "third.txt").write_text(OTHER.replace("second", "third"), encoding="utf-8")
    quiet = again(desk, ruleset, verified=False)
    assert quiet.extractions is None and quiet.report.verified == []
    whole = full(desk, ruleset)
    assert quiet.report.checks == whole["summary"]["checks"]
    assert report_to_dict(quiet.report)["findings"] == whole["findings"]


def test_changed_rules_run_every_check(desk: Path, ruleset) -> None:
    again(desk, ruleset)
    corpus = load_corpus([str(desk / "copy")])
    run = check_corpus(corpus, ruleset, Settings(ignore=("turnout",)), Engine(jobs=1, cache_dir=desk / "cache"),
                       verified=True)
    assert run.extractions is not None and "no earlier run with these rules" in run.why_full


def test_a_damaged_state_is_never_trusted(desk: Path, ruleset) -> None:
    first = again(desk, ruleset)
    db = sqlite3.connect(desk / "cache" / DB_NAME)
    db.execute("UPDATE run_shards SET findings = X'46530100000000'")
    db.commit()
    db.close()
    run = again(desk, ruleset)
    assert run.extractions is not None and "not written by this user's runs" in run.why_full
    assert report_to_dict(run.report, True) == report_to_dict(first.report, True)


def test_without_verbose_the_verified_relations_are_counted_not_read(desk: Path, ruleset) -> None:
    first = again(desk, ruleset)
    quiet = again(desk, ruleset, verified=False)
    assert quiet.extractions is None and quiet.report.verified == []
    assert quiet.report.checks == first.report.checks and quiet.report.findings == first.report.findings


def _random_edit(rng: random.Random, folder: Path) -> None:
    path = rng.choice(sorted(folder.glob("*.txt")))
    text = path.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    numbers = list(re.finditer(r"\d[\d,]*\d|\d", text))
    kind = rng.choice(["figure", "figure", "longer", "insert", "append", "cut"])
    if kind in ("figure", "longer") and numbers:
        m = rng.choice(numbers)
        new = m.group() + "0" if kind == "longer" else str(int(m.group().replace(",", "")) + rng.choice([1, -1, 100]))
        text = text[:m.start()] + new + text[m.end():]
    elif kind == "insert" and len(paragraphs) > 1:
        paragraphs.insert(rng.randrange(1, len(paragraphs)), "Officials said the count had gone smoothly.")
        text = "\n\n".join(paragraphs)
    elif kind == "cut" and len(paragraphs) > 2:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
        text = "\n\n".join(paragraphs)
    else:
        text += rng.choice(["\n\nTurnout in the seat was 64.1 per cent.\n", "\n\nThe majority was 1,234.\n"])
    path.write_text(text, encoding="utf-8")


def test_random_edits_to_generated_copy_give_the_full_runs_report(tmp_path: Path, ruleset) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 24, 5)
    for case in ("b01_broxtowe_byelection", "c04_cumbria_roundup_2019", "c01_southport_majority_2017"):
        for article in (ROOT / "tests" / "gold" / case).glob("*.txt"):
            shutil.copy(article, tmp_path / "copy" / f"{case}.txt")
    rng = random.Random(3)
    again(tmp_path, ruleset)
    fast = rechecked = 0
    for _ in range(16):
        _random_edit(rng, tmp_path / "copy")
        run = again(tmp_path, ruleset)
        assert report_to_dict(run.report, True) == full(tmp_path, ruleset), run.why_full
        fast += run.extractions is None
        rechecked += run.rechecked > 0
    assert fast >= 8 and rechecked >= 4, (fast, rechecked)  # the re-check path itself was exercised


def test_shards_checked_and_stored_by_forked_children_are_what_one_process_stores(tmp_path: Path, ruleset,
                                                                                    monkeypatch) -> None:
    """With two jobs, a forked child checks and encodes a share of the shards (checker/run/forked.py): the
    report, the stored rows and the re-check after an edit are the one-process run's."""
    import checker.run.forked as forked

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 30, 11)
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    monkeypatch.setattr(forked, "pick_start_method", lambda: "fork")  # the Dask tests leave idle threads behind
    forks, real_fork = [], forked._fork
    monkeypatch.setattr(forked, "_fork", lambda *a: forks.append(1) or real_fork(*a))
    corpus = load_corpus([str(tmp_path / "copy")])
    runs = {jobs: check_corpus(corpus, ruleset, Settings(), Engine(jobs=jobs, cache_dir=tmp_path / f"j{jobs}"),
                               verified=True) for jobs in (1, 2)}
    assert report_to_dict(runs[2].report, True) == report_to_dict(runs[1].report, True)
    assert forks, "a child checked a share of the shards"
    assert runs[1].report.findings and len(runs[1].report.verified) > 100

    def rows(jobs: int) -> list[tuple]:
        """The stored shards, decoded (the bytes differ where equal strings were one object or two)."""
        with sqlite3.connect(tmp_path / f"j{jobs}" / DB_NAME) as db:
            got = db.execute("SELECT shard, facts, findings, verified, verified_count FROM run_shards "
                             "ORDER BY shard").fetchall()
        return [(sid, *(state_from_bytes(b[TAG:]) for b in blobs), n) for sid, *blobs, n in got]  # past the seal

    assert len(rows(1)) > 20 and rows(2) == rows(1)
    article = sorted((tmp_path / "copy").glob("*.txt"))[4]
    text = article.read_text(encoding="utf-8")
    number = re.search(r"\b\d{1,2},\d{3}\b", text)
    assert number is not None
    article.write_text(text[:number.start()] + "1" + text[number.start() + 1:], encoding="utf-8")
    corpus = load_corpus([str(tmp_path / "copy")])
    rechecked = check_corpus(corpus, ruleset, Settings(), Engine(jobs=2, cache_dir=tmp_path / "j2"), verified=True)
    assert rechecked.extractions is None, rechecked.why_full  # from the state the children stored
    assert report_to_dict(rechecked.report, True) == full(tmp_path, ruleset)
    quiet = check_corpus(corpus, ruleset, Settings(), Engine(jobs=2, cache_dir=tmp_path / "j3"), verified=False)
    assert quiet.extractions is not None and quiet.report.verified == []
    assert (quiet.report.findings, quiet.report.checks) == (rechecked.report.findings, rechecked.report.checks)
    # Without the cache, the shards' outcomes come back from the child as they are.
    extractions = extract_corpus(corpus.documents, Settings(), Engine(jobs=1, cache_dir=tmp_path / "j1")).extractions
    forks.clear()
    assert report_to_dict(check(corpus, extractions, ruleset, Settings(), jobs=2), True) == full(tmp_path, ruleset)
    assert forks


def test_a_state_another_run_rewrites_meanwhile_is_not_used(desk: Path, ruleset, monkeypatch) -> None:
    import checker.runner as runner

    again(desk, ruleset)
    edit(desk / "copy" / "seat.txt", "majority of 13,906", "majority of 13,609")
    real, others, started = runner._through_cache, [], []

    def meanwhile(*args, **kwargs):
        out = real(*args, **kwargs)
        if not started:  # while this run extracts the edited article, another run finishes and stores its state
            started.append(True)
            others.append(again(desk, ruleset))
        return out

    monkeypatch.setattr(runner, "_through_cache", meanwhile)
    run = again(desk, ruleset)
    assert others and report_to_dict(others[0].report, True) == full(desk, ruleset)
    assert run.extractions is not None and "another run changed the stored checks" in run.why_full
    assert report_to_dict(run.report, True) == full(desk, ruleset)


def test_two_runs_at_once_after_an_edit_both_give_the_full_report(desk: Path) -> None:
    import subprocess

    command = [sys.executable, "-m", "checker", "copy", "-f", "json", "--cache-dir", "cache"]
    subprocess.run(command, cwd=desk, capture_output=True, check=False)
    edit(desk / "copy" / "seat.txt", "majority of 13,906", "majority of 13,609")
    runs = [subprocess.Popen(command, cwd=desk, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in runs]
    plain = subprocess.run(command[:6] + ["--no-cache"], cwd=desk, capture_output=True, text=True)
    assert [p.returncode for p in runs] == [1, 1] and plain.returncode == 1
    assert all(out == plain.stdout for out, _ in outs), [err for _, err in outs]


def test_the_signature_covers_every_field_of_a_mention() -> None:
    """incremental.signature lists a mention's fields by hand: a new field must be added there too."""
    import dataclasses

    from checker.model import Mention

    assert [f.name for f in dataclasses.fields(Mention)] == [
        "kind", "text", "name", "start", "end", "sentence", "via", "confidence", "party", "gazetteer", "location"]


def test_a_corrected_seat_total_rechecks_the_elections_shard_from_its_stored_facts(tmp_path: Path, ruleset,
                                                                                  monkeypatch) -> None:
    """One election's seat totals are one shard across nearly every article. Correcting one figure in
    it re-checks that shard from the facts stored for it: the claims cache is asked only for the edited
    article's claims, as they were, not for every article that gives a seat total."""
    from checker.run.cache import ClaimCache

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 30, 9)
    totals = re.compile(r"(finished with|won) (\d{2,3}) seats")
    giving = sorted(p for p in (tmp_path / "copy").glob("*.txt") if totals.search(p.read_text(encoding="utf-8")))
    assert len(giving) >= 10
    again(tmp_path, ruleset)
    asked: list[int] = []
    real = ClaimCache.get_many
    monkeypatch.setattr(ClaimCache, "get_many", lambda self, digests: asked.append(len(digests)) or real(self, digests))
    text = giving[0].read_text(encoding="utf-8")
    m = totals.search(text)
    giving[0].write_text(text[:m.start(2)] + str(int(m.group(2)) + 3) + text[m.end(2):], encoding="utf-8")
    slipped = again(tmp_path, ruleset)
    assert slipped.extractions is None and slipped.rechecked >= 1, slipped.why_full
    assert sum(asked) <= 2, asked  # the edited article's claims as they were (and as they are, to store them)
    errors = [f for f in slipped.report.findings if f.severity == "error" and f.location.path == str(giving[0])]
    assert errors, "the total now disagrees with the other articles'"
    monkeypatch.setattr(ClaimCache, "get_many", real)
    assert report_to_dict(slipped.report, True) == full(tmp_path, ruleset)


def test_the_stored_checks_key_reads_every_check_of_the_package(monkeypatch) -> None:
    """The key of the stored checks hashes the whole package's code, the checks' included: a stored
    state is never re-used by a checker whose checks changed."""
    import checker.run.incremental as incremental

    assert (incremental.PACKAGE / "checks" / "changes.py").is_file()
    before = incremental.check_key("claims", [])
    real = Path.read_bytes
    changes = incremental.PACKAGE / "checks" / "changes.py"
    monkeypatch.setattr(Path, "read_bytes", lambda p: real(p) + (b"#" if p == changes else b""))
    assert incremental.check_key("claims", []) != before


def _figure_corrected(copy: Path) -> None:
    path = copy / "article_00003.txt"
    text = path.read_text(encoding="utf-8")
    m = re.search(r"(\d{1,2}),(\d{3}) votes", text)
    path.write_text(text[:m.start(2)] + f"{(int(m.group(2)) + 1) % 1000:03d}" + text[m.end(2):], encoding="utf-8")


def _line_added(copy: Path) -> None:
    path = copy / "article_00004.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nThe majority was 1,234.\n", encoding="utf-8")


def _roaming_figure(copy: Path) -> None:
    """The third candidate's votes changed: generated surnames stand in several seats ('Mr Jessop')."""
    path = copy / "article_00005.txt"
    text = path.read_text(encoding="utf-8")
    m = re.search(r"was third with (\d{1,2}),(\d{3})", text)
    path.write_text(text[:m.start(2)] + f"{(int(m.group(2)) + 7) % 1000:03d}" + text[m.end(2):], encoding="utf-8")


def _added(copy: Path) -> None:
    shutil.copy(copy / "article_00006.txt", copy / "zz_added.txt")


def _renamed(copy: Path) -> None:
    (copy / "article_00007.txt").rename(copy / "renamed.txt")


def _deleted(copy: Path) -> None:
    (copy / "article_00008.txt").unlink()


def _first(copy: Path, start: str, pattern: str) -> tuple[Path, str, re.Match]:
    """The first story from `start` on (in name order, round) whose text matches."""
    files = sorted(copy.glob("article_*.txt"))
    at = next((i for i, f in enumerate(files) if f.name >= start), 0)
    for path in files[at:] + files[:at]:
        text = path.read_text(encoding="utf-8")
        if m := re.search(pattern, text):
            return path, text, m
    raise AssertionError(f"no story matches {pattern}")


def _party_changed(copy: Path) -> None:
    """A candidate's party changed in one story: what the rest of the corpus takes from that story changes."""
    path, text, m = _first(copy, "article_00009.txt",
                           r"\b(Labour|Conservative|Liberal Democrat|Green|Reform UK|SNP|Plaid Cymru)('s| candidate)")
    other = "Green" if m.group(1) != "Green" else "Labour"
    path.write_text(text[:m.start(1)] + other + text[m.end(1):], encoding="utf-8")


def _name_changed(copy: Path) -> None:
    """The third candidate's surname misspelt in one story."""
    path, text, m = _first(copy, "article_00010.txt", r"\b[A-Z][a-z]+ ([A-Z][a-z]{3,}) was third")
    path.write_text(text.replace(m.group(1), m.group(1) + "e"), encoding="utf-8")


def _two_seats(copy: Path) -> None:
    """One story puts a candidate of another in a second seat: a person named in two seats now."""
    _, _, m = _first(copy, "article_00011.txt", r"\b([A-Z][a-z]+ [A-Z][A-Za-z]+) was third")
    (copy / f"zz_second_seat_{m.group(1).replace(' ', '_')}.txt").write_text(
        f"Result in Wyre and Preston North\n\n{m.group(1)} won Wyre and Preston North with 21,212 votes. "
        "Labour's Ann Other was second on 10,101.\n", encoding="utf-8")


def _two_seats_figure(copy: Path) -> None:
    """The figure of a person named in two seats corrected, in the story of the first seat (after `_two_seats`)."""
    second = sorted(copy.glob("zz_second_seat_*.txt"))
    assert second
    name = second[0].stem.removeprefix("zz_second_seat_").replace("_", " ")
    path, text, m = _first(copy, "article_00000.txt", re.escape(name) + r" was third with (\d{1,2}),(\d{3})")
    path.write_text(text[:m.start(2)] + f"{(int(m.group(2)) + 7) % 1000:03d}" + text[m.end(2):], encoding="utf-8")


EDITS = [_figure_corrected, _line_added, _roaming_figure, _added, _renamed, _deleted, _party_changed, _name_changed,
         _two_seats]


@pytest.mark.parametrize("json_only", [False, True], ids=["objects", "json"])
@pytest.mark.parametrize("edit_kind", EDITS, ids=lambda v: v.__name__)
def test_each_kind_of_edit_gives_the_report_of_a_run_from_scratch(tmp_path: Path, ruleset, edit_kind,
                                                                  json_only: bool) -> None:
    """One edit of each kind the issue names (bench/incremental.py times them on 10,000 stories), on
    short and long generated stories: the cached re-run's report is the from-scratch run's, byte for
    byte as JSON, and no edit runs every check: only changes of rules or settings do. With `json_only`
    (the JSON report is all the run writes) the verified relations come written out from the store."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 16, 5, short=True)
    generate(tmp_path / "long", 6, 8)
    for article in (tmp_path / "long").glob("*.txt"):
        shutil.move(article, tmp_path / "copy" / f"long_{article.name}")
    again(tmp_path, ruleset)
    edit_kind(tmp_path / "copy")
    run = again(tmp_path, ruleset, json_only=json_only)
    assert isinstance(run.report.verified, VerifiedTexts) == json_only
    assert same_as_full(run, tmp_path, ruleset, json_only), run.why_full
    assert run.extractions is None, run.why_full
    corpus = load_corpus([str(tmp_path / "copy")])
    cold = check_corpus(corpus, ruleset, Settings(), Engine(jobs=1), verified=True)
    assert render_json(run.report, True) == render_json(cold.report, True)


@pytest.mark.parametrize("edit_kind", [_added, _renamed], ids=lambda v: v.__name__)
def test_a_story_renamed_or_copied_is_not_extracted_again(tmp_path: Path, ruleset, monkeypatch, edit_kind) -> None:
    """Its text is cached under the old name: those claims, under the new name, are the new story's (nothing
    waits for spaCy), and the re-check gives the full run's report."""
    import checker.runner as runner

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 12, 3, short=True)
    again(tmp_path, ruleset)
    real, extracted = runner._extract, []
    monkeypatch.setattr(runner, "_extract", lambda documents, *a, **k: extracted.extend(documents) or
                        real(documents, *a, **k))
    edit_kind(tmp_path / "copy")
    run = again(tmp_path, ruleset)
    assert run.extractions is None and run.rechecked >= 1, run.why_full
    assert extracted == []
    assert same_as_full(run, tmp_path, ruleset, False)


@pytest.mark.parametrize("json_only", [False, True], ids=["objects", "json"])
def test_edits_of_every_kind_one_after_another_give_the_full_runs_report(tmp_path: Path, ruleset,
                                                                         json_only: bool) -> None:
    """Quick re-checks (figures moved or corrected) leave the census of names as it was; a later edit that
    needs it brings those articles' part of it up to date first. Every kind in turn, each re-checked."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 24, 13, short=True)
    again(tmp_path, ruleset)
    rng = random.Random(5)
    for k, edit_kind in enumerate(EDITS + [_two_seats_figure] + EDITS + [_two_seats_figure]):
        if k % 2:
            _random_edit(rng, tmp_path / "copy")
        try:
            edit_kind(tmp_path / "copy")
        except (FileNotFoundError, AttributeError, AssertionError):
            continue  # that story was renamed or deleted, or no longer has what the edit changes
        run = again(tmp_path, ruleset, json_only=json_only)
        assert run.extractions is None, (edit_kind.__name__, run.why_full)
        assert same_as_full(run, tmp_path, ruleset, json_only), edit_kind.__name__


@pytest.mark.parametrize("verbose", [True, False, "json"], ids=["verbose", "quiet", "json"])
@pytest.mark.parametrize("edit_kind", [_figure_corrected, _line_added, _added, _renamed, _party_changed],
                         ids=lambda v: v.__name__)
def test_what_is_read_ahead_while_the_standby_extracts_gives_the_same_report(tmp_path: Path, ruleset, monkeypatch,
                                                                             edit_kind, verbose) -> None:
    """While the standby process extracts the edited story, the parent reads ahead the stored states, the
    shards' facts and every shard's outcomes (checker/run/incremental.py Prefetch). Here that reading is
    done in full before each extraction: the re-check still gives the full run's report."""
    import checker.runner as runner

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 20, 21, short=True)
    again(tmp_path, ruleset)
    real, stepped = runner._extract, []

    def extract(documents, args, engine, progress, already=0, encoded=None, meanwhile=None):
        for _ in meanwhile or ():
            stepped.append(1)
        return real(documents, args, engine, progress, already, encoded, None)

    monkeypatch.setattr(runner, "_extract", extract)
    edit_kind(tmp_path / "copy")
    run = again(tmp_path, ruleset, verified=bool(verbose), json_only=verbose == "json")
    assert stepped, "the read-ahead ran"
    assert run.extractions is None, run.why_full
    whole = full(tmp_path, ruleset)
    if verbose == "json":
        assert same_as_full(run, tmp_path, ruleset, True)
    elif verbose:
        assert report_to_dict(run.report, True) == whole
    else:
        assert run.report.verified == [] and run.report.checks == whole["summary"]["checks"]
        assert report_to_dict(run.report)["findings"] == whole["findings"]


@pytest.mark.parametrize("json_only", [False, True], ids=["objects", "json"])
@pytest.mark.parametrize("edit_kind", [_added, _deleted, _party_changed], ids=lambda v: v.__name__)
def test_a_forked_child_rechecks_the_regrouped_shards(tmp_path: Path, ruleset, monkeypatch, edit_kind,
                                                      json_only: bool) -> None:
    """With two jobs, the shards an added, removed or re-partied story reaches are checked and encoded by a
    forked child while the parent brings the census up to date: the same report, and the same state after."""
    import checker.run.forked as forked
    import checker.run.incremental as incremental

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 20, 23, short=True)
    monkeypatch.setattr(incremental, "RECHECK_FORK", 0)
    monkeypatch.setattr(forked, "pick_start_method", lambda: "fork")
    forks, real_fork = [], forked._fork
    monkeypatch.setattr(forked, "_fork", lambda *a: forks.append(1) or real_fork(*a))

    def run(verified: bool = True) -> Checked:
        corpus = load_corpus([str(tmp_path / "copy")])
        return check_corpus(corpus, ruleset, Settings(), Engine(jobs=2, cache_dir=tmp_path / "cache"), verified=verified,
                            json_only=json_only)

    run()
    edit_kind(tmp_path / "copy")
    forks.clear()
    got = run()
    assert got.extractions is None and forks, got.why_full
    assert same_as_full(got, tmp_path, ruleset, json_only)
    _line_added(tmp_path / "copy")  # and the state the child's rows made re-checks as the full run
    assert same_as_full(run(), tmp_path, ruleset, json_only)


def test_a_regrouped_shard_keeps_the_id_and_the_stored_keys_of_the_shard_it_grew_from(tmp_path: Path,
                                                                                     ruleset) -> None:
    """A story added joins one election's seat totals, the shard of nearly every article: the regrouped
    shard takes that shard's id, so its keys stay stored as they were (not tagged and written again),
    and the report is still the full run's."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 30, 9, short=True)
    again(tmp_path, ruleset)

    def keys() -> dict[str, tuple[int, bytes]]:
        with sqlite3.connect(tmp_path / "cache" / DB_NAME) as db:
            return {b: (sid, tag) for b, sid, tag in db.execute("SELECT bkey, shard, tag FROM run_keys")}

    before = keys()
    biggest = max(set(sid for sid, _ in before.values()), key=lambda s: sum(v[0] == s for v in before.values()))
    _added(tmp_path / "copy")
    run = again(tmp_path, ruleset)
    assert run.extractions is None and run.rechecked >= 1, run.why_full
    after = keys()
    kept = {b: v for b, v in before.items() if v[0] == biggest}
    assert kept and all(after.get(b) == v for b, v in kept.items())
    assert report_to_dict(run.report, True) == full(tmp_path, ruleset)


@pytest.mark.parametrize("few", [2_000, 0], ids=["keys-looked-up", "keys-split"])
def test_merged_relations_kept_and_inserted_give_the_full_sorts_order(monkeypatch, few: int) -> None:
    """`Merged` (checker/run/relations.py): relations merged once, some parts dropped and others inserted,
    give the order of one stable sort of every part, ranked (ties in the order of their parts' ranks), and
    survive their stored form; relations inserted twice, or stored ones that do not add up, are refused.
    Keys of any characters (their UTF-8 compared bytewise); texts with lone surrogates (then decoded)."""
    import random

    import checker.run.relations as relations
    from checker.run.relations import SEP, Merged, Shown, unpacked
    from checker.run.serial import DecodeError

    monkeypatch.setattr(relations, "FEW", few)

    def joined(pieces) -> str:
        return ",\n".join(p if isinstance(p, str) else str(p, "utf-8") for p in pieces)

    def full(parts: dict[int, Shown]) -> list[str]:
        ranked = [parts[r] for r in sorted(parts)]
        keys, texts, _ = unpacked(ranked)
        return [texts[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]

    rng = random.Random(1)

    def edited(part: Shown) -> Shown:
        """A shard checked again: some relations as they were, some gone, changed or new (keys often
        unique: `replaced` keeps those as they were in place)."""
        pairs = list(zip(part[1].split(SEP), part[2].split(SEP))) if part[0] else []
        pairs = [(k, t if rng.random() < 0.7 else t + "!") for k, t in pairs if rng.random() < 0.8]
        pairs += [(rng.choice("abcdefg") + rng.choice("xyz\u00e9"), f"new{i}") for i in range(rng.randint(0, 3))]
        if rng.random() < 0.7:  # mostly one relation a key, as a shard's relations are
            pairs = list(dict(pairs).items())
        pairs.sort(key=lambda kt: kt[0])
        return Shown((len(pairs), SEP.join(k for k, _ in pairs), SEP.join(t for _, t in pairs)))

    for _ in range(2000):
        parts: dict[int, Shown] = {}
        for rank in rng.sample(range(-1, 12), rng.randint(1, 8)):
            keys = sorted(rng.choice("abcdef\u00e9\ud800\uffff\U0001f600") + rng.choice("xy\x00\x02\u00e9")
                          for _ in range(rng.randint(0, 6)))
            odd = "\ud800" if rng.random() < 0.1 else ""  # a lone surrogate: not UTF-8 as a report writes it
            parts[rank] = Shown((len(keys), SEP.join(keys), SEP.join(f"{rank}:{i}\u00e9{odd}" for i in range(len(keys)))))
        stored = Merged.of(rng.sample(list(parts.items()), len(parts)))
        assert stored.texts == full(parts)
        stored = Merged.from_bytes(*stored.to_bytes())
        assert joined(stored.pieces()) == ",\n".join(full(parts)) and len(stored) == len(full(parts))
        assert stored.texts == full(parts)
        kept = {r for r in parts if rng.random() < 0.6}
        again = {r: Shown((0, "", "")) if rng.random() < 0.2 else edited(p) for r, p in parts.items() if r not in kept}
        again |= {r: edited(Shown((0, "", ""))) for r in rng.sample(range(12, 16), rng.randint(0, 2))}
        expected = full({r: p for r, p in parts.items() if r in kept} | again)
        got = Merged.from_bytes(*stored.to_bytes()).kept(kept).plus(again.items())
        assert got.texts == expected
        replaced = Merged.from_bytes(*stored.to_bytes()).replaced(kept, again.items())
        assert replaced.texts == expected and replaced.keys == got.keys and list(replaced.ranks) == list(got.ranks)
        assert joined(got.pieces()) == ",\n".join(got.texts) and len(got.keys) == len(got)
        again_stored = Merged.from_bytes(*got.to_bytes())
        assert again_stored.texts == got.texts and again_stored.keys == got.keys
        if kept and any(parts[r][0] for r in kept):
            with pytest.raises(DecodeError):
                stored.plus([(r, parts[r]) for r in kept])
    index, keys, texts = Merged.of([(0, Shown((2, f"a{SEP}b", f"x{SEP}y")))]).to_bytes()
    assert Merged.from_bytes(index, keys, texts).texts == ["x", "y"]
    with pytest.raises(DecodeError):
        Merged.from_bytes(index, keys, texts[:2])
    with pytest.raises(DecodeError):
        Merged.from_bytes(index[:-1], keys, texts)
    with pytest.raises(DecodeError):
        _ = Merged.from_bytes(index, f"a{SEP}b{SEP}c".encode(), texts).keys


@pytest.mark.parametrize("remerge", [(1.0, 10 ** 6), (0.0, 0)], ids=["merged-kept", "merged-each-run"])
def test_merged_relations_kept_across_edits_give_the_full_runs_report(tmp_path: Path, ruleset, monkeypatch,
                                                                      remerge) -> None:
    """A JSON re-check takes every shard's verified relations from the merged ones the store keeps, with
    the shards written since inserted (`RunState.fresh`), and stores them merged again when those grow
    (`REMERGE`): after every kind of edit in turn, byte for byte the full run's."""
    import checker.run.incremental as incremental

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    monkeypatch.setattr(incremental, "REMERGE", remerge)
    generate(tmp_path / "copy", 24, 17, short=True)
    again(tmp_path, ruleset, json_only=True)
    tokens = {_merged_token(tmp_path)}
    for edit_kind in [_figure_corrected, _added, _line_added, _deleted, _renamed, _party_changed]:
        edit_kind(tmp_path / "copy")
        run = again(tmp_path, ruleset, json_only=True)
        assert run.extractions is None, run.why_full
        assert same_as_full(run, tmp_path, ruleset, True)
        tokens.add(_merged_token(tmp_path))
    assert "" not in tokens
    assert len(tokens) == (1 if remerge[0] else 7)  # written by the full run alone, or by each re-check too


def _merged_token(desk: Path) -> str:
    """The token of the merged relations the stored state names."""
    from checker.run.incremental import RunState, _decode

    with sqlite3.connect(desk / "cache" / DB_NAME) as db:
        (blob,) = db.execute("SELECT blob FROM runs WHERE key NOT LIKE '%:%'").fetchone()
    return _decode(RunState, blob[TAG:]).merged


def test_damaged_merged_relations_are_never_trusted(tmp_path: Path, ruleset) -> None:
    """Stored merged relations that were changed, or that do not add up to the shards' counts, run every check."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "copy", 12, 4, short=True)
    again(tmp_path, ruleset, json_only=True)
    with sqlite3.connect(tmp_path / "cache" / DB_NAME) as db:
        key, blob = db.execute("SELECT key, blob FROM runs WHERE key LIKE '%:merged-texts'").fetchone()
        db.execute("UPDATE runs SET blob = ? WHERE key = ?", (blob[:-1] + b"!", key))
    run = again(tmp_path, ruleset, json_only=True)
    assert run.extractions is not None and "not signed" in run.why_full
    assert same_as_full(run, tmp_path, ruleset, True)
    # Counts that do not match: a shard's relations left out of the merged ones.
    import checker.run.incremental as incremental
    from checker.run.relations import Merged

    with sqlite3.connect(tmp_path / "cache" / DB_NAME) as db:
        (blob,) = db.execute("SELECT blob FROM runs WHERE key NOT LIKE '%:%'").fetchone()
        run_state = incremental._decode(incremental.RunState, blob[TAG:])
        store = incremental.StateStore(db, lambda: db, key.rsplit(":", 1)[0], _seal())
        merged = store.merged(run_state)
        assert merged is not None and merged.texts
        drop = merged.ranks[0]
        store.keep_merged(run_state, merged.kept(set(merged.counts()) - {drop}))
    run = again(tmp_path, ruleset, json_only=True)
    assert run.extractions is not None and "merged relations" in run.why_full
    assert same_as_full(run, tmp_path, ruleset, True)


def _seal():
    from checker.run.seal import user_seal

    return user_seal()[0]
