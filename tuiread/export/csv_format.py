"""CSV export: one row per annotation, for spreadsheets.

Header: ``article_id,article_title,quote,note,tags,colour,created,modified``.
``quote`` is the annotated passage (empty for a whole-article note), ``tags`` are joined by
one space (tags never contain whitespace), rows end with CRLF (RFC 4180), and cells holding
newlines, commas or quotes are quoted by the csv module.

CSV injection (OWASP): a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by a spreadsheet, so it gets a leading ``'``; everything else
is written exactly as stored. This file is for reading, not for importing back (use json).
"""

from __future__ import annotations

import csv
import io

from tuiread.export.common import ExportData

HEADER = ("article_id", "article_title", "quote", "note", "tags", "colour", "created", "modified")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_RISKY) else cell


def render(data: ExportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    rows = []
    for group in data.groups():
        title = group.summary.title if group.summary is not None else ""
        for ann in group.annotations:
            row = (
                group.article_id,
                title,
                ann.selector.exact if ann.selector is not None else "",
                ann.note or "",
                " ".join(ann.tags),
                ann.colour or "",
                ann.created,
                ann.modified,
            )
            rows.append([("'" + cell) if cell.startswith(_RISKY) else cell for cell in row])
    writer.writerows(rows)
    return out.getvalue()
