"""What an import did, counted, and said in a few lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from tuiread.textsafe import one_line

SHOWN_NAMES = 10


@dataclass(slots=True)
class SkipReason:
    """How many records were skipped for one reason, and where the first one was."""

    count: int = 0
    first: str = ""


@dataclass(slots=True)
class ImportReport:
    """Counts of an import.

    - ``added``/``updated``/``unchanged``: records merged by id (a newer ``modified`` wins);
    - ``repeated``: the same id again later in the file (the newest copy is the one kept);
    - ``orphaned``: imported but not placed now (their article is missing, or their passage
      is no longer in its text); ``reanchored``: passages found at a new place;
    - ``skipped``: reason -> count and first place; ``left_out``: bodies that are not text;
    - ``orphan_articles``: articles (by name) of tuiread exports that this library lacks
      (their annotations are kept, orphaned, and re-attach when the article is added);
    - ``missing_articles``: articles of other tools' records that no article here matches
      (by url or title): name -> how many records were skipped for it.
    """

    format: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0
    orphaned: int = 0
    reanchored: int = 0
    left_out: int = 0
    skipped: dict[str, SkipReason] = field(default_factory=dict)
    orphan_articles: dict[str, int] = field(default_factory=dict)
    missing_articles: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def skipped_count(self) -> int:
        return sum(r.count for r in self.skipped.values()) + sum(self.missing_articles.values())

    @property
    def skipped_articles(self) -> tuple[str, ...]:
        """Names of the articles whose annotations were kept as orphans, sorted."""
        return tuple(sorted(self.orphan_articles, key=str.casefold))

    def skip(self, reason: str, where: str) -> None:
        entry = self.skipped.setdefault(reason, SkipReason())
        entry.count += 1
        if not entry.first:
            entry.first = where

    def summary(self) -> str:
        """A first line of counts, then one line per reason for skipping and per article
        not in the library, e.g.::

            imported 5 annotations (w3c): added 3, updated 1, unchanged 1; 2 orphaned
            skipped 2:
              1 a reply in a discussion (annotation 7)
              1 'created' is not an ISO date-time (annotation 9)
        """
        noun = "annotation" if self.total == 1 else "annotations"
        line = (
            f"imported {self.total} {noun} ({self.format}): added {self.added}, "
            f"updated {self.updated}, unchanged {self.unchanged}"
        )
        extra = []
        if self.repeated:
            extra.append(f"{self.repeated} repeated in the file (newest kept)")
        if self.reanchored:
            extra.append(f"{self.reanchored} re-anchored")
        if self.orphaned:
            extra.append(f"{self.orphaned} orphaned")
        if self.left_out:
            extra.append(f"{self.left_out} non-text bodies left out")
        if extra:
            line += "; " + ", ".join(extra)
        lines = [line]
        if self.skipped_count:
            lines.append(f"skipped {self.skipped_count}:")
            for reason, entry in sorted(self.skipped.items(), key=lambda kv: -kv[1].count):
                lines.append(f"  {entry.count} {one_line(reason)} (first: {entry.first})")
            if self.missing_articles:
                n = sum(self.missing_articles.values())
                lines.append(
                    f"  {n} about articles not in this library (add them, then import again):"
                )
                lines += _names(self.missing_articles)
        if self.orphan_articles:
            n = len(self.orphan_articles)
            lines.append(
                f"{n} article{'s' if n != 1 else ''} not in this library "
                "(their annotations are kept, orphaned, until the article is added):"
            )
            lines += _names(self.orphan_articles)
        return "\n".join(lines)


def _names(counts: dict[str, int]) -> list[str]:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    lines = [f"    {one_line(name)} ({n})" for name, n in ordered[:SHOWN_NAMES]]
    if len(ordered) > SHOWN_NAMES:
        lines.append(f"    and {len(ordered) - SHOWN_NAMES} more")
    return lines
