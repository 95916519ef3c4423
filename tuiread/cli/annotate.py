"""Notes and tags: ``note``, ``tag`` and ``annotations``."""

from __future__ import annotations

import argparse

from tuiread.cli.common import (
    EXIT_OK,
    AddCommand,
    CliError,
    clip,
    note,
    open_store,
    out,
    print_json,
    resolve,
)
from tuiread.textsafe import one_line


def cmd_note(args: argparse.Namespace) -> int:
    from tuiread.model import Annotation, Selector

    store = open_store(args)
    try:
        article = resolve(store, args.article)
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
    out(annotation.id)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    from tuiread.model import split_tags

    tags = split_tags(args.tags)
    if not tags:
        raise CliError("give at least one tag (words separated by commas)")
    store = open_store(args)
    try:
        article = resolve(store, args.article)
        # Merged with the stored tags under the write lock: other writers' tags stay.
        if args.remove:
            final = store.annotations.change_article_tags(article.id, remove=tags)
        else:
            final = store.annotations.change_article_tags(article.id, add=tags)
    finally:
        store.close()
    out(" ".join(f"#{t}" for t in final) if final else "(no tags)")
    return EXIT_OK


def cmd_annotations(args: argparse.Namespace) -> int:
    store = open_store(args, write=False)
    try:
        if args.article:
            article = resolve(store, args.article)
            annotations = store.annotations.for_article(article.id)
            titles = {article.id: article.title}
        else:
            annotations = store.annotations.all()
            titles = {s.id: s.title for s in store.library.summaries()}
    finally:
        store.close()
    if args.json:
        print_json(
            [{**a.to_dict(), "article_title": titles.get(a.article_id)} for a in annotations]
        )
        return EXIT_OK
    for a in annotations:
        where = f"“{one_line(clip(a.selector.exact, 60))}”" if a.selector else "(whole article)"
        tags = " ".join(f"#{t}" for t in a.tags)
        out(f"{a.id[:8]}  {one_line(clip(titles.get(a.article_id, a.article_id), 40))}  {where}")
        if a.note:
            for line in a.note.splitlines():
                out(f"          {one_line(line)}")
        if tags:
            out(f"          {one_line(tags)}")
    if not annotations:
        note("no annotations")
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("note", cmd_note, "add a note to an article or to a passage of it")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("text", nargs="?", default="", help="the note")
    p.add_argument("--quote", metavar="PASSAGE", help="attach the note to this exact passage")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeatable)")
    p.add_argument("--colour", "--color", dest="colour", help="highlight colour")

    p = command("tag", cmd_tag, "add (or --remove) tags on an article")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("tags", nargs="+", metavar="TAG", help='a tag; "a,b" is two tags')
    p.add_argument("--remove", action="store_true", help="remove these tags instead")

    p = command("annotations", cmd_annotations, "list notes, tags and highlights")
    p.add_argument("article", nargs="?", help="only this article")
    p.add_argument("--json", action="store_true", help="print JSON")
