"""A price quoted in fractions of a point moves by one after a verb of change: "the stock
fell 7/8 Thursday" is 0.875 of a point and a day, not July 8."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    found = analyze(text, published=date(1989, 10, 30))
    return [(s.text, s.label, s.value) for s in found if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The stock fell 7/8 Thursday amid concerns.",
            [("7/8", "CARDINAL", "0.875"), ("Thursday", "DATE", "1989-10-26")],
        ),
        (
            "Intel eased 1/8 to 31 7/8.",
            [("1/8", "CARDINAL", "0.125"), ("31 7/8", "CARDINAL", "31.875")],
        ),
        (
            "Shares were up 3/4 on Friday.",
            [("3/4", "CARDINAL", "0.75"), ("Friday", "DATE", "1989-10-27")],
        ),
    ],
)
def test_a_price_change_in_eighths_is_no_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert numbers(text) == expected


def test_a_day_and_month_after_another_verb_stays_a_date() -> None:
    assert ("7/8", "DATE", "1989-07-08") in numbers("He was born 7/8 and died 9/12.")
