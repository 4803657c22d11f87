"""Classes of failure found on blind set 47 (a broadsheet's and a local radio station's coverage of the 2024 general
election and the local and devolved elections around it), written blind at the start of the session of 7 December,
held out until that session's first commit, then read; each tested in fresh wording."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules

from checker.model import Kind, Modality


# Which figure


def test_postal_ballots_are_a_part_of_the_poll(read_as):
    text = "The total of 98,112 votes includes 6,004 postal ballots. Turnout was 61.0 per cent."
    assert all(c.text != "6,004" for c in claims_in(read_as, "p.txt", text))


def test_councillors_called_a_name_and_a_ward_s_own_seats_are_no_tallies(read_as):
    text = "Hollins ward splits its three seats: voters elected two councillors called Shah, one Green, one Labour."
    assert all(c.text not in ("three", "two") for c in claims_in(read_as, "w.txt", text))


def test_an_agent_after_by_is_no_margin(read_as):
    text = "Ms Oduya was praised by one Labour organiser as the hardest worker in the party."
    assert all(c.kind not in (Kind.MARGIN, Kind.MAJORITY) for c in claims_in(read_as, "a.txt", text))


def test_a_rise_in_per_cent_over_a_hundred_is_no_share(read_as):
    text = "The Greens' vote rose by 9.1 points, a fivefold increase, or more than 400 per cent."
    assert all(c.text != "400" for c in claims_in(read_as, "r.txt", text))


def test_ballots_that_became_non_transferable_are_no_poll(read_as):
    text = "In all, 212 ballot papers became non-transferable during the count."
    assert all(c.kind != Kind.VOTES_CAST for c in claims_in(read_as, "n.txt", text))


def test_a_count_after_a_result_label_in_a_list(check_as):
    text = ("Democrat Amy Ross won a third term in Nevada's 3rd Congressional District, beating Republican Joe Bates."
            "\n\nRESULTS, NEVADA 3RD DISTRICT:\nAmy Ross (D, incumbent) - winner: 120,004\nJoe Bates (R): 124,880\n"
            "Write-ins: 301\n")
    assert "winner-has-most" in rules(check_as({"n.txt": text}))


def test_a_definition_list_of_a_result_s_figures(check_as):
    text = ('<html><body><h1>Ashby Moor</h1><p>Labour hold.</p><dl><dt>Valid votes</dt><dd>40,000</dd>'
            '<dt>Electorate</dt><dd>80,000</dd><dt>Turnout</dt><dd>58.0%</dd></dl></body></html>')
    assert "turnout" in rules(check_as({"a.html": text}))


def test_a_state_of_the_parties_table_before_and_after(check_as):
    text = ("**Kelworth DC - state of the parties**\n\n| Party | Before | After | Change |\n|---|---|---|---|\n"
            "| Labour | 20 | 23 | +3 |\n| Conservative | 15 | 13 | -3 |\n")
    assert errors(check_as({"k.md": text}))


# Which election or count


def test_the_last_time_a_ward_was_fought(read_as):
    text = "When Moorside was last contested, in May 2021, the Greens won both seats, their candidates polling 1,904."
    assert figure(read_as, "m.txt", text, "1,904").modality == Modality.HISTORICAL


def test_a_stage_s_running_totals_are_no_first_count(check_as):
    text = ("**First preferences (valid votes 5,000; quota 2,501):** Ann Roy (SNP) 2,100; Bo Li (Lab) 1,900; Cy Dunn "
            "(Con) 1,000.\n\n**Stage 2** - Cy Dunn excluded. Running totals: Ann Roy 2,300, Bo Li 2,600.")
    assert not [f for f in errors(check_as({"s.md": text}), "agreement")]


def test_an_election_to_come_is_not_the_one_copy_reports(read_as):
    text = ("Tuesday 10 September 2024\n\nThe 2026 election will be the first for the enlarged chamber. In July "
            "Labour won 27 of the 32 seats in Wales.")
    assert figure(read_as, "y.txt", text, "27").year != 2026


def test_a_seat_of_the_past_named_before_its_candidate_s_count(read_as):
    text = ("The Conservatives held Hexby and Wold by 2,001. Jo Kemp, who was first elected for the predecessor Hexby "
            "seat in 2017, polled 20,400 votes.")
    assert figure(read_as, "h.txt", text, "20,400").place != "Hexby"


# Whose figure


def test_a_title_of_another_gender_is_another_person(read_as):
    text = ("Ms Bhatt, 51, held Corley with a majority of 3,004. She is no relation of Raj Bhatt, the new MP for "
            "Corley West.")
    assert figure(read_as, "b.txt", text, "3,004").subject != "Raj Bhatt"


def test_a_place_is_the_clause_subject_s_not_a_possessive_s(read_as):
    text = "Labour's Ed Bowe held the seat, but the Green Ida Moss cut deep into his vote, taking second place."
    assert figure(read_as, "p.txt", text, "second").subject == "Ida Moss"


# Checks


def test_a_line_up_that_counts_the_speaker_without_a_figure(check_as):
    text = "Final result, all 650 seats: Labour 400, Conservatives 150, Liberal Democrats 60, others 39, and the Speaker."
    assert "sum-bound" not in rules(check_as({"s.txt": text}))


def test_a_change_in_points_told_before_its_two_sides(check_as):
    text = "Turnout was down 4.0 points, from 36.2 per cent in 2021 to 31.2 per cent."
    assert "direction" in rules(check_as({"t.txt": text}))


def test_a_change_told_after_the_level_it_reached(check_as):
    text = "- **Alnwick**: the Greens become the largest party with 19 seats, up six from 12."
    assert "direction" in rules(check_as({"a.md": text}))


def test_a_front_matter_result_names_the_winner_of_the_count_below(check_as):
    text = ("---\ndate: 2024-07-05\nconstituency: Fenby and Moor\nresult: Green gain from Lab\n---\n\n"
            "Declared result:\n\nAda Pole (Green) 15,100\nTim Rowe (Labour) 15,400\nSal Ng (Conservative) 6,000\n")
    assert "winner-has-most" in rules(check_as({"f.md": text}))


def test_a_lead_for_one_seat_of_several_is_no_lead_of_the_count(check_as):
    text = ("In Dale ward (two seats) the first count put Mr Holt 40 votes behind Ms Park for the second seat. The "
            "recount widened the gap to 52.")
    assert not errors(check_as({"d.txt": text}), "agreement")


def test_a_surname_that_is_a_word_after_a_title(read_as):
    text = ("Labour's Ann Cole has unseated Conservative Max Field. Ms Cole received 30,100 votes, just ahead of Mr "
            "Field on 29,800.")
    assert figure(read_as, "f.txt", text, "29,800").subject == "Max Field"


def test_a_place_in_a_quote_is_no_seat_the_next_paragraph_is_about(read_as):
    text = ("Labour's Joe Barr has been elected mayor of the West Vale Combined Authority.\n\n"
            'Mr Barr said: "I will serve every town, from Dudley to Walsall."\n\n'
            "He won by 2,004 votes.")
    assert figure(read_as, "q.txt", text, "2,004").place not in ("Dudley", "Walsall")


def test_a_winners_table_s_valid_votes_and_share(read_as):
    text = ("| Constituency | Winner | Party | Winner's votes | Valid votes | Winner's share |\n|---|---|---|---|---|---|\n"
            "| Elm Vale | Rosa Finn | LD | 20,100 | 45,000 | 44.7% |\n| Oak Fell | Ian Dow | Lab | 19,000 | 41,000 | 46.3% |\n")
    claims = claims_in(read_as, "w.md", text)
    assert {c.text: c.kind for c in claims if c.text in ("45,000", "41,000")} == {"45,000": Kind.VOTES_CAST,
                                                                                 "41,000": Kind.VOTES_CAST}
    assert figure(read_as, "w.md", text, "44.7").subject == "Rosa Finn"


def test_the_later_side_of_a_change_is_not_the_earlier_side_s_year(read_as):
    text = "The Greens' seat count rose fourfold, from 2 MPs at the 2019 election to 8."
    assert figure(read_as, "g.txt", text, "8").modality == Modality.ACTUAL


def test_a_live_page_s_summary_so_far_is_no_provisional_count(read_as):
    text = ("**04:10** Summary so far: Labour have gained Holm Vale, where Ada Kerr's 2,450-vote win ended 14 years of "
            "Conservative representation.")
    assert figure(read_as, "s.md", text, "2,450").round is None
