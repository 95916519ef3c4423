"""Words that point back to a person brought in before: family words with their sex ("her
father ... he"), "the senator" for the person named with that title ("Sen. David
Okonkwo"), "that person" for the description it was introduced with ("A person close to
the board said"). Each reader looks a bounded distance back from the mention."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from tuiread.model import Span

from .lexicon import (
    AUXILIARIES,
    FEMALE_NAMES,
    MALE_NAMES,
    PERSON_ROLES,
    PUNCT,
    SPEECH_SET,
    TITLES,
    VERBISH,
)
from .phrase import plural_noun
from .subjects import sentence_subject, subject_back
from .text import QuotedRuns, previous_sentence_start, sentence_start

if TYPE_CHECKING:
    from .speakers import Resolver

# Family words that tell a person's sex: "her father said ... he" is him, never her;
# with the roles ending in -woman and -man, the words that tell a pronoun's sex.
FEMALE_KIN = frozenset(
    "mother mom mum daughter wife sister grandmother granddaughter aunt niece girlfriend "  # noqa: SIM905
    "fiancée widow stepmother stepdaughter daughter-in-law".split()
)
MALE_KIN = frozenset(
    "father dad son husband brother grandfather grandson uncle nephew boyfriend fiancé "  # noqa: SIM905
    "widower stepfather stepson son-in-law".split()
)
# Family words of either sex, for a relative named by given name alone
_KIN = FEMALE_KIN | MALE_KIN | frozenset(("grandchild", "child", "cousin", "partner"))
FEMALE_WORDS = frozenset(r for r in PERSON_ROLES if r.endswith("woman")) | FEMALE_KIN
MALE_WORDS = (
    frozenset(r for r in PERSON_ROLES if r.endswith("man") and not r.endswith("woman")) | MALE_KIN
)

# Titles a person named with a role carries before the name ("Sen. David Okonkwo" is
# "the senator" later on); the role word itself ("Coach", "President") counts too.
_ROLE_TITLES = {
    "senator": ("sen.",),
    "representative": ("rep.",),
    "congressman": ("rep.", "representative", "congressman"),
    "congresswoman": ("rep.", "representative", "congresswoman"),
    "governor": ("gov.",),
    "general": ("gen.",),
    "professor": ("prof.",),
    "detective": ("det.",),
    "prosecutor": ("attorney",),
    "lawmaker": ("sen.", "rep.", "senator", "representative"),
}

# Determiners with which a noun points back to someone brought in before ("the senator",
# "that person"), and the nouns that may be brought in by a description alone.
BACK_POINTING = frozenset(("the", "that", "this"))
DESCRIBED = PERSON_ROLES | frozenset(("person", "engineer", "employee", "worker", "source"))
_REACH = 1200  # characters back looked at for the person a description stands for
_ROLE_REACH = 4000  # and for the people named with a role (a story names them once)


def person_of_a_place(res: Resolver, s: int, e: int) -> str | None:
    """ "Senator Jack Reed of Rhode Island": the person an entity span names before " of "
    in a mention that ends in a place's word, not an organisation named so."""
    of = res.text.find(" of ", s, e)
    if of < 0:
        return None
    j = bisect_right(res.ent_starts, of) - 1
    while j >= 0 and res.ents[j].start >= s:
        ent = res.ents[j]
        if ent.label == "PERSON" and ent.end <= of:
            return ent.value or ent.text
        j -= 1
    return None


def owned_sex(words: list[str]) -> str:
    """The sex a family word or a role after an owner tells ("Ann Lee's father" is a man,
    "the mayor's wife" a woman): the owner's given name says nothing of it. "" when the
    last word tells none."""
    if len(words) < 2 or not words[-2].endswith(("'s", "’s")):
        return ""
    last = words[-1].lower()
    return "f" if last in FEMALE_WORDS else "m" if last in MALE_WORDS else ""


def pointed_back(res: Resolver, noun: str, s: int) -> tuple[str, str] | None:
    """The name and rule for "the senator" or "that person" at ``s``: the person named
    with the role before, else the description the noun was brought in with; None when
    neither is found (the noun phrase then stands as it is)."""
    who = named_with_role(res, noun, s) if noun in PERSON_ROLES and res.ents else None
    if who:
        return who, "speaker:the role->person named with it"
    if noun.endswith("-year-old") and noun[:1].isdigit() and res.ents:
        who = _person_before(res, s)  # "Reid ... Speaking to Sky, the 24-year-old said"
        if who:
            return who, "speaker:the age->person named last"
    told = introduced_as(res.text, res.runs, noun, s) if noun in DESCRIBED else None
    if told:
        return told, "speaker:the role->description it was introduced with"
    return None


