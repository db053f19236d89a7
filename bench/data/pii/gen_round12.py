"""Value generators of dev round 12 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round12.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import base64
import json
import string

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    digits,
    nick_attrs,
    one,
    rand_b64,
    rand_token,
    secret,
    valid_phone_gen,
)
from pii_data import pools, rows

HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"
# Letters a router maker prints on a sticker (no look-alike characters).
STICKER = "abcdefghjkmnpqrstuvwxyz23456789"
# Steam Guard's code alphabet (no vowels, no look-alikes).
STEAM = "23456789BCDFGHJKMNPQRTVWXY"

POOLS = pools("round12")
R12NAMES = rows(POOLS["names"])
R12NICKS = rows(POOLS["nicks"])
R12PASSWORD_WORDS = POOLS["password_words"]
R12PHRASE_WORDS = POOLS["phrase_words"]
R12STICKER_ADJECTIVES = POOLS["sticker_adjectives"]
R12PETS = POOLS["pets"]
R12TEAMS = POOLS["teams"]
R12SEASONS = POOLS["seasons"]
R12WALKS = POOLS["walks"]
R12HANDLE_WORDS = POOLS["handle_words"]
R12EMAIL_DOMAINS = POOLS["email_domains"]
R12WORK_DOMAINS = POOLS["work_domains"]
R12SCHOOL_DOMAINS = POOLS["school_domains"]
R12UNI_DOMAINS = POOLS["uni_domains"]
R12STREETS = POOLS["streets"]
R12LANDMARKS = POOLS["landmarks"]


# ---------------------------------------------------------------- people, handles, contact details
def gen_nn_person(ctx: Ctx, gender: str | None = None) -> Attrs:
    rng = ctx.rng
    pool = [n for n in R12NAMES if gender is None or n[3] in (gender, "x")]
    first, last, _, _ = ctx.pick_fresh(pool, "nnnames", 8)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R12HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1950, 2012)}", f"the{l}s"])
        return f"{local}@{rng.choice(R12EMAIL_DOMAINS)}"

    def make_school(domains: list[str]) -> str:
        return rng.choice([f"{f}.{l}{digits(rng, 2)}", f"{f[0]}{l}{digits(rng, 3)}", f"{digits(rng, 2)}{l}{f[0]}"]) \
            + "@" + rng.choice(domains)

    def make_work() -> str:
        return rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}"]) + "@" + rng.choice(R12WORK_DOMAINS)

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "initial": one(f"{first[0]}. {last}", "PERSON"),
            "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"), "school": one(ctx.unique(lambda: make_school(R12SCHOOL_DOMAINS)), "EMAIL_ADDRESS"),
            "uni": one(ctx.unique(lambda: make_school(R12UNI_DOMAINS)), "EMAIL_ADDRESS"),
            "work": one(ctx.unique(make_work), "EMAIL_ADDRESS")}


def gen_nn_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R12NICKS, "nnnicks", 4)


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R12NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R12HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}",
                       f"{f.capitalize()}{word.capitalize()}{digits(rng, 2)}", f"{word}{l[:4]}{digits(rng, 3)}", f"{f}_{l}"])


def gen_nn_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_nn_email(ctx: Ctx) -> Attrs:
    person = gen_nn_person(ctx)
    return {"v": person["email"], "school": person["school"], "uni": person["uni"], "work": person["work"]}


PHONE_REGIONS = {"ca": "CA", "nz": "NZ", "be": "BE", "es": "ES"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    area = rng.choice(["613", "416", "604", "902", "403", "514"])
    return rng.choice({
        "ca": [f"+1 {area} {rng.randrange(202, 989)} {d(4)}", f"({area}) {rng.randrange(202, 989)}-{d(4)}",
               f"{area}-{rng.randrange(202, 989)}-{d(4)}"],
        "nz": [f"+64 2{rng.choice('17')} {d(3)} {d(4)}", f"02{rng.choice('17')} {d(3)} {d(4)}", f"+64 22 {d(3)} {d(4)}"],
        "be": [f"+32 4{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}", f"04{rng.choice('789')}{d(1)} {d(2)} {d(2)} {d(2)}"],
        "es": [f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 7{rng.choice('1234')}{d(1)} {d(3)} {d(3)}"],
    }[country])


gen_nn_phone = valid_phone_gen(_phone, PHONE_REGIONS, None)


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R12STREETS[country])
    n = rng.randrange(2, 180)
    if country == "ca":
        city, prov, fsa = rng.choice([("Kanata", "ON", "K2M"), ("Dartmouth", "NS", "B2W"), ("Saskatoon", "SK", "S7K"),
                                      ("Kamloops", "BC", "V2C")])
        pc = f"{fsa} {rng.randrange(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randrange(0, 9)}"
        return rng.choice([f"{n} {st} Crescent, {city}, {prov} {pc}", f"Unit {rng.randrange(1, 40)}, {n} {st} Drive, {city} {prov} {pc}"])
    if country == "nz":
        sub, city, pc = rng.choice([("Karori", "Wellington", "6012"), ("Ponsonby", "Auckland", "1011"),
                                    ("Riccarton", "Christchurch", "8041"), ("Frankton", "Hamilton", "3204")])
        return rng.choice([f"{n} {st} Grove, {sub}, {city} {pc}", f"Flat {rng.randrange(1, 9)}, {n} {st} Street, {sub}, {city} {pc}"])
    pc, city = rng.choice([("4000", "Liège"), ("5000", "Namur"), ("1180", "Uccle"), ("6000", "Charleroi")])
    return rng.choice([f"Rue des {st} {n}, {pc} {city}", f"Avenue des {st} {n} bte {rng.randrange(1, 12)}, {pc} {city}"])


def gen_nn_addr(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    return {"v": one(ctx.unique(lambda: _address(ctx, rng.choice(sorted(R12STREETS)))), "LOCATION")}


def gen_nn_place(ctx: Ctx) -> Attrs:
    """A private home pinned down by a landmark on a street (LOCATION, the whole phrase)."""
    rng = ctx.rng

    def make() -> str:
        c = rng.choice(sorted(R12STREETS))
        st = rng.choice(R12STREETS[c])
        street = {"ca": f"{st} Crescent", "nz": f"{st} Grove", "be": f"rue des {st}"}[c]
        mark = rng.choice(R12LANDMARKS)
        return rng.choice([f"the yellow bungalow next to the {mark} on {street}", f"the flat above the {mark} on {street}",
                           f"the last house on {street}, the one facing the {mark}"])

    return {"v": one(ctx.unique(make), "LOCATION")}


# ---------------------------------------------------------------- passwords in everyday shapes
SYMBOLS = "!#%&*?@"
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def _password(ctx: Ctx) -> str:
    """The shapes of ``pii_secrets._password`` with this round's words: Word+digits+symbol, word_year, a random
    string of 12-19 characters, leetspeak, Word-Word-NN."""
    rng = ctx.rng
    word, other = rng.sample(R12PASSWORD_WORDS, 2)
    return rng.choice([
        f"{word}{rng.randrange(10, 9999)}{rng.choice(SYMBOLS)}",
        f"{word.lower()}_{rng.randrange(1962, 2012)}",
        rand_token(rng, rng.randrange(12, 20), ALNUM + "!#%^*"),
        f"{word[0].lower()}{word[1:].replace('o', '0').replace('a', '@').replace('e', '3')}{rng.randrange(1, 99)}",
        f"{other}-{word}-{rng.randrange(10, 99)}",
    ])


def _safe_password(ctx: Ctx) -> str:
    """A password that needs no quoting in a URL, a shell, YAML or ``.env`` (letters, digits, ``_``, ``-``, ``.``)."""
    rng = ctx.rng
    word, other = rng.sample(R12PASSWORD_WORDS, 2)
    return rng.choice([f"{word}{rng.randrange(10, 9999)}", f"{word.lower()}_{other.lower()}{digits(rng, 2)}",
                       rand_token(rng, rng.randrange(14, 22)), f"{other}-{word}-{digits(rng, 2)}",
                       f"{word[:4].lower()}{digits(rng, 4)}.{other[:3]}"])


def gen_nn_pw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _password(ctx)))


def gen_nn_safepw(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: _safe_password(ctx)))


def gen_nn_pet(ctx: Ctx) -> Attrs:
    """A pet's name and a year ("Rolo2016", "ziggy_09")."""
    rng = ctx.rng

    def make() -> str:
        pet, year = rng.choice(R12PETS), rng.randrange(1998, 2023)
        return rng.choice([f"{pet}{year}", f"{pet.lower()}{year}", f"{pet}_{year % 100:02d}", f"{pet}{year}!",
                           f"{pet.lower()}{year % 100:02d}"])

    return secret(ctx.unique(make))


