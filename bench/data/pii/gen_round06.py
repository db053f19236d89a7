"""Value generators of dev round 6 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round06.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

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
    rand_token,
    secret,
    unlabelled,
    valid_phone_gen,
)
from pii_data import pools, rows

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"
LOWER_DIGITS = string.ascii_lowercase + string.digits

POOLS = pools("round06")
R6NAMES = rows(POOLS["names"])
R6GENDER = POOLS["gender"]
R6PARTICLES = set(POOLS["particles"])
R6NICKS = rows(POOLS["nicks"])
R6PASSWORD_WORDS = POOLS["password_words"]
R6HANDLE_WORDS = POOLS["handle_words"]
R6EMAIL_DOMAINS = POOLS["email_domains"]
R6STREETS = POOLS["streets"]
R6LANDMARKS = POOLS["landmarks"]


# ---------------------------------------------------------------- people, handles, contact details
def gen_z_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    """A person of the round-6 pool; ``gender`` "f" or "m" keeps to names read that way (or either)."""
    rng = ctx.rng
    pool = [n for n in R6NAMES if gender is None or R6GENDER[n[0]] in (gender, "x")]
    first, last = ctx.pick_recent(pool, "names")
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:2]}{rng.randrange(1, 30)}", f"{l}_{f}", f"{f[0]}.{l}",
                            f"{f}{rng.randrange(1975, 2006)}", f"{f}-{rng.choice(R6HANDLE_WORDS)}"])
        return f"{local}@{rng.choice(R6EMAIL_DOMAINS)}"

    up = rng.choice("ABDEGHJKLMNRST")
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "last_lc": one(last.lower(), "PERSON"),
            "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "poss_full_lc": [(full.lower(), "PERSON"), ("'s", None)],
            "last_first": one(f"{last}, {first}", "PERSON"), "initial": one(f"{first[0]}. {last}", "PERSON"),
            "mid": one(f"{first} {up}. {last}", "PERSON"), "inits": one(f"{first[0]}. {up}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_z_nick(ctx: Ctx) -> Attrs:
    nick, first = ctx.pick_recent(R6NICKS, "nicks")
    return {"nick": one(nick, "PERSON"), "nick_lc": one(nick.lower(), "PERSON"), "first": one(first, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last = rng.choice(R6NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word, word2 = rng.sample(R6HANDLE_WORDS, 2)
    return rng.choice([f"{f}.{word}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:2]}{digits(rng, 2)}",
                       f"{word.capitalize()}{word2.capitalize()}{digits(rng, 2)}", f"{f}{l[:3]}", f"{f}_{word}_{l[:1]}"])


def gen_z_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_z_email(ctx: Ctx) -> Attrs:
    return {"v": gen_z_person(ctx)["email"]}


PHONE_REGIONS = {"id": "ID", "co": "CO", "ar": "AR", "bd": "BD", "gh": "GH", "ae": "AE", "my": "MY", "pe": "PE",
                 "pt": "PT", "be": "BE", "et": "ET"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "id": [f"+62 81{rng.choice('23')}-{d(4)}-{d(4)}", f"081{rng.choice('23')} {d(4)} {d(4)}"],
        "co": [f"+57 3{rng.choice(['00', '01', '10', '12', '15', '20'])} {d(3)} {d(4)}",
               f"3{rng.choice(['00', '10', '15'])} {d(3)} {d(4)}"],
        "ar": [f"+54 9 11 {rng.randrange(2, 7)}{d(3)}-{d(4)}", f"+54 9 351 {rng.randrange(2, 7)}{d(2)}-{d(4)}"],
        "bd": [f"+880 1{rng.choice('3789')}{d(2)}-{d(6)}", f"01{rng.choice('3789')}{d(2)}-{d(6)}"],
        "gh": [f"+233 24 {d(3)} {d(4)}", f"024 {d(3)} {d(4)}", f"+233 55 {d(3)} {d(4)}"],
        "ae": [f"+971 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}", f"+971 55 {d(3)} {d(4)}"],
        "my": [f"+60 12-{d(3)} {d(4)}", f"012-{d(3)} {d(4)}", f"+60 17-{d(3)} {d(4)}"],
        "pe": [f"+51 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"],
        "pt": [f"+351 91{rng.randrange(2, 7)} {d(3)} {d(3)}", f"93{rng.randrange(2, 7)} {d(3)} {d(3)}"],
        "be": [f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}", f"04{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"],
        "et": [f"+251 91 {d(3)} {d(4)}", f"091 {d(3)} {d(4)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R6STREETS[country])
    n = rng.randrange(1, 60)
    if country == "ph":
        brgy, city = rng.choice([("San Isidro", "Antipolo City, Rizal 1870"), ("Dela Paz", "Biñan, Laguna 4024"),
                                 ("Mayamot", "Antipolo City, Rizal 1870"), ("Salitran II", "Dasmariñas, Cavite 4114")])
        return rng.choice([f"Blk {n} Lot {rng.randrange(1, 40)}, {st} St., Phase {rng.randrange(1, 5)}, Brgy. {brgy}, {city}",
                           f"Blk {n} L{rng.randrange(1, 40)} {st} St. Brgy {brgy} {city.split(',')[0]}"])
    if country == "id":
        kel, kec, city, pc = rng.choice([("Cipete Utara", "Kebayoran Baru", "Jakarta Selatan", "12150"),
                                         ("Sukawarna", "Sukajadi", "Bandung", "40164"),
                                         ("Condongcatur", "Depok", "Sleman", "55281")])
        return f"Jl. {st} No. {n}, RT {rng.randrange(1, 15):03d}/RW {rng.randrange(1, 12):03d}, Kel. {kel}, Kec. {kec}, {city} {pc}"
    if country == "tr":
        mah, pc, ilce, il = rng.choice([("Caferağa", "34710", "Kadıköy", "Istanbul"), ("Kavaklıdere", "06680", "Çankaya", "Ankara"),
                                        ("Alsancak", "35220", "Konak", "Izmir")])
        return f"{mah} Mah. {st} Sok. No: {n} D: {rng.randrange(1, 16)}, {pc} {ilce}/{il}"
    if country == "ar":
        cp, city = rng.choice([("C1426", "CABA"), ("B1642", "San Isidro, Buenos Aires"), ("X5000", "Córdoba")])
        return f"{st} {rng.randrange(100, 4800)}, Piso {rng.randrange(1, 12)} Dto. {rng.choice('ABCDEF')}, {cp} {city}"
    if country == "hi":
        city, zipc, pre = rng.choice([("Waipahu", "96797", "94"), ("Mililani", "96789", "95"), ("Kaneohe", "96744", "46")])
        return f"{pre}-{rng.randrange(100, 1400)} {st} {rng.choice(['Pl', 'St', 'Loop'])}, {city}, HI {zipc}"
    main, area = rng.choice([("Admiralty Way", "Lekki Phase 1"), ("Allen Avenue", "Ikeja"), ("Adeniran Ogunsanya Street", "Surulere")])
    return rng.choice([f"{n} {st} Close, off {main}, {area}, Lagos", f"Flat {rng.randrange(1, 9)}, {n} {st} Close, {area}, Lagos"])


def gen_z_place(ctx: Ctx) -> Attrs:
    """A home pinned down by landmarks, the whole phrase."""
    rng = ctx.rng
    mark = rng.choice(R6LANDMARKS)
    value = ctx.unique(lambda: rng.choice([
        f"the yellow house with the mango tree, second gate after the {mark} on {rng.choice(R6STREETS['ph'])} St.",
        f"the compound with the black gate behind the {mark} on {rng.choice(R6STREETS['ng'])} Close",
        f"the back unit down the side alley next to the {mark} on Jl. {rng.choice(R6STREETS['id'])}",
        f"the green bungalow with the surfboards on the lanai, end of {rng.choice(R6STREETS['hi'])} Pl past the {mark}",
    ]))
    return {"v": one(value, "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _be_nrn(ctx: Ctx) -> str:
    rng = ctx.rng
    y, m, d, seq = rng.randrange(50, 99), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1, 998)
    base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
    cc = 97 - int(base) % 97
    return rng.choice([f"{y:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}", f"{base}{cc:02d}"])


def _pt_nif(ctx: Ctx) -> str:
    rng = ctx.rng
    base = rng.choice("123") + digits(rng, 7)
    r = 11 - sum(int(c) * w for c, w in zip(base, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
    n = base + str(0 if r >= 10 else r)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def _tr_tckn(ctx: Ctx) -> str:
    rng = ctx.rng
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _cn_ric(ctx: Ctx) -> str:
    rng = ctx.rng
    body = rng.choice(["110105", "310115", "440304", "510104", "330106", "420111"]) \
        + f"{rng.randrange(1960, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + digits(rng, 3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def _in_pan(ctx: Ctx) -> str:
    rng = ctx.rng
    up = string.ascii_uppercase
    return f"{rand_token(rng, 3, up)}P{rng.choice(up)}{digits(rng, 4)}{rng.choice(up)}"


ZID_MAKERS = {"be": _be_nrn, "pt": _pt_nif, "tr": _tr_tckn, "cn": _cn_ric, "pan": _in_pan}


def make_z_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: ZID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def gen_z_dob(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        y, m, d = rng.randrange(1948, 2010), rng.randrange(1, 13), rng.randrange(1, 29)
        return rng.choice([f"{d}-{m:02d}-{str(y)[2:]}", f"{d} {MONTHS[m - 1][:3]} '{str(y)[2:]}", f"{y}/{m:02d}/{d:02d}",
                           f"{d}.{m}.{y}", f"{MONTHS[m - 1]} {d} {y}", f"{d} de {MESES[m - 1]} de {y}"])

    return {"v": one(ctx.unique(make), "DATE_OF_BIRTH")}


# ---------------------------------------------------------------- private URLs (the whole URL)
def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "jupyter":
        return f"http://{rng.choice(['localhost', '127.0.0.1'])}:{rng.choice(['8888', '8889'])}/lab?token={rand_token(rng, 48, HEX)}"
    if kind == "mega":
        return f"https://mega.nz/{rng.choice(['file', 'folder'])}/{rand_token(rng, 8)}#{rand_token(rng, rng.choice([22, 43]), URLSAFE)}"
    word = rng.choice(R6HANDLE_WORDS)
    return rng.choice([f"https://app.{word}.io/auth/magic?token={rand_token(rng, 64, HEX)}",
                       f"https://login.{word}bank.com/verify-device?sid={rand_token(rng, 24)}&otp_ref={digits(rng, 8)}"])


def make_z_url_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: _url(ctx, kind)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, codes, dictated passwords
PW_SYMBOLS = "!@#%^*-_=+?"


def _r6password(ctx: Ctx) -> str:
    rng = ctx.rng
    word, other = rng.sample(R6PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word.lower()}_{other.lower()}{digits(rng, 3)}",                       # "kumquat_gazebo482"
        f"{word}@{rng.randrange(1975, 2026)}",                                    # "Pelican@1998"
        f"{word[:4].upper()}{word[4:]}{digits(rng, 2)}{rng.choice('!#?*')}",      # "PELIcan47#"
        f"i<3{word.lower()}{digits(rng, 2)}",
        f"{word}{digits(rng, 2)}{other}",
        rand_token(rng, 20, ALNUM + PW_SYMBOLS),                                  # password-manager output
        f"{word}{rng.choice(['!!', '?!', '#1'])}{digits(rng, 2)}",
    ])


def gen_z_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _r6password(ctx)))


def gen_z_pwat(ctx: Ctx) -> Attrs:
    """A password with a character that must be escaped in a URI ('@', '#', ':' or '/')."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R6PASSWORD_WORDS)}{rng.choice('@#:/')}{digits(rng, 4)}"))


