"""British style writes abbreviated titles and ranks without a full stop: the title is no
part of the name and no name alone."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers were at the scene, said Insp Tom Reed.", "Tom Reed"),
        ("Supt Paul Fry said the road would reopen.", "Paul Fry"),
        ("Prof Andrew Sweetman, who led the work, agreed.", "Andrew Sweetman"),
        ("The army said Pte John Ward died in the attack.", "John Ward"),
    ],
)
def test_an_undotted_title_is_no_part_of_the_name(text: str, name: str) -> None:
    got = _got(text)
    assert got.get(name) == "PERSON", got
    assert len(got) == 1, got


def test_gen_z_is_no_title() -> None:
    assert "Z" not in _got("Gen Z shoppers want deals, the survey found.")
