"""Compile the numba functions of UMAP and HDBSCAN into the cache once (``python -m themes.warm_numba_cache``).

A container image runs this at build time (``deploy/Containerfile``), so no run pays the JIT cost;
the cache directory is ``NUMBA_CACHE_DIR`` (see :mod:`themes.numba_cache`).
"""

from __future__ import annotations

import time

import numpy as np

from themes.fitting import fit_themes
from themes.numba_cache import configure_numba_cache
from themes.settings import ThemeSettings


def warm() -> float:
    """Fit themes on a small random input with the default parts; returns the seconds it took."""
    directory = configure_numba_cache()
    start = time.perf_counter()
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 384))
    vectors = np.concatenate([c + 0.05 * rng.normal(size=(60, 384)) for c in centres])
    fit_themes(vectors, ThemeSettings())
    seconds = time.perf_counter() - start
    print(f"numba cache warmed in {seconds:.0f} s at {directory}")
    return seconds


if __name__ == "__main__":
    warm()
