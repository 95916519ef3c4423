"""Names that open in lower case ("iPhone", "eBay", "xAI"): found by their shape, labelled by
the lists or their context; units, common acronyms, code and missing spaces are no names."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.camel import lower_camel_word, mention_vote


def _found(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_company_that_opens_in_lower_case_is_found() -> None:
    text = "Shares in zTrade fell 4%. zTrade said demand had slowed, and vQuant's revenue rose."
    found = _found(text)
    assert found["zTrade"] == "ORG"
    assert found["vQuant"] == "ORG"


def test_a_product_after_a_determiner_or_with_a_model_is_a_product() -> None:
    text = "She used her uGlide to pay. The uGlide screen is bright, and the uGlide 9 Pro is next."
    found = _found(text)
    assert found["uGlide"] == "PRODUCT"
    assert found["uGlide 9 Pro"] == "PRODUCT"


def test_a_listed_word_keeps_its_label_and_an_os_is_a_product() -> None:
    found = _found("Apple said the iPad would run zenOS, unlike the iPhone.")
    assert found["iPad"] == "PRODUCT"
    assert found["iPhone"] == "PRODUCT"
    assert found["zenOS"] == "PRODUCT"


def test_units_acronyms_code_and_missing_spaces_are_no_names() -> None:
    for word in ("pH", "dB", "hPa", "kWh", "mAh", "mmHg", "mRNA", "eSIM", "theCuban", "useState"):
        assert not lower_camel_word(word), word
    text = (
        "The mRNA vaccine raised the pH. Call getUser() or visit eShop.example.com and "
        "@kTrader, #iVote, a/bTest. Pressure fell to 990 hPa and theCuban team lost."
    )
    assert _found(text) == {}


def test_a_persons_possessive_makes_a_company_and_a_companys_a_product() -> None:
    assert mention_vote("Elon Musk's qLabs grew.", 12, 17) == -1
    assert mention_vote("Apple's iPad sold.", 8, 12) == 1


def test_a_prefix_before_a_common_noun_written_as_one_is_no_name() -> None:
    text = "Sales of eGuitars doubled. She bought an eKettle, and the iGardening boom went on."
    assert _found(text) == {}
    # the listed product's plural is the product; a service's account is the company's
    found = _found("Apple sold 50 million iPhones, and he opened an qMart account.")
    assert found["iPhones"] == "PRODUCT"
    assert found["qMart"] == "ORG"


def test_a_line_word_after_a_lower_camel_product_keeps_the_product() -> None:
    found = _found(
        "Apple unveiled the iPhone Air and the MacBook Air. Investors liked eBay Motors."
    )
    assert found["iPhone Air"] == "PRODUCT"
    assert found["eBay Motors"] == "ORG"
