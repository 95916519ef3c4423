"""OntoNotes labels from a CoNLL-style class and the words of the name.

The statistics decide between person, organisation, place, other (CoNLL's four classes); the
last or telling word of the name refines that into the label a reader expects: a place is a
GPE (country, city, state), a LOC (sea, mountain, region) or a FAC (building, bridge); other
names are NORP (nationalities, religions, parties' members), EVENT, LAW, PRODUCT or
WORK_OF_ART.
"""

from __future__ import annotations

from .kinds import (
    EVENT_WORDS,
    LAW_WORDS,
    REGION_WORDS,
    STORM_WORDS,
    funding_round,
    group_of_people,
    law_word_kind,
    lone_event_word,
)
from .lexicon import (
    COMMON,
    CONNECTORS,
    CORP_SUFFIXES,
    FIRST_NAMES,
    LEX,
    LOC,
    LOC_REGIONS,
    MISC,
    NIL,
    ORG,
    ORG_SUFFIXES,
    PER,
    TOK,
)
from .wholes import INSTITUTION_TAILS, LOC_FIRST_WORDS, family_name_before_korean_given

LOC_WORDS = frozenset(
    """
    Sea Ocean River Lake Mountains Mount Gulf Bay Strait Straits Peninsula Valley Desert
    Island Islands Coast Channel Canal Basin Plateau Hills Alps Cape Pacific Atlantic
    Mediterranean Arctic Asia Europe Africa America Americas Balkans Caucasus Caribbean
    Strip Sahara Siberia Baltic Atoll Reef Lagoon Glacier Fjord
    """.split()  # noqa: SIM905
)
# the last words of a company's or an institution's name that no place's name ends in,
# whatever the statistics make of the words before them
NEVER_PLACE_TAILS = CORP_SUFFIXES | frozenset(
    """
    Hospital Church University College School Institute Foundation Association Society Bank
    Company Corporation Party Union Council Committee Commission Agency Ministry Department
    Airlines Airways Insurance Reinsurance Bancorp Partners Laboratories
    Restaurant Tavern Bistro Brasserie Cafe Café Grill Diner Trattoria Pizzeria
    Records Pictures Studios Labs Media Entertainment Publishing Software Technologies
    Pharmaceuticals Therapeutics Motors Foods Holdings Capital Ventures Management
    """.split()  # noqa: SIM905
)
NEVER_PERSON_TAILS = CORP_SUFFIXES | frozenset(
    """
    Fund Funds Bank University College Institute Foundation Association Company Corporation
    Council Committee Commission Agency Ministry Department Airlines Airways Insurance
    Bancorp Partners Laboratories Hospital Farm Farms Records Studios Management
    """.split()  # noqa: SIM905
)
# the heads of institutions no family name is: after a person's full name they name a body
# or a building after them ("Harry S. Truman Library", "John Birch Society")
NAMED_AFTER_PERSON_HEADS = frozenset(
    "Library Museum Center Centre Gallery Academy Seminary Clinic Observatory Society".split()  # noqa: SIM905
    # the words for a party in South Asia's politics ("Janata Dal", "Shiv Sena", "Samajwadi
    # Party" is a party by its English word): a party, never a person's name
    + ["Dal", "Sena", "Morcha", "Aghadi"]
)
AWARD_WORDS = frozenset("Prize Prizes Award Awards Medal".split())  # noqa: SIM905
# instruments and craft named after a person or a thing: products, whatever the first words
CRAFT_WORDS = frozenset("Telescope Rover Spacecraft Lander Orbiter Probe Satellite".split())  # noqa: SIM905
FAC_WORDS = frozenset(
    """
    House Tower Bridge Airport Stadium Palace Square Street Avenue Hall Hotel Building
    Cathedral Mosque Temple Arena Park Gate Wall Dam Tunnel Highway Road Station Prison
    Mall Memorial Monument Garden Gardens Palais Monastery Abbey Basilica Chapel Shrine Convent
    Castle Buildings Fort Lighthouse Pier Superdome Dome Coliseum Colosseum Airfield Jail
    """.split()  # noqa: SIM905
)
# the words of a building or a place named after a person by the surname alone
SURNAME_BUILDINGS = frozenset(
    "Tower Towers Hotel Building Plaza Square Airport Stadium Arena Memorial Monument".split()  # noqa: SIM905
)
# the building words no body is named after: a name the statistics call an organisation and
# that ends in one is the building ("the National Mall", "Heathrow Airport"), while "Random
# House", "Carnegie Hall" or "Freedom House" may be a body
BUILDING_WORDS = frozenset(
    "Mall Airport Stadium Bridge Tunnel Dam Cathedral Mosque Memorial Monument".split()  # noqa: SIM905
    + ["Prison", "Jail", "Airfield"]
)
DEMONYM_ENDINGS = ("ese", "ian", "ish", "an", "i", "ch", "ans", "ians", "is", "ic", "ics")
# the nationalities, peoples and creeds the lists know ("Kenyan", "Hutu", "Catholic")
NORP_NAMES = frozenset(k for k, v in LEX.items() if v[0] == "NORP" and " " not in k)


