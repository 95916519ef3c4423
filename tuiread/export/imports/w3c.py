"""W3C Web Annotation records, from tuiread or any other tool.

Accepted for a text note or tag, in every shape the model allows:

- the annotation: ``type`` "Annotation" (or a list holding it, or ``oa:Annotation``); an ``id``
  (``urn:uuid:`` and ``urn:tuiread:annotation:`` are unwrapped; none: a stable one is derived);
  ``created``/``modified`` optional;
- the body: ``bodyValue``; a plain string; one object or a list; ``TextualBody`` objects (or
  any object with a text ``value``, or a ``Choice`` of them) whose ``purpose`` is
  ``tagging`` (a tag) or anything else (the note, paragraphs joined by a blank line); bodies
  that are not text (an image, a link) are left out and counted;
- the target: a string (the source) or a ``SpecificResource`` object (``source`` a string or an
  object with an ``id``), or a list of them (the first one used); ``urn:tuiread:article:<id>``
  names a tuiread article, an http(s) URL or any other IRI is matched against the articles'
  URLs; selectors one or a list, ``TextQuoteSelector`` and ``TextPositionSelector``, also
  found inside ``refinedBy``; a target with no selector is a note on the whole article.
- tuiread's extras: ``tuiread:colour`` and ``tuiread:article`` (the article's id, title,
  source, place, date, content hash), with or without the ``tuiread:`` prefix on the inner
  keys (exports before the AnnotationCollection shape left it out).
"""

from __future__ import annotations

from typing import Any

from tuiread.export.imports.records import (
    ArticleHint,
    Incoming,
    Skipped,
    derived_id,
    motivation,
    selector,
    stamps,
    tag_list,
    text_or_none,
)
from tuiread.model import Annotation, Selector

ARTICLE_IRI = "urn:tuiread:article:"
ANNOTATION_IRI = "urn:tuiread:annotation:"
UUID_IRI = "urn:uuid:"
EXT_COLOUR = "tuiread:colour"
EXT_ARTICLE = "tuiread:article"
_TEXT_TYPES = {"TextualBody", "oa:TextualBody", "Text", "dctypes:Text"}


def _types(obj: dict[str, Any]) -> tuple[str, ...]:
    """The object's types without a prefix (``oa:Annotation`` -> ``Annotation``)."""
    kind = obj.get("type")
    if kind is None:
        kind = obj.get("@type")
    if type(kind) is str:
        return (kind.rpartition(":")[2],)
    if isinstance(kind, list):
        return tuple(v.rpartition(":")[2] for v in kind if isinstance(v, str))
    return ()


def is_annotation(obj: Any) -> bool:
    return isinstance(obj, dict) and "Annotation" in _types(obj)


