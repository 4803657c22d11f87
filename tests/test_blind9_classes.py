"""Classes of failure found on blind set 9 (written by someone who never read the checker), each tested
in fresh wording that exercises the same rule, not in the set's sentences.
"""

from __future__ import annotations

from findings_of import errors

from checker.model import UNSAID_TIER, Kind, Modality, Severity


# -- direct speech -------------------------------------------------------------------------------------------

def test_a_figure_in_direct_speech_is_not_the_speaker_s(check_texts, claims_of):
    text = ("Priya Shah took the last seat in Northgate ward by 31 votes.\n\n"
            "Shah, a retired nurse, said: \"Thirty-one votes. My daughter counted them twice.\"")
    (quoted,) = [c for c in claims_of(text) if c.text == "Thirty-one"]
    assert quoted.subject is None
    assert quoted.confidence <= 0.7 and any("direct speech" in e for e in quoted.evidence)
    assert errors(check_texts({"northgate.txt": text})) == []


def test_a_speaker_s_own_figure_in_a_quote_is_checked_at_most_as_a_warning(check_texts):
    text = ("Labour's Ben Otieno held Marsh Lane with 9,870 votes to 7,140 for the Conservative, Ruth Dale.\n\n"
            "\"We won by 2,370 votes and I am proud of every one,\" Ben Otieno said.")
    report = check_texts({"marsh.txt": text})
    assert errors(report) == []
    assert [f.rule for f in report.findings if f.rule == "majority-arithmetic"] in ([], ["majority-arithmetic"])


# -- seats of a ward, a council's majority over all others, several sides' seats together ---------------------

def test_a_party_s_seats_in_one_ward_are_not_its_seats_on_the_council(check_texts):
    text = ("The Liberal Democrats kept Harwell Borough Council but lost one of their three seats in Abbey ward to"
            " an independent.\n\nAcross the borough the Liberal Democrats hold 29 of the 48 seats, down from 31.")
    assert errors(check_texts({"harwell.txt": text})) == []


def test_a_majority_over_all_other_parties_combined_is_in_seats(claims_of):
    claims = claims_of("The council leader said the Conservatives' majority of 11 over all other parties combined"
                       " was enough to govern.")
    (majority,) = [c for c in claims if c.kind == Kind.MAJORITY]
    assert majority.unit == "seats"


def test_several_parties_seats_together_are_no_one_party_s(claims_of):
    claims = claims_of("Talks began between Labour and the Greens, whose combined 27 seats would be one short of a"
                       " majority. The Liberal Democrats and independents have 19 seats between them.")
    assert [c for c in claims if c.kind == Kind.SEATS] == []


# -- which election: a by-election's "general election", the earlier side of a change ----------------------------

def test_in_by_election_copy_the_general_election_is_the_one_before(claims_of):
    claims = claims_of("Greens win the Fordham by-election\n\nNia Pryce, who came fourth at the general election,"
                       " polled 8,204 votes to win the seat.")
    (rank,) = [c for c in claims if c.kind == Kind.RANK]
    assert rank.modality == Modality.HISTORICAL


def test_the_figure_a_change_starts_from_is_the_earlier_one(claims_of):
    claims = claims_of("The Bloc, which held 32 seats in the outgoing parliament, dropped to 22, a loss of ten.")
    (before,) = [c for c in claims if c.text == "32"]
    assert before.modality == Modality.HISTORICAL


def test_a_seat_count_before_a_later_fall_is_not_this_election_s(check_texts):
    text = ("The Conservatives won 119 seats and the Liberals 160.\n\n"
            "The NDP, which had 24 seats going into the election, slumped to 7, a loss of 17.")
    assert errors(check_texts({"ottawa.txt": text})) == []


# -- tables and lists: headings, count numbers, districts --------------------------------------------------------

