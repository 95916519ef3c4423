"""Reading a noun phrase word by word: the shapes of its words (a word of a name, a
description, a count, a plural) and the head a subject ends at, with the titles before a
name and the organisation after a people noun ("a spokesman for the Foreign Ministry")."""

from __future__ import annotations

from .lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    CONNECTORS,
    DETERMINERS,
    MEMBER_OF,
    MONTHS,
    PEOPLE,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    PUNCT,
    SPEECH_SET,
    STOP_CAPS,
    SUBJECT_STOPS,
    TITLES,
    VERBISH,
    ly_adverb,
)
from .records import Speaker
from .text import is_abbrev, tokens


def party_tag(word: str) -> bool:
    """A party and state after a lawmaker's name, as American news sets it off between
    commas ("D-N.Y.,", "R-Texas,", "I-Vt.,"): no subject, the name is before it."""
    return (
        len(word) > 3
        and word[0] in "DRI"
        and word[1] == "-"
        and word[2].isupper()
        and word.endswith(",")
    )


def descriptive(word: str) -> bool:
    """A lower-case word that can describe the person named after it ("presidential",
    "nominee", "former"), not a verb or a function word."""
    return (
        word.replace("-", "").isalpha()  # "season-ticket holder", "long-time resident"
        and word.islower()
        and word not in VERBISH
        and word not in SPEECH_SET
        and word not in AUXILIARIES
        and word not in SUBJECT_STOPS
        and word not in DETERMINERS
        and word not in PREPOSITIONS
        and word not in CLAUSE_WORDS
        and not word.endswith(("ed", "ly"))
    )


def base_word(word: str) -> str:
    """The word without a clitic: "It’s" -> "It", "They're" -> "They", "What's" -> "What",
    "I'm" -> "I", "We've" -> "We" (a contraction is never a name of its own)."""
    if "'" not in word and "’" not in word:
        return word
    for clitic in ("'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'m", "’m", "'ve", "’ve"):
        if word.endswith(clitic):
            return word[: -len(clitic)]
    return word


def capword(word: str) -> bool:
    """A word of a name: capitalised, or a particle joined to one ("el-Sayed", "al-Anbari")."""
    if word[:1].isupper():
        return True
    dash = word.find("-", 1, 4)
    return dash > 0 and word[:dash].isalpha() and word[dash + 1 : dash + 2].isupper()


def abbreviation(word: str) -> bool:
    """ "U.S.", "Mo.", "Jr.": a full stop that ends no noun phrase."""
    core = word.rstrip(".")
    return "." in core or (len(core) <= 3 and core[:1].isupper())


def number_word(word: str) -> bool:
    """A count that opens a noun phrase like a determiner: "63 percent", "1,200 workers"."""
    return word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit()


def plural_noun(word: str) -> bool:
    """A lower-case word that reads as a plural noun ("critics", "officials")."""
    return (
        len(word) > 3
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in SPEECH_SET
    )


OBJECT_PRONOUNS = frozenset(("them", "him", "it", "us", "me", "you"))


def opening_adverb(word: str) -> bool:
    """An adverb that opens a sentence before a comma ("Conversely,", "Predictably,"): in
    -ly after a stem of five letters or more, which leaves out given names ("Kelly,",
    "Emily,", "Beverly,")."""
    return word[:1].isupper() and word[1:].islower() and word.endswith("ly") and len(word) >= 8


