"""Value generators of dev round 9 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round09.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import string

from pii_common import (
    ALNUM,
    Attrs,
    Ctx,
    ascii_fold_all,
    country_gen,
    digits,
    nick_attrs,
    one,
    rand_token,
    secret,
    valid_phone_gen,
)
from pii_data import pools, rows

URLSAFE = ALNUM + "-_"
LOWER_DIGITS = string.ascii_lowercase + string.digits
# Gift-card alphabets avoid 0/O and 1/I, as the printed cards do.
GIFT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

POOLS = pools("round09")
R9NAMES = rows(POOLS["names"])
R9PARTICLES = set(POOLS["particles"])
R9NICKS = rows(POOLS["nicks"])
R9SCRIPT = rows(POOLS["script"])
R9PETS = POOLS["pets"]
R9MAIDEN = POOLS["maiden"]
R9PASSWORD_WORDS = POOLS["password_words"]
R9LANG_WORDS = POOLS["lang_words"]
R9PHRASE_WORDS = POOLS["phrase_words"]
R9HANDLE_WORDS = POOLS["handle_words"]
R9EMAIL_DOMAINS = POOLS["email_domains"]
R9STREETS = POOLS["streets"]
R9LANDMARKS = POOLS["landmarks"]


# ---------------------------------------------------------------- people, handles, contact details
def gen_jj_person(ctx: Ctx, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of the round-9 pool; ``gender`` "f"/"m" keeps to names read that way (or either), ``region``
    to one group ("lus", "wa", "celt"...) or continent ("af", "eu"...)."""
    rng = ctx.rng
    pool = [n for n in R9NAMES if (gender is None or n[3] in (gender, "x")) and (region is None or region in n[2].split("."))]
    first, last, _, _ = ctx.pick_fresh(pool, "jjnames", 6)
    full = f"{first} {last}"
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    # The initial of the given name proper ("I Ketut" -> "K."), not of a Balinese birth-order prefix.
    initial = next(t for t in first.split() if t not in R9PARTICLES)[0]

    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f}{l[:2]}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{rng.choice(R9HANDLE_WORDS)}",
                            f"{f[0]}{l}{rng.randrange(1950, 2008)}", f"{f}{l}", f"{l}-{f}"])
        return f"{local}@{rng.choice(R9EMAIL_DOMAINS)}"

    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "initial": one(f"{initial}. {last}", "PERSON"),
            "caps": one(full.upper(), "PERSON"), "email": one(ctx.unique(make_email), "EMAIL_ADDRESS")}


def gen_jj_nick(ctx: Ctx) -> Attrs:
    return nick_attrs(ctx, R9NICKS, "jjnicks", 6)


def gen_jj_script(ctx: Ctx) -> Attrs:
    """A name in its own script (``native``) and the same person's Latin-script name (``latin``)."""
    native, latin = ctx.pick_fresh(R9SCRIPT, "jjscript", 6)
    return {"native": one(native, "PERSON"), "latin": one(latin, "PERSON")}


def _handle(ctx: Ctx) -> str:
    rng = ctx.rng
    first, last, _, _ = rng.choice(R9NAMES)
    f, l = ascii_fold_all(first), ascii_fold_all(last)
    word = rng.choice(R9HANDLE_WORDS)
    return rng.choice([f"{f}.{l}", f"{word}_{f}{digits(rng, 2)}", f"{f[0]}{l}", f"{l}{f[:3]}{digits(rng, 2)}", f"{f}.{word}",
                       f"{f}{digits(rng, 4)}", f"{f[:3]}{l[:4]}", f"x{f}{word}x"])


def gen_jj_user(ctx: Ctx) -> Attrs:
    """A person's own login or handle (USERNAME)."""
    return {"v": one(ctx.unique(lambda: _handle(ctx)), "USERNAME")}


def gen_jj_email(ctx: Ctx) -> Attrs:
    return {"v": gen_jj_person(ctx)["email"]}


PHONE_REGIONS = {"ao": "AO", "mz": "MZ", "mg": "MG", "hu": "HU", "fi": "FI", "ec": "EC", "jm": "JM", "ma": "MA",
                 "iq": "IQ", "cv": "CV"}


