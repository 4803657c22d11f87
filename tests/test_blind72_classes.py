"""Classes of failure found on blind set 72 (a Yorkshire daily's, a Northern Ireland paper's, a Midlands radio
site's, a parish round-up's, a political weekly's and a wire's Nordic, French, Indian, American, New Zealand and
Japanese coverage), written blind at the start of 7 December (tenth), scored untouched on that session's starting
code and after its first commit, then read. Each tested in fresh wording, with a clean twin beside a slip where a fix
could hide one."""

from __future__ import annotations

import pytest

from findings_of import claims_in, rules, the

from checker.model import Kind


# -- which country's parliament ---------------------------------------------------------------------------------------

def test_a_country_the_copy_names_over_a_party_name_several_share(read_as):
    text = ("STOCKHOLM, Sept 15 (Meridian) - Sweden's right-wing parties have won a majority in the Riksdag.\n\n"
            "Sweden's four right-wing parties won 176 of the 349 seats.\n\n"
            "| Party | Seats |\n|---|---|\n| Social Democrats | 107 |\n| Moderates | 68 |\n")
    claims = claims_in(read_as, "se.md", text)
    assert the(claims, "107").scope == "riksdag" and the(claims, "349").scope == "riksdag"


def test_a_round_up_of_parliaments_keeps_each_country_s_figures_apart(check_as):
    report = check_as({
        "dk.html": "<p>COPENHAGEN (Meridian) - Denmark's election gave the red bloc 87 of the 175 seats elected in "
                   "Denmark proper.</p>",
        "nordic.html": "<h1>Factbox: the Nordic parliaments</h1>\n<table>\n"
                       "<tr><th>Parliament</th><th>Seats</th><th>Majority</th></tr>\n"
                       "<tr><td>Storting (Norway)</td><td>169</td><td>85</td></tr>\n"
                       "<tr><td>Riksdag (Sweden)</td><td>349</td><td>175</td></tr>\n"
                       "<tr><td>Folketing (Denmark)</td><td>179</td><td>90</td></tr>\n</table>\n"
                       "<p><strong>Denmark.</strong> Of the Folketing's 179 members, 175 are elected in Denmark "
                       "proper.</p>\n<p><strong>Sweden.</strong> Together the four parties hold 176 of the 349 "
                       "seats.</p>\n"})
    assert rules(report) == []


@pytest.mark.parametrize("needed, slip", [("85", False), ("86", True)])
def test_a_table_of_bodies_majority_column_is_each_body_s_mark(check_as, needed, slip):
    text = ("| Parliament | Seats | Majority |\n|---|---|---|\n"
            f"| Storting (Norway) | 169 | {needed} |\n| Eduskunta (Finland) | 200 | 101 |\n")
    assert ("majority-target" in rules(check_as({"n.md": text}))) == slip


def test_the_house_in_british_copy_is_the_commons(read_as):
    text = "Reform UK, with 14.3 per cent, has five MPs - less than one per cent of the House."
    assert the(claims_in(read_as, "r.txt", text), "five").scope is None


def test_a_parliament_that_has_grown_to_n_seats_is_its_size(read_as):
    text = ("The count left National with 48 seats and ACT with 11, three short of the 62 needed for a majority in a "
            "parliament that has grown to 122 seats.")
    assert the(claims_in(read_as, "nz.txt", text), "122").kind == Kind.TOTAL_SEATS


# -- seats and whose figures ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("majority, slip", [("686", False), ("668", True)])
def test_a_results_list_s_heading_in_capitals_names_its_ward(check_as, majority, slip):
    text = ("WAKEFIELD COUNCIL ELECTIONS: LABOUR HOLD FIRM\n\nSelected results:\n\nNORMANTON\n"
            "Lisa Pickles (Lab) 1,642 - ELECTED\nDale Whitworth (Reform) 1,018\nLab hold. Majority 624.\n\n"
            "AIREDALE AND FERRY FRYSTON\nTony Crossley (Lab) 1,388 - ELECTED\nCarl Fenwick (Reform) 702\n"
            f"Lab hold. Majority {majority}.\n")
    assert ("majority-arithmetic" in rules(check_as({"w.txt": text}))) == slip


@pytest.mark.parametrize("lead, slip", [("124", False), ("142", True)])
def test_a_council_s_ward_in_an_entry_s_label(check_as, lead, slip):
    text = ("**Selby Town Council, Selby West ward.** Rebecca Hall (Lab) won with 441 votes (38.7 per cent), ahead of "
            "Stephen Shaw (Ind) on 423 (37.1). Ms Hall's lead was 18 votes.\n\n"
            "**Tadcaster Town Council, Tadcaster East ward.** Mark Dyson (Ind) 669 (38.8 per cent), Helen Crowther "
            f"(LD) 545 (31.6) and Ruth Oddy (Con) 509 (29.5). Mr Dyson won by {lead} votes.\n")
    report = check_as({"t.md": text})
    assert "share-votes" not in rules(report)  # (each entry its own ward: no two wards' shares set against each other)
    assert any(f.rule == "majority-arithmetic" for f in report.findings) == slip


