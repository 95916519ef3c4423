"""Business news: the words around a name that make it a company's, whatever its letters say.

A company the lists have never seen ("Korvex", "Halbridge", "Betfred") reads by its letters
as a surname or a town, and "in" before it ("shares in Korvex") pulls it further towards a
place. Business news names such a company with words no person or place takes:

1. ``noun_before``: its trade right before it, from ``BUSINESS_NOUNS`` ("the lender
   Halbridge", "crypto exchange Kestrel", "Bookmakers William Hill", "banks Barclays and
   Lloyds"); a plural trade makes even a name with a given name a company's ("Bookmakers
   William Hill": people are not listed under a plural trade).
2. ``stake_before``: what is owned of it or put into it ("shares in Korvex", "a stake in
   Dunmere", "invested in Brevik"), or the name it took or gave up ("changed its name from
   Zentry to Arcwell").
3. ``owned_after``: what a company has, after its possessive ("Tarsk's chief executive",
   "Tarsk's chief marketing officer", "Ombra's founder", "Pellion's spokesperson",
   "Corvane's shares", "Corvane's shareholders", "Corvane's board").
4. ``apposition_after``: its trade heading an apposition ("Kestrel, the crypto exchange,",
   "Brevik, a fintech app", "Denholm, Britain's biggest retailer").
5. ``results_after``: the results only a company reports, right after it ("Korvex posted a
   loss", "Zentrix reported record revenue", "Tarsk cut 200 jobs", "Ombra recalled 40,000
   cars"); ``statement_after``: what a company says of its own trade ("Morlund said its
   orders had stabilised", "Brenntag expects sales to fall").
6. ``companies_not_places``: the same cues make a place the lists know a company where the
   article names it so ("the bank Santander", "Santander's chief executive"; "shares in
   Santander" only for a town the training news never named: "shares in Tokyo" are the
   market's), never a country; ``document.one_label_per_entity`` then gives every mention of
   it the company's label (``BUSINESS_RULE`` outweighs every other rule there).

A cue before a name also reaches the names listed with it ("a stake in Vellora and Quintrix",
"banks Barclays and Lloyds"): ``list_start`` finds where the list begins. ``business_cue``
reads them all for one mention; ``runs.cues_around`` sets ``Unknown.business`` from it, and a
name so marked is a company in every mention of the article (``score.company_over_person``,
``document.decide_unknown``), even a common word when a trade names it ("the app Signal";
"invested in Research" names nothing).
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import COUNTRIES, FIRST_NAMES, LEX, PLACE_LABELS
from .score import garment_follows

# One row per noun: the noun, its plural, and where it says "company":
#   firm   only a company is one: a cue before a name and heading an apposition
#   trade  a person may ply it too ("the publisher", "a broker"): a cue after an article or
#          a sector word before a name with no given name ("the broker Fenwick", not "said
#          broker Sam Rizvi"), and as a plural before any name; never in an apposition
#          ("Jane Hill, a broker, said" is a person)
#   head   says nothing alone ("his rival", "a giant"): a cue only after a trade or a sector
#          word ("chipmaker rival Oxley", "tech giant Ardent")
_TABLE = """
bank            banks             firm
lender          lenders           firm
insurer         insurers          firm
exchange        exchanges         firm
app             apps              firm
platform        platforms         firm
retailer        retailers         firm
wholesaler      wholesalers       firm
supermarket     supermarkets      firm
chain           chains            firm
airline         airlines          firm
carmaker        carmakers         firm
automaker       automakers        firm
chipmaker       chipmakers        firm
drugmaker       drugmakers        firm
housebuilder    housebuilders     firm
homebuilder     homebuilders      firm
manufacturer    manufacturers     firm
supplier        suppliers         firm
start-up        start-ups         firm
startup         startups          firm
fintech         fintechs          firm
brokerage       brokerages        firm
conglomerate    conglomerates     firm
network         networks          firm
broadcaster     broadcasters      firm
newspaper       newspapers        firm
consultancy     consultancies     firm
label           labels            firm
studio          studios           firm
firm            firms             firm
company         companies         firm
utility         utilities         firm
charity         charities         firm
nonprofit       nonprofits        firm
PAC             PACs              firm
foundation      foundations       firm
distributor     distributors      firm
group           groups            firm
subsidiary      subsidiaries      firm
consortium      consortia         firm
cooperative     cooperatives      firm
agency          agencies          firm
think-tank      think-tanks       firm
unit            units             firm
miner           miners            trade
broker          brokers           trade
publisher       publishers        trade
bookmaker       bookmakers        trade
maker           makers            trade
operator        operators         trade
provider        providers         trade
developer       developers        trade
rival           rivals            head
giant           giants            head
"""


def _rows(kind: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1]) for r in (line.split() for line in _TABLE.strip().splitlines()) if r[2] == kind
    ]


BUSINESS_NOUNS: dict[str, str] = {
    one: many for kind in ("firm", "trade", "head") for one, many in _rows(kind)
}
"""The nouns of a company's trade in business news, singular to plural (the table above):
"the lender Halbridge", "Carmakers Volvane and Stellix", "Kestrel, the crypto exchange"."""

FIRM_NOUNS = frozenset(w for one, many in _rows("firm") for w in (one, many))
TRADE_NOUNS = frozenset(w for one, many in _rows("trade") for w in (one, many))
HEAD_NOUNS = frozenset(w for one, many in _rows("head") for w in (one, many))
PLURALS = frozenset(BUSINESS_NOUNS.values())
# a word of a company's sector before "rival" or "giant" ("tech giant", "banking rival")
SECTOR_WORDS = (
    FIRM_NOUNS
    | TRADE_NOUNS
    | frozenset(
        """
        tech technology oil energy retail banking media mining software search drug drugs
        pharmaceutical pharmaceuticals pharma food fashion online internet e-commerce telecoms
        telecom chip chips car insurance streaming payments payment crypto gaming
        entertainment tobacco beverage consumer engineering travel property
        """.split()  # noqa: SIM905
    )
)
# the singular of every trade but "rival" and "giant": what ``settings`` reads beside a name
# ("the carmaker Proton", "the Montreal studio")
TRADES = frozenset(one for kind in ("firm", "trade") for one, _ in _rows(kind))
# every word that may stand right before a name as a cue (``context.prev_word`` lowers it)
NOUNS_BEFORE = FIRM_NOUNS | TRADE_NOUNS | HEAD_NOUNS
# what may stand right before a name that ``business_cue`` reads: a trade, the "in" of
# "shares in", the "from" or "to" of a new name, and the joins of a list
CUE_PREV = NOUNS_BEFORE | frozenset(
    ("in", "from", "to", "as", "and", "or", ",", "&", "owns", "runs")
)
CUE_PREV |= frozenset(("of", "with"))  # "the takeover of Ombra", "a merger with Corvane"

_WORD_BEFORE = compiled.compile(r"(?:^|(?<=[\s(\"“]))([\w-]+) $")
# what is owned of a company or put into it, right before its name
_STAKE_BEFORE = compiled.compile(
    r"\b(?:[Ss]hares|(?<!at )[Ss]takes?|[Ss]hareholding|[Ii]nvest(?:ed|s|ing|ments?)) in $"
    r"|\b(?<!at )[Ss]takes? to $"  # "agreed to sell a 51% stake to Polly Peck"
    r"|\bchang(?:ed|es|ing) (?:its|their) names? (?:from|to) $"
    r"|\b(?:renamed|rebranded)(?: itself)? as $"
)
# the new name after the old one: "changed its name from Zentry to |Arcwell"
_RENAMED_TO = compiled.compile(r"\bnames? from [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} to $")
# a company's own things after its possessive: "Tarsk's chief executive", "Tarsk's chief
# marketing officer", "Ombra's founder", "Corvane's shareholders"
_OWNED_AFTER = compiled.compile(
    r"['’]s (?:(?:new|former|outgoing|incoming|interim) )?(?:chief (?:executive|[a-z]+ officer)"
    r"|co-?founders?|founders?|spokes(?:person|man|woman)|shares|shareholders|stockholders"
    r"|board)\b"
)
# an apposition that a company's trade heads: ", the crypto exchange,", ", a fintech app
# that", ", Britain's biggest retailer.", ", a loose group of hackers", ", a unit of Acme"
# (up to three words before the noun, none of them a preposition or a conjunction; the noun,
# singular, ends the apposition or an "of" follows it: "Somerset, N.J., the bank said" is
# the bank's word, no apposition)
_APPOSITION = compiled.compile(
    r", (?:the|a|an|[A-Z][\w.&-]*['’]s) (?:(?!(?:of|for|at|in|to|with|from|by|and|or|who)\b)"
    r"[\w'’-]+ ){0,4}?("
    + "|".join(sorted((w for w in FIRM_NOUNS if w not in PLURALS), key=lambda w: (-len(w), w)))
    + r")(?=[,.;:)]| (?:that|which|based|owned|founded|backed|listed|of)\b|$)"
)
_CAPITAL_WORD = compiled.compile(r"[A-Z][\w&.'’-]*$")


def list_start(text: str, s: int) -> int:
    """Where the list of names that ends with the name at ``s`` begins: "a stake in
    |Vellora and Quintrix", "banks |Barclays, HSBC and Lloyds" (up to four names before, of up
    to three capitalised words each); ``s`` itself when no list leads to it."""
    start = s
    for _ in range(4):
        before = text[max(0, start - 5) : start]
        if before.endswith((" and ", " or ")):
            k = start - (5 if before.endswith(" and ") else 4)
            k -= text[k - 1 : k] == ","  # ", and"
        elif before.endswith((", ", " & ")):
            k = start - 2 if before.endswith(", ") else start - 3
        else:
            break
        words = text[max(0, k - 60) : k].split(" ")
        n = 0
        while (
            n < 3
            and n < len(words)
            and _CAPITAL_WORD.match(words[-1 - n])
            and words[-1 - n].lower() not in NOUNS_BEFORE  # "Bookmakers Betfred and"
        ):
            n += 1
        if n == 0:
            break
        start = k - len(" ".join(words[len(words) - n :]))
    return start


def noun_before(text: str, s: int, e: int, name: str) -> bool:
    """ "the lender Halbridge", "crypto exchange Kestrel", "Bookmakers William Hill", "tech
    giant Ardent": a trade right before the name ``name`` (at ``s``, or the list it ends at
    ``s``; it ends at ``e``) from ``BUSINESS_NOUNS`` ("rival" and "giant" only after a sector
    word). A name that opens with a given name is a company's only after a plural trade, if
    it has two capitalised words ("Bookmakers William Hill"), or after an article and a trade
    only a company plies ("the retailer John Lewis"; "the publisher Rupert Murdoch" is a
    person). Not before a clause the name is the subject of (``_relative_clause``: "the firm
    Okafor founded in 2001")."""
    m = _WORD_BEFORE.search(text, max(0, s - 24), s)
    if m is None:
        return False
    word = m.group(1)
    lower = word.lower()
    if lower not in NOUNS_BEFORE:
        return False
    if word != lower and not (lower in PLURALS and _sentence_start(text, m.start())):
        return False  # "Bank Halbridge": a name's own word, not a trade
    prior = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    before = prior.group(1).lower() if prior is not None else ""
    if (lower in HEAD_NOUNS or lower in TRADE_NOUNS and lower not in PLURALS) and (
        before not in SECTOR_WORDS and (lower in HEAD_NOUNS or before not in _ARTICLES)
    ):
        return False  # "his rival Okafor", "a giant Sequoia", "said broker Sam Rizvi"
    if _relative_clause(text, e):
        return False  # "the company Adeyemi built from scratch": Adeyemi built it
    words = name.split(" ")
    if words[0] in FIRST_NAMES:
        if lower in PLURALS:
            return len(words) == 2 and lower not in HEAD_NOUNS
        return lower in FIRM_NOUNS and (before in _ARTICLES or before in SECTOR_WORDS)
    return True


# verbs of what a person does to a company: after the name, with no object after them, they
# open a clause that describes the company ("the firm Okafor founded in 2001 was sold")
_RELATIVE_VERBS = frozenset(
    """
    founded co-founded built joined left runs ran owns owned leads led heads headed chairs
    chaired started bought sold created manages managed works worked
    """.split()  # noqa: SIM905
)
# what opens the object of such a verb in a main clause ("Halbridge owns 300 branches")
_OBJECT_OPENS = frozenset("a an the its their his her this that these those".split())  # noqa: SIM905


def _relative_clause(text: str, e: int) -> bool:
    """ "the firm Okafor founded in 2001", "the company Adeyemi built from scratch", "the
    start-up Musk founded raised money": the name is the subject of a verb of
    ``_RELATIVE_VERBS`` that has no object after it (a preposition, a stop or a verb
    follows), so the trade before the name is the clause's object, not the name's noun.
    "The lender Halbridge owns 300 branches" is the company's own clause."""
    if text[e : e + 1] != " ":
        return False
    words = text[e + 1 : e + 40].split(" ", 2)
    if not words or words[0].rstrip(",.;:") not in _RELATIVE_VERBS:
        return False
    if words[0][-1:] in ",.;:" or len(words) < 2:
        return True
    nxt = words[1]
    return not (nxt in _OBJECT_OPENS or nxt[:1].isdigit() or nxt[:1].isupper() or nxt[:1] == "$")


def _sentence_start(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k] in " \"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def stake_before(text: str, s: int) -> bool:
    """ "shares in Korvex", "a stake in Dunmere", "invested in Brevik", "changed its name
    from Zentry to Arcwell": what is owned of a company or put into it, or a company's old or
    new name, right before the name."""
    lo = max(0, s - 48)
    return _STAKE_BEFORE.search(text, lo, s) is not None or (
        text.endswith(" to ", lo, s) and _RENAMED_TO.search(text, max(0, s - 100), s) is not None
    )


def owned_after(text: str, e: int) -> bool:
    """ "Tarsk's chief executive", "Ombra's founder", "Corvane's shareholders": a company's
    people or stock after the name's possessive."""
    return _OWNED_AFTER.match(text, e) is not None


def apposition_after(text: str, e: int) -> bool:
    """ "Kestrel, the crypto exchange,", "Brevik, a fintech app,": a company's trade heads
    the apposition after the name (a person's trade does not: "Jane Hill, a broker")."""
    return _APPOSITION.match(text, e) is not None


# what ``business_cue`` finds: no cue, a cue, or a trade naming the name ("the app Signal",
# "Signal, the messaging app"), which makes a company of a common word too
NO_CUE, CUE, TRADE_CUE = 0, 1, 2

# verbs that open a company's results after its name: the cheap first test of
# ``results_after`` (``runs.cues_around`` reads the word after the name)
RESULT_VERBS = frozenset(
    [
        "posted",
        "reported",
        "booked",
        "recorded",
        "swung",
        "cut",
        "axed",
        "shed",
        "slashed",
        "recalled",
        "recalls",
        "said",
        "says",
        "expects",
        "forecast",
        "forecasts",
        "warned",
    ]  # noqa: SIM905
)
_RESULTS_AFTER = compiled.compile(
    r" (?:(?:posted|reported|booked|recorded|swung to) (?:a |an )?(?:[\w-]+ ){0,3}"
    r"(?:loss|losses|profit|profits|revenue|revenues|sales|earnings)\b"
    r"|(?:cut|axed|shed|slashed) (?:about |some |nearly |almost |more than |over )?[\d,]+ jobs\b"
    r"|recall(?:ed|s) (?:about |some |nearly |more than |over )?[\d,]+ "
    # or its staff: "Crusty Cob employs six people", "Tarsk employs 2,000 workers"
    r"|employs (?:about |some |nearly |more than |over |around )?(?:[\d,]+|[a-z]+) "
    r"(?:people|staff|workers|employees)\b)"
)
# what a company says of its own trade, right after its name: "Morlund said its orders had
# stabilised", "Santander said net profit rose", "Brenntag expects sales to fall", "Besi
# expects revenue in the first quarter to rise". Not "said demand ...": a minister or an
# economist named by the surname says that too ("Merkel said demand for gas would fall")
_TRADE = (
    r"(?:demand|sales|revenue|revenues|profits?|earnings|income|orders|bookings|margins?"
    r"|deliveries|shipments)\b"
)
_STATEMENT_AFTER = compiled.compile(
    r" (?:(?:said|says|warned) (?:that )?(?:its (?:[\w-]+ )?|(?:net|operating|pre-tax"
    r"|quarterly|annual|full-year|first-half|[a-z]+-quarter) )"
    rf"|(?:expects|forecast|forecasts) (?:its |full-year |annual )?){_TRADE}"
    # or how its shares moved: "Snowflake lost about 3%", "Figma rose 5% after ..."
    r"|(?: (?:each|also))? (?:rose|fell|gained|lost|slid|dropped|jumped|climbed|tumbled"
    r"|surged|sank|plunged|advanced|declined|soared|slumped) (?:about |nearly |almost "
    r"|more than |over |as much as )?\d+(?:\.\d+)? ?(?:%|percent\b|per cent\b)"
)


def statement_after(text: str, e: int) -> bool:
    """ "Morlund said its orders had stabilised", "Brenntag expects sales to fall": what only
    a company says of its own trade, right after a name the lists do not know (a known place
    says such things by metonymy: "London said"); and a move of its shares in per cent
    ("Snowflake lost about 3%"). A cue of business news (rule 5)."""
    return _STATEMENT_AFTER.match(text, e) is not None


def results_after(text: str, e: int) -> bool:
    """ "Korvex posted a loss", "Tarsk cut 200 jobs", "Ombra recalled 40,000 cars", "Tarsk
    employs 2,000 people": results only a company reports, right after the name (rule 5)."""
    return _RESULTS_AFTER.match(text, e) is not None


def business_cue(text: str, s: int, e: int, prev: str, name: str) -> int:
    """Does this mention of ``name`` at ``s``..``e`` read as a company's in business news
    (rules 1-5 of the module docstring)? ``NO_CUE``, ``CUE`` or ``TRADE_CUE``. ``prev``:
    the word before, lower-cased (``context.prev_word``), the cheap first test of the rules
    that read before the name."""
    after = text[e : e + 2]
    if after == ", " and apposition_after(text, e):
        return TRADE_CUE
    if (
        after[:1] == " "
        and name.split(" ", 1)[0] not in FIRST_NAMES
        and (results_after(text, e) or name not in LEX and statement_after(text, e))
    ):
        return CUE  # not "John Smith cut 200 jobs": a person may be said to
    if prev in CUE_PREV:
        cue = cue_before(text, s, e, prev, name, _STAKE_WORDS)
        if cue:
            return cue
    return CUE if after[:1] in _APOSTROPHES and owned_after(text, e) else NO_CUE


def cue_before(text: str, s: int, e: int, prev: str, name: str, stake: frozenset[str]) -> int:
    """Rules 1 and 2 before the name at ``s``, or before the list it ends ("a stake in
    Vellora and |Quintrix"); rule 2 only with the words of ``stake`` before "in" (none: not
    at all). ``prev``: the word before, lower-cased. The word before the list settles which
    rule to try, so most names try none. ``TRADE_CUE`` after a trade, ``CUE`` after a
    stake or a change of name, else ``NO_CUE``."""
    start = s
    if prev in _JOINS:
        start = list_start(text, s)
        if start == s:
            return False
        prev = _last_word(text[max(0, start - 24) : start - 1])
    if prev in NOUNS_BEFORE:
        return TRADE_CUE if noun_before(text, start, e, name) else NO_CUE
    if prev == "as" and text[max(0, start - 8) : start] == "such as ":
        # "retailers such as Foot Locker": the trade's plural before "such as"
        plural = _last_word(text[max(0, start - 32) : start - 9].rstrip(","))
        return TRADE_CUE if plural in PLURALS else NO_CUE
    if prev == "owns" or prev == "runs":
        return CUE  # "Capri, which also owns Michael Kors and Jimmy Choo": no one is owned
    if prev == "of" or prev == "with":
        deal = _last_word(text[max(0, start - 20) : start - len(prev) - 2])
        return CUE if deal in _DEALS.get(prev, ()) else NO_CUE
    if not stake:
        return NO_CUE
    if prev == "in":
        owned = _last_word(text[max(0, start - 20) : start - 4])
        return CUE if owned in stake and stake_before(text, start) else NO_CUE
    if prev not in _RENAME_WORDS:
        return NO_CUE
    if prev == "to" and _last_word(text[max(0, start - 20) : start - 4]) in _HELD_WORDS:
        return CUE if stake_before(text, start) else NO_CUE  # "sold a 51% stake to Korvane"
    near = text[max(0, start - 60) : start]
    return CUE if ("name" in near or "rebrand" in near) and stake_before(text, start) else NO_CUE


def _last_word(chunk: str) -> str:
    """The last word of ``chunk``, lower-cased, after a space or a line break ("fell.
    \n\nBookmakers" -> "bookmakers"); "" for none."""
    words = chunk.split()
    return words[-1].lower() if words else ""


# the words of ``_STAKE_BEFORE`` before "in", and of a change of name before the name
_STAKE_WORDS = frozenset(
    """
    shares stake stakes shareholding invested invests investing investment investments
    """.split()  # noqa: SIM905
)
# what is held of a company, not put into a place ("invested in Lagos"): the words read
# before a town the lists know
_HELD_WORDS = frozenset(("shares", "stake", "stakes", "shareholding"))
_RENAME_WORDS = frozenset(("from", "to", "as"))
# a company bought or merged with: "the takeover of Ombra", "its merger with Corvane"
_DEALS = {
    "of": frozenset(("takeover", "buyout")),
    "with": frozenset(("merger", "merge", "merging")),
}
_JOINS = frozenset(("and", "or", ",", "&"))
_ARTICLES = frozenset(("the", "a", "an"))
_APOSTROPHES = frozenset("'’")


BUSINESS_RULE = "context:business-cue"
# the rules of a place the lists know, and of a town the lists know as a club that
# ``settings.towns_not_clubs`` made a place ("Customers in Halifax ... the bank Halifax")
_KNOWN = ("lexicon:", "segment:known", "context:town-not-club")
_NOTHING: frozenset[str] = frozenset()


def companies_not_places(text: str, spans: list[Span], rules: list[str]) -> None:
    """Rule 5 of the module docstring: a known place with a company's cue beside it is an
    ORG (``BUSINESS_RULE``). Relabels in place; one label test per span first, then the two
    characters around it, as most places stand beside no cue."""
    for k, span in enumerate(spans):
        if span.label not in PLACE_LABELS or span.value in COUNTRIES:
            continue
        s, e = span.start, span.end
        if not rules[k].startswith(_KNOWN):
            continue
        after = text[e : e + 2]
        cue = (
            after[:1] in _APOSTROPHES
            and owned_after(text, e)
            or after == ", "
            and apposition_after(text, e)
        )
        if not cue and "a" <= text[e + 1 : e + 2] <= "z" and garment_follows(text, e):
            cue = True  # "a Longchamp bag": the brand, not the racecourse
        if not cue and text[s - 1 : s] == " ":
            before = _last_word(text[max(0, s - 16) : s - 1])
            if before in CUE_PREV:
                # "shares in Santander" only for a town the training news never named, and
                # no "invested in" ("invested in Lagos property")
                info = LEX.get(span.value or "")
                held = _HELD_WORDS if info is not None and info[1] == 0 else _NOTHING
                cue = cue_before(text, s, e, before, span.text, held) > NO_CUE
        if cue:
            spans[k] = Span("entity", "ORG", s, e, span.text, span.value)
            rules[k] = f"{BUSINESS_RULE} was {span.label} by {rules[k].split(' ')[0]}"


_APPOSED_ENDS = frozenset(",.;:)")
_APPOSABLE = frozenset(("PERSON", "GPE", "LOC"))


def apposed_bodies(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "Gavi, the Vaccine Alliance, said": a one-word name the statistics guessed, then ", the"
    and a body's whole name closing the apposition, is that body's other name (an ORG, by
    ``BUSINESS_RULE``, so every mention follows); "Smith, the Labour Party's leader" goes on
    past the body's name and stays a person. Relabels in place."""
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if (
            b.label == "ORG"
            and a.label in _APPOSABLE
            and " " not in a.text
            and rules[k].startswith("model:")
            and text[a.end : b.start] == ", the "
            and text[b.end : b.end + 1] in _APPOSED_ENDS
            and b.end < len(text)
        ):
            spans[k] = Span("entity", "ORG", a.start, a.end, a.text, a.value)
            rules[k] = f"{BUSINESS_RULE} apposed to {b.text!r}, was {a.label}"
