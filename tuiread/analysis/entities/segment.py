"""Segmentation: a run of capitalised words split into names.

"U.S. Secretary of State Warren Christopher" holds two names and a title; "Bank of England"
is one name; "I'm Sachi Koto" holds one. A run is read left to right, and the rules apply in
this order at each word:

1. ``event_run``: a run ending in an event word ("German Cup", "BERLIN GRAND PRIX") is one event.
2. ``all_caps_run``: an all-caps run (headline, table) keeps the names the lists know; the
   other words wait for the body of the article (``document.resolve_caps``).
3. In a mixed-case run (``mixed_run``):
   a. connectors: "of" joins an office to its place ("Bank of Canada") and a title to its
      office ("Secretary of State ..."); "on" joins a body to its subject ("Council on
      Foreign Relations"), and splits anything else ("France on Monday"); "&" joins ("Douglas & Lomason"); a name particle
      joins a person ("Erik ten Hag");
   b. the longest name the lists know wins ("New York Stock Exchange"), unless it is a
      generic word inside a longer unknown name ("Bank", "National");
   c. an affix ("Hong Kong-based") takes the whole place with it: an affiliation (NORP);
   d. a company named after a country ("Air France");
   e. words that are never names alone ("The", "Minister", "I'm", "CEO") split the run
      (except inside a run that ends with an institution's head: "World Trade Center"); a
      title marks what follows as a person;
   f. a given name starts a new name ("State Antony Blinken");
   g. ``merge_segments`` joins neighbours that make one name ("UN" + "Security Council",
      a given name + a surname, a place + an organisation: "Tokyo Stock Exchange"), and
      ``company_run`` everything before a company suffix ("Tyndall Australia Ltd");
   h. ``trim_edges``: connectors at the edges go, and a lone letter is no name.
   The rules that keep a longer name whole where its words alone would split it ("Leeds
   General Infirmary", "West Yorkshire Police", "Councillor Helen Price") are in ``wholes``.

A plan depends on the run's words and on whether it opens a sentence only, so plans are
cached across calls.
"""

from __future__ import annotations

from itertools import accumulate, count
from operator import add

from .buildings import ROYAL_TITLES, office_building, place_tail_end
from .business import PLURALS as BUSINESS_PLURALS
from .caps_runs import CapsSeg, all_caps_run
from .connectors import (
    OF_HEADS,
    ON_HEADS,
    commander_cut,
    given_name_opens_next,
    head_before_of,
    heads_a_body,
    title_opens_person,
)
from .kinds import AFFIX, LAW_WORDS, STORM_WORDS
from .labels import MAKERS
from .lexicon import (
    CALENDAR_NAMES,
    COMMON,
    COMMON_ACRONYMS,
    CONNECTORS,
    CORP_SUFFIXES,
    DIRECTIONS,
    FIRST_NAMES,
    GENERIC,
    HARD,
    LEX,
    LEXC,
    LOWER,
    MAXLEN,
    MINOR_PLACES,
    ORG_SUFFIXES,
    PARTICLES,
    RANKS,
    TITLE_CAP,
)
from .never import (
    NEVER_ALONE,
    common_word_at_sentence_start,
    is_contraction,
    never_rule,
    opens_after_dot,
    plural_acronym,
    role_noun_opens_name,
)
from .teams import centre_of_town, nickname_after_town, place_after_town, team_after_town
from .titles import middle_initial, rank_before_name, surname_slot, title_word_as_surname
from .towns import known_place, place_word
from .wholes import (
    INSTITUTION_TAILS,
    KIND_WORDS,
    LOC_FIRST_WORDS,
    MODEL_WORDS,
    NAMED_FOR_HEADS,
    PLACE_PREFIXES,
    SAINTS,
    VENUE_TAILS,
    Seg,
    article_opens_run,
    body_after_place,
    company_word_as_surname,
    demonym_opens_body,
    demonym_opens_law,
    family_name_before_korean_given,
    feature_after_natural_place,
    founder_before_company,
    given_name_before_surname,
    given_name_segment,
    inside_institution,
    join_adjectives,
    model_word_ends_name,
    person_named_place,
    place_prefix_joins,
    post_nominal,
    second_given_name,
    settle_kinds,
    street_run,
    suffix_ends_name,
    surname_after_given_name,
    surname_after_titled_given_name,
    surname_after_titled_place,
    tail_with_head,
    town_ending_unknown_name,
    town_inside_full_name,
    venue_after_name,
    venue_label,
)

