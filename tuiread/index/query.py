"""The search language, read into an SQLite FTS5 query.

    blair                 the word (any case, any accents: "zelensky" finds "Zélensky")
    "prime minister"      the exact phrase
    kilroy-silk           a hyphenated name: the words in a row ("Kilroy-Silk", "Kilroy Silk")
    sanction*             a prefix: sanction, sanctions, sanctioned
    a b   a AND b         both (words side by side must both be there)
    a OR b                either
    a NOT b   a -b        a, but not with b
    ( ... )               grouping
    tag:T source:S since:D   filters, also given as --tag, --source, --since

Operators are upper case (lower-case "and", "or", "not" are words); NOT binds tighter than
AND, AND tighter than OR, as in FTS5. Every word and phrase reaches FTS5 as a quoted string,
so no character typed can change the query's meaning behind the reader's back; a query FTS5
cannot run (an unclosed quote, a lone operator) is a ``QueryError`` with one clear line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

FILTERS = ("tag", "source", "since")
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<open>\()|(?P<close>\))
        |(?P<neg>-)?(?:(?P<field>tag|source|since):)?"(?P<phrase>[^"]*)"(?P<pstar>\*)?
        |(?P<unclosed>-?(?:(?:tag|source|since):)?")
        |(?P<word>[^\s()"]+)
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_WORD_CHARS = re.compile(r"[^\W_]", re.UNICODE)
_SINCE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class QueryError(ValueError):
    """The query cannot be searched; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Term:
    """A word, phrase or prefix to match (``text`` as typed, without the quotes or ``*``)."""

    text: str
    prefix: bool = False
    phrase: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


Node = Term | Not | And | Or


@dataclass
class Query:
    """A parsed search: the FTS5 expression, its terms and its filters."""

    text: str
    tree: Node
    tags: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    since: str | None = None

    @property
    def fts(self) -> str:
        return to_fts(self.tree)

    def terms(self) -> list[Term]:
        """The terms that must or may match (not the excluded ones), in order."""
        found: list[Term] = []
        _positive_terms(self.tree, found)
        return found


def _positive_terms(node: Node, out: list[Term]) -> None:
    if isinstance(node, Term):
        out.append(node)
    elif isinstance(node, And | Or):
        for item in node.items:
            _positive_terms(item, out)


def to_fts(node: Node) -> str:
    """The FTS5 text of ``node`` (every group bracketed: precedence never matters)."""
    if isinstance(node, Term):
        return node.fts()
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts(item) for item in node.items) + ")"
    if isinstance(node, And):
        positive = [to_fts(i) for i in node.items if not isinstance(i, Not)]
        negative = [to_fts(i.item) for i in node.items if isinstance(i, Not)]
        text = "(" + " AND ".join(positive) + ")"
        for item in negative:
            text = f"({text} NOT {item})"
        return text
    raise QueryError("NOT needs something before it to leave out (try: word NOT other)")


def check_since(value: str) -> str:
    """A --since date as ISO text ("2017", "2017-09", "2017-09-15"); QueryError otherwise."""
    match = _SINCE.match(value.strip())
    if match is None:
        raise QueryError(f'since: "{value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)')
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f'since: "{value}" is not a date on the calendar') from None
    return value.strip()


@dataclass
class _Token:
    kind: str  # open, close, term, op, filter
    text: str
    term: Term | None = None
    negated: bool = False
    field: str = ""


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    at = 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            if text[at:].strip() == "":
                break
            raise QueryError(f"cannot read the query at: {text[at : at + 20]}")
        at = match.end()
        if match["open"]:
            tokens.append(_Token("open", "("))
        elif match["close"]:
            tokens.append(_Token("close", ")"))
        elif match["unclosed"]:
            raise QueryError('a quotation mark is not closed: end the phrase with "')
        elif match["phrase"] is not None:
            negated = bool(match["neg"])
            if match["field"]:
                tokens.append(
                    _Token("filter", match["phrase"], field=match["field"].lower(), negated=negated)
                )
            else:
                term = Term(match["phrase"], prefix=bool(match["pstar"]), phrase=True)
                tokens.append(_Token("term", match["phrase"], term, negated))
        else:
            tokens.append(_word_token(match["word"]))
    return tokens


