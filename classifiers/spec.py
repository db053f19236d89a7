"""What the Beam ``RunInference`` handler wraps: a picklable spec that loads and runs a valence model.

The spec holds configuration only. :meth:`ValenceModelSpec.load_model` runs on the worker, where it
picks the device and the thread count; :meth:`ValenceModelSpec.run_inference` returns raw
calibrated scores in input order. Thresholds are applied afterwards by
:func:`classifiers.thresholds.apply_thresholds`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from classifiers.encoder import default_encoder_path, available_cores, pick_device, pick_dtype
from classifiers.labelled_data import file_sha256
from classifiers.model import CONFIG_FILE, DEFAULT_MODEL_DIR, WEIGHTS_FILE, ValenceModel
from classifiers.settings import DEFAULT_MODEL, ClassifierSettings
from classifiers.thresholds import load_thresholds
from classifiers.types import TurnInput, ValenceScores, ValenceThresholds


def check_model_available(settings: ClassifierSettings, model_dir: Path = DEFAULT_MODEL_DIR) -> None:
    """Fail at start-up, naming the field, if the configured model cannot be loaded offline.

    Raises:
        ValueError: the default model's files or package are missing, or a Hugging Face model is
            neither a local directory nor in the local cache.
    """
    if settings.model == DEFAULT_MODEL:
        default_encoder_path()
        for name in (WEIGHTS_FILE, CONFIG_FILE, "thresholds.json"):
            if not (model_dir / name).is_file():
                raise ValueError(f"model: the default model's file {model_dir / name} is missing")
        return
    if Path(settings.model).is_dir():
        if not (Path(settings.model) / "config.json").is_file():
            raise ValueError(f"model: directory '{settings.model}' has no config.json")
        return
    from huggingface_hub import try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(settings.model, "config.json")
    except ValueError:  # not a valid repo id
        cached = None
    if not isinstance(cached, str):
        raise ValueError(f"model: '{settings.model}' is neither a local directory nor in the local "
                         "Hugging Face cache (nothing is downloaded)")


def thresholds_in_force(settings: ClassifierSettings, model_dir: Path = DEFAULT_MODEL_DIR) -> ValenceThresholds:
    """The settings' thresholds where set, else the ones shipped in ``model_dir``."""
    if settings.distress_threshold is not None and settings.joy_threshold is not None:
        return ValenceThresholds(settings.distress_threshold, settings.joy_threshold)
    shipped = load_thresholds(model_dir / "thresholds.json")
    return ValenceThresholds(
        settings.distress_threshold if settings.distress_threshold is not None else shipped.distress,
        settings.joy_threshold if settings.joy_threshold is not None else shipped.joy,
    )


@dataclass
class LoadedValenceModel:
    """A loaded model (default or Hugging Face) with the settings it was loaded with."""

    model: object  # ValenceModel | HFValenceModel; both have score(turns) -> (n, 2)
    settings: ClassifierSettings


class ValenceModelSpec:
    """Configuration of a valence model; cheap to pickle and send to workers.

    Args:
        settings: The classifier settings.
        model_dir: Directory of the default model's head and thresholds. Ignored for Hugging
            Face models.

    Raises:
        ValueError: the configured model is not available offline (see :func:`check_model_available`).
    """

    def __init__(self, settings: ClassifierSettings, model_dir: Path = DEFAULT_MODEL_DIR):
        self.settings = settings
        self.model_dir = Path(model_dir)
        check_model_available(settings, self.model_dir)
        self.model_id = self._model_id()

    def _model_id(self) -> str:
        quant = "+int8" if self.settings.quantize else ""
        if self.settings.model == DEFAULT_MODEL:
            digest = file_sha256(self.model_dir / WEIGHTS_FILE)[:12]
            return f"default:minilm-l6-v2-finetuned-{digest}{quant}"
        return f"hf:{self.settings.model}{quant}"

    def thresholds(self) -> ValenceThresholds:
        """The thresholds in force (see :func:`thresholds_in_force`)."""
        return thresholds_in_force(self.settings, self.model_dir)

    def load_model(self) -> LoadedValenceModel:
        """Load on the worker: choose the device there and set torch's intra-op threads."""
        s = self.settings
        torch.set_num_threads(s.torch_threads or available_cores())
        if s.model == DEFAULT_MODEL:
            device = pick_device(s.device)
            model = ValenceModel.load(self.model_dir, batch_size=s.batch_size, quantize=s.quantize,
                                      dtype=pick_dtype(s.dtype, device, s.quantize), device=device)
        else:
            from classifiers.hf_model import HFValenceModel

            model = HFValenceModel.load(
                s.model, s.label_mapping, aggregation=s.label_aggregation, batch_size=s.batch_size,
                max_length=s.max_length, quantize=s.quantize, device=s.device, dtype=s.dtype,
            )
        return LoadedValenceModel(model, s)

    def run_inference(self, batch: Sequence[TurnInput], model: LoadedValenceModel) -> list[ValenceScores]:
        """Score a batch; the result is in the batch's order (sorting by length happens inside)."""
        scores = model.model.score(list(batch))
        return [ValenceScores(float(d), float(j)) for d, j in scores]

    def __repr__(self) -> str:
        return f"ValenceModelSpec(model_id={self.model_id!r})"

