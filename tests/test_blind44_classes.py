"""Classes of failure found on blind set 44 (a politics desk's year: by-elections against the general election,
Holyrood, Senedd, London Assembly, Stormont by STV, notional 2019 results, Canadian ridings, New Zealand, Indian
states), written blind at the start of the session of 6 December (eighth), held out until that session's first
commit, then read; each tested in fresh wording."""

from __future__ import annotations

from findings_of import claims_in, figure, rules

from checker.model import Kind, Modality


# Which count, and which figure at all


def test_the_size_of_a_change_in_votes_is_no_count(read_as):
    text = "Her majority was down from 14,000 in 2019 to 5,000, a fall of 9,000 votes."
    assert all(c.kind != Kind.VOTES for c in claims_in(read_as, "a.txt", text))


def test_a_change_s_size_after_the_figure_it_rose_from(check_as):
    text = ("Ana Roy (Labour) 30,120\nBen Hill (Conservative) 12,060\n\nMs Roy won by 18,060. Her margin was up from "
            "9,900 in 2019, an increase of 9,160 votes, on a higher turnout.")
    assert "direction" in rules(check_as({"r.txt": text}))


def test_a_majority_in_a_named_seat_that_fell_from_a_figure(read_as):
    text = "The Congress's margin in Kollam North was down from 21,300 in 2021 to 6,100."
    claims = claims_in(read_as, "k.txt", text)
    assert {c.text: c.kind for c in claims if c.text in ("21,300", "6,100")} == {"21,300": Kind.MAJORITY,
                                                                                "6,100": Kind.MAJORITY}


def test_a_figure_shared_by_a_set_of_seats(read_as):
    text = "Harlow Vale is one of only four seats in the county where Labour finished more than 8,000 votes ahead in 2024."
    assert all(c.text != "8,000" for c in claims_in(read_as, "s.txt", text))


def test_districts_each_electing_several_and_the_count_s_progress_are_no_seats(read_as):
    text = ("The Assembly keeps its 60 members, five from each of 12 constituencies. With all 12 constituencies declared, "
            "Labour has 22 members.")
    assert all(c.text != "12" for c in claims_in(read_as, "d.txt", text))


def test_a_new_zealand_electorate_is_a_seat_not_its_voters(read_as):
    text = ("Te Pāti Māori won 5 electorate seats but its party vote gave it only 4. One electorate, Tāmaki Rise, goes to "
            "a by-election.")
    kinds = {c.text: c.kind for c in claims_in(read_as, "n.txt", text)}
    assert kinds.get("5") == Kind.SEATS and "One" not in kinds


def test_a_tier_s_size_told_in_passing(read_as):
    text = "The Greens took two of the 11 top-up seats. The 7 Scotland-wide seats are shared out by D'Hondt."
    wholes = [c for c in claims_in(read_as, "t.txt", text) if c.kind == Kind.TOTAL_SEATS]
    assert {c.text: c.column for c in wholes} == {"11": "top-up", "7": "list"}


def test_a_turnout_set_against_the_one_before(read_as):
    text = "The seat was lost on a turnout of 38.2 per cent, against 59.9 per cent at the general election."
    before = figure(read_as, "t.txt", text, "59.9")
    assert before.kind == Kind.TURNOUT and before.modality == Modality.HISTORICAL


def test_a_poll_s_second_party_is_the_poll_s_too(read_as):
    text = "A Survation poll for the paper in March put the SNP on 34 per cent and Labour on 31 per cent."
    assert figure(read_as, "p.txt", text, "31").modality == Modality.FORECAST


def test_a_list_under_its_party_vote_line_is_that_ballot_s(read_as):
    text = ("| Candidate | Party | Votes |\n|---|---|---:|\n| Ana Pike | Labour | 14,100 |\n| Tom Ruru | National | 12,000 |"
            "\n\nThe party vote in the electorate split as follows:\n\nLabour: 38.2%\nNational: 35.1%\nOthers: 26.7%\n")
    assert {c.round for c in claims_in(read_as, "p.md", text) if c.kind == Kind.SHARE} == {"party vote"}


def test_an_earlier_federal_election_after_the_figure(read_as):
    text = "Labor, who won the seat with 51.6 per cent of the two-party-preferred vote at the last federal election, held on."
    assert figure(read_as, "f.txt", text, "51.6").modality == Modality.HISTORICAL


def test_a_sentence_opened_on_primary_votes_is_the_first_count_s(read_as):
    text = ("On primary votes Mr Dale finished with 39.1 per cent. After preferences he won 53.0 per cent of the "
            "two-party-preferred vote.")
    assert figure(read_as, "p.txt", text, "39.1").round is None


