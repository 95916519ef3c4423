"""The entity recogniser: seed articles, canonical values, datelines, tokenised text, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis.entities import find_entities
from tuiread.model import ENTITY_LABELS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _check_spans(text: str, spans) -> None:
    last = -1
    for s in spans:
        assert s.kind == "entity"
        assert s.label in ENTITY_LABELS
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.value
        assert s.start >= last  # sorted, no overlaps
        last = s.end


def _by_label(spans) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in spans:
        out.setdefault(s.label, set()).add(s.text)
    return out


def _values(spans, label: str) -> set[str]:
    return {s.value for s in spans if s.label == label}


@pytest.fixture(scope="module")
def seed_a():
    text = _seed("000")
    spans = find_entities(text)
    _check_spans(text, spans)
    return text, spans


@pytest.fixture(scope="module")
def seed_b():
    text = _seed("002")
    spans = find_entities(text)
    _check_spans(text, spans)
    return text, spans


def test_seed_persons(seed_a, seed_b):
    persons = _values(seed_a[1], "PERSON") | _values(seed_b[1], "PERSON")
    for name in (
        "Kenji Kanasugi",
        "Joseph Yun",
        "Kim Hong-kyun",
        "Taro Kono",
        "Kang Kyung-wha",
        "Shinsuke Sugiyama",
        "Antony Blinken",
        "Lim Sung Nam",
        "Yoshihide Suga",
    ):
        assert name in persons, name


def test_seed_short_mentions_resolve_to_full_names(seed_a, seed_b):
    short = {
        (s.text, s.value) for _, spans in (seed_a, seed_b) for s in spans if s.label == "PERSON"
    }
    assert ("Kono", "Taro Kono") in short
    assert ("Kang", "Kang Kyung-wha") in short
    assert ("Sugiyama", "Shinsuke Sugiyama") in short
    assert ("Blinken", "Antony Blinken") in short
    assert ("Suga", "Yoshihide Suga") in short


def test_seed_organisations(seed_a, seed_b):
    orgs = _values(seed_a[1], "ORG") | _values(seed_b[1], "ORG")
    for name in ("UN Security Council", "NATO", "Kyodo News", "Yonhap", "Joint Chiefs of Staff"):
        assert name in orgs, name
    # "the Japanese Foreign Ministry": the ministry, named with its country in the value
    assert "Japanese Foreign Ministry" in orgs


def test_seed_places_and_groups(seed_a, seed_b):
    spans = seed_a[1] + seed_b[1]
    places = _values(spans, "GPE") | _values(spans, "LOC")
    for name in (
        "Japan",
        "South Korea",
        "North Korea",
        "Tokyo",
        "Seoul",
        "Pyongyang",
        "Beijing",
        "Washington",
        "Pacific",
    ):
        assert name in places, name
    norp = _by_label(spans)["NORP"]
    for name in ("Japanese", "North Korean", "South Korean", "American"):
        assert name in norp, name


def test_seed_nothing_absurd(seed_a, seed_b):
    for _text, spans in (seed_a, seed_b):
        for s in spans:
            if s.label == "PERSON":
                assert s.text not in ("Sputnik", "AP", "AA", "Kyodo", "Yonhap"), s
            assert s.text not in ("The", "Minister", "North Korean Embassy in Beijing"), s
            # Turkish comment-rules boilerplate and Russian page furniture are not names
            assert not any(ch in s.text for ch in "üçğışÜÇĞİŞ"), s
            assert not any("\u0400" <= ch <= "\u04ff" for ch in s.text), s
    labels = {s.text: s.label for s in seed_a[1] + seed_b[1]}
    assert labels.get("Sputnik") == "ORG"
    assert labels.get("AA") == "ORG"


def test_aliases_are_canonical():
    text = "Japan, S Korea, US agree. SKorea and NKorea talk; N Korea and the U.S. disagree."
    spans = find_entities(text)
    _check_spans(text, spans)
    got = {s.text: s.value for s in spans}
    assert got["S Korea"] == "South Korea"
    assert got["SKorea"] == "South Korea"
    assert got["NKorea"] == "North Korea"
    assert got["N Korea"] == "North Korea"
    assert got["US"] == "United States"
    assert got["U.S."] == "United States"


def test_surname_takes_earlier_full_name():
    text = "Foreign Minister Taro Kono met reporters. Later, Kono said talks would go on."
    spans = find_entities(text)
    got = {(s.text, s.label, s.value) for s in spans}
    assert ("Taro Kono", "PERSON", "Taro Kono") in got
    assert ("Kono", "PERSON", "Taro Kono") in got
    assert not any(s.text == "Foreign Minister" or s.text == "Minister" for s in spans)


def test_a_surname_shared_by_two_people_takes_the_one_named_first():
    text = (
        "Mahomes shines\nPatrick Mahomes threw three touchdowns. Brittany Mahomes watched."
        " Joe Biden spoke. Joseph R. Biden said more. Biden left."
    )
    got = {(s.text, s.value) for s in find_entities(text)}
    assert ("Mahomes", "Patrick Mahomes") in got
    assert ("Biden", "Joseph R. Biden") in got


def test_an_agency_after_a_dateline_is_no_short_form_of_the_town():
    got = {(s.text, s.label) for s in find_entities("ABUJA (AFP) - Gunmen stormed a school.")}
    assert ("AFP", "ORG") in got and ("ABUJA", "GPE") in got


def test_an_acronym_of_a_name_in_another_language_takes_the_name():
    text = "The National Action Party (PAN) called for her to resign. PAN leaders met."
    got = [(s.text, s.label, s.value) for s in find_entities(text) if s.text == "PAN"]
    assert got == [("PAN", "ORG", "National Action Party")] * 2


def test_acronym_in_parentheses_takes_the_name():
    text = "according to a Joint Chiefs of Staff (JCS) official. The JCS said more."
    spans = find_entities(text)
    jcs = [s for s in spans if s.text == "JCS"]
    assert len(jcs) == 2
    assert all(s.value == "Joint Chiefs of Staff" and s.label == "ORG" for s in jcs)


def test_all_caps_dateline():
    text = "TOKYO (Sputnik) — Seoul, Tokyo, and Washington agreed to step up cooperation."
    spans = find_entities(text)
    _check_spans(text, spans)
    first = spans[0]
    assert (first.text, first.label, first.value) == ("TOKYO", "GPE", "Tokyo")
    assert {"Sputnik": "ORG"}.items() <= {s.text: s.label for s in spans}.items()


def test_all_caps_headline_keeps_known_names_only():
    text = "JAPAN AND SOUTH KOREA AGREE TO STEP UP PRESSURE\nJapan and South Korea met in Tokyo."
    spans = find_entities(text)
    _check_spans(text, spans)
    head = [s for s in spans if s.end <= text.index("\n")]
    assert {(s.text, s.value) for s in head} == {("JAPAN", "Japan"), ("SOUTH KOREA", "South Korea")}


def test_title_case_headline_words_are_not_names():
    text = "NATO Chief Calls for Global Response to N Korea's Missile Launch\nThe talks went on."
    got = {s.text for s in find_entities(text)}
    assert "NATO" in got and "N Korea" in got
    assert not got & {"Calls", "Global Response", "Missile Launch", "Response"}


def test_tokenised_text():
    text = (
        "U.S. Secretary of State Warren Christopher met German Foreign Minister Klaus Kinkel "
        "in Bonn on Monday , the State Department said .\n"
        'Kinkel told Reuters : " We agree . "'
    )
    spans = find_entities(text)
    _check_spans(text, spans)
    got = {(s.text, s.label) for s in spans}
    assert ("U.S.", "GPE") in got
    assert ("Warren Christopher", "PERSON") in got
    assert ("German", "NORP") in got
    assert ("Klaus Kinkel", "PERSON") in got
    assert ("Bonn", "GPE") in got
    assert ("State Department", "ORG") in got
    assert ("Reuters", "ORG") in got
    kinkel = [s for s in spans if s.text == "Kinkel"]
    assert kinkel and kinkel[0].value == "Klaus Kinkel"


def test_possessives_and_untokenised_punctuation():
    text = "Pyongyang's missile flew over Japan’s north, Seoul's army said."
    got = {s.text for s in find_entities(text)}
    assert {"Pyongyang", "Japan", "Seoul"} <= got


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "1234 5678 -- !!! ???",
        "东京 (新华社) — 日本和韩国同意加强合作。",
        "طوكيو (سبوتنيك) — اتفقت اليابان",
        "😀😀 Tokyo 😀 Seoul",
        "A\x00B\x01C\x1b[31mRed\x1b[0m Tokyo\u200b Seoul\ufeff",
        "TOKYO " * 5000,
        '"""' * 1000 + "Taro Kono",
        "Mr. " * 100 + "Smith",
        "of of of the & & Of The",
        "\n\n\nA\nB\nC.\n",
    ],
)
def test_bad_input(text):
    spans = find_entities(text)
    _check_spans(text, spans)


