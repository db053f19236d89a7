"""Value generators of dev round 13 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round13.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import json
import string
from urllib.parse import quote

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unlabelled,
)
from pii_slots import table_makers

LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"

KEYS = table_makers("round13", "keys")
_password = table_makers("round13", "programs")["password"]


# ---------------------------------------------------------------- people, handles, hosts and links
def gen_pp_ip(ctx: Ctx) -> Attrs:
    """A public IPv4 address outside private, reserved and documentation ranges."""
    rng = ctx.rng
    firsts = [n for n in range(11, 224) if n not in (100, 127, 169, 172, 192, 198, 203)]
    return {"v": one(ctx.unique(lambda: f"{rng.choice(firsts)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"),
                     "IP_ADDRESS")}


def gen_pp_six(ctx: Ctx) -> Attrs:
    """An IPv6 address, full or compressed."""
    rng = ctx.rng

    def make() -> str:
        groups = [rng.choice(["2a02", "2a01", "2001", "2600", "2409", "2c0f"])] + [f"{rng.randrange(0, 65536):x}" for _ in range(7)]
        if rng.random() < 0.5:
            return ":".join(groups)
        return ":".join(groups[:4]) + "::" + groups[7]

    return {"v": one(ctx.unique(make), "IP_ADDRESS")}


# ---------------------------------------------------------------- provider keys in their published shapes
def _wrapped(ctx: Ctx, value: str) -> str:
    """The value broken over two lines (a terminal or a PDF wrapped it): one span with the line break inside."""
    cut = ctx.rng.randrange(len(value) * 2 // 5, len(value) * 7 // 10)
    return value[:cut] + "\n" + value[cut:]


def make_pp_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        key = ctx.unique(lambda: KEYS[kind](ctx))
        return {**secret(key), "wrap": one(_wrapped(ctx, key), "SECRET")}

    return gen


def gen_pp_aws(ctx: Ctx) -> Attrs:
    """An AWS access key id (``id``) and its secret access key (``v``); both SECRET."""
    key_id, sec = ctx.unique_many(lambda: (KEYS["aws"](ctx), KEYS["awssec"](ctx)))
    return {"id": one(key_id, "SECRET"), "v": one(sec, "SECRET")}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _pp_jwt(ctx: Ctx, kube: bool) -> Attrs:
    """A JWT: HS256 from the company's identity service, or RS256 from Kubernetes (a service-account token)."""
    rng = ctx.rng

    def make() -> str:
        iat = rng.randrange(1_700_000_000, 1_760_000_000)
        if not kube:
            header = {"alg": "HS256", "typ": "JWT"}
            payload = {"sub": rand_token(rng, 24, LOWER_DIGITS), "role": rng.choice(["authenticated", "service_role", "admin"]),
                       "iss": "https://id.tidewell.io", "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
            sig = _b64url(rand_bytes(ctx, 32))
        else:
            header = {"alg": "RS256", "kid": _b64url(rand_bytes(ctx, 32))}
            payload = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "deploy",
                       "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
                       "sub": "system:serviceaccount:deploy:ci-deployer", "iat": iat}
            sig = _b64url(rand_bytes(ctx, 256))
        return ".".join(_b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)) + "." + sig

    token = ctx.unique(make)
    return {"v": one(token, "SECRET"), "wrap": one(_wrapped(ctx, token), "SECRET")}


def gen_pp_jwt(ctx: Ctx) -> Attrs:
    return _pp_jwt(ctx, kube=False)


def gen_pp_jwt_kube(ctx: Ctx) -> Attrs:
    return _pp_jwt(ctx, kube=True)


# ---------------------------------------------------------------- passwords (pii_secrets shapes, own words)
def gen_pp_pw(ctx: Ctx) -> Attrs:
    """A password (``v``) and the same password percent-encoded for a URL (``url``); both SECRET."""
    pw = ctx.unique(lambda: _password(ctx))
    return {"v": one(pw, "SECRET"), "url": one(quote(pw, safe=""), "SECRET")}


# ---------------------------------------------------------------- private keys and connection strings
KEY_PREFIX = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
              "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}


