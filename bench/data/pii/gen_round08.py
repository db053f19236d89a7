"""Value generators of dev round 8 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round08.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string
import uuid

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    digits,
    one,
    rand_b64,
    rand_token,
    secret,
    unique_gens,
    unlabelled,
)
from pii_data import pools
from pii_slots import table_makers

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits

POOLS = pools("round08")
R8PASSWORD_WORDS = POOLS["password_words"]
R8SSIDS = POOLS["ssids"]
PROGRAMS = table_makers("round08", "programs")


# ---------------------------------------------------------------- helpers


def _uuid(ctx: Ctx) -> str:
    return str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- national id numbers (valid check digits)
TW_LETTERS = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
              "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
              "W": 32, "X": 30, "Y": 31, "Z": 33}


def _tw_id(ctx: Ctx) -> str:
    """Taiwanese national id: a letter, 1 or 2, seven digits and a check digit (weights 1,9,8,...,1)."""
    rng = ctx.rng
    letter = rng.choice(sorted(TW_LETTERS))
    body = rng.choice("12") + digits(rng, 7)
    n = TW_LETTERS[letter]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _bg_egn(ctx: Ctx) -> str:
    """Bulgarian EGN: YYMMDD (month + 40 after 1999), three digits, a weighted mod-11 check digit."""
    rng = ctx.rng
    y, m, d = rng.randrange(1945, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    body = f"{y % 100:02d}{m + 40 if y >= 2000 else m:02d}{d:02d}{digits(rng, 3)}"
    c = sum(int(a) * w for a, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return body + str(0 if c == 10 else c)


def _ee_isikukood(ctx: Ctx) -> str:
    """Estonian personal code: century-and-sex digit, YYMMDD, three digits, a two-pass mod-11 check digit."""
    rng = ctx.rng
    y, m, d = rng.randrange(1945, 2008), rng.randrange(1, 13), rng.randrange(1, 29)
    g = (3 if y < 2000 else 5) + rng.randrange(2)
    body = f"{g}{y % 100:02d}{m:02d}{d:02d}{digits(rng, 3)}"
    c = sum(int(a) * w for a, w in zip(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(int(a) * w for a, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        c = 0 if c == 10 else c
    return body + str(c)


def _ar_cuil(ctx: Ctx) -> str:
    """Argentine CUIL: 20/27 prefix, eight-digit DNI, mod-11 check digit (values that would need 23 are redrawn)."""
    rng = ctx.rng
    while True:
        prefix, dni = rng.choice(["20", "27"]), str(rng.randrange(20_000_000, 46_000_000))
        r = 11 - sum(int(a) * w for a, w in zip(prefix + dni, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            return f"{prefix}-{dni}-{0 if r == 11 else r}"


BBID_MAKERS = {"tw": _tw_id, "bg": _bg_egn, "ee": _ee_isikukood, "ar": _ar_cuil}


# ---------------------------------------------------------------- passwords, codes, device secrets
PW_SYMBOLS = "!#*?@+=-_"
LEET = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "5"})


def _r8password(ctx: Ctx) -> str:
    """A password as people choose them: starts with a letter; no quote, backslash, space, comma, ``$``, ``%``,
    ``&``, ``<``, ``;`` or ``^`` (so it needs no escaping in CSV, XML, Kotlin, cmd or single-quoted shell)."""
    rng = ctx.rng
    word, other = rng.sample(R8PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{rng.choice('!#*?@+')}{digits(rng, rng.choice([2, 3, 4]))}",      # "Okapi#4471"
        f"{word.lower()}{digits(rng, 3)}{other}",                                 # "lemming808Iguana"
        f"{word[:2]}{word[2:].lower().translate(LEET)}{digits(rng, 2)}",          # "Ha5m0n1ca55"
        f"{word}{other}{rng.randrange(1960, 2025)}",                              # "BaklavaOkapi1994"
        f"{word.lower()}.{other.lower()}.{digits(rng, 2)}",                       # "vulture.mandolin.31"
        rng.choice(string.ascii_letters) + rand_token(rng, 15, ALNUM + PW_SYMBOLS),  # password-manager output
        f"{word}_{other.lower()}{rng.choice('!#*?')}{digits(rng, 2)}",            # "Iguana_rutabaga!07"
    ])


def gen_bb_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r8password(ctx)))


def gen_bb_wpa(ctx: Ctx) -> Attrs:
    """A Wi-Fi network: its name (``ssid``, not labelled), passphrase (``v``) and the WPA PSK derived from
    both (``hex``: PBKDF2-HMAC-SHA1, 4096 rounds, as ``wpa_passphrase`` prints it; it joins the network too)."""
    ssid = ctx.pick_recent(R8SSIDS, "ssids", 4)
    passphrase = ctx.unique(lambda: PROGRAMS["wifi"](ctx))
    psk = hashlib.pbkdf2_hmac("sha1", passphrase.encode(), ssid.encode(), 4096, 32).hex()
    ctx.seen.add(psk)
    return {"ssid": [(ssid, None)], "v": one(passphrase, "SECRET"), "hex": one(psk, "SECRET")}


def gen_bb_sticker(ctx: Ctx) -> Attrs:
    """A router label: the factory Wi-Fi key and the web admin password."""
    rng = ctx.rng
    wifi, admin = ctx.unique_many(lambda: (
        rng.choice([rand_token(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), rand_token(rng, 8, LOWER_DIGITS),
                    digits(rng, 10)]),
        rand_token(rng, 1, string.ascii_letters) + rand_token(rng, 7, ALNUM)))
    return {"wifi": one(wifi, "SECRET"), "admin": one(admin, "SECRET")}


def gen_bb_b64pw(ctx: Ctx) -> Attrs:
    """A password (``plain``) and its base64 (``v``), as FileZilla stores it; both are gold."""
    def make() -> tuple[str, str]:
        plain = _r8password(ctx)
        return plain, base64.b64encode(plain.encode()).decode()

    plain, enc = ctx.unique_many(make)
    return {"plain": one(plain, "SECRET"), "v": one(enc, "SECRET")}


def gen_bb_kb(ctx: Ctx) -> Attrs:
    """Base64 values of a Kubernetes Secret's ``data:``: a password (``pw``) and a Stripe key (``key``)."""
    rng = ctx.rng
    pw, key = ctx.unique_many(lambda: (base64.b64encode(PROGRAMS["pwu"](ctx).encode()).decode(),
                                         base64.b64encode(("sk_live_" + rand_token(rng, 24)).encode()).decode()))
    return {"pw": one(pw, "SECRET"), "key": one(key, "SECRET")}