def test_a_year_in_a_table_heading_is_no_figure(check_texts, claims_of):
    text = ("| Candidate | Party | Votes | % | 2019 % |\n|---|---|---:|---:|---:|\n"
            "| Lena Fairlie | Labour | 21,004 | 48.2 | 41.0 |\n| Mark Seddon | Conservative | 15,230 | 35.0 | 47.9 |\n")
    claims = claims_of(text)
    assert "2019" not in [c.text for c in claims]
    old = [c for c in claims if c.text in ("41.0", "47.9")]
    assert old and all(c.year == 2019 for c in old)
    assert errors(check_texts({"fairlie.md": text})) == []


def test_the_count_a_candidate_was_elected_on_is_no_seat_count(claims_of):
    claims = claims_of("In the five-seat Drumcliffe local electoral area the poll-topper was elected on the first"
                       " count.\n\n| Candidate | Party | Elected |\n|---|---|---|\n| Aoife Hartnett | FG | Count 1 |\n"
                       "| Ciarán Moylan | FF | Count 6 |\n")
    assert [c for c in claims if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)] == []


# -- tiers of a mixed system ----------------------------------------------------------------------------------

def test_a_prose_tier_is_part_of_a_party_s_seats(claims_of):
    claims = claims_of("Across Wales the Conservatives won 16 seats.\n\nPlaid Cymru won five constituencies and eight"
                       " regional list seats, and the Liberal Democrats one list seat.")
    tiers = {(c.subject, c.text): c.column for c in claims if c.kind == Kind.SEATS}
    assert tiers[("Plaid Cymru", "five")] == "constituency"
    assert tiers[("Plaid Cymru", "eight")] == "regional list"
    assert tiers[("Liberal Democrat", "one")] == "list"
    assert tiers[("Conservative", "16")] is None


def test_tiers_that_do_not_add_up_to_the_total_are_an_error(check_texts):
    text = ("Final seats in the London Assembly: Labour 11, Conservatives 8, Greens 3, Liberal Democrats 2,"
            " Reform 1.\n\nLabour won nine constituencies and three London-wide list seats.")
    (found,) = errors(check_texts({"assembly.txt": text}), "tier-sum")
    assert "9" in found.arithmetic or "nine" in found.arithmetic
    clean = text.replace("three London-wide", "two London-wide")
    assert errors(check_texts({"assembly.txt": clean})) == []


def test_a_table_row_s_tiers_are_added_up(check_texts):
    text = ("Seats in the new parliament, by how they were won\n\n"
            "| Party | Constituency | List | Total |\n|---|---:|---:|---:|\n| SNP | 47 | 4 | 51 |\n"
            "| Labour | 12 | 11 | 24 |\n| Conservative | 6 | 15 | 21 |\n")
    (found,) = errors(check_texts({"holyrood.md": text}), "tier-sum")
    assert found.location.line == 6 and found.expected == 23


def test_a_seat_count_in_a_paragraph_of_list_seats_is_not_taken_for_a_total(claims_of, check_texts):
    text = ("The Greens took one of the seven list seats in the region, and Reform two. The Conservatives, with"
            " a third of the list vote, took three.\n\n| Party | Constituency | List | Total |\n|---|---:|---:|---:|\n"
            "| Conservative | 1 | 3 | 4 |\n| Reform | 0 | 2 | 2 |\n")
    (con,) = [c for c in claims_of(text) if c.text == "three"]
    assert con.column in ("list", UNSAID_TIER)
    assert errors(check_texts({"region.md": text})) == []


def test_one_tier_in_two_stories_is_not_compared(check_texts):
    north = "North East Scotland list result\n\nList seats: Conservative 3, Labour 2, Green 1, Liberal Democrat 1."
    south = "South Scotland list result\n\nList seats: Conservative 4, Labour 2, Green 1."
    assert errors(check_texts({"north.txt": north, "south.txt": south}), "agreement") == []


# -- a live blog's entries, namesakes, parts of a country ------------------------------------------------------

def test_a_local_turnout_in_a_live_blog_is_not_checked_against_the_national_ballots(check_texts):
    text = ("23:58 - Orkney declares: Yes 38.2%, No 61.8%. Turnout 81.3%.\n\n"
            "04:40 - Turnout nationally: 78.5%. 2,512,140 ballot papers from an electorate of 3,200,178.\n")
    assert errors(check_texts({"live.txt": text}), "turnout") == []


