"""Whether the sentence around a date speaks of the past or the future.

"Tuesday" in a story of Friday 15 September 2017 is the 12th when "the minister said
Tuesday" and the 19th when "the minister will speak Tuesday". Without a parser, three cues
in turn decide:

1. the words just before the date: "as early as", "by", "payable", "effective",
   "scheduled for" look ahead; "since" looks back;
2. a future auxiliary in the clause before the date ("will", "would", "planned to",
   "is expected to"): it governs the verb the date belongs to;
3. the verb nearest the date in its sentence: a past form ("said", "was", "attended"), a
   future one, or a verb of a fixture in the present ("who play Brighton on Sunday").

Nothing found: 0, and the caller falls back on the nearest date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import compiled

PAST, UNKNOWN, FUTURE = -1, 0, 1
REACH = 120  # characters either side of the date that are read, at most

_AHEAD_SIGNALS = (
    "as early as",
    "as soon as",
    "payable",
    "effective",
    "by",
    "until",
    "starting",
    "beginning",
    "due",
    "next",
    "coming",
    "upcoming",
    "scheduled for",
    "set for",
    "planned for",
    "expected",
)
_BACK_SIGNALS = ("since", "last", "after the", "earlier")
_AUXILIARIES = frozenset(("will", "shall", "won't", "would", "gonna", "might"))
_TO_VERBS = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "expect",
        "expects",
        "expected",
        "hope",
        "hopes",
        "hoped",
        "want",
        "wants",
        "wanted",
        "agreed",
        "decided",
        "promised",
        "scheduled",
        "set",
        "due",
        "likely",
        "ready",
        "is",
        "are",
        "was",
        "were",
        "going",
    ]
)
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "didn't",
        "wasn't",
        "weren't",
        "hadn't",
        "said",
        "told",
        "ago",
        "yesterday",
        "came",
        "went",
        "took",
        "made",
        "gave",
        "met",
        "found",
        "left",
        "began",
        "fell",
        "rose",
        "saw",
        "won",
        "lost",
        "sold",
        "bought",
        "paid",
        "got",
        "held",
        "killed",
        "shot",
        "sent",
        "spent",
        "led",
        "ran",
        "struck",
        # more irregular pasts ("beat Chelsea on Sunday": a result, not a fixture)
        "beat",
        "drew",
        "became",
        "brought",
        "built",
        "caught",
        "chose",
        "drove",
        "fought",
        "flew",
        "grew",
        "heard",
        "kept",
        "knew",
        "spoke",
        "stood",
        "thought",
        "threw",
        "wrote",
        "broke",
        "felt",
    ]
)
_FUTURE_WORDS = frozenset(("will", "shall", "won't", "would", "tomorrow", "upcoming"))
# verbs of a fixture or a schedule in the simple present, which with a named day tells what is
# to come ("who play Brighton on Sunday", "talks resume Tuesday", "the show opens Friday")
_SCHEDULE_VERBS = frozenset(
    """play plays face faces host hosts meet meets visit visits travel travels resume resumes
    begin begins start starts open opens arrive arrives return returns go goes close closes
    end ends run runs launch launches kick kicks""".split()  # noqa: SIM905
)
# words before such a verb that make it something else: a noun ("the play", "his return",
# "Friday's close"),
# an infinitive or a negated past ("failed to play", "did not meet")
_NOT_SCHEDULE_BEFORE = frozenset(
    """the a an his her its their our my your this that first last next to not did didn't
    never 's ’s""".split()  # noqa: SIM905
)
_NOT_PAST = frozenset(("need", "speed", "feed", "seed", "bleed", "breed", "hundred", "red", "bed"))
_SENTENCE_ENDS = (". ", "? ", "! ", "\n", '." ', ".' ", ".\u201d ", ".\u2019 ", ".) ", "; ")
_CLAUSE_MARKS = (
    ", ",
    ": ",
    " and ",
    " but ",
    " while ",
    " when ",
    " after ",
    " before ",
    " because ",
)


def _cue(low: str) -> int:
    """The tense a lower-case word marks, if any."""
    found = _CUES.get(low)
    if found is None:
        if low in _FUTURE_WORDS or low.endswith("'ll"):
            found = FUTURE
        elif low in _PAST_WORDS or (len(low) > 4 and low.endswith("ed") and low not in _NOT_PAST):
            found = PAST
        else:
            found = UNKNOWN
        if len(_CUES) < 50_000:
            _CUES[low] = found
    return found


_CUES: dict[str, int] = {}  # words read so far and the tense each marks


