"""Small readers of the text every quote rule shares: words with their offsets, lines,
and the shape of a quoted run. Each looks a bounded distance around a position, never over
the whole text, so no rule can turn quadratic on text without spaces or line breaks.
"""

from __future__ import annotations

from bisect import bisect_right

from .. import compiled
from .lexicon import (
    ABBREVIATIONS,
    ARTICLES,
    PREPOSITIONS,
    SENT_END,
    SPACE,
    STOP_CAPS,
    TITLES,
    WORDS,
    WORKS,
)
from .records import Speaker

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
    """A word a full stop does not end a sentence after: "Sen", "U.S", "J", "Del"."""
    return len(word) <= 3 and word[:1].isupper() or "." in word or word in TITLES


def sentence_like(inner: str) -> bool:
    """Quoted words that stand as a sentence of their own: "Neither do I." """
    inner = inner.rstrip()
    return inner[:1].isupper() and inner[-1:] in ".?!,"


_FIRST_PERSON = frozenset(
    "I I'm I've I'll I'd We We're We've We'll We'd I’m I’ve I’ll I’d We’re We’ve We’ll We’d".split()  # noqa: SIM905
)


def first_person(inner: str) -> bool:
    """Quoted words that open with "I" or "We" ("We were lucky", "I quit"): someone says
    them, however few; a scare quote marks a term, and never speaks in the first person."""
    first = inner.split(" ", 1)[0].rstrip(",.!?")
    return first in _FIRST_PERSON


def name_slot(last: str) -> bool:
    """The word before a quote leaves room only for a name: a preposition, an article, a
    noun for a work ("the series"), a possessive ("CBS's "Face the Nation"") or a first name ("Dwayne "The Rock" Johnson")."""
    return (
        last.lower() in PREPOSITIONS
        or last.lower() in ARTICLES
        or last.lower() in WORKS  # "the hit series "One Piece"", "the album "Hackney Diamonds""
        or last.endswith(("'s", "’s", "s'", "s’"))
        or (last[:1].isupper() and last.isalpha() and last not in STOP_CAPS)
    )


def title_case(inner: str) -> bool:
    """Every word of the run capitalised but short ones ("Gone With the Wind"). The words
    are read one at a time, to the first that is not: a long quote is a sentence, whose
    second or third word tells."""
    words = (m.group() for m in WORDS.finditer(inner))
    first = next(words, None)
    if first is None or not first[:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or w.isdigit() for w in words)


_HEADING_MAX = 200  # characters: a longer line is a paragraph, whatever its capitals


def previous_sentence_start(text: str, sent: int, runs: QuotedRuns) -> int | None:
    """Start of the sentence before the one starting at ``sent`` (in this paragraph or at
    the end of the one before); None for the opening sentence or after a heading."""
    k = sent
    while k > 0 and text[k - 1] in SPACE:
        k -= 1
    if k <= 0 or sent - k > 4 or heading(text, k - 1):
        return None
    return sentence_start(text, k - 1, runs)


def heading(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a heading: short, with every word capitalised but short
    ones ("Wells Fargo Chief Says Bank Will Change"). A heading is no sentence a pronoun
    points back into, and its capitalised words run a name into its verb."""
    lo = line_start(text, pos)
    hi = text.find("\n", pos, lo + _HEADING_MAX + 1)
    if hi < 0:
        hi = min(len(text), lo + _HEADING_MAX + 1)
    if hi - lo > _HEADING_MAX:
        return False
    line = text[lo:hi]
    return line.count(" ") >= 2 and title_case(line)


class QuotedRuns:
    """The quoted runs of a text (sorted, not overlapping), asked whether a position or a
    stretch lies in one: a word inside quotation marks is someone's speech, never the
    narration around it."""

    __slots__ = ("pairs", "starts", "titles")

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = pairs
        self.starts = [p[0] for p in pairs]
        self.titles: list[tuple[int, int]] = []  # the runs ``classify`` read as titles

    def inside(self, pos: int) -> bool:
        """``pos`` lies in a quoted run (its marks included)."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and self.pairs[k][1] > pos

    def ends_sentence(self, pos: int) -> bool:
        """The full stop (or ! ?) at ``pos`` ends a sentence: it is outside every run, or
        the last character of one before its closing mark ("... Lyin' Ted." Trump said)."""
        k = bisect_right(self.starts, pos) - 1
        return k < 0 or self.pairs[k][1] <= pos or self.pairs[k][1] <= pos + 2

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The runs that share a character with ``start..end``, last first."""
        out = []
        k = bisect_right(self.starts, end - 1) - 1
        while k >= 0 and self.pairs[k][1] > start:
            out.append(self.pairs[k])
            k -= 1
        return out


def clause_after_colon(text: str, sent: int, pos: int) -> int:
    """Where the clause after the last colon between ``sent`` and ``pos`` starts, when a
    capital opens it ("ties with Washington: President Donald Trump imposed ..."): a
    sentence of its own for the subject of a pronoun; else ``sent``."""
    k = text.rfind(": ", sent, pos)
    return k + 2 if k >= 0 and text[k + 2 : k + 3].isupper() else sent


def sentence_start(text: str, pos: int, runs: QuotedRuns, lookback: int = 500) -> int:
    """Start of the sentence holding ``pos``: after the last full stop (! ?) before it in
    its paragraph, looked for at most ``lookback`` back; a full stop inside a quote ("We
    won. They lost," he said) ends no sentence. Candidates are found from ``pos``
    backwards with ``str.rfind`` and checked one by one: most sentences hold one or two."""
    lo = max(line_start(text, pos), pos - lookback)
    end = pos
    while end > lo:
        p = max(text.rfind(".", lo, end), text.rfind("!", lo, end), text.rfind("?", lo, end))
        if p < 0:
            break
        end = p
        sm = SENT_END.match(text, p, pos)
        if sm is None:
            continue
        if text[p + 1 : p + 2] == ")" and "(" in text[max(lo, p - 12) : p]:
            continue  # "(D-Mo.)": an abbreviation inside a short parenthesis
        after = text[sm.end() : sm.end() + 1]
        if (
            text[p] == "."
            and (after.islower() or after.isdigit())
            and text[word_start(text, p, 12) : p] in ABBREVIATIONS
        ):
            continue  # "CMS Energy Corp. said", "Sept. 11"
        if runs.ends_sentence(p):
            return sm.end()
    return lo


_MENTION_WORDS = 12
_LETTER = compiled.compile(r"[^\W\d_]")
_MARKUP = compiled.compile(r"[<>=|{}@#]")
_MARK = compiled.compile('["“”„«»‟]')


def usable_mention(text: str, sp: Speaker, runs: QuotedRuns) -> bool:
    """The words can name a speaker: not quoted text (a nickname inside a name aside:
    Marcia "Cia" Price), no markup, a letter, a dozen words at most, not a heading in
    capitals."""
    s, e = sp
    if e <= s or _LETTER.search(text, s, e) is None or _MARKUP.search(text, s, e):
        return False
    spaces = text.count(" ", s, e)
    if spaces >= _MENTION_WORDS:
        return False
    inner = runs.overlapping(s, e)
    for ps, pe in inner:
        if ps <= s or pe >= e or text.count(" ", ps, pe) > 2:
            return False  # the mention starts or ends in a quote, or holds more than a name
    if _MARK.search(text, s, e) and len(_MARK.findall(text, s, e)) > 2 * len(inner):
        return False  # a stray quotation mark
    return not (spaces >= 2 and text[s:e].isupper())
