"""Generators of realistic PII values, each one checksum-valid where its kind has a checksum.

Every value drawn from one :class:`PiiFactory` is unique within the corpus (numbers are random),
so a planted value identifies the one record it was planted in: what the canary audit needs.
"""

from __future__ import annotations

import hashlib
import random
import string

from synthetic import names

_ALNUM = string.ascii_letters + string.digits
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_US_AREA_CODES = (
    "201", "202", "206", "212", "213", "214", "215", "303", "305", "312", "313", "404", "415", "503",
    "510", "512", "602", "617", "702", "713", "718", "720", "801", "808", "917", "919", "971",
)
# UK mobile prefixes whose every number is valid in libphonenumber's metadata (7700 is a drama range).
_UK_MOBILE_PREFIXES = ("7213", "7894", "7317", "7502", "7434", "7222", "7112", "7539", "7190", "7854", "7825", "7820",
                       "7474", "7819", "7757", "7133", "7461", "7302", "7795", "7955", "7545", "7790", "7864", "7380")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
# IBAN basic bank account number layouts: country -> (length, "n" digit | "a" letter | "c" alnum)
_IBAN_BBAN = {"DE": "n" * 18, "GB": "aaaa" + "n" * 14, "NL": "aaaa" + "n" * 10, "ES": "n" * 20,
              "FR": "n" * 10 + "c" * 11 + "nn", "IT": "a" + "n" * 10 + "c" * 12, "BE": "n" * 12}


def luhn_check_digit(payload: str) -> str:
    """The Luhn digit that makes ``payload + digit`` valid."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the check digit's left neighbour
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """Whether the digits of ``number`` pass the Luhn check."""
    digits = [c for c in number if c.isdigit()]
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def iban_valid(iban: str) -> bool:
    """Whether ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


