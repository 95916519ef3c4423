"""Fractions and mixed numbers in digits: "3/4 percent", "1/4 of the land", "2-1/4",
"106-26/32" (a bond's price) are numbers with their value, no dates; "9/11" and a range of
days "5/1-5/7" stay dates."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in find_numbers(text)]


def test_a_fraction_before_a_unit_or_of_is_no_date() -> None:
    assert _read("Prices rose 3/4 percent.") == [("3/4 percent", "PERCENT", "0.75")]
    assert _read("They own 1/4 of the land.") == [("1/4", "CARDINAL", "0.25")]


def test_a_whole_and_a_fraction_joined_by_a_hyphen_is_one_number() -> None:
    assert _read("The stock rose to 48-1/4.") == [("48-1/4", "CARDINAL", "48.25")]
    assert _read("The bond traded at 106-26/32.") == [("106-26/32", "CARDINAL", "106.8125")]
    got = _read("It was above 2 percent to 2-1/4 percent.")
    assert got == [("2 percent to 2-1/4 percent", "PERCENT", "[2,2.25)")]


def test_dates_in_digits_stay_dates() -> None:
    assert _read("The 9/11 attacks")[0][1] == "DATE"
    assert _read("Open from 5/1-5/7, 2020.")[0][1] == "DATE"


def test_a_compound_denominator_takes_the_tens_word_before_it() -> None:
    # a plural ordinal after a cardinal is a denominator; "thirty fifths" are 35ths
    assert _read("three twenty-firsts") == [("three twenty-firsts", "CARDINAL", "0.1428571429")]
    assert _read("one hundred thirty fifths") == [
        ("one hundred thirty fifths", "CARDINAL", "2.8571428571")
    ]
    # a lone tens word is the numerator
    assert _read("twenty thirds") == [("twenty thirds", "CARDINAL", "6.6666666667")]


def test_tenths_and_hundredths_after_and_are_the_decimals_of_the_whole() -> None:
    got = _read("two hundred and fifty-four hundredths")
    assert got == [("two hundred and fifty-four hundredths", "CARDINAL", "200.54")]
    # "a half" after a scale word is still a half of the scale
    assert _read("3 million and a half") == [("3 million and a half", "CARDINAL", "3500000")]


def test_a_minus_before_a_decimal_without_its_zero_keeps_its_sign() -> None:
    assert _read("The rate was -.5 percent.") == [("-.5 percent", "PERCENT", "-0.5")]
    assert _read("-.08") == [("-.08", "CARDINAL", "-0.08")]


def test_a_plural_ordinal_after_a_year_in_words_makes_a_fraction() -> None:
    assert _read("twenty twenty fifths") == [("twenty twenty fifths", "CARDINAL", "0.8")]
    assert _read("in twenty twenty")[0][1] == "DATE"
