"""Quotes and speakers in ordinary news, third round: a common noun opening a sentence
("Orders from carmakers fell") and a fronted participle with its object ("Sentencing him,")
are no person a later "she" or "he" can stand for."""

from __future__ import annotations

from tuiread.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [s.speaker for s in analyze(text) if s.kind == "quote"]


def test_a_common_noun_opening_a_sentence_is_no_person() -> None:
    text = (
        "Lena Fischer takes over a company with 31,000 staff. Orders from carmakers fell 14% "
        "this year. She said the cuts were unavoidable. "
        "\"I won't promise what I can't promise,\" she said."
    )
    assert speakers(text) == ["Lena Fischer"]
    text = (
        "Rohan Patel made a record score. Sales of tickets rose sharply. "
        '"I was just trying to bat time," he said.'
    )
    assert speakers(text) == ["Rohan Patel"]


def test_a_fronted_participle_with_its_object_is_no_subject() -> None:
    text = (
        "Sentencing him, Judge Catherine Moss said he had shown contempt for the charity. "
        '"Every pound you took was a pound not spent on a child," she said.'
    )
    assert speakers(text) == ["Catherine Moss"]
    text = (
        "Announcing the deal, chief executive Tom Reddy said the merger would save money. "
        '"This is the right deal," he said.'
    )
    assert speakers(text) == ["Tom Reddy"]


def test_a_surname_opening_a_sentence_is_still_a_person() -> None:
    text = (
        "Jane Brown runs the shelter. Brown said demand had doubled. "
        '"We turn people away every night," she said.'
    )
    assert speakers(text) == ["Jane Brown"]


def test_a_passive_with_no_agent_is_told_by_the_verb_of_saying_around_it() -> None:
    text = (
        "Local councillor Ravi Patel said residents had been promised new flood defences "
        '"years ago".'
    )
    assert speakers(text) == ["Ravi Patel"]
    # no verb of saying around it: no speaker
    assert speakers('The plan was described as "a disaster".') == [None]


def test_an_office_with_of_before_a_name_leaves_the_name_the_subject() -> None:
    text = (
        "Saracens director of rugby Mark McCall said his side had lost focus. He added: "
        '"We stopped doing the simple things."'
    )
    assert speakers(text) == ["Mark McCall"]


def test_a_role_owned_by_a_name_then_the_persons_name_after_said() -> None:
    text = (
        '"This is a difficult day for our colleagues," said Heathrow\'s chief executive, '
        'Thomas Woldbye. "We have to get our costs back."'
    )
    assert speakers(text) == ["Thomas Woldbye", "Thomas Woldbye"]
    text = '"We are pleased," said Apple\'s spokesman, Josh Rosenstock.'
    assert speakers(text) == ["Josh Rosenstock"]


def quoted(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.kind == "quote"]


def test_a_short_quote_in_the_first_person_is_speech() -> None:
    text = (
        '"We were lucky": survivors recall the night the river rose\n\n'
        "When the water reached the top step, Joan Whitby left her home."
    )
    assert quoted(text) == ['"We were lucky"']
    # a short term in quotation marks stays a scare quote
    assert quoted('The so-called "fiscal cliff" loomed.') == []


def test_a_headline_quote_before_a_colon_is_said_by_the_subject_after_it() -> None:
    text = (
        "'I never thought I'd see a woman run this company': an interview with Lena Fischer\n\n"
        "When Lena Fischer joined the firm in 1998, there were 11 women among its engineers."
    )
    assert speakers(text) == ["Lena Fischer"]
    text = (
        '"We were lucky": survivors recall the night the river rose\n\n'
        "When the water reached the top step, Joan Whitby left her home."
    )
    assert speakers(text) == ["survivors"]


def test_a_person_of_a_body_named_with_a_possessive_is_the_speaker() -> None:
    text = (
        '"It is hot," said Renyu Hu of NASA\'s Jet Propulsion Laboratory in Pasadena, '
        "California, who led the study."
    )
    assert speakers(text) == ["Renyu Hu"]
