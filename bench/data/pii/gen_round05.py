"""Value generators of dev round 5 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round05.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import json
import string
import uuid

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    one,
    rand_b64,
    rand_token,
    unlabelled,
    valid_phone_gen,
)
from pii_data import pools, rows
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

POOLS = pools("round05")
R5NAMES = rows(POOLS["names"])
R5NICKS = rows(POOLS["nicks"])
R5PASSWORD_WORDS = POOLS["password_words"]
R5HANDLE_WORDS = POOLS["handle_words"]
R5EMAIL_DOMAINS = POOLS["email_domains"]
R5STREETS = POOLS["streets"]
R5LANDMARKS = POOLS["landmarks"]


# ---------------------------------------------------------------- helpers


def _b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


# ---------------------------------------------------------------- people, handles, contact details
def gen_w_person(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    first, last = ctx.pick_recent(R5NAMES, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:1]}", f"{f}_{l}", f"{l}.{f}{rng.randrange(70, 99)}", f"{f[0]}{l}",
                            f"{f}{digits(rng, 3)}"])
        return f"{local}@{rng.choice(R5EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "poss_full_lc": [(full.lower(), "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_w_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R5NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last = rng.choice(R5NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R5HANDLE_WORDS)
    return rng.choice([f"{f}{l[:1]}", f"{word}-{f}", f"{f}_{l}{rng.randrange(80, 99)}", f"{l}{f[0]}",
                       f"{word}{digits(rng, 3)}", f"{f}.{word}"])


def gen_w_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_w_email(ctx: Ctx) -> Attrs:
    return {"v": gen_w_person(ctx)["email"]}


PHONE_REGIONS = {"ke": "KE", "ph": "PH", "pk": "PK", "tr": "TR", "it": "IT", "nz": "NZ", "eg": "EG", "vn": "VN"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "ke": [f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}"],
        "ph": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}"],
        "pk": [f"+92 3{rng.randrange(0, 5)}{d(1)} {d(7)}", f"03{rng.randrange(0, 5)}{d(1)}-{d(7)}"],
        "tr": [f"+90 5{rng.choice('3450')}{d(1)} {d(3)} {d(2)} {d(2)}", f"05{rng.choice('345')}{d(1)} {d(3)} {d(2)} {d(2)}"],
        "it": [f"+39 3{rng.choice('234')}{d(1)} {d(3)} {d(4)}", f"3{rng.choice('234')}{d(1)} {d(7)}"],
        "nz": [f"+64 21 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"+64 9 {rng.randrange(2, 9)}{d(2)} {d(4)}"],
        "eg": [f"+20 10 {d(4)} {d(4)}", f"010 {d(4)} {d(4)}", f"+20 12 {d(4)} {d(4)}"],
        "vn": [f"+84 9{rng.choice('0134')} {d(3)} {d(4)}", f"09{rng.choice('0134')} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R5STREETS[country])
    n = rng.randrange(1, 180)
    up = "ABCEGHJKLMNPRSTVWXY"
    if country == "es":
        return f"Calle {st} {n}, {rng.randrange(1, 8)}º {rng.choice('ABCD')}, {rng.choice(['28', '08', '46', '41'])}{digits(rng, 3)} " \
               f"{rng.choice(['Madrid', 'Barcelona', 'Valencia', 'Sevilla'])}"
    if country == "it":
        city, prov, cap = rng.choice([("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401")])
        return f"Via {st} {n}, {cap}{rng.randrange(10, 99)} {city} ({prov})"
    if country == "nl":
        return f"{st}straat {n}{rng.choice(['', '-II', 'A', ' hs'])}, {rng.randrange(1011, 1099)} " \
               f"{rng.choice(up)}{rng.choice(up)} Amsterdam"
    if country == "ca":
        city, prov, fsa = rng.choice([("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3T"), ("Victoria", "BC", "V8V")])
        return f"{n} {st} {rng.choice(['Crescent', 'Drive', 'Road'])}, {city}, {prov} {fsa} {rng.randrange(1, 9)}{rng.choice(up)}{rng.randrange(1, 9)}"
    if country == "ie":
        area, key = rng.choice([("Ballinteer, Dublin 16", "D16"), ("Blackrock, Co. Dublin", "A94"), ("Douglas, Cork", "T12"),
                                ("Salthill, Galway", "H91")])
        code = f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randrange(1, 9)}{rng.choice('ACDEFHKNPRTVWXY')}{rng.randrange(1, 9)}"
        return f"{n} {st} {rng.choice(['Park', 'Avenue', 'Lawn'])}, {area}, {key} {code}"
    if country == "nz":
        suburb, city, pc = rng.choice([("Ponsonby", "Auckland", "1011"), ("Aro Valley", "Wellington", "6021"),
                                       ("Riccarton", "Christchurch", "8041")])
        return f"{n} {st} {rng.choice(['Street', 'Road', 'Terrace'])}, {suburb}, {city} {pc}"
    if country == "mx":
        col, cp = rng.choice([("Roma Norte", "06700"), ("Coyoacán", "04100"), ("Narvarte", "03020")])
        return f"Calle {st} {n}, Int. {rng.randrange(1, 12)}, Col. {col}, {cp} Ciudad de México"
    if country == "za":
        suburb, city, pc = rng.choice([("Claremont", "Cape Town", "7708"), ("Melville", "Johannesburg", "2092"),
                                       ("Morningside", "Durban", "4001")])
        return f"{n} {st} Road, {suburb}, {city}, {pc}"
    if country == "pl":
        city, pc = rng.choice([("Kraków", "30"), ("Wrocław", "50"), ("Gdańsk", "80")])
        return f"ul. {st} {n}/{rng.randrange(1, 40)}, {pc}-{digits(rng, 3)} {city}"
    city = rng.choice(["Farsta", "Uppsala", "Lund"])
    return f"{st}vägen {n}, {rng.randrange(100, 999)} {digits(rng, 2)} {city}"


def gen_w_place(ctx: Ctx) -> Attrs:
    """A home described loosely, the whole phrase."""
    rng = ctx.rng
    c = rng.choice(["nz", "za", "ie", "ca"])
    st = rng.choice(R5STREETS[c])
    mark = rng.choice(R5LANDMARKS)
    value = ctx.unique(lambda: rng.choice([
        f"the blue container house behind the {mark} on {st} Road",
        f"the unit with the yellow gate, third on the left after the {mark} on {st} Street",
        f"the last house on {st.lower()} road, the one with the dead palm",
        f"the granny flat behind number {rng.randrange(2, 90)} {st} Avenue, past the {mark}",
    ]))
    return {"v": one(value, "LOCATION")}


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


def make_w_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: WID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "ical":
        local = ascii_fold_all(rng.choice(R5NAMES)[0]) + "." + rng.choice(R5HANDLE_WORDS)
        return f"https://calendar.google.com/calendar/ical/{local}%40gmail.com/private-{rand_token(rng, 32, HEX)}/basic.ics"
    if kind == "tg":
        return rng.choice([f"https://t.me/+{rand_token(rng, 16, URLSAFE)}", f"https://chat.whatsapp.com/{rand_token(rng, 22)}"])
    return rng.choice([f"https://www.loom.com/share/{rand_token(rng, 32, HEX)}",
                       f"https://we.tl/t-{rand_token(rng, 10)}"])


def make_w_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


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


def _w_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "atlassian": lambda: "ATATT3xFfGF0" + t(171, URLSAFE) + "=" + t(8, HEX.upper()),
        "bitbucket": lambda: "ATBB" + t(28) + t(8, HEX.upper()),
        "postman": lambda: f"PMAK-{t(24, HEX)}-{t(34, HEX)}",
        "glsa": lambda: f"glsa_{t(32)}_{t(8, HEX)}",
        "vault": lambda: "hvs.CAESI" + t(86, URLSAFE),
        "databricks": lambda: "dapi" + t(32, HEX),
        "square": lambda: "EAAA" + t(60, URLSAFE),
        "braintree": lambda: f"access_token$production${t(16, string.ascii_lowercase + string.digits)}${t(32, HEX)}",
        "mapbox": lambda: _mapbox_secret(ctx),
        "linear": lambda: "lin_api_" + t(40),
        "doppler": lambda: "dp.st.prd." + t(40),
        "pulumi": lambda: "pul-" + t(40, HEX),
        "pscale": lambda: "pscale_pw_" + t(43, URLSAFE),
        "sentry": lambda: _sentry(ctx),
        "netlify": lambda: "nfp_" + t(36),
        "ghs": lambda: "ghs_" + t(36),
        "glpat": lambda: "glpat-" + t(20, URLSAFE),
        "cf": lambda: t(40, URLSAFE),
        "azure": lambda: t(3) + rng.choice("78") + "Q~" + t(34, ALNUM + "~._-"),
        "supabase": lambda: _jwt_supabase(ctx),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + t(150, URLSAFE),
        "rubygems": lambda: "rubygems_" + t(48, HEX),
        "crates": lambda: "cio" + t(32),
        "okta": lambda: "00" + t(40, URLSAFE),
        "figma": lambda: "figd_" + t(40, URLSAFE),
        "asana": lambda: f"2/{digits(rng, 16)}/{digits(rng, 16)}:{t(32, HEX)}",
        "contentful": lambda: "CFPAT-" + t(43, URLSAFE),
        "fb": lambda: "EAAG" + t(180),
        "groq": lambda: "gsk_" + t(52),
        "replicate": lambda: "r8_" + t(37),
        "pplx": lambda: "pplx-" + t(48),
        "deepseek": lambda: "sk-" + t(32, HEX),
        "xai": lambda: "xai-" + t(80),
        "pinecone": lambda: f"pcsk_{t(5)}_{t(63)}",
        "langsmith": lambda: f"lsv2_pt_{t(32, HEX)}_{t(10, HEX)}",
        "eleven": lambda: "sk_" + t(48, HEX),
        "kube": lambda: _jwt_k8s(ctx),
        "asia": lambda: "ASIA" + t(16, string.ascii_uppercase + "234567"),
        "akia": lambda: "AKIA" + t(16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: t(40, B64),
        "awssts": lambda: "IQoJb3JpZ2luX2VjE" + t(220, B64) + "=",
        "ya": lambda: "ya29.a0" + t(160, URLSAFE),
        "grefresh": lambda: "1//0" + rng.choice("3gde") + t(98, URLSAFE),
        "heroku": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "djsess": lambda: t(32, string.ascii_lowercase + string.digits),
    }
    return makers[kind]()


W_KEY_KINDS = ["atlassian", "bitbucket", "postman", "glsa", "vault", "databricks", "square", "braintree", "mapbox", "linear",
               "doppler", "pulumi", "pscale", "sentry", "netlify", "ghs", "glpat", "cf", "azure", "supabase", "pypi",
               "rubygems", "crates", "okta", "figma", "asana", "contentful", "fb", "groq", "replicate", "pplx", "deepseek",
               "xai", "pinecone", "langsmith", "eleven", "kube", "asia", "akia", "awssecret", "awssts", "ya", "grefresh",
               "heroku", "djsess"]


def make_w_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        value = ctx.unique(lambda: _w_key(ctx, kind))
        cut = min(len(value) // 2, 96)
        # "wrap": the same key as a terminal wraps it, one span across the line break.
        return {"v": one(value, "SECRET"), "wrap": one(f"{value[:cut]}\n{value[cut:]}", "SECRET")}

    return gen


# ---------------------------------------------------------------- key files and blocks (only the secret part is gold)
def gen_w_ssh(ctx: Ctx) -> Attrs:
    """An OpenSSH ed25519 private key body (70-column lines, the standard openssh-key-v1 opening)."""
    rng = ctx.rng

    def make() -> str:
        lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
        lines += [rand_token(rng, 70, B64) for _ in range(3)]
        lines.append(rand_token(rng, rng.randrange(20, 40), B64) + "=")
        return "\n".join(lines)

    return {"v": one(ctx.unique(make), "SECRET")}


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


def gen_w_gcp(ctx: Ctx) -> Attrs:
    """The base64 body of a service-account private_key as JSON stores it: lines joined by a literal backslash-n."""
    rng = ctx.rng

    def make() -> str:
        lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rand_token(rng, 14, B64)]
        lines += [rand_token(rng, 64, B64) for _ in range(5)] + [rand_token(rng, rng.randrange(16, 40), B64) + "="]
        return "\\n".join(lines)

    return {"v": one(ctx.unique(make), "SECRET")}


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


def gen_w_totp(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: rand_token(ctx.rng, ctx.rng.choice([16, 32]), string.ascii_uppercase + "234567")), "SECRET")}


# ---------------------------------------------------------------- not PII


def gen_w_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_w_hex(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": [(rand_token(rng, 32, HEX), None)], "s": [(rand_token(rng, 16, HEX), None)],
            "sha": [(rand_token(rng, 40, HEX), None)], "digest": [(rand_token(rng, 64, HEX), None)]}


def gen_w_sshpub(ctx: Ctx) -> Attrs:
    return unlabelled("AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(ctx.rng, 43, B64))


def gen_w_agepub(ctx: Ctx) -> Attrs:
    return unlabelled("age1" + rand_token(ctx.rng, 58, BECH32))


GENERATORS = {
    "wp": gen_w_person, "wnick": gen_w_nick, "wusr": gen_w_user, "wem": gen_w_email,
    "wph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"wph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "wloc": country_gen(_address, R5STREETS, "LOCATION", None), **{f"wloc_{c}": country_gen(_address, R5STREETS, "LOCATION", c) for c in R5STREETS}, "wplace": gen_w_place,
    **{f"wid_{k}": make_w_id_gen(k) for k in WID_MAKERS},
    **{f"wurl_{k}": make_w_url_gen(k) for k in ("ical", "tg", "rec")},
    "wpw": gen_w_pw, "wbasic": gen_w_basic, **{f"wk_{k}": make_w_key_gen(k) for k in W_KEY_KINDS},
    "wssh": gen_w_ssh, "wpgp": gen_w_pgp, "wppk": gen_w_ppk, "wage": gen_w_age, "wgcp": gen_w_gcp, "wkcert": gen_w_kcert,
    "wsig": gen_w_sig, "wtotp": gen_w_totp, "wuuid": gen_w_uuid, "whex": gen_w_hex, "wsshpub": gen_w_sshpub,
    "wagepub": gen_w_agepub,
}
