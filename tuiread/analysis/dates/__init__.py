"""Dates resolved: the number finder's DATE and TIME spans bounded as TimeML draws them,
completed with the time expressions it does not look for, and valued as TempEval-3 writes
TIMEX3 ("2017-09-15", "2017-W37", "2017-08", "199", "PRESENT_REF", "P2W").

The rules, in the order they apply (each module says why):

1. ``filters``: spans that are no time (ages, "its quarterly dividend", "Jan Kavan") are
   relabelled or dropped.
2. ``bounds``: each span's edges: numbers glued on and prepositions out; modifiers and
   heads in.
3. ``finder``: expressions holding no number ("recently", "the third quarter", "year-end").
4. joining: neighbours that read as one expression ("June" + "last year").
5. ``values``: each span's TIMEX3 value, in text order, against the anchor (``published``, or
   the last full date written earlier when there is none), the tense of its sentence and the
   story's time so far; a duration also gets its readable unit ("weeks").
6. numbers inside a date ("third" in "the third quarter") give way to it.

Linear in the text: one ``str.find`` scan per finder gate, and work per span bounded by
``MAX_SPAN`` characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from operator import attrgetter

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from . import bounds, filters
from .amounts import compound_durations
from .clocks import clock_on_the_news_day, wire_clocks
from .context import Context, Story, Timex, lead_of
from .coordinated import days_sharing_a_month, durations_sharing_a_unit, months_in_a_list
from .finder import candidates
from .tense import tense_at
from .values import phrase_of, timex_value

__all__ = ["resolve_dates", "timex_value"]

DATE_LABELS = ("DATE", "TIME")
MAX_SPAN = 120  # longer "dates" (runs the number finder glued together) are left as they are
FAMILY = "date"
_START = attrgetter("start")
_PROBE_ANCHOR = date(2000, 6, 15)  # lets a splitting rule ask "is this a time?" without one


class _Piece:
    """A date span in the making: its bounds, the value the number finder gave (while the
    bounds are its own), where it came from, and the rules that moved it."""

    __slots__ = ("start", "end", "given", "origin", "label", "notes")

    def __init__(
        self, start: int, end: int, given: str | None, origin: str, label: str = "DATE"
    ) -> None:
        self.start, self.end, self.given, self.origin = start, end, given, origin
        self.label = label  # the number finder's label, kept when no value reads the words
        self.notes: list[tuple[str, str]] = []


def resolve_dates(
    text: str, numbers: list[Span], *, published: date | None = None, trace: Trace | None = None
) -> list[Span]:
    """``numbers`` (from the number finder) with every DATE and TIME span bounded and valued,
    and the time expressions it missed added. Never raises on any text."""
    others: list[Span] = []
    pieces: list[_Piece] = []
    games = filters.GameParagraphs(text)
    for span in wire_clocks(text, numbers):
        if span.kind != "number" or span.label not in DATE_LABELS:
            others.append(span)
            continue
        if _quarter_of_play(span, games, trace):
            continue
        replaced = _filtered(text, span, trace)
        if replaced is None:
            pieces.append(
                _bounded(text, _Piece(span.start, span.end, span.value, "number", span.label))
            )
        elif isinstance(replaced, Span):
            others.append(replaced)
    pieces = _without_overlaps(pieces)
    pieces = _with_candidates(text, pieces, others, games)
    pieces = _joined(text, pieces, published)
    dates = clock_on_a_named_day(text, _valued(text, pieces, published, trace))
    dates = clock_on_the_news_day(text, dates)
    if not dates:
        return others
    kept = _outside_dates(others, dates, text, trace)
    kept, dates = days_sharing_a_month(text, kept, dates)
    kept, dates = durations_sharing_a_unit(text, kept, dates)
    return kept + months_in_a_list(text, dates)


# --------------------------------------------------------------------------- 1. filters


def _filtered(text: str, span: Span, trace: Trace | None) -> Span | str | None:
    rules = filters.rules_for(span.text)
    for rule in rules:
        verdict = rule(text, span)
        if verdict is None:
            continue
        if trace is not None:
            if isinstance(verdict, Span):
                trace.kept(
                    "number",
                    text,
                    span.start,
                    span.end,
                    f"date:{rule.__name__}",
                    f"not a date: {verdict.label} in {verdict.unit}",
                )
            else:
                trace.rejected(
                    FAMILY,
                    text,
                    span.start,
                    span.end,
                    f"filter:{rule.__name__}",
                    "not a time expression",
                )
        return verdict
    return None


def _quarter_of_play(span: Span, games: filters.GameParagraphs, trace: Trace | None) -> bool:
    """A quarter the number finder read as a date ("last quarter") is a period of play in a
    paragraph about a game ("Curry scored 10 of his 30 points in the last quarter"): no
    date, as the finder's "the fourth quarter" is none there."""
    if not span.text.endswith("quarter") or not games.period_of_play(span.start, span.end):
        return False
    if trace is not None:
        trace.rejected(
            FAMILY, games.text, span.start, span.end, "filter:quarter_of_play", "a game's quarter"
        )
    return True


