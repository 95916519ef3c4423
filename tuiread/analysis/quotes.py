"""Direct quotations and who said them.

How it works, in three passes over the text, none of them a per-character Python loop:

1. **Pairing.** One regex finds every double quotation mark (straight and curly, « » „ too).
   Each mark is read as an opener, a closer or either from the characters around it, and a
   small state machine walks the marks only: nested marks, mixed pairs (“ ... "), quotes that
   run over several paragraphs (a paragraph that ends open and a next paragraph that opens
   again), and unbalanced marks, which are recovered at the paragraph boundary rather than
   upsetting the rest of the article.
2. **Speech or not.** A short quote (three words or fewer) with no speech verb near it is a
   scare quote; a Title Case one with no attribution is the title of a work; quoted words in
   the middle of a sentence with no speech verb anywhere in it are a term, not speech;
   attribute values of embedded markup (``author="..."``) are not prose. All are left out.
3. **Speaker.** The attribution next to the quote (``," X said``, ``," said X``,
   ``X said: "``, ``X told reporters that ... "``, ``according to X``, ``X was quoted as
   saying``, participles such as ``..., adding "`` which take the subject of the sentence),
   else the quote before it in the paragraph (``"A," he said. "B."``), else the one after,
   else the sentence before, else the last speaker. ``speaker_start``/``speaker_end`` mark
   the words in the text that name the speaker (a pronoun, a name, "the statement"); the
   ``speaker`` value is a canonical name: pronouns resolve to the last named person,
   surnames and titles ("Minister Kono") to the full name found in the text or in the entity
   spans, and documents ("the statement") to the body that issued them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tuiread.model import Span

__all__ = ["find_quotes"]

# --------------------------------------------------------------------------- word lists


def _words(block: str) -> list[str]:
    return block.split()


# Verbs (and phrases) that introduce or attribute speech. Inflected forms are spelled out:
# a regex alternation of literal words is fast and keeps the meaning explicit.
_SPEECH_WORDS = _words(
    """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing written explain explains explained explaining note notes noted
    noting insist insists insisted insisting stress stresses stressed stressing declare
    declares declared declaring continue continues continued continuing argue argues argued
    arguing claim claims claimed claiming state states stated stating warn warns warned
    warning recall recalls recalled recalling tweet tweets tweeted tweeting post posts posted
    reply replies replied replying respond responds responded responding answer answers
    answered answering acknowledge acknowledges acknowledged acknowledging admit admits
    admitted admitting concede concedes conceded conceding suggest suggests suggested
    suggesting urge urges urged urging shout shouts shouted shouting yell yells yelled yelling
    chant chants chanted chanting scream screamed screaming joke jokes joked joking quip
    quips quipped remark remarks remarked observe observes observed announce announces
    announced announcing conclude concludes concluded predict predicts predicted promise
    promises promised promising vow vows vowed vowing boast boasts boasted complain complains
    complained complaining lament laments lamented muse mused emphasize emphasizes emphasized
    emphasizing emphasise emphasises emphasised reiterate reiterates reiterated comment
    comments commented commenting caution cautions cautioned confirm confirms confirmed deny
    denies denied testify testifies testified counter countered counters whisper whispered
    sigh sighed exclaim exclaimed exclaims assert asserts asserted asserting maintain
    maintains maintained contend contends contended recount recounts recounted reflect
    reflected reflects report reports reported reporting reckon reckoned charged pledged
    pledge pledges wonder wondered wonders demanded demands scolded thundered
    """
)
_SPEECH_PHRASES = [
    r"[Aa]ccording\s+to",
    r"(?:was|were|is|are)\s+quoted\s+(?:as\s+)?(?:saying|telling)",
    r"quoted\s+(?:as\s+)?saying",
    r"went\s+on",
    r"goes\s+on",
    r"pointed\s+out",
    r"points\s+out",
]
# Inverted order ("," said X") only comes with simple verbs.
_INVERTED_WORDS = _words(
    """
    said says added adds asked asks wrote writes explained explains noted notes continued
    continues insisted insists stressed declared declares argued argues warned warns recalled
    recalls replied replies responded answered acknowledged admitted suggested urged remarked
    observed announced concluded tweeted countered offered
    """
)
# Participles that take the subject of the sentence: "X ..., adding "..."".
_PARTICIPLES = {w for w in _SPEECH_WORDS if w.endswith("ing")}

_PRONOUNS = {
    **dict.fromkeys(("he", "He"), "m"),
    **dict.fromkeys(("she", "She"), "f"),
    **dict.fromkeys(("they", "They", "we", "We"), "p"),
    **dict.fromkeys(("it", "It"), "n"),
    "I": "s",
}
# Capitalised words that begin sentences or clauses but never names.
_STOP_CAPS = set(
    _words(
        """
        A An The But And Or So Yet Then Also Still However Meanwhile Later Earlier Asked
        Speaking In On At As When After Before While Since If Though Although Because During
        For From With Without This That These Those It He She They We I You His Her Their Its
        Our My Your There Here Now Today Yesterday Tonight Last Next Why What How Who Where
        Which Instead Indeed Even Only Just Once Finally Again Both Each Every Some Many Most
        Few Several Such No Not Monday Tuesday Wednesday Thursday Friday Saturday Sunday To Of
        By Over Under Into Among Like Unlike Despite Throughout Until Mr Mrs Ms Dr
        """
    )
)
# Words that are titles or offices: dropped when a name is reduced to its canonical form.
_TITLES = set(
    _words(
        """
        Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sen Sen. Rep Rep. Gov Gov. Gen Gen. Lt Lt.
        Col Col. Capt Capt. Sgt Sgt. Adm Adm. Rev Rev. Del Del. Maj Maj. Cmdr Cmdr. Atty Atty.
        Amb Amb. Sir Dame Lord Lady President Vice Prime Minister Ministers Secretary Deputy
        Chief Cabinet Foreign Defense Defence Finance Interior Justice Senator Representative
        Congressman Congresswoman Governor Mayor Chairman Chairwoman Chair Director General
        Spokesman Spokeswoman Spokesperson Ambassador Judge Commissioner Speaker Leader
        Majority Minority Attorney Sheriff Officer Commander King Queen Prince Princess Pope
        Chancellor Premier Special Envoy Adviser Advisor National Security State Assistant
        Executive Senior Former Retired Democratic Republican Democrat GOP Candidate Nominee
        Presidential Reverend Father Sister Brother Professor Doctor Coach Detective
        Sergeant Captain Lieutenant Colonel Admiral Marshal Superintendent Inspector Police
        Army Navy Supreme Court CEO Founder Co-founder Host Anchor Editor Correspondent
        """
    )
)
# Nouns naming documents or channels that "say" things on behalf of whoever issued them.
_DOCUMENTS = set(
    _words(
        """
        statement statements release communique communiqué report letter memo memorandum
        document documents filing complaint ruling order service notice announcement post
        tweet email e-mail message note transcript ad advertisement video clip spot website
        """
    )
)
# Last words of organisations and places, never of a person's name.
_ORG_HEADS = set(
    _words(
        """
        Council Committee Ministry House Department Agency News Party States Nations Union
        Court University Bank Company Corporation Group Association Office Commission Times
        Post Journal Press Service Forces Force Army Navy Assembly Parliament Congress Senate
        Government Administration Institute Center Centre Foundation Organization Street
        Campaign Network Times Review Fund Board Bureau Police Airlines Club Church Kingdom
        Republic Korea America Africa Europe Asia Island Islands City County Province Sea
        """
    )
)
_DETERMINERS = set(
    _words("the a an his her their its one another this that my our some two three several")
)

# --------------------------------------------------------------------------- regexes

_VERB_ALT = "|".join([*_SPEECH_PHRASES, *sorted(set(_SPEECH_WORDS), key=len, reverse=True)])
_VERB_NOACC = "|".join([*_SPEECH_PHRASES[1:], *sorted(set(_SPEECH_WORDS), key=len, reverse=True)])
_INV_ALT = "|".join(sorted(set(_INVERTED_WORDS), key=len, reverse=True))
_DET = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Mm]y|"
    r"[Oo]ur|[Ss]ome|[Tt]wo|[Tt]hree|[Mm]any|[Ss]everal|[Oo]ther)"
)
_CAP_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
# A capitalised name: "Taro Kono", "Rep. Jim Clyburn", "Joint Chiefs of Staff",
# "the Japanese Foreign Ministry's press service" (a possessive and up to three words)
_NAME = (
    rf"{_CAP_WORD}(?:\s(?:{_CAP_WORD}|(?:de|da|del|der|van|von|bin|al|al-|el|la|le|of|the|and)"
    rf"\s{_CAP_WORD}))*(?:['’]s(?:\s[a-z][\w\-]*){{0,3}})?"
)
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)"
_NP = rf"{_DET}(?:\s[\w'’.()\-]+){{1,7}}?"
_NP_GREEDY = (
    rf"{_DET}(?:\s(?!(?:who|that|which|on|in|at|during|when|after|before|and|but|as|to|said|"
    r"says|told|added)\b)[\w'’.()\-]+){1,8}"
)
_SUBJ = rf"(?P<subj>{_NAME}|\b{_PRON}\b|\b{_NP})"
_SUBJ_AFTER = rf"(?P<subj>{_NAME}|\b{_PRON}\b|\b{_NP_GREEDY})"
_PAREN = r"(?:\s?\([^()\n]{1,40}\))?"
_APPOS = r"(?:\s?,\s[^,\"“”\n]{1,180}?,)?"
_ADV = (
    r"(?:\s(?:also|later|then|again|once|had|has|have|was|is|were|would|will|previously|"
    r"recently|further|earlier|simply|just|often|\w+ly))*"
)

_VERB_RE = re.compile(rf"\b(?:{_VERB_ALT})\b")
# Subject then verb right after the closing mark: ," the statement said / ," he told
# reporters / ," White House press secretary Josh Earnest said / ," my father often said
_AFTER_SV = re.compile(
    rf"[\s,;:—–\-]*(?P<subj>\b{_PRON}\b|[^\s,\"“”;:!?.][^,\"“”;:!?\n]{{0,90}}?"
    rf"(?:,\s[^,\"“”;:!?\n]{{1,160}}?,)?){_ADV}\s(?P<verb>{_VERB_NOACC})\b"
)
# Verb then subject right after the closing mark: ," said Kenneth Baer
_AFTER_VS = re.compile(
    rf"[\s,;:—–\-]*(?:(?:also|then|later)\s)?(?P<verb>{_INV_ALT}|according\sto)\s{_SUBJ_AFTER}"
)
# A dash and a name after a quote that ends its paragraph: ”― Carla Sanchez
_AFTER_DASH = re.compile(
    rf"[\s\u00a0]*[―—–\-]{{1,2}}[\s\u00a0]*(?P<subj>{_NAME})[.\s\u00a0]*(?:\n|$)"
)
# The subject right before a verb (searched at the end of the words before it).
_SUBJ_TAIL = re.compile(rf"{_SUBJ}{_PAREN}{_APPOS}(?:\s?,?\s(?:who|which))?{_ADV}\s*$")
_SUBJ_HEAD = re.compile(
    rf"\s*(?:(?:[A-Z]\w*|[Ii]n\s[^,]{{1,60}}|[Aa]t\s[^,]{{1,60}}|[Oo]n\s[^,]{{1,60}}),\s)?{_SUBJ}"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording\sto\s{_SUBJ_AFTER}")
# Sentence boundaries: . ! ? (and a closing mark) then space, not after a title or initial.
_SENT_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"(?<!\bLt)(?<!\bNo)(?<!\bvs)(?<![A-Z])[.!?][\"”’)\]]?\s+"
)
_MARKS = re.compile(r"[\"“”„«»‟]")
# A transcript turn inside quotation marks: "WALLACE: ..."
_TRANSCRIPT = re.compile(r"[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
_TRANSCRIPT_IN = re.compile(r"\n\s*[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
_SPACE = frozenset(" \t\r\n\f\v\u00a0\u2028\u2029\u3000")
_OPEN_BEFORE = frozenset(" \t\r\n\f\v\u00a0([{—–-/:;,\u2028\u2029\u3000")
_CLOSE_AFTER = frozenset(" \t\r\n\f\v\u00a0)]}.,;:!?—–-/…\u2028\u2029\u3000'’")
_WORDS = re.compile(r"\w+")
_NAME_PAIR = re.compile(r"\b[A-Z][a-z][\w'’\-]*(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’\-]*){1,2}\b")
# Someone named before a pronoun: "Sen. Claire McCaskill", "Mr. Obama", "Kenji Kanasugi"
_PERSONISH = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s[A-Z][\w'’\-]+"
    r"|[A-Z][a-z][\w'’\-]*(?:\s[A-Z]\.)?\s[A-Z][a-z][\w'’\-]+)"
)
_TRIM = " \t\r\n,;:\u00a0"
_LOWER_STOPS = frozenset(("but", "and", "so", "then", "as", "while", "when", "or", "yet"))


def find_quotes(text: str, entities: Sequence[Span] = ()) -> list[Span]:
    """Direct quotations in ``text`` as spans of kind "quote" with their speakers.

    ``entities`` are the entity spans of the same text (optional): their ``value`` gives
    canonical names for speakers.
    """
    if not text or not _MARKS.search(text):
        return []
    pairs = _pair(text)
    if not pairs:
        return []
    return _Attributor(text, entities).run(pairs)


# --------------------------------------------------------------------------- pairing


def _kind(text: str, i: int, ch: str, n: int) -> int:
    """1 opener, 2 closer, 3 either, read from the characters around the mark at ``i``."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < n else "\n"
    opens = before in _OPEN_BEFORE or before in '"“”„«»'
    closes = after in _CLOSE_AFTER or after in '"“”„«»'
    if ch == "“" or ch == "„" or ch == "«" or ch == "‟":
        if closes and not opens and after not in '"“„«':
            return 2  # a “ used as a closer: word“ + space
        return 1
    if ch == "”" or ch == "»":
        if opens and not closes:
            return 1  # ” used as an opener: space + ”word
        return 2
    if opens and not closes:
        return 1
    if closes and not opens:
        return 2
    return 3


