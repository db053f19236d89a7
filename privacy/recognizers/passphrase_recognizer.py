"""SECRET in passphrases, seed phrases and lists of backup codes."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import SecretPattern, SecretPatternRecognizer

# Words a passphrase or seed phrase does not hold: they end the phrase ("... staple and it fails").
_FUNCTION_WORD = (r"(?:the|a|an|and|or|but|nor|is|are|was|were|be|been|it|its|to|for|of|in|on|at|by|with|from|my|your|our|"
                  r"his|her|their|too|so|not|no|that|this|these|those|can|could|will|would|should|if|then|than|also|just|"
                  r"still|please|i|you|we|they|he|she|me|us|them|do|does|did|have|has|had|where|when|what|why|how|which|"
                  r"who|enough|right|ok|okay|btw|lol|pls|thanks|now|into|words?)")
# One 2FA backup or recovery code ("4821-0937", "k3j9-x8mq", "21653354"): holds a digit.
_BACKUP_CODE = r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10})?"


class PassphraseRecognizer(SecretPatternRecognizer):
    """Runs of words after a passphrase or seed-phrase cue (ending at a function word), generated
    passphrases, and the whole list after a backup-code cue."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = [
        # Passphrases from a generator ("bitwarden generated ticket-eagle-pigeon-anchor") and the
        # word lists wallets show ("the 12 words trust wallet showed me: ostrich raven ...").
        SecretPattern(Pattern("generated passphrase",
            r"(?i:\b(?:generated|generator\s+gave(?:\s+me)?|went\s+with|diceware)\b)[^\n\w]{0,3}(?:\w+\s+){0,2}?"
            r"(?P<v>[a-z]{3,10}(?:[-.][a-z]{3,10}){3,9}|(?!" + _FUNCTION_WORD + r"\b)[a-z]{3,10}(?:\s(?!" + _FUNCTION_WORD
            + r"\b)[a-z]{3,10}){3,9})(?![\w-])"
            r"|(?i:\b(?:12|15|18|21|24|twelve|twenty[- ]four)\s+words\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:\s+[a-z]{3,8}){11,23})"
            # "just these words: forest, peanut, ... and magnet": distinct words counted in its check.
            r"|(?i:\bwords\b)[^\n:]{0,60}:\s*(?P<v>[a-z]{3,8}(?:(?:,\s*|\s+)(?:and\s+)?[a-z]{3,8}){11,23})(?![\w-])", 0.8),
            gate=("generat", "went with", "diceware", "words"), check=checks.distinct_words),
        # A passphrase or wallet seed phrase: the whole run of words after the cue, up to a function word.
        SecretPattern(Pattern("passphrase words",
            r"(?i:\b(?:pass\s?phrase|seed\s+(?:phrase|words)|recovery\s+(?:phrase|words)|secret\s+(?:recovery\s+)?phrase|mnemonic(?:\s+phrase)?))"
            r"[^\n:=]{0,40}?(?:(?i:\b(?:is|was|are|as)\b)|[:=])\s*[\"'`]?"
            r"(?P<v>(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}(?:\s+(?!(?i:" + _FUNCTION_WORD + r")\b)\p{L}{2,12}){2,23})", 0.8),
            gate=("phrase", "seed", "recovery", "mnemonic"), check=checks.distinct_words),
        # "recovery codes are b0rz-zjub, 92by-375n": the whole list after a backup-code cue.
        SecretPattern(Pattern("backup codes",
            r"(?i:\b(?:recovery|backup|2fa|mfa|otp|one[- ]time|scratch|emergency)\s+codes?\b)[^\n]{0,30}?(?:(?i:\b(?:are|is|were)\b)|:)\s*"
            r"(?P<v>" + _BACKUP_CODE + r"(?:(?:\s*[,;]\s*|\s+)(?:(?i:and)\s+)?" + _BACKUP_CODE + r")*)(?![\w-])", 0.8),
            gate=("code",), check=checks.format_only),
    ]
