"""Names that open in lower case: "iPhone", "eBay", "xAI", "iOS", "macOS", "iShares".

The run regex (``runs.RUN_RE``) takes words that open with a capital, so a brand spelt with a
lower-case prefix before a capital is never a candidate. ``lower_camel_names`` finds them by
their shape: one to three lower-case letters, then a capital, then letters; no letter, digit,
"@", "#", "/", ".", "-" or apostrophe before (a handle, a hashtag, a path, a domain, code) and
no digit, "_", "@", "/", "(" or ".x" after (an identifier, a call, a web address).

Left out by shape (``lower_camel_word``): a prefix that is an English word ("theCuban" is a
missing space, "useState" code), a unit (a capital and at most one lower-case letter after
the prefix: "pH", "dB", "hPa", "kWh", "mAh", "mmHg") and a common acronym under a prefix
(three capitals or more after it: "mRNA", "eSIM", "eVTOL"). Left out by use
(``common_camel``): a prefix and a common noun written as a common noun, in the plural,
after "a" or as an "-ing" word ("eBooks", "an eBike", "the iGaming industry").

Label, one per word and article (``camel_label``): a listed word keeps its label ("iPhone",
"iPad": PRODUCT); a model after the name ("iPhone 17 Pro", "iPad Air") makes one PRODUCT span;
an operating system's "OS" ("iOS", "iPadOS", "macOS") is a PRODUCT. Otherwise the mentions
vote (``mention_vote``): a determiner or a company's possessive before ("the iPad", "her
iPhone", "Apple's iPad"), a product's noun after ("the iPad screen"), "version of" before:
a product; a company's verb or people after ("eBay said", "xAI released", "eBay's revenue",
"eBay shares"), a service's users, account or app after ("an eBay account": the article is
the account's), "at"/"by"/"shares in" before, a person's possessive ("Musk's xAI"): a
company. A tie is a company (ORG): news names companies more than their products.

Cost: the text's bytes mapped to their letters' case and searched for the shape (C, ~2 ms
per million characters); the regex runs only where the shape is (``camel_matches``); then
a few slices around each mention (linear).
"""

from __future__ import annotations

import re

from .. import compiled
from .lexicon import COMMON, CORP_SUFFIXES, FUNCTION_WORDS, HARD, LOWER, ORG_SUFFIXES
from .score import PLATFORM_NOUNS

_NOT_BEFORE = r"(?<![\w@#/.\-'’&\\=<:$%])"
# the capital comes first, so the scan skips ahead fast; the look-behinds check the prefix
CAMEL_RE = compiled.compile(
    r"[A-Z](?:"
    rf"(?<={_NOT_BEFORE}[a-z][A-Z])|(?<={_NOT_BEFORE}[a-z]{{2}}[A-Z])"
    rf"|(?<={_NOT_BEFORE}[a-z]{{3}}[A-Z]))"
    r"[A-Za-z]*(?![\w@/(\\]|\.[A-Za-z])"
)
_PREFIX = compiled.compile(r"[a-z]+")
# a model after the name: numbers ("iPhone 17") and capitalised words ("Pro Max", "Air")
_MODEL = compiled.compile(
    r"(?: (?:\d{1,4}(?![\d.,:%/-]|\w| ?%| per)|[A-Z][A-Za-z]*(?![\w'’-]))){1,3}"
)
# the words before a product: a determiner, an owner, a describing word
_PRODUCT_PREV = frozenset(
    """
    the a an her his my your their our its this that new own latest old older every
    """.split()  # noqa: SIM905
)
# nouns of a product's parts, versions and owners after its name ("the iPad screen")
_PRODUCT_NEXT = frozenset(
    """
    update updates version versions screen screens camera cameras battery batteries model
    models owners case cases charger chargers handset handsets phone phones device devices
    """.split()  # noqa: SIM905
)
# a company's verbs, people and stock after its name ("eBay said", "eBay shares")
_COMPANY_NEXT = frozenset(
    """
    said says say has had will would could can is was fell rose dropped jumped slipped gained
    released launched bought sold announced reported confirmed declined plans agreed added
    shares stock chief boss founder executives spokesperson spokesman spokeswoman which
    """.split()  # noqa: SIM905
)
# what a company has after its possessive ("eBay's revenue")
_COMPANY_OWN = frozenset(
    """
    revenue revenues profit profits sales shares volume chief boss founder owner board
    customers sellers users business stake valuation chatbot model models staff workers
    """.split()  # noqa: SIM905
)
_COMPANY_PREV = frozenset(("at", "by"))
_OWNER = compiled.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s $")
_NEXT_WORD = compiled.compile(r"['’]s ([a-z]+)|,? ([a-z]+)")