def test_a_name_written_in_the_plural_is_several_people(check_texts):
    text = ("Meet the two Sarah Khans\n\nIn Bradford East, Labour's Sarah Khan won by 4,100 votes. Forty miles"
            " away in Pendle Vale, Sarah Khan of the Green Party finished fourth.")
    assert errors(check_texts({"khans.txt": text}), "affiliation") == []


def test_a_state_s_seats_are_not_the_chamber_s(check_texts, claims_of):
    text = ("Labor won 77 of the 151 seats in the House of Representatives, and the Coalition 58.\n\n"
            "The swing was strongest in Western Australia. Of the state's 15 seats, Labor won 9 and the Liberals 5,"
            " with one independent.")
    claims = claims_of(text)
    (labor_wa,) = [c for c in claims if c.text == "9"]
    assert labor_wa.scope == "Western Australia"
    assert errors(check_texts({"canberra.txt": text})) == []


# -- turnout's figures in other wordings ------------------------------------------------------------------------

def test_ballots_of_registered_electors_are_the_turnout_s_ballots(check_texts, claims_of):
    text = "Turnout in Lowmoor was 41.9% (18,230 of 43,511 registered voters)."
    kinds = {c.text: c.kind for c in claims_of(text)}
    assert kinds["18,230"] == Kind.VOTES_CAST and kinds["43,511"] == Kind.ELECTORATE
    wrong = text.replace("41.9%", "49.1%")
    assert [f.rule for f in errors(check_texts({"lowmoor.txt": wrong}))] == ["turnout"]


def test_an_electorate_after_the_ballots_it_returned_is_the_electorate(claims_of):
    kinds = {c.text: c.kind for c in claims_of(
        "The commission counted 48,902 valid ballots from 80,115 registered electors, a turnout of 61.0 per cent.")}
    assert kinds["48,902"] == Kind.VOTES_CAST and kinds["80,115"] == Kind.ELECTORATE


def test_ballots_that_had_been_returned_are_this_ballot_s(check_texts, claims_of):
    text = ("The union said 9,412 ballots had been received from 15,030 eligible members, a turnout of 52.6%.")
    claims = {c.text: c for c in claims_of(text)}
    assert claims["9,412"].kind == Kind.VOTES_CAST and claims["15,030"].modality == Modality.ACTUAL
    assert [f.rule for f in errors(check_texts({"union.txt": text}))] == ["turnout"]  # 9,412 / 15,030 = 62.6%


def test_a_live_blog_entry_names_its_ward(check_texts):
    text = ("LIVE: Hartside count\n\n"
            "09:50 - Borough-wide turnout 33.0%: 61,040 ballot papers from 184,970 electors.\n\n"
            "10:35 - Millbrook ward verified. Turnout there 24.6%, with 1,980 ballot papers from 7,110 electors.\n")
    (found,) = errors(check_texts({"live.txt": text}), "turnout")
    assert found.location.line == 5 and found.expected == 27.8


# -- sums within a tier, and one unnamed race's shares over a paragraph -----------------------------------------

def test_one_tier_s_seats_add_up_to_the_size_of_that_tier(check_texts):
    text = ("The eight regional list seats in North Wales were allocated as follows: Conservatives 3, Plaid Cymru 3,"
            " Labour 2, Reform 1.\n\nLabour won all nine of the region's constituencies.")
    (found,) = errors(check_texts({"north.txt": text}), "seat-sum")
    assert found.stated == 9 and found.expected == 8
    clean = text.replace("Reform 1.", "and no one else.")
    assert errors(check_texts({"north.txt": clean})) == []