def named_with_role(res: Resolver, role: str, s: int) -> str | None:
    """The person "the senator" or "the manager" stands for: of the people named before
    ``s`` (within a few paragraphs, outside quotation marks) with that role or its title
    just before the name ("Sen. David Okonkwo", "Wanderers manager Steve Hartley", "the
    chief executive, Gregory Stahl"), the one whose surname the text used last ("His
    manager, Clare Whitmore ... Hartley's side travel ... the manager": Hartley). None
    when no name carries the role: then the role stands as it is."""
    cues = (role, *_ROLE_TITLES.get(role, ()))
    ents = res.ents
    text = res.text
    lo = max(0, s - _ROLE_REACH)
    best, best_at, seen = None, -1, 0
    j = bisect_right(res.ent_starts, s) - 1
    while j >= 0 and ents[j].start >= lo and seen < 4:
        ent = ents[j]
        j -= 1
        if ent.label != "PERSON" or ent.end > s or res.runs.inside(ent.start):
            continue
        before = text[max(0, ent.start - 40) : ent.start].lower().split()
        if not before or before[-1].rstrip(",") not in cues:
            continue
        seen += 1
        name = ent.value or ent.text
        last = text.rfind(name.split()[-1], ent.start, s)
        if last > best_at:
            best, best_at = name, last
    return best


def _person_before(res: Resolver, s: int) -> str | None:
    """The person the entity spans name last before ``s`` (outside quotation marks,
    within a paragraph or two)."""
    j = bisect_right(res.ent_starts, s) - 1
    while j >= 0 and res.ents[j].start >= s - _REACH:
        ent = res.ents[j]
        j -= 1
        if ent.label == "PERSON" and ent.end <= s and not res.runs.inside(ent.start):
            return ent.value or ent.text
    return None


def introduced_as(text: str, runs: QuotedRuns, noun: str, s: int) -> str | None:
    """What "that person" or "the engineer" was called where the text brought them in
    ("A person close to the board said", "An engineer in the sports unit said"): the
    description after the last "a"/"an" + noun before ``s`` (within a paragraph or two,
    outside quotation marks), up to its verb or its comma. None when the noun was never
    introduced so, or with no more words than "a person"."""
    lo = max(0, s - _REACH)
    art = "an" if noun[:1] in "aeiou" else "a"
    best = -1
    for cue in (f"{art} {noun} ", f"{art.capitalize()} {noun} "):
        k = text.rfind(cue, lo, s)
        if k > best and (k == 0 or not text[k - 1].isalnum()) and not runs.inside(k):
            best = k
    if best < 0:
        return None
    return _description(text[best + len(art) + 1 : min(s, best + 120)])


def _description(stretch: str) -> str | None:
    """The words of a description from the start of ``stretch`` up to its verb ("said",
    "learned", "was") or its comma, at most nine; None for a single word."""
    words: list[str] = []
    for word in stretch.split()[:9]:
        core = word.rstrip(PUNCT)
        if words and (core in SPEECH_SET or core in VERBISH or core in AUXILIARIES):
            break  # "said", "learned", "was": the description has ended
        words.append(core)
        if core != word:
            break  # a comma or a full stop ends it too
    return " ".join(words) if len(words) >= 2 else None


def labelled_turn(res: Resolver, s: int) -> str | None:
    """Who "I" is in a line of a printed transcript that opens with its speaker in
    capitals and a colon ("SEN. HOLLOWAY: Your own engineers wrote ..., and I'm
    quoting, "..."): the person the label names, made whole from the text ("Patricia
    Holloway"), without the titles. None when the line opens with no such label."""
    text = res.text
    line = text.rfind("\n", max(0, s - 2000), s) + 1
    colon = text.find(": ", line, min(s, line + 40))
    if colon < 0:
        return None
    label = text[line:colon].split()
    if not label or label[0] in ("Q", "A") or not all(w.isupper() for w in label):
        return None
    core = [w for w in label if w.rstrip(".").capitalize() not in TITLES]
    if not core or not core[-1].isalpha():
        return None
    surname = core[-1].capitalize()
    return res._full_name(surname, s) or " ".join(w.capitalize() for w in core)