def lower_camel_word(word: str) -> bool:
    """Is a word of ``CAMEL_RE`` a name by its shape (see the module docstring)?"""
    prefix = _PREFIX.match(word)
    assert prefix is not None
    p = prefix.group()
    rest = word[len(p) :]
    if p in FUNCTION_WORDS or len(p) > 1 and p in LOWER:
        return False  # "theCuban", "useState"
    if len(rest) < 2 or len(rest) == 2 and rest[1].islower():
        return False  # "pH", "hPa", "kWh", "mAh", "mmHg": units
    return not (len(rest) >= 3 and rest.isupper())  # "mRNA", "eSIM", "eVTOL"


def mention_vote(text: str, s: int, e: int) -> int:
    """+1 when one mention reads as a product's, -1 as a company's, 0 when it says nothing
    (see the module docstring)."""
    before = text[max(0, s - 30) : s]
    owner = _OWNER.search(before)
    if owner is not None:
        # "Apple's iPad": a company's product; "Musk's xAI", "Elon Musk's xAI": his company
        name = owner.group(1)
        label = HARD.get(name)
        if label == "ORG":
            return 1
        if label == "PERSON" or " " in name:
            return -1
    m = _NEXT_WORD.match(text, e)
    if m is not None:
        if m.group(1) is not None:
            if m.group(1) in _COMPANY_OWN:
                return -1  # "eBay's revenue"
        else:
            w = m.group(2)
            if w in PLATFORM_NOUNS or w in _COMPANY_NEXT:
                return -1  # "eBay said", "an eBay account": the service's company
            if w in _PRODUCT_NEXT:
                return 1  # "the uGlide screen"
    prev = before.rsplit(" ", 2)
    if len(prev) >= 2 and prev[-1] == "":
        p = prev[-2]
        if p in _PRODUCT_PREV:
            return 1
        if p in _COMPANY_PREV or p == "in" and before.endswith(("shares in ", "stake in ")):
            return -1
        if p == "of" and before.endswith(("version of ", "versions of ")):
            return 1
    return 0


def camel_label(text: str, word: str, mentions: list[tuple[int, int]]) -> str | None:
    """The label of a lower-camel word in this article (see the module docstring), or None
    for a common noun (``common_camel``)."""
    label = HARD.get(word)
    if label is None and word.endswith("s"):
        label = HARD.get(word[:-1])  # "iPhones": the listed "iPhone"
    if label is not None:
        return label
    if common_camel(text, word, mentions):
        return None
    if word.endswith("OS"):
        return "PRODUCT"  # "iOS", "iPadOS", "macOS": an operating system
    vote = 0
    for s, e in mentions:
        vote += mention_vote(text, s, e)
    return "PRODUCT" if vote > 0 else "ORG"


