"""Hypothesis (hypothes.is) annotations: the client's JSON export and the API's rows.

Shapes read: the client's export ``{"export_date", "export_userid", "client_version",
"annotations": [...]}``, an API search result ``{"total", "rows": [...]}``, or a bare list of
rows. A row::

    {"id", "created", "updated", "uri", "text", "tags": [...], "user", "group",
     "target": [{"source": url, "selector": [RangeSelector, TextPositionSelector,
                                             TextQuoteSelector, ...]}],
     "document": {"title": ["..."]}, "references": [...]}

``text`` is the note, ``tags`` the tags; the passage comes from TextQuoteSelector (its words,
the part that survives a different cleaning of the page) and TextPositionSelector (a hint:
Hypothesis counts characters of the whole web page). A row with no selector is a page note (a
note on the whole article). Replies (``references``) are discussion, not notes: skipped.
"""

from __future__ import annotations

from typing import Any

from tuiread.export.imports.records import (
    ArticleHint,
    Incoming,
    Skipped,
    motivation,
    required_text,
    selector,
    stamps,
    tag_list,
    text_or_none,
)
from tuiread.model import Annotation, Selector


def is_export(skeleton: Any) -> bool:
    """The client's export or an API search result (judged on the document's outer keys)."""
    return isinstance(skeleton, dict) and (
        "export_userid" in skeleton
        or "client_version" in skeleton
        or ("rows" in skeleton and "total" in skeleton)
    )


def is_row(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and "type" not in record
        and ("uri" in record or isinstance(record.get("target"), list))
        and ("text" in record or "tags" in record or "user" in record)
    )


def _passage(raw: Any) -> Selector | None:
    selectors = [s for s in (raw if isinstance(raw, list) else [raw]) if isinstance(s, dict)]
    if not selectors:
        return None
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    pos = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    if quote is None and pos is None:
        raise Skipped("no TextQuoteSelector or TextPositionSelector in the target")
    exact = quote.get("exact") if quote is not None else ""
    if pos is not None:
        start, end = pos.get("start"), pos.get("end")
    else:
        start, end = 0, len(exact) if isinstance(exact, str) else 0
    return selector(
        start=start,
        end=end,
        exact=exact,
        prefix=quote.get("prefix", "") if quote is not None else "",
        suffix=quote.get("suffix", "") if quote is not None else "",
    )


def row(record: Any, fallback: str) -> Incoming:
    if not isinstance(record, dict):
        raise Skipped("not an object")
    if record.get("references"):
        raise Skipped("a reply in a discussion (tuiread keeps notes, not threads)")
    targets = record.get("target")
    target = targets[0] if isinstance(targets, list) and targets else {}
    if not isinstance(target, dict):
        raise Skipped("a target that is not an object")
    url = text_or_none(record.get("uri"), "uri") or text_or_none(target.get("source"), "source")
    if not url:
        raise Skipped("no 'uri' (the page it is about)")
    document = record.get("document")
    titles = document.get("title") if isinstance(document, dict) else None
    title = titles[0] if isinstance(titles, list) and titles else titles
    passage = _passage(target.get("selector"))
    note = text_or_none(record.get("text"), "text") or None
    tags = tag_list(record.get("tags"))
    created, modified, dated = stamps(record.get("created"), record.get("updated"), fallback)
    ann = Annotation(
        id=required_text(record.get("id"), "id"),
        article_id="",
        created=created,
        modified=modified,
        motivation=motivation(None, note=note, tags=tags, whole=passage is None),
        note=note,
        tags=tags,
        colour=None,
        selector=passage,
    )
    hint = ArticleHint(url=url, title=title if isinstance(title, str) and title else None)
    return Incoming(ann, hint, dated)
