"""Scores of a name the lists do not settle: which class its words and context point to.

Each candidate gets a vector of log-odds over PER, ORG, LOC, MISC and NIL (not a name), the
sum of: the class prior; each word's log-ratio learnt from the training file (or its last
three letters when unseen); the word before and after; rule features with hand-set weights
(an organisation suffix, a place suffix, a known given name, a title before it, a common word
capitalised, a pronoun after it). Scores of every mention of one string in a document add up
(see ``document.decide_unknown``), so one string gets one class per article.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import (
    BRANCH,
    COMMON,
    CONNECTORS,
    CORP_SUFFIXES,
    ENGLISH,
    FIRST_NAMES,
    FUNCTION_WORDS,
    HARD,
    LEXBIAS,
    LOC,
    LOC_SUFFIXES,
    LOWER,
    MISC,
    NEXT,
    NIL,
    ORG,
    ORG_SUFFIXES,
    PER,
    PREV,
    PRIOR,
    SUFFIX,
    TOK,
    UNK,
    UNK_CAPS,
    Vector,
)

# Hand-set weights of the rule features (log-odds), checked on a held-out slice of train.
COMMON_WORD = 5.0
W_ORG_SUFFIX = 3.0
W_LOC_SUFFIX = 2.0
W_FIRST_NAME = 1.5
W_UNSEEN_SURNAME = 1.5
W_TITLE = 4.0
W_LEGAL_FORM = 6.0  # a company's legal form ends no person's name
W_NAME_ONLY_TITLE = 8.0  # outweighs a common word's prior ("Ms. Price", "Mrs. May")
# titles only a person's name follows (not "General" after "Secretary", nor "Executive"
# after "Chief"): the word after them is a name whatever it means in lower case
NAME_ONLY_TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. sir dame president sen. rep. gov. lt. sgt. cpl. capt.
    col. gen. adm. supt. insp. prof. rev. fr. judge justice mayor
    """.split()  # noqa: SIM905
)
W_INITIAL = 0.5
W_PRONOUN = 1.0
W_PLACE_NEXT = 2.0

