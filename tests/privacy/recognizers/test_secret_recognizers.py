"""The SECRET recognizers of every credential family together: provider keys, cue-word values,
PINs and logins found; cues, placeholders and masks alone left; every pattern row well formed."""

import pytest

from privacy.recognizers.secret_shapes import char_classes, shannon_bits_per_char
from tests.privacy.conftest import SecretFamilies, spans_of

R = SecretFamilies()


@pytest.mark.parametrize("text, expected", [
    ("aws_access_key_id = AKIAEOULPLPMGXJTTPSF", ["AKIAEOULPLPMGXJTTPSF"]),
    ("token ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY - 403", ["ghp_yVVVTnQ4pnEf4sysVHIGSWZoow2STPTSbMpY"]),
    ("key sk-ant-api03-3hlnTdWp3PyYqvX8IT1Ex8iw98smp_yMUy is exposed", ["sk-ant-api03-3hlnTdWp3PyYqvX8IT1Ex8iw98smp_yMUy"]),
    ("stripe.api_key = 'rk_live_JBBNvCvWp83K71wmTFOE6zzI'", ["rk_live_JBBNvCvWp83K71wmTFOE6zzI"]),
    ("SLACK=xoxb-1234567890-abcdefghij", ["xoxb-1234567890-abcdefghij"]),
    ("maps key AIzaSyA1234567890abcdefghijklmnopqrstuv", ["AIzaSyA1234567890abcdefghijklmnopqrstuv"]),
    ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijk", ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijk"]),
    ("login: bob password: ^*gSGNC8QV5q9SJK why", ["^*gSGNC8QV5q9SJK"]),
    ("pw for the shared netflix is p0rcupin394 lol", ["p0rcupin394"]),
    ("DB_URL=mysql://reporting:w@ffl3s1@pg-main.example.com:3306/shop", ["w@ffl3s1"]),
    ("redis://:Lighthouse-Waffles-38@localhost:6379/0", ["Lighthouse-Waffles-38"]),
    ('SECRET_KEY = "sunfl0w3r2"', ["sunfl0w3r2"]),
])
def test_when_credential_present_then_only_the_value_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "my password is wrong and I cannot log in",
    "the token expired yesterday",
    "API_KEY=<SECRET_1>",
    "api_key = os.environ['API_KEY']",
    "sk-short",
    "PORT=5000 NODE_ENV=production",
])
def test_when_only_a_cue_or_placeholder_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_when_private_key_block_then_whole_block_is_one_span():
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nabc\n-----END RSA PRIVATE KEY-----"
    assert spans_of(R, f"here:\n{block}\nthanks") == [block]


def test_when_measuring_strings_then_entropy_and_classes_are_as_defined():
    assert shannon_bits_per_char("aaaa") == 0.0
    assert shannon_bits_per_char("ab") == 1.0
    assert char_classes("aB3!") == 4


@pytest.mark.parametrize("text, expected", [
    ("the passcode for the gate is 4729", ["4729"]),
    ("wifi pin: 839201", ["839201"]),
    ("my bank pin is 0612, is that secure", ["0612"]),
    ("login is marco / Tr1ckyPass!", ["Tr1ckyPass!"]),
    ("locker combo is 17-32-08", ["17-32-08"]),
    ("my new password will be Bluebird!Hill42", ["Bluebird!Hill42"]),
])
def test_when_pin_or_login_pair_then_the_secret_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", ["my pin code area is rural", "the door code changed in 2024 I think", "pin 2 is ground"])
def test_when_pin_word_without_a_code_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_each_secret_pattern_has_one_name_a_lower_case_gate_and_a_check():
    from privacy.recognizers import SECRET_RECOGNIZERS
    from privacy.recognizers.secret_base import SecretPatternRecognizer

    rows = [p for cls in SECRET_RECOGNIZERS if issubclass(cls, SecretPatternRecognizer) for p in cls.SECRET_PATTERNS]
    names = [p.pattern.name for p in rows]
    assert len(names) == len(set(names)) and len(names) >= 80
    assert "aws access key id" in names  # the key-format table was loaded
    for p in rows:
        assert p.gate is None or all(g == g.lower() for g in p.gate), p.pattern.name
        assert callable(p.check)
