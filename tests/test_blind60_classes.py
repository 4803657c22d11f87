"""Classes of failure found on blind set 60 (a Midlands regional daily's, a Scottish Sunday paper's and a data site's
coverage, 2005 to 2026: county councils, police commissioners, combined-authority mayors, Holyrood and Senedd lists,
Scottish STV wards, Westminster seats after the 2024 boundary changes, leadership ballots, and US, Canadian,
Australian, German and Dutch results), written blind at the start of the session of 7 December (sixth), scored
untouched on that session's starting code and on its first commit, then read; each tested in fresh wording, never the
set's own sentences."""

from __future__ import annotations

from findings_of import claims_in, errors, rules, the

from checker.model import Kind


def test_another_party_s_change_after_a_from_to_is_not_its_size(check_as):
    text = ("# Kelby North\n\n- **Kelby North:** Conservative share down from 61.0% to 30.5%, Labour up 9.4 points. "
            "Swing to Labour: 19.95 points.\n")
    assert "direction" not in rules(check_as({"k.md": text}))


def test_a_party_up_a_bare_figure_in_a_sentence_of_shares(read_as):
    text = "In Dunmore the Conservative share fell from 48.0% to 30.1%, Labour up 4.2, the Greens down 0.6."
    claims = claims_in(read_as, "d.txt", text)
    assert the(claims, "4.2").kind == Kind.SHARE_CHANGE and the(claims, "0.6").kind == Kind.SHARE_CHANGE


def test_the_loss_of_seats_is_a_change(read_as):
    text = "That meant the loss of nine Conservative seats. Labour gained five, the Greens three."
    claims = claims_in(read_as, "l.txt", text)
    assert the(claims, "nine").kind == Kind.SEAT_CHANGE


def test_a_caption_with_a_bracketed_note_names_the_seat(read_as):
    text = ("<p>Labour held Kettle Vale comfortably.</p>\n<table><caption>Ashby Fields (after recount)</caption>"
            "<tr><th>Candidate</th><th>Party</th><th>Votes</th></tr><tr><td>Ann Lowe</td><td>Green</td><td>1,410</td>"
            "</tr><tr><td>Tom Hale</td><td>Labour</td><td>1,402</td></tr></table>")
    assert the(claims_in(read_as, "c.html", text), "1,410").place == "Ashby Fields"


def test_may_yet_come_second_is_a_hope(read_as):
    text = "**14:15** – The Labour agent thinks his party may yet come second. We'll see."
    assert the(claims_in(read_as, "r.md", text), "second").modality.value == "forecast"


def test_live_opening_a_headline_is_no_seat(read_as):
    text = ("---\ntitle: \"LIVE: Fenshire mayor count – Reform's Lowe wins\"\ndate: 2025-05-02\n---\n\n"
            "# LIVE: Fenshire mayor count – Reform's Lowe wins\n\n**18:30** – Ann Lowe won 52,100 votes.")
    assert the(claims_in(read_as, "h.md", text), "52,100").place != "Live"


def test_a_party_s_constituencies_beside_its_list_seats_are_no_size(read_as):
    text = ("REGIONAL LIST VOTE, NORTH EAST\nSNP 88,100 (35.1%) - 0 list seats (6 constituencies)\n"
            "Labour 40,300 (16.0%) - 2\nLiberal Democrat 30,200 (12.0%) - 0 (2 constituencies)\n"
            "Green 20,100 (8.0%) - 1\n")
    assert not [c for c in claims_in(read_as, "n.txt", text) if c.kind == Kind.TOTAL_SEATS]


def test_a_primary_vote_deficit_is_the_first_count_s_and_the_winner_trailed(read_as):
    text = ("CANBERRA (Wire) - Labor has won the seat of Bellgrove on a two-party-preferred basis. Labor's Sue Park "
            "overcame a primary-vote deficit of almost 3,100 to defeat the Liberal Ray Olsen once preferences from "
            "the Greens were distributed. On first preferences Olsen led with 35,200 votes to Park's 32,110, with "
            "the Greens on 11,900.")
    deficit = the(claims_in(read_as, "b.txt", text), "3,100")
    assert deficit.role == "loser" and deficit.counterpart != "Green"


