"""Names on a title-case headline line, settled by what the body names.

In title case every word has a capital, so a run of capitals runs a name into the line's
verb and common words ("Hurricane Milton Leaves Millions", "Shares Slip on China Worries").
The body of the story names the same things in running text, where the capitals mean what
they say; these rules take the headline's names from there. They work per headline line
(``context.line_kind`` found them while the runs were read), never per word of the body.

1. ``body_names_in_run``: the longest run of leading words the body names whole is that
   name ("Hurricane Milton", "Tampa Bay"), as the body labels it.
2. ``cut_to_body_name``: a name whose last words are common words, and whose leading words
   the body names, is that name alone ("China Worries" -> "China", "Obama Sees" -> "Obama").
3. ``common_words_only``: a name of one or two common words the body never names is no
   name ("Power", "Tornadoes Tear", "Theatre Makes"), unless it is an item of a list of
   names (``list_item``).
"""

from __future__ import annotations

from bisect import bisect_left

from tuiread.model import Span

from .context import HEADLINE, TITLE_CASE, title_case_common
from .lexicon import COMMON, LEX, LOWER
from .run_pattern import RUN_RE

BodyNames = dict[str, tuple[str, str | None]]  # text -> (label, value)


def headline_lines(text: str, heads: dict[int, int]) -> list[tuple[int, int]]:
    """The (start, end) of each line ``context.line_kind`` read as a headline or as title
    case ("Tampa Bay Spared the Worst, but Tornadoes Tear Through ..."), in order."""
    out = []
    for ls in sorted(k for k, v in heads.items() if v in (HEADLINE, TITLE_CASE)):
        le = text.find("\n", ls)
        out.append((ls, len(text) if le < 0 else le))
    return out


def headline_names(
    text: str,
    spans: list[Span],
    rules: list[str],
    heads: dict[int, int],
    teams: dict[str, str],
    rejected: list[tuple[int, int, str, str]] | None,
) -> tuple[list[Span], list[str]]:
    """Apply the rules of the module docstring to the spans on headline lines; what they
    drop goes to ``rejected`` when tracing. The body's names include the nicknames of the
    teams it names in full (``teams``: "Lions" after "Detroit Lions")."""
    lines = headline_lines(text, heads)
    if not lines:
        return spans, rules
    on_line = lines_of(spans, lines)
    body: BodyNames = {}
    for sp, ln in zip(spans, on_line, strict=True):
        if ln < 0 and sp.text not in body:
            body[sp.text] = (sp.label, sp.value)
    for nick, team in teams.items():
        body.setdefault(nick, ("ORG", team))
    if not body:
        return spans, rules
    by_line: dict[int, list[int]] = {}
    for i, ln in enumerate(on_line):
        if ln >= 0:
            by_line.setdefault(ln, []).append(i)
    drop: set[int] = set()
    added: list[tuple[Span, str]] = []
    reach = name_reach(body)
    for n, (ls, le) in enumerate(lines):
        mine = by_line.get(n, [])
        made = body_names_in_run(text, ls, le, body, reach, spans, mine, drop)
        added.extend(made)
        for i in mine:
            if i in drop:
                continue
            sp = spans[i]
            if sp.text in body or rules[i].startswith("document:capitals-as-in-body"):
                continue
            cut = cut_to_body_name(sp, body)
            if cut is not None:
                drop.add(i)
                added.append((cut, "document:headline-cut-to-body-name"))
            elif common_words_only(sp.text) and not list_item(text, sp, ls, le):
                drop.add(i)
                if rejected is not None:
                    rejected.append(
                        (
                            sp.start,
                            sp.end,
                            "document:headline-common-words",
                            "not named in the body",
                        )
                    )
    if not drop and not added:
        return spans, rules
    pairs = [(sp, r) for i, (sp, r) in enumerate(zip(spans, rules, strict=True)) if i not in drop]
    pairs.extend(added)
    pairs.sort(key=lambda p: (p[0].start, p[0].end))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def lines_of(spans: list[Span], lines: list[tuple[int, int]]) -> list[int]:
    """For each span (sorted by start), the index of the headline line it starts on, or -1:
    the spans of each line found by bisection, not each span tested against the lines."""
    on_line = [-1] * len(spans)
    starts = [sp.start for sp in spans]
    for n, (ls, le) in enumerate(lines):
        lo = bisect_left(starts, ls)
        hi = bisect_left(starts, le, lo)
        on_line[lo:hi] = [n] * (hi - lo)
    return on_line


def name_reach(body: BodyNames) -> dict[str, int]:
    """For each first word of the body's names, the most words of a name it opens: no
    stretch of a headline is looked up that no body name could be."""
    reach: dict[str, int] = {}
    for name in body:
        words = name.split(" ")
        if len(words) > reach.get(words[0], 0):
            reach[words[0]] = len(words)
    return reach