# The family word for the other side of a tie ("Harold's daughter, Karen" -> "Karen's father")
_INVERSE = {
    "father": ("daughter", "son", "child"),
    "dad": ("daughter", "son", "child"),
    "mother": ("daughter", "son", "child"),
    "mom": ("daughter", "son", "child"),
    "mum": ("daughter", "son", "child"),
    "daughter": ("father", "mother", "dad", "mom"),
    "son": ("father", "mother", "dad", "mom"),
    "husband": ("wife",),
    "wife": ("husband",),
    "brother": ("brother", "sister"),
    "sister": ("brother", "sister"),
    "grandfather": ("granddaughter", "grandson", "grandchild"),
    "grandmother": ("granddaughter", "grandson", "grandchild"),
}
_KIN_REACH = 2000  # characters back looked at for the tie between two relatives


def couple(text: str, surname: str, at: int) -> tuple[str, str] | None:
    """The two given names of a couple named together before ``at`` ("Rosa and Eduardo
    Villanueva"), looked for at the last few places the surname is written; None when
    the text names no such pair."""
    lo = max(0, at - _KIN_REACH)
    k = at
    for _ in range(4):
        k = text.rfind(" " + surname, lo, k)
        if k < 0:
            return None
        words = text[max(0, k - 40) : k].split()
        if len(words) >= 3 and words[-2] == "and" and words[-1].isalpha():
            first, second = words[-3], words[-1]
            if first.isalpha() and first[:1].isupper() and second[:1].isupper():
                return first, second
    return None


def kin_named(res: Resolver, whose: str, kin: str, s: int) -> str | None:
    """The person "her father" is when the text named the tie from his side ("Harold
    Jensen, 74, ... His daughter, Karen Jensen, said ..." then "Her father said ... he",
    with "her" Karen Jensen): the owner of the other family word set off before
    ``whose``, if that owner's sex fits ``kin``. None when the text tells no such tie."""
    other = _INVERSE.get(kin.lower())
    if other is None:
        return None
    text = res.text
    parts = whose.split()
    if kin.lower() in ("husband", "wife") and len(parts) == 2:
        pair = couple(text, parts[1], s)  # "Rosa and Eduardo Villanueva": her husband
        if pair is not None and parts[0] in pair:
            return f"{pair[1] if pair[0] == parts[0] else pair[0]} {parts[1]}"
    lo = max(0, s - _KIN_REACH)
    sex = "m" if kin.lower() in MALE_WORDS else "f" if kin.lower() in FEMALE_WORDS else ""
    for word in other:
        k = text.rfind(f"{word}, {whose}", lo, s)
        if k < 0:
            continue
        owner = text[max(0, k - 30) : k].split()
        if not owner or owner[-1] not in ("His", "his", "Her", "her"):
            continue
        at = k - len(owner[-1]) - 1
        who = res.canonical(at, at + len(owner[-1]), 2)[0]
        if who and who != whose and res.sex_of(who, s) in ("", sex):
            return who
    return None


_OWNERS = frozenset(("His", "his", "Her", "her", "Their", "their"))
_COUPLES = frozenset(("couple's", "couple’s", "family's", "family’s", "pair's", "pair’s"))


def _family_name(text: str, owner: str, at: int) -> str | None:
    """The family name a family owns by ("The Ortegas' son": Ortega; "The couple's
    daughter" after "Rosa and Eduardo Villanueva": Villanueva, the last couple named
    within a few paragraphs). None for any other owner."""
    if owner[:1].isupper() and owner.endswith(("s'", "s’")) and owner[:-2].isalpha():
        return owner[:-2]
    if owner.lower() not in _COUPLES:
        return None
    lo = max(0, at - _KIN_REACH)
    k = at
    for _ in range(6):
        k = text.rfind(" and ", lo, k)
        if k < 0:
            return None
        left = text[max(0, k - 20) : k].split()[-1:]
        right = text[k + 5 : k + 60].split()[:2]
        if left and len(right) == 2 and all(w[:1].isupper() for w in (*left, *right)):
            family = right[1].rstrip(".,;:")
            if family.isalpha():
                return family
    return None


