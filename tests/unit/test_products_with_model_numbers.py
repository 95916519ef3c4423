"""A name and the model's or version's number after it are one PRODUCT when a possessive or
a verb of launching or using stands before them; a table's team and score are not."""

from __future__ import annotations

from tuiread.analysis import analyze


def _spans(text: str) -> dict[str, str]:
    return {s.text: s.label for s in analyze(text)}


def test_a_model_number_after_a_possessive_or_a_launch_verb_makes_a_product() -> None:
    got = _spans(
        "SpaceX has flown its Falcon 9 more than 150 times. Anthropic introduced Claude Opus"
        " 4.5 and OpenAI released GPT-5.1 on Thursday. Europe's Ariane 6 flew."
    )
    for name in ("Falcon 9", "Claude Opus 4.5", "GPT-5.1", "Ariane 6"):
        assert got.get(name) == "PRODUCT", name
    assert "9" not in got and "4.5" not in got


def test_a_product_the_lists_know_takes_its_number_without_a_cue() -> None:
    assert _spans("Google said Gemini 3 is faster.").get("Gemini 3") == "PRODUCT"


def test_teams_and_scores_in_a_table_stay_apart() -> None:
    got = _spans("Ajax 3 PSV Eindhoven 1\nFeyenoord 2 Twente 2")
    assert got.get("3") == "CARDINAL" and got.get("1") == "CARDINAL"
    assert all(label != "PRODUCT" for label in got.values())


def test_a_number_of_thousands_or_a_score_is_no_model_number() -> None:
    got = _spans("Its Falcon 9,000 rockets. Its Falcon 3-1 loss.")
    assert all(label != "PRODUCT" for label in got.values())


def test_a_range_opening_on_a_products_number_is_its_upper_bound() -> None:
    got = {
        s.text: (s.label, s.value)
        for s in analyze("It raised the forecast for the Switch 2 to 19 million units.")
    }
    assert got["Switch 2"][0] == "PRODUCT"
    assert got["19 million"] == ("CARDINAL", "19000000")
    assert _spans("Sales rose from 2 to 19 million.") == {"from 2 to 19 million": "CARDINAL"}


def test_a_road_word_and_its_number_are_the_road() -> None:
    got = _spans("Drivers will be detoured to Chatham Road and Interstate 55 while it is closed.")
    assert got["Interstate 55"] == "FAC"
    assert "55" not in got


def test_a_road_named_by_its_number_anywhere_in_a_sentence() -> None:
    got = _spans("A crash closed Highway 401; traffic on Interstate 95 slowed. Take State Route 2.")
    assert got == {"Highway 401": "FAC", "Interstate 95": "FAC", "State Route 2": "FAC"}
