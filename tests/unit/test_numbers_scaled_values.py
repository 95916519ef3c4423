"""A decimal times a scale word is the number a reader reads: "4.1 billion" is 4100000000,
not the float product 4099999999.9999995."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.numbers.values import format_value


def values(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("India emitted 4.1 billion tonnes last year.", "4.1 billion tonnes", "4100000000"),
        ("The deal cost 8.2 million dollars.", "8.2 million dollars", "8200000"),
        (
            "It expects revenue of between $4.1 billion and $4.3 billion.",
            "$4.1 billion and $4.3 billion",
            "[4100000000,4300000000)",
        ),
    ],
)
def test_scaled_decimals(text: str, span: str, value: str) -> None:
    assert (span, value) in values(text), values(text)


def test_format_value_reads_fifteen_figures() -> None:
    assert format_value(4.1 * 1e9) == "4100000000"
    assert format_value(0.1 + 0.2) == "0.3"
    assert format_value(1 / 3) == "0.3333333333"
    assert format_value(123456789012345678.0) == "123456789012345680"
