"""Regexes under a time budget that fail loudly.

Presidio runs every pattern with a timeout, but on ``TimeoutError`` it logs a warning and skips the
pattern, so the message passes on with that pattern's entities unredacted. Here a timeout raises
:class:`RegexTimeout`, which is deliberately *not* a ``TimeoutError`` so Presidio's handler does
not swallow it: the redactor turns it into a ``redaction_timeout`` dead letter.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import regex

DEFAULT_TIMEOUT_SECONDS = 1.0
# When set, the monotonic time by which the current record must be done: every guarded regex gets
# at most what is left, so a record's total time is bounded whatever number of patterns it meets.
_DEADLINE: ContextVar[float | None] = ContextVar("record_deadline", default=None)


class RegexTimeout(RuntimeError):
    """A pattern ran out of its time budget on some text (the text is never part of the error)."""


@contextlib.contextmanager
def record_deadline(seconds: float) -> Iterator[None]:
    """Give everything guarded inside the block ``seconds`` in total (a wall-clock budget per record)."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise :class:`RegexTimeout` if the current record's budget is spent (for loops between regexes).

    Raises:
        RegexTimeout: the record's deadline has passed.
    """
    end = _DEADLINE.get()
    if end is not None and time.monotonic() >= end:
        raise RegexTimeout("the record's time budget ran out")


def _budget(timeout: float) -> float:
    """``timeout``, or what is left of the record's budget if that is less.

    Raises:
        RegexTimeout: nothing is left.
    """
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise RegexTimeout("the record's time budget ran out")
    return min(timeout, left)


def finditer(pattern: regex.Pattern, text: str, timeout: float) -> Iterable[regex.Match]:
    """``pattern.finditer(text)`` whose search must finish within ``timeout`` seconds.

    Most patterns match most texts nowhere, so one ``search`` answers first and the (slower)
    guarded iteration runs only when there is a match; each step has the full budget.

    Raises:
        RegexTimeout: the budget ran out.
    """
    try:
        if pattern.search(text, timeout=_budget(timeout)) is None:
            return ()
    except TimeoutError:
        raise RegexTimeout("a pattern exceeded its time budget") from None
    return _guarded(pattern, text, timeout)


def matches_at(pattern: regex.Pattern, text: str, starts: Iterable[int], timeout: float) -> Iterator[regex.Match]:
    """``pattern.match(text, start)`` at each of ``starts``, under the same budget per match.

    Raises:
        RegexTimeout: the budget ran out.
    """
    try:
        for start in starts:
            match = pattern.match(text, start, timeout=_budget(timeout))
            if match is not None:
                yield match
    except TimeoutError:
        raise RegexTimeout("a pattern exceeded its time budget") from None


def _guarded(pattern: regex.Pattern, text: str, timeout: float) -> Iterator[regex.Match]:
    try:
        yield from pattern.finditer(text, timeout=_budget(timeout))
    except TimeoutError:
        raise RegexTimeout("a pattern exceeded its time budget") from None


class GuardedRegex:
    """Stands in for a compiled pattern inside a Presidio ``Pattern`` and imposes our timeout.

    Presidio calls ``compiled_regex.finditer(text, timeout=...)``; this wrapper ignores the
    timeout passed in (a module constant of 60 s in Presidio) and applies its own.

    Args:
        compiled: The compiled pattern.
        timeout: Seconds allowed for one full ``finditer`` iteration.
    """

    def __init__(self, compiled: regex.Pattern, timeout: float):
        self._compiled = compiled
        self.timeout = timeout

    def finditer(self, text: str, *args: Any, timeout: float | None = None, **kwargs: Any) -> Iterable[regex.Match]:
        return finditer(self._compiled, text, self.timeout)

    def __getattr__(self, name: str) -> Any:  # search/match/pattern for any other caller
        return getattr(self._compiled, name)


def guard_pattern_recognizer(recognizer: Any, flags: int, timeout: float) -> int:
    """Install :class:`GuardedRegex` on every pattern of a Presidio ``PatternRecognizer``.

    ``flags`` must be the flags the analyzer will pass (the registry's global flags), or Presidio
    recompiles the pattern and drops the guard.

    Returns:
        The number of patterns guarded.
    """
    count = 0
    for pattern in getattr(recognizer, "patterns", None) or []:
        pattern.compiled_regex = GuardedRegex(regex.compile(pattern.regex, flags=flags), timeout)
        pattern.compiled_with_flags = flags
        count += 1
    return count
