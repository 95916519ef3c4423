""" "A second" before a noun numbers it ("a second term"); alone it is a duration."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.label, s.text, s.value) for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters said a second storm could arrive next week.",
        "He won a second term in 2020.",
        "A second man was arrested.",
        "She scored for a second time.",
        "Labour won a second Scottish seat.",
        "He scored a second-half goal.",
    ],
)
def test_a_second_before_a_noun_is_an_ordinal(text: str) -> None:
    assert ("ORDINAL", "second", "2") in numbers(text)
    assert all(label != "TIME" for label, _, _ in numbers(text))


@pytest.mark.parametrize(
    "text",
    [
        "The flash lasted a second.",
        "A second later, the lights went out.",
        "She paused for a second before answering.",
        "It took a second or two.",
        "Linear work takes well under a second even on a busy machine.",
    ],
)
def test_a_second_alone_is_a_duration(text: str) -> None:
    assert any(label == "TIME" and value == "PT1S" for label, _, value in numbers(text))
