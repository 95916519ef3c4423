"""Reading a subject word by word: who a speech verb belongs to.

Each reader looks at a handful of words around a position (a few dozen characters, never a
paragraph) and returns the offsets of the words that name the speaker: a pronoun, a name
with its titles, or a noun phrase from its determiner ("the party leader").
"""

from __future__ import annotations

from .lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    CONNECTORS,
    COORDINATORS,
    DETERMINERS,
    INTRO_WORDS,
    MEMBER_OF,
    MONTHS,
    OPENERS,
    PEOPLE,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    PUNCT,
    SPACE,
    STOP_CAPS,
    SUBJECT_STOPS,
    SUBORDINATORS,
    TITLES,
    VERBISH,
    ly_adverb,
)
from .phrase import (
    abbreviation,
    base_word,
    capword,
    descriptive,
    head_at,
    number_word,
    opening_adverb,
    party_tag,
    plural_noun,
)
from .records import Speaker
from .text import is_abbrev, tokens


def strip_adverbs(text: str, lo: int, end: int) -> int:
    """``end`` moved back over spaces and adverbs/auxiliaries ("also", "had", "later"), and
    over the time news puts between a subject and its verb ("The Supreme Court on Friday
    said", "The company last week said", "Biden on March 3 told")."""
    while True:
        while end > lo and text[end - 1] in SPACE:
            end -= 1
        k = end
        while k > lo and text[k - 1] not in SPACE:
            k -= 1
        word = text[k:end]
        if word in ADVERBS or ly_adverb(word):
            end = k
            continue
        if (word in _WHEN or (word.isdigit() and len(word) <= 2)) and k > lo:
            before = _time_before(text, lo, k, word)
            if before is not None:
                end = before
                continue
        return end


_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
_WHEN = _WEEKDAYS | frozenset(("week", "month", "year", "weekend", "night", "morning"))
_TIME_LEADS = frozenset(("on", "last", "this", "late", "early", "earlier", "next"))


def _time_before(text: str, lo: int, k: int, word: str) -> int | None:
    """Where the time phrase that ends with ``word`` at ``k`` starts ("on Friday", "last
    week", "on March 3"), when one does; a bare weekday counts ("The company Friday
    said"), a bare "week" or a number alone does not."""
    e = k
    while e > lo and text[e - 1] in SPACE:
        e -= 1
    p = e
    while p > lo and text[p - 1] not in SPACE:
        p -= 1
    prev = text[p:e]
    if word[0].isdigit():
        if prev not in MONTHS:
            return None
        return _time_before(text, lo, p, prev) or p
    if prev in _TIME_LEADS or (prev in _WEEKDAYS and word in _WHEN):
        return p  # "on Friday", "last week", "Friday night"
    if word in _WEEKDAYS or word in MONTHS:
        return k  # "The company Friday said"
    return None


