"""Classes of failure found on blind set 65 (a Welsh daily's, a Midlands news site's, a Kent and Sussex weekly's and a
European affairs wire's coverage: 2024 seats, Senedd 2026 closed lists, councils, mayors and commissioners, parish
polls, and results from abroad), written blind mid-session on 7 December (seventh), scored untouched on that
session's starting code and on two of its commits, then read; each tested in fresh wording, never the set's own
sentences, with a clean twin where a fix could hide a slip."""

from __future__ import annotations

import pytest

from findings_of import claims_in

from checker.model import Kind, Modality


def errors_of(check_as, files: dict[str, str]) -> list[str]:
    return [f.rule for f in check_as(files).findings if f.severity.value == "error"]


def test_a_district_s_table_is_not_the_chamber_s(check_as):
    district = ("Plaid took three of the six seats in Gwynedd Môn.\n\n| Party | Votes | Seats |\n|---|---|---|\n"
                "| Plaid Cymru | 41,200 | 3 |\n| Reform UK | 20,105 | 2 |\n| Labour | 14,300 | 1 |\n| Green | 3,010 | 0 |\n"
                "| **Total** | **78,615** | **6** |\n")
    national = ("Across Wales, the 96-member Senedd now has Plaid 38, Reform 30, Labour 19, the Conservatives 5, the "
                "Greens 2 and the Liberal Democrats 2.")
    files = {"g.md": "---\ndate: 2026-05-09\n---\n\n" + district, "n.md": "---\ndate: 2026-05-09\n---\n\n" + national}
    assert "agreement" not in errors_of(check_as, files)


def test_a_relative_clause_that_then_had_is_the_past(read_as):
    text = ("The party's 98 seats compare with 150 in 2019, in a parliament that then had 500 members and was down to "
            "496 by the end of the term.")
    claims = {c.text: c for c in claims_in(read_as, "t.txt", text)}
    assert claims["500"].modality == Modality.HISTORICAL and claims["496"].modality != Modality.ACTUAL


def test_a_chamber_named_in_capitals_heads_its_list(check_as):
    text = ("HOUSE OF REPRESENTATIVES (150 seats; 76 for a majority)\nPVV 37\nVVD 24\nNSC 20\nBBB 7\n\n"
            "SENATE (75 seats; 38 for a majority)\nBBB 16\nVVD 10\nPVV 4\nNSC 0\n")
    assert "agreement" not in errors_of(check_as, {"nl.txt": text})


def test_a_share_of_one_party_s_vote_is_no_share_of_the_count(check_as):
    text = ("Dr Vella took 31,204 first preferences of the 221,400 valid votes. She won 68 per cent of all "
            "Nationalist first preferences.")
    assert "share-recompute" not in errors_of(check_as, {"m.txt": text})


def test_the_share_in_favour_is_the_yes_side_s(read_as):
    text = "In Thursday's referendum 1,806 people voted Yes and 611 voted No - 74.7 per cent in favour."
    share = next(c for c in claims_in(read_as, "r.txt", text) if c.text == "74.7")
    assert share.subject == "Yes"


@pytest.mark.parametrize("text", [
    "Labour won 19 of the 29 in 2017, so its 24 seats are 83 per cent of Welsh seats compared with 66 per cent then.",
    "Labour won 19 of the 29 in 2017, so its 24 seats make up 83 per cent of the constituencies.",
])
def test_a_share_of_seats_is_no_share_of_the_vote(read_as, text):
    assert not [c for c in claims_in(read_as, "w.txt", text) if c.kind in (Kind.SHARE, Kind.SHARE_CHANGE)]


def test_n_of_the_m_in_a_year_is_that_year_s(read_as):
    text = "Comparisons are awkward: Labour won 19 of the 29 in 2017."
    claims = {c.text: c for c in claims_in(read_as, "y.txt", text)}
    assert claims["19"].year == 2017 and claims["29"].year == 2017


