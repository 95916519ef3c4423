"""Ships named with their navy's or their kind's prefix: "USS Gerald R. Ford", "HMS Prince of
Wales", "RMS Titanic", "MV Dali".

The prefix and every word after it in the run are one name, a vessel (PRODUCT, as OntoNotes
labels vehicles; CoNLL's MISC), however the words read alone: "Gerald R. Ford" is a person
and "Wales" a country elsewhere, "USS" no organisation. Prefixes that are also common
acronyms stay out ("SS", "INS" the immigration service, "MS" the illness). A ship named in
full is then called by its last word after "the" ("the Ford"): the same ship. A name right
after a vessel's noun is a vessel too ("the historic yacht Granma"), in every mention.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import CORP_SUFFIXES, GENERIC, ORG_SUFFIXES

SHIP_PREFIXES = frozenset(
    "USS USNS USCGC HMS HMAS HMCS HMNZS RFS MV RMS ROKS HNLMS TCG".split()  # noqa: SIM905
)
RULE_SHIP = "run:ship"


def ship_prefix_at(chunk: str) -> int:
    """Where a ship's prefix opens the run ``chunk`` (after "The" at a sentence's start:
    "The USS Cole was ..."), with a name after it; -1 where none does, or where a company's
    or a body's word ends the run or follows the prefix ("RMS International Inc.")."""
    k = 4 if chunk.startswith("The ") else 0
    sp = chunk.find(" ", k)
    if sp <= k or chunk[k:sp] not in SHIP_PREFIXES:
        return -1
    words = chunk[sp + 1 :].split(" ")
    if words[-1] in _BODY_WORDS or words[0] in _BODY_WORDS:
        return -1
    return k


_BODY_WORDS = CORP_SUFFIXES | ORG_SUFFIXES | GENERIC


def ship_short_names(text: str, spans: list[Span], rules: list[str]) -> None:
    """A word after "the" that is the last word of one ship named in full in the story
    ("USS Gerald R. Ford" ... "The Ford, the Navy's newest carrier") is that ship, not the
    carmaker or a person; relabels in place."""
    ships: dict[str, str | None] = {}  # last word -> the one ship's name (None: several)
    for sp, rule in zip(spans, rules, strict=True):
        if rule == RULE_SHIP and " " in sp.text:
            last = sp.text.rsplit(" ", 1)[1]
            ships[last] = sp.text if ships.get(last, sp.text) == sp.text else None
    for k, sp in enumerate(spans):
        ship = ships.get(sp.text)
        if ship is not None and text[sp.start - 4 : sp.start] in ("the ", "The "):
            spans[k] = Span("entity", "PRODUCT", sp.start, sp.end, sp.text, ship)
            rules[k] = "short-forms:last-word-of-ship"


# a vessel's noun right before its name ("the historic yacht Granma", "the aircraft carrier
# -- the John F. Kennedy --", "the tanker Eagle S"); the story holds one with a blank each side
_VESSEL_NOUNS = [
    "yacht",
    "ship",
    "vessel",
    "tanker",
    "ferry",
    "liner",
    "frigate",
    "destroyer",
    "submarine",
    "carrier",
    "cruiser",
    "freighter",
    "trawler",
    "schooner",
    "warship",
    "icebreaker",
    "steamer",
]
VESSEL_CUES = tuple(f" {noun} " for noun in _VESSEL_NOUNS)
_VESSEL_BEFORE = compiled.compile(rf"\b(?:{'|'.join(_VESSEL_NOUNS)})(?: --| —|,)? (?:the )?$")
RULE_VESSEL = "context:vessel-noun"


def vessels_by_noun(text: str, spans: list[Span], rules: list[str]) -> None:
    """A name right after a vessel's noun is the vessel (PRODUCT): "the historic yacht Granma"
    (a person by the "him" that followed it), "the aircraft carrier -- the John F. Kennedy"
    (a person); so is every mention of it in the story. Not a company's or a body's name
    ("the carrier American Airlines": an airline is a carrier too). Relabels in place."""
    named: set[str | None] = set()
    for sp in spans:
        if (
            sp.label not in _NOT_VESSELS
            and sp.text.rsplit(" ", 1)[-1] not in _BODY_WORDS
            and _VESSEL_BEFORE.search(text, max(0, sp.start - 32), sp.start) is not None
        ):
            named.add(sp.value)
    if not named:
        return
    for k, sp in enumerate(spans):
        if sp.value in named and sp.label != "PRODUCT":
            spans[k] = Span("entity", "PRODUCT", sp.start, sp.end, sp.text, sp.value)
            rules[k] = f"{RULE_VESSEL} was {sp.label} by {rules[k].split(' ')[0]}"


_NOT_VESSELS = frozenset(("ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "FAC"))