PLACE_NEXT = frozenset(
    """
    region province river valley island islands state city county district mountains sea
    coast border area peninsula capital town village prefecture strait gulf bay
    residents households homeowners villagers neighborhood neighbourhood suburb suburbs township
    by-election constituency
    """.split()  # noqa: SIM905
)
# "the Obama administration", "the Sanders campaign", "the Pinochet dictatorship", "the
# Meloni government", "the Thatcher era": a politician's name comes first; and a family's
# name ("the Jaffe family", "the Assad clan"), whatever business it runs
PERSON_NEXT = frozenset(
    """administration campaign presidency aides camp loyalists family clan dynasty
    dictatorship regime government era years""".split()  # noqa: SIM905
)
# (a family's and a ruler's words weigh more: "the Maduro regime" is no company's)
FAMILY_NEXT = frozenset(("family", "clan", "dynasty", "dictatorship", "regime"))
W_FAMILY_NEXT = 4.0
W_PERSON_NEXT = 2.0
W_CAMEL = 2.0
W_PLURAL_NOUN = 1.0
# "BellSouth", "PolitiFact", "JPMorgan": a capital inside a word makes a brand, not a person;
# surnames with a particle ("McCaw", "DuVernay", "LaHood", "ElBaradei") are the exception
# A capital after a lower-case letter ("OpenAI", "YouTube", "PlayStation", group ``inner``):
# never a person's name, whatever its context says ("used by OpenAI"); the capitals of a
# typo ("HIllary") are not
_CAMEL = compiled.compile(
    r"(?P<inner>[A-Z][a-z]+[A-Z])|[A-Z][A-Za-z]*[a-z][A-Z][a-z]|[A-Z]{2,}[a-z]{2}"
)
_CAMEL_SURNAME = ("Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "El")
W_CAMEL_NOT_PERSON = 6.0
# words that make a company's name wherever they stand in it ("Warner Bros Discovery")
COMPANY_INNER = frozenset(("Bros", "Bros."))
CLASS_NAMES = ("PER", "ORG", "LOC", "MISC", "NIL")


class Unknown:
    """Every mention in one document of a string the lists do not settle, and its score."""

    __slots__ = (
        "business",
        "company",
        "key",
        "person",
        "place",
        "product",
        "score",
        "sold",
        "spans",
    )

    def __init__(self, key: str) -> None:
        self.key = key
        self.score: Vector = list(PRIOR)
        self.spans: list[tuple[int, int]] = []
        self.product = False  # a mention stands before a product noun ("Orbit boxes")
        self.sold = False  # a mention follows a medicine's noun or "sold as" (``brands``)
        self.person = False  # a mention has a person's context (see ``person_cue``)
        self.place = False  # a mention names a place ("the state of X": ``place_words_before``)
        self.company = False  # a mention has a company's context (see ``company_cue``)
        # a mention has a cue of business news (``business.business_cue``): stronger, it
        # outweighs a place's reading too ("shares in Korvex")
        self.business = 0  # ``business.NO_CUE``, ``CUE`` or ``TRADE_CUE``


def word_vector(toks: list[str], key: str) -> Vector:
    """The context-free part of a candidate's score: its words, suffixes and shape."""
    sc = [0.0, 0.0, 0.0, 0.0, 0.0]
    r = LEXBIAS.get(key)
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    camel = inner = False
    for t in toks:
        r = TOK.get(t)
        if r is None:
            if t in CONNECTORS:
                continue
            r = UNK_CAPS if t.isupper() else SUFFIX.get(t[-3:].lower(), UNK)
            b = BRANCH.get(t)
            if b is not None:
                r = [(x + y) / 2 for x, y in zip(r, b, strict=True)]
            if not camel and (m := _CAMEL.match(t)) is not None:
                camel = not t.startswith(_CAMEL_SURNAME)
                inner = m.group("inner") is not None
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    if camel:
        sc[ORG] += W_CAMEL  # "BellSouth", "JPMorgan Chase": a brand
        sc[PER] -= W_CAMEL_NOT_PERSON if inner else W_CAMEL
    last = toks[-1]
    if len(toks) == 1:
        pass  # a suffix alone ("News", "Bureau") names nothing
    elif (
        last in ORG_SUFFIXES
        or last in CORP_SUFFIXES
        or "&" in toks
        or not COMPANY_INNER.isdisjoint(toks)
        or len(toks) > 2
        and toks[0] in ORG_SUFFIXES
        and toks[1] == "of"
    ):
        sc[ORG] += W_ORG_SUFFIX
        if last in CORP_SUFFIXES or "&" in toks:
            # "Baker McKenzie LLP", "Allen & Unwin", "Simon & Schuster": a firm, whoever it
            # is named after; one person's name has no legal form and no ampersand
            sc[PER] -= W_LEGAL_FORM
    elif last in LOC_SUFFIXES:
        sc[LOC] += W_LOC_SUFFIX
    elif plural_common_noun(last) and toks[0] not in FIRST_NAMES and toks[-2] not in CONNECTORS:
        # "Meta Platforms", "Reality Labs": no surname ("the Bay of Pigs" is a place)
        sc[ORG] += W_PLURAL_NOUN
    if toks[0] in FIRST_NAMES:
        sc[PER] += W_FIRST_NAME
        if len(toks) == 2 and toks[1] not in TOK and toks[1][1:].islower():
            # "Joan Didion", "Shams Charania": a surname the training file never saw is read
            # by its last letters alone ("-ion" of "Union"), which say little of a surname
            sc[PER] += W_UNSEEN_SURNAME

    if len(toks) == 1:
        t = toks[0]
        if t.lower() in ENGLISH:
            sc[NIL] += COMMON_WORD  # "Finance", "Oil", "Fifth": a common word, capitalised
        if t.isupper() and len(t) <= 5:
            sc[ORG] += 1.5

        elif not t.isalpha() and any(c.isdigit() for c in t):
            sc[MISC] += 2.0
    return sc


_VECTOR_CACHE: dict[str, Vector] = {}


def plural_common_noun(word: str) -> bool:
    """ "Platforms", "Networks": the plural of a common noun ends the names of companies,
    rarely a person's (a surname that is a plural, "Banks", "Woods", follows a given name)."""
    if len(word) < 4 or word[-1] != "s" or word[-2] == "s":
        return False
    lower = word.lower()
    return lower in COMMON and lower[:-1] in COMMON


def possessor_prev(prev: str, nxt: str) -> str:
    """The word before a name as evidence of its kind; none before a possessive ("in Fidel
    Castro's failed state", "of Trump's campaign"): there the word before governs the noun
    the name possesses, not the name."""
    return "" if nxt == "'s" else prev


def clear_cache() -> None:
    """Forget the word vectors worked out so far (benchmarks time a cold start with it)."""
    _VECTOR_CACHE.clear()


def score_mention(
    toks: list[str], sc: Vector, prev: str, nxt: str, title: bool, initial: bool, key: str
) -> None:
    """Add one mention's evidence to ``sc``: its words (cached per string), the word before
    and after, a place word after it ("the Donbas region"), a title before it, and the first
    word of a sentence."""
    r = _VECTOR_CACHE.get(key)
    if r is None:
        if len(_VECTOR_CACHE) > 200_000:
            _VECTOR_CACHE.clear()
        r = _VECTOR_CACHE[key] = word_vector(toks, key)
    sc[0] += r[0]
    sc[1] += r[1]
    sc[2] += r[2]
    sc[3] += r[3]
    sc[4] += r[4]
    r = PREV.get("" if nxt == "'s" else prev)  # ``possessor_prev``, inlined: once a mention
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    r = NEXT.get(nxt)
    if r is not None:
        sc[0] += r[0]
        sc[1] += r[1]
        sc[2] += r[2]
        sc[3] += r[3]
        sc[4] += r[4]
    if nxt in PLACE_NEXT:
        sc[LOC] += W_PLACE_NEXT  # "the Donbas region"
    elif nxt in PERSON_NEXT:
        # "the Obama administration"; "the Jaffe family" whatever its words say of a firm
        sc[PER] += W_FAMILY_NEXT if nxt in FAMILY_NEXT else W_PERSON_NEXT
    if title and (
        toks[0].lower() not in LOWER
        or len(toks) > 1
        and toks[-1].lower() not in LOWER
        and toks[-1].rstrip(".") not in CORP_SUFFIXES
        or prev in NAME_ONLY_TITLES
    ):
        # "Rep. Chip Roy": a given name may be a common word; after "Mr." or "President"
        # any word is a name ("Mr. Bush", "Ms. Price"), not a part of an office
        # ("Secretary General", "Chief Executive"), however common its word
        sc[PER] += W_TITLE if prev not in NAME_ONLY_TITLES else W_NAME_ONLY_TITLE
    if initial and len(toks) == 1 and nxt in LOWER:
        sc[NIL] += W_INITIAL  # first word of a sentence (not of a table row)


# the name as the subject of a speech verb whose clause the pronoun opens: "X said it",
# "X said on Tuesday that it", "X told reporters he"
_SAID_PRONOUN = compiled.compile(
    r" (?:said|says|told \w+|announced|added)(?: on \w+| \w+day| in a statement)?,?"
    r" (?:that )?(it|he|she)\b"
)


# how every match of ``_SAID_PRONOUN`` starts
_SAID_STARTS = (" said", " says", " told ", " announced", " added")
_OBJECT_OF = (" of ", " in ", " at ", " for ", " by ", " to ")
# the name, a verb, then "his": the name is the subject the pronoun repeats ("Mitt Romney
# released his returns"); a company's is "its" ("her" may be the verb's object: "fired her")
_VERB_HIS = compiled.compile(r" ([a-z]{3,}) his\b")
W_SUBJECT_HIS = 2.0


def pronoun_after(text: str, s: int, e: int, sc: Vector) -> None:
    """ "Pirelli ... announced its": a company; "Kono ... his", "unseating Lazarus Chakwera
    five years after losing to him": a person (same sentence)."""
    window = text[e : e + 80]
    if window.startswith((" , who ", ", who ", " who ")):
        sc[PER] += 2 * W_PRONOUN  # "Tiger Woods, who ..."
        return
    stop = window.find(". ")
    if stop >= 0:
        window = window[:stop]
    if " its " in window:
        sc[ORG] += W_PRONOUN
    elif " his " in window or " her " in window or " him" in window:
        sc[PER] += W_PRONOUN
        m = _VERB_HIS.match(window)
        if m is not None and m.group(1) not in FUNCTION_WORDS:
            sc[PER] += W_SUBJECT_HIS  # "Mitt Romney released his returns": its subject
    # the speech verb first, as the regex has it: most names are followed by none
    m = _SAID_PRONOUN.match(window) if window.startswith(_SAID_STARTS) else None
    if m is not None and not text.endswith(_OBJECT_OF, max(0, s - 4), s):
        # "Meta said on Tuesday it would cut": the name is the subject the pronoun repeats
        # ("a partnership of Boston said it": the subject is the partnership)
        sc[ORG if m.group(1) == "it" else PER] += W_PRONOUN


# "Chakwera of the Malawi Congress Party", "Smith of the Labour Party": a party's member
_OF_PARTY = compiled.compile(r" of the (?:[A-Z][\w'’-]* ){0,4}Party\b")
W_PARTY_MEMBER = 3.0


def party_member_after(text: str, e: int, sc: Vector) -> None:
    """A name followed by "of the ... Party" is a member of it, a person (a body of a party
    is named with its office: "the Executive Committee of the Labour Party" ends in a
    head the lists know)."""
    if _OF_PARTY.match(text, e, e + 60) is not None:
        sc[PER] += W_PARTY_MEMBER


# what a person has and a company or place does not: "Obama's former campaign strategist",
# "Trump's wife", "Romney's running mate"
_PERSONS_OWN = PERSON_NEXT | frozenset(
    """
    wife husband son sons daughter daughters father mother brother sister family parents
    widow children running mate supporters presidential
    """.split()  # noqa: SIM905
)
_BEFORE_OWN = frozenset("former own late top longtime then new".split())  # noqa: SIM905
_COORDINATED = compiled.compile(r"([A-Z][a-z]+) (?:and|or) $")
_AND_OR = (" and ", " or ", " and \n", " or \n")


def owned_words(text: str, at: int, stop: int) -> list[str]:
    """The words after a possessive that name what it owns, in ``text[at:stop]`` ("Obama's former
    campaign strategist" -> campaign, strategist): a leading "former", "own", "top" ... is
    skipped, stops and commas are stripped."""
    words = [w.rstrip(",.") for w in text[at:stop].split()]
    if words and words[0] in _BEFORE_OWN:
        words.pop(0)
    return words


# a verb of speech after a name that follows a closing quotation mark
_SPEECH_VERBS = frozenset(
    "said says added told asked explained insisted argued wrote recalled admitted warned".split()  # noqa: SIM905
)
_CLOSING_QUOTES = frozenset(('" ', "” "))


# an opening quote and a capital after a possessive: a quoted title ('Puccini's "Tosca"')
_QUOTED_TITLE_OPENS = frozenset(q + c for q in '"“‘' for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


W_AUTHOR = 3.0


def author_before_title(text: str, e: int) -> bool:
    """'Puccini's "Tosca"', 'Spielberg's "Jaws"': a name whose possessive stands before a
    quoted title is the work's author, a person (a company's work is named by a company the
    lists know: 'Hulu's "The Bear"')."""
    return (
        text[e + 1 : e + 2] == "s"
        and text[e + 3 : e + 5] in _QUOTED_TITLE_OPENS
        and not text[e - 2 : e].isupper()  # "MTV's 'The Osbournes'": a channel's acronym
    )


def person_cue(text: str, s: int, e: int, prev: str, nxt: str, title: bool) -> bool:
    """Does this mention of a lone word read as a person's, whatever its words say? A title
    before it ("Mr", "President"), a politician's noun after it ("the Trump campaign"), a
    person's belongings after its possessive ("Obama's former campaign strategist", "Trump's
    wife") or a quoted work ('Puccini's "Tosca"': its author), a known person joined to it
    by "and"/"or" ("Clinton or Trump"), or a quote it says ('"We showed character," Arteta
    said'). Such a word keeps its person's label though no full name explains it (``document.company_names``).
    A pronoun further on ("who", "his") may be another person's: it only adds to the score
    (``pronoun_after``)."""
    if title or nxt in PERSON_NEXT:
        return True
    if nxt in _SPEECH_VERBS and text[s - 2 : s] in _CLOSING_QUOTES and text[s - 3 : s - 2] in ",?!":
        return True  # '"We showed character," Arteta said': the speaker of a quote
    if nxt == "'s":
        if author_before_title(text, e):
            return True
        words = owned_words(text, e + 2, e + 40)
        return bool(words) and words[0] in _PERSONS_OWN
    lo = max(0, s - 30)
    if not text.endswith(_AND_OR, lo, s):
        return False  # the regex needs "and"/"or" right before (``$`` allows a newline after)
    m = _COORDINATED.search(text, lo, s)
    return m is not None and HARD.get(m.group(1)) == "PERSON"


# "chief executive of Citigroup", "shares of Acme", "an analyst at Jefferies": a company
_ORG_NOUNS = frozenset(
    """
    executive officer chairman chairwoman founder co-founder spokesman spokeswoman
    spokesperson shares stake analyst analysts economist economists strategist strategists
    subsidiary unit division acquisition takeover owner users customers subscribers
    """.split()  # noqa: SIM905
)
# and the jobs that name a body only before "of" ("artistic director of Sleeping Weazel";
# "best director for Anna Lindqvist" is a prize's)
_ORG_NOUNS_OF = frozenset(("director", "directors", "president", "ceo", "manager"))
_OF_AT = frozenset(("of", "at", "in", "for"))
W_ORG_BEFORE = 3.0


# what a company has and a person does not: "Meta's shareholders", "Acme's chief executive"
_COMPANY_OWN = frozenset(
    """
    shares stock shareholders stockholders workforce employees revenue revenues profit
    profits earnings subsidiary subsidiaries headquarters customers board
    """.split()  # noqa: SIM905
)
_CHIEF_OF_COMPANY = frozenset("executive financial operating technology".split())  # noqa: SIM905


def company_owns(text: str, e: int, sc: Vector) -> None:
    """ "Meta's shareholders", "Acme's chief financial officer": what follows the
    possessive belongs to a company ("Trump's wife" is ``person_cue``)."""
    if not text.startswith(("'s ", "’s "), e):
        return
    words = owned_words(text, e + 3, e + 40)
    if words and (
        words[0] in _COMPANY_OWN
        or words[0] == "chief"
        and len(words) > 1
        and words[1] in _CHIEF_OF_COMPANY
    ):
        sc[ORG] += W_ORG_BEFORE


# a body's noun before its name, after a determiner and at most two words: "the coalition
# Fuerza Patria", "the militant group Hamas", "the Communist Party daily Granma"
BODY_NOUNS = frozenset(
    """
    coalition alliance party group militia movement charity firm startup broadcaster
    newspaper band club union network daily weekly tabloid magazine
    """.split()  # noqa: SIM905
)
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "The", "A", "An"))


