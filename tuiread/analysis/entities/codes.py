"""Codes of capitals and digits, and other capitals of modern news that name nothing.

Run over the finished spans (``document.finish``), each rule after a cheap test on the
span's own characters, so a story without such codes pays one pass over its spans:

* ``is_formula``: "CO2", "NO2", "CH4", "H2O", "O3": a chemical formula is no name.
* ``is_period_code``: "Q3", "H1", "FY25": a quarter, half or fiscal year is a date.
* ``is_particulate``: "PM2.5", "PM10": a size of dust, a measure.
* ``is_rand_amount``: "R100 billion": the rand's sign and a number before a magnitude is
  a sum of money.
* ``in_ticker``: "(NVDA.O)", "(NYSE: KO)": a stock's ticker in parentheses after the
  company names the listing, not a place or a second company.
* ``label_line``: "PROS", "CONS", "VERDICT" alone on a line: a review's section label,
  a common word in capitals; ``weak_name_in_capitals``: "BREAKING NEWS:", a common word
  the lists know as a name once or twice, shouted.
* ``is_model_code``: "H20", "B200", "MI350", "A19": capitals then digits the lists do not
  know: a product's model (a chip, a phone), not a company.
* ``is_road``: "the A466", "the M25", "the B4245", "the northbound I-95": a road's
  number (a FAC), not a company, where the words around it are a road's.
* ``model_name``: "Pixel 10 Pro", "Galaxy S25 Ultra", "iPhone 17 Pro Max": a product line,
  its number and its tier words are one PRODUCT, and so is the line with a bare number
  ("Pixel 8") once the story has written it with a tier word; a version may have a
  decimal ("Gemini 2.5 Pro").
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .executives import GOVERNMENT_STARTS, OWNERS, government_end
from .lexicon import COMMON, HARD, LEX
from .never import WEAK_NAMES
from .services import service_end
from .surnames import given_name_before

# the symbols of the chemical elements, for formulas ("CO2", "CaCO3", "NO2")
_ELEMENTS = frozenset(
    """
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge
    As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm
    Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th
    Pa U Np Pu Am Cm
    """.split()  # noqa: SIM905
)
_FORMULA_PART = compiled.compile(r"([A-Z][a-z]?)(\d{0,2})")
_PERIOD = compiled.compile(r"(?:Q[1-4]|H[12]|FY\d\d(?:\d\d)?|[1-4]Q|CY\d\d(?:\d\d)?)")
_PARTICULATE = compiled.compile(r"PM(?:1|2\.5|10)\b")
# capitals, then digits, then at most a few letters: "H20", "B200", "MI350", "A320neo"
_MODEL_CODE = compiled.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}")  # "S25", "F-150"
# "(NVDA.O)", "(2330.TW)", "(NYSE: KO)", "(Nasdaq: AAPL)", "(LSE: BARC)"
_TICKER = compiled.compile(
    r"\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|NYSE American|OTC|TSE|HKEX|SGX|BSE|NSE)"
    r" ?: ?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)"
)
# what follows a product line's number: its tier ("Pro", "Ultra", "Pro Max", "Fold 7")
_TIERS = r"(?:Pro|Max|MAX|Ultra|Plus|Mini|mini|Elite|Air|Lite|Edge|Fold|Flip|Neo|FE|XL|SE|Note)"
# a product's number or model code after its line's name, then its tiers (ASCII classes:
# "\d" and "\w" made the match five times slower)
_NUMBER_AFTER = compiled.compile(
    r" (?:[0-9]{1,4}(?:\.[0-9]{1,2})?|[A-Z]{1,2}-?[0-9]{1,4}[a-z]?)(?![A-Za-z0-9_%]|[.,:/-][0-9])"
)
_TIERS_AFTER = compiled.compile(r"(?: " + _TIERS + r")+(?![\w%])")
_NOT_PRODUCTS = frozenset(("GPE", "LOC", "NORP", "PERSON", "EVENT", "LAW", "FAC"))
# the characters that may start a number, a model code or a tier after a name, or end a
# code: the one test made on every span
_MODEL_STARTS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_GASES = frozenset(("O3", "H2", "N2"))
_BASIC = frozenset("CHON")
_LINE_MARKS = " \t-*:\u2022"
# nouns for the things a model code names ("its H20 chips", "the A19 processor", "F-35
# fighters", "B-52 bombers"), after the last of the models listed with it ("its H100 and
# Blackwell processors")
_PRODUCT_NOUN = compiled.compile(
    r"(?:, [A-Z][\w-]*){0,4}(?:,? (?:and|or) [A-Z][\w-]*)? (?:chips?|processors?|GPUs?|accelerators?|phones?|smartphones?|handsets?|consoles?"
    r"|laptops?|tablets?|headsets?|cars?|SUVs?|sedans?|jets?|aircraft|drones?|models?"
    r"|fighters?|bombers?|planes?|airliners?|helicopters?|tankers?|transports?|tanks?|missiles?"
    r"|rockets?|warships?|submarines?|rifles?)\b"
)


# British and Irish road numbers ("A466", "M25", "B4245", "A1(M)", "N7") and American
# interstates ("I-95")
_ROAD_CODE = compiled.compile(r"(?:[AMBN][1-9]\d{0,3}(?:\(M\))?|I-[1-9]\d{0,2})")
# what stands before a road's number: a preposition of place and "the", a direction of travel
_ROAD_BEFORE = compiled.compile(
    r"(?:\b(?:on|off|along|onto|near|closed|of|via|from|to|towards|toward|down|up|across|and|the) the"
    r"|\b(?:north|south|east|west)bound) $"
)
# what follows one: a road's words, a junction, a stretch between places
_ROAD_AFTER = compiled.compile(
    r" (?:motorway|road|carriageway|junction|link|slip road|northbound|southbound|eastbound"
    r"|westbound|near|between|at junction|in both directions)\b"
)
# words of flying near an aircraft's model that shares a road's shape ("flew on the A380")
_AVIATION = compiled.compile(
    r"\b(?:fl(?:ew|y|ying|own|ights?)|airlines?|airliners?|Airbus|Boeing|jets?|aircraft"
    r"|planes?|superjumbos?|landed|pilots?|cabin)\b"
)


def is_road(text: str, s: int, e: int) -> bool:
    """ "on the A466 near Tintern", "the M25 motorway", "the northbound I-95": a road's
    number where a place's preposition and "the" or a direction stand before it, or a
    road's word after it. "The A380 landed" (no such words) and "flew on the A380" (words of
    flying near it: an aircraft's) stay what they were."""
    if _ROAD_CODE.fullmatch(text, s, e) is None:
        return False
    if _AVIATION.search(text, max(0, s - 100), e + 60) is not None:
        return False
    if _ROAD_AFTER.match(text, e):
        return text[max(0, s - 4) : s].lower() == "the " or text[s - 1 : s] == " "
    return _ROAD_BEFORE.search(text, max(0, s - 16), s) is not None


