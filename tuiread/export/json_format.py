"""tuiread's own JSON export: every field of every annotation, re-importable without loss.

```
{"format": "tuiread-annotations", "version": 1, "exported": "2026-...Z",
 "articles": [{"id", "title", "source", "place", "date", "url", "content_hash"}],
 "annotations": [{"id", "article_id", "created", "modified", "motivation",
                  "note", "tags", "colour", "selector": {start, end, exact, prefix, suffix} | null}]}
```
Articles come in the export's article order, annotations grouped by article in the same order.
``tuiread.export.imports.tuiread_json`` reads it back.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from tuiread.export.common import ExportData

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
                    "url": s.url,
                    "content_hash": s.content_hash,
                }
            )
        annotations.extend(ann.to_dict() for ann in group.annotations)
    return {
        "format": FORMAT_NAME,
        "version": VERSION,
        "exported": data.exported,
        "articles": articles,
        "annotations": annotations,
    }


def dumps(obj: Any) -> str:
    """Indented JSON, UTF-8 text as is; orjson for speed, the standard library for text
    orjson refuses (lone surrogates), escaped so the file stays valid UTF-8."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(obj, indent=2, ensure_ascii=True) + "\n"


def render(data: ExportData) -> str:
    return dumps(to_obj(data))
