"""A cache of training-data embeddings, outside the repository, keyed by file content and encoder.

Only vectors are stored, never text; an entry is valid for exactly one file content, encoder,
``max_length``, ``context_turns`` and :data:`FEATURES` (what is pooled).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from classifiers.labelled_data import LabelledTurns, file_sha256
from classifiers.encoder import ENCODER_ID, MiniLMEncoder
from classifiers.head import Bags, stack_bags
from classifiers.minilm_model import embed_turns

DEFAULT_CACHE_DIR = Path.home() / ".cache" / "expression-miner" / "embeddings"
FEATURES = "whole+sentence-max+context/windows-v1"
"""Names the vectors an entry holds; change it whenever pooling changes, so old entries are not reused."""


def _cached(path: Path | None, rows: int, names: tuple[str, ...], compute: Callable[[], tuple]) -> tuple:
    """The arrays ``names`` from ``path`` when it holds ``rows`` rows, else ``compute()``, saved atomically."""
    if path is not None and path.is_file():
        cached = np.load(path)
        if cached[names[-1]].shape[0] == rows:
            return tuple(cached[n] for n in names)
    arrays = compute()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **dict(zip(names, arrays, strict=True)))
        tmp.replace(path)
    return arrays


def _key(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:24]


def embed_labelled(
    encoder: MiniLMEncoder, data: LabelledTurns, *, context_turns: int, batch_size: int = 64,
    cache_dir: Path | None = DEFAULT_CACHE_DIR,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Embeddings ``(utterance, sentence, context)`` of a labelled file, from the cache when present.

    Args:
        encoder: The encoder (its ``max_length`` is part of the key).
        data: The labelled turns.
        context_turns: Preceding user turns in the context text.
        batch_size: Texts per forward pass.
        cache_dir: Where to keep vectors; None disables caching.
    """
    key = _key(file_sha256(data.source), ENCODER_ID, encoder.max_length, context_turns, FEATURES)
    path = cache_dir / f"{key}.npz" if cache_dir is not None else None
    return _cached(path, len(data), ("utterance", "sentence", "context"),
                   lambda: embed_turns(encoder, data.turns, context_turns, batch_size))


SENTENCE_FEATURES = "sentence-vectors/windows-v1"
"""Names the per-sentence vectors kept under ``cache_dir / "sentences"`` (a separate entry, so the
turn-level entries above stay valid for heads that do not read sentences)."""


def embed_sentence_bags(
    encoder: MiniLMEncoder, data: LabelledTurns, *, batch_size: int = 64, cache_dir: Path | None = DEFAULT_CACHE_DIR,
) -> Bags:
    """Sentence bags ``(vectors, lengths)`` of a labelled file's utterances, from the cache when present."""
    key = _key(file_sha256(data.source), ENCODER_ID, encoder.max_length, SENTENCE_FEATURES)
    path = cache_dir / "sentences" / f"{key}.npz" if cache_dir is not None else None
    return _cached(path, len(data), ("vectors", "lengths"), lambda: stack_bags(
        encoder.encode_utterances([t.utterance for t in data.turns], batch_size, per_sentence=True)[2]))
