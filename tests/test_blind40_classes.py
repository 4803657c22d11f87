"""Classes of failure found on blind set 40 (a mixed archive written blind last session and never read until this
one), each tested in fresh wording."""

from __future__ import annotations

from findings_of import claims_in, errors, rules

from checker.model import Kind




LEAGUE = ("Four gains from the Conservatives since 2019, with the winner's change in share and the Conservatives'.\n\n"
          "Holbrook Edge (May 2021), Lab gain from Con: Lab 47.0% (+15.0), Con 33.0% (-21.0). Swing 18.0 points.\n"
          "Tarnwick (June 2022), LD gain from Con: LD 44.0% (+30.0), Con 30.0% (-24.0). Swing 27.0 points.\n"
          "Ellerby Cross (July 2023), Lab gain from Con: Lab 50.0% (+22.0), Con 25.0% (-20.0). Swing 21.0 points.\n")


def test_a_league_table_s_lines_are_each_their_own_seat(check_as):
    assert rules(check_as({"l.txt": LEAGUE})) == []
    wrong = LEAGUE.replace("Swing 21.0 points", "Swing 19.0 points")  # (22.0 + 20.0) / 2 = 21.0
    assert rules(check_as({"l.txt": wrong})) == ["swing"]


LIVE = ("# Live: the Arizona Senate count\n\n"
        "**Tuesday 9:10 p.m.** With an estimated 48% of the expected vote counted, Republican Dale Ortega leads "
        "Democrat Ruth Ames 812,400 to 790,110.\n\n"
        "**Wednesday 11:00 a.m.** With about 97% of the expected vote in, Ames has 1,402,300 votes to Ortega's "
        "1,377,900.\n\n"
        "Ames's lead is 24,400 votes.")


def test_running_tallies_are_not_the_count_the_last_one_is(check_as):
    assert errors(check_as({"v.md": LIVE})) == []
    assert rules(check_as({"v.md": LIVE.replace("lead is 24,400", "lead is 42,400")})) == ["majority-arithmetic"]


def test_a_list_of_margins_and_seats_told_respectively(check_as):
    text = ("Labour gained Ashby and Kirkgate from the Liberal Democrats by margins of 61 and 18 votes respectively.\n\n"
            "| Ward | Winner | Votes | Runner-up | Votes | Majority |\n|---|---|---:|---|---:|---:|\n"
            "| Ashby | Lab | 900 | LD | 839 | 61 |\n| Kirkgate | Lab | 1,020 | LD | 1,002 | 18 |\n")
    assert errors(check_as({"r.md": text})) == []


def test_a_ward_by_election_heading_in_capitals_starts_its_own_list(check_as):
    text = ("HIGHFIELD WARD (two seats)\nAnne Roy (Labour) 1,500 ELECTED\nBen Tate (Labour) 1,400 ELECTED\n"
            "Cara Lin (Green) 1,380\n\nMOORSIDE WARD BY-ELECTION (one seat)\nDev Shah (Labour) 900 ELECTED\n"
            "Eve Hart (Green) 850\n")
    assert errors(check_as({"w.txt": text})) == []


def test_namesakes_in_one_seat_are_told_apart_by_given_name_and_title(check_as, read_as):
    text = ("<h1>Labour's Gill takes Oxley Marsh</h1>\n<p>Harpreet Gill has won Oxley Marsh for Labour.</p>\n"
            "<p>Mr Gill finished 4,000 votes ahead of the Conservative, Tom Bale.</p>\n"
            "<p>The Green candidate, Susan Gill - no relation - came fourth.</p>\n"
            "<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Harpreet Gill</td><td>Labour</td><td>20,000</td></tr>"
            "<tr><td>Tom Bale</td><td>Conservative</td><td>16,000</td></tr>"
            "<tr><td>Ann Reed</td><td>Reform UK</td><td>9,000</td></tr>"
            "<tr><td>Susan Gill</td><td>Green</td><td>2,100</td></tr></table>\n")
    assert errors(check_as({"g.html": text})) == []
    lead = next(c for c in read_as({"g.html": text})[0].claims if c.text == "4,000")
    assert lead.subject == "Harpreet Gill"


def test_a_month_before_the_year_dates_the_figure(read_as):
    c = next(c for c in claims_in(read_as, "d.txt", "The Conservatives now have 121 seats, down 244 on the 365 they "
                                                    "won in December 2019.") if c.text == "365")
    assert c.year == 2019


def test_heading_in_capitals_over_its_outcome_and_list_names_the_seat(check_as):
    text = ("DECLARATIONS\n\nOAKFIELD\nLab gain from Con\nAnn Bray (Lab) 20,000 (45.0%)\nTim Cole (Con) 15,000 (33.8%)\n"
            "Lab majority 5,000. Turnout 60.0%.\n\nPINE HILL\nCon hold\nSue Lowe (Con) 18,000 (40.0%)\n"
            "Raj Dutt (Lab) 17,000 (37.8%)\nCon majority 1,000. Turnout 65.0%.\n")
    assert errors(check_as({"d.txt": text})) == []


