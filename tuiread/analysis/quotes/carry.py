"""Rule 5, carrying a speaker: quotes with no attribution of their own take their
neighbours' (``"A," he said. "B."``, a paragraph that goes on), else the sentence before.
"""

from __future__ import annotations

from tuiread.model import Span

from .attribution import previous_sentence
from .classify import Found
from .lexicon import Speaker
from .speakers import Resolver
from .text import line_start


def carry(text: str, found: list[Found], reported: set[int], resolver: Resolver) -> list[Span]:
    """Quotes with no attribution of their own take their neighbours' speaker; the
    ``reported`` runs only name speakers, they are not quotes."""
    k = len(found)
    speakers = [f[2] for f in found]
    resolver.quote_starts = [f[0] for f in found]
    resolver.quote_ends = [f[1] for f in found]
    for j in range(k):
        if speakers[j] is not None:
            continue
        qs, qe = found[j][0], found[j][1]
        para = line_start(text, qs)
        prev_para = line_start(text, max(para - 1, 0)) - 1
        tries = 0
        while prev_para > 0 and not text[prev_para - 1 : para].strip() and tries < 20:
            prev_para = line_start(text, prev_para - 1) - 1
            tries += 1
        if j and speakers[j - 1] is not None and found[j - 1][1] >= prev_para:
            speakers[j] = speakers[j - 1]  # "A," he said. "B." / a paragraph that goes on
            continue
        if j + 1 < k and found[j + 1][2] is not None and text.find("\n", qe, found[j + 1][0]) < 0:
            speakers[j] = found[j + 1][2]  # "A." "B," he said.
            continue
        speakers[j] = previous_sentence(text, para, qs)
    out: list[Span] = []
    names: dict[Speaker, str | None] = {}
    for (qs, qe, _), sp in zip(found, speakers, strict=True):
        if sp is None:
            out.append(Span("quote", "QUOTE", qs, qe, text[qs:qe]))
            continue
        if sp in names:
            name = names[sp]
        else:
            name = resolver.canonical(*sp)
            if name:
                name = " ".join(name.split())  # no-break spaces, line breaks
            names[sp] = name
            resolver.remember(name, *sp)
        if qs in reported:
            continue
        out.append(
            Span(
                "quote",
                "QUOTE",
                qs,
                qe,
                text[qs:qe],
                speaker=name,
                speaker_start=sp[0],
                speaker_end=sp[1],
            )
        )
    return out
