"""A decade written with two digits ("the '80s", "the ’90s", "the 80's") is a DATE with the
decade's TimeML value, as "the 1980s" is, never a cardinal."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2024, 11, 3)


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.label, s.text, s.value) for s in analyze(text, published=PUBLISHED) if s.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Music of the '80s is back.", "the '80s", "198"),
        ("He began his career in the ’90s.", "the ’90s", "199"),
        ("In the '90s, rents were low.", "the '90s", "199"),
        ("It was a hit in the 80's.", "the 80's", "198"),
        ("Fashion of the 1980’s returned.", "the 1980’s", "198"),
        ("Phones of the '00s were small.", "the '00s", "200"),
        ("the late ’70s", "the late ’70s", "197"),
    ],
)
def test_two_digit_decades(text: str, span: str, value: str) -> None:
    assert ("DATE", span, value) in numbers(text)


def test_the_1980s_unchanged() -> None:
    assert numbers("Fashion of the 1980s returned.") == [("DATE", "the 1980s", "198")]


def test_a_quoted_year_is_not_a_decade() -> None:
    assert all(label != "DATE" or value != "198" for label, _, value in numbers("in '85 and '86"))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It peaked in the mid-90s.", "the mid-90s", "199"),
        ("in the mid-’80s", "the mid-’80s", "198"),
    ],
)
def test_the_middle_of_a_two_digit_decade(text: str, span: str, value: str) -> None:
    assert ("DATE", span, value) in numbers(text)
