"""A genus and its species' epithet name a living thing, no person or company."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.species import is_epithet


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_epithets_are_told_from_english_words() -> None:
    assert is_epithet("aureus") and is_epithet("aegypti") and is_epithet("princecharlesi")
    assert not is_epithet("said") and not is_epithet("values") and not is_epithet("area")


def test_binomials_are_no_names() -> None:
    got = _got(
        "The frog, Hyloscirtus princecharlesi, was named after the King. Researchers "
        "found Staphylococcus aureus in the samples."
    )
    assert "Hyloscirtus" not in got and "Staphylococcus" not in got


def test_an_unknown_company_before_an_english_word_stays() -> None:
    got = _got("Investors said Klarna shares rose 5% on Tuesday.")
    assert got.get("Klarna") == "ORG"