def body_names_in_run(
    text: str,
    ls: int,
    le: int,
    body: BodyNames,
    reach: dict[str, int],
    spans: list[Span],
    mine: list[int],
    drop: set[int],
) -> list[tuple[Span, str]]:
    """Rule 1: "Hurricane Milton Leaves Millions", "Tampa Bay Spared the Worst": in each run
    of capitals on the line, the longest words from a word on that the body names whole are
    that name, replacing the spans inside them; a span that reaches past them stays as it
    is. One word counts only where no span is ("Lions Rally Past Packers", the body's
    "Lions" and "Packers"), and not a person's name that is a common word ("Will").
    No stretch is looked up that is longer than the longest body name opening with its
    first word (``reach``; none if no body name opens with it): a table's line of capitals
    can run to dozens of words."""
    out: list[tuple[Span, str]] = []
    opens = reach.keys()
    # every word of a run is a piece of the line: where no word opening a body name is in
    # the line at all (substring scans in C), no run of it can be looked up
    line = text[ls:le]
    for word in opens:
        if word in line:
            break
    else:
        return out
    for m in RUN_RE.finditer(text, ls, le):
        words = m.group().split(" ")
        if opens.isdisjoint(words):
            continue  # no word of the run opens a body name: nothing to look up
        starts = []
        pos = m.start()
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        i = 0
        n = len(words)
        while i < n:
            for j in range(min(n, i + reach.get(words[i], 0)), i, -1):
                name = " ".join(words[i:j])
                hit = body.get(name)
                if hit is None:
                    continue
                a, b = starts[i], starts[i] + len(name)
                inside = [x for x in mine if spans[x].start < b and a < spans[x].end]
                if j == i + 1 and (inside or common_person(name, hit[0])):
                    continue
                if any(spans[x].start < a or spans[x].end > b for x in inside) or (
                    len(inside) == 1 and spans[inside[0]].text == name
                ):
                    continue
                drop.update(inside)
                out.append(
                    (Span("entity", hit[0], a, b, name, hit[1]), "document:headline-body-name")
                )
                i = j - 1
                break
            i += 1
    return out


def cut_to_body_name(sp: Span, body: BodyNames) -> Span | None:
    """Rule 2: "Shares Slip on China Worries", "Obama Sees 'Personal Insult'": the headline's
    verb or common noun after a name the body uses is no part of it. The words cut must all
    be common; a person's one-word name that is also a common word is not trusted ("Will",
    "Theatre Makes a Comeback")."""
    for n, head in _cut_heads(sp.text):
        hit = body.get(head)
        if hit is None:
            continue
        if n == 1 and common_person(head, hit[0]):
            return None
        return Span("entity", hit[0], sp.start, sp.start + len(head), head, hit[1])
    return None


# the heads ``cut_to_body_name`` may cut a name to, by name, shared across calls: they
# depend on the name's words alone, and a table's headlines repeat the same names
_HEADS: dict[str, tuple[tuple[int, str], ...]] = {}


def _cut_heads(key: str) -> tuple[tuple[int, str], ...]:
    """The leading words of ``key`` (their count and text), longest first, whose every word
    after is common; none for a name the lists know whole ("Abandon Republican Party for
    ...")."""
    heads = _HEADS.get(key)
    if heads is None:
        if len(_HEADS) > 100_000:
            _HEADS.clear()
        found: list[tuple[int, str]] = []
        if key not in LEX:
            words = key.split(" ")
            for n in range(len(words) - 1, 0, -1):
                w = words[n].lower()
                if w not in COMMON and w not in LOWER:
                    break
                found.append((n, " ".join(words[:n])))
        heads = _HEADS[key] = tuple(found)
    return heads


def clear_cache() -> None:
    """Forget the heads and verdicts worked out so far (benchmarks time a cold start)."""
    _HEADS.clear()
    _COMMON_ONLY.clear()


def common_person(word: str, label: str) -> bool:
    """Is ``word`` a person's one-word name that is also a common word ("Will", "Theatre")?
    On a headline line it more likely opens a clause than names the person."""
    return label == "PERSON" and (word.lower() in LOWER or word.lower() in COMMON)


def list_item(text: str, sp: Span, ls: int, le: int) -> bool:
    """ "Green , Jerry Kelly , Tim Simpson": a name between commas (or opening the line
    before one) is an item of a list of names, whatever words it is made of."""
    before = text[ls : sp.start].rstrip(" ")
    return (not before or before[-1] == ",") and text[sp.end : le].lstrip(" ").startswith(",")


def common_words_only(key: str) -> bool:
    """Rule 3: "Without Power", "Tornadoes Tear Through": on a headline line every word has a
    capital, so a name made of common words only, which the body never names, is the line's
    words, not a name. Not an acronym ("NHS to Offer ...") nor "Watch on YouTube"; and two
    words at most, a subject and its verb: three or more common words are mostly a body
    named in full ("-- Air Cargo Newsroom Tel+44 ...")."""
    found = _COMMON_ONLY.get(key)
    if found is None:
        if len(_COMMON_ONLY) > 100_000:
            _COMMON_ONLY.clear()
        words = key.split(" ")
        found = _COMMON_ONLY[key] = (
            len(words) <= 2 and not any(map(_not_common, words)) and title_case_common(key)
        )
    return found


# ``common_words_only`` by name, shared across calls: it reads the name's words alone
_COMMON_ONLY: dict[str, bool] = {}


def _not_common(word: str) -> bool:
    """An acronym ("NHS") or a word with a capital inside ("YouTube"): a name's spelling."""
    return word.isupper() or any(map(str.isupper, word[1:]))
