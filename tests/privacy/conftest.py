"""Shared fixtures for the privacy tests: one real Redactor per session (spaCy + Presidio)."""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import pytest  # noqa: E402

from privacy.pseudonyms import Pseudonymizer  # noqa: E402
from privacy.redactor import Redactor  # noqa: E402
from privacy.settings import RedactionSettings  # noqa: E402

TEST_KEY = b"test-key-0123456789abcdef"


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor(RedactionSettings(), Pseudonymizer(TEST_KEY)).setup()


def spans_of(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The matched substrings a recognizer reports for ``text``, in order."""
    results = sorted(recognizer.analyze(text, [recognizer.supported_entities[0]]), key=lambda r: r.start)
    return [text[r.start:r.end] for r in results]


def spans_of_all(recognizer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The matched substrings and entity types a recognizer reports for ``text``, in order."""
    results = sorted(recognizer.analyze(text, []), key=lambda r: r.start)
    return [(text[r.start:r.end], r.entity_type) for r in results]


class SecretFamilies:
    """The SECRET recognizers of every credential family and the list step after them, as the
    redactor runs them, behind one ``analyze`` (the entropy scan only when asked)."""

    supported_entities = ["SECRET"]

    def __init__(self, entropy: bool = False):
        from privacy.recognizers import SECRET_RECOGNIZERS, EntropySecretRecognizer

        self.recognizers = [cls() for cls in SECRET_RECOGNIZERS if entropy or cls is not EntropySecretRecognizer]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):  # type: ignore[no-untyped-def]
        from presidio_analyzer import EntityRecognizer

        from privacy.credential_lists import add_credential_siblings
        from privacy.regex_guard import DEFAULT_TIMEOUT_SECONDS
        from privacy.spans import Span

        found = EntityRecognizer.remove_duplicates([r for rec in self.recognizers for r in rec.analyze(text, entities, nlp_artifacts)])
        return add_credential_siblings(text, [Span(r.start, r.end, r.entity_type, r.score) for r in found], DEFAULT_TIMEOUT_SECONDS)
