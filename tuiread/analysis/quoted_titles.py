"""Names inside a quoted title: the title of a work, not the names its words make.

The quotation rules read some quoted runs as titles rather than speech (a Title Case run
after a preposition, an article or a possessive, or the subject of a verb that reports no
speech: 'won best actor for "The Brutalist"', '"Wicked" won two awards', 'CBS's "Face
the Nation"'). The entity rules, which read capitals, may have found a name inside one
("Brutalist" an ORG, "Nation" a place); the title is then one WORK_OF_ART, and the names
inside it go.
"""

from __future__ import annotations

from tuiread.model import Span

from .entities.lexicon import FIRST_NAMES
from .trace import Trace

RULE = "quotes:title-of-a-work"
_DOUBLE_OPENERS = frozenset('"“')
_MAX_WORDS = 8
# what a name found whole inside the marks stays: a body, an event, a law, a building or a
# product named in full is no title; a person's or a place's name in quotes is one ('CBS's
# "Morning Joe"', '"Michael Collins"')
_NAMED = frozenset(("ORG", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"))


def names_inside_titles(
    entities: list[Span], titles: list[tuple[int, int]], text: str, trace: Trace | None
) -> list[Span]:
    """``entities`` with each name that lies inside a quoted title in double marks given
    way to the title (a WORK_OF_ART over the words between the marks, a trailing comma or
    full stop left out). A title no name lies in is left alone (the words alone may be a
    slogan's), and so is one a name runs across (a nickname inside a person's name), one
    of more than eight words, a nickname (``_nickname``), and one inside a headline, where every word is capitalised
    and a quoted word is as often a scare quote ('Trump As A "Disgusting Fraud"'). The same
    words in quotation marks elsewhere are the title too (``_retitled``)."""
    out = entities
    named: set[str] = set()
    for qs, qe in titles:
        if text[qs] not in _DOUBLE_OPENERS or not _after_prose(text, qs):
            continue
        s = qs + 1
        e = qe - 1 if text[qe - 1 : qe] in '"”' else qe
        while s < e and text[s] == " ":
            s += 1  # '" On the Waterfront "': archive copy spaces its marks
        while e > s and text[e - 1] in ",.!?; ":
            e -= 1
        inner = text[s:e]
        if not inner or inner.count(" ") >= _MAX_WORDS or _nickname(text, inner, qe):
            continue
        inside = [k for k, sp in enumerate(out) if sp.end > s and sp.start < e]
        if not inside or any(out[k].start < s or out[k].end > e for k in inside):
            continue
        whole = out[inside[0]]
        if len(inside) == 1 and whole.start == s and whole.end == e and whole.label in _NAMED:
            continue  # '"Commander-in-Chief Forum"': a body or an event named in full
        if trace is not None:
            for k in inside:
                sp = out[k]
                trace.rejected("entity", text, sp.start, sp.end, RULE, f"inside {inner!r}")
            trace.kept("entity", text, s, e, RULE, f"WORK_OF_ART {inner!r}")
        title = Span("entity", "WORK_OF_ART", s, e, inner, inner)
        out = [*out[: inside[0]], title, *out[inside[-1] + 1 :]]
        named.add(inner)
    if named:
        out = [_retitled(sp, text) if sp.text in named else sp for sp in out]
    return out


def _retitled(sp: Span, text: str) -> Span:
    """The same title in quotation marks elsewhere in the story, where the quotation rules
    read it as speech ('"Anora," Sean Baker's comedy-drama'): the title too."""
    if sp.label == "WORK_OF_ART" or text[sp.start - 1 : sp.start] not in _DOUBLE_OPENERS:
        return sp
    return Span("entity", "WORK_OF_ART", sp.start, sp.end, sp.text, sp.text)


def _nickname(text: str, inner: str, qe: int) -> bool:
    """One word, a given name or a name's word before the next capital: 'Robert C. "Bobby"
    Scott', chants of "Bobby!": a person's nickname, no title."""
    return " " not in inner and (inner in FIRST_NAMES or text[qe + 1 : qe + 2].isupper())


def _after_prose(text: str, qs: int) -> bool:
    """Is the word before the opening mark at ``qs`` one of prose: none (a sentence's or a
    line's start), a word in lower case or a possessive ("CBS's")? In a headline it is
    capitalised."""
    line = text.rfind("\n", 0, qs) + 1
    before = text[max(line, qs - 40) : qs].rstrip()
    if not before or before[-1] in ".!?:;—–-(":
        return True
    word = before.rsplit(" ", 1)[-1]
    return word[:1].islower() or word.endswith(("'s", "’s", "s'", "s’"))
