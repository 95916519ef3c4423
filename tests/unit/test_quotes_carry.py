"""Rule 5, carrying a speaker, and the spans handed back (tuiread.analysis.quotes.carry)."""

from __future__ import annotations

from tuiread.analysis.quotes import find_quotes
from tuiread.analysis.trace import Trace
from tuiread.model import Span


def traced(text: str) -> tuple[list[Span], Trace]:
    trace = Trace()
    return find_quotes(text, trace=trace), trace


def rules(trace: Trace, span: Span) -> list[str]:
    return [d.rule for d in trace.about({"quote"}, span.start, span.end)]


def test_the_quote_before_in_the_paragraph_or_the_one_before() -> None:
    text = '"We will win," Maria Lopez said. "Nobody stops us."\n\n"And we keep going."'
    (a, b, c), trace = traced(text)
    assert a.speaker == b.speaker == c.speaker == "Maria Lopez"
    assert "carry:previous-quote" in rules(trace, b) and "carry:previous-quote" in rules(trace, c)
    assert b.speaker_mention == "Maria Lopez" and b.speaker_start == a.speaker_start


def test_the_next_quote_in_the_same_paragraph() -> None:
    (a, b), trace = traced('"We won." "And we will win again," Maria Lopez said.')
    assert a.speaker == b.speaker == "Maria Lopez"
    assert "carry:next-quote" in rules(trace, a)


def test_the_sentence_before() -> None:
    (q,), trace = traced('Maria Lopez told the crowd at the rally in Lyon.\n\n"We will win."')
    assert q.speaker == "Maria Lopez"
    assert "carry:previous-sentence" in rules(trace, q)


def test_a_partial_quote_is_never_carried_to() -> None:
    """Its sentence names its speaker or no one: a passive names no one."""
    text = '"We won," Maria Lopez said. The plan was criticized as "a use it or lose it approach."'
    (a, b), trace = traced(text)
    assert a.speaker == "Maria Lopez"
    assert b.speaker is None and b.speaker_mention is None
    assert "speaker:none" in rules(trace, b)


def test_a_new_paragraph_far_away_is_not_carried_to() -> None:
    text = '"We won," Maria Lopez said.\n\nThe count went on.\n\nThe night ended.\n\n"Nothing."'
    spans, _ = traced(text)
    assert spans[-1].speaker is None


def test_mention_and_canonical_name_side_by_side() -> None:
    (q,), trace = traced('"We will act," Foreign Minister Taro Kono said on Tuesday.')
    assert q.speaker == "Taro Kono"
    assert q.speaker_mention == "Foreign Minister Taro Kono"
    assert (q.speaker_start, q.speaker_end) == (15, 41)
    assert "speaker:titles dropped" in rules(trace, q)


def test_an_appositive_is_trimmed_from_the_mention() -> None:
    (q,), _ = traced('"We won," said Kenneth Baer, a former official, on Monday.')
    assert q.speaker_mention == "Kenneth Baer"


def test_an_unresolved_pronoun_keeps_its_mention_but_no_speaker() -> None:
    (q,), trace = traced('"We won," he said.')
    assert q.speaker is None and q.speaker_mention == "he"
    (d,) = [d for d in trace.about({"quote"}, q.start, q.end) if d.rule.startswith("speaker:")]
    assert "speaker unknown" in d.detail


def test_each_mention_is_named_once_in_text_order() -> None:
    """A pronoun points back to the person named last, whoever spoke in between."""
    text = (
        '"We won," Maria Lopez said.\n\n"We lost," John Smith said.\n\n'
        'John Smith left early. "It is over," he said.'
    )
    spans, _ = traced(text)
    assert [s.speaker for s in spans] == ["Maria Lopez", "John Smith", "John Smith"]


def test_a_person_named_in_the_quotes_paragraph_beats_the_last_paragraphs_speaker() -> None:
    text = (
        '"We need to step away from that," Pence said on CNN.\n\n'
        'On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries, identified '
        'young voters\' exhaustion as a reason. "The younger people are sick and tired of it."'
    )
    quotes = find_quotes(text)
    assert [q.speaker_mention for q in quotes] == ["Pence", "Sen. Bernie Sanders"]
    # a quote opening its paragraph still goes on with the last speaker
    text = '"We need to step away," Pence said.\n\n"And we will," he added later.\n\n"Soon."'
    assert find_quotes(text)[-1].speaker == "Pence"
