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
    ascii_fold_all,
    digits,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unlabelled,
)
from pii_data import pools, rows

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"

POOLS = pools("round13")
R13NAMES = rows(POOLS["names"])
R13PASSWORD_WORDS = POOLS["password_words"]
R13HANDLE_WORDS = POOLS["handle_words"]
R13EMAIL_DOMAINS = POOLS["email_domains"]
R13WORK_DOMAINS = POOLS["work_domains"]


# ---------------------------------------------------------------- people, handles, hosts and links
def gen_pp_person(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    first, last, _, _ = ctx.pick_fresh(R13NAMES, "ppnames", 10)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R13HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1965, 2005)}"])
        return f"{local}@{rng.choice(R13EMAIL_DOMAINS)}"

    def make_work() -> str:
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l[0]}", f"{l}{f[0]}"])
        return f"{local}@{rng.choice(R13WORK_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "caps_last": one(last.upper(), "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"), "work": one(ctx.unique(make_work), "EMAIL_ADDRESS")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R13NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R13HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}-{word}", f"{word}{l[:4]}", f"{f}_{l}", f"{f[0]}{l[:5]}"])


def gen_pp_user(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_pp_email(ctx: Ctx) -> Attrs:
    p = gen_pp_person(ctx)
    return {"v": p["email"], "work": p["work"]}


def gen_pp_ip(ctx: Ctx) -> Attrs:
    """A public IPv4 address outside private, reserved and documentation ranges."""
    rng = ctx.rng
    firsts = [n for n in range(11, 224) if n not in (100, 127, 169, 172, 192, 198, 203)]
    return {"v": one(ctx.unique(lambda: f"{rng.choice(firsts)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"),
                     "IP_ADDRESS")}


def gen_pp_lan(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: f"192.168.{rng.randrange(0, 100)}.{rng.randrange(2, 255)}"), "IP_ADDRESS")}


def gen_pp_six(ctx: Ctx) -> Attrs:
    """An IPv6 address, full or compressed."""
    rng = ctx.rng

    def make() -> str:
        groups = [rng.choice(["2a02", "2a01", "2001", "2600", "2409", "2c0f"])] + [f"{rng.randrange(0, 65536):x}" for _ in range(7)]
        if rng.random() < 0.5:
            return ":".join(groups)
        return ":".join(groups[:4]) + "::" + groups[7]

    return {"v": one(ctx.unique(make), "IP_ADDRESS")}


def _pp_url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "doc": lambda: f"https://docs.google.com/document/d/1{t(43, URLSAFE)}/edit?usp=sharing",
        "meet": lambda: f"https://tidewell.zoom.us/j/{rng.randrange(10**10, 10**11)}?pwd={t(32)}.1",
        "drop": lambda: f"https://www.dropbox.com/scl/fi/{t(21, LOWER_DIGITS)}/handover-notes.pdf?rlkey={t(25, LOWER_DIGITS)}&dl=0",
        "reset": lambda: f"https://id.tidewell.io/account/reset-password?token={t(40, URLSAFE)}&uid={rng.randrange(1000, 99999)}",
    }[kind]()


def make_pp_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _pp_url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- provider keys in their published shapes
def _pp_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "aws": lambda: "AKIA" + t(16, BASE32),
        "awssec": lambda: t(40, B64),
        "ghp": lambda: "ghp_" + t(36),
        "ghpat": lambda: "github_pat_" + t(22) + "_" + t(59),
        "openai": lambda: "sk-" + t(48),
        "oproj": lambda: "sk-proj-" + t(rng.choice([64, 132]), URLSAFE) + t(4),
        "ant": lambda: "sk-ant-api03-" + t(93, URLSAFE) + "AA",
        "xoxb": lambda: f"xoxb-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{t(24)}",
        "xoxp": lambda: f"xoxp-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{t(32, HEX)}",
        "sklive": lambda: "sk_live_" + t(rng.choice([24, 99])),
        "rklive": lambda: "rk_live_" + t(rng.choice([24, 99])),
        "gapi": lambda: "AIzaSy" + t(33, URLSAFE),
        "hf": lambda: "hf_" + t(34),
    }[kind]()


