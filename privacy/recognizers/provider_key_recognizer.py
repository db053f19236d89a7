"""SECRET by format alone: provider keys and private key blocks, from the table ``data/key_formats.toml``."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import ClassVar

from presidio_analyzer import Pattern

from privacy.recognizers import secret_shapes as checks
from privacy.recognizers.secret_base import SecretPattern, SecretPatternRecognizer

KEY_FORMATS = Path(__file__).parent / "data" / "key_formats.toml"


def key_formats(path: Path = KEY_FORMATS) -> list[SecretPattern]:
    """The table's rows as patterns (regexes case-sensitive, as prefixes are)."""
    with path.open("rb") as fh:
        table = tomllib.load(fh)["format"]
    return [SecretPattern(Pattern(row["name"], row["regex"], row.get("score", 1.0)), tuple(row["gate"]), checks.format_only)
            for row in table]


class ProviderKeyRecognizer(SecretPatternRecognizer):
    """Credentials whose format is the evidence (a provider's published prefix or structure): score 1.0,
    no context needed. One row per format in ``data/key_formats.toml``: name, regex, gate, optional score."""

    SECRET_PATTERNS: ClassVar[list[SecretPattern]] = key_formats()
