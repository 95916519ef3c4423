"""The entities of the whole library: names linked across articles, counted, looked up.

``build_catalogue`` reads every article's entity rows, joins the names ``names`` says are one
entity, and stores the result (``entities``: name, label, article and mention counts,
aliases; ``entity_names``: which raw name belongs to which entity). It runs again only when
the library's analysis changed since, so asking twice costs one indexed read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson

from tuiread.index.db import IndexDB
from tuiread.index.derive import FORM_SEPARATOR
from tuiread.index.names import aliases, display_name, fold, link_people, name_key

_LABEL_PREFERENCE = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT")


@dataclass(slots=True)
class Entity:
    """One entity of the library: its name, label, how many articles and mentions, aliases."""

    id: int
    name: str
    label: str
    articles: int
    mentions: int
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class EntityArticle:
    """One article naming an entity: how often, and where first (an offset of its text)."""

    article_id: str
    title: str
    date: str | None
    source: str | None
    mentions: int
    first: int


@dataclass
class _Group:
    docs: set[int] = field(default_factory=set)
    mentions: int = 0
    spellings: dict[str, int] = field(default_factory=dict)
    forms: dict[str, None] = field(default_factory=dict)
    values: set[tuple[str, str]] = field(default_factory=set)  # (label, raw name)

    def absorb(self, other: _Group) -> None:
        self.docs |= other.docs
        self.mentions += other.mentions
        for spelling, count in other.spellings.items():
            self.spellings[spelling] = self.spellings.get(spelling, 0) + count
        self.forms.update(other.forms)
        self.values |= other.values


def catalogue_is_current(db: IndexDB) -> bool:
    return db.meta("catalogue", "-1") == str(db.generation())


def ensure_catalogue(db: IndexDB) -> None:
    """Build the catalogue if the analysis changed since it was built."""
    if not catalogue_is_current(db):
        with db.write() as conn:
            generation = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
            built = conn.execute("SELECT value FROM meta WHERE key='catalogue'").fetchone()
            if built is None or generation is None or built[0] != generation[0]:
                build_catalogue(conn)
                conn.execute(
                    "INSERT OR REPLACE INTO meta VALUES('catalogue', ?)",
                    (generation[0] if generation else "0",),
                )


def build_catalogue(conn: sqlite3.Connection) -> None:
    """Rebuild ``entities`` and ``entity_names`` from every article's entity rows."""
    groups: dict[tuple[str, str], _Group] = {}
    for label, value, docs, mentions, forms in conn.execute(
        "SELECT label, value, group_concat(doc), SUM(mentions), "
        "group_concat(forms, char(31)) FROM entity_docs GROUP BY value, label"
    ):
        key = name_key(value, label) or fold(value)
        group = groups.get((label, key))
        if group is None:
            group = groups[(label, key)] = _Group()
        group.docs.update(map(int, docs.split(",")))
        group.mentions += mentions
        group.spellings[value] = group.spellings.get(value, 0) + mentions
        group.values.add((label, value))
        group.forms.update(dict.fromkeys((forms or "").split(FORM_SEPARATOR)))
        group.forms.pop("", None)
    people = {key: len(g.docs) for (label, key), g in groups.items() if label == "PERSON"}
    links = link_people(people)
    for key, target in links.items():
        source = groups.pop(("PERSON", key), None)
        if source is not None:
            groups[("PERSON", target)].absorb(source)
    _merge_labels(groups, links)
    conn.execute("DELETE FROM entities")
    conn.execute("DELETE FROM entity_names")
    entity_rows = []
    name_rows = []
    for number, ((label, _key), group) in enumerate(groups.items(), start=1):
        name = display_name(group.spellings, label)
        spellings = sorted(group.spellings, key=lambda s: (-group.spellings[s], s))
        also = aliases(name, [*spellings, *group.forms])
        entity_rows.append(
            (
                number,
                label,
                name,
                name_key(name, label) or fold(name),
                len(group.docs),
                group.mentions,
                orjson.dumps(also).decode(),
            )
        )
        for own_label, value in group.values:
            name_rows.append((own_label, value, name_key(value, own_label) or fold(value), number))
    conn.executemany("INSERT INTO entities VALUES(?,?,?,?,?,?,?)", entity_rows)
    conn.executemany("INSERT INTO entity_names VALUES(?,?,?,?)", name_rows)


def _merge_labels(groups: dict[tuple[str, str], _Group], links: dict[str, str]) -> None:
    """One name, one entity: a name labelled differently in different stories ("United
    States" as GPE here, LOC there) is one entity under the label most of its articles give
    it; a short name that joined a person ("Clinton" -> "Hillary Clinton") takes its
    mislabelled mentions along when the person is named in more articles."""
    by_key: dict[str, list[str]] = {}
    for label, key in groups:
        by_key.setdefault(key, []).append(label)
    for key, labels in by_key.items():
        person = links.get(key)
        if person is not None and ("PERSON", person) in groups:
            for label in labels:
                if label != "PERSON" and (label, key) in groups:
                    target = groups[("PERSON", person)]
                    if len(target.docs) > len(groups[(label, key)].docs):
                        target.absorb(groups.pop((label, key)))
            continue
        if len(labels) < 2:
            continue
        best = max(labels, key=lambda lab: (len(groups[(lab, key)].docs), lab == "PERSON", lab))
        for label in labels:
            if label != best:
                groups[(best, key)].absorb(groups.pop((label, key)))


