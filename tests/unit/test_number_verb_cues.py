"""A verb before a number's cue word changes what the cue says: the "over" of "handed over"
is no "more than", and "at" after a verb of a level gives a level, no clock time."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in find_numbers(text)]


def test_over_after_a_verb_it_belongs_to_is_no_lower_bound() -> None:
    assert _read("They handed over 735 aircraft.") == [("735", "CARDINAL", "735")]
    # after any other word, "over" is "more than"
    assert _read("Police took over 200 statements.") == [("over 200", "CARDINAL", "(200,)")]


def test_at_after_a_verb_of_a_level_gives_a_level_not_a_clock_time() -> None:
    assert _read("The shares closed at 14.32.") == [("14.32", "CARDINAL", "14.32")]
    assert _read("The index stood at 10.47 on Friday.")[0] == ("10.47", "CARDINAL", "10.47")
    # a round quarter of an hour stays a time, and "at" alone gives one
    assert _read("The talks ended at 11.30 on Monday.")[0][1] == "TIME"
    assert _read("The train left at 14.32 from Euston.")[0][1] == "TIME"


def test_the_up_to_of_a_noun_names_a_year() -> None:
    assert _read("in the run-up to 2024") == [("2024", "DATE", "2024")]
    assert _read("up to 40 people") == [("up to 40", "CARDINAL", "(,40]")]
