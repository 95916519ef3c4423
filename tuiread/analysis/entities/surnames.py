"""Surnames that are also the words of a people or a faith: "Faisal Islam", "Dawn French",
"Harry English", "Mark Welsh".

``demonym_surnames``: a given name right before a nationality's or a religion's word, with
no capitalised word after it, is one person: the word is the surname, not a NORP beside a
lone given name ("our economics editor Faisal Islam says"). Run over the finished spans
(looked at in the pass of ``codes.tidy_codes``).
"""

from __future__ import annotations

from tuiread.model import Span

from .lexicon import FIRST_NAMES


def given_name_before(text: str, first: Span, word: Span) -> bool:
    """Is ``first`` a lone given name right before the one-word NORP ``word``, with no
    capitalised word after it ("Faisal Islam says", not "Maria Spanish Lessons")?"""
    if first.label != "PERSON" or first.end != word.start - 1 or text[first.end] != " ":
        return False
    t = word.text
    if " " in t or "-" in t or t[-1] == "s" or first.text not in FIRST_NAMES:
        return False  # "Islamists", "Anglo-Irish": no surname
    after = text[word.end : word.end + 2]
    return not (after[:1] == " " and after[1:2].isupper())
