"""Dimensionality reduction before clustering: UMAP (cosine), or nothing.

A reducer has ``fit_transform(vectors) -> reduced``. :class:`UMAPReducer` is seeded from the
settings (one machine, one result); :class:`NoReduction` passes vectors through, for tests and
for clusterers that do without (EVōC).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from themes.numba_cache import cache_jit_functions, configure_numba_cache


class Reducer(Protocol):
    def fit_transform(self, vectors: np.ndarray) -> np.ndarray: ...


class NoReduction:
    """Pass vectors through unchanged."""

    def fit_transform(self, vectors: np.ndarray) -> np.ndarray:
        return vectors


class UMAPReducer:
    """UMAP on cosine distances to a few dimensions.

    Args:
        n_components: Output dimensions.
        n_neighbors: Neighbourhood size; capped at ``len(vectors) - 1`` for small inputs.
        seed: UMAP's random state (a seeded UMAP runs on one thread: reproducible on one machine).
    """

    def __init__(self, n_components: int = 5, n_neighbors: int = 15, seed: int = 42):
        self.n_components = n_components
        self.n_neighbors = n_neighbors
        self.seed = seed

    def fit_transform(self, vectors: np.ndarray) -> np.ndarray:
        """``(n, dim)`` -> ``(n, n_components)``.

        Raises:
            ValueError: fewer rows than ``n_components + 2`` (UMAP's spectral start needs more).
        """
        if len(vectors) < self.n_components + 2:
            raise ValueError(f"vectors: UMAP needs at least n_components + 2 = {self.n_components + 2} rows, "
                             f"got {len(vectors)}")
        configure_numba_cache()
        import umap

        cache_jit_functions()

        model = umap.UMAP(n_components=self.n_components, n_neighbors=min(self.n_neighbors, len(vectors) - 1),
                          metric="cosine", min_dist=0.0, random_state=self.seed, n_jobs=1)
        return np.asarray(model.fit_transform(vectors), dtype=np.float32)
