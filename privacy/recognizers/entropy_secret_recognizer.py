"""SECRET: random-looking values in config lines and free text, found by their entropy."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer
from privacy.recognizers.secret_shapes import (
    CRYPT_HASH,
    PUBLISHED_EXAMPLES,
    letter_digit_switches,
    looks_mixed_random,
    shannon_bits_per_char,
)

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE
# URLs and paths are not keys; "sha512-..." is a Subresource Integrity digest (package locks, HTML).
# age and Nostr public keys ("age1...", "npub1...") are bech32 like their secret halves but public;
# "ENC[" opens sops ciphertext; "AAAAC3NzaC1lZDI1NTE5" and the like open SSH public keys.
_NOT_SECRET_PREFIXES = ("http", "/", "./", "${", "sha256-", "sha384-", "sha512-", "age1", "npub1", "ENC[", "AAAAC3NzaC1lZDI1NTE5",
                        "AAAAB3NzaC1yc2E", "AAAAE2VjZHNhLXNoYTIt", "AAAAB3NzaC1kc3M")
# Hex digests and transaction hashes ("0x..."), UUIDs, and public cryptocurrency addresses (Bitcoin
# base58 and bech32): ids and hashes in code and on chains, not credentials.
_HEX_OR_UUID = regex.compile(r"(?:(?:0x)?[0-9a-f]+|(?:0x)?[0-9A-F]+|0x[0-9a-fA-F]+|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
                             r"|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[02-9ac-hj-np-z]{11,71})")


def looks_random(value: str, min_bits: float) -> bool:
    """True for a value mixing upper case, lower case and digits with ``min_bits`` of entropy per
    character; never for hex digests or UUIDs, which are hashes and ids in code, not credentials."""
    return not _HEX_OR_UUID.fullmatch(value) and looks_mixed_random(value, min_bits)


def looks_random_alphanumeric(value: str, min_bits: float) -> bool:
    """True for a value of letters and digits that switches between them at least four times, with
    ``min_bits`` of entropy per character ("ufh2rxvhyz2qij83wrll0azuqm"): invite codes, base32
    secrets and lower-case API keys, which :func:`looks_random` misses for want of both cases.
    Words with a number ("release2024") switch once or twice; hex digests and UUIDs are excluded
    as in :func:`looks_random`."""
    if _HEX_OR_UUID.fullmatch(value) or shannon_bits_per_char(value) < min_bits:
        return False
    return letter_digit_switches(value) >= 4 and sum(c.isdigit() for c in value) >= 3


class EntropySecretRecognizer(ProjectPatternRecognizer):
    """Credentials without a known prefix or a credential word in their key.

    * ``config value``: a value of 12+ characters assigned to any key in an env line, YAML, JSON
      or a connection string (``SESSION_SIGNING=...``, ``"webhook_signing": "..."``) that mixes
      upper case, lower case and digits with 3.3+ bits of entropy per character;
    * ``bare token``: a free-standing token of 24+ such characters with 4+ bits per character, or
      of 20+ characters whose longest part between ``-``/``_`` holds 16+ letters and digits that
      switch between letters and digits at least four times (:func:`looks_random_alphanumeric`).

    Hex digests, UUIDs, version strings, paths and camelCase words fail the test.
    """

    ENTITY: ClassVar[str] = "SECRET"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("config value",
                # iv, tag and nonce are public parameters of a ciphertext (sops "ENC[...,iv:...,tag:...]"),
                # and its data is the ciphertext itself.
                r"(?<!ENC\[[^\]\n]{0,400})(?:^|(?<=[\s{,;\"']))[\"']?(?!(?:iv|tag|nonce)[\"']?\s*[:=])[A-Za-z_][A-Za-z0-9_.-]{1,60}[\"']?\s*(?::|=|=>)\s*[\"'`]?"
                # "&name=" ends the value: a query string holds several.
                r"(?P<v>(?:[A-Za-z0-9_+/=.!@#$%^*~?-]|&(?![A-Za-z_]\w*=)){12,200})(?=[\"'`&]|[\s,;}]|$)", 0.7),
        # An environment line whose value is 32+ hex digits and whose name is not that of a digest or
        # an id ("OPENWEATHER=4f9e..."): many providers issue hex keys, and .env files hold keys.
        Pattern("env hex value",
                r"(?m:^[ \t]*(?:export[ \t]+)?(?![A-Z0-9_]*(?:SHA|HASH|COMMIT|CHECKSUM|DIGEST|REV|_ID|UUID|VERSION|BUILD|ETAG|MD5|"
                r"FINGERPRINT|INTEGRITY))[A-Z][A-Z0-9_]{2,60}=[\"']?(?P<v>[0-9a-fA-F]{32,128})[\"']?[ \t]*$)", 0.7),
        Pattern("bare token", r"(?<![\w/.@:=+-])(?P<v>[A-Za-z0-9_-]{20,200})(?![\w/.@+-])", 0.6),
    ]

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        bare = value.rstrip(".,;:!?")
        if bare in PUBLISHED_EXAMPLES or CRYPT_HASH.search(bare):
            return None
        if pattern.name == "env hex value":
            return pattern.score
        if pattern.name == "config value":
            return pattern.score if looks_random(bare, 3.3) and not bare.startswith(_NOT_SECRET_PREFIXES) else None
        if bare.startswith(_NOT_SECRET_PREFIXES):
            return None
        # The alphanumeric test reads the longest part between separators, so generated names
        # such as Kubernetes pods ("payments-api-7f9c8d6b5-x2k4p") are words plus short hex.
        longest = max(regex.split(r"[-_]", bare), key=len)
        random_mixed = len(bare) >= 24 and looks_random(bare, 4.0)
        random_alnum = len(longest) >= 16 and looks_random_alphanumeric(longest, 3.8)
        return pattern.score if random_mixed or random_alnum else None
