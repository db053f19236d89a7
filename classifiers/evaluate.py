"""Evaluate a valence model on labelled data (``eval-classifier``).

Reads labelled assistant-turn JSONL or a GoEmotions TSV (mapped to binary distress/joy) and
reports, per valence at the thresholds in force: precision, recall, F1, ROC AUC and flagged
rate, plus the flagged rate per category when the file has categories. No text is reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from classifiers.labelled_data import file_sha256, read_labelled
from classifiers.spec import ValenceModelSpec
from classifiers.model import DEFAULT_MODEL_DIR
from classifiers.settings import ClassifierSettings
from classifiers.types import TurnInput, ValenceThresholds

VALENCES = ("distress", "joy")


def valence_metrics(labels: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, float]:
    """Precision, recall, F1, AUC and flagged rate of one valence at ``score >= threshold``."""
    flagged = scores >= threshold
    tp = int(np.sum(flagged & (labels == 1)))
    n_flag, n_pos = int(flagged.sum()), int(labels.sum())
    precision = tp / n_flag if n_flag else float("nan")
    recall = tp / n_pos if n_pos else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if n_flag and n_pos and tp else 0.0
    auc = float(roc_auc_score(labels, scores)) if 0 < n_pos < len(labels) else float("nan")
    return {"precision": precision, "recall": recall, "f1": f1, "auc": auc,
            "flagged_rate": n_flag / len(labels) if len(labels) else float("nan"),
            "positives": n_pos, "threshold": threshold}


def evaluate_scores(
    labels: np.ndarray, scores: np.ndarray, thresholds: ValenceThresholds, categories: tuple[str, ...] = ()
) -> dict:
    """Metrics for both valences, and flagged rates per category when categories are given."""
    report = {"rows": int(len(labels))}
    for i, valence in enumerate(VALENCES):
        report[valence] = valence_metrics(labels[:, i], scores[:, i], getattr(thresholds, valence))
    if categories and any(categories):
        cats = np.asarray(categories)
        report["by_category"] = {
            cat: {
                "rows": int((cats == cat).sum()),
                "flagged_distress_rate": float(np.mean(scores[cats == cat, 0] >= thresholds.distress)),
                "flagged_joy_rate": float(np.mean(scores[cats == cat, 1] >= thresholds.joy)),
            }
            for cat in sorted(set(categories))
        }
    return report


def eval_classifier(
    data: Path, settings: ClassifierSettings = ClassifierSettings(), model_dir: Path = DEFAULT_MODEL_DIR
) -> dict:
    """Score a labelled file with the configured model and evaluate it at the thresholds in force.

    Args:
        data: Labelled JSONL (assistant turns) or a GoEmotions ``.tsv``.
        settings: Which model and thresholds.
        model_dir: The default model's directory; ignored for Hugging Face models.

    Returns:
        A report dict (see :func:`evaluate_scores`) with the file's name and hash and the model id.
    """
    labelled = read_labelled(Path(data))
    spec = ValenceModelSpec(settings, model_dir)
    loaded = spec.load_model()
    scores = np.asarray([[s.distress, s.joy] for s in spec.run_inference(labelled.turns, loaded)])
    report = evaluate_scores(labelled.labels, scores, spec.thresholds(), labelled.categories)
    report.update({"data": str(data), "sha256": file_sha256(Path(data)), "model_id": spec.model_id})
    return report


def format_report(report: dict) -> str:
    """A plain-text table of a report from :func:`eval_classifier`."""
    lines = [f"model {report.get('model_id', '?')} on {report.get('data', '?')} ({report['rows']} rows)",
             f"{'valence':<9} {'threshold':>9} {'precision':>9} {'recall':>7} {'f1':>6} {'auc':>6} "
             f"{'flagged':>8} {'positives':>9}"]
    for v in VALENCES:
        m = report[v]
        lines.append(f"{v:<9} {m['threshold']:>9.4f} {m['precision']:>9.3f} {m['recall']:>7.3f} "
                     f"{m['f1']:>6.3f} {m['auc']:>6.3f} {m['flagged_rate']:>8.2%} {m['positives']:>9d}")
    for cat, c in report.get("by_category", {}).items():
        lines.append(f"  category {cat:<28} rows {c['rows']:>5}  flagged distress "
                     f"{c['flagged_distress_rate']:>6.2%}  joy {c['flagged_joy_rate']:>6.2%}")
    return "\n".join(lines)


def evaluate_real(
    scores: np.ndarray, labels: np.ndarray, sources: Sequence[str], uniform: Sequence[bool],
    thresholds: ValenceThresholds,
) -> dict:
    """Figures on real labeled turns: overall, per source, and the uniform sample's flagged rate.

    Args:
        scores: ``(n, 2)`` calibrated scores (distress, joy).
        labels: ``(n, 2)`` binary targets: distress >= 1, joy == 2.
        sources: Each turn's source.
        uniform: Whether the turn belongs to the uniform sample of the pool (its labeled rate is
            the true rate to compare the flagged rate with).
        thresholds: The thresholds in force.
    """
    report = evaluate_scores(labels, scores, thresholds)
    srcs = np.asarray(sources)
    report["by_source"] = {
        source: {v: valence_metrics(labels[srcs == source, i], scores[srcs == source, i], getattr(thresholds, v))
                 for i, v in enumerate(VALENCES)} | {"rows": int((srcs == source).sum())}
        for source in sorted(set(sources))
    }
    mask = np.asarray(uniform, dtype=bool)
    if mask.any():
        report["uniform_sample"] = {"rows": int(mask.sum())} | {
            v: {"labeled_rate": float(labels[mask, i].mean()),
                "flagged_rate": float((scores[mask, i] >= getattr(thresholds, v)).mean())}
            for i, v in enumerate(VALENCES)}
    return report


def format_real_report(report: dict, title: str) -> str:
    """A plain-text table of :func:`evaluate_real`'s figures (no text of any turn)."""
    lines = [title, f"{'source':<28} {'rows':>5}  {'distress P/R/AUC (pos)':<26} {'joy P/R/AUC (pos)':<24}"]

    def cell(m: dict) -> str:
        def f(x: float) -> str:
            return "  -  " if x != x else f"{x:.3f}"
        return f"{f(m['precision'])}/{f(m['recall'])}/{f(m['auc'])} ({m['positives']})"

    for source, m in [("all", report), *report["by_source"].items()]:
        lines.append(f"{source:<28} {m['rows']:>5}  {cell(m['distress']):<26} {cell(m['joy']):<24}")
    if "uniform_sample" in report:
        u = report["uniform_sample"]
        lines.append(f"uniform sample ({u['rows']} turns): distress flagged {u['distress']['flagged_rate']:.2%} vs "
                     f"labeled {u['distress']['labeled_rate']:.2%}; joy flagged {u['joy']['flagged_rate']:.2%} vs "
                     f"labeled {u['joy']['labeled_rate']:.2%}")
    return "\n".join(lines)


