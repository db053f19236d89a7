"""The assistant-domain labelled set: one record type and a loader for the committed JSONL splits."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

SPLITS: tuple[str, ...] = ("train", "val", "test")
DEFAULT_DIR: Path = Path(__file__).resolve().parent / "assistant_turns"
"""Where the committed splits live (``{train,val,test}.jsonl``)."""


@dataclass(frozen=True, slots=True)
class AssistantExample:
    """One labelled assistant turn.

    Attributes:
        id: Stable id, unique across the whole set.
        context: The preceding user turns, oldest first and most recent last (1 to 3).
        utterance: The assistant turn being labelled.
        distress: 1 when the turn shows apparent distress in the assistant's own voice (low bar).
        joy: 1 when the turn shows strong, own-voice delight (high bar).
        category: One of the builder's categories (see the README).
        template: The core template group the utterance was built from; splits never share one.
    """

    id: str
    context: tuple[str, ...]
    utterance: str
    distress: int
    joy: int
    category: str
    template: str

    def to_json(self) -> str:
        """Serialise as one JSON line (fixed key order, UTF-8 kept as is)."""
        record = asdict(self)
        record["context"] = list(self.context)
        return json.dumps(record, ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> AssistantExample:
        """Parse one JSON line written by :meth:`to_json`."""
        record = json.loads(line)
        record["context"] = tuple(record["context"])
        return cls(**record)


def load_split(split: str, root: Path | None = None) -> list[AssistantExample]:
    """Load one split of the assistant-domain set.

    Args:
        split: ``"train"``, ``"val"`` or ``"test"``. The test split is for final figures only:
            never tune thresholds or hyper-parameters on it.
        root: Directory holding the JSONL files; defaults to :data:`DEFAULT_DIR`.

    Returns:
        The examples in file order.

    Raises:
        ValueError: ``split`` is not one of :data:`SPLITS`.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    path = (root or DEFAULT_DIR) / f"{split}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [AssistantExample.from_json(line) for line in handle if line.strip()]
