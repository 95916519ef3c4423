"""Named entities: people, organisations, places, nationalities and the rest.

Fast rules over one compiled regex and word lists learnt from the CoNLL-2003 training file,
applied in this order (each module's docstring lists its rules):

1. ``runs``: candidate runs of capitalised words, and the rules that settle a run at once
   (known names, affiliations "anti-Japanese", datelines, hyphenated pieces); ``camel``:
   names that open in lower case ("iPhone", "eBay", "xAI"), which the run regex cannot see.
2. ``never``: words that are never names alone: common words opening a sentence,
   contractions ("I'm"), acronyms of common nouns ("DVD", "CEO"), units, time zones.
3. ``segment``: a run split into names ("U.S. Secretary of State Warren Christopher").
4. ``context``, ``score``, ``brands`` and ``business``: what the words around an unknown
   name say (a title, "Mr", "said", "in", a pronoun after it, "the drug", "X-based", "shares
   in", "the lender"), added up over every mention in the article.
5. ``document``: one label and one canonical value per entity and article (a surname takes
   the full name, a company its full name, an acronym the name before it).
6. ``labels``: OntoNotes labels from the class and the words of the name.
7. ``settings``: where a name stands says what it names: a ground ("at Anfield" in a match
   report), a town rather than its club ("in Tromso"), a company after a company noun.

Every rule records its decision in a :class:`~tuiread.analysis.trace.Trace` when one is
given (``python -m tuiread.analysis explain TEXT``). Offsets always index the text given;
every span satisfies ``text[start:end] == span.text``.

Speed: one pass of the run regex, dictionary lookups, caches of run plans and word scores
shared across calls, and the cyclic GC paused while the tuples and spans pile up
(benchmarks/entities_speed.py, benchmarks/analysis.py).
"""

from __future__ import annotations

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from ..trace import Trace
from . import document, headlines, labels, runs, score, segment
from .camel import lower_camel_names
from .document import finish
from .runs import Candidates, find_candidates

__all__ = ["clear_caches", "find_entities"]

_FAMILY = "entity"
# spaces that are not " " but separate words all the same; replaced one for one, so offsets
# do not move (str.replace: translate is ~100x slower on non-ASCII text)
_ODD_SPACES = ("\xa0", "\u2009", "\u202f")


def find_entities(text: str, *, trace: Trace | None = None) -> list[Span]:
    """Named entities in ``text`` as ``Span(kind="entity")``, sorted by start."""
    if not text:
        return []
    with cyclic_gc_paused():  # ~100,000 tuples and spans for a long text, none in a cycle
        work = text
        for space in _ODD_SPACES:
            if space in work:
                work = work.replace(space, " ")
        cands = Candidates()
        if trace is not None:
            cands.rejected = []
        find_candidates(work, cands)
        lower_camel_names(work, cands.found)  # "iPhone", "eBay": no capital opens them
        spans = finish(text, cands, trace)
        if trace is not None and cands.rejected:
            for s, e, rule, detail in sorted(cands.rejected):
                trace.rejected(_FAMILY, text, s, e, rule, detail)
        return spans


def clear_caches() -> None:
    """Forget the run plans, word verdicts, word scores and labels cached across calls (for
    cold-start timings)."""
    segment.clear_cache()
    headlines.clear_cache()
    document.clear_cache()
    runs.clear_cache()
    labels.clear_cache()
    score.clear_cache()