def gen_bb_phrase(ctx: Ctx) -> Attrs:
    """A hyphenated passphrase of four or five words and a number (one span)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: "-".join(w.lower() for w in rng.sample(R8PASSWORD_WORDS, rng.choice([4, 5])))
                              + f"-{digits(rng, 2)}"))


def gen_bb_amqp(ctx: Ctx) -> Attrs:
    """A CloudAMQP login: the generated user and vhost (``user``, not labelled) and the password (``v``)."""
    rng = ctx.rng
    return {"user": [(rand_token(rng, 8, string.ascii_lowercase), None)],
            "v": one(ctx.unique(lambda: rand_token(rng, 32, URLSAFE)), "SECRET")}


def gen_bb_blkey(ctx: Ctx) -> Attrs:
    """A BitLocker recovery key: eight groups of six digits, each a multiple of 11 below 720896; its key id
    (``id``, a GUID) is not secret."""
    rng = ctx.rng
    key = ctx.unique(lambda: "-".join(f"{11 * rng.randrange(65536):06d}" for _ in range(8)))
    return {"v": one(key, "SECRET"), "id": [(_uuid(ctx).upper(), None)]}


def gen_bb_sim(ctx: Ctx) -> Attrs:
    """The codes on a SIM carrier card: PIN1, PUK1, PIN2, PUK2."""
    rng = ctx.rng
    pin, puk, pin2, puk2 = ctx.unique_many(lambda: (digits(rng, 4), digits(rng, 8), digits(rng, 4), digits(rng, 8)))
    return {"pin": one(pin, "SECRET"), "puk": one(puk, "SECRET"), "pin_two": one(pin2, "SECRET"),
            "puk_two": one(puk2, "SECRET")}


def gen_bb_steam(ctx: Ctx) -> Attrs:
    """A Steam Desktop Authenticator maFile: ``shared``, ``identity`` (base64 of 20 bytes) and ``rcode`` are
    secret; ``serial`` and ``gid`` are not."""
    rng = ctx.rng
    shared, identity, rcode = ctx.unique_many(lambda: (rand_b64(ctx, 20), rand_b64(ctx, 20), f"R{digits(rng, 5)}"))
    return {"shared": one(shared, "SECRET"), "identity": one(identity, "SECRET"), "rcode": one(rcode, "SECRET"),
            "serial": [(str(rng.randrange(10**18, 10**19)), None)], "gid": [(rand_token(rng, 16, HEX), None)]}


NATO = {c: w for c, w in zip(string.ascii_lowercase, [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
    "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "x-ray",
    "yankee", "zulu"])}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SYMBOL_NAMES = {"!": "exclamation mark", "#": "hash", "*": "star", "?": "question mark", "@": "at sign"}


def gen_bb_nato(ctx: Ctx) -> Attrs:
    """A password read out in the NATO alphabet ("capital oscar, kilo, ..., four, seven, exclamation mark");
    the whole spoken phrase is one span."""
    rng = ctx.rng

    def make() -> str:
        word = rng.choice([w for w in R8PASSWORD_WORDS if len(w) <= 8])
        pw = f"{word}{digits(rng, 2)}{rng.choice(sorted(SYMBOL_NAMES))}"
        units = []
        for c in pw:
            if c.isupper():
                units.append(f"capital {NATO[c.lower()]}")
            elif c.islower():
                units.append(NATO[c])
            elif c.isdigit():
                units.append(DIGIT_WORDS[int(c)])
            else:
                units.append(SYMBOL_NAMES[c])
        return ", ".join(units)

    return secret(ctx.unique(make))


OCR_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def gen_bb_ocr(ctx: Ctx) -> Attrs:
    """A temporary password as OCR read it off a screenshot: random, with a look-alike character (l, I, 1, O, 0)
    at a random place (gold as read)."""
    rng = ctx.rng

    def make() -> str:
        chars = list(rand_token(rng, 1, string.ascii_uppercase) + rand_token(rng, 9, OCR_ALPHABET))
        chars[rng.randrange(2, 10)] = rng.choice("lI1O0")
        return "".join(chars)

    return secret(ctx.unique(make))


def gen_bb_auto(ctx: Ctx) -> Attrs:
    """A lower-case password (``right``) and the same with autocorrect's capital first letter (``wrong``)."""
    rng = ctx.rng
    def make() -> tuple[str, str]:
        right = f"{rng.choice(R8PASSWORD_WORDS).lower()}{digits(rng, 4)}{rng.choice('!#?')}"
        return right, right[0].upper() + right[1:]

    right, wrong = ctx.unique_many(make)
    return {"right": one(right, "SECRET"), "wrong": one(wrong, "SECRET")}


