"""A body named for its country ("Reform UK", "Sport England", "Care Forum Wales") is one
ORG; a place, a direction, an article or a heading's capitals before the country are not."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_common_words_or_a_body_before_a_country_name_one_body() -> None:
    found = _found(
        "Figures from Alliance UK and Youth Forum Wales show it. Heritage England agreed."
    )
    assert ("Alliance UK", "ORG") in found
    assert ("Youth Forum Wales", "ORG") in found
    assert ("Heritage England", "ORG") in found


def test_places_directions_articles_and_headings_stay_apart() -> None:
    found = _found("Touring England, she said the UK and Western US were hot in Leeds UK.")
    assert ("UK", "GPE") in found
    assert all(label != "ORG" for _, label in found)
    assert _found("Floods Hit UK Towns Again") == [] or ("UK", "GPE") in _found(
        "Floods Hit UK Towns Again"
    )


def test_a_preposition_opening_a_sentence_is_no_word_of_a_body() -> None:
    found = _found(
        "Prices fell. Across England and Wales, sales rose. Throughout Scotland it rained."
    )
    assert ("England", "GPE") in found and ("Scotland", "GPE") in found
    assert all(label != "ORG" for _, label in found)
