"""Metadata found in an article's text: dateline (place, source), dates, Markdown front matter."""

from __future__ import annotations

import re
from datetime import date

# "TOKYO (Sputnik) —", "TOKYO (AA) –", "WASHINGTON —", "LONDON, Sept 3 (Reuters) -",
# "SAN FRANCISCO, Calif. (AP) --", "BEIRUT/ANKARA (Reuters) -".
_DATELINE = re.compile(
    r"""^[\s\u00a0]*
    (?P<place>[^\W\d_][^\W\d_]*(?:[ .'’/&-]{1,2}[^\W\d_]+){0,4}\.?)
    (?:,[\s\u00a0]*(?P<extra>[^()\n—–]{1,40}?))?
    [\s\u00a0]*(?:\((?P<source>[^()\n]{1,40})\))?
    [\s\u00a0]*(?P<dash>—|–|--|-|:)[\s\u00a0]""",
    re.VERBOSE,
)

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO_DATE = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\d])"
)
_MDY = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)
_DMY = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def parse_dateline(line: str) -> tuple[str | None, str | None, str | None]:
    """(place, source, extra) when ``line`` opens with a news dateline, else Nones."""
    head = line.lstrip(" \t\u00a0")[:1]
    if not head or not head.isupper():
        return None, None, None
    match = _DATELINE.match(line[:120])
    if not match:
        return None, None, None
    place = match.group("place").strip(" .")
    source = (match.group("source") or "").strip() or None
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) < 2 or len(place) > 40:
        return None, None, None
    if not place.isupper():
        # "Tokyo (Kyodo) —" : a capitalised place needs its agency in brackets.
        words = place.replace("/", " ").split()
        if (
            source is None
            or not source[:1].isupper()
            or len(words) > 3
            or not all(w[:1].isupper() for w in words)
        ):
            return None, None, None
    dash = match.group("dash")
    if (
        source is None
        and match.group("extra") is None
        and (dash == "-" or (dash == ":" and " " not in place))
    ):
        # "US - Japan talks" or "NOTE: ..." are not datelines; "NEW DELHI: ..." is.
        return None, None, None
    if source is not None and (len(source.split()) > 5 or not any(c.isalpha() for c in source)):
        source = None
    return place, source, (match.group("extra") or "").strip() or None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def find_date(text: str, limit: int = 20000) -> str | None:
    """The first explicit calendar date (year, month and day) in the first ``limit``
    characters of ``text``, as ISO ``YYYY-MM-DD``, or None."""
    text = text[:limit]
    for year in _YEAR.finditer(text):
        start = year.start()
        iso = _ISO_DATE.match(text, start, start + 10)
        if iso and (found := _to_iso(iso)):
            return found
        window = text[max(0, start - 30) : year.end()]
        for pattern in (_MDY, _DMY):
            for match in pattern.finditer(window):
                if match.end() == len(window) and (found := _to_iso(match)):
                    return found
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    try:
        year = int(groups["year"])
        month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        return date(year, month, day).isoformat()
    except (KeyError, ValueError, TypeError):
        return None


def normalise_date(value: str) -> str | None:
    """A front-matter date as ISO ``YYYY-MM-DD`` when it reads as one, else the value as given."""
    value = value.strip().strip("'\"")
    if not value:
        return None
    found = find_date(value)
    return found or value[:40]


_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter (``---`` ... ``---``) as simple ``key: value`` pairs, and the rest.

    Only flat scalar keys are read (no YAML library needed); anything else is ignored.
    Returns ``({}, text)`` when the text does not open with front matter.
    """
    if not text.startswith("---\n"):
        return {}, text
    lines = text.split("\n")
    for end in range(1, min(len(lines), 200)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        return {}, text
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_KEY.match(line)
        if match:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields[match.group(1).lower()] = value
        elif line.strip() and not line.startswith((" ", "\t", "-", "#")):
            return {}, text  # not front matter after all
    return fields, "\n".join(lines[end + 1 :])
