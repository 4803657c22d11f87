"""Checking copy against official results (`--reference`): the tables, the check, the slips, --fix."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from checker.model import Severity
from checker.reference import ReferenceError, load_reference
from checker.reference.slips import classify, correction
from checker.reference.tables import (hoc_seat_name, read_dc_2015, read_hoc_2005_2017, read_hoc_candidates,
                                      read_hoc_constituencies, read_layout, read_table)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data")
SCHEMA = json.loads((ROOT / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text("utf-8"))
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="the published Commons Library files are not here")

KINNOCK = "At the 2024 general election, Labour's Stephen Kinnock held Aberafan Maesteg with {votes} votes.\n"


def factcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


# -- the tables --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack():
    return load_reference(["uk-ge"])


def test_the_pack_holds_every_election_with_its_seats(pack) -> None:
    years = {y: len(el.seats) for (y, _), el in pack.elections.items()}
    assert years == {2005: 646, 2010: 650, 2015: 650, 2017: 650, 2019: 650, 2024: 650}
    el = pack.elections[(2024, "commons")]
    seat = el.seats["aberafan maesteg"]
    assert (seat.winner.candidate, seat.majority, seat.electorate, seat.total) == ("Stephen Kinnock", 10354, 72580,
                                                                                  35755)
    assert el.speaker_party == "Labour"
    # 2015 by party from Democracy Club, its electorates from the Commons Library: every seat has both.
    assert all(s.entries and s.electorate for s in pack.elections[(2015, "commons")].seats.values())


def test_the_commons_library_index_names_are_read_as_seats_are_named() -> None:
    assert hoc_seat_name("DEVON EAST") == "East Devon"
    assert hoc_seat_name("BRIDGWATER & SOMERSET WEST") == "Bridgwater and West Somerset"
    assert hoc_seat_name("DEVON WEST AND TORRIDGE") == "Torridge and West Devon"
    assert hoc_seat_name("CHESTER, CITY OF") == "City of Chester"
    assert hoc_seat_name("ABERDEEN NORTH") == "Aberdeen North"


@needs_data
def test_the_published_files_are_read_as_published() -> None:
    by_cand = read_hoc_candidates(DATA / "hoc_library_ge2024_results_by_candidate.csv")
    el = by_cand.elections[(2024, "commons")]
    assert sum(len(s.entries) for s in el.seats.values()) == 4515
    assert sum(e.votes for s in el.seats.values() for e in s.entries) == 28_809_340
    by_seat = read_hoc_constituencies(DATA / "hoc_library_ge2024_results_by_constituency.csv")
    assert by_seat.elections[(2024, "commons")].seats["chorley"].electorate > 0
    e2019 = read_table(DATA / "hoc_library_ge2019_results_by_candidate.csv").elections[(2019, "commons")]
    assert len(e2019.seats) == 650 and e2019.has_candidates
    old = read_hoc_2005_2017(DATA / "hoc_library_2005-2017_subset.csv")
    assert sorted(y for y, _ in old.elections) == [2005, 2010, 2015, 2017]
    dc = read_dc_2015(DATA / "ge2015_party_votes_democracyclub.csv").elections[(2015, "commons")]
    assert len(dc.seats) == 650 and not dc.has_candidates


def test_our_layout_round_trips_and_sums_national_totals(tmp_path: Path) -> None:
    table = tmp_path / "results.csv"
    table.write_text(
        "election,body,seat,nation,candidate,party,votes,share,seats,electorate\n"
        "2024,commons,Eastbrook,England,,,30000,,,60000\n"
        "2024,commons,Eastbrook,,Jane Roe,Labour,14210,,,\n"
        "2024,commons,Eastbrook,,John Doe,Conservative,12000,,,\n"
        "2024,commons,,,,Labour,,,411,\n", encoding="utf-8")
    ref = read_layout(table)
    el = ref.elections[(2024, "commons")]
    seat = el.seats["eastbrook"]
    assert (seat.majority, round(seat.turnout, 1), seat.winner.candidate) == (2210, 50.0, "Jane Roe")
    assert el.totals()["Labour"].seats == 411 and el.totals()["Conservative"].seats == 0


@pytest.mark.parametrize("body, where", [
    ("election,seat,party,votes\n2024,Eastbrook,Labour,many\n", "results.csv:2: column 'votes': 'many' is not a number"),
    ("election,seat,candidate,party,votes\n2024,Eastbrook,Jane Roe,,100\n", "results.csv:2: column 'party' is empty"),
    ("election,seat,party,votes,share\n2024,Eastbrook,Labour,100,140\n", "results.csv:2: column 'share': 140.0 is over 100"),
    ("election,seat,party,votes\n24,Eastbrook,Labour,100\n", "results.csv:2: column 'election': 24 is not an election"),
    ("constituency,winner\nEastbrook,Labour\n", "results.csv:1: not a results table factcheck knows"),
    ("", "results.csv: the results table is empty"),
])
def test_a_bad_table_is_one_line_with_its_file_row_and_column(tmp_path: Path, body: str, where: str) -> None:
    table = tmp_path / "results.csv"
    table.write_text(body, encoding="utf-8")
    with pytest.raises(ReferenceError) as got:
        load_reference([str(table)])
    assert where in str(got.value) and "\n" not in str(got.value)
    story = tmp_path / "story.txt"
    story.write_text(KINNOCK.format(votes="17,838"), encoding="utf-8")
    run = factcheck(str(story), "--reference", str(table), "--no-cache")
    assert run.returncode == 2 and where in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_an_unknown_pack_or_missing_file_stops_the_run(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(KINNOCK.format(votes="17,838"), encoding="utf-8")
    for spec, says in (("uk-gee", "unknown reference 'uk-gee'"), ("nothere.csv", "nothere.csv: no such results")):
        run = factcheck(str(story), "--reference", spec, "--no-cache")
        assert run.returncode == 2 and says in run.stderr, run.stderr


def test_the_config_names_references_from_its_own_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "results.csv").write_text(
        "election,seat,candidate,party,votes\n2024,Eastbrook,Jane Roe,Labour,14210\n"
        "2024,Eastbrook,John Doe,Conservative,12000\n", encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('reference = ["data/results.csv"]\n', encoding="utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "story.txt").write_text(
        "At the 2024 general election Labour's Jane Roe held Eastbrook with 14,120 votes.\n", encoding="utf-8")
    run = factcheck("copy", "--no-cache", cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "error[reference-figure]" in run.stdout and "help: did you mean 14,210? (two digits transposed)" in run.stdout
    shown = factcheck("--show-config", cwd=tmp_path)
    assert "reference" in shown.stdout and "factcheck.toml:1" in shown.stdout


# -- slips -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stated, right, slip", [
    ("19,532", "19,523", "two digits transposed"),
    ("19,623", "19,523", "one digit changed"),
    ("1,953", "19,523", "a digit dropped"),
    ("12,345", "19,523", None),
    ("9,523", "19,523", "a digit dropped"),
    ("199,523", "19,523", "a digit doubled"),
    ("18,523", "19,523", "the wrong thousand"),
    ("45.6", "45.7", "rounded the wrong way"),
    ("4,731", "4,713", "two digits transposed"),
])
def test_the_kind_of_slip(stated: str, right: str, slip: str | None) -> None:
    assert classify(stated, right) == slip


def test_a_correction_is_written_as_the_copy_writes_figures() -> None:
    assert correction("19,532", 19523).help == "did you mean 19,523? (two digits transposed)"
    assert correction("19532", 19523).replacement == "19523"
    assert correction("9", 4.74, min_decimals=1).replacement == "4.7"
    assert correction("eight", 8) is None and correction("17,838", 17838) is None


# -- the check ---------------------------------------------------------------------------------------------


def _findings(check_texts_ref, text: str, rule: str = "reference-figure"):
    return [f for f in check_texts_ref({"story.txt": text}).findings if f.rule == rule]


def test_a_wrong_vote_is_an_error_with_the_official_figure_and_the_correction(check_texts_ref) -> None:
    (f,) = _findings(check_texts_ref, KINNOCK.format(votes="17,883"))
    assert f.severity is Severity.ERROR and (f.stated, f.expected) == (17883, 17838)
    assert f.suggestion == "did you mean 17,838? (two digits transposed)" and f.replacement == "17,838"
    assert "Stephen Kinnock (Labour) polled 17,838 votes in Aberafan Maesteg in 2024" in f.message


def test_every_figure_of_a_right_story_agrees(check_texts_ref) -> None:
    report = check_texts_ref({"story.txt": (
        "Aberafan Maesteg, 2024 general election: Labour's Stephen Kinnock held the seat with 17,838 votes, "
        "49.9% of the vote, a majority of 10,354 over Reform UK's Mark Griffiths, who came second with 7,484. "
        "Turnout in Aberafan Maesteg was 49.3%, and the electorate 72,580.\n\n"
        "Nationally Labour won 411 seats and the Conservatives 121.\n")})
    assert [f for f in report.findings if f.rule.startswith("reference")] == []


def test_a_wrong_majority_turnout_and_seat_total_are_each_found(check_texts_ref) -> None:
    got = _findings(check_texts_ref, (
        "Aberafan Maesteg, 2024 general election: Labour's Stephen Kinnock held the seat with 17,838 votes, "
        "a majority of 10,534. Turnout in Aberafan Maesteg was 59.3%.\n\n"
        "Nationally the Liberal Democrats won 27 seats.\n"))
    assert sorted((f.stated, f.expected) for f in got) == [(27, 72), (59.3, pytest.approx(49.26, abs=0.01)),
                                                           (10534, 10354)]
    assert {f.suggestion for f in got} >= {"did you mean 10,354? (two digits transposed)",
                                           "did you mean 72? (two digits transposed)"}


def test_a_share_within_the_copys_rounding_is_not_flagged_and_one_place_out_is_a_warning(check_texts_ref) -> None:
    ok = "At the 2024 general election, Labour's Stephen Kinnock held Aberafan Maesteg with 49.9% of the vote.\n"
    assert _findings(check_texts_ref, ok) == []
    (f,) = _findings(check_texts_ref, ok.replace("49.9%", "49.8%"))
    assert f.severity is Severity.WARNING and f.suggestion == "did you mean 49.9? (rounded the wrong way)"
    assert f.replacement is None


def test_a_surname_only_match_is_a_warning_that_says_so(check_texts_ref) -> None:
    (f,) = _findings(check_texts_ref, "At the 2024 general election in Aberafan Maesteg, Mr Kinnock polled 17,883 votes.\n")
    assert f.severity is Severity.WARNING
    assert any("by surname alone" in a for a in f.assumptions) and f.replacement is None


def test_a_figure_that_is_another_of_the_seats_is_a_warning_not_a_correction(check_texts_ref) -> None:
    (f,) = _findings(check_texts_ref, "At the 2024 general election, Labour's Stephen Kinnock held Aberafan Maesteg "
                                      "with a majority of 17,838.\n")
    assert f.severity is Severity.WARNING and any("is Stephen Kinnock (Labour)'s vote" in a for a in f.assumptions)


def test_the_table_spells_the_candidate(check_texts_ref) -> None:
    (f,) = _findings(check_texts_ref, KINNOCK.format(votes="17,838").replace("Kinnock", "Kinock"), "reference-name")
    assert f.severity is Severity.WARNING and f.suggestion == "Stephen Kinnock"
    assert "'Stephen Kinock' is spelt 'Stephen Kinnock'" in f.message


def test_nothing_is_compared_without_a_reference(check_texts) -> None:
    report = check_texts({"story.txt": KINNOCK.format(votes="17,883")})
    assert [f for f in report.findings if f.rule.startswith("reference")] == []


def test_figures_of_another_election_or_a_poll_are_not_compared(check_texts_ref) -> None:
    for text in ("Before the 2024 general election, polls suggested the Liberal Democrats would win 27 seats.\n",
                 "At the 2024 general election the Conservatives won 121 seats, down from 365 in 2019.\n",
                 "At the 2024 general election, Labour won 63% of the seats on 33.7% of the vote.\n"):
        assert _findings(check_texts_ref, text) == [], text


# -- the real archive --------------------------------------------------------------------------------------

REAL = Path("/work/shared/real")


@pytest.mark.skipif(not REAL.is_dir(), reason="the real archive is not here")
def test_the_real_archive_adds_the_snp_share_and_no_false_error() -> None:
    plain = json.loads(factcheck(str(REAL), "--no-cache", "-f", "json").stdout)
    run = factcheck(str(REAL), "--no-cache", "-f", "json", "--reference", "uk-ge")
    got = json.loads(run.stdout)
    added = [f for f in got["findings"] if f["rule"].startswith("reference")]
    errors = [f for f in added if f["severity"] == "error"]
    # Both are REAL.md slips: the SNP's share, and the Liberal Democrats' votes for each seat
    # (2,415,888 for 8 MPs is about 302,000; the pack's GB table gives 301,267).
    assert sorted((Path(f["path"]).name, f["stated"], round(f["expected"], 1)) for f in errors) == [
        ("felix_2015-5-30-do-we-need-electoral-reform.txt", 291000, 301000),
        ("web_2015_results_gktoday.txt", 9, 4.7)]
    snp = next(f for f in errors if f["stated"] == 9)
    assert snp["suggestion"] == "did you mean 4.7?"
    # Beyond the reference's findings, the report is the one without it.
    assert [f for f in got["findings"] if not f["rule"].startswith("reference")] == plain["findings"]


# -- reports and --fix ---------------------------------------------------------------------------------------


def test_json_carries_the_suggestion_and_sarif_a_fix_that_validates(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(KINNOCK.format(votes="17,883"), encoding="utf-8")
    (f,) = json.loads(factcheck(str(story), "--no-cache", "-f", "json", "--reference", "uk-ge").stdout)["findings"]
    assert f["suggestion"] == "did you mean 17,838? (two digits transposed)" and f["replacement"] == "17,838"
    assert {"rule", "severity", "message", "path", "line", "column", "stated", "expected", "related"} <= set(f)
    log = json.loads(factcheck(str(story), "--no-cache", "-f", "sarif", "--reference", "uk-ge").stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    (fix,) = log["runs"][0]["results"][0]["fixes"]
    (change,) = fix["artifactChanges"]
    (rep,) = change["replacements"]
    assert rep["insertedContent"]["text"] == "17,838"
    assert rep["deletedRegion"] == {"startLine": 1, "startColumn": 83, "endLine": 1, "endColumn": 89}
    text = factcheck(str(story), "--no-cache", "--reference", "uk-ge").stdout
    assert "= help: did you mean 17,838? (two digits transposed)" in text


def test_diff_shows_exactly_the_corrected_figure_and_writes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\n" + KINNOCK.format(votes="17,883"), encoding="utf-8")
    before = story.read_bytes()
    run = factcheck(str(story), "--no-cache", "--reference", "uk-ge", "--diff")
    assert run.returncode == 1
    changed = [ln for ln in run.stdout.splitlines() if ln[:1] in "+-" and not ln.startswith(("---", "+++"))]
    assert changed == ["-" + KINNOCK.format(votes="17,883").strip(), "+" + KINNOCK.format(votes="17,838").strip()]
    assert story.read_bytes() == before
    assert "would fix 1 figure in 1 file; 0 errors left" in run.stderr


def test_diff_of_a_file_without_a_last_newline_says_so(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(KINNOCK.format(votes="17,883").strip(), encoding="utf-8")
    run = factcheck(str(story), "--no-cache", "--reference", "uk-ge", "--diff")
    assert run.stdout.endswith("\\ No newline at end of file\n") and run.stdout.count("No newline") == 2


def test_fix_writes_only_what_the_table_decides_keeping_the_file_mode(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    decided = copy / "decided.md"
    decided.write_text("# Maesteg\n\n" + KINNOCK.format(votes="**17,883**"), encoding="utf-8")
    os.chmod(decided, 0o640)
    assumed = copy / "assumed.txt"
    assumed.write_text("In Aberafan Maesteg, Reform UK's Mark Griffiths came second with 7,448 votes.\n",
                       encoding="utf-8")  # the story does not say which election: a warning
    before = assumed.read_bytes()
    run = factcheck("copy", "--no-cache", "--reference", "uk-ge", "--fix", cwd=tmp_path)
    assert "fixed 1 figure in 1 file" in run.stderr, run.stderr
    assert decided.read_text(encoding="utf-8") == "# Maesteg\n\n" + KINNOCK.format(votes="**17,838**")
    assert stat.S_IMODE(decided.stat().st_mode) == 0o640
    assert assumed.read_bytes() == before  # a match resting on an assumption is never applied
    assert sorted(p.name for p in copy.iterdir()) == ["assumed.txt", "decided.md"]  # no temporary files left
    again = factcheck("copy", "--no-cache", "--reference", "uk-ge", cwd=tmp_path)
    assert "error[reference-figure]" not in again.stdout


def test_fix_needs_a_reference(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(KINNOCK.format(votes="17,883"), encoding="utf-8")
    run = factcheck(str(story), "--no-cache", "--fix")
    assert run.returncode == 2 and "--reference" in run.stderr


def test_the_table_says_which_figure_is_wrong_when_the_copy_contradicts_itself(check_texts_ref, check_texts) -> None:
    text = ("Aberafan Maesteg, 2024 general election: Labour's Stephen Kinnock won with 17,883 votes. Reform UK's "
            "Mark Griffiths came second with 7,484 votes, leaving Mr Kinnock a majority of 10,354.\n")
    alone = [f for f in check_texts({"story.txt": text}).findings if f.severity is Severity.ERROR]
    assert [f.rule for f in alone] == ["majority-arithmetic"]  # the copy alone blames the majority
    from checker.reference.attribution import settle
    findings = settle(check_texts_ref({"story.txt": text}).findings)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert [(f.rule, f.stated) for f in errors] == [("reference-figure", 17883)]
    (majority,) = [f for f in findings if f.rule == "majority-arithmetic"]
    assert majority.severity is Severity.WARNING
    assert any("the official results put the slip at line 1" in a for a in majority.assumptions)


def test_the_cli_reports_the_slip_not_the_majority(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Aberafan Maesteg, 2024 general election: Labour's Stephen Kinnock won with 17,883 votes. "
                     "Reform UK's Mark Griffiths came second with 7,484 votes, leaving Mr Kinnock a majority of "
                     "10,354.\n", encoding="utf-8")
    got = json.loads(factcheck(str(story), "--no-cache", "-f", "json", "--reference", "uk-ge").stdout)
    assert [(f["rule"], f["severity"], f["stated"]) for f in got["findings"]] == [
        ("reference-figure", "error", 17883), ("majority-arithmetic", "warning", 10354)]


def test_the_speaker_counted_in_a_share_of_the_chamber_is_explained(check_texts_ref) -> None:
    text = "At the 2015 general election the Conservatives won 331 of the 650 seats in the House of Commons.\n"
    report = check_texts_ref({"story.txt": text})
    assert [f for f in report.findings if f.rule.startswith("reference")] == []
    assert any("count the Speaker" in v.message for v in report.verified)
    (f,) = _findings(check_texts_ref, text.replace("331", "313"))
    assert (f.stated, f.expected, f.suggestion) == (313, 330, "did you mean 330?")


def test_a_figure_won_by_doing_something_is_still_a_result(check_texts_ref) -> None:
    (f,) = _findings(check_texts_ref, "At the 2015 general election the SNP came third by winning 56 seats with 9% of "
                                      "the vote.\n")
    assert (f.stated, round(f.expected, 2)) == (9, 4.74)


def test_with_the_cache_a_second_run_still_compares_and_a_run_without_tables_does_not(tmp_path: Path) -> None:
    """The stored checks of a run know nothing of the tables: with --reference every check runs again (the
    claims still come from the cache), and a later run without it is not served the reference's findings."""
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "story.txt").write_text(KINNOCK.format(votes="17,883"), encoding="utf-8")
    plain = factcheck("copy", "-f", "json", cwd=tmp_path)
    assert json.loads(plain.stdout)["findings"] == []
    for _ in range(2):
        run = factcheck("copy", "-f", "json", "--reference", "uk-ge", cwd=tmp_path)
        assert [f["rule"] for f in json.loads(run.stdout)["findings"]] == ["reference-figure"]
    again = factcheck("copy", "-f", "json", cwd=tmp_path)
    assert json.loads(again.stdout)["findings"] == []


