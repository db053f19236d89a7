"""Value generators of dev round 7 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round07.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string
import uuid

from pii_common import (
    ALNUM,
    UPPER_DIGITS,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    one,
    rand_b64,
    rand_bytes,
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)
from pii_data import pools, rows

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

POOLS = pools("round07")
R7NAMES = rows(POOLS["names"])
R7PARTICLES = set(POOLS["particles"])
R7NICKS = rows(POOLS["nicks"])
R7PASSWORD_WORDS = POOLS["password_words"]
R7PHRASE_WORDS = POOLS["phrase_words"]
R7UNICODE_WORDS = POOLS["unicode_words"]
R7EMOJI = POOLS["emoji"]
R7HANDLE_WORDS = POOLS["handle_words"]
R7EMAIL_DOMAINS = POOLS["email_domains"]
R7STREETS = POOLS["streets"]


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


# ---------------------------------------------------------------- people, handles, contact details
def gen_o_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-7 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region`` to one region."""
    rng = ctx.rng
    pool = [n for n in R7NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or n[2] == region)]
    first, last, _, _ = ctx.pick_recent(pool, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R7HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1970, 2008)}", f"{l}{f}"])
        return f"{local}@{rng.choice(R7EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_full": [(full, "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "caps": one(full.upper(), "PERSON"), "initial_caps": one(f"{first[0]} {last.upper()}", "PERSON"),
            "slash": one(f"{l.upper()}/{f.upper()}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_o_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R7NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R7NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R7HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}", f"{f}-{word}",
                       f"{f}{digits(rng, 4)}", f"{f[:4]}{l[:4]}"])


def gen_o_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_o_email(ctx: Ctx) -> Attrs:
    return {"v": gen_o_person(ctx)["email"]}


PHONE_REGIONS = {"za": "ZA", "mx": "MX", "nl": "NL", "pl": "PL", "kr": "KR", "sa": "SA", "ch": "CH", "ro": "RO",
                 "il": "IL", "th": "TH"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "za": [f"+27 {rng.choice(['72', '73', '76', '82', '83', '84'])} {d(3)} {d(4)}",
               f"0{rng.choice(['72', '82', '83'])} {d(3)} {d(4)}"],
        "mx": [f"+52 55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"],
        "nl": [f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "pl": [f"+48 {rng.choice(['50', '51', '60', '69', '79'])}{d(1)} {d(3)} {d(3)}",
               f"{rng.choice(['50', '60', '79'])}{d(1)} {d(3)} {d(3)}"],
        "kr": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"],
        "sa": [f"+966 5{rng.choice('03456')} {d(3)} {d(4)}", f"05{rng.choice('03456')} {d(3)} {d(4)}"],
        "ch": [f"+41 7{rng.choice('6789')} {d(3)} {d(2)} {d(2)}", f"07{rng.choice('6789')} {d(3)} {d(2)} {d(2)}"],
        "ro": [f"+40 7{rng.choice('2345')}{d(1)} {d(3)} {d(3)}", f"07{rng.choice('2345')}{d(1)} {d(3)} {d(3)}"],
        "il": [f"+972 5{rng.choice('02458')}-{d(3)}-{d(4)}", f"05{rng.choice('02458')}-{d(3)}-{d(4)}"],
        "th": [f"+66 {rng.choice('689')}{d(1)} {d(3)} {d(4)}", f"0{rng.choice('689')}{d(1)} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R7STREETS[country])
    n = rng.randrange(1, 90)
    if country == "kr":
        gu, city, pc = rng.choice([("Seodaemun-gu", "Seoul", "03706"), ("Mapo-gu", "Seoul", "04003"),
                                   ("Gwangjin-gu", "Seoul", "05012"), ("Haeundae-gu", "Busan", "48095")])
        return rng.choice([f"{n}, {st}-ro {rng.randrange(2, 40)}-gil, {gu}, {city} {pc}",
                           f"Apt {rng.randrange(1, 25)}0{rng.randrange(1, 9)}, {n} {st}-ro, {gu}, {city} {pc}"])
    if country == "vn":
        phuong, quan, city = rng.choice([("Dịch Vọng", "Cầu Giấy", "Hà Nội"), ("Láng Thượng", "Đống Đa", "Hà Nội"),
                                         ("Thảo Điền", "Thủ Đức", "TP.HCM")])
        return f"Số {n}, ngõ {rng.randrange(10, 200)} {st}, phường {phuong}, quận {quan}, {city}"
    if country == "ke":
        area = rng.choice(["Kilimani", "Westlands", "Lavington", "South B"])
        return rng.choice([f"House {n}, {st} Lane, off Ngong Road, {area}, Nairobi",
                           f"Apt {rng.choice('ABCD')}{rng.randrange(1, 9)}, {st} Court, {st} Lane, {area}, Nairobi"])
    if country == "gr":
        pc, town = rng.choice([("546 22", "Thessaloniki"), ("171 22", "Nea Smyrni, Athens"), ("262 21", "Patra")])
        return f"{st} {n}, {rng.randrange(1, 6)}os orofos, {pc} {town}"
    pc, town = rng.choice([("8048", "Zürich"), ("3014", "Bern"), ("6003", "Luzern")])
    return rng.choice([f"{st}weg {n}, {pc} {town}", f"{st}strasse {n}, {pc} {town}"])


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


def make_o_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: OID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


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


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R7NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    if kind == "paypal":
        return f"https://paypal.me/{rng.choice([f + l, f + l[:1] + digits(rng, 2), l + f[:2]])}"
    if kind == "invoice":
        return f"https://invoice.stripe.com/i/acct_1{rand_token(rng, 15)}/live_{rand_token(rng, 80, URLSAFE)}?s=ap"
    return f"https://www.strava.com/athletes/{rng.randrange(10_000_000, 140_000_000)}"


def make_o_url_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(["paypal", "invoice", "strava"])
        return {"v": one(ctx.unique(lambda: _url(ctx, k)), "URL")}

    return gen


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


def gen_o_pwu(ctx: Ctx) -> Attrs:
    """A password that needs no escaping inside a URL's user info, YAML or a connection string."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"{rng.choice(R7PASSWORD_WORDS)}-{digits(rng, 4)}-{rand_token(rng, 3, string.ascii_lowercase)}",
        rng.choice(string.ascii_letters) + rand_token(rng, 17, ALNUM),
        f"{rng.choice(R7PASSWORD_WORDS).lower()}_{rng.choice(R7PASSWORD_WORDS)}{digits(rng, 2)}",
    ])))


# Russian and Hebrew words typed with the keyboard left on the US layout.
WRONG_LAYOUT = ["Ghbdtn", "Rjirf", "Vfibyf", "Cjkywt", "Ktnj", "Pfzw"]


def gen_o_pwx(ctx: Ctx) -> Attrs:
    """A password with emoji, accented or non-Latin letters, spaces, or typed in the wrong keyboard layout."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"{rng.choice(R7EMOJI)}{rng.choice(R7PASSWORD_WORDS)}{digits(rng, 2)}{rng.choice(R7EMOJI)}",
        f"{rng.choice(R7UNICODE_WORDS)}{digits(rng, 2)}{rng.choice('!#*?')}",
        f"i love {rng.choice(R7PASSWORD_WORDS)} {digits(rng, 2)} ever",
        f"{rng.choice(R7PASSWORD_WORDS)} {rng.choice(R7PASSWORD_WORDS).lower()} {rng.randrange(1970, 2020)}!",
        f"{rng.choice(WRONG_LAYOUT)}{digits(rng, 4)}",
        f"{rng.choice(R7UNICODE_WORDS).lower()}{rng.choice(R7EMOJI)}{digits(rng, 3)}",
    ])))