# --------------------------------------------------------------------------- 2. bounds


def _bounded(text: str, piece: _Piece) -> _Piece:
    """The piece after the bounds rules, in this order (``bounds`` says why each applies):
    trim_number_tail, drop_demonstrative, take_word_end, take_ago, strip_signals,
    preposition_before_an_owner,
    drop_article, take_modifiers, take_season, take_head, take_determiner (then
    take_modifiers again before the article it took).

    Each rule is called only where a glance at a character or two of the span's edges says
    it may apply (the rule checks again): most spans ("Tuesday", "1996") pass through in a
    few comparisons.
    """
    start, end = piece.start, piece.end
    if end - start > MAX_SPAN:
        return piece
    if text.find(",", start, end) != -1:
        start, end = _apply(bounds.trim_number_tail, piece, text, start, end)
    if text[start] in "tT":
        start, end = _apply(bounds.drop_demonstrative, piece, text, start, end)
    if text[end - 1] in "kK":
        start, end = _apply(bounds.take_word_end, piece, text, start, end)
    if text.startswith(_AGO_STARTS, end):
        start, end = _apply(bounds.take_ago, piece, text, start, end)
    if text[start : start + 2].lower() in _SIGNAL_PREFIXES:
        start, end = _apply(bounds.strip_signals, piece, text, start, end)
    if text[start] in "fFaA":
        start, end = _apply(bounds.preposition_before_an_owner, piece, text, start, end)
    if text[start] in "aAiI":
        start, end = _apply(bounds.drop_article, piece, text, start, end)
    if _modified(text, start):
        start, end = _apply(bounds.take_modifiers, piece, text, start, end)
    if end - start == 4 and text[start].isdigit():
        start, end = _apply(bounds.take_season, piece, text, start, end)
    if text.startswith(_HEAD_STARTS, end):
        start, end = _apply(bounds.take_head, piece, text, start, end)
    if start >= 4 and text[start - 4 : start].lower() in ("the ", "rst ", "est "):
        before = start
        start, end = _apply(bounds.take_determiner, piece, text, start, end)
        if start != before and _modified(text, start):
            # a modifier before the article: "at least" + "the past 18 months"
            start, end = _apply(bounds.take_modifiers, piece, text, start, end)
    if (start, end) != (piece.start, piece.end):
        piece.start, piece.end, piece.given = start, end, None
    return piece


def _modified(text: str, start: int) -> bool:
    """Whether the words before ``start`` end like a modifier (a glance before the rule)."""
    return text[max(0, start - 16) : start].rstrip(" -").lower().endswith(_MODIFIER_ENDINGS)


_SIGNAL_PREFIXES = frozenset(
    ("as", "si", "un", "ti", "by", "du", "th", "in", "ov", "of", "en", "ef")
)


