"""Credentials in pastes and prose: env lists, CLI flags, "use X as the password",
"the key is X", provider formats; and masks, code expressions and integrity digests left alone."""

import pytest

from privacy.recognizers.entropy_secret_recognizer import EntropySecretRecognizer
from tests.privacy.conftest import SecretFamilies, spans_of

R = SecretFamilies()


@pytest.mark.parametrize("text, value", [
    ("  - name: SENTRY_AUTH_TOKEN\n    value: \"q8f3kd9a2m\"\n  - name: LOG_LEVEL", "q8f3kd9a2m"),
    ("redis-cli -h cache.internal -a Wombat2KEY ping", "Wombat2KEY"),
    ("use quokkabread88 as the password for the drive", "quokkabread88"),
    ("the wifi is BT-1 and the key is Tapir%19x", "Tapir%19x"),
    ("Your file sets `POSTGRES_PASSWORD` to `Zqxwvutsrp` in plain text", "Zqxwvutsrp"),
    ("bot token 1234567890:AAH3kd8s9d8f7g6h5j4k3l2m1n0b9v8c7x6 fails", "1234567890:AAH3kd8s9d8f7g6h5j4k3l2m1n0b9v8c7x6"),
    ("MG=key-0123456789abcdef0123456789abcdef", "key-0123456789abcdef0123456789abcdef"),
])
def test_when_a_credential_is_pasted_or_written_then_its_value_is_found(text, value):
    assert value in spans_of(R, text)


@pytest.mark.parametrize("text", [
    "the log prints token=**** and password=******** so it's masked",
    "password: <password>\nusername: <username>",
    "api_key = os.getenv(\"STRIPE_API_KEY\")\nsecret = config[\"jwt_secret\"]",
    "the key is important, use it as the base",
])
def test_when_the_value_is_a_mask_placeholder_or_code_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_integrity_digest_is_not_a_secret():
    digest = "sha512-" + "Qm9vZ0xhc3RvbkZyb2cydGVzdDN4eVpRbWthS2dIeGRsbzl1cW5zWkxQN3FXZXJ0eTEyMzQ1Njc4OUFCQw=="
    assert spans_of(EntropySecretRecognizer(), f"\"integrity\": \"{digest}\"") == []
