"""A service named by one capital letter: "posted on X", "X users", "X, formerly Twitter".

A capital letter alone is no name (``runs.word_verdict``: "A", "I", "Plan B" and "Malcolm X"
are runs of their own). A letter that names a platform says so by its context, as a word
does (``platforms``): a platform's verb or preposition before it ("posted on X", "joined X",
"quit X", "via X"), its users, account, posts or owner after it ("X users", "X's owner"),
or its former name after it ("X, formerly Twitter", "X (formerly Twitter)").
``letter_platform`` makes such a mention the company's name (OntoNotes: ORG). "A" and "I"
are left out ("on A and B"), and so is "to" before ("from A to B").

Cost: asked only of a lone capital letter the run rules reject (``runs.single_word``).

``lettered_common_word``: a common word and a capital letter ("Class B", "Plan B", "Grade A",
"Vitamin D") label a kind, a grade or a plan, not a name, whatever the statistics make of it;
a given name before the letter is a name ("Malcolm X", "Jay Z").
"""

from __future__ import annotations

from .. import compiled
from .lexicon import FIRST_NAMES, LOWER

_BEFORE = compiled.compile(r"\b(?:on|onto|joined|join|joining|quit|quitting|left|leaving|via) $")
_AFTER = compiled.compile(
    r"(?: (?:users|user|account|accounts|post|posts|feed|followers)\b"
    r"|['’]s (?:owner|algorithm|users|feed|boss|chief)\b"
    r"|,? \(?(?:formerly|previously)\b)"
)
_NOT_NAMES = frozenset("AI")
RULE = "letters:one-letter-platform"


def letter_platform(text: str, s: int, e: int) -> bool:
    """Does the lone capital letter at ``text[s:e]`` name a platform (see the module
    docstring)?"""
    if text[s:e] in _NOT_NAMES or text[e : e + 1] == "-":
        return False
    return _AFTER.match(text, e) is not None or _BEFORE.search(text, max(0, s - 10), s) is not None


def lettered_common_word(chunk: str) -> bool:
    """Is the run ``chunk`` a common word and one capital letter (see the module docstring)?"""
    word, blank, letter = chunk.partition(" ")
    return (
        bool(blank)
        and len(letter) == 1
        and letter.isupper()
        and word.lower() in LOWER
        and word not in FIRST_NAMES
        and word != "Model"  # "Model Y": a car (``labels.car_model``)
    )


LETTERED_RULE = "never:lettered-common-word"
