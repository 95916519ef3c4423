"""Candidate runs: every run of capitalised words, and the rules that settle it at once.

One regex finds runs of capitalised words ("Taro Kono", "U.S.", "Bank of England", "JOINT
CHIEFS"). Each run then meets these rules, in order; the first that applies settles it:

1. possessive names: "Rally's Inc." (a company), "Lloyd's": the possessive is in the name.
2. ``affiliation``: "anti-Japanese", "pro-Western": one word, a NORP.
3. never names alone: "The", "Minister", "I'm", "CEO" (see ``never``).
4. known names: the whole run is a name with one clear type in the lists; except a state
   abbreviation that is a common word without its stop ("Mass atrocities"), and a name
   seen rarely that is a common word opening a sentence ("Power plants are ...").
5. ``dateline``: "KHASAVYURT, Russia", "TOKYO (Sputnik) —": an all-caps line start names a place.
6. ``hyphen_split``: "Japan-US-South Korea": pieces split at a hyphen before a capital when a
   piece is a known place or body; "Arab-Israeli": one affiliation.
7. otherwise the run goes to ``single_word`` or, with several words, ``segment.plan``, and
   what is still unknown is scored (``score``) and decided for the whole article
   (``document``). A run that follows a work noun ("the film Black Panther", "the song
   “Imagine”") may be a title: ``works.title_at`` notes it, and it replaces whatever names
   are found inside it.
"""

from __future__ import annotations

from .. import compiled
from .affiliations import affiliation
from .bodies import body_for, body_of_and, body_to, coordinated_body
from .branches import branches_joined
from .brands import CUE_PREV, brand_cues
from .buildings import RULE_BASE, military_base
from .business import CUE_PREV as BUSINESS_PREV
from .business import RESULT_VERBS, TRADE_CUE, business_cue
from .context import (
    CREDIT_PREV,
    HEADLINE,
    TITLE_CASE,
    credited,
    kin_before,
    line_kind,
    modal_opens_question,
    next_word,
    prev_word,
    sentence_initial,
    title_case_common,
)
from .events import EVENT_HEADS, historic_event
from .events import RULE as RULE_EVENT
from .hyphens import hyphen_groups, one_name_across_hyphen, two_people
from .kinds import (
    AFFIX,
    RACE_WORDS,
    US_STATE_ABBREVIATIONS,
    follower_root,
    is_handle,
    race_before_people,
)
from .laws import RULE_ACT, act_name_at
from .letters import LETTERED_RULE, letter_platform, lettered_common_word
from .letters import RULE as RULE_LETTER
from .lexicon import (
    COMMON,
    CONNECTORS,
    CORP_SUFFIXES,
    ENGLISH,
    GIVEN_NAMES,
    HARD,
    LEX,
    LEXC,
    LOC,
    LOWER,
    MIXED,
    ORG,
    PER,
    PLACE_LABELS,
    POSSESSIVE_NAMES,
    TITLE_CAP,
    TOK,
    UPPER,
)
from .never import (
    NEVER_ALONE,
    STRONG_PARTICIPLES,
    WEAK_NAMES,
    ZONE_RUNS,
    common_base,
    common_word_opening_sentence,
    exclamation,
    is_contraction,
    is_never_name,
    is_time_zone,
    names_the_speaker,
    never_rule,
    participle_opening,
    past_participle_opening,
    plural_acronym,
    row_label,
)
from .possessives import collective_possessive, possessive_place
from .run_pattern import ARTICLE_BEFORE, HYPHEN_CAP, RUN_RE
from .score import (
    BODY_NOUNS,
    COMPANY_CUE_NEXT,
    NAME_ONLY_TITLES,
    W_AUTHOR,
    Unknown,
    author_before_title,
    company_cue,
    company_owns,
    company_words_before,
    origin_from,
    party_member_after,
    person_cue,
    place_words_before,
    platform_after,
    product_after,
    pronoun_after,
    score_mention,
)
from .segment import PLANS, Placed, plan
from .sport import player_after_play, score_follows
from .towns import campus_after_university, state_follows, town_before_state
from .vessels import RULE_SHIP, ship_prefix_at
from .wholes import datelike
from .works import TITLE_CUES, Title, show_title, title_at, title_cue

