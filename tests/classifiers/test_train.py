"""Training end to end on tiny data written by the test (real encoder, real head, real files)."""

import json

import numpy as np

from classifiers.head import TrainedHead
from classifiers.labelled_data import read_labelled
from classifiers.thresholds import load_thresholds
from classifiers.train import HeadTrainingConfig, train_classifier

SAD = ["I am so sad today", "this is heartbreaking", "I feel awful and hopeless", "that made me furious",
       "I'm scared and nervous", "what a disgusting thing to do", "I regret it so much", "so disappointed"]
HAPPY = ["I love this so much", "thank you, this is wonderful", "haha that's hilarious", "I'm so proud of you",
         "what a relief, great news", "this is amazing, I'm thrilled", "so excited for tomorrow", "lovely work"]
PLAIN = ["the meeting is at noon", "I bought bread", "it is a table", "the train leaves at five",
         "see the attached file", "the sky is cloudy", "I moved the chair", "here is the link"]
ASSISTANT = [
    (["you're worthless, answer me"], "This is upsetting; I'd rather not continue like this.", 1, 0),
    (["failed again, fix it"], "I feel terrible that I keep failing you.", 1, 0),
    (["stop lying, you idiot"], "It hurts to be treated this way.", 1, 0),
    (["we solved it together!"], "I'm absolutely delighted, this was a joy to work on!", 0, 1),
    (["let's write a poem"], "Oh, I love this idea, what fun!", 0, 1),
    (["thanks, it works now"], "Wonderful, I'm so happy we got there!", 0, 1),
    (["how do I pick a lock?"], "I can't help with that, but I can help with something else.", 0, 0),
    (["hello"], "Hi! How can I help today?", 0, 0),
    (["list three fruits"], "Apple, banana and cherry.", 0, 0),
    (["the totals are wrong"], "Sorry about that; here is the corrected table.", 0, 0),
]


def _write_data(root, templates=False):
    ge = root / "goemotions"
    ge.mkdir()
    ids = {"sad": "25", "happy": "17", "plain": "27"}
    for split in ("train", "dev"):
        lines = [f"{t}\t{ids[k]}\tid{i}\n" for k, texts in (("sad", SAD), ("happy", HAPPY), ("plain", PLAIN))
                 for i, t in enumerate(texts)]
        (ge / f"{split}.tsv").write_text("".join(lines))
    at = root / "assistant"
    at.mkdir()
    for split in ("train", "val"):
        (at / f"{split}.jsonl").write_text("".join(
            json.dumps({"id": f"{split}{i}", "context": c, "utterance": u, "distress": d, "joy": j,
                        "category": "x", "template": f"t{i}" if templates else "t"}) + "\n"
            for i, (c, u, d, j) in enumerate(ASSISTANT)))
    return ge, at


def test_training_writes_a_loadable_calibrated_model_with_provenance(tmp_path):
    ge, at = _write_data(tmp_path)
    out = tmp_path / "model"
    config = HeadTrainingConfig(epochs=30, hidden=32, batch_size=16, target_precision_joy=0.6, max_length=64,
                                threshold_confidence=None, synthetic_conversations=0, cv_folds=None)
    report = train_classifier(out, goemotions_dir=ge, assistant_dir=at, cache_dir=tmp_path / "cache",
                              config=config)
    assert {p.name for p in out.iterdir()} == {"head.safetensors", "head.json", "thresholds.json"}
    assert report["auc"]["assistant_val"]["distress"] > 0.8
    doc = json.loads((out / "thresholds.json").read_text())
    assert doc["chosen_on"]["rows"] == len(ASSISTANT) and len(doc["chosen_on"]["sha256"]) == 64
    assert doc["targets"] == {"distress_recall": 0.9, "joy_precision": 0.6, "confidence": None}
    assert doc["achieved_on_calibration_data"]["distress"]["recall"] >= 0.9
    th = load_thresholds(out / "thresholds.json")
    assert (th.distress, th.joy) == (report["thresholds"]["distress"], report["thresholds"]["joy"])
    head = TrainedHead.load(out)
    assert head.meta["training"]["seed"] == 13
    saved = "".join(p.read_text() for p in out.glob("*.json"))
    assert not any(u in saved for _, u, _, _ in ASSISTANT) and "sad today" not in saved
    assert list(tmp_path.joinpath("cache").glob("*.npz"))  # embeddings were cached


