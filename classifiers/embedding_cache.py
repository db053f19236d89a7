"""A cache of training-data embeddings, outside the repository, keyed by file content and encoder.

Only vectors are stored, never text; an entry is valid for exactly one file content, encoder,
``max_length``, ``context_turns`` and :data:`FEATURES` (what is pooled).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from classifiers.labelled_data import LabelledTurns, file_sha256
from classifiers.encoder import ENCODER_ID, MiniLMEncoder
from classifiers.minilm_model import embed_turns

DEFAULT_CACHE_DIR = Path.home() / ".cache" / "expression-miner" / "embeddings"
FEATURES = "whole+sentence-max+context/windows-v1"
"""Names the vectors an entry holds; change it whenever pooling changes, so old entries are not reused."""


def embed_labelled(
    encoder: MiniLMEncoder, data: LabelledTurns, *, context_turns: int, batch_size: int = 64,
    cache_dir: Path | None = DEFAULT_CACHE_DIR,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Embeddings ``(utterance, sentence, context)`` of a labelled file, from the cache when present.

    Args:
        encoder: The encoder (its ``max_length`` is part of the key).
        data: Rows read from ``data.source``.
        context_turns: Context turns read per row (part of the key).
        batch_size: Encoder batch size.
        cache_dir: Where to keep vectors; None disables caching.
    """
    key = hashlib.sha256(
        f"{file_sha256(data.source)}|{ENCODER_ID}|{encoder.max_length}|{context_turns}|{FEATURES}".encode()
    ).hexdigest()[:24]
    path = cache_dir / f"{key}.npz" if cache_dir is not None else None
    if path is not None and path.is_file():
        cached = np.load(path)
        if cached["utterance"].shape[0] == len(data):
            return cached["utterance"], cached["sentence"], cached["context"]
    utt, sent, ctx = embed_turns(encoder, data.turns, context_turns, batch_size)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, utterance=utt, sentence=sent, context=ctx)
        tmp.replace(path)
    return utt, sent, ctx


SENTENCE_FEATURES = "sentence-vectors/windows-v1"
"""Names the per-sentence vectors kept under ``cache_dir / "sentences"`` (a separate entry, so the
turn-level entries above stay valid for heads that do not read sentences)."""


def embed_sentence_bags(
    encoder: MiniLMEncoder, data: LabelledTurns, *, batch_size: int = 64, cache_dir: Path | None = DEFAULT_CACHE_DIR,
) -> tuple[np.ndarray, np.ndarray]:
    """Sentence bags ``(vectors, lengths)`` of a labelled file's utterances, from the cache when present."""
    key = hashlib.sha256(
        f"{file_sha256(data.source)}|{ENCODER_ID}|{encoder.max_length}|{SENTENCE_FEATURES}".encode()
    ).hexdigest()[:24]
    path = cache_dir / "sentences" / f"{key}.npz" if cache_dir is not None else None
    if path is not None and path.is_file():
        cached = np.load(path)
        if cached["lengths"].shape[0] == len(data):
            return cached["vectors"], cached["lengths"]
    _, _, per = encoder.encode_utterances([t.utterance for t in data.turns], batch_size, per_sentence=True)
    vecs = np.concatenate(per) if per else np.zeros((0, 384), np.float32)
    lens = np.array([len(p) for p in per], dtype=np.int64)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, vectors=vecs, lengths=lens)
        tmp.replace(path)
    return vecs, lens
