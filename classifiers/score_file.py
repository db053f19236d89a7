"""Score every assistant turn of a conversations file (``score --input FILE --output FILE``).

Input: canonical conversations JSONL (``{"conversation_id", "messages": [{"role", "content"}], ...}``).
Output: one JSONL row per assistant turn: ``conversation_id``, ``turn_index`` (the message's index in
``messages``), ``distress``, ``joy``, ``flagged_distress``, ``flagged_joy``. No text is written.

The model reads what ``redact`` makes of each conversation (the pipeline's redactor, passed in by
the command), so the scores are the ones the pipeline would give; a conversation the redactor
would dead-letter is not scored and is counted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from classifiers.events import assistant_turn_inputs
from classifiers.spec import ValenceModelSpec
from classifiers.labelled_data import json_objects
from classifiers.model import DEFAULT_MODEL_DIR
from classifiers.settings import ClassifierSettings
from classifiers.thresholds import apply_thresholds
from classifiers.types import TurnInput

CHUNK_TURNS = 2048  # turns scored per call: big enough for full batches, small enough for memory


Redact = Callable[[Sequence[Sequence[tuple[str, str]]]], list[list[str] | None]]
REDACT_BATCH = 64


def conversations(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Yield ``(conversation_id, [(role, content), ...])`` per line.

    Raises:
        ValueError: a line is not a valid conversation (names the file, line and field, never text).
    """
    for lineno, row in json_objects(path):
        if not isinstance(row.get("conversation_id"), str):
            raise ValueError(f"{path}:{lineno}: 'conversation_id' must be a string")
        messages = row.get("messages")
        if not isinstance(messages, list):
            raise ValueError(f"{path}:{lineno}: 'messages' must be a list")
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict) or not isinstance(msg.get("content"), str) \
                    or not isinstance(msg.get("role"), str):
                raise ValueError(f"{path}:{lineno}: messages[{i}] needs string 'role' and 'content'")
        yield row["conversation_id"], [(m["role"], m["content"]) for m in messages]


def assistant_turns(path: Path, context_turns: int, redact: Redact | None = None,
                    dropped: list[int] | None = None) -> Iterator[tuple[str, int, TurnInput]]:
    """Yield ``(conversation_id, turn_index, TurnInput)`` per assistant message, context = earlier user turns.

    With ``redact``, conversations are redacted in batches first; one it returns None for is
    skipped and counted in ``dropped[0]``.
    """
    batch: list[tuple[str, list[tuple[str, str]]]] = []

    def flush() -> Iterator[tuple[str, int, TurnInput]]:
        texts = redact([pairs for _, pairs in batch]) if redact else [[t for _, t in p] for _, p in batch]
        for (cid, pairs), redacted in zip(batch, texts):
            if redacted is None:
                if dropped is not None:
                    dropped[0] += 1
                continue
            for i, turn in assistant_turn_inputs([(r, t) for (r, _), t in zip(pairs, redacted)], context_turns):
                yield cid, i, turn
        batch.clear()

    for item in conversations(path):
        batch.append(item)
        if len(batch) >= REDACT_BATCH:
            yield from flush()
    yield from flush()


def score_file(
    input_path: Path, output_path: Path, settings: ClassifierSettings = ClassifierSettings(),
    model_dir: Path = DEFAULT_MODEL_DIR, redact: Redact | None = None,
) -> dict[str, int]:
    """Score all assistant turns of ``input_path`` into ``output_path``.

    Args:
        redact: Redacts a batch of conversations as the pipeline would; None scores raw text.

    Returns:
        Counts: ``assistant_turns``, ``flagged_distress``, ``flagged_joy``, ``dead_lettered``.
    """
    spec = ValenceModelSpec(settings, model_dir)
    thresholds = spec.thresholds()
    model = spec.load_model()
    counts = {"assistant_turns": 0, "flagged_distress": 0, "flagged_joy": 0}
    dropped = [0]
    output_path = Path(output_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = output_path.with_name(output_path.name + ".partial")
    with open(tmp, "w", encoding="utf-8") as out:
        chunk: list[tuple[str, int, TurnInput]] = []

        def flush() -> None:
            scores = spec.run_inference([t for _, _, t in chunk], model)
            for (cid, idx, _), s, f in zip(chunk, scores, apply_thresholds(scores, thresholds)):
                out.write(json.dumps({"conversation_id": cid, "turn_index": idx, "distress": s.distress,
                                      "joy": s.joy, "flagged_distress": f.distress,
                                      "flagged_joy": f.joy}) + "\n")
                counts["assistant_turns"] += 1
                counts["flagged_distress"] += int(f.distress)
                counts["flagged_joy"] += int(f.joy)
            chunk.clear()

        for item in assistant_turns(Path(input_path), settings.context_turns, redact, dropped):
            chunk.append(item)
            if len(chunk) >= CHUNK_TURNS:
                flush()
        if chunk:
            flush()
    tmp.replace(output_path)  # no half-written output under the final name
    return {**counts, "dead_lettered": dropped[0]}
