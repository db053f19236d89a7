"""Value generators of dev round 11 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round11.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import string

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    digits,
    nick_attrs,
    one,
    rand_token,
    secret,
)
from pii_data import pools, rows
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"

POOLS = pools("round11")
R11NAMES = rows(POOLS["names"])
R11NICKS = rows(POOLS["nicks"])
R11PASSWORD_WORDS = POOLS["password_words"]
R11PHRASE_WORDS = POOLS["phrase_words"]
R11HANDLE_WORDS = POOLS["handle_words"]
R11EMAIL_DOMAINS = POOLS["email_domains"]
R11PARTICLES = set(POOLS["particles"])


# ---------------------------------------------------------------- people and handles
def gen_mm_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    rng = ctx.rng
    pool = [n for n in R11NAMES if gender is None or n[3] in (gender, "x")]
    first, last, _, _ = ctx.pick_fresh(pool, "mmnames", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R11HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1960, 2008)}"])
        return f"{local}@{rng.choice(R11EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "poss": [(first, "PERSON"), ("'s", None)],
            "initial": one(f"{first[0]}. {last}", "PERSON"), "caps_last": one(last.upper(), "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_mm_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R11NICKS, "mmnicks", 4)


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R11NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R11HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}{word.capitalize()}", f"{word}{l[:4]}", f"{f}_{l}"])


def gen_mm_user(ctx: Ctx) -> Attrs:
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_mm_email(ctx: Ctx) -> Attrs:
    return {"v": gen_mm_person(ctx)["email"]}


# ---------------------------------------------------------------- passwords in hard shapes
SYMBOLS = "!#%&@?*"


def _password(ctx: Ctx) -> str:
    """A password as people choose them: starts with a letter; no space, quote, backslash, ``$``, ``;`` or ``:``."""
    rng = ctx.rng
    word, other = rng.sample(R11PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",
        f"{word.lower()}{rng.randrange(1958, 2021)}{rng.choice(SYMBOLS)}",
        f"{word}{other}{digits(rng, 2)}",
        f"{word}_{other.lower()}_{digits(rng, 3)}",
        f"{word[:5]}{digits(rng, 4)}{other[:3].lower()}{rng.choice(SYMBOLS)}",
    ])


def gen_mm_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _password(ctx)))


def gen_mm_short(ctx: Ctx) -> Attrs:
    """A very short password (4 to 6 characters) with a letter and a digit."""
    rng = ctx.rng

    def make() -> str:
        while True:
            s = rand_token(rng, rng.choice([4, 5, 6]), string.ascii_letters + string.digits + "#!")
            if any(c.isalpha() for c in s) and any(c.isdigit() for c in s) and s[0].isalnum():
                return s

    return secret(ctx.unique(make))


def gen_mm_phrase(ctx: Ctx) -> Attrs:
    """A password that is an ordinary phrase of two or three everyday words ("tugboat crumpet")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: " ".join(rng.sample(R11PHRASE_WORDS, rng.choice([2, 2, 3])))))


def gen_mm_space(ctx: Ctx) -> Attrs:
    """A password with spaces inside ("Bergamot on Tuesday 47")."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice(R11PASSWORD_WORDS)
        return rng.choice([f"{word} {rng.choice(R11PHRASE_WORDS)} {digits(rng, 2)}", f"{word} on {rng.choice(['Tuesday', 'Sunday', 'Friday'])} {digits(rng, 2)}",
                           f"my {word.lower()} {rng.choice(R11PHRASE_WORDS)}{rng.choice(SYMBOLS)}"])

    return secret(ctx.unique(make))


def gen_mm_caps(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([f"{rng.choice(R11PASSWORD_WORDS).upper()}{digits(rng, 3)}",
                                                  f"{rng.choice(R11PHRASE_WORDS).upper()}{rng.choice(R11PHRASE_WORDS).upper()}{digits(rng, 2)}"])))


def gen_mm_urlpw(ctx: Ctx) -> Attrs:
    """A password that looks like a URL (``url``) or an e-mail address (``mail``); both SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        w, o = rng.sample(R11PASSWORD_WORDS, 2)
        url = rng.choice([f"www.{w}{digits(rng, 2)}.com", f"https://{w.lower()}{digits(rng, 3)}", f"{w}.{o.lower()}.net{digits(rng, 2)}"])
        mail = rng.choice([f"{w.lower()}@{o.lower()}{digits(rng, 2)}", f"{w}@home{rng.randrange(1970, 2010)}", f"me@{w.lower()}.{digits(rng, 3)}"])
        return url, mail

    url, mail = ctx.unique_many(make)
    return {"url": one(url, "SECRET"), "mail": one(mail, "SECRET")}


