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
    ascii_fold_all,
    country_gen,
    digits,
    nick_attrs,
    one,
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)
from pii_data import pools, rows
from pii_numbers import luhn_digit

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
# 1Password Secret Keys avoid 0/O, 1/I and U.
OP_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTVWXYZ"

POOLS = pools("round10")
R10NAMES = rows(POOLS["names"])
R10NICKS = rows(POOLS["nicks"])
R10SCRIPT = rows(POOLS["script"])
R10PASSWORD_WORDS = POOLS["password_words"]
R10HANDLE_WORDS = POOLS["handle_words"]
R10EMAIL_DOMAINS = POOLS["email_domains"]
R10WORK_DOMAINS = POOLS["work_domains"]
R10STREETS = POOLS["streets"]
R10LANDMARKS = POOLS["landmarks"]
EMOJI = ["🦊", "🌙", "🍉", "🐙", "🌵", "🎈", "🦄", "🍩", "🐳", "🍋"]


# ---------------------------------------------------------------- people, handles, contact details
def gen_kk_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-10 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region``
    to one group ("af", "eu"...) or people ("ssd", "alp"...)."""
    rng = ctx.rng
    pool = [n for n in R10NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or region in n[2].split("."))]
    first, last, _, _ = ctx.pick_fresh(pool, "kknames", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R10HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1960, 2008)}", f"{f}{l}"])
        return f"{local}@{rng.choice(R10EMAIL_DOMAINS)}"

    def make_work() -> str:
        return rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{f[0]}{rng.randrange(10, 99)}"]) + "@" + rng.choice(R10WORK_DOMAINS)

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_full": [(full, "PERSON"), ("'s", None)],
            "initial": one(f"{first[0]}. {last}", "PERSON"), "caps": one(full.upper(), "PERSON"),
            "caps_last": one(last.upper(), "PERSON"), "report": one(f"{last.upper()}, {first}", "PERSON"),
            "file": one(f"{first.replace(' ', '-')}_{last.replace(' ', '-')}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"), "work": one(ctx.unique(make_work), "EMAIL_ADDRESS")}


def gen_kk_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R10NICKS, "kknicks", 4)


def gen_kk_script(ctx: Ctx) -> Attrs:
    """A name in its own script (``native``) and the same person's Latin-script name (``latin``)."""
    native, latin = ctx.pick_fresh(R10SCRIPT, "kkscript", 3)
    return {"native": one(native, "PERSON"), "latin": one(latin, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R10NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R10HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f}{word.capitalize()}", f"{f}{digits(rng, 4)}", f"{word}{l[:4]}", f"xX{f}{word}Xx"])


def gen_kk_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_kk_email(ctx: Ctx) -> Attrs:
    return {"v": gen_kk_person(ctx)["email"]}


PHONE_REGIONS = {"is": "IS", "cz": "CZ", "gr": "GR", "uy": "UY", "sn": "SN", "ug": "UG", "fj": "FJ", "at": "AT"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "is": [f"+354 {rng.choice('678')}{d(2)} {d(4)}", f"{rng.choice('678')}{d(2)}-{d(4)}"],
        "cz": [f"+420 {rng.choice(['602', '603', '721', '733', '777'])} {d(3)} {d(3)}",
               f"{rng.choice(['604', '722', '736', '775'])} {d(3)} {d(3)}"],
        "gr": [f"+30 69{rng.choice('4789')} {d(3)} {d(4)}", f"69{rng.choice('4789')}{d(7)}", f"+30 21{d(1)} {d(3)} {d(4)}"],
        "uy": [f"+598 9{rng.choice('1245689')} {d(3)} {d(3)}", f"09{rng.choice('1245689')} {d(3)} {d(3)}"],
        "sn": [f"+221 7{rng.choice('678')} {d(3)} {d(2)} {d(2)}", f"7{rng.choice('678')} {d(3)} {d(2)} {d(2)}"],
        "ug": [f"+256 7{rng.choice('0578')}{d(1)} {d(3)} {d(3)}", f"07{rng.choice('0578')}{d(1)} {d(3)} {d(3)}"],
        "fj": [f"+679 {rng.choice('79')}{d(2)} {d(4)}", f"{rng.choice('79')}{d(2)} {d(4)}"],
        "at": [f"+43 {rng.choice(['664', '676', '699', '650'])} {d(7)}", f"0{rng.choice(['664', '676', '699'])} {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R10STREETS[country])
    n = rng.randrange(1, 80)
    if country == "is":
        pc, city = rng.choice([("101", "Reykjavík"), ("107", "Reykjavík"), ("200", "Kópavogur"), ("600", "Akureyri")])
        return rng.choice([f"{st} {n}, {pc} {city}", f"{st} {n}, íbúð {rng.randrange(101, 404)}, {pc} {city}"])
    if country == "uy":
        barrio = rng.choice(["Pocitos", "Cordón", "Punta Carretas", "Malvín"])
        return rng.choice([f"{st} {rng.randrange(1000, 4999)} apto. {rng.randrange(101, 905)}, {barrio}, Montevideo",
                           f"calle {st} {rng.randrange(1000, 4999)} esq. Rivera, {barrio}, 11300 Montevideo"])
    if country == "at":
        pc, city = rng.choice([("1070", "Wien"), ("1160", "Wien"), ("6020", "Innsbruck"), ("8010", "Graz")])
        return rng.choice([f"{st}gasse {n}/{rng.randrange(1, 4)}/{rng.randrange(1, 24)}, {pc} {city}",
                           f"{st}weg {n}, Top {rng.randrange(1, 15)}, {pc} {city}"])
    return rng.choice([f"Plot {n}, {st} Road, Kampala", f"Plot {n} {st} Close, off Ggaba Road, Kampala"])


def gen_kk_place(ctx: Ctx) -> Attrs:
    """A precise private place described by a landmark on a street (LOCATION, the whole phrase)."""
    rng = ctx.rng

    def make() -> str:
        c = rng.choice(sorted(R10STREETS))
        st = rng.choice(R10STREETS[c])
        street = {"is": st, "uy": f"calle {st}", "at": f"{st}gasse", "ug": f"{st} Road"}[c]
        mark = rng.choice(R10LANDMARKS)
        return rng.choice([f"the green door opposite the {mark} on {street}", f"the flat behind the {mark} on {street}",
                           f"the house with the red roof past the {mark} on {street}"])

    return {"v": one(ctx.unique(make), "LOCATION")}


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


def make_kk_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: KKID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


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


def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "wetransfer":
        return f"https://we.tl/t-{rand_token(rng, 10)}"
    return f"https://signal.group/#Cj{rand_token(rng, 2, 'QUYkg')}KI{rand_token(rng, 86, URLSAFE)}"


def make_kk_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, PINs, codes
SYMBOLS = "!#$%&@?"


def _password(ctx: Ctx) -> str:
    """A password as people choose them; starts with a letter, no space, quote, backtick or backslash."""
    rng = ctx.rng
    word, other = rng.sample(R10PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",    # "Walrus582!"
        f"{word.lower()}{rng.randrange(1958, 2021)}{rng.choice(SYMBOLS)}",     # "kettle1987#"
        f"{word}{other}{digits(rng, 2)}",                                      # "JuniperWombat42"
        f"{word}_{other.lower()}_{digits(rng, 3)}",                            # "Snorkel_meerkat_203"
        f"{word.lower()}.{other.lower()}{rng.choice(SYMBOLS)}{digits(rng, 2)}",  # "pumice.gondola&19"
        f"{word[:4]}{digits(rng, 4)}{other[:3].lower()}",                       # "Lant7731tro"
    ])


def gen_kk_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _password(ctx)))


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


