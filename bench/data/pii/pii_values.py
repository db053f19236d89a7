"""Slot-value generators for the PII benchmark builder.

A generator takes a :class:`Ctx` (seeded RNG, split index) and returns a dict mapping an
attribute name to a list of pieces ``(text, gold_type_or_None)``. A template slot
``{{p1.first}}`` asks the ``p`` generator for instance ``p1`` and uses its ``first`` pieces;
the builder joins pieces and computes span offsets, so offsets are exact by construction.

Checksummed numbers live in ``pii_numbers``, secrets in ``pii_secrets``. Every generated PII
value is kept in ``Ctx.seen`` so no value is used in both splits.
"""

from __future__ import annotations

import base64
import json
import string

import pii_pools as P
from pii_common import ALNUM, Attrs, Ctx, ascii_fold, digits, one, rand_token
from pii_numbers import ID_KINDS, gen_card, gen_iban, gen_ssn, make_id_gen
from pii_secrets import SECRET_GENERATORS, gen_db, gen_pkey, gen_pw, gen_secret


# ---------------------------------------------------------------- people, e-mail, handles
def _people(split: int) -> list[tuple[str, list[str], list[str]]]:
    return [(c, P.split_pair(fs)[split], P.split_pair(ls)[split]) for c, fs, ls in P.CULTURES]


def gen_person(ctx: Ctx, need_nick: bool = False) -> Attrs:
    rng = ctx.rng
    people = _people(ctx.split)
    while True:
        _, firsts, lasts = rng.choice(people)
        first = rng.choice(firsts)
        if need_nick and first not in P.NICKNAMES:
            continue
        # A few people carry a surname from another culture, as mixed families do.
        last = rng.choice(lasts) if rng.random() > 0.15 else rng.choice(rng.choice(people)[2])
        break
    full = f"{first} {last}"
    f, l = ascii_fold(first), ascii_fold(last)
    def make_email() -> str:
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randrange(10, 99)}", f"{l}.{f}",
                            f"{f}{rng.randrange(1970, 2005)}", f"{f}.{l[0]}", f"{f}.{l}{rng.randrange(1, 99)}"])
        return f"{local}@{rng.choice(P.EMAIL_DOMAINS)}"

    def make_handle() -> str:
        word = rng.choice(P.HANDLE_WORDS[ctx.split])
        return rng.choice([f"{f}{l[:3]}{rng.randrange(1, 999)}", f"{f}_{word}", f"{word}{f}{rng.randrange(10, 99)}",
                           f"{f[0]}{l}{rng.randrange(1, 99)}", f"{l}.{f}", f"{f}{l}"])

    nick = P.NICKNAMES.get(first, first)
    return {
        "full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
        "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
        "full_uc": one(full.upper(), "PERSON"), "nick": one(nick, "PERSON"),
        "last_first": one(f"{last.upper()}, {first}", "PERSON"),
        "email": one(ctx.unique(make_email), "EMAIL_ADDRESS"),
        "handle": one(ctx.unique(make_handle), "USERNAME"),
        "initial": one(f"{first[0]}. {last}", "PERSON"),
    }


def gen_person_nick(ctx: Ctx) -> Attrs:
    return gen_person(ctx, need_nick=True)


def gen_person_native(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(P.NATIVE_SCRIPT[ctx.split])
    # East Asian names are written family name first without a space.
    cjk = any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in first)
    full = f"{last}{first}" if cjk else f"{first} {last}"
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON")}


