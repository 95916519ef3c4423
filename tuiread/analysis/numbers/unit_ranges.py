"""Ranges of money and of measures: the two ends of "$3-4bn", "20-25C", "5-10km",
"between 2m and 3m euros", "10-15 minutes" become one span that carries the unit.

News writes the unit once, after the upper end, and the lower end takes it from there: "a
5-10km walk" is 5 to 10 km, "20 to 25 degrees" 20 to 25 degrees, "2-3bn" 2 to 3 billion. A
unit written on both ends ("5km-10km", "£3-£4", "between 5% and 10%") makes the same range.
The value is an interval ("[5,10)"); a lower end above the upper one ("$418 - $380", "6-3")
is a fall or a score, and nothing joins.
"""

from __future__ import annotations

import re

from .. import compiled
from .atoms import DURATION, MEASURE, NUMBER, Atom
from .lexicon import MAGNITUDES, SCALES
from .patterns import S, words
from .values import format_value

_BETWEEN_BEFORE = compiled.compile(rf"\b(?:between|from){S}$", re.I)
_SCALE_IN = compiled.compile(
    rf"\b{words(SCALES)}(?![a-z])|(?<=\d)(?:{words(MAGNITUDES)})(?![a-z])"
    r"|\b(?:bn|bln|mn|mln|tn|tln|trn)(?![a-z])",
    re.I,
)
_GLUED_M = compiled.compile(r"\d+(?:\.\d+)?[mM]")
_BARE_NUMBER = compiled.compile(r"[$€£¥]?\s*\d[\d,]*(?:\.\d+)?")
_SHORT_NUMBER = compiled.compile(r"[$€£¥]?\d{1,3}")
_GROUPED_THOUSANDS = compiled.compile(r"[$€£¥]?\d{1,3}((?:,000)+)(?![\d.,])")
_DASHES = frozenset(("-", "–", "—"))
_AGED = compiled.compile(r"aged?\s", re.I)
_MONEY_RANGE_GAPS = _DASHES | {"and"}


_DASHED_PAIR = compiled.compile(r"(?<![\d.,-])(\d{1,2})[-–](\d{1,2})(?![\d.,]\d|[-–]\d)")
_PAIR_SEPARATOR = compiled.compile(r",?[ \t\u00a0]+")
_PAIR_NEAR_AFTER = compiled.compile(r",?[ \t\u00a0]+\d{1,2}[-–]\d")
_PAIR_NEAR_BEFORE = compiled.compile(r"\d[-–]\d{1,2},?[ \t\u00a0]+$")


def in_a_run_of_scores(text: str, s: int, e: int) -> bool:
    """Is the dashed pair ``text[s:e]`` ("3-6") one of a list of such pairs in which one
    falls or stands level ("won 6-4, 3-6, 7-5": sets, all scores)? A list that only rises is
    ranges ("aged 18-24, 25-34")."""
    if not (_PAIR_NEAR_AFTER.match(text, e) or _PAIR_NEAR_BEFORE.search(text, max(0, s - 8), s)):
        return False  # (a cheap test first: most pairs stand alone)
    lo, hi = max(0, s - 30), min(len(text), e + 30)
    pairs = [m for m in _DASHED_PAIR.finditer(text, lo, hi)]
    chain: list[re.Match[str]] = []
    for m in pairs:
        if chain and not _PAIR_SEPARATOR.fullmatch(text, chain[-1].end(), m.start()):
            if chain[0].start() <= s < chain[-1].end():
                break
            chain = []
        chain.append(m)
    if len(chain) < 2 or not chain[0].start() <= s < chain[-1].end():
        return False
    return any(int(m.group(1)) >= int(m.group(2)) for m in chain)


def between_before(a: Atom, text: str) -> bool:
    """ "between" or "from" just before ``a``: "and" and "to" after it join a range."""
    return _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start) is not None


# the word before a place, past a comma or a bracket; group 2: a sentence ends there instead
_TOKEN_BEFORE = compiled.compile(r"(?:([^\s,(\[\"“]+)|([.!?;:]))[\s,(\[\"“]*$")
# words before "X to Y" that make it a change from X to Y ("rose 5% to 7%", "cut by 0.25%
# to 3.75%", "up 4p to 86p"), not a range
_CHANGE_WORDS = frozenset(
    """rose rise rises rising risen fell fall falls falling fallen up down climbed climb
    climbs climbing jumped jump jumps jumping surged surge surges soared soar soars slipped
    slip slips slid slide slides dropped drop drops dipped dip dips gained gain gains gaining
    lost lose loses losing added add adds adding shed sheds grew grow grows growing increased
    increase increases increasing decreased decrease decreases cut cuts cutting raised raise
    raises raising lifted lift lifts lowered lower lowers lowering boosted boost boosts
    widened widen narrowed narrow eased ease eases edged edge advanced declined decline
    declines declining tumbled tumble plunged plunge plummeted rallied rebounded recovered
    slumped slump sank sink sinks by moved move moves revised trimmed trim hiked hike hikes
    upgraded downgraded accelerated slowed ticked doubled halved swung swing went go goes
    changed change shifted put or""".split()  # noqa: SIM905
)
# words before "from X to Y" that make it a range, not a change ("priced from £60 to £1,500")
_RANGE_FROM = frozenset(
    "ranging range ranges ranged priced varying vary varies varied costing".split()  # noqa: SIM905
)
# past forms before "X to Y" that tell an estimate, not a change ("expected 2% to 3%")
_ESTIMATE_WORDS = frozenset(
    """expected estimated forecast forecasted predicted projected priced valued ranged
    anticipated targeted budgeted guided rated seen needed required planned proposed offered
    quoted scheduled agreed""".split()  # noqa: SIM905
)