def test_large_text_does_not_fail():
    text = (_seed("000") + "\n") * 200
    spans = find_entities(text)
    _check_spans(text, spans)
    assert len(spans) > 1000


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ")
    + [" ", " ", "\n", ".", ",", "-", "'", "’", '"', "“", "”", "(", ")", "&", ":", "\xa0"]
    + ["\x00", "\x07", "\x1b", "\t", "\r", "\u200b", "\u202e", "é", "Ö", "İ", "ß"]
    + ["东", "京", "ش", "😀", "0", "9"]
    + ["Tokyo ", "Taro Kono ", "TOKYO ", "U.S. ", "of the ", "Mr ", "Minister ", "Bank of "]
    + ["KOREA ", "North Korean ", "S Korea ", "(JCS) ", "Japan-US-", "Kono's ", "ABCDEFG "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=200).map("".join))
def test_span_invariants_on_generated_text(text):
    spans = find_entities(text)
    _check_spans(text, spans)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_span_invariants_on_any_unicode(text):
    _check_spans(text, find_entities(text))


def test_seed_places_are_places_every_time(seed_a, seed_b):
    for _, spans in (seed_a, seed_b):
        for s in spans:
            if s.text in ("Pyongyang", "Seoul", "Tokyo", "Japan", "Beijing"):
                assert s.label == "GPE", s


