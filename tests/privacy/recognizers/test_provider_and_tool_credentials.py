"""Providers' key formats, credentials on the command lines of common tools, in
config lines with no key word (.pgpass, Wi-Fi QR payloads, PuTTY key files, Basic auth headers),
lower-case random tokens, and password-shaped words in sentences about logging in. Values are
random text in each provider's published shape."""

import pytest

from privacy.recognizers.entropy_secret_recognizer import EntropySecretRecognizer
from privacy.recognizers.secret_shapes import letter_digit_switches
from tests.privacy.conftest import SecretFamilies, spans_of

S = SecretFamilies()
E = EntropySecretRecognizer()


@pytest.mark.parametrize("value", [
    "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",
    "rubygems_" + "3c" * 24,
    "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" + "QPZRY9X8GF2TVDW0S3JN54KHCE",
    "sk.eyJ1IjoibWFwdXNlciIsImEiOiJja3Z4In0.Zm9vYmFyYmF6cXV4",
    "k2v9x7q1m3z8t4.atlasv1.Qm8rT2vLx9Kp4Wz7Nb3Yc6HdQm8rT2vLx9Kp4Wz7Nb3Yc6Hd",
    "8f14e45fceea167a5a36dedd4bea2543-us21",
    "NRAK-G60G30EO0B8SG6UXE3YGKPH8GF8",
    "W3o8Q~n4DrFvl5G7u9nMGTgpAdR9~KQhKr1L1",
])
def test_when_a_provider_key_is_pasted_without_a_cue_then_it_is_found(value):
    assert spans_of(S, f"this fails with {value} any idea") == [value]


@pytest.mark.parametrize("text, value", [
    ("sqlcmd -S db01 -U sa -P Kz81mqPw -Q 'select 1'", "Kz81mqPw"),
    ("mongosh mongodb://db:27017 -u app -p tr33house --authenticationDatabase admin", "tr33house"),
    ("ldapsearch -x -D cn=admin,dc=corp -w ldapPw77x -b dc=corp", "ldapPw77x"),
    ("keytool -importcert -keystore ks.jks -storepass keyst0re9 -alias ca", "keyst0re9"),
    ("7z a backup.7z docs -pzipz1pp3r", "zipz1pp3r"),
    ("zip -r -P Lemon8tree out.zip folder", "Lemon8tree"),
    ("mosquitto_pub -h broker -u dev -P mq77pass -t a -m b", "mq77pass"),
    ("smbclient //nas/share -U alice%plum7tree", "plum7tree"),
    ("net use \\\\fs01\\share /user:CORP\\bob Winter2024!", "Winter2024!"),
    ("xfreerdp /v:10.0.0.4 /u:admin /p:qx88Lmvz", "qx88Lmvz"),
])
def test_when_a_tool_takes_a_password_on_its_command_line_then_the_value_is_found(text, value):
    assert value in spans_of(S, text)


@pytest.mark.parametrize("text, value", [
    ("WIFI:S:Homenet;T:WPA;P:Gx7pq!wzA;;", "Gx7pq!wzA"),
    ("my .pgpass file has\ndb.internal:5432:sales:report:tr0mb0ne44\n", "tr0mb0ne44"),
    ("Authorization: Basic Ym9iOlN1bmZsb3dlcjg4", "Ym9iOlN1bmZsb3dlcjg4"),
    ("PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nAAAAIBd8yQ2kLmZpRt5vWx9nHc3Fq7s\nPrivate-MAC: ab",
     "AAAAIBd8yQ2kLmZpRt5vWx9nHc3Fq7s"),
    ("its Bluebird1987 for the router", "Bluebird1987"),
    ("account got locked after I entered Zebra#9911 three times", "Zebra#9911"),
])
def test_when_a_credential_sits_in_a_config_line_or_login_sentence_then_the_value_is_found(text, value):
    assert value in spans_of(S, text)


@pytest.mark.parametrize("text", [
    "the new wifi is called BTHub-77Ab and the signal is weak",
    "Windows11Pro account setup fails on the second screen",
    "I can't log in since the update to version 14.2.1",
    "router shows 192.168.0.1 as the gateway",
    "psql -h localhost -p 5432 -U app",
])
def test_when_a_login_sentence_holds_no_credential_then_nothing_is_found(text):
    assert spans_of(S, text) == []


def test_when_a_lower_case_random_token_then_it_is_found_and_generated_names_are_not():
    assert spans_of(E, "use this invite code ufh2rxvhyz2qij83wrll0azuqm for the beta") == ["ufh2rxvhyz2qij83wrll0azuqm"]
    assert spans_of(E, "pod payments-api-deployment-7f9c8d6b5-x2k4p restarted") == []
    assert spans_of(E, "artifact release2024candidate-final-build is ready") == []
    assert letter_digit_switches("ab12c") == 2
