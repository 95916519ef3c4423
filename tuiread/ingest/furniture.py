"""Page furniture: lines of a scraped news page that are not part of the article.

Detected by general rules about the shape of a line and its neighbours, never by a list of
known strings (``python -m tuiread.ingest FILE`` shows which rule hid each line):

* image, link, meta: a Markdown image, a bare URL, "Published: <date>" / "5 min read";
* credit, caption: lines that open with a photo credit or a copyright sign, or close with
  one ("(AP Photo/...)", "REUTERS/..."); unfinished lines that end with a site's name
  (" - Sputnik International") or describe a picture ("in this undated photo");
* duplicate: two nearby unfinished lines saying the same thing (a caption printed twice),
  or a paragraph repeated verbatim;
* widget: short lines about commenting, logging in, subscribing, sharing, or a bare page
  label ("Share", "Tags: ...", "Related: ...");
* headline: another story's title inserted between paragraphs (a title-case line without
  final punctuation, long or beside other furniture; several such lines are the article's
  own section headings and stay);
* trailer, language: after the article's last paragraph, short title-case or all-caps lines
  ("Current News") and lines in another script or language than the article (a comment
  policy); such lines also go mid-text when short and unfinished or beside furniture.

Never furniture: hard-wrapped prose and rows of figures (tables, results). Markdown headings
and lines carrying on an unfinished sentence are never taken for headlines or trailers, and
a line that ends a sentence in the article's language (the standfirst, every paragraph) is
hidden only when it opens with a credit/copyright or repeats the paragraph above verbatim.
If every line looks like furniture, nothing is hidden.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\w.,'’\-]*")

# Sentence-final punctuation, in several scripts; closing quotes and brackets are looked through.
_FINAL = set(".!?…;:。！？؟।")
_CLOSERS = "\"'”’»›)]}」』）"

_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "for",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "into",
        "onto",
        "over",
        "after",
        "before",
        "vs",
        "via",
        "up",
        "off",
        "out",
        "per",
        "than",
        "about",
        "amid",
        "upon",
        "is",
        "are",
        "be",
        "its",
        "it's",
        "his",
        "her",
        "their",
        "our",
        "your",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "von",
        "van",
        "der",
        "den",
        "di",
        "da",
        "del",
        "y",
        "e",
        "et",
    ]
)

# Opening a line: a photo/image credit or a copyright notice.
_CREDIT_START = re.compile(
    r"""^\s*(?:
        [©℗]
      | \(c\)\s
      | copyright\b
      | (?:photo|photos|photograph|picture|pictures|image|images|illustration|graphic|
           video|footage|caption|credit|credits)(?:\s+(?:credit|by|courtesy|source))?\s*[:|/]
      | (?:photo|image|picture|media)s?\s+(?:by|courtesy|credit|copyright|source|caption)\b
      | (?:file\s+)?(?:photo|image)\s*[-–—/]\s
      | (?:[A-Z]{2,6}|getty|reuters|epa|anadolu)\s+(?:photo|images?|pictures?)\b
      | (?:\w+\s+)?getty\s+images\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Closing a line: "(AP Photo/Andy Wong)", "Photo: Reuters", "REUTERS/Kim Kyung-Hoon".
_CREDIT_END = re.compile(
    r"""(?:
        \(\s*(?:[A-Z]{2,6}\s+)?(?:photo|image|picture|file)\b[^()]{0,60}\)
      | \b(?:photo|image|picture|credit)s?\s*:\s*[^.!?]{1,60}
      | \b[A-Z]{2,10}/[A-Z][\w.\- ]{1,40}
      | ©\s*[^.!?]{1,60}\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Page metadata: "Published: 15 September 2017 10:45 GMT", "Updated 2 hours ago", "5 min read".
META_LINE = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\b\s*:?"
    r"(?=[^.!?]{0,80}$)(?=.*\d)"
    r"|\d+\s*(?:min|mins|minute|minutes)\s+read\b)",
    re.IGNORECASE,
)
# An unfinished line that describes a picture: "... in this undated photo released by KCNA".
_CAPTION_WORDS = re.compile(
    r"\b(?:pictured|photographed|(?:this|a|file|undated|handout)\s+(?:photo|image|picture)s?|"
    r"photo\s+(?:taken|released|provided|distributed)|handout|screen\s?(?:shot|grab)|"
    r"still\s+(?:image\s+)?from\s+(?:a\s+)?video)\b",
    re.IGNORECASE,
)
_RIGHTS = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_BARE_LINK = re.compile(r"^\s*<?(?:https?://|www\.|pic\.twitter\.com/)\S+>?\s*$", re.IGNORECASE)
# " - Sputnik International", " | The Site" at the end of a line without final punctuation.
_ATTRIBUTION = re.compile(r"\s[-–—|]\s+((?:[A-Z0-9][\w.&'’-]*\s?){1,4})$")

# Interaction with the page rather than the story: comments, accounts, sharing, ads.
_WIDGET = re.compile(
    r"""\b(?:
        comments?|commenting|commenters?|discussions?|
        log\s?-?\s?in|login|logged\s+in|sign\s?-?\s?(?:in|up)|registration|
        subscribe|subscribers?|newsletters?|unsubscribe|
        share\s+(?:this|on|via|the\s+story|article|story)|tweet|retweet|follow\s+us|like\s+us|
        read\s+(?:more|also|next|full)|see\s+also|recommended\s+for\s+you|trending\s+now|
        advertisement|advertising|sponsored|promoted\s+content|
        click\s+here|tap\s+here|download\s+(?:the|our)\s+app|cookies?|
        print\s+(?:this|article)|e-?mail\s+(?:this|article)|
        upvote|downvote|report\s+abuse|
        whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Ambiguous words that are a widget only when they open the line: "Share", "Related: ...",
# "Register", "Reply", "Print", "Email", "Follow", "More", "Next", "Previous".
# Page labels that are widgets whatever follows them ("More from Sputnik", "Most read").
_WIDGET_PHRASE = re.compile(
    r"^(?:related\s+(?:articles?|stories|news|coverage|content|topics)|"
    r"more\s+(?:from|on|news|stories|in)|top\s+stories|most\s+(?:read|popular|viewed|shared)|"
    r"latest\s+(?:news|stories)|continue\s+reading|view\s+(?:comments|gallery)|"
    r"skip\s+to|back\s+to\s+top|jump\s+to)\b",
    re.IGNORECASE,
)
# Ambiguous words that are a widget only as a label on their own ("Share", "Print",
# "Comments (3)") or before a separator ("Related: ...", "Tags: ...", "Watch: ...").
_WIDGET_WORD = re.compile(
    r"^(?:share|sharing|related|register|reply|replies|print|e-?mail|follow|next|previous|"
    r"more|tags?|topics?|join|watch|listen|menu|search|home|close|advertisement|"
    r"trending|recommended|popular|newsletter)\b\s*(?P<sep>[:»›>|]|\s-\s)?",
    re.IGNORECASE,
)


def _widget_label(core: str, n: int) -> bool:
    if n <= 8 and _WIDGET_PHRASE.match(core):
        return True
    match = _WIDGET_WORD.match(core)
    if not match:
        return False
    rest = core[match.end() :]
    return bool(match.group("sep")) or not any(ch.isalpha() for ch in rest)


_MEDIA_WORDS = re.compile(
    r"\b(?:international|news|agency|press|times|post|online|tv|media|daily|today|network|"
    r"photo|images|wire|journal|herald|tribune|gazette|radio|channel|\.com|\.org|\.net)\b",
    re.IGNORECASE,
)


# Function words of common languages: telling an English page from a Turkish comment policy.
_STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is that for it on was with as by at he she they be are from "
        "has have had not but this which will would said an were its their who been or",
        "fr": "le la les des et est une un du dans que qui pour pas sur au avec ce il elle sont",
        "de": "der die das und ist nicht ein eine mit den dem von zu auf für sich auch es im",
        "es": "el la los las de que y en un una por con para es del se su al lo como más",
        "it": "il la di che e un una per non sono del della con si gli le nel alla",
        "pt": "o a os as de que e em um uma para com não do da dos das por se ao",
        "nl": "de het een en van is dat op te zijn niet met voor die aan er maar",
        "tr": "ve bir bu da de için ile olan veya gibi çok daha ama ne mi değil olarak",
        "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke",
    }.items()
}


def script_of(ch: str) -> str | None:
    """A coarse script name for a letter (None for non-letters)."""
    if not ch.isalpha():
        return None
    o = ord(ch)
    if o < 0x0250 or 0x1E00 <= o < 0x1F00:
        return "latin"
    if 0x0370 <= o < 0x0400 or 0x1F00 <= o < 0x2000:
        return "greek"
    if 0x0400 <= o < 0x0530:
        return "cyrillic"
    if 0x0590 <= o < 0x0600 or 0xFB1D <= o < 0xFB50:
        return "hebrew"
    if 0x0600 <= o < 0x0780 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "arabic"
    if 0x0900 <= o < 0x0E00:
        return "indic"
    if 0x0E00 <= o < 0x0E80:
        return "thai"
    if 0x1100 <= o < 0x1200 or 0xAC00 <= o < 0xD7B0 or 0x3130 <= o < 0x3190:
        return "hangul"
    if 0x3040 <= o < 0x3100 or 0x3400 <= o < 0xA000 or 0xF900 <= o < 0xFB00 or o >= 0x20000:
        return "cjk"
    if 0xFF00 <= o < 0xFFF0:
        return "latin"  # full-width forms
    return "other"


@dataclass(slots=True)
class LineInfo:
    text: str
    words: list[str]
    final: bool  # ends a sentence
    title_case: bool
    all_caps: bool
    script: str | None
    script_share: float
    latin_marks: int  # Latin letters outside ASCII
    latin_letters: int
    numeric: bool  # a row of figures (results, prices): data, not furniture
    letters: Counter[str]  # letters per script
    furniture: bool = False
    why: str = ""


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSERS).rstrip()
    if not stripped:
        # A line that is only a quotation mark or bracket: treat a closing quote as an ending.
        return bool(line.strip())
    if stripped[-1] in _FINAL:
        return True
    # A line closing a quotation ("... he said”) reads as finished too.
    return stripped != line.rstrip() and line.rstrip()[-1] in '"”’»」』'


