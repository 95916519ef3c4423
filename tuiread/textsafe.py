"""Make untrusted text safe to put on a terminal without changing its length.

Article text, titles, tags and notes are data: an ESC, a carriage return, a C1 control or a
bidi override in them must show as a visible sign, never act on the terminal (set its title,
clear it, reset it, reorder what follows). :func:`visible` is the one function that does it:
each control character is replaced by exactly one visible character, so offsets into the text
stay valid. An escape sequence such as ``ESC ]0;title BEL`` thus shows as ``␛]0;title␇``.
Everything that writes library text to a terminal goes through it (the command line's
output and messages, exports printed to a terminal); files written by exports keep the text
exact.
"""

from __future__ import annotations

import re

_TABLE: dict[int, str] = {}
for _code in range(0x20):
    if _code not in (0x0A, 0x09):  # newline and tab keep their meaning
        _TABLE[_code] = chr(0x2400 + _code)  # the Unicode "control pictures": ␛ ␍ ␀ ...
_TABLE[0x7F] = "\u2421"  # ␡
for _code in range(0x80, 0xA0):  # C1 controls (CSI 0x9b, OSC 0x9d among them)
    _TABLE[_code] = "\ufffd"
# Bidi embeddings, overrides and isolates, and the invisible direction marks: they reorder
# what the terminal shows after them ("Trojan Source").
for _code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
    _TABLE[_code] = "\ufffd"
_TABLE[0x2028] = " "  # line/paragraph separators would break line layout
_TABLE[0x2029] = " "

# The same characters that JSON leaves unescaped (it escapes C0 itself): as \u escapes, the
# document stays the same data and nothing reaches the terminal raw.
_JSON_RISKY = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with every control character replaced by one visible stand-in."""
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """``visible`` and on one line: for titles, tags and table cells."""
    return visible(text).replace("\n", " ").replace("\t", " ")


def json_for_terminal(document: str) -> str:
    """A JSON document with the characters a terminal would act on written as ``\\uXXXX``
    escapes: the same data when parsed, inert when shown."""
    return _JSON_RISKY.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
