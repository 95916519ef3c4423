"""Rule 2, speech or not (tuiread.analysis.quotes.classify)."""

from __future__ import annotations

import pytest

from tuiread.analysis.quotes.classify import classify
from tuiread.analysis.quotes.pairing import pair_marks
from tuiread.analysis.quotes.text import QuotedRuns
from tuiread.analysis.trace import Trace


def verdicts(text: str, *, partial: bool = True) -> list[tuple[str, str]]:
    """(quoted run, rule) for every run: the rule that kept it or the one that left it out."""
    trace = Trace()
    classify(text, QuotedRuns(pair_marks(text)), partial=partial, trace=trace)
    return [
        (d.text, d.rule)
        for d in trace.decisions
        if d.rule.startswith("classify:") and d.text[:1] in "\"“‘'"
    ]


def rule(text: str, quoted: str) -> str:
    found = [r for t, r in verdicts(text) if t == quoted]
    assert len(found) == 1, verdicts(text)
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win the vote," Maria Lopez said.',
        'Maria Lopez said: "We will win."',
        'Maria Lopez said, "We will win."',
        '"No." That was all.',
    ],
)
def test_a_run_that_stands_alone_is_speech(text: str) -> None:
    quoted = text[text.index('"') : text.index('"', text.index('"') + 1) + 1]
    assert rule(text, quoted) == "classify:stands-alone"


def test_a_short_run_standing_alone_with_no_verb_is_a_scare_quote() -> None:
    text = 'The plan, "reset button," failed.'
    assert rule(text, '"reset button,"') == "classify:scare-quote"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'Maria Lopez said the party would "win the vote by a wide margin".',
            '"win the vote by a wide margin"',
        ),
        ('Cruz called Trump a "pathological liar" on Friday.', '"pathological liar"'),
        (
            'She described the tweets as "lies and conspiracy theories."',
            '"lies and conspiracy theories."',
        ),
        ('The plan will "fail within weeks," according to Maria Lopez.', '"fail within weeks,"'),
        ('A cashier who "steals" is punished, Warren said.', '"steals"'),
        ('Smith told the crowd to "go home and vote" and then to "stay".', '"stay"'),
    ],
)
def test_quoted_words_in_reported_speech_are_partial_quotes(text: str, quoted: str) -> None:
    assert rule(text, quoted) == "classify:in-reported-speech"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('The so-called "road map" was dropped, officials said.', '"road map"'),
        ('A film titled "Arrogant" was shown, he said.', '"Arrogant"'),
        ('The bill, known as the "Justice Act," passed, he said.', '"Justice Act,"'),
        (
            'She refused to use the words "basket of deplorables," he said.',
            '"basket of deplorables,"',
        ),
        ('Trump gave him the nickname "Lyin\' Ted," aides said.', '"Lyin\' Ted,"'),
    ],
)
def test_labels_and_names_are_not_speech(text: str, quoted: str) -> None:
    assert rule(text, quoted) == "classify:label"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'In an interview on CBS\'s "Face the Nation," Smith said he would run.',
            '"Face the Nation,"',
        ),
        ('The film "Gone With the Wind" was shown.', '"Gone With the Wind"'),
        ('Secretary Baker, speaking on ABC News\' "This Week," said so.', '"This Week,"'),
    ],
)
def test_titles_are_not_speech(text: str, quoted: str) -> None:
    assert rule(text, quoted) == "classify:title"


def test_a_run_in_a_sentence_that_reports_no_speech_is_a_scare_quote() -> None:
    text = 'The "reset" of relations failed in the end.'
    assert rule(text, '"reset"') == "classify:scare-quote"


def test_transcript_turns_and_empty_runs_are_not_prose() -> None:
    text = 'Transcript:\n\n"WALLACE: Let us start with the news.\n\nThe marks "" were empty.'
    assert {r for _, r in verdicts(text)} == {"classify:not-prose"}


def test_partial_off_leaves_partials_out_with_a_reason() -> None:
    text = 'Maria Lopez said the party would "win the vote".'
    assert verdicts(text, partial=False) == [('"win the vote"', "classify:partial-off")]


def test_a_quoted_speaker_is_never_a_speaker() -> None:
    """Words read as a subject that lie in another quoted run are dropped, with a reason."""
    text = 'The "Smith and Jones" said "we won."'
    trace = Trace()
    (quote,) = classify(text, QuotedRuns(pair_marks(text)), partial=True, trace=trace)
    assert quote.mention is None
    assert any(d.rule == "speaker:not-a-name" for d in trace.decisions)


def test_a_title_case_run_that_is_the_subject_of_a_verb_is_a_title() -> None:
    text = 'LOS ANGELES — "Taylor Swift: The Eras Tour" took $96m, according to AMC.'
    assert rule(text, '"Taylor Swift: The Eras Tour"') == "classify:title"
    text = '"Stop The Steal" he shouted. "Don\'t you do it," until the end.'
    assert rule(text, '"Stop The Steal"') == "classify:stands-alone"
    assert rule(text, '"Don\'t you do it,"') == "classify:stands-alone"


def test_a_title_case_run_after_a_noun_for_a_work_is_its_name() -> None:
    text = 'The studio said sales rose, helped by the hit series "Blue Harbour" and lower prices.'
    assert rule(text, '"Blue Harbour"') == "classify:title"
