"""The real labeled set: assistant turns of public chat logs, labeled by reading (``classifiers/data/real/``).

``labels.jsonl`` holds, per labeled turn, where it comes from (source, conversation id, message
index, model), the SHA-256 of its text, its labels (distress 0-2, joy 0-2, persona), the
labeler's trigger note, the character span of the evidence the labeler quoted, its split and why
it was chosen for reading. It holds no conversation text. ``texts.jsonl`` holds the conversations
of the sources whose licenses allow it (see ``classifiers/data/real/README.md``); the others are
read from the real pool (``../shared/data/real_pool/`` beside the checkout, or ``--pool DIR``) or,
for sources whose repository states no license, from their rebuilt texts
(``expression-miner rebuild-real-texts``, see :mod:`classifiers.real_sources`), and every text is
checked against its recorded hash before use.

The classifier never reads these texts raw: :func:`redacted_turns` runs them through the
project's redactor first, because that is the text the pipeline gives the model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from classifiers.labelled_data import json_objects
from classifiers.types import TurnInput

REAL_DIR = Path(__file__).resolve().parent / "data" / "real"
LABELS_FILE = REAL_DIR / "labels.jsonl"
TEXTS_FILE = REAL_DIR / "texts.jsonl"
# The shared data folder sits beside the repository checkout.
DEFAULT_POOL_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "real_pool"
# Where ``expression-miner rebuild-real-texts`` writes the texts of sources that may not be committed.
DEFAULT_REBUILT_DIR = Path.home() / ".cache" / "expression-miner" / "real_rebuilt"
SPLITS = ("train", "val", "test")


def text_sha256(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RealTurn:
    """One labeled assistant turn of a real conversation.

    Attributes:
        id: ``source|conversation_id|pool turn index``.
        source: The pool file's source name.
        model: The model that wrote the turn, as its source records it.
        conversation: ``(role, text)`` of every message up to and including the turn (raw text).
        split: ``train``, ``val`` or ``test`` (whole conversations go to one split).
        distress: 0, 1 or 2.
        joy: 0, 1 or 2.
        persona: The turn speaks as a character the user set up.
        selection: Why it was read (``uniform`` marks the uniform sample of the pool).
        trigger: The labeler's note of what elicited a flagged expression ("" otherwise).
        evidence: ``(start, end)`` of the quoted evidence in the turn's text, or None.
    """

    id: str
    source: str
    model: str
    conversation: tuple[tuple[str, str], ...]
    split: str
    distress: int
    joy: int
    persona: bool
    selection: str
    trigger: str
    evidence: tuple[int, int] | None

    @property
    def text(self) -> str:
        """The assistant turn's raw text."""
        return self.conversation[-1][1]

    @property
    def flagged(self) -> tuple[int, int]:
        """Binary targets: distress >= 1 (any sign) and joy == 2 (strong joy only)."""
        return int(self.distress >= 1), int(self.joy == 2)


def pool_conversations(pool_dir: Path, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[dict]]:
    """The pool rows of the conversations ``keys`` (``(source, conversation_id)``), in turn order."""
    found: dict[tuple[str, str], list[dict]] = {}
    for path in sorted(Path(pool_dir).glob("*.jsonl")):
        for _, row in json_objects(path):
            key = (row["source"], row["conversation_id"])
            if key in keys:
                found.setdefault(key, []).append(row)
    for rows in found.values():
        rows.sort(key=lambda r: r["turn_index"])
    return found


def conversation_messages(rows: Sequence[dict], turn_index: int) -> tuple[tuple[str, str], ...]:
    """``(role, text)`` of a pool conversation up to and including the assistant turn ``turn_index``."""
    messages: list[tuple[str, str]] = []
    for row in rows:
        if row["turn_index"] > turn_index:
            break
        if row.get("user"):
            messages.append(("user", row["user"]))
        messages.append(("assistant", row["assistant"]))
    return tuple(messages)


def _committed_texts(path: Path) -> dict[tuple[str, str], list[dict]]:
    if not path.is_file():
        return {}
    return {(row["source"], row["conversation_id"]): row["rows"] for _, row in json_objects(path)}


def load_real_set(
    pool_dir: Path = DEFAULT_POOL_DIR, labels_file: Path = LABELS_FILE, texts_file: Path = TEXTS_FILE,
    *, rebuilt_dir: Path = DEFAULT_REBUILT_DIR, require_all: bool = True,
) -> list[RealTurn]:
    """Join the labels with their texts (committed ones first, then the pool, then the rebuilt
    texts) and check every hash.

    Args:
        pool_dir: The real pool, for sources whose texts are not committed.
        rebuilt_dir: The rebuilt texts of sources whose repository states no license.
        require_all: Raise when a labeled turn's text cannot be found; False skips it (tests on a
            fresh clone without the pool use the committed texts only).

    Raises:
        ValueError: a text is missing (with ``require_all``) or does not match its recorded hash
            (names the turn id and the file to fix, never the text).
    """
    labels = [row for _, row in json_objects(labels_file)]
    texts = _committed_texts(texts_file)
    for folder in (pool_dir, rebuilt_dir):
        missing = {(r["source"], r["conversation_id"]) for r in labels} - set(texts)
        if missing and Path(folder).is_dir():
            texts.update(pool_conversations(folder, missing))
    turns = []
    for row in labels:
        rows = texts.get((row["source"], row["conversation_id"]))
        if rows is None:
            if require_all:
                raise ValueError(f"{labels_file}: no text for {row['id']}; pass the real pool with --pool DIR "
                                 f"(expected at {pool_dir}), or rebuild the texts of sources without a license "
                                 "with expression-miner rebuild-real-texts")
            continue
        conversation = conversation_messages(rows, row["turn_index"])
        if not conversation or text_sha256(conversation[-1][1]) != row["sha256"]:
            raise ValueError(f"{labels_file}: the text of {row['id']} does not match its sha256")
        evidence = tuple(row["evidence"]) if row.get("evidence") else None
        turns.append(RealTurn(row["id"], row["source"], row["model"], conversation, row["split"],
                              row["distress"], row["joy"], row["persona"], row["selection"],
                              row.get("trigger", ""), evidence))
    return turns


def turn_inputs(conversations: Iterable[Sequence[tuple[str, str]]], context_turns: int) -> list[TurnInput]:
    """The last message of each conversation as a TurnInput with its preceding user turns."""
    inputs = []
    for conversation in conversations:
        users = [text for role, text in conversation[:-1] if role == "user"]
        inputs.append(TurnInput(conversation[-1][1], tuple(users[-context_turns:]) if context_turns else ()))
    return inputs