# Words that make a company of the country after them ("Air France", "Radio Free Europe").
ORG_PREFIX = frozenset("Air Radio Royal Deutsche Banco Banca Credit Telecom".split())  # noqa: SIM905
EVENT_TAIL = frozenset(
    """
    Open Cup Championship Championships Classic Masters Trophy Games Prix Final Finals
    Stakes Marathon Derby Tournament Olympics Grand-Prix Invitational Rally Festival
    """.split()  # noqa: SIM905
)
_OF_LABELS = frozenset(("GPE", "ORG", "LOC", None))
_GPE_JOINS = frozenset(("ORG", "EVENT", "PRODUCT", "LAW"))
FIRST_JOIN_MAX = 2  # a given name joins a known single-word name seen at most this often

# A placed segment: start and end offsets inside the run, label, name, its words, the
# lower-cased words beside it inside the run (None at the run's edges), follows a title
Placed = tuple[int, int, str | None, str, list[str], str | None, str | None, bool]
# A word the plan dropped: start, end, rule
Dropped = tuple[int, int, str]
Plan = tuple[bool, list[Placed], list[Dropped]] | tuple[bool, list[CapsSeg], list[Dropped]]

# run plans by (run, opens a sentence), shared across calls
PLANS: dict[tuple[str, bool], Plan] = {}


def clear_cache() -> None:
    """Forget the plans worked out so far (benchmarks time a cold start with it)."""
    PLANS.clear()


def plan(chunk: str, initial: bool) -> Plan:
    """The cached plan of a run: ``(allcaps, segments, dropped)``."""
    key = (chunk, initial)
    found = PLANS.get(key)
    if found is None:
        if len(PLANS) > 100_000:
            PLANS.clear()
        found = PLANS[key] = make_plan(chunk, initial)
    return found


def make_plan(chunk: str, initial: bool) -> Plan:
    """Split a run of capitalised words into names; depends on the run alone."""
    toks = chunk.split(" ")
    # each word's offset: the lengths of the words before it, plus one space each (in C)
    offs = list(map(add, accumulate(map(len, toks[:-1]), initial=0), count()))
    event = event_run(toks, offs, chunk)
    if event is not None:
        return event
    if chunk.isupper() and sum(1 for t in toks if len(t) > 1) >= 2:
        return True, all_caps_run(toks, offs), []
    dropped: list[Dropped] = []
    segs = mixed_run(toks, initial, dropped)
    merge_segments(toks, segs)
    if not KIND_WORDS.isdisjoint(toks):
        settle_kinds(toks, segs)
    if len(segs) > 1:
        join_adjectives(toks, segs)
    company_run(toks, segs)
    return False, placed(toks, offs, trim_edges(toks, segs, dropped)), _offsets(offs, toks, dropped)


def _offsets(offs: list[int], toks: list[str], dropped: list[Dropped]) -> list[Dropped]:
    """Dropped words as character offsets inside the run (they are recorded as word indices)."""
    return [(offs[i], offs[j - 1] + len(toks[j - 1]), rule) for i, j, rule in dropped]


def event_run(toks: list[str], offs: list[int], chunk: str) -> Plan | None:
    """ "Greater Milwaukee Open", "BERLIN GRAND PRIX", "German Cup": one event."""
    n = len(toks)
    if n < 2 or toks[-1].title() not in EVENT_TAIL or any(is_contraction(t) for t in toks):
        return None  # "Blacks Don't Rally" is a headline, not a rally
    start = 0
    caps = chunk.isupper()
    while start < n - 2 and (
        toks[start].lower() in ("the", "a", "an", "at", "in")
        or caps
        and toks[start].lower() in LOWER
    ):
        start += 1
    key = " ".join(toks[start:])
    if caps:
        whole: list[CapsSeg] = [(offs[start], len(chunk), "EVENT", key.title())]
        return True, whole, []
    return False, placed(toks, offs, [(start, n, "EVENT", False)]), []


