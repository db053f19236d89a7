import json

import numpy as np
import pytest

from classifiers.thresholds import (
    ThresholdSelector, apply_thresholds, load_thresholds, precision_recall_at, save_thresholds,
)
from classifiers.types import ValenceFlags, ValenceScores, ValenceThresholds


def _synthetic(n=4000, seed=0):
    """Positives score higher on average (logit +1 versus -1); the classes overlap so targets bind."""
    rng = np.random.default_rng(seed)
    labels = (rng.random((n, 2)) < [0.2, 0.15]).astype(int)
    logits = rng.normal(-1.0, 1.0, (n, 2)) + 2.0 * labels
    return 1 / (1 + np.exp(-logits)), labels


@pytest.mark.parametrize(("recall", "precision"), [(0.9, 0.9), (0.95, 0.8), (0.8, 0.95)])
def test_chosen_thresholds_meet_the_targets_on_the_fitting_data(recall, precision):
    scores, labels = _synthetic()
    sel = ThresholdSelector(recall, precision).fit(scores, labels)
    d = precision_recall_at(scores[:, 0], labels[:, 0], sel.thresholds_.distress)
    j = precision_recall_at(scores[:, 1], labels[:, 1], sel.thresholds_.joy)
    assert d["recall"] >= recall and j["precision"] >= precision
    assert sel.report_["achieved"]["distress"]["recall"] == pytest.approx(d["recall"])


def test_distress_threshold_is_the_highest_that_meets_recall():
    scores, labels = _synthetic()
    t = ThresholdSelector(0.9, 0.9).fit(scores, labels).thresholds_.distress
    higher = np.min(scores[:, 0][scores[:, 0] > t])
    assert precision_recall_at(scores[:, 0], labels[:, 0], higher)["recall"] < 0.9


def test_joy_threshold_is_the_lowest_that_meets_precision():
    scores, labels = _synthetic()
    t = ThresholdSelector(0.9, 0.9).fit(scores, labels).thresholds_.joy
    lower = np.max(scores[:, 1][scores[:, 1] < t])
    assert precision_recall_at(scores[:, 1], labels[:, 1], lower)["precision"] < 0.9


def test_thresholds_are_asymmetric_low_for_distress_high_for_joy():
    scores, labels = _synthetic()
    th = ThresholdSelector().fit(scores, labels).thresholds_
    assert th.distress < 0.5 < th.joy


def test_a_confidence_margin_makes_both_thresholds_stricter():
    scores, labels = _synthetic()
    plain = ThresholdSelector().fit(scores, labels).thresholds_
    margin = ThresholdSelector(confidence=0.9).fit(scores, labels).thresholds_
    assert margin.distress < plain.distress and margin.joy > plain.joy


def test_fit_does_not_change_its_parameters():
    sel = ThresholdSelector(0.9, 0.85, 0.8)
    sel.fit(*_synthetic())
    assert (sel.target_recall_distress, sel.target_precision_joy, sel.confidence) == (0.9, 0.85, 0.8)


@pytest.mark.parametrize("value", [0.0, 1.01, -0.5])
def test_when_target_recall_distress_is_out_of_range_then_fit_names_it(value):
    with pytest.raises(ValueError, match="target_recall_distress must be in"):
        ThresholdSelector(target_recall_distress=value).fit(*_synthetic(200))


@pytest.mark.parametrize("value", [0.0, 2.0])
def test_when_target_precision_joy_is_out_of_range_then_fit_names_it(value):
    with pytest.raises(ValueError, match="target_precision_joy must be in"):
        ThresholdSelector(target_precision_joy=value).fit(*_synthetic(200))


@pytest.mark.parametrize("value", [0.4, 1.0])
def test_when_confidence_is_out_of_range_then_fit_names_it(value):
    with pytest.raises(ValueError, match="confidence must be None or in"):
        ThresholdSelector(confidence=value).fit(*_synthetic(200))


def test_when_scores_are_not_two_columns_then_fit_names_scores():
    scores, labels = _synthetic(200)
    with pytest.raises(ValueError, match=r"scores must have shape \(n, 2\)"):
        ThresholdSelector().fit(scores[:, 0], labels)


def test_when_labels_do_not_match_scores_then_fit_names_labels():
    scores, labels = _synthetic(200)
    with pytest.raises(ValueError, match="labels must have the shape of scores"):
        ThresholdSelector().fit(scores, labels[:-1])


def test_when_scores_leave_0_1_then_fit_rejects_them():
    scores, labels = _synthetic(200)
    with pytest.raises(ValueError, match=r"scores must be finite and in \[0, 1\]"):
        ThresholdSelector().fit(scores * 2, labels)


def test_when_labels_are_not_binary_then_fit_rejects_them():
    scores, labels = _synthetic(200)
    with pytest.raises(ValueError, match="labels must be 0 or 1"):
        ThresholdSelector().fit(scores, labels * 2)


def test_when_a_valence_has_no_positives_then_fit_names_it():
    scores, labels = _synthetic(200)
    labels[:, 1] = 0
    with pytest.raises(ValueError, match="labels: joy needs both positive and negative"):
        ThresholdSelector().fit(scores, labels)


def test_when_joy_precision_is_unreachable_the_joy_threshold_is_the_target_probability():
    rng = np.random.default_rng(1)
    labels = (rng.random((500, 2)) < 0.3).astype(int)
    scores = rng.random((500, 2))  # uninformative: precision stays near the base rate
    scores[:, 1] = np.where(labels[:, 1] == 1, 0.1, 0.9)  # and worse: positives score lowest
    sel = ThresholdSelector().fit(scores, labels)
    assert sel.thresholds_.joy == 0.9
    assert sel.report_["joy_rule"].startswith("calibrated probability")


def test_apply_thresholds_flags_at_or_above_each_threshold_in_order():
    scores = [ValenceScores(0.2, 0.9), ValenceScores(0.19, 0.95), ValenceScores(0.8, 0.1)]
    flags = apply_thresholds(scores, ValenceThresholds(distress=0.2, joy=0.95))
    assert flags == [ValenceFlags(True, False), ValenceFlags(False, True), ValenceFlags(True, False)]


def test_thresholds_round_trip_with_their_provenance(tmp_path):
    path = tmp_path / "thresholds.json"
    save_thresholds(path, ValenceThresholds(0.12, 0.88), {"targets": {"distress_recall": 0.9}})
    assert load_thresholds(path) == ValenceThresholds(0.12, 0.88)
    assert json.loads(path.read_text())["targets"] == {"distress_recall": 0.9}


def test_when_a_stored_threshold_is_out_of_range_then_loading_names_it(tmp_path):
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps({"distress": 0.2, "joy": 1.4}))
    with pytest.raises(ValueError, match="'joy'"):
        load_thresholds(path)


def test_with_too_few_joy_positives_to_measure_precision_the_joy_threshold_is_the_target_probability():
    scores, labels = _synthetic(400)
    labels[:, 1] = 0
    labels[:3, 1] = 1
    sel = ThresholdSelector(0.9, 0.85).fit(scores, labels)
    assert sel.thresholds_.joy == 0.85
    assert sel.report_["joy_rule"].startswith("calibrated probability")
    assert ThresholdSelector(0.9, 0.85).fit(*_synthetic(400)).report_["joy_rule"] == "precision target"
