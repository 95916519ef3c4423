""" "a day", "an hour" right after an amount is a rate: it does not join the date after it."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2024, 11, 3)


def numbers(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text, published=PUBLISHED) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "date_span"),
    [
        ("Opec will cut output by 500,000 barrels a day from next month.", "next month"),
        ("The minimum wage rises to £11.44 an hour from April.", "April"),
        ("Fees rise by 5 per cent a year from January.", "January"),
    ],
)
def test_a_rate_after_an_amount_stays_apart_from_the_date(text: str, date_span: str) -> None:
    spans = numbers(text)
    assert ("DATE", date_span) in spans
    assert not any(" from " in t for _, t in spans)


def test_a_duration_before_a_date_still_joins() -> None:
    assert ("DATE", "a week after Christmas") in numbers("He left a week after Christmas.")
