"""Shares written with "in" ("one in five adults") are one number with the share's value."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in find_numbers(text)]


def test_a_share_in_words_is_one_number() -> None:
    assert _found("One in five adults smoke.") == [("One in five", "0.2")]


def test_a_share_in_digits_before_a_clause_end() -> None:
    assert _found("The share rose from 1 in 10, they said.") == [("1 in 10", "0.1")]


def test_a_larger_share_of_a_round_hundred() -> None:
    assert _found("About 15 in 100 patients relapsed.")[-1] == ("15 in 100", "0.15")


def test_runs_in_a_spell_of_balls_are_two_counts() -> None:
    assert _found("taking four for 24 in 48 balls") == [("four", "4"), ("24", "24"), ("48", "48")]


def test_no_share_when_the_first_is_larger_or_nothing_follows() -> None:
    assert _found("He scored 5 in 3 games.") == [("5", "5"), ("3", "3")]
    assert _found("more than 2 in 5") != [("more than 2 in 5", "(0.4,)")]


def test_a_fraction_of_a_percentage_point_is_a_percentage() -> None:
    def read(text: str) -> list[tuple[str, str, str | None]]:
        return [(s.text, s.label, s.value) for s in find_numbers(text)]

    assert read("The Fed raised rates by half a percentage point to 5.5%.") == [
        ("half a percentage point", "PERCENT", "0.5"),
        ("5.5%", "PERCENT", "5.5"),
    ]
    assert read("It rose by a quarter of a percentage point to 5.25%.") == [
        ("a quarter of a percentage point", "PERCENT", "0.25"),
        ("5.25%", "PERCENT", "5.25"),
    ]
    assert read("Rates rose by a half-percentage point.")[0][1:] == ("PERCENT", "0.5")
