"""Document rules: one entity, one label and one canonical value per article.

After the run rules, in this order:

1. ``decide_unknown``: each unknown string gets one class from the scores of all its
   mentions added up (a name is labelled once, from everything the article says about it);
   ``coordination.coordinated``: names listed together ("Meta and Apple") vote for one kind;
   ``parties.parties_not_people``: a name with a party's people after it ("Plaid's
   leader") is a party; ``platforms``: a word read as a person or a place that the article
   treats as a service ("posted on Bluesky", "Threads, launched by Meta") is a company.
2. ``full_names``: a surname or given name alone takes the full name the article gave
   ("Kono" -> "Taro Kono") and becomes a person; a lone word that no full name explains
   needs more evidence to be a person (news names people in full first).
3. ``company_names``: a company named in full once ("Magna International Inc") is meant by
   its first word and by its name without the suffix.
4. ``resolve_caps``: an all-caps word of a headline or table takes the name it spells in the
   body ("KANASUGI" -> Kanasugi); the rest of the headline is no name.
5. ``spans_of``: acronyms in parentheses take the name before them ("Joint Chiefs of Staff
   (JCS)"); aliases give canonical values ("U.S." -> "United States"); an edition number
   joins an event or product ("Euro 96"); "the North" after "North Korea" is North Korea;
   "Japanese Foreign Ministry" is one ministry.
6. ``sport.is_club`` (in ``spans_of``): a town with a score after it is a club
   ("Leicester 2"): an ORG, a different entity from the town ("in Leicester" stays a place).
7. ``head_takes_full_name`` ("House" -> "House of Representatives") and
   ``settings.settings_of_names`` (grounds, towns named as places, companies after a
   company noun).
   ``business.companies_not_places``: a place the lists know with a company's cue of business
   news beside it ("the bank Santander", "Santander's chief executive") is the company.
   Then ``parties.qualified_members`` ("the Liberal Democrats", one NORP),
   ``people.given_name_people`` ("Elaine Park ... Park said": a person, no park) and
   ``national.national_bodies`` ("Reform UK", "Sport England": one ORG).
8. ``one_label_per_entity``: every mention of one entity (one canonical value) gets the
   label most of its mentions were given, known names counting more than guesses, and a
   company's cue of business news more than all the rest (clubs, datelines and towns named as
   places neither vote nor change).
   ``articles.the_in_names``: a capital "The" inside a sentence is the name's ("told The
   Guardian").
9. ``works.works_of_art``: a title announced by a work noun ("the film Black Panther") is one
   WORK_OF_ART, whatever names stand inside it, and so is its repetition in quotation marks.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from .articles import the_in_names
from .bodies import numbered_names
from .brands import plus_services, products_listed
from .business import BUSINESS_RULE, apposed_bodies, companies_not_places
from .cases import CASE_CUES, court_cases
from .codes import tidy_codes
from .common_nouns import (
    COMMON_NOUN_DETAIL,
    COMMON_NOUN_RULE,
    DROPPED_WORDS,
    NO_ENDS,
    bracket_ends,
    common_noun,
)
from .context import HEADLINE, TITLE_CASE
from .coordination import coordinated
from .eponyms import (
    LOCAL_BODY_HEADS,
    companies_before_founder,
    family_of,
    place_of_local_body,
)
from .executives import party_state_tags, party_tag_cue
from .finishes import COLOUR_CUES, colour_names
from .fires import FIRE_CUES, named_fires
from .headlines import headline_names
from .indexes import INDEX_MAKERS, index_or_company
from .indexes import RULE as INDEX_RULE
from .kinds import US_STATE_ABBREVIATIONS
from .labels import label_of, onto_label
from .landmarks import landmark_names
from .laws import laws_across_commas
from .lexicon import (
    CANON,
    COMMON,
    CORP_SUFFIXES,
    DIRECTIONS,
    HARD,
    INSTITUTIONS,
    LEX,
    LOWER,
    MISC,
    NIL,
    ORG_SUFFIXES,
    PARTICLES,
    PER,
    PLACE_GIVEN_NAMES,
    PLACE_LABELS,
)
from .lineups import team_sheets
from .national import COUNTRIES, national_bodies
from .never import NEVER_ALONE
from .nicknames import nicknamed_names
from .parties import PARTY_NAMES, PERSUASIONS, parties_not_people, qualified_members
from .people import (
    generation_cue,
    generation_suffixes,
    given_name_people,
    initials_not_place,
)
from .platforms import things_not_people, things_not_places
from .runs import Candidates, Found
from .score import Unknown, company_over_person, describe, lone_word_class, product_not_place
from .seas import SEA_ADJECTIVES, seas_by_adjective
from .settings import REGION_RULE, is_town, settings_of_names
from .short_forms import STORMS_IN_LOWER_CASE, short_forms, storm_short_names
from .species import drop_binomials
from .sport import is_club
from .teams import team_nicknames
from .vessels import RULE_SHIP, VESSEL_CUES, ship_short_names, vessels_by_noun
from .wholes import INSTITUTION_TAILS
from .works import (
    FIELD_CUE,
    PRIZE_RULE,
    PRIZES,
    prize_fields,
    prizes,
    repeated_titles,
    works_of_art,
)

LONE_PENALTY = 1.5  # evidence a lone word needs beyond a surname to be a person
KEEP_LABEL = 3  # a known non-place name keeps its type even when a person shares the word
_CLUB_RULE = "context:sports-club"
_DATELINE_RULE = "run:dateline"
_TOWN_RULE = "context:town-not-club"
_CLUB_NEXT = frozenset("0123456789v")  # what follows a club: a score, or "v"
_CLUB_AFTER = frozenset(" " + c for c in _CLUB_NEXT)  # a space, then one of those
_VERSUS_ENDS = frozenset(("v ", "s ", ". "))
_PLACE_OR_GROUP = frozenset(("GPE", "LOC", "NORP", "FAC"))
_NUMBERED = frozenset(("EVENT", "PRODUCT"))
_TEXT = attrgetter("text")
_LABEL = attrgetter("label")
_VALUE = attrgetter("value")
_VALUE_LABEL = attrgetter("value", "label")
# an event's edition is a year ("Euro 96", "World Cup 2026"); a product's number may have
# three digits ("Boeing 747", "S&P 500", "Nikkei 225"), an event's not ("Olympic 100 metres")
_EDITION = compiled.compile(r" (\d\d|\d{4})(?![\w/-]|[.,:]\d| ?%)")
_MODEL = compiled.compile(r" (\d{2,4})(?![\w/-]|[.,:]\d| ?%)")
# a company's model: three or four digits, not a year, not a count of a noun after it, not
# a score before the other side's
_MAKERS_MODEL = compiled.compile(
    r" (?!(?:19|20)\d\d\b)(\d{3,4})(?![\w/-]|[.,:]\d| ?%| [a-z]{2,}s\b"
    r"| [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? \d)"  # (a results line: "Melrose 107 Stirling 10")
)
_CHAPTER = compiled.compile(r" \d{1,3}\b(?![.,]\d)")
_FAMILY = "entity"


def decide_unknown(unknown: dict[str, Unknown]) -> dict[str, str]:
    """One label per unknown string, from the summed scores of its mentions (NIL: dropped)."""
    decided: dict[str, str] = {}
    for key, u in unknown.items():
        label = label_of(key, u.score)
        if u.product and (max(u.score) == u.score[MISC] or product_not_place(label)):
            label = "PRODUCT"  # "Orbit streaming boxes": see ``score.product_after``
        else:
            label = company_over_person(label, u)  # "Wells Fargo CEO John Stumpf"
            label = initials_not_place(key, label)  # "J.C. Matlock"
        if label is not None:
            decided[key] = label
    return decided


def add_person(full: dict[str, str], name: str) -> None:
    """Index a full name by its surname and given name ("Kono", "Taro" -> "Taro Kono"); a
    longer name with the same initial takes the place of a shorter one ("Joseph R. Biden"
    after "Joe Biden"), another person's does not."""
    parts = _PERSON_PARTS.get(name)
    if parts is None:
        if len(_PERSON_PARTS) > 100_000:
            _PERSON_PARTS.clear()
        parts = _PERSON_PARTS[name] = _person_parts(name)
    if not parts:
        return
    for p in parts[1:]:
        old = full.get(p)
        if old is None or len(name) > len(old) and name[0] == old[0]:
            full[p] = name  # "Mahomes": Patrick, named first, not his wife named later
    full[name] = full.get(name, name)