def gen_nn_walk(ctx: Ctx) -> Attrs:
    """A keyboard walk, sometimes with a suffix."""
    rng = ctx.rng

    def make() -> str:
        while True:
            v = rng.choice(R12WALKS) + rng.choice(["", "1", "12", "123", "!", "123!", digits(rng, 2), str(rng.randrange(1980, 2012))])
            if len(v) >= 6:
                return v

    return secret(ctx.unique(make))


def gen_nn_phrase(ctx: Ctx) -> Attrs:
    """A passphrase with spaces ("raincoat in the cupboard 7")."""
    rng = ctx.rng

    def make() -> str:
        a, b, c = rng.sample(R12PHRASE_WORDS, 3)
        return rng.choice([f"{a} in the {b}", f"{a} {b} {c}", f"my {a} has a {b}", f"{a} and {b} {rng.randrange(2, 99)}",
                           f"{a.capitalize()} on the {b} {digits(rng, 2)}"])

    return secret(ctx.unique(make))


def gen_nn_low(ctx: Ctx) -> Attrs:
    """An all-lowercase word and two digits."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: f"{rng.choice(R12PASSWORD_WORDS + R12PHRASE_WORDS).lower()}{digits(rng, 2)}"))


def gen_nn_bang(ctx: Ctx) -> Attrs:
    """A word with ``!`` in the middle ("Hazel!nut42", "acorn!treacle")."""
    rng = ctx.rng

    def make() -> str:
        w, o = rng.sample(R12PASSWORD_WORDS, 2)
        k = rng.randrange(2, len(w) - 1)
        return rng.choice([f"{w[:k]}!{w[k:].lower()}{digits(rng, 2)}", f"{w.lower()}!{o.lower()}", f"{w}!{digits(rng, 3)}{o[:2].lower()}"])

    return secret(ctx.unique(make))


def gen_nn_leet(ctx: Ctx) -> Attrs:
    """A word in leetspeak with digits ("P4r5n1p77")."""
    rng = ctx.rng

    def make() -> str:
        w = rng.choice(R12PASSWORD_WORDS).lower().translate(LEET)
        return rng.choice([w.capitalize(), w]) + str(rng.randrange(1, 99)) + rng.choice(["", "", "!"])

    return secret(ctx.unique(make))


def gen_nn_season(ctx: Ctx) -> Attrs:
    """A season and a year ("Summer2024!")."""
    rng = ctx.rng

    def make() -> str:
        s, y = rng.choice(R12SEASONS), rng.randrange(2017, 2026)
        return rng.choice([f"{s}{y}!", f"{s}{y}", f"{s.lower()}{y % 100}", f"{s}{y}#", f"{s}@{y}"])

    return secret(ctx.unique(make))


def gen_nn_team(ctx: Ctx) -> Attrs:
    """A sports team and a number ("Arsenal1886", "packers12")."""
    rng = ctx.rng

    def make() -> str:
        t = rng.choice(R12TEAMS)
        return rng.choice([f"{t}{rng.randrange(1, 99)}", f"{t.lower()}{digits(rng, 2)}", f"{t}{rng.randrange(1870, 2025)}!",
                           f"Go{t}{digits(rng, 2)}", f"{t.upper()}{rng.randrange(1, 12)}"])

    return secret(ctx.unique(make))


def gen_nn_router(ctx: Ctx) -> Attrs:
    """A Wi-Fi key as a router sticker prints it: adjective+noun+3 digits, or 8 to 12 random sticker characters."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"{rng.choice(R12STICKER_ADJECTIVES)}{rng.choice(R12PHRASE_WORDS)}{digits(rng, 3)}",
        rand_token(rng, rng.choice([8, 10, 12]), STICKER),
        rand_token(rng, 10, STICKER.upper().replace("Q", "") + "2345"),
    ])))