def is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower().strip("'’") not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    capital = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return capital >= 0.8 * len(content) and any(w[:1].isupper() for w in content)


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def describe(line: str) -> LineInfo:
    words = _WORD.findall(line)
    letters: Counter[str] = Counter()
    ascii_letters = len(line) - len(_ASCII_LETTERS.sub("", line)) if line else 0
    if ascii_letters:
        letters["latin"] = ascii_letters
    latin_marks = 0
    for run in _NON_ASCII.findall(line):
        for ch in run:
            script = script_of(ch)
            if script is not None:
                letters[script] += 1
                if script == "latin":
                    latin_marks += 1
    if letters:
        script, count = letters.most_common(1)[0]
        share = count / sum(letters.values())
    else:
        script, share = None, 0.0
    return LineInfo(
        text=line,
        words=words,
        final=ends_sentence(line),
        title_case=is_title_case(words) if 0 < len(words) <= 30 else False,
        all_caps=line.upper() == line and line.lower() != line,
        script=script,
        script_share=share,
        latin_marks=latin_marks,
        latin_letters=letters.get("latin", 0),
        numeric=_is_numeric(words),
        letters=letters,
    )


def _is_numeric(words: list[str]) -> bool:
    figures = sum(1 for w in words if w[:1].isdigit())
    return figures >= 2 and figures >= 0.25 * len(words)