def _word_token(word: str) -> _Token:
    if word in ("AND", "OR", "NOT"):
        return _Token("op", word)
    negated = word.startswith("-") and len(word) > 1
    body = word[1:] if negated else word
    name, colon, rest = body.partition(":")
    if colon and name.lower() in FILTERS:
        if not rest:
            raise QueryError(f"{name.lower()}: needs a value, e.g. {name.lower()}:korea")
        return _Token("filter", rest, field=name.lower(), negated=negated)
    prefix = body.endswith("*")
    core = body.rstrip("*")
    if "*" in core:
        raise QueryError(f'"{word}": * may only end a word (sanction*)')
    return _Token("term", core, Term(core, prefix=prefix), negated)


class _Parser:
    def __init__(self, tokens: list[_Token], query: Query) -> None:
        self.tokens = tokens
        self.at = 0
        self.query = query
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Node | None:
        node = self.or_expr()
        if self.peek() is not None:
            raise QueryError('a ")" has no "(" before it')
        return node

    def or_expr(self) -> Node | None:
        items = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "op" and token.text == "OR":
            self.take()
            if self.peek() is None or self.peek().kind == "close":  # type: ignore[union-attr]
                raise QueryError("OR needs something after it")
            items.append(self.and_expr())
        kept = [item for item in items if item is not None]
        if len(kept) < len(items) and len(items) > 1:
            raise QueryError("each side of OR needs a word to search for")
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(tuple(kept))

    def and_expr(self) -> Node | None:
        items: list[Node] = []
        while (token := self.peek()) is not None:
            if token.kind == "close" or (token.kind == "op" and token.text == "OR"):
                break
            if token.kind == "op" and token.text == "AND":
                self.take()
                if not items:
                    raise QueryError("AND needs something before it")
                if self.peek() is None or self.peek().kind in ("close", "op"):  # type: ignore[union-attr]
                    raise QueryError("AND needs something after it")
                continue
            if token.kind == "op" and token.text == "NOT":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in ("close", "op"):
                    raise QueryError("NOT needs something after it")
                item = self.unary()
                if item is not None:
                    items.append(Not(item))
                continue
            item = self.unary()
            if item is not None:
                items.append(item)
        if not items:
            return None
        if all(isinstance(item, Not) for item in items):
            raise QueryError("a query cannot only leave words out: say what to search for too")
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self) -> Node | None:
        token = self.take()
        if token.kind == "open":
            self.depth += 1
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                raise QueryError('a "(" is not closed with ")"')
            self.take()
            self.depth -= 1
            if node is None:
                raise QueryError('"( )" holds nothing to search for')
            return node
        if token.kind == "close":
            raise QueryError('a ")" has no "(" before it')
        if token.kind == "filter":
            self.add_filter(token)
            return None
        assert token.term is not None
        if not _WORD_CHARS.search(token.term.text):
            if token.term.text:
                return None  # punctuation alone ("&", "—") matches nothing: leave it out
            raise QueryError('"" holds nothing to search for')
        return Not(token.term) if token.negated else token.term

    def add_filter(self, token: _Token) -> None:
        if self.depth:
            raise QueryError(f"{token.field}: applies to the whole search: put it outside ( )")
        if token.negated:
            raise QueryError(f"-{token.field}: cannot be negated")
        if token.field == "tag":
            self.query.tags.append(token.text.lstrip("#"))
        elif token.field == "source":
            self.query.sources.append(token.text)
        else:
            self.query.since = check_since(token.text)


def parse_query(text: str) -> Query:
    """Read ``text``; QueryError (one line, saying why) when it cannot be searched."""
    if not text.strip():
        raise QueryError('nothing to search for: give a word or a "phrase"')
    query = Query(text=text, tree=Term(""))
    tree = _Parser(_tokens(text), query).parse()
    if tree is None:
        raise QueryError('nothing to search for: give a word or a "phrase"')
    query.tree = tree
    to_fts(tree)  # raises for a NOT with nothing before it
    return query
