"""Classes of failure found on blind set 8 (written by someone who never read the checker), each tested
in fresh wording that exercises the same rule, not in the set's sentences.
"""

from __future__ import annotations

import pytest

from findings_of import errors

from checker.model import Kind, Modality
from checker.wrapping import unwrap


def findings(report, rule=None):
    return [f for f in report.findings if rule is None or f.rule == rule]


# -- hard-wrapped copy: a line break inside a sentence is no word --------------------------------------------

def test_unwrapping_keeps_every_offset_and_the_breaks_that_carry_structure():
    text = ("Ms Obi held the seat with a majority of 4,210, less than half of her 2017\n"
            "majority of 9,900, after a campaign fought mostly on the closure of the\n"
            "town's hospital.\n"
            "\n"
            "Result:\n"
            "Ann Obi (Lab) 18,300\n"
            "Tom Wray (Con) 14,090\n"
            "Turnout: 61.2%\n"
            "01:42 Recount under way in the neighbouring seat, where the margin is said\n"
            "02:10 Recount confirms the result.\n")
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.splitlines()[0].endswith("her 2017 majority of 9,900, after a campaign fought mostly on the closure"
                                        " of the town's hospital.")
    assert "Result:\nAnn Obi (Lab) 18,300\nTom Wray (Con) 14,090\nTurnout: 61.2%\n01:42" in out
    assert "is said\n02:10" in out  # a timestamp starts an entry


def test_a_year_before_a_figure_across_a_line_break_still_dates_it(claims_of):
    claims = claims_of("Ms Obi's majority of 4,210 is less than half of her 2017\nmajority of 9,900, the count showed"
                       " after a long night at the leisure centre.")
    (old,) = [c for c in claims if c.text == "9,900"]
    assert old.year == 2017 and old.modality == Modality.HISTORICAL


# -- a body's or a district's size, with its name between --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Greens are now the largest party on the 45-seat Hartley Borough Council with 19 seats.",
    "Reform hold 14 seats on the 52-member Ashvale District Council after Thursday.",
])
def test_the_size_of_a_named_council_is_its_whole_not_a_party_s_seats(claims_of, sentence):
    claims = claims_of(sentence)
    sizes = [c for c in claims if c.kind == Kind.TOTAL_SEATS]
    assert len(sizes) == 1 and sizes[0].subject is None
    assert [c.kind for c in claims if c.text != sizes[0].text] == [Kind.SEATS]


@pytest.mark.parametrize("sentence", [
    "Labour won two seats in the three-seat Elm Park ward and the Greens took the third.",
    "Fine Gael topped the poll in the five-seat Dunmore North constituency on Saturday.",
])
def test_the_number_a_district_elects_is_no_party_s_seats(claims_of, sentence):
    assert not [c for c in claims_of(sentence) if c.kind == Kind.SEATS and c.text in ("three", "five")]


def test_a_party_s_membership_is_not_its_seats(claims_of):
    assert [c for c in claims_of("The Co-operative Party says it now has 13,500 members.")
            if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)] == []


# -- counts and leads of a later round -----------------------------------------------------------------------

def test_counts_after_transfers_in_one_sentence_are_transfers_and_its_lead_the_final_round_s(claims_of):
    claims = claims_of("In the second round Ms Ray gained 4,410 second preferences and Mr Cole 3,200, for a"
                       " final lead of 9,900.")
    rounds = {c.text: c.round for c in claims}
    assert rounds["4,410"] == "transfer" and rounds["3,200"] == "transfer" and rounds["9,900"] == "final"


def test_a_lead_on_a_later_count_of_a_single_transferable_vote_is_not_checked_against_first_preferences(
        check_texts):
    text = ("Ballyvane count\n\nFirst preferences: Ann Doyle (SF) 6,204; Ciara Lynch (FF) 5,110; Tom Rowe (FG)"
            " 4,870.\n\nDoyle was elected on the first count. Rowe took the last seat on the sixth count,"
            " 140 votes ahead of Lynch.")
    assert errors(check_texts({"stv.txt": text})) == []


# -- a contest for several seats ---------------------------------------------------------------------------

def test_in_a_district_of_several_seats_a_second_on_first_preferences_may_outpoll_another(check_texts):
    text = ("Sinn Féin's Ann Doyle topped the poll in the three-seat Ballyvane constituency with 9,120 first"
            " preferences.\n\nFianna Fáil's Ciara Lynch was second with 8,400, ahead of Fine Gael's Tom Rowe"
            " on 6,950.")
    assert errors(check_texts({"stv.txt": text})) == []


