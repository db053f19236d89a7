"""SECRET: API keys, tokens, private keys, passwords in URLs and after cue words.

The patterns, each with its gate and its check, are in :mod:`privacy.recognizers.secret_patterns`
(key formats in ``data/key_formats.toml``); the shape tests in :mod:`privacy.recognizers.secret_shapes`.
This recognizer runs them and adds what no single pattern sees: password-shaped tokens in a
message about passwords, tokens only passwords are shaped like, numeric codes in a message about
locks and PINs, voucher codes, and the values of a list whose other lines hold credentials.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.secret_patterns import (
    ANCHORS,
    CASE_SENSITIVE,
    CJK_PASSWORD_WORD,
    PASSWORD_GATE,
    PASSWORD_WORD,
    PUBLIC_CODE_WORD,
    SECRET_PATTERNS,
)
from privacy.recognizers.secret_shapes import (
    EXAMPLE,
    MASK,
    MASKED_TAIL,
    PUBLISHED_EXAMPLES,
    YEAR,
    char_classes,
    code_name,
    credential_value,
    cue_value_is_invalid,
    cue_value_is_valid,
    format_only,
    is_reference,
    letter_digit_switches,
    looks_mixed_random,
    password_like,
    password_only_shape,
    shannon_bits_per_char,
    word_with_number,
)
from privacy.recognizers.words import COMMON_WORDS
from privacy.regex_guard import finditer


class SecretRecognizer(ProjectPatternRecognizer):
    """Credentials in well-known formats, and credential-looking values after cue words.

    Known formats score high and need no context. Cue-word patterns ("password: ...",
    ``API_KEY=...``, "my token is ...") capture only the value (group ``v``) and keep it only if
    its pattern's check accepts it: "password is wrong" stays while "hunter2" goes.
    """

    ENTITY: ClassVar[str] = "SECRET"
    FLAGS: ClassVar[int] = CASE_SENSITIVE
    PATTERNS: ClassVar[list[Pattern]] = [p.pattern for p in SECRET_PATTERNS]
    GATES: ClassVar[dict[str, tuple[str, ...]]] = {p.pattern.name: p.gate for p in SECRET_PATTERNS if p.gate is not None}
    ANCHORS: ClassVar[dict[str, regex.Pattern]] = ANCHORS
    CHECKS: ClassVar[dict] = {p.pattern.name: p.check for p in SECRET_PATTERNS}
    TABLE_HEADERS: ClassVar[frozenset[str]] = frozenset({
        "password", "passwords", "pass", "pw", "pwd", "passcode", "pin", "secret", "token", "api key", "key", "app password",
        "temp password", "temporary password", "initial password", "new password", "default password", "wifi password"})
    """Column headers of pasted tables whose cells are credentials (``| login | password |``)."""

    # A line of a list: bulleted, numbered, or opening with a label ("**Gmail:**", "Router:"); and
    # the value that ends it after a separator, markdown around it dropped ("• Together AI — f477...",
    # "- disney+: same email, Mongoose@1976", "**Kids' Switch:** \"99726\"").
    _LIST_LINE = regex.compile(r"(?m)^[ \t]*(?:(?:[-*•·–]|\d{1,2}[.)])[ \t]+\S|\*\*[^*\n]{1,40}\*\*|[\w][\w '’&+.()-]{0,30}:[ \t])[^\n]*$")
    _LIST_VALUE = regex.compile(r"(?:[:—–=,/]|\s-|\*\*)\s*(?:[^\s:—–=,/]+\s+){0,2}?[\"'`*_~]*(?P<v>[^\s\"'`*~]{4,200}?)[\"'`*_~]*[.,;]?[ \t]*$")
    # Words in a message that make its password-shaped tokens credentials.
    _CREDENTIAL_TOPIC = regex.compile(r"(?i:(?<![^\W_])(?:(?:" + PASSWORD_WORD + r")s?|passcodes?|pins?|wi-?fi|log\s?in|sign\s?in|unlock|credentials?|"
                                      r"locked\s+(?:\w+\s+){0,2}out|creds|(?:strong|secure|safe)\s+enough|(?:easy|hard)\s+to\s+guess|guessable)(?!\w))|"
                                      + CJK_PASSWORD_WORD)
    # Every shape of password_only_shape holds a digit or a symbol.
    _DIGIT_OR_SYMBOL = regex.compile(r"[\d#$%^&*~+@]")
    # A token of any message (see _strong_password_tokens): its closing "?", "!" or "*" may be the password's.
    _STRONG_TOKEN = regex.compile(r"(?<![^\s\"'`(\[«“„<>=:])(?P<v>[^\s\"'`,;:=()\[\]«»“”<>]{7,64}?)[.,;:]?(?=[\s\"'`)\],;»”<>]|$)")
    _TOPIC_GATE = (*PASSWORD_GATE, "pin", "login", "log in", "sign in", "signin", "unlock", "credential", "locked", "creds", "enough", "guess")
    # Words of a message about a numeric code, and the code after "it's", "says", "to", "typed"...
    _CODE_TOPIC = regex.compile(r"(?i:\b(?:pin|passcode|pass\s?code|lock|unlock|combination|combo|keypad|key\s?safe|parental|parent\s+code|get\s+in(?!\s+(?:shape|touch|trouble|line)))\b)")
    _CODE_DIGITS = regex.compile(r"(?<!(?i:\b(?:" + PUBLIC_CODE_WORD + r")\s+(?:code|number|no\.?|#)\s+))"
                                 r"(?i:(?:\b(?:it'?s|it\s+is|is|was|says|said|to|typed|entered|tried|now|reads|put|use|used|picked|chose)|['’]s)"
                                 r"\s*[:\"'`]?\s*)(?P<v>\d{4,8})\b"
                                 r"(?![.,:/-]\d)(?!\s*(?:%|am\b|pm\b|kg\b|km\b|mb\b|gb\b|times\b|years?\b|people\b))")
    # Codes of gift cards, licences and account recovery: letters and digits mixed at random.
    _VOUCHER_TOPIC = regex.compile(r"(?i:\b(?:gift\s?cards?|vouchers?|redeem|redemption|activation|product\s+key|licen[cs]e\s+key|"
                                   r"recovery\s+(?:code|key)|backup\s+code)s?\b)")
    _BACKUP_GRID_CODE = regex.compile(r"(?<![\w-])[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\w-])")
    _VOUCHER = regex.compile(r"(?<![\w-])(?P<v>[A-Z0-9]{4,}(?:-?[A-Z0-9]{4,}){1,5}|[A-Z0-9]{12,25})(?![\w-])")
    _TOKEN = regex.compile(r"(?<![^\s\"'`(*_~«“„])(?<!\b(?i:called|named|ssid|network|user(?:name)?|login|e-?mail|id)\s*[:=]?\s*)"
                           r"[\"'`*_~]*(?P<v>[^\s\"'`,;()*~«»“”]{8,64}?)[\"'`*_~»”]*[.,;:?]?(?=[\s\"'`)»”]|[*_~]+(?!\w)|$)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        low = text.lower()
        # Substring tests first: most messages hold none of these words, and a substring test costs
        # far less than the topic regexes.
        if any(g in low for g in self._TOPIC_GATE) and self._CREDENTIAL_TOPIC.search(text):
            results += self._credential_topic_tokens(text)
        if self._DIGIT_OR_SYMBOL.search(text):
            results += self._strong_password_tokens(text)
        if any(g in low for g in ("pin", "code", "lock", "combo", "combination", "keypad", "safe", "parent", "get in")) and self._CODE_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._CODE_DIGITS, text, self.timeout)
                        if not YEAR.fullmatch(m.group("v"))]
        if any(g in low for g in ("gift", "voucher", "redeem", "redemption", "activation", "key", "code")) and self._VOUCHER_TOPIC.search(text):
            results += [self.result(*m.span("v"), 0.6) for m in finditer(self._VOUCHER, text, self.timeout)
                        if letter_digit_switches(m.group("v")) >= 3 and sum(c.isdigit() for c in m.group("v")) >= 3
                        and not regex.fullmatch(r"[0-9A-Fa-f-]+", m.group("v"))]  # hex: a key id or UUID, not the key
            # Backup codes in lower case, printed in a grid ("fg06-s4tz   pp0a-a4le").
            results += [self.result(*m.span(), 0.6) for m in finditer(self._BACKUP_GRID_CODE, text, self.timeout)
                        if regex.search(r"\d", m.group()) and regex.search(r"[a-z]", m.group())]
        if text.count("\n") >= 2:
            results += self._list_siblings(text, results)
        return EntityRecognizer.remove_duplicates(results)

    def _credential_topic_tokens(self, text: str) -> list[RecognizerResult]:
        """Password-shaped tokens anywhere in a message about passwords, PINs, Wi-Fi or logging in
        ("It says P0pc0rn36# and he underlined the 0"): in such a message a token mixing letters,
        digits and symbols is a credential, wherever the sentence put it."""
        out = []
        for match in finditer(self._TOKEN, text, self.timeout):
            value = match.group("v")
            bare = value.rstrip("!") if value.count("!") > 1 else value
            base64 = regex.fullmatch(r"[A-Za-z0-9+/]{10,}={1,2}", bare) is not None and bare.lower() != bare and bare.upper() != bare
            random_mixed = len(bare) >= 12 and looks_mixed_random(bare, 3.3)
            # "5CVD3V43VZ": a router's printed key, capitals and digits at random
            printed_key = regex.fullmatch(r"[A-Z0-9]{8,20}", bare) is not None and letter_digit_switches(bare) >= 3 \
                and sum(c.isdigit() for c in bare) >= 2
            # "horseshoe!parsnip": two words joined by a symbol
            joined = regex.fullmatch(r"\p{L}{3,}[!#$%&*@+]\p{L}{3,}", bare) is not None
            shaped = (password_like(bare) or base64 or random_mixed or word_with_number(bare) or joined) and not code_name(bare)
            if (shaped or printed_key) and not is_reference(bare) and "@" not in bare[1:-1] and "://" not in bare:
                out.append(self.result(*match.span("v"), 0.6))
        return out

    def _strong_password_tokens(self, text: str) -> list[RecognizerResult]:
        """Tokens of a message with no password word that have a shape only passwords and keys
        have (:meth:`password_only_shape`)."""
        # sops ciphertext ("ENC[AES256_GCM,data:...,iv:...]") is safe to show, and random.
        sealed = [m.span() for m in regex.finditer(r"ENC\[[^\]]*\]", text)] if "ENC[" in text else []
        out = []
        for match in finditer(self._STRONG_TOKEN, text, self.timeout):
            start, end = match.span("v")
            # Markdown emphasis around a token ("**Netflix**") is not part of it; "Hedgehog1774*" keeps its star.
            while end - start > 2 and text[start] in "*_~" and text[end - 1] == text[start]:
                start, end = start + 1, end - 1
            if password_only_shape(text[start:end]) and not any(a <= start < b for a, b in sealed):
                out.append(self.result(start, end, 0.6))
        return out

    def _list_siblings(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Values ending the lines of a list whose other lines (two or more) hold a credential: a
        list of keys or logins names each service once, so the line whose value has no known
        format ("Together AI — <64 hex digits>", "Kids' Switch: 99726") is a credential like its siblings."""
        blocks: list[list[tuple[int, int]]] = []
        for line in finditer(self._LIST_LINE, text, self.timeout):
            if blocks and text[blocks[-1][-1][1]:line.start()].strip() == "":
                blocks[-1].append(line.span())
            else:
                blocks.append([line.span()])
        out = []
        for block in blocks:
            if len(block) < 3:
                continue
            found_in = [any(a <= r.start < b for r in found) for a, b in block]
            values = [self._LIST_VALUE.search(text, a, b) for a, b in block]
            holding = [held or (m is not None and credential_value(m.group("v"))) for held, m in zip(found_in, values)]
            if sum(holding) < 2:
                continue
            for held, match in zip(found_in, values):
                if held or match is None:
                    continue
                value = match.group("v")
                random_like = len(value) >= 16 and char_classes(value) >= 2 and shannon_bits_per_char(value) >= 3.0
                code = regex.fullmatch(r"\d{4,8}", value) is not None and not YEAR.fullmatch(value)
                if (password_like(value) or random_like or code or word_with_number(value)) and "://" not in value and "." not in value.split("@")[-1] \
                        and value.lower() not in COMMON_WORDS and not is_reference(value):
                    out.append(self.result(*match.span("v"), 0.7))
        return out

    def table_cell_score(self, value: str) -> float | None:
        if len(value) >= 4 and value.lower() not in COMMON_WORDS and not is_reference(value) \
                and not MASK.fullmatch(value):
            return 0.8
        return None

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        if EXAMPLE.fullmatch(value) or MASKED_TAIL.search(value) or value in PUBLISHED_EXAMPLES:
            return None
        return self.CHECKS.get(pattern.name, format_only)(value, pattern.score)

    def validate_result(self, pattern_text: str) -> bool | None:
        # Known prefixes are already specific; cue-word values must look like a credential.
        return True if cue_value_is_valid(pattern_text) else None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return cue_value_is_invalid(pattern_text)
