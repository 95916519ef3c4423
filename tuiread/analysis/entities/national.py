"""An organisation named for its country: "Reform UK", "Cancer Research UK", "Age UK",
"Sport England", "Care Forum Wales", "Team GB", "Amazon UK".

The segment plan cuts such a run at the country: the words before are dropped as common
words ("Reform", "Sport") or kept as a name of their own ("Care Forum"), and the country is
a GPE. ``national_bodies``: capitalised words right before a country's abbreviation (UK,
US, USA, GB) or a British nation (England, Scotland, Wales) make one organisation's name
(ORG) with it, when

- they are common words the rules dropped, or a company's or body's name ending right
  before the country ("Care Forum" + "Wales"), or a name of several words the scores
  guessed ("Youth Forum", read as a place);
- they are no place, person, nationality or direction ("London UK", "Southern US",
  "Mid Wales", "Middle England"), no article or small word ("The UK", "Across England"),
  and the run's first word is no "-ing"/"-ed" word opening its sentence ("Visiting
  England, she ...");
- no capitalised word follows the country (a title-case heading capitalises every word).

Cost: a set test per span for the country's name; the rest only for those spans.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import FUNCTION_WORDS
from .never import NEVER_ALONE

COUNTRIES = frozenset(("UK", "US", "USA", "GB", "England", "Scotland", "Wales"))
_DIRECTIONS = frozenset(
    """
    North South East West Northern Southern Eastern Western Central Mid Middle Greater
    Upper Lower Inner Outer Great New Old Little Mainland Rural Coastal Modern Global
    """.split()  # noqa: SIM905
)
_BODY_LABELS = frozenset(("ORG",))
# up to three capitalised words right before the country, on its line
_WORDS_BEFORE = compiled.compile(r"(?:[A-Z][\w'’&-]* ){1,3}$")
RULE = "national:body-named-for-its-country"
_LISTED = ("lexicon:", "segment:known")
# prepositions that open a sentence before a country ("Across England and Wales, prices fell")
_PREPOSITIONS = frozenset(
    """
    about above across against along among around before behind below beneath beside between
    beyond despite during inside like near outside since through throughout toward towards
    under unlike until upon via within without
    """.split()  # noqa: SIM905
)  # the rules of names the lists know


def national_bodies(text: str, spans: list[Span], rules: list[str]) -> None:
    """Join, in place, each country to the body's words before it (see the module
    docstring)."""
    k = 0
    while k < len(spans):
        sp = spans[k]
        if sp.text in COUNTRIES and sp.label == "GPE":
            k = _join(text, spans, rules, k)
        k += 1


def _join(text: str, spans: list[Span], rules: list[str], k: int) -> int:
    sp = spans[k]
    after = text[sp.end : sp.end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return k  # "Storm Hits UK Coast": a heading's capitals
    m = _WORDS_BEFORE.search(text, max(0, sp.start - 40), sp.start)
    if m is None:
        return k
    s = m.start()
    if k >= 2 and spans[k - 2].end > s:
        return k  # two names before: "Paris Care Forum Wales" is no one body
    prev = spans[k - 1] if k else None
    merge = prev is not None and prev.end > s
    if merge:
        assert prev is not None
        if prev.end != sp.start - 1 or not (
            prev.label in _BODY_LABELS
            or " " in prev.text
            and prev.label != "PERSON"
            and not rules[k - 1].startswith(_LISTED)
        ):
            return k  # "London UK", "Southern US": a place or a name of another kind
        s = min(s, prev.start)
    words = text[s : sp.start - 1].split(" ")
    while words and (
        words[0] in NEVER_ALONE
        or (low := words[0].lower()) in FUNCTION_WORDS
        or low in _PREPOSITIONS
    ):
        s += len(words[0]) + 1
        words.pop(0)  # "The", "Across": no body's word
    if not words or any(w in _DIRECTIONS for w in words):
        return k
    if merge:
        assert prev is not None
        if prev.start < s:
            return k
    if words[0].endswith(("ing", "ed")) and _opens_sentence(text, s):
        return k  # "Visiting England, she ..."
    t = text[s : sp.end]
    span = Span("entity", "ORG", s, sp.end, t, t)
    if merge:
        spans[k - 1 : k + 1] = [span]
        rules[k - 1 : k + 1] = [RULE]
        return k - 1
    spans[k] = span
    rules[k] = RULE
    return k


def _opens_sentence(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:"
