"""Scientific names of living things: "Staphylococcus aureus", "Aedes aegypti",
"Hyloscirtus princecharlesi".

``drop_binomials``: a word the lists do not know, right before a lower-case word that is no
English word and ends as Latin epithets end ("-us", "-i", "-ae", "-ensis"), is a genus
with its species: OntoNotes tags no species, and the genus is no person or company. Looked
at over the article's unknown names only (``document.finish``, before they are decided).
"""

from __future__ import annotations

from .. import compiled
from .lexicon import COMMON, LOWER
from .score import Unknown

# the lower-case word after a genus: its species' epithet
_EPITHET = compiled.compile(r" ([a-z]{4,})\b")
_EPITHET_ENDS = (
    "us", "um", "ae", "i", "is", "ii", "a", "ensis", "oides", "ica", "ata", "ella", "ix", "ens",
    "ans", "es", "or", "on",
)  # fmt: skip


# the endings of Latin genus names ("Staphylococcus", "Aedes", "Escherichia", "Salmonella"): a
# test on the key before its mentions are looked at
_GENUS_ENDS = (
    *("us", "um", "ae", "ops", "ix", "ia", "lla", "des", "tes", "ax", "ter"),
    *("os", "is", "ra", "na", "o"),  # "Rhinoceros sondaicus", "Canis lupus", "Homo sapiens"
)


def is_epithet(word: str) -> bool:
    """ "aureus", "aegypti", "princecharlesi": Latin-shaped and no English word."""
    return word.endswith(_EPITHET_ENDS) and word not in LOWER and word not in COMMON


def drop_binomials(text: str, unknown: dict[str, Unknown]) -> None:
    """Forget the mentions of one-word unknown names that stand before a species' epithet
    (see the module docstring); a name left with no mention goes."""
    gone = []
    ends = _GENUS_ENDS
    for key in [key for key in unknown if key.endswith(ends)]:
        if " " in key or not key[1:].islower():
            continue
        u = unknown[key]
        for _, e in u.spans:  # (a loop, not ``any`` over a generator: cheaper)
            if _before_epithet(text, e):
                break
        else:
            continue
        kept = [(s, e) for s, e in u.spans if not _before_epithet(text, e)]
        if len(kept) != len(u.spans):
            u.spans = kept
            if not kept:
                gone.append(key)
    for key in gone:
        del unknown[key]


def _before_epithet(text: str, e: int) -> bool:
    if not text[e + 1 : e + 2].islower():
        return False  # most names stand before a capital, a comma or a full stop
    m = _EPITHET.match(text, e)
    return m is not None and is_epithet(m.group(1))
