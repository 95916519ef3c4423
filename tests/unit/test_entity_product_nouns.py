"""A product's noun after a name, with a word after the noun, still makes a product; and a
name the scores read as a place before one is the product's."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_product_noun_followed_by_a_word_makes_a_product() -> None:
    got = _got(
        "Revenue rose as demand for its Blackwell chips from Microsoft and Oracle soared. "
        "Demand for Blackwell is off the charts, the company said."
    )
    assert got["Blackwell"] == "PRODUCT"


def test_a_name_before_suvs_is_a_product() -> None:
    got = {
        s.text: s.label
        for s in find_entities("Ford Motor said it would recall 100,000 Bronco Sport SUVs.")
    }
    assert got["Bronco Sport"] == "PRODUCT"
