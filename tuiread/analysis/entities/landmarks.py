"""Names a run of capitals cuts or mislabels, read from the words right beside them.

Applied to the spans in ``document.finish`` before one label per entity is chosen:

1. ``joined_names``: a name the lists know whose words a lower-case word or a number joins
   ("Alternative for Germany", "Nippon Ishin no Kai", "Palme d'Or", "Switch 2"): the run
   regex stops at the join and keeps a piece ("Germany"); the whole name replaces the pieces.
2. ``power_stations``: a name before "power station" or "power plant" (with its fuel between:
   "Koeberg nuclear power station", "the Drax power station") names the station: a FAC.
3. ``stands``: "the Holte End", "the Stretford End": a name and "End" after "the" is a stand
   of a ground (FAC); a compass word before "End" is a district ("the West End") and is left.
4. ``newspapers``: a town and a newspaper's head word after "the" ("the Cincinnati Enquirer",
   "The Hamilton (Ontario) Spectator") is one newspaper: an ORG, not the town.
5. ``county_men``: "Yorkshireman", "Cornishman", "Welshmen": a man or woman named after a
   place or a nation is a nationality (NORP), never a person's name.
6. ``town_shows``: a town and the word of a show held there ("the Dubai Airshow", "the Osaka
   Expo", "London Fashion Week") is the show: an EVENT, not the town.
7. ``listed_towns``: "in Northampton, Daventry and Towcester": a list after "in" that opens
   with a town the lists know is a list of towns; a member the statistics took for a
   person, or found no name, is a town (GPE).
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import FIRST_NAMES, LEX

Rules = list[str]

# the words that join the pieces of a known name, where the run regex does not go on: a
# lower-case word of a party's or a prize's name, or a number ("Switch 2")
_JOINS = frozenset(("for", "no", "d'Or", "d’Or"))


def _joined(key: str) -> bool:
    words = key.split(" ")
    inner = words[1:]
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and (words[-1][:1].isupper() or words[-1].isdigit() or words[-1] in _JOINS)
        and any(w in _JOINS or w.isdigit() for w in inner)
        and all(w in _JOINS or w.isdigit() or w[:1].isupper() for w in inner)
        and (LEX[key][1] == 0 or "for" in inner)  # hand lists; training names with "for"
    )


# known name -> its label, for the names a join cuts; and their first and last words
JOINED: dict[str, str] = {k: v[0] for k, v in LEX.items() if _joined(k)}
_JOINED_FIRST = frozenset(k.split(" ", 1)[0] for k in JOINED)
_JOINED_LAST = frozenset(k.rsplit(" ", 1)[1] for k in JOINED)
_LONGEST = max((k.count(" ") + 1 for k in JOINED), default=1)
JOINED_RULE = "lexicon:joined-name"


def _name_at(text: str, s: int) -> tuple[str, int] | None:
    """The longest known joined name that opens at ``s``, and where it ends."""
    best = None
    e = s
    for _ in range(_LONGEST):
        nxt = text.find(" ", e + 1)
        e = len(text) if nxt < 0 else nxt
        cand = text[s:e].rstrip('.,;:!?)"”’')
        if cand.endswith(("'s", "’s")):
            cand = cand[:-2]
        if cand in JOINED:
            best = (cand, s + len(cand))
        if nxt < 0:
            break
    return best


def joined_names(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Rule 1 of the module docstring: a span whose word opens (or ends) a known joined name
    written here in full gives way to the whole name, which swallows the spans inside it."""
    found: list[tuple[int, str, int]] = []
    for span in spans:
        first = span.text.split(" ", 1)[0]
        if first in _JOINED_FIRST:
            got = _name_at(text, span.start)
            if got is not None and got[1] > span.end:
                found.append((span.start, got[0], got[1]))
                continue
        last = span.text.rsplit(" ", 1)[-1]
        if last in _JOINED_LAST and span.start > 2:
            # "Alternative for Germany": only "Germany" was found; try a name opening up to
            # four words before
            s = span.start
            for _ in range(_LONGEST - 1):
                s = text.rfind(" ", 0, s - 1) + 1
                if not text[s : s + 1].isupper():
                    continue
                got = _name_at(text, s)
                if got is not None and got[1] >= span.end:
                    found.append((s, got[0], got[1]))
                    break
                if s == 0:
                    break
    if not found:
        return spans, rules
    new_spans: list[Span] = []
    new_rules: Rules = []
    k = 0
    for s, name, e in sorted(set(found)):
        while k < len(spans) and spans[k].start < s:
            if spans[k].end <= s:
                new_spans.append(spans[k])
                new_rules.append(rules[k])
            k += 1
        if new_spans and new_spans[-1].end > s:
            continue
        while k < len(spans) and spans[k].start < e:
            k += 1  # a piece of the name
        new_spans.append(Span("entity", JOINED[name], s, e, name, name))
        new_rules.append(f"{JOINED_RULE} {name!r}")
    new_spans.extend(spans[k:])
    new_rules.extend(rules[k:])
    return new_spans, new_rules


