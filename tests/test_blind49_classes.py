"""Classes of failure found on blind set 49 (a regional daily's and a politics website's archive: seat reports of 2017
and 2019, a town council, London, Holyrood and Senedd lists, a referendum by counting area, an Indian state, South
Africa), written blind at the start of the session of 7 December (second), held out until that session's first
commit, then read; each tested in fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules, the

from checker.extract.election import copy_date
from checker.model import Kind, Modality


# Which election


def test_a_figure_after_a_change_s_later_side_is_this_election_s(read_as):
    text = ("In Ashdown Vale Ms Reyes's majority fell from 9,410 in 2017 to 2,214, with the Liberal Democrats' Tom "
            "Hale taking 6,880 votes.")
    assert figure(read_as, "a.txt", text, "6,880").modality == Modality.ACTUAL


def test_a_past_year_before_and_took_dates_the_count(read_as):
    text = "Ms Grant stood for the Greens here in 2015 and took 3.1%; this time she polled 7.4%."
    claims = claims_in(read_as, "g.txt", text)
    assert the(claims, "3.1").year == 2015 and the(claims, "7.4").modality == Modality.ACTUAL


def test_a_live_page_dated_by_its_night():
    assert copy_date("LIVE: results\nThe Courier live blog | Thursday 4 May - Friday 5 May 2023\n").year == 2023


def test_an_estimates_column_is_no_result(read_as):
    text = ("| Seat | MP | Est. Remain % |\n|---|---|---:|\n| Ashdown Vale | Carla Reyes (Lab) | 58 |\n"
            "| Brindle | Tom Hale (LD) | 61 |\n")
    assert figure(read_as, "e.md", text, "58").modality == Modality.FORECAST


# Which seat or body


def test_a_line_that_gives_a_ward_s_seats_names_the_ward(read_as):
    text = ("**Kiln Lane (two seats)**\n- Ruth Abbey (Lab) 802 - elected\n- Omar Said (Lab) 760 - elected\n\n"
            "**Fordham (one seat)**\n- Jo Platt (Ind) 512 - elected\n- Ann Cole (Con) 498\n")
    claims = claims_in(read_as, "k.md", text)
    assert the(claims, "512").place == "Fordham" and the(claims, "802").place == "Kiln Lane"


def test_where_a_candidate_works_is_no_seat(read_as):
    text = ("Ms Reyes held Ashdown Vale. The Conservative, Tom Hale, a solicitor in Brindle Cross, polled 18,204 "
            "votes.")
    assert figure(read_as, "w.txt", text, "18,204").place != "Brindle Cross"


def test_an_area_s_seats_in_a_sentence_are_not_the_nation_s(read_as):
    text = ("All six Fenshire seats stayed with the party that held them, four Conservative and two Labour. "
            "Nationally Labour has 262.")
    claims = claims_in(read_as, "f.txt", text)
    assert the(claims, "two").scope == "Fenshire" and the(claims, "262").scope != "Fenshire"


def test_a_council_wide_opener_is_the_council_s_body(read_as):
    text = ("The SNP, which won three seats here in 2017, is down to two.\n\n"
            "Across Dunmore, the SNP finished with 21 councillors and Labour 14.")
    claims = claims_in(read_as, "d.txt", text)
    assert the(claims, "21").body == "Dunmore" and the(claims, "two").body != "Dunmore"


def test_the_name_a_devolved_chamber_shares_with_other_countries_is_not_it(read_as):
    text = ("The governing party won 120 of the 250 seats in the National Assembly.\n\nThe Civic Alliance came second "
            "with 64 seats.")
    assert figure(read_as, "n.txt", text, "64").scope != "senedd"


# Whose figure


def test_a_longer_name_that_ends_in_a_party_s_word_is_another_party(read_as):
    text = "The Progressive Alliance won 41 seats and the Alliance Party of Northern Ireland none."
    assert figure(read_as, "p.txt", text, "41").subject == "Progressive Alliance"


def test_a_party_named_by_its_last_word(read_as):
    text = "The BJP's former partner, the All Assam Students Union, which fought alone, won three seats."
    assert figure(read_as, "u.txt", text, "three").subject == "All Assam Students Union"


def test_a_score_to_a_party_s_candidate_s_count(read_as):
    text = "Carla Reyes held Ashdown Vale by 2,214 votes - 20,118 to the Liberal Democrat Tom Hale's 17,904 - on Friday."
    claims = claims_in(read_as, "s.txt", text)
    assert the(claims, "20,118").kind == Kind.VOTES and the(claims, "17,904").subject == "Tom Hale"


def test_a_majority_after_two_counts_is_the_larger_s(read_as):
    text = ("The Conservative, Ian Platt, polled 24,880 votes, nearly twice Labour's Mia Cole on 13,002, for a "
            "majority of 11,878.")
    assert figure(read_as, "m.txt", text, "11,878").subject == "Ian Platt"


def test_a_third_candidate_taking_votes_is_no_side_of_the_majority(check_as):
    text = ("Carla Reyes held Ashdown Vale with 20,118 votes to Tom Hale's 17,904. Her majority was cut from 9,410 in "
            "2017 to 2,214, with the Green Party's Ann Cole taking 3,300 votes.")
    assert "majority-arithmetic" not in rules(check_as({"a.txt": text}))


def test_how_many_a_ward_elects_is_no_party_s_seats(read_as):
    text = "Three councillors were elected for the Moorside ward, with Labour's Ruth Abbey topping the poll."
    assert all(c.kind != Kind.SEATS for c in claims_in(read_as, "m.txt", text))


# Checks


def test_a_change_is_never_made_of_figures_of_two_other_elections(check_as):
    docs = {"a.md": "## Ashdown Vale: Reyes's majority trimmed but safe\n\nCarla Reyes (Lab) held the seat on "
                    "Friday, 9 June 2017.",
            "b.md": "---\ndate: 2019-12-13\n---\nCarla Reyes held Ashdown Vale. Her majority went from 8,100 to 12,400."}
    assert "direction" not in rules(check_as(docs))


def test_a_referendum_side_after_where_owns_its_share(read_as):
    text = "The narrowest count was in Lowmoor, where Remain took 48.9 per cent and Leave 51.1 per cent."
    assert figure(read_as, "r.txt", text, "48.9").subject == "Remain"


def test_papers_in_all_are_the_poll_a_turnout_is_checked_against(check_as):
    text = ("There were 201,330 valid votes and 3,120 rejected papers. With 204,450 papers in all from an electorate "
            "of 702,114, turnout was 31.1 per cent.")
    assert "turnout" in rules(check_as({"t.txt": text}))


def test_an_officer_giving_the_turnout_is_no_withdrawn_figure(read_as):
    text = "A total of 52,180 ballot papers were counted from an electorate of 70,004. The returning officer gave the turnout as 74.5 percent."
    assert figure(read_as, "o.txt", text, "74.5").round is None


def test_how_many_wards_is_no_body_s_size(read_as):
    text = "All 45 seats were up for election, three in each of the 15 wards, and the Greens won 23."
    assert all(c.text != "15" for c in claims_in(read_as, "w.txt", text))


def test_a_gain_told_beside_the_seats_before_and_after(check_as):
    wrong = "The Greens gained five seats on Thursday, taking their group from 7 councillors to 11."
    right = "The Greens gained four seats on Thursday, taking their group from 7 councillors to 11."
    assert "direction" in rules(check_as({"g.txt": wrong})) and "direction" not in rules(check_as({"g.txt": right}))


def test_a_loss_told_beside_a_fall_from_and_to(check_as):
    text = "The Conservatives lost six seats in Harbury, falling from 29 councillors to 25, but kept control."
    assert "direction" in rules(check_as({"h.txt": text}))


def test_a_gain_beside_another_tally_s_move_is_not_checked_against_it(check_as):
    text = "Labour lost three list seats and the Greens picked up two, taking the overhang from one seat to two."
    assert "direction" not in rules(check_as({"o.txt": text}))


def test_a_majority_target_against_the_council_not_a_ward_s_size(check_as):
    text = ("All 48 seats on Harbury council were up for election, three in each of the 16 wards, and the Greens won "
            "26. That is more than the 26 needed for a majority.\n\n**Castle (three seats)**\n- Ann Lowe (Grn) 1,204 "
            "- elected\n")
    assert "majority-target" in rules(check_as({"h.md": text}))
