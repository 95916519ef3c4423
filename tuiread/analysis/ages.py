"""Ages the number engine leaves counts, read once the whole story is: how old someone is,
a QUANTITY in years as "aged 34" and "a 6-year-old" read (the value the number, a range
"[16,24)").

* After a person's name, between commas: "Daniel Hughes, 34, said", "Mary Smith, 72, from
  Leeds", "named as Tom Reed, 19." News gives an age so far more than any other number in
  that place; the number engine does not know the name is a person's, the entity engine
  does (``ages_after_names``).
* After "the age of" and "the ages of", or "ages": "died at the age of 101", "children ages
  5 to 11", "between the ages of 16 and 24" (``ages_after_age_words``).
* A bare lower end before an age in "-year-olds": "16- to 24-year-olds", "18 to 24 year
  olds" are one range, not a count beside an age (``ranges_of_year_olds``).
"""

from __future__ import annotations

from tuiread.model import Span

from . import compiled

_AGE_DIGITS = compiled.compile(r"[1-9]\d?|1[01]\d")  # 1 to 119
# what closes an age after a name: a comma and a word ("34, said", "34, from Leeds"), or a
# full stop that ends the sentence ("named as Tom Reed, 19."); not a number ("Norman, 68, 70")
_CLOSED = compiled.compile(r",[ \u00a0]+(?![\d(])\S|\.(?:[ \u00a0\n\"'”’)]|$)")
_AGE_OF = compiled.compile(r"(?i)\bage of $")
_AGES = compiled.compile(r"(?i)\bages (?:of )?$")
_RANGE_GAP = compiled.compile(r"[ \u00a0]*(?:-|\u2013|to|and)[ \u00a0]*")
_YEAR_OLDS = compiled.compile(r"(?i)(\d{1,3})[- ]years?[- ]olds?")
_LOWER_END_GAP = compiled.compile(r"(?:-|\u2013)?[ \u00a0]+to[ \u00a0]+")


def _age(start: int, end: int, text: str, value: str | None) -> Span:
    return Span("number", "QUANTITY", start, end, text[start:end], value, "years")


def _range(lo: str | None, hi: str | None) -> str | None:
    """ "[16,24)" for a rising pair of whole numbers, else None."""
    if lo is None or hi is None or not lo.isdigit() or not hi.isdigit() or int(lo) >= int(hi):
        return None
    return f"[{lo},{hi})"


def ages_after_names(numbers: list[Span], entities: list[Span], text: str) -> list[Span]:
    """ "Daniel Hughes, 34, said": a bare whole number of up to three digits right after a
    PERSON and a comma, closed by a comma and a word or by a full stop, is the person's age.
    One look-up per count: the names by end."""
    persons = {e.end: e for e in entities if e.label == "PERSON"}
    if not persons:
        return numbers
    out = numbers
    for i, n in enumerate(numbers):
        if (
            n.label != "CARDINAL"
            or n.start < 3
            or text[n.start - 2 : n.start] != ", "
            or persons.get(n.start - 2) is None
            or not _AGE_DIGITS.fullmatch(n.text)
            or not _CLOSED.match(text, n.end)
        ):
            continue
        if out is numbers:
            out = list(numbers)
        out[i] = _age(n.start, n.end, text, n.value)
    return out


def ages_after_age_words(numbers: list[Span], text: str) -> list[Span]:
    """ "at the age of 65" -> "age of 65" (as "aged 65" and "at age 65" read); "ages 5 to
    11", "between the ages of 16 and 24" -> one range from "ages" ("[5,11)"). Counts only:
    "the age of 18 months" is a duration already."""
    out: list[Span] | None = None
    ordered = sorted(numbers, key=lambda s: s.start)
    gone: set[int] = set()
    for i, n in enumerate(ordered):
        if n.label != "CARDINAL" or not _AGE_DIGITS.fullmatch(n.text) or n.start < 5:
            continue
        if _AGE_OF.search(text, max(0, n.start - 8), n.start):
            out = out or list(ordered)
            out[i] = _age(n.start - 7, n.end, text, n.value)
            continue
        ages = _AGES.search(text, max(0, n.start - 9), n.start)
        if ages is None or i + 1 >= len(ordered):
            continue
        m = ordered[i + 1]
        if (
            m.label != "CARDINAL"
            or not _RANGE_GAP.fullmatch(text, n.end, m.start)
            or (value := _range(n.value, m.value)) is None
        ):
            continue
        out = out or list(ordered)
        out[i] = _age(ages.start(), m.end, text, value)
        gone.add(i + 1)
    if out is None:
        return numbers
    return [s for i, s in enumerate(out) if i not in gone]


def ranges_of_year_olds(numbers: list[Span], text: str) -> list[Span]:
    """ "16- to 24-year-olds", "18 to 24 year olds": a bare count right before an age in
    "-year-olds", across "to", is the range's lower end: one QUANTITY "[16,24)" in years."""
    ordered = sorted(numbers, key=lambda s: s.start)
    out: list[Span] | None = None
    gone: set[int] = set()
    for i in range(len(ordered) - 1):
        n, m = ordered[i], ordered[i + 1]
        if (
            n.label != "CARDINAL"
            or m.label != "QUANTITY"
            or m.unit != "years"
            or not _AGE_DIGITS.fullmatch(n.text)
            or not _LOWER_END_GAP.fullmatch(text, n.end, m.start)
        ):
            continue
        olds = _YEAR_OLDS.fullmatch(m.text)
        if olds is None or (value := _range(n.value, olds.group(1))) is None:
            continue
        out = out or list(ordered)
        out[i] = _age(n.start, m.end, text, value)
        gone.add(i + 1)
    if out is None:
        return numbers
    return [s for i, s in enumerate(out) if i not in gone]
