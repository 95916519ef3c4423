"""A quarter of a game is no quarter of the year; a quarter in a company's results is."""

from __future__ import annotations

from datetime import date

from tuiread.analysis import analyze

_DAY = date(2026, 12, 7)


def _dates(text: str) -> dict[str, str | None]:
    return {s.text: s.value for s in analyze(text, published=_DAY) if s.label == "DATE"}


def test_a_quarter_in_a_paragraph_about_a_game_has_no_calendar_value() -> None:
    assert _dates("Buffalo led 24-13 early in the fourth quarter.") == {}
    assert _dates("The Lakers trailed by 10 after two rebounds in the third quarter.") == {}


def test_a_quarter_in_results_keeps_its_value() -> None:
    assert _dates("Profit rose in the fourth quarter, the company said.") == {
        "the fourth quarter": "2026-Q4"
    }
    got = _dates("Sales in the third quarter fell 3 percentage points.")
    assert got == {"the third quarter": "2026-Q3"}


def test_a_fraction_written_with_a_dash_is_no_score() -> None:
    got = _dates("The rate we had in the second quarter was above 2 percent to 2-1/4 percent.")
    assert got == {"the second quarter": "2026-Q2"}


def test_a_capitalised_unit_before_of_and_a_name_is_a_word_of_the_name() -> None:
    assert _dates("Gunmen killed the mayor during a Day of the Dead festival.") == {}
    assert _dates("It was the Year of the Dragon.") == {}
    assert _dates("He waited a day of rain.") == {"a day": "P1D"}


def test_points_scored_and_a_lead_make_a_paragraph_about_a_game() -> None:
    got = _dates(
        "The Lakers led by 12 in the fourth quarter before Boston scored 15 straight points."
    )
    assert got == {}
    assert _dates("Curry had 10 of his 30 points in the third quarter.") == {}
    assert _dates("Dallas pulled away in the fourth quarter to win the game.") == {}


def test_the_last_quarter_of_a_game_has_no_calendar_value() -> None:
    assert _dates("Curry scored 10 of his 30 points in the last quarter.") == {}
    assert _dates("Boston outscored Miami in the final quarter.") == {}


def test_points_of_an_index_or_a_market_lead_leave_the_quarter_a_date() -> None:
    got = _dates("The FTSE 100 fell 50 points in the fourth quarter.")
    assert got == {"the fourth quarter": "2026-Q4"}
    got = _dates("Samsung extended its lead over Apple in the third quarter.")
    assert got == {"the third quarter": "2026-Q3"}
    got = _dates("Sales of the video game rose in the third quarter.")
    assert got == {"the third quarter": "2026-Q3"}
    assert _dates("Sales rose 5% last quarter.") == {"last quarter": "2026-Q3"}
