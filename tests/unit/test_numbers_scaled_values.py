"""A decimal times a scale word is the number a reader reads: "4.1 billion" is 4100000000,
not the float product 4099999999.9999995."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.numbers.values import format_value


def values(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("India emitted 4.1 billion tonnes last year.", "4.1 billion tonnes", "4100000000"),
        ("The deal cost 8.2 million dollars.", "8.2 million dollars", "8200000"),
        (
            "It expects revenue of between $4.1 billion and $4.3 billion.",
            "$4.1 billion and $4.3 billion",
            "[4100000000,4300000000)",
        ),
    ],
)
def test_scaled_decimals(text: str, span: str, value: str) -> None:
    assert (span, value) in values(text), values(text)


def test_format_value_reads_fifteen_figures() -> None:
    assert format_value(4.1 * 1e9) == "4100000000"
    assert format_value(0.1 + 0.2) == "0.3"
    assert format_value(1 / 3) == "0.3333333333"
    assert format_value(123456789012345678.0) == "123456789012345680"


def test_two_scaled_numbers_across_to_are_a_range() -> None:
    text = "It cut its forecast from a range of 880 million to 920 million given in July."
    assert ("880 million to 920 million", "[880000000,920000000)") in values(text)
    # a change stays two amounts, as small counts do
    assert ("880 million to 920 million", "[880000000,920000000)") not in values(
        "Subscribers rose from 880 million to 920 million."
    )
    assert ("3", "3") in values("He hired 3 to 4 people.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The probe travels at 22 km per second.", [("22 km per second", "22")]),
        (
            "Light covers 300,000 kilometres per second.",
            [("300,000 kilometres per second", "300000")],
        ),
        ("The camera shoots 30 frames per second.", [("30", "30")]),
    ],
)
def test_per_second_is_a_unit_not_an_ordinal(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_plus_or_minus_is_a_margin_not_a_sign() -> None:
    text = "The poll has a margin of error of plus or minus 3 percentage points."
    assert values(text) == [("3 percentage points", "3")]
    assert values("Temperatures will fall to minus 3C.") == [("minus 3C", "-3")]


def test_scale_words_after_a_vague_count_name_no_number() -> None:
    assert values("They lose a few hundred thousand people.") == []
    assert values("It sold several hundred thousand copies.") == []
    assert values("It sold a hundred thousand copies.") == [("a hundred thousand", "100000")]


def test_pence_after_a_change_by() -> None:
    text = "Landing charges will rise by 10p to £32.70 per passenger."
    assert ("10p", "10") in values(text), values(text)
    assert values("Fuel duty was cut by 5p a litre.")[0][:2] == ("5p", "5")
    assert values("The shop is open until 9p.")[0][1] != "9"


def test_basis_points_are_a_unit() -> None:
    assert values("Gross margin widened by 320 basis points to 58.4%.")[0] == (
        "320 basis points",
        "320",
    )
    assert values("The yield rose 6 basis points.") == [("6 basis points", "6")]
    assert values("Rates fell 50 bps.") == [("50 bps", "50")]
