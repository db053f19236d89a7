"""Value generators of dev round 3 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round03.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import string

from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, unlabelled
from pii_data import pools, rows

HEX = "0123456789abcdef"

POOLS = pools("round03")
R3NAMES = rows(POOLS["names"])
R3NICKS = rows(POOLS["nicks"])
R3PASSWORD_WORDS = POOLS["password_words"]


# ---------------------------------------------------------------- generators
def gen_r3person(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(R3NAMES)
    full = f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss_lc": [(first.lower(), "PERSON"), ("'s", None)], "poss": [(first, "PERSON"), ("'s", None)]}


def gen_r3nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.rng.choice(R3NICKS)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _r3password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R3PASSWORD_WORDS)
    return rng.choice([
        f"{word.lower()}{rng.randrange(10, 9999)}",
        f"{word}{rng.choice('!$%&*#@')}{rng.randrange(1, 99)}",
        rand_token(rng, rng.randrange(10, 20), ALNUM + "!#%&*"),
        f"{word.lower()}-{rng.choice(R3PASSWORD_WORDS).lower()}-{rng.randrange(1, 99)}",
        f"{word[:5]}{rng.randrange(1, 9)}{word[5:].upper()}",
        rand_token(rng, 12, string.ascii_lowercase),
    ])


def gen_r3pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r3password(ctx)), "SECRET")}


def _r3key(ctx: Ctx) -> str:
    """Provider and generic keys not in the earlier pools' formats."""
    rng = ctx.rng
    return rng.choice([
        "SK" + rand_token(rng, 32, HEX),                                         # Twilio API key
        "key-" + rand_token(rng, 32, HEX),                                       # Mailgun
        rand_token(rng, 32, HEX),                                                # Datadog / generic hex
        rand_token(rng, 40, HEX),                                                # generic hex secret
        base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode(),  # Azure storage key
        "dop_v1_" + rand_token(rng, 64, HEX),                                    # DigitalOcean
        "shpat_" + rand_token(rng, 32, HEX),                                     # Shopify
        f"{digits(rng, 10)}:AA{rand_token(rng, 33, ALNUM + '_-')}",              # Telegram bot
        rand_token(rng, 24, ALNUM) + "." + rand_token(rng, 6, ALNUM) + "." + rand_token(rng, 27, ALNUM + "_-"),  # Discord bot
        rand_token(rng, rng.randrange(20, 40), ALNUM),                           # generic token
        "pat" + rand_token(rng, 14, ALNUM) + "." + rand_token(rng, 64, HEX),     # Airtable
    ])


def gen_r3key(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r3key(ctx)), "SECRET")}


def gen_r3vid(ctx: Ctx) -> Attrs:
    """An 11-character video id, as in a YouTube link."""
    return unlabelled(rand_token(ctx.rng, 11, ALNUM + "_-"))


def gen_r3hash(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, ctx.rng.choice([40, 64]), HEX))


def gen_r3integrity(ctx: Ctx) -> Attrs:
    """A package-lock integrity digest (base64 of a SHA-512): random-looking, not a secret."""
    return unlabelled("sha512-" + base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(64))).decode())


GENERATORS = {
    "cp": gen_r3person, "cnick": gen_r3nick, "cpw": gen_r3pw, "ckey": gen_r3key, "cvid": gen_r3vid, "chash": gen_r3hash,
    "cint": gen_r3integrity,
}
