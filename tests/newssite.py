"""A small news site served from 127.0.0.1 for the tests: story pages full of page furniture,
an RSS or Atom feed that honours conditional requests, and a way to publish more stories.

    site = NewsSite(httpserver, "daily", kind="rss")
    site.publish("Council approves budget", date="2024-03-05")
    site.feed_url  # http://127.0.0.1:PORT/daily/feed.xml
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

WORDS = [
    "council",
    "budget",
    "transport",
    "river",
    "harbour",
    "minister",
    "election",
    "school",
    "hospital",
    "market",
    "farmers",
    "bridge",
    "museum",
    "festival",
    "rainfall",
    "court",
    "tenants",
    "workers",
    "report",
    "committee",
    "library",
    "park",
]


def story_text(title: str, paragraphs: int = 4) -> list[str]:
    """Paragraphs of plausible prose, different for every title."""
    seed = int(hashlib.sha256(title.encode()).hexdigest(), 16)
    out = []
    for n in range(paragraphs):
        words = [WORDS[(seed >> (k + n * 3)) % len(WORDS)] for k in range(14)]
        out.append(
            f"The {words[0]} and the {words[1]} were discussed again on Tuesday, officials said, "
            f"as the {words[2]} plan for the {words[3]} moved ahead despite {words[4]} concerns. "
            f"Residents near the {words[5]} told reporters the {words[6]} had changed little "
            f"since the {words[7]} was announced, while critics pointed at the {words[8]}."
        )
    return out


def story_page(
    title: str,
    *,
    date: str | None,
    site: str,
    author: str = "Ann Lee",
    canonical: str | None = None,
    feed_href: str | None = None,
    body_date: str = "12 January 1998",
) -> str:
    """A news page: menus, a cookie banner, share bars, related links, comments and a footer
    around the story; the date only in the metadata (and an older one in the body)."""
    paragraphs = story_text(title)
    paragraphs[1] += f" A first plan, dated {body_date}, had been dropped."
    head = [
        '<meta charset="utf-8">',
        f"<title>{escape(title)} | {escape(site)}</title>",
        f'<meta property="og:title" content="{escape(title)}">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        f'<meta name="author" content="{escape(author)}">',
    ]
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T08:30:00+00:00">')
    if canonical:
        head.append(f'<link rel="canonical" href="{escape(canonical)}">')
    if feed_href:
        head.append(
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{feed_href}">'
        )
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{"".join(head)}</head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience on our site.</p>
<button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article><h1>{escape(title)}</h1><p class="byline">By {escape(author)}</p>
{body}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/x">Mayor unveils ferry plan</a>
</li><li><a href="/y">Parks to close early this winter</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>First! Great reporting, keep it
up, best site ever.</p></div></section></main>
<footer><p>Copyright 2024 {escape(site)}. All rights reserved.</p><a href="/privacy">Privacy</a>
</footer></body></html>"""


@dataclass
class Story:
    slug: str
    title: str
    date: str
    guid: str
    full: bool = False
    gone: bool = False  # its page answers 404


