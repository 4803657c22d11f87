"""Classes of failure found on blind set 48 (a news agency's and a city paper's year of elections at home and abroad:
by-elections, STV councils and a Dáil count, county councils, a provincial recount, an Australian seat watch, a
leadership ballot), written blind mid-session on 7 December, read at the start of the next session; each tested in
fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules, the

from checker.model import FIRST_ROUND_LEAD_TOLD, INTERMEDIATE, Kind, Modality


# Which seat


def test_a_seat_named_with_the_body_it_sends_a_member_to(read_as):
    text = "The Greens took the Marlow Fields council seat from Labour with 1,408 votes. Turnout was 29.0 per cent."
    assert figure(read_as, "m.txt", text, "1,408").place == "Marlow Fields"


def test_a_division_of_a_named_council_is_a_seat(read_as):
    text = ("Her brother, Tom, won the Ashgrove South division of Wealdshire County Council for the Liberal Democrats "
            "by 61 votes in May.")
    assert figure(read_as, "a.txt", text, "61").place == "Ashgrove South"


# Which count or contest


def test_a_vote_of_a_council_s_members_is_another_contest(read_as, check_as):
    text = ("Labour's Ruth Kemble, who won Brookmere ward by 402 votes in May, was elected leader of Hallam Borough "
            "Council on Wednesday. She won by 29 votes to 24 at the council's annual meeting.")
    assert figure(read_as, "k.txt", text, "29").round == "chamber vote"
    assert not errors(check_as({"k.txt": text}))


def test_a_swing_a_party_needs_is_a_target(read_as):
    text = "The Conservatives would need a swing of 3.4 points to take Harrowfield back from Labour."
    assert figure(read_as, "h.txt", text, "3.4").modality == Modality.THRESHOLD


def test_a_live_entry_that_opens_with_how_much_is_counted_is_a_running_count(read_as):
    text = ("21:10 - 42.5 per cent of enrolled voters counted. Labor's Mia Torres leads the two-party count 52.1 to 47.9,"
            " a swing of 2.6 points to Labor.\n\n23:40 - Counting over for the night. Torres leads 53.0 to 47.0, a"
            " swing of 3.5.\n")
    assert figure(read_as, "t.txt", text, "2.6").round == "provisional"


def test_a_first_booth_is_a_part_of_the_count(read_as):
    text = ("19:05 - First booths in: Kallista Hall. Dane Moore (ALP) 288, Ruth Pryor (LIB) 301. Far too early.\n\n"
            "22:50 - Final figures for the night: Moore 41,206, Pryor 39,877.\n")
    assert figure(read_as, "b.txt", text, "288").round == "provisional"


def test_a_place_on_a_party_s_list_is_no_finishing_place(read_as):
    text = "Grace Whitcombe, no relation, was seventh on Labour's regional list and is returned as a list member."
    assert all(c.kind != Kind.RANK for c in claims_in(read_as, "g.txt", text))


def test_an_entry_s_label_says_its_whole_list_is_a_later_ballot(read_as):
    text = ("Second and final ballot: Ines Marlowe 4,402; Tobias Quint 4,377. Marlowe wins by 25 votes.\n")
    claims = claims_in(read_as, "l.txt", text)
    assert {c.round for c in claims if c.kind == Kind.VOTES} == {"final"}


def test_a_ballot_s_results_run_on_in_a_line_name_their_candidates(read_as):
    text = "Round one: Ottilie Brandt 5,112; Kwame Asante 4,870; Sorcha Deegan 2,031. No one reached the quota."
    claims = claims_in(read_as, "r.txt", text)
    assert the(claims, "4,870").subject == "Kwame Asante" and the(claims, "2,031").subject == "Sorcha Deegan"


def test_a_stage_s_lead_after_exclusions_is_not_the_result_s(read_as):
    text = ("Once the Green and Reform candidates had been excluded, Hannah Doig still led by 42 votes, 1,904 to 1,862, "
            "with Ewan Rae on 1,210.")
    claims = claims_in(read_as, "s.txt", text)
    assert the(claims, "42").round == INTERMEDIATE
    assert the(claims, "1,862").subject != "Ewan Rae"


def test_final_stage_and_numbered_stages_are_later_counts(read_as):
    text = ("DUNMORE EAST (1 seat). First preferences: Iona Baird (SNP) 1,802; Callum Shaw (Lab) 1,655.\n"
            "Final stage (5): Shaw 2,410, Baird 2,288.\n")
    assert figure(read_as, "d.txt", text, "2,410").round == "final"


def test_a_lead_at_stage_one_beside_a_later_stage_is_the_first_count_s(read_as):
    text = "Iona Baird was 147 votes ahead at stage 1 and still 30 votes ahead at stage 3."
    assert figure(read_as, "d.txt", text, "147").round is None


def test_where_a_candidate_finished_after_exclusions_is_the_final_count(read_as):
    text = ("The Liberal Democrat was excluded at the third stage. Shaw finished with 2,410 votes to Baird's 2,288, "
            "a margin of 122.")
    claims = claims_in(read_as, "f.txt", text)
    assert the(claims, "2,410").round == "final" and the(claims, "122").round == "final"


def test_a_margin_fewer_than_an_earlier_one_is_the_recount_s(read_as):
    text = ("A Liberal member held his seat by nine votes after a judicial recount on Friday, four fewer than the margin "
            "reported on election night.")
    assert figure(read_as, "r.txt", text, "nine").round != "provisional"


def test_a_lead_on_preliminary_results_with_a_recount_to_come_is_provisional(read_as):
    text = "In Cedar Flats, New Democrat Oren Blake leads by 23 votes on preliminary results, and a recount is expected."
    assert figure(read_as, "c.txt", text, "23").round == "provisional"


def test_a_lead_said_to_be_the_first_round_s_is_another_fact_than_a_plain_lead(read_as, check_as):
    prose = "Tess Harlan led the first round by 2,204 votes but was overtaken once second preferences were counted."
    assert FIRST_ROUND_LEAD_TOLD in figure(read_as, "p.txt", prose, "2,204").evidence
    docs = {"a.txt": "Mayor race: Ben Okoye beats Tess Harlan by 911 votes in Fenbury.\n\n" + prose,
            "b.txt": "Fenbury mayor: Ben Okoye won by 911 votes after second preferences, having trailed Tess Harlan "
                     "by 2,204 votes in the first round."}
    assert "agreement" not in rules(check_as(docs))


def test_votes_clear_of_a_rival_past_a_unit_of_several_words_are_a_lead(read_as):
    text = "Morag Tait finished 862 first-preference votes clear of Labour's Ian Bell."
    assert figure(read_as, "m.txt", text, "862").kind == Kind.MARGIN


# Whose figure


def test_a_swing_label_names_the_party_it_went_to(read_as):
    text = "Final count: Torres 50,210, Pryor 46,880.\nSwing to the Greens: 2.2 points.\n"
    assert figure(read_as, "s.txt", text, "2.2").subject == "Green"


def test_another_initial_before_a_known_surname_is_another_person(read_as):
    text = ("Liberal Dana Quill polled 38.2 per cent and Labor's Sam Roe 36.0. Final first preferences: Roe 36.0 "
            "per cent, Quill 38.2, Tran 12.5, M. Quill 5.1.")
    assert figure(read_as, "q.txt", text, "5.1").subject == "M. Quill"


def test_a_day_after_a_label_in_capitals_is_no_person(read_as):
    text = "UPDATE, Tuesday 6 May - The count resumed. Jo Pike (Lab) 14,020; Sam Orr (Con) 13,002."
    doc = read_as({"u.txt": text})[0]
    assert all("Tuesday" not in c.subject for c in doc.claims if c.subject)


def test_a_party_s_majority_row_in_a_table_foot(read_as):
    text = ("| Candidate | Party | Votes | % |\n|---|---|---|---|\n| Ann Lowe | Green | 6,204 | 40.1 |\n"
            "| Pat Dunn | Labour | 5,990 | 38.7 |\n| Green majority | | 214 | 1.4 |\n")
    claims = claims_in(read_as, "t.md", text)
    assert the(claims, "214").kind == Kind.MAJORITY and the(claims, "1.4").kind == Kind.MAJORITY_SHARE


def test_a_corrections_column_s_account_of_what_was_printed_is_withdrawn(read_as, check_as):
    text = ("CORRECTIONS\n\nOur results table for the Wealdshire elections said Labour held Copse End with a majority "
            "of 31. Jane Ould won with 1,204 votes to Mark Fry's 1,150, a majority of 54.\n")
    assert figure(read_as, "c.txt", text, "31").round == "provisional"
    assert not errors(check_as({"c.txt": text}))


# Checks


def test_votes_passed_on_with_the_rest_non_transferable_between_the_two_left(check_as):
    text = ("Gill Hart was excluded at the fourth stage. Of her 1,640 votes, 611 went to Labour and 402 to the SNP, "
            "while 527 ballot papers showed no preference between the two and became non-transferable.")
    assert "transfer-split" in rules(check_as({"h.txt": text}))


def test_the_parts_of_a_count_a_sentence_opens_with(read_as, check_as):
    text = ("Stage 4: Paul Amos (Reform) excluded on 1,102.\n\nOf Amos's 1,102, Iona Baird received 388 and Callum Shaw "
            "301, while 413 went no further.\n")
    claims = claims_in(read_as, "a.txt", text)
    assert the(claims, "388").subject == "Iona Baird" and the(claims, "388").round == "transfer"
    assert not errors(check_as({"a.txt": text}))


def test_a_change_in_one_body_s_share_is_never_from_another_body_s(check_as):
    docs = {"w.txt": "At the 2021 Senedd election Labour won 30 seats with 39.9 per cent of the constituency vote.",
            "s.txt": "Labour's share of the Scottish vote rose to 35.3 percent, up 16.7 points, on Thursday."}
    assert "direction" not in rules(check_as(docs))
