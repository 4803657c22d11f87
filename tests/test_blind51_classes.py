"""Classes of failure found on blind set 51 (a news agency's wire archive and two local papers' election pages,
2010 to 2024: by-elections, county divisions, Scottish councils by STV, PCCs, Senedd lists, the Northern Ireland
Assembly, the German Bundestag, a US governor and legislature, the Australian Senate, an Indian state, leadership
ballots), written blind at the start of the session of 7 December (third), scored untouched on that session's
starting code and on its code before it was read, then read; each tested in fresh wording, never the set's own
sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules, the

from checker.model import Kind, Modality


# Seats held together


def test_a_list_line_of_parties_and_their_seats_together(read_as):
    text = "OPTIONS\n\n- Labour, Greens and Lib Dems (\"rainbow\"): 61 seats\n- Labour and SNP: 58 seats\n"
    claims = claims_in(read_as, "o.md", text)
    assert the(claims, "61").kind == Kind.COMBINED_SEATS and the(claims, "58").kind == Kind.COMBINED_SEATS


def test_parties_named_in_brackets_after_a_nickname(read_as):
    text = "**\"Traffic light\" (SPD + Greens + FDP): 416 seats.** It governed from 2021."
    c = figure(read_as, "t.md", text, "416")
    assert c.kind == Kind.COMBINED_SEATS and set(c.sides) == {"SPD", "Green", "FDP"}


def test_parties_who_between_them_hold_seats(read_as):
    text = "The Greens and the Liberal Democrats, who between them hold 19 seats, will talk first."
    assert figure(read_as, "g.txt", text, "19").kind == Kind.COMBINED_SEATS


def test_seats_added_up_with_plus(read_as):
    text = "Labour's 30 seats, plus the Greens' six and the SNP's two, give the bloc 38 seats."
    assert all(c.subject is None for c in claims_in(read_as, "p.txt", text) if c.text == "38")


def test_a_lead_by_one_seat_is_no_tally(read_as):
    text = "ELMDALE (55 seats)\nLabour 22, Conservative 21, Green 12\nLabour stay the largest group - by one seat.\n"
    assert all(c.text != "one" for c in claims_in(read_as, "e.txt", text))


def test_a_final_standings_list_is_seats(read_as):
    text = "FINAL STANDINGS\nLiberal 38\nNDP 33\nGreen 3\nTotal 74 (38 needed for a majority)\n"
    assert figure(read_as, "s.txt", text, "33").kind == Kind.SEATS


# Which body


def test_sentences_after_a_council_sentence_stay_the_councils(check_as):
    text = ("Labour is the largest party in Wales's councils, winning 526 of the 1,234 council seats. Plaid Cymru took "
            "202 and the Conservatives 111. Independents won 315.")
    assert "seat-sum" not in rules(check_as({"w.txt": text}))


def test_another_body_s_members_in_a_nation_are_not_its_commons_seats(check_as):
    text = ("Across Scotland, the Greens grew their Holyrood group from six MSPs to eight, while the SNP, with 64, "
            "stayed largest. Labour won 22.")
    assert "seat-sum" not in rules(check_as({"s.txt": text}))


def test_the_home_chamber_named_in_an_article_about_a_devolved_one(read_as):
    text = ("## Senedd election\n\nLabour won 30 of the Senedd's 60 seats.\n\nAt Westminster, Wales's 40 MPs divide 22 "
            "Labour and 14 Conservative.")
    assert figure(read_as, "w.md", text, "14").scope != "senedd"


def test_a_chamber_with_so_many_members_is_its_size(read_as):
    text = "In the Dáil, with 174 members, Fianna Fáil has 48 seats."
    assert figure(read_as, "d.txt", text, "174").kind == Kind.TOTAL_SEATS


def test_a_whole_in_a_quote_sizes_no_body(read_as):
    text = "Mr Ross said Labour had \"won two out of three in a hard year\"."
    assert all(c.kind != Kind.TOTAL_SEATS for c in claims_in(read_as, "q.txt", text))


def test_a_party_named_for_a_body_is_a_party(read_as):
    text = "KELBY (Senedd constituency)\nAnn Lowe (Lab) 10,204 - 41.0%\nAbolish the Welsh Assembly 804 - 3.2%\nGreen 702 - 2.8%\n"
    claims = claims_in(read_as, "k.txt", text)
    assert the(claims, "3.2").subject == "Abolish the Welsh Assembly" \
        and all(c.kind != Kind.SEATS for c in claims if c.text in ("702", "804"))


# Which election, count or race


def test_a_paragraph_opened_by_an_earlier_year(read_as):
    text = ("Reform won the seat with 14,800 votes.\n\nIn 2019 the Conservatives' Ian Platt won with 21,330 votes. The "
            "Brexit Party's Ann Cole took 6,120, and the Greens 1,990.")
    assert figure(read_as, "y.txt", text, "6,120").year == 2019 and figure(read_as, "y.txt", text, "14,800").year is None


def test_a_later_time_in_the_paragraph_is_not_the_earlier_year(read_as):
    text = "In 2019 Labour won 38.2% here. Five years later its share had fallen to 29.0%."
    assert figure(read_as, "l.txt", text, "29.0").year != 2019


def test_a_heading_of_a_superseded_count_over_its_list(read_as):
    text = ("RECOUNT\nAnn Lowe 1,010; Ian Platt 1,006. Majority 4.\n\nFIRST COUNT (superseded)\nAnn Lowe 1,011; Ian "
            "Platt 1,009.\n")
    assert figure(read_as, "r.txt", text, "1,009").round == "provisional"


def test_a_lead_in_fractions_of_a_vote_is_a_later_stage_s(read_as):
    text = "Ms Kerr led by 211 first preferences and by 12.40 votes at stage four, but lost by 3.15."
    claims = claims_in(read_as, "f.txt", text)
    assert the(claims, "12.40").round is not None and the(claims, "3.15").round == "final"


def test_two_races_each_with_a_winner_are_not_one(check_as):
    text = ("In the race for governor, Democrat Ann Lowe defeated Republican Ian Platt by 54.0% to 44.5%, a margin of "
            "9.5 points.\n\nIn the Senate race, Republican Tom Hale beat Democrat Jo Reyes 50.4% to 48.1%, a gap of "
            "2.3 points.")
    assert not rules(check_as({"r.txt": text}))


# Whose figure


def test_the_seats_a_party_needs_are_a_target(check_as):
    text = "Labour won 41 of the 81 seats, one more than the 40 seats a party needs for a majority on the 81-seat council."
    assert "majority-target" in rules(check_as({"t.txt": text}))


def test_a_shortfall_after_a_score_of_seats_is_the_first_side_s(check_as):
    text = "In the 40-seat council the Greens won 18 seats to Labour's 15, three short of the 21 needed."
    assert "threshold" not in rules(check_as({"s.txt": text}))


def test_a_record_beaten_by_so_many_votes_is_no_margin(read_as):
    text = "The previous record swing was at Selby. Kelby beats that by 2,310 votes."
    assert all(c.kind not in (Kind.MARGIN, Kind.MAJORITY) for c in claims_in(read_as, "r.txt", text))


def test_a_count_more_than_the_rivals_combined_is_no_lead(read_as):
    text = "Ms Lowe's 41,200 votes were more than those of her three rivals combined."
    assert figure(read_as, "c.txt", text, "41,200").kind == Kind.VOTES
