"""The turns of a printed interview or transcript are quotes of their speakers, with no
quotation marks; lines of notes, tables and digests that open with a word and a colon
are not."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, speaker, speaker mention) of each quote in ``text``."""
    return [(s.text, s.speaker, s.speaker_mention) for s in analyze(text) if s.kind == "quote"]


def test_questions_and_answers_are_the_interviewer_and_the_one_interviewed() -> None:
    text = (
        "Sarah Lowe stood down as leader last week. She spoke to us about her decision.\n\n"
        "Q: Why did you decide to stand down?\n\n"
        "A: I felt the party needed a fresh start. It was time.\n\n"
        "Q: Do you regret anything?\n\n"
        "A: No. I would do it all again."
    )
    assert quotes(text) == [
        ("Why did you decide to stand down?", None, None),
        ("I felt the party needed a fresh start. It was time.", "Sarah Lowe", "A"),
        ("Do you regret anything?", None, None),
        ("No. I would do it all again.", "Sarah Lowe", "A"),
    ]


def test_a_person_named_only_after_the_questions_start_is_not_the_one_interviewed() -> None:
    text = (
        "The new mayor spoke to us about housing.\n\n"
        "Q: What is your first priority?\n\n"
        "A: Housing. We have 90,000 families on waiting lists.\n\n"
        'Asked about his predecessor, Andy Burnham, he said: "Andy did a lot."'
    )
    answers = [q for q in quotes(text) if q[0].startswith("Housing")]
    assert answers == [("Housing. We have 90,000 families on waiting lists.", None, None)]


def test_named_turns_take_the_full_name_the_text_gives() -> None:
    text = (
        "An edited transcript of the exchange between John Smith and Mary Jones.\n\n"
        "Smith: We never expected the vote to go this way.\n\n"
        "Jones: Nor did we, frankly. It came as a shock.\n\n"
        "Smith: So what happens now?"
    )
    assert quotes(text) == [
        ("We never expected the vote to go this way.", "John Smith", "Smith"),
        ("Nor did we, frankly. It came as a shock.", "Mary Jones", "Jones"),
        ("So what happens now?", "John Smith", "Smith"),
    ]


def test_labels_in_capitals_and_a_presenter() -> None:
    found = quotes("INTERVIEWER: What went wrong?\nMORRISON: We lost touch with voters.")
    assert found == [
        ("What went wrong?", None, None),
        ("We lost touch with voters.", "Morrison", "MORRISON"),
    ]
    found = quotes(
        "Presenter: Thanks for joining us. What happens next?\n\n"
        "Sarah Lowe: We keep fighting, and we will win."
    )
    assert found[1] == ("We keep fighting, and we will win.", "Sarah Lowe", "Sarah Lowe")


def test_an_answer_of_several_paragraphs_and_a_quote_inside_it() -> None:
    text = (
        "Sarah Lowe spoke to us.\n\n"
        "Q: Why did you stand down?\n\n"
        "A: I felt the party needed a fresh start.\n\n"
        'My husband told me "enough is enough" and he was right.\n\n'
        "Q: Any regrets?\n\n"
        "A: None at all, honestly."
    )
    found = quotes(text)
    assert ('My husband told me "enough is enough" and he was right.', "Sarah Lowe", "A") in found
    assert not any(q[0] == '"enough is enough"' for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version misspelt a name.\n\nSource: NATO.",
        "Norway at a glance\n\nCapital: Oslo\nPopulation: 5.5 million\nCurrency: krone",
        "KENYA:\nTotal Dead: 192\nAmericans: 12\nInjured: 4,877\n\nTANZANIA:\n"
        "Total dead: 10\nAmericans: 0\nInjured: 74",
        "Ukraine: Russia launched more drones overnight.\n\n"
        "Gaza: Aid lorries were stopped at the border.\n\n"
        "Ukraine: Kyiv says power has been restored.",
        "Goal: Arsenal go ahead through Saka.\n\nSub: Chelsea bring on a striker.\n\n"
        "Goal: Chelsea level through a header.",
        "Sanders: Clinton needs to get away from personality stuff.\n\nThe senator spoke in Ohio.",
    ],
)
def test_notes_tables_digests_and_headlines_are_no_dialogue(text: str) -> None:
    assert quotes(text) == []


def test_full_names_the_entity_spans_missed_still_label_turns() -> None:
    text = (
        "Here is what was said on the programme.\n\n"
        "Laura Kuenssberg: Chancellor, will you raise taxes?\n\n"
        "Rachel Reeves: We will not raise taxes on working people.\n\n"
        "Laura Kuenssberg: But you did not rule it out.\n\n"
        "Rachel Reeves: I have been very clear about that."
    )
    assert [q[1] for q in quotes(text)] == [
        "Laura Kuenssberg",
        "Rachel Reeves",
        "Laura Kuenssberg",
        "Rachel Reeves",
    ]


def test_questions_and_answers_that_explain_are_no_ones_speech() -> None:
    text = (
        "Q&A: What the new tariffs mean\n\n"
        "Q: What has changed?\n\n"
        "A: From Monday, imports from the European Union face a 15 percent tariff.\n\n"
        "Q: Will prices go up?\n\n"
        "A: Probably. Economists expect inflation to rise by 0.3 points."
    )
    assert quotes(text) == []
