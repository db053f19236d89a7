"""PERSON: a lower-case known given name in a person slot ("me and kenji", "tell priya", "amara's wedding")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.name_gazetteer_recognizer import AMBIGUOUS_NAMES
from privacy.recognizers.names import NAME_WORDS, is_given_name
from privacy.recognizers.words import COMMON_WORDS

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
# Words that end the name after a contact verb ("texted ngozi about ...").
_AFTER_CONTACT = r"(?:about|that|to|and|but|if|back|again|yesterday|today|tonight|last|this|twice|earlier|i|the|we|my)"
# Verbs after a subject: any regular past tense, plus common irregular and negated forms. Not a
# bare "is": "kenji is a word" talks about the word; two names joined by "and" may take a copula.
_SUBJECT_VERBS = (r"\p{Ll}{2,}ed|said|says|told|got|went|came|left|set|made|took|gave|sent|forgot|broke|brought|bought|found|lost|"
                  r"won|ran|sat|thinks|thought|can'?t|couldn'?t|won'?t|wouldn'?t|didn'?t|doesn'?t|"
                  r"isn'?t|wasn'?t|never|always|just|still|keeps|wants|needs|asked|texted|replied|wrote|says")
# Things a person has: after "<name>'s" they mark the name as a person's.
_POSSESSED = (r"mum|mom|dad|mother|father|parents|sister|brother|wife|husband|partner|boyfriend|girlfriend|kids?|baby|son|"
              r"daughter|family|wedding|birthday|funeral|party|house|place|flat|apartment|room|car|dog|cat|phone|number|"
              r"email|address|boss|friend|friends|ex|graduation|baby\s+shower|hen|stag|leaving|new")
_LOW_WORD = r"(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})"
_LOW = _LOW_WORD + r"(?![\p{L}\d_@])"


class LowercaseNameRecognizer(ProjectPatternRecognizer):
    """Chat users often type names in lower case, which the NER model and the capitalised
    gazetteer miss. A lower-case word counts only if it is a known given name (not a common or
    ambiguous word) and it stands where a person stands: after a cue phrase ("tell priya"), as a
    clause's subject before a verb ("kwabena borrowed my car"), or before a possessed person or
    thing ("amara's wedding")."""

    ENTITY: ClassVar[str] = "PERSON"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("me and name", r"(?i:\b(?:me|i)\s+and\s+)" + _LOW, 0.5),
        Pattern("name and me", r"(?:^|(?<=[\s,;:]))(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})\s+(?i:and\s+(?:i|me)\b)", 0.5),
        # The match consumes only the cue and finds the name in a look-ahead, so one match's name
        # can be the next match's cue ("hi its anahí"); a look-behind cue is tried at every
        # position and cost twice the time.
        Pattern("verb name",
                r"(?i:\b(?:tell|told|ask|asked|text|texted|call|called|invite|invited|met|meet|meeting|dating|married|"
                r"marry|hug|miss|missing|dear|hi|hey|hiya|yo|thanks|thx|ty|sorry|congrats|congratulations|bye|night|morning|love\s+you|i'?m|im|name\s+is|name'?s|named|"
                r"this\s+is|it'?s|its|cc|w/|with|and|or|visit|visited|visiting|see|saw|seeing)\s+)(?=" + _LOW + r"(?:\s*[,.!?;:)]|\s*$|\s+\p{Ll}))", 0.45),
        # A known given name opening a clause, then a verb: "kwabena borrowed my car", "ugh amara bailed".
        Pattern("name as subject",
                r"(?:^|[.!?;]\s{1,3}|(?i:\b(?:ugh|omg|lol|so|and|but|honestly|sorry|well|because|cos|cuz|coz|idk|apparently|when|while|since|"
                r"until|unless|after|before|then|now|that|is|if|tbh|anyway|also|plus)\s))(?=" + _LOW +
                r"\s+(?:and\s+\p{Ll}[\p{Ll}'’-]{2,19}\s+(?i:are|were|have|had)|(?i:" + _SUBJECT_VERBS + r"))\b)", 0.45),
        # A known given name with a possessive before a person's thing: "amara's wedding", "bao's mum";
        # never after a determiner, which makes it a noun ("my son's birthday").
        Pattern("possessive name",
                r"(?<![\p{L}\d_@])(?<!(?i:\b(?:my|your|his|her|our|their|the|a|an|this|that|whose)\s))" + _LOW_WORD + r"(?=['’]s\s+(?i:" + _POSSESSED + r")\b)", 0.45),
        Pattern("name said", r"(?:^|(?<=[\s,;:]))(?P<v>\p{Ll}[\p{Ll}'’-]{2,19})\s+(?i:said|says|told|texted|asked|thinks|wants|keeps|"
                r"just|never|always|(?:is|was)\s+(?:my|so|being|mad|upset|lying|sick|the|such|really|literally|still|\p{Ll}{3,}ed|\p{Ll}{3,}ing))\b", 0.45),
        # After a verb whose object can only be a person, any one or two uncommon words are the name.
        Pattern("contacted person",
                r"(?i:\b(?:texted|emailed|messaged|dm'?d|dmed|pinged|phoned|rang|facetimed|whatsapped|ghosted|dumped|unfriended|"
                r"(?:should\s+i|to|i'?ll|gonna|will|pls|please|just|and)\s+(?:tell|ask|remind)))\s+"
                r"(?P<v>\p{Ll}[\p{Ll}'’-]{2,19}(?:\s+(?!" + _AFTER_CONTACT + r"\b)\p{Ll}[\p{Ll}'’-]{2,19})?)"
                r"(?=\s+(?i:" + _AFTER_CONTACT + r")\b|\s*[,.!?;:]|\s*$)", 0.45),
    ]

    GATES: ClassVar[dict[str, tuple[str, ...]]] = {
        "me and name": ("and",), "name and me": ("and",), "possessive name": ("'s", "’s"),
        "contacted person": ("texted", "emailed", "messaged", "dm", "pinged", "phoned", "rang", "facetimed", "whatsapped",
                             "ghosted", "dumped", "unfriended", "tell", "ask", "remind"),
    }

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        words = value.lower().split()
        if any(w in COMMON_WORDS or w in AMBIGUOUS_NAMES or w in NAME_WORDS for w in words):
            return None
        if pattern.name != "contacted person" and not is_given_name(words[0]):
            return None
        return pattern.score
