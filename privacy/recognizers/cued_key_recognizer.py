"""SECRET in keys and tokens after a cue word, key-shaped tokens, vouchers and recovery codes."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import (
    VALUE_CHAR,
    SecretPattern,
    SecretPatternRecognizer,
)
from privacy.recognizers.secret_shapes import letter_digit_switches
from privacy.regex_guard import finditer


class CuedKeyRecognizer(SecretPatternRecognizer):
    """"the key is Salam1ANDER", "token: <random>", base32 keys in groups of four, three-part dotted
    bot tokens, wallet private keys near wallet words; and, in a message about gift cards, licences
    or account recovery, codes mixing letters and digits at random."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        # "the key is Salam1ANDER", "wifi is Birchwood2022!": after key/code/token/wifi, a
        # password-shaped value (its check). A final "!" is kept: passwords often end in one.
        SecretPattern(Pattern("key is value",
            r"(?i:\b(?:key|code|token|secret|wi-?fi|wlan|hotspot)\s+(?:is|was|=|:))\s*[\"'`]?(?P<v>[^\s\"'`,;]{8,64}?)[\"'`]?(?=[\s,;?]|[.](?:\s|$)|$)", 0.7),
            gate=("key", "code", "token", "secret", "wifi", "wi-fi", "wlan", "hotspot"), check=checks.key_value),
        # "with gentledoormat708 as the key": only a password-shaped value or a word with a number
        # (its check), since "use the email as the key" is how code is talked about.
        SecretPattern(Pattern("value as key",
            r"(?i:\b(?:use|used|using|set|try|tried|put|type|typed|enter|entered|with))\s+[\"'`]?(?P<v>" + VALUE_CHAR + r"{6,64}?)[\"'`]?"
            r"\s+(?i:as\s+(?:the|my|your|our|a|its|his|her|their)?\s*(?:new\s+)?(?:key|code|pin|passcode|login))\b", 0.7),
            gate=("as",), check=checks.password_or_word_number),
        SecretPattern(Pattern("token after cue word",
            r"(?i:(?<!\bpublic[\s_-])\b(?:api[ _-]?key|key|token|secret|access code|auth code|recovery code|license key|"
            r"(?:gift\s?card|redeem|redemption|voucher|activation|product)\s+(?:code|key|pin))\b"
            # "Recovery key ID: <uuid>", "key fingerprint": what names a key is no key.
            r"(?!\s*(?:id|identifier|name|fingerprint|type|file|path)\b))"
            r"[^\n]{0,30}?\s[\"'`]?(?P<v>[A-Za-z0-9_+/=.-]{16,200})", 0.7),
            gate=("key", "token", "secret", "code"), check=checks.cue_value),
        # Base32 keys and app passwords shown in groups of four: "7moi 4erd nv25 ry25 ...", "fveu xxis bcis bxcb".
        SecretPattern(Pattern("grouped key",
            r"(?i:\b(?:key|password|passwd|pass|code|secret|app\s+password)\b)[^\n\w]{0,4}(?:\w+\s*){0,3}?[:=]?\s*[\"'`]?"
            r"(?P<v>[a-z2-7]{4}(?:[ \t][a-z2-7]{4}){3,7})(?![\w])", 0.8),
            gate=("key", "pass", "code", "secret"), check=checks.format_only),
        # Discord bot tokens and other three-part dotted tokens: base64url id, timestamp, HMAC.
        SecretPattern(Pattern("dotted token", r"(?<![\w.-])(?P<v>[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,45})(?![\w.-])", 0.7),
            gate=(".",), check=checks.random_dotted_token),
        # A wallet's private key: 64 hex digits (or a WIF string) in a sentence about keys and wallets;
        # the same shape without such words is usually a transaction hash.
        SecretPattern(Pattern("wallet private key",
            r"(?i:\b(?:private\s+key|priv\s*key|secret\s+key|metamask|imported|import|wallet)\b)[^\n]{0,160}?"
            r"(?<![\w])(?P<v>(?:0x)?[0-9a-fA-F]{64}|[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![\w])", 0.8),
            gate=("key", "metamask", "import", "wallet"), check=checks.format_only),
    ]

    # Codes of gift cards, licences and account recovery: letters and digits mixed at random.
    _VOUCHER_TOPIC = regex.compile(r"(?i:\b(?:gift\s?cards?|vouchers?|redeem|redemption|activation|product\s+key|licen[cs]e\s+key|"
                                   r"recovery\s+(?:code|key)|backup\s+code)s?\b)")
    _VOUCHER_TOPIC_GATE = ("gift", "voucher", "redeem", "redemption", "activation", "key", "code")
    _BACKUP_GRID_CODE = regex.compile(r"(?<![\w-])[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\w-])")
    _VOUCHER = regex.compile(r"(?<![\w-])(?P<v>[A-Z0-9]{4,}(?:-?[A-Z0-9]{4,}){1,5}|[A-Z0-9]{12,25})(?![\w-])")

    def scan_message(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        low = text.lower()
        if any(g in low for g in self._VOUCHER_TOPIC_GATE) and self._VOUCHER_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._VOUCHER, text, self.timeout)
                        if letter_digit_switches(m.group("v")) >= 3 and sum(c.isdigit() for c in m.group("v")) >= 3
                        and not regex.fullmatch(r"[0-9A-Fa-f-]+", m.group("v"))]  # hex: a key id or UUID, not the key
            # Backup codes in lower case, printed in a grid ("fg06-s4tz   pp0a-a4le").
            results += [self.result(*m.span(), 0.6) for m in finditer(self._BACKUP_GRID_CODE, text, self.timeout)
                        if regex.search(r"\d", m.group()) and regex.search(r"[a-z]", m.group())]
        return results
