"""Value generators of dev round 11 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round11.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import string

from pii_common import ALNUM, Attrs, Ctx, digits, one, rand_token, secret
from pii_data import pools
from pii_numbers import luhn_digit
from pii_slots import person, table_makers

HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"

POOLS = pools("round11")
R11PASSWORD_WORDS = POOLS["password_words"]
R11PHRASE_WORDS = POOLS["phrase_words"]
PROGRAMS = table_makers("round11", "programs")
_handle, _password = PROGRAMS["handle"], PROGRAMS["password"]


# ---------------------------------------------------------------- passwords in hard shapes
SYMBOLS = "!#%&@?*"


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
    email_piece = person(ctx, "round11")["email"]
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


GENERATORS = {
    "mmshort": gen_mm_short, "mmphrase": gen_mm_phrase, "mmurlpw": gen_mm_urlpw, "mmsplit": gen_mm_split,
    "mmjesc": gen_mm_jesc, "mmcard": gen_mm_card, "mmsmtp": gen_mm_smtp, "mmbasic": gen_mm_basic,
    "mmbinance": gen_mm_binance, "mmkraken": gen_mm_kraken, "mmkucoin": gen_mm_kucoin, "mmherokupg": gen_mm_heroku_pg,
}
