"""What spaCy reads, and which of its entities the redactor keeps.

The small English model is fast but sloppy: it tags half words, runs names across form lines and
labels, takes code identifiers and sentence-opening words for names. These rules keep what is
plausibly a name and cut the rest; the recognizers do not depend on them.
"""

from __future__ import annotations

import regex

from privacy.recognizers.names import ENGLISH_WORDS, NAME_WORDS
from privacy.recognizers.words import COMMON_WORDS

_CODE_CHARS = frozenset("0123456789@/\\:;=_<>{}[]()#$%^*|~`")
# An identifier of three or more capitalised parts ("CrashLoopBackOff", "ImagePullBackOff").
_CAMEL_IDENTIFIER = regex.compile(r"(?:[A-Z][a-z]+){3,}")


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """True if an NER span starts or ends inside a word: spaCy splits "gonna" into "gon" + "na"
    and the small model then tags "gon"; a name is a whole word."""
    return (start > 0 and text[start - 1].isalpha() and text[start].isalpha()) or \
        (end < len(text) and text[end].isalpha() and text[end - 1].isalpha())


def ner_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An NER span cut at its line breaks, each line without a leading "Label:": the small model
    runs names over form lines ("Mehvish Wani\\nAssignee: Aishath Shiuna"), and such a span would
    otherwise fail :func:`plausible_ner_name` whole and hide the names inside it."""
    pieces = []
    for line in regex.finditer(r"[^\n]+", text[start:end]):
        label = regex.match(r"[\p{L} -]{1,30}:\s*", line.group())
        a = start + line.start() + (label.end() if label else 0)
        b = start + line.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            pieces.append((a, b))
    return pieces


# What follows a number in a name's line: a time's AM/PM or a unit ("84.2 km", "18 pts").
_UNIT = regex.compile(r"(?i:am|pm|km|mi|kg|lbs?|pts|points|goals?|min|mins|hrs?|sec|reb|ast)")


def without_trailing_numbers(text: str, start: int, end: int) -> int:
    """The end of an NER span without trailing words that hold a digit (and an AM/PM or a unit after
    one): the small model takes a chat export's time into the speaker's name ("Špela Kovačič  10:44
    AM") and a leaderboard's score into the runner's ("Nokuthula Dube 84.2 km").
    The first word always stays, so a span that is all code still fails :func:`plausible_ner_name`."""
    words = list(regex.finditer(r"\S+", text[start:end]))
    keep = len(words)
    while keep > 1 and (any(c.isdigit() for c in words[keep - 1].group())
                        or (keep > 2 and _UNIT.fullmatch(words[keep - 1].group()) is not None
                            and any(c.isdigit() for c in words[keep - 2].group()))):
        keep -= 1
    return start + words[keep - 1].end() if keep < len(words) else end


def word_opening_a_sentence(text: str, start: int, end: int) -> bool:
    """True for a one-word name that opens a sentence and is, in lower case, an everyday word chat
    users write ("Kinda", "Sad", "Hang" in "Hang in there"): the NER model and the name lists tag
    these where only the capital marks them."""
    value = text[start:end]
    before = text[:start].rstrip()
    # After nothing, a full stop, a line break or an emoji; not after a word, a comma or a bracket.
    opens = not before or not (before[-1].isalnum() or before[-1] in ",;:'\"(")
    return opens and " " not in value and value.lower() in NAME_WORDS


def plausible_ner_name(entity_type: str, value: str) -> bool:
    """False for NER name spans that are code or log tokens, which the small model often tags.

    A PERSON, ORGANIZATION or LOCATION holding a digit or a code character ("git log --oneline",
    "react@6.8.0", "b0d32b9"), a single all-caps or common word ("ERR", "HEAD", "Solve"), one
    word of three or more capitalised parts ("CrashLoopBackOff"), or a lower-case word that chat
    users write as a word though it is also a given name ("kinda", ``NAME_WORDS``) is not
    redacted, nor is a PERSON or ORGANIZATION made only of ordinary lower-case English words ("the
    local council", "customer care"): the small model tags such runs in chat. (Lower-case runs of
    other words stay: the model finds lower-case names no name list holds.) Pattern recognizers find
    the identifiers that do hold digits.
    """
    if entity_type not in {"PERSON", "ORGANIZATION", "LOCATION"}:
        return True
    if not any(c.isalpha() for c in value):  # an emoji's variation selector, a lone symbol
        return False
    if any(c in _CODE_CHARS for c in value) or any(w.startswith("-") for w in value.split()):
        return False
    words = value.split()
    if len(words) == 1 and (value.isupper() or value.casefold() in COMMON_WORDS or _CAMEL_IDENTIFIER.fullmatch(value)
                            or (value.islower() and value in NAME_WORDS)):
        return False
    if entity_type in {"PERSON", "ORGANIZATION"} and value.islower() and all(
            w.strip("'’-.") in ENGLISH_WORDS for w in words):
        return False
    return True


_LONG_TOKEN = regex.compile(r"\S{64,}")


def ner_view(text: str) -> str:
    """``text`` with every run of 64+ non-space characters masked to as many ``x``: the text spaCy reads.

    spaCy's tokenizer strips affixes one character at a time, which is quadratic on a long run of
    punctuation (a pasted hash, base64 or minified code: 3 s at 4,000 ``#``). No name is 64
    characters without a space, so the NER view masks such runs; offsets are unchanged, and the
    pattern recognizers still read the original text.
    """
    return _LONG_TOKEN.sub(lambda m: "x" * len(m.group()), text)