RELATIVES = frozenset(("who", "which"))
_TIME_WORDS = MONTHS | frozenset(
    [
        "last",
        "this",
        "next",
        "week",
        "month",
        "year",
        "years",
        "ago",
        "earlier",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


# No one in particular: "anybody who complains", "those who say".
_ANYONE = frozenset(
    [
        "anybody",
        "anyone",
        "somebody",
        "someone",
        "everybody",
        "everyone",
        "nobody",
        "those",
        "whoever",
        "people",
    ]
)


def relative_pronoun(text: str, lo: int, vs: int) -> Speaker | None:
    """A "who" or "which" that is the subject of the verb at ``vs``, with only adverbs,
    auxiliaries and a time between ("who in 2010 said", "which has repeatedly claimed");
    not an object ("which the report said": the report is the subject)."""
    start = max(lo, vs - 60)
    if text.find("wh", start, vs) < 0:
        return None  # most verbs: no "who" or "which" before them to read
    toks = tokens(text, start, vs)
    for n in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        word = text[toks[n][0] : toks[n][1]]
        if word in RELATIVES:
            if n == 0 and toks[n][0] <= lo:
                return None
            before = text[toks[n - 1][0] : toks[n - 1][1]].lower() if n else ""
            if before in _ANYONE:
                return None  # "anybody who complains ... "is not having a good night""
            return toks[n]
        core = word.rstrip(",")
        if not (
            core in ADVERBS
            or core in AUXILIARIES
            or core in _TIME_WORDS
            or core in PREPOSITIONS
            or number_word(core)
            or ly_adverb(core)
        ):
            return None
    return None


_NOUN_PHRASE_WORDS = 10  # "the former secretary of state and current Democratic nominee"


def subject_back(text: str, lo: int, end: int) -> Speaker | None:
    """The subject that ends at ``end``: a pronoun, a capitalised name (with titles),
    or a noun phrase from its determiner ("the Japanese Foreign Ministry's press
    service"); skips a parenthesis ("(D-Mo.)") and an appositive between commas."""
    lo = max(lo, end - 200)
    nl = text.rfind("\n", lo, end)
    if nl >= 0:
        lo = nl + 1  # never across a paragraph
    toks = tokens(text, lo, end)
    if not toks:
        return None
    i = len(toks) - 1
    word = text[toks[i][0] : toks[i][1]]
    if word in ("who", "which", "that"):
        i -= 1
        if i < 0:
            return None
        word = text[toks[i][0] : toks[i][1]]
    if word.rstrip('"”’').endswith(","):
        # an appositive: "Rep. Elijah Cummings, the top Democrat on the committee, said",
        # opened by a comma and a determiner even when it holds commas itself
        # ("Hewlett-Packard, a Palo Alto, Calif., computer company, said")
        j = i - 1
        while j >= 0 and text[toks[j][1] - 1] != ",":
            j -= 1
        if j < 0 or i - j > 30:
            return None
        named = _name_after_role(text, toks, j, i) or _described_name(text, toks, j, i)
        if named is not None:
            return named
        for d in range(j - 1, max(-1, i - 30), -1):
            if text[toks[d][1] - 1] == "," and text[toks[d + 1][0] : toks[d + 1][1]] in (
                "a",
                "an",
                "the",
                "who",  # "The CEO, who spoke in Austin, Texas, on Tuesday, said"
                "whose",  # "Graham Tully, 68, whose house was flooded twice, said"
            ):
                j = d
                break
        inner = [text[a:b].rstrip(PUNCT) for a, b in toks[j + 1 : i + 1]]
        if (
            (text[toks[j][0]].islower() or text[toks[j][0] : toks[j][1] - 1] in TITLES)
            and len(inner) >= 2
            and all(capword(w) or w in CONNECTORS for w in inner)
        ):
            # "Ratners's chairman, Gerald Ratner, said": the name is the appositive; so
            # after a title in capitals ("Iran's Supreme Leader, Ayatollah Ali Khamenei,")
            e = toks[i][1]
            while e > toks[i][0] and text[e - 1] in PUNCT:
                e -= 1
            return (toks[j + 1][0], e)
        prior = subject_back(text, lo, toks[j][1] - 1) if i - j <= 5 else None
        named = None if prior is None else appositive_name(text, prior, end)
        if named is not None:
            return named  # "The spokesperson for the Department ..., Tricia McLaughlin, said"
        i = j
        if i > 0 and party_tag(text[toks[i][0] : toks[i][1]]):
            i -= 1  # "Sen. Chuck Schumer, D-N.Y., the majority leader, said"
        elif i > 0 and text[toks[i][0] : toks[i][1]].rstrip(",").isdigit():
            i -= 1  # "Graham Tully, 68, whose house was flooded, said": the age
    if text[toks[i][1] - 1] == ")" or text[toks[i][1] - 2 : toks[i][1]] == "),":
        j = i  # "(D-Mo.)", and "(R-S.D.)," before an appositive
        while j >= 0 and text[toks[j][0]] != "(":
            j -= 1
        if j <= 0 or i - j > 6:
            return None
        i = j - 1
    s, e = toks[i]
    while e > s and text[e - 1] in PUNCT:
        e -= 1
    if e <= s:
        return None
    word = text[s:e]
    if word in PRONOUNS:
        return (s, e)
    if base_word(word) in PRONOUNS:
        return (s, s + len(base_word(word)))  # "He's calling it": "He" is the subject
    if capword(word) and word not in STOP_CAPS:
        # a capitalised run: walk back over capitalised words and connectors
        j = i
        while j > 0:
            ps, pe = toks[j - 1]
            prev = text[ps:pe]
            if text[pe - 1] in ',;:"”»' or prev in STOP_CAPS:
                break  # a comma, or a quoted title's closing mark: 'on "Face the Nation," Ryan'
            if capword(prev) or prev[0].isdigit() and j - 1 > 0:
                j -= 1
            elif (
                prev in CONNECTORS
                and j > 1
                and text[toks[j - 2][0]].isupper()
                and text[toks[j - 2][1] - 1] not in ",;:"  # "Meanwhile, the Kremlin"
                and text[toks[j - 2][0] : toks[j - 2][1]] not in STOP_CAPS  # "Separately the"
            ):
                j -= 2
            else:
                if prev in ("the", "The"):
                    j -= 1  # "the Japanese Foreign Ministry"
                break
        return (toks[j][0], e)
    # a noun phrase: walk back to its determiner (or a possessive name)
    j = i
    stop = i - 8
    while j >= 0 and i - j <= _NOUN_PHRASE_WORDS:
        ps, pe = toks[j]
        w = text[ps:pe]
        lw = w.lower()
        if j != i and (
            text[pe - 1] in ",;:"
            or (text[pe - 1] == "." and not abbreviation(w))
            or (lw in PREPOSITIONS and lw != "of" and not _inside_name(text, toks, j))
            or lw in CLAUSE_WORDS
            or lw in _SUBORDINATING  # "joined the effort because constituents had told"
            or lw in AUXILIARIES
            or lw in VERBISH
        ):
            stop = j
            break
        if number_word(lw) and j != i and j > 0 and _number_sign(text, toks[j - 1]):
            # "a No 10 spokesperson", "a Number 10 source": the number names an office
            if j == 1:
                return (toks[0][0], e)
            j -= 2
            continue
        if (
            number_word(lw)
            and j != i
            and j > 0
            and text[toks[j - 1][0] : toks[j - 1][1]].lower() in ("no.", "the", "a", "some")
        ):
            j -= 1  # "The No. 1 U.S. auto maker", "the 63 percent": the determiner before
            continue
        if (
            (lw in DETERMINERS or number_word(lw))
            and j != i
            or (w[0].isupper() and w.endswith(("'s", "’s")))
        ):
            k = j
            if w[0].isupper() and w.endswith(("'s", "’s")):
                # "Trump lawyer Marc Kasowitz" / "the company's founder": take the name too
                while (
                    k > 0
                    and text[toks[k - 1][0]].isupper()
                    and text[toks[k - 1][1] - 1] not in ",;:"
                ):
                    k -= 1
            return (toks[k][0], e)
        j -= 1
    else:
        stop = j
    if i - stop <= 3 and plural_noun(word):
        return (toks[stop + 1][0], e)  # a bare plural: "officials", "multiple lawmakers"
    return None


def _inside_name(text: str, toks: list[tuple[int, int]], j: int) -> bool:
    """The lower-case word at ``j`` joins two capitalised words of one name ("a Department
    for Transport spokesperson", "the Minister for Women"), as "of" does."""
    return (
        0 < j < len(toks) - 1
        and text[toks[j][0]].islower()
        and text[toks[j - 1][0]].isupper()
        and text[toks[j - 1][1] - 1] not in ",;:"
        and text[toks[j + 1][0]].isupper()
    )


def _number_sign(text: str, tok: tuple[int, int]) -> bool:
    """The word is "No" or "Number" written as a name's part before a figure ("No 10",
    "Number 10"): the figure goes with it, not as a count of what follows."""
    return text[tok[0] : tok[1]] in ("No", "Number")


def _role_ends_at(text: str, toks: list[tuple[int, int]], j: int) -> bool:
    """The words ending at token ``j`` (before its comma) name a role: the role word
    itself ("the group leader,"), or a role of an organisation ("the head of the unit,",
    "a spokeswoman for the company,") within the last five words."""
    role = text[toks[j][0] : toks[j][1] - 1]
    if role in PERSON_ROLES or role in PEOPLE:
        return True
    for k in range(j - 1, max(-1, j - 5), -1):
        word = text[toks[k][0] : toks[k][1]]
        if word[-1] in ",;:":
            return False
        if word in PERSON_ROLES and text[toks[k + 1][0] : toks[k + 1][1]] in MEMBER_OF:
            return True
    return False


def _described_name(text: str, toks: list[tuple[int, int]], j: int, i: int) -> Speaker | None:
    """The name that closes an appositive of "the", a description in lower case and the
    name, after a subject that names no one ("The company's largest shareholder, the
    pension fund CalPERS, said"): the name is who spoke. None when the words before the
    first comma hold a name ("Rep. Elijah Cummings, the top Democrat ...") or the
    appositive holds a preposition ("the largest employer in Ohio")."""
    inner = [text[a:b].rstrip(PUNCT) for a, b in toks[j + 1 : i + 1]]
    if len(inner) < 3 or inner[0] not in ("the", "The"):
        return None
    n = 1
    while n < len(inner) and inner[n].islower() and n <= 3:
        if inner[n] in PREPOSITIONS or inner[n] in CONNECTORS:
            return None
        n += 1
    name = inner[n:]
    if n == 1 or not 1 <= len(name) <= 4 or not all(capword(w) for w in name):
        return None
    head = text[max(0, toks[j][0] - 60) : toks[j][1]].split()[-3:]
    if any(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in head[1:]):
        return None  # the subject is a name itself
    e = toks[i][1]
    while e > toks[i][0] and text[e - 1] in PUNCT:
        e -= 1
    return (toks[j + 1 + n][0], e)


_AFFILIATION_WORDS = frozenset(("of", "at", "from"))


def _name_after_role(text: str, toks: list[tuple[int, int]], j: int, i: int) -> Speaker | None:
    """The name between the two commas at tokens ``j`` and ``i`` when the word before the
    first comma is a role in lower case ("Speaking on Wednesday, the group leader, Andrew
    Carter, said", "the league's commissioner, Adam Silver, told"): the name is who the
    role is, whatever opening phrase comes before the role's own comma."""
    if not _role_ends_at(text, toks, j):
        return None
    inner = [text[a:b].rstrip(PUNCT) for a, b in toks[j + 1 : i + 1]]
    if not inner or inner[0] in STOP_CAPS:
        return None
    if len(inner) > 4 or not all(capword(w) or w in CONNECTORS for w in inner):
        # the name and where the person works: "the lead author, Michael Lincoff of the
        # Cleveland Clinic in Ohio, said" (the name is the capitals before the "of")
        k = 0
        while k < len(inner) and capword(inner[k]):
            k += 1
        if not 2 <= k <= 4 or k == len(inner) or inner[k] not in _AFFILIATION_WORDS:
            return None
        i = j + k
    elif not capword(inner[-1]):
        return None
    e = toks[i][1]
    while e > toks[i][0] and text[e - 1] in PUNCT:
        e -= 1
    return (toks[j + 1][0], e)


_PHRASE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "at",
        "in",
        "on",
        "to",
        "with",
        "from",
        "for",
        "about",
        "after",
        "over",
        # an object pronoun: "Sentencing him, Judge Moss said", "Thanking them, she"
        "him",
        "them",
        "us",
        "me",
        "it",
    ]
)


