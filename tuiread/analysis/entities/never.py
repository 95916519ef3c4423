"""Words that are never names on their own, however they are capitalised.

A capitalised word is a candidate, not a name: the first word of a sentence, a pronoun with a
contraction ("I'm", "We're"), an acronym of a common noun ("PC", "DVD", "CEO"), a unit
("MW", "KV") or a time zone ("GMT", "EST") is ordinary text. These words split a run of
capitals ("I'm Sachi Koto" -> "Sachi Koto") and are never kept alone.
"""

from __future__ import annotations

import re
from typing import Any

from .. import compiled
from .business import SECTOR_WORDS
from .context import sentence_initial
from .lexicon import (
    COMMON,
    COMMON_ACRONYMS,
    HARD,
    ILLNESSES,
    LEX,
    LOC,
    LOCAL_TITLES,
    LOWER,
    MISC,
    NIL,
    ORG,
    PER,
    TITLES,
    TOK,
)

# Capitalised words that are usually not (part of) a name in the training text ("The",
# "Minister", "Foreign"), and titles: they split runs.
_USUALLY_NOT_NAMES = frozenset(
    t
    for t, r in TOK.items()
    if t not in LEX and r[NIL] > max(r[PER], r[ORG], r[LOC], r[MISC]) and not t.isupper()
) | frozenset(t.capitalize() for t in TITLES | LOCAL_TITLES if t[0].isalpha())

# Interjections of quoted speech the 1996 training file never saw ("saying, 'Hey, go vote'",
# "Ditto, she said"), and contracted forms of address ("Ma'am, please"): no names, wherever
# they stand
INTERJECTIONS = frozenset(
    "Hey Wow Whoa Yep Nope Okay Ditto Oops Ugh Hmm Huh Alas Gosh Geez Jeez Hooray Yay Ouch Aha".split()  # noqa: SIM905
) | frozenset(("Ma'am", "Ma’am", "Y'all", "Y’all"))

NEVER_ALONE = _USUALLY_NOT_NAMES | COMMON_ACRONYMS | INTERJECTIONS

# "I'm", "We're", "They've", "Don't", "He'll", "It'd": a pronoun or verb with a contraction
CONTRACTION = compiled.compile(r"[A-Za-z]['’](?:m|re|ve|ll|d|t|s)$|n['’]t$", re.IGNORECASE)
_PRONOUNS = frozenset("I We You They He She It There Here That What Who Let".split())  # noqa: SIM905


def is_contraction(word: str) -> bool:
    """ "I'm", "We've", "Don't", "Let's": a contraction, never a name ("O'Neill" is one)."""
    if "'" not in word and "’" not in word:
        return False
    if CONTRACTION.search(word) is None:
        return False
    head = re.split(r"['’]", word, maxsplit=1)[0]
    return head in _PRONOUNS or word.lower().endswith(("n't", "n’t")) or head.lower() in LOWER


def never_rule(word: str) -> tuple[str, str]:
    """The rule (and a short reason) that keeps ``word`` from being a name alone."""
    if is_contraction(word):
        return "never:contraction", "a pronoun or verb with a contraction"
    if word in ILLNESSES:
        return "never:illness", "an illness, a common noun"
    if word in COMMON_ACRONYMS:
        return "never:common-acronym", "an acronym of a common noun, a unit or a time zone"
    if plural_acronym(word):
        return "never:plural-acronym", "an acronym with a plural ending, a common noun"
    if len(word) == 1:
        return "never:letter", "a letter"
    return "never:word", "usually no name when capitalised"


def is_never_name(word: str) -> bool:
    """A word that is never a name by itself: see the module docstring."""
    return word in NEVER_ALONE or is_contraction(word) or plural_acronym(word)


def plural_acronym(word: str) -> bool:
    """ "HFCs", "NGOs", "MPs", "SUVs": an acronym with a plural ending counts things of a
    kind, a common noun; a body or a place is one of a kind and its acronym takes no plural.
    A plural the lists know as a name stays one."""
    return (
        len(word) > 2
        and word[-1] == "s"
        and word[:-1].isupper()
        and word[:-1].isalpha()
        and word not in LEX
    )


def common_word_at_sentence_start(word: str) -> bool:
    """ "Music", "Rescue", "Ambitious" opening a sentence: a common word, not a name, unless
    the lists know it as a name with one clear type."""
    return word.lower() in LOWER and word not in HARD