def _apply(
    rule: Callable[[str, int, int], tuple[int, int] | None],
    piece: _Piece,
    text: str,
    start: int,
    end: int,
) -> tuple[int, int]:
    """The bounds after ``rule``; a change is noted on the piece for the trace."""
    moved = rule(text, start, end)
    if moved is None or moved == (start, end) or moved[0] >= moved[1]:
        return start, end
    piece.notes.append((f"bounds:{rule.__name__}", f"was {text[start:end]!r}"))
    return moved


_AGO_STARTS = (" ago", " earlier", " later", " hence", " from now", " or so")
_HEAD_STARTS = (
    "-earlier",
    "-ago",
    " earlier",
    " ago",
    " quarter",
    " period",
    " half",
    " first",
    " second",
    " third",
    " fourth",
    " fiscal",
    "'s",
    "\u2019s",
)
_MODIFIER_ENDINGS = bounds.MODIFIER_ENDINGS


def _without_overlaps(pieces: list[_Piece]) -> list[_Piece]:
    """Sorted, with a piece that overlaps an earlier one dropped unless it is longer."""
    pieces.sort(key=lambda p: (p.start, -p.end))
    out: list[_Piece] = []
    for piece in pieces:
        if out and piece.start < out[-1].end:
            if piece.end - piece.start > out[-1].end - out[-1].start:
                out[-1] = piece
            continue
        out.append(piece)
    return out


# --------------------------------------------------------------------------- 3. finder


def _with_candidates(
    text: str, pieces: list[_Piece], others: list[Span], games: filters.GameParagraphs
) -> list[_Piece]:
    """Add what the finder found where no date is, nor a number it does not contain whole.

    ``pieces`` is sorted and without overlaps; it stays so (a candidate goes in where it
    belongs), so the few candidates cost a bisection each, not a pass over every date."""
    found = sorted(candidates(text), key=lambda c: (c[0], -c[1]))
    if not found:
        return pieces
    starts = [p.start for p in pieces]
    others.sort(key=_START)  # in order already from the number finder: a linear check
    other_starts = [s.start for s in others]
    for start, end, family in found:
        if _cuts(others, other_starts, start, end):
            continue
        if family == "quarter" and games.period_of_play(start, end):
            continue  # "led 24-13 early in the fourth quarter": no quarter of the year
        blocking = _overlapping(pieces, starts, start, end)
        if blocking and not (
            len(blocking) == 1 and _yield_tail(text, pieces[blocking[0]], start, end)
        ):
            continue
        piece = _bounded(text, _Piece(start, end, None, f"finder:{family}"))
        if _overlapping(pieces, starts, piece.start, piece.end):
            continue
        at = bisect.bisect_left(starts, piece.start)
        pieces.insert(at, piece)
        starts.insert(at, piece.start)
    return pieces


def _overlapping(pieces: list[_Piece], starts: list[int], start: int, end: int) -> list[int]:
    """Indexes of the pieces (sorted, without overlaps) that overlap ``start..end``."""
    i = bisect.bisect_left(starts, end)
    out = []
    while i > 0 and pieces[i - 1].end > start:
        i -= 1
        out.append(i)
    return out


def _yield_tail(text: str, piece: _Piece, start: int, end: int) -> bool:
    """A date that ends inside a longer expression the finder read gives that tail up:
    "Tuesday the third" + "the third quarter" -> "Tuesday", "the third quarter". True when
    it did."""
    if not (piece.start < start < piece.end < end):
        return False
    head = text[piece.start : start].rstrip()
    if not head or timex_value(head, Context(_PROBE_ANCHOR)) is None:
        return False
    piece.notes.append(("bounds:yield_tail", f"was {text[piece.start : piece.end]!r}"))
    piece.end, piece.given = piece.start + len(head), None
    return True


_WIDEST = MAX_SPAN + 8  # number spans longer than this are not looked for by _cuts


