"""Tables whose columns are rounds of a count ("| 1st pref | Transfers | Final |", "| Round 1 | Round 2 |"): each
column's counts are that round's, and a lead the prose gives for the last round is checked against its column."""

from __future__ import annotations

from findings_of import errors

from checker.model import INTERMEDIATE, Severity


MAYOR = """# Kestrel Vale mayor: Green's Ana Sousa wins on transfers

Ana Sousa of the Green Party is the new mayor after second preferences were counted on Saturday.

| Candidate | Party | First preferences | Second preferences | Final |
|---|---|---|---|---|
| Ana Sousa | Green | 61,004 | 14,882 | 75,886 |
| Bill Crane | Reform UK | 66,310 | 4,127 | 70,437 |
| Hugh Pattle | Labour | 30,118 | | |

Ms Sousa, second on first preferences, won by 5,449 votes once transfers were added.
"""


def test_a_transfer_table_s_columns_are_the_first_count_the_transfers_and_the_final(claims_of):
    rounds = {c.text: c.round for c in claims_of(MAYOR)}
    assert rounds["61,004"] is None and rounds["14,882"] == "transfer" and rounds["75,886"] == "final"


def test_a_clean_transfer_table_gives_no_error(check_texts):
    assert errors(check_texts({"kestrel.md": MAYOR})) == []


def test_a_final_column_that_is_not_the_sum_of_its_round_is_reported(check_texts):
    (e,) = errors(check_texts({"kestrel.md": MAYOR.replace("70,437", "70,347")}), "transfer-sum")
    assert e.expected == 70437


def test_the_prose_lead_of_the_last_round_is_checked_against_the_final_column(check_texts):
    (e,) = errors(check_texts({"kestrel.md": MAYOR.replace("5,449", "5,494")}), "majority-arithmetic")
    assert e.expected == 5449


RUNOFF = """Dufresne takes the party leadership in the run-off

| Candidate | Round 1 | Round 2 | Round 3 |
|---|---|---|---|
| Claire Dufresne | 4,210 | 5,002 | 7,118 |
| Marc Aubin | 4,455 | 4,890 | 6,327 |
| Lise Perrin | 2,780 | 2,608 | |

Dufresne, who trailed Aubin after the first ballot, won the final round by 791 votes.
"""


def test_round_columns_are_the_first_a_middle_and_the_last(claims_of):
    rounds = {c.text: c.round for c in claims_of(RUNOFF)}
    assert rounds["4,210"] is None and rounds["5,002"] == INTERMEDIATE and rounds["7,118"] == "final"


def test_the_last_round_s_lead_is_checked_and_the_first_round_leader_may_lose(check_texts):
    assert errors(check_texts({"runoff.txt": RUNOFF})) == []
    (e,) = errors(check_texts({"runoff.txt": RUNOFF.replace("by 791", "by 719")}), "majority-arithmetic")
    assert e.expected == 791


def test_a_figure_after_a_relative_clause_is_its_head_s_not_the_clause_s(claims_of):
    (c,) = [c for c in claims_of("Ms Varga, who had trailed Tom Quell all night, won by 212 votes.") if c.text == "212"]
    assert c.subject == "Ms Varga" or c.subject.endswith("Varga")


NORTHMOOR = """Reform's Vic Dale elected Northmoor mayor

Reform UK's Vic Dale has been elected mayor of Northmoor after second preferences were counted.

First preferences:
Vic Dale (Reform UK) 88,410 (38.9%)
Sue Khan (Labour) 80,902 (35.6%)
Ed Brook (Conservative) 57,900 (25.5%)

Mr Dale gained 9,344 second preferences, finishing on 97,754; Ms Khan gained 12,020 to finish on 92,922.

Mr Dale won by {lead} votes.
"""


def test_mayor_of_a_place_names_the_seat_and_a_bare_lead_may_be_the_final_round_s(claims_of, check_texts):
    assert {c.place for c in claims_of(NORTHMOOR.format(lead="4,832")) if c.text == "88,410"} == {"Northmoor"}
    assert [f for f in check_texts({"n.txt": NORTHMOOR.format(lead="4,832")}).findings
            if f.severity == Severity.ERROR] == []  # 97,754 − 92,922: the final round's
    assert [f for f in check_texts({"n.txt": NORTHMOOR.format(lead="7,508")}).findings
            if f.severity == Severity.ERROR] == []  # 88,410 − 80,902: the first round's
    (e,) = [f for f in check_texts({"n.txt": NORTHMOOR.format(lead="4,382")}).findings if f.severity == Severity.ERROR]
    assert e.rule == "majority-arithmetic"


def test_a_mayor_counted_in_rounds_in_prose(check_texts):
    text = ("Rowe takes Avonmere mayoralty on second preferences\n\nLabour's Dan Rowe has been elected Mayor of Avonmere"
            " after overturning a first-round deficit.\n\nConservative Joe Hale led the first round with 88,210 first"
            " preferences (40.1%) to Mr Rowe's 80,530 (36.6%).\n\nMr Hale took 40.1% of the vote, Mr Rowe 36.6%,"
            " Liberal Democrat Ann Lyle 15.2% and independent Carl Moss {ind}%.\n\nMr Rowe then picked up 12,880 second"
            " preferences to Mr Hale's 3,905, finishing"
            " on 93,410 to her 92,115 - a winning margin of 1,295.")
    assert errors(check_texts({"a.txt": text.format(ind="8.1")})) == []  # no winner-has-most on the first round
    (e,) = errors(check_texts({"a.txt": text.format(ind="9.1")}))
    assert e.rule == "share-sum"  # 40.1 + 36.6 + 15.2 + 9.1 = 101.0
