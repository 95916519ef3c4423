"""Points in an election or a poll are points of a share, read as "percentage points" are;
points scored, an index's points and a plan's points stay counts."""

from __future__ import annotations

from tuiread.analysis import analyze


def _numbers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.label, s.text, s.value, s.unit) for s in analyze(text) if s.kind == "number"]


def test_a_swing_and_a_lead_in_a_poll_are_points_of_a_share() -> None:
    assert _numbers("Labour won the seat on a swing of 10.2 points from the Conservatives.") == [
        ("PERCENT", "10.2 points", "10.2", "%")
    ]
    assert _numbers("The by-election showed a 4.5-point swing to the Liberal Democrats.") == [
        ("PERCENT", "4.5-point", "4.5", "%")
    ]
    assert _numbers("In the latest poll, the Democrats led by 3 points among likely voters.") == [
        ("PERCENT", "3 points", "3", "%")
    ]
    assert _numbers("Reform UK trails Labour by six points, a YouGov poll found.") == [
        ("PERCENT", "six points", "6", "%")
    ]


def test_points_scored_an_index_and_a_plan_stay_counts() -> None:
    assert _numbers("LeBron James scored 20 points as the Lakers beat the Celtics.") == [
        ("CARDINAL", "20", "20", None)
    ]
    assert _numbers("The FTSE 100 fell 50 points as voters went to the polls.") == [
        ("CARDINAL", "50", "50", None)
    ]
    assert _numbers("Labour unveiled a 10-point plan to win back voters.") == [
        ("CARDINAL", "10", "10", None)
    ]
