"""Word lists, regular expressions and character classes every quote rule shares.

Inflected forms are spelled out: a regex alternation of literal words is fast and keeps the
meaning explicit. Nothing here is built from a yardstick's files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _words(block: str) -> list[str]:
    return block.split()


# Verbs (and phrases) that introduce or attribute speech. Inflected forms are spelled out:
# a regex alternation of literal words is fast and keeps the meaning explicit.
SPEECH_WORDS = _words(
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
SPEECH_PHRASES = [
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
INVERTED_WORDS = _words(
    """
    said says added adds asked asks wrote writes explained explains noted notes continued
    continues insisted insists stressed declared declares argued argues warned warns recalled
    recalls replied replies responded answered acknowledged admitted suggested urged remarked
    observed announced concluded tweeted countered offered
    """
)
# Participles that take the subject of the sentence: "X ..., adding "..."".
SPEECH_SET = frozenset(SPEECH_WORDS)
PARTICIPLES = {w for w in SPEECH_WORDS if w.endswith("ing")}

PRONOUNS = {
    **dict.fromkeys(("he", "He"), "m"),
    **dict.fromkeys(("she", "She"), "f"),
    **dict.fromkeys(("they", "They", "we", "We"), "p"),
    **dict.fromkeys(("it", "It"), "n"),
    "I": "s",
}
# Capitalised words that begin sentences or clauses but never names.
STOP_CAPS = set(
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
TITLES = set(
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
DOCUMENTS = set(
    _words(
        """
        statement statements release communique communiqué report letter memo memorandum
        document documents filing complaint ruling order service notice announcement post
        tweet email e-mail message note transcript ad advertisement video clip spot website
        """
    )
)
# Last words of organisations and places, never of a person's name.
ORG_HEADS = set(
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
MONTHS = frozenset(
    _words(
        """
        January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        """
    )
)
DETERMINERS = set(
    _words("the a an his her their its one another this that my our some two three several")
)
# Words before a noun: a quote right after one is a term or a title, not a clause of speech.
ARTICLES = frozenset(_words("a an the his her their its our my your this these those several"))
AUXILIARIES = frozenset(
    _words("is was are were be been has have had will would can could may might should must do did")
)
# A partial quote is kept when at most this many words (see _reach) stand between it and its
# speech verb: it then starts the reported clause instead of sitting deep inside it.
REACH = 1
# ... and when it is a phrase ("accurately hit"), at most this many words: a longer quoted run
# that continues a clause of reported speech ("said the authorities would "continue to put
# pressure on ... and cooperate closely with ...."") counts as indirect speech in
# news-attribution corpora (PolNeAR), so it is left out.
PARTIAL_WORDS = 12
CLAUSE_HEADS = (" that ", " whether ", " if ")
ADVERBS = frozenset(
    _words(
        """
        also later then again once had has have was is were would will previously recently
        further earlier simply just often repeatedly told reportedly quickly flatly bluntly
        """
    )
)
CONNECTORS = frozenset(
    _words("de da del der den van von bin ibn al el la le of the and for du dos das y")
)
PREPOSITIONS = frozenset(
    _words(
        """
        through in on at of for with from by to into over under about after before near
        during against among between behind beyond toward towards upon within without
        """
    )
)
# Words that end a subject read forwards ("said X, who ..." / "according to X on Monday").
SUBJECT_STOPS = frozenset(
    _words(
        """
        who whom whose that which on in at during when after before and but as to said says
        told added while because since if than from with by for of last this yesterday today
        """
    )
) | frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
INTRO_WORDS = frozenset(
    _words(
        """
        However Meanwhile Later Earlier Still Also Asked Speaking When While If Since Though
        Although Because Then Now Yesterday Today Last Next But And So Yet Instead Indeed
        Finally Again Once After Before During In On At For With From By Under Over Despite
        """
    )
)
# Common verbs that end a subject read forwards ("The party leader spoke ...").
VERBISH = frozenset(
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


class _Trie(dict[str, "_Trie"]):
    """A prefix tree of characters; the key "" marks the end of a word."""


def _trie(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes: the regex engine then
    rejects a position after a character or two instead of trying every word in turn."""
    tree = _Trie()
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def walk(node: _Trie) -> str:
        parts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return walk(tree)


