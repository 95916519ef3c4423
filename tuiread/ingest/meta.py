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
    found = _date_span(text[:limit])
    return found[0] if found else None


def _date_span(text: str) -> tuple[str, int, int] | None:
    """The first explicit date in ``text``: (ISO date, start, end)."""
    for year in _YEAR.finditer(text):
        start = year.start()
        iso = _ISO_DATE.match(text, start, start + 10)
        if iso and (found := _to_iso(iso)):
            return found, iso.start(), iso.end()
        offset = max(0, start - 30)
        window = text[offset : year.end()]
        for pattern in (_MDY, _DMY):
            for match in pattern.finditer(window):
                if match.end() == len(window) and (found := _to_iso(match)):
                    return found, offset + match.start(), offset + match.end()
    return None


# Where an article's own date is written: the lines under its title ("Published 3 March
# 2024", "Mon 4 Mar 2024 10.02 GMT", "By Ann Lee | March 3, 2024") and the dateline that opens
# a wire story ("WASHINGTON, March 3, 2024 (AP) —"). A date anywhere else in the body is about
# something the story tells, not when it was written.
HEADER_LINES = 8  # non-blank lines looked at under the title
HEADER_PARAGRAPHS = 3  # paragraphs of prose whose dateline is read before giving up
_HEADER_WORD = re.compile(
    r"^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|dated?|filed|"
    r"released|issued)\b",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^by\s+\S", re.IGNORECASE)
_LEFTOVER = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?"
    r"|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b[ap]\.?m\b\.?|\b[A-Z]{2,4}\b|\bat\b|\bon\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def header_date(lines: list[str]) -> str | None:
    """The article's date from its header lines or its dateline, else None.

    ``lines`` are the body's lines (below the title). Only the first HEADER_LINES non-blank
    lines are read, and no further than HEADER_PARAGRAPHS paragraphs of prose.
    """
    seen = prose = 0
    for line in lines:
        text = line.strip(" \t\u00a0")
        if not text:
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        if _is_prose(text):
            place, _source, extra = parse_dateline(text)
            if place and extra and (found := find_date(extra)):
                return found
            prose += 1
            if prose >= HEADER_PARAGRAPHS:
                break
            continue
        found_span = _date_span(text)
        if found_span and _is_header_line(text, found_span[1], found_span[2]):
            return found_span[0]
    return None


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 12 or len(line) > 160 or (words >= 6 and bool(_SENTENCE_END.search(line)))


def _is_header_line(line: str, start: int, end: int) -> bool:
    """A short line that is about when the story was written, not a sentence of it."""
    if len(line) > 120:
        return False
    if _HEADER_WORD.match(line) or _BYLINE_START.match(line):
        return True
    if _SENTENCE_END.search(line):
        return False
    rest = _LEFTOVER.sub(" ", line[:start] + " " + line[end:])
    return sum(1 for word in rest.split() if any(ch.isalpha() for ch in word)) <= 3


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
_LIST_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*)$")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter (``---`` ... ``---``) as simple ``key: value`` pairs, and the rest.

    Flat scalar keys are read, and a block list under a key (``tags:`` then ``- a`` lines)
    is given in flow form (``[a, b]``); no YAML library needed, anything else is ignored.
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
    items: dict[str, list[str]] = {}
    key: str | None = None
    for line in lines[1:end]:
        match = _FRONT_KEY.match(line)
        item = _LIST_ITEM.match(line)
        if match:
            key = match.group(1).lower()
            fields[key] = _unquote(match.group(2))
        elif item and key is not None and not fields.get(key):
            items.setdefault(key, []).append(_unquote(item.group(1)))
        elif line.strip() and not line.startswith((" ", "\t", "-", "#")):
            return {}, text  # not front matter after all
    for name, values in items.items():
        fields[name] = "[" + ", ".join(values) + "]"
    return fields, "\n".join(lines[end + 1 :])


def front_matter_tags(value: str) -> tuple[str, ...]:
    """Tags from a front matter value: ``[a, b]``, ``a, b`` or ``a b``."""
    from tuiread.model import normalise_tags

    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    parts = value.split(",") if "," in value else value.split()
    return normalise_tags(_unquote(part) for part in parts if _unquote(part))