def test_another_country_s_parliament_is_not_the_copy_s_own(check_as):
    au = "Labor won 94 of the 150 seats in the House of Representatives, a clear majority."
    abroad = ("In Germany the SPD took 206 of the 736 seats in the Bundestag, and in Sweden the Social Democrats won "
              "107 of the 349 seats in the Riksdag.")
    assert errors(check_as({"a.txt": au, "b.txt": "Labor's Anthony Albanese said … " + abroad})) == []


def test_a_third_of_the_council_s_seats_and_its_new_make_up(check_as):
    text = ("Labour won eight of the 12 seats up for election in Ashgrove on Thursday.\n\n"
            "## Seats won this year\n\n- Labour 8\n- Conservative 3\n- Green 1\n\n"
            "**The new council:** Labour 20, Conservatives 12, Greens 4 - 36 seats in all.\n")
    assert errors(check_as({"c.md": text})) == []
    assert rules(check_as({"c.md": text.replace("Greens 4 -", "Greens 5 -")})) == ["seat-sum"]


def test_a_place_that_has_n_councillors_sizes_its_council(check_as):
    text = "Brindle Vale has 48 councillors, so 23 are needed for a majority."
    assert rules(check_as({"b.txt": text})) == ["majority-target"]


def test_an_alliance_s_seats_are_its_partners_together(check_as):
    text = ("Dunfield has 40 councillors. Labour 17, Conservatives 15, Lib Dems 6, Greens 2.\n\n"
            "1. An alliance of Labour, the Lib Dems and the Greens: 25 seats.\n"
            "2. A Conservative and Lib Dem arrangement: 21 seats.\n")
    assert [f for f in errors(check_as({"d.md": text})) if f.rule == "seat-sum"] == []


def test_a_riding_named_with_a_dash_heads_its_list(check_as):
    text = ("ONTARIO RESULTS\n\nMaple Ridge—Cedar Falls\n  Ann Roy (PC) 20,000\n  Ben Tate (Liberal) 18,000\n"
            "  Majority: 2,000\n\nBirch Lake\n  Cara Lin (NDP) 15,000\n  Dev Shah (PC) 14,000\n  Majority: 1,000\n")
    assert errors(check_as({"o.txt": text})) == []
    assert rules(check_as({"o.txt": text.replace("Majority: 2,000", "Majority: 2,200")})) == ["majority-arithmetic"]


def test_votes_to_the_count_of_a_rival(read_as):
    c = next(c for c in claims_in(read_as, "v.txt", "Ms Ray polled 21,004 votes to the 17,560 of Conservative Hugh "
                                                    "Dale.") if c.text == "17,560")
    assert (c.kind, c.subject) == (Kind.VOTES, "Hugh Dale")


def test_the_predecessor_seat_of_a_place_is_not_this_one(read_as):
    text = ("Labour's Joy Orr has won the new Kelby and Marsh constituency. Ms Orr polled 18,000 votes to the 15,000 "
            "of Conservative Ian Platt, who had represented the predecessor seat of Old Kelby since 2015.")
    c = next(c for c in claims_in(read_as, "k.txt", text) if c.text == "15,000")
    assert c.place != "Old Kelby"


def test_a_change_from_one_share_to_another_with_per_cent_signs(check_as):
    text = "In Brookmere, Labour's share rose 7.1 points, from 22.5% to 30.6%."
    assert rules(check_as({"s.txt": text})) == ["direction"]  # 30.6 − 22.5 = 8.1


def test_a_change_in_seats_told_with_where_it_went_from_and_to(check_as):
    assert rules(check_as({"a.txt": "Democrats made a net gain of five seats to go from 51 to 56."})) == []
    assert rules(check_as({"a.txt": "Democrats made a net gain of eight seats to go from 51 to 56."})) == ["direction"]
    assert rules(check_as({"b.txt": "Labour are up eight seats to 30 from 23 on the council."})) == ["direction"]


def test_provisional_ballots_are_no_provisional_count(check_as):
    text = ("Democrat Ana Ruiz won Ohio's 9th District by 3,210 votes after officials finished counting absentee and "
            "provisional ballots. Ruiz finished with 150,300 votes to Republican Tom Dale's 147,090.")
    assert errors(check_as({"o.txt": text})) == []
    assert rules(check_as({"o.txt": text.replace("by 3,210", "by 3,120")})) == ["majority-arithmetic"]


def test_what_a_correction_says_the_copy_called_the_result_is_taken_back(check_as):
    text = ("Conservatives hold Millfield\n\nThe Conservatives have held Millfield ward, with Joan Pike winning by 90 "
            "votes. The by-election followed the death of the Conservative councillor Ray Long, who had held the seat "
            "since 2008.\n\nJoan Pike (Con) 800\nAl Ross (Lab) 710\n\n*Correction: an earlier version of this article "
            "described the result as a Conservative gain.*")
    assert errors(check_as({"m.md": text})) == []


def test_the_gap_when_a_recount_was_asked_for_is_the_first_count_s(check_as):
    text = ("**05:10** - **HOLLOW END: CON HOLD, after recount.** Ann Bray keeps the seat by 60 votes: 12,060 to "
            "12,000.\n\n**03:00** - Recount under way at Hollow End. Labour asked for it; the returning officer agreed "
            "because the gap was under 100.")
    assert errors(check_as({"h.md": text})) == []
