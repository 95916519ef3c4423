"""Rule 3, finding the attribution: the words next to a quote that say who spoke.

:func:`attribute` reads, for a quote that stands on its own, the words right after the
closing mark first (``," X said``, ``," said X``, ``," according to X``, ``”― X``), then the
speech verb before it in its sentence (``X told reporters: "``); for a quote inside a
sentence, its own attribution right after it (``because "...," she said``), else the verb
that leads to it (``X said the talks would "``, ``X called the plan a "``, ``..., adding
"``, which takes the subject of the sentence, or the attribution of a quote that opens it:
``"...," X said, adding that "``). A verb after "and" takes the subject of its own clause
(``..., when she called, I laughed and said "``), as does a colon (``..., that I had to
change my answer: "``). The nearest speaker grammar allows wins: the
last verb before the quote whose subject can be read, not the first; a passive verb
(``was described as "``) names no one unless "by X" follows. Then the rest of the sentence
(``..., according to X.``, ``..., Warren said.``), a sentence opening with its verb
(``Says X: "``), a claim its owner made (``Trump's claim that there have been "``,
``his promise to "``), and for a quote after a colon the subject of the sentence (``Obama is
rolling out a new message: "..."``).

:func:`previous_sentence` reads the sentence before a quote that has none of these
(``He told the crowd.`` then the quote), for the carry rule. The speech verbs themselves
come from :class:`~.verbs.SpeechVerbs`.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import (
    ACCORDING,
    AFTER_DASH,
    AFTER_VERB_RE,
    AFTER_VS,
    BE_FORMS,
    CLAIM,
    CLOSERS,
    CONNECTORS,
    COORDINATORS,
    DETERMINERS,
    DOCUMENTS,
    END_SAID,
    END_SAID_INVERTED,
    MOUTHPIECES,
    NICKNAME,
    OPENERS,
    ORG_HEADS,
    PARTICIPLES,
    PEOPLE,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    SAYS_FIRST,
    SENT_END,
    SPEAKING_BODIES,
    STOP_CAPS,
    STRETCH_BAD,
    STRETCH_STOP,
    ly_adverb,
)
from .phrase import base_word, plural_noun
from .records import Attribution, Speaker
from .subjects import (
    appositive_name,
    clause_subject,
    relative_pronoun,
    sentence_subject,
    strip_adverbs,
    subject_back,
    subject_forward,
    subordinate_subject,
)
from .text import QuotedRuns, is_abbrev, sentence_start, usable_mention
from .verbs import SpeechVerbs, Verb

_BY = compiled.compile(r"[ \t\u00a0]+by[ \t\u00a0]+")
# The attributions right after a quote that are its own, nearer than any verb leading to it
_OWN_ATTRIBUTIONS = frozenset(
    ("after:X-said", "after:role-name-said", "after:said-X", "after:said-role-name")
)


def attribute(
    text: str,
    qs: int,
    qe: int,
    sent: int,
    para_end: int,
    stands: bool,
    runs: QuotedRuns,
    verbs: SpeechVerbs,
) -> Attribution | None:
    """The attribution of the quote ``text[qs:qe]``, whose sentence starts at ``sent``.
    A quote that stands on its own is attributed after it first (``"...," she said``); one
    inside a sentence by the verb that leads to it first. Verbs inside other quoted runs
    are their speakers' words, not the narration's."""
    if stands:
        found = after_quote(text, qe, para_end)
        if found is None:
            found = before_quote(text, sent, qs, runs, verbs)
    else:
        # its own attribution right after it ("... because "...," she said") is nearest;
        # else the verb that leads to it
        found = after_quote(text, qe, para_end)
        if found is None or found.rule not in _OWN_ATTRIBUTIONS:
            led = before_quote(text, sent, qs, runs, verbs)
            claim = possessive_claim(text, sent, qs)
            if claim is not None and (led is None or led.verb_end < claim.verb_end):
                led = claim  # the nearest: "Politifact said Trump's claim that "...""
            if led is not None and (led.mention is not None or found is None):
                found = led
    if found is None or found.mention is None:
        rest = rest_of_sentence(text, qe, para_end)
        if rest is not None:
            return rest
    if found is None:
        says = SAYS_FIRST.match(text, sent, qs)
        if says is not None:
            sp = subject_forward(text, says.end(), qs)
            if sp is not None:
                return Attribution(sp, "before:says-X")
    if found is None and (headed := headline_colon(text, qs, qe)) is not None:
        return headed
    if found is None and text[sent:qs].rstrip().endswith(":"):
        # "Obama is rolling out a new message: "It's about me."": the sentence's subject,
        # though no speech verb says so
        colon = text.rindex(":", sent, qs)
        sp = clause_subject(text, sent, colon)
        if sp is not None:
            return Attribution(sp, "colon:clause-subject", cue=False)
        sp = sentence_subject(text, sent, qs)
        if sp is not None:
            return Attribution(sp, "colon:sentence-subject", cue=False)
    return found


_INTERVIEW_WITH = compiled.compile(r"(?i)(?:an?\s+)?interview\s+with\s+")


def headline_colon(text: str, qs: int, qe: int) -> Attribution | None:
    """A quote that opens a line and a colon after it, as headlines attribute speech
    ("'We were lucky': survivors recall the night the river rose", "'I never thought I'd
    see this': an interview with Lena Fischer"): the subject after the colon, or the one
    interviewed."""
    if (qs and text[qs - 1] != "\n") or not text.startswith(": ", qe):
        return None
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    at = qe + 2
    interview = _INTERVIEW_WITH.match(text, at, line_end)
    if interview is not None:
        sp = subject_forward(text, interview.end(), line_end)
        return Attribution(sp, "colon:interviewee", cue=False) if sp else None
    sp = sentence_subject(text, at, line_end)
    if sp is None:
        # a bare plural of people ("survivors recall", "residents say"): the subject
        word = text[at:line_end].split(" ", 1)[0]
        if word.islower() and (word in PEOPLE or word.endswith(_AGENT_ENDINGS)):
            sp = (at, at + len(word))
    if sp is None or sp[0] != at:
        return None
    return Attribution(sp, "colon:headline-subject", cue=False)


def after_quote(text: str, qe: int, para_end: int) -> Attribution | None:
    """``," X said`` / ``," said X`` / ``," according to X`` / ``”― X`` right after the
    closing mark, in the same sentence (after a full stop only a bare "he said." belongs to
    the quote)."""
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
            return Attribution(m.span("subj"), "after:dash-name")
    m = AFTER_VS.match(text, qe, stop)
    if m is not None:
        if closing in ".?!" and text[qe] != ",":
            return None
        sp = subject_forward(text, m.end(), stop)
        rule = "after:according-to" if "ccording" in m.group() else "after:said-X"
        named = None if sp is None else appositive_name(text, sp, stop)
        if named is not None:
            return Attribution(named, "after:said-role-name")  # said his aide, Ann Roe.
        return Attribution(sp, rule) if sp else None
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
    stretch = NICKNAME.sub("N", text[qe:vs])  # Marcia "Cia" Price
    if (
        STRETCH_BAD.search(stretch)
        or stretch.count(" ") > 14 + 10 * (stretch.count(",") >= 2)
        or any(not is_abbrev(m.group(1)) for m in STRETCH_STOP.finditer(stretch))
    ):
        return None
    if closing in "?!" and stretch.count(" ") > 10:
        return None
    if closing == ".":
        # A new sentence: only a bare "He said." belongs to the quote before it (after
        # "?" or "!" a name and its verb do: "Why not?" Smith asked the crowd).
        tail = text[m.end() : m.end() + 4]
        if (
            not tail
            or tail[0] not in ".,"
            or (tail[0] == "," and tail[1:].lstrip(" ")[:1] in OPENERS)
        ):
            return None
        if stretch.count(" ") > 6:
            return None
    s = qe
    while s < vs and not text[s].isalnum():
        s += 1
    e = strip_adverbs(text, s, vs)
    if e <= s:
        return None
    if closing == "." and not _bare_subject(text, s, e):
        return None
    if text[s].islower():
        first = text[s : min(e, s + 12)].split(" ", 1)[0]
        if first not in PRONOUNS and first not in DETERMINERS and not _bare_plural(text[s:e]):
            # only "panel Chairman Rep. Jason Chaffetz (R-Utah) said": a short run that
            # ends with a name right before the verb
            words = [w for w in text[s:e].split() if not w.startswith("(")]
            k = 0
            while k < len(words) and k < 2 and words[k][:1].islower():
                k += 1
            rest = words[k:]
            if not rest or len(words) > 8 or "," in text[s:e]:
                return None
            if not rest[-1][:1].isupper() or not all(
                w[:1].isupper() or w in CONNECTORS or w in PERSON_ROLES for w in rest
            ):
                # the sentence goes on (" to drive up ... , Warren said"); an office
                # inside the name's run is no verb ("retired Air Force general Lloyd
                # Newton said")
                return None
    # an appositive after the name: ," Kenneth Baer, a former official, said
    comma = text.find(",", s, e)
    if comma > 0 and text[e - 1] == ",":
        named = appositive_name(text, (s, comma), e)
        if named is not None:
            return Attribution(named, "after:role-name-said")  # ," his aide, Ann Roe, said
        e = comma
    e = s + len(_without_clitic(text[s:e]))
    return Attribution((s, e), "after:X-said") if e > s else None


def _without_clitic(words: str) -> str:
    """A pronoun's contraction as a subject is the pronoun ('"...," I'm told', '"...,"
    they've said'): "I'm" is no name; other words as they are."""
    base = base_word(words)
    return base if base in PRONOUNS else words


# Nouns for groups that speak with no article before them: '," police said'.
_GROUPS = frozenset(("police", "authorities", "officials", "investigators", "witnesses"))


def _bare_plural(words: str) -> bool:
    """A group named with no article, the subject of the verb right after a quote
    ('"It was an accident," police said', '," federal prosecutors said', '," health
    officials warned'): one to three lower-case words ending with a people noun."""
    parts = words.split()
    if not 1 <= len(parts) <= 3 or not all(w.isalpha() and w.islower() for w in parts):
        return False
    head = parts[-1]
    return head in _GROUPS or head in PEOPLE


def _bare_subject(text: str, s: int, e: int) -> bool:
    """After a full stop, the words before the verb are its subject and nothing else ("He
    said.", "Mr. Smith added."): a new sentence that opens otherwise ("Asked by Raman how
    he responded, she said:") reports speech of its own, not the quote before it."""
    sp = subject_forward(text, s, e)
    return sp is not None and sp[0] == s and sp[1] >= e - 1


def _passive(text: str, lo: int, vs: int, verb: str) -> bool:
    """A form of "be" right before the verb (adverbs aside): "was described as"."""
    if verb.endswith("ing") or verb.startswith("quoted"):
        return False  # "has been calling", "was quoted as saying" are active
    end = vs
    for _ in range(3):
        while end > lo and text[end - 1] in " \t\u00a0":
            end -= 1
        k = max(text.rfind(" ", lo, end), lo - 1) + 1
        word = text[k:end]
        if word in BE_FORMS:
            return True
        if not ly_adverb(word):
            return False
        end = k
    return False


def _can_speak(phrase: str) -> bool:
    """The agent after "by" can have said the words: a name, or a noun for people, a group
    or a body ("by forecasters", "by the agency"), not "by any measure"."""
    if phrase[:1].isupper():
        return True
    head = phrase.split()[-1].rstrip(".,;:")
    return (
        head in PEOPLE
        or head in _GROUPS
        or head in PERSON_ROLES
        or head in SPEAKING_BODIES
        or head.endswith(_AGENT_ENDINGS)
    )


def _reduced_passive(text: str, sent: int, vs: int, verb: str) -> bool:
    """A past participle set off after a comma ("The storm, dubbed a "bomb cyclone" by
    forecasters, hit"): a passive with no "be" when "by" follows the quote, whose speaker
    is the agent; else the verb is active after an appositive ("Obama, the president,
    called it "..."")."""
    if not verb.endswith("ed"):
        return False
    k = vs
    while k > sent and text[k - 1] in " \t\u00a0":
        k -= 1
    return k > sent and text[k - 1] == ","


_BLANK = 40  # blank characters between paragraphs beyond which they are not neighbours
_TRIES = 3  # speech verbs tried, last first, for one whose subject can be read


def before_quote(
    text: str, sent: int, qs: int, runs: QuotedRuns, verbs: SpeechVerbs
) -> Attribution | None:
    """The subject of the last speech verb before the quote in its sentence whose subject
    can be read: the nearest speaker grammar allows."""
    first: Attribution | None = None
    mute: Attribution | None = None
    passive: Attribution | None = None
    for verb in verbs.between(sent, qs)[:_TRIES]:
        found = _subject_of(text, sent, verb, qs, runs)
        if passive is not None:
            return _outer_sayer(text, verb, found) or passive
        if found.mention is not None and not usable_mention(text, found.mention, runs):
            found = Attribution(None, found.rule, verb_end=found.verb_end, dropped=found.mention)
        if mute is not None and mute.mention is not None:
            # the verb that reports the mute subject's clause: its subject, if before it
            if (
                found.mention is not None
                and verb.end <= mute.mention[0]
                and not _mute(text, found.mention)
            ):
                return Attribution(found.mention, "before:outer-verb", verb_end=found.verb_end)
            return mute
        if found.mention is not None and _mute(text, found.mention):
            mute = found  # "Ryan said the spate of shootings demands that ... "more listening""
            continue
        if found.rule == "before:passive":
            passive = found  # the verb that reports its clause may name the speaker
            continue
        if found.mention is not None:
            return found
        first = first or found
    return passive or mute or first


_SAYING = frozenset("said says told tells added adds".split())  # noqa: SIM905


def _outer_sayer(text: str, verb: Verb, found: Attribution) -> Attribution | None:
    """The subject of a verb of saying that reports a clause with a passive and no agent:
    'Ravi Patel said residents had been promised flood defences "years ago"' quotes Patel,
    who tells of the promise; 'The plan was described as "a disaster"' (no verb of saying
    around it) keeps no speaker."""
    if verb.word not in _SAYING or found.mention is None:
        return None
    return Attribution(found.mention, "before:outer-verb", verb_end=found.verb_end)


# Endings of nouns for people and agents, so that a person named by a noun on no list
# ("the billionaire", "the lobbyist", "the actress", "the 70-year-old") is never mute.
_AGENT_ENDINGS = tuple(
    e + p
    for e in ("er", "or", "ist", "ian", "ant", "ent", "ess", "ee", "aire", "old")
    for p in ("", "s")
)


def _mute(text: str, sp: tuple[int, int]) -> bool:
    """A noun phrase that names nothing that speaks: a determiner, lower-case words and a
    head that is no person, group, body or document ("the recent spate of police shootings
    and protests"). A speech verb after it ("demands that") is a figure of speech, and the
    speaker is whoever reports the clause ("Ryan said the spate ... demands")."""
    words = text[sp[0] : sp[1]].split()
    if len(words) < 2 or words[0] not in DETERMINERS or any(w[:1].isupper() for w in words):
        return False
    k = 1
    while k < len(words) and words[k] not in PREPOSITIONS and words[k] not in COORDINATORS:
        k += 1
    head = words[k - 1].rstrip(".,;:")
    for clitic in ("'s", "’s", "s'", "s’"):
        if head.endswith(clitic):
            head = head[: -len(clitic) + (1 if clitic.startswith("s") else 0)]
    return not (
        head.endswith(_AGENT_ENDINGS)  # "the billionaire", "the 70-year-old", "the singer"
        or head in PERSON_ROLES
        or head in PEOPLE
        or head in DOCUMENTS
        or head in SPEAKING_BODIES
        or head in MOUTHPIECES
        or head.capitalize() in ORG_HEADS
        or head.rstrip("s") in PERSON_ROLES | DOCUMENTS | SPEAKING_BODIES
    )


def _subject_of(text: str, sent: int, found: Verb, qs: int, runs: QuotedRuns) -> Attribution:
    """Who the speech verb belongs to, read by the first rule that applies; words after
    the verb are read up to the quote at ``qs`` at most."""
    vs, ve, verb = found
    if (verb in PARTICIPLES or _coordinated(text, sent, vs)) and runs.inside(sent):
        # '"...," Chaffetz said in a statement, adding that ... "like candy."': the
        # sentence opens with a quote, and its attribution is the subject
        run = runs.overlapping(sent, sent + 1)[0]
        para_end = text.find("\n", run[1], vs)
        after = after_quote(text, run[1], vs if para_end < 0 else para_end)
        if after is not None and after.mention is not None and after.mention[1] < vs:
            return Attribution(after.mention, "before:quote-attribution", verb_end=ve)
    if verb.lower().startswith(("according", "in the words")):
        sp = subject_forward(text, ve, qs)
        return Attribution(sp, "before:according-to", verb_end=sp[1] if sp else ve)
    passive = _passive(text, sent, vs, verb)
    if passive or _reduced_passive(text, sent, vs, verb):
        by = _BY.match(text, ve, qs)
        if by is not None:
            sp = subject_forward(text, by.end(), qs)
            # ", described by Nasser Hussain as "...": a participle after a comma takes its
            # agent only where one who can speak follows "by" (not "announced by phone")
            if passive or sp is not None and _can_speak(text[sp[0] : sp[1]]):
                return Attribution(sp, "before:passive-by", verb_end=ve)
        around = runs.overlapping(qs, qs + 1)
        by = _BY.match(text, around[0][1]) if around else None
        if by is not None:
            # 'was described as "cowardly" by officials', 'dubbed a "bomb cyclone" by
            # forecasters': the agent follows the quote
            sp = subject_forward(text, by.end(), min(len(text), by.end() + 120))
            if sp is not None and _can_speak(text[sp[0] : sp[1]]):
                return Attribution(sp, "before:passive-by-after", verb_end=ve)
        if passive:
            return Attribution(None, "before:passive", verb_end=ve)
    rel = relative_pronoun(text, sent, vs)
    if rel is not None:
        # "McConnell, now the majority leader, who in 2010 said": the relative pronoun,
        # which the speaker rule resolves to the name it stands for
        return Attribution(rel, "before:relative-pronoun", verb_end=ve)
    end = strip_adverbs(text, sent, vs)
    pre = text[sent:end]
    k = pre.rfind(" ") + 1
    last_word = pre[k:].lstrip(",")
    if verb in PARTICIPLES and any(w in BE_FORMS for w in text[end:vs].split()):
        # "X's doctor is calling the candidate "..."": a finite verb, its subject before it
        return Attribution(subject_back(text, sent, end), "before:subject", verb_end=ve)
    if verb in PARTICIPLES:
        if pre[-1:].isalpha() and last_word[:1].isupper() and last_word not in STOP_CAPS:
            # "footage of Hillary Clinton asking, "..."": the name right before it
            return Attribution(subject_back(text, sent, end), "before:name-participle", verb_end=ve)
        if last_word in PRONOUNS and pre[-1:].isalpha():
            return Attribution((sent + k, end), "before:name-participle", verb_end=ve)
        if not pre.strip() or pre.strip() in _FRONTING:
            sp = _main_subject_after(text, qs, runs)
            if sp is not None:
                return Attribution(sp, "before:fronted-participle", verb_end=ve)
        # "X ..., adding "..."" / "X unleashed tweets saying "..."": the sentence's subject
        return Attribution(sentence_subject(text, sent, vs), "before:sentence-subject", verb_end=ve)
    if last_word in COORDINATORS or last_word == "to":
        # "X laughed and said", "X took to Twitter to accuse": the subject of the clause
        # ("..., when my mother mentioned it, I laughed and said"), else of the sentence
        sp = clause_subject(text, sent, end - len(last_word))
        if sp is None:
            sp = subordinate_subject(text, sent, end - len(last_word))
        if sp is not None:
            return Attribution(sp, "before:clause-subject", verb_end=ve)
        return Attribution(sentence_subject(text, sent, vs), "before:sentence-subject", verb_end=ve)
    sp = subject_back(text, sent, end)
    if sp is not None:
        if text[sp[0]] in "aA":
            sp = _contact_clause(text, sp) or sp
        if text.startswith(" of ", sp[0] - 4):
            sp = _people_of(text, sent, sp) or sp
        elif sp[0] - sent > 8:
            sp = _relative_clause_head(text, sent, sp) or sp
        k = text.rfind(" ", max(sent, sp[0] - 14), sp[0] - 1)
        if (
            k >= 0
            and text[k + 1 : sp[0] - 1] in PREPOSITIONS
            and not _opens_clause(text, k + 1, sp)
        ):
            # "Protesters marching through the streets chanted": not "the streets"
            head = sentence_subject(text, sent, sp[1])
            if head is not None:
                return Attribution(head, "before:sentence-subject", verb_end=ve)
    return Attribution(sp, "before:subject", verb_end=ve)


# Words after "a" that count what follows them ("a few critics said"): no contact clause.
_QUANTIFIERS = frozenset(
    [
        "few",
        "dozen",
        "number",
        "couple",
        "lot",
        "handful",
        "group",
        "majority",
        "host",
        "series",
        "pair",
        "trio",
        "bunch",
        "slew",
        "string",
        "team",
        "panel",
        "coalition",
        "score",
        "hundred",
        "thousand",
        "million",
    ]  # noqa: SIM905
)


def _contact_clause(text: str, sp: Speaker) -> Speaker | None:
    """The subject of a relative clause with no "that" ("in a decision campaigners
    called 'a betrayal'", "a plan critics described as "cruel""): "a"/"an" and one
    singular noun cannot take a plural head, so the bare plural before the verb is its
    subject. None for any other noun phrase ("a few critics", "the council members")."""
    if text[sp[0]] not in "aA" or (
        text[sp[0] + 1 : sp[0] + 2] != " " and text[sp[0] + 1 : sp[0] + 3] != "n "
    ):
        return None  # no "a"/"an": the usual case, read without splitting
    words = text[sp[0] : sp[1]].split()
    if len(words) != 3 or words[0].lower() not in ("a", "an"):
        return None
    middle, last = words[1], words[2]
    if not middle.islower() or middle in _QUANTIFIERS or middle.endswith("s"):
        return None
    if not plural_noun(last):
        return None
    return (sp[1] - len(last), sp[1])


def _people_of(text: str, sent: int, sp: Speaker) -> Speaker | None:
    """The people an organisation's name is "of" ("six members of the House
    Administration Committee said", "a group of senators wrote"): the whole phrase from
    the people noun, not the organisation after "of" (and not, past it, the subject of
    an opening phrase). None unless a people noun and "of" stand right before ``sp``."""
    if text[max(sent, sp[0] - 4) : sp[0]] != " of ":
        return None
    before = text[max(sent, sp[0] - 30) : sp[0]].split()
    if len(before) < 2 or before[-1] != "of" or before[-2].lower() not in PEOPLE:
        return None
    at = sp[0] - len(" of ") - len(before[-2])
    head = subject_back(text, sent, at + len(before[-2]))
    if head is None or head[1] != at + len(before[-2]):
        return None
    return (head[0], sp[1])


def _relative_clause_head(text: str, sent: int, sp: Speaker) -> Speaker | None:
    """The noun a relative clause hangs on, when the subject read back from the verb is
    the clause's object ("The union that represents the crews posted on Instagram that
    ...": the union posted, not the crews): the subject before "that", "who" or "which"
    and the clause's own verb right before ``sp``. None otherwise."""
    window = text[max(sent, sp[0] - 40) : sp[0]]
    if " that " not in window and " who " not in window and " which " not in window:
        return None
    before = window.split()
    if len(before) < 3 or before[-2] not in ("that", "who", "which"):
        return None
    verb = before[-1]
    if not verb.islower() or not verb.endswith(("s", "ed")) or verb.endswith("ss"):
        return None
    at = text.rfind(" " + before[-2] + " ", max(sent, sp[0] - 40), sp[0])
    if at <= sent:
        return None
    head = subject_back(text, sent, at)
    return head if head is not None and head[1] == at else None


# Prepositions that also open a clause with a subject of its own: "after a judge told".
_CLAUSE_PREPOSITIONS = frozenset(("after", "before", "since", "until", "till", "as"))


def _opens_clause(text: str, at: int, sp: Speaker) -> bool:
    """The word at ``at`` before the subject ``sp`` opens a clause rather than a phrase:
    "after a judge told them that ...", "as the senator said" (the judge speaks, not the
    sentence's subject, which a dateline may even open: "BOSTON — Jurors began ..., after
    a judge told them"). Only a word that can be a conjunction, before a speaker that can
    talk: "through the streets chanted" stays a phrase."""
    if text[at : sp[0] - 1] not in _CLAUSE_PREPOSITIONS:
        return False
    words = text[sp[0] : sp[1]].split()
    head = words[-1].lower().rstrip(".,")
    return (
        words[0] in PRONOUNS
        or words[-1][:1].isupper()
        or head in PERSON_ROLES
        or head in PEOPLE
        or head.endswith(_AGENT_ENDINGS)
    )


# Words that open a participle clause fronted before the main clause: "After saying ...,".
_FRONTING = frozenset(
    ("After", "Before", "While", "When", "In", "By", "Since", "Upon", "Without", "Despite")
)


def _main_subject_after(text: str, qs: int, runs: QuotedRuns) -> Speaker | None:
    """The subject of the main clause after a fronted participle clause that holds the
    quote ("After saying her foot was "so swollen I could barely walk," she was taken to
    hospital": she): a pronoun or a name right after the comma that closes the clause, at
    the quote's end or after it, in the same sentence."""
    run = runs.overlapping(qs, qs + 1)
    if not run:
        return None
    qe = run[0][1]
    stop = min(len(text), qe + 200)
    end = SENT_END.search(text, qe, stop)
    if end is not None:
        stop = end.start()
    comma = text.find(",", max(qs, qe - 3), stop)
    if comma < 0 or (comma < qe and text[comma + 1 : qe].strip(CLOSERS)):
        return None
    k = comma + 1
    while k < stop and (text[k] in " \t\u00a0" or text[k] in CLOSERS):
        k += 1
    sp = subject_forward(text, k, stop)
    if sp is None or sp[0] != k:
        return None
    word = text[sp[0] : sp[1]]
    if word in PRONOUNS or (word[:1].isupper() and word.split(" ", 1)[0] not in STOP_CAPS):
        return sp
    return None


def _coordinated(text: str, sent: int, vs: int) -> bool:
    """The verb at ``vs`` follows "and", "but", "or" or "then": it shares a subject."""
    end = vs
    while end > sent and text[end - 1] in " \t\u00a0":
        end -= 1
    return text[max(sent, end - 4) : end].split(" ")[-1] in COORDINATORS


def possessive_claim(text: str, sent: int, qs: int) -> Attribution | None:
    """Whose claim the quote is, when a noun for what someone said leads to it after a
    possessive: "Trump's claim that there have been "thousands of shootings"", "his promise
    to "drain the swamp"", "the president's assertion that ...". The owner is the speaker
    ("his" resolved like a pronoun); the last such phrase before the quote wins."""
    lo = max(sent, qs - 300)
    last = None
    for word in (" that ", " to "):
        # the phrase ends with "that" or "to": look only just before the last one
        k = text.rfind(word, lo, qs)
        if k < 0:
            continue
        end = k + len(word)
        for m in CLAIM.finditer(text, max(lo, k - 80), end):
            if m.end() == end and (last is None or m.end() > last.end()):
                last = m
    if last is None or runs_between(text, last.end(), qs):
        return None
    if last.group("pronoun"):
        return Attribution(last.span("pronoun"), "before:possessive-claim", verb_end=last.end())
    sp = subject_back(text, sent, last.start("owner"))
    if sp is None:
        return None
    return Attribution(sp, "before:possessive-claim", verb_end=last.end())


def runs_between(text: str, lo: int, hi: int) -> bool:
    """A sentence ends between ``lo`` and ``hi``: the claim does not reach the quote."""
    return SENT_END.search(text, lo, hi) is not None


def rest_of_sentence(text: str, qe: int, para_end: int) -> Attribution | None:
    """The rest of the sentence after a quote: ``..., according to X.`` or an attribution
    between commas (``..., Warren said.``, ``..., she said, referencing ...``,
    ``..., said the senator.``)."""
    stop = min(para_end, qe + 300)
    m = SENT_END.search(text, qe, stop)
    end = m.start() + 1 if m else stop
    m = ACCORDING.search(text, qe, end)
    if m:
        sp = subject_forward(text, m.end(), end)
        return Attribution(sp, "rest:according-to") if sp else None
    if text.find(",", qe, end) < 0:
        return None
    m = END_SAID.search(text, qe, end)
    if m is not None and not _in_marks(text, qe, m.start()):
        return Attribution(m.span("subj"), "rest:X-said")
    m = END_SAID_INVERTED.search(text, qe, end)
    if m is not None and not _in_marks(text, qe, m.start()):
        sp = subject_forward(text, m.start("subj"), end)
        return Attribution(sp, "rest:said-X") if sp else None
    return None


def _in_marks(text: str, lo: int, hi: int) -> bool:
    """A quotation mark between the quote and the attribution: another quote's words."""
    return any(c in OPENERS for c in text[lo:hi])


def previous_sentence(
    text: str, qs: int, runs: QuotedRuns, verbs: SpeechVerbs
) -> Attribution | None:
    """A speech verb and subject in the sentence before the quote: in its paragraph, or
    the last sentence of the paragraph before (``He told the crowd:`` then the quote)."""
    own = sentence_start(text, qs, runs)
    k = own
    while k > max(0, own - _BLANK) and text[k - 1].isspace():
        k -= 1
    if k == 0 or own - k >= _BLANK:
        return None  # the opening paragraph, or one far below the last
    lo = sentence_start(text, k - 1, runs)
    found = verbs.between(lo, qs)
    if not found:
        return _spoke_before(text, lo, k)
    last = found[0]
    if last.word.lower().startswith(("according", "in the words")):
        sp = subject_forward(text, last.end, qs)
    elif _passive(text, lo, last.start, last.word):
        return None
    else:
        sp = subject_back(text, lo, strip_adverbs(text, lo, last.start))
    return Attribution(sp, "previous-sentence") if sp else None


# Verbs that say someone talked without being speech verbs anywhere else ("spoke at the
# rally" reports no words): before a quote that has no attribution of its own they
# introduce it ("Doyle spoke at length about her side's response." then the quote).
_SPOKE = compiled.compile(r"\b(?:spoke|talked|speaks|talks)\b")


def _spoke_before(text: str, lo: int, hi: int) -> Attribution | None:
    """The subject of "spoke" or "talked" in the sentence ``lo..hi`` right before a quote
    with no attribution: a name or a pronoun, which the speaker rule resolves."""
    m = _SPOKE.search(text, lo, hi)
    if m is None or _in_marks(text, lo, m.start()):
        return None
    sp = subject_back(text, lo, strip_adverbs(text, lo, m.start()))
    if sp is None:
        return None
    word = text[sp[0] : sp[1]]
    if word not in PRONOUNS and not word[:1].isupper():
        return None  # "the teams spoke": no one to give the words to
    return Attribution(sp, "previous-sentence:spoke")
