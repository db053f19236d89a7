"""The small trained head of the default model, and the features it reads.

Features of one turn, from the L2-normalised embeddings ``u`` (the whole utterance), ``c``
(context; zeros when there is none) and ``s`` (the element-wise maximum of the utterance's
sentence embeddings): ``[u, c, u * c, has_context, s]``. The product lets the head react to how
the utterance relates to what the user said (an apology after abuse versus a routine one); ``s``
keeps one distressed sentence inside a long helpful turn from being averaged away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file

from classifiers.encoder import EMBEDDING_DIM

FEATURE_DIM = 4 * EMBEDDING_DIM + 1


def _normalise(x: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norm > 0, norm, 1.0)


def turn_features(utterance_emb: np.ndarray, sentence_emb: np.ndarray, context_emb: np.ndarray) -> np.ndarray:
    """Build the head's input from utterance, sentence and context embeddings.

    Args:
        utterance_emb: ``(n, 384)`` whole-utterance embeddings.
        sentence_emb: ``(n, 384)`` element-wise maxima of the utterances' sentence embeddings.
        context_emb: ``(n, 384)``; an all-zero row means no context.

    Returns:
        ``(n, FEATURE_DIM)`` float32.
    """
    if not utterance_emb.shape == sentence_emb.shape == context_emb.shape:
        raise ValueError("utterance_emb, sentence_emb and context_emb must have the same shape")
    u, c, s = _normalise(utterance_emb), _normalise(context_emb), _normalise(sentence_emb)
    has = (np.abs(context_emb).sum(axis=1, keepdims=True) > 0).astype(np.float32)
    return np.concatenate([u, c, u * c, has, s], axis=1).astype(np.float32)


class ValenceHead(torch.nn.Module):
    """A one-hidden-layer MLP (or a linear layer when ``hidden == 0``) giving two logits: distress, joy."""

    def __init__(self, in_dim: int = FEATURE_DIM, hidden: int = 256, dropout: float = 0.1):
        super().__init__()
        self.in_dim, self.hidden, self.dropout = in_dim, hidden, dropout
        if hidden == 0:
            self.net = torch.nn.Sequential(torch.nn.Linear(in_dim, 2))
        else:
            self.net = torch.nn.Sequential(
                torch.nn.Dropout(dropout), torch.nn.Linear(in_dim, hidden), torch.nn.GELU(),
                torch.nn.Dropout(dropout), torch.nn.Linear(hidden, 2),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


@dataclass(frozen=True)
class PlattParams:
    """Per-valence Platt scaling ``p = sigmoid(a * logit + b)``, fitted on validation data."""

    distress_a: float = 1.0
    distress_b: float = 0.0
    joy_a: float = 1.0
    joy_b: float = 0.0

    def apply(self, logits: np.ndarray) -> np.ndarray:
        """``(n, 2)`` logits -> ``(n, 2)`` calibrated probabilities."""
        a = np.array([self.distress_a, self.joy_a])
        b = np.array([self.distress_b, self.joy_b])
        return 1.0 / (1.0 + np.exp(-(logits * a + b)))


@dataclass
class TrainedHead:
    """A head, its calibration and the metadata saved beside it."""

    head: ValenceHead
    platt: PlattParams
    meta: dict

    def logits(self, features: np.ndarray) -> np.ndarray:
        """``(n, FEATURE_DIM)`` -> ``(n, 2)`` raw logits."""
        self.head.eval()
        with torch.inference_mode():
            return self.head(torch.from_numpy(features)).double().numpy()

    def predict(self, features: np.ndarray) -> np.ndarray:
        """``(n, FEATURE_DIM)`` -> ``(n, 2)`` calibrated probabilities (distress, joy)."""
        return self.platt.apply(self.logits(features))

    def save(self, directory: Path) -> None:
        """Write ``head.safetensors`` and ``head.json`` into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().contiguous() for k, v in self.head.state_dict().items()}
        save_file(state, str(directory / "head.safetensors"))
        config = {
            "in_dim": self.head.in_dim, "hidden": self.head.hidden, "dropout": self.head.dropout,
            "platt": self.platt.__dict__, **self.meta,
        }
        (directory / "head.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path) -> TrainedHead:
        """Read a head written by :meth:`save`.

        Raises:
            ValueError: a file is missing or does not fit the architecture it declares.
        """
        cfg_path, weights = directory / "head.json", directory / "head.safetensors"
        for p in (cfg_path, weights):
            if not p.is_file():
                raise ValueError(f"model: the default model's file {p} is missing")
        config = json.loads(cfg_path.read_text())
        head = ValenceHead(config["in_dim"], config["hidden"], config["dropout"])
        try:
            head.load_state_dict(load_file(str(weights)))
        except RuntimeError:
            raise ValueError(f"model: {weights} does not match the architecture in {cfg_path}") from None
        head.eval()
        meta = {k: v for k, v in config.items() if k not in ("in_dim", "hidden", "dropout", "platt")}
        return cls(head, PlattParams(**config["platt"]), meta)
