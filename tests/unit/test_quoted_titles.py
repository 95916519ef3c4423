"""A name inside a quoted title gives way to the title, a WORK_OF_ART."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def _entities(text: str) -> dict[str, str]:
    return {s.text: s.label for s in analyze(text) if s.kind == "entity"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Adrien Brody won best actor for "The Brutalist", a film about an architect.',
            "The Brutalist",
        ),
        ('Mikey Madison beat Demi Moore in "The Substance".', "The Substance"),
        ('In an interview on CBS\'s "Face the Nation," he spoke.', "Face the Nation"),
        ('It was billed as the " Return of the Legend " and he won.', "Return of the Legend"),
    ],
)
def test_a_quoted_title_is_one_work(text: str, title: str) -> None:
    got = _entities(text)
    assert got[title] == "WORK_OF_ART"
    assert not any(name in title and name != title for name in got)


def test_the_same_title_read_as_speech_elsewhere_is_the_title_too() -> None:
    text = '"Anora," a comedy-drama about a stripper, won. Sean Baker made "Anora" in Brooklyn.'
    spans = analyze(text)
    assert [s.label for s in spans if s.text == "Anora"] == ["WORK_OF_ART", "WORK_OF_ART"]
    assert not [s for s in spans if s.kind == "quote"]


@pytest.mark.parametrize(
    "text",
    [
        'Rep. Robert C. "Bobby" Scott spoke on Friday.',
        'The crowd greeted him with chants of "Bobby!" on Monday.',
        'Black Lawmakers Rip Trump As A "Disgusting Fraud"',
    ],
)
def test_nicknames_and_headline_scare_quotes_are_no_titles(text: str) -> None:
    assert "WORK_OF_ART" not in _entities(text).values()


def test_a_body_or_an_event_named_whole_inside_the_marks_keeps_its_label() -> None:
    text = 'Trump spoke during the "Commander-in-Chief Forum" on NBC. The forum ran late.'
    got = _entities(text)
    assert got.get("Commander-in-Chief Forum") != "WORK_OF_ART"
