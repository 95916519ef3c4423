"""Number-finder readings that a line break or a following "that" hid: a time led by "a"
at the start of a paragraph ("\\nA decade ago,"), and "May" before "that" (no modal verb is
followed by "that")."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Peace efforts may fail.\n\nA decade ago, the military planning was secret.",
            "A decade ago",
        ),
        (
            "The company cited interest costs.\nA year earlier, net income was $2.1 million.",
            "A year earlier",
        ),
        ("He left.\nA week later he came back.", "A week later"),
        ("He left.\nIn the morning he came back.", "In the morning"),
    ],
)
def test_a_time_at_the_start_of_a_line(text: str, span: str) -> None:
    assert span in [s.text for s in find_numbers(text)]


def test_may_before_that_is_the_month() -> None:
    text = "Milton Roy disclosed in May that it was approached."
    found = [(s.text, s.value) for s in analyze(text, published=date(1989, 10, 30))]
    assert ("May", "1989-05") in found


def test_may_before_a_verb_stays_the_verb() -> None:
    assert not [s for s in find_numbers("Prices may rise in June.") if s.text == "may"]
