"""Classes of failure found on blind set 62 (a North East daily's, a Welsh broadcaster's English website's and a
financial wire's coverage, 2005 to 2026: Tyne and Wear and Durham wards, the North East mayoralty, Senedd lists, Welsh
seats before and after 2024, recalls, and results from abroad), written blind late in the session of 7 December
(sixth), scored untouched on that session's starting and final code, then read in its last hour; each tested in
fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, the

from checker.model import Kind


def test_an_area_heading_with_its_size_in_brackets_scopes_its_table(check_as):
    text = ("# Two state parliaments\n\n## BAVARIA (180 seats; 91 needed for a majority)\n\n| Party | Seats |\n"
            "|---|---|\n| CSU | 85 |\n| Greens | 32 |\n| AfD | 32 |\n| Free Voters | 31 |\n\n"
            "## HESSE (133 seats; 67 needed for a majority)\n\n| Party | Seats |\n|---|---|\n| CDU | 52 |\n"
            "| AfD | 28 |\n| SPD | 23 |\n| Greens | 22 |\n| FDP | 8 |\n")
    assert "agreement" not in [f.rule for f in check_as({"s.md": text}).findings]


def test_a_count_briefly_given_before_a_correction_is_provisional(read_as):
    text = ("The CDU won 41 seats and the AfD 40. A software error in the initial seat calculation, corrected on "
            "Monday, had briefly given the AfD 41 seats.")
    claims = [c for c in claims_in(read_as, "c.txt", text) if c.text == "41" and c.subject == "AfD"]
    assert claims and all(c.round == "provisional" for c in claims)


def test_a_majority_cut_on_a_sized_council_is_no_tally(read_as):
    text = "The council now stands at Labour 40, Lib Dems 18. Labour's majority on the 62-seat council is cut from 22 to 18."
    claims = claims_in(read_as, "m.txt", text)
    assert the(claims, "22").kind == Kind.MAJORITY and the(claims, "18", Kind.MAJORITY).kind == Kind.MAJORITY


def test_each_of_a_city_s_wards_is_no_size(read_as):
    text = "A third of the council was up for election, one seat in each of the borough's 21 wards."
    assert not [c for c in claims_in(read_as, "w.txt", text) if c.kind == Kind.TOTAL_SEATS]


def test_a_place_turned_by_a_run_off_is_no_rank(check_as):
    text = ("ATLANTA (Wire) - In the regular Senate race, Democrat Ann Lowe defeated Republican incumbent Tom Hale by "
            "2,301,220 votes to 2,250,180, or 50.56 percent to 49.44 percent.\n\nIn the first round on Nov. 3, Hale led "
            "with 49.7 percent to Lowe's 48.0 percent.\n\nHale therefore finished first in November but lost the "
            "run-off two months later.")
    assert "rank" not in [f.rule for f in check_as({"r.txt": text}).findings]
