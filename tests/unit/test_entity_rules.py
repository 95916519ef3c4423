"""Each named rule of the entity engine, on its own and through ``find_entities``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis import Trace
from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.context import next_word, prev_word, sentence_initial
from tuiread.analysis.entities.document import add_person, one_label_per_entity, strip_suffix
from tuiread.analysis.entities.labels import label_of, onto_label
from tuiread.analysis.entities.lexicon import LOC, MISC, NIL, ORG, PER
from tuiread.analysis.entities.never import (
    common_word_opening_sentence,
    is_contraction,
    is_never_name,
    never_rule,
)
from tuiread.analysis.entities.segment import make_plan
from tuiread.analysis.entities.sport import is_club
from tuiread.analysis.entities.works import title_at
from tuiread.model import Span


def _got(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.label, s.value) for s in find_entities(text)}


def _names(plan_segs: object) -> list[str]:
    return [seg[3] for seg in plan_segs]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ never


@pytest.mark.parametrize("word", ["I'm", "We're", "They've", "Don't", "Let's", "He'll", "I’ve"])
def test_contractions_are_never_names(word: str) -> None:
    assert is_contraction(word)
    assert is_never_name(word)
    assert never_rule(word)[0] == "never:contraction"


@pytest.mark.parametrize("word", ["O'Neill", "D'Alema", "Shi'ite", "O’Brien"])
def test_names_with_an_apostrophe_are_not_contractions(word: str) -> None:
    assert not is_contraction(word)


@pytest.mark.parametrize("word", ["DVD", "PC", "MP3", "ID", "CEO", "GDP", "GMT", "EST", "MW"])
def test_acronyms_of_common_nouns_units_and_time_zones(word: str) -> None:
    assert is_never_name(word)
    assert never_rule(word)[0] == "never:common-acronym"


def test_contraction_splits_a_run_and_is_traced() -> None:
    trace = Trace()
    text = "I'm Sachi Koto, and We're glad. They've said so at 5 GMT on a DVD."
    spans = find_entities(text, trace=trace)
    assert [(s.text, s.label) for s in spans] == [("Sachi Koto", "PERSON")]
    rules = {d.text: d.rule for d in trace.decisions if d.verdict == "rejected"}
    assert rules["I'm"] == rules["We're"] == rules["They've"] == "never:contraction"
    assert rules["GMT"] == rules["DVD"] == "never:common-acronym"


def test_a_run_with_a_contraction_is_no_event() -> None:
    assert "Blacks Don't Rally" not in _got("Blacks Don't Rally\nVoters stayed home.")


def test_common_word_opening_a_sentence() -> None:
    text = "Power plants are the largest source. Rescue teams came."
    assert common_word_opening_sentence(text, "Power", 0, {})
    assert not _got(text)
    # the article capitalises it inside a sentence: a name after all
    named = "Trump won. Voters said Trump would win."
    assert not common_word_opening_sentence(named, "Trump", 0, {})
    assert _got(named)["Trump"][0] == "PERSON"


# ------------------------------------------------------------------ context


def test_words_around_a_candidate() -> None:
    text = 'Seoul, Tokyo and "Beijing" agreed.\nNext line'
    assert prev_word(text, 0) == "<s>"
    assert next_word(text, 5) == ","
    assert prev_word(text, 7) == ","
    assert next_word(text, 12) == "and"
    assert sentence_initial(text, 0)
    assert sentence_initial(text, text.index("Next"))
    assert not sentence_initial(text, 7)


# ------------------------------------------------------------------ segmentation


def test_institution_runs_stay_whole() -> None:
    _, segs, _ = make_plan("World Trade Organization", False)
    assert _names(segs) == ["World Trade Organization"]
    got = _got("Radical Islamists bombed the World Trade Center in 1993.")
    assert got["World Trade Center"][0] in ("ORG", "FAC")
    assert "World" not in got and "Center" not in got


def test_company_suffix_ends_one_company() -> None:
    _, segs, _ = make_plan("Tyndall Australia Ltd", False)
    assert [(seg[3], seg[2]) for seg in segs] == [("Tyndall Australia Ltd", "ORG")]


def test_bodies_named_x_on_y_and_on_splitting_other_runs() -> None:
    got = _got("The Council on Foreign Relations met in France on Monday.")
    assert got["Council on Foreign Relations"][0] == "ORG"
    assert got["France"][0] == "GPE"
    assert _got("The Commission on Presidential Debates set the rules.")[
        "Commission on Presidential Debates"
    ][0] == ("ORG")


def test_office_before_a_title_is_part_of_the_title() -> None:
    trace = Trace()
    spans = find_entities("Defense Secretary Dick Cheney spoke.", trace=trace)
    assert [(s.text, s.label) for s in spans] == [("Dick Cheney", "PERSON")]
    assert any(d.rule == "context:part-of-title" for d in trace.decisions)


def test_title_heading_x_of_y_stays_a_title() -> None:
    got = _got("He met U.S. Deputy Secretary of State Antony Blinken in Tokyo.")
    assert got["Antony Blinken"][0] == "PERSON"


# ------------------------------------------------------------------ sport


def test_clubs_named_after_towns() -> None:
    text = "Leicester 2 Sheffield Wednesday 1\nThe match was played in Leicester on Saturday."
    assert is_club(text, 0, 9, "GPE", "Leicester")
    spans = [s for s in find_entities(text) if s.text == "Leicester"]
    assert [s.label for s in spans] == ["ORG", "GPE"]


def test_a_club_beaten_by_a_score() -> None:
    got = _got("Manchester City beat Leicester 2-1 on Sunday.")
    assert got["Leicester"][0] == "ORG"
    assert not is_club("LONDON 1996-08-30", 0, 6, "GPE", "London")


def test_national_teams_dates_and_versus() -> None:
    assert not is_club("Brazil 2 Italy 1", 0, 6, "GPE", "Brazil")
    assert not is_club("LONDON 1996-08-30", 0, 6, "GPE", "London")
    assert not is_club("Paris 2 km away", 0, 5, "GPE", "Paris")
    text = "Essex v Somerset"
    assert is_club(text, 0, 5, "GPE", "Essex")
    assert is_club(text, 8, 16, "GPE", "Somerset")


# ------------------------------------------------------------------ works, products, days


def test_titles_after_a_work_noun() -> None:
    text = 'He starred in the film Black Panther. Her novel "Beloved" won.'
    s = text.index("Black")
    assert title_at(text, s) == (s, s + len("Black Panther"), "Black Panther")
    got = _got(text)
    assert got["Black Panther"] == ("WORK_OF_ART", "Black Panther")
    assert got["Beloved"][0] == "WORK_OF_ART"


def test_no_title_without_a_work() -> None:
    assert "Clinton" not in {
        s.text for s in find_entities("Polls show Clinton ahead.") if s.label == "WORK_OF_ART"
    }
    assert not [
        s for s in find_entities("They play Chelsea on Sunday.") if s.label == "WORK_OF_ART"
    ]


def test_holidays_religions_and_products() -> None:
    got = _got("Sales rose over Christmas. Muslims said Islam forbids it. He bought a PlayStation.")
    assert got["Christmas"][0] == "EVENT"
    assert got["Islam"][0] == "NORP"
    assert got["PlayStation"][0] == "PRODUCT"


# ------------------------------------------------------------------ labels


def test_other_name_with_nothing_to_say_its_kind() -> None:
    assert onto_label("Elian Gonzalez", MISC) is None
    assert onto_label("World Cup", MISC) == "EVENT"
    assert onto_label("Clean Air Act", MISC) == "LAW"
    assert onto_label("Eiffel Tower", LOC) == "FAC"
    score = [0.0] * 5
    score[MISC], score[PER], score[NIL] = 2.0, 1.0, -1.0
    assert label_of("Elian Gonzalez", score) == "PERSON"
    score[NIL] = 1.5
    assert label_of("Elian Gonzalez", score) is None
    score[ORG] = 3.0
    assert label_of("Acme", score) == "ORG"


# ------------------------------------------------------------------ document


def test_full_names_and_company_names() -> None:
    full: dict[str, str] = {}
    add_person(full, "Taro Kono")
    assert full["Kono"] == full["Taro"] == "Taro Kono"
    assert strip_suffix("Douglas & Lomason Co") == "Douglas & Lomason"
    got = _got("Rally's Inc. said it adopted a plan on Monday.")
    assert got["Rally's Inc."][0] == "ORG"


def test_one_label_per_entity() -> None:
    text = "Charlotte Charlotte Charlotte"
    spans = [
        Span("entity", "GPE", 0, 9, "Charlotte", "Charlotte"),
        Span("entity", "PRODUCT", 10, 19, "Charlotte", "Charlotte"),
        Span("entity", "GPE", 20, 29, "Charlotte", "Charlotte"),
    ]
    rules = ["lexicon:known-name", "model:PRODUCT", "model:GPE"]
    trace = Trace()
    out = one_label_per_entity(text, spans, rules, trace)
    assert [s.label for s in out] == ["GPE", "GPE", "GPE"]
    assert [d.rule for d in trace.decisions] == ["document:one-label-per-entity"]


def test_alias_takes_its_canonical_label() -> None:
    got = _got("Protesters in America agreed, and the U.S. said so.")
    assert got["America"] == ("GPE", "United States")
    assert got["U.S."] == ("GPE", "United States")


def test_state_abbreviation_needs_its_stop() -> None:
    assert "Mass" not in _got("Mass atrocities continue in Darfur.")
    assert _got("The company is based in Randolph, Mass. It grew.")["Mass."][0] == "GPE"


def test_affiliations_keep_their_own_value() -> None:
    got = _got("The Miami-based firm met anti-Japanese and ex-England players in Miami.")
    assert got["Miami-based"] == ("NORP", "Miami-based")
    assert got["anti-Japanese"] == ("NORP", "Japanese")
    assert got["Miami"] == ("GPE", "Miami")


# ------------------------------------------------------------------ trace and robustness

_NEWSY = st.sampled_from(
    [
        "I'm ",
        "We're ",
        "DVD ",
        "GMT ",
        "the film ",
        '"',
        "“",
        "”",
        " v ",
        " 2 ",
        "Leicester ",
        "Inc ",
        "Rally's Inc. ",
        "'s ",
        " on ",
        "Council ",
        "Mass ",
        "Mass. ",
        "Power ",
        "Trade ",
        "Organization ",
        "Secretary of State ",
        "Christmas ",
        "Obama ",
        "administration ",
        "Dar es Salaam ",
        ". ",
        "\n",
        "A",
        "z",
        "-",
        "\x00",
        "\u202e",
        "😀",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NEWSY, max_size=120).map("".join))
def test_tracing_changes_nothing_and_spans_hold(text: str) -> None:
    plain = find_entities(text)
    trace = Trace()
    traced = find_entities(text, trace=trace)
    assert plain == traced
    last = -1
    for s in traced:
        assert text[s.start : s.end] == s.text and s.start >= last
        assert s.value
        last = s.end
        assert trace.about({"entity"}, s.start, s.end), s


@pytest.mark.parametrize(
    "text",
    [
        "A" * 100_000,
        "Power plants are big. " * 2_000,
        'the film "' * 5_000,
        "Council on " * 10_000,
        "Leicester 2 " * 10_000,
        "I'm " * 20_000,
    ],
)
def test_large_odd_inputs_never_raise(text: str) -> None:
    for s in find_entities(text):
        assert text[s.start : s.end] == s.text


# ------------------------------------------------------------------ ordinary news


def test_business_story_reads_as_a_reader_would() -> None:
    got = _got(
        "Jane Fraser, chief executive of Citigroup, said JPMorgan Chase beat estimates. "
        "The EU's AI Act takes effect. Barbara Kingsolver won the Pulitzer Prize."
    )
    assert got["Citigroup"][0] == "ORG"
    assert got["JPMorgan Chase"][0] == "ORG"
    assert got["AI Act"][0] == "LAW"
    assert got["Pulitzer Prize"][0] == "WORK_OF_ART"


def test_sport_and_culture_story() -> None:
    got = _got(
        "In the NBA, the Boston Celtics beat the Los Angeles Lakers. Greta Gerwig's film "
        "Barbie opened at the Cannes Film Festival. Erling Haaland missed a penalty."
    )
    assert got["Boston Celtics"][0] == got["Los Angeles Lakers"][0] == "ORG"
    assert got["Barbie"][0] == "WORK_OF_ART"
    assert got["Cannes Film Festival"][0] == "EVENT"
    assert got["Erling Haaland"][0] == "PERSON"


def test_a_name_ending_in_an_industry_noun_is_a_company_and_lends_its_first_word() -> None:
    got = _got(
        "This problem would have belonged to Patriot Coal, one of the largest coal companies. "
        "Patriot created two subsidiaries. When he met Patriot's management, he was late."
    )
    assert got["Patriot Coal"][0] == "ORG"
    assert got["Patriot"] == ("ORG", "Patriot Coal")


def test_the_first_word_of_a_hyphenated_company_means_the_company() -> None:
    text = (
        "Anheuser-Busch Cos. cut its earnings forecast. Some experts now predict Anheuser's "
        "entry into the fray means lower profits. The projection sent Anheuser shares "
        "plunging. Anheuser said it continues to hold to its forecast."
    )
    labels = {(s.text, s.label) for s in find_entities(text)}
    assert labels == {("Anheuser-Busch Cos", "ORG"), ("Anheuser", "ORG")}


def test_a_state_short_form_inside_a_run_needs_its_stop() -> None:
    assert "Mass" not in _got("In his Sunday Mass at the cathedral, the cardinal spoke.")
    got = _got("The Wilmington, Mass., company rose. It is based in Randolph, Mass.")
    assert got["Mass."][0] == "GPE"  # the stop is the abbreviation's


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Swede won the race in Stockholm.", "Swede"),
        ("An Islamist group claimed the attack.", "Islamist"),
        ("Two Englishmen were arrested.", "Englishmen"),
        ("He is a New Yorker by birth.", "New Yorker"),
    ],
)
def test_peoples_and_followers_are_norp_not_products_or_events(text: str, name: str) -> None:
    assert _got(text)[name][0] == "NORP"


def test_a_middle_initial_after_an_unknown_given_name_keeps_the_name_whole() -> None:
    _, segs, _ = make_plan("Loretta E. Lynch", False)
    assert [seg[3] for seg in segs] == ["Loretta E. Lynch"]
    _, segs, _ = make_plan("State E. Lynch", False)  # a common word is no given name
    assert [seg[3] for seg in segs] == ["State", "E. Lynch"]


def test_a_storm_is_an_event_and_its_word_part_of_its_name() -> None:
    text = "Damage from Hurricane Hugo was vast. The National Hurricane Center warned."
    found = {(s.text, s.label) for s in find_entities(text)}
    assert ("Hurricane Hugo", "EVENT") in found
    assert not any(t == "Hugo" for t, _ in found)
    assert ("National Hurricane Center", "ORG") in found


def test_a_word_written_mostly_as_a_name_opens_a_sentence_as_a_name() -> None:
    # "facebook" and "putin" are frequent words once case is folded; they are names
    text = "Facebook said its profit doubled. Biden told reporters he would sign the bill."
    found = {(s.text, s.label) for s in find_entities(text)}
    assert found == {("Facebook", "ORG"), ("Biden", "PERSON")}


def test_a_sentence_opener_stays_a_common_word() -> None:
    text = "Additionally, the firm said it would pay. Alas, it did not. Meanwhile, prices rose."
    assert find_entities(text) == []


def test_what_follows_the_possessive_tells_a_company() -> None:
    from tuiread.analysis.entities.lexicon import ORG
    from tuiread.analysis.entities.score import company_owns

    for text in ("Quillon's shareholders voted.", "Quillon's chief financial officer left."):
        sc = [0.0] * 5
        company_owns(text, 7, sc)
        assert sc[ORG] > 0, text
    for text in ("Quillon's wife", "Quillon's chief of staff", "Quillon said"):
        sc = [0.0] * 5
        company_owns(text, 7, sc)
        assert sc == [0.0] * 5, text


def test_a_plural_common_noun_ends_a_company_not_a_person() -> None:
    from tuiread.analysis.entities.score import plural_common_noun, word_vector

    assert plural_common_noun("Platforms") and plural_common_noun("Networks")
    assert not plural_common_noun("Williams") and not plural_common_noun("Business")
    company = word_vector(["Quillon", "Platforms"], "Quillon Platforms")
    person = word_vector(["Quillon", "Stavros"], "Quillon Stavros")
    assert company[ORG] > person[ORG]


def test_a_score_after_an_unknown_name_makes_a_team() -> None:
    from tuiread.analysis.entities.sport import score_follows

    text = "City beat Wolves 5-1 on Saturday. Attendance 35,000."
    assert score_follows(text, text.index(" 5-1"))
    assert not score_follows(text, text.index(" 35,000"))
    found = {(s.text, s.label) for s in find_entities(text)}
    assert ("Wolves", "ORG") in found


def test_an_illness_is_no_name() -> None:
    text = "Unspent Covid-19 relief funds went to AIDS and Ebola research at the WHO."
    assert {s.text for s in find_entities(text)} == {"WHO"}


def test_an_unseen_word_takes_the_evidence_of_its_brown_cluster() -> None:
    from tuiread.analysis.entities.lexicon import BRANCH, TOK
    from tuiread.analysis.entities.score import word_vector

    # "Romney" is not in the training file; its cluster is that of surnames
    assert "Romney" not in TOK and "Romney" in BRANCH
    assert BRANCH["Romney"].index(max(BRANCH["Romney"])) == PER
    assert word_vector(["Romney"], "Romney")[PER] > word_vector(["Zqxrney"], "Zqxrney")[PER]


def test_a_state_abbreviation_after_a_town_is_a_place_and_a_surname_stays_a_person() -> None:
    found = {(s.text, s.label, s.value) for s in find_entities("It is based in Avon, Conn., now.")}
    assert ("Conn.", "GPE", "Connecticut") in found
    found = {(s.text, s.label, s.value) for s in find_entities("Kan said no. Kan left.")}
    assert found == {("Kan", "PERSON", "Kan")}


def test_a_quoted_title_after_a_possessive_or_a_work_noun_of_its_clause_is_a_work() -> None:
    text = (
        'Martin Scorsese\'s "Killers of the Flower Moon" opens on Friday. The band released '
        'their first album of new songs in 18 years, "Hackney Diamonds", in October. '
        'Trump\'s "very good" deal stood.'
    )
    works = {s.text for s in find_entities(text) if s.label == "WORK_OF_ART"}
    assert works == {"Killers of the Flower Moon", "Hackney Diamonds"}


def test_a_title_before_a_given_name_that_is_a_common_word() -> None:
    found = {(s.text, s.label) for s in find_entities("Rep. Chip Roy of Texas wrote a letter.")}
    assert ("Chip Roy", "PERSON") in found
    found = {(s.text, s.label) for s in find_entities("Shares of General Mills Inc. fell.")}
    assert not any(label == "PERSON" for _, label in found)


def test_a_place_that_is_a_given_name_before_an_unknown_surname_starts_a_person() -> None:
    found = {(s.text, s.label) for s in find_entities("Frictions grew, said Chad Bown, an expert.")}
    assert ("Chad Bown", "PERSON") in found
    found = {(s.text, s.label) for s in find_entities("Troops left Chad and Sudan on Monday.")}
    assert ("Chad", "GPE") in found


def test_an_analyst_at_an_unknown_name_works_for_a_company() -> None:
    text = '"It is a record," said Paul Dergarabedian, a senior analyst at Comscore.'
    assert ("Comscore", "ORG") in {(s.text, s.label) for s in find_entities(text)}


def test_a_pronoun_repeating_the_subject_of_a_speech_verb_tells_its_kind() -> None:
    from tuiread.analysis.entities.score import pronoun_after

    for text, cls in (
        ("Quillon said on Tuesday it would cut jobs.", ORG),
        ("Quillon told reporters he would stay.", PER),
    ):
        sc = [0.0] * 5
        pronoun_after(text, 0, 7, sc)
        assert sc[cls] > 0 and sum(sc) == sc[cls], text
    sc = [0.0] * 5
    text = "A partnership of Quillon said it may bid."
    pronoun_after(text, 17, 24, sc)
    assert sc == [0.0] * 5


def test_ampersand_names_indexes_and_company_runs_opening_a_sentence() -> None:
    text = (
        "The S&P 500 fell 2% and AT&T lost 1%. M&A activity slowed. Arm Holdings, the chip "
        "designer, fell. Shares of Instacart, which listed on Tuesday, rose. He won the "
        "Olympic 100 metres."
    )
    found = {(s.text, s.label) for s in find_entities(text)}
    assert {("S&P 500", "PRODUCT"), ("AT&T", "ORG"), ("Arm Holdings", "ORG")} <= found
    assert ("Instacart", "ORG") in found
    assert not any(t.startswith("M&A") or t == "Olympic 100" for t, _ in found)


def test_given_names_come_from_the_brown_branch_of_john_and_mary() -> None:
    from tuiread.analysis.entities.lexicon import FIRST_NAMES

    assert {"Jeb", "Stacey", "Hillary"} <= FIRST_NAMES
    assert not {"Historian", "Comrade", "Representative"} & FIRST_NAMES
    text = "The lawyer Cheryl Mills was granted protection."
    assert ("Cheryl Mills", "PERSON") in {(s.text, s.label) for s in find_entities(text)}


def test_the_planet_earth_is_a_place() -> None:
    text = "Human activity is causing shifts in Earth's climate."
    assert {(s.text, s.label) for s in find_entities(text)} == {("Earth", "LOC")}


def test_a_common_word_labelling_a_line_is_no_name() -> None:
    text = "Stocks fell.\nBonds: the Treasury index fell 19 points.\nClinton: No."
    found = {(s.text, s.label) for s in find_entities(text)}
    assert not any(t == "Bonds" for t, _ in found)
    assert ("Clinton", "PERSON") in found


def test_a_chapter_of_the_bankruptcy_code_is_a_law() -> None:
    text = "The toy maker filed a Chapter 11 reorganization plan."
    assert {(s.text, s.label) for s in find_entities(text)} == {("Chapter 11", "LAW")}


def test_peoples_are_norp_and_a_creed_still_names_its_church() -> None:
    text = "Hispanics and Latino voters backed him at the National Baptist Convention."
    found = {(s.text, s.label) for s in find_entities(text)}
    assert {("Hispanics", "NORP"), ("Latino", "NORP")} <= found
    assert ("National Baptist Convention", "ORG") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bill stalled because of opposition by Congress and the insurance lobby.", "Congress"),
        ("He urged Congress to act before the recess.", "Congress"),
        ("The Commission said it would fine the company.", "Commission"),
    ],
)
def test_a_generic_word_the_lists_name_alone_time_and_again_is_a_body(text: str, name: str) -> None:
    assert [(s.text, s.label) for s in find_entities(text)] == [(name, "ORG")]


@pytest.mark.parametrize("word", ["News", "Board", "Post", "City"])
def test_a_generic_word_seldom_named_alone_still_names_nothing_alone(word: str) -> None:
    assert find_entities(f"The {word} said it would look again at the plans.") == []


def test_a_given_name_after_a_body_s_word_opens_the_person() -> None:
    """ "Speaker of the House Mike Johnson": the chamber and the person, not one name."""
    found = {(s.text, s.label) for s in find_entities("Speaker of the House Mike Johnson said.")}
    assert found == {("House", "ORG"), ("Mike Johnson", "PERSON")}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Mass was said at the Basilica of St. Mary Major on Sunday.",
            "Basilica of St. Mary Major",
            "FAC",
        ),
        ("He was the first pope from the Order of St. Augustine.", "Order of St. Augustine", "ORG"),
        ("Crisafulli told reporters at Parliament House on Friday.", "Parliament House", "FAC"),
    ],
)
def test_a_saint_after_of_and_an_office_before_a_building_keep_the_name_whole(
    text: str, name: str, label: str
) -> None:
    found = {(s.text, s.label) for s in find_entities(text)}
    assert (name, label) in found


def test_quoted_titles_after_including_and_in_a_list_are_works() -> None:
    text = (
        'The brothers played 23 songs, including "Wonderwall", "Don\'t Look Back in Anger"'
        ' and "Live Forever".'
    )
    found = {(s.text, s.label) for s in find_entities(text)}
    for title in ("Wonderwall", "Don't Look Back in Anger", "Live Forever"):
        assert (title, "WORK_OF_ART") in found
    said = 'He said "we will win", "Make America Great Again" and "More Jobs".'
    assert not any(s.label == "WORK_OF_ART" for s in find_entities(said))


def test_a_quoted_title_after_her_own_is_a_work() -> None:
    text = 'It beat the record set by her own "The Tortured Poets Department" last year.'
    found = {(s.text, s.label) for s in find_entities(text)}
    assert ("The Tortured Poets Department", "WORK_OF_ART") in found


def test_a_list_of_thousands_of_quoted_titles_is_read_without_recursion() -> None:
    """Each title in a list is read back a bounded number of items, never recursively: a
    list of 3,000 quoted titles raised RecursionError."""
    text = "The songs, including " + ", ".join(f'"Wonder {chr(65 + i % 26)}"' for i in range(3000))
    spans = find_entities(text + ".")
    assert spans[0].text == "Wonder A"
    assert spans[0].label == "WORK_OF_ART"
