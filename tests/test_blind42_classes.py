"""Classes of failure found on blind set 42 (a mixed archive written blind at the start of the session of 6 December
(seventh), held out and scored on that session's final code first, then its list of failures read), each tested in
fresh wording."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules

from checker.model import Kind, Modality





def test_a_fraction_in_words_is_no_figure(read_as):
    text = "A recount is automatic when the margin is less than one-thousandth of the valid votes, here 61 votes."
    assert all(c.text != "one" for c in claims_in(read_as, "f.txt", text))


def test_a_year_then_when_dates_the_clause(read_as):
    text = ("Things were different in 2019, when Plaid won 12.1 percent and finished third on seats with 4, one behind "
            "the Lib Dems' 5; Labour won 29 in a Senedd that then had 60 members.")
    for fig in ("4", "5", "29"):
        assert figure(read_as, "w.txt", text, fig).year == 2019


def test_a_chamber_that_had_n_seats_and_its_growth(read_as):
    text = ("Labour won 29 in a Senedd that then had 60 members. All parties gained seats after the Senedd's expansion "
            "by 36 seats.")
    kinds = {c.text: c.kind for c in claims_in(read_as, "s.txt", text)}
    assert kinds["60"] == Kind.TOTAL_SEATS and "36" not in kinds


def test_a_list_entry_labelled_by_a_year(read_as):
    text = "A government needs 76 seats.\n\n- **2019:** Labor 68, Coalition 77, crossbench 6.\n- **2022:** Labor 77."
    assert figure(read_as, "y.md", text, "68").year == 2019


def test_a_lead_behind_the_third_candidate_of_a_party_is_a_multi_member_ward_s(check_as):
    text = ("Hillside (3 seats)\nAnn Shah (Labour) 1,600 ELECTED\nBen Cole (Labour) 1,500 ELECTED\nCal Dee (Labour) "
            "1,450 ELECTED\nRaj Shah (Conservative) 1,200\n\nThe Conservative Raj Shah, who came fourth, was 250 votes "
            "behind the third Labour candidate.")
    assert errors(check_as({"h.txt": text})) == []


def test_two_in_five_is_a_proportion(read_as):
    text = "Ms Vale, who runs a cafe in the town, was elected with just over two in five of the votes cast."
    assert all(c.text not in ("two", "five") for c in claims_in(read_as, "p.txt", text))


def test_a_place_at_the_general_election_before_a_by_election(check_as):
    text = ("Stonebridge by-election\n\nLabour's Ann Ray won 12,000 votes. Reform UK's Tim Bo came second with 9,000."
            "\n\nThe Conservatives, who finished second in the seat at last year's general election, were pushed into "
            "third place on 4,000 votes.")
    assert [f for f in errors(check_as({"b.txt": text})) if f.rule == "rank"] == []


def test_a_section_dated_by_its_heading_is_that_vote_s(check_as):
    text = ("# Three referendums\n\n## Devolution, 11 September 1997\n\n- Yes: 1,775,045 (74.3%)\n- Turnout: 60.4%\n\n"
            "## Independence, 18 September 2014\n\n- No: 2,001,926 (55.3%)\n- Turnout: 84.6%\n")
    assert errors(check_as({"r.md": text})) == []


def test_a_lead_part_way_through_india_s_rounds_of_counting(check_as):
    text = ("Mr Rao polled 5,10,000 votes against Ms Das's 4,20,000, winning by 90,000 votes. By the 10th of 22 rounds "
            "his lead had crossed 50,000.")
    assert errors(check_as({"i.txt": text})) == []


def test_all_of_a_council_s_seats_declared_sizes_it(read_as):
    c = figure(read_as, "c.txt", "With all 45 seats declared, Labour has 20 councillors and the Greens 9.", "45")
    assert c.kind == Kind.TOTAL_SEATS


def test_seats_gained_going_from_one_figure_to_another(check_as):
    assert rules(check_as({"g.txt": "The Greens gained six seats, going from 9 to 14, across the city."})) == ["direction"]


def test_won_in_a_year_by_a_majority_dates_it(read_as):
    c = figure(read_as, "y.txt", "Tom Reed, Labour's candidate in Ashby, won in 2019 by a majority of 2,210.", "2,210")
    assert c.year == 2019


def test_this_time_brings_the_story_back(read_as):
    text = "In 2016 she beat him by 900. This time her share rose 2.0 points to 40.0 per cent."
    c = figure(read_as, "t.txt", text, "40.0")
    assert c.modality == Modality.ACTUAL and c.year is None


def test_a_winning_margin_in_a_count_by_rounds_is_the_final_round_s(read_as):
    text = ("On first preferences Ms Cole had 100,000 votes and Mr Ray 95,000. After second preferences she finished on "
            "120,000 to his 110,000. Ms Cole's winning margin of 10,000 was double her first-round lead.")
    assert figure(read_as, "m.txt", text, "10,000").round == "final"
