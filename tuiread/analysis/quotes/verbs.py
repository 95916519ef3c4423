"""The speech verbs of a text, used as verbs: "said", "told", "according to", "quoted as
saying", found once per text, skipping the words used as nouns ("the following comment",
"his call", "a Fox News report") and the words inside quotations, which are someone's speech,
not the narration's. Rule 3 (:mod:`.attribution`) reads each quote's attribution from them.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from .lexicon import ARTICLES, AUXILIARIES, DETERMINERS, NOUN_MARKERS, PREPOSITIONS, VERB_RE
from .text import QuotedRuns


class Verb(NamedTuple):
    """A speech verb or phrase in the text: "said", "according to", "quoted as saying"."""

    start: int
    end: int
    word: str


class SpeechVerbs:
    """The speech verbs of one text used as verbs, found once: quotes are attributed in text
    order, so the stretch before each quote is scanned from where the last scan stopped,
    however many quotes share a sentence. Verbs inside quoted runs are someone's speech,
    not the narration's, and are left out."""

    __slots__ = ("text", "runs", "lo", "hi", "found", "starts")

    def __init__(self, text: str, runs: QuotedRuns) -> None:
        self.text = text
        self.runs = runs
        self.lo = self.hi = 0
        self.found: list[Verb] = []
        self.starts: list[int] = []

    def between(self, lo: int, hi: int) -> list[Verb]:
        """The verbs wholly inside ``lo..hi``, last first."""
        if lo < self.lo or lo > self.hi:
            self.lo = self.hi = lo  # not next to what was read: start again here
            self.found, self.starts = [], []
        if hi > self.hi:
            for m in VERB_RE.finditer(self.text, self.hi, hi):
                verb = Verb(m.start(), m.end(), m.group())
                if not self._noun_or_quoted(verb):
                    self.found.append(verb)
                    self.starts.append(verb.start)
            self.hi = hi
        i = bisect_left(self.starts, lo)
        j = bisect_left(self.starts, hi)
        return [v for v in reversed(self.found[i:j]) if v.end <= hi]

    def _noun_or_quoted(self, verb: Verb) -> bool:
        text = self.text
        vs = verb.start
        if vs and text[vs - 1] in "-‐–" or self.runs.inside(vs):
            return True  # "so-called"; a word inside a quote
        before = text[max(0, vs - 40) : vs].split()  # the word before, across a line break
        if _noun_use(verb, before[-1] if before else ""):
            return True
        if _named_thing(verb, before):
            return True
        # a word that can be a noun with a verb of its own right after: "Kim's mental
        # state is", "the report was" (not a past form: "what he said is")
        if verb.word.endswith("ed") or verb.word in _PAST:
            return False
        nxt = text[verb.end + 1 : verb.end + 8].split(" ", 1)[0]
        return text[verb.end : verb.end + 1] == " " and nxt in AUXILIARIES


_PAST = frozenset(("said", "told", "wrote", "thought", "sang", "says"))
# Adjectives that describe a statement, never a speaker: the speech word after one is a
# noun ("made the following comment:", "issued a brief statement", "in a joint statement");
# not the counts and quantifiers of NOUN_MARKERS, which can be a subject ("most say").
_ADJECTIVES_OF_SPEECH = frozenset(
    """
    following brief short lengthy terse written prepared joint official formal recent
    latest earlier previous angry public private
    """.split()  # noqa: SIM905
)
_COUNTS = frozenset(("two", "three", "several", "many", "some"))


# Words whose "'s" is "is" or "has", not a possessive: "He's claiming", "who's calling".
_CONTRACTED = frozenset(("he", "she", "it", "that", "who", "there", "what"))


def _noun_use(verb: Verb, before: str) -> bool:
    """The word before makes the verb a noun: "the following comment", "his call", "of
    tweets", "late-night tweets", "recent claims", "two reports"."""
    low = before.lower()
    word = verb.word
    if low in _COUNTS and (word.endswith("ed") or word in _PAST):
        return False  # "the mother of three replied": a count ends a noun phrase
    return (
        (low in DETERMINERS and low not in ("that", "one"))
        or (low in PREPOSITIONS and low != "to" and not word.endswith("ing"))
        or (low.endswith(("'s", "’s")) and low[:-2] not in _CONTRACTED)
        or (low in _ADJECTIVES_OF_SPEECH and not word.endswith("ed") and word not in _PAST)
        or (
            word[-1] == "s"
            and (low in NOUN_MARKERS or ("-" in low and low.islower()) or low.isdigit())
        )
    )


def _named_thing(verb: Verb, before: list[str]) -> bool:
    """A determiner and one or two capitalised words before a present form make it a
    noun: "in a Telegram post that", "his Truth Social post", "a Fox News report" (the
    capitalised words would otherwise be read as its subject)."""
    word = verb.word
    if word.endswith(("ed", "ing")) or word in _PAST:
        return False
    for n in (2, 3):
        if len(before) < n or before[-n].lower() not in ARTICLES:
            continue
        if all(w[:1].isupper() and w[-1].isalnum() for w in before[-n + 1 :]):
            return True
    return False
