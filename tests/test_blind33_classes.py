"""Classes of false error and miss found on blind sets 33 and 34 (copy from abroad, and a mix; held out or scored
untouched in earlier sessions, read only this session), each tested in fresh wording: the sets' own sentences are not
used here."""

from __future__ import annotations

from findings_of import errors, the

from checker.model import Kind, Modality


def claims_in(read_as, name: str, text: str):
    return list(read_as({name: text})[0].claims)


# -- which body ----------------------------------------------------------------------------------------------------


def test_a_state_assembly_named_in_the_lede_under_a_headline_owns_the_seats(read_as):
    text = ("<html><head><title>NDA sweeps to 162 seats</title></head><body><h1>NDA sweeps to 162 seats</h1>\n"
            "<p class=\"dateline\">Patna, <time datetime=\"2025-11-14\">14 November 2025</time></p>\n"
            "<p>The NDA has won 162 seats in the 243-member Bihar Assembly, against 71 for the opposition.</p>\n"
            "<p>The BJP alone took 89 seats.</p></body></html>")
    cs = claims_in(read_as, "a.html", text)
    assert {c.scope for c in cs if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)} == {"in-state-assembly@Bihar"}


def test_a_paragraph_labelled_with_a_state_is_that_state_s_seats(read_as):
    text = ("# Lok Sabha 2024\n\nThe BJP won 240 seats nationally.\n\n**Maharashtra (48 seats).** The Congress won 13 and"
            " the BJP nine.\n")
    cs = claims_in(read_as, "a.md", text)
    assert the(cs, "nine").scope == "Maharashtra" and the(cs, "13").scope == "Maharashtra"


def test_a_council_abroad_is_a_council_not_the_national_parliament(check_texts):
    text = ("All 32 seats on Carrowbeg County Council were filled by Monday. Fianna Fáil has 11, Fine Gael 9 and Sinn"
            " Féin 6.\n\nIn the Moyne area the five seats went FF 2, FG 1, SF 1, Ind 1.")
    report = check_texts({"c.txt": text})
    assert errors(report) == []


def test_a_ballot_measure_is_its_own_vote_and_its_bar_is_no_share(check_texts, claims_of):
    text = ("Proposition 7 passed with 1,204,118 votes to 998,230, or 54.7%; measures of this kind need 50% to pass."
            " In the 4th District, Dana Ruiz beat Tom Hale 61,220 to 58,904, a margin of 2,316.")
    cs = claims_of(text)
    assert the(cs, "50").modality == Modality.THRESHOLD and the(cs, "1,204,118").subject is None
    assert errors(check_texts({"p.txt": text})) == []


def test_electoral_votes_are_the_electoral_college_s_seats(check_texts, claims_of):
    text = ("Maria Ortega finished with 301 electoral votes to Tom Blake's 237. Ortega's share of the popular vote was"
            " 50.1% to Blake's 48.2%.")
    c = the(claims_of(text), "301")
    assert c.kind == Kind.SEATS and c.scope == "us-electoral-college"
    assert errors(check_texts({"e.txt": text})) == []


def test_a_chamber_of_the_size_the_copy_gives_when_no_party_tells_the_country(claims_of):
    cs = claims_of("Labour gained the seat from National. The party now holds 35 seats in the 121-member House.")
    assert the(cs, "121").scope != "us-house"


def test_a_commission_s_size_is_no_chamber_s(claims_of):
    cs = claims_of("Republicans won 220 seats in the House. Ms Ortiz becomes the third Democrat on the seven-member"
                   " board, which runs the water district.")
    assert [c.text for c in cs if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)] == ["220"]


def test_a_month_after_in_is_no_place_of_seats(claims_of):
    c = the(claims_of("A full House has 435 members. Democrats won 213 seats in November, five short."), "213")
    assert c.scope == "us-house"


