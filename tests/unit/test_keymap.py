"""The config file reader and the binding catalogue behind the help screen (no app run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.tui.keymap import binding_catalogue, known_binding_ids, load_config


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_no_path_and_a_missing_file_mean_defaults(tmp_path: Path) -> None:
    assert load_config(None).keys == {}
    missing = load_config(tmp_path / "nope.toml")
    assert missing.keys == {} and missing.warnings == [] and missing.theme is None


def test_keys_as_strings_lists_and_comma_lists(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            '[keys]\n"library.sort" = "o"\n"library.cursor_down" = ["x", "ctrl+n"]\n'
            '"library.top" = " home , ctrl+home "\n[theme]\nname = "nord"\n',
        )
    )
    assert config.keys == {
        "library.sort": "o",
        "library.cursor_down": "x,ctrl+n",
        "library.top": "home,ctrl+home",
    }
    assert config.theme == "nord"
    assert config.warnings == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[keys\n"a" = "b"', "not valid TOML"),
        (b"\xff\xfe garbage", "not UTF-8"),
        ("keys = 1\n", "must be a table"),
        ('[keys]\n"library.sort" = 1\n', "expected a key"),
        ('[keys]\n"library.sort" = ""\n', "expected a key"),
        ('[keys]\n"library.sort" = "a b"\n', "expected a key"),
        ('[keys]\n"library.sort" = ["o", 2]\n', "expected a key"),
        ("[theme]\nname = 3\n", "theme"),
    ],
)
def test_malformed_configs_warn_and_keep_defaults(
    tmp_path: Path, text: str | bytes, fragment: str
) -> None:
    config = load_config(write(tmp_path, text))
    assert "library.sort" not in config.keys
    assert any(fragment in w for w in config.warnings), config.warnings


def test_an_unreadable_config_warns(tmp_path: Path) -> None:
    folder = tmp_path / "config.toml"
    folder.mkdir()  # a directory where the file should be
    config = load_config(folder)
    assert config.keys == {} and config.warnings


def test_unknown_ids_are_reported_when_the_ids_are_known(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, '[keys]\n"library.nope" = "z"\n"library.sort" = "o"\n'), {"library.sort"}
    )
    assert config.keys == {"library.sort": "o"}
    assert any("library.nope" in w for w in config.warnings)


def test_the_catalogue_holds_every_shell_binding_with_an_id_and_description() -> None:
    infos = binding_catalogue()
    ids = {i.id for i in infos}
    for expected in (
        "app.help",
        "app.command_palette",
        "library.open",
        "library.cursor_down",
        "library.sort",
        "library.reverse_sort",
        "library.filter",
        "library.clear_filter",
        "library.filter_tag",
        "library.has_notes",
        "library.note",
        "library.tags",
        "library.export",
        "library.quit",
        "help.close",
        "export.confirm",
    ):
        assert expected in ids
    for info in infos:
        assert info.description and info.keys
        if info.id.startswith(("app.", "library.", "help.", "export.")):
            assert info.group == info.id.split(".")[0]
    assert ids <= known_binding_ids() | {""}


def test_the_catalogue_shows_remapped_keys() -> None:
    by_id = {i.id: i for i in binding_catalogue({"library.sort": "o,ctrl+o"})}
    assert by_id["library.sort"].keys == ("o", "ctrl+o")
    assert by_id["library.cursor_down"].keys == ("j", "down")


def test_every_shell_binding_id_is_unique_per_class() -> None:
    from tuiread.tui.app import TuireadApp
    from tuiread.tui.screens.library import LibraryScreen
    from tuiread.tui.widgets.article_table import ArticleTable

    for cls in (TuireadApp, LibraryScreen, ArticleTable):
        ids = [b.id for b in cls.BINDINGS]
        assert all(ids), f"{cls.__name__} has a binding without an id"
        assert len(ids) == len(set(ids))


def test_conflicts_between_a_remap_and_default_keys_are_explained() -> None:
    from tuiread.tui.keymap import keymap_conflicts

    assert keymap_conflicts({"library.sort": "j"}) == [
        'keys.library.sort: "j" was also library.cursor_down\'s key; it now runs library.sort'
    ]
    assert keymap_conflicts({"app.help": "s"}) == [
        'keys.app.help: "s" is library.sort on the library screen, where it keeps that meaning',
        'keys.app.help: "s" is quotes.same_speaker on the quotes screen, where it keeps that meaning',
    ]
    assert keymap_conflicts({"library.export": "?"}) == [
        'keys.library.export: "?" was also app.help\'s key; on the library screen it now runs library.export'
    ]
    # moving both keys of a swap is no conflict
    assert keymap_conflicts({"library.sort": "j", "library.cursor_down": "s"}) == []
    assert keymap_conflicts({"library.sort": "o"}) == []


def test_the_yes_and_no_of_every_question_are_one_pair_of_help_rows() -> None:
    """Each yes-or-no dialog declaring its own y and n bindings listed them again under
    other names ("y Unfollow", "y Yes"): the help screen showed the same keys twice."""
    rows = [row for row in binding_catalogue() if row.group == "dialog"]
    assert [row.id for row in rows if "y" in row.keys] == ["dialog.confirm_yes"]
    assert [row.id for row in rows if "n" in row.keys] == ["dialog.confirm_no"]
