"""Who a score belongs to after a verb of leading ("A led B 1,402,118 to 1,388,907, a lead of 13,211") or outpolling,
and that "led the party to 262 seats" still gives the seats to the party."""

from __future__ import annotations

from checker.model import Severity


def test_a_score_after_led_is_the_leader_s_first_and_the_lead_is_theirs(claims_of):
    claims = claims_of("Independent Maya Orr took the seat. At the first count Orr led Liberal Sam Pike 8,204 to"
                       " 7,961, a lead of 243.")
    who = {c.text: c.subject for c in claims}
    assert who["8,204"].endswith("Orr") and who["7,961"] == "Sam Pike" and who["243"].endswith("Orr")


def test_outpolled_gives_a_pair_of_counts(claims_of):
    who = {c.text: (c.subject, c.role) for c in claims_of("Labour's Ruth Obi outpolled the Conservative Sam Reed"
                                                           " 21,004 to 19,870.")}
    assert who["21,004"] == ("Ruth Obi", "winner") and who["19,870"] == ("Sam Reed", "runner_up")


def test_a_wrong_lead_after_led_is_reported(check_texts):
    text = ("Harrow West result\n\nLabour's Tariq Noor led the Conservative, Emma Voss, 19,442 to 17,305, a lead of"
            " 2,317.")
    (e,) = [f for f in check_texts({"harrow.txt": text}).findings
            if f.severity == Severity.ERROR and f.rule == "majority-arithmetic"]
    assert e.expected == 2137


def test_led_his_party_to_seats_gives_the_seats_to_the_party(claims_of):
    (c,) = [c for c in claims_of("Anthony Albanese led Labor to 94 seats, a gain of 17.") if c.text == "94"]
    assert c.subject == "Labor" or c.subject == "Labour"


def test_a_party_s_unnamed_candidate_owns_the_figure_after_it(claims_of, check_texts):
    text = ("Governor's race\n\nWith most precincts reporting, Ms Vance had 51.2%, Mr Tolley 46.9% and the Green"
            " nominee 3.4%.")
    (c,) = [c for c in claims_of(text) if c.text == "3.4"]
    assert c.subject == "Green"
    (e,) = [f for f in check_texts({"gov.txt": text}).findings if f.severity == Severity.ERROR]
    assert e.rule == "share-sum"  # 51.2 + 46.9 + 3.4 = 101.5
    held = claims_of("Jane Doe held the seat for Labour with 23,528 votes.")
    assert [c.subject for c in held if c.text == "23,528"] == ["Jane Doe"]


def test_a_second_count_to_n_for_x_with_words_between_the_pair(claims_of, check_texts):
    text = ("Greens choose Kemal Ashby\n\nKemal Ashby won 11,870 votes from members (61.0%) to 7,590 (39.0%) for Ann"
            " Cole.\n\nHis margin of 4,820 votes was the widest in the party's history.")
    who = {c.text: c.subject for c in claims_of(text)}
    assert who["7,590"] == "Ann Cole" and who["39.0"] == "Ann Cole"
    (e,) = [f for f in check_texts({"greens.txt": text}).findings if f.severity == Severity.ERROR]
    assert e.rule == "majority-arithmetic" and e.expected == 4280


def test_a_place_the_listed_counts_contradict_is_a_warning_that_says_what_it_assumed(check_texts):
    text = ("Greens hold Abbeyfield\n\nThe Green Party's Lucy Marr won with 2,214 votes. Labour's Dev Patel polled"
            " 1,630, the Liberal Democrat Fay Orme 1,021 and Reform UK 655.\n\nMr Patel, who came third, thanked his"
            " volunteers.")
    (f,) = [f for f in check_texts({"abbey.txt": text}).findings if f.rule == "rank"]
    assert f.severity == Severity.WARNING and f.expected == 2 and "names every candidate" in f.assumptions[0]
    assert not [f for f in check_texts({"abbey.txt": text.replace("came third", "came second")}).findings
                if f.rule == "rank"]