def _shingles(words: list[str], size: int = 3) -> set[tuple[str, ...]]:
    lowered = [w.lower() for w in words]
    return {tuple(lowered[i : i + size]) for i in range(len(lowered) - size + 1)}


@dataclass(slots=True)
class _Profile:
    script: str | None
    script_share: float
    letters: int
    marks_ratio: float  # share of Latin letters outside ASCII
    language: str | None
    stop_rate: float  # share of words that are stop words of ``language``


def _lowered(words: list[str]) -> list[str]:
    return " ".join(words).lower().split(" ")


def _language_of(words: list[str]) -> tuple[str | None, float, dict[str, int]]:
    counts = Counter(_lowered(words)) if words else Counter()
    hits = {
        lang: sum(counts[w] for w in stops if w in counts) for lang, stops in _STOP_WORDS.items()
    }
    lang = max(hits, key=lambda k: hits[k])
    if not words or hits[lang] == 0:
        return None, 0.0, hits
    return lang, hits[lang] / len(words), hits


def _profile(infos: list[LineInfo]) -> _Profile:
    scripts: Counter[str] = Counter()
    marks = latin = 0
    words: list[str] = []
    for info in infos:
        if info.furniture or not info.words:
            continue
        scripts.update(info.letters)
        marks += info.latin_marks
        latin += info.latin_letters
        words.extend(info.words)
    total = sum(scripts.values())
    if not total:
        return _Profile(None, 0.0, 0, 0.0, None, 0.0)
    script, count = scripts.most_common(1)[0]
    language, rate, _ = _language_of(words)
    return _Profile(script, count / total, count, marks / latin if latin else 0.0, language, rate)


