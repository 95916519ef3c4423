"""Two amounts of one unit across "to": a range unless a change is told."""

from __future__ import annotations

import pytest

from tuiread.analysis import find_numbers


def spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.label, s.text, s.value) for s in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "label", "span", "value"),
    [
        (
            "It expects revenue of €7.2bn to €7.6bn this year.",
            "MONEY",
            "€7.2bn to €7.6bn",
            "[7200000000,7600000000)",
        ),
        ("Tickets are priced from £60 to £1,500.", "MONEY", "£60 to £1,500", "[60,1500)"),
        ("The Fed cut to a range of 3.75% to 4%.", "PERCENT", "3.75% to 4%", "[3.75,4)"),
        ("Temperatures will peak at 34C to 35C.", "QUANTITY", "34C to 35C", "[34,35)"),
        ("€7.2bn to €7.6bn is expected.", "MONEY", "€7.2bn to €7.6bn", "[7200000000,7600000000)"),
    ],
)
def test_amounts_to_range(text: str, label: str, span: str, value: str) -> None:
    assert (label, span, value) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 5% to 7%.",
        "Revenue rose $4bn to $14bn.",
        "Sales fell from £5m to £3m.",
        "Rates were cut by 0.25% to 3.75%.",
        "Inflation went from about 2% to 3% in a year.",
        "The yield was 5% to 3% lower.",
    ],
)
def test_a_change_stays_two_amounts(text: str) -> None:
    assert all(" to " not in span for _, span, _ in spans(text))


def test_a_duration_then_a_year_ago_is_two_spans() -> None:
    """A compound duration goes on with counted parts only ("2 years 3 months"): "a year
    ago" after "47 days" is a date of its own."""
    found = [(label, span) for label, span, _ in spans("down from 47 days a year ago")]
    assert found == [("DATE", "47 days"), ("DATE", "a year ago")]
    assert [span for _, span, _ in spans("It took 2 years 3 months.")] == ["2 years 3 months"]


@pytest.mark.parametrize(
    "text",
    [
        "climbed nearly six percent, or 14p to 250 pence at 1009 GMT",
        "British Land added 12-1/2p to 468p.",
    ],
)
def test_a_restated_change_stays_two_amounts(text: str) -> None:
    assert all(" to " not in span for _, span, _ in spans(text))


def test_a_rate_keeps_its_frequency() -> None:
    assert [span for _, span, _ in spans("open 24 hours a day")] == ["24 hours a day"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Apollo 11 landed in 1969.", ["1969"]),
        ("About 50 died.", ["50"]),
        ("Kent 244 all out.", ["244"]),
        ("Smith 3 for 45.", ["3", "45"]),
    ],
)
def test_a_number_ending_a_name_that_opens_a_sentence(text: str, kept: list[str]) -> None:
    """ "Apollo 11" at a sentence's start is a name, as inside one; an opening word that is
    no name ("About 50") and scores keep their counts."""
    from tuiread.analysis import analyze

    assert [s.text for s in analyze(text) if s.kind == "number"] == kept


def test_feet_and_inches_with_a_glued_fraction() -> None:
    assert spans("He is 6ft 2½in tall.") == [("QUANTITY", "6ft 2½in", "6.2083333333")]


def test_money_with_a_glued_fraction_and_a_magnitude() -> None:
    assert spans("a £2½m deal") == [("MONEY", "£2½m", "2500000")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Agents expect 30,000 to 40,000 completions.", "30,000 to 40,000", "[30000,40000)"),
        ("HR 0.75, 95% CI 0.67 to 0.85.", "0.67 to 0.85", "[0.67,0.85)"),
        (
            "It was well above the planned $8 million to $9 million.",
            "$8 million to $9 million",
            None,
        ),
    ],
)
def test_numbers_written_alike_to_a_range(text: str, span: str, value: str | None) -> None:
    """Grouped or decimal numbers across "to", rising, with no change told, are a range."""
    found = {s: v for _, s, v in spans(text)}
    assert span in found
    if value is not None:
        assert found[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "British Steel skidded 1.74 to 123.5 on turnover.",  # any past form tells a change
        "Sales rose 30,000 to 40,000.",
        "It won 2 to 1.",  # small whole numbers stay two
    ],
)
def test_numbers_to_numbers_that_stay_two(text: str) -> None:
    assert all(" to " not in span for _, span, _ in spans(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rice added a third in the 90th minute.", ("ORDINAL", "third", "3")),
        ("He scored a second after the break.", ("ORDINAL", "second", "2")),
        ("Labour won a third of the seats.", ("CARDINAL", "a third", "0.3333333333")),
        ("Profits fell by a third in 2024.", ("CARDINAL", "a third", "0.3333333333")),
        ("He lasted a second.", ("TIME", "a second", None)),  # (valued by the dates)
    ],
)
def test_the_nth_goal_after_a_verb_of_scoring(text: str, expected: tuple[str, str, str]) -> None:
    """ "added a third", "scored a second": the n-th goal, an ordinal; a part ("a third of")
    and a measured fraction ("by a third") stay fractions."""
    assert spans(text)[0] == expected