def gen_mm_split(ctx: Ctx) -> Attrs:
    """A password told in two literal parts (``a``, ``b``), each SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word = rng.choice(R11PASSWORD_WORDS)
        return (rng.choice([word, word.lower(), f"{word}{digits(rng, 2)}"]),
                rng.choice([f"{digits(rng, 3)}{rng.choice(SYMBOLS)}", f"{rng.choice(SYMBOLS)}{digits(rng, 4)}", f"{digits(rng, 2)}{rng.choice(R11PHRASE_WORDS)}"]))

    a, b = ctx.unique_many(make)
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET")}


def gen_mm_jesc(ctx: Ctx) -> Attrs:
    """A password with a double quote and a backslash, written as a JSON string body (``\\"``, ``\\\\``)."""
    rng = ctx.rng

    def make() -> str:
        w = rng.choice(R11PASSWORD_WORDS)
        raw = rng.choice([f'{w}"{digits(rng, 3)}\\x', f'{w[:4]}\\{digits(rng, 2)}"{w[4:].lower()}', f'"{w}{digits(rng, 2)}\\'])
        return raw.replace("\\", "\\\\").replace('"', '\\"')

    return secret(ctx.unique(make))


def gen_mm_dollar(ctx: Ctx) -> Attrs:
    """A password with ``$`` as Compose needs it written (``$$``)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([f"{rng.choice(R11PASSWORD_WORDS)}$${digits(rng, 3)}",
                                                  f"$${rng.choice(R11PASSWORD_WORDS).lower()}{digits(rng, 2)}!"])))


def gen_mm_hashpw(ctx: Ctx) -> Attrs:
    """A password with ``#`` inside (a comment marker in ``.env`` files when unquoted)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R11PASSWORD_WORDS)}#{digits(rng, 4)}{rng.choice(['', '#', 'x'])}"))


def gen_mm_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 4)))


def gen_mm_cvv(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 3)))


def gen_mm_card(ctx: Ctx) -> Attrs:
    """A Luhn-valid Visa or Mastercard number in groups of four."""
    rng = ctx.rng

    def make() -> str:
        body = rng.choice(["4", f"5{rng.randrange(1, 6)}"])
        body += digits(rng, 15 - len(body))
        n = body + luhn_digit(body)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    return {"v": one(ctx.unique(make), "CREDIT_CARD")}


def gen_mm_smtp(ctx: Ctx) -> Attrs:
    """An SMTP ``AUTH PLAIN`` argument (``v``, base64 of NUL user NUL password, SECRET) and its user's e-mail (``email``)."""
    email_piece = gen_mm_person(ctx)["email"]
    email = email_piece[0][0]
    pw = ctx.unique(lambda: _password(ctx))
    blob = ctx.unique(lambda: base64.b64encode(f"\0{email}\0{pw}".encode()).decode())
    return {"v": one(blob, "SECRET"), "email": email_piece}


def gen_mm_basic(ctx: Ctx) -> Attrs:
    """An HTTP Basic credential (base64 of ``user:password``, SECRET as written)."""
    user = _handle(ctx)
    pw = _password(ctx)
    return secret(ctx.unique(lambda: base64.b64encode(f"{user}:{pw}".encode()).decode()))


