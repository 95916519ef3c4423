"""The look-ahead before a number's tails lets a letter through only where a tail can start
with that word's first letters (``tail_starts``, generated from the tails): the module is
current, the reading of the tails' parse trees is right on small patterns, and the look-ahead
turns down common words that follow counts while letting units, currencies and times by."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tuiread.analysis.numbers import tail_starts
from tuiread.analysis.numbers.first_words import can_end, can_start, parse
from tuiread.analysis.numbers.grammar import TAIL_START

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_tail_starts.py"


def test_tail_starts_are_current() -> None:
    spec = importlib.util.spec_from_file_location("build_tail_starts", _SCRIPT)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    two, three, one_ending, two_ending = build.tail_starts()
    assert tail_starts.TWO_LETTERS.split() == two
    assert tail_starts.THREE_LETTERS.split() == three
    assert tail_starts.ENDING_ONE.split() == one_ending
    assert tail_starts.ENDING_TWO.split() == two_ending


def test_first_words_reads_small_patterns() -> None:
    assert can_start(r"(?:km|miles?)\b", "km")
    assert can_start(r"(?:km|miles?)\b", "mil")
    assert not can_start(r"(?:km|miles?)\b", "po")
    assert can_start(r"x{2,3}y", "xxy") and not can_start(r"x{2,3}y", "xy")
    assert can_start(r"(?<=\d)p", "p")  # (a look-behind is taken as true)
    tree = parse(r"(?:km|p)(?![\w/]|(?<=\s[a-z])-\d)")
    assert not can_end(tree, "kma", 2)  # "km" cannot end before a letter
    assert can_end(tree, "km ", 2) and can_end(tree, "km-", 2)


@pytest.mark.parametrize(
    ("after", "through"),
    [
        (" points", False),
        (" people", False),
        (" runs", False),
        (" of", False),
        (" percent", True),
        (" per cent", True),
        ("%", True),
        (" km", True),
        ("km", True),
        (" m ", True),
        (" million dollars", True),
        (" pounds", True),
        (" years", True),
        ("-year-old", True),
        (" p", True),
        ("p.", True),
        (" USD", True),
        (" degrees", True),
        (" first", True),
    ],
)
def test_the_tails_look_ahead(after: str, through: bool) -> None:
    flags = re.IGNORECASE if after.strip().isupper() else 0
    assert bool(re.match(TAIL_START, after, flags)) is through
