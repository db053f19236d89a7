"""Secret generators for the PII benchmark builder: API keys, passwords, key blocks, DSNs.

Formats follow each provider's published key shape (prefix, length, alphabet); the random
part is drawn from the builder's seeded RNG, so no real credential is ever present.
Gold spans cover the secret part only: the password inside a connection string, the base64
body inside a private-key block. A redactor that removes more than that still scores, since
recall counts coverage of the gold characters and leak counts whether the gold value survives.
"""

from __future__ import annotations

import string
from random import Random

import pii_pools as P
from pii_common import ALNUM, rand_token

B64 = ALNUM + "+/"


def _key(kind: str, rng: Random) -> str:
    if kind == "aws":
        return "AKIA" + rand_token(rng, 16, string.ascii_uppercase + "234567")
    if kind == "awssec":
        return rand_token(rng, 40, B64)
    if kind == "ghp":
        return "ghp_" + rand_token(rng, 36)
    if kind == "ghpat":
        return "github_pat_" + rand_token(rng, 22) + "_" + rand_token(rng, 59)
    if kind == "openai":
        return rng.choice(["sk-" + rand_token(rng, 48), "sk-proj-" + rand_token(rng, 64, ALNUM + "-_")])
    if kind == "anthropic":
        return "sk-ant-api03-" + rand_token(rng, 93, ALNUM + "-_") + "AA"
    if kind == "slack":
        return rng.choice(["xoxb-", "xoxp-"]) + rand_token(rng, 11, string.digits) + "-" + rand_token(rng, 13, string.digits) + "-" + rand_token(rng, 24)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + rand_token(rng, rng.choice([24, 99]))
    if kind == "gapi":
        return "AIza" + rand_token(rng, 35, ALNUM + "-_")
    if kind == "hf":
        return "hf_" + rand_token(rng, 34)
    raise ValueError(f"unknown key kind {kind}")


KEY_KINDS = ["aws", "ghp", "ghpat", "openai", "anthropic", "slack", "stripe", "gapi", "hf"]


def _make_key_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx) -> dict:  # type: ignore[no-untyped-def]
        k = kind or ctx.rng.choice(KEY_KINDS)
        return {"v": [(ctx.unique(lambda: _key(k, ctx.rng)), "SECRET")]}

    return gen


gen_secret = _make_key_gen(None)
SECRET_GENERATORS = {f"key_{k}": _make_key_gen(k) for k in KEY_KINDS + ["awssec"]}


def _password(ctx) -> str:  # type: ignore[no-untyped-def]
    rng = ctx.rng
    word = rng.choice(P.PASSWORD_WORDS[ctx.split])
    return rng.choice([
        f"{word}{rng.randrange(10, 9999)}{rng.choice('!#$%&*?')}",
        f"{word.lower()}_{rng.randrange(1970, 2010)}",
        rand_token(rng, rng.randrange(12, 20), ALNUM + "!#%^*"),
        f"{word[0].lower()}{word[1:].replace('o', '0').replace('a', '@').replace('e', '3')}{rng.randrange(1, 99)}",
        f"{rng.choice(P.PASSWORD_WORDS[ctx.split])}-{word}-{rng.randrange(10, 99)}",
    ])


def gen_pw(ctx) -> dict:  # type: ignore[no-untyped-def]
    return {"v": [(ctx.unique(lambda: _password(ctx)), "SECRET")]}


def gen_pkey(ctx) -> dict:  # type: ignore[no-untyped-def]
    rng = ctx.rng
    label = rng.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    lines = rng.randrange(4, 9)

    def make() -> str:
        body = [rand_token(rng, 64, B64) for _ in range(lines - 1)] + [rand_token(rng, rng.randrange(8, 60), B64) + "=="]
        return "\n".join(body)

    body = ctx.unique(make)
    return {"block": [(f"-----BEGIN {label}-----\n", None), (body, "SECRET"), (f"\n-----END {label}-----", None)]}


def gen_db(ctx) -> dict:  # type: ignore[no-untyped-def]
    """A database connection string; only its password is gold SECRET (hosts here are not PII)."""
    rng = ctx.rng
    pw = ctx.unique(lambda: _password(ctx))
    scheme, port, db = rng.choice([("postgresql", 5432, "orders"), ("postgres", 5432, "analytics"),
                                   ("mysql", 3306, "shop"), ("mongodb+srv", None, "prod"),
                                   ("redis", 6379, "0"), ("amqp", 5672, "vhost")])
    user = rng.choice(["app_user", "admin", "svc_backend", "root", "reporting", ""])
    host = rng.choice(["db-prod.internal", "db.internal.lan", "cluster0.x7k2p.mongodb.net", "localhost",
                       "pg-main.eu-west-1.rds.amazonaws.com"])
    hostpart = f"@{host}" + (f":{port}" if port else "") + f"/{db}"
    return {"v": [(f"{scheme}://{user}:", None), (pw, "SECRET"), (hostpart, None)], "pw": [(pw, "SECRET")]}
