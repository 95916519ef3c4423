""" "in his 40s": a decade of someone's life is an age in years, not the 1940s."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2024, 11, 3)


def numbers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (s.label, s.text, s.value, s.unit)
        for s in analyze(text, published=PUBLISHED)
        if s.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A man in his 40s was arrested.", "40s", "[40,50)"),
        ("A woman in her early 30s was hurt.", "early 30s", "[30,40)"),
        ("Most players in their 20s left.", "20s", "[20,30)"),
        ("He was in his late 20's.", "late 20's", "[20,30)"),
    ],
)
def test_a_decade_of_life_is_an_age(text: str, span: str, value: str) -> None:
    assert numbers(text) == [("QUANTITY", span, value, "years")]


@pytest.mark.parametrize("text", ["Her 80s records sold well.", "in the 1980s"])
def test_other_decades_stay_dates(text: str) -> None:
    assert [label for label, *_ in numbers(text)] == ["DATE"]


def test_tens_of_degrees_are_no_age_and_no_decade() -> None:
    assert [label for label, *_ in numbers("Temperatures were in the 80s.")] == ["QUANTITY"]


def test_the_middle_of_a_decade_of_life() -> None:
    assert numbers("She is in her mid-30s.") == [("QUANTITY", "mid-30s", "[30,40)", "years")]
