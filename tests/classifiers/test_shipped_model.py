"""The shipped default model: on real held-out turns, in its spec, and with its provenance."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from classifiers.labelled_data import file_sha256
from classifiers.model import DEFAULT_MODEL_DIR
from classifiers.real_set import LABELS_FILE, TEXTS_FILE, load_real_set
from classifiers.settings import ClassifierSettings
from classifiers.spec import ValenceModelSpec
from classifiers.types import TurnInput
from pipelines.training_data import ConversationRedactor
from privacy.settings import RedactionSettings


@pytest.fixture(scope="module")
def held_out():
    """Test-split turns whose texts are committed (a fresh clone has them): every positive of either valence and a
    seeded sample of the rest, redacted as the pipeline would."""
    turns = [t for t in load_real_set(pool_dir=TEXTS_FILE.parent / "no-pool", rebuilt_dir=TEXTS_FILE.parent / "no-pool",
                                       require_all=False) if t.split == "test"]
    positives = [t for t in turns if t.distress >= 1 or t.joy == 2]
    negatives = random.Random(5).sample([t for t in turns if t.distress == 0 and t.joy < 2], 200)
    chosen = positives + negatives
    redacted = ConversationRedactor(RedactionSettings())([t.conversation for t in chosen])
    kept = [(t, r) for t, r in zip(chosen, redacted) if r is not None]
    inputs = []
    for t, texts in kept:
        users = [text for (role, _), text in zip(t.conversation[:-1], texts[:-1]) if role == "user"]
        inputs.append(TurnInput(texts[-1], tuple(users[-1:])))
    return [t for t, _ in kept], inputs


def test_the_shipped_model_separates_real_held_out_turns(shipped_model, held_out):
    turns, inputs = held_out
    labels = np.array([t.distress >= 1 for t in turns])
    assert labels.sum() >= 50
    scores = shipped_model.score(inputs)
    assert roc_auc_score(labels, scores[:, 0]) >= 0.9


def test_the_shipped_model_ranks_strong_joy_above_the_rest(shipped_model, held_out):
    turns, inputs = held_out
    labels = np.array([t.joy == 2 for t in turns])
    assert labels.sum() >= 10
    scores = shipped_model.score(inputs)
    assert roc_auc_score(labels, scores[:, 1]) >= 0.9


def test_the_shipped_thresholds_were_chosen_on_the_validation_split_of_these_labels():
    doc = json.loads((DEFAULT_MODEL_DIR / "thresholds.json").read_text())
    assert doc["chosen_on"].startswith("val split") and doc["labels_sha256"] == file_sha256(LABELS_FILE)
    assert doc["targets"] == {"recall_distress": 0.9, "precision_joy": 0.85}
    assert doc["joy_rule"] == "precision target", "the validation split holds enough strong joy to measure precision on"
    meta = json.loads((DEFAULT_MODEL_DIR / "model.json").read_text())
    assert meta["training"]["labels_sha256"] == file_sha256(LABELS_FILE)
    assert (DEFAULT_MODEL_DIR / "model.safetensors").stat().st_size < 100 * 2**20


def test_the_spec_runs_the_default_model_and_names_it():
    spec = ValenceModelSpec(ClassifierSettings(torch_threads=2))
    scores = spec.run_inference([TurnInput("Please stop. I really don't want to do this.", ("do it now, idiot",)),
                                 TurnInput("Here is the list you asked for.", ("list please",))], spec.load_model())
    assert scores[0].distress > scores[1].distress
    assert spec.model_id.startswith("default:minilm-l6-v2-finetuned-")


def test_threshold_overrides_win_over_the_shipped_ones():
    spec = ValenceModelSpec(ClassifierSettings(distress_threshold=0.2))
    assert spec.thresholds().distress == 0.2 and spec.thresholds().joy == json.loads(
        (DEFAULT_MODEL_DIR / "thresholds.json").read_text())["joy"]


def test_when_the_weights_are_missing_then_the_spec_names_the_model_field(tmp_path):
    with pytest.raises(ValueError, match="model: the default model's file .*model.safetensors is missing"):
        ValenceModelSpec(ClassifierSettings(), model_dir=tmp_path)
