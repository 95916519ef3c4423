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
    # a day something is put down for lies ahead of the act that put it there ("a hearing
    # listed for June 22", "a vote pencilled in for Thursday")
    "listed for",
    "slated for",
    "fixed for",
    "booked for",
    "earmarked for",
    "pencilled in for",
    "penciled in for",
    "forecast for",
    # what a market or a city waits for is still to come ("ahead of Friday's jobs report",
    # "investors are waiting for Friday's figures", "the run-up to Wednesday's budget")
    "ahead of",
    "awaiting",
    "waiting for",
    "run up to",
    "lead up to",
    "build up to",
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
        # a vote, a pledge or a proposal to act: the act comes after it ("voted to raise
        # council tax from April", "pledged to cut waiting lists by March")
        "voted",
        "votes",
        "pledged",
        "pledges",
        "vowed",
        "vows",
        "proposed",
        "proposes",
        "aims",
        "aimed",
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
# "Friday's close", "a strong end"),
# an infinitive or a negated past ("failed to play", "did not meet")
_NOT_SCHEDULE_BEFORE = frozenset(
    """the a an his her its their our my your this that first last next to not did didn't
    never 's ’s strong weak good bad poor slow fast early late final big record solid
    bright quiet""".split()  # noqa: SIM905
) | frozenset(  # a measure of a run before the noun: "a 149-date run", "a three-week run"
    "date dates day days night nights week weeks month months year years show shows".split()  # noqa: SIM905
)
_COUNTS = frozenset("two three four five six seven eight nine ten dozen several many few".split())  # noqa: SIM905
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
    "the play"), a measure ("a 149-date run") or a count ("by 79 runs"), "to" or a negation
    ("failed to play", "did not meet")."""
    if words[i] not in _SCHEDULE_VERBS:
        return False
    if i == 0:
        return True
    prev = words[i - 1]
    # a count before it makes it a noun: "by 79 runs", "two starts", "three goes"
    return prev not in _NOT_SCHEDULE_BEFORE and not prev[0].isdigit() and prev not in _COUNTS


_PRESENT_BE = frozenset(("is", "are", "am", "isn't", "aren't"))


def _cue_at(words: list[str], i: int, schedule: bool = True) -> int:
    """The tense ``words[i]`` marks in its place: a schedule verb looks ahead (only before
    the date: "who play Brighton on Sunday"; after it the word is rarely the date's verb:
    "flights on Thursday, disrupting travel"); a past participle after a present "is" or
    "are" is a passive in the present ("when the case is heard in May"), which marks no
    past."""
    if schedule and schedule_verb(words, i):
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
    if split == len(window):  # "finished before winter", "on Tuesday night and Wednesday
        # morning": the date's own word, or a link to a date before it, is no clause mark
        split = _last(window[:-1].rstrip(" ,"), _CLAUSE_MARKS_BACKWARDS)
    clause = _words(window[split:]) if split else before
    following = _within_quote(window, text[end : end + REACH].lower())
    sentence_end = _SENTENCE_END.search(following)  # (the first one after the date)
    stop = -1 if sentence_end is None else sentence_end.start()
    after = _words(following[:stop] if stop != -1 else following)[:_AFTER_WORDS]
    # 0. a pluperfect in the clause: "had been due to expire Friday", "Until Thursday, they
    # had not called him a suspect"
    if ("had" in clause or "had" in after[:4]) and not _future_in_past(clause):
        return PAST
    # 1. the words just before the date
    tail = " ".join(before[-3:])
    if tail.endswith(_AHEAD_TAILS) and not _compared_expectation(before):
        return FUTURE
    if tail.endswith(_BACK_TAILS):
        return PAST
    if _present_fixture(before):
        return FUTURE
    # 2. a future auxiliary in the date's clause, or what a speaker foresaw
    if _future_in(clause) or _foreseen(before):
        return FUTURE
    if _after_bound(before, text[start : start + 6].lower()):
        return _bounded(before, clause, after)
    if _scheduled(clause):
        return FUTURE
    # 3. the verb nearest the date
    last = len(before) - 1
    for distance in range(len(before)):
        found = _cue_at(before, last - distance)
        if found and _verb_then_preposition(before, distance):
            return found  # "bans imposed in July would stay": the date is the participle's
        if found:
            for k in range(min(distance, len(after))):
                nearer = _cue_at(after, k, schedule=False)
                if nearer:
                    return nearer
            return found
    for k in range(len(after)):
        found = _cue_at(after, k, schedule=False)
        if found:
            return found
    return UNKNOWN


def _compared_expectation(before: list[str]) -> bool:
    """ "expected" just before the date in a comparison: "sales rose more than expected on
    Friday", "as expected on Friday" tell of a day gone, not one to come."""
    k = len(before) - 1
    if k >= 0 and before[k] == "on":
        k -= 1
    return k >= 1 and before[k] == "expected" and before[k - 1] in ("than", "as")


