"""Names in lists: a word joined to a detected name by "and", "or", "&" or a comma is a name too.

"priya, tomás and sunita", "<name> and rustam are coming": chat users list people together, and
the gazetteer and the NER model often know only some of them. A neighbour in such a list counts
if it is one word of letters (apostrophes and hyphens allowed), written in the same case style
as the detected name (both lower case, or both capitalised), and not a common or ambiguous word.

A list after a people cue ("invite list: þórður, eluned and maybe guðrún", "attendees:
rakotomalala, hery; etxeberria, iker") is names even when no item is known: each item's leading
run of up to three words of letters that are not common words.
"""

from __future__ import annotations

import regex

from privacy.recognizers.name_gazetteer_recognizer import AMBIGUOUS_NAMES
from privacy.recognizers.names import NAME_WORDS
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer
from privacy.spans import Span

SCORE = 0.5
_PEOPLE_CUE = regex.compile(
    r"(?i:\b(?:invite\s+list|guest\s+list|guests|invitees|attendees|attending|participants|cc|bcc|speakers|panel(?:ists)?|"
    r"who'?s\s+coming|organi[sz]ers|hosts|reviewers|assignees|members|absent|present|missing|off\s+sick|out\s+today)\s*:)"
    r"[ \t]*(?P<list>[^\n.!?]{2,300})")
_ITEM_SPLIT = regex.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|plus)\s+|\s*/\s*")
_ITEM_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*,?")
# Roles and teams that fill such lists without naming anyone.
_NOT_PEOPLE = frozenset("""
marketing engineering legal hr design product ops operations it security finance research leadership management
ceo cfo cto coo cio vp svp evp director directors lead leads engineer engineers designer designers developers pm pms
parents kids children guests everyone others tbd tba n/a none various
""".split())
_WORD = r"\p{L}[\p{L}'’-]{2,19}"
# A list joint: ", ", " and ", ", and ", " & ", " or " (the Oxford comma optional), and the arrow of
# a pairing list ("Tobias → Sumaq").
_JOINT = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|[ \t]*(?:→|->|=>)[ \t]*)"
_AFTER = regex.compile(r"\A" + _JOINT + r"(" + _WORD + r")(?![\p{L}\d_@'’-])", regex.IGNORECASE)
_BEFORE = regex.compile(r"(?<![\p{L}\d_@'’-])(" + _WORD + r")" + _JOINT + r"\Z", regex.IGNORECASE)


def _same_style(word: str, name: str) -> bool:
    if name.islower():
        return word.islower()
    return word[0].isupper() and word[1:].islower()


def _is_candidate(word: str, name: str) -> bool:
    low = word.lower().strip("'’-")
    lower_word = word.islower() and low in NAME_WORDS  # "priya, sad and tired": a word
    return low not in COMMON_WORDS and low not in AMBIGUOUS_NAMES and not lower_word and _same_style(word, name)


def _cue_list_names(text: str, timeout: float) -> list[Span]:
    """PERSON spans for the items of lists after a people cue (see the module doc)."""
    found = []
    for cue in finditer(_PEOPLE_CUE, text, timeout):
        body, offset = cue.group("list"), cue.start("list")
        # "surname, first; surname, first": semicolons separate the people, commas the name parts.
        parts = body.split(";") if ";" in body else _ITEM_SPLIT.split(body)
        pos = 0
        for part in parts:
            at = body.index(part, pos) if part else pos
            pos = at + len(part)
            part = part.split("(")[0]  # "Dragana Jovanović (optional)"
            words = []
            for w in _ITEM_WORD.finditer(part):
                if regex.search(r"[\d@]", w.group() + part[w.end():w.end() + 1]):  # an e-mail or a number
                    break
                if w.group().rstrip(",").lower() in COMMON_WORDS or w.group().rstrip(",").lower() in _NOT_PEOPLE:
                    if words:
                        break
                    continue  # "maybe guðrún": a leading common word is skipped
                words.append(w)
                if len(words) == 3:
                    break
            if words and not regex.search(r"[\d@]", part[:words[0].start()]):
                end = words[-1].end() - (1 if words[-1].group().endswith(",") else 0)
                found.append(Span(offset + at + words[0].start(), offset + at + end, "PERSON", SCORE))
    return found


def add_listed_names(text: str, spans: list[Span], timeout: float) -> list[Span]:
    """``spans`` plus a PERSON span for each item of a list after a people cue, and for each list
    neighbour of a PERSON span (see the module doc).

    One pass, so a list grows by one name on each side of every detected name; longer lists are
    covered because their detected names are usually spread through them.
    """
    taken = {(s.start, s.end) for s in spans}
    spans = spans + [s for s in _cue_list_names(text, timeout) if (s.start, s.end) not in taken]
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
