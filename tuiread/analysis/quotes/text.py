"""Small readers of the text every quote rule shares: words with their offsets, lines,
and the shape of a quoted run. Each looks a bounded distance around a position, never over
the whole text, so no rule can turn quadratic on text without spaces or line breaks.
"""

from __future__ import annotations

from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_HEADS,
    PREPOSITIONS,
    PUNCT,
    STOP_CAPS,
    TITLES,
    WORDS,
)

PARA_MAX = 20_000  # how far back or on a paragraph boundary is looked for


def word_start(text: str, end: int, reach: int) -> int:
    """Start of the word ending at ``end``, looked for at most ``reach`` back (a run with no
    space must not turn into a slice of the whole text before it)."""
    lo = max(0, end - reach)
    return max(text.rfind(" ", lo, end), lo - 1) + 1


def line_start(text: str, pos: int) -> int:
    """Start of the line (paragraph) holding ``pos``, looked for at most PARA_MAX back: text
    without line breaks must not make every quote scan back to the beginning."""
    lo = max(0, pos - PARA_MAX)
    k = text.rfind("\n", lo, pos)
    return k + 1 if k >= 0 else lo


SPACES_TO_SPACE = str.maketrans("\t\n\r\f\v\u00a0\u2028\u2029\u3000", "         ")


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the whitespace-separated words of ``text[lo:hi]``: ``str.split`` on
    single spaces (same-length translation of other spaces keeps offsets exact)."""
    out = []
    pos = lo
    for part in text[lo:hi].translate(SPACES_TO_SPACE).split(" "):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def is_abbrev(word: str) -> bool:
    return len(word) <= 3 and word[:1].isupper() or word in TITLES


def sentence_like(inner: str) -> bool:
    """Quoted words that stand as a sentence of their own: "Neither do I." """
    inner = inner.rstrip()
    return inner[:1].isupper() and inner[-1:] in ".?!,"


def reach(text: str, verb_end: int, qs: int) -> int:
    """Words between a speech verb (or the "that" after it) and a quoted fragment, not
    counting articles and auxiliaries; a name counts once ("the South Korean authorities
    would": 2)."""
    gap = text[verb_end:qs]
    k = max(gap.rfind(w) for w in CLAUSE_HEADS)
    if k >= 0:
        gap = gap[k + 1 :].split(" ", 1)[-1]
    n = 0
    cap = False
    for w in gap.split():
        if w.lower() in ARTICLES or w in AUXILIARIES or not w.strip(PUNCT + "—–-"):
            continue
        if not (cap and w[0].isupper()):
            n += 1
        cap = w[0].isupper()
    return n


def name_slot(last: str) -> bool:
    """The word before a quote leaves room only for a name: a preposition, an article, a
    possessive ("CBS's "Face the Nation"") or a first name ("Dwayne "The Rock" Johnson")."""
    return (
        last.lower() in PREPOSITIONS
        or last.lower() in ARTICLES
        or last.endswith(("'s", "’s"))
        or (last[:1].isupper() and last.isalpha() and last not in STOP_CAPS)
    )


def title_case(inner: str) -> bool:
    words = WORDS.findall(inner)
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or w.isdigit() for w in words)