W_TEAM_SCORE = 2.0  # a score after an unknown name: a team
W_CREDIT = 4.0  # a byline or a picture credit names a person: as strong as a title
W_TOWN_BEFORE_STATE = 6.0  # "Ann Arbor, Mich.": a town, whatever its words read as
RULE_RELATIVE = "context:relative-named"  # a given name after a family word is a person
DATELINE = compiled.compile(
    r" ?(?:, [A-Z]|\((?:[A-Z][\w.]*\s?){1,3}\) ?[—–-]|\d{4}-\d\d-\d\d|[—–] )"
)
_APOSTROPHES = frozenset("'’")
_GRADES = ("crude", "oil futures", "blend")
_GRADE_FIRSTS = frozenset("cob")
_EPONYM_ILLNESS = ("s disease", "s syndrome", "s Disease", "s Syndrome")
_POSSESSIVE_COMPANY = compiled.compile(r"['’]s (?:Inc|Corp|Co|Ltd|Plc)\b\.?")
# State abbreviations that are also common words ("Mass.", "Ill.", "Wash."): places only with
# their full stop or a comma after them ("in Boston, Mass. ...", "Mass atrocities" is none)
STATE_ABBREVIATIONS = frozenset(US_STATE_ABBREVIATIONS) | {"Del", "La", "Miss", "Me", "Cal"}
_OF_AT = frozenset(("of", "at", "in", "for", "the"))
_DOUBTFUL = STATE_ABBREVIATIONS | WEAK_NAMES  # known names that need a second look
ENOUGH = 8  # mentions of one unknown string scored per article; later ones just follow

# start, end, label, value, rule
Found = tuple[int, int, str, str, str]
# start, end, run text: all-caps words resolved against the body of the article
CapsLeft = tuple[int, int, str]


class Candidates:
    """What the run rules found in one text, before the document rules decide."""

    __slots__ = ("caps_left", "common", "found", "heads", "rejected", "titles", "unknown")

    def __init__(self) -> None:
        self.found: list[Found] = []  # names settled by a rule
        self.unknown: dict[str, Unknown] = {}  # names to be decided by their scores
        self.caps_left: list[CapsLeft] = []  # words of headlines and tables
        self.heads: dict[int, int] = {}  # line start -> context.line_kind
        self.common: dict[str, bool] = {}  # word -> a common word opening its sentences
        self.titles: list[Title] = []  # works of art: they replace the names inside them
        # rejected candidates (start, end, rule, detail), filled only when tracing
        self.rejected: list[tuple[int, int, str, str]] | None = None