# what follows a power station's name: its fuel, then "power station" or "power plant"
_POWER_AFTER = compiled.compile(
    r" (?:(?:nuclear|coal|coal-fired|gas|gas-fired|oil-fired|hydroelectric|hydro|solar|wind"
    r"|thermal|geothermal|biomass) )?power (?:station|plant)\b"
)
POWER_RULE = "context:power-station"
_KNOWN = ("lexicon:", "segment:known")


def power_stations(text: str, spans: list[Span], rules: Rules) -> None:
    """Rule 2 of the module docstring. Relabels in place; a person's full name is left, and so
    is a name the lists know: a company before "power station" is its owner ("an EDF power
    station")."""
    for k, span in enumerate(spans):
        if span.label == "PERSON" and " " in span.text or rules[k].startswith(_KNOWN):
            continue
        if span.label != "FAC" and _POWER_AFTER.match(text, span.end) is not None:
            spans[k] = Span("entity", "FAC", span.start, span.end, span.text, span.value)
            rules[k] = f"{POWER_RULE} was {span.label}"


_COMPASS = frozenset(("West", "East", "North", "South", "Far", "World's", "Land's"))
STAND_RULE = "context:stand"


def stands(text: str, spans: list[Span], rules: Rules) -> None:
    """Rule 3 of the module docstring: "the Holte End" (the run stops before "End", a word
    the lists hold as common) becomes the stand, a FAC. Relabels and widens in place."""
    for k, span in enumerate(spans):
        e = span.end
        if (
            text[e : e + 4] == " End"
            and not text[e + 4 : e + 5].isalnum()
            and text[span.start - 4 : span.start] in ("the ", "The ")
            and span.text not in _COMPASS
            and (k + 1 == len(spans) or spans[k + 1].start > e + 4)
        ):
            name = text[span.start : e + 4]
            spans[k] = Span("entity", "FAC", span.start, e + 4, name, name)
            rules[k] = f"{STAND_RULE} was {span.label}"


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


