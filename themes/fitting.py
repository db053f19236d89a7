"""Fit themes on a bounded sample of one valence's events; assign every event by nearest centroid.

Clustering is the one global step of the job, so it runs on at most ``fit_sample`` events chosen
by a seeded hash of their keys (the same events whatever the runner or the order of arrival). A
theme is the unit-length mean of its members' embeddings; every event, in the sample or not, is
then assigned to the most similar theme if the cosine similarity reaches ``assign_floor``, and
stays unassigned (noise) otherwise. Assignment is element-wise, so it runs in parallel and never
needs more than the centroids in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from themes.clustering import Clusterer, HDBSCANClusterer
from themes.reduction import NoReduction, Reducer, UMAPReducer
from themes.settings import ThemeSettings


@dataclass(frozen=True)
class ThemeFit:
    """The themes found for one valence.

    Attributes:
        centroids: ``(k, dim)`` unit vectors in embedding space, largest cluster first.
        fitted_on: Events in the sample.
        reason: Why there are no themes ("" when there are some): ``too_few_events`` or ``no_clusters``.
    """

    centroids: np.ndarray
    fitted_on: int
    reason: str = ""

    @property
    def count(self) -> int:
        return len(self.centroids)


def sample_rank(event_key: str, seed: int) -> str:
    """A seeded, order-free rank: the fit sample is the ``fit_sample`` events of lowest rank."""
    return hashlib.sha256(f"{seed}:{event_key}".encode()).hexdigest()


def rank_share(rank: str) -> float:
    """Where a rank falls in ``[0, 1)``: ranks are uniform hashes, so a share keeps that share of events."""
    return int(rank[:13], 16) / 16**13


def sample_cutoff(events: int, fit_sample: int) -> float:
    """The rank share below which the ``fit_sample`` lowest ranks of ``events`` lie, all but surely.

    Keeping only ranks below it before choosing the exact lowest ones bounds what the choice holds
    by about ``fit_sample`` whatever the number of events. Ten binomial standard deviations of room
    make a short sample a practical impossibility (and it would only be a slightly smaller sample).
    """
    if events <= fit_sample:
        return 1.0
    return min(1.0, (fit_sample + 10 * np.sqrt(fit_sample)) / events)


def _unit(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(norm > 0, norm, 1.0)


def minimum_events(settings: ThemeSettings, events: int) -> int:
    """Fewest events worth clustering: two smallest clusters, and enough rows for UMAP."""
    return max(2 * settings.cluster_size(events), settings.umap_components + 2)


def default_parts(settings: ThemeSettings, events: int) -> tuple[Reducer, Clusterer]:
    """The reducer and clusterer the settings name, for a fit on ``events`` events."""
    reducer: Reducer = (UMAPReducer(settings.umap_components, settings.umap_neighbors, settings.seed)
                        if settings.reduce == "umap" else NoReduction())
    return reducer, HDBSCANClusterer(settings.cluster_size(events), settings.samples(events), settings.clusterer)


def fit_themes(
    vectors: np.ndarray, settings: ThemeSettings, reducer: Reducer | None = None, clusterer: Clusterer | None = None,
) -> ThemeFit:
    """Cluster one valence's sample of trigger embeddings into themes.

    Args:
        vectors: ``(n, dim)`` embeddings of the sample (already at most ``fit_sample`` rows).
        settings: Cluster sizes, seed, backend.
        reducer, clusterer: Stand-ins for the defaults the settings name (tests fix clusters this way).

    Raises:
        ValueError: ``vectors`` holds non-finite values or is not two-dimensional.
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        raise ValueError(f"vectors must be two-dimensional, got shape {vectors.shape}")
    if not np.all(np.isfinite(vectors)):
        raise ValueError("vectors: holds non-finite values")
    dim = vectors.shape[1]
    if len(vectors) < minimum_events(settings, len(vectors)) and clusterer is None:
        return ThemeFit(np.zeros((0, dim), np.float32), len(vectors), "too_few_events")
    default_reducer, default_clusterer = default_parts(settings, len(vectors))
    reduced = (reducer or default_reducer).fit_transform(vectors)
    labels = (clusterer or default_clusterer).fit(reduced).labels_
    clusters = [c for c in np.unique(labels) if c >= 0]
    if not clusters:
        return ThemeFit(np.zeros((0, dim), np.float32), len(vectors), "no_clusters")
    clusters.sort(key=lambda c: (-int((labels == c).sum()), int(c)))
    centroids = _unit(np.stack([_unit(vectors[labels == c]).mean(0) for c in clusters]))
    return ThemeFit(centroids.astype(np.float32), len(vectors))


def assign(vectors: np.ndarray, centroids: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Nearest theme per row by cosine similarity, -1 below ``floor``; and that similarity."""
    if len(vectors) == 0 or len(centroids) == 0:
        return np.full(len(vectors), -1, dtype=np.int64), np.zeros(len(vectors))
    sims = _unit(np.asarray(vectors, dtype=np.float32)) @ centroids.T
    best = sims.argmax(1)
    top = sims[np.arange(len(sims)), best]
    return np.where(top >= floor, best, -1).astype(np.int64), top.astype(np.float64)
