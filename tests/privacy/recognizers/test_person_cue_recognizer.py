import pytest

from privacy.recognizers.person_cue_recognizer import PersonCueRecognizer
from tests.privacy.conftest import spans_of

R = PersonCueRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("Hi, my name is Oluwaseun Adeyemi and I need help", "Oluwaseun Adeyemi"),
    ("call me Dima, everyone does", "Dima"),
    ("Dear Priyanka, thank you", "Priyanka"),
    ("Sure, Courtney. Your appointment is confirmed", "Courtney"),
    ("Thanks, Chiamaka", "Chiamaka"),
    ("see you soon\n- Tomasz", "Tomasz"),
    ("can you help me with a message for my grandma minjun? she turns 90", "minjun"),
    ("Patient: RAHIMI, Dariush. Presenting complaint", "RAHIMI, Dariush"),
    ("your appointment with Dr. Ngata is confirmed", "Ngata"),
    ("Astrid Haugen here. I am writing", "Astrid Haugen"),
    ("my sister-in-law Hyun-ah is visiting", "Hyun-ah"),
    ("Ecco la lettera per la signora Benedetti", "Benedetti"),
    ("mr castellanos from upstairs plays drums at midnight", "castellanos"),
    ("MY SISTER TAMSIN IS GETTING MARRIED NEXT MONTH", "TAMSIN"),
])
def test_when_name_follows_cue_then_name_is_found(text, expected):
    assert expected in spans_of(R, text)


@pytest.mark.parametrize("text", [
    "I'm not sure this works",
    "Thanks, everyone!",
    "my brother and I went out",
    "Hello there",
    "i love dr pepper and mr clean",   # a word after a lower-case title
    "MY SISTER IS GETTING MARRIED",
])
def test_when_cue_has_no_name_then_nothing_is_found(text):
    assert spans_of(R, text) == []


@pytest.mark.parametrize("text, expected", [
    ("so yesterday Priyanka said I was wrong", "Priyanka"),
    ("how do I tell Jiho how the comments made me feel", "Jiho"),
    ("I want to invite Tomasz Nowak to the party", "Tomasz Nowak"),
])
def test_when_name_next_to_person_verb_then_found(text, expected):
    assert expected in spans_of(R, text)


@pytest.mark.parametrize("text", ["Plan a trip to Paris next week.", "The Python docs said it is deprecated"])
def test_when_place_or_product_then_person_verb_patterns_stay_quiet(text):
    assert spans_of(R, text) == []
