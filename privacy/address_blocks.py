"""Address blocks: a street address takes the unit, city, region, postal code and country after it.

A recognizer finds the street line of "Rua Bramble, 194 / apto 32 / Belo Horizonte - MG /
84287-487 / Brazil"; every part after it that looks like a part of the same address joins the
span, up to the block's end. A part is a following line, or a piece of the same line after a
comma, semicolon, "·", "|", " - " or " / ". Words and countries come from
``privacy/data/address_parts.toml``. Every part is at most 60 characters before a regex reads it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

import regex

from privacy.field_labels import POSTAL_CODE
from privacy.recognizers.words import COMMON_WORDS
from privacy.spans import Span

with (Path(__file__).parent / "data" / "address_parts.toml").open("rb") as _fh:
    _PARTS = tomllib.load(_fh)
COUNTRIES = frozenset(_PARTS["countries"])
_CONNECTORS = frozenset(_PARTS["connectors"])
_UNIT_WORD = "|".join(regex.escape(u) for u in sorted(_PARTS["units"], key=len, reverse=True))
# "Apt 4B", "Suite 200", and the floor-first forms "2º Dto.", "3º B", "1. mf", "2. OG links".
_UNIT = regex.compile(r"(?:(?:" + _UNIT_WORD + r")(?![\p{L}])[ \t#.:-]*[\p{L}\d][\p{L}\d/-]{0,7}"
                      r"|\d{1,3}(?:[º°ª.]|st|nd|rd|th)?[ \t]*[\p{L}]{1,5}\.?)(?:[ \t]+[\p{L}\d][\p{L}\d/-]{0,7})?",
                      regex.IGNORECASE)
_POSTAL = regex.compile(r"(?<![\p{L}\d])(?:[A-Z]{1,2}-)?(?:" + POSTAL_CODE + r")(?![\p{L}\d])", regex.IGNORECASE)
_REGION_CODE = regex.compile(r"\p{Lu}{2,3}")
_NOT_A_PLACE = regex.compile(r"[!?()\[\]{}<>=*\"|:@]|//")
# Between parts: a line break, a comma, semicolon, middle dot or bar, or a spaced dash or slash.
_BEFORE_PART = regex.compile(r"[ \t]*(?:\n|[,;·|]|[-–/](?=[ \t]))[ \t]*")
_PART_END = regex.compile(r"\n|[,;·|]|[ \t][-–/][ \t]")
MAX_PARTS = 8
BLOCK_SCORE = 0.5
MAX_PART_CHARS = 60
_HOUSE_NUMBER = regex.compile(r"\d{1,5}(?:[A-Za-z]{1,3}|bis|ter)?|\d{1,4}(?:-\d{1,4}){1,2}", regex.IGNORECASE)


def _is_street_line(words: list[str]) -> bool:
    """A house number with capitalised words, in either order ("Prinsengracht 101A", "4-20-13 Shimogamo")."""
    numbers = [w for w in words if _HOUSE_NUMBER.fullmatch(w)]
    named = [w for w in words if not _HOUSE_NUMBER.fullmatch(w) and len(w) > 1]
    return 0 < len(numbers) <= 2 and bool(named) and len(words) <= 6 and _is_place_words(named)


def _is_place_words(words: list[str]) -> bool:
    """Capitalised place words ("Belo Horizonte", "NEW YORK"), not a sentence or a greeting."""
    named = [w for w in words if w.casefold() not in _CONNECTORS]
    if not named or len(words) > 6 or not all(w[0].isupper() for w in named):
        return False
    return any(w.casefold() not in COMMON_WORDS for w in named)


def is_address_part(part: str) -> bool:
    """True if ``part`` (a line or a comma-separated piece) can continue a postal address."""
    part = part.strip(" \t.")
    if not part or len(part) > MAX_PART_CHARS or _NOT_A_PLACE.search(part):
        return False
    if part.casefold() in COUNTRIES or _UNIT.fullmatch(part):
        return True
    rest, codes = _POSTAL.subn(" ", part)
    words = [w.strip(".") for w in rest.split() if w.strip(".-–/")]
    if not words:
        return codes > 0
    if " ".join(words).casefold() in COUNTRIES or words[-1].casefold() in COUNTRIES:
        return True
    if _REGION_CODE.fullmatch(words[-1]) and (len(words) == 1 or _is_place_words(words[:-1])):
        return True
    return _is_place_words(words) or _is_street_line(words)


def _grown_end(text: str, end: int) -> int:
    """Where the block that a span ending at ``end`` starts, ends."""
    position = end
    for _ in range(MAX_PARTS):
        before = _BEFORE_PART.match(text, position)
        if before is None:
            break
        start = before.end()
        following = _PART_END.search(text, start)
        part_end = following.start() if following else len(text)
        if not is_address_part(text[start:part_end]):
            break
        while part_end > start and text[part_end - 1] in " \t.":
            part_end -= 1
        position = part_end
    return position


def address_block_spans(text: str) -> list[Span]:
    """Runs of two or more lines that are all parts of an address, one holding a postal code: the
    blocks of address labels, whatever the shape of their street line."""
    blocks, run, offset = [], [], 0
    if "\n" not in text or _POSTAL.search(text) is None:  # a block has two lines and a postal code
        return blocks
    for line in [*text.split("\n"), ""]:  # a blank line or the end closes a run
        if line and is_address_part(line):
            run.append((offset, offset + len(line), line))
        else:
            if len(run) >= 2 and any(_POSTAL.search(part) for _, _, part in run):
                blocks.append(Span(run[0][0], run[-1][1], "LOCATION", BLOCK_SCORE))
            run = []
        offset += len(line) + 1
    return blocks


def grow_address_blocks(text: str, spans: Iterable[Span]) -> list[Span]:
    """Each LOCATION span holding a digit (a street address, not a city) grown over its block, and
    the address blocks no recognizer started (:func:`address_block_spans`)."""
    grown = address_block_spans(text)
    for span in spans:
        if span.entity_type == "LOCATION" and any(c.isdigit() for c in text[span.start:span.end]):
            end = _grown_end(text, span.end)
            if end > span.end:
                span = Span(span.start, end, span.entity_type, span.score)
        grown.append(span)
    return grown