def test_the_shares_of_one_unnamed_race_add_up_across_its_paragraph(check_texts):
    text = ("The Liberals held on in the riding on Monday night.\n\n"
            "Liberal MP Joanne Ferrier took 45.2 per cent of the vote and Conservative Mark Tully 37.9 per cent."
            " The NDP candidate, Ravi Shah, won 14.1 per cent and the Greens 3.9 per cent.")
    (found,) = errors(check_texts({"riding.txt": text}), "share-sum")
    assert found.stated == 101.1
    clean = text.replace("14.1 per cent", "13.0 per cent")
    assert errors(check_texts({"riding.txt": clean})) == []


# -- which election an undated article reports; a round-up's councils; "others" rows --------------------------

def test_a_year_named_only_in_a_later_comparison_is_not_the_article_s_election(check_texts):
    text = ("New Zealand's new parliament\n\nWith every electorate declared, National holds 48 of the 122 seats,"
            " Labour 34 and the Greens 15.\n\nAt the 2020 election Labour won 65 seats and National 33.")
    assert errors(check_texts({"nz.txt": text}), "agreement") == []


def test_an_others_row_is_no_one_party_s(check_texts):
    text = ("Seats won\n\n| Alliance | Seats |\n|---|---:|\n| Coalition | 58 |\n| Liberal | 43 |\n"
            "| Other Coalition parties | 15 |\n")
    assert errors(check_texts({"coalition.md": text}), "agreement") == []


def test_a_round_up_line_headed_in_capitals_is_that_council_s(check_texts, claims_of):
    text = ("COUNCILS ROUND-UP\n\nDENHOLM: Labour hold. Labour won 28 seats on the 50-member council, a majority of"
            " six. Conservatives 14, independents 8.\n\nMARLOW HEATH: No overall control. Conservatives 19, Greens"
            " 12, independents 5 on the 42-seat council.\n")
    bodies = {c.body for c in claims_of(text) if c.kind == Kind.SEATS}
    assert bodies == {"DENHOLM", "MARLOW HEATH"}
    assert errors(check_texts({"roundup.txt": text})) == []


def test_a_named_council_s_majority_is_worked_out_from_its_own_size(check_texts):
    text = ("DENHOLM: Labour hold. Labour won 28 seats on the 50-member council, a majority of eight."
            " Conservatives 14, independents 8.\n\nMARLOW HEATH: No overall control. Conservatives 19, Labour 12,"
            " independents 5 on the 42-seat council.\n")
    (found,) = errors(check_texts({"roundup.txt": text}))
    assert found.rule == "seat-majority" and found.expected == 6


def test_a_party_s_national_figure_is_not_its_candidate_s_in_the_seat(check_texts):
    text = ("Nia Lloyd won Cardiff Bay for Plaid Cymru with 18,240 votes, 41.0% of those cast; Labour's Owen Rees had"
            " 15,102.\n\nPlaid won four seats nationally, including Cardiff Bay, on 194,811 votes, 14.8% of the Welsh"
            " total.")
    assert errors(check_texts({"bay.txt": text})) == []


def test_a_candidate_who_had_held_the_seat_polled_this_election_s_votes(claims_of):
    claims = claims_of("Labour's Dafydd Rowe, who had held the seat since 2015, polled 14,020, 38.9%.")
    assert all(c.modality == Modality.ACTUAL and c.role is None for c in claims if c.text in ("14,020", "38.9"))


def test_a_name_in_apposition_to_its_role_is_a_person_with_that_party(mentions_of):
    (person,) = [m for m in mentions_of("The Reform candidate, Soren Dalby, took 6,410 votes.") if m.kind == "person"]
    assert person.name == "Soren Dalby" and person.party == "Reform UK"


# -- swings worked out from the shares the copy gives --------------------------------------------------------------

def test_a_swing_is_checked_against_shares_given_as_from_and_to(check_texts, claims_of):
    text = ("Labour took Eastmoor on a Reform vote that slumped from 38.0 per cent in 2024 to 29.0 per cent, while"
            " Labour's share climbed from 30.5 per cent to 40.5 per cent.\n\n"
            "That is a Reform-to-Labour swing of 9.5 per cent.")
    shares = {c.text: c.subject for c in claims_of(text) if c.kind == Kind.SHARE}
    assert shares["38.0"] == shares["29.0"] == "Reform UK"
    assert errors(check_texts({"eastmoor.txt": text})) == []  # ((40.5 − 30.5) − (29.0 − 38.0)) / 2 = 9.5
    wrong = text.replace("9.5 per cent", "8.5 per cent")
    assert [f.rule for f in errors(check_texts({"eastmoor.txt": wrong}))] == ["swing"]


