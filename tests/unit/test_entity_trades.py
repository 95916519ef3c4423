"""Names of the trades today's news covers: restaurants and buildings by their last word,
fashion houses and arms makers the lists know, whatever the words around them say."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_restaurant_s_last_word_is_never_a_place() -> None:
    got = _got("Owen Park, who ran the floor at Gramercy Tavern, cooked at Odeon Brasserie too.")
    assert got["Gramercy Tavern"] == "ORG"
    assert got["Odeon Brasserie"] == "ORG"


def test_a_palais_is_a_building() -> None:
    got = _got("Models walked under the glass roof of the Grand Palais on Monday.")
    assert got["Grand Palais"] == "FAC"


def test_fashion_houses_and_arms_makers_are_organisations_after_any_preposition() -> None:
    got = _got(
        "Blazy made his name at Bottega Veneta before Chanel hired him. Piccioli made his"
        " debut at Balenciaga. Poland buys missiles from Raytheon and tanks from Hyundai Rotem."
    )
    for name in ("Bottega Veneta", "Chanel", "Balenciaga", "Raytheon", "Hyundai Rotem"):
        assert got[name] == "ORG", name


def test_shops_named_with_a_possessive_keep_it() -> None:
    got = _got("Home Depot and Lowe's said demand was weak. Moody's cut Macy's rating.")
    assert got["Home Depot"] == got["Lowe's"] == got["Moody's"] == got["Macy's"] == "ORG"
    assert "Lowe" not in got and "Home" not in got


def test_carriers_planemakers_the_exchange_and_the_towns_of_today_s_wars() -> None:
    got = _got(
        "A UPS cargo plane crashed, McDonnell Douglas said. Apple fell 1.5% on the Nasdaq."
        " Strikes killed three people in Khan Younis. Fighting went on around Pokrovsk."
    )
    assert got["UPS"] == got["McDonnell Douglas"] == got["Nasdaq"] == "ORG"
    assert got["Khan Younis"] == got["Pokrovsk"] == "GPE"


def test_a_job_title_before_a_name_is_no_part_of_it() -> None:
    got = _got(
        '"Stay indoors," said Chief Meteorologist Paul Gundersen. Senior Economist Jane Foley'
        " agreed, and Sheriff Curtis Johnson told reporters. Dean Jones batted."
    )
    for name in ("Paul Gundersen", "Jane Foley", "Curtis Johnson", "Dean Jones"):
        assert got[name] == "PERSON", name


def test_a_common_word_ending_in_ics_makes_no_nationality_and_anglo_compounds_do() -> None:
    got = _got("The Real Clear Politics average rose. It would break the Anglo-Saxon monopoly.")
    assert got["Real Clear Politics"] == "ORG"
    assert got["Anglo-Saxon"] == "NORP"


def test_instruments_and_craft_are_products_whoever_they_are_named_after() -> None:
    got = _got(
        "Astronomers using NASA's James Webb Space Telescope saw it; the Perseverance Rover too."
    )
    assert got["James Webb Space Telescope"] == got["Perseverance Rover"] == "PRODUCT"


def test_a_body_by_its_director_or_its_last_word_is_no_person_or_place() -> None:
    got = _got(
        "She is artistic director of Sleeping Weazel, which staged her play. At the"
        " $932 million T. Rowe Price High Yield Fund, investors fled."
    )
    assert got["Sleeping Weazel"] == "ORG"
    assert got["T. Rowe Price High Yield Fund"] == "ORG"


def test_drugs_diseases_and_devices_named_by_initials_are_no_names() -> None:
    assert _got("The hallucinogen PCP, or angel dust, was found. An IED killed two.") == {}


def test_a_prize_for_a_director_is_no_company_cue() -> None:
    assert _got("It won best director for Anna Lindqvist.")["Anna Lindqvist"] == "PERSON"


def test_a_sea_named_by_its_adjective_after_the_is_the_sea() -> None:
    assert _got("Migrants drowned in the Mediterranean on Sunday.")["Mediterranean"] == "LOC"
    assert _got("The Baltic states met.")["Baltic"] == "NORP"
    assert _got("A Mediterranean diet helps.")["Mediterranean"] == "NORP"


def test_a_part_of_a_sea_named_by_its_adjective_is_the_sea() -> None:
    got = _got("The carrier arrived in the eastern Mediterranean on Tuesday.")
    assert got["Mediterranean"] == "LOC"
    assert _got("The western Baltic states met.")["Baltic"] == "NORP"


def test_seas_named_by_an_adjective_are_whole() -> None:
    got = _got("Ice is melting in the Arctic Ocean; ships crossed the Baltic Sea.")
    assert got["Arctic Ocean"] == got["Baltic Sea"] == "LOC"


def test_latin_names_a_people_and_its_culture() -> None:
    assert _got("Bad Bunny led the Latin chart.")["Latin"] == "NORP"


def test_a_name_whose_shares_move_in_per_cent_is_a_company() -> None:
    got = _got("Palantir Technologies and Snowflake each lost about 3%. Figma rose 5% later.")
    assert got["Snowflake"] == got["Figma"] == "ORG"
    assert _got("Smith rose 5 places in the rankings.")["Smith"] == "PERSON"
