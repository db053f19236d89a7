"""Shared fixtures: the shipped default model, loaded once per test session."""

from __future__ import annotations

import pytest
import torch


@pytest.fixture(scope="session")
def shipped_model():
    from classifiers.model import ValenceModel

    torch.set_num_threads(2)
    return ValenceModel.load()