def test_a_preliminary_table_that_is_the_only_count(check_as):
    text = ("The Liberals held Cedar Flats on Monday, with Rita Sohal finishing 3,100 votes ahead of Conservative Paul "
            "Kent.\n\n**Cedar Flats byelection, preliminary results**\n\n| Candidate | Party | Votes |\n|---|---|---:|\n"
            "| Rita Sohal | Liberal | 20,500 |\n| Paul Kent | Conservative | 18,400 |\n| Jo Voss | NDP | 5,100 |\n")
    assert "majority-arithmetic" in rules(check_as({"c.md": text}))


def test_a_table_s_change_column_is_of_the_latest_election_it_names(read_as):
    text = ("---\ndate: 2026-01-10\n---\n\n| Seat | 2024 majority | Notional 2019 majority | Lab share change |\n|---|---:|---:|---:|\n"
            "| Eastmoor | 8,400 | 2,100 | +7.7 |\n")
    assert figure(read_as, "c.md", text, "+7.7").year == 2024


def test_a_total_column_beside_seat_columns_counts_seats(read_as):
    text = ("| Party | Electorate seats | List seats | Total |\n|---|---:|---:|---:|\n| National | 40 | 8 | 48 |\n"
            "| Labour | 17 | 17 | 34 |\n| **Total** | **57** | **25** | **82** |\n")
    assert {c.kind for c in claims_in(read_as, "t.md", text) if c.text == "82"} == {Kind.TOTAL_SEATS}


# Which seat


def test_a_capitals_line_with_its_size_heads_a_ward(check_as, read_as):
    text = ("WARD RESULTS - count at the civic centre\n\nNORTH GATE (two seats)\nAnn Cole (Lab) 1,300 ELECTED\n"
            "Raj Lal (Lab) 1,100 ELECTED\nTim Wade (Con) 1,000\n\nSOUTH GATE (two seats)\nPam Fry (Con) 980 ELECTED\n"
            "Lee Moss (Con) 950 ELECTED\nSue Kaye (Lab) 940\n")
    assert "elected-order" not in rules(check_as({"w.txt": text}))
    assert {c.place for c in claims_in(read_as, "w.txt", text) if c.kind == Kind.VOTES} == {"North Gate", "South Gate"}


def test_a_party_holds_a_seat_whose_name_opens_with_a_given_name(read_as):
    text = "The Conservatives held Stanley Ford on Thursday, with Amy Lowe 412 votes ahead of Labour."
    assert figure(read_as, "s.txt", text, "412").place == "Stanley Ford"


# Whose figure


def test_a_majority_after_a_count_set_against_two_others(read_as):
    text = "Reform held the ward. Its candidate, Ian Dorn, polled 702 votes to Labour's 455 and the Greens' 230, a majority of 247."
    assert figure(read_as, "m.txt", text, "247").subject == "Ian Dorn"


def test_a_majority_set_against_another_count_has_no_runner_up_there(check_as):
    text = ("Sophie Vane (Labour) 19,400\nTom Holt (Conservative) 13,800\nAmir Rana (Reform UK) 6,900\n\n"
            "Ms Vane's majority of 5,600 is smaller than Mr Rana's 2024 vote.")
    assert "majority-arithmetic" not in rules(check_as({"v.txt": text}))


def test_the_one_other_count_is_not_the_runner_up_beside_a_larger_share(check_as):
    text = ("Reform UK's Jo Sims won the by-election with 12,800 votes, a majority of 2,300.\n\n"
            "| Party | 2026 % |\n|---|---:|\n| Reform UK | 41.0 |\n| Labour | 33.6 |\n| Conservative | 12.3 |\n\n"
            "The Conservative vote fell from 8,100 to 3,850.")
    assert "majority-arithmetic" not in rules(check_as({"b.md": text}))


# Checks


def test_shares_of_a_one_seat_story_across_its_sentences(check_as):
    text = ("Labour's Ann Cole held Brindley on Monday.\n\nWith all polls reporting, Cole had 46.1 per cent of the vote. "
            "Conservative Ray Fox was second at 35.2 per cent, followed by Green Lu Tan at 14.0 per cent and independent Ian Marsh at "
            "8.1 per cent.")
    assert "share-sum" in rules(check_as({"b.txt": text}))


def test_a_story_of_one_unnamed_race_s_swing_from_its_parties_changes(check_as):
    text = ("Ms Ives took 21,000 votes to Mr Burr's 15,000.\n\nLabour's share rose 9.0 points. The Conservative share "
            "fell 11.0 points. That is a swing of 8.0 points from Conservative to Labour.")
    assert "swing" in rules(check_as({"s.txt": text}))


