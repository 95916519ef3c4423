"""A lone unknown word the article treats as a thing ("posted on X", "X, which", "its") and
never as a person is a company, not a person; a surname alone with a person's context stays."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.platforms import mention_evidence


def _labels(text: str, word: str) -> set[str]:
    return {s.label for s in find_entities(text) if s.text == word}


def test_a_platform_people_join_and_post_on_is_no_person() -> None:
    text = (
        "Millions of people have signed up to Bluvane in recent months. Bluvane is a "
        "microblogging site. Many users posted on Bluvane this week, and Bluvane said "
        "it would never launch its own token."
    )
    assert _labels(text, "Bluvane") == {"ORG"}


def test_a_word_with_which_after_it_is_no_person() -> None:
    text = "Dravomir, which launched in 2016, works in a similar way. Dravomir grew fast."
    assert _labels(text, "Dravomir") == {"ORG"}


def test_an_appositive_thing_noun_makes_a_company() -> None:
    text = "The regulator, Ofkell, says all platforms must comply. Ofkell said it would act."
    assert _labels(text, "Ofkell") == {"ORG"}
    assert mention_evidence("he prefers Zostr, a rival decentralised network.", 11, 16) == (1, 0)
    assert mention_evidence("Zostr, the company's founder, said.", 0, 5) == (0, 0)


def test_a_surname_with_he_after_it_stays_a_person() -> None:
    text = (
        "Vantorek joined the club on loan. Vantorek said he was delighted, and fans cheered "
        "on Vantorek at the ground."
    )
    assert "ORG" not in _labels(text, "Vantorek")


def test_a_surname_alone_in_a_results_line_stays_a_person() -> None:
    text = "Kovalenko beat Drummeler 6-3 6-4. Drummeler had beaten Kovalenko last year."
    assert "ORG" not in _labels(text, "Drummeler")
    assert "ORG" not in _labels(text, "Kovalenko")


def test_a_title_or_another_names_its_keeps_the_person() -> None:
    text = (
        '"Mr. Brannoch, do you really think so?" Sanders said. Stay focused, not hung up on '
        "Brannoch's kids. Formed under Brannoch, NATO calls for the defence of its members."
    )
    assert "ORG" not in _labels(text, "Brannoch")
    assert mention_evidence("hung up on Brannoch's kids.", 11, 19) == (0, 0)
    assert mention_evidence("under Brannoch, NATO defends its members.", 6, 14) == (0, 0)


def test_what_the_word_is_and_what_it_has_make_a_thing() -> None:
    assert mention_evidence("Vexlo is a microblogging platform that grew.", 0, 5) == (1, 0)
    assert mention_evidence("Vexlo's users left.", 0, 5) == (1, 0)
    assert mention_evidence("Vexlo is a developer in Leeds.", 0, 5) == (0, 0)
    assert mention_evidence("Vexlo's followers left.", 0, 5) == (0, 0)


def test_a_word_read_as_a_place_that_was_launched_or_has_users_is_a_service() -> None:
    text = (
        "Many writers have moved to Skeins. Skeins, launched by Meta in 2023, has 275 "
        "million users."
    )
    assert _labels(text, "Skeins") == {"ORG"}
    text = "Voters in Tromsdal were angry. Tromsdal, founded in 1820, has 30,000 residents."
    assert _labels(text, "Tromsdal") == {"GPE"}
