"""Shared helpers for the PII benchmark builder: the generation context and piece helpers."""

from __future__ import annotations

import base64
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

    def unique_many(self, make):  # type: ignore[no-untyped-def]
        """``make()`` returns a tuple of values; redraw until none was produced before and they
        differ from each other, then mark all seen."""
        for _ in range(1000):
            values = make()
            if not any(v in self.seen for v in values) and len(set(values)) == len(values):
                self.seen.update(values)
                return values
        raise RuntimeError("value pool exhausted")

    def pick_fresh(self, pool: list, key: str, window: int):  # type: ignore[no-untyped-def]
        """Like :meth:`pick_recent`, but drawn from the items outside the last ``window`` (the oldest
        of them if the pool is that small); rounds 9 to 11 draw this way."""
        recent = self.recent.setdefault(key, [])
        fresh = [p for p in pool if p not in recent]
        item = self.rng.choice(fresh) if fresh else min(pool, key=recent.index)
        recent.append(item)
        del recent[:-window]
        return item

    def pick_recent(self, pool: list, key: str, window: int = 4):  # type: ignore[no-untyped-def]
        """A pool item not among the last ``window`` drawn for ``key`` (so one message rarely names
        one person twice, and a message with six people names six). Each dev round builds with its
        own Ctx, so every build draws the same sequence."""
        recent = self.recent.setdefault(key, [])
        while True:
            item = self.rng.choice(pool)
            if item not in recent:
                recent.append(item)
                del recent[:-window]
                return item


def one(value: str, typ: str | None) -> list[Piece]:
    return [(value, typ)]


def unlabelled(value: str) -> Attrs:
    """A slot value that is no PII (a look-alike)."""
    return {"v": one(value, None)}


def secret(value: str) -> Attrs:
    """A slot value labelled SECRET."""
    return {"v": one(value, "SECRET")}


def name_tokens(names: set[str], particles: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Capitalised words of the names (split at spaces and hyphens), ``particles`` left out: what a
    round's disjointness check compares, so "Ana Lopes" and "Lopes-Ruiz" clash."""
    return {t for n in names for t in n.replace("-", " ").split() if t[:1].isupper() and t not in particles}


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


def rand_bytes(ctx: Ctx, n: int) -> bytes:
    return bytes(ctx.rng.randrange(256) for _ in range(n))


def rand_b64(ctx: Ctx, n_bytes: int) -> str:
    """``n_bytes`` random bytes in standard base64 (keys and tokens that ship base64-encoded)."""
    return base64.b64encode(rand_bytes(ctx, n_bytes)).decode()


def rand_token(rng: Random, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters drawn from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def valid_phone_gen(  # type: ignore[no-untyped-def]
    phone: Callable[[Ctx, str], str], regions: Mapping[str, str | None], country: str | None,
    countries: list[str] | None = None,
):
    """A slot generator of phone numbers drawn by ``phone(ctx, country)`` until one passes
    ``phonenumbers.is_valid_number`` for its region (``regions``: country key -> region code);
    ``country`` None draws a country per value, from ``countries`` (default: the sorted keys)."""
    def gen(ctx: Ctx) -> Attrs:
        import phonenumbers

        c = country or ctx.rng.choice(countries or sorted(regions))

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


def unique_gens(prefix: str, makers: Mapping[str, Callable[[Ctx], str]], typ: str):  # type: ignore[no-untyped-def]
    """Slot kinds ``<prefix>_<key>``: unique values ``makers[key](ctx)`` of type ``typ``."""
    def gen_of(make: Callable[[Ctx], str]):  # type: ignore[no-untyped-def]
        return lambda ctx: {"v": one(ctx.unique(lambda: make(ctx)), typ)}

    return {f"{prefix}_{key}": gen_of(make) for key, make in makers.items()}
