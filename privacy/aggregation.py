"""What may be published about a group of events: thresholds, and optional differential privacy.

A theme is published only if it holds at least ``k_conversations`` distinct conversations and
``k_accounts`` distinct accounts (DESIGN.md, privacy invariant 3). With ``epsilon`` set, its counts
are replaced by PipelineDP estimates (Laplace noise, each account's contribution bounded) and the
themes themselves are chosen by DP partition selection with ``k_accounts`` as pre-threshold; the
thresholds then apply to the noisy counts, and epsilon and delta go into the manifest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Bounds on one account's contribution under DP: how many themes it may count in, and how many of
# its events (and conversations) count per theme. Generous enough for real accounts, small
# enough that the noise stays a few units.
MAX_THEMES_PER_ACCOUNT = 2
MAX_EVENTS_PER_ACCOUNT_AND_THEME = 5


def meets_thresholds(conversations: int, accounts: int, k_conversations: int, k_accounts: int) -> bool:
    """Whether a group is large enough to publish."""
    return conversations >= k_conversations and accounts >= k_accounts


@dataclass(frozen=True)
class NoisyCounts:
    """DP estimates of a theme's events, conversations and accounts (rounded, at least 0)."""

    events: int
    conversations: int
    accounts: int


def dp_theme_counts(
    records: Any, backend: Any, epsilon: float, delta: float, k_accounts: int,
) -> Any:
    """Differentially private counts per theme with PipelineDP.

    Args:
        records: A collection of ``(account_key, theme_key, first_of_conversation)`` per event, in
            the backend's collection type (a list for ``LocalBackend``, a PCollection for
            ``BeamBackend``). ``first_of_conversation`` is 1.0 for one event per conversation and
            theme, so its sum counts conversations.
        backend: A PipelineDP backend.
        epsilon, delta: The privacy budget of the whole release.
        k_accounts: Pre-threshold of DP partition selection.

    Returns:
        A collection of ``(theme_key, NoisyCounts)`` for the themes selected.
    """
    import pipeline_dp

    accountant = pipeline_dp.NaiveBudgetAccountant(total_epsilon=epsilon, total_delta=delta)
    engine = pipeline_dp.DPEngine(accountant, backend)
    params = pipeline_dp.AggregateParams(
        metrics=[pipeline_dp.Metrics.COUNT, pipeline_dp.Metrics.PRIVACY_ID_COUNT, pipeline_dp.Metrics.SUM],
        noise_kind=pipeline_dp.NoiseKind.LAPLACE,
        max_partitions_contributed=MAX_THEMES_PER_ACCOUNT,
        max_contributions_per_partition=MAX_EVENTS_PER_ACCOUNT_AND_THEME,
        min_value=0.0, max_value=1.0,
        pre_threshold=k_accounts,
    )
    extractors = pipeline_dp.DataExtractors(
        privacy_id_extractor=lambda r: r[0], partition_extractor=lambda r: r[1], value_extractor=lambda r: r[2])
    result = engine.aggregate(records, params, extractors)
    accountant.compute_budgets()
    return backend.map(result, _noisy_counts, "NoisyThemeCounts")


def _noisy_counts(item: tuple[Any, Any]) -> tuple[Any, NoisyCounts]:
    key, metrics = item
    return key, NoisyCounts(max(0, round(metrics.count)), max(0, round(metrics.sum)),
                            max(0, round(metrics.privacy_id_count)))


def local_dp_theme_counts(records: Iterable[tuple[str, Any, float]], epsilon: float, delta: float,
                          k_accounts: int) -> dict[Any, NoisyCounts]:
    """:func:`dp_theme_counts` in this process."""
    import pipeline_dp

    return dict(dp_theme_counts(list(records), pipeline_dp.LocalBackend(), epsilon, delta, k_accounts))
