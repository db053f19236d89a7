"""Fine-tune the valence model end to end on labeled turns, with GoEmotions as an auxiliary task.

Each step reads a batch of labeled assistant turns (all their gated windows, each paired with the
user context), takes each turn's maximum window logit per output and applies a class-weighted
binary cross-entropy against the turn's labels (multiple-instance learning: a turn is labeled, its
windows are not). A second batch of GoEmotions comments trains an auxiliary 28-label head on the
same encoder: general emotional language from real people, which the small real assistant set
cannot teach alone. The auxiliary head is not shipped.

Plain typed Python, seeded: the same data and config give the same weights on one machine.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from classifiers.labelled_data import goemotions_rows
from classifiers.labels import GOEMOTIONS_LABELS
from classifiers.model import (
    OUTPUTS,
    ReadingConfig,
    ValenceModel,
    ValenceNet,
    build_net,
    load_tokenizer,
    read_windows,
    turn_max,
)
from classifiers.types import TurnInput

log = logging.getLogger("expression_miner.finetune")


@dataclass(frozen=True)
class LabeledTurn:
    """A turn to train on: its input and its targets in the order of :data:`classifiers.model.OUTPUTS`."""

    turn: TurnInput
    targets: tuple[int, int, int, int]

    @classmethod
    def from_scales(cls, turn: TurnInput, distress: int, joy: int) -> LabeledTurn:
        """From the guideline's scales (distress 0-2, joy 0-2)."""
        return cls(turn, (int(distress >= 1), int(distress == 2), int(joy >= 1), int(joy == 2)))


@dataclass(frozen=True)
class FinetuneConfig:
    """Hyper-parameters of fine-tuning (see ``classifiers/data/real/README.md`` for how they were chosen).

    Attributes:
        reading: How turns are cut into windows (also saved with the model).
        context_turns: Preceding user turns read.
        epochs: Passes over the labeled turns.
        batch_turns: Labeled turns per step.
        goemotions_batch: GoEmotions comments per step (0 turns the auxiliary task off).
        goemotions_weight: Weight of the auxiliary loss.
        encoder_lr: Peak learning rate of the encoder.
        head_lr: Peak learning rate of the heads.
        weight_decay: AdamW weight decay.
        warmup: Share of the steps with a rising learning rate (then linear decay to 0).
        max_pos_weight: Cap of the positive-class weight (negatives / positives per output).
        goemotions_max_tokens: Tokens kept per GoEmotions comment.
        seed: Seeds torch and numpy.
        threads: Torch intra-op threads (None: torch's default).
    """

    reading: ReadingConfig = ReadingConfig()
    context_turns: int = 1
    epochs: int = 3
    batch_turns: int = 16
    goemotions_batch: int = 16
    goemotions_weight: float = 0.5
    encoder_lr: float = 4e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    max_pos_weight: float = 10.0
    goemotions_max_tokens: int = 48
    seed: int = 13
    threads: int | None = None

    def __post_init__(self) -> None:
        for name in ("epochs", "batch_turns", "context_turns"):
            if getattr(self, name) < (0 if name == "context_turns" else 1):
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")
        if not 0.0 <= self.warmup < 1.0:
            raise ValueError(f"warmup must be in [0, 1), got {self.warmup}")


def read_goemotions_multilabel(path: Path) -> tuple[list[str], np.ndarray]:
    """GoEmotions ``train.tsv`` as texts and a ``(n, 28)`` multi-hot label matrix.

    Raises:
        ValueError: a line is not a GoEmotions row (names the file and line, never the text).
    """
    texts, labels = [], []
    for text, ids in goemotions_rows(path):
        row = np.zeros(len(GOEMOTIONS_LABELS), dtype=np.float32)
        row[ids] = 1.0
        texts.append(text)
        labels.append(row)
    return texts, np.stack(labels)


class _Trainee(torch.nn.Module):
    """The shipped net plus the auxiliary GoEmotions head (dropped after training)."""

    def __init__(self, net: ValenceNet):
        super().__init__()
        self.net = net
        self.aux = torch.nn.Linear(net.head.in_features, len(GOEMOTIONS_LABELS))


