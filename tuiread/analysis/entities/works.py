"""Works of art: the title of a film, book, album, song, show, play or game (WORK_OF_ART).

A title is named by the word before it: "the film Black Panther", "her novel 'Beloved'", "the
album “Lemonade”", "a game called Fortnite". The title is what stands in quotation marks after
such a word, or else the run of capitalised words (with the small words titles hold: "of",
"the", "and") that follows it. A title replaces the names found inside it ("the film Paris,
Texas" is one work, not a city and a state).

``prizes``: the prize of an award show named as a prize ("won an Oscar", "a Grammy
nomination", "the Emmy for best drama") is a WORK_OF_ART, though "Oscar" and "Tony" are
given names and "Grammy" reads as a place.

``show_title``: a broadcast show named by its host or its hour ("The Graham Norton Show",
"The Tonight Show") is a title without a work noun before it.
"""

from __future__ import annotations

from bisect import bisect_left

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from .lexicon import CALENDAR_NAMES, COMMON, FIRST_NAMES, HARD

# the words that announce a work
_WORK_NOUNS = (
    r"film|movie|documentary|novel|book|album|song|musical|game|series|show|drama|comedy"
    r"|thriller|opera|sitcom|podcast|painting|poem|memoir|biopic|miniseries|mixtape"
    r"|sequel|soundtrack|ballad"
)
# words that announce a work only before a quoted title ("the closing track, “Tara Street”",
# "a duet", "the new trailer"): bare, they name other things ("the track at Silverstone")
_QUOTED_WORK_NOUNS = rf"{_WORK_NOUNS}|track|duet|trailer|episode|instalment|installment|remake"
# a record released alone: "single" is a work noun only after an owner or a release's word
# ("her single Espresso", "the band's new single"; "a single European market" is none)
_SINGLE = r"(?:his|her|their|its|new|latest|debut|hit|lead|\w+['’]s) single"
_OPEN = "\"“‘'"
_CLOSE = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_SMALL = r"(?:of|the|a|an|and|in|on|to|for|with|at|from|or|&|n'|n’)"
_TITLE_WORD = r"[A-Z0-9][\w'’-]*"
_CALLED = r"(?:,)?(?: (?:called|titled|entitled|named))?"
# what stands before a title: a determiner and a work noun ("the film "), or a work noun and
# an opening quotation mark ("the song “"); searched only in the few characters before a
# run of capitals whose word before is one of ``TITLE_CUES``. A bare title's cue ends in a
# space, every other in a quotation mark: two regexes, the one the character before the
# title calls for searched (each tries fewer alternatives at every place of the window)
_BARE_CUE_RE = compiled.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|my|our|your|whose|new|latest|debut|hit|\d{{4}}|\w+['’]s) "
    rf"(?:{_WORK_NOUNS})|\b{_SINGLE}){_CALLED} $"
    # a staging of a play or an opera: "a new production of Hamlet", "a revival of Cats"
    r"|\b(?:production|staging|revival|adaptation) of $"
)
# the words before a title a staging names, read before the regex ("production of Hamlet")
STAGED_OF = ("production of ", "staging of ", "revival of ", "adaptation of ")
_QUOTE_CUE_RE = compiled.compile(
    rf"(?:\b(?:{_QUOTED_WORK_NOUNS}|single){_CALLED} (?P<q>[{_OPEN}])"
    # a quoted title in title case after a possessive ('Martin Scorsese's "Killers of the
    # Flower Moon"') or after a work noun earlier in its clause ('their first album of new
    # songs in 18 years, "Hackney Diamonds"')
    rf"|\w['’]s (?P<pq>[{_OPEN}])"
    # ... or after "her own", "his own" ('the record set by her own "The Tortured Poets
    # Department"')
    rf"|\b(?:her|his|their|its) own (?P<oq>[\"“])"
    rf"|\b(?:{_QUOTED_WORK_NOUNS}|single)s?\b[^.;:!?\"“”]{{0,40}}, (?P<aq>[{_OPEN}])"
    # or after "including" or "such as" ('played 23 songs, including "Wonderwall"')
    rf"|\b(?:{_QUOTED_WORK_NOUNS}|single)s?,? (?:including|such as) (?P<iq>[\"“])"
    # a part of a series before its quoted title ('the third season of "The Silver Road"')
    rf"|\b(?:seasons?|series|episodes?|instalments?|installments?|chapters?) of (?P<so>[\"“])"
    # the work a prize went to: 'album of the year on Sunday night for "Cowboy Carter"'
    rf"|\b(?:{_WORK_NOUNS}|record|picture|[Pp]rize|[Aa]ward)\b[^.;:!?\"“”]{{0,40}} for (?P<fq>[\"“])"
    # the play or film an actor stars in: 'would star in "The Seagull"'
    rf"|\bstar(?:s|red|ring)? in (?P<sq>[\"“])"
    # the record that leads a chart: 'led the Latin chart with "Debi Tirar Mas Fotos"'
    rf"|\bcharts? with (?P<cq>[\"“]))$"
)
# what follows a quoted title that a prize or its nominations name: '"Emilia Pérez" leads
# with 13 nominations'
_PRIZE_AFTER = compiled.compile(
    r"[\"”],? (?:[\w-]+ ){0,3}(?:nominations|nods|awards|Oscars|Grammys|Emmys|Baftas)\b"
    # or a work noun heading an apposition: '"Mary of the Lanes", a duet with', '"Ghost
    # Money", the lead single,', or its release: '"Harbour Lights", released on Friday'
    rf"|[\"”], (?:(?:a|an|the|his|her|their|its|\w+['’]s) (?:[\w-]+ ){{0,2}}"
    rf"(?:{_QUOTED_WORK_NOUNS}|single)\b|released\b|out now\b)"
    # or its takings, its opening or its season: '"Wicked" earned $114 million', '"Moana 2",
    # from Walt Disney Animation Studios, opens', '"Squid Game" season two'
    r"|[\"”],? (?:earned|grossed|took|topped|opened|opens|debuted|premieres|premiered"
    r"|season|series)\b|[\"”], from [A-Z]"
    # or its place on a chart: '"The Fate of Ophelia" remained at No. 1', '"Ordinary" was No. 2'
    r"|[\"”],? (?:[a-z]+ ){1,3}No\. \d"
    # or the kind of work right after the title, or after a second one: 'the "Night
    # Harbour" films', 'the "Iron Gate" and "Far Field" franchises'
    rf"|[\"”](?: and [\"“][^\n\"“”]{{1,60}}[\"”])? (?:{_QUOTED_WORK_NOUNS}|franchise)s?\b"
)
_TITLE_CASE_WORD = compiled.compile(rf"{_TITLE_WORD}|{_SMALL}")
_BARE_TITLE = compiled.compile(rf"{_TITLE_WORD}(?: (?:{_SMALL} )*{_TITLE_WORD}){{0,8}}")
_QUOTED_TITLE = compiled.compile(r"[^\n\"“”‘’']{1,80}(?=[\"”’'])")
# in double quotation marks a title may hold an apostrophe ("Short n' Sweet")
_DOUBLE_QUOTED_TITLE = compiled.compile(r"[^\n\"“”]{1,80}(?=[\"”])")
# the word before a title, as ``context.prev_word`` gives it: a work noun, "called", or an
# opening quotation mark (a quoted title after a work noun)
TITLE_CUES = frozenset(_WORK_NOUNS.split("|")) | frozenset(
    ("called", "titled", "entitled", "named", "single", '"', "'")
)
_WORK_NOUN_SET = frozenset(_WORK_NOUNS.split("|"))