def gen_pp_pkey(ctx: Ctx) -> Attrs:
    """A private-key block: ``block`` (header and footer not labelled, base64 body SECRET), ``esc`` (as a JSON string
    with literal ``\\n``: the body with its ``\\n`` is SECRET) and ``yaml`` (indented four spaces under a block scalar)."""
    rng = ctx.rng
    label = rng.choice(sorted(KEY_PREFIX))
    width = 70 if label.startswith("OPENSSH") else 64
    n_lines = rng.randrange(5, 10) if label != "EC PRIVATE KEY" else 3

    def make() -> str:
        text = KEY_PREFIX[label] + rand_token(rng, width * (n_lines - 1) - len(KEY_PREFIX[label]), B64)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        lines.append(rand_token(rng, rng.randrange(8, width - 4), B64) + rng.choice(["=", "=="]))
        return "\n".join(lines)

    body = ctx.unique(make)
    begin, end = f"-----BEGIN {label}-----", f"-----END {label}-----"
    return {"block": [(begin + "\n", None), (body, "SECRET"), ("\n" + end, None)],
            "esc": [(begin + "\\n", None), (body.replace("\n", "\\n"), "SECRET"), ("\\n" + end + "\\n", None)],
            "yaml": [(f"    {begin}\n    ", None), (body.replace("\n", "\n    "), "SECRET"), (f"\n    {end}", None)]}


def gen_pp_db(ctx: Ctx) -> Attrs:
    """A database URL; only its (percent-encoded) password is SECRET: hosts, ports and service users are not labelled."""
    rng = ctx.rng
    pw = ctx.unique(lambda: _password(ctx))
    scheme, user, host, tail = rng.choice([
        ("postgresql", "billing_app", "pg-billing.tidewell.internal", ":5432/billing?sslmode=require"),
        ("postgres", "etl", "tidewell-dw.c9x4kq2m7zpa.eu-central-1.rds.amazonaws.com", ":5432/warehouse"),
        ("mysql", "wp_user", "mysql-cms.tidewell.internal", ":3306/wordpress"),
        ("mongodb+srv", "events_rw", "events.q3v8n.mongodb.net", "/events?retryWrites=true&w=majority"),
    ])
    enc = quote(pw, safe="")
    return {"v": [(f"{scheme}://{user}:", None), (enc, "SECRET"), (f"@{host}{tail}", None)], "pw": one(enc, "SECRET")}


# ---------------------------------------------------------------- look-alikes (not labelled)
def gen_pp_fpr(ctx: Ctx) -> Attrs:
    """An SSH host-key fingerprint (public)."""
    return unlabelled(ctx.unique(lambda: "SHA256:" + rand_b64(ctx, 32).rstrip("=")))


def gen_pp_png(ctx: Ctx) -> Attrs:
    """A PNG data URI body (not secret)."""
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    return unlabelled(ctx.unique(lambda: base64.b64encode(head + rand_bytes(ctx, 60)).decode()))


def gen_pp_cert(ctx: Ctx) -> Attrs:
    """A public certificate (not secret): ``block`` as PEM and ``data`` as kubeconfig's base64 of the PEM."""
    rng = ctx.rng

    def make() -> str:
        text = "MIIDdzCCAl+gAwIBAgIU" + rand_token(rng, 64 * 8 - 20, B64)
        lines = [text[i:i + 64] for i in range(0, len(text), 64)] + [rand_token(rng, 40, B64) + "="]
        return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"

    pem = ctx.unique(make)
    return {"block": [(pem, None)], "data": [(base64.b64encode((pem + "\n").encode()).decode(), None)]}


GENERATORS = {
    "ppip": gen_pp_ip, "ppsix": gen_pp_six, **{f"ppk_{k}": make_pp_key_gen(k) for k in KEYS}, "ppaws": gen_pp_aws,
    "ppjwt": gen_pp_jwt, "ppkubejwt": gen_pp_jwt_kube, "pppw": gen_pp_pw, "pppkey": gen_pp_pkey, "ppdb": gen_pp_db,
    "ppx_fpr": gen_pp_fpr, "ppx_png": gen_pp_png, "ppcert": gen_pp_cert,
}
