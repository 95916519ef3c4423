"""The library as one body of news: ``search``, ``entities``, ``quotes``, ``timeline``, ``index``.

Each command first brings the index up to date (a progress bar on standard error when it has
work to do), then answers from it. ``--json`` prints a list of objects whose field names are
stable (README lists them).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tuiread.cli.common import (
    EXIT_OK,
    AddCommand,
    CliError,
    clip,
    count,
    err,
    open_store,
    print_json,
    resolve,
    saves,
    use_colour,
)
from tuiread.textsafe import one_line

if TYPE_CHECKING:
    from tuiread.index import Entity, LibraryIndex, Marked
    from tuiread.store import Store

BOLD, UNDERLINE, DIM, RESET = "\x1b[1m", "\x1b[4m", "\x1b[2m", "\x1b[0m"


@contextlib.contextmanager
def indexed(args: argparse.Namespace, *, analysis: bool) -> Iterator[tuple[Store, LibraryIndex]]:
    """The store and its index, brought up to date (``analysis``: the analysis too)."""
    from tuiread.cli.progress import ProgressBar
    from tuiread.index import LibraryIndex

    store = open_store(args, write=False)
    index = None
    try:
        index = LibraryIndex(store)
        bar = ProgressBar()
        try:
            index.update(bar, analysis=analysis)
        finally:
            bar.finish()
        for warning in index.warnings:
            err(warning)
        yield store, index
    finally:
        if index is not None:
            index.close()
        store.close()


def marked(value: Marked, colour: bool) -> str:
    """Text with its matches in bold underline (or between ** without colour)."""
    text = value.text
    out: list[str] = []
    at = 0
    for start, end in value.marks:
        out.append(one_line(text[at:start]))
        inner = one_line(text[start:end])
        out.append(f"{BOLD}{UNDERLINE}{inner}{RESET}" if colour else f"**{inner}**")
        at = end
    out.append(one_line(text[at:]))
    return "".join(out)


def find_entities(index: LibraryIndex, name: str) -> list[Entity]:
    """The entities ``name`` means; CliError saying so when there are none."""
    found = index.find_entities(name)
    if not found:
        raise CliError(
            f'no entity named "{one_line(name)}" in the library (tuiread entities lists them)'
        )
    return found


# --------------------------------------------------------------------------- search


def cmd_search(args: argparse.Namespace) -> int:
    from tuiread.index import QueryError

    text = " ".join(args.query)
    with indexed(args, analysis=False) as (_store, index):
        try:
            results = index.search(
                text, tags=args.tag or (), sources=args.source or (), since=args.since
            )
        except QueryError as exc:
            raise CliError(f"search: {exc}") from exc
        limit = results.total if args.limit is None else args.limit
        hits = results.hits(0, limit)
    if args.json:
        print_json(
            [
                {
                    "article_id": h.article_id,
                    "title": h.title.text,
                    "date": h.date,
                    "source": h.source,
                    "score": round(h.score, 4),
                    "snippet": h.snippet.text,
                    "snippet_marks": [list(m) for m in h.snippet.marks],
                    "title_marks": [list(m) for m in h.title.marks],
                }
                for h in hits
            ]
        )
        return EXIT_OK
    colour = use_colour()
    for h in hits:
        meta = " · ".join(one_line(x) for x in (h.source, h.date) if x)
        print(f"{h.article_id[:8]}  {marked(h.title, colour)}" + (f"  [{meta}]" if meta else ""))
        if h.snippet.text:
            print(f"          {marked(h.snippet, colour)}")
    shown = f" (showing {len(hits):,})" if len(hits) < results.total else ""
    noun = "article matches" if results.total == 1 else "articles match"
    print(f"{results.total:,} {noun}{shown}", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- entities


def cmd_entities(args: argparse.Namespace) -> int:
    from tuiread.index import QueryError, check_label

    try:
        label = check_label(args.label) if args.label else None
    except QueryError as exc:
        raise CliError(str(exc)) from exc
    with indexed(args, analysis=True) as (_store, index):
        entities = index.entities(label, args.limit)
        ids = index.entity_article_ids() if args.json else {}
    if args.json:
        print_json(
            [
                {
                    "name": e.name,
                    "label": e.label,
                    "articles": e.articles,
                    "mentions": e.mentions,
                    "aliases": list(e.aliases),
                    "article_ids": ids.get(e.id, []),
                }
                for e in entities
            ]
        )
        return EXIT_OK
    if entities:
        print(f"{'ARTICLES':>8}  {'MENTIONS':>8}  {'LABEL':<11} NAME")
    for e in entities:
        also = f"  (also {', '.join(one_line(a) for a in e.aliases[:6])})" if e.aliases else ""
        print(f"{e.articles:>8,}  {e.mentions:>8,}  {e.label:<11} {one_line(e.name)}{also}")
    if not entities:
        print("no entities" + (f" labelled {label}" if label else ""), file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- quotes


def cmd_quotes(args: argparse.Namespace) -> int:
    with indexed(args, analysis=True) as (store, index):
        article_id = resolve(store, args.article).id if args.article else None
        if args.speaker:
            find_entities_or_speaker(index, args.speaker)
        quotes = index.quotes(speaker=args.speaker, article_id=article_id)
    if args.json:
        print_json(
            [
                {
                    "speaker": q.speaker,
                    "text": q.text,
                    "article_id": q.article_id,
                    "title": q.title,
                    "date": q.date,
                    "start": q.start,
                    "end": q.end,
                    "speaker_mention": q.speaker_mention,
                }
                for q in quotes
            ]
        )
        return EXIT_OK
    for q in quotes:
        where = " · ".join(x for x in (q.date, clip(one_line(q.title), 60)) if x)
        print(f"{one_line(q.speaker or '(speaker unknown)')}  [{where}]  {q.article_id[:8]}")
        print(f"    {clip(one_line(q.text), 300)}")
    if not quotes:
        print("no quotes", file=sys.stderr)
    return EXIT_OK


def find_entities_or_speaker(index: LibraryIndex, name: str) -> None:
    """CliError when ``name`` names neither an entity nor any speaker."""
    if index.find_entities(name):
        return
    from tuiread.index.names import fold

    wanted = fold(name)
    if not any(wanted in fold(speaker) for speaker, _ in index.speakers()):
        raise CliError(f'no speaker named "{one_line(name)}" in the library')


# --------------------------------------------------------------------------- timeline


def cmd_timeline(args: argparse.Namespace) -> int:
    with indexed(args, analysis=True) as (_store, index):
        ids = [e.id for e in find_entities(index, args.entity)] if args.entity else None
        events = index.timeline(ids)
    if args.json:
        print_json(
            [
                {
                    "date": e.date,
                    "text": e.sentence,
                    "mention": e.mention,
                    "resolved": e.resolved,
                    "article_id": e.article_id,
                    "title": e.title,
                    "article_date": e.article_date,
                    "start": e.start,
                    "end": e.end,
                }
                for e in events
            ]
        )
        return EXIT_OK
    width = max((len(e.date) for e in events), default=10)
    colour = use_colour()
    for e in events:
        when = e.date.ljust(width)
        note = "  (the article's date)" if e.resolved == "article" else ""
        title = clip(one_line(e.title), 60)
        print(f"{when}  {clip(one_line(e.sentence), 240)}")
        line = f"{' ' * width}  — {title} · {e.article_id[:8]}{note}"
        print(f"{DIM}{line}{RESET}" if colour else line)
    if not events:
        print("no dated events", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- index


@saves
def cmd_index(args: argparse.Namespace) -> int:
    from tuiread.cli.progress import ProgressBar
    from tuiread.index import LibraryIndex

    store = open_store(args, write=False)
    index = LibraryIndex(store)
    try:
        if args.rebuild:
            index.clear()
        bar = ProgressBar()
        try:
            index.update(bar)
        finally:
            bar.finish()
        for warning in index.warnings:
            err(warning)
        status = index.status()
    finally:
        index.close()
        store.close()
    data: dict[str, Any] = {
        "articles": status.articles,
        "indexed": status.indexed,
        "analysed": status.analysed,
        "engine": status.engine,
        "path": status.path,
        "bytes": status.size,
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    where = status.path or "memory (the library folder cannot be written)"
    print(
        f"{status.indexed:,} of {status.articles:,} articles indexed, {status.analysed:,} "
        f"analysed by engine {status.engine}"
    )
    print(f"{where}  {status.size / 1e6:.1f} MB")
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command(
        "search",
        cmd_search,
        'search the full text: words, "phrases", prefix*, AND/OR/NOT, -word, ( )',
    )
    p.add_argument("query", nargs="+", help='the search, e.g. "prime minister" blair -brown')
    p.add_argument("--tag", action="append", metavar="T", help="only articles with this tag")
    p.add_argument(
        "--source", action="append", metavar="S", help="only articles whose source holds S"
    )
    p.add_argument("--since", metavar="D", help="only articles dated D or later (YYYY[-MM[-DD]])")
    p.add_argument("--limit", type=count, metavar="N", help="print at most N hits (best first)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command(
        "entities",
        cmd_entities,
        "every person, place and organisation in the library, by number of articles",
    )
    p.add_argument("--label", metavar="L", help="only this label (PERSON, ORG, GPE, ...)")
    p.add_argument("--limit", type=count, metavar="N", help="print at most N entities")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("quotes", cmd_quotes, "every quote in the library with its speaker")
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker")
    p.add_argument("--article", metavar="A", help="only quotes in this article")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("timeline", cmd_timeline, "the dated events of the library in calendar order")
    p.add_argument("--entity", metavar="NAME", help="only sentences that name this entity")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("index", cmd_index, "bring the search and entity index up to date and describe it")
    p.add_argument("--rebuild", action="store_true", help="forget the index and build it again")
    p.add_argument("--json", action="store_true", help="print JSON")
