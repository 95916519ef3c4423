"""The version of a technology standard: "Wi-Fi 7", "Bluetooth 5.3", "USB 3.2", "HDMI 2.1",
"Thunderbolt 4". Gadget and telecoms news writes a standard's version as a bare number after
its name, and the number is no count of anything: it is dropped, as a label's number is
("Highway 35"). The names are a table, ``data/tech_standards.txt``. (A generation glued to
its letter, "5G", "4G", is no number span at all.) Its own module: ``context`` is near its
size limit.
"""

from __future__ import annotations

from .lexicon import word_list

TECH_STANDARDS = frozenset(word_list("tech_standards.txt"))
# the last letter of each name, either case: most numbers follow none, and are let go at once
_LAST_LETTERS = frozenset(w[-1] for w in TECH_STANDARDS) | frozenset(
    w[-1].upper() for w in TECH_STANDARDS
)
_LONGEST = max(map(len, TECH_STANDARDS)) + 1


def standard_version(text: str, s: int) -> bool:
    """Whether the bare number at ``s`` follows a standard's name and a blank ("Wi-Fi 7",
    "USB 3.2"), written with its capitals ("bluetooth 5" in lower case is not trusted)."""
    j = s - 1
    if j < 1 or text[j] not in " \u00a0" or text[j - 1] not in _LAST_LETTERS:
        return False
    k = max(text.rfind(" ", max(0, j - _LONGEST), j), text.rfind("\n", max(0, j - _LONGEST), j))
    word = text[k + 1 : j]
    return word[:1].isupper() and word.lower() in TECH_STANDARDS
