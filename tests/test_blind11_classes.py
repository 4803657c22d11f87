"""Classes of failure found on blind set 11 (written by someone who never read the checker, scored once untouched
on the final code of the session that commissioned it), each tested in fresh wording, not in the set's sentences.
"""

from __future__ import annotations

from findings_of import errors

from checker.model import Kind, Modality


def test_a_sentence_opened_by_then_is_the_past_election_the_sentence_before_names(claims_of, check_texts):
    text = ("Greens gain Millbrook ward\n\nThe Greens took Millbrook from Labour on Thursday, Anya Holt polling"
            " 1,450 votes to Labour's 1,238.\n\nThe ward was last fought at the 2022 borough elections."
            " Then Labour polled 1,912 votes to the Greens' 640, a majority of 1,272.")
    years = {c.text: c.year for c in claims_of(text)}
    assert years["1,912"] == 2022 and years["1,272"] == 2022 and years["1,450"] is None
    assert errors(check_texts({"millbrook.txt": text})) == []


def test_an_opener_naming_an_earlier_vote_dates_its_clause(claims_of):
    claims = claims_of("Ferris won the federal seat with 20,114 votes. At the last state election there, Liberal"
                       " Tom Rudd held it with 14,090 votes.")
    (rudd,) = [c for c in claims if c.text == "14,090"]
    assert rudd.modality == Modality.HISTORICAL


def test_the_top_two_is_a_count_of_candidates_not_a_figure(check_texts):
    text = ("Republican Dana Fisk won Ohio's 9th District with 198,402 votes to 197,215 for Democrat Carl Ames,"
            " a margin of 1,187.\n\nThe Green candidate's 6,020 votes were five times the gap between the"
            " leading two.")
    assert errors(check_texts({"oh9.txt": text})) == []


def test_a_bare_house_in_copy_about_a_state_legislature_is_the_state_s(claims_of):
    text = ("Democrats flip the Arizona Legislature\n\nDemocrats won control of both chambers of the state"
            " legislature. In the state Senate they hold 16 of 30 seats.\n\nThe 60-member House will be split"
            " 31 to 29.")
    scopes = {c.text: c.scope for c in claims_of(text) if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)}
    assert scopes["60"] == "us-state-house@Arizona" and scopes["30"] == "us-state-senate@Arizona"


def test_a_provincial_legislature_s_seats_are_not_the_national_chamber_s(claims_of, check_texts):
    text = ("NDP holds Manitoba\n\nThe New Democrats have been returned to power in Manitoba, winning 34 of the 57"
            " seats in the Legislative Assembly.\n\nThe Progressive Conservatives won 22 seats and the Liberals 1.")
    scopes = {c.text: c.scope for c in claims_of(text) if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)}
    assert scopes["57"] == scopes["22"] == scopes["1"] == "state-legislature@Manitoba"
    assert errors(check_texts({"mb.txt": text})) == []
    (found,) = errors(check_texts({"mb.txt": text.replace("22 seats", "25 seats")}))
    assert found.rule == "seat-sum" and found.stated == 60


def test_seats_said_to_fill_the_body_must_add_up_to_it(check_texts):
    text = ("Two parties shared the new assembly. Of its 45 seats, the Alliance won 26 and Labour 17:"
            " no other party won a seat.")
    (found,) = errors(check_texts({"assembly.txt": text}))
    assert found.rule == "seat-sum" and found.stated == 43 and found.expected == 45
    assert errors(check_texts({"assembly.txt": text.replace("Labour 17", "Labour 19")})) == []


def test_a_seats_table_s_total_row_is_the_body_s_size(check_texts, claims_of):
    table = ("## Bremen state election\n\n| Party | Seats |\n|---|---|\n| SPD | 27 |\n| CDU | 24 |\n| Greens | 10 |\n"
             "| Die Linke | 10 |\n| **Total** | **{total}** |\n")
    (total,) = [c for c in claims_of(table.format(total=71)) if c.text == "71"]
    assert total.kind == Kind.TOTAL_SEATS
    assert errors(check_texts({"bremen.md": table.format(total=71)})) == []
    (found,) = errors(check_texts({"bremen.md": table.format(total=73)}))
    assert found.rule == "seat-sum" and found.stated == 71 and found.expected == 73


