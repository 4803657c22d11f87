"""Classes of failure found on blind set 68 (a Yorkshire and North East daily's, a Northern Ireland news service's, a
Midlands weekly's and a wire's Nordic, Central European, Latin American and South Asian desks' coverage), written blind
in the session of 7 December (eighth), held out and never read there, scored untouched at the start of the session of
7 December (ninth), then read; each tested in fresh wording, never the set's own sentences, with a clean twin or a slip
beside it where a fix could hide one."""

from __future__ import annotations

import pytest

from findings_of import claims_in, errors, rules, the

from checker.model import Kind

MAYOR = ("---\ntitle: Kerr elected mayor of the Westfold region\ndate: 2024-05-04\n---\n\n"
         "Labour's Joan Kerr is the new mayor of the Westfold region. Ms Kerr, a former nurse who grew up in Wigan, "
         "said the result was a vote for better buses.\n\n"
         "| Candidate | Party | Votes |\n|---|---|---|\n| Joan Kerr | Labour | 150,410 |\n"
         "| Tom Hale | Conservative | 120,205 |\n| Ann Lowe | Green | 30,118 |\n")
WIGAN = ("---\ntitle: Nandy holds Wigan\ndate: 2024-07-05\n---\n\n"
         "Labour's Lisa Nandy held Wigan with 20,160 votes. Reform UK's Andy Dawber was second with 11,203, "
         "a majority of 8,957.\n")


def test_a_place_in_someone_s_life_is_no_seat_of_the_article(check_as):
    """ "who grew up in Wigan": the mayoral table is not Wigan's count, so Wigan's majority is checked alone."""
    assert rules(check_as({"m.md": MAYOR, "w.md": WIGAN})) == []


def test_a_slip_in_the_seat_itself_is_still_found(check_as):
    slip = WIGAN.replace("a majority of 8,957", "a majority of 8,597")
    assert "majority-arithmetic" in rules(check_as({"m.md": MAYOR, "w.md": slip}))


def test_the_areas_a_vote_spans_are_none_of_them_its_seat(check_as):
    text = ("Labour has won the Southmoor police and crime commissioner election.\n\n"
            "Kay Marsh polled 61,240 votes across Barnsley North, Doncaster North and Rotherham, beating the "
            "Conservative Phil Ives.\n\nThe shares were:\nKay Marsh (Labour) 47.1%\nPhil Ives (Conservative) 38.2%\n"
            "Reform UK 11.4%\nLiberal Democrat 6.3%\n")
    assert "share-sum" in rules(check_as({"p.txt": text}))  # 103.0%: one race, the commissioner's


def test_a_ward_named_as_one_of_the_borough_s_wards(check_as):
    """ "in Elm Park, one of the borough's two-member wards": the ward is the seat, not the borough's namesake
    constituency another story reports."""
    ward = ("---\ntitle: Labour hold Wigan council\ndate: 2024-05-04\n---\n\n"
            "Labour kept control of Wigan council. The closest fight was in Elm Park, one of the borough's two-member "
            "wards, where Labour's Ruth Cole finished second.\n\n"
            "| Candidate | Party | Votes | |\n|---|---|---|---|\n| Sam Poole | Labour | 1,310 | Elected |\n"
            "| Ruth Cole | Labour | 1,204 | Elected |\n| Dan Hurst | Reform UK | 990 | |\n")
    assert rules(check_as({"c.md": ward, "w.md": WIGAN})) == []


def test_a_place_that_elects_councillors_is_a_seat(read_as):
    text = ("## Two seats in Moss Lane\n\nMoss Lane elected two councillors this year after a resignation.\n\n"
            "- Pat Greer (Lab) 1,011 - elected\n- Omar Said (Lab) 946 - elected\n- Jo Platt (Con) 402\n")
    ex = read_as({"m.md": text})[0]
    assert {m.name for m in ex.mentions if m.kind == "place"} == {"Moss Lane"}