def _entity(row: tuple[int, str, str, int, int, str]) -> Entity:
    return Entity(row[0], row[2], row[1], row[3], row[4], tuple(orjson.loads(row[5])))


_ENTITY_COLUMNS = "id, label, name, articles, mentions, aliases"


def list_entities(
    conn: sqlite3.Connection, label: str | None = None, limit: int | None = None
) -> list[Entity]:
    """Every entity (or those of ``label``), most articles first."""
    sql = f"SELECT {_ENTITY_COLUMNS} FROM entities"
    params: list[object] = []
    if label:
        sql += " WHERE label=?"
        params.append(label)
    sql += " ORDER BY articles DESC, mentions DESC, name"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_entity(row) for row in conn.execute(sql, params)]


def find_entities(conn: sqlite3.Connection, name: str, label: str | None = None) -> list[Entity]:
    """The entities ``name`` refers to: the entities of that name (or of a name that joined
    one), else those whose name holds it as a word prefix; most articles first."""
    keys = {name_key(name, "PERSON"), name_key(name, "")} - {""}
    if not keys:
        return []
    where_label = " AND label=?" if label else ""
    extra: list[object] = [label] if label else []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE (key IN ({marks}) OR id IN "
        f"(SELECT entity FROM entity_names WHERE key IN ({marks}))){where_label} "
        "ORDER BY articles DESC, mentions DESC, name",
        [*keys, *keys, *extra],
    ).fetchall()
    if rows:
        return [_entity(row) for row in rows]
    longest = max(keys, key=len)
    rows = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE (key LIKE ? ESCAPE '\\' OR key LIKE ? "
        f"ESCAPE '\\'){where_label} ORDER BY articles DESC, mentions DESC, name LIMIT 50",
        [_like(longest) + "%", "% " + _like(longest) + "%", *extra],
    ).fetchall()
    return [_entity(row) for row in rows]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entity_articles(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> list[EntityArticle]:
    """The articles naming any of ``entity_ids``, newest first (undated last)."""
    ids = list(entity_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT d.article_id, d.title, d.date, d.source, SUM(e.mentions), MIN(e.first) "
        "FROM entity_names n JOIN entity_docs e ON e.value = n.value AND e.label = n.label "
        f"JOIN docs d ON d.rowid = e.doc WHERE n.entity IN ({marks}) GROUP BY e.doc "
        "ORDER BY d.date IS NULL, d.date DESC, d.title",
        ids,
    ).fetchall()
    return [EntityArticle(r[0], r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows]


def entity_article_ids(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """Entity id -> the ids of the articles naming it (for the JSON output)."""
    out: dict[int, dict[str, None]] = {}
    for entity, article_id in conn.execute(
        "SELECT n.entity, d.article_id FROM entity_names n "
        "JOIN entity_docs e ON e.value = n.value AND e.label = n.label "
        "JOIN docs d ON d.rowid = e.doc"
    ):
        out.setdefault(entity, {})[article_id] = None
    return {entity: list(ids) for entity, ids in out.items()}


def mention_offsets(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> dict[int, list[int]]:
    """Index row of each article naming ``entity_ids`` -> every offset where it is named."""
    ids = list(entity_ids)
    out: dict[int, list[int]] = {}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    for doc, starts in conn.execute(
        "SELECT e.doc, e.starts FROM entity_names n "
        "JOIN entity_docs e ON e.value = n.value AND e.label = n.label "
        f"WHERE n.entity IN ({marks})",
        ids,
    ):
        out.setdefault(doc, []).extend(int(s) for s in starts.split(",") if s)
    return out


def name_index(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Name key -> (entity id, entity name), a PERSON first where labels share a key: how a
    quote's speaker finds the entity it names."""
    rank = {label: i for i, label in enumerate(_LABEL_PREFERENCE)}
    best: dict[str, tuple[int, int, str]] = {}
    for key, label, entity, name in conn.execute(
        "SELECT n.key, n.label, n.entity, e.name FROM entity_names n "
        "JOIN entities e ON e.id = n.entity"
    ):
        order = rank.get(label, len(rank))
        held = best.get(key)
        if held is None or order < held[0]:
            best[key] = (order, entity, name)
    return {key: (entity, name) for key, (_, entity, name) in best.items()}


def entity_keys(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> set[str]:
    """Every name key of ``entity_ids`` (their names and the names that joined them)."""
    ids = list(entity_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    keys = {
        row[0]
        for row in conn.execute(f"SELECT key FROM entity_names WHERE entity IN ({marks})", ids)
    }
    keys |= {row[0] for row in conn.execute(f"SELECT key FROM entities WHERE id IN ({marks})", ids)}
    return keys
