import numpy as np
import pytest

from themes.identity import History, KnownTheme, match_themes, new_theme_id
from themes.settings import ThemeSettings
from themes.stage import build_themes


def test_the_same_data_run_twice_keeps_every_id(planted):
    docs, vectors, _ = planted
    first = build_themes(docs, vectors, ThemeSettings(), partitions=["dt=1"], run_id="r1")
    second = build_themes(docs, vectors, ThemeSettings(), history=first.history, partitions=["dt=2"], run_id="r2")
    assert [t.theme_id for t in second.themes] == [t.theme_id for t in first.themes]
    assert all(t.status == "continuing" and t.runs_seen == 2 and t.previous_events == t.events for t in second.themes)


def test_a_growing_theme_keeps_its_id_and_records_its_growth(planted):
    docs, vectors, family = planted
    keep = [i for i in range(len(docs)) if family[i] != 0 or i % 2 == 0]  # family 0 at half size first
    first = build_themes([docs[i] for i in keep], vectors[keep], ThemeSettings(), partitions=["dt=1"], run_id="r1")
    second = build_themes(docs, vectors, ThemeSettings(), history=first.history, partitions=["dt=2"], run_id="r2")
    grown = [t for t in second.themes if t.previous_events is not None and t.events > t.previous_events]
    assert len(grown) == 1 and grown[0].theme_id in {t.theme_id for t in first.themes}


def test_re_running_a_partition_replaces_its_history_entry(planted):
    docs, vectors, _ = planted
    first = build_themes(docs, vectors, ThemeSettings(), partitions=["dt=1"], run_id="r1")
    again = build_themes(docs, vectors, ThemeSettings(), history=first.history, partitions=["dt=1"], run_id="r1b")
    assert [r.run_id for r in again.history.runs] == ["r1b"]
    assert all(t.previous_events is None for t in again.themes)  # no earlier partition to compare with


def test_dissimilar_centroids_do_not_match_and_get_a_new_id():
    known = [KnownTheme("joy-0001", "joy", [1.0, 0.0], 10)]
    assert match_themes(np.array([[0.0, 1.0]]), known, floor=0.7) == [None]
    assert match_themes(np.array([[0.9, 0.1]]) / np.linalg.norm([0.9, 0.1]), known, floor=0.7) == [known[0]]
    assert new_theme_id("joy", {"joy-0001"}) == "joy-0002"


def test_history_round_trips_and_a_broken_file_is_named(tmp_path, planted):
    docs, vectors, _ = planted
    run = build_themes(docs, vectors, ThemeSettings(), partitions=["dt=1"], run_id="r1")
    run.history.save(tmp_path / "h.json")
    assert History.load(tmp_path / "h.json") == run.history
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(ValueError, match="bad.json is not a theme history file"):
        History.load(tmp_path / "bad.json")