def score_turns(turns: Sequence[TurnInput], settings: ClassifierSettings = ClassifierSettings(),
                model_dir: Path = DEFAULT_MODEL_DIR) -> tuple[np.ndarray, ValenceThresholds, str]:
    """``(n, 2)`` scores of the configured model, the thresholds in force and the model id."""
    spec = ValenceModelSpec(settings, model_dir)
    scores = spec.run_inference(list(turns), spec.load_model())
    return np.asarray([[s.distress, s.joy] for s in scores]).reshape(-1, 2), spec.thresholds(), spec.model_id


def cross_source(examples: Sequence[tuple], config=None, goemotions_dir: Path | None = None, targets=None,
                 sources: Sequence[str] | None = None) -> Iterator[tuple[str, dict]]:
    """Leave one source out: for each source, a model trained and thresholded without it, tested on all of it.

    Args:
        examples: ``(RealTurn, TurnInput)`` pairs of the whole real labeled set, redacted.
        config, goemotions_dir, targets: As for ``train-classifier`` (defaults: the shipped recipe).
        sources: The sources to hold out, one model each (default: every source). A fold costs a
            whole training run, so a run may take a few folds at a time.

    Returns:
        ``(source, evaluate_real report)`` per fold, in source order, each as soon as its model is
        trained (a fold takes most of an hour).

    Raises:
        ValueError: a requested source is not in the set (at once, before any training).
    """
    present = sorted({t.source for t, _ in examples})
    unknown = sorted(set(sources or ()) - set(present))
    if unknown:
        raise ValueError(f"no labeled turns from source(s) {', '.join(unknown)}; the set holds {', '.join(present)}")
    return _folds(examples, sorted(set(sources)) if sources else present, config, goemotions_dir, targets)


def _folds(examples: Sequence[tuple], held_out: Sequence[str], config, goemotions_dir, targets) -> Iterator[tuple[str, dict]]:
    from classifiers.finetune import FinetuneConfig
    from classifiers.labelled_data import DEFAULT_GOEMOTIONS_DIR
    from classifiers.train import ThresholdTargets, fit_calibrated, load_goemotions

    goemotions = load_goemotions(goemotions_dir or DEFAULT_GOEMOTIONS_DIR)
    for source in held_out:
        rest = [(t, ti) for t, ti in examples if t.source != source]
        held = [(t, ti) for t, ti in examples if t.source == source]
        model, selector, _ = fit_calibrated(rest, goemotions, config or FinetuneConfig(), targets or ThresholdTargets())
        scores = model.score([ti for _, ti in held])
        labels = np.array([t.flagged for t, _ in held])
        yield source, evaluate_real(scores, labels, [source] * len(held), [t.selection == "uniform" for t, _ in held],
                                    selector.thresholds_)
