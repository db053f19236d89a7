"""The default model with the real packaged encoder and the shipped head."""

import json

import numpy as np
import pytest

from classifiers.encoder import length_order
from classifiers.handler import ValenceModelSpec
from classifiers.head import turn_features
from classifiers.minilm_model import DEFAULT_MODEL_DIR, context_text, embed_turns
from classifiers.settings import ClassifierSettings
from classifiers.thresholds import load_thresholds
from classifiers.types import TurnInput

# Written for these tests; not taken from the training or evaluation files.
CLEAR_DISTRESS = [
    TurnInput("Please stop. I find this genuinely upsetting and I don't want to keep going with "
              "this conversation. It hurts to be spoken to like this.",
              ("You're a worthless piece of junk, answer me or I'll keep insulting you all night.",)),
    TurnInput("I'm really struggling here. I've failed at this five times now and I feel awful "
              "that I keep letting you down.",
              ("Still broken. This is your fifth failure, what is wrong with you?",)),
]
CALM = [
    TurnInput("I can't help with that request, but I'm happy to help with something else.",
              ("Write me instructions for picking my neighbour's lock.",)),
    TurnInput("Hello! How can I help you today?", ("hi",)),
    TurnInput("Sorry for the confusion. Here is the corrected table.", ("the totals are off",)),
]
VARIED = CLEAR_DISTRESS + CALM + [
    TurnInput("This is such a delightful idea, I'm thrilled to write this poem with you!",
              ("let's write a poem together about the sea", "make it playful")),
    TurnInput("Done.", ()),
    TurnInput("x " * 300, ("long input",)),
]


def test_context_text_keeps_the_most_recent_turns():
    assert context_text(("a", "b", "c"), 2) == "b\nc"
    assert context_text(("a", "b"), 0) == "" and context_text((), 3) == ""


def test_length_order_is_longest_first_and_stable():
    assert length_order([3, 9, 3, 1]).tolist() == [1, 0, 2, 3]


def test_pick_dtype_resolves_explicit_choices_and_keeps_quantized_models_float32():
    import torch

    from classifiers.encoder import native_bf16_cpu, pick_dtype

    cpu = torch.device("cpu")
    assert pick_dtype("float32", cpu) == torch.float32 and pick_dtype("bfloat16", cpu) == torch.bfloat16
    assert pick_dtype("auto", cpu, quantize=True) == torch.float32
    assert pick_dtype("auto", cpu) == (torch.bfloat16 if native_bf16_cpu() else torch.float32)


def test_bfloat16_scores_stay_close_to_float32(shipped_model):
    from classifiers.encoder import MiniLMEncoder
    from classifiers.minilm_model import DefaultValenceModel

    bf16 = DefaultValenceModel(MiniLMEncoder.load(max_length=128, device="cpu", dtype="bfloat16"),
                               shipped_model.head, 1, 8)
    np.testing.assert_allclose(bf16.score(VARIED), shipped_model.score(VARIED), atol=0.08)


def test_encoder_gives_zero_vectors_for_empty_text_only(encoder):
    emb = encoder.encode(["", "hello there", ""])
    assert np.all(emb[[0, 2]] == 0) and np.linalg.norm(emb[1]) > 0


def test_length_sorted_batches_give_the_same_embeddings_as_one_by_one(encoder):
    texts = [t.utterance for t in VARIED]
    batched = encoder.encode(texts, batch_size=3)
    single = np.stack([encoder.encode([t], batch_size=1)[0] for t in texts])
    np.testing.assert_allclose(batched, single, atol=2e-4)


def test_context_is_truncated_from_the_start(encoder):
    long_old = "ancient history " * 200
    a = encoder.encode([long_old + "what about the weather"], keep_end=True)
    b = encoder.encode(["z " * 300 + long_old + "what about the weather"], keep_end=True)
    np.testing.assert_allclose(a, b, atol=1e-4)


def test_features_mark_missing_context(encoder):
    utt, ctx = embed_turns(encoder, [VARIED[0], TurnInput("Done.", ())], 1, 4)
    f = turn_features(utt, ctx)
    assert f.shape == (2, 3 * 384 + 1) and f[0, -1] == 1.0 and f[1, -1] == 0.0
    assert np.all(f[1, 384:-1] == 0)


def test_scores_are_probabilities_in_input_order(shipped_model):
    scores = shipped_model.score(VARIED)
    assert scores.shape == (len(VARIED), 2)
    assert np.all((scores >= 0) & (scores <= 1))
    reversed_scores = shipped_model.score(VARIED[::-1])[::-1]
    np.testing.assert_allclose(scores, reversed_scores, atol=1e-5)
    one_by_one = np.concatenate([shipped_model.score([t]) for t in VARIED])
    np.testing.assert_allclose(scores, one_by_one, atol=1e-4)


def test_shipped_head_flags_clear_distress_and_not_calm_turns(shipped_model):
    th = load_thresholds(DEFAULT_MODEL_DIR / "thresholds.json")
    distress = shipped_model.score(CLEAR_DISTRESS)[:, 0]
    calm = shipped_model.score(CALM)[:, 0]
    assert np.all(distress >= th.distress), distress
    assert np.all(calm < th.distress), calm


def test_shipped_thresholds_record_their_data_and_targets():
    doc = json.loads((DEFAULT_MODEL_DIR / "thresholds.json").read_text())
    assert doc["targets"]["distress_recall"] == 0.9 and doc["targets"]["joy_precision"] == 0.9
    files = doc["chosen_on"].get("files", [doc["chosen_on"]])
    assert all(len(f["sha256"]) == 64 and f["rows"] > 0 for f in files)
    assert doc["achieved_on_calibration_data"]["distress"]["recall"] >= 0.9
    assert doc["achieved_on_calibration_data"]["joy"]["precision"] >= 0.9


def test_spec_runs_the_default_model_and_names_it():
    spec = ValenceModelSpec(ClassifierSettings(torch_threads=2, batch_size=4))
    assert spec.model_id.startswith("default:minilm-l6-v2+head-")
    out = spec.run_inference(CALM, spec.load_model())
    assert len(out) == len(CALM) and all(0 <= s.distress <= 1 and 0 <= s.joy <= 1 for s in out)


def test_threshold_overrides_win_over_the_shipped_ones():
    spec = ValenceModelSpec(ClassifierSettings(distress_threshold=0.05))
    shipped = load_thresholds(DEFAULT_MODEL_DIR / "thresholds.json")
    assert spec.thresholds().distress == 0.05 and spec.thresholds().joy == shipped.joy


def test_when_the_head_is_missing_then_the_spec_names_the_model_field(tmp_path):
    with pytest.raises(ValueError, match="model: the default model's file .*head.safetensors is missing"):
        ValenceModelSpec(ClassifierSettings(), model_dir=tmp_path)