def gen_o_npmpw(ctx: Ctx) -> Attrs:
    """An ``.npmrc`` ``_password``: the base64 of a password (the encoded form is the secret as written)."""
    return secret(ctx.unique(lambda: base64.b64encode(_r7password(ctx).encode()).decode()))


def gen_o_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 5, 6]))))


def gen_o_door(ctx: Ctx) -> Attrs:
    """A door or gate code: digits, sometimes with a letter key."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([digits(rng, 4), f"{rng.choice('ABC')}{digits(rng, 4)}",
                                                  f"{digits(rng, 2)}{rng.choice('AB')}{digits(rng, 2)}"])))


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


def gen_o_refresh(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice(["v1." + rand_token(rng, 86, URLSAFE), "rt_" + rand_token(rng, 48)])))


def gen_o_sess(ctx: Ctx) -> Attrs:
    """A session cookie value: express-session's ``s%3A<id>.<signature>`` (``express``) or a random id (``v``)."""
    rng = ctx.rng
    return {"express": one(ctx.unique(lambda: f"s%3A{rand_token(rng, 32, URLSAFE)}.{rand_token(rng, 43)}"), "SECRET"),
            "v": one(ctx.unique(lambda: rand_token(rng, 1) + rand_token(rng, 42, URLSAFE)), "SECRET")}


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


