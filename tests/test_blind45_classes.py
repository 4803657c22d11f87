"""Classes of failure found on blind sets 45 and 46 (a wire service's and two papers' general-election night and the
week after; a regional news group's two years), written blind in the session of 6 December (eighth), never read
there, scored untouched at the start of the session of 7 December and then read; each tested in fresh wording."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules

from checker.model import Kind, Modality


def places(read_as, name: str, text: str) -> set[str]:
    return {m.name for m in read_as({name: text})[0].mentions if m.kind == "place"}


# Which seat


def test_a_seat_with_its_result_in_brackets(read_as):
    text = "Held seats, such as Orrin Vale (Lab hold, majority 2,104) and Kestle Down (Con hold), are left out."
    assert {"Orrin Vale", "Kestle Down"} <= places(read_as, "h.txt", text)


def test_a_live_entry_at_a_seat(read_as):
    text = "Labour are on 212.\n\n04:12 Drama at Marlow Fen: Tessa Crane holds on by 88."
    assert "Marlow Fen" in places(read_as, "l.txt", text)


def test_a_seat_in_apposition_and_the_sentence_opened_by_in(read_as):
    text = ("Turnout fell. In Brackwater, a rural seat the Tories had held since 1950, only 30,112 votes were cast. "
            "Elsewhere it held up.\n\nIn Oldsands the Greens rose from 4.1% to 9.8%.")
    assert {"Brackwater", "Oldsands"} <= places(read_as, "a.txt", text)


def test_a_seat_that_stayed_with_a_party_and_one_taken_back(read_as):
    text = ("Labour did well. Farley Moor stayed Conservative. Just along the coast in Saltby, Labour's Ann Bray took "
            "the seat back with 16,002 votes.")
    assert {"Farley Moor", "Saltby"} <= places(read_as, "s.txt", text)


def test_a_seat_named_by_the_votes_in_it_and_the_margin_there(read_as):
    text = ("Ruth Oyelaran took 21,930 votes in Hale and Tarn and finished well clear. Reform's Dan Quill beat the "
            "Tory Ed Marsh in Coldwater Edge by 1,204 votes.")
    assert {"Hale and Tarn", "Coldwater Edge"} <= places(read_as, "v.txt", text)


def test_a_seat_a_person_represents_and_one_whose_majority_was(read_as):
    text = ("Ms Idowu represents Kellet Park, where she won again. Mr Vane, whose majority in Upper Wrenby was 4,006, "
            "lost.")
    assert {"Kellet Park", "Upper Wrenby"} <= places(read_as, "r.txt", text)


def test_a_seat_told_then_there(read_as):
    text = "Labour did well.\n\nBrindle, up the road, went the same way. There Amy Cole added 5.2 points to her share."
    assert "Brindle" in places(read_as, "t.txt", text)


def test_a_heading_over_a_results_table_is_its_seat_but_not_an_office(read_as):
    text = ("# Results\n\n## Quarry Hill\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Jo Pike | Lab | 9,000 |\n"
            "| Al Roe | Con | 7,000 |\n\n## Mayor\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Bo Lee | Lab | 90,000 |\n")
    named = places(read_as, "q.md", text)
    assert "Quarry Hill" in named and "Mayor" not in named


def test_an_opener_in_a_seat_after_a_few_words(read_as):
    text = ("It was a mixed night.\n\nFurther down the coast in Pellow Bay, the Liberal Democrat came within 312 votes "
            "of the Conservative, who held on with 14,880 votes.")
    assert "Pellow Bay" in places(read_as, "p.txt", text)


def test_a_name_in_lower_case_is_not_the_seat_again(read_as):
    text = ("Candidates called Amy Hale had mixed fortunes in the Rother valley.\n\nIn Rother Valley, Amy Hale won by "
            "2,002 votes.")
    seats = [m for m in read_as({"r.txt": text})[0].mentions if m.kind == "place" and m.name == "Rother Valley"]
    assert len(seats) == 1


def test_a_chamber_in_a_sentence_opener_is_no_seat_named_the(read_as):
    text = "In the Senate, Republicans hold 53 seats. In the House, Democrats won 215 seats."
    assert "the" not in places(read_as, "c.txt", text)


def test_labels_of_a_line_are_no_seats(read_as):
    text = ("02:49 DECLARATION: Labour gain from Reform. Ann Tull (Labour) 12,040, Sam Bell (Reform UK) 11,200.\n\n"
            "*Others: 12 Welsh MPs and the Speaker.*")
    named = places(read_as, "d.txt", text)
    assert "Declaration" not in named and "DECLARATION" not in named and "Others" not in named


# Whose figure


def test_a_from_to_table_gives_each_winner_the_to_party(read_as):
    text = ("| Ward | From | To | Councillor | Majority |\n|---|---|---|---|---|\n| Abbey | Lab | LD | Ruth Kane | 212 |\n"
            "| Brook | Con | Green | Omar Said | 87 |\n")
    claims = claims_in(read_as, "t.md", text)
    assert {c.subject: c.party for c in claims if c.kind == Kind.MAJORITY} == {"Ruth Kane": "Liberal Democrat",
                                                                               "Omar Said": "Green"}


def test_the_seats_a_collapse_gave_it_are_not_the_collapsing_party_s(read_as):
    text = ("Sam Ode's party won 35.1 per cent, but the Liberal collapse was enough to give it 301 seats. The Greens "
            "won 8 per cent, enough to give them 12 seats.")
    claims = claims_in(read_as, "g.txt", text)
    assert figure(read_as, "g.txt", text, "301").subject != "Liberal Democrat"
    assert [c.subject for c in claims if c.text == "12"] == ["Green"]


def test_a_pronoun_in_an_aside_about_a_namesake(read_as):
    text = "Labour's Rhodri Evans won by 900. The Green Carys Evans, his sister, finished third."
    assert figure(read_as, "e.txt", text, "third").subject == "Carys Evans"


def test_an_unknown_party_s_candidate_after_a_score(read_as):
    text = "Marie Duval won 18,204 votes, or 51.6 percent, against 17,077 (48.4 percent) for the LFI's Paul Girard."
    assert figure(read_as, "f.txt", text, "17,077").subject == "Paul Girard"


def test_a_passive_defeat_gives_the_score_to_the_agent(read_as):
    text = ("The minister, Al Grey, who was beaten in Dunmore by the Labour newcomer Ria Shah, a nurse, 12,900 votes "
            "to 11,004, conceded at 3am.")
    assert figure(read_as, "p.txt", text, "12,900").subject == "Ria Shah"
    assert figure(read_as, "p.txt", text, "11,004").subject == "Al Grey"


def test_a_score_in_brackets_after_over_a_rival(read_as):
    text = "Jo Marsh holds on by 402 votes over the Green Ivo Hart (9,880 to 9,478)."
    assert figure(read_as, "s.txt", text, "9,880").subject == "Jo Marsh"


def test_no_owner_past_a_colon(read_as):
    text = "Three wards, one lesson: the Greens' advance stalled."
    assert all(c.subject != "Green" for c in claims_in(read_as, "c.txt", text))


def test_a_place_in_someone_s_own_words_does_not_place_them(read_as):
    text = ('Ann Ward held Copley with 20,110 votes to 12,004.\n\n"Now watch Brent Moor," Ms Ward said.')
    assert figure(read_as, "q.txt", text, "20,110").place == "Copley"


# Which figure


def test_a_lead_a_recount_cut_to_a_few_votes(read_as):
    text = "A second recount cut her lead over the sitting Liberal to a mere 14 votes."
    assert figure(read_as, "r.txt", text, "14").kind == Kind.MARGIN


def test_a_count_of_digits_in_a_majority_and_the_next_clause_s_votes(read_as):
    text = "Dunholme, held with a six-figure majority in 1997, saw just 28,440 valid votes cast."
    claims = claims_in(read_as, "d.txt", text)
    assert all(c.text != "six" for c in claims) and figure(read_as, "d.txt", text, "28,440").kind == Kind.VOTES_CAST


def test_new_members_and_a_cabinet_are_no_tallies(read_as):
    text = ("The three new Green MPs called Jones are not related. The defeat cost the party 40 MPs, among them four "
            "members of the shadow cabinet. These are the results from five seats near the border.")
    assert all(c.kind not in (Kind.SEATS, Kind.TOTAL_SEATS) for c in claims_in(read_as, "n.txt", text))


def test_one_of_a_narrowed_group_is_no_tally(read_as):
    text = "She is one of three Labour MPs called Khan elected in Lancashire."
    assert all(c.kind not in (Kind.SEATS, Kind.TOTAL_SEATS) for c in claims_in(read_as, "o.txt", text))


def test_a_place_s_members_are_no_party_s(read_as):
    text = "Others: 40 Scottish MPs and two independents."
    assert all(c.text != "40" for c in claims_in(read_as, "o.txt", text))


def test_the_whole_of_x_of_its_y_in_a_region(read_as):
    text = "Reform is the largest party in the county with 14 of its 30 seats."
    assert figure(read_as, "w.txt", text, "30").kind == Kind.TOTAL_SEATS


def test_a_target_in_votes_and_a_figure_worked_to_decimals(read_as):
    text = "Five per cent of the valid vote was 2,104.65, so Mr Ray needed 2,105 votes to keep his deposit."
    assert all(c.text not in ("2,104.65", "2,105") for c in claims_in(read_as, "t.txt", text))


def test_a_total_row_under_now_and_then_is_no_count_of_votes(read_as):
    text = "| | Now | Then |\n|---|---|---|\n| Lab | 30 | 21 |\n| Con | 12 | 21 |\n| **Total** | **42** | **42** |\n"
    assert all(c.kind != Kind.VOTES_CAST for c in claims_in(read_as, "n.md", text))


def test_a_list_under_a_heading_of_the_new_council_gives_seats(read_as):
    text = "Mr Pym lost his seat by 30 votes.\n\n### The new council\n\n- Labour: 31\n- Conservatives: 20\n"
    assert {c.text: c.kind for c in claims_in(read_as, "c.md", text) if c.text in ("31", "20")} == {
        "31": Kind.SEATS, "20": Kind.SEATS}


def test_a_party_no_list_holds_in_a_list_of_parties(check_as):
    text = "In the 100-member House, Democrats won 61 seats, Republicans 34, Progressives 7 and independents 2."
    assert "sum-bound" in rules(check_as({"v.txt": text})) or "seat-sum" in rules(check_as({"v.txt": text}))


# Which election or count


def test_a_majority_last_time_and_at_the_previous_election(read_as):
    text = "Rita Moss held on by 301. Her majority last time was 9,100. His majority at the previous election was 4,000."
    assert figure(read_as, "m.txt", text, "9,100").modality == Modality.HISTORICAL
    assert figure(read_as, "m.txt", text, "4,000").kind == Kind.MAJORITY
    assert figure(read_as, "m.txt", text, "4,000").modality == Modality.HISTORICAL


def test_down_from_a_majority_of(read_as):
    text = "Ms Lamb won by 702 votes, down from a majority of 8,400."
    assert figure(read_as, "d.txt", text, "8,400").modality == Modality.HISTORICAL


def test_a_participle_after_an_earlier_year(read_as):
    text = "Anna Patel first stood for the seat in 2019, finishing second."
    assert figure(read_as, "p.txt", text, "second").modality == Modality.HISTORICAL


def test_a_superlative_so_far_is_no_provisional_count(read_as):
    text = "Labour's Ivy Shaw won Corby Heath by 44 votes after a recount, the closest result of the night so far."
    assert figure(read_as, "s.txt", text, "44").round is None


def test_missing_the_run_off_is_a_first_round_count(read_as):
    text = "The Green candidate narrowly missed the run-off with 8,112 votes (24.0 percent)."
    assert figure(read_as, "r.txt", text, "8,112").round is None


def test_a_figure_announced_wrongly_is_provisional(read_as):
    text = ("The result in Lowfield was corrected. At the count, Mr Hay was announced as having 12,190 votes. The "
            "correct figure is 12,910.")
    assert figure(read_as, "c.txt", text, "12,190").round == "provisional"


# Checks


def test_turnout_that_fell_to_a_level_down_points_from_another(check_as):
    text = "WARSAW, May 4 (Wire) - Turnout at Sunday's election fell to 58.0 percent, down 2.2 points from 61.1 percent."
    assert "direction" in rules(check_as({"w.txt": text}))


def test_turnout_one_sentence_gives_whole_among_several(check_as):
    text = ("Turnout was 61.0 per cent nationally.\n\nIn Hinton Moor, 40,200 valid votes were cast from an electorate "
            "of 70,000, a turnout of 61.4 per cent. In Lyme Cross turnout was 55.0 per cent.")
    assert "turnout" in rules(check_as({"t.txt": text}))


def test_turnout_of_a_table_s_valid_votes_column(check_as):
    text = ("| Seat | Electorate | Valid votes | Turnout (%) |\n|---|---:|---:|---:|\n| Ash | 70,000 | 42,000 | 60.0 |\n"
            "| Birch | 68,000 | 44,200 | 61.0 |\n")
    assert "turnout" in rules(check_as({"t.md": text}))


def test_the_points_a_party_shed_are_a_fall_and_make_the_swing(check_as):
    text = ("| Party | Now | Before | Change |\n|---|---|---|---|\n| Labour | 40.0 | 32.0 | +8.0 |\n"
            "| Conservative | 30.0 | 42.0 | -12.0 |\n\nThe swing from Conservative to Labour in Tenby Marsh was 12.0 points. "
            "Of the 12.0 points the Conservatives shed, most went to Reform.")
    assert "swing" in rules(check_as({"s.md": text}))


def test_a_gain_across_a_dash(check_as):
    text = "The Greens went from four seats on the council to 11 — a gain of nine."
    assert "direction" in rules(check_as({"g.txt": text}))


def test_a_majority_target_against_the_size_the_article_gives(check_as):
    text = "All 120 seats in the Knesset are up. A coalition needs 60 seats to command a majority."
    assert "majority-target" in rules(check_as({"k.txt": text}))


def test_a_majority_of_a_namesake_in_another_seat_is_not_checked_against_this_one(check_as):
    text = ("## Ashby West\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Ana Diaz | Lab | 20,000 |\n| Tom Kerr | Con | "
            "17,000 |\n\nMs Diaz won by 3,000.\n\nNext door, Dorlin told the same story. There Lee Diaz won by 1,900.")
    assert "difference" not in rules(check_as({"a.md": text}))


def test_a_headline_s_winner_with_fewer_votes(check_as):
    text = ("# Hart edges Lowe in District 4\n\n## County Board, District 4\n\n| Candidate | Votes |\n|---|---|\n"
            "| Ann Hart (R) | 10,010 |\n| Joe Lowe (D) | 10,200 |\n")
    assert "winner-has-most" in rules(check_as({"h.md": text}))


def test_a_race_under_an_office_heading_is_not_the_seat_above_it(check_as):
    text = ("## Kell Vale\n\n| Candidate | Votes | % |\n|---|---|---|\n| Al Fry (R) | 6,000 | 60.0% |\n"
            "| Bea Orr (D) | 4,000 | 40.0% |\n\n## U.S. Senate\n\n| Candidate | Votes | % |\n|---|---|---|\n"
            "| Cy Dunn (R) | 300,000 | 50.0% |\n| Di Moss (D) | 300,000 | 50.0% |\n")
    assert not errors(check_as({"k.md": text}))


def test_a_party_seats_table_s_shares_are_no_seat_s(check_as):
    text = ("In Eastholm, Sam Reid held on by 512 votes, 4,004 to 3,492.\n\n| Party | Seats | Vote % |\n|---|---|---|\n"
            "| Liberal | 30 | 44.0 |\n| Conservative | 19 | 38.0 |\n| Green | 2 | 18.0 |\n")
    assert not errors(check_as({"p.md": text}))


def test_agreement_reports_the_article_against_the_others(check_as):
    told = "Labour's Mo Khan held Pinner Dale with {} votes to 18,009 for Sue Day."
    texts = {"a.txt": "At the 2024 general election, " + told.format("20,140"),
             "b.txt": "At the 2024 general election, " + told.format("20,410"),
             "c.txt": told.format("20,410")}  # (the undated story's count is told as well)
    agreement = [f for f in errors(check_as(texts), "agreement") if "Mo Khan" in f.message]
    assert agreement and all(f.location.path == "a.txt" for f in agreement)


def test_the_lead_the_counts_make_is_the_one_reported_against(check_as):
    texts = {
        "a.txt": "In the 2024 election Jo Pike beat Al Roe in Orton Fell, 9,200 votes to 8,000, a margin of 1,200.",
        "b.txt": "Jo Pike, who won Orton Fell in the 2024 election by 2,100 votes, joins the cabinet.",
    }
    agreement = errors(check_as(texts), "agreement")
    assert agreement and all(f.location.path == "b.txt" for f in agreement)
