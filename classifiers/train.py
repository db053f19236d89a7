"""Train the default model's head, calibrate it and choose its thresholds (``train-classifier``).

Data: GoEmotions train (general emotional language, no context) plus the assistant-domain train
and validation splits (assistant turns with their user context). The test split is never read.

Two procedures (``HeadTrainingConfig.cv_folds``):

- ``cv_folds=None``: the head is trained on the assistant train split; Platt calibration and the
  thresholds are fitted on the validation split.
- ``cv_folds=k`` (default 5): the shipped head is trained on train and validation together.
  Calibration and thresholds are fitted on out-of-fold scores over train and validation, from
  ``k`` heads each trained without one fold, folds grouped by template so that a template's rows
  are never both trained on and scored. The validation split alone has only a few templates per
  category, so thresholds chosen on it depend on which templates it happened to get; the
  out-of-fold scores cover every template, each scored by a head that never saw it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

from classifiers.calibration import PlattCalibrator
from classifiers.labelled_data import LabelledTurns, file_sha256, read_labelled
from classifiers.embedding_cache import DEFAULT_CACHE_DIR, embed_labelled
from classifiers.encoder import ENCODER_ID, MiniLMEncoder, default_threads
from classifiers.head import FEATURE_DIM, PlattParams, TrainedHead, ValenceHead, turn_features
from classifiers.minilm_model import DEFAULT_MODEL_DIR
from classifiers.thresholds import ThresholdSelector, save_thresholds

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOEMOTIONS_DIR = Path("/work/shared/data/goemotions")
DEFAULT_ASSISTANT_DIR = Path(__file__).resolve().parent / "data" / "assistant_turns"


@dataclass(frozen=True)
class HeadTrainingConfig:
    """Hyper-parameters of the head (chosen on the assistant validation split).

    Measured on validation: the MLP beats a linear head, the context features add about 0.03
    distress AUC, and GoEmotions adds general emotional language (GoEmotions-dev AUC) without
    costing in-domain AUC; ``assistant_share`` 0.3 and 0.5 tie in-domain, 0.3 is better on GoEmotions.

    Attributes:
        hidden: Hidden units of the MLP; 0 trains a linear head.
        dropout: Dropout on input and hidden layer.
        epochs: Passes over the training rows.
        batch_size: Rows per optimiser step.
        learning_rate: AdamW learning rate.
        weight_decay: AdamW weight decay.
        assistant_share: Share of the total sample weight given to the assistant-domain rows
            (the rest goes to GoEmotions), so the small in-domain set is not drowned out.
        context_turns: Preceding user turns the model reads.
        max_length: Tokens kept per text.
        target_recall_distress: Threshold target on validation data.
        target_precision_joy: Threshold target on validation data.
        threshold_confidence: Wilson-bound confidence for the targets (None: point estimates).
            0.8 by default: a threshold met only as a point estimate on validation data holds on
            new data of the same kind about half the time; the bound leaves a margin.
        cv_folds: Folds of the grouped cross-validation that fits calibration and thresholds;
            None fits them on the validation split instead (see the module docstring).
        seed: Seeds torch and numpy.
    """

    hidden: int = 256
    dropout: float = 0.1
    epochs: int = 12
    batch_size: int = 256
    learning_rate: float = 1e-3
    weight_decay: float = 1e-2
    assistant_share: float = 0.3
    context_turns: int = 1
    max_length: int = 256
    target_recall_distress: float = 0.9
    target_precision_joy: float = 0.9
    threshold_confidence: float | None = 0.8
    cv_folds: int | None = 5
    seed: int = 13

    def __post_init__(self) -> None:
        if self.cv_folds is not None and self.cv_folds < 2:
            raise ValueError(f"cv_folds must be None or at least 2, got {self.cv_folds}")
        if not 0.0 < self.assistant_share <= 1.0:
            raise ValueError(f"assistant_share must be in (0, 1], got {self.assistant_share}")


def fit_head(
    features: np.ndarray, labels: np.ndarray, weights: np.ndarray, config: HeadTrainingConfig
) -> ValenceHead:
    """Train the head with weighted binary cross-entropy on both valences; seeded and deterministic."""
    torch.manual_seed(config.seed)
    gen = torch.Generator().manual_seed(config.seed)
    head = ValenceHead(FEATURE_DIM, config.hidden, config.dropout)
    opt = torch.optim.AdamW(head.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    x, y = torch.from_numpy(features), torch.from_numpy(labels.astype(np.float32))
    w = torch.from_numpy((weights / weights.mean()).astype(np.float32))
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    head.train()
    for _ in range(config.epochs):
        perm = torch.randperm(len(x), generator=gen)
        for start in range(0, len(x), config.batch_size):
            idx = perm[start:start + config.batch_size]
            loss = (loss_fn(head(x[idx]), y[idx]).mean(dim=1) * w[idx]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head.eval()


def _fit(
    x_general: np.ndarray, y_general: np.ndarray, domain: list[tuple[np.ndarray, np.ndarray]],
    config: HeadTrainingConfig,
) -> ValenceHead:
    """Fit a head on GoEmotions plus in-domain rows, the latter holding ``assistant_share`` of the weight."""
    x_dom = np.concatenate([x for x, _ in domain])
    y_dom = np.concatenate([y for _, y in domain])
    share = config.assistant_share
    x = np.concatenate([x_general, x_dom])
    y = np.concatenate([y_general, y_dom])
    w = np.concatenate([np.full(len(x_general), (1 - share) / len(x_general)),
                        np.full(len(x_dom), share / len(x_dom))])
    return fit_head(x, y, w, config)


def _out_of_fold_logits(
    x_general: np.ndarray, y_general: np.ndarray, x_dom: np.ndarray, y_dom: np.ndarray,
    groups: np.ndarray, config: HeadTrainingConfig,
) -> np.ndarray:
    """Logits for every in-domain row from a head trained without that row's fold (folds by group)."""
    from sklearn.model_selection import GroupKFold

    if len(set(groups.tolist())) < config.cv_folds:
        raise ValueError(f"cv_folds {config.cv_folds} is more than the {len(set(groups.tolist()))} "
                         "template groups in the data")
    oof = np.zeros((len(y_dom), 2))
    for fold, (train_idx, held_idx) in enumerate(GroupKFold(n_splits=config.cv_folds).split(x_dom, y_dom, groups)):
        head = _fit(x_general, y_general, [(x_dom[train_idx], y_dom[train_idx])], config)
        oof[held_idx] = TrainedHead(head, PlattParams(), {}).logits(x_dom[held_idx])
        log.info("cross-validation fold %d of %d done", fold + 1, config.cv_folds)
    return oof