def find_candidates(text: str, cands: Candidates) -> None:
    """Run every run rule of the module docstring over ``text``."""
    hard_get = HARD.get
    poss = POSSESSIVE_NAMES
    add = cands.found.append
    rejected = cands.rejected
    never_alone = NEVER_ALONE
    doubtful = _DOUBTFUL
    zone_runs = ZONE_RUNS
    skip_to = -1
    for m in RUN_RE.finditer(text):
        chunk = m.group()
        s, e = m.span()
        if s < skip_to:
            continue
        k = chunk.find("Operation ")
        if (k == 0 or k > 0 and chunk[k - 1] == " ") and chunk.count(" ", k) < 4:
            # "Operation Warp Speed", "After Operation Desert Storm": a campaign, an EVENT,
            # however its words read; the words before it are a run of their own
            if k:
                run(text, chunk[: k - 1], s, cands)
            add((s + k, e, "EVENT", chunk[k:], "run:operation"))
            continue
        if (chunk[1:2].isupper() or chunk[5:6].isupper() and chunk[:4] == "The ") and (
            k := ship_prefix_at(chunk)
        ) >= 0:
            # (a ship's prefix is in capitals: the slices turn most runs down before the call)
            add((s + k, e, "PRODUCT", chunk[k:], RULE_SHIP))  # "USS Gerald R. Ford"
            continue
        if chunk == "Model" and text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit():
            add((s, e, "PRODUCT", chunk, "run:model-number"))  # "its Model 3" (+ its number)
            continue
        if chunk[0] == "W" and chunk.startswith("Will ") and modal_opens_question(text, s, e):
            s += 5  # "Will Trump sign it?": the verb, no given name
            chunk = chunk[5:]
        if s > 2 and text[s - 1] == "-":
            article = ARTICLE_BEFORE.search(text, max(0, s - 5), s)
            if article is not None:
                s = article.start()
                chunk = text[s:e]  # "al-Qaeda": the article opens the name
        # the character after the run: a space or an apostrophe may open a rule's words
        # (one character is a cached string, no new object); most runs are followed by neither
        c = text[e : e + 1]
        if c == " ":
            c2 = text[e + 1 : e + 2]
            if c2 == "a" and text.startswith("nd ", e + 2):
                joined = coordinated_body(text, chunk, s, e) or body_of_and(text, chunk, s, e)
                if joined is None and (k := chunk.rfind(" of ")) > 0:
                    # "Inspector James Entwistle of the Homicide and Major Enquiry Team":
                    # the body opens after the run's last "of", the words before are a run
                    at = k + 8 if chunk.startswith("the ", k + 4) else k + 4
                    joined = coordinated_body(text, chunk[at:], s + at, e)
                    if joined is not None:
                        run(text, chunk[:k], s, cands)
                if joined is not None:
                    add(joined)
                    skip_to = joined[1]
                    rest = (
                        RUN_RE.match(text, skip_to + 1)
                        if text[skip_to : skip_to + 1] == " "
                        else None
                    )
                    if rest is not None:
                        # the run the body ended inside goes on ("... Service Commissioner
                        # Doris Meissner"): its other words are read as a run of their own
                        run(text, rest.group(), rest.start(), cands)
                        skip_to = rest.end()
                    continue
            elif c2 == "t" and text.startswith("o ", e + 2):
                body = body_to(text, chunk, s, e)
                if body is not None:
                    add(body)  # "Committee to Protect Journalists", "Right to Life Party"
                    skip_to = body[1]
                    continue
            elif c2 == "f" and text.startswith("or ", e + 2):
                body = body_for(text, chunk, s, e)
                if body is not None:
                    add(body)  # "National Institute for Health and Care Excellence"
                    skip_to = body[1]
                    continue
            elif c2 == "'" and chunk in poss and text[e + 2 : e + 3] == "s":
                possessive_name(text, chunk, s, e, 3, cands)
                continue
        elif c in _APOSTROPHES:
            if text.startswith(_EPONYM_ILLNESS, e + 1):
                # "Parkinson's disease", "Down's syndrome": an illness, no person
                if rejected is not None:
                    rejected.append((s, e, "never:illness", "an illness named after a person"))
                continue
            if " " not in chunk:
                m2 = _POSSESSIVE_COMPANY.match(text, e)
                if m2 is not None:
                    # "Rally's Inc.", "Macy's Inc": a company named with a possessive
                    add((s, m2.end(), "ORG", text[s : m2.end()], "run:possessive-company"))
                    continue
            if chunk in poss and text[e + 1 : e + 2] == "s":
                possessive_name(text, chunk, s, e, 2, cands)
                continue
            if text[e + 1 : e + 3] == "s " and (
                whole := possessive_place(text, chunk, s, e)
                or collective_possessive(text, chunk, s, e)
            ):
                cands.found.append(whole)  # "St Peter's Square", "King's College London"
                skip_to = whole[1]
                continue
        elif c == "," and " " in chunk and text[e + 1 : e + 2] == " ":
            town = town_before_state(text, chunk, s, e)
            if town is not None and not one_unknown_name(town[3]):
                add(town)  # "Coral Springs, Florida", "Port St. Lucie, Fla."
                continue
            campus = campus_after_university(text, chunk, s, e)
            if campus is not None:
                add(campus)  # "University of California, Berkeley"
                skip_to = campus[1]
                continue
        elif c == ";" and s and text[s - 1] == "&":
            # "&UR;", "&LR;": a character reference of markup left in the text, no name
            if rejected is not None:
                rejected.append((s, e, "never:markup", "a character reference of markup"))
            continue
        if s > 1 and text[s - 1] == "-" and text[s - 2].islower() and " " not in chunk:
            affiliation(text, chunk, s, e, cands.found)
            continue
        if chunk in zone_runs and is_time_zone(text, chunk, e):
            if rejected is not None:
                rejected.append((s, e, "never:time-zone", "a time zone"))
            continue
        label = hard_get(chunk)  # never a word of ``never``: the lists leave those out
        if label is not None:
            if (
                chunk[-3:] == "ing"
                and c == " "
                and label not in PLACE_LABELS
                and participle_opening(text, chunk, s, e)
            ):
                if rejected is not None:
                    rejected.append((s, e, "never:participle", "a verb opening a sentence"))
                continue
            if (
                chunk in STRONG_PARTICIPLES
                and c == " "
                and past_participle_opening(text, chunk, s, e)
            ):
                if rejected is not None:
                    rejected.append((s, e, "never:participle", "a verb opening a sentence"))
                continue
            if chunk in doubtful:
                if chunk in STATE_ABBREVIATIONS and c not in ".,":
                    if rejected is not None:
                        rejected.append(
                            (s, e, "never:abbreviation-without-stop", "a common word here")
                        )
                    continue
                if (
                    chunk in WEAK_NAMES
                    and sentence_initial(text, s)
                    and common_word_opening_sentence(text, chunk, s, cands.common)
                    and not names_the_speaker(text, chunk, e)
                ):
                    if rejected is not None:
                        rejected.append(
                            (s, e, "never:sentence-start", "a common word opening a sentence")
                        )
                    continue
            if c == ":" and row_label(text, chunk, s):
                if rejected is not None:
                    rejected.append((s, e, "never:row-label", "a common word labelling a line"))
                continue
            if c == "." and chunk in STATE_ABBREVIATIONS:
                e += 1  # "Calif.", "Fla.": the stop is the abbreviation's, as in "Gov."
            elif (
                c == " "
                and text[e + 1 : e + 2] in _GRADE_FIRSTS  # (a character first: speed)
                and label != "NORP"
                and text.startswith(_GRADES, e + 1)
            ):
                # "Brent crude", "Dubai crude": a grade of oil named after its field or market,
                # a product, no place ("Saudi crude" is the Saudis' oil: NORP stays)
                add((s, e, "PRODUCT", chunk, "run:oil-grade"))
                continue
            elif label in PLACE_LABELS and chunk in GIVEN_NAMES and kin_before(text, s):
                add((s, e, "PERSON", chunk, RULE_RELATIVE))  # "Bush's son, George"
                continue
            add((s, e, label, chunk, "lexicon:known-name"))
            continue
        if chunk in never_alone or ("'" in chunk or "’" in chunk) and is_contraction(chunk):
            if rejected is not None:
                rejected.append((s, e, *never_rule(chunk)))
            continue
        if (
            (s == 0 or text[s - 1] == "\n")
            and chunk.isupper()
            and dateline(text, chunk, s, e, cands)
        ):
            continue
        if "-" in chunk and HYPHEN_CAP.search(chunk) and hyphen_split(text, chunk, s, e, cands):
            continue
        if " " in chunk:
            if "r. " in chunk and (g := _GENERATION_INSIDE.search(chunk)) is not None:
                # "Casey Goodson Jr. Goodson's mother": a generation ends a name
                run(text, chunk[: g.end()], s, cands)
                run(text, chunk[g.end() + 1 :], s + g.end() + 1, cands)
                continue
            segmented(text, chunk, s, cands)
        else:
            single_word(text, chunk, s, cands)


