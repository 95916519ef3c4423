"""An "m" glued to a number: metres only where the text is about length, else a million."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def first_number(text: str) -> tuple[str, str | None, str | None]:
    span = next(s for s in analyze(text) if s.kind == "number")
    return span.label, span.value, span.unit


@pytest.mark.parametrize(
    "text",
    [
        "Some 1.5m watched the final.",
        "The show drew 2m on Sunday.",
        "Sales rose to 3m last year.",
        "It reached 4.2m in May.",
        "It sold 5m copies.",
    ],
)
def test_a_million_where_nothing_speaks_of_length(text: str) -> None:
    label, value, unit = first_number(text)
    assert (label, unit) == ("CARDINAL", None) and value is not None and float(value) >= 1e6


@pytest.mark.parametrize(
    "text",
    [
        "The wall is 5m high.",
        "He won the 100m final.",
        "A 3m drop.",
        "He ran 400m in 44 seconds.",
        "She cleared 2.05m.",
        "She won the 1500m and 5000m titles.",
    ],
)
def test_metres_where_the_text_is_about_length(text: str) -> None:
    spans = [s for s in analyze(text) if s.kind == "number" and s.text.endswith("m")]
    assert spans and all((s.label, s.unit) == ("QUANTITY", "m") for s in spans)
