"""Two dates across "to" or "through" that are no range: a period and a bound inside it,
and a weekday before the month an act moves something to; with "from" they are a range."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze


def dates(text: str) -> list[str]:
    return [s.text for s in analyze(text, published=date(1989, 10, 30)) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Fidelity's junk fund has fallen 2.08% this year through Oct. 19, Lipper says.",
            ["this year", "Oct. 19"],
        ),
        (
            "There was little change in fund sales this year through August.",
            ["this year", "August"],
        ),
        (
            "Accounting for a small downward revision Friday to December's figures, jobs rose.",
            ["Friday", "December"],
        ),
        ("The vote was postponed Tuesday to January 1990.", ["Tuesday", "January 1990"]),
    ],
)
def test_no_range_between_a_period_or_day_and_a_month(text: str, parts: list[str]) -> None:
    assert dates(text) == parts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The exhibition runs from Friday to December.", "from Friday to December"),
        ("The show runs Friday to Sunday.", "Friday to Sunday"),
        ("The shop is open Monday to Friday's close.", "Monday to Friday"),
        ("Sales rose from this year to 1995.", "from this year to 1995"),
    ],
)
def test_ranges_of_days_and_months_stay(text: str, span: str) -> None:
    assert dates(text) == [span]