_GENERATION_INSIDE = compiled.compile(r" [JS]r\.(?= (?!Day\b)\S)")  # not "King Jr. Day"


def one_unknown_name(chunk: str) -> bool:
    """Does the plan of ``chunk`` (mid-sentence) leave it one name for the statistics to
    decide ("Battle Creek")? Then its mentions are decided together, as one name."""
    segs = plan(chunk, False)[1]
    return len(segs) == 1 and segs[0][2] is None and segs[0][1] - segs[0][0] == len(chunk)


def possessive_name(text: str, chunk: str, s: int, e: int, width: int, cands: Candidates) -> None:
    """ "Lloyd's", "McDonald's": a name the lists know with its possessive; ``width`` is the
    length of the possessive after the run ("'s", or " 's" in tokenised text)."""
    cands.found.append((s, e + width, LEX[chunk + " 's"][0], chunk + "'s", "run:possessive-name"))


def dateline(text: str, chunk: str, s: int, e: int, cands: Candidates) -> bool:
    """ "KHASAVYURT, Russia 1996-08-30", "TOKYO (Sputnik) —": the dateline names a place."""
    if (
        (s == 0 or text[s - 1] == "\n")
        and chunk.isupper()
        and DATELINE.match(text, e)
        and not is_never_name(chunk.title())
    ):
        key = UPPER.get(chunk)
        if key is None and not datelike(chunk):
            return False  # "FELLOW DOCTORS DON'T WANT TO ASSOCIATE WITH HIM —": a heading
        value = MIXED.get(key, key) if key else chunk.title()
        cands.found.append((s, e, "GPE", value, "run:dateline"))
        return True
    return False