_GENERATIONS = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))
# the parts ``add_person`` indexes a full name by, by name, shared across calls: the same
# people come back story after story
_PERSON_PARTS: dict[str, tuple[str, ...]] = {}


def clear_cache() -> None:
    """Forget the parts of the names worked out so far (benchmarks time a cold start)."""
    _PERSON_PARTS.clear()


def _person_parts(name: str) -> tuple[str, ...]:
    """ "Taro Kono" -> ("Taro Kono", "Kono", "Taro"): the name, then its surname and given
    name when longer than an initial ("J." is none) and no town ("Charlotte" stays the town
    beside "Charlotte Meehan"), then the surname with its particles
    ("von der Leyen", "Von der Leyen"); empty for a single word."""
    parts = name.split(" ")
    if len(parts) > 2 and parts[-1] in _GENERATIONS:
        parts = parts[:-1]  # "Casey Goodson Jr." is "Goodson" too
        parts[-1] = parts[-1].rstrip(",")
    if len(parts) < 2:
        return ()
    found = (
        name,
        *(
            p
            for p in (parts[-1], parts[0])
            if len(p) > 1 and p[-1] != "." and p not in PLACE_GIVEN_NAMES
        ),
    )
    for k in range(1, len(parts) - 1):
        if parts[k].lower() in PARTICLES:
            # "Von der Leyen", "Le Pen": the surname with its particles, as a sentence or
            # the text writes it alone
            tail = " ".join(parts[k:])
            return (*found, tail, tail[0].upper() + tail[1:])
    last = parts[-1]
    if last[:1].islower() and "-" in last:
        return (*found, last[0].upper() + last[1:])  # "al-Assad", and "Al-Assad" opening one
    return found


