import pytest

from privacy.recognizers.lowercase_name_recognizer import LowercaseNameRecognizer
from tests.privacy.conftest import spans_of

R = LowercaseNameRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("me and kenji broke up last week", ["kenji"]),
    ("can you tell priyanka the venue is booked", ["priyanka"]),
    ("chidinma and i are going", ["chidinma"]),
    ("hey thandiwe, thanks for covering", ["thandiwe"]),
    ("yusuf keeps eating my lunch", ["yusuf"]),
    ("sorry ama, I can't make it tonight", ["ama"]),
    ("honestly daichi is the funniest person", ["daichi"]),
])
def test_when_known_lowercase_name_after_cue_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "me and the team shipped it",
    "tell me more about python and java",
    "hey there, thanks for the help",
    "with grace and hope we carry on",
    "kenji is a word I saw once",
    "python is the best and java is the worst",  # no cue before it, no person verb after it
])
def test_when_no_cue_or_not_a_name_then_nothing_is_found(text):
    assert spans_of(R, text) == []
