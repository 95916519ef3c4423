"""Rule 3, finding the attribution: the words next to a quote that say who spoke.

Tried in this order: right after the closing mark (``," X said``, ``," said X``,
``," according to X``, ``”― X``), then the speech verb before the quote in its sentence
(``X said: "``, ``X told reporters that ... "``, ``..., adding "`` which takes the subject of
the sentence), then the rest of the sentence (``..., according to X.``), and last the
sentence before the quote (``He told the crowd:`` then the quote).
"""

from __future__ import annotations

from .lexicon import (
    ACCORDING,
    AFTER_DASH,
    AFTER_VERB_RE,
    AFTER_VS,
    CONNECTORS,
    DETERMINERS,
    OPENERS,
    PARTICIPLE_LEADS,
    PARTICIPLES,
    PREPOSITIONS,
    PRONOUNS,
    SENT_END,
    STOP_CAPS,
    STRETCH_BAD,
    VERB_RE,
    Speaker,
)
from .subjects import sentence_subject, strip_adverbs, subject_back, subject_forward


def after_quote(text: str, qe: int, para_end: int) -> Speaker | None:
    """``," X said`` / ``," said X`` / ``," according to X`` / ``”― X`` right after."""
    stop = min(para_end, qe + 200)
    if qe >= stop:
        return None
    c = text[qe]
    if c not in " ,\u00a0—–-―;" and not c.isalpha():
        return None
    closing = text[qe - 2]
    if closing in ".?!":
        # after a full stop only a lower-case word goes on the same sentence
        # (”… rigged.” said X / “…” he said); a capital starts the next one
        k = qe
        while k < stop and not text[k].isalpha():
            k += 1
        if k < stop and text[k].islower():
            closing = ","
    if c in "―—–-" or text[qe + 1 : qe + 2] in ("―", "—", "–"):
        m = AFTER_DASH.match(text, qe, min(len(text), para_end + 1))
        if m:
            return m.span("subj")
    m = AFTER_VS.match(text, qe, stop)
    if m is not None:
        if closing in ".?!" and text[qe] != ",":
            return None
        return subject_forward(text, m.end(), stop)
    limit = min(stop, qe + 140)
    m = AFTER_VERB_RE.search(text, qe, limit)
    for _ in range(3):
        if m is None:
            return None
        k = max(text.rfind(" ", qe, m.start() - 1), qe - 1)  # not the whole text before
        if text[k + 1 : m.start() - 1].lower() not in DETERMINERS:
            break
        m = AFTER_VERB_RE.search(text, m.end(), limit)  # "the report said": a noun
    if m is None:
        return None
    vs = m.start()
    stretch = text[qe:vs]
    if STRETCH_BAD.search(stretch) or stretch.count(" ") > 14 + 10 * (stretch.count(",") >= 2):
        return None
    if closing in ".?!":
        # A new sentence: only a bare "He said." belongs to the quote before it.
        tail = text[m.end() : m.end() + 4]
        if tail[:1] not in ".," or (tail[0] == "," and tail[1:].lstrip(" ")[:1] in OPENERS):
            return None
        if stretch.count(" ") > 6:
            return None
    s = qe
    while s < vs and not text[s].isalnum():
        s += 1
    e = strip_adverbs(text, s, vs)
    if e <= s:
        return None
    if text[s].islower():
        first = text[s : min(e, s + 12)].split(" ", 1)[0]
        if first not in PRONOUNS and first not in DETERMINERS:
            # only "panel Chairman Rep. Jason Chaffetz (R-Utah) said": a short run that
            # ends with a name right before the verb
            words = [w for w in text[s:e].split() if not w.startswith("(")]
            k = 0
            while k < len(words) and k < 2 and words[k][:1].islower():
                k += 1
            rest = words[k:]
            if not rest or len(words) > 8 or "," in text[s:e]:
                return None
            if not all(w[:1].isupper() or w in CONNECTORS for w in rest):
                return None  # the sentence goes on (" to drive up ... , Warren said")
    # an appositive after the name: ," Kenneth Baer, a former official, said
    comma = text.find(",", s, e)
    if comma > 0 and text[e - 1] == ",":
        e = comma
    return (s, e) if e > s else None


def before_quote(text: str, sent: int, qs: int) -> tuple[Speaker | None, int]:
    """The subject of the last speech verb before the quote in its sentence, and where that
    verb ends (0: no verb)."""
    last = None
    for last in VERB_RE.finditer(text, sent, qs):  # noqa: B007
        pass
    if last is None:
        return None, 0
    verb = last.group()
    ve = last.end()
    vs = last.start()
    if verb[0] in "Aa" and verb[1:3] == "cc":
        sp = subject_forward(text, ve, qs)
        return sp, sp[1] if sp else ve
    end = strip_adverbs(text, sent, vs)
    pre = text[sent:end]
    if verb in PARTICIPLES and pre[-1:].isalpha():
        # "footage of Hillary Clinton asking, "..."": the name right before the participle
        k = pre.rfind(" ") + 1
        if pre[k : k + 1].isupper() and pre[k:] not in STOP_CAPS:
            return subject_back(text, sent, end), ve
    if (verb in PARTICIPLES and (not pre or pre.endswith(PARTICIPLE_LEADS))) or pre.endswith(
        (" and", ",and")
    ):
        # "X ..., adding "..."" / "X laughed and said" take the subject of the sentence
        return sentence_subject(text, sent, vs), ve
    sp = subject_back(text, sent, end)
    if sp is not None:
        k = text.rfind(" ", max(sent, sp[0] - 14), sp[0] - 1)
        if k >= 0 and text[k + 1 : sp[0] - 1] in PREPOSITIONS:
            # "Protesters marching through the streets chanted": not "the streets"
            head = sentence_subject(text, sent, sp[0])
            if head is not None:
                return head, ve
    return sp, ve


def rest_of_sentence(text: str, qe: int, para_end: int) -> tuple[Speaker | None, bool]:
    """The rest of the sentence after a partial quote: ``..., according to X.``"""
    stop = min(para_end, qe + 300)
    m = SENT_END.search(text, qe, stop)
    end = m.start() + 1 if m else stop
    m = ACCORDING.search(text, qe, end)
    if m:
        return subject_forward(text, m.end(), end), True
    return None, False


def previous_sentence(text: str, para: int, qs: int) -> Speaker | None:
    """A speech verb and subject in the sentence before the quote (this paragraph or the
    end of the one before: ``He told the crowd:`` then the quote)."""
    lo = max(0, qs - 300)
    if para > 0 and para - lo < 2:
        lo = max(0, para - 300)
    last = None
    for last in VERB_RE.finditer(text, lo, qs):  # noqa: B007
        pass
    if last is None:
        return None
    if last.group()[0] in "Aa" and last.group()[1:3] == "cc":
        return subject_forward(text, last.end(), qs)
    return subject_back(text, lo, strip_adverbs(text, lo, last.start()))