def _pair(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted stretch, marks included, in text order."""
    n = len(text)
    out: list[tuple[int, int]] = []
    qstart = -1  # start of the quote being read (-1: none open)
    depth = 0
    last = 0  # position of the previous mark
    for m in _MARKS.finditer(text):
        i = m.start()
        kind = _kind(text, i, m.group(), n)
        if qstart >= 0:
            nl = text.find("\n", last, i)
            if nl >= 0:
                # The paragraph ended with the quote still open.
                if kind != 2 and not text[nl:i].strip():
                    # The next paragraph opens with a mark: the quote continues.
                    last = i
                    depth = 1
                    continue
                _recover(text, qstart, nl, out)
                qstart, depth = -1, 0
        last = i
        if qstart < 0:
            if kind == 2:
                continue  # a stray closer
            if i and text[i - 1] == "=":
                continue  # markup attribute value
            qstart, depth = i, 1
            continue
        if kind == 1 and not (m.group() == '"' and depth == 1 and text[qstart] != '"'):
            depth += 1
            continue
        depth -= 1
        if depth <= 0:
            out.append((qstart, i + 1))
            qstart, depth = -1, 0
    if qstart >= 0:
        nl = text.find("\n", last)
        _recover(text, qstart, n if nl < 0 else nl, out)
    return out


def _recover(text: str, qstart: int, stop: int, out: list[tuple[int, int]]) -> None:
    """An opener with no closer before ``stop`` (end of its paragraph): keep the quote to the
    end of the paragraph when it reads as speech, else drop the stray mark."""
    end = stop
    while end > qstart + 1 and text[end - 1] in _SPACE:
        end -= 1
    line = text.rfind("\n", 0, qstart) + 1
    lead = text[line:qstart].rstrip()
    if end - qstart > 12 and (not lead or lead[-1] in ",:"):
        out.append((qstart, end))


# --------------------------------------------------------------------------- speakers


class _Attributor:
    __slots__ = (
        "text",
        "n",
        "ent_starts",
        "ents",
        "names",
        "last_person",
        "last_person_at",
        "last_any",
    )

    def __init__(self, text: str, entities: Sequence[Span]) -> None:
        self.text = text
        self.n = len(text)
        ents = sorted(
            (e for e in entities if getattr(e, "kind", None) == "entity"),
            key=lambda e: e.start,
        )
        self.ents = ents
        self.ent_starts = [e.start for e in ents]
        self.names: dict[str, str] | None = None
        self.last_person: str | None = None
        self.last_person_at = -(10**9)
        self.last_any: str | None = None

    # -- the main loop
    def run(self, pairs: list[tuple[int, int]]) -> list[Span]:
        text = self.text
        found: list[tuple[int, int, int, int, str | None, bool]] = []
        prev_end = 0
        for qs, qe in pairs:
            inner = text[qs + 1 : qe - 1] if text[qe - 1] in '"”»“' else text[qs + 1 : qe]
            if not any(c.isalnum() for c in inner[:64]) and not _WORDS.search(inner):
                prev_end = qe
                continue
            if _TRANSCRIPT.match(text, qs) or (
                "\n" in inner and _TRANSCRIPT_IN.search(text, qs, qe)
            ):
                prev_end = qe
                continue  # a transcript turn ("WALLACE: ..."), not a quotation
            nwords = len(inner.split())
            para = text.rfind("\n", 0, qs) + 1
            lo = max(para, prev_end, qs - 400)
            left = text[lo:qs]
            # the sentence the quote starts in
            sent = lo
            for sm in _SENT_END.finditer(left):
                sent = lo + sm.end()
            left = text[sent:qs]
            para_end = text.find("\n", qe)
            if para_end < 0:
                para_end = self.n
            speaker = self._after(qe, para_end)
            verb_near = speaker is not None
            if speaker is None:
                speaker, verb_near = self._before(sent, qs, left)
            lead = left.rstrip()
            at_start = not lead or lead[-1] in ":,—–-([" or lead.endswith("...")
            if speaker is None:
                speaker, v = self._rest(qe, para_end)
                verb_near = verb_near or v
            # Speech or not?
            keep = True
            if nwords <= 3 and not verb_near:
                keep = False
            elif not verb_near and not at_start:
                keep = False  # a term or name quoted mid-sentence
            elif (
                nwords <= 6
                and not at_start
                and _title_case(inner)
                and not speaker_is_after(speaker, qe)
            ):
                keep = False
            prev_end = qe
            if not keep:
                continue
            found.append(
                (
                    qs,
                    qe,
                    *(speaker[:2] if speaker else (-1, -1)),
                    speaker[2] if speaker else None,
                    at_start,
                )  # type: ignore[arg-type]
            )
        # Fill in quotes with no attribution of their own from their neighbours.
        out: list[Span] = []
        k = len(found)
        resolved: list[tuple[int, int, str | None]] = [(-1, -1, None)] * k
        for j in range(k):
            qs, qe, ss, se, name, _ = found[j]
            if ss < 0:
                continue
            resolved[j] = (ss, se, name)
        for j in range(k):
            if resolved[j][0] >= 0:
                continue
            qs = found[j][0]
            para = text.rfind("\n", 0, qs) + 1
            # the previous quote in the paragraph or the paragraph before
            if (
                j
                and resolved[j - 1][0] >= 0
                and found[j - 1][1] >= text.rfind("\n", 0, max(para - 1, 0))
            ):
                resolved[j] = resolved[j - 1]
                continue
            if j + 1 < k and resolved[j + 1][0] >= 0:
                nxt = found[j + 1][0]
                if text.find("\n", found[j][1], nxt) < 0:
                    resolved[j] = resolved[j + 1]
                    continue
            sp = self._previous_sentence(para, qs)
            if sp is not None:
                resolved[j] = sp
        for j in range(k):
            qs, qe = found[j][0], found[j][1]
            ss, se, name = resolved[j]
            if ss >= 0:
                if name is None:
                    name = self._canonical(ss, se)
                    resolved[j] = (ss, se, name)
                self._remember(name, ss, se)
                out.append(
                    Span(
                        "quote",
                        "QUOTE",
                        qs,
                        qe,
                        text[qs:qe],
                        speaker=name,
                        speaker_start=ss,
                        speaker_end=se,
                    )
                )
            else:
                out.append(Span("quote", "QUOTE", qs, qe, text[qs:qe]))
        return out

    # -- finding the attribution
    def _after(self, qe: int, para_end: int) -> tuple[int, int, str | None] | None:
        """``," X said`` / ``," said X`` / ``," according to X`` right after the quote."""
        text = self.text
        stop = min(para_end, qe + 260)
        if qe >= stop:
            return None
        c = text[qe]
        closing = text[qe - 2] if qe >= 2 else ""
        if c not in " ,\u00a0—–-―;" and not c.isalpha():
            return None
        if c in "―—–-" or text[qe : qe + 2].strip(" \u00a0")[:1] in "―—–":
            m = _AFTER_DASH.match(text, qe, para_end + 1)
            if m:
                return self._subject(m)
        # A new sentence after a full stop: only a plain "He said." style attribution.
        m = _AFTER_VS.match(text, qe, stop)
        if m and closing != ".":
            return self._subject(m)
        m = _AFTER_SV.match(text, qe, stop)
        if m:
            tail = text[m.end() : m.end() + 2]
            verb = m.group("verb")
            if closing == "." and not (
                tail[:1] in ".," or verb.startswith(("add", "said", "says"))
            ):
                return None
            return self._subject(m)
        return None

    def _before(
        self, sent: int, qs: int, left: str
    ) -> tuple[tuple[int, int, str | None] | None, bool]:
        """The last speech verb before the quote in its sentence, and its subject."""
        last = None
        for last in _VERB_RE.finditer(left):  # noqa: B007
            pass
        if last is None:
            return None, False
        verb = last.group()
        vstart = sent + last.start()
        if verb.startswith("according"):
            m = _ACCORDING.match(left, last.start())
            if m:
                return self._subject(m, sent), True
            return None, True
        if verb in _PARTICIPLES:
            pre = left[: last.start()].rstrip()
            if not pre or pre.endswith((",", "by", "while", "after", "before", "when", "in", "as")):
                m = _SUBJ_HEAD.match(left, 0, last.start())
                if m and m.group("subj") and not _only_stops(m.group("subj")):
                    return self._subject(m, sent), True
        m = _SUBJ_TAIL.search(self.text, max(sent, vstart - 260), vstart)
        if m:
            return self._subject(m), True
        return None, True

    def _rest(self, qe: int, para_end: int) -> tuple[tuple[int, int, str | None] | None, bool]:
        """The rest of the sentence after a partial quote: ``..., according to X.``"""
        text = self.text
        stop = min(para_end, qe + 300)
        m = _SENT_END.search(text, qe, stop)
        end = m.start() + 1 if m else stop
        seg_m = _ACCORDING.search(text, qe, end)
        if seg_m:
            return self._subject(seg_m), True
        return None, False

    def _previous_sentence(self, para: int, qs: int) -> tuple[int, int, str | None] | None:
        """A speech verb and subject in the sentence before the quote (this paragraph or the
        end of the one before: ``He told the crowd:`` then the quote)."""
        text = self.text
        lo = max(0, qs - 300)
        if para > 0 and para - lo < 2:
            lo = max(0, para - 300)
        window = text[lo:qs]
        last = None
        for last in _VERB_RE.finditer(window):  # noqa: B007
            pass
        if last is None:
            return self._last_named()
        vstart = lo + last.start()
        if last.group().startswith("according"):
            m = _ACCORDING.match(text, vstart)
            return self._subject(m) if m else self._last_named()
        m = _SUBJ_TAIL.search(text, max(lo, vstart - 200), vstart)
        if m:
            return self._subject(m)
        return self._last_named()

    def _last_named(self) -> tuple[int, int, str | None] | None:
        return None

    # -- naming the speaker
    def _subject(self, m: re.Match[str], offset: int = 0) -> tuple[int, int, str | None]:
        s, e = m.span("subj")
        s += offset
        e += offset
        text = self.text
        # drop capitalised sentence openers ("But Flynn") and trailing spaces
        mention = text[s:e]
        words = mention.split(" ")
        while len(words) > 1 and (words[0].rstrip(",") in _STOP_CAPS or words[0] in _LOWER_STOPS):
            s += len(words[0]) + 1
            words.pop(0)
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if (
            e - s > 3
            and text[e - 1] == "."
            and text[e - 3] not in " ."
            and text[e - 4 : e] != " Jr."
        ):
            e -= 1  # a full stop, not an initial
        return s, e, None

    def _canonical(self, s: int, e: int) -> str | None:
        text = self.text
        mention = text[s:e].split(", ", 1)[0]
        e = s + len(mention)
        first = mention.split(" ", 1)[0]
        if first in _PRONOUNS:
            kind = _PRONOUNS[first]
            if kind in "mf":
                return self._nearest_person(s) or self.last_person
            if kind in "pn":
                return self.last_any or self.last_person
            return self.last_person
        ent = self._entity_at(s, e)
        if mention[:1].isupper() and first.lower() not in (
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "one",
            "another",
            "this",
            "that",
        ):
            return self._person_name(mention, ent)
        # a noun phrase: "the statement", "a Joint Chiefs of Staff (JCS) official"
        words = mention.split()
        head = words[-1].lower().strip(".,")
        if head in _DOCUMENTS or (len(words) > 1 and words[-2].lower() in _DOCUMENTS):
            body = self._issuer(s)
            if body:
                return body
        if ent is not None and ent.value and ent.label in ("ORG", "PERSON", "GPE", "NORP"):
            return ent.value
        if words and words[0].lower() in ("the",):
            return " ".join(words[1:]) or mention
        return mention

    def _remember(self, name: str | None, s: int, e: int) -> None:
        if not name:
            return
        first = self.text[s:e].split(" ", 1)[0]
        if first in _PRONOUNS:
            return
        self.last_any = name
        if first[:1].isupper():
            self.last_person = name
            self.last_person_at = e

    def _entity_at(self, s: int, e: int) -> Span | None:
        if not self.ents:
            return None
        j = bisect_right(self.ent_starts, e - 1) - 1
        best = None
        while j >= 0 and j >= len(self.ent_starts) - 10_000_000:
            ent = self.ents[j]
            if ent.end > s and ent.start < e:
                if best is None or ent.end - ent.start > best.end - best.start:
                    best = ent
            if ent.start < s - 200:
                break
            j -= 1
        return best

    def _nearest_person(self, s: int) -> str | None:
        """The person named last before ``s`` (entity spans first, else a name-like pair)."""
        if self.ents:
            j = bisect_right(self.ent_starts, s) - 1
            while j >= 0 and self.ents[j].start > s - 3000:
                ent = self.ents[j]
                if ent.label == "PERSON":
                    return ent.value or ent.text
                j -= 1
            return None
        if self.last_person is not None and s - self.last_person_at < 1200:
            return self.last_person
        last = None
        for last in _PERSONISH.finditer(self.text, max(0, s - 600), s):  # noqa: B007
            pass
        if last is None:
            return None
        words = last.group().split()
        if words[0] in _STOP_CAPS or words[-1] in _ORG_HEADS:
            return None
        return self._person_name(last.group(), None)

    def _person_name(self, mention: str, ent: Span | None) -> str:
        mention = mention.strip()
        poss = re.search(r"['’]s\b", mention)
        if poss:
            # "the Japanese Foreign Ministry's press service" style possessives stay whole
            return mention
        tokens = [t for t in re.split(r"\s+", mention) if t]
        # drop leading titles and offices ("Vice Foreign Minister Shinsuke Sugiyama")
        cut = 0
        for k, t in enumerate(tokens[:-1]):
            if t in _TITLES or t.rstrip(".") in _TITLES:
                cut = k + 1
        core = tokens[cut:] or tokens
        name = " ".join(core)
        if ent is not None and ent.value and ent.label in ("PERSON", "ORG"):
            vwords = ent.value.split()
            if core[-1] in vwords or core[0] in vwords or len(core) == 1:
                return ent.value
        if len(core) == 1:
            full = self._full_name(core[0])
            if full:
                return full
        return name

    def _full_name(self, word: str) -> str | None:
        if self.names is None:
            names: dict[str, str] = {}
            for m in _NAME_PAIR.finditer(self.text):
                toks = m.group().split()
                while toks and (toks[0] in _TITLES or toks[0] in _STOP_CAPS):
                    toks.pop(0)
                if len(toks) < 2:
                    continue
                full = " ".join(toks)
                names.setdefault(toks[-1], full)
                if "-" in toks[-1]:  # Korean order: Kang Kyung-wha -> "Kang"
                    names.setdefault(toks[0], full)
            self.names = names
        return self.names.get(word)

    def _issuer(self, s: int) -> str | None:
        """Who issued "the statement": the subject of the last "X said in a statement"."""
        text = self.text
        lo = max(0, s - 3000)
        best = None
        for m in _ISSUED.finditer(text, lo, s):
            best = m
        if best is None:
            return None
        subj = best.group("subj").strip()
        words = subj.split()
        while len(words) > 1 and words[0] in _STOP_CAPS:
            words.pop(0)
        if words and words[0].lower() == "the":
            words.pop(0)
        return " ".join(words) or None


_ISSUED = re.compile(
    rf"{_SUBJ}{_PAREN}\s(?:said|says|announced|stated|added|noted)\s(?:in\s)?(?:a|an|its|the)\s"
    r"(?:\w+\s){0,2}(?:statement|release|communiqu[eé]|report|letter)"
)


def speaker_is_after(speaker: tuple[int, int, str | None] | None, qe: int) -> bool:
    return speaker is not None and speaker[0] >= qe


def _title_case(inner: str) -> bool:
    words = _WORDS.findall(inner)
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or w.isdigit() for w in words)


def _only_stops(s: str) -> bool:
    return all(w in _STOP_CAPS for w in s.split())
