"""Entity resolution: who a figure belongs to when copy says 'Mr Farron', 'He', 'the Tories'."""

from __future__ import annotations

import pytest

from checker.model import Kind
from checker.resolve import resolve


def figure(claims, text):
    found = [c for c in claims if c.text == text and c.kind != Kind.CHANGE]
    assert len(found) == 1, [(c.kind.value, c.text) for c in claims]
    return found[0]


def mention(extraction, text, kind="person"):
    found = [m for m in extraction.mentions if m.text == text and m.kind == kind]
    assert found, [(m.kind, m.text) for m in extraction.mentions]
    return found[0]


# -- people ------------------------------------------------------------------------------

def test_honorific_and_surname_is_the_full_name_named_earlier(extract_texts):
    text = ("Liberal Democrat Tim Farron held Westmorland and Lonsdale, one of only eight seats the party kept. "
            "Mr Farron polled 25,194 votes.")
    (ex,) = extract_texts({"farron.txt": text})
    assert mention(ex, "Mr Farron").name == "Tim Farron"
    c = figure(ex.claims, "25,194")
    assert c.subject == "Tim Farron"
    assert c.place == "Westmorland and Lonsdale"


def test_pronoun_after_honorific_is_the_person(extract_texts):
    text = ("Speculation is mounting that Liberal Democrat Tim Farron could lead the party.\n\n"
            "Mr Farron was re-elected for a third term as Westmorland and Lonsdale MP. He polled 25,194 votes.")
    (ex,) = extract_texts({"farron.txt": text})
    c = figure(ex.claims, "25,194")
    assert c.subject == "Tim Farron"
    assert c.subject_via.startswith("pronoun")
    assert mention(ex, "He").name == "Tim Farron"


def test_she_and_he_pick_the_candidate_of_that_gender(claims_of):
    claims = claims_of("Labour's Jane Brown beat Conservative Tom Harris in Bolton North East. "
                       "She polled 19,744 votes, while he polled 15,120.")
    assert figure(claims, "19,744").subject == "Jane Brown"
    assert figure(claims, "15,120").subject == "Tom Harris"


def test_honorific_and_possessive_pronoun_for_a_woman(claims_of):
    claims = claims_of("Labour's Caroline Flint won a fourth term in Don Valley. "
                       "Miss Flint polled 14,228 votes; her majority was 5,043.")
    assert figure(claims, "14,228").subject == "Caroline Flint"
    assert figure(claims, "5,043").subject == "Caroline Flint"


def test_surname_in_a_second_article_is_the_full_name_in_the_first(extract_texts):
    extractions = extract_texts({
        "a.txt": "Liberal Democrat Tim Farron held Westmorland and Lonsdale.",
        "b.txt": "Mr Farron polled 25,194 votes, a 51.5 per cent share of the vote.",
    })
    facts = [f for f in resolve(extractions).facts if f.path == "b.txt"]
    assert {f.claim.text: f.subject for f in facts} == {"25,194": "Tim Farron", "51.5": "Tim Farron"}
    assert {f.party for f in facts} == {"Liberal Democrat"}


def test_same_surname_is_told_apart_by_honorific(claims_of):
    claims = claims_of("Conservative Julian Smith held Skipton and Ripon. In Norwich North, Conservative Chloe Smith "
                       "also held on. Mr Smith polled 30,248 votes and Ms Smith 19,052.")
    assert figure(claims, "19,052").subject == "Chloe Smith"


def test_mr_smith_is_the_man_when_two_smiths_stand(claims_of):
    """'Mr Smith' is Julian, not the nearer Chloe Smith: the title and the given name disagree."""
    claims = claims_of("Conservative Julian Smith held Skipton and Ripon. In Norwich North, Conservative Chloe Smith "
                       "also held on. Mr Smith polled 30,248 votes and Ms Smith 19,052.")
    c = figure(claims, "30,248")
    assert (c.subject, c.place) == ("Julian Smith", "Skipton and Ripon")


def test_knight_by_given_name(claims_of):
    """'Sir Paul' (a knight by his given name, as British copy writes it) is Sir Paul Beresford."""
    claims = claims_of("In Mole Valley, Conservative Sir Paul Beresford polled 33,434 votes. "
                       "Sir Paul's majority was 26,077.")
    assert figure(claims, "26,077").subject == "Paul Beresford"


@pytest.mark.xfail(strict=True, reason="a candidate surnamed Green ('Conservative Tom Green') is read as the Green "
                                       "party, not as a person")
def test_candidate_surnamed_like_a_party_is_a_person(extract_texts):
    (ex,) = extract_texts({"x.txt": "Labour's Jane Brown beat Conservative Tom Green in Bolton North East. "
                                    "Mr Green polled 15,120 votes."})
    assert mention(ex, "Tom Green").name == "Tom Green"
    assert figure(ex.claims, "15,120").subject == "Tom Green"


