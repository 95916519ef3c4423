"""Write tuiread/analysis/numbers/tail_starts.py: the two- and three-letter starts a number's
tails can have after their blanks (see ``grammar.TAIL_START``). Run after changing a tail or
the word lists it reads; a unit test checks the module is current."""

from __future__ import annotations

import string
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tuiread" / "analysis" / "numbers" / "tail_starts.py"


def tail_starts() -> tuple[list[str], list[str], list[str], list[str]]:
    """The two- and three-letter starts of the tails, and the one- and two-letter words a
    tail may end with (whatever follows), in order."""
    from tuiread.analysis.numbers.first_words import can_end, parse, starts
    from tuiread.analysis.numbers.grammar import _TAILS, CURRENCY_CODE
    from tuiread.analysis.numbers.lexicon import CURRENCY_CODES
    from tuiread.analysis.numbers.patterns import words

    # (the case-insensitive grammar reads the codes in capitals: their letters start tails)
    codes = words(c.lower() for c in CURRENCY_CODES)
    source = "|".join(f"(?:{p})" for _, p in _TAILS).replace(CURRENCY_CODE, codes)
    tree = parse(source)
    letters = string.ascii_lowercase

    def can(w: str) -> bool:
        return starts(tree, w) or starts(tree, " " + w)

    def ends(w: str) -> bool:  # (followed by a letter: the tail ends inside a word)
        return any(
            can_end(tree, w + c, len(w)) or can_end(tree, f" {w}{c}", len(w) + 1) for c in letters
        )

    two = [x + y for x in letters for y in letters if can(x + y)]
    three = [p + z for p in two for z in letters if can(p + z)]
    one_ending = [x for x in letters if ends(x)]
    two_ending = [w for w in two if ends(w)]
    return two, three, one_ending, two_ending


def render(two: list[str], three: list[str], one_ending: list[str], two_ending: list[str]) -> str:
    def block(name: str, items: list[str]) -> str:
        lines, line = [], ""
        for w in items:
            if len(line) + len(w) + 1 > 84:
                lines.append(line)
                line = ""
            line += (" " if line else "") + w
        lines.append(line)
        body = "\n".join(f'    "{ln} "' for ln in lines)
        return f"{name} = (\n{body}\n)\n"

    return (
        '"""The two- and three-letter starts of a number\'s tails after their blanks ("km",\n'
        '"per", "mil"), and the words of one or two letters a tail may end with whatever follows\n'
        "(look-aheads aside), as scripts/build_tail_starts.py reads them from the tails:\n"
        'generated, do not edit."""\n\n'
        + block("TWO_LETTERS", two)
        + block("THREE_LETTERS", three)
        + block("ENDING_ONE", one_ending)
        + block("ENDING_TWO", two_ending)
    )


if __name__ == "__main__":
    OUT.write_text(render(*tail_starts()))
    print(OUT)
