"""A look at the last word before an atom, before a search for the prefix words there.

The rules of ``context`` that take in the words before an atom ("since", "more than", "at
least", "the") search the window before it (some thirty characters) with a regex that ends
in blanks and ``$``: the search tries a match at every place of the window, nearly always
for nothing. A match can end in a few words only ("than", "to", ">"), so a test of how the
window ends, one slice and a few string tests in C, turns down most atoms with no search.
"""

from __future__ import annotations

import re

from .. import compiled
from .patterns import S0, S


class PrefixSearch:
    """A regex of prefix words that ends in blanks and ``$`` (``{S}$`` or ``{S0}$``), the
    words its matches can end in (lower case) and, if some of those words end other
    phrases too ("on" ends "starting on" and "on Monday"), the phrases its matches can end
    in, one space between words: ``search`` finds what the regex finds."""

    __slots__ = ("pattern", "ends", "phrases")

    def __init__(
        self, pattern: re.Pattern[str], ends: tuple[str, ...], phrases: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self.ends = ends
        self.phrases = phrases

    def search(self, text: str, lo: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, lo, end)``, with no search where ``text[lo:end]`` cannot
        end in one of ``ends`` (or ``phrases``) and blanks. Only an ASCII window is so
        tested (its letters fold as ``re.IGNORECASE`` folds them, its only blanks are
        spaces and tabs); any other is searched, and so is one ending in a line break,
        before which ``$`` also matches."""
        window = text[lo:end]
        if window[-1:] != "\n" and window.isascii():
            window = window.rstrip(" \t").lower()
            if not window.endswith(self.ends):
                return None
            if self.phrases and not " ".join(window.split()).endswith(self.phrases):
                return None
        return self.pattern.search(text, lo, end)


# ("up to", not the noun "the run-up to")
PREFIX_DATE = PrefixSearch(
    compiled.compile(
        rf"(?:\b(?:since|after|before|until|till|(?<!-)up{S}to|starting(?:{S}(?:on|from))?|beginning(?:{S}on)?"
        rf"|as{S}(?:early|late){S}as|(?:no{S})?(?:later|earlier){S}than|around|circa|w/c|"
        rf"(?:end|beginning|start|middle){S}of(?:{S}the)?)){S}$",
        re.I,
    ),
    # the last word of each phrase, then the phrases ending in each ("on Monday" is none)
    ("since", "after", "before", "until", "till", "to", "starting", "on", "from", "beginning",
     "as", "than", "around", "circa", "w/c", "of", "the"),
    ("since", "after", "before", "until", "till", "up to", "starting", "starting on",
     "starting from", "beginning", "beginning on", "early as", "late as", "later than",
     "earlier than", "around", "circa", "w/c", "end of", "beginning of", "start of",
     "middle of", "end of the", "beginning of the", "start of the", "middle of the"),
)  # fmt: skip

PREFIX_RANGE = PrefixSearch(
    compiled.compile(rf"\b(?:from|between)(?:{S}the)?{S}$", re.I),
    ("from", "between", "the"),
    ("from", "between", "from the", "between the"),
)

# the last word of every PREFIX_COMPARE / PREFIX_COMPARE_DURATION phrase, and the phrases
# ending in "to" ("rose to 5" is none)
COMPARE_ENDS = frozenset(
    [
        "than",
        "to",
        "least",
        "most",
        "above",
        "below",
        "over",
        "under",
        "exceed",
        "exceeds",
        "exceeding",
        "exceeded",
        ">",
        "<",
        ">=",
        "<=",
        "=>",
        "=<",
        "=",
    ]
)

PREFIX_COMPARE = PrefixSearch(
    compiled.compile(
        rf"(?:\b(?:(?:no|not){S})?(?:more|less|greater|smaller|bigger|fewer|larger|higher|lower)"
        rf"(?:{S}or{S}equal)?{S}(?:than|to)(?:{S}or{S}equal{S}to)?|\b(?:at{S}(?:least|most)(?:{S}or{S}equal{S}to)?|up{S}to|above|below|over|under|"
        rf"exceed(?:s|ing|ed)?|equal(?:s|ing)?{S}to)|(?:>|<|>=|<=|=>|=<|> =|< =)){S0}$",
        re.I,
    ),
    tuple(COMPARE_ENDS),
    (*(w for w in sorted(COMPARE_ENDS) if w != "to"), "up to", "equal to", "equals to",
     "equaling to", "more to", "less to", "greater to", "smaller to", "bigger to",
     "fewer to", "larger to", "higher to", "lower to"),
)  # fmt: skip

PREFIX_COMPARE_DURATION = PrefixSearch(
    compiled.compile(
        rf"\b(?:(?:no{S})?(?:more|less|fewer){S}than|at{S}(?:least|most)|up{S}to){S}$", re.I
    ),
    tuple(COMPARE_ENDS),
    ("than", "least", "most", "up to"),
)

PREFIX_IN = PrefixSearch(
    compiled.compile(rf"\b(?:in|within){S}$", re.I),
    ("in", "within"),
)

AT_BEFORE = PrefixSearch(
    compiled.compile(rf"\bat{S}$", re.I),
    ("at",),
)

ON_THE_BEFORE = PrefixSearch(
    compiled.compile(rf"\b(?:on{S}the|on|the){S}$", re.I),
    ("on", "the"),
)

THE_BEFORE = PrefixSearch(
    compiled.compile(rf"\bthe{S}$", re.I),
    ("the",),
)

MODIFIERS = PrefixSearch(
    compiled.compile(
        rf"\b(?:at{S}(?:least|the{S}(?:latest|earliest))|as{S}(?:late|early){S}as|up{S}to|about|around|roughly|approximately|nearly|almost){S}$",
        re.I,
    ),
    (
        "least",
        "latest",
        "earliest",
        "as",
        "to",
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
    ),
    (
        "least",
        "latest",
        "earliest",
        "early as",
        "late as",
        "up to",
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
    ),  # fmt: skip
)
