"""Lower-case names in person slots with no cue phrase: subjects, possessives,
overlapping cues, and a lower-case surname after a relation word."""

import pytest

from privacy.recognizers.lowercase_name_recognizer import LowercaseNameRecognizer
from privacy.recognizers.person_cue_recognizer import PersonCueRecognizer
from tests.privacy.conftest import spans_of

LOWER = LowercaseNameRecognizer()
CUE = PersonCueRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("kwabena borrowed my car and returned it empty", ["kwabena"]),     # subject at the start
    ("ugh amara bailed on me again", ["amara"]),                        # after an interjection
    ("fine. siobhan said no to the trip", ["siobhan"]),                # after a sentence end
    ("my best mate amara's wedding is in june", ["amara"]),            # possessive before a person's thing
    ("hi its anahi from the front desk", ["anahi"]),                   # one cue's look-ahead word is the next cue
])
def test_when_known_lowercase_name_fills_a_person_slot_then_it_is_found(text, expected):
    assert spans_of(LOWER, text) == expected


@pytest.mark.parametrize("text", [
    "so will is a modal verb",                  # ambiguous name
    "python borrowed ideas from abc",           # not a given name
    "the cat's dinner is late",                 # possessive of a common word
    "ugh mark is wrong on the test",            # ambiguous name as subject
])
def test_when_the_slot_holds_no_known_name_then_nothing_is_found(text):
    assert spans_of(LOWER, text) == []


def test_relation_word_takes_a_lowercase_surname_that_ends_the_clause():
    assert spans_of(CUE, "how do i thank my tutor sunita pillai? she was great") == ["sunita pillai"]
    assert spans_of(CUE, "my boss dariusz is mad again") == ["dariusz"]


def test_relation_word_takes_a_lowercase_name_with_a_possessive():
    assert spans_of(CUE, "my cousin lwazi's graduation is friday") == ["lwazi"]


def test_a_possessive_after_a_determiner_is_a_noun_not_a_name():
    assert spans_of(LOWER, "my son's birthday is soon and her sister's place is far") == []
