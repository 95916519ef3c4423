"""Verbs before a number's cue word that change what the cue says: "handed over 735
aircraft" hands over 735 (no "more than"), "the shares closed at 14.32" is a level, no
clock time, and "the run-up to 2024" names a year, no upper bound. Each test looks at the one word before the cue, a slice of at most 16
characters."""

from __future__ import annotations

# verbs whose "over" is a particle: "handed over 735 aircraft", "turned over £5m" (a turnover
# of £5m), "signed over 40 acres"; "took over" is left out ("took over 100 wickets" is more
# than 100)
_OVER_PARTICLE_VERBS = frozenset(
    f"{stem}{end}" for stem in ("hand", "turn", "sign") for end in ("", "s", "ed", "ing")
)
# verbs of a level that a number after "at" gives: "closed at 14.32", "stood at 10.45"
_LEVEL_VERBS = frozenset(
    (
        "stood", "stands", "stand", "standing", "settled", "settles", "traded", "trades",
        "trading", "peaked", "priced", "valued", "measured", "estimated", "pegged", "fixed",
        "capped", "closed", "closes", "close", "closing", "ended", "ends", "finished",
        "opened", "opens", "steady", "unchanged", "flat",
    )
)  # fmt: skip
# minutes that a clock time is mostly given in: "closed at 11.30" stays a time
_ROUND_MINUTES = ("00", "15", "30", "45")


def _word_before(text: str, i: int) -> str:
    """The word that ends at the blank before ``text[i]``, in small letters ("" if none)."""
    j = i - 1
    if j < 1 or text[j] not in " \u00a0":
        return ""
    k = text.rfind(" ", max(0, j - 16), j)
    return text[k + 1 : j].lower()


def over_is_a_particle(text: str, over_start: int) -> bool:
    """Whether the "over" at ``over_start`` belongs to the verb before it ("handed over 735
    aircraft", "turned over £5m"): then the number after it is no lower bound."""
    return _word_before(text, over_start) in _OVER_PARTICLE_VERBS


def level_before_at(text: str, at_start: int, number: str) -> bool:
    """Whether "at" and the number with a point after it (``number``, "14.32") give a level
    and no clock time: after a verb of a price or a measure ("the shares closed at 14.32",
    "the index stood at 10.47"), unless the minutes are a round quarter ("the polls closed
    at 22.00", "the talks ended at 11.30")."""
    return number[-2:] not in _ROUND_MINUTES and _word_before(text, at_start) in _LEVEL_VERBS


def noun_before_up_to(text: str, up_start: int) -> bool:
    """Whether the "up" of "up to" at ``up_start`` ends a noun joined by a hyphen ("in the
    run-up to 2024", "the build-up to the final", "the lead-up to 2030"): then "to" and the
    number after it say when, no upper bound."""
    return up_start > 0 and text[up_start - 1] == "-"
