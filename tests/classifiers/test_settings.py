import pytest
from pydantic import ValidationError

from classifiers.settings import ClassifierSettings


def test_defaults_use_the_shipped_model_and_thresholds():
    s = ClassifierSettings()
    assert s.model == "default" and s.distress_threshold is None and s.joy_threshold is None
    assert s.context_turns == 1 and "sadness" in s.label_mapping["distress"]


def test_settings_are_frozen():
    with pytest.raises(ValidationError, match="frozen"):
        ClassifierSettings().batch_size = 3


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("model", ""),
        ("label_aggregation", "mean"),
        ("distress_threshold", 0.0),
        ("distress_threshold", 1.0),
        ("joy_threshold", -0.2),
        ("joy_threshold", 1.5),
        ("context_turns", -1),
        ("context_turns", 17),
        ("batch_size", 0),
        ("max_length", 4),
        ("max_length", 513),
        ("torch_threads", 0),
        ("device", "tpu"),
        ("dtype", "float16"),
        ("quantize", "perhaps"),
        ("unknown_option", 1),
    ],
)
def test_when_a_field_is_invalid_then_the_error_names_it(field, value):
    with pytest.raises(ValidationError, match=field):
        ClassifierSettings(**{field: value})


def test_when_label_mapping_lacks_a_valence_then_it_is_rejected():
    with pytest.raises(ValidationError, match="label_mapping must have exactly the keys"):
        ClassifierSettings(label_mapping={"distress": ("anger",)})


def test_when_label_mapping_has_an_empty_valence_then_it_is_rejected():
    with pytest.raises(ValidationError, match="label_mapping.joy must name at least one label"):
        ClassifierSettings(label_mapping={"distress": ("anger",), "joy": ()})


def test_when_a_label_is_both_valences_then_it_is_rejected():
    with pytest.raises(ValidationError, match="both distress and joy"):
        ClassifierSettings(label_mapping={"distress": ("anger", "joy"), "joy": ("joy",)})


def test_when_a_label_is_repeated_then_it_is_rejected():
    with pytest.raises(ValidationError, match="label_mapping.distress names a label twice"):
        ClassifierSettings(label_mapping={"distress": ("anger", "Anger"), "joy": ("joy",)})


@pytest.mark.parametrize("missing", ["distress_threshold", "joy_threshold"])
def test_when_another_model_has_no_threshold_then_the_error_names_it(missing):
    values = {"distress_threshold": 0.3, "joy_threshold": 0.8}
    values.pop(missing)
    with pytest.raises(ValidationError, match=f"{missing} must be set when model is not 'default'"):
        ClassifierSettings(model="some/model", **values)


def test_another_model_with_both_thresholds_is_accepted():
    s = ClassifierSettings(model="some/model", distress_threshold=0.3, joy_threshold=0.8)
    assert s.model == "some/model"


def test_when_quantize_is_combined_with_bfloat16_then_the_error_names_dtype():
    with pytest.raises(ValidationError, match="dtype: 'bfloat16' cannot be combined with quantize"):
        ClassifierSettings(quantize=True, dtype="bfloat16")