SYMBOL_NAMES = {"!": "exclamation mark", "#": "hashtag", "@": "at sign", "$": "dollar sign", "*": "star",
                "?": "question mark", "&": "and sign"}
ARTICLES = {"!": "an", "#": "a", "@": "an", "$": "a", "*": "a", "?": "a", "&": "an"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def gen_z_spell(ctx: Ctx) -> Attrs:
    """A password as someone dictates it: letter by letter (``v``) or in chunks (``c``). The whole phrase is one span."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        word = rng.choice(R6PASSWORD_WORDS)
        num = str(rng.randrange(2, 99))
        sym = rng.choice(sorted(SYMBOL_NAMES))
        letters = [f"capital {word[0]}"] + list(word[1:].lower()) \
            + [rng.choice([c, DIGIT_WORDS[int(c)]]) for c in num] + [SYMBOL_NAMES[sym]]
        article = rng.choice([ARTICLES[sym] + " ", ""])
        return ", ".join(letters), f"capital {word[0]} then {num} then {word.lower()} all lowercase then {article}{SYMBOL_NAMES[sym]}"

    spelled, chunked = make()
    while spelled in ctx.seen:
        spelled, chunked = make()
    ctx.seen.add(spelled)
    return {"v": one(spelled, "SECRET"), "c": one(chunked, "SECRET")}


def gen_z_app(ctx: Ctx) -> Attrs:
    """A Google app password: 16 lower-case letters in four groups, with the spaces."""
    groups = ctx.unique(lambda: " ".join(rand_token(ctx.rng, 4, string.ascii_lowercase) for _ in range(4)))
    return {"g": one(groups, "SECRET")}


def gen_z_otp(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 6)))


def gen_z_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 6]))))


def gen_z_totp(ctx: Ctx) -> Attrs:
    """A TOTP setup key as authenticator screens show it: lower-case base32 in groups of four."""
    key = ctx.unique(lambda: rand_token(ctx.rng, 32, B32))
    return {"spaced": one(" ".join(key[i:i + 4].lower() for i in range(0, 32, 4)), "SECRET")}


def gen_z_temp(ctx: Ctx) -> Attrs:
    """An IT desk's temporary password."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"Welcome{digits(rng, 3)}{rng.choice('!#$')}",
        f"{rand_token(rng, 4, string.ascii_uppercase)}-{rand_token(rng, 4, ALNUM)}-{digits(rng, 2)}",
        f"Tmp{rand_token(rng, 2, 'O0')}{rand_token(rng, 6, ALNUM)}",
        rand_token(rng, 12, ALNUM + "!#"),
    ])))