def is_container(obj: Any) -> bool:
    """An AnnotationCollection or AnnotationPage (its items are the records)."""
    return isinstance(obj, dict) and bool(
        {"AnnotationCollection", "AnnotationPage"} & set(_types(obj))
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _unwrap_id(value: str) -> str:
    for prefix in (UUID_IRI, ANNOTATION_IRI):
        if value.startswith(prefix) and len(value) > len(prefix):
            return value[len(prefix) :]
    return value


def _bodies(item: dict[str, Any]) -> tuple[list[str], list[str], int]:
    """(note paragraphs, tags, bodies left out) of an annotation."""
    notes: list[str] = []
    tags: list[str] = []
    left_out = 0
    if "bodyValue" in item:
        value = item["bodyValue"]
        if not isinstance(value, str):
            raise Skipped("'bodyValue' is not text")
        notes.append(value)
    bodies = _as_list(item.get("body"))
    while bodies:
        body = bodies.pop(0)
        if isinstance(body, str):
            notes.append(body)
            continue
        if not isinstance(body, dict):
            raise Skipped("a body that is neither text nor an object")
        if "Choice" in _types(body):  # the same body in several languages: take the first
            bodies[:0] = _as_list(body.get("items"))[:1]
            continue
        value = body.get("value", body.get("rdf:value"))
        kinds = set(_types(body))
        if value is None or (kinds and not kinds & {"TextualBody", "Text"}):
            left_out += 1
            continue
        if not isinstance(value, str):
            raise Skipped("a body whose 'value' is not text")
        purposes = [str(p).rsplit(":", 1)[-1] for p in _as_list(body.get("purpose"))]
        if "tagging" in purposes:
            tags.append(value)
        else:
            notes.append(value)
    return notes, tags, left_out


def _selectors(raw: Any) -> list[dict[str, Any]]:
    """Every selector, those inside ``refinedBy`` too."""
    found: list[dict[str, Any]] = []
    pending = _as_list(raw)
    while pending and len(found) < 64:
        sel = pending.pop(0)
        if isinstance(sel, dict):
            found.append(sel)
            pending.extend(_as_list(sel.get("refinedBy")))
    return found


def _passage(selectors: list[dict[str, Any]]) -> Selector | None:
    quote = next((s for s in selectors if "TextQuoteSelector" in _types(s)), None)
    pos = next((s for s in selectors if "TextPositionSelector" in _types(s)), None)
    if quote is None and pos is None:
        if selectors:
            raise Skipped("no TextQuoteSelector or TextPositionSelector in the target")
        return None
    exact = quote.get("exact") if quote is not None else ""
    if quote is not None and not (isinstance(exact, str) and exact):
        raise Skipped("a TextQuoteSelector without its 'exact' text")
    if pos is not None:
        start, end = pos.get("start"), pos.get("end")
    else:  # a quote alone: the import finds it by its words
        start, end = 0, len(str(exact))
    return selector(
        start=start,
        end=end,
        exact=exact,
        prefix=quote.get("prefix", "") if quote is not None else "",
        suffix=quote.get("suffix", "") if quote is not None else "",
    )


def _target(item: dict[str, Any]) -> tuple[str, Selector | None]:
    for target in _as_list(item.get("target")):
        if isinstance(target, str) and target.strip():
            return target.strip(), None
        if isinstance(target, dict):
            source = target.get("source", target.get("id"))
            if isinstance(source, dict):
                source = source.get("id", source.get("@id"))
            if isinstance(source, str) and source.strip():
                selectors = _selectors(target.get("selector"))
                return source.strip(), _passage(selectors)
    raise Skipped("no target (the article it is about)")


def _ext(obj: dict[str, Any], name: str) -> Any:
    return obj.get(f"tuiread:{name}", obj.get(name))


def _hint(source: str, item: dict[str, Any]) -> ArticleHint:
    ext = item.get(EXT_ARTICLE)
    if ext is not None and not isinstance(ext, dict):
        raise Skipped(f"'{EXT_ARTICLE}' is not an object")
    ext = ext or {}
    article_id = text_or_none(_ext(ext, "id"), "article id")
    url = None
    if source.startswith(ARTICLE_IRI) and len(source) > len(ARTICLE_IRI):
        article_id = article_id or source[len(ARTICLE_IRI) :]
    else:
        url = source
    return ArticleHint(
        id=article_id,
        url=url or text_or_none(_ext(ext, "url"), "url"),
        title=text_or_none(_ext(ext, "title"), "title"),
        source=text_or_none(_ext(ext, "source"), "source"),
        place=text_or_none(_ext(ext, "place"), "place"),
        date=text_or_none(_ext(ext, "date"), "date"),
        content_hash=text_or_none(
            ext.get("tuiread:contentHash", ext.get("content_hash")), "content hash"
        ),
    )


def annotation(item: Any, fallback: str) -> tuple[Incoming, int]:
    """The record as an Incoming, and how many of its bodies were left out (not text)."""
    if not isinstance(item, dict):
        raise Skipped("not an object")
    if not is_annotation(item):
        raise Skipped('not a W3C Annotation (no "type": "Annotation")')
    notes, raw_tags, left_out = _bodies(item)
    source, passage = _target(item)
    hint = _hint(source, item)
    note = "\n\n".join(notes) if notes else None
    tags = tag_list(raw_tags)
    created, modified, dated = stamps(item.get("created"), item.get("modified"), fallback)
    raw_id = item.get("id", item.get("@id"))
    if raw_id is not None and not (isinstance(raw_id, str) and raw_id.strip()):
        raise Skipped("'id' is not text")
    ann_id = (
        _unwrap_id(raw_id.strip())
        if raw_id
        else derived_id(
            "w3c",
            source,
            passage and (passage.start, passage.end, passage.exact),
            note,
            tags,
            item.get("created"),
        )
    )
    colour = item.get(EXT_COLOUR)
    ann = Annotation(
        id=ann_id,
        article_id=hint.id or "",
        created=created,
        modified=modified,
        motivation=motivation(item.get("motivation"), note=note, tags=tags, whole=passage is None),
        note=note,
        tags=tags,
        colour=colour if isinstance(colour, str) else None,
        selector=passage,
    )
    return Incoming(ann, hint, dated), left_out
