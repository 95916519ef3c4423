"""tuiread's Obsidian notes read back: a folder of them, or one note.

A note is read as ``tuiread.export.obsidian`` writes it: the front matter names the article
(``tuiread-article``, ``title``, ``url``), its ``tags`` and the annotation that holds them
(``tuiread-tagging``); in the body, a quote block followed by a ``^id`` line is a passage (the
paragraphs after it are its note, a line of ``#tags`` its tags); paragraphs whose last one ends
in `` ^id`` are a note on the whole article; a ``%%tuiread start-end%%`` comment before a
quote is where the passage was in the article text. Escapes are undone, so the text is what was
exported. Notes have no time stamps: a note already in the library is never replaced by its
copy from a note file, and a new one is dated by the note file's modification time. Markdown
files in the folder that tuiread did not write (no ``tuiread-article``) are skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tuiread.export.common import ImportFailed
from tuiread.export.imports.records import (
    ArticleHint,
    Incoming,
    Skipped,
    derived_id,
    motivation,
    tag_list,
)
from tuiread.export.imports.source import Source, regular_files
from tuiread.export.obsidian import ARTICLE_KEY, SUFFIX, TAGGING_KEY, annotation_id
from tuiread.model import Annotation, Selector, now_iso

MAX_NOTE_BYTES = 64 << 20
_ID_LINE = re.compile(r"\^([A-Za-z0-9-]+)")
_ID_END = re.compile(r"(?:^| )\^([A-Za-z0-9-]+)$")
_UNESCAPE = re.compile(r"\\(.)|&#(\d{1,7});", re.S)
_TAG_LINE = re.compile(r"#\S+(?: #\S+)*")
_PLACE = re.compile(r"%%tuiread (\d{1,15})-(\d{1,15})%%")


def unescape(line: str) -> str:
    """Undo ``tuiread.export.markdown.escape_line`` (backslash escapes, leading-space
    entities)."""
    return _UNESCAPE.sub(
        lambda m: m.group(1) if m.group(1) is not None else chr(int(m.group(2))), line
    )


def paragraphs_text(paragraphs: list[list[str]]) -> str:
    """Escaped Markdown paragraphs (lists of lines, hard breaks as two trailing spaces) as the
    text they were made from."""
    return "\n\n".join("\n".join(unescape(line.rstrip()) for line in para) for para in paragraphs)


def _scalar(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            return json.loads(raw)
        except ValueError:
            return None
    return raw or None


def front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """The keys of the front matter written by the export (JSON-quoted scalars and lists of
    them) and the index of the first body line; ({}, 0) when there is none."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    meta: dict[str, Any] = {}
    key = None
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == "---":
            return meta, i + 1
        if line.startswith("  - ") and key is not None:
            items = meta.setdefault(key, [])
            if isinstance(items, list):
                items.append(_scalar(line[4:]))
            continue
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip()
            meta[key] = _scalar(value) if value.strip() else []
    return {}, 0


@dataclass
class _Block:
    kind: str  # "quote" | "para"
    lines: list[str] = field(default_factory=list)


