"""Direct quotations and who said them.

How it works, in three passes, none of them a per-character Python loop over the text:

1. **Pairing.** ``str.find`` scans list every double quotation mark (straight and curly,
   « » „ too). Each mark is read as an opener, a closer or either from the characters around
   it, and a small state machine walks the marks only: nested marks, mixed pairs (“ ... "),
   quotes that run over several paragraphs (a paragraph that ends open and a next paragraph
   that opens again), and unbalanced marks, which are recovered at the paragraph boundary
   instead of upsetting the rest of the article. Quotations in single curly marks
   (‘We will win,’ he said) are added where no double-marked quote covers them.
2. **Speech or not.** A short quote (three words or fewer, not a sentence of its own) with no
   speech verb near it is a scare quote; a short Title Case one with no attribution, or one
   after a preposition, article or possessive ("CBS's "Face the Nation"") is the title of a
   work; a quote in the middle of a sentence with no speech verb in it is a term, and so is
   a single quoted word or a short one after an article (it was "disgusting", a "personal
   insult") even with one; a label after "called", "dubbed", "as", "the words" is a label;
   ``author="..."`` attribute values and transcript turns ("WALLACE: ...") are not prose.
   All are left out.
3. **Speaker.** The attribution next to the quote (``," X said``, ``," said X``,
   ``X said: "``, ``X told reporters that ... "``, ``according to X``, ``X was quoted as
   saying``, ``”― X``, participles such as ``..., adding "`` which take the subject of the
   sentence), else the quote before it in the paragraph (``"A," he said. "B."``), else the
   one after, else the sentence before. Subjects are read word by word over a few dozen
   characters. ``speaker_start``/``speaker_end`` mark the words that name the speaker (a
   pronoun, a name, "the statement"); ``speaker`` is a canonical name: pronouns resolve to
   the last named person, surnames and titles ("Minister Kono") to the full name in the
   entity spans or in the text, documents ("the statement") to the body that issued them.

Partial quotes inside reported speech (``Tokyo will "sincerely respond"``, ``they had
"discussed practical measures we can take ..."``) are kept by default (``partial=True``) when
they are a phrase of at most a dozen words that starts the reported clause: right after the
speech verb or its "that", or after a one-word subject. A longer quoted run continuing the
clause (``said the authorities would "continue to put pressure on ... and cooperate closely
with ..."``) and a fragment deep inside a long clause (``said the tax breaks used by Trump and
others "do nothing ..."``) are left out: PolNeAR annotates these as indirect speech whose
content starts before the mark, and its direct-quote score counts each as a precision miss.
On its dev part: char F1 91.7 with the partial phrases kept (89.7 keeping every clause-start
partial, 92.6 with none, ``partial=False``); quote recall 97.6, speaker 95.6.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tuiread.model import Span

from .trace import Trace

__all__ = ["find_quotes"]

# --------------------------------------------------------------------------- word lists


def _words(block: str) -> list[str]:
    return block.split()


# Verbs (and phrases) that introduce or attribute speech. Inflected forms are spelled out:
# a regex alternation of literal words is fast and keeps the meaning explicit.
_SPEECH_WORDS = _words(
    """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing explain explains explained explaining note notes noted
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
    "according to",
    "According to",
    "quoted as saying",
    "quoted saying",
    "quoted as telling",
    "went on",
    "goes on",
    "pointed out",
    "points out",
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
_SPEECH_SET = frozenset(_SPEECH_WORDS)
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
        Few Several Such No Not Following Responding Citing Referring Addressing Writing
        Noting Explaining Pressed Asked Monday Tuesday Wednesday Thursday Friday Saturday Sunday To Of
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
_MONTHS = frozenset(
    _words(
        """
        January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        """
    )
)
_DETERMINERS = set(
    _words("the a an his her their its one another this that my our some two three several")
)
# Words before a noun: a quote right after one is a term or a title, not a clause of speech.
_ARTICLES = frozenset(_words("a an the his her their its our my your this these those several"))
_AUXILIARIES = frozenset(
    _words("is was are were be been has have had will would can could may might should must do did")
)
# A partial quote is kept when at most this many words (see _reach) stand between it and its
# speech verb: it then starts the reported clause instead of sitting deep inside it.
_REACH = 1
# ... and when it is a phrase ("accurately hit"), at most this many words: a longer quoted run
# that continues a clause of reported speech ("said the authorities would "continue to put
# pressure on ... and cooperate closely with ...."") counts as indirect speech in
# news-attribution corpora (PolNeAR), so it is left out.
_PARTIAL_WORDS = 12
_CLAUSE_HEADS = (" that ", " whether ", " if ")
_ADVERBS = frozenset(
    _words(
        """
        also later then again once had has have was is were would will previously recently
        further earlier simply just often repeatedly told reportedly quickly flatly bluntly
        """
    )
)
_CONNECTORS = frozenset(
    _words("de da del der den van von bin ibn al el la le of the and for du dos das y")
)
_PREPOSITIONS = frozenset(
    _words(
        """
        through in on at of for with from by to into over under about after before near
        during against among between behind beyond toward towards upon within without
        """
    )
)
# Words that end a subject read forwards ("said X, who ..." / "according to X on Monday").
_SUBJECT_STOPS = frozenset(
    _words(
        """
        who whom whose that which on in at during when after before and but as to said says
        told added while because since if than from with by for of last this yesterday today
        """
    )
) | frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_INTRO_WORDS = frozenset(
    _words(
        """
        However Meanwhile Later Earlier Still Also Asked Speaking When While If Since Though
        Although Because Then Now Yesterday Today Last Next But And So Yet Instead Indeed
        Finally Again Once After Before During In On At For With From By Under Over Despite
        """
    )
)
# Common verbs that end a subject read forwards ("The party leader spoke ...").
_VERBISH = frozenset(
    _words(
        """
        is was are were has have had will would can could may might should must does did do
        spoke went came made took gave met held left sat stood ran won lost got began felt
        kept led saw sent thought brought found heard meant paid put set became chose drove
        fell fought grew knew rose struck threw wore speaks goes comes makes takes gives meets
        holds leaves sits stands runs wins loses gets begins feels keeps leads sees sends
        """
    )
)


