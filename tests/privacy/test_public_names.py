"""Well-known public figures, landmarks, countries and cities stay in the clear; a city in a
sentence about the writer, and a place name detected as a PERSON, do not."""

import pytest

from privacy.public_names import is_public_name
from privacy.spans import Span, apply_policy


def _one(text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return is_public_name(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, value, kind", [
    ("compare Marie Curie and Alan Turing", "Marie Curie", "PERSON"),
    ("is the Eiffel Tower open at night?", "the Eiffel Tower", "PERSON"),   # NER sometimes says PERSON
    ("Martin Luther King Jr.'s speech", "Martin Luther King Jr.'s", "PERSON"),
    ("plan a 3-day trip to Tokyo", "Tokyo", "LOCATION"),
])
def test_public_names_are_recognised(text, value, kind):
    assert _one(text, value, kind)


@pytest.mark.parametrize("text, value, kind", [
    ("I'm based in Tokyo these days", "Tokyo", "LOCATION"),        # where the writer lives
    ("my parents still live in Lagos.", "Lagos", "LOCATION"),
    ("Paris said she would call", "Paris", "PERSON"),              # a place list entry is never a PERSON
    ("ask Marie about the rota", "Marie", "PERSON"),               # a first name alone is not listed
    ("Marie Curie", "Marie Curie", "USERNAME"),
])
def test_private_mentions_are_not_public(text, value, kind):
    assert not _one(text, value, kind)


def test_policy_drops_public_spans_and_keeps_private_ones():
    text = "My friend Sam Okoro loves Frida Kahlo"
    spans = [Span(10, 19, "PERSON", 0.85), Span(26, 37, "PERSON", 0.85)]
    assert apply_policy(text, spans, frozenset(), False) == [spans[0]]