def test_seats_gone_are_seats_lost(read_as):
    text = "The Conservatives, who won nine seats in 2019, lost every one of them - nine seats gone in a night."
    gone = [c for c in claims_in(read_as, "g.txt", text) if c.kind == Kind.SEAT_CHANGE]
    assert gone and gone[0].value == -9


def test_a_second_votes_table_is_the_party_ballot(check_as):
    text = ("<p>The CDU held the seat.</p>\n<table>\n<caption>First votes (constituency candidates)</caption>\n"
            "<tr><th>Party</th><th>Votes</th><th>%</th></tr>\n<tr><td>CDU</td><td>60,100</td><td>40.1</td></tr>\n"
            "<tr><td>SPD</td><td>30,000</td><td>20.0</td></tr>\n<tr><td>AfD</td><td>59,800</td><td>39.9</td></tr>\n"
            "</table>\n<table>\n<caption>Second votes (party lists)</caption>\n"
            "<tr><th>Party</th><th>Votes</th><th>%</th></tr>\n<tr><td>AfD</td><td>64,000</td><td>42.7</td></tr>\n"
            "<tr><td>CDU</td><td>55,900</td><td>37.3</td></tr>\n<tr><td>SPD</td><td>30,000</td><td>20.0</td></tr>\n"
            "</table>\n")
    assert "agreement" not in errors_of(check_as, {"de.html": text})


def test_the_chamber_capped_at_n_seats_is_its_size(read_as):
    text = "The Social Democrats backed the reform capping the chamber at 598 seats."
    size = next(c for c in claims_in(read_as, "c.txt", text) if c.text == "598")
    assert size.kind == Kind.TOTAL_SEATS


def test_the_other_side_of_n_more_than_x_s_m(read_as):
    text = "Ann Ward won 240,112 votes, 100,300 more than Ben Bradley's 139,812."
    other = next(c for c in claims_in(read_as, "b.txt", text) if c.text == "139,812")
    assert other.kind == Kind.VOTES and other.subject == "Ben Bradley"


def test_seats_won_at_the_last_elections_in_a_year(read_as):
    text = "The Conservatives, who won 36 seats at the last county elections in 2021, lost 22."
    won = next(c for c in claims_in(read_as, "l.txt", text) if c.text == "36")
    assert won.year == 2021


def test_a_pair_short_of_the_mark_between_them(check_as):
    text = ("Fianna Fáil won 48 seats and Fine Gael 38 in the 174-member Dáil, leaving the two parties with 86 seats "
            "between them, two short of the 88 needed for a majority.")
    assert "threshold" not in errors_of(check_as, {"ie.txt": text})


@pytest.mark.parametrize("left, wrong", [("26", False), ("28", True)])
def test_polish_parties_and_their_sejm(check_as, left, wrong):
    text = (f"Law and Justice (PiS) won 194 seats in the 460-seat Sejm. Civic Coalition (KO) won 157 seats, Third "
            f"Way 65 and the Left {left}. Confederation took 18.")  # 194 + 157 + 65 + 26 + 18 = 460
    assert ("seat-sum" in errors_of(check_as, {"pl.txt": text})) is wrong


@pytest.mark.parametrize("majority, wrong", [("24,112", False), ("24,211", True)])
def test_a_party_s_candidate_who_took_a_count_and_party_lines_of_one_list(check_as, majority, wrong):
    text = (f"Dame Ann Rowe polled 101,300 votes, a majority of {majority} over Labour's candidate, who took 77,188.\n\n"
            "RESULT\nAnn Rowe (Conservative) 101,300 (40.1%)\nLabour 77,188 (30.6%)\nGreen 40,020 (15.8%)\n"
            "Liberal Democrat 34,100 (13.5%)\n")
    assert ("majority-arithmetic" in errors_of(check_as, {"p.txt": text})) is wrong


def test_a_sentence_s_own_figure_against_the_target(check_as):
    text = ("In 2026 Labour won nine of the 96 seats.\n\nQ: In 2021 Labour won 30 of the 60 seats. Was that a "
            "majority?\nA: No. Thirty is exactly half, one short of the 31 needed in a 60-member Senedd.")
    assert "threshold" not in errors_of(check_as, {"q.txt": text})
