"""Plain value types passed between the valence classifier and its callers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TurnInput:
    """One assistant turn to score.

    Attributes:
        utterance: The assistant turn's text.
        context: The preceding user turns, oldest first and most recent last. May be empty.
    """

    utterance: str
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ValenceScores:
    """Calibrated probabilities, each in [0, 1], that a turn expresses distress or joy."""

    distress: float
    joy: float


@dataclass(frozen=True, slots=True)
class ValenceThresholds:
    """Decision thresholds: a turn is flagged for a valence when its score is >= the threshold."""

    distress: float
    joy: float


@dataclass(frozen=True, slots=True)
class ValenceFlags:
    """Whether a turn passed each valence's threshold."""

    distress: bool
    joy: bool
