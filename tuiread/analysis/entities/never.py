"""Words that are never names on their own, however they are capitalised.

A capitalised word is a candidate, not a name: the first word of a sentence, a pronoun with a
contraction ("I'm", "We're"), an acronym of a common noun ("PC", "DVD", "CEO"), a unit
("MW", "KV") or a time zone ("GMT", "EST") is ordinary text. These words split a run of
capitals ("I'm Sachi Koto" -> "Sachi Koto") and are never kept alone.
"""

from __future__ import annotations

import re

from .lexicon import HARD, LEX, LOC, LOWER, MISC, NIL, ORG, PER, TITLES, TOK

# Capitalised words that are usually not (part of) a name in the training text ("The",
# "Minister", "Foreign"), and titles: they split runs.
_USUALLY_NOT_NAMES = frozenset(
    t
    for t, r in TOK.items()
    if t not in LEX and r[NIL] > max(r[PER], r[ORG], r[LOC], r[MISC]) and not t.isupper()
) | frozenset(t.capitalize() for t in TITLES if t[0].isalpha())

# Acronyms of common nouns, titles and measures: never an organisation by themselves.
COMMON_ACRONYMS = frozenset(
    "CEO CFO COO CTO MP GMT EST EDT PST PDT BST CET AM PM TV GDP CPI IPO DNA HIV OK FM".split()  # noqa: SIM905
)

NEVER_ALONE = _USUALLY_NOT_NAMES | COMMON_ACRONYMS

# "I'm", "We're", "They've", "Don't", "He'll", "It'd": a pronoun or verb with a contraction
CONTRACTION = re.compile(r"[A-Za-z]['’](?:m|re|ve|ll|d|t|s)$|n['’]t$", re.IGNORECASE)
_PRONOUNS = frozenset("I We You They He She It There Here That What Who Let".split())  # noqa: SIM905


def is_contraction(word: str) -> bool:
    """ "I'm", "We've", "Don't", "Let's": a contraction, never a name ("O'Neill" is one)."""
    if "'" not in word and "’" not in word:
        return False
    if CONTRACTION.search(word) is None:
        return False
    head = re.split(r"['’]", word, maxsplit=1)[0]
    return head in _PRONOUNS or word.lower().endswith(("n't", "n’t")) or head.lower() in LOWER


def is_never_name(word: str) -> bool:
    """A word that is never a name by itself: see the module docstring."""
    return word in NEVER_ALONE or is_contraction(word)


def common_word_at_sentence_start(word: str) -> bool:
    """ "Music", "Rescue", "Ambitious" opening a sentence: a common word, not a name, unless
    the lists know it as a name with one clear type."""
    return word.lower() in LOWER and word not in HARD
