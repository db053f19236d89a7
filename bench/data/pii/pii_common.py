"""Shared helpers for the PII benchmark builder: the generation context and piece helpers."""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass, field
from random import Random

Piece = tuple[str, "str | None"]
Attrs = dict[str, list[Piece]]

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits


@dataclass
class Ctx:
    """Generation context: the RNG, the split (0 dev, 1 test) and values already used."""

    rng: Random
    split: int
    seen: set[str] = field(default_factory=set)

    def unique(self, make) -> str:  # type: ignore[no-untyped-def]
        """Call ``make()`` until it returns a value never produced before in either split."""
        for _ in range(1000):
            value = make()
            if value not in self.seen:
                self.seen.add(value)
                return value
        raise RuntimeError("value pool exhausted")


def one(value: str, typ: str | None) -> list[Piece]:
    return [(value, typ)]


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def ascii_fold(s: str) -> str:
    """Strip accents and non-letters so a name can appear in an e-mail or handle."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum()).lower()


def rand_token(rng: Random, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters drawn from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))
