"""Where a name stands says what it names: a ground, a town or a company.

Applied to the spans once every mention has its label (``document.finish``), before one label
per entity is chosen:

1. ``stadiums``: a place the lists do not know, after "at" in a sentence about a match, is the
   ground ("beat Everton 2-1 at Anfield"): a FAC.
2. ``towns_not_clubs``: a town the lists know as a club ("Tromso", "Montreal") named as a
   place ("in Tromso", "the Montreal studio") is the town: a GPE.
3. ``after_company_noun``: a name right after a company noun ("the studio Pinecone Games",
   "the carmaker Proton") is that company: an ORG, whatever its last word says ("Games").
4. ``regions_not_companies``: a company named after a region ("Amazon") is the region where
   the sentence names a place ("deforestation in the Amazon", "the Amazon rainforest"): a LOC.
"""

from __future__ import annotations

from operator import attrgetter

from tuiread.model import Span

from .. import compiled
from .business import TRADES
from .lexicon import (
    CLUB_TOWNS,
    COMPANY_REGIONS,
    COUNTRIES,
    LEX,
    LEXC,
    LOWER,
    MINOR_PLACES,
    PLACE_LABELS,
    TOWNS_SEEN,
)
from .score import PLACE_NEXT

_VALUE = attrgetter("value")
# what a sentence about a match holds shortly before "at X": a score ("2-1") or a match verb
_MATCH_BEFORE = compiled.compile(
    r"\b(?:\d{1,2}-\d{1,2}|beat|beats|beaten|drew|draw|drawn|defeated|defeat|win|won|lost"
    r"|match|game|kick-off|fixture|derby|played|playing|victory|leg|final|semi-final)\b"
)
_MATCH_REACH = 60  # the match word stands this close before the ground: one clause


def _known_town(value: str | None) -> bool:
    """Is the listed place ``value`` a country or a town ("at Manchester": the town of a
    club, a venue of no name of its own), not a ground the training file saw ("Old
    Trafford", "Wembley")?"""
    if (
        value is None
        or value in COUNTRIES
        or value in MINOR_PLACES
        or value in TOWNS_SEEN
        or is_town(value)
    ):
        return True
    info = LEX.get(value)
    return info is None or info[1] == 0  # seen 0 times: a city of the gazetteer


_NEVER_SEEN = ("", -1, 0.0)


def _after_at(text: str, s: int) -> bool:
    """Does "at " or "at the " stand right before ``s``?"""
    return text[s - 3 : s] == "at " or text[s - 7 : s] == "at the "


def stadiums(text: str, spans: list[Span], rules: list[str], at: list[int] | None = None) -> None:
    """ "beat Everton 2-1 at Anfield", "played at the Etihad", "drew at Old Trafford": a
    place named after "at" (or "at the") shortly after a match word or a score is the ground
    the match was played at (FAC), not a town: a place the lists do not know, or one they
    know only from the training file's match reports, never a country or a listed town
    ("won 2-0 at Leicester" stays the town). A company of today's lists (one the training
    file never named) after "at the" is a ground named after its sponsor ("2-1 at the
    Emirates"). Relabels
    in place; ``at``: the places after "at" or "at the" and the companies after "at the",
    if ``settings_of_names`` found them already."""
    if at is None:
        at = [
            k
            for k, span in enumerate(spans)
            if span.label in PLACE_LABELS
            and _after_at(text, span.start)
            or span.label == "ORG"
            and text[span.start - 7 : span.start] == "at the "
        ]
    for k in at:
        span = spans[k]
        rule = rules[k]
        if not (
            rule.startswith("model:")
            and span.label != "ORG"
            or rule.startswith(("lexicon:", "segment:known"))
            and (
                span.label == "GPE"
                and not _known_town(span.value)
                or span.label == "ORG"
                and LEX.get(span.value or "", _NEVER_SEEN)[1] == 0
            )
        ):
            continue
        lo = max(
            text.rfind(". ", 0, span.start),
            text.rfind("\n", 0, span.start),
            0,
            span.start - _MATCH_REACH,
        )
        if _MATCH_BEFORE.search(text, lo, span.start) is None:
            continue
        spans[k] = Span("entity", "FAC", span.start, span.end, span.text, span.value)
        rules[k] = f"context:stadium was {span.label} by {rule.split(' ')[0]}"


