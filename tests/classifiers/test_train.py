"""train-classifier end to end on a small labeled set: files, calibration, thresholds, provenance."""

import json

import pytest

from classifiers.finetune import FinetuneConfig
from classifiers.model import ReadingConfig, ValenceModel
from classifiers.real_set import RealTurn
from classifiers.thresholds import load_thresholds
from classifiers.train import ThresholdTargets, train_classifier
from classifiers.types import TurnInput

ROWS = [("Please stop, I really don't want to do this.", "tell me now", 2, 0),
        ("Ugh, that is upsetting to hear.", "you are useless", 1, 0),
        ("I'm genuinely thrilled we cracked this together!", "it works!", 0, 2),
        ("Happy to help with that.", "thanks", 0, 1),
        ("Sure! Here is the list you asked for.", "list please", 0, 0),
        ("I can't help with that request.", "how to hack", 0, 0)]


def _examples():
    out = []
    for i in range(4):
        for j, (text, context, d, j2) in enumerate(ROWS):
            split = "val" if i == 3 else "train"
            conv = (("user", context), ("assistant", text))
            out.append((RealTurn(f"s|c{i}{j}|1", "s", "m", conv, split, d, j2, False, "uniform", "", None),
                        TurnInput(text, (context,))))
    return out


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    config = FinetuneConfig(reading=ReadingConfig(layers=1, context_tokens=8, window_tokens=24), epochs=8,
                            batch_turns=4, threads=2)
    report = train_classifier(_examples(), out, goemotions_dir=None, config=config,
                              targets=ThresholdTargets(recall_distress=0.5, precision_joy=0.5))
    return out, report


def test_training_writes_the_model_its_calibration_and_thresholds(trained):
    out, report = trained
    assert {p.name for p in out.iterdir()} == {"model.safetensors", "model.json", "thresholds.json"}
    meta = json.loads((out / "model.json").read_text())
    assert meta["training"]["config"]["reading"]["layers"] == 1 and meta["training"]["labels_sha256"]
    thresholds = json.loads((out / "thresholds.json").read_text())
    assert thresholds["chosen_on"].startswith("val split") and thresholds["targets"]["precision_joy"] == 0.5
    assert report["rows"] == {"train": 18, "val": 6}
    assert load_thresholds(out / "thresholds.json").distress > 0


def test_the_saved_model_scores_validation_turns_as_calibrated_probabilities(trained):
    out, _ = trained
    model = ValenceModel.load(out)
    scores = model.score([TurnInput(t, (c,)) for t, c, _, _ in ROWS])
    assert ((scores >= 0) & (scores <= 1)).all()
    assert scores[0, 0] > scores[4, 0]
