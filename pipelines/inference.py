"""Beam's RunInference around the valence model: the handler holds only the picklable spec.

Beam 2.77's Hugging Face handler imports TensorFlow, so this project has its own ModelHandler.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from apache_beam.ml.inference.base import ModelHandler, PredictionResult

from classifiers.events import TurnToScore
from classifiers.handler import LoadedValenceModel, ValenceModelSpec


class ValenceModelHandler(ModelHandler[TurnToScore, PredictionResult, LoadedValenceModel]):
    """Loads the valence model once per worker and scores batches of assistant turns.

    The spec sorts each batch by length inside ``run_inference`` (less padding); results come back in
    the batch's order, each carrying the turn it scored and the model id.
    """

    def __init__(self, spec: ValenceModelSpec):
        super().__init__(min_batch_size=1, max_batch_size=spec.settings.batch_size)
        self._spec = spec

    def load_model(self) -> LoadedValenceModel:
        return self._spec.load_model()

    def run_inference(
        self, batch: Sequence[TurnToScore], model: LoadedValenceModel, inference_args: dict[str, Any] | None = None
    ) -> Iterable[PredictionResult]:
        scores = self._spec.run_inference([item.turn for item in batch], model)
        return [PredictionResult(item, s, model_id=self._spec.model_id) for item, s in zip(batch, scores, strict=True)]

    def get_num_bytes(self, batch: Sequence[TurnToScore]) -> int:
        return sum(len(item.turn.utterance) + sum(map(len, item.turn.context)) for item in batch)

    def get_metrics_namespace(self) -> str:
        return "expression_miner.classify"
