"""ID_NUMBER: national numbers whose fixed layout and check digits identify them without a cue word."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from privacy.recognizers.base import ProjectPatternRecognizer

_CS = regex.MULTILINE | regex.DOTALL | regex.UNICODE


def _fr_nir_ok(value: str) -> bool:
    # Corsican departments 2A / 2B count as 19 / 18 in the key computation.
    compact = value.replace(" ", "").upper().replace("2A", "19", 1).replace("2B", "18", 1)
    return compact.isdigit() and len(compact) == 15 and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _ch_ahv_ok(value: str) -> bool:
    d = value.replace(".", "")
    return len(d) == 13 and (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12])) % 10) % 10 == int(d[12])


def _br_cpf_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for k in (9, 10):
        s = sum(v * (k + 1 - i) for i, v in enumerate(d[:k]))
        if (0 if s % 11 < 2 else 11 - s % 11) != d[k]:
            return False
    return True


def _be_nn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    # Born before 2000: 97 - (first nine mod 97); from 2000 on, a 2 is prefixed first.
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def _se_pnr_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())[-10:]
    month, day = int(d[2:4]), int(d[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31 + 60):  # coordination numbers add 60 to the day
        return False
    total = 0
    for i, c in enumerate(d):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def _be_nn_compact_ok(value: str) -> bool:
    # Unformatted, the check digits need a plausible birth date too (month + 20 or + 40 for bis numbers).
    month, day = int(value[2:4]) % 20, int(value[4:6])
    return _be_nn_ok(value) and (month <= 12 and day <= 31)


def _tr_tckn_ok(value: str) -> bool:
    d = [int(c) for c in value]
    return (len(d) == 11 and d[0] != 0 and (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def _ro_cnp_ok(value: str) -> bool:
    d = [int(c) for c in value]
    check = sum(a * int(w) for a, w in zip(d[:12], "279146358279")) % 11
    return len(d) == 13 and d[0] != 0 and 1 <= int(value[3:5]) <= 12 and 1 <= int(value[5:7]) <= 31 \
        and (1 if check == 10 else check) == d[12]


def _kr_rrn_ok(value: str) -> bool:
    d = [int(c) for c in value if c.isdigit()]
    check = (11 - sum(a * w for a, w in zip(d[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
    return len(d) == 13 and 1 <= int(value[2:4]) <= 12 and 1 <= int(value[4:6]) <= 31 and check == d[12]


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _cn_rid_ok(value: str) -> bool:
    """Chinese resident id: 6-digit region, birth date YYYYMMDD, 3-digit order, ISO 7064 check."""
    v = value.upper()
    year, month, day = int(v[6:10]), int(v[10:12]), int(v[12:14])
    if not (1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], _CN_WEIGHTS)) % 11] == v[17]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _es_dni_nie_ok(value: str) -> bool:
    compact = regex.sub(r"[- ]", "", value.upper())
    number = "XYZ".index(compact[0]).__str__() + compact[1:-1] if compact[0] in "XYZ" else compact[:-1]
    return number.isdigit() and _DNI_LETTERS[int(number) % 23] == compact[-1]


_CHECKS = {
    "spanish dni or nie": _es_dni_nie_ok,
    "french social security number": _fr_nir_ok,
    "swiss ahv number": _ch_ahv_ok,
    "brazilian cpf": _br_cpf_ok,
    "belgian national number": _be_nn_ok,
    "swedish personal number": _se_pnr_ok,
    "belgian national number unformatted": _be_nn_compact_ok,
    "turkish identity number": _tr_tckn_ok,
    "chinese resident id": _cn_rid_ok,
    "romanian personal numeric code": _ro_cnp_ok,
    "korean resident registration number": _kr_rrn_ok,
}


class NationalIdRecognizer(ProjectPatternRecognizer):
    """Spanish DNI/NIE, French NIR, Swiss AHV, Brazilian CPF, Belgian national number, Swedish personnummer,
    Turkish T.C. kimlik numarası, Chinese resident identity number, Romanian CNP, Korean resident
    registration number.

    Each has a layout no other common number shares and a check digit, so a match whose check
    passes is an id wherever it appears ("I've put 756.1234.5678.97 in the box"); one that fails
    is dropped. Shorter or unformatted ids with weak checks (BSN, PESEL) need the cue words of
    :class:`IdNumberRecognizer`.
    """

    ENTITY: ClassVar[str] = "ID_NUMBER"
    FLAGS: ClassVar[int] = _CS
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("french social security number",
                r"(?<![\d.-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?![\d.-])", 0.0),
        Pattern("spanish dni or nie", r"(?<![\w-])(?:[XYZxyz][- ]?\d{7}|\d{8})[- ]?[A-Za-z](?![\w-])", 0.0),
        Pattern("swiss ahv number", r"(?<![\d.])756\.?\d{4}\.?\d{4}\.?\d{2}(?![\d.])", 0.0),
        Pattern("brazilian cpf", r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d.-])", 0.0),
        Pattern("belgian national number", r"(?<![\d.])\d{2}\.\d{2}\.\d{2}[-. ]\d{3}\.\d{2}(?![\d.])", 0.0),
        Pattern("swedish personal number", r"(?<![\d-])(?:19|20)?\d{6}[-+]\d{4}(?![\d-])", 0.0),
        Pattern("belgian national number unformatted", r"(?<![\d.,])\d{11}(?!\d|[.,]\d)", 0.0),
        Pattern("turkish identity number", r"(?<![\d.,])[1-9]\d{10}(?!\d|[.,]\d)", 0.0),
        Pattern("chinese resident id", r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", 0.0),
        Pattern("romanian personal numeric code", r"(?<![\d.,])[1-8]\d{12}(?!\d|[.,]\d)", 0.0),
        Pattern("korean resident registration number", r"(?<![\d-])\d{6}-[1-8]\d{6}(?![\d-])", 0.0),
    ]

    def score_match(self, pattern: Pattern, value: str) -> float | None:
        return 0.9 if _CHECKS[pattern.name](value) else None