def test_a_multi_member_district_s_seats_are_its_own(read_as, check_as):
    text = ("# Dee Estuary: Labour take two of six seats\n\nLabour won two of the six seats in the new Dee Estuary"
            " constituency, with Plaid taking two.\n\n| Party | Votes | % | Seats |\n|---|---|---|---|\n"
            "| Labour | 40,100 | 33.0 | 2 |\n| Plaid Cymru | 38,950 | 32.1 | 2 |\n| Reform UK | 30,200 | 24.9 | 2 |\n"
            "| Conservative | 12,150 | 10.0 | 0 |\n| Total | 121,400 | | 6 |\n")
    other = "Across Wales, Labour finished with 31 of the 96 seats and Plaid 30."
    cs = claims_in(read_as, "a.md", text)
    assert {c.scope for c in cs if c.kind == Kind.SEATS and c.column} == {"Dee Estuary"}
    assert errors(check_as({"a.md": text, "b.txt": other})) == []


def test_a_handful_of_seats_counted_apart_is_no_party_s_tally(check_texts):
    a = ("Ten years ago the Conservatives won eight of the ten seats along the Severn valley. Last week they won"
         " one.\n\nThe Conservatives now hold one of the ten, Labour eight and Reform one.")
    b = "The Conservatives won 121 seats across the country."
    assert errors(check_texts({"a.txt": a, "b.txt": b})) == []


def test_the_next_sentence_about_the_same_side_keeps_the_region(claims_of):
    cs = claims_of("In 2019 Labour won 10 of Avonshire's 14 seats. This time it won six seats.")
    assert the(cs, "six").scope == "Avonshire"


def test_another_party_s_national_figure_after_a_region_stays_national(claims_of):
    cs = claims_of("Labour won 202 seats. The SNP won 48 of Scotland's 59 seats. The Liberal Democrats ended with 11."
                   " In Wales, Labour won 22 of the 40 seats.")
    assert the(cs, "11").scope is None


# -- whose figure ----------------------------------------------------------------------------------------------------


def test_respectively_pairs_the_sides_with_the_figures_in_order(claims_of):
    cs = claims_of("Labour won 300 seats. The Conservatives, the SNP and the Greens took 121, 9 and 4 seats"
                   " respectively.")
    assert (the(cs, "121").subject, the(cs, "4").subject) == ("Conservative", "Green")


def test_a_place_after_in_is_not_a_person_by_the_word_after_it(read_as):
    text = "Labour's Ana Roy was elected on the third count in Harlow Fields with 12,004 votes."
    assert the(claims_in(read_as, "a.txt", text), "12,004").subject == "Ana Roy"


def test_the_party_named_before_share_owns_its_change(claims_of):
    cs = claims_of("Jo Reed won by 3,100 votes, with the Labour share of the vote falling by 8.4 points.")
    assert the(cs, "8.4").subject == "Labour"


def test_a_change_said_of_a_party_s_share_is_that_party_s(claims_of):
    cs = claims_of("With its share up by far less than the Tory share dropped, Labour's new MPs sit on thin majorities.")
    (c,) = [c for c in cs if c.kind == Kind.CHANGE and c.text == "dropped"]
    assert c.subject == "Conservative"


def test_gained_points_and_seats_are_both_changes(claims_of):
    c = the(claims_of("Labour won 300 seats. The Greens gained 2.4 points and 3 seats."), "3")
    assert c.kind == Kind.SEAT_CHANGE


def test_members_leaving_are_no_tally(claims_of):
    cs = claims_of("The House has 435 members. With three Democratic members retiring early, the chamber will"
                   " shrink.")
    assert [c.text for c in cs if c.kind == Kind.SEATS] == []


def test_a_target_a_status_requires_is_no_one_s_seats(claims_of):
    c = the(claims_of("The Greens won 14 seats, enough for party status in the legislature, which requires 8"
                      " members."), "8")
    assert c.modality == Modality.THRESHOLD


def test_a_distance_past_or_within_is_no_tally(claims_of):
    cs = claims_of("Reform won 40, three seats past the 37 needed. The Greens came within two seats of Labour.")
    assert [c.text for c in cs if c.kind == Kind.SEATS and c.modality == Modality.ACTUAL] == ["40"]


