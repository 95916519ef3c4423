"""The maker's names for a product's colours are no entities."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_colour_names_listed_after_colours_are_no_names() -> None:
    got = _got(
        "It comes in four colours: Obsidian, Porcelain, Moonstone and a new Jade. "
        "I tested the Moonstone model for two weeks in Shoreditch."
    )
    for word in ("Obsidian", "Porcelain", "Moonstone", "Jade"):
        assert word not in got, (word, got)
    assert got["Shoreditch"] == "GPE"


def test_a_sentence_after_colours_keeps_its_names() -> None:
    got = _got("The flag's colours, red and white, fly over Paris, Mayor Anne Hidalgo said.")
    assert got["Paris"] == "GPE" and got["Anne Hidalgo"] == "PERSON"