def _blocks(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for line in lines:
        if not line.strip():
            current = None
            continue
        kind = "quote" if line.startswith(">") else "para"
        if current is None or current.kind != kind:
            current = _Block(kind)
            blocks.append(current)
        current.lines.append(
            line[2:] if line.startswith("> ") else line[1:] if kind == "quote" else line
        )
    return blocks


@dataclass
class _Found:
    ident: str | None
    passage: str | None
    place: tuple[int, int] | None = None
    note: list[list[str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def parse_note(text: str) -> tuple[dict[str, Any], list[_Found]]:
    """A note's front matter and its annotations (see the module docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    meta, body = front_matter(lines)
    found: list[_Found] = []
    current: _Found | None = None
    pending: list[list[str]] = []
    place: tuple[int, int] | None = None
    for block in _blocks(lines[body:]):
        if block.kind == "quote":
            current = _Found(None, paragraphs_text([block.lines]), place)
            found.append(current)
            pending = []
            place = None
            continue
        first = block.lines[0]
        if len(block.lines) == 1 and (at := _PLACE.fullmatch(first)):
            place = (int(at.group(1)), int(at.group(2)))
            continue
        if len(block.lines) == 1 and (m := _ID_LINE.fullmatch(first)):
            if current is not None and current.passage is not None and current.ident is None:
                current.ident = m.group(1)
            else:  # a whole-article note with no words
                current = _Found(m.group(1), None, note=pending)
                found.append(current)
                pending = []
            continue
        if len(block.lines) == 1 and _TAG_LINE.fullmatch(first):
            if current is not None:
                current.tags += [unescape(t[1:]) for t in first.split()]
            continue
        if first.startswith("# ") and current is None and not pending:
            continue  # the title heading
        last = block.lines[-1]
        m = _ID_END.search(last)
        if m is not None:
            lines_ = [*block.lines[:-1], last[: m.start()]]
            current = _Found(m.group(1), None, note=[*pending, lines_])
            found.append(current)
            pending = []
        elif current is not None and current.passage is not None:
            current.note.append(block.lines)
        else:
            pending.append(block.lines)
    return meta, found


class NotesReader:
    """The annotations of one note or of every note in a folder."""

    format = "obsidian"

    def __init__(self, notes: list[tuple[str, str, str]]) -> None:
        self.left_out = 0
        self._notes = notes  # (label, text, fallback time)
        if not any(ARTICLE_KEY in text for _, text, _ in notes):
            raise ImportFailed(
                "no tuiread note here (no 'tuiread-article' in a note's front matter)"
            )

    @classmethod
    def from_folder(cls, folder: Path) -> NotesReader:
        notes = []
        for path in regular_files(folder, SUFFIX):
            try:
                if path.stat().st_size > MAX_NOTE_BYTES:
                    continue
                text = path.read_text(encoding="utf-8")
                stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            except (OSError, UnicodeDecodeError):
                continue
            notes.append(
                (path.name, text, stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z"))
            )
        if not notes:
            raise ImportFailed(f"no Markdown notes ({SUFFIX}) in the folder")
        return cls(notes)

    @classmethod
    def from_stream(cls, source: Source) -> NotesReader:
        raw = source.rewind().read(MAX_NOTE_BYTES + 1)
        if len(raw) > MAX_NOTE_BYTES:
            raise ImportFailed("a note larger than 64 MB")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed("not UTF-8 text") from None
        return cls([(source.label, text, now_iso())])

    def records(self) -> Iterator[tuple[str, Incoming | Skipped]]:
        for label, text, stamp in self._notes:
            meta, found = parse_note(text)
            article_id = meta.get(ARTICLE_KEY)
            if not isinstance(article_id, str) or not article_id:
                yield label, Skipped("a Markdown note tuiread did not write")
                continue
            hint = ArticleHint(
                id=article_id,
                url=meta.get("url") if isinstance(meta.get("url"), str) else None,
                title=meta.get("title") if isinstance(meta.get("title"), str) else None,
            )
            for n, item in enumerate(found, 1):
                yield f"{label}, annotation {n}", self._convert(item, article_id, hint, stamp)
            covered = {t.casefold() for item in found if item.passage is None for t in item.tags}
            tags = meta.get("tags")
            if isinstance(tags, list):
                article_tags = tag_list(
                    [t for t in tags if isinstance(t, str) and t.casefold() not in covered]
                )
                if article_tags:
                    tagging = meta.get(TAGGING_KEY)
                    ident = (
                        tagging
                        if isinstance(tagging, str) and tagging
                        else derived_id("obsidian-tags", article_id, article_tags)
                    )
                    ann = Annotation(ident, article_id, stamp, stamp, "tagging", None, article_tags)
                    yield f"{label}, tags", Incoming(ann, hint, dated=False)

    @staticmethod
    def _convert(
        item: _Found, article_id: str, hint: ArticleHint, stamp: str
    ) -> Incoming | Skipped:
        note = paragraphs_text(item.note) if item.note else None
        try:
            tags = tag_list(item.tags)
        except Skipped as skipped:
            return skipped
        passage = None
        if item.passage is not None:
            start, end = item.place or (0, len(item.passage))
            passage = Selector(start=start, end=max(start, end), exact=item.passage)
        ident = (
            annotation_id(item.ident)
            if item.ident
            else derived_id("obsidian", article_id, item.passage, note)
        )
        ann = Annotation(
            id=ident,
            article_id=article_id,
            created=stamp,
            modified=stamp,
            motivation=motivation(None, note=note, tags=tags, whole=passage is None),
            note=note,
            tags=tags,
            colour=None,
            selector=passage,
        )
        return Incoming(ann, hint, dated=False)
