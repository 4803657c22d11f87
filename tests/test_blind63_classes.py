"""Classes of failure found on blind set 63 (an East Anglian daily's, a London borough site's and a parliamentary
newsletter's coverage: county divisions, London boroughs and the Assembly, mayors, Commons divisions, Speaker ballots
and results from abroad), written blind in the session of 7 December (sixth), never read there, scored untouched on
the starting code of 7 December (seventh) and read then; each tested in fresh wording, never the set's own sentences,
with a clean twin where a fix could raise a false alarm."""

from __future__ import annotations

import pytest

from findings_of import claims_in

from checker.model import Kind, Modality


def rules_of(check_as, name: str, text: str) -> list[str]:
    return [f.rule for f in check_as({name: text}).findings if f.severity.value == "error"]


@pytest.mark.parametrize("rest, wrong", [("19.6", True), ("16.3", False)])
def test_other_parties_together_are_one_share_of_their_own(check_as, rest, wrong):
    text = ("Labour took 41.2 per cent of the vote, the Conservatives 30.4 per cent, the Liberal Democrats 12.1 per "
            f"cent and other parties together {rest} per cent.")
    assert ("share-sum" in rules_of(check_as, "o.txt", text)) is wrong


def test_smaller_parties_and_independents_are_no_party_named_before(read_as):
    text = "Labour won 30 seats, the Conservatives 12, and smaller parties and independents 8."
    eight = next(c for c in claims_in(read_as, "s.txt", text) if c.text == "8")
    assert eight.subject == "Others"


@pytest.mark.parametrize("lead, wrong", [("1,210", True), ("1,310", False)])
def test_a_lead_told_with_its_score_against_a_party_s_candidate(check_as, lead, wrong):
    text = (f"Labour's Anna Price held the seat by {lead} votes, 9,870 to 8,560 for the Conservative candidate, after "
            "two recounts.")
    assert ("majority-arithmetic" in rules_of(check_as, "p.txt", text)) is wrong


def test_each_division_of_a_division_list_is_its_own_count(check_as):
    text = ("THIS WEEK IN THE COMMONS\n\nDivision 212, 3.15pm\nPlanning Bill: Report Stage\nAyes 289, Noes 251. "
            "Majority 48.\n\nDivision 213, 3.31pm\nOpposition amendment\nAyes 240, Noes 301. Majority 61.\n")
    found = [f for f in check_as({"d.txt": text}).findings if f.severity.value == "error"]
    assert [(f.rule, f.location.line) for f in found] == [("majority-arithmetic", 5)]
    assert "289 − Noes 251 = 38" in found[0].message


@pytest.mark.parametrize("turnout, wrong", [("32", True), ("23", False)])
def test_the_electors_of_n_of_m_electors_voted_are_the_electorate(check_as, turnout, wrong):
    text = (f"Just 2,310 of the division's 9,880 electors voted, a turnout of {turnout} per cent, and Cllr Maya Brennan "
            "held Kingsmead for the Greens.")
    assert ("turnout" in rules_of(check_as, "t.txt", text)) is wrong


def test_a_lead_too_large_to_overturn_is_this_count_s(read_as):
    text = ("Mayor Jo Hart was re-elected by 1,205 votes, 20,100 to 18,895 for challenger Sam Ortiz.\n\nCounty "
            "officials said there were not enough ballots outstanding to overturn her 1,502-vote lead.")
    lead = next(c for c in claims_in(read_as, "h.txt", text) if c.text == "1,502")
    assert lead.modality == Modality.ACTUAL
    overturned = "Labour overturned a 3,218-vote majority to take the seat."
    assert next(c for c in claims_in(read_as, "h2.txt", overturned) if c.text == "3,218").modality == Modality.HISTORICAL


@pytest.mark.parametrize("majority, wrong", [("57", True), ("47", False)])
def test_with_someone_on_a_majority_is_their_majority(check_as, majority, wrong):
    text = (f"The by-election, called after Cllr Joan Mills, who has moved to Bristol, stood down, ended with Mr Okafor "
            f"on a majority of {majority}.\n\n- David Okafor (Labour) 1,190\n"
            "- Helen Price (Conservative) 1,143\n- Tom Reed (Green) 402\n")
    assert ("majority-arithmetic" in rules_of(check_as, "k.txt", text)) is wrong


@pytest.mark.parametrize("majority, wrong", [("96", True), ("69", False)])
def test_a_ward_of_several_seats_last_time_leaves_its_by_election_one_seat(check_as, majority, wrong):
    text = (f"Labour hold Fernhill in by-election\n\nLabour's Nadia Rahman held Fernhill ward in Thursday's by-election "
            f"with a majority of {majority}.\n\n- Nadia Rahman (Labour) 1,012\n- Chris Dale (Conservative) 943\n"
            "- Ruth Ames (Green) 310\n\nWhen the two-seat ward was last contested, in May 2022, Labour won both seats, "
            "with its leading candidate on 2,104 votes to 1,566 for the top Conservative.\n")
    assert ("majority-arithmetic" in rules_of(check_as, "f.txt", text)) is wrong


@pytest.mark.parametrize("drop, wrong", [("6.5", True), ("7.5", False)])
def test_a_change_from_to_past_an_aside(check_as, drop, wrong):
    text = (f"Turnout fell from 67.3 per cent in 2019, when the seat was last fought, to 59.8 per cent, a drop of {drop} "
            "points.")
    assert ("direction" in rules_of(check_as, "c.txt", text)) is wrong


def test_the_later_side_past_an_aside_is_not_the_earlier_year_s(read_as):
    text = "Her share rose from 38.2 per cent in 2019, when she first stood, to 44.9 per cent, a gain of 6.7 points."
    claims = claims_in(read_as, "y.txt", text)
    later = next(c for c in claims if c.text == "44.9")
    assert later.year is None and later.modality == Modality.ACTUAL
    assert next(c for c in claims if c.text == "6.7").kind == Kind.SHARE_CHANGE
