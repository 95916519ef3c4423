"""Rule 2, speech or not: which quoted runs are quotations, and of which kind.

A run that stands as its own sentence or clause (at the start of a sentence, after a colon,
a comma or a dash) is **speech** unless it is a scare quote: three words or fewer, not a
sentence of its own, with no speech verb near. A run inside a sentence is a **partial
quote** when the sentence reports speech: a speech verb before it whose subject grammar
allows (``Kang said the authorities would "continue to put pressure"``, ``Cruz called Trump
a "pathological liar"``), an attribution after it (``..., Warren said.``) or "according
to". Left out, each with the rule that says why:

- ``not-prose``: no words between the marks, a transcript turn ("WALLACE: ..."), markup;
- ``label``: a name or a term, not anyone's speech: "the so-called "reset"", "a film titled
  "Arrogant"", "the words "basket of deplorables"";
- ``title``: a Title Case run in a slot only a name fits (after a preposition, an article,
  a possessive: "CBS's "Face the Nation""), the subject of a verb that reports no speech
  (""Hackney Diamonds" entered the chart") or with no speech verb near;
- ``scare-quote``: a run inside a sentence that reports no speech ("the "reset" of
  relations"), or a short run with no speech verb near.
"""

from __future__ import annotations

from .. import compiled
from ..trace import Trace
from .attribution import attribute
from .lexicon import (
    BE_FORMS,
    CLOSERS,
    DETERMINERS,
    LABEL,
    PRONOUNS,
    SPEECH_SET,
    STOP_CAPS,
    TRANSCRIPT,
    TRANSCRIPT_IN,
    WORDS,
    WORKS,
)
from .records import FAMILY, Attribution, Quote, QuoteKind, Speaker
from .subjects import sentence_subject
from .text import (
    PARA_MAX,
    QuotedRuns,
    first_person,
    name_slot,
    sentence_like,
    sentence_start,
    title_case,
    usable_mention,
)
from .verbs import SpeechVerbs


def classify(text: str, runs: QuotedRuns, *, partial: bool, trace: Trace | None) -> list[Quote]:
    """The quoted runs that are speech, in text order, each with the mention of its speaker
    when the attribution rules found one next to it."""
    out: list[Quote] = []
    verbs = SpeechVerbs(text, runs)
    unusable: set[Speaker] = set()
    for qs, qe in runs.pairs:
        quote = _one(text, qs, qe, runs, verbs, partial, trace)
        if quote is None:
            continue
        if quote.mention is not None and not usable_mention(text, quote.mention, runs):
            if trace is not None and quote.mention not in unusable:
                unusable.add(quote.mention)
                trace.rejected(
                    FAMILY,
                    text,
                    quote.mention[0],
                    quote.mention[1],
                    "speaker:not-a-name",
                    f"read by {quote.attribution}: quoted text, markup or too long",
                )
            quote.mention = None
        out.append(quote)
    return out


