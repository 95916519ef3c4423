"""Set scores after a name are a tennis match's: the name is a player's, not a team's."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.sport import score_follows, set_scores_follow


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_set_scores_are_told_from_a_team_score() -> None:
    assert set_scores_follow(" 6-4 7-6 (7-3) in the final", 0)
    assert set_scores_follow(" 6-3, 6-2.", 0)
    assert not set_scores_follow(" 5-1 at Molineux", 0)
    assert score_follows(" 5-1 at Molineux", 0)
    assert not score_follows(" 6-4 7-6 in the final", 0)


def test_a_player_beaten_in_sets_is_a_person() -> None:
    got = _got("In the semi-final, Iga Swiatek beat Gauff 6-3, 6-2.")
    assert got["Gauff"] == "PERSON"
    assert _got("Wolves beat Brentford 5-1 at Molineux.")["Brentford"] == "ORG"