# carmakers whose models are named by the maker and one more word, a letter or a number
# ("Skoda Elroq", "Renault 5", "Tesla Model Y")
CAR_MAKERS = frozenset(
    """
    Audi BMW BYD Citroen Citroën Cupra Dacia Fiat Ford Honda Hyundai Jaguar Jeep Kia Lexus
    Mazda Mercedes Mercedes-Benz Mini Nissan Opel Peugeot Polestar Porsche Renault Rivian
    Seat Skoda Škoda Subaru Suzuki Tesla Toyota Vauxhall Volkswagen Volvo Xpeng Nio
    """.split()  # noqa: SIM905
)
# makers of aircraft and cars: ending a run after another company ("Air India Boeing" 787,
# "Hertz Tesla"), the maker of what that company runs, no part of its name
MAKERS = CAR_MAKERS | frozenset(
    "Boeing Airbus Embraer Bombardier Cessna ATR Comac Sukhoi Tupolev Ilyushin".split()  # noqa: SIM905
)
# the words after a carmaker's name that name the company or its part, not a model
_MAKER_PARTS = CORP_SUFFIXES | ORG_SUFFIXES | frozenset(("Motor", "Cars", "Auto", "Credit"))


def car_model(toks: list[str]) -> bool:
    """ "Skoda Elroq", "Renault Clio", "Model Y": a carmaker and one more word that no
    company's name ends in, or "Model" and a letter, name a car, a PRODUCT ("Ford Motor",
    "BMW Group" are the companies)."""
    if len(toks) != 2:
        return False
    if toks[0] == "Model":
        return len(toks[1]) == 1 and toks[1].isupper()
    return toks[0] in CAR_MAKERS and toks[1] not in _MAKER_PARTS and toks[1] not in FIRST_NAMES


def names_a_day(toks: list[str]) -> bool:
    """ "D-Day", "Election Day", "VE Day": a name ending in "Day" names a day, an EVENT
    (unless the words make a person: "Doris Day")."""
    last = toks[-1]
    return last.endswith("-Day") and len(last) > 4 or len(toks) > 1 and last == "Day"


_STORM_STARTS = tuple(w + " " for w in STORM_WORDS)


# the words a storm's kind may open with before its storm word ("Winter Storm Elliott",
# "Tropical Storm Alberto", "Super Typhoon Haiyan")
_STORM_KINDS = ("Tropical ", "Winter ", "Super ", "Subtropical ", "Post-Tropical ", "Ice ")


def storm(key: str) -> bool:
    """ "Hurricane Hugo", "Typhoon Haiyan", "Winter Storm Elliott": a storm's word and a name
    make a storm's name (an EVENT), whatever the statistics make of the name alone ("Hugo")."""
    if key.startswith(_STORM_KINDS):
        key = key.partition(" ")[2]
    if not key.startswith(_STORM_STARTS):
        return False
    rest = key.partition(" ")[2]
    return (
        rest[:1].isupper()
        and " " not in rest
        and rest not in ORG_SUFFIXES  # the "Hurricane Center" is a body
        and rest not in FAC_WORDS
        and rest not in EVENT_WORDS  # "Storm Cup", a trophy
    )


# heads of an "X of Y" name that say its kind whatever its subject: a house of worship is a
# building, a religious or chivalric order a body, a peer's title a person
HEADS_BEFORE_OF = {
    **dict.fromkeys(("Basilica", "Cathedral", "Abbey", "Chapel", "Shrine", "Mosque"), "FAC"),
    **dict.fromkeys(("Palace", "Tower", "Temple"), "FAC"),  # "Palace of Conventions"
    "Order": "ORG",
    # a peer or a royal named by a title and a place is that person ("the Duke of York",
    # "the Duchess of Sussex", "the Prince of Wales")
    **dict.fromkeys(
        ("Duke", "Duchess", "Earl", "Countess", "Marquess", "Prince", "Princess"), "PERSON"
    ),
}


# onto_label's answers by (name, class): they depend on the name's words alone, and an
# article decides the same names again and again (``document``, ``coordination``)
_ONTO_CACHE: dict[tuple[str, int], str | None] = {}