def gen_z_wg(ctx: Ctx) -> Attrs:
    """A WireGuard interface: PrivateKey and PresharedKey are secret, the peer's PublicKey is not."""
    return {"priv": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "psk": one(ctx.unique(lambda: rand_b64(ctx, 32)), "SECRET"),
            "pub": [(rand_b64(ctx, 32), None)]}


# ---------------------------------------------------------------- provider keys (random, in the published shape)
def _z_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    makers = {
        "mistral": lambda: t(32),
        "cohere": lambda: t(40),
        "together": lambda: t(64, HEX),
        "fireworks": lambda: "fw_" + t(24),
        "resend": lambda: f"re_{t(8)}_{t(24)}",
        "gho": lambda: "gho_" + t(36),
        "tfc": lambda: f"{t(14)}.atlasv1.{t(67)}",
        "tailscale": lambda: f"tskey-auth-k{t(10)}CNTRL-{t(33)}",
        "sonar": lambda: "squ_" + t(40, HEX),
        "dckr": lambda: "dckr_pat_" + t(27, URLSAFE),
        "newrelic": lambda: "NRAK-" + t(27, UPPER_DIGITS),
        "buildkite": lambda: "bkua_" + t(40, HEX),
        "zendesk": lambda: t(40),
        "razor": lambda: t(24),
        "paystack": lambda: "sk_live_" + t(40, HEX),
        "flw": lambda: f"FLWSECK-{t(32, HEX)}-X",
        "kubeadm": lambda: f"{t(6, LOWER_DIGITS)}.{t(16, LOWER_DIGITS)}",
        "esphome": lambda: rand_b64(ctx, 32),
        "hexpw": lambda: t(32, HEX),
    }
    return makers[kind]()


