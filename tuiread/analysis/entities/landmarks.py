"""Names a run of capitals cuts or mislabels, read from the words right beside them.

Applied to the spans in ``document.finish`` before one label per entity is chosen:

1. ``joined_names``: a name the lists know whose words a lower-case word or a number joins
   ("Alternative for Germany", "Nippon Ishin no Kai", "Palme d'Or", "Switch 2"): the run
   regex stops at the join and keeps a piece ("Germany"); the whole name replaces the pieces.
2. ``power_station``: a name before "power station" or "power plant" (with its fuel between:
   "Koeberg nuclear power station", "the Drax power station") names the station: a FAC.
3. ``stand``: "the Holte End", "the Stretford End": a name and "End" after "the" is a stand
   of a ground (FAC); a compass word before "End" is a district ("the West End") and is left.
4. ``newspaper``: a town and a newspaper's head word after "the" ("the Cincinnati Enquirer",
   "The Hamilton (Ontario) Spectator") is one newspaper: an ORG, not the town.
5. ``named_after_place``: "Yorkshireman", "Cornishman", "Welshmen": a man or woman named after a
   place or a nation is a nationality (NORP), never a person's name.
6. ``town_show``: a town and the word of a show held there ("the Dubai Airshow", "the Osaka
   Expo") is the show: an EVENT, not the town.
7. ``listed_towns``: "in Northampton, Daventry and Towcester": a list after "in" that opens
   with a town the lists know is a list of towns; a member the statistics took for a
   person, or found no name, is a town (GPE).
"""

from __future__ import annotations

from operator import attrgetter

from tuiread.model import Span

from .. import compiled
from .lexicon import FIRST_NAMES, LEX

Rules = list[str]

# the words that join the pieces of a known name, where the run regex does not go on: a
# lower-case word of a party's, a prize's or a country's name ("Bosnia and Herzegovina",
# "Saint Vincent and the Grenadines"), or a number ("Switch 2")
_JOINS = frozenset(("for", "no", "and", "the", "d'Or", "d’Or"))


def _joined(key: str) -> bool:
    words = key.split(" ")
    inner = words[1:]
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and (words[-1][:1].isupper() or words[-1].isdigit() or words[-1] in _JOINS)
        and any(w in _JOINS or w.isdigit() for w in inner)
        and all(w in _JOINS or w.isdigit() or w[:1].isupper() for w in inner)
        # hand lists; training names with "for", and countries ("Trinidad and Tobago")
        and (LEX[key][1] == 0 or "for" in inner or LEX[key][0] == "GPE")
    )


# known name -> its label, for the names a join cuts
JOINED: dict[str, str] = {k: v[0] for k, v in LEX.items() if _joined(k)}
JOINED_RULE = "lexicon:joined-name"


def _pieces() -> dict[str, list[tuple[str, int]]]:
    """Each capitalised word of a joined name, and each run of them, the run regex may find
    alone ("Germany", "Nippon Ishin", "Kai", "Switch"): the names it is part of, and its
    offset in each."""
    out: dict[str, list[tuple[str, int]]] = {}
    for key in JOINED:
        words = key.split(" ")
        offsets = [0]
        for w in words[:-1]:
            offsets.append(offsets[-1] + len(w) + 1)
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and words[j][:1].isupper():
                piece = key[offsets[i] : offsets[j] + len(words[j])]
                out.setdefault(piece, []).append((key, offsets[i]))
                if j > i:
                    out.setdefault(words[j], []).append((key, offsets[j]))
                j += 1
            i = j + 1
    return out


JOINED_PIECES = _pieces()


Add = tuple[Span, str]  # a span that replaces every span it overlaps, and its rule


def _relabel(span: Span, label: str) -> Span:
    return Span("entity", label, span.start, span.end, span.text, span.value)


