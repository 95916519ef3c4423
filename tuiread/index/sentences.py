"""Sentence boundaries of an article, for the timeline ("the sentence a date dates").

A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets go with it) before
white space and a capital, digit or opening quote, and at every line break. A full stop
after a title or a single initial ("Mr.", "U.S.", "J. Smith") does not end one. A run of
text without any boundary is cut into windows, so one sentence is never the whole article.
"""

from __future__ import annotations

import bisect
import re

MAX_SENTENCE = 600  # characters; longer runs are windows of this size

_END = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[A-Z0-9À-Ý])|\n+""")
_ABBREVIATION_WORDS = """mr mrs ms dr prof sr jr st gen sen rep gov lt col capt cmdr sgt maj adm rev hon
    pres supt det insp no nos vs etc inc corp co ltd bros dept univ est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ft mt"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of a title, an initial or an abbreviation?"""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if "." in word:
        return True  # "U.S." / "a.m."
    return word.lower() in _ABBREVIATIONS


def sentence_starts(text: str) -> list[int]:
    """The offset where each sentence of ``text`` starts (the first is 0), in order."""
    starts = [0]
    for match in _END.finditer(text):
        if match.group(0)[0] == "." and _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        while end < len(text) and text[end].isspace():
            end += 1
        if end > starts[-1]:
            starts.append(end)
    return starts


class Sentences:
    """Finds the sentence around any offset of one text (boundaries computed once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = sentence_starts(text)

    def around(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset``, trimmed of white space."""
        text = self.text
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[max(0, i)]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(text)
        if end - start > MAX_SENTENCE:
            half = MAX_SENTENCE // 2
            start = max(start, offset - half)
            end = min(end, start + MAX_SENTENCE)
            start, end = _snap(text, start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a window's ends to word boundaries (a space within 30 characters)."""
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, start + 30)
        if space >= 0:
            start = space + 1
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", max(start, end - 30), end)
        if space >= 0:
            end = space
    return start, end
