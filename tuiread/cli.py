"""Command line: `tuiread` opens the app; subcommands let scripts do what the app does.

Exit codes: 0 success, 1 failure (a clear message on stderr), 2 usage error.
Only `read` (the default) imports Textual, so scripted commands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tuiread import __version__

if TYPE_CHECKING:
    from tuiread.model import Annotation, Article, Span
    from tuiread.store import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report as one line on stderr with exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# --------------------------------------------------------------------------- helpers


def _err(message: str) -> None:
    print(f"tuiread: {message}", file=sys.stderr)


def _home(args: argparse.Namespace) -> Path | None:
    return Path(args.home) if getattr(args, "home", None) else None


def _open_store(args: argparse.Namespace, *, write: bool = True) -> Store:
    """Open the library, seeding it with the sample articles the first time."""
    from tuiread.store import open_store

    store = open_store(_home(args))
    if store.created and not store.read_only:
        seed_library(store)
    if write and store.read_only:
        reason = store.read_only_reason or "it is read-only"
        store.close()
        raise CliError(f"cannot change the library: {reason}")
    return store


def seed_library(store: Store) -> int:
    """Import the shipped sample articles into a new library; returns how many were added."""
    from tuiread.ingest import parse_article, read_text_file
    from tuiread.ingest.seeds import seed_files

    added = 0
    for path in seed_files():
        added += bool(store.library.add(parse_article(read_text_file(path), origin=path.name)))
    return added


def _resolve(store: Store, query: str) -> Article:
    from tuiread.store import AmbiguousArticle, UnknownArticle

    try:
        summary = store.library.resolve(query)
    except (UnknownArticle, AmbiguousArticle) as exc:
        raise CliError(str(exc)) from exc
    return store.library.get(summary.id)


def _use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _print_json(data: Any) -> None:
    import orjson

    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


# --------------------------------------------------------------------------- commands


def cmd_read(args: argparse.Namespace) -> int:
    """Open the terminal app on the library (the default command)."""
    from tuiread.store import open_store
    from tuiread.store.paths import config_path

    store = open_store(_home(args))
    try:
        if store.created and not store.read_only:
            seed_library(store)
        from tuiread.tui.app import TuireadApp

        app = TuireadApp(store, config_path=config_path())
        if getattr(args, "article", None):
            app.initial_article = _resolve(store, args.article).id
        app.run()
        return int(app.return_code or 0)
    finally:
        store.close()


def cmd_add(args: argparse.Namespace) -> int:
    from tuiread.ingest import iter_sources

    store = _open_store(args)
    added: list[str] = []
    skipped: list[str] = []
    failed: list[str] = []
    try:
        for loaded in iter_sources(args.paths, stdin=sys.stdin):
            if loaded.error or loaded.article is None:
                failed.append(loaded.label)
                _err(f"{loaded.label}: {loaded.error}")
                continue
            article = loaded.article
            if store.library.add(article):
                added.append(article.id)
                if not args.quiet:
                    print(f"added    {article.id[:8]}  {_one_line(article.title)}")
            else:
                skipped.append(loaded.label)
                if not args.quiet:
                    print(
                        f"skipped  {article.id[:8]}  {_one_line(article.title)} (already in the library)"
                    )
    finally:
        store.close()
    print(f"{len(added)} added, {len(skipped)} skipped, {len(failed)} failed", file=sys.stderr)
    return EXIT_FAIL if failed and not added else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    store = _open_store(args, write=False)
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
        rows = []
        for s in summaries:
            state = store.library.get_state(s.id)
            rows.append(
                {
                    **s.to_dict(),
                    "tags": list(tags_of[s.id]),
                    "read": state.read,
                    "has_notes": s.id in with_notes,
                }
            )
    finally:
        store.close()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        mark = " " if row["read"] else "*"
        tags = " ".join(f"#{t}" for t in row["tags"])
        meta = " · ".join(x for x in (row["source"], row["date"]) if x)
        print(
            f"{mark} {row['id'][:8]}  {_one_line(row['title'])}"
            + (f"  [{_one_line(meta)}]" if meta else "")
            + f"  {row['word_count']} words"
            + (f"  {_one_line(tags)}" if tags else "")
        )
    if not rows:
        print("no articles match", file=sys.stderr)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from tuiread.analysis import analyze

    store = _open_store(args, write=False)
    try:
        article = _resolve(store, args.article)
        annotations = store.annotations.for_article(article.id)
        tags = store.annotations.article_tags(article.id)
    finally:
        store.close()
    spans = [] if args.no_highlights else analyze(article.text)
    _print_article(article, spans, annotations=annotations, tags=tags)
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from tuiread.analysis import analyze
    from tuiread.ingest import IngestError, parse_article, read_text_file

    try:
        if args.file == "-":
            raw = sys.stdin.read()
            if not raw.strip():
                raise CliError("-: nothing to analyse (standard input was empty)")
            origin = "-"
        else:
            raw = read_text_file(Path(args.file))
            origin = args.file
    except IngestError as exc:
        raise CliError(str(exc)) from exc
    article = parse_article(raw, origin=origin)
    spans = analyze(article.text)
    if args.json:
        _print_json(
            {"title": article.title, "text": article.text, "spans": [s.to_dict() for s in spans]}
        )
    else:
        _print_article(article, spans)
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from tuiread.model import Annotation, Selector

    store = _open_store(args)
    try:
        article = _resolve(store, args.article)
        selector = None
        if args.quote:
            start = article.text.find(args.quote)
            if start < 0:
                raise CliError(f"the passage {args.quote!r} is not in {article.title!r}")
            selector = Selector.from_text(article.text, start, start + len(args.quote))
        note = args.text or None
        annotation = Annotation.new(
            article.id,
            note=note,
            tags=args.tag or (),
            colour=args.colour,
            selector=selector,
            motivation="commenting" if note else ("highlighting" if selector else "tagging"),
        )
        store.annotations.save(annotation)
    finally:
        store.close()
    print(annotation.id)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    store = _open_store(args)
    try:
        article = _resolve(store, args.article)
        current = list(store.annotations.article_tags(article.id))
        if args.remove:
            drop = {t.lstrip("#").casefold() for t in args.tags}
            new = [t for t in current if t.casefold() not in drop]
        else:
            new = current + list(args.tags)
        store.annotations.set_article_tags(article.id, new)
        final = store.annotations.article_tags(article.id)
    finally:
        store.close()
    print(" ".join(f"#{t}" for t in final) if final else "(no tags)")
    return EXIT_OK


def cmd_annotations(args: argparse.Namespace) -> int:
    store = _open_store(args, write=False)
    try:
        if args.article:
            article = _resolve(store, args.article)
            annotations = store.annotations.for_article(article.id)
            titles = {article.id: article.title}
        else:
            annotations = store.annotations.all()
            titles = {s.id: s.title for s in store.library.summaries()}
    finally:
        store.close()
    if args.json:
        _print_json(
            [{**a.to_dict(), "article_title": titles.get(a.article_id)} for a in annotations]
        )
        return EXIT_OK
    for a in annotations:
        where = f"“{_one_line(_clip(a.selector.exact, 60))}”" if a.selector else "(whole article)"
        tags = " ".join(f"#{t}" for t in a.tags)
        print(
            f"{a.id[:8]}  {_one_line(_clip(titles.get(a.article_id, a.article_id), 40))}  {where}"
        )
        if a.note:
            for line in a.note.splitlines():
                print(f"          {_one_line(line)}")
        if tags:
            print(f"          {_one_line(tags)}")
    if not annotations:
        print("no annotations", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from tuiread import export

    store = _open_store(args, write=False)
    try:
        article_ids = [_resolve(store, args.article).id] if args.article else None
        try:
            text = export.render(args.format, store, article_ids=article_ids, tag=args.tag)
        except export.ExportError as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    try:
        export.write_atomic(text, Path(args.output))
    except export.ExportError as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tuiread import export

    store = _open_store(args)
    try:
        try:
            report = export.import_file(store, Path(args.file))
        except export.ImportFailed as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    print(report.summary())
    return EXIT_OK


# --------------------------------------------------------------------------- output


def _one_line(text: str) -> str:
    from tuiread.textsafe import one_line

    return one_line(text)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_article(
    article: Article,
    spans: Sequence[Span],
    *,
    annotations: Sequence[Annotation] = (),
    tags: Sequence[str] = (),
) -> None:
    """The article with its highlights: coloured on a terminal, plain text when piped."""
    from rich.console import Console
    from rich.text import Text

    from tuiread.palette import label_colour, note_colour
    from tuiread.textsafe import visible

    colour = _use_colour()
    console = Console(
        no_color=not colour,
        force_terminal=colour,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )
    head = Text(visible(article.title), style="bold")
    console.print(head)
    meta = " · ".join(x for x in (article.place, article.source, article.date) if x)
    if meta:
        console.print(Text(visible(meta), style="dim"))
    if tags:
        console.print(Text(" ".join(f"#{visible(t)}" for t in tags), style="dim"))
    console.print()
    body = Text(visible(article.text))
    if colour:
        for span in spans:
            if span.kind == "quote":
                body.stylize(f"italic {label_colour(span.label, span.kind)}", span.start, span.end)
        for span in spans:
            if span.kind != "quote":
                body.stylize(f"bold {label_colour(span.label, span.kind)}", span.start, span.end)
        for a in annotations:
            if a.selector:
                body.stylize(f"underline {note_colour(a.colour)}", a.selector.start, a.selector.end)
    console.print(body)
    if spans:
        console.print()
        console.print(Text("Highlights", style="bold"))
        for span in spans:
            detail = span.value or ""
            if span.unit:
                detail = f"{detail} {span.unit}".strip()
            if span.kind == "quote":
                detail = f"said by {span.speaker}" if span.speaker else "speaker unknown"
                shown = _clip(span.text, 70)
            else:
                shown = span.text
            line = Text(
                f"  {span.label:<12}", style=label_colour(span.label, span.kind) if colour else ""
            )
            line.append(_one_line(shown))
            if detail and detail != span.text:
                line.append(f"  → {_one_line(detail)}", style="dim")
            console.print(line)
    if annotations:
        console.print()
        console.print(Text("Notes", style="bold"))
        for a in annotations:
            where = (
                f"“{_one_line(_clip(a.selector.exact, 70))}”" if a.selector else "(whole article)"
            )
            console.print(Text(f"  {where}"))
            if a.note:
                for line in a.note.splitlines():
                    console.print(Text(f"    {visible(line)}"))
            if a.tags:
                console.print(
                    Text("    " + " ".join(f"#{visible(t)}" for t in a.tags), style="dim")
                )


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        help="library folder (default: $TUIREAD_HOME or the user data folder)",
    )

    parser = _Parser(
        prog="tuiread",
        parents=[common],
        description="A terminal reader for news and long-form articles that highlights "
        "who, how much, when and who said what, and keeps your notes.",
        epilog="With no command, opens the app on your library.",
    )
    parser.add_argument("--version", action="version", version=f"tuiread {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = command("read", cmd_read, "open the app (the default)")
    p.add_argument(
        "article",
        nargs="?",
        help="open this article straight away (id prefix or part of its title)",
    )

    p = command("add", cmd_add, "import .txt and .md files or folders (- reads standard input)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")

    p = command("list", cmd_list, "list the articles in the library")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument("--has-notes", action="store_true", help="only articles with notes")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("show", cmd_show, "print an article with its highlights and notes")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("--no-highlights", action="store_true", help="skip the automatic highlights")

    p = command("analyze", cmd_analyze, "print a file's highlights: entities, numbers, quotes")
    p.add_argument("file", help="a .txt or .md file, or - for standard input")
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"title", "text", "spans"}; span offsets index "text"',
    )

    p = command("note", cmd_note, "add a note to an article or to a passage of it")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("text", nargs="?", default="", help="the note")
    p.add_argument("--quote", metavar="PASSAGE", help="attach the note to this exact passage")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeatable)")
    p.add_argument("--colour", "--color", dest="colour", help="highlight colour")

    p = command("tag", cmd_tag, "add (or --remove) tags on an article")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("--remove", action="store_true", help="remove these tags instead")

    p = command("annotations", cmd_annotations, "list notes, tags and highlights")
    p.add_argument("article", nargs="?", help="only this article")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("export", cmd_export, "export annotations (markdown, json, csv, w3c)")
    p.add_argument("--format", "-f", default="markdown", choices=("markdown", "json", "csv", "w3c"))
    p.add_argument("--article", help="only this article")
    p.add_argument("--tag", help="only annotations with this tag")
    p.add_argument(
        "-o", "--output", metavar="PATH", help="write here (default, or -: standard output)"
    )

    p = command("import", cmd_import, "import a json or w3c export")
    p.add_argument("file")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_read)
    try:
        return func(args)
    except CliError as exc:
        _err(str(exc))
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # Disk full, permissions, a folder that vanished: say what and where, not a traceback.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        _err(f"{exc.strerror or exc}{where}")
        return EXIT_FAIL
    except Exception as exc:
        if _is_store_error(exc):
            _err(str(exc))
            return EXIT_FAIL
        if os.environ.get("TUIREAD_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with TUIREAD_DEBUG=1 for details)")
        return EXIT_FAIL


def _is_store_error(exc: BaseException) -> bool:
    try:
        from tuiread.store import StoreError
    except ImportError:
        return False
    return isinstance(exc, StoreError)