def test_the_other_of_two_counts_is_the_winner_only_when_no_one_else_stood(check_texts):
    # a third candidate is named (with a share only): the runner-up's rival is not known to be the winner
    text = ("Ms Doyle took 41.2% of the first preferences in Ballyvane.\n\nMr Rowe was second with 8,400,"
            " ahead of Ms Lynch on 6,950.")
    assert errors(check_texts({"a.txt": text}), "runner-up-exceeds-winner") == []


# -- people and parties --------------------------------------------------------------------------------------

def test_another_given_name_before_a_known_surname_is_another_person(mentions_of):
    people = {m.name for m in mentions_of("Declan Keogh (Ind) polled 1,644. His cousin Gráinne Keogh (FF) was"
                                          " elected with 2,412.") if m.kind == "person"}
    assert "Gráinne Keogh" in people


def test_a_title_before_a_known_surname_is_still_that_person(mentions_of):
    people = [m.name for m in mentions_of("Declan Keogh (Ind) polled 1,644. Mr Keogh said he would stand again.")
              if m.kind == "person"]
    assert set(people) == {"Declan Keogh"}


@pytest.mark.parametrize("text, party", [
    ("New Democrat Asha Brar held Surrey Ridge with 21,400 votes.", "NDP"),
    ("Fianna Fáil's Eoin Burke was elected on the third count.", "Fianna Fáil"),
    ("Libertarian Dana Cole took 3.1% of the vote.", "Libertarian"),
])
def test_parties_of_other_countries_are_known(mentions_of, text, party):
    assert party in {m.name for m in mentions_of(text) if m.kind == "party"}


def test_a_party_in_a_compound_adjective_is_not_the_subject(claims_of):
    claims = claims_of("The Conservatives won four Labour-held seats and will have 31 councillors.")
    (seats,) = [c for c in claims if c.text == "31"]
    assert seats.subject == "Conservative"


# -- a comparison with an earlier year is no figure of that year ---------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Mr Ode won by 6.1 percentage points, a narrower margin than in 2020.", "6.1"),
    ("Fewer people voted than at previous elections, with 38,210 ballots cast in all.", "38,210"),
])
def test_a_figure_compared_with_an_earlier_election_is_this_one_s(claims_of, sentence, figure):
    (c,) = [c for c in claims_of(sentence) if c.text == figure]
    assert c.modality == Modality.ACTUAL and c.year is None


def test_turnout_is_checked_in_an_article_that_names_no_seat(check_texts):
    text = ("Turnout slips\n\nVoters seemed less keen than at previous elections, with 30,112 ballots cast on an"
            " electorate of 52,900, a turnout of 59.2 per cent.")  # 56.9%
    (f,) = errors(check_texts({"t.txt": text}), "turnout")
    assert "56.9%" in f.message


# -- who a count belongs to ----------------------------------------------------------------------------------

def test_an_office_between_a_party_and_a_name_still_makes_a_person(mentions_of):
    people = {m.name for m in mentions_of("Ms Roe beat Democratic state senator Lyle Gaskin by 4,100 votes.")
              if m.kind == "person"}
    assert "Lyle Gaskin" in people


def test_a_pair_of_counts_each_with_its_share_is_the_winner_s_then_the_loser_s(claims_of):
    claims = claims_of("Independent Ruth Adair faced Republican businessman Carl Voss. Adair had 88,140 votes"
                       " (51.2%) to Voss's 84,006 (48.8%).")
    owners = {c.text: c.subject for c in claims}
    assert owners["84,006"] == "Carl Voss" and owners["48.8"] == "Carl Voss"


# -- leads, turnout and changes in other words ---------------------------------------------------------------

def test_a_lead_restated_as_a_share_of_the_poll_is_checked(check_texts):
    text = ("Greens hold Elmside\n\nThe Greens held Elmside with a majority of 2,310, or 6.1 per cent of the 41,800"
            " votes cast. Ms Vale polled 15,200 and Mr Hurd 12,890.")  # 5.5%
    (f,) = errors(check_texts({"e.txt": text}), "majority-share")
    assert "5.5" in f.message


def test_a_share_of_the_electorate_is_a_turnout(check_texts):
    text = ("Turnout\n\nIn Tolland 52,400 ballots were cast, 64.8 per cent of the electorate of 77,300.")  # 67.8%
    (f,) = errors(check_texts({"t.txt": text}), "turnout")
    assert "67.8%" in f.message


