"""Classes of failure found on blind set 55 (a political weekly's explainers and data pages and a regional daily's
results pages, 2005 to 2024: seat histories, county round-ups, live pages, council by-elections, mayors, referendums,
leadership ballots, Holyrood and Senedd, Irish STV counts, Australian, Canadian and US races), written blind at the
start of the session of 7 December (fourth), scored untouched on its starting code, then read; each tested in fresh
wording, never the set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, figure, rules, the

from checker.model import Kind, Modality


# -- names -----------------------------------------------------------------------------------------

def test_lib_after_a_name_is_the_liberals_in_canadian_copy(check_as):
    docs = {"a.md": "# Maple Ridge-Fraser result\n\nLiberal Dana Cho held Maple Ridge-Fraser in the federal election.\n\n"
                    "- Dana Cho (Lib) 21,406 — 41.2%\n- Ron Pettit (Con) 19,880 — 38.3%\n- Kim Soto (NDP) 10,604 — 20.4%\n",
            "b.txt": "OTTAWA, Oct. 22 (MPA) - Liberal Dana Cho kept Maple Ridge-Fraser for the party."}
    assert "affiliation" not in [f.rule for f in check_as(docs).findings]


def test_an_initial_before_a_shared_surname_is_the_one_it_begins(read_as):
    text = ("Sinn Féin's Aoife Walsh topped the poll with 9,802; her cousin Ciarán Walsh was elected on the sixth count."
            "\n\n**Count 2.** Aoife Walsh's surplus distributed: C. Walsh +611, Burke +402.\n")
    (ex,) = read_as({"c.md": text})
    assert "Ciarán Walsh" in {m.name for m in ex.mentions if m.kind == "person" and m.location.line == 3}


# -- not counts ------------------------------------------------------------------------------------------

def test_a_day_after_a_shortened_month_is_a_date(read_as):
    text = "Ms Kerr won by 1,204 votes when the results were certified on Nov. 19."
    assert all(c.text != "19" for c in claims_in(read_as, "d.txt", text))


def test_votes_a_recount_added_are_no_one_s_count(read_as):
    text = ("The recount found three more votes for Ms Ruiz and one fewer for Mr Platt, which added three votes to her "
            "total.")
    assert [c for c in claims_in(read_as, "r.txt", text) if c.kind == Kind.VOTES] == []


def test_the_other_seats_of_a_multi_member_count_are_no_tally(read_as):
    text = "Ms Walsh was elected on the first count, but it took six more counts to fill the remaining four seats."
    assert [c for c in claims_in(read_as, "s.txt", text) if c.kind == Kind.SEATS] == []


# -- counts in stages ---------------------------------------------------------------------------------

def test_what_an_exclusion_passes_on_and_a_later_stage_s_totals_are_no_first_count(read_as):
    text = ("## First preferences\n\nAnn Burke (FF) 6,102\nTom Daly (SF) 5,870\nJo Farr (Lab) 2,214\n\n"
            "**Count 3.** Farr (2,214) excluded: Burke +902, Daly +1,104; non-transferable 208.\n")
    claims = claims_in(read_as, "c.md", text)
    assert the(claims, "+902").round == "transfer"
    assert {c.round for c in claims if c.text == "2,214" and c.location.line == 7} == {"intermediate"}


def test_a_lead_after_preferences_is_set_against_the_final_count(check_as):
    text = ("Labor's Anne Kelly has held Warradale by 310 votes after the distribution of preferences.\n\n"
            "Primary votes\nAnne Kelly (Labor) 18,204\n"
            "Ross Vane (Liberal) 20,115\nMia Tran (Greens) 6,480\n\nTwo-candidate preferred\nAnne Kelly (Labor) 22,611\n"
            "Ross Vane (Liberal) 22,188\n")
    report = check_as({"w.txt": text})
    (f,) = [f for f in errors(report) if f.rule == "majority-arithmetic"]
    assert f.expected == 423  # 22,611 − 22,188, not the primary votes' gap


def test_a_first_round_lead_in_a_sentence_that_goes_on_to_preferences_is_the_first_round_s(check_as):
    text = ("Anne Kelly (Labor) 18,204\nRoss Vane (Liberal) 20,115\n\nFinal count\nAnne Kelly (Labor) 22,611\n"
            "Ross Vane (Liberal) 22,188\n\nKelly trailed Vane by 1,911 on primaries but won by 423 after preferences.")
    assert "majority-arithmetic" not in rules(check_as({"w.txt": text}))


# -- which election, seat and count ----------------------------------------------------------------------

def test_a_mayor_s_result_in_may_is_no_preview_of_a_general_election(read_as):
    text = ("---\ndate: 2024-05-04\n---\n# Local elections 2024: Osman re-elected mayor\n\nLabour's Ayo Osman has been "
            "re-elected Mayor of "
            "the Tamar Combined Authority with 182,410 votes.")
    (ex,) = read_as({"m.md": text})
    assert ex.year == 2024


def test_a_count_line_with_its_date_after_a_comma_dates_the_copy(read_as):
    text = "KERR RE-ELECTED\n\nCount held at the Civic Hall, Friday 6 May 2022\n\nAnn Kerr (Lab) 2,104\nTom Pile (Con) 1,880\n"
    (ex,) = read_as({"k.txt": text})
    assert ex.year == 2022


def test_a_place_named_in_passing_before_there_is_the_next_sentence_s_seat(read_as):
    text = ("Labour's Jo Reyes took Kelby East with 44.1 per cent. The story was different in Marston Fell, a few miles "
            "north. There the Lib Dems' Amy Hart finished third with 12.2 per cent.")
    assert figure(read_as, "k.txt", text, "12.2").place == "Marston Fell"


def test_a_heading_s_count_progress_in_brackets_names_its_seat(read_as):
    text = ("**Oakridge North** (204 of 204 polls reporting)\n- Amy Hart (Lib) 18,204 — 39.1%\n- Ron Pile (Con) 15,119 — "
            "32.4%\n\n**Cedar Falls** (188 of 188 polls reporting)\n- Jo Reyes (NDP) 14,877 — 34.1%\n"
            "- Tom Lau (Lib) 13,902 — 31.8%\n")
    claims = claims_in(read_as, "r.md", text)
    assert the(claims, "14,877").place == "Cedar Falls"


def test_a_heading_with_a_council_and_a_dash_names_its_ward(read_as):
    text = ("### Hill Top (Kelby DC) — Con hold\n- Con 902 (48.1%)\n- Lab 700 (37.3%)\n\n"
            "### Mill Lane (Kelby DC) — two seats, double gain for Labour\n- Ann Lowe (Lab) 812 — elected\n"
            "- Tom Hale (Lab) 790 — "
            "elected\n- Ben Marsh (Con) 701\n")
    assert figure(read_as, "w.md", text, "812").place == "Mill Lane"


def test_a_live_page_of_several_seats_has_no_seat_of_its_own(check_as):
    text = ("# LIVE: the county's count\n\n**00:50** Labour hold. Ann Lowe, Kelby South: 22,410 votes. Reform's Tom Hale "
            "second on 9,875.\n\n**01:30** Labour GAIN Marston. Jo Reyes 18,733, Amy Hart (Con) 13,902.\n\n"
            "**02:10** Lib Dem GAIN Castle Vale. Ben Marsh 21,904, Ian Cole (Con) 15,388.\n\n"
            "**02:40** Reform's Ann Vane won Castle Vale's neighbour, Kelby North, by 904. Kelby North's turnout was "
            "61.2%, and Kelby North's count was the night's last.\n")
    assert "rank" not in rules(check_as({"l.md": text}))


def test_turnouts_a_sentence_sets_one_against_are_turnouts(read_as):
    text = ("Turnout in the borough was 71.2 per cent, well above the 38.4 per cent recorded at the mayoral election and "
            "ahead of the national figure of 70.1 per cent.")
    claims = claims_in(read_as, "t.txt", text)
    assert {c.kind for c in claims if c.text in ("38.4", "70.1")} == {Kind.TURNOUT}


def test_a_table_set_in_spaces_with_years_over_its_columns(read_as):
    text = ("The assembly's make-up since 2016.\n\nSEATS BY PARTY\n              2016   2021   2026\nLabour          29 "
            "    30     28\nConservative    11     16     14\nPlaid Cymru     12     13     15\n")
    claims = claims_in(read_as, "s.txt", text)
    assert the(claims, "16", Kind.SEATS).year == 2021 and the(claims, "16", Kind.SEATS).modality == Modality.HISTORICAL


def test_a_formal_vote_total_row_is_the_valid_vote(check_as):
    text = ("| Candidate | Party | Votes | % |\n|---|---|---|---|\n| Amy Hart | Liberal | 43,118 | 43.8 |\n"
            "| Jo Reyes | Labor | 35,906 | 36.5 |\n| Tom Lau | Greens | 19,378 | 19.7 |\n| Formal votes | | 98,402 | 100.0 |\n"
            "\nInformal votes numbered 5,410, or 5.2 per cent of the 103,812 ballots cast.")
    assert "share-recompute" not in rules(check_as({"f.md": text}))


def test_a_majority_against_another_story_s_counts_of_an_unsaid_election_is_a_guess(check_as):
    history = ("## How Kelby South has voted\n\n| Year | MP | Majority |\n|---|---|---|\n| 2017 | Ann Lowe | 10,876 |\n"
               "| 2019 | Ann Lowe | 4,410 |\n")
    night = "Ann Lowe, Kelby South: 22,410 votes. Reform's Tom Hale second on 9,875. Majority 12,535."
    assert "majority-arithmetic" not in rules(check_as({"h.md": history, "n.txt": night}))


def test_a_correction_s_not_n_as_posted_takes_back_the_earlier_entry(check_as):
    text = ("**01:35** Kelby: Labour gain, majority 4,301.\n\n**01:58** CORRECTION: the Labour majority in Kelby is "
            "4,031, not 4,301 as posted at 01:35. Full result: Labour 17,219, Conservative 13,188, Reform 6,950.\n")
    assert "majority-arithmetic" not in rules(check_as({"k.md": text}))


def test_a_council_s_fall_from_its_seats_is_not_measured_against_a_parliament_s(check_as):
    docs = {"a.txt": "In Kelby the Conservatives drop from 23 seats, a majority of seven, to 17.",
            "b.txt": "Nationally the Conservatives won 121 seats."}
    assert "direction" not in rules(check_as(docs))
