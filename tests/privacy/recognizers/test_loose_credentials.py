"""SECRET: credentials written loosely (command-line options, .netrc, prose, quoted tokens, key-safe codes)."""

import pytest

from privacy.recognizers.secret_shapes import password_shaped
from tests.privacy.conftest import SecretFamilies, spans_of

R = SecretFamilies()


@pytest.mark.parametrize("text, expected", [
    ("mysql -u admin -pQuokka77! -h db.lan", ["Quokka77!"]),
    ("docker login -u ci -p grapefruit42 ghcr.io", ["grapefruit42"]),
    ("sshpass -p 'Tr1ckyPass' ssh me@box", ["Tr1ckyPass"]),
    ("wget --password=lemoncurd88 http://x.lan/a", ["lemoncurd88"]),
    ("machine ftp.lan login joe password marzipan12", ["marzipan12"]),
    ("curl -u joe:Fennel$44 https://api.lan", ["Fennel$44"]),
    ("export MAIL_PASSWORD=walnutbread\nexport MAIL_HOST=x", ["walnutbread"]),
    ("the wifi password's plumtree9 btw", ["plumtree9"]),
    ("das Passwort ist Kastanie2020", ["Kastanie2020"]),
    ("пароль: Sneg2024zima", ["Sneg2024zima"]),
    ("the code for the key safe is 4417, thanks", ["4417"]),
    ("Delete `Rhubarb*31` from the repo history.", ["Rhubarb*31"]),
])
def test_when_credential_written_loosely_then_its_value_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    'password = os.environ["DB_PASSWORD"]',
    "Use `docker login --password-stdin` instead.",
    "mysql -u root -p -h 127.0.0.1 prompts every time",
    "export DB_PASSWORD=$DB_PASSWORD_FROM_VAULT",
    "ssh -p 2222 me@host",
    "the password is wrong again",
    "pin the version to `v2.4.1`",
])
def test_when_no_credential_then_nothing_is_found(text):
    assert spans_of(R, text) == []


@pytest.mark.parametrize("value, shaped", [
    ("Zeppelin*52", True), ("tB3GauerBmJv", True), ("zepp8512!", True),
    ("password", False), ("v2.4.1", False), ("user_id", False), ("WH-1000XM5", False), ("--verbose", False),
    ("deadbeef1234", False),
])
def test_password_shaped(value, shaped):
    assert password_shaped(value) is shaped