def test_a_fall_told_in_a_possessive_after_a_rise_is_that_side_s_change(claims_of):
    claims = claims_of("The Conservatives' share was up 3.1 points and the SNP's down 5.9, a swing of 4.5 per cent"
                       " from the SNP to the Conservatives.")
    (snp,) = [c for c in claims if c.text == "5.9"]
    assert snp.kind == Kind.SHARE_CHANGE and snp.subject == "SNP" and snp.value == -5.9


def test_a_two_party_swing_is_one_side_s_change_in_the_two_party_preferred_vote(check_texts):
    text = ("The Liberals have won back Darrow, with Labor's two-party-preferred vote falling from 53.2 per cent at"
            " the last election to 49.0 per cent.\n\nThat is a two-party swing of 4.2 per cent to the Liberals.")
    assert errors(check_texts({"darrow.txt": text})) == []
    wrong = text.replace("swing of 4.2", "swing of 3.2")
    (found,) = errors(check_texts({"darrow.txt": wrong}))
    assert found.rule == "swing" and found.expected == 4.2


# -- by-elections named by their role, and the elections before them ------------------------------------------

def test_the_x_by_election_names_a_seat_no_gazetteer_knows(check_texts):
    news = ("Reform UK's Sarah Holt won the Ashwick Vale by-election, polling 12,310 votes and beating the"
            " Conservative Tom Reeve, who had 9,845 votes, by 2,465.")
    sketch = ("At the Ashwick Vale count the returning officer read out Sarah Holt's 12,130 votes to a roar from"
              " the Reform table.")
    (found,) = errors(check_texts({"news.txt": news, "sketch.txt": sketch}))
    assert found.rule == "agreement" and found.location.path == "sketch.txt"


def test_a_majority_at_the_general_election_before_a_by_election_is_that_election_s(claims_of):
    claims = claims_of("The by-election followed the death of Sir Alan Hume, who held the seat at the 2024 general"
                       " election with a majority of 5,102 over Labour.")
    (majority,) = [c for c in claims if c.kind == Kind.MAJORITY]
    assert majority.year == 2024 and majority.modality == Modality.HISTORICAL


def test_figures_dated_by_a_sentence_opening_on_the_old_boundaries_in_a_year(claims_of):
    claims = claims_of("Labour's Amy Cole won Kelby with 21,300 votes.\n\nOn the old boundaries in 2019 the SNP's"
                       " Ross Dunn held Kelby with 24,810 votes and a majority of 9,112.")
    old = [c for c in claims if c.text in ("24,810", "9,112")]
    assert old and all(c.year == 2019 for c in old)


def test_a_seat_won_last_july_is_the_election_before(claims_of):
    claims = claims_of("The by-election was a test for the new Labour MP, Owen Pryce, who won the seat last July"
                       " with a majority of 6,420.")
    (majority,) = [c for c in claims if c.kind == Kind.MAJORITY]
    assert majority.modality == Modality.HISTORICAL


def test_the_party_is_the_sentence_s_subject_not_a_party_named_as_an_object(claims_of):
    claims = claims_of("The Liberal Democrats, who lost the seat to Labour in 2017, slipped to fourth: their"
                       " candidate polled 3,104 votes and the party's share fell from 24.1 per cent to 8.3 per cent.")
    shares = {c.text: c.subject for c in claims if c.kind == Kind.SHARE}
    assert shares == {"24.1": "Liberal Democrat", "8.3": "Liberal Democrat"}


