"""Progress a person can follow while a run works: counts only, never text.

Workers add to per-process counters (:func:`count`) that are written, at most every
``WRITE_EVERY`` seconds, to one small JSON file per worker process in the run's staging folder;
the driver's :class:`ProgressReporter` sums them every few seconds and prints a line (rewritten
in place on a terminal, one line every ``LOG_EVERY`` seconds in a log). The estimate of the time
left comes from the share of input bytes read. This works where workers share the driver's
filesystem (the DirectRunner, a local Dask cluster); remote runners have their own monitoring.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

PROGRESS_DIR = "_progress"
WRITE_EVERY = 2.0
LOG_EVERY = 10.0
NAMES = ("records_read", "bytes_read", "conversations_redacted", "turns_scored", "events", "dead_letters")

_lock = threading.Lock()
_counts: Counter[str] = Counter()
_written = 0.0


def count(folder: str | None, name: str, n: int = 1) -> None:
    """Add ``n`` to this worker's counter ``name``; written to ``folder`` every few seconds (None: off)."""
    global _written
    if folder is None:
        return
    with _lock:
        _counts[name] += n
        now = time.monotonic()
        if now - _written < WRITE_EVERY:
            return
        _written = now
        snapshot = dict(_counts)
    path = Path(folder) / f"{socket.gethostname()}-{os.getpid()}.json"
    tmp = path.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(snapshot))
        os.replace(tmp, path)
    except OSError:  # progress is best effort: never fail a record over it
        pass


def flush(folder: str | None) -> None:
    """Write this worker's counters now (end of a bundle)."""
    global _written
    _written = 0.0
    count(folder, "records_read", 0)


def read_totals(folder: Path) -> Counter[str]:
    """The sum of every worker's counters."""
    totals: Counter[str] = Counter()
    for path in folder.glob("*.json"):
        try:
            totals.update(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue  # being replaced right now: next time
    return totals


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def progress_line(totals: Counter[str], total_bytes: int, elapsed: float) -> str:
    """One line of counts, elapsed time and the estimated time left."""
    done = totals["bytes_read"] / total_bytes if total_bytes else 0.0
    left = f"about {_clock(elapsed * (1 - done) / done)} left" if 0.02 < done < 1 else "estimating time left"
    return (f"{totals['records_read']:,} records read, {totals['conversations_redacted']:,} conversations redacted, "
            f"{totals['turns_scored']:,} turns scored, {totals['events']:,} events, "
            f"{totals['dead_letters']:,} dead letters; {_clock(elapsed)} elapsed, {left}")


class ProgressReporter:
    """A driver thread that prints the workers' progress until stopped.

    Args:
        folder: The progress folder the workers write to.
        total_bytes: Input bytes of the run (for the estimate).
        stream: Where to print; on a terminal the line is rewritten in place.
        every: Seconds between two looks at the counts.
        enabled: False makes it do nothing (runners whose workers cannot reach ``folder``).
    """

    def __init__(self, folder: Path, total_bytes: int, stream: TextIO | None = None, every: float = 2.0,
                 enabled: bool = True):
        self.folder, self.total_bytes, self.every, self.enabled = folder, total_bytes, every, enabled
        self.stream = stream or sys.stderr
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="progress", daemon=True)
        self._started = time.monotonic()

    def __enter__(self) -> ProgressReporter:
        if self.enabled:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.enabled:
            return
        self._stop.set()
        self._thread.join()
        if self.stream.isatty():
            self.stream.write("\n")

    def _run(self) -> None:
        last_logged = 0.0
        while not self._stop.wait(self.every):
            elapsed = time.monotonic() - self._started
            line = progress_line(read_totals(self.folder), self.total_bytes, elapsed)
            if self.stream.isatty():
                self.stream.write(f"\r\x1b[2Kprogress: {line}")
            elif elapsed - last_logged >= LOG_EVERY:
                self.stream.write(f"progress: {line}\n")
                last_logged = elapsed
            else:
                continue
            self.stream.flush()