def title_cue(text: str, s: int, e: int, prev: str) -> bool:
    """Does the word before the run at ``s``..``e`` (``prev``, as ``context.prev_word`` gives
    it) announce a title: a work noun or "called" ("the film Wicked"), a staging ("a
    production of Hamlet"), or a work noun before a comma when the run closes the apposition
    ("Travis Kelce's podcast, New Heights."; not "With her film, DuVernay documents", where
    the comma ends a phrase and the name opens the clause)?"""
    if prev in TITLE_CUES:
        return True
    if prev == "of":
        return text.endswith(STAGED_OF, max(0, s - 16), s)
    if prev != "," or text[s - 2 : s] != ", " or text[e : e + 1] not in _APPOSITION_ENDS:
        return False
    return text[max(0, s - 14) : s - 2].rsplit(" ", 1)[-1].lower() in _WORK_NOUN_SET


_APPOSITION_ENDS = frozenset((",", ".", ";", ":", ")", "\n", ""))


# what a bare capitalised run after "game" or "show" may really be ("the game Sunday")
_NOT_TITLES = CALENDAR_NAMES | frozenset("I He She It They We You".split())  # noqa: SIM905

Title = tuple[int, int, str]  # start, end, title


def title_case(title: str) -> bool:
    """ "Killers of the Flower Moon", "Hackney Diamonds": every word capitalised but the
    small words titles hold; a sentence in quotation marks is no title ("We will win")."""
    words = title.split(" ")
    return len(words) <= 9 and all(_TITLE_CASE_WORD.fullmatch(w) for w in words)


