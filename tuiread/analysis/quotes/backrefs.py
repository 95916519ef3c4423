"""Words that point back to a person brought in before: family words with their sex ("her
father ... he"), "the senator" for the person named with that title ("Sen. David
Okonkwo"), "that person" for the description it was introduced with ("A person close to
the board said"). Each reader looks a bounded distance back from the mention."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .lexicon import AUXILIARIES, PERSON_ROLES, PUNCT, SPEECH_SET, TITLES, VERBISH
from .phrase import plural_noun
from .subjects import sentence_subject
from .text import QuotedRuns, sentence_start

if TYPE_CHECKING:
    from .speakers import Resolver

# Family words that tell a person's sex: "her father said ... he" is him, never her;
# with the roles ending in -woman and -man, the words that tell a pronoun's sex.
FEMALE_KIN = frozenset(
    "mother mom mum daughter wife sister grandmother aunt niece girlfriend fiancée widow".split()  # noqa: SIM905
)
MALE_KIN = frozenset(
    "father dad son husband brother grandfather uncle nephew boyfriend fiancé widower".split()  # noqa: SIM905
)
FEMALE_WORDS = frozenset(r for r in PERSON_ROLES if r.endswith("woman")) | FEMALE_KIN
MALE_WORDS = (
    frozenset(r for r in PERSON_ROLES if r.endswith("man") and not r.endswith("woman")) | MALE_KIN
)

# Titles a person named with a role carries before the name ("Sen. David Okonkwo" is
# "the senator" later on); the role word itself ("Coach", "President") counts too.
_ROLE_TITLES = {
    "senator": ("sen.",),
    "representative": ("rep.",),
    "congressman": ("rep.",),
    "congresswoman": ("rep.",),
    "governor": ("gov.",),
    "general": ("gen.",),
    "professor": ("prof.",),
    "detective": ("det.",),
    "lawmaker": ("sen.", "rep."),
}

# Determiners with which a noun points back to someone brought in before ("the senator",
# "that person"), and the nouns that may be brought in by a description alone.
BACK_POINTING = frozenset(("the", "that", "this"))
DESCRIBED = PERSON_ROLES | frozenset(("person", "engineer", "employee", "worker", "source"))
_REACH = 1200  # characters back looked at for the person a role or description stands for


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
    told = introduced_as(res.text, res.runs, noun, s) if noun in DESCRIBED else None
    if told:
        return told, "speaker:the role->description it was introduced with"
    return None


def named_with_role(res: Resolver, role: str, s: int) -> str | None:
    """The person "the senator" or "the coach" stands for: the nearest person named
    before ``s`` (within a paragraph or two, outside quotation marks) with that role or
    its title just before the name ("Sen. David Okonkwo", "Coach Marta Lindqvist",
    "the chief executive, Gregory Stahl"). None when no name carries the role: then the
    role stands as it is."""
    cues = (role, *_ROLE_TITLES.get(role, ()))
    ents = res.ents
    j = bisect_right(res.ent_starts, s) - 1
    while j >= 0 and ents[j].start >= s - _REACH:
        ent = ents[j]
        j -= 1
        if ent.label != "PERSON" or ent.end > s or res.runs.inside(ent.start):
            continue
        before = res.text[max(0, ent.start - 40) : ent.start].lower().split()
        if before and before[-1].rstrip(",") in cues:
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
    words: list[str] = []
    for word in text[best + len(art) + 1 : min(s, best + 120)].split()[:9]:
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


def kin_named(res: Resolver, whose: str, kin: str, s: int) -> str | None:
    """The person "her father" is when the text named the tie from his side ("Harold
    Jensen, 74, ... His daughter, Karen Jensen, said ..." then "Her father said ... he",
    with "her" Karen Jensen): the owner of the other family word set off before
    ``whose``, if that owner's sex fits ``kin``. None when the text tells no such tie."""
    other = _INVERSE.get(kin.lower())
    if other is None:
        return None
    text = res.text
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
    if len(words) < 2 or words[-1].lower() not in FEMALE_KIN | MALE_KIN:
        return None
    k = next(
        (
            n
            for n in range(len(words) - 2, max(-1, len(words) - 4), -1)
            if words[n].endswith(("'s", "’s")) or words[n] in ("His", "his", "Her", "her")
        ),
        -1,
    )
    if k < 0:
        return None
    owner = words[k]
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
    return f"{given} {parts[-1]}"


def one_of(res: Resolver, s: int) -> tuple[str, str] | None:
    """Who "One, who asked not to be named, said" is: one of the people the sentence
    before opens with ("Labour councillors defended the trial."), as "one of the Labour
    councillors"; None when that sentence opens with no plural."""
    text = res.text
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