def is_formula(word: str) -> bool:
    """ "CO2", "NO2", "CH4", "H2O": element symbols with a count, one of them carbon,
    hydrogen, oxygen or nitrogen, make a chemical formula, no name; so do the gases "O3",
    "H2" and "N2". Not "H20" (a chip), "PS5" (a console) or "BBC2" (the channel's name
    and a number)."""
    if word in _GASES:
        return True
    if word in LEX:
        return False
    pos = 0
    symbols = []
    counted = False
    while pos < len(word):
        m = _FORMULA_PART.match(word, pos)
        if m is None or m.group(1) not in _ELEMENTS:
            return False
        symbols.append(m.group(1))
        counted = counted or bool(m.group(2))
        pos = m.end()
    return (
        counted
        and len(symbols) > 1
        and not _BASIC.isdisjoint(symbols)
        and (LEX.get("".join(symbols)) or ("",))[0] != "ORG"
    )


def is_period_code(word: str) -> bool:
    """ "Q3", "H1", "FY25", "3Q": a quarter, a half or a fiscal year is a date, no name."""
    return _PERIOD.fullmatch(word) is not None


def is_particulate(text: str, s: int) -> bool:
    """ "PM2.5", "PM10": fine dust measured by its size, no name."""
    return _PARTICULATE.match(text, s) is not None


def in_ticker(text: str, s: int, e: int) -> bool:
    """ "Nvidia (NVDA.O) shares fell", "Coca-Cola (NYSE: KO)": a ticker in parentheses,
    an exchange's code ("NVDA.O", "2330.TW") or an exchange and a symbol, is the listing
    of the company just named; not a place ("NVDA" read as a country) nor a name again."""
    lo = text.rfind("(", max(0, s - 16), s)
    if lo < 0:
        return False
    m = _TICKER.match(text, lo)
    return m is not None and m.end() >= e


