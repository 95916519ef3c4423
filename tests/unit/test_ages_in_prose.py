"""Ages told in prose read as ages (a QUANTITY in years), as "aged 34" does."""

from __future__ import annotations

from tuiread.analysis import analyze


def _numbers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.label, s.text, s.value, s.unit) for s in analyze(text) if s.kind == "number"]


def test_an_age_between_commas_after_a_name_is_the_persons_age() -> None:
    assert _numbers("Daniel Hughes, 34, said he was relieved.") == [
        ("QUANTITY", "34", "34", "years")
    ]
    assert _numbers("Mary Smith, 72, from Leeds, was taken to hospital.") == [
        ("QUANTITY", "72", "72", "years")
    ]
    assert _numbers("The victim was named locally as Tom Reed, 19.") == [
        ("QUANTITY", "19", "19", "years")
    ]


def test_a_number_after_a_name_and_before_another_number_stays_a_count() -> None:
    got = _numbers("Greg Norman, 68, 70, was three shots back.")
    assert [g[0] for g in got] == ["CARDINAL", "CARDINAL", "CARDINAL"]


def test_the_age_of_reads_as_an_age() -> None:
    assert _numbers("He retired at the age of 65.") == [("QUANTITY", "age of 65", "65", "years")]
    assert _numbers("Children ages 5 to 11 can get the vaccine.") == [
        ("QUANTITY", "ages 5 to 11", "[5,11)", "years")
    ]
    assert _numbers("People between the ages of 16 and 24 are eligible.") == [
        ("QUANTITY", "ages of 16 and 24", "[16,24)", "years")
    ]


def test_a_range_of_year_olds_is_one_range() -> None:
    assert _numbers("Unemployment among 16- to 24-year-olds rose.") == [
        ("QUANTITY", "16- to 24-year-olds", "[16,24)", "years")
    ]
    assert _numbers("Among 18 to 24 year olds, support was highest.") == [
        ("QUANTITY", "18 to 24 year olds", "[18,24)", "years")
    ]


def test_a_range_of_ages_before_a_noun_is_one_range() -> None:
    assert _numbers("It rose among 18- to 24-year-old male veterans.") == [
        ("QUANTITY", "18- to 24-year-old", "[18,24)", "years")
    ]