def company_words_before(text: str, s: int, sc: Vector) -> None:
    """ "chief executive of X", "shares of X", "Analysts at X": X is a company (the noun
    may open the sentence with a capital); "the coalition X", "the band X": X is a body."""
    words = text[max(0, s - 40) : s].split()
    if words and words[-1] == "the":
        words.pop()
    if words and words[-1] == "at" and job_before_at(words):
        sc[ORG] += W_EMPLOYER
    elif len(words) >= 2 and words[-1] in _OF_AT:
        job = words[-2].lower()
        if job in _ORG_NOUNS or words[-1] == "of" and job in _ORG_NOUNS_OF:
            sc[ORG] += W_ORG_BEFORE
    elif len(words) >= 2 and words[-1] in BODY_NOUNS and not _DETERMINERS.isdisjoint(words[-4:-1]):
        sc[ORG] += W_ORG_BEFORE  # "the Peronist coalition Fuerza Patria", "the band Muse"


# nouns of a place named after "of": "the eastern state of Jharkhand", "the town of Tintern"
_PLACE_OF_NOUNS = frozenset(
    """
    state province city town village region county district island capital suburb
    republic kingdom emirate prefecture municipality borough
    archbishop bishop mayor duke duchess earl countess marquess
    """.split()  # noqa: SIM905
)
W_PLACE_OF = 6.0


