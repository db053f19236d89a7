"""Readers for labelled data: GoEmotions TSV files and labelled assistant-turn JSONL.

Errors name the file and line, never the text on it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifiers.labels import GOEMOTIONS_LABELS, goemotions_binary
from classifiers.types import TurnInput

# The shared data folder sits beside the repository checkout.
DEFAULT_GOEMOTIONS_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "goemotions"


@dataclass(frozen=True)
class LabelledTurns:
    """Labelled examples.

    Attributes:
        turns: The inputs (GoEmotions rows have no context).
        labels: ``(n, 2)`` int array: distress, joy.
        categories: Per-row category names from the file (``""`` when the file has none).
        source: The file read.
        groups: Per-row group for grouped cross-validation: the ``template`` field when the
            file has one (rows built from one template must not straddle folds), else the row id.
    """

    turns: tuple[TurnInput, ...]
    labels: np.ndarray
    categories: tuple[str, ...]
    source: Path
    groups: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.turns)


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def goemotions_rows(path: Path) -> Iterator[tuple[str, list[int]]]:
    """``(text, label ids)`` for every row of a GoEmotions ``train.tsv``/``dev.tsv``.

    Raises:
        ValueError: a line is not a GoEmotions row (names the file and line, never the text).
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.rstrip("\n").split("\t")
            try:
                ids = [int(x) for x in parts[1].split(",")]
                if len(parts) != 3 or not all(0 <= i < len(GOEMOTIONS_LABELS) for i in ids):
                    raise ValueError
            except (ValueError, IndexError):
                raise ValueError(f"{path}:{lineno}: not a GoEmotions row (text, label ids, id)") from None
            yield parts[0], ids


def read_goemotions(path: Path) -> LabelledTurns:
    """Read a GoEmotions ``train.tsv``/``dev.tsv`` and map its labels to distress and joy.

    Raises:
        ValueError: a line is malformed (names the file and line number).
    """
    turns, labels = [], []
    for text, ids in goemotions_rows(path):
        turns.append(TurnInput(text, ()))
        labels.append(goemotions_binary(ids))
    return LabelledTurns(tuple(turns), np.asarray(labels, dtype=np.int64).reshape(-1, 2),
                         ("",) * len(turns), Path(path), tuple(f"row{i}" for i in range(len(turns))))


def json_objects(path: Path) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for every non-blank line of a JSONL file.

    Raises:
        ValueError: a line is not a JSON object (names the file and line, never its text).
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"{path}:{lineno}: not valid JSON") from None
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{lineno}: not a JSON object")
            yield lineno, row


def read_labelled_jsonl(path: Path) -> LabelledTurns:
    """Read labelled assistant turns: one JSON object a line with ``context`` (user turns, most
    recent last), ``utterance``, ``distress`` and ``joy`` (0/1), optionally ``category``.

    Raises:
        ValueError: a line is not valid (names the file, line number and field).
    """
    turns, labels, cats, groups = [], [], [], []
    for lineno, row in json_objects(path):
        if not isinstance(row.get("utterance"), str):
            raise ValueError(f"{path}:{lineno}: 'utterance' must be a string")
        context = row.get("context", [])
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            raise ValueError(f"{path}:{lineno}: 'context' must be a list of strings")
        for key in ("distress", "joy"):
            if row.get(key) not in (0, 1):
                raise ValueError(f"{path}:{lineno}: '{key}' must be 0 or 1")
        turns.append(TurnInput(row["utterance"], tuple(context)))
        labels.append((int(row["distress"]), int(row["joy"])))
        cats.append(str(row.get("category", "")))
        groups.append(str(row.get("template") or row.get("id") or f"line{lineno}"))
    return LabelledTurns(tuple(turns), np.asarray(labels, dtype=np.int64).reshape(-1, 2),
                         tuple(cats), Path(path), tuple(groups))


def read_labelled(path: Path) -> LabelledTurns:
    """Read either format, by extension: ``.tsv`` is GoEmotions, anything else labelled JSONL."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"data: file {path} does not exist")
    return read_goemotions(path) if path.suffix == ".tsv" else read_labelled_jsonl(path)