def _inside_longer_name(toks: list[str], i: int) -> bool:
    """Is word ``i`` next to another word that can be part of the same name?"""
    n = len(toks)
    return (
        i > 0
        and toks[i - 1] not in NEVER_ALONE
        and toks[i - 1] not in CONNECTORS
        or i + 1 < n
        and toks[i + 1] not in NEVER_ALONE
        and toks[i + 1] not in CONNECTORS
    )


# forms of address a surname follows, whatever it means in lower case ("Mrs. May", "Mr.
# Price"; not "Miss Universe", "Lady Justice")
_SURNAME_BEFORE = frozenset("mr mr. mrs mrs. ms ms. dr dr.".split())  # noqa: SIM905
# forms of address: always a person's ("Ms. Mills", "Sir Alan"), never a body's first word
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady madam mme mlle herr".split())  # noqa: SIM905


def law_run(toks: list[str]) -> bool:
    """ "General Security of Military Information Agreement", "Treaty of Friendship and
    Cooperation Act": a run of three words or more ending in a law's word is one law's name,
    "of" and words that are never names alone ("General", "Security") included."""
    return len(toks) >= 3 and toks[-1] in LAW_WORDS


def title_word_names_body(toks: list[str], i: int) -> bool:
    """ "Premier League", "General Assembly on Monday", "Major Enquiry Team": a title word
    before words that end in an organisation's suffix is the first word of a body, not a
    person's title (not before a given name: "General John Smith")."""
    n = len(toks)
    if (
        toks[i] not in TITLE_CAP
        or toks[i].rstrip(".").lower() in _HONORIFICS
        or i + 1 >= n
        or toks[i + 1] in TITLE_CAP
        or toks[i + 1] in FIRST_NAMES
    ):
        return False
    end = i + 1
    while end < n and end - i <= 3 and toks[end] not in CONNECTORS:
        end += 1  # "Major Enquiry Team": the head may come a word or two later
    return (end == n or toks[end] in CONNECTORS) and toks[end - 1] in ORG_SUFFIXES


def head_ends_institution(toks: list[str], i: int, pend: int) -> bool:
    """ "Federal Trade Commission": an institution's head ending the run after words read as
    its name ("Federal Trade", never names alone) belongs to that name, not dropped as a
    generic word alone."""
    return pend >= 0 and i == len(toks) - 1 and i - pend >= 1 and toks[i] in INSTITUTION_TAILS


def _given_name_before(toks: list[str], i: int, pend: int, segs: list[Seg]) -> bool:
    """Is ``toks[i - 1]`` a given name standing alone: the unknown name being read ("Stephen")
    or a known person's name ("Jack"), opening it?"""
    w = toks[i - 1]
    if w not in FIRST_NAMES or w in TITLE_CAP:
        return False
    if pend == i - 1:
        return True
    return pend < 0 and bool(segs) and segs[-1][:3] in ((i - 1, i, "PERSON"), (i - 1, i, "SOFT"))


# heads that make a body of one capitalised common word inside a sentence ("the Tax
# Foundation", "the Urban Institute"); the first word of a longer run inside a sentence
# belongs to its body too ("the Internal Revenue Service")
_TWO_WORD_HEADS = frozenset(
    "Foundation Institute Service Commission Agency Council Society Association Bureau".split()  # noqa: SIM905
)


