"""PERSON: a lower-case known given name after a cue phrase ("me and kenji", "tell priya")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.name_gazetteer_recognizer import AMBIGUOUS_NAMES
from privacy.recognizers.names import is_given_name
from privacy.recognizers.words import COMMON_WORDS

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
# Words that end the name after a contact verb ("texted ngozi about ...").
_AFTER_CONTACT = r"(?:about|that|to|and|but|if|back|again|yesterday|today|tonight|last|this|twice|earlier)"
_LOW = r"(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})(?![\p{L}\d_@])"


class LowercaseNameRecognizer(ProjectPatternRecognizer):
    """Chat users often type names in lower case, which the NER model and the capitalised
    gazetteer miss. A lower-case word counts only if it is a known given name (not a common or
    ambiguous word) and a cue phrase introduces it."""

    ENTITY: ClassVar[str] = "PERSON"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("me and name", r"(?i:\b(?:me|i)\s+and\s+)" + _LOW, 0.5),
        Pattern("name and me", r"(?:^|(?<=[\s,;:]))(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})\s+(?i:and\s+(?:i|me)\b)", 0.5),
        Pattern("verb name",
                r"(?i:\b(?:tell|told|ask|asked|text|texted|call|called|invite|invited|met|meet|meeting|dating|married|"
                r"marry|hug|miss|missing|dear|hi|hey|hiya|yo|thanks|thx|ty|sorry|congrats|congratulations|bye|night|morning|love\s+you|i'?m|im|name\s+is|name'?s|named|"
                r"this\s+is|it'?s|its|cc|w/|with|and|or)\s+)" + _LOW + r"(?=\s*[,.!?;:)]|\s*$|\s+\p{Ll})", 0.45),
        Pattern("name said", r"(?:^|(?<=[\s,;:]))(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})\s+(?i:said|says|told|texted|asked|thinks|wants|keeps|"
                r"just|never|always|(?:is|was)\s+(?:my|so|being|mad|upset|lying|sick|the|such|really|literally|still))\b", 0.45),
        # After a verb whose object can only be a person, any one or two uncommon words are the name.
        Pattern("contacted person",
                r"(?i:\b(?:texted|emailed|messaged|dm'?d|dmed|pinged|phoned|rang|facetimed|whatsapped|ghosted|dumped|unfriended))\s+"
                r"(?P<v>\p{Ll}[\p{Ll}'’-]{2,19}(?:\s+(?!" + _AFTER_CONTACT + r"\b)\p{Ll}[\p{Ll}'’-]{2,19})?)"
                r"(?=\s+(?i:" + _AFTER_CONTACT + r")\b|\s*[,.!?;:]|\s*$)", 0.45),
    ]

    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "me and name": ("and",), "name and me": ("and",),
        "contacted person": ("texted", "emailed", "messaged", "dm", "pinged", "phoned", "rang", "facetimed", "whatsapped",
                             "ghosted", "dumped", "unfriended"),
    }

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        words = value.lower().split()
        if any(w in COMMON_WORDS or w in AMBIGUOUS_NAMES for w in words):
            return None
        if pattern.name != "contacted person" and not is_given_name(words[0]):
            return None
        return pattern.score
