"""Which sense a unit word with two meanings has where it stands: "pounds" is money or a
weight ("earns 65,000 pounds a year" against "weighs 236 pounds"); "12m" is a length after
the thing it measures ("the boat is 12m"), else often a million."""

from __future__ import annotations

import re

from .. import compiled
from .lexicon import MEASURED_THINGS
from .patterns import S0, S

# words of paying, owning or costing that put an amount of pounds in money, not weight
_MONEY_WORDS = frozenset(
    """
    earn earns earned earning earnings pay pays paid paying payment payout salary salaries
    wage wages worth fee fees transfer deal cost costs costing price priced prices fine
    fined fines buy buys bought sell sells sold ransom compensation damages bonus bonuses
    prize award awarded grant raised raise raising donated donation donations spent spend
    spends spending owe owes owed debt debts loan loans bid bids offer offered budget
    profit profits revenue revenues tax taxes bill bills charge charged rent income pension
    invest invested investment investments savings stole stolen steal embezzled fund funds
    funding bribe bribes reward contract valued value sum jackpot won winnings
    """.split()  # noqa: SIM905
)
# words of weighing, which keep "pounds" a weight even beside a word of money
_WEIGHT_WORDS = frozenset(
    """
    weigh weighs weighed weighing weight weights heavy heavier heaviest lighter lightest
    """.split()  # noqa: SIM905
)
# words of losing or gaining weight; of money too where millions are counted ("lost 2m pounds")
_BODY_WORDS = frozenset(
    ("lost", "lose", "loses", "losing", "gained", "gain", "gains", "shed", "sheds")
)
_CLAUSE_BACK = compiled.compile(r"[^.;:!?\n]{0,60}$")
_LOW_WORD = compiled.compile(r"[A-Za-z]+")
_POUNDS_WORD = compiled.compile(r"pounds?\W*$", re.I)
# after the amount: a rate of pay or price ("a year", "per week"), or a conversion ("($16,935)")
_MONEY_AFTER = compiled.compile(
    rf"{S0}(?:(?:a|an|per){S}(?:year|week|month|hour|annum)\b"
    rf"|\({S0}(?:US)?\$|[ -]?(?:note|notes|coin|coins)\b)",
    re.I,
)
_SCALED = compiled.compile(
    r"\b(?:million|billion|trillion|mln|bln|bn)[ \t\u00a0-]*pounds\W*$", re.I
)
_OF_AFTER = compiled.compile(rf"{S}of\b", re.I)


def pounds_are_money(t: str, s: int, e: int, text: str) -> bool:
    """Is "pounds" in ``t = text[s:e]`` money? Yes where the clause before speaks of paying,
    earning, costing or owning ("earns 65,000 pounds", "a fee of 500 pounds"), where a rate of
    pay or a conversion follows ("65,000 pounds a year", "10,925 pounds ($16,935)"), or where
    millions are counted ("25 million pounds"), unless a word of weighing is near ("weighs
    236 pounds", "lost eight pounds": but "lost 2 million pounds" is money) or "of" follows ("2 million pounds of beef")."""
    if not _POUNDS_WORD.search(t):
        return False
    back = _CLAUSE_BACK.search(text, max(0, s - 60), s)
    before = (
        {w.lower() for w in _LOW_WORD.findall(back.group())[-6:]} if back is not None else set()
    )
    scaled = _SCALED.search(t) is not None
    if before & _WEIGHT_WORDS or (before & _BODY_WORDS and not scaled):
        return False
    if before & _MONEY_WORDS or _MONEY_AFTER.match(text, e):
        return True
    return scaled and not _OF_AFTER.match(text, e)


# words that make an amount after a measured thing money or a count all the same: "the
# building cost 12m", "the bridge drew 2m visitors"
_COUNTED_WORDS = _MONEY_WORDS | frozenset(
    "sold watched viewers visitors drew attracted passengers tourists people".split()  # noqa: SIM905
)


