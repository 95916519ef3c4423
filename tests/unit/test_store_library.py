"""The article library: add, get, remove, resolve, reading state, persistence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tuiread.model import Article
from tuiread.store import AmbiguousArticle, ReadingState, UnknownArticle, open_store
from tuiread.store.paths import config_path, data_dir


def art(i: int, title: str | None = None, text: str | None = None) -> Article:
    return Article(
        id=f"{i:04x}" + "ab" * 6,
        title=title or f"Article number {i}",
        text=text or f"Body of article {i}. " * 5,
        raw="raw",
        source="Src",
        origin=f"a{i}.txt",
    )


def test_paths_follow_tuiread_home(home: Path) -> None:
    assert data_dir() == home
    assert config_path() == home / "config.toml"


def test_new_library_is_created_empty(home: Path) -> None:
    store = open_store(home)
    assert store.created and not store.read_only and store.read_only_reason is None
    assert len(store.library) == 0 and store.library.summaries() == []
    store.close()
    again = open_store(home)
    assert not again.created
    again.close()


def test_add_get_has_and_persist(home: Path) -> None:
    store = open_store(home)
    a = art(1, text="Hello world, «quoted» 日本語 🙂")
    assert store.library.add(a) is True
    assert store.library.add(a) is False  # same id: no-op
    assert store.library.has(a.id) and len(store.library) == 1
    assert store.library.get(a.id) == a
    assert store.library.summaries() == [a.summary()]
    store.close()
    again = open_store(home)
    assert again.library.get(a.id) == a
    assert again.library.summaries()[0].word_count == a.word_count
    again.close()


def test_get_unknown_raises_keyerror(home: Path) -> None:
    store = open_store(home)
    with pytest.raises(KeyError):
        store.library.get("nope")
    store.close()


def test_bodies_are_separate_files_loaded_lazily(home: Path) -> None:
    store = open_store(home)
    a = art(2)
    store.library.add(a)
    body = store.library.body_path(a.id)
    assert (
        body.exists()
        and a.text
        not in (home / "library.json").read_text() + (home / "library.json.wal").read_text()
    )
    store.close()


def test_add_many_and_remove(home: Path) -> None:
    store = open_store(home)
    articles = [art(i) for i in range(20)]
    assert store.library.add_many(articles + articles[:3]) == 20
    assert store.library.add_many(articles) == 0
    assert [s.id for s in store.library.summaries()] == [a.id for a in articles]
    store.library.set_state(articles[3].id, read=True)
    store.library.remove(articles[3].id)
    store.library.remove("absent")  # no-op
    assert not store.library.has(articles[3].id) and len(store.library) == 19
    assert not store.library.body_path(articles[3].id).exists()
    assert store.library.get_state(articles[3].id) == ReadingState()
    store.close()
    again = open_store(home)
    assert len(again.library) == 19 and not again.library.has(articles[3].id)
    again.close()


def test_reading_state(home: Path) -> None:
    store = open_store(home)
    a = art(3)
    store.library.add(a)
    assert store.library.get_state(a.id) == ReadingState(read=False, position=0)
    store.library.set_state(a.id, position=42)
    store.library.set_state(a.id, read=True)
    assert store.library.get_state(a.id) == ReadingState(read=True, position=42)
    store.library.set_state(a.id, position=-5)
    assert store.library.get_state(a.id).position == 0
    store.library.set_state(a.id, position=7, read=False)
    store.close()
    again = open_store(home)
    assert again.library.get_state(a.id) == ReadingState(read=False, position=7)
    again.close()


@pytest.fixture
def lib(home: Path):
    store = open_store(home)
    store.library.add_many(
        [
            Article(id="abcd111100000000", title="Japan, US agree on sanctions", text="t1"),
            Article(
                id="abcd222200000000",
                title="Japan, SKorea, US agree to increase pressure",
                text="t2",
            ),
            Article(id="ef01333300000000", title="Markets rally in Tokyo", text="t3"),
            Article(id="ef02444400000000", title="Rally", text="t4"),
        ]
    )
    yield store.library
    store.close()


def test_resolve_by_id_and_prefix(lib) -> None:
    assert lib.resolve("abcd111100000000").title.startswith("Japan, US")
    assert lib.resolve("abcd1").id == "abcd111100000000"
    assert lib.resolve("ABCD2").id == "abcd222200000000"
    with pytest.raises(AmbiguousArticle) as exc:
        lib.resolve("abcd")
    assert {c.id for c in exc.value.candidates} == {"abcd111100000000", "abcd222200000000"}
    assert "abcd1111" in str(exc.value) and "Japan, US agree on sanctions" in str(exc.value)


def test_resolve_by_title(lib) -> None:
    assert lib.resolve("skorea").id == "abcd222200000000"
    assert lib.resolve("  TOKYO ").id == "ef01333300000000"
    assert lib.resolve("rally").id == "ef02444400000000"  # the one whose whole title matches
    with pytest.raises(AmbiguousArticle) as exc:
        lib.resolve("japan")
    assert len(exc.value.candidates) == 2
    assert "Japan, SKorea" in str(exc.value) and "abcd2222" in str(exc.value)


def test_resolve_unknown_lists_near_candidates(lib) -> None:
    with pytest.raises(UnknownArticle) as exc:
        lib.resolve("sanctons japan")
    assert "sanctons japan" in str(exc.value)
    assert any(c.id == "abcd111100000000" for c in exc.value.candidates)
    with pytest.raises(UnknownArticle):
        lib.resolve("")
    with pytest.raises(UnknownArticle):
        lib.resolve("zzzzzzzzzzzzzzzzzz")


def test_library_format_0_plain_tinydb_file_is_migrated(home: Path) -> None:
    """A plain TinyDB file (numbered documents, no _meta) is adopted, with a backup."""
    import json

    a = Article(id="1234567890abcdef", title="Old", text="old text")
    (home / "articles").mkdir()
    (home / "articles" / f"{a.id}.json").write_text(json.dumps(a.to_dict()))
    (home / "library.json").write_text(json.dumps({"articles": {"1": a.summary().to_dict()}}))
    store = open_store(home)
    assert store.library.get(a.id).title == "Old"
    assert list(home.glob("library.json.format-0-*"))
    store.close()
    again = open_store(home)
    assert again.library.has(a.id)
    again.close()


def test_add_many_failure_part_way_leaves_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from tuiread.store import WriteFailed
    from tuiread.store import storage as storage_mod

    store = open_store(home)
    store.library.add(art(999))
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src, dst):
        calls["n"] += 1
        if calls["n"] == 150:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(storage_mod.os, "replace", flaky_replace)
    with pytest.raises(WriteFailed, match="disk is full"):
        store.library.add_many([art(i) for i in range(300)])
    monkeypatch.undo()
    assert len(store.library) == 1
    assert sorted(p.name for p in (home / "articles").iterdir()) == [f"{art(999).id}.json"]
    store.close()


def test_missing_or_damaged_body_is_a_clear_error_and_adding_again_restores_it(home: Path) -> None:
    from tuiread.store import CorruptDatabase

    store = open_store(home)
    a = art(5)
    store.library.add(a)
    store.close()
    store = open_store(home)
    body = store.library.body_path(a.id)
    body.unlink()
    with pytest.raises(CorruptDatabase, match="missing"):
        store.library.get(a.id)
    assert store.library.add(a) is True
    assert store.library.get(a.id) == a
    body.write_bytes(b"{not json")
    store.close()
    store = open_store(home)
    with pytest.raises(CorruptDatabase, match="damaged") as exc:
        store.library.get(a.id)
    assert exc.value.backup is not None and exc.value.backup.read_bytes() == b"{not json"
    assert store.library.add(a) is True and store.library.get(a.id) == a
    store.close()


def test_article_removed_by_another_process_is_a_keyerror(home: Path) -> None:
    one = open_store(home)
    two = open_store(home)
    a = art(6)
    one.library.add(a)
    two.refresh()
    assert two.library.has(a.id)
    one.library.remove(a.id)
    with pytest.raises(KeyError):
        two.library.get(a.id)
    one.close()
    two.close()


def test_reading_state_from_two_processes_merges(home: Path) -> None:
    one = open_store(home)
    two = open_store(home)
    a = art(8)
    one.library.add(a)
    two.library.set_state(a.id, position=3)
    one.library.set_state(a.id, read=True)  # one has not seen two's position: it must keep it
    two.library.set_state(a.id, position=5)
    for s in (one, two):
        s.refresh()
        assert s.library.get_state(a.id) == ReadingState(read=True, position=5)
    one.close()
    two.close()
