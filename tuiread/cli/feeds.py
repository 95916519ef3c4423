"""Following feeds: ``feed add/list/remove``, ``refresh``, ``opml import/export``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tuiread.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    AddCommand,
    CliError,
    Parser,
    note,
    open_store,
    out,
    positive_count,
    positive_seconds,
    print_json,
    saves,
)
from tuiread.textsafe import one_line, visible

if TYPE_CHECKING:
    from tuiread.ingest.fetch import Fetcher
    from tuiread.model import Feed
    from tuiread.store import Store
    from tuiread.subscriptions import FeedRefresh


def _fetcher(args: argparse.Namespace) -> Fetcher:
    from tuiread.ingest.fetch import Fetcher, Limits

    return Fetcher(Limits(timeout=args.timeout))


def _resolve(store: Store, query: str) -> Feed:
    from tuiread.store import AmbiguousFeed, UnknownFeed

    try:
        feed: Feed = store.feeds.resolve(query)
        return feed
    except (UnknownFeed, AmbiguousFeed) as exc:
        raise CliError(str(exc)) from exc


@saves
def cmd_feed_add(args: argparse.Namespace) -> int:
    from tuiread.ingest import IngestError
    from tuiread.subscriptions import follow

    store = open_store(args)
    try:
        with _fetcher(args) as fetcher:
            try:
                feed = follow(store, args.url, fetcher, tags=args.tag or ())
            except IngestError as exc:
                raise CliError(str(exc)) from exc
    finally:
        store.close()
    tags = " ".join(f"#{t}" for t in feed.tags)
    out(f"following {feed.id[:8]}  {one_line(feed.title)}  {one_line(feed.url)}  {tags}".rstrip())
    note("run `tuiread refresh` to fetch its stories")
    return EXIT_OK


def cmd_feed_list(args: argparse.Namespace) -> int:
    store = open_store(args, write=False)
    try:
        feeds = store.feeds.all()
        unread = store.library.unread_by_feed()
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "title": f.title,
                    "url": f.url,
                    "site_url": f.site_url,
                    "tags": list(f.tags),
                    "added": f.added,
                    "checked": f.checked,
                    "status": f.status,
                    "error": f.error,
                    "unread": unread.get(f.id, 0),
                }
                for f in feeds
            ]
        )
        return EXIT_OK
    if not feeds:
        note("no feeds followed yet: `tuiread feed add URL`")
        return EXIT_OK
    for number, feed in enumerate(feeds, 1):
        tags = " ".join(f"#{t}" for t in feed.tags)
        state = _state_text(feed)
        out(
            f"{number:>3}  {feed.id[:8]}  {one_line(feed.title)}  {one_line(feed.url)}"
            + f"  [{unread.get(feed.id, 0)} unread · {one_line(state)}]"
            + (f"  {one_line(tags)}" if tags else "")
        )
    return EXIT_OK


def _state_text(feed: Feed) -> str:
    if feed.status == "failed":
        return f"failed: {feed.error}"
    if feed.checked is None:
        return "never refreshed"
    return f"checked {feed.checked[:16].replace('T', ' ')}"


@saves
def cmd_feed_remove(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        feed = _resolve(store, args.feed)
        store.feeds.remove(feed.id)
    finally:
        store.close()
    out(f"unfollowed {feed.id[:8]}  {one_line(feed.title)} (its articles stay in the library)")
    return EXIT_OK


@saves
def cmd_refresh(args: argparse.Namespace) -> int:
    from tuiread.subscriptions import refresh

    store = open_store(args)
    try:
        feeds = [_resolve(store, args.feed)] if args.feed else store.feeds.all()
        if not feeds:
            note("no feeds followed yet: `tuiread feed add URL`")
            return EXIT_OK
        rows: list[dict[str, object]] = []

        def show(result: FeedRefresh) -> None:
            if args.json:
                rows.append(_result_row(result))
                return
            out(f"{one_line(result.title)}: {one_line(result.summary())}")
            if not args.quiet:
                for article in result.added:
                    date = f"  ({article.date})" if article.date else ""
                    out(f"  + {article.id[:8]}  {one_line(article.title)}{date}")
                for problem in result.report.problems:
                    out(f"  ! {one_line(problem)}")

        with _fetcher(args) as fetcher:
            results = refresh(store, fetcher, feeds, on_saved=show, workers=args.jobs)
    finally:
        store.close()
    if args.json:
        print_json(rows)
    new = sum(len(r.added) for r in results)
    failed = sum(1 for r in results if r.report.status == "failed")
    summary = f"{new} new article{'s' if new != 1 else ''} from {len(results)} feed" + (
        "s" if len(results) != 1 else ""
    )
    if failed:
        summary += f"; {failed} feed{'s' if failed != 1 else ''} failed"
    note(summary)
    return EXIT_FAIL if failed else EXIT_OK


def _result_row(result: FeedRefresh) -> dict[str, object]:
    report = result.report
    return {
        "feed_id": report.feed.id,
        "title": result.title,
        "status": report.status,
        "error": report.error,
        "items": report.items,
        "added": [
            {"article_id": a.id, "title": a.title, "date": a.date, "url": a.url}
            for a in result.added
        ],
        "problems": list(report.problems),
    }


@saves
def cmd_opml_import(args: argparse.Namespace) -> int:
    from tuiread.fileio import FileProblem, read_stream
    from tuiread.ingest import IngestError
    from tuiread.ingest.reading import MAX_BYTES, read_text_file
    from tuiread.subscriptions import import_opml

    label = "standard input" if args.file == "-" else args.file
    try:
        if args.file == "-":  # bytes as they come: the XML declaration names its encoding
            data = read_stream(getattr(sys.stdin, "buffer", None), limit=MAX_BYTES, label=label)
        else:
            data = read_text_file(args.file, decoded=False)
    except (FileProblem, IngestError) as exc:
        raise CliError(str(exc)) from None
    store = open_store(args)
    try:
        try:
            added, already = import_opml(store, data, label)
        except IngestError as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    for feed in added:
        out(f"following {feed.id[:8]}  {one_line(feed.title)}  {one_line(feed.url)}")
    note(f"{len(added)} feeds added, {already} already followed; `tuiread refresh` fetches them")
    return EXIT_OK


def cmd_opml_export(args: argparse.Namespace) -> int:
    from tuiread.subscriptions import export_opml

    store = open_store(args, write=False)
    try:
        text = export_opml(store)
        count = len(store.feeds)
    finally:
        store.close()
    if args.output in (None, "-"):
        # On a terminal nothing in a feed's title may act on it; to a file or a pipe, exact.
        sys.stdout.write(visible(text) if sys.stdout.isatty() else text)
        return EXIT_OK
    from tuiread.export import ExportError, write_atomic

    try:
        write_atomic(text, args.output, force=args.force)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    note(f"wrote {count} feeds to {args.output}")
    return EXIT_OK


def _timeout(p: argparse.ArgumentParser, default: float = 20.0) -> None:
    p.add_argument(
        "--timeout",
        type=positive_seconds,
        default=default,
        metavar="SECONDS",
        help=f"give up on one request after this long (default {default:g})",
    )


def _nested(
    parent: argparse.ArgumentParser, dest: str, *, required: bool
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    return parent.add_subparsers(
        dest=dest, metavar="ACTION", parser_class=Parser, required=required
    )


def _child(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    func: object,
    help_: str,
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_, description=help_)
    # --home may also follow the action; SUPPRESS keeps the value given before it.
    p.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS, help="library folder")
    p.set_defaults(func=func)
    return p


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("feed", cmd_feed_list, "follow RSS and Atom feeds: add, list (the default), remove")
    p.set_defaults(json=False)
    sub = _nested(p, "feed_action", required=False)
    q = _child(sub, "add", cmd_feed_add, "follow a feed (or the feed a web page links to)")
    q.add_argument("url", metavar="URL")
    q.add_argument(
        "--tag", action="append", metavar="TAG", help="tag every story from this feed (repeatable)"
    )
    _timeout(q)
    q = _child(sub, "list", cmd_feed_list, "list the feeds you follow")
    q.add_argument("--json", action="store_true", help="print JSON")
    q = _child(sub, "remove", cmd_feed_remove, "stop following a feed (its articles stay)")
    q.add_argument("feed", metavar="FEED", help="number, id, address or part of the title")

    p = command("refresh", cmd_refresh, "fetch new stories from every feed you follow (or one)")
    p.add_argument("feed", nargs="?", metavar="FEED", help="only this feed")
    p.add_argument("-q", "--quiet", action="store_true", help="one line per feed")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "-j",
        "--jobs",
        type=positive_count,
        default=4,
        metavar="N",
        help="feeds fetched at once (default 4)",
    )
    _timeout(p)

    p = command("opml", cmd_opml_export, "import or export the list of feeds as OPML")
    sub = _nested(p, "opml_action", required=True)
    q = _child(sub, "import", cmd_opml_import, "follow every feed an OPML file lists")
    q.add_argument("file", metavar="FILE", help="the OPML file, or - for standard input")
    q = _child(sub, "export", cmd_opml_export, "write the feeds you follow as OPML")
    q.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (default: standard output)"
    )
    q.add_argument(
        "--force", action="store_true", help="replace the output file even if it is read-only"
    )
