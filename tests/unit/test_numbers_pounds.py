""" "Pounds": money where the text speaks of paying, earning or costing, else a weight."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def first_number(text: str) -> tuple[str, str | None, str | None]:
    span = next(s for s in analyze(text) if s.kind == "number")
    return span.label, span.value, span.unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The striker earns 65,000 pounds a year.", "65000"),
        ("He is paid 2,000 pounds a week.", "2000"),
        ("The restaurant paid 10,925 pounds for it.", "10925"),
        ("They agreed a transfer fee of 20 million pounds.", "20000000"),
        ("The house is worth 300,000 pounds.", "300000"),
        ("The firm lost 2 million pounds last year.", "2000000"),
        ("It was sold for 5,060 pounds ($7,845).", "5060"),
        ("She found a 5 pound note.", "5"),
    ],
)
def test_pounds_of_money(text: str, value: str) -> None:
    assert first_number(text) == ("MONEY", value, "GBP")


@pytest.mark.parametrize(
    "text",
    [
        "He weighs 236 pounds.",
        "She has lost eight pounds since May.",
        "He was carrying about 40 pounds of gear.",
        "A 300-pound man was rescued.",
        "The firm recalled 2 million pounds of beef.",
    ],
)
def test_pounds_of_weight(text: str) -> None:
    label, _value, unit = first_number(text)
    assert (label, unit) == ("QUANTITY", "lb")


def test_a_rate_of_pay_after_pounds_may_be_set_with_narrow_no_break_spaces() -> None:
    """The blanks of the rest of the engine: typeset text writes "a\u202fyear"."""
    assert first_number("The striker was given 65,000 pounds\u202fa\u202fyear.") == (
        "MONEY",
        "65000",
        "GBP",
    )
