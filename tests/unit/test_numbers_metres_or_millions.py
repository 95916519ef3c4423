"""An "m" glued to a number: metres only where the text is about length, else a million."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def first_number(text: str) -> tuple[str, str | None, str | None]:
    span = next(s for s in analyze(text) if s.kind == "number")
    return span.label, span.value, span.unit


@pytest.mark.parametrize(
    "text",
    [
        "Some 1.5m watched the final.",
        "The show drew 2m on Sunday.",
        "Sales rose to 3m last year.",
        "It reached 4.2m in May.",
        "It sold 5m copies.",
    ],
)
def test_a_million_where_nothing_speaks_of_length(text: str) -> None:
    label, value, unit = first_number(text)
    assert (label, unit) == ("CARDINAL", None) and value is not None and float(value) >= 1e6


@pytest.mark.parametrize(
    "text",
    [
        "The wall is 5m high.",
        "He won the 100m final.",
        "A 3m drop.",
        "He ran 400m in 44 seconds.",
        "She cleared 2.05m.",
        "She won the 1500m and 5000m titles.",
    ],
)
def test_metres_where_the_text_is_about_length(text: str) -> None:
    spans = [s for s in analyze(text) if s.kind == "number" and s.text.endswith("m")]
    assert spans and all((s.label, s.unit) == ("QUANTITY", "m") for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "The boat is 12m.",
        "The tower, which is 300m, opened in 1889.",
        "The vessel, 12m in length, sank.",
        "The divers reached a depth of 300m.",
        "Forecasters warned of waves of up to 8m.",
        "The bridge spans 500m.",
    ],
)
def test_metres_after_the_thing_they_measure(text: str) -> None:
    label, value, unit = first_number(text)
    assert (label, unit) == ("QUANTITY", "m") and value is not None and float(value) < 1000


@pytest.mark.parametrize(
    "text",
    [
        "The new building cost 12m.",
        "The bridge drew 2m visitors.",
        "Tower Hamlets spent 12m.",
        "The deal is worth 30m.",
    ],
)
def test_a_million_after_a_thing_that_is_paid_for_or_counted(text: str) -> None:
    label, value, unit = first_number(text)
    assert (label, unit) == ("CARDINAL", None) and value is not None and float(value) >= 1e6


def test_an_m_ending_a_range_of_money_is_millions() -> None:
    spans = [
        s
        for s in analyze("Revenue of £2-3m was expected; the pole was 2-3m high.")
        if s.kind == "number"
    ]
    assert [(s.text, s.label, s.value, s.unit) for s in spans] == [
        ("£2-3m", "MONEY", "[2000000,3000000)", "GBP"),
        ("2-3m", "QUANTITY", "[2,3)", "m"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("They sold 3 M units.", "3000000"), ("The total was 1,674,200.5 M.", "1674200500000")],
)
def test_a_capital_m_after_a_blank_is_a_million(text: str, value: str) -> None:
    # the symbol for metres is a small "m"; "M" alone is a million
    assert first_number(text) == ("CARDINAL", value, None)


def test_a_small_m_after_a_blank_stays_metres() -> None:
    assert first_number("a 2 m wall") == ("QUANTITY", "2", "m")


def test_millions_before_a_unit_word_are_a_quantity_of_that_unit() -> None:
    assert first_number("Emissions fell to 417m tonnes.") == ("QUANTITY", "417000000", "t")
    assert first_number("It holds 3m litres of water.") == ("QUANTITY", "3000000", "l")
    # a symbol that is also a word stays out: "in" is no inches here
    assert first_number("He earned 5m in 2020.") == ("CARDINAL", "5000000", None)