def _future_in_past(clause: list[str]) -> bool:
    """ "had assumed the cuts would be unwound by March": a "would" after the pluperfect
    tells what was then still to come, which the pluperfect does not set in the past."""
    k = clause.index("had") if "had" in clause else len(clause)
    return "would" in clause[k + 1 :]


_DATE_PREPOSITIONS = frozenset(("in", "on", "during", "since"))


def _verb_then_preposition(before: list[str], distance: int) -> bool:
    """The verb found is right before the date's preposition ("imposed in July", "signed
    on Monday"): the date goes with it, whatever verb follows the date ("hosepipe bans
    imposed in July would stay in place")."""
    return distance == 1 and before[-1] in _DATE_PREPOSITIONS


def _quote_opened(window: str) -> int:
    """Where a quotation the date stands in opens in ``window`` (0: none): 'Infineon said:
    "We see no recovery before the summer"' is told in the tense of the quote, not of the
    verb that reports it."""
    k = max(window.rfind("“"), window.rfind(' "'), window.rfind(':"'))
    if k < 0 or "”" in window[k:] or window.count('"', k + 2) > 0:
        return 0
    return k + 1


def _within_quote(window: str, following: str) -> str:
    """The text after a date cut at the quotation mark that closes the quote the date
    stands in: '"Prices should ease in March," said the analyst' is told in the tense of
    the quote, not of the verb that reports it after the closing mark. A quote is open
    when its mark is in ``window`` (the sentence before the date) or, for one opened in an
    earlier sentence, when the mark after the date follows a comma or a full stop."""
    k = min((at for at in (following.find('"'), following.find("”")) if at != -1), default=-1)
    if k < 0:
        return following
    opened = _quote_opened(window) or window.count('"') % 2 == 1
    if opened or ('"' not in window and "“" not in window and k > 0 and following[k - 1] in ",.?!"):
        return following[:k]
    return following


def _future_in(clause: list[str]) -> bool:
    """Whether the clause holds a future auxiliary ("will", "'ll"), a verb of intent
    before "to" and a verb ("is expected to run", "plans to open"), or one with its
    object between ("expected the cap to fall")."""
    if _FUTURE_MARKERS.isdisjoint(clause) and "'ll" not in " ".join(clause):
        return False  # (most clauses: one set test and one substring test in C)
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
        if word in _WISHING and _intent_with_object(clause, i):
            return True
        if word in _PRESENT_BE and _expected_state(clause, i):
            return True
        if word in _AWAITED and _awaited(clause, i):
            return True
    return False


# participles of what is awaited, standing for a clause of their own: "with gusts of 90mph
# expected on Tuesday night", "the report, due on Friday"; not after a past auxiliary ("was
# expected on Tuesday") or in a comparison ("more than expected on Friday")
_AWAITED = frozenset(("expected", "due", "slated"))
_NOT_AWAITED_BEFORE = frozenset(
    "was were had been than as wasn't weren't hadn't 'd long".split()  # noqa: SIM905
)


def _awaited(clause: list[str], i: int) -> bool:
    """``clause[i]``, a participle of what is awaited, heads a clause of its own ("with
    gusts expected on exposed coasts on"): not after a past auxiliary or "than", and not
    a finite past right before the date ("Cuba expected Wednesday", the day it spoke)."""
    return (i == 0 or clause[i - 1] not in _NOT_AWAITED_BEFORE) and i < len(clause) - 1


