"""The words around a candidate: the word before and after, sentence position, headlines.

These read the raw text around a run of capitals the way the training file was tokenised
("Seoul, Tokyo": the comma is the word after "Seoul"), so the word statistics learnt from it
apply to untokenised news as well.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import COMMON, FUNCTION_WORDS, LOWER

PUNCT = {
    ",": ",",
    ".": ".",
    ";": ";",
    ":": ":",
    "!": "!",
    "?": "?",
    "(": "(",
    ")": ")",
    '"': '"',
    "“": '"',
    "”": '"',
    "'": "'",
    "‘": "'",
    "’": "'",
    "-": "-",
    "—": "--",
    "–": "--",
}
SENTENCE_END = frozenset(".!?\n:;\u2014\u2013\u2026")
# what may stand between a sentence's end and its first word: spaces, quotation marks
# (the "``" of newswire text too), brackets, a dash
_SKIP_BACK = frozenset(" \t\"“”‘'`(-[«»")
_WORD_RE = compiled.compile(r"\b[^\W\d_][\w'’-]*")
# the lower-case words a title-case line keeps besides FUNCTION_WORDS: short conjunctions and
# prepositions ("Obama Sees 'Personal Insult' if Blacks Don't Rally")
_TITLE_SMALL = frozenset(("if", "but", "nor", "yet", "so", "than", "via", "per", "as", "vs"))
# The look-ahead for a lower-case letter comes first: it turns down most places at once,
# before the look-behind and the function words are tried (3x faster than ``\b`` first).
_PLAIN_WORD = compiled.compile(
    r"(?=[a-z])(?<![\w'’])(?!(?:"
    + "|".join(sorted(FUNCTION_WORDS | _TITLE_SMALL, key=lambda w: (-len(w), w)))  # stable order
    + r")\b)[a-z][a-z'’-]*"
)
_LINE_REACH = 400  # a line longer than this is running text, not a headline
# The opening of a byline or a picture credit, up to the name it credits: "By Jane Smith",
# "By Michael Grant and Rachel Okafor", "Reporting by Jack Queen in New York; Editing by
# Alexia Garamfalvi and Will Dunham", "Photo: Kevin Winter", "(AP Photo/Evan Vucci)"
_NAMES = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:,? and |, ))*"
_CREDIT_BEFORE = compiled.compile(
    r"\(?(?:(?:[A-Z]{2,8} )?(?:Photos?|Photograph|Pictures?|Images?|Credit)(?:: ?|/| by )"
    r"|(?:By|BY|(?:Additional )?[Rr]eporting by) )"
    + _NAMES
    + r"(?:(?:[A-Z][\w'’.-]* )*in [A-Z][\w ]*; (?:Writing|Editing) by "
    + _NAMES
    + r")?"
)
# the word before a credited name (``prev_word``; "by" inside a run); ``credited`` is only
# tried after one of these, or before a "/"
CREDIT_PREV = frozenset(("by", ":", "/", "and", ","))
_LINE_START_REACH = 120  # a credit's line is short: it starts and ends this close to the name


def prev_word(text: str, s: int) -> str:
    """The word before ``s``, lower-cased; ``<s>`` at the start of a line."""
    if s == 0:
        return "<s>"
    c = text[s - 1]
    if c == "\n":
        return "<s>"
    if c != " ":
        return c
    chunk = text[max(0, s - 24) : s - 1]
    nl = chunk.rfind("\n")
    if nl >= 0:
        chunk = chunk[nl + 1 :]
    parts = chunk.rsplit(" ", 1)
    w = parts[-1]
    if not w:
        return "<s>" if len(parts) == 1 else ""
    c = w[-1]
    if (
        c in PUNCT
        and len(w) > 1
        and w[0].isalnum()
        and (c != "." or len(w) > 4 and "." not in w[:-1])
    ):
        return PUNCT[c]  # "Seoul, Tokyo": the comma is the word before, as in tokenised text
    return w.lower()


def next_word(text: str, e: int) -> str:
    """The word after ``e``, lower-cased, its trailing punctuation dropped; ``</s>`` at the
    end of a line."""
    if e >= len(text):
        return "</s>"
    c = text[e]
    if c == "\n":
        return "</s>"
    if c in "'’" and text[e + 1 : e + 2] == "s":
        return "'s"
    if c != " ":
        return PUNCT.get(c, c)
    w = text[e + 1 : e + 24].split(" ", 1)[0].split("\n", 1)[0]
    if not w:
        return "</s>"
    c = w[0]
    if c in PUNCT and (len(w) == 1 or c in "(\"“‘'"):
        return PUNCT[c]
    if len(w) > 1 and (w[-1] in ',;:!?)"”’' or w[-1] == "." and w[:-1].isalpha() and w.islower()):
        w = w[:-1]  # "said," -> "said", "region." -> "region"
    return w.lower()


def sentence_initial(text: str, s: int) -> bool:
    """Does a sentence (or line, or quotation) start at ``s``?"""
    k = s - 1
    lim = s - 6
    while k >= 0 and k > lim and text[k] in _SKIP_BACK:
        k -= 1
    return k < 0 or k <= lim or text[k] in SENTENCE_END


PLAIN, HEADLINE, TITLE_CASE = 0, 1, 2


def headline_line(text: str, s: int, heads: dict[int, int]) -> bool:
    """Does the line holding ``s`` only keep known names? True for a title-case headline
    ("Japan, US Agree to Enhance Cooperation") and for a line that is not English.
    ``heads`` caches the answer per line start."""
    return line_kind(text, s, heads) == HEADLINE


def line_kind(text: str, s: int, heads: dict[int, int]) -> int:
    """What the line holding ``s`` is: ``HEADLINE`` (see ``headline_line``), ``TITLE_CASE``
    (every word capitalised but small ones, yet fewer than two words the training text wrote
    in lower case: "An Ambitious, Divisive Legacy.", "Scrutinizing the Science."; see
    ``title_case_common``) or ``PLAIN``. ``heads`` caches the answer per line start."""
    lo = s - _LINE_REACH
    ls = text.rfind("\n", max(0, lo), s) + 1
    if ls == 0 and lo > 0:
        return PLAIN  # a line that long is running text, not a headline
    r = heads.get(ls)
    if r is None:
        le = text.find("\n", s, s + _LINE_REACH)
        if le < 0:
            if s + _LINE_REACH < len(text):
                heads[ls] = PLAIN
                return PLAIN
            le = len(text)
        line = text[ls:le]
        r = PLAIN
        # plain English text (ASCII with two lower-case content words) settles it at once
        m = _PLAIN_WORD.search(line) if line.isascii() else None
        plain = m is not None and _PLAIN_WORD.search(line, m.end()) is not None
        words = () if plain else _WORD_RE.findall(line)
        if len(words) >= 3:
            common = lower = known = small = function = 0
            for w in words:
                if w[0].islower():
                    if w in FUNCTION_WORDS:
                        function += 1
                    else:
                        lower += 1
                        small += w in _TITLE_SMALL
                        known += w in LOWER or w.split("-", 1)[0] in LOWER
                elif w.lower() in LOWER and not w.isupper():
                    common += 1
            if lower == 0 and common >= 2:
                r = HEADLINE  # a title-case headline
            elif lower >= 6 and known * 5 < lower * 2:
                r = HEADLINE  # a line in another language (comment rules, menus)
            elif (lower - small) * 8 <= len(words) - lower - function:
                r = TITLE_CASE  # at most one slip per eight capitals ("in Chicago this Year")
        heads[ls] = r
    return r


def title_case_common(key: str) -> bool:
    """Is every word of ``key`` a common English word ("Personal Insult", "Science")? On a
    title-case line such a word is capitalised for the line's sake, so, like a headline's
    words, it is a name only where the body names it."""
    for w in key.split(" "):  # (a loop, not ``all`` over a generator: cheaper)
        lower = w.lower()
        if lower not in COMMON and lower not in LOWER:
            return False
    return True


def credited(text: str, s: int, e: int) -> bool:
    """Is the name at ``s:e`` the one a byline or a picture credit names ("By Jane Smith,
    Reuters", "Photo: Kevin Winter/Getty Images", "(AP Photo/Evan Vucci)")? A person: the
    reporter or the photographer, whatever the words of the name say, and kept though the
    line reads as a headline (``headline_line``) and the body never names them."""
    ls = text.rfind("\n", max(0, s - _LINE_START_REACH), s) + 1
    if ls == 0 and s > _LINE_START_REACH:
        return False
    if text.find("\n", e, e + _LINE_START_REACH) < 0 and e + _LINE_START_REACH < len(text):
        return False  # a paragraph ("By Friday, Acme had ..."), not a credit's short line
    if _CREDIT_BEFORE.fullmatch(text, ls, s) is None and not (
        # "Kevin Winter/Getty Images for The Recording Academy": a name, then its agency
        text.startswith("/", e) and text.startswith(_AGENCIES, e + 1)
    ):
        return False
    # "By Priya Raman, Technology Reporter": the reporter's beat is no name
    return not all(w.lower() in COMMON for w in text[s:e].split(" "))


# picture agencies a credit names after the photographer's name and a "/"
_AGENCIES = ("Getty", "AP", "AFP", "Reuters", "EPA", "PA ", "Shutterstock", "Alamy", "Bloomberg")


# family words that a given name follows in apposition ("Bush's son, George", "his wife
# Michelle"): the name is the relative's, a person, whatever else the word names
KIN_NOUNS = frozenset(
    """
    son sons daughter daughters wife husband brother brothers sister sisters mother father
    grandson granddaughter nephew niece uncle aunt cousin fiancé fiancée fiance fiancee widow
    widower stepson stepdaughter stepfather stepmother twin
    """.split()  # noqa: SIM905
)


def kin_before(text: str, s: int) -> bool:
    """Is the word before ``s`` (past one comma) a family word ("son, George")?"""
    before = text[max(0, s - 16) : s].rstrip(" ,")
    return before.rpartition(" ")[2].lower() in KIN_NOUNS


_CLAUSE_END = compiled.compile(r"[.?!](?=[\s\"'”’)]|$)|\n")


def modal_opens_question(text: str, s: int, e: int) -> bool:
    """ "Will AI make scientists obsolete?", "Will Trump sign it?": "Will" opening a sentence
    that ends in a question mark is the verb, no given name ("Will Smith won")."""
    if not sentence_initial(text, s):
        return False
    m = _CLAUSE_END.search(text, e, e + 300)
    return m is not None and m.group() == "?"
