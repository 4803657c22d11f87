"""Classes of failure found on blind set 52 (a magazine's and a local newsroom's coverage, 2015 to 2025: analysis
pieces over several elections, data-desk explainers, a district council ward by ward, mayors, PCCs, a Westminster seat
across four elections, Holyrood lists, the Northern Ireland Assembly, a Speaker's seat, US, Canadian, Australian and
New Zealand results, the European Parliament in 2019), written blind mid-session in the session of 7 December
(third), scored untouched on that session's starting code and on its code of that hour, then read; each tested in
fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules

from checker.extract.election import copy_date
from checker.model import Kind, Modality


# Reading the figures


def test_a_facts_line_s_valid_label_is_the_valid_poll(check_as):
    text = "**Total poll** 40,210 · **Invalid** 410 · **Valid** 39,800 · **Seats** 4 · **Quota** 7,961"
    assert "stv-quota" not in rules(check_as({"q.md": text}))


def test_what_a_surplus_gave_each_is_no_one_s_surplus(check_as):
    text = ("Quota: 6,001. Ms Grant polled 6,900 and was elected on the first count. Her surplus of 899 went mostly "
            "to her running mate: Lowe 610, Platt 120, Hale 90, with 79 non-transferable.")
    assert "stv-surplus" not in rules(check_as({"s.txt": text}))


def test_a_target_after_needed_more_than_half(read_as):
    text = "To win on first preferences Ms Lowe needed more than half of the valid vote: 48,211. She polled 41,900."
    assert all(c.kind != Kind.VOTES_CAST for c in claims_in(read_as, "t.txt", text) if c.text == "48,211")


def test_places_shared_out_over_two_are_no_one_s(read_as):
    text = "The two Morgans, who are not related, finished second and third behind Labour's Ann Lowe."
    assert all(c.kind != Kind.RANK for c in claims_in(read_as, "r.txt", text))


def test_a_count_of_majorities_is_no_majority(read_as):
    text = "Comparing the three majorities is unwise, because the boundaries changed twice."
    assert all(c.kind not in (Kind.MAJORITY, Kind.MARGIN) for c in claims_in(read_as, "m.txt", text))


def test_fewer_seats_than_another_party_is_no_tally(read_as):
    text = "The Greens took 9.1 per cent of the vote, more than the SNP's 2.5 per cent, but five fewer seats."
    assert all(c.kind != Kind.SEATS for c in claims_in(read_as, "f.txt", text))


def test_seats_contested_are_no_seats_won(read_as):
    text = "- 2024 (the Green Party, 574 seats contested): 1,943,265 votes, 6.7%, four MPs."
    assert all(c.text != "574" for c in claims_in(read_as, "g.md", text))


# Which election, count or body


def test_a_bracket_after_an_earlier_year_is_that_year_s(read_as):
    text = "The new council: Labour 20, Conservatives 11. Against 2019 (Con 19, Lab 12) that is a Labour gain of eight."
    assert figure(read_as, "c.txt", text, "19").year == 2019


def test_a_results_label_dates_undated_copy():
    text = ("Labour hold in Kelby\n\nLabour held the seat by 35 votes.\n\nFENSHIRE CC, KELBY (by-election, 12 March "
            "2025)\nAnn Lowe (Lab) 601\n")
    assert copy_date(text).year == 2025


def test_a_live_page_s_night_told_with_into():
    assert copy_date("# LIVE\n\n*Our live team, Thursday 4 July into Friday 5 July 2024*\n").year == 2024


def test_an_initial_canvass_is_a_count_replaced(read_as):
    text = ("The recount confirmed Ms Lowe's win by 212 votes, 140,200 to 139,988. The initial canvass had shown a "
            "margin of 216.")
    assert figure(read_as, "c.txt", text, "216").round == "provisional"


def test_a_page_s_figure_a_correction_takes_back(check_as):
    text = ("Kelby ward: 3,120 ballot papers from an electorate of 9,750. Our page also gave turnout in the ward as "
            "35.1 per cent. The correct figure is 32.0 per cent.")
    assert "turnout" not in rules(check_as({"c.txt": text}))


def test_the_later_entries_of_a_projection_s_list(read_as):
    text = "The exit poll projected Labour 390, Conservative 140, Lib Dem 50, SNP 12, Green 3."
    assert figure(read_as, "p.txt", text, "12").modality == Modality.FORECAST


def test_a_section_across_the_council_after_a_ward_s_result(check_as):
    text = ("## Kelby ward\n\nLabour's Ann Lowe and Tom Hale won two of the three seats; the Conservatives one.\n\n"
            "## Across Fenbridge\n\nLabour kept control of the 48-seat council with 29 councillors. The "
            "Conservatives have 15.\n")
    assert "agreement" not in rules(check_as({"f.md": text}))


# Whose figure


def test_a_gapped_verb_s_second_subject_owns_its_change(read_as):
    text = "The Conservatives rose from 12 to 15 seats and the Liberal Democrats from three to five."
    claims = claims_in(read_as, "g.txt", text)
    assert {c.subject for c in claims if c.text in ("three", "five")} == {"Liberal Democrat"}


def test_a_majority_over_the_remaining_members_is_in_seats(read_as):
    text = "Labour and the Greens would have 25, a majority of two over the remaining 23."
    assert figure(read_as, "m.txt", text, "two").unit == "seats"


def test_a_loser_who_missed_out_in_a_ward_of_several_seats(check_as):
    text = ("**Castle (three seats)**\n- Ann Lowe (Lab) 1,412 - elected\n- Tom Hale (Lab) 1,390 - elected\n"
            "- Ian Platt (Con) 1,301 - elected\n- Jo Reyes (Lab) 1,279\n\nIn Castle, Labour's Jo Reyes missed out by "
            "22.")
    assert "majority-arithmetic" not in rules(check_as({"c.md": text}))
