import pytest

from privacy.recognizers.username_recognizer import UsernameRecognizer
from tests.privacy.conftest import spans_of

R = UsernameRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("follow me @jane_doe88 for updates", ["jane_doe88"]),
    ("my username is degaard2000 and I'm locked out", ["degaard2000"]),
    ("login: eiliember password: x", ["eiliember"]),
    ("checkout user=amelzephyr email=x", ["amelzephyr"]),
    ('File "C:\\Users\\quokka_meenakshi\\AppData\\main.py", line 12', ["quokka_meenakshi"]),
    ("sshd[2937]: Accepted publickey for moss_reka from 10.0.0.1", ["moss_reka"]),
    ("git clone https://otter_ananya:tok@github.com/acme/infra.git", ["otter_ananya"]),
    ("ask u/throwaway_123 on reddit", ["throwaway_123"]),
])
def test_when_username_present_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "write to bob@example.com",
    "npm ERR! peer react@v2.6.23 from @testing-library/react@2.12",
    "@property\ndef name(self):",
    "my account is locked",
    "the user clicks the button",
])
def test_when_email_code_or_prose_then_no_username(text):
    assert spans_of(R, text) == []


@pytest.mark.parametrize("text, expected", [
    ("add me on discord, i'm pixel_wrangler", ["pixel_wrangler"]),
    ("my steam name is xX_n0sc0pe_Xx", ["xX_n0sc0pe_Xx"]),
    ("I go by moonlit.fern on most forums", ["moonlit.fern"]),
    ("find me on twitch as grumpy_otter_tv", ["grumpy_otter_tv"]),
    ("my reddit account throwaway_88213 got banned", ["throwaway_88213"]),
    ("my bluesky is tidepool.bsky.social", ["tidepool.bsky.social"]),
    ("my roblox user is BlockyBoi_777", ["BlockyBoi_777"]),
])
def test_when_platform_handle_in_chat_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", ["we go by bus to work", "I'm on discord, as usual", "known as the best"])
def test_when_platform_words_without_a_handle_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_when_stripe_puts_its_key_where_curl_wants_a_user_then_it_is_no_username():  # type: ignore[no-untyped-def]
    assert spans_of(UsernameRecognizer(), "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:") == []
