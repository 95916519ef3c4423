"""File names made from article titles that are safe on every system Obsidian runs on.

Rules, in order: Unicode NFC (macOS stores decomposed names; the same title must give the same
name); characters that Windows, macOS or Linux refuse (``< > : " / \\ | ? *``, control
characters), bidi controls (they show a name reordered: ``Report``, a right-to-left
override and ``fdp.exe`` read ``Reportexe.pdf``) and the characters that break an Obsidian
link (``# ^ [ ]``) become spaces; runs of whitespace become one space; leading and trailing
spaces and dots go (Windows drops a trailing dot, a leading one hides the file); at most
:data:`MAX_CHARS` characters and :data:`MAX_BYTES` UTF-8 bytes (a name is limited to 255
bytes, and Windows paths to 260 characters); a Windows device name (``CON``, ``nul``,
``COM1``...) gets ``_``; nothing left gives ``Untitled``. Names are unique ignoring case
(Windows and macOS file systems ignore it): a second "Report" becomes "Report (2)".
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 100
MAX_BYTES = 180
_FORBIDDEN = re.compile(
    r'[<>:"/\\|?*#^\[\]\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff'
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"\s+")
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{name}{n}" for name in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)


def _clip(name: str) -> str:
    name = name[:MAX_CHARS]
    while len(name.encode("utf-8")) > MAX_BYTES:
        name = name[:-1]
    return name.strip(" .")


def safe_stem(title: str) -> str:
    """A file name (without extension) for ``title``; see the module docstring."""
    name = unicodedata.normalize("NFC", title)
    name = _FORBIDDEN.sub(" ", name)
    name = _SPACES.sub(" ", name).strip(" .")
    name = _clip(name)
    if name.split(".", 1)[0].strip().upper() in _DEVICES:
        name += "_"
    return name or "Untitled"


def _key(stem: str) -> str:
    return unicodedata.normalize("NFC", stem).casefold()


class NameBook:
    """Hands out unique stems for one folder (unique ignoring case)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, title: str, *, fits: object = None) -> str:
        """A stem for ``title`` not handed out before; ``fits(stem)`` (optional) may refuse a
        stem (say, a file already there that is not ours): the next number is tried."""
        base = safe_stem(title)
        stem = base
        n = 1
        while _key(stem) in self._taken or (callable(fits) and not fits(stem)):
            n += 1
            suffix = f" ({n})"
            stem = _clip(base[: MAX_CHARS - len(suffix)]) + suffix
        self._taken.add(_key(stem))
        return stem
