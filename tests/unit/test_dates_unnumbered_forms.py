"""Times named without a number that news writes often: a results story's "the latest
period" and "the full year", the end of the year written apart ("by year end", "by year's
end", "around year end"), "these days", "a later date", and "in the past" before a clause."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

THURSDAY = date(1989, 11, 2)


def times(text: str) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=THURSDAY)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Net income in the third quarter fell 5%. The latest period had profit from "
            "continuing operations of $2 million.",
            "The latest period",
            "1989-Q3",
        ),
        ("The chairman forecast an earnings increase for the full year.", "the full year", "1989"),
        ("It plans to cut 6,000 jobs by year end.", "year end", "1989"),
        ("Rules should be in place by year's end.", "year's end", "1989"),
        ("The sale is expected to close around year end.", "around year end", "1989"),
        ("Sell programs seem to hurt market makers more these days.", "these days", "PRESENT_REF"),
        ("The plant will be financed at a later date.", "a later date", "FUTURE_REF"),
        ("Officials have said in the past that they could deploy.", "the past", "PAST_REF"),
    ],
)
def test_a_time_named_without_a_number(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


@pytest.mark.parametrize(
    "text",
    [
        "The latest period of unrest began in May.",  # a period of something, no quarter
        "He took the year end bonus.",  # "year end" before a noun is its kind
        "It took a full year to build.",  # an amount of time, not the year reported
        "In these days of crisis, we act.",
    ],
)
def test_no_such_time(text: str) -> None:
    found = [span for span, _ in times(text)]
    assert not any(
        w in span for span in found for w in ("period", "year end", "full year", "these days")
    )


def test_the_latest_fiscal_year_is_the_last_one_ended() -> None:
    text = "Non-food operations accounted for 27% of sales in the latest fiscal year."
    assert ("the latest fiscal year", "1988") in times(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Many funds in recent weeks and months have sold bonds.",
            "recent weeks and months",
            "PAST_REF",
        ),
        ("They will sell junk to pay investors in the weeks ahead.", "the weeks ahead", "PXW"),
    ],
)
def test_vague_stretches_behind_and_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


def test_a_fiscal_quarter_with_its_qualifiers_hyphened() -> None:
    text = "It earned C$4.3 million for the fiscal-first quarter ended Sept. 30."
    assert ("the fiscal-first quarter", "1989-Q1") in times(text)
    assert ("third-quarter", "1989-Q3") in times("It posted the third-quarter results.")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Protesters prayed as Easter week began.", "Easter week", "1989-W12"),
        ("They left over the Easter weekend.", "Easter weekend", "1989-W12-WE"),
    ],
)
def test_the_week_of_a_holiday(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)
