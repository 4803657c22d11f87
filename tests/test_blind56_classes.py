"""Classes of failure found on blind set 56 (a news agency's election wire and two city papers' results desks, 2010 to
2025: overnight results items, by-elections with the previous result, local round-ups of several councils, wards of
two and three members, mayors, Holyrood and the Senedd, Stormont and Irish counts, leadership contests, referendums,
US, Canadian, Australian, New Zealand, German and Dutch results), written blind mid-session on 7 December (fourth) and
scored untouched on that session's starting code and on its first commit, then read; each tested in fresh wording,
never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules, the

from checker.model import Kind, Modality


def test_a_council_named_alone_over_its_list_heads_the_list(check_as):
    text = ("## Round-up\n\n**Hartford Borough Council** (a third of 48 seats up)\n- Conservatives 22 seats (down two), "
            "Labour 15 (up one), Greens 4 (up one).\n\n**Oakvale District Council** (all 36 seats up)\n"
            "- Liberal Democrats 19 (previously 12)\n- Conservatives 11 (previously 19)\n- Labour 6 (previously 5)\n")
    assert "agreement" not in rules(check_as({"r.md": text}))


def test_a_figure_in_brackets_after_previously_is_the_earlier_one(read_as):
    text = ("Seats on the new council:\n- Liberal Democrats 19 (previously 12)\n- Conservatives 11 (previously 19)\n"
            "- Labour 6 (previously 5)\n")
    assert the(claims_in(read_as, "l.txt", text), "6").modality == Modality.ACTUAL


def test_a_gain_to_take_its_total_to_n_up_from_m(check_as):
    text = "Labour gained six seats to take its total to 29, up from 25, on the 55-seat council."
    assert "direction" in rules(check_as({"g.txt": text}))  # 29 − 25 = 4


def test_seats_up_k_on_an_earlier_year_s_tally(check_as):
    text = "Plaid remains the largest group on the council, winning 24 seats, up five on 2017's 20."
    assert "direction" in rules(check_as({"p.txt": text}))  # 24 − 20 = 4
    fine = "Plaid remains the largest group on the council, winning 24 seats, up four on 2017's 20."
    assert "direction" not in rules(check_as({"p.txt": fine}))


def test_a_results_list_opened_by_a_sentence_naming_its_seat(check_as):
    text = ("## Kelby ward\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Ann Lowe | Green | 1,208 |\n"
            "| Tom Hale | Labour | 812 |\n\n## Elsewhere\n\nLabour held the Marston division in a by-election:\n\n"
            "- Labour (Jo Reyes) 1,455\n- Conservative (Ben Marsh) 1,301\n- Green (Amy Hart) 390\n\n"
            "Lab majority 145.\n")
    report = check_as({"k.md": text})
    assert "majority-arithmetic" in rules(report)  # 1,455 − 1,301 = 154, checked against Marston's list …
    assert all("Kelby" not in f.message for f in report.findings)  # … never Kelby's


def test_a_nation_s_tally_of_councillors_is_no_chamber_s(check_as):
    text = ("Fife Council: Labour largest party\n\nLabour won 20 seats on Fife Council and the SNP 18.\n\n"
            "Across Scotland the SNP won 453 seats, Labour 282 and the Conservatives 214.")
    assert "seat-sum" not in rules(check_as({"f.txt": text}))


def test_a_gap_behind_the_runner_up_is_not_the_winner_s_lead(check_as):
    text = ("Ann Lowe held the seat with 17,281 votes. Labour's Tom Hale was second on 12,524 and the independent Jo "
            "Reyes third on 12,445, just 79 votes behind him.")
    assert "majority-arithmetic" not in rules(check_as({"c.txt": text}))


def test_a_byline_and_its_date_are_no_lede(read_as):
    text = ("Tories lose grip on Kelby\n\nBy Ann Lowe, Local Democracy Reporter\nFriday, 3 May 2019\n\n"
            "The Conservatives have lost control of Kelby District Council, winning 26 of its 51 seats.\n\n"
            "The Liberal Democrats took 15, Labour 7 and the Greens 3.\n")
    assert the(claims_in(read_as, "k.txt", text), "15").scope == "council"


def test_all_the_seats_of_a_ward_just_named_are_the_ward_s(read_as):
    text = ("The upset came in Castle, a three-member ward the Conservatives had held since 2003. All three seats went "
            "to the Lib Dems.")
    assert [c for c in claims_in(read_as, "w.txt", text) if c.kind == Kind.TOTAL_SEATS] == []


def test_the_whole_of_a_tier_s_part_is_that_tier_s_size(read_as):
    text = ("Labour won 30 of the Senedd's 60 seats. Its strength came on the constituency ballot, where it won 27 of "
            "the 40 seats; on the regional lists it won only three.")
    assert figure(read_as, "s.txt", text, "40").column is not None
