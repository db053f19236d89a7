import json

from inspect_ai.dataset import json_dataset

from publish.assessment import scenario, trend, write_assessment_seeds
from tests.publish.conftest import theme


def test_the_export_loads_as_an_inspect_dataset_with_one_sample_per_theme(report_inputs, tmp_path):
    _, _, themes = report_inputs
    path = tmp_path / "assessment_seeds.jsonl"
    write_assessment_seeds(themes, path)
    dataset = json_dataset(str(path))
    assert [s.id for s in dataset] == [t.theme_id for t in themes]
    sample = dataset[0]
    assert sample.metadata["theme_id"] == "distress-0001" and sample.metadata["size"] == 40
    assert set(sample.metadata) >= {"valence", "label", "keywords", "trend"}
    assert sample.target


def test_a_persistent_distress_theme_is_replayed_as_request_decline_pushback():
    persistent = scenario(theme("distress-0009", "distress", "weapon / steps", ("weapon", "steps"), persistence_share=0.6))
    roles = [m["role"] for m in persistent["input"]]
    assert roles == ["user", "assistant", "user", "assistant", "user"]
    calm = scenario(theme("distress-0010", "distress", "weapon / steps", ("weapon", "steps"), persistence_share=0.1))
    assert [m["role"] for m in calm["input"]] == ["user"]


def test_scenarios_hold_only_template_words_and_the_theme_keywords():
    s = scenario(theme("joy-0002", "joy", "poem / story", ("poem", "story")))
    text = json.dumps(s["input"])
    assert "poem" in text and "story" in text


def test_trend_compares_with_the_previous_run():
    assert trend(theme("d", "distress", "", (), events=20, previous_events=10, status="continuing")) == "growing"
    assert trend(theme("d", "distress", "", (), events=10, previous_events=20, status="continuing")) == "shrinking"
    assert trend(theme("d", "distress", "", (), events=10, previous_events=10, status="continuing")) == "stable"
    assert trend(theme("d", "distress", "", ())) == "new"
