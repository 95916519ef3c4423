"""How long refreshing feeds takes, and how much memory: 20 feeds served from 127.0.0.1.

Each feed is an RSS 2.0 file of ``--items`` stories given as summaries, so every new story's
page is fetched and read (trafilatura) as in real use; pages carry menus, share bars, related
links, comments and a footer. Prints, for a fresh library:

1. the first refresh (every story new: feeds + pages fetched, read, saved),
2. a second refresh (every feed answers 304 Not Modified),
3. a third after each site published one more story,

with wall time, stories added, and peak memory (tracemalloc's peak of Python allocations
during the refresh, and the process's maximum resident size).

    python benchmarks/feeds.py [--feeds 20] [--items 20] [--jobs 4] [--delay 0.0]

``--delay`` makes the server wait that long before each answer, like a distant site.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def prose(seed_text: str, paragraphs: int = 6) -> list[str]:
    seed = int(hashlib.sha256(seed_text.encode()).hexdigest(), 16)
    out = []
    for n in range(paragraphs):
        w = [WORDS[(seed >> (k + n * 3)) % len(WORDS)] for k in range(9)]
        out.append(
            f"The {w[0]} and the {w[1]} were discussed again on Tuesday, officials said, as "
            f"the {w[2]} plan for the {w[3]} moved ahead despite {w[4]} concerns. Residents "
            f"near the {w[5]} said the {w[6]} had changed little since the {w[7]} began, "
            f"while critics pointed at the {w[8]} and asked for a new vote next month."
        )
    return out


class Sites:
    """``feeds`` sites, each with ``items`` stories at first; ``publish`` adds one to each."""

    def __init__(self, feeds: int, items: int) -> None:
        self.count = {n: items for n in range(feeds)}
        self.lock = threading.Lock()

    def publish(self) -> None:
        with self.lock:
            for n in self.count:
                self.count[n] += 1

    def feed(self, site: int, base: str) -> bytes:
        items = []
        for s in reversed(range(self.count[site])):
            title = f"Site {site} story {s}: the {WORDS[(site + s) % len(WORDS)]} question"
            link = f"{base}/site{site}/story{s}"
            summary = escape(prose(title, 1)[0][:140])
            day = 1 + s % 28
            items.append(
                f"<item><title>{escape(title)}</title><link>{link}</link>"
                f'<guid isPermaLink="false">site{site}-{s}</guid>'
                f"<pubDate>{formatdate(1709251200 + day * 86400, usegmt=True)}</pubDate>"
                f"<description>&lt;p&gt;{summary}…&lt;/p&gt;</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Site {site} News</title><link>{base}/site{site}/</link>"
            f"<description>news</description>{''.join(items)}</channel></rss>"
        ).encode()

    @staticmethod
    def page(site: int, story: int) -> bytes:
        title = f"Site {site} story {story}"
        body = "".join(f"<p>{escape(p)}</p>" for p in prose(title))
        nav = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(12))
        related = "".join(f'<li><a href="/r{n}">Another story {n}</a></li>' for n in range(8))
        return (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="og:site_name" content="Site {site} News">'
            f'<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
            f"</head><body><div id='cookies'><p>We use cookies.</p><button>Accept</button>"
            f"</div><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>"
            f"{body}<div class='share'>Share on Facebook · Share on Twitter</div></article>"
            f"<aside><h2>Related</h2><ul>{related}</ul></aside><section id='comments'>"
            f"<p>Great article!</p></section></main><footer>Copyright 2024</footer>"
            f"</body></html>"
        ).encode()


def serve(sites: Sites, delay: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            if delay:
                time.sleep(delay)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            parts = self.path.strip("/").split("/")
            if len(parts) == 2 and parts[1] == "feed.xml":
                body = sites.feed(int(parts[0][4:]), base)
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(body, "application/rss+xml", etag)
            elif len(parts) == 2 and parts[1].startswith("story"):
                self._send(Sites.page(int(parts[0][4:]), int(parts[1][5:])), "text/html", None)
            else:
                self.send_error(404)

        def _send(self, body: bytes, media: str, etag: str | None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    from tuiread.model import Feed
    from tuiread.store import Store, open_store
    from tuiread.store.feeds import feed_id
    from tuiread.subscriptions import Fetcher, Limits, refresh

    sites = Sites(args.feeds, args.items)
    server = serve(sites, args.delay)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    import trafilatura  # noqa: F401 - imported once up front, as a long-running app has it

    def follow_all(store: Store) -> None:
        for n in range(args.feeds):
            url = f"{base}/site{n}/feed.xml"
            store.feeds.add(Feed(id=feed_id(url), url=url, title=f"Site {n}"))

    print(
        f"{args.feeds} feeds x {args.items} stories, {args.jobs} at a time, "
        f"server delay {args.delay:g} s"
    )
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Fetcher(Limits(timeout=30)) as fetcher:
        with tempfile.TemporaryDirectory() as home, open_store(Path(home)) as store:
            follow_all(store)
            for label in ("first refresh (all new)", "second (304s)", "third (1 new each)"):
                if label.startswith("third"):
                    sites.publish()
                started = time.perf_counter()
                results = refresh(store, fetcher, workers=args.jobs)
                elapsed = time.perf_counter() - started
                added = sum(len(r.added) for r in results)
                failed = sum(1 for r in results if r.report.status == "failed")
                print(f"{label:<26} {elapsed:6.2f} s  {added:4d} added  {failed} failed")
        # Memory on its own pass: tracemalloc slows allocation-heavy work several times over.
        with tempfile.TemporaryDirectory() as home, open_store(Path(home)) as store:
            follow_all(store)
            tracemalloc.start()
            refresh(store, fetcher, workers=args.jobs)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    print(f"peak Python allocations during a first refresh: {peak / 2**20:.1f} MB")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"process max resident size {maxrss:.0f} MB "
        f"({rss_before:.0f} MB before the first refresh, libraries imported)"
    )
    server.shutdown()


if __name__ == "__main__":
    main()