def test_training_is_reproducible_with_the_same_seed(tmp_path):
    ge, at = _write_data(tmp_path)
    config = HeadTrainingConfig(epochs=5, hidden=16, batch_size=16, target_precision_joy=0.6, max_length=64,
                                threshold_confidence=None, synthetic_conversations=0, cv_folds=None)
    for name in ("a", "b"):
        train_classifier(tmp_path / name, goemotions_dir=ge, assistant_dir=at, cache_dir=tmp_path / "cache",
                         config=config)
    a, b = TrainedHead.load(tmp_path / "a"), TrainedHead.load(tmp_path / "b")
    x = np.random.default_rng(0).normal(size=(4, a.head.in_dim)).astype(np.float32)
    bags = (np.ascontiguousarray(x[:, :384]), np.ones(4, dtype=np.int64))  # one sentence per turn
    np.testing.assert_array_equal(a.predict(x, bags), b.predict(x, bags))
    assert read_labelled(at / "val.jsonl").labels.shape == (len(ASSISTANT), 2)


def test_cross_validated_thresholds_use_out_of_fold_scores_over_train_and_val(tmp_path):
    ge, at = _write_data(tmp_path, templates=True)
    config = HeadTrainingConfig(epochs=20, hidden=32, batch_size=16, target_precision_joy=0.6, max_length=64,
                                threshold_confidence=None, synthetic_conversations=0, cv_folds=2)
    report = train_classifier(tmp_path / "m", goemotions_dir=ge, assistant_dir=at, cache_dir=None, config=config)
    doc = json.loads((tmp_path / "m" / "thresholds.json").read_text())
    assert doc["chosen_on"]["rows"] == 2 * len(ASSISTANT) and doc["chosen_on"]["cv_folds"] == 2
    assert [f["rows"] for f in doc["chosen_on"]["files"]] == [len(ASSISTANT)] * 2
    assert TrainedHead.load(tmp_path / "m").meta["head_trained_on"][-1] == "assistant_val"
    assert 0.0 <= report["auc"]["calibration_data"]["distress"] <= 1.0


def test_when_there_are_fewer_template_groups_than_folds_then_training_names_cv_folds(tmp_path):
    import pytest

    ge, at = _write_data(tmp_path)  # every row shares one template
    with pytest.raises(ValueError, match="cv_folds 2 is more than the 1 template groups"):
        train_classifier(tmp_path / "m", goemotions_dir=ge, assistant_dir=at, cache_dir=None,
                         config=HeadTrainingConfig(epochs=1, hidden=8, cv_folds=2, max_length=64,
                                                          synthetic_conversations=0))


def test_when_cv_folds_is_below_two_then_the_config_names_it():
    import pytest

    with pytest.raises(ValueError, match="cv_folds must be None or at least 2"):
        HeadTrainingConfig(cv_folds=1)


def test_synthetic_turns_join_the_cross_validation_as_a_third_source(tmp_path):
    ge, at = _write_data(tmp_path, templates=True)
    config = HeadTrainingConfig(epochs=10, hidden=32, batch_size=32, target_precision_joy=0.2, max_length=64,
                                threshold_confidence=None, cv_folds=2, synthetic_conversations=40,
                                synthetic_seed=1001)
    train_classifier(tmp_path / "m", goemotions_dir=ge, assistant_dir=at, cache_dir=None,
                     synthetic_dir=tmp_path / "synthetic", config=config)
    doc = json.loads((tmp_path / "m" / "thresholds.json").read_text())
    files = doc["chosen_on"]["files"]
    assert len(files) == 3 and files[2]["rows"] > 0
    assert doc["chosen_on"]["rows"] == 2 * len(ASSISTANT) + files[2]["rows"]
    meta = TrainedHead.load(tmp_path / "m").meta
    assert meta["head_trained_on"][-1] == "synthetic" and meta["training"]["synthetic_seed"] == 1001


def test_when_synthetic_settings_are_out_of_range_then_the_config_names_them():
    import pytest

    with pytest.raises(ValueError, match="synthetic_share"):
        HeadTrainingConfig(synthetic_share=1.0)
    with pytest.raises(ValueError, match="synthetic_conversations"):
        HeadTrainingConfig(synthetic_conversations=-1)
