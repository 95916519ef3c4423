""" "4.2pc", "12 pct": the short forms of per cent in British papers and on the wires."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def numbers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.label, s.text, s.value, s.unit) for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Unemployment fell to 4.2pc.", "4.2pc", "4.2"),
        ("Shares jumped 12 pc on Friday.", "12 pc", "12"),
        ("It bought a 5pc stake.", "5pc", "5"),
        ("Output rose 2pct.", "2pct", "2"),
    ],
)
def test_pc_is_per_cent(text: str, span: str, value: str) -> None:
    assert ("PERCENT", span, value, "%") in numbers(text)


def test_personal_computers_are_counted() -> None:
    assert numbers("He sold 20 PCs.") == [("CARDINAL", "20", "20", None)]
