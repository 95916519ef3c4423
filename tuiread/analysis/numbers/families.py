"""Model families named by digits alone ("737", "787"; data/model_families.txt): the number
of such a family with its variant or what it is after it is a name, not a count or a range,
and a count written before it is no group of thousands ("27 737 MAX jets" are 27 jets)."""

from __future__ import annotations

from .. import compiled
from .atoms import Atom
from .lexicon import MODEL_FAMILIES

_FAMILY_RANGE = compiled.compile(r"(\d{3})-\d+")
# after a family's number: a variant ("-800", "-8F") or what the family is ("jets", "MAX")
_VARIANT_AFTER = compiled.compile(
    r"-\w|[ \u00a0](?:MAX|Max|NG|[Jj]ets?|jetliners?|airliners?|aircraft|planes?|"
    r"freighters?|Dreamliners?|fleets?|models?|variants?)\b"
)


def family_model(a: Atom, text: str) -> bool:
    """A number of a model family named by digits alone (data/model_families.txt: "737",
    "787") with its variant after a dash ("The 737-800 jets", "787-9", "777-300ER", "747-8F")
    or what it is after it ("its 737 jets", "the 737 MAX"): a name, whatever comes before it.
    A range is never drawn so ("between 737 and 800" stays one)."""
    if a.is_range:
        m = _FAMILY_RANGE.fullmatch(text, a.start, a.end)
        return m is not None and m.group(1) in MODEL_FAMILIES
    return text[a.start : a.end] in MODEL_FAMILIES and _VARIANT_AFTER.match(text, a.end) is not None


_COUNT_AND_GROUP = compiled.compile(r"\d{1,3}[ \u00a0\u202f](\d{3})")


def count_before_family(t: str, e: int, text: str) -> int:
    """Where the count in ``t`` (text that ends at ``e``) ends when the grammar read a count
    and a family's number after a blank as one number with a group of thousands: "delivered
    27 737 MAX jets" are 27 jets of the 737 family, not 27,737 (the family named by what
    follows it, as :func:`family_model` asks); 0 when ``t`` is no such pair."""
    m = _COUNT_AND_GROUP.fullmatch(t)
    if m is None or m.group(1) not in MODEL_FAMILIES:
        return 0
    return m.start(1) - 1 if _VARIANT_AFTER.match(text, e) is not None else 0
