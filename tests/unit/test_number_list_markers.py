"""The numbers of a list's items are no counts; a place in a ranking stays one."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _texts(text: str) -> list[str]:
    return [s.text for s in find_numbers(text)]


def test_list_markers_of_prose_items_go() -> None:
    text = "10 things to know\n\n1. Buy a card. It costs 2 euros.\n\n2) Ride the tram early.\n"
    assert _texts(text) == ["10", "2 euros"]


def test_places_in_a_results_list_stay() -> None:
    text = "Men's 200 metres\n1. Frankie Fredericks (Namibia) 19.97 seconds\n2. Michael Johnson 20.02\n"
    assert "1" in _texts(text) and "2" in _texts(text)
