"""Rule 2, speech or not: which quoted runs are quotations, and which are scare quotes,
terms, labels or titles.

A short quote (three words or fewer, not a sentence of its own) with no speech verb near it
is a scare quote; a short Title Case one with no attribution, or one after a preposition,
article or possessive ("CBS's "Face the Nation"") is the title of a work; a quote in the
middle of a sentence with no speech verb in it is a term, and so is a single quoted word or a
short one after an article (it was "disgusting", a "personal insult") even with one; a label
after "called", "dubbed", "as", "the words" is a label; ``author="..."`` attribute values and
transcript turns ("WALLACE: ...") are not prose. All are left out.
"""

from __future__ import annotations

from .attribution import after_quote, before_quote, rest_of_sentence
from .lexicon import (
    ARTICLES,
    CLOSERS,
    NAMING,
    PARTIAL_WORDS,
    REACH,
    SENT_END,
    SPEECH_SET,
    TRANSCRIPT,
    TRANSCRIPT_IN,
    WORDS,
    Speaker,
)
from .subjects import sentence_subject
from .text import PARA_MAX, line_start, name_slot, reach, sentence_like, title_case

Found = tuple[int, int, Speaker | None]


def classify(
    text: str, pairs: list[tuple[int, int]], partial: bool = True
) -> tuple[list[Found], set[int]]:
    """The quoted runs that are speech, each with the mention of its speaker when one is
    next to it, and the starts of the runs left out whose speaker still counts."""
    found: list[Found] = []
    reported: set[int] = set()  # starts of quoted runs left out, whose speaker still counts
    prev_end = 0
    for qs, qe in pairs:
        inner = text[qs + 1 : qe - 1] if text[qe - 1] in CLOSERS else text[qs + 1 : qe]
        first_word = WORDS.search(inner)
        if first_word is None:
            prev_end = qe
            continue
        if TRANSCRIPT.match(text, qs) or ("\n" in inner and TRANSCRIPT_IN.search(text, qs, qe)):
            prev_end = qe
            continue  # a transcript turn ("WALLACE: ..."), not a quotation
        para = line_start(text, qs)
        lo = max(para, prev_end, qs - 300)
        sent = lo
        for sm in SENT_END.finditer(text, lo, qs):
            sent = sm.end()
        lead = text[sent:qs].rstrip()
        at_start = not lead or lead[-1] in ":,—–-([" or lead.endswith("...")
        para_end = text.find("\n", qe, qe + PARA_MAX)
        if para_end < 0:
            para_end = min(len(text), qe + PARA_MAX)
        speaker = after_quote(text, qe, para_end)
        verb_near = speaker is not None
        after = verb_near
        verb_end = 0
        if speaker is None:
            speaker, verb_end = before_quote(text, sent, qs)
            verb_near = verb_end > 0
        if speaker is None:
            speaker, v = rest_of_sentence(text, qe, para_end)
            verb_near = verb_near or v
        if speaker is None and lead.endswith(":"):
            # "Obama is rolling out a new message: "It's about me."" - the sentence's subject
            speaker = sentence_subject(text, sent, qs)
        prev_end = qe
        # Speech or not?
        nwords = inner.count(" ") + 1 if len(inner) < 80 else 99
        mid = bool(lead) and not at_start
        if mid and NAMING.search(lead):
            continue  # called him a "...", described as "...": a label
        if (
            mid
            and first_word.group()[0].islower()
            and (not partial or len(inner.split()) > PARTIAL_WORDS)
        ):
            # a long quoted run inside reported speech is indirect speech; its speaker is
            # still the one a later "he said" points to
            if speaker is not None:
                found.append((qs, qe, speaker))
                reported.add(qs)
            continue
        if not verb_near and (mid or (nwords <= 3 and not sentence_like(inner))):
            continue  # a scare quote, or a term quoted mid-sentence
        if not mid:
            found.append((qs, qe, speaker))
            continue
        prev = lead.rsplit(None, 1)[-1]
        if verb_end and first_word.group()[0].islower() and reach(text, verb_end, qs) > REACH:
            continue  # a fragment far from its verb: the sentence reports, the words are not speech
        if not sentence_like(inner) and (nwords == 1 or nwords <= 3 and prev.lower() in ARTICLES):
            continue  # a term ("it was “disgusting”", "a "personal insult""), even after "said"
        if (
            title_case(inner)
            and prev not in SPEECH_SET  # said "No."
            and (nwords <= 6 and not after or nwords <= 8 and name_slot(prev))
        ):
            continue  # the title of a work ("broadcast of "Fox News Sunday,"") or a nickname
        found.append((qs, qe, speaker))
    return found, reported