def _past_verb_of_change(word: str) -> bool:
    """A past form ("skidded 1.74 to 123.5", "firmed 2p to 86p"): market reports tell a
    change with many verbs; any past form but one of estimating reads as one."""
    return len(word) > 4 and word.endswith("ed") and word not in _ESTIMATE_WORDS


_MODIFIERS = frozenset(
    "about around roughly some nearly almost approximately estimated an".split()  # noqa: SIM905
)


def amounts_to_range(a: Atom, text: str) -> bool:
    """Whether two amounts of one unit across "to" ("€7.2bn to €7.6bn", "3.75% to 4%",
    "34C to 35C") read as a range, not a change from the first to the second. A change is
    told by the word before the first amount: a verb of movement or "by" ("rose 5% to 7%",
    "cut by 0.25% to 3.75%"), or "from" ("fell from £5m to £3m") unless a word of ranges or
    prices comes before it ("priced from £60 to £1,500"). Else a range: "guidance of €7.2bn
    to €7.6bn", "a range of 3.75% to 4%", "peak at 34C to 35C". (A lower end above the
    upper one never joins: "fell 5% to 3%".)"""
    start = a.start
    for _ in range(3):
        m = _TOKEN_BEFORE.search(text, max(0, start - 24), start)
        if m is None or m.group(2):
            return True  # the start of a text or a sentence: "€7.2bn to €7.6bn is expected"
        word = m.group(1).lower()
        if not word.isalpha():
            return False  # after a number or a sign: "added 12-1 / 2p to 468p", a change
        if word in _MODIFIERS:
            start = m.start()
            continue
        if word == "from":
            before = _TOKEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
            return before is not None and before.group(1).lower() in _RANGE_FROM
        return word not in _CHANGE_WORDS and not _past_verb_of_change(word)
    return True


def duration_gap(a: Atom, words: str, text: str) -> bool:
    """Whether a bare number ``a`` and a stretch of time across the gap ``words`` make one
    range: across a dash ("10-15 minutes"), and across "to" ("two to three weeks", "delayed
    by four to eight hours", "took 10 to 12 months") unless "from" tells a change ("cut from
    four to three days"; "ranging from two to three weeks" is a range). "between two and six
    days" stays two spans, as TimeML draws them."""
    if words in _DASHES:
        return True
    if words != "to":
        return False
    m = _TOKEN_BEFORE.search(text, max(0, a.start - 24), a.start)
    if m is None or m.group(1) is None or m.group(1).lower() != "from":
        return True
    before = _TOKEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return before is not None and (before.group(1) or "").lower() in _RANGE_FROM


def range_value(lo: str | None, hi: str | None) -> str | None:
    """ "[20,30)" for a numeric range; none for a score such as "3-1" or "3-3"."""
    try:
        if lo is None or hi is None or float(lo) >= float(hi):
            return None
    except ValueError:
        return None
    return f"[{lo},{hi})"


def scaled_lower_end(a: Atom, b: Atom, text: str) -> str | None:
    """The value of the lower end of a range whose upper end carries the scale: "3" in
    "3-4bn" or "$3-4bn" is 3e9; a lower end with its own scale ("3m-4bn") keeps its value."""
    if a.value is None or b.value is None:
        return a.value
    if not _BARE_NUMBER.fullmatch(text, a.start, a.end):
        return a.value
    scales = _SCALE_IN.findall(text, b.start, b.end)
    if not scales:
        return thousands_lower_end(a, b, text)
    scale = SCALES.get(scales[-1].lower()) or MAGNITUDES.get(scales[-1].lower(), 1.0)
    try:
        low = float(a.value) * scale
        if low > float(b.value):
            return a.value
    except ValueError:
        return a.value
    return format_value(low)


def thousands_lower_end(a: Atom, b: Atom, text: str) -> str | None:
    """The lower end of "20-25,000" or "£20-25,000": a bare lower end of up to three digits
    takes the thousands of an upper end grouped in thousands, when that puts it below the
    upper end and within a tenth of it (20,000 to 25,000; "1-10,000" stays 1 to 10,000)."""
    m = _GROUPED_THOUSANDS.match(text, b.start, b.end)
    if m is None or not _SHORT_NUMBER.fullmatch(text, a.start, a.end):
        return a.value
    try:
        low, high = float(a.value or ""), float(b.value or "")
    except ValueError:
        return a.value
    low *= 1000 ** m.group(1).count(",")
    return format_value(low) if 0 < low < high < 10 * low else a.value


