"""The scan's shortcuts read what the grammar reads: a short number standing alone in a
table, a run of digits too long to be a number, a word before a number that is no prefix."""

from __future__ import annotations

import re

import pytest

from tuiread.analysis.numbers import find, find_numbers
from tuiread.analysis.numbers.atoms import NUMBER, ORDINAL, YEAR, Atom
from tuiread.analysis.numbers.fastpath import DIGIT_TOKEN, SHORT_ALONE
from tuiread.analysis.numbers.joins import join_atoms, join_pair
from tuiread.analysis.numbers.scan import scan
from tuiread.analysis.numbers.triggers import find_triggers

_TABLE = (
    "Kent 244 3 5 .500 13 1/2\n"
    'Essex 372 and 100-5 ( 12 ) , 7 ; 8 ! 9 ? [ 10 ] { 11 } "12" \u201c13\u201d\n'
    "Hanwha 58 1 49 .542 6\n"
    "Lotte 46 6 54 .462 14 1/2\n"
    "1996 45,000 1997 50,000 250 1996 7 2010\n"
    "took four for 38 , with 12 . reached 372 in 1.5 overs , 0.5 \t 3\u00a04 5\u202f6\n"
    "at 10.30 , 1 . 2 , the 3rd , 14 new york 3 , 37-run lead , 4 - Peter Nicol 250 12,000\n"
)
# after a digit of another script or a letter outside ASCII, lone() decides
_AFTER_OTHER_SCRIPTS = "\u0663250 12 , \u00b27 8 , \u00e94 5 , 5\n"


def test_short_numbers_in_a_table_read_as_the_grammar_reads_them() -> None:
    """A number of one to three digits ("244", "3", "1.5") followed by a blank and another
    number, a closing mark or the end of the line is read by the shortcut, and the spans
    are those of the grammar."""
    assert find(_TABLE, fast=False) == find_numbers(_TABLE)


def test_the_shortcut_takes_only_what_stands_alone() -> None:
    """The shortcut leaves to the slower checks a number another may extend ("250 12,000",
    "3 1/2", "14 new"), one of four digits, and one after a character outside ASCII."""
    low = (_TABLE + _AFTER_OTHER_SCRIPTS).lower()
    short = {
        low[m.start() : m.end()]
        for p, length in find_triggers(low)
        if length == 0
        and (m := DIGIT_TOKEN.match(low, p)) is not None
        and m.lastindex == SHORT_ALONE
    }
    assert {"244", "3", "5", "58", "49", "46", "54", "0.5"} <= short
    assert "1996" not in short and "199" not in short and "2010" not in short
    for p, _length in find_triggers(low):
        m = DIGIT_TOKEN.match(low, p)
        if m is not None and m.lastindex == SHORT_ALONE:
            assert ord(low[p - 1]) < 128  # never after "\u0663" or "\u00b2"
            assert not re.match(r"[ \t\u00a0\u202f]+(?:\d{3}(?!\d)|\S*/)", low[m.end() :])


def test_a_run_of_digits_too_long_to_be_a_number_is_found_in_any_text() -> None:
    """The run is found where it starts, after other text, in ASCII and in other text, and
    a run of punctuation alone counts; 47 characters are no such run."""
    digits = "1234567890-" * 5  # 55 characters
    tail = " and so on" * 3
    for head, run in (
        ("", digits),
        ("x ", digits),
        ("caf\u00e9 ", digits),
        ("a ", "-" * 48),
        ("\u00e9", "." * 50),
    ):
        low = (head + run + tail).lower()
        assert (len(head), -len(run)) in find_triggers(low)
    assert all(length >= 0 for _, length in find_triggers("x " + "1" * 47 + tail))


def test_words_that_are_no_prefix_before_digits_change_nothing() -> None:
    """ "for 38", "with 12" (no prefix word before digits ends so) and "the end of 1996",
    "aged 45", "mid 2017" (prefixes) read as the grammar reads them."""
    text = "out for 38 , with 12 , at the end of 1996 , aged 45 , in mid 2017 , the last 3 weeks"
    assert find(text, fast=False) == find_numbers(text)


def test_two_counts_a_blank_apart_never_join() -> None:
    """join_atoms refuses two counts a blank apart without asking join_pair: join_pair
    must refuse them too, whatever the blank ("43 2", a table's columns)."""
    for blank in (" ", "\t", "\n", "\u00a0", "\u202f", "\u2003"):
        for left, right in ((NUMBER, NUMBER), (ORDINAL, NUMBER), (NUMBER, YEAR), (NUMBER, ORDINAL)):
            text = f"43{blank}2"
            a = Atom(0, 2, left, "CARDINAL", "43")
            b = Atom(3, 4, right, "CARDINAL", "2")
            assert join_pair(a, b, text) is None


