"""Entity classes real news kept getting wrong: a body named in apposition by its trade, a
well-known name opening a sentence, grounds and power stations, people named after their
county, newspapers named after their town, titles of works after a season or before a
franchise, and today's long names of parties and companies."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korrin Dwr, the regional water utility, said the supply was safe.", "Korrin Dwr"),
        (
            "Brightwater, the national youth mental health foundation, warned of the risk.",
            "Brightwater",
        ),
        ("Tallis Vane, the Irish children's charity, has appealed for funds.", "Tallis Vane"),
        ("Rights were sold to Orlanne, the French distributor, in May.", "Orlanne"),
    ],
)
def test_a_body_named_by_its_trade_in_apposition_is_an_organisation(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_a_person_in_apposition_keeps_a_person() -> None:
    got = _got("Mary Kellett, the charity's founder, said she was delighted.")
    assert got.get("Mary Kellett") == "PERSON"


def test_a_listed_company_news_never_writes_lower_case_is_a_name_opening_a_sentence() -> None:
    assert _got("Reddit and Pinterest were fined last year.").get("Reddit") == "ORG"
    assert _got("YouTube and Netflix raised their prices.").get("YouTube") == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Yorkshireman made 90 before lunch.", "Yorkshireman"),
        ("A Cornishman won the race.", "Cornishman"),
        ("The Frenchman served for the match.", "Frenchman"),
        ("Two Welshmen were named in the squad.", "Welshmen"),
    ],
)
def test_a_man_named_after_his_county_or_nation_is_a_nationality(text: str, name: str) -> None:
    assert _got(text).get(name) == "NORP"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The second unit at Koeberg nuclear power station returned to service.", "Koeberg"),
        ("Output at the Drax power station fell.", "Drax"),
        ("Eskom said the Kendal coal-fired power plant tripped.", "Kendal"),
    ],
)
def test_the_name_of_a_power_station_is_a_facility(text: str, name: str) -> None:
    assert _got(text).get(name) == "FAC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He told the Cincinnati Enquirer that the plan had failed.", "Cincinnati Enquirer"),
        ("The Hamilton Spectator reported the closure.", "Hamilton Spectator"),
        ("A reporter for the Dayton Daily News asked him.", "Dayton Daily News"),
    ],
)
def test_a_newspaper_named_after_its_town_is_one_organisation(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The second season of "The Silver Road" begins in May.', "The Silver Road"),
        ('He owns the "Night Harbour" and "Iron Gate" franchises.', "Night Harbour"),
        ('She starred in the "Summer Hollow" films.', "Summer Hollow"),
    ],
)
def test_a_quoted_title_after_a_season_or_before_a_franchise_is_a_work(
    text: str, title: str
) -> None:
    assert _got(text).get(title) == "WORK_OF_ART"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Voters backed Alternative for Germany in the east.", "Alternative for Germany", "ORG"),
        ("La Libertad Avanza won the vote in Buenos Aires.", "La Libertad Avanza", "ORG"),
        ("The coalition with Nippon Ishin no Kai held.", "Nippon Ishin no Kai", "ORG"),
        ("Boeing Commercial Airplanes delivered 40 jets.", "Boeing Commercial Airplanes", "ORG"),
        ("Caritas Internationalis appealed for aid.", "Caritas Internationalis", "ORG"),
        ("The film won the Palme d'Or in Cannes.", "Palme d'Or", "WORK_OF_ART"),
        ("The game comes out on the Switch 2 next year.", "Switch 2", "PRODUCT"),
        ("Australia won at the Gabba on Sunday.", "Gabba", "FAC"),
        ("He has starred alongside Zendaya in two films.", "Zendaya", "PERSON"),
        ("Distribution will be handled by Pathé in France.", "Pathé", "ORG"),
        ("Cargill and Viterra have expanded on the Prairies.", "Viterra", "ORG"),
    ],
)
def test_well_known_names_of_today(text: str, name: str, label: str) -> None:
    assert _got(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orders were placed on the first day of the Dubai Airshow.", "Dubai Airshow"),
        ("Visitors flocked to the Osaka Expo this summer.", "Osaka Expo"),
    ],
)
def test_a_show_named_after_its_town_is_an_event(text: str, name: str) -> None:
    assert _got(text).get(name) == "EVENT"


def test_a_list_of_towns_after_in_is_a_list_of_towns() -> None:
    got = _got("Bus fares in Northampton, Daventry and Towcester will rise by 20p.")
    assert got.get("Daventry") == "GPE"
    assert got.get("Towcester") == "GPE"


def test_a_list_after_in_with_a_known_person_is_left() -> None:
    got = _got("He grew up in London, Barack Obama and Michelle Obama said.")
    assert got.get("Barack Obama") == "PERSON"


def test_a_quoted_title_whose_words_are_common_and_known_is_one_work() -> None:
    got = _got('The studio said the third season of "The Wings of Power" would be its last.')
    assert got.get("The Wings of Power") == "WORK_OF_ART"
    assert "Power" not in got


def test_a_festival_known_by_its_town_is_an_event() -> None:
    assert _got("Glastonbury sold all its tickets in half an hour.").get("Glastonbury") == "EVENT"