def hyphen_split(text: str, chunk: str, s: int, e: int, cands: Candidates) -> bool:
    """ "Japan-US-South Korea": split where a piece before a hyphen is a known place or body
    (``hyphens.hyphen_groups``: "Virginia AFL-CIO President Doris Crouse-Mays" keeps her
    name and the federation's whole), or where two full names meet ("the Jake Paul-Mike
    Tyson fight": ``two_people``);
    "Arab-Israeli": two affiliations make one. False when neither applies."""
    pieces = HYPHEN_CAP.split(chunk)
    if len(pieces) == 2 and one_name_across_hyphen(*pieces):
        return False
    groups = hyphen_groups(pieces)
    if len(groups) > 1 or len(pieces) == 2 and two_people(pieces):
        for piece in groups if len(groups) > 1 else pieces:
            if piece:
                run(text, piece, s, cands)
            s += len(piece) + 1
        return True
    if " " not in chunk and all(HARD.get(p) == "NORP" for p in pieces):
        cands.found.append((s, e, "NORP", chunk, "run:hyphenated-affiliation"))
        return True
    return False


def run(text: str, chunk: str, s: int, cands: Candidates) -> None:
    """A run no earlier rule settled: one word, or several to segment."""
    if " " in chunk:
        segmented(text, chunk, s, cands)
    else:
        single_word(text, chunk, s, cands)


# What ``single_word`` makes of a word before its context is read (``word_verdict``)
NEVER, KNOWN, GENERIC, AFFIXED, HANDLE, PLURAL_NORP = range(6)
CAPS_KNOWN, CAPS, CAPS_COLON, LETTER, UNKNOWN = range(6, 11)
# a word's verdict, its label or key, and whether it is a common lower-case word
Verdict = tuple[int, str, str, bool]
# verdicts by word, shared across calls (like the run plans): they depend on the word alone
_VERDICTS: dict[str, Verdict] = {}


def word_verdict(chunk: str) -> Verdict:
    """The rules of ``single_word`` that read the word alone, in order, cached per word: the
    verdict, its label and key (a reason for ``NEVER``), and, for a word left to its context,
    whether it is a common word written in lower case (``sentence-start``)."""
    v = _VERDICTS.get(chunk)
    if v is None:
        if len(_VERDICTS) > 200_000:
            _VERDICTS.clear()
        v = _VERDICTS[chunk] = _word_verdict(chunk)
    return v


def clear_cache() -> None:
    """Forget the verdicts worked out so far (benchmarks time a cold start with it)."""
    _VERDICTS.clear()


def _word_verdict(chunk: str) -> Verdict:
    if (
        len(chunk) == 1
        or chunk in NEVER_ALONE
        or chunk in CORP_SUFFIXES
        or ("'" in chunk or "’" in chunk)
        and is_contraction(chunk)
        or plural_acronym(chunk)
    ):
        return (NEVER, *never_rule(chunk), False)
    info = LEX.get(chunk)
    if info is not None and chunk not in LEXC:
        return (KNOWN, info[0], "", False) if chunk in HARD else (GENERIC, "", "", False)
    if "-" in chunk and AFFIX.search(chunk):
        if common_base(chunk):
            return (NEVER, "never:common-affixed", "a common noun with an affix", False)
        return (AFFIXED, "", "", False)
    if is_handle(chunk):
        return (HANDLE, "", "", False)
    if chunk[-1] == "s" and HARD.get(chunk[:-1]) == "NORP":
        return (PLURAL_NORP, "", "", False)
    common = chunk.lower() in LOWER and chunk not in TOK
    if not common and (root := follower_root(chunk)) and not common_root(root):
        return (PLURAL_NORP, "", "", False)  # "Peronist", "Trotskyists": followers, NORP
    if chunk.isupper():
        key = UPPER.get(chunk)
        if key is not None:
            return (CAPS_KNOWN, LEX[key][0], key, False)
        if len(chunk) > 5 or chunk.lower() in ENGLISH:
            return (CAPS, "", "", False)
        return (CAPS_COLON, "", "", common)
    if len(chunk) > 2 and chunk[1] == "-" and chunk[2:].islower():
        return (LETTER, "", "", False)
    return (UNKNOWN, "", "", common)


