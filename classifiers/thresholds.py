"""Asymmetric decision thresholds: a low bar for distress, a high bar for joy.

Distress is screened with a recall target (miss few), joy with a precision target (flag only
clear cases), as in published welfare screening. Thresholds are chosen on validation data and
stored beside the model with the data and targets that produced them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from statistics import NormalDist

import numpy as np

from classifiers.types import ValenceFlags, ValenceScores, ValenceThresholds


def apply_thresholds(scores: Sequence[ValenceScores], thresholds: ValenceThresholds) -> list[ValenceFlags]:
    """Flag each valence whose score is at or above its threshold. Pure; keeps order."""
    return [ValenceFlags(s.distress >= thresholds.distress, s.joy >= thresholds.joy) for s in scores]


def _wilson_lower(successes: np.ndarray, totals: np.ndarray, z: float) -> np.ndarray:
    """One-sided Wilson lower bound of a proportion (0 where the total is 0)."""
    n = np.maximum(totals, 1).astype(np.float64)
    p = successes / n
    centre = p + z * z / (2 * n)
    margin = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return np.where(totals > 0, (centre - margin) / (1 + z * z / n), 0.0)


def _curve(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each distinct score t (descending): true positives and flagged counts at ``score >= t``."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp, flagged = np.cumsum(y), np.arange(1, len(y) + 1)
    last = np.r_[s[1:] != s[:-1], True]  # last index of each run of equal scores
    return s[last], tp[last], flagged[last]


def precision_recall_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> dict[str, float | None]:
    """Precision, recall and flagged rate at ``score >= threshold`` (None where undefined: JSON has no NaN)."""
    flagged = scores >= threshold
    tp = int(np.sum(flagged & (labels == 1)))
    n_flag, n_pos = int(flagged.sum()), int(labels.sum())
    return {
        "precision": tp / n_flag if n_flag else None,
        "recall": tp / n_pos if n_pos else None,
        "flagged_rate": n_flag / len(labels) if len(labels) else None,
    }


class ThresholdSelector:
    """Choose a distress threshold by a recall target and a joy threshold by a precision target.

    The distress threshold is the highest one whose recall meets ``target_recall_distress`` (so
    precision is as high as that recall allows); the joy threshold is the lowest one whose
    precision meets ``target_precision_joy`` (so recall is as high as that precision allows).

    Precision cannot be measured on a handful of positives: when the fitting data holds fewer than
    ``min_positives`` joy positives, or no threshold reaches the target, the joy threshold is the
    target itself on the calibrated scale (flag when the estimated probability of strong joy
    reaches the precision asked for), and ``report_["joy_rule"]`` says so.

    Args:
        target_recall_distress: Required distress recall, in (0, 1].
        target_precision_joy: Required joy precision, in (0, 1].
        confidence: None compares the point estimates with the targets. A value in [0.5, 1)
            compares the one-sided Wilson lower bound at that confidence instead, which leaves
            a margin so the target still holds on new data of the same kind.
        min_positives: Fewest joy positives on which precision is measured.

    Attributes:
        thresholds_: The chosen :class:`ValenceThresholds`.
        report_: Counts and the precision, recall and flagged rate achieved on the fitting data.
    """

    def __init__(
        self, target_recall_distress: float = 0.9, target_precision_joy: float = 0.9,
        confidence: float | None = None, min_positives: int = 10,
    ):
        self.target_recall_distress = target_recall_distress
        self.target_precision_joy = target_precision_joy
        self.confidence = confidence
        self.min_positives = min_positives

    def _validate(self) -> None:
        if not 0.0 < self.target_recall_distress <= 1.0:
            raise ValueError(f"target_recall_distress must be in (0, 1], got {self.target_recall_distress}")
        if not 0.0 < self.target_precision_joy <= 1.0:
            raise ValueError(f"target_precision_joy must be in (0, 1], got {self.target_precision_joy}")
        if self.confidence is not None and not 0.5 <= self.confidence < 1.0:
            raise ValueError(f"confidence must be None or in [0.5, 1), got {self.confidence}")

    def fit(self, scores: np.ndarray, labels: np.ndarray) -> ThresholdSelector:
        """Choose both thresholds.

        Args:
            scores: ``(n, 2)`` scores in [0, 1]; column 0 distress, column 1 joy.
            labels: ``(n, 2)`` 0/1 labels in the same layout.

        Raises:
            ValueError: bad shapes or values, a valence without positives or negatives, or a
                distress recall target no threshold reaches (the message names the parameter).
        """
        self._validate()
        scores, labels = np.asarray(scores, dtype=np.float64), np.asarray(labels)
        if scores.ndim != 2 or scores.shape[1] != 2:
            raise ValueError(f"scores must have shape (n, 2), got {scores.shape}")
        if labels.shape != scores.shape:
            raise ValueError(f"labels must have the shape of scores {scores.shape}, got {labels.shape}")
        if not np.all(np.isfinite(scores)) or scores.min() < 0 or scores.max() > 1:
            raise ValueError("scores must be finite and in [0, 1]")
        if not np.isin(labels, (0, 1)).all():
            raise ValueError("labels must be 0 or 1")
        for col, name in ((0, "distress"), (1, "joy")):
            if labels[:, col].sum() in (0, len(labels)):
                raise ValueError(f"labels: {name} needs both positive and negative examples")
        z = NormalDist().inv_cdf(self.confidence) if self.confidence is not None else 0.0

        t_values, tp, flagged = _curve(scores[:, 0], labels[:, 0])
        recall = _wilson_lower(tp, np.full_like(tp, labels[:, 0].sum()), z) if z else tp / labels[:, 0].sum()
        ok = np.nonzero(recall >= self.target_recall_distress - 1e-12)[0]
        if len(ok) == 0:
            raise ValueError(f"target_recall_distress {self.target_recall_distress} is not reachable on this "
                             f"data (confidence {self.confidence})")
        t_distress = float(t_values[ok[0]])  # descending order: first hit = highest threshold

        t_values, tp, flagged = _curve(scores[:, 1], labels[:, 1])
        precision = _wilson_lower(tp, flagged, z) if z else tp / flagged
        ok = np.nonzero(precision >= self.target_precision_joy - 1e-12)[0]
        if labels[:, 1].sum() < self.min_positives or len(ok) == 0:
            t_joy, joy_rule = self.target_precision_joy, "calibrated probability (precision not measurable here)"
        else:
            t_joy, joy_rule = float(t_values[ok[-1]]), "precision target"  # last hit = lowest threshold

        self.thresholds_ = ValenceThresholds(distress=t_distress, joy=t_joy)
        self.report_ = {
            "rows": int(len(labels)),
            "positives": {"distress": int(labels[:, 0].sum()), "joy": int(labels[:, 1].sum())},
            "joy_rule": joy_rule,
            "achieved": {
                "distress": precision_recall_at(scores[:, 0], labels[:, 0], t_distress),
                "joy": precision_recall_at(scores[:, 1], labels[:, 1], t_joy),
            },
        }
        return self


def save_thresholds(path: Path, thresholds: ValenceThresholds, provenance: dict) -> None:
    """Write thresholds and where they came from (data files, hashes, targets, achieved metrics)."""
    doc = {"distress": thresholds.distress, "joy": thresholds.joy, **provenance}
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")


def load_thresholds(path: Path) -> ValenceThresholds:
    """Read the thresholds written by :func:`save_thresholds`.

    Raises:
        ValueError: the file is missing or a threshold is not in (0, 1).
    """
    if not path.is_file():
        raise ValueError(f"thresholds: file {path} is missing")
    doc = json.loads(path.read_text())
    for key in ("distress", "joy"):
        value = doc.get(key)
        if not isinstance(value, (int, float)) or not (0.0 < value < 1.0) or math.isnan(value):
            raise ValueError(f"thresholds: '{key}' in {path} must be a number in (0, 1)")
    return ValenceThresholds(float(doc["distress"]), float(doc["joy"]))
