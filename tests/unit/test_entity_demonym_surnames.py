"""A given name before a people's or a faith's word is one person: the word is a surname."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_demonym_after_a_given_name_is_a_surname() -> None:
    got = _got("Our economics editor Faisal Islam says this. Comedian Dawn French said so.")
    assert got["Faisal Islam"] == "PERSON" and got["Dawn French"] == "PERSON"
    assert "Islam" not in got and "French" not in got


def test_a_demonym_before_a_capitalised_word_or_alone_stays() -> None:
    got = _got("Maria Spanish Lessons opened. Later Islam was discussed by Jewish leaders.")
    assert got["Islam"] == "NORP" and got["Jewish"] == "NORP"
    assert "Maria Spanish" not in got