def test_a_vote_column_of_percentages_gives_shares(claims_of, check_texts):
    table = ("# Provisional result\n\n| Party | Party vote |\n|---|---|\n| Labour | 36.1% |\n| National | 34.2% |\n"
             "| Green | 11.0% |\n| NZ First | 9.3% |\n| ACT | {act}% |\n")
    kinds = {(c.subject, c.kind) for c in claims_of(table.format(act="7.6"))}
    assert ("National (NZ)", Kind.SHARE) in kinds and ("ACT", Kind.SHARE) in kinds
    assert errors(check_texts({"nz.md": table.format(act="7.6")})) == []
    (found,) = errors(check_texts({"nz.md": table.format(act="11.6")}))
    assert found.rule == "share-sum"


def test_a_party_whose_name_starts_with_another_s_is_its_own(claims_of):
    claims = claims_of("Independents took 11.2% of first preferences and Independent Ireland 4.1%.")
    subjects = {c.text: c.subject for c in claims}
    assert subjects["11.2"] == "Independent" and subjects["4.1"] == "Independent Ireland"


def test_a_results_list_one_name_a_line_states_its_runner_up(check_texts):
    text = ("PENMORE WARD BY-ELECTION\n\nAlys Morgan (Plaid Cymru) 912\nGareth Rees (Labour) 874\n"
            "Tom Beddoe (Conservative) 301\nNia Hughes (Green) 97\n\nPlaid Cymru majority: {m}\n")
    assert errors(check_texts({"penmore.txt": text.format(m=38)})) == []
    (found,) = errors(check_texts({"penmore.txt": text.format(m=83)}))
    assert found.rule == "majority-arithmetic" and found.expected == 38 and not found.assumptions


def test_a_name_in_apposition_before_its_figure_owns_it(claims_of):
    claims = claims_of("Labour's Ann Price polled 14,210 and the Conservative Ben Hale 9,870, with the"
                       " Green, Ola Berg, on 2,301. The favourite, Ruth Neame, was third on 18.2 per cent.")
    owners = {c.text: c.subject for c in claims if c.kind in (Kind.VOTES, Kind.SHARE)}
    assert owners["2,301"] == "Ola Berg" and owners["18.2"] == "Ruth Neame"


def test_winning_a_count_of_votes_is_no_win(claims_of):
    claims = claims_of("Sam Okoro held Eastleigh Park with 16,402 votes. The Liberal Democrat, Rhys Vane, won"
                       " 6,115 votes.")
    roles = {c.text: c.role for c in claims if c.kind == Kind.VOTES}
    assert roles["6,115"] is None


def test_shares_of_an_unnamed_count_add_up_within_their_paragraph(check_texts):
    text = ("Ballot goes to a second round\n\nNo candidate won a majority of first preferences in the race to"
            " lead the Forward Party.\n\nSara Shah led with 44.2 per cent.\nDev Gill was second on 30.1 per"
            " cent and the newcomer, Petra Lund, third on {p} per cent.\n")
    assert errors(check_texts({"ballot.txt": text.format(p="25.7")})) == []
    (found,) = errors(check_texts({"ballot.txt": text.format(p="28.7")}))
    assert found.rule == "share-sum"


def test_a_fraction_of_the_seats_sizes_the_whole(claims_of):
    claims = claims_of("Labour won two of the five seats and the Greens took the rest: more than half of the"
                       " 5 seats went to the two parties.")
    (five,) = [c for c in claims if c.text == "5"]
    assert five.kind == Kind.TOTAL_SEATS


def test_a_chamber_sized_in_a_compound_is_its_size_not_a_majority(claims_of):
    claims = claims_of("The coalition has won a majority in the 230-seat Legislative Assembly.")
    (size,) = [c for c in claims if c.text == "230"]
    assert size.kind == Kind.TOTAL_SEATS