def test_a_party_s_support_as_a_share_of_the_electorate_is_no_turnout(claims_of):
    (c,) = [c for c in claims_of("The Greens won the backing of 18% of the electorate.") if c.text == "18"]
    assert c.kind == Kind.SHARE


def test_a_change_s_size_after_an_aside_naming_the_earlier_party_is_read(check_texts):
    text = ("Ms Rhee polled 11,402, up from 4,180 for the Liberal candidate in 2019, an increase of 7,322.")  # 7,222
    (f,) = errors(check_texts({"c.txt": "5 July 2024\n\n" + text}), "direction")
    assert "7,222" in f.message


def test_a_party_before_an_ordinal_is_the_subject_of_its_count(claims_of):
    claims = claims_of("Labour's Ann Tate was second with 9,455 and the Liberal Democrats third with 3,102.")
    (c,) = [c for c in claims if c.text == "3,102"]
    assert c.subject == "Liberal Democrat"


# -- who won, who came where ---------------------------------------------------------------------------------

def test_a_labelled_results_list_in_order_of_votes_names_the_runner_up(check_texts):
    text = ("Kelby division\n\nFinal result: Ruth Marr (LD) 2,804; Owen Pike (Con) 2,790; Sam Ito (Lab) 911;"
            " Lee Dunn (Green) 305.\n\nMs Marr held the division with a majority of 41.")  # 14
    (f,) = errors(check_texts({"k.txt": text}), "majority-arithmetic")
    assert "Owen Pike 2,790 = 14" in f.message


def test_a_runner_up_in_prose_that_may_have_lost_a_name_is_still_a_guess(check_texts):
    text = ("Eastmere\n\nLabour's Ruth Marr won Eastmere by 4,100 votes. Ms Marr had 19,300 votes (40.1%), Conservative"
            " Owen Pike, a farmer, 15,200 (31.6%), Reform's Sam Ito 7,000 and Green Lee Dunn 2,000.")
    assert errors(check_texts({"e.txt": text})) == []


def test_the_one_named_below_settles_who_came_where(check_texts):
    text = ("Calder Moor\n\nLabour's Iain Reid gained Calder Moor with 12,880 votes. The SNP's Moira Kerr took 8,604,"
            " while the Liberal Democrat Tom Ure, on 8,911, fell to third. The Conservatives were fourth with 4,450.")
    (f,) = errors(check_texts({"c.txt": text}), "rank")
    assert "Tom Ure" in f.message and "second" in f.message


def test_a_double_given_name_is_one_person(mentions_of):
    people = {m.name for m in mentions_of("The NDP's Jean-Luc Moreau finished third.") if m.kind == "person"}
    assert people == {"Jean-Luc Moreau"}


def test_a_hyphenated_seat_is_no_person(mentions_of):
    people = {m.name for m in mentions_of("Liberal MP Ann Roy was re-elected in Ashby-Kent with 28,411 votes.")
              if m.kind == "person"}
    assert people == {"Ann Roy"}


def test_a_race_whose_copy_speaks_of_the_whole_riding_is_still_one_race(check_texts):
    text = ("Liberals hold on\n\nThe Liberals held on by 1,200 votes. Incumbent MP Rita Vance took 20,400 votes."
            " Conservative Dale Ritter was second with 19,000.\n\nRain fell across the riding all day.")  # 1,400
    (f,) = errors(check_texts({"r.txt": text}))
    assert "1,400" in f.message


# -- found by blind set 9: a crash, not a class of reading -----------------------------------------------------

def test_an_open_ended_count_beside_its_share_does_not_crash_the_votes_cast_check(check_texts):
    # "more than 12,000" has no upper bound: it implies no range of votes cast (it raised OverflowError)
    text = "Greens hold Elmside\n\nMs Vale won with more than 12,000 votes, 41.0% of the poll. Mr Hurd had 9,100 (31.0%)."
    report = check_texts({"e.txt": text})
    assert errors(report, "share-votes") == [] and report.findings is not None


def test_a_round_up_line_headed_by_a_council_and_a_dash_is_that_council_s(check_texts):
    text = ("Council round-up\n\nWESTLEA (40 seats) - Labour hold. Lab 24, Con 10, LD 6.\n\n"
            "BRAMFORD DISTRICT (33 seats) - Conservatives hold. Con 20, Lab 9, LD 4.\n\n"
            "OAKHURST (45 seats) - Green gain. Green 23, Lab 12, Con 10, LD 3.")  # 48 > 45
    found = errors(check_texts({"r.txt": text}))
    assert [f.rule for f in found] == ["seat-sum"] and found[0].location.line == 7
