"""PHONE_NUMBER shapes that Presidio's phonenumbers-based recognizer misses."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_NUMBER = r"(?P<v>\+?\(?\d[\d \t().-]{5,20}\d)"  # a number never runs onto the next line


class ExtraPhoneRecognizer(ProjectPatternRecognizer):
    """International ``+CC`` numbers in any grouping, and local numbers after a phone cue.

    Presidio's ``PhoneRecognizer`` parses numbers for a handful of regions; numbers from other
    regions or with unusual separators ("07.49.66.67.81", "81338-72743") pass it by.
    """

    ENTITY: ClassVar[str] = "PHONE_NUMBER"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("international", r"(?<![\w+])(?P<v>\+\d{1,3}[\s.-]?(?:\(?\d{1,5}\)?[\s.-]?){1,5}\d{2,5})(?!\d)", 0.6),
        Pattern("after phone cue",
                r"(?i:\b(?:call|calls|called|calling|text|texts|texted|rang|rings|phone|tel|telephone|mobile|mob|cell|number|nummer|numéro|número|whatsapp|line|fax|"
                r"reach me|ring|sms|contact|handy|portable|celular|móvil)\b)[^\n\d+]{0,25}?(?<![\w.])" + _NUMBER + r"(?![\w])", 0.6),
        # A number between the dots or bars of a CV or letter header: "Hybenvej 97 · 27 18 75 59 · x@y.dk".
        Pattern("header contact", r"(?<=[·|•]\s*)(?P<v>\d{2}(?:[ .]\d{2}){3,4}|\d{3}(?:[ .]\d{3}){2})(?=\s*(?:[·|•]|$))", 0.6),
        Pattern("two-digit groups", r"(?<![\w.+-])(?P<v>0\d(?:[\s.-]\d{2}){4})(?![\w.-]*\d)", 0.5),
        Pattern("north american", r"(?<![\w.+-])(?P<v>(?:1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})(?![\w-]|\.\d)", 0.5),
        Pattern("trunk-prefixed national", r"(?<![\w.+-])(?P<v>0\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4})(?![\w.-]*\d)", 0.5),
    ]

    def invalidate_result(self, pattern_text: str) -> bool | None:
        digits = sum(c.isdigit() for c in pattern_text)
        if not 8 <= digits <= 15:
            return True
        # IPv4 addresses, dates and versions are not phone numbers.
        if regex.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", pattern_text.strip()):
            return True
        if regex.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", pattern_text.strip()):
            return True
        if regex.fullmatch(r"\d+(?:\.\d+){1,2}", pattern_text.strip()):
            return True
        return False
