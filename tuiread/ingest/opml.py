"""OPML, the list of feeds every feed reader imports and exports.

Reading: every ``<outline>`` with an ``xmlUrl`` is a feed; the titles of the folders it sits
in become its tags (as newsboat and most readers file feeds), so do its ``category``
values. The XML parser resolves no entity and fetches nothing. Writing: OPML 2.0, one folder
per first tag, feeds without tags at the top level.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import formatdate
from xml.sax.saxutils import quoteattr

from tuiread.fileio import size_text
from tuiread.ingest.reading import IngestError
from tuiread.model import Feed, normalise_tags

MAX_OPML_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str
    site_url: str | None
    tags: tuple[str, ...]


def read_opml(data: bytes, label: str = "OPML") -> list[OpmlFeed]:
    """The feeds listed in an OPML document, in document order, each address once.

    Raises IngestError (one line) when ``data`` is not OPML.
    """
    from lxml import etree

    if len(data) > MAX_OPML_BYTES:
        raise IngestError(
            f"too large for a list of feeds (the limit is {size_text(MAX_OPML_BYTES)})", label
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"not valid OPML ({' '.join(str(exc).split())[:120]})", label) from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise IngestError("not an OPML file (its root element is not <opml>)", label)
    body = next((el for el in root if _local(el) == "body"), None)
    if body is None:
        raise IngestError("not an OPML file (it has no <body>)", label)
    found: list[OpmlFeed] = []
    seen: set[str] = set()

    def walk(element: object, folders: tuple[str, ...]) -> None:
        for child in element:  # type: ignore[attr-defined]
            if _local(child) != "outline":
                continue
            url = (child.get("xmlUrl") or child.get("xmlurl") or "").strip()
            title = " ".join((child.get("title") or child.get("text") or "").split())
            if url:
                categories = [
                    part.strip().strip("/")
                    for part in (child.get("category") or "").split(",")
                    if part.strip().strip("/")
                ]
                if url.lower().startswith(("http://", "https://")) and url not in seen:
                    seen.add(url)
                    site = (child.get("htmlUrl") or "").strip() or None
                    found.append(
                        OpmlFeed(url, title or url, site, normalise_tags([*folders, *categories]))
                    )
            walk(child, (*folders, title) if not url and title else folders)

    walk(body, ())
    return found


def _local(element: object) -> str:
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def write_opml(feeds: list[Feed], title: str = "tuiread feeds") -> str:
    """An OPML 2.0 document listing ``feeds``; a feed's first tag is its folder and every tag
    is in its ``category``."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{formatdate(usegmt=True)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    folders: dict[str, list[Feed]] = {}
    loose: list[Feed] = []
    for feed in feeds:
        if feed.tags:
            folders.setdefault(feed.tags[0], []).append(feed)
        else:
            loose.append(feed)
    for name, members in folders.items():
        folder = quoteattr(_clean(name))
        lines.append(f"    <outline text={folder} title={folder}>")
        lines.extend("      " + _outline(feed) for feed in members)
        lines.append("    </outline>")
    lines.extend("    " + _outline(feed) for feed in loose)
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _outline(feed: Feed) -> str:
    attributes = [
        ("type", "rss"),
        ("text", feed.title),
        ("title", feed.title),
        ("xmlUrl", feed.url),
    ]
    if feed.site_url:
        attributes.append(("htmlUrl", feed.site_url))
    if feed.tags:
        attributes.append(("category", ",".join(feed.tags)))
    return "<outline " + " ".join(f"{k}={quoteattr(_clean(v))}" for k, v in attributes) + "/>"


def _clean(value: str) -> str:
    """Attribute text without characters XML 1.0 cannot hold."""
    return "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 0x20)


def _text(value: str) -> str:
    return _clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
