"""W3C Web Annotation (JSON-LD) export: an AnnotationCollection with its first page inline.

```
{"@context": ["http://www.w3.org/ns/anno.jsonld", {"tuiread": "urn:tuiread:vocab:"}],
 "id": "urn:uuid:<derived from the export>", "type": "AnnotationCollection",
 "label": "tuiread annotations", "generated": "<exported>", "total": N,
 "first": {"id": "urn:uuid:<...>", "type": "AnnotationPage", "startIndex": 0,
           "items": [
   {"id": "urn:uuid:<uuid>", "type": "Annotation", "motivation": "commenting",
    "created": "...", "modified": "...",
    "body": [{"type": "TextualBody", "value": note, "purpose": "commenting",
              "format": "text/plain"},
             {"type": "TextualBody", "purpose": "tagging", "value": tag}, ...],
    "target": {"source": "<article url> | urn:tuiread:article:<id>",
               "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                            {"type": "TextPositionSelector", "start", "end"}]},
    "tuiread:colour": "yellow",
    "tuiread:article": {"tuiread:id", "tuiread:title", "tuiread:source", "tuiread:place",
                        "tuiread:date", "tuiread:url", "tuiread:contentHash"}}]}}
```
The target is the article's URL when it has one (so other tools find the page), otherwise the
stable ``urn:tuiread:article:<id>``; a whole-article annotation targets just that source.
``body`` is left out when there is neither note nor tag (a plain highlight). tuiread's own
fields (the colour, the article's id, title, date and content hash that let an import find the
article in another library) use the ``tuiread:`` prefix, declared in ``@context``. An id that
is not a UUID is written ``urn:tuiread:annotation:<id>``. The whole collection fits in one
page: ``first`` is also the last. ``tuiread.export.imports.w3c`` reads it back.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from typing import Any

from tuiread.export.common import ExportData
from tuiread.export.json_format import dumps
from tuiread.model import Annotation, ArticleSummary

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "urn:tuiread:vocab:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"tuiread": VOCAB}]
ARTICLE_IRI = "urn:tuiread:article:"
ANNOTATION_IRI = "urn:tuiread:annotation:"
UUID_IRI = "urn:uuid:"
EXT_COLOUR = "tuiread:colour"
EXT_ARTICLE = "tuiread:article"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_EXPORT_NS = uuid.UUID("5d1f3c2a-8a51-4b7e-9f0e-7c6b2f4e9a11")


def annotation_iri(ann_id: str) -> str:
    if _UUID.fullmatch(ann_id):
        return UUID_IRI + ann_id
    return ANNOTATION_IRI + ann_id


def article_source(article_id: str, summary: ArticleSummary | None) -> str:
    """What an annotation targets: the article's URL, else its stable URN."""
    if summary is not None and summary.url:
        return summary.url
    return ARTICLE_IRI + article_id


def article_ext(article_id: str, s: ArticleSummary | None) -> dict[str, Any]:
    ext: dict[str, Any] = {"tuiread:id": article_id}
    if s is not None:
        ext.update(
            {
                "tuiread:title": s.title,
                "tuiread:source": s.source,
                "tuiread:place": s.place,
                "tuiread:date": s.date,
                "tuiread:url": s.url,
                "tuiread:contentHash": s.content_hash,
            }
        )
    return ext


def to_obj(ann: Annotation, source: str, article: dict[str, Any]) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "id": annotation_iri(ann.id),
        "type": "Annotation",
        "motivation": ann.motivation,
        "created": ann.created,
        "modified": ann.modified,
    }
    body: list[dict[str, Any]] = []
    if ann.note is not None:
        body.append(
            {
                "type": "TextualBody",
                "value": ann.note,
                "purpose": "commenting",
                "format": "text/plain",
            }
        )
    body.extend({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags)
    if body:
        obj["body"] = body
    sel = ann.selector
    if sel is None:
        obj["target"] = source
    else:
        obj["target"] = {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": sel.exact,
                    "prefix": sel.prefix,
                    "suffix": sel.suffix,
                },
                {"type": "TextPositionSelector", "start": sel.start, "end": sel.end},
            ],
        }
    if ann.colour is not None:
        obj[EXT_COLOUR] = ann.colour
    obj[EXT_ARTICLE] = article
    return obj


def items(data: ExportData) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in data.groups():
        source = article_source(group.article_id, group.summary)
        article = article_ext(group.article_id, group.summary)
        out.extend(to_obj(ann, source, article) for ann in group.annotations)
    return out


def _export_id(data: ExportData, part: str, annotations: list[dict[str, Any]]) -> str:
    """A stable IRI for the collection or its page: the same data gives the same id."""
    digest = hashlib.sha256(data.exported.encode())
    for item in annotations:
        digest.update(item["id"].encode())
    return UUID_IRI + str(uuid.uuid5(_EXPORT_NS, f"{part}:{digest.hexdigest()}"))


def to_collection(data: ExportData) -> dict[str, Any]:
    annotations = items(data)
    return {
        "@context": CONTEXT,
        "id": _export_id(data, "collection", annotations),
        "type": "AnnotationCollection",
        "label": "tuiread annotations",
        "generated": data.exported,
        "total": len(annotations),
        "first": {
            "id": _export_id(data, "page", annotations),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    }


def render(data: ExportData) -> str:
    return dumps(to_collection(data))
