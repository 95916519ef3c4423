"""Numbers in genres of news the earlier rounds did not probe: live blogs, tech launches,
energy, farming, property and transport stories."""

from __future__ import annotations

from datetime import date

from tuiread.analysis import analyze
from tuiread.analysis.numbers import find_numbers


def spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in find_numbers(text)]


def test_a_live_blogs_time_stamps_are_times() -> None:
    # a stamp that ends in a colon, and a 24-hour time with a point before its zone
    assert spans("14:32: Nato leaders have agreed.")[0][:2] == ("14:32", "TIME")
    assert spans("Lead.\n09:05: The minister spoke.")[0][:2] == ("09:05", "TIME")
    assert spans("14.32 BST Nato leaders have agreed.")[0][:2] == ("14.32", "TIME")
    assert spans("Updated at 09.15 GMT")[0][:2] == ("09.15", "TIME")
    # a decimal without a zone stays a number; a ratio's colon stays out
    assert spans("Shares rose 14.32 on Friday.")[0][:2] == ("14.32", "CARDINAL")
    assert spans("The ratio was 3:2: a surprise.") == []


def test_a_clock_time_with_seconds_has_them_in_its_value() -> None:
    found = analyze("At 14:32:05 the alarm rang.", published=date(2025, 6, 24))
    assert [(s.text, s.value) for s in found] == [("14:32:05", "2025-06-24T14:32:05")]
    # an hour of one digit is a race's time, an amount
    found = analyze("He won the marathon in 2:03:12.", published=date(2025, 6, 24))
    assert [s.value for s in found if s.kind == "number"] == ["PT2H3M12S"]


def test_units_of_energy_oil_farming_and_phones() -> None:
    found = spans("It used 300 TWh, 45GWh, 12 MWh and 3 kilowatt-hours.")
    assert [(t, v) for t, _, v in found] == [
        ("300 TWh", "300"),
        ("45GWh", "45"),
        ("12 MWh", "12"),
        ("3 kilowatt-hours", "3"),
    ]
    units = [s.unit for s in find_numbers("Output rose to 10.5 million bpd, or 2m bpd.")]
    assert units == ["bbl/d", "bbl/d"]
    assert [s.value for s in find_numbers("It pumps 2m barrels per day.")] == ["2000000"]
    found = find_numbers("The USDA forecast 16.7 billion bushels, or 188.8 bushels an acre.")
    assert [(s.text, s.unit) for s in found][:2] == [
        ("16.7 billion bushels", "bu"),
        ("188.8 bushels", "bu"),
    ]
    found = find_numbers("It has a 48-megapixel camera and a 5,000mAh battery.")
    assert [(s.text, s.label, s.unit) for s in found] == [
        ("48-megapixel", "QUANTITY", "MP"),
        ("5,000mAh", "QUANTITY", "mAh"),
    ]


def test_may_after_a_month_and_a_joining_word_is_the_month() -> None:
    assert [t for t, *_ in spans("Vacancies fell between March and May.")] == [
        "between March and May"
    ]
    assert [t for t, *_ in spans("Sales rose in September and May.")] == ["September", "May"]
    assert [t for t, *_ in spans("in March, April or May")] == ["March", "April", "May"]
    # the name and the verb stay out
    assert spans("Johnson and May met.") == []
    assert spans("He spoke to May.") == []


def test_numbers_listed_after_a_noun_that_names_by_number_name_too() -> None:
    for text in (
        "The M25 between junctions 10 and 11 will close.",
        "Terminals 2 and 3 were closed.",
        "Drugs in phase 2 and 3 trials.",
        "Guests in rooms 101, 102 and 103 left.",
    ):
        assert spans(text) == [], text
    # a plural noun that opens no list, and counts listed after a noun that counts
    assert [t for t, *_ in spans("She has 3 daughters and 2 sons.")] == ["3", "2"]