def test_a_seat_inside_a_name_is_no_seat_and_a_turnout_read_as_a_share_is_a_turnout(check_texts_ref) -> None:
    got = _findings(check_texts_ref, (
        "Rother Valley: general election 2024\n\nJake Richards (Labour) won Rother Valley at the 2024 general election "
        "with 16,023 votes.\n\nAlexander Stafford (Conservative) came second with 15,025 votes, leaving Jake Richards "
        "with a majority of 989.\n"))
    assert [(f.stated, f.expected, f.suggestion) for f in got] == [
        (989, 998, "did you mean 998? (two digits transposed)")]  # "Stafford" is a seat, not here
    (f,) = _findings(check_texts_ref, "At the 2024 general election, turnout in Vauxhall and Camberwell Green was "
                                      "58.4%.\n")
    assert f.expected == pytest.approx(48.4, abs=0.1) and f.suggestion == "did you mean 48.4? (one digit changed)"


def test_votes_for_each_seat_are_the_partys_votes_over_its_seats(check_texts_ref) -> None:
    """Derived from the table: 2015's Liberal Democrats polled about 2.4 million votes for 8 seats."""
    text = ("---\ndate: 2015-06-01\n---\n\nAt the 2015 general election the SNP received on average 26,000 votes "
            "for each of the seats they won. Labour received 40,000 per MP elected, and the Liberal Democrats "
            "charted up 280,000 votes per MP.")
    found = _findings(check_texts_ref, text)
    assert [f.severity.value for f in found] == ["error"]
    assert "280,000" in found[0].message and "a seat" in found[0].message


def test_a_rate_that_is_not_votes_for_each_seat_is_no_figure(claims_of) -> None:
    claims = claims_of("The party spent £5 per head and 40,000 leaflets per ward, but won 20,000 votes per MP.")
    assert [c.kind.value for c in claims if c.kind.value == "votes_per_seat"] == ["votes_per_seat"]
    assert [c.text for c in claims if c.text in ("5", "40,000")] == []
