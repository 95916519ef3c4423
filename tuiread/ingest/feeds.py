"""RSS and Atom feeds -> items, with feedparser; and finding a site's feed from its page.

feedparser reads RSS 0.9x, 1.0 and 2.0 and Atom, forgives the usual mistakes (a wrong
charset, a stray ampersand) and sanitises the HTML of each item. It is always handed the
bytes already fetched (as a stream: given bytes or a string it may open a file or fetch a
URL itself). Each item keeps the text the feed carries and whether that text is the whole
story or only a summary, which tells the refresh to fetch the page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from tuiread.ingest.fetch import normalise_url
from tuiread.ingest.reading import IngestError
from tuiread.model import count_words

FULL_WORDS = 150  # an item carrying this many words is the story itself, not a summary
FEED_MEDIA = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
_ALTERNATE_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "section",
        "article",
        "ul",
        "ol",
        "table",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
        "header",
        "footer",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One story in a feed. ``full`` says whether ``text`` is the whole story."""

    guid: str | None
    url: str | None
    title: str
    author: str | None
    date: str | None
    text: str
    full: bool

    @property
    def keys(self) -> tuple[str, ...]:
        """What identifies the item across refreshes: its GUID and its address."""
        keys = []
        if self.guid:
            keys.append("guid:" + self.guid)
        if self.url:
            keys.append("url:" + self.url)
        return tuple(keys)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    site_url: str | None
    kind: str  # feedparser's name of the format: rss20, rss10, rss091u, atom10...
    items: tuple[FeedItem, ...]


def looks_like_feed(body: bytes, media: str) -> bool:
    """Whether a response is worth handing to the feed parser (rather than a page)."""
    if media in FEED_MEDIA:
        return True
    head = body[:2048].lstrip().lower()
    return head.startswith(b"<?xml") or any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None, charset: str | None = None
) -> ParsedFeed:
    """The feed in ``body`` (fetched from ``url``); IngestError when it is not one."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except Exception as exc:  # noqa: BLE001 - the parser on hostile input: one line, no trace
        raise IngestError(f"not a readable feed ({exc.__class__.__name__})", url) from None
    feed: Any = parsed.get("feed", {})
    entries: list[Any] = list(parsed.get("entries", []))
    version = str(parsed.get("version") or "")
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # A wrong or missing charset or media type is forgiven: the XML itself was read.
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    broken = problem is not None and not isinstance(problem, benign)
    items = tuple(item for entry in entries if (item := _item(entry, url)) is not None)
    if broken:
        # A damaged feed gives only the items it holds whole: each with its address.
        items = tuple(item for item in items if item.url)
    if not items and (broken or not version or not feed.get("title")):
        reason = f": {_one_line(str(problem))}" if broken else ""
        raise IngestError(f"not an RSS or Atom feed{reason}", url)
    site = feed.get("link")
    title = _clean(feed.get("title")) or (site or url)
    return ParsedFeed(
        title=title,
        site_url=normalise_url(site) if _is_web(site) else None,
        kind=version or "unknown",
        items=items,
    )


def _item(entry: Any, feed_url: str) -> FeedItem | None:
    link = entry.get("link")
    url = normalise_url(urljoin(feed_url, link)) if link else None
    if url is not None and not _is_web(url):
        url = None
    guid = _clean(entry.get("id")) or None
    contents = [c for c in entry.get("content", []) if c.get("value")]
    content = max(contents, key=lambda c: len(c.get("value", "")), default=None)
    summary = entry.get("summary_detail") or (
        {"value": entry.get("summary"), "type": "text/html"} if entry.get("summary") else None
    )
    texts = [_as_text(part) for part in (content, summary) if part]
    text = max(texts, key=len, default="")
    title = _clean(entry.get("title"))
    if not title:
        first = text.split("\n", 1)[0]
        title = first[:120] if first else ""
    if not title and not url:
        return None
    return FeedItem(
        guid=guid,
        url=url,
        title=title or "Untitled",
        author=_clean(entry.get("author")) or None,
        date=_entry_date(entry),
        text=text,
        full=count_words(text) >= FULL_WORDS,
    )


def _entry_date(entry: Any) -> str | None:
    """The item's date as the publisher wrote it (its own time zone's calendar day), else
    feedparser's reading of it in UTC."""
    for key in ("published", "updated", "created"):
        written = entry.get(key)
        if written and (found := _written_date(str(written))):
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                year, month, day, hour, minute, second = (int(v) for v in value[:6])
                return (
                    datetime(year, month, day, hour, minute, second, tzinfo=UTC).date().isoformat()
                )
            except (TypeError, ValueError):
                continue
    return None


def _written_date(value: str) -> str | None:
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _as_text(part: Any) -> str:
    value = str(part.get("value") or "")
    kind = str(part.get("type") or "text/html")
    if "html" in kind or "<" in value:
        return html_fragment_text(value)
    return "\n\n".join(p for p in (_clean(p) for p in value.split("\n\n")) if p)


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, blank lines between them."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return _clean(html)
    for element in root.iter("script", "style", "noscript"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
            element.text = "\n\n" + (element.text or "")
    text = root.text_content()
    paragraphs = (_SPACES.sub(" ", chunk).strip() for chunk in re.split(r"\n\s*\n", text))
    return "\n\n".join(" ".join(p.split("\n")).strip() for p in paragraphs if p)


def discover_feed_links(html: str, base_url: str) -> list[str]:
    """The feeds a page names with ``<link rel="alternate" type="application/rss+xml">``
    (or Atom), as absolute addresses, in the page's order."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in _ALTERNATE_TYPES and href:
            address = urljoin(base_url, href)
            if _is_web(address) and address not in found:
                found.append(address)
    return found


def _is_web(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())[:160]
