"""The default valence model: packaged all-MiniLM-L6-v2 embeddings plus the shipped trained head."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifiers.encoder import MiniLMEncoder
from classifiers.head import TrainedHead, stack_bags, turn_features
from classifiers.types import TurnInput

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"


def context_text(context: Sequence[str], turns: int) -> str:
    """The text the model reads as context: the last ``turns`` user turns, oldest first.

    Returns ``""`` (no context) when ``turns`` is 0 or there is none.
    """
    if turns <= 0 or not context:
        return ""
    return "\n".join(context[-turns:])


def embed_turns(
    encoder: MiniLMEncoder, turns: Sequence[TurnInput], context_turns: int, batch_size: int,
    *, per_sentence: bool = False,
) -> tuple:
    """Embed utterances (whole and strongest sentence) and contexts; each distinct context is encoded once.

    Returns:
        ``(utterance_emb, sentence_emb, context_emb)``, each ``(len(turns), 384)``; zero context
        rows mean none. With ``per_sentence``, a fourth item: the utterances' sentence bags
        ``(vectors, lengths)`` (see :mod:`classifiers.head`).
    """
    utt, sent, *per = encoder.encode_utterances([t.utterance for t in turns], batch_size, per_sentence=per_sentence)
    ctx_texts = [context_text(t.context, context_turns) for t in turns]
    distinct = sorted(set(ctx_texts))
    ctx_distinct = encoder.encode(distinct, batch_size, keep_end=True)
    where = {text: i for i, text in enumerate(distinct)}
    ctx = ctx_distinct[[where[c] for c in ctx_texts]] if turns else np.zeros_like(utt)
    if not per_sentence:
        return utt, sent, ctx
    return utt, sent, ctx, stack_bags(per[0])


@dataclass
class DefaultValenceModel:
    """Encoder plus head; scores turns with calibrated probabilities.

    Attributes:
        encoder: The MiniLM encoder.
        head: The trained head with its Platt calibration.
        context_turns: Preceding user turns read per turn.
        batch_size: Texts per encoder forward pass.
    """

    encoder: MiniLMEncoder
    head: TrainedHead
    context_turns: int = 1
    batch_size: int = 32

    @classmethod
    def load(
        cls, directory: Path = DEFAULT_MODEL_DIR, *, context_turns: int = 1, batch_size: int = 32,
        max_length: int = 256, quantize: bool = False, device: str = "auto", dtype: str = "float32",
    ) -> DefaultValenceModel:
        """Load the packaged encoder and the head saved in ``directory``."""
        head = TrainedHead.load(Path(directory))
        encoder = MiniLMEncoder.load(max_length=max_length, quantize=quantize, device=device, dtype=dtype)
        return cls(encoder, head, context_turns, batch_size)

    def score(self, turns: Sequence[TurnInput]) -> np.ndarray:
        """``(len(turns), 2)`` calibrated probabilities: column 0 distress, column 1 joy."""
        if not turns:
            return np.zeros((0, 2))
        if not self.head.uses_sentences:
            return self.head.predict(turn_features(*embed_turns(self.encoder, turns, self.context_turns, self.batch_size)))
        utt, sent, ctx, bags = embed_turns(self.encoder, turns, self.context_turns, self.batch_size, per_sentence=True)
        return self.head.predict(turn_features(utt, sent, ctx), bags)
