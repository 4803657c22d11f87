"""Classes of failure found on blind set 54 (a syndicated results service and three local titles, 2016 to 2025:
results items and round-ups of Westminster seats, council wards with a "Previously" line, town councils, mayors,
Holyrood and the Senedd, Stormont and Northern Ireland councils, US, Canadian, Australian and New Zealand races, party
and union ballots), written blind at the end of the session of 7 December (third), never read there, scored untouched
on the next session's starting code, then its failures read; each tested in fresh wording, never the set's own
sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules, the

from checker.model import Kind, Modality


# -- who a figure belongs to, across articles --------------------------------------------------

def test_rivals_a_sentence_sets_side_by_side_are_not_placed_in_their_separate_seats(check_as):
    council = ("---\ndate: 2022-05-06\n---\n# Kelby Council results\n\n**Abbey ward**\n- Ann Lowe (LD) 1,604\n"
               "- Tom Hale (Con) 1,211\n\n**Castle ward**\n- Ben Marsh (LD) 1,390\n- Ian Cole (LD) 1,102\n"
               "- Jo Reyes (Lab) 990\n")
    ballot = ("Ann Lowe will be the Liberal Democrat candidate for Kelby at the next general election after winning a "
              "ballot of local members. She beat two councillors, Ben Marsh and Ian Cole.\n\n"
              "First round: Lowe 388, Marsh 301, Cole 214.")
    assert "agreement" not in [f.rule for f in check_as({"c.md": council, "s.txt": ballot}).findings]


def test_a_previous_result_line_dated_in_its_bracket_is_that_election_s(read_as):
    text = ("Ann Lowe (Con) 1,102\nTom Hale (Lab) 987\n\nLast time (6 May 2021, one seat): Con 1,402; LD 1,021; "
            "Lab 690.\n")
    claims = claims_in(read_as, "w.txt", text)
    for fig in ("1,402", "1,021", "690"):
        c = the(claims, fig)
        assert (c.year, c.modality) == (2021, Modality.HISTORICAL), fig


def test_a_results_list_below_the_prose_names_the_runner_up_for_sure(check_as):
    text = ("Labour's Ann Lowe won the Castle by-election with 1,412 votes. The Conservative Tom Hale polled 1,208, "
            "giving her a majority of 214.\n\nRESULT\nAnn Lowe (Labour) 1,412\nTom Hale (Conservative) 1,208\n"
            "Ben Marsh (Green) 390\nIan Cole (Reform UK) 244\n")
    assert "majority-arithmetic" in rules(check_as({"b.txt": text}))  # 1,412 − 1,208 = 204


def test_a_ward_s_seats_told_as_two_of_three_size_nothing_but_that_ward(check_as):
    text = ("The Greens now have 12 councillors and Labour 19 on the council.\n\nIn neighbouring Abbey ward, where "
            "Labour holds two of the three seats, nothing changes.")
    assert "seat-sum" not in rules(check_as({"w.txt": text}))


def test_a_town_council_s_ward_is_not_the_district_ward_of_that_name(check_as):
    district = ("---\ndate: 2024-05-03\n---\n# Kelby District Council election 2024\n\n**Abbey** (two seats)\n"
                "- Ann Lowe (LD) 1,604 elected\n- Tom Hale (Con) 1,211 elected\n- Ben Marsh (Lab) 702\n")
    town = ("# Kelby Town Council results\n\nKelby Town Council results, declared at the Guildhall on Friday 3 May "
            "2024.\n\n**Abbey** (three seats)\n- Ann Lowe (LD) 988\n- Tom Hale (Con) 801\n- Jo Reyes (Lab) 640\n"
            "- Ben Marsh (Lab) 512\n")
    report = check_as({"d.md": district, "t.md": town})
    assert "agreement" not in [f.rule for f in report.findings]


# -- which election and count --------------------------------------------------------------------

def test_a_date_in_the_opening_lines_dates_the_result(read_as):
    text = ("Kelby by-election\n\nThe Kelby ward by-election was counted at the town hall on Thursday 14 March 2024."
            "\n\nAnn Lowe (Lab) 1,102\nTom Hale (Con) 987\n")
    (ex,) = read_as({"k.txt": text})
    assert ex.year == 2024


def test_rows_of_successive_counts_are_each_their_own_count(check_as):
    text = ("## Kelby East\n\nThe recount confirmed Ann Lowe as MP for Kelby East, by 12 votes.\n\n"
            "| Count | Lowe | Hale | Lead |\n|---|---|---|---|\n"
            "| Election night (5 May) | 10,402 | 10,441 | Hale by 39 |\n"
            "| Official count (6 May) | 10,460 | 10,452 | Lowe by 8 |\n"
            "| After recount (9 May) | 10,466 | 10,454 | Lowe by 12 |\n")
    assert "agreement" not in rules(check_as({"k.md": text}))


def test_the_size_a_body_had_before_is_not_its_size_now(read_as, check_as):
    text = ("Labour won 51 of the assembly's 100 seats, the barest majority. The assembly grew by ten seats this year, "
            "so a majority takes 51 seats rather than the 46 needed in the former 90-seat chamber.")
    assert figure(read_as, "a.txt", text, "90").modality == Modality.HISTORICAL
    assert "agreement" not in rules(check_as({"a.txt": text}))


# -- parts of a figure ------------------------------------------------------------------------------

def test_a_target_is_set_against_the_total_not_its_parts_in_brackets(check_as):
    text = ("Across Wales, Plaid won 31 seats (26 constituencies and five list seats), one short of the 32 needed for "
            "a majority in the 62-seat chamber.")
    assert "threshold" not in rules(check_as({"p.txt": text}))


def test_a_seats_line_of_parts_and_total_reads_the_total(read_as):
    text = "Seats by party (first + second tier = total):\nLabour 24 + 6 = 30\nConservatives 9 + 7 = 16\n"
    claims = claims_in(read_as, "s.txt", text)
    assert [(c.text, c.subject) for c in claims if c.kind == Kind.SEATS] == [("30", "Labour"), ("16", "Conservative")]


def test_a_list_of_seats_closed_by_its_total_must_fill_it(check_as):
    text = "AT A GLANCE\n- Seats: Lab 14, Con 9, LD 4, Green 2 (total 30)\n- Turnout: 35.2%\n"
    assert "seat-sum" in rules(check_as({"g.md": text}))  # 14 + 9 + 4 + 2 = 29


def test_a_place_s_seats_shared_out_among_parties_is_the_whole(check_as):
    text = "Kelby's 51 seats were divided as follows: Labour 22, Conservatives 19, Liberal Democrats 8, Greens 4."
    assert "seat-sum" in rules(check_as({"k.txt": text}))  # 53 > 51


# -- marks and pairs ----------------------------------------------------------------------------------

def test_an_asterisk_the_copy_says_marks_those_elected_is_read(check_as):
    text = ("Elected candidates are shown with an asterisk.\n\n### Castle (three seats)\n- Ann Lowe (Lab) 902*\n"
            "- Tom Hale (Con) 880*\n- Jo Reyes (Lab) 815*\n- Ben Marsh (Con) 840\n")
    report = check_as({"c.md": text})
    assert "elected-order" in rules(report)  # Reyes elected on 815, Marsh not on 840
    assert "winner-has-most" not in rules(report)


def test_a_lead_told_after_its_pair_of_counts_is_checked_in_a_running_tally(check_as):
    text = ("LIVE: Ohio 13th\n\n**00:40** With 95% of precincts reporting, Republican Dan Orr has 162,310 votes to "
            "Democrat Maria Vance's 158,904, a lead of 3,460.\n\n**23:10** With 70% in, Orr has 120,402 votes to Vance's "
            "119,950, a lead of 452.\n")
    assert "majority-arithmetic" in rules(check_as({"o.md": text}))  # 162,310 − 158,904 = 3,406


def test_members_who_were_balloted_are_the_electorate(check_as):
    text = ("The union said 184,300 members were balloted and 30,112 valid votes were returned, a turnout of 19.3 per "
            "cent.")
    assert "turnout" in rules(check_as({"u.txt": text}))  # 30,112 / 184,300 = 16.3%


def test_a_results_table_printed_without_headings_is_read_as_votes(check_as):
    text = ("<p>Labour's Ann Lowe topped the poll in Castle with 1,412 votes.</p>\n<h2>Castle (two seats)</h2>\n<table>\n"
            "<tr><td>Ann Lowe</td><td>Labour</td><td>1,421</td><td>Elected</td></tr>\n"
            "<tr><td>Tom Hale</td><td>Conservative</td><td>1,208</td><td>Elected</td></tr>\n"
            "<tr><td>Ben Marsh</td><td>Green</td><td>390</td><td></td></tr>\n</table>\n")
    assert "agreement" in rules(check_as({"c.html": text}))  # the prose's 1,412 against the table's 1,421
