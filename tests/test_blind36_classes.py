"""Classes of false error and miss found on blind set 36 (UK copy of every kind; held out last session, read this one),
each tested in fresh wording: the set's own sentences are not used here."""

from __future__ import annotations

from findings_of import errors, the

from checker.model import Kind, Modality


def claims_in(read_as, name: str, text: str):
    return list(read_as({name: text})[0].claims)


# -- which seat: a section heading names it ---------------------------------------------------------------------


WARDS = ("# Hallbrook borough results\n\n## Abbey ward\n\nMaria Fenn (Labour) 1,402\nColin Webb (Conservative) 1,118\n\n"
         "Turnout: 28.4%.\n\n## Castle ward\n\nJoan Pryor (Conservative) 1,250\nAsif Malik (Labour) 1,207\n\n"
         "Turnout: 30.9%.\n")


def test_a_section_heading_names_the_ward_of_the_lines_below_it(read_as):
    """'## Castle ward' over a results list: its lines and its turnout are Castle's (a venue's word in a ward's name)."""
    cs = claims_in(read_as, "w.md", WARDS)
    assert the(cs, "1,402").place == "Abbey" and the(cs, "28.4").place == "Abbey"
    assert the(cs, "1,250").place == "Castle" and the(cs, "30.9").place == "Castle"


def test_two_wards_turnouts_under_their_headings_are_not_one_figure(check_as):
    assert errors(check_as({"w.md": WARDS})) == []
    # … and a slip under one heading is still found, in its own ward
    slip = WARDS.replace("Turnout: 30.9%.", "Joan Pryor's majority was 53.")
    assert [f.location.line for f in errors(check_as({"w.md": slip}), "majority-arithmetic")] == [15]


def test_a_heading_with_no_seat_ends_the_last_heading_s_reach(read_as):
    text = WARDS + "\n## Across the borough\n\nTurnout: 29.6%.\n"
    assert the(claims_in(read_as, "w.md", text), "29.6").place is None


def test_an_html_heading_over_a_table_and_its_totals_line(read_as):
    text = ("<html><body><h2>Priory ward (two seats)</h2><table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Ann Lowe</td><td>Labour</td><td>980</td></tr><tr><td>Sam Tate</td><td>Green</td><td>811</td></tr>"
            "</table><p>Electorate: 6,120. Turnout: 26.0%.</p><h2>Mill ward</h2><table><tr><th>Candidate</th>"
            "<th>Party</th><th>Votes</th></tr><tr><td>Raj Bains</td><td>Labour</td><td>1,044</td></tr></table>"
            "<p>Turnout: 24.1%.</p></body></html>")
    cs = claims_in(read_as, "w.html", text)
    assert the(cs, "26.0").place == "Priory" and the(cs, "24.1").place == "Mill"


def test_a_capitals_heading_over_a_dateline_is_no_seat(read_as):
    text = ("READERS' EDITOR\n\nThe Northgate Herald, Monday 8 July 2024\n\nOur report of the Eastmoor result gave the "
            "winner's majority as 2,410. It was 2,140.\n")
    assert all(c.place != "Readers' Editor" for c in claims_in(read_as, "c.txt", text))


# -- which count: forecasts, notional results, list votes --------------------------------------------------------


def test_a_forecast_heading_a_sentence_governs_all_its_figures(read_as):
    text = ("The last YouGov model, published on the Wednesday before the vote and based on 35,000 interviews, had "
            "Labour on 425 seats, give or take 20, with the Conservatives on 108. It put the Liberal Democrats on 64."
            "\n\nOn the night Labour won 411 seats and the Conservatives 121.\n")
    cs = claims_in(read_as, "p.txt", text)
    assert {the(cs, t).modality for t in ("425", "108", "64")} == {Modality.FORECAST}
    assert the(cs, "411").modality == Modality.ACTUAL


def test_a_forecast_and_the_result_are_not_one_figure(check_as):
    text = ("Projections and results\n\n"
            "The final seat projection put Labour on 418 and, after some hedging over Scotland, the SNP on 19. It gave "
            "Reform UK four.\n\nIn the event Labour won 411 seats, the SNP nine and Reform UK five.\n")
    assert errors(check_as({"p.txt": text})) == []


def test_a_range_of_shares_is_no_figure(read_as):
    text = "The polls had the Greens at 6 to 8 per cent and Labour on 38 to 41 per cent."
    assert claims_in(read_as, "r.txt", text) == []


def test_a_table_captioned_as_a_projection_is_a_forecast_and_still_adds_up(check_as, read_as):
    text = ("<html><body><h1>Exit poll</h1><table><caption>Exit poll forecast, seats</caption>"
            "<tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>398</td></tr>"
            "<tr><td>Conservative</td><td>160</td></tr><tr><td>Liberal Democrat</td><td>55</td></tr>"
            "<tr><td>Others</td><td>47</td></tr></table></body></html>")
    cs = claims_in(read_as, "e.html", text)
    assert the(cs, "398").modality == Modality.FORECAST
    # 398 + 160 + 55 + 47 = 660, more than the Commons' 650 (a forecast's seats add up too)
    assert [f.rule for f in errors(check_as({"e.html": text}))] == ["seat-sum"]
    assert errors(check_as({"e.html": text.replace(">47<", ">37<")})) == []


def test_a_notional_result_heading_its_clause_is_the_last_election_s(read_as):
    text = ("Labour's Ruth Ames won the new Bramford seat with 17,020 votes to 15,488 for the Conservative. Estimates of "
            "the notional result on the new boundaries, drawn up by two academics, gave the Conservatives a lead of "
            "about 6,000.\n")
    cs = claims_in(read_as, "n.txt", text)
    assert the(cs, "6,000").modality == Modality.HISTORICAL


