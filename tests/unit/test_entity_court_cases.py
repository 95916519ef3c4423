"""Court cases are one LAW, whatever their parties' names read as alone."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_case_is_one_law_and_the_court_after_it_stays_apart() -> None:
    found = _found(
        "From Plessy v. Ferguson to Brown v. Board of Education. The anniversary of the "
        "Roe vs. Wade Supreme Court decision passed. The U.S. v. Microsoft trial began."
    )
    assert found["Plessy v. Ferguson"] == "LAW"
    assert found["Brown v. Board of Education"] == "LAW"
    assert found["Roe vs. Wade"] == "LAW"
    assert found["Supreme Court"] == "ORG"
    assert found["U.S. v. Microsoft"] == "LAW"
    assert "Ferguson" not in found and "Wade" not in found


def test_rivals_and_results_are_no_case() -> None:
    found = _found("Voters weigh Trump vs. Clinton on the economy. Kent v Yorkshire was drawn.")
    assert "Trump vs. Clinton" not in found
    assert not any(label == "LAW" for label in found.values())
