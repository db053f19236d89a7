"""Value generators of dev round 5 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round05.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import json
import string
import uuid

from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_b64, rand_token, unique_gens
from pii_data import pools
from pii_numbers import luhn_digit
from pii_slots import table_makers

HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

R5PASSWORD_WORDS = pools("round05")["password_words"]
_handle = table_makers("round05", "programs")["handle"]


# ---------------------------------------------------------------- helpers


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _no_fnr(ctx: Ctx) -> str:
    rng = ctx.rng
    while True:
        base = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99):02d}{rng.randrange(0, 500):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return rng.choice([base + str(k2), f"{base[:6]} {base[6:]}{k2}"])


def _fi_hetu(ctx: Ctx) -> str:
    rng = ctx.rng
    date = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(50, 99):02d}"
    ind = f"{rng.randrange(2, 900):03d}"
    return f"{date}-{ind}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(date + ind) % 31]}"


def _za_id(ctx: Ctx) -> str:
    rng = ctx.rng
    body = f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{digits(rng, 4)}08"
    n = body + luhn_digit(body)
    return rng.choice([n, f"{n[:6]} {n[6:10]} {n[10:]}"])


def _cl_rut(ctx: Ctx) -> str:
    body = ctx.rng.randrange(6_000_000, 24_000_000)
    weights = [2, 3, 4, 5, 6, 7]
    s = sum(int(c) * weights[i % 6] for i, c in enumerate(reversed(str(body))))
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return f"{body:,}".replace(",", ".") + f"-{dv}"


def _sg_nric(ctx: Ctx) -> str:
    rng = ctx.rng
    prefix = rng.choice("ST")
    num = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(num, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix == "T" else 0)
    return f"{prefix}{num}{'JZIHGFEDCBA'[total % 11]}"


WID_MAKERS = {"no": _no_fnr, "fi": _fi_hetu, "za": _za_id, "cl": _cl_rut, "sg": _sg_nric}


# ---------------------------------------------------------------- passwords
def _leet(word: str) -> str:
    return word.translate(str.maketrans("aeios", "43105"))


def _r5password(ctx: Ctx) -> str:
    rng = ctx.rng
    word = rng.choice(R5PASSWORD_WORDS)
    other = rng.choice([w for w in R5PASSWORD_WORDS if w != word])
    return rng.choice([
        f"{word}{rng.choice('!@#$%&*?')}{digits(rng, 4)}",                                       # "Maple!2291"
        f"{rng.choice(['1qaz2wsx', 'qwerty', 'asdf', 'zxcv', '1q2w3e'])}{word.lower()}{digits(rng, 2)}",
        f"{word}.{other}.{digits(rng, 2)}",
        f"{_leet(word.lower())}{rng.choice('!#*')}{rng.randrange(1960, 2012)}",
        rand_token(rng, 16, ALNUM + "-_!@#$%^&*"),                                                # password manager
        f"{word}{rng.randrange(1960, 2012)}",
    ])


def gen_w_pw(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _r5password(ctx)), "SECRET")}


def gen_w_basic(ctx: Ctx) -> Attrs:
    """base64("user:password") as in HTTP Basic and docker's config.json: the whole base64 is the secret."""
    return {"v": one(ctx.unique(lambda: base64.b64encode(f"{_handle(ctx)}:{_r5password(ctx)}".encode()).decode()), "SECRET")}


# ---------------------------------------------------------------- provider keys (random, in the published shape)
def _jwt_k8s(ctx: Ctx) -> str:
    rng = ctx.rng
    iat = 1_720_000_000 + rng.randrange(10**7)
    head = _b64url({"alg": "RS256", "kid": rand_token(rng, 43, URLSAFE)})
    body = _b64url({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31_536_000, "iat": iat,
                    "iss": "https://kubernetes.default.svc.cluster.local",
                    "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4))}},
                    "sub": "system:serviceaccount:ci:deployer"})
    return f"{head}.{body}.{rand_token(rng, 342, URLSAFE)}"


