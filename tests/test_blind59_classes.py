"""Classes of failure found on blind set 59 (a Northern English evening paper's, an Irish daily's and a news agency's
coverage, 2005 to 2025: metropolitan wards, city-region mayors, Northern seats, Irish STV counts, leadership ballots, and
Indian, Japanese, Canadian, New Zealand and US results), written blind in the session of 7 December (fifth), never read
there, scored untouched at the start of the next session, then read; each tested in fresh wording, never the set's own
sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, rules, the

from checker.model import Kind


def test_a_lead_after_a_surplus_is_no_second_surplus(read_as):
    text = "Ms Kerr's surplus of 412 left Mr Doyle 27 ahead of Ms Walsh going into the last count."
    claims = claims_in(read_as, "c.txt", text)
    assert [c.text for c in claims if c.kind == Kind.SURPLUS] == ["412"]


def test_group_rows_in_one_table_set_each_seat_apart(read_as):
    text = ("# Two seats\n\n| Seat / candidate | Party | Votes |\n|---|---|---:|\n| Hallow Dene | | |\n"
            "| Ann Lowe | Lab | 9,412 |\n| Tom Hale | Con | 8,020 |\n| Brackwater Vale | | |\n"
            "| Jo Reyes | Con | 12,310 |\n| Amy Tull | Lab | 11,005 |\n")
    claims = claims_in(read_as, "t.md", text)
    assert the(claims, "9,412").place == "Hallow Dene"
    assert the(claims, "12,310").place == "Brackwater Vale"


def test_a_total_row_standing_alone_is_no_group(read_as):
    text = ("In Hallow Dene, Ann Lowe held on.\n\n| Candidate | Party | Votes |\n|---|---|---:|\n"
            "| Ann Lowe | Lab | 9,412 |\n| Tom Hale | Con | 8,020 |\n| Total | | |\n| Jo Reyes | Grn | 1,310 |\n")
    claims = claims_in(read_as, "t.md", text)
    assert the(claims, "1,310").place == the(claims, "9,412").place


def test_a_preliminary_table_is_the_prose_s_count_when_no_later_count_was_held(check_as):
    text = ("In Lakeview—Harbour, Priya Dutt won by 910 votes over Conservative Ray Olsen, who finished with "
            "20,410 votes. A judicial recount would apply only if the margin were under 0.1 per cent. Results are "
            "preliminary until validated.\n\nPreliminary results\n\n| Candidate | Party | Votes |\n|---|---|---:|\n"
            "| Priya Dutt | Lib | 21,050 |\n| Ray Olsen | Con | 20,140 |\n")
    report = check_as({"r.md": text})
    assert "agreement" in [f.rule for f in errors(report)]  # 20,410 in the prose, 20,140 in the table


def test_a_region_heading_scopes_the_table_under_it(check_as):
    text = ("# Results\n\nNationally the BJP won 240 of the 543 seats.\n\n### Karnataka, 28 seats\n\n"
            "| Party | Seats |\n|---|---:|\n| BJP | 17 |\n| Congress | 9 |\n| JD(S) | 2 |\n\n"
            "### Kerala, 20 seats\n\n| Party | Seats |\n|---|---:|\n| Congress | 14 |\n| BJP | 1 |\n| CPI(M) | 1 |\n"
            "| IUML | 2 |\n| Others | 2 |\n")
    report = check_as({"i.md": text})
    assert "seat-sum" not in rules(report) and "agreement" not in [f.rule for f in errors(report)]


def test_a_results_line_run_on_in_a_sentence_names_everyone(check_as):
    text = ("**02:10 — Kelby North: LAB HOLD**\nAnn Lowe (Lab) 18,204, Tom Lowe (Con) 17,110, Reform 6,020, "
            "Grn 1,900. Lab majority 1,904.\n")
    report = check_as({"l.md": text})
    assert "majority-arithmetic" in [f.rule for f in errors(report)]  # 18,204 − 17,110 = 1,094


def test_a_partner_s_seats_counted_in_make_a_sum(read_as):
    text = ("Labour won 49 seats and the Greens 15. With the Greens' 15 seats, Labour has 64, "
            "three short of the 67 needed.")
    claims = claims_in(read_as, "p.txt", text)
    assert the(claims, "64").kind == Kind.COMBINED_SEATS


def test_a_seat_named_by_its_last_seat_or_its_number_of_seats(read_as):
    text = ("Counting ended at dawn for the last seat in Carrow-Linn, where Sinn Féin's Aoife Dunne beat Fine Gael's "
            "Tom Nash by 22 votes. Earlier, Dunmarsh-Kell filled its four seats after nine counts.")
    claims = claims_in(read_as, "s.txt", text)
    assert the(claims, "22").place == "Carrow-Linn"
    four = the(claims, "four")
    assert four.kind == Kind.TOTAL_SEATS and four.scope == "Dunmarsh-Kell"


def test_a_numbered_entry_labels_its_seat(read_as):
    text = ("1. Carrow-Linn: Sinn Féin's late surge\n\nIn Carrow-Linn, Sinn Féin's Aoife Dunne beat Tom Nash by 22 "
            "votes on the ninth count.\n\n2. Dunmarsh-Kell: Fianna Fáil's 41.2 per cent\n\nIt was enough for two "
            "seats.\n")
    claims = claims_in(read_as, "e.txt", text)
    assert the(claims, "22").place == "Carrow-Linn" and the(claims, "41.2").place == "Dunmarsh-Kell"


def test_nationally_opening_a_sentence_without_a_comma_is_the_country(check_as):
    text = ("Bihar, which sends 40 lawmakers to the Lok Sabha, went its own way. The JD(U) won 12 seats in the "
            "state and the BJP 12.\n\nNationally the BJP won 240 seats, and the NDA as a whole has 293 seats.")
    assert "seat-sum" not in rules(check_as({"b.txt": text}))


def test_a_seat_named_in_passing_over_a_table_does_not_take_the_headline_s(check_as):
    text = ("# Fellbridge East: Labour gain\n\nLabour's Ann Lowe won the new Fellbridge East seat with a majority "
            "of 4,120.\n\nNot to be confused with the separate Fellbridge West seat, which the Conservatives held with "
            "a majority of 9,880.\n\n| Candidate | Party | Votes |\n|---|---|---:|\n| Ann Lowe | Lab | 18,040 |\n"
            "| Tom Hale | Con | 13,920 |\n| Jo Reyes | LD | 3,100 |\n")
    assert "majority-arithmetic" not in rules(check_as({"f.md": text}))


def test_a_caption_standing_alone_names_the_table_s_seat(check_as):
    text = ("<p>In the north, Conservative Ray Olsen won Kettle Falls by 8,120 votes over the NDP.</p>\n"
            "<table><caption>Saint-Luc–Rivière Nord</caption><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Anne Roy</td><td>BQ</td><td>21,400</td></tr><tr><td>Paul Roy</td><td>NDP</td><td>1,310</td></tr>"
            "</table>\n<table><caption>Kettle Falls</caption><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Ray Olsen</td><td>Con</td><td>30,100</td></tr><tr><td>Jan Lee</td><td>NDP</td><td>21,980</td></tr>"
            "</table>")
    assert "majority-arithmetic" not in rules(check_as({"c.html": text}))  # 30,100 − 21,980 = 8,120


def test_japan_s_lower_house_is_its_own(read_as):
    text = ("TOKYO (Wire) - The Liberal Democratic Party won 191 seats in the House of Representatives and Komeito 24, "
            "while the Constitutional Democratic Party of Japan took 148.")
    claims = claims_in(read_as, "j.txt", text)
    assert the(claims, "191").scope == "jp-house" and the(claims, "148").subject == "CDP (Japan)"


def test_two_states_races_are_two_contests(check_as):
    text = ("In Ohio, Democrat Jane Ruiz won 2,410,000 votes, or 55.0 percent, to 1,950,000, or 44.5 percent, for "
            "Republican Tom Beck, a margin of 10.5 points.\n\nIn Kansas, Republican Ann Dale beat Democrat Sam Ortiz "
            "by 120,400 votes. That is 52.9 percent to 46.1 percent, a margin of 6.8 points.\n")
    assert "lead-points" not in rules(check_as({"g.txt": text}))


def test_a_lead_in_the_polls_is_a_forecast(read_as):
    text = "Ms Ruiz won by 10.5 points, against a lead of around 3 points in most late polls."
    claims = claims_in(read_as, "p.txt", text)
    assert the(claims, "3").modality.value == "forecast"


def test_a_margin_column_in_points_is_no_vote_margin(read_as):
    text = ("| State | Democrat | Republican | Margin (pts) |\n|---|---|---|---|\n"
            "| Ohio | 2,410,000 (55.0%) | 1,950,000 (44.5%) | D +10.5 |\n")
    assert the(claims_in(read_as, "m.md", text), "+10.5").kind == Kind.MAJORITY_SHARE


def test_an_election_compared_with_is_not_the_one_reported(read_as):
    text = ("LONDON (Wire) - The Conservatives won 365 seats. They gained a net 48 seats compared with the 2017 "
            "election, when they won 317.")
    assert the(claims_in(read_as, "u.txt", text), "365").year is None
