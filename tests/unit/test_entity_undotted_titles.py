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


def test_british_honours_ranks_and_common_acronyms_are_no_names() -> None:
    got = _got(
        "She was appointed OBE in 2002 and made a CBE later. The GP said patients "
        "waited in A&E, and DCI Tom Reed and PCSO Amy Lee agreed."
    )
    for word in ("OBE", "CBE", "GP", "A&E", "DCI", "PCSO"):
        assert word not in got, (word, got)
    assert got["Tom Reed"] == "PERSON" and got["Amy Lee"] == "PERSON"


def test_contracted_forms_of_address_are_no_names() -> None:
    got = _got("She'll stay. Y'all know. Ma'am, please. O'Brien said so.")
    assert "Ma'am" not in got and "Y'all" not in got
