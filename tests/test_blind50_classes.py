"""Classes of failure found on blind set 50 (a Sunday paper's and a data desk's archive across the English-speaking
world and Europe: a 2024 night with notional results, Holyrood lists, a Welsh town council, a Northern Ireland
council by STV, Canada, an Australian state, New Zealand, a French run-off, a Dutch coalition, union ballots),
written blind in the session of 7 December (second), never read there, read at the start of the session of
7 December (third); each tested in fresh wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, figure, rules, the

from checker.model import Kind, Modality


# Reading the figures


def test_a_cell_listing_several_counts_is_several_figures(read_as):
    text = ("| Candidate | Party | Votes |\n|---|---|---:|\n| Rhian Pugh | Plaid | 1,402 |\n"
            "| Liberal Democrat candidates | | 311, 287, 240 |\n")
    assert {c.text for c in claims_in(read_as, "t.md", text)} >= {"311", "287", "240"}


def test_a_space_slipped_after_one_comma_is_still_one_count(read_as):
    assert figure(read_as, "s.txt", "The Labour candidate polled 17, 525 votes.", "17, 525").value == 17525


def test_a_results_line_marked_elected_in_brackets(check_as):
    text = ("**Result, Lakeshore East**\n\n- Priya Doshi (Liberal) 18,204 (elected)\n- Tom Brandt (Conservative) "
            "18,771\n- Ana Ruiz (NDP) 3,402\n")
    assert "elected-order" in rules(check_as({"r.md": text}))


def test_a_line_marked_declared_elected(read_as):
    text = "**Ballot result**\n\n1. Ruth Kaye: 12,004 (declared elected)\n2. Omar Bell: 11,870\n"
    assert figure(read_as, "b.md", text, "12,004").kind == Kind.VOTES


def test_shares_each_for_a_side_in_a_list(read_as):
    text = ("Ms Cole took 44.0 per cent, against 31.2 per cent for Mr Hale, 12.9 per cent for the Green Party's Ann "
            "Lowe and 6.1 per cent for the Liberal Democrats.")
    claims = claims_in(read_as, "s.txt", text)
    assert the(claims, "12.9").subject == "Ann Lowe" and the(claims, "6.1").subject == "Liberal Democrat"


def test_a_share_after_a_described_name_in_a_list(check_as):
    text = ("In Brindle the primary vote split Labor 41.0 per cent, Liberal 36.2, Greens 14.4 and an independent, "
            "the former mayor Rob Deane, 11.0.")
    assert "share-sum" in rules(check_as({"b.txt": text}))


def test_a_change_told_as_points_added(check_as):
    wrong = "Ms Okafor added 6.0 points, taking her from 31.5 per cent to 36.5 per cent in the second round."
    right = "Ms Okafor added 5.0 points, taking her from 31.5 per cent to 36.5 per cent in the second round."
    assert "direction" in rules(check_as({"a.txt": wrong})) and "direction" not in rules(check_as({"a.txt": right}))


def test_a_margin_that_fell_from_one_size_to_another(read_as):
    text = "The recount confirmed Ms Doshi, though her lead over the Conservative Tom Brandt fell from 61 votes to 40."
    claims = claims_in(read_as, "m.txt", text)
    assert the(claims, "61").kind == Kind.MARGIN and the(claims, "40").kind == Kind.MARGIN


def test_ballots_cast_by_the_register_are_the_poll(check_as):
    text = "The county's 88,400 registered voters cast 51,230 ballots, a turnout of 59.9%."
    assert "turnout" in rules(check_as({"t.txt": text}))


def test_papers_returned_in_a_sentence_of_turnout(check_as):
    text = "Voting papers went to 64,000 members and 9,120 were returned, a turnout of 15.3 per cent."
    assert "turnout" in rules(check_as({"u.txt": text}))


def test_people_enrolled_are_the_electorate(read_as):
    text = "Votes cast: 30,118, from 39,402 people enrolled, a turnout of 76.4 per cent."
    assert figure(read_as, "e.txt", text, "39,402").kind == Kind.ELECTORATE


def test_a_majority_that_needs_a_number_is_a_target_in_seats(read_as):
    text = "The new Parliament has 121 members: Labour 50, National 42. A majority needs 61."
    c = figure(read_as, "n.txt", text, "61")
    assert c.kind == Kind.SEATS and c.modality == Modality.THRESHOLD


def test_not_one_seat_more_is_no_tally(read_as):
    text = "The Greens now hold 21 of the 41 seats, exactly a majority and not one seat more."
    assert all(c.text != "one" for c in claims_in(read_as, "g.txt", text))


# Which election, seat or count


def test_a_labelled_line_of_an_earlier_result(read_as):
    text = ("Reform gained the seat with a majority of 3,114.\n\n- Winner: Dan Royle (Reform), 17,880 votes\n"
            "- Notional 2019 result: Labour majority 8,902\n")
    assert figure(read_as, "n.md", text, "8,902").year == 2019


def test_a_council_by_election_in_a_place_names_the_seat(read_as):
    text = ("FROM ABROAD: TWO RESULTS\n\nIn Thursday's council by-election in Kelby Marsh, the Green Rosa Hale won "
            "with 802 votes to Labour's 640.")
    assert figure(read_as, "k.txt", text, "802").place == "Kelby Marsh"


def test_a_ward_size_in_brackets_after_its_name_is_no_party_s_seats(read_as):
    text = ("Elected unopposed: Nant-y-moel (one of two seats filled), Eira Lloyd, Independent; Cwm Isaf (three "
            "seats), Tom Rees, Sian Rees and Ben Owen, all Independent.")
    assert all(c.kind not in (Kind.SEATS, Kind.TOTAL_SEATS) for c in claims_in(read_as, "w.txt", text))


def test_a_column_of_counts_a_recount_replaced(read_as):
    text = ("| | Preliminary results | After recount |\n|---|---:|---:|\n| Jo Pike (Liberal) | 12,904 | 12,899 |\n"
            "| Ian Ross (Conservative) | 12,880 | 12,893 |\n| **Margin** | **24** | **6** |\n")
    claims = claims_in(read_as, "r.md", text)
    assert the(claims, "12,904").round == "provisional" and the(claims, "24").round == "provisional" \
        and the(claims, "12,899").round is None and the(claims, "6").round is None


def test_a_corrections_column_s_account_of_what_was_printed(check_as):
    text = ("CORRECTIONS\n\nA report on the Hallam Fields by-election (3 March) said turnout was 42 per cent. It was "
            "24 per cent: 3,120 ballot papers were issued to an electorate of 13,000.")
    assert "turnout" not in rules(check_as({"c.txt": text}))


def test_the_quota_s_seats_from_a_line_of_facts(read_as):
    text = "# Two Kellys, two parties\n\n**Valid poll 10,400 · Four seats · Quota 2,081**\n"
    assert figure(read_as, "q.md", text, "2,081").whole == 4


def test_an_incumbent_unseated_is_not_the_runner_up(check_as):
    text = ("Liberal Dana Price won Cedar Point by 214 votes, unseating the Conservative MLA Rob Hale. Price finished "
            "with 6,010 votes to 5,796 for the NDP's Jo Tran; Hale took 4,120.")
    assert "majority-arithmetic" not in rules(check_as({"c.txt": text}))


# Seats held together


def test_a_list_of_parties_that_hold_seats_together(check_as):
    text = ("The SNP, the Scottish Greens and the Alba Party hold 74 of the 129 seats at Holyrood.\n\n"
            "| Party | Seats |\n|---|---:|\n| SNP | 64 |\n| Scottish Greens | 8 |\n| Alba Party | 1 |\n")
    assert "combined-seats" in rules(check_as({"h.md": text}))


def test_a_list_s_total_line_is_no_party_s_seats(read_as):
    text = "**The pact**\n\n- Labour: 30 seats\n- Greens: 9 seats\n- Pact total: 39 seats\n"
    assert all(c.subject is None for c in claims_in(read_as, "p.md", text) if c.text == "39")


def test_another_country_s_social_democrats_are_not_the_american_party(read_as):
    text = "ROUND-UP\n\nStefan Lofven's Social Democrats won 100 seats, and in Washington the Democrats hold 213."
    claims = claims_in(read_as, "r.txt", text)
    assert the(claims, "100").subject != "Democrat" and the(claims, "213").subject == "Democrat"


def test_copy_abroad_dated_after_the_last_election_reports_it(check_as):
    text = ("---\ndate: 2024-06-02\n---\nSix months after the November 2023 general election, the PVV and the VVD "
            "hold 62 seats between them in the Tweede Kamer.\n\n## Seats, November 2023 election\n\n"
            "| Party | Seats |\n|---|---:|\n| PVV | 37 |\n| VVD | 24 |\n")
    assert "combined-seats" in rules(check_as({"n.md": text}))