def label_line(text: str, s: int, e: int) -> bool:
    """ "PROS", "CONS", "VERDICT" alone on a line: a section label of a review or a live
    page, a common word written in capitals, no name. A name the lists know in capitals or
    with one capital ("NASA", "Apple") stays."""
    t = text[s:e]
    if t.lower() not in COMMON or t in LEX or t.capitalize() in HARD:
        return False
    ls = text.rfind("\n", max(0, s - 8), s) + 1
    if ls == 0 and s > 8:
        return False  # more than bullets and spaces before the word on its line
    le = text.find("\n", e, e + 8)
    if le < 0:
        le = e + 8 if e + 8 < len(text) else len(text)
        if le != len(text):
            return False
    return text[ls:le].strip(_LINE_MARKS) == t


def is_model_code(t: str) -> bool:
    """ "H20", "B200", "MI350", "A19": capitals then digits (then at most three letters)
    that the lists do not know; a product's model when a product noun follows ("its H20
    chips"). Formulas and periods ("CO2", "Q3") are told first."""
    return _MODEL_CODE.fullmatch(t) is not None and t not in LEX


def ends_in_model_code(sp: Span) -> bool:
    """ "Tensor G5", "Radeon RX9070": a name of words ending in a model code (capitals then
    digits) the lists do not know is a product line and its model, not a company."""
    t = sp.text
    if sp.label != "ORG" or not t[-1].isdigit() or " " not in t or t in LEX:
        return False
    last = t.rpartition(" ")[2]
    return not last.isdigit() and is_model_code(last)


def _drop(text: str, sp: Span) -> bool:
    """Is ``sp`` one of the codes or labels of the module docstring that name nothing? The
    cheapest tests first: most spans looked at are acronyms that stay."""
    t = sp.text
    if (t[-1].isdigit() or t[:2] == "PM") and (
        is_formula(t) or is_period_code(t) or is_particulate(text, sp.start)
    ):
        return True
    if t[:1] == "R" and t[-1].isdigit() and is_rand_amount(text, sp):
        return True
    if not t.isupper():
        return False
    s = sp.start
    if (text[s - 1 : s] == "(" or text[s - 2 : s] == ": ") and in_ticker(text, s, sp.end):
        return True
    if len(t) < 3:
        return False
    if sp.value in WEAK_NAMES and t == (sp.value or "").upper():
        return True  # ``weak_name_in_capitals``
    return t.lower() in COMMON and label_line(text, s, sp.end)


_RAND = compiled.compile(r"Rs?\d[\d,.]*")
_MAGNITUDE_AFTER = compiled.compile(r"(?:[.,]\d+)? ?(?:billion|million|trillion|bn|m|tn)\b")


def is_rand_amount(text: str, sp: Span) -> bool:
    """ "R100 billion", "R2.5bn", "Rs5 billion": the rand's (or the rupee's) sign
    and a number before a magnitude is an amount of money, no company or model."""
    return _RAND.fullmatch(sp.text) is not None and _MAGNITUDE_AFTER.match(text, sp.end) is not None


def weak_name_in_capitals(sp: Span) -> bool:
    """ "BREAKING NEWS: Fire at plant": a word in capitals that the lists know as a name
    only a time or two and that is a common word ("News", "Power", "Start") is the common
    word shouted in a heading, not the name; a name known often ("HOUSE", "WHO") stays."""
    return sp.value in WEAK_NAMES and sp.text == (sp.value or "").upper()


def model_end(text: str, sp: Span) -> tuple[int, bool]:
    """Rule ``model_name`` for ``sp``: the end of the product it opens with its number
    and tiers (-1 if none), and whether a tier or a model code says so by itself. Two
    plain regexes, the tiers' only after a number or a code ("Arsenal 2 Chelsea" costs
    one failed match of each)."""
    e = sp.end
    m = _NUMBER_AFTER.match(text, e)
    if m is None:
        if sp.label != "PRODUCT":
            return -1, False  # "Canal Plus", "Air Max": a tier alone makes no product of a company
        t = _TIERS_AFTER.match(text, e)
        return (t.end(), True) if t is not None else (-1, False)
    t = _TIERS_AFTER.match(text, m.end())
    if t is not None:
        return t.end(), True
    return m.end(), text[e + 1].isupper()  # a model code ("S25") says so by itself


