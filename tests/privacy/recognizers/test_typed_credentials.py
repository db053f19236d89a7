"""Credentials as people type them: "user/pass is a / x", "login a pass x", a PIN right
after the word, wifi passwords, passphrases and seed phrases, backup-code lists, ``htpasswd -b``,
copulas of other languages, dotted bot tokens; and placeholders and published example keys left
alone."""

import pytest

from tests.privacy.conftest import SecretFamilies, spans_of

R = SecretFamilies()


@pytest.mark.parametrize("text, value", [
    ("user/pass is kofi / Ocelot^77 but the router rejects it", "Ocelot^77"),
    ("username / password: ops / plinth42x", "plinth42x"),
    ("login deploy pass Armadillo&4 worked yesterday", "Armadillo&4"),
    ("user ops password: wxyz9081 then ssh", "wxyz9081"),
    ("phone pin 730518 stopped working", "730518"),
    ("my PIN number 2907, is it weak?", "2907"),
    ("wifi is Birchwood2022! btw", "Birchwood2022!"),
    ("das WLAN-Passwort lautet Ahornweg2019?", "Ahornweg2019?"),
    ("htpasswd -b -c /etc/nginx/.htpasswd admin Marmot55q\nstill 401", "Marmot55q"),
    ("htpasswd -cb .htpasswd jo s3cretive", "s3cretive"),
])
def test_when_a_typed_credential_then_the_value_is_found(text, value):
    assert value in spans_of(R, text)


@pytest.mark.parametrize("text, phrase", [
    ("the passphrase is lemur quartz bagel anvil, long enough?", "lemur quartz bagel anvil"),
    ("seed phrase: oyster fabric ramp tonic ladder ivory gospel hammer nylon orchid vapor wedge. all 12?",
     "oyster fabric ramp tonic ladder ivory gospel hammer nylon orchid vapor wedge"),
    ("my passphrase was Lemur Quartz Bagel and it fails", "Lemur Quartz Bagel"),
])
def test_when_a_passphrase_then_the_whole_phrase_up_to_a_function_word_is_one_span(text, phrase):
    assert phrase in spans_of(R, text)


def test_when_a_list_of_backup_codes_then_the_whole_list_is_one_span():
    assert "q7vd-2kfm, 88zt-pw3c, 1m4x-ry6a" in spans_of(R, "my recovery codes are q7vd-2kfm, 88zt-pw3c, 1m4x-ry6a — ok?")
    assert "40917733 58210064" in spans_of(R, "2fa backup codes: 40917733 58210064. expire?")


def test_when_a_dotted_bot_token_then_it_is_found_and_a_dotted_name_is_not():
    token = "NzkyNTY2OTg0MjE5NDE0NTI4.X-hvzA.Ovy4MCQywSkoMRRclStW4xAYK7I"
    assert spans_of(R, f"client.login('{token}') says improper token") == [token]
    assert spans_of(R, "import org.apache.commons.configuration2.builder.fluent") == []


@pytest.mark.parametrize("text", [
    "the passphrase is too short for the app",
    "how long should a wifi password be?",
    "wifi is down again",
    "aws docs use AKIAIOSFODNN7EXAMPLE as the example access key id",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "api_key: your-api-key-here",
    "X-Api-Key: xxxx-xxxx-xxxx",
    "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
    "login with admin / changeme and change the default password",
    "recovery codes are stored offline",
    "pin 13 on the board",
])
def test_when_a_placeholder_example_or_cue_alone_then_nothing_is_found(text):
    assert spans_of(R, text) == []