def subject_forward(text: str, pos: int, limit: int) -> Speaker | None:
    """The subject that starts at ``pos`` ("said Kenneth Baer, a ..." / "according to a
    Joint Chiefs of Staff (JCS) official."): up to a comma, full stop or clause word."""
    toks = tokens(text, pos, min(limit, pos + 160))
    if not toks:
        return None
    s = toks[0][0]
    e = s
    first = text[toks[0][0] : toks[0][1]].rstrip(PUNCT)
    if first in PRONOUNS:
        return (s, s + len(first))
    cap = first[:1].isupper()
    last = len(toks) - 1
    for n, (ts, te) in enumerate(toks):
        w = text[ts:te]
        if w[0] == "(" and w[-1] == ")" and n:
            e = te  # "(JCS)"
            continue
        core = w.rstrip(PUNCT)
        if n and core in CONNECTORS and n < last and text[toks[n + 1][0]].isupper():
            continue  # "Joint Chiefs of Staff"
        if n == 1 and cap and _owner(text[toks[0][0] : toks[0][1]]) and core in PERSON_ROLES:
            cap = False  # "said Heathrow's chief executive, Thomas Woldbye": the owner's role
        if (
            n
            and cap
            and core[:1].islower()
            and core not in CONNECTORS
            and core not in SUBJECT_STOPS
        ):
            # "Merrill Lynch food analyst William Maguire": a description, then a name
            k = n
            while k <= last and k - n < 3 and descriptive(text[toks[k][0] : toks[k][1]]):
                k += 1
            if k == n or k > last or not text[toks[k][0]].isupper():
                break
            continue
        familiar = core == "with" and text[toks[n - 1][0] : toks[n - 1][1]] == "familiar"
        if (
            n
            and not familiar
            and (core in SUBJECT_STOPS or (cap and core[:1].islower() and core not in CONNECTORS))
        ):
            break  # "a person familiar with the talks" goes on past "with"
        if n > 9:
            break
        e = ts + len(core) if core else te
        if w != core and not (w.endswith(".") and is_abbrev(core)):
            break  # punctuation ends the subject (a full stop after an initial does not)
    while e > s and (text[e - 1] in PUNCT or text[e - 1] in SPACE):
        e -= 1
    return (s, e) if e > s else None


