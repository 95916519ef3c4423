"""Names joined by "and", "or" or a comma are names of one kind.

"Facebook, Instagram and WhatsApp", "Meta and Apple", "Biden and McCarthy": a list of names
is a list of one kind of thing. A name the lists do not know takes a vote from each name it
is listed with, the names beyond its neighbours too ("Chelsea, Arsenal and Manchester
City"), so "Instagram" beside two companies is a company, whatever its suffix suggests. Applied once the unknown names are decided (``document.decide_unknown``), over
the names the lists know and the names just decided; only a name already decided to be a
name is moved, never a word the scores rejected.
"""

from __future__ import annotations

from .labels import label_of
from .lexicon import LOC, MISC, ORG, PER
from .score import Unknown, company_over_person

W_KNOWN = 1.5  # the vote of a listed neighbour the lists know
# the vote of a listed company the lists know by a name of several words ("Bear Stearns,
# Morgan Stanley and Oppenheimer"): a list of firms is one of firms, whatever a name's
# words say (a surname, a given name)
W_KNOWN_COMPANY = 3.0
W_GUESSED = 0.75  # the vote of a listed neighbour the scores decided: weaker, it may be wrong

# the CoNLL class a label votes for
_CLASS = {
    "PERSON": PER,
    "ORG": ORG,
    "GPE": LOC,
    "LOC": LOC,
    "FAC": LOC,
    "NORP": MISC,
    "EVENT": MISC,
    "PRODUCT": MISC,
    "WORK_OF_ART": MISC,
    "LAW": MISC,
}


def _join_before(text: str, s: int) -> int:
    """Where a listed name before ``s`` ends, or -1 ("Meta and |Apple"), after " and ",
    " or ", ", ", ", and ", ", or " or " & ": a character test first, as most names follow no
    join."""
    if s < 3 or text[s - 1] != " ":
        return -1
    c = text[s - 2]
    if c == ",":
        return s - 2
    if c == "&":
        return s - 3 if text[s - 3] == " " else -1
    if c == "d" and text.startswith(" and", s - 5):
        return s - 6 if text[s - 6 : s - 5] == "," else s - 5
    if c == "r" and text.startswith(" or", s - 4):
        return s - 5 if text[s - 5 : s - 4] == "," else s - 4
    return -1


# the two characters before a name that ``_join_before`` needs, and after one that
# ``join_after`` needs: the cheap test made on every mention
_BEFORE_TAILS = frozenset((", ", "& ", "d ", "r "))
_AFTER_HEADS = frozenset((", ", " a", " o", " &"))


def join_after(text: str, e: int) -> int:
    """Where a listed name after ``e`` starts, or -1 ("Meta| and Apple")."""
    c = text[e : e + 1]
    if c == ",":
        if text[e + 1 : e + 2] != " ":
            return -1
        if text.startswith(" and ", e + 1):
            return e + 6
        if text.startswith(" or ", e + 1):
            return e + 5
        return e + 2
    if c != " ":
        return -1
    if text.startswith(" and ", e):
        return e + 5
    if text.startswith(" or ", e):
        return e + 4
    if text.startswith(" & ", e):
        return e + 3
    return -1


def coordinated(
    text: str,
    known: list[tuple[int, int, str, str, str]],
    unknown: dict[str, Unknown],
    decided: dict[str, str],
) -> list[str]:
    """Add each listed neighbour's vote to the score of every decided unknown name and
    decide those names again (in place in ``decided``); the names whose label changed.

    The joins beside each decided name are found first: most articles list none of them,
    and the neighbours' votes are indexed only where a join points (``_votes_at``)."""
    joins: list[tuple[str, str, list[tuple[int, int]]]] = []
    want_ends: set[int] = set()
    want_starts: set[int] = set()
    before_tails = _BEFORE_TAILS
    after_heads = _AFTER_HEADS
    for key, label in decided.items():
        # two characters beside each mention first: only a join makes a pair worth keeping
        # (a mention with none gets no vote), and most names stand beside no join
        pairs = []
        for s, e in unknown[key].spans:
            before = _join_before(text, s) if text[s - 2 : s] in before_tails else -1
            after = join_after(text, e) if text[e : e + 2] in after_heads else -1
            if before >= 0 or after >= 0:
                pairs.append((before, after))
                if before >= 0:
                    want_ends.add(before)
                if after >= 0:
                    want_starts.add(after)
        if pairs:
            joins.append((key, label, pairs))
    if not want_ends and not want_starts:
        return []
    ends, starts = _votes_at(known, unknown, decided, want_ends, want_starts)
    if not ends:
        return []
    spans_by_start, spans_by_end = _listed_spans(known, unknown, decided)
    changed: list[str] = []
    for key, label, pairs in joins:
        u = unknown[key]
        votes = [0.0, 0.0, 0.0, 0.0, 0.0]
        for before, after in pairs:
            vote = ends.get(before)
            if vote is not None:
                votes[vote[0]] += vote[1]
                _further_before(text, before, spans_by_end, votes)
            vote = starts.get(after)
            if vote is not None and not _speaks_after(text, after, spans_by_start):
                votes[vote[0]] += vote[1]
                _further_after(text, after, spans_by_start, votes)
        if not any(votes):
            continue
        score = [x + v for x, v in zip(u.score, votes, strict=True)]
        new = company_over_person(label_of(key, score), u)
        if u.product and max(score) == score[MISC]:
            new = "PRODUCT"  # "sold as Wegovy and Ozempic": see ``document.decide_unknown``
        if new is not None and new != label:
            u.score = score
            changed.append(key)
            decided[key] = new
    return changed