def test_a_sentence_s_race_moves_whole_to_the_seat_named_elsewhere(check_as):
    report = check_as({
        "a.md": "Lichfield, which Michael Fabrow had represented since 1997, fell to Labour's Dave Robb.\n",
        "b.html": "<p>Labour's Dave Robb took 17,232 votes to Mr Fabrow's 16,422, winning by 810. Reform UK's Richard "
                  "Hart was third with 9,734.</p>"})
    assert rules(report) == []


@pytest.mark.parametrize("told, slip", [("8,991", False), ("8,919", True)])
def test_a_relative_clause_s_would_makes_no_forecast_of_the_result(check_as, told, slip):
    report = check_as({
        "a.md": "Labour's Josh Fenwick captured Calder Vale, finishing 8,991 votes clear of the Conservative.\n",
        "b.html": f"<p>Josh Fenwick won Calder Vale by {told}, a result that would have seemed fanciful five years "
                  "ago.</p>"})
    assert ("agreement" in rules(report)) == slip


def test_the_party_a_relative_clause_tells_of(read_as):
    text = ("His coalition of Moderates, Christian Democrats and Liberals will rely on the Sweden Democrats, who won "
            "72 seats in September's election.")
    assert the(claims_in(read_as, "s.md", text), "72").subject == "Sweden Democrats"


def test_a_winner_s_line_marked_with_a_double_dash(read_as):
    text = "Hosakote East\nRamesh Gowda (INC) 78,412 -- WON\nManjunath Reddy (BJP) 71,105\n"
    assert the(claims_in(read_as, "k.txt", text), "78,412").subject == "Ramesh Gowda"


def test_a_list_s_foot_in_a_paragraph_with_its_own_list_is_that_list_s(read_as, check_as):
    text = ("Burn Vale\nAnne Cowey (Lab) 1,041 - elected\nShaun Tennant (Reform UK) 377\nMajority 664\n\n"
            "De Bryce\nMohammed Rashid (Lab) 688 - elected\nGary Wilkins (Reform UK) 601\nMajority 87\n")
    assert "majority-arithmetic" not in rules(check_as({"h.txt": text}))


def test_a_seat_named_below_is_not_the_seat_of_the_lists_above(check_as):
    text = ("## Stoke Lacy Parish Council (five seats)\n\n- Jim Orme 212 (elected)\n- Pat Orme 198 (elected)\n"
            "- Liz Gale 187 (elected)\n- Vince Lamb 94\n\n"
            "## Kingsmead Town Council, Abbey Fields ward (by-election, one seat)\n\n- Maureen Dale (Lab) 344\n"
            "- Oliver Dale (Con) 301\n\nMajority 43.\n")
    assert rules(check_as({"p.md": text})) == []


# -- figures that are no one's tally ---------------------------------------------------------------------------------

def test_rejected_ballot_papers_are_no_total(read_as):
    text = ("Just 37,476 valid votes were counted, a turnout of 49.1 per cent of the 76,350 people on the register. "
            "Returning officers rejected a further 211 ballot papers.")
    assert "211" not in [c.text for c in claims_in(read_as, "t.txt", text)]


def test_a_count_s_change_in_per_cent_is_no_share(read_as):
    text = "The SNP's share fell by only 1.4 points, but its 724,758 votes were 41.7 per cent down on 2019."
    assert "41.7" not in [c.text for c in claims_in(read_as, "s.txt", text) if c.kind == Kind.SHARE]


@pytest.mark.parametrize("lead, slip", [("36", False), ("63", True)])
def test_one_line_of_candidates_counts_is_one_race(check_as, lead, slip):
    text = ("**Hagley ward, Wyre Forest**\n\nClare Whitcombe (Green) 418, Derek Cotter (Con) 382, Ian Moss (Ind) 97.\n\n"
            f"Ms Whitcombe won by {lead} votes, taking a seat the Conservatives had held since 2011.\n")
    assert any(f.rule == "majority-arithmetic" for f in check_as({"h.md": text}).findings) == slip


@pytest.mark.parametrize("third, slip", [("21.3", False), ("31.3", True)])
def test_candidates_of_parties_no_rule_knows_in_a_list_of_shares(check_as, third, slip):
    text = ("Sylvie Marchand took 41.2 per cent, the left-wing New Popular Front's Julien Drouet 30.1, the outgoing "
            f"centrist deputy Olivier Carpentier {third}, the Republican Anne Lefort 4.3 and two minor candidates 3.1 "
            "between them.")
    assert ("share-sum" in rules(check_as({"f.txt": text}))) == slip


def test_a_first_count_deficit_beside_one_line_of_the_final_count(check_as):
    text = ("CARSLEY BRIDGE\nReform UK's Dale Whitmore finished 211 votes ahead of the Conservative, Nick Brear, after a "
            "recount requested by Mr Brear, whose first-count deficit was 230. Final: Whitmore 13,604, Brear 13,393.\n")
    assert "majority-arithmetic" not in rules(check_as({"c.txt": text}))