def _is_foreign(info: LineInfo, doc: _Profile) -> bool:
    """A line in another script or language than a clearly single-language article."""
    if doc.script is None or doc.letters < 300 or doc.script_share < 0.9:
        return False
    if info.script is None:
        return False
    if info.script != doc.script and info.script_share >= 0.5:
        return True
    if info.script != "latin" or doc.script != "latin" or len(info.words) < 3:
        return False
    if doc.language is None or doc.stop_rate < 0.12:
        return False
    lowered = _lowered(info.words)
    own = sum(map(_STOP_WORDS[doc.language].__contains__, lowered)) / len(lowered)
    if own >= 0.08:
        return False
    lang, _, hits = _language_of(info.words)
    other = lang is not None and lang != doc.language and hits[lang] >= 2
    marks = info.latin_marks / info.latin_letters if info.latin_letters else 0.0
    accented = marks >= 0.03 and marks >= 4 * doc.marks_ratio
    return other or accented


def _local_rule(info: LineInfo, source: str | None, tails: Counter[str]) -> str:
    """Why a line is furniture on its own, or ''."""
    line = info.text.strip()
    if _MD_IMAGE.match(line):
        return "image"
    if _BARE_LINK.match(line):
        return "link"
    # Look through list bullets, emphasis and brackets around a credit or a widget label.
    core = line.lstrip(_DECOR).rstrip(_DECOR_END) or line
    n = len(info.words)
    if n <= 60 and _CREDIT_START.match(core):
        return "credit"
    if 5 <= n <= 60 and not info.final:
        quoted = any(q in line for q in '"“”«»')
        if not quoted and _CREDIT_TAIL.search(core):
            return "credit"
    if 1 <= n <= 60 and not info.final and _CREDIT_END.search(core):
        return "credit"
    if 5 <= n <= 60 and not info.final and _CAPTION_WORDS.search(core):
        return "caption"
    if n <= 25 and _RIGHTS.search(core):
        return "credit"
    if (
        0 < n <= 12
        and (
            _WIDGET.search(core)
            # Ambiguous words ("Share", "Next", "Related") only as a capitalised label.
            or (core[:1].isupper() and _widget_label(core, n))
        )
        and (
            not ends_sentence(core)
            or core.rstrip()[-1:] == "!"
            or (n <= 3 and core.rstrip()[-1:] == ":")  # "Tags:", "Share:"
        )
        and not any(q in line for q in '"“”«»')
    ):
        return "widget"
    if n >= 5 and not info.final:
        match = _ATTRIBUTION.search(line)
        if match:
            tail = match.group(1).strip()
            if (
                tails[tail] >= 2
                or (source and source.lower() in tail.lower())
                or (n >= 8 and _MEDIA_WORDS.search(tail))
            ):
                return "caption"
    return ""