def _one(
    text: str,
    qs: int,
    qe: int,
    runs: QuotedRuns,
    verbs: SpeechVerbs,
    partial: bool,
    trace: Trace | None,
) -> Quote | None:
    """The verdict on the run ``text[qs:qe]``: a :class:`Quote` with its attribution, or
    None with the reason recorded."""
    inner = text[qs + 1 : qe - 1] if text[qe - 1] in CLOSERS else text[qs + 1 : qe]
    first_word = WORDS.search(inner)
    if first_word is None:
        return _reject(trace, text, qs, qe, "not-prose", "no words between the marks")
    if TRANSCRIPT.match(text, qs) or ("\n" in inner and TRANSCRIPT_IN.search(text, qs, qe)):
        return _reject(trace, text, qs, qe, "not-prose", "a transcript turn ('NAME: ...')")
    sent = sentence_start(text, qs, runs)
    lead = text[sent:qs].rstrip()
    stands = not lead or lead[-1] in ":,—–-([" or lead.endswith("...")
    para_end = text.find("\n", qe, qe + PARA_MAX)
    if para_end < 0:
        para_end = min(len(text), qe + PARA_MAX)
    found = attribute(text, qs, qe, sent, para_end, stands, runs, verbs)
    cue = found is not None and found.cue
    nwords = inner.count(" ") + 1 if len(inner) < 80 else 99
    if stands:
        if (
            nwords <= 8
            and inner[-1:] not in ",.!?"
            and title_case(inner)
            and subject_of_a_verb(text, qe)
        ):
            runs.titles.append((qs, qe))
            return _reject(trace, text, qs, qe, "title", "Title Case, the subject of a verb")
        if nwords <= 8 and title_case(inner) and named_work(lead):
            runs.titles.append((qs, qe))
            return _reject(trace, text, qs, qe, "title", "Title Case naming the work before it")
        if not cue and nwords <= 3 and not sentence_like(inner) and not first_person(inner):
            return _reject(
                trace, text, qs, qe, "scare-quote", "three words or fewer, no speech verb near"
            )
        return _keep(trace, text, qs, qe, "speech", "classify:stands-alone", found, True)
    label = LABEL.search(lead, max(0, len(lead) - 60))  # a label ends the lead: read its end
    if label is not None:
        return _reject(trace, text, qs, qe, "label", f"after {label.group().strip()!r}")
    prev = lead.rsplit(None, 1)[-1]
    if (
        title_case(inner)
        and prev not in SPEECH_SET  # said "No."
        and (nwords <= 8 and name_slot(prev) or nwords <= 6 and not cue)
    ):
        runs.titles.append((qs, qe))
        return _reject(trace, text, qs, qe, "title", f"Title Case after {prev!r}")
    if not cue:
        cast = cast_as(text, sent, lead) or research_found(text, sent, lead)
        if cast is not None:
            return _keep(
                trace, text, qs, qe, "partial", "classify:in-reported-speech", cast, partial
            )
        return _reject(trace, text, qs, qe, "scare-quote", "its sentence reports no speech")
    return _keep(trace, text, qs, qe, "partial", "classify:in-reported-speech", found, partial)


_VERB_AFTER = compiled.compile(r" (?:has |had |was |is |have |will |would )?([a-z]+)\b")
# words that follow a quotation without making it a subject: a clause or phrase goes on
_NOT_VERBS = frozenset(
    """
    and or but nor of in on at to for with as by from than that which who whom whose when
    while if because so then he she they we i you it his her their its this these those
    the a an according until after before since where why how what even just only also not
    there here now again once
    """.split()  # noqa: SIM905
)


# Nouns for works whose title follows them between commas: 'her novel, "The Salt Year,"'.
def named_work(lead: str) -> bool:
    """The words before the run end with a work and a comma ("Whitley's third novel,
    "The Salt Year," follows ..."): the Title Case run is that work's title in
    apposition, not speech, though its comma sits inside the marks."""
    if not lead.endswith(","):
        return False
    word = lead[:-1].rsplit(None, 1)[-1].lower() if lead[:-1].strip() else ""
    return word in WORKS


_AS = compiled.compile(r"\s(?:as|as\sa|as\san)$")


def cast_as(text: str, sent: int, lead: str) -> Attribution | None:
    """A person casting someone "as" the quoted words ("Reid has gone after Trump as a
    "human leech"", "Trump admires Putin as a "strong leader,""): the words are the
    subject's, whatever the verb, when a name or a pronoun opens the sentence and a verb
    and its object come before "as". A thing cast as something ("The app, known as
    "Signal,"" is a label; "The storm hit as a "bomb cyclone"") and a post held ("He
    served as "chief strategist"", "was hired as") are no one's speech."""
    if _AS.search(lead, max(0, len(lead) - 8)) is None:
        return None
    sp = sentence_subject(text, sent, sent + len(lead))
    if sp is None:
        return None
    between = text[sp[1] : sent + len(lead)].split()[:-1]  # the verb and its object
    if len(between) < 3 or _passive_in(between):
        return None  # "He served as "chief strategist"", "was hired as a "consultant""
    word = text[sp[0] : sp[1]]
    first = word.split(" ", 1)[0]
    if first in PRONOUNS and PRONOUNS[first] in "mf":
        return Attribution(sp, "before:cast-as", cue=False)
    if not word[:1].isupper() or first in STOP_CAPS or first.lower() in DETERMINERS:
        return None
    return Attribution(sp, "before:cast-as", cue=False)