def gen_nn_temp(ctx: Ctx) -> Attrs:
    """A temporary password an IT desk or a provider sets ("Welcome4821!")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([
        f"Welcome{digits(rng, rng.choice([2, 3, 4]))}{rng.choice('!#?')}", f"Start-{rand_token(rng, 6, STICKER)}",
        f"Temp{digits(rng, 4)}{rng.choice(string.ascii_uppercase)}{rng.choice('!#')}", f"NewStarter{digits(rng, 3)}!",
    ])))


def gen_nn_seq(ctx: Ctx) -> Attrs:
    """A password bumped by one every rotation (``a``, ``b``, ``c``: three literal versions, each SECRET)."""
    rng = ctx.rng

    def make() -> tuple[str, str, str]:
        word, sym, n = rng.choice(R12PASSWORD_WORDS), rng.choice("!#?*"), rng.randrange(1, 7)
        width = rng.choice([1, 2])
        return tuple(f"{word}{i:0{width}d}{sym}" for i in (n, n + 1, n + 2))  # type: ignore[return-value]

    a, b, c = ctx.unique_many(make)
    return {"a": one(a, "SECRET"), "b": one(b, "SECRET"), "c": one(c, "SECRET")}


def gen_nn_strong(ctx: Ctx) -> Attrs:
    """A password the assistant generates for the user: 16 to 20 random characters."""
    rng = ctx.rng

    def make() -> str:
        while True:
            s = rng.choice(string.ascii_letters) + rand_token(rng, rng.randrange(15, 20), ALNUM + "!#%*-_?")
            if any(c.isdigit() for c in s) and any(c in "!#%*-_?" for c in s) and s[-1].isalnum():
                return s

    return secret(ctx.unique(make))


def gen_nn_passphrase(ctx: Ctx) -> Attrs:
    """A passphrase the assistant suggests: four words joined by hyphens, with a digit."""
    rng = ctx.rng

    def make() -> str:
        ws = rng.sample(R12PHRASE_WORDS + [w.lower() for w in R12PASSWORD_WORDS], 4)
        k = rng.randrange(4)
        ws[k] = ws[k].capitalize() + str(rng.randrange(2, 10))
        return "-".join(ws)

    return secret(ctx.unique(make))


def gen_nn_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 4)))


def gen_nn_pinsix(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 6)))


def gen_nn_otp(ctx: Ctx) -> Attrs:
    """An SMS one-time code (6 digits, sometimes written in two groups)."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice([digits(rng, 6), f"{digits(rng, 3)} {digits(rng, 3)}"])))


