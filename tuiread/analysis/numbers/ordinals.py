"""An article and an ordinal word: the ordinal of a noun ("a fifth consecutive quarter",
"a fourth U.S. carrier") or a fraction ("a fifth of the cost", "cut by a third")."""

from __future__ import annotations

import re

from .. import compiled
from .lexicon import ORDINALS
from .unit_sense import nth_after_scoring_verb

# words that follow a fraction, not an ordinal: "a fifth of", "a third more", "by a third
# in May", "a fifth were": prepositions, determiners, conjunctions, comparatives, auxiliaries
_AFTER_FRACTION = frozenset(
    """of more less fewer as than the a an to in on at by from for with into over under
    since and or but nor that which who whom what when while where if so then there here
    this these those his her its their our my your some all each every any was were is are
    be been being has have had will would can could may might must should shall do did does
    said say says per percent cent off up down out again also only just about around almost
    nearly roughly earlier later higher lower""".split()  # noqa: SIM905
)
# words before "a fifth" that measure it: "by a third", "over a fifth", "nearly a tenth"
_BEFORE_FRACTION = compiled.compile(
    r"\b(?:by|over|under|nearly|almost|about|around|roughly|than|least|most|some|just|only"
    r"|up|down|cut|half)[ \u00a0]+$",
    re.I,
)


_WORD_AFTER = compiled.compile(r"[ \u00a0]([A-Za-z]+)(?![\w'-])")


def ordinal_before_noun(t: str, text: str, end: int, start: int = -1) -> int:
    """Where the ordinal starts in "a fifth" when it is one: "a fifth consecutive quarter",
    "a third term", "a fourth U.S. carrier" (an article, an ordinal, then the word it orders,
    a name's capital too when the ordinal is in lower case) rather than "a fifth of
    the cost", "cut by a third", "a third voted" (a fraction: a word of grammar, a past
    verb or nothing after it; a measuring word before it: "by over a third"). -1 when
    ``t`` is a fraction."""
    toks = t.lower().split()
    if len(toks) != 2 or toks[0] not in ("a", "an") or toks[1] not in ORDINALS:
        return -1
    if nth_after_scoring_verb(text, start, end):
        return len(t) - len(t.split()[-1])  # "added a third": the third goal
    m = _WORD_AFTER.match(text, end)  # (none after "a fifth," / "a fifth.")
    if m is None:
        return -1
    w = m.group(1)  # (a headline's "Cuts A Third Of Jobs" is a fraction, "a fourth U.S. ship" no)
    if (
        w.lower() in _AFTER_FRACTION
        or w[0].isupper()
        and not t[-1].islower()
        or w.endswith(("ed", "ly"))
    ):
        return -1
    if start > 0 and _BEFORE_FRACTION.search(text, max(0, start - 12), start):
        return -1
    return len(t) - len(t.split()[-1])
