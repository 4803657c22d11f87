"""Classes of false error found on blind set 15 (written this session by someone who never read the checker, scored
once untouched), each tested in fresh wording."""

from __future__ import annotations

from findings_of import errors

from checker.model import Kind, Modality


def test_together_opening_its_sentence_counts_the_parties_named_after_it(claims_of, check_texts):
    text = ("Fine Gael won 38 seats and the Labour Party 11. Together, Fine Gael and Labour have {n} seats, short of a"
            " majority.")
    (c,) = [c for c in claims_of(text.format(n="49")) if c.text == "49"]
    assert c.kind == Kind.COMBINED_SEATS
    assert errors(check_texts({"ie.txt": text.format(n="49")})) == []
    (e,) = errors(check_texts({"ie.txt": text.format(n="51")}))
    assert e.rule == "combined-seats" and e.expected == 49


def test_a_caucus_is_no_one_party_s_seats(check_texts):
    text = ("Democrats hold 47 of the Senate's 100 seats and Republicans 51, with two independents in a Democratic"
            " caucus of 49.")
    assert errors(check_texts({"s.txt": text})) == []


def test_that_is_n_seats_after_a_list_is_its_sum(claims_of):
    (c,) = [c for c in claims_of("Labour won 64 seats, the SNP 9 and the Liberal Democrats 2. That is 75 seats in all.")
            if c.text == "75"]
    assert c.kind == Kind.TOTAL_SEATS


def test_a_majority_at_an_earlier_election_named_before_it(claims_of):
    (c,) = [c for c in claims_of("The Conservatives won Marlby at last December's general election with a majority of"
                                 " 9,120.") if c.text == "9,120"]
    assert c.modality == Modality.HISTORICAL


def test_a_table_s_alliance_column_is_not_the_row_s_party(claims_of):
    text = ("| Party | Alliance | Seats won |\n|---|---|---|\n| BJP | NDA | 21 |\n| Congress | INDIA | 16 |\n")
    owners = {c.text: c.subject for c in claims_of(text) if c.kind == Kind.SEATS}
    assert owners == {"21": "BJP", "16": "Congress"}


def test_n_more_electorates_than_is_a_difference(claims_of):
    claims = claims_of("Te Pāti Māori won two more electorates than its party vote entitled it to.")
    assert not [c for c in claims if c.text == "two" and c.kind == Kind.SEATS]


def test_a_sentence_opened_by_another_state_is_that_state_s(check_texts):
    text = ("The JMM-led alliance won 56 of the 81 Assembly seats in Jharkhand.\n\nIn Maharashtra, whose results were"
            " also declared on Saturday, the Mahayuti alliance won 230 of the 288 seats.")
    assert errors(check_texts({"in.txt": text})) == []


def test_an_explainer_s_arithmetic_words_and_national_changes_are_not_its_example_seat_s(check_texts):
    text = ("How the quota works\n\nThe returning officer divides the valid poll by one more than the number of seats"
            " and adds one. In a three-seat constituency with a valid poll of 44,000 the quota is 11,001.\n\n"
            "How swing works\n\nIn Bexmoor, Labour's share rose from 30.0% to 41.0%, up 11.0 points, and the"
            " Conservatives' fell from 48.0% to 35.0%, down 13.0 points: a swing of 12.0 points.\n\nAcross the UK,"
            " Labour's share rose from 32.1% to 33.7%, a rise of just 1.6 points.\n\nA poll showing Labour on 40%"
            " and the Conservatives on 20% implies a 20-point lead.")
    assert errors(check_texts({"x.md": text})) == []


def test_a_lede_in_capitals_keeps_the_party_whole(mentions_of, check_texts):
    text = ("LIBERAL Democrat Amy Hart won a seat on the county council on Thursday.\n\nAcross the district the"
            " Liberal Democrats now have 19 of the 40 seats. The Conservatives have 15, Labour four and independents"
            " two.")
    assert [m.name for m in mentions_of(text) if m.kind == "party"][0] == "Liberal Democrat"
    assert errors(check_texts({"ld.txt": text})) == []


def test_a_markdown_heading_s_council_is_the_paragraphs_below_it(check_texts):
    text = ("# County round-up\n\n### Brackfield (all-out, 45 seats) — Labour hold\n\nLabour won 25 seats, down from"
            " 28.\n\n### Sallow Vale (all-out, 39 seats) — Liberal Democrat gain\n\nThe Lib Dems went from 14 to 22,"
            " a gain of eight. Labour held its four seats.\n")
    assert errors(check_texts({"r.md": text})) == []


def test_an_ontario_story_s_pc_is_the_progressive_conservatives(check_texts, claims_of):
    text = ("TORONTO - Doug Ford's Progressive Conservatives won 80 of the legislature's 124 seats, three seats fewer"
            " than the 83 they won in 2022. The New Democrats held 27 and the Liberals, led by former Mississauga mayor"
            " Bonnie Crombie, won 14.\n\nPC 80\nNDP 27\nLiberal 14\nGreen 2\nIndependent 1\n")
    owners = {c.subject for c in claims_of(text) if c.text == "80"}
    assert owners == {"Progressive Conservative"}
    assert errors(check_texts({"on.txt": text})) == []


def test_the_clause_after_an_earlier_election_is_that_election_s(claims_of):
    claims = claims_of("Sandhu held the riding. It went the other way in last year's Ontario election, when Progressive"
                       " Conservative Harjit Gill won by 3,205 votes with 44 per cent of the vote.")
    assert {c.modality for c in claims if c.text in ("3,205", "44")} == {Modality.HISTORICAL}