# what a first word the lists know as a place, a group or a product keeps, whatever company
# it opens ("Bitcoin" of "iShares Bitcoin Trust" is still the currency)
_NOT_COMPANY_WORDS = _PLACE_OR_GROUP | frozenset(("PRODUCT",))


def add_company(orgs: dict[str, str], name: str) -> None:
    """Index a company's full name by its first word when that word names nothing else;
    the first word of a hyphenated name too ("Anheuser" for "Anheuser-Busch Cos")."""
    first = name.split(" ", 1)[0]
    if "-" in first:
        first = first.split("-", 1)[0]
    if first.endswith(("'s", "’s")):
        first = first[:-2]  # "Rally's Inc." is meant by "Rally's" and "Rally"
    info = LEX.get(first)
    if (
        len(first) > 2
        and (info is None or info[1] < KEEP_LABEL and info[0] not in _NOT_COMPANY_WORDS)
        and first.lower() not in LOWER
        and first not in NEVER_ALONE
    ):
        old = orgs.get(first)
        if old is None or len(name) > len(old) and not name.startswith(old + " "):
            orgs[first] = name  # the company, not its foundation ("Novo Nordisk Foundation")
        elif old.startswith(name + " "):
            orgs[first] = name


def short_name_of_company(key: str, orgs: dict[str, str]) -> bool:
    """ "Brightwave" in an article about "Brightwave Labs": the first word of a name that
    ends in an organisation's suffix or a town ("Rotor Volgograd": a club), or that the
    lists know as a company ("Novo Nordisk"), means that organisation, even where the word alone says too little to be a name (a headline, a
    possessive); a name without such an ending ("Climate Impact Research") does not lend
    its first word ("Climate change")."""
    full = orgs.get(key)
    if full is None or " " in key:
        return False
    last = full.rsplit(" ", 1)[-1]
    return (
        last in ORG_SUFFIXES
        or last in CORP_SUFFIXES
        or HARD.get(last) == "GPE"
        or HARD.get(full) == "ORG"  # "Novo" after "Novo Nordisk", a company the lists know
    )


def strip_suffix(name: str) -> str:
    """ "Douglas & Lomason Co" -> "Douglas & Lomason"."""
    parts = name.split(" ")
    while len(parts) > 1 and parts[-1] in CORP_SUFFIXES:
        parts.pop()
    return " ".join(parts)


def multiword_names(found: list[Found]) -> dict[tuple[str, str], None]:
    """(label, name) of every name of several words the run rules settled, in text order
    (a dict, not a set: a tie between two full names, "Anthony Washington" and "MaliVai
    Washington", goes to the first named, whatever the hash seed)."""
    return dict.fromkeys([(f[2], f[3]) for f in found if " " in f[3]])


