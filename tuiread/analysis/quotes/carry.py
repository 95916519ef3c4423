"""Rule 5, carrying a speaker, and the spans handed back.

A quote with no attribution of its own takes the speaker of the quote before it when that
one ends in the same paragraph or the one before (``"A," he said. "B."``, a speech that goes
on over paragraphs), unless a person is named in a sentence of the quote's own paragraph
before it (``Sen. Bernie Sanders ... identified young voters' exhaustion ... "The younger
people are ..."``), else the speaker of the next quote in the same paragraph (``"A." "B,"
he said.``), else the speaker of the sentence before it (``He told the crowd:`` then the
quote), else the name the next paragraph gives it (``That was the view of Margaret Lowe``). Partial quotes are never carried to: their sentence names its speaker or no one.

Then each mention is named (rule 4, :class:`~.speakers.Resolver`), in text order so that a
pronoun points back to the person named last. A pronoun that stands for no one named before
it ("I", the writer; a "he" in the opening sentence) keeps its mention and gets no
``speaker``: no speaker beats a wrong one.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from .attribution import previous_sentence
from .lexicon import ORG_HEADS
from .records import FAMILY, Quote, Speaker
from .speakers import Resolver
from .subjects import sentence_subject
from .text import QuotedRuns, line_start, sentence_start, usable_mention
from .verbs import SpeechVerbs

_PARAGRAPHS_BACK = 20  # blank lines skipped looking for the paragraph before
_BLANK_LINE = compiled.compile(r"[^\S\n]*(?:\n|$)")


def carry(
    text: str, quotes: list[Quote], runs: QuotedRuns, resolver: Resolver, trace: Trace | None
) -> list[Span]:
    """The spans of the quotes shown, each with its speaker's mention and canonical name."""
    _carry_over(text, quotes, runs, trace)
    out: list[Span] = []
    names: dict[Speaker, tuple[str | None, str]] = {}
    for q in quotes:
        sp = q.mention
        if sp is not None:
            sp = _trim(text, sp)
        if sp is not None:
            sp = resolver.in_heading(sp)
        if sp is None:
            if q.shown:
                if trace is not None:
                    trace.kept(FAMILY, text, q.start, q.end, "speaker:none", "no attribution found")
                out.append(Span("quote", "QUOTE", q.start, q.end, text[q.start : q.end]))
            continue
        if sp in names:
            name, rule = names[sp]
        else:
            name, rule = resolver.canonical(*sp)
            if name:
                name = " ".join(name.split())  # no-break spaces, line breaks
                if rule.startswith("speaker:pronoun") and named_inside(name, text, q):
                    name, rule = None, "speaker:pronoun-named-in-its-quote"
            names[sp] = (name, rule)
            resolver.remember(name, *sp)
        if not q.shown:
            continue
        mention = " ".join(text[sp[0] : sp[1]].split())
        if trace is not None:
            if name:
                why = f"{mention!r} -> {name!r}"
            elif rule == "speaker:first-person":
                why = f"{mention!r}: the writer, whom the text does not name"
            else:
                why = f"{mention!r} stands for no one named before it: speaker unknown"
            trace.kept(FAMILY, text, q.start, q.end, rule, why)
        out.append(
            Span(
                "quote",
                "QUOTE",
                q.start,
                q.end,
                text[q.start : q.end],
                speaker=name,
                speaker_start=sp[0],
                speaker_end=sp[1],
                speaker_mention=mention,
            )
        )
    return out


def named_inside(name: str, text: str, q: Quote) -> bool:
    """ "Asked about his predecessor, Andy Burnham, he said: "Andy did a lot ..."": a
    speaker does not name himself in the third person, so a person a pronoun was read as
    whose given name or surname the quote itself uses is not its speaker."""
    words = set(_WORD.findall(text, q.start, q.end))
    return any(len(p) > 2 and p in words for p in name.split())


_WORD = compiled.compile(r"[A-Z][\w'’-]+")


