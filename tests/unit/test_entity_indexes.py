"""A market index named after its company: each mention is the index or the company by the
words beside it."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _labels(text: str, name: str) -> list[str]:
    return [s.label for s in find_entities(text) if s.text == name]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Dow Jones said it extended the offer.", "Dow Jones", "ORG"),
        ("Dow Jones publishes The Wall Street Journal.", "Dow Jones", "ORG"),
        ("The Dow Jones industrial average rose 72 points.", "Dow Jones", "PRODUCT"),
        ("The Dow Jones fell 1% on Monday.", "Dow Jones", "PRODUCT"),
        ("S&P cut Italy's rating.", "S&P", "ORG"),
        ("Nikkei reported that Toyota would cut jobs.", "Nikkei", "ORG"),
        ("The FTSE closed higher on Friday.", "FTSE", "PRODUCT"),
    ],
)
def test_the_words_beside_it_say_index_or_company(text: str, name: str, label: str) -> None:
    assert _labels(text, name) == [label]


def test_one_story_may_name_both_the_company_and_its_index() -> None:
    text = "Dow Jones shares fell 50 cents. The Dow Jones industrial average rose 72 points."
    assert _labels(text, "Dow Jones") == ["ORG", "PRODUCT"]


def test_the_companies_behind_the_indexes_keep_their_full_names() -> None:
    got = {s.text: s.label for s in find_entities("FTSE Russell said it would drop the stock.")}
    assert got == {"FTSE Russell": "ORG"}