def test_a_total_row_over_rows_of_no_party_is_not_summed_exactly(check_texts):
    table = ("## Council result\n\n| Party | Seats |\n|---|---|\n| Labour | 30 |\n| Conservative | 12 |\n"
             "| Others | 5 |\n| **Total** | **48** |\n")
    assert errors(check_texts({"council.md": table}), "seat-sum") == []


def test_a_lead_told_after_second_preferences_is_not_the_first_round_s(check_texts):
    text = ("Conservative Anne Lyle has been elected mayor.\n\nFirst preferences\nRobert Hay (Labour) 61,204\n"
            "Anne Lyle (Conservative) 58,930\nOwen Pryce (Green) 20,116\n\nSecond preferences\n"
            "Hay +4,020 = 65,224\nLyle +9,881 = 68,811\n\nMs Lyle wins by 3,587 votes.\n")
    assert errors(check_texts({"mayor.txt": text})) == []


def test_a_bar_to_clear_is_no_party_s_share(claims_of):
    claims = claims_of("The Pirates' 3.1 per cent was below the 4 per cent threshold. The Left, on 3.8 per cent, is"
                       " also below 4 per cent.")
    bars = [c for c in claims if c.text == "4"]
    assert len(bars) == 2 and all(c.modality == Modality.THRESHOLD for c in bars)


def test_enough_for_an_overall_majority_claims_more_than_half(check_texts):
    text = ("The Greens won {n} of the borough's 45 seats, enough for an overall majority, after gains in the"
            " north.")
    assert errors(check_texts({"borough.txt": text.format(n=23)})) == []
    (found,) = errors(check_texts({"borough.txt": text.format(n=22)}))
    assert found.rule == "majority-claim" and found.expected == 23


def test_the_winner_said_in_prose_has_the_most_votes_in_the_list(check_texts):
    text = ("NORTHGATE WARD\n\nLabour's Priti Desai has won Northgate ward, holding it for her party.\n\n"
            "The result:\nTom Barker (Conservative) {tb}\nPriti Desai (Labour) 1,388\nAnn Cole (Green) 412\n")
    assert errors(check_texts({"northgate.txt": text.format(tb="1,301")})) == []
    (found,) = errors(check_texts({"northgate.txt": text.format(tb="1,431")}))
    assert found.rule == "winner-has-most" and found.expected == 1431


def test_a_two_party_swing_against_last_time_s_two_party_share(check_texts):
    text = ("Labor's Ana Ruiz has won the seat of Carrow Creek.\n\nAfter preferences Ruiz had 51.2 per cent of the"
            " two-party-preferred vote to 48.8 per cent for Liberal Dan Hope.\n\nThe Liberals won 55.0 per"
            " cent of the two-party-preferred vote there last time, a two-party swing of {s} per cent to Labor.")
    assert errors(check_texts({"carrow.txt": text.format(s="6.2")})) == []
    (found,) = errors(check_texts({"carrow.txt": text.format(s="4.2")}))
    assert found.rule == "swing" and found.expected == 6.2


def test_people_who_voted_and_a_register_give_a_turnout(check_texts, claims_of):
    text = "Turnout was {t} per cent: 30,114 people voted, from a register of 61,022."
    kinds = {c.text: c.kind for c in claims_of(text.format(t="49.3"))}
    assert kinds["30,114"] == Kind.VOTES_CAST and kinds["61,022"] == Kind.ELECTORATE
    assert errors(check_texts({"t.txt": text.format(t="49.3")})) == []
    (found,) = errors(check_texts({"t.txt": text.format(t="51.3")}))
    assert found.rule == "turnout"