def place_words_before(text: str, s: int, u: Unknown) -> None:
    """ "the state of Jharkhand", "the town of Tintern": X is a place, whatever the rest of
    the story makes of a longer name it opens ("Jharkhand Mukti Morcha"); so is the see or
    the town a title is held of ("the Archbishop of Canterbury", "the Mayor of Bristol"),
    though the title before it reads as a person's."""
    words = text[max(0, s - 30) : s].split()
    if len(words) >= 2 and words[-1] == "of" and words[-2].lower() in _PLACE_OF_NOUNS:
        u.score[LOC] += W_PLACE_OF
        u.place = True


# people named by where they come from: "a 34-year-old man from Mirrabooka", "a farmer from
# Yorkton", "residents from Hunsbury"; not workers or fans ("workers from Tesco", "fans from
# Leeds": an employer, a club)
_ORIGIN_FROM = compiled.compile(
    r"\b(?:man|woman|men|women|boy|girl|boys|girls|teenager|teenagers|resident|residents"
    r"|family|families|couple|father|mother|farmer|farmers|pensioner|grandmother|grandfather"
    r"|mum|dad|native|natives|voter|voters|people|MP) from $"
)
W_ORIGIN = 3.0


def origin_from(text: str, s: int, sc: Vector) -> None:
    """ "a 34-year-old man from Mirrabooka": a person "from" a name comes from a place (a
    GPE), whatever its letters say of a company. ``runs.cues_around`` tests the word before
    is "from" first."""
    if _ORIGIN_FROM.search(text, max(0, s - 20), s) is not None:
        sc[LOC] += W_ORIGIN


