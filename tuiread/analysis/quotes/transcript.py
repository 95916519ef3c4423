"""The turns of a printed interview or transcript: speech with no quotation marks.

An interview set as questions and answers ("Q: Why did you stand down?" then "A: I felt
the party needed a fresh start.") or a transcript whose lines open with their speaker and a
colon ("SMITH: We never expected this." then "JONES: Nor did we.") quotes each turn whole:
the words after the label, to the end of the paragraph, are the speaker's.

A line that opens with a word and a colon is often no turn ("Correction: ...", "Source:
NATO", a headline "Poll: Clinton ahead", a fact box "Capital: Oslo" then "Currency:
krone", "Injured: 74"). So turns count only as a dialogue: a block of labelled paragraphs
that holds a question and a reply, or two speakers with one of them speaking again after
the other, most of whose turns hold a sentence.
An unlabelled paragraph between two turns of a dialogue goes on with the turn before it
(an answer of several paragraphs).

Who speaks: a named label is read as any speaker's mention (its full name from the entity
spans); an answer is the person interviewed (the one the text names most often outside
quotation marks); a question is the interviewer's, whom the text seldom names: no speaker.
Questions and answers with no one interviewed are an explainer's, the writer's own: no quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from .backrefs import interviewee, labelled_turn
from .records import FAMILY
from .speakers import Resolver

# a paragraph that opens with a label and a colon: "Q:", "A:", "Smith:", "SEN. HOLLOWAY:",
# "Mr Jones:" (a label of at most four capitalised words, no clause)
_LABEL = compiled.compile(
    r"[ \t]*(?P<label>[A-Z][A-Za-z'’.-]{0,24}(?: [A-Z][A-Za-z'’.-]{0,24}){0,3})"
)
_LABEL_REACH = 100  # characters at most from a line's start to its label's colon
# the labels of the one who asks: the interviewer, whom the text seldom names
_QUESTIONS = frozenset(
    w
    for word in ("Q", "Question", "Interviewer", "Presenter", "Host", "Moderator", "Anchor")
    for w in (word, word.upper())
)
_ANSWERS = frozenset(("A", "Answer", "ANSWER"))
# labels of a line that no one speaks: notes, sources, credits, headings, fact boxes
_NOT_SPEAKERS = frozenset(
    """correction corrections clarification source sources update updated note notes editor
    photo photograph picture image video watch read listen related poll credit caption
    warning disclaimer contact email tel phone address website twitter follow tags topics
    summary background analysis comment opinion breaking live exclusive pictured timeline
    factbox where when what who why how date time venue tickets price cost population
    capital currency language born died age education monday tuesday wednesday thursday
    friday saturday sunday""".split()  # noqa: SIM905
)
# the roles a transcript names its speakers by
_ROLES = frozenset(
    """presenter host anchor moderator chair chairman interviewer judge prosecutor counsel
    lawyer defence defense witness guest caller reporter audience narrator
    dispatcher operator pilot controller officer""".split()  # noqa: SIM905
)
_CONTINUED = 3  # unlabelled paragraphs at most that go on with a turn


def _turns(text: str, entities: Sequence[Span]) -> list[tuple[int, int, int, int]]:
    """(label start, label end, words start, words end) of each labelled paragraph whose
    label may name a speaker."""
    kinds: dict[int, str] | None = None
    out = []
    colon = text.find(": ")
    while colon >= 0:
        line = text.rfind("\n", max(0, colon - _LABEL_REACH), colon) + 1
        m = _LABEL.fullmatch(text, line, colon) if line or colon < _LABEL_REACH else None
        if m is not None:
            ls, le = m.span("label")
            if kinds is None:
                kinds = {e.start: e.label for e in entities if e.kind == "entity"}
            if _speaker_label(m.group("label"), kinds.get(ls)):
                ws = colon + 1
                while ws < len(text) and text[ws] in " \t":
                    ws += 1
                end = text.find("\n", ws)
                end = len(text) if end < 0 else end
                while end > ws and text[end - 1].isspace():
                    end -= 1
                if end > ws:
                    out.append((ls, le, ws, end))
        colon = text.find(": ", colon + 2)
    return out


def _speaker_label(label: str, entity: str | None) -> bool:
    """Whether a paragraph's label may name who speaks: a question or an answer, a role
    ("Presenter"), a person the entity spans name ("Lowe"), a name in capitals as
    transcripts print them ("SEN. HOLLOWAY") or a name of several words the entity spans
    give no other kind ("Laura Kuenssberg"); not a note, a place, a team or a heading
    ("Correction", "Ukraine", "Goal", "KENYA"). (A dialogue's turns must still alternate
    and hold sentences.)"""
    if label in _QUESTIONS or label in _ANSWERS:
        return True
    first = label.split(" ", 1)[0].lower().rstrip(".")
    if first in _NOT_SPEAKERS:
        return False
    if label.lower() in _ROLES or entity == "PERSON":
        return True
    if entity is not None:
        return False
    # a name in capitals, or a full name the entity spans missed at a line's start
    return " " in label or label.replace(".", "").isupper()


def _is_dialogue(labels: list[str]) -> bool:
    """A question and a reply (an answer, or a named speaker's turn), or a speaker who
    speaks again after another has."""
    if any(x in _QUESTIONS for x in labels) and any(x not in _QUESTIONS for x in labels):
        return True
    seen: dict[str, int] = {}
    for i, label in enumerate(labels):
        if label in seen and any(other != label for other in labels[seen[label] + 1 : i]):
            return True
        seen.setdefault(label, i)
    return False


def _spoken(text: str, turns: list[tuple[int, int, int, int]], block: list[int]) -> bool:
    """Most turns of the block hold a sentence (three words or more with letters), as
    speech does; a table's rows hold a figure or a word ("Injured: 74")."""
    said = 0
    for i in block:
        words = text[turns[i][2] : turns[i][3]].split()
        said += sum(1 for w in words if any(c.isalpha() for c in w)) >= 3
    return 2 * said >= len(block)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the non-blank paragraphs of ``text[start:end]``, trimmed."""
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = stop + 1
    return out


def _blocks(text: str, turns: list[tuple[int, int, int, int]]) -> list[list[int]]:
    """The turns grouped into blocks: two turns are in one block when at most a few
    unlabelled paragraphs lie between them."""
    blocks: list[list[int]] = []
    for i, turn in enumerate(turns):
        if blocks:
            before = turns[blocks[-1][-1]]
            if len(_paragraphs(text, before[3], turn[0])) <= _CONTINUED:
                blocks[-1].append(i)
                continue
        blocks.append([i])
    return blocks


def transcript_turns(
    text: str,
    entities: Sequence[Span],
    make_resolver: Callable[[], Resolver],
    trace: Trace | None = None,
) -> list[Span]:
    """The quote spans of the turns of each dialogue in ``text``, in text order
    (``make_resolver`` is called only when there is one)."""
    if "\n" not in text or text.count(": ") < 2:
        return []
    turns = _turns(text, entities)
    if len(turns) < 2:
        return []
    out: list[Span] = []
    resolver: Resolver | None = None
    for block in _blocks(text, turns):
        labels = [text[turns[i][0] : turns[i][1]] for i in block]
        if len(block) < 2 or not _is_dialogue(labels) or not _spoken(text, turns, block):
            continue
        if resolver is None:
            resolver = make_resolver()
        if _explainer(text, resolver, labels, [turns[i] for i in block]):
            continue
        for k, i in enumerate(block):
            ls, le, ws, we = turns[i]
            label = labels[k]
            name, rule = _speaker(resolver, label, ls, le, ws)
            pieces = [(ws, we)]
            if k + 1 < len(block):  # an answer of several paragraphs
                pieces += _paragraphs(text, we, turns[block[k + 1]][0])
            for s, e in pieces:
                if trace is not None:
                    trace.kept(FAMILY, text, s, e, rule, f"a turn labelled {label!r}")
                if label in _QUESTIONS or name is None and label in _ANSWERS:
                    out.append(Span("quote", "QUOTE", s, e, text[s:e]))
                    continue
                out.append(
                    Span(
                        "quote",
                        "QUOTE",
                        s,
                        e,
                        text[s:e],
                        speaker=name,
                        speaker_start=ls,
                        speaker_end=le,
                        speaker_mention=label,
                    )
                )
    return out


# a question put to someone, or an answer given in the first person: an interview's
_ADDRESSED = compiled.compile(r"\b(?:[Yy]ou|[Yy]our|I|I'm|I’m|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def _explainer(
    text: str, resolver: Resolver, labels: list[str], turns: list[tuple[int, int, int, int]]
) -> bool:
    """A block of questions and answers with no one interviewed, whose questions put to
    nobody and answers speak of others ("Q: Will prices go up? A: Probably."), is the
    writer's way of explaining, nobody's speech: no quotes."""
    if not all(label in _QUESTIONS or label in _ANSWERS for label in labels):
        return False
    if any(_ADDRESSED.search(text, t[2], t[3]) for t in turns):
        return False  # "What is your first priority?", "We have 90,000 families waiting"
    answer = next((t[2] for label, t in zip(labels, turns, strict=True) if label in _ANSWERS), None)
    return answer is not None and interviewee(resolver, answer) is None


def _speaker(
    resolver: Resolver, label: str, ls: int, le: int, words: int
) -> tuple[str | None, str]:
    """The canonical name a turn's label stands for, and the rule that read it."""
    if label in _QUESTIONS:
        return None, "transcript:question"
    if label in _ANSWERS:
        return interviewee(resolver, words), "transcript:answer->the one interviewed"
    if label.replace(" ", "").replace(".", "").isupper():
        named = labelled_turn(resolver, words)  # "SEN. HOLLOWAY": Patricia Holloway
        if named:
            return named, "transcript:label in capitals"
    name, _ = resolver.canonical(ls, le)
    return name or label, "transcript:label"
