"""spaCy's entities, kept only where they are plausibly a name or a place.

Presidio's ``SpacyRecognizer`` passes on every entity the model tags; the small English model tags
half words, runs names over form lines, and takes code identifiers and sentence-opening words for
names. This recognizer applies the clean-up rules of :mod:`privacy.ner_cleanup` to each entity
before the analyzer sees it, so the redactor treats its results like any other recognizer's.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from privacy.ner_cleanup import (
    cuts_a_word,
    ner_lines,
    plausible_ner_name,
    without_trailing_numbers,
    word_opening_a_sentence,
)
from privacy.nlp import LANGUAGE
from privacy.regex_guard import DEFAULT_TIMEOUT_SECONDS


class NerNameRecognizer(SpacyRecognizer):
    """The NER model's entities, each cut at line breaks and form labels, without trailing numbers,
    and dropped when it opens a sentence, cuts a word or is not plausibly a name.

    Args:
        timeout: Kept like every project recognizer's; the rules here scan only the entity's text.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS):
        super().__init__(supported_language=LANGUAGE)
        self.timeout = timeout

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The cleaned entities of ``nlp_artifacts`` (offsets in ``text``)."""
        kept = []
        for r in super().analyze(text, entities, nlp_artifacts):
            if word_opening_a_sentence(text, r.start, r.end):
                continue
            for start, end in ner_lines(text, r.start, r.end):
                end = without_trailing_numbers(text, start, end)
                if plausible_ner_name(r.entity_type, text[start:end]) and not cuts_a_word(text, start, end):
                    kept.append(RecognizerResult(r.entity_type, start, end, r.score, r.analysis_explanation,
                                                 r.recognition_metadata))
        return kept
