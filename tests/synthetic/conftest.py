"""A corpus generated once per test session, and readers that turn every file back into records."""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import synthetic

CORPUS_CONVERSATIONS = 400
CORPUS_SEED = 11


@dataclass
class Corpus:
    root: Path
    summary: synthetic.GenerationSummary
    truth: list[dict]
    # (file, row) -> (decoded record or None, raw text of the record as written)
    records: dict[tuple[str, int], tuple[object, str]]

    @property
    def logs(self) -> Path:
        return self.root / synthetic.LOGS_DIR

    def canaries(self) -> list[str]:
        return (self.root / synthetic.CANARIES_FILE).read_text(encoding="utf-8").splitlines()


def read_lines(path: Path) -> list[bytes]:
    """Raw lines of a JSONL file (gzip-decoded if needed, stopping where a truncated stream ends)."""
    data = path.read_bytes()
    if path.name == synthetic.BROKEN_FILE:
        data = zlib.decompressobj(31).decompress(data)  # what decodes before the cut
    elif path.name.endswith(".gz"):
        data = gzip.decompress(data)
    lines = data.split(b"\n")
    return lines[:-1] if path.name != synthetic.BROKEN_FILE else lines


def load_records(logs: Path) -> dict[tuple[str, int], tuple[object, str]]:
    records: dict[tuple[str, int], tuple[object, str]] = {}
    for path in sorted(logs.iterdir()):
        if path.suffix == ".parquet":
            for row, value in enumerate(pq.read_table(path).to_pylist()):
                records[(path.name, row)] = (value, json.dumps(value, ensure_ascii=False))
            continue
        for row, line in enumerate(read_lines(path), start=1):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                records[(path.name, row)] = (None, line.decode("utf-8", errors="replace"))
                continue
            try:
                records[(path.name, row)] = (json.loads(text), text)
            except json.JSONDecodeError:
                records[(path.name, row)] = (None, text)
    return records


def build_corpus(root: Path, conversations: int, seed: int) -> Corpus:
    summary = synthetic.generate(root, conversations, seed)
    truth = [json.loads(line) for line in (root / synthetic.TRUTH_FILE).read_text(encoding="utf-8").splitlines()]
    return Corpus(root, summary, truth, load_records(root / synthetic.LOGS_DIR))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("corpus"), CORPUS_CONVERSATIONS, CORPUS_SEED)


@pytest.fixture(scope="session")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The demo's size: 2,000 conversations."""
    return build_corpus(tmp_path_factory.mktemp("big"), 2000, 7)
