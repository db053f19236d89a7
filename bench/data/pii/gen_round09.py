"""Value generators of dev round 9 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round09.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import string

from pii_common import Attrs, Ctx, digits, one, secret, unique_gens
from pii_data import pools

POOLS = pools("round09")
R9PASSWORD_WORDS = POOLS["password_words"]
R9LANG_WORDS = POOLS["lang_words"]
R9PHRASE_WORDS = POOLS["phrase_words"]


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


def gen_jj_pattern(ctx: Ctx) -> Attrs:
    """A phone unlock pattern written as keypad digits ("1-5-9-6-3")."""
    rng = ctx.rng
    return secret(ctx.unique(lambda: rng.choice(["-", " → ", ", "]).join(rng.sample("123456789", rng.randrange(4, 8)))))


def gen_jj_phrase(ctx: Ctx) -> Attrs:
    """Twelve recovery words written in a sentence, comma-separated (``comma``); one span."""
    rng = ctx.rng

    def make() -> str:
        words = rng.sample(R9PHRASE_WORDS, 12)
        return rng.choice([", ".join(words), ", ".join(words[:11]) + " and " + words[11]])

    return {"comma": one(ctx.unique(make), "SECRET")}


GENERATORS = {
    **unique_gens("jjid", JJID_MAKERS, "ID_NUMBER"), "jjdob": make_jj_dob_gen(1940, 2010),
    "jjdob_old": make_jj_dob_gen(1924, 1956),
    "jjpw": make_jj_pw_gen(None), **{f"jjpw_{lang}": make_jj_pw_gen(lang) for lang in R9LANG_WORDS},
    "jjsticky": gen_jj_sticky, "jjtypo": gen_jj_typo, "jjpattern": gen_jj_pattern, "jjphrase": gen_jj_phrase,
}
