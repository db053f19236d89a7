"""Value generators of dev round 4 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round04.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import string

from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, unlabelled
from pii_data import pools, rows

HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"

POOLS = pools("round04")
R4NAMES = rows(POOLS["names"])
R4NICKS = rows(POOLS["nicks"])
R4TITLES = POOLS["titles"]
R4PASSWORD_WORDS = POOLS["password_words"]
R4PHRASE_WORDS = POOLS["phrase_words"]
R4WIFI = POOLS["wifi"]


# ---------------------------------------------------------------- generators
def gen_q_person(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(R4NAMES)
    full = f"{first} {last}"
    title = ctx.rng.choice(R4TITLES)
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "titled": [(title + " ", None), (full, "PERSON")], "at": [("@", None), (first.lower(), "PERSON")],
            "poss": [(first, "PERSON"), ("'s", None)]}


def gen_q_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.rng.choice(R4NICKS)
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _r4password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R4PASSWORD_WORDS)
    return rng.choice([
        f"{word}{rng.choice('!$%&*#@')}{rng.randrange(1, 99)}",
        f"{word[:3]}{rng.randrange(0, 9)}{word[3:].lower()}&{rng.randrange(1, 9)}",      # "Tr0ub4dor&3" style
        f"{word.lower()}{rng.randrange(1, 99)}",                                          # "hunter2" style
        rand_token(rng, 4, string.ascii_lowercase) + digits(rng, 4),                      # "1234abcd" style
        rand_token(rng, rng.randrange(9, 16), ALNUM + "!#%&*?"),
    ])


def gen_q_pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r4password(ctx)), "SECRET")}


def gen_q_wifi(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: f"{ctx.rng.choice(R4WIFI)}{ctx.rng.randrange(2019, 2027)}"
                                        f"{ctx.rng.choice(['!', '?', '', '#'])}"), "SECRET")}


def gen_q_phrase(ctx: Ctx) -> Attrs:
    """A passphrase of four words (the whole phrase is the secret)."""
    return {"v": one(ctx.unique(lambda: " ".join(ctx.rng.sample(R4PHRASE_WORDS, 4))), "SECRET")}


def gen_q_seed(ctx: Ctx) -> Attrs:
    """A 12-word wallet seed phrase."""
    return {"v": one(ctx.unique(lambda: " ".join(ctx.rng.sample(R4PHRASE_WORDS, 12))), "SECRET")}


def gen_q_pin(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 6]))), "SECRET")}


def gen_q_codes(ctx: Ctx) -> Attrs:
    """Three 2FA backup codes in the usual shapes ("4821-0937", "k3j9 x8mq")."""
    rng = ctx.rng
    shape = rng.choice([lambda: f"{digits(rng, 4)}-{digits(rng, 4)}", lambda: f"{digits(rng, 8)}",
                        lambda: f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}-"
                                f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}"])
    codes = [ctx.unique(shape) for _ in range(3)]
    return {"v": [(codes[0], "SECRET"), (", ", None), (codes[1], "SECRET"), (", ", None), (codes[2], "SECRET")]}


def _r4key(ctx: Ctx) -> str:
    """Provider keys and tokens in shapes the earlier pools lack."""
    rng = ctx.rng
    return rng.choice([
        "AC" + rand_token(rng, 32, HEX),                                                      # Twilio account SID-shaped auth
        "SG." + rand_token(rng, 22, ALNUM + "_-") + "." + rand_token(rng, 43, ALNUM + "_-"),  # SendGrid
        "secret_" + rand_token(rng, 43, ALNUM),                                               # Notion integration
        "ntn_" + rand_token(rng, 46, ALNUM),                                                  # Notion (2024 format)
        "shpss_" + rand_token(rng, 32, HEX),                                                  # Shopify shared secret
        "shpca_" + rand_token(rng, 32, HEX),                                                  # Shopify custom app
        "M" + rand_token(rng, 23, ALNUM) + "." + rand_token(rng, 6, ALNUM + "_-") + "." + rand_token(rng, 38, ALNUM + "_-"),  # Discord
        rand_token(rng, 32, ALNUM),                                                           # generic
        "pk." + rand_token(rng, 60, ALNUM) + "." + rand_token(rng, 22, ALNUM),                # Mapbox-style
    ])


def gen_q_key(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r4key(ctx)), "SECRET")}


def gen_q_b64(ctx: Ctx) -> Attrs:
    """A base64 key as in Azure storage AccountKey and SAS signatures."""
    return {"v": one(ctx.unique(lambda: base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(ctx.rng.choice([32, 64])))).decode()),
                     "SECRET")}


def gen_q_sess(ctx: Ctx) -> Attrs:
    """A session cookie value."""
    return {"v": one(ctx.unique(lambda: rand_token(ctx.rng, ctx.rng.choice([26, 32, 40]), ALNUM + "%-")), "SECRET")}


def gen_q_npm(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: "npm_" + rand_token(ctx.rng, 36, ALNUM)), "SECRET")}


def gen_q_user(ctx: Ctx) -> Attrs:
    """A service or admin login: not labelled (see the README's USERNAME rule)."""
    return {"v": [(ctx.rng.choice(["admin", "root", "deploy", "ci", "postgres", "svc_backup"]), None)]}


def gen_q_hex(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 40, HEX))


GENERATORS = {
    "qp": gen_q_person, "qnick": gen_q_nick, "qpw": gen_q_pw, "qwifi": gen_q_wifi, "qphrase": gen_q_phrase,
    "qseed": gen_q_seed, "qpin": gen_q_pin, "qcodes": gen_q_codes, "qkey": gen_q_key, "qbsf": gen_q_b64,
    "qsess": gen_q_sess, "qnpm": gen_q_npm, "quser": gen_q_user, "qhex": gen_q_hex,
}