# --------------------------------------------------------------------------- regexes


def _trie(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes: the regex engine then
    rejects a position after a character or two instead of trying every word in turn."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, dict]) -> str:
        parts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return walk(tree)


_VERB_RE = re.compile(rf"\b(?:{_trie(sorted(set(_SPEECH_WORDS) | set(_SPEECH_PHRASES)))})\b")
# Verb (or "according to") right after the closing mark: ," said Kenneth Baer
_AFTER_VS = re.compile(
    rf"[\s,;:—–\-]*(?:(?:also|then|later)\s)?(?:{_trie(sorted(set(_INVERTED_WORDS)))}|according\sto)\s"
)
_CAP_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
_NAME = (
    rf"{_CAP_WORD}(?:\s(?:{_CAP_WORD}|(?:de|da|del|der|van|von|bin|al|el|la|le|of|the|and)"
    rf"\s{_CAP_WORD}))*"
)
# A dash and a name after a quote that ends its paragraph: ”― Carla Sanchez
_AFTER_DASH = re.compile(
    rf"[\s\u00a0]*[―—–\-]{{1,2}}[\s\u00a0]*(?P<subj>{_NAME})[.\s\u00a0]*(?:\n|$)"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\sto\s")
_STRETCH_BAD = re.compile(
    r"[\"“”„«»;:!?\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bRev)(?<!\b[A-Z])\.\s"
)
_AFTER_VERB_RE = re.compile(
    rf"\b(?:{_trie(sorted(set(_SPEECH_WORDS) | {'read', 'reads', 'quoted'}))})\b"
)
# Sentence boundaries: . ! ? (and a closing mark) then space, not after a title or initial.
_SENT_END = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)"
    r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\b[A-Z]\.)[\"”’)\]]?\s+"
)
# A transcript turn inside quotation marks: "WALLACE: ..."
_TRANSCRIPT = re.compile(r"[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
_TRANSCRIPT_IN = re.compile(r"\n\s*[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
_NAMING = re.compile(
    r"\b(?:called|calls|call|calling|dubbed|dubs|labell?ed|labels|branded|brands|termed|"
    r"nicknamed|titled|entitled|named|as)(?:\s(?:a|an|the|his|her|its|their|this|that))?,?\s*$"
    r"|\b(?:the|a|his|her|their)\s(?:words?|phrase|term|slogan|hashtag|motto)\s*$"
)
_ISSUED = re.compile(
    r"\s(?:said|says|announced|stated|added|noted)\s(?:in\s)?(?:a|an|its|the)\s"
    r"(?:[\w\-]+\s){0,2}?(?:statement|release|communiqu[eé]|report|letter)\b"
)
# Someone named before a pronoun: "Sen. Claire McCaskill", "Mr. Obama", "Kenji Kanasugi"
_PERSONISH = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s[A-Z][\w'’\-]+"
    r"|[A-Z][a-z][\w'’\-]*(?:\s[A-Z]\.)?\s[A-Z][a-z][\w'’\-]+)"
)
_WORDS = re.compile(r"\w+")
_SPACE = frozenset(" \t\r\n\f\v\u00a0\u2028\u2029\u3000")
_OPEN_BEFORE = frozenset(" \t\r\n\f\v\u00a0([{—–-/:;,\u2028\u2029\u3000")
_CLOSE_AFTER = frozenset(" \t\r\n\f\v\u00a0)]}.,;:!?—–-/…\u2028\u2029\u3000'’")
_MARK_CHARS = '"“”„«»‟'
_ANY_MARK = _MARK_CHARS + "‘"
_CLOSERS = _MARK_CHARS + "’"
_OPENERS = '"“„«'
_PUNCT = ",.;:!?)]}\"”’'"
_PARTICIPLE_LEADS = (",", " by", " while", " after", " before", " when", " in", " as", "—", "-")

Speaker = tuple[int, int]


def find_quotes(
    text: str,
    entities: Sequence[Span] = (),
    *,
    partial: bool = True,
    trace: Trace | None = None,
) -> list[Span]:
    """Direct quotations in ``text`` as spans of kind "quote" with their speakers.

    ``entities`` are the entity spans of the same text (optional): their ``value`` gives
    canonical names for speakers. ``partial`` keeps quoted fragments that start a clause of
    reported speech (``said the authorities would "continue to put pressure ..."``); corpora
    that count only quotations standing as their own content (PolNeAR) score them as misses
    of precision.
    """
    if not text or not any(c in text for c in _ANY_MARK):
        return []
    pairs = _pair(text)
    if "‘" in text:
        pairs = _add_single(text, pairs)
    if not pairs:
        return []
    return _Attributor(text, entities).run(pairs, partial)


# --------------------------------------------------------------------------- pairing


def _kind(text: str, i: int, ch: str, n: int) -> int:
    """1 opener, 2 closer, 3 either, read from the characters around the mark at ``i``."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < n else "\n"
    opens = before in _OPEN_BEFORE or before in _MARK_CHARS
    closes = after in _CLOSE_AFTER or after in _MARK_CHARS
    if ch in "“„«‟":
        if closes and not opens and after not in _OPENERS:
            return 2  # a “ used as a closer: word“ + space
        return 1
    if ch in "”»":
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
    skip = -1  # the closing mark of a markup attribute value
    for i in _mark_positions(text):
        if i <= skip:
            continue
        ch = text[i]
        kind = _kind(text, i, ch, n)
        if qstart >= 0:
            nl = text.find("\n", last, i)
            if nl >= 0:
                # The paragraph ended with the quote still open.
                if kind != 2 and not text[nl:i].strip() and _opens_speech(text, qstart):
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
                skip = text.find(ch, i + 1, i + 2000)
                continue  # markup attribute value: <tweet pic="..." author="...">
            qstart, depth = i, 1
            continue
        if kind == 1 and not (ch == '"' and depth == 1 and text[qstart] != '"'):
            depth += 1  # a nested quotation
            continue
        depth -= 1
        if depth <= 0:
            out.append((qstart, i + 1))
            qstart, depth = -1, 0
    if qstart >= 0:
        nl = text.find("\n", last)
        _recover(text, qstart, n if nl < 0 else nl, out)
    return out


def _add_single(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single curly marks (‘We will win,’ he said) outside every double-marked
    one. The closer is the first ’ that ends a word (not the apostrophe of "won’t") in the
    same paragraph; an opener with none is left alone."""
    n = len(text)
    starts = [p[0] for p in pairs]
    extra: list[tuple[int, int]] = []
    i = text.find("‘")
    while i >= 0:
        nxt = i + 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        k = bisect_right(starts, i) - 1
        inside = k >= 0 and pairs[k][1] > i
        if not inside and (before in _OPEN_BEFORE or before in _MARK_CHARS) and after not in _SPACE:
            nl = text.find("\n", i, i + _PARA_MAX)
            stop = nl if nl >= 0 else min(n, i + _PARA_MAX)
            j = text.find("’", i + 1, stop)
            while j >= 0:
                after_j = text[j + 1] if j + 1 < n else " "
                if not after_j.isalnum() and text[j - 1] not in _SPACE:
                    break
                j = text.find("’", j + 1, stop)
            if j > i + 1:
                extra.append((i, j + 1))
                nxt = j + 1
        i = text.find("‘", nxt)
    if not extra:
        return pairs
    return sorted(pairs + extra)


def _mark_positions(text: str) -> list[int]:
    """Offsets of every quotation mark: one ``str.find`` scan per mark character present (C
    speed), merged; much faster than a regex over the whole text."""
    out: list[int] = []
    for c in _MARK_CHARS:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


_PARA_MAX = 20_000  # how far back or on a paragraph boundary is looked for


def _word_start(text: str, end: int, reach: int) -> int:
    """Start of the word ending at ``end``, looked for at most ``reach`` back (a run with no
    space must not turn into a slice of the whole text before it)."""
    lo = max(0, end - reach)
    return max(text.rfind(" ", lo, end), lo - 1) + 1


def _line_start(text: str, pos: int) -> int:
    """Start of the line (paragraph) holding ``pos``, looked for at most _PARA_MAX back: text
    without line breaks must not make every quote scan back to the beginning."""
    lo = max(0, pos - _PARA_MAX)
    k = text.rfind("\n", lo, pos)
    return k + 1 if k >= 0 else lo


def _opens_speech(text: str, qstart: int) -> bool:
    """The quote opened at the start of its paragraph or after ':' ',' or a dash."""
    line = _line_start(text, qstart)
    lead = text[line:qstart].rstrip()
    return not lead or lead[-1] in ",:—–-"


def _recover(text: str, qstart: int, stop: int, out: list[tuple[int, int]]) -> None:
    """An opener with no closer before ``stop`` (end of its paragraph): keep the quote to the
    end of the paragraph when it reads as speech, else drop the stray mark."""
    end = stop
    while end > qstart + 1 and text[end - 1] in _SPACE:
        end -= 1
    line = _line_start(text, qstart)
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
        "quote_starts",
        "quote_ends",
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
        self.names: dict[str, str | None] = {}
        self.last_person: str | None = None
        self.last_person_at = -(10**9)
        self.last_any: str | None = None
        self.quote_starts: list[int] = []
        self.quote_ends: list[int] = []

    # -- the main loop
    def run(self, pairs: list[tuple[int, int]], partial: bool = True) -> list[Span]:
        text = self.text
        found: list[tuple[int, int, Speaker | None]] = []
        reported: set[int] = set()  # starts of quoted runs left out, whose speaker still counts
        prev_end = 0
        for qs, qe in pairs:
            inner = text[qs + 1 : qe - 1] if text[qe - 1] in _CLOSERS else text[qs + 1 : qe]
            first_word = _WORDS.search(inner)
            if first_word is None:
                prev_end = qe
                continue
            if _TRANSCRIPT.match(text, qs) or (
                "\n" in inner and _TRANSCRIPT_IN.search(text, qs, qe)
            ):
                prev_end = qe
                continue  # a transcript turn ("WALLACE: ..."), not a quotation
            para = _line_start(text, qs)
            lo = max(para, prev_end, qs - 300)
            sent = lo
            for sm in _SENT_END.finditer(text, lo, qs):
                sent = sm.end()
            lead = text[sent:qs].rstrip()
            at_start = not lead or lead[-1] in ":,—–-([" or lead.endswith("...")
            para_end = text.find("\n", qe, qe + _PARA_MAX)
            if para_end < 0:
                para_end = min(self.n, qe + _PARA_MAX)
            speaker = self._after(qe, para_end)
            verb_near = speaker is not None
            after = verb_near
            verb_end = 0
            if speaker is None:
                speaker, verb_end = self._before(sent, qs)
                verb_near = verb_end > 0
            if speaker is None:
                speaker, v = self._rest(qe, para_end)
                verb_near = verb_near or v
            if speaker is None and lead.endswith(":"):
                # "Obama is rolling out a new message: "It's about me."" - the sentence's subject
                speaker = self._sentence_subject(sent, qs)
            prev_end = qe
            # Speech or not?
            nwords = inner.count(" ") + 1 if len(inner) < 80 else 99
            mid = bool(lead) and not at_start
            if mid and _NAMING.search(lead):
                continue  # called him a "...", described as "...": a label
            if (
                mid
                and first_word.group()[0].islower()
                and (not partial or len(inner.split()) > _PARTIAL_WORDS)
            ):
                # a long quoted run inside reported speech is indirect speech; its speaker is
                # still the one a later "he said" points to
                if speaker is not None:
                    found.append((qs, qe, speaker))
                    reported.add(qs)
                continue
            if not verb_near and (mid or (nwords <= 3 and not _sentence_like(inner))):
                continue  # a scare quote, or a term quoted mid-sentence
            if not mid:
                found.append((qs, qe, speaker))
                continue
            prev = lead.rsplit(None, 1)[-1]
            if verb_end and first_word.group()[0].islower() and _reach(text, verb_end, qs) > _REACH:
                continue  # a fragment far from its verb: the sentence reports, the words are not speech
            if not _sentence_like(inner) and (
                nwords == 1 or nwords <= 3 and prev.lower() in _ARTICLES
            ):
                continue  # a term ("it was “disgusting”", "a "personal insult""), even after "said"
            if (
                _title_case(inner)
                and prev not in _SPEECH_SET  # said "No."
                and (nwords <= 6 and not after or nwords <= 8 and _name_slot(prev))
            ):
                continue  # the title of a work ("broadcast of "Fox News Sunday,"") or a nickname
            found.append((qs, qe, speaker))
        return self._finish(found, reported)

    def _finish(
        self, found: list[tuple[int, int, Speaker | None]], reported: set[int]
    ) -> list[Span]:
        """Quotes with no attribution of their own take their neighbours' speaker; the
        ``reported`` runs only name speakers, they are not quotes."""
        text = self.text
        k = len(found)
        speakers = [f[2] for f in found]
        self.quote_starts = [f[0] for f in found]
        self.quote_ends = [f[1] for f in found]
        for j in range(k):
            if speakers[j] is not None:
                continue
            qs, qe = found[j][0], found[j][1]
            para = _line_start(text, qs)
            prev_para = _line_start(text, max(para - 1, 0)) - 1
            tries = 0
            while prev_para > 0 and not text[prev_para - 1 : para].strip() and tries < 20:
                prev_para = _line_start(text, prev_para - 1) - 1
                tries += 1
            if j and speakers[j - 1] is not None and found[j - 1][1] >= prev_para:
                speakers[j] = speakers[j - 1]  # "A," he said. "B." / a paragraph that goes on
                continue
            if (
                j + 1 < k
                and found[j + 1][2] is not None
                and text.find("\n", qe, found[j + 1][0]) < 0
            ):
                speakers[j] = found[j + 1][2]  # "A." "B," he said.
                continue
            speakers[j] = self._previous_sentence(para, qs)
        out: list[Span] = []
        names: dict[Speaker, str | None] = {}
        for (qs, qe, _), sp in zip(found, speakers, strict=True):
            if sp is None:
                out.append(Span("quote", "QUOTE", qs, qe, text[qs:qe]))
                continue
            if sp in names:
                name = names[sp]
            else:
                name = self._canonical(*sp)
                if name:
                    name = " ".join(name.split())  # no-break spaces, line breaks
                names[sp] = name
                self._remember(name, *sp)
            if qs in reported:
                continue
            out.append(
                Span(
                    "quote",
                    "QUOTE",
                    qs,
                    qe,
                    text[qs:qe],
                    speaker=name,
                    speaker_start=sp[0],
                    speaker_end=sp[1],
                )
            )
        return out

    # -- finding the attribution
    def _after(self, qe: int, para_end: int) -> Speaker | None:
        """``," X said`` / ``," said X`` / ``," according to X`` / ``”― X`` right after."""
        text = self.text
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
            m = _AFTER_DASH.match(text, qe, min(self.n, para_end + 1))
            if m:
                return m.span("subj")
        m = _AFTER_VS.match(text, qe, stop)
        if m is not None:
            if closing in ".?!" and text[qe] != ",":
                return None
            return self._subject_forward(m.end(), stop)
        limit = min(stop, qe + 140)
        m = _AFTER_VERB_RE.search(text, qe, limit)
        for _ in range(3):
            if m is None:
                return None
            k = max(text.rfind(" ", qe, m.start() - 1), qe - 1)  # not the whole text before
            if text[k + 1 : m.start() - 1].lower() not in _DETERMINERS:
                break
            m = _AFTER_VERB_RE.search(text, m.end(), limit)  # "the report said": a noun
        if m is None:
            return None
        vs = m.start()
        stretch = text[qe:vs]
        if _STRETCH_BAD.search(stretch) or stretch.count(" ") > 14 + 10 * (stretch.count(",") >= 2):
            return None
        if closing in ".?!":
            # A new sentence: only a bare "He said." belongs to the quote before it.
            tail = text[m.end() : m.end() + 4]
            if tail[:1] not in ".," or (tail[0] == "," and tail[1:].lstrip(" ")[:1] in _OPENERS):
                return None
            if stretch.count(" ") > 6:
                return None
        s = qe
        while s < vs and not text[s].isalnum():
            s += 1
        e = self._strip_adverbs(s, vs)
        if e <= s:
            return None
        if text[s].islower():
            first = text[s : min(e, s + 12)].split(" ", 1)[0]
            if first not in _PRONOUNS and first not in _DETERMINERS:
                # only "panel Chairman Rep. Jason Chaffetz (R-Utah) said": a short run that
                # ends with a name right before the verb
                words = [w for w in text[s:e].split() if not w.startswith("(")]
                k = 0
                while k < len(words) and k < 2 and words[k][:1].islower():
                    k += 1
                rest = words[k:]
                if not rest or len(words) > 8 or "," in text[s:e]:
                    return None
                if not all(w[:1].isupper() or w in _CONNECTORS for w in rest):
                    return None  # the sentence goes on (" to drive up ... , Warren said")
        # an appositive after the name: ," Kenneth Baer, a former official, said
        comma = text.find(",", s, e)
        if comma > 0 and text[e - 1] == ",":
            e = comma
        return (s, e) if e > s else None

    def _before(self, sent: int, qs: int) -> tuple[Speaker | None, int]:
        """The subject of the last speech verb before the quote in its sentence, and where that
        verb ends (0: no verb)."""
        text = self.text
        last = None
        for last in _VERB_RE.finditer(text, sent, qs):  # noqa: B007
            pass
        if last is None:
            return None, 0
        verb = last.group()
        ve = last.end()
        vs = last.start()
        if verb[0] in "Aa" and verb[1:3] == "cc":
            sp = self._subject_forward(ve, qs)
            return sp, sp[1] if sp else ve
        end = self._strip_adverbs(sent, vs)
        pre = text[sent:end]
        if verb in _PARTICIPLES and pre[-1:].isalpha():
            # "footage of Hillary Clinton asking, "..."": the name right before the participle
            k = pre.rfind(" ") + 1
            if pre[k : k + 1].isupper() and pre[k:] not in _STOP_CAPS:
                return self._subject_back(sent, end), ve
        if (verb in _PARTICIPLES and (not pre or pre.endswith(_PARTICIPLE_LEADS))) or pre.endswith(
            (" and", ",and")
        ):
            # "X ..., adding "..."" / "X laughed and said" take the subject of the sentence
            return self._sentence_subject(sent, vs), ve
        sp = self._subject_back(sent, end)
        if sp is not None:
            k = text.rfind(" ", max(sent, sp[0] - 14), sp[0] - 1)
            if k >= 0 and text[k + 1 : sp[0] - 1] in _PREPOSITIONS:
                # "Protesters marching through the streets chanted": not "the streets"
                head = self._sentence_subject(sent, sp[0])
                if head is not None:
                    return head, ve
        return sp, ve

    def _rest(self, qe: int, para_end: int) -> tuple[Speaker | None, bool]:
        """The rest of the sentence after a partial quote: ``..., according to X.``"""
        text = self.text
        stop = min(para_end, qe + 300)
        m = _SENT_END.search(text, qe, stop)
        end = m.start() + 1 if m else stop
        m = _ACCORDING.search(text, qe, end)
        if m:
            return self._subject_forward(m.end(), end), True
        return None, False

    def _previous_sentence(self, para: int, qs: int) -> Speaker | None:
        """A speech verb and subject in the sentence before the quote (this paragraph or the
        end of the one before: ``He told the crowd:`` then the quote)."""
        text = self.text
        lo = max(0, qs - 300)
        if para > 0 and para - lo < 2:
            lo = max(0, para - 300)
        last = None
        for last in _VERB_RE.finditer(text, lo, qs):  # noqa: B007
            pass
        if last is None:
            return None
        if last.group()[0] in "Aa" and last.group()[1:3] == "cc":
            return self._subject_forward(last.end(), qs)
        return self._subject_back(lo, self._strip_adverbs(lo, last.start()))

    # -- reading subjects token by token (a handful of words, never the whole text)
    def _strip_adverbs(self, lo: int, end: int) -> int:
        """``end`` moved back over spaces and adverbs/auxiliaries ("also", "had", "later")."""
        text = self.text
        while True:
            while end > lo and text[end - 1] in _SPACE:
                end -= 1
            k = end
            while k > lo and text[k - 1] not in _SPACE:
                k -= 1
            word = text[k:end]
            if word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and word.islower()):
                end = k
                continue
            return end

    def _subject_back(self, lo: int, end: int) -> Speaker | None:
        """The subject that ends at ``end``: a pronoun, a capitalised name (with titles),
        or a noun phrase from its determiner ("the Japanese Foreign Ministry's press
        service"); skips a parenthesis ("(D-Mo.)") and an appositive between commas."""
        text = self.text
        lo = max(lo, end - 200)
        nl = text.rfind("\n", lo, end)
        if nl >= 0:
            lo = nl + 1  # never across a paragraph
        toks = _tokens(text, lo, end)
        if not toks:
            return None
        i = len(toks) - 1
        word = text[toks[i][0] : toks[i][1]]
        if word in ("who", "which", "that"):
            i -= 1
            if i < 0:
                return None
            word = text[toks[i][0] : toks[i][1]]
        if word.endswith(","):
            # an appositive: "Rep. Elijah Cummings, the top Democrat on the committee, said"
            j = i - 1
            while j >= 0 and text[toks[j][1] - 1] != ",":
                j -= 1
            if j < 0 or i - j > 30:
                return None
            i = j
        if text[toks[i][1] - 1] == ")":
            j = i
            while j >= 0 and text[toks[j][0]] != "(":
                j -= 1
            if j <= 0 or i - j > 6:
                return None
            i = j - 1
        s, e = toks[i]
        while e > s and text[e - 1] in _PUNCT:
            e -= 1
        if e <= s:
            return None
        word = text[s:e]
        if word in _PRONOUNS:
            return (s, e)
        if word[0].isupper() and word not in _STOP_CAPS:
            # a capitalised run: walk back over capitalised words and connectors
            j = i
            while j > 0:
                ps, pe = toks[j - 1]
                prev = text[ps:pe]
                if text[pe - 1] in ",;:" or prev in _STOP_CAPS:
                    break
                if prev[0].isupper() or prev[0].isdigit() and j - 1 > 0:
                    j -= 1
                elif prev in _CONNECTORS and j > 1 and text[toks[j - 2][0]].isupper():
                    j -= 2
                else:
                    if prev in ("the", "The"):
                        j -= 1  # "the Japanese Foreign Ministry"
                    break
            return (toks[j][0], e)
        # a noun phrase: walk back to its determiner (or a possessive name)
        j = i
        while j >= 0 and i - j <= 7:
            ps, pe = toks[j]
            w = text[ps:pe]
            if j != i and text[pe - 1] in ",;:.":
                break
            lw = w.lower()
            if (lw in _DETERMINERS and j != i) or (w[0].isupper() and w.endswith(("'s", "’s"))):
                k = j
                if w[0].isupper() and w.endswith(("'s", "’s")):
                    # "Trump lawyer Marc Kasowitz" / "the company's founder": take the name too
                    while (
                        k > 0
                        and text[toks[k - 1][0]].isupper()
                        and text[toks[k - 1][1] - 1] not in ",;:"
                    ):
                        k -= 1
                return (toks[k][0], e)
            if j != i and lw in _PREPOSITIONS and lw != "of":
                break
            j -= 1
        return None

    def _subject_forward(self, pos: int, limit: int) -> Speaker | None:
        """The subject that starts at ``pos`` ("said Kenneth Baer, a ..." / "according to a
        Joint Chiefs of Staff (JCS) official."): up to a comma, full stop or clause word."""
        text = self.text
        toks = _tokens(text, pos, min(limit, pos + 160))
        if not toks:
            return None
        s = toks[0][0]
        e = s
        first = text[toks[0][0] : toks[0][1]].rstrip(_PUNCT)
        if first in _PRONOUNS:
            return (s, s + len(first))
        cap = first[:1].isupper()
        last = len(toks) - 1
        for n, (ts, te) in enumerate(toks):
            w = text[ts:te]
            if w[0] == "(" and w[-1] == ")" and n:
                e = te  # "(JCS)"
                continue
            core = w.rstrip(_PUNCT)
            if n and core in _CONNECTORS and n < last and text[toks[n + 1][0]].isupper():
                continue  # "Joint Chiefs of Staff"
            if n and (
                core in _SUBJECT_STOPS or (cap and core[:1].islower() and core not in _CONNECTORS)
            ):
                break
            if n > 9:
                break
            e = ts + len(core) if core else te
            if w != core and not (w.endswith(".") and _is_abbrev(core)):
                break  # punctuation ends the subject (a full stop after an initial does not)
        while e > s and (text[e - 1] in _PUNCT or text[e - 1] in _SPACE):
            e -= 1
        return (s, e) if e > s else None

    def _sentence_subject(self, sent: int, end: int) -> Speaker | None:
        """The subject at the head of the sentence: skips an opening phrase ("In a statement,")
        then reads a pronoun, a name, or a determiner and its noun ("The party leader")."""
        text = self.text
        s = sent
        first = text[s : s + 12].split(" ", 1)[0]
        comma = text.find(",", s, min(end, s + 160))
        if comma > 0 and (first in _INTRO_WORDS or first.lower() in _PREPOSITIONS):
            s = comma + 1
        toks = _tokens(text, s, min(end, s + 120))
        words = [text[a:b] for a, b in toks]
        k = 0
        while (
            k < len(words)
            and words[k] in _STOP_CAPS
            and words[k] not in _PRONOUNS
            and words[k].lower() not in _DETERMINERS
        ):
            k += 1
        if k >= len(words):
            return None
        w0 = words[k].rstrip(_PUNCT)
        if not w0:
            return None
        if w0 in _PRONOUNS:
            return (toks[k][0], toks[k][0] + len(w0))
        det = w0.lower() in _DETERMINERS
        if not det and not w0[0].isupper():
            return None
        last = k
        if words[k] == w0:
            for n in range(k + 1, min(len(words), k + 9)):
                wd = words[n]
                core = wd.rstrip(_PUNCT)
                if not core:
                    break
                if wd[0] == "(" and wd[-1] == ")":
                    last = n
                    continue
                if (
                    core[0].isupper()
                    or (core in _CONNECTORS and n + 1 < len(words) and words[n + 1][:1].isupper())
                    or (
                        det
                        and n - k <= 5
                        and core not in _VERBISH
                        and core not in _SPEECH_SET
                        and core not in _SUBJECT_STOPS
                        and core not in _ADVERBS
                        and not core.endswith("ed")
                    )
                ):
                    last = n
                else:
                    break
                if wd != core:
                    break
        e = toks[last][0] + len(words[last].rstrip(_PUNCT))
        return (toks[k][0], e) if e > toks[k][0] else None

    # -- naming the speaker
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
        words = mention.split()
        if mention[:1].isupper() and first.lower() not in _DETERMINERS:
            if "'s " in mention or "’s " in mention:
                return mention  # "the Japanese Foreign Ministry's press service"
            return self._person_name(words, ent, s)
        # a noun phrase: "the statement", "a Joint Chiefs of Staff (JCS) official"
        head = words[-1].lower().strip(".,")
        if head in _DOCUMENTS or (len(words) > 1 and words[-2].lower() in _DOCUMENTS):
            body = self._issuer(s)
            if body:
                return body
        if (
            ent is not None
            and ent.value
            and ent.label in ("ORG", "PERSON", "GPE", "NORP")
            and ent.start <= s + 4
            and ent.end >= e - 1
        ):
            return ent.value  # the entity is the whole phrase, not a word inside it
        if words and words[0].lower() == "the" and len(words) > 1:
            return " ".join(words[1:])
        return mention

    def _remember(self, name: str | None, s: int, e: int) -> None:
        if not name:
            return
        first = self.text[s:e].split(" ", 1)[0]
        if first in _PRONOUNS:
            return
        self.last_any = name
        words = name.split()
        if (
            first[:1].isupper()
            and first.lower() not in _DETERMINERS
            and all(w[:1].isupper() or w in _CONNECTORS for w in words)
            and words[-1] not in _ORG_HEADS
            and not name.endswith(("'s", "’s"))
        ):
            self.last_person = name  # a person's name, not "the statement" or "Police"
            self.last_person_at = e

    def _in_quote(self, pos: int) -> bool:
        k = bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and self.quote_ends[k] > pos

    def _entity_at(self, s: int, e: int) -> Span | None:
        if not self.ents:
            return None
        j = bisect_right(self.ent_starts, e - 1) - 1
        best = None
        while j >= 0:
            ent = self.ents[j]
            if (
                ent.end > s
                and ent.start < e
                and (best is None or ent.end - ent.start > best.end - best.start)
            ):
                best = ent
            if ent.start < s - 200:
                break
            j -= 1
        return best

    def _nearest_person(self, s: int) -> str | None:
        """The person a pronoun at ``s`` points to: the speaker named last if near, else the
        person named last outside quotations (entity spans, else a name-like pair)."""
        if self.last_person is not None and s - self.last_person_at < 1200:
            return self.last_person
        if self.ents:
            j = bisect_right(self.ent_starts, s) - 1
            while j >= 0 and self.ents[j].start > s - 3000:
                ent = self.ents[j]
                if ent.label == "PERSON" and not self._in_quote(ent.start):
                    return ent.value or ent.text
                j -= 1
        last = None
        for last in _PERSONISH.finditer(self.text, max(0, s - 600), s):  # noqa: B007
            pass
        if last is None:
            return None
        words = last.group().split()
        if words[0] in _STOP_CAPS or words[0] in _MONTHS or words[-1] in _ORG_HEADS:
            return None
        return self._person_name(words, None, s)

    def _person_name(self, tokens: list[str], ent: Span | None, at: int) -> str:
        # drop leading titles and offices ("Vice Foreign Minister Shinsuke Sugiyama")
        cut = 0
        for k, t in enumerate(tokens[:-1]):
            if t in _TITLES or t.rstrip(".") in _TITLES:
                cut = k + 1
        core = [t for t in tokens[cut:] if not t.startswith("(")] or tokens
        if "of" in core[2:]:
            core = core[: core.index("of", 2)]  # "John Casesa of Schroder Wertheim"
        if ent is not None and ent.value and ent.label in ("PERSON", "ORG"):
            vwords = ent.value.split()
            if core[-1] in vwords or core[0] in vwords or len(core) == 1:
                return ent.value
        if len(core) == 1:
            full = self._full_name(core[0], at)
            if full:
                return full
        return " ".join(core)

    def _full_name(self, word: str, at: int) -> str | None:
        """The first "Given Surname" in the text for a bare surname (or "Kang Kyung-wha" for
        "Kang"): a few ``str.find`` calls, cached."""
        if word in self.names:
            return self.names[word]
        text = self.text
        found = None
        lo = max(0, at - 60_000)
        i = text.find(word, lo, at + 200)
        tries = 0
        n = len(word)
        while i >= 0 and tries < 30:
            tries += 1
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (end >= self.n or not text[end].isalnum()):
                k = i - 1
                if k > 0 and text[k] == " ":
                    ps = _word_start(text, k, 30)
                    prev = text[ps:k]
                    if len(prev) == 2 and prev[1] == "." and ps > 1:  # a middle initial
                        ps2 = _word_start(text, ps - 1, 30)
                        prev = text[ps2 : ps - 1] + " " + prev
                    first = prev.split(" ", 1)[0]
                    ps0 = _word_start(text, ps - 1, 29)
                    before = text[ps0 : ps - 1] if ps > 1 else ""
                    if (
                        first[:1].isupper()
                        and first.isalpha()
                        and not (
                            before[:1].isupper() and before not in _TITLES and before.isalpha()
                        )
                        and first not in _TITLES
                        and first not in _STOP_CAPS
                        and first not in _ORG_HEADS
                    ):
                        found = prev + " " + word
                        break
                if end + 1 < self.n and text[end] == " " and "-" not in word:
                    ne = end + 1
                    while ne < self.n and (text[ne].isalnum() or text[ne] in "-'’"):
                        ne += 1
                    nxt = text[end + 1 : ne]
                    if "-" in nxt and nxt[:1].isupper():  # Korean order: Kang Kyung-wha
                        found = word + " " + nxt
                        break
            i = text.find(word, i + n, at + 200)
        self.names[word] = found
        return found

    def _issuer(self, s: int) -> str | None:
        """Who issued "the statement": the subject of the last "X said in a statement"."""
        text = self.text
        lo = max(0, s - 3000)
        best = None
        for best in _ISSUED.finditer(text, lo, s):  # noqa: B007
            pass
        if best is None:
            return None
        sent = lo
        for sm in _SENT_END.finditer(text, max(lo, best.start() - 300), best.start()):
            sent = sm.end()
        sp = self._subject_back(sent, best.start())
        if sp is None:
            return None
        words = text[sp[0] : sp[1]].split()
        while len(words) > 1 and (words[0] in _STOP_CAPS or words[0] == "the"):
            words.pop(0)
        return " ".join(words) or None


_SPACES_TO_SPACE = str.maketrans("\t\n\r\f\v\u00a0\u2028\u2029\u3000", "         ")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the whitespace-separated words of ``text[lo:hi]``: ``str.split`` on
    single spaces (same-length translation of other spaces keeps offsets exact)."""
    out = []
    pos = lo
    for part in text[lo:hi].translate(_SPACES_TO_SPACE).split(" "):
        if part:
            out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _is_abbrev(word: str) -> bool:
    return len(word) <= 3 and word[:1].isupper() or word in _TITLES


def _sentence_like(inner: str) -> bool:
    """Quoted words that stand as a sentence of their own: "Neither do I." """
    inner = inner.rstrip()
    return inner[:1].isupper() and inner[-1:] in ".?!,"


def _reach(text: str, verb_end: int, qs: int) -> int:
    """Words between a speech verb (or the "that" after it) and a quoted fragment, not
    counting articles and auxiliaries; a name counts once ("the South Korean authorities
    would": 2)."""
    gap = text[verb_end:qs]
    k = max(gap.rfind(w) for w in _CLAUSE_HEADS)
    if k >= 0:
        gap = gap[k + 1 :].split(" ", 1)[-1]
    n = 0
    cap = False
    for w in gap.split():
        if w.lower() in _ARTICLES or w in _AUXILIARIES or not w.strip(_PUNCT + "—–-"):
            continue
        if not (cap and w[0].isupper()):
            n += 1
        cap = w[0].isupper()
    return n


def _name_slot(last: str) -> bool:
    """The word before a quote leaves room only for a name: a preposition, an article, a
    possessive ("CBS's "Face the Nation"") or a first name ("Dwayne "The Rock" Johnson")."""
    return (
        last.lower() in _PREPOSITIONS
        or last.lower() in _ARTICLES
        or last.endswith(("'s", "’s"))
        or (last[:1].isupper() and last.isalpha() and last not in _STOP_CAPS)
    )


def _title_case(inner: str) -> bool:
    words = _WORDS.findall(inner)
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 or w.isdigit() for w in words)
