"""The cheap look-aheads that open some branches of the numbers grammar are necessary
conditions only: with or without them, a branch reads the same at every position of ordinary
news text (dates, phone numbers, clock times, counts), and the first letters a clock time in
words may start with are those of the clock branch."""

from __future__ import annotations

import re

import pytest

from tuiread.analysis.numbers.date_patterns import (
    CLOCK,
    CLOCK_FIRST_LETTERS,
    DATE_DIGITS,
    DATE_DIGITS_AHEAD,
    DATE_WORDS,
    DATE_WORDS_AHEAD,
)
from tuiread.analysis.numbers.first_chars import first_chars
from tuiread.analysis.numbers.measure_patterns import PHONE, PHONE_AHEAD

_TEXT = """\
The talks ran from 2017-09-15 to 15/9/2017, then on 9/15 and 3/4 cup of flour; 12-2015 and
2015 09 16 were the dates, as was 1996-aug-22, aug-22-1996, 1.5.96, 22.3.2017 and sept/12.
Call 212-859-1610,
+1 212-859-1761 or (312) 408-8787 before 10:30 am on 15 September, the 3rd of May or 21st
June 1996. He scored 22 points in 37-run stands, 3-1 and 19-7, at half past six, a quarter
to ten, noon, midnight or seven o'clock. Sales rose 4.5 percent to 1,250 in 1998/99.
"""


def _reads(pattern: str, text: str) -> list[tuple[int, int] | None]:
    compiled = re.compile(pattern)
    low = text.lower()
    out = []
    for p in range(len(low)):
        m = compiled.match(low, p)
        out.append(None if m is None else m.span())
    return out


@pytest.mark.parametrize(
    ("guarded", "guard"),
    [(DATE_DIGITS, DATE_DIGITS_AHEAD), (DATE_WORDS, DATE_WORDS_AHEAD), (PHONE, PHONE_AHEAD)],
)
def test_a_guard_changes_no_reading(guarded: str, guard: str) -> None:
    assert guarded.startswith(guard)
    bare = guarded[len(guard) :]
    assert _reads(guarded, _TEXT) == _reads(bare, _TEXT)
    assert any(_reads(guarded, _TEXT))  # (the text holds readings of each)


def test_clock_words_start_with_its_first_letters() -> None:
    chars = first_chars(CLOCK)
    assert chars is not None
    letters = {c.lower() for c in chars if not c.isdigit()}
    assert letters <= set(CLOCK_FIRST_LETTERS)


def test_each_branch_starts_with_its_first_characters() -> None:
    from tuiread.analysis.numbers import grammar

    for branch in grammar.BRANCHES:
        first = grammar.BRANCH_FIRST.get(branch.name)
        if first is None:
            continue
        guard = f"(?=[{first}])"
        assert guard in branch.pattern, branch.name
        bare = branch.pattern.replace(guard, "", 1)
        chars = first_chars(bare, re.IGNORECASE)
        assert chars is not None, branch.name
        lets_through = re.compile(f"[{first}]", re.IGNORECASE)
        assert all(lets_through.match(c) for c in chars), branch.name
