""" "2023/24": a season or a financial year, a year and the next, not a fraction."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.label, s.text, s.value) for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The 2023/24 season ended in May.", "2023/24", "2023/2024"),
        ("Profits fell in the 2022/23 financial year.", "2022/23", "2022/2023"),
        ("The 1999/2000 season was his last.", "1999/2000", "1999/2000"),
    ],
)
def test_a_year_and_the_next_is_a_season(text: str, span: str, value: str) -> None:
    assert ("DATE", span, value) in numbers(text)


def test_years_that_do_not_follow_each_other_are_no_season() -> None:
    assert all(label != "DATE" for label, _, _ in numbers("a ratio of 2023/25"))
