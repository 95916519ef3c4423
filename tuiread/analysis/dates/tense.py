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
# prepositions that set a bound: they look ahead unless the verb they go with is past
# ("talks could run into Tuesday", "the road stays shut until Monday", but "talks ran into
# Tuesday", "they worked until Monday")
_BOUND_SIGNALS = frozenset(("by", "until", "till", "into", "through"))
# verbs of saying: they take a clause, never a bound ("said the road stays shut until Monday")
_REPORTING = frozenset(
    "said told says added announced confirmed warned stated insisted reported".split()  # noqa: SIM905
)
# copulas after which a past participle is a state, not a past ("remains closed until")
_STATE_BE = frozenset(
    "is are am isn't aren't be being remain remains stay stays stayed remained".split()  # noqa: SIM905
)
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
    window = window[_quote_opened(window) :]
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
    if _present_fixture(before):
        return FUTURE
    # 2. a future auxiliary in the date's clause
    if _future_in(clause):
        return FUTURE
    if _after_bound(before, text[start : start + 6].lower()):
        return _bounded(before, clause, after)
    if _scheduled(clause):
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


def _quote_opened(window: str) -> int:
    """Where a quotation the date stands in opens in ``window`` (0: none): 'Infineon said:
    "We see no recovery before the summer"' is told in the tense of the quote, not of the
    verb that reports it."""
    k = max(window.rfind("“"), window.rfind(' "'), window.rfind(':"'))
    if k < 0 or "”" in window[k:] or window.count('"', k + 2) > 0:
        return 0
    return k + 1


def _future_in(clause: list[str]) -> bool:
    """Whether the clause holds a future auxiliary ("will", "'ll") or a verb of intent
    before "to" and a verb ("is expected to run", "plans to open")."""
    for i, word in enumerate(clause):
        if word in _AUXILIARIES or word.endswith("'ll"):
            return True
        if (
            word in _TO_VERBS
            and i + 2 < len(clause)
            and clause[i + 1] == "to"
            and clause[i + 2] not in ("the", "a", "an")
        ):
            return True
    return False


def _present_fixture(before: list[str]) -> bool:
    """The date is what a present "is" or "are" states, with "on" or not ("The funeral is
    on Friday", "The deadline is Friday"): news states a fixture in the present, and
    what is past in the past ("was on Friday")."""
    if not before:
        return False
    if before[-1] == "on":
        return len(before) > 1 and before[-2] in _PRESENT_BE
    return before[-1] in _PRESENT_BE


def _after_bound(before: list[str], head: str) -> bool:
    """The date follows a bound: "until Monday", "by the end of Friday" (a span that
    starts at "end", ``head`` its first characters; "by the Tuesday deadline" is a
    deadline's day, told in the tense of its verb)."""
    if not before:
        return False
    if before[-1] in _BOUND_SIGNALS:
        return True
    return (
        len(before) > 1
        and before[-1] == "the"
        and before[-2] in _BOUND_SIGNALS
        and head.startswith(("end ", "close ", "middle"))
    )


def _bounded(before: list[str], clause: list[str], after: list[str]) -> int:
    """The tense of a date after a bound ("by", "until", "into", "through"): a bound set in
    the past is told with a past verb in its own clause ("they worked until Monday", "talks
    ran into Tuesday", "it was not until Tuesday that ..."; with the date first, the verb
    after it: "By Monday, officials had hardened"); else it looks ahead, whatever the verb
    ("talks continue into Tuesday", "services remain suspended until Monday"), and a
    future further back in the sentence still governs it ("will double its flights between
    Australia and India by August"). A verb of saying is not the bound's verb ("said the
    road stays shut until Monday"); a participle after a copula is a state ("remains
    closed"); a verb of putting off sets a bound beyond its own time ("postponed until
    Tuesday", "extended the deadline until Friday"), and one of expecting looks ahead to it
    ("Deal expected by Friday")."""
    found = _verb_of_bound(clause)
    if found:
        return found
    if _future_in(before) or any(_cue(word) == FUTURE for word in before):
        return FUTURE
    lead = [word for word in clause[:-1] if word not in _REPORTING and word != "that"]
    if len(lead) <= 2:  # the date leads its clause ("By Monday, officials had"): the verb after
        for k in range(len(after)):
            if after[k] not in _REPORTING and (found := _cue_at(after, k)):
                return found
    return FUTURE


# verbs of putting off: the bound they set lies after the act ("postponed until Tuesday")
_DEFERRING = frozenset(
    """postpone postponed postpones delay delayed delays defer deferred defers adjourn
    adjourned adjourns extend extended extends push pushed put suspend suspended suspends
    reschedule rescheduled""".split()  # noqa: SIM905
)


# participles of expectation: what they expect by a bound is still to come ("Deal expected
# by Friday", "a ruling due by Monday")
_EXPECTING = frozenset(
    "expected scheduled planned due promised pledged slated forecast predicted".split()  # noqa: SIM905
)


_SCHEDULED = frozenset(("due", "scheduled", "slated", "expected"))
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been"))


def _scheduled(clause: list[str]) -> bool:
    """ "was due in Moscow on Thursday", "is scheduled to land on Friday", "were expected in
    Brussels on Monday": a form of "be" and a participle of schedule in the date's clause say
    the date is still to come when the story was written, whatever the tense of "be"."""
    if _SCHEDULED.isdisjoint(clause):
        return False  # (most clauses: one set test in C)
    return any(
        word in _SCHEDULED and i > 0 and clause[i - 1] in _BE_FORMS for i, word in enumerate(clause)
    )


def _verb_of_bound(clause: list[str]) -> int:
    """The tense of the verb nearest before a bound in its clause (the last word), as
    ``_bounded`` reads it; UNKNOWN when none."""
    for i in range(len(clause) - 2, -1, -1):
        word = clause[i]
        if word in _REPORTING:
            continue
        if word in _DEFERRING or word in _EXPECTING:
            return FUTURE
        found = _cue_at(clause, i)
        if found and _state_after_verb(clause, i, found):
            continue  # "remains closed", "stayed open": a state after its verb
        if found:
            return found
    return UNKNOWN


def _state_after_verb(clause: list[str], i: int, found: int) -> bool:
    """Whether ``clause[i]`` is a participle or an adjective after a copula or a past verb
    ("remains closed", "stayed open"), which marks no tense of its own."""
    if i == 0 or not (clause[i - 1] in _STATE_BE or _cue(clause[i - 1]) == PAST):
        return False
    if found == PAST:
        return clause[i].endswith("ed")
    return schedule_verb(clause, i)
