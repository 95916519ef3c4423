"""Digits glued to a letter that no tail reads (no unit, scale or suffix) are part of a code
or a name, not a count: "a 3D printer", "the 4x100m relay"."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _texts(text: str) -> list[str]:
    return [s.text for s in find_numbers(text)]


def test_digits_glued_to_a_letter_are_no_count() -> None:
    assert _texts("He bought a 3D printer.") == []
    assert _texts("The 4x100m relay team won gold.") == []


def test_a_multiple_and_a_code_after_a_dash_stay_as_they_were() -> None:
    assert _texts("It was a 10x increase.") == ["10"]
    assert _texts("It was 5ish.") == ["5"]
    assert _texts("LP 791-18d is a planet.") == []


def test_digits_in_quotation_marks_are_no_inches() -> None:
    # the value of a tag's attribute left in a text is no number at all
    assert _texts('<tweet timestamp="1474387200" tweet_id="7782579">Hi</tweet>') == []
    got = [(s.text, s.label) for s in find_numbers('He said "20" twice.')]
    assert got == [("20", "CARDINAL")]
