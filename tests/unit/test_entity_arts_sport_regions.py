"""Names from reviews, sport and weather stories: a work's author, a venue's dome, bodies
named "X of Y", musicians' roles, Britain's counties and regions."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_possessive_before_a_quoted_title_is_the_author() -> None:
    assert ("Puccini", "PERSON") in _found('The show is Puccini\'s "Tosca" again.')


def test_a_company_before_a_quoted_title_stays_a_company() -> None:
    assert ("Hulu", "ORG") in _found('Hulu\'s "The Bear" won again.')


def test_a_musicians_role_is_a_title_not_part_of_the_name() -> None:
    found = _found("Soprano Lise Davidsen sang, and conductor Antonio Pappano bowed.")
    assert ("Lise Davidsen", "PERSON") in found


def test_bodies_named_x_of_y() -> None:
    text = "The Municipal Corporation of Delhi met the Orchestra of the Royal Opera House."
    assert _found(text) == [
        ("Municipal Corporation of Delhi", "ORG"),
        ("Orchestra of the Royal Opera House", "ORG"),
    ]


def test_a_dome_ends_a_venue() -> None:
    assert ("Sky Dome", "FAC") in _found("He plays two concerts at the Sky Dome in June.")


def test_counties_and_regions() -> None:
    text = "Rivers in Shropshire and the Midlands will peak, and Cumbria is on alert."
    assert _found(text) == [("Shropshire", "GPE"), ("Midlands", "LOC"), ("Cumbria", "GPE")]


def test_the_ashes_is_an_event() -> None:
    assert ("Ashes", "EVENT") in _found("England levelled the Ashes series at 1-1.")


def test_a_party_member_named_in_an_election_story_is_a_person() -> None:
    text = (
        "Peter Mutharika won, unseating Lazarus Chakwera five years after losing to him. "
        "He took 56% against 38% for Chakwera of the Malawi Congress Party."
    )
    found = _found(text)
    assert ("Lazarus Chakwera", "PERSON") in found and ("Chakwera", "PERSON") in found


def test_a_brand_name_is_a_product() -> None:
    text = "The painkiller will be sold under the brand name Journavx, the company said."
    assert ("Journavx", "PRODUCT") in _found(text)


def test_a_sequels_number_is_part_of_its_title() -> None:
    from tuiread.analysis import analyze

    spans = analyze('Disney\'s "Zootopia 2" opens Wednesday.')
    assert not any(s.label == "CARDINAL" for s in spans)


def test_a_commander_after_of_is_a_person_of_his_own() -> None:
    text = "It has fought the Sudanese Armed Forces of General Abdel Fattah al-Burhan since 2023."
    assert _found(text) == [
        ("Sudanese Armed Forces", "ORG"),
        ("Abdel Fattah al-Burhan", "PERSON"),
    ]


def test_a_body_of_a_place_and_an_office_of_a_title_stay_whole() -> None:
    text = "The Armed Forces of the Philippines and the Office of the President agreed."
    assert _found(text) == [
        ("Armed Forces of the Philippines", "ORG"),
        ("Office of the President", "ORG"),
    ]


def test_a_prizes_field_is_part_of_its_name_and_its_place_is_not() -> None:
    text = "She won the Nobel Prize in Chemistry, and received the Nobel Prize in Stockholm."
    found = _found(text)
    assert ("Nobel Prize in Chemistry", "WORK_OF_ART") in found
    assert ("Stockholm", "GPE") in found and not any(t == "Chemistry" for t, _ in found)


def test_will_opening_a_question_is_the_verb() -> None:
    assert _found("Will Trump sign it? Will Smith won an Oscar.")[:2] == [
        ("Trump", "PERSON"),
        ("Will Smith", "PERSON"),
    ]


def test_a_month_after_a_title_is_a_given_name() -> None:
    assert ("April Perry", "PERSON") in _found("U.S. District Judge April Perry said no.")


def test_an_operation_is_an_event() -> None:
    found = _found("Agents continued Operation Midway Blitz after Operation Warp Speed.")
    assert found == [("Operation Midway Blitz", "EVENT"), ("Operation Warp Speed", "EVENT")]


def test_an_illness_named_after_a_person_is_no_person() -> None:
    found = _found("Ozzy Osbourne had Parkinson's disease for years.")
    assert found == [("Ozzy Osbourne", "PERSON")]


def test_a_channels_acronym_before_a_quoted_show_is_no_author() -> None:
    assert ("MTV", "PERSON") not in _found('MTV\'s "The Osbournes" made him famous.')


def test_a_band_before_its_singer_is_an_organisation() -> None:
    assert ("Black Sabbath", "ORG") in _found("Ozzy Osbourne, the Black Sabbath singer, has died.")


def test_a_laboratory_keeps_its_first_word() -> None:
    assert ("Jet Propulsion Laboratory", "ORG") in _found(
        "He works at NASA's Jet Propulsion Laboratory."
    )


def test_a_monastery_is_a_building() -> None:
    assert ("Jerónimos Monastery", "FAC") in _found("Skip the line at Jerónimos Monastery.")


def test_a_town_and_storm_is_a_team_and_a_kind_of_storm_keeps_its_name() -> None:
    found = _found("The Seattle Storm beat the Aces. Winter Storm Elliott hit Buffalo.")
    assert ("Seattle Storm", "ORG") in found and ("Winter Storm Elliott", "EVENT") in found
    assert ("Tropical Storm Alberto", "EVENT") in _found("Tropical Storm Alberto formed.")


def test_sports_leagues_by_acronym_are_organisations() -> None:
    assert ("NRL", "ORG") in _found("The Melbourne Storm won the NRL grand final.")


def test_an_operation_after_a_capital_opening_the_sentence() -> None:
    assert _found("After Operation Desert Storm, troops left.") == [
        ("Operation Desert Storm", "EVENT")
    ]


def test_an_unknown_word_before_a_domed_venue_opens_its_name() -> None:
    assert ("Gocheok Sky Dome", "FAC") in _found("He plays the Gocheok Sky Dome in June.")


def test_a_grade_of_oil_is_a_product_and_its_peoples_oil_stays() -> None:
    found = _found("Brent crude rose, Dubai crude fell and Saudi crude held.")
    assert ("Brent", "PRODUCT") in found and ("Dubai", "PRODUCT") in found
    assert ("Saudi", "NORP") in found
    assert _found("He lives in Brent, north London.")[0] == ("Brent", "GPE")