def _phone(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    d = lambda n: digits(rng, n)
    return rng.choice({
        "ao": [f"+244 9{rng.choice('1234')}{d(1)} {d(3)} {d(3)}", f"9{rng.choice('1234')}{d(1)} {d(3)} {d(3)}"],
        "mz": [f"+258 8{rng.choice('2456')} {d(3)} {d(4)}", f"8{rng.choice('2456')} {d(3)} {d(4)}"],
        "mg": [f"+261 3{rng.choice('234')} {d(2)} {d(3)} {d(2)}", f"03{rng.choice('234')} {d(2)} {d(3)} {d(2)}"],
        "hu": [f"+36 {rng.choice(['20', '30', '70'])} {d(3)} {d(4)}", f"06 {rng.choice(['20', '30', '70'])} {d(3)} {d(4)}",
               f"06-{rng.choice(['20', '30', '70'])}/{d(3)}-{d(4)}"],
        "fi": [f"+358 {rng.choice(['40', '44', '50'])} {d(3)} {d(4)}", f"0{rng.choice(['40', '44', '50'])} {d(3)} {d(4)}"],
        "ec": [f"+593 9{rng.choice('6789')} {d(3)} {d(4)}", f"09{rng.choice('6789')} {d(3)} {d(4)}"],
        "jm": [f"+1 876 {rng.choice('34589')}{d(2)} {d(4)}", f"(876) {rng.choice('34589')}{d(2)}-{d(4)}"],
        "ma": [f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "iq": [f"+964 7{rng.choice('5789')}{d(1)} {d(3)} {d(4)}", f"07{rng.choice('5789')}{d(1)} {d(3)} {d(4)}"],
        "cv": [f"+238 9{d(2)} {d(2)} {d(2)}", f"9{d(2)} {d(2)} {d(2)}"],
    }[country])


def _address(ctx: Ctx, country: str) -> str:
    rng = ctx.rng
    st = rng.choice(R9STREETS[country])
    n = rng.randrange(1, 90)
    if country == "hu":
        pc, city = rng.choice([("1118", "Budapest"), ("1145", "Budapest"), ("4032", "Debrecen"), ("6722", "Szeged")])
        return rng.choice([f"{pc} {city}, {st} utca {n}. {rng.randrange(1, 6)}. em. {rng.randrange(1, 12)}.",
                           f"{st} u. {n}. fsz. {rng.randrange(1, 4)}., {pc} {city}"])
    if country == "fi":
        pc, city = rng.choice([("00940", "Helsinki"), ("33720", "Tampere"), ("90570", "Oulu")])
        return rng.choice([f"{st}tie {n} B {rng.randrange(10, 60)}, {pc} {city}",
                           f"{st}polku {n} as {rng.randrange(1, 20)}, {pc} {city}"])
    if country == "ao":
        bairro = rng.choice(["Maculusso", "Alvalade", "Talatona", "Maianga"])
        return rng.choice([f"Rua {st}, casa n.º {n}, Bairro {bairro}, Luanda",
                           f"Rua {st} n.º {n}, {rng.randrange(1, 9)}.º andar, Bairro {bairro}, Luanda"])
    if country == "ec":
        return rng.choice([f"{st} N{rng.randrange(20, 70)}-{n} y Av. {rng.choice(['Eloy Alfaro', 'de los Shyris', '6 de Diciembre'])}, Quito",
                           f"Cdla. Kennedy Norte, {st} Mz. {n} Villa {rng.randrange(1, 20)}, Guayaquil"])
    quarter, city, pc = rng.choice([("Maârif", "Casablanca", "20330"), ("Agdal", "Rabat", "10080"), ("Guéliz", "Marrakech", "40000")])
    return rng.choice([f"{n}, rue {st}, {quarter}, {city} {pc}",
                       f"Résidence {st}, imm. {rng.randrange(1, 12)}, appt {n}, {quarter}, {city}"])


def gen_jj_place(ctx: Ctx) -> Attrs:
    """A precise private place described by a landmark on a street (LOCATION, the whole phrase)."""
    rng = ctx.rng

    def make() -> str:
        c = rng.choice(sorted(R9STREETS))
        st = rng.choice(R9STREETS[c])
        street = {"hu": f"{st} utca", "fi": f"{st}tie", "ao": f"Rua {st}", "ec": f"calle {st}", "ma": f"rue {st}"}[c]
        mark = rng.choice(R9LANDMARKS)
        return rng.choice([f"the flat above the {mark} on {street}", f"the house with the blue gate behind the {mark} on {street}",
                           f"the second floor over the {mark} at the corner of {street}",
                           f"the yellow house next to the {mark} on {street}"])

    return {"v": one(ctx.unique(make), "LOCATION")}


# ---------------------------------------------------------------- national id numbers (valid check characters)
def _ie_pps(ctx: Ctx) -> str:
    """Irish PPS number: 7 digits, a mod-23 check letter, and (new format) a second letter counted with weight 9."""
    rng = ctx.rng
    body = digits(rng, 7)
    second = rng.choice(["", "A", "A", "W"])
    total = sum(int(c) * (8 - i) for i, c in enumerate(body))
    if second:
        total += 9 * (0 if second == "W" else ord(second) - 64)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def _hu_taj(ctx: Ctx) -> str:
    """Hungarian TAJ (social security) number: 8 digits weighted 3,7,3,7..., check digit mod 10; written 3-3-3."""
    body = digits(ctx.rng, 8)
    n = body + str(sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10)
    return ctx.rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def _ec_cedula(ctx: Ctx) -> str:
    """Ecuadorian cédula: province 01-24, third digit below 6, mod-10 check with coefficients 2,1,2,1..."""
    rng = ctx.rng
    body = f"{rng.randrange(1, 25):02d}{rng.randrange(0, 6)}{digits(rng, 6)}"
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    n = body + str((10 - total % 10) % 10)
    return rng.choice([n, f"{n[:9]}-{n[9]}"])


def _ar_cuil(ctx: Ctx) -> str:
    """Argentine CUIL: 20/23/27, an 8-digit DNI, mod-11 check digit (bodies whose check would be 10 are redrawn)."""
    rng = ctx.rng
    while True:
        body = rng.choice(["20", "23", "27"]) + str(rng.randrange(10_000_000, 45_000_000))
        r = 11 - sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10:
            return f"{body[:2]}-{body[2:]}-{0 if r == 11 else r}"


JJID_MAKERS = {"ie": _ie_pps, "hu": _hu_taj, "ec": _ec_cedula, "ar": _ar_cuil}


def make_jj_id_gen(kind: str):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        return {"v": one(ctx.unique(lambda: JJID_MAKERS[kind](ctx)), "ID_NUMBER")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_jj_dob_gen(first_year: int, last_year: int):  # type: ignore[no-untyped-def]
    """Dates of birth between two years: "2 May 1938" (``words``), "14/07/1961" (``slash``) or "14.7.1961" (``dots``)."""
    def gen(ctx: Ctx) -> Attrs:
        rng = ctx.rng

        def make() -> tuple[str, str, str]:
            y, m, d = rng.randrange(first_year, last_year + 1), rng.randrange(1, 13), rng.randrange(1, 29)
            return f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"

        forms = make()
        while any(f in ctx.seen for f in forms):
            forms = make()
        ctx.seen.update(forms)
        words, slash, dots = forms
        return {"words": one(words, "DATE_OF_BIRTH"), "slash": one(slash, "DATE_OF_BIRTH"), "dots": one(dots, "DATE_OF_BIRTH")}

    return gen


# ---------------------------------------------------------------- private share links (URL, the whole link)
def _doc_url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    t = lambda n, a=URLSAFE: rand_token(rng, n, a)
    if kind == "docs":
        return f"https://docs.google.com/{rng.choice(['document', 'spreadsheets'])}/d/1{t(43)}/edit?usp=sharing"
    if kind == "drive":
        return f"https://drive.google.com/file/d/1{t(32)}/view?usp=sharing"
    if kind == "dropbox":
        name = rng.choice(["reunion-list", "mum-birthday", "school-trip-form", "wedding-seating"])
        return f"https://www.dropbox.com/scl/fi/{t(21, LOWER_DIGITS)}/{name}.pdf?rlkey={t(25, LOWER_DIGITS)}&dl=0"
    return f"https://www.icloud.com/sharedalbum/#B0{t(13, ALNUM)}"


def make_jj_doc_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(["docs", "drive", "dropbox", "icloud"])
        return {"v": one(ctx.unique(lambda: _doc_url(ctx, k)), "URL")}

    return gen


# ---------------------------------------------------------------- passwords, PINs, codes, phrases
SYMBOLS = "!#$&@"


def _password(ctx: Ctx, words: list[str]) -> str:
    """A password as ordinary people choose them: a word or two, digits, a symbol. Starts with a letter and
    has no space, quote, backtick, asterisk, tilde or underscore (so Markdown around it stays markup)."""
    rng = ctx.rng
    word, other = rng.sample(words, 2)
    return rng.choice([
        f"{word}{digits(rng, rng.choice([2, 3, 4]))}{rng.choice(SYMBOLS)}",   # "Popcorn471!"
        f"{word.lower()}{rng.randrange(1955, 2020)}",                          # "teapot1987"
        f"{word}{other}{digits(rng, 2)}",                                      # "MuffinSparrow42"
        f"{word}{rng.choice(SYMBOLS)}{other}{digits(rng, 1)}",                 # "Tortoise&Cupcake7"
        f"{word.lower()}.{other.lower()}{digits(rng, 2)}",                     # "pudding.rainbow19"
        f"{word}-{other}-{digits(rng, 3)}",                                    # "Goldfish-Teapot-303"
        f"{word.lower()}{digits(rng, 3)}",                                     # "scooter907"
    ])


def make_jj_pw_gen(lang: str | None):  # type: ignore[no-untyped-def]
    """Passwords built from English words (``lang`` None) or from words of one language."""
    words = R9PASSWORD_WORDS if lang is None else R9LANG_WORDS[lang]

    def gen(ctx: Ctx) -> Attrs:
        return secret(ctx.unique(lambda: _password(ctx, words)))

    return gen


def gen_jj_sticky(ctx: Ctx) -> Attrs:
    """A password written on a sticky note: a capitalised word whose o's are zeros, then digits (always has a 0)."""
    rng = ctx.rng
    pool = [w for w in R9PASSWORD_WORDS if "o" in w.lower()]
    return secret(ctx.unique(lambda: rng.choice(pool).replace("o", "0").replace("O", "0")
                              + digits(rng, 2) + rng.choice(["", "", "!", "#"])))


def gen_jj_typo(ctx: Ctx) -> Attrs:
    """A password (``right``) and the same password with one character wrong (``wrong``): both are SECRET."""
    rng = ctx.rng

    def make() -> tuple[str, str]:
        right = _password(ctx, R9PASSWORD_WORDS)
        pos = [i for i, c in enumerate(right) if c.isdigit()]
        chars = list(right)
        if pos:
            i = rng.choice(pos)
            chars[i] = rng.choice([d for d in string.digits if d != right[i]])
        else:
            i = rng.choice([i for i, c in enumerate(right) if c.isalpha()])
            chars[i] = chars[i].swapcase()
        return right, "".join(chars)

    right, wrong = make()
    while right in ctx.seen or wrong in ctx.seen:
        right, wrong = make()
    ctx.seen.update((right, wrong))
    return {"right": one(right, "SECRET"), "wrong": one(wrong, "SECRET")}


def gen_jj_parts(ctx: Ctx) -> Attrs:
    """A password described part by part with every part given ("Pipoca, then 1987, then a dollar sign"): one span."""
    rng = ctx.rng

    def make() -> str:
        pet, year = rng.choice(R9PETS), rng.randrange(1955, 2016)
        tail = rng.choice(["then a dollar sign", "then an exclamation mark", "then a hashtag", "then the @ sign"])
        return rng.choice([f"{pet}, then {year}, {tail}", f"{pet} with a capital {pet[0]}, then {year}, {tail}",
                           f"{pet.lower()} all small, then {year}, {tail}"])

    return secret(ctx.unique(make))


def gen_jj_pin(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, ctx.rng.choice([4, 4, 4, 5, 6]))))


def gen_jj_passcode(ctx: Ctx) -> Attrs:
    return secret(ctx.unique(lambda: digits(ctx.rng, 6)))


def gen_jj_pattern(ctx: Ctx) -> Attrs:
    """A phone unlock pattern written as keypad digits ("1-5-9-6-3")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice(["-", " → ", ", "]).join(rng.sample("123456789", rng.randrange(4, 8)))))


def gen_jj_gift(ctx: Ctx) -> Attrs:
    """A gift-card code (Google Play, Amazon or Steam shapes)."""
    rng = ctx.rng
    t = lambda n: rand_token(rng, n, GIFT_ALPHABET)
    return secret(ctx.unique(lambda: rng.choice([t(20), f"{t(4)}-{t(6)}-{t(4)}", f"{t(5)}-{t(5)}-{t(5)}",
                                                  f"{t(4)} {t(4)} {t(4)} {t(4)}"])))


def gen_jj_secq(ctx: Ctx) -> Attrs:
    """Security-question answers: a first pet's name (``pet``) and a mother's maiden name (``maiden``), both SECRET."""
    rng = ctx.rng
    return {"pet": one(rng.choice(R9PETS), "SECRET"), "maiden": one(rng.choice(R9MAIDEN), "SECRET")}


def gen_jj_phrase(ctx: Ctx) -> Attrs:
    """Twelve recovery words written in a sentence, comma-separated (``comma``); one span."""
    rng = ctx.rng

    def make() -> str:
        words = rng.sample(R9PHRASE_WORDS, 12)
        return rng.choice([", ".join(words), ", ".join(words[:11]) + " and " + words[11]])

    return {"comma": one(ctx.unique(make), "SECRET")}


# ---------------------------------------------------------------- not PII


_REGIONS = ("af", "lus", "mg", "horn", "wa", "south", "amz", "me", "kur", "afg", "as", "ido", "fil", "am", "and", "car",
            "dia", "eu", "celt", "ib", "yr", "yid", "rom", "ural")


def _person_gen(gender: str | None, region: str | None):  # type: ignore[no-untyped-def]
    return lambda ctx: gen_jj_person(ctx, gender, region)


GENERATORS = {
    "jjp": _person_gen(None, None), "jjpf": _person_gen("f", None), "jjpm": _person_gen("m", None),
    **{f"jjp_{r}": _person_gen(None, r) for r in _REGIONS}, **{f"jjpf_{r}": _person_gen("f", r) for r in _REGIONS},
    **{f"jjpm_{r}": _person_gen("m", r) for r in _REGIONS},
    "jjnick": gen_jj_nick, "jjscript": gen_jj_script, "jjusr": gen_jj_user, "jjem": gen_jj_email,
    "jjph": valid_phone_gen(_phone, PHONE_REGIONS, None),
    **{f"jjph_{c}": valid_phone_gen(_phone, PHONE_REGIONS, c) for c in PHONE_REGIONS},
    "jjloc": country_gen(_address, R9STREETS, "LOCATION", None),
    **{f"jjloc_{c}": country_gen(_address, R9STREETS, "LOCATION", c) for c in R9STREETS}, "jjplace": gen_jj_place,
    **{f"jjid_{k}": make_jj_id_gen(k) for k in JJID_MAKERS}, "jjdob": make_jj_dob_gen(1940, 2010),
    "jjdob_old": make_jj_dob_gen(1924, 1956),
    "jjdoc": make_jj_doc_gen(None), **{f"jjdoc_{k}": make_jj_doc_gen(k) for k in ("docs", "drive", "dropbox", "icloud")},
    "jjpw": make_jj_pw_gen(None), **{f"jjpw_{lang}": make_jj_pw_gen(lang) for lang in R9LANG_WORDS},
    "jjsticky": gen_jj_sticky, "jjtypo": gen_jj_typo, "jjparts": gen_jj_parts, "jjpin": gen_jj_pin,
    "jjpasscode": gen_jj_passcode, "jjpattern": gen_jj_pattern, "jjgift": gen_jj_gift, "jjsecq": gen_jj_secq,
    "jjphrase": gen_jj_phrase,
}