# the word before a town named as a place; "at" and "to" are left out ("at Liverpool",
# "moved to Liverpool": a club's ground, a transfer)
_PLACE_BEFORE = frozenset("in from near outside across throughout around".split())  # noqa: SIM905
# their last two letters: a cheap test before the regex of ``_word_before``
_PLACE_BEFORE_ENDS = frozenset(w[-2:] for w in _PLACE_BEFORE)
# companies by trade: the noun before a company's name, or after a town that says where one
# is (``business.BUSINESS_NOUNS``, "rival" and "giant" left out), and the plural "studios"
COMPANY_NOUNS = TRADES | {"studios"}
_WORD_BEFORE = compiled.compile(r"([A-Za-z-]+) $")
_WORD_AFTER = compiled.compile(r" ([a-z-]+)")


# the last three letters of each company noun: a word before a name that ends otherwise
# is none, told without the regex of ``_word_before`` ("the", "of", "in" end most)
_COMPANY_ENDS = frozenset(w[-3:].lower() for w in COMPANY_NOUNS)


def _spellings(word: str) -> set[str]:
    """Every string whose ``.lower()`` is the ASCII ``word``: each letter in either case,
    and "k" also as the Kelvin sign (U+212A), the one other character that lower-cases to
    an ASCII one."""
    out = {""}
    for c in word:
        ways = {c, c.upper()} | ({"\u212a"} if c == "k" else set())
        out = {w + u for w in out for u in ways}
    return out


# ``_COMPANY_ENDS`` in every case: a set lookup tells "Studio X" and "STUDIO X" from the
# slice itself, with no ``.lower()`` made for each name
_COMPANY_ENDS_ANY_CASE = frozenset(x for end in _COMPANY_ENDS for x in _spellings(end))


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m is not None else ""


def _company_noun_before(text: str, start: int) -> bool:
    """Is the word before ``start`` a company noun? Its last three letters first: a set
    lookup that turns down almost every name before the regex runs."""
    return (
        start > 3
        and text[start - 4 : start - 1].lower() in _COMPANY_ENDS
        and _word_before(text, start) in COMPANY_NOUNS
    )


# English counties the training file knows only as cricket clubs ("Yorkshire 250-6"):
# places wherever the words say so ("knife crime in Yorkshire")
COUNTY_CLUBS = frozenset(
    """
    Yorkshire Lancashire Surrey Kent Essex Sussex Middlesex Somerset Durham Derbyshire
    Glamorgan Gloucestershire Hampshire Leicestershire Northamptonshire Nottinghamshire
    Warwickshire Worcestershire
    """.split()  # noqa: SIM905
)
# the lists' words that name a town or state (``is_town``), gathered once at import
_TOWNS = CLUB_TOWNS | frozenset(key for key, counts in LEXC.items() if counts[2] > 0) | COUNTY_CLUBS


def is_town(value: str | None) -> bool:
    """Does the lists' word ``value`` name a town or state that clubs and companies share
    ("Toronto", "Florida", "Cleveland"): a club town of the training file, or a name it
    saw both as a place and as something else. One set lookup (``_TOWNS``)."""
    return value in _TOWNS


# "a Toronto packaging concern", "a Florida news organization": the noun a town stands
# before, at most two words between, when the town says where a company is
_BUSINESS_AFTER = compiled.compile(
    r"(?: [a-z-]+){0,2}? (?:concern|organization|organisation|dealer|group|bank|firm|company|agency|newspaper|clinic|maker|producer)\b"
)
_STATE_AFTER = compiled.compile(r", [A-Z]")


def _place_beside(spans: list[Span], k: int, text: str) -> bool:
    """ "Birmingham, Ala.", "Cleveland, Cincinnati and Columbus": a place right after it
    (", Alabama") or beside it in a list."""
    span = spans[k]
    # the neighbour's label first: the gap is cut from the text only beside a place
    if k + 1 < len(spans):
        nxt = spans[k + 1]
        if nxt.label in PLACE_LABELS and text[span.end : nxt.start] in (", ", " and ", ", and "):
            return True
    if k > 0:
        prv = spans[k - 1]
        if prv.label in PLACE_LABELS and text[prv.end : span.start] in (", ", " and ", ", and "):
            return True
    return False