def onto_label(key: str, cls: int) -> str | None:
    """``label_from_words``, cached by name and class across calls (bounded)."""
    pair = (key, cls)
    try:
        return _ONTO_CACHE[pair]
    except KeyError:
        if len(_ONTO_CACHE) > 200_000:
            _ONTO_CACHE.clear()
        label = _ONTO_CACHE[pair] = label_from_words(key, cls)
        return label


def clear_cache() -> None:
    """Forget the labels worked out so far (benchmarks time a cold start with it)."""
    _ONTO_CACHE.clear()
    _SHAPES.clear()


def label_from_words(key: str, cls: int) -> str | None:
    """The OntoNotes label of the name ``key`` decided to be of CoNLL class ``cls``; None for
    an "other" name whose words say nothing of its kind (no event, law or nationality word):
    "Elian Gonzalez" is no event because the statistics cannot place it."""
    toks = key.split(" ")
    if funding_round(toks):
        return None  # "Class E", "Series D": shares or a round of funding, whoever they seem
    if cls != PER and names_a_day(toks):
        return "EVENT"
    if storm(key):
        return "EVENT"
    if toks[0] == "Model" and car_model(toks):
        return "PRODUCT"  # "Model Y", whatever the statistics make of a letter after a word
    if len(toks) > 2 and toks[1] == "of" and (head := HEADS_BEFORE_OF.get(toks[0])):
        return head  # "Basilica of St. Mary Major" (FAC), "Order of St. Augustine" (ORG)
    if len(toks) > 1 and toks[-1] in LAW_WORDS:
        # "General Security of Military Information Agreement", "AI Act"; "National Baptist
        # Convention" (ORG), "Republican National Convention" (EVENT)
        return law_word_kind(toks)
    if len(toks) > 1 and toks[-1] in AWARD_WORDS:
        return "WORK_OF_ART"  # "Pulitzer Prize", "Academy Awards": OntoNotes' awards
    if len(toks) > 1 and toks[-1] in CRAFT_WORDS:
        return "PRODUCT"  # "James Webb Space Telescope", "Perseverance Rover": no person
    if cls == PER:
        # "T. Rowe Price High Yield Fund": a body's last word ends no person's name
        if len(toks) > 1 and toks[-1] in NAMED_AFTER_PERSON_HEADS:
            return "ORG"
        if len(toks) == 2 and toks[1] in SURNAME_BUILDINGS and toks[0] not in FIRST_NAMES:
            return "FAC"  # "Trump Tower", "Mandela Square": a surname, no given name, then
            # the building named after him ("John Tower" is a man)
        return "ORG" if len(toks) > 2 and toks[-1] in NEVER_PERSON_TAILS else "PERSON"
    if cls == ORG:
        if car_model(toks):
            return "PRODUCT"
        if len(toks) > 1 and toks[-1] in REGION_WORDS:
            return "GPE"  # "St. Lucie County officials said": the lists hold the clubs
        if len(toks) == 2 and toks[0] == "Fort":
            return "FAC"  # "Fort Liberty", "Fort Moore": an army post, no body
        return "FAC" if len(toks) > 1 and toks[-1] in BUILDING_WORDS else "ORG"
    if cls == LOC:
        if len(toks) > 1 and toks[-1] in NEVER_PLACE_TAILS:
            return "ORG"  # "United Republic Reinsurance Co.", "Bethesda Naval Hospital"
        if toks[-1] in FAC_WORDS:
            return "FAC"
        if key in LOC_REGIONS or not LOC_WORDS.isdisjoint(toks):
            return "LOC"
        return "GPE"
    if lone_event_word(toks):
        return None  # "Rally", "Revolution" alone
    if group_of_people(toks, NORP_NAMES):
        return "NORP"  # "Islamists", "Westerners", "Rwanda Hutus"
    if len(toks) > 1 and toks[-1] in FAC_WORDS:
        return "FAC"  # a building's word ends it, whatever is inside: "MGM Grand Hotel"
    if not EVENT_WORDS.isdisjoint(toks) or any(c.isdigit() for c in key):
        return "EVENT" if len(toks) > 1 else "PRODUCT"
    if len(toks) > 1 and not LAW_WORDS.isdisjoint(toks):
        return "LAW"
    if toks[-1].endswith(DEMONYM_ENDINGS) and toks[-1].lower() not in COMMON:
        return "NORP"  # not "Real Clear Politics", "Quantum Mechanics": common words
    return None


