"""Read log files into decoded records, one per JSONL line or Parquet row.

A reader yields ``(SourcePointer, value)`` for every record it could decode and a DeadLetter for
every one it could not (invalid JSON, undecodable bytes), for a file it cannot read to the end
(``broken_file``: truncated gzip, corrupt Parquet, a file gone unreadable) and for a file that
vanished between listing and reading (``missing_file``). Reading never raises for bad data, so
one broken file never stops the others. Files are opened through Beam's FileSystems so the same
code reads local paths and object stores.

A large uncompressed JSONL file is read as several byte ranges (:func:`plan_ranges`), so that one
big file keeps every worker busy without shuffling its raw text between them: a line belongs to
the range its first byte lies in.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class FileRange:
    """Part of an input file: the lines in bytes ``[start, end)``, the first of them line ``first_line``.

    ``end`` None means to the end of the file. Ranges are cut at line starts.
    """

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    length: int = 0
    """Bytes of the range as stored (0 when unknown): what progress estimates count."""

    @property
    def first(self) -> bool:
        """Whether this range opens its file (it counts the file as read)."""
        return self.start == 0


def plan_ranges(files: Iterable[str], split_bytes: int) -> list[FileRange]:
    """Each file whole, except uncompressed JSONL files over ``split_bytes``, cut at line starts into
    ranges of about that size. Cutting reads such a file once (to count lines), on the driver."""
    ranges = []
    for path in files:
        size = _size(path)
        if path.endswith(".gz") or not path.endswith(JSONL_SUFFIXES) or size is None or size <= split_bytes:
            ranges.append(FileRange(path, length=size or 0))
        else:
            ranges += _cut(path, split_bytes, size)
    return ranges


def _size(path: str) -> int | None:
    try:
        return FileSystems.match([path])[0].metadata_list[0].size_in_bytes
    except (BeamIOError, IndexError):
        return None


def _cut(path: str, split_bytes: int, size: int) -> list[FileRange]:
    cuts = [(0, 1)]  # (byte offset of a line start, its line number)
    lines, position = 0, 0
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
        for line in iter(raw.readline, b""):
            lines, position = lines + 1, position + len(line)
            if position - cuts[-1][0] >= split_bytes:
                cuts.append((position, lines + 1))
    if cuts[-1][0] >= position and len(cuts) > 1:
        cuts.pop()  # nothing after the last cut
    ends = [c[0] for c in cuts[1:]] + [None]
    return [FileRange(path, start, end, line, (end if end is not None else size) - start)
            for (start, line), end in zip(cuts, ends)]


def read_records(source: str | FileRange) -> Iterator[Record]:
    """Decoded records of one file (or range), in file order, with dead letters for what cannot be decoded."""
    part = source if isinstance(source, FileRange) else FileRange(source)
    if part.path.endswith(PARQUET_SUFFIXES):
        yield from _read_parquet(part.path)
    else:
        yield from _read_jsonl(part)


def read_conversations(source: str | FileRange, settings: IngestSettings) -> Iterator[Conversation | DeadLetter]:
    """Every record of one file (or range), parsed: one Conversation or DeadLetter per record read."""
    for item in read_records(source):
        yield item if isinstance(item, DeadLetter) else parse_record(item[1], item[0], settings)


def _read_jsonl(part: FileRange) -> Iterator[Record]:
    path, line_no = part.path, part.first_line - 1
    try:
        # Python's gzip, not Beam's decompression: Beam's stops quietly at a truncated stream,
        # and a silently short file is lost data.
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as raw:
            if path.endswith(".gz"):
                lines: Any = gzip.GzipFile(fileobj=raw)
            else:
                raw.seek(part.start)
                lines = raw
            while part.end is None or lines.tell() < part.end:
                line = lines.readline()
                if not line:
                    break
                line_no += 1
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
    except FileNotFoundError:
        yield DeadLetter(path, None, "missing_file", "file listed at the start of the run no longer exists")
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield DeadLetter(path, line_no + 1, "broken_file", f"file unreadable after line {line_no} ({type(err).__name__})")


def _read_parquet(path: str) -> Iterator[Record]:
    row = 0
    try:
        if not FileSystems.exists(path):
            yield DeadLetter(path, None, "missing_file", "file listed at the start of the run no longer exists")
            return
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