def _carry_over(text: str, quotes: list[Quote], runs: QuotedRuns, trace: Trace | None) -> None:
    """Give each quote of speech with no mention its neighbours' (or the sentence before)."""
    k = len(quotes)
    verbs = SpeechVerbs(text, runs)
    paragraphs: dict[int, int] = {}
    for j in range(k):
        q = quotes[j]
        if q.mention is not None or q.kind == "partial":
            continue
        para = line_start(text, q.start)
        prev_para = paragraphs.get(para)
        if prev_para is None:
            prev_para = paragraphs[para] = _paragraph_before(text, para)
        before = quotes[j - 1] if j else None
        if before is not None and before.mention is not None and before.end > prev_para:
            named = None if before.end > para else _named_before(text, para, q.start, runs)
            if named is not None:
                # "Sanders, who lost the primaries, identified ... "The younger people
                # are ..."": a person named in the quote's own paragraph, after the last
                # speaker's paragraph
                _take(text, q, named, "carry:subject-of-its-paragraph", trace)
                continue
            _take(text, q, before.mention, "carry:previous-quote", trace)
            continue
        after = quotes[j + 1] if j + 1 < k else None
        if (
            after is not None
            and after.mention is not None
            and after.kind == "speech"
            and text.find("\n", q.end, after.start) < 0
        ):
            _take(text, q, after.mention, "carry:next-quote", trace)
            continue
        found = previous_sentence(text, q.start, runs, verbs)
        if found is not None and found.mention is not None:
            if not usable_mention(text, found.mention, runs):
                if trace is not None:
                    s, e = found.mention
                    trace.rejected(
                        FAMILY, text, s, e, "speaker:not-a-name", "quoted text, markup or too long"
                    )
                continue
            _take(text, q, found.mention, "carry:previous-sentence", trace)
            continue
        named = _named_after(text, q)
        if named is not None:
            _take(text, q, named, "carry:named-in-the-next-paragraph", trace)


# the next paragraph names who said the quote that stood alone before it: "That was the view
# of Margaret Lowe, 71, who ...", "So says Tom Reilly", "Those were the words of Dr Ann Lee",
# "The warning came from Sarah Lowe"
_NAMED_AFTER = compiled.compile(
    r"[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*(?:(?:That|This|Such|Those|These)(?:, at least,)?"
    r" (?:was|is|were|are) (?:the |also the )?(?:view|verdict|message|warning|reaction"
    r"|assessment|opinion|words|response|feeling|plea|fear|hope)s? of|(?:Or )?[Ss]o (?:says|said)"
    r"|The (?:warning|words|plea|message|call|comments?|remarks?|criticism|appeal|admission"
    r"|claim|response)s? (?:came|come|comes) from)"
    r" (?P<name>(?:(?:[A-Z][\w.'’-]*|de|van|von|da|al-) ?){1,5})"
)


def _named_after(text: str, q: Quote) -> Speaker | None:
    """The name that opens the next paragraph after a quote standing alone at the end of its
    own (``_NAMED_AFTER``), or None. Only the formulas that say whose the quote was count:
    any other person named there may be the next one to speak."""
    if text[q.end : q.end + 1] not in ("\n", " ", "\t", "\r") and q.end < len(text):
        return None
    m = _NAMED_AFTER.match(text, q.end)
    if m is None:
        return None
    s, e = m.span("name")
    while e > s and text[e - 1] in " ,.":
        e -= 1
    return (s, e) if e > s else None


def _named_before(text: str, para: int, qs: int, runs: QuotedRuns) -> Speaker | None:
    """A person's name opening the sentence right before the quote in its own paragraph
    (two words or more, capitalised: "Sen. Bernie Sanders"), or None."""
    if qs - para < 20:
        return None  # the quote opens its paragraph
    sent = sentence_start(text, qs - 1, runs)
    if sent == sentence_start(text, qs, runs) and text[sent:qs].strip():
        return None  # the quote is inside a sentence: its own attribution rules decide
    sp = sentence_subject(text, sent, qs)
    if sp is None or sp[0] < sent or runs.overlapping(sp[0], sp[1]):
        return None
    words = text[sp[0] : sp[1]].split()
    if len(words) < 2 or not all(w[:1].isupper() or w.startswith("(") for w in words):
        return None
    if words[-1] in ORG_HEADS or not usable_mention(text, sp, runs):
        return None
    return sp


def _paragraph_before(text: str, para: int) -> int:
    """Start of the last non-blank line before the line starting at ``para`` (0 if none);
    each line is looked at from its start, never sliced whole."""
    start = para
    for _ in range(_PARAGRAPHS_BACK):
        if start <= 0:
            return 0
        start = line_start(text, start - 1)
        if not _BLANK_LINE.match(text, start):
            return start
    return start


def _take(text: str, q: Quote, mention: Speaker, rule: str, trace: Trace | None) -> None:
    """Give ``q`` the speaker mention ``rule`` found for it, and say so in the trace."""
    q.mention = mention
    q.attribution = rule
    if trace is not None and q.shown:
        trace.kept(FAMILY, text, q.start, q.end, rule, f"speaker read at {mention[0]}")


def _trim(text: str, sp: Speaker) -> Speaker | None:
    """The mention without an appositive after its name ("Kenneth Baer, a former official")
    or punctuation and spaces at its ends."""
    s, e = sp
    cut = text.find(", ", s, e)
    if cut > s:
        e = cut
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".)"):
        e -= 1
    return (s, e) if e > s else None
