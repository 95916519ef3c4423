"""A company's name and a common word after it name one of its products or services:
"Google Calendar", "Apple Pay", "BBC Sounds", "Google Maps", "Microsoft Teams": the
nouns of ``SERVICE_WORDS``.

``company_services``: the run rules cut a known company's name from a capitalised common
word after it ("a common word cut from 'Google Calendar'"), leaving the company. Inside a
sentence, a capitalised common word right after a company's name, with no capitalised word
after it (a title-case heading capitalises every word), is the name of the company's
product (OntoNotes: PRODUCT), one span. Run over the finished spans (``document.finish``).
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


def company_services(text: str, spans: list[Span], rules: list[str]) -> None:
    """Apply the rule of the module docstring to the sorted spans, in place."""
    n = len(spans)
    for k in [k for k, sp in enumerate(spans) if sp.label == "ORG"]:
        sp = spans[k]
        e = sp.end
        m = _SERVICE_WORD.match(text, e)
        if m is None or k + 1 < n and spans[k + 1].start < m.end():
            continue
        word = m.group(1)
        if word not in SERVICE_WORDS:
            continue
        if not inside_sentence(text, sp.start):
            continue
        name = text[sp.start : m.end()]
        spans[k] = Span("entity", "PRODUCT", sp.start, m.end(), name, name)
        rules[k] = f"services:company-service was ORG by {rules[k].split(' ')[0]}"


def inside_sentence(text: str, s: int) -> bool:
    """Does a lower-case word other than a small function word stand before ``s`` on its
    line? A heading's words take capitals but for "to", "of", "and" ("Lions Rally Past
    Packers to Clinch NFC North Title"); a sentence's do not."""
    lo = text.rfind("\n", max(0, s - 80), s) + 1
    return any(w[:1].islower() and w not in FUNCTION_WORDS for w in text[lo:s].split())
