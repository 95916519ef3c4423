"""A devolved or regional government named by its people or place is one ORG, and a bill
before a parliament is a LAW."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.kinds import law_word_kind


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_government_named_by_its_people_is_one_organisation() -> None:
    got = _got(
        "He said the Scottish Government would receive more, and the Northern Ireland "
        "Executive agreed."
    )
    assert got["Scottish Government"] == "ORG"
    assert got["Northern Ireland Executive"] == "ORG"
    assert "Scottish" not in got


def test_a_title_case_heading_is_no_government_name() -> None:
    got = _got("Scottish Government Backs Plan\n\nThe plan was approved on Monday.")
    assert "Scottish Government" not in got


def test_a_bill_is_a_law() -> None:
    assert law_word_kind(["Finance", "Bill"]) == "LAW"
    got = _got("She said her party would vote against the Finance Bill on Tuesday.")
    assert got["Finance Bill"] == "LAW"
    assert _got("Bill Gates met Bill Clinton in Seattle.")["Bill Gates"] == "PERSON"


def test_a_lawmakers_party_and_state_tag_is_no_name() -> None:
    got = _got(
        "Sen. Ron Johnson, R-Wis., said the bill would fail. Rep. Alexandria "
        "Ocasio-Cortez (D-N.Y.) disagreed, and Sen. Lindsey Graham, R-S.C., spoke."
    )
    for tag in ("R-Wis", "D-N", "R-S"):
        assert tag not in got, (tag, got)
    assert got["Ron Johnson"] == "PERSON"
