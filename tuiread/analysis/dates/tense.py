"""Whether the sentence around a date speaks of the past or the future.

"Tuesday" in a story of Friday 15 September 2017 is the 12th when "the minister said
Tuesday" and the 19th when "the minister will speak Tuesday". Without a parser, three cues
in turn decide:

1. the words just before the date: "as early as", "by", "payable", "effective",
   "scheduled for" look ahead; "since" looks back;
2. a future auxiliary in the clause before the date ("will", "would", "planned to",
   "is expected to"): it governs the verb the date belongs to;
3. the verb nearest the date in its sentence: a past form ("said", "was", "attended") or
   a future one.

Nothing found: 0, and the caller falls back on the nearest date.
"""

from __future__ import annotations

import re

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
    ]
)
_FUTURE_WORDS = frozenset(("will", "shall", "won't", "would", "tomorrow", "upcoming"))
_NOT_PAST = frozenset(("need", "speed", "feed", "seed", "bleed", "breed", "hundred", "red", "bed"))
_CLAUSE_WORDS = frozenset(
    (",", ";", ":", "and", "but", "while", "when", "after", "before", "because")
)
_TOKEN = re.compile(r"[A-Za-z']+|[,;:]|[.!?][\"'\u2019\u201d)]*(?=\s)|\n")
_ENDS = frozenset(".!?\n")


def _cue(low: str) -> int:
    """The tense a lower-case word marks, if any."""
    if low in _FUTURE_WORDS or low.endswith("'ll"):
        return FUTURE
    if low in _PAST_WORDS:
        return PAST
    if len(low) > 4 and low.endswith("ed") and low not in _NOT_PAST:
        return PAST
    return UNKNOWN


_LEADING_SIGNAL = re.compile(
    r"(?i)(?:as\s+(?:early|soon|late)\s+as|until|till|by|since|before|after|from|on|in)\s+"
)


def _clause_start(before: list[str]) -> int:
    """Where the date's clause starts among the words before it."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _CLAUSE_WORDS:
            return i + 1
    return 0


def tense_at(text: str, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the date at ``text[start:end]``."""
    lead = _LEADING_SIGNAL.match(text, start, end)
    if lead is not None:  # "as early as Tuesday" kept whole: its signal is read as before it
        start = lead.end()
    before = _TOKEN.findall(text[max(0, start - REACH) : start].lower())
    for i in range(len(before) - 1, -1, -1):
        if before[i][0] in _ENDS:
            before = before[i + 1 :]
            break
    after: list[str] = []
    for token in _TOKEN.findall(text[end : end + REACH].lower()):
        if token[0] in _ENDS:
            break
        after.append(token)
    # 0. a pluperfect in the clause: "had been due to expire Friday", "Until Thursday, they
    # had not called him a suspect"
    if "had" in before[_clause_start(before) :] or "had" in after[:4]:
        return PAST
    # 1. the words just before the date
    tail = " ".join(before[-3:])
    if tail.endswith(_AHEAD_SIGNALS) or tail.endswith(tuple(s + " on" for s in _AHEAD_SIGNALS)):
        return FUTURE
    if tail.endswith(_BACK_SIGNALS) or tail.endswith(tuple(s + " on" for s in _BACK_SIGNALS)):
        return PAST
    # 2. a future auxiliary in the date's clause
    words = before[_clause_start(before) :]
    for i, word in enumerate(words):
        if word in _AUXILIARIES or word.endswith("'ll"):
            return FUTURE
        if (
            word in _TO_VERBS
            and i + 2 < len(words)
            and words[i + 1] == "to"
            and words[i + 2] not in ("the", "a", "an")
        ):
            return FUTURE
    # 3. the verb nearest the date
    for distance, word in enumerate(reversed(before)):
        found = _cue(word)
        if found:
            for later in after[:distance]:
                if _cue(later):
                    return _cue(later)
            return found
    for later in after:
        found = _cue(later)
        if found:
            return found
    return UNKNOWN
