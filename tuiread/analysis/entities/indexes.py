"""A market index named after the company that makes it: "Dow Jones", "FTSE", "Nikkei",
"S&P". The lists know these words as the index (a PRODUCT); a story about the company names
it the same way ("Dow Jones said it extended its offer", "S&P cut Italy's rating", "Nikkei
reported"). Each mention is read by the words beside it and keeps its own label, since one
story may name both ("Dow Jones shares fell as the Dow Jones industrial average rose").
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

# the names both an index and the company behind it answer to
INDEX_MAKERS = frozenset(("Dow Jones", "Dow", "FTSE", "Nikkei", "S&P", "Hang Seng", "MSCI"))
RULE = "context:index-or-company"
# what follows the index: its noun ("industrial average", "futures index"), a market verb, or
# a markets table's column ("NY Dow close", "Nikkei latest")
_INDEX_NEXT = compiled.compile(
    r" (?:[Ii]ndustrials?|[Aa]verage|[Ii]ndex|[Ff]utures|[Cc]omposite|[Tt]ransportation"
    r"|[Uu]tilities|[Ss]tock (?:average|index)|rose|fell|rises|falls|rising|falling|closed"
    r"|closes|gained|gains|lost|loses|slipped|slips|jumped|jumps|dropped|drops|climbed|climbs"
    r"|ended|ends|finished|added|adds|shed|sheds|edged|tumbled|surged|plunged|rallied"
    r"|advanced|declined|hit|was (?:up|down)|is (?:up|down)|close|closing|open|opening|latest)\b"
)


def index_or_company(text: str, spans: list[Span], rules: list[str]) -> None:
    """ "the Dow Jones industrial average", "the FTSE fell": the index (PRODUCT), by the word
    after it; a mention with no "the" before it and no index word after it is the company
    ("Dow Jones said", "Dow Jones & Co.", "S&P cut Italy's rating": ORG); "the Dow" and "the
    Nikkei" with neither keep the lists' label. Relabels in place."""
    for k, span in enumerate(spans):
        if span.text not in INDEX_MAKERS:
            continue
        if _INDEX_NEXT.match(text, span.end) is not None:
            label = "PRODUCT"
        elif text[span.start - 4 : span.start] in ("the ", "The "):
            continue
        else:
            label = "ORG"
        if label != span.label:
            spans[k] = Span("entity", label, span.start, span.end, span.text, span.value)
        rules[k] = f"{RULE} was {span.label} by {rules[k].split(' ')[0]}"
