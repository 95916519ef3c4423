""" "The" that is part of a name: "told The Guardian", "wrote in The Atlantic", "at The Oval".

English writes the article in lower case inside a sentence ("the BBC", "the Senate"); a
capital "The" there belongs to the name that follows: a newspaper's, a magazine's, a
company's ("and The Walt Disney Co"), a ground's. CoNLL-2003 keeps such a "The" inside the
name in 24 of the 25 cases of its training and dev files (the one exception a tokenising
slip), and OntoNotes does the same for titles and newspapers ("The New York Times").

``the_in_names``: a span right after a capital "The" that does not open its sentence (a
word in lower case before it, perhaps ending in a comma or semicolon, then one space) takes
the "The" (not after a colon: "In other developments: The Pentagon said"; not in a title-case
heading, whose every word opens with a capital). The same name opening a sentence ("The Guardian said ...") takes it too when
the article has written it so inside a sentence: a sentence's opening "The" says nothing on
its own ("The SEC said": CoNLL leaves it out). People and nationalities never take it, but
for one of a people in the singular, which is a newspaper ("told The Australian"); that and
a region or a sea that takes it are titles ("wrote in The Atlantic"): ORG.

Cost: str.find of "The " over the text; for each one before a capital, a bisection of the
spans' starts.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from tuiread.model import Span

_NOT_WITH_THE = frozenset(("PERSON", "NORP"))
_BEFORE_MID = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;")
_LOWER_START = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
RULE = "articles:the-in-name"
# prepositions that open a sentence before a name with its "The" ("In The Atlantic, she
# wrote"): the article after them is the name's, as after a word in lower case
_OPENING_PREPOSITIONS = frozenset(("In", "For", "To", "From", "With", "According"))
_START = attrgetter("start")


def the_in_names(text: str, spans: list[Span], rules: list[str]) -> None:
    """Widen, in place, each span over a "The" that is part of its name (see the module
    docstring)."""
    if not spans:
        return
    starts: list[int] | None = None
    named: set[str] = set()
    opening: list[int] = []
    find = text.find
    the = find("The ")  # str.find: a fast search; a few dozen per article
    while the >= 0:
        s = the + 4
        if text[s : s + 1].isupper() and not (the and text[the - 1].isalnum()):
            if starts is None:
                starts = list(map(_START, spans))
            k = bisect_left(starts, s)
            if (
                k < len(spans)
                and starts[k] == s
                and (spans[k].label not in _NOT_WITH_THE or _newspaper(spans[k]))
                and not (k and spans[k - 1].end > the)  # a "The" inside the name before
            ):
                if inside_sentence(text, the):
                    named.add(spans[k].text)
                    _widen(text, spans, rules, k)
                    starts[k] = the
                else:
                    opening.append(k)
        the = find("The ", s)
    for k in opening:
        if spans[k].text in named:
            _widen(text, spans, rules, k)


def _newspaper(span: Span) -> bool:
    """ "The New Yorker", "The Australian", "The Scotsman": one of a people, in the singular,
    after a capital "The" inside a sentence, is a newspaper's or a magazine's name."""
    return span.label == "NORP" and not span.text.endswith("s")


def inside_sentence(text: str, s: int) -> bool:
    """Does the word at ``s`` follow, after one space, a word in lower case ("told", "in",
    "said,")? Not a sentence's or a clause's opening after a colon, nor a title-case
    heading's word ("Explores The Evolution Of The U.S.")."""
    if s < 2 or text[s - 1] != " ":
        return False
    k = text.rfind(" ", max(0, s - 40), s - 1)
    word = text[k + 1 : s - 1] if k >= 0 else text[max(0, s - 40) : s - 1]
    if word in _OPENING_PREPOSITIONS:
        return True  # "In The New Yorker's profile": a preposition opened the sentence
    return bool(word) and word[0] in _LOWER_START and word[-1] in _BEFORE_MID


def _widen(text: str, spans: list[Span], rules: list[str], k: int) -> None:
    sp = spans[k]
    s = sp.start - 4
    # "wrote in The Atlantic": not the ocean, a magazine; "told The Australian": a newspaper,
    # no people; "of The Netherlands" stays a country
    t = text[s : sp.end]
    if sp.label == "LOC" or sp.label == "NORP":
        spans[k] = Span(sp.kind, "ORG", s, sp.end, t, t)  # another entity than the ocean
    else:
        spans[k] = Span(sp.kind, sp.label, s, sp.end, t, sp.value)
    rules[k] = RULE
