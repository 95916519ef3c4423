"""Reading the library: open the app, add files, list and show articles."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tuiread.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    AddCommand,
    CliError,
    err,
    home,
    note,
    open_store,
    out,
    positive_seconds,
    print_json,
    resolve,
    saves,
    seed_new_library,
)
from tuiread.cli.render import print_article
from tuiread.textsafe import one_line

if TYPE_CHECKING:
    from tuiread.ingest.fetch import Fetcher
    from tuiread.store import Store


def cmd_read(args: argparse.Namespace) -> int:
    """Open the terminal app on the library (the default command)."""
    from tuiread.store import open_store as open_library
    from tuiread.store.paths import config_path

    store = open_library(home(args))
    try:
        if store.created and not store.read_only:
            seed_new_library(store)
        from tuiread.tui.app import TuireadApp

        app = TuireadApp(store, config_path=config_path(), index_in_background=True)
        if getattr(args, "article", None):
            app.initial_article = resolve(store, args.article).id
        app.run()
        return int(app.return_code or 0)
    finally:
        store.close()


@saves
def cmd_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tuiread.ingest import Loaded, iter_sources
    from tuiread.ingest.fetch import is_url

    store = open_store(args)
    added: list[str] = []
    skipped: list[str] = []
    failed: list[str] = []
    ignored: list[str] = []
    fetcher = None

    def report(loaded: Loaded) -> None:
        if loaded.skipped:
            ignored.append(loaded.label)
            if not args.quiet:
                out(f"ignored  {one_line(loaded.label)} ({loaded.skipped})")
            return
        if loaded.error or loaded.article is None:
            failed.append(loaded.label)
            err(f"{one_line(loaded.label)}: {loaded.error}")
            return
        article = loaded.article
        if store.add_articles([article]):
            added.append(article.id)
            if not args.quiet:
                out(f"added    {article.id[:8]}  {one_line(article.title)}")
        else:
            same = store.library.find_duplicate(article) or article.id
            skipped.append(loaded.label)
            if not args.quiet:
                out(f"skipped  {same[:8]}  {one_line(article.title)} (already in the library)")

    try:
        for given in args.paths:
            if is_url(given) and not Path(given).exists():
                if fetcher is None:
                    fetcher = _fetcher(args)
                _add_url(store, given, fetcher, args, added, skipped, failed)
                continue
            for loaded in iter_sources([given], stdin=sys.stdin):
                report(loaded)
    finally:
        if fetcher is not None:
            fetcher.close()
        store.close()
    summary = f"{len(added)} added, {len(skipped)} skipped, {len(failed)} failed"
    if ignored:
        summary += f", {len(ignored)} ignored (hidden files, README, LICENSE...)"
    note(summary)
    return EXIT_FAIL if failed else EXIT_OK  # 1 when any file failed, even if others were added


def _fetcher(args: argparse.Namespace) -> Fetcher:
    from tuiread.ingest.fetch import Fetcher, Limits

    return Fetcher(Limits(timeout=args.timeout))


def _add_url(
    store: Store,
    url: str,
    fetcher: Fetcher,
    args: argparse.Namespace,
    added: list[str],
    skipped: list[str],
    failed: list[str],
) -> None:
    from tuiread.ingest import IngestError
    from tuiread.subscriptions import take_page

    try:
        page = take_page(store, url, fetcher)
    except IngestError as exc:
        failed.append(url)
        err(str(exc))
        return
    (added if page.added else skipped).append(page.article_id)
    if not args.quiet:
        if page.added:
            out(f"added    {page.article_id[:8]}  {one_line(page.title)}")
        else:
            out(f"skipped  {page.article_id[:8]}  {one_line(page.title)} (already in the library)")


def cmd_list(args: argparse.Namespace) -> int:
    store = open_store(args, write=False)
    try:
        summaries = store.library.summaries()
        tags_of = {s.id: store.annotations.article_tags(s.id) for s in summaries}
        with_notes = store.annotations.article_ids_with_notes()
        if args.tag:
            wanted = args.tag.lstrip("#").casefold()
            tagged = {
                a.article_id
                for a in store.annotations.all()
                if any(t.casefold() == wanted for t in a.tags)
            }
            summaries = [s for s in summaries if s.id in tagged]
        if args.has_notes:
            summaries = [s for s in summaries if s.id in with_notes]
        named: dict[str, int] = {}
        if args.entity:
            named = _articles_naming(args, store, args.entity)
            summaries = [s for s in summaries if s.id in named]
        rows = []
        for s in summaries:
            state = store.library.get_state(s.id)
            rows.append(
                {
                    **s.to_dict(),
                    "article_id": s.id,
                    "tags": list(tags_of[s.id]),
                    "read": state.read,
                    "has_notes": s.id in with_notes,
                    **({"mentions": named[s.id]} if args.entity else {}),
                }
            )
    finally:
        store.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        mark = " " if row["read"] else "*"
        tags = " ".join(f"#{t}" for t in row["tags"])
        meta = " · ".join(x for x in (row["source"], row["date"]) if x)
        out(
            f"{mark} {row['id'][:8]}  {one_line(row['title'])}"
            + (f"  [{one_line(meta)}]" if meta else "")
            + f"  {row['word_count']} words"
            + (_mentions(row["mentions"]) if "mentions" in row else "")
            + (f"  {one_line(tags)}" if tags else "")
        )
    if not rows:
        note("no articles match")
    return EXIT_OK


def _mentions(count: int) -> str:
    return f"  {count} mention" + ("" if count == 1 else "s")


def _articles_naming(args: argparse.Namespace, store: Store, name: str) -> dict[str, int]:
    """Article id -> mentions, for the articles naming the entity ``name``."""
    from tuiread.cli.progress import ProgressBar
    from tuiread.index import LibraryIndex

    index = LibraryIndex(store)
    try:
        bar = ProgressBar()
        try:
            index.update(bar)
        finally:
            bar.finish()
        found = index.find_entities(name)
        if not found:
            raise CliError(
                f'no entity named "{one_line(name)}" in the library (tuiread entities lists them)'
            )
        return {a.article_id: a.mentions for a in index.entity_articles([e.id for e in found])}
    finally:
        index.close()


def cmd_show(args: argparse.Namespace) -> int:
    store = open_store(args, write=False)
    try:
        article = resolve(store, args.article)
        annotations = store.annotations.for_article(article.id)
        tags = store.annotations.article_tags(article.id)
        spans = []
        if not args.no_highlights:
            from tuiread.index import LibraryIndex

            index = LibraryIndex(store)  # the analysis cache: analysed once, shown at once
            try:
                spans = index.spans(article)
            finally:
                index.close()
    finally:
        store.close()
    print_article(article, spans, annotations=annotations, tags=tags)
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("read", cmd_read, "open the app (the default)")
    p.add_argument(
        "article",
        nargs="?",
        help="open this article straight away (id prefix or part of its title)",
    )

    p = command(
        "add",
        cmd_add,
        "import web pages by address, .txt, .md and .html files, or folders (- reads standard input)",
    )
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    p.add_argument(
        "--timeout",
        type=positive_seconds,
        default=20.0,
        metavar="SECONDS",
        help="give up on a page after this long (default 20)",
    )

    p = command("list", cmd_list, "list the articles in the library")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument("--has-notes", action="store_true", help="only articles with notes")
    p.add_argument("--entity", metavar="NAME", help="only articles naming this entity")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("show", cmd_show, "print an article with its highlights and notes")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("--no-highlights", action="store_true", help="skip the automatic highlights")