def common_camel(text: str, word: str, mentions: list[tuple[int, int]]) -> bool:
    """ "eBooks", "an eBike", "dApps", "the iGaming industry": a prefix before a common noun
    makes a common noun, not a brand, when the article writes it as one: in the plural, or
    after "a"/"an" each time, or as an "-ing" word; unless a company's cue names it ("eBay
    said": ``mention_vote``). A brand spelt so is singular and has no article ("eBay",
    "xAI"); a listed product is asked first ("iPhones")."""
    prefix = _PREFIX.match(word)
    assert prefix is not None
    rest = word[prefix.end() :].lower()
    plural = rest.endswith("s") and _common(rest[:-1])
    if not plural and not _common(rest):
        return False  # "xAI", "eBay": the rest is no common word
    if not (plural or rest.endswith("ing") or all(_after_article(text, s) for s, _ in mentions)):
        return False
    return all(mention_vote(text, s, e) >= 0 for s, e in mentions)


def _common(word: str) -> bool:
    return word in LOWER or word in COMMON


def _after_article(text: str, s: int) -> bool:
    return text.endswith((" a ", " an ", " A ", " An "), max(0, s - 4), s)


# bytes.translate's table: a lower-case letter "a", a capital "A", a digit or any byte of a
# character outside ASCII "0", everything else a space. A lower-case letter before a capital
# is then the two bytes "aA", found by the fast search of bytes.find (prose has few: "iPhone",
# "McDonald", "YouTube"); the name's shape is a space and one to three "a" before it.
_SHAPE = bytes(
    ord("a")
    if chr(b).islower() and b < 128
    else ord("A")
    if chr(b).isupper() and b < 128
    else ord("0")
    if chr(b).isdigit() or b >= 128
    else ord(" ")
    for b in range(256)
)
_LOWER = ord("a")
_SPACE = ord(" ")


def camel_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``CAMEL_RE`` in ``text``. The text's letters are first mapped to their
    case (``_SHAPE``, in C) and searched for the shape: most articles have no such word and
    are done without running the regex; an ASCII article runs it only where the shape is."""
    ascii_text = text.isascii()
    shape = (b" " + text.encode("ascii" if ascii_text else "utf-8")).translate(_SHAPE)
    hits: list[int] = []
    k = shape.find(b"aA")
    while k >= 0:
        j = k - 1
        while j >= 0 and shape[j] == _LOWER:
            j -= 1
        if k - j <= 3 and j >= 0 and shape[j] == _SPACE:
            hits.append(k)  # the capital's offset in ``text`` (the shape has one byte more)
        k = shape.find(b"aA", k + 2)
    if not hits:
        return []
    if not ascii_text:
        return list(CAMEL_RE.finditer(text))  # offsets of UTF-8 bytes are not the text's
    out = []
    for k in hits:
        m = CAMEL_RE.match(text, k)
        if m is not None:
            out.append(m)
    return out


# words that name a product line, though some also end a company's name ("Air France"):
# "iPhone Air", "MacBook Air" are products
_LINE_WORDS = frozenset(("Air", "Pro", "Max", "Mini", "Plus", "Ultra", "Lite", "Go"))


def lower_camel_names(text: str, found: list[tuple[int, int, str, str, str]]) -> None:
    """Add to ``found`` each name that opens in lower case (see the module docstring)."""
    words: dict[str, list[tuple[int, int]]] = {}
    models: list[tuple[int, int, str]] = []
    for m in camel_matches(text):
        s = m.start() - 1
        while s > 0 and "a" <= text[s - 1] <= "z":
            s -= 1
        e = m.end()
        word = text[s:e]
        if not lower_camel_word(word):
            continue
        tail = _MODEL.match(text, e)
        if tail is not None:
            # "iPhone 17 Pro", "iPad Air": a model of the product; "eBay Inc": the company
            last = tail.group().rsplit(" ", 1)[1]
            company = last in CORP_SUFFIXES or last in ORG_SUFFIXES and last not in _LINE_WORDS
            models.append((s, tail.end(), "ORG" if company else "PRODUCT"))
            continue
        words.setdefault(word, []).append((s, e))
    for w, spans in words.items():
        label = camel_label(text, w, spans)
        if label is not None:
            for s, e in spans:
                found.append((s, e, label, w, "camel:lower-camel-name"))
    for s, e, label in models:
        found.append((s, e, label, text[s:e], "camel:lower-camel-model"))
