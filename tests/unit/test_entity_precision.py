"""Entity precision on ordinary news: lines in title case inside a story, fragments of longer
names, and common words that open a name only in appearance."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


# ------------------------------------------------------------------ title-case lines


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "He set the agenda.\n\nAn Ambitious, Divisive Legacy.\n\n"
            "To his successor, Mr. Obama leaves a mixed record.",
            "Ambitious",
        ),
        (
            "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton\n\n"
            "Barack Obama spoke in Washington on Saturday.",
            "Insult",
        ),
        (
            "Politifact: Donald Trump Is Right, 'Thousands of Shootings' in Chicago this Year.\n\n"
            "Donald Trump said on Monday that crime was rising in Chicago.",
            "Shootings",
        ),
    ],
)
def test_common_words_of_a_title_case_line_are_no_names(text: str, word: str) -> None:
    got = _got(text)
    assert word not in got
    assert "Obama" in " ".join(got) or "Chicago" in got


def test_names_on_a_credit_line_stay() -> None:
    text = (
        "The senator spoke to reporters on Tuesday.\n\n"
        "Photo: Kevin Dietsch/Getty Images\n\nThe vote is due next week."
    )
    assert _got(text).get("Kevin Dietsch") == "PERSON"


# ------------------------------------------------------------------ fragments


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Southern's Gulf Power unit may plead guilty this week to charges.", "Power"),
        (
            "United States Citizenship and Immigration Services, the agency that runs it, "
            "said it would review the program.",
            "Citizenship",
        ),
        ("It was harder than beating Crooked Hillary Clinton, he said.", "Crooked"),
    ],
)
def test_a_common_word_cut_from_a_longer_name_is_no_name(text: str, word: str) -> None:
    assert word not in _got(text)


def test_an_acronym_after_a_dropped_article_stays() -> None:
    got = _got("The INS ruled last month that the boy should go home to Cuba.")
    assert got.get("INS") == "ORG"


# ------------------------------------------------------------------ colours


@pytest.mark.parametrize(
    "text",
    [
        '"Black folks have done above and beyond their share," a writer said on Twitter.',
        "This past week, she addressed the Black Women's Agenda Symposium.",
        "The campaign courted White voters in Ohio and Pennsylvania.",
    ],
)
def test_a_colour_before_a_noun_for_people_is_no_name(text: str) -> None:
    got = _got(text)
    assert "Black" not in got and "White" not in got


def test_a_colour_as_a_surname_stays() -> None:
    got = _got("Jack White played two songs, and Gordon Brown spoke to voters.")
    assert got.get("Jack White") == "PERSON" and got.get("Gordon Brown") == "PERSON"


# ------------------------------------------------------------------ towns


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kyle Technology Corp. said a Seattle investor has signed a letter of intent.", "Seattle"),
        ("A spokesman for the Toronto cable television company declined to comment.", "Toronto"),
    ],
)
def test_a_club_town_describing_a_thing_outside_sport_is_the_town(text: str, town: str) -> None:
    assert _got(text).get(town) == "GPE"


# ------------------------------------------------------------------ venues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Agents were planning to drive around Miami International Airport on Monday.",
            "Miami International Airport",
        ),
        (
            "The car was found at New Jersey's Newark International Airport in December.",
            "Newark International Airport",
        ),
        ("The Raiders moved to Allegiant Stadium last year.", "Allegiant Stadium"),
    ],
)
def test_an_airport_or_stadium_named_after_a_place_is_one_facility(text: str, name: str) -> None:
    assert _got(text).get(name) == "FAC"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The concert by the Vienna Philharmonic sold out within hours.",
            "Vienna Philharmonic",
            "ORG",
        ),
        (
            "Workers protested outside the Spokane Municipal Building on Friday.",
            "Spokane Municipal Building",
            "FAC",
        ),
        (
            "Tickets for the Glasgow Film Festival went on sale this week.",
            "Glasgow Film Festival",
            "EVENT",
        ),
    ],
)
def test_a_place_before_a_head_that_cannot_stand_alone_is_one_name(
    text: str, name: str, label: str
) -> None:
    got = _got(text)
    assert got.get(name) == label, got


def test_a_firm_named_x_and_y_after_its_state_is_one_company() -> None:
    got = _got("Customers of Iowa Water & Light lost service overnight.")
    assert got.get("Iowa Water & Light") == "ORG", got


def test_a_place_before_a_known_name_stays_apart() -> None:
    got = _got("Police in Berlin Olaf Scholz said the talks would go on.")
    assert "Berlin" in got and "Olaf Scholz" in got


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Councillor Ani Stafford-Townsend, who chairs the committee, said so.",
            "Ani Stafford-Townsend",
        ),
        (
            "Councilmember Kristina Walker, who wrote the ordinance, said it was fair.",
            "Kristina Walker",
        ),
    ],
)
def test_a_local_title_before_an_unknown_given_name_is_no_part_of_the_name(
    text: str, name: str
) -> None:
    got = _got(text)
    assert got.get(name) == "PERSON"
    assert not any(k.startswith("Council") for k in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jeremy Richardson KC, prosecuting, said the attack was planned.", "Jeremy Richardson"),
        ("The award went to Sarah Jones QC last year.", "Sarah Jones"),
    ],
)
def test_an_honour_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    got = _got(text)
    assert got.get(name) == "PERSON"
    assert not any(k.endswith(("KC", "QC")) for k in got)


def test_an_honour_opening_a_run_may_name_something() -> None:
    assert _got("Patrick Mahomes and the KC Chiefs won on Sunday.").get("KC Chiefs") == "ORG"


# ------------------------------------------------------------------ quoted words


@pytest.mark.parametrize(
    "text",
    [
        "``Hallelujah,'' Albright exclaimed.",
        '"Hallelujah," exclaimed Albright, a daughter of Czech refugees.',
        "It is a Central European expression, `Hallelujah,''' she said.",
    ],
)
def test_a_word_quoted_on_its_own_before_its_speaker_is_no_name(text: str) -> None:
    assert "Hallelujah" not in _got(text)


def test_a_chanted_name_stays() -> None:
    got = _got('Scott was greeted with chants of "Bobby!" at a labor conference in Wisconsin.')
    assert got.get("Bobby") == "PERSON"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The criticism is that, 'Hey, moderators shouldn't do this,' he said.", "Hey"),
        ("Ditto said she expects the campaign to go on.", "Ditto"),
    ],
)
def test_an_interjection_is_no_name(text: str, word: str) -> None:
    assert word not in _got(text)


def test_a_police_rank_is_no_part_of_the_name() -> None:
    got = _got("Chief Superintendent Al McHugh said the bomb was large.")
    assert got.get("Al McHugh") == "PERSON"
    assert not any("Superintendent" in k for k in got)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Groups such as the United States Conference of Mayors urged Congress to act.", "Mayors"),
        (
            "It was dropped from the U.S. Generalized System of Preferences for imports.",
            "Preferences",
        ),
        ("Crowds flooded Havana's Plaza of the Revolution on Sunday.", "Revolution"),
    ],
)
def test_a_common_word_after_a_connector_inside_a_run_is_no_name(text: str, word: str) -> None:
    assert word not in _got(text)


def test_a_name_after_a_connector_at_a_sentence_start_stays() -> None:
    got = _got("Meta said it would sell glasses. Shares of Meta rose 2% on the Nasdaq.")
    assert got.get("Meta") == "ORG"


# ------------------------------------------------------------------ headlines


def test_a_headline_run_keeps_the_name_the_body_uses() -> None:
    text = (
        "Clinton Hid Past Health Problems From Voters\n\n"
        "Hillary Clinton said on Monday that she had been open about her health."
    )
    spans = [s for s in find_entities(text) if s.end <= text.index("\n")]
    assert [(s.text, s.label) for s in spans] == [("Clinton", "PERSON")]


def test_a_common_given_name_opening_a_headline_clause_stays_out() -> None:
    text = (
        "Obama Says African-American Museum Will Tell of 'Suffering and Delight'\n\n"
        "Will Smith and Barack Obama spoke at the opening in Washington on Saturday."
    )
    head = {s.text for s in find_entities(text) if s.end < text.index("\n")}
    assert "Will" not in head


def _head(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text) if s.end <= text.index("\n")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hurricane Helene Leaves Millions Without Power in Georgia\n\n"
            "Hurricane Helene tore across Georgia overnight, officials said.",
            [("Hurricane Helene", "EVENT"), ("Georgia", "GPE")],
        ),
        (
            "Tampa Bay Spared the Worst, but Towns Brace for Floods\n\n"
            "The storm turned south, sparing Tampa Bay the direct hit forecasters feared.",
            [("Tampa Bay", "LOC")],
        ),
    ],
)
def test_a_headline_run_opens_with_the_longer_name_the_body_uses(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _head(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rush Limbaugh Mocks Trump Critics on Air\n\n"
            "The host said on Monday that Trump had won the debate.",
            ("Trump", "PERSON"),
        ),
        (
            "Rams Rally Past Seahawks to Win Division\n\n"
            "The Los Angeles Rams beat the Seattle Seahawks 27-20 on Sunday.",
            ("Rams", "ORG"),
        ),
    ],
)
def test_a_headline_word_the_body_names_alone_is_that_name(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _head(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Apple Gains Ground, but Shares Slip on China Worries\n\n"
            "Sales to China fell for a third quarter, Apple said on Thursday.",
            ("China", "GPE"),
        ),
    ],
)
def test_a_headline_name_ends_before_the_common_words_after_it(
    text: str, want: tuple[str, str]
) -> None:
    assert want in _head(text)
    assert not any(t.startswith("China ") for t, _ in _head(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Storm Leaves Millions Without Power in Ohio\n\n"
            "About two million homes in Ohio lost electricity, the utility said.",
            "Power",
        ),
        (
            "Floods Hit Towns, but Tornadoes Tear Through Ohio\n\n"
            "Tornadoes killed four people in Ohio on Tuesday, officials said.",
            "Tornadoes Tear",
        ),
        (
            "Comedy Still Rules, but Theatre Makes a Comeback\n\n"
            "Theatre sales rose this year at the festival in Edinburgh, said Jane Smith.",
            "Theatre",
        ),
    ],
)
def test_a_headline_name_of_common_words_the_body_never_uses_is_none(text: str, word: str) -> None:
    assert all(word not in t for t, _ in _head(text))


def test_an_acronym_on_a_headline_line_stays_a_name() -> None:
    text = (
        "NHS to Offer Weight-Loss Jabs Through GPs as Demand Soars\n\n"
        "Patients will get the drug under plans announced by NHS England on Monday."
    )
    assert ("NHS", "ORG") in _head(text)


def test_a_headline_name_the_lists_know_whole_is_not_cut() -> None:
    text = (
        "Rich Voters Abandon Republican Party for Rival\n\n"
        "Many have left the Republican party since spring, a Republican official said."
    )
    assert ("Republican Party", "ORG") in _head(text)


def test_a_list_of_names_on_a_title_case_line_keeps_its_common_surnames() -> None:
    text = (
        "Scores after the first round of the Open on Thursday:\n"
        "Green , Jerry Kelly , Tim Simpson , Olin Browne\n"
        "Kelly led by two shots after a round of 66 , officials said ."
    )
    assert "Green" in {s.text for s in find_entities(text)}


def test_a_camel_case_name_on_a_title_case_line_stays() -> None:
    text = (
        "A long day of speeches ended late.\n\n"
        "[Watch the Full Speech at the Forum in Washington Here on YouTube.]\n\n"
        "The speech went beyond the room, an aide said."
    )
    assert "YouTube" in {s.text for s in find_entities(text)}


def test_two_full_names_joined_by_a_hyphen_are_two_people() -> None:
    got = _got("Netflix said its broadcast of the Jake Paul-Mike Tyson fight drew 108 million.")
    assert got.get("Jake Paul") == "PERSON" and got.get("Mike Tyson") == "PERSON"
    assert _got("Councillor Ani Stafford-Townsend said so.").get("Ani Stafford-Townsend")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The drug will be offered under plans announced by NHS England on Monday.", "NHS England"),
        ("BBC Scotland reported the closure first.", "BBC Scotland"),
    ],
)
def test_an_acronym_before_a_place_is_the_body_s_branch(text: str, name: str) -> None:
    assert _got(text).get(name) == "ORG"


def test_an_acronym_and_place_describing_a_noun_stay_apart() -> None:
    got = _got("The Swiss diplomat who heads the OSCE Chechnya mission resigned.")
    assert got.get("OSCE") == "ORG" and got.get("Chechnya") == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was modeled on a measure approved by voters in St. Paul, Minnesota.", "St. Paul"),
        ("Tornadoes hit St. Lucie County on Thursday.", "St. Lucie County"),
        ("He will host events in Broward and St. Lucie counties.", "St. Lucie"),
    ],
)
def test_a_saint_s_name_is_one_place_name(text: str, name: str) -> None:
    got = _got(text)
    assert got.get(name) == "GPE"
    assert "St." not in got


def test_a_state_abbreviation_keeps_its_stop() -> None:
    text = "SANTA CLARA, Calif. (Reuters) - The company met in Kansas City, Mo., on Friday."
    got = {(s.text, s.value) for s in find_entities(text)}
    assert ("Calif.", "California") in got and ("Mo.", "Missouri") in got


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The award went to Sam York-Fenwick, who wrote the play.", "Sam York-Fenwick", "PERSON"),
        (
            "A spokesman for the Dallas-Tarrant County Commission declined to comment.",
            "Dallas-Tarrant County Commission",
            "ORG",
        ),
    ],
)
def test_a_place_before_a_hyphen_inside_one_name_is_no_name_of_its_own(
    text: str, name: str, label: str
) -> None:
    got = _got(text)
    assert got.get(name) == label, got


def test_places_joined_by_a_hyphen_still_split() -> None:
    got = _got("The Japan-South Korea talks resumed on Monday.")
    assert got.get("Japan") == "GPE" and got.get("South Korea") == "GPE", got