def full_names(multi: dict[tuple[str, str], None], decided: dict[str, str]) -> dict[str, str]:
    """Every person's full name in the article, indexed by its parts."""
    full: dict[str, str] = {}
    for lab, value in multi:
        if lab == "PERSON":
            add_person(full, value)
    for key, label in decided.items():
        if label == "PERSON" and " " in key:
            add_person(full, key)
    return full


def direction_regions(multi: dict[tuple[str, str], None]) -> dict[str, str]:
    """ "the North" after "North Korea": the country named with that direction."""
    regions: dict[str, str] = {}
    for lab, value in multi:
        if lab == "GPE":
            first = value.split(" ", 1)[0]
            if first in DIRECTIONS and first not in regions:
                regions[first] = value
    return regions


def company_names(
    multi: dict[tuple[str, str], None],
    decided: dict[str, str],
    full: dict[str, str],
    unknown: dict[str, Unknown],
) -> dict[str, str]:
    """Apply rules 2 and 3 of the module docstring to ``decided``; return the company index."""
    orgs: dict[str, str] = {}
    org_full = dict.fromkeys(
        [k for k, lab in decided.items() if lab == "ORG" and (" " in k or "-" in k)]
    )
    org_full.update(dict.fromkeys([value for lab, value in multi if lab == "ORG"]))
    for name in org_full:
        add_company(orgs, name)
    org_names = {strip_suffix(k) for k in org_full}
    local = {k.split(" ", 1)[0] for k in org_full if k.rsplit(" ", 1)[-1] in LOCAL_BODY_HEADS}
    for key, label in list(decided.items()):
        if " " in key:
            if key in org_names and label != "ORG":
                decided[key] = "ORG"
            elif full.get(key, key) != key:
                decided[key] = "PERSON"  # "Le Pen" after "Marine Le Pen"
            continue
        if unknown[key].place:
            continue  # "the state of Jharkhand", whatever longer name the word opens
        if key in full:
            decided[key] = "PERSON"  # "Jordan" after "Neil Jordan"
            continue
        if key in orgs or key in org_names:
            # "in Kirklees" beside "Kirklees College": a body named by the place it serves
            # lends its first word nothing where that word's own context reads as a place
            decided[key] = "GPE" if place_of_local_body(key, local, unknown[key]) else "ORG"
            continue
        if key[-1] == "s" and family_of(key[:-1], full):
            decided[key] = "PERSON"  # "the Clintons"; not "Ratners" of "Ratners Group PLC"
            continue
        if label == "PERSON" and not unknown[key].person:
            # news names a person in full before using the surname alone: a lone unknown
            # word that no full name explains is less likely a person (companies, clubs)
            sc = list(unknown[key].score)
            sc[PER] -= LONE_PENALTY
            best = lone_word_class(sc, key)
            if best == NIL:
                del decided[key]
            elif best != PER:
                # an "other" name with nothing to say what kind is no better than a person
                decided[key] = onto_label(key, best) or "PERSON"
    return orgs


def resolve_caps(text: str, cands: Candidates, out: list[Found], full: dict[str, str]) -> None:
    """Rule 4: all-caps words take the name they spell in the body."""
    seen = dict(map(itemgetter(3, 2), reversed(out)))  # value -> its first label
    last: Found | None = None
    rejected = cands.rejected
    for s, e, t in cands.caps_left:
        for cand in (t, t.title()):
            if cand in full:
                item: Found = (s, e, "PERSON", full[cand], "document:capitals-as-in-body")
                if (
                    last is not None
                    and last[3] == item[3]
                    and last[2] == "PERSON"
                    and text[last[1] : s] == " "
                ):
                    item = (last[0], e, "PERSON", item[3], item[4])  # "ROBERTO DURAN": one person
                    out.pop()
                out.append(item)
                last = item
                break
            lab = seen.get(cand)
            if lab is not None:
                out.append((s, e, lab, cand, "document:capitals-as-in-body"))
                last = None
                break
        else:
            last = None
            lead = headline_lead(s, t, full, seen) if " " in t else None
            if lead is not None:
                out.append(lead)
            elif rejected is not None:
                rejected.append((s, e, "document:headline-word", "not named in the body"))