VERB_RE = re.compile(rf"\b(?:{_trie(sorted(set(SPEECH_WORDS) | set(SPEECH_PHRASES)))})\b")
# Verb (or "according to") right after the closing mark: ," said Kenneth Baer
AFTER_VS = re.compile(
    rf"[\s,;:—–\-]*(?:(?:also|then|later)\s)?(?:{_trie(sorted(set(INVERTED_WORDS)))}|according\sto)\s"
)
CAP_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
NAME = (
    rf"{CAP_WORD}(?:\s(?:{CAP_WORD}|(?:de|da|del|der|van|von|bin|al|el|la|le|of|the|and)"
    rf"\s{CAP_WORD}))*"
)
# A dash and a name after a quote that ends its paragraph: ”― Carla Sanchez
AFTER_DASH = re.compile(
    rf"[\s\u00a0]*[―—–\-]{{1,2}}[\s\u00a0]*(?P<subj>{NAME})[.\s\u00a0]*(?:\n|$)"
)
ACCORDING = re.compile(r"\b[Aa]ccording\sto\s")
STRETCH_BAD = re.compile(
    r"[\"“”„«»;:!?\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bRev)(?<!\b[A-Z])\.\s"
)
AFTER_VERB_RE = re.compile(
    rf"\b(?:{_trie(sorted(set(SPEECH_WORDS) | {'read', 'reads', 'quoted'}))})\b"
)
# Sentence boundaries: . ! ? (and a closing mark) then space, not after a title or initial.
SENT_END = re.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)"
    r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bLt\.)(?<!\bNo\.)(?<!\bvs\.)(?<!\b[A-Z]\.)[\"”’)\]]?\s+"
)
# A transcript turn inside quotation marks: "WALLACE: ..."
TRANSCRIPT = re.compile(r"[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
TRANSCRIPT_IN = re.compile(r"\n\s*[\"“”„«]\s*[A-Z][A-Z.'’\- ]{1,30}:\s")
NAMING = re.compile(
    r"\b(?:called|calls|call|calling|dubbed|dubs|labell?ed|labels|branded|brands|termed|"
    r"nicknamed|titled|entitled|named|as)(?:\s(?:a|an|the|his|her|its|their|this|that))?,?\s*$"
    r"|\b(?:the|a|his|her|their)\s(?:words?|phrase|term|slogan|hashtag|motto)\s*$"
)
ISSUED = re.compile(
    r"\s(?:said|says|announced|stated|added|noted)\s(?:in\s)?(?:a|an|its|the)\s"
    r"(?:[\w\-]+\s){0,2}?(?:statement|release|communiqu[eé]|report|letter)\b"
)
# Someone named before a pronoun: "Sen. Claire McCaskill", "Mr. Obama", "Kenji Kanasugi"
PERSONISH = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev)\.\s[A-Z][\w'’\-]+"
    r"|[A-Z][a-z][\w'’\-]*(?:\s[A-Z]\.)?\s[A-Z][a-z][\w'’\-]+)"
)
WORDS = re.compile(r"\w+")
SPACE = frozenset(" \t\r\n\f\v\u00a0\u2028\u2029\u3000")
OPEN_BEFORE = frozenset(" \t\r\n\f\v\u00a0([{—–-/:;,\u2028\u2029\u3000")
CLOSE_AFTER = frozenset(" \t\r\n\f\v\u00a0)]}.,;:!?—–-/…\u2028\u2029\u3000'’")
MARK_CHARS = '"“”„«»‟'
ANY_MARK = MARK_CHARS + "‘"
CLOSERS = MARK_CHARS + "’"
OPENERS = '"“„«'
PUNCT = ",.;:!?)]}\"”’'"
PARTICIPLE_LEADS = (",", " by", " while", " after", " before", " when", " in", " as", "—", "-")

Speaker = tuple[int, int]