# ---------------------------------------------------------------- provider keys and generated tokens
def _enroll(ctx: Ctx) -> str:
    """A Kibana enrollment token: base64 of JSON holding the node address, CA fingerprint and an API key."""
    rng = ctx.rng
    data = {"ver": "8.17.2", "adr": ["172.18.0.2:9200"], "fgr": rand_token(rng, 64, HEX),
            "key": f"{rand_token(rng, 20, URLSAFE)}:{rand_token(rng, 22, URLSAFE)}"}
    return base64.b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()


# ---------------------------------------------------------------- not PII (ids, digests, ciphertext, figures)


def gen_bb_uuid(ctx: Ctx) -> Attrs:
    u = _uuid(ctx)
    return {"v": [(u, None)], "up": [(u.upper(), None)]}


def gen_bb_fp(ctx: Ctx) -> Attrs:
    """Certificate fingerprints as keytool prints them (``sha_one``, ``sha``)."""
    rng = ctx.rng
    hx = lambda n: ":".join(rand_token(rng, 2, "0123456789ABCDEF") for _ in range(n))
    return {"sha_one": [(hx(20), None)], "sha": [(hx(32), None)]}


def gen_bb_gpgfp(ctx: Ctx) -> Attrs:
    """A GPG key fingerprint as ``gpg --fingerprint`` groups it."""
    groups = [rand_token(ctx.rng, 4, "0123456789ABCDEF") for _ in range(10)]
    return unlabelled(" ".join(groups[:5]) + "  " + " ".join(groups[5:]))


def gen_bb_isbn(ctx: Ctx) -> Attrs:
    """An ISBN-13 with a valid check digit."""
    body = "9780" + digits(ctx.rng, 8)
    c = (10 - sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(body)) % 10) % 10
    return unlabelled(f"{body[:3]}-{body[3]}-{body[4:10]}-{body[10:]}-{c}")


def gen_bb_sops(ctx: Ctx) -> Attrs:
    """The parts of a sops-encrypted value (ciphertext, IV, tag)."""
    return {"data": [(rand_b64(ctx, ctx.rng.randrange(14, 24)), None)], "iv": [(rand_b64(ctx, 32), None)],
            "tag": [(rand_b64(ctx, 16), None)]}


def gen_bb_vault(ctx: Ctx) -> Attrs:
    """The hex body of an Ansible Vault file."""
    rng = ctx.rng
    return unlabelled("\n".join(rand_token(rng, 80, HEX) for _ in range(rng.randrange(4, 7))) + "\n" + rand_token(rng, 42, HEX))


GENERATORS = {
    **unique_gens("bbid", BBID_MAKERS, "ID_NUMBER"), "bbpw": gen_bb_pw, "bbwpa": gen_bb_wpa,
    "bbsticker": gen_bb_sticker, "bbbsixfour": gen_bb_b64pw, "bbkb": gen_bb_kb, "bbphrase": gen_bb_phrase,
    "bbamqp": gen_bb_amqp, "bbblkey": gen_bb_blkey, "bbsim": gen_bb_sim, "bbsteam": gen_bb_steam, "bbnato": gen_bb_nato,
    "bbocr": gen_bb_ocr, "bbauto": gen_bb_auto, "bbk_enroll": lambda ctx: secret(ctx.unique(lambda: _enroll(ctx))),
    "bbuuid": gen_bb_uuid, "bbfp": gen_bb_fp, "bbgpgfp": gen_bb_gpgfp, "bbisbn": gen_bb_isbn, "bbsops": gen_bb_sops,
    "bbvault": gen_bb_vault,
}
