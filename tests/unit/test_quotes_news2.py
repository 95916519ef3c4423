"""Quotes and speakers in further shapes of modern news: plural possessives before a role,
fronted participle phrases ("Reached by phone,"), kinship phrases as speakers, a contraction
that is never a speaker, roles that point back to the person named with them."""

from __future__ import annotations

from tuiread.analysis import analyze


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, speaker, speaker mention) of each quote in ``text``."""
    return [(s.text, s.speaker, s.speaker_mention) for s in analyze(text) if s.kind == "quote"]


def test_a_plural_possessive_before_a_role_keeps_the_appositive_name() -> None:
    text = (
        '"We gave up rushes all night," Anders Holm said.\n\n'
        "The Bruins' coach, Jim Montgomery, was more upbeat. "
        '"We stuck to the plan," he said.'
    )
    assert quotes(text)[1][1] == "Jim Montgomery"


def test_a_fronted_participle_phrase_is_no_subject() -> None:
    text = (
        "Rosa Ortega lives with a cousin in Oroville. Reached by phone, she was brief. "
        '"They will be fine," she said.'
    )
    assert quotes(text)[0][1] == "Rosa Ortega"
    text = (
        "Speaking in the council chamber on Wednesday, the group leader, Andrew Carter, "
        "said the council was 'wasting a year and half a million pounds'."
    )
    assert quotes(text)[0][1] == "Andrew Carter"


def test_a_family_word_after_an_owner_tells_the_sex_not_the_owners_name() -> None:
    text = (
        "Ann Lee spoke first. Her father said he remembered little of the night. "
        '"I remember the ceiling tiles," he said.'
    )
    assert quotes(text)[0][1] == "Ann Lee's father"
