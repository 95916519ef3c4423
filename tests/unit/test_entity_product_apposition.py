"""An apposition that says what was made ("Magic Cue, a new feature") makes a product."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_an_apposition_naming_a_thing_made_makes_a_product() -> None:
    got = _got(
        "Magic Cue, a new feature, surfaces information. Zelvora, the company's "
        "weight-loss drug, sold well."
    )
    assert got["Magic Cue"] == "PRODUCT"
    assert got["Zelvora"] == "PRODUCT"


def test_a_maker_or_a_trade_in_the_apposition_is_no_product() -> None:
    got = _got("Brightwave, a chip maker, grew. Zed Marr, a drug dealer, was jailed.")
    assert got["Brightwave"] == "ORG"
    assert got["Zed Marr"] == "PERSON"
