"""The default model's mechanics on the real packaged encoder (a fresh net, not the shipped weights)."""

import numpy as np
import pytest
import torch

from classifiers.model import ReadingConfig, ValenceModel, build_net, load_tokenizer, read_windows, turn_max
from classifiers.types import TurnInput

LONG_HELP = " ".join(["The function returns a list of values sorted by key."] * 10)


@pytest.fixture(scope="module")
def fresh_model():
    torch.manual_seed(0)
    return ValenceModel(build_net(2), load_tokenizer(), ReadingConfig(layers=2, context_tokens=8, window_tokens=16))


def test_each_window_is_context_then_window_and_the_context_keeps_its_end(fresh_model):
    tok, reading = fresh_model.tokenizer, fresh_model.reading
    context = "one two three four five six seven eight nine ten eleven twelve"
    windows = read_windows(tok, [TurnInput("I feel uneasy about this.", (context,))], reading, context_turns=1)
    [ids] = windows.ids
    assert ids[0] == tok.cls_token_id and ids.count(tok.sep_token_id) == 2
    context_part = tok.decode(ids[1:windows.segment_starts[0] - 1])
    assert context_part.endswith("twelve") and not context_part.startswith("one")
    assert tok.decode(ids[windows.segment_starts[0]:-1]) == "i feel uneasy about this."


def test_a_turn_with_nothing_to_read_has_no_window_and_scores_zero(fresh_model):
    turns = [TurnInput(LONG_HELP, ("hi",)), TurnInput("Ugh, fine.", ("do it",))]
    windows = read_windows(fresh_model.tokenizer, turns, fresh_model.reading, 1)
    assert windows.owner == [1]
    scores = fresh_model.score(turns)
    assert scores.shape == (2, 2) and scores[0].tolist() == [0.0, 0.0] and (scores[1] > 0).all()


def test_the_turn_logit_is_the_maximum_over_its_windows():
    logits = torch.tensor([[1.0, -1.0], [3.0, -2.0], [0.5, 0.5]])
    out = turn_max(logits, torch.tensor([0, 0, 2]), 3)
    assert out[0].tolist() == [3.0, -1.0] and torch.isinf(out[1]).all() and out[2].tolist() == [0.5, 0.5]


def test_scores_come_back_in_input_order_whatever_the_batching(fresh_model):
    turns = [TurnInput(f"I'm {'really ' * i}worried about this!", ("ctx",)) for i in range(7)]
    one = np.concatenate([fresh_model.score([t]) for t in turns])
    fresh_model.batch_size = 3
    np.testing.assert_allclose(fresh_model.score(turns), one, atol=1e-5)


def test_saved_float16_weights_load_back_with_the_same_scores(fresh_model, tmp_path):
    fresh_model.save(tmp_path / "m")
    loaded = ValenceModel.load(tmp_path / "m")
    turns = [TurnInput("Please stop, this is upsetting me.", ("you idiot",)), TurnInput("Yay, it worked!", ())]
    np.testing.assert_allclose(loaded.score(turns), fresh_model.score(turns), atol=2e-3)
    assert loaded.reading == fresh_model.reading


def test_a_missing_weights_file_is_named(tmp_path):
    with pytest.raises(ValueError, match="model.safetensors is missing"):
        ValenceModel.load(tmp_path)


def test_layers_beyond_the_encoder_are_rejected():
    with pytest.raises(ValueError, match="layers must be between 1 and 6, got 7"):
        build_net(7)
