"""A capital "The" inside a sentence belongs to the name after it ("told The Guardian"); a
sentence's opening "The" only where the article wrote the name so elsewhere."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_capital_the_inside_a_sentence_is_part_of_the_name() -> None:
    found = _found("She told The Guardian on Monday, and wrote in The Atlantic that it was over.")
    assert found["The Guardian"] == "ORG"
    assert found["The Atlantic"] == "ORG"  # the magazine, not the ocean


def test_an_opening_the_follows_the_name_written_inside_a_sentence() -> None:
    text = "The Spectator said it would appeal. He had written for The Spectator for years."
    spans = [(s.start, s.text) for s in find_entities(text) if "Spectator" in s.text]
    assert spans == [(0, "The Spectator"), (55, "The Spectator")]


def test_an_opening_the_alone_and_people_stay_out() -> None:
    found = _found("The SEC said it would act. The Smiths and the Kremlin agreed.")
    assert "SEC" in found and "The SEC" not in found
    assert "The Smiths" not in found


def test_one_of_a_people_in_the_singular_after_a_capital_the_is_a_newspaper() -> None:
    from tuiread.analysis.entities import find_entities

    got = {
        s.text: s.label
        for s in find_entities("In The New Yorker's profile, he told The Australian.")
    }
    assert got == {"The New Yorker": "ORG", "The Australian": "ORG"}
    got = {s.text: s.label for s in find_entities("The Australians won, and the Americans lost.")}
    assert got == {"Australians": "NORP", "Americans": "NORP"}
