"""Obsidian export: a folder with one Markdown note per article.

```
---
title: "Japan, S Korea, US Agree"
source: "Sputnik"
url: "https://example.com/story"
date: 2017-09-15
tags:
  - "korea"
aliases:
  - "Japan, S Korea, US Agree"
tuiread-article: "<article id>"
tuiread-tagging: "<id of the annotation holding the article's tags>"
---

# Japan, S Korea, US Agree

A note on the whole article. ^<annotation id>

#its #tags

%%tuiread 120-160%%

> the highlighted passage,
> every line quoted

^<annotation id>

The note on that passage.

#tag #tag
```
Front matter values are JSON strings (valid YAML double-quoted scalars) so no title can break
it; a plain ISO date stays unquoted so Obsidian shows it as a date. Every annotation carries its
id as an Obsidian block id (``^id``: a link target such as ``[[Note#^id]]``): a whole-article
note at the end of its last paragraph, a passage on its own line after the quote (the form
Obsidian needs for a quote block), and a passage its place in the article text in an Obsidian
comment (``%%tuiread start-end%%``, hidden when reading) so that a short passage found twice
in the text re-anchors where it was. An id with characters a block id cannot hold is written
``x-`` + its base32 spelling. Text is escaped exactly as in the Markdown export, so the folder
reads back (``tuiread import FOLDER``) to the same notes, passages and tags.

File names come from the titles (:mod:`filenames`); a file already in the folder is replaced
only when it is this article's note from an earlier export, never someone else's note.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from tuiread.export.atomic import writable_target, write_atomic
from tuiread.export.common import ArticleGroup, ExportData, ExportError
from tuiread.export.filenames import NameBook
from tuiread.export.markdown import escape_block, escape_line, tag_line
from tuiread.fileio import is_regular_file, kind_of

SUFFIX = ".md"
ARTICLE_KEY = "tuiread-article"
TAGGING_KEY = "tuiread-tagging"
_BLOCK_ID = re.compile(r"[A-Za-z0-9-]+")
_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


@dataclass(frozen=True, slots=True)
class Note:
    """One article's note: the title it is named after, its article id, its Markdown."""

    title: str
    article_id: str
    text: str


def block_id(annotation_id: str) -> str:
    """The annotation id as an Obsidian block id (letters, digits and dashes only)."""
    if _BLOCK_ID.fullmatch(annotation_id) and not annotation_id.startswith("x-"):
        return annotation_id
    encoded = base64.b32encode(annotation_id.encode("utf-8")).decode("ascii")
    return "x-" + encoded.rstrip("=").lower()


def annotation_id(block: str) -> str:
    """The inverse of :func:`block_id`."""
    if not block.startswith("x-"):
        return block
    raw = block[2:].upper()
    raw += "=" * (-len(raw) % 8)
    try:
        return base64.b32decode(raw).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return block


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON's escapes, plus the characters YAML 1.1
    reads as line breaks or refuses)."""
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _front_matter(group: ArticleGroup) -> list[str]:
    s = group.summary
    title = s.title if s is not None else f"Article {group.article_id}"
    lines = ["---", f"title: {yaml_string(title)}"]
    if s is not None:
        if s.source:
            lines.append(f"source: {yaml_string(s.source)}")
        if s.url:
            lines.append(f"url: {yaml_string(s.url)}")
        if s.date:
            date = s.date if _PLAIN_DATE.fullmatch(s.date) else yaml_string(s.date)
            lines.append(f"date: {date}")
    if group.tags:
        lines.append("tags:")
        lines += [f"  - {yaml_string(t)}" for t in group.tags]
    lines += [
        "aliases:",
        f"  - {yaml_string(title)}",
        f"{ARTICLE_KEY}: {yaml_string(group.article_id)}",
    ]
    tagging = [a for a in group.annotations if a.selector is None and not a.note and a.tags]
    if tagging:
        lines.append(f"{TAGGING_KEY}: {yaml_string(tagging[0].id)}")
    lines.append("---")
    return lines


def render_note(group: ArticleGroup) -> str:
    s = group.summary
    title = s.title if s is not None else f"Article {group.article_id} (not in the library)"
    out = [
        *_front_matter(group),
        "",
        f"# {escape_line(' '.join(title.split())) or escape_line(group.article_id)}",
        "",
    ]
    for ann in group.annotations:
        ident = block_id(ann.id)
        if ann.selector is None:
            if not ann.note:  # article tags only: they are in the front matter
                continue
            paragraphs = escape_block(ann.note) or [""]
            paragraphs[-1] = f"{paragraphs[-1]} ^{ident}".lstrip()
            out += [*paragraphs, ""]
        else:
            sel = ann.selector
            quoted = escape_block(sel.exact) or [""]
            out += [f"%%tuiread {sel.start}-{sel.end}%%", ""]
            out += [("> " + line) if line else ">" for line in quoted]
            out += ["", f"^{ident}", ""]
            if ann.note:
                out += [*escape_block(ann.note), ""]
        if ann.tags:
            out += [tag_line(ann.tags), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def notes(data: ExportData) -> list[Note]:
    """One note per article of the export, in the export's article order."""
    out = []
    for group in data.groups():
        title = group.summary.title if group.summary is not None else f"Article {group.article_id}"
        out.append(Note(title, group.article_id, render_note(group)))
    return out


def _ours(path: Path, article_id: str) -> bool:
    """Is the file at ``path`` absent, or this article's note from an earlier export? A FIFO
    or a device by that name is not ours and is never opened (a FIFO would wait for ever)."""
    if not os.path.lexists(path):
        return True
    if not is_regular_file(path):
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192).decode("utf-8", "replace")
    except OSError:
        return False
    return f"\n{ARTICLE_KEY}: {yaml_string(article_id)}\n" in head


def write_folder(data: ExportData, folder: Path | str, *, force: bool = False) -> list[Path]:
    """Write one note per article into ``folder`` (created if missing, its parent must
    exist); each note is written atomically. Every note's file is checked before any is
    written: a read-only one stops the export (ReadOnlyExport) unless ``force``. Returns
    the paths written."""
    if not str(folder).strip():
        raise ExportError("cannot write '': an empty path names no folder")
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        kind = kind_of(folder.stat().st_mode)
        what = "it is a file, and obsidian writes a folder" if kind is None else f"it is {kind}"
        raise ExportError(f"cannot write {folder}: {what}, not a folder")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise ExportError(f"cannot write {folder}: the folder {folder.parent} does not exist")
        try:
            folder.mkdir()
        except OSError as exc:
            raise ExportError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    book = NameBook()
    planned: list[tuple[Path, str]] = []
    for note in notes(data):
        stem = book.claim(
            note.title, fits=lambda stem, n=note: _ours(folder / (stem + SUFFIX), n.article_id)
        )
        path = folder / (stem + SUFFIX)
        writable_target(path, force=force)
        planned.append((path, note.text))
    return [write_atomic(text, path, force=force) for path, text in planned]