# jobs held at a company or a university: "head of technology research at D.A. Davidson",
# "chief economist at Hargreaves", "a professor of history at Yale"
_JOBS = _ORG_NOUNS | frozenset(
    """
    head director professor lecturer researcher partner manager fellow economist
    strategist trader banker engineer scientist chief president founder investor
    """.split()  # noqa: SIM905
)
W_EMPLOYER = 4.0


def job_before_at(words: list[str]) -> bool:
    """Does a job noun stand among the few words before "at" ("head of technology
    research at X", "a professor of history at X")? Then X is the employer, an
    organisation, not a place ("at X" alone reads as a place). The words are the ones
    before the name, "at" last; no further back than a comma."""
    for w in reversed(words[-6:-1]):
        if w[-1] in ",;:.":
            return False  # "the head, then lunch at": the job is not the one at X
        if w.lower() in _JOBS:
            return True
    return False


# what a company has and a person does not, named right after the company's name: "Wells
# Fargo CEO John Stumpf", "Acme bankers received bonuses", "Acme shareholders", an airline's
# "Pan Am flight 103"
_ROLE_AFTER = frozenset(
    """
    ceo ceos cfo bankers employees staffers shareholders stockholders customers executives
    flight flights airliner airliners
    frontman frontwoman guitarist drummer bassist keyboardist vocalist singer
    """.split()  # noqa: SIM905
)
# the first of two words that name them: "chief executive", "board member", "shares fell"
_ROLE_PAIRS = {
    "chief": frozenset(("executive", "executives", "financial", "operating")),
    "board": frozenset(("member", "members", "chairman", "chair", "directors")),
    # "Acme shares fell": after a verb of the market or a stop ("Smith shares the lead")
    "shares": frozenset(
        """
        rose fell jumped slid dropped gained climbed tumbled surged plunged soared sank slumped
        closed traded ended edged were have
        """.split()  # noqa: SIM905
    ),
}
_ROLE_PAIRS["stock"] = _ROLE_PAIRS["shares"]
# the words after a name that may make ``company_cue`` true: a set lookup first
COMPANY_CUE_NEXT = _ROLE_AFTER | frozenset(_ROLE_PAIRS)