def _owner(word: str) -> bool:
    """A capitalised possessive ("Heathrow's", "Apple’s"): what follows is what it owns."""
    return word.endswith(("'s", "’s")) and word[:1].isupper()


def sentence_subject(text: str, sent: int, end: int) -> Speaker | None:
    """The subject at the head of the sentence: skips an opening phrase ("In a statement,")
    then reads a pronoun, a name, or a determiner and its noun ("The party leader"). When
    the comma after an opening word closes more than a phrase ("In Cleveland his aides
    forced a change, stripping out ..."), the head of the sentence itself is read."""
    sent = after_dateline(text, sent, end)
    s = _after_opening(text, sent, end)
    found = head_at(text, s, end)
    if found is not None:
        named = appositive_name(text, found, end)
        if named is not None:
            return named
    if found is None and s != sent:
        if participle_opening(text, sent, text[sent : sent + 16].split(" ", 1)[0]):
            return None  # "Reached by phone, she": no subject before ``end``
        found = head_at(text, sent, end)
        if found is None:
            # the opening phrase holds a comma itself ("Following a swiftly called,
            # late-afternoon meeting, the Security Council issued"): after the next one
            comma = text.find(",", s, min(end, s + 120))
            if comma > 0:
                found = head_at(text, comma + 1, end)
    return found


