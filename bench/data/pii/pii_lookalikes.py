"""Generators for look-alike slots that are NOT PII (gold type None).

They fill the no-PII messages and add realistic noise (versions, hashes, UUIDs, timestamps)
around the PII in the other messages, so a redactor that removes them loses precision or
shows over-redaction.
"""

from __future__ import annotations

import uuid
from random import Random


def _none(value: str) -> dict:
    return {"v": [(value, None)]}


def _hex(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def gen_version(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    return _none(r.choice([f"v{r.randrange(1, 5)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}",
                           f"{r.randrange(1, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 99)}",
                           f"{r.randrange(2, 4)}.{r.randrange(8, 14)}", f"{r.randrange(1, 9)}.{r.randrange(0, 9)}.{r.randrange(0, 9)}-rc{r.randrange(1, 4)}"]))







def gen_month(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none(f"{ctx.rng.randrange(1, 13):02d}")


def gen_sha256(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none(_hex(ctx.rng, 64))


def gen_gitsha(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none(_hex(ctx.rng, ctx.rng.choice([7, 40])))


def gen_uuid(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))



def gen_expr(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    a, b, c = r.randrange(2, 99), r.randrange(2, 99), r.randrange(2, 9)
    return _none(r.choice([f"{a} * {b} = {a * b}", f"x^2 + {a}x - {b} = 0", f"({a} + {b}) / {c}",
                           f"{a}% of {b * 10}", f"sqrt({a * a}) = {a}", f"{a}/{b} + {c}/{b}"]))




def gen_time(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    return _none(r.choice([f"{r.randrange(1, 12)}:{r.randrange(0, 60):02d} pm", f"{r.randrange(6, 23):02d}:{r.randrange(0, 60):02d}",
                           f"{r.randrange(1, 12)}am"]))


def gen_price(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    return _none(r.choice([f"${r.randrange(5, 2000)}.{r.randrange(0, 99):02d}", f"£{r.randrange(5, 900)}",
                           f"€{r.randrange(5, 900)},{r.randrange(0, 99):02d}", f"{r.randrange(100, 9000)} rupees"]))


def gen_int(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none(str(ctx.rng.randrange(2, 5000)))


def gen_timestamp(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    return _none(f"2025-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}:"
                 f"{r.randrange(0, 60):02d}Z")



def gen_hexcolor(ctx) -> dict:  # type: ignore[no-untyped-def]
    return _none("#" + _hex(ctx.rng, 6))


def gen_ticket(ctx) -> dict:  # type: ignore[no-untyped-def]
    r = ctx.rng
    return _none(r.choice([f"JIRA-{r.randrange(100, 9999)}", f"#{r.randrange(100, 99999)}", f"INC{r.randrange(10**6, 10**7)}",
                           f"PR {r.randrange(10, 4000)}"]))


LOOKALIKE_GENERATORS = {
    "ver": gen_version, "mon": gen_month,
    "sha": gen_sha256, "gsha": gen_gitsha, "uuid": gen_uuid, "expr": gen_expr,
    "time": gen_time, "price": gen_price, "n": gen_int,
    "ts": gen_timestamp, "hexc": gen_hexcolor, "tkt": gen_ticket,
}
