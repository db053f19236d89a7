import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from themes.clustering import FixedLabels, HDBSCANClusterer
from themes.fitting import assign, fit_themes, rank_share, sample_cutoff, sample_rank
from themes.reduction import NoReduction, UMAPReducer
from themes.settings import ThemeSettings


def test_umap_and_hdbscan_recover_well_separated_families(planted):
    _, vectors, family = planted
    fit = fit_themes(vectors, ThemeSettings())
    labels, _ = assign(vectors, fit.centroids, ThemeSettings().assign_floor)
    assert fit.count == 5
    assert adjusted_rand_score(family, labels) > 0.95


def test_the_same_input_gives_the_same_centroids(planted):
    _, vectors, _ = planted
    a, b = fit_themes(vectors, ThemeSettings()), fit_themes(vectors, ThemeSettings())
    np.testing.assert_array_equal(a.centroids, b.centroids)


@pytest.mark.parametrize("n", [0, 1, 5, 29])
def test_tiny_inputs_give_no_themes_and_a_reason(n):
    fit = fit_themes(np.random.default_rng(0).normal(size=(n, 384)), ThemeSettings())
    assert fit.count == 0 and fit.reason == "too_few_events" and fit.fitted_on == n


def test_non_finite_vectors_are_an_error():
    vectors = np.ones((40, 384))
    vectors[3, 7] = np.nan
    with pytest.raises(ValueError, match="vectors: holds non-finite values"):
        fit_themes(vectors, ThemeSettings())


def test_a_fixed_clusterer_sets_the_themes_and_centroids_are_unit_means(planted):
    _, vectors, family = planted
    fit = fit_themes(vectors, ThemeSettings(), reducer=NoReduction(), clusterer=FixedLabels(family))
    assert fit.count == 5
    np.testing.assert_allclose(np.linalg.norm(fit.centroids, axis=1), 1.0, rtol=1e-5)


def test_events_below_the_floor_stay_unassigned():
    centroids = np.eye(3, 4, dtype=np.float32)
    vectors = np.array([[1, 0.1, 0, 0], [0, 0, 0, 1]], dtype=np.float32)
    labels, sims = assign(vectors, centroids, floor=0.5)
    assert labels.tolist() == [0, -1] and sims[1] == pytest.approx(0.0)


@pytest.mark.parametrize("backend", ["fast_hdbscan", "hdbscan", "sklearn"])
def test_every_hdbscan_backend_clusters_the_reduced_families(planted, backend):
    _, vectors, family = planted
    reduced = UMAPReducer(seed=1).fit_transform(vectors)
    labels = HDBSCANClusterer(min_cluster_size=20, min_samples=5, backend=backend).fit(reduced).labels_
    assert adjusted_rand_score(family, labels) > 0.9


def test_an_unknown_backend_is_named_in_the_error(planted):
    with pytest.raises(ValueError, match="backend must be one of fast_hdbscan, hdbscan, sklearn, got 'kmeans'"):
        HDBSCANClusterer(backend="kmeans").fit(planted[1][:50])


@pytest.mark.parametrize("events", [50, 1_000, 20_000])
def test_the_rank_cutoff_keeps_the_lowest_ranks_and_little_more(events):
    fit_sample, seed = 200, 7
    shares = sorted(rank_share(sample_rank(f"c{i}:1:distress", seed)) for i in range(events))
    cutoff = sample_cutoff(events, fit_sample)
    kept = sum(s < cutoff for s in shares)
    assert kept >= min(events, fit_sample)  # the exact lowest fit_sample are all among the kept
    assert kept <= fit_sample + 20 * np.sqrt(fit_sample)  # bounded by the sample, not by the events
