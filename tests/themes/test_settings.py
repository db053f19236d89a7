import pytest
from pydantic import ValidationError

from themes.settings import ThemeSettings


def test_k_accounts_above_k_conversations_is_rejected():
    with pytest.raises(ValidationError, match="k_accounts .* must be less than or equal to k_conversations"):
        ThemeSettings(k_conversations=5, k_accounts=6)


def test_more_label_terms_than_keywords_is_rejected():
    with pytest.raises(ValidationError, match="label_terms .* must be less than or equal to keywords"):
        ThemeSettings(keywords=2, label_terms=3)


def test_unknown_key_is_rejected():
    with pytest.raises(ValidationError, match="extra"):
        ThemeSettings(min_cluster=3)


def test_cluster_size_defaults_to_the_larger_of_k_and_a_share_of_the_events():
    s = ThemeSettings(k_conversations=15, min_cluster_share=0.01)
    assert s.cluster_size(100) == 15 and s.cluster_size(10_000) == 100
    assert ThemeSettings(min_cluster_size=7, k_conversations=7, k_accounts=5).cluster_size(10_000) == 7
    assert s.samples(10_000) == 5
