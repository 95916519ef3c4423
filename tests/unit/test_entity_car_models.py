"""Cars named by their maker and a word, a letter or a number are products; the maker
alone, its group and a team named after it in a table of results are not."""

from __future__ import annotations

from tuiread.analysis import analyze
from tuiread.analysis.entities.labels import car_model


def _entities(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in analyze(text) if s.kind == "entity"]


def test_a_maker_and_a_model_name_is_a_product() -> None:
    found = _entities("The Model Y stayed ahead of the Skoda Elroq and the Renault 5.")
    assert found == [("Model Y", "PRODUCT"), ("Skoda Elroq", "PRODUCT"), ("Renault 5", "PRODUCT")]


def test_the_company_stays_an_organisation() -> None:
    assert not car_model(["Ford", "Motor"]) and not car_model(["BMW", "Group"])
    assert car_model(["Renault", "Clio"]) and car_model(["Model", "S"])


def test_a_team_in_a_table_of_results_keeps_its_score() -> None:
    found = _entities("Lotte 6 Hyundai 2\nHyundai 6 Lotte 5\n")
    assert ("Hyundai", "ORG") in found and not any(label == "PRODUCT" for _, label in found)