def company_cue(text: str, e: int, nxt: str, first: str) -> bool:
    """Does this mention read as a company's, whatever its words say? A company's people or
    stock right after it ("Wells Fargo CEO John Stumpf", "Acme bankers", "Acme board member
    Jane Doe", "Acme shares fell"), or a band's members ("the Black Sabbath singer"); its
    trade before it and the other cues of business news are ``business.business_cue``. A name that opens with a given name ("John Deere", "Mitt
    Romney") may be a person's: no such cue settles it."""
    if first in FIRST_NAMES:
        return False
    if nxt in _ROLE_AFTER:
        # "Ada Okafor CEO of Lumen": the person's own role
        return not text.startswith(" of ", e + len(nxt) + 1)
    pair = _ROLE_PAIRS.get(nxt)
    if pair is not None and text.startswith(" ", e + len(nxt) + 1):
        at = e + len(nxt) + 2
        rest = text[at : at + 22].split(" ", 1)[0]
        if rest.rstrip(",.;:").lower() in pair:
            # "Acme chief executive Jane Doe": the company's officer is named after the
            # pair; "names Elliott Hill chief executive as ..." appoints the person
            return (
                nxt not in _OFFICER_PAIRS or text[at + len(rest) + 1 : at + len(rest) + 2].isupper()
            )
    return False


_OFFICER_PAIRS = frozenset(("chief", "board"))


