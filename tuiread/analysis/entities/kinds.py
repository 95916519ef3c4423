"""What the words of a name say of its kind, shared by the engine and the list builder.

Pure rules over the words of a name, with no word statistics: ``scripts/build_entity_lists.py``
maps the training file's "other" names (CoNLL MISC) to OntoNotes labels with them, and
``labels.onto_label`` labels the names it decides at run time with the same rules, so a name
gets one kind whether the lists know it or not.

1. ``is_handle``: "Fred_945", "PfASkm7vah": a user name or a piece of a web address, never
   a name.
2. ``AFFIX`` / ``is_affix_adjective``: "Atlanta-based", "NATO-led", "Soviet-style": an adjective
   made of a name; the lists never hold one, the run rules decide them all alike.
3. ``group_of_people``: "Islamists", "Westerners", "Hutus", "New Yorkers": people (NORP).
4. ``law_word_kind``: what a name ending in a law's word names: "Clean Air Act" is a LAW, the
   "Republican National Convention" a gathering (EVENT), the "National Baptist Convention" a
   church body and the "University School of Law" a school (ORG).
5. ``lone_event_word``: "Rally", "Revolution", "Games" alone name no event.
"""

from __future__ import annotations

import re

# "Tokyo-based", "Russian-made", "NATO-led", "Hollywood-level": an affix makes an adjective
# of a name.
AFFIX = re.compile(
    r"-(?:based|born|made|led|backed|owned|controlled|funded|run|speaking|registered|listed"
    r"|dominated|era|style|bound|sponsored|brokered|held|occupied|linked|affiliated|flagged"
    r"|language|area|wide|designed|built|supplied|manufactured|trained|armed|aligned"
    r"|level|grade|class|scale|sized|size|type|themed|inspired|focused)$"
)

# a digit run into lower-case letters ("PfASkm7vah", "4chan"), but not an ordinal or a
# decade ("21st", "1990s"); a number after a name is a model or a score ("Frog7", "F16")
_HANDLE = re.compile(r"[0-9](?!(?:st|nd|rd|th|s)\b)[a-z]")


def is_handle(word: str) -> bool:
    """ "Fred_945", "PfASkm7vah": a user name, a hashtag or a piece of a web address: an
    underscore, or a digit run into lower-case letters. A number after a name is a model
    ("Frog7", "AK-47", "F16"); ordinals and decades are words ("21st", "1990s")."""
    if word.isalpha():
        return False  # no digit, no underscore: most words are told here, without the regex
    return "_" in word or _HANDLE.search(word) is not None


def is_affix_adjective(name: str) -> bool:
    """ "Atlanta-based", "New York-based", "Soviet-style": a name made an adjective by an
    affix. The run rules label these (``runs.single_word``, ``segment.mixed_run``); a list
    entry would give one spelling a label the others do not get."""
    return AFFIX.search(name) is not None


# peoples and tribes named in news, which no country's demonym covers
PEOPLES = frozenset(
    """
    Hutu Tutsi Pashtun Pashtuns Tamil Tamils Sinhalese Uighur Uighurs Uyghur Uyghurs Zulu
    Xhosa Maori Inuit Bedouin Bedouins Druze Alawite Alawites Yazidi Yazidis Rohingya Berber
    Berbers Baluch Hazara Hazaras Kikuyu Luo Masai Maasai Ibo Igbo Yoruba Hausa Fulani Dinka
    Nuer Oromo Amhara Tigrayan Tigrayans Cherokee Navajo Sioux Apache Aborigine Aborigines
    Aboriginal Hispanic Hispanics Latino Latinos Latina Latinas Sephardic Ashkenazi
    Shiite Shiites Shia Sunnis Wahhabi Salafi Salafist Salafists Jihadist Jihadists Mormon
    Mormons Baptist Baptists Methodist Methodists Lutheran Lutherans Anglican Anglicans
    Evangelical Evangelicals Presbyterian Presbyterians Quaker Quakers Orthodox
    """.split()  # noqa: SIM905
)


def group_of_people(toks: list[str], demonyms: frozenset[str] | set[str]) -> bool:
    """ "Hutus", "Islamists", "Westerners", "New Yorkers", "Rwanda Hutus": a people, the
    followers of a creed or the dwellers of a place (NORP, as a nationality is). The plural
    of a known nationality or people, a name of a people, or a plural ending of followers
    ("-ists", "-ites") and dwellers ("-erners", "New Yorkers")."""
    last = toks[-1]
    if last in PEOPLES or last in demonyms:
        return True
    if last.endswith("s") and (last[:-1] in PEOPLES or last[:-1] in demonyms):
        return True
    if last.endswith(("ists", "ites", "erners")):
        return len(last) > 6
    # "New Yorkers", "Angelenos" are too varied: only a place word + "-ers" ("Yorkers")
    return len(toks) > 1 and last.endswith("ers") and toks[0] in ("New", "North", "South")


# the colours that name a people, capitalised, before a noun of people ("a Black man", "White
# voters", "Black communities"): NORP, not the surname "Black" nor the word alone
RACE_WORDS = frozenset(("Black", "White", "Brown"))
PEOPLE_NOUNS = frozenset(
    """
    man men woman women people person persons voters Americans Britons residents community
    communities students families children boy boys girl girls youth officers candidates
    neighborhood neighborhoods neighbourhood neighbourhoods workers patients churches
    """.split()  # noqa: SIM905
)