def newspapers(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Rule 4 of the module docstring: the town's span widens over the head word, and any
    span inside it ("Ontario") goes."""
    out: list[Span] = []
    out_rules: Rules = []
    skip_to = -1
    for span, rule in zip(spans, rules, strict=True):
        if span.start < skip_to:
            continue
        if (
            span.label in ("GPE", "ORG", "LOC")
            and text[span.start - 4 : span.start] in ("the ", "The ")
            and (m := _PAPER_AFTER.match(text, span.end)) is not None
        ):
            name = text[span.start : m.end()]
            out.append(Span("entity", "ORG", span.start, m.end(), name, name))
            out_rules.append(f"{PAPER_RULE} was {span.label}")
            skip_to = m.end()
            continue
        out.append(span)
        out_rules.append(rule)
    return out, out_rules


_PLACE_OR_PEOPLE = frozenset(("GPE", "LOC", "NORP"))
COUNTY_MAN_RULE = "context:county-man"


def _named_after_place(word: str) -> bool:
    """ "Yorkshireman", "Cornishwoman", "Welshmen", "Frenchman": a place or a nationality
    the lists know, a county ("-shire") or a people's adjective in "-ish" ("Cornish"), then
    "man", "woman", "men" or "women"."""
    for end in ("woman", "women", "man", "men"):
        if word.endswith(end) and len(word) > len(end) + 3:
            stem = word[: -len(end)]
            info = LEX.get(stem)
            return (info is not None and info[0] in _PLACE_OR_PEOPLE) or stem.endswith(
                ("shire", "ish")
            )
    return False


def county_men(spans: list[Span], rules: Rules) -> None:
    """Rule 5 of the module docstring. Relabels in place."""
    for k, span in enumerate(spans):
        t = span.text
        if span.label != "NORP" and " " not in t and t[-1] in "nN" and _named_after_place(t):
            spans[k] = Span("entity", "NORP", span.start, span.end, t, t)
            rules[k] = f"{COUNTY_MAN_RULE} was {span.label}"


# the words of a show named after its town; the run regex keeps them apart from a town the
# lists know ("Dubai" and "Airshow")
_SHOW_AFTER = compiled.compile(
    r" (?:Airshow|Air Show|Motor Show|Auto Show|Boat Show|Expo|Fashion Week|Film Festival)\b"
)
_SHOW_WORDS = frozenset(("Airshow", "Expo"))
SHOW_RULE = "context:town-show"
_SHOW_CUES = (" Airshow", " Show", " Expo", " Week", " Festival")


def town_shows(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Rule 6 of the module docstring: the town's span widens over the show's words, and a
    name ending in a show's one word ("Farnborough Airshow") is the show."""
    out: list[Span] = []
    out_rules: Rules = []
    skip_to = -1
    for span, rule in zip(spans, rules, strict=True):
        if span.start < skip_to:
            continue
        if span.label == "GPE" and (m := _SHOW_AFTER.match(text, span.end)) is not None:
            name = text[span.start : m.end()]
            out.append(Span("entity", "EVENT", span.start, m.end(), name, name))
            out_rules.append(f"{SHOW_RULE} was {span.label}")
            skip_to = m.end()
            continue
        if (
            span.label != "EVENT"
            and span.text.rsplit(" ", 1)[-1] in _SHOW_WORDS
            and " " in span.text
        ):
            span = Span("entity", "EVENT", span.start, span.end, span.text, span.value)
            rule = f"{SHOW_RULE} was {span.label}"
        out.append(span)
        out_rules.append(rule)
    return out, out_rules


# "in Northampton, Daventry and Towcester": "in", then two to five capitalised words or
# pairs of them, joined by commas and a last "and" or "or", then no capital
_TOWN_LIST = compiled.compile(
    r"\b[Ii]n ((?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, ){1,4}(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? )?"
    r"(?:and|or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[ ,.;:)]|$)(?! [A-Z])"
)
_MEMBER = compiled.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
TOWN_LIST_RULE = "context:listed-town"


def _listed(value: str | None) -> str:
    info = LEX.get(value or "")
    return "" if info is None else str(info[0])


def listed_towns(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Rule 7 of the module docstring. The first member must be a place the lists know, and every other member a place, a guess of the
    statistics or no name at all: a list holding a known person or company, or a person's
    full name or given name, is left."""
    at = {span.start: k for k, span in enumerate(spans)}
    added: list[Span] = []
    for m in _TOWN_LIST.finditer(text):
        members = [
            (x.start() + m.start(1), x.end() + m.start(1)) for x in _MEMBER.finditer(m.group(1))
        ]
        k0 = at.get(members[0][0])
        if k0 is None or spans[k0].label != "GPE" or _listed(spans[k0].value) != "GPE":
            continue
        plan: list[tuple[int, int, int | None]] = []
        for s, e in members[1:]:
            k = at.get(s)
            if k is None:
                plan.append((s, e, None))
            elif (
                spans[k].end != e
                or not (spans[k].label == "GPE" or rules[k].startswith("model:"))
                or spans[k].label == "PERSON"
                and (" " in spans[k].text or spans[k].text in FIRST_NAMES)
            ):
                break  # a known name of another kind, or a person's full or given name
            else:
                plan.append((s, e, k))
        else:
            for s, e, k in plan:
                if k is None:
                    added.append(Span("entity", "GPE", s, e, text[s:e], text[s:e]))
                elif spans[k].label != "GPE":
                    span = spans[k]
                    spans[k] = Span("entity", "GPE", s, e, span.text, span.value)
                    rules[k] = f"{TOWN_LIST_RULE} was {span.label}"
    if not added:
        return spans, rules
    pairs = sorted(
        [*zip(spans, rules, strict=True), *((a, f"{TOWN_LIST_RULE} was no name") for a in added)],
        key=lambda p: p[0].start,
    )
    return [p[0] for p in pairs], [p[1] for p in pairs]


def landmark_names(text: str, spans: list[Span], rules: Rules) -> tuple[list[Span], Rules]:
    """Every rule of the module docstring, each only where its cue word is in the text."""
    spans, rules = joined_names(text, spans, rules)
    if " power " in text:
        power_stations(text, spans, rules)
    if " End" in text:
        stands(text, spans, rules)
    if "the " in text or "The " in text:
        spans, rules = newspapers(text, spans, rules)
    if "man" in text or "men" in text:
        county_men(spans, rules)
    if any(w in text for w in _SHOW_CUES):
        spans, rules = town_shows(text, spans, rules)
    if " and " in text or " or " in text:
        spans, rules = listed_towns(text, spans, rules)
    return spans, rules