def test_affiliations_and_unknown_dateline_places():
    text = "KHASAVYURT, Russia (AP) — The anti-Japanese protest moved to the Tokyo-based firm."
    got = {s.text: (s.label, s.value) for s in find_entities(text)}
    assert got["KHASAVYURT"] == ("GPE", "Khasavyurt")
    assert got["Russia"] == ("GPE", "Russia")
    assert got["anti-Japanese"][0] == "NORP"
    assert got["Tokyo-based"] == ("NORP", "Tokyo-based")  # an affiliation, not Tokyo itself


def test_company_short_name_and_facility():
    text = (
        "Douglas & Lomason Co said on Monday its sales rose. Shares of Douglas & Lomason "
        "rose. Tourists left the Eiffel Tower."
    )
    got = {s.text: s.label for s in find_entities(text)}
    assert got["Douglas & Lomason Co"] == "ORG"
    assert got["Douglas & Lomason"] == "ORG"
    assert got["Eiffel Tower"] == "FAC"


def test_the_north_is_north_korea(seed_a):
    north = [s for s in seed_a[1] if s.text == "North"]
    assert north and all((s.label, s.value) == ("GPE", "North Korea") for s in north)


def test_name_particles_and_all_caps_full_names():
    text = (
        "BOXING - ROBERTO DURAN WINS\n"
        "Roberto Duran won on Friday. Coach Erik ten Hag said ten Hag was pleased."
    )
    got = [(s.text, s.label, s.value) for s in find_entities(text)]
    assert ("ROBERTO DURAN", "PERSON", "Roberto Duran") in got
    assert ("Erik ten Hag", "PERSON", "Erik ten Hag") in got
    assert ("Hag", "PERSON", "Erik ten Hag") in got


def test_a_heading_in_capitals_before_a_dash_is_no_dateline():
    text = (
        "He contradicted half of the advice.\n\n"
        "FELLOW DOCTORS DON'T WANT TO ASSOCIATE WITH HIM — Oz may hit ratings gold.\n"
        "KHASAVYURT, Russia 1996-08-30\nNEW TOWNVILLE — A man died."
    )
    got = {(s.text, s.label) for s in find_entities(text)}
    assert not any("DOCTORS" in t for t, _ in got)
    assert ("KHASAVYURT", "GPE") in got and ("NEW TOWNVILLE", "GPE") in got
