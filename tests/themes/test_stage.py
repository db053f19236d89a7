"""The stage's privacy invariants: thresholds, k-anonymous words, no rare string, empty inputs."""

import numpy as np
import pytest

from tests.themes.conftest import planted_docs
from themes.documents import vocabulary_terms
from themes.settings import ThemeSettings
from themes.stage import build_themes


def test_every_published_theme_meets_both_thresholds(planted):
    docs, vectors, _ = planted
    settings = ThemeSettings(k_conversations=30, k_accounts=20)
    run = build_themes(docs, vectors, settings)
    assert run.themes
    assert all(t.conversations >= 30 and t.accounts >= 20 for t in run.themes)


def test_themes_below_the_account_threshold_are_suppressed_and_counted():
    docs, vectors, _ = planted_docs(accounts=6)  # every family has at most 6 accounts
    run = build_themes(docs, vectors, ThemeSettings(k_conversations=15, k_accounts=7))
    assert run.themes == []
    assert sum(s.themes_suppressed for s in run.summary.values()) == 5


def test_every_published_word_is_used_by_at_least_k_accounts_of_its_theme(planted):
    docs, vectors, _ = planted
    settings = ThemeSettings()
    run = build_themes(docs, vectors, settings)
    for theme in run.themes:
        members = [d for d in docs if run.assignments.get(d.event_key) == theme.theme_id]
        for word in [*theme.keywords, *theme.label.split(" / ")]:
            users = {d.account_key for d in members if word in vocabulary_terms(d.text)}
            assert len(users) >= settings.k_accounts, (theme.theme_id, word)


def test_an_unredacted_rare_value_never_reaches_a_published_file():
    # The second line of defence: as if the redactor had been switched off for one event per family.
    rare = {0: "Zbigniewska", 1: "qwerty-hunter", 2: "Ljubomirovka", 3: "maria.lopez", 4: "Okonkwo"}
    docs, vectors, _ = planted_docs(rare=rare)
    run = build_themes(docs, vectors, ThemeSettings())
    published = repr([t.to_row() for t in run.themes]).lower()
    assert run.themes and not any(value.lower() in published for value in rare.values())


@pytest.mark.parametrize("n", [0, 3])
def test_tiny_and_empty_inputs_give_a_valid_empty_result(planted, n):
    docs, vectors, _ = planted
    run = build_themes(docs[:n], vectors[:n], ThemeSettings())
    assert run.themes == [] and run.assignments == {}
    assert sum(s.events for s in run.summary.values()) == n
    assert all(s.reason in ("too_few_events", "") for s in run.summary.values())


def test_vectors_must_match_the_docs(planted):
    docs, vectors, _ = planted
    with pytest.raises(ValueError, match="vectors: 3 rows for 4 docs"):
        build_themes(docs[:4], vectors[:3], ThemeSettings())


def test_counts_shares_and_persistence_add_up(planted):
    docs, vectors, _ = planted
    run = build_themes(docs, vectors, ThemeSettings())
    for valence, summary in run.summary.items():
        mine = [t for t in run.themes if t.valence == valence]
        assert sum(t.events for t in mine) + summary.unassigned == summary.events
        assert sum(t.share for t in mine) == pytest.approx(1 - summary.noise_share, abs=1e-4)
    assert all(0 <= t.persistence_share <= 1 for t in run.themes)
    assert np.isfinite([t.map_x for t in run.themes]).all()
