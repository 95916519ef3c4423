"""Rules that keep a longer name whole where its words alone would split it.

The segmenter (``segment``) reads a run word by word, and a word that is never a name alone
("General", "Price", "Pro"), a known place ("Leeds", "Yorkshire") or a direction ("West")
cuts a longer name into pieces: "Leeds" + "Infirmary", "West" + "Yorkshire Police",
"Vision" alone. These rules say when such a word belongs to its neighbours instead:

- an institution's or a venue's head ends the name it closes ("Leeds General Infirmary",
  "Cleveland Clinic", "Crypto.com Arena"; ``venue_after_name``, ``kind_by_last_word``);
- a direction keeps its place ("West Yorkshire", "Greater Manchester Police";
  ``place_prefix_joins``);
- a titled person keeps the whole name ("Councillor Helen Price", "Representative Alexandria
  Ocasio-Cortez"; ``surname_after_titled_given_name``, ``surname_after_titled_place``), and
  so does a given name before a surname that alone is a common word or a town ("Matthew
  Rice", "Charlotte Meehan"; ``surname_after_given_name``, ``given_name_before_surname``);
- a hyphen keeps a double-barrelled surname or given name whole ("Joe Kent-Walters",
  "Finance Minister François-Philippe Champagne") and parts two full names ("Jake
  Paul-Mike Tyson"; ``hyphens.one_name_across_hyphen``, ``hyphens.two_people``);
- a street's, a model's word ends its name ("Call Lane", "Vision Pro"; ``street_run``,
  ``model_word_ends_name``); a common word opens a known body ("Electronic Frontier
  Foundation"; ``adjective_opens_body``).
"""

from __future__ import annotations

from .. import compiled
from .kinds import LAW_WORDS, US_STATE_ABBREVIATIONS
from .lexicon import (
    COMMON,
    COMMON_ACRONYMS,
    CONNECTORS,
    CORP_SUFFIXES,
    COUNTRIES,
    DIRECTIONS,
    FIRST_NAMES,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HARD,
    LEX,
    LEXC,
    LOC_SUFFIXES,
    LOWER,
    MINOR_PLACES,
    ORG_SUFFIXES,
    POST_NOMINALS,
    TITLE_CAP,
)
from .never import NEVER_ALONE, common_plural, is_contraction
from .titles import JUNIOR, middle_initial

# A segment while planning (``segment``): first word, end word, label (None: unknown; "SOFT":
# known with several types, context decides), follows a title
Seg = tuple[int, int, str | None, bool]

# Heads of hospitals and venues the training file never or seldom saw as a name's last word:
# after a place or a name they end that name ("Leeds General Infirmary", "Cleveland Clinic"),
# and a name they end is never a place ("Great Ormond Street Hospital", whatever "Street" says).
VENUE_TAILS = frozenset(
    (
        "Infirmary",
        "Hospital",
        "Clinic",
        "Arena",
        "Theatre",
        "Theater",
        "Playhouse",
        "Airport",
        "Stadium",
        "Dome",
        "Coliseum",
        "Velodrome",
        "Racecourse",
        "Course",  # "Saratoga Race Course", "Augusta National Golf Course"
        "Speedway",
    )
)
# Last words of bodies and places named by ordinary words ("World Trade Center", "National
# Association of Securities Dealers" ends in its head only after "of").
INSTITUTION_TAILS = (
    ORG_SUFFIXES
    | frozenset(
        """
    Center Centre Organization Organisation Association Commission Council Agency Institute
    Foundation Museum Stadium Airport Hospital University College School Library Hotel
    Tower Building Bridge Park Square Laboratory Observatory
    """.split()  # noqa: SIM905
    )
    | VENUE_TAILS
)
# of these, buildings (FAC)
BUILDING_TAILS = frozenset(
    "Arena Theatre Theater Playhouse Field Airport Stadium Dome Coliseum Velodrome Racecourse Course Speedway".split()  # noqa: SIM905
)
# "Field" ends a ground's name ("Lincoln Financial Field", "Lambeau Field"), not after a
# given name ("Sally Field"); it heads no institution, so it joins after INSTITUTION_TAILS
VENUE_TAILS = VENUE_TAILS | frozenset(("Field",))
# Last words of a street's name: with one word before them they name it ("Call Lane")
STREET_TAILS = frozenset(("Lane", "Street", "Road", "Avenue", "Boulevard", "Drive")) | frozenset(
    ("St", "St.", "Ave", "Ave.", "Rd", "Rd.", "Blvd", "Blvd.")  # "469 Vermont St.", "Baker Ave"
)
# places named after a person by a word no surname is: after a full name, one FAC ("Jack
# London Square", "Martin Luther King Boulevard"; not "Park", "Hall": surnames too)
PLACES_NAMED_FOR_PEOPLE = frozenset(
    """
    Square Plaza Boulevard Avenue Street Bridge Airport Stadium Memorial Tunnel Expressway
    Parkway Highway
    """.split()  # noqa: SIM905
)


