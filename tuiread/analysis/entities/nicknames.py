"""A nickname in quotation marks inside a person's name: 'Ramesh "Sunny" Balwani', "Joaquín
'El Chapo' Guzmán". The run of capitals stops at the marks, so the given name was read
alone (a town, by its letters) and the surname alone: together, with the nickname, they are
one person, and the surname later in the story is that person too.

Run over the finished spans (``document.finish``), only in a text with a quotation mark: the
two characters after each span find the few followed by an opening mark.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

# ' "Sunny" ', ' ‘El Chapo’ ': one to three capitalised words between marks, a space either side
_NICKNAME = compiled.compile(r" [\"“‘'][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}[\"”’'] ")
_MARKS = "\"“‘'"
_OPENINGS = frozenset(" " + mark for mark in _MARKS)  # a space and an opening mark


def nicknamed_names(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """``spans`` and ``rules`` with each given name, nickname and person's surname made one
    PERSON ('Ramesh "Sunny" Balwani', valued "Ramesh Balwani"), and the lone surname's other
    mentions valued so too."""
    # a text without quotation marks holds no nickname: four scans of it for one character;
    # else the two characters after each span (the text's " 's" are too many to index)
    if '"' not in text and "“" not in text and "‘" not in text and "'" not in text:
        return spans, rules  # (four tests written out: ``any`` over a generator costs more)
    openings = _OPENINGS
    merged: dict[int, int] = {}  # index of the given name -> index of the surname's span
    n = len(spans)
    for k, sp in enumerate(spans):
        e = sp.end
        if text[e : e + 2] not in openings or " " in sp.text:
            continue
        m = _NICKNAME.match(text, sp.end)
        if m is None:
            continue
        j = k + 1
        while j < n and spans[j].start < m.end():
            j += 1  # (the nickname itself may have been read as a name)
        if j < n and spans[j].start == m.end() and spans[j].label == "PERSON":
            merged[k] = j
    if not merged:
        return spans, rules
    full: dict[str, str] = {}  # surname -> the full name
    out: list[Span] = []
    out_rules: list[str] = []
    skip: set[int] = set()
    for given, last in merged.items():
        skip.update(range(given + 1, last + 1))
    for k, sp in enumerate(spans):
        if k in skip:
            continue
        at = merged.get(k)
        if at is None:
            out.append(sp)
            out_rules.append(rules[k])
            continue
        surname = spans[at]
        value = f"{sp.text} {surname.value or surname.text}"
        full[surname.text] = value
        out.append(
            Span("entity", "PERSON", sp.start, surname.end, text[sp.start : surname.end], value)
        )
        out_rules.append("nicknames:nickname-inside-name")
    for k, sp in enumerate(out):
        if sp.label == "PERSON" and sp.text in full and sp.value in (sp.text, None):
            out[k] = Span("entity", "PERSON", sp.start, sp.end, sp.text, full[sp.text])
    return out, out_rules
