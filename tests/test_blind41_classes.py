"""Classes of failure found on blind set 41 (mostly UK copy of several contests and elections, written blind at this
session's start, scored untouched, then read), each tested in fresh wording."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules

from checker.model import Kind, Modality





def test_a_section_in_capitals_names_the_seat_the_headline_names(check_as):
    text = ("Commissioners: Hale holds Marsh Vale, Labour gains Kirkdale\n\nMARSH VALE\n\nAnn Hale was re-elected with "
            "90,000 votes (40.0 per cent), 10,000 ahead of Labour's Tim Roe on 80,000 (35.6 per cent).\n\nKIRKDALE\n\n"
            "Labour's Raj Nair won with 70,000 votes (41.2 per cent), 5,000 ahead of the Conservative Sue Platt on "
            "65,000 (38.2 per cent).\n")
    assert errors(check_as({"p.txt": text})) == []
    assert rules(check_as({"p.txt": text.replace("5,000 ahead", "6,000 ahead")})) == ["majority-arithmetic"]


def test_ballots_of_the_excluded_candidates_are_not_the_poll(read_as):
    text = ("Of the 52,000 ballot papers cast for those three, 30,000 carried a second preference. A total of 300,000 "
            "ballot papers were counted across the four council areas.")
    kinds = {c.text: c.kind for c in claims_in(read_as, "m.txt", text)}
    assert kinds.get("52,000") != Kind.VOTES_CAST and "four" not in kinds and kinds["300,000"] == Kind.VOTES_CAST


def test_months_ago_and_then_date_a_figure_to_the_election_before(read_as):
    text = ("Ten months ago Ms Hart took 19,000 votes. Reform, then second on 8,100, has now overtaken Labour.")
    assert figure(read_as, "h.txt", text, "19,000").modality == Modality.HISTORICAL
    assert figure(read_as, "h.txt", text, "8,100").modality == Modality.HISTORICAL


def test_a_surname_with_a_party_is_the_namesake_of_that_party(check_as):
    text = ("Fianna Fáil's Kelly tops poll as Labour's Kelly follows\n\nFianna Fáil's Aine Kelly was elected on the "
            "first count, with Labour's Sean Kelly - no relation - second on first preferences.")
    assert [f for f in errors(check_as({"k.txt": text})) if f.rule == "affiliation"] == []


def test_a_share_set_against_an_earlier_count_is_no_change(check_as):
    text = ("Rachel Dunne had 4,020 votes. The party's two candidates took 25.5 per cent of first preferences, up from "
            "the 12,300 votes its single candidate received in 2020.")
    assert [f for f in errors(check_as({"s.txt": text})) if f.rule == "direction"] == []


def test_a_net_number_of_seats_under_gains_or_losses_is_a_change(read_as):
    text = "- **Conservative gains:** a net 30 seats, up from 300 at the last election.\n- **Labour losses:** a net 20 seats."
    kinds = {c.text: c.kind for c in claims_in(read_as, "n.md", text)}
    assert kinds["30"] == Kind.SEAT_CHANGE and kinds["20"] == Kind.SEAT_CHANGE


def test_a_council_s_seats_move_against_its_own_figures_not_a_parliament_s(check_as):
    council = ("# Ashdale by-election: Conservatives gain Hill ward\n\n**One by-election on Ashdale Borough Council.**\n\n"
               "Labour still controls Ashdale with 30 of the 45 seats; the Conservatives move up to 10.")
    commons = "The Conservatives won 300 seats at the 2017 general election."
    assert errors(check_as({"a.md": council, "b.txt": commons})) == []


def test_a_count_told_as_first_preferences_is_the_first_round_s(check_as):
    text = ("Independent Mary Cole has won the seat of Eastbay after the two-candidate-preferred count. The sitting "
            "member, Liberal John Dunn, who led on first preferences with 40,000 votes (41.0 percent), conceded after "
            "the count put Dr Cole ahead by 2,000 votes. After preferences, Dr Cole finished with 49,000 votes (51.0 "
            "percent) to Mr Dunn's 47,000 (49.0 percent).")
    assert errors(check_as({"e.txt": text})) == []


def test_the_city_of_a_seat_of_is_not_the_seat(read_as):
    c = figure(read_as, "s.txt", "Labor's Ann Wu has won the Melbourne seat of Kestrel Park with 51,000 votes.", "51,000")
    assert c.place == "Kestrel Park"


def test_informal_votes_told_in_brackets_leave_the_formal_vote(check_as):
    text = ("Ann Wu (Labor) 40,000 (42.1 percent)\nJim Cole (Liberal) 35,000 (36.8 percent)\nSue Dale (Greens) 20,000 "
            "(21.1 percent)\n\nThere were 99,000 votes cast, of which 4,000 (4.0 percent) were informal.")
    assert errors(check_as({"f.txt": text})) == []


def test_a_surname_of_two_words_after_a_title(check_as):
    text = ("Con gain from Lab\nBen Ray (Conservative) 20,000\nJoan Van Dyke (Labour) 19,800\nAl Moss (Green) 1,000\n\n"
            "Ms Van Dyke polled 19,800, more than last time. A total of 40,800 valid votes were cast.")
    assert errors(check_as({"v.txt": text})) == []


def test_years_after_it_was_decided_is_the_earlier_election(read_as):
    c = figure(read_as, "y.txt", "Three years after it was decided by just 31 votes, Eastfield has changed hands "
                                 "again.", "31")
    assert c.modality == Modality.HISTORICAL


def test_a_section_headed_by_another_year_is_that_year_s_result(check_as):
    text = ("# Third time lucky in Hollins\n\nJo Park won the Hollins by-election by 40 votes.\n\n| Candidate | Party | Votes |"
            "\n|---|---|---|\n| Jo Park | Green | 1,000 |\n| Amy Ross | Labour | 960 |\n\n## How Hollins voted in 2022\n\n"
            "- Dan Fry (Lab) 2,000 - elected\n- Jo Park (Green) 1,200\n")
    assert errors(check_as({"h.md": text})) == []


def test_the_other_members_of_a_party_are_no_tally(read_as):
    assert all(c.kind != Kind.SEATS for c in claims_in(
        read_as, "o.txt", "The other three Labour councillors, Cllr Amin, Cllr Ball and Cllr Cray, stay in post."))


def test_a_seat_s_name_after_in_is_no_person(read_as):
    text = "Conservative Jo Hill's lead in Lewis Ford has narrowed to 41 votes, after a 41-vote finish on Monday."
    cs = claims_in(read_as, "l.txt", text)
    assert {c.text: c.kind for c in cs}["41"] == Kind.MARGIN and all(c.subject != "Lewis Ford" for c in cs)


def test_a_description_of_the_winner_opens_a_sentence_of_her_count(check_as):
    text = ("Labour's Ruth Ames has taken Oakley and Dean from the Conservatives.\n\nThe former headteacher polled 20,000 "
            "votes, with the sitting MP, Tom Cray, second on 17,000.\n\nMs Ames's majority of 3,300 is the first for "
            "Labour here.")
    assert rules(check_as({"o.txt": text})) == ["majority-arithmetic"]


def test_a_primary_school_is_no_primary_election(check_as):
    text = ("PANT-Y-WAUN\n\nPlaid Cymru took Pant-y-Waun. Ms Elin Rees, a primary teacher, won 600 votes. The "
            "independent candidate was second with 520. Ms Rees's majority of 80 is Plaid's first in the ward.")
    assert errors(check_as({"p.txt": text})) == []
    assert rules(check_as({"p.txt": text.replace("majority of 80", "majority of 90")})) == ["majority-arithmetic"]


def test_a_kinsman_named_by_his_father_is_not_the_father(read_as):
    text = ("The independent candidate, Mr Price's son Gareth, was second with 443, ahead of Labour's Ann Cole on 300. "
            "Mr Dafydd Price had held the ward for 20 years.")
    c = figure(read_as, "k.txt", text, "443")
    assert c.subject != "Dafydd Price"


def test_a_party_s_gain_over_its_counts_names_the_winner(check_as):
    text = ("BY-ELECTIONS\n\nELM GROVE (Ashdale BC; Lab) - Con gain from Lab\nCon 812, Lab 799, LD 150.\n\n"
            "OAK RISE (Ashdale BC; LD) - LD hold\nLD 900, Con 700, Lab 300.\n")
    assert errors(check_as({"e.txt": text})) == []
    assert rules(check_as({"e.txt": text.replace("Con 812, Lab 799", "Con 789, Lab 799")})) == ["winner-has-most"]


def test_bold_times_before_a_live_blog_s_entries(check_as):
    text = ("**01:10** **NORTHFIELD - Labour hold.**\nLab 20,000; Con 12,000. Labour majority 8,000.\n\n"
            "**02:20** **SOUTHWOOD - Lib Dem GAIN from Conservative.**\nLD 18,000; Con 17,500. LD majority 500.\n")
    assert errors(check_as({"l.md": text})) == []
    assert rules(check_as({"l.md": text.replace("LD majority 500", "LD majority 600")})) == ["majority-arithmetic"]


def test_a_gain_in_seats_to_a_total_from_another(check_as):
    assert rules(check_as({"g.txt": "The Greens gained four seats to take 12, up from 8 on the old council."})) == []
    assert rules(check_as({"g.txt": "The Greens gained four seats to take 12, up from 9 on the old council."})) \
        == ["direction"]


def test_ballot_papers_after_the_electorate_are_the_poll(check_as):
    text = ("Of the 900,000 people entitled to vote, 200,000 ballot papers were returned, including 2,000 that were "
            "rejected, giving a turnout of 22.2 per cent.")
    assert errors(check_as({"t.txt": text})) == []
    assert rules(check_as({"t.txt": text.replace("22.2 per cent", "25.2 per cent")})) == ["turnout"]


def test_a_winning_margin_on_the_final_count_was(read_as):
    c = figure(read_as, "m.txt", "Ms Lowe's winning margin on the final count was therefore 9,210.", "9,210")
    assert c.kind == Kind.MARGIN


def test_the_first_count_of_a_count_by_second_preferences_is_its_first_round(check_as):
    text = ("On the first count Mr Hale had 100,000 votes and Ms Dean 90,000. Mr Hale received 10,000 second-preference "
            "votes and Ms Dean 8,000.\n\nFinal totals after second preferences:\nTom Hale (Lab) 110,000\n"
            "Ann Dean (Con) 98,000\n")
    assert errors(check_as({"s.txt": text})) == []
    assert rules(check_as({"s.txt": text.replace("(Lab) 110,000", "(Lab) 111,000")})) == ["transfer-sum"]


def test_a_markdown_heading_tells_the_seat_and_its_outcome(check_as):
    text = ("# Results\n\n## Hale and the Downs - Conservative hold\n\n- Ann Ray (Con) 14,000\n- Tim Bo (Reform UK) "
            "12,500\n\nMajority: 1,500\n\n## Hale North - Labour gain\n\n- Sue Fry (Lab) 18,000\n- Ann Ray (Con) 11,000\n"
            "\nMajority: 7,000\n")
    assert errors(check_as({"r.md": text})) == []
    assert rules(check_as({"r.md": text.replace("Majority: 1,500", "Majority: 1,050")})) == ["majority-arithmetic"]


def test_a_share_that_slipped_points_from_a_figure(check_as):
    text = "The Conservatives slipped 6.0 points from 20.0% to 14.5%, and Labour rose from 30.1% on the notional figures to 41.0%."
    assert rules(check_as({"s.txt": text})) == ["direction"]  # 20.0 − 14.5 = 5.5