def weak_name(key: str, info: list[Any]) -> bool:
    """A known name seen alone fewer than three times in training that is also a common
    word ("Power", "Mass"): weak evidence when it opens a sentence. Places and nationalities
    are names wherever they stand; so is a name of the hand lists (seen no time in training)
    that news never writes in lower case, though a general word list holds it ("Reddit",
    "YouTube": the list was built from the web)."""
    return (
        " " not in key
        and info[1] < 3
        and info[0] not in ("GPE", "LOC", "NORP")
        and not key.isupper()
        and key.lower() in COMMON
        and (info[1] > 0 or key.lower() in LOWER)
    )


WEAK_NAMES = frozenset(k for k, v in LEX.items() if weak_name(k, v))

_REACH = 6000  # characters either side searched for another use of a word
_LOOKS = 40  # occurrences looked at, at most, per word and article


# "Sixty-two percent ...": numbers written out are compounds of common words too
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())  # noqa: SIM905


def common_compound(lower: str) -> bool:
    """ "long-term", "low-income", "far-right": a compound of common words is a common word
    ("Long-term interest rates", "Sixty-two percent" opening a sentence), however rare the
    whole. Each part must
    be a word the news text writes lower case ("Coca-Cola" is made of words of the common
    list, yet they are no news words)."""
    parts = lower.split("-")
    return len(parts) > 1 and all(p in LOWER or p in _TENS for p in parts)


def common_plural(lower: str) -> bool:
    """ "ambulances", "insurers", "charities": the plural of a common noun is a common word
    too, though the common list holds the singular only ("Ambulances took 32 minutes" opens
    a sentence with no name). English plurals end in "-s", "-es" or "-ies"."""
    if len(lower) < 4 or lower[-1] != "s" or lower[-2] == "s":
        return False
    if lower.endswith("ies") and lower[:-3] + "y" in COMMON:
        return True
    return lower[:-1] in COMMON or (lower.endswith("es") and lower[:-2] in COMMON)


def inside_a_name(text: str, s: int, e: int) -> bool:
    """Do capitalised words stand on both sides of ``text[s:e]`` ("Power" in "Clean Power
    Plan", "Machines" in "International Business Machines Corp.")? A common word inside a
    longer name says nothing of the word alone: "Power plants are ..." stays common. The
    first word of a name ("Eliot Spitzer", "Secretary General Ban Ki-moon": a title opens
    no name) or its last ("Tom Young") may well stand alone for it."""
    if text[e : e + 1] != " " or not text[e + 1 : e + 2].isupper():
        return False
    if s < 2 or text[s - 1] != " ":
        return False
    before = text[text.rfind(" ", max(0, s - 40), s - 1) + 1 : s - 1]
    return before[:1].isupper() and before.lower().rstrip(".") not in TITLES


def opens_known_company(text: str, s: int, e: int) -> bool:
    """ "Novo Nordisk", "Legal & General": does the word at ``s``..``e`` open the name of a
    company the lists know, written here in full?"""
    nxt = text.find(" ", e + 1, e + 40)
    if nxt < 0:
        nxt = min(len(text), e + 40)
    name = text[s:nxt].rstrip(".,;:")
    if name.endswith(("'s", "’s")):
        name = name[:-2]  # "Novo Nordisk's shares"
    return HARD.get(name) == "ORG"


def common_word_opening_sentence(text: str, word: str, s: int, seen: dict[str, bool]) -> bool:
    """ "Power plants are ...", "Mass atrocities ...": a common English word (or a compound
    of them, "Long-term") opening a sentence is no name unless the article also writes it
    with a capital inside a sentence and not inside a longer name ("... said Trump", not
    "the Clean Power Plan"), or as the first word of a company the lists know ("Novo" in
    a story about "Novo Nordisk"). Searches a bounded window, so time stays linear; ``seen`` caches
    the answer per word for the article."""
    if word in HARD and word not in WEAK_NAMES or word.isupper():
        return False
    lower = word.lower()
    if (
        lower not in COMMON
        and lower not in LOWER
        and lower not in SECTOR_WORDS  # "Fintech app Ploom", "Crypto exchanges ..."
        and not common_compound(lower)
        and not common_plural(lower)
    ):
        return False
    found = seen.get(word)
    if found is None:
        found = True
        n = len(word)
        hi = s + _REACH
        k = text.find(word, max(0, s - _REACH), hi)
        looks = 0
        while k >= 0 and looks < _LOOKS:
            looks += 1
            if (
                k != s
                and (k == 0 or not text[k - 1].isalnum())
                and not text[k + n : k + n + 1].isalnum()
                and not sentence_initial(text, k)
                and not inside_a_name(text, k, k + n)
            ):
                found = False  # capitalised inside a sentence: a name
                break
            if text[k + n : k + n + 1] == " " and opens_known_company(text, k, k + n):
                found = False  # "Novo" where the story names "Novo Nordisk"
                break
            k = text.find(word, k + n, hi)
        seen[word] = found
    return found


