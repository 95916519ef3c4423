"""A company's name and a common word after it name one of its products or services:
"Google Calendar", "Apple Pay", "BBC Sounds", "Google Maps", "Microsoft Teams": the
nouns of ``SERVICE_WORDS``.

``company_services``: the run rules cut a known company's name from a capitalised common
word after it ("a common word cut from 'Google Calendar'"), leaving the company. Inside a
sentence, a capitalised common word right after a company's name, with no capitalised word
after it (a title-case heading capitalises every word), is the name of the company's
product (OntoNotes: PRODUCT), one span. Looked at in the pass of ``codes.tidy_codes``.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import FUNCTION_WORDS

# the common nouns that name a company's service or device after its name ("Google Maps",
# "Apple Watch", "Microsoft Teams"); other words after a club's or a company's name are
# not its products ("Arsenal Women", "the Adelaide Test", "Liverpool Echo")
SERVICE_WORDS = frozenset(
    """
    Calendar Maps Pay Sounds Store Music Drive Photos Teams Cloud Search Assistant Watch
    Wallet Lens Docs Sheets Slides Translate Chat Mail Messages Messenger Video Podcasts
    Arcade Fitness Books Games Shopping Ads Workspace Office Browser Phone Tablet Glasses
    Earbuds Headphones Speaker Card Points Rewards Plus One
    """.split()  # noqa: SIM905
)
# the capitalised word after the company's name, then what follows it: no capital
_SERVICE_WORD = compiled.compile(r" ([A-Z][a-z]{2,})(?=[,.;:!?)]| [a-z(]|\n)")


def service_end(text: str, spans: list[Span], k: int) -> int:
    """The end of the product the ORG ``spans[k]`` opens with a service word after it (see
    the module docstring), or -1. ``codes.tidy_codes`` asks for the ORG spans before a
    capital."""
    sp = spans[k]
    m = _SERVICE_WORD.match(text, sp.end)
    if m is None or m.group(1) not in SERVICE_WORDS:
        return -1
    if k + 1 < len(spans) and spans[k + 1].start < m.end():
        return -1
    return m.end() if inside_sentence(text, sp.start) else -1


def inside_sentence(text: str, s: int) -> bool:
    """Does a lower-case word other than a small function word stand before ``s`` on its
    line? A heading's words take capitals but for "to", "of", "and" ("Lions Rally Past
    Packers to Clinch NFC North Title"); a sentence's do not."""
    lo = max(0, s - 80)
    lo = text.rfind("\n", lo, s) + 1 or lo  # no further back than 80 characters: linear
    return any(w[:1].islower() and w not in FUNCTION_WORDS for w in text[lo:s].split())
