"""Classes of failure found on blind set 70 (a South East daily's, a Welsh national site's, an East Anglian weekly's,
a councillors' newsletter's and a wire's Asian, German, Low Countries', Canadian and Latin American coverage), written
blind mid-session on 7 December (ninth), scored untouched on that session's starting code and on its second commit,
then read; with two left over from set 68. Each tested in fresh wording, never the set's own sentences, with a clean
twin or a slip beside it where a fix could hide one."""

from __future__ import annotations

import pytest

from findings_of import claims_in, rules, the

from checker.model import Kind, Modality


@pytest.mark.parametrize("majority, slip", [("8,653", False), ("8,563", True)])
def test_a_score_after_a_comma_is_the_beating_clause_s(check_as, majority, slip):
    text = (f"**Hythe Vale: Labour gain.** Ann Dorsey defeats Sally Marsh, 19,134 to 10,481. Majority {majority}. "
            "Reform UK were third with 7,401.")
    assert ("majority-arithmetic" in rules(check_as({"h.md": text}))) == slip


@pytest.mark.parametrize("majority, slip", [("3,949", False), ("3,994", True)])
def test_an_entry_s_label_carries_to_its_next_paragraph(check_as, majority, slip):
    text = ("<article>\n<p><strong>Worthing West: Labour gain from Conservative.</strong> Sir Tom Pellow, an MP "
            "since 1983, loses to Labour's Dr Jess Arden.</p>\n"
            f"<p>Arden 20,519, Pellow 16,570: a Labour majority of {majority}.</p>\n"
            "<p><strong>Lewes: Lib Dem gain.</strong> James Rowe beats Maria Cole, 26,895 to 14,271.</p>\n</article>\n")
    assert ("majority-arithmetic" in rules(check_as({"w.html": text}))) == slip


def test_an_earlier_election_s_lead_told_again_stays_its(check_as):
    text = ("Halton Vale was held by Labour's Ann Moss at last July's general election with a majority of 14,696. In "
            "last week's by-election Reform UK's Sam Pike won by six votes, 12,645 to Labour's 12,639. A six-vote "
            "majority and a 14,696-vote majority can sit in one seat ten months apart.")
    assert rules(check_as({"r.txt": text})) == []


def test_a_result_set_against_the_polls_is_no_forecast(read_as):
    text = ("Javier Ruiz won the run-off on Sunday by a far wider margin than polls had predicted, beating Economy "
            "Minister Sergio Massa by a margin of 2,960,320 votes.")
    margin = the(claims_in(read_as, "a.txt", text), "2,960,320")
    assert margin.modality == Modality.ACTUAL and margin.counterpart == "Sergio Massa"


def test_a_region_s_seats_then_a_party_s_count(read_as):
    text = "Labour won a clear majority of the region's seats, but Reform UK took two after 2019's wipeout."
    assert the(claims_in(read_as, "r.txt", text), "two").scope is not None


def test_a_count_after_with_takes_the_seats_of_the_count_before(check_as, read_as):
    text = ("Devon entered the election with one Labour MP — Jo Hale in Exeter — and leaves it with 11: a net gain of "
            "ten. The Conservatives are down to six and the Liberal Democrats have one. That makes 18 seats in all.")
    claims = claims_in(read_as, "d.txt", text)
    assert the(claims, "11").kind == Kind.SEATS and the(claims, "six").kind == Kind.SEATS
    assert rules(check_as({"d.txt": text})) == []


@pytest.mark.parametrize("said, slip", [("5", False), ("15", True)])
def test_a_bracketed_list_of_an_earlier_year(check_as, said, slip):
    text = ("The PVV won 37 of the 150 seats, and a joint list of Labour and GreenLeft came second with 25 seats, "
            "compared with 17 for the two parties combined (GreenLeft 8, Labour 9) in 2021.\n\nSeats:\nPVV 37\n"
            f"GL-PvdA 25\nVVD 24\nNSC 20\nD66 9\nBBB 7\nCDA 5\nSP {said}\nDENK 18\nTotal 150\n")
    assert ("seat-sum" in rules(check_as({"n.txt": text}))) == slip


def test_a_loser_finishing_a_distant_place(read_as):
    text = "Plaid Cymru captured the seat, with the Conservative chief whip Tom Hart finishing a distant third."
    assert the(claims_in(read_as, "c.txt", text), "third").subject == "Tom Hart"


@pytest.mark.parametrize("turnout, slip", [("81.8", False), ("84.8", True)])
def test_turnout_with_the_invalid_ballots_the_copy_gives(check_as, turnout, slip):
    text = ("The commission counted 164.2 million valid votes and about 3.3 million invalid ballots from 204.8 million "
            f"registered voters: a turnout of {turnout} per cent.")
    assert ("turnout" in rules(check_as({"i.txt": text}))) == slip


@pytest.mark.parametrize("together, slip", [("82", False), ("81", True)])
def test_seats_together_of_the_parties_before_against_a_list_after(check_as, together, slip):
    text = ("BRUSSELS - The coalition brings together the New Flemish Alliance (N-VA), the MR, the CD&V, Les Engagés "
            "and Vooruit.\n\n"
            f"Together the five hold {together} of the 150 seats in the Chamber.\n\nSeats:\n\n- N-VA 24\n- Vlaams Belang 20\n"
            "- MR 20\n- PS 16\n- Les Engagés 14\n- Vooruit 13\n- CD&V 11\n")
    assert ("combined-seats" in rules(check_as({"b.md": text}))) == slip


def test_a_belgian_party_s_short_name_only_in_copy_about_belgium(read_as):
    belgian = "BRUSSELS - The Reformist Movement (MR) won 20 seats in Belgium's Chamber, the PS 16."
    british = "Labour won 20 seats. MR SMITH, the agent, said the PS was a formality."
    assert the(claims_in(read_as, "b.txt", belgian), "20").subject == "MR"
    assert not [c for c in claims_in(read_as, "u.txt", british) if c.subject in ("MR", "PS")]


@pytest.mark.parametrize("swing, slip", [("15.6", False), ("18.1", True)])
def test_a_swing_named_x_to_y_before_the_word(check_as, swing, slip):
    """(A class of swing misses across the read sets: set25 a56, set65 a13, …)"""
    text = ("In Wells Vale the Lib Dem share went up from 41.1 per cent in 2019 to 50.6 per cent, while the Conservative "
            f"share fell from 48.5 per cent to 26.8 per cent - a Conservative to Liberal Democrat swing of {swing} per "
            "cent.")
    assert ("swing" in rules(check_as({"w.txt": text}))) == slip


@pytest.mark.parametrize("swing, slip", [("7.0", False), ("4.3", True)])
def test_a_second_party_s_change_with_its_noun_left_out(check_as, swing, slip):
    text = (f"In Hallam Vale Labour's share rose 11.3 points and the Lib Dems' fell 2.7 - a swing of {swing} points from "
            "Lib Dem to Labour.")
    assert ("swing" in rules(check_as({"h.txt": text}))) == slip


def test_in_a_seat_where_opens_a_worked_example(check_as):
    text = ("In Anyborough Labour is up 11.0 points and the Conservatives are down 18.0: a swing from Conservative to "
            "Labour of 14.5 points.\n\nIn a seat where Reform took 25 points from nowhere, a \"Con to Lab swing\" of 10 "
            "says very little.")
    assert rules(check_as({"e.txt": text})) == []