PP_KEY_KINDS = ["aws", "awssec", "ghp", "ghpat", "openai", "oproj", "ant", "xoxb", "xoxp", "sklive", "rklive", "gapi", "hf"]


def _wrapped(ctx: Ctx, value: str) -> str:
    """The value broken over two lines (a terminal or a PDF wrapped it): one span with the line break inside."""
    cut = ctx.rng.randrange(len(value) * 2 // 5, len(value) * 7 // 10)
    return value[:cut] + "\n" + value[cut:]


def make_pp_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        key = ctx.unique(lambda: _pp_key(ctx, kind))
        return {**secret(key), "wrap": one(_wrapped(ctx, key), "SECRET")}

    return gen


def gen_pp_aws(ctx: Ctx) -> Attrs:
    """An AWS access key id (``id``) and its secret access key (``v``); both SECRET."""
    key_id, sec = ctx.unique_many(lambda: (_pp_key(ctx, "aws"), _pp_key(ctx, "awssec")))
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
SYMBOLS = "!#%*?"


def _password(ctx: Ctx) -> str:
    rng = ctx.rng
    word, other = rng.sample(R13PASSWORD_WORDS, 2)

    def random_chars() -> str:
        return rng.choice(string.ascii_letters) + rand_token(rng, rng.randrange(11, 19), ALNUM + "!#%^*")

    return rng.choice([
        lambda: f"{word}{rng.randrange(10, 9999)}{rng.choice(SYMBOLS)}",
        lambda: f"{word.lower()}_{rng.randrange(1970, 2010)}",
        random_chars,
        lambda: f"{word[0].lower()}{word[1:].replace('o', '0').replace('a', '@').replace('e', '3')}{rng.randrange(1, 99)}",
        lambda: f"{other}-{word}-{rng.randrange(10, 99)}",
    ])()


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
def _pp_look(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    h = lambda n: rand_token(rng, n, HEX)
    return {
        "sha": lambda: h(40),
        "short": lambda: h(7),
        "sri": lambda: rng.choice(["sha384-" + rand_b64(ctx, 48), "sha512-" + rand_b64(ctx, 64)]),
        "uuid": lambda: f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}",
        "digest": lambda: "sha256:" + h(64),
        "sum": lambda: h(64),
        "run": lambda: str(rng.randrange(7_000_000_000, 9_999_999_999)),
        "req": lambda: "req_" + t(14),
        "masked": lambda: "sk-proj-" + "*" * 44 + t(4),
        "fpr": lambda: "SHA256:" + rand_b64(ctx, 32).rstrip("="),
        "keyid": lambda: h(40),
        "png": lambda: base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
                                        + rand_bytes(ctx, 60)).decode(),
    }[kind]()


PP_LOOK_KINDS = ["sha", "short", "sri", "uuid", "digest", "sum", "run", "req", "masked", "fpr", "keyid", "png"]


def make_pp_look_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return unlabelled(ctx.unique(lambda: _pp_look(ctx, kind)))

    return gen


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
    "ppp": gen_pp_person, "ppusr": gen_pp_user, "ppem": gen_pp_email, "ppip": gen_pp_ip, "pplan": gen_pp_lan,
    "ppsix": gen_pp_six, **{f"ppurl_{k}": make_pp_url_gen(k) for k in ["doc", "meet", "drop", "reset"]},
    **{f"ppk_{k}": make_pp_key_gen(k) for k in PP_KEY_KINDS}, "ppaws": gen_pp_aws, "ppjwt": gen_pp_jwt, "ppkubejwt": gen_pp_jwt_kube,
    "pppw": gen_pp_pw, "pppkey": gen_pp_pkey, "ppdb": gen_pp_db,
    **{f"ppx_{k}": make_pp_look_gen(k) for k in PP_LOOK_KINDS}, "ppcert": gen_pp_cert,
}