_DECOR = " \t*_>•·|[(-–—+"
_DECOR_END = " \t*_])"
# "... at a rally in Pyongyang. Getty Images": a sentence, then a credit without punctuation.
_CREDIT_TAIL = re.compile(
    r"(?<=[a-z0-9)])[.!?]\s+(?:[A-Z][\w&'’-]*\s?){1,3}(?:\s?/\s?(?:[A-Z][\w&'’-]*\s?){1,3})?$"
)


def _wrapped_prose(infos: list[LineInfo], order: list[int]) -> set[int]:
    """Lines of hard-wrapped paragraphs (runs of unfinished lines of similar width): they are
    prose broken by an editor, never furniture."""
    inside: set[int] = set()
    block: list[int] = []
    for i in [*order, -1]:
        if block and (i != block[-1] + 1):
            widths = [len(infos[k].text) for k in block[:-1]]
            open_lines = [k for k in block[:-1] if not infos[k].final]
            if (
                len(block) >= 3
                and sum(1 for w in widths if 40 <= w <= 120) >= 0.6 * len(widths)
                and len(open_lines) >= 0.5 * len(widths)
                and max(widths) - min(widths) <= 60
            ):
                inside.update(block)
            block = []
        if i >= 0:
            block.append(i)
    return inside


def _prose_like(words: list[str]) -> bool:
    """Mostly lower-case words, as in a sentence (not a table row or a list of names)."""
    return sum(1 for w in words if w[:1].islower()) >= 0.3 * len(words)


def _mark_duplicates(infos: list[LineInfo], order: list[int]) -> None:
    """Lines that repeat a nearby line: a caption printed twice (once with a credit, once
    with the site's name), or a paragraph repeated verbatim."""
    shingles = {
        i: _shingles(infos[i].words)
        for i in order
        if not infos[i].final and 10 <= len(infos[i].words) <= 80 and _prose_like(infos[i].words)
    }
    exact = {i: " ".join(infos[i].words).casefold() for i in order if len(infos[i].words) >= 10}
    for pos, i in enumerate(order):
        for j in order[pos + 1 : pos + 4]:
            if i in exact and exact.get(j) == exact[i] and _prose_like(infos[j].words):
                # A paragraph repeated verbatim: the repeat goes.
                infos[j].furniture, infos[j].why = True, infos[j].why or "duplicate"
                continue
            a, b = shingles.get(i), shingles.get(j)
            if not a or not b:
                continue
            shared = len(a & b)
            if shared >= 3 and shared >= 0.6 * min(len(a), len(b)):
                for k in (i, j):
                    infos[k].furniture, infos[k].why = True, infos[k].why or "duplicate"


def _continues(infos: list[LineInfo], i: int) -> bool:
    """Whether line ``i`` carries on an unfinished sentence from the line right above it."""
    if i == 0 or not infos[i - 1].text.strip():
        return False
    above = infos[i - 1]
    return not above.furniture and not above.final and len(above.words) >= 3


def classify(lines: list[str], source_hint: str | None = None) -> list[bool]:
    """For each body line, whether it is page furniture. Blank lines are never furniture."""
    return [info.furniture for info in _classify(lines, source_hint)]


def explain(lines: list[str], source_hint: str | None = None) -> list[tuple[str, str]]:
    """(rule that hid it or '', line) for each line: a debugging aid for tuning the rules."""
    return [
        (info.why if info.furniture else "", info.text) for info in _classify(lines, source_hint)
    ]