def test_a_referendum_side_named_in_prose_and_voted_for(claims_of, check_texts):
    text = ("Residents backed the new parish council: 6,120 people voted Yes and 5,002 voted No. The Yes side took"
            " {s}% of the vote.")
    subjects = {c.text: c.subject for c in claims_of(text.format(s="55.0"))}
    assert subjects["6,120"] == "Yes" and subjects["5,002"] == "No" and subjects["55.0"] == "Yes"
    assert errors(check_texts({"parish.txt": text.format(s="55.0")})) == []  # 6,120 / 11,122 = 55.03%
    (found,) = errors(check_texts({"parish.txt": text.format(s="57.0")}))
    assert found.rule == "share-recompute"


def test_a_seat_named_by_its_role_is_that_seat_where_it_is_named_again(mentions_of):
    mentions = mentions_of("Kelso Ridge: Labour hold\n\nLabour's Fay Dunn was re-elected in Kelso Ridge on Friday.")
    places = [m for m in mentions if m.kind == "place"]
    assert [m.name for m in places] == ["Kelso Ridge", "Kelso Ridge"]


def test_a_middle_ballot_is_neither_the_first_nor_the_final(claims_of):
    claims = claims_of("In the first ballot Maria Ruiz had 40 votes and Dev Patel 31. In the second round Ruiz had 45"
                       " and Patel 38. In the final ballot of members Ruiz beat Patel by 2,104 votes.")
    rounds = {c.text: c.round for c in claims}
    assert rounds["45"] == "intermediate" and rounds["2,104"] == "final" and rounds["40"] is None


def test_seats_several_parties_hold_together_are_no_one_party_s(claims_of):
    claims = claims_of("Labour, the Greens and Plaid together hold 34 seats.")
    assert not [c for c in claims if c.text == "34" and c.kind == Kind.SEATS]


def test_a_body_of_n_members_is_its_size(claims_of):
    claims = claims_of("The count confirmed a Parliament of 121 members, one more than usual.")
    (size,) = [c for c in claims if c.text == "121"]
    assert size.kind == Kind.TOTAL_SEATS


def test_a_coalition_that_would_command_seats_is_a_hypothesis(claims_of):
    (seats,) = [c for c in claims_of("A red-green coalition would command 70 seats.") if c.text == "70"]
    assert seats.modality == Modality.FORECAST


def test_an_overall_majority_after_a_list_of_parties_is_the_largest_party_s(check_texts):
    text = ("Thornfield District - The Greens won control, taking {g} of the 40 seats to Labour's 11 and the"
            " Conservatives' 7, an overall majority of two.")
    assert errors(check_texts({"roundup.txt": text.format(g=21)})) == []
    (found,) = errors(check_texts({"roundup.txt": text.format(g=22)}))
    assert found.rule == "seat-majority" and found.expected == 4


def test_a_to_figure_after_its_own_noun_is_that_noun_s(claims_of):
    claims = claims_of("In 1983 Ms Hale held it with 20,118 votes, a majority of 2,412, as the Liberal vote slipped"
                       " to 6,870.")
    (liberal,) = [c for c in claims if c.text == "6,870"]
    assert liberal.kind == Kind.VOTES


def test_a_quota_is_the_valid_poll_over_seats_plus_one_plus_one(check_texts, claims_of):
    text = ("Carlow Town (three seats): first count\n\nValid poll: 38,412\nQuota: {q}\n\nFirst preferences: Anne Roche"
            " (FF) 10,112; Liam Doyle (SF) 9,450; Mary Kehoe (FG) 8,020.\n")
    (quota,) = [c for c in claims_of(text.format(q="9,604")) if c.kind == Kind.QUOTA]
    assert quota.whole == 3
    assert errors(check_texts({"carlow.txt": text.format(q="9,604")})) == []  # 38,412 / 4 + 1 = 9,604
    (found,) = errors(check_texts({"carlow.txt": text.format(q="9,406")}))
    assert found.rule == "stv-quota" and found.expected == 9604


