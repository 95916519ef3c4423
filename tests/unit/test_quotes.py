"""Direct quotations and their speakers (tuiread.analysis.quotes)."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis.quotes import find_quotes
from tuiread.model import Span

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"


def check_spans(text: str, spans: list[Span]) -> None:
    for s in spans:
        assert s.kind == "quote" and s.label == "QUOTE"
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        if s.speaker_start is not None or s.speaker_end is not None:
            assert s.speaker_start is not None and s.speaker_end is not None
            assert 0 <= s.speaker_start < s.speaker_end <= len(text)
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


def mention(text: str, span: Span) -> str:
    assert span.speaker_start is not None and span.speaker_end is not None
    return text[span.speaker_start : span.speaker_end]


# --------------------------------------------------------------------------- the seeds


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(prefix + "*.txt")
    return path.read_text(encoding="utf-8")


def by_start(spans: list[Span], words: str) -> Span:
    hits = [s for s in spans if words in s.text[:60]]
    assert hits, f"no quote starting with {words!r}: {[s.text[:40] for s in spans]}"
    return hits[0]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("The parties have reached consensus", "Japanese Foreign Ministry"),
        ("Minister Kono stressed", "Japanese Foreign Ministry"),
        ("accurately hit", "Joint Chiefs of Staff"),
    ],
)
def test_sputnik_seed(words: str, speaker: str) -> None:
    text = seed("000")
    q = by_start(quotes(text), words)
    assert q.speaker is not None and speaker in q.speaker
    assert q.text[0] in '"“' and q.text[-1] in '"”'


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("There may be coordination", "Shinsuke Sugiyama"),
        ("discussed practical measures", "Antony Blinken"),
        ("We will not accept", "Antony Blinken"),
        ("sincerely respond", "Shinsuke Sugiyama"),
        ("In terms of Japan-South Korea", "Yoshihide Suga"),
    ],
)
def test_anadolu_seed(words: str, speaker: str) -> None:
    text = seed("002")
    q = by_start(quotes(text), words)
    assert q.speaker == speaker


def test_seed_details() -> None:
    text = seed("000")
    spans = quotes(text)
    first = by_start(spans, "The parties")
    assert "[missile]" in first.text and "[on Pyongyang]" in first.text  # insertions kept
    assert mention(text, first) == "the statement"
    assert len(spans) == 3  # no scare quotes, nothing from the furniture
    text = seed("002")
    spans = quotes(text)
    assert len(spans) == 5
    assert mention(text, by_start(spans, "There may be")) == "he"  # the pronoun, resolved


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
        ('"We will win the vote," the spokesman noted.', "the spokesman", None),
        (
            '"We will win the vote," Rep. Maria Lopez (D-Calif.) said.',
            "Rep. Maria Lopez",
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
            None,
        ),
        ('"We will win the vote." ― Maria Lopez', "Maria Lopez", None),
    ],
)
def test_attributions(text: str, who: str, name: str | None) -> None:
    q = quotes(text)[-1]
    assert who in mention(text, q) or mention(text, q) in who
    assert q.speaker == (name or who.removeprefix("the ").removeprefix("The "))


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
    assert mention(text, a) == "she" and a.speaker == "Maria Lopez"
    assert b.speaker == c.speaker == "Maria Lopez"


def test_pronoun_resolves_to_last_named_person() -> None:
    text = (
        "Foreign Minister Taro Kono met reporters on Friday.\n\n"
        '"There may be coordination between the two countries," he said.'
    )
    q = only(text)
    assert mention(text, q) == "he" and q.speaker == "Taro Kono"


def test_title_resolved_through_entities() -> None:
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
    assert q.speaker == "Taro Kono" and mention(text, q) == "Minister Kono"
    # and without entity spans, from the text itself
    assert only(text).speaker == "Taro Kono"


def test_institution_behind_a_statement() -> None:
    text = (
        "The two countries agreed to cooperate, the Japanese Foreign Ministry said in a "
        "statement on Friday.\n\n"
        '"The parties have reached consensus on the need for strong measures," the statement said.'
    )
    q = only(text)
    assert mention(text, q) == "the statement"
    assert q.speaker == "Japanese Foreign Ministry"


def test_multi_paragraph_quote() -> None:
    text = (
        '"The first part of what I said goes on here,\n\n'
        '"and the second paragraph ends the quotation," Maria Lopez said.\n\n'
        "Something else happened."
    )
    q = only(text)
    assert q.text.startswith('"The first') and q.text.endswith('quotation,"')
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


def test_scare_quotes_and_titles_left_out() -> None:
    text = (
        'Officials called it a "reset" of relations. The film "Gone With the Wind" was shown. '
        'Critics called the plan a "very bad idea for everyone involved". '
        'Maria Lopez said it was "a reset".'
    )
    spans = quotes(text)
    assert [s.text for s in spans] == ['"a reset"']


def test_partial_quotes_need_reported_speech() -> None:
    text = (
        'Maria Lopez said the party would "win the vote by a wide margin" next year. '
        'The count, she said, would "surely end" soon. '
        'Critics say the "road map" is a "very bad plan for everyone". '
        'John Smith told reporters the plan was "disgusting." John Smith said it was "a sham."'
    )
    spans = quotes(text)
    assert [s.text for s in spans] == [
        '"win the vote by a wide margin"',
        '"surely end"',
        '"a sham."',
    ]
    assert [s.speaker for s in spans] == ["Maria Lopez", "Maria Lopez", "John Smith"]


def test_partial_quote_far_from_its_verb_left_out() -> None:
    near = 'Maria Lopez said the plan would "do nothing for the economy."'
    assert only(near).speaker == "Maria Lopez"
    near = 'Maria Lopez said on Friday that they had "done nothing."'
    assert only(near).speaker == "Maria Lopez"
    near = 'According to Maria Lopez, the plan will "fail within weeks."'
    assert only(near).speaker == "Maria Lopez"
    far = (
        "Maria Lopez said the tax breaks used by the richest families in the country "
        '"do nothing for the economy."'
    )
    assert quotes(far) == []
    assert quotes('Maria Lopez said the South Korean authorities had "done nothing."') == []


def test_long_quoted_run_in_reported_speech_left_out_but_names_the_speaker() -> None:
    """A quoted run of more than a dozen words continuing a clause of reported speech is
    indirect speech (the news-attribution convention); the next "he said" still points to
    its speaker."""
    text = (
        'Maria Lopez said the authorities would "continue to put pressure on the regime and '
        'cooperate closely with their allies in the region and beyond."\n\n'
        '"We are ready," she said.'
    )
    (ready,) = quotes(text)
    assert ready.text == '"We are ready,"'
    assert ready.speaker == "Maria Lopez"
    short = text.replace(" and cooperate closely with their allies in the region and beyond", "")
    assert [q.text for q in quotes(short)][0].startswith('"continue to put pressure')


def test_seed_reported_speech_is_not_a_quote() -> None:
    assert not any(q.text.lstrip('"“').startswith("continue to") for q in quotes(seed("000")))
    assert not any(q.text.lstrip('"“').startswith("reaffirmed") for q in quotes(seed("002")))


def test_titles_and_nicknames_left_out() -> None:
    text = (
        'On this weekend\'s broadcast of "Fox News Sunday," Maria Lopez said the party was ready. '
        'In an interview on CBS\'s "Face the Nation," John Smith said he would run. '
        'Her cousin, Dwayne "The Rock" Johnson, shouted to the crowd. '
        'Asked whether he would run, John Smith said "No." '
        'Maria Lopez refused to use the words "basket of deplorables" on Friday.'
    )
    assert [s.text for s in quotes(text)] == ['"No."']


def test_markup_attributes_left_out() -> None:
    text = '<tweet author="someone" id="12345">Great news</tweet>'
    assert quotes(text) == []
    text = '<tweet pic="pic.twitter.com/" author="someone" id="12345">Great news</tweet>'
    assert quotes(text) == []


def test_transcript_turns_left_out() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Let us start with the news of the day, shall we?\n\n'
        '"PENCE: Well, look, we are glad to be here today.\n\n'
        '"Follow us on the web."'
    )
    assert all("WALLACE" not in s.text and "PENCE" not in s.text for s in quotes(text))


# --------------------------------------------------------------------------- bad input


def test_unbalanced_marks_recover_at_paragraph() -> None:
    text = (
        'The minister said "this has no end at all and it goes on\n\n'
        'Another "paragraph with stray marks.\n\n'
        '"We will win the vote," Maria Lopez said.'
    )
    spans = quotes(text)
    assert spans[-1].text == '"We will win the vote,"'
    assert spans[-1].speaker == "Maria Lopez"


def test_missing_closing_mark_keeps_the_rest() -> None:
    text = (
        'Maria Lopez said: "We will win the vote and nothing will stop us now\n\n'
        "The count went on all night.\n\n"
        '"The count ends tomorrow," John Smith said.'
    )
    first, last = quotes(text)
    assert first.text == '"We will win the vote and nothing will stop us now'
    assert first.speaker == "Maria Lopez"
    assert last.text == '"The count ends tomorrow,"' and last.speaker == "John Smith"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        '"',
        '""',
        "“”",
        '" "',
        '"\'"\'"',
        "no marks at all",
        '"' * 5000,
        ('"a" ' * 3000) + '"',
        "“東京で会談した」と述べた。「これは重要だ」と語った。”" * 50,
        'قال الوزير "سنفوز في التصويت" يوم الاثنين' * 20,
        '"🎉🎉 we won 🎉," said 👩‍💻 Maria.',
        '"\x00\x01\x1b[31m red \x07," said\x0b Maria\x0c Lopez.\r\n"\u2028next\u2029"',
        '\n\n\n"\n\n"\n\n',
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    quotes(text)


def test_large_text() -> None:
    one = seed("002") + "\n\n" + seed("000")
    text = (one + "\n\n") * 60 + '"unclosed ' * 2000
    spans = quotes(text)
    assert len(spans) >= 60 * 8


quote_text = st.text(
    alphabet=st.sampled_from(
        list("\"“”„«»‘’' \n,.:;-—ab AB HeShe said says told")
        + ["\u00a0", "\u2028", "東", "ب", "🎉", "\x00", "\x1b"]
    ),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(quote_text)
def test_span_invariants_on_generated_text(text: str) -> None:
    quotes(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"We will win," ',
                "she said",
                "said Maria Lopez",
                ". ",
                '"',
                "“",
                "”",
                "\n\n",
                "Maria Lopez told reporters ",
                "according to the statement",
                "the statement said ",
                '"a reset" ',
                "he ",
            ]
        ),
        max_size=40,
    )
)
def test_span_invariants_on_generated_prose(parts: list[str]) -> None:
    quotes("".join(parts))