def person_named_place(toks: list[str], a: Seg, b: Seg) -> bool:
    """Is ``b`` one of ``PLACES_NAMED_FOR_PEOPLE`` and ``a`` before it a person's full name
    (a given name and more, not yet read as anything else) the place is named after?"""
    return (
        b[1] - b[0] == 1
        and toks[b[0]] in PLACES_NAMED_FOR_PEOPLE
        and a[2] in (None, "PERSON")
        and a[1] - a[0] >= 2
        and toks[a[0]] in FIRST_NAMES
    )


# Model words ending a product's name after the name ("Vision Pro", "Galaxy S24 Ultra")
MODEL_WORDS = frozenset(("Pro", "Max", "Ultra", "Plus", "Mini"))
# Last words that say an unknown name's kind (``kind_by_last_word``)
KIND_WORDS = VENUE_TAILS | STREET_TAILS | MODEL_WORDS
# words that open the name of a river, a lake or a mountain ("River Derwent", "Lake Malawi",
# "Mount Kenya"): with the name after them, one LOC
LOC_FIRST_WORDS = frozenset(("River", "Lake", "Loch", "Lough", "Mount", "Mt.", "Mt"))
# Words that make a region of the place after them ("West Yorkshire", "Greater Manchester").
PLACE_PREFIXES = DIRECTIONS | frozenset(("Greater", "Little"))  # "Little Havana"
NOT_INSIDE = frozenset(
    """
    the a an this that these those its his her their our my your but and or if when while
    after before in on at for of to from by with as
    """.split()  # noqa: SIM905
)


def inside_institution(word: str) -> bool:
    """May ``word``, never a name alone, stand inside a longer institution's name?"""
    return (
        word.lower() not in NOT_INSIDE and word not in COMMON_ACRONYMS and not is_contraction(word)
    )


def street_run(toks: list[str], initial: bool) -> bool:
    """ "Call Lane", "Main Street": two words, the second a street's, inside a sentence, name
    the street, though the first alone is a common word ("Call")."""
    return len(toks) == 2 and toks[1] in STREET_TAILS and not initial


def model_word_ends_name(toks: list[str], i: int, after_name: bool) -> bool:
    """ "Vision Pro", "Galaxy Ultra": a model word ending the run right after a name ends
    that product's name, though the word alone ("Pro") is no name."""
    return after_name and i == len(toks) - 1 and toks[i] in MODEL_WORDS


def surname_after_titled_given_name(toks: list[str], i: int, pend: int, titled: bool) -> bool:
    """ "Councillor Helen Price", "Dr Mark Hope": after a title and a given name, a common word
    ending the name ("Price", "Hope") is the surname, not a word that is never a name alone."""
    t = toks[i]
    return (
        titled
        and pend == i - 1
        and toks[pend] in FIRST_NAMES
        and (i + 1 == len(toks) or toks[i + 1] in CONNECTORS)
        and t.isalpha()
        and not t.isupper()
        and t not in TITLE_CAP
        and t not in INSTITUTION_TAILS
        and inside_institution(t)
    )