def _join_every_pass(atoms: list[Atom], text: str, rule: object = join_pair) -> list[Atom]:
    """join_atoms as it was first written: each pass reads every pair of neighbours."""
    assert callable(rule)
    for _ in range(3):
        changed, out, i = False, [], 0
        while i < len(atoms):
            cur = atoms[i]
            while i + 1 < len(atoms) and atoms[i + 1].start - cur.end <= 16:
                merged = rule(cur, atoms[i + 1], text)
                if merged is None:
                    break
                cur, i, changed = merged, i + 1, True
            out.append(cur)
            i += 1
        atoms = out
        if not changed:
            break
    return atoms


def test_later_joining_passes_read_only_around_new_atoms() -> None:
    """A pass after the first starts only at the pairs with a newly joined atom; the spans
    are those of passes that read every pair again ("Friday" + "9 am", chains, tables)."""
    texts = [
        "On Friday at 9 am and from 2:30 to 4 pm on Friday 12 May 2017 , 3 4 5 .",
        "Kent 244 3 5 .500 13 1/2 ; Monday , Oct. 23 at 10 a.m. EST , between 3 and 4 .",
        "from 1 to 2 million dollars , 5 - 6 km , 20-30 % , 3 of 4 , Sunday 3 people",
    ]
    for text in texts:
        atoms = scan(text, text.lower(), None)
        fresh = scan(text, text.lower(), None)
        got = [(a.start, a.end, a.label, a.value) for a in join_atoms(atoms, text)]
        want = [(a.start, a.end, a.label, a.value) for a in _join_every_pass(fresh, text)]
        assert got == want


def _toy_join(a: Atom, b: Atom, text: str) -> Atom | None:
    """Joins across "+" always, across "~" only an atom of three characters or more on the
    right: "1 ~ 2 + 3" joins "2 + 3" in the first pass and "1" to it in the second."""
    gap = text[a.end : b.start]
    if gap == " + " or (gap == " ~ " and b.end - b.start >= 3):
        return Atom(a.start, b.end, NUMBER, "CARDINAL", text[a.start : b.end])
    return None


def test_later_passes_join_what_every_pass_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """With joins in the second and third passes (a toy rule), reading only around the new
    atoms gives what reading every pair again gives."""
    from tuiread.analysis.numbers import joins

    monkeypatch.setattr(joins, "join_pair", _toy_join)
    for text in ("1 ~ 2 + 3", "1 ~ 2 ~ 3 + 4 5 ~ 6 + 7 ~ 8", "9 8 ~ 7 ~ 6 + 5 + 4 ~ 3 2 + 1"):
        atoms = scan(text, text, None)
        fresh = scan(text, text, None)
        got = [(a.start, a.end) for a in joins.join_atoms(atoms, text)]
        want = [(a.start, a.end) for a in _join_every_pass(fresh, text, _toy_join)]
        assert got == want
    assert [
        (a.start, a.end)
        for a in joins.join_atoms(scan("1 ~ 2 + 3", "1 ~ 2 + 3", None), "1 ~ 2 + 3")
    ] == [(0, 9)]


_PAIRS_TEXT = (
    "Shares rose 33 percent to $5 after two days of talks, and 10 years ago it ran 4,482 "
    "yards. She will speak at 11 a.m. Sunday, five hours before the vote; four percentage "
    "points behind, the party waited three weeks. Sales grew 15 million pounds in June 1996, "
    "two thirds of them abroad, and three decades later 20 degrees Celsius felt mild.\n"
)


def test_a_token_and_its_next_word_read_as_the_grammar_reads_them() -> None:
    """A number or a trigger word and the word after it ("33 percent", "two days", "11
    a.m.") take what the grammar read of the same words before, once nothing after them
    can extend them; the spans are the grammar's, before and after the pairs are learnt,
    and where a longer reading runs on ("four percentage points", "15 million pounds")."""
    for _ in range(2):
        assert find(_PAIRS_TEXT, fast=False) == find_numbers(_PAIRS_TEXT)
    moved = _PAIRS_TEXT.replace("Shares rose", "Sales fell").replace("Sunday", "today")
    assert find(moved, fast=False) == find_numbers(moved)


def _widest_look_behind(items: object) -> int:
    from re import _constants as k  # type: ignore[attr-defined]

    widest = 0
    for op, av in items:  # type: ignore[attr-defined]
        subs = []
        if op in (k.ASSERT, k.ASSERT_NOT):
            if av[0] < 0:
                widest = max(widest, av[1].getwidth()[1])
            subs = [av[1]]
        elif op is k.SUBPATTERN:
            subs = [av[3]]
        elif op is k.ATOMIC_GROUP:
            subs = [av]
        elif op is k.BRANCH:
            subs = list(av[1])
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op is k.GROUPREF_EXISTS:
            subs = [s for s in av[1:] if s is not None]
        for sub in subs:
            widest = max(widest, _widest_look_behind(sub.data))
    return widest


