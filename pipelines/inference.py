"""Beam's RunInference around the valence model: the handler holds only the picklable spec.

Beam 2.77's Hugging Face handler imports TensorFlow, so this project has its own ModelHandler.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from apache_beam.ml.inference.base import ModelHandler, PredictionResult

from classifiers.events import TurnToScore
from classifiers.spec import LoadedValenceModel, ValenceModelSpec
from classifiers.types import ValenceScores


class TimedScores(NamedTuple):
    """A turn's scores and its share of its batch's scoring time.

    RunInference passes on only PredictionResults, so the time rides along with them; the manifest
    sums it into ``stage_seconds.classify`` without Beam metrics, which not every runner returns.
    """

    scores: ValenceScores
    seconds: float


class ValenceModelHandler(ModelHandler[TurnToScore, PredictionResult, LoadedValenceModel]):
    """Loads the valence model once per worker and scores batches of assistant turns.

    The spec sorts each batch by length inside ``run_inference`` (less padding); results come back in
    the batch's order, each carrying the turn it scored, its ``TimedScores`` and the model id.
    """

    def __init__(self, spec: ValenceModelSpec):
        super().__init__(min_batch_size=1, max_batch_size=spec.settings.batch_size)
        self._spec = spec

    def load_model(self) -> LoadedValenceModel:
        return self._spec.load_model()

    def run_inference(
        self, batch: Sequence[TurnToScore], model: LoadedValenceModel, inference_args: dict[str, Any] | None = None
    ) -> Iterable[PredictionResult]:
        start = time.perf_counter()
        scores = self._spec.run_inference([item.turn for item in batch], model)
        share = (time.perf_counter() - start) / max(len(batch), 1)
        return [
            PredictionResult(item, TimedScores(s, share), model_id=self._spec.model_id)
            for item, s in zip(batch, scores, strict=True)
        ]

    def get_num_bytes(self, batch: Sequence[TurnToScore]) -> int:
        return sum(len(item.turn.utterance) + sum(map(len, item.turn.context)) for item in batch)

    def get_metrics_namespace(self) -> str:
        return "expression_miner.classify"