def test_a_distance_to_the_target_in_words_is_no_margin(claims_of):
    cs = claims_of("There are 538 electors, so 270 wins. Ortega won 301 to Blake's 237, 31 more than she needed.")
    assert not [c for c in cs if c.kind == Kind.MARGIN]


def test_second_in_some_seats_is_no_tally(claims_of):
    cs = claims_of("Labour held two of the three seats but saw the Greens come second in four seats.")
    assert not [c for c in cs if c.subject == "Green" and c.kind == Kind.SEATS]


def test_a_ward_s_seats_in_brackets_after_an_outcome_are_no_tally(claims_of):
    cs = claims_of("Lib Dem gain from Conservative (two seats); Labour hold (one seat).")
    assert [c for c in cs if c.kind == Kind.SEATS] == []


def test_a_fronted_count_of_seats_contested_is_no_one_s(claims_of):
    cs = claims_of("- Of the 14 seats contested, Labour won eight and the Greens six.")
    assert "14" not in {c.text for c in cs}


def test_a_list_is_read_however_far_back_an_area_s_size_was_given(claims_of):
    cs = claims_of("BALLYMORE (5 seats): Fine Gael took two.\n\nOverall tally: Fianna Fáil 14, Fine Gael 11, Labour 3,"
                   " a total of 28 seats.")
    assert the(cs, "14").kind == Kind.SEATS and the(cs, "11").kind == Kind.SEATS


# -- which election, which count -----------------------------------------------------------------------------------


def test_an_opener_of_an_earlier_election_dates_the_whole_sentence(claims_of):
    cs = claims_of("At the last all-out election in 2022, on the old boundaries, Labour took all three seats, with the"
                   " lowest winner on 1,812.")
    assert the(cs, "1,812").year == 2022


def test_a_notional_result_in_a_year_dates_its_majority(claims_of):
    cs = claims_of("On the new boundaries Labour would notionally have won in 2019 with 44.0 per cent and a majority of"
                   " 6,120.")
    assert the(cs, "6,120").year == 2019


def test_a_pluperfect_holding_is_the_earlier_tally(claims_of):
    c = the(claims_of("The Greens had held Fenmoor with 21 seats, one more than half."), "21")
    assert c.modality == Modality.HISTORICAL


def test_a_count_before_a_judicial_recount_is_provisional(check_texts):
    text = ("A judicial recount has handed Lac-Vert to the NDP by 9 votes.\n\nThe validated count after election day"
            " had Liberal Paul Roy at 21,560 votes and the NDP's Anne Gauthier at 21,548, a gap of 12 votes.\n\nAfter"
            " two weeks of counting before a judge, Gauthier finished with 21,566 votes and Roy with 21,557.")
    assert errors(check_texts({"r.txt": text})) == []


def test_a_figure_a_returning_officer_initially_gave_is_provisional(claims_of):
    cs = claims_of("The returning officer initially gave the Labour majority as 61. After a recount Labour won 9,904"
                   " to 9,851, a majority of 53.")
    assert the(cs, "61").round == "provisional"


def test_counts_with_part_of_the_vote_in_are_provisional_with_their_shares(claims_of):
    cs = claims_of("With 64% of precincts reporting, Ruiz led Hale 40,210 to 38,770. That works out to 50.9 percent"
                   " for Ruiz.")
    assert the(cs, "40,210").round == "provisional" and the(cs, "50.9").round == "provisional"


def test_a_share_of_the_vote_in_a_year_is_no_count_in_progress(claims_of):
    c = the(claims_of("Ms Ruiz, who won the seat with 45.2 per cent of the vote in 2021, polled 17.1 per cent."), "17.1")
    assert c.round is None


def test_finishing_beside_primary_votes_is_the_final_count(read_as):
    text = ("# Distribution of preferences in Wattle Bay\n\nLabor's Ann Lee, who trailed on primary votes, finished"
            " with 50,210 votes to the Liberals' 47,790.\n\nLabor's primary vote was 38.2 per cent and the Liberals'"
            " 41.0 per cent.\n")
    cs = claims_in(read_as, "a.md", text)
    assert the(cs, "50,210").round == "final" and the(cs, "47,790").round == "final"


