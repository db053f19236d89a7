"""What the SECRET recognizers share: the pattern row, the base class and the cue vocabulary.

SECRET is found by one small recognizer per credential family, each holding its patterns, gates
and checks together (``*_recognizer.py`` beside this module; the format-only provider keys are a
table, ``data/key_formats.toml``). A :class:`SecretPattern` holds a Presidio ``Pattern`` (the value
in group ``v`` where a cue word anchors it), its gate (lower-case literals a text must hold for the
pattern to be able to match, see :class:`~privacy.recognizers.base.ProjectPatternRecognizer`) and
its check, a function of :mod:`privacy.recognizers.secret_shapes`: the matched value and the
pattern's score in, the score to keep or None out. Values listed beside found credentials are
added after recognition (:mod:`privacy.credential_lists`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, NamedTuple

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.secret_shapes import (
    EXAMPLE,
    MASKED_TAIL,
    PUBLISHED_EXAMPLES,
    format_only,
)

# Case-sensitive on purpose: key prefixes have a fixed case; cue words use inline (?i:...).
CASE_SENSITIVE = regex.MULTILINE | regex.DOTALL | regex.UNICODE
# One character of a value after a cue word: quotes, brackets and CJK punctuation end it.
VALUE_CHAR = r"[^\s\"'`,;)\]}」』”’。、“„«»‹›‚]"
# Password words of the languages users most often mix into English chat.
PASSWORD_WORD = (r"password|passwd|passphrase|passcode|passkey|pwd|pw|pass|pword|p/w|kennwort|passwort|mot de passe|"
                 r"contraseña|contrasena|senha|wachtwoord|hasło|haslo|lösenord|losenord|salasana|adgangskode|parola|şifre|"
                 r"sifre|şifre(?:m|mi|niz|yi|si)|heslo|jelszó|jelszavam|пароль|пароля|паролем|passord|passordet|lösenordet|lozinka|geslo|parolă|"
                 r"kata\s+sandi|sandi|kata\s+laluan|mật\s+khẩu|mat\s+khau|κωδικός|סיסמה|סיסמא|كلمة\s+(?:المرور|السر)|पासवर्ड|"
                 r"nenosiri|pasfhocal|[הוש]סיסמ[הא]|memorable\s+(?:word|information)|pasahitza|pasahitz|wagwoord|cyfrinair|lykilorð|parool|parole|slaptažodis|fjalëkalimi|"
                 r"kalmar\s+sirri|iphasiwedi|রহস্য|পাসওয়ার্ড|پاس\s?ورڈ|رمز\s+عبور|รหัสผ่าน|"
                 r"wi-?fi\s+(?:key|code)|network\s+key|wpa\s+key")
# Password words of scripts without spaces, so without word boundaries ("ルーターのパスワードは").
CJK_PASSWORD_WORD = r"密码|密碼|パスワード|비밀번호"
# Where a password word starts: the patterns that open with one are tried only there (ANCHORS).
PASSWORD_CUE = regex.compile(r"(?i:(?<![^\W_])(?:" + PASSWORD_WORD + r")(?!\w))|" + CJK_PASSWORD_WORD, CASE_SENSITIVE)
# Words before "code" that make the code no secret ("error code 4021", "zip code", "promo code").
PUBLIC_CODE_WORD = (r"error|status|exit|zip|postal|post|area|country|dial(?:l?ing)?|product|item|sku|order|tracking|reference|ref|"
                    r"promo|discount|coupon|source|bar|qr|colou?r|hex|iso|hs|response|return|http|city|region|branch|sort|swift|"
                    r"bank|routing|airport|flight|booking|confirmation|course|class|room|building|tax|dress|morse|cheat")
# Lower-case stems of the password words: the gate of the patterns that open with one.
PASSWORD_GATE = ("pass", "pw", "p/w", "pwd", "kennwort", "mot de passe", "contrase", "senha", "wachtwoord", "hasło", "haslo", "lösenord", "losenord",
                 "salasana", "adgangskode", "parol", "şifre", "sifre", "heslo", "jelsz", "парол", "密码", "密碼", "パスワード", "비밀번호",
                 "lozinka", "geslo", "sandi", "laluan", "khẩu", "khau", "κωδικός", "סיסמ", "كلمة", "पासवर्ड",
                 "nenosiri", "pasfhocal", "memorable", "pasahitz", "wagwoord", "cyfrinair", "lykilorð", "parool", "parole", "slaptažodis", "fjalëkalimi",
                 "sirri", "iphasiwedi", "রহস্য", "পাসওয়ার্ড", "پاس", "رمز", "รหัสผ่าน",
                 "wifi", "wi-fi", "network", "wpa")


class SecretPattern(NamedTuple):
    """One pattern of a SECRET recognizer, its gate (None: always tried) and its check."""

    pattern: Pattern
    gate: tuple[str, ...] | None
    check: Callable[[str, float], float | None]


class SecretPatternRecognizer(ProjectPatternRecognizer):
    """Base of the SECRET recognizers: a family lists its :class:`SecretPattern` rows in
    ``SECRET_PATTERNS``, from which ``PATTERNS``, ``GATES`` and each pattern's check are taken.
    Published example keys and masked values ("sk-...xxxxx") are never kept."""

    ENTITY: ClassVar[str] = "SECRET"
    FLAGS: ClassVar[int] = CASE_SENSITIVE
    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = []
    CHECKS: ClassVar[dict[str, Callable[[str, float], float | None]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.PATTERNS = [p.pattern for p in cls.SECRET_PATTERNS]
        cls.GATES = {p.pattern.name: p.gate for p in cls.SECRET_PATTERNS if p.gate is not None}
        cls.CHECKS = {p.pattern.name: p.check for p in cls.SECRET_PATTERNS}

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return EntityRecognizer.remove_duplicates(results + self.scan_message(text))

    def scan_message(self, text: str) -> list[RecognizerResult]:
        """Results no single pattern can give, from the message as a whole (a family's topic
        scans); none by default."""
        return []

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        if EXAMPLE.fullmatch(value) or MASKED_TAIL.search(value) or value in PUBLISHED_EXAMPLES:
            return None
        # A pattern given to the constructor has no row: its format is its evidence.
        return self.CHECKS.get(pattern.name, format_only)(value, pattern.score)
