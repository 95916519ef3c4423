"""Check the library-wide index on real news: the 340 stories shipped in ../shared/eval
(PolNeAR dev and TimeML), imported into a temporary library.

Prints, for a few words, whether search returns exactly the stories that hold the word
(compared with a plain scan of the texts); for the most named people, in how many stories
the entity index counts them against the stories whose text names them (full name or
surname); the share of their quotes whose speaker is named in the quote's article; and
whether the timeline is in calendar order.

    python scripts/check_index.py [--words clinton,trump,sanctions] [--people 8]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "data"
_TAG = re.compile(r"<[^>]+>")


def stories() -> list[tuple[str, str]]:
    found = []
    for path in sorted((EVAL / "polnear").rglob("*.txt")):
        found.append((path.stem, path.read_text(encoding="utf-8", errors="replace")))
    for path in sorted((EVAL / "timeml").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        found.append((path.stem, _TAG.sub("", body).strip()))
    return found


def words_of(text: str) -> list[str]:
    from tuiread.index.names import fold

    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="clinton,trump,sanctions,iraq,oil,said")
    parser.add_argument("--people", type=int, default=8)
    args = parser.parse_args()

    from tuiread.index import LibraryIndex
    from tuiread.index.timex import calendar_value
    from tuiread.ingest import parse_article
    from tuiread.store import open_store

    home = Path(tempfile.mkdtemp(prefix="tuiread-check-"))
    try:
        store = open_store(home)
        store.library.add_many(
            parse_article(text, origin=f"{name}.txt") for name, text in stories()
        )
        index = LibraryIndex(store)
        index.update()
        articles = [store.library.get(s.id) for s in store.library.summaries()]
        print(f"{len(articles)} stories")

        print("search: hits = stories holding the word (title or text)")
        for word in args.words.split(","):
            holding = {a.id for a in articles if word in words_of(a.title) + words_of(a.text)}
            hits = set(index.search(word).article_ids)
            verdict = "exact" if hits == holding else f"{len(hits ^ holding)} differ"
            print(f"  {word:<12} {len(hits):4} hits, {len(holding):4} stories: {verdict}")

        print("entities: stories counted / stories whose text names the person")
        for person in index.entities("PERSON", args.people):
            surname = words_of(person.name)[-1]
            naming = {a.id for a in articles if surname in words_of(a.text)}
            counted = {a.article_id for a in index.entity_articles([person.id])}
            print(
                f"  {person.name:<22} {len(counted):4} / {len(naming):4}"
                f"  (named but not counted: {len(naming - counted)},"
                f" counted without the surname: {len(counted - naming)})"
            )

        print("quotes: quotes of a speaker whose article names the speaker")
        for person in index.entities("PERSON", args.people):
            quotes = index.quotes(speaker=person.name)
            if not quotes:
                continue
            surname = words_of(person.name)[-1]
            texts = {a.id: words_of(a.text) for a in articles}
            named = sum(1 for q in quotes if surname in texts[q.article_id])
            print(f"  {person.name:<22} {named:4} of {len(quotes):4}")

        events = index.timeline()
        keys = [calendar_value(e.date).sort_key for e in events]  # type: ignore[union-attr]
        in_order = keys == sorted(keys)
        print(f"timeline: {len(events)} events, calendar order: {'yes' if in_order else 'NO'}")
        index.close()
        store.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
