"""A lone unknown word the scores read as a person, but that the article treats as a thing.

News introduces a person by a full name or with a title ("Ms Graber", "the actor X") and
refers back with the surname and "he", "she", "his", "who". A company, a platform or a
regulator it names by one word ("Bluesky", "Ofcom", "Mastodon") and refers back with
"it", "its", "which"; users are "on" it and "join" it; an appositive calls it "a rival
network", "the regulator", and so does "is" ("Bluesky is a microblogging platform"); it has
users, servers, an owner ("Bluesky's users"). The run scores weigh each mention's neighbours, and for a word
they have never seen the person's reading often wins ("Bluesky" x12: PERSON).

``thing_not_person``: such a word, that no full name explains (``document.full_names``) and
no title or person's noun marks (``score.person_cue``), is a company's (OntoNotes: ORG) when
at least one of its mentions has a thing's context and none a person's. The sports report's
surname alone ("Agassi beat Sampras") has neither, and stays a person.

Cost: each mention of each such word reads ~100 characters around it; linear in mentions.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import PLACE_LABELS
from .score import Unknown

# after the word, in its sentence: a pronoun or relative for a person, or for a thing
_AFTER = compiled.compile(
    r"(?:,? (?P<who>who|whom|whose)\b|,? (?P<which>which)\b)"
    r"|[^.!?\n]{0,90}?\b(?:(?P<its>its|itself)|(?P<he>he|she|his|her|him|hers|himself|herself))\b"
)
# the word a thing is "on", joined or downloaded: "posted on Bluesky", "joined Mastodon"
_THING_PREV = frozenset(
    """
    on onto via join joined joining joins download downloaded downloading
    """.split()  # noqa: SIM905
)
# nouns for an organisation or a service, in apposition before ("the regulator, Ofcom,")
# or after ("Nostr, a rival decentralised network"), or what the word is ("Bluesky is a
# microblogging platform"); not the trades a person may ply ("developer", "operator")
THING_NOUNS = frozenset(
    """
    platform platforms network networks app apps service services site website regulator
    watchdog broadcaster company firm startup start-up retailer chain brand marketplace
    exchange lender bank insurer label charity agency authority body
    """.split()  # noqa: SIM905
)
# the appositive's noun ends it: "Nostr, a rival network." ("Smith, the company's founder" no)
# "Bluesky is a microblogging platform that": the same noun after "is"
_APPOSITION_AFTER = compiled.compile(
    r"(?:,| is| was) (?:a|an|the) (?:[a-z-]+ ){0,3}?([a-z-]+)"
    r"(?=[,.;:!?)]| (?:that|which|with|in|of|from|for|based|run|owned|launched|founded)\b)"
)
# what a service or a company has and a person does not, after its possessive
_THING_OWN = frozenset(
    """
    users app apps platform servers parent owner owners algorithm
    """.split()  # noqa: SIM905
)
_APPOSITION_BEFORE = compiled.compile(r"\b([a-z-]+), $")
# a person's title before a mention ("Mr. Trump", "Dr Okafor"): a person, whatever else
_TITLE_BEFORE = compiled.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof|President|Senator|Sen|Rep|Gov)\.? $"
)
_MAX_MENTIONS = 40  # enough mentions to judge by; bounds the work on a long text


def mention_evidence(text: str, s: int, e: int) -> tuple[int, int]:
    """(thing, person) evidence of one mention: 1 or 0 each."""
    thing = person = 0
    if _TITLE_BEFORE.search(text, max(0, s - 12), s) is not None:
        return 0, 1  # "Mr. Trump, do you ...": a title the run rules did not take
    m = _AFTER.match(text, e)
    if m is not None:
        if m.group("who") or m.group("he"):
            person = 1
        elif not m.group("its") or text[e : m.start("its")].islower():
            thing = 1  # "Under Stalin, NATO calls for ... its": another name's "its"
    if text.startswith(" ", s - 1) and not text.startswith(("'s", "’s"), e):
        # "posted on Bluesky"; not "hung up on Trump's kids": the "on" is the kids'
        k = text.rfind(" ", max(0, s - 16), s - 1)
        if text[k + 1 : s - 1] in _THING_PREV:
            thing = 1
    a = _APPOSITION_AFTER.match(text, e)
    if a is not None and a.group(1) in THING_NOUNS:
        thing = 1
    elif text.startswith(("'s ", "’s "), e):
        w = text[e + 3 : e + 24].split(" ", 1)[0].rstrip(",.;:")
        thing |= w in _THING_OWN  # "Bluesky's users", "Mastodon's servers"
    b = _APPOSITION_BEFORE.search(text, max(0, s - 24), s)
    if b is not None and b.group(1) in THING_NOUNS:
        thing = 1
    return thing, person


def thing_not_person(text: str, u: Unknown) -> bool:
    """Does the article treat this lone word as a thing ("Bluesky runs on ...", "posted on
    Bluesky", "Mastodon, which launched in 2016", "the regulator, Ofcom,") and never as a
    person ("Sampras, who", "Agassi ... his")? Only asked of a word no full name or title
    explains (see the module docstring)."""
    thing = 0
    for s, e in u.spans[:_MAX_MENTIONS]:
        t, p = mention_evidence(text, s, e)
        if p:
            return False
        thing += t
    return thing > 0


def things_not_people(
    text: str, decided: dict[str, str], full: dict[str, str], unknown: dict[str, Unknown]
) -> None:
    """Relabel, in ``decided``, each lone word read as a person that ``thing_not_person``
    finds a thing: a company's name (ORG)."""
    for key, label in decided.items():
        if (
            label == "PERSON"
            and " " not in key
            and key not in full
            and not unknown[key].person
            and thing_not_person(text, unknown[key])
        ):
            decided[key] = "ORG"


# what only a made thing is: launched, owned or run by someone ("Threads, launched by Meta",
# "Spindle, owned by Acme,"), its users ("Threads users", "Threads has 275 million users");
# not "founded" or "built": towns are too
_MADE_AFTER = compiled.compile(
    r",? (?:(?:which|that) (?:was |is )?)?(?:launched (?:by|in)|(?:owned|run|created|bought"
    r"|acquired|developed|released|operated) by)\b"
    r"|['’]s (?:[a-z-]+ )?(?:users|app|apps|servers|algorithm|feed|feeds|moderators)\b"
    r"| users\b"
    r"|,? (?:has|had|now has|boasts) (?:more than |about |around |over |nearly |almost )?"
    r"[\d.,]+(?: ?(?:m|bn|million|billion))? (?:monthly |daily |active )*users\b"
)


def made_thing(text: str, u: Unknown) -> bool:
    """Does a mention of this word say it was made or has users (see
    ``things_not_places``)?"""
    match = _MADE_AFTER.match
    # (a loop, not ``any`` over a generator: cheaper)
    for _, e in u.spans[:_MAX_MENTIONS]:  # noqa: SIM110
        if match(text, e) is not None:
            return True
    return False


def things_not_places(text: str, decided: dict[str, str], unknown: dict[str, Unknown]) -> None:
    """Relabel, in ``decided``, a lone unknown word read as a place that the article says
    was launched, owned or run by someone or has users ("Threads, launched by Meta in 2023,
    has 275 million users"): a service, named as its company (OntoNotes: ORG). A town is
    not launched and has residents, not users; the weaker signs of ``thing_not_person``
    ("on X", "its") are a place's too ("on Malta", "Paris and its suburbs")."""
    for key, label in decided.items():
        if label in PLACE_LABELS and " " not in key and made_thing(text, unknown[key]):
            decided[key] = "ORG"