def test_an_irish_count_sheet_s_columns_are_transfers_and_running_totals(read_as):
    text = ("<table><thead><tr><th>Candidate</th><th>Party</th><th>Count 1</th><th>Count 2: Ryan surplus</th>"
            "<th>Total after count 2</th></tr></thead><tbody>\n"
            "<tr><td>Ryan, Ann</td><td>FF</td><td>9,210</td><td>-1,010</td><td>8,200</td></tr>\n"
            "<tr><td>Kane, Tom</td><td>SF</td><td>6,100</td><td>+604</td><td>6,704</td></tr>\n</tbody></table>")
    cs = claims_in(read_as, "a.html", "<p>Carrow (3 seats): the count continues.</p>" + text)
    assert [(c.text, c.kind, c.round) for c in cs if c.subject == "Tom Kane"] == [
        ("6,100", Kind.VOTES, None), ("+604", Kind.VOTES, "transfer"), ("6,704", Kind.VOTES, "final")]


def test_a_quota_s_seats_are_those_the_copy_says_are_filled(check_texts):
    text = ("Four councillors were elected for Rathmore after six counts. The valid poll was 25,000 and the quota"
            " 5,001. In 2019, when it was a five-seat area, Ms Kane polled 3,900.")
    assert errors(check_texts({"r.txt": text}), "stv-quota") == []


def test_a_two_candidate_swing_is_checked_against_the_final_count(check_texts):
    text = ("In Banksia, Labor's Mia Tran won 52.4 per cent of the two-candidate-preferred vote against the Greens,"
            " a swing of 3.1 per cent to the Greens from Labor's 55.5 per cent in 2022. Labor's primary vote fell"
            " 2.0 points and the Greens' rose 4.5.")
    assert errors(check_texts({"b.txt": text}), "swing") == []
    assert errors(check_texts({"b.txt": text.replace("3.1 per cent", "4.1 per cent")}), "swing")


def test_a_candidates_table_s_swing_column_is_each_one_s_change(read_as):
    text = ("| Candidate | Party | Votes | % | Swing |\n|---|---|---|---|---|\n| Ann Lee | Labor | 31,200 | 40.1 | -2.2 |\n"
            "| Ben Carter | Liberal | 30,100 | 38.7 | +1.4 |\n")
    cs = claims_in(read_as, "a.md", text)
    assert the(cs, "+1.4").kind == Kind.SHARE_CHANGE and the(cs, "+1.4").subject == "Ben Carter"


def test_new_zealand_s_electorates_column_counts_seats(read_as, check_as):
    text = ("<p>Results</p><table><thead><tr><th>Party</th><th>Party vote %</th><th>Electorates</th></tr></thead>"
            "<tbody>\n<tr><td>National</td><td>38.1</td><td>43</td></tr>\n<tr><td>Labour</td><td>27.2</td><td>17</td>"
            "</tr>\n<tr><td>Green</td><td>11.6</td><td>3</td></tr>\n</tbody></table>")
    cs = claims_in(read_as, "a.html", text)
    assert the(cs, "17").kind == Kind.SEATS
    assert errors(check_as({"a.html": text})) == []


# -- checks --------------------------------------------------------------------------------------------------------


def test_an_html_table_s_rows_are_one_list_of_shares(check_as):
    rows = "".join(f"<tr><td>{p}</td><td>{s}</td></tr>\n" for p, s in
                   (("Labour", "41.0"), ("Conservative", "30.2"), ("Liberal Democrat", "18.1"), ("Green", "14.7")))
    text = f"<p>Vote share</p><table><thead><tr><th>Party</th><th>Vote %</th></tr></thead><tbody>\n{rows}</tbody></table>"
    assert errors(check_as({"a.html": text}), "share-sum")  # 104.0
    assert errors(check_as({"a.html": text.replace("14.7", "10.7")}), "share-sum") == []