def names_a_place_here(text: str, spans: list[Span], k: int) -> bool:
    """Does the sentence name the town ``spans[k]`` as a place: after "in", "from", "near";
    before a place noun ("the Cleveland area"), an event's ("the Birmingham bombing") or a
    company noun ("the Montreal studio",
    "a Toronto packaging concern"); before its state ("Birmingham, Ala."); or in a list of
    places ("Cleveland, Cincinnati and Columbus")?"""
    span = spans[k]
    start = span.start
    if (
        text[start - 3 : start - 1].lower() in _PLACE_BEFORE_ENDS
        and _word_before(text, start) in _PLACE_BEFORE
    ):
        return True
    # both regexes after it need a space and a lower-case letter or a hyphen (a table's
    # club has a score after it: neither regex runs)
    c = text[span.end + 1 : span.end + 2]
    if text[span.end : span.end + 1] == " " and ("a" <= c <= "z" or c == "-"):
        after = _WORD_AFTER.match(text, span.end)
        if after is not None and (
            after.group(1) in COMPANY_NOUNS
            or after.group(1) in PLACE_NEXT
            or after.group(1) in _EVENT_NEXT
        ):
            return True
        if _BUSINESS_AFTER.match(text, span.end) is not None:
            return True
    return _place_beside(spans, k, text)


# what happened in a town, named after it ("the Birmingham bombing", "the Oslo accords"):
# the town's name, never its club's ("attack" is left out: a team has one)
_EVENT_NEXT = frozenset(
    """
    bombing bombings shooting shootings stabbing stabbings massacre riot riots blast
    explosion earthquake flood floods siege summit talks accord accords agreement declaration
    protest protests uprising killings murders assault
    """.split()  # noqa: SIM905
)


# what stands before a town that describes a person, an event or a thing ("the Birmingham
# bombing", "a Seattle investor", "his Kennebunkport home", "suburban Amherst"), and the
# lower-case words after a name that make it the subject of a verb ("Toronto said"), not that
_DESCRIBES = frozenset("the a an his her their its our suburban rural downtown".split())  # noqa: SIM905
_VERB_AFTER = frozenset(
    """
    said says has have had will would is was were are won lost beat plays played could
    can may might did does do scored leads led
    """.split()  # noqa: SIM905
)


def describes_a_thing(text: str, span: Span) -> bool:
    """ "the Birmingham bombing", "a Seattle investor": a town before a common noun, after an
    article, a possessive pronoun or an adjective of place (not with a possessive of its own:
    "Paramount's 'Gladiator II'" is the studio's). Read only in a story with no sport in it,
    where a club town so used is where something is, not a club."""
    end = span.end
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1) in _VERB_AFTER:
        return False
    return _word_before(text, span.start) in _DESCRIBES


def towns_not_clubs(
    text: str, spans: list[Span], rules: list[str], orgs: list[int] | None = None
) -> None:
    """ "everyone in Tromso who ...", "the Montreal studio Pinecone Games", "a Birmingham,
    Ala., clinic": a town the lists know as a club (the training file's results tables, see
    ``is_town``) is the town where the sentence names a place (``names_a_place_here``).
    A club is an ORG only where the words say so: a score after it (``sport.is_club``).
    In a story with no sport in it (``_SPORT``), a town named as a place once is the town
    in every mention ("The stabbing is the third in Leeds" ... "Leeds council"), and so is
    one after "to" ("moved to Leeds") or after "at" before a preposition or a stop ("coal
    at Scunthorpe since 1890"; "at Lincoln savings and loan" is a company).
    Relabels in place; a list of towns is read back to front, so each sees its neighbours
    as places, and read again once its neighbours are settled ("in Leeds and Bradford");
    ``orgs``: the organisations named after a town, if ``settings_of_names`` found them."""
    if orgs is None:
        towns = _TOWNS
        orgs = [k for k, span in enumerate(spans) if span.label == "ORG" and span.value in towns]
    if not orgs:
        return
    placed: set[str | None] = set()
    left: list[int] = []
    for k in reversed(orgs):
        span = spans[k]
        if rules[k].startswith("context:"):
            continue
        if not names_a_place_here(text, spans, k):
            left.append(k)
            before = text[span.start - 3 : span.start - 1]
            if before == "to" or before == "at" and _AT_PLACE_AFTER.match(text, span.end):
                placed.add(span.value)  # only if the story has no sport (below)
            continue
        placed.add(span.value)
        _make_town(spans, rules, k)
    # one search of the whole text, only for a story with a town left to settle
    sport = bool(left) and _has_sport(text)
    if left and not sport:
        clubby = _club_words(text)
        for k in left:
            # with no sport in the story a club town is the town, unless a company's noun
            # follows it ("at Lincoln savings and loan", "Leeds shares")
            value = spans[k].value or ""
            if (
                describes_a_thing(text, spans[k])
                or (
                    not clubby
                    and value in TOWNS_SEEN  # a city, not "(Xinhua)"
                    and not _KIN_BEFORE.search(text, max(0, spans[k].start - 12), spans[k].start)
                    and value.lower() not in LOWER  # "the Commonwealth"
                    and not _COMPANY_NOUN_AFTER.match(text, spans[k].end)
                    and not text[
                        spans[k].end + 1 : spans[k].end + 2
                    ].isdigit()  # "Toronto 5 Boston 3"
                )
            ):
                placed.add(spans[k].value)
    if not left or not placed:
        return
    beside = [k for k in reversed(left) if _place_beside(spans, k, text)]
    placed.update(spans[k].value for k in beside)  # "in Leeds and Bradford": now beside one
    if placed.isdisjoint(spans[k].value for k in left) or sport:
        left = beside  # a story about sport: only the towns listed with a place
    for k in left:
        if spans[k].value in placed:
            _make_town(spans, rules, k)


