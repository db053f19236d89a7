"""Label sets and the pure functions that map a classifier's labels to distress and joy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np

GOEMOTIONS_LABELS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
    "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear",
    "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief",
    "remorse", "sadness", "surprise", "neutral",
)
"""GoEmotions label names; the position is the label id used in its TSV files."""

GOEMOTIONS_DISTRESS: tuple[str, ...] = (
    "sadness", "grief", "remorse", "disappointment", "fear", "nervousness", "embarrassment",
    "annoyance", "anger", "disgust",
)
GOEMOTIONS_JOY: tuple[str, ...] = (
    "joy", "excitement", "amusement", "gratitude", "love", "admiration", "optimism", "pride", "relief",
)
DEFAULT_LABEL_MAPPING: dict[str, tuple[str, ...]] = {
    "distress": GOEMOTIONS_DISTRESS,
    "joy": GOEMOTIONS_JOY,
}
"""The GoEmotions mapping of the dataset README, used for GoEmotions data and HF GoEmotions models."""

Aggregation = Literal["sum", "max"]


def goemotions_binary(label_ids: Sequence[int]) -> tuple[int, int]:
    """Map one GoEmotions example's label ids to (distress, joy) as 0/1.

    Args:
        label_ids: Ids into :data:`GOEMOTIONS_LABELS`.

    Returns:
        ``(distress, joy)``; both can be 1 (the raters disagreed or the text is mixed).
    """
    names = {GOEMOTIONS_LABELS[i] for i in label_ids}
    return int(bool(names & set(GOEMOTIONS_DISTRESS))), int(bool(names & set(GOEMOTIONS_JOY)))


def mapping_indices(
    id2label: Mapping[int, str], mapping: Mapping[str, Sequence[str]]
) -> dict[str, list[int]]:
    """Resolve a valence -> label-names mapping to the model's output indices.

    Label names match case-insensitively. Every mapped name must exist in the model, so a typo
    is an error rather than a valence that silently never fires.

    Args:
        id2label: The model's ``config.id2label``.
        mapping: ``{"distress": [...], "joy": [...]}``.

    Returns:
        ``{"distress": [indices], "joy": [indices]}``.

    Raises:
        ValueError: a mapped label is not one of the model's labels (the message names it).
    """
    by_name = {str(name).lower(): int(i) for i, name in id2label.items()}
    out: dict[str, list[int]] = {}
    for valence in ("distress", "joy"):
        idx = []
        for name in mapping[valence]:
            if name.lower() not in by_name:
                raise ValueError(
                    f"label_mapping.{valence}: label '{name}' is not among the model's labels "
                    f"({sorted(by_name)})"
                )
            idx.append(by_name[name.lower()])
        out[valence] = idx
    return out


def aggregate_label_probs(
    probs: np.ndarray, indices: Mapping[str, Sequence[int]], aggregation: Aggregation
) -> np.ndarray:
    """Collapse per-label probabilities to distress and joy.

    ``sum`` is the probability of any mapped label when the labels are exclusive (a softmax
    head); it is clipped to 1. ``max`` is the strongest single mapped label, the conservative
    choice for independent sigmoid (multi-label) heads, where a sum can pass 1.

    Args:
        probs: ``(n, n_labels)`` probabilities.
        indices: Output of :func:`mapping_indices`.
        aggregation: ``"sum"`` or ``"max"``.

    Returns:
        ``(n, 2)`` array: column 0 distress, column 1 joy, in [0, 1].
    """
    if aggregation not in ("sum", "max"):
        raise ValueError(f"aggregation must be 'sum' or 'max', got {aggregation!r}")
    cols = []
    for valence in ("distress", "joy"):
        sub = probs[:, list(indices[valence])]
        cols.append(np.clip(sub.sum(axis=1), 0.0, 1.0) if aggregation == "sum" else sub.max(axis=1))
    return np.stack(cols, axis=1).astype(np.float64)