def race_before_people(word: str, nxt: str) -> bool:
    """ "a 23-year-old Black man", "White voters": a colour naming a people, before a noun of
    people, is a NORP (see ``RACE_WORDS``)."""
    return word in RACE_WORDS and nxt in PEOPLE_NOUNS


# the last words of a region's name: after a known place the region ("Kherson Oblast", "Leon
# County"), and no body's name ends in one ("Federal Capital Territory")
REGION_WORDS = frozenset(("County", "Territory", "Province", "Prefecture", "Oblast", "Governorate"))
LAW_WORDS = frozenset(
    "Act Bill Treaty Law Accord Accords Agreement Convention Constitution Amendment Pact".split()  # noqa: SIM905
)
# churches and other bodies that call themselves a convention ("Southern Baptist Convention")
_CHURCH_WORDS = frozenset(
    "Baptist Baptists Methodist Lutheran Episcopal Presbyterian Evangelical Pentecostal".split()  # noqa: SIM905
)
# parties and movements meet in conventions ("Republican National Convention")
_GATHERING_WORDS = frozenset(
    """
    National Republican Democratic Democrat Libertarian Green Labour Labor Constitutional
    Party Annual State Nominating Leadership
    """.split()  # noqa: SIM905
)
# where "Law" is what is taught or studied, not a law: "School of Law", "Law School"
_SCHOOL_WORDS = frozenset("School College Faculty Institute Center Centre Department".split())  # noqa: SIM905


def law_word_kind(toks: list[str]) -> str | None:
    """The label of a name of two words or more ending in a law's word ("Act", "Convention",
    "Law"); None when the last word is none. A "Convention" is a church body after a church's
    word ("National Baptist Convention": ORG), a gathering after a party's or a meeting's word
    ("Republican National Convention": EVENT), otherwise a treaty ("Refugee Convention",
    "Geneva Convention": LAW). "Law" after a school's word is what is taught there
    ("University School of Law": ORG)."""
    if len(toks) < 2 or toks[-1] not in LAW_WORDS:
        return None
    last = toks[-1]
    if last == "Convention":
        if any(t in _CHURCH_WORDS for t in toks[:-1]):
            return "ORG"
        if toks[-2] in _GATHERING_WORDS:
            return "EVENT"
    if last == "Law" and (len(toks) > 2 and toks[-2] == "of" and toks[-3] in _SCHOOL_WORDS):
        return "ORG"
    return "LAW"


EVENT_WORDS = frozenset(
    """
    Cup Championship Championships Open Games Olympics Olympic War Grand Prix Tour Masters
    Classic Trophy Series Bowl Festival Revolution Summit Conference Rally Marathon Derby
    Final Finals
    """.split()  # noqa: SIM905
)
# a storm's word before its name: "Hurricane Hugo", "Typhoon Haiyan" (OntoNotes: an EVENT)
STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm".split())  # noqa: SIM905
# "Hurricanes Helene and Milton": two storms named with one plural word
STORM_PLURALS = {"Hurricanes": "Hurricane", "Typhoons": "Typhoon", "Cyclones": "Cyclone"}
STORM_WORDS = STORM_WORDS | frozenset(STORM_PLURALS)
# event words that name one event alone: "the Olympics", "the Olympic flame"
_EVENT_ALONE = frozenset(("Olympics", "Olympic"))


def lone_event_word(toks: list[str]) -> bool:
    """ "Rally", "Revolution", "Games", "Series": an event's word alone names no event ("the
    Rally", "the Revolution" need the name before them), except "Olympics"."""
    return len(toks) == 1 and toks[0] in EVENT_WORDS and toks[0] not in _EVENT_ALONE


def funding_round(toks: list[str]) -> bool:
    """ "Series D", "Series H", "Class A": a round of funding or a class of shares, no
    event (a word of a series and one capital letter)."""
    return len(toks) == 2 and toks[0] in ("Series", "Class") and len(toks[1]) == 1


# The news agencies' abbreviations of the US states ("Avon, Conn.", "Louisville, Ky."):
# places wherever a full stop or a comma follows them (``runs``: several are also words or
# surnames: "Mass", "Kan"). Not "Del", "La" and "Miss": a title and particles of names
# ("Del. Stacey Plaskett", "Del Monte", "La Jolla", "Miss Universe").
US_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip


# "-ist" words that are names of their own: Scandinavian family names ("Lindqvist",
# "Bergquist") and "Christ"
_NOT_FOLLOWERS = ("quist", "qvist", "Christ")


def follower_root(word: str) -> str | None:
    """The leader's or the creed's name in a capitalised word for its followers ("Peron" in
    "Peronist", "Trotsky" in "Trotskyists"), or None for no such word; a word of six letters
    or fewer is left ("Twist"). The caller turns down a root that is a common word
    ("Extremists", "Monarchists": common nouns, capitalised to open a sentence)."""
    if len(word) <= 6 or not word[1:].islower() or word.endswith(_NOT_FOLLOWERS):
        return None
    if word.endswith("ists"):
        return word[:-4]
    return word[:-3] if word.endswith("ist") else None