# what follows a power station's name: its fuel, then "power station" or "power plant"
_POWER_AFTER = compiled.compile(
    r" (?:(?:nuclear|coal|coal-fired|gas|gas-fired|oil-fired|hydroelectric|hydro|solar|wind"
    r"|thermal|geothermal|biomass) )?power (?:station|plant)\b"
)
POWER_RULE = "context:power-station"


def _power_ends(text: str) -> set[int]:
    """Where a name may end before " power ": right before it, or before the word before
    it (its fuel: "Koeberg nuclear power station"); ``power_station`` checks the words."""
    ends = set()
    p = text.find(" power ")
    while p >= 0:
        ends.add(p)
        ends.add(text.rfind(" ", 0, p))
        p = text.find(" power ", p + 7)
    return ends


_KNOWN = ("lexicon:", "segment:known")


def power_station(text: str, span: Span, rule: str) -> Add | None:
    """Rule 2 of the module docstring; a person's full name is left, and so is a name the
    lists know: a company before "power station" is its owner ("an EDF power station")."""
    if (
        span.label == "FAC"
        or span.label == "PERSON"
        and " " in span.text
        or rule.startswith(_KNOWN)
        or _POWER_AFTER.match(text, span.end) is None
    ):
        return None
    return _relabel(span, "FAC"), f"{POWER_RULE} was {span.label}"


_COMPASS = frozenset(("West", "East", "North", "South", "Far", "World's", "Land's"))
STAND_RULE = "context:stand"


def stand(text: str, span: Span) -> Add | None:
    """Rule 3 of the module docstring: "the Holte End" (the run stops before "End", a word
    the lists hold as common) is the stand, a FAC."""
    e = span.end
    if (
        text[e : e + 4] == " End"
        and not text[e + 4 : e + 5].isalnum()
        and text[span.start - 4 : span.start] in ("the ", "The ")
        and span.text not in _COMPASS
    ):
        name = text[span.start : e + 4]
        return Span(
            "entity", "FAC", span.start, e + 4, name, name
        ), f"{STAND_RULE} was {span.label}"
    return None


# the head words of newspapers' names after their town ("the Boston Globe", "the Cincinnati
# Enquirer", "The Hamilton Spectator", "the Dallas Morning News")
_PAPER_AFTER = compiled.compile(
    r"(?: \([A-Z][\w.]*(?: [A-Z][\w.]*)?\))? (?:(?:Daily|Evening|Morning|Sunday|Free) )?"
    r"(?:Enquirer|Inquirer|Spectator|Herald|Tribune|Gazette|Chronicle|Examiner|Courier"
    r"|Globe|Observer|Dispatch|Bulletin|Ledger|Sentinel|Advertiser|Argus|Post-Gazette"
    r"|Star-Ledger|Star-Telegram|Union-Tribune|Plain Dealer|Mercury News|Times|Post|Journal"
    r"|Star|News|Press|Register|Telegraph|Standard)\b(?!-| [A-Z])"
)
PAPER_RULE = "context:newspaper"
_PAPER_TOWNS = frozenset(("GPE", "ORG", "LOC"))


def newspaper(text: str, span: Span) -> Add | None:
    """Rule 4 of the module docstring: the town's span widens over the head word (and the
    region in brackets: "The Hamilton (Ontario) Spectator")."""
    if span.label not in _PAPER_TOWNS or text[span.start - 4 : span.start] not in ("the ", "The "):
        return None
    m = _PAPER_AFTER.match(text, span.end)
    if m is None:
        return None
    name = text[span.start : m.end()]
    return Span("entity", "ORG", span.start, m.end(), name, name), f"{PAPER_RULE} was {span.label}"


_PLACE_OR_PEOPLE = frozenset(("GPE", "LOC", "NORP"))
COUNTY_MAN_RULE = "context:county-man"


