"""Well-known public figures, landmarks, countries and cities, kept in the clear.

``data/public_names.txt`` (figures and landmarks) applies to PERSON, LOCATION and ORGANIZATION
spans; ``data/public_places.txt`` (countries and large cities) to LOCATION spans only, since many
place names are also given names, and only in a sentence without a first-person word: "plan a
trip to Tokyo" keeps the city, "I'm based in Tokyo" or "my parents live in Tokyo" says where a
person lives and redacts it. Each file documents how it is curated.
"""

from __future__ import annotations

from pathlib import Path

import regex

_DATA = Path(__file__).resolve().parent / "data"


def _normalize(value: str) -> str:
    norm = " ".join(value.casefold().replace("’", "'").split())
    norm = norm.removesuffix("'s").strip(".,;:!?\"'()[]")
    return norm.removeprefix("the ")


def _load(name: str) -> frozenset[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(_normalize(line) for line in lines if line.strip() and not line.startswith("#"))


PUBLIC_NAMES: frozenset[str] = _load("public_names.txt")
"""Public figures and landmarks, normalised (case-folded, no leading "the")."""

PUBLIC_PLACES: frozenset[str] = _load("public_places.txt")
"""Countries and large cities, normalised the same way."""

PUBLIC_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
"""The span types a public name may be detected as."""


_FIRST_PERSON = regex.compile(r"\b(?:i|i'm|i’m|im|i've|i'd|i'll|me|my|mine|myself|we|we're|we’re|our|ours|us)\b",
                              regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?\n]")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` around ``[start, end)``."""
    head = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    tail = _SENTENCE_END.search(text, end)
    return text[head:tail.start() if tail else len(text)]


def is_public_name(text: str, start: int, end: int, entity_type: str) -> bool:
    """True if the span ``text[start:end]``, detected as ``entity_type``, is a listed public figure
    or landmark, or a country or city (LOCATION only) in a sentence with no first-person word.
    Case, edge punctuation, a leading "the" and a trailing possessive are ignored ("the Eiffel
    Tower", "Marie Curie's")."""
    if entity_type not in PUBLIC_TYPES:
        return False
    norm = _normalize(text[start:end])
    if norm in PUBLIC_NAMES:
        return True
    return entity_type == "LOCATION" and norm in PUBLIC_PLACES and \
        _FIRST_PERSON.search(_sentence(text, start, end)) is None
