"""Value generators of dev round 6 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round06.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import string

from pii_common import Attrs, Ctx, digits, one, rand_b64, rand_token, unique_gens
from pii_data import pools

B32 = string.ascii_uppercase + "234567"
R6PASSWORD_WORDS = pools("round06")["password_words"]


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _be_nrn(ctx: Ctx) -> str:
    rng = ctx.rng
    y, m, d, seq = rng.randrange(50, 99), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1, 998)
    base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
    cc = 97 - int(base) % 97
    return rng.choice([f"{y:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}", f"{base}{cc:02d}"])


def _pt_nif(ctx: Ctx) -> str:
    rng = ctx.rng
    base = rng.choice("123") + digits(rng, 7)
    r = 11 - sum(int(c) * w for c, w in zip(base, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
    n = base + str(0 if r >= 10 else r)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def _tr_tckn(ctx: Ctx) -> str:
    rng = ctx.rng
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _cn_ric(ctx: Ctx) -> str:
    rng = ctx.rng
    body = rng.choice(["110105", "310115", "440304", "510104", "330106", "420111"]) \
        + f"{rng.randrange(1960, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + digits(rng, 3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def _in_pan(ctx: Ctx) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    return f"{rand_token(rng, 3, up)}P{rng.choice(up)}{digits(rng, 4)}{rng.choice(up)}"


ZID_MAKERS = {"be": _be_nrn, "pt": _pt_nif, "tr": _tr_tckn, "cn": _cn_ric, "pan": _in_pan}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def gen_z_dob(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        y, m, d = rng.randrange(1948, 2010), rng.randrange(1, 13), rng.randrange(1, 29)
        return rng.choice([f"{d}-{m:02d}-{str(y)[2:]}", f"{d} {MONTHS[m - 1][:3]} '{str(y)[2:]}", f"{y}/{m:02d}/{d:02d}",
                           f"{d}.{m}.{y}", f"{MONTHS[m - 1]} {d} {y}", f"{d} de {MESES[m - 1]} de {y}"])

    return {"v": one(ctx.unique(make), "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- passwords, codes, dictated passwords
SYMBOL_NAMES = {"!": "exclamation mark", "#": "hashtag", "@": "at sign", "$": "dollar sign", "*": "star",
                "?": "question mark", "&": "and sign"}
ARTICLES = {"!": "an", "#": "a", "@": "an", "$": "a", "*": "a", "?": "a", "&": "an"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def gen_z_spell(ctx: Ctx) -> Attrs:
    """A password as someone dictates it: letter by letter (``v``) or in chunks (``c``). The whole phrase is one span."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word = rng.choice(R6PASSWORD_WORDS)
        num = str(rng.randrange(2, 99))
        sym = rng.choice(sorted(SYMBOL_NAMES))
        letters = [f"capital {word[0]}"] + list(word[1:].lower()) \
            + [rng.choice([c, DIGIT_WORDS[int(c)]]) for c in num] + [SYMBOL_NAMES[sym]]
        article = rng.choice([ARTICLES[sym] + " ", ""])
        return ", ".join(letters), f"capital {word[0]} then {num} then {word.lower()} all lowercase then {article}{SYMBOL_NAMES[sym]}"

    spelled, chunked = make()
    while spelled in ctx.seen:
        spelled, chunked = make()
    ctx.seen.add(spelled)
    return {"v": one(spelled, "SECRET"), "c": one(chunked, "SECRET")}


def gen_z_totp(ctx: Ctx) -> Attrs:
    """A TOTP setup key as authenticator screens show it: lower-case base32 in groups of four."""
    key = ctx.unique(lambda: rand_token(ctx.rng, 32, B32))
    return {"spaced": one(" ".join(key[i:i + 4].lower() for i in range(0, 32, 4)), "SECRET")}


def gen_z_wg(ctx: Ctx) -> Attrs:
    """A WireGuard interface: PrivateKey and PresharedKey are secret, the peer's PublicKey is not."""
    return {"priv": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "psk": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "pub": [(rand_b64(ctx, 32), None)]}


GENERATORS = {
    **unique_gens("zid", ZID_MAKERS, "ID_NUMBER"), "zdob": gen_z_dob, "zspell": gen_z_spell, "ztotp": gen_z_totp,
    "zwg": gen_z_wg,
}