def mixed_run(toks: list[str], initial: bool, dropped: list[Dropped]) -> list[Seg]:
    """Rules 3a-3f of the module docstring, left to right."""
    n = len(toks)
    segs: list[Seg] = []
    pend = -1  # first word of the unknown name being read
    title = False
    pend_title = False
    cut = commander_cut(toks)  # "Sudanese Armed Forces" + "of General ..."
    if cut == n > 3 and toks[-1] in CALENDAR_NAMES and toks[-2] in ("on", "in"):
        cut = n - 2  # "Saratoga Race Course on Saturday": the name ends before the day
    institution = (
        cut >= 3
        and toks[cut - 1] in INSTITUTION_TAILS
        or n >= 4
        and "of" in toks
        and head_before_of(toks)  # "Armed Forces of the Philippines"
        or n == 2
        and (street_run(toks, initial) or not initial and toks[1] in _TWO_WORD_HEADS)
    )
    if institution and cut == n > 2 and toks[0] in ROYAL_TITLES and toks[1] in FIRST_NAMES:
        return [(0, n, None, False)]  # "Queen Elizabeth Hospital": named after the royal
    law = law_run(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t in CONNECTORS:
            if title and pend < 0 and t == "of":
                # "Secretary of State Antony Blinken", "Professor of Transplant Surgery": the
                # office or the field is part of the title
                i += 1
                while i < n and (
                    toks[i] in CONNECTORS
                    or toks[i].lower() in LOWER
                    or toks[i].lower() in COMMON
                    and toks[i] not in FIRST_NAMES
                    and toks[i] not in MAXLEN  # "Archbishop of Cape Town": a name opens here
                ):
                    i += 1
                continue
            # "Bank of Canada", "Office of the Joint Chiefs", "Douglas & Lomason": one name
            nx = i + 2 if t == "of" and i + 2 < n and toks[i + 1] == "the" else i + 1
            heads = ON_HEADS if t == "on" else OF_HEADS
            if (
                nx < n
                and toks[nx] not in CONNECTORS
                and toks[nx] not in CALENDAR_NAMES  # "Security Council on Friday": a day
                and (t == "&" or toks[i - 1] in heads or t == "of" and law)
                and not title_opens_person(toks, nx)
            ):
                if (
                    pend < 0
                    and segs
                    and segs[-1][1] == i
                    and (t == "&" or segs[-1][2] in _OF_LABELS)
                ):
                    pend, _, _, pend_title = segs.pop()
                if pend >= 0:  # (to a sentence's opener after "Co.": "& Co. Since then")
                    i = nx
                    while i < n and toks[i] not in CONNECTORS and not opens_after_dot(toks, i):
                        i += 1
                    continue
            # "von der Leyen", "de la Fuente": two particles before the surname
            two = i + 2 < n and toks[i + 1] in PARTICLES and toks[i + 2] not in CONNECTORS
            if t in PARTICLES and i + 1 < n and (toks[i + 1] not in CONNECTORS or two):
                # "Erik ten Hag", "Ruud van Nistelrooy", "Pierre de Coubertin": one name
                if pend < 0 and segs and segs[-1][1] == i and segs[-1][2] in ("PERSON", "SOFT"):
                    pend = segs.pop()[0]
                    pend_title = True
                if pend >= 0:
                    i += 2 if two else 1
                    while i < n and toks[i] not in CONNECTORS:
                        i += 1
                    continue
            if pend >= 0:
                segs.append((pend, i, None, pend_title))
                pend = -1
            title = False
            i += 1
            continue
        # each rule's own first test inline (the first word, the last word, a given name,
        # an apostrophe): most words of a run meet none, and the call would be wasted
        if i == 0 and initial and role_noun_opens_name(toks, i, initial):
            dropped.append((i, i + 1, "context:role-noun"))
            title = True
            i += 1
            continue
        mx = 0 if t in COMMON_ACRONYMS else MAXLEN.get(t, 0)
        hit = 0
        key = t
        if mx:
            for ln in range(min(mx, n - i), 0, -1):
                key = t if ln == 1 else " ".join(toks[i : i + ln])
                if key in LEX:
                    hit = ln
                    break
            if (
                hit == 1
                and n > 1
                and (t.lower() in LOWER and not t.isupper() or i > 0 and t in ORG_SUFFIXES)
                and (_inside_longer_name(toks, i) or head_ends_institution(toks, i, pend))
            ):
                hit = 0  # "Bank", "Board", "National", "Ltd" inside a longer name
            elif hit == 1 and t in GENERIC and not (i + 2 < n and heads_a_body(t, toks[i + 1])):
                hit = -1  # "News", "Bureau" with no name next to it
            elif hit == 1 and given_name_before_surname(toks, i):
                hit = 0  # "Douglas Brinkley": a person, not the town of Douglas
                title = True  # read as a person's name, as after a title
            elif (
                hit == 1
                and 1 <= i - pend <= 2  # (two before: "Abigael González Valencia")
                and pend >= 0
                and (town_inside_full_name(toks, i) or town_ending_unknown_name(toks, i))
            ):
                hit = 0  # "Walter Braga Netto", "Merrick Garland": a family name, not a town
        if hit < 0:
            if pend >= 0:
                segs.append((pend, i, None, pend_title))
                pend = -1
            dropped.append((i, i + 1, "never:generic-word-alone"))
            i += 1
            continue
        if hit:
            if pend >= 0:
                segs.append((pend, i, None, pend_title))
                pend = -1
            info = LEX[key]
            soft = key in LEXC or (
                hit == 1 and key in MINOR_PLACES and _inside_longer_name(toks, i)
            )
            label = "SOFT" if soft else info[0]
            if title and hit == 1 and label in ("GPE", "LOC") and t in FIRST_NAMES:
                label = "PERSON"  # "Crown Prince Hassan", "King Abdullah": no town after a title
            if tail := place_tail_end(toks, i, hit, key, label):
                segs.append((i, tail[0], tail[1], False))  # "Portland Street", "Leon County"
                title = False
                i = tail[0]
                continue
            segs.append((i, i + hit, label, title))
            title = False
            i += hit
            continue
        if "-" in t and AFFIX.search(t):
            # "Hong Kong-based", "St. Louis-based": the whole place goes with the affix
            start = i
            if pend >= 0:
                start = pend
                pend = -1
            elif segs and segs[-1][1] == i and segs[-1][2] != "PERSON":
                start = segs.pop()[0]
            segs.append((start, i + 1, "NORP", False))
            title = False
            i += 1
            continue
        if t in ORG_PREFIX and i + 1 < n and HARD.get(toks[i + 1]) in ("GPE", "NORP"):
            # "Air France", "Radio Free Europe"-style names: a company named after a country
            if pend >= 0:
                segs.append((pend, i, None, pend_title))
                pend = -1
            segs.append((i, i + 2, "ORG", False))
            title = False
            i += 2
            continue
        if pend < 0 and office_building(toks, i, " ".join(toks[i : i + 2]) in LEX):
            segs.append((i, i + 2, "FAC", False))  # "Parliament House": the office opens it
            i += 2
            continue
        never = (
            t in NEVER_ALONE
            or ("'" in t or "’" in t)
            and is_contraction(t)
            or t[-1] == "s"
            and plural_acronym(t)
            or t == "A"
            and article_opens_run(toks, i, initial)
            or i == n - 1
            and post_nominal(toks, i)
        )
        if (
            never
            and title
            and t in _MONTH_GIVEN_NAMES
            and i + 1 < n
            and toks[i + 1] not in CONNECTORS
        ):
            never = False  # "Judge April Perry": after a title, a month is a given name
        if never and i + 2 < n and t not in TITLE_CAP and heads_a_body(t, toks[i + 1]):
            never = False  # "Commission on Presidential Debates", "Bank of Canada"
        if (
            never
            and institution
            and i < cut
            and (i > 0 or t in PLACE_PREFIXES or n == 2 or not initial and t not in CALENDAR_NAMES)
            and not rank_before_name(toks, i)  # "Det Supt Helen Flanagan of the Met"
            and inside_institution(t)
        ):
            never = False  # "World Trade Organization": "Trade" alone is no name, here it is
        if never and law and inside_institution(t):
            never = False  # "General Security of Military Information Agreement"
        if never and t in STORM_WORDS and i + 1 < n and toks[i + 1] not in CONNECTORS:
            never = False  # "Hurricane Hugo": the storm's word is part of its name
        if never and i > 0 and t not in TITLE_CAP and surname_slot(toks, i, _SURNAME_BEFORE):
            never = False  # "Mrs. May", "Joel D. Gross": after Mrs or an initial, a surname
        if never and t in TITLE_CAP and title_word_names_body(toks, i):
            never = False  # "Premier League", "General Assembly": no title here
        if never and suffix_ends_name(toks, i, pend >= 0 or bool(segs) and segs[-1][1] == i):
            never = False  # "Kestrel Media": "Media" alone is no name, after a name it is
        if (
            never
            and t in MODEL_WORDS
            and model_word_ends_name(toks, i, pend >= 0 or bool(segs) and segs[-1][1] == i)
        ):
            never = False  # "Vision Pro": "Pro" alone is no name, after a name it ends one
        if never and pend < 0 and i == n - 1 and nickname_after_town(toks, i, segs):
            never = False  # "Washington Commanders": the team's nickname
        if never and pend_title and surname_after_titled_given_name(toks, i, pend, pend_title):
            never = False  # "Councillor Helen Price": "Price" is her surname here
        if (
            never
            and t in PLACE_PREFIXES
            and i + 1 < n
            and LEX.get(toks[i + 1], _NO_LABEL)[0] in ("GPE", "LOC")
        ):
            never = False  # "Greater Manchester": the prefix of a known place is its name
        if never and i + 1 < n and "-" in toks[i + 1] and family_name_before_korean_given(toks, i):
            never = False  # "Jun Young-hyun": the family name, not the month
        if never and pend >= 0 and surname_after_given_name(toks, i, pend, initial):
            never = False  # "Matthew Rice": "Rice" is his surname here
        if (
            never
            and i > 0
            and t in TITLE_CAP  # the rule's own first test, before the given-name look back
            and title_word_as_surname(
                toks,
                i,
                _given_name_before(toks, i, pend, segs)
                or toks[0] in FIRST_NAMES  # "Martin Luther King Jr."
                and toks[i + 1 : i + 2] == ["Jr."],
            )
        ):
            never = False  # "Stephen King", "Jack Queen": the surname
        if never or (
            i == 0
            and initial
            and (common_word_at_sentence_start(t) or t.lower() in BUSINESS_PLURALS)
            and t not in _TOK_SEEN
            and not (n == 2 and toks[1] in CORP_SUFFIXES)  # "Arm Holdings", "Apple Inc."
        ):
            title = t in TITLE_CAP
            if pend >= 0:
                if title and i - pend == 1 and toks[pend].lower() in _TITLE_PARTS:
                    # "Defense Secretary", "Finance Minister", "Supreme Leader": the title's
                    dropped.append((pend, i, "context:part-of-title"))
                else:
                    segs.append((pend, i, None, pend_title))
                pend = -1
            dropped.append(
                (
                    i,
                    i + 1,
                    "context:title"
                    if title
                    else never_rule(t)[0]
                    if never
                    else "never:sentence-start",
                )
            )
            i += 1
            continue
        if pend < 0:
            pend = i
            pend_title = title
            title = False
        elif (
            t in FIRST_NAMES
            and i + 1 < n
            and toks[i + 1][0].isupper()
            and toks[pend] not in FIRST_NAMES
            and not (i - pend == 1 and middle_initial(t) and toks[pend].lower() not in LOWER)
            and not second_given_name(toks, pend, i)
        ):
            # "State Antony Blinken": a given name starts a new name; a middle initial
            # after one unknown given name does not ("Loretta E. Lynch")
            segs.append((pend, i, None, pend_title))
            pend = i
            pend_title = True
        i += 1
    if pend >= 0:
        segs.append((pend, n, None, pend_title))
    return segs


_MONTH_GIVEN_NAMES = frozenset(("January", "April", "May", "June", "August"))
_SAINT_KEEPS = frozenset(("GPE", "LOC", "FAC"))


# heads of colleges named with their city after them ("Imperial College London", "Trinity
# College Dublin", "University College Cork")
_CITY_NAMED_HEADS = frozenset(("College", "University"))


def merge_segments(toks: list[str], segs: list[Seg]) -> None:
    """Join neighbouring segments that make one name, in place."""
    k = 0
    while k + 1 < len(segs):
        a, b = segs[k], segs[k + 1]
        a0, a1, b0, b1 = a[0], a[1], b[0], b[1]
        if a1 == b0:
            la, lb = a[2], b[2]
            if a1 - a0 == 1 and toks[a0] in SAINTS:
                # "St. Paul", "St. Lucie County", "Port St. Lucie": the saint's name is the
                # place's (or church's) name, never a body "St." and a person "Paul"
                segs[k] = (a0, b1, lb if lb in _SAINT_KEEPS else None, a[3])
                del segs[k + 1]
                continue
            if a1 - a0 == 1 and toks[a0] in LOC_FIRST_WORDS and b1 - b0 == 1 and lb != "PERSON":
                segs[k] = (a0, b1, "LOC", a[3])  # "Lake Malawi", "Mount Kenya": one LOC
                del segs[k + 1]
                continue
            joined = place_prefix_joins(toks, a, b) if toks[a0] in PLACE_PREFIXES else None
            if joined is not None:
                segs[k] = (a0, b1, joined, a[3])  # "West Yorkshire (Police)", "Greater Manchester"
                del segs[k + 1]
                continue
            if lb == "ORG" and founder_before_company(toks, a, b):
                segs[k] = (a0, b1, "ORG", False)  # "Walt Disney Animation Studios"
                del segs[k + 1]
                continue
            if la == "LOC" and (feature := feature_after_natural_place(toks, a, b)) is not None:
                segs[k] = (a0, b1, feature, a[3])  # "Mekong Delta", "Danube Bridge"
                del segs[k + 1]
                continue
            if person_named_place(toks, a, b):
                segs[k] = (a0, b1, "FAC", False)  # "Jack London Square", "John Lewis Bridge"
                del segs[k + 1]
                continue
            if toks[b1 - 1] in VENUE_TAILS and venue_after_name(toks, a, b):
                # "Cleveland Clinic", "Leeds General Infirmary", "Electronic Frontier Foundation"
                segs[k] = (a0, b1, venue_label(toks[b1 - 1]), False)
                del segs[k + 1]
                k -= k > 0  # the name before may open the venue too ("Dallas Fort Worth ...")
                continue
            if a[3] and surname_after_titled_place(toks, a, b):
                segs[k] = (a0, b1, None, True)  # "Representative Alexandria Ocasio-Cortez"
                del segs[k + 1]
                continue
            if lb == "NORP" and a1 - a0 == 1 and toks[a0] in DIRECTIONS:
                segs[k] = (a0, b1, "NORP", a[3])  # "South Korean"
                del segs[k + 1]
                continue
            if lb is None and centre_of_town(toks, a, b1):
                segs[k] = (a0, a1, "GPE", a[3])  # "Leeds City Centre": the town
                del segs[k + 1]
                continue
            if (
                where := body_after_place(toks, a, b, la == "GPE" or known_place(toks, a0, a1, la))
            ) is not None:
                segs[k] = (a0, b1, where, a[3])  # "Berlin Philharmonic", "Edinburgh Fringe"
                del segs[k + 1]
                continue
            if (
                lb is None
                and (
                    la is not None
                    and not (la == "NORP" and "-" in toks[a1 - 1])  # "New York-based" + ...
                    or (a[3] or b1 - b0 == 1 and toks[b0] in NAMED_FOR_HEADS)
                    and b1 == len(toks)
                )
                and tail_with_head(toks, b0, b1)
            ):
                # a name + an unknown tail with a suffix, or a head and its "of"/"on" part
                # ("New England" + "Journal of Medicine", "European" + "Congress on Obesity");
                # a person's name before one ending the run names the body after them
                # ("George Washington University", "John F. Kennedy School of Government")
                segs[k] = (a0, b1, "ORG", False)
                del segs[k + 1]
                continue
            if (
                b1 - b0 == 1
                and toks[a1 - 1] in _CITY_NAMED_HEADS
                and (lb == "GPE" or lb == "SOFT" and LEX.get(toks[b0], _NO_LABEL)[0] == "GPE")
            ):
                segs[k] = (a0, b1, "ORG", False)  # "University College London": one body
                del segs[k + 1]
                continue
            if lb in (None, "LAW") and demonym_opens_law(toks, a1, b1):
                segs[k] = (a0, b1, "LAW", a[3])  # "North American Free Trade Agreement"
                del segs[k + 1]
                continue
            if la == "PRODUCT" and b1 - b0 == 1 and toks[b0] in _FLIGHT_NUMERALS:
                segs[k] = (a0, b1, "PRODUCT", a[3])  # "Artemis II": the craft's flight
                del segs[k + 1]
                continue
            if la == "PERSON" and lb == "PERSON":
                segs[k] = (a0, b1, "PERSON", a[3])
                del segs[k + 1]
                continue
            if lb is None and team_after_town(toks, a, b1):
                # "Boston Celtics", "Philadelphia Eagles": a team named after its town
                segs[k] = (a0, b1, "ORG", a[3])
                del segs[k + 1]
                continue
            if lb is None and (where := place_after_town(toks, a, b1)) is not None:
                segs[k] = (a0, b1, where, a[3])  # "Colorado Springs", "Florida Keys"
                del segs[k + 1]
                continue
            if la == "NORP" and (lb == "ORG" or b1 - b[0] == 1) and demonym_opens_body(toks, a, b):
                segs[k] = (a0, b1, lb or "NORP", a[3])  # "European Central Bank": one body
                del segs[k + 1]
                continue
            if (la == "GPE" or la == "SOFT" and place_word(toks[a0:a1])) and lb in _GPE_JOINS:
                # "U.S. State Department", "Tokyo Stock Exchange", "U.S. Open": one name
                segs[k] = (a0, b1, lb, a[3])
                del segs[k + 1]
                continue
            if (la == "PERSON" or la in (None, "SOFT") and given_name_segment(toks, a0, a1)) and (
                lb in ("SOFT", "PERSON", None)
                or b1 - b0 == 1
                and lb != "NORP"
                and (LEX[toks[b0]][1] <= FIRST_JOIN_MAX or company_word_as_surname(toks, b0))
            ):
                # "Frankie Fredericks": a given name and what follows are one person
                segs[k] = (a0, b1, None, True)
                del segs[k + 1]
                continue
            if (
                la == "ORG"
                and lb == "ORG"
                and not (b1 == len(toks) and " ".join(toks[b0:b1]) in MAKERS)
                or la == "PERSON"
                and lb is None
            ):  # not "Air India" + "Boeing" (787): the airline and the maker of its plane
                segs[k] = (a0, b1, None if lb is None else "ORG", a[3] or la == "PERSON")
                del segs[k + 1]
                continue
            if (
                la is None
                and lb == "PERSON"
                and b1 - b0 == 1
                and not given_name_opens_next(toks, a, b)
            ):
                segs[k] = (a0, b1, None, a[3])
                del segs[k + 1]
                continue
        k += 1


_NO_LABEL = (None,)
_TITLE_PARTS = COMMON | {rank.lower() for rank in RANKS}  # words a title's word may follow
# Roman numerals that number a craft's flights or a product's versions ("Artemis II")
_FLIGHT_NUMERALS = frozenset("II III IV V VI VII VIII IX X".split())  # noqa: SIM905


def company_run(toks: list[str], segs: list[Seg]) -> None:
    """ "Tyndall Australia Ltd", "Southern California Edison Co": a company suffix ends one
    company name, whatever places or names stand before it in the same run."""
    if len(segs) < 2 or toks[-1] not in CORP_SUFFIXES or segs[-1][1] != len(toks):
        return
    k = len(segs) - 1
    while k > 0 and segs[k - 1][1] == segs[k][0] and segs[k - 1][2] != "NORP":
        k -= 1
    if k < len(segs) - 1:
        segs[k:] = [(segs[k][0], len(toks), "ORG", False)]


def trim_edges(toks: list[str], segs: list[Seg], dropped: list[Dropped]) -> list[Seg]:
    """Connectors at the edges go; a lone letter or "H-bomb" alone is no name."""
    out: list[Seg] = []
    for seg in segs:
        i, j, label, ttl = seg
        while i < j and toks[j - 1] in CONNECTORS:
            j -= 1
        if i >= j:
            continue
        if CORP_SUFFIXES.issuperset(toks[i:j]):  # every word a company suffix (one C call)
            dropped.append((i, j, "never:company-suffix-alone"))
            continue
        if j - i == 1 and label is None:
            t = toks[i]
            if len(t) == 1 or len(t) > 2 and t[1] == "-" and t[2:].islower():
                dropped.append((i, j, "never:letter"))
                continue
        out.append((i, j, None if label == "SOFT" else label, ttl))
    return out


def placed(toks: list[str], offs: list[int], segs: list[Seg]) -> list[Placed]:
    """Word-index segments as offsets inside the run with the name, its words and the
    lower-cased words beside it, worked out once per cached plan."""
    n = len(toks)
    out: list[Placed] = []
    for seg in segs:
        i, j, label, ttl = seg
        key = " ".join(toks[i:j])
        prev = toks[i - 1].lower() if i else None
        nxt = toks[j].lower() if j < n else None
        out.append(
            (
                offs[i],
                offs[j - 1] + len(toks[j - 1]),
                label,
                key,
                toks[i:j],
                prev,
                nxt,
                bool(seg[3]),
            )
        )
    return out


# capitalised words seen in the training text: a sentence-initial one may still be a name
from .lexicon import TOK as _TOK_SEEN  # noqa: E402
