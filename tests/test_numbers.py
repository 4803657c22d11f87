"""The number reader: how copy writes figures, read without spaCy."""

from __future__ import annotations

import pytest

from checker.numbers import find_numbers, parse_number


def only(text: str):
    """The one number in `text`; fails if there is not exactly one."""
    found = find_numbers(text)
    assert len(found) == 1, f"expected one number in {text!r}, got {[n.text for n in found]}"
    return found[0]


# -- well-formed figures ----------------------------------------------------------------

@pytest.mark.parametrize(
    "written, value",
    [
        ("25,194", 25194),
        ("795", 795),
        ("1,000,000", 1_000_000),
        ("25\u2009194", 25194),  # thin space
        ("25\u00a0194", 25194),  # no-break space
        ("25\u202f194", 25194),  # narrow no-break space
        ("1\u2009204\u2009311", 1_204_311),
    ],
    ids=["comma", "plain", "two-commas", "thin-space", "nbsp", "narrow-nbsp", "thin-space-millions"],
)
def test_digits_with_thousands_separators(written, value):
    n = only(f"He polled {written} votes.")
    assert n.text == written
    assert n.value == value
    assert n.decimals == 0
    assert not n.words
    assert n.malformed is None


@pytest.mark.parametrize(
    "written, value, decimals, half_step",
    [
        ("51.5", 51.5, 1, 0.05),
        ("59.7", 59.7, 1, 0.05),
        ("0.5", 0.5, 1, 0.05),
        ("36.10", 36.1, 2, 0.005),
    ],
)
def test_decimals_keep_their_precision(written, value, decimals, half_step):
    n = only(f"a {written} per cent share of the vote")
    assert n.value == pytest.approx(value)
    assert n.decimals == decimals
    assert n.half_step == pytest.approx(half_step)
    assert n.malformed is None


@pytest.mark.parametrize(
    "written, value",
    [
        ("eight", 8),
        ("Eight", 8),
        ("fifty-six", 56),
        ("Fifty-Six", 56),
        ("twenty-one", 21),
        ("ninety-nine", 99),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("one hundred and twelve", 112),
        ("seventy-two thousand", 72_000),
    ],
)
def test_numbers_in_words(written, value):
    n = only(f"The party won {written} seats.")
    assert n.text == written
    assert n.value == value
    assert n.words
    assert n.malformed is None


@pytest.mark.parametrize("text", ["someone often weighted the tone", "the Liberal Democrats held on", "Labour-held"])
def test_number_words_inside_other_words_are_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("took 51.5% of the vote", "51.5", 51.5),
        ("took 51.5 per cent of the vote", "51.5", 51.5),
        ("took 5pc of the vote", "5", 5),
        ("a 59.7 percent share", "59.7", 59.7),
    ],
)
def test_percentages(text, written, value):
    n = only(text)
    assert n.text == written
    assert n.value == pytest.approx(value)
    assert n.malformed is None


def test_scale_word_multiplies_and_widens_rounding():
    n = only("Labour polled 9.3m votes nationally")
    assert n.value == pytest.approx(9_300_000)
    assert n.half_step == pytest.approx(50_000)


@pytest.mark.parametrize("written, value", [("+6.1", 6.1), ("\u22123", -3), ("-3.1", -3.1)])
def test_signed_changes(written, value):
    n = only(f"Labour ({written})")
    assert n.signed
    assert n.value == pytest.approx(value)


def test_positions_slice_the_text():
    text = "He polled 25,194 votes, a 51.5 per cent share, and eight rivals."
    found = find_numbers(text)
    assert [n.text for n in found] == ["25,194", "51.5", "eight"]
    for n in found:
        assert text[n.start : n.end] == n.text


# -- malformed figures: read anyway, and flagged ----------------------------------------

@pytest.mark.parametrize(
    "text, written, value, why",
    [
        ("Conservative Simon Fell 17, 525.", "17, 525", 17525, "space"),
        ("he saw Simon Fell take 17, 525 votes", "17, 525", 17525, "space"),
        ("after polling 19,691votes.", "19,691", 19691, "votes"),
        ("a majority of 152,06.", "152,06", 15206, "irregular"),
        ("a total of 1234,567 votes", "1234,567", 1234567, "irregular"),
    ],
    ids=["space-after-comma", "space-after-comma-mid-sentence", "glued-to-word", "short-group", "long-group"],
)
def test_malformed_numbers_are_read_and_flagged(text, written, value, why):
    n = only(text)
    assert n.text == written
    assert n.value == value
    assert n.malformed is not None
    assert why in n.malformed


@pytest.mark.parametrize("written, value", [("17, 525", 17525.0), ("fifty-six", 56.0), ("25\u2009194", 25194.0), ("51.5", 51.5)])
def test_parse_number(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["19,691votes", "3-2", "the 2010 result", ""])
def test_parse_number_refuses_what_is_not_one_number(written):
    assert parse_number(written) is None


# -- things that are not one number ------------------------------------------------------

def test_year_is_read_whole_and_not_as_grouped_digits():
    n = only("first elected in 2010")
    assert n.value == 2010
    assert n.malformed is None


def test_score_is_two_numbers_not_a_negative():
    found = find_numbers("the vote in committee was 3-2")
    assert [(n.text, n.value, n.signed) for n in found] == [("3", 3, False), ("2", 2, False)]


def test_season_range_is_two_numbers_not_a_negative():
    found = find_numbers("in the 2010-11 session")
    assert [(n.value, n.signed) for n in found] == [(2010, False), (11, False)]


@pytest.mark.parametrize("text", ["polls closed at 10pm", "declared at 3am", "at 10.30pm", "by 4.30am", "in the 1990s", "came 3rd", "his 2nd term"])
def test_times_decades_and_ordinals_are_not_quantities(text):
    assert find_numbers(text) == []


def test_clock_time_with_minutes_is_not_a_malformed_number():
    found = find_numbers("The result was declared at 4.30am on Friday.")
    assert all(n.malformed is None for n in found)
    assert all(n.value != 4.3 for n in found)


def test_year_then_comma_then_figure_is_two_numbers():
    found = find_numbers("In 1997, 418 Labour MPs were elected.")
    assert [n.value for n in found] == [1997, 418]


@pytest.mark.parametrize("text", [
    "Labour held the seat with 12,345 votes. Full results: https://ift.tt/36bksFu",
    "Labour held the seat with 12,345 votes (see www.example.co.uk/results/2024/ward-17.html).",
    "Read more at http://news.example.com/uk-politics-48596013?page=2 - Labour held the seat with 12,345 votes.",
])
def test_digits_inside_a_web_address_are_no_figures(text):
    assert only(text).text == "12,345"