# a verb of speech right after the subject: "Meta said", "Nvidia announced"
_SPEECH_AFTER = compiled.compile(r" (?:said|says|told|announced|added|reported|confirmed|denied)\b")
# singular words that open a sentence as the subject of "said" and are no names: pronouns
# the never list does not hold, and nouns of a group or a body of people ("Police said")
_NOT_SUBJECT_NAMES = frozenset(
    """
    police staff management security everyone everybody someone somebody nobody none one
    each both neither either another government family media press
    """.split()  # noqa: SIM905
)


def names_the_speaker(text: str, word: str, e: int) -> bool:
    """ "Meta said on Tuesday it would ...", "Block announced": a capitalised word opening
    a sentence right before a verb of speech is the speaker's name, though it is also a
    common word; a common noun needs a determiner there ("The meta said" is no English). Not
    a plural ("Analysts said") nor a word of ``_NOT_SUBJECT_NAMES`` ("Police said")."""
    return (
        word[-1] != "s"
        and word.lower() not in _NOT_SUBJECT_NAMES
        and _SPEECH_AFTER.match(text, e) is not None
    )


# Occupations written before a name ("Singer Maya Torres", "Rapper Drake"): opening a
# sentence they take a capital, yet they are the person's role, not part of the name.
ROLE_NOUNS = frozenset(
    """
    singer actor actress rapper songwriter musician guitarist drummer pianist composer
    conductor dancer comedian director filmmaker producer screenwriter playwright novelist
    author writer poet artist painter sculptor photographer designer architect journalist
    reporter columnist editor broadcaster presenter host anchor historian economist
    scientist physicist chemist biologist researcher astronaut lawyer attorney activist
    campaigner entrepreneur businessman businesswoman billionaire tycoon investor banker
    runner sprinter swimmer cyclist boxer golfer skier rider jockey wrestler skater
    footballer cricketer batsman bowler pitcher quarterback forward winger
    """.split()  # noqa: SIM905
)


def role_noun_opens_name(toks: list[str], i: int, initial: bool) -> bool:
    """ "Singer Maya Torres, whose album ...": an occupation opening the sentence before a
    name of two words or more is the person's role, however the lists know the word
    ("Singer" the sewing machines)."""
    return (
        i == 0
        and initial
        and len(toks) >= 3
        and toks[0].lower() in ROLE_NOUNS
        and toks[0][1:].islower()
        and toks[1][:1].isupper()
        and toks[2][:1].isupper()
    )


# the first words of time zones written out ("8 p.m. Eastern time", "Pacific Standard Time")
_ZONE_WORDS = frozenset("Eastern Central Mountain Pacific Atlantic Alaska Hawaii".split())  # noqa: SIM905
_ZONE_RUN = compiled.compile(r"(?:Standard |Daylight )?Time$")


# every run that may be a time zone: a zone word alone, or with "Time" after it
ZONE_RUNS = _ZONE_WORDS | frozenset(
    f"{w} {rest}" for w in _ZONE_WORDS for rest in ("Time", "Standard Time", "Daylight Time")
)


_CLOCK_BEFORE = compiled.compile(r"(?:\d|[ap]\.?m\.?) $")


def is_time_zone(text: str, chunk: str, e: int) -> bool:
    """ "8 p.m. Eastern time", "Pacific Standard Time", "9:00 a.m. Eastern": a time zone, no
    place or group.
    ``chunk in ZONE_RUNS`` is the cheap test to make first (``runs.find_candidates``)."""
    first, _, rest = chunk.partition(" ")
    if first not in _ZONE_WORDS:
        return False
    if rest:
        return _ZONE_RUN.fullmatch(rest) is not None
    if text.startswith(" time", e):
        return True
    s = e - len(chunk)  # "9:00 a.m. Eastern", "8pm Pacific": a clock time before it
    return _CLOCK_BEFORE.search(text, max(0, s - 8), s) is not None


