"""Political parties: "the Liberal Democrats", "Plaid Cymru", "Sinn Féin".

``qualified_members``: a party named for its members' persuasion with a word before it
("Liberal Democrats", "Social Democrats", "Christian Democrats", "Scottish Conservatives") is
one name, labelled as the persuasion alone is ("Democrats": NORP, the OntoNotes label of a
party's members): the qualifier is not a name of its own and the lists' "Democrats" must not
be cut out of it. Only where the word before is no listed place, body or person ("Senate
Republicans", "Virginia Democrats" are two names) and does not open the sentence ("Fellow
Republicans", "Many Democrats"), unless "the" stands before it ("The Liberal Democrats").

``parties_not_people``: an unlisted name the scores read as a person's or a place's, with a
party's people or a party's words after it ("Plaid Cymru leader", "Plaid's Westminster
leader", "Sinn Féin, whose MPs", "the SNP manifesto") names a party (OntoNotes: ORG). A
person has a campaign and voters, but no MPs, councillors or leader of their own; a name
that a title marks is left alone. A name and its short form share the evidence ("Plaid's
leader": "Plaid Cymru" too).

Cost: the first rule runs only when a span's text is a persuasion (a set test in C); the
second reads ~40 characters after each mention of the few names decided as people or places.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import FUNCTION_WORDS, HARD, LOC_SUFFIXES
from .never import NEVER_ALONE
from .score import Unknown

# the members of a party named for its persuasion (all NORP in the lists)
PERSUASIONS = frozenset(
    """
    Democrat Democrats Republican Republicans Socialist Socialists Liberal Liberals
    Conservative Conservatives Communist Communists
    """.split()  # noqa: SIM905
)
# parties named by one word, whose seats or votes follow them in a table of results ("Labour
# 411, Conservatives 121"): a tally, no model's number
PARTY_NAMES = PERSUASIONS | frozenset(
    "Labour Tories Tory Greens SNP DUP Reform Plaid Likud Fidesz Syriza Podemos".split()  # noqa: SIM905
)
_QUALIFIER = compiled.compile(r"(?:(?<=[Tt]he )|(?<=[a-z,] ))([A-Z][a-z]+) $")
_QUALIFIER_LABELS = frozenset(("NORP",))
RULE_QUALIFIED = "parties:qualified-members"

# a party's people and words after its name: "Plaid leader", "SNP MPs", "the Reform manifesto"
_PARTY_AFTER = compiled.compile(
    r"(?:['’]s (?:[A-Za-z-]+ )?|, whose (?:[a-z-]+ )?| (?:(?:deputy|former|new|local|senior"
    r"|parliamentary|party|group|assembly) )?)"
    r"(?:leader|leaders|leadership|MP|MPs|MSP|MSPs|MS|MSs|MLA|MLAs|TD|TDs|councillor"
    r"|councillors|candidate|candidates|peer|peers|manifesto|whip|frontbench|frontbencher"
    r"|frontbenchers|backbencher|backbenchers|activists)\b"
    # an apposition that calls it a party or a movement's wing ("Sinn Fein, the IRA's
    # political wing,"); not "Smith, the leader of the party"
    r"|, (?:the|a) (?:(?!of )[\w'’-]+ ){0,2}(?:party|wing)(?=[,.;])"
)
_PARTY_FROM = frozenset(("PERSON", "GPE", "LOC", "FAC"))


def qualified_members(text: str, spans: list[Span], rules: list[str]) -> None:
    """Widen, in place, each persuasion's span over the word that names its party (see the
    module docstring): "Liberal Democrats", not "Democrats"; "Christian Democrats", not
    "Christian" and "Democrats"."""
    k = 0
    while k < len(spans):
        sp = spans[k]
        if sp.text in PERSUASIONS and sp.label == "NORP":
            m = _QUALIFIER.search(text, max(0, sp.start - 24), sp.start)
            if m is not None and qualifies(m.group(1)) and after_lower_word(text, m.start(1)):
                s = m.start(1)
                before = spans[k - 1] if k else None
                if before is not None and before.end > s:
                    if before.start != s or before.label != "NORP":
                        k += 1
                        continue  # "Senate Republicans": the word is a name of its own
                    k -= 1
                    del spans[k], rules[k]  # "Christian" joins "Democrats"
                t = text[s : sp.end]
                spans[k] = Span("entity", "NORP", s, sp.end, t, t)
                rules[k] = RULE_QUALIFIED
        k += 1


def after_lower_word(text: str, s: int) -> bool:
    """Does the qualifier at ``s`` follow "The"/"the" or a word in lower case ("said the
    Social Democrats", "and Liberal Democrats"), not another capitalised word ("the Kent
    County Republican headquarters": a place's word)?"""
    k = text.rfind(" ", max(0, s - 40), s - 1)
    word = text[k + 1 : s - 1] if k >= 0 else ""
    return word == "The" or word[:1].islower()


def qualifies(word: str) -> bool:
    """Can this word before a persuasion name its party ("Liberal", "Social", "Christian")?"""
    label = HARD.get(word)
    return (
        (label is None or label in _QUALIFIER_LABELS)
        and word not in NEVER_ALONE
        and word not in LOC_SUFFIXES  # "the County Republican chairman": a place's word
        and word.lower() not in FUNCTION_WORDS
    )


def party_cue(text: str, u: Unknown) -> bool:
    """Does a mention of this name have a party's people or words after it?"""
    match = _PARTY_AFTER.match
    # (a loop, not ``any`` over a generator: half the cost)
    for _, e in u.spans[:20]:  # noqa: SIM110
        if match(text, e) is not None:
            return True
    return False


def parties_not_people(text: str, decided: dict[str, str], unknown: dict[str, Unknown]) -> None:
    """Relabel, in ``decided``, each name read as a person or a place that ``party_cue``
    finds a party: ORG. The short form shares its full name's evidence ("Plaid's leader"
    makes "Plaid Cymru" a party): run before the surnames are joined to full names. A lone
    word that ends a name decided as a person's ("Davey" after "Ed Davey") is left alone:
    most of the lone names an article decides, and none of them a party."""
    surnames = {
        key.rpartition(" ")[2] for key, label in decided.items() if label == "PERSON" and " " in key
    }
    cued = []
    for key, label in decided.items():
        if label in _PARTY_FROM and (" " in key or key not in surnames):
            u = unknown[key]
            if not u.person and party_cue(text, u):
                cued.append(key)
    if not cued:
        return
    firsts = {key.split(" ", 1)[0] for key in cued}
    for key, label in decided.items():
        if label in _PARTY_FROM and key.split(" ", 1)[0] in firsts and not unknown[key].person:
            decided[key] = "ORG"
