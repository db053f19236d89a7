"""Credentials in lists: a value ending a list line is a credential when its siblings hold them.

A list of keys or logins names each service once ("• Together AI — <64 hex digits>", "- disney+:
same email, Mongoose@1976", "**Kids' Switch:** \"99726\""): when two or more lines of a block of
three or more list lines hold a SECRET span (or end in an unmistakable credential), the value
ending each other line is a credential like its siblings if it is shaped like one, even when no
recognizer knows its format. It runs after recognition, on the SECRET spans of every recognizer.
"""

from __future__ import annotations

import regex

from privacy.recognizers.secret_shapes import (
    YEAR,
    char_classes,
    credential_value,
    is_reference,
    password_like,
    shannon_bits_per_char,
    word_with_number,
)
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer
from privacy.spans import Span

SCORE = 0.7
# A line of a list: bulleted, numbered, or opening with a label ("**Gmail:**", "Router:"); and
# the value that ends it after a separator, markdown around it dropped.
_LIST_LINE = regex.compile(r"(?m)^[ \t]*(?:(?:[-*•·–]|\d{1,2}[.)])[ \t]+\S|\*\*[^*\n]{1,40}\*\*|[\w][\w '’&+.()-]{0,30}:[ \t])[^\n]*$")
_LIST_VALUE = regex.compile(r"(?:[:—–=,/]|\s-|\*\*)\s*(?:[^\s:—–=,/]+\s+){0,2}?[\"'`*_~]*(?P<v>[^\s\"'`*~]{4,200}?)[\"'`*_~]*[.,;]?[ \t]*$")


def add_credential_siblings(text: str, spans: list[Span], timeout: float) -> list[Span]:
    """``spans`` plus a SECRET span for each credential-shaped value ending a line of a list whose
    other lines hold credentials (see the module doc)."""
    if text.count("\n") < 2:
        return spans
    blocks: list[list[tuple[int, int]]] = []
    for line in finditer(_LIST_LINE, text, timeout):
        if blocks and text[blocks[-1][-1][1]:line.start()].strip() == "":
            blocks[-1].append(line.span())
        else:
            blocks.append([line.span()])
    starts = [s.start for s in spans if s.entity_type == "SECRET"]
    added = []
    for block in blocks:
        if len(block) < 3:
            continue
        found_in = [any(a <= start < b for start in starts) for a, b in block]
        values = [_LIST_VALUE.search(text, a, b) for a, b in block]
        holding = [held or (m is not None and credential_value(m.group("v"))) for held, m in zip(found_in, values)]
        if sum(holding) < 2:
            continue
        for held, match in zip(found_in, values):
            if held or match is None:
                continue
            value = match.group("v")
            random_like = len(value) >= 16 and char_classes(value) >= 2 and shannon_bits_per_char(value) >= 3.0
            code = regex.fullmatch(r"\d{4,8}", value) is not None and not YEAR.fullmatch(value)
            if (password_like(value) or random_like or code or word_with_number(value)) and "://" not in value \
                    and "." not in value.split("@")[-1] and value.lower() not in COMMON_WORDS and not is_reference(value):
                added.append(Span(*match.span("v"), "SECRET", SCORE))
    return spans + added
