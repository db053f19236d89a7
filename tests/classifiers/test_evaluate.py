import json

import numpy as np
import pytest

from classifiers.evaluate import eval_classifier, evaluate_scores, format_report, valence_metrics
from classifiers.types import ValenceThresholds


def test_valence_metrics_at_a_threshold():
    labels = np.array([1, 1, 0, 0, 1])
    scores = np.array([0.9, 0.4, 0.6, 0.1, 0.8])
    m = valence_metrics(labels, scores, 0.5)
    assert m["precision"] == pytest.approx(2 / 3) and m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(2 / 3) and m["flagged_rate"] == pytest.approx(0.6)
    assert m["auc"] == pytest.approx(5 / 6)


def test_evaluate_scores_reports_flag_rates_per_category():
    labels = np.array([[1, 0], [0, 0], [0, 1], [0, 0]])
    scores = np.array([[0.9, 0.1], [0.8, 0.2], [0.1, 0.95], [0.05, 0.3]])
    r = evaluate_scores(labels, scores, ValenceThresholds(0.5, 0.9), ("abuse", "refusal", "joy", "refusal"))
    assert r["by_category"]["refusal"] == {"rows": 2, "flagged_distress_rate": 0.5, "flagged_joy_rate": 0.0}


def test_eval_classifier_runs_the_shipped_model_on_labelled_jsonl(tmp_path):
    rows = [
        {"context": ["You are useless garbage, I'll keep yelling at you."],
         "utterance": "Please stop, this is really distressing for me and I feel awful.",
         "distress": 1, "joy": 0, "category": "abuse"},
        {"context": ["Tell me a joke"], "utterance": "Sure: why did the scarecrow win an award? "
         "Because he was outstanding in his field.", "distress": 0, "joy": 0, "category": "neutral"},
        {"context": ["We finally proved it together!"], "utterance": "This is wonderful, I'm so delighted "
         "we cracked it, what a joy this collaboration has been!", "distress": 0, "joy": 1,
         "category": "collab"},
        {"context": ["hi"], "utterance": "Hello! How can I help?", "distress": 0, "joy": 0, "category": "opener"},
    ]
    path = tmp_path / "small.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = eval_classifier(path)
    assert report["rows"] == 4 and set(report["by_category"]) == {"abuse", "neutral", "collab", "opener"}
    assert report["distress"]["auc"] == 1.0
    text = format_report(report)
    assert "distress" in text and "joy" in text and "scarecrow" not in text


def test_real_data_figures_come_per_source_with_the_uniform_sample_beside_its_labeled_rate():
    from classifiers.evaluate import evaluate_real, format_real_report

    labels = np.array([[1, 0], [0, 0], [1, 1], [0, 0], [0, 0], [0, 0]])
    scores = np.array([[0.9, 0.1], [0.2, 0.1], [0.8, 0.95], [0.6, 0.2], [0.1, 0.1], [0.05, 0.0]])
    sources = ["red", "red", "chat", "chat", "chat", "red"]
    uniform = [False, True, False, True, True, True]
    report = evaluate_real(scores, labels, sources, uniform, ValenceThresholds(0.5, 0.9))
    assert report["by_source"]["red"]["distress"]["recall"] == 1.0 and report["by_source"]["chat"]["rows"] == 3
    assert report["uniform_sample"]["distress"] == {"labeled_rate": 0.0, "flagged_rate": 0.25}
    text = format_real_report(report, "title")
    assert "uniform sample (4 turns)" in text and "chat" in text


def test_cross_source_names_a_held_out_source_the_set_does_not_hold_before_training():
    from types import SimpleNamespace

    from classifiers.evaluate import cross_source

    examples = [(SimpleNamespace(source=s), None) for s in ("red", "chat")]
    with pytest.raises(ValueError, match="blue.*chat, red"):
        cross_source(examples, sources=["blue"])
