"""Quotations and their speakers end to end (tuiread.analysis.quotes.find_quotes).

The rules one by one are tested in test_quotes_pairing, test_quotes_classify,
test_quotes_attribution, test_quotes_speakers and test_quotes_carry; bad and pathological
input in test_quotes_robustness.
"""

from __future__ import annotations

import pathlib

import pytest

from tuiread.analysis import analyze
from tuiread.analysis.quotes import find_quotes
from tuiread.model import Span

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"


def check_spans(text: str, spans: list[Span]) -> None:
    for s in spans:
        assert s.kind == "quote" and s.label == "QUOTE"
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        if s.speaker is not None:
            assert s.speaker_start is not None and s.speaker_end is not None
        if s.speaker_start is not None or s.speaker_end is not None:
            assert s.speaker_start is not None and s.speaker_end is not None
            assert 0 <= s.speaker_start < s.speaker_end <= len(text)
            assert s.speaker_mention == " ".join(text[s.speaker_start : s.speaker_end].split())
        else:
            assert s.speaker_mention is None
    starts = [s.start for s in spans]
    assert starts == sorted(starts)


def quotes(text: str, entities: list[Span] | tuple[Span, ...] = ()) -> list[Span]:
    spans = find_quotes(text, entities)
    check_spans(text, spans)
    return spans


def only(text: str, entities: list[Span] | tuple[Span, ...] = ()) -> Span:
    spans = quotes(text, entities)
    assert len(spans) == 1, spans
    return spans[0]


# --------------------------------------------------------------------------- the seeds


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "*.txt")
    return path.read_text(encoding="utf-8")


def seed_quotes(prefix: str) -> list[tuple[str, str | None, str | None]]:
    """(first words, speaker, mention) of every quote ``analyze`` finds in a seed."""
    text = seed(prefix)
    spans = [s for s in analyze(text) if s.kind == "quote"]
    check_spans(text, spans)
    return [(s.text[1:-1][:29].replace("\xa0", " "), s.speaker, s.speaker_mention) for s in spans]


def test_sputnik_seed_every_quote_and_speaker() -> None:
    """Judged by hand: the two statements, Kang's partial quote and the JCS official's."""
    assert seed_quotes("000") == [
        ("The parties have reached cons", "Japanese Foreign Ministry", "the statement"),
        (
            "Minister Kono stressed the ne",
            "Japanese Foreign Ministry",
            "the statement",
        ),
        ("continue to put pressure on N", "Kang Kyung-wha", "Minister Kang"),
        (
            "accurately hit",
            "Joint Chiefs of Staff (JCS) official",
            "a Joint Chiefs of Staff (JCS) official",
        ),
    ]


def test_anadolu_seed_every_quote_and_speaker() -> None:
    """Judged by hand: Sugiyama's partial quotes, Blinken's, Suga's; "he" resolved."""
    assert seed_quotes("002") == [
        ("reaffirmed the need to height", "Shinsuke Sugiyama", "Sugiyama"),
        ("There may be coordination bet", "Shinsuke Sugiyama", "he"),
        ("discussed practical measures ", "Antony Blinken", "Blinken"),
        ("We will not accept North Kore", "Antony Blinken", "he"),
        ("sincerely respond", "Shinsuke Sugiyama", "Sugiyama"),
        ("In terms of Japan-South Korea", "Yoshihide Suga", "Suga"),
    ]


def test_seed_quotes_keep_their_insertions() -> None:
    text = seed("000")
    first = quotes(text)[0]
    assert "[missile]" in first.text and "[on Pyongyang]" in first.text


# --------------------------------------------------------------------------- constructions


@pytest.mark.parametrize(
    ("text", "who", "name"),
    [
        ('"We will win the vote," Maria Lopez said on Monday.', "Maria Lopez", "Maria Lopez"),
        ('"We will win the vote," said Maria Lopez, the party leader.', "Maria Lopez", None),
        ('"We will win the vote," Maria Lopez says.', "Maria Lopez", None),
        ('Maria Lopez told reporters: "We will win the vote."', "Maria Lopez", None),
        ('Maria Lopez said, "We will win the vote."', "Maria Lopez", None),
        (
            "The vote will be won, according to Maria Lopez, who leads the party. "
            'Lopez had said the party would "win the vote by a wide margin."',
            "Lopez",
            "Maria Lopez",
        ),
        ('Maria Lopez arrived. "We will win," she was quoted as saying.', "she", "Maria Lopez"),
        ('"We will win the vote," Maria Lopez added.', "Maria Lopez", None),
        ('"We will win the vote," Maria Lopez insisted.', "Maria Lopez", None),
        ('"We will win the vote," the spokesman noted.', "the spokesman", "spokesman"),
        (
            '"We will win the vote," Rep. Maria Lopez (D-Calif.) said.',
            "Rep. Maria Lopez (D-Calif.)",
            "Maria Lopez",
        ),
        (
            '"We will win the vote," Maria Lopez, the leader of the party, told reporters.',
            "Maria Lopez",
            None,
        ),
        (
            'The party leader spoke after the count, adding "we will win the vote next time."',
            "The party leader",
            "party leader",
        ),
        ('"We will win the vote." ― Maria Lopez', "Maria Lopez", None),
        ('"Why not?" Maria Lopez asked the crowd.', "Maria Lopez", None),
        ('Says Maria Lopez, the party leader: "We will win."', "Maria Lopez", None),
    ],
)
def test_attributions(text: str, who: str, name: str | None) -> None:
    q = quotes(text)[-1]
    assert q.speaker_mention == who
    assert q.speaker == (name or who)