def title_at(text: str, s: int) -> Title | None:
    """The title that starts at ``s`` when a work noun announces it (see module docstring)."""
    bare = text[s - 1 : s] == " "
    m = (_BARE_CUE_RE if bare else _QUOTE_CUE_RE).search(text, max(0, s - 48), s)
    if m is None:
        return prize_title(text, s) or listed_title(text, s)
    if not bare:
        double = text[s - 1 : s] in '"“'
        t = (_DOUBLE_QUOTED_TITLE if double else _QUOTED_TITLE).match(text, s)
        if t is None or not t.group()[:1].isupper():
            return None
        title = t.group().rstrip(" ,.")
        if m.group("q") is None and not title_case(title):
            return None  # 'Trump's "very good" deal', "the song, “I was there”": no title
    else:
        b = _BARE_TITLE.match(text, s)
        if b is None:
            return None
        title = unplaced(untimed(b.group().rstrip(".:!?,")))
        if not title or title.split(" ", 1)[0] in _NOT_TITLES:
            return None
    return (s, s + len(title), title)


# a quoted item after another in a list: '"Wonderwall", "Live Forever"', '... and "Slide Away"'
_LISTED = compiled.compile(r"[\"”](?:,| and|, and) [\"“]$")


def listed_title(text: str, s: int) -> Title | None:
    """A quoted title in title case that follows a quoted title in a list ('songs, including
    "Wonderwall", "Don't Look Back in Anger" and "Live Forever"'): a work too, when the
    list's items, read back over at most ``_LIST_REACH`` of them, open after a work noun.
    Read back item by item, never by recursion: a list of any length costs a bounded walk."""
    t = _DOUBLE_QUOTED_TITLE.match(text, s)
    if t is None or not title_case(title := t.group().rstrip(" ,.")):
        return None
    at = s
    for _ in range(_LIST_REACH):
        listed = _LISTED.search(text, max(0, at - 7), at)
        if listed is None:
            return None
        close = listed.start()
        opening = max(text.rfind('"', 0, close), text.rfind("“", 0, close))
        if opening < 0 or close - opening > 82:
            return None
        before = _DOUBLE_QUOTED_TITLE.match(text, opening + 1)
        if before is None or not title_case(before.group().rstrip(" ,.")):
            return None
        if _QUOTE_CUE_RE.search(text, max(0, opening + 1 - 48), opening + 1) is not None:
            return (s, s + len(title), title)  # the list's first title after its work noun
        at = opening + 1
    return None


_LIST_REACH = 12  # titles read back along a list, at most


# the hour or the kind of talk a broadcast show is named after ("The Late Show", "The Daily
# Show", "The Breakfast Show"); a show named after a trade or a thing shown is an event
# ("the Geneva Motor Show", "the Chelsea Flower Show")
_SHOW_TIMES = frozenset(
    "Tonight Late Daily Morning Breakfast Today Evening Midnight Talk Chat Drive".split()  # noqa: SIM905
)


def show_title(chunk: str, s: int) -> tuple[int, int, str, str] | None:
    """ "The Graham Norton Show", "The Kelly Clarkson Show", "The Tonight Show": capitals
    ending in "Show" after a person's name (a given name and one or two words that are no
    common words) or after the hour it goes out are a broadcast show's title, one
    WORK_OF_ART ("Kelly Clarkson Show" is no person); after a common noun they are an event
    ("the Chelsea Flower Show", "the Geneva Motor Show": no person, no town alone).
    ``chunk`` is a run of capitals starting at ``s``; the name is the capitalised words before
    its "Show" (for a title from "The", the given name or the hour on: "On The Steve Harvey
    Morning Show"). Gives (start, end, name, label)."""
    end = chunk.find(" Show")
    while end >= 0 and chunk[end + 5 : end + 6] not in ("", " "):
        end = chunk.find(" Show", end + 5)
    if end < 0:
        return None
    words = chunk[:end].split(" ")
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    words = words[k:]
    e = s + end + 5
    named = words[1:] if words[:1] == ["The"] else words
    if len(named) >= 2 and named[-1].lower() in COMMON and named[-1] not in _SHOW_TIMES:
        words = named  # "the Paris Air Show"; not "The Big Show"
        name = " ".join(words) + " Show"
        return (e - len(name), e, name, "EVENT")
    for i, w in enumerate(words):
        if w == "The" or w in FIRST_NAMES or w in _SHOW_TIMES:
            words = words[i:]
            break
    else:
        return None
    body = words[1:] if words[0] == "The" else words
    if not body:
        return None
    hosted = (
        2 <= len(body) <= 3
        and body[0] in FIRST_NAMES
        and not any(w.lower() in COMMON for w in body[1:])
        and body[-1] not in _SHOW_TIMES
    )
    if not hosted and body[-1] not in _SHOW_TIMES:
        return None
    title = " ".join(words) + " Show"
    return (e - len(title), e, title, "WORK_OF_ART")


