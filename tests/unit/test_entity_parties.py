"""Parties: a persuasion with the word naming its party is one NORP ("the Liberal Democrats");
an unlisted name with a party's people after it ("Plaid's leader", "whose MPs") is an ORG."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_qualified_persuasion_is_one_name() -> None:
    found = _found("The Social Democrats won, and the Christian Democrat leader Ana Roth resigned.")
    assert found["Social Democrats"] == "NORP"
    assert found["Christian Democrat"] == "NORP"


def test_a_listed_body_or_place_or_a_sentence_opener_stays_apart() -> None:
    found = _found("Senate Republicans and Ohio Democrats met. Many Democrats stayed away.")
    assert found["Republicans"] == "NORP"
    assert found["Democrats"] == "NORP"
    assert "Senate" in found and "Ohio" in found
    assert "Many Democrats" not in found


def test_a_name_with_a_partys_people_after_it_is_a_party() -> None:
    text = (
        "Cymdeithas Rydd, whose MPs sit in opposition, joined the protest. Its leader in "
        "Cardiff, Rhys Evans, spoke. Cymdeithas Rydd candidates won, and Rydd's leader cheered."
    )
    assert _found(text)["Cymdeithas Rydd"] == "ORG"


def test_a_person_with_a_campaign_stays_a_person() -> None:
    text = "Mr Okonkwo said his campaign was strong. Okonkwo voters cheered Okonkwo."
    assert _found(text)["Okonkwo"] == "PERSON"


def test_a_peerage_rank_is_a_title_not_a_name() -> None:
    from tuiread.analysis.entities.lexicon import TITLE_CAP

    assert {"Baroness", "Viscount", "Countess"} <= TITLE_CAP
    assert "Baron" not in TITLE_CAP  # "Sacha Baron Cohen"
    found = _found("The inquiry, chaired by Baroness Ruth Okafor, reported to Parliament.")
    assert found["Ruth Okafor"] == "PERSON"
    assert "Baroness" not in found