def gen_kk_emoji(ctx: Ctx) -> Attrs:
    """A password with emoji in it ("🦊Walrus42🌙")."""
    rng = ctx.rng

    def make() -> str:
        a, b = rng.sample(EMOJI, 2)
        word = rng.choice(R10PASSWORD_WORDS)
        return rng.choice([f"{a}{word}{digits(rng, 2)}{b}", f"{word}{a}{a}{rng.randrange(1970, 2015)}", f"{a}{b}{word.lower()}{digits(rng, 3)}"])

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


def gen_kk_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 5, 6]))))


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


def _kk_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "mollie": lambda: "live_" + t(30),
        "shippo": lambda: "shippo_live_" + t(40, HEX),
        "phx": lambda: "phx_" + t(43),
        "nuget": lambda: "oy2" + t(43, LOWER_DIGITS),
        "wandb": lambda: t(40, HEX),
        "prefect": lambda: "pnu_" + t(36),
        "octopus": lambda: "API-" + t(26, UPPER_DIGITS),
        "duffel": lambda: "duffel_live_" + t(43, URLSAFE),
        "sumup": lambda: "sup_sk_" + t(32),
        "fastmail": lambda: t(16, LOWER_DIGITS),
        "hue": lambda: t(40, ALNUM + "-"),
        "octo": lambda: t(32, "0123456789ABCDEF"),
        "truenas": lambda: f"{rng.randrange(1, 9)}-" + t(64),
        "seed": lambda: t(32, string.ascii_uppercase + "234567"),
        "opsk": lambda: "A3-" + "-".join(t(n, OP_ALPHABET) for n in (6, 6, 5, 5, 5, 5)),
        "bcode": lambda: f"{t(4, LOWER_DIGITS)}-{t(4, LOWER_DIGITS)}",
        "migr": lambda: quote("CjEKCk" + base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(48, 66)))).decode(), safe=""),
        "phoenix": lambda: "SFMyNTY.g3QAAAAB" + t(rng.randrange(90, 130), URLSAFE) + "." + t(43, URLSAFE),
        "nextauth": lambda: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + t(22, URLSAFE) + "." + t(rng.randrange(160, 220), URLSAFE)
        + "." + t(22, URLSAFE),
    }[kind]()