def untimed(title: str) -> str:
    """ "Espresso in April" -> "Espresso": a bare title's run ends before a small word and a
    month or a day ("the film Wicked on Friday"); a title may hold a month ("August: Osage
    County") but not after "in", "on" or "from"."""
    words = title.split(" ")
    k = len(words) - 1
    while k >= 2 and words[k] in CALENDAR_NAMES and words[k - 1] in _TIME_SMALL:
        k -= 2
    return " ".join(words[: k + 1])


_TIME_SMALL = frozenset(("in", "on", "from", "since", "until", "by", "at"))
# the last words of a venue a bare title may run into ("Hamlet at the National Theatre")
_VENUE_ENDS = frozenset(
    "Theatre Theater Hall Arena Centre Center Palladium Opera House Playhouse Stadium".split()  # noqa: SIM905
)


def unplaced(title: str) -> str:
    """ "Hamlet at the National Theatre" -> "Hamlet": a bare title's run ends before "at"
    or "in" and a venue (a title may hold "at": "Breakfast at Tiffany's")."""
    for small in (" at ", " in "):
        k = title.find(small)
        if k > 0 and any(
            w.removesuffix("'s").removesuffix("’s") in _VENUE_ENDS
            for w in title[k + len(small) :].split(" ")
        ):
            return title[:k]  # "... at the National Theatre's Lyttelton" too
    return title


def prize_title(text: str, s: int) -> Title | None:
    """'"Emilia Pérez" leads with 13 nominations', '"Mary of the Lanes", a duet with ...',
    '"Harbour Lights", released on Friday': a title-case run that fills a pair of double
    quotation marks, with a prize's nominations or awards, a work noun heading an apposition
    or its release right after, is the title of the work (a slogan or a scare quote has
    none)."""
    if text[s - 1 : s] not in '"“':
        return None
    t = _DOUBLE_QUOTED_TITLE.match(text, s)
    if t is None:
        return None
    title = t.group().rstrip(" ,.")
    if subtitled(title):
        return (s, s + len(title), title)
    if not title_case(title) or _PRIZE_AFTER.match(text, t.end()) is None:
        return None
    return (s, s + len(title), title)


def subtitled(title: str) -> bool:
    """'"Halo: Frontline"', '"Dune: Part Two"', '"The Legend of Zelda: Echoes of the Deep"':
    a title and its subtitle, both in title case, joined by a colon, fill the quotation
    marks; a quoted sentence after a speaker's colon has lower-case words."""
    head, sep, sub = title.partition(": ")
    return bool(sep) and title_case(head) and title_case(sub)


def repeated_titles(text: str, titles: list[Title], names: list[tuple[int, int]]) -> list[Title]:
    """ "Northern Lights" in the headline, then 'The drama "Northern Lights" won': a title
    announced once names the same work wherever the article repeats it in quotation marks,
    or where a name was found with exactly its words. ``names`` are the (start, end) of the
    names found; the titles come back sorted, without overlaps."""
    if not titles:
        return titles
    found = {title: (s, e) for s, e, title in titles}
    exact = set(names)
    out = list(titles)
    for title in found:
        k = text.find(title)
        while k >= 0:
            e = k + len(title)
            bounded = (k == 0 or not text[k - 1].isalnum()) and not text[e : e + 1].isalnum()
            quoted = text[k - 1 : k] in _OPEN and text[e : e + 1] in "\"”’'"
            if bounded and (quoted or (k, e) in exact):
                out.append((k, e, title))
            k = text.find(title, e)
    out = sorted(set(out))
    kept: list[Title] = []
    for t in out:
        if not kept or kept[-1][1] <= t[0]:
            kept.append(t)
    return kept