def tidy_codes(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """Apply the rules of the module docstring to the sorted spans; spans and rules. One
    pass of character tests over the spans finds the few worth a closer look, for these
    rules and for two that look at a name before a capital: a given name and a people's
    word (``surnames``), a company and its service (``services``)."""
    starts = _MODEL_STARTS
    # one comprehension over the spans, a few character tests each: a code or an acronym
    # ends in a capital or a digit, a product line's number or tier starts with one after
    # a space (one character at a time: a cached string, no new one to hash)
    looked = [
        k
        for k, sp in enumerate(spans)
        if sp.text[-1] in starts
        or text[sp.end + 1 : sp.end + 2] in starts
        and text[sp.end : sp.end + 1] == " "
    ]
    if not looked:
        return spans, rules
    drop: set[int] = set()
    coded: list[int] = []
    ends: dict[int, tuple[int, bool]] = {}
    joined: dict[int, tuple[int, str, str]] = {}
    n = len(spans)
    for k in looked:
        sp = spans[k]
        last = sp.text[-1]
        if last in starts:
            if _drop(text, sp):
                drop.add(k)
                continue
            if last.isdigit():
                coded.append(k)
        e = sp.end
        if text[e : e + 1] != " " or text[e + 1 : e + 2] not in starts:
            continue
        # each rule below is asked only when the next characters may begin its word: a
        # slice and a set or a string test instead of a call and a regex match
        label = sp.label
        if label == "PERSON":
            # "Faisal Islam": a given name and a people's word (``surnames``)
            if (
                k + 1 < n
                and spans[k + 1].label == "NORP"
                and given_name_before(text, sp, spans[k + 1])
            ):
                joined[k] = (spans[k + 1].end, "PERSON", "surnames:demonym-surname")
            continue
        if label in OWNERS:
            # "the Scottish Government" (``executives``)
            if text[e + 1 : e + 3] in GOVERNMENT_STARTS:
                end = government_end(text, sp)
                if end > 0:
                    joined[k] = (end, "ORG", "executives:government-name")
            continue
        if label in _NOT_PRODUCTS:
            continue
        if label == "ORG" and text[e + 2 : e + 3].islower():
            end = service_end(text, spans, k)  # "Google Calendar" (``services``)
            if end > 0:
                joined[k] = (end, "PRODUCT", "services:company-service")
                continue
        if label != "PRODUCT" and text[e + 1 : e + 4].isalpha():
            continue  # no digit in the three characters a number or a model code needs
        end, sure = model_end(text, sp)
        if end > 0:
            ends[k] = (end, sure)
    if not drop and not ends and not coded and not joined:
        return spans, rules
    lines = {spans[k].text for k, (_, sure) in ends.items() if sure}
    merge = {
        k: (end, "PRODUCT", "codes:model-name")
        for k, (end, sure) in ends.items()
        if sure or spans[k].text in lines
    }
    merge.update(joined)
    products = {
        spans[k].text
        for k in coded
        if is_model_code(spans[k].text) and _PRODUCT_NOUN.match(text, spans[k].end)
    }
    relabel = [
        k
        for k in (coded if not lines else range(len(spans)))
        if k not in merge
        and k not in drop
        and spans[k].label != "PRODUCT"
        and (
            spans[k].text in products
            or spans[k].text in lines
            and spans[k].text not in LEX
            or ends_in_model_code(spans[k])
        )
    ]
    if relabel:
        # the other mentions of the same product take its label ("Blackwell" in a headline
        # for "Blackwell GB200"): one entity, one label
        values = {spans[k].value for k in relabel}
        relabel = [
            k
            for k, sp in enumerate(spans)
            if sp.value in values and sp.label != "PRODUCT" and k not in merge and k not in drop
        ]
    for k in relabel:
        sp = spans[k]
        rules[k] = f"codes:product-line was {sp.label} by {rules[k].split(' ')[0]}"
        spans[k] = Span("entity", "PRODUCT", sp.start, sp.end, sp.text, sp.value)
    for k in coded:
        sp = spans[k]
        if k not in merge and sp.label != "FAC" and is_road(text, sp.start, sp.end):
            rules[k] = f"codes:road was {sp.label} by {rules[k].split(' ')[0]}"
            spans[k] = Span("entity", "FAC", sp.start, sp.end, sp.text, sp.value)
    if not drop and not merge:
        return spans, rules
    out: list[Span] = []
    out_rules: list[str] = []
    k = 0
    while k < n:
        if k in drop:
            k += 1
            continue
        sp = spans[k]
        joint = merge.get(k)
        if joint is not None:
            end, label, why = joint
            j = k + 1
            while j < n and spans[j].start < end:
                j += 1  # "Max" read alone in "iPhone 17 Pro Max"; "Islam" after "Faisal"
            name = text[sp.start : end]
            out.append(Span("entity", label, sp.start, end, name, name))
            out_rules.append(f"{why} was {sp.label} by {rules[k].split(' ')[0]}")
            k = j
            continue
        out.append(sp)
        out_rules.append(rules[k])
        k += 1
    return out, out_rules
