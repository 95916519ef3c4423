"""A technology standard's version ("Wi-Fi 7", "Bluetooth 5.3", "USB 3.2") is no count."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in find_numbers(text)]


def test_a_standards_version_is_no_count() -> None:
    text = "The router supports Wi-Fi 7 and Bluetooth 5.3, with two USB 3.2 ports."
    assert _numbers(text) == [("CARDINAL", "two")]
    assert _numbers("It has two Thunderbolt 4 ports and an HDMI 2.1 output.") == [
        ("CARDINAL", "two")
    ]


def test_numbers_after_other_words_still_count() -> None:
    assert _numbers("The stadium sold 7 tickets and 53 seats.") == [
        ("CARDINAL", "7"),
        ("CARDINAL", "53"),
    ]
