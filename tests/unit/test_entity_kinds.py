"""What the words of a name say of its kind (``entities/kinds.py``), and the lists built with
those rules: peoples are NORP, a convention is a gathering, a church or a treaty by its
words, handles are no names, affix adjectives are left to the run rules (issue 10)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.kinds import (
    funding_round,
    group_of_people,
    is_affix_adjective,
    is_handle,
    law_word_kind,
    lone_event_word,
)
from tuiread.analysis.entities.labels import onto_label
from tuiread.analysis.entities.lexicon import LEX, MISC
from tuiread.analysis.entities.never import common_compound, common_plural, inside_a_name

ROOT = Path(__file__).resolve().parents[2]


def _got(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.label, s.value) for s in find_entities(text)}


def test_handles_and_addresses_are_no_names() -> None:
    assert is_handle("Fred_945") and is_handle("PfASkm7vah")
    for word in ("AK-47", "F16", "G7", "Frog7", "21st", "1990s", "Covid-19", "MP3"):
        assert not is_handle(word), word
    got = _got("Posted by Fred_945 on the forum. Read more at PfASkm7vah today.")
    assert "Fred_945" not in got and "PfASkm7vah" not in got


def test_groups_of_people_are_norp() -> None:
    demonyms = frozenset(("Rwandan", "Kenyan"))
    for toks in (["Hutu"], ["Hutus"], ["Islamists"], ["Westerners"], ["New", "Yorkers"]):
        assert group_of_people(toks, demonyms), toks
    assert group_of_people(["Kenyans"], demonyms)
    assert not group_of_people(["Internet"], demonyms)
    assert not group_of_people(["Series"], demonyms)
    assert onto_label("Trotskyists", MISC) == "NORP"
    for name in ("Hutu", "Hutus", "Islamists", "Westerners", "Tamils"):
        assert LEX[name][0] == "NORP", name


def test_a_convention_by_its_words() -> None:
    assert law_word_kind(["Republican", "National", "Convention"]) == "EVENT"
    assert law_word_kind(["Democratic", "National", "Convention"]) == "EVENT"
    assert law_word_kind(["National", "Baptist", "Convention"]) == "ORG"
    assert law_word_kind(["Refugee", "Convention"]) == "LAW"
    assert law_word_kind(["Geneva", "Convention"]) == "LAW"
    assert law_word_kind(["University", "School", "of", "Law"]) == "ORG"
    assert law_word_kind(["Clean", "Air", "Act"]) == "LAW"
    assert law_word_kind(["Clean", "Air"]) is None
    assert LEX["Republican National Convention"][0] == "EVENT"
    got = _got("She spoke at the National Baptist Convention in Kansas City on Friday.")
    assert got["National Baptist Convention"][0] == "ORG"


def test_affix_adjectives_are_left_to_the_run_rules() -> None:
    assert is_affix_adjective("Atlanta-based") and is_affix_adjective("NATO-led")
    assert not is_affix_adjective("Hart-Scott-Rodino")
    for name in ("Atlanta-based", "New York-based", "NATO-led", "Soviet-style", "U.S.-led"):
        assert name not in LEX, name
    got = _got(
        "The Atlanta-based company and a New York-based fund joined the NATO-led force "
        "under a Soviet-style plan."
    )
    for name in ("Atlanta-based", "New York-based", "NATO-led", "Soviet-style"):
        assert got[name][0] == "NORP", name


def test_lone_event_words_and_funding_rounds_name_no_event() -> None:
    assert lone_event_word(["Rally"]) and lone_event_word(["Revolution"])
    assert not lone_event_word(["Olympics"]) and not lone_event_word(["World", "Cup"])
    assert funding_round(["Series", "D"]) and not funding_round(["World", "Series"])
    assert onto_label("Revolution", MISC) is None
    assert onto_label("Series D", MISC) is None
    assert "Rally" not in LEX


def test_hand_lists_give_parties_products_and_indexes() -> None:
    assert LEX["GOP"][0] == "ORG"
    assert LEX["AK-47"][0] == "PRODUCT"
    assert LEX["Dow Jones"][0] == "PRODUCT"


def test_a_given_name_the_lists_once_called_other_is_a_person_before_a_surname() -> None:
    assert "Karen" not in LEX
    got = _got("Karen Smith, a teacher, said the school would reopen.")
    assert got["Karen Smith"][0] == "PERSON"


def test_the_build_maps_training_names_with_the_same_rules() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_entity_lists", ROOT / "scripts" / "build_entity_lists.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.misc_label("Islamists", ["Islamists"]) == "NORP"
    assert build.misc_label("AK-47", ["AK-47"]) == "PRODUCT"
    assert build.onto_label("National Baptist Convention", "MISC") == "ORG"
    assert build.kept_out("Atlanta-based", "MISC") == "affix adjective"
    assert build.kept_out("Fred_945", "PER") == "handle"
    assert build.kept_out("Karen", "MISC") == "given name"
    assert build.kept_out("Rally", "MISC") == "lone event word"
    assert build.kept_out("Clean Air Act", "MISC") is None


def test_an_other_name_shaped_like_a_person_is_a_person() -> None:
    from tuiread.analysis.entities.labels import label_of, shaped_like_a_person

    assert shaped_like_a_person(["Elian", "Gonzalez"])
    assert shaped_like_a_person(["Karen", "Bobadilla"])
    assert not shaped_like_a_person(["Gonzalez"])
    assert not shaped_like_a_person(["Bank", "of", "Gonzalez"])
    assert not shaped_like_a_person(["IBM", "Gonzalez"])
    # "other" is best but its words name no kind: the person's shape decides, not ORG
    assert label_of("Elian Gonzalez", [-1.5, -1.3, -3.4, -0.2, -2.0]) == "PERSON"
    got = _got(
        "After a weekend of accusations by both sides of the Elian Gonzalez custody battle, "
        "the court met. Elian's relatives have cared for him since November."
    )
    assert got["Elian Gonzalez"][0] == "PERSON"
    assert got["Elian"] == ("PERSON", "Elian Gonzalez")


def test_a_club_town_named_as_a_place_is_the_town() -> None:
    from tuiread.analysis.entities.segment import place_word
    from tuiread.analysis.entities.settings import is_town

    assert is_town("Toronto") and is_town("Cleveland") and not is_town("Reuters")
    assert place_word(["Toronto"]) and not place_word(["Reuters"])
    got = _got(
        "On the Toronto Stock Exchange, Magna shares closed up. A Toronto packaging concern "
        "bid for it. The bombing of a Birmingham, Ala., clinic was solved. The state's "
        "largest counties include Cleveland, Cincinnati and Columbus."
    )
    assert got["Toronto Stock Exchange"][0] == "ORG"
    assert got["Toronto"][0] == "GPE"
    assert got["Birmingham"][0] == "GPE"
    assert got["Cleveland"][0] == "GPE" and got["Cincinnati"][0] == "GPE"
    # a score after it still makes a club
    assert _got("Toronto 5 Boston 3")["Toronto"][0] == "ORG"


def test_a_nationality_opening_a_law_is_part_of_it() -> None:
    from tuiread.analysis.entities.wholes import demonym_opens_law

    toks = ["North", "American", "Free", "Trade", "Agreement"]
    assert demonym_opens_law(toks, 2, 5)
    assert not demonym_opens_law(["Japanese", "Foreign", "Ministry"], 1, 3)
    got = _got("The North American Free Trade Agreement took effect. Japanese Foreign Ministry.")
    assert got["North American Free Trade Agreement"][0] == "LAW"
    assert got["Japanese"][0] == "NORP"


# ------------------------------------------------------------------ common words opening a sentence


def test_a_compound_of_common_words_is_a_common_word() -> None:
    assert common_compound("long-term")
    assert common_compound("low-income")
    assert common_compound("sixty-two")
    assert not common_compound("coca-cola")
    assert not common_compound("music")


def test_the_plural_of_a_common_noun_is_a_common_word() -> None:
    assert common_plural("ambulances")
    assert common_plural("charities")
    assert common_plural("insurers")
    assert not common_plural("glass")  # no plural
    assert not common_plural("ambulance")
    assert not common_plural("williams")
    got = _got("Waits grew. Ambulances took 32 minutes, Sarah Williams said.")
    assert "Ambulances" not in got
    assert got["Sarah Williams"][0] == "PERSON"


def test_a_common_word_inside_a_longer_name_says_nothing_of_it_alone() -> None:
    text = "the Clean Power Plan and Eliot Spitzer and Secretary General Ban Ki-moon"
    k = text.index("Power")
    assert inside_a_name(text, k, k + 5)
    k = text.index("Eliot")
    assert not inside_a_name(text, k, k + 5)  # the first word of a name may stand for it
    k = text.index("Ban")
    assert not inside_a_name(text, k, k + 3)  # a title opens no name


def test_common_words_opening_a_sentence_are_no_names() -> None:
    texts = (
        "The rules cover the Clean Power Plan. Power plants are the largest source of carbon.",
        "Profits stayed healthy. Long-term interest rates rose.",
        "The lifestyle domain changed. ``Smart homes'' have emerged.",
    )
    for text in texts:
        got = {s.text for s in find_entities(text)}
        assert not got & {"Power", "Long-term", "Smart"}, got


def test_a_building_word_ending_an_other_name_makes_it_a_facility() -> None:
    # "Grand" is an event word ("Grand Prix"), but the last word says what the name is.
    assert onto_label("MGM Grand Hotel", MISC) == "FAC"
    assert onto_label("Golden Gate Bridge", MISC) == "FAC"
    assert onto_label("Monaco Grand Prix", MISC) == "EVENT"
    text = "He stayed at the MGM Grand Hotel in Las Vegas."
    labels = {text[s.start : s.end]: s.label for s in find_entities(text)}
    assert labels["MGM Grand Hotel"] == "FAC"
