"""Numba's on-disk cache: compile UMAP's and HDBSCAN's JIT functions once, not in every run."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DIR = Path.home() / ".cache" / "expression-miner" / "numba"


def configure_numba_cache(directory: Path | None = None) -> Path:
    """Point numba's cache at ``directory`` (default ``~/.cache/expression-miner/numba``) before numba loads.

    An explicit ``NUMBA_CACHE_DIR`` in the environment wins. Must run before the first import of
    umap, pynndescent or the HDBSCAN packages; later calls only return the directory in force.
    """
    path = Path(os.environ.setdefault("NUMBA_CACHE_DIR", str(directory or DEFAULT_DIR)))
    path.mkdir(parents=True, exist_ok=True)
    return path
