"""EMAIL_ADDRESS: Presidio's e-mail recognizer, skipped on texts without an '@'."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer


class FastEmailRecognizer(EmailRecognizer):
    """Presidio's ``EmailRecognizer`` (regex plus offline domain check through tldextract).

    Its pattern is the slowest of the analyzer's regexes, and an address always holds '@', so
    texts without one return at once. Same results, about a fifth of the pattern time saved.
    """

    def __init__(self, timeout: float | None = None, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        # Applied by privacy.regex_guard when the engine guards this recognizer's patterns.
        self.timeout = timeout

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        if "@" not in text:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