def test_a_notional_figure_and_the_last_election_s_own_count_are_two_figures(check_as):
    text = ("The Liberal Democrats won 72 seats, up from 11 at the 2019 election. Notional results for the new "
            "boundaries, which put them on eight seats in 2019, make the gain 64.\n")
    assert errors(check_as({"n.txt": text}), "agreement") == []


def test_a_holyrood_regional_list_table_is_another_ballot_than_the_constituency(check_as):
    text = ("## Loch Avon: SNP hold\n\n| Candidate | Party | Votes | % |\n|---|---|---:|---:|\n"
            "| Ailsa Mair | SNP | 15,004 | 47.2 |\n| Rory Dunn | Conservative | 11,300 | 35.5 |\n"
            "| Jan Kerr | Labour | 5,496 | 17.3 |\n\n### Regional list vote in Loch Avon\n\n| Party | Votes | % |\n"
            "|---|---:|---:|\n| SNP | 13,120 | 41.3 |\n| Conservative | 11,002 | 34.6 |\n| Labour | 5,110 | 16.1 |\n"
            "| Green | 2,570 | 8.1 |\n")
    assert errors(check_as({"h.md": text})) == []


def test_a_share_whose_preferences_were_passed_on_is_a_first_count_s(read_as):
    text = ("Mr Lowe led on primaries with 41.0 per cent to Ms Tran's 35.2 per cent. With One Nation on 9.8 per cent, "
            "and its preferences splitting evenly, the result on the two-candidate-preferred count came down to the "
            "Greens.\n")
    assert the(claims_in(read_as, "a.txt", text), "9.8").round != "final"


# -- whose figure, and is it one ---------------------------------------------------------------------------------


def test_a_hoped_for_place_is_no_finishing_place(read_as):
    text = ("Sam Orr (Lib Dem) 12,044\nKate Bird (Conservative) 10,310\nTom Hale (Labour) 4,920\n\n"
            "The Labour Party, which was aiming to finish second, came third.\n")
    ranks = [c for c in claims_in(read_as, "r.txt", text) if c.kind == Kind.RANK]
    assert [c.text for c in ranks] == ["third"]


def test_a_share_of_a_spending_limit_is_no_vote_share(read_as):
    text = "Ms Khan spent £11,200 on her campaign, or 58.3% of the £19,210 limit, against 39.1% of the vote she won."
    assert [c.text for c in claims_in(read_as, "s.txt", text) if c.kind == Kind.SHARE] == ["39.1"]


def test_clearing_a_threshold_by_some_votes_is_no_margin(read_as):
    text = "The Reform candidate kept her deposit, passing the 5% threshold by just 41 votes."
    assert [c for c in claims_in(read_as, "d.txt", text) if c.kind == Kind.MARGIN] == []


def test_the_number_in_a_measure_s_name_is_no_majority(read_as):
    text = "# Yes majority not enough for Question 12\n\n- Yes: 804,112 (52.1%)\n- No: 739,020 (47.9%)\n"
    assert [c for c in claims_in(read_as, "m.md", text) if c.kind == Kind.MAJORITY] == []


def test_a_byline_is_no_antecedent_for_she(check_as):
    text = ("By Clare Hughes\n\nLabour's Nadia Rahim polled 16,880 votes. The Conservative, Peter Shaw, was second "
            "with 15,102.\n\nHer majority of 1,878 is the smallest in the county.\n")
    # 16,880 − 15,102 = 1,778: an error, not a guess about whose "Her" it is
    assert [f.location.line for f in errors(check_as({"b.txt": text}), "majority-arithmetic")] == [5]


def test_a_change_told_in_millions_is_within_its_rounding(check_as):
    text = ("| | 2019 | 2024 |\n|---|---:|---:|\n| Conservative votes | 13,966,454 | 6,828,925 |\n\n"
            "The Conservative vote fell by 7.1 million.\n")
    assert errors(check_as({"m.md": text}), "direction") == []
    assert errors(check_as({"m.md": text.replace("7.1 million", "7.4 million")}), "direction")


def test_one_name_in_two_seats_with_two_parties_is_two_people(check_as):
    texts = {"a.txt": "Abbey ward result\n\nPeter Lang (Green) 1,310\nSue Moss (Labour) 1,206\n",
             "b.txt": "Moorside ward result\n\nPeter Lang (Conservative) 998\nAnne Cole (Labour) 1,412\n"}
    assert [f for f in check_as(texts).findings if f.rule == "affiliation"] == []


# -- groups of seats ----------------------------------------------------------------------------------------------


def test_a_tally_of_the_seats_a_paragraph_names_is_those_seats_not_the_commons(check_as):
    texts = {"live.md": "**05:40** — All four seats in the county have now declared. Final tally: Labour three, "
                        "Conservatives one.\n",
             "national.txt": "Labour won 411 seats at the 2024 general election and the Conservatives 121.\n"}
    assert errors(check_as(texts)) == []


def test_a_handful_of_county_seats_under_a_district_council_s_heading(check_as):
    text = ("ASHMOOR DISTRICT COUNCIL (45 seats)\nConservative 24\nLabour 12\nLiberal Democrat 9\n\n"
            "Ashmoor is covered by eight of the county's 84 divisions. The Conservatives won five of those eight "
            "county seats.\n")
    assert errors(check_as({"c.txt": text})) == []


def test_the_parties_of_a_region_are_not_the_region_s_seats(read_as):
    text = ("The model suggests Labour would win 402 seats and the Conservatives 170, with 20 seats left to the "
            "Speaker and Northern Ireland's parties.")
    cs = claims_in(read_as, "m.txt", text)
    assert the(cs, "170").scope is None