Z_KEY_KINDS = ["mistral", "cohere", "together", "fireworks", "resend", "gho", "tfc", "tailscale", "sonar", "dckr",
               "newrelic", "buildkite", "zendesk", "razor", "paystack", "flw", "kubeadm", "esphome", "hexpw"]


def make_z_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _z_key(ctx, kind)))

    return gen


# ---------------------------------------------------------------- not PII


def gen_z_uuid(ctx: Ctx) -> Attrs:
    return unlabelled(str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def gen_z_digest(ctx: Ctx) -> Attrs:
    return unlabelled(rand_token(ctx.rng, 64, HEX))


def gen_z_bcrypt(ctx: Ctx) -> Attrs:
    return unlabelled("$2b$12$" + rand_token(ctx.rng, 53, "./" + ALNUM))


def gen_z_wgpub(ctx: Ctx) -> Attrs:
    return unlabelled(rand_b64(ctx, 32))


def gen_z_rzpid(ctx: Ctx) -> Attrs:
    """A Razorpay key id: it ships in the checkout page, so it is not secret (its key secret is)."""
    return unlabelled("rzp_live_" + rand_token(ctx.rng, 14))


GENERATORS = {
    "zp": gen_z_person, "zpf": lambda ctx: gen_z_person(ctx, "f"), "zpm": lambda ctx: gen_z_person(ctx, "m"),
    "znick": gen_z_nick, "zusr": gen_z_user, "zem": gen_z_email,
    "zph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"zph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    **{f"zloc_{c}": country_gen(_address, R6STREETS, "LOCATION", c) for c in R6STREETS}, "zplace": gen_z_place,
    **{f"zid_{k}": make_z_id_gen(k) for k in ZID_MAKERS}, "zdob": gen_z_dob,
    **{f"zurl_{k}": make_z_url_gen(k) for k in ("jupyter", "mega", "magic")},
    "zpw": gen_z_pw, "zpwat": gen_z_pwat, "zspell": gen_z_spell, "zapp": gen_z_app, "zotp": gen_z_otp,
    "zpin": gen_z_pin, "ztotp": gen_z_totp, "ztemp": gen_z_temp, "zwg": gen_z_wg,
    **{f"zk_{k}": make_z_key_gen(k) for k in Z_KEY_KINDS}, "zuuid": gen_z_uuid, "zdigest": gen_z_digest, "zbcrypt": gen_z_bcrypt,
    "zwgpub": gen_z_wgpub, "zrzpid": gen_z_rzpid,
}