def test_its_after_a_body_is_the_body_s(read_as):
    text = "Labour won 30 seats on Thursday. The borough elects its 51 councillors in thirds."
    assert the(claims_in(read_as, "b.txt", text), "51").subject is None


def test_a_party_s_part_of_the_fought_seats_is_no_council_total(check_as):
    text = ("Labour won 15 of the 19 seats up for election. Before the election Labour had held 6 of the seats being "
            "contested, the Conservatives 12 and the Greens 1.\n\n"
            "On the 38-seat council Labour now has 22, up from 13, and the Conservatives 14, down from 23.\n")
    assert rules(check_as({"n.txt": text})) == []


def test_going_into_polling_day_with_a_count_is_the_count_before(check_as):
    text = ("The Tories went into polling day with 41 councillors and came out with 35.\n\n"
            "| Party | Before | After |\n|---|---|---|\n| Conservative | 41 | 35 |\n| Labour | 25 | 31 |\n")
    assert rules(check_as({"d.md": text})) == []


def test_another_country_s_party_name_inside_a_longer_name(read_as):
    text = ("COPENHAGEN - The Danish People's Party won 5 seats and the Socialist People's Party 15, while the "
            "Social Democrats took 50.\n\n| Party | Bloc | Seats |\n|---|---|---|\n| Social Democrats | red | 50 |\n")
    subjects = {c.subject for c in claims_in(read_as, "d.md", text) if c.kind == Kind.SEATS}
    assert "People's Party of Canada" not in subjects
    assert {"Danish People's Party", "Socialist People's Party"} <= subjects


@pytest.mark.parametrize("margin, slip", [("30,205", False), ("32,005", True)])
def test_a_combined_authority_and_its_mayoralty_are_one_seat(check_as, margin, slip):
    text = ("# Kerr re-elected Westfold mayor\n\nJoan Kerr has been re-elected mayor of the Westfold Combined "
            f"Authority by {margin} votes.\n\n## Westfold Combined Authority\n\n"
            "| Candidate | Party | Votes |\n|---|---|---|\n| Joan Kerr | Labour | 150,410 |\n"
            "| Tom Hale | Conservative | 120,205 |\n")
    assert ("majority-arithmetic" in rules(check_as({"k.md": text}))) == slip


def test_ballots_that_count_for_no_one_and_every_ballot(read_as):
    text = ("| Option | Votes |\n|---|---|\n| Yes | 6,894 |\n| No | 5,470 |\n| Valid votes | 12,364 |\n"
            "| Null | 567 |\n| Blank | 137 |\n| Total votes cast | 13,068 |\n")
    claims = claims_in(read_as, "r.md", text)
    assert not [c for c in claims if c.text in ("567", "137")]
    assert the(claims, "13,068").kind == Kind.VOTES_CAST


def test_seats_together_of_a_side_no_list_holds(check_as):
    text = ("Labour won 48 seats and the Centre Party 28. Labour, the Centre Party and the Socialist Left together "
            "have 89 seats, four more than the 85 needed.")
    assert "combined-seats" not in rules(check_as({"n.txt": text}))


@pytest.mark.parametrize("short, slip", [("nine", False), ("eleven", True)])
def test_a_distance_after_a_dash_is_counted_from_the_figure_before(check_as, short, slip):
    text = f"A coalition of the two would have 76 seats - {short} short of the 85 needed for a majority."
    assert ("threshold" in rules(check_as({"c.txt": text}))) == slip


def test_a_rate_of_the_economy_is_no_share(check_as):
    text = "Javier Ruiz won 55.7 per cent of the vote. Inflation is running above 160 percent a year."
    assert rules(check_as({"a.txt": text})) == []


def test_each_figure_of_a_list_takes_the_seat_after_it(read_as):
    text = ("The Yorkshire Party stood in all three seats: Ann Cole took 1,059 in Doncaster North, Ben Ray 603 in "
            "Barnsley North and David Hurst 1,363 in Rotherham.")
    ex = read_as({"y.txt": text})[0]
    assert ex.claims and {c.text: c.place for c in ex.claims if c.kind == Kind.VOTES} == {
        "1,059": "Doncaster North", "603": "Barnsley North", "1,363": "Rotherham"}


