"""tense_at finds the last sentence end or clause mark before a date, and the first sentence
end after it, with one regex search each (the marks spelt backwards for the last): the same
places as one rfind or find per mark."""

from __future__ import annotations

import random

from tuiread.analysis.dates import tense


def _last_by_rfind(chunk: str, marks: tuple[str, ...]) -> int:
    cut = 0
    for mark in marks:
        at = chunk.rfind(mark)
        if at != -1 and at + len(mark) > cut:
            cut = at + len(mark)
    return cut


def test_one_search_finds_the_marks_rfind_finds() -> None:
    pieces = list("ab .?!;:,)\n\"'\u201d\u2019") + [" and ", " but ", " when ", ". ", '." ', ".) "]
    rng = random.Random(7)
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert tense._last(s, tense._SENTENCE_ENDS_BACKWARDS) == _last_by_rfind(
            s, tense._SENTENCE_ENDS
        )
        assert tense._last(s, tense._CLAUSE_MARKS_BACKWARDS) == _last_by_rfind(
            s, tense._CLAUSE_MARKS
        )
        first = [at for mark in tense._SENTENCE_ENDS if (at := s.find(mark)) != -1]
        found = tense._SENTENCE_END.search(s)
        assert (found.start() if found else -1) == min(first, default=-1)


def test_a_schedule_after_be_looks_ahead_whatever_the_tense_of_be() -> None:
    import datetime

    from tuiread.analysis import analyze

    def thursday(text: str) -> str | None:
        spans = analyze(text, published=datetime.date(2026, 12, 2))
        return next(s.value for s in spans if s.text == "Thursday")

    assert thursday("The minister was due in Moscow on Thursday to meet Lavrov.") == "2026-12-03"
    assert thursday("The envoys were expected in Brussels on Thursday.") == "2026-12-03"
    assert thursday("The report was released on Thursday.") == "2026-11-26"


def test_a_schedule_verb_after_a_measure_is_a_noun() -> None:
    import datetime

    from tuiread.analysis import analyze

    text = (
        "Taylor Swift played the final show of her Eras Tour at BC Place on Sunday, ending a "
        "149-date run that grossed more than $2 billion, according to Pollstar."
    )
    spans = analyze(text, published=datetime.date(2026, 12, 7))
    assert next(s.value for s in spans if s.text == "Sunday") == "2026-12-06"


def test_a_past_verb_before_a_list_sets_the_bound_after_it() -> None:
    import datetime

    from tuiread.analysis import analyze

    def sunday(text: str) -> str | None:
        spans = analyze(text, published=datetime.date(2026, 12, 7))
        return next(s.value for s in spans if s.text.startswith("Sunday"))

    past = "Warnings remained in place across England, Northern Ireland and Scotland until Sunday."
    ahead = "Warnings remain in place across England, Wales and Scotland until Sunday."
    assert sunday(past) == "2026-12-06"
    assert sunday(ahead) == "2026-12-13"


def test_a_count_before_a_schedule_verb_makes_it_a_noun() -> None:
    text = "England beat Australia by 79 runs at the Gabba on Sunday to level the series."
    at = text.index("Sunday")
    assert tense.tense_at(text, at, at + len("Sunday")) == tense.PAST
    fixture = "Arsenal, who play Brighton on Sunday, are top."
    at = fixture.index("Sunday")
    assert tense.tense_at(fixture, at, at + len("Sunday")) == tense.FUTURE


def test_a_schedule_noun_after_the_date_does_not_make_it_future() -> None:
    text = "A strike forced airlines to cancel 1,500 flights on Thursday, disrupting travel."
    at = text.index("Thursday")
    assert tense.tense_at(text, at, at + len("Thursday")) == tense.PAST
