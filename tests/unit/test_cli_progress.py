"""The index's progress bar on the command line: drawn on a terminal, silent otherwise."""

from __future__ import annotations

import io

from tuiread.cli.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_drawn_then_wiped_leaving_one_summary_line() -> None:
    stream = Terminal()
    bar = ProgressBar(stream)
    bar("reading", 0, 4)
    bar("reading", 4, 4)
    bar("analysing", 0, 4)
    bar("analysing", 2, 4)
    bar("analysing", 4, 4)
    bar("linking", 1, 1)
    bar.finish()
    out = stream.getvalue()
    assert "analysing" in out and "4/4" in out and "100%" in out and "█" in out
    assert out.endswith("\n") and out.count("\n") == 1
    assert out.rsplit("\r\x1b[2K", 1)[-1].startswith("index: 4 read, 4 analysed in ")


def test_waiting_for_another_process_is_said() -> None:
    stream = Terminal()
    bar = ProgressBar(stream)
    bar("waiting", 0, 0)
    assert "waiting for another tuiread process" in stream.getvalue()


def test_nothing_is_written_when_not_on_a_terminal() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar("reading", 1, 2)
    bar.finish()
    assert stream.getvalue() == ""


def test_nothing_to_do_leaves_nothing_on_screen() -> None:
    stream = Terminal()
    bar = ProgressBar(stream)
    bar.finish()
    assert stream.getvalue() == ""
