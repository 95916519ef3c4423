"""Where a name ends: a name that ends in an abbreviation's full stop ends the sentence too
(the next sentence's first word is no part of it), and a hyphen before a common word joins
one name where before another name it parts two."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _names(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The paper is owned by Dow Jones & Co. Since then the stock rose.", "Dow Jones & Co."),
        ("The deal was signed with Smith & Co. After that, shares fell.", "Smith & Co."),
        (
            "He sold the unit to Barnes & Noble Inc. The price was not disclosed.",
            "Barnes & Noble Inc.",
        ),
    ],
)
def test_a_sentence_after_and_co_is_no_part_of_the_name(text: str, name: str) -> None:
    assert _names(text)[name] == "ORG"


def test_a_name_joined_by_and_keeps_its_words() -> None:
    names = _names("Shares of Procter & Gamble Co. rose, and Marks & Spencer Group fell.")
    assert names["Procter & Gamble Co."] == "ORG"
    assert names["Marks & Spencer Group"] == "ORG"


def test_a_common_word_after_a_place_and_a_hyphen_makes_one_name() -> None:
    assert _names("Shares of Cleveland-Cliffs fell 3%.") == {"Cleveland-Cliffs": "ORG"}
    assert _names("The Israel-Hamas war went on.") == {"Israel": "GPE", "Hamas": "ORG"}
    assert _names("Unions including the AFL-CIO endorsed her.") == {"AFL-CIO": "ORG"}


def test_hyphens_split_only_after_a_known_place_or_body() -> None:
    names = _names(
        "Virginia AFL-CIO President Doris Crouse-Mays spoke. Japan-US-South Korea talks began."
    )
    assert names["Doris Crouse-Mays"] == "PERSON"
    assert names["Virginia AFL-CIO"] == "ORG"
    assert {"Japan", "US", "South Korea"} <= set(names)


def test_a_common_word_after_a_given_name_and_an_initial_is_the_surname() -> None:
    assert _names('"It is not over yet," said Joel D. Gross, a vice president.') == {
        "Joel D. Gross": "PERSON"
    }


def test_a_headline_verb_opens_no_body_after_a_name_and_a_plural_common_noun_singular_is_common() -> (
    None
):
    text = (
        "Obama Says African-American Museum Will Tell of Suffering\n\nObama spoke at the opening."
    )
    assert {s.text: s.label for s in find_entities(text)}.get("Obama") == "PERSON"
    assert "Lawmaker" not in _names("Lawmaker urges retaliation on Russia.")
