"""The store's feed list and the library's duplicate finding."""

from __future__ import annotations

import pytest

from tuiread.model import Article, Feed
from tuiread.store import AmbiguousFeed, UnknownFeed, open_store
from tuiread.store.feeds import SEEN_LIMIT, feed_id


def _feed(n: int) -> Feed:
    url = f"https://site{n}.example/feed"
    return Feed(id=feed_id(url), url=url, title=f"Site {n}")


def test_add_resolve_remove(home) -> None:
    with open_store(home) as store:
        assert store.feeds.add(_feed(1)) and store.feeds.add(_feed(2))
        assert not store.feeds.add(_feed(1))
        assert store.feeds.resolve("2").id == _feed(2).id  # by number
        assert store.feeds.resolve("Site 1").id == _feed(1).id  # by title
        assert store.feeds.resolve(_feed(2).url).id == _feed(2).id
        assert store.feeds.resolve(_feed(1).id[:6]).id == _feed(1).id
        with pytest.raises(AmbiguousFeed):
            store.feeds.resolve("site")
        with pytest.raises(UnknownFeed):
            store.feeds.resolve("nothing")
        assert store.feeds.remove(_feed(1).id) is not None
        assert store.feeds.remove(_feed(1).id) is None
    with open_store(home) as again:  # durable
        assert [f.title for f in again.feeds.all()] == ["Site 2"]


def test_record_keeps_validators_on_failure_and_bounds_seen(home) -> None:
    with open_store(home) as store:
        store.feeds.add(_feed(1))
        fid = _feed(1).id
        store.feeds.record(fid, status="ok", checked="t1", etag='"e1"', seen=["guid:a"], added=1)
        failed = store.feeds.record(fid, status="failed", checked="t2", error="HTTP 500")
        assert failed is not None
        assert (failed.etag, failed.status, failed.error, failed.seen) == (
            '"e1"',
            "failed",
            "HTTP 500",
            ("guid:a",),
        )
        # A successful refresh replaces what is remembered with the feed's items as they are.
        done = store.feeds.record(fid, status="ok", checked="t3", seen=["guid:b", "guid:c"])
        assert done is not None and done.seen == ("guid:b", "guid:c")
        many = [f"guid:{n}" for n in range(SEEN_LIMIT + 10)]
        done = store.feeds.record(fid, status="ok", checked="t4", seen=many)
        assert done is not None and len(done.seen) == SEEN_LIMIT and done.seen[-1] == many[-1]
        assert store.feeds.record("nope", status="ok", checked="t") is None


def test_add_articles_skips_the_same_story_by_url_guid_and_text(home) -> None:
    with open_store(home) as store:
        first = Article(id="a" * 16, title="A", text="Text A", url="https://x.example/a", guid="g1")
        assert [a.id for a in store.add_articles([first])] == [first.id]
        same_url = Article(id="b" * 16, title="A2", text="Other", url="https://x.example/a")
        same_guid = Article(id="c" * 16, title="A3", text="Other 2", guid="g1")
        same_text = Article(id="d" * 16, title="A4", text="Text A")
        twice = Article(id="e" * 16, title="E", text="New", tags=("t1", "t2"))
        added = store.add_articles([same_url, same_guid, same_text, twice, twice])
        assert [a.id for a in added] == [twice.id]
        assert store.library.find_duplicate(same_url) == first.id
        assert store.annotations.article_tags(twice.id) == ("t1", "t2")
        store.library.set_state(first.id, read=True)
        feedy = Article(id="f" * 16, title="F", text="From a feed", feed="feed1")
        store.add_articles([feedy])
        assert store.library.unread_by_feed() == {"feed1": 1}


def test_a_story_another_process_added_meanwhile_is_not_added_again(home) -> None:
    """Two refreshes at once (the app's and `tuiread refresh`, say): the second to save finds
    the story the first saved since it last read the library, by id and by address, and
    neither adds it twice nor reports it as new."""
    story = Article(id="a" * 16, title="A", text="Text A", url="https://x.example/a", guid="g1")
    # The same page fetched a moment later, with a line that changed (another id).
    again = Article(id="b" * 16, title="A", text="Text A, updated", url="https://x.example/a")
    with open_store(home) as first, open_store(home) as second:
        second.library.summaries()  # the second has read the library before the first saves
        assert [a.id for a in first.add_articles([story])] == [story.id]
        assert second.add_articles([story]) == []
        assert second.add_articles([again]) == []
        assert [s.id for s in second.library.summaries()] == [story.id]