def test_the_winner_in_a_seat_names_it(read_as):
    text = "A judge has confirmed Josée Roy as the winner in Val-des-Pins after a recount."
    ex = read_as({"v.txt": text})[0]
    assert {m.name for m in ex.mentions if m.kind == "place"} == {"Val-des-Pins"}


def test_trailing_by_first_preferences_is_a_gap(read_as):
    text = "Priya Sandhu won on transfers with 32,300 votes. She had trailed by 3,200 first preferences."
    assert the(claims_in(read_as, "s.txt", text), "3,200").kind == Kind.MARGIN


def test_seats_where_voting_took_place_are_no_chamber_size(check_as):
    text = ("The League won 224 of the 299 seats where voting took place. A party needs 151 seats in the 300-member "
            "parliament to govern alone.")
    assert "majority-target" not in rules(check_as({"b.txt": text}))


def test_a_town_s_venue_is_no_seat(read_as):
    text = ("Sarah Holm has been elected mayor of the Kirkmoor Combined Authority. The count at Huddersfield's "
            "Riverside Stadium ran late.")
    ex = read_as({"h.txt": text})[0]
    assert {m.name for m in ex.mentions if m.kind == "place"} == {"Kirkmoor"}


def test_a_ward_s_size_is_no_party_s_seats(read_as):
    text = "Labour keep Rotherham as Wickersley returns three councillors from two parties"
    ex = read_as({"h.txt": text})[0]
    assert the(list(ex.claims), "three").subject is None


@pytest.mark.parametrize("majority, slip", [("2,298", False), ("2,398", True)])
def test_a_majority_after_ending_someone_s_tenure_is_the_winner_s(check_as, majority, slip):
    text = (f"Labour's Nia Ellis has won Wrexham, ending Tom Price's five years as the town's MP with a majority of "
            f"{majority}.\n\nMs Ellis took 16,621 votes and Mr Price 14,323.")
    assert ("majority-arithmetic" in rules(check_as({"w.txt": text}))) == slip


def test_a_year_in_a_closed_relative_clause_is_not_the_main_clause_s(read_as):
    text = ("Ms Hale took 17,006 votes. Mr Ross, who won the seat in 2019 with a majority of 3,294, finished second on "
            "14,323.")
    claims = claims_in(read_as, "r.txt", text)
    assert the(claims, "3,294").year == 2019
    assert the(claims, "14,323").year is None and the(claims, "14,323").modality.value == "actual"


@pytest.mark.parametrize("behind, slip", [("4,533", False), ("4,353", True)])
def test_a_loser_s_gap_behind_the_winner(check_as, behind, slip):
    text = (f"Labour's Mina Grant held Kirkby Vale with 15,101 votes. The Greens' Alan Cope came second with 10,568."
            f"\n\nAlan Cope's 10,568 votes put him {behind} behind Grant, but his party's share rose sharply.")
    assert ("majority-arithmetic" in rules(check_as({"g.txt": text}))) == slip


def test_a_gap_between_two_losers_is_not_the_winner_s_lead(check_as):
    text = ("Independent Omar Ali has won Selly Vale by just 507 votes, polling 13,303 to Labour's Jim Hart's 12,796.\n\n"
            "Reform's Ann Cole finished just six votes ahead of the Green Ben Moss, on 3,101 to 3,095.")
    assert rules(check_as({"s.txt": text})) == []


def test_a_dateline_is_no_seat_beside_one_named_by_its_role(check_as):
    text = ("Labour's Kay Marsh wins Southmoor police commissioner post\n\nMIDDLESBROUGH, Saturday 4 May 2024\n\n"
            "Labour has won the Southmoor police and crime commissioner election.\n\nThe shares of the vote were:\n"
            "Kay Marsh (Labour) 45.2%\nPhil Ives (Conservative) 37.9%\nReform UK 12.6%\nLiberal Democrat 7.3%\n")
    assert "share-sum" in rules(check_as({"p.txt": text}))
