"""Annotations: save, get, order, delete, tags, article tags, notes, two stores on one library."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.model import Annotation, Selector
from tuiread.store import ReadOnlyStore, open_store

TEXT = "Senior diplomats agree to work together. " * 10


def sel(start: int, end: int) -> Selector:
    return Selector.from_text(TEXT, start, end)


@pytest.fixture
def st(home: Path):
    store = open_store(home)
    yield store
    store.close()


def test_save_get_and_persist(home: Path, st) -> None:
    a = Annotation.new(
        "art1", note="a note", tags=["x", "#Y"], colour="yellow", selector=sel(7, 16)
    )
    st.annotations.save(a)
    assert st.annotations.get(a.id) == a
    assert st.annotations.all() == [a]
    st.close()
    again = open_store(home)
    assert again.annotations.get(a.id) == a
    again.close()


def test_save_replaces_by_id(st) -> None:
    a = Annotation.new("art1", note="first")
    st.annotations.save(a)
    b = a.edited(note="second", tags=["t"])
    st.annotations.save(b)
    assert st.annotations.all() == [b]
    assert st.annotations.for_article("art1") == [b]


def test_for_article_order(st) -> None:
    later = Annotation.new("art1", note="later", selector=sel(50, 60))
    early = Annotation.new("art1", note="early", selector=sel(5, 9))
    whole = Annotation.new("art1", note="whole article")
    other = Annotation.new("art2", note="elsewhere")
    st.annotations.save_many([later, early, whole, other])
    assert st.annotations.for_article("art1") == [whole, early, later]
    assert st.annotations.for_article("art2") == [other]
    assert st.annotations.for_article("nothing") == []


def test_delete(st) -> None:
    a = Annotation.new("art1", note="x")
    st.annotations.save(a)
    assert st.annotations.delete(a.id) == a
    assert st.annotations.delete(a.id) is None
    assert st.annotations.get(a.id) is None and st.annotations.for_article("art1") == []


def test_tags_and_notes(st) -> None:
    st.annotations.save_many(
        [
            Annotation.new("a1", note="n", tags=["Korea", "nuclear"], selector=sel(0, 6)),
            Annotation.new("a2", tags=["korea"]),
            Annotation.new("a3", selector=sel(1, 3)),  # a highlight, no note
            Annotation.new("a4", note="   "),
        ]
    )
    assert {k.casefold(): v for k, v in st.annotations.tags().items()} == {"korea": 2, "nuclear": 1}
    assert st.annotations.article_ids_with_notes() == {"a1"}
    assert st.annotations.article_tags("a1") == ()  # passage tags are not article tags
    assert st.annotations.article_tags("a2") == ("korea",)


def test_set_article_tags_keeps_one_tagging_annotation(st) -> None:
    st.annotations.set_article_tags("art", ["b", "#a", "b"])
    assert st.annotations.article_tags("art") == ("b", "a")
    tagging = [a for a in st.annotations.for_article("art") if a.motivation == "tagging"]
    assert len(tagging) == 1 and tagging[0].selector is None
    st.annotations.set_article_tags("art", ["c"])
    tagging2 = [a for a in st.annotations.for_article("art") if a.motivation == "tagging"]
    assert len(tagging2) == 1 and tagging2[0].id == tagging[0].id and tagging2[0].tags == ("c",)
    st.annotations.set_article_tags("art", [])
    assert st.annotations.for_article("art") == [] and st.annotations.article_tags("art") == ()
    st.annotations.set_article_tags("art", [])  # nothing to do


def test_set_article_tags_merges_duplicates_and_trims_notes(st) -> None:
    t1 = Annotation.new("art", motivation="tagging", tags=["a"])
    t2 = Annotation.new("art", motivation="tagging", tags=["b"])
    note = Annotation.new("art", note="whole-article note", tags=["b", "keep"])
    passage = Annotation.new("art", note="passage", tags=["b"], selector=sel(0, 5))
    st.annotations.save_many([t1, t2, note, passage])
    assert set(st.annotations.article_tags("art")) == {"a", "b", "keep"}
    st.annotations.set_article_tags("art", ["a", "keep"])
    assert st.annotations.article_tags("art") == ("a", "keep")
    left = st.annotations.for_article("art")
    assert len([a for a in left if a.motivation == "tagging"]) == 1
    assert (
        st.annotations.get(note.id).tags == ("keep",)
        and st.annotations.get(note.id).note == "whole-article note"
    )
    assert st.annotations.get(passage.id).tags == ("b",)  # passages are left alone


def test_annotations_of_removed_articles_are_kept(st) -> None:
    from tuiread.model import Article

    article = Article(id="feedfacefeedface", title="T", text="text")
    st.library.add(article)
    a = Annotation.new(article.id, note="keep me")
    st.annotations.save(a)
    st.library.remove(article.id)
    assert st.annotations.get(a.id) == a
    assert st.annotations.orphans(s.id for s in st.library.summaries()) == [a]


def test_two_stores_on_one_library_see_each_other(home: Path) -> None:
    one = open_store(home)
    two = open_store(home)
    a = Annotation.new("art", note="from one")
    one.annotations.save(a)
    b = Annotation.new("art", note="from two")
    two.annotations.save(b)  # catches up with one's save first
    assert {x.id for x in two.annotations.all()} == {a.id, b.id}
    one.refresh()
    assert {x.id for x in one.annotations.all()} == {a.id, b.id}
    two.annotations.delete(a.id)
    one.annotations.refresh()
    assert one.annotations.get(a.id) is None
    one.annotations.set_article_tags("art", ["t"])
    two.annotations.set_article_tags("art", ["t", "u"])  # refreshes first: still one holder
    one.refresh()
    assert one.annotations.article_tags("art") == ("t", "u")
    assert len([x for x in one.annotations.for_article("art") if x.motivation == "tagging"]) == 1
    one.close()
    two.close()
    final = open_store(home)
    assert {x.note for x in final.annotations.all()} == {"from two", None}
    final.close()


def test_compaction_by_another_store_is_noticed(home: Path) -> None:
    one = open_store(home)
    two = open_store(home)
    saved = [Annotation.new("art", note=str(i)) for i in range(10)]
    for a in saved[:5]:
        one.annotations.save(a)
    one.compact()
    for a in saved[5:]:
        one.annotations.save(a)
    two.refresh()
    assert {x.id for x in two.annotations.all()} == {a.id for a in saved}
    extra = Annotation.new("art", note="two")
    two.annotations.save(extra)
    two.compact()
    one.annotations.save(Annotation.new("art", note="one again"))
    assert one.annotations.get(extra.id) == extra
    one.close()
    two.close()
    final = open_store(home)
    assert len(final.annotations.all()) == 12
    final.close()


def test_automatic_compaction_keeps_everything(home: Path) -> None:
    store = open_store(home)
    durable = store._annotations_db.durable
    durable.compact_every = 7
    saved = [Annotation.new("art", note=str(i)) for i in range(30)]
    for a in saved:
        store.annotations.save(a)
        # Compaction runs on a thread that waits for the store's mutex; on a loaded machine
        # the saves could keep it waiting past the last one. Let each one finish.
        if durable._compactor is not None:
            durable._compactor.join()
    assert store._annotations_db.durable.generation > 2
    store.close()
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {a.id for a in saved}
    again.close()


def test_read_only_store_refuses_writes(home: Path) -> None:
    rw = open_store(home)
    a = Annotation.new("art", note="kept")
    rw.annotations.save(a)
    ro = open_store(home, read_only=True)
    assert ro.read_only and ro.read_only_reason
    assert ro.annotations.get(a.id) == a
    with pytest.raises(ReadOnlyStore):
        ro.annotations.save(Annotation.new("art", note="no"))
    with pytest.raises(ReadOnlyStore):
        ro.annotations.set_article_tags("art", ["x"])
    with pytest.raises(ReadOnlyStore):
        ro.library.set_state("art", read=True)
    b = Annotation.new("art", note="later")
    rw.annotations.save(b)
    ro.refresh()
    assert ro.annotations.get(b.id) == b
    ro.close()
    rw.close()


def test_tinydb_api_still_works_on_our_tables(st) -> None:
    """The tables are real TinyDB tables: standard operations are journaled too."""
    from tinydb import Query

    table = st._annotations_db.table("scratch")
    table.insert({"k": 1})
    table.insert({"k": 2})
    table.update({"k": 3}, Query().k == 2)
    table.remove(Query().k == 1)
    assert [d["k"] for d in table.all()] == [3]
    st.close()
    again = open_store(st.home)
    assert [d["k"] for d in again._annotations_db.table("scratch").all()] == [3]
    again.close()


def _expected(all_annotations):
    """What the index-backed queries must answer, computed the slow way from all()."""
    from tuiread.model import normalise_tags

    by_article: dict[str, list[Annotation]] = {}
    for a in all_annotations:
        by_article.setdefault(a.article_id, []).append(a)
    tags = {}
    notes = set()
    counts: dict[str, int] = {}
    for article, anns in by_article.items():
        whole = sorted(
            (a for a in anns if a.selector is None),
            key=lambda a: (a.motivation != "tagging", a.created, a.id),
        )
        tags[article] = normalise_tags([t for a in whole for t in a.tags])
        if any(a.note and a.note.strip() for a in anns):
            notes.add(article)
        for a in anns:
            for t in a.tags:
                counts[t.casefold()] = counts.get(t.casefold(), 0) + 1
    return tags, notes, counts


def _check_consistent(store) -> None:
    every = store.annotations.all()
    tags, notes, counts = _expected(every)
    assert store.annotations.article_ids_with_notes() == notes
    assert {k.casefold(): v for k, v in store.annotations.tags().items()} == counts
    for article in {a.article_id for a in every} | {"missing"}:
        assert store.annotations.article_tags(article) == tags.get(article, ())
        assert {a.id for a in store.annotations.for_article(article)} == {
            a.id for a in every if a.article_id == article
        }
    overview = store.annotations.overview()
    assert set(overview) == {a.article_id for a in every}
    for article, facts in overview.items():
        assert facts.tags == tags[article] and facts.has_notes == (article in notes)
        assert facts.count == len([a for a in every if a.article_id == article])


def test_saved_index_stays_consistent_through_reopens_and_compactions(home: Path) -> None:
    import random

    rng = random.Random(11)
    articles = [f"art{i}" for i in range(6)]
    store = open_store(home)
    live: list[str] = []
    for step in range(400):
        roll = rng.random()
        if roll < 0.5 or not live:
            a = Annotation.new(
                rng.choice(articles),
                note=rng.choice([None, "n", "  "]),
                tags=rng.sample(["a", "B", "c", "d"], rng.randint(0, 2)),
                selector=None
                if rng.random() < 0.4
                else sel(rng.randint(0, 20), rng.randint(21, 40)),
            )
            store.annotations.save(a)
            live.append(a.id)
        elif roll < 0.65:
            store.annotations.delete(live.pop(rng.randrange(len(live))))
        elif roll < 0.8:
            old = store.annotations.get(rng.choice(live))
            store.annotations.save(old.edited(tags=rng.sample(["a", "b", "e"], 1), note=None))
        elif roll < 0.9:
            store.annotations.set_article_tags(
                rng.choice(articles), rng.sample(["x", "y", "a"], rng.randint(0, 2))
            )
            live = [a.id for a in store.annotations.all()]
        elif roll < 0.95:
            store.compact()
        else:
            store.close()
            store = open_store(home)
        if step % 25 == 0:
            _check_consistent(store)
    _check_consistent(store)
    store.compact()
    store.close()
    again = open_store(home)
    assert again._annotations_db.durable.extras is not None  # the saved index is used
    _check_consistent(again)
    again.close()


def test_a_wrong_saved_index_is_rebuilt(home: Path) -> None:
    store = open_store(home)
    store.annotations.save_many(
        [Annotation.new("a1", note="x", tags=["t"]), Annotation.new("a2", tags=["u"])]
    )
    store.compact()
    store.close()
    path = home / "annotations.json"
    raw = path.read_bytes()
    first, rest = raw.split(b"\n", 1)
    import orjson

    meta = orjson.loads(first[9:])
    meta["1"]["extras"]["articles"] = {
        "bogus": {"ids": ["nope"], "tags": [], "all": [], "notes": True, "counts": {}}
    }
    path.write_bytes(b'{"_meta":' + orjson.dumps(meta) + b"\n" + rest)
    again = open_store(home)
    assert again.annotations.article_ids_with_notes() == {"a1"}
    assert again.annotations.article_tags("a2") == ("u",)
    again.close()


def test_two_stores_random_interleaving_matches_a_model(home: Path) -> None:
    """Saves, edits, deletes, compactions and reopenings on two stores of one library, in a
    random order: both always agree with a plain dict of what was acknowledged."""
    import random

    rng = random.Random(5)
    stores = [open_store(home), open_store(home)]
    for s in stores:
        s._annotations_db.durable.compact_every = 9
    model: dict[str, Annotation] = {}
    for _ in range(500):
        i = rng.randrange(2)
        st = stores[i]
        roll = rng.random()
        if roll < 0.45 or not model:
            a = Annotation.new(
                f"art{rng.randrange(4)}", note=f"n{rng.random():.6f}", tags=[rng.choice("abc")]
            )
            st.annotations.save(a)
            model[a.id] = a
        elif roll < 0.6:
            key = rng.choice(sorted(model))
            assert st.annotations.delete(key) == model.pop(key)  # even if saved by the other
        elif roll < 0.75:
            key = rng.choice(sorted(model))
            st.refresh()
            edited = model[key].edited(note="edited", tags=[rng.choice("xyz")])
            st.annotations.save(edited)
            model[key] = edited
        elif roll < 0.8:
            st.compact()
        elif roll < 0.85:
            st.close()
            stores[i] = open_store(home)
            stores[i]._annotations_db.durable.compact_every = 9
        else:
            st.refresh()
            assert {a.id: a for a in st.annotations.all()} == model
    for st in stores:
        st.refresh()
        assert {a.id: a for a in st.annotations.all()} == model
        _check_consistent(st)
        st.close()
    final = open_store(home)
    assert {a.id: a for a in final.annotations.all()} == model
    _check_consistent(final)
    final.close()


def test_a_late_compaction_that_follows_the_other_store_keeps_its_edits_visible(
    home: Path,
) -> None:
    """A background compaction that starts only after the other store has compacted catches
    up with the other's edits and then has nothing of its own to fold: what it caught up
    with must still reach the caches, or this store shows (and writes back) stale records."""
    first, second = open_store(home), open_store(home)
    try:
        durable = first._annotations_db.durable
        a = Annotation.new("art1", note="first", tags=["t"])
        first.annotations.save(a)
        assert first.annotations.all() == [a]  # decoded and cached
        # Holding the mutex keeps first's compactor thread waiting, as a loaded machine does.
        with durable._mutex:
            durable.compact_every = 1
            first.annotations.save(Annotation.new("art2", note="due"))  # starts the compactor
            second.refresh()
            edited = a.edited(note="edited")
            second.annotations.save(edited)
            second.compact()  # folds the journal before first's compactor gets the lock
        assert durable._compactor is not None
        durable._compactor.join()
        first.refresh()
        assert first.annotations.get(a.id) == edited
        assert edited in first.annotations.all()
        first.annotations.set_article_tags("art1", ["u"])  # rewrites a from what first shows
    finally:
        first.close()
        second.close()
    again = open_store(home)
    assert again.annotations.get(a.id).note == "edited"
    again.close()


def test_change_article_tags_merges_with_what_another_process_saved(home) -> None:
    """A tags change applies to the tags stored now, not to the ones read earlier."""
    from tuiread.store import open_store

    first, second = open_store(home), open_store(home)
    try:
        first.annotations.set_article_tags("art", ["old", "gone"])
        second.refresh()
        seen = second.annotations.article_tags("art")  # what a dialog would show
        assert seen == ("old", "gone")
        first.annotations.change_article_tags("art", add=["theirs"])
        after = second.annotations.change_article_tags("art", add=["mine"], remove=["GONE"])
        assert after == ("old", "theirs", "mine")
        first.refresh()
        assert first.annotations.article_tags("art") == ("old", "theirs", "mine")
    finally:
        first.close()
        second.close()


def test_change_article_tags_with_nothing_to_change_writes_nothing(home) -> None:
    from tuiread.store import open_store

    store = open_store(home)
    try:
        store.annotations.set_article_tags("art", ["a"])
        entries = store._annotations_db.durable.journal_entries
        assert store.annotations.change_article_tags("art", add=["A"], remove=["zzz"]) == ("a",)
        assert store._annotations_db.durable.journal_entries == entries
    finally:
        store.close()
