"""DATE_OF_BIRTH: a date right after born / DOB / date of birth / birthday."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.words import DATE_RE

_CUE = (r"(?:\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|birth\s?day|bday|b-day|geboren|"
        r"geburtsdatum|née?|date\s+de\s+naissance|fecha\s+de\s+nacimiento|nacido|nacida|nascido|nata|nato)\b"
        r"|\bgeb\.)")  # German "geb. 28.10.2004"


class DateOfBirthRecognizer(ProjectPatternRecognizer):
    """A birth date: a calendar date (or a year after "born in") within a few words of a birth cue.

    Only the date is redacted; the cue stays so the analysis still sees "born on <DATE_OF_BIRTH_1>".
    """

    ENTITY: ClassVar[str] = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("date after birth cue", _CUE + r"[^\n\d]{0,24}?(?P<v>" + DATE_RE + r")", 0.9),
        Pattern("year after born in", r"\bborn\s+in\s+(?P<v>(?:19|20)\d{2})\b", 0.6),
        Pattern("date before birth cue", r"(?P<v>" + DATE_RE + r")[^\n\d]{0,12}?\(?" + _CUE, 0.8),
    ]
