"""Classes of failure found on blind set 64 (a Yorkshire daily's, a Scottish political site's, a Northern Irish news
service's and a wire's international desk's coverage: 2024 seats, Yorkshire wards and mayors, Holyrood, the Assembly
and Dáil by STV, a union ballot, and results from abroad), written blind at the start of the session of 7 December
(seventh), scored untouched on that session's starting code and on its first commit, then read; each tested in fresh
wording, never the set's own sentences, with a clean twin where a fix could hide a slip."""

from __future__ import annotations

import pytest

from findings_of import claims_in

from checker.model import Kind, Modality


def errors_of(check_as, name: str, text: str) -> list[str]:
    return [f.rule for f in check_as({name: text}).findings if f.severity.value == "error"]


def test_ballot_papers_whose_first_choice_went_out_are_no_poll(read_as):
    text = ("Of the 41,877 ballot papers whose first choice was eliminated, 30,112 named neither finalist.\n\n"
            "Turnout was 29.4 per cent of the 512,300 electorate.")
    assert not [c for c in claims_in(read_as, "b.txt", text) if c.kind == Kind.VOTES_CAST]


def test_a_dated_party_majority_is_that_year_s(read_as):
    text = "Labour's Mia Holt won by 3,208 votes, overturning a 2017 Conservative majority of almost 15,000."
    old = next(c for c in claims_in(read_as, "m.txt", text) if c.text == "15,000")
    assert old.year == 2017 and old.modality == Modality.HISTORICAL


def test_a_sentence_about_a_dated_election_dates_its_figures(read_as):
    text = ("---\ntitle: Dale holds Fernley\ndate: 2024-07-05\n---\n\nMs Dale polled 21,400 votes.\n\n"
            "The 2021 by-election, held after the previous MP resigned, saw Ms Dale win by 2,118 votes on a turnout "
            "of 36 per cent.\n")
    claims = claims_in(read_as, "d.md", text)
    assert {c.text: c.year for c in claims if c.text in ("2,118", "36")} == {"2,118": 2021, "36": 2021}


def test_a_candidate_column_makes_an_unknown_name_a_person(read_as):
    text = ("| Candidate | First count | Final count |\n|---|---|---|\n| Ola Brennan | 8,204 | 9,950 |\n"
            "| Kip Varga | 7,911 | 9,612 |\n")
    kip = next(c for c in claims_in(read_as, "k.md", text) if c.text == "7,911")
    assert kip.subject == "Kip Varga" and kip.subject_kind == "person"


@pytest.mark.parametrize("lead, wrong", [("338", False), ("383", True)])
def test_a_lead_after_later_preferences_is_the_last_round_s(check_as, lead, wrong):
    text = (f"Rhian Moss beat Tom Adey by {lead} votes after second and third preferences were counted.\n\n"
            "| Candidate | Round 1 | Round 2 | Round 3 |\n|---|---|---|---|\n| Rhian Moss | 9,104 | 9,660 | 11,902 |\n"
            "| Tom Adey | 8,877 | 9,310 | 11,564 |\n| Sam Ray | 3,950 | 4,120 | eliminated |\n"
            "| Lee Fox | 1,711 | eliminated | |\n")
    assert ("majority-arithmetic" in errors_of(check_as, "u.md", text)) is wrong


@pytest.mark.parametrize("sentence", [
    "Labour finished two seats ahead of the Conservatives.",
    "The chamber is larger than the usual 150 seats.",
    "The party did best in the 12 four-seat wards.",
    "The parliament grows by three extra seats.",
])
def test_seat_counts_that_are_no_party_s_tally(read_as, sentence):
    text = f"Labour won 40 seats and the Conservatives 38. {sentence}"
    tallies = [c for c in claims_in(read_as, "s.txt", text) if c.kind in (Kind.SEATS, Kind.TOTAL_SEATS)
               and c.text not in ("40", "38")]
    assert not [c for c in tallies if c.subject or c.kind == Kind.TOTAL_SEATS], tallies


