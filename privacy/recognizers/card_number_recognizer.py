"""CREDIT_CARD: 13-19 digit card numbers with a Luhn check, any issuer prefix."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.checksums import luhn_ok
from privacy.recognizers.base import ProjectPatternRecognizer


class CardNumberRecognizer(ProjectPatternRecognizer):
    """Card numbers Presidio's issuer-prefix regex misses (2-series Mastercard, odd grouping).

    A Luhn-valid number scores 1.0; after a card cue word ("card", "visa", "charge it to") a
    number of card length scores 0.6 even without the checksum, since a mistyped card number is
    still a card number.
    """

    ENTITY: ClassVar[str] = "CREDIT_CARD"
    _NUMBER: ClassVar[str] = r"(?<![\d.-])(?P<v>\d(?:[ -]?\d){12,18})(?![\d-])"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("luhn card number", _NUMBER, 0.3),
        Pattern("card number after cue",
                r"\b(?:card|visa|mastercard|master card|amex|american express|discover|maestro|debit|credit|cc|"
                r"charge(?:d)?(?: it)? to|pay(?:ment)? with|karte|carte|tarjeta|cartão)\b[^\n\d]{0,25}?" + _NUMBER, 0.6),
    ]

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        digits = sum(c.isdigit() for c in value)
        if not 13 <= digits <= 19 or len(set(c for c in value if c.isdigit())) < 3:
            return None
        if luhn_ok(value):
            return 1.0
        return pattern.score if pattern.name == "card number after cue" else None
