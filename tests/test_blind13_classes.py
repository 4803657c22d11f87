"""Classes of failure found on blind set 13 (written this session by someone who never read the checker, scored
once untouched), each tested in fresh wording, not in the set's sentences."""

from __future__ import annotations

from findings_of import errors

from checker.model import Kind


def test_a_margin_after_the_runner_up_s_count_is_the_winner_s(check_texts):
    text = ("Baramati: Sule holds on\n\nSupriya Sule polled 8,12,450 votes, while her nearest rival, Sunetra Pawar,"
            " got 2,40,118, a margin of {m}.")
    assert errors(check_texts({"b.txt": text.format(m="5,72,332")})) == []  # more than the rival's votes: no slip
    (e,) = errors(check_texts({"b.txt": text.format(m="5,27,332")}))
    assert e.rule == "majority-arithmetic" and e.expected == 572332


def test_another_state_s_district_named_by_its_ordinal_is_another_seat(check_texts):
    text = ("House roundup\n\nIn Iowa's 1st District, Republican Mara Hinds beat Democrat Chris Bohn by 799 votes,"
            " 206,955 to 206,156.\n\nIn Texas's 28th, Democrat Ray Cuevas held on by 4,310 votes.\n\nIn Nebraska's"
            " 2nd, Republican Don Bacca was ahead by 1,903 with ballots still to count.")
    assert errors(check_texts({"h.txt": text})) == []


def test_a_two_member_ward_sizes_the_ward_not_the_council(claims_of):
    claims = claims_of("Labour took both seats in Eastholme, the two-member ward that decides control of the"
                       " council. Labour now has 21 of the council's 41 seats.")
    assert [c.value for c in claims if c.kind == Kind.TOTAL_SEATS] == [41]


def test_a_body_that_has_n_members_is_its_size(claims_of):
    (c,) = [c for c in claims_of("After the count the Assembly will have 61 members, one more than before, because"
                                 " Plaid Cymru won an extra seat.") if c.text == "61"]
    assert c.kind == Kind.TOTAL_SEATS and c.subject is None


def test_seats_in_a_region_no_gazetteer_holds_are_that_region_s(check_texts):
    text = ("The BJP won 240 of the 543 Lok Sabha seats nationally.\n\nCongress won 13 seats in Maharashtra, the"
            " state that sends 48 MPs to the Lok Sabha, and the BJP 9.")
    assert errors(check_texts({"in.txt": text})) == []


def test_to_n_from_m_is_a_change_in_the_other_order(check_texts):
    text = "The Liberal Democrats more than doubled their tally to 72 seats from 11 in 2019, gaining 71 seats."
    (e,) = errors(check_texts({"ld.txt": text}))
    assert e.expected == 61


def test_a_round_up_s_list_entries_headed_by_a_council_are_that_council_s(check_texts):
    text = ("Council results round-up\n\n- Eastleigh: Liberal Democrats 33 seats (+4); Conservatives 5; Labour 1.\n"
            "- Winchester: Liberal Democrats 30 seats, up from 27; Conservatives 11.\n"
            "- Basingstoke: Conservatives 21 seats; Labour 15; Liberal Democrats 10.\n")
    assert errors(check_texts({"r.txt": text})) == []


def test_a_party_under_its_leader_takes_seats_not_votes(claims_of):
    (c,) = [c for c in claims_of("Nationally Labour won 411 of the 650 seats. The Conservatives under Rishi Sunak"
                                 " took 121, their worst result.") if c.text == "121"]
    assert c.kind == Kind.SEATS and c.subject == "Conservative"


def test_across_the_country_after_a_round_up_is_no_one_council_s(check_texts):
    text = ("Council results\n\n- Sefton: Labour 52 seats (+3); Liberal Democrats 8.\n- Wirral: Labour 30 seats;"
            " Conservatives 21.\n\nAcross England, Labour won 1,158 councillors, up 536.")
    assert errors(check_texts({"c.txt": text})) == []


def test_another_seat_s_winner_s_lead_is_not_bounded_by_this_seat_s_votes(check_texts):
    text = ("Amit Shah holds Gandhinagar\n\nShah polled 10,10,972 votes in Gandhinagar, while his nearest rival got"
            " 2,66,256.\n\nIndore's Shankar Lalwani recorded the biggest margin of the election, winning by 11,75,092"
            " votes.")
    assert errors(check_texts({"g.txt": text}), "majority-exceeds-votes") == []


def test_a_majority_after_a_relative_clause_on_the_loser_is_the_winner_s_and_this_election_s(claims_of, check_texts):
    text = ("Greens take Fairmead\n\nThe Green Party's Nadia Bell has taken Fairmead from Labour.\n\nBell won 9,806"
            " votes against 8,911 for Colin Dyer, who had held the ward since 2014, a majority of {m}.")
    (c,) = [c for c in claims_of(text.format(m="895")) if c.text == "895"]
    assert c.subject in (None, "Nadia Bell") and c.modality.value == "actual"
    (e,) = errors(check_texts({"f.txt": text.format(m="859")}))
    assert e.rule == "majority-arithmetic" and e.expected == 895


def test_new_zealand_electorate_votes_are_the_candidate_s(claims_of):
    (c,) = [c for c in claims_of("Labour's Ana Tui won Mana with 16,210 electorate votes, ahead of National's Rob"
                                 " Hale on 12,004.") if c.text == "16,210"]
    assert c.kind == Kind.VOTES and c.subject == "Ana Tui"


