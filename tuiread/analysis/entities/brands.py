"""What news says around a company or a product it sells: modern brands the 1996 training
file never saw ("OpenAI", "Novo Nordisk", "Wegovy") read as people or places by their words
alone, so the words around them decide.

* ``brand_cues`` and ``products_listed``: "the weight-loss drug Mounjaro", "semaglutide, sold
  as Wegovy and Ozempic", "the maker of Wegovy and Ozempic": a product's name (PRODUCT).
* ``brand_cues`` also: "Magic Cue, a new feature", "Orion, an AI chatbot": an apposition
  naming a thing made makes the name a product's.
* ``company_around``: "Montreal-based Aylo", "broadcast on CBS", "Novo Nordisk, the Danish
  maker of", "Lilly, which makes", "Pornhub, owned by", "At Sony, executives", "according to
  Luminate": a company (ORG); an apposition a company's trade heads ("Kantar, a research
  firm") is ``business.apposition_after``.
* ``plus_services``: "Paramount+", "Disney+", "Apple TV+": a company's streaming service,
  one name with its plus (ORG).
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .coordination import join_after
from .lexicon import MISC, ORG
from .score import Unknown

W_BRAND = 3.0  # as strong as the other company nouns (``score``)
# a medicine's brand is an invented word that reads like a person's or a town's ("Wegovy",
# "Mounjaro"): its cue must outweigh what its letters say
W_DRUG = 5.0

# "-based" right before the name, or a broadcast verb and "on"
_COMPANY_BEFORE = compiled.compile(
    r"(?:\b[A-Z][\w.]*-based|\b(?:broadcast|streamed|aired|televised) (?:live )?on) $"
)
# an apposition after the name that only a company takes
_COMPANY_AFTER = compiled.compile(
    r", (?:(?:the|a|an) (?:[\w-]+ ){0,2}?)?(?:[a-z]*makers?|owner|operator|parent|developer"
    r"|publisher|manufacturer|supplier|retailer|distributor) (?:of|whose|which|that)\b"
    r"|, (?:which|that) (?:makes|sells|owns|operates|runs|publishes|develops|manufactures)\b"
    r"|, (?:owned|run|operated) by\b"
)
# the source a figure is credited to: a body far more often than a place or a lone surname
_ACCORDING_TO = "according to "
# figures credited to their source: "Data from Dealroom", "figures compiled by Kpler",
# "estimates from Brightline": the source is a firm or a body, not a town or a person
_DATA_FROM = compiled.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ee]stimates|[Ss]tatistics|[Rr]esearch|[Pp]olling)"
    r" (?:(?:compiled|published|released|collected|gathered) )?(?:from|by) $"
)
_SOURCE_PREV = frozenset(("from", "by"))
# an apposition that says what was made: "Magic Cue, a new feature", "Zelvora, the company's
# weight-loss drug", "Orion, an AI chatbot": the name is a product's (apps and platforms
# are their companies' names in OntoNotes, see ``score.platform_after``)
_PRODUCT_APPOSITION = compiled.compile(
    r", (?:the|a|an|its|their|[A-Z][\w&.-]*['’]s) (?:[\w'’-]+ ){0,3}?(?:feature|tool|chatbot"
    r"|assistant|smartphone|phone|handset|console|headset|gadget|device|drug|vaccine|jab|pill"
    r"|medicine|treatment|chip|processor|game|car|SUV|browser)s?"
    r"(?:[,.;:)]| (?:that|which|for|from|made|developed|approved|launched|built|designed|due)\b)"
)
# "At Sony, executives are ...": the staff of the body the sentence opens with
_STAFF_AFTER = compiled.compile(r", (?:executives|employees|staff|workers|engineers|managers)\b")


# the word before a name (``context.prev_word``) after which a cue may stand before it: a
# medicine's noun, the last word of "sold as", "maker of", "on" after a broadcast verb, "at"
# before a company's staff, "X-based". Names after other words and before no comma are not
# looked at (``runs`` tests ``CUE_PREV`` itself: speed)
_MEDICINE = frozenset(
    """
    drug drugs medicine medicines medication medications treatment treatments jab jabs
    injection injections pill pills vaccine vaccines painkiller painkillers antibiotic
    antibiotics antidepressant antidepressants inhaler inhalers
    """.split()  # noqa: SIM905
)
_SOLD_AS: tuple[str, ...] = ("sold as ", "marketed as ", "branded as ", "maker of ", "makers of ")
_SOLD_AS += ("brand name ", "brands such as ", "brands including ", "brands like ")
_SOLD_AS += ("models including ", "models such as ", "models like ")
CUE_PREV = _MEDICINE | {"as", "of", "on", "at", "to", "from", "by", "name", "including", "like"}


def brand_cues(text: str, s: int, e: int, prev: str, u: Unknown) -> None:
    """ "the weight-loss drug Mounjaro", "sold as Wegovy", "under the brand name Journavx",
    "brands such as Corn Flakes",
    "the maker of Ozempic": the noun
    of a medicine, or "sold as" or "maker of", before the name makes it a product's name,
    however its word reads (a person's, a town's); the names listed after it follow
    (``products_listed``). Then ``company_around``."""
    if prev in _MEDICINE or text.endswith(_SOLD_AS, max(0, s - 20), s):
        u.score[MISC] += W_DRUG
        u.product = u.sold = True
    elif text.startswith(", ", e) and _PRODUCT_APPOSITION.match(text, e) is not None:
        u.score[MISC] += W_DRUG  # "Magic Cue, a new feature, surfaces ..."
        u.product = True
    company_around(text, s, e, prev, u.score)


def products_listed(text: str, unknown: dict[str, Unknown]) -> None:
    """ "sold as Wegovy and Ozempic", "the maker of Wegovy, Ozempic and Rybelsus": the names
    listed after a product's name its cue announced are products' names too (the cue
    stands before the list). Once per article, before the names are decided."""
    sold = [u for u in unknown.values() if u.sold]
    if not sold:
        return
    at = {s: (u, e) for u in unknown.values() if not u.product for s, e in u.spans}
    for u in sold:
        for _, e in u.spans:
            nxt = join_after(text, e)
            while nxt in at:
                v, e2 = at.pop(nxt)
                v.score[MISC] += W_DRUG
                v.product = True
                nxt = join_after(text, e2)


def company_around(text: str, s: int, e: int, prev: str, sc: list[float]) -> None:
    """ "Montreal-based Aylo", "broadcast on CBS", "Novo Nordisk, the Danish maker of",
    "Lilly, which makes", "Pornhub, owned by", "At Sony, executives", "Data from Dealroom":
    what stands right before or after the name says a company (people are not owned, nor
    based, nor the source of a data set)."""
    if (
        (prev == "on" or prev.endswith("-based"))
        and _COMPANY_BEFORE.search(text, max(0, s - 40), s) is not None
        or text.startswith(", ", e)
        and (
            _COMPANY_AFTER.match(text, e) is not None
            or prev == "at"
            and _STAFF_AFTER.match(text, e) is not None
        )
    ):
        sc[ORG] += W_BRAND
    elif prev == "to" and text.startswith(_ACCORDING_TO, s - 13):
        sc[ORG] += W_BRAND  # "according to Luminate": a data firm, not a town
    elif prev in _SOURCE_PREV and _DATA_FROM.search(text, max(0, s - 40), s) is not None:
        sc[ORG] += W_BRAND  # "Data from Dealroom shows", "figures compiled by Kpler"


def plus_services(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "Paramount+", "Disney+", "Apple TV+": a plus right after a company's name, before no
    letter or digit, names its streaming service: one name with the plus, a different entity
    from the company. Relabels in place (``document.finish``, only when the text has a plus)."""
    for k, span in enumerate(spans):
        e = span.end
        if span.label == "ORG" and text.startswith("+", e) and not text[e + 1 : e + 2].isalnum():
            value = (span.value or span.text) + "+"
            spans[k] = Span("entity", "ORG", span.start, e + 1, span.text + "+", value)
            rules[k] = "context:streaming-service-plus"
