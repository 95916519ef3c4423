"""Re-anchoring a selector in changed text: exact, moved, fuzzy, orphaned."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiread.model import Selector
from tuiread.store import Anchor, anchor

TEXT = (
    "TOKYO (Sputnik) — Senior diplomats from Japan, South Korea and the United States agreed on "
    'Monday to work together on new measures. "We will not accept a nuclear North Korea," Blinken '
    "said. The three countries will meet again in Seoul next month to review the measures."
)


def sel_of(text: str, passage: str, nth: int = 0) -> Selector:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return Selector.from_text(text, start, start + len(passage))


def test_unchanged_text_is_exact() -> None:
    s = sel_of(TEXT, "We will not accept")
    assert anchor(s, TEXT) == Anchor(s.start, s.end, "exact")


def test_text_inserted_before_moves_it() -> None:
    s = sel_of(TEXT, "We will not accept")
    new = "BREAKING. " + TEXT
    a = anchor(s, new)
    assert a.status == "moved" and new[a.start : a.end] == s.exact and a.start == s.start + 10


def test_repeated_passage_picks_the_one_with_matching_context() -> None:
    s = sel_of(TEXT, "the measures", 0)
    assert TEXT.count("measures") == 2
    s2 = sel_of(TEXT, "measures", 1)
    new = "Intro line added here.\n" + TEXT
    a = anchor(s2, new)
    assert a.status == "moved" and a.start == s2.start + len("Intro line added here.\n")
    assert anchor(s, new).status in ("moved", "fuzzy")


def test_nearest_occurrence_wins_when_context_ties() -> None:
    text = "abc xyz abc xyz abc xyz abc"
    s = Selector(start=8, end=11, exact="abc", prefix="", suffix="")
    a = anchor(s, "." + text)
    assert (a.start, a.status) == (9, "moved")


def test_small_edit_inside_the_passage_is_fuzzy() -> None:
    s = sel_of(TEXT, "Senior diplomats from Japan, South Korea and the United States")
    new = TEXT.replace("South Korea and the United States", "South Korea, and the US")
    a = anchor(s, new)
    assert a.status == "fuzzy"
    assert new[a.start : a.end].startswith("Senior diplomats from Japan")
    assert "South Korea, and the US" in new[a.start : a.end + 3]


def test_rewrapped_text_is_fuzzy() -> None:
    s = sel_of(TEXT, "Senior diplomats from Japan, South Korea and the United States agreed on")
    new = TEXT.replace("South Korea and", "South Korea\nand").replace(
        "States agreed", "States\nagreed"
    )
    a = anchor(s, new)
    assert a.status == "fuzzy" and new[a.start : a.end].replace("\n", " ") == s.exact


def test_passage_gone_is_orphaned() -> None:
    s = sel_of(TEXT, '"We will not accept a nuclear North Korea," Blinken said.')
    new = TEXT.replace(s.exact, "")
    a = anchor(s, new)
    assert a.status == "orphaned" and a.start == a.end and 0 <= a.start <= len(new) and not a.found


def test_degenerate_inputs_never_raise() -> None:
    for s in (
        Selector(0, 0, ""),
        Selector(-5, 1_000_000, "zzz"),
        Selector(10, 5, "abc", prefix="x" * 100, suffix="y" * 100),
    ):
        for text in ("", "a", TEXT):
            a = anchor(s, text)
            assert 0 <= a.start <= a.end <= len(text)


def test_fast_on_a_20000_word_article() -> None:
    """Not timed (benchmarks time things); this just exercises the large-text paths."""
    rng = random.Random(3)
    words = ["alpha", "beta", "gamma", "delta", "North", "Korea", "said", "the", "minister"]
    text = " ".join(rng.choice(words) for _ in range(20_000))
    s = Selector.from_text(text, 50_000, 50_080)
    edited = text[:50_020] + "XYZ" + text[50_023:]
    a = anchor(s, edited)
    assert a.status in ("fuzzy", "moved") and abs(a.start - 50_000) < 40
    gone = anchor(Selector(100, 140, "completely different words not in it at all"), text)
    assert gone.status == "orphaned"


alphabet = st.characters(codec="utf-8", categories=("Ll", "Lu", "Nd", "Zs", "Po"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.text(alphabet, max_size=200),
    passage=st.text(alphabet, min_size=1, max_size=60),
    after=st.text(alphabet, max_size=200),
    inserted=st.text(alphabet, max_size=80),
    where=st.floats(0, 1),
    in_before=st.booleans(),
    delete=st.integers(0, 40),
)
def test_edits_outside_the_passage_reanchor_exactly(
    before: str, passage: str, after: str, inserted: str, where: float, in_before: bool, delete: int
) -> None:
    text = before + passage + after
    s = Selector.from_text(text, len(before), len(before) + len(passage))
    if in_before:
        cut = int(len(before) * where)
        new_before = before[:cut] + inserted + before[cut + min(delete, len(before) - cut) :]
        new = new_before + passage + after
        true_start = len(new_before)
    else:
        cut = int(len(after) * where)
        new = (
            before + passage + after[:cut] + inserted + after[cut + min(delete, len(after) - cut) :]
        )
        true_start = len(before)
    a = anchor(s, new)
    assert a.status in ("exact", "moved")
    assert new[a.start : a.end] == passage
    if new.count(passage) == 1:
        assert a.start == true_start


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(max_size=300),
    start=st.integers(-10, 400),
    length=st.integers(0, 80),
    new=st.text(max_size=300),
)
def test_anchor_never_raises(text: str, start: int, length: int, new: str) -> None:
    s = Selector(
        start, start + length, text[max(0, start) : max(0, start) + length], text[:5], text[-5:]
    )
    a = anchor(s, new)
    assert 0 <= a.start <= a.end <= len(new)
    if a.status in ("exact", "moved"):
        assert new[a.start : a.end] == s.exact


@settings(max_examples=100, deadline=None)
@given(
    before=st.text(alphabet, min_size=0, max_size=200),
    after=st.text(alphabet, min_size=0, max_size=200),
)
def test_removed_passage_is_orphaned(before: str, after: str) -> None:
    passage = "\u2603 unique snowman passage \u2603"
    text = before + passage + after
    s = Selector.from_text(text, len(before), len(before) + len(passage))
    a = anchor(s, before + after)
    assert a.status == "orphaned"


def test_respaced_passage_is_found() -> None:
    s = sel_of(TEXT, "work together on new measures")
    new = TEXT.replace("work together on new measures", "work  together\non new   measures")
    a = anchor(s, new)
    assert a.status == "fuzzy" and new[a.start : a.end] == "work  together\non new   measures"


def test_short_edited_passage_between_its_neighbours() -> None:
    s = sel_of(TEXT, "Monday")
    new = TEXT.replace("on Monday to", "on Mondai to")
    a = anchor(s, new)
    assert a.status == "fuzzy" and new[a.start : a.end] == "Mondai"


def test_short_passage_is_not_matched_fuzzily_out_of_context() -> None:
    s = sel_of(TEXT, "Seoul")
    new = TEXT.replace("in Seoul next month", "somewhere else entirely") + " Seoux."
    assert anchor(s, new).status == "orphaned"
