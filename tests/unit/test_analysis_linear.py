"""No input makes analysis super-linear: long runs of what the highlighters look for (scale
words, digits, dashes, quotes, capitals, dates) are read in time proportional to their length.

A run of 32 scale words ("five billion billion ...") once took 15 s: a run of scale words
can be cut into groups in exponentially many ways. These tests give each input a generous
time limit (a linear reading of 100,000 characters takes well under a second or two), and a
watchdog ends the run with a traceback should a regular expression ever get stuck, rather
than hang the suite.
"""

from __future__ import annotations

import faulthandler
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiread.analysis import analyze, names_outside_dates_and_units, outside_names
from tuiread.analysis.names_numbers import numbered_roads
from tuiread.model import Span

SIZE = 100_000
LIMIT = 30.0  # seconds of CPU for 100,000 characters: a generous bound on a linear reading

_UNITS = [
    "five ",
    "billion ",
    "million billion ",
    "hundred ",
    "and ",
    "one ",
    "twenty-one ",
    "thousandth ",
    "third ",
    "a ",
    "half ",
    "dozen ",
    "bn ",
    "m ",
    "1",
    "12 ",
    "3.5 ",
    "1,000",
    ",",
    ".",
    "-",
    " - ",
    "–",
    "/",
    ":",
    "$",
    "%",
    "USD ",
    '"',
    "“",
    "”",
    "'",
    "Abc ",
    "ABC ",
    "Mr ",
    "said ",
    "May ",
    "Friday ",
    "2017 ",
    "year ",
    "week ",
    "days ",
    "the ",
    "last ",
    "every ",
    "other ",
    "more than ",
    "between ",
    "from ",
    "to ",
    "at ",
    "pm ",
    "\n",
    " ",
]


@st.composite
def pathological(draw: st.DrawFn) -> str:
    """A run of one to three units repeated to 100,000 characters, after an optional head."""
    unit = "".join(draw(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=3)))
    head = draw(st.sampled_from(["", "five ", "$", "between ", "the last ", '"', "Mr "]))
    return head + (unit * (SIZE // len(unit) + 1))[:SIZE]


def _timed(text: str) -> float:
    faulthandler.dump_traceback_later(10 * LIMIT, exit=True)
    try:
        start = time.process_time()
        analyze(text)
        return time.process_time() - start
    finally:
        faulthandler.cancel_dump_traceback_later()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pathological())
def test_no_run_makes_analysis_super_linear(text: str) -> None:
    assert _timed(text) < LIMIT


def test_a_run_of_scale_words() -> None:
    analyze("warm up: 5 May, five billion")
    # 15 s before the groups of a run of scale words were made atomic
    assert _timed("five " + "billion " * 32) < 1.0
    assert _timed("five " + "million billion " * 5000) < LIMIT


def test_number_words_inside_many_names_are_set_apart_in_linear_time() -> None:
    # each number word was once looked for among all the names before it: 30,000 names,
    # each with a number word inside, took minutes
    unit = "Ten Downing Street. "
    n = 30_000
    text = unit * n
    names = [
        Span("entity", "FAC", k * len(unit), k * len(unit) + 18, "Ten Downing Street")
        for k in range(n)
    ]
    words = [
        Span("number", "CARDINAL", k * len(unit), k * len(unit) + 3, "Ten", "10") for k in range(n)
    ]
    start = time.process_time()
    assert outside_names(words, names, text, None) == []
    assert time.process_time() - start < LIMIT / 3
    assert [
        s.text for s in analyze("Ten Downing Street said. Ten people left.") if s.kind == "number"
    ] == ["Ten"]


def test_names_inside_dates_are_found_in_linear_time() -> None:
    # each name is looked for among the dates that start before it, not among all dates
    n = 30_000
    unit = "Labor Day "
    text = unit * n
    names = [
        Span("entity", "EVENT", k * len(unit), k * len(unit) + 9, "Labor Day") for k in range(n)
    ]
    dates = [
        Span("number", "DATE", k * len(unit), k * len(unit) + 9, "Labor Day") for k in range(n)
    ]
    start = time.process_time()
    assert names_outside_dates_and_units(names, dates, text, None) == []
    assert time.process_time() - start < LIMIT / 3


def test_capitalised_number_words_in_a_long_line_are_read_in_linear_time() -> None:
    # the prose around a number word was once looked for from the start of the text when
    # the line ran on: 200,000 characters of "Six Nations " took a minute
    assert _timed(("Six Nations " * 17_000)[: 2 * SIZE]) < LIMIT / 3


def test_roads_beside_many_names_are_read_in_linear_time() -> None:
    # each road was once looked for among all the names, and each name among all the roads:
    # 30,000 roads beside 30,000 towns took minutes
    unit = "Interstate 95 near Paris. "
    n = 30_000
    text = unit * n
    towns = [
        Span("entity", "GPE", k * len(unit) + 19, k * len(unit) + 24, "Paris") for k in range(n)
    ]
    start = time.process_time()
    numbers, entities = numbered_roads([], towns, text)
    assert time.process_time() - start < LIMIT / 3
    assert len(entities) == 2 * n and entities[0].text == "Interstate 95"
