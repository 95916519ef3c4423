"""Ships named with a prefix are one vessel, and the same ship after "the" by its last word."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.vessels import ship_prefix_at


def _got(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.label, s.value) for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The aircraft carrier USS Gerald R. Ford arrived.", "USS Gerald R. Ford"),
        ("HMS Prince of Wales sailed on Monday.", "HMS Prince of Wales"),
        ("The USS Cole was attacked in Aden.", "USS Cole"),
        ("A slab of the RMS Titanic was found.", "RMS Titanic"),
        ("The container ship MV Dali hit the bridge.", "MV Dali"),
    ],
)
def test_a_prefix_and_the_words_after_it_are_one_ship(text: str, ship: str) -> None:
    assert _got(text)[ship][0] == "PRODUCT"


def test_a_ship_called_by_its_last_word_after_the_is_the_ship() -> None:
    got = _got("The carrier USS Gerald R. Ford arrived. The Ford is the Navy's largest ship.")
    assert got["Ford"] == ("PRODUCT", "USS Gerald R. Ford")


def test_acronyms_that_are_no_prefix_open_no_ship() -> None:
    assert ship_prefix_at("INS Commissioner Doris Meissner") == -1
    assert ship_prefix_at("SS Obersturmbannfuehrer") == -1
    assert ship_prefix_at("USS") == -1
    assert ship_prefix_at("The USS Cole") == 4


def test_a_company_named_with_a_prefix_is_no_ship() -> None:
    got = _got("RMS International Inc. said on Monday it had agreed to sell its unit.")
    assert got["RMS International Inc."][0] == "ORG"


def test_spacecraft_and_their_numbered_flights_are_products() -> None:
    got = _got("Artemis II will test the capsule before Artemis III lands on the Moon.")
    assert got["Artemis II"] == ("PRODUCT", "Artemis II")
    assert got["Artemis III"][0] == "PRODUCT"
    assert _got("SpaceX will fly Starship again.")["Starship"][0] == "PRODUCT"


def test_a_name_after_a_vessel_noun_is_the_vessel_in_every_mention() -> None:
    got = _got("With the historic yacht Granma towering behind him, Castro spoke. Granma sailed.")
    assert got["Granma"][0] == "PRODUCT"
    got = _got("A fourth U.S. aircraft carrier -- the John F. Kennedy -- could sail.")
    assert got["John F. Kennedy"][0] == "PRODUCT"
    assert _got("The carrier American Airlines cut fares.")["American Airlines"][0] == "ORG"
