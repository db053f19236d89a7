"""Value generators of dev round 12 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round12.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import json
import string

from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, secret
from pii_data import pools
from pii_slots import country_maker

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"

POOLS = pools("round12")
R12PASSWORD_WORDS = POOLS["password_words"]
R12PHRASE_WORDS = POOLS["phrase_words"]
R12WALKS = POOLS["walks"]
_address = country_maker("round12", "addresses")


def gen_nn_addr(ctx: Ctx) -> Attrs:
    """A street address of one of the round's countries (drawn anew with each value)."""
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: _address(ctx, rng.choice(sorted(POOLS["streets"])))), "LOCATION")}


# ---------------------------------------------------------------- passwords in everyday shapes
def gen_nn_walk(ctx: Ctx) -> Attrs:
    """A keyboard walk, sometimes with a suffix."""
    rng = ctx.rng

    def make() -> str:
        while True:
            v = rng.choice(R12WALKS) + rng.choice(["", "1", "12", "123", "!", "123!", digits(rng, 2), str(rng.randrange(1980, 2012))])
            if len(v) >= 6:
                return v

    return secret(ctx.unique(make))


def gen_nn_low(ctx: Ctx) -> Attrs:
    """An all-lowercase word and two digits."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R12PASSWORD_WORDS + R12PHRASE_WORDS).lower()}{digits(rng, 2)}"))


def gen_nn_bang(ctx: Ctx) -> Attrs:
    """A word with ``!`` in the middle ("Hazel!nut42", "acorn!treacle")."""
    rng = ctx.rng

    def make() -> str:
        w, o = rng.sample(R12PASSWORD_WORDS, 2)
        k = rng.randrange(2, len(w) - 1)
        return rng.choice([f"{w[:k]}!{w[k:].lower()}{digits(rng, 2)}", f"{w.lower()}!{o.lower()}", f"{w}!{digits(rng, 3)}{o[:2].lower()}"])

    return secret(ctx.unique(make))


def gen_nn_seq(ctx: Ctx) -> Attrs:
    """A password bumped by one every rotation (``a``, ``b``, ``c``: three literal versions, each SECRET)."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        word, sym, n = rng.choice(R12PASSWORD_WORDS), rng.choice("!#?*"), rng.randrange(1, 7)
        width = rng.choice([1, 2])
        return tuple(f"{word}{i:0{width}d}{sym}" for i in (n, n + 1, n + 2))  # type: ignore[return-value]

    a, b, c = ctx.unique_many(make)
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET"), "c": one(c, "SECRET")}


def gen_nn_strong(ctx: Ctx) -> Attrs:
    """A password the assistant generates for the user: 16 to 20 random characters."""
    rng = ctx.rng

    def make() -> str:
        while True:
            s = rng.choice(string.ascii_letters) + rand_token(rng, rng.randrange(15, 20), ALNUM + "!#%*-_?")
            if any(c.isdigit() for c in s) and any(c in "!#%*-_?" for c in s) and s[-1].isalnum():
                return s

    return secret(ctx.unique(make))


def gen_nn_passphrase(ctx: Ctx) -> Attrs:
    """A passphrase the assistant suggests: four words joined by hyphens, with a digit."""
    rng = ctx.rng

    def make() -> str:
        ws = rng.sample(R12PHRASE_WORDS + [w.lower() for w in R12PASSWORD_WORDS], 4)
        k = rng.randrange(4)
        ws[k] = ws[k].capitalize() + str(rng.randrange(2, 10))
        return "-".join(ws)

    return secret(ctx.unique(make))


# ---------------------------------------------------------------- keys, tokens, key blocks
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_nn_jwt(ctx: Ctx) -> Attrs:
    """A JWT as a login response returns it: a real header, a random payload, a random signature."""
    rng = ctx.rng

    def make() -> str:
        alg = rng.choice(["HS256", "RS256"])
        header = {"alg": alg, "typ": "JWT"} if alg == "HS256" else {"alg": alg, "kid": rand_token(rng, 16, HEX), "typ": "JWT"}
        iat = rng.randrange(1_700_000_000, 1_760_000_000)
        payload = {"sub": rng.choice([digits(rng, 7), rand_token(rng, 24, HEX)]), "role": rng.choice(["user", "member", "customer"]),
                   "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
        sig = rand_token(rng, 43 if alg == "HS256" else 342, URLSAFE)
        return f"{_b64url(json.dumps(header, separators=(',', ':')).encode())}.{_b64url(json.dumps(payload, separators=(',', ':')).encode())}.{sig}"

    return secret(ctx.unique(make))


def gen_nn_pkey(ctx: Ctx) -> Attrs:
    """An OpenSSH private key block: the header and footer lines are not labelled, the base64 body is SECRET."""
    rng = ctx.rng

    def make() -> str:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rand_token(rng, 70 * rng.randrange(3, 6) + rng.randrange(20, 60), B64) + "=="
        return "\n".join(body[i:i + 70] for i in range(0, len(body), 70))

    body = ctx.unique(make)
    return {"block": [("-----BEGIN OPENSSH PRIVATE KEY-----\n", None), (body, "SECRET"),
                      ("\n-----END OPENSSH PRIVATE KEY-----", None)]}


GENERATORS = {
    "nnaddr": gen_nn_addr, "nnwalk": gen_nn_walk, "nnlow": gen_nn_low, "nnbang": gen_nn_bang, "nnseq": gen_nn_seq,
    "nnstrong": gen_nn_strong, "nnpassphrase": gen_nn_passphrase, "nnjwt": gen_nn_jwt, "nnpkey": gen_nn_pkey,
}