def appositive_name(text: str, sp: Speaker, end: int) -> Speaker | None:
    """The name set off by commas after a subject that names a role ("the union's
    president, Teresa Vance, held", "his spokeswoman, Rachel Burke, said", "The
    Chancellor, Rachel Reeves, said", "The spokesperson for the Department of Homeland
    Security, Tricia McLaughlin, said"): the name is who the role is, and the one a reader
    gives the quote. None unless ``sp`` ends with a lower-case role or people noun (or one
    of an organisation, or an office after its article) and one to four capitalised words
    follow between commas (or end the sentence), before ``end``."""
    s, e = sp
    e = _past_organisation(text, e, end)
    if text[e : e + 2] != ", ":
        return None
    words = text[max(0, s - 40) : s].split()[-2:] + text[s:e].split()
    if not words or not any(
        w in PERSON_ROLES or w in PEOPLE or (w in TITLES and k and words[k - 1].lower() in ARTICLES)
        for k, w in enumerate(words)
        if k == len(words) - 1 or words[k + 1] in MEMBER_OF  # "The spokesperson for DHS"
    ):
        return None
    hi = min(end, e + 60)
    close = text.find(",", e + 2, hi)
    stop = text.find(".", e + 2, hi if close < 0 else close)
    if stop > e + 3 and text[stop - 2] != " " and text[stop + 1 : stop + 2] in ("", " ", "\n"):
        close = stop  # ...," said the man's sister, Rosa Diaz.
    if close < 0:
        return None
    name = text[e + 2 : close].split()
    if not 1 <= len(name) <= 4 or name[0] in STOP_CAPS:
        return None
    if not all(capword(w) or w in CONNECTORS for w in name) or not capword(name[-1]):
        return None
    return (e + 2, close)