KK_KEY_KINDS = ["mollie", "shippo", "phx", "nuget", "wandb", "prefect", "octopus", "duffel", "sumup", "fastmail", "hue", "octo",
                "truenas", "seed", "opsk", "bcode", "migr", "phoenix", "nextauth"]


def make_kk_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _kk_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII


def gen_kk_phc(ctx: Ctx) -> Attrs:
    """A PostHog project API key (``phc_``): public by design, shipped in every page, not labelled."""
    return unlabelled(ctx.unique(lambda: "phc_" + rand_token(ctx.rng, 43)))


_REGIONS = ("af", "ssd", "eaf", "nam", "cen", "wst", "am", "mes", "nor", "gs", "pa", "mic", "pol", "eu", "ita", "alp", "nsea",
            "bal", "ru", "as", "sea", "sas", "wa")


def _person_gen(gender: str | None, region: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_kk_person(ctx, gender, region)


GENERATORS = {
    "kkp": _person_gen(None, None), "kkpf": _person_gen("f", None), "kkpm": _person_gen("m", None),
    **{f"kkp_{r}": _person_gen(None, r) for r in _REGIONS}, **{f"kkpf_{r}": _person_gen("f", r) for r in _REGIONS},
    **{f"kkpm_{r}": _person_gen("m", r) for r in _REGIONS},
    "kknick": gen_kk_nick, "kkscript": gen_kk_script, "kkusr": gen_kk_user, "kkem": gen_kk_email,
    "kkph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"kkph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    **{f"kkloc_{c}": country_gen(_address, R10STREETS, "LOCATION", c) for c in R10STREETS}, "kkplace": gen_kk_place,
    **{f"kkid_{k}": make_kk_id_gen(k) for k in KKID_MAKERS}, "kkdob": gen_kk_dob,
    "kkurl_wetransfer": make_kk_url_gen("wetransfer"), "kkurl_signal": make_kk_url_gen("signal"),
    "kkpw": gen_kk_pw, "kkweak": gen_kk_weak, "kktemp": gen_kk_temp, "kkemoji": gen_kk_emoji, "kkleet": gen_kk_leet,
    "kkpin": gen_kk_pin, "kkbambu": gen_kk_bambu, "kktuya": gen_kk_tuya, "kkmodal": gen_kk_modal, "kkminio": gen_kk_minio,
    **{f"kkk_{k}": make_kk_key_gen(k) for k in KK_KEY_KINDS}, "kkphc": gen_kk_phc,
}