def test_a_surplus_is_the_votes_over_the_quota(check_texts):
    text = ("In the four-seat Tralee ward the quota was 2,105. Sinn Féin's Dara Walsh polled 2,640 first"
            " preferences, {s} over the quota. Her surplus will be passed on at the second count.")
    assert errors(check_texts({"tralee.txt": text.format(s="535")})) == []
    (found,) = errors(check_texts({"tralee.txt": text.format(s="553")}))
    assert found.rule == "stv-surplus" and found.expected == 535


def test_digits_grouped_in_lakhs_are_well_formed_and_lakh_scales(claims_of):
    claims = claims_of("Rao polled 7,04,118 votes and won by 1.2 lakh votes.")
    values = {c.text: c.value for c in claims}
    assert values["7,04,118"] == 704118 and values["1.2 lakh"] == 120000


def test_a_seat_named_before_its_chamber_and_kind(claims_of):
    claims = claims_of("Meena Joshi was declared elected from the Nashik Lok Sabha constituency, polling 5,10,332"
                       " votes to 3,98,040 for her main rival, Ravi Pawar.")
    places = {c.place for c in claims if c.kind == Kind.VOTES}
    roles = {c.text: c.role for c in claims if c.kind == Kind.VOTES}
    assert places == {"Nashik"} and roles["3,98,040"] == "runner_up"


def test_a_list_of_parties_votes_and_shares_implies_one_poll(check_texts):
    text = ("Regional list vote:\nLabour 61,208 (40.1%)\nConservative 38,470 (25.2%)\nPlaid Cymru {p}\n"
            "Green 12,004 (7.9%)\n")
    assert errors(check_texts({"list.txt": text.format(p="25,310 (16.6%)")})) == []
    (found,) = errors(check_texts({"list.txt": text.format(p="25,310 (19.6%)")}))
    assert found.rule == "share-votes"


def test_an_x_to_y_swing_names_both_sides(claims_of):
    (swing,) = [c for c in claims_of("The Conservative-to-Reform swing in Oakley was 9.1 points.") if c.kind == Kind.SWING]
    assert swing.subject == "Reform UK" and swing.counterpart == "Conservative"


def test_undated_copy_with_two_elections_columns_reports_the_later(check_texts, claims_of):
    table = ("## Elmfield ward\n\n| Party | 2021 share | 2025 share | Change |\n|---|---|---|---|\n"
             "| Reform UK | 12.0% | 38.6% | +26.6 |\n| Labour | 48.2% | 30.0% | -18.2 |\n| Green | 9.8% | 14.4% | +4.6 |\n\n"
             "The Labour-to-Reform swing in Elmfield was {s} points.\n")
    years = {c.text: (c.year, c.modality) for c in claims_of(table.format(s="22.4"))}
    assert years["12.0"] == (2021, Modality.HISTORICAL) and years["38.6"][1] == Modality.ACTUAL
    assert errors(check_texts({"elmfield.md": table.format(s="22.4")})) == []  # (26.6 + 18.2) / 2
    (found,) = errors(check_texts({"elmfield.md": table.format(s="17.4")}))
    assert found.rule == "swing" and found.expected == 22.4


def test_someone_s_own_vote_was_n_is_their_count(claims_of):
    claims = claims_of("Labor's Ana Ruiz finished ahead. Ruiz's primary vote was 28,114, behind the Liberal Tom Pike"
                       " on 30,002.")
    (count,) = [c for c in claims if c.text == "28,114"]
    assert count.kind == Kind.VOTES and count.subject == "Ana Ruiz"


def test_the_division_of_x_names_a_seat(mentions_of):
    places = [m.name for m in mentions_of("Labor's Ana Ruiz has won the Division of Carrow Creek.") if m.kind == "place"]
    assert places == ["Carrow Creek"]


def test_a_seat_s_name_that_is_someone_s_surname_is_the_person(claims_of):
    claims = claims_of("Labour's Amy Cole won the mayoralty with 120,400 votes, beating Conservative Mark Stroud"
                       " (88,210) by 32,190. Stroud said he would stand again.")
    assert not {c.place for c in claims if c.place}
    (his,) = [c for c in claims if c.text == "88,210"]
    assert his.kind == Kind.VOTES and his.subject == "Mark Stroud"


