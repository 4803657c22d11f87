"""Classes of failure found on blind set 61 (a South West daily's, a Belfast daily's and a political newsletter's
coverage, 2005 to 2026: Northern Ireland STV counts, South West divisions and seats, parish polls, mayoral
referendums, and results from abroad), written blind mid-session on 7 December (sixth), scored untouched on that
session's starting code and on its second commit, then read; each tested in fresh wording, never the set's own
sentences."""

from __future__ import annotations

from findings_of import claims_in, rules, the

from checker.model import Kind


def test_a_participle_clause_names_the_seat_s_last_holder_not_the_winner(read_as):
    text = ("An independent standing for the Kelby Alliance has won a council by-election in Kelby Marsh by 96 votes, "
            "taking a seat the Conservatives won at the last full election in 2022.")
    assert the(claims_in(read_as, "k.txt", text), "96").subject != "Conservative"


def test_a_majority_joined_to_a_dated_count_shares_its_year(read_as):
    text = "In the old Kelby seat, Mr Dale won 30,410 votes in 2019 and a majority of 15,300."
    assert the(claims_in(read_as, "d.txt", text), "15,300").year == 2019


def test_a_results_block_s_referendum_and_parish_poll_name_their_places(check_as):
    text = ("Dunmore has voted to keep its leader and cabinet, and Kelby's parish said yes to a new hall.\n\n"
            "RESULTS IN FULL\nDunmore mayoral referendum, 7 May 2026\n  Keep leader and cabinet: 30,210 (56.0%)\n"
            "  Directly elected mayor: 23,740 (44.0%)\n\nKelby parish poll\n  Yes: 412\n  No: 397\n\n"
            "The referendum was won by a majority of 6,470.")
    assert "majority-arithmetic" not in rules(check_as({"r.txt": text}))


def test_units_set_against_a_figure_are_not_malformed(check_as):
    text = "The parish backed a 20mph limit, and the council a 5km cycle lane, by 412 votes to 397."
    assert "malformed-number" not in [f.rule for f in check_as({"u.txt": text}).findings]


def test_a_party_led_alliance_is_not_the_party(read_as):
    text = ("## Kelbyshire (120 seats)\n\nThe SPD alone won 64 seats.\n\n| Alliance | Seats |\n|---|---:|\n"
            "| SPD-led | 81 |\n| CDU-led | 39 |\n| **Total** | **120** |\n")
    claims = claims_in(read_as, "a.md", text)
    assert the(claims, "81").subject != "SPD"


def test_an_area_heading_scopes_the_seats_under_it(check_as):
    text = ("# Council watch\n\n## Kelbyshire\n\n- **Seats:** Reform UK 30, Liberal Democrat 25, Conservative 9.\n\n"
            "## Dunshire\n\n- **Seats:** Liberal Democrat 27, Reform UK 17, Conservative 12.\n")
    assert "agreement" not in [f.rule for f in check_as({"c.md": text}).findings]


def test_a_table_s_group_rows_that_sum_the_rows_under_them_are_no_sides(check_as):
    text = ("# Coalitions\n\n| | Seats | Vote share (%) |\n|---|---:|---:|\n| **Centre-left** | **60** | **48.0** |\n"
            "| Labour | 50 | 40.0 |\n| Green | 10 | 8.0 |\n| **Centre-right** | **65** | **52.0** |\n"
            "| Conservative | 57 | 45.0 |\n| Reform UK | 8 | 7.0 |\n")
    assert "share-sum" not in rules(check_as({"g.md": text}))


def test_group_rows_that_do_not_sum_their_rows_are_kept(check_as):
    text = ("# Coalitions\n\n| | Seats | Vote share (%) |\n|---|---:|---:|\n| **Centre-left** | **60** | **58.0** |\n"
            "| Labour | 50 | 40.0 |\n| Green | 10 | 8.0 |\n| **Centre-right** | **65** | **52.0** |\n"
            "| Conservative | 57 | 45.0 |\n| Reform UK | 8 | 7.0 |\n")
    assert "share-sum" in rules(check_as({"g.md": text}))  # 58.0 is not 40.0 + 8.0: no groups, and over 100