def gen_o_amz(ctx: Ctx) -> Attrs:
    """The secret parts of an S3 presigned URL: the access key id and the signature."""
    rng = ctx.rng
    return {"akia": one(ctx.unique(lambda: "AKIA" + rand_token(rng, 16, string.ascii_uppercase + "234567")), "SECRET"),
            "sig": one(ctx.unique(lambda: rand_token(rng, 64, HEX)), "SECRET")}


def gen_o_goog(ctx: Ctx) -> Attrs:
    """A GCS V4 signed URL's ``X-Goog-Signature`` (an RSA-2048 signature in hex)."""
    return {"sig": one(ctx.unique(lambda: rand_token(ctx.rng, 512, HEX)), "SECRET")}


def gen_o_cloud(ctx: Ctx) -> Attrs:
    """A ``CLOUDINARY_URL``: the API key and cloud name are not secret, the API secret is."""
    rng = ctx.rng
    secret = ctx.unique(lambda: rand_token(rng, 27, URLSAFE))
    return {"v": [(f"cloudinary://{digits(rng, 15)}:", None), (secret, "SECRET"), (f"@{rand_token(rng, 9, LOWER_DIGITS)}", None)]}


def _o_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "openrouter": lambda: "sk-or-v1-" + t(64, HEX),
        "nvidia": lambda: "nvapi-" + t(64, URLSAFE),
        "voyage": lambda: "pa-" + t(43, URLSAFE),
        "jina": lambda: "jina_" + t(32, HEX) + t(28),
        "deepgram": lambda: t(40, HEX),
        "assembly": lambda: t(32, HEX),
        "vercel": lambda: t(24),
        "algolia": lambda: t(32, HEX),
        "mailchimp": lambda: f"{t(32, HEX)}-us{rng.randrange(1, 22)}",
        "brevo": lambda: f"xkeysib-{t(64, HEX)}-{t(16)}",
        "postmark": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "plaid": lambda: t(30, HEX),
        "alchemy": lambda: t(1) + t(31, URLSAFE),
        "infura": lambda: t(32, HEX),
        "etherscan": lambda: t(34, UPPER_DIGITS),
        "auth": lambda: t(64, URLSAFE),
        "whsec": lambda: "whsec_" + t(32),
        "darkly": lambda: "sdk-" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "render": lambda: "rnd_" + t(32),
        "neon": lambda: "napi_" + t(64, LOWER_DIGITS),
        "gocspx": lambda: "GOCSPX-" + t(28, URLSAFE),
        "jfrog": lambda: "AKCp8" + t(68),
        "twitch": lambda: t(30, LOWER_DIGITS),
        "dropbox": lambda: "sl.B" + t(136, URLSAFE),
        "upstash": lambda: "AX" + t(62),
        "owm": lambda: t(32, HEX),
        "hubspot": lambda: f"pat-{rng.choice(['na1', 'eu1'])}-{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        "clickup": lambda: f"pk_{rng.randrange(10**7, 10**8)}_{t(32, UPPER_DIGITS)}",
        "pusher": lambda: t(20, HEX),
        "laravel": lambda: rand_b64(ctx, 32),
        "hexsecret": lambda: t(64, HEX),
        "yarn": lambda: "npm_" + t(36),
    }
    return makers[kind]()


