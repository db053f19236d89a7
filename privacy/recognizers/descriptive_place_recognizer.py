"""LOCATION: a private home described by its look and a named landmark ("the white bungalow on Orchard Rise")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
_DWELLING = (r"(?:house|home|bungalow|flat|cottage|apartment|farmhouse|townhouse|cabin|barn|semi|terrace|maisonette|"
             r"duplex|condo|villa|caravan|houseboat|trailer|chalet|lodge|annexe?|bedsit|studio|place|door|building|"
             r"block|bedsit|granny\s+flat|loft|penthouse|basement)")
_PREP = (r"(?:on|at|off|near|by|behind|opposite|across\s+from|next\s+to|past|beside|facing|above|below|"
         r"at\s+the\s+(?:end|corner|back|top|bottom|far\s+end)\s+of)")
_PROPER = r"(?:\p{Lu}[\p{L}'’-]+|\d{1,4}(?:st|nd|rd|th)?)"
# A street named in lower case, as chat users write it: "ferrier street", "49 damson walk".
_LOWER_STREET = (r"(?:\d{1,4}[a-z]?,?\s+)?(?:(?!(?:the|a|an|my|our|your|their|his|her|this|that)\b)[\p{Ll}][\p{Ll}'’-]+\s+){1,2}"
                 r"(?:street|st|road|rd|lane|ln|close|avenue|ave|drive|way|crescent|terrace|gardens|grove|court|place|row|walk|"
                 r"mews|parade|square)\b")
_LANDMARK_PLACE = (r"\b(?i:flat|apartment|apt|unit|room|house|number|no\.?)\s+\d{1,4}[a-z]?\s+(?:above|below|behind|over|next\s+to|"
                   r"opposite|beside)\s+the\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+")


class DescriptivePlaceRecognizer(ProjectPatternRecognizer):
    """"the <lower-case words> <dwelling> ... <on|near|opposite|at the end of> <Proper Name>".

    The dwelling word and its adjectives must be lower case, so named public buildings ("The
    White House on Pennsylvania Avenue") and stories without a named place ("the old cottage by
    the lake") stay; a city alone after "in" is never taken.
    """

    ENTITY: ClassVar[str] = "LOCATION"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("described dwelling",
                r"\b[Tt]he\s+(?:[\p{Ll}][\p{Ll}-]{1,15}\s+){0,3}" + _DWELLING + r"\b"
                r"(?:[^\n.!?;]{0,40}?\s)??" + _PREP + r"\s+(?:the\s+)?" + _PROPER
                + r"(?:(?:\s+|\s+(?:and|&)\s+)" + _PROPER + r"){0,4}", 0.6),
        Pattern("described dwelling on a lower-case street",
                r"\b[Tt]he\s+(?:[\p{Ll}][\p{Ll}-]{1,15}\s+){0,3}" + _DWELLING + r"\b"
                r"(?:[^\n.!?;]{0,50}?\s)??" + _PREP + r"\s+(?:the\s+)?" + _LOWER_STREET, 0.6),
        Pattern("numbered home by a landmark", _LANDMARK_PLACE + r"(?:,?\s+(?:on\s+)?" + _LOWER_STREET + r"|,?\s+on\s+" + _PROPER
                + r"(?:\s+" + _PROPER + r"){0,3})?", 0.6),
    ]