def _pos_weight(targets: np.ndarray, cap: float) -> torch.Tensor:
    pos = targets.sum(0)
    neg = len(targets) - pos
    return torch.as_tensor(np.clip(neg / np.maximum(pos, 1), 1.0, cap), dtype=torch.float32)


def _schedule(step: int, total: int, warmup: float) -> float:
    rise = max(1, int(total * warmup))
    if step < rise:
        return (step + 1) / rise
    return max(0.0, (total - step) / max(1, total - rise))


def finetune(
    turns: Sequence[LabeledTurn], config: FinetuneConfig = FinetuneConfig(),
    goemotions: tuple[list[str], np.ndarray] | None = None,
) -> ValenceModel:
    """Train a ValenceModel (uncalibrated: Platt scaling is fitted afterwards on validation data).

    Args:
        turns: The labeled turns. Turns the gate keeps nothing of are left out (they score zero).
        config: Hyper-parameters.
        goemotions: Texts and multi-hot labels for the auxiliary task; None (or
            ``config.goemotions_batch == 0``) trains without it.

    Raises:
        ValueError: no turn has anything to read, or a target never occurs.
    """
    if config.threads:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    tokenizer = load_tokenizer()
    windows = read_windows(tokenizer, [t.turn for t in turns], config.reading, config.context_turns)
    by_turn: dict[int, list[int]] = {}
    for w, owner in enumerate(windows.owner):
        by_turn.setdefault(owner, []).append(w)
    readable = np.array(sorted(by_turn), dtype=np.int64)
    if not len(readable):
        raise ValueError("turns: the gate keeps nothing of any turn")
    targets = np.array([turns[i].targets for i in readable], dtype=np.float32)
    if (targets.sum(0) == 0).any():
        missing = [OUTPUTS[i] for i in np.nonzero(targets.sum(0) == 0)[0]]
        raise ValueError(f"turns: no positive for {', '.join(missing)}")
    pos_weight = _pos_weight(targets, config.max_pos_weight)

    model = _Trainee(build_net(config.reading.layers))
    use_aux = goemotions is not None and config.goemotions_batch > 0
    if use_aux:
        ge_ids = tokenizer(goemotions[0], truncation=True, max_length=config.goemotions_max_tokens)["input_ids"]
        ge_labels = torch.as_tensor(goemotions[1])
    encoder_params = list(model.net.encoder.parameters())
    head_params = list(model.net.head.parameters()) + list(model.aux.parameters())
    optimizer = torch.optim.AdamW([
        {"params": encoder_params, "lr": config.encoder_lr},
        {"params": head_params, "lr": config.head_lr},
    ], weight_decay=config.weight_decay)
    peaks = [config.encoder_lr, config.head_lr]
    steps_per_epoch = math.ceil(len(readable) / config.batch_turns)
    total = steps_per_epoch * config.epochs
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    aux_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    step, started = 0, time.perf_counter()
    for epoch in range(config.epochs):
        order = rng.permutation(len(readable))
        for start in range(0, len(order), config.batch_turns):
            chosen = order[start:start + config.batch_turns]
            idx = [w for k in chosen for w in by_turn[int(readable[k])]]
            owner_of = {int(readable[k]): j for j, k in enumerate(chosen)}
            owner = torch.as_tensor([owner_of[windows.owner[w]] for w in idx])
            logits = turn_max(model.net(**windows.tensors(idx)), owner, len(chosen))
            loss = loss_fn(logits, torch.as_tensor(targets[chosen]))
            if use_aux:
                pick = rng.integers(0, len(ge_ids), config.goemotions_batch)
                batch = tokenizer.pad({"input_ids": [ge_ids[i] for i in pick]}, return_tensors="pt")
                pooled = model.net.pooled(batch["input_ids"], batch["attention_mask"],
                                          torch.zeros_like(batch["input_ids"]))
                loss = loss + config.goemotions_weight * aux_fn(model.aux(pooled), ge_labels[pick])
            for group, peak in zip(optimizer.param_groups, peaks):
                group["lr"] = peak * _schedule(step, total, config.warmup)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            step += 1
            if step % 50 == 0:
                log.info("finetune: epoch %d step %d/%d loss %.4f (%.0f s)", epoch + 1, step, total,
                         loss.item(), time.perf_counter() - started)
    model.net.eval()
    return ValenceModel(model.net, tokenizer, config.reading, context_turns=config.context_turns)