def head_at(text: str, s: int, end: int) -> Speaker | None:
    """The pronoun, name or noun phrase at ``s``, after opening words ("But", "Indeed,")
    and a time after a preposition ("On September 27 they", "In 2010 she")."""
    toks = tokens(text, s, min(end, s + 120))
    words = [text[a:b] for a, b in toks]
    k = 0
    while k < len(words):
        word = words[k].rstrip(",")
        if (
            base_word(word) in STOP_CAPS
            and base_word(words[k]) not in PRONOUNS
            and words[k].lower() not in DETERMINERS
        ) or (word.endswith("ly") and words[k].endswith(",") and opening_adverb(word)):
            k += 1  # "But", "Indeed,", "Certainly", "Conversely,"
        elif not words[k].strip(PUNCT + "“„«»"):
            k += 1  # the closing mark of a title: 'On "Face the Nation," Sen. Sanders'
        elif k and words[k - 1].lower() in PREPOSITIONS and (word in MONTHS or number_word(word)):
            k += 1  # "On September 27 they ..."
            while k < len(words) and number_word(words[k].rstrip(",")):
                k += 1
        else:
            break
    if k >= len(words):
        return None
    w0 = words[k].rstrip(PUNCT)
    if not w0:
        return None
    if base_word(w0) in PRONOUNS:  # "She", "It’s"
        return (toks[k][0], toks[k][0] + len(base_word(w0)))
    det = w0.lower() in DETERMINERS
    if not det and not w0[0].isupper():
        # a description before a name: "presidential nominee Hillary Clinton said"
        n = k
        while n < len(words) and n - k < 4 and descriptive(words[n]):
            n += 1
        if n == k or n >= len(words) or not capword(words[n]) or words[n] in STOP_CAPS:
            return None
        while n + 1 < len(words) and capword(words[n + 1]) and words[n] == words[n].rstrip(PUNCT):
            n += 1
        e = toks[n][0] + len(words[n].rstrip(PUNCT))
        return (toks[k][0], e)
    last = k
    if words[k] == w0 or (words[k] == w0 + "." and is_abbrev(w0)):
        for n in range(k + 1, min(len(words), k + 9)):
            wd = words[n]
            core = wd.rstrip(PUNCT)
            if not core:
                break
            if wd[0] == "(" and wd[-1] == ")":
                last = n
                continue
            if (core[:1].isupper() and core in SUBJECT_STOPS) or ly_adverb(core):
                break  # "The Cypriot government Saturday strongly condemned"
            if (
                det
                and (core in ARTICLES or core in OBJECT_PRONOUNS)
                and last > k
                and words[last] not in CONNECTORS
            ):
                # "My mother read an early draft", "my editor read them": a second
                # determiner or an object pronoun opens the object, so the word before it
                # was the verb, not part of the subject
                if words[last] not in PREPOSITIONS:
                    last -= 1
                break
            if (
                core[0].isupper()
                or (core in CONNECTORS and n + 1 < len(words) and words[n + 1][:1].isupper())
                or (
                    det
                    and n - k <= 5
                    and core not in VERBISH
                    and core not in SPEECH_SET
                    and core not in SUBJECT_STOPS
                    and core not in ADVERBS
                    and not core.endswith("ed")
                )
            ):
                last = n
            else:
                break
            if wd != core and not (wd.endswith(".") and is_abbrev(core)):
                break  # punctuation ends the subject, the full stop of "Sen." does not
        if words[last].endswith(("'s", "’s")) or plural_possessive(words[last]):
            # "Polly Peck's acquisition makes sense": the subject is what the name owns
            n = last + 1
            while n < len(words) and n - last <= 3 and descriptive(words[n].rstrip(",;:")):
                last = n
                n += 1
                if words[last][-1] in ",;:":
                    break  # "Scott's relatives, including his wife,": the comma ends it
            if words[last] == words[last].rstrip(PUNCT):
                # "Ashby City's striker Jonny Okafor": the name after the owner's role
                last = max(last, title_then_name(words, n - 1 if n - 1 > 0 else n))
        elif not det and words[last] == words[last].rstrip(PUNCT):
            named = title_then_name(words, last + 1)
            if named > last:
                # "Republican leader Mark Hollis": a party or a place describes the office
                # before the name, and the name is the subject
                last = named
            else:
                # a name that modifies a plural noun: "Computer experts", "Obama
                # administration officials", "Trump supporters"
                for n in (last + 1, last + 2):
                    if n >= len(words) or not descriptive(words[n]):
                        break
                    if words[n] in PEOPLE:
                        last = n
                        break
        last = of_organisation(words, last)
    if last == k and w0.lower() in ARTICLES:
        return None  # "a", "the", "his": an article names no one
    e = toks[last][0] + len(words[last].rstrip(PUNCT))
    return (toks[k][0], e) if e > toks[k][0] else None