def test_a_subtotal_row_is_not_added_to_the_rows_it_sums(check_as):
    text = ("| Bloc | Party | Seats | Vote % |\n|---|---|---|---|\n| Left | Labour | 40 | 30.1 |\n| Left | Green | 5 | 9.9 |\n"
            "| Left total | | 45 | 40.0 |\n| Right | Conservative | 35 | 45.0 |\n| Others | | 10 | 15.0 |\n")
    assert errors(check_as({"a.md": text}), "share-sum") == []


def test_a_total_far_from_an_unnamed_race_s_counts_is_another_vote_s(check_texts):
    text = ("Maria Ortega won 312 to Tom Blake's 226.\n\nTurnout was up.\n\nThe state party is pleased.\n\n"
            "In January it took 15 ballots to elect a Speaker; the winner received 216 votes, a majority of the 428"
            " cast.")
    assert errors(check_texts({"a.txt": text}), "votes-total") == []


def test_the_winner_said_to_have_won_is_shown_where_the_copy_says_so(check_texts):
    text = ("Republican Sam Hale won Tuesday's special election for Ohio House District 12 by 210 votes.\n\nRESULTS\n"
            "Ana Ruiz (D) 10,400\nSam Hale (R) 10,190\n")
    (f,) = errors(check_texts({"a.txt": text}), "winner-has-most")
    assert any(r.location.line == 1 for r in f.related)


def test_a_change_told_of_a_seat_is_not_checked_against_national_figures(check_texts):
    text = ("Nationally the Conservatives' share fell from 43.6 per cent to 23.7 per cent.\n\nIn Fenwick Edge, where"
            " Labour won, the Conservatives' share fell by 21.5 points.")
    assert errors(check_texts({"a.txt": text}), "direction") == []


# -- councils ------------------------------------------------------------------------------------------------------


def test_a_capitals_heading_naming_a_council_heads_its_lines(check_texts, claims_of):
    text = ("ROUND-UP\n\nOAKHAM BOROUGH\nLabour held on, winning 11 of the 16 seats contested. The council now stands"
            " at Labour 30, Conservatives 12, Greens 5 - 47 in all.\n\nWESTLEY DISTRICT\nOf the 39 seats, the Conservatives now hold 18, the Lib Dems 14 and"
            " independents 7.\n")
    cs = claims_of(text)
    assert (the(cs, "30").body, the(cs, "18").body) == ("Oakham Borough", "Westley District")
    assert errors(check_texts({"a.txt": text})) == []


def test_a_ward_named_after_the_seats_is_their_body_and_across_the_city_is_none(check_texts):
    text = ("The Greens have won a seat on Calder City Council, taking one of the three seats in Mill ward.\n\n"
            "Across the city Labour kept control with 30 of the 48 seats. The Greens now have two councillors and the"
            " Conservatives 16.")
    assert errors(check_texts({"a.txt": text})) == []


def test_a_heading_in_capitals_over_a_results_list_names_its_ward(check_texts):
    text = ("MARSH LANE\nKaren Holt, Labour: 1204\nDev Shah, Conservative: 990\nLab hold. Majority 214.\n\n"
            "QUAY STREET\nJo Pym, Green: 1610\nTim Cole, Labour: 1150\nGreen gain from Lab. Majority 460.\n")
    assert errors(check_texts({"a.txt": text})) == []
    assert errors(check_texts({"a.txt": text.replace("Majority 460", "Majority 406")}), "majority-arithmetic")


def test_a_figure_an_earlier_online_version_gave_is_withdrawn(claims_of):
    cs = claims_of("Correction: an earlier online version of this report said Cllr Moss lost her seat by 73 votes. The"
                   " correct figure is 37 votes.")
    assert the(cs, "73").round == "provisional"