def shaped_like_a_person(toks: list[str]) -> bool:
    """ "Elian Gonzalez", "Mitt Romney": two or three capitalised words, no connector, the
    first a given name or the last a word the training file knows mostly as a person's
    (a surname). An "other" name of this shape is a person's, whatever the words around it
    ("the Elian Gonzalez custody battle", "the return of Elian Gonzalez")."""
    if not 2 <= len(toks) <= 3 or any(t in CONNECTORS or not t[:1].isupper() for t in toks):
        return False
    if any(t.isupper() and len(t) > 1 for t in toks):
        return False  # "IBM Corp", "NEW YORK": no person's name
    if toks[0] in FIRST_NAMES:
        return True
    r = TOK.get(toks[-1])
    return r is not None and r[PER] > 0 and r[PER] == max(r)


def korean_personal_name(key: str) -> bool:
    """ "Ban Ki-moon", "Moon Jae-in", "Kang Kyung-wha": a short family name, then a given
    name of two syllables joined by a hyphen, the second in lower case. No place or body is
    written so; the family name alone is often a common word ("Ban", "Moon")."""
    family, _, given = key.partition(" ")
    return " " not in given and family_name_before_korean_given([family, given], 0)


# particles written with a capital inside a person's name ("Marine Le Pen", "Bruno Le Maire")
_CAPITAL_PARTICLES = frozenset(("Le", "La", "De", "Du", "Da", "Di", "Del", "Van", "Von"))


def particle_inside_name(key: str) -> bool:
    """ "Marine Le Pen", "Jean-Yves Le Drian": a given name, a capitalised particle, then a
    surname. A body or a paper opens with the particle ("Le Monde") and a place's name
    does not follow a given name; the first word must not be a name the lists know as
    something else than a person's ("Paris Le Bourget")."""
    words = key.split(" ")
    if len(words) != 3 or words[1] not in _CAPITAL_PARTICLES:
        return False
    first, last = words[0], words[2]
    return (
        first.replace("-", "").isalpha()
        and first[:1].isupper()
        and last.isalpha()
        and last.istitle()
        and LEX.get(first, ("PERSON",))[0] == "PERSON"
    )


# heads of bodies named after their place that are themselves a place's word
_PLACE_HEADS = frozenset(("City", "Port", "State", "States"))


def body_of_a_place(key: str) -> bool:
    """ "Law Society of Kenya", "Royal College of Nursing", "Bank of Japan": a body's head
    before "of" makes the name a body's, whatever place follows it ("City of London" is
    the place)."""
    head, sep, _ = key.partition(" of ")
    if not sep:
        return False
    last = head.rpartition(" ")[2]
    return last in ORG_SUFFIXES and last not in _PLACE_HEADS


def label_of(key: str, score: list[float]) -> str | None:
    """The label of the best class in ``score``; when that class is "other" with nothing
    to say what kind, the next best class (None: not a name), and a person rather than a
    place or a body if the name is shaped like one (``shaped_like_a_person``); a Korean
    personal name is a person's whatever its scores (``korean_personal_name``), and so is a
    name with a capitalised particle inside (``particle_inside_name``); a body's head before
    "of" makes a body (``body_of_a_place``). What the name's words alone say is read once
    per name (``name_shape``)."""
    shape = _SHAPES.get(key)
    if shape is None:
        shape = name_shape(key)
    fixed, body, region = shape
    if fixed is not None:
        return fixed
    best = score.index(max(score))
    if best == NIL:
        return None
    if best != ORG and body:
        return "ORG"
    if region:
        return "LOC"  # "River Derwent", "Mount Kenya", whatever its name's words say
    label = onto_label(key, best)
    if label is None:
        rest = [x if k != MISC else float("-inf") for k, x in enumerate(score)]
        best = rest.index(max(rest))
        if best == NIL:
            return None
        label = "PERSON" if shaped_like_a_person(key.split(" ")) else onto_label(key, best)
    return label


# the tests of ``label_of`` that read the name alone, by name, shared across calls
_SHAPES: dict[str, tuple[str | None, bool, bool]] = {}


def name_shape(key: str) -> tuple[str | None, bool, bool]:
    """What ``label_of`` reads of the name's words alone, cached: the label its shape fixes
    whatever the scores (a storm's EVENT, a Korean name's or a name with a particle inside's
    PERSON), whether a body's head stands before "of" (``body_of_a_place``), and whether a
    region's word opens it ("River Derwent", not "Mount Sinai Hospital")."""
    if len(_SHAPES) > 200_000:
        _SHAPES.clear()
    if storm(key):
        fixed: str | None = "EVENT"
    elif korean_personal_name(key) or particle_inside_name(key):
        fixed = "PERSON"
    else:
        fixed = None
    region = (
        key.partition(" ")[0] in LOC_FIRST_WORDS
        and " " in key
        and key.rpartition(" ")[2] not in INSTITUTION_TAILS  # "Mount Sinai Hospital"
    )
    shape = _SHAPES[key] = (fixed, body_of_a_place(key), region)
    return shape
