"""Business news names companies with words no person or place takes: "shares in X", "a stake
in X", "X's chief executive", "X, the lender", "the lender X", "Bookmakers X Y". The companies
here are invented, so the rules are shown to read the words around a name, not a list."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.business import (
    BUSINESS_NOUNS,
    apposition_after,
    list_start,
    noun_before,
    owned_after,
    stake_before,
)


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_the_table_gives_each_trade_its_plural() -> None:
    assert BUSINESS_NOUNS["lender"] == "lenders"
    assert BUSINESS_NOUNS["start-up"] == "start-ups"
    assert BUSINESS_NOUNS["company"] == "companies"
    assert {"exchange", "app", "bookmaker", "rival", "giant"} <= set(BUSINESS_NOUNS)


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund bought a stake in Dunmere last year.",
        "Shares in Korvex fell 4% on Tuesday.",
        "SoftBank invested in Brevik in 2021.",
    ],
)
def test_what_is_owned_of_a_name_or_put_into_it_makes_a_company(text: str) -> None:
    got = _got(text)
    name = next(w for w in ("Dunmere", "Korvex", "Brevik") if w in got)
    assert got[name] == "ORG"


def test_a_stake_in_a_list_reaches_every_name_of_it() -> None:
    got = _got("The fund holds a stake in Vellora and Quintrix.")
    assert got["Vellora"] == "ORG" and got["Quintrix"] == "ORG"


def test_an_old_and_a_new_name_are_a_company_s() -> None:
    got = _got("The company changed its name from Zentry to Arcwell in 2019.")
    assert got["Zentry"] == "ORG" and got["Arcwell"] == "ORG"


def test_a_company_s_people_and_stock_after_its_possessive() -> None:
    assert owned_after("Tarsk's chief marketing officer quit", 5)
    assert owned_after("Ombra's founder said", 5)
    assert owned_after("Corvane's shareholders voted", 7)
    assert not owned_after("Okafor's wife said", 6)
    got = _got("Binance's founder pleaded guilty. Binance paid a fine.")
    assert [s.label for s in find_entities("Binance's founder pleaded guilty.")] == ["ORG"]
    assert got["Binance"] == "ORG"


def test_an_apposition_a_firm_s_trade_heads() -> None:
    assert apposition_after("Brevik, a fintech app, said", 6)
    assert apposition_after("Denholm, Britain's biggest retailer.", 7)
    assert not apposition_after("Jane Hill, a broker, said", 9)  # a person's trade too
    assert not apposition_after("Somerset, N.J., the bank said", 14)  # the bank speaks
    assert not apposition_after("Okafor, the head of the bank, said", 6)
    assert _got("SoftBank invested in Brevik, a fintech app, in 2021.")["Brevik"] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lender Halbridge said profits rose.", "Halbridge"),
        ("The chain Pret said sales rose.", "Pret"),
        ("The chipmaker rival Oxley said it would invest.", "Oxley"),
        ("The broker Fenwick upgraded the stock.", "Fenwick"),
    ],
)
def test_a_trade_before_a_name_makes_a_company(text: str, name: str) -> None:
    assert _got(text)[name] == "ORG"


def test_a_plural_trade_makes_a_company_of_a_name_with_a_given_name() -> None:
    assert _got("Bookmakers William Hill said it would close 100 shops.")["William Hill"] == "ORG"
    got = _got("Bookmakers Betfred and William Hill reported losses.")
    assert got["Betfred"] == "ORG" and got["William Hill"] == "ORG"
    got = _got("Carmakers Volvane and Stellix cut jobs.")
    assert got == {"Volvane": "ORG", "Stellix": "ORG"}


def test_a_person_s_trade_or_a_rival_leaves_a_person_a_person() -> None:
    assert not noun_before("the publisher Rupert Murdoch", 14, 28, "Rupert Murdoch")
    assert not noun_before("said broker Sam Rizvi", 12, 21, "Sam Rizvi")
    assert not noun_before("his rival Okafor", 10, 16, "Okafor")
    assert noun_before("tech giant Ardent", 11, 17, "Ardent")
    got = _got("His rival Okafor said no. Jane Hill, a broker, said yes.")
    assert got["Okafor"] == "PERSON" and got["Jane Hill"] == "PERSON"


def test_a_list_starts_after_its_cue() -> None:
    text = "a stake in Vellora, Quintrix and Marl"
    assert list_start(text, text.index("Marl")) == text.index("Vellora")
    text = "Bookmakers Betfred and William Hill"
    assert list_start(text, text.index("William")) == text.index("Betfred")


def test_idioms_with_in_are_no_stake() -> None:
    assert not stake_before("what is at stake in ", 20)
    assert stake_before("a stake in ", 11)
    assert "Research" not in _got("They invested in Research heavily.")


def test_a_known_town_with_a_company_s_cue_is_the_company_in_every_mention() -> None:
    got = [
        (s.text, s.label)
        for s in find_entities("The bank Santander said profits rose. Santander will hire.")
    ]
    assert got == [("Santander", "ORG"), ("Santander", "ORG")]
    assert _got("Santander's chief executive said profits rose.")["Santander"] == "ORG"


def test_markets_and_countries_stay_places() -> None:
    assert _got("Shares in Tokyo fell.")["Tokyo"] == "GPE"
    assert _got("Shares in Japan fell.")["Japan"] == "GPE"
    assert _got("London shares fell. London traders were gloomy.")["London"] == "GPE"


def test_a_sector_word_opening_a_sentence_is_no_name() -> None:
    assert _got("Fintech app Ploom raised $40m.") == {"Ploom": "ORG"}
    assert _got("Crypto exchanges Kestrel and Vantor halted withdrawals.") == {
        "Kestrel": "ORG",
        "Vantor": "ORG",
    }


def test_money_invested_in_a_known_town_leaves_it_a_town() -> None:
    assert _got("He invested in Lagos property and later in Nairobi.")["Lagos"] == "GPE"
    assert _got("The fund sold its stake in Santander.")["Santander"] == "ORG"


def test_a_town_known_as_a_club_named_as_a_company_is_the_company_there() -> None:
    got = [
        (s.text, s.label)
        for s in find_entities("Customers in Halifax complained. Halifax, the lender, paid them.")
    ]
    assert got == [("Halifax", "GPE"), ("Halifax", "ORG")]


def test_a_trade_before_a_common_word_names_a_company() -> None:
    assert _got("The app Signal said it would leave the market.")["Signal"] == "ORG"
    assert _got("They invested in Research heavily.") == {}  # no trade names it


def test_a_firm_s_trade_after_an_article_makes_a_company_of_a_full_name() -> None:
    assert _got("The retailer John Lewis said sales fell.")["John Lewis"] == "ORG"
    assert _got("The company John Smith founded went bust.")["John Smith"] == "PERSON"
    assert _got("The bank Jane Doe joined last year cut jobs.")["Jane Doe"] == "PERSON"


_STORY = """Shares in Korvex fell 4% on Tuesday after the Leeds-based retailer cut its forecast.