@pytest.mark.parametrize("subset", ["all", "digit", "month"])
def test_the_pairs_key_holds_all_the_grammar_looks_back_at(subset: str) -> None:
    """A pair is remembered with the characters before it up to ``LOOK_BEHIND``: no
    look-behind of the grammar may reach further back."""
    from re import _parser  # type: ignore[attr-defined]

    from tuiread.analysis.numbers.fastpath import LOOK_BEHIND
    from tuiread.analysis.numbers.grammar import lower_case_source

    parsed = _parser.parse(lower_case_source(subset))
    assert 0 < _widest_look_behind(parsed.data) <= LOOK_BEHIND


_BLANKS = frozenset(map(ord, " \t\u00a0\u202f"))


def _first_after_blanks(items: object) -> tuple[set[int] | None, bool]:
    """The characters a pattern (parsed) may start with once its leading blanks are read,
    and whether it may match blanks alone; None for any character."""
    from re import _constants as k  # type: ignore[attr-defined]

    found: set[int] = set()
    for op, av in items:  # type: ignore[attr-defined]
        if op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT) and len(av[2].data) == 1:
            o, a = av[2].data[0]
            if (o is k.LITERAL and a in _BLANKS) or (
                o is k.IN and all(x is k.LITERAL and y in _BLANKS for x, y in a)
            ):
                continue  # a run of blanks
        chars: set[int] | None = None
        nullable = False
        if op is k.LITERAL:
            chars = {av}
        elif op is k.IN:
            chars = set()
            for o, a in av:
                if o is k.LITERAL:
                    chars.add(a)
                elif o is k.RANGE:
                    chars |= set(range(a[0], a[1] + 1))
                else:
                    return None, False
        elif op is k.SUBPATTERN:
            chars, nullable = _first_after_blanks(av[3].data)
        elif op is k.ATOMIC_GROUP:
            chars, nullable = _first_after_blanks(av.data)
        elif op is k.BRANCH:
            chars = set()
            for alt in av[1]:
                c, n = _first_after_blanks(alt.data)
                if c is None:
                    return None, False
                chars |= c
                nullable = nullable or n
        elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
            chars, nullable = _first_after_blanks(av[2].data)
            nullable = nullable or av[0] == 0
        elif op is k.FAILURE or op is k.ASSERT_NOT and not av[1].data:
            chars = set()  # "(?!)": never matches, so starts with nothing
        elif op in (k.ASSERT, k.ASSERT_NOT, k.AT):
            chars, nullable = set(), True
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_every_tail_of_a_number_starts_with_what_its_look_ahead_lets_through(flags: int) -> None:
    """The look-ahead before a number's tails turns them all down at once where the next
    character after blanks is not in ``TAIL_FIRST``: each tail must start with one of those
    (a capital too, as the case-insensitive grammar reads it), and none reads blanks alone."""
    from re import _parser  # type: ignore[attr-defined]

    from tuiread.analysis.numbers.grammar import _TAILS, CURRENCY_CODE, TAIL_FIRST

    lets_through = re.compile(f"[{TAIL_FIRST}]", flags)
    for name, pattern in _TAILS:
        if not flags:  # the lower-case grammar reads no currency code in capitals
            pattern = pattern.replace(CURRENCY_CODE, "(?!)")
        chars, nullable = _first_after_blanks(_parser.parse(pattern, flags).data)
        assert chars is not None and not nullable, name
        stopped = [chr(c) for c in chars if not lets_through.match(chr(c))]
        assert not stopped, (name, stopped)


def _clock_like() -> list[str]:
    """Digits and what may follow them in a clock time or near one, in many arrangements."""
    import itertools

    heads = ["0", "1", "5", "9", "10", "12", "23", "24", "930", "1230", "0930", "12345"]
    joins = ["", ":", ".", " ", "  ", "\u00a0", "-", ":3", ".3"]
    tails = [
        "30",
        "05",
        "am",
        "a.m.",
        "pm",
        "p.m",
        "a",
        "p",
        "o'clock",
        "oclock",
        "min",
        "mins",
        "minutes",
        "past",
        "to",
        "five",
        "percent",
        "x",
        "",
        "30.5",
        "59:1",
    ]
    ends = ["", " pm", " past six", " to ten", " o'clock", " minutes past 6", ".1", ":00 am"]
    return [h + j + t + e for h, j, t, e in itertools.product(heads, joins, tails, ends)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_clock_look_ahead_turns_down_no_clock_time(flags: int) -> None:
    """``CLOCK_AHEAD`` before the clock branch changes no match of it: on digits followed
    by every mix of separators, units, "am"/"pm", "o'clock" and "past", with and without
    the look-ahead, the branch reads the same (in capitals too)."""
    from tuiread.analysis.numbers.date_patterns import CLOCK, CLOCK_AHEAD

    plain = re.compile(CLOCK, flags)
    ahead = re.compile(CLOCK_AHEAD + CLOCK, flags)
    texts = _clock_like()
    if flags:
        texts = [t.upper() for t in texts]
    matched = 0
    for t in texts:
        m, g = plain.match(t), ahead.match(t)
        assert (m and m.span()) == (g and g.span()), t
        matched += m is not None
    assert matched > 1000  # (the texts hold clock times of every kind)
