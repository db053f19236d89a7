import pytest

from privacy.recognizers.name_pair_recognizer import NamePairRecognizer
from privacy.recognizers.names import SURNAMES, is_given_name, is_surname
from tests.privacy.conftest import spans_of

R = NamePairRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("I work with Seo-yeon Park on payments", ["Seo-yeon Park"]),
    ("Yamada Hanako from accounting called", ["Yamada Hanako"]),
    ("Tran Van Duc is my neighbour", ["Tran Van Duc"]),
    ("a poem for Nguyễn Thị Thu please", ["Nguyễn Thị Thu"]),
    ("i think arjun mehta is lying", ["arjun mehta"]),
    ("should i invite pham quoc bao or not", ["pham quoc bao"]),
    ("reply to Haruki Raghunathan today", ["Haruki Raghunathan"]),
])
def test_when_given_name_meets_surname_then_the_pair_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "We flew into Los Angeles and San Jose last spring",
    "the white house on the hill",
    "will you park the car near the long green hill",
    "HTTP ERROR from the API",
    "Grand Hotel Rosen is closed",
])
def test_when_words_are_not_a_name_pair_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_gazetteers_hold_folded_and_hand_kept_names():
    assert len(SURNAMES) > 10_000 and "the" not in SURNAMES
    assert is_surname("Nguyễn") and is_surname("nguyen") and is_surname("Okonkwo")
    assert is_given_name("Priyanka") and is_given_name("ji-woo") and not is_given_name("table")


def test_korean_hyphenated_given_names_come_from_syllables():
    assert is_given_name("Hyun-ah") and is_given_name("seung-woo")
    assert not is_given_name("Ha-Ha") and not is_given_name("so-so") and not is_given_name("in-house")
