"""IBAN_CODE in any case: Presidio's IBAN recognizer, with lower-case and mixed-case IBANs too.

Presidio matches upper-case IBANs only, and gives a lower-case one that passes mod 97 no more
than its pattern score; people type "gb05loyd8002..." as often as anything else.
"""

from __future__ import annotations

import regex
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from privacy.nlp import LANGUAGE
from privacy.regex_guard import DEFAULT_TIMEOUT_SECONDS


class AnyCaseIbanRecognizer(IbanRecognizer):
    """Presidio's ``IbanRecognizer`` matching case-insensitively and checking the upper-cased value.

    Args:
        timeout: Kept like every project recognizer's (Presidio bounds this one's regexes itself).
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS):
        super().__init__(supported_language=LANGUAGE, regex_flags=regex.DOTALL | regex.MULTILINE | regex.IGNORECASE)
        self.name = type(self).__name__
        self.timeout = timeout

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return super().validate_result(pattern_text.upper())
