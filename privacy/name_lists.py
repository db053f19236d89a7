"""Names in lists: a word joined to a detected name by "and", "or", "&" or a comma is a name too.

"priya, tomás and sunita", "<name> and rustam are coming": chat users list people together, and
the gazetteer and the NER model often know only some of them. A neighbour in such a list counts
if it is one word of letters (apostrophes and hyphens allowed), written in the same case style
as the detected name (both lower case, or both capitalised), and not a common or ambiguous word.
"""

from __future__ import annotations

import regex

from privacy.recognizers.name_gazetteer_recognizer import AMBIGUOUS_NAMES
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer
from privacy.spans import Span

SCORE = 0.5
_WORD = r"\p{L}[\p{L}'’-]{2,19}"
# A list joint: ", ", " and ", ", and ", " & ", " or " (the Oxford comma optional).
_JOINT = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_AFTER = regex.compile(r"\A" + _JOINT + r"(" + _WORD + r")(?![\p{L}\d_@'’-])", regex.IGNORECASE)
_BEFORE = regex.compile(r"(?<![\p{L}\d_@'’-])(" + _WORD + r")" + _JOINT + r"\Z", regex.IGNORECASE)


def _same_style(word: str, name: str) -> bool:
    if name.islower():
        return word.islower()
    return word[0].isupper() and word[1:].islower()


def _is_candidate(word: str, name: str) -> bool:
    low = word.lower().strip("'’-")
    return low not in COMMON_WORDS and low not in AMBIGUOUS_NAMES and _same_style(word, name)


def add_listed_names(text: str, spans: list[Span], timeout: float) -> list[Span]:
    """``spans`` plus a PERSON span for each list neighbour of a PERSON span (see the module doc).

    One pass, so a list grows by one name on each side of every detected name; longer lists are
    covered because their detected names are usually spread through them.
    """
    names = [s for s in spans if s.entity_type == "PERSON"]
    if not names:
        return spans
    taken = {(s.start, s.end) for s in spans}
    extra: list[Span] = []
    for s in names:
        name = text[s.start:s.end].split()[-1]
        after = next(iter(finditer(_AFTER, text[s.end:s.end + 40], timeout)), None)
        if after is not None and _is_candidate(after.group(1), name):
            extra.append(Span(s.end + after.start(1), s.end + after.end(1), "PERSON", SCORE))
        head = text[max(0, s.start - 40):s.start]
        before = next(iter(finditer(_BEFORE, head, timeout)), None)
        if before is not None and _is_candidate(before.group(1), text[s.start:s.end].split()[0]):
            offset = s.start - len(head)
            extra.append(Span(offset + before.start(1), offset + before.end(1), "PERSON", SCORE))
    return spans + [e for e in extra if (e.start, e.end) not in taken]