def _past_organisation(text: str, e: int, end: int) -> int:
    """Where a role read up to ``e`` ends when "of", "for" or "at" and a few words follow
    it up to a comma ("the head of the unit, Carla Mendes,"): at that comma, so the name
    set off after it is read; ``e`` itself otherwise."""
    word = text[e + 1 : e + 5].split(" ", 1)[0]
    if text[e : e + 1] != " " or word not in MEMBER_OF:
        return e
    comma = text.find(",", e, min(end, e + 50))
    if comma < 0 or any(c in '.;:"“”\n' for c in text[e:comma]):
        return e
    after = text[comma + 2 : comma + 24].split(" ", 1)[0]
    if after.endswith(".") or after.endswith(".,"):
        return e  # "a spokesman for the Stamford, Conn., company": a place, not a name
    return comma


_DASHES = ("—", "–", "--")


def after_dateline(text: str, sent: int, end: int) -> int:
    """Where a story's first sentence goes on after its dateline ("BOSTON — Jurors began",
    "MOBILE, Ala. (AP) — Federal teams"): the town in capitals names where the story was
    filed, never who did or said anything. ``sent`` itself when no dateline opens it: the
    words before the dash start with a word all in capitals and hold no lower-case word."""
    first = text[sent : sent + 3]
    if len(first) < 2 or not first[:2].isupper() or not first[:2].isalpha():
        return sent
    hi = min(end, sent + 60)
    dash = min((i for i in (text.find(d, sent, hi) for d in _DASHES) if i > 0), default=-1)
    if dash < 0:
        return sent
    words = text[sent:dash].split()
    if not words or not words[0].rstrip(",.").isupper():
        return sent
    if any(w[:1].islower() for w in words):
        return sent
    k = dash
    while k < end and (text[k] in "—–-" or text[k] in SPACE):
        k += 1
    return k


def clause_subject(text: str, sent: int, end: int) -> Speaker | None:
    """The subject of the last clause before ``end`` when a comma or semicolon opens it
    after the sentence start ("..., when my mother mentioned it, I laughed and said";
    "She was upset, so I had to change my answer:"), a pronoun or a name; None when the
    clause is the whole sentence or opens with no subject ("..., laughed and said")."""
    lo = max(sent, end - 160)
    cut = max(text.rfind(",", lo, end), text.rfind(";", lo, end))
    if cut < 0:
        return None
    toks = tokens(text, cut + 1, end)
    k = 0
    while k < len(toks) - 1 and text[toks[k][0] : toks[k][1]] in _CLAUSE_OPENERS:
        k += 1  # "that I had to", "and then she"
    if not toks or k >= len(toks):
        return None
    s = toks[k][0]
    word = text[s : toks[k][1]]
    if word in ARTICLES and k + 1 < len(toks):
        # "..., and my editor read them and said": a noun phrase with its determiner,
        # whose head names a person ("my editor", "the judge")
        head = text[toks[k + 1][0] : toks[k + 1][1]].rstrip(PUNCT)
        if head not in PERSON_ROLES and head not in PEOPLE and head not in _KIN:
            return None
    elif not (word in PRONOUNS or (capword(word) and word not in STOP_CAPS)):
        return None
    sp = head_at(text, s, end)
    if sp is None or sp[0] != s:
        return None
    return sp


# Family words that name a person after "my", "her", "the": "my mother said".
_KIN = frozenset(
    """
    mother father mom dad brother sister son daughter wife husband grandmother grandfather
    aunt uncle cousin niece nephew partner fiancé fiancée boyfriend girlfriend parents
    grandparents
    """.split()  # noqa: SIM905
)