def measured_thing_before(text: str, s: int) -> bool:
    """Is the number at ``s`` given after a thing measured in metres or a word of a
    dimension, in the same clause and within six words ("the boat is 12m", "the tower,
    which is 300m", "a depth of 300m", "waves of up to 8m")? Not where a word of money or
    counting comes between ("the building cost 12m")."""
    back = _CLAUSE_BACK.search(text, max(0, s - 60), s)
    if back is None:
        return False
    near = _LOW_WORD.findall(back.group())[-6:]
    for i in range(len(near) - 1, -1, -1):
        w = near[i]
        if w in MEASURED_THINGS:
            return not any(x.lower() in _COUNTED_WORDS for x in near[i + 1 :])
    return False


_A_SECOND = compiled.compile(rf"(?:(?:in|within|for){S})?an?{S}(second)", re.I)
_WORD_NEXT = compiled.compile(rf"(?:{S}([A-Za-z]+)|-[A-Za-z])")
# words after "a second" that go on from a duration: "a second later", "a second or two"
_AFTER_A_DURATION = frozenset(
    """
    later ago earlier before after longer shorter faster slower behind ahead off apart left
    remaining or and of to in at on for too more less than per each the this that when while
    as is was so until till then now but he she it they we you i even just only flat exactly
    again there here into from with without by not since every
    """.split()  # noqa: SIM905
)


# verbs whose object "a second", "a third" is the n-th goal, try, wicket or title: "Rice
# added a third in the 90th minute", "scored a second after the break"
_SCORING_BEFORE = compiled.compile(
    r"\b(?:scored|scores|score|added|adds|netted|nets|grabbed|grabs|headed|heads|slotted"
    r"|bagged|fired|struck|curled|claimed|claims|won|wins|sealed|completed)[ \u00a0]+$",
    re.I,
)
# words after such an object that make it a part after all: "added a third of the vote"
_PART_AFTER = compiled.compile(r"[ \u00a0]+(?:of|more|less|fewer|than|as)\b", re.I)


def nth_after_scoring_verb(text: str, start: int, end: int) -> bool:
    """Is "a second"/"a third" at ``text[start:end]`` the object of a verb of scoring or
    winning ("Rice added a third", "scored a second after the break", "won a fourth"): the
    n-th goal or title, an ordinal, not a fraction nor a duration ("won a third of the
    seats" stays a part)?"""
    return (
        start > 0
        and _SCORING_BEFORE.search(text, max(0, start - 12), start) is not None
        and _PART_AFTER.match(text, end) is None
    )


def a_second_before_noun(t: str, e: int, text: str) -> int:
    """Where "second" starts in ``t`` when "a second" is the ordinal before a noun ("a
    second storm", "a second term", "A second man", "a second-half goal"), else -1: "a
    second" is a duration only where nothing it could number follows ("lasted a second",
    "a second later", "in a second.")."""
    m = _A_SECOND.fullmatch(t)
    if m is None:
        return -1
    if m.start(1) > 0 and t[:1] in "aA" and nth_after_scoring_verb(text, e - len(t), e):
        return m.start(1)
    n = _WORD_NEXT.match(text, e)
    if n is None:
        return -1
    w = n.group(1)
    if w is not None and (w.lower() in _AFTER_A_DURATION or not w.isalpha()):
        return -1
    return m.start(1)


# "105m by 68m", "250m x 12m", "400m × 150m": a glued "m" on each side of "by" or "x"
_DIMENSION_AFTER = compiled.compile(rf"{S0}(?:by|x|×){S0}\d[\d,]*(?:\.\d+)?m\b", re.I)
_DIMENSION_BEFORE = compiled.compile(rf"\d[\d,]*(?:\.\d+)?m{S0}(?:by|x|×){S0}$", re.I)


def dimension_pair(text: str, s: int, e: int) -> bool:
    """Is the "Nm" at ``text[s:e]`` one side of a pair of dimensions ("the pitch is 105m by
    68m", "a 250m x 12m platform")? Counts are never multiplied so in news: a million by
    a million is no reading, so both sides are metres."""
    if _DIMENSION_AFTER.match(text, e):
        return True
    return _DIMENSION_BEFORE.search(text, max(0, s - 24), s) is not None
