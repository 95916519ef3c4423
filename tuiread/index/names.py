"""Linking names across the library: which names are one entity.

Within one article the analysis already gives every mention its canonical name ("Blair"
after "Tony Blair" is "Tony Blair"). Across articles a story that only says "Mr Blair" still
means Tony Blair when the library knows one Blair. The rules, in the order they apply:

1. ``name_key`` (every label): names that differ only in case, accents, hyphens, dots,
   a possessive or a leading title are one name: "Mr Blair" = "Blair", "KILROY-SILK" =
   "Kilroy-Silk" = "Kilroy Silk", "Zelenskyy's" = "Zelenskyy".
2. ``surname`` (PERSON): a one-word name joins the full name (two or more words) that ends
   with it, when that full name is the only one, or is named in at least ``DOMINANCE`` times
   as many articles as every other full name ending with that word together ("Blair" joins
   "Tony Blair"; with "Tony Blair" and "Cherie Blair" in as many stories, "Blair" stays).
3. ``without_middle`` (PERSON): "George Bush" joins "George W. Bush" under the same
   condition, comparing first and last words.

A name that joins another is kept as an alias of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

DOMINANCE = 5

_TITLE_WORDS = """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father
    president vice prime minister pm premier chancellor secretary senator sen rep
    representative congressman congresswoman governor gov mayor judge justice ambassador
    general gen col colonel lt lieutenant capt captain cmdr commander sgt sergeant maj major
    adm admiral king queen prince princess sheikh pope cardinal archbishop bishop rabbi imam
    chairman chairwoman chief detective inspector officer"""
HONORIFICS = frozenset(_TITLE_WORDS.split())
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./·]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"'s?$")


def fold(text: str) -> str:
    """Case and accents folded: "Zélensky" -> "zelensky"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> list[str]:
    """The words of a name, folded, without a possessive ending."""
    words = [w for w in _SEPARATORS.split(fold(name).translate(_APOSTROPHES)) if w]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return [w.strip("'") for w in words if w.strip("'")]


def strip_titles(words: list[str]) -> list[str]:
    """Leading titles dropped ("mr blair" -> "blair"), never the last word."""
    at = 0
    while at < len(words) - 1 and words[at] in HONORIFICS:
        at += 1
    return words[at:]


def name_key(name: str, label: str = "PERSON") -> str:
    """Rule 1: the form under which spellings of one name meet."""
    words = name_words(name)
    if label == "PERSON":
        words = strip_titles(words)
    return " ".join(words)


def has_title(name: str) -> bool:
    words = name_words(name)
    return len(words) > 1 and words[0] in HONORIFICS


def _pick(candidates: Mapping[str, int]) -> str | None:
    """The candidate the library makes unambiguous: the only one, or a dominant one."""
    if not candidates:
        return None
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0]))
    best, count = ranked[0]
    others = sum(n for _, n in ranked[1:])
    if not others or count >= DOMINANCE * others:
        return best
    return None


def link_people(article_counts: Mapping[str, int]) -> dict[str, str]:
    """Rules 3 then 2: key of a shorter PERSON name -> key of the full name it joins.

    ``article_counts`` maps each PERSON name key to the number of articles naming it.
    """
    links: dict[str, str] = {}
    by_ends: dict[tuple[str, str], dict[str, int]] = {}
    for key, count in article_counts.items():
        words = key.split()
        if len(words) >= 3:
            by_ends.setdefault((words[0], words[-1]), {})[key] = count
    for key in article_counts:
        words = key.split()
        if len(words) == 2:
            target = _pick(by_ends.get((words[0], words[1]), {}))
            if target is not None:
                links[key] = target
    # full names after rule 3, each with the articles of the names that joined it
    full: dict[str, int] = {}
    for key, count in article_counts.items():
        if len(key.split()) >= 2:
            target = links.get(key, key)
            full[target] = full.get(target, 0) + count
    by_last: dict[str, dict[str, int]] = {}
    for key, count in full.items():
        by_last.setdefault(key.split()[-1], {})[key] = count
    for key in article_counts:
        if " " not in key:
            target = _pick(by_last.get(key, {}))
            if target is not None:
                links[key] = target
    return links


def display_name(spellings: Mapping[str, int], label: str = "PERSON") -> str:
    """The spelling to show: for a person the most used full name ("Donald Trump" over
    "Trump" and "Donald J. Trump"), without a title where one is used without; for other
    entities the most used spelling."""

    def rank(item: tuple[str, int]) -> tuple[bool, bool, int, str]:
        spelling, count = item
        short = label == "PERSON" and len(strip_titles(name_words(spelling))) < 2
        return (short, has_title(spelling), -count, spelling)

    return min(spellings.items(), key=rank)[0]


def aliases(name: str, spellings: Iterable[str]) -> list[str]:
    """Every other spelling, once each (case-insensitively), in order of first appearance."""
    seen = {name.casefold()}
    out: list[str] = []
    for spelling in spellings:
        folded = spelling.casefold()
        if folded not in seen:
            seen.add(folded)
            out.append(spelling)
    return out