def given_name_before_surname(toks: list[str], i: int) -> bool:
    """ "Douglas Brinkley", "Orlando Cepeda", "Charlotte Meehan": a place that is also a given
    name, followed by a capitalised word the lists do not know and no common word ("Lincoln
    Memorial", "Phoenix Suns"), starts a person's name; so does a given name the lists also
    know as a club or a body ("Nancy Marshall", "Clyde Drexler")."""
    t = toks[i]
    if t not in GIVEN_NAMES or i + 1 >= len(toks):
        return False
    if not t.isalpha() or len(t) < 4:
        return False
    nxt = toks[i + 1]
    if nxt[-1] == "s" and t not in FIRST_NAMES:
        return False  # "Charlotte Panthers", "Phoenix Suns": a town's team
    return (
        (LEX[t][0] in ("GPE", "LOC") or t in FIRST_NAMES)
        and surname_shaped(nxt)
        and (nxt not in LEX or t in FIRST_NAMES and town_as_surname(nxt))
        and nxt.lower() not in LOWER
        and nxt.lower() not in COMMON  # "Lincoln Memorial", "Phoenix Suns"
        and not common_plural(nxt.lower())
        and (i + 2 == len(toks) or toks[i + 2] in CONNECTORS)
    )


def surname_shaped(word: str) -> bool:
    """ "Brinkley", "Holtz-Eakin": letters, capitalised and then lower case, or two such
    parts joined by a hyphen (a double-barrelled family name)."""
    return all(p.isalpha() and p[:1].isupper() and not p.isupper() for p in word.split("-", 1))


def town_as_surname(word: str) -> bool:
    """ "Merrick Garland", "Jackson Browne": a small town the lists know (no country, state or
    capital of one) after a given name is the family name; two towns are never written side
    by side without a comma."""
    return word in MINOR_PLACES and word not in COUNTRIES and word not in _STATES


def datelike(chunk: str) -> bool:
    """Could the capitals ``chunk`` no list knows be a dateline's town ("KHASAVYURT",
    "NEW TOWNVILLE")? Three words at most, no contraction and no small word of a sentence
    ("WITH", "TO"): a heading in capitals is none."""
    words = chunk.split(" ")
    return (
        len(words) <= 3
        and "'" not in chunk
        and "’" not in chunk
        and not any(w.lower() in FUNCTION_WORDS for w in words)
    )


def town_inside_full_name(toks: list[str], i: int) -> bool:
    """ "Walter Braga Netto", "Maria Lisboa Costa": a town or a club the lists know, between a
    given name and an unknown last word that ends the run, is a family name of one person
    (Portuguese and Spanish names carry two); not a country or a state ("Jordan Brazil
    Talks")."""
    t = toks[i]
    return (
        i + 2 == len(toks)
        and toks[i - 1] in FIRST_NAMES
        and t not in COUNTRIES
        and t not in _STATES
        and LEX[t][0] in _TOWN_OR_CLUB
        and (last := toks[i + 1]).isalpha()
        and last[1:].islower()
        and last not in LEX
        and last.lower() not in LOWER
    )


def town_ending_unknown_name(toks: list[str], i: int) -> bool:
    """ "Merrick Garland": a small town that ends the run after a word no list knows (and no
    common word) is that name's last word, whatever the name turns out to be; two names are
    never written side by side without a comma."""
    prev = toks[i - 1]
    return (
        i + 1 == len(toks)
        and i > 0
        and (town_as_surname(toks[i]) or i == 2 and second_surname_city(toks))
        and prev not in LEX
        and surname_shaped(prev)
        and prev.lower() not in LOWER
        and prev.lower() not in COMMON
    )


def second_surname_city(toks: list[str]) -> bool:
    """ "Abigael González Valencia": a city (no country or state) after two words no list
    knows is a second family name, as Spanish and Portuguese names carry one."""
    t = toks[2]
    return (
        LEX[t][0] == "GPE"
        and t not in COUNTRIES
        and t not in _STATES
        and toks[0] not in LEX
        and surname_shaped(toks[0])
    )


_TOWN_OR_CLUB = frozenset(("GPE", "ORG"))
_STATES = frozenset(US_STATE_ABBREVIATIONS.values())


def surname_after_given_name(toks: list[str], i: int, pend: int, initial: bool) -> bool:
    """ "Matthew Rice", "By Hannah Price", "Robert M. Price": a given name the lists know as
    no place or body (and a middle initial) and then, ending the run, a common word that is never a name alone is a person with that
    surname ("Rice" alone is the grain). Not a plural, a title, a body's or a place's head
    ("Grace Church", "Hope Street"), nor a run that opens a sentence with the given name
    ("Faith leaders")."""
    t = toks[i]
    middle = toks[i - 1]
    return (
        (
            pend == i - 1
            or pend == i - 2
            and len(middle) == 2
            and middle[1] == "."
            and middle[0].isupper()
        )
        and i == len(toks) - 1
        and not (initial and pend == 0)
        and toks[pend] in FIRST_NAMES
        and HARD.get(toks[pend], "PERSON") == "PERSON"
        and t.isalpha()
        and t[1:].islower()
        and t[-1] != "s"
        and t not in TITLE_CAP
        and t not in INSTITUTION_TAILS
        and t not in KIND_WORDS
        and t not in LOC_SUFFIXES
        and inside_institution(t)
    )