def test_a_change_from_a_notional_share_has_both_its_figures(claims_of):
    claims = claims_of("Labour's share rose from a notional 18.2 per cent to 39.7 per cent.")
    (change,) = [c for c in claims if c.kind == Kind.CHANGE]
    assert change.change.from_claim is not None and change.change.to_claim is not None


def test_a_majority_worked_out_from_two_articles_that_disagree_is_a_warning(check_texts):
    news = ("Reform UK's Sarah Holt won the Ashwick Vale by-election, polling 12,310 votes and beating the"
            " Conservative Tom Reeve, who had 9,845 votes, by 2,465.")
    sketch = ("At the Ashwick Vale count the returning officer read out Sarah Holt's 12,130 votes. Tom Reeve lost"
              " it by 2,465.")
    report = check_texts({"news.txt": news, "sketch.txt": sketch})
    assert [f.rule for f in errors(report)] == ["agreement"]
    assert [f.severity for f in report.findings if f.rule == "majority-arithmetic"] in ([], [Severity.WARNING])


# -- tables of several races, one row each; seats named "the seat of X"; datelines ---------------------------------

MARGINALS = ("Results in the closest districts\n\n| District | Winner | Votes | % | Runner-up | Votes | % | Majority |\n"
             "|---|---|---:|---:|---|---:|---:|---:|\n"
             "| OH-9 | Susan Kaptur (D) | 141,222 | 51.0 | Derek Merrin (R) | 135,665 | 49.0 | 5,557 |\n"
             "| MI-7 | Tom Barrett (R) | 195,102 | 50.3 | James Hertel (D) | 192,809 | 49.7 | 2,293 |\n")


def test_a_row_of_two_candidates_gives_each_figure_to_the_one_named_before_it(claims_of, check_texts):
    claims = {c.text: c for c in claims_of(MARGINALS)}
    assert claims["135,665"].subject == "Derek Merrin" and claims["49.0"].subject == "Derek Merrin"
    assert claims["5,557"].subject == "Susan Kaptur"
    assert errors(check_texts({"marginals.md": MARGINALS})) == []
    wrong = MARGINALS.replace("| 2,293 |", "| 2,923 |")
    (found,) = errors(check_texts({"marginals.md": wrong}))
    assert found.rule == "majority-arithmetic" and found.location.line == 6


def test_a_table_of_districts_makes_each_row_its_own_race(check_texts):
    text = MARGINALS.replace("| 49.0 | 5,557 |", "| 48.0 | 5,557 |")  # 51.0 + 48.0: fine for one race, and
    assert errors(check_texts({"marginals.md": text}), "share-sum") == []  # four shares summed would be 200


def test_the_seat_of_x_names_a_seat_and_a_dateline_s_town_is_none(mentions_of):
    places = [m.name for m in mentions_of("PORT LINCOLN - Labor has held the South Australian seat of Flinders Bay,"
                                          " its candidate polling 31,204 votes.") if m.kind == "place"]
    assert places == ["Flinders Bay"]


def test_a_one_letter_party_in_brackets_after_a_name_is_that_party(mentions_of):
    mentions = mentions_of("| OH-9 | Marcy Kaptur (D) | 141,222 | Derek Merrin (R) | 135,665 |")
    people = {m.name: m.party for m in mentions if m.kind == "person"}
    assert people == {"Marcy Kaptur": "Democrat", "Derek Merrin": "Republican"}
    assert [m for m in mentions_of("Plan D (for Democracy) was the party's answer.") if m.kind == "party"] == []


def test_a_change_on_last_year_is_this_election_s(claims_of):
    claims = claims_of("The Greens now hold 18 of the council's 39 seats, while Labour holds 19, down three on last"
                       " year.")
    (change,) = [c for c in claims if c.text == "three"]
    assert change.modality == Modality.ACTUAL


def test_a_results_row_s_turnout_is_the_race_s_not_the_runner_up_s(claims_of):
    text = ("Ward results\n\n| Ward | Winner | Votes | Runner-up | Votes | Turnout |\n|---|---|---:|---|---:|---:|\n"
            "| Abbeydale | Sarah Moss (Green) | 2,210 | Peter Hale (Labour) | 1,905 | 38.2% |\n")
    (turnout,) = [c for c in claims_of(text) if c.kind == Kind.TURNOUT]
    assert turnout.subject != "Peter Hale"


