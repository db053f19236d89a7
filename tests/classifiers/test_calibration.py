import numpy as np
import pytest

from classifiers.calibration import PlattCalibrator


def test_platt_recovers_a_known_calibration_and_keeps_order():
    rng = np.random.default_rng(3)
    logits = rng.normal(0, 2, 20000)
    labels = (rng.random(20000) < 1 / (1 + np.exp(-(0.5 * logits - 1.0)))).astype(int)
    cal = PlattCalibrator().fit(logits, labels)
    assert cal.a_ == pytest.approx(0.5, abs=0.05) and cal.b_ == pytest.approx(-1.0, abs=0.08)
    p = cal.transform(np.sort(logits))
    assert np.all(np.diff(p) >= 0) and 0 < p.min() and p.max() < 1


def test_when_regularization_is_not_positive_then_fit_names_it():
    with pytest.raises(ValueError, match="regularization must be > 0"):
        PlattCalibrator(regularization=0).fit(np.array([0.0, 1.0]), np.array([0, 1]))


def test_when_labels_hold_one_class_then_fit_rejects_them():
    with pytest.raises(ValueError, match="labels must hold both 0 and 1"):
        PlattCalibrator().fit(np.array([0.0, 1.0]), np.array([1, 1]))


def test_when_shapes_differ_then_fit_names_labels():
    with pytest.raises(ValueError, match="labels must have the shape of logits"):
        PlattCalibrator().fit(np.array([0.0, 1.0, 2.0]), np.array([0, 1]))


def test_when_logits_are_not_finite_then_fit_names_them():
    with pytest.raises(ValueError, match="logits must be finite"):
        PlattCalibrator().fit(np.array([0.0, np.nan]), np.array([0, 1]))
