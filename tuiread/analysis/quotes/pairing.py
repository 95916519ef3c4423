"""Rule 1, pairing marks: every quoted stretch of the text, marks included.

``str.find`` scans list every double quotation mark (straight and curly, « » „ too). Each
mark is read as an opener, a closer or either from the characters around it, and a small
state machine walks the marks only: nested marks, mixed pairs (“ ... "), quotes that run
over several paragraphs (a paragraph that ends open and the next one opening again with a
mark of the same style, straight or curly), and
unbalanced marks, recovered at the paragraph boundary instead of upsetting the rest of the
article. Quotations in single curly marks (‘We will win,’ he said) are added where no
double-marked quote covers them.
"""

from __future__ import annotations

from bisect import bisect_right

from ..trace import Trace
from .lexicon import CLOSE_AFTER, MARK_CHARS, OPEN_BEFORE, OPENERS, SPACE, SPEECH_SET
from .records import FAMILY
from .text import PARA_MAX, line_start


def _kind(text: str, i: int, ch: str, n: int) -> int:
    """1 opener, 2 closer, 3 either, read from the characters around the mark at ``i``."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < n else "\n"
    opens = before in OPEN_BEFORE or before in MARK_CHARS
    closes = after in CLOSE_AFTER or after in MARK_CHARS
    if ch in "“„«‟":
        if closes and not opens and after not in OPENERS:
            return 2  # a “ used as a closer: word“ + space
        return 1
    if ch in "”»":
        if opens and not closes:
            return 1  # ” used as an opener: space + ”word
        return 2
    if opens and not closes:
        return 1
    if closes and not opens:
        return 2
    return 3


def _pair(text: str, trace: Trace | None) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch, marks included, in text order."""
    n = len(text)
    out: list[tuple[int, int]] = []
    qstart = -1  # start of the quote being read (-1: none open)
    depth = 0
    last = 0  # position of the previous mark
    skip = -1  # the closing mark of a markup attribute value
    paragraphs = 1  # paragraphs the open quote spans
    for i in _mark_positions(text):
        if i <= skip:
            continue
        ch = text[i]
        kind = _kind(text, i, ch, n)
        if qstart >= 0:
            nl = text.find("\n", last, i)
            if nl >= 0:
                # The paragraph ended with the quote still open.
                if (
                    kind != 2
                    and not text[nl:i].strip()
                    and (ch == '"') == (text[qstart] == '"')
                    and _opens_speech(text, qstart)
                ):
                    # The next paragraph opens with a mark of the same style: the quote
                    # continues. A curly mark after straight ones opens a new quote (an
                    # excerpt in straight marks, the speech inside it in curly ones).
                    last = i
                    depth = 1
                    paragraphs += 1
                    continue
                _recover(text, qstart, nl, out, trace)
                qstart, depth = -1, 0
        last = i
        if qstart < 0:
            if kind == 2:
                continue  # a stray closer
            if i and text[i - 1] == "=":
                skip = text.find(ch, i + 1, i + 2000)
                if trace is not None:
                    end = skip + 1 if skip > i else i + 1
                    trace.rejected(FAMILY, text, i, end, "pairing:markup", "an attribute value")
                continue  # markup attribute value: <tweet pic="..." author="...">
            qstart, depth, paragraphs = i, 1, 1
            continue
        if kind == 1 and not (ch == '"' and depth == 1 and text[qstart] != '"'):
            depth += 1  # a nested quotation
            continue
        depth -= 1
        if depth <= 0:
            out.append((qstart, i + 1))
            if trace is not None and paragraphs > 1:
                trace.kept(
                    FAMILY,
                    text,
                    qstart,
                    i + 1,
                    "pairing:runs-over-paragraphs",
                    f"{paragraphs} paragraphs, each opening with a mark, closed at the end",
                )
            qstart, depth = -1, 0
    if qstart >= 0:
        nl = text.find("\n", last)
        _recover(text, qstart, n if nl < 0 else nl, out, trace)
    return out