# -- parties -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, text, party",
    [
        ("The Tories won 331 seats, their best result since 1992.", "331", "Conservative"),
        ("Tory candidates won 331 seats across the country.", "331", "Conservative"),
        ("TORY candidates won 331 seats.", "331", "Conservative"),
        ("The Conservative Party won 331 seats.", "331", "Conservative"),
        ("The Lib Dems won eight seats.", "eight", "Liberal Democrat"),
        ("The LibDems were reduced to eight seats.", "eight", "Liberal Democrat"),
        ("The Liberal Democrats won eight seats.", "eight", "Liberal Democrat"),
        ("Ukip took 12.6 per cent of the vote.", "12.6", "UKIP"),
        ("UKIP took 12.6 per cent of the vote.", "12.6", "UKIP"),
        ("The SNP won 56 seats. Labours share of the vote was 30.4 per cent.", "30.4", "Labour"),
        ("The Scottish National Party won 56 seats.", "56", "SNP"),
        ("The Greens won one seat.", "one", "Green"),
    ],
)
def test_party_aliases(claims_of, sentence, text, party):
    c = figure(claims_of(sentence), text)
    assert (c.subject, c.party, c.subject_kind) == (party, party, "party")


def test_party_alias_beside_a_person_is_the_persons_party(claims_of):
    c = figure(claims_of("Esther McVey lost to Labours Margaret Greenwood, who took the seat by a margin of 417 votes."),
               "417")
    assert (c.subject, c.party) == ("Margaret Greenwood", "Labour")


def test_defector_is_not_a_member_of_the_party_named(extract_texts):
    (ex,) = extract_texts({"x.txt": "Tory defector Douglas Carswell held Clacton for Ukip with 19,642 votes."})
    assert mention(ex, "Douglas Carswell").party != "Conservative"


# -- spelling slips ----------------------------------------------------------------------

def test_case_slip_in_a_name_is_the_same_person(extract_texts, check_texts):
    text = ("Ed Balls lost Morley and Outwood to the Conservatives by 422 votes.\n"
            "Shadow Chancellor Ed balls polled 18,354 votes.")
    (ex,) = extract_texts({"balls.txt": text})
    m = mention(ex, "Ed balls")
    assert (m.name, m.via) == ("Ed Balls", "case")
    assert figure(ex.claims, "18,354").subject == "Ed Balls"
    (f,) = check_texts({"balls.txt": text}).findings
    assert (f.rule, f.location.line, f.suggestion) == ("name-variant", 2, "Ed Balls")


def test_misspelt_constituency_is_linked_to_the_gazetteer_and_suggested(extract_texts, check_texts):
    text = "Esther McVey lost her Wirrall West seat to Labour's Margaret Greenwood by 417 votes."
    (ex,) = extract_texts({"wirral.txt": text})
    m = mention(ex, "Wirrall West", kind="place")
    assert (m.gazetteer, m.via) == ("Wirral West", "fuzzy")
    assert figure(ex.claims, "417").place == "Wirral West"
    (f,) = check_texts({"wirral.txt": text}).findings
    assert (f.rule, f.suggestion) == ("name-variant", "Wirral West")


def test_official_constituency_names_are_recognised(claims_of):
    claims = claims_of("The turnout in Thanet South was 72.7 per cent.")
    assert figure(claims, "72.7").place == "South Thanet"


def test_correct_constituency_before_a_name_is_not_a_variant(extract_texts, check_texts):
    text = "In Norwich North Chloe Smith held on for the Conservatives with 19,052 votes."
    (ex,) = extract_texts({"x.txt": text})
    assert mention(ex, "Norwich North", kind="place").via != "fuzzy"
    assert check_texts({"x.txt": text}).findings == []


# -- two contests in one article -----------------------------------------------------------

def test_two_candidates_in_two_seats_in_one_sentence_are_not_mixed(claims_of, check_texts):
    text = ("In Hexham, Conservative Guy Opperman polled 22,834 votes and won a majority of 13,728. "
            "In Blyth Valley, Labour's Ronnie Campbell polled 15,894 votes and won a majority of 9,229.")
    got = {c.text: (c.subject, c.place) for c in claims_of(text)}
    assert got == {
        "22,834": ("Guy Opperman", "Hexham"),
        "13,728": ("Guy Opperman", "Hexham"),
        "15,894": ("Ronnie Campbell", "Blyth Valley"),
        "9,229": ("Ronnie Campbell", "Blyth Valley"),
    }
    assert check_texts({"x.txt": text}).errors == 0


def test_two_candidates_in_two_paragraphs_are_not_mixed(claims_of, check_texts):
    text = ("Conservative Anne Milton held Guildford with 30,802 votes.\n\n"
            "In Mole Valley, Conservative Sir Paul Beresford polled 33,434 votes. "
            "Ms Milton's majority was 22,448.")
    got = {c.text: (c.subject, c.place) for c in claims_of(text) if c.kind != Kind.OUTCOME}
    assert got == {
        "30,802": ("Anne Milton", "Guildford"),
        "33,434": ("Paul Beresford", "Mole Valley"),
        "22,448": ("Anne Milton", "Guildford"),
    }
    assert check_texts({"x.txt": text}).errors == 0


def test_two_candidates_in_two_paragraphs_with_topic_places(claims_of):
    text = ("At Barrow and Furness Labour’s John Woodcock won a second term, but saw his majority slashed to 795.\n\n"
            "At Morecambe and Lunesdale, Conservative David Morris won a second term after polling 19,691 votes.")
    got = {c.text: (c.subject, c.place) for c in claims_of(text) if c.kind != Kind.CHANGE}
    assert got == {"795": ("John Woodcock", "Barrow and Furness"),
                   "19,691": ("David Morris", "Morecambe and Lunesdale")}
