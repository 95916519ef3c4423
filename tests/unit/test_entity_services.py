"""A company's name and a capitalised common word after it, inside a sentence, name one of
its products: "Google Calendar", "BBC Sounds"."""

from __future__ import annotations

import time

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_company_and_a_common_word_name_its_product() -> None:
    got = _got(
        "It pulls details from Google Calendar when you need it. Listen on BBC Sounds at any time."
    )
    assert got["Google Calendar"] == "PRODUCT" and got["BBC Sounds"] == "PRODUCT"


def test_a_heading_a_title_or_a_day_after_the_company_is_no_product() -> None:
    got = _got("Google Maps Gets Update\n\nApple Chief Executive Tim Cook said so Monday.")
    assert "Google Maps" not in got
    assert got["Apple"] == "ORG" and got["Tim Cook"] == "PERSON"


def test_a_title_case_heading_with_small_words_is_no_sentence() -> None:
    got = _got("Lions Rally Past Packers to Clinch NFC North Title\n\nDetroit won on Sunday.")
    assert "NFC North Title" not in got


def test_a_club_and_a_word_after_it_is_no_product() -> None:
    got = _got("Cummins could return for the Adelaide Test, and Arsenal Women won again.")
    assert all(label != "PRODUCT" for label in got.values()), got


def test_services_cost_linear_time() -> None:
    unit = "It works with Google Calendar here and on BBC Sounds now. "

    def cpu(n: int) -> float:
        """The least of three timings: one pause of the machine is no super-linear cost."""
        text = unit * (n // len(unit))
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            find_entities(text)
            best = min(best, time.process_time() - t0)
        return best

    cpu(5_000)
    small, big = cpu(25_000), cpu(100_000)
    assert big < 8 * max(small, 0.01)
