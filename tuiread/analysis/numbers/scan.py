"""The scan: from the text to its atoms, trigger by trigger.

At each trigger (``triggers.find_triggers``) not inside the previous match:

1. the prefix words before it are found ("the last", "in", "US$");
2. a lone token whose neighbours cannot extend it takes a fast path ("3", "Friday",
   "(19-7)", "2017-09-15", "this year"), read without the grammar;
3. otherwise the grammar is tried at the earliest prefix that leads to a match reaching
   the trigger, else at the trigger itself (with the smaller grammar of readings that start
   with a digit or a month name where it applies); ``classify`` makes the match an atom.
"""

from __future__ import annotations

from tuiread.analysis.trace import Trace

from .atoms import DATE, NUMBER, ORDINAL, Atom
from .classify import classify
from .date_values import numeric_date_value
from .fastpath import (
    DATE_OR_SCORE,
    DAY_PARTS,
    DIGIT_TOKEN,
    LEFT_BAD,
    ORDINAL_SUFFIX_FIRST,
    ORDINAL_TOKEN,
    PAIRS,
    PLURAL_TIME_UNITS,
    SCORE_IN_BRACKETS,
    SHORT_ALONE,
    chain_reading,
    lone,
    pair_at,
    remember_pair,
    solo_readings,
)
from .grammar import READING, blind_spots, matchers
from .lexicon import MONTHS
from .triggers import PREFIX_ENDS, find_triggers, prefix_starts
from .values import format_value

_BLANKS = frozenset(" \xa0")
_BLANKING = str.maketrans({"\xa0": " ", "\n": " "})


