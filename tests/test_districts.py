"""Districts named by number (issue 13, seat identity): one race however the copy writes it, one state's only."""

from __future__ import annotations

from checker.model import Severity


def errors(report, rule="agreement"):
    return [f for f in report.findings if f.severity == Severity.ERROR and f.rule == rule]


def test_one_district_written_three_ways_is_one_seat_across_stories(check_texts):
    texts = {
        "a.txt": ("Kaptur holds on in northwest Ohio\n\nDemocrat Marcy Kaptur won Ohio's 9th Congressional District,"
                  " polling 159,150 votes to 157,932 for Republican Derek Merrin."),
        "b.txt": ("House results\n\nOH-9: Marcy Kaptur (D) 159,150, Derek Merrin (R) 157,392.\n\n"
                  "Elsewhere Republicans gained two seats."),
    }
    (e,) = errors(check_texts(texts))
    assert "Ohio District 9" in e.message


def test_two_states_districts_of_one_number_never_meet(check_texts):
    texts = {
        "oh.txt": "Democrat Marcy Kaptur won Ohio's 9th District with 159,150 votes to 157,932 for Derek Merrin.",
        "mi.txt": "In Michigan's 9th District, Republican Lisa McClain won with 159,150 votes to 157,000 for Clinton St."
                  " Mosher.",
    }
    assert errors(check_texts(texts)) == []


def test_the_number_of_a_district_is_no_figure(claims_of):
    claims = claims_of("Republican Joan Ballweg held Wisconsin Senate District 14, beating Sarah Keyeski by 9,112"
                       " votes.")
    assert [c.text for c in claims if c.kind.value == "votes"] == []
    assert {c.place for c in claims if c.text == "9,112"} == {"Wisconsin Senate District 14"}
