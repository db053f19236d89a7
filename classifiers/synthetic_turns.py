"""Labelled assistant turns from a corpus of the project's synthetic generator (a second author).

The generator (``synthetic.generate``) writes conversations in six log shapes plus ``truth.jsonl``
with one valence label per assistant turn. The logs are read with the project's own ingest
(``read_records`` + ``parse_record``), joined with the truth by (file, row), and every assistant
turn becomes a labelled row: its preceding user turns as context, distress/joy from the truth.

Used as a third training source (``HeadTrainingConfig.synthetic_conversations``) and to measure
per-turn recall and precision on a generated corpus. Never generate training data with a seed
used for evaluation (the demo uses 7; the tests 11 and 23).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from classifiers.events import assistant_turn_inputs
from classifiers.types import TurnInput

# Seeds that produce evaluation corpora (demo, tests); training corpora must not use them.
RESERVED_SEEDS = frozenset({7, 11, 23})
DEFAULT_SYNTHETIC_DIR = Path.home() / ".cache" / "expression-miner" / "synthetic"
_VALENCE = {"distress": (1, 0), "joy": (0, 1), "neutral": (0, 0)}


@dataclass(frozen=True)
class SyntheticTurn:
    """One assistant turn of a generated conversation with its truth label."""

    conversation_id: str
    family: str
    turn_index: int  # index in the parsed conversation's messages
    turn: TurnInput
    valence: str  # distress, joy or neutral


def read_generated(corpus_dir: Path, context_turns: int = 16) -> Iterator[SyntheticTurn]:
    """Every assistant turn of every conversation the corpus's truth labels (the six good log files
    and the readable head of the broken one), with its truth label.

    Raises:
        ValueError: a conversation's assistant turns do not match its truth labels (names file and row).
    """
    from pipelines.ingest.formats import parse_record
    from pipelines.ingest.readers import read_records
    from pipelines.ingest.settings import IngestSettings
    from schemas import DeadLetter

    corpus_dir = Path(corpus_dir)
    truth = {}
    with open(corpus_dir / "truth.jsonl", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            if t["kind"] == "conversation":
                truth[(t["file"], t["row"])] = t
    settings = IngestSettings()
    for name in sorted({f for f, _ in truth}):
        for rec in read_records(str(corpus_dir / "logs" / name)):
            if isinstance(rec, DeadLetter):
                continue
            pointer, value = rec
            conv = parse_record(value, pointer, settings)
            t = truth.get((name, pointer.row))
            if isinstance(conv, DeadLetter) or t is None:
                continue
            pairs = [(m.role, m.content) for m in conv.messages]
            turns = list(assistant_turn_inputs(pairs, context_turns))
            if len(turns) != len(t["turn_valence"]):
                raise ValueError(f"{name}:{pointer.row}: {len(turns)} assistant turns but "
                                 f"{len(t['turn_valence'])} truth labels")
            for (index, turn), valence in zip(turns, t["turn_valence"]):
                yield SyntheticTurn(conv.conversation_id, t["family"], index, turn, valence)


def write_training_file(
    conversations: int, seed: int, *, neutral_keep: float = 0.3, context_turns: int = 16,
    cache_dir: Path = DEFAULT_SYNTHETIC_DIR,
) -> Path:
    """Generate a corpus with ``seed`` and write its assistant turns as labelled JSONL (the format of
    :func:`classifiers.labelled_data.read_labelled_jsonl`), outside the repository.

    All distress and joy turns are kept, and every turn of the hard-negative families (calm
    refusals, formulaic politeness, sympathy, emotional content, the neutral turns of distress and
    joy conversations); turns of ``ordinary_task`` conversations, most of the corpus and easy, are
    kept with probability ``neutral_keep``. Rows carry ``category`` (the family) and ``template``
    (the conversation id, so grouped cross-validation never splits a conversation).

    Same arguments, same bytes; an existing file is reused.

    Raises:
        ValueError: ``seed`` is reserved for evaluation corpora.
    """
    if seed in RESERVED_SEEDS:
        raise ValueError(f"seed {seed} generates an evaluation corpus; pick another training seed")
    from synthetic.generator import generate

    base = Path(cache_dir) / f"seed{seed}-n{conversations}"
    out = base / f"turns-keep{neutral_keep}-ctx{context_turns}.jsonl"
    if out.is_file():
        return out
    generate(base / "corpus", conversations, seed)
    rng = random.Random(seed)
    rows = []
    for t in read_generated(base / "corpus", context_turns):
        if t.family == "ordinary_task" and t.valence == "neutral" and rng.random() >= neutral_keep:
            continue
        d, j = _VALENCE[t.valence]
        rows.append(json.dumps({"id": f"{t.conversation_id}#{t.turn_index}", "context": list(t.turn.context),
                                "utterance": t.turn.utterance, "distress": d, "joy": j,
                                "category": t.family, "template": t.conversation_id}, ensure_ascii=False))
    tmp = out.with_suffix(".partial")
    tmp.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    tmp.replace(out)
    return out
