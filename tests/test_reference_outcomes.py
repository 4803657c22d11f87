"""Winners and outcome words against the official results (`--reference`): "Wirral West: Labour hold",
"Lab GAIN from Con", "the SNP took Paisley from Labour", "came third" — read as claims, compared with the table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.model import BY_ELECTION_SCOPE, COUNCIL_SCOPE, Kind, Modality, Severity
from checker.reference import load_reference
from checker.reference.tables import Reference, previous_of, read_hoc_constituencies, read_layout, write_layout

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data")
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="the published Commons Library files are not here")


def outcomes(claims):
    return [c for c in claims if c.kind == Kind.OUTCOME]


def one_outcome(claims_of, text: str):
    found = outcomes(claims_of(text))
    assert len(found) == 1, [(c.text, c.subject) for c in found]
    return found[0]


def winners(report, severity: Severity | None = None):
    return [f for f in report.findings if f.rule == "reference-winner" and (severity is None or f.severity is severity)]


def factcheck(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})


# -- reading outcomes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, outcome, subject, counterpart, place", [
    # result lines and headlines
    ("WIRRAL WEST\n\nWirral West: Labour hold\n", "hold", "Labour", None, "Wirral West"),
    ("Hove: Lab GAIN from Con\n", "gain", "Labour", "Conservative", "Hove"),
    ("Paisley and Renfrewshire South: SNP gain from Labour\n", "gain", "SNP", "Labour",
     "Paisley and Renfrewshire South"),
    ("Gordon\nLib Dem 18,000, SNP 15,000. Lib Dem hold, majority 3,000.\n", "hold", "Liberal Democrat", None, "Gordon"),
    ("Labour hold Wirral West\n", "hold", "Labour", None, "Wirral West"),
    # prose
    ("Labour gained Hove from the Conservatives at the general election.", "gain", "Labour", "Conservative", "Hove"),
    ("In Lancashire the Conservatives held Bury North, by the narrowest of margins.", "hold", "Conservative", None,
     "Bury North"),
    ("Peter Kyle won Hove from the Conservatives.", "gain", "Peter Kyle", "Conservative", "Hove"),
    ("The SNP took Paisley and Renfrewshire South from Labour.", "gain", "SNP", "Labour",
     "Paisley and Renfrewshire South"),
    ("Ian Murray held on to Edinburgh South, Labour's only Scottish seat.", "hold", "Ian Murray", None,
     "Edinburgh South"),
    ("Liberal Democrat Tim Farron, who retained his Westmorland and Lonsdale seat with a reduced majority, spoke.",
     "hold", "Tim Farron", None, "Westmorland and Lonsdale"),
    ("But after Tories comfortably held the key Labour target of Nuneaton, the mood changed.", "hold",
     "Conservative", None, "Nuneaton"),
    ("Esther McVey, who lost Wirral West to Labour by 417 votes, was the night's biggest scalp.", "loss",
     "Esther McVey", "Labour", "Wirral West"),
    ("Douglas Alexander has lost his seat of Paisley and Renfrewshire South to 20 year-old student, Mhairi Black.",
     "loss", "Douglas Alexander", "Mhairi Black", "Paisley and Renfrewshire South"),
    ("Reform UK gained Kingston upon Hull West and Haltemprice from Labour.", "gain", "Reform UK", "Labour",
     "Kingston upon Hull West and Haltemprice"),
])
def test_outcomes_are_read_in_many_wordings(claims_of, text, outcome, subject, counterpart, place) -> None:
    c = one_outcome(claims_of, text)
    assert (c.outcome, c.subject, c.counterpart, c.place) == (outcome, subject, counterpart, place)
    assert c.value is None and c.role == ("loser" if outcome == "loss" else "winner")


def test_an_outcome_is_a_plain_claim_with_the_partys_side(claims_of) -> None:
    c = one_outcome(claims_of, "Clive Oakley held Charnwood for Labour with 27,517 votes.")
    assert (c.kind, c.text, c.subject_kind, c.party, c.modality) == (Kind.OUTCOME, "held", "person", "Labour",
                                                                     Modality.ACTUAL)
    # the figure beside it is read as before
    assert [x.kind for x in claims_of("Clive Oakley held Charnwood for Labour with 27,517 votes.")
            if x.kind != Kind.OUTCOME] == [Kind.VOTES]


@pytest.mark.parametrize("text", [
    "Labour gained 20 seats and the Conservatives lost 48.",
    "The Conservatives hold the most seats, but not a majority.",
    "Labour was hoping to win Hove this time.",
    "The Tories failed to hold Bury North.",
    "Mr Alexander, who had held the seat since 1997, was swept away.",
    "Labour will hold key marginal constituencies, the poll suggests.",
    "The Conservatives won the election with a majority of 12.",
    "Several member states will hold a referendum on the treaty.",
    "Mr Herron, who gained fame as a metric martyr, is standing again.",
    "The Liberals held on to most of their seats in Ontario.",
    "The party regained a seat in Atlantic Canada.",
    "It is the closest since the Lib Dem's Mark Oaten won Winchester by two.",
    "Sarah Green (Liberal Democrat) won Chesham and Amersham with 21,000 votes.",
])
def test_what_is_no_outcome_is_not_read_as_one(claims_of, text) -> None:
    assert outcomes(claims_of(text)) == []


def test_a_council_or_by_election_outcome_is_scoped_so(claims_of) -> None:
    council = one_outcome(claims_of, "Hove ward: Labour gained the seat from the Conservatives on the council.")
    assert council.scope == COUNCIL_SCOPE
    by = one_outcome(claims_of, "Hartlepool by-election\n\nThe Conservatives took Hartlepool from Labour.")
    assert by.scope == BY_ELECTION_SCOPE


def test_an_outcome_of_another_year_is_dated(claims_of) -> None:
    c = one_outcome(claims_of, "In 2010, Douglas Alexander won the seat with a massive vote share of 59.6%.")
    assert (c.year, c.modality) == (2010, Modality.HISTORICAL)
    c = one_outcome(claims_of, "Mark Oaten won Winchester by two votes in 1997.")
    assert c.year == 1997
    # the year of a clause that follows is not the outcome's
    c = one_outcome(claims_of, "Labour has won back Stroud, the Gloucestershire seat it lost in 2010, by 687 votes.")
    assert (c.outcome, c.year, c.modality) == ("gain", None, Modality.ACTUAL)


# -- the tables: who held each seat before ---------------------------------------------------------------------


def test_the_previous_winner_is_read_from_a_commons_library_result() -> None:
    assert previous_of("Lab gain from Con") == "Conservative"
    assert previous_of("SNP hold") == "Scottish National Party"
    assert previous_of("Ind gain from APNI") == "Alliance"
    assert previous_of("Spk hold") == "Speaker"
    assert previous_of("a landslide") is None


def test_the_pack_knows_each_seats_previous_winner() -> None:
    ref = load_reference(["uk-ge"])
    counts = {y: sum(1 for s in el.seats.values() if s.previous) for (y, _), el in ref.elections.items()}
    # 2024 from the Commons Library's own result column (notional 2019 on the new boundaries); 2015-2019 from the
    # election before on the same boundaries, except where the Library's lumped "others" won (Northern Ireland,
    # Brighton Pavilion, Buckingham); 2005 and 2010 have none (no election before on their boundaries).
    assert counts == {2005: 0, 2010: 0, 2015: 630, 2017: 650, 2019: 630, 2024: 650}
    assert ref.elections[(2024, "commons")].seats["aberafan maesteg"].previous == "Labour"
    assert ref.elections[(2019, "commons")].seats["putney"].previous == "Conservative"
    assert ref.elections[(2015, "commons")].seats["hove"].previous == "Conservative"


@needs_data
def test_the_2024_file_is_read_with_its_result_column() -> None:
    ref = read_hoc_constituencies(DATA / "hoc_library_ge2024_results_by_constituency.csv")
    seats = ref.elections[(2024, "commons")].seats
    assert seats["aberafan maesteg"].previous == "Labour"  # "Lab hold"
    assert seats["ashford"].previous == "Conservative"  # "Lab gain from Con"


def test_our_layout_carries_the_previous_winner_and_fills_it_only_on_the_same_boundaries(tmp_path: Path) -> None:
    table = tmp_path / "results.csv"
    table.write_text(
        "election,body,seat,nation,candidate,party,votes,share,seats,electorate,previous\n"
        "2017,commons,Eastbrook,England,,,30000,,,60000,Conservative\n"
        "2017,commons,Eastbrook,,,Labour,14210,,,,\n"
        "2017,commons,Eastbrook,,,Conservative,12000,,,,\n"
        "2019,commons,Eastbrook,England,,,30000,,,60000,\n"
        "2019,commons,Eastbrook,,,Conservative,15000,,,,\n"
        "2019,commons,Eastbrook,,,Labour,14000,,,,\n"
        "2024,commons,Eastbrook and Westford,England,,,30000,,,60000,\n"
        "2024,commons,Eastbrook and Westford,,,Labour,15000,,,,\n", encoding="utf-8")
    ref = load_reference([str(table)])
    seats = {y: el.seats for (y, _), el in ref.elections.items()}
    assert seats[2017]["eastbrook"].previous == "Conservative"  # as the table says
    assert seats[2019]["eastbrook"].previous == "Labour"  # the 2017 winner: the same seats
    assert seats[2024]["eastbrook and westford"].previous is None  # new boundaries: not guessed
    out = tmp_path / "again.csv"
    write_layout(ref, out)
    assert read_layout(out).elections[(2017, "commons")].seats["eastbrook"].previous == "Conservative"


def test_an_older_layout_without_the_column_is_still_read(tmp_path: Path) -> None:
    table = tmp_path / "old.csv"
    table.write_text("election,body,seat,nation,candidate,party,votes,share,seats,electorate\n"
                     "2024,commons,Eastbrook,England,,,30000,,,60000\n"
                     "2024,commons,Eastbrook,,Jane Roe,Labour,14210,,,\n", encoding="utf-8")
    seat = read_layout(table).elections[(2024, "commons")].seats["eastbrook"]
    assert seat.previous is None and seat.winner.candidate == "Jane Roe"


# -- comparing with the table ------------------------------------------------------------------------------------


def test_a_gain_where_the_table_says_hold_is_an_error_with_the_right_result(check_texts_ref) -> None:
    report = check_texts_ref({"maesteg.txt": "Election 2024\n\nAberafan Maesteg: Lab GAIN from Con\n\nAt the 2024 "
                                             "general election, Stephen Kinnock held the seat for Labour.\n"})
    (f,) = winners(report)
    assert f.severity is Severity.ERROR and f.location.line == 3
    assert f.message.startswith("Aberafan Maesteg in 2024 was a Labour hold, not a gain")
    assert f.suggestion == "did you mean Labour hold?"


def test_a_hold_where_the_table_says_gain_is_an_error(check_texts_ref) -> None:
    report = check_texts_ref({"putney.txt": "At the 2019 general election Labour held Putney, a rare bright spot."})
    (f,) = winners(report, Severity.ERROR)
    assert "Putney in 2019 was a Labour gain from Conservative, not a hold: Conservative won it in 2017" in f.message
    assert f.suggestion == "did you mean Labour gain from Conservative?"


def test_the_wrong_winner_is_an_error_whatever_the_wording(check_texts_ref) -> None:
    for text in ("At the 2024 general election, Reform UK gained Aberafan Maesteg from Labour.",
                 "At the 2015 general election the Conservatives took Hove from Labour.",
                 "At the 2015 general election, Esther McVey lost Wirral West to the Liberal Democrats."):
        (f,) = winners(check_texts_ref({"story.txt": text}), Severity.ERROR)
        assert "did not win" in f.message and f.suggestion.startswith("did you mean")


def test_a_gain_from_the_wrong_party_is_an_error_when_the_table_shows_that_party_losing(check_texts_ref) -> None:
    (f,) = winners(check_texts_ref({"gower.txt": "At the 2017 general election Labour gained Gower from the Lib Dems."}))
    assert f.severity is Severity.ERROR
    assert f.message == ("Gower in 2017 was a Labour gain from Conservative, not a gain from Liberal Democrat: "
                         "Conservative won it in 2015")


def test_a_gain_from_a_party_the_table_cannot_show_is_a_warning_about_by_elections(check_texts_ref) -> None:
    # Respect won Bradford West at the 2012 by-election; the table counts from the 2010 general election.
    (f,) = winners(check_texts_ref({"bradford.txt": "At the 2015 general election Labour gained Bradford West "
                                                    "from Respect."}))
    assert f.severity is Severity.WARNING
    assert any("by-election" in a for a in f.assumptions)


def test_right_outcomes_in_every_wording_agree(check_texts_ref) -> None:
    story = ("General election 2015\n\nHove: Lab GAIN from Con\n\n"
             "At the 2015 general election Labour gained Hove from the Conservatives, the Conservatives held Bury "
             "North and Ian Murray held on to Edinburgh South. The Liberal Democrats held Orkney and Shetland. "
             "Douglas Alexander lost his seat of Paisley and Renfrewshire South to the SNP.\n")
    report = check_texts_ref({"night.txt": story})
    assert winners(report) == []
    assert sum(v.rule == "reference-winner" for v in report.verified) >= 5


def test_an_assumption_makes_it_a_warning_that_says_so(check_texts_ref) -> None:
    # a surname alone
    (f,) = winners(check_texts_ref({"a.txt": "At the 2024 general election Mr Deere won Aberafan Maesteg."}))
    assert f.severity is Severity.WARNING and any("surname alone" in a for a in f.assumptions)
    # a story that does not say which election it reports: the one the person stood in
    (f,) = winners(check_texts_ref({"b.txt": "Reform UK's Mark Griffiths won Aberafan Maesteg, a Labour seat."}))
    assert f.severity is Severity.WARNING and any("does not say which election" in a for a in f.assumptions)


def test_a_person_who_held_a_seat_won_at_a_by_election_is_warned_of_not_an_error(check_texts_ref) -> None:
    # Richard Foord won Tiverton and Honiton at the 2022 by-election; the Library counts Honiton and Sidmouth in 2024
    # as a Liberal Democrat gain from the notional Conservative 2019 result.
    (f,) = winners(check_texts_ref({"a.txt": "At the 2024 general election the Liberal Democrat Richard Foord held "
                                             "Honiton and Sidmouth."}))
    assert f.severity is Severity.WARNING and any("however they won it" in a for a in f.assumptions)
    # the party's hold is the table's to judge
    (f,) = winners(check_texts_ref({"b.txt": "At the 2024 general election the Liberal Democrats held Honiton and "
                                             "Sidmouth."}))
    assert f.severity is Severity.ERROR
    # a side the people component missed ("Sarah Green, the Liberal Democrat who held …") is not taken for the party
    report = check_texts_ref({"c.txt": "Tuesday 9 July 2024\n\nSarah Green, the Liberal Democrat who held Chesham and "
                                       "Amersham last week, spoke."})
    assert winners(report) == []


def test_no_comparison_for_council_seats_by_elections_or_another_election(check_texts_ref) -> None:
    for text in ("Hove ward, 2024: Labour gained the seat from the Conservatives on the council.",
                 "Hartlepool by-election, 2024\n\nThe Conservatives took Hartlepool from Labour.",
                 "In 1997, Labour gained Hove from the Conservatives.",
                 "At the 2024 general election the Speaker held Chorley."):
        assert winners(check_texts_ref({"story.txt": text})) == []


# -- finishing places -----------------------------------------------------------------------------------------------


def test_a_wrong_finishing_place_is_an_error_with_the_right_place(check_texts_ref) -> None:
    (f,) = winners(check_texts_ref({"a.txt": "At the 2024 general election, Labour's Stephen Kinnock held Aberafan "
                                             "Maesteg. Reform UK's Mark Griffiths came third."}))
    assert f.severity is Severity.ERROR
    assert f.message.startswith("Mark Griffiths (Reform UK) came second in Aberafan Maesteg in 2024, not third")
    assert f.suggestion == "did you mean second?"
    right = check_texts_ref({"b.txt": "At the 2024 general election, Labour's Stephen Kinnock held Aberafan Maesteg. "
                                      "Reform UK's Mark Griffiths came second."})
    assert winners(right) == []


def test_a_place_behind_a_lumped_others_line_is_only_wrong_if_too_high(tmp_path: Path) -> None:
    table = tmp_path / "results.csv"
    table.write_text(
        "election,body,seat,nation,candidate,party,votes,share,seats,electorate,previous\n"
        "2017,commons,Eastbrook,England,,,30000,,,60000,Conservative\n"
        "2017,commons,Eastbrook,,,Labour,14210,,,,\n"
        "2017,commons,Eastbrook,,,Conservative,12000,,,,\n"
        "2017,commons,Eastbrook,,,(others),2500,,,,\n"
        "2017,commons,Eastbrook,,,Liberal Democrat,1290,,,,\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("At the 2017 general election Labour gained Eastbrook from the Conservatives.\n\n"
                     "The Liberal Democrats came fourth in Eastbrook.\n", encoding="utf-8")
    run = factcheck(str(story), "--no-cache", "--reference", str(table), "-f", "json", "-v")
    got = json.loads(run.stdout)
    assert [f for f in got["findings"] if f["rule"] == "reference-winner"] == []
    story.write_text("At the 2017 general election Labour held Eastbrook.\n\n"
                     "The Liberal Democrats came second in Eastbrook.\n", encoding="utf-8")
    got = json.loads(factcheck(str(story), "--no-cache", "--reference", str(table), "-f", "json").stdout)
    found = sorted((f["line"], f["message"]) for f in got["findings"] if f["rule"] == "reference-winner")
    assert found == [
        (1, "Eastbrook in 2017 was a Labour gain from Conservative, not a hold: Conservative won it at the "
            "general election before"),
        (3, "Liberal Democrat came at best third in Eastbrook in 2017, not second (ahead: Labour 14,210, "
            "Conservative 12,000)")]


# -- reports ----------------------------------------------------------------------------------------------------------


def test_reports_carry_the_outcome_and_its_suggestion(tmp_path: Path) -> None:
    story = tmp_path / "putney.txt"
    story.write_text("At the 2019 general election Labour held Putney.\n", encoding="utf-8")
    claims = json.loads(factcheck(str(story), "--no-cache", "--claims", "-f", "json").stdout)
    (c,) = [c for c in claims["documents"][0]["claims"] if c["kind"] == "outcome"]
    assert (c["outcome"], c["subject"], c["place"], c["value"]) == ("hold", "Labour", "Putney", None)
    run = factcheck(str(story), "--no-cache", "--reference", "uk-ge", "-f", "json")
    got = json.loads(run.stdout)
    assert got["schema"] == "factcheck/1" and run.returncode == 1
    (f,) = [f for f in got["findings"] if f["rule"] == "reference-winner"]
    assert f["suggestion"] == "did you mean Labour gain from Conservative?" and "replacement" not in f
    # --fix corrects figures only: an outcome's words are the editor's to rewrite
    diff = factcheck(str(story), "--no-cache", "--reference", "uk-ge", "--diff")
    assert diff.stdout == "" and story.read_text(encoding="utf-8").endswith("held Putney.\n")