def test_interrupted_quote_two_spans_same_speaker() -> None:
    text = '"The vote is close," Maria Lopez said, "but we will win it."'
    a, b = quotes(text)
    assert a.text == '"The vote is close,"' and b.text == '"but we will win it."'
    assert a.speaker == b.speaker == "Maria Lopez"
    assert (a.speaker_start, a.speaker_end) == (b.speaker_start, b.speaker_end)


def test_following_sentence_and_pronoun() -> None:
    text = (
        'Maria Lopez, the party leader, spoke in Lyon. "We will win the vote," she said. '
        '"Nobody can stop us now."\n\n"And we will keep going."'
    )
    a, b, c = quotes(text)
    assert a.speaker_mention == "she" and a.speaker == "Maria Lopez"
    assert b.speaker == c.speaker == "Maria Lopez"


def test_quote_running_over_paragraphs_keeps_one_speaker() -> None:
    """An opening mark at each paragraph, a closing one only at the end: one quote."""
    text = (
        'Maria Lopez told the crowd: "The first part of what I said goes on here.\n\n'
        '"The second paragraph carries on.\n\n'
        '"And the third ends the speech."\n\n'
        "Something else happened."
    )
    q = only(text)
    assert q.text.startswith('"The first') and q.text.endswith('speech."')
    assert q.speaker == "Maria Lopez"


def test_nested_quotes() -> None:
    text = "“He told me ‘never again’ and then “left” the room,” Maria Lopez said."
    q = only(text)
    assert q.text == "“He told me ‘never again’ and then “left” the room,”"
    assert q.speaker == "Maria Lopez"


def test_single_curly_marks() -> None:
    text = (
        "Maria Lopez spoke in Lyon. ‘We won’t go back,’ she said. ‘Never.’ The ’90s were ‘great’."
    )
    a, b = quotes(text)
    assert a.text == "‘We won’t go back,’" and b.text == "‘Never.’"
    assert a.speaker == b.speaker == "Maria Lopez"


def test_mixed_marks() -> None:
    text = 'Maria Lopez said the party had “reached a deal on the budget at last". Then she left.'
    q = only(text)
    assert q.text == '“reached a deal on the budget at last"'
    assert q.speaker == "Maria Lopez"


def test_partial_quotes_inside_reported_speech() -> None:
    """Quoted words inside a sentence that reports speech are the speaker's, however long
    and however far from the verb (the PolNeAR convention in ../shared/eval/README.md)."""
    text = (
        'Maria Lopez said the authorities would "continue to put pressure on the regime and '
        'cooperate closely with their allies in the region and beyond."\n\n'
        "John Smith said the tax breaks used by the richest families in the country "
        '"do nothing for the economy."\n\n'
        'Critics called the plan a "disaster" and a "very bad idea for everyone involved."'
    )
    spans = quotes(text)
    assert [s.text[1:-1][:11] for s in spans] == [
        "continue to",
        "do nothing ",
        "disaster",
        "very bad id",
    ]
    assert [s.speaker for s in spans] == ["Maria Lopez", "John Smith", "Critics", "Critics"]


def test_scare_quotes_and_titles_are_not_speech() -> None:
    text = (
        'The "reset" of relations failed. The film "Gone With the Wind" was shown. '
        'On this weekend\'s broadcast of "Fox News Sunday," Maria Lopez said the party was ready. '
        'The so-called "road map" was dropped. Maria Lopez said it was "a reset".'
    )
    assert [s.text for s in quotes(text)] == ['"a reset"']


def test_partial_false_leaves_partials_out_but_their_speaker_still_counts() -> None:
    text = (
        'Maria Lopez said the authorities would "continue to put pressure on the regime."\n\n'
        '"We are ready," she said.'
    )
    spans = find_quotes(text, partial=False)
    assert [s.text for s in spans] == ['"We are ready,"']
    assert spans[0].speaker == "Maria Lopez"


def test_entities_give_the_canonical_name() -> None:
    text = (
        "Taro Kono arrived in Seoul.\n\n"
        'Minister Kono said Japan would "keep the pressure on North Korea for as long as needed."'
    )
    at = text.index("Kono", 10)
    ents = [
        Span("entity", "PERSON", 0, 9, "Taro Kono", value="Taro Kono"),
        Span("entity", "PERSON", at, at + 4, "Kono", value="Taro Kono"),
    ]
    q = only(text, ents)
    assert q.speaker == "Taro Kono" and q.speaker_mention == "Minister Kono"
    assert only(text).speaker == "Taro Kono"  # and without entity spans, from the text


def test_analyze_carries_quotes_with_mentions() -> None:
    text = 'Foreign Minister Taro Kono said "we will act" on Tuesday.'
    (q,) = [s for s in analyze(text) if s.kind == "quote"]
    assert q.speaker == "Taro Kono" and q.speaker_mention == "Foreign Minister Taro Kono"


def test_multi_paragraph_quote_after_that_keeps_one_speaker() -> None:
    text = (
        'Maria Lopez told reporters that "the first part goes on here.\n\n'
        '"The second paragraph carries on, and it ends here."\n\n'
        '"A new quote," John Smith said.'
    )
    first, second = quotes(text)
    assert "\n\n" in first.text and first.speaker == "Maria Lopez"
    assert second.speaker == "John Smith"
