"""Numbers, quantities, money, percentages, dates and times, with normalised values.

The engine, in the order it runs:

1. ``triggers``: where to look (digits, currency symbols, number and calendar words);
2. ``scan``: at each trigger, a fast path for a lone token, else the ``grammar`` (regular
   expressions built in ``patterns``, ``date_patterns`` and ``measure_patterns`` from the
   word lists of ``lexicon``); ``classify`` turns each match into an atom with its label,
   value (``values``, ``date_values``, ``measure_values``) and unit (``ordinals`` tells
   "a fifth" the rank from "a fifth" the share);
3. ``joins``: neighbouring atoms that read as one expression are joined ("$" + "48.2" +
   "million" is read whole by the grammar; "Friday" + "at" + "9 am" is joined here), and
   ``proportions`` joins a share written with "in" ("one in five adults"), ``eras`` a
   year to its era ("44 BC"), ``list_markers`` drops the numbers of a list's items and
   ``compounds`` the number words of a compound adjective ("a third-party contractor");
4. ``context``: each atom takes in the words around it ("since 2008", "more than 30") and
   numbers that name things ("Highway 35") are dropped.

Values: plain numbers as text ("3000", "0.5", "1130000000"), intervals for comparatives and
ranges ("(30,)", "[20,30)"), ISO dates ("2017-09-15", "2017-09", "1910/1945", "XXXX-09-03"
when the year is unknown); relative dates carry none. Units: "km", "mi", "USD", "%",
"min", ...
"""

from __future__ import annotations

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from ..trace import Trace
from .compounds import drop_compound_words
from .context import read_in_context
from .eras import join_eras
from .grammar import lower
from .joins import join_atoms
from .list_markers import drop_list_markers
from .proportions import join_point_fractions, join_proportions
from .scan import scan
from .values import parse_number, parse_ordinal

__all__ = ["find_numbers", "parse_number", "parse_ordinal"]


def find_numbers(text: str, *, trace: Trace | None = None) -> list[Span]:
    """Every number, quantity, amount of money, percentage, date and time in ``text``."""
    if not text:
        return []
    with cyclic_gc_paused():
        return find(text, trace)


def find(text: str, trace: Trace | None = None, *, fast: bool = True) -> list[Span]:
    """:func:`find_numbers` without the pause of the cyclic garbage collector; ``fast=False``
    reads every trigger with the grammar (the fast paths must give the same spans)."""
    low = lower(text)
    atoms = scan(text, low, trace, fast)
    if not atoms:
        return []
    n = len(text)
    joined = join_point_fractions(join_proportions(join_atoms(atoms, text), text), low)
    joined = drop_compound_words(drop_list_markers(join_eras(joined, text), text), text)
    read = read_in_context(joined, text, trace)
    if trace is None:  # (the usual case: one comprehension, no reasons to record)
        return [
            Span("number", a.label, s, e, text[s:e], a.value, a.unit)
            for a in read
            if 0 <= (s := a.start) < (e := a.end) <= n
        ]
    spans = []
    for a in read:
        if 0 <= a.start < a.end <= n:
            spans.append(
                Span("number", a.label, a.start, a.end, text[a.start : a.end], a.value, a.unit)
            )
            if a.why:
                for rule, detail in a.why:
                    trace.kept("number", text, a.start, a.end, rule, detail)
    return spans
