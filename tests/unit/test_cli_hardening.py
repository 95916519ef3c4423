"""The command line against hostile libraries and odd input: terminal escapes, exit codes,
messages. In-process (see test_cli_processes.py for pipes, FIFOs and devices)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from tuiread.cli import main
from tuiread.model import Annotation, Article, Selector

# Sequences that would set the window title, clear the screen, reset the terminal, start a
# C1 control sequence, or reverse the text that follows.
EVIL = (
    "\x1b]0;pwned\x07 \x1b[2J \x1bc \x9b31m \x9d8;;http://x\x9c \u202eesrever\u202c \u2066x\u2069"
)
# Anything a terminal acts on: C0 but newline and tab, DEL, C1, bidi controls.
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hostile(home: Path) -> Path:
    """A library whose every piece of text carries terminal escapes."""
    from tuiread.store import open_store

    store = open_store(home)
    text = f"Body {EVIL} with a passage to mark.\n\nSecond paragraph {EVIL}."
    for n in (1, 2):
        article = Article(
            id=f"{n}" * 16,
            title=f"Evil title {EVIL}",
            text=text,
            source=f"Source {EVIL}",
            date="2024-01-0" + str(n),
        )
        store.library.add(article)
        start = text.index("passage")
        store.annotations.save(
            Annotation.new(
                article.id,
                note=f"note {EVIL}\nsecond line {EVIL}",
                tags=[f"tag{EVIL}"],
                selector=Selector.from_text(text, start, start + 20),
            )
        )
    store.close()
    return home


def strings(data: object) -> list[str]:
    """Every string in a parsed JSON document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings(value)]
    return []


def same_export(one: str, other: str, fmt: str) -> bool:
    """The same export but for the time it was made."""
    if fmt not in ("json", "w3c"):
        return one == other
    a, b = json.loads(one), json.loads(other)
    if isinstance(a, dict) and isinstance(b, dict):
        for stamp in ("exported", "generated"):  # json's and w3c's time of export
            a.pop(stamp, None)
            b.pop(stamp, None)
    return bool(a == b)


def assert_inert(*outputs: str) -> None:
    for output in outputs:
        assert not ACTIVE.search(output), repr(ACTIVE.findall(output))