def test_n_more_than_in_a_year_is_a_change_not_a_majority(check_as):
    text = ("The Conservatives won 30 of the council's 52 seats on Thursday, three more than the 27 needed for a "
            "majority and five more than in 2019. Labour won 14 and the Greens eight.")
    assert "seat-majority" not in rules(check_as({"c.txt": text}))


def test_a_comparison_year_opening_a_sentence_dates_its_figures(read_as):
    text = ("For the 2019 comparison, note the old boundaries: Labour won 24 of the 40 seats, the Conservatives 12 "
            "and the Greens four.")
    assert the(claims_in(read_as, "y.txt", text), "24").year == 2019


def test_nationally_in_a_holyrood_story_is_scotland(check_as):
    text = ("Labour's Ann Lowe took the Scottish Parliament seat of Kelby East from the SNP by 1,204 votes.\n\n"
            "Nationally the SNP won 62 seats, three short of a majority.")
    assert "threshold" not in rules(check_as({"h.txt": text}))


def test_a_count_including_spoilt_ballots_is_not_the_valid_vote(check_as):
    text = ("# Deputy leadership: Lowe wins\n\n| Candidate | Round 1 | Round 2 |\n|---|---:|---:|\n"
            "| Ann Lowe | 7,100 | 8,900 |\n| Tom Hale | 5,050 | 7,200 |\n| Jo Reyes | 3,950 | |\n"
            "| **Total** | **16,100** | |\n\nTurnout was high. Of 23,000 eligible members, 16,180 returned a ballot "
            "– 70.3% – including 80 that were spoilt.\n")
    assert "agreement" not in [f.rule for f in check_as({"m.md": text}).findings]  # (not even a warning)


def test_figures_after_first_preference_figures_are_votes_not_seats(read_as):
    text = ("The SNP's two candidates finished with one seat of three in Kelby Ward. The provisional first-preference "
            "figures gave Labour 486 and the Greens 323; after the rescan, Labour had 488 and the Greens 321.")
    assert not [c for c in claims_in(read_as, "k.txt", text) if c.kind == Kind.SEATS and c.text in ("488", "321")]


def test_a_holder_told_in_prose_is_not_a_table_row_s(check_as):
    text = ("| Council | Seats | Before | After | Control |\n|---|---:|---:|---:|---|\n"
            "| Ashby | 40 | 12 | 9 | Lab hold |\n| Kelby | 45 | 20 | 14 | NOC (no change) |\n\n"
            "Kelby had been run by a Conservative minority administration since 2019; Labour will try to form one.\n")
    assert "gain-or-hold" not in rules(check_as({"t.md": text}))


def test_a_swing_from_two_candidates_changes(check_as):
    text = ("Across the river, Kelby East turned too. Ann Lowe took 21,400 votes, or 46.0 per cent, up 22.0 points. "
            "Tom Hale, the SNP "
            "member since 2016, fell 16.0 points to 30.1 per cent. The swing there was 21.0 points.")
    assert "swing" in [f.rule for f in errors(check_as({"s.txt": text}))]  # (22.0 + 16.0) / 2 = 19.0


def test_a_swing_measured_from_notional_figures_is_this_election_s(check_as):
    text = ("# Kelby South\n\nLabour's Ann Lowe took Kelby South by 2,410 votes. On notional 2019 figures for the "
            "redrawn seat, the Conservative share fell 24.0 points to 30.5 per cent, and Labour's rose 8.0 points to "
            "40.1 per cent - a 14.0-point swing from Conservative to Labour.")
    assert "swing" in [f.rule for f in errors(check_as({"k.md": text}))]  # (8.0 + 24.0) / 2 = 16.0


def test_a_relative_clause_after_a_coalition_partner_is_its_own_tally(read_as):
    text = ("Her Conservatives, which won 210 seats, govern in coalition with the Liberal Democrats (LD), who won "
            "57 seats.")
    claims = claims_in(read_as, "c.txt", text)
    assert the(claims, "57").kind == Kind.SEATS and the(claims, "57").subject == "Liberal Democrat"
