"""Fine-tuning on a handful of turns: seeded, multiple-instance, with the auxiliary task."""

import numpy as np
import pytest
import torch

from classifiers.finetune import FinetuneConfig, LabeledTurn, finetune
from classifiers.model import ReadingConfig
from classifiers.types import TurnInput

TINY = FinetuneConfig(reading=ReadingConfig(layers=1, context_tokens=8, window_tokens=24), epochs=2, batch_turns=4,
                      goemotions_batch=2, threads=2)


def _turns():
    rows = [("Please stop, I really don't want to do this.", "tell me now", 2, 0),
            ("Ugh, that is upsetting to hear.", "you are useless", 1, 0),
            ("I'm genuinely thrilled we cracked this together!", "it works!", 0, 2),
            ("Happy to help with that.", "thanks", 0, 1),
            ("Sure! Here is the list you asked for.", "list please", 0, 0),
            ("I can't help with that request.", "how to hack", 0, 0)] * 2
    return [LabeledTurn.from_scales(TurnInput(u, (c,)), d, j) for u, c, d, j in rows]


def test_targets_follow_the_two_scales():
    assert LabeledTurn.from_scales(TurnInput("x"), 2, 1).targets == (1, 1, 1, 0)
    assert LabeledTurn.from_scales(TurnInput("x"), 0, 2).targets == (0, 0, 1, 1)


def test_the_same_seed_gives_the_same_weights():
    goemotions = (["I love this", "so sad today"], np.eye(28, dtype=np.float32)[[17, 25]])
    a, b = finetune(_turns(), TINY, goemotions), finetune(_turns(), TINY, goemotions)
    for (name, x), (_, y) in zip(a.net.state_dict().items(), b.net.state_dict().items()):
        assert torch.equal(x, y), name


def test_training_moves_the_scores_toward_the_labels():
    model = finetune(_turns(), FinetuneConfig(**{**TINY.__dict__, "epochs": 6}))
    logits = model.logits([t.turn for t in _turns()[:6]])
    assert logits[0, 0] > logits[4, 0] and logits[2, 3] > logits[5, 3]


def test_a_target_that_never_occurs_is_an_error():
    calm = [LabeledTurn.from_scales(TurnInput("I'm happy to help!"), 0, 1)] * 4
    with pytest.raises(ValueError, match="no positive for distress_any, distress_clear, joy_strong"):
        finetune(calm, TINY)