# the labels a cue of business news overrules (a person's, a place's), and None: no name
_OVERRULED = frozenset(("PERSON", "GPE", "LOC", "FAC", None))


def company_over_person(label: str | None, u: Unknown) -> str | None:
    """A person's label the scores gave a name with a company's context and no person's
    (``company_cue``, ``person_cue``) is a company's: one cue in the article settles every
    mention ("Wells Fargo CEO John Stumpf" ... "Wells Fargo was fined"). A cue of business
    news (``business.business_cue``) also overrules a place's label ("shares in Korvex" ...
    "Korvex said") and the scores' verdict of no name ("Binance's founder"), unless all the
    name's words are common words and no trade names it ("invested in Research", but "the
    app Signal"); "X shares fell" alone does not ("London shares fell": the market's). Names
    joined by "&" are a firm's ("Moore & Van Allen", "Marks & Spencer"), not a person's."""
    if u.person or label == "ORG":
        return label
    if label == "PERSON" and (u.company or u.business or " & " in u.key):
        return "ORG"
    if not u.business or label not in _OVERRULED:
        return label
    if label is None and u.business < 2 and all(w.lower() in ENGLISH for w in u.key.split(" ")):
        return None
    return "ORG"


def describe(sc: Vector) -> str:
    """ "PER 3.2 > ORG 1.0 > ...": a score for ``explain``."""
    order = sorted(range(5), key=lambda k: -sc[k])
    return " > ".join(f"{CLASS_NAMES[k]} {sc[k]:.1f}" for k in order[:3])


# What a platform or service has: "Instagram users", "a TikTok account", "the Uber app"
PLATFORM_NOUNS = frozenset(
    """
    users user app apps account accounts subscribers subscriber followers platform
    platforms feed feeds channel channels
    """.split()  # noqa: SIM905
)
# the noun after the name, or after the last of the names listed with it ("Instagram and
# WhatsApp users": the users of both)
_PLATFORM_AFTER = compiled.compile(r"(?:,? (?:and|or) [A-Z][\w.-]*|, [A-Z][\w.-]*)? ([a-z]+)\b")
W_PLATFORM = 3.0


def platform_after(text: str, e: int, sc: Vector) -> None:
    """ "Instagram and WhatsApp users", "a TikTok account", "the Uber app": a name before the
    users, account or app of a service names the company that runs it (OntoNotes: ORG),
    however its unseen word reads (a person's, a town's)."""
    if not (text.startswith(",", e) or "a" <= text[e + 1 : e + 2] <= "z"):
        return  # the regex needs a comma or a lower-case word after the name
    m = _PLATFORM_AFTER.match(text, e)
    if m is not None and m.group(1) in PLATFORM_NOUNS:
        sc[ORG] += W_PLATFORM


# Nouns of things made and sold: a name right before one names the product ("the Orbit
# streaming boxes", "a Musudan missile", "the Falcon 9 rocket")
PRODUCT_NOUNS = frozenset(
    """
    box boxes phone phones smartphone smartphones handset handsets console consoles tablet
    tablets laptop laptops computer computers device devices gadget gadgets missile missiles
    rocket rockets drone drones tank tanks rifle rifles sedan sedans truck trucks vaccine
    vaccines chip chips
    processor processors app apps browser satellite satellites headset headsets model models
    capsule capsules spacecraft probe probes rover rovers telescope telescopes lander landers
    airliner airliners jet jets generator generators chatbot chatbots assistant assistants
    yacht yachts ship ships vessel vessels ferry ferries tanker tankers submarine submarines
    robot robots robotaxi robotaxis database databases suv suvs pickup pickups hatchback
    hatchbacks supercomputer supercomputers
    """.split()  # noqa: SIM905
)
# common words that say what kind of product the noun after them is ("its Adam home
# computer", "the Lumia mobile phone")
_PRODUCT_KINDS = frozenset(
    "home personal electric mobile smart portable hybrid video handheld desktop".split()  # noqa: SIM905
)
_PRODUCT_AFTER = compiled.compile(r" (?:([a-z]+(?:-[a-z]+)?) )?([a-z]+|SUVs?)\b")
W_PRODUCT = 3.0