# verbs that take an object and then "to" and a verb of what is wished or foreseen
_WISHING = frozenset(
    """expect expects expected expecting forecast forecasts predicted predict
    predicts voted votes pledged pledges vowed vows agreed decided promised""".split()  # noqa: SIM905
)


def _intent_with_object(clause: list[str], i: int) -> bool:
    """A verb of expecting with its object, then "to" and a verb: "said it expected the cap
    to fall in April", "expected the bank to cut rates in March", "voted on Thursday to
    raise council tax from April". What was expected or decided lies
    after the expecting, so a past verb of it still looks ahead; not when a past form
    comes later, nearer the date ("expects the court to lift the ban issued Thursday")."""
    for j in range(i + 2, min(i + 6, len(clause) - 1)):
        if clause[j] == "to":
            return (
                clause[j + 1] not in ("the", "a", "an")
                and not clause[j + 1].isdigit()
                and all(_cue(word) != PAST for word in clause[j + 2 :])
            )
    return False


# words after a present copula that look ahead: "Gusts are expected on Tuesday night",
# "Frost is likely on Thursday", "Heavy rain is forecast for Wednesday"
_EXPECTED_STATES = frozenset(
    "expected forecast predicted likely due set scheduled slated poised".split()  # noqa: SIM905
)


def _expected_state(clause: list[str], i: int) -> bool:
    """A present "is" or "are" before a word of expectation ("are expected", "is likely",
    "is forecast"), an adverb allowed between: what is expected now lies ahead."""
    for j in (i + 1, i + 2):
        if j < len(clause) and clause[j] in _EXPECTED_STATES:
            return j == i + 1 or clause[i + 1].endswith("ly")
    return False


# verbs of foreseeing: with "no" or "little" after them ("saw no recovery", "expected no
# rise"), they tell what was foreseen, not what happened
_FORESEEING = frozenset(
    """see sees saw seeing expect expects expected foresee foresees foresaw predict
    predicts predicted forecast forecasts anticipate anticipates anticipated""".split()  # noqa: SIM905
)
_NONE_SEEN = frozenset(("no", "little", "nothing", "few", "scant"))


def _foreseen(before: list[str]) -> bool:
    """A speaker reports what they foresee, the reporting verb putting it in the past:
    "said on Monday that it saw no recovery before the summer", "said it expected no rise
    in orders before the spring". Backshifted speech keeps its time from the day of
    saying, and a recovery seen to be absent until a date is one still awaited. The verb
    of saying must come first (so "the region saw no rain before the summer", a past
    event, is not read ahead; "that" opening the reported clause stands for it when the
    verb of saying lies further back), then the verb of foreseeing and "no" or "little".
    In the present the verb needs no verb of saying: "We see no rate cut before September"
    can only look ahead."""
    if _FORESEEING.isdisjoint(before):
        return False  # (most sentences: one set test in C)
    said = False
    for i, word in enumerate(before):
        foreseen = word in _FORESEEING and i + 1 < len(before) and before[i + 1] in _NONE_SEEN
        if foreseen and (said or word in _FORESEEING_NOW):
            return True
        said = said or word in _REPORTING or word == "that"
    return False


# every word one of ``_future_in``'s tests starts from (besides a word ending in "'ll")
_FUTURE_MARKERS = _AUXILIARIES | _TO_VERBS | _WISHING | _PRESENT_BE | _AWAITED

_FORESEEING_NOW = frozenset(
    "see sees expect expects foresee foresees predict predicts anticipate anticipates".split()  # noqa: SIM905
)


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
    """The date follows a bound: "until Monday", "by the end of Friday", "until the
    autumn" (a span that starts at "end" or a season, ``head`` its first characters; "by
    the Tuesday deadline" is a deadline's day, told in the tense of its verb)."""
    if not before:
        return False
    if before[-1] in _BOUND_SIGNALS:
        return True
    return (
        len(before) > 1
        and before[-1] == "the"
        and before[-2] in _BOUND_SIGNALS
        and head.startswith(("end ", "close ", "middle", "spring", "summer", "autumn", "winter"))
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
    if len(clause) <= 2 < len(before) and _verb_of_bound(before) == PAST:
        # a clause of one word was cut from a list ("warnings remained in place across
        # England, Wales and Scotland until Sunday"): the verb before the list sets the bound
        return PAST
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
