"""The colours and finishes a product comes in: "It comes in four colours: Obsidian,
Porcelain, Moonstone and a new Jade", "available in Midnight, Starlight and Sky Blue".

``colour_names``: capitalised words listed right after a word for colours ("colours:",
"colorways", "finishes") up to the end of the sentence are the maker's names for
its colours, no entities, and neither is the same word elsewhere in the story ("the
Moonstone model"). Run over the finished spans (``document.finish``), only when the text
holds one of the words.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

# the cheap test: one of these in the text
COLOUR_CUES = ("colo", "finishes")
# the word for colours, then the list up to the sentence's end
_LISTED = compiled.compile(
    r"\b(?:colou?r(?:s|ways?|-ways?)|finishes)\b(?: such as| including|:|,)? ([^.!?\n]{3,160})"
)
# a list of capitalised names and nothing else but commas, "and", "or", "a new", "the"
_ONLY_NAMES = compiled.compile(r"(?:(?:and|or|a|an|the|new|plus|,|[A-Z][a-z]+)\s*)+")
_CAPITALISED = compiled.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def colour_names(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """Apply the rule of the module docstring to the sorted spans; spans and rules."""
    names: set[str] = set()
    for m in _LISTED.finditer(text):
        listed = m.group(1).strip()
        if "," not in listed and " and " not in listed and " or " not in listed:
            continue  # a list, not one word after "colours"
        if _ONLY_NAMES.fullmatch(listed) is None:
            continue  # "colours, red and white, fly over Paris": more than names listed
        names.update(_CAPITALISED.findall(listed))
    if not names:
        return spans, rules
    keep = [k for k, sp in enumerate(spans) if sp.text not in names]
    if len(keep) == len(spans):
        return spans, rules
    return [spans[k] for k in keep], [rules[k] for k in keep]
