"""Numba's on-disk cache: compile UMAP's and HDBSCAN's JIT functions once, not in every run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_DIR = Path.home() / ".cache" / "expression-miner" / "numba"
JIT_PACKAGES = ("umap", "pynndescent", "fast_hdbscan", "hdbscan")


def configure_numba_cache(directory: Path | None = None) -> Path:
    """Point numba's cache at ``directory`` (default ``~/.cache/expression-miner/numba``) before numba loads.

    An explicit ``NUMBA_CACHE_DIR`` in the environment wins. Must run before the first import of
    umap, pynndescent or the HDBSCAN packages; later calls only return the directory in force.
    """
    path = Path(os.environ.setdefault("NUMBA_CACHE_DIR", str(directory or DEFAULT_DIR)))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_jit_functions(packages: tuple[str, ...] = JIT_PACKAGES) -> int:
    """Turn on numba's disk cache for the module-level JIT functions of the loaded ``packages``.

    Most of UMAP's functions (nearest-neighbour descent, the fuzzy graph, the layout) are declared
    without ``cache=True``, so without this every process compiled them again: about half a minute
    per run on 2 cores, whatever the input size. Call after importing the packages and before their
    first use. Returns how many functions it switched on.
    """
    from numba.core.caching import NullCache
    from numba.core.dispatcher import Dispatcher

    switched = 0
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".", 1)[0] not in packages:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, Dispatcher) and isinstance(value._cache, NullCache):
                value.enable_caching()
                switched += 1
    return switched
