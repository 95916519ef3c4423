"""write_atomic: the whole file or nothing, where the user asked, and a clear one-line
ExportError."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tuiread.export import ExportError, write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_utf8_text_exactly(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    text = "a,b\r\nnaïve — 🎉\r\n[bold]x[/]\n"
    write_atomic(text, target)
    assert target.read_bytes() == text.encode("utf-8")
    assert leftovers(tmp_path) == []


def test_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic("new", target)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_is_not_private_like_a_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    previous = os.umask(0o022)
    try:
        write_atomic("x", target)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "x.md"
    with pytest.raises(ExportError) as exc:
        write_atomic("x", target)
    message = str(exc.value)
    assert "\n" not in message and "does not exist" in message and str(target) in message
    assert not (tmp_path / "no").exists()


def test_onto_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep")
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomic("x", folder)
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]
    assert leftovers(tmp_path) == []


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="not a folder"):
        write_atomic("x", tmp_path / "file" / "out.md")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_without_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write_atomic("x", locked / "out.md")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.json"
    target.write_text("previous export")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="the disk is full"):
        write_atomic("a much longer new export " * 1000, target)
    assert target.read_text() == "previous export"
    assert leftovers(tmp_path) == []


def test_a_failed_replace_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "notes.json"

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="permission denied"):
        write_atomic("x", target)
    assert list(tmp_path.iterdir()) == []


def test_accepts_a_string_path_and_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_atomic("x", "~/out.txt")
    assert (tmp_path / "out.txt").read_text() == "x"


def test_permission_denied_even_when_running_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ExportError) as exc:
        write_atomic("x", tmp_path / "out.md")
    assert str(exc.value) == f"cannot write {tmp_path / 'out.md'}: permission denied"
    assert list(tmp_path.iterdir()) == []


def test_a_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="named pipe"):
        write_atomic("x", fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert leftovers(tmp_path) == []


def test_a_device_is_refused() -> None:
    with pytest.raises(ExportError, match="a device, not a file"):
        write_atomic("x", "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "vault" / "notes.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "notes.md"
    link.symlink_to(real)
    assert write_atomic("new", link) == real
    assert link.is_symlink() and real.read_text() == "new"
    dangling = tmp_path / "later.md"
    dangling.symlink_to(tmp_path / "vault" / "later.md")
    write_atomic("made", dangling)
    assert dangling.is_symlink() and (tmp_path / "vault" / "later.md").read_text() == "made"


def test_a_read_only_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("keep me")
    target.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        write_atomic("x", target)
    assert target.read_text() == "keep me"
    write_atomic("forced", target, force=True)
    assert target.read_text() == "forced"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