def test_a_round_up_of_state_legislatures_keeps_each_state_apart(check_texts, claims_of):
    text = ("COLUMBUS, Ohio -- Republicans kept their supermajority in the Ohio House, winning 65 of its 99 seats.\n\n"
            "Elsewhere:\n\nArizona: Republicans hold 33 of the 60 House seats.\n\n"
            "Kansas: Republicans won 88 of the 125 House seats, to 37 for Democrats.\n")
    cs = claims_of(text)
    assert (the(cs, "33").scope, the(cs, "88").scope) == ("us-state-house@Arizona", "us-state-house@Kansas")
    assert errors(check_texts({"r.txt": text})) == []


def test_a_year_labelling_a_bracket_dates_the_bracket_not_the_figure_before_it(claims_of):
    cs = claims_of("- **NDP:** 41 seats (2021: 29), 45.2% of the vote")
    assert the(cs, "41").year is None


def test_a_majority_a_party_had_held_is_the_earlier_one(claims_of):
    c = the(claims_of("Republicans won 58 seats. Democrats had held a 56-54 majority before the election."), "56")
    assert c.modality == Modality.HISTORICAL


def test_narrowing_a_margin_by_some_votes_is_no_margin(claims_of):
    cs = claims_of("After the recount Ruiz had 101,230 votes to Hale's 101,061, a margin of 169; the recount narrowed her"
                   " margin by three votes.")
    assert [c.text for c in cs if c.kind == Kind.MARGIN] == ["169"]


def test_a_city_s_seats_in_a_provincial_legislature_are_counted_apart(check_texts):
    text = ("The NDP won 38 of the 87 seats in the legislature and the UCP 49. In Calgary the NDP won 14 of 26 seats,"
            " while the UCP held the other 12.")
    assert errors(check_texts({"a.txt": text})) == []


def test_up_from_the_seats_won_before_is_the_earlier_level(claims_of):
    c = the(claims_of("Labor has won 45 of the 93 seats. That is up from the 36 seats it won in 2019."), "36")
    assert c.kind == Kind.SEATS and c.modality == Modality.HISTORICAL


def test_a_table_s_bracketed_figures_are_the_year_its_caption_gives(read_as, check_as):
    text = ("The Liberals were reduced to 40 seats.\n\n## Legislative Assembly, 2024 (2020 in brackets)\n\n"
            "| Party | Seats |\n|---|---|\n| Labor | 48 (44) |\n| Liberal | 40 (45) |\n")
    cs = claims_in(read_as, "a.md", text)
    assert the(cs, "45").year == 2020 and the(cs, "45").modality == Modality.HISTORICAL
    assert errors(check_as({"a.md": text})) == []


def test_seats_parties_account_for_together_are_no_one_party_s(claims_of):
    cs = claims_of("The BJP won 240. Together with the BJP, the TDP and JD(U) account for 268 seats.")
    assert not [c for c in cs if c.text == "268" and c.kind == Kind.SEATS and c.subject]


def test_what_polls_in_the_campaign_had_is_a_forecast(claims_of):
    c = the(claims_of("The Greens won 9 seats. Polls in the campaign had them winning as many as 14 seats."), "14")
    assert c.modality == Modality.FORECAST


def test_a_majority_target_is_one_more_than_half_the_body_the_sentence_sizes(check_texts):
    text = "The Greens hold 30 seats, short of the 31 needed for a majority in the 62-member chamber."
    assert errors(check_texts({"a.txt": text}), "majority-target")  # 62 // 2 + 1 = 32
    assert errors(check_texts({"a.txt": text.replace("the 31 needed", "the 32 needed")}), "majority-target") == []
    assert errors(check_texts({"a.txt": "Republicans won 41 of the 62 seats, the two-thirds majority needed to"
                                        " override a veto."}), "majority-target") == []


def test_a_bare_house_sized_unlike_the_congress_s_beside_a_state_is_the_state_s(check_texts):
    text = "Arizona: Republicans kept the House, winning 33 of 60 seats. Democrats won 28."
    (f,) = errors(check_texts({"a.txt": text}), "seat-sum")  # 33 + 28 = 61 of 60
    assert "us-state-house@Arizona" in f.message
