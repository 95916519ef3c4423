"""The command line, called in-process: exit codes, messages, and what lands in the library."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from tuiread.cli import main

SEED_A = "Japan, S Korea, US Agree"
SEED_B = "Japan, SKorea, US agree"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_on_first_run_holds_the_samples(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert SEED_A in out and SEED_B in out


def test_list_json(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    assert {"id", "title", "source", "date", "word_count", "tags", "read"} <= set(rows[0])


def test_usage_errors_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", "pdf"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


@pytest.mark.parametrize(
    "command",
    ["add", "list", "show", "analyze", "note", "tag", "annotations", "export", "import", "read"],
)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_add_reports_added_skipped_failed(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A headline\n\nLONDON (Reuters) - Body text of the story.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    code, out, err = run(
        capsys, "add", str(good), str(empty), str(binary), str(tmp_path / "missing.txt")
    )
    assert code == 0
    assert "A headline" in out
    assert "1 added, 0 skipped, 3 failed" in err
    assert "Traceback" not in err
    code, out, err = run(capsys, "add", str(good))
    assert code == 0 and "already in the library" in out and "0 added, 1 skipped" in err


def test_add_with_nothing_added_and_failures_exits_1_and_leaves_the_library(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = run(capsys, "list", "--json")[1]
    folder = tmp_path / "nothing"
    folder.mkdir()
    code, _, err = run(capsys, "add", str(folder), str(tmp_path / "nope.md"))
    assert code == 1
    assert err.count("\n") >= 3  # one line per problem plus the summary
    assert run(capsys, "list", "--json")[1] == before


def test_add_reads_stdin(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Piped title\n\nSome piped body text.\n"))
    code, out, _ = run(capsys, "add", "-")
    assert code == 0 and "Piped title" in out


def test_analyze_json_offsets_index_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tuiread.ingest.seeds import seed_files

    for path in seed_files():
        code, out, _ = run(capsys, "analyze", str(path), "--json")
        data = json.loads(out)
        assert code == 0 and set(data) == {"title", "text", "spans"}
        for span in data["spans"]:
            assert data["text"][span["start"] : span["end"]] == span["text"]


def test_analyze_bad_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = tmp_path / "x.txt"
    blob.write_bytes(b"\x00" * 64)
    code, out, err = run(capsys, "analyze", str(blob))
    assert code == 1 and out == ""
    assert err.startswith("tuiread: ") and err.count("\n") == 1


def test_note_tag_annotations_and_show(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "note", "NKorea", "Key quote", "--quote", "We will not accept", "--tag", "nuclear"
    )
    assert code == 0 and len(out.strip()) == 36  # the new annotation's id
    assert run(capsys, "tag", "NKorea", "korea", "#japan")[1].strip() == "#korea #japan"
    assert run(capsys, "tag", "NKorea", "japan", "--remove")[1].strip() == "#korea"
    code, out, _ = run(capsys, "annotations", "--json")
    data = json.loads(out)
    noted = [a for a in data if a["note"] == "Key quote"]
    assert noted and noted[0]["selector"]["exact"] == "We will not accept"
    assert noted[0]["tags"] == ["nuclear"]
    code, out, _ = run(capsys, "show", "NKorea")
    assert code == 0 and "Key quote" in out and "#korea" in out and "Senior officials" in out


def test_note_errors(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "note", "Japan", "ambiguous")
    assert code == 1 and SEED_A in err and SEED_B in err  # both candidates listed
    code, _, err = run(capsys, "note", "no such article", "x")
    assert code == 1 and "Traceback" not in err
    code, _, err = run(capsys, "note", "NKorea", "x", "--quote", "words that are not there")
    assert code == 1 and "not in" in err


def test_export_each_format_parses(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        capsys,
        "note",
        "NKorea",
        'A note, with "quotes" | pipes\nand a second line',
        "--quote",
        "Sugiyama",
        "--tag",
        "people",
    )
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0 and json.loads(out)["annotations"]
    code, out, _ = run(capsys, "export", "--format", "w3c")
    assert json.loads(out)["first"]["items"][0]["type"] == "Annotation"
    code, out, _ = run(capsys, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["note"] == 'A note, with "quotes" | pipes\nand a second line'
    code, out, _ = run(capsys, "export")
    assert "## " in out and "#people" in out
    target = tmp_path / "out.md"
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("#")


def test_export_into_missing_folder_fails_cleanly(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "no" / "such" / "dir" / "x.md"))
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "no").exists()


def test_import_round_trip_into_a_fresh_library(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "note", "NKorea", "kept across machines", "--quote", "Blinken", "--tag", "t1")
    dump = tmp_path / "dump.json"
    assert run(capsys, "export", "--format", "json", "-o", str(dump))[0] == 0
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    monkeypatch.setenv("TUIREAD_HOME", str(fresh))
    code, out, _ = run(capsys, "import", str(dump))
    assert code == 0 and "added" in out
    assert "kept across machines" in run(capsys, "annotations")[1]


def test_import_malformed_changes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an export"}')
    before = run(capsys, "annotations", "--json")[1]
    code, _, err = run(capsys, "import", str(bad))
    assert code == 1 and "Traceback" not in err
    assert run(capsys, "annotations", "--json")[1] == before


def test_no_color_output_has_no_escape_codes(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert os.environ.get("NO_COLOR") == "1"
    code, out, _ = run(capsys, "show", "S Korea")
    assert code == 0 and "\x1b[" not in out


def test_hostile_text_is_shown_literally(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "[bold red]Title[/] \x1b[31mred\n\nBody with [link]markup[/link] and \x1b]0;owned\x07.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "add", str(evil))
    assert code == 0 and "[bold red]Title[/]" in out and "\x1b" not in out
    code, out, _ = run(capsys, "show", "bold red")
    assert "[link]markup[/link]" in out and "\x1b" not in out and "\x07" not in out
