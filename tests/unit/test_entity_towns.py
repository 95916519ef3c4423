"""A town written before its state is one place, however its words read alone."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_town_of_two_words_before_its_state_is_one_place() -> None:
    found = _found("At a rally in Coral Springs, Florida, she spoke. Later in Port St. Lucie, Fla.")
    assert ("Coral Springs", "GPE") in found and ("Port St. Lucie", "GPE") in found


def test_an_unknown_town_before_an_abbreviated_state_is_a_place() -> None:
    found = _found("The Moonachie, N.J., maker of plastic film and the Ann Arbor, Mich., lab.")
    assert ("Moonachie", "GPE") in found and ("Ann Arbor", "GPE") in found


def test_a_person_or_a_company_before_a_state_stays_so() -> None:
    found = _found(
        "Primerica Corp., New York, said so. Dr. Linda Bell, South Carolina's epidemiologist."
    )
    assert ("Primerica Corp.", "ORG") in found and ("Linda Bell", "PERSON") in found


def test_a_bay_before_its_state_is_left_to_the_lists() -> None:
    assert ("Kaneohe Bay", "GPE") not in _found("They wrote from Kaneohe Bay, Hawaii.")


def test_washington_dc_is_one_place() -> None:
    assert _found("He will travel to Washington DC on March 12.") == [("Washington DC", "GPE")]


def test_an_affiliation_stays_apart_from_the_company_it_describes() -> None:
    found = _found("New York-based POP Radio provides music.")
    assert found == [("New York-based", "NORP"), ("POP Radio", "ORG")]


def test_an_island_reef_or_glacier_word_ends_the_place_name() -> None:
    got = {
        s.text: s.label for s in find_entities("Milton made landfall near Siesta Key on Wednesday.")
    }
    assert got["Siesta Key"] in ("GPE", "LOC")
    got = {
        s.text: s.label
        for s in find_entities("They surveyed Bikini Atoll and the Thwaites Glacier.")
    }
    assert got == {"Bikini Atoll": "LOC", "Thwaites Glacier": "LOC"}
    pam = [s for s in find_entities("Reporting by Pam Key in Washington.") if "Pam" in s.text]
    assert [s.label for s in pam] == ["PERSON"]  # a given name before "Key": no island


def test_a_region_word_after_a_place_names_the_region() -> None:
    got = {
        s.text: s.label
        for s in find_entities(
            "Fighting in Helmand Province and Kherson Oblast went on. The Federal Capital "
            "Territory is run by a minister."
        )
    }
    assert got == {
        "Helmand Province": "GPE",
        "Kherson Oblast": "GPE",
        "Federal Capital Territory": "GPE",
    }


def test_a_county_named_for_two_places_and_a_palace_of_something() -> None:
    got = {
        s.text: s.label
        for s in find_entities(
            "said Alex Penelas, mayor of Miami-Dade County. Castro spoke at Havana's Palace "
            "of Conventions."
        )
    }
    assert got["Miami-Dade County"] == "GPE"
    assert got["Palace of Conventions"] == "FAC"


def test_a_given_name_that_is_a_town_before_a_surname_that_is_a_plural_is_a_person() -> None:
    got = {
        s.text: s.label
        for s in find_entities("Madison Keys beat Aryna Sabalenka. The Florida Keys flooded.")
    }
    assert got["Madison Keys"] == "PERSON"
    assert got["Florida Keys"] == "LOC"
