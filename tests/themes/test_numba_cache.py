"""UMAP's JIT functions go to numba's disk cache, so a run does not compile them again."""

from numba.core.caching import NullCache

from themes.numba_cache import cache_jit_functions, configure_numba_cache


def test_umaps_jit_functions_are_cached_on_disk_once_loaded():
    configure_numba_cache()
    import umap.layouts
    import umap.umap_

    cache_jit_functions()
    for function in (umap.umap_.smooth_knn_dist, umap.umap_.compute_membership_strengths,
                     umap.layouts._nb_optimize_layout_euclidean_single_epoch):
        assert not isinstance(function._cache, NullCache), function.py_func.__name__
    assert cache_jit_functions() == 0  # nothing left to switch on
