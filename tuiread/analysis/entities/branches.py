"""An acronym and the place after it in one run are one body: "NHS England", "BBC Scotland"
(``wholes.acronym_branch`` says which pairs may join); read on the segments of a run's plan
(``runs.segmented``)."""

from __future__ import annotations

from .. import compiled
from .segment import Placed
from .wholes import acronym_branch

# a lower-case word after a name that is no noun it describes: a verb or a function word
_CLAUSE_AFTER = compiled.compile(
    r" (?:[a-z]+ed|said|says|has|have|had|is|was|will|would|can|could|may|must|and|or|on|in"
    r"|at|for|to|of|with|by|from|which|who|that|also|as)\b"
)
_LOWER_AFTER = compiled.compile(r" [a-z]")


def branches_joined(text: str, end: int, chunk: str, segs: list[Placed]) -> list[Placed]:
    """ "NHS England", "BBC Scotland reported": an acronym and the place after it are one
    body (``wholes.acronym_branch``), unless a common noun follows them, which the pair
    describes ("the OSCE Chechnya mission", "a 1.2 bln SKR China order")."""
    out: list[Placed] = []
    for seg in segs:
        if out:
            a = out[-1]
            if (
                a[1] + 1 == seg[0]
                and len(a[4]) == 1
                and len(seg[4]) == 1
                and acronym_branch(a[3], a[2], seg[2])
                and not (
                    seg[1] == len(chunk)
                    and _LOWER_AFTER.match(text, end)
                    and not _CLAUSE_AFTER.match(text, end)
                )
            ):
                out[-1] = (
                    a[0],
                    seg[1],
                    "ORG",
                    chunk[a[0] : seg[1]],
                    a[4] + seg[4],
                    a[5],
                    seg[6],
                    a[7],
                )
                continue
        out.append(seg)
    return out
