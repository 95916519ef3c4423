"""Ordinary news, read as a careful reader would: ranges of named days, durations of several
units, halves of a month, the new year, wire clocks, titles opened by an ordinal, short
forms of common nouns and currencies named after their amount."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.dates.amounts import compound_durations
from tuiread.analysis.dates.context import Context
from tuiread.analysis.dates.values import phrase_of

PUBLISHED = date(2025, 11, 20)  # a Thursday


def times(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The market runs from Wednesday 24 December until Sunday 28 December.",
            "2025-12-24/2025-12-28",
        ),
        ("The fair is open Friday through Sunday.", "2025-11-21/2025-11-23"),
        ("The road is shut from 24 December to 2 January.", "2025-12-24/2026-01-02"),
    ],
)
def test_range_of_named_days(text: str, value: str) -> None:
    """Each side reads as a day; a weekday after the first is the next of its name."""
    assert [v for _, v in times(text)] == [value]


def test_range_of_days_whose_sides_do_not_read_has_no_value() -> None:
    assert times("The office is closed Monday to Wednesday next week.")[0][1] is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He served 11 years and three months in prison.", "11 years and three months", "P11Y3M"),
        (
            "It took two years, four months and 12 days.",
            "two years, four months and 12 days",
            "P2Y4M12D",
        ),
        ("The strike lasted 3 days and 5 hours.", "3 days and 5 hours", "P3DT5H"),
    ],
)
def test_durations_of_several_units_are_one_span(text: str, span: str, value: str) -> None:
    assert times(text) == [(span, value)]


def test_durations_out_of_order_stay_apart() -> None:
    """ "three months and 11 years ago" is no one span of time."""
    assert len(times("He left three months and 11 years ago.")) == 2
    assert compound_durations(phrase_of("three months and 11 years"), Context(None)) is None
    assert compound_durations(phrase_of("years and months"), Context(None)) is None


def test_duration_of_several_units_is_readable() -> None:
    found = compound_durations(phrase_of("11 years and three months"), Context(None))
    assert found is not None and found.unit == "11 years 3 months"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices fell in the second half of July.", "2025-07"),
        ("Prices fell in the first half of May 2023.", "2023-05"),
        ("Prices fell in the second half of the year.", "2025-H2"),
    ],
)
def test_half_of_a_month_is_the_month(text: str, value: str) -> None:
    assert [v for _, v in times(text)] == [value]


@pytest.mark.parametrize(
    ("published", "value"),
    [(date(2025, 11, 20), "2026"), (date(2026, 1, 10), "2026"), (date(2026, 6, 1), None)],
)
def test_the_new_year(published: date, value: str | None) -> None:
    """Told in autumn or winter, the year that starts next or has just begun."""
    assert [v for _, v in times("Talks resume in the new year.", published)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The contract rose by 1130 GMT.", "1130 GMT", "2025-11-20T11:30"),
        ("The strike starts at 2200 local time.", "2200 local time", "2025-11-20T22:00"),
        ("Police said the attack happened at 0930 ET.", "0930 ET", "2025-11-20T09:30"),
    ],
)
def test_wire_clock_with_a_zone_is_a_time(text: str, span: str, value: str) -> None:
    """Four digits and a zone are a 24-hour clock, as wire copy writes it."""
    assert times(text) == [(span, value)]


def test_four_digits_without_a_zone_stay_a_year() -> None:
    assert times("In 1130 the castle was built.") == [("1130", "1130")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was edited by Jan Harvey in London.", "Jan Harvey"),
        ("(Reporting by Tom Hals; editing by Jan Harvey)", "Jan Harvey"),
    ],
)
def test_a_month_inside_a_name_is_no_date(text: str, name: str) -> None:
    spans = analyze(text, published=PUBLISHED)
    assert name in [s.text for s in spans if s.kind == "entity"]
    assert times(text) == []


def test_a_body_does_not_run_on_into_a_day() -> None:
    """ "Council on Foreign Relations" is one name; "Security Council on Friday" is a body
    and a day."""
    spans = analyze("The U.N. Security Council on Friday condemned the coup.", published=PUBLISHED)
    assert [(s.label, s.text) for s in spans] == [
        ("ORG", "U.N. Security Council"),
        ("DATE", "Friday"),
    ]


def numbers(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text, published=PUBLISHED) if s.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "In Scotland, First Minister John Swinney said the SNP would oppose it.",
        "First Lady Jill Biden spoke at the event.",
        "He won the Second Division title in 1994.",
    ],
)
def test_a_capitalised_ordinal_opening_a_title_is_no_count(text: str) -> None:
    assert "ORDINAL" not in [label for label, _ in numbers(text)]


@pytest.mark.parametrize(
    "text",
    ["Apple Posts First Quarterly Loss", "First, we went home.", "It was the first time."],
)
def test_an_ordinal_in_a_headline_or_alone_still_counts(text: str) -> None:
    assert "ORDINAL" in [label for label, _ in numbers(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cuts to personal independence payments (Pip) would push people into poverty.", "Pip"),
        ("Police asked members of the public (Mop) to help.", "Mop"),
    ],
)
def test_a_short_form_of_lower_case_words_is_no_name(text: str, word: str) -> None:
    assert word not in [s.text for s in analyze(text) if s.kind == "entity"]


def test_a_short_form_of_a_name_stays_a_name() -> None:
    got = [s.text for s in analyze("The Office for Budget Responsibility (OBR) said so.")]
    assert "OBR" in got


def test_a_month_earlier_is_counted_from_the_month_the_story_reports() -> None:
    """The latest month named that had ended by publication is the one reported; the month
    before it, not the one before publication, nor before a month named in passing."""
    text = (
        "Inflation fell to 2.9% in the 12 months to October, down from 3.3% in September, "
        "the lowest since March 2025. Services inflation dropped to 4.2% from 4.6% a month "
        "earlier."
    )
    assert ("a month earlier", "2025-09") in times(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Shares rose to 697.4 Danish crowns in Copenhagen.", "DKK"),
        ("Sales will exceed 50 billion Swedish kronor.", "SEK"),
        ("The bill came to 300 hryvnias.", "UAH"),
        ("He paid 12 New Zealand dollars for it.", "NZD"),
    ],
)
def test_currencies_named_after_an_amount(text: str, unit: str) -> None:
    money = [s for s in analyze(text) if s.label == "MONEY"]
    assert [s.unit for s in money] == [unit]


def test_a_clock_with_its_zone_takes_the_day_after_on() -> None:
    assert times("The warning runs until 06:00 GMT on Monday.") == [
        ("06:00 GMT on Monday", "2025-11-24T06:00")
    ]


def test_a_bound_after_through_may_lie_ahead_of_a_past_tense() -> None:
    """ "voted ... to keep the government funded through March 14" in December is next
    March, and the bound does not move the story's day: "midnight" is the news day's."""
    text = (
        "The Senate voted late Friday to keep the government funded through March 14, with "
        "less than three hours to spare before a midnight deadline."
    )
    got = dict(times(text, date(2024, 12, 21)))
    assert got["March 14"] == "2025-03-14"
    assert got["midnight"] == "2024-12-20T24:00"
