"""Shared helpers for the PII benchmark builder: the generation context and piece helpers."""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Callable, Mapping
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
    recent: dict[str, list] = field(default_factory=dict)

    def unique(self, make) -> str:  # type: ignore[no-untyped-def]
        """Call ``make()`` until it returns a value never produced before in either split."""
        for _ in range(1000):
            value = make()
            if value not in self.seen:
                self.seen.add(value)
                return value
        raise RuntimeError("value pool exhausted")

    def pick_recent(self, pool: list, key: str):  # type: ignore[no-untyped-def]
        """A pool item not among the last four drawn for ``key`` (so one message rarely names one
        person twice). Each dev round builds with its own Ctx, so every build draws the same
        sequence."""
        recent = self.recent.setdefault(key, [])
        while True:
            item = self.rng.choice(pool)
            if item not in recent:
                recent.append(item)
                del recent[:-4]
                return item


def one(value: str, typ: str | None) -> list[Piece]:
    return [(value, typ)]


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def ascii_fold(s: str) -> str:
    """Strip accents and non-letters so a name can appear in an e-mail or handle."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s if c.isalnum()).lower()


# Letters NFKD does not decompose, spelled out so ``ascii_fold`` keeps them ("þórður" -> "thordur").
_LETTERS_SPELLED = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ø": "o", "æ": "ae", "ł": "l", "ß": "ss",
                                  "ı": "i", "đ": "d", "Đ": "D"})


def ascii_fold_all(s: str) -> str:
    """``ascii_fold`` that also spells the letters NFKD cannot decompose (ð, þ, ø, ł...)."""
    return ascii_fold(s.translate(_LETTERS_SPELLED))


def rand_token(rng: Random, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters drawn from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def valid_phone_gen(  # type: ignore[no-untyped-def]
    phone: Callable[[Ctx, str], str], regions: Mapping[str, str], country: str | None,
):
    """A slot generator of phone numbers drawn by ``phone(ctx, country)`` until one passes
    ``phonenumbers.is_valid_number`` for its region (``regions``: country key -> region code);
    ``country`` None draws a country per value."""
    def gen(ctx: Ctx) -> Attrs:
        import phonenumbers

        c = country or ctx.rng.choice(sorted(regions))

        def make() -> str:
            for _ in range(200):
                value = phone(ctx, c)
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(value, regions[c])):
                        return value
                except phonenumbers.NumberParseException:
                    pass
            raise RuntimeError("no valid phone number generated")

        return {"v": one(ctx.unique(make), "PHONE_NUMBER")}

    return gen


def country_gen(  # type: ignore[no-untyped-def]
    make: Callable[[Ctx, str], str], countries: Mapping[str, object], typ: str, country: str | None,
):
    """A slot generator of unique values ``make(ctx, country)`` of type ``typ``; ``country`` None
    draws one of ``countries`` (its keys) per value."""
    def gen(ctx: Ctx) -> Attrs:
        c = country or ctx.rng.choice(sorted(countries))
        return {"v": one(ctx.unique(lambda: make(ctx, c)), typ)}

    return gen