def single_word(text: str, chunk: str, s: int, cands: Candidates) -> None:
    """One capitalised word: known, an affiliation, a plural nationality, an all-caps word
    of a headline, or an unknown word to score in its context."""
    e = s + len(chunk)
    found = cands.found
    rejected = cands.rejected
    verdict, label, key, common = word_verdict(chunk)
    if verdict < UNKNOWN:
        if verdict == KNOWN:
            if label in PLACE_LABELS and chunk in GIVEN_NAMES and kin_before(text, s):
                found.append((s, e, "PERSON", chunk, RULE_RELATIVE))  # "his daughter Georgia"
                return
            found.append((s, e, label, chunk, "lexicon:known-name"))
            return
        if verdict == CAPS_COLON:
            if text[e : e + 1] == ":" and sentence_initial(text, s):
                cands.caps_left.append((s, e, chunk))
                return
        elif verdict == CAPS_KNOWN:
            found.append((s, e, label, key, "lexicon:known-name-in-capitals"))
            return
        elif verdict == CAPS:
            cands.caps_left.append((s, e, chunk))
            return
        elif verdict == AFFIXED:
            found.append((s, e, "NORP", chunk, "run:affix"))  # "Tokyo-based": not Tokyo itself
            return
        elif verdict == PLURAL_NORP:
            found.append((s, e, "NORP", chunk, "run:plural-nationality"))  # "Azeris"
            return
        else:
            if len(chunk) == 1 and letter_platform(text, s, e):
                found.append((s, e, "ORG", chunk, RULE_LETTER))  # "posted on X"
                return
            if rejected is not None:
                rejected.append((s, e, *_REJECTIONS.get(verdict, (label, key))))
            return
    unknown = cands.unknown
    u = unknown.get(chunk)
    if u is not None and len(u.spans) >= ENOUGH:
        u.spans.append((s, e))  # seen often enough in this article: its type is settled
        return
    if chunk in RACE_WORDS and race_before_people(chunk, next_word(text, e)):
        cands.found.append((s, e, "NORP", chunk, "run:race-word"))  # "a Black man"
        return
    initial = sentence_initial(text, s)
    if (
        initial
        and (common or common_word_opening_sentence(text, chunk, s, cands.common))
        and not names_the_speaker(text, chunk, e)
    ):
        if rejected is not None:
            rejected.append((s, e, "never:sentence-start", "a common word opening a sentence"))
        return
    prev = prev_word(text, s)
    nxt = next_word(text, e)
    if title_cue(text, s, e, prev):
        maybe_title(text, s, cands)  # "the film Wicked", "a production of Hamlet"
    credit = (prev in CREDIT_PREV or nxt == "/") and credited(text, s, e)
    if (
        prev not in ENGLISH
        and nxt not in ENGLISH
        and not credit
        and headline_word(text, s, chunk, cands)
    ):
        cands.caps_left.append((s, e, chunk))
        return
    if prev in _QUOTE_OPEN and exclamation(text, e):
        if rejected is not None:
            rejected.append((s, e, "never:quoted-word", "a word quoted on its own"))
        return
    if u is None:
        u = unknown[chunk] = Unknown(chunk)
    title = prev in TITLE_CAP
    score_mention([chunk], u.score, prev, nxt, title, initial, chunk)
    if not u.person:
        u.person = person_cue(text, s, e, prev, nxt, title)
    cues_around(text, s, e, prev, nxt, chunk, credit, u)


def cues_around(
    text: str, s: int, e: int, prev: str, nxt: str, first: str, credit: bool, u: Unknown
) -> None:
    """The context cues of one mention of an unknown name at ``s``..``e``, for a lone word
    and a name of several words alike: a pronoun after it, what it owns, a score, a
    company's or a product's words, a platform, a brand's cues, a credit line, "shares of";
    then the mention is counted."""
    sc = u.score
    pronoun_after(text, s, e, sc)
    # the two characters after the name, read once: each cue after it needs its own
    # (a possessive, a score's digit, a lower-case word, a comma), and most names have none
    after = text[e : e + 2]
    c0 = after[:1]
    c1 = after[1:]
    if c0 in _APOSTROPHES:
        company_owns(text, e, sc)
        if author_before_title(text, e):
            sc[PER] += W_AUTHOR  # 'Puccini's "Tosca"'
    if c1.isdigit() and score_follows(text, e):
        sc[ORG] += W_TEAM_SCORE  # "beat Wolves 5-1", "beat Newcastle United 5-1": a team
    if not u.company and nxt in COMPANY_CUE_NEXT:
        u.company = company_cue(text, e, nxt, first)
    if u.business < TRADE_CUE and (
        prev in BUSINESS_PREV or c0 in _APOSTROPHES or after == ", " or nxt in RESULT_VERBS
    ):
        u.business = max(u.business, business_cue(text, s, e, prev, u.key))  # "shares in Korvex"
    if "a" <= c1 <= "z" or c1 == "S" and text.startswith(" SUV", e):  # ("Bronco SUVs")
        if c1 == "o":
            party_member_after(text, e, sc)  # "Chakwera of the Malawi Congress Party"
        product_after(text, e, u)
        platform_after(text, e, sc)
    elif c0 == ",":
        platform_after(text, e, sc)
        if c1 == " " and state_follows(text, e, first):
            sc[LOC] += W_TOWN_BEFORE_STATE  # "Battle Creek, Mich.", "Ann Arbor, Mich."
    if prev in CUE_PREV or after == ", " or prev.endswith("-based"):
        brand_cues(text, s, e, prev, u)  # "the drug Wegovy", "Pornhub, owned by" ...
    if credit or prev == "from" and player_after_play(text, s):
        sc[PER] += W_CREDIT  # "By Jane Smith", "Photo: Kevin Winter/...", "a goal from Haaland"
        u.person = True
    elif prev == "from":
        origin_from(text, s, sc)  # "a 34-year-old man from Mirrabooka"
    if prev in _OF_AT:
        company_words_before(text, s, sc)  # "Shares of Instacart" too
        if prev == "of":
            place_words_before(text, s, u)  # "the state of Jharkhand"
    elif prev in BODY_NOUNS:
        company_words_before(text, s, sc)  # "the Peronist coalition Fuerza Patria"
    u.spans.append((s, e))


