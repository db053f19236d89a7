import pytest

from privacy.recognizers.entropy_secret_recognizer import EntropySecretRecognizer, looks_random
from tests.privacy.conftest import spans_of

R = EntropySecretRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("SESSION_SIGNING=Jk3vP9qLm2Xw8RtY5nBz\nPORT=3000", ["Jk3vP9qLm2Xw8RtY5nBz"]),
    ('{"webhook_signing": "T9xq4Lm2Zr8Vb6Nk3Wy1Pd7", "retries": 3}', ["T9xq4Lm2Zr8Vb6Nk3Wy1Pd7"]),
    ("api:\n  client_cred: 8fKq2Lx9Vm3Zt7Rb1Nw4Yp6", ["8fKq2Lx9Vm3Zt7Rb1Nw4Yp6"]),
    ("Server=sql01;Uid=svc;Pwd2=Zx9vLq2Rp7wK;", ["Zx9vLq2Rp7wK"]),
    ("they gave me Qm8rT2vLx9Kp4Wz7Nb3Yc6Hd but curl says 401", ["Qm8rT2vLx9Kp4Wz7Nb3Yc6Hd"]),
])
def test_when_random_value_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "PORT=8080\nNODE_ENV=production\nLOG_LEVEL=debug",
    "sha = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    'uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
    "pullPolicy: IfNotPresent and image: nginx:1.25.3",
    "call getUserAccountSettingsById before rendering",
    "build: release-2024-03-12-candidate",
    "url=https://example.com/Docs/v2/Guide",
])
def test_when_value_is_not_random_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_looks_random_needs_mixed_classes_and_entropy():
    assert looks_random("Qm8rT2vLx9Kp4Wz7", 3.3)
    assert not looks_random("aaaaAAAA1111aaaa", 3.3)
    assert not looks_random("deadbeefcafebabe1234", 3.3)