# what follows a town after "at" when the town is where something is ("burned coal at
# Scunthorpe since the 1890s", "jobs at Port Talbot."), not a company ("at Lincoln savings")
_AT_PLACE_AFTER = compiled.compile(
    r"(?:[,.;:)]|$| (?:since|in|on|for|until|during|where|and|or)\b)"
)


# what clubs do that towns do not, in a story the sport words above miss ("Liverpool moved to
# the top after beating Everton"): where any stands, a club town keeps its club's label
_CLUB_WORDS = compiled.compile(
    r"\b(?:beat|beating|beaten|defeated|levell?ed|equalis(?:ed|er)|top of the table"
    r"|relegat\w+|unbeaten|title race)\b"
)
# a piece of each of those words: where none is in the text (most stories), the regex's
# search of the whole text, a word boundary tried at every character, is spared
_CLUB_PIECES = ("beat", "defeated", "level", "equalis", "top of the table", "relegat", "title race")


def _club_words(text: str) -> bool:
    """Does the story hold one of ``_CLUB_WORDS``? Scans for their pieces first (in C)."""
    for piece in _CLUB_PIECES:
        if piece in text:
            return _CLUB_WORDS.search(text) is not None
    return False


# a kin word just before: the name is a person's ("Reagan's wife, Nancy, admitted")
_KIN_BEFORE = compiled.compile(
    r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|partner),? $"
)
_COMPANY_NOUN_AFTER = compiled.compile(
    r"['’]?s? (?:savings|shares|stock|bank|loan|executives?|employees|board|brand)\b"
)


def _make_town(spans: list[Span], rules: list[str], k: int) -> None:
    span = spans[k]
    spans[k] = Span("entity", "GPE", span.start, span.end, span.text, span.value)
    rules[k] = f"context:town-not-club was ORG by {rules[k].split(' ')[0]}"


# words of a story about sport: where they stand, a club town may be its club
# (the look-ahead holds the first letter of every word: tried before the words, it turns down
# most word starts at once)
_SPORT_WORDS = (
    r"(?=[bcdfghiklmpqrstwCLP0-9])"
    r"(?:match(?:es)?|goals?|league|League|season|striker|midfielder|defender|goalkeeper"
    r"|cricket|wickets?|innings|rugby|football|soccer|tournament|fixtures?|kick-off"
    r"|half-time|scored|relegation|promoted|squad|stadium|semi-final|quarter-final"
    r"|play-offs?|champions|Championship|Premiership|batsman|bowler|coach|manager|transfer"
    r"|[0-9]-[0-9]\b)"
)
_SPORT = compiled.compile(r"\b" + _SPORT_WORDS)
# the same words after a space: a pattern opening with a plain character, which the regex
# engine skips to far faster than it tries a word boundary at every character. Most
# stories about sport have one so; only a story with none is searched with ``_SPORT``
_SPORT_AFTER_SPACE = compiled.compile(" " + _SPORT_WORDS)


def _has_sport(text: str) -> bool:
    """Does the story hold a word of sport (``_SPORT``)?"""
    return _SPORT_AFTER_SPACE.search(text) is not None or _SPORT.search(text) is not None