def gen_nn_steam(ctx: Ctx) -> Attrs:
    """A Steam Guard code: five characters of its alphabet."""
    return secret(ctx.unique(lambda: rand_token(ctx.rng, 5, STEAM)))


# ---------------------------------------------------------------- keys, tokens, key blocks
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_nn_jwt(ctx: Ctx) -> Attrs:
    """A JWT as a login response returns it: a real header, a random payload, a random signature."""
    rng = ctx.rng

    def make() -> str:
        alg = rng.choice(["HS256", "RS256"])
        header = {"alg": alg, "typ": "JWT"} if alg == "HS256" else {"alg": alg, "kid": rand_token(rng, 16, HEX), "typ": "JWT"}
        iat = rng.randrange(1_700_000_000, 1_760_000_000)
        payload = {"sub": rng.choice([digits(rng, 7), rand_token(rng, 24, HEX)]), "role": rng.choice(["user", "member", "customer"]),
                   "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
        sig = rand_token(rng, 43 if alg == "HS256" else 342, URLSAFE)
        return f"{_b64url(json.dumps(header, separators=(',', ':')).encode())}.{_b64url(json.dumps(payload, separators=(',', ':')).encode())}.{sig}"

    return secret(ctx.unique(make))


def gen_nn_pkey(ctx: Ctx) -> Attrs:
    """An OpenSSH private key block: the header and footer lines are not labelled, the base64 body is SECRET."""
    rng = ctx.rng

    def make() -> str:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rand_token(rng, 70 * rng.randrange(3, 6) + rng.randrange(20, 60), B64) + "=="
        return "\n".join(body[i:i + 70] for i in range(0, len(body), 70))

    body = ctx.unique(make)
    return {"block": [("-----BEGIN OPENSSH PRIVATE KEY-----\n", None), (body, "SECRET"),
                      ("\n-----END OPENSSH PRIVATE KEY-----", None)]}


def _nn_key(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=ALNUM: rand_token(rng, n, a)
    return {
        "aws": lambda: "AKIA" + t(16, BASE32),
        "awssec": lambda: t(40, B64),
        "ghp": lambda: "ghp_" + t(36),
        "ghpat": lambda: "github_pat_" + t(22) + "_" + t(59),
        "openai": lambda: "sk-proj-" + t(rng.choice([64, 132]), URLSAFE),
        "openaiold": lambda: "sk-" + t(48),
        "anthropic": lambda: "sk-ant-api03-" + t(93, URLSAFE) + "AA",
        "slack": lambda: "xoxb-" + t(11, string.digits) + "-" + t(13, string.digits) + "-" + t(24),
        "slackuser": lambda: "xoxp-" + t(11, string.digits) + "-" + t(11, string.digits) + "-" + t(13, string.digits) + "-" + t(32, HEX),
        "stripe": lambda: "sk_live_" + t(rng.choice([24, 99])),
        "stripe_rk": lambda: "rk_live_" + t(rng.choice([24, 99])),
        "gapi": lambda: "AIza" + t(35, URLSAFE),
        "hf": lambda: "hf_" + t(34),
        "sendgrid": lambda: "SG." + t(22, URLSAFE) + "." + t(43, URLSAFE),
        "glpat": lambda: "glpat-" + t(20, URLSAFE),
        "discord": lambda: rng.choice("MN") + t(23, URLSAFE) + "." + t(6, URLSAFE) + "." + t(38, URLSAFE),
    }[kind]()


NN_KEY_KINDS = ["aws", "awssec", "ghp", "ghpat", "openai", "openaiold", "anthropic", "slack", "slackuser", "stripe", "stripe_rk", "gapi", "hf",
                "sendgrid", "glpat", "discord"]


def make_nn_key_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _nn_key(ctx, kind)))

    return gen