# one syllable of romanised Korean: up to two consonants, one to three vowels, and a final
# n, ng, m, l, k, p or t ("Ki", "moon", "Jae", "Young", "hyun"; not "based", "Miami")
_KOREAN_SYLLABLE = compiled.compile(r"(?i:[bcdghjklmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|ck|[nmlkpt])?)")


def korean_given_name(word: str) -> bool:
    """ "Ki-moon", "Jae-in", "Young-hyun": two syllables joined by a hyphen, the second in
    lower case, as a Korean given name is written after the family name ("Miami-based",
    "Moscow-run" are no such syllables)."""
    first, _, second = word.partition("-")
    return (
        first[:1].isupper()
        and second.islower()
        and _KOREAN_SYLLABLE.fullmatch(first) is not None
        and _KOREAN_SYLLABLE.fullmatch(second) is not None
    )


def family_name_before_korean_given(toks: list[str], i: int) -> bool:
    """ "Jun Young-hyun", "May Kwang-soo": a short word before a Korean given name is the
    family name, though alone it is a month or a common word."""
    t = toks[i]
    return (
        i + 1 < len(toks)
        and "-" in toks[i + 1]  # (a given name of two syllables: a test in C turns down most)
        and t.istitle()
        and t.lower() not in NOT_INSIDE  # "The Back-up"
        and _KOREAN_SYLLABLE.fullmatch(t) is not None
        and korean_given_name(toks[i + 1])
    )


