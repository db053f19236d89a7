"""Value generators of the dev-only extra rows of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/extra.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import string

import pii_pools as P
from pii_common import Attrs, Ctx, digits, one, unique_gens
from pii_data import pools, rows
from pii_numbers import luhn_digit

POOLS = pools("extra")
XNATIVE = rows(POOLS["native"])
XSTREETS = POOLS["streets"]
XLANDMARKS = POOLS["landmarks"]
XFEATURES = POOLS["features"]


# ---------------------------------------------------------------- generators
def gen_xnative(ctx: Ctx) -> Attrs:
    first, last, family_first = ctx.rng.choice(XNATIVE)
    full = f"{last}{first}" if family_first else f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON")}


def gen_xchinese(ctx: Ctx) -> Attrs:
    """A name in Chinese characters, for sentences written in Chinese."""
    first, last, _ = ctx.rng.choice(XNATIVE[:3])
    return {"full": one(f"{last}{first}", "PERSON")}


def gen_xplace(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    street = rng.choice(XSTREETS)
    suffix = rng.choice(["Road", "Lane", "Close", "Street", "Row", "Walk"])
    mark = rng.choice(XLANDMARKS)
    feat = rng.choice(XFEATURES)
    house = rng.choice(P.HOUSE_DESCRIPTORS)
    value = ctx.unique(lambda: rng.choice([
        f"the {house} with {feat} on {street} {suffix}",
        f"the top-floor flat behind the {mark} on {street} {suffix}",
        f"the {rng.choice(['second', 'third', 'last'])} house past the {mark} on {street.lower()} {suffix.lower()}",
        f"flat {rng.randrange(2, 30)} above the {mark}, {rng.randrange(2, 150)} {street.lower()} {suffix.lower()}",
        f"the {house} across from the {mark} on {street} {suffix}",
    ]))
    return {"v": one(value, "LOCATION")}


def _fr_nir(ctx: Ctx) -> str:
    rng = ctx.rng
    body = (f"{rng.choice('12')}{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 96):02d}"
            f"{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}")
    key = 97 - int(body) % 97
    n = f"{body}{key:02d}"
    return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def _nl_bsn(ctx: Ctx) -> str:
    while True:
        n = digits(ctx.rng, 9)
        if n[0] != "0" and (sum(int(c) * w for c, w in zip(n[:8], range(9, 1, -1))) - int(n[8])) % 11 == 0:
            return n


def _es_nie(ctx: Ctx) -> str:
    rng = ctx.rng
    lead = rng.choice("XYZ")
    num = digits(rng, 7)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + num) % 23]
    return rng.choice([f"{lead}{num}{letter}", f"{lead}-{num}-{letter}"])


def _it_cf(ctx: Ctx) -> str:
    rng = ctx.rng
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    body = (f"{letters}{rng.randrange(40, 99):02d}{rng.choice('ABCDEHLMPRST')}{rng.randrange(1, 71):02d}"
            f"{rng.choice(string.ascii_uppercase)}{rng.randrange(100, 999)}")
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[v] if i % 2 == 0 else v
    return body + chr(65 + total % 26)


def _ch_ahv(ctx: Ctx) -> str:
    body = "756" + digits(ctx.rng, 9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    n = body + str(check)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _se_pnr(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _pl_pesel(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 4)}"
    check = (10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9] * 3)) % 10) % 10
    return body + str(check)


def _passport(ctx: Ctx) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    return rng.choice([f"{digits(rng, 2)}{rng.choice(up)}{rng.choice(up)}{digits(rng, 5)}",       # FR
                       f"Y{rng.choice(up)}{digits(rng, 7)}",                                      # IT
                       f"C{''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}",  # DE
                       f"{rng.choice(up)}{rng.choice(up)}{digits(rng, 7)}"])                      # other


XID_MAKERS = {"fr_nir": _fr_nir, "nl_bsn": _nl_bsn, "es_nie": _es_nie, "it_cf": _it_cf, "ch_ahv": _ch_ahv,
              "se_pnr": _se_pnr, "pl_pesel": _pl_pesel, "passport": _passport}


GENERATORS = {
    "xnat": gen_xnative, "xzh": gen_xchinese, "xplace": gen_xplace, **unique_gens("xid", XID_MAKERS, "ID_NUMBER"),
}