# the prizes of the award shows the lists name by their plural ("Oscars", "Grammys")
PRIZES = frozenset(("Oscar", "Grammy", "Emmy", "Tony", "Bafta", "BAFTA", "Olivier", "Golden Globe"))
_PRIZE_BEFORE = frozenset(
    "a an another first second third fourth fifth sixth seventh eighth ninth tenth".split()  # noqa: SIM905
)
_PRIZE_NOUN_AFTER = compiled.compile(
    r" (?:nominations?|nominees?|nods?|wins?|winners?|statuettes?|trophy|trophies|race|glory"
    r"|for (?:best|outstanding|album|record|song)\b)"
)
PRIZE_RULE = "context:prize"


def prizes(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "won an Oscar", "her second Grammy", "tipped for Oscar nominations", "the Emmy for
    best drama": a prize's name after "a" or an ordinal, or before a nomination, a winner
    or "for best", is the prize (WORK_OF_ART); "Oscar Isaac" and "Tony Blair" are other
    spans. Such a mention keeps its label in ``document.one_label_per_entity``. Relabels in
    place."""
    for k, span in enumerate(spans):
        if span.text not in PRIZES or span.label == "WORK_OF_ART":
            continue
        s = span.start
        before = text[max(0, s - 8) : s - 1].rsplit(" ", 1)[-1].lower()
        if (
            text[s - 1 : s] == " "
            and before in _PRIZE_BEFORE
            or (_PRIZE_NOUN_AFTER.match(text, span.end) is not None)
        ):
            spans[k] = Span("entity", "WORK_OF_ART", s, span.end, span.text, span.text)
            rules[k] = f"{PRIZE_RULE} was {span.label} by {rules[k].split(' ')[0]}"


def works_of_art(
    text: str, spans: list[Span], rules: list[str], titles: list[Title], trace: Trace | None
) -> tuple[list[Span], list[str]]:
    """Rule 8: each title is one WORK_OF_ART; names found inside it go."""
    starts = [span.start for span in spans]
    last_end = -1
    for s, e, title in titles:
        if s < last_end:
            continue
        lo = bisect_left(starts, s)
        while lo > 0 and spans[lo - 1].end > s:
            lo -= 1  # a name that runs into the title
        hi = bisect_left(starts, e, lo)
        if trace is not None:
            for inside in spans[lo:hi]:
                trace.rejected(
                    "entity",
                    text,
                    inside.start,
                    inside.end,
                    "works:inside-a-title",
                    f"part of the title {title!r}",
                )
        spans[lo:hi] = [Span("entity", "WORK_OF_ART", s, e, text[s:e], title)]
        rules[lo:hi] = ["works:title after a work noun"]
        starts[lo:hi] = [s]
        last_end = e
    return spans, rules


_FIELD_AFTER = compiled.compile(r" in ([A-Z][a-z]+(?: (?:and|or) [A-Z][a-z]+)?)\b(?! [A-Z])")
_PLACES = frozenset(("GPE", "LOC", "FAC", "NORP"))
_PRIZE_TAILS = ("Prize", "Award", "Medal", "Prizes", "Awards")
# the search for a prize's field, after a test for its words (in C, far faster than a
# regex's scan of the text): most texts name no prize
FIELD_CUE = compiled.compile(r"(?:Prizes?|Award|Medal) in [A-Z]")


def prize_fields(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "the Nobel Prize in Chemistry", "the Nobel Prize in Physiology or Medicine": the
    field a prize is given in is part of its name (alone, "Chemistry" read as a place);
    a place after "in" is where it was given. In place; the names inside the field go."""
    k = 0
    while k < len(spans):
        sp = spans[k]
        if sp.label == "WORK_OF_ART" and sp.text.endswith(_PRIZE_TAILS):
            m = _FIELD_AFTER.match(text, sp.end)
            if m is not None and not any(
                HARD.get(w) in _PLACES for w in m.group(1).split(" ")
            ):  # "the Nobel Prize in Stockholm": where it was given
                end = m.end()
                while k + 1 < len(spans) and spans[k + 1].start < end:
                    del spans[k + 1]
                    del rules[k + 1]
                name = text[sp.start : end]
                spans[k] = Span("entity", "WORK_OF_ART", sp.start, end, name, name)
                rules[k] = "works:prize-field"
        k += 1
