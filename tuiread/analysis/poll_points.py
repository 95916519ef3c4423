"""Points of a share in an election or a poll: "a swing of 10.2 points", "a 4.5-point swing",
"the Democrats led by 3 points", "trails Labour by six points". A poll's points are points
of a share of the vote, as "5 percentage points" are, so they read as it does: a PERCENT
whose value is the number, the word "points" in the span. Points scored ("LeBron James
scored 20 points") and an index's points ("the FTSE 100 fell 50 points") stay counts: only a
sentence that speaks of votes, polls, seats or parties, and of no game, makes them shares.
"""

from __future__ import annotations

from tuiread.model import Span

from . import compiled

# "points" or "-point" right after the number ("10.2 points", "4.5-point swing"), not the
# points of a plan or a scale ("a 10-point plan", "on a 7-point scale")
_POINTS_AFTER = compiled.compile(
    r"(?:[ \u00a0]points?|-point)\b(?![ \u00a0-](?:plan|programme|program|agenda|list|scale"
    r"|system|charter|manifesto|strategy|proposals?|play|shot|game|win|victory|defeat|loss"
    r"|margin of victory|penalty)\b)"
)
_POLL_WORDS = compiled.compile(
    r"(?i)\b(?:polls?|polling|pollsters?|opinion|survey|swing|votes?|voters?|voted|vote share"
    r"|elections?|by-elections?|electorate|ballots?|seats?|constituency|approval|primary"
    r"|caucus(?:es)?|candidates?|labour|tor(?:y|ies)|conservatives?|democrats?|republicans?"
    r"|lib dems?|liberal democrats|reform uk|snp|yougov|ipsos|gallup|savanta|opinium)\b"
)
_GAME_WORDS = compiled.compile(
    r"(?i)\b(?:scor\w*|games?|match(?:es)?|rebounds?|assists|touchdowns?|goals?|quarters?"
    r"|half-time|halftime|innings|wickets?|league|tournament|championship|coach|season|playoffs?"
    r"|index|ftse|dow|nasdaq|s&p|nikkei|stocks?|shares)\b"
)
_SENTENCE_END = compiled.compile(r"[.!?](?=[ \u00a0\n\"'”’]|$)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start..end`` (at most 300 characters each way)."""
    lo = max(0, start - 300)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        last = m.end()
    close = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return last, close.start() if close else min(len(text), end + 300)


def points_of_a_share(numbers: list[Span], text: str) -> list[Span]:
    """``numbers`` with each count of points in a sentence about an election or a poll read
    as a PERCENT ("a swing of 10.2 points" -> "10.2 points", 10.2, "%")."""
    out = numbers
    for i, n in enumerate(numbers):
        if n.label != "CARDINAL" or (p := _POINTS_AFTER.match(text, n.end)) is None:
            continue
        try:
            if not 0 < float(n.value or "") <= 100:
                continue
        except ValueError:
            continue
        lo, hi = _sentence(text, n.start, n.end)
        if not _POLL_WORDS.search(text, lo, hi) or _GAME_WORDS.search(text, lo, hi):
            continue
        if out is numbers:
            out = list(numbers)
        end = p.end()
        out[i] = Span("number", "PERCENT", n.start, end, text[n.start : end], n.value, "%")
    return out
