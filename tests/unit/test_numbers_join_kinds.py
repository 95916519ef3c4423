"""The kinds each joining rule is offered (``join_kinds``) cover every pair it can join: a
rule handed two atoms of kinds outside its table joins nothing, whatever the gap."""

from __future__ import annotations

import itertools

import pytest

from tuiread.analysis.numbers import joins
from tuiread.analysis.numbers.atoms import Atom, Kind
from tuiread.analysis.numbers.gaps import read_gap
from tuiread.analysis.numbers.join_kinds import ADJACENT_KINDS, RANGE_KINDS

# texts whose two atoms are text[0:a] and text[b:]: each shape a rule may want to see
_TEXTS = [
    ("Friday", "on", "9 pm"),
    ("10.30", "on", "Friday"),
    ("3", "-", "5 May"),
    ("May 3", "to", "June 5"),
    ("1910", "-", "45"),
    ("in 3 days", "on", "Friday"),
    ("9-11", "", "morning"),
    ("Monday", ",", "August 28"),
    ("9", "at", "10"),
    ("2", "", "Tuesday"),
]
_GAPS = ["", ",", "on", "at", "-", "to", "of", "and", "around"]


def _cases(kinds: dict[str, frozenset[tuple[Kind, Kind]]]):
    for name, pairs in kinds.items():
        for x, y in itertools.product(Kind, Kind):
            if (x, y) not in pairs:
                yield name, x, y


@pytest.mark.parametrize("table", [RANGE_KINDS, ADJACENT_KINDS])
def test_no_rule_joins_kinds_outside_its_table(
    table: dict[str, frozenset[tuple[Kind, Kind]]],
) -> None:
    for name, x, y in _cases(table):
        rule = getattr(joins, name)
        for (left, _, right), gap_words in itertools.product(_TEXTS, _GAPS):
            text = f"{left} {gap_words} {right}" if gap_words else f"{left} {right}"
            gap = read_gap(text[len(left) : len(text) - len(right)])
            if gap is None:
                continue
            for flags in itertools.product((False, True), repeat=2):
                a = Atom(0, len(left), x, "DATE", "1", is_day=flags[0], is_range=flags[1])
                b = Atom(len(text) - len(right), len(text), y, "DATE", "2", is_day=flags[1])
                assert rule(a, b, gap, text) is None, (name, x, y, text)


def test_every_rule_has_its_kinds() -> None:
    assert {r.__name__ for r in joins.RANGE_JOINS} == set(RANGE_KINDS)
    assert {r.__name__ for r in joins.ADJACENT_JOINS} == set(ADJACENT_KINDS)
