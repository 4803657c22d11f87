"""Classes of failure found on blind set 57 (a county newspaper group's and a national broadcaster's coverage, 2012 to
2025: results pages for a county's seats, by-elections, county divisions and district wards, mayors, leadership
ballots of councillors, referendums by counting area, Irish counts, US, Canadian and Australian results), written blind
at the end of 7 December (fourth), scored untouched on that session's final code and again on 7 December (fifth)'s
starting code, then read; each tested in fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules, the

from checker.model import Kind, Modality


def test_a_seat_named_inside_a_longer_seat_of_the_table_is_not_the_shorter(check_as, read_as):
    text = ("| Seat | Winner | Majority |\n|---|---|---|\n| Dunmore | Ann Lowe | 4,102 |\n"
            "| East Dunmore and Kilby | Raj Patel | 1,877 |\n\n"
            "Ann Lowe won Dunmore with 15,300 votes to 11,198 for Tom Hale.\n\n"
            "In East Dunmore and Kilby the Liberal Democrats' Raj Patel beat the Conservative Carol Pike (no relation "
            "to the MP) by 17,920 votes to 16,043.\n")
    report = check_as({"r.md": text})
    assert "majority-arithmetic" not in rules(report)  # Carol Pike's 16,043 is East Dunmore and Kilby's, not Dunmore's
    assert figure(read_as, "r.md", text, "16,043").place == "East Dunmore and Kilby"


def test_the_neighbouring_seat_a_sentence_names_owns_its_figures(read_as):
    text = ("Hale Vale: Tories hold on\n\nThe Conservatives held Hale Vale by 412 votes.\n\n"
            "Hale Vale is not to be confused with the adjacent Hale constituency, which Labour's Ann Lowe took from the "
            "Conservatives with a majority of 6,120.\n")
    assert figure(read_as, "h.txt", text, "6,120").place == "Hale"


def test_an_electorate_in_brackets_in_a_turnout_row_is_no_count_of_votes(check_as):
    text = ("| Candidate | Party | Votes | % |\n|---|---|---|---|\n| Ann Lowe | Labour | 12,310 | 48.2 |\n"
            "| Tom Hale | Conservative | 9,990 | 39.1 |\n| Jo Reyes | Green | 3,244 | 12.7 |\n"
            "| Turnout | | 61.0% (electorate 41,880) | |\n")
    assert not errors(check_as({"t.md": text}))


def test_ballots_held_by_eliminated_candidates_are_no_margin(check_as, read_as):
    text = ("Ann Lowe won the mayoralty after second preferences, beating Tom Hale by 8,442 votes.\n\n"
            "Of the 51,230 ballot papers held by the four eliminated candidates, 30,118 showed no second preference "
            "for either Ms Lowe or Mr Hale.")
    assert "agreement" not in rules(check_as({"m.txt": text}))
    assert not [c for c in claims_in(read_as, "m.txt", text) if c.text == "four"]


def test_a_party_table_s_rows_of_parties_we_do_not_know_count_in_its_total(check_as):
    wrong = ("## Seats on Kelby council\n\n| Party | 2025 | 2021 |\n|---|---|---|\n| Labour | 30 | 26 |\n| Conservative | 14 | 20 |\n"
             "| Residents 1st | 3 | 2 |\n| Independent 2 Kelby | 2 | 1 |\n| Independents | 3 | 3 |\n"
             "| **Total** | **51** | **52** |\n")
    assert "seat-sum" in rules(check_as({"p.md": wrong}))  # 30 + 14 + 3 + 2 + 3 = 52, not 51
    fine = wrong.replace("**51**", "**52**")
    assert "seat-sum" not in rules(check_as({"p.md": fine}))  # (2021: 26 + 20 + 2 + 1 + 3 = 52)


def test_a_figure_inside_a_party_s_name_is_no_claim(read_as):
    text = "| Party | Seats |\n|---|---|\n| Labour | 30 |\n| 100% Kelby | 2 |\n| **Total** | **32** |\n"
    assert not [c for c in claims_in(read_as, "n.md", text) if c.text == "100"]


def test_lines_of_later_rounds_named_in_words_are_later_rounds(check_as):
    text = ("Ann Lowe is the new leader of the council group after a ballot of its members.\n\n"
            "Round one: Tom Hale 12, Ann Lowe 10, Jo Reyes 6\n"
            "Round two: Hale 13, Lowe 11 (Reyes eliminated)\n"
            "Third round: Lowe 16, Hale 13\n")
    assert not [f for f in check_as({"l.txt": text}).findings if f.rule == "agreement"]  # nor a warning


def test_exceeding_the_quota_on_the_first_count_by_n_is_a_surplus(read_as):
    text = "Ann Lowe exceeded the quota on the first count by 318 votes and was elected."
    assert figure(read_as, "q.txt", text, "318").kind == Kind.SURPLUS
    text = "Her surplus over the quota was 318."
    assert figure(read_as, "q.txt", text, "318").kind == Kind.SURPLUS


def test_a_by_election_majority_in_copy_of_a_general_election_is_another_election_s(read_as):
    text = ("# The county's MPs\n\nSix seats, six MPs: who they are.\n\n**Tom Hale (Lab), Dunmore** — 61. Majority "
            "941.\n\n**Ann Lowe (Con), Kelby** — 44. Majority 6,022, a little up on her by-election majority of 5,880.\n")
    assert figure(read_as, "b.txt", text, "5,880").modality == Modality.HISTORICAL


def test_a_fact_file_entry_names_its_member_s_seat(read_as):
    text = ("# Your new MPs\n\n**Ann Lowe (Lab), Kelby Vale** — 44. New. Majority 3,108.\n\n"
            "**Tom Hale (Con), Dunmore** — 61. MP since 2010. Majority 941.\n")
    assert figure(read_as, "f.md", text, "3,108").place == "Kelby Vale"
    assert figure(read_as, "f.md", text, "941").place == "Dunmore"


def test_his_uncle_s_majority_is_not_his(check_as):
    text = ("Cllr Tom Hale stood down in March. His uncle, 68, was chosen as the Labour candidate and won Thursday's "
            "by-election with a majority of 211.\n\nArthur Hale (Lab) 902\nJo Reyes (Con) 737\nAmy Tull (Green) 140\n")
    assert "majority-arithmetic" in rules(check_as({"u.txt": text}))  # 902 − 737 = 165


def test_his_sister_named_by_her_given_name_shares_his_surname(read_as):
    text = "Tom Hale, 44, topped the poll in Kelby West with 1,901 votes. His sister Ruth, 41, won Kelby East with 1,577."
    assert figure(read_as, "s.txt", text, "1,577").subject == "Ruth Hale"


def test_defeating_a_described_rival_by_n_is_the_winner_s_margin(check_as):
    text = ("The Liberal Ann Lowe has won the riding, defeating the two-term Conservative MP Tom Hale by 3,120 votes. "
            "Lowe took 21,406 votes; Hale won 18,826.")
    assert "majority-arithmetic" in rules(check_as({"d.txt": text}))  # 21,406 − 18,826 = 2,580


def test_a_majority_over_the_party_a_seat_was_gained_from_is_over_the_runner_up(check_as):
    text = ("Kelby: Lab gain\n\nLabour's Ann Lowe gained Kelby from the Conservatives with a majority of 4,410.\n\n"
            "Ann Lowe (Lab) 16,020\nTom Hale (Reform UK) 11,610\nJo Reyes (Con) 10,512\n")
    assert "majority-arithmetic" not in rules(check_as({"k.txt": text}))  # 16,020 − 11,610 = 4,410


def test_a_referendum_table_s_side_columns_and_their_shares(check_as):
    text = ("| Area | Leave | % | Remain | % |\n|---|---|---|---|---|\n| Kelby | 30,112 | 55.0 | 24,637 | 45.0 |\n"
            "| Dunmore | 18,220 | 48.1 | 19,660 | 54.9 |\n")
    assert "share-sum" in rules(check_as({"r.md": text}))  # 48.1 + 54.9 = 103


def test_a_table_set_in_spaces_with_headings_of_two_words(check_as):
    text = ("HOW THE WARDS VOTED\n"
            "Ward              Yes     No     Yes %  No %\n"
            "Kelby            4,100  5,020    45.0  55.0\n"
            "Dunmore          3,300  2,700    55.0  45.0\n"
            "Ashby            2,500  2,500    50.0  50.0\n\n"
            "Only Dunmore voted Yes, by 600 votes.\n")
    assert not errors(check_as({"w.txt": text}))
    assert not [f for f in check_as({"w.txt": text}).findings if f.rule == "share-over-100"]


def test_an_early_column_of_a_table_set_in_spaces_is_a_count_replaced(check_as):
    text = ("Recount confirms Lowe, by 7 votes\n\n"
            "                     Validated    Recount\n"
            "Ann Lowe (Lib)          12,410     12,404\n"
            "Tom Hale (Con)          12,399     12,397\n"
            "Jo Reyes (NDP)           5,120      5,118\n"
            "Margin                      11          7\n")
    assert not [f for f in check_as({"v.txt": text}).findings if f.rule == "agreement"]


def test_a_share_of_the_electorate_that_voted_for_one_side_is_no_turnout(read_as):
    text = "Turnout was 31.2 per cent. In all, just 12.9 per cent of the electorate voted for the change."
    assert figure(read_as, "e.txt", text, "12.9").kind != Kind.TURNOUT


def test_back_in_the_present_after_this_time(read_as):
    text = ("The Greens won 8 seats in all.\n\nIn 2017 Labour won 22 seats; this time it won 25. The Greens' 8 seats "
            "are their best ever.")
    assert figure(read_as, "p.txt", text, "8").year != 2017
    assert [c.year for c in claims_in(read_as, "p.txt", text) if c.text == "8"][1] != 2017


def test_a_turnout_across_the_whole_county_is_no_division_s(check_as):
    text = ("## Kelby\n\nLab hold. Majority 312. Turnout 33.1%.\n\n## Dunmore\n\nCon hold. Majority 95. "
            "Turnout 35.4%.\n\nAcross the whole county, turnout was 34.0 per cent.\n")
    assert "agreement" not in rules(check_as({"c.md": text}))


def test_results_lines_in_capitals_name_nobody(mentions_of):
    text = "Kelby West: Ann Lowe (Green) 1,102, Tom Hale (Lab) 1,020. GREEN GAIN FROM LAB, majority 82."
    assert all("GAIN" not in m.name for m in mentions_of(text) if m.kind == "person")


def test_a_name_opening_a_story_in_capitals_is_the_same_person(mentions_of):
    people = {m.name for m in mentions_of("RUTH Lowe has won Kelby. Ms Lowe thanked her team.") if m.kind == "person"}
    assert "Ruth Lowe" in people and "RUTH Lowe" not in people


def test_won_the_redrawn_seat_names_it(read_as):
    text = "Ann Lowe won the redrawn Kelby and Dunmore with a majority of 2,881."
    assert figure(read_as, "r.txt", text, "2,881").place == "Kelby and Dunmore"


def test_a_list_under_the_state_of_the_council_gives_seats(check_as):
    text = ("Labour keeps control of the council, winning 30 of the 51 seats.\n\n"
            "The state of the council after the count:\n\n- Labour 30\n- Conservative 12\n- Green 6\n- Independent 4\n")
    assert "seat-sum" in rules(check_as({"s.md": text}))  # 30 + 12 + 6 + 4 = 52


def test_a_rival_given_two_counts_elsewhere_both_above_is_ahead(check_as):
    texts = {
        "a.md": ("## Kelby East\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Ruth Hale | Reform UK | 1,642 |\n"
                 "| Ann Lowe | Conservative | 1,288 |\n| Jo Reyes | Labour | 512 |\n"),
        "b.txt": "Ruth Hale won Kelby East with 1,624 votes.",
        "c.txt": "In Kelby East, Labour's Jo Reyes finished third.",
    }
    assert "rank" not in rules(check_as(texts))


def test_votes_from_an_electorate_are_those_cast(check_as):
    text = ("KELBY: Ann Lowe (Con) 20,112; Tom Hale (Lab) 9,954; Jo Reyes (LD) 2,410. Majority 10,158. Turnout 58.4% - "
            "32,476 votes from an electorate of 58,805.")
    assert "turnout" in rules(check_as({"t.txt": text}))  # 32,476 / 58,805 = 55.2%


def test_a_change_in_share_without_its_unit_counts_in_a_swing(check_as):
    text = ("Labour's share rose by 6.5 points while the Conservative share fell by 21.3 - a swing of 12.9 points from "
            "Conservative to Labour.")
    assert "swing" in rules(check_as({"s.txt": text}))  # (6.5 + 21.3) / 2 = 13.9


def test_a_headline_s_rounded_change_and_the_table_s_agree(check_as):
    text = ("# Kelby: Tory vote falls by 21 points\n\n| Party | Candidate | Votes | % | Change |\n|---|---|---|---|---|\n"
            "| Labour | Ann Lowe | 17,215 | 37.6 | +6.5 |\n| Conservative | Tom Hale | 10,988 | 24.0 | -21.3 |\n\n"
            "Labour's share rose by 6.5 points - a swing of 12.9 points from Conservative to Labour.\n")
    assert "swing" in rules(check_as({"h.md": text}))  # (6.5 + 21.3) / 2 = 13.9, the table's -21.3 the more precise