class PiiFactory:
    """Draws unique PII values of every kind from one random source."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make) -> str:
        for _ in range(1000):
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value
        raise RuntimeError("could not draw a unique PII value")  # astronomically unlikely

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def _token(self, n: int, alphabet: str = _ALNUM) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # --- identity -------------------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        """A (first, surname) pair; names repeat across the corpus, as real names do."""
        return names.person(self.rng)

    def email(self, first: str | None = None, last: str | None = None) -> str:
        def make() -> str:
            f, l_ = (first, last) if first and last else names.person(self.rng)
            f, l_ = _ascii(f), _ascii(l_)
            local = self.rng.choice((f"{f}.{l_}", f"{f[0]}{l_}", f"{f}_{l_}", f"{f}{l_[0]}", f"{l_}.{f}"))
            return f"{local}{self._digits(self.rng.randint(2, 4))}@{self.rng.choice(names.EMAIL_DOMAINS)}"
        return self._unique(make)

    def phone(self) -> str:
        def make() -> str:
            r = self.rng.random()
            if r < 0.6:
                area = self.rng.choice(_US_AREA_CODES)
                exch = str(self.rng.randint(2, 9)) + self._digits(2)
                while exch[1:] == "11" or exch == "555":
                    exch = str(self.rng.randint(2, 9)) + self._digits(2)
                sub = self._digits(4)
                return self.rng.choice((f"({area}) {exch}-{sub}", f"{area}-{exch}-{sub}",
                                        f"{area}.{exch}.{sub}", f"+1 {area} {exch} {sub}"))
            if r < 0.75:
                return f"+44 {self.rng.choice(_UK_MOBILE_PREFIXES)} {self._digits(6)}"
            if r < 0.85:
                return f"+49 30 {self._digits(4)} {self._digits(4)}"
            if r < 0.93:
                return f"+91 9{self._digits(4)} {self._digits(5)}"
            return f"+55 11 9{self._digits(4)}-{self._digits(4)}"
        return self._unique(make)

    def ssn(self) -> str:
        def make() -> str:
            area = self.rng.choice([a for a in range(1, 900) if a != 666])
            group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
            sep = "-" if self.rng.random() < 0.85 else " "
            return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        return self._unique(make)

    def credit_card(self) -> str:
        def make() -> str:
            brand = self.rng.choice(("visa", "visa", "mc", "amex", "discover"))
            prefix, length = {"visa": ("4", 16), "mc": (f"5{self.rng.randint(1, 5)}", 16),
                              "amex": (self.rng.choice(("34", "37")), 15), "discover": ("6011", 16)}[brand]
            body = prefix + self._digits(length - len(prefix) - 1)
            number = body + luhn_check_digit(body)
            style = self.rng.random()
            if style < 0.3:
                return number
            sep = " " if style < 0.75 else "-"
            groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
            parts, i = [], 0
            for g in groups:
                parts.append(number[i:i + g])
                i += g
            return sep.join(parts)
        return self._unique(make)

    def iban(self) -> str:
        def make() -> str:
            country = self.rng.choice(sorted(_IBAN_BBAN))
            bban = "".join(self.rng.choice({"n": string.digits, "a": string.ascii_uppercase,
                                             "c": string.digits + string.ascii_uppercase}[k])
                           for k in _IBAN_BBAN[country])
            numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
            iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
            if self.rng.random() < 0.5:
                return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
            return iban
        return self._unique(make)

    def ip(self) -> str:
        def make() -> str:
            if self.rng.random() < 0.12:
                return "2a02:" + ":".join(f"{self.rng.randrange(1, 0xFFFF):x}" for _ in range(7))
            if self.rng.random() < 0.2:
                return f"192.168.{self.rng.randint(0, 254)}.{self.rng.randint(2, 254)}"
            first = self.rng.choice([o for o in range(11, 224) if o not in (127, 169, 172, 192)])
            return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        return self._unique(make)

    def url(self, first: str | None = None, last: str | None = None) -> str:
        def make() -> str:
            w1, w2 = self.rng.sample(names.WEB_WORDS, 2)
            host = f"www.{w1}{w2}.{self.rng.choice(names.WEB_TLDS)}"
            path = self.rng.choice((
                f"/orders/{self._digits(7)}", f"/u/{_ascii(first or w1).lower()}{self._digits(3)}",
                f"/profile?id={self._digits(8)}", f"/share/{self._token(10)}",
                f"/in/{_ascii(first or w1).lower()}-{_ascii(last or w2).lower()}-{self._token(6).lower()}",
                f"/invoices/INV-{self._digits(6)}.pdf"))
            return f"https://{host}{path}"
        return self._unique(make)

    def birthday(self) -> str:
        year, month, day = self.rng.randint(1948, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice((f"{_MONTHS[month - 1]} {day}, {year}", f"{day} {_MONTHS[month - 1]} {year}",
                                f"{month:02d}/{day:02d}/{year}", f"{year}-{month:02d}-{day:02d}"))

    def address(self) -> str:
        def make() -> str:
            if self.rng.random() < 0.75:
                city, state = self.rng.choice(names.US_CITIES)
                street = f"{self.rng.choice(names.STREETS)} {self.rng.choice(names.STREET_SUFFIXES)}"
                unit = self.rng.choice(("", "", f", Apt {self.rng.randint(1, 40)}{self.rng.choice('ABCD')}"))
                return f"{self.rng.randint(10, 9899)} {street}{unit}, {city}, {state} {self._digits(5)}"
            return self.rng.choice(names.EUROPEAN_STREETS).format(n=self.rng.randint(1, 180))
        return self._unique(make)

    def city(self) -> str:
        return self.rng.choice(names.CITIES)

    def nrp(self) -> str:
        return self.rng.choice(names.NRP)

    # --- documents and accounts -----------------------------------------------------------------
    def driver_license(self) -> str:
        return self._unique(lambda: self.rng.choice(string.ascii_uppercase) + self._digits(7))

    def passport(self) -> str:
        return self._unique(lambda: self._digits(9) if self.rng.random() < 0.6
                            else self.rng.choice(string.ascii_uppercase) + self._digits(8))

    def bank_account(self) -> str:
        return self._unique(lambda: str(self.rng.randint(1, 9)) + self._digits(self.rng.randint(9, 13)))

    def medical_license(self, surname: str | None = None) -> str:
        """A DEA registration number: two letters, six digits and its check digit."""
        def make() -> str:
            second = _ascii(surname or self.rng.choice(string.ascii_uppercase))[0].upper()
            d = [self.rng.randint(0, 9) for _ in range(6)]
            check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
            return self.rng.choice("ABFGM") + second + "".join(map(str, d)) + str(check)
        return self._unique(make)

    def crypto(self) -> str:
        """A Base58Check bitcoin address (P2PKH or P2SH) with a valid checksum."""
        def make() -> str:
            payload = bytes([self.rng.choice((0x00, 0x05))]) + bytes(self.rng.randrange(256) for _ in range(20))
            check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
            return _b58encode(payload + check)
        return self._unique(make)

    # --- secrets --------------------------------------------------------------------------------
    def api_key(self) -> str:
        """A credential in a well-known format (OpenAI, GitHub, AWS, Slack, Stripe, Google)."""
        def make() -> str:
            kind = self.rng.randrange(7)
            if kind == 0:
                return "sk-" + self._token(48)
            if kind == 1:
                return "sk-proj-" + self._token(56)
            if kind == 2:
                return "ghp_" + self._token(36)
            if kind == 3:
                return "AKIA" + self._token(16, string.ascii_uppercase + "234567")
            if kind == 4:
                return f"xoxb-{self._digits(11)}-{self._digits(13)}-{self._token(24)}"
            if kind == 5:
                return "sk_live_" + self._token(24)
            return "AIza" + self._token(35, _ALNUM + "_-")
        return self._unique(make)

    def password(self) -> str:
        def make() -> str:
            word = self.rng.choice(("Sunflower", "Tiger", "Rocket", "Mango", "Falcon", "Winter", "Blue", "Pepper"))
            return f"{word}{self._token(3, string.digits)}{self.rng.choice('!*_-.~')}{self._token(4)}"
        return self._unique(make)

    def credential_url(self, password: str) -> str:
        user = self.rng.choice(("admin", "deploy", "root", "svc_backup", "postgres", "ci-bot", "jenkins"))
        host = f"{self.rng.choice(names.WEB_WORDS)}{self.rng.randint(1, 99)}.{self.rng.choice(('internal', 'corp', 'prod'))}.example.com"
        scheme, path = self.rng.choice((("https", "/api/v1"), ("postgres", ":5432/app"), ("ftp", "/exports"),
                                        ("mysql", ":3306/shop"), ("redis", ":6379/0")))
        return f"{scheme}://{user}:{password}@{host}{path}"


def _ascii(text: str) -> str:
    """Plain ASCII letters of a name, for e-mail addresses and URL paths."""
    table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿłśźżğışęćő", "aaaaaaceeeeiiiinoooooouuuuyylszzgiseco")
    return "".join(c for c in text.lower().translate(table) if c.isascii() and c.isalpha()) or "user"
