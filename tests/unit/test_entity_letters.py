"""A service named by one capital letter is found where its context says so ("posted on X",
"X users", "X, formerly Twitter"); other lone letters stay no names."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.letters import letter_platform


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_letter_people_post_on_or_with_users_is_a_platform() -> None:
    text = "She posted on Q that it was over. Q users were angry. Writing on Q, he agreed."
    assert _found(text) == [("Q", "ORG"), ("Q", "ORG"), ("Q", "ORG")]


def test_a_letter_without_a_platforms_context_is_no_name() -> None:
    assert not letter_platform("He went from A to B.", 16, 17)
    assert not letter_platform("Take vitamin D daily.", 13, 14)
    assert not letter_platform("She sat on A and B.", 11, 12)  # "A", "I": words
    assert _found("He went from Q to Z, then took vitamin D.") == []