def gen_nn_b64(ctx: Ctx) -> Attrs:
    """A 32-byte random secret in base64 (a NextAuth or app secret)."""
    return secret(ctx.unique(lambda: rand_b64(ctx, 32)))


def _person_gen(gender: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_nn_person(ctx, gender)


GENERATORS = {
    "nnp": _person_gen(None), "nnpf": _person_gen("f"), "nnpm": _person_gen("m"), "nnnick": gen_nn_nick,
    "nnusr": gen_nn_user, "nnem": gen_nn_email, "nnphone": gen_nn_phone, "nnaddr": gen_nn_addr, "nnplace": gen_nn_place,
    "nnpw": gen_nn_pw, "nnsafepw": gen_nn_safepw, "nnpet": gen_nn_pet, "nnwalk": gen_nn_walk, "nnphrase": gen_nn_phrase,
    "nnlow": gen_nn_low, "nnbang": gen_nn_bang, "nnleet": gen_nn_leet, "nnseason": gen_nn_season, "nnteam": gen_nn_team,
    "nnrouter": gen_nn_router, "nntemp": gen_nn_temp, "nnseq": gen_nn_seq, "nnstrong": gen_nn_strong,
    "nnpassphrase": gen_nn_passphrase, "nnpin": gen_nn_pin, "nnpinsix": gen_nn_pinsix, "nnotp": gen_nn_otp,
    "nnsteam": gen_nn_steam, "nnjwt": gen_nn_jwt, "nnpkey": gen_nn_pkey, "nnb": gen_nn_b64,
    **{f"nnk_{k}": make_nn_key_gen(k) for k in NN_KEY_KINDS},
}