Korvex said weaker demand had hurt sales. Korvex's chief financial officer, Priya Raman, told
analysts the group would close 30 stores.

The crypto exchange Kestrel halted withdrawals. Kestrel, which changed its name from Zentry in
2021, said it was working with regulators.

Bookmakers Betfred and William Hill also fell, while the lender Halbridge rose 2%. Halbridge
holds a stake in Vellora and Quintrix. Vellora said on Monday it had two million customers.
"""


def test_every_company_of_a_business_story_is_one_in_every_mention() -> None:
    labels: dict[str, set[str]] = {}
    for span in find_entities(_STORY):
        labels.setdefault(span.text, set()).add(span.label)
    for name in ("Korvex", "Kestrel", "Zentry", "Betfred", "William Hill", "Halbridge"):
        assert labels[name] == {"ORG"}, name
    assert labels["Vellora"] == {"ORG"} and labels["Quintrix"] == {"ORG"}
    assert labels["Priya Raman"] == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvex posted a loss of $3m on Tuesday.", "Korvex"),
        ("Zentrix recalled 40,000 cars on Monday.", "Zentrix"),
        ("Tarsk reported record quarterly revenue.", "Tarsk"),
        ("Ombra cut about 200 jobs in March.", "Ombra"),
    ],
)
def test_results_only_a_company_reports_make_a_company(text: str, name: str) -> None:
    assert {s.text: s.label for s in find_entities(text)}.get(name) == "ORG"


def test_a_person_named_in_full_who_cut_jobs_stays_a_person() -> None:
    got = {s.text: s.label for s in find_entities("John Smith cut 200 jobs as chief executive.")}
    assert got["John Smith"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hackers linked to Scattered Spider, a loose group of young criminals, struck.",
            "Scattered Spider",
        ),
        ("The firm sold the mill to Vellmar, a unit of Corvane, on Monday.", "Vellmar"),
        ("They donated to Corila, a consortium that researches the lagoon.", "Corila"),
        ("Capri, which also owns Michael Kors and Jimmy Choo, tried to sell.", "Jimmy Choo"),
        ("The takeover of Orlan Bexley was approved on Monday.", "Orlan Bexley"),
        ("Maureen Tiplady, 64, who runs Crusty Cob on Whitby Road, was pleased.", "Crusty Cob"),
        ("Locally, Tarsk employs about 300 workers.", "Tarsk"),
    ],
)
def test_a_group_or_a_unit_of_another_heading_an_apposition_is_a_body(text: str, name: str) -> None:
    assert {s.text: s.label for s in find_entities(text)}[name] == "ORG"


def test_a_player_acquired_by_a_team_stays_a_person() -> None:
    assert _got("The Lakers acquired Luka Doncic on Sunday.")["Luka Doncic"] == "PERSON"
