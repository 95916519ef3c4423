"""Names listed together are of one kind (tuiread.analysis.entities.coordination)."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.coordination import W_GUESSED, W_KNOWN, W_KNOWN_COMPANY, coordinated
from tuiread.analysis.entities.lexicon import LOC, ORG
from tuiread.analysis.entities.score import Unknown


def _unknown(key: str, text: str, score: list[float]) -> Unknown:
    u = Unknown(key)
    u.score = score
    at = text.index(key)
    u.spans.append((at, at + len(key)))
    return u


def test_a_town_before_its_state_is_a_place() -> None:
    found = {(s.text, s.label) for s in find_entities("The Dearborn, Mich., energy company.")}
    assert ("Dearborn", "GPE") in found


def test_a_known_neighbour_outvotes_a_weak_guess() -> None:
    text = "Shares of Morgan Stanley and Quillon fell."
    u = _unknown("Quillon", text, [0.0, -1.0, 0.2, -3.0, -2.0])  # a weak place
    decided = {"Quillon": "GPE"}
    known = [(10, 24, "ORG", "Morgan Stanley", "lexicon:known-name")]
    assert coordinated(text, known, {"Quillon": u}, decided) == ["Quillon"]
    assert decided["Quillon"] == "ORG"
    assert u.score[ORG] == -1.0 + W_KNOWN_COMPANY  # a company of several words


def test_a_guessed_neighbour_votes_less_and_a_strong_guess_stays() -> None:
    text = "Shares of Quillon and Varrick fell."
    q = _unknown("Quillon", text, [-3.0, -1.0, 2.0, -3.0, -2.0])  # a clear place
    v = _unknown("Varrick", text, [-3.0, 1.0, -2.0, -3.0, -2.0])
    decided = {"Quillon": "GPE", "Varrick": "ORG"}
    assert coordinated(text, [], {"Quillon": q, "Varrick": v}, decided) == []
    assert decided == {"Quillon": "GPE", "Varrick": "ORG"}
    assert q.score[LOC] == 2.0 and W_GUESSED < W_KNOWN


def test_names_not_listed_take_no_vote() -> None:
    text = "Morgan Stanley hired Quillon."
    u = _unknown("Quillon", text, [0.0, -1.0, 0.2, -3.0, -2.0])
    known = [(0, 14, "ORG", "Morgan Stanley", "lexicon:known-name")]
    decided = {"Quillon": "GPE"}
    assert coordinated(text, known, {"Quillon": u}, decided) == []


def test_the_names_of_a_list_beyond_the_neighbour_vote_too() -> None:
    """ "Chelsea, Arsenal and Manchester City": the clubs beyond the neighbour vote too."""
    text = "Slot spent more. Chelsea, Arsenal and Manchester City also spent heavily."
    assert {s.text: s.label for s in find_entities(text)}["Chelsea"] == "ORG"


def test_a_clause_after_a_comma_and_is_no_list() -> None:
    text = (
        "Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler and Coral"
        " Davenport from Kaneohe Bay."
    )
    assert {s.text: s.label for s in find_entities(text)}["Midway Atoll"] != "PERSON"
