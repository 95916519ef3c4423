"""A company named before its founder's full name stays the company."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_house_named_before_its_founder_is_the_house() -> None:
    text = (
        "Chanel's new era begins\n\n"
        "Matthieu Blazy presented his first collection for Chanel on Monday, reinventing the"
        " house of Coco Chanel. Chanel reported revenue of $18.7 billion last year."
    )
    got = _got(text)
    assert got["Chanel"] == "ORG"
    assert got["Coco Chanel"] == "PERSON"


def test_a_person_named_in_full_first_keeps_the_surname() -> None:
    text = "Fox recovers\n\nMichael J. Fox said on Monday he felt better. Fox, 63, is resting."
    spans = [(s.text, s.label) for s in find_entities(text)]
    assert spans.count(("Fox", "PERSON")) == 2


def test_a_family_named_by_its_surname_is_people() -> None:
    text = "IMA includes First Boston Corp. and the Pritzker family of Chicago."
    assert _got(text)["Pritzker"] == "PERSON"
    assert _got("A parcel is owned by the Jaffe family.")["Jaffe"] == "PERSON"


def test_a_person_s_surname_in_the_plural_is_the_family() -> None:
    text = "Voters were loyal to the Clintons. Barack Obama spoke, and the Obamas left."
    got = _got(text)
    assert got["Clintons"] == got["Obamas"] == "PERSON"


def test_a_super_pac_or_a_nonprofit_in_apposition_is_a_body() -> None:
    got = _got("Adelson helped fund Future45, a super PAC that attacks Clinton.")
    assert got["Future45"] == "ORG"


def test_a_newspaper_named_after_daily_is_a_body() -> None:
    text = "The letter was published in the Communist Party daily Granma on Tuesday."
    assert _got(text)["Granma"] == "ORG"


def test_leaders_whose_names_read_as_something_else() -> None:
    got = _got("General Secretary To Lam met Xi. Former president Daniel arap Moi died.")
    assert got["To Lam"] == got["Xi"] == got["Daniel arap Moi"] == "PERSON"


def test_a_city_after_two_unknown_words_is_a_second_family_name() -> None:
    got = _got("Among them was Abigael González Valencia, a leader of the group.")
    assert got["Abigael González Valencia"] == "PERSON"
    assert _got("Former Philippine President Rodrigo Duterte was arrested.")["Philippine"] == "NORP"


def test_des_joins_a_french_body_s_name() -> None:
    text = "Paribas needs the go-ahead from the Commission des Operations de Bourse, a regulator."
    assert _got(text)["Commission des Operations de Bourse"] == "ORG"


def test_a_publisher_named_with_commas_and_and_is_one_body() -> None:
    text = "Published by Farrar, Straus and Giroux in the US, the book sold well."
    assert _got(text)["Farrar, Straus and Giroux"] == "ORG"


def test_a_title_case_headline_runs_on_past_a_body_to_its_verb() -> None:
    got = _got("Related: Supreme Court to Hear Texas Social Media Law Case\n\nThe court met.")
    assert got.get("Supreme Court") == "ORG"
    assert not any(" to " in name for name in got)


def test_an_unknown_given_name_before_a_surname_the_lists_half_know() -> None:
    """ "Williams" is a person and a racing team in the training file: after a word no list
    knows, it is a person's surname."""
    assert _got("Jalen Williams added 20 points.")["Jalen Williams"] == "PERSON"
