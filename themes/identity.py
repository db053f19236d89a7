"""Theme identity across runs: match this run's themes to the themes earlier runs published.

The run history (a JSON file at a configurable path) keeps, per theme id, its valence, latest
centroid, size and the runs it was seen in. A new theme is matched to a known one of the same
valence by the Hungarian algorithm on cosine similarity between centroids, accepting a pair only
above ``match_floor``; unmatched themes get a new id. So the same data run twice gives the same
ids, a theme that grows keeps its id, and a theme absent for a run keeps its id when it returns.
Re-running a partition replaces that partition's entry instead of adding another, so trends do
not count it twice.

The history holds centroids (means over at least ``k_conversations`` conversations), labels and
counts: nothing that is not already an aggregate.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class KnownTheme:
    """A theme some earlier run published.

    Attributes:
        theme_id: Its stable id.
        valence: ``distress`` or ``joy``.
        centroid: Its latest centroid (unit vector).
        events: Its latest event count.
        runs: The runs that published it, oldest first.
    """

    theme_id: str
    valence: str
    centroid: list[float]
    events: int
    runs: list[str] = field(default_factory=list)


@dataclass
class RunRecord:
    """One run in the history: which partitions it covered and the sizes it published."""

    run_id: str
    partitions: list[str]
    sizes: dict[str, int]


@dataclass
class History:
    """Every theme ever published, and the runs, in order."""

    themes: dict[str, KnownTheme] = field(default_factory=dict)
    runs: list[RunRecord] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None) -> History:
        """Read the history at ``path``; a missing file (or None) is an empty history.

        Raises:
            ValueError: the file is not a history written by :meth:`save` (names the file).
        """
        if path is None or not Path(path).is_file():
            return cls()
        try:
            doc = json.loads(Path(path).read_text())
            return cls({t["theme_id"]: KnownTheme(**t) for t in doc["themes"]},
                       [RunRecord(**r) for r in doc["runs"]])
        except (json.JSONDecodeError, KeyError, TypeError):
            raise ValueError(f"themes.history: {path} is not a theme history file") from None

    def save(self, path: Path) -> None:
        """Write atomically (a temporary file renamed into place)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps({"themes": [asdict(t) for t in self.themes.values()],
                                   "runs": [asdict(r) for r in self.runs]}, indent=1) + "\n")
        os.replace(tmp, path)

    def previous_sizes(self, partitions: Sequence[str]) -> dict[str, int]:
        """Theme sizes of the latest run on other partitions (the baseline of this run's trend)."""
        for run in reversed(self.runs):
            if sorted(run.partitions) != sorted(partitions):
                return run.sizes
        return {}


def match_themes(centroids: np.ndarray, known: Sequence[KnownTheme], floor: float) -> list[KnownTheme | None]:
    """For each row of ``centroids``, the known theme it continues (Hungarian, cosine >= ``floor``) or None."""
    from scipy.optimize import linear_sum_assignment

    matched: list[KnownTheme | None] = [None] * len(centroids)
    if not len(centroids) or not known:
        return matched
    old = np.asarray([k.centroid for k in known], dtype=np.float64)
    sims = np.asarray(centroids, dtype=np.float64) @ old.T
    rows, cols = linear_sum_assignment(-sims)
    for r, c in zip(rows, cols):
        if sims[r, c] >= floor:
            matched[r] = known[c]
    return matched


def new_theme_id(valence: str, taken: set[str]) -> str:
    """The next free id of the form ``distress-0001``."""
    n = 1
    while f"{valence}-{n:04d}" in taken:
        n += 1
    return f"{valence}-{n:04d}"