def join_money_range(a: Atom, b: Atom, words: str, text: str) -> Atom | None:
    """A range of money: "$3-4bn", "£2-3m", "$3bn-$4bn", "between $2 and $3": one MONEY span
    from the lower to the upper end, the scale of the upper end applied to a bare lower one.
    Across "to" only where no change is told (:func:`amounts_to_range`: "rose $4 to $14.75"
    and "from 6 pence to 388 pence" are changes, "guidance of €7.2bn to €7.6bn" a range), and
    from a bare number to an amount whose currency follows it, so that it is written once
    after both ("3 to 4 million dollars", "20 to 30 euros")."""
    money, other = (a, b) if a.label == "MONEY" else (b, a)
    if (
        other is b
        and b.unit == "m"
        and b.value is not None
        and _GLUED_M.fullmatch(text, b.start, b.end)
    ):
        # "£2-3m": after an amount, an "m" glued to the upper end is millions, not metres
        b = other = Atom(b.start, b.end, NUMBER, "CARDINAL", format_value(float(b.value) * 1e6))
    if money.label != "MONEY" or other.is_range:
        return None
    if other.kind is not NUMBER and (other.label != "MONEY" or other.unit != money.unit):
        return None
    if words not in _MONEY_RANGE_GAPS and not (
        words == "to"
        and (
            a.kind is NUMBER
            and b is money
            and text[b.start : b.start + 1].isdigit()
            or a.label == "MONEY"
            and amounts_to_range(a, text)
        )
    ):
        return None
    if words == "and" and not between_before(a, text):
        return None
    value = range_value(scaled_lower_end(a, b, text), b.value)
    if value is None:
        return None  # "$418 - $380", "6-3 Mark": a fall or a score, no range
    return Atom(a.start, b.end, MEASURE, "MONEY", value, money.unit, is_range=True)


def million_lower_end(a: Atom, b: Atom, text: str) -> str | None:
    """The lower end of "between 2m and 3m euros" or "2m-3m people": an "m" glued to a
    number, read as metres alone, is a million when the upper end it ranges to is money or
    a count ("3m euros", "3m people"); else None."""
    if a.unit != "m" or a.value is None or b.label not in ("MONEY", "CARDINAL"):
        return None
    if not (text[a.end - 1 : a.end] in "mM" and text[a.end - 2 : a.end - 1].isdigit()):
        return None
    if not _SCALE_IN.search(text, b.start, b.end):
        return None  # "2m-3 people": no million on the upper end
    try:
        return format_value(float(a.value) * 1e6)
    except ValueError:
        return None


def join_unit_range(a: Atom, b: Atom, words: str, text: str) -> Atom | None:
    """A range whose unit is written once after the upper end ("20-25C", "a 5-10km walk",
    "20 to 25 degrees", "from 5 to 10 per cent", "10-15 minutes") or on both ends ("5km-10km",
    "between 5% and 10%"): one span with the upper end's label and unit. Across a dash; across
    "and" after "between"; across "to" from a bare number ("20 to 25 degrees": the bare lower
    end has no unit of its own to change from), and between two measures unless a change is
    told (:func:`amounts_to_range`: "rose 5% to 7%" is a change, "a range of 3.75% to 4%"
    a range). "between 2m and 3m euros": the "m" of the lower end is a million.
    "aged 5-11": an age after "aged" ranges to a bare number, in years."""
    if a.is_range or b.is_range or b.kind not in (MEASURE, DURATION, NUMBER) or b.value is None:
        return None
    if words == "and":
        if not between_before(a, text):
            return None
    elif words != "to" and words not in _DASHES:
        return None
    label, unit, kind = b.label, b.unit, b.kind
    if a.kind is NUMBER:
        if b.kind is NUMBER:
            return None  # (two numbers: :func:`joins.number_range`)
        low = scaled_lower_end(a, b, text)
    elif b.kind is NUMBER and _AGED.match(text, a.start, a.end):
        # "aged 5-11", "aged 18 to 24": the age's unit goes on to the upper end
        low, label, unit, kind = a.value, a.label, a.unit, a.kind
    elif a.label == b.label and a.unit == b.unit and a.unit is not None:
        if (
            words == "to"
            and not _AGED.match(text, a.start, a.end)
            and not amounts_to_range(a, text)
        ):
            return None  # ("aged 18 to 24 years" is a range, as "aged 18 to 24")
        low = a.value
    else:
        low = million_lower_end(a, b, text)
    value = range_value(low, b.value)
    if value is None:
        return None
    if label == "CARDINAL":
        kind = NUMBER
    return Atom(a.start, b.end, kind, label, value, unit, is_range=True)
