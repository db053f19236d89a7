"""Shared fixtures: the real packaged encoder, loaded once per test session."""

from __future__ import annotations

import pytest
import torch


@pytest.fixture(scope="session")
def encoder():
    from classifiers.encoder import MiniLMEncoder

    torch.set_num_threads(2)
    return MiniLMEncoder.load(max_length=128, device="cpu")


@pytest.fixture(scope="session")
def shipped_model(encoder):
    """The shipped default model (packaged encoder + committed head)."""
    from classifiers.head import TrainedHead
    from classifiers.minilm_model import DEFAULT_MODEL_DIR, DefaultValenceModel

    return DefaultValenceModel(encoder, TrainedHead.load(DEFAULT_MODEL_DIR), context_turns=1, batch_size=8)
