"""Claim extraction: what each figure in a sentence of copy is, whose it is, and when.

Each case is a realistic sentence (or two), the figure as written, and what an editor
would say the figure states. Fields not given default to: year None, modality actual.
"""

from __future__ import annotations

import pytest

from checker.model import Kind

NO_YEAR = None


def case(sentence, text, kind, value, subject, year=NO_YEAR, modality="actual", *, id, xfail=None, **extra):
    expect = {"kind": kind, "value": value, "subject": subject, "year": year, "modality": modality, **extra}
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, text, expect, marks=marks, id=id)


def figure(claims, text):
    """The one (non-change) claim whose figure is written `text`."""
    found = [c for c in claims if c.text == text and c.kind != Kind.CHANGE]
    assert len(found) == 1, f"expected one claim for {text!r}, got {[(c.kind.value, c.text) for c in claims]}"
    return found[0]


def check(claims_of, sentence, text, expect):
    c = figure(claims_of(sentence), text)
    got = {k: getattr(c, k) for k in expect}
    assert got == expect


# -- votes -----------------------------------------------------------------------------

VOTES = [
    case("Liberal Democrat Tim Farron held Westmorland and Lonsdale. Mr Farron was re-elected for a third term. "
         "He polled 25,194 votes.", "25,194", "votes", 25194, "Tim Farron", id="he-polled",
         place="Westmorland and Lonsdale"),
    case("The Conservatives' Julian Smith held Skipton and Ripon. Mr Smith received 30,248 votes.",
         "30,248", "votes", 30248, "Julian Smith", id="mr-smith-received", place="Skipton and Ripon"),
    case("Conservative David Morris won a second term in office after polling 19,691votes.",
         "19,691", "votes", 19691, "David Morris", id="after-polling-glued", party="Conservative"),
    case("Conservative David Morris held Morecambe and Lunesdale. His nearest rival, Labour’s Amina Lone, "
         "got 15,101 votes.", "15,101", "votes", 15101, "Amina Lone", id="nearest-rival-got",
         role="runner_up", party="Labour"),
    case("Liberal Democrat Tim Farron polled 25,194 votes. Conservative Dr Ann Myatt polled 16,245 to come second.",
         "16,245", "votes", 16245, "Ann Myatt", id="polled-to-come-second", role="runner_up", party="Conservative"),
    case("Ed Balls lost Morley and Outwood. Conservative Andrea Jenkyns took the seat with 18,776 votes to "
         "Mr Balls's 18,354.", "18,776", "votes", 18776, "Andrea Jenkyns", id="votes-to-rivals-winner",
         place="Morley and Outwood"),
    case("Ed Balls lost Morley and Outwood. Conservative Andrea Jenkyns took the seat with 18,776 votes to "
         "Mr Balls's 18,354.", "18,354", "votes", 18354, "Ed Balls", id="votes-to-rivals-loser",
         place="Morley and Outwood"),
    case("Labour's Sarah Jones polled 21,450 votes in Croydon Central.", "21,450", "votes", 21450, "Sarah Jones",
         id="polled-in-place", party="Labour", place="Croydon Central"),
    case("In Hexham, the Conservative Guy Opperman received 22,834 votes.", "22,834", "votes", 22834,
         "Guy Opperman", id="in-place-received", place="Hexham"),
    case("Liberal Democrat Mark Williams held Ceredigion with 10,347 votes.", "10,347", "votes", 10347,
         "Mark Williams", id="held-with", role="winner", place="Ceredigion"),
    case("Caroline Lucas held Brighton Pavilion for the Greens with 22,871 votes.", "22,871", "votes", 22871,
         "Caroline Lucas", id="held-for-party-with"),
    case("Rory Stewart held Penrith and The Border with 26,202 votes.", "26,202", "votes", 26202,
         "Rory Stewart", id="capitalised-The-in-seat-name"),
    case("Conservative Maria Miller held Basingstoke with 25,769 votes, ahead of Labour's Paul Harvey, "
         "the runner-up on 9,964 votes.", "25,769", "votes", 25769, "Maria Miller", id="with-votes-ahead-of"),
    case("Conservative Maria Miller held Basingstoke with 25,769 votes, ahead of Labour's Paul Harvey, "
         "the runner-up on 9,964 votes.", "9,964", "votes", 9964, "Paul Harvey", id="the-runner-up-on",
         role="runner_up",
         xfail="in an appositive ('Labour's Paul Harvey, the runner-up on 9,964 votes') the runner-up's votes "
               "are given to the winner, Maria Miller (role runner_up, subject Maria Miller)"),
    case("Labour's vote rose from 12,000 in 2010 to 15,500.", "15,500", "votes", 15500, "Labour",
         id="party-vote-rose-from-to"),
]


