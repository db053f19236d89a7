"""SECRET: random-looking values in config lines and free text, found by their entropy."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.secret_recognizer import shannon_bits_per_char

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
# URLs and paths are not keys; "sha512-..." is a Subresource Integrity digest (package locks, HTML).
_NOT_SECRET_PREFIXES = ("http", "/", "./", "${", "sha256-", "sha384-", "sha512-")
_HEX_OR_UUID = regex.compile(r"(?:[0-9a-f]+|[0-9A-F]+|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})")


def looks_random(value: str, min_bits: float) -> bool:
    """True for a value mixing upper case, lower case and digits with ``min_bits`` of entropy per
    character; never for hex digests or UUIDs, which are hashes and ids in code, not credentials."""
    if _HEX_OR_UUID.fullmatch(value) or shannon_bits_per_char(value) < min_bits:
        return False
    upper = sum(c.isupper() for c in value)
    lower = sum(c.islower() for c in value)
    digits = sum(c.isdigit() for c in value)
    return upper >= 2 and lower >= 2 and digits >= 2


class EntropySecretRecognizer(ProjectPatternRecognizer):
    """Credentials without a known prefix or a credential word in their key.

    * ``config value``: a value of 12+ characters assigned to any key in an env line, YAML, JSON
      or a connection string (``SESSION_SIGNING=...``, ``"webhook_signing": "..."``) that mixes
      upper case, lower case and digits with 3.3+ bits of entropy per character;
    * ``bare token``: a free-standing token of 24+ such characters with 4+ bits per character.

    Hex digests, UUIDs, version strings, paths and camelCase words fail the test.
    """

    ENTITY: ClassVar[str] = "SECRET"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("config value",
                r"(?:^|(?<=[\s{,;\"']))[\"']?[A-Za-z_][A-Za-z0-9_.-]{1,60}[\"']?\s*(?::|=|=>)\s*[\"'`]?"
                r"(?P<v>[A-Za-z0-9_+/=.!@#$%^&*~?-]{12,200})(?=[\"'`]|[\s,;}]|$)", 0.7),
        Pattern("bare token", r"(?<![\w/.@:=+-])(?P<v>[A-Za-z0-9_-]{24,200})(?![\w/.@+-])", 0.6),
    ]

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        bare = value.rstrip(".,;:!?")
        if pattern.name == "config value":
            return pattern.score if looks_random(bare, 3.3) and not bare.startswith(_NOT_SECRET_PREFIXES) else None
        return pattern.score if looks_random(bare, 4.0) and not bare.startswith(_NOT_SECRET_PREFIXES) else None
