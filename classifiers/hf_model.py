"""Any Hugging Face sequence classifier as a valence model, through a label mapping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from classifiers.encoder import length_order, pick_device, pick_dtype, quantize_linear_int8
from classifiers.labels import aggregate_label_probs, mapping_indices
from classifiers.types import TurnInput


@dataclass
class HFValenceModel:
    """An ``AutoModelForSequenceClassification`` whose label probabilities are mapped to distress and joy.

    The model reads the utterance alone (general emotion classifiers are trained on single
    texts); the turn's context is ignored.

    Attributes:
        tokenizer: The model's tokenizer.
        model: The classifier, in eval mode.
        indices: Output indices per valence (from :func:`classifiers.labels.mapping_indices`).
        aggregation: ``sum`` or ``max`` (resolved from ``auto`` at load).
        multi_label: Whether outputs are independent sigmoids rather than a softmax.
        device: Where the model runs.
        batch_size: Utterances per forward pass.
        max_length: Tokens kept per utterance.
    """

    tokenizer: object
    model: torch.nn.Module
    indices: dict[str, list[int]]
    aggregation: str
    multi_label: bool
    device: torch.device
    batch_size: int = 64
    max_length: int = 256

    @classmethod
    def load(
        cls, name_or_path: str, label_mapping: Mapping[str, Sequence[str]], *, aggregation: str = "auto",
        batch_size: int = 64, max_length: int = 256, quantize: bool = False, device: str = "auto",
        dtype: str = "float32",
    ) -> HFValenceModel:
        """Load from a local directory or the local Hugging Face cache (never downloads).

        Raises:
            ValueError: the model cannot be found locally, or the mapping names unknown labels.
        """
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a bar per worker is noise in batch-job logs

        try:
            tokenizer = AutoTokenizer.from_pretrained(name_or_path, local_files_only=True)
            model = AutoModelForSequenceClassification.from_pretrained(name_or_path, local_files_only=True)
        except OSError:
            raise ValueError(f"model: '{name_or_path}' is neither a model directory nor in the local "
                             "Hugging Face cache (nothing is downloaded)") from None
        model.eval()
        indices = mapping_indices(model.config.id2label, label_mapping)
        multi = model.config.problem_type == "multi_label_classification"
        agg = ("max" if multi else "sum") if aggregation == "auto" else aggregation
        dev = pick_device(device)
        quantize = quantize and dev.type == "cpu"
        torch_dtype = pick_dtype(dtype, dev, quantize)
        if quantize:
            model = quantize_linear_int8(model)
        return cls(tokenizer, model.to(device=dev, dtype=torch_dtype), indices, agg, multi, dev, batch_size,
                   max_length)

    def score(self, turns: Sequence[TurnInput]) -> np.ndarray:
        """``(len(turns), 2)`` mapped probabilities: column 0 distress, column 1 joy."""
        n_labels = self.model.config.num_labels
        probs = np.zeros((len(turns), n_labels))
        order = length_order([len(t.utterance) for t in turns])
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start:start + self.batch_size]
                enc = self.tokenizer([turns[i].utterance for i in idx], padding=True, truncation=True,
                                     max_length=self.max_length, return_tensors="pt").to(self.device)
                logits = self.model(**enc).logits.float()
                p = torch.sigmoid(logits) if self.multi_label else torch.softmax(logits, dim=-1)
                probs[idx] = p.cpu().numpy()
        return aggregate_label_probs(probs, self.indices, self.aggregation)
