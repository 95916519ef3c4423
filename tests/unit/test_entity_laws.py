"""Laws named by common words and "Act", and laws named with a list of their aims."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _laws(text: str) -> list[str]:
    return [s.text for s in find_entities(text) if s.label == "LAW"]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        (
            "It broke the Clean Water Act and the Endangered Species Act.",
            ["Clean Water Act", "Endangered Species Act"],
        ),
        (
            "Banks must meet the Financial Institutions Reform, Recovery and Enforcement Act.",
            ["Financial Institutions Reform, Recovery and Enforcement Act"],
        ),
        (
            "The Comprehensive Environmental Response, Compensation, and Liability Act of 1980 applies.",
            ["Comprehensive Environmental Response, Compensation, and Liability Act"],
        ),
    ],
)
def test_an_act_is_one_law(text: str, laws: list[str]) -> None:
    assert _laws(text) == laws


def test_names_listed_before_an_act_stay_apart() -> None:
    got = {
        s.text: s.label for s in find_entities("Smith, Jones and the Fair Housing Act were cited.")
    }
    assert got == {"Smith": "PERSON", "Jones": "PERSON", "Fair Housing Act": "LAW"}


def test_a_headline_act_after_an_article_a_is_no_law() -> None:
    assert _laws("It was a fine Balancing Act by the team.") == []
