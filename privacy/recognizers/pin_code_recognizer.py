"""SECRET in PINs and numeric codes: one-time codes, card security codes, door, safe and lock codes."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import (
    PUBLIC_CODE_WORD,
    SecretPattern,
    SecretPatternRecognizer,
)
from privacy.recognizers.secret_shapes import YEAR
from privacy.regex_guard import finditer


class PinCodeRecognizer(SecretPatternRecognizer):
    """PINs and numeric codes after their cue ("PIN 4821", "the gate code is 3156", "CVV 347",
    "G-320375 is your verification code"), and, in a message about locks and PINs, a code after
    "it's", "says", "typed" and the like. Every pattern needs a digit."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        # One-time codes in the messages services send: "G-320375 is your Google verification code",
        # "Your Wise verification code is 184531".
        SecretPattern(Pattern("one-time code",
            r"(?i:\b(?:verification|security|login|sign-?in|one[- ]time|otp|2fa|mfa|authenticat(?:ion|or)|confirmation|access|reset|your)\s+"
            r"(?:code|pin|passcode)\s*(?:is|:)\s*)(?:[A-Z]-)?(?P<v>\d{4,8}|\d{3}[ -]\d{3})\b"
            r"|(?<![\w-])(?:[A-Z]-)?(?P<v>\d{4,8})(?=\s+(?i:is\s+your\b[^\n]{0,40}?\b(?:code|pin|passcode|otp)\b))", 0.9),
            gate=("code", "pin", "otp"), check=checks.format_only),
        # A card's security code: "CVV 347", "with its CVV (423)".
        SecretPattern(Pattern("card security code", r"(?i:\b(?:cvv2?|cvc2?|csc|cid|card\s+security\s+code))\s*(?:is|:|=|\(|#)?\s*(?P<v>\d{3,4})\b(?!\s*(?:%|digits?))", 0.8),
            gate=("cvv", "cvc", "csc", "cid", "security code"), check=checks.format_only),
        # "manager_pin: 0930", "PIN=4821": a PIN field of a config or export.
        SecretPattern(Pattern("pin assignment", r"(?i:\b[A-Za-z0-9.-]*_?pin(?:_?code)?)[\"']?\s*[:=][ \t]*[\"']?(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.8),
            gate=("pin",), check=checks.format_only),
        SecretPattern(Pattern("pin or passcode",
            r"(?i:\b(?:pin|pin\s?code|passcode|pass\s+code|combo|combination|(?:door|gate|alarm|lock|unlock|entry|safe|access|garage|building|locker|padlock)\s+code|"
            r"key\s?safe|lock\s?box|key\s?box|padlock|puk\d?|(?:voice\s?mail|phone|screen|sim|bike|luggage|suitcase)\s+(?:code|pin|passcode)|code\s+(?:for|to|of)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}(?:door|gate|safe|lock|lockbox|box|alarm|garage|building|entrance|padlock|locker|keypad)))\b"
            r"(?:[^\n\d]{0,25}?(?:(?i:\bis\b)|[:=]|['’]s\b)|[ \t]+[-–—]?)\s*[\"'`]?(?P<v>\d{4,8}|\d{1,3}(?:[- ]\d{1,3}){2,3})\b", 0.8),
            gate=("pin", "code", "combo", "combination", "safe", "box", "padlock", "puk"), check=checks.format_only),
        # "phone pin 8784", "PIN number 4821": a PIN needs no "is" when the digits follow the word.
        # Codes of safes, doors and lockboxes: "set the room safe to 67436", "the inner door is 0723",
        # "the lockbox under the stairs (36953)".
        SecretPattern(Pattern("device code",
            r"(?i:\b(?:safe|door|gate|lockbox|lock\s?box|key\s?safe|key\s?box|padlock|locker|alarm|garage|intercom|buzzer)\b)"
            r"[^\n\d.!?]{0,30}?(?:\b(?:is|to)\b|[:=(])\s*(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
            gate=("safe", "door", "gate", "lock", "key", "padlock", "locker", "alarm", "garage", "intercom", "buzzer"), check=checks.format_only),
        # "the kids' tablet code is 928131", "código do portão é 3156": a code of some device or door;
        # codes that are no secret (error, zip, area, promo...) are excluded by the word before "code".
        SecretPattern(Pattern("thing code digits",
            r"(?i:\b(?!(?:" + PUBLIC_CODE_WORD + r"|the|a|my|this|that)\b)"
            r"[\w'’-]+\s+(?:code|código|codice|pin|passcode|lock)\s+(?:(?:do|da|de|del|du|della|of)\s+[\w'’-]+\s+)?"
            r"(?:is|was|=|:|é|es|è|est|ist|set\s+to|to|now)\s*[\"'`]?)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
            gate=("code", "código", "codice", "pin", "lock"), check=checks.format_only),
        SecretPattern(Pattern("pin digits", r"(?i:\b(?:pin\d?|pin\s?code|passcode|puk\d?|access\s+code)(?:\s+(?:number|no\.?|#))?)(?:\s+|\s*[-–—]\s*)(?P<v>\d{4,8})\b(?![.,:/-]\d)", 0.7),
            gate=("pin", "passcode", "puk", "access code"), check=checks.format_only),
    ]

    # Words of a message about a numeric code, and the code after "it's", "says", "to", "typed"...
    _CODE_TOPIC = regex.compile(r"(?i:\b(?:pin|passcode|pass\s?code|lock|unlock|combination|combo|keypad|key\s?safe|parental|parent\s+code|get\s+in(?!\s+(?:shape|touch|trouble|line)))\b)")
    _CODE_TOPIC_GATE = ("pin", "code", "lock", "combo", "combination", "keypad", "safe", "parent", "get in")
    _CODE_DIGITS = regex.compile(r"(?<!(?i:\b(?:" + PUBLIC_CODE_WORD + r")\s+(?:code|number|no\.?|#)\s+))"
                                 r"(?i:(?:\b(?:it'?s|it\s+is|is|was|says|said|to|typed|entered|tried|now|reads|put|use|used|picked|chose)|['’]s)"
                                 r"\s*[:\"'`]?\s*)(?P<v>\d{4,8})\b"
                                 r"(?![.,:/-]\d)(?!\s*(?:%|am\b|pm\b|kg\b|km\b|mb\b|gb\b|times\b|years?\b|people\b))")

    def scan_message(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        low = text.lower()
        if any(g in low for g in self._CODE_TOPIC_GATE) and self._CODE_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._CODE_DIGITS, text, self.timeout)
                        if not YEAR.fullmatch(m.group("v"))]
        return results