def named_after_place(word: str) -> bool:
    """Rule 5 of the module docstring: "Yorkshireman", "Cornishwoman", "Welshmen",
    "Frenchman": a place or a nationality the lists know, a county ("-shire") or a people's
    adjective in "-ish" ("Cornish"), then "man", "woman", "men" or "women"."""
    for end in ("woman", "women", "man", "men"):
        if word.endswith(end) and len(word) > len(end) + 3:
            stem = word[: -len(end)]
            info = LEX.get(stem)
            return (info is not None and info[0] in _PLACE_OR_PEOPLE) or stem.endswith(
                ("shire", "ish")
            )
    return False


# the words of a show named after its town; the run regex keeps them apart from a town the
# lists know ("Dubai" and "Airshow")
_SHOW_AFTER = compiled.compile(
    r" (?:Airshow|Air Show|Motor Show|Auto Show|Boat Show|Expo|Fashion Week|Film Festival)\b"
)
SHOW_RULE = "context:town-show"


def town_show(text: str, span: Span) -> Add | None:
    """Rule 6 of the module docstring: the town's span widens over the show's words."""
    if span.label != "GPE":
        return None
    m = _SHOW_AFTER.match(text, span.end)
    if m is None:
        return None
    name = text[span.start : m.end()]
    return Span("entity", "EVENT", span.start, m.end(), name, name), f"{SHOW_RULE} was GPE"


# "in Northampton, Daventry and Towcester": "in", then two to five capitalised words or
# pairs of them, joined by commas and a last "and" or "or", then no capital
_TOWN_LIST = compiled.compile(
    r"[Ii]n ((?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, ){1,4}(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? )?"
    r"(?:and|or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[ ,.;:)]|$)(?! [A-Z])"
)
_MEMBER = compiled.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
TOWN_LIST_RULE = "context:listed-town"


def listed_towns(text: str, spans: list[Span], rules: Rules, k0: int) -> list[Add]:
    """Rule 7 of the module docstring, for the list opening with ``spans[k0]``. The first
    member must be a place the lists know, and every other member a place, a guess of the
    statistics or no name at all: a list holding a known person or company, or a person's
    full name or given name, is left."""
    first = spans[k0]
    info = LEX.get(first.value or "")
    m = _TOWN_LIST.match(text, first.start - 3)
    if info is None or info[0] != "GPE" or m is None:
        return []
    at = m.start(1)
    members = [(x.start() + at, x.end() + at) for x in _MEMBER.finditer(m.group(1))]
    out: list[Add] = []
    k = k0
    for s, e in members[1:]:
        while k < len(spans) and spans[k].start < s:
            k += 1
        if k == len(spans) or spans[k].start != s:
            out.append((Span("entity", "GPE", s, e, text[s:e], text[s:e]), TOWN_LIST_RULE))
            continue
        span = spans[k]
        if (
            span.end != e
            or not (span.label == "GPE" or rules[k].startswith("model:"))
            or span.label == "PERSON"
            and (" " in span.text or span.text in FIRST_NAMES)
        ):
            return []  # a known name of another kind, or a person's full or given name
        if span.label != "GPE":
            out.append((_relabel(span, "GPE"), f"{TOWN_LIST_RULE} was {span.label}"))
    return out


def _merged(spans: list[Span], rules: Rules, adds: list[Add]) -> tuple[list[Span], Rules]:
    """The spans with each added span in place of those it overlaps (the first added of two
    that overlap wins)."""
    adds.sort(key=lambda a: a[0].start)
    kept: list[Add] = []
    for a in adds:
        if not kept or a[0].start >= kept[-1][0].end:
            kept.append(a)
    pairs = [*kept]
    for span, rule in zip(spans, rules, strict=True):
        if not any(a.start < span.end and span.start < a.end for a, _ in kept):
            pairs.append((span, rule))
    pairs.sort(key=lambda p: p[0].start)
    return [p[0] for p in pairs], [p[1] for p in pairs]