NOT_REGIONS = frozenset(("PERSON", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"))


def place_prefix_joins(toks: list[str], a: Seg, b: Seg) -> str | None:
    """ "West Yorkshire", "Greater Manchester Police", "North Bristol", "South West Norfolk":
    a direction word alone (or two: "South West") before a known name makes one name with it: a region (GPE, or LOC after a LOC), or
    the body a region names ("West Yorkshire Police"). Read apart, the direction is a
    common word and the rest a club ("Yorkshire" is a cricket club in the training file).
    The label to give the joined name, or None when they do not join."""
    width = a[1] - a[0]
    if (
        width > 2
        or a[2] not in (None, "SOFT")
        or toks[a[0]] not in PLACE_PREFIXES
        or width == 2
        and not (toks[a[0]] in DIRECTIONS and toks[a[0] + 1] in DIRECTIONS)
    ):
        return None
    lb = b[2]
    if lb is None or lb in NOT_REGIONS:
        return None
    if lb == "SOFT":
        lb = LEX[" ".join(toks[b[0] : b[1]])][0]
    if lb == "ORG" and b[1] - b[0] > 1 or lb == "LOC":
        return lb
    return "GPE" if lb in ("GPE", "ORG", "FAC") else None


# Heads of named bodies, events and buildings that no one calls by the head alone: after a
# known place they end that place's body ("Berlin Philharmonic", "Edinburgh Fringe",
# "Tacoma Municipal Building"), with the label the head says.
_HEAD_LABELS = {
    **dict.fromkeys(
        [
            "Philharmonic",
            "Orchestra",
            "Symphony",
            "Government",
            "Chamber",
            "Parliament",
            "Assembly",
        ],
        "ORG",
    ),
    **dict.fromkeys(["Fringe", "Festival", "Award", "Awards", "Marathon"], "EVENT"),
    **dict.fromkeys(["Building", "Hall", "Cathedral"], "FAC"),
    # "Paris Agreement", "Kyoto Protocol", "Geneva Convention": a treaty named after a town
    **dict.fromkeys(
        ["Agreement", "Accord", "Accords", "Treaty", "Protocol", "Convention", "Conventions"],
        "LAW",
    ),
}
PLACE_BODY_HEADS = frozenset(_HEAD_LABELS) | INSTITUTION_TAILS


def body_after_place(toks: list[str], a: Seg, b: Seg, place: bool) -> str | None:
    """ "Tacoma Municipal Building", "Berlin Philharmonic", "Edinburgh Festival Fringe": a
    known place (``place``) before unknown words that end in the head of a body, an event or
    a building is the first word of that name, not a town beside a fragment that cannot
    stand alone. The joined name's label, or None when they do not join. A head that is
    itself a given name's surname ("Hall") joins only after a place, never a person. A
    firm's "X & Y" after a place ("Florida Power & Light") is one company, and so is a head
    and its "of" part ("United States Conference of Mayors")."""
    if not place or b[2] is not None:
        return None
    last = toks[b[1] - 1]
    if toks[b[0]] in FIRST_NAMES:
        return None
    if b[1] - b[0] >= 3 and "&" in toks[b[0] + 1 : b[1] - 1]:
        return "ORG"  # "Florida Power & Light": a firm's "X & Y" after its state
    if last not in PLACE_BODY_HEADS:
        head = toks[b[0]]
        if b[1] - b[0] >= 3 and toks[b[0] + 1] == "of":
            if head in _OF_BODY_HEADS:
                return "ORG"  # "United States Conference of Mayors"
            if head in PLACE_BODY_HEADS:
                return _HEAD_LABELS.get(head) or venue_label(head)
        return None
    return _HEAD_LABELS.get(last) or venue_label(last)


# heads of a body named with "of" after a place, which alone head an event ("the Paris
# Conference"): "the United States Conference of Mayors", "the Chamber of Commerce"
_OF_BODY_HEADS = frozenset(("Conference", "Congress", "Chamber", "Assembly", "Convention"))


def venue_label(last: str) -> str:
    """A hospital or a body is an ORG, an arena or a theatre a building (FAC)."""
    return "FAC" if last in BUILDING_TAILS else "ORG"


# what a river, a mountain or a region the lists know names after it: "Yangtze River",
# "Mekong Delta", "Rhine Valley" (LOC); "Danube Bridge", "Kariba Dam" (FAC)
FEATURE_TAILS = frozenset("River Delta Valley Basin Gorge Falls Estuary Plateau".split())  # noqa: SIM905
BUILT_TAILS = frozenset("Bridge Dam Canal Barrage Tunnel".split())  # noqa: SIM905


def feature_after_natural_place(toks: list[str], a: Seg, b: Seg) -> str | None:
    """ "Mekong Delta", "Yangtze River", "Danube Bridge": a river, range or region the lists
    know (LOC) and one word of a feature or a work after it name one place, its label (the
    lone "Delta" is no airline and no town here); None otherwise."""
    if a[2] != "LOC" or b[1] - b[0] != 1:
        return None
    t = toks[b[0]]
    return "LOC" if t in FEATURE_TAILS else "FAC" if t in BUILT_TAILS else None


# the heads of bodies named after a person or a place, alone at a run's end ("Seton Hall
# University", "Harry Truman Library"): the name before them is the body's
NAMED_FOR_HEADS = frozenset(
    "University College Institute School Hospital Foundation Academy Library Museum".split()  # noqa: SIM905
)


def founder_before_company(toks: list[str], a: Seg, b: Seg) -> bool:
    """ "Walt Disney Animation Studios", "John Lewis Partnership": a given name (or a word
    the lists do not know, no common word) alone before
    a known company, in a run that ends in a company's word, is its founder's given name,
    the first word of the company's name (not a person "Walt" beside it)."""
    return (
        a[2] is None
        and a[1] - a[0] == 1
        and (toks[a[0]] in FIRST_NAMES or toks[a[0]].lower() not in LOWER)
        and (toks[b[1] - 1] in _COMPANY_TAILS and b[1] - b[0] >= 2 or toks[-1] in _COMPANY_TAILS)
    )


# the last words of a company's name, not of a court's or a school's ("Roe v. Wade Supreme
# Court": no founder)
_COMPANY_TAILS = CORP_SUFFIXES | frozenset(
    """
    Studios Partnership Company Corporation Entertainment Pictures Records Media Motors Foods
    Brands Group Holdings Industries Enterprises Animation
    """.split()  # noqa: SIM905
)


SAINTS = frozenset(("St.", "St", "Ste.", "Saint", "Sainte"))


def venue_after_name(toks: list[str], a: Seg, b: Seg) -> bool:
    """ "Cleveland Clinic", "Leeds General Infirmary", "Crypto.com Arena": a known name before
    unknown words ending in a hospital's or a venue's head is the first word of that name,
    not a place or a club on its own (and the head alone no person); so is a town before an
    airport named after another ("Dallas Fort Worth International Airport"), a body before
    its hospital ("Johns Hopkins University Hospital"), an unknown word before a venue
    ("Gocheok Sky Dome"), and a saint's name before a venue's word ("St. James Theatre")."""
    last = toks[b[1] - 1]
    return (
        last in VENUE_TAILS
        and (
            a[2] is not None
            and (
                b[2] is None
                or b[2] == "FAC"
                and (a[2] == "GPE" and last == "Airport" or a[2] == "ORG" and last == "Hospital")
            )
            # "Gocheok" + "Sky Dome": an unknown word before a venue the lists half know
            or a[2] is None
            and b[2] == "FAC"
            and a[1] - a[0] == 1
            and last in BUILDING_TAILS
            # "St. James" + "Theatre": a saint's name before a venue's word
            or toks[a[0]] in SAINTS
            and b[1] - b[0] == 1
        )
        and not (toks[b[1] - 1] == "Field" and (a[2] == "PERSON" or toks[a[0]] in FIRST_NAMES))
    )


def acronym_branch(acronym: str, label: str | None, place_label: str | None) -> bool:
    """ "NHS England", "BBC Scotland", "ITV Wales": an acronym the lists do not know as a
    place, right before one place word, names the body's branch for that place, one ORG
    (not "US President": a place's acronym is no body)."""
    return (
        place_label == "GPE"
        and label in (None, "ORG")
        and 2 <= len(acronym) <= 5
        and acronym.isupper()
        and acronym.isalpha()
        and acronym not in COMMON_ACRONYMS
    )


def adjective_opens_body(toks: list[str], a: Seg, b: Seg) -> bool:
    """ "Electronic Frontier Foundation": one common word before a known body of several words
    ending in an institution's head is the first word of a longer body's name (not "A State
    Department", nor a headline's "Voters Abandon Republican Party")."""
    w = toks[a[0]]
    return (
        a[2] is None
        and a[1] - a[0] == 1
        and b[2] == "ORG"
        and b[1] - b[0] > 1
        and toks[b[1] - 1] in INSTITUTION_TAILS
        and len(w) > 2
        and w.isalpha()
        and w.lower() in LOWER
        and w not in NEVER_ALONE
        and w.lower() not in NOT_INSIDE
    )


def surname_after_titled_place(toks: list[str], a: Seg, b: Seg) -> bool:
    """ "Representative Alexandria Ocasio-Cortez", "Mayor London Breed": after a title, a
    place that is also a given name and one unknown word ending the run are a person."""
    if not a[3] or a[1] - a[0] != 1 or a[2] not in ("GPE", "SOFT") or b[2] is not None:
        return False
    if b[1] - b[0] != 1 or b[1] != len(toks):
        return False
    w = toks[b[0]]
    return (
        w.replace("-", "").isalpha()
        and not w.isupper()
        and w.lower() not in LOWER
        and w not in INSTITUTION_TAILS
        and w not in ORG_SUFFIXES
    )


def settle_kinds(toks: list[str], segs: list[Seg]) -> None:
    """An unknown name's last word may say its kind (``kind_by_last_word``), in place."""
    for k, seg in enumerate(segs):
        if seg[2] is None and toks[seg[1] - 1] in KIND_WORDS:
            kind = kind_by_last_word(toks[seg[0] : seg[1]])
            if kind is not None:
                segs[k] = (seg[0], seg[1], kind, seg[3])


def title_case_run(toks: list[str]) -> bool:
    """ "Inside The Deal That Saved British Steel": words before a name whose small words are
    capitalised are a headline in title case, where a capital says nothing of the word
    after them ("Saved")."""
    return any(t[0].isupper() and t.lower() in NOT_INSIDE for t in toks[1:])


def join_adjectives(toks: list[str], segs: list[Seg]) -> None:
    """Once the known names are whole, common words right before a body join it
    (``adjective_opens_body``), in place; not in a headline's run (``title_case_run``)."""
    k = 0
    while k + 1 < len(segs):
        a, b = segs[k], segs[k + 1]
        if (
            b[2] == "ORG"
            and a[2] is None
            and a[1] == b[0]
            and adjective_opens_body(toks, a, b)
            and not title_case_run(toks[: a[0]])
        ):
            segs[k] = (a[0], b[1], "ORG", False)  # "Electronic Frontier Foundation"
            del segs[k + 1]
            continue
        k += 1


def kind_by_last_word(words: list[str]) -> str | None:
    """ "Crypto.com Arena" (FAC), "Leeds General Infirmary" (ORG), "Call Lane" (FAC), "Vision
    Pro" (PRODUCT): an unknown name of two words or more ending in a venue's, a street's or a
    model's word is of that kind, never a person ("Nathan Lane" opens with a given name).
    A street named after a person is still a street ("James Street", "George Road"): of the
    street words only "Lane" is a common surname."""
    if len(words) < 2:
        return None
    last = words[-1]
    if last in VENUE_TAILS and not (last == "Field" and words[0] in FIRST_NAMES):
        return venue_label(last)
    if last in STREET_TAILS and not (last == "Lane" and words[0] in FIRST_NAMES):
        return "FAC"
    if words[0] in FIRST_NAMES:
        return None
    if last in MODEL_WORDS:
        return "PRODUCT"
    return None


def company_word_as_surname(toks: list[str], i: int) -> bool:
    """ "Doug Ford", "James Ford", "Harriet Boeing": a company's one-word name ending the run
    after a given name is the surname, however often the lists saw the company (the segmenter
    joins it to the given name before it); many companies bear their founder's name ("Ford",
    "Dell", "Disney"), and a company is not written after a lone given name."""
    t = toks[i]
    return (
        t.isalpha()
        and t[1:].islower()
        and LEX[t][0] == "ORG"
        and (i + 1 == len(toks) or toks[i + 1] in CONNECTORS or toks[i + 1] in JUNIOR)
    )


# the words of continents and regions that open their bodies' names
_REGION_DEMONYMS = frozenset(
    ("European", "African", "Asian", "Arab", "Nordic", "Caribbean", "Pacific", "Andean")
)


# the peoples of immigrant nations, after an origin's word ("Cuban American")
_HYPHENATED_PEOPLES = frozenset(("American", "Americans", "Canadian", "Canadians"))


def demonym_opens_body(toks: list[str], a: Seg, b: Seg) -> bool:
    """ "European Central Bank", "African Development Bank", "European Medicines Agency": a
    continent's or a region's word right before a body the lists know by ordinary words
    alone ("Central Bank") is that body's name, one organisation. A nation's word stays apart
    ("Japanese" + "Foreign Ministry": the nation's ministry, described), as does a body with
    a name of its own. An origin's word before "American" or "Canadian" makes one people
    ("Polish American", NORP) or one body ("Cuban American National Foundation")."""
    words = toks[b[0] : b[1]]
    if a[1] - a[0] == 1 and words[0] in _HYPHENATED_PEOPLES:
        return True  # "Cuban American National Foundation", "Polish American": one people
    return (
        a[1] - a[0] == 1
        and toks[a[0]] in _REGION_DEMONYMS
        and len(words) > 1
        and words[-1] in ORG_SUFFIXES
        and all(w.lower() in LOWER for w in words)
    )


def second_given_name(toks: list[str], pend: int, i: int) -> bool:
    """ "José Antonio Kast", "Cornell William Brooks": a given name the lists know right
    after one unknown word opening the run (or following a title), a word that is no common
    word and no known name, is a person's second given name, not the start of another
    name; after a common word it starts one ("Secretary of State Antony Blinken", "Crooked
    Hillary Clinton", "Chancellor of the Exchequer Nigel Lawson")."""
    w = toks[pend]
    return (
        i - pend == 1
        and (pend == 0 or toks[pend - 1] in TITLE_CAP)
        and w.isalpha()
        and w.lower() not in LOWER
        and w.lower() not in COMMON
        and w not in LEX
    )


def suffix_ends_name(toks: list[str], i: int, after_name: bool) -> bool:
    """ "Kestrel Media", "Pinewood Studios": an organisation's suffix word ending the run
    right after a name ends that name, though the word alone ("Media") is no name; so does
    one before a title ("Kestrel Media President Ann Lee") or a connector ("Siesta Key on
    Wednesday": a place's word of ``PLACE_TAIL_WORDS`` the same way)."""
    return (
        after_name
        and (i == len(toks) - 1 or toks[i + 1] in TITLE_CAP or toks[i + 1] in CONNECTORS)
        and (
            toks[i] in ORG_SUFFIXES
            or toks[i] in PLACE_TAIL_WORDS
            and toks[i - 1] not in FIRST_NAMES  # "Pam Key" is a woman
        )
        and toks[i].isalpha()
    )


# common words that end the name of an island, a reef or an ice field ("Siesta Key", "the
# Florida Keys", "Bikini Atoll", "Thwaites Glacier")
PLACE_TAIL_WORDS = frozenset(("Key", "Keys", "Atoll", "Reef", "Lagoon", "Glacier", "Fjord"))


def tail_with_head(toks: list[str], b0: int, b1: int) -> bool:
    """Do the unknown words ``toks[b0:b1]`` end in an organisation's suffix, or open with
    one and its "of"/"on" part ("Journal of Medicine")? Not when a headline's verb opens
    them ("Obama Says African-American Museum Will Tell ...": no body of that name)."""
    if toks[b0].lower() in _HEADLINE_VERBS:
        return False
    return toks[b1 - 1] in ORG_SUFFIXES or (
        b1 - b0 > 2 and toks[b0] in ORG_SUFFIXES and toks[b0 + 1] in ("of", "on")
    )


# the verbs a Title Case headline puts after its subject ("Obama Says", "Trump Slams")
_HEADLINE_VERBS = frozenset(
    "says said tells told urges warns vows calls asks seeks slams blasts rips backs".split()  # noqa: SIM905
)


def post_nominal(toks: list[str], i: int) -> bool:
    """ "Jeremy Richardson KC", "John Smith OBE": an honour ending the run after a name is no
    part of it (``POST_NOMINALS``); opening one it may be a name ("KC Chiefs")."""
    return i > 0 and i == len(toks) - 1 and toks[i] in POST_NOMINALS


def article_opens_run(toks: list[str], i: int, initial: bool) -> bool:
    """ "A FEMA spokesperson said", "A Brightwave spokesperson": "A" opening a sentence
    before a name is the article, as "An" always is ("Serie A", "Group A": a letter inside
    a name, which never opens a sentence's run)."""
    return i == 0 and initial and toks[0] == "A" and len(toks) > 1


def unknown_before_surname(toks: list[str], i: int) -> bool:
    """ "Jalen Williams", "Shai Gilgeous-Alexander": a word no list knows (no common word)
    before the run's last word, a name the training file saw as a person among other
    things ("Williams", also a racing team), is that person's given name."""
    t = toks[i]
    if i + 2 != len(toks) or t in LEX or not t.isalpha() or t.lower() in LOWER:
        return False
    counts = LEXC.get(toks[i + 1])
    return counts is not None and counts[0] > 0


def given_name_segment(toks: list[str], a0: int, a1: int) -> bool:
    """ "Fiona", "Michael J.", "Toni LeAnn": a given name, and a middle initial or a second
    given name after it (a word the lists do not know, no common word), open a person's
    name, so a known word after them is the surname ("Michael J. Fox", not the network;
    "Toni LeAnn Williams", not the racing team)."""
    if toks[a0] not in FIRST_NAMES:
        return a1 - a0 == 1 and unknown_before_surname(toks, a0)
    if a1 - a0 > 2:
        return False
    if a1 - a0 == 1:
        return True
    second = toks[a0 + 1]
    return middle_initial(second) or (
        second.isalpha() and second.lower() not in LOWER and second not in LEX
    )


def demonym_opens_law(toks: list[str], cut: int, end: int) -> bool:
    """ "North American Free Trade Agreement", "Canadian Environmental Protection Act": a
    nationality before a law's name that runs on to a law's word is the law's first word,
    not a NORP of its own (an organisation keeps them apart, as CoNLL does: "Japanese" +
    "Foreign Ministry"). ``cut`` ends the nationality, ``end`` the law's words."""
    return (
        toks[end - 1] in LAW_WORDS
        and end - cut >= 2
        and LEX.get(toks[cut - 1], (None,))[0] == "NORP"
    )
