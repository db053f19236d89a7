import pytest

from privacy.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from tests.privacy.conftest import spans_of

R = DateOfBirthRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("I was born on 09/16/1959, what is my star sign?", ["09/16/1959"]),
    ("date of birth 09.03.1962 - am I eligible", ["09.03.1962"]),
    ("DOB: August 10, 1948", ["August 10, 1948"]),
    ("my son's birthday is 15th of June 2003, how old", ["15th of June 2003"]),
    ("Since you were born on 28/8/66, you qualify", ["28/8/66"]),
    ("I was born on 1991-09-19.", ["1991-09-19"]),
    ("she was born in 1987 in Lagos", ["1987"]),
])
def test_when_date_follows_birth_cue_then_only_the_date_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "the meeting is on 09/16/2025",
    "I started the course two days ago",
    "What year was Barack Obama born, and where did they grow up?",
    "born to run",
])
def test_when_date_has_no_birth_cue_then_nothing_is_found(text):
    assert spans_of(R, text) == []