# the rejections of ``word_verdict``'s verdicts (``NEVER`` carries its own reason)
_REJECTIONS = {
    GENERIC: ("never:generic-word-alone", "names only inside a longer name"),
    HANDLE: ("never:handle", "a user name or a piece of an address"),
    LETTER: ("never:letter", "a letter and a word (H-bomb)"),
}


def headline_word(text: str, s: int, key: str, cands: Candidates) -> bool:
    """Is ``key`` at ``s`` a word of a headline, a name only where the body names it? Every
    unknown word of a title-case headline is; on a title-case line that is not plainly a
    headline, a common English word is ("An Ambitious, Divisive Legacy."), while a rarer
    one may still be a name ("Photo: Kevin Dietsch/Getty Images")."""
    kind = line_kind(text, s, cands.heads)
    return kind == HEADLINE or kind == TITLE_CASE and title_case_common(key)


def common_fragment(
    chunk: str, a: int, b: int, key: str, segs: list[Placed], prev: str | None, initial: bool
) -> bool:
    """Is ``key`` a common English word the plan cut from the capitals beside it: a piece
    of the run follows it ("the Golden Week", "Black Women's ...", "Crooked Hillary Clinton"),
    a name the plan kept comes just before it ("Gulf Power", "United States Citizenship
    and ..."), or it follows a connector inside the run ("Conference of Mayors", "System of
    Preferences", "Plaza of the Revolution")? Alone it names nothing: the name, if any, is
    the whole run, which the plan could not tell, so the fragment is dropped rather than
    shown as a name of its own. Not an acronym ("The INS ruled") and not after a word the
    plan dropped ("The Guard")."""
    if key.isupper() or key.lower() not in COMMON:
        return False
    if b < len(chunk) or any(sb == a - 1 for _, sb, *_ in segs):
        return True
    # after a connector with words before it: "Conference of Mayors", not "The Guard"; not
    # at a sentence's start, whose first word may be capitalised for it ("Shares of Meta")
    return not initial and prev in CONNECTORS and " " in chunk[: a - len(prev) - 1]


_QUOTE_OPEN = frozenset("\"“‘'`")  # prev_word's reading of an opening quote
# a quotation closed at once and its speaker: ,'' Albright exclaimed / ," she said
RULE_SHOW = "run:show-event"  # "the Chelsea Flower Show": ``works.show_title``


def maybe_title(text: str, s: int, cands: Candidates) -> None:
    """Note the title that starts at ``s`` if a work noun announces it."""
    title = title_at(text, s)
    if title is not None and (not cands.titles or cands.titles[-1][1] <= s):
        cands.titles.append(title)


