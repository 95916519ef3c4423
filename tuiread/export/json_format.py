"""tuiread's own JSON export: every field of every annotation, re-importable.

```
{"format": "tuiread-annotations", "version": 1, "exported": "2026-...Z",
 "articles": [{"id", "title", "source", "place", "date", "content_hash"}],
 "annotations": [{"id", "article_id", "created", "modified", "motivation",
                  "note", "tags", "colour", "selector": {start, end, exact, prefix, suffix} | null}]}
```
Articles come in the export's article order, annotations grouped by article in the same order.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from tuiread.export.common import (
    ArticleRef,
    ExportData,
    ImportFailed,
    ParsedExport,
    annotation_dict,
    make_annotation,
    make_selector,
    opt_str,
    req_str,
)

FORMAT_NAME = "tuiread-annotations"
VERSION = 1


def to_obj(data: ExportData) -> dict[str, Any]:
    articles: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for group in data.groups():
        s = group.summary
        if s is not None:
            articles.append(
                {
                    "id": s.id,
                    "title": s.title,
                    "source": s.source,
                    "place": s.place,
                    "date": s.date,
                    "content_hash": s.content_hash,
                }
            )
        annotations.extend(annotation_dict(ann) for ann in group.annotations)
    return {
        "format": FORMAT_NAME,
        "version": VERSION,
        "exported": data.exported,
        "articles": articles,
        "annotations": annotations,
    }


def dumps(obj: Any) -> str:
    """Indented JSON, UTF-8 text as is; orjson for speed, the standard library as a fallback
    for text orjson refuses (lone surrogates), escaped so the file stays valid UTF-8."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(obj, indent=2, ensure_ascii=True) + "\n"


def render(data: ExportData) -> str:
    return dumps(to_obj(data))


def is_this_format(obj: Any) -> bool:
    return isinstance(obj, dict) and obj.get("format") == FORMAT_NAME


def parse(obj: Any) -> ParsedExport:
    """Validate a decoded JSON export; ImportFailed names the first problem."""
    if not is_this_format(obj):
        raise ImportFailed(f'not a tuiread JSON export (no "format": "{FORMAT_NAME}")')
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFailed("the export has no valid format version")
    if version > VERSION:
        raise ImportFailed(
            f"the export is format version {version}, made by a newer tuiread "
            f"(this one reads version {VERSION}); upgrade tuiread to import it"
        )
    raw_articles = obj.get("articles", [])
    raw_annotations = obj.get("annotations")
    if not isinstance(raw_articles, list):
        raise ImportFailed("'articles' must be a list")
    if not isinstance(raw_annotations, list):
        raise ImportFailed("'annotations' is missing or not a list")
    articles: dict[str, ArticleRef] = {}
    for i, item in enumerate(raw_articles, 1):
        where = f"article {i}"
        if not isinstance(item, dict):
            raise ImportFailed(f"{where}: not an object")
        ref = ArticleRef(
            id=req_str(item.get("id"), where, "id"),
            title=opt_str(item.get("title"), where, "title"),
            source=opt_str(item.get("source"), where, "source"),
            place=opt_str(item.get("place"), where, "place"),
            date=opt_str(item.get("date"), where, "date"),
            content_hash=opt_str(item.get("content_hash"), where, "content_hash"),
        )
        articles[ref.id] = ref
    annotations = []
    for i, item in enumerate(raw_annotations, 1):
        where = f"annotation {i}"
        if not isinstance(item, dict):
            raise ImportFailed(f"{where}: not an object")
        sel = item.get("selector")
        if sel is not None and not isinstance(sel, dict):
            raise ImportFailed(f"{where}: 'selector' must be an object or null")
        selector = (
            make_selector(
                where,
                start=sel.get("start"),
                end=sel.get("end"),
                exact=sel.get("exact"),
                prefix=sel.get("prefix", ""),
                suffix=sel.get("suffix", ""),
            )
            if sel is not None
            else None
        )
        annotations.append(
            make_annotation(
                where,
                id=item.get("id"),
                article_id=item.get("article_id"),
                created=item.get("created"),
                modified=item.get("modified"),
                motivation=item.get("motivation", "commenting"),
                note=item.get("note"),
                tags=item.get("tags"),
                colour=item.get("colour"),
                selector=selector,
            )
        )
    return ParsedExport("json", articles, annotations)