@pytest.mark.parametrize("sentence, text, expect", VOTES)
def test_votes(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- majority --------------------------------------------------------------------------

FARRON_FELL = ("Liberal Democrat Tim Farron held Westmorland and Lonsdale, as his majority fell from 12,264 in 2010 "
               "to 8,949.")
WOODCOCK = ("At Barrow and Furness Labour’s John Woodcock won a second term as MP. But he saw his previous majority "
            "of 5,028 slashed to just 795.")
LUCAS = "Labour's Ian Lucas saw his majority cut from 3,658 in 2010 to 1,831."

MAJORITY = [
    case("Conservative David Morris held Morecambe and Lunesdale. His nearest rival, Labour’s Amina Lone, got "
         "15,101 votes, giving Mr Morris a majority of 4,590.", "4,590", "majority", 4590, "David Morris",
         id="giving-a-majority-of", role="winner", place="Morecambe and Lunesdale"),
    case(FARRON_FELL, "12,264", "majority", 12264, "Tim Farron", 2010, "historical", id="fell-from-old"),
    case(FARRON_FELL, "8,949", "majority", 8949, "Tim Farron", id="fell-to-new"),
    case(WOODCOCK, "5,028", "majority", 5028, "John Woodcock", None, "historical", id="previous-majority-slashed"),
    case(WOODCOCK, "795", "majority", 795, "John Woodcock", id="slashed-to-just"),
    case("The Conservatives' Julian Smith held Skipton and Ripon. In 2010 Mr Smith's majority was 9,950.",
         "9,950", "majority", 9950, "Julian Smith", 2010, "historical", id="in-2010-majority-was"),
    case("Conservative Kevin Foster won Torbay with a majority of 3,286.", "3,286", "majority", 3286,
         "Kevin Foster", id="won-with-a-majority-of", place="Torbay"),
    case("Labour's Jane Brown held Bolton North East, where her majority was 4,377.", "4,377", "majority", 4377,
         "Jane Brown", id="where-her-majority-was", place="Bolton North East"),
    case(LUCAS, "3,658", "majority", 3658, "Ian Lucas", 2010, "historical", id="cut-from-old"),
    case(LUCAS, "1,831", "majority", 1831, "Ian Lucas", id="cut-to-new"),
    case("Labour's majority in Hampstead and Kilburn was just 42 votes in 2010.", "42", "majority", 42, "Labour", 2010,
         "historical", id="majority-was-n-votes-in-year",
         xfail="'majority … was just 42 votes' is read as votes (42 votes for Labour), not a majority"),
    case("Labour's Kate Green was re-elected in Stretford and Urmston with a majority of 11,685.", "11,685",
         "majority", 11685, "Kate Green", id="candidate-surnamed-Green",
         xfail="the surname in 'Kate Green' is read as the Green party: subject 'Green', party Green"),
]


@pytest.mark.parametrize("sentence, text, expect", MAJORITY)
def test_majority(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- margin ----------------------------------------------------------------------------

MARGIN = [
    case("Esther McVey lost her Wirral West seat to Labour's Margaret Greenwood, who took the seat by a margin "
         "of 417 votes.", "417", "margin", 417, "Margaret Greenwood", id="by-a-margin-of", place="Wirral West"),
    case("The Conservatives' Julian Smith received 30,248 votes, 20,761 more than his nearest rival, Labour's "
         "Malcolm Birks.", "20,761", "margin", 20761, "Julian Smith", id="more-than-nearest-rival",
         counterpart="Malcolm Birks"),
    case("Greg Mulholland held Leeds North West by 2,907 votes.", "2,907", "margin", 2907, "Greg Mulholland",
         id="held-by", place="Leeds North West"),
    case("Labour's Wes Streeting won Ilford North by a margin of 589 votes.", "589", "margin", 589,
         "Wes Streeting", id="won-by-a-margin-of", role="winner"),
    case("Conservative Amanda Solloway took Derby North from Labour by just 41 votes.", "41", "margin", 41,
         "Amanda Solloway", id="took-from-by-just", counterpart="Labour"),
    case("Labour's Wes Streeting won Ilford North, finishing 589 votes ahead of the Conservative Lee Scott.",
         "589", "margin", 589, "Wes Streeting", id="votes-ahead-of", counterpart="Lee Scott"),
    case("Ed Balls became the highest-profile casualty of the night, losing his seat to the Conservatives by "
         "422 votes.", "422", "margin", 422, "Ed Balls", id="losing-by", role="loser"),
]


@pytest.mark.parametrize("sentence, text, expect", MARGIN)
def test_margin(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- share of the vote -------------------------------------------------------------------

SHARE = [
    case("Liberal Democrat Tim Farron polled 25,194 votes, a 51.5 per cent share of the vote.", "51.5", "share",
         51.5, "Tim Farron", id="a-per-cent-share-of-the-vote"),
    case("Labour's Rachel Reeves took 54.6 per cent of the vote in Leeds West.", "54.6", "share", 54.6,
         "Rachel Reeves", id="took-per-cent-of-the-vote", place="Leeds West"),
    case("Conservative Zac Goldsmith won Richmond Park with 58.2% of the vote.", "58.2", "share", 58.2,
         "Zac Goldsmith", id="percent-sign"),
    case("The SNP's vote share in Scotland was 50 per cent.", "50", "share", 50, "SNP", id="vote-share-was",
         scope="Scotland"),
    case("Ukip's share of the vote rose to 12.6 per cent nationally.", "12.6", "share", 12.6, "UKIP",
         id="share-rose-to"),
    case("The Conservatives' share of the vote fell from 36.1 per cent in 2010 to 35.2 per cent.", "36.1", "share",
         36.1, "Conservative", 2010, "historical", id="share-fell-from-old"),
    case("The Conservatives' share of the vote fell from 36.1 per cent in 2010 to 35.2 per cent.", "35.2", "share",
         35.2, "Conservative", id="share-fell-to-new"),
]


@pytest.mark.parametrize("sentence, text, expect", SHARE)
def test_share(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- seats: results, earlier results, forecasts and targets --------------------------------

CLEGG = "Nick Clegg stepped down after the Liberal Democrats won only eight seats – down from 57 in 2010."
EXIT_POLL = "An exit poll predicted the Conservatives would win 316 seats to Labour's 239."
PROJECTED = "Pollsters projected that Labour would take 239 seats and the SNP 58."

SEATS = [
    case(CLEGG, "eight", "seats", 8, "Liberal Democrat", id="won-only-eight"),
    case(CLEGG, "57", "seats", 57, "Liberal Democrat", 2010, "historical", id="down-from-in-2010"),
    case("The Conservatives won 331 seats.", "331", "seats", 331, "Conservative", id="won-seats"),
    case("Labour finished the night with 232 MPs.", "232", "seats", 232, "Labour", id="with-MPs"),
    case("The Liberal Democrats, who won 57 seats in 2010, were left with eight.", "57", "seats", 57,
         "Liberal Democrat", 2010, "historical", id="who-won-in-2010"),
    case(EXIT_POLL, "316", "seats", 316, "Conservative", None, "forecast", id="exit-poll-would-win"),
    case(EXIT_POLL, "239", "seats", 239, "Labour", None, "forecast", id="exit-poll-to-rivals"),
    case("A BBC exit poll forecast that the Conservatives would win 316 seats.", "316", "seats", 316,
         "Conservative", None, "forecast", id="forecast-that"),
    case(PROJECTED, "239", "seats", 239, "Labour", None, "forecast", id="projected-would-take"),
    case(PROJECTED, "58", "seats", 58, "SNP", None, "forecast", id="projected-elliptic"),
    case("By lunchtime the Conservatives had surpassed the 326 seats they need for an overall majority.", "326",
         "seats", 326, "Conservative", None, "threshold", id="surpassed-the-seats-they-need", relation="above"),
    case("The Conservatives need 326 seats for an overall majority.", "326", "seats", 326, "Conservative", None,
         "threshold", id="need-for-a-majority"),
    case("Labour fell short of the 326 seats needed to govern alone.", "326", "seats", 326, "Labour", None,
         "threshold", id="fell-short-of-seats-needed", relation="below"),
    case("Labour fell short of the 326 needed for a majority.", "326", "seats", 326, "Labour", None, "threshold",
         id="short-of-the-326-needed"),
    case("In 2010 the SNP won six seats in Scotland.", "six", "seats", 6, "SNP", 2010, "historical",
         id="in-2010-won"),
    case("The SNP won six seats in Scotland in 2010.", "six", "seats", 6, "SNP", 2010, "historical",
         id="won-in-place-in-2010"),
    case("At the 2010 election the Liberal Democrats won 57 seats.", "57", "seats", 57, "Liberal Democrat", 2010,
         "historical", id="at-the-2010-election",
         xfail="'At the 2010 election' is not read as the year: 57 is taken as this election's result"),
    case("The SNP took 56 seats, up from six in 2010.", "56", "seats", 56, "SNP", id="took-up-from"),
    case("Labour won 232 seats, 26 fewer than in 2010.", "26", "seat_change", -26, "Labour", id="fewer-than-in-2010"),
    case("The Conservatives gained 24 seats.", "24", "seat_change", 24, "Conservative", id="gained-seats"),
    case("Labour lost 40 seats in Scotland.", "40", "seat_change", -40, "Labour", id="lost-seats", scope="Scotland"),
    case("Labour gained 22 seats from the Conservatives but lost 40 to the SNP.", "40", "seat_change", -40, "Labour",
         id="gained-but-lost-elliptic"),
    case("In 1997, 418 Labour MPs were elected.", "418", "seats", 418, "Labour", 1997, "historical",
         id="year-comma-figure"),
]


@pytest.mark.parametrize("sentence, text, expect", SEATS)
def test_seats(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- "X of Y": the part and the whole ------------------------------------------------------

PART_OF_WHOLE = [
    case("The SNP swept to an astonishing victory in Scotland, claiming 56 of 59 seats.", "56", "seats", 56, "SNP",
         id="claiming-56-of-59", whole=59),
    case("The SNP won 56 of the 59 seats in Scotland.", "56", "seats", 56, "SNP", id="of-the-seats-in",
         whole=59, scope="Scotland"),
    case("Plaid Cymru won three of the 40 Welsh seats.", "three", "seats", 3, "Plaid Cymru", id="of-the-Welsh-seats",
         whole=40, scope="Wales"),
    case("Labour held 25 of Wales's 40 seats.", "25", "seats", 25, "Labour", id="of-possessive-region", whole=40),
    case("In Scotland the SNP won 56 of the country's 59 constituencies.", "56", "seats", 56, "SNP",
         id="of-the-countrys-constituencies", whole=59),
]

WHOLES = [
    case("The SNP swept to an astonishing victory in Scotland, claiming 56 of 59 seats.", "59", "total_seats", 59,
         None, id="claiming-56-of-59", scope="Scotland"),
    case("Plaid Cymru won three of the 40 Welsh seats.", "40", "total_seats", 40, None, id="of-the-Welsh-seats",
         scope="Wales"),
    case("Of Scotland's 59 seats, the SNP won 56.", "59", "total_seats", 59, None, id="of-regions-seats"),
]


@pytest.mark.parametrize("sentence, text, expect", PART_OF_WHOLE)
def test_part_of_whole(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


@pytest.mark.parametrize("sentence, text, expect", WHOLES)
def test_whole_is_a_total(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- turnout, electorate, votes cast --------------------------------------------------------

TOTALS = [
    case("Turnout in Sheffield Hallam was 74.2 per cent.", "74.2", "turnout", 74.2, None, id="turnout-in-was"),
    case("The turnout in Bradford West was 62.8%.", "62.8", "turnout", 62.8, None, id="the-turnout-percent",
         place="Bradford West"),
    case("In Morley and Outwood turnout reached 63.9 per cent.", "63.9", "turnout", 63.9, None,
         id="turnout-reached"),
    case("Turnout was 66.1 per cent, up from 65.1 per cent in 2010.", "65.1", "turnout", 65.1, None, 2010,
         "historical", id="turnout-up-from"),
    case("Turnout was up one point to 66.1 per cent.", "66.1", "turnout", 66.1, None, id="turnout-up-point-to",
         xfail="in 'Turnout was up one point to 66.1 per cent' the 'one' is read as the turnout and 66.1 as a share"),
    case("Some 71 per cent of the electorate turned out to vote in Dunbartonshire East.", "71", "turnout", 71, None,
         id="per-cent-of-electorate-turned-out"),
    case("The constituency has an electorate of 71,932.", "71,932", "electorate", 71932, None,
         id="an-electorate-of"),
    case("Dover's electorate is 72,929.", "72,929", "electorate", 72929, None, id="possessive-electorate-is",
         place="Dover"),
    case("An electorate of 68,419 was eligible to vote in Hartlepool.", "68,419", "electorate", 68419, None,
         id="electorate-of-was-eligible"),
    case("The electorate in Thanet South numbered 70,894.", "70,894", "electorate", 70894, None,
         id="electorate-numbered", place="South Thanet"),
    case("There are 73,212 registered voters in Nuneaton.", "73,212", "electorate", 73212, None,
         id="figure-registered-voters"),
    case("A total of 52,118 votes were cast in Westmorland and Lonsdale.", "52,118", "votes_cast", 52118, None,
         id="a-total-of-votes-were-cast", place="Westmorland and Lonsdale"),
    case("In all, 44,071 votes were cast.", "44,071", "votes_cast", 44071, None, id="in-all-votes-cast"),
    # ("Some" before a count written to the unit is a style, not an estimate: no hedge; "Some 71 per cent" keeps one)
    case("Some 48,209 ballots were cast across the constituency.", "48,209", "votes_cast", 48209, None,
         id="ballots-were-cast"),
    case("The count showed 49,531 valid votes.", "49,531", "votes_cast", 49531, None, id="valid-votes"),
    case("The total vote in Bath was 49,531.", "49,531", "votes_cast", 49531, None, id="the-total-vote-was"),
]


@pytest.mark.parametrize("sentence, text, expect", TOTALS)
def test_turnout_electorate_votes_cast(claims_of, sentence, text, expect):
    check(claims_of, sentence, text, expect)


# -- change statements ------------------------------------------------------------------------

def change(sentence, words, direction, old, new, *, id, amount=None, factor_low=None, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(sentence, words, direction, old, new, amount, factor_low, marks=marks, id=id)


CHANGES = [
    change(FARRON_FELL, "fell", "down", 12264, 8949, id="fell-from-to"),
    change(WOODCOCK, "slashed", "down", 5028, 795, id="previous-slashed-to"),
    change(LUCAS, "cut", "down", 3658, 1831, id="saw-cut-from-to"),
    change("Conservative Rory Stewart held Penrith and the Border. His majority was 19,894 up from 11,241 in 2010.",
           "up", "up", 11241, 19894, id="new-up-from-old"),
    change("Conservative Anne Main increased her majority from 2,305 in 2010 to 8,941 in St Albans.", "increased",
           "up", 2305, 8941, id="increased-from-to"),
    change(CLEGG, "down", "down", 57, 8, id="seats-down-from"),
    change("The number of Liberal Democrat MPs halved, from 57 in 2010 to 28.", "halved", "down", 57, 28,
           id="halved-from-to", factor_low=0.45),
    change("The SNP's tally of MPs more than doubled, from 40 in 2010 to 56.", "more than doubled", "up", 40, 56,
           id="more-than-doubled-from-to", factor_low=2.0),
    change("The Conservatives' Julian Smith more than doubled his majority as he held the Skipton and Ripon seat.",
           "more than doubled", "up", None, None, id="more-than-doubled-no-figures", factor_low=2.0),
    change("Liberal Democrat Tim Farron retained his Westmorland and Lonsdale seat with a reduced majority.",
           "reduced", "down", None, None, id="a-reduced-majority"),
    change("Plaid Cymru's share was up 1.1 points on 2010.", "up", "up", None, None, amount=1.1,
           id="up-points"),
    change("His majority was cut to 1,093 from 5,337.", "cut", "down", 5337, 1093, id="cut-to-from"),
    change("Conservative Rory Stewart retained Penrith and the Border with a massively increased majority.",
           "increased", "up", None, None, id="a-massively-increased-majority",
           xfail="'with a (massively) increased majority' gives no direction statement at all, while "
                 "'with a reduced majority' does"),
]


@pytest.mark.parametrize("sentence, words, direction, old, new, amount, factor_low", CHANGES)
def test_change_statements(claims_of, sentence, words, direction, old, new, amount, factor_low):
    claims = claims_of(sentence)
    changes = [c for c in claims if c.kind == Kind.CHANGE and c.change.words == words]
    assert len(changes) == 1, [(c.kind.value, c.text) for c in claims]
    ch = changes[0].change
    assert ch.direction == direction
    assert ch.attribute != Kind.CHANGE

    def value(index):
        return None if index is None else claims[index].value

    assert (value(ch.from_claim), value(ch.to_claim)) == (old, new)
    assert ch.amount == amount
    assert ch.factor_low == factor_low


def test_change_names_its_subject(claims_of):
    claims = claims_of(FARRON_FELL)
    (fell,) = [c for c in claims if c.kind == Kind.CHANGE]
    assert fell.subject == "Tim Farron"
    assert fell.change.attribute == Kind.MAJORITY


# -- distractors: numbers that are not election figures -----------------------------------------

DISTRACTORS = [
    pytest.param("Mr Farron, 45, was first elected in 2005.", [], id="age-and-year"),
    pytest.param("The 59-year-old MP has represented the seat for 18 years.", [], id="age-and-duration"),
    pytest.param("The count at Kendal Leisure Centre finished at 4.30am on Friday 8 May.", [], id="time-and-date"),
    pytest.param("Polls closed at 10pm on Thursday, May 7, 2015.", [], id="clock-and-date"),
    pytest.param("The Conservatives spent £15.6m on their national campaign.", [], id="money"),
    pytest.param("The party raised £2.5 million from 12,000 donors.", [], id="money-and-donors"),
    pytest.param("The exit poll of 22,000 voters was conducted at 141 polling stations.", [], id="poll-sample"),
    pytest.param("A survey of 1,002 adults put Labour and the Conservatives neck-and-neck.", [], id="survey-sample"),
    pytest.param("The poll has a margin of error of three points.", [], id="margin-of-error"),
    pytest.param("More than 3,000 activists knocked on 40,000 doors in the last week.", [], id="campaign-counts"),
    pytest.param("Some 650 returning officers oversaw the count across 3,971 candidates.", [], id="people-counts"),
    pytest.param("Former leader Charles Kennedy left Parliament after 32 years.", [], id="years-in-office"),
    pytest.param("Ukip came third in 120 constituencies.", [], id="constituencies-where-third"),
    pytest.param("Mr Farron, 45, polled 25,194 votes in his Cumbrian seat.", ["25,194"], id="age-beside-votes"),
    pytest.param("Labour's Jo Cox, 40, won Batley and Spen with 18,889 votes on a night that ended at 6am.",
                 ["18,889"], id="age-and-time-beside-votes"),
    pytest.param("She lost her £500 deposit after polling 1,129 votes.", ["1,129"], id="deposit-beside-votes"),
]


@pytest.mark.parametrize("sentence, figures", DISTRACTORS)
def test_distractors_are_not_claims(claims_of, sentence, figures):
    assert [c.text for c in claims_of(sentence) if c.kind != Kind.CHANGE] == figures
