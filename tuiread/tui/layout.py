"""Pure text layout for the reader: wrap ``Article.text`` to a width, keep offsets.

No Textual here, so it can be tested on its own. The layout splits the text into display
lines that *partition* it: every character of ``text`` belongs to exactly one text line
(the newline that ends a paragraph and the spaces at a wrap point belong to the line before
the break), so any offset maps to a (line, column) and back. Page furniture lines are extra
display lines with no text range; they are never a cursor position.

Widths are terminal cells (``rich.cells``): CJK and most emoji take two cells, combining
marks none. Control characters are shown by ``tuiread.textsafe.visible`` stand-ins of the
same length, so the display string of a line has the same number of characters as its range.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size

from tuiread.textsafe import visible

_TOKEN = re.compile(r"\s*\S+\s*|\s+")
_WORD = re.compile(r"\w+|[^\w\s]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")

__all__ = ["DisplayLine", "Layout", "char_width", "layout_text", "display_text"]


# Whatever ``textsafe.visible`` replaces, plus the tab; searched first because most articles
# have none and ``str.translate`` over a long text is slow.
_NEEDS_STAND_IN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def display_text(text: str) -> str:
    """``text`` as drawn: control characters made visible, tabs as one space (same length).
    Newlines are kept (they end paragraphs)."""
    if not _NEEDS_STAND_IN.search(text):
        return text
    return visible(text).replace("\t", " ")


def char_width(ch: str) -> int:
    return get_character_cell_size(ch)


def _width(text: str) -> int:
    """Cells ``text`` takes; a newline (only ever last on a row) counts as one, where the
    cursor shows it."""
    if text.isascii():
        return len(text)
    return cell_len(text) + (1 if text.endswith("\n") else 0)


@dataclass(frozen=True, slots=True)
class DisplayLine:
    """One row on screen. For a text line ``[start, end)`` is its range in the text; for a
    furniture row ``furniture`` is the index into the article's furniture and ``piece`` the
    wrapped part of that line to draw (``start == end == at``)."""

    start: int
    end: int
    furniture: int | None = None
    piece: str = ""

    @property
    def is_text(self) -> bool:
        return self.furniture is None


class Layout:
    """Display lines for one text at one width, with offset <-> position mapping."""

    def __init__(
        self, text: str, width: int, lines: list[DisplayLine], shown: str | None = None
    ) -> None:
        self.text = text
        self.shown = display_text(text) if shown is None else shown
        self.width = width
        self.lines = lines
        # Indices of the text lines (not furniture) and their starts, for bisecting.
        self.text_rows: list[int] = [i for i, line in enumerate(lines) if line.furniture is None]
        self.starts: list[int] = [lines[i].start for i in self.text_rows]

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def content_width(self) -> int:
        return self.width

    def row_of(self, offset: int) -> int:
        """The display row holding ``offset`` (0 <= offset <= len(text))."""
        offset = max(0, min(offset, len(self.text)))
        k = bisect_right(self.starts, offset) - 1
        k = max(0, k)
        # An empty line shares its start with nothing else, but a line may be empty only at the
        # very end (offset == len(text)); bisect_right already picks the last such line.
        return self.text_rows[k]

    def line_text(self, row: int) -> str:
        """What row ``row`` shows (without its trailing newline)."""
        line = self.lines[row]
        if line.furniture is not None:
            return line.piece
        return self.shown[line.start : line.end].rstrip("\n")

    def position(self, offset: int) -> tuple[int, int]:
        """(row, cell column) of ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        row = self.row_of(offset)
        line = self.lines[row]
        return row, _width(self.shown[line.start : offset])

    def offset_at(self, row: int, column: int) -> int:
        """The offset drawn at (row, column): the character whose cells cover ``column``
        (zero-width marks go with the character after them); past the end of a line, its
        last offset (its newline or trailing space)."""
        row = max(0, min(row, len(self.lines) - 1))
        line = self.lines[row]
        if line.furniture is not None:
            row = self.nearest_text_row(row)
            line = self.lines[row]
        last = line.end if row == self.text_rows[-1] else max(line.start, line.end - 1)
        column = max(0, column)
        segment = self.shown[line.start : line.end]
        if segment.isascii():
            return min(line.start + column, last)
        x = 0
        for i, ch in enumerate(segment):
            w = 1 if ch == "\n" else char_width(ch)
            if x + w > column:
                return min(line.start + i, last)
            x += w
        return last

    def nearest_text_row(self, row: int) -> int:
        """The first text row at or after ``row`` (else the last before it)."""
        k = bisect_right(self.text_rows, row - 1)
        if k < len(self.text_rows):
            return self.text_rows[k]
        return self.text_rows[-1]

    def text_row_index(self, row: int) -> int:
        """Position of display ``row`` among the text rows."""
        return bisect_right(self.text_rows, row) - 1

    # Motions on the text ------------------------------------------------------------------
    def next_word(self, offset: int) -> int:
        for m in _WORD.finditer(self.text, offset):
            if m.start() > offset:
                return m.start()
        return max(0, len(self.text) - 1) if self.text else 0

    def previous_word(self, offset: int) -> int:
        best = 0
        for m in _WORD.finditer(self.text, max(0, offset - 400), offset):
            if m.start() < offset:
                best = m.start()
        if best == 0 and offset > 400:
            for m in _WORD.finditer(self.text, 0, offset):
                best = m.start()
        return best

    def word_end(self, offset: int) -> int:
        for m in _WORD.finditer(self.text, offset):
            if m.end() - 1 > offset:
                return m.end() - 1
        return max(0, len(self.text) - 1) if self.text else 0