def scan(text: str, low: str, trace: Trace | None, fast: bool = True) -> list[Atom]:
    """The atoms of ``text`` in order (``low`` is ``text`` lower-cased, offsets kept).
    ``fast=False`` turns the fast paths off, to check that they agree with the grammar."""
    blind = blind_spots(text)
    match, match_digit, match_month = matchers(text, low, blind)
    solo = solo_readings()
    # (a line break is a blank too: the word before a trigger may open a line, "\nA decade
    # ago", but no prefix reads across one)
    blanked = low.translate(_BLANKING) if "\xa0" in low or "\n" in low else low
    atoms: list[Atom] = []
    append = atoms.append
    end = 0
    n = len(text)
    for p, length in find_triggers(low):
        if p < end:
            continue
        if length < 0:
            end = p - length  # a run of digits too long to be a number
            continue
        # a prefix needs a dot, a dash, an apostrophe ("'80s") or a currency ("US$") before the trigger, or a blank
        # after a word ending as a prefix word does (never after a number, as in tables)
        c = low[p - 1]
        if c in _BLANKS:
            last_two, two_letters, last_three, one_letter = PREFIX_ENDS[low[p].isdigit()]
            ends = low[p - 3 : p - 1]
            may = (
                ends in last_two
                and (ends in two_letters or low[p - 4 : p - 1] in last_three)
                or low[p - 2] in one_letter
                or low[p] == "$"
            )
        else:
            may = c in ".-\u2212'\u2019" or low[p] == "$"
        pre = prefix_starts(low, p, end, blanked) if may else ()
        pair = None
        if fast:
            reading: str | None = None
            stop = p
            if not pre:
                if length:
                    word = low[p : p + length]
                    reading = solo.get(word)
                    stop = p + length
                    if reading is None and word in DAY_PARTS and low[max(0, p - 5) : p] != "good ":
                        reading = "time_of_day"  # "morning", not "good morning"
                    elif reading == "" and word in PLURAL_TIME_UNITS:
                        end = stop  # "hours", "days": never the start of anything
                        continue
                elif not (p and low[p - 1] in LEFT_BAD) or (
                    low[p - 1] == "(" and SCORE_IN_BRACKETS.match(low, p)
                ):
                    md = DIGIT_TOKEN.match(low, p)
                    token = md.lastindex if md is not None else None
                    if token == SHORT_ALONE:  # "3", "12", "250" where nothing can extend it
                        assert md is not None
                        end = md.end()
                        t = low[p:end]
                        value = t.lstrip("0") or "0" if "." not in t else format_value(float(t))
                        why = None if trace is None else [("fast path: a number", "")]
                        append(Atom(p, end, NUMBER, "CARDINAL", value, why=why))
                        continue
                    if md is not None and token in DATE_OR_SCORE:
                        if lone(low, md.end(), n, "number", False):
                            end = md.end()
                            if md.group(1):  # "2017-09-15"
                                v = numeric_date_value(md.group(1))
                                if v:
                                    why = None if trace is None else [("fast path: a date", "")]
                                    append(Atom(p, end, DATE, "DATE", v, is_day=True, why=why))
                            else:  # a score: "3-1", "(19-7)"
                                for g in (2, 3):
                                    value = md.group(g).lstrip("0") or "0"
                                    why = None if trace is None else [("fast path: a score", "")]
                                    append(
                                        Atom(
                                            md.start(g),
                                            md.end(g),
                                            NUMBER,
                                            "CARDINAL",
                                            value,
                                            why=why,
                                        )
                                    )
                            continue
                    else:
                        mt = md  # a number token, or None
                        if mt is not None and low[mt.end() : mt.end() + 1] in ORDINAL_SUFFIX_FIRST:
                            mo = ORDINAL_TOKEN.match(low, p)
                            if mo is not None and lone(low, mo.end(), n, "ordinal", False):
                                end = mo.end()
                                value = mo.group(1).lstrip("0") or "0"
                                why = None if trace is None else [("fast path: an ordinal", "")]
                                append(Atom(p, end, ORDINAL, "ORDINAL", value, why=why))
                                continue
                        if mt is not None:
                            stop = mt.end()
                            reading = "number"
                            if stop - p < 4 and lone(low, stop, n, reading, False):
                                # the commonest case: a short plain number ("3", "12", "250")
                                end = stop
                                t = low[p:stop]
                                value = (
                                    t.lstrip("0") or "0" if "." not in t else format_value(float(t))
                                )
                                why = None if trace is None else [("fast path: a number", "")]
                                append(Atom(p, stop, NUMBER, "CARDINAL", value, why=why))
                                continue
            elif length and low[pre[0] : p].count(" ") == len(pre):
                # "in the second": the longest prefixed phrase the grammar reads whole, else
                # the trigger word alone (the prefixes cannot start anything else)
                stop = p + length
                for q in pre:
                    reading = chain_reading(low[q:stop])
                    if reading != "?":
                        p = q
                        break
                else:
                    reading = solo.get(low[p:stop])
            if reading is not None and lone(low, stop, n, reading, bool(length)):
                end = stop
                if reading:
                    a = classify(reading, text[p:stop], p, stop, text, trace)
                    if a is not None:
                        if a.why is not None:
                            a.why.insert(0, ("fast path", "a lone token"))
                        append(a)
                continue
            if (
                stop > p
                and not pre
                and not blind
                and low[stop : stop + 1] == " "
                and low[stop + 1 : stop + 2].isalpha()
            ):
                # a token and the next word ("33 percent", "two days"): what the grammar
                # read of the same words before, when nothing after can extend it
                subset = "all" if length else "digit"
                if length and low[p:stop] in MONTHS:
                    subset = "month"
                pair = pair_at(low, p, stop, subset)
                if pair is not None:
                    size, paired = PAIRS.get(pair[0], (0, ""))
                    if size and lone(low, p + size, n, paired, True):
                        two = p + size
                        a = classify(paired, text[p:two], p, two, text, trace)
                        if a is not None:
                            if a.why is not None:
                                a.why.insert(0, ("fast path", "a token and the next word"))
                            append(a)
                            end = a.end
                        else:
                            end = two
                        continue
        m = None
        for q in pre:
            m = match(q)
            if m is not None and m.end() > p:
                break
            m = None
        if m is None:
            if length == 0 and low[p].isdigit():
                m = match_digit(p)
            elif length and low[p : p + length] in MONTHS:
                m = match_month(p)
            else:
                m = match(p)
            if pair is not None and pair[0] not in PAIRS:
                remember_pair(pair[0], p, stop, pair[1], m)
            if m is None:
                continue
        s, e = m.span()
        group = m.lastgroup or ""
        a = classify(READING[group], text[s:e], s, e, text, trace)
        if a is not None:
            if a.why is not None:
                a.why.insert(0, ("grammar", group.replace("_", " ")))
            append(a)
            end = a.end
        else:
            end = e
    return atoms
