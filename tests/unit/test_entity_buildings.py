"""Buildings and streets named by an office or a place keep their whole name."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.buildings import military_base, office_building, place_tail_end


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It plans to sell the site on Portland Street in Huddersfield.", "Portland Street"),
        ("Crowds gathered on Oxford Street on Saturday.", "Oxford Street"),
        ("He lives on Washington Street with his wife.", "Washington Street"),
        ("They met at Leicester City Hall on Monday.", "Leicester City Hall"),
        ("The meeting was at Huddersfield Town Hall on Wednesday.", "Huddersfield Town Hall"),
        ("He told reporters at Parliament House on Friday.", "Parliament House"),
        ("The governor returned to Government House.", "Government House"),
    ],
)
def test_a_street_or_a_hall_named_by_a_place_or_an_office_is_the_building(
    text: str, name: str
) -> None:
    assert _got(text)[name] == "FAC"


def test_the_town_and_its_club_stay_what_they_are() -> None:
    got = _got("Manchester City Council said Portland police had left.")
    assert got["Manchester City Council"] == "ORG"
    assert got["Portland"] == "GPE"


def test_the_rules_read_words_only_where_the_run_ends() -> None:
    toks = ["Parliament", "House", "Speaker"]
    assert not office_building(toks, 0, known=False)
    assert office_building(["Parliament", "House", "on", "Friday"], 0, known=False)
    assert not office_building(["White", "House"], 0, known=True)
    assert place_tail_end(["Portland", "Street"], 0, 1, "Portland", "GPE") == (2, "FAC")
    assert place_tail_end(["Leon", "County"], 0, 1, "Leon", "ORG") == (2, "GPE")
    assert place_tail_end(["Paris", "St.", "Germain"], 0, 1, "Paris", "GPE") is None


def test_a_course_ends_a_venue_before_the_day() -> None:
    """ "Saratoga Race Course on Saturday": the day after the venue does not cut its name."""
    assert _got("He won at Saratoga Race Course on Saturday.")["Saratoga Race Course"] == "FAC"


def test_a_maker_after_an_airline_is_the_maker_of_its_plane() -> None:
    got = _got("The Air India Boeing 787 crashed after take-off.")
    assert got == {"Air India": "ORG", "Boeing 787": "PRODUCT"}


def test_a_place_a_local_body_is_named_after_stays_the_place() -> None:
    """ "in Kirklees" beside "Kirklees Council": the place, not the council."""
    got = _got("Rates rise in Kirklees\n\nKirklees Council approved a 4.99% rise on Wednesday.")
    assert got["Kirklees"] == "GPE"
    assert got["Kirklees Council"] == "ORG"
    got = _got("Kirklees College said fees would rise. Kirklees has 400 students.")
    assert got["Kirklees"] == "ORG"


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("England took control of the fourth Test at Old Trafford on Friday.", "Old Trafford"),
        ("Bumrah will be rested for the fifth Test at The Oval.", "The Oval"),
        ("Root scored a century at Lord's on Thursday.", "Lord's"),
        ("Ireland face Scotland at Murrayfield next.", "Murrayfield"),
    ],
)
def test_famous_grounds_are_buildings(text: str, ground: str) -> None:
    assert _got(text)[ground] == "FAC"


def test_the_moon_is_a_place_and_president_moon_a_person() -> None:
    assert _got("It is the first crewed flight around the Moon in 50 years.")["Moon"] == "LOC"
    assert _got("President Moon Jae-in met Kim.")["Moon Jae-in"] == "PERSON"


def test_a_known_name_before_county_is_the_county() -> None:
    got = _got("The suspect is the son of a Leon County sheriff's deputy.")
    assert got["Leon County"] == "GPE"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Trinidad and Tobago beat Bosnia and Herzegovina 2-1.", "Bosnia and Herzegovina", "GPE"),
        ("Trinidad and Tobago beat Bosnia and Herzegovina 2-1.", "Trinidad and Tobago", "GPE"),
        ("Farrell is on loan to the British and Irish Lions.", "British and Irish Lions", "ORG"),
        (
            "Leaders will meet at the Asia-Pacific Economic Cooperation summit.",
            "Asia-Pacific Economic Cooperation",
            "ORG",
        ),
        ("Komeito, the LDP's partner for 26 years, quit the coalition.", "Komeito", "ORG"),
        (
            "Tallahassee Memorial HealthCare said it had six patients.",
            "Tallahassee Memorial HealthCare",
            "ORG",
        ),
    ],
)
def test_names_joined_by_and_or_a_hyphen_stay_whole(text: str, name: str, label: str) -> None:
    assert _got(text)[name] == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Economists said the People's Bank of China would cut rates.",
            "People's Bank of China",
            "ORG",
        ),
        ("The People's Liberation Army held drills.", "People's Liberation Army", "ORG"),
        ("The National People's Congress met in March.", "National People's Congress", "ORG"),
        (
            "The People's Republic of China was founded in 1949.",
            "People's Republic of China",
            "GPE",
        ),
        ("She played in the Women's World Cup.", "Women's World Cup", "EVENT"),
        ("Pickets formed outside the Queen Elizabeth Hospital.", "Queen Elizabeth Hospital", "ORG"),
        (
            "They worked at the University of California, Berkeley, in the 1980s.",
            "University of California, Berkeley",
            "ORG",
        ),
        ("She teaches at Yale and studied at Harvard.", "Yale", "ORG"),
        ("He posted on Truth Social on Sunday.", "Truth Social", "ORG"),
        ("The Shanghai Composite index rose 0.6%.", "Shanghai Composite", "PRODUCT"),
    ],
)
def test_names_with_a_possessive_a_royal_or_a_campus_stay_whole(
    text: str, name: str, label: str
) -> None:
    assert _got(text)[name] == label


def test_a_group_s_day_is_no_body() -> None:
    assert "Children's Day" not in _got("It was Children's Day on Monday.")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The air force shot down Iranian-designed drones.", "Iranian-designed", "NORP"),
        ("Russian-built jets flew over the border.", "Russian-built", "NORP"),
        (
            "Prince Harry lives with the Duchess of Sussex in California.",
            "Duchess of Sussex",
            "PERSON",
        ),
        ("The Duke of York gave up his titles in October.", "Duke of York", "PERSON"),
        ("Catherine attended Trooping the Colour in June.", "Trooping the Colour", "EVENT"),
        (
            "A plant built by Hyundai and LG Energy Solution was raided.",
            "LG Energy Solution",
            "ORG",
        ),
        ("The camp is on the banks of the Guadalupe River.", "Guadalupe River", "LOC"),
        ("Union Pacific agreed to buy Norfolk Southern.", "Union Pacific", "ORG"),
        ("Union Pacific agreed to buy Norfolk Southern.", "Norfolk Southern", "ORG"),
    ],
)
def test_affiliations_peers_and_ceremonies(text: str, name: str, label: str) -> None:
    assert _got(text)[name] == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The governments of Britain and the Irish Republic agreed.", "Irish Republic", "GPE"),
        ("The company unveiled its Adam home computer in 1983.", "Adam", "PRODUCT"),
        ("Nokia sold the Lumia mobile phone in 2012.", "Lumia", "PRODUCT"),
        (
            "She is at the Carnegie Endowment for International Peace.",
            "Carnegie Endowment for International Peace",
            "ORG",
        ),
    ],
)
def test_a_republic_a_product_s_kind_and_an_endowment(text: str, name: str, label: str) -> None:
    assert _got(text)[name] == label


def test_two_compass_words_and_a_county_are_one_place() -> None:
    got = _got("Liz Truss lost South West Norfolk to Labour by 630 votes.")
    assert got["South West Norfolk"] == "GPE"


def test_one_of_a_people_named_with_man_or_woman_is_norp() -> None:
    got = _got("The Northern Irishman, 35, made a par. The Welshman scored twice.")
    assert got["Northern Irishman"] == got["Welshman"] == "NORP"


def test_followers_of_a_leader_or_a_creed_are_norp() -> None:
    got = _got("Milei beat the Peronist coalition. The Trotskyists marched. Anna Lindqvist spoke.")
    assert got["Peronist"] == got["Trotskyists"] == "NORP"
    assert got["Anna Lindqvist"] == "PERSON"


def test_a_body_s_noun_before_a_name_makes_it_a_body() -> None:
    got = _got("Milei beat the Peronist coalition Fuerza Patria on Sunday.")
    assert got["Fuerza Patria"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Nike names Elliott Hill chief executive as Donahoe steps down.",
            "Elliott Hill",
            "PERSON",
        ),
        ("Donahoe cut ties with retailers such as Foot Locker last year.", "Foot Locker", "ORG"),
        (
            "Hastie's new production of Hamlet at the National Theatre opens.",
            "Hamlet",
            "WORK_OF_ART",
        ),
        ("The show moves to Broadway's St. James Theatre in May.", "St. James Theatre", "FAC"),
        ("She starred in the West End last year.", "West End", "LOC"),
        (
            "Inspector James Entwistle of the Homicide and Major Enquiry Team said so.",
            "Homicide and Major Enquiry Team",
            "ORG",
        ),
    ],
)
def test_officers_trades_stagings_and_squads(text: str, name: str, label: str) -> None:
    assert _got(text)[name] == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The House of Representatives is set to vote.", "House of Representatives", "ORG"),
        ("Bitcoin rose as BlackRock's iShares Bitcoin Trust took in $1bn.", "Bitcoin", "PRODUCT"),
        ("Inter beat Barcelona to reach the Champions League final.", "Champions League", "EVENT"),
        ("Real Madrid and Athletic Bilbao were knocked out.", "Athletic Bilbao", "ORG"),
    ],
)
def test_chambers_currencies_and_competitions(text: str, name: str, label: str) -> None:
    assert _got(text)[name] == label


def test_a_genus_ending_in_os_and_a_party_word_of_south_asia() -> None:
    got = _got("Rhinoceros sondaicus once roamed across Southeast Asia.")
    assert "Rhinoceros" not in got
    got = _got("The alliance includes Chief Minister Nitish Kumar's Janata Dal (United).")
    assert got["Janata Dal"] == "ORG"


def test_isles_end_a_place() -> None:
    assert _got("Gusts of 90mph are possible on the Western Isles.")["Western Isles"] != "ORG"


def test_the_name_before_a_lower_case_airport_is_the_airport() -> None:
    got = _got(
        "Freeh spoke at the Jomo Kenyatta airport. They flew from Charles de Gaulle airport."
    )
    assert got["Jomo Kenyatta"] == got["Charles de Gaulle"] == "FAC"


def test_a_party_and_its_seats_are_no_model_and_windows_a_product() -> None:
    text = "Labour 411, Conservatives 121. Many Windows 11 users upgraded to the Pixel 8."
    got = {s.text: s.label for s in analyze(text) if s.kind == "entity"}
    assert got["Labour"] == "ORG"
    assert got["Windows 11"] == got["Pixel 8"] == "PRODUCT"


def test_cars_games_apps_robots_and_databases() -> None:
    text = (
        "Cheaper versions of its Model 3 and Model Y weighed on margins. It will build its"
        " Cybercab robotaxi. The outage hit Snapchat, Fortnite, Roblox and Venmo, and its"
        " DynamoDB database service. HM Revenue and Customs was affected."
    )
    got = {s.text: s.label for s in analyze(text) if s.kind == "entity"}
    assert got["Model 3"] == got["Model Y"] == got["Cybercab"] == "PRODUCT"
    assert got["DynamoDB"] == got["Fortnite"] == "PRODUCT"
    assert got["Venmo"] == got["HM Revenue and Customs"] == "ORG"


def test_the_company_that_said_is_the_company_not_its_service() -> None:
    text = (
        "Amazon said the fault was in its DynamoDB database service."
        ' "All services have returned to normal," the company said.'
    )
    quote = next(s for s in analyze(text) if s.kind == "quote")
    assert quote.speaker == "Amazon"


def test_a_rank_before_a_title_and_a_clause_s_subject_after_a_comma() -> None:
    got = _got("Supreme Leader Ayatollah Ali Khamenei has said talks are unwise.")
    assert got == {"Ali Khamenei": "PERSON"}
    text = "Fires destroyed homes in Pacific Palisades and Malibu, Cal Fire said on Friday."
    got = _got(text)
    assert got["Malibu"] == "GPE"
    assert got["Cal Fire"] == "ORG"
    assert _got("Why was the Santa Ynez Reservoir empty?")["Santa Ynez Reservoir"] != "PERSON"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "A few miles from his home at Andrews Air Force Base, he spoke.",
            "Andrews Air Force Base",
        ),
        ("Jets flew from Ramstein Air Base in Germany.", "Ramstein Air Base"),
        ("The Guantanamo Bay Naval Base holds detainees.", "Guantanamo Bay Naval Base"),
        ("At Vandenberg Space Force Base, a rocket rose.", "Vandenberg Space Force Base"),
    ],
)
def test_a_military_base_is_one_building(text: str, base: str) -> None:
    got = {s.text: s.label for s in find_entities(text)}
    assert got[base] == "FAC"
    assert "Andrews" not in got


def test_an_army_post_named_fort_is_a_building() -> None:
    assert (
        _got("The 82nd Airborne Division remains on standby at Fort Liberty.")["Fort Liberty"]
        == "FAC"
    )


def test_a_run_that_is_only_the_base_words_names_no_base() -> None:
    assert military_base("The Air Force Base") is None
    assert military_base("At Andrews Air Force Base") == 3


def test_a_building_named_by_a_surname_alone_is_the_building() -> None:
    got = {
        s.text: s.label
        for s in find_entities("He lives in Trump Tower. Fans met at Mandela Square.")
    }
    assert got == {"Trump Tower": "FAC", "Mandela Square": "FAC"}
    assert _got("The late senator John Tower spoke.")["John Tower"] == "PERSON"


def test_a_dome_ends_a_venue_name() -> None:
    assert (
        _got("The final is at the Caesars Superdome in New Orleans.")["Caesars Superdome"] == "FAC"
    )


def test_a_town_and_its_castle_or_pier_is_one_building() -> None:
    got = _got(
        "They toured Windsor Castle. Barbara Castle was a minister. They met at Ardross Castle."
    )
    assert got == {"Windsor Castle": "FAC", "Barbara Castle": "PERSON", "Ardross Castle": "FAC"}


def test_addresses_theme_parks_and_a_bank_with_its_legal_form() -> None:
    got = _got(
        "The embassy is at 285 Toure Drive. Trips to Disney World. Financing from Chase "
        "Manhattan Bank N.A. was assured. A naval base on the Crimean peninsula."
    )
    assert got == {
        "Toure Drive": "FAC",
        "Disney World": "FAC",
        "Chase Manhattan Bank N.A.": "ORG",
        "Crimean": "NORP",
    }
