"""Text -> Article: title, cleaned body, page furniture, dateline place/source, date."""

from __future__ import annotations

import re

from tuiread.ingest.fetch import normalise_url
from tuiread.ingest.furniture import classify
from tuiread.ingest.meta import (
    front_matter_tags,
    header_date,
    normalise_date,
    parse_dateline,
    split_front_matter,
)
from tuiread.ingest.reading import IngestError, decode_bytes, normalise_newlines
from tuiread.model import Article, Furniture, sha256_hex

# Whitespace trimmed from line ends. Control characters (which str.strip would also remove,
# e.g. \x0b, \x1c-\x1f, \x85) are data and stay.
_SPACE = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")
_MD_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
LONG_TITLE = 500  # a first line longer than this is a paragraph, not a title
UNTITLED = "Untitled"


def _is_markdown(origin: str | None) -> bool:
    return bool(origin) and str(origin).lower().endswith(_MD_SUFFIXES)


def _short_title(line: str, limit: int = 120) -> str:
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(_SPACE + ",;:") + "…"


def parse_article(raw: str, origin: str | None = None) -> Article:
    """Build an :class:`Article` from decoded text. Never raises on any string.

    ``id`` is the first 16 hex digits of the SHA-256 of the normalised text (newlines as
    ``\\n``, no BOM, no NUL), so importing the same content twice is detectable.
    """
    if isinstance(raw, bytes | bytearray):
        try:
            raw = decode_bytes(bytes(raw))
        except IngestError:
            raw = bytes(raw).decode("utf-8", "replace")
    raw = normalise_newlines(str(raw))
    article_id = sha256_hex(raw)[:16]
    markdown = _is_markdown(origin)

    front: dict[str, str] = {}
    rest = raw
    if raw.startswith("---\n"):
        front, rest = split_front_matter(raw)
        markdown = markdown or bool(front)

    lines = rest.split("\n")
    title_index = next((i for i, line in enumerate(lines) if line.strip(_SPACE)), None)
    body_start = len(lines) if title_index is None else title_index + 1
    first_line = "" if title_index is None else lines[title_index].strip(_SPACE)
    if markdown:
        first_line = _MD_HEADING.sub("", first_line).rstrip(" #") or first_line

    if (
        markdown
        and title_index is not None
        and body_start < len(lines)
        and re.fullmatch(r"\s*(?:=+|-+)\s*", lines[body_start])
    ):
        body_start += 1  # a Setext underline below the title
    if front.get("title"):
        title = front["title"].strip(_SPACE)
        if title_index is not None and first_line.casefold() != title.casefold():
            body_start = title_index  # the first line is body, not a repeat of the title
    elif len(first_line) > LONG_TITLE:
        title = _short_title(first_line)
        body_start = title_index  # type: ignore[assignment]  # keep the whole paragraph
    else:
        title = first_line
    title = title or UNTITLED

    body = [line.rstrip(_SPACE) for line in lines[body_start:]]
    # Dateline source first (it names the site, which helps to spot its captions).
    place = source = None
    for line in body[:40]:
        if line.strip(_SPACE):
            place, source, _ = parse_dateline(line)
            if place:
                break
    try:
        flags = classify(body, source)
    except Exception:  # pragma: no cover - a rule bug must never lose an article
        flags = [False] * len(body)
    text, furniture = _assemble(body, flags)

    place = source = None
    for line in text.split("\n", 12)[:12]:
        if line.strip(_SPACE):
            place, source, _ = parse_dateline(line)
            if place:
                break
    if source is None:
        source = _byline_source(text) or _caption_source(furniture)
    if front.get("source"):
        source = front["source"].strip() or source

    date = normalise_date(front["date"]) if front.get("date") else None
    if date is None:
        date = header_date(body)

    return Article(
        id=article_id,
        title=title,
        text=text,
        raw=raw,
        source=source or None,
        place=place or None,
        date=date,
        origin=origin if origin is not None else (front.get("url") or None),
        furniture=tuple(furniture),
        url=_front_url(front.get("url")),
        tags=front_matter_tags(front.get("tags") or front.get("keywords") or ""),
    )


def _front_url(value: str | None) -> str | None:
    """The front matter's ``url`` in the form a page taken by its address is stored (so
    the same story is found twice by it); None unless it is an http(s) address without
    spaces or control characters."""
    value = (value or "").strip()
    if not value.lower().startswith(("http://", "https://")):
        return None
    if any(ch.isspace() or not ch.isprintable() for ch in value):
        return None
    return normalise_url(value)


_BYLINE = re.compile(r"^\s*By\s+[^,|\n]{2,60}?\s*[,|–—-]\s*(?P<source>[A-Z][\w.&'’ ]{1,40}?)\s*$")
_ROLE = re.compile(
    r"\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist|bureau|chief)\b",
    re.IGNORECASE,
)
_CAPTION_TAIL = re.compile(r"\s[-–—|]\s+((?:[A-Z0-9][\w.&'’-]*\s?){1,4})$")


def _byline_source(text: str) -> str | None:
    """ "By MARIA VERZA, Associated Press" near the top names the source."""
    for line in text.split("\n", 12)[:12]:
        match = _BYLINE.match(line)
        if match and not _ROLE.search(match.group("source")):
            return match.group("source")
    return None


def _caption_source(furniture: list[Furniture]) -> str | None:
    """The site name captions end with (" - Sputnik International"), if two of them agree."""
    tails = [m.group(1).strip() for f in furniture if (m := _CAPTION_TAIL.search(f.text))]
    for tail in tails:
        if tails.count(tail) >= 2:
            return tail
    return None


def _assemble(body: list[str], flags: list[bool]) -> tuple[str, list[Furniture]]:
    """Join kept lines (blank runs collapsed to one blank line, none at either end) and place
    each furniture line at the offset of the kept line that follows it (or at the end)."""
    kept: list[str] = []
    hidden: list[tuple[int, str]] = []  # (index in kept, line)
    pending_blank = False
    pending: list[str] = []
    for line, hide in zip(body, flags, strict=True):
        if not line.strip(_SPACE):
            pending_blank = bool(kept)
            continue
        if hide:
            pending.append(line)
            continue
        if pending_blank and kept:
            kept.append("")
        pending_blank = False
        hidden.extend((len(kept), item) for item in pending)
        pending = []
        kept.append(line)
    hidden.extend((len(kept), item) for item in pending)

    starts: list[int] = []
    offset = 0
    for line in kept:
        starts.append(offset)
        offset += len(line) + 1
    text = "\n".join(kept)
    placed = [Furniture(starts[k] if k < len(kept) else len(text), item) for k, item in hidden]
    return text, placed