def _jwt_supabase(ctx: Ctx) -> str:
    rng = ctx.rng
    iat = 1_700_000_000 + rng.randrange(10**7)
    body = _b64url({"iss": "supabase", "ref": rand_token(rng, 20, string.ascii_lowercase), "role": "service_role",
                    "iat": iat, "exp": iat + 315_360_000})
    return f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{body}.{rand_token(rng, 43, URLSAFE)}"


def _mapbox_secret(ctx: Ctx) -> str:
    rng = ctx.rng
    return f"sk.{_b64url({'u': _handle(ctx), 'a': rand_token(rng, 25, string.ascii_lowercase + string.digits)})}.{rand_token(rng, 22, URLSAFE)}"


def _sentry(ctx: Ctx) -> str:
    rng = ctx.rng
    claims = {"iat": 1_710_000_000 + rng.randrange(10**7), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
              "org": "acme"}
    return f"sntrys_{base64.b64encode(json.dumps(claims, separators=(',', ':')).encode()).decode()}_{rand_token(rng, 43, B64)}"


W_KEYS = {**table_makers("round05", "keys"), "mapbox": _mapbox_secret, "sentry": _sentry, "supabase": _jwt_supabase,
          "kube": _jwt_k8s}


def make_w_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        value = ctx.unique(lambda: W_KEYS[kind](ctx))
        cut = min(len(value) // 2, 96)
        # "wrap": the same key as a terminal wraps it, one span across the line break.
        return {"v": one(value, "SECRET"), "wrap": one(f"{value[:cut]}\n{value[cut:]}", "SECRET")}

    return gen


# ---------------------------------------------------------------- key files and blocks (only the secret part is gold)
def gen_w_pgp(ctx: Ctx) -> Attrs:
    """An armored PGP secret-key body and its CRC line (one span)."""
    rng = ctx.rng

    def make() -> str:
        lines = ["lQWGBG" + rand_token(rng, 58, B64)] + [rand_token(rng, 64, B64) for _ in range(rng.randrange(5, 8))]
        lines.append(rand_token(rng, rng.randrange(10, 50), B64) + "=")
        return "\n".join(lines) + "\n=" + rand_token(rng, 4, B64)

    return {"v": one(ctx.unique(make), "SECRET")}


def gen_w_ppk(ctx: Ctx) -> Attrs:
    """PuTTY ppk v3: the Private-Lines are the secret; the public lines and the MAC are not."""
    rng = ctx.rng
    pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(rng, 42, B64) + "="
    priv = ctx.unique(lambda: "AAAAI" + rand_token(rng, 42, B64) + "=")
    return {"pub": [(f"{pub[:64]}\n{pub[64:]}", None)], "priv": one(priv, "SECRET"), "mac": [(rand_token(rng, 64, HEX), None)]}


def gen_w_age(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: "AGE-SECRET-KEY-1" + rand_token(rng, 58, BECH32.upper())), "SECRET"),
            "pub": [("age1" + rand_token(rng, 58, BECH32), None)]}


def gen_w_kcert(ctx: Ctx) -> Attrs:
    """kubeconfig client-key-data (secret) and client-certificate-data (public), both base64 of PEM."""
    rng = ctx.rng

    def pem(label: str) -> str:
        body = "\n".join(rand_token(rng, 64, B64) for _ in range(3))
        return base64.b64encode(f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n".encode()).decode()

    return {"cert": [(pem("CERTIFICATE"), None)], "key": one(ctx.unique(lambda: pem("RSA PRIVATE KEY")), "SECRET")}


def gen_w_sig(ctx: Ctx) -> Attrs:
    """An Azure SAS signature as it sits in a query string (URL-encoded base64)."""
    def make() -> str:
        return rand_b64(ctx, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    return {"v": one(ctx.unique(make), "SECRET")}


GENERATORS = {
    **unique_gens("wid", WID_MAKERS, "ID_NUMBER"),
    "wpw": gen_w_pw, "wbasic": gen_w_basic, **{f"wk_{k}": make_w_key_gen(k) for k in W_KEYS},
    "wpgp": gen_w_pgp, "wppk": gen_w_ppk, "wage": gen_w_age, "wkcert": gen_w_kcert, "wsig": gen_w_sig,
}