def gen_email(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    person = gen_person(ctx)
    f = ascii_fold(person["first"][0][0])
    l = ascii_fold(person["last"][0][0])

    def make() -> str:
        dom = rng.choice(P.WORK_DOMAINS[ctx.split] + P.EMAIL_DOMAINS)
        local = rng.choice([f"{f}.{l}", f"{f}+newsletters", f"{l}{f[0]}", f"{f}.{l}.{rng.randrange(2, 99)}",
                            f"{f[0]}.{l}", f"{f}-{l}"])
        return f"{local}@{dom}" if rng.random() > 0.1 else f"{local.upper()}@{dom.upper()}"

    value = ctx.unique(make)
    return {"v": one(value, "EMAIL_ADDRESS"), "first": person["first"], "full": person["full"]}


def gen_username(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    word = rng.choice(P.HANDLE_WORDS[ctx.split])
    person = gen_person(ctx)
    f = ascii_fold(person["first"][0][0])
    l = ascii_fold(person["last"][0][0])
    value = ctx.unique(lambda: rng.choice([f"{word}_{f}", f"{f}{l[0]}{rng.randrange(100)}", f"{l}{rng.randrange(1980, 2010)}",
                                           f"x{word}{rng.randrange(10, 99)}x", f"{f}.{l}", f"{f[:4]}{word}"]))
    return {"v": one(value, "USERNAME"), "at": [("@", None), (value, "USERNAME")]}


# ---------------------------------------------------------------- network, web, dates
def gen_ip4(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        if rng.random() < 0.2:
            return f"192.168.{rng.randrange(0, 3)}.{rng.randrange(2, 254)}"
        first = rng.choice([31, 46, 62, 77, 81, 86, 89, 94, 109, 151, 176, 185, 203, 212])
        return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"

    return {"v": one(ctx.unique(make), "IP_ADDRESS")}


def gen_ip6(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    h = lambda: f"{rng.randrange(0, 0x10000):x}"

    def make() -> str:
        pre = rng.choice(["2a02", "2a01", "2001", "2600", "2406", "2804"])
        if rng.random() < 0.5:
            return f"{pre}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
        return f"{pre}:{h()}:{h()}:{h()}::{h()}"

    return {"v": one(ctx.unique(make), "IP_ADDRESS")}


URL_KINDS = ("share", "page", "meet", "reset")


def _url(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    person = gen_person(ctx)
    f = ascii_fold(person["first"][0][0])
    l = ascii_fold(person["last"][0][0])
    word = rng.choice(P.HANDLE_WORDS[ctx.split])
    options = {
        "share": [f"https://docs.google.com/document/d/{rand_token(rng, 44, ALNUM + '-_')}/edit?usp=sharing",
                  f"https://drive.google.com/file/d/{rand_token(rng, 33, ALNUM + '-_')}/view?usp=sharing",
                  f"https://www.dropbox.com/scl/fi/{rand_token(rng, 21).lower()}/{word}_notes.pdf?rlkey={rand_token(rng, 25).lower()}&dl=0",
                  f"https://photos.app.goo.gl/{rand_token(rng, 17)}",
                  f"https://1drv.ms/u/s!{rand_token(rng, 28, ALNUM + '-_')}?e={rand_token(rng, 6)}"],
        "page": [f"https://github.com/{f}{l[:2]}-{word}", f"https://www.linkedin.com/in/{f}-{l}-{rand_token(rng, 8, '0123456789abcdef')}/",
                 f"https://{f}{l}.github.io/", f"https://www.instagram.com/{f}.{word}/",
                 f"https://www.facebook.com/{f}.{l}.{digits(rng, 3)}", f"https://calendly.com/{f}-{l}/30min"],
        "meet": [f"https://us02web.zoom.us/j/{digits(rng, 11)}?pwd={rand_token(rng, 32)}",
                 f"https://meet.google.com/{rand_token(rng, 3, string.ascii_lowercase)}-{rand_token(rng, 4, string.ascii_lowercase)}-{rand_token(rng, 3, string.ascii_lowercase)}",
                 f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rand_token(rng, 48)}%40thread.v2/0"],
        "reset": [f"https://app.{word}hq.com/reset-password?token={rand_token(rng, 40)}",
                  f"https://accounts.{word}bank.com/verify?email={f}.{l}%40gmail.com&code={digits(rng, 6)}",
                  f"https://{word}.shop/account/activate/{digits(rng, 7)}/{rand_token(rng, 32, '0123456789abcdef')}"],
    }
    return rng.choice(options[kind])


def make_url_gen(kind: str | None):  # type: ignore[no-untyped-def]
    """A private URL: share links with tokens, personal pages, meeting links, reset links."""
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(URL_KINDS)
        return {"v": one(ctx.unique(lambda: _url(ctx, k)), "URL")}

    return gen


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def gen_dob(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        y, m, d = rng.randrange(1941, 2009), rng.randrange(1, 13), rng.randrange(1, 29)
        mon = MONTHS[m - 1]
        suf = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}",
                           f"{d} {mon} {y}", f"{d}{suf} of {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{mon[:3]} {d} {y}",
                           f"{d}/{m}/{str(y)[2:]}"])

    return {"v": one(ctx.unique(make), "DATE_OF_BIRTH")}


def gen_jwt(ctx: Ctx) -> Attrs:
    rng = ctx.rng
    b64 = lambda obj: base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    head = b64({"alg": "HS256", "typ": "JWT"})
    body = b64({"sub": digits(rng, 10), "iat": 1700000000 + rng.randrange(10**7), "scope": "user"})
    value = ctx.unique(lambda: f"{head}.{body}.{rand_token(rng, 43, ALNUM + '-_')}")
    return {"v": one(value, "SECRET")}


GENERATORS = {
    "p": gen_person, "pn": gen_person_nick, "pnat": gen_person_native, "em": gen_email, "usr": gen_username,
    "cc": gen_card, "iban": gen_iban, "ssn": gen_ssn,
    "id": make_id_gen(None), **{f"id_{k}": make_id_gen(k) for k in ID_KINDS},
    "ip": gen_ip4, "ipsix": gen_ip6, "url": make_url_gen(None), **{f"url{k}": make_url_gen(k) for k in URL_KINDS}, "dob": gen_dob, "jwt": gen_jwt,
    "key": gen_secret, **SECRET_GENERATORS, "pw": gen_pw, "pkey": gen_pkey, "db": gen_db,
}
