"""tuiread's own JSON export (``"format": "tuiread-annotations"``): every field, by id.

The ``articles`` list names each article (id, title, source, date, content hash, url) so the
annotations find it in another library; ``annotations`` hold the records as the store keeps
them. Version 1 is read; a newer version is refused (made by a newer tuiread).
"""

from __future__ import annotations

from typing import Any

from tuiread.export.imports.records import (
    ArticleHint,
    Incoming,
    Skipped,
    exact_motivation,
    required_text,
    selector,
    stamps,
    tag_list,
    text_or_none,
)
from tuiread.export.json_format import FORMAT_NAME, VERSION
from tuiread.model import Annotation


def is_this_format(skeleton: Any) -> bool:
    return isinstance(skeleton, dict) and skeleton.get("format") == FORMAT_NAME


def check_version(skeleton: dict[str, Any]) -> str | None:
    """None when this tuiread reads the file's version, else why not (one line)."""
    version = skeleton.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return "the export has no valid format version"
    if version > VERSION:
        return (
            f"the export is format version {version}, made by a newer tuiread "
            f"(this one reads version {VERSION}); upgrade tuiread to import it"
        )
    return None


def article(record: Any) -> ArticleHint:
    if not isinstance(record, dict):
        raise Skipped("an article that is not an object")
    return ArticleHint(
        id=required_text(record.get("id"), "id"),
        url=text_or_none(record.get("url"), "url"),
        title=text_or_none(record.get("title"), "title"),
        source=text_or_none(record.get("source"), "source"),
        place=text_or_none(record.get("place"), "place"),
        date=text_or_none(record.get("date"), "date"),
        content_hash=text_or_none(record.get("content_hash"), "content_hash"),
    )


def annotation(record: Any, articles: dict[str, ArticleHint], fallback: str) -> Incoming:
    if not isinstance(record, dict):
        raise Skipped("not an object")
    sel = record.get("selector")
    if sel is not None and not isinstance(sel, dict):
        raise Skipped("'selector' is not an object")
    article_id = required_text(record.get("article_id"), "article_id")
    created, modified, dated = stamps(record.get("created"), record.get("modified"), fallback)
    if record.get("created") is None:
        raise Skipped("'created' is missing")
    note = text_or_none(record.get("note"), "note")
    colour = text_or_none(record.get("colour"), "colour")
    ann = Annotation(
        id=required_text(record.get("id"), "id"),
        article_id=article_id,
        created=created,
        modified=modified,
        motivation=exact_motivation(record.get("motivation", "commenting")),
        note=note,
        tags=tag_list(record.get("tags")),
        colour=colour,
        selector=None
        if sel is None
        else selector(
            start=sel.get("start"),
            end=sel.get("end"),
            exact=sel.get("exact"),
            prefix=sel.get("prefix", ""),
            suffix=sel.get("suffix", ""),
        ),
    )
    return Incoming(ann, articles.get(article_id) or ArticleHint(id=article_id), dated)
