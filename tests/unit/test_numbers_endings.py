"""The test of a window's last word before a prefix search finds what the search finds."""

from __future__ import annotations

import itertools

import pytest

from tuiread.analysis.numbers import endings
from tuiread.analysis.numbers.endings import PrefixSearch

SEARCHES = {name: value for name, value in vars(endings).items() if isinstance(value, PrefixSearch)}

PHRASES = [
    "since", "after", "before", "until", "till", "up to", "starting on", "starting from",
    "beginning on", "as early as", "as late as", "no later than", "earlier than", "around",
    "circa", "w/c", "the end of", "the middle of the", "from", "between", "from the", "in",
    "within", "at", "on", "on the", "the", "more than", "no fewer than", "less than or equal to",
    "at least", "at most or equal to", "above", "below", "over", "under", "exceeds",
    "exceeding", "equals to", ">", "<", ">=", "=<", "> =", "at the latest", "about",
    "roughly", "approximately", "nearly", "almost", "Since", "UP TO", "At Least",
    "bottom", "then", "rose to", "more  to", "less\tthan", "the end\tof  the", "as  early as",
    "no later than", "equals to", "up\u00a0to", "came on", "such as", "all of", "xsince", "thirst", "data", "said",
]  # fmt: skip
LEADS = ["", "It rose ", "(", "prices fell sharply ", "Friday, "]
TAILS = ["", " ", "  ", "\t", " \n", "\n", " \u00a0", "\u00a0", ". ", "s "]


@pytest.mark.parametrize("name", sorted(SEARCHES))
def test_prefix_search_finds_what_the_regex_finds(name: str) -> None:
    search = SEARCHES[name]
    for lead, phrase, tail in itertools.product(LEADS, PHRASES, TAILS):
        text = lead + phrase + tail + "30"
        end = len(text) - 2
        for lo in (0, max(0, end - 12)):
            expected = search.pattern.search(text, lo, end)
            got = search.search(text, lo, end)
            assert (got and got.span()) == (expected and expected.span()), (text, lo)


def test_prefix_search_skips_a_window_with_no_ending_word() -> None:
    """Most atoms have no prefix phrase before them: no search is made."""
    assert SEARCHES["PREFIX_DATE"].search("profits rose 30", 0, 13) is None
    assert SEARCHES["THE_BEFORE"].search("on the 30", 0, 7) is not None
