"""A surname after a form of address is a person's, whatever it means in lower case ("Mr.
Bush", "Mrs. May", "Ms. Price"); a nickname in quotation marks and an ordinal in figures
are words of the name they stand in."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.entities import find_entities

_BODY = "The talks ended on Friday after two days in the capital.\n\n"


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(_BODY + text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. Bush said no to the plan.", "Bush"),
        ("Mrs. May resigned as leader of the party.", "May"),
        ("Ms. Price agreed with the board.", "Price"),
        ("Mr. Young and Mrs. Little met.", "Young"),
    ],
)
def test_a_common_word_after_mr_or_mrs_is_a_surname(text: str, name: str) -> None:
    assert _got(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Chief Executive said the firm would grow.", "Executive"),
        ("Secretary General Antonio Guterres spoke to the council.", "General"),
    ],
)
def test_a_word_of_an_office_after_a_title_is_no_name(text: str, word: str) -> None:
    assert word not in _got(text)


def test_miss_before_a_pageant_stays_the_pageant() -> None:
    assert _got("Miss Universe was crowned in Miami.").get("Miss Universe") == "EVENT"


def test_the_president_said_is_the_president_named_with_his_title() -> None:
    text = _BODY + (
        "President Bush implied as much yesterday when reporters asked. "
        '"Everything, everything," the president said.'
    )
    quote = next(s for s in analyze(text) if s.kind == "quote")
    assert quote.speaker == "Bush"


def test_a_nickname_in_quotation_marks_is_inside_the_name() -> None:
    text = _BODY + (
        'The court upheld the conviction of Ramesh "Sunny" Balwani, the former president '
        "of the startup. Balwani, 59, is in prison."
    )
    people = [(s.text, s.value) for s in find_entities(text) if s.label == "PERSON"]
    assert people == [
        ('Ramesh "Sunny" Balwani', "Ramesh Balwani"),
        ("Balwani", "Ramesh Balwani"),
    ]


def test_an_ordinal_in_figures_inside_a_name_is_a_word_of_it() -> None:
    spans = analyze("A panel of the 9th U.S. Circuit Court of Appeals ruled on Friday.")
    assert "ORDINAL" not in [s.label for s in spans]


@pytest.mark.parametrize(
    "name", ["University College London", "Imperial College London", "Trinity College Dublin"]
)
def test_a_college_named_with_its_city_is_one_body(name: str) -> None:
    assert _got(f"Prof Ann Lee, of {name}, co-led the study.").get(name) == "ORG"


def test_a_zone_word_after_a_clock_time_is_no_name() -> None:
    got = _got("The show airs weekdays from 6:00 a.m. to 9:00 a.m. Eastern.")
    assert "Eastern" not in got


def test_a_known_name_ending_in_ing_before_from_or_an_article_is_a_verb() -> None:
    assert "Reading" not in _got("Reading from the documents, he named three officers.")
    assert _got("Reading beat Luton 2-0 on Saturday.").get("Reading") == "ORG"
    assert _got("Beijing from now on will act.").get("Beijing") == "GPE"
