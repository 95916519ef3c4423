"""W3C Web Annotation (JSON-LD) export and import.

Each annotation becomes::

    {"@context": "http://www.w3.org/ns/anno.jsonld",
     "id": "urn:uuid:<uuid>", "type": "Annotation", "motivation": "commenting",
     "created": "...", "modified": "...",
     "body": [{"type": "TextualBody", "value": note, "purpose": "commenting", "format": "text/plain"},
              {"type": "TextualBody", "purpose": "tagging", "value": tag}, ...],
     "target": {"source": "urn:tuiread:article:<id>",
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]},
     "tuiread:colour": "yellow",
     "tuiread:article": {"title", "source", "place", "date", "content_hash"}}

A whole-article annotation has ``"target": "urn:tuiread:article:<id>"`` (just the source).
``body`` is left out when there is neither note nor tag (a plain highlight).
tuiread's own fields ride in keys under the ``tuiread:`` scheme (absolute IRIs in JSON-LD terms,
so the standard ``@context`` stays a plain string): the highlight colour and the article's
title, source, date and content hash, which let an import find the article in another library.
An id that is not a UUID is written ``urn:tuiread:annotation:<id>``.
"""

from __future__ import annotations

import re
from typing import Any

from tuiread.export.common import (
    ArticleRef,
    ExportData,
    ImportFailed,
    ParsedExport,
    make_annotation,
    make_selector,
    opt_str,
)
from tuiread.export.json_format import dumps
from tuiread.model import Annotation, ArticleSummary

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_IRI = "urn:tuiread:article:"
ANNOTATION_IRI = "urn:tuiread:annotation:"
UUID_IRI = "urn:uuid:"
EXT_COLOUR = "tuiread:colour"
EXT_ARTICLE = "tuiread:article"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _annotation_iri(ann_id: str) -> str:
    if _UUID.fullmatch(ann_id):
        return UUID_IRI + ann_id
    return ANNOTATION_IRI + ann_id


def _article_ext(s: ArticleSummary) -> dict[str, Any]:
    return {
        "title": s.title,
        "source": s.source,
        "place": s.place,
        "date": s.date,
        "content_hash": s.content_hash,
    }


def to_obj(ann: Annotation, article: dict[str, Any] | None) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "@context": CONTEXT,
        "id": _annotation_iri(ann.id),
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
    source = ARTICLE_IRI + ann.article_id
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
    if article is not None:
        obj[EXT_ARTICLE] = article
    return obj


def to_list(data: ExportData) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in data.groups():
        article = _article_ext(group.summary) if group.summary is not None else None
        out.extend(to_obj(ann, article) for ann in group.annotations)
    return out


def render(data: ExportData) -> str:
    return dumps(to_list(data))


# --------------------------------------------------------------------------- import


