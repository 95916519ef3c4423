"""Rule 1, pairing marks (tuiread.analysis.quotes.pairing)."""

from __future__ import annotations

from tuiread.analysis.quotes.pairing import pair_marks
from tuiread.analysis.trace import Trace


def runs(text: str, trace: Trace | None = None) -> list[str]:
    return [text[s:e] for s, e in pair_marks(text, trace)]


def test_straight_and_curly_pairs() -> None:
    text = 'He said "one" and “two” and «three» and „four“.'
    assert runs(text) == ['"one"', "“two”", "«three»", "„four“"]


def test_nested_marks_stay_inside_one_run() -> None:
    text = "“He told me “left” and ‘never’ at all,” she said."
    assert runs(text) == ["“He told me “left” and ‘never’ at all,”"]


def test_mixed_pair() -> None:
    assert runs('It had “reached a deal". Then') == ['“reached a deal"']


def test_quote_running_over_paragraphs_is_one_run() -> None:
    """Each paragraph opens with a mark; only the last one closes."""
    text = 'She told them: "First part.\n\n"Second part.\n\n"Last part," she said.\n\nAfter.'
    trace = Trace()
    assert runs(text, trace) == ['"First part.\n\n"Second part.\n\n"Last part,"']
    assert [d.rule for d in trace.decisions] == ["pairing:runs-over-paragraphs"]


def test_quote_running_on_after_a_speech_verb() -> None:
    text = 'Smith said "we will go on.\n\n"And we will win," he added.'
    assert runs(text) == ['"we will go on.\n\n"And we will win,"']


def test_unclosed_quote_recovered_at_its_paragraph_end() -> None:
    text = 'Maria Lopez said: "We will win the vote and nothing stops us\n\nThe count went on.'
    trace = Trace()
    assert runs(text, trace) == ['"We will win the vote and nothing stops us']
    assert trace.decisions[0].rule == "pairing:closed-at-paragraph-end"


def test_stray_mark_dropped_without_upsetting_the_rest() -> None:
    text = 'A stray "mark in a paragraph\n\n"We will win," Maria Lopez said.'
    trace = Trace()
    assert runs(text, trace) == ['"We will win,"']
    assert any(d.rule == "pairing:stray-mark" and d.verdict == "rejected" for d in trace.decisions)


def test_markup_attribute_values_are_not_quotes() -> None:
    text = '<tweet pic="pic.twitter.com/x" author="someone">Great news</tweet> and "a quote"'
    trace = Trace()
    assert runs(text, trace) == ['"a quote"']
    assert {d.rule for d in trace.decisions} == {"pairing:markup"}


def test_single_curly_marks_skip_apostrophes() -> None:
    text = "‘We won’t go back,’ she said. The ’90s were ‘great’."
    assert runs(text) == ["‘We won’t go back,’", "‘great’"]


def test_no_marks_no_runs() -> None:
    assert runs("Nothing quoted here, it's plain.") == []


def test_quote_running_on_after_that() -> None:
    text = (
        'Smith told reporters that "we will go on and on.\n\n'
        '"And we will win in the end," he added.'
    )
    assert runs(text) == ['"we will go on and on.\n\n"And we will win in the end,"']


def test_unclosed_quote_after_a_speech_verb_is_kept_to_its_paragraph_end() -> None:
    text = 'Smith said "we will go on and on and on\n\nThe count went on.'
    assert runs(text) == ['"we will go on and on and on']


def test_a_quote_runs_on_only_into_a_paragraph_opened_by_the_same_style_of_mark() -> None:
    """An excerpt in straight marks; the speech inside it in curly ones."""
    text = (
        'The Post reports:\n\n"Melanie thought it was outrageous.\n\n'
        "“It never crossed my mind,” she said.\n\nAfter."
    )
    assert runs(text) == [
        '"Melanie thought it was outrageous.',
        "“It never crossed my mind,”",
    ]
    text = "He said:\n\n“First part.\n\n“Last part,” he said."
    assert runs(text) == ["“First part.\n\n“Last part,”"]
