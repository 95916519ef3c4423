"""A web page (HTML) -> Article: its main text and the metadata it declares.

trafilatura finds the article's text and leaves out menus, cookie banners, share bars,
related links, comments and footers; it also reads the page's metadata (``og:`` and
``article:`` tags, JSON-LD, ``<time>``) for title, author, site name and canonical URL. The
date comes from that metadata or the address only (``extensive_search`` off), never from a
date that happens to appear in the body. The text then goes through :func:`parse_article`
like a file, so datelines and leftover furniture are handled the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from tuiread.ingest.fetch import ACCEPT_PAGE, Fetcher, normalise_url
from tuiread.ingest.meta import normalise_date
from tuiread.ingest.parse import parse_article
from tuiread.ingest.reading import IngestError, decode_bytes
from tuiread.model import Article, count_words

MIN_WORDS = 30  # less text than this is not an article (a login wall, a list of links)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLANK_RUN = re.compile(r"\n[ \t]*\n+")


def decode_html(body: bytes, charset: str | None = None) -> str:
    """The page as text: the charset the server named, else the one the page declares, else
    UTF-8, else a guess. IngestError for binary data."""
    if b"\x00" in body[:8192]:
        raise IngestError("not a web page (the server sent binary data)")
    declared = _META_CHARSET.search(body[:8192])
    for name in (charset, declared.group(1).decode("ascii") if declared else None):
        if not name:
            continue
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(body)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def article_from_html(html: str, *, url: str | None = None, origin: str | None = None) -> Article:
    """The article on the page ``html`` (fetched from ``url``, if it was).

    Raises IngestError when the page holds no article (fewer than MIN_WORDS words of main
    text): nothing partial is returned.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%d",
                "max_date": date.today().isoformat(),
            },
        )
    except Exception as exc:  # noqa: BLE001 - a parser failure on odd HTML is "no article"
        raise IngestError(f"cannot read the page ({exc.__class__.__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    words = count_words(text)
    if words < MIN_WORDS:
        found = f"only {words} word{'s' if words != 1 else ''} of text" if words else "no text"
        raise IngestError(f"no article found on the page ({found})")

    title = _clean(getattr(doc, "title", None))
    lines = [line.strip() for line in text.split("\n")]
    if title and lines and lines[0].casefold() == title.casefold():
        lines = lines[1:]  # the page's own headline opens the text
    if not title:
        title = next((line for line in lines if line), "")
        lines = lines[1:]
    body = _BLANK_RUN.sub("\n\n", "\n\n".join(line for line in lines if line))
    article = parse_article(f"{title}\n\n{body}\n", origin=origin or url)

    canonical = _web_url(getattr(doc, "url", None)) or _web_url(url)
    site = _clean(getattr(doc, "sitename", None))
    host = urlsplit(canonical or url or "").hostname
    found_date = _clean(getattr(doc, "date", None))
    return replace(
        article,
        url=canonical,
        author=_clean(getattr(doc, "author", None)) or None,
        source=site or article.source or (host.removeprefix("www.") if host else None),
        date=(normalise_date(found_date) if found_date else None) or article.date,
    )


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _web_url(value: object) -> str | None:
    """``value`` as a normalised http(s) address, or None."""
    if not value:
        return None
    text = str(value).strip()
    if not text.lower().startswith(("http://", "https://")):
        return None
    return normalise_url(text)


FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
)


def fetch_article(url: str, fetcher: Fetcher) -> Article:
    """Fetch the page at ``url`` and return its article; IngestError (one line, naming the
    address) for anything that is not a page holding an article."""
    response = fetcher.get(url, accept=ACCEPT_PAGE)
    shown = url.strip()
    media = response.content_type
    if media in FEED_TYPES:
        raise IngestError("this is a feed, not a page: follow it with `tuiread feed add`", shown)
    if media and media not in HTML_TYPES and media != "text/plain":
        raise IngestError(f"not a web page (the server sent {media})", shown)
    try:
        text = decode_html(response.body, response.charset)
    except IngestError as exc:
        raise IngestError(exc.reason, shown) from None
    if not text.strip():
        raise IngestError("the page is empty", shown)
    try:
        if media == "text/plain" or (not media and not looks_like_html(text)):
            from tuiread.ingest.reading import normalise_newlines

            article = parse_article(normalise_newlines(text), origin=shown)
            return replace(article, url=_web_url(response.url))
        return article_from_html(text, url=response.url, origin=shown)
    except IngestError as exc:
        raise IngestError(exc.reason, shown) from None