# -- a count's parts against its total ------------------------------------------------------------------------------

def test_a_referendum_s_sides_are_read_from_its_results_lines(claims_of):
    claims = claims_of("Harwood voted to keep its mayor.\n\nYes (abolish the post): 18,204 (47.1%)\n"
                       "No (keep the post): 20,441 (52.9%)\nTotal valid votes: 38,645\n")
    sides = {c.text: c.subject for c in claims if c.kind in (Kind.VOTES, Kind.SHARE)}
    assert sides == {"18,204": "Yes", "47.1": "Yes", "20,441": "No", "52.9": "No"}
    (total,) = [c for c in claims if c.kind == Kind.VOTES_CAST]
    assert total.text == "38,645"


def test_votes_shared_between_candidates_are_the_count_s_total(check_texts):
    text = ("Priya Lal held the Glebe ward with 1,402 votes. The Conservative Tom Eyre had 1,160 and Labour's"
            " Ann Holt 388. The three candidates shared 2,905 votes between them.")
    (found,) = errors(check_texts({"glebe.txt": text}))
    assert found.rule == "votes-total" and found.expected == 2950


def test_a_results_line_s_surname_may_be_a_word_of_places(claims_of):
    claims = claims_of("Result\n\nAmrit Gill (NDP) 18,604\nLena Ward (Green) 1,140\n")
    assert {c.subject for c in claims if c.kind == Kind.VOTES} == {"Amrit Gill", "Lena Ward"}


def test_several_seats_votes_outnumber_the_ballots(check_texts):
    text = ("Abbey ward (two seats)\n\nAnn Rowe (Lab) 1,620\nTom Pike (Lab) 1,540\nJo Day (Con) 1,101\n"
            "Sam Reed (Con) 1,020\n\nBallot papers issued: 2,870. Ann Rowe and Tom Pike were elected.")
    assert errors(check_texts({"abbey.txt": text}), "votes-total") == []


def test_a_valid_total_before_the_rejected_ballots_is_the_valid_total(claims_of):
    kinds = [c.kind for c in claims_of("Valid votes: 2,170. Rejected: 23. Ballot papers issued: 2,193.")]
    assert kinds == [Kind.VOTES_CAST, Kind.VOTES_CAST]


def test_a_share_in_a_year_told_with_on_is_that_year_s(claims_of):
    (share,) = [c for c in claims_of("The present mayor, elected in 2019 on 38% of first preferences, will stand"
                                     " down.") if c.kind == Kind.SHARE]
    assert share.year == 2019


# -- numbered districts; a score after a verb of beating, whichever count is larger ------------------------------------

def test_a_line_headed_by_a_numbered_district_is_that_seat(mentions_of, check_texts):
    text = ("Ohio's House results\n\n9th District: Democrat Susan Kaptur (D) held on, beating Derek Merrin (R) by"
            " 2,382 votes.\n\n13th District: Republican Kevin Coughlin (R) won, beating Emilia Sykes (D) by 8,112"
            " votes.\n")
    places = [m.name for m in mentions_of(text) if m.kind == "place"]
    assert places == ["Ohio District 9", "Ohio District 13"]  # named with the only state the story names
    assert errors(check_texts({"ohio.txt": text})) == []


def test_a_score_after_a_verb_of_beating_is_the_winner_s_first_even_when_smaller(check_texts):
    text = ("5th District: Democrat Alana Price (D) flipped the seat, edging Rep. Kyle Dunn (R), 148,220 votes to"
            " 151,906.")
    (found,) = errors(check_texts({"house.txt": text}))
    assert found.rule == "runner-up-exceeds-winner"
    ok = text.replace("148,220 votes to 151,906", "151,906 votes to 148,220")
    assert errors(check_texts({"house.txt": ok})) == []