def paragraph_range(text: str, offset: int) -> tuple[int, int]:
    """The paragraph (text between newlines) around ``offset``, without surrounding spaces."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return _trim(text, start, end)


def sentence_range(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset`` within its paragraph, trimmed of spaces."""
    p_start, p_end = paragraph_range(text, offset)
    if p_start >= p_end:
        return p_start, p_end
    start = p_start
    for m in _SENTENCE_END.finditer(text, p_start, p_end):
        if m.end() <= offset:
            start = m.end()
        else:
            return _trim(text, start, m.end())
    return _trim(text, start, p_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WORD_RUN = re.compile(r"\S+")
# Characters that take exactly one cell (checked against rich.cells); a paragraph made only
# of them is wrapped by a regular expression, in C, which keeps 20,000 words well under 10 ms.
_ONE_CELL = re.compile("[\x20-\x7e\xa0-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e]*")
_LINE_PATTERNS: dict[int, re.Pattern[str]] = {}


def _line_pattern(width: int) -> re.Pattern[str]:
    pattern = _LINE_PATTERNS.get(width)
    if pattern is None:
        # The longest run of up to ``width`` characters that ends before a space (the spaces
        # after it go with it), else a hard cut of ``width`` characters (a word too long).
        pattern = re.compile(rf".{{1,{width}}}(?:\s+|$)|.{{{width}}}")
        _LINE_PATTERNS[width] = pattern
    return pattern


def _wrap_paragraph(shown: str, start: int, end: int, width: int, out: list[DisplayLine]) -> None:
    """Greedy word wrap of ``shown[start:end]`` (no newlines inside) into ``out``.

    Breaks go before a word that does not fit; the spaces before it stay on the line above
    (they may overflow, they are never drawn past the edge). A word longer than a line is cut
    by cells, never before a zero-width mark."""
    if _width(shown[start:end].rstrip()) <= width:
        out.append(DisplayLine(start, end))
        return
    if _ONE_CELL.fullmatch(shown, start, end):
        out.extend(DisplayLine(*m.span()) for m in _line_pattern(width).finditer(shown, start, end))
        return
    line_start = start
    x = 0  # cells from line_start to pos
    pos = start
    has_word = False
    for m in _WORD_RUN.finditer(shown, start, end):
        word_start, word_end = m.span()
        gap = (
            word_start - pos
            if pos == word_start or shown[pos:word_start].isascii()
            else cell_len(shown[pos:word_start])
        )
        word = shown[word_start:word_end]
        word_w = len(word) if word.isascii() else cell_len(word)
        if has_word and x + gap + word_w > width:
            out.append(DisplayLine(line_start, word_start))
            line_start = word_start
            x = 0
        else:
            x += gap
        if x + word_w > width:
            for i in range(word_start, word_end):
                w = char_width(shown[i])
                if x + w > width and i > line_start and w > 0:
                    out.append(DisplayLine(line_start, i))
                    line_start = i
                    x = 0
                x += w
        else:
            x += word_w
        has_word = True
        pos = word_end
    out.append(DisplayLine(line_start, end))


def layout_text(
    text: str,
    width: int,
    furniture: Sequence[tuple[int, str]] = (),
) -> Layout:
    """Wrap ``text`` to ``width`` cells. ``furniture`` ((at, line) pairs) adds display rows
    before the text line that starts at ``at`` (or after the line holding it)."""
    width = max(1, width)
    shown = display_text(text)
    lines: list[DisplayLine] = []
    pos = 0
    n = len(text)
    while True:
        nl = shown.find("\n", pos)
        if nl < 0:
            if pos < n or not lines:
                _wrap_paragraph(shown, pos, n, width, lines)
            break
        # The paragraph's newline belongs to its last line.
        before = len(lines)
        _wrap_paragraph(shown, pos, nl, width, lines)
        last = lines[-1]
        lines[-1] = DisplayLine(last.start, nl + 1)
        del before
        pos = nl + 1
        if pos == n:
            break
    if furniture:
        lines = _insert_furniture(lines, furniture, width)
    return Layout(text, width, lines, shown)


def _insert_furniture(
    lines: list[DisplayLine], furniture: Sequence[tuple[int, str]], width: int
) -> list[DisplayLine]:
    starts = [line.start for line in lines]
    by_row: dict[int, list[int]] = {}
    after: list[int] = []
    for index, (at, _line) in enumerate(furniture):
        k = bisect_right(starts, at) - 1
        if k < 0:
            k = 0
        if lines[k].start == at:
            by_row.setdefault(k, []).append(index)
        elif k + 1 < len(lines):
            by_row.setdefault(k + 1, []).append(index)
        else:
            after.append(index)
    out: list[DisplayLine] = []

    def add(index: int, at: int) -> None:
        shown = display_text(furniture[index][1]).replace("\n", " ")
        pieces: list[DisplayLine] = []
        _wrap_paragraph(shown, 0, len(shown), width, pieces)
        for piece in pieces:
            out.append(DisplayLine(at, at, index, shown[piece.start : piece.end]))

    for k, line in enumerate(lines):
        for index in by_row.get(k, ()):
            add(index, line.start)
        out.append(line)
    end = lines[-1].end
    for index in after:
        add(index, end)
    return out