def _add_single(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single curly marks (‘We will win,’ he said) outside every double-marked
    one. The closer is the first ’ that ends a word (not the apostrophe of "won’t") in the
    same paragraph; an opener with none is left alone. Marks and line breaks are listed once
    and looked up by bisection, so a text of openers with no closer stays linear."""
    n = len(text)
    starts = [p[0] for p in pairs]
    closers = _positions(text, "’")
    breaks = _positions(text, "\n")
    extra: list[tuple[int, int]] = []
    i = text.find("‘")
    while i >= 0:
        nxt = i + 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        k = bisect_right(starts, i) - 1
        inside = k >= 0 and pairs[k][1] > i
        if not inside and (before in OPEN_BEFORE or before in MARK_CHARS) and after not in SPACE:
            j = _single_closer(text, i, closers, breaks)
            if j > i + 1:
                extra.append((i, j + 1))
                nxt = j + 1
        i = text.find("‘", nxt)
    if not extra:
        return pairs
    return sorted(pairs + extra)


_RUN_ON = 6  # paragraphs a single-marked quote may run over


def _single_closer(text: str, i: int, closers: list[int], breaks: list[int]) -> int:
    """The ’ that closes the single-marked quote opened at ``i``: the first one that ends
    a word (not the apostrophe of "won’t") in the same paragraph, or, when the paragraph
    ends with the quote open and the next one opens again with ‘ (the way a quote runs on
    over paragraphs: ‘He's running.¶‘The referee gave a corner ...¶‘I'm not going to say
    any more.’), in one of the next few such paragraphs. -1 when there is none."""
    n = len(text)
    c = bisect_right(closers, i)
    b = bisect_right(breaks, i)
    for _ in range(_RUN_ON):
        stop = min(breaks[b] if b < len(breaks) else n, i + PARA_MAX)
        while c < len(closers) and closers[c] < stop:
            at = closers[c]
            after_j = text[at + 1] if at + 1 < n else " "
            if not after_j.isalnum() and text[at - 1] not in SPACE:
                return at
            c += 1
        if text[max(i, stop - 2) : stop].rstrip()[-1:] not in (".", "?", "!", "…", "—"):
            return -1  # a paragraph of a quote run on ends with its sentence
        k = stop
        while k < n and text[k] in SPACE:
            k += 1
        if k >= n or text[k] != "‘" or stop >= n or stop >= i + PARA_MAX:
            return -1  # the next paragraph does not open again with a mark
        b = bisect_right(breaks, k)
    return -1


def _positions(text: str, ch: str) -> list[int]:
    """Every offset of the character ``ch``, by ``str.find`` (C speed)."""
    out: list[int] = []
    i = text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


def _mark_positions(text: str) -> list[int]:
    """Offsets of every quotation mark: one ``str.find`` scan per mark character present (C
    speed), merged; much faster than a regex over the whole text."""
    out: list[int] = []
    for c in MARK_CHARS:
        out.extend(_positions(text, c))
    out.sort()
    return out


def _opens_speech(text: str, qstart: int) -> bool:
    """The quote opened its paragraph, or came after ':' ',' a dash or within a few words of
    a speech verb (``He said "...``, ``He told reporters that "...``, and after the full
    stop of a bare attribution, however long the speaker's office after it: ``"...," Petts
    said. "I'm not ...``): speech that may run
    on to the end of its paragraph, and into the next one when that one opens with a mark."""
    line = line_start(text, qstart)
    lead = text[max(line, qstart - 40) : qstart].rstrip()
    if not lead or lead[-1] in ",:—–-":
        return True
    if any(w.rstrip(".") in SPEECH_SET for w in lead.split()[-4:]):
        return True
    if lead[-1] != ".":
        return False
    # a bare attribution with its speaker's office after a quote: '"...," said Helen Miller,
    # deputy director of the Institute for Fiscal Studies. "The tax burden ...'
    back = text[max(line, qstart - 200) : qstart]
    closed = max(back.rfind('" '), back.rfind("” "), back.rfind('",'), back.rfind("”,"))
    return closed >= 0 and any(w.rstrip(".,") in SPEECH_SET for w in back[closed:].split()[:4])


def _recover(
    text: str, qstart: int, stop: int, out: list[tuple[int, int]], trace: Trace | None
) -> None:
    """An opener with no closer before ``stop`` (end of its paragraph): keep the quote to the
    end of the paragraph when it reads as speech, else drop the stray mark."""
    end = stop
    while end > qstart + 1 and text[end - 1] in SPACE:
        end -= 1
    if end - qstart > 12 and _opens_speech(text, qstart):
        out.append((qstart, end))
        if trace is not None:
            trace.kept(
                FAMILY, text, qstart, end, "pairing:closed-at-paragraph-end", "no closing mark"
            )
    elif trace is not None:
        trace.rejected(
            FAMILY, text, qstart, end, "pairing:stray-mark", "an opening mark never closed"
        )


def pair_marks(text: str, trace: Trace | None = None) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch, marks included, in text order."""
    pairs = _pair(text, trace)
    if "‘" in text:
        pairs = _add_single(text, pairs)
    return pairs
