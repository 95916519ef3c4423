"""Markdown export, readable as is in Obsidian (or any CommonMark viewer).

```
# tuiread notes

## <article title>

- source: Sputnik
- place: TOKYO
- date: 2017-09-15
- tags: #korea #japan

<whole-article notes, one paragraph each>

> <passage, every line quoted>

<its note>

#tag #tag
```
Notes, passages and titles are data: every character that Markdown (or Obsidian: ``==``,
``%%``, ``$``, ``^``, ``[[``) would read as structure is backslash-escaped, a line that would
start a list, heading, quote or code block is escaped at its start, and line breaks inside a
note are kept as hard breaks, so the text reads back exactly as written (trailing spaces at the
end of a line are the one thing dropped). Rich markup such as ``[bold]`` stays literal text.
"""

from __future__ import annotations

import re

from tuiread.export.common import ArticleGroup, ExportData

# The backslash first, so the escapes added after it are not escaped again.
_SPECIAL = tuple("\\`*_[]<>#|~=$%^&")
_LIST_START = re.compile(r"^(\d{1,9})([.)])")
_LEAD_WS = re.compile(r"^\s+")


def _lead(match: re.Match[str]) -> str:
    return "".join(f"&#{ord(ch)};" for ch in match.group(0))


def escape_inline(text: str) -> str:
    """Backslash-escape every character Markdown or Obsidian could read as markup."""
    for ch in _SPECIAL:  # chained str.replace: several times faster than re.sub here
        if ch in text:
            text = text.replace(ch, "\\" + ch)
    return text


def escape_line(line: str) -> str:
    """One line of untrusted text as literal Markdown inline text."""
    line = escape_inline(line.rstrip())
    if line[:1].isspace():
        line = _LEAD_WS.sub(_lead, line)
    if line.startswith(("-", "+")):
        return "\\" + line
    if line[:1].isdigit():
        return _LIST_START.sub(r"\1\\\2", line, count=1)
    return line


def escape_block(text: str) -> list[str]:
    """Text as Markdown lines: line breaks become hard breaks (two trailing spaces), blank
    lines separate paragraphs; several blank lines in a row count as one."""
    lines = [
        escape_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(line + "  " if nxt else line)
    return out


def _tag(tag: str) -> str:
    return "#" + escape_inline(tag)


def tag_line(tags: tuple[str, ...] | list[str]) -> str:
    return " ".join(_tag(t) for t in tags)


def _article(group: ArticleGroup, out: list[str]) -> None:
    s = group.summary
    title = s.title if s is not None else f"Article {group.article_id} (not in the library)"
    # a title is one line: a line break in it would end the heading and start a new block
    heading = escape_line(" ".join(title.split())) or escape_line(group.article_id)
    out += [f"## {heading}", ""]
    meta = []
    if s is not None:
        for name, value in (
            ("source", s.source),
            ("place", s.place),
            ("date", s.date),
            ("url", s.url),
        ):
            if value:
                meta.append(f"- {name}: {escape_line(value)}")
    if group.tags:
        meta.append(f"- tags: {tag_line(group.tags)}")
    if meta:
        out += [*meta, ""]
    for ann in group.annotations:
        if ann.selector is None:
            if ann.note:  # a whole-article note; its tags are the article's tags shown above
                out += [*escape_block(ann.note), ""]
            continue
        quoted = escape_block(ann.selector.exact) or [""]
        out += [("> " + line) if line else ">" for line in quoted]
        out.append("")
        if ann.note:
            out += [*escape_block(ann.note), ""]
        if ann.tags:
            out += [tag_line(ann.tags), ""]


def render(data: ExportData) -> str:
    out = ["# tuiread notes", ""]
    groups = data.groups()
    if not groups:
        out += ["No annotations.", ""]
    for group in groups:
        _article(group, out)
    return "\n".join(out).rstrip("\n") + "\n"
