"""Valence classifiers: score assistant turns for apparent distress and joy.

Light imports only here (settings and value types), so that loading the run configuration does
not import torch. The parts:

- :mod:`classifiers.settings` -- :class:`ClassifierSettings`.
- :mod:`classifiers.spec` -- :class:`ValenceModelSpec`, what the Beam handler wraps.
- :mod:`classifiers.gate` -- which sentences of a turn the default model reads.
- :mod:`classifiers.model` / :mod:`classifiers.hf_model` -- the default model (all-MiniLM-L6-v2
  fine-tuned as a cross-encoder) and the Hugging Face adapter.
- :mod:`classifiers.real_set` -- the real labeled set; :mod:`classifiers.finetune` -- training.
- :mod:`classifiers.thresholds` / :mod:`classifiers.calibration` -- thresholds and Platt scaling.
- :mod:`classifiers.train`, :mod:`classifiers.evaluate`, :mod:`classifiers.score_file` -- the
  functions behind ``train-classifier``, ``eval-classifier`` and ``score``.
"""

from classifiers.settings import ClassifierSettings
from classifiers.types import TurnInput, ValenceFlags, ValenceScores, ValenceThresholds

__all__ = ["ClassifierSettings", "TurnInput", "ValenceFlags", "ValenceScores", "ValenceThresholds"]
