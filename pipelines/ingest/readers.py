"""Read log files into decoded records, one per JSONL line or Parquet row.

A reader yields ``(SourcePointer, value)`` for every record it could decode and a DeadLetter for
every one it could not (invalid JSON, undecodable bytes) and for a file it cannot read to the end
(``broken_file``: truncated gzip, corrupt Parquet). Reading never raises for bad data, so one
broken file never stops the others. Files are opened through Beam's FileSystems so the same code
reads local paths and object stores.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import BeamIOError, CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines.ingest.formats import parse_record
from pipelines.ingest.settings import IngestSettings
from schemas import Conversation, DeadLetter, SourcePointer

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
SUFFIXES = JSONL_SUFFIXES + PARQUET_SUFFIXES

Record = tuple[SourcePointer, Any] | DeadLetter
_PARQUET_BATCH_ROWS = 1024


class InputError(Exception):
    """An input path names nothing readable. The message names the path."""


def list_input_files(paths: Iterable[str]) -> list[str]:
    """Expand files, directories (recursively) and glob patterns into a sorted list of log files.

    Raises:
        InputError: a path matches no file with a supported suffix.
    """
    found: set[str] = set()
    for path in paths:
        logs = [m for m in _match(path) if m.endswith(SUFFIXES)]
        if not logs:  # a directory matches itself: look inside it
            logs = [m for m in _match(FileSystems.join(path.rstrip("/"), "**")) if m.endswith(SUFFIXES)]
        if not logs:
            raise InputError(f"input '{path}' matches no file ending in {', '.join(SUFFIXES)}")
        found.update(logs)
    return sorted(found)


def _match(pattern: str) -> list[str]:
    try:
        return [m.path for m in FileSystems.match([pattern])[0].metadata_list]
    except BeamIOError:
        return []


def read_records(path: str) -> Iterator[Record]:
    """Decoded records of one file, in file order, with dead letters for what cannot be decoded."""
    if path.endswith(PARQUET_SUFFIXES):
        yield from _read_parquet(path)
    else:
        yield from _read_jsonl(path)


def read_conversations(path: str, settings: IngestSettings) -> Iterator[Conversation | DeadLetter]:
    """Every record of one file, parsed: one Conversation or DeadLetter per record read."""
    for item in read_records(path):
        yield item if isinstance(item, DeadLetter) else parse_record(item[1], item[0], settings)


def _read_jsonl(path: str) -> Iterator[Record]:
    line_no = 0
    try:
        # Python's gzip, not Beam's decompression: Beam's stops quietly at a truncated stream,
        # and a silently short file is lost data.
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
            lines = gzip.GzipFile(fileobj=raw) if path.endswith(".gz") else raw
            for line_no, line in enumerate(iter(lines.readline, b""), start=1):
                if not line.strip():
                    continue
                try:
                    text = line.decode("utf-8")
                except UnicodeDecodeError:
                    yield DeadLetter(path, line_no, "undecodable_bytes", "line is not valid UTF-8")
                    continue
                try:
                    yield SourcePointer(path, line_no), json.loads(text)
                except json.JSONDecodeError as err:
                    # err.msg is a fixed phrase from the json module; the position is a number.
                    yield DeadLetter(path, line_no, "invalid_json", f"invalid JSON: {err.msg} at column {err.colno}")
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield DeadLetter(
            path, line_no + 1, "broken_file",
            f"file unreadable after line {line_no} ({type(err).__name__})",
        )


def _read_parquet(path: str) -> Iterator[Record]:
    row = 0
    try:
        with FileSystems.open(path) as raw:
            parquet = pq.ParquetFile(raw)
            for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
                for value in batch.to_pylist():
                    yield SourcePointer(path, row), value
                    row += 1
    except (OSError, EOFError, pa.ArrowException) as err:
        yield DeadLetter(
            path, row, "broken_file", f"file unreadable from row {row} ({type(err).__name__})"
        )
