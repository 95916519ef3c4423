"""Names of rare shapes found on a sample of news mentions seen once or twice: plural
acronyms, hyphenated and town-like family names, and bodies named after a person."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.never import plural_acronym
from tuiread.analysis.entities.wholes import surname_shaped, town_as_surname


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_plural_acronym_is_a_common_noun() -> None:
    text = "The gases, known as HFCs, leak from fridges. Several NGOs and MPs objected."
    assert _found(text) == []


def test_plural_acronym_shape() -> None:
    assert plural_acronym("HFCs") and plural_acronym("SUVs")
    assert not plural_acronym("NFL") and not plural_acronym("Ms") and not plural_acronym("CBS")


def test_a_given_name_before_a_hyphenated_family_name_is_one_person() -> None:
    text = "This is no reform, said Douglas Holtz-Eakin, an economist."
    assert _found(text) == [("Douglas Holtz-Eakin", "PERSON")]


def test_a_small_town_ending_a_name_is_the_family_name() -> None:
    text = "The chief judge, Merrick Garland, recused himself. Garland said nothing."
    assert _found(text) == [("Merrick Garland", "PERSON"), ("Garland", "PERSON")]


def test_town_and_surname_shapes() -> None:
    assert surname_shaped("Holtz-Eakin") and surname_shaped("Brinkley")
    assert not surname_shaped("NASA") and not surname_shaped("Miami-based")
    assert town_as_surname("Garland") and not town_as_surname("Texas")


def test_a_library_after_a_full_name_is_named_after_the_person() -> None:
    text = "The ceremony took place at the Harry S. Truman Library on Friday."
    assert ("Harry S. Truman Library", "ORG") in _found(text)


def test_famous_company_acronyms_are_companies() -> None:
    text = "Executives from GM, GE and BP met the union on Monday."
    assert _found(text) == [("GM", "ORG"), ("GE", "ORG"), ("BP", "ORG")]


def test_a_class_of_shares_is_no_person() -> None:
    assert _found("GM Class E, which tracks a unit, rose.") == [("GM", "ORG")]


def test_capitol_hill_is_one_place() -> None:
    assert _found("Democrats on Capitol Hill objected.") == [
        ("Democrats", "NORP"),
        ("Capitol Hill", "FAC"),
    ]


def test_a_division_word_after_a_company_stays_in_its_name() -> None:
    text = "GE Healthcare and Google Cloud signed a deal with IBM Consulting."
    assert _found(text) == [
        ("GE Healthcare", "ORG"),
        ("Google Cloud", "ORG"),
        ("IBM Consulting", "ORG"),
    ]


def test_a_given_name_after_a_family_word_is_the_relative() -> None:
    text = "Sununu was told by Bush's son, George, that he had lost support. His daughter Georgia agreed."
    assert ("George", "PERSON") in _found(text) and ("Georgia", "PERSON") in _found(text)


def test_the_state_stays_a_place_without_a_family_word() -> None:
    assert _found("Voters in Georgia agreed.") == [("Georgia", "GPE")]


def test_a_society_after_a_full_name_is_a_body() -> None:
    text = "He told one of his young John Birch Society recruits to stay home."
    assert ("John Birch Society", "ORG") in _found(text)


def test_markup_character_references_are_no_names() -> None:
    assert _found("It may ask for a rehearing. &UR;  &LR; Expect no extensions.") == []


def test_a_savings_and_loan_association_after_a_place_is_one_body() -> None:
    text = "Costs tied to the Valley Federal Savings and Loan Association deal rose."
    assert _found(text) == [("Valley Federal Savings and Loan Association", "ORG")]


def test_worldwide_ends_a_company_name() -> None:
    text = "It cited expected losses in its Emery Worldwide shipping business."
    assert _found(text) == [("Emery Worldwide", "ORG")]


def test_a_hospital_is_a_building_and_its_body_opens_its_name() -> None:
    found = _found("She works at Johns Hopkins University Hospital. Later, at University Hospital.")
    assert found == [("Johns Hopkins University Hospital", "ORG"), ("University Hospital", "FAC")]


def test_a_coordinated_body_before_an_office_and_a_name() -> None:
    text = "In January, Immigration and Naturalization Service Commissioner Doris Meissner ruled."
    assert _found(text) == [
        ("Immigration and Naturalization Service", "ORG"),
        ("Doris Meissner", "PERSON"),
    ]


def test_immigration_and_customs_enforcement_is_one_body() -> None:
    text = "It is a division of Immigration and Customs Enforcement, officials said."
    assert _found(text) == [("Immigration and Customs Enforcement", "ORG")]


def test_a_famous_name_with_a_title_word_stays_whole() -> None:
    assert _found("My father referred to Martin Luther King often.") == [
        ("Martin Luther King", "PERSON")
    ]


def test_bodies_named_with_to() -> None:
    found = _found(
        "The Committee to Protect Journalists said so. He ran on the Right to Life Party line."
    )
    assert found == [
        ("Committee to Protect Journalists", "ORG"),
        ("Right to Life Party", "ORG"),
    ]


def test_a_move_to_a_place_is_no_body() -> None:
    assert _found("Smith moved to Liverpool in June.")[:2] == [
        ("Smith", "PERSON"),
        ("Liverpool", "GPE"),
    ]


def test_a_time_prefix_before_a_body_names_the_body() -> None:
    found = _found("I caught him on his post-CNN media perch. An anti-NATO rally followed.")
    assert found == [("CNN", "ORG"), ("anti-NATO", "NORP")]


def test_a_body_for_a_cause_with_an_article() -> None:
    text = "The Committee for a Responsible Federal Budget said so."
    assert _found(text) == [("Committee for a Responsible Federal Budget", "ORG")]


def test_wa_joins_a_kenyan_name_and_prisons_and_farms_are_named_whole() -> None:
    got = {
        s.text: s.label
        for s in find_entities(
            "Ngũgĩ wa Thiong'o was jailed at Kamiti Maximum Security Prison. Amber Kirchner "
            "runs Sugarbush Hollow Farm in Craftsbury."
        )
    }
    assert got["Ngũgĩ wa Thiong'o"] == "PERSON"
    assert got["Kamiti Maximum Security Prison"] == "FAC"
    assert got["Sugarbush Hollow Farm"] == "ORG"


def test_a_borough_named_with_and_is_one_place() -> None:
    got = {
        s.text: s.label
        for s in find_entities("She appealed against Cheshire West and Chester Council.")
    }
    assert "Cheshire West and Chester" in " ".join(got)
