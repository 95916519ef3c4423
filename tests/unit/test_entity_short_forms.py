"""Short forms of names written in full in the same story, and teams as the subject of a
result (``entities.short_forms``)."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.label, s.value) for s in find_entities(text)}


def test_a_club_called_by_its_last_word_is_the_club() -> None:
    got = _got(
        "Saka double sinks Villa\n\nBukayo Saka scored twice as Arsenal beat Aston Villa "
        "3-1 on Saturday."
    )
    assert got["Villa"] == ("ORG", "Aston Villa")


def test_a_last_word_shared_by_a_person_stays_a_person() -> None:
    got = _got("David Villa scored. Aston Villa lost. Villa said he was happy.")
    assert got["Villa"][0] == "PERSON"


def test_a_body_of_a_place_gives_no_short_form() -> None:
    """ "Bank of England" is no short form of "England"."""
    got = _got("The Bank of England raised rates. England won the match.")
    assert got["England"][0] == "GPE"


def test_a_ground_called_by_its_first_word_is_the_ground() -> None:
    got = _got(
        "Everton drew 2-2 at Goodison Park on Saturday. At Goodison, Calvert-Lewin scored late."
    )
    assert got["Goodison"] == ("FAC", "Goodison Park")


@pytest.mark.parametrize(
    "text",
    [
        "Elsewhere, Chelsea thrashed Southampton 5-0 at Stamford Bridge.",
        "Chelsea lost to Arsenal 2-1 on Sunday.",
    ],
)
def test_the_subject_of_a_result_is_a_team(text: str) -> None:
    assert _got(text)["Chelsea"][0] == "ORG"


def test_a_player_beating_another_in_sets_stays_a_person() -> None:
    got = _got("Sinner beat Alcaraz 6-4 7-6 in the final.")
    assert got.get("Sinner", ("PERSON",))[0] == "PERSON"


def test_a_person_with_no_result_stays_a_person() -> None:
    assert _got("Chelsea Clinton said she was happy.")["Chelsea Clinton"][0] == "PERSON"


@pytest.mark.parametrize("word", ["VAR", "MVP", "AGM"])
def test_acronyms_of_common_nouns_in_sport_and_business_are_no_names(word: str) -> None:
    got = _got(f"Slot fumes at {word} after the draw, said Arne Slot.")
    assert word not in got


def test_storms_named_with_one_plural_word_are_two_storms() -> None:
    got = [
        (s.text, s.label, s.value)
        for s in find_entities(
            "Aid went to states hit by Hurricanes Helene and Milton. Milton made landfall."
        )
    ]
    assert got == [
        ("Hurricanes Helene", "EVENT", "Hurricane Helene"),
        ("Milton", "EVENT", "Hurricane Milton"),
        ("Milton", "EVENT", "Hurricane Milton"),
    ]