_CLAUSE_OPENERS = CLAUSE_WORDS | COORDINATORS | frozenset(("so", "then"))
_SUBORDINATING = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "because",
        "since",
        "although",
        "though",
        "as",
        "if",
        "unless",
        "until",
        "once",
    ]
)


def subordinate_subject(text: str, sent: int, end: int) -> Speaker | None:
    """The subject of a clause that a subordinating word opens with no comma before
    ``end`` ("Christie called her a "disgrace" after she attacked the police and blamed
    ...": the verb after "and" is hers): a pronoun or a name right after the word, followed
    by its own verb; not what a name owns ("after Clinton's speech and said")."""
    toks = tokens(text, max(sent, end - 160), end)
    for n in range(len(toks) - 2, -1, -1):
        word = text[toks[n][0] : toks[n][1]]
        if word[-1] in ",;:" or word[0] in OPENERS:
            return None  # a comma is the clause rule's; a quote is someone's words
        if word.lower() not in _SUBORDINATING:
            continue
        s = toks[n + 1][0]
        first = text[s : toks[n + 1][1]]
        if not (first in PRONOUNS or (capword(first) and first not in STOP_CAPS)):
            return None
        sp = head_at(text, s, end)
        if sp is None or sp[0] != s or text[sp[1] - 2 : sp[1]] in ("'s", "’s"):
            return None
        after = next((t for t in toks[n + 1 :] if t[0] >= sp[1]), None)
        if after is None:
            return None
        verb = text[after[0] : after[1]].rstrip(PUNCT)
        if not verb.islower() or verb in COORDINATORS or verb in PREPOSITIONS:
            return None  # "after Clinton spoke and": no verb of its own read
        return sp
    return None


def _after_opening(text: str, sent: int, end: int) -> int:
    """Where the sentence goes on after an opening phrase closed by a comma."""
    s = sent
    first = text[s : s + 16].split(" ", 1)[0].rstrip(",")
    comma = text.find(",", s, min(end, s + 160))
    if (
        comma > 0
        and (
            first in INTRO_WORDS
            or (comma == s + len(first) and opening_adverb(first))  # "Conversely,"
            or first.lower() in PREPOSITIONS
            or participle_opening(text, s, first)  # "Reached by phone, she said"
            or (  # "Reviewing the company's record, Mr. Price said"
                first[:1].isupper()
                and first.endswith("ing")
                and text[s + len(first) + 1 : s + len(first) + 8].split(" ", 1)[0].rstrip(",")
                in _PHRASE_OPENERS
            )
        )
    ):
        s = comma + 1
    return s


# Words after a past participle that make it open a phrase of its own ("Reached by phone,").
_PARTICIPLE_NEXT = frozenset(("by", "at", "in", "on", "about", "for", "after", "outside"))


def participle_opening(text: str, s: int, first: str) -> bool:
    """A sentence opening with a capitalised past participle and a preposition ("Reached
    by phone,", "Pressed on the cuts,", "Interviewed at home,"): the phrase up to its
    comma says how the subject was reached, and the subject comes after it. Reading only
    the two words at ``s``, it keeps "Reached" from being read as a name."""
    if len(first) < 5 or not first[0].isupper() or not first.endswith("ed"):
        return False
    nxt = text[s + len(first) + 1 : s + len(first) + 9].split(" ", 1)[0]
    return nxt in _PARTICIPLE_NEXT


# Words that open a clause inside a sentence: a pronoun after them may stand for the
# subject of the clause around them.
CLAUSE_OPENINGS = frozenset(w.lower() for w in SUBORDINATORS) | frozenset(
    ("what", "that", "which", "whom", "where", "when", "while", "as", "and", "but", "so")
)


def subject_at(text: str, at: int, end: int) -> Speaker | None:
    """The subject that opens a clause at ``at`` and ends before ``end`` (a pronoun, a name
    or a noun phrase from its determiner), or None."""
    sp = subject_forward(text, at, end)
    if sp is None or sp[0] != at or sp[1] > end:
        return None
    return sp