@dataclass
class NewsSite:
    """One site on the test server: /NAME/ (home page linking its feed), /NAME/feed.xml,
    /NAME/story/SLUG pages. ``requests`` counts the hits of each path."""

    server: HTTPServer
    name: str
    kind: str = "rss"  # rss | atom | rdf
    full_text: bool = False  # the feed carries whole stories, not summaries
    stories: list[Story] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    conditional: int = 0  # requests answered 304
    feed_status: int = 200  # set to 500 to make the feed fail
    delay: float = 0.0  # seconds the feed takes to answer

    def __post_init__(self) -> None:
        self.server.expect_request(f"/{self.name}/feed.xml").respond_with_handler(self._feed)
        self.server.expect_request(f"/{self.name}/").respond_with_handler(self._home)
        for n in range(60):
            self.server.expect_request(f"/{self.name}/story/s{n}").respond_with_handler(self._page)

    @property
    def title(self) -> str:
        return f"The {self.name.title()} Courier"

    @property
    def home_url(self) -> str:
        return self.server.url_for(f"/{self.name}/")

    @property
    def feed_url(self) -> str:
        return self.server.url_for(f"/{self.name}/feed.xml")

    def story_url(self, story: Story) -> str:
        return self.server.url_for(f"/{self.name}/story/{story.slug}")

    def publish(self, title: str, *, date: str, guid: str | None = None) -> Story:
        slug = f"s{len(self.stories)}"
        story = Story(slug, title, date, guid or f"{self.name}-{slug}", self.full_text)
        self.stories.append(story)
        return story

    def _count(self, request: Request) -> None:
        self.requests[request.path] = self.requests.get(request.path, 0) + 1

    def _home(self, request: Request) -> Response:
        self._count(request)
        html = story_page(f"{self.title} home", date=None, site=self.title, feed_href="feed.xml")
        return Response(html, content_type="text/html; charset=utf-8")

    def _page(self, request: Request) -> Response:
        self._count(request)
        slug = request.path.rsplit("/", 1)[-1]
        story = next((s for s in self.stories if s.slug == slug), None)
        if story is None or story.gone:
            return Response("not found", status=404)
        html = story_page(
            story.title, date=story.date, site=self.title, canonical=self.story_url(story)
        )
        return Response(html, content_type="text/html; charset=utf-8")

    def _feed(self, request: Request) -> Response:
        self._count(request)
        if self.delay:
            time.sleep(self.delay)
        if self.feed_status != 200:
            return Response("the feed is down", status=self.feed_status)
        body = self.render_feed().encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            self.conditional += 1
            return Response(status=304, headers={"ETag": etag})
        media = {"rss": "application/rss+xml", "atom": "application/atom+xml"}.get(
            self.kind, "application/rdf+xml"
        )
        return Response(body, content_type=f"{media}; charset=utf-8", headers={"ETag": etag})

    def _summary(self, story: Story) -> str:
        paragraphs = story_text(story.title)
        if story.full:
            return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return f"<p>{escape(paragraphs[0][:120])}…</p>"

    def render_feed(self) -> str:
        newest_first = list(reversed(self.stories))
        if self.kind == "atom":
            entries = "".join(
                f"<entry><title>{escape(s.title)}</title>"
                f'<link href="{escape(self.story_url(s))}"/><id>{escape(s.guid)}</id>'
                f"<updated>{s.date}T08:30:00Z</updated><published>{s.date}T08:30:00Z</published>"
                f"<author><name>Ann Lee</name></author>"
                f'<summary type="html">{escape(self._summary(s))}</summary></entry>'
                for s in newest_first
            )
            return (
                '<?xml version="1.0" encoding="utf-8"?>'
                f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(self.title)}</title>'
                f'<link href="{escape(self.home_url)}"/><id>urn:{self.name}</id>'
                f"<updated>2024-03-09T00:00:00Z</updated>{entries}</feed>"
            )
        if self.kind == "rdf":
            items = "".join(
                f'<item rdf:about="{escape(self.story_url(s))}"><title>{escape(s.title)}</title>'
                f"<link>{escape(self.story_url(s))}</link><dc:date>{s.date}T08:30:00Z</dc:date>"
                f"<description>{escape(self._summary(s))}</description></item>"
                for s in newest_first
            )
            return (
                '<?xml version="1.0"?><rdf:RDF '
                'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f'<channel rdf:about="{escape(self.home_url)}"><title>{escape(self.title)}</title>'
                f"<link>{escape(self.home_url)}</link><description>news</description></channel>"
                f"{items}</rdf:RDF>"
            )
        items = "".join(
            f"<item><title>{escape(s.title)}</title><link>{escape(self.story_url(s))}</link>"
            f'<guid isPermaLink="false">{escape(s.guid)}</guid>'
            f"<pubDate>{_rfc822(s.date)}</pubDate>"
            f"<description>{escape(self._summary(s))}</description></item>"
            for s in newest_first
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(self.title)}</title><link>{escape(self.home_url)}</link>"
            f"<description>news</description>{items}</channel></rss>"
        )


def _rfc822(day: str) -> str:
    return format_datetime(datetime.fromisoformat(day).replace(hour=8, minute=30, tzinfo=UTC))
