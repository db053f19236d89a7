"""Check digits and issuing rules of structured identifiers, shared by the recognizers and the output audit."""

from __future__ import annotations


def luhn_ok(number: str) -> bool:
    """True if the digits of ``number`` pass the Luhn checksum (cards, Canadian SINs)."""
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return bool(digits) and total % 10 == 0


def iban_ok(value: str) -> bool:
    """True if ``value`` (any case, spaces allowed) is an IBAN of plausible length passing mod 97."""
    compact = "".join(value.split()).upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact.isalnum() or not compact.isascii():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(value: str) -> bool:
    """True if the nine digits of ``value`` could be an issued US SSN (area not 000, 666 or 9xx;
    group and serial not zero)."""
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
