"""Codes of capitals and digits in modern news (``entities.codes``): formulas, periods and
tickers name nothing, a review's section labels in capitals are no names, and a model code
or a product line with its number is a PRODUCT."""

from __future__ import annotations

import time

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.codes import is_formula, is_model_code, is_period_code


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize("word", ["CO2", "NO2", "SO2", "CH4", "H2O", "N2O", "O3"])
def test_chemical_formulas_are_told(word: str) -> None:
    assert is_formula(word)


@pytest.mark.parametrize("word", ["H20", "PS5", "BBC2", "U2", "G7", "CNN", "F1"])
def test_names_of_capitals_and_digits_are_no_formulas(word: str) -> None:
    assert not is_formula(word)


def test_periods_are_told() -> None:
    assert all(is_period_code(w) for w in ("Q3", "H1", "FY25", "FY2026", "3Q"))
    assert not any(is_period_code(w) for w in ("Q5", "G7", "H20"))


def test_formulas_periods_and_dust_are_no_names() -> None:
    got = _got(
        "Emissions of CO2 and NO2 rose, and so did PM2.5 and PM10 levels. "
        "Profit in Q3 rose and H1 sales fell, the firm said."
    )
    for word in ("CO2", "NO2", "PM2", "PM10", "Q3", "H1"):
        assert word not in got, (word, got)


def test_tickers_in_parentheses_are_no_names() -> None:
    got = _got(
        "Nvidia (NVDA.O) shares fell, while Microsoft (MSFT.O) and Taiwan Semiconductor "
        "(2330.TW) rose. Coca-Cola (NYSE: KO) was flat."
    )
    for word in ("NVDA", "MSFT", "KO"):
        assert word not in got, (word, got)
    assert got["Nvidia"] == "ORG" and got["Microsoft"] == "ORG"


def test_an_acronym_in_parentheses_still_names_the_body() -> None:
    got = _got("The World Health Organization (WHO) said on Monday cases rose.")
    assert got.get("WHO") == "ORG"


def test_section_labels_in_capitals_are_no_names() -> None:
    text = "Verdict: 4 stars\n\nPROS\n- Superb camera\n\nCONS\n- Slow charging\n"
    got = _got(text)
    assert "PROS" not in got and "CONS" not in got


def test_a_name_in_capitals_alone_on_a_line_stays() -> None:
    got = _got("NASA\nThe agency said on Monday it would launch in May.")
    assert got.get("NASA") == "ORG"


def test_model_codes_are_products() -> None:
    assert is_model_code("H20") and is_model_code("MI350") and is_model_code("A320neo")
    got = _got("Nvidia sells its H20 chips in China. Sales of the H20 fell.")
    assert got["H20"] == "PRODUCT"
    assert _got("The phone runs on the Tensor G5, which runs warm.")["Tensor G5"] == "PRODUCT"


def test_groups_named_by_codes_stay_organisations() -> None:
    got = _got("Leaders of the G7 and the G20 met in Rome on Friday.")
    assert got.get("G7") == "ORG" and got.get("G20") == "ORG"


def test_product_lines_with_their_number_and_tier_are_one_product() -> None:
    got = _got(
        "Those on the Pixel 9 Pro can wait; the Galaxy S25 Ultra is faster. "
        "Owners of a Pixel 8 will see a big jump. Pixel owners wait."
    )
    assert got["Pixel 9 Pro"] == "PRODUCT"
    assert got["Galaxy S25 Ultra"] == "PRODUCT"
    assert got["Pixel 8"] == "PRODUCT"  # the line written with a tier elsewhere
    assert got["Pixel"] == "PRODUCT"


def test_a_club_and_its_score_is_no_product() -> None:
    got = _got("Arsenal 2 Chelsea 1. Leeds 3 Wolves 0.")
    assert "Arsenal 2" not in got and "Leeds 3" not in got


def test_codes_cost_linear_time() -> None:
    unit = "The Pixel 9 Pro beat the Galaxy S25 Ultra, and CO2 (NVDA.O) in Q3 fell.\n"

    def cpu(n: int) -> float:
        text = unit * (n // len(unit))
        t0 = time.process_time()
        find_entities(text)
        return time.process_time() - t0

    cpu(5_000)
    small, big = cpu(25_000), cpu(100_000)
    assert big < 8 * max(small, 0.01)


def test_a_common_word_shouted_in_a_heading_is_no_name() -> None:
    got = _got("BREAKING NEWS: Fire at plant\n\nCrews were called to the site on Monday.")
    assert "NEWS" not in got


def test_a_name_known_often_stays_in_capitals() -> None:
    got = _got("WHO WARNS OF NEW OUTBREAK\n\nThe WHO said on Monday cases rose.")
    assert got.get("WHO") == "ORG"


def test_a_version_with_a_decimal_and_a_tier_is_one_product() -> None:
    assert _got("Google's Gemini 2.5 Pro and its rivals compete.")["Gemini 2.5 Pro"] == "PRODUCT"


def test_a_club_with_a_decimal_after_it_is_no_product() -> None:
    got = _got("Leeds 2 Wolves 1. Leeds averaged 2.5 goals; Leeds 2.5 was the line.")
    assert all(label != "PRODUCT" for label in got.values()), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A man died after a tree fell on his car on the A466 near Tintern.", "A466"),
        ("Traffic was queuing on the M25 between junctions 10 and 11.", "M25"),
        ("The crash closed the northbound I-95 near Baltimore.", "I-95"),
        ("Police closed the B4245 in both directions.", "B4245"),
    ],
)
def test_a_roads_number_is_a_facility(text: str, code: str) -> None:
    assert _got(text)[code] == "FAC"


def test_an_aircraft_in_a_roads_shape_is_no_road() -> None:
    assert _got("The A380 landed safely at Heathrow.")["A380"] != "FAC"
    assert _got("He flew on the A380 from Dubai.")["A380"] != "FAC"


def test_models_listed_before_their_product_noun_are_products() -> None:
    got = _got(
        "Demand for its H100 and Blackwell processors rose. The B200, H20 and H100 chips sold."
    )
    assert got["H100"] == got["B200"] == got["H20"] == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A squadron of F-35 fighters flew in.", "F-35"),
        ("Two B-52 bombers flew over the Baltic.", "B-52"),
        ("A C-130 transport plane landed.", "C-130"),
    ],
)
def test_a_model_code_before_a_military_craft_is_a_product(text: str, code: str) -> None:
    assert {s.text: s.label for s in find_entities(text)}[code] == "PRODUCT"