def schedule_verb(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is a verb of a fixture or a schedule in the simple present
    ("who play Brighton on Sunday", "Arafat meet separately Monday"): news writes what is
    fixed for a coming day in the present. Not after an article or a possessive (a noun:
    "the play"), "to" or a negation ("failed to play", "did not meet")."""
    return words[i] in _SCHEDULE_VERBS and (i == 0 or words[i - 1] not in _NOT_SCHEDULE_BEFORE)


_PRESENT_BE = frozenset(("is", "are", "am", "isn't", "aren't"))


def _cue_at(words: list[str], i: int) -> int:
    """The tense ``words[i]`` marks in its place: a schedule verb looks ahead; a past
    participle after a present "is" or "are" is a passive in the present ("when the case
    is heard in May"), which marks no past."""
    if schedule_verb(words, i):
        return FUTURE
    found = _cue(words[i])
    if found == PAST and i > 0 and words[i - 1] in _PRESENT_BE:
        return UNKNOWN
    return found


_LEADING_SIGNAL = compiled.compile(
    r"(?i)(?:as\s+(?:early|soon|late)\s+as|until|till|by|since|before|after|from|on|in)\s+"
)


_AHEAD_TAILS = _AHEAD_SIGNALS + tuple(s + " on" for s in _AHEAD_SIGNALS)
_BACK_TAILS = _BACK_SIGNALS + tuple(s + " on" for s in _BACK_SIGNALS)
_AFTER_WORDS = 12  # words after the date that are read, at most


def _any_of(marks: Iterable[str]) -> re.Pattern[str]:
    """One search for any of ``marks``: the leftmost place where one of them is."""
    return compiled.compile("|".join(re.escape(mark) for mark in marks))


# the marks spelt backwards, to find the last one with one search of the reversed text
_SENTENCE_ENDS_BACKWARDS = _any_of(mark[::-1] for mark in _SENTENCE_ENDS)
_CLAUSE_MARKS_BACKWARDS = _any_of(mark[::-1] for mark in _CLAUSE_MARKS)
_SENTENCE_END = _any_of(_SENTENCE_ENDS)


def _last(chunk: str, backwards: re.Pattern[str]) -> int:
    """Where the text after the last of some marks in ``chunk`` starts (0: none there),
    ``backwards`` finding them spelt backwards: the first found in the reversed chunk is
    the one that ends last (one search in C, not one ``rfind`` per mark)."""
    m = backwards.search(chunk[::-1])
    return 0 if m is None else len(chunk) - m.start()


_WORD = compiled.compile(r"[a-z0-9']+")


def _words(chunk: str) -> list[str]:
    """The lower-case words of a lower-cased ``chunk``."""
    return _WORD.findall(chunk)


def tense_at(text: str, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the date at ``text[start:end]``."""
    lead = _LEADING_SIGNAL.match(text, start, end)
    if lead is not None:  # "as early as Tuesday" kept whole: its signal is read as before it
        start = lead.end()
    window = text[max(0, start - REACH) : start].lower()
    window = window[_last(window, _SENTENCE_ENDS_BACKWARDS) :]
    before = _words(window)
    split = _last(window, _CLAUSE_MARKS_BACKWARDS)
    clause = _words(window[split:]) if split else before
    following = text[end : end + REACH].lower()
    sentence_end = _SENTENCE_END.search(following)  # (the first one after the date)
    stop = -1 if sentence_end is None else sentence_end.start()
    after = _words(following[:stop] if stop != -1 else following)[:_AFTER_WORDS]
    # 0. a pluperfect in the clause: "had been due to expire Friday", "Until Thursday, they
    # had not called him a suspect"
    if "had" in clause or "had" in after[:4]:
        return PAST
    # 1. the words just before the date
    tail = " ".join(before[-3:])
    if tail.endswith(_AHEAD_TAILS):
        return FUTURE
    if tail.endswith(_BACK_TAILS):
        return PAST
    # 2. a future auxiliary in the date's clause
    for i, word in enumerate(clause):
        if word in _AUXILIARIES or word.endswith("'ll"):
            return FUTURE
        if (
            word in _TO_VERBS
            and i + 2 < len(clause)
            and clause[i + 1] == "to"
            and clause[i + 2] not in ("the", "a", "an")
        ):
            return FUTURE
    # 3. the verb nearest the date
    last = len(before) - 1
    for distance in range(len(before)):
        found = _cue_at(before, last - distance)
        if found:
            for k in range(min(distance, len(after))):
                nearer = _cue_at(after, k)
                if nearer:
                    return nearer
            return found
    for k in range(len(after)):
        found = _cue_at(after, k)
        if found:
            return found
    return UNKNOWN
