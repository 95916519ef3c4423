"""The durable storage: damaged and newer files, migrations, write failures, torn journals."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import orjson
import pytest

from tuiread.model import Annotation
from tuiread.store import CorruptDatabase, NewerFormat, StoreError, WriteFailed, open_store
from tuiread.store import storage as storage_mod
from tuiread.store.journal_format import decode_lines, encode_line
from tuiread.store.storage import DurableStorage


def saved_store(home: Path, n: int = 3) -> list[Annotation]:
    store = open_store(home)
    notes = [Annotation.new("art", note=f"note {i}") for i in range(n)]
    for a in notes:
        store.annotations.save(a)
    store.close()
    return notes


# -- damaged files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (
            b'{"_meta": {"1": {"format": 1, "generation": 2}}, "annotations": {"abc": {"id"',
            "not valid JSON",
        ),
        (b"\x00\x01\x02garbage\xff", "not valid JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"annotations": [1, 2]}', "not a set of records"),
    ],
)
def test_damaged_annotations_file_stops_with_clear_message(
    home: Path, content: bytes, why: str
) -> None:
    saved_store(home)
    path = home / "annotations.json"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabase) as exc:
        open_store(home)
    message = str(exc.value)
    assert str(path) in message and why in message and "left untouched" in message
    assert path.read_bytes() == content  # never overwritten
    backups = list(home.glob("annotations.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == content
    assert str(backups[0]) in message
    with pytest.raises(CorruptDatabase):
        open_store(home)
    assert len(list(home.glob("annotations.json.corrupt-*"))) == 1  # the same copy, reused
    assert isinstance(exc.value, StoreError)


def test_truncated_snapshot_of_a_real_library(home: Path) -> None:
    saved_store(home)
    store = open_store(home)
    store.compact()
    store.close()
    path = home / "annotations.json"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDatabase):
        open_store(home)
    assert path.read_bytes() == data[: len(data) // 2]


def test_damaged_library_file(home: Path) -> None:
    saved_store(home)
    (home / "library.json").write_bytes(b"{{{{")
    with pytest.raises(CorruptDatabase) as exc:
        open_store(home)
    assert "library.json" in str(exc.value)
    assert (home / "library.json").read_bytes() == b"{{{{"


def test_journal_without_header_is_corrupt(home: Path) -> None:
    saved_store(home)
    (home / "annotations.json.wal").write_bytes(b"this is not a journal\n")
    with pytest.raises(CorruptDatabase) as exc:
        open_store(home)
    assert "annotations.json.wal" in str(exc.value)
    assert (home / "annotations.json.wal").read_bytes() == b"this is not a journal\n"


def test_newer_format_is_refused_and_untouched(home: Path) -> None:
    saved_store(home)
    path = home / "annotations.json"
    data = orjson.loads(path.read_bytes())
    data["_meta"] = {"1": {"format": 3, "generation": 9}}
    raw = orjson.dumps(data)
    path.write_bytes(raw)
    wal = (home / "annotations.json.wal").read_bytes()
    with pytest.raises(NewerFormat) as exc:
        open_store(home)
    message = str(exc.value)
    assert (
        "newer tuiread" in message
        and "format 3" in message
        and "reads 1" in message
        and "upgrade" in message
    )
    assert path.read_bytes() == raw and (home / "annotations.json.wal").read_bytes() == wal
    backups = list(home.glob("annotations.json.newer-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == raw and str(backups[0]) in message
    with pytest.raises(NewerFormat):
        open_store(home, read_only=True)
    assert len(list(home.glob("annotations.json.newer-*"))) == 1  # not one more per attempt


def test_migration_hook_upgrades_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(orjson.dumps({"_meta": {"1": {"format": 1}}, "things": {"a": {"n": 1}}}))

    def one_to_two(data):
        return {
            name: {k: {**doc, "n2": doc["n"] * 2} for k, doc in docs.items()}
            for name, docs in data.items()
        }

    storage = DurableStorage(path, format_version=2, migrations={1: one_to_two})
    assert storage.read()["things"]["a"] == {"n": 1, "n2": 2}
    storage.close()
    assert orjson.loads(path.read_bytes())["_meta"]["1"]["format"] == 2
    backups = list(tmp_path.glob("db.json.format-1-*"))
    assert len(backups) == 1 and orjson.loads(backups[0].read_bytes())["things"]["a"] == {"n": 1}


def test_missing_migration_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    raw = orjson.dumps({"_meta": {"1": {"format": 1}}, "things": {}})
    path.write_bytes(raw)
    with pytest.raises(StoreError, match="cannot upgrade"):
        DurableStorage(path, format_version=3, migrations={1: lambda d: d})
    assert path.read_bytes() == raw


def test_plain_tinydb_annotations_file_is_adopted(home: Path) -> None:
    a = Annotation.new("art", note="from plain tinydb")
    (home / "annotations.json").write_text(json.dumps({"annotations": {"1": a.to_dict()}}))
    store = open_store(home)
    assert store.annotations.get(a.id) == a
    store.close()


# -- write failures ------------------------------------------------------------------------------


def _fail_with(err: int):
    def boom(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    return boom


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES])
@pytest.mark.parametrize("call", ["write", "fsync"])
def test_write_failure_raises_and_keeps_previous_data(
    home: Path, monkeypatch: pytest.MonkeyPatch, err: int, call: str
) -> None:
    kept = saved_store(home)
    store = open_store(home)
    wal_before = (home / "annotations.json.wal").read_bytes()
    lost = Annotation.new("art", note="not saved")
    monkeypatch.setattr(storage_mod.os, call, _fail_with(err))
    with pytest.raises(WriteFailed) as exc:
        store.annotations.save(lost)
    message = str(exc.value)
    assert ("disk is full" if err == errno.ENOSPC else "permission denied") in message
    assert "previous data is intact" in message
    with pytest.raises(WriteFailed):
        store.annotations.delete(kept[0].id)
    monkeypatch.undo()
    assert store.annotations.get(lost.id) is None  # not applied in memory
    assert store.annotations.get(kept[0].id) == kept[0]
    assert (home / "annotations.json.wal").read_bytes() == wal_before
    later = Annotation.new("art", note="saved after the disk was freed")
    store.annotations.save(later)
    store.close()
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {a.id for a in kept} | {later.id}
    again.close()


def test_short_write_is_rolled_back(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = saved_store(home)
    store = open_store(home)
    real_write = os.write

    def half(fd, data):
        return real_write(fd, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(storage_mod.os, "write", half)
    with pytest.raises(WriteFailed):
        store.annotations.save(Annotation.new("art", note="half"))
    monkeypatch.undo()
    store.close()
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {a.id for a in kept}
    again.close()


def test_failed_compaction_loses_nothing(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = saved_store(home, 5)
    store = open_store(home)
    snapshot = (home / "annotations.json").read_bytes()
    monkeypatch.setattr(storage_mod.os, "replace", _fail_with(errno.ENOSPC))
    with pytest.raises(WriteFailed):
        store.compact()
    store.close()  # compaction on close fails quietly: the journal still holds everything
    monkeypatch.undo()
    assert (home / "annotations.json").read_bytes() == snapshot
    assert not [p for p in home.iterdir() if p.name.endswith(".tmp")]
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {a.id for a in kept}
    again.close()


@pytest.mark.parametrize("step", ["save", "compact"])
def test_a_failed_write_still_shows_what_it_caught_up_with(
    home: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """A save or compaction first catches up with the other process's saves, then fails (a
    full disk): the edits it caught up with are in memory, and the caches must see them."""
    (kept,) = saved_store(home, 1)
    first, second = open_store(home), open_store(home)
    try:
        assert first.annotations.get(kept.id) == kept  # decoded and cached
        edited = kept.edited(note="edited elsewhere")
        second.annotations.save(edited)
        monkeypatch.setattr(
            storage_mod.os, "write" if step == "save" else "replace", _fail_with(errno.ENOSPC)
        )
        with pytest.raises(WriteFailed):
            if step == "save":
                first.annotations.save(Annotation.new("art", note="not saved"))
            else:
                first._annotations_db.durable.compact()
        monkeypatch.undo()
        assert first.annotations.get(kept.id) == edited
    finally:
        first.close()
        second.close()


def test_article_body_write_failure(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread.model import Article

    store = open_store(home)
    monkeypatch.setattr(storage_mod.os, "fsync", _fail_with(errno.ENOSPC))
    with pytest.raises(WriteFailed, match="disk is full"):
        store.library.add(Article(id="0123456789abcdef", title="T", text="body"))
    monkeypatch.undo()
    assert len(store.library) == 0
    assert not list((home / "articles").glob("*"))
    store.close()


def test_unwritable_folder_opens_read_only(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = saved_store(home)
    real_open = os.open

    def deny_lock(path, flags, *args):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(storage_mod.os, "open", deny_lock)
    store = open_store(home)
    assert store.read_only and "not writable" in store.read_only_reason
    assert {a.id for a in store.annotations.all()} == {a.id for a in kept}
    from tuiread.store import ReadOnlyStore

    with pytest.raises(ReadOnlyStore):
        store.annotations.save(Annotation.new("art", note="x"))
    store.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_for_real(home: Path) -> None:
    saved_store(home)
    os.chmod(home, 0o555)
    try:
        store = open_store(home)
        assert store.read_only
        store.close()
    finally:
        os.chmod(home, 0o755)


# -- the journal -----------------------------------------------------------------------------------


def test_decode_lines_ignores_torn_tail() -> None:
    lines = encode_line({"a": 1}) + encode_line({"b": 2})
    records, end, bad = decode_lines(lines + encode_line({"c": 3})[:-4])
    assert records == [{"a": 1}, {"b": 2}] and end == len(lines) and bad == 0
    corrupted = lines.replace(b'"a"', b'"x"')
    records, end, bad = decode_lines(corrupted + encode_line({"d": 4}))
    assert records == [{"b": 2}, {"d": 4}] and bad == 1


def test_torn_tail_is_ignored_then_truncated(home: Path) -> None:
    kept = saved_store(home)
    wal = home / "annotations.json.wal"
    good = wal.read_bytes()
    with open(wal, "ab") as fh:
        fh.write(encode_line({"t": {"annotations": {"u": {}, "d": []}}})[:-7])  # a kill -9 mid-line
    store = open_store(home)
    assert {a.id for a in store.annotations.all()} == {a.id for a in kept}
    extra = Annotation.new("art", note="after the tear")
    store.annotations.save(extra)
    assert wal.read_bytes().startswith(good)
    store.close()
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {a.id for a in kept} | {extra.id}
    again.close()


def test_stale_journal_after_interrupted_compaction(home: Path) -> None:
    """Snapshot replaced, journal not yet: the old journal is stale and must be ignored."""
    kept = saved_store(home)
    store = open_store(home)
    old_wal = (home / "annotations.json.wal").read_bytes()
    store.annotations.delete(kept[0].id)
    store.compact()
    store.close()
    (home / "annotations.json.wal").write_bytes(old_wal)  # as if the journal replace never happened
    again = open_store(home)
    assert again.annotations.get(kept[0].id) is None
    assert {a.id for a in again.annotations.all()} == {a.id for a in kept[1:]}
    again.close()


def test_files_are_never_written_in_place(home: Path) -> None:
    saved_store(home)
    snapshot = home / "annotations.json"
    inode = snapshot.stat().st_ino
    content = snapshot.read_bytes()
    store = open_store(home)
    store.annotations.save(Annotation.new("art", note="x"))
    assert snapshot.read_bytes() == content  # saves go to the journal
    store.compact()
    assert snapshot.stat().st_ino != inode  # replaced, not rewritten
    store.close()


# -- the one-record-per-line snapshot ---------------------------------------------------------------


def test_lined_snapshot_round_trip_and_fallbacks() -> None:
    from tuiread.store.snapshot_format import LazyDocs, dump_lined, parse_lined

    tables = {
        "annotations": LazyDocs(
            {"a": {"note": 'line\nbreak "quoted" \\ back'}, "é😀": {"x": [1, 2]}}
        ),
        "empty": {},
        "plain": {"k": {"v": None}},
    }
    raw = dump_lined({"1": {"format": 1, "generation": 3}}, tables)
    assert orjson.loads(raw) == {
        "_meta": {"1": {"format": 1, "generation": 3}},
        "annotations": {"a": {"note": 'line\nbreak "quoted" \\ back'}, "é😀": {"x": [1, 2]}},
        "empty": {},
        "plain": {"k": {"v": None}},
    }
    meta, parsed = parse_lined(raw)
    assert meta["1"]["generation"] == 3
    assert {k: orjson.loads(v) for k, v in parsed["annotations"].items()} == {
        "a": {"note": 'line\nbreak "quoted" \\ back'},
        "é😀": {"x": [1, 2]},
    }
    assert parsed["empty"] == {}
    odd = dump_lined({"1": {"format": 1}}, {"t": {'we"ird': {"v": 1}}})
    assert parse_lined(odd) is None and orjson.loads(odd)["t"] == {'we"ird': {"v": 1}}
    assert parse_lined(raw[:-1]) is None
    assert parse_lined(raw[: len(raw) // 2]) is None


def test_lazy_docs_keeps_undecodable_records_and_their_bytes() -> None:
    from tuiread.store.snapshot_format import LazyDocs

    docs = LazyDocs({"good": b'{"a":1}', "bad": b'{"a":', "list": b"[1]"})
    assert docs["good"] == {"a": 1} and docs["bad"] == {} and docs["list"] == {}
    assert dict(docs.encoded_items()) == {"good": b'{"a":1}', "bad": b'{"a":', "list": b"[1]"}
    docs["good"] = {"a": 2}
    docs.update({"new": {"b": 1}})
    assert orjson.loads(dict(docs.encoded_items())["good"]) == {"a": 2}
    assert docs.pop("bad") == {} and "bad" not in docs and len(docs) == 3


def test_damaged_record_in_a_lined_snapshot_is_skipped_not_fatal(home: Path) -> None:
    kept = saved_store(home, 3)
    store = open_store(home)
    store.compact()
    store.close()
    path = home / "annotations.json"
    lines = path.read_bytes().split(b"\n")
    victim = next(
        i for i, line in enumerate(lines) if kept[1].id.encode() in line and line.startswith(b'"')
    )
    lines[victim] = (
        lines[victim][: lines[victim].index(b":") + 1]
        + b'{"id": garbage'
        + (b"," if lines[victim].endswith(b",") else b"")
    )
    path.write_bytes(b"\n".join(lines))
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {kept[0].id, kept[2].id}
    again.annotations.save(Annotation.new("art", note="new"))
    again.compact()  # the damaged record's bytes are written back as they were
    again.close()
    assert b'{"id": garbage' in path.read_bytes()


def test_damaged_line_inside_the_journal_is_backed_up_once_and_skipped(home: Path) -> None:
    kept = saved_store(home, 3)
    wal = home / "annotations.json.wal"
    lines = wal.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"note 1", b"note X")  # checksum no longer matches
    wal.write_bytes(b"\n".join(lines))
    store = open_store(home)
    assert {a.id for a in store.annotations.all()} == {kept[0].id, kept[2].id}
    assert store.warnings and "damaged" in store.warnings[0]
    store.close()
    assert len(list(home.glob("annotations.json.wal.corrupt-*"))) == 1
    again = open_store(home)
    assert {a.id for a in again.annotations.all()} == {kept[0].id, kept[2].id}
    again.close()
    assert len(list(home.glob("annotations.json.wal.corrupt-*"))) == 1


def test_a_crash_at_any_byte_of_the_journal_keeps_every_complete_save(
    home: Path, tmp_path: Path
) -> None:
    """kill -9 (or power loss) can cut the journal anywhere: what opens is exactly the saves
    whose line was complete."""
    import shutil

    store = open_store(home)
    wal = home / "annotations.json.wal"
    ends: list[tuple[int, str]] = []
    for i in range(12):
        a = Annotation.new("art", note=f"n{i}" * (i + 1))
        store.annotations.save(a)
        ends.append((wal.stat().st_size, a.id))
    snapshot_wal = wal.read_bytes()
    store._annotations_db.durable._closed = True  # leave without compacting, like a crash
    store._library_db.durable._closed = True
    header_end = snapshot_wal.index(b"\n") + 1
    for cut in sorted(
        {header_end, *range(header_end, len(snapshot_wal) + 1, 37), *(e for e, _ in ends)}
    ):
        copy = tmp_path / f"cut{cut}"
        shutil.copytree(home, copy)
        (copy / "annotations.json.wal").write_bytes(snapshot_wal[:cut])
        opened = open_store(copy)
        assert {a.id for a in opened.annotations.all()} == {i for end, i in ends if end <= cut}
        opened.annotations.save(Annotation.new("art", note="after"))  # and it is writable again
        opened.close()
        shutil.rmtree(copy)


def test_temp_files_left_by_a_crash_are_removed(home: Path) -> None:
    saved_store(home)
    orphan = home / ".annotations.json.12345.abcdef12.tmp"
    orphan.write_bytes(b'{"_meta": half a snapsh')
    body_tmp = home / "articles" / ".x.json.1.a.tmp"
    body_tmp.parent.mkdir(exist_ok=True)
    body_tmp.write_bytes(b"x")
    store = open_store(home)
    assert not orphan.exists() and body_tmp.exists()  # only the store's own temp files
    store.close()
