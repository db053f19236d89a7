"""Value generators of dev round 7 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round07.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string

from pii_common import (
    ALNUM,
    UPPER_DIGITS,
    Attrs,
    Ctx,
    digits,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unique_gens,
    unlabelled,
)
from pii_data import pools

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

POOLS = pools("round07")
R7PASSWORD_WORDS = POOLS["password_words"]
R7PHRASE_WORDS = POOLS["phrase_words"]


# ---------------------------------------------------------------- helpers


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _b58check(payload: bytes) -> str:
    """Base58Check, as Bitcoin writes WIF keys and extended keys."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


# ---------------------------------------------------------------- national id numbers (valid check digits)
def _il_tz(ctx: Ctx) -> str:
    """Israeli Teudat Zehut: 9 digits, Luhn-style weights 1,2,1,2,..."""
    body = digits(ctx.rng, 8)
    total = sum(sum(divmod(int(c) * (1 + i % 2), 10)) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _ro_cnp(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.choice('12')}{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
        f"{rng.randrange(1, 47):02d}{rng.randrange(1, 999):03d}"
    c = sum(int(a) * int(w) for a, w in zip(body, "279146358279")) % 11
    return body + ("1" if c == 10 else str(c))


def _kr_rrn(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(60, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.choice('12')}" + digits(rng, 5)
    c = (11 - sum(int(a) * w for a, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def _hr_oib(ctx: Ctx) -> str:
    body = str(ctx.rng.randrange(1, 10)) + digits(ctx.rng, 9)
    a = 10
    for ch in body:
        a = (a + int(ch)) % 10 or 10
        a = a * 2 % 11
    c = 11 - a
    return body + str(0 if c == 10 else c)


def _th_id(ctx: Ctx) -> str:
    rng = ctx.rng
    body = str(rng.randrange(1, 9)) + digits(rng, 11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(body)) % 11) % 10
    n = body + str(c)
    return rng.choice([n, f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"])


OID_MAKERS = {"il": _il_tz, "ro": _ro_cnp, "kr": _kr_rrn, "hr": _hr_oib, "th": _th_id}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def gen_o_dob(ctx: Ctx) -> Attrs:
    """A date of birth: German style (``de``) or "the 3rd of March 1957" (``ord``)."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        y, m, d = rng.randrange(1940, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
        return f"{d:02d}.{m:02d}.{y}", f"{_ordinal(d)} of {MONTHS[m - 1]} {y}"

    de, ordinal = make()
    while de in ctx.seen or ordinal in ctx.seen:
        de, ordinal = make()
    ctx.seen.update((de, ordinal))
    return {"de": one(de, "DATE_OF_BIRTH"), "ord": one(ordinal, "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- passwords, PINs, phrases
LEET = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "!", "s": "$"})


def _r7password(ctx: Ctx) -> str:
    """A password as people choose them; always starts with a letter and has no quote, backslash or space."""
    rng = ctx.rng
    word, other = rng.sample(R7PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{rng.choice('!#*?&')}{digits(rng, rng.choice([2, 3, 4]))}",          # "Pretzel#471"
        f"{word.lower()}{digits(rng, 3)}{other}",                                   # "kazoo808Toucan"
        f"{word[:2]}{word[2:].lower().translate(LEET)}{digits(rng, 2)}",            # "Ch@m3l30n55"
        f"{word}{other}{rng.randrange(1960, 2025)}",                                # "IglooWasabi1994"
        f"{word.lower()}.{other.lower()}.{digits(rng, 2)}",                         # "sardine.fondue.31"
        rng.choice(string.ascii_letters) + rand_token(rng, 15, ALNUM + "!#%^*-_=+?"),  # password-manager output
        f"Tr{rng.choice('!1')}cky{word}{digits(rng, 2)}",                          # "Tr!ckyBonsai55"
    ])


def gen_o_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r7password(ctx)))


def gen_o_npmpw(ctx: Ctx) -> Attrs:
    """An ``.npmrc`` ``_password``: the base64 of a password (the encoded form is the secret as written)."""
    return secret(ctx.unique(lambda: base64.b64encode(_r7password(ctx).encode()).decode()))


def gen_o_split(ctx: Ctx) -> Attrs:
    """A password sent in two halves: each half is a span."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word, other = rng.sample(R7PASSWORD_WORDS, 2)
        return f"{word}{rng.choice('!#*&')}{digits(rng, 2)}", f"{other.lower()}{digits(rng, 3)}{rng.choice('?=+')}"

    a, b = make()
    while a in ctx.seen or b in ctx.seen:
        a, b = make()
    ctx.seen.update((a, b))
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET")}


def gen_o_phrase(ctx: Ctx) -> Attrs:
    """A passphrase of three to six random words, spaced (``v``) or hyphenated (``hy``); the whole phrase is one span."""
    rng = ctx.rng
    words = ctx.unique(lambda: " ".join(rng.sample(R7PHRASE_WORDS, rng.randrange(3, 7))))
    return {"v": one(words, "SECRET"), "hy": one(words.replace(" ", "-"), "SECRET")}


def gen_o_seed(ctx: Ctx) -> Attrs:
    """Twelve wallet recovery words on one line; the whole phrase is one span."""
    return secret(ctx.unique(lambda: " ".join(ctx.rng.sample(R7PHRASE_WORDS, 12))))


def gen_o_ledger(ctx: Ctx) -> Attrs:
    """Twenty-four recovery words copied from a recovery sheet, numbered, one per line; one span."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "\n".join(f"{i}. {w}" for i, w in enumerate(rng.sample(R7PHRASE_WORDS, 24), 1))))


# ---------------------------------------------------------------- keys, tokens, wallets
def gen_o_eth(ctx: Ctx) -> Attrs:
    """An Ethereum private key: with ``0x`` (``v``) or bare, as wallet exports show it (``raw``)."""
    key = ctx.unique(lambda: rand_token(ctx.rng, 64, HEX))
    return {"v": one("0x" + key, "SECRET"), "raw": one(key, "SECRET")}


def gen_o_wif(ctx: Ctx) -> Attrs:
    """A Bitcoin private key in WIF with a valid checksum (``5...`` uncompressed, ``K``/``L`` compressed)."""
    def make() -> str:
        suffix = b"\x01" if ctx.rng.random() < 0.6 else b""
        return _b58check(b"\x80" + rand_bytes(ctx, 32) + suffix)

    return secret(ctx.unique(make))


def gen_o_sshkey(ctx: Ctx) -> Attrs:
    """The base64 body of an OpenSSH private key, its lines joined by spaces as a one-line paste."""
    rng = ctx.rng

    def make() -> str:
        first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        lines = [first] + [rand_token(rng, 70, B64) for _ in range(rng.randrange(4, 6))] + [rand_token(rng, rng.randrange(20, 60), B64) + "="]
        return " ".join(lines)

    return {"flat": one(ctx.unique(make), "SECRET")}


def gen_o_jwt(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        header = _b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        iat = 1_730_000_000 + rng.randrange(10**7)
        claims = {"sub": str(rng.randrange(10**5, 10**7)), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
                  "scope": rng.choice(["read write", "orders:read", "user"])}
        sig = rand_token(rng, 43 if header.startswith("eyJhbGciOiJIUzI1NiIs") else 342, URLSAFE)
        return f"{header}.{_b64url(json.dumps(claims, separators=(',', ':')).encode())}.{sig}"

    return secret(ctx.unique(make))


def gen_o_slack(ctx: Ctx) -> Attrs:
    """A Slack incoming-webhook URL: only its final token is secret."""
    rng = ctx.rng
    token = ctx.unique(lambda: rand_token(rng, 24))
    prefix = f"https://hooks.slack.com/services/T0{rand_token(rng, 8, UPPER_DIGITS)}/B0{rand_token(rng, 9, UPPER_DIGITS)}/"
    return {"v": [(prefix, None), (token, "SECRET")]}


def gen_o_discord(ctx: Ctx) -> Attrs:
    """A Discord webhook URL: the numeric id is not secret, the token after it is."""
    rng = ctx.rng
    token = ctx.unique(lambda: rand_token(rng, 68, URLSAFE))
    return {"v": [(f"https://discord.com/api/webhooks/{rng.randrange(10**17, 10**19)}/", None), (token, "SECRET")]}


def gen_o_cloud(ctx: Ctx) -> Attrs:
    """A ``CLOUDINARY_URL``: the API key and cloud name are not secret, the API secret is."""
    rng = ctx.rng
    secret = ctx.unique(lambda: rand_token(rng, 27, URLSAFE))
    return {"v": [(f"cloudinary://{digits(rng, 15)}:", None), (secret, "SECRET"), (f"@{rand_token(rng, 9, LOWER_DIGITS)}", None)]}


def gen_o_fp(ctx: Ctx) -> Attrs:
    """An SSH host key fingerprint (public)."""
    return unlabelled(rand_b64(ctx, 32).rstrip("="))


GENERATORS = {
    **unique_gens("oid", OID_MAKERS, "ID_NUMBER"), "odob": gen_o_dob, "opw": gen_o_pw, "onpmpw": gen_o_npmpw,
    "osplit": gen_o_split, "ophrase": gen_o_phrase, "oseed": gen_o_seed, "oledger": gen_o_ledger, "oeth": gen_o_eth,
    "owif": gen_o_wif, "osshkey": gen_o_sshkey, "ojwt": gen_o_jwt, "oslack": gen_o_slack, "odiscord": gen_o_discord,
    "ocloud": gen_o_cloud, "ofp": gen_o_fp,
}
