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
    saves,
)
from tuiread.palette import NOTE_COLOURS
from tuiread.textsafe import one_line


@saves
def cmd_note(args: argparse.Namespace) -> int:
    from tuiread.model import Annotation, Selector, split_tags

    if args.text is not None and not args.text.strip():
        raise CliError("the note is empty; give its text (or leave it out to highlight a --quote)")
    tags = split_tags(args.tag or ())
    if args.text is None and not args.quote and not tags:
        raise CliError("nothing to save: give the note's text, a --quote to highlight or a --tag")
    store = open_store(args)
    try:
        article = resolve(store, args.article)
        selector = None
        if args.quote:
            start = find_passage(article.text, article.title, args.quote, args.occurrence)
            selector = Selector.from_text(article.text, start, start + len(args.quote))
        elif args.occurrence is not None:
            raise CliError("--occurrence picks one of the places a --quote is found")
        note = args.text.strip() if args.text is not None else None
        annotation = Annotation.new(
            article.id,
            note=note,
            tags=tags,
            colour=args.colour,
            selector=selector,
            motivation="commenting" if note else ("highlighting" if selector else "tagging"),
        )
        store.annotations.save(annotation)
    finally:
        store.close()
    out(annotation.id)
    return EXIT_OK


CONTEXT = 30


def find_passage(text: str, title: str, passage: str, occurrence: int | None) -> int:
    """Where ``passage`` starts in ``text``: its one occurrence, or the ``occurrence``-th
    (1-based). CliError when it is not there, or is there several times and no occurrence
    was chosen (the message lists each place with its context)."""
    starts = []
    at = text.find(passage)
    while at >= 0:
        starts.append(at)
        at = text.find(passage, at + 1)
    if not starts:
        raise CliError(f"the passage {passage!r} is not in {title!r}")
    if occurrence is not None:
        if not 1 <= occurrence <= len(starts):
            raise CliError(
                f"--occurrence {occurrence}: the passage is found {len(starts)} "
                f"time{'s' if len(starts) != 1 else ''} in {title!r}"
            )
        return starts[occurrence - 1]
    if len(starts) == 1:
        return starts[0]
    places = []
    for n, start in enumerate(starts[:10], 1):
        before = one_line(text[max(0, start - CONTEXT) : start]).lstrip()
        after = one_line(text[start + len(passage) : start + len(passage) + CONTEXT]).rstrip()
        places.append(f"  {n}. …{before}[{one_line(passage)}]{after}…")
    more = f"\n  … and {len(starts) - 10} more" if len(starts) > 10 else ""
    raise CliError(
        f"the passage {passage!r} is found {len(starts)} times in {title!r}; quote more of it, "
        "or choose one with --occurrence N:\n" + "\n".join(places) + more
    )


@saves
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
    p.add_argument("text", nargs="?", help="the note (leave it out to highlight a --quote)")
    p.add_argument("--quote", metavar="PASSAGE", help="attach the note to this exact passage")
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="when the passage is found several times, the N-th (from 1)",
    )
    p.add_argument(
        "--tag", action="append", metavar="TAG", help='a tag (repeatable; "a,b" is two tags)'
    )
    p.add_argument(
        "--colour",
        "--color",
        dest="colour",
        type=str.lower,
        choices=tuple(NOTE_COLOURS),
        help="highlight colour: " + ", ".join(NOTE_COLOURS),
    )

    p = command("tag", cmd_tag, "add (or --remove) tags on an article")
    p.add_argument("article", help="id prefix or a unique part of the title")
    p.add_argument("tags", nargs="+", metavar="TAG", help='a tag; "a,b" is two tags')
    p.add_argument("--remove", action="store_true", help="remove these tags instead")

    p = command("annotations", cmd_annotations, "list notes, tags and highlights")
    p.add_argument("article", nargs="?", help="only this article")
    p.add_argument("--json", action="store_true", help="print JSON")
