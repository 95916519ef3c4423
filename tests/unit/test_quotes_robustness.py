"""Quotes on bad, odd and pathological input: never an exception, always valid spans, and
time that grows with the text, not its square."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis import analyze
from tuiread.analysis.quotes import find_quotes
from tuiread.analysis.quotes.pairing import pair_marks
from tuiread.analysis.trace import Trace
from tuiread.model import Span


def check(text: str, spans: list[Span]) -> None:
    """Spans inside the text, in order; a mention inside the text and never in quoted words
    (a nickname inside a name aside); a speaker only with a mention."""
    pairs = pair_marks(text)
    last = -1
    for s in spans:
        assert s.kind == "quote" and 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text and s.start > last
        last = s.start
        if s.speaker is not None:
            assert s.speaker and s.speaker_mention
        if s.speaker_start is None:
            assert s.speaker_end is None and s.speaker_mention is None and s.speaker is None
            continue
        assert s.speaker_end is not None
        assert 0 <= s.speaker_start < s.speaker_end <= len(text)
        for ps, pe in pairs:
            inside = s.speaker_start < ps and pe < s.speaker_end
            assert inside or pe <= s.speaker_start or ps >= s.speaker_end, (s, (ps, pe))


def run(text: str, entities: list[Span] | tuple[Span, ...] = (), **kw: bool) -> list[Span]:
    spans = find_quotes(text, entities, trace=Trace(), **kw)
    check(text, spans)
    assert find_quotes(text, entities, **kw) == spans  # the trace changes nothing
    return spans


ODD = [
    '"Yes." Smith told',
    '"Yes." Smith told ',
    '"Yes," Smith told',
    'He said "Yes." Smith told',
    "“Yes.” said",
    '"Yes." ―',
    '"Yes," according to',
    '"Yes," said',
    'according to "and“ \n',
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
    '"🎉🎉 we won 🎉," said 👩\u200d💻 Maria.',
    '"\x00\x01\x1b[31m red \x07," said\x0b Maria\x0c Lopez.\r\n"\u2028next\u2029"',
    '\n\n\n"\n\n"\n\n',
    'Smith, "a," "b," "c," "d," said: "e"',
    "‘" * 3000 + "’" * 3000,
    "(D-Mo.) said, “" * 200,
    '<a title="x">said "y"</a>' * 100,
]


@pytest.mark.parametrize("text", ODD, ids=[f"{i}:{t[:16]!r}:{len(t)}" for i, t in enumerate(ODD)])
def test_odd_input_never_raises(text: str) -> None:
    run(text)
    run(text, partial=False)
    analyze(text)


def test_a_text_ending_right_after_an_attribution() -> None:
    """The traceback that started issue 10: a quote closed by a full stop, a capitalised
    name and a verb, then the end of the text."""
    (q,) = run('"Yes." Smith told')
    assert q.text == '"Yes."' and q.speaker is None


# Building blocks of quoted prose: marks, attributions, names, pronouns, breaks, markup.
PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "—",
    "?",
    "(D-Mo.)",
    "Maria Lopez",
    "Smith",
    "Sen.",
    "Corp.",
    "said",
    "says",
    "told",
    "called",
    "so-called",
    "described as",
    "was",
    "according to",
    "adding",
    "to",
    "and",
    "he",
    "She",
    "It’s",
    "I",
    "the statement",
    "the",
    "We will win",
    "Yes",
    'author="',
    "WALLACE:",
    "63 percent",
    "\x00",
    "\u2028",
    "\u00a0",
    "東",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.booleans())
def test_generated_prose(pieces: list[str], partial: bool) -> None:
    text = " ".join(pieces)
    entities: list[Span] = []
    if "Smith" in text:
        at = text.index("Smith")
        entities.append(Span("entity", "PERSON", at, at + 5, "Smith", value="John Smith"))
    run(text, entities, partial=partial)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"“”„«»‘’' \n,.:;-—ab AB")), max_size=300))
def test_generated_marks(text: str) -> None:
    run(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_any_unicode(text: str) -> None:
    run(text)


# Each of these is 100,000 characters or more; a rule that rescans the text for every mark,
# word or quote would take minutes on them instead of milliseconds.
PATHOLOGICAL = {
    "straight marks": '"' * 100_000,
    "curly openers": "“" * 100_000,
    "single openers": "‘a " * 40_000,
    "tiny quotes": '"a" ' * 25_000,
    "quotes with speakers": '"We won," he said. ' * 6_000,
    "capitals": "Aa " * 40_000 + '"x"',
    "one long unclosed quote": 'He said: "' + "word " * 25_000,
    "no spaces": "x" * 50_000 + '"a," said ' + "y" * 50_000,
    "no line breaks, many partials": 'Smith said it was "a" and "b" and ' * 3_000,
    "paragraph then many quotes": "z" * 50_000 + '\n"q," she said. ' * 5_000,
    "full stops": ". " * 50_000 + '"a," he said.',
    "abbreviations": "Corp. " * 20_000 + '"a," he said.',
    "relative pronouns": 'Smith, who said "a" and which reported "b" ' * 3_000,
    "possessive claims": "Smith's claim that it was “a” and his promise to “b” " * 2_000,
    "headings": "Xa Yb Says Zc: “We Won.”\n" * 5_000,
    "distinct names, then she": "".join(f"Ab{i} Cd{i} spoke. " for i in range(6_000))
    + '"a," she said.' * 2_000,
    "sentence openers": "Conversely, On May 5 Smith, who, when she, and said “a” " * 2_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_in_linear_time(name: str) -> None:
    """A generous limit: linear work here takes well under a second even on a busy
    machine; anything quadratic takes minutes."""
    text = PATHOLOGICAL[name]
    started = time.process_time()
    find_quotes(text)
    assert time.process_time() - started < 10
