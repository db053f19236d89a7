"""The multiple-instance distress head: max pooling over the turn and its sentences, save/load, bags."""

import numpy as np
import pytest
import torch

from classifiers.head import (
    FEATURE_DIM, MILValenceHead, PlattParams, TrainedHead, bag_tensors, concat_bags, subset_bags,
)


def _bags(lens, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(int(sum(lens)), 384)).astype(np.float32), np.asarray(lens, dtype=np.int64)


def test_distress_is_the_max_of_turn_and_sentence_logits_and_joy_the_turn_logit():
    torch.manual_seed(0)
    head = MILValenceHead(sentence_hidden=8).eval()
    x = torch.from_numpy(np.random.default_rng(1).normal(size=(3, FEATURE_DIM)).astype(np.float32))
    bags = _bags([2, 0, 3])
    out = head(x, *bag_tensors(bags, np.arange(3)))
    turn = head.turn(x)
    assert torch.allclose(out[:, 1], turn[:, 1])
    assert torch.all(out[:, 0] >= turn[:, 0])
    assert out[1, 0] == turn[1, 0]  # a turn without sentences keeps its whole-turn logit


def test_scores_do_not_depend_on_batch_neighbours_and_bags_subset_in_order():
    torch.manual_seed(0)
    trained = TrainedHead(MILValenceHead(sentence_hidden=8), PlattParams(), {})
    x = np.random.default_rng(2).normal(size=(4, FEATURE_DIM)).astype(np.float32)
    bags = _bags([1, 3, 2, 4])
    together = trained.logits(x, bags)
    alone = np.concatenate([trained.logits(x[[i]], subset_bags(bags, np.array([i]))) for i in range(4)])
    np.testing.assert_allclose(together, alone, rtol=1e-5, atol=1e-5)
    joined = concat_bags(subset_bags(bags, np.array([0, 1])), subset_bags(bags, np.array([2, 3])))
    np.testing.assert_array_equal(joined[0], bags[0])
    with pytest.raises(ValueError, match="sentence"):
        trained.logits(x)


def test_save_and_load_round_trip(tmp_path):
    torch.manual_seed(0)
    trained = TrainedHead(MILValenceHead(sentence_hidden=8), PlattParams(2.0, -1.0, 1.0, 0.5), {"note": "x"})
    trained.save(tmp_path)
    loaded = TrainedHead.load(tmp_path)
    assert loaded.uses_sentences and loaded.meta == {"note": "x"}
    x = np.random.default_rng(3).normal(size=(2, FEATURE_DIM)).astype(np.float32)
    bags = _bags([2, 1])
    np.testing.assert_allclose(loaded.predict(x, bags), trained.predict(x, bags), rtol=1e-6)
