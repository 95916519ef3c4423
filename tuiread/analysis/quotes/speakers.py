"""Rule 4, naming the speaker: from the words that mention a speaker to a canonical name.

A pronoun stands for, in this order: the subject of its own sentence ("Clinton says she
..."; or of the clause after a colon in it), the name right after the opening clause that
holds it ("Although he called it "a disaster," Mr. LaMothe said"), the subject of the
sentence before ("Saddam Hussein urged his people on. "Fight them," he said"), a person
named by role who spoke since ("the spokeswoman said"), the speaker named last nearby, the
person named last outside quotations; "he" and "she" only for a person, of their sex when a
role, a given name or "Mr."/"Ms." tells it; "they" and "it" never for one person, and
"they" only for a plural or a body; a chain of pronouns is followed back to a name, never
into a heading. "his" and "its" (``his claim that "...``) resolve like "he" and "it". "I"
and "we" are the writer, whom the text does not name. A relative "who" or "which" stands
for the name before it ("McConnell, now the majority leader, who said"). Surnames and
titles ("Minister Kono") resolve to the full name in the entity spans (their ``value``) or
in the text ("Taro Kono"); an office between a party and a name gives the name
("Republican leader Mark Hollis"); people named by whom they work for keep the organisation
("Analysts at Barclays"); an organisation's mouthpiece ("the Japanese Foreign Ministry's
press service") and the documents it issues ("the statement") resolve to the organisation;
any other noun phrase ("the spokesman") stands as it is, without its article. A speaker read
in a heading is cut to the name it opens with ("Elizabeth Warren Hammers Wells Fargo CEO:
'...'").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from tuiread.model import Span

from .backrefs import (
    BACK_POINTING,
    FEMALE_WORDS,
    MALE_WORDS,
    SEXED_TITLES,
    couple,
    interviewee,
    kin_named,
    kin_surname,
    labelled_turn,
    nationality_named,
    nationality_subject,
    one_of,
    organisation_before,
    owned_sex,
    person_of_a_place,
    plural_by_verb,
    pointed_back,
    sexed_surname,
)
from .lexicon import (
    CLOSERS,
    CONNECTORS,
    DETERMINERS,
    FEMALE_NAMES,
    ISSUED,
    MALE_NAMES,
    MEMBER_OF,
    MONTHS,
    MOUTHPIECES,
    ORG_HEADS,
    PERSON_ROLES,
    PERSONISH,
    POSSESSIVES,
    PRONOUNS,
    ROLE_PHRASE,
    SENT_END,
    SPACE,
    SPEAKS,
    SPEECH_SET,
    SPOKE,
    STOP_CAPS,
    SUBORDINATORS,
    TITLES,
)
from .names import common_noun, document, member_of, person_of, prefixes, titled_name, verb_glued
from .phrase import base_word, title_then_name
from .records import Speaker
from .subjects import (
    CLAUSE_OPENINGS,
    RELATIVES,
    sentence_subject,
    subject_at,
    subject_back,
    subject_forward,
)
from .text import (
    QuotedRuns,
    clause_after_colon,
    heading,
    previous_sentence_start,
    sentence_start,
    tokens,
    word_start,
)

_CHAIN = 3  # pronouns followed back to a name
_HONORIFIC_REACH = 3000  # characters before a pronoun searched for "Ms. Surname"
_NEAR = 1200  # characters within which the last speaker is what a pronoun points back to
_FEMALE, _MALE = FEMALE_WORDS, MALE_WORDS
_START = attrgetter("start")
_HIS_HER = frozenset(("his", "His", "her", "Her"))
# Nouns that "the ..." uses for an organisation named shortly before ("the company said")
_FIRMS = frozenset(("company", "firm", "utility", "carrier", "airline", "retailer", "automaker"))


class Resolver:
    """Canonical names for speaker mentions, read in text order (a pronoun points back to
    the last person remembered)."""

    __slots__ = (
        "text",
        "n",
        "ent_starts",
        "ents",
        "names",
        "last_person",
        "last_person_at",
        "last_person_sex",
        "last_any",
        "last_any_at",
        "last_any_person",
        "runs",
        "names_elsewhere",
        "sexes",
        "answers",
    )

    def __init__(self, text: str, entities: Sequence[Span], runs: QuotedRuns) -> None:
        self.text = text
        self.n = len(text)
        ents = [e for e in entities if e.kind == "entity"]
        ents.sort(key=_START)
        self.ents = ents
        self.ent_starts = [e.start for e in ents]
        self.names: dict[str, str | None] = {}
        self.last_person: str | None = None
        self.last_person_at = -(10**9)
        self.last_person_sex = ""
        self.last_any: str | None = None
        self.last_any_at = -(10**9)
        self.last_any_person = False
        self.runs = runs
        self.names_elsewhere: frozenset[str] | None = None
        self.sexes: dict[str, str] = {}
        self.answers: str | None | bool = False  # the one interviewed, once looked for

    def canonical(self, s: int, e: int, depth: int = 0) -> tuple[str | None, str]:
        """The canonical name for the mention ``text[s:e]`` and the rule that gave it; the
        name is None for a pronoun nobody before it can be ("I", or "he" in the opening
        sentence). A pronoun whose antecedent is another pronoun follows the chain back a
        few sentences ("She ... She said she ...")."""
        text = self.text
        mention = text[s:e]
        base = base_word(mention)
        if base != mention and base in PRONOUNS:
            mention = base  # "I'm", "They've": the pronoun
            e = s + len(mention)
        first = mention.split(" ", 1)[0]
        if mention in RELATIVES:
            return self._antecedent(s, depth), "speaker:relative pronoun->the name before it"
        if first in PRONOUNS or mention in POSSESSIVES:
            kind = PRONOUNS.get(first) or POSSESSIVES[mention]  # "he"; "his" claim
            sent = sentence_start(text, s, self.runs)
            if kind in "mf":
                head = self._enclosing_subject(sent, s, kind, depth)
                if head is not None:
                    return head, "speaker:pronoun->subject of the clause around it"
            if kind != "s":
                head = self._subject_named(sent, s, kind, depth)
                if head is None and (colon := clause_after_colon(text, sent, s)) > sent:
                    head = self._subject_named(colon, s, kind, depth)  # "ties: Trump said he"
                if head is not None:
                    return head, "speaker:pronoun->subject of its sentence"
            if kind in "mf":
                head = self._main_clause_subject(sent, s, kind, depth)
                if head is not None:
                    return head, "speaker:pronoun->subject of the main clause after it"
            if kind != "s":
                before = previous_sentence_start(self.text, sent, self.runs)
                head = None if before is None else self._subject_named(before, sent, kind, depth)
                if head is not None:
                    return head, "speaker:pronoun->subject of the sentence before"
            if kind in "mf":
                return self._nearest_person(s, kind), "speaker:pronoun->person named last"
            if kind in "pn":
                # "they" and "it" stand for a body or a group, never for one person
                near = (
                    self.last_any
                    if s - self.last_any_at < _NEAR and not self.last_any_person
                    else None
                )
                return near, "speaker:pronoun->last speaker"
            if first == "I":
                who = interviewee(self, s)
                if who is not None:
                    return who, "speaker:first-person->the one interviewed"
                who = labelled_turn(self, s)
                if who is not None:
                    return who, "speaker:first-person->the speaker the line is labelled with"
            return None, "speaker:first-person"  # the writer, whose name the text does not give
        if first in _HIS_HER and " " in mention and depth < _CHAIN:
            whose = self.canonical(s, s + len(first), depth + 1)[0]
            if whose:
                # "Her office said", "his spokesman said": whose, as the pronoun resolves
                # ("its" and "their" stand for bodies too loosely to name them here)
                thing = mention.split(" ", 1)[1]
                if kin := kin_named(self, whose, thing, s):  # "Her father": Harold Jensen
                    return kin, "speaker:family word->the relative named before"
                return f"{whose}'s {thing}", "speaker:possessive pronoun->owner"
        ent = self._entity_at(s, e)
        words = mention.split()
        if (  # "the Dutchman": the person, as "he" would be
            len(words) == 2
            and first == "the"
            and ent is not None
            and ent.label == "NORP"
            and (found := nationality_named(self, words[1].rstrip(".,"), s, depth))
        ):
            return found
        member = member_of(words)
        if member:
            return member, "speaker:people of an organisation"
        owned = self._mouthpiece_owner(words, s)
        if owned:
            return owned, "speaker:organisation->its mouthpiece"
        if mention[:1].isupper() and first.lower() not in DETERMINERS:
            owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), -1)
            if owner >= 0 and "of" not in words[:owner]:
                # ("Renyu Hu of NASA's Ames Research Center": the head is before "of")
                rest = words[owner + 1 :]
                k = next((n for n, w in enumerate(rest) if w[:1].isupper()), 0)
                if k and title_then_name(rest, 0) == len(rest) - 1:
                    rest = rest[k:]  # "Ashby City's striker Jonny Okafor": the name
                if rest[0][:1].isupper():  # "Hewlett-Packard's Mr. Archuleta"
                    at = e - len(" ".join(rest))
                    return self._person_name(rest, self._entity_at(at, e), at)
                return mention, "speaker:possessive phrase"  # "the Ministry's press service"
            if who := person_of_a_place(self, s, e):
                return who, "speaker:person of a place"
            if (
                words[-1].rstrip(".,") in ORG_HEADS
                and not (ent and ent.label == "PERSON")
                and not person_of(words)
            ):
                # "Security Council": an organisation, whose words are no titles to drop
                if ent is not None and ent.value and ent.end >= e - 1 and ent.start <= s + 4:
                    return ent.value, "speaker:entity value"
                return mention, "speaker:organisation as written"
            return self._person_name(words, ent, s)
        # a noun phrase: "the statement", "a Joint Chiefs of Staff (JCS) official"
        if document(words):
            author = self._document_author(e, depth)
            if author:
                return author, "speaker:document->its author"
            body = self._issuer(s, depth)
            if body:
                return body, "speaker:document->issuer"
        if (
            ent is not None
            and ent.value
            and ent.label in ("ORG", "PERSON", "GPE", "NORP")
            and ent.end >= e - 1
            and (ent.start <= s + 4 or ent.label == "PERSON")
        ):
            # the entity is the whole phrase, or the person it ends with ("a buoyant Gen.
            # Norman Schwarzkopf", "retired Air Force general Lloyd Newton")
            return ent.value, "speaker:entity value"
        named = titled_name(words)
        if named:
            return self._person_name(named, None, s)
        if len(words) == 2 and words[0].lower() == "the" and words[1] in _FIRMS:
            body = organisation_before(self.text, self.ents, self.ent_starts, self.runs, s)
            if body:
                return body, "speaker:the company->organisation named before"
        if mention == "One":
            found = one_of(self, s)  # "Labour councillors defended it. One, who ..."
            if found is not None:
                return found
        if len(words) == 2 and words[0].lower() in BACK_POINTING:
            found = pointed_back(self, words[1].rstrip(".,"), s)  # "the senator", "that person"
            if found is not None:
                return found
        if words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
            return " ".join(words[1:]), "speaker:noun phrase"
        return mention, "speaker:noun phrase"

    def _antecedent(self, s: int, depth: int) -> str | None:
        """What the relative pronoun at ``s`` stands for: the noun phrase or name right
        before it, past an appositive ("McConnell, now the Senate majority leader, who")."""
        if depth >= _CHAIN:
            return None
        lo = max(0, s - 200)
        end = s
        while end > lo and self.text[end - 1] in " \t\u00a0—–":
            end -= 1  # "The governor — who has called it": past the dash
        sp = subject_back(self.text, lo, end if end < s - 1 else s)
        if sp is None:
            # "Smith, who has called it ...": a name right before the comma, with no
            # appositive for the comma to close
            comma = self.text.rfind(",", lo, s)
            if comma > lo and not self.text[comma + 1 : s].strip():
                sp = subject_back(self.text, lo, comma)
        if sp is None or self.runs.overlapping(sp[0], sp[1]):
            return None
        return self.canonical(sp[0], sp[1], depth + 1)[0]

    def _mouthpiece_owner(self, words: list[str], s: int) -> str | None:
        """The organisation that speaks through "its press service", "its spokesman" ("the
        Japanese Foreign Ministry's press service"): the owner's canonical name, or None
        when the owner is no organisation ("Clinton's spokesman" stays as written)."""
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), -1)
        if owner < 0 or words[-1].lower().rstrip(".,") not in MOUTHPIECES:
            return None
        if not all(w.islower() for w in words[owner + 1 :]):
            return None  # "Hewlett-Packard's Mr. Archuleta": a person
        names = words[1 if words[0].lower() in DETERMINERS else 0 : owner + 1]
        if not names or not all(w[:1].isupper() or w in CONNECTORS for w in names):
            return None
        last = names[-1][:-2]
        at = self.text.find(words[owner], s) + len(last)
        ent = self._entity_at(at - 1, at)
        if ent is not None and ent.label in ("ORG", "GPE", "NORP"):
            if ent.value and ent.end <= at + 2:
                return ent.value
        elif last not in ORG_HEADS:
            return None
        return " ".join([*names[:-1], last])

    def _subject_named(self, sent: int, end: int, kind: str, depth: int) -> str | None:
        """The name of the subject opening the sentence at ``sent`` ("Clinton says she ...",
        "Clinton's campaign contrasts ... what they call"), if a pronoun of ``kind`` can
        stand for it: a person for "he" and "she", any noun phrase for "they" and "it".
        None when that subject is itself a pronoun or quoted words."""
        sp = sentence_subject(self.text, sent, end)
        if sp is None or sp[1] > end or self.runs.overlapping(sp[0], sp[1]):
            return None
        word = self.text[sp[0] : sp[1]]
        if word in PRONOUNS:
            if PRONOUNS[word] != kind or depth >= _CHAIN:
                return None
            return self.canonical(sp[0], sp[1], depth + 1)[0]  # "She ... she said"
        if word == "One" and kind in "mf" and (found := one_of(self, sp[0])):
            return found[0]  # "One of them, a software engineer ..., said she"
        if kind in "mf" and depth < _CHAIN and (who := nationality_subject(self, sp, depth)):
            return who  # "The Slovenian ... took the jersey. "...," he said": Pogacar
        if kind in "mf" and (
            not self._personish(sp[0], sp[1], kind) or plural_by_verb(self.text, *sp)
        ):
            return None  # "Islanders estimate he made 60,000 crossings. His widow"
        if kind in "pn":
            ent = self._entity_at(*sp)
            if ent is not None and ent.label == "PERSON" and ent.end >= sp[1] - 1:
                return None  # "they" and "it" never stand for one person
            words = word.split()
            if (
                words[0].lower() in DETERMINERS
                and words[-1].islower()
                and (kind == "p") != words[-1].endswith("s")
            ):
                return None  # "the statement" is no "they", "the critics" no "it"
        name, _ = self.canonical(*sp)
        if name and kind in "mf" and self.sex_of(name, end) not in ("", kind):
            return None  # "Melanie said ... he": not her
        return name

    def _enclosing_subject(self, sent: int, s: int, kind: str, depth: int) -> str | None:
        """The person a "he" or "she" inside a clause points to: the subject of the nearest
        clause around it, not the sentence's ("Meta said it would cut jobs, as Mark
        Zuckerberg doubles down on what he has called ..."). Clause openings are read back
        from the pronoun (a comma, "as", "when", "what", "that" ...); an opening whose
        subject is the pronoun itself is passed when a word opens it (the pronoun's clause
        sits inside the one before), and ends the search when a comma does (", he said":
        the pronoun opens its own clause). None when the clause around it is the sentence
        (its subject is read by the rules after this one) or names no person."""
        text = self.text
        toks = tokens(text, max(sent, s - 200), s)
        n = len(toks)
        for _ in range(4):
            # the nearest opening before token n: a word that opens a clause, or a comma
            n -= 1
            while n >= 0:
                word = text[toks[n][0] : toks[n][1]]
                if word.lower() in CLAUSE_OPENINGS or word[-1] in ",;":
                    break
                n -= 1
            if n < 0:
                return None  # the clause around it is the sentence
            comma = text[toks[n][1] - 1] in ",;"
            k = n + 1
            while k < len(toks) and text[toks[k][0] : toks[k][1]].lower() in CLAUSE_OPENINGS:
                k += 1
            if k >= len(toks):
                if comma:
                    return None  # ", as he said": the pronoun opens its own clause
                continue
            at = toks[k][0]
            sp = subject_at(text, at, s)
            if sp is None or self.runs.overlapping(*sp):
                return None
            word = text[sp[0] : sp[1]]
            if word in PRONOUNS:
                if PRONOUNS[word] != kind or depth >= _CHAIN:
                    return None
                return self.canonical(sp[0], sp[1], depth + 1)[0]  # "when she ... what she"
            if not self._personish(sp[0], sp[1], kind):
                return None
            name = self.canonical(sp[0], sp[1], depth + 1)[0]
            return name if name and self.sex_of(name, s) in ("", kind) else None
        return None

    def _main_clause_subject(self, sent: int, s: int, kind: str, depth: int) -> str | None:
        """The name a pronoun in an opening clause points forward to: "Although he called
        the plan "a disaster" last year, Mr. LaMothe said ..." (a person of the pronoun's
        sex, named right after the comma that closes the clause)."""
        text = self.text
        first = text[sent : sent + 12].split(" ", 1)[0]
        if first not in SUBORDINATORS or s - sent > 200:
            return None
        comma = text.find(",", s, min(len(text), sent + 240))
        if comma < 0:
            return None
        k = comma + 1
        while k < len(text) and (text[k] in SPACE or text[k] in CLOSERS):
            k += 1  # '..."a disaster," Mr. LaMothe': past the closing mark
        sp = sentence_subject(text, k, min(len(text), k + 120))
        if sp is None or sp[0] != k or not self._personish(sp[0], sp[1], kind):
            return None
        name = self.canonical(sp[0], sp[1], depth + 1)[0]
        if name and self.sex_of(name, k) in ("", kind):
            return name
        return None

    def in_heading(self, sp: Speaker) -> Speaker:
        """A speaker read in a heading, cut to the name it opens with ("Elizabeth Warren
        Hammers Wells Fargo CEO: '...'" -> "Elizabeth Warren"): the longest run of its
        first words that the entity spans name elsewhere, else the words before a
        capitalised speech verb ("Wells Fargo Chief Says"); as it is when neither shows."""
        s, e = sp
        text = self.text
        if text.count(" ", s, e) < 2 or not heading(text, s):
            return sp
        names = self.names_elsewhere
        if names is None:
            names = self.names_elsewhere = frozenset(
                t for ent in self.ents for t in (ent.text, ent.value) if t and " " in t
            )
        ends = [s + len(w) for w in prefixes(text[s:e])]
        for end in reversed(ends[:-1]):
            if text[s:end] in names:
                return (s, end)
        for k, end in enumerate(ends[1:], 1):
            word = text[ends[k - 1] + 1 : end]
            if word.lower() in SPEECH_SET:
                return (s, ends[k - 1])
        return sp

    def _personish(self, s: int, e: int, kind: str) -> bool:
        """The words can name a person: a name (capitalised, not an opening word, not an
        organisation by its entity label or its last word: "Savin Corp."), a role ("the
        spokeswoman", of the pronoun's sex), or a description and a name ("presidential
        nominee Hillary Clinton"); not what a name owns ("Polly Peck's acquisition")."""
        mention = self.text[s:e]
        words = mention.split()
        if words and (
            mention[:1].islower() or words[0].lower() in DETERMINERS or words[-1][:1].islower()
        ):
            of = next((k for k, w in enumerate(words[1:], 1) if w in MEMBER_OF), len(words))
            role = words[of - 1].lower().rstrip(".,")  # "a spokesman for the company"
            if role in PERSON_ROLES:  # "the spokeswoman", "a senior official"
                return role not in (_FEMALE if kind == "m" else _MALE)
            named = titled_name(words)  # "presidential nominee Hillary Clinton"
            if not named:
                return False
            words = named[1:] if named[0][:1].islower() else named
            s = e - len(" ".join(words))
        if not words or not words[0][:1].isupper() or words[0] in STOP_CAPS:
            return False
        ent = self._entity_at(s, e)
        if ent is not None and ent.start <= s + 4:
            return ent.label == "PERSON"
        last = words[-1].rstrip(".,")
        return words[-1] not in ORG_HEADS and last not in ORG_HEADS and not common_noun(words)

    def remember(self, name: str | None, s: int, e: int) -> None:
        """Note the speaker just named: the last person (a name, or a role that tells a
        pronoun's sex) and the last speaker of any kind, for the pronouns that follow."""
        if not name:
            return
        first = self.text[s:e].split(" ", 1)[0]
        if first in PRONOUNS:
            return
        self.last_any = name
        self.last_any_at = e
        ent = self._entity_at(s, e)
        self.last_any_person = ent is not None and ent.label == "PERSON"
        words = name.split()
        role = words[-1].lower()
        if (
            words[0][:1].isupper()
            and all(w[:1].isupper() or w in CONNECTORS for w in words)
            and words[-1] not in ORG_HEADS
            and not name.endswith(("'s", "’s"))
        ):
            self.last_person = name  # a person's name, not "the statement" or "Police"
            self.last_person_at = e
            self.last_person_sex = ""
        elif role in PERSON_ROLES:  # "a Sun spokesman": a person, whose sex the role may say
            self.last_person = name
            self.last_person_at = e
            self.last_person_sex = "f" if role in _FEMALE else "m" if role in _MALE else ""

    def _entity_at(self, s: int, e: int) -> Span | None:
        """The longest entity span overlapping ``s..e`` (looked for among the few before it)."""
        if not self.ents:
            return None
        j = bisect_right(self.ent_starts, e - 1) - 1
        best = None
        while j >= 0:
            ent = self.ents[j]
            if (
                ent.end > s
                and ent.start < e
                and (best is None or ent.end - ent.start > best.end - best.start)
            ):
                best = ent
            if ent.start < s - 200:
                break
            j -= 1
        return best

    def _role_before(self, s: int, kind: str) -> str | None:
        """A person named by role who speaks ("the spokeswoman said", not "Shekar, a
        customs officer in Egypt") since the last speaker and within a few hundred
        characters before ``s``, of the pronoun's sex if the role says."""
        lo = max(self.last_person_at, s - 400, 0)
        last = None
        for m in ROLE_PHRASE.finditer(self.text, lo, s):
            role = m.group("role").lower()
            if (
                not self.runs.inside(m.start())
                and role not in (_FEMALE if kind == "m" else _MALE)
                and (
                    SPEAKS.match(self.text, m.end(), s)
                    or SPOKE.search(self.text, max(0, m.start() - 14), m.start())
                )
            ):
                last = m
        if last is None:
            return None
        return self.canonical(*last.span(), depth=_CHAIN)[0]

    def _speaking_person_before(self, s: int, kind: str) -> str | None:
        """A person whose speech the narration reports since the last speaker ("flanked by the
        president, Marcus Ellery, who said the two sides ...", "Ellery said the gap ..."):
        the "he" of the quote after is them, not the speaker before, if the sex agrees."""
        if not self.ents:
            return None
        lo = max(self.last_person_at, s - 400, 0)
        j = bisect_right(self.ent_starts, s) - 1
        while j >= 0 and self.ents[j].start >= lo:
            ent = self.ents[j]
            j -= 1
            if ent.label != "PERSON" or ent.end > s or self.runs.inside(ent.start):
                continue
            at = ent.end + 5 if self.text.startswith(", who ", ent.end) else ent.end
            if SPEAKS.match(self.text, at, s) is None:
                continue
            name = ent.value or ent.text
            if self.sex_of(name, s) in ("", kind):
                return name
        return None

    def sex_of(self, name: str, at: int) -> str:
        """ "m" or "f" when the name tells a person's sex: the family word or role after an
        owner ("Ann Lee's father"), its given name ("Donald Trump", "Melanie"), or "Mr."/"Mrs."/"Ms." before its surname in the few thousand characters
        before ``at``; "" when nothing does. Cached by name: three bounded ``str.find``
        calls per name at most, so the work stays linear whatever the text."""
        if name in self.sexes:
            return self.sexes[name]
        words = name.split()
        sex = owned_sex(words)
        if words and not sex and not any(w.endswith(("'s", "’s")) for w in words):
            first = words[0]
            if first in MALE_NAMES and first not in FEMALE_NAMES:
                sex = "m"
            elif first in FEMALE_NAMES and first not in MALE_NAMES:
                sex = "f"
            elif words[-1][:1].isupper() and not couple(self.text, words[-1], at):
                # (a couple's surname takes both "Mr." and "Mrs.": it tells no one's sex)
                last = words[-1]
                lo, hi = max(0, at - _HONORIFIC_REACH), at + 200
                he = self.text.find("Mr. " + last, lo, hi) >= 0
                she = (
                    self.text.find("Mrs. " + last, lo, hi) >= 0
                    or self.text.find("Ms. " + last, lo, hi) >= 0
                )
                sex = "m" if he and not she else "f" if she and not he else ""
        self.sexes[name] = sex
        return sex

    def _nearest_person(self, s: int, kind: str) -> str | None:
        """The person a pronoun of ``kind`` at ``s`` points to: the speaker named last if
        near (and not "a spokeswoman" for a "he"), else the person named last outside
        quotations (entity spans, else a name-like pair)."""
        role = self._role_before(s, kind)
        if role is not None:
            return role
        person = self._speaking_person_before(s, kind)
        if person is not None:
            return person
        if (
            self.last_person is not None
            and s - self.last_person_at < _NEAR
            and self.last_person_sex in ("", kind)
            and self.sex_of(self.last_person, s) in ("", kind)
        ):
            return self.last_person
        if self.ents:
            j = bisect_right(self.ent_starts, s) - 1
            while j >= 0 and self.ents[j].start > s - 3000:
                ent = self.ents[j]
                if ent.label == "PERSON" and not self.runs.inside(ent.start):
                    name = ent.value or ent.text
                    if self.sex_of(name, s) in ("", kind):
                        return name
                j -= 1
        last = None
        for found in PERSONISH.finditer(self.text, max(0, s - 600), s):
            if not heading(self.text, found.start()):
                last = found  # a heading's capitals are no name ("Says Bank Will Change")
        if last is None:
            return None
        words = last.group().split()
        if words[0] in STOP_CAPS or words[0] in MONTHS or words[-1] in ORG_HEADS:
            return None
        named = self._entity_at(last.start(), last.end())
        if named is not None and named.label != "PERSON":
            return None  # "in Harehills Lane": a street, a place or a body is no "she"
        name = self._person_name(words, None, s)[0]
        return name if self.sex_of(name, s) in ("", kind) else None

    def _person_name(self, tokens: list[str], ent: Span | None, at: int) -> tuple[str, str]:
        """A name without its titles and offices, made whole from the entity spans (their
        ``value``) or from the first "Given Surname" in the text for a bare surname."""
        # drop leading titles and offices ("Vice Foreign Minister Shinsuke Sugiyama")
        cut = 0
        for k, t in enumerate(tokens[:-1]):
            if t in TITLES or t.rstrip(".") in TITLES or (t.islower() and t.capitalize() in TITLES):
                cut = k + 1
        for k, t in enumerate(tokens[:-1]):
            if t.islower() and t not in CONNECTORS:
                cut = max(cut, k + 1)  # "Merrill Lynch food analyst William Maguire"
        core = [t for t in tokens[cut:] if not t.startswith("(")] or tokens
        if "of" in core[2:] or (cut and "of" in core[1:]):
            # "John Casesa of Schroder Wertheim", "Mr. Morgan of the Sierra Club": the
            # person, and the entity that names them rather than their organisation
            core = core[: core.index("of", 1)]
            at = self.text.find(core[0], at)
            ent = self._entity_at(at, at + len(core[0])) if at >= 0 else None
        if len(tokens) == 2 and tokens[0] in SEXED_TITLES:
            if other := sexed_surname(self, tokens, ent, at):
                return other, "speaker:title's sex->relative of that surname"  # not her husband
        elif len(core) == 1 and self.text[at - 2 : at] == ", " and self.names.get(core[0]) is None:
            full = kin_surname(self, core[0], at)  # "His grandson, Tyler,": Tyler Haines
            if full:
                self.names[core[0]] = full  # and so is a later "Tyler said"
                return full, "speaker:given name->family name of the relative"
        if (
            ent is not None
            and ent.value
            and ent.label in ("PERSON", "ORG")
            and not verb_glued(ent.value, core)
        ):
            vwords = ent.value.split()
            fuller = len(vwords) > 1 or len(core) > 1 or ent.label != "PERSON"
            if fuller and (core[-1] in vwords or len(core) == 1):
                given = self._given_name_first(core, ent)
                if given:
                    return given, "speaker:surname->full name in the text"
                return ent.value, "speaker:entity value"
        if len(core) == 1:
            full = self._full_name(core[0], at)
            if full:
                return full, "speaker:surname->full name in the text"
        if cut:
            return " ".join(core), "speaker:titles dropped"
        return " ".join(core), "speaker:name as written"

    def _given_name_first(self, core: list[str], ent: Span) -> str | None:
        """A lone word the entity spans call an organisation ("Park said", after "Elaine
        Park") whose first mention in the text follows a given name: the person's full
        name, since a speaker of that shape is a surname ("Park" is no company here)."""
        if ent.label != "ORG" or len(core) != 1 or ent.value != core[0]:
            return None
        full = self._full_name(core[0], ent.start)
        if full is None:
            return None
        first = full.split(" ", 1)[0]
        return full if first in MALE_NAMES or first in FEMALE_NAMES else None

    def _full_name(self, word: str, at: int) -> str | None:
        """The first "Given Surname" in the text for a bare surname (or "Kang Kyung-wha" for
        "Kang"): a few ``str.find`` calls, cached."""
        if word in self.names:
            return self.names[word]
        text = self.text
        found = None
        lo = max(0, at - 60_000)
        i = text.find(word, lo, at + 200)
        tries = 0
        n = len(word)
        while i >= 0 and tries < 30:
            tries += 1
            end = i + n
            if (i == 0 or not text[i - 1].isalnum()) and (end >= self.n or not text[end].isalnum()):
                k = i - 1
                if k > 0 and text[k] == " ":
                    ps = word_start(text, k, 30)
                    prev = text[ps:k]
                    if len(prev) == 2 and prev[1] == "." and ps > 1:  # a middle initial
                        ps2 = word_start(text, ps - 1, 30)
                        prev = text[ps2 : ps - 1] + " " + prev
                        ps = ps2
                    first = prev.split(" ", 1)[0]
                    ps0 = word_start(text, ps - 1, 29)
                    before = text[ps0 : ps - 1] if ps > 1 else ""
                    if (
                        first[:1].isupper()
                        and first.isalpha()
                        and not (before[:1].isupper() and before not in TITLES and before.isalpha())
                        and first not in TITLES
                        and first not in STOP_CAPS
                        and first not in ORG_HEADS
                        and not first.endswith(("ing", "ed", "ly"))
                    ):
                        found = prev + " " + word
                        break
                if end + 1 < self.n and text[end] == " " and "-" not in word:
                    ne = end + 1
                    while ne < self.n and (text[ne].isalnum() or text[ne] in "-'’"):
                        ne += 1
                    nxt = text[end + 1 : ne]
                    if "-" in nxt and nxt[:1].isupper():  # Korean order: Kang Kyung-wha
                        found = word + " " + nxt
                        break
            i = text.find(word, i + n, at + 200)
        self.names[word] = found
        return found

    def _document_author(self, e: int, depth: int) -> str | None:
        """Who wrote the document named just before ``e``, when the text says so right
        after it ("a statement from the company", "a letter by Senator Ellison"): that
        author's canonical name, before any guess at who issued the last statement."""
        text = self.text
        after = text[e : e + 6]
        cut = 6 if after.startswith(" from ") else 4 if after.startswith(" by ") else 0
        if not cut or depth >= _CHAIN:
            return None
        sp = subject_forward(text, e + cut, min(self.n, e + 120))
        if sp is None or sp[0] != e + cut or self.runs.overlapping(*sp):
            return None
        return self.canonical(sp[0], sp[1], depth + 1)[0]

    def _issuer(self, s: int, depth: int) -> str | None:
        """Who issued "the statement": the subject of the last "X said in a statement"."""
        text = self.text
        lo = max(0, s - 3000)
        best = None
        for best in ISSUED.finditer(text, lo, s):  # noqa: B007
            pass
        if best is None:
            return None
        sent = lo
        for sm in SENT_END.finditer(text, max(lo, best.start() - 300), best.start()):
            sent = sm.end()
        sp = subject_back(self.text, sent, best.start())
        if sp is None:
            return None
        if depth < _CHAIN and text[sp[0] : sp[1]] not in PRONOUNS:
            # the issuer's own canonical name: "the Japanese Foreign Ministry's press
            # service" -> "Japanese Foreign Ministry"
            name = self.canonical(sp[0], sp[1], depth + 1)[0]
            if name:
                return name
        words = text[sp[0] : sp[1]].split()
        while len(words) > 1 and (words[0] in STOP_CAPS or words[0] == "the"):
            words.pop(0)
        return " ".join(words) or None