def test_a_state_chamber_comma_district_line_is_that_seat(check_texts):
    text = ("Legislature round-up\n\nOhio Senate, District 9: Democrat Kay Mills won with 41,220 votes, edging out"
            " Republican Lou Park, who received 41,302.\n\nPennsylvania House, District 12: Republican Jo Tate held"
            " the seat, 18,400 to 15,118.")
    (e,) = errors(check_texts({"leg.txt": text}))
    assert e.rule == "winner-has-most" and e.location.line == 3


def test_a_quota_s_seats_after_a_comma_and_a_total_valid_vote(check_texts):
    text = ("Council elections: Kilbarr East ward, three seats\n\nFirst preferences:\n  Ann Kerr (SNP) 1,902\n"
            "  Rob Dow (Lab) 1,344\n  Lyn Gray (Con) 1,101\n\nTotal valid vote 4,347. Quota {q}.\n")
    assert errors(check_texts({"k.txt": text.format(q="1,087")})) == []
    (e,) = errors(check_texts({"k.txt": text.format(q="1,078")}))
    assert e.rule == "stv-quota" and e.expected == 1087


def test_a_surplus_against_a_first_count_given_in_a_table_above(check_texts):
    text = ("Cork North-West: Dolan elected on first count\n\nFine Gael's Mary Dolan topped the poll in the"
            " three-seat Cork North-West constituency.\n\n| Candidate | Party | 1st pref |\n|---|---|---|\n"
            "| Mary Dolan | FG | 11,480 |\n| Pat Hynes | FF | 8,022 |\n| Ciara Long | SF | 6,901 |\n| Tom Barr | Lab | 3,210 |\n\n"
            "Valid poll 29,613; quota 7,404.\n\nDolan's surplus of {s} was distributed on the second count.\n")
    assert errors(check_texts({"c.md": text.format(s="4,076")})) == []
    (e,) = errors(check_texts({"c.md": text.format(s="4,706")}))
    assert e.rule == "stv-surplus" and e.expected == 4076


def test_a_live_blog_s_entries_each_name_their_seat(check_texts):
    text = ("ELECTION NIGHT - LIVE\n\n01:55\nHold in Castlebrook for Labour, narrowly: Jan Rhee 14,002, the"
            " Conservative Tom Bale 13,660. Majority 342.\n\n02:20\nGreen gain Medway Vale: Green 16,118, Lab 15,020,"
            " Con 4,233. Majority 1,098.\n\n02:40\nLib Dem gain Otterbury from Con. Nia Fell wins with 21,004 votes;"
            " Ian Crow (Con) 17,338. Majority {m}.\n")
    assert errors(check_texts({"live.txt": text.format(m="3,666")})) == []
    (e,) = errors(check_texts({"live.txt": text.format(m="3,366")}))
    assert e.rule == "majority-arithmetic" and e.location.line == 10


def test_a_results_line_name_dash_party_dash_count_is_a_person_and_a_constituency_field_names_the_seat(claims_of,
                                                                                                     check_texts):
    text = ("---\nconstituency: Kelbrook Moor\n---\n\nKelbrook Moor\n\nTaran Obuya - Labour - 18,220\n"
            "Tom Haskel - Conservative - 15,001\n\nMajority: 3,219\n")
    claims = claims_of(text)
    assert {c.subject for c in claims if c.text == "18,220"} == {"Taran Obuya"}
    other = "Kelbrook Moor result: Labour's Taran Obuya won with 18,220 votes to 15,010 for Tom Haskel."
    (e,) = errors(check_texts({"a.md": text, "b.txt": other}), "agreement")
    assert "Kelbrook Moor" in e.message


def test_a_rule_s_condition_is_no_lead(check_texts):
    text = ("House District 12 - all precincts reporting\n\nMara Quist - Democratic - 9,104 (50.6%)\nLeo Brandt -"
            " Republican - 8,890 (49.4%)\n\nQuist won by 214 votes. A recount is automatic only when the margin is"
            " under 0.5 percentage points.")
    assert errors(check_texts({"h.txt": text})) == []


def test_a_sentence_about_another_place_leaves_the_article_one_race(check_texts):
    text = ("Hallam votes for a mayor\n\nIn Thursday's referendum 41,220 people voted Yes (52.0%) and 38,047 voted"
            " No ({no}%).\n\nA similar referendum in neighbouring Dunmore in 2016 was rejected by 61% to 39%.")
    assert errors(check_texts({"h.txt": text.format(no="48.0")})) == []
    assert {f.rule for f in errors(check_texts({"h.txt": text.format(no="46.0")}))} & {"share-votes", "share-sum",
                                                                                          "share-recompute"}


def test_a_party_s_unnamed_candidates_shares_in_a_race_and_an_independent_in_lower_case(check_texts):
    text = ("Kestrel mayor: Ibbotson re-elected\n\nOn first preferences Sarah Ibbotson led with 44.0%, ahead of Labour's Tom Rigg on"
            " 31.5%. The Liberal Democrat candidate took 12.3%, the Green 8.1% and an independent {ind}%.")
    assert errors(check_texts({"k.txt": text.format(ind="4.1")})) == []
    (e,) = errors(check_texts({"k.txt": text.format(ind="9.1")}))
    assert e.rule == "share-sum"