def segmented(text: str, chunk: str, s: int, cands: Candidates) -> None:
    """A run of several words: its cached plan, then each unknown name scored in context."""
    if chunk[-2] == " " and lettered_common_word(chunk):
        if cands.rejected is not None:
            cands.rejected.append((s, s + len(chunk), LETTERED_RULE, "a kind, no name"))
        return
    if " Show" in chunk:
        show = show_title(chunk, s)
        if show is not None:
            show_start, show_end, show_name, show_label = show
            if show_label == "WORK_OF_ART":
                if not cands.titles or cands.titles[-1][1] <= s:
                    cands.titles.append((show_start, show_end, show_name))
            elif show_end == s + len(chunk) and show_start - s in (0, 4):  # all, or but "The "
                cands.found.append((show_start, show_end, show_label, show_name, RULE_SHOW))
                return
    if (" Base" in chunk or " Station " in chunk) and (a := military_base(chunk)) is not None:
        cands.found.append((s + a, s + len(chunk), "FAC", chunk[a:], RULE_BASE))
        return
    if chunk.endswith(EVENT_HEADS) and (a := historic_event(chunk)) is not None:
        cands.found.append((s + a, s + len(chunk), "EVENT", chunk[a:], RULE_EVENT))
        return
    if chunk.endswith(" Act") and (a := act_name_at(text, chunk, s)) is not None:
        cands.found.append((s + a, s + len(chunk), "LAW", chunk[a:], RULE_ACT))
        return
    initial = sentence_initial(text, s)
    found_plan = PLANS.get((chunk, initial))
    allcaps, segs, dropped = plan(chunk, initial) if found_plan is None else found_plan
    found = cands.found
    rejected = cands.rejected
    if rejected is not None:
        for a, b, rule in dropped:
            rejected.append((s + a, s + b, rule, f"inside {chunk!r}"))
    if dropped and chunk[-1].isupper() and chunk[-2] == " " and dropped[-1][0] == len(chunk) - 1:
        e = s + len(chunk)  # a lone letter the plan dropped ends the run: "Writing on X"
        if letter_platform(text, e - 1, e):
            found.append((e - 1, e, "ORG", chunk[-1], RULE_LETTER))
    if allcaps:
        for a, b, label, value, *_ in segs:
            if label is None:
                cands.caps_left.append((s + a, s + b, value))
            else:
                found.append((s + a, s + b, label, value, "lexicon:known-name-in-capitals"))
        return
    if not segs:
        if dropped and prev_word(text, s) in TITLE_CUES:
            maybe_title(text, s, cands)  # "her single Copper Rain": common words, one title
        return
    if len(segs) > 1:
        segs = branches_joined(text, s + len(chunk), chunk, segs)  # type: ignore[arg-type]
    if text[s - 1 : s] in '"“':
        maybe_title(text, s, cands)  # '"Tara Street"', '"The Rings of Power"' (its words known)
    unknown = cands.unknown
    cprev = cnext = ""
    looked = False
    for a, b, label, key, words, prev, nxt, ttl in segs:  # type: ignore[misc]
        a += s
        b += s
        if label is not None:
            if key in STATE_ABBREVIATIONS and text[b : b + 1] not in ".,":
                # "Sunday Mass at": a state's short form stands before a stop or a comma
                if rejected is not None:
                    rejected.append((a, b, "never:abbreviation-without-stop", "a common word"))
                continue
            found.append((a, b, label, key, "segment:known-name"))
            continue
        if (
            initial
            and a == s
            and len(words) == 1
            and common_word_opening_sentence(text, key, a, cands.common)
        ):
            if rejected is not None:
                rejected.append((a, b, "never:sentence-start", "a common word opening a sentence"))
            continue
        if (
            len(words) == 1
            and not ttl
            and common_fragment(chunk, a - s, b - s, key, segs, prev, initial)  # type: ignore[arg-type]
        ):
            if rejected is not None:
                rejected.append((a, b, "never:fragment", f"a common word cut from {chunk!r}"))
            continue
        u = unknown.get(key)
        if u is not None and len(u.spans) >= ENOUGH:
            u.spans.append((a, b))
            continue
        if not looked:
            cprev = prev_word(text, s)
            cnext = next_word(text, s + len(chunk))
            looked = True
            if title_cue(text, s, s + len(chunk), cprev):
                maybe_title(text, s, cands)  # "the podcast, New Heights"
        first = prev is None
        before = cprev if prev is None else prev
        after = cnext if nxt is None else nxt
        credit = (before in CREDIT_PREV or after == "/") and credited(text, a, b)
        if (
            cprev not in ENGLISH
            and cnext not in ENGLISH
            and not credit
            and headline_word(text, a, key, cands)
        ):
            cands.caps_left.append((a, b, key))
            continue
        if u is None:
            u = unknown[key] = Unknown(key)
        score_mention(
            words, u.score, before, after, ttl or before in TITLE_CAP, initial and first, key
        )
        if not credit and ttl and before in NAME_ONLY_TITLES:
            u.person = True  # "Mr. Bush": a person, though no full name explains him
        cues_around(text, a, b, before, after, words[0], credit, u)


def common_root(root: str) -> bool:
    """Is ``root`` (of a word for followers) a common word ("extrem(e)", "monarch")?"""
    low = root.lower()
    return low in COMMON or low in LOWER or low + "e" in COMMON or low + "e" in LOWER