def _classify(lines: list[str], source_hint: str | None) -> list[LineInfo]:
    infos = [describe(line) for line in lines]
    order = [i for i, line in enumerate(lines) if line.strip()]
    if not order:
        return infos
    prose = _wrapped_prose(infos, order)
    for i in order:
        info = infos[i]
        if i not in prose and len(info.words) <= 16 and META_LINE.match(info.text.lstrip(_DECOR)):
            info.furniture, info.why = True, "meta"
    candidates = [i for i in order if i not in prose and not infos[i].numeric]

    tails: Counter[str] = Counter()
    for i in candidates:
        if not infos[i].final:
            match = _ATTRIBUTION.search(infos[i].text.strip())
            if match:
                tails[match.group(1).strip()] += 1
    for i in candidates:
        why = _local_rule(infos[i], source_hint, tails)
        if why:
            infos[i].furniture, infos[i].why = True, why
    _mark_duplicates(infos, candidates)

    doc = _profile(infos)
    foreign = {i: i not in prose and _is_foreign(infos[i], doc) for i in order}
    strong = [
        i
        for i in order
        if not infos[i].furniture
        and not foreign[i]
        and (
            (infos[i].final and len(infos[i].words) >= 5)
            or (len(infos[i].words) >= 25 and not infos[i].title_case)
            or i in prose
        )
    ]
    if strong:
        _context_rules(infos, candidates, foreign, strong[0], strong[-1])

    if all(infos[i].furniture for i in order):
        # Everything looked like furniture: trust the file instead and hide nothing.
        for info in infos:
            info.furniture, info.why = False, ""
    return infos


_REASONS = (
    "image",
    "link",
    "credit",
    "widget",
    "caption",
    "duplicate",
    "headline",
    "trailer",
    "language",
)


def _adjacent_furniture(infos: list[LineInfo], i: int, why: tuple[str, ...] = ()) -> bool:
    """Whether the line right above or below ``i`` (no blank line between) is furniture."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(infos) and infos[j].furniture and (not why or infos[j].why in why):
            return True
    return False


def _context_rules(
    infos: list[LineInfo],
    candidates: list[int],
    foreign: dict[int, bool],
    first_strong: int,
    last_strong: int,
) -> None:
    headlines: list[int] = []
    trailer = [i for i in range(last_strong + 1, len(infos)) if infos[i].text.strip()]
    # A long tail, or one made of figures, is a table or a list that belongs to the story.
    tail_is_page = len(trailer) <= 20 and sum(infos[i].numeric for i in trailer) < 0.3 * max(
        1, len(trailer)
    )
    for i in candidates:
        info = infos[i]
        if info.furniture:
            continue
        n = len(info.words)
        if i > last_strong and not tail_is_page:
            if foreign[i] and n <= 12:
                info.furniture, info.why = True, "language"
        elif i > last_strong:
            # The page's trailer: after the article's last paragraph.
            if foreign[i]:
                info.furniture, info.why = True, "language"
            elif (
                n <= 6
                and not info.final
                and not any(ch.isdigit() or ch in "()" for ch in info.text)
                and not info.text.rstrip().endswith(",")
                and (
                    info.title_case
                    or info.all_caps
                    or (1 <= n <= 2 and info.words[0][:1].isupper())
                )
                and not _continues(infos, i)
            ):
                info.furniture, info.why = True, "trailer"
            elif n <= 8 and not info.final and _adjacent_furniture(infos, i, ("widget",)):
                info.furniture, info.why = True, "widget"
        elif first_strong < i < last_strong:
            if (
                # Another article's headline between paragraphs.
                4 <= n <= 20
                and info.title_case
                and not info.final
                and not info.text.lstrip().startswith("#")
                and not any(ch in info.text for ch in "()[]")
                and (n >= 7 or _adjacent_furniture(infos, i))
                and not _continues(infos, i)
            ):
                info.furniture, info.why = True, "headline"
                headlines.append(i)
            elif foreign[i] and n <= 10 and not info.final:
                # A widget label in another language.
                info.furniture, info.why = True, "language"
    # Three or more such lines, none of them beside other furniture, are the article's own
    # section headings, not inserted links to other stories.
    if len(headlines) >= 3 and not any(
        _adjacent_furniture(infos, i, tuple(w for w in _REASONS if w != "headline"))
        for i in headlines
    ):
        for i in headlines:
            infos[i].furniture, infos[i].why = False, ""
    # Lines in another language sitting next to furniture (a widget's label).
    changed = True
    while changed:
        changed = False
        for i in candidates:
            info = infos[i]
            if not info.furniture and foreign[i] and _adjacent_furniture(infos, i):
                info.furniture, info.why = True, "language"
                changed = True
