"""Historic events named by a people or a place and an event's word are one EVENT."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.events import historic_event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("He fought in the Korean War.", "Korean War"),
        ("After the French Revolution, Paris changed.", "French Revolution"),
        ("The Syrian Civil War killed many.", "Syrian Civil War"),
        ("During the Cuban Missile Crisis, he served.", "Cuban Missile Crisis"),
        ("The Iraq War began in 2003.", "Iraq War"),
        ("The Arab Spring toppled leaders.", "Arab Spring"),
    ],
)
def test_a_people_or_a_place_and_an_event_word_is_one_event(text: str, event: str) -> None:
    got = {s.text: s.label for s in find_entities(text)}
    assert got[event] == "EVENT"


def test_a_run_not_opened_by_a_people_or_a_place_is_left_to_the_plan() -> None:
    assert historic_event("Hundred Years War") is None
    assert historic_event("During Korean War") == 7


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "He chairs the Cuban American National Foundation.",
            "Cuban American National Foundation",
            "ORG",
        ),
        ("The Polish American community gathered.", "Polish American", "NORP"),
        (
            "Proponents, including the United States Conference of Mayors, urged Congress.",
            "United States Conference of Mayors",
            "ORG",
        ),
    ],
)
def test_a_people_or_a_place_opens_a_longer_name(text: str, name: str, label: str) -> None:
    assert {s.text: s.label for s in find_entities(text)}[name] == label
