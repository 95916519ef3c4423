"""Reading a file into text: size and type checks, decoding, newline normalisation.

Every problem becomes an :class:`IngestError` whose message is one line a user can act on.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from typing import IO, Any, Literal, overload

from tuiread.fileio import FileProblem, read_regular_file, read_stream, size_text

MAX_BYTES = 50 * 1024 * 1024  # 50 MB

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that never appear in real text (tab, newline, form feed, CR and ESC may).
_BINARY_CONTROLS = frozenset(chr(c) for c in range(0x20)) - set("\t\n\x0b\x0c\r\x1b")


class IngestError(Exception):
    """A file that cannot be imported. ``str(error)`` is one line: ``PATH: reason``.

    ``reason`` alone (without the path) is what :func:`iter_sources` reports, since it labels
    each problem with its path already.
    """

    def __init__(self, reason: str, path: str | os.PathLike[str] | None = None) -> None:
        self.reason = _one_line(reason)
        self.path = None if path is None else _one_line(str(path)) or "''"
        super().__init__(f"{self.path}: {self.reason}" if self.path is not None else self.reason)


def _one_line(text: str) -> str:
    """Control characters (a newline in a file name) shown escaped, so a message stays one
    line and cannot drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM and NUL characters go."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Text that is UTF-16 without a byte order mark (NULs in every other byte), or None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.3 * half and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    return controls > max(8, len(sample) // 20) or sample.count("\ufffd") > len(sample) // 10


def decode_bytes(data: bytes) -> str:
    """Decode file contents: a BOM, else UTF-8, else what charset-normalizer finds.

    Raises :class:`IngestError` (without a path) for binary or undecodable data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise IngestError(
                    f"not valid {encoding.upper()} text despite its byte order mark"
                ) from None
            break
    else:
        if b"\x00" in data:
            # NUL bytes: UTF-16 without a byte order mark, or a binary file.
            text = _utf16_without_bom(data)  # type: ignore[assignment]
            if text is None:
                raise IngestError("looks like a binary file, not text")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _guess_decode(data)
    if _looks_binary(text):
        raise IngestError("looks like a binary file, not text")
    return text


def _guess_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("cannot be decoded as text (unknown encoding, or a binary file)")
    guessed = str(best)
    if best.encoding in ("cp1252", "latin_1", "iso8859_15"):
        return guessed
    # Short Western-European texts are often guessed as another code page (cp1250, mac_roman,
    # even Arabic or Cyrillic ones). Prefer the Windows-1252 reading when every character it
    # gives is ordinary Western text and accented letters sit inside ASCII words ("Café"),
    # unlike Cyrillic or Greek read as cp1252, which gives whole words of accented letters.
    try:
        alt = data.decode("cp1252")
    except UnicodeDecodeError:
        return guessed
    western = _plausible_western(alt) == 1.0 and _western_shape(alt)
    if western and (not _mostly_latin(guessed) or _plausible_western(guessed) < 1.0):
        return alt
    return guessed


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    return not letters or sum(1 for ch in letters if ord(ch) < 0x250) >= 0.8 * len(letters)


def _western_shape(text: str) -> bool:
    """Whether accented letters come one or two at a time among plain ones ("Café", "à"),
    as in Western-European text, rather than in whole words of them, as Cyrillic or Greek
    read as Windows-1252 gives ("Ðàçðàáîòêà")."""
    runs = [len(run) for run in _NON_ASCII_RUN.findall(text)]
    return not runs or sum(runs) / len(runs) <= 1.6


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\W\d_]+")


def _plausible_western(text: str) -> float:
    """Share of non-ASCII characters that are ordinary Western-European letters/marks."""
    odd = [ch for ch in text if ord(ch) > 127]
    if not odd:
        return 1.0
    good = sum(1 for ch in odd if ch in _WESTERN)
    return good / len(odd)


_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ€£¥©®°±·«»‘’“”–—…•™§¶¿¡\u00a0"
)


@overload
def read_text_file(path: str | os.PathLike[str]) -> str: ...
@overload
def read_text_file(path: str | os.PathLike[str], *, decoded: Literal[True]) -> str: ...
@overload
def read_text_file(path: str | os.PathLike[str], *, decoded: Literal[False]) -> bytes: ...


def read_text_file(path: str | os.PathLike[str], *, decoded: bool = True) -> str | bytes:
    """The text of ``path``, decoded, with newlines normalised to ``\\n`` (with
    ``decoded=False``: its bytes, after the same checks but the decoding, for HTML, which
    names its own charset).

    Raises :class:`IngestError` with a one-line message for a missing path, anything but a
    regular file (a folder, a FIFO, a device), a file that cannot be read, one larger than
    ``MAX_BYTES``, an empty or whitespace-only file, and binary or undecodable contents.
    """
    shown = str(path)
    if not shown.strip():
        raise IngestError("an empty path names no file", repr(shown))
    try:
        data = read_regular_file(path, limit=MAX_BYTES)
    except FileProblem as exc:
        raise IngestError(exc.reason, shown) from None
    if not decoded:
        if not data.strip():
            raise IngestError("is empty" if not data else "contains only whitespace", shown)
        return data
    return _checked_text(data, shown)


def read_stdin(stream: IO[Any] | None, label: str = "standard input") -> str:
    """The text on standard input, with the same checks as :func:`read_text_file`: bytes
    are decoded like a file's (a text stream without a byte buffer is read as text). A
    closed standard input (``sys.stdin`` is None) is an IngestError too."""
    binary = getattr(stream, "buffer", stream) if stream is not None else None
    try:
        if not isinstance(binary, io.TextIOBase):
            data: str | bytes = read_stream(binary, limit=MAX_BYTES, label=label)
        else:
            data = binary.read(MAX_BYTES + 1)
    except FileProblem as exc:
        raise IngestError(exc.reason, label) from None
    except (OSError, ValueError) as exc:  # UnicodeDecodeError of a text stream among them
        raise IngestError(f"cannot be read ({exc})", label) from None
    if isinstance(data, str) and _looks_binary(data):
        raise IngestError("looks like binary data, not text", label)
    return _checked_text(data, label)


def _checked_text(data: str | bytes, label: str) -> str:
    """The size, emptiness and decoding checks files and streams share."""
    if len(data) > MAX_BYTES:
        raise IngestError(f"too large to import (the limit is {size_text(MAX_BYTES)})", label)
    if not data:
        raise IngestError("is empty", label)
    if isinstance(data, bytes):
        try:
            data = decode_bytes(data)
        except IngestError as exc:
            raise IngestError(exc.reason, label) from None
    text = normalise_newlines(data)
    if not text.strip():
        raise IngestError("is empty" if not text else "contains only whitespace", label)
    return text
