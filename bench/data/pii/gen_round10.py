"""Value generators of dev round 10 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round10.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import string
from urllib.parse import quote

from pii_common import (
    ALNUM,
    UPPER_DIGITS,
    Attrs,
    Ctx,
    digits,
    one,
    rand_token,
    secret,
    unique_gens,
)
from pii_data import pools
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
R10PASSWORD_WORDS = pools("round10")["password_words"]


# ---------------------------------------------------------------- national id numbers (valid check characters)

def _is_kennitala(ctx: Ctx) -> str:
    """Icelandic kennitala: DDMMYY, two digits, a mod-11 check digit (weights 3,2,7,6,5,4,3,2), the century digit."""
    rng = ctx.rng
    while True:
        year = rng.randrange(1940, 2012)
        body = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{year % 100:02d}{rng.randrange(20, 100)}"
        r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            n = body + str(0 if r == 11 else r) + ("9" if year < 2000 else "0")
            return rng.choice([f"{n[:6]}-{n[6:]}", n])


def _cz_rodne(ctx: Ctx) -> str:
    """Czech rodné číslo (born after 1954): YYMMDD (women's month + 50), three digits, a check digit that makes the
    ten-digit number divisible by 11."""
    rng = ctx.rng
    while True:
        year = rng.randrange(1955, 2010)
        month = rng.randrange(1, 13) + rng.choice([0, 50])
        body = f"{year % 100:02d}{month:02d}{rng.randrange(1, 29):02d}{digits(rng, 3)}"
        c = int(body) % 11
        if c != 10:
            return f"{body[:6]}/{body[6:]}{c}"


CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _mx_curp(ctx: Ctx) -> str:
    """Mexican CURP: name letters, birth date, sex, state, inner consonants, the century character, and a check
    digit (sum of value x (18 - position), mod 10)."""
    rng = ctx.rng
    cons, vow = "BCDFGHJLMNPRSTVZ", "AEIOU"
    year = rng.randrange(1950, 2012)
    body = (rng.choice(cons) + rng.choice(vow) + rng.choice(cons) + rng.choice(vow)
            + f"{year % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "OC", "YN", "PL", "MC", "GT", "CS"]) + rand_token(rng, 3, cons)
            + (rng.choice(string.digits) if year < 2000 else rng.choice(string.ascii_uppercase[:10])))
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _au_tfn(ctx: Ctx) -> str:
    """Australian tax file number: nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is divisible by 11."""
    rng = ctx.rng
    while True:
        body = str(rng.randrange(1, 10)) + digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(body, [1, 4, 3, 7, 5, 8, 6, 9]))
        last = s % 11
        if last != 10:
            n = body + str(last)
            return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def _ae_eid(ctx: Ctx) -> str:
    """Emirates ID: 784, birth year, seven digits and a Luhn check digit, written 784-YYYY-NNNNNNN-C."""
    rng = ctx.rng
    body = f"784{rng.randrange(1960, 2010)}{digits(rng, 7)}"
    n = body + luhn_digit(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


KKID_MAKERS = {"is": _is_kennitala, "cz": _cz_rodne, "mx": _mx_curp, "au": _au_tfn, "ae": _ae_eid}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def gen_kk_dob(ctx: Ctx) -> Attrs:
    """A date of birth as "3 March 1987" (``words``), "03/03/1987" (``slash``) or "1987-03-03" (``iso``)."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        y, m, d = rng.randrange(1935, 2012), rng.randrange(1, 13), rng.randrange(1, 29)
        return f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"

    words, slash, iso = ctx.unique_many(make)
    return {"words": one(words, "DATE_OF_BIRTH"), "slash": one(slash, "DATE_OF_BIRTH"), "iso": one(iso, "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- passwords, PINs, codes
SYMBOLS = "!#$%&@?"


def gen_kk_weak(ctx: Ctx) -> Attrs:
    """A weak password (``v``) and the stronger one an assistant proposes from it (``strong``); both SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word, other = rng.sample(R10PASSWORD_WORDS, 2)
        year = rng.randrange(1960, 2016)
        weak = rng.choice([f"{word.lower()}{year}", f"{word.lower()}{digits(rng, 3)}", f"{word.lower()}123"])
        strong = rng.choice([f"{word}-{other}-{year}{rng.choice(SYMBOLS)}", f"{other}{rng.choice(SYMBOLS)}{word}{year}{rng.choice(SYMBOLS)}",
                             f"{word.upper()[:3]}{word[3:]}!{other}#{digits(rng, 2)}"])
        return weak, strong

    weak, strong = ctx.unique_many(make)
    return {"v": one(weak, "SECRET"), "strong": one(strong, "SECRET")}


def gen_kk_temp(ctx: Ctx) -> Attrs:
    """A temporary password as an IT system generates it: 3 capitals, 3 small letters, 3 digits, 1 symbol, shuffled
    (starting with a letter)."""
    rng = ctx.rng

    def make() -> str:
        chars = [rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)] + [rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(3)] \
            + [rng.choice("23456789") for _ in range(3)] + [rng.choice("!#%?@")]
        rng.shuffle(chars)
        while not chars[0].isalpha():
            rng.shuffle(chars)
        return "".join(chars)

    return secret(ctx.unique(make))


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def gen_kk_leet(ctx: Ctx) -> Attrs:
    """A password in leetspeak ("W4lru5#2019")."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice(R10PASSWORD_WORDS)
        leet = word[0] + word[1:].translate(LEET)
        return rng.choice([f"{leet}{rng.choice(SYMBOLS)}{rng.randrange(1990, 2025)}", f"{leet}{digits(rng, 2)}{rng.choice(SYMBOLS)}"])

    return secret(ctx.unique(make))


def gen_kk_bambu(ctx: Ctx) -> Attrs:
    """A Bambu Lab LAN access code (``v``, 8 digits) and the printer's serial number (``serial``, not labelled)."""
    rng = ctx.rng
    code, serial = ctx.unique_many(lambda: (digits(rng, 8), f"01S00{rand_token(rng, 1, 'ABC')}{digits(rng, 9)}"))
    return {"v": one(code, "SECRET"), "serial": [(serial, None)]}


def gen_kk_tuya(ctx: Ctx) -> Attrs:
    """A Tuya device's local key (``v``, 16 characters) and its device id (``id``, not labelled)."""
    rng = ctx.rng
    key, dev = ctx.unique_many(lambda: (rand_token(rng, 16, ALNUM + "#$&*+-:;<>?@^|~"), "bf" + rand_token(rng, 20, HEX)))
    return {"v": one(key, "SECRET"), "id": [(dev, None)]}


def gen_kk_modal(ctx: Ctx) -> Attrs:
    """A Modal token: the id (``id``, ``ak-``, not labelled) and the secret (``v``, ``as-``)."""
    rng = ctx.rng
    tid, sec = ctx.unique_many(lambda: ("ak-" + rand_token(rng, 22), "as-" + rand_token(rng, 22)))
    return {"id": [(tid, None)], "v": one(sec, "SECRET")}


def gen_kk_minio(ctx: Ctx) -> Attrs:
    """A MinIO access key (``key``) and secret key (``v``), both SECRET (as AWS access key ids are)."""
    rng = ctx.rng
    key, sec = ctx.unique_many(lambda: (rand_token(rng, 20, UPPER_DIGITS), rand_token(rng, 40, ALNUM + "+/")))
    return {"key": one(key, "SECRET"), "v": one(sec, "SECRET")}


def gen_kk_migr(ctx: Ctx) -> Attrs:
    """A Google Authenticator export's ``data=`` value (URL-encoded base64 of a random-length payload)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: quote("CjEKCk" + base64.b64encode(bytes(rng.randrange(256) for _ in range(
        rng.randrange(48, 66)))).decode(), safe="")))


GENERATORS = {
    **unique_gens("kkid", KKID_MAKERS, "ID_NUMBER"), "kkdob": gen_kk_dob, "kkweak": gen_kk_weak,
    "kktemp": gen_kk_temp, "kkleet": gen_kk_leet, "kkbambu": gen_kk_bambu, "kktuya": gen_kk_tuya,
    "kkmodal": gen_kk_modal, "kkminio": gen_kk_minio, "kkk_migr": gen_kk_migr,
}