def test_others_in_a_results_list_are_part_of_the_votes_cast(check_as):
    text = ("The result in full:\n\n- Labour: 40,000 votes (40.0%)\n- Plaid Cymru: 30,000 votes (30.0%)\n"
            "- Reform UK: 20,000 votes (20.0%)\n- Others: 10,000 votes (10.0%)\n")
    assert "share-recompute" not in rules(check_as({"r.md": text}))


def test_a_share_told_of_a_candidate_and_of_her_party_is_one(check_as):
    text = ("Ann Pym won 48.2 per cent of the vote.\n\n| Party | Share |\n|---|---:|\n| Liberal Democrat | 48.2 |\n"
            "| Conservative | 33.0 |\n| Labour | 12.0 |\n| Green | 6.8 |\n")
    assert "share-sum" not in rules(check_as({"p.md": text}))


def test_people_who_returned_ballot_papers_voted(read_as):
    text = "Of the 412,000 people registered, 151,300 returned ballot papers, a turnout of 36.7 per cent."
    assert figure(read_as, "t.txt", text, "151,300").kind == Kind.VOTES_CAST


def test_the_margin_pointed_back_to_in_a_hypothetical_is_the_margin_there_was(read_as):
    text = "Had a quarter of the Green voters backed Labour instead, the 2,180-vote margin would have vanished."
    assert figure(read_as, "h.txt", text, "2,180").modality == Modality.ACTUAL


def test_a_winner_named_by_an_outcome_polled_a_smaller_share(check_as):
    text = ("Green Ruth Hale gained Mill ward from Labour on Thursday.\n\nLabour's Tom Oake polled 41.2 per cent, down from "
            "55.0 per cent in 2022, while Hale took 39.5 per cent. The Conservatives took 19.3 per cent.")
    report = check_as({"m.txt": text})
    assert [f.rule for f in report.findings] == ["winner-has-most"]


def test_a_seat_gain_told_with_where_and_its_two_figures(check_as):
    text = "The Greens gained six seats in the borough, going from 11 seats to 16, at Labour's expense."
    assert "direction" in rules(check_as({"g.txt": text}))


def test_a_bare_whole_of_a_group_of_seats_is_no_chamber_s_size(read_as):
    text = "Its real gains came in the Welsh seats, where it won four of the five."
    assert all(c.kind != Kind.TOTAL_SEATS for c in claims_in(read_as, "w.txt", text))


def test_the_member_for_a_seat_names_it(read_as):
    text = ("Labour's new Member of the Scottish Parliament for Glenross and Tay says the work starts now. Ms Aird won the "
            "seat with 15,204 votes.")
    assert figure(read_as, "m.txt", text, "15,204").place == "Glenross and Tay"


def test_a_ward_ballots_came_from_is_no_contest(check_as):
    text = ("Labour's Rosa Kent is the new MP for Fenwick Vale. The former nurse polled 15,100 votes, ahead of Conservative "
            "Tom Ince on 13,200, a majority of 1,090.\n\nThe count paused while boxes from the Millbrook ward were "
            "checked again.")
    assert "majority-arithmetic" in rules(check_as({"f.txt": text}))


def test_a_table_of_two_tiers_counts_seats_and_its_total_row_sums_them(check_as, read_as):
    text = ("Labour won eight constituency seats. On the city-wide list the Greens took two seats and Labour one.\n\n"
            "| Party | Constituency | City-wide | Total |\n|---|---:|---:|---:|\n| Labour | 8 | 1 | 9 |\n"
            "| Green | 0 | 2 | 2 |\n| **Total** | **8** | **3** | **12** |\n")
    assert figure(read_as, "t.md", text, "9").kind == Kind.SEATS
    assert "seat-sum" in rules(check_as({"t.md": text}))


def test_a_party_seats_from_power_is_a_distance(read_as):
    text = "Senedd election: Labour one seat from power as Plaid surge. The SNP were two seats from an overall majority."
    assert all(c.kind != Kind.SEATS for c in claims_in(read_as, "h.txt", text))


def test_a_share_over_100_is_the_one_that_disagrees(check_as):
    good = "Labour's Amy Hart held Eastvale with 15,200 votes, 52.4 per cent of the vote."
    bad = "Labour's Amy Hart held Eastvale with 15,200 votes, 152.4 per cent of the vote."
    report = check_as({"a.txt": bad, "b.txt": good})  # (the wrong one first in the corpus's order)
    assert {f.location.path for f in report.findings if f.rule == "agreement"} == {"a.txt"}
