"""Classes of failure found on blind set 70 (a South East daily's, a Welsh national site's, an East Anglian weekly's,
a councillors' newsletter's and a wire's Asian, German, Low Countries', Canadian and Latin American coverage), written
blind mid-session on 7 December (ninth), scored untouched on that session's starting code and on its second commit,
then read; with two left over from set 68. Each tested in fresh wording, never the set's own sentences, with a clean
twin or a slip beside it where a fix could hide one."""

from __future__ import annotations

import pytest

from findings_of import claims_in, rules, the

from checker.model import Kind, Modality


@pytest.mark.parametrize("majority, slip", [("8,653", False), ("8,563", True)])
def test_a_score_after_a_comma_is_the_beating_clause_s(check_as, majority, slip):
    text = (f"**Hythe Vale: Labour gain.** Ann Dorsey defeats Sally Marsh, 19,134 to 10,481. Majority {majority}. "
            "Reform UK were third with 7,401.")
    assert ("majority-arithmetic" in rules(check_as({"h.md": text}))) == slip


@pytest.mark.parametrize("majority, slip", [("3,949", False), ("3,994", True)])
def test_an_entry_s_label_carries_to_its_next_paragraph(check_as, majority, slip):
    text = ("<article>\n<p><strong>Worthing West: Labour gain from Conservative.</strong> Sir Tom Pellow, an MP "
            "since 1983, loses to Labour's Dr Jess Arden.</p>\n"
            f"<p>Arden 20,519, Pellow 16,570: a Labour majority of {majority}.</p>\n"
            "<p><strong>Lewes: Lib Dem gain.</strong> James Rowe beats Maria Cole, 26,895 to 14,271.</p>\n</article>\n")
    assert ("majority-arithmetic" in rules(check_as({"w.html": text}))) == slip


def test_an_earlier_election_s_lead_told_again_stays_its(check_as):
    text = ("Halton Vale was held by Labour's Ann Moss at last July's general election with a majority of 14,696. In "
            "last week's by-election Reform UK's Sam Pike won by six votes, 12,645 to Labour's 12,639. A six-vote "
            "majority and a 14,696-vote majority can sit in one seat ten months apart.")
    assert rules(check_as({"r.txt": text})) == []


def test_a_result_set_against_the_polls_is_no_forecast(read_as):
    text = ("Javier Ruiz won the run-off on Sunday by a far wider margin than polls had predicted, beating Economy "
            "Minister Sergio Massa by a margin of 2,960,320 votes.")
    margin = the(claims_in(read_as, "a.txt", text), "2,960,320")
    assert margin.modality == Modality.ACTUAL and margin.counterpart == "Sergio Massa"


def test_a_region_s_seats_then_a_party_s_count(read_as):
    text = "Labour won a clear majority of the region's seats, but Reform UK took two after 2019's wipeout."
    assert the(claims_in(read_as, "r.txt", text), "two").scope is not None
