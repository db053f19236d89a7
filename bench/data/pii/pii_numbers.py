"""Checksummed number generators for the PII benchmark: cards, IBANs, SSNs, national ids.

Cards pass Luhn, IBANs mod-97, Aadhaar Verhoeff, NHS mod-11, CPF its two check digits, DNI its
letter and SIN Luhn, so recognizers that validate checksums see realistic values.
"""

from __future__ import annotations

import string

from pii_common import Attrs, Ctx, digits, one


# ---------------------------------------------------------------- finance, government ids
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def gen_card(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        brand = rng.choice(["visa", "mc", "mc2", "amex", "discover", "jcb"])
        prefix, length = {"visa": ("4", 16), "mc": (str(rng.randrange(51, 56)), 16),
                          "mc2": (str(rng.randrange(2221, 2721)), 16), "amex": (rng.choice(["34", "37"]), 15),
                          "discover": ("6011", 16), "jcb": (str(rng.randrange(3528, 3590)), 16)}[brand]
        body = prefix + digits(rng, length - len(prefix) - 1)
        num = body + luhn_digit(body)
        if length == 15:
            return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return rng.choice([" ".join(groups), "-".join(groups), num, " ".join(groups)])

    return {"v": one(ctx.unique(make), "CREDIT_CARD")}


IBAN_SPECS = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "NL": "a4n10", "IT": "a1n22", "CH": "n17",
              "BE": "n12", "PL": "n24", "IE": "a4n14", "AT": "n16", "PT": "n21"}


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        country = rng.choice(sorted(IBAN_SPECS))
        spec = IBAN_SPECS[country]
        bban = ""
        for kind, n in zip(spec[0::3], [int(x) for x in spec.replace("a", " ").replace("n", " ").split()]):
            bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(n)) if kind == "a" else digits(rng, n)
        iban = country + iban_check(country, bban) + bban
        return iban if rng.random() < 0.4 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    return {"v": one(ctx.unique(make), "IBAN_CODE")}


def gen_ssn(ctx: Ctx) -> Attrs:
    rng = ctx.rng

    def make() -> str:
        area = rng.choice([a for a in range(1, 900) if a != 666 and a not in (78, 219)])
        g, ser = rng.randrange(1, 100), rng.randrange(1, 10000)
        sep = rng.choice(["-", "-", " ", ""])
        return f"{area:03d}{sep}{g:02d}{sep}{ser:04d}"

    return {"v": one(ctx.unique(make), "US_SSN")}


def verhoeff_digit(num: str) -> str:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


def _id_value(ctx: Ctx, kind: str) -> str:
    rng = ctx.rng
    if kind == "us_passport":
        return rng.choice([digits(rng, 9), rng.choice("ACEFHJKLMN") + digits(rng, 8)])
    if kind == "uk_passport":
        return digits(rng, 9)
    if kind == "de_id":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if kind == "us_dl":
        return rng.choice([rng.choice("ABDFGJ") + digits(rng, 7), digits(rng, 9),
                           f"{rng.choice('BHKMSW')}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-0"])
    if kind == "uk_dl":
        sur = "".join(rng.choice(string.ascii_uppercase) for _ in range(5))
        return f"{sur}{digits(rng, 6)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
    if kind == "nino":
        pre = rng.choice(["AB", "CE", "JG", "KL", "PR", "SW", "TM", "WX", "YH", "NE"])
        d = digits(rng, 6)
        return rng.choice([f"{pre}{d}{rng.choice('ABCD')}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"])
    if kind == "nhs":
        while True:
            body = digits(rng, 9)
            check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
            if check == 11:
                check = 0
            if check != 10:
                n = body + str(check)
                return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])
    if kind == "aadhaar":
        body = str(rng.randrange(2, 10)) + digits(rng, 10)
        n = body + verhoeff_digit(body)
        return rng.choice([f"{n[:4]} {n[4:8]} {n[8:]}", n])
    if kind == "dni":
        n = rng.randrange(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if kind == "cpf":
        b = [rng.randrange(10) for _ in range(9)]
        for k in (10, 11):
            s = sum(v * (k - i) for i, v in enumerate(b))
            b.append(0 if s % 11 < 2 else 11 - s % 11)
        n = "".join(map(str, b))
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
    if kind == "mrn":
        return rng.choice([digits(rng, 8), f"{digits(rng, 4)}-{digits(rng, 4)}", f"MRN{digits(rng, 7)}", f"H{digits(rng, 6)}"])
    if kind == "sin":
        body = str(rng.randrange(1, 8)) + digits(rng, 7)
        n = body + luhn_digit(body)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    raise ValueError(f"unknown id kind {kind}")


ID_KINDS = ["us_passport", "uk_passport", "de_id", "us_dl", "uk_dl", "nino", "nhs", "aadhaar", "dni", "cpf", "mrn", "sin"]


def make_id_gen(kind: str | None):  # type: ignore[no-untyped-def]
    def gen(ctx: Ctx) -> Attrs:
        k = kind or ctx.rng.choice(ID_KINDS)
        return {"v": one(ctx.unique(lambda: _id_value(ctx, k)), "ID_NUMBER")}

    return gen