def joined_names(text: str, key: str) -> list[Add]:
    """Rule 1 of the module docstring: each place the known joined name ``key`` is written
    in full (a scan of the text in C; most texts hold none)."""
    out: list[Add] = []
    label = JOINED[key]
    s = text.find(key)
    while s >= 0:
        e = s + len(key)
        if not text[s - 1 : s].isalnum() and not text[e : e + 1].isalnum():
            out.append((Span("entity", label, s, e, key, key), f"{JOINED_RULE} {key!r}"))
        s = text.find(key, e)
    return out


AIRPORT_RULE = "context:airport"
# the capitalised words before a lower-case "airport": one to four, a name's
_AIRPORT_NAME = compiled.compile(
    r"(?<![\w'’.-])(?:[A-Z][\w'’.-]* (?:(?:de|la|du|des|van|von|da|do) )?){1,4}$"
)  # (a name's particles too: "Charles de Gaulle airport")
_OPENERS = frozenset(("The", "A", "At", "In", "From", "To"))


def airports_named(text: str) -> list[Add]:
    """ "the Jomo Kenyatta airport", "Heathrow airport", "JFK airport": the capitalised words
    right before "airport" in lower case name the airport, a FAC, whatever they name alone
    (a person, a town); a capitalised word that opens the sentence is left ("At")."""
    out: list[Add] = []
    at = text.find(" airport")
    while at >= 0:
        m = _AIRPORT_NAME.search(text, max(0, at - 60), at + 1)
        if m is not None:
            words = m.group().split()
            s = m.start()
            while words and words[0] in _OPENERS:
                s += len(words.pop(0)) + 1
            if words:
                name = " ".join(words)
                out.append((Span("entity", "FAC", s, s + len(name), name, name), AIRPORT_RULE))
        at = text.find(" airport", at + 8)
    return out


_TOWNS = frozenset(("GPE", "ORG", "LOC"))
_MAN_ENDS = ("man", "men")


_THE = frozenset(("the ", "The ", " at "))  # "at Dubai Airshow" in a headline
_IN = frozenset((" in ", " In ", "\nin ", "\nIn ", '"In ', "(in "))
_TEXT = attrgetter("text")
# a capital or a bracket after the name: a newspaper's, a show's or a stand's word may follow
_CAPITAL_AFTER = compiled.compile(r" [A-Z(]")


def landmark_names(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Every rule of the module docstring. One pass reads what stands before each place or
    organisation ("the " before a newspaper, a show or a stand; "in " before a list); the
    other rules run only where a set of the spans' texts says they may (a piece of a joined
    name, a word ending in "man"), or the text holds " power "."""
    adds: list[Add] = []
    towns = _TOWNS
    the = _THE
    ins = _IN
    capital_after = _CAPITAL_AFTER.match
    for k, span in enumerate(spans):
        if span.label in towns:
            s = span.start
            pre = text[s - 4 : s]
            if pre in the and capital_after(text, span.end) is not None:
                got = newspaper(text, span) or town_show(text, span) or stand(text, span)
                if got is not None:
                    adds.append(got)
            elif pre in ins and span.label == "GPE":
                adds.extend(listed_towns(text, spans, rules, k))
    texts = set(map(_TEXT, spans))
    for piece in JOINED_PIECES.keys() & texts:
        for key, _ in JOINED_PIECES[piece]:
            adds.extend(joined_names(text, key))
    men = {
        t
        for t in texts
        if t[-1] == "n" and t.endswith(_MAN_ENDS) and " " not in t and named_after_place(t)
    }
    if men:
        for span in spans:
            t = span.text
            if t in men and span.label != "NORP":
                adds.append(
                    (
                        Span("entity", "NORP", span.start, span.end, t, t),
                        f"{COUNTY_MAN_RULE} was {span.label}",
                    )
                )
    if " airport" in text:
        adds.extend(airports_named(text))  # "the Jomo Kenyatta airport", "Heathrow airport"
    if " power " in text:
        ends = _power_ends(text)
        for k, span in enumerate(spans):
            if span.end in ends and (got := power_station(text, span, rules[k])) is not None:
                adds.append(got)
    if not adds:
        return spans, rules
    return _merged(spans, rules, adds)
