"""Which words before a time belong to it: "about" before an amount stays out ("spent about
five hours" -> "five hours"), as the other approximations of an amount of money or a
distance do; a point counted back keeps it ("about two years ago"), and "nearly" stays in."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

MONDAY = date(1989, 10, 30)


def spans(text: str) -> list[str]:
    return [
        s.text
        for s in analyze(text, published=MONDAY)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She spent about five hours in Tanzania before heading on.", "five hours"),
        ("The car had been in the lot for about two weeks, police said.", "two weeks"),
        ("'I am talking about three days,' Castro said.", "three days"),
        ("It has had no order in about a decade.", "a decade"),
        # counted back from now: one expression with its modifier
        ("Actually, about two years ago, the Journal listed it.", "about two years ago"),
        # other modifiers of an amount stay in
        ("Talks have been cut off for nearly two years.", "nearly two years"),
    ],
)
def test_about_before_an_amount_of_time(text: str, span: str) -> None:
    assert span in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        'Iraq was ready to withdraw." Now, he says, "it looks like the West wanted war."',
        "Now, following asset sales, the company is smaller.",
    ],
)
def test_now_set_off_by_a_comma_at_a_sentence_start_is_a_discourse_marker(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Now officials are investigating whether he fled.", "Now"),
        ("It has until now been described as a witness.", "now"),
        ("We need it now, he said.", "now"),
    ],
)
def test_now_naming_the_present_stays(text: str, span: str) -> None:
    assert span in spans(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He will stay for at least two more weeks.", "at least two more weeks"),
        ("The fleet will stay for 20 more years.", "20 more years"),
        ("The talks lasted two extra days.", "two extra days"),
    ],
)
def test_more_between_an_amount_and_its_unit(text: str, span: str) -> None:
    assert span in spans(text)


def test_more_before_another_noun_is_no_time() -> None:
    assert spans("He has two more children.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was shot on the night of Oct. 23 as he stood in the kitchen.", ["Oct. 23"]),
        ("It is all of the other dark nights that worry us.", []),
        ("He left Friday night and returned last night.", ["Friday night", "last night"]),
    ],
)
def test_a_bare_night_names_no_time(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_fiscal_before_an_ordinal_quarter_belongs_to_it() -> None:
    text = "It posted net income for the fiscal second-quarter of $8.6 million."
    assert "fiscal second-quarter" in spans(text)
