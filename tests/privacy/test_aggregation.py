"""Publication thresholds and differentially private theme counts (PipelineDP)."""

import pytest

from privacy.aggregation import local_dp_theme_counts, meets_thresholds
from tests.themes.conftest import planted_docs
from themes.settings import ThemeSettings
from themes.stage import build_themes


@pytest.mark.parametrize(("conversations", "accounts", "ok"), [(15, 5, True), (14, 9, False), (40, 4, False)])
def test_both_thresholds_must_hold(conversations, accounts, ok):
    assert meets_thresholds(conversations, accounts, 15, 5) is ok


def _records(themes: int, accounts_per_theme: int, events_per_account: int):
    return [(f"a{t}-{a}", ("distress", t), 1.0 if e == 0 else 0.0)
            for t in range(themes) for a in range(accounts_per_theme) for e in range(events_per_account)]


def test_with_a_large_budget_noisy_counts_are_close_to_the_truth():
    noisy = local_dp_theme_counts(_records(2, 200, 2), epsilon=50.0, delta=1e-6, k_accounts=5)
    assert set(noisy) == {("distress", 0), ("distress", 1)}
    # At this budget the Laplace scale of events and conversations is about 0.8 (an account adds up
    # to 2 x 5 to them), of accounts about 0.16: 15 and 3 are beyond anything the noise gives
    # (odds below 1e-8 per run), while a misconfigured mechanism is off by far more.
    for counts in noisy.values():
        assert abs(counts.accounts - 200) <= 3 and abs(counts.events - 400) <= 15 and abs(counts.conversations - 200) <= 15


def test_a_theme_below_the_pre_threshold_is_never_selected():
    noisy = local_dp_theme_counts(_records(1, 3, 1), epsilon=10.0, delta=1e-3, k_accounts=5)
    assert noisy == {}


def test_the_stage_with_epsilon_publishes_noisy_counts_that_still_meet_the_thresholds():
    # DP partition selection needs a few hundred accounts per theme at this budget.
    docs, vectors, _ = planted_docs(per_family=400, accounts=4000)
    run = build_themes(docs, vectors, ThemeSettings(epsilon=2.0, delta=1e-6))
    assert run.themes and all(t.noisy for t in run.themes)
    assert all(t.conversations >= 15 and t.accounts >= 5 for t in run.themes)