def test_a_record_of_past_races_is_no_tally(read_as):
    text = "Republicans have won seven of the last eight governor races in the state."
    assert not [c for c in claims_in(read_as, "r.txt", text) if c.kind == Kind.SEATS]


def test_a_party_s_caucus_is_not_the_party(check_as):
    text = ("Republicans won 52 seats. Democrats won 45 seats in their own name; three independents caucus with them, "
            "giving the Democratic caucus 48.")
    assert "agreement" not in errors_of(check_as, "c.md", text)


def test_seats_won_when_a_third_is_up_are_not_the_council_s(check_as):
    text = ("Labour won 14 of the 22 seats contested, the Greens four and the Conservatives four.\n\n"
            "- Labour 41 (won 14)\n- Conservatives 19 (won 4)\n- Greens 9 (won 4)\n")
    assert "agreement" not in errors_of(check_as, "t.md", text)


def test_a_local_party_of_independents_is_a_party_of_its_own(read_as):
    text = "Council make-up: Labour 30, Ashfield Independents 12, Independents 3."
    subjects = {c.text: c.subject for c in claims_in(read_as, "i.txt", text)}
    assert subjects["12"] != subjects["3"]


def test_a_faction_in_brackets_before_a_colon(read_as):
    text = "The alliance won 46 seats:\n\n- NCP (SP): 10\n- Congress: 16\n- Shiv Sena (UBT): 20\n"
    subjects = {c.text: c.subject for c in claims_in(read_as, "f.md", text)}
    assert subjects["10"] == "NCP (Sharadchandra Pawar)" and subjects["20"] == "Shiv Sena (UBT)"


def test_two_unknown_factions_of_one_party_are_two_parties(read_as):
    text = "Seats won:\n\n- Congress (Indira): 12\n- Congress (Reddy): 5\n- BJP: 70\n"
    claims = claims_in(read_as, "j.md", text)
    assert len({c.subject for c in claims if c.text in ("12", "5")}) == 2


def test_the_publisher_s_name_in_front_matter_names_no_chamber(read_as):
    text = ("---\ntitle: Scotland's 57 seats\ndate: 2024-07-05\nsite: The Holyrood Ledger\n---\n\n"
            "Scotland's 57 constituencies have all declared.\n\n- Labour: 37\n- SNP: 9\n")
    assert all(c.scope != "scottish-parliament" for c in claims_in(read_as, "h.md", text))


@pytest.mark.parametrize("quota, wrong", [("7,104", False), ("8,524", True)])
def test_a_quota_for_the_seats_its_sentence_names(check_as, quota, wrong):
    text = (f"Three candidates were elected on the first count in Foyle Vale, where 42,620 valid votes gave a quota of "
            f"{quota} for the five seats.")
    assert ("stv-quota" in errors_of(check_as, "q.txt", text)) is wrong


def test_where_a_provisional_lead_narrowed_to_is_the_count_s(check_as):
    text = ("A judicial recount confirmed that Ana Ruiz won by two votes, 18,406 to 18,404.\n\nOn election night, "
            "preliminary results had shown Ruiz ahead by 40 votes, 18,405 to 18,365; corrections at two polling "
            "stations narrowed the margin from 40 to two.")
    assert "agreement" not in errors_of(check_as, "p.txt", text)


def test_how_much_is_counted_is_no_share(check_as):
    text = "First preferences (91% counted): Labor 38.2, LNP 35.9, Greens 14.1, others 11.6."
    assert "share-sum" not in errors_of(check_as, "a.txt", text)


def test_seats_not_up_this_time_are_a_group_of_their_own(read_as):
    text = "Republicans won 19 of the 34 races. The 66 seats not up this year split 35 Republican, 31 Democratic."
    split = [c for c in claims_in(read_as, "n.txt", text) if c.text in ("35", "31")]
    assert split and all((c.scope or "").startswith("a group of seats") for c in split)


