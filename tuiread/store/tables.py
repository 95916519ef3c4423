"""TinyDB glue: tables keyed by our own string ids, journaling only what changed.

The store's tables (articles, annotations, feeds) are TinyDB tables on a
:class:`~tuiread.store.storage.DurableStorage`; ``put``/``put_many``/``delete_ids`` save
just the changed documents as one journal line instead of rewriting the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from tuiread.store.storage import Changes, DurableStorage


class JournalTable(Table):
    """A TinyDB table whose document ids are strings (annotation / article ids).

    Standard TinyDB operations work (they go through ``_update_table``); ``put``/``put_many``/
    ``delete_ids`` are the fast path: one journal line with just the changed documents.
    """

    document_id_class = str  # type: ignore[assignment]

    @property
    def durable(self) -> DurableStorage:
        return self._storage  # type: ignore[return-value]

    def _get_next_id(self) -> str:
        return uuid.uuid4().hex

    def _update_table(self, updater: Callable[[dict[Any, Any]], None]) -> None:
        old = self.durable.table_data(self.name)
        new = {k: dict(v) for k, v in old.items()}
        updater(new)
        upserts = {str(k): v for k, v in new.items() if old.get(str(k)) != v}
        deletes = [k for k in old if k not in new]
        if upserts or deletes:
            self.durable.commit({self.name: (upserts, deletes)})
        self.clear_cache()

    def raw(self) -> MutableMapping[str, Any]:
        return self.durable.table_data(self.name)

    def put(self, doc_id: str, doc: Mapping[str, Any]) -> None:
        self.put_many({doc_id: doc})

    def put_many(self, docs: Mapping[str, Mapping[str, Any]], deletes: Iterable[str] = ()) -> None:
        self.durable.commit({self.name: ({k: dict(v) for k, v in docs.items()}, list(deletes))})
        self.clear_cache()

    def delete_ids(self, ids: Iterable[str]) -> None:
        self.durable.commit({self.name: ({}, list(ids))})
        self.clear_cache()


class StoreDB(TinyDB):
    table_class = JournalTable

    def __init__(self, path: Path, **kwargs: Any) -> None:
        super().__init__(path, storage=DurableStorage, **kwargs)
        self.durable.add_listener(self._on_change)

    @property
    def durable(self) -> DurableStorage:
        return self.storage  # type: ignore[return-value]

    def table(self, name: str, **kwargs: Any) -> JournalTable:
        return super().table(name, **kwargs)  # type: ignore[return-value]

    def _on_change(self, changes: Changes) -> None:
        for table in self._tables.values():
            table.clear_cache()
