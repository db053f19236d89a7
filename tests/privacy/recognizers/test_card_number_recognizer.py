import pytest

from privacy.recognizers.card_number_recognizer import CardNumberRecognizer, luhn_ok
from tests.privacy.conftest import spans_of

R = CardNumberRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("why was my card 2412-1190-9373-6615 declined", ["2412-1190-9373-6615"]),
    ("charge it to 2634354118623603 not the old one", ["2634354118623603"]),
    ("card 4111 1111 1111 1112 please", ["4111 1111 1111 1112"]),  # fails Luhn, but after a card cue
])
def test_when_card_number_present_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "order 4111111111111112 shipped",   # fails Luhn, no card cue
    "timestamp 1703241435",             # too short
    "uuid 24929231-d64c-42f2-aae9-1d8809632490",
])
def test_when_not_a_card_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_when_checking_luhn_then_known_numbers_pass_and_fail():
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