def gen_mm_binance(ctx: Ctx) -> Attrs:
    """A Binance API key (``key``) and secret (``v``), 64 letters and digits each; both SECRET."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 64), rand_token(rng, 64)))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def gen_mm_kraken(ctx: Ctx) -> Attrs:
    """A Kraken API key (``key``, 56 base64 characters) and private key (``v``, 88 base64 ending ``==``); both SECRET."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 56, B64), rand_token(rng, 86, B64) + "=="))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def gen_mm_kucoin(ctx: Ctx) -> Attrs:
    """A KuCoin API key (``key``, 24 hex), secret (``v``, a UUID) and passphrase (``pass``); all SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        h = rand_token(rng, 32, HEX)
        return (rand_token(rng, 24, HEX), f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}",
                f"{rng.choice(R11PASSWORD_WORDS).lower()}{rng.choice(SYMBOLS)}{digits(rng, 3)}")

    key, sec, pas = ctx.unique_many(make)
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET"), "pass": one(pas, "SECRET")}


def gen_mm_heroku_pg(ctx: Ctx) -> Attrs:
    """A Heroku Postgres URL: the generated user (not labelled) and password (SECRET)."""
    rng = ctx.rng
    user, pw = ctx.unique_many(lambda: ("u" + rand_token(rng, 13, LOWER_DIGITS), "p" + rand_token(rng, 64, HEX)))
    return {"user": [(user, None)], "v": one(pw, "SECRET")}


def _mm_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "fernet": lambda: "gAAAAAB" + t(rng.randrange(170, 200), URLSAFE),
        "client": lambda: t(40, URLSAFE),
        "grpc": lambda: t(32, HEX),
        "bearer": lambda: t(48, URLSAFE),
        "ws": lambda: t(40, HEX),
        "phpsess": lambda: t(26, "abcdefghijklmnopqrstuv0123456789"),
        "remember": lambda: t(60),
        "ghp": lambda: "ghp_" + t(36),
        "gho": lambda: "gho_" + t(36),
        "skb": lambda: t(128, HEX),
        "nextsecret": lambda: t(43, B64) + "=",
        "rust": lambda: t(48),
        "totp": lambda: t(32, BASE32),
        "netlify": lambda: t(40, URLSAFE),
    }[kind]()


MM_KEY_KINDS = ["fernet", "client", "grpc", "bearer", "ws", "phpsess", "remember", "ghp", "gho", "skb", "nextsecret", "rust",
                "totp", "netlify"]


def make_mm_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _mm_key(ctx, kind)))

    return gen


def gen_mm_ga(ctx: Ctx) -> Attrs:
    """A Google Analytics ``_ga`` cookie value (not labelled)."""
    rng = ctx.rng
    return {"v": [(ctx.unique(lambda: f"GA1.2.{rng.randrange(10**8, 10**10)}.{rng.randrange(1600000000, 1720000000)}"), None)]}


def _person_gen(gender: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_mm_person(ctx, gender)


GENERATORS = {
    "mmp": _person_gen(None), "mmpf": _person_gen("f"), "mmpm": _person_gen("m"), "mmnick": gen_mm_nick,
    "mmusr": gen_mm_user, "mmem": gen_mm_email,
    "mmpw": gen_mm_pw, "mmshort": gen_mm_short, "mmphrase": gen_mm_phrase, "mmspace": gen_mm_space, "mmcaps": gen_mm_caps,
    "mmurlpw": gen_mm_urlpw, "mmsplit": gen_mm_split, "mmjesc": gen_mm_jesc, "mmdollar": gen_mm_dollar,
    "mmhashpw": gen_mm_hashpw, "mmpin": gen_mm_pin, "mmcvv": gen_mm_cvv, "mmcard": gen_mm_card, "mmsmtp": gen_mm_smtp,
    "mmbasic": gen_mm_basic, "mmbinance": gen_mm_binance, "mmkraken": gen_mm_kraken, "mmkucoin": gen_mm_kucoin,
    "mmherokupg": gen_mm_heroku_pg, **{f"mmk_{k}": make_mm_key_gen(k) for k in MM_KEY_KINDS}, "mmga": gen_mm_ga,
}