def test_a_seat_someone_had_held_is_not_the_one_they_stand_in(claims_of):
    claims = claims_of("Labour's Ana Price has won the new Dee Valley seat, beating Conservative Tom Hale, 17,204 votes"
                       " to 13,011. Mr Hale had been MP for Wrexham before the boundary changes.")
    assert {c.place for c in claims if c.kind == Kind.VOTES} == {"Dee Valley"}


def test_the_yes_share_is_the_yes_side_s(claims_of):
    (share,) = [c for c in claims_of("In the parish poll 1,204 people voted Yes and 310 voted No. The Yes share was"
                                     " 79.5%.") if c.kind == Kind.SHARE]
    assert share.subject == "Yes"


def test_a_headline_s_kind_of_story_is_no_seat(mentions_of):
    places = [m for m in mentions_of("Analysis: how Labour held the north\n\nLabour held Sunderland Central with"
                                     " 18,000 votes.") if m.kind == "place" and m.name == "Analysis"]
    assert places == []


def test_a_results_table_names_its_runner_up(check_texts):
    text = ("## Ohio's 9th District\n\n| Candidate | Party | Votes |\n|---|---|---|\n| Ann Pryor | Republican | 188,402 |\n"
            "| Dan Ruiz | Democratic | 180,117 |\n| Lee Fox | Libertarian | 7,020 |\n\n"
            "Pryor's margin of {m} votes was the closest in the state.\n")
    assert errors(check_texts({"oh9.md": text.format(m="8,285")})) == []
    (found,) = errors(check_texts({"oh9.md": text.format(m="8,825")}))
    assert found.rule == "majority-arithmetic" and not [a for a in found.assumptions if "Dan Ruiz" in a or "runner" in a]


def test_counties_won_are_no_votes(claims_of):
    claims = claims_of("Hale won 61 of the state's 77 counties but lost the suburbs.")
    assert not [c for c in claims if c.text == "61"]


def test_was_re_elected_says_who_won(claims_of):
    (won,) = [c for c in claims_of("Labour's Ruth Amis was re-elected in Hexham on Friday.")
              if c.kind == Kind.OUTCOME]
    assert won.subject == "Ruth Amis" and won.role == "winner" and won.place == "Hexham"


def test_n_votes_clear_is_a_lead(claims_of):
    (lead,) = [c for c in claims_of("Labour's Sam Ode held on, finishing 312 votes clear after two recounts.")
               if c.text == "312"]
    assert lead.kind == Kind.MARGIN


def test_a_recount_is_no_count_in_rounds(check_texts):
    text = ("CASTLE WARD\n\nConservative Ian Pell held Castle ward after a recount.\n\nFull result:\nNina Shah (Labour) {ns}\n"
            "Ian Pell (Conservative) 1,180\nTom Ray (Green) 344\n")
    assert errors(check_texts({"castle.txt": text.format(ns="1,102")})) == []
    (found,) = errors(check_texts({"castle.txt": text.format(ns="1,201")}))
    assert found.rule == "winner-has-most"


def test_a_group_that_rose_by_a_net_gain_must_add_up(check_texts):
    text = "Hartmoor District Council (45 seats): the Greens' group rose from 11 to 19, a net gain of {n}."
    assert errors(check_texts({"h.txt": text.format(n=8)})) == []
    (found,) = errors(check_texts({"h.txt": text.format(n=9)}))
    assert found.rule == "direction"


def test_voted_yes_in_lower_case_is_a_side_s_count(claims_of):
    claims = claims_of("In the parish poll 2,410 people voted yes and 388 voted no.")
    (yes,) = [c for c in claims if c.text == "2,410"]
    assert yes.kind == Kind.VOTES and yes.subject == "Yes"


def test_more_seats_than_is_a_difference_not_a_size(claims_of):
    claims = claims_of("The new Parliament has three more seats than the usual 120.")
    assert not [c for c in claims if c.text == "three"]
