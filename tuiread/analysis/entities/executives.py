"""Governments named by their people or place: "the Scottish Government", "the Welsh
Government", "the Northern Ireland Executive", "the Greater London Authority".

``government_names``: a nationality or a place right before a capitalised word of
government ("Government", "Executive", "Assembly", "Authority") inside a sentence is the
name of that body, one ORG, not the nationality and a common word: a devolved or regional
government writes its own name with a capital ("the Scottish Government said"). Not in a
title-case heading, where every word takes a capital ("Scottish Government Backs Plan"):
a capitalised word right after the government's word says so. Run over the finished spans
(looked at in the pass of ``codes.tidy_codes``).
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

# the capitalised words of government that follow a people's or a place's name
_AFTER = compiled.compile(r" (?:Government|Executive|Assembly|Authority)\b(?! [A-Z])")
OWNERS = frozenset(("NORP", "GPE"))
# the first two letters of those words: the test made before the regex
GOVERNMENT_STARTS = frozenset(("Go", "Ex", "As", "Au"))


def government_end(text: str, sp: Span) -> int:
    """The end of the government the NORP or GPE ``sp`` names with a word of government
    after it (see the module docstring), or -1. ``codes.tidy_codes`` asks for the NORP and
    GPE spans before a capital."""
    m = _AFTER.match(text, sp.end)
    return -1 if m is None else m.end()


# "Sen. Ron Johnson, R-Wis., said", "Rep. Jane Doe (D-N.Y.)": a party's initial and a
# state after a lawmaker's name; the cheap test is one of these strings in the text
PARTY_TAG_CUES = ("R-", "D-")
# a two-character cue is found faster by the regex engine's literal search than by ``in``
_R_TAG = compiled.compile("R-").search
_D_TAG = compiled.compile("D-").search


def party_tag_cue(text: str) -> bool:
    """Does ``text`` hold one of ``PARTY_TAG_CUES``? (``party_state_tags`` is asked only
    then.)"""
    return _R_TAG(text) is not None or _D_TAG(text) is not None


_PARTY_TAG = compiled.compile(r"[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?(?=[,)]|\.\s|$)")


def party_state_tags(
    text: str, spans: list[Span], rules: list[str]
) -> tuple[list[Span], list[str]]:
    """ "R-Wis.", "D-N.Y.", "R-S.C.": the party and the state a lawmaker sits for, written
    after the name, is an abbreviation of the name's description, not a place or a body of
    its own (the run rules made "R-Wis" an ORG and "D-N" a place): dropped. Only after a
    comma or an opening parenthesis."""
    keep = [
        k
        for k, sp in enumerate(spans)
        if not (
            sp.text[1:2] == "-"
            and text[sp.start - 1 : sp.start] in _TAG_BEFORE
            and _PARTY_TAG.match(text, sp.start) is not None
        )
    ]
    if len(keep) == len(spans):
        return spans, rules
    return [spans[k] for k in keep], [rules[k] for k in keep]


_TAG_BEFORE = frozenset(("(", " "))