def plural_possessive(word: str) -> bool:
    """A capitalised plural with the apostrophe after its s ("The Bruins' coach", "the
    Ortegas' lawyer"): it owns the noun after it, as "Smith's" does, so the subject goes on
    to that noun and the name set off after it ("The Bruins' coach, Jim Montgomery,")."""
    return len(word) > 3 and word[0].isupper() and word.endswith(("s'", "s’"))


def title_then_name(words: list[str], n: int) -> int:
    """Index of the last word of a name that follows an office in lower case from word
    ``n`` ("leader Mark Hollis", "campaign chairman John Podesta"), else -1. The office
    words are one to three descriptive words, none a plural or a verb ("Trump attacks
    Clinton" is no office and name), "of" allowed between two of them ("director of rugby
    Mark McCall", "head of research Jane Cole")."""
    k = n
    while k < len(words) and k - n < 4:
        core = words[k]
        if core == "of" and n < k < len(words) - 1 and descriptive(words[k + 1]):
            k += 1  # "director of rugby": the office goes on
            continue
        if not descriptive(core) or core.endswith("s") or k - n == 3:
            break
        k += 1
    if k == n or k >= len(words) or not capword(words[k]) or words[k] in STOP_CAPS:
        return -1
    if words[k].rstrip(PUNCT) != words[k] and not is_abbrev(words[k].rstrip(PUNCT)):
        return k  # "leader Hollis," ends at its punctuation
    while (
        k + 1 < len(words)
        and capword(words[k + 1])
        and words[k + 1] not in STOP_CAPS
        and words[k] == words[k].rstrip(PUNCT)
    ):
        k += 1
    return k


def of_organisation(words: list[str], last: int) -> int:
    """Index of the last word of the subject once a people noun takes the organisation it
    belongs to ("Analysts at Barclays", "a spokesman for the Foreign Ministry", "officials
    of the State Department"); ``last`` when the words after it are no such phrase."""
    head = words[last].lower()
    if (
        words[last] != words[last].rstrip(PUNCT)
        or (head not in PEOPLE and head not in PERSON_ROLES)
        or words[last] in TITLES
    ):
        return last  # "Secretary of State John Kerry": an office, then the name
    n = last + 1
    if n >= len(words) or words[n] not in MEMBER_OF:
        return last
    n += 1
    if n < len(words) and words[n] in ("the", "The"):
        n += 1
        common = _common_body(words, n) if head in PERSON_ROLES and head not in PEOPLE else -1
        if common > 0:
            return common
    if n >= len(words) or not capword(words[n]) or words[n].rstrip(PUNCT) in STOP_CAPS:
        return last
    while (
        words[n] == words[n].rstrip(PUNCT)
        and n + 1 < len(words)
        and (
            capword(words[n + 1])
            or (words[n + 1] in CONNECTORS and n + 2 < len(words) and capword(words[n + 2]))
        )
        and words[n + 1] not in STOP_CAPS
    ):
        n += 1
    if words[n].endswith(",") and n + 1 < len(words) and words[n + 1][:1].isupper():
        return last  # "a spokesman for the Stamford, Conn., company": a place, not the firm
    if words[n] == words[n].rstrip(PUNCT) and n + 1 < len(words) and descriptive(words[n + 1]):
        # the name modifies a noun: "Critics of the EB-5 program," takes it; with no
        # comma after, the noun may as well be a verb ("Analysts at Barclays expect")
        return n + 1 if words[n + 1].rstrip(",") != words[n + 1] else last
    return n


def _common_body(words: list[str], n: int) -> int:
    """Index of the last word of a body named in lower case after "the" ("a spokesman for
    the council said", "a spokeswoman for the company told"), after the role of one
    person (a group, "analysts at the bank", is not named after "the bank"): one or two describing words that end
    the subject, a verb of saying or nothing after them; -1 otherwise (the words may as
    well be the verb: "officials of the party voted")."""
    k = n
    while k < len(words) and k - n < 2 and descriptive(words[k].rstrip(",")):
        if words[k].endswith(","):
            return k if k + 1 < len(words) and words[k + 1] in SPEECH_SET else -1
        k += 1
    if k == n:
        return -1
    if k == len(words) or words[k] in SPEECH_SET:
        return k - 1
    return -1