def kin_surname(res: Resolver, given: str, at: int) -> str | None:
    """The family name of a relative named by a given name alone ("Daniela's younger
    brother, Mateo, 19," is Mateo Ortega when Daniela is Daniela Ortega; "His wife,
    Marianne," of Tom Becker is Marianne Becker): news names a relative so when the
    family name is the one just given. None unless a family word and its owner stand
    right before the name."""
    text = res.text
    before = text[max(0, at - 60) : at]
    if not before.endswith(", "):
        return None
    words = before[:-2].split()
    if len(words) < 2 or words[-1].lower() not in _KIN:
        return None
    k = next(
        (
            n
            for n in range(len(words) - 2, max(-1, len(words) - 4), -1)
            if words[n].endswith(("'s", "’s", "s'", "s’")) or words[n] in _OWNERS
        ),
        -1,
    )
    if k < 0:
        return None
    owner = words[k]
    family = _family_name(text, owner, at)
    if family:  # "The couple's daughter, Lucia," / "The Ortegas' son, Mateo,"
        return f"{given} {family}"
    start = (
        at - len(before) + before.rfind(owner, 0, len(before) - len(" ".join(words[k + 1 :])) - 2)
    )
    if owner.endswith(("'s", "’s")):
        owner_name = res.canonical(start, start + len(owner) - 2, 2)[0]
    else:
        owner_name = res.canonical(start, start + len(owner), 2)[0]
    if not owner_name:
        return None
    parts = owner_name.split()
    if len(parts) < 2 or not parts[-1][:1].isupper() or not parts[-1].isalpha():
        return None
    kin = words[-1].lower()
    sex = "f" if kin in FEMALE_WORDS else "m" if kin in MALE_WORDS else ""
    if sex:
        res.names[f"{parts[-1]}|{sex}"] = f"{given} {parts[-1]}"  # for a later "Mrs. Haines"
    return f"{given} {parts[-1]}"


# Titles that tell a person's sex before a surname.
SEXED_TITLES = {"Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f", "Mr.": "m", "Mr": "m"}


def sexed_surname(res: Resolver, tokens: list[str], ent: Span | None, at: int) -> str | None:
    """The person "Mrs. Haines" is when the full name found for the surname is of the
    other sex ("Walter Haines"; his widow was named "His widow, Carol,"): the relative of
    that surname and sex named before, else "Mrs. Haines" as written. None when the
    title tells no sex or the name found fits it (the name found stands)."""
    if len(tokens) != 2 or tokens[0] not in SEXED_TITLES:
        return None
    surname = tokens[1]
    sex = SEXED_TITLES[tokens[0]]
    pair = couple(res.text, surname, at)
    if pair is not None:  # "Rosa and Eduardo Villanueva ... Mrs. Villanueva": Rosa
        her = next((g for g in pair if g in FEMALE_NAMES and g not in MALE_NAMES), None)
        him = next((g for g in pair if g in MALE_NAMES and g not in FEMALE_NAMES), None)
        her = her or (next(g for g in pair if g != him) if him else None)
        him = him or (next(g for g in pair if g != her) if her else None)
        chosen = her if sex == "f" else him
        if chosen:
            return f"{chosen} {surname}"
    if ent is not None and ent.value and ent.label == "PERSON" and surname in ent.value.split():
        full: str | None = ent.value
    else:
        full = res._full_name(surname, at)
    if not full or res.sex_of(full, at) in ("", sex):
        return None
    return res.names.get(f"{surname}|{sex}") or " ".join(tokens)


_QUESTION, _ANSWER = "Q: ", "A: "  # the turns of a printed interview


def interviewee(res: Resolver, s: int) -> str | None:
    """Who "I" is in the answer of a question-and-answer interview ("Q: Why afraid?"
    then "A: ... I told my agent, "..."): the person interviewed, whom the answers
    speak for, taken as the person the entity spans name most often outside quotation
    marks before the first question (the introduction says whom the interview is with; a
    person the answers or a later paragraph name is someone else). None outside an answer
    ("A:" opening the paragraph), or when the text holds no question ("Q:" opening a
    paragraph) or its introduction names no person."""
    text = res.text
    line = text.rfind("\n", 0, s) + 1
    if not text.startswith(_ANSWER, line):
        return None
    if res.answers is False:
        who = None
        first_question = 0 if text.startswith(_QUESTION) else text.find("\n" + _QUESTION)
        if first_question >= 0:
            counts: dict[str, int] = {}
            for ent in res.ents:
                if ent.start >= first_question:
                    break  # the introduction names whom the interview is with
                if ent.label == "PERSON" and not res.runs.inside(ent.start):
                    name = ent.value or ent.text
                    counts[name] = counts.get(name, 0) + 1
            if counts:
                who = max(counts, key=counts.__getitem__)
        res.answers = who
    return res.answers if isinstance(res.answers, str) else None


# Verbs whose plain form after a subject ending in -s says it is plural ("Islanders
# estimate"): a surname ending in -s takes "says", "estimates".
_PLURAL_VERBS = frozenset(
    "are were have do say estimate believe think recall agree remember know want expect "  # noqa: SIM905
    "fear hope worry argue insist claim describe call".split()
)


def plural_by_verb(text: str, s: int, e: int) -> bool:
    """A one-word capitalised subject ending in -s is a group, not a person, when the verb
    after it has its plural form ("Islanders estimate he made 60,000 crossings"): no
    "he" or "she" stands for it. False for any other subject ("Sanders said")."""
    word = text[s:e]
    if " " in word or not word.endswith("s") or not word[:1].isupper():
        return False
    return text[e + 1 : e + 12].split(" ", 1)[0] in _PLURAL_VERBS