@pytest.mark.parametrize("turnout, wrong", [("68.2", True), ("66.9", False)])
def test_a_turnout_before_a_sentence_of_ballots_counted(check_as, turnout, wrong):
    text = (f"Turnout was {turnout} per cent. Of the 48,210 ballot papers counted from an electorate of 72,040, 96 were "
            "rejected.")
    assert ("turnout" in errors_of(check_as, "t.txt", text)) is wrong


@pytest.mark.parametrize("quota, wrong", [("1,751", False), ("2,188", True)])
def test_a_quota_between_dashes_for_councillors_to_elect(check_as, quota, wrong):
    text = ("*Three councillors to elect.*\n\nThere were 7,001 valid first-preference votes, so the quota - the figure "
            f"that guarantees a seat - was {quota}.")
    assert ("stv-quota" in errors_of(check_as, "q.md", text)) is wrong


@pytest.mark.parametrize("quota, wrong", [("6,512", False), ("7,814", True)])
def test_a_quota_for_n_seats_in_its_own_sentence(check_as, quota, wrong):
    text = f"With 39,066 valid votes cast for five seats, the quota was {quota}."
    assert ("stv-quota" in errors_of(check_as, "v.txt", text)) is wrong


@pytest.mark.parametrize("needed, wrong", [("326", False), ("336", True)])
def test_another_body_s_majority_mark_in_a_sentence_of_what_a_coalition_would_have(check_as, needed, wrong):
    text = ("Labour won 300 seats in the 650-seat House of Commons and the Liberal Democrats 40.\n\nTogether they would "
            f"have 340 seats, a few more than the {needed} needed for a majority.")
    assert ("majority-target" in errors_of(check_as, "m.txt", text)) is wrong


def test_a_sentence_that_opens_with_someone_s_count_gives_their_votes(read_as):
    text = "Ms Okoro polled 12,406 votes. Mr Pryce's 11,982 left him 424 short."
    count = next(c for c in claims_in(read_as, "p.txt", text) if c.text == "11,982")
    assert count.kind == Kind.VOTES and count.subject == "Pryce"


def test_a_before_and_after_table_under_the_council_as_it_now_looks(check_as):
    text = ("So the council now looks like this:\n\n| Party | Before | After | Change |\n|---|---|---|---|\n"
            "| Labour | 22 | 25 | +3 |\n| Reform UK | 0 | 6 | +5 |\n| Conservative | 19 | 10 | -9 |\n")
    found = [f for f in check_as({"c.md": text}).findings if f.severity.value == "error"]
    assert [f.location.line for f in found] == [6]


def test_seats_across_several_councils_are_not_the_council_s(check_as):
    text = ("Labour won 31 of the council's 55 seats and the Greens 14.\n\n- Labour 31\n- Green 14\n- Conservative 10\n\n"
            "Across England's 107 councils, Labour won 1,158 of the 2,658 seats contested.")
    assert not errors_of(check_as, "k.txt", text)


@pytest.mark.parametrize("prose, wrong", [("15,909", True), ("15,999", False)])
def test_one_person_s_two_counts_in_the_story_of_its_one_seat(check_as, prose, wrong):
    text = (f"# Lib Dems seize Inverness\n\nThe Liberal Democrats' Angus MacDonald has won the new Inverness, Skye and "
            f"West Ross-shire seat from the SNP's Drew Hendry, who had held Inverness since 2015.\n\nMr MacDonald polled "
            f"18,159 votes. Mr Hendry's {prose} left him well behind.\n\nThe count at Inverness Leisure Centre ran late."
            "\n\n| Candidate | Party | Votes |\n|---|---|---|\n"
            "| Angus MacDonald | Liberal Democrat | 18,159 |\n| Drew Hendry | SNP | 15,999 |\n"
            "| Emma Knox | Labour | 9,103 |\n")
    assert ("agreement" in errors_of(check_as, "i.md", text)) is wrong
