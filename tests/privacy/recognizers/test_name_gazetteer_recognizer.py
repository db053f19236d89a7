import pytest

from privacy.recognizers.name_gazetteer_recognizer import FIRST_NAMES, NameGazetteerRecognizer
from tests.privacy.conftest import spans_of

R = NameGazetteerRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("That's a gift idea for Kaisa. Since Kaisa loves hiking", ["Kaisa", "Kaisa"]),
    ("You could tell Burak how the comments made you feel", ["Burak"]),
    ("I met Gareth Pemberton at work", ["Gareth Pemberton"]),
    ("Will Smith was there", ["Will Smith"]) if "will" in FIRST_NAMES else ("Grace Hopper wrote it", ["Grace Hopper"]),
])
def test_when_known_first_name_then_name_and_surname_are_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "May I ask a question?",
    "Will it work on Monday?",
    "Grace under pressure is hard",
    "the config file is in /home/app",
])
def test_when_ambiguous_or_lower_case_then_nothing_is_found(text):
    assert spans_of(R, text) == []


def test_when_gazetteer_loaded_then_it_holds_many_names_and_no_common_words():
    assert len(FIRST_NAMES) > 10_000
    assert "the" not in FIRST_NAMES and "and" not in FIRST_NAMES
