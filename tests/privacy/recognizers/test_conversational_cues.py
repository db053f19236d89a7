"""Cue patterns added for conversational PII: nicknames, names in capitals, contacted people,
user names the assistant echoes, homes on lower-case streets."""

import pytest

from privacy.recognizers.descriptive_place_recognizer import DescriptivePlaceRecognizer
from privacy.recognizers.lowercase_name_recognizer import LowercaseNameRecognizer
from privacy.recognizers.name_pair_recognizer import NamePairRecognizer
from privacy.recognizers.person_cue_recognizer import PersonCueRecognizer
from privacy.recognizers.street_address_recognizer import StreetAddressRecognizer
from privacy.recognizers.username_recognizer import UsernameRecognizer
from tests.privacy.conftest import spans_of


@pytest.mark.parametrize("text, expected", [
    ("the kids call her bibi, it's sweet", ["bibi"]),
    ("he goes by Chucho at work", ["Chucho"]),
    ("Tomás (short for Tomasz) called", ["Tomasz"]),
    ("ATTN: OKONJO\nplease call back", ["OKONJO"]),
    ("PLEASE SEND TO HELKA VIRTALA IN ACCOUNTS", ["HELKA VIRTALA"]),
])
def test_person_cues_find_nicknames_and_names_in_capitals(text, expected):
    assert spans_of(PersonCueRecognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I'm Can, by the way. My parrot won't talk.", ["Can"]),
    ("hi! my name is Will.", ["Will"]),
    ("I'm Can you help me", []),            # no closing punctuation: the word reading
    ("I'm can, by the way", []),            # lower case: the word reading
    ("I'm Done, thanks.", []),              # a common word that is no given name
])
def test_a_given_name_that_is_also_a_word_counts_only_after_a_self_introduction(text, expected):
    assert spans_of(PersonCueRecognizer(), text) == expected


@pytest.mark.parametrize("text", ["call me asap", "SELECT id FROM ORDERS WHERE x", "goes by the book", "TO: ALL STAFF"])
def test_person_cues_leave_commands_and_code(text):
    assert spans_of(PersonCueRecognizer(), text) == []


def test_capitals_name_pair_needs_known_words():
    assert spans_of(NamePairRecognizer(), "MEETING WITH PRIYA SHARMA TODAY") == ["PRIYA SHARMA"]
    assert spans_of(NamePairRecognizer(), "API KEY ROTATION DONE") == []


@pytest.mark.parametrize("text, expected", [
    ("texted ngozi okafor about rent", ["ngozi okafor"]),
    ("i messaged tobiah twice", ["tobiah"]),
    ("texted support about it", []),
])
def test_lowercase_name_after_a_contact_verb(text, expected):
    assert spans_of(LowercaseNameRecognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Welcome back, lunar_moth42!", ["lunar_moth42"]),
    ("I can't find the account kestrel.owl", ["kestrel.owl"]),
    ("I stream as nightjar77 on twitch", ["nightjar77"]),
    ("the user user_id column is null", []),
    ("Welcome back, everyone!", []),
])
def test_usernames_the_assistant_echoes(text, expected):
    assert spans_of(UsernameRecognizer(), text) == expected


def test_home_on_a_lower_case_street():
    text = "we're in flat 4 above the chemist, 12 tanyard lane, come by"
    assert any("tanyard lane" in s for s in spans_of(DescriptivePlaceRecognizer(), text))
    assert spans_of(StreetAddressRecognizer(), "meet at 12 tanyard lane at six") == ["12 tanyard lane"]
