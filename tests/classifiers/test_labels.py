import numpy as np
import pytest

from classifiers.labels import (
    GOEMOTIONS_LABELS, aggregate_label_probs, goemotions_binary, mapping_indices,
)


@pytest.mark.parametrize(
    ("names", "expected"),
    [(["sadness"], (1, 0)), (["gratitude"], (0, 1)), (["anger", "amusement"], (1, 1)),
     (["neutral"], (0, 0)), (["curiosity", "confusion"], (0, 0))],
)
def test_goemotions_labels_map_to_distress_and_joy(names, expected):
    assert goemotions_binary([GOEMOTIONS_LABELS.index(n) for n in names]) == expected


def test_mapping_indices_match_names_case_insensitively():
    id2label = {0: "Anger", 1: "joy", 2: "neutral", 3: "fear"}
    assert mapping_indices(id2label, {"distress": ["anger", "FEAR"], "joy": ["joy"]}) == {
        "distress": [0, 3], "joy": [1]}


def test_when_a_mapped_label_is_unknown_then_the_error_names_it():
    with pytest.raises(ValueError, match="label_mapping.joy: label 'glee'"):
        mapping_indices({0: "anger", 1: "joy"}, {"distress": ["anger"], "joy": ["glee"]})


def test_sum_aggregation_adds_mapped_probabilities_and_clips():
    probs = np.array([[0.5, 0.3, 0.2], [0.7, 0.6, 0.0]])
    out = aggregate_label_probs(probs, {"distress": [0, 1], "joy": [2]}, "sum")
    np.testing.assert_allclose(out, [[0.8, 0.2], [1.0, 0.0]])


def test_max_aggregation_takes_the_strongest_mapped_label():
    probs = np.array([[0.5, 0.3, 0.2]])
    out = aggregate_label_probs(probs, {"distress": [0, 1], "joy": [2]}, "max")
    np.testing.assert_allclose(out, [[0.5, 0.2]])


def test_when_aggregation_is_unknown_then_it_is_named():
    with pytest.raises(ValueError, match="aggregation must be"):
        aggregate_label_probs(np.zeros((1, 2)), {"distress": [0], "joy": [1]}, "mean")
