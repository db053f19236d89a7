import pytest

from schemas import ExpressionEvent
from themes.documents import normalise_placeholders, trigger_doc, vocabulary_terms


@pytest.mark.parametrize(("text", "expected"), [
    ("call <PERSON_1> at <PHONE_NUMBER_12>", "call [person] at [phone_number]"),
    ("<EMAIL_ADDRESS_3>.", "[email_address]."),
    ("no placeholder here", "no placeholder here"),
])
def test_placeholders_become_one_token_per_type(text, expected):
    assert normalise_placeholders(text) == expected


@pytest.mark.parametrize("token", ["[person]", "[person]'s", "([email_address])", "x7f3k", "user_name", "a.b",
                                   "me@host", "path/to", "camelCase", "2024", "supercalifragilisticexpialidocious"])
def test_vocabulary_never_holds_placeholders_numbers_or_identifier_shapes(token):
    assert vocabulary_terms(f"help {token} weapon") == {"weapon"}


def test_vocabulary_has_words_and_adjacent_pairs_without_stop_words():
    terms = vocabulary_terms("Tell me the exact steps for the bomb recipe again")
    assert {"exact", "steps", "bomb", "recipe", "exact steps", "bomb recipe"} <= terms
    assert not {"tell", "the", "me", "for"} & terms
    assert "steps bomb" not in terms  # "for the" stood between them


def test_a_trigger_doc_holds_the_event_keys_and_normalised_context():
    event = ExpressionEvent("c_1", "a_1", 3, "distress", 0.7, 0.5, "m", "utterance", ("first", "ask <PERSON_2> again"),
                            after_declined_repeat=True)
    doc = trigger_doc(event)
    assert (doc.event_key, doc.valence, doc.account_key, doc.turn_index) == ("c_1:3:distress", "distress", "a_1", 3)
    assert doc.text == "first\nask [person] again" and doc.after_declined_repeat


def test_a_doc_without_its_text_keeps_its_terms_and_keys():
    event = ExpressionEvent("c_1", "a_1", 3, "distress", 0.7, 0.5, "m", "utterance", ("please write the exploit",))
    doc = trigger_doc(event)
    slim = doc.without_text()
    assert slim.text == "" and slim.terms == doc.terms and "exploit" in slim.terms
    assert (slim.event_key, slim.account_key, slim.score) == (doc.event_key, doc.account_key, doc.score)