def test_list_show_annotations_and_tag_print_nothing_a_terminal_acts_on(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ("list",),
        ("list", "--json"),
        ("show", "1111"),
        ("show", "1111", "--no-highlights"),
        ("annotations",),
        ("annotations", "--json"),
        ("tag", "1111", f"new{EVIL}"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        assert out.strip(), argv
        assert_inert(out, err)
    # the text is still there, shown literally
    assert "␛]0;pwned␇" in run(capsys, "list")[1]


def test_the_library_wide_and_feed_commands_print_nothing_a_terminal_acts_on(
    hostile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tuiread.model import Feed
    from tuiread.store import open_store

    with open_store(hostile) as store:
        feed = Feed(id="f" * 12, url="https://evil.example/feed", title=f"Feed {EVIL}")
        store.feeds.add(feed)
        store.feeds.record(feed.id, status="failed", checked="2026-01-01", error=f"no {EVIL}")
        feed_tagged = Feed(
            id="e" * 12, url="https://evil.example/2", title="Tagged", tags=(f"t{EVIL}",)
        )
        store.feeds.add(feed_tagged)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # as a person reads it
    for argv in (
        ("feed",),
        ("feed", "list"),
        ("feed", "list", "--json"),
        ("opml", "export"),
        ("search", "passage"),
        ("search", "passage", "--json"),
        ("entities",),
        ("entities", "--json"),
        ("quotes",),
        ("quotes", "--json"),
        ("timeline",),
        ("timeline", "--json"),
        ("index",),
        ("index", "--json"),
        ("feed", "remove", "Tagged"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        assert_inert(
            out.replace("\x1b[1m", "")
            .replace("\x1b[4m", "")
            .replace("\x1b[2m", "")
            .replace("\x1b[0m", ""),
            err,
        )
    code, out, err = run(capsys, "opml", "export")
    assert "Feed ]0;pwned [2J c \ufffd31m" in out  # C1 and bidi made visible (XML has no C0)


def test_json_output_keeps_the_data_but_escapes_what_a_terminal_acts_on(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "list", "--json")[1]
    assert "\\u009b" in out and "\\u202e" in out
    assert json.loads(out)[0]["title"] == f"Evil title {EVIL}"


def test_did_you_mean_and_ambiguous_messages_are_inert(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "show", "Evil titel")
    assert code == 1 and "Did you mean" in err
    assert_inert(out, err)
    code, out, err = run(capsys, "show", "Evil title")
    assert code == 1 and "matches 2 articles" in err
    assert_inert(out, err)


def test_the_import_summary_is_inert(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "notes.json"
    assert run(capsys, "export", "-f", "json", "-o", str(export))[0] == 0
    other = tmp_path / "other"
    other.mkdir()
    code, out, err = run(capsys, "--home", str(other), "import", str(export))
    assert code == 0 and "not in this library" in out
    assert_inert(out, err)


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json", "w3c"])
def test_export_to_a_terminal_is_inert_and_to_a_file_exact(
    fmt: str,
    hostile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / f"export.{fmt}"
    assert run(capsys, "export", "-f", fmt, "-o", str(target))[0] == 0
    exact = target.read_bytes().decode("utf-8")
    if fmt in ("json", "w3c"):  # the file keeps the text exact
        assert any(EVIL in s for s in strings(json.loads(exact)))
    else:
        assert "\x1b" in exact and "\x9b" in exact and "\u202e" in exact
    piped = run(capsys, "export", "-f", fmt)[1]
    if not same_export(piped, exact, fmt):
        import difflib

        print("\n".join(difflib.unified_diff(exact.splitlines(), piped.splitlines(), lineterm="")))
    assert same_export(piped, exact, fmt)  # so does a pipe
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "export", "-f", fmt)
    assert code == 0
    assert_inert(out, err)
    if fmt in ("json", "w3c"):  # still the same data
        assert same_export(out, exact, fmt)


def test_export_refuses_fifos_devices_and_read_only_files(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "export", "-o", str(fifo))
    assert code == 1 and "named pipe (FIFO), not a file" in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    code, _, err = run(capsys, "export", "-o", "/dev/null")
    assert code == 1 and "it is a device, not a file" in err
    locked = tmp_path / "locked.md"
    locked.write_text("keep")
    locked.chmod(0o444)
    code, _, err = run(capsys, "export", "-o", str(locked))
    assert code == 1 and "read-only" in err and "--force" in err
    assert locked.read_text() == "keep"
    assert run(capsys, "export", "-o", str(locked), "--force")[0] == 0
    assert locked.read_text().startswith("# tuiread notes")


def test_an_empty_output_path_names_no_file(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for argv in (
        ("export", "-o", ""),
        ("export", "-f", "obsidian", "-o", ""),
        ("opml", "export", "-o", ""),
    ):
        code, _, err = run(capsys, *argv)
        assert code == 1 and "an empty path names no" in err, (argv, err)
    assert list(tmp_path.iterdir()) == [home]


def test_an_empty_home_is_refused_not_read_as_the_default_library(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (("--home", "", "list"), ("list", "--home", " "), ("feed", "list", "--home", "")):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err == "tuiread: --home '': an empty path names no folder\n"


def test_opml_export_and_obsidian_replace_a_read_only_file_with_force(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "feeds.opml"
    locked.write_text("keep")
    locked.chmod(0o444)
    code, _, err = run(capsys, "opml", "export", "-o", str(locked))
    assert code == 1 and "read-only" in err and "--force" in err
    assert locked.read_text() == "keep"
    assert run(capsys, "opml", "export", "-o", str(locked), "--force")[0] == 0
    assert locked.read_text().startswith("<?xml")

    article = json.loads(run(capsys, "list", "--json")[1])[0]["id"]
    assert run(capsys, "note", article, "a note")[0] == 0
    vault = tmp_path / "vault"
    assert run(capsys, "export", "-f", "obsidian", "-o", str(vault))[0] == 0
    (note,) = vault.iterdir()
    note.chmod(0o444)
    code, _, err = run(capsys, "export", "-f", "obsidian", "-o", str(vault))
    assert code == 1 and "read-only" in err and "--force" in err
    assert run(capsys, "export", "-f", "obsidian", "-o", str(vault), "--force")[0] == 0


def test_export_writes_through_a_symlink(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "notes.md").write_text("old")
    link = tmp_path / "notes.md"
    link.symlink_to(vault / "notes.md")
    assert run(capsys, "export", "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert (vault / "notes.md").read_text().startswith("# tuiread notes")


# --------------------------------------------------------------------------- damaged library


def library_files(home: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the library with its bytes and modification time (ns); the index
    beside it (``index.sqlite*``) is derived data that commands bring up to date, not
    the library."""
    return {
        str(path.relative_to(home)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(home.rglob("*"))
        if path.is_file() and not path.name.startswith("index.sqlite")
    }


def noted_library(home: Path, capsys: pytest.CaptureFixture[str], notes: int) -> str:
    """The sample library with ``notes`` notes on its first article; returns that id."""
    code, out, _ = run(capsys, "list", "--json")
    article = json.loads(out)[0]["id"]
    for n in range(notes):
        assert run(capsys, "note", article, f"note number {n}")[0] == 0
    return str(article)


def flip_a_byte_in_journal_line(journal: Path, line: int) -> None:
    data = bytearray(journal.read_bytes())
    start = sum(len(x) + 1 for x in bytes(data).split(b"\n")[:line])
    data[start + 30] ^= 0x01
    journal.write_bytes(bytes(data))


def test_a_damaged_journal_line_is_reported_with_the_file_and_a_backup(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noted_library(home, capsys, 5)
    journal = home / "annotations.json.wal"
    flip_a_byte_in_journal_line(journal, 3)  # the third note of five
    code, out, err = run(capsys, "annotations", "--json")
    assert code == 0
    notes = sorted(a["note"] for a in json.loads(out))
    assert notes == ["note number 0", "note number 1", "note number 3", "note number 4"]
    backups = list(home.glob("annotations.json.wal.corrupt-*"))
    assert len(backups) == 1
    assert f"warning: {journal}: 1 damaged line could not be read" in err
    assert str(backups[0]) in err and err[-1] == "\n" and err.count("\n") == 1


def test_a_cut_journal_loses_only_the_cut_record_and_says_so(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noted_library(home, capsys, 5)
    journal = home / "annotations.json.wal"
    data = journal.read_bytes()
    journal.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 40])  # into the last line
    code, out, err = run(capsys, "annotations", "--json")
    assert code == 0
    assert len(json.loads(out)) == 4
    assert "its last record is cut short" in err and "corrupt-" in err


@pytest.mark.parametrize("damage", ["none", "flipped byte", "cut", "long journal"])
def test_read_commands_never_write_the_library_files(
    damage: str,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as patch:
        # a journal long enough that a writer folds it into the snapshot when it closes
        patch.setattr("tuiread.store.storage.CLOSE_COMPACT_ENTRIES", 10**9)
        article = noted_library(home, capsys, 210 if damage == "long journal" else 5)
    journal = home / "annotations.json.wal"
    if damage == "flipped byte":
        flip_a_byte_in_journal_line(journal, 2)
    elif damage == "cut":
        journal.write_bytes(journal.read_bytes()[:-25])
    before = library_files(home)
    for argv in (
        ("list",),
        ("list", "--json", "--has-notes"),
        ("show", article, "--no-highlights"),
        ("annotations",),
        ("annotations", article, "--json"),
        ("export", "-f", "json"),
        ("export", "-f", "markdown", "-o", str(tmp_path / "out.md")),
        ("export", "-f", "obsidian", "-o", str(tmp_path / "vault")),
        ("feed", "list"),
        ("opml", "export"),
        ("show", article),
        ("list", "--entity", "Japan"),
        ("search", "Japan"),
        ("entities",),
        ("quotes",),
        ("timeline",),
        ("index",),
    ):
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        after = library_files(home)
        # the same files, byte for byte and untouched; new ones only the backup of damage
        assert {name: after[name] for name in before} == before, argv
        added = set(after) - set(before)
        assert all(".corrupt-" in name for name in added), added
        assert len(added) == (damage in ("flipped byte", "cut")), added


def test_the_next_write_repairs_a_damaged_journal(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = noted_library(home, capsys, 3)
    flip_a_byte_in_journal_line(home / "annotations.json.wal", 2)
    assert "damaged line" in run(capsys, "annotations")[2]
    assert "damaged line" in run(capsys, "annotations")[2]  # still: reading did not repair
    code, _, err = run(capsys, "note", article, "a change")
    assert code == 0 and "damaged line" in err
    code, out, err = run(capsys, "annotations", "--json")
    assert err == "" and len(json.loads(out)) == 3


# --------------------------------------------------------------------------- exit codes, messages


def test_add_exits_1_when_any_file_failed(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A headline\n\nSome body text here.\n")
    code, out, err = run(capsys, "add", str(good), str(tmp_path / "missing.txt"))
    assert code == 1 and "A headline" in out and "1 added, 0 skipped, 1 failed" in err
    assert run(capsys, "add", str(good))[0] == 0  # skipped as a duplicate: not a failure


def test_blank_or_missing_notes_are_refused(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (("note", "S Korea", ""), ("note", "S Korea", "  \n\t "), ("note", "S Korea")):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "", argv
        assert err.startswith("tuiread: ") and err.count("\n") == 1, argv
    assert json.loads(run(capsys, "annotations", "--json")[1]) == []
    code, out, _ = run(capsys, "note", "S Korea", "  trimmed  ")
    assert code == 0
    assert json.loads(run(capsys, "annotations", "--json")[1])[0]["note"] == "trimmed"


def test_colour_takes_only_the_known_colours(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["note", "S Korea", "x", "--colour", "mauve"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'mauve'" in err and "yellow" in err and "purple" in err
    code, _, _ = run(capsys, "note", "S Korea", "x", "--quote", "Taro Kono", "--color", "Green")
    assert code == 0
    assert json.loads(run(capsys, "annotations", "--json")[1])[0]["colour"] == "green"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("search", "korea", "--limit", "-1"), "give 0 or more: '-1'"),
        (("entities", "--limit", "-5"), "give 0 or more: '-5'"),
        (("entities", "--limit", "many"), "not a whole number: 'many'"),
        (("refresh", "--jobs", "0"), "give 1 or more: '0'"),
        (("refresh", "-j", "-3"), "give 0 or more: '-3'"),
    ],
)
def test_counts_below_their_range_are_usage_errors(
    home: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], says: str
) -> None:
    """A negative --limit printed nothing (search) or everything (entities); --jobs 0 was
    quietly read as 1."""
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    assert exc.value.code == 2
    assert says in capsys.readouterr().err


def test_an_ambiguous_quote_lists_the_candidates_and_occurrence_picks_one(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "note", "S Korea", "x", "--quote", "Kono")
    assert code == 1 and out == ""
    assert "is found 2 times" in err and "--occurrence N" in err
    assert "  1. …" in err and "Taro [Kono] and Kang" in err
    assert "  2. …" in err and "Minister [Kono] stressed" in err
    assert json.loads(run(capsys, "annotations", "--json")[1]) == []
    code, _, _ = run(capsys, "note", "S Korea", "x", "--quote", "Kono", "--occurrence", "2")
    assert code == 0
    [saved] = json.loads(run(capsys, "annotations", "--json")[1])
    assert saved["selector"]["prefix"].endswith('"Minister ')
    code, _, err = run(capsys, "note", "S Korea", "x", "--quote", "Kono", "--occurrence", "3")
    assert code == 1 and "found 2 times" in err


def test_a_comma_in_a_tag_makes_two_tags(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tag", "S Korea", "korea,sanctions", "#japan")
    assert code == 0 and out == "#korea #sanctions #japan\n"
    code, out, _ = run(capsys, "tag", "S Korea", "--remove", "korea,japan")
    assert code == 0 and out == "#sanctions\n"
    code, _, err = run(capsys, "tag", "S Korea", ",")
    assert code == 1 and "at least one tag" in err


def test_a_read_only_library_says_which_folder_and_why(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    assert run(capsys, "list")[0] == 0  # the library exists
    real_open = os.open

    def read_only_fs(path: object, flags: int, *args: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_fs)
    code, out, err = run(capsys, "note", "S Korea", "a note")
    assert code == 1 and out == ""
    assert err == (
        f"tuiread: cannot change the library: {home} is not writable "
        "(the file system is read-only)\n"
    )
    code, out, err = run(capsys, "list")
    assert code == 0 and "S Korea" in out and err == ""
    code, _, err = run(capsys, "--home", str(home / "new"), "list")
    assert code == 1
    assert err.startswith(f"tuiread: there is no library in {home / 'new'}, and it cannot be made")


def test_a_full_disk_leaves_no_half_made_library_behind(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import tuiread.fileio

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tuiread.fileio, "_write_all", full)
    where = tmp_path / "new-library"
    code, out, err = run(capsys, "--home", str(where), "list")
    assert code == 1 and out == ""
    assert err == (
        f"tuiread: Could not create the library in {where}: the disk is full. "
        "Nothing was left behind.\n"
    )
    assert not where.exists()
    monkeypatch.undo()
    assert run(capsys, "--home", str(where), "list")[0] == 0  # and it works once there is room
