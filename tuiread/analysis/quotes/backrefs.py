"""Words that point back to a person brought in before: family words with their sex ("her
father ... he"), "the senator" for the person named with that title ("Sen. David
Okonkwo"), "that person" for the description it was introduced with ("A person close to
the board said"). Each reader looks a bounded distance back from the mention."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .lexicon import AUXILIARIES, PERSON_ROLES, PUNCT, SPEECH_SET, VERBISH
from .text import QuotedRuns

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
