"""A job before "at X" makes X the employer, an organisation, not a place."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.score import job_before_at


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Gil Luria, head of technology research at D.A. Davidson.", "D.A. Davidson"),
        ("said Jane Moss, chief economist at Hargreave Lansdown.", "Hargreave Lansdown"),
    ],
)
def test_a_job_before_at_names_the_employer(text: str, name: str) -> None:
    assert _got(text)[name] == "ORG"


def test_job_before_at_looks_back_no_further_than_a_comma() -> None:
    assert job_before_at(["Luria,", "head", "of", "technology", "research", "at"])
    assert not job_before_at(["the", "head,", "then", "lunch", "at"])
    assert not job_before_at(["a", "fan", "at"])


def test_a_place_after_at_without_a_job_stays_a_place() -> None:
    assert _got("He was a fan at Wembley on Saturday.").get("Wembley") != "ORG"