def one_of(res: Resolver, s: int) -> tuple[str, str] | None:
    """Who "One, who asked not to be named, said" is: the description set off after it
    ("One of them, a software engineer who joined in 2021,"), else one of the people the
    sentence before opens with ("Labour councillors defended the trial."), as "one of the
    Labour councillors"; None when neither is there."""
    text = res.text
    for lead in (" of them, a ", " of them, an ", ", a ", ", an "):
        if text.startswith(lead, s + 3):
            # "One of them, a software engineer who joined in 2021, said": the description
            told = _description(text[s + 3 + len(lead) : s + 120])
            if told:
                return told, "speaker:one->the description set off after it"
    sent = sentence_start(text, s, res.runs)
    k = sent
    while k > 0 and text[k - 1] in " \n":
        k -= 1
    if k <= 0 or sent - k > 4:
        return None
    before = sentence_start(text, k - 1, res.runs)
    sp = sentence_subject(text, before, k)
    if sp is None:
        return None
    words = text[sp[0] : sp[1]].split()
    if words[0].lower() in ("the", "some", "many", "several"):
        words = words[1:]
    if not words or not plural_noun(words[-1]):
        return None
    return f"one of the {' '.join(words)}", "speaker:one->one of the people named before"


# the last letters of a word for one person of a people ("the Dutchman", "the Spaniard",
# "the Brazilian", "the Scot", "the Israeli"), not for a people as a whole ("the Dutch")
_ONE_OF_A_PEOPLE = ("man", "woman", "an", "ard", "ot", "on", "i", "ne", "de")


def nationality_named(res: Resolver, noun: str, s: int, depth: int) -> tuple[str, str] | None:
    """The person "the Dutchman said" stands for, as "he" would: the person who is the
    subject of the sentence before ("Slot was furious that ... Virgil van Dijk. "...," the
    Dutchman said": Slot, not the Dutch player named last), else the person named last.
    A plural ("the Americans") or a people as a whole ("the Dutch") is no one person."""
    if noun.endswith("s") or not noun.endswith(_ONE_OF_A_PEOPLE) or not res.ents:
        return None
    kinds = ("f",) if noun.endswith("woman") else ("m",) if noun.endswith("man") else "mf"
    sent = sentence_start(res.text, s, res.runs)
    before = previous_sentence_start(res.text, sent, res.runs)
    if before is not None:
        for kind in kinds:
            head = res._subject_named(before, sent, kind, depth)
            if head is not None:
                return head, "speaker:the nationality->subject of the sentence before"
    who = _person_before(res, s)
    return (who, "speaker:the nationality->person named last") if who else None


def nationality_subject(res: Resolver, sp: tuple[int, int], depth: int) -> str | None:
    """The person a sentence's subject "The Slovenian" (a capitalised "The" and a people's
    word for one person) stands for, so that a "he" after it finds that person, not the
    person named last ("The Slovenian, who rides for UAE, took the jersey. "...," he said"):
    as ``nationality_named`` reads it."""
    words = res.text[sp[0] : sp[1]].split()
    if len(words) != 2 or words[0] != "The":
        return None
    ent = res._entity_at(sp[0] + 4, sp[1])
    if ent is None or ent.label != "NORP":
        return None
    found = nationality_named(res, words[1].rstrip(".,"), sp[0], depth + 1)
    return found[0] if found else None


_FIRM_REACH = 600  # characters before "the company" searched for the organisation it is


def organisation_before(
    text: str, ents: list[Span], ent_starts: list[int], runs: QuotedRuns, s: int
) -> str | None:
    """The organisation "the company" at ``s`` stands for: the last one the entity spans
    (``ents``, sorted, with their ``ent_starts``) name outside quotations in the few
    sentences before it ("Gulf States Power said ... according to a statement from the
    company")."""
    j = bisect_right(ent_starts, s) - 1
    while j >= 0 and ents[j].start > s - _FIRM_REACH:
        ent = ents[j]
        if ent.label == "ORG" and ent.end <= s and not runs.inside(ent.start):
            # the whole capitalised run it ends ("Gulf States Power", where the spans took
            # "Gulf" for a place)
            sp = subject_back(text, max(0, ent.start - 60), ent.end)
            if sp is not None and sp[0] < ent.start and text[sp[0]].isupper():
                return " ".join(text[sp[0] : sp[1]].split())
            return ent.value or ent.text
        j -= 1
    return None