def _cuts(others: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of ``others`` (sorted, ``starts`` their starts) overlaps
    ``start..end`` without lying inside it."""
    i = bisect.bisect_left(starts, end)
    j = bisect.bisect_left(starts, start - _WIDEST, 0, i)
    return any(s.end > start and not (start <= s.start and s.end <= end) for s in others[j:i])


# --------------------------------------------------------------------------- 4. joining

_JOINER = compiled.compile(
    r"(?i)[ \t]*,?[ \t]*|[ \t]+(?:at|on|of)[ \t]+"
    r"|[ \t]+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|JST|IST|local[ \t]time)[ \t]*,?[ \t]+(?:on[ \t]+)?"
)


_AND_JOINER = compiled.compile(r"[ \t]*,?[ \t]+and[ \t]+")
_NO_CONTEXT = Context(None)


def _joined(text: str, pieces: list[_Piece], published: date | None) -> list[_Piece]:
    """Neighbours that read as one expression become one: "June" + "last year", "Friday" +
    "Oct. 23", "9 a.m. EST" + "Tuesday", "this coming Sunday" + "March eighth"."""
    if len(pieces) < 2:
        return pieces
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        if (
            piece.start - last.end <= 15  # (" GMT on ", " local time on ")
            and piece.end - last.start <= MAX_SPAN
            and _JOINER.fullmatch(text, last.end, piece.start)
        ):
            whole = text[last.start : piece.end]
            if timex_value(whole, Context(published or _PROBE_ANCHOR)) is not None:
                last.notes.append(("bounds:join", f"with {text[piece.start : piece.end]!r}"))
                last.end, last.given = piece.end, None
                continue
        elif (
            piece.start - last.end <= 7
            and piece.end - last.start <= MAX_SPAN
            and _AND_JOINER.fullmatch(text, last.end, piece.start)
            and compound_durations(phrase_of(text[last.start : piece.end]), _NO_CONTEXT)
        ):
            # "11 years and three months": one span of time, P11Y3M
            last.notes.append(("bounds:join", f"with {text[piece.start : piece.end]!r}"))
            last.end, last.given = piece.end, None
            continue
        out.append(piece)
    return out


# --------------------------------------------------------------------------- 5. values

_GRAIN_SETTERS = frozenset(
    (
        "month",
        "year",
        "quarter",
        "quarter of a year",
        "month of a named year",
        "season",
        "half of a year",
        "numeric date",
        "holiday",
    )
)


# Values of words that read the same anywhere (no tense, story or context consulted), by
# (words, anchor, the finder's value): "1996", "last year" and "Tuesday"'s partial value
# recur in every story.
_MEMO: dict[tuple[object, ...], Timex | None] = {}
_UNREAD = Timex("", "")  # a memo miss (None is a memoised "no value")
_BY_TENSE: set[tuple[str, date | None, str | None, str]] = set()  # words read by their tense
_MEMO_SIZE = 8192
_LEAD_ENDS = frozenset("eanyhlEANYHL")  # the last letters of "since (the)", "until", "any" ...


def _valued(
    text: str, pieces: list[_Piece], published: date | None, trace: Trace | None
) -> list[Span]:
    story = Story()
    anchor, anchor_from = published, "published"
    out: list[Span] = []
    for piece in pieces:
        s, e = piece.start, piece.end
        words = text[s:e]
        timex: Timex | None = None
        lead = ""
        if e - s <= MAX_SPAN:
            # (a glance first: the lead words end in one of these letters, then a blank)
            lead = lead_of(text[max(0, s - 10) : s]) if text[s - 2 : s - 1] in _LEAD_ENDS else ""
            key = (words, anchor, piece.given, lead)
            timex = _MEMO.get(key, _UNREAD)
            if timex is _UNREAD:
                timex = _read_value(text, s, e, key, story)
        if timex is None:
            if piece.origin != "number":
                continue
            # a year before Christ keeps the number finder's value ("44 BC": BC0044), which
            # no calendar reading of the words gives
            given = piece.given if piece.given and piece.given.startswith("BC") else None
            out.append(Span("number", piece.label, s, e, words, given))
            if trace is not None:
                _record(trace, text, piece)
                trace.kept(FAMILY, text, s, e, "value:none", "no TIMEX3 value reads these words")
            continue
        value = timex.value
        label = "TIME" if "T" in value and not value.endswith("_REF") else "DATE"
        out.append(Span("number", label, s, e, words, value, timex.unit))
        if value[:1].isdigit() and (lead != "until" or len(value) != 10):
            # (a day that bounds, "through March 14", is not the day the story is at)
            story.note(value, timex.rule in _GRAIN_SETTERS or timex.explicit, anchor)
        elif timex.rule == "duration":
            story.note_months_of_year(value, words, anchor)
        if timex.explicit and published is None:
            explicit = story.day
            if explicit is not None:
                anchor, anchor_from = explicit, f"{words!r}"
        if trace is not None:
            _record(trace, text, piece)
            why = f"{value}"
            if anchor is not None and not value.startswith(("P", "PRESENT", "PAST", "FUTURE")):
                why += f" (anchor {anchor.isoformat()} from {anchor_from})"
            trace.kept(FAMILY, text, s, e, f"value:{timex.rule}", why)
    return out


_BARE_CLOCK = compiled.compile(r"\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?)|\d{1,2}[.:]\d\d", re.I)


def clock_on_a_named_day(text: str, dates: list[Span]) -> list[Span]:
    """A clock time alone, then "on" and a day the number finder keeps apart ("11.30pm on
    New Year's Eve", as Recognizers-Text writes two spans): the time is on that day, not on
    the day of the last date written before it; on a weekday of no one week ("at 3am on a
    Tuesday") it is on that weekday of any week."""
    for i in range(len(dates) - 1):
        a, b = dates[i], dates[i + 1]
        if (
            a.label == "TIME"
            and a.value is not None
            and len(a.value) == 16
            and b.value is not None
            and len(b.value) == 10
            and (b.value[:4].isdigit() or b.value.startswith("XXXX-WXX-"))
            and (
                text[a.end : b.start].lower() == " on "
                or text[a.end : b.start].lower() in (" on a ", " on an ")
                and b.value[0] == "X"
            )
            and _BARE_CLOCK.fullmatch(a.text)
        ):
            dates[i] = replace(a, value=b.value + a.value[10:])
    return dates


def _read_value(
    text: str, start: int, end: int, key: tuple[str, date | None, str | None, str], story: Story
) -> Timex | None:
    """The value rules' answer for a span the memo does not hold; memoised when it holds
    for the same words anywhere (or, for words read by their tense alone, in that tense)."""
    tense: int | None = None
    if key in _BY_TENSE:  # these words' value turns on the tense alone
        tense = tense_at(text, start, end)
        found = _MEMO.get((*key, tense), _UNREAD)
        if found is not _UNREAD:
            return found
    known = tense
    reader = (lambda: known) if known is not None else (lambda: tense_at(text, start, end))
    ctx = Context(key[1], story, reader, key[2], text[end : end + 12], key[3])
    timex = timex_value(key[0], ctx)
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
        _BY_TENSE.clear()
    if not ctx.situated and ctx.tense_key is None:
        _MEMO[key] = timex
    elif not ctx.situated:
        _BY_TENSE.add(key)
        _MEMO[(*key, ctx.tense_key)] = timex
    return timex


def _record(trace: Trace, text: str, piece: _Piece) -> None:
    if piece.origin != "number":
        trace.kept(FAMILY, text, piece.start, piece.end, piece.origin, "no number in it")
    for rule, detail in piece.notes:
        trace.kept(FAMILY, text, piece.start, piece.end, rule, detail)


# --------------------------------------------------------------------------- 6. numbers inside


def _outside_dates(
    others: list[Span], dates: list[Span], text: str, trace: Trace | None
) -> list[Span]:
    """Number spans lying inside a date give way to it ("third" in "the third quarter")."""
    others.sort(key=_START)  # already in order from the number finder: a linear check
    kept: list[Span] = []
    i, n = 0, len(dates)
    for span in others:
        while i < n and dates[i].end <= span.start:
            i += 1
        if i < n and dates[i].start <= span.start and span.end <= dates[i].end:
            if trace is not None:
                trace.rejected(
                    "number",
                    text,
                    span.start,
                    span.end,
                    "date:inside-a-date",
                    f"part of {dates[i].text!r}",
                )
            continue
        kept.append(span)
    return kept