def _is_annotation(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    kind = obj.get("type")
    return kind == "Annotation" or (isinstance(kind, list) and "Annotation" in kind)


def is_this_format(obj: Any) -> bool:
    if isinstance(obj, list):
        return all(_is_annotation(item) for item in obj[:1])
    if isinstance(obj, dict):
        return _is_annotation(obj) or obj.get("type") in ("AnnotationPage", "AnnotationCollection")
    return False


def _items(obj: Any) -> list[Any]:
    if isinstance(obj, list):
        return obj
    if _is_annotation(obj):
        return [obj]
    if obj.get("type") == "AnnotationCollection":
        obj = obj.get("first")
        if not isinstance(obj, dict):
            raise ImportFailed("the AnnotationCollection has no embedded first page")
    items = obj.get("items")
    if not isinstance(items, list):
        raise ImportFailed("the AnnotationPage has no 'items' list")
    return items


def _strip_iri(value: str) -> str:
    for prefix in (UUID_IRI, ANNOTATION_IRI):
        if value.startswith(prefix) and len(value) > len(prefix):
            return value[len(prefix) :]
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _one_annotation(
    item: Any, where: str, known: dict[str, ArticleRef] | None = None
) -> tuple[Annotation, ArticleRef | None]:
    if not _is_annotation(item):
        raise ImportFailed(f'{where}: not a W3C Annotation (no "type": "Annotation")')
    raw_id = item.get("id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise ImportFailed(f"{where}: 'id' is missing or empty")

    # body: one commenting TextualBody (the note), tagging bodies (the tags)
    notes: list[str] = []
    tags: list[str] = []
    if "bodyValue" in item:
        if not isinstance(item["bodyValue"], str):
            raise ImportFailed(f"{where}: 'bodyValue' must be text")
        notes.append(item["bodyValue"])
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            raise ImportFailed(f"{where}: a body that is not an embedded TextualBody")
        value = body.get("value")
        if not isinstance(value, str):
            raise ImportFailed(f"{where}: a body without a text 'value'")
        if body.get("purpose") == "tagging":
            tags.append(value)
        else:
            notes.append(value)
    note = "\n\n".join(notes) if notes else None

    # target: the article, with TextQuote/TextPosition selectors or none (the whole article)
    targets = _as_list(item.get("target"))
    if len(targets) != 1:
        raise ImportFailed(f"{where}: needs exactly one target")
    target = targets[0]
    selectors: list[Any] = []
    if isinstance(target, dict):
        source = target.get("source")
        selectors = _as_list(target.get("selector"))
    else:
        source = target
    if not isinstance(source, str) or not source.startswith(ARTICLE_IRI) or source == ARTICLE_IRI:
        shown = str(source)[:60]
        raise ImportFailed(f"{where}: target {shown!r} is not a tuiread article")
    article_id = source[len(ARTICLE_IRI) :]
    quote = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None
    )
    pos = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"),
        None,
    )
    selector = None
    if quote is not None or pos is not None:
        exact = quote.get("exact") if quote is not None else ""
        if pos is not None:
            start, end = pos.get("start"), pos.get("end")
        else:  # a quote alone: re-anchoring finds it by its text
            start, end = 0, len(exact) if isinstance(exact, str) else 0
        selector = make_selector(
            where,
            start=start,
            end=end,
            exact=exact,
            prefix=quote.get("prefix", "") if quote is not None else "",
            suffix=quote.get("suffix", "") if quote is not None else "",
        )
    elif selectors:
        raise ImportFailed(f"{where}: no TextQuoteSelector or TextPositionSelector")

    motivation = item.get("motivation")
    if isinstance(motivation, list) and len(motivation) == 1:
        motivation = motivation[0]
    if motivation is None:
        motivation = (
            "commenting" if note else ("tagging" if tags and selector is None else "highlighting")
        )
    ann = make_annotation(
        where,
        id=_strip_iri(raw_id),
        article_id=article_id,
        created=item.get("created"),
        modified=item.get("modified"),
        motivation=motivation,
        note=note,
        tags=tags,
        colour=item.get(EXT_COLOUR),
        selector=selector,
    )
    ref = None
    ext = item.get(EXT_ARTICLE)
    if known is not None and article_id in known:
        ref = known[article_id]
    elif ext is not None:
        if not isinstance(ext, dict):
            raise ImportFailed(f"{where}: '{EXT_ARTICLE}' must be an object")
        ref = ArticleRef(
            id=article_id,
            title=opt_str(ext.get("title"), where, "title"),
            source=opt_str(ext.get("source"), where, "source"),
            place=opt_str(ext.get("place"), where, "place"),
            date=opt_str(ext.get("date"), where, "date"),
            content_hash=opt_str(ext.get("content_hash"), where, "content_hash"),
        )
    return ann, ref


def parse(obj: Any) -> ParsedExport:
    """Validate decoded W3C JSON-LD (an array, one Annotation, or an AnnotationPage)."""
    if not is_this_format(obj):
        raise ImportFailed("not a W3C Web Annotation export")
    annotations = []
    articles: dict[str, ArticleRef] = {}
    for i, item in enumerate(_items(obj), 1):
        ann, ref = _one_annotation(item, f"annotation {i}", articles)
        annotations.append(ann)
        if ref is not None:
            articles.setdefault(ref.id, ref)
    return ParsedExport("w3c", articles, annotations)