_FOUND = compiled.compile(r"\b(?:found|finds|find|concluded|concludes|showed|shows|show)\b")
# What reports findings: "A study published in The Lancet found that ..."
_RESEARCH = frozenset(
    """
    study studies report reports poll polls survey surveys analysis review audit
    investigation inquiry research researchers scientists data
    """.split()  # noqa: SIM905
)


def research_found(text: str, sent: int, lead: str) -> Attribution | None:
    """Words a study, a poll or a report is quoted as finding ("A study published in The
    Lancet found that the drug was "highly effective"", "Polls show voters are "deeply
    pessimistic""): the subject of "found", "shows", "concluded" speaks when its head is
    such a source. Any other subject finds things ("Police found him "unresponsive"")
    without saying the words."""
    m = None
    for m in _FOUND.finditer(lead):  # noqa: B007
        pass
    if m is None:
        return None
    sp = sentence_subject(text, sent, sent + m.start())
    if sp is None:
        return None
    words = text[sp[0] : sp[1]].split()
    k = next((n for n, w in enumerate(words) if w.lower() in _RESEARCH), -1)
    if k < 0:
        return None
    end = sp[0]
    for w in words[: k + 1]:
        end = text.find(w, end) + len(w)  # through the source's head, whatever the blanks
    return Attribution((sp[0], end), "before:research-found")


def _passive_in(words: list[str]) -> bool:
    """A form of "be" before a word that is no "-ing" form (adverbs in -ly passed): "was
    hired", "is seen"; "has been steadily pounding" is active."""
    for k, w in enumerate(words):
        if w in BE_FORMS:
            n = k + 1
            while n < len(words) and words[n].endswith("ly"):
                n += 1
            if n < len(words) and not words[n].endswith("ing"):
                return True
    return False


def subject_of_a_verb(text: str, qe: int) -> bool:
    """'"Taylor Swift: The Eras Tour" took $96m', '"Hackney Diamonds" entered the chart':
    a quoted run followed by a verb that reports no speech is the subject of its sentence,
    a title or a name; '"Yes," said Smith' and '"No" means no' are not."""
    m = _VERB_AFTER.match(text, qe)
    if m is None:
        return False
    verb = m.group(1)
    return verb not in SPEECH_SET and verb not in _NOT_VERBS and verb not in ("means", "meant")


def _keep(
    trace: Trace | None,
    text: str,
    qs: int,
    qe: int,
    kind: QuoteKind,
    rule: str,
    found: Attribution | None,
    shown: bool,
) -> Quote:
    """Keep the run as speech of ``kind`` and record which rule kept it and how its speaker
    was read (or that ``partial=False`` leaves it out)."""
    quote = Quote(
        qs,
        qe,
        kind,
        rule,
        found.mention if found is not None else None,
        found.rule if found is not None else "",
        shown,
    )
    if trace is not None:
        why = {
            "classify:stands-alone": "stands as its own sentence or clause",
            "classify:in-reported-speech": "quoted words inside reported speech",
        }[rule]
        if found is not None and found.rule:
            why += f" ({found.rule})"
        if not shown:
            trace.rejected(FAMILY, text, qs, qe, "classify:partial-off", why)
        else:
            trace.kept(FAMILY, text, qs, qe, rule, why)
        if found is not None and found.dropped is not None:
            trace.rejected(
                FAMILY,
                text,
                found.dropped[0],
                found.dropped[1],
                "speaker:not-a-name",
                f"read by {found.rule}: quoted text, markup or too long",
            )
    return quote


def _reject(trace: Trace | None, text: str, qs: int, qe: int, rule: str, why: str) -> Quote | None:
    """Record why the run is not speech; always None, the verdict ``_one`` hands back."""
    if trace is not None:
        trace.rejected(FAMILY, text, qs, qe, "classify:" + rule, why)
    return None
