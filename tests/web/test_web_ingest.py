"""Pure web ingest: addresses, page extraction, feeds of every format, discovery, OPML,
and the refresh of one feed (against 127.0.0.1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newssite import NewsSite, story_page, story_text
from pytest_httpserver import HTTPServer

from tuiread.ingest.feeds import discover_feed_links, html_fragment_text, parse_feed
from tuiread.ingest.fetch import Fetcher, FetchError, Limits, check_url, is_url, normalise_url
from tuiread.ingest.opml import read_opml, write_opml
from tuiread.ingest.reading import IngestError
from tuiread.ingest.refresh import refresh_feed
from tuiread.ingest.webpage import article_from_html
from tuiread.model import Feed

# --------------------------------------------------------------------------- addresses


def test_is_url_tells_addresses_from_paths() -> None:
    assert is_url("https://example.com/a") and is_url("ftp://x") and is_url("mailto:a@b")
    assert not is_url("notes/a.txt") and not is_url("C:\\news\\a.txt") and not is_url("-")


def test_check_url_accepts_only_http_and_https() -> None:
    assert check_url(" https://example.com/a ") == "https://example.com/a"
    for bad in ("ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "http://"):
        with pytest.raises(FetchError) as exc:
            check_url(bad)
        assert "\n" not in str(exc.value)


def test_normalise_url_drops_what_does_not_name_the_story() -> None:
    assert (
        normalise_url("HTTPS://News.Example.com:443/a/b?utm_source=rss&id=3&fbclid=x#top")
        == "https://news.example.com/a/b?id=3"
    )
    assert normalise_url("http://example.com") == "http://example.com/"
    assert normalise_url("http://example.com:8080/x") == "http://example.com:8080/x"


@given(st.text(max_size=60))
def test_normalise_url_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise_url(text)
    assert normalise_url(once) == once


# --------------------------------------------------------------------------- pages


def test_a_page_keeps_the_article_and_its_metadata_and_drops_the_furniture() -> None:
    html = story_page(
        "Council approves new budget",
        date="2024-03-05",
        site="The Daily Courier",
        canonical="https://daily.example/story?utm_source=rss",
    )
    article = article_from_html(html, url="https://daily.example/story?x=1")
    assert article.title == "Council approves new budget"
    assert article.url == "https://daily.example/story"
    assert (article.source, article.author, article.date) == (
        "The Daily Courier",
        "Ann Lee",
        "2024-03-05",
    )
    for furniture in (
        "cookies",
        "Home",
        "Share on",
        "Related stories",
        "Mayor unveils",
        "First! Great",
        "Copyright",
        "Privacy",
    ):
        assert furniture not in article.text, furniture
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == story_text("Council approves new budget")[0]
    assert len(paragraphs) == 4


def test_a_page_date_comes_from_its_metadata_never_from_the_body() -> None:
    html = story_page("No date here", date=None, site="S", body_date="3 March 2019")
    assert article_from_html(html).date is None
    json_ld = story_page("JSON-LD", date=None, site="S").replace(
        "</head>",
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "datePublished": "2021-06-07T08:00:00+02:00"}</script></head>',
    )
    assert article_from_html(json_ld).date == "2021-06-07"
    timed = story_page("Timed", date=None, site="S").replace(
        '<p class="byline">', '<time datetime="2020-02-03T10:00:00Z">3 Feb</time><p class="byline">'
    )
    assert article_from_html(timed).date == "2020-02-03"


def test_a_page_with_no_article_raises() -> None:
    with pytest.raises(IngestError, match="no article found"):
        article_from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_markup_in_a_page_is_kept_as_text() -> None:
    html = story_page("[bold]Not markup[/bold] \x1b[2J", date=None, site="S")
    assert article_from_html(html).title.startswith("[bold]Not markup[/bold]")


# --------------------------------------------------------------------------- feeds


def test_every_feed_format_gives_items_with_title_link_guid_and_date(
    httpserver: HTTPServer,
) -> None:
    for kind in ("rss", "atom", "rdf"):
        site = NewsSite(httpserver, kind, kind=kind)
        site.publish("First story", date="2024-03-04")
        site.publish("Second story", date="2024-03-05")
        feed = parse_feed(site.render_feed().encode(), url=site.feed_url)
        assert feed.title == site.title
        assert [(i.title, i.date) for i in feed.items] == [
            ("Second story", "2024-03-05"),
            ("First story", "2024-03-04"),
        ]
        assert feed.items[0].url == site.story_url(site.stories[1])
        assert feed.items[0].guid and not feed.items[0].full


def test_rss_091_and_a_full_text_item() -> None:
    body = " ".join(story_text("long", 5))
    rss = (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>'
        "<link>https://old.example/</link><description>d</description><language>en</language>"
        f"<item><title>Whole</title><link>https://old.example/1</link><description>"
        f"&lt;p&gt;{body}&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item></channel></rss>"
    )
    feed = parse_feed(rss.encode(), url="https://old.example/rss")
    assert feed.kind == "rss091u"
    [item] = feed.items
    assert item.full and item.text.endswith("\n\nSecond.")


def test_a_broken_feed_raises_one_line() -> None:
    for bad in (b"", b"<html><body>hi</body></html>", b"<rss><channel><title>T</title><item><ti"):
        with pytest.raises(IngestError) as exc:
            parse_feed(bad, url="https://x.example/f")
        assert "\n" not in str(exc.value)


def test_html_fragment_text_makes_paragraphs() -> None:
    text = html_fragment_text("<p>One <b>bold</b></p><script>x()</script><ul><li>a</li></ul>b")
    assert text == "One bold\n\na\n\nb"


def test_discovery_finds_rss_and_atom_links_only() -> None:
    html = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        '<link rel="alternate" type="application/atom+xml" href="https://a.example/atom">'
        '<link rel="alternate" hreflang="fr" href="/fr"><link rel="stylesheet" href="/s.css">'
        '<link rel="alternate" type="application/rss+xml" href="javascript:x()"></head></html>'
    )
    assert discover_feed_links(html, "https://a.example/page") == [
        "https://a.example/rss",
        "https://a.example/atom",
    ]


# --------------------------------------------------------------------------- OPML


def test_opml_round_trip_keeps_folders_as_tags() -> None:
    feeds = [
        Feed(id="a", url="https://a.example/rss", title="A & <B>", tags=("news", "world")),
        Feed(id="b", url="https://b.example/atom", title="B", site_url="https://b.example/"),
    ]
    read = read_opml(write_opml(feeds).encode())
    assert [(f.url, f.title, f.tags, f.site_url) for f in read] == [
        ("https://a.example/rss", "A & <B>", ("news", "world"), None),
        ("https://b.example/atom", "B", (), "https://b.example/"),
    ]


def test_opml_with_control_characters_in_titles_and_tags_stays_readable_xml() -> None:
    """XML 1.0 cannot hold most control characters: written as they are, the file is one no
    reader (ours included) can import again."""
    feeds = [Feed(id="a", url="https://a.example/rss", title="A\x1b[2J", tags=("n\x1bews",))]
    read = read_opml(write_opml(feeds).encode())
    assert [(f.url, f.title, f.tags) for f in read] == [
        ("https://a.example/rss", "A[2J", ("news",))
    ]


def test_opml_from_another_reader_and_bad_files() -> None:
    other = b"""<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
    <outline text="Tech"><outline text="Site" type="rss" xmlUrl="https://t.example/feed"/>
    <outline text="Dup" xmlUrl="https://t.example/feed"/></outline>
    <outline text="Loose" xmlUrl="https://l.example/rss" category="/a,/b"/>
    <outline text="Not web" xmlUrl="file:///etc/passwd"/></body></opml>"""
    assert [(f.url, f.tags) for f in read_opml(other)] == [
        ("https://t.example/feed", ("Tech",)),
        ("https://l.example/rss", ("a", "b")),
    ]
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline text="&e;" xmlUrl="https://x.example/"/></body></opml>'
    )
    for bad in (b"not xml", b"<html/>", b"<opml/>", xxe):
        with pytest.raises(IngestError):
            read_opml(bad)


# --------------------------------------------------------------------------- one feed


def test_refresh_feed_takes_new_items_once_and_uses_conditional_requests(
    httpserver: HTTPServer,
) -> None:
    site = NewsSite(httpserver, "daily")
    site.publish("Council approves new budget", date="2024-03-05")
    feed = Feed(id="f1", url=site.feed_url, title="x", tags=("local",))
    with Fetcher(Limits(timeout=5)) as fetcher:
        report = refresh_feed(feed, fetcher)
        assert report.status == "ok" and report.title == site.title
        [article] = report.articles
        assert (article.title, article.date, article.feed, article.tags) == (
            "Council approves new budget",
            "2024-03-05",
            "f1",
            ("local",),
        )
        assert article.guid == "daily-s0" and article.url == site.story_url(site.stories[0])
        seen = Feed(id="f1", url=site.feed_url, title="x", seen=report.seen, etag=report.etag)
        assert refresh_feed(seen, fetcher).status == "unchanged"
        site.publish("Second", date="2024-03-06")
        again = refresh_feed(seen, fetcher)
        assert [a.title for a in again.articles] == ["Second"] and again.known == 1


def test_refresh_feed_reports_a_page_it_cannot_fetch_and_keeps_it_for_later(
    httpserver: HTTPServer,
) -> None:
    site = NewsSite(httpserver, "daily")
    site.publish("Fine", date="2024-03-05")
    site.publish("Missing", date="2024-03-06")
    site.stories[1].gone = True
    feed = Feed(id="f1", url=site.feed_url, title="x")
    with Fetcher(Limits(timeout=5)) as fetcher:
        report = refresh_feed(feed, fetcher)
    assert [a.title for a in report.articles] == ["Fine"]
    assert len(report.problems) == 1 and report.problems[0].startswith("Missing: HTTP 404")
    assert not any("/s1" in key for key in report.seen)


def test_a_story_deleted_from_the_library_does_not_come_back(home, httpserver: HTTPServer) -> None:
    from tuiread.store import open_store
    from tuiread.subscriptions import refresh

    site = NewsSite(httpserver, "daily")
    site.publish("Read and deleted", date="2024-03-05")
    with open_store(home) as store, Fetcher(Limits(timeout=5)) as fetcher:
        store.feeds.add(Feed(id="f1", url=site.feed_url, title="x"))
        [result] = refresh(store, fetcher)
        [article] = result.added
        store.library.remove(article.id)
        site.publish("Next", date="2024-03-06")  # the feed changes: no 304
        [again] = refresh(store, fetcher)
        assert [a.title for a in again.added] == ["Next"]
        assert [s.title for s in store.library.summaries() if s.feed] == ["Next"]
        # What the feed no longer lists is forgotten: the memory stays as small as the feed.
        site.stories.pop(0)
        refresh(store, fetcher)
        assert all("/s0" not in key for key in store.feeds.get("f1").seen)


def test_a_feed_cannot_make_the_parser_read_a_local_file(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T &e;</title><item><title>I &e;</title>'
        "<link>https://x.example/1</link></item></channel></rss>"
    ).encode()
    feed = parse_feed(xxe, url="https://x.example/f")
    assert "TOP-SECRET" not in feed.title and "TOP-SECRET" not in feed.items[0].title
    # Bytes that name a file are data, never a path to open.
    with pytest.raises(IngestError):
        parse_feed(str(secret).encode(), url="https://x.example/f")
