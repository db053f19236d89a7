"""Platt scaling: map a raw logit to a calibrated probability, fitted on validation data."""

from __future__ import annotations

import numpy as np


def platt(logits: np.ndarray, a: float | np.ndarray, b: float | np.ndarray) -> np.ndarray:
    """``sigmoid(a * logit + b)``: the one place the calibration formula is written."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-(np.asarray(logits, dtype=np.float64) * a + b)))


class PlattCalibrator:
    """Fit ``p = sigmoid(a * logit + b)`` for one binary score.

    Platt scaling keeps the order of scores (so AUC and which turns pass a threshold do not
    change) while making the values mean what they say on the domain it was fitted on.

    Args:
        regularization: Inverse L2 strength ``C`` of the logistic fit; large means nearly unregularised.

    Attributes:
        a_: Fitted slope.
        b_: Fitted intercept.
    """

    def __init__(self, regularization: float = 1e4):
        self.regularization = regularization

    def _validate(self) -> None:
        if not self.regularization > 0:
            raise ValueError(f"regularization must be > 0, got {self.regularization}")

    def fit(self, logits: np.ndarray, labels: np.ndarray) -> PlattCalibrator:
        """Fit on raw logits and 0/1 labels.

        Raises:
            ValueError: shapes differ, values are not finite, or labels hold a single class.
        """
        from sklearn.linear_model import LogisticRegression

        self._validate()
        x, y = np.asarray(logits, dtype=np.float64).ravel(), np.asarray(labels).ravel()
        if x.shape != y.shape:
            raise ValueError(f"labels must have the shape of logits {x.shape}, got {y.shape}")
        if not np.all(np.isfinite(x)):
            raise ValueError("logits must be finite")
        if set(np.unique(y).tolist()) != {0, 1}:
            raise ValueError("labels must hold both 0 and 1")
        model = LogisticRegression(C=self.regularization).fit(x[:, None], y)
        self.a_, self.b_ = float(model.coef_[0, 0]), float(model.intercept_[0])
        if self.a_ <= 0:
            raise ValueError("logits: calibration slope is not positive (scores do not rank the labels)")
        return self

    def transform(self, logits: np.ndarray) -> np.ndarray:
        """Calibrated probabilities for raw logits."""
        return platt(logits, self.a_, self.b_)
