"""CSV export: one row per annotation, for spreadsheets, and re-importable.

Header::

    article_id,article_title,quote,note,tags,colour,created,modified,source,url,date,start,end,id

``quote`` is the annotated passage and ``start``/``end`` its character offsets in the article
text (all three empty for a whole-article note); ``source``, ``url`` and ``date`` describe the
article; ``id`` is the annotation's, so importing the file again merges instead of duplicating.
``tags`` are joined by one space (tags never contain whitespace), rows end with CRLF (RFC 4180),
and cells holding newlines, commas or quotes are quoted by the csv module. ``bom=True`` starts
the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8.

CSV injection (OWASP): a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return (after any ``'`` already there) would be run as a formula by a spreadsheet, so it gets
a leading ``'``; the import takes exactly that one ``'`` off again.
"""

from __future__ import annotations

import csv
import io

from tuiread.export.common import ExportData

HEADER = (
    "article_id",
    "article_title",
    "quote",
    "note",
    "tags",
    "colour",
    "created",
    "modified",
    "source",
    "url",
    "date",
    "start",
    "end",
    "id",
)
RISKY = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it as text (see the module docstring)."""
    return "'" + cell if cell.lstrip("'").startswith(RISKY) else cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(RISKY) else cell


def render(data: ExportData, *, bom: bool = False) -> str:
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    rows = []
    for group in data.groups():
        s = group.summary
        title = s.title if s is not None else ""
        about = (s.source or "", s.url or "", s.date or "") if s is not None else ("", "", "")
        for ann in group.annotations:
            sel = ann.selector
            row = (
                group.article_id,
                title,
                sel.exact if sel is not None else "",
                ann.note or "",
                " ".join(ann.tags),
                ann.colour or "",
                ann.created,
                ann.modified,
                *about,
                str(sel.start) if sel is not None else "",
                str(sel.end) if sel is not None else "",
                ann.id,
            )
            rows.append([neutralise(cell) for cell in row])
    writer.writerows(rows)
    return out.getvalue()