def headline_lead(s: int, t: str, full: dict[str, str], seen: dict[str, str]) -> Found | None:
    """ "Meta Unveils Smart Glasses", "Chiefs Edge Bills": a headline's run of capitals that
    the body does not name whole may open with a name it does, the rest being common words
    (the headline's verb and its object): that name alone, as the body labels it."""
    words = t.split(" ")
    for n in range(len(words) - 1, 0, -1):
        w = words[n].lower()
        if w not in COMMON and w not in LOWER:
            return None  # the tail must be common words only
        head = " ".join(words[:n])
        # a person's name that is also a common word opens a headline's clause ("Will Tell")
        person_ok = n > 1 or head.lower() not in LOWER
        for cand in (head, head.title()):
            if cand in full and person_ok:
                return (s, s + len(head), "PERSON", full[cand], "document:headline-lead")
            lab = seen.get(cand)
            if lab is not None and (person_ok or lab != "PERSON"):
                return (s, s + len(head), lab, cand, "document:headline-lead")
    return None


def finish(text: str, cands: Candidates, trace: Trace | None) -> list[Span]:
    """Apply the document rules of the module docstring; the spans, sorted by start."""
    found = cands.found
    unknown = cands.unknown
    products_listed(text, unknown)
    drop_binomials(text, unknown)
    decided = decide_unknown(unknown)
    listed = coordinated(text, found, unknown, decided)
    parties_not_people(text, decided, unknown)  # "Plaid's leader": a party, no person
    multi = multiword_names(found)
    full = full_names(multi, decided)
    regions = direction_regions(multi)
    orgs = company_names(multi, decided, full, unknown)
    things_not_people(text, decided, full, unknown)  # "posted on Bluesky": no person
    things_not_places(text, decided, unknown)  # "Threads, launched by Meta": no town
    teams = team_nicknames(multi)
    out = found
    if full:
        companies = companies_before_founder(text, found, full)  # "for Chanel" ... "Coco Chanel"
        for k in [k for k, item in enumerate(found) if item[3] in full]:
            s, e, label, value, _ = found[k]
            if value in companies:
                continue
            if label != "PERSON":
                info = LEX.get(value)
                if info is not None and info[1] >= KEEP_LABEL and label != "GPE":
                    continue
            out[k] = (s, e, "PERSON", full[value], "document:part-of-full-name")
    if orgs:
        for k in [k for k, item in enumerate(found) if item[3] in orgs]:
            s, e, label, value, _ = found[k]
            if label not in _PLACE_OR_GROUP and label != "ORG":
                out[k] = (s, e, "ORG", orgs[value], "document:company-short-name")
    rejected = cands.rejected
    for key, u in unknown.items():
        decision = decided.get(key)
        if decision is None:
            if " " not in key and key in full:
                decision = "PERSON"
            elif short_name_of_company(key, orgs):
                decision = "ORG"  # "Brightwave" after "Brightwave Labs", however weak alone
            elif key in teams:
                decision = "ORG"  # "the Chiefs" after "Kansas City Chiefs", a common word
            else:
                if rejected is not None:
                    for s, e in u.spans:
                        rejected.append((s, e, "model:not-a-name", describe(u.score)))
                continue
        rule = "document:listed-with-names" if key in listed else "model:" + decision
        if trace is not None:
            rule += " " + describe(u.score)
        if decision == "PERSON":
            value = full.get(key, key)
        elif decision == "ORG":
            value = orgs.get(key) or teams.get(key, key)
        else:
            value = key
        for s, e in u.spans:
            out.append((s, e, decision, value, rule))
    if cands.caps_left:
        resolve_caps(text, cands, out, full)
    out.sort()
    spans, rules = spans_of(text, out, regions, rejected)
    if "+" in text:
        plus_services(text, spans, rules)
    numbered_names(text, spans, rules)
    spans = head_takes_full_name(spans)
    if generation_cue(text):
        spans, rules = generation_suffixes(text, spans, rules)  # "Joseph R. Biden, Jr."
    lower_case_storms = holds_any(text, STORMS_IN_LOWER_CASE)
    if lower_case_storms or "EVENT" in map(_LABEL, spans):  # both tests read in C
        spans = storm_short_names(text, spans, rules, lower_case_storms)
    if HEADLINE in cands.heads.values() or TITLE_CASE in cands.heads.values():
        spans, rules = headline_names(text, spans, rules, cands.heads, teams, rejected)
    settings_of_names(text, spans, rules)
    companies_not_places(text, spans, rules)  # "the bank Santander", "Santander's shares"
    if ", the " in text:
        apposed_bodies(text, spans, rules)  # "Gavi, the Vaccine Alliance, said"
    # the rule acts only on a span whose whole text is a prize's name: one set test over
    # the spans' texts (in C) is cheaper than the rule's loop, or eight searches of the text
    if not PRIZES.isdisjoint(map(_TEXT, spans)):
        prizes(text, spans, rules)
    if ("Prize" in text or "Award" in text or "Medal" in text) and FIELD_CUE.search(text):
        prize_fields(text, spans, rules)  # "the Nobel Prize in Chemistry"
    if not PERSUASIONS.isdisjoint(map(_TEXT, spans)):
        qualified_members(text, spans, rules)  # "the Liberal Democrats"
    given_name_people(text, spans, rules)  # "Elaine Park said": no park
    if not COUNTRIES.isdisjoint(map(_TEXT, spans)):
        national_bodies(text, spans, rules)  # "Reform UK", "Sport England"
    if not SEA_ADJECTIVES.isdisjoint(map(_TEXT, spans)):
        seas_by_adjective(text, spans, rules)  # "drowned in the Mediterranean"
    spans, rules = nicknamed_names(text, spans, rules)
    spans, rules = landmark_names(text, spans, rules)  # "Alternative for Germany", "Drax power"
    short_forms(text, spans, rules)
    if RULE_SHIP in rules:
        ship_short_names(text, spans, rules)  # "USS Gerald R. Ford" ... "the Ford"
    if not INDEX_MAKERS.isdisjoint(map(_TEXT, spans)):
        index_or_company(text, spans, rules)  # "Dow Jones said", "the Dow Jones average"
    spans = one_label_per_entity(text, spans, rules, trace)
    if holds_any(text, VESSEL_CUES):
        vessels_by_noun(text, spans, rules)  # "the historic yacht Granma"
    spans, rules = tidy_codes(text, spans, rules)
    the_in_names(text, spans, rules)  # "told The Guardian"
    if holds_any(text, COLOUR_CUES):
        spans, rules = colour_names(text, spans, rules)
    if party_tag_cue(text):
        spans, rules = party_state_tags(text, spans, rules)
    if holds_any(text, CASE_CUES):
        spans, rules = court_cases(text, spans, rules)  # "Roe v. Wade"
    if " Act" in text and "LAW" in map(_LABEL, spans):
        spans, rules = laws_across_commas(text, spans, rules)  # "Reform, Recovery and ... Act"
    if " Fire" in text and holds_any(text, FIRE_CUES):
        spans, rules = named_fires(text, spans, rules)  # "the Sunshine Fire"
    if ";" in text and "; " in text:  # (one character: a scan in C that stops at none)
        spans, rules = team_sheets(text, spans, rules)  # "Arsenal: Raya; Timber, Saliba, ..."
    if cands.titles:
        # only a name spelt like a title can stand exactly where the title is repeated
        named = {title for _, _, title in cands.titles}
        names = [(sp.start, sp.end) for sp in spans if sp.text in named]
        titles = repeated_titles(text, cands.titles, names)
        spans, rules = works_of_art(text, spans, rules, titles, trace)
    if trace is not None:
        for span, rule in zip(spans, rules, strict=True):
            name, _, detail = rule.partition(" ")
            trace.kept(
                _FAMILY,
                text,
                span.start,
                span.end,
                name,
                f"{span.label} {span.value!r}" + (f"; {detail}" if detail else ""),
            )
    return spans


