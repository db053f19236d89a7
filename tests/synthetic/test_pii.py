"""Planted PII values are valid (checksums) and found by Presidio's own pattern recognizers."""

from __future__ import annotations

import hashlib
import random

import phonenumbers
import pytest
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

from synthetic.pii import PiiFactory, iban_valid, luhn_check_digit, luhn_valid
from synthetic.pii_phrases import CANARY_KINDS, KINDS, plant

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@pytest.mark.parametrize(("payload", "digit"), [("7992739871", "3"), ("411111111111111", "1"), ("37828224631000", "5")])
def test_luhn_check_digit_matches_known_numbers(payload, digit):
    assert luhn_check_digit(payload) == digit


@pytest.mark.parametrize(("iban", "valid"), [("GB82 WEST 1234 5698 7654 32", True), ("DE89370400440532013000", True),
                                             ("GB82 WEST 1234 5698 7654 33", False)])
def test_iban_check_matches_published_examples(iban, valid):
    assert iban_valid(iban) is valid


def _b58decode(text: str) -> bytes:
    n = 0
    for ch in text:
        n = n * 58 + _B58.index(ch)
    pad = len(text) - len(text.lstrip("1"))
    return b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")


def test_generated_values_pass_their_checksums_and_formats():
    f = PiiFactory(random.Random(5))
    for _ in range(300):
        assert luhn_valid(f.credit_card())
        assert iban_valid(f.iban())
        raw = _b58decode(f.crypto())
        assert hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
        dea = f.medical_license()
        d = [int(c) for c in dea[2:]]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
        assert phonenumbers.is_valid_number(phonenumbers.parse(f.phone(), "US"))
        ssn = f.ssn().replace("-", "").replace(" ", "")
        assert ssn[:3] not in ("000", "666") and ssn[0] != "9" and ssn[3:5] != "00" and ssn[5:] != "0000"


def test_values_are_unique_within_one_factory():
    f = PiiFactory(random.Random(9))
    values = [f.ssn() for _ in range(2000)] + [f.email() for _ in range(2000)] + [f.api_key() for _ in range(500)]
    assert len(values) == len(set(values))


RECOGNIZERS = {
    "CREDIT_CARD": CreditCardRecognizer, "IBAN_CODE": IbanRecognizer, "US_SSN": UsSsnRecognizer, "EMAIL_ADDRESS": EmailRecognizer,
    "IP_ADDRESS": IpRecognizer, "CRYPTO": CryptoRecognizer, "MEDICAL_LICENSE": MedicalLicenseRecognizer, "PHONE_NUMBER": PhoneRecognizer,
    "US_DRIVER_LICENSE": UsLicenseRecognizer, "US_PASSPORT": UsPassportRecognizer,
}


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in ("url_password",)])
def test_presidio_pattern_recognizers_find_the_exact_planted_value(kind):
    rng = random.Random(kind)  # a str seed is hashed with SHA-512 by random, not hash(): stable
    factory = PiiFactory(rng)
    for _ in range(40):
        planted = plant(rng, factory, kind)
        for entity, value in planted.entries:
            if entity not in RECOGNIZERS:
                continue
            results = RECOGNIZERS[entity]().analyze(planted.text, [entity], None)
            spans = {planted.text[r.start:r.end] for r in results}
            assert value in spans, (entity, kind)


def test_canary_kinds_are_all_pattern_detectable_and_unique():
    rng = random.Random(3)
    factory = PiiFactory(rng)
    canaries = [plant(rng, factory, CANARY_KINDS[i % len(CANARY_KINDS)], canary=True).canary for i in range(400)]
    assert len(set(canaries)) == 400
    assert all(c and len(c) >= 7 for c in canaries)