O_KEY_KINDS = ["openrouter", "nvidia", "voyage", "jina", "deepgram", "assembly", "vercel", "algolia", "mailchimp",
               "brevo", "postmark", "plaid", "alchemy", "infura", "etherscan", "auth", "whsec", "darkly", "render",
               "neon", "gocspx", "jfrog", "twitch", "dropbox", "upstash", "owm", "hubspot", "clickup", "pusher",
               "laravel", "hexsecret", "yarn"]


def make_o_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _o_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII (ids that ship publicly, digests, figures)
def make_o_public_id_gen(kind: str):  # type: ignore[no-untyped-def]
    """Identifiers printed next to a secret that are not secret themselves."""
    def gen(ctx: Ctx) -> Attrs:
        rng = ctx.rng
        return unlabelled({
            "algolia": lambda: rand_token(rng, 10, UPPER_DIGITS),
            "plaid": lambda: rand_token(rng, 24, HEX),
            "auth": lambda: rand_token(rng, 32),
            "pusher": lambda: rand_token(rng, 20, HEX),
            "twitch": lambda: rand_token(rng, 30, LOWER_DIGITS),
            "google": lambda: f"{digits(rng, 12)}-{rand_token(rng, 32, LOWER_DIGITS)}.apps.googleusercontent.com",
            "ga": lambda: f"GA1.1.{rng.randrange(10**8, 10**10)}.{rng.randrange(1_700_000_000, 1_740_000_000)}",
            "vercelorg": lambda: "team_" + rand_token(rng, 24),
        }[kind]())

    return gen


def gen_o_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_o_hash(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 64, HEX))


def gen_o_fp(ctx: Ctx) -> Attrs:
    """An SSH host key fingerprint (public)."""
    return unlabelled(rand_b64(ctx, 32).rstrip("="))


GENERATORS = {
    "op": gen_o_person, "opf": lambda ctx: gen_o_person(ctx, "f"), "opm": lambda ctx: gen_o_person(ctx, "m"),
    "opf_af": lambda ctx: gen_o_person(ctx, "f", "af"), "opf_in": lambda ctx: gen_o_person(ctx, "f", "in"),
    "onick": gen_o_nick, "ousr": gen_o_user, "oem": gen_o_email,
    "oph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"oph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "oloc": country_gen(_address, R7STREETS, "LOCATION", None), **{f"oloc_{c}": country_gen(_address, R7STREETS, "LOCATION", c) for c in R7STREETS},
    **{f"oid_{k}": make_o_id_gen(k) for k in OID_MAKERS}, "odob": gen_o_dob,
    "ourl": make_o_url_gen(None), **{f"ourl_{k}": make_o_url_gen(k) for k in ("paypal", "invoice", "strava")},
    "opw": gen_o_pw, "opwu": gen_o_pwu, "opwx": gen_o_pwx, "onpmpw": gen_o_npmpw, "opin": gen_o_pin, "odoor": gen_o_door,
    "osplit": gen_o_split, "ophrase": gen_o_phrase, "oseed": gen_o_seed, "oledger": gen_o_ledger,
    "oeth": gen_o_eth, "owif": gen_o_wif, "osshkey": gen_o_sshkey, "ojwt": gen_o_jwt, "orefresh": gen_o_refresh,
    "osess": gen_o_sess, "oslack": gen_o_slack, "odiscord": gen_o_discord, "oamz": gen_o_amz, "ogoog": gen_o_goog,
    "ocloud": gen_o_cloud, **{f"ok_{k}": make_o_key_gen(k) for k in O_KEY_KINDS},
    **{f"oid_pub_{k}": make_o_public_id_gen(k) for k in ("algolia", "plaid", "auth", "pusher", "twitch", "google", "ga",
                                                          "vercelorg")}, "ouuid": gen_o_uuid, "ohash": gen_o_hash, "ofp": gen_o_fp,
}
