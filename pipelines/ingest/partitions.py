"""Date partitions of the input: ``logs/dt=2026-11-22/*.jsonl.gz``.

A scheduled job reads a day (or a range of days, or only the days no earlier run processed) and
the run history records which partitions each run covered, so re-running a day replaces that
day's entry instead of counting it twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_PARTITION = re.compile(r"(?:^|/)dt=(\d{4}-\d{2}-\d{2})(?:/|$)")


class PartitionError(ValueError):
    """A partition selection cannot be understood or selects nothing. The message says which."""


def partition_of(path: str) -> str | None:
    """``dt=YYYY-MM-DD`` of a file's path, or None when it lies in no date partition."""
    match = _PARTITION.search(path)
    return f"dt={match.group(1)}" if match else None


def parse_day(value: str, today: dt.date | None = None) -> dt.date:
    """``YYYY-MM-DD``, ``today`` or ``yesterday`` (UTC).

    Raises:
        PartitionError: anything else (names the value).
    """
    today = today or dt.datetime.now(dt.timezone.utc).date()
    if value == "today":
        return today
    if value == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PartitionError(f"'{value}' is not a day: use YYYY-MM-DD, today or yesterday") from None


@dataclass(frozen=True)
class PartitionFilter:
    """Which date partitions a run reads.

    Attributes:
        since, until: First and last day, inclusive (None: unbounded).
        days: Exactly these days (``--partition``), on top of the range.
        skip: Partitions to leave out (the ones earlier runs processed, for ``--only-new``).
    """

    since: dt.date | None = None
    until: dt.date | None = None
    days: frozenset[dt.date] = frozenset()
    skip: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.days or self.skip)

    def keeps(self, path: str) -> bool:
        part = partition_of(path)
        if part is None:
            return not (self.since or self.until or self.days)
        if part in self.skip:
            return False
        day = dt.date.fromisoformat(part[3:])
        if self.days and day in self.days:
            return True
        if self.days and not (self.since or self.until):
            return False
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def select(self, files: Iterable[str]) -> list[str]:
        """The files this filter keeps.

        Raises:
            PartitionError: it keeps none.
        """
        kept = [f for f in files if self.keeps(f)]
        if self.active and not kept:
            raise PartitionError("no input file lies in the selected partitions (dt=YYYY-MM-DD folders)")
        return kept


def partition_filter(since: str | None, until: str | None, days: Sequence[str] = (),
                     skip: Iterable[str] = ()) -> PartitionFilter:
    """A filter from command-line values.

    Raises:
        PartitionError: a day is malformed, or ``since`` is after ``until``.
    """
    first = parse_day(since) if since else None
    last = parse_day(until) if until else None
    if first and last and first > last:
        raise PartitionError(f"--since {first} is after --until {last}")
    return PartitionFilter(first, last, frozenset(parse_day(d) for d in days), frozenset(skip))
