"""``expression-miner redact``: the redaction stage alone, file to file, without Beam."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from pipelines.config import RunConfig
from pipelines.ingest.readers import list_input_files, read_conversations
from privacy.keys import load_key
from privacy.pseudonyms import Pseudonymizer
from privacy.redactor import Redactor
from schemas import Conversation, DeadLetter


def redact_file(config: RunConfig, input_path: str, output: Path, key_file: Path | None = None) -> Counter[str]:
    """Redact every conversation of ``input_path`` (a file, directory or glob) into ``output`` (JSONL of RedactedConversation rows).

    Dead letters go to ``<output>.dead_letters.jsonl`` (reason and line, never text). The output is
    written to a temporary file and renamed, so a failure leaves no partial file.

    Returns:
        Counts: ``records_read``, ``conversations_ok``, ``dead_lettered`` and one per reason.
    """
    files = list_input_files([input_path])
    redactor = Redactor(config.redact, Pseudonymizer(load_key(key_file)))
    redactor.setup()
    counts: Counter[str] = Counter()
    dead_path = output.with_name(output.name + ".dead_letters.jsonl")
    tmp_out, tmp_dead = output.with_name(output.name + ".tmp"), dead_path.with_name(dead_path.name + ".tmp")
    try:
        with tmp_out.open("w", encoding="utf-8") as out, tmp_dead.open("w", encoding="utf-8") as dead:
            for batch in _batches(files, config, counts, dead, config.redact.batch_size):
                for result in redactor.redact_batch(batch):
                    if isinstance(result, DeadLetter):
                        _write_dead(dead, result, counts)
                    else:
                        out.write(json.dumps(result.to_row(), ensure_ascii=False) + "\n")
                        counts["conversations_ok"] += 1
        os.replace(tmp_out, output)
        if counts["dead_lettered"]:
            os.replace(tmp_dead, dead_path)
        return counts
    finally:
        tmp_out.unlink(missing_ok=True)
        tmp_dead.unlink(missing_ok=True)


def _batches(
    files: list[str], config: RunConfig, counts: Counter[str], dead: TextIO, size: int
) -> Iterator[list[Conversation]]:
    batch: list[Conversation] = []
    for parsed in (record for path in files for record in read_conversations(path, config.ingest)):
        counts["records_read"] += 1
        if isinstance(parsed, DeadLetter):
            _write_dead(dead, parsed, counts)
            continue
        batch.append(parsed)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_dead(stream: TextIO, letter: DeadLetter, counts: Counter[str]) -> None:
    stream.write(json.dumps(letter.to_row()) + "\n")
    counts["dead_lettered"] += 1
    counts[f"dead_letter.{letter.reason}"] += 1
