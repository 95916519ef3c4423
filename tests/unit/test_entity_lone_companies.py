"""A lone unknown word that is no person is a company rather than a place when the two read
alike; "users of X" names a service's company."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.lexicon import LOC, NIL, ORG, PER
from tuiread.analysis.entities.score import lone_word_class


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_near_tie_of_place_and_company_goes_to_the_company() -> None:
    sc = [-5.0] * 5
    sc[PER], sc[LOC], sc[ORG], sc[NIL] = -2.1, -1.6, -1.8, -3.0
    assert lone_word_class(sc) == ORG
    sc[LOC] = 0.5
    assert lone_word_class(sc) == LOC


def test_lone_unknown_companies_listed_together_are_companies() -> None:
    got = _got("Shares in Persimmon fell. Revolut and Monzo also grew.")
    assert got["Persimmon"] == "ORG"
    assert got["Revolut"] == "ORG" and got["Monzo"] == "ORG"


def test_an_unknown_town_with_its_cue_stays_a_place() -> None:
    got = _got("Residents of Lakewood complained, and crews in Puyallup worked late.")
    assert got["Lakewood"] == "GPE" and got["Puyallup"] == "GPE"


def test_users_of_a_service_name_its_company() -> None:
    got = _got("Users of Duolingo and Canva rose, the firms said.")
    assert got["Duolingo"] == "ORG" and got["Canva"] == "ORG"


def test_a_modern_sector_noun_before_listed_names_makes_companies() -> None:
    got = _got("Shares in housebuilders Persimmon and Barratt Redrow fell 2%.")
    assert got["Barratt Redrow"] == "ORG"


def test_a_country_shaped_word_stays_a_place_on_a_near_tie() -> None:
    sc = [-5.0] * 5
    sc[PER], sc[LOC], sc[ORG] = -1.6, -0.9, -1.8
    assert lone_word_class(sc, "Czechoslovakia") == LOC
    assert lone_word_class(sc, "Vodafone") == ORG