def holds_any(text: str, cues: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``cues``? (A loop: ``any`` over a generator costs more.)"""
    for cue in cues:  # noqa: SIM110
        if cue in text:
            return True
    return False


# How much one mention's label counts when the mentions of an entity disagree: a company's
# cue of business news (``business.companies_not_places``) outweighs all the rest together
_BUSINESS_WEIGHT = 1000
_KNOWN_WEIGHT = 3
_RULE_WEIGHT = 2
_GUESS_WEIGHT = 1


def _weight(rule: str) -> int:
    if rule.startswith(BUSINESS_RULE):
        return _BUSINESS_WEIGHT
    if rule.startswith(("lexicon:", "segment:known", "document:part-of-full-name")):
        return _KNOWN_WEIGHT
    if rule.startswith("model:"):
        return _GUESS_WEIGHT
    return _RULE_WEIGHT


def head_takes_full_name(spans: list[Span]) -> list[Span]:
    """ "the House" after "the House of Representatives", "the Bank" after "Bank of England":
    a body named by its head word alone means the "X of Y" body the article named in full
    (the longest such name is its value). Relabels in place, reading the ORG spans only."""
    orgs = [k for k, span in enumerate(spans) if span.label == "ORG"]
    full: dict[str, str] = {}
    for k in orgs:
        value = spans[k].value or ""
        if " of " in value:
            head = value.split(" ", 1)[0]
            if len(value) > len(full.get(head, "")):
                full[head] = value
    if not full:
        return spans
    for k in orgs:
        sp = spans[k]
        if sp.value in full:
            spans[k] = Span("entity", "ORG", sp.start, sp.end, sp.text, full[sp.value])
    return spans


def keeps_own_label(rule: str) -> bool:
    """Mentions that neither vote nor change in ``one_label_per_entity``: a club named after
    its town ("Leicester 2") is not the town, and a dateline ("LIVERPOOL, England, Oct. 21
    —") or a town named as a place ("in Tromso") names the town, however often the story
    names its club; so does a region named as a place ("in the Amazon"), and a prize named
    as a prize ("won an Oscar"), and an index or its company read by the words beside it."""
    return rule.startswith(
        (_CLUB_RULE, _DATELINE_RULE, _TOWN_RULE, REGION_RULE, PRIZE_RULE, INDEX_RULE)
    )


def one_label_per_entity(
    text: str, spans: list[Span], rules: list[str], trace: Trace | None
) -> list[Span]:
    """Rule 7: one label per canonical value in the article ("Charlotte" is a city in every
    sentence, not a city in one and a product in the next). Relabels in place."""
    pairs = set(map(_VALUE_LABEL, spans))  # (value, label) of each span, read in C
    if len(pairs) == len(set(map(_VALUE, spans))):
        return spans  # every entity has one label already
    first: dict[str | None, str] = {}
    mixed: set[str | None] = set()
    for value, label in pairs:
        if first.setdefault(value, label) != label:
            mixed.add(value)
    at = [k for k, span in enumerate(spans) if span.value in mixed]
    votes: dict[str | None, dict[str, int]] = {}
    for k in at:
        rule = rules[k]
        if keeps_own_label(rule):
            continue  # a club is not its town; a dateline names the town
        span = spans[k]
        by_label = votes.setdefault(span.value, {})
        by_label[span.label] = by_label.get(span.label, 0) + _weight(rule)
    chosen = {v: max(c, key=c.__getitem__) for v, c in votes.items() if len(c) > 1}
    for k in at:
        span = spans[k]
        new_label = chosen.get(span.value)
        if new_label is None or new_label == span.label or keeps_own_label(rules[k]):
            continue
        label = new_label
        if trace is not None:
            trace.rejected(
                _FAMILY,
                text,
                span.start,
                span.end,
                "document:one-label-per-entity",
                f"{span.label} turned {label}: the label of most mentions of {span.value!r}",
            )
        rules[k] = f"document:one-label-per-entity was {span.label} by {rules[k].split(' ')[0]}"
        spans[k] = Span("entity", label, span.start, span.end, span.text, span.value)
    return spans


def _abbreviates(acronym: str, name: str) -> bool:
    """Can ``acronym`` shorten ``name``? Its first letter opens the name and, for one word,
    its letters come in the word's order ("ABUJA (AFP)": the agency, no short form of the
    town); or it is the initials of the name's words in another order, as a name in another
    language gives them ("National Action Party (PAN)")."""
    if acronym[0] == name[0].upper():
        if " " in name:
            return True
        k, word = 0, name.upper()
        for c in acronym:
            k = word.find(c, k) + 1
            if not k:
                return False
        return True
    initials = [w[0] for w in name.split(" ") if w[:1].isupper()]
    return len(initials) == len(acronym) and sorted(initials) == sorted(acronym)


def spans_of(
    text: str,
    out: list[Found],
    regions: dict[str, str],
    rejected: list[tuple[int, int, str, str]] | None = None,
) -> tuple[list[Span], list[str]]:
    """Rule 5 of the module docstring: the spans (no overlaps: the first one wins, a common
    noun, ``common_noun``, standing for none) and the rule that made each."""
    acro: dict[str, tuple[str, str]] = {}
    spans: list[Span] = []
    rules: list[str] = []
    add = spans.append
    add_rule = rules.append
    prev_label = prev_value = prev_text = ""
    prev_end = -10
    aliases = CANON
    numbered = _NUMBERED
    span = Span
    dropped = DROPPED_WORDS
    brackets = bracket_ends(text) if "(" in text else NO_ENDS
    for s, e, label, value, rule in out:
        if s < prev_end:
            if rejected is not None and common_noun(text, s, e, text[s:e]):
                rejected.append((s, e, COMMON_NOUN_RULE, COMMON_NOUN_DETAIL))
            continue
        t = text[s:e]
        if (t in dropped or s in brackets) and common_noun(text, s, e, t):
            if rejected is not None:
                rejected.append((s, e, COMMON_NOUN_RULE, COMMON_NOUN_DETAIL))
            continue  # no name: it hides none of the names it overlaps
        if acro and t in acro:  # most articles define no acronym: no hash of each slice
            label, value = acro[t]
            rule = "document:acronym"
        elif (
            prev_end >= s - 2
            and t.isupper()
            and text[prev_end:s] in (" (", "(")
            and text[e : e + 1] == ")"
            and len(t) >= 2
            and prev_value
            and _abbreviates(t, prev_value)
        ):
            label, value = prev_label, prev_value
            acro[t] = (label, value)
            rule = "document:acronym"
        canon = aliases.get(value)
        if canon is not None:  # (most names have no alias: one test spares them the rest)
            if canon in US_STATE_ABBREVIATIONS and len(t) == 2 and text[s - 2 : s] != ", ":
                canon = None  # "PA news agency", "the VA": a state's code only after "Richmond, "
                if label == "GPE":
                    label = "ORG"
            if canon is not None and (label != "PERSON" or HARD.get(canon) == "PERSON"):
                # a person keeps a name that is also a place's short form ("Kan", "Holland")
                value = canon
                label = HARD.get(canon, label)  # "America" is the United States: a GPE
        if t == "Chapter" and (m := _CHAPTER.match(text, e)) is not None:
            # "a Chapter 11 reorganization": the chapter of the bankruptcy code, a LAW
            e = m.end()
            t = text[s:e]
            label, value, rule = "LAW", t, "document:code-chapter"
        elif label in numbered:
            m = (_MODEL if label == "PRODUCT" else _EDITION).match(text, e)
            if m is not None:
                # "Euro 96", "Windows 95": the number is part of the name
                e = m.end()
                t = text[s:e]
                value = f"{value} {m.group(1)}"
        elif (
            label == "ORG"
            and text[e : e + 1] == " "
            and text[e + 1 : e + 2].isdigit()  # (a slice turns down most before the regex)
            and (m := _MAKERS_MODEL.match(text, e))
            and not is_town(value)
            and value not in PARTY_NAMES  # "Labour 411, Conservatives 121": seats
            and t.rsplit(" ", 1)[-1] not in INSTITUTION_TAILS  # "Intermediate School 285"
        ):
            # "Boeing 747", "Porsche 911", "Microsoft 365": a maker and its model's number
            # (not a club's score, "Leicestershire 296", nor a school's number)
            e = m.end()
            t = text[s:e]
            label, value, rule = "PRODUCT", f"{value} {m.group(1)}", "document:maker-model"
        if regions and value in regions:
            label, value = "GPE", regions[value]  # "the North" -> North Korea
            rule = "document:direction-names-country"
        if (
            label == "ORG"
            and prev_end == s - 1
            and prev_label in ("NORP", "GPE")
            and value in INSTITUTIONS
        ):
            # "Japanese Foreign Ministry": the ministry of that country
            value = f"{prev_value if prev_label == 'NORP' else prev_text} {value}"
        if (
            label in PLACE_LABELS
            and (
                text[e : e + 2] in _CLUB_AFTER
                # "v ", "vs " and "vs. " end in these two: one slice turns down the rest
                or text[s - 2 : s] in _VERSUS_ENDS
                and (
                    text[s - 2 : s] == "v " or text[s - 3 : s] == "vs " or text[s - 4 : s] == "vs. "
                )
            )
            and is_club(text, s, e, label, value)
        ):
            rule = f"context:sports-club was {label} by {rule.split(' ')[0]}"
            label = "ORG"
        add(span("entity", label, s, e, t, value))
        add_rule(rule)
        prev_label = label
        prev_value = value
        prev_end = e
        prev_text = t
    return spans, rules
