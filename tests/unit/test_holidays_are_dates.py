"""Holidays and other calendar words are dates, not names: one DATE highlight with its
calendar value, and no entity inside it."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2025, 6, 1)


def spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.label, s.text, s.value) for s in analyze(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Christmas", "2024-12-25"),
        ("Labor Day", "2024-09-02"),
        ("Election Day", "2024-11-05"),
        ("Presidents Day", "2025-02-17"),
        ("Martin Luther King Day", "2025-01-20"),
        ("St. Patrick's Day", "2025-03-17"),
        ("Valentine's Day", "2025-02-14"),
        ("Ash Wednesday", "2025-03-05"),
        ("Black Friday", "2024-11-29"),
        ("Cyber Monday", "2024-12-02"),
        ("Remembrance Sunday", "2024-11-10"),
        ("Hogmanay", "2024-12-31"),
        ("Juneteenth", "2025-06-19"),
    ],
)
def test_a_holiday_is_one_date_with_its_day(name: str, value: str) -> None:
    assert spans(f"The shops were busy on {name}, officials said.") == [("DATE", name, value)]


@pytest.mark.parametrize("name", ["Passover", "Rosh Hashanah", "Eid", "Ramadan"])
def test_a_lunar_holiday_is_a_date_without_a_day(name: str) -> None:
    # their days follow other calendars: found, with no Gregorian value to give
    assert spans(f"Families gathered for {name} this week.")[0] == ("DATE", name, None)


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("The New York Times says in an editorial on Thursday, Jan. 6, that it erred.", "Jan. 6"),
        ("Work on the site starts in Q3 and it is due to open next year.", "Q3"),
        ("Florists sold out before Valentine's Day.", "Valentine's Day"),
    ],
)
def test_no_name_inside_a_date(text: str, date_text: str) -> None:
    """ "Jan" is no person in "Jan. 6", "Q3" no place, "Valentine" no place."""
    got = analyze(text, published=PUBLISHED)
    dates = [s for s in got if s.label == "DATE" and date_text in s.text]
    assert dates
    assert not [
        e
        for e in got
        if e.kind == "entity" and any(d.start <= e.start and e.end <= d.end for d in dates)
    ]


def test_a_unit_inside_a_measure_is_no_name() -> None:
    got = spans("The samples were kept at 4 degrees Celsius for a week.")
    assert [label for label, text, _ in got if "Celsius" in text] == ["QUANTITY"]


def test_a_currency_adjective_inside_money_stays_a_name() -> None:
    # CoNLL tags "Canadian" in "Canadian dollars" as MISC; OntoNotes folds it into the money
    got = spans("It earned 150 million Canadian dollars last year.")
    assert ("NORP", "Canadian", "Canadian") in got


def test_names_beside_a_date_stay() -> None:
    got = spans("Clinton spoke in Iowa on Labor Day.")
    assert ("PERSON", "Clinton", "Clinton") in got
    assert ("GPE", "Iowa", "Iowa") in got


def test_a_name_inside_another_measure_stays() -> None:
    # "1 Rad" in a table of results: the club is a name, whatever the numbers engine reads
    got = analyze("Zemun 1 Rad ( B ) 0\nBorac 1 Mladost ( L ) 0\n")
    assert "Rad" in [s.text for s in got if s.kind == "entity"]
