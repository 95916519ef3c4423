"""Entity rules for the news of places and trades the 1996 training file saw little of:
provinces and counties, saints' churches and hospitals, police units named with "and",
people whose surname is a company's name, brands on clothes, airlines named after a place,
and well-known companies whose names are also towns."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


# ------------------------------------------------------------------ provinces and counties


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bushfires forced evacuations across New South Wales on Tuesday.", "New South Wales"),
        ("The ferry sails from Halifax in Nova Scotia twice a week.", "Nova Scotia"),
        ("Fishermen in Cork and Kerry protested against the quotas.", "Cork"),
        ("Unemployment rose in Gauteng and KwaZulu-Natal last quarter.", "KwaZulu-Natal"),
        ("Voters in Bavaria and Saxony go to the polls in March.", "Bavaria"),
        ("Farmers in Quebec and Manitoba welcomed the aid.", "Quebec"),
    ],
)
def test_a_province_state_or_county_is_a_place(text: str, place: str) -> None:
    assert _got(text).get(place) == "GPE"


def test_a_cricketer_named_cork_is_still_a_person_by_his_full_name() -> None:
    assert _got("Dominic Cork took three wickets before lunch.")["Dominic Cork"] == "PERSON"


def test_a_city_named_town_is_a_city_not_a_region() -> None:
    assert _got("Protesters marched through Cape Town on Saturday.")["Cape Town"] == "GPE"


# ------------------------------------------------------------------ saints' places


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Pilgrims filled St Peter's Square for the blessing.", "St Peter's Square", "FAC"),
        ("The funeral was held at St Mary's Cathedral in Perth.", "St Mary's Cathedral", "FAC"),
        ("She was taken to St Vincent's Hospital with burns.", "St Vincent's Hospital", "ORG"),
        ("He studied law at King's College London.", "King's College London", "ORG"),
        ("Queen's Park Rangers won 2-0 at Millwall.", "Queen's Park Rangers", "ORG"),
    ],
)
def test_a_saints_possessive_before_a_head_is_one_name(text: str, name: str, label: str) -> None:
    assert _got(text).get(name) == label


def test_a_saints_possessive_before_no_head_stays_apart() -> None:
    got = _got("St Patrick's Day parades were cancelled in Boston.")
    assert "St Patrick's Day Parades" not in got
    assert got.get("Boston") == "GPE"


# ------------------------------------------------------------------ units named with "and"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Detectives from the Homicide and Major Enquiry Team arrested a man.",
            "Homicide and Major Enquiry Team",
        ),
        (
            "The Serious and Organised Crime Unit seized 40 kilograms of cocaine.",
            "Serious and Organised Crime Unit",
        ),
        ("Officers from the Drugs and Firearms Squad raided the flat.", "Drugs and Firearms Squad"),
    ],
)
def test_a_police_unit_named_with_and_is_one_body(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


# ------------------------------------------------------------------ companies known as towns


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Santander said net profit rose 9 per cent in the quarter.", "Santander"),
        ("Sabadell reported a rise in quarterly profit.", "Sabadell"),
        ("Maersk will send ships back through the Suez Canal.", "Maersk"),
        ("Euroclear holds most of the frozen assets.", "Euroclear"),
    ],
)
def test_a_well_known_company_alone_is_a_company(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_the_kremlin_speaks_for_the_presidency() -> None:
    assert _got("The Kremlin said the talks had been useful.")["Kremlin"] == "ORG"


# ------------------------------------------------------------------ surnames of companies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ontario Premier Doug Ford welcomed the funding.", "Doug Ford"),
        ("The album was produced by James Ford in London.", "James Ford"),
        ("The award went to Harriet Boeing, a nurse from Leeds.", "Harriet Boeing"),
    ],
)
def test_a_given_name_before_a_companys_name_is_a_person(text: str, name: str) -> None:
    assert _got(text).get(name) == "PERSON"


def test_a_company_alone_stays_a_company() -> None:
    assert _got("Ford said sales of its pickups rose in May.")["Ford"] == "ORG"


# ------------------------------------------------------------------ brands on clothes


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The suspect wore a black North Face jacket.", "North Face"),
        ("He was last seen in a grey Stone Island hoodie.", "Stone Island"),
        ("She carried a Longchamp bag to the match.", "Longchamp"),
        ("She wore a Moncler puffer jacket.", "Moncler"),
    ],
)
def test_a_name_before_a_garment_is_its_brand(text: str, brand: str) -> None:
    assert _got(text).get(brand) == "ORG"


def test_a_place_before_a_verb_and_a_garment_stays_a_place() -> None:
    assert _got("Fans in Manchester wore caps in the rain.")["Manchester"] == "GPE"


# ------------------------------------------------------------------ a sentence's first word


@pytest.mark.parametrize(
    "text",
    [
        "Born in Ballarat in 1934, she studied medicine in Melbourne.",
        "Born on a farm near Perth, he left school at 15.",
    ],
)
def test_born_opening_a_sentence_is_the_verb(text: str) -> None:
    assert "Born" not in _got(text)


# ------------------------------------------------------------------ airlines


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Riyadh Air ordered 25 jets from Airbus.", "Riyadh Air"),
        ("Gulf Air will fly to Manchester from June.", "Gulf Air"),
        ("Passengers on Kenya Airways were delayed.", "Kenya Airways"),
    ],
)
def test_a_place_before_air_is_an_airline(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_air_inside_a_law_or_a_force_keeps_its_name() -> None:
    assert _got("The Clean Air Act was passed in 1970.")["Clean Air Act"] == "LAW"
    assert _got("The Royal Air Force flew two sorties.")["Royal Air Force"] == "ORG"


# ------------------------------------------------------------------ a people's bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rates were left unchanged by the European Central Bank.", "European Central Bank"),
        ("Loans from the African Development Bank rose.", "African Development Bank"),
    ],
)
def test_a_regions_word_before_a_body_of_ordinary_words_is_one_body(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_a_nations_word_before_its_body_stays_apart() -> None:
    got = _got("The German Bundesbank warned of a recession.")
    assert got.get("German") == "NORP"
    assert got.get("Bundesbank") == "ORG"
    assert _got("The Chinese Foreign Ministry said so.").get("Chinese") == "NORP"


# ------------------------------------------------------------------ firms named with "&"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her memoir was published by Allen & Unwin in 2012.", "Allen & Unwin"),
        ("The novel comes out from Simon & Schuster next spring.", "Simon & Schuster"),
    ],
)
def test_names_joined_by_an_ampersand_are_a_firm(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


# ------------------------------------------------------------------ streets named after people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He came back to the club on James Street at midnight.", "James Street"),
        ("Several shops on George Road were boarded up.", "George Road"),
    ],
)
def test_a_street_named_after_a_given_name_is_a_street(text: str, name: str) -> None:
    assert _got(text).get(name) == "FAC"


def test_a_person_surnamed_lane_is_still_a_person() -> None:
    assert _got("The actor Nathan Lane opened the show.")["Nathan Lane"] == "PERSON"


# ------------------------------------------------------------------ an airline and its ground


def test_emirates_alone_is_the_airline_and_after_a_match_the_ground() -> None:
    assert _got("Emirates placed an order for 65 jets.")["Emirates"] == "ORG"
    assert _got("Arsenal beat Everton 2-1 at the Emirates.")["Emirates"] == "FAC"
    assert _got("She flew home to the United Arab Emirates.")["United Arab Emirates"] == "GPE"


# ------------------------------------------------------------------ hospitals


def test_a_hospital_named_after_a_street_is_a_hospital() -> None:
    got = _got("The boy was flown to Great Ormond Street Hospital in London.")
    assert got.get("Great Ormond Street Hospital") == "ORG"


# ------------------------------------------------------------------ Ireland's titles


def test_irelands_prime_minister_and_deputy_are_titles() -> None:
    assert _got("Taoiseach Micheál Martin rejected the claims.") == {"Micheál Martin": "PERSON"}
    assert _got("Tánaiste Simon Harris said the plan would work.") == {"Simon Harris": "PERSON"}


# ------------------------------------------------------------------ match reports


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("City won 3-0 with two goals from Erling Haaland.", "Erling Haaland"),
        ("It took a late header from Brannagh to settle the tie.", "Brannagh"),
    ],
)
def test_a_goal_from_a_name_credits_a_player(text: str, name: str) -> None:
    assert _got(text).get(name) == "PERSON"


def test_a_name_after_from_alone_may_still_be_a_place() -> None:
    assert _got("The fans travelled from Kestrelby by coach.").get("Kestrelby") == "GPE"


# ------------------------------------------------------------------ titles in reviews


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"Harbour Lights", released on Friday, is their best record.', "Harbour Lights"),
        ('"Mary of the Lanes", a duet with Lisa Hannigan, is lovely.', "Mary of the Lanes"),
        ('"Ghost Money", the lead single, tries too hard.', "Ghost Money"),
        ('The closing track, "Tara Street", runs for nine minutes.', "Tara Street"),
    ],
)
def test_a_quoted_title_named_a_work_by_its_apposition(text: str, title: str) -> None:
    assert _got(text).get(title) == "WORK_OF_ART"


def test_a_quoted_sentence_or_place_is_no_title() -> None:
    assert _got('"We will win", the minister said.') == {}
    assert _got('He now lives on "Tara Street" in Dublin.').get("Tara Street") == "FAC"


# ------------------------------------------------------------------ what a company says


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brenntag expects sales to fall again next year.", "Brenntag"),
        ("Morlund said its orders had stabilised in November.", "Morlund"),
        ("Santora said net profit rose 9 per cent.", "Santora"),
    ],
)
def test_a_name_that_speaks_of_its_own_trade_is_a_company(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_a_person_or_a_capital_speaking_of_demand_is_no_company() -> None:
    got = _got("Chancellor Olaf Scholz spoke. Scholz said demand for gas would fall.")
    assert got.get("Scholz") == "PERSON"
    assert _got("London said demand for visas rose.").get("London") == "GPE"


# ------------------------------------------------------------------ sees and towns of titles


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Archbishop of Canterbury, Sarah Mullally, led the prayers.", "Canterbury"),
        ("The Bishop of Truro said the church would help.", "Truro"),
    ],
)
def test_the_see_of_a_bishop_is_a_place(text: str, place: str) -> None:
    assert _got(text).get(place) == "GPE"


# ------------------------------------------------------------------ affixed words


@pytest.mark.parametrize(
    "text",
    [
        "The plan sets up a new State-owned developer.",
        "Government-backed loans rose by a third.",
        "It is like talking to a PhD-level expert.",
    ],
)
def test_a_common_noun_with_an_affix_is_no_name(text: str) -> None:
    assert _got(text) == {}


def test_a_language_affix_makes_an_affiliation() -> None:
    assert _got("He will direct a French-language drama.")["French-language"] == "NORP"
    assert _got("A Tokyo-based bank bought it.")["Tokyo-based"] == "NORP"
    assert _got("They drew Hollywood-level budgets.")["Hollywood-level"] == "NORP"


# ------------------------------------------------------------------ sums in rand


@pytest.mark.parametrize(
    "text",
    ["Municipal debt is now more than R100 billion.", "The utility owes R2.5bn to the state."],
)
def test_a_sum_in_rand_is_no_name(text: str) -> None:
    assert _got(text) == {}


# ------------------------------------------------------------------ two given names


def test_two_given_names_and_a_surname_are_one_person() -> None:
    got = _got("Chile's president-elect, José Antonio Kast, spoke on Sunday.")
    assert got.get("José Antonio Kast") == "PERSON"
    assert _got("Secretary of State Antony Blinken arrived.").get("Antony Blinken") == "PERSON"
    got = _got("Chancellor of the Exchequer Nigel Lawson resigned.")
    assert got.get("Nigel Lawson") == "PERSON"


def test_a_double_barrelled_given_name_after_a_title_is_one_person() -> None:
    got = _got("Finance Minister François-Philippe Champagne tabled the budget.")
    assert got == {"François-Philippe Champagne": "PERSON"}
    got = _got("The Jake Paul-Mike Tyson fight drew millions.")
    assert got == {"Jake Paul": "PERSON", "Mike Tyson": "PERSON"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The studio said "Halo: Frontline" had been delayed to 2027.', "Halo: Frontline"),
        ('"Dune: Part Two" took $710 million worldwide.', "Dune: Part Two"),
    ],
)
def test_a_quoted_title_with_a_subtitle_is_a_work(text: str, title: str) -> None:
    assert _got(text).get(title) == "WORK_OF_ART"


def test_a_quoted_sentence_with_a_colon_is_no_title() -> None:
    assert "We will win" not in str(_got('She said: "We will win: no doubt about it".'))


# ------------------------------------------------------------------ sources of data


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Data from Dealroom shows investment fell by half.", "Dealroom"),
        ("Figures compiled by Kpler show exports rose in May.", "Kpler"),
    ],
)
def test_the_source_of_figures_is_a_body(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_a_town_after_from_and_a_writer_after_by_keep_their_kinds() -> None:
    assert _got("He drove in from Kestrelby on Monday.").get("Kestrelby") == "GPE"
    assert _got("The novel was written by Ailsa Brennock.").get("Ailsa Brennock") == "PERSON"


# ------------------------------------------------------------------ team sheets

_SHEET = (
    "Leeds won 2-1.\n\n"
    "Leeds: Perri; Bogle, Rodon, Struijk, Gudmundsson; Ampadu, Stach (Rice 70); James,"
    " Aaronson, Gnonto; Calvert-Lewin.\n\nReferee: Simon Hooper."
)


def test_every_name_on_a_team_sheet_is_a_player() -> None:
    got = _got(_SHEET)
    for name in ("Perri", "Bogle", "Rice", "James", "Calvert-Lewin", "Gnonto"):
        assert got.get(name) == "PERSON", (name, got)
    assert got.get("Leeds") == "ORG"


def test_a_short_list_after_a_colon_is_no_team_sheet() -> None:
    got = _got("The tour visits three cities: Leeds, York and Hull.")
    assert "PERSON" not in got.values()


# ------------------------------------------------------------------ where people come from


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A 34-year-old man from Mirrabooka was charged on Friday.", "Mirrabooka"),
        ("A farmer from Yorkton said the rain came too late.", "Yorkton"),
    ],
)
def test_a_person_from_a_name_comes_from_a_place(text: str, place: str) -> None:
    assert _got(text).get(place) == "GPE"
