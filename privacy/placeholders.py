"""Typed placeholders that stay consistent within one conversation and reveal nothing across them."""

from __future__ import annotations

from collections import defaultdict

import regex

from privacy.recognizers.words import COMMON_WORDS

_NUMERIC_TYPES = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "ID_NUMBER"})


def _name_tokens(value: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in regex.findall(r"\p{L}[\p{L}'’-]*", value)
                     if len(w) >= 2 and w.casefold() not in COMMON_WORDS)


def normalize_value(entity_type: str, value: str) -> str:
    """The form two mentions must share to get the same placeholder.

    Numbers compare by their letters and digits only ("4111 1111" == "4111-1111"); everything else
    case-folded with whitespace collapsed.
    """
    if entity_type in _NUMERIC_TYPES:
        return "".join(c for c in value.casefold() if c.isalnum())
    return " ".join(value.casefold().split()).strip(".,;:!?\"'()")


class PlaceholderBook:
    """Numbers the entities of one conversation: ``<EMAIL_ADDRESS_1>``, ``<PERSON_2>``, ...

    Make one book per conversation: numbering restarts at 1 in every conversation, so the same
    placeholder in two conversations says nothing about whether the values are the same. A
    PERSON mention whose name words are a subset of an earlier PERSON's (or the reverse) gets
    that person's number, so "Ananya" after "Ananya Sharma" stays ``<PERSON_1>``.
    """

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._people: list[tuple[frozenset[str], int]] = []
        self._count: dict[str, int] = defaultdict(int)

    def placeholder(self, entity_type: str, value: str) -> str:
        """The placeholder for ``value`` of ``entity_type``, assigning the next number if new."""
        key = (entity_type, normalize_value(entity_type, value))
        number = self._numbers.get(key)
        if number is None and entity_type == "PERSON":
            number = self._match_person(_name_tokens(value))
        if number is None:
            self._count[entity_type] += 1
            number = self._count[entity_type]
        self._numbers[key] = number
        if entity_type == "PERSON":
            tokens = _name_tokens(value)
            if tokens:
                self._people.append((tokens, number))
        return f"<{entity_type}_{number}>"

    def _match_person(self, tokens: frozenset[str]) -> int | None:
        if not tokens:
            return None
        for known, number in self._people:
            if tokens <= known or known <= tokens:
                return number
        return None
