"""Entity rules for what modern news writes that the 1996 training file never saw: brands,
platforms, venues, award shows and the common nouns and acronyms of the day."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


# ------------------------------------------------------------------ common nouns


@pytest.mark.parametrize(
    "text",
    [
        "The Internet reacted the way it always does.",
        "Meta's AI models run in its data centres.",
        "Most of the Web is now behind paywalls, said John Smith.",
        "The company sells EVs in China.",
        "Regulators cleared the LNG terminal near Houston.",
        "Investors poured money into ETFs and NFTs last year.",
    ],
)
def test_common_nouns_and_acronyms_of_modern_news_are_no_names(text: str) -> None:
    got = _got(text)
    for word in ("Internet", "AI", "Web", "EVs", "LNG", "ETFs", "NFTs"):
        assert word not in got, (word, got)


def test_a_common_noun_still_opens_the_name_of_a_law_or_a_body() -> None:
    assert _got("The EU's AI Act takes effect in August.")["AI Act"] == "LAW"
    assert _got("Britain's AI Safety Institute tested the model.")["AI Safety Institute"] == "ORG"