def product_after(text: str, e: int, u: Unknown) -> None:
    """ "1.2m Orbit streaming boxes", "its Musudan missle model": a product noun after the
    name, at most one describing word between ("streaming", or another product noun), makes
    the name a product's (an "other" name, labelled PRODUCT). Aircraft are left out: an
    airline's name stands before its jets ("a Pan Am jumbo jet")."""
    if not "a" <= text[e + 1 : e + 2] <= "z" and not text.startswith(" SUV", e):
        return  # the regex needs a lower-case word after a space: most names have none
    m = _PRODUCT_AFTER.match(text, e)
    if m is None:
        return
    between, noun = m.group(1), m.group(2).lower()  # ("Bronco SUVs")
    if noun in GARMENT_NOUNS or between in GARMENT_NOUNS:
        garment_after(u, between)
        return
    if noun not in PRODUCT_NOUNS:
        if between not in PRODUCT_NOUNS:
            return
        between = None  # "its Blackwell chips from Microsoft": the noun is the first word
    if between is not None and (
        between in FUNCTION_WORDS
        or not (
            between.endswith("ing")
            or between in PRODUCT_NOUNS
            or between in _PRODUCT_KINDS
            or between not in COMMON
        )
    ):
        return
    u.score[MISC] += W_PRODUCT
    u.product = True


# Clothes, shoes and bags: a name right before one is the brand that makes it ("a North Face
# jacket", "Nike trainers", "a Longchamp bag"), a company (OntoNotes ORG), not a product
GARMENT_NOUNS = frozenset(
    """
    jacket jackets coat coats hoodie hoodies trainers sneakers boots shoes sandals jeans
    shirt shirts t-shirt tracksuit tracksuits puffer parka anorak cap caps handbag handbags
    bag bags backpack rucksack sunglasses
    """.split()  # noqa: SIM905
)
_GARMENT_AFTER = compiled.compile(r" (?:([a-z]+) )?(?:" + "|".join(sorted(GARMENT_NOUNS)) + r")\b")


def garment_follows(text: str, e: int) -> bool:
    """Is a garment right after the name ending at ``e`` ("Longchamp bag"), or a word that
    may describe one and then a garment ("Moncler puffer jacket"; not "Leeds wore caps")?
    For names the lists know as places (``business.companies_not_places``)."""
    m = _GARMENT_AFTER.match(text, e)
    return m is not None and _describes_garment(m.group(1))


def _describes_garment(between: str | None) -> bool:
    """No word between name and garment, another garment ("puffer"), or a word that is no
    common word (a colour or a cloth the lists do not count: "gilet"); never a verb such as
    "wore"."""
    return between is None or between in GARMENT_NOUNS or between not in COMMON


W_GARMENT = 5.0  # a brand's name reads as anything ("Stone Island"): its cue must outweigh that


def garment_after(u: Unknown, between: str | None) -> None:
    """ "a black North Face jacket", "a Stone Island puffer jacket", "a Longchamp bag": a
    name right before a garment, or before a describing word and a garment, is its brand (a
    company), whatever its words say of a place ("North", "Island") or a person. Called by
    ``product_after`` when it finds the garment."""
    if not _describes_garment(between):
        return  # "Leeds wore caps": no brand
    u.score[ORG] += W_GARMENT


# how far a lone word's place score must lead its company score to stay a place
LONE_TIE = 1.0
# the endings of countries' and towns' names: such a word stays a place on a near tie
_PLACE_ENDINGS = (
    "ia",
    "stan",
    "land",
    "burg",
    "ville",
    "ton",
    "field",
    "ford",
    "ham",
    "bury",
    "mouth",
)


def lone_word_class(sc: Vector, key: str = "") -> int:
    """The class of a lone unknown word once its person's score is cut (``document.
    full_names``): the best class, but a company's rather than a place's when the two are
    close ("Shares in Persimmon", "Revolut and Monzo"): a place the lists do not know comes
    with a cue that lifts it clear ("in Puyallup", "Lakewood, Wash."), a company often with
    none."""
    best = sc.index(max(sc))
    if best == LOC and sc[LOC] - sc[ORG] < LONE_TIE and not key.endswith(_PLACE_ENDINGS):
        return ORG  # "Czechoslovakia", "Lakewood" keep their place's shape
    return best


def product_not_place(label: str | None) -> bool:
    """ "demand for its Blackwell chips": an unknown name before a product's noun that the
    scores read as a place is the product's name; the towns news puts before its goods are
    the ones the lists know ("Shenzhen phone makers"), and a place's name is no product's
    here only when the lists say so."""
    return label == "GPE" or label == "LOC"
