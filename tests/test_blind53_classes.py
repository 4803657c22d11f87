"""Classes of failure found on blind set 53 (a regional broadcaster's website and a national paper's politics desk,
2017 to 2025: overnight results pages, county divisions, parish by-elections, mayors, Holyrood and the 2026 Senedd,
Northern Ireland councils by STV, recounts, leadership and union ballots, the US, Canada, Australia, New Zealand, a
Dáil count, a French run-off), written blind late in the session of 7 December (third), scored untouched on that
session's starting code and on its second commit, then its false errors read; each tested in fresh wording, never the
set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules

from checker.model import Kind, Modality


def test_two_tallies_of_one_party_far_apart_are_not_one_figure(check_as):
    docs = {"a.md": "# Fenshire: Conservatives left with two seats\n\nLabour took six of Fenshire's eight seats.",
            "b.txt": "Across the country the Conservatives won 121 seats, their fewest ever."}
    assert "agreement" not in rules(check_as(docs))


def test_tallies_close_together_are_still_compared(check_as):
    docs = {"a.txt": "---\ndate: 2024-07-06\n---\nLabour won 411 seats at the general election.",
            "b.txt": "---\ndate: 2024-07-07\n---\nLabour won 412 seats at the general election."}
    assert "agreement" in [f.rule for f in check_as(docs).findings]


def test_a_score_after_a_margin_is_the_score_not_another_margin(read_as):
    text = "ANN LOWE, Minister - Kelby North\nLost to Tom Hale (Lab) by 612, 15,408 to 14,796."
    assert figure(read_as, "s.txt", text, "15,408").kind == Kind.VOTES


def test_a_lead_between_quotients_is_no_contest_s_lead(check_as):
    text = ("Labour's Ann Lowe won Kelby with 20,404 votes to 18,110 for the SNP's Tom Hale. The last list seat went "
            "to the Greens: their D'Hondt figure of 9,204 beat Labour's 9,011 by 193.")
    assert "majority-arithmetic" not in rules(check_as({"d.txt": text}))


def test_first_on_a_party_s_long_named_list_is_no_finishing_place(read_as):
    text = "Mr Platt came second in the constituency but was first on his party's Lothian and Borders regional list."
    assert all(c.kind != Kind.RANK or c.value != 1 for c in claims_in(read_as, "l.txt", text))


def test_a_past_paragraph_comes_back_to_the_night_on_a_weekday(read_as):
    text = ("Four years ago the seat was Labour's. Its MP then, Jo Reyes, held it comfortably. On Friday she lost it "
            "to the Conservative Ann Lowe by 1,212 votes.")
    assert figure(read_as, "p.txt", text, "1,212").modality == Modality.ACTUAL


def test_a_margin_lost_by_is_the_loser_s_gap(read_as):
    text = "Labour's Jo Reyes lost to the Conservative Ann Lowe by 1,212 votes."
    assert figure(read_as, "l.txt", text, "1,212").role == "loser"
