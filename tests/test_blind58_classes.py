"""Classes of failure found on blind set 58 (a Welsh and Scottish regional press group's and a London evening paper's
coverage, and a weekly magazine's explainers, 2010 to 2025: London boroughs and the Assembly, Senedd and Holyrood lists,
Welsh and Scottish seats, council by-election round-ups, referendums by council area, leadership ballots, and Irish,
Canadian, Australian, US, German and Dutch results), written blind at the start of 7 December (fifth), scored untouched
on that session's starting code and again once set 57's classes were in, then read; each tested in fresh wording,
never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules, the

from checker.model import Kind, Modality


def test_a_referendum_s_counting_area_is_not_the_seat_of_its_name(check_as):
    texts = {
        "seat.md": ("## Kelby – Labour hold\n\n- Ann Lowe (Labour) – 9,442 (44.9%)\n- Tom Hale (Plaid Cymru) – 8,790 "
                    "(41.8%)\n- Jo Reyes (Conservative) – 2,800 (13.3%)\n\nMajority: 652.\n\n*8 May 2016*\n"),
        "ref.md": ("*24 June 2016*\n\n| Area | Remain | Leave | Remain % | Leave % |\n|---|---|---|---|---|\n"
                   "| Kelby | 14,215 | 22,587 | 38.6 | 61.4 |\n| Dunmore | 30,100 | 29,020 | 50.9 | 49.1 |\n"),
    }
    assert "majority-arithmetic" not in rules(check_as(texts))  # 9,442 − 8,790 = 652: Leave's count is no rival's


def test_a_caption_of_a_council_then_its_ward_names_the_ward(read_as):
    text = ("<table><caption>Kelby, Castle Mead</caption><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Ann Lowe</td><td>Labour</td><td>1,210</td></tr><tr><td>Tom Hale</td><td>Green</td><td>904</td>"
            "</tr></table>\n<table><caption>Dunmore, Abbey Fields</caption><tr><th>Candidate</th><th>Party</th>"
            "<th>Votes</th></tr><tr><td>Jo Reyes</td><td>Conservative</td><td>688</td></tr><tr><td>Amy Tull</td>"
            "<td>Labour</td><td>512</td></tr></table>")
    claims = claims_in(read_as, "r.html", text)
    assert the(claims, "1,210").place == "Castle Mead" and the(claims, "688").place == "Abbey Fields"


def test_a_candidates_table_with_a_column_for_each_election(check_as, read_as):
    text = ("## Kelby: Labour hold\n\n| Candidate | Party | 2021 | % | 2016 | % |\n|---|---|---:|---:|---:|---:|\n"
            "| Ann Lowe | Labour | 61,400 | 50.3 | 55,010 | 48.0 |\n| Tom Hale | Conservative | 30,200 | 24.7 | 31,990 | 27.9 |\n"
            "| Total | | 122,060 | | 114,600 | |\n\nMs Lowe polled 64,100 votes, her best result.\n")
    claims = claims_in(read_as, "t.md", text)
    assert the(claims, "55,010").kind == Kind.VOTES and the(claims, "55,010").year == 2016
    assert the(claims, "48.0").year == 2016
    assert "agreement" in rules(check_as({"t.md": text}))  # 64,100 in the prose, 61,400 in the table


def test_seats_of_them_are_some_seats_not_a_party_s_tally(check_as):
    text = ("The seat is one of 14 that elect a member directly. Labour won nine of them, the Conservatives five. "
            "Labour has 12 members in all in the 25-seat assembly.")
    assert "agreement" not in rules(check_as({"o.txt": text}))


def test_a_span_of_time_after_over_is_no_lead(read_as):
    text = "The chamber took 44 ballots over three days to choose its Speaker."
    assert not [c for c in claims_in(read_as, "s.txt", text) if c.kind == Kind.MARGIN]


def test_the_region_s_members_are_the_region_s(check_as):
    texts = {
        "a.txt": "In all, the region now has 12 MSPs: SNP 6, Conservative 4, Labour 2.",
        "b.txt": "Across Scotland the Conservatives won 31 seats and Labour 22.",
    }
    assert "agreement" not in rules(check_as(texts))


def test_all_the_seats_of_a_ward_are_no_party_s(read_as):
    text = "Their worst loss was Kelby Park, a three-member ward where all three seats changed hands."
    assert not [c for c in claims_in(read_as, "w.txt", text) if c.kind == Kind.SEATS]


def test_both_sides_of_a_count_after_preferences_are_final(read_as):
    text = ("After the distribution of preferences, Labor's Ann Lowe finished with 30,104 votes (52.2 per cent) to "
            "27,566 (47.8 per cent) for the Liberals' Tom Hale.")
    claims = claims_in(read_as, "p.txt", text)
    assert the(claims, "30,104").round == "final" and the(claims, "27,566").round == "final"


def test_a_share_of_the_two_party_vote_in_copy_of_preferences_is_the_final_count_s(read_as):
    text = ("After preferences were distributed Labor held Kelby. In 2018 Labor won the seat with 57.3 per cent of the "
            "two-party vote.")
    assert figure(read_as, "t.txt", text, "57.3").round == "final"
    us = "Rep. Ann Lowe won re-election with 54.6% of the two-party vote."
    assert figure(read_as, "u.txt", us, "54.6").round is None  # (no preferences: the only count there is)


def test_the_union_s_seats_are_its_two_parties_together(check_as):
    text = ("| Party | Seats |\n|---|---|\n| CDU/CSU | 208 |\n| SPD | 120 |\n\n"
            "The CDU has 164 of the Union's seats and its Bavarian sister, the CSU, 44.")
    assert "agreement" not in rules(check_as({"u.md": text}))


def test_a_total_row_takes_its_column_s_year(read_as):
    text = ("| Party | Seats 2025 | Seats 2021 |\n|---|---|---|\n| SPD | 120 | 206 |\n| AfD | 152 | 83 |\n"
            "| **Total** | **630** | **736** |\n")
    claims = claims_in(read_as, "t.md", text)
    assert the(claims, "736", Kind.TOTAL_SEATS).year == 2021


def test_a_results_table_without_headings_and_with_shares(check_as):
    text = ("<h2>Kelby <small>Con gain from SNP</small></h2>\n<table>\n<tr><td>Ann Lowe</td><td>Conservative</td>"
            "<td>18,291</td><td>37.1</td></tr>\n<tr><td>Tom Hale</td><td>SNP</td><td>18,143</td><td>36.8</td></tr>\n"
            "<tr><td>Labour</td><td></td><td>10,902</td><td>22.1</td></tr>\n</table>\n<p>Majority: 184.</p>\n")
    assert "majority-arithmetic" in rules(check_as({"k.html": text}))  # 18,291 − 18,143 = 148


def test_the_seat_on_the_line_over_a_table_is_the_table_s(read_as):
    text = ("<h2>Ochil and South Perthshire <small>SNP hold</small></h2>\n<table>\n<tr><td>Ann Lowe</td><td>SNP</td><td>21,804</td>"
            "<td>42.3</td></tr>\n<tr><td>Tom Hale</td><td>Conservative</td><td>21,783</td><td>42.3</td></tr>\n</table>\n"
            "<p>Majority: 21.</p>\n<h2>Stirling <small>Con gain from SNP</small></h2>\n<table>\n<tr><td>Jo Reyes</td>"
            "<td>Conservative</td><td>18,291</td><td>37.1</td></tr>\n<tr><td>Amy Tull</td><td>SNP</td><td>18,143</td>"
            "<td>36.8</td></tr>\n</table>\n<p>Majority: 148.</p>\n<p>Ochil and South Perthshire was the closest "
            "result; the Ochil and South Perthshire count ran past dawn.</p>\n")
    assert figure(read_as, "d.html", text, "18,291").place == "Stirling"


def test_a_german_story_s_seats_are_the_bundestag_s(check_as):
    text = ("BERLIN - The new Bundestag will have 630 members. The seats divide as follows:\n\n"
            "SPD 120\nCDU/CSU 208\nAfD 152\nGreens 85\nLeft 64\nSSW 1\n")
    assert "seat-sum" not in rules(check_as({"g.txt": text}))  # 630: never the Commons' 650


def test_a_chamber_that_swells_to_a_record_size(read_as):
    text = "SPD edges conservatives as Bundestag swells to record 736 seats"
    assert figure(read_as, "h.txt", text, "736").kind == Kind.TOTAL_SEATS


def test_a_change_drawn_as_an_arrow(read_as):
    text = "Seats, 2014 to 2019:\nUKIP 3 -> 0\nLabour 2 -> 1\nGreen 0 → 1\n"
    claims = claims_in(read_as, "a.txt", text)
    earlier = [c for c in claims if c.subject == "Labour" and c.text == "2"]
    later = [c for c in claims if c.subject == "Labour" and c.text == "1"]
    assert earlier and earlier[0].modality == Modality.HISTORICAL
    assert later and later[0].kind == Kind.SEATS and later[0].modality == Modality.ACTUAL


def test_a_results_line_of_a_party_we_do_not_know_names_its_candidate(read_as):
    text = "Kelby Marsh result:\nRuth Okafor (Aspire) 2,018\nTom Hale (Lab) 1,710\nAnn Lowe (Green) 402\n"
    assert figure(read_as, "r.txt", text, "2,018").subject == "Ruth Okafor"


def test_a_body_that_has_grown_by_n_members(read_as):
    text = "Labour won 49 of the 75 seats on a council that has grown by six members since 2019."
    assert not [c for c in claims_in(read_as, "g.txt", text) if c.text == "six"]


def test_a_list_under_round_two_is_the_later_round_s(check_as):
    text = ("Ann Lowe is the party's new leader after beating Tom Hale by 1,120 votes in the second round.\n\n"
            "ROUND ONE\nAnn Lowe 10,400 (47.1%)\nTom Hale 9,100 (41.2%)\nJo Reyes 2,580 (11.7%)\n\n"
            "ROUND TWO (Reyes eliminated)\nAnn Lowe 11,600 (52.5%)\nTom Hale 10,480 (47.5%)\n\n"
            "Lowe's 1,210-vote margin was built on her first-round lead.\n")
    report = check_as({"l.txt": text})
    wrong = [f for f in report.findings if f.rule == "majority-arithmetic"]
    assert wrong and "11,600" in wrong[0].message and "10,480" in wrong[0].message  # the final round's pair


def test_a_round_up_s_stv_ward_leaves_its_other_wards_counted_once(check_as):
    text = ("# Council by-elections\n\n*Friday 15 March 2024*\n\n## Kelby, Marsh End – Green gain from Lab\n\n- Ann Lowe (Green) 1,104\n- Tom Hale (Lab) 1,140\n"
            "- Jo Reyes (Con) 388\n\n## Highland, Dunmore – LD gain from SNP\n\nSingle transferable vote; quota 1,476. "
            "The Liberal Democrat reached the quota at the fourth stage after the Green and Labour candidates were "
            "excluded.\n\nFirst preferences: SNP 1,012, LD 948, Lab 402.\n")
    assert "winner-has-most" in rules(check_as({"r.md": text}))  # Marsh End: 1,140 > 1,104


def test_its_share_after_a_sentence_about_one_party(check_as):
    text = "Labour won 27 of the 40 constituencies. Its share rose by 4.7 points, from 34.7 per cent to 39.9 per cent."
    assert "direction" in rules(check_as({"s.txt": text}))  # 39.9 − 34.7 = 5.2


def test_a_share_of_the_vote_rose_is_the_share_s_change(check_as):
    text = "Plaid's share of the constituency vote rose by 3.1 points, from 20.2 per cent to 24.3 per cent."
    assert "direction" in rules(check_as({"s.txt": text}))  # 24.3 − 20.2 = 4.1


def test_a_name_in_apposition_with_a_role_is_a_person(read_as):
    text = "Eirwen Gwilt, the former leader of the county council, took 10,950 votes to win the seat."
    assert figure(read_as, "p.txt", text, "10,950").subject == "Eirwen Gwilt"


def test_a_count_s_venue_is_no_seat(read_as):
    text = ("Labour's Ann Lowe has been elected mayor of the Wessex Combined Authority after second preferences.\n\n"
            "\"They put their second cross in the right box,\" Ms Lowe said at the Gloucester count.\n\n"
            "| Candidate | Party | 1st prefs | Final |\n|---|---|---|---|\n| Tom Hale | Conservative | 101,300 | 108,200 |\n"
            "| Ann Lowe | Labour | 99,800 | 110,950 |\n")
    assert figure(read_as, "v.md", text, "101,300").place != "Gloucester"


def test_a_known_seat_at_the_start_of_a_longer_name_is_not_that_seat(mentions_of):
    places = [m.name for m in mentions_of("Aberdeen South and North Kincardine\n\nThe SNP held the seat.")
              if m.kind == "place"]
    assert "Aberdeen South" not in places


def test_a_heading_over_a_results_table_names_its_seat(read_as):
    text = ("## Selected constituencies\n\n### Dunmore South and Kelby Vale\n\n| Ann Lowe | SNP | 16,201 | 44.3% |\n"
            "| Tom Hale | Con | 12,870 | 35.2% |\n| Jo Reyes | Lab | 5,122 | 14.0% |\n")
    assert figure(read_as, "h.md", text, "12,870").place == "Dunmore South and Kelby Vale"


def test_helped_by_n_transfers_is_no_margin(read_as):
    text = "The DUP's Ann Lowe followed at the sixth count with 8,585, helped by 1,400 transfers from the TUV."
    assert not [c for c in claims_in(read_as, "t.txt", text) if c.kind == Kind.MARGIN]


def test_what_a_majority_requires_is_no_majority_won(check_as):
    text = ("Ann Lowe won Kelby with 12,688 votes to Tom Hale's 10,140.\n\nAcross Wales Labour won 30 of the Senedd's "
            "60 seats, one short of an outright majority, which requires 31.")
    assert "majority-arithmetic" not in rules(check_as({"w.txt": text}))


def test_seats_between_them_after_a_target_are_the_two_together(read_as):
    text = ("Labour fell to 48 seats and the Greens kept 11. A majority now requires 62, and Labour and the Greens have 59 "
            "between them.")
    assert figure(read_as, "n.txt", text, "59").kind == Kind.COMBINED_SEATS


def test_a_dated_earlier_result_is_the_fact_that_election_s_story_gives(check_as):
    texts = {
        "then.md": ("*7 May 2021*\n\n## Kelby South\n\n| Candidate | Party | Votes |\n|---|---|---|\n"
                    "| Ann Lowe | SNP | 16,201 |\n| Tom Hale | Con | 12,870 |\n"),
        "now.md": ("*2 May 2026*\n\nAt the last Holyrood election, in May 2021, Ann Lowe held Kelby South with 16,201 "
                   "votes to the Conservative Tom Hale's 12,780.\n"),
    }
    assert "agreement" in rules(check_as(texts))  # 12,780 here, 12,870 in the 2021 story
