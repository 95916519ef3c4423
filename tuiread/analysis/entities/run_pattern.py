"""The run: the regular expression that finds a run of capitalised words, the candidate
name every entity rule starts from ("Bank of England", "U.S.", "Bashar al-Assad",
"Crypto.com Arena", "Leeds Magistrates' Court")."""

from __future__ import annotations

from .. import compiled

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# Abbreviations that keep their full stop ("Mr.", "Corp."); fixed-width look-behinds, tried
# only when a full stop follows (the look-ahead spares them at the end of every other word).
_ABBR_DOT = (
    r"(?:(?=\.)(?:(?<=\b(?:Mr|Ms|Dr|St|Mt|Jr|Sr|Co|Lt|Ft))"
    r"|(?<=\b(?:Mrs|Inc|Ltd|Gen|Col|Sgt|Gov|Sen|Rep|Rev|Adm|Maj|Cie))"
    r"|(?<=\b(?:Corp|Capt|Prof|Bros)))\.)?"
)
# After the first capital: "U.S.", an initial "J." before a name, or a word ("Hong-kyun",
# "O'Neill"; never a possessive "'s").
# (an ampersand joins capitals into one word: "AT&T", "S&P")
# A plural's apostrophe stays inside a name when a name's head follows ("St James' Park",
# "Leeds Magistrates' Court", "Workers' Party"); elsewhere it ends the run ("the Smiths' car").
_PLURAL_HEADS = (
    "Park|Court|Courts|Party|Union|Association|Federation|Hospital|Club|Church|College|School"
    "|Fund|Trust|Alliance|League|Guild|Hall|Square|Cross|Gate|Road|Lane|Street|Affairs|Home"
)
# A web address as a company's or a venue's name: "Crypto.com Arena", "Booking.com". Both
# tails are tried only before a full stop or an apostrophe (the look-ahead fails fast).
_TAIL = (
    r"(?:(?=[.'’])(?:\.(?:com|net|org|io|ai)\b(?!\.\w)"
    rf"|(?<=s)['’](?=[ ](?:{_PLURAL_HEADS})\b)))?"
)
_REST = (
    rf"(?:(?:\.[{_UP}])+\.|\.(?=[ ][{_UP}])"
    rf"|\w*(?:[-'’](?!s\b)\w+|&[{_UP}]\w*)*{_ABBR_DOT}{_TAIL})"
)
_CONNECT = r"(?:of the|of|on|de la|de los|de las|des|de|del|della|di|da|do|dos|du|la|le|van der|van den|van de|van|von der|von dem|von|der|den|ten|ter|zu|bin|ibn|arap|wa|al|el|es|&)"
# The capital comes first so the engine can skip ahead fast; the look-behind after it checks
# that no letter, digit or apostrophe precedes ("McDonald" is one word, "materialaJapan" is not).
# Arabic names write the article joined by a hyphen, in lower case: "Bashar al-Assad",
# "Abdel Fattah el-Sisi", "al-Qaeda" (a run opening so is widened in ``find_candidates``)
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an)-"
RUN_RE = compiled.compile(
    rf"[{_UP}](?<![A-Za-z0-9À-ÖØ-öø-ÿ_.'’][{_UP}]){_REST}"
    # names are short: cap runs at 12 words
    rf"(?:[ ](?:{_CONNECT}[ ]|{_ARTICLE})?[{_UP}]{_REST}){{0,11}}"
)
ARTICLE_BEFORE = compiled.compile(rf"(?<![\w'’-]){_ARTICLE}$")
HYPHEN_CAP = compiled.compile(rf"-(?=[{_UP}])")
