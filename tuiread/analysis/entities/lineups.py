"""Team sheets: the line of a match report that lists a side's players.

"Aston Villa: Martinez; Cash, Konsa, Torres, Digne; Kamara, Tielemans; Rogers, McGinn
(Buendia 70), Malen; Watkins." A side's name, a colon, then surnames parted by commas and
semicolons (the lines of the formation), a substitute and his minute in brackets: every
name after the colon is a player (PERSON), though alone it reads as a common word ("Cash",
"Rice", "Timber"), a town ("Mosquera") or nothing the lists know. Run over the finished
spans (``document.finish``) only when the text holds a semicolon; the line must list seven
names or more, so a sentence with a colon and a list of towns is no team sheet.
"""

from __future__ import annotations

import re

from tuiread.model import Span

from .. import compiled

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_WORD = rf"[{_UP}][\w'’-]*"
# a player: one to three capitalised words ("Martinez", "Van Dijk", "Alexander-Arnold")
_PLAYER = rf"(?:{_WORD}(?: {_WORD}){{0,2}})"
# a line: the side, a colon, then the players, a substitute in brackets after one of them
_SHEET = compiled.compile(
    rf"^[^\W\d_][^:\n]{{0,40}}: ({_PLAYER}(?: \({_PLAYER} \d{{1,3}}\))?"
    rf"(?:[;,] {_PLAYER}(?: \({_PLAYER} \d{{1,3}}\))?){{6,}})\.?$",
    re.M,
)
_NAME = compiled.compile(_PLAYER)
RULE = "context:team-sheet"


def team_sheets(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """Apply the rule of the module docstring to the sorted spans; spans and rules."""
    players: list[tuple[int, int]] = []
    for m in _SHEET.finditer(text):
        for n in _NAME.finditer(text, m.start(1), m.end(1)):
            players.append(n.span())
    if not players:
        return spans, rules
    taken: set[int] = set()
    for s, e in players:
        taken.update(range(s, e))
    kept = [
        (sp, rule)
        for sp, rule in zip(spans, rules, strict=True)
        if sp.start not in taken and sp.end - 1 not in taken
    ]
    kept += [(Span("entity", "PERSON", s, e, text[s:e], text[s:e]), RULE) for s, e in players]
    kept.sort(key=lambda pair: pair[0].start)
    return [sp for sp, _ in kept], [rule for _, rule in kept]
