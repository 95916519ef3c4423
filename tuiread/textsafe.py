"""Make untrusted text safe to put on a terminal without changing its length.

Article text, titles and notes are data: an ESC, a carriage return or a bidi override in
them must show as a visible sign, never act on the terminal. Each control character is
replaced by exactly one visible character so that offsets into the text stay valid.
"""

from __future__ import annotations

_TABLE: dict[int, str] = {}
for _code in range(0x20):
    if _code not in (0x0A, 0x09):  # newline and tab keep their meaning
        _TABLE[_code] = chr(0x2400 + _code)  # the Unicode "control pictures": ␛ ␍ ␀ ...
_TABLE[0x7F] = "\u2421"  # ␡
for _code in range(0x80, 0xA0):  # C1 controls (CSI 0x9b among them)
    _TABLE[_code] = "\ufffd"
for _code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):  # bidi embeddings/overrides
    _TABLE[_code] = "\ufffd"
_TABLE[0x2028] = " "  # line/paragraph separators would break line layout
_TABLE[0x2029] = " "


def visible(text: str) -> str:
    """``text`` with every control character replaced by one visible stand-in."""
    return text.translate(_TABLE)


def one_line(text: str) -> str:
    """``visible`` and on one line: for titles, tags and table cells."""
    return visible(text).replace("\n", " ").replace("\t", " ")
