"""The small trained head of the default model, and the features it reads.

Features of one turn, from the L2-normalised embeddings ``u`` (the whole utterance), ``c``
(context; zeros when there is none) and ``s`` (the element-wise maximum of the utterance's
sentence embeddings): ``[u, c, u * c, has_context, s]``. The product lets the head react to how
the utterance relates to what the user said (an apology after abuse versus a routine one); ``s``
keeps one distressed sentence inside a long helpful turn from being averaged away.

Multiple-instance distress (:class:`MILValenceHead`): a second small MLP scores each sentence
``s_i`` of the turn from ``[s_i, c, s_i * c, has_context, u]``, and the turn's distress logit is
the maximum of the whole-turn logit and every sentence logit ("any sign of distress counts");
joy stays the whole-turn logit. Trained end to end on turn labels, so calm sentences learn to
score low. Sentence bags are ``(vectors, lengths)``: all sentences' L2-normalised vectors
stacked ``(m, 384)`` and the number per turn ``(n,)``.
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


Bags = tuple[np.ndarray, np.ndarray]


def stack_bags(per_text: list[np.ndarray]) -> Bags:
    """Bags from each text's ``(k_i, 384)`` sentence vectors."""
    vecs = np.concatenate(per_text) if per_text else np.zeros((0, EMBEDDING_DIM), np.float32)
    return vecs, np.array([len(p) for p in per_text], dtype=np.int64)


def concat_bags(*bags: Bags) -> Bags:
    """Join sentence bags of several row sets, in order."""
    return np.concatenate([b[0] for b in bags]), np.concatenate([b[1] for b in bags]).astype(np.int64)


def subset_bags(bags: Bags, idx: np.ndarray) -> Bags:
    """The bags of rows ``idx``, in that order."""
    vecs, lens = bags
    offs = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
    idx = np.asarray(idx, dtype=np.int64)
    flat = np.concatenate([np.arange(offs[i], offs[i] + lens[i]) for i in idx]) if len(idx) else np.zeros(0, np.int64)
    return vecs[flat.astype(np.int64)], lens[idx]


def bag_tensors(bags: Bags, idx: np.ndarray) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Sentence vectors of rows ``idx``, their row within the batch, and a ``(len(idx), K)`` index
    of each row's sentences padded with ``m`` (the slot a forward pass fills with -inf)."""
    vecs, lens = subset_bags(bags, idx)
    owner = np.repeat(np.arange(len(lens)), lens)
    pad = np.full((len(lens), max(1, int(lens.max()) if len(lens) else 1)), len(vecs), dtype=np.int64)
    pos = np.concatenate([np.arange(k) for k in lens]) if len(vecs) else np.zeros(0, np.int64)
    pad[owner, pos.astype(np.int64)] = np.arange(len(vecs))
    return torch.from_numpy(np.ascontiguousarray(vecs, dtype=np.float32)), torch.from_numpy(owner), torch.from_numpy(pad)


class MILValenceHead(torch.nn.Module):
    """Whole-turn head plus a sentence head for distress, max-pooled (see the module docstring)."""

    def __init__(self, in_dim: int = FEATURE_DIM, hidden: int = 256, dropout: float = 0.1, sentence_hidden: int = 128):
        super().__init__()
        self.in_dim, self.hidden, self.dropout, self.sentence_hidden = in_dim, hidden, dropout, sentence_hidden
        self.turn = ValenceHead(in_dim, hidden, dropout)
        self.sentence = torch.nn.Sequential(
            torch.nn.Dropout(dropout), torch.nn.Linear(in_dim, sentence_hidden), torch.nn.GELU(),
            torch.nn.Dropout(dropout), torch.nn.Linear(sentence_hidden, 1),
        )

    def forward(self, x: torch.Tensor, svec: torch.Tensor, owner: torch.Tensor, pad: torch.Tensor) -> torch.Tensor:
        turn = self.turn(x)
        d = EMBEDDING_DIM
        u, c, has = x[:, :d], x[:, d:2 * d], x[:, 3 * d:3 * d + 1]
        co = c[owner]
        sent = self.sentence(torch.cat([svec, co, svec * co, has[owner], u[owner]], 1)).squeeze(-1)
        padded = torch.cat([sent, sent.new_full((1,), float("-inf"))])[pad]
        distress = torch.cat([turn[:, :1], padded], 1).max(1).values
        return torch.stack([distress, turn[:, 1]], 1)


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

    head: ValenceHead | MILValenceHead
    platt: PlattParams
    meta: dict

    @property
    def uses_sentences(self) -> bool:
        """Whether the head needs per-sentence bags (a :class:`MILValenceHead`)."""
        return isinstance(self.head, MILValenceHead)

    def logits(self, features: np.ndarray, bags: Bags | None = None, batch_size: int = 512) -> np.ndarray:
        """``(n, FEATURE_DIM)`` (and, for a multiple-instance head, the turns' sentence bags) -> ``(n, 2)`` raw logits."""
        self.head.eval()
        with torch.inference_mode():
            if not self.uses_sentences:
                return self.head(torch.from_numpy(features)).double().numpy()
            if bags is None:
                raise ValueError("model: this head scores sentences too and needs the turns' sentence vectors")
            out = [np.zeros((0, 2))]
            for start in range(0, len(features), batch_size):
                idx = np.arange(start, min(len(features), start + batch_size))
                out.append(self.head(torch.from_numpy(features[idx]), *bag_tensors(bags, idx)).double().numpy())
            return np.concatenate(out)

    def predict(self, features: np.ndarray, bags: Bags | None = None) -> np.ndarray:
        """``(n, FEATURE_DIM)`` -> ``(n, 2)`` calibrated probabilities (distress, joy)."""
        return self.platt.apply(self.logits(features, bags))

    def save(self, directory: Path) -> None:
        """Write ``head.safetensors`` and ``head.json`` into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().contiguous() for k, v in self.head.state_dict().items()}
        save_file(state, str(directory / "head.safetensors"))
        config = {
            "in_dim": self.head.in_dim, "hidden": self.head.hidden, "dropout": self.head.dropout,
            **({"sentence_hidden": self.head.sentence_hidden} if self.uses_sentences else {}),
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
        if config.get("sentence_hidden"):
            head = MILValenceHead(config["in_dim"], config["hidden"], config["dropout"], config["sentence_hidden"])
        else:
            head = ValenceHead(config["in_dim"], config["hidden"], config["dropout"])
        try:
            head.load_state_dict(load_file(str(weights)))
        except RuntimeError:
            raise ValueError(f"model: {weights} does not match the architecture in {cfg_path}") from None
        head.eval()
        meta = {k: v for k, v in config.items() if k not in ("in_dim", "hidden", "dropout", "sentence_hidden", "platt")}
        return cls(head, PlattParams(**config["platt"]), meta)