Vote = tuple[int, float]


def _votes_at(
    known: list[tuple[int, int, str, str, str]],
    unknown: dict[str, Unknown],
    decided: dict[str, str],
    want_ends: set[int],
    want_starts: set[int],
) -> tuple[dict[int, Vote], dict[int, Vote]]:
    """The vote of the name that ends (starts) at each offset of ``want_ends``
    (``want_starts``): a known name's, unless a decided name stands there too."""
    ends: dict[int, Vote] = {}
    starts: dict[int, Vote] = {}
    for s, e, label, value, _ in known:
        if e in want_ends or s in want_starts:
            cls = _CLASS.get(label)
            if cls is not None:
                # "Morgan Stanley", "Goldman Sachs": a company's name of several words is no
                # town's; a one-word ORG may be a town's club ("Strasbourg")
                company = cls == ORG and " " in value
                ends[e] = starts[s] = (cls, W_KNOWN_COMPANY if company else W_KNOWN)
    for key, label in decided.items():
        cls = _CLASS.get(label)
        if cls is not None:
            for s, e in unknown[key].spans:
                if e in want_ends or s in want_starts:
                    ends[e] = starts[s] = (cls, W_GUESSED)
    return ends, starts


# a list's names beyond the neighbours vote too ("Chelsea, Arsenal and Manchester City"),
# up to this many more on each side
_FURTHER = 4
Listed = dict[int, tuple[int, Vote]]


def _listed_spans(
    known: list[tuple[int, int, str, str, str]],
    unknown: dict[str, Unknown],
    decided: dict[str, str],
) -> tuple[Listed, Listed]:
    """Every name's span with its vote, by start and by end: the chain of a list is walked
    on them (built only for an article whose names stand beside a join)."""
    by_start: Listed = {}
    by_end: Listed = {}
    for s, e, label, value, _ in known:
        cls = _CLASS.get(label)
        if cls is not None:
            vote = (cls, W_KNOWN_COMPANY if cls == ORG and " " in value else W_KNOWN)
            by_start[s] = (e, vote)
            by_end[e] = (s, vote)
    for key, label in decided.items():
        cls = _CLASS.get(label)
        if cls is not None:
            for s, e in unknown[key].spans:
                by_start[s] = (e, (cls, W_GUESSED))
                by_end[e] = (s, (cls, W_GUESSED))
    return by_start, by_end


_SPEECH_AFTER = (" said", " says", " told", " reported", " announced")


def _speaks_after(text: str, start: int, by_start: Listed) -> bool:
    """Is the name after a comma at ``start`` the subject of what follows ("in Pacific
    Palisades and Malibu, Cal Fire said")? A clause's subject, no name of the list."""
    if not _comma_before(text, start) or start not in by_start:
        return False
    return text.startswith(_SPEECH_AFTER, by_start[start][0])


def _comma_before(text: str, start: int) -> bool:
    """Is the join before the name at ``start`` a comma alone ("A, |B"), not ", and"?"""
    return text[start - 2 : start] == ", "


def _further_after(text: str, start: int, by_start: Listed, votes: list[float]) -> None:
    """Add the votes of the names listed after the neighbour that starts at ``start``, as a
    list runs on: while the joins are commas, the last an "and" ("Chelsea, Arsenal and
    Manchester City"); a clause joined by ", and" is no list ("reported from Midway Atoll,
    and Mark Landler and Coral Davenport from Kaneohe")."""
    e = by_start[start][0]
    comma = _comma_before(text, start)
    for _ in range(_FURTHER):
        if not comma:
            return
        nxt = join_after(text, e) if text[e : e + 2] in _AFTER_HEADS else -1
        if nxt < 0 or nxt not in by_start:
            return
        e, (cls, weight) = by_start[nxt]
        votes[cls] += weight
        comma = _comma_before(text, nxt)


def _further_before(text: str, end: int, by_end: Listed, votes: list[float]) -> None:
    """Add the votes of the names listed before the neighbour that ends at ``end``: back
    over commas ("Chelsea, Arsenal and |Manchester City" takes Chelsea's vote too)."""
    s = by_end[end][0]
    for _ in range(_FURTHER):
        prev = _join_before(text, s) if text[s - 2 : s] in _BEFORE_TAILS else -1
        if prev < 0 or prev not in by_end or not _comma_before(text, s):
            return
        s, (cls, weight) = by_end[prev]
        votes[cls] += weight