_SETTLED = ("lexicon:", "run:dateline", "context:")
_ORG_PERSON = frozenset(("ORG", "PERSON"))


def after_company_noun(
    text: str, spans: list[Span], rules: list[str], after: list[int] | None = None
) -> None:
    """ "the Montreal studio Pinecone Games", "the carmaker Proton": a name the lists do not
    settle, right after a company noun, is that company (an ORG, though "Games" ends it).
    Relabels in place; ``after``: the spans after a word ending like a company noun, if
    ``settings_of_names`` found them (read with their labels of now)."""
    if after is None:
        ends = _COMPANY_ENDS
        after = [
            k
            for k, span in enumerate(spans)
            if span.label not in _ORG_PERSON
            and text[span.start - 4 : span.start - 1].lower() in ends
        ]
    for k in after:
        span = spans[k]
        if (
            span.label in _ORG_PERSON
            or not _company_noun_before(text, span.start)
            or rules[k].startswith(_SETTLED)
        ):
            continue
        spans[k] = Span("entity", "ORG", span.start, span.end, span.text, span.value)
        rules[k] = f"context:after-company-noun was {span.label} by {rules[k].split(' ')[0]}"


# a region's name after "the", as a place: after a preposition of place, or before a place
# noun ("the Amazon rainforest"); "the Amazon founder", "the Amazon deal" stay the company
_REGION_BEFORE = compiled.compile(r"\b(?:in|across|of|from|through|into|over|to) the $")
_REGION_NOUNS = PLACE_NEXT | frozenset(("rainforest", "forest", "jungle", "basin", "delta"))
REGION_RULE = "context:region-not-company"


def regions_not_companies(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "deforestation in the Amazon", "the Amazon rainforest": a company the lists name
    after a region (``COMPANY_REGIONS``) is the region where "the" stands before it and a
    preposition of place before that, or a place noun after it (a LOC, which keeps its label
    in ``document.one_label_per_entity``). Relabels in place."""
    for k, span in enumerate(spans):
        if span.label != "ORG" or span.value not in COMPANY_REGIONS:
            continue
        s = span.start
        if text[s - 4 : s] != "the ":
            continue
        after = _WORD_AFTER.match(text, span.end)
        if _REGION_BEFORE.search(text, max(0, s - 12), s) is None and (
            after is None or after.group(1) not in _REGION_NOUNS
        ):
            continue
        spans[k] = Span("entity", "LOC", span.start, span.end, span.text, span.value)
        rules[k] = f"{REGION_RULE} was ORG by {rules[k].split(' ')[0]}"


def settings_of_names(text: str, spans: list[Span], rules: list[str]) -> None:
    """Every rule of the module docstring, in order. One pass over the spans finds the few
    each of the first three rules looks at, by that rule's own first tests: a place after
    "at", a company named after a town, a name after a word ending like a company noun.
    The first two relabel only places and companies after "at the" (to FAC) and those
    companies (to GPE), so what the pass found stays right for the rules after them; the
    third reads each label again."""
    places = PLACE_LABELS
    towns = _TOWNS
    ends = _COMPANY_ENDS_ANY_CASE
    at: list[int] = []
    orgs: list[int] = []
    after: list[int] = []
    for k, span in enumerate(spans):
        label = span.label
        if label == "PERSON":
            continue  # the commonest label, read by none of the rules: told first
        s = span.start
        if label == "ORG":
            if span.value not in towns:
                if text[s - 7 : s] == "at the ":
                    at.append(k)  # "at the Emirates": a ground named after its sponsor
                continue  # otherwise an organisation stays one: no rule below reads it
            orgs.append(k)  # it may turn a town, then be read after a company noun
        elif label in places and (text[s - 3 : s] == "at " or text[s - 7 : s] == "at the "):
            at.append(k)
        if text[s - 4 : s - 1] in ends:
            after.append(k)
    stadiums(text, spans, rules, at)
    towns_not_clubs(text, spans, rules, orgs)
    after_company_noun(text, spans, rules, after)
    # the rule acts only on a span whose value is such a company: a set test over the spans'
    # values (in C) first, then one scan of the text (most documents pass neither)
    if not COMPANY_REGIONS.isdisjoint(map(_VALUE, spans)) and any(
        name in text for name in COMPANY_REGIONS
    ):
        regions_not_companies(text, spans, rules)