def _auc(labels: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    return {v: float(roc_auc_score(labels[:, i], scores[:, i])) for i, v in enumerate(("distress", "joy"))}


def _describe(data: LabelledTurns) -> dict:
    root = REPO_ROOT if data.source.resolve().is_relative_to(REPO_ROOT) else data.source.parent
    return {
        "file": str(data.source.resolve().relative_to(root)) if root == REPO_ROOT else str(data.source),
        "sha256": file_sha256(data.source),
        "rows": len(data),
        "distress": int(data.labels[:, 0].sum()),
        "joy": int(data.labels[:, 1].sum()),
    }


def train_classifier(
    output_dir: Path = DEFAULT_MODEL_DIR,
    *,
    goemotions_dir: Path = DEFAULT_GOEMOTIONS_DIR,
    assistant_dir: Path = DEFAULT_ASSISTANT_DIR,
    cache_dir: Path | None = DEFAULT_CACHE_DIR,
    config: HeadTrainingConfig = HeadTrainingConfig(),
) -> dict:
    """Train, calibrate and choose thresholds; write ``head.safetensors``, ``head.json`` and
    ``thresholds.json`` into ``output_dir``.

    Args:
        output_dir: Where the model files go (default: the shipped ``classifiers/default_model``).
        goemotions_dir: Holds ``train.tsv`` and ``dev.tsv``.
        assistant_dir: Holds ``train.jsonl`` and ``val.jsonl`` (``test.jsonl`` is not read).
        cache_dir: Embedding cache outside the repository; None disables it.
        config: Hyper-parameters.

    Returns:
        A report: data counts, validation and GoEmotions-dev AUC, thresholds and what they achieve
        on validation, and the wall time. It holds no text.
    """
    started = time.monotonic()
    torch.set_num_threads(default_threads())
    np.random.seed(config.seed)
    encoder = MiniLMEncoder.load(max_length=config.max_length, device="cpu")
    sets = {
        "goemotions_train": read_labelled(Path(goemotions_dir) / "train.tsv"),
        "goemotions_dev": read_labelled(Path(goemotions_dir) / "dev.tsv"),
        "assistant_train": read_labelled(Path(assistant_dir) / "train.jsonl"),
        "assistant_val": read_labelled(Path(assistant_dir) / "val.jsonl"),
    }
    feats = {}
    for name, data in sets.items():
        utt, ctx = embed_labelled(encoder, data, context_turns=config.context_turns, cache_dir=cache_dir)
        feats[name] = turn_features(utt, ctx)
        log.info("embedded %s: %d rows", name, len(data))

    ge, val = sets["goemotions_train"], sets["assistant_val"]
    if config.cv_folds is None:
        head = _fit(feats["goemotions_train"], ge.labels, [(feats["assistant_train"], sets["assistant_train"].labels)],
                    config)
        cal_logits, cal_labels = TrainedHead(head, PlattParams(), {}).logits(feats["assistant_val"]), val.labels
        cal_source = "Platt scaling and thresholds fitted on the validation split's scores"
    else:
        at = sets["assistant_train"]
        x_at = np.concatenate([feats["assistant_train"], feats["assistant_val"]])
        y_at = np.concatenate([at.labels, val.labels])
        groups = np.asarray(at.groups + val.groups)
        cal_logits = _out_of_fold_logits(feats["goemotions_train"], ge.labels, x_at, y_at, groups, config)
        cal_labels = y_at
        head = _fit(feats["goemotions_train"], ge.labels, [(x_at, y_at)], config)
        cal_source = (f"Platt scaling and thresholds fitted on out-of-fold scores over train+validation "
                      f"({config.cv_folds} folds grouped by template)")

    cal = [PlattCalibrator().fit(cal_logits[:, i], cal_labels[:, i]) for i in range(2)]
    platt = PlattParams(cal[0].a_, cal[0].b_, cal[1].a_, cal[1].b_)
    cal_scores = platt.apply(cal_logits)
    selector = ThresholdSelector(
        config.target_recall_distress, config.target_precision_joy, config.threshold_confidence
    ).fit(cal_scores, cal_labels)
    trained_probe = TrainedHead(head, platt, {})
    val_scores = trained_probe.predict(feats["assistant_val"])

    data_desc = {name: _describe(data) for name, data in sets.items()}
    train_cfg = asdict(config)
    meta = {
        "encoder": ENCODER_ID, "features": "[u, c, u*c, has_context] of L2-normalised mean-pooled embeddings",
        "context_turns": config.context_turns, "max_length": config.max_length,
        "training": train_cfg,
        "data": {k: data_desc[k] for k in ("goemotions_train", "assistant_train", "assistant_val")},
        "head_trained_on": ["goemotions_train", "assistant_train"] + ([] if config.cv_folds is None
                                                                       else ["assistant_val"]),
    }
    trained = TrainedHead(head, platt, meta)
    trained.save(Path(output_dir))
    save_thresholds(Path(output_dir) / "thresholds.json", selector.thresholds_, {
        "chosen_on": data_desc["assistant_val"] if config.cv_folds is None else {
            "files": [data_desc["assistant_train"], data_desc["assistant_val"]],
            "rows": len(cal_labels), "distress": int(cal_labels[:, 0].sum()), "joy": int(cal_labels[:, 1].sum()),
            "cv_folds": config.cv_folds, "grouped_by": "template"},
        "targets": {"distress_recall": config.target_recall_distress,
                    "joy_precision": config.target_precision_joy,
                    "confidence": config.threshold_confidence},
        "rule": "distress: highest threshold meeting the recall target; joy: lowest threshold meeting "
                "the precision target; a turn is flagged when score >= threshold",
        "achieved_on_calibration_data": selector.report_["achieved"],
        "scores": cal_source,
    })
    return {
        "data": data_desc,
        "auc": {
            "assistant_val": _auc(val.labels, val_scores),  # in-sample when cv_folds is set
            "calibration_data": _auc(cal_labels, cal_scores),
            "goemotions_dev": _auc(sets["goemotions_dev"].labels, trained.predict(feats["goemotions_dev"])),
        },
        "thresholds": asdict(selector.thresholds_),
        "achieved_on_calibration_data": selector.report_["achieved"],
        "seconds": round(time.monotonic() - started, 1),
    }
