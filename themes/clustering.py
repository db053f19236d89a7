"""Density clustering of (reduced) trigger embeddings: HDBSCAN, in the implementation chosen.

A clusterer has ``fit(x) -> self`` and ``labels_`` (-1 for noise). :class:`HDBSCANClusterer`
wraps three implementations behind one interface: ``fast_hdbscan`` (numba, parallel),
``hdbscan`` (the reference) and scikit-learn's ``HDBSCAN``; ``bench/themes_quality.py`` compares
them with EVōC. A missing package is an error naming it, never a quiet substitute.
:class:`FixedLabels` takes its labels from the caller, so tests can fix the clusters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from themes.numba_cache import cache_jit_functions, configure_numba_cache

BACKENDS = ("fast_hdbscan", "hdbscan", "sklearn")
_PACKAGES = {"fast_hdbscan": "fast-hdbscan", "hdbscan": "hdbscan", "sklearn": "scikit-learn"}


class Clusterer(Protocol):
    labels_: np.ndarray

    def fit(self, x: np.ndarray) -> Clusterer: ...


class FixedLabels:
    """Labels given in advance (for tests): ``fit`` only checks the row count."""

    def __init__(self, labels: Sequence[int]):
        self.labels = labels

    def fit(self, x: np.ndarray) -> FixedLabels:
        if len(x) != len(self.labels):
            raise ValueError(f"labels: {len(self.labels)} given for {len(x)} rows")
        self.labels_ = np.asarray(self.labels, dtype=np.int64)
        return self


class HDBSCANClusterer:
    """HDBSCAN ("excess of mass" cluster selection) in one of three implementations.

    Args:
        min_cluster_size: Smallest cluster.
        min_samples: Density parameter (how conservative; smaller makes less noise).
        backend: ``fast_hdbscan``, ``hdbscan`` or ``sklearn``.

    Attributes:
        labels_: Cluster per row, -1 for noise.
    """

    def __init__(self, min_cluster_size: int = 15, min_samples: int = 5, backend: str = "fast_hdbscan"):
        self.min_cluster_size = min_cluster_size
        self.min_samples = min_samples
        self.backend = backend

    def _validate(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, got {self.backend!r}")
        if self.min_cluster_size < 2:
            raise ValueError(f"min_cluster_size must be at least 2, got {self.min_cluster_size}")
        if self.min_samples < 1:
            raise ValueError(f"min_samples must be at least 1, got {self.min_samples}")

    def _estimator(self):
        configure_numba_cache()
        try:
            if self.backend == "fast_hdbscan":
                from fast_hdbscan import HDBSCAN
            elif self.backend == "hdbscan":
                from hdbscan import HDBSCAN
            else:
                from sklearn.cluster import HDBSCAN

                return HDBSCAN(min_cluster_size=self.min_cluster_size, min_samples=self.min_samples, copy=True)
        except ImportError:
            raise ValueError(f"clusterer '{self.backend}' needs the package '{_PACKAGES[self.backend]}'") from None
        cache_jit_functions()
        return HDBSCAN(min_cluster_size=self.min_cluster_size, min_samples=self.min_samples)

    def fit(self, x: np.ndarray) -> HDBSCANClusterer:
        """Cluster the rows of ``x``.

        Raises:
            ValueError: a parameter is invalid, the backend's package is missing, or ``x`` holds
                non-finite values.
        """
        self._validate()
        if not np.all(np.isfinite(x)):
            raise ValueError("x: holds non-finite values")
        if len(x) <= self.min_cluster_size:
            self.labels_ = np.full(len(x), -1, dtype=np.int64)  # too few rows for any cluster
            return self
        self.labels_ = np.asarray(self._estimator().fit(x).labels_, dtype=np.int64)
        return self
