"""Train, calibrate and threshold the default model on the real labeled set (``train-classifier``).

The encoder is fine-tuned end to end on the ``train`` split (:mod:`classifiers.finetune`, with
GoEmotions as an auxiliary task); Platt scaling and the thresholds are fitted on the ``val`` split;
``test`` is never read here. The caller passes the turns already redacted, as the pipeline gives
them to the model (:mod:`pipelines.training_data`).

Thresholds are asymmetric: distress is chosen for recall (any sign counts), joy for precision
(only strong joy), on real validation data.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from classifiers.calibration import PlattCalibrator
from classifiers.finetune import FinetuneConfig, LabeledTurn, finetune, read_goemotions_multilabel
from classifiers.model import DEFAULT_MODEL_DIR, DISTRESS_OUTPUT, JOY_OUTPUT, Platt, ValenceModel
from classifiers.real_set import LABELS_FILE, RealTurn
from classifiers.labelled_data import DEFAULT_GOEMOTIONS_DIR, file_sha256
from classifiers.thresholds import ThresholdSelector, save_thresholds
from classifiers.types import TurnInput

log = logging.getLogger("expression_miner.train")


@dataclass(frozen=True)
class ThresholdTargets:
    """What the thresholds are chosen for, on the validation split.

    Attributes:
        recall_distress: Distress recall to reach (the low bar: miss few).
        precision_joy: Joy precision to keep (the high bar: flag only clear cases).
    """

    recall_distress: float = 0.9
    precision_joy: float = 0.85


def finite_logits(logits: np.ndarray) -> np.ndarray:
    """Logits with ``-inf`` (nothing the gate kept) replaced by a value below every finite one, for fitting."""
    finite = logits[np.isfinite(logits)]
    floor = (finite.min() if finite.size else 0.0) - 1.0
    return np.where(np.isfinite(logits), logits, floor)


def fit_platt(logits: np.ndarray, labels: np.ndarray) -> Platt:
    """Platt scaling of the distress and joy outputs on validation logits and binary labels."""
    pair = finite_logits(logits[:, [DISTRESS_OUTPUT, JOY_OUTPUT]])
    d = PlattCalibrator().fit(pair[:, 0], labels[:, 0])
    j = PlattCalibrator().fit(pair[:, 1], labels[:, 1])
    return Platt(d.a_, d.b_, j.a_, j.b_)


def fit_calibrated(
    examples: Sequence[tuple[RealTurn, TurnInput]], goemotions: tuple | None, config: FinetuneConfig,
    targets: ThresholdTargets,
) -> tuple[ValenceModel, ThresholdSelector, dict]:
    """Fine-tune on the examples' train split; Platt scaling and thresholds on their val split.

    Returns:
        The calibrated model, the fitted threshold selector, and the validation figures.
    """
    train = [LabeledTurn.from_scales(ti, t.distress, t.joy) for t, ti in examples if t.split == "train"]
    model = finetune(train, config, goemotions)
    selector, figures = calibrate(model, examples, targets)
    figures["rows"]["train"] = len(train)
    return model, selector, figures


def calibrate(model: ValenceModel, examples: Sequence[tuple[RealTurn, TurnInput]],
              targets: ThresholdTargets) -> tuple[ThresholdSelector, dict]:
    """Set the model's Platt scaling and choose thresholds on the examples' val split.

    Returns:
        The fitted threshold selector and the validation figures.
    """
    val = [(t, ti) for t, ti in examples if t.split == "val"]
    logits = model.logits([ti for _, ti in val])
    labels = np.array([t.flagged for t, _ in val], dtype=np.int64)
    model.platt = fit_platt(logits, labels)
    scores = model.platt.apply(logits)
    selector = ThresholdSelector(targets.recall_distress, targets.precision_joy).fit(scores, labels)
    figures = {
        "rows": {"val": len(val)},
        "val_auc": {v: float(roc_auc_score(labels[:, i], scores[:, i])) for i, v in enumerate(("distress", "joy"))},
        "thresholds": asdict(selector.thresholds_),
        "val_at_thresholds": selector.report_["achieved"],
        "joy_rule": selector.report_["joy_rule"],
    }
    return selector, figures


def load_goemotions(goemotions_dir: Path | None) -> tuple | None:
    return read_goemotions_multilabel(Path(goemotions_dir) / "train.tsv") if goemotions_dir else None


def train_classifier(
    examples: Sequence[tuple[RealTurn, TurnInput]], output_dir: Path = DEFAULT_MODEL_DIR,
    goemotions_dir: Path | None = DEFAULT_GOEMOTIONS_DIR, config: FinetuneConfig = FinetuneConfig(),
    targets: ThresholdTargets = ThresholdTargets(),
) -> dict:
    """Fine-tune on the train split, calibrate and choose thresholds on val, save into ``output_dir``.

    Args:
        examples: Labeled turns with their redacted inputs.
        output_dir: Where ``model.safetensors``, ``model.json`` and ``thresholds.json`` go.
        goemotions_dir: A folder with GoEmotions ``train.tsv`` for the auxiliary task; None trains without.
        config: Fine-tuning hyper-parameters.
        targets: Threshold targets.

    Returns:
        A report: rows, seconds, validation AUC and the precision and recall the thresholds reach there.

    Raises:
        ValueError: a split has no positive of a valence, or a target is not reachable on val.
    """
    started = time.perf_counter()
    goemotions = load_goemotions(goemotions_dir)
    model, selector, report = fit_calibrated(examples, goemotions, config, targets)
    report["seconds"] = round(time.perf_counter() - started, 1)
    save_trained(model, selector, report, config, targets, goemotions is not None, Path(output_dir))
    log.info("train-classifier: done in %.0f s", report["seconds"])
    return report


def save_trained(model: ValenceModel, selector: ThresholdSelector, report: dict, config: FinetuneConfig,
                 targets: ThresholdTargets, goemotions: bool, output_dir: Path) -> None:
    """Write the calibrated model and its thresholds, each with where it came from."""
    model.meta = {"training": {"labels_sha256": file_sha256(LABELS_FILE), "config": _config_dict(config),
                               "goemotions": goemotions, **{k: v for k, v in report.items() if k != "seconds"}}}
    model.save(output_dir)
    save_thresholds(output_dir / "thresholds.json", selector.thresholds_, {
        "chosen_on": "val split of classifiers/data/real/labels.jsonl", "labels_sha256": file_sha256(LABELS_FILE),
        "targets": asdict(targets), "achieved": selector.report_["achieved"], "positives": selector.report_["positives"],
        "joy_rule": selector.report_["joy_rule"]})


def _config_dict(config: FinetuneConfig) -> dict:
    data = asdict(config)
    data["reading"] = config.reading.to_dict()
    data.pop("threads", None)
    return data
