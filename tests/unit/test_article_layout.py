"""The reader's pure layout: wrapping keeps every offset reachable, widths are terminal cells."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tuiread.tui.layout import (
    char_width,
    display_text,
    layout_text,
    paragraph_range,
    sentence_range,
)

HOSTILE = (
    "[bold red]x[/] \x1b[31mred\x1b[0m \r\n\x00\x07 שלום עולם 日本語のテキストです 😀👍🏽 e\u0301 "
    + "y" * 300
)


def assert_partition(text: str, width: int, furniture=()) -> None:
    layout = layout_text(text, width, furniture)
    rows = [layout.lines[i] for i in layout.text_rows]
    assert rows[0].start == 0
    assert rows[-1].end == len(text)
    for a, b in zip(rows, rows[1:], strict=False):
        assert a.end == b.start
        assert a.start < a.end


def assert_round_trip(layout, text: str) -> None:
    """Every offset has a cell; reading the cell back gives the offset, except for
    zero-width marks, which share the cell of the character after them."""
    for offset in range(len(text) + 1):
        row, column = layout.position(offset)
        assert layout.lines[row].furniture is None
        back = layout.offset_at(row, column)
        assert layout.position(back) == (row, column)
        if offset == len(text) or char_width(text[offset]) > 0 or text[offset] == "\n":
            assert back == offset


def test_short_paragraphs_one_line_each() -> None:
    text = "One.\nTwo two.\n\nThree."
    layout = layout_text(text, 40)
    assert [layout.line_text(i) for i in range(len(layout))] == ["One.", "Two two.", "", "Three."]
    assert layout.position(text.index("Three")) == (3, 0)


def test_word_wrap_breaks_at_spaces_and_keeps_the_space_on_the_line() -> None:
    text = "alpha beta gamma delta"
    layout = layout_text(text, 11)
    assert [layout.line_text(i) for i in range(len(layout))] == ["alpha beta ", "gamma delta"]
    assert layout.lines[0].end == text.index("gamma")


def test_a_word_longer_than_the_width_is_cut() -> None:
    layout = layout_text("x" * 25, 10)
    assert [len(layout.line_text(i)) for i in range(len(layout))] == [10, 10, 5]


def test_wide_characters_count_two_cells() -> None:
    text = "日本語のテキスト"
    layout = layout_text(text, 6)
    for i in range(len(layout)):
        assert cell_len(layout.line_text(i)) <= 6
    assert layout.position(1) == (0, 2)
    assert layout.offset_at(0, 3) == 1  # the second cell of a wide character is that character


def test_markup_and_escapes_are_shown_literally_with_the_same_length() -> None:
    text = "[bold]x[/] \x1b[31m\r"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert "[bold]x[/]" in shown
    assert "\x1b" not in shown and "\r" not in shown
    assert "\u241b" in shown and "\u240d" in shown


def test_hostile_text_partitions() -> None:
    for width in (1, 2, 3, 7, 40, 120):
        assert_partition(HOSTILE, width)
        layout = layout_text(HOSTILE, width)
        assert_round_trip(layout, HOSTILE)


def test_furniture_rows_have_no_text_and_do_not_shift_offsets() -> None:
    text = "First paragraph.\nSecond paragraph."
    at = text.index("Second")
    layout = layout_text(text, 40, [(at, "Photo: someone"), (len(text), "log in or register")])
    shown = [layout.line_text(i) for i in range(len(layout))]
    assert shown == [
        "First paragraph.",
        "Photo: someone",
        "Second paragraph.",
        "log in or register",
    ]
    assert layout.lines[1].furniture == 0
    assert layout.position(at) == (2, 0)
    assert layout.offset_at(1, 0) == at  # a furniture row maps to the text row after it
    assert layout.position(layout.offset_at(1, 3))[0] == 2
    plain = layout_text(text, 40)
    assert_round_trip(layout, text)
    for offset in range(len(text) + 1):
        assert plain.position(offset)[1] == layout.position(offset)[1]


def test_empty_text_has_one_row() -> None:
    layout = layout_text("", 20)
    assert len(layout) == 1
    assert layout.position(0) == (0, 0)
    assert layout.offset_at(0, 5) == 0


def test_sentence_and_paragraph_ranges() -> None:
    text = "First one. Second one here! Third?\n\nNext para."
    assert text[slice(*sentence_range(text, text.index("Second") + 2))] == "Second one here!"
    assert text[slice(*sentence_range(text, 0))] == "First one."
    assert text[slice(*sentence_range(text, text.index("Third")))] == "Third?"
    assert text[slice(*paragraph_range(text, 3))] == "First one. Second one here! Third?"


def test_word_motions() -> None:
    text = "alpha beta, gamma"
    layout = layout_text(text, 80)
    assert layout.next_word(0) == 6
    assert layout.next_word(6) == 10  # the comma is a word of its own, as in vim
    assert layout.previous_word(12) == 10
    assert layout.word_end(0) == 4


_TEXT = st.text(alphabet=st.sampled_from(list("ab cd\n\n\t.日本😀\x1b\r[]/é\u0301")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=1, max_value=30))
def test_every_offset_maps_to_a_position_and_back(text: str, width: int) -> None:
    layout = layout_text(text, width)
    if text:
        assert_partition(text, width)
    assert_round_trip(layout, text)
    for row in range(len(layout)):
        assert cell_len(layout.line_text(row)) <= max(width, 2) or " " in layout.line_text(row)


@settings(max_examples=100, deadline=None)
@given(
    text=_TEXT,
    width=st.integers(min_value=1, max_value=30),
    furniture=st.lists(st.tuples(st.integers(0, 200), st.text(max_size=40)), max_size=4),
)
def test_furniture_never_breaks_the_mapping(text: str, width: int, furniture) -> None:
    furniture = [(min(at, len(text)), line) for at, line in furniture]
    layout = layout_text(text, width, furniture)
    assert sum(1 for line in layout.lines if line.furniture is not None) >= len(furniture)
    assert_round_trip(layout, text)