# what a participle opening a sentence takes after it, and a name there does not: "Reading
# from the documents", "Reading the verdict" (not "Reading on Saturday", "Boeing said")
_PARTICIPLE_OBJECTS = frozenset(
    "from the a an about through into between his her their its this these those".split()  # noqa: SIM905
)


def participle_opening(text: str, word: str, s: int, e: int) -> bool:
    """ "Reading from Cuban intelligence documents, ...": a name the lists know that ends in
    "-ing" and opens a sentence before an article or "from" is the verb, not the town."""
    nxt = text[e + 1 : e + 9].split(" ", 1)[0]
    return nxt in _PARTICIPLE_OBJECTS and sentence_initial(text, s)


# past participles of strong verbs that open a sentence's clause ("Born in Ballarat, she ...")
STRONG_PARTICIPLES = frozenset(("Born", "Known", "Grown", "Raised", "Based", "Founded"))
_PARTICIPLE_PREPOSITIONS = frozenset(("in", "on", "at", "into", "to", "near", "as", "by"))


def past_participle_opening(text: str, word: str, s: int, e: int) -> bool:
    """ "Born in Ballarat in 1934, she ...", "Raised on a farm near Perth, he ...": a name the
    lists know ("Born" is a town in the training file) that is a past participle opening a
    sentence before a preposition is the verb of the clause, not the place."""
    if word not in STRONG_PARTICIPLES:
        return False
    nxt = text[e + 1 : e + 7].split(" ", 1)[0]
    return nxt in _PARTICIPLE_PREPOSITIONS and sentence_initial(text, s)


def common_base(chunk: str) -> bool:
    """ "State-owned", "Government-backed", "Family-run": a capitalised common noun before an
    affiliation's affix names no people or place ("a State-owned developer"), unlike
    "Tokyo-based" or "Kremlin-backed"; the lists know no name of that word alone."""
    base = chunk.rsplit("-", 1)[0]
    if base in COMMON_ACRONYMS:
        return True  # "PhD-level", "CEO-level": a common noun's acronym
    return base.lower() in LOWER and base not in HARD and "-" not in base


def row_label(text: str, word: str, s: int) -> bool:
    """ "Bonds: Shearson Lehman Hutton Treasury index ...": a common word opening a line or a
    sentence before a colon labels what follows (a table's row), whatever name it spells."""
    return word.lower() in LOWER and sentence_initial(text, s)


_SAID_AFTER = compiled.compile(
    r"[,!?](?:''|[\"”'’]){1,2} (?:(?:he|she|they|I|we|[A-Z][\w.-]*(?: [A-Z][\w.-]*)?) )?"
    r"(?:said|says|exclaimed|shouted|cried|added|replied|asked|yelled|wrote)\b"
)


def exclamation(text: str, e: int) -> bool:
    """``Hallelujah,'' Albright exclaimed; "Bravo!" she said: an unknown word that is a
    whole quotation, closed at once before its speaker's verb, is something said, not a name
    (chants of "Bobby!" still name him)."""
    return _SAID_AFTER.match(text, e) is not None


def opens_after_dot(toks: list[str], i: int) -> bool:
    """Does ``toks[i]`` open a new sentence after an abbreviation's full stop: a word never a
    name alone, right after "Co." or "Inc." ("Dow Jones & Co. Since then ...", "Smith & Co.
    After that ...")? The run's pattern keeps the stop inside a name, so the sentence's end
    is read here, where "&" or "of" would join every word after it."""
    return i > 0 and toks[i] in NEVER_ALONE and toks[i - 1][-1] == "."


def leading_openers(words: list[str], keep: frozenset[str] = frozenset()) -> int:
    """How many of a run's first words are never a name alone ("The", "At", "During") and
    open no name of the rule asking (``keep``), leaving two words at least: the run's name,
    if any, starts after them ("At Andrews Air Force Base", "During Korean War")."""
    k = 0
    while k < len(words) - 2 and words[k] in NEVER_ALONE and words[k] not in keep:
        k += 1
    return k
