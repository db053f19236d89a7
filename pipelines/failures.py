"""Keep exception messages out of the console: they can quote the conversation being processed.

Beam reports a failing element in three places: the worker process prints the traceback to the
stderr it inherited from the driver (``sdk_worker.py``), the driver relays the worker's ERROR log
entries, and the exception the driver finally raises carries the worker's traceback text. This
module closes all three and keeps what is safe to show: the step name, the exception class and
the innermost code location.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import traceback
from collections.abc import Iterator

_STEP = re.compile(r"\[while running '([^'\n]+)'\]")
_LOCATION = re.compile(r'File "([^"\n]+)", line (\d+)')
_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)):", re.MULTILINE)
WITHHELD = "details withheld: they can quote conversation text"


def describe_failure(err: BaseException) -> str:
    """One line naming what failed and where, without the exception's message."""
    text = str(err)
    frame = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    where = f"{frame.filename}:{frame.lineno}" if frame else "unknown location"
    kind = type(err).__name__
    # A worker failure arrives as a RuntimeError whose text is the worker's traceback.
    if step := _STEP.search(text):
        classes = _EXCEPTION_LINE.findall(text)
        locations = _LOCATION.findall(text)
        kind = classes[-1] if classes else kind
        where = f"{locations[-1][0]}:{locations[-1][1]}" if locations else where
        return f"{kind} in pipeline step '{step.group(1)}' at {where} ({WITHHELD})"
    return f"{kind} at {where} ({WITHHELD})"


class WithholdBeamErrors(logging.Filter):
    """Rewrites Beam's records that can carry a worker's exception message or traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("apache_beam"):
            return True
        text = record.getMessage()
        step = _STEP.search(text)
        if record.levelno >= logging.ERROR or record.exc_info or step or "Traceback" in text:
            record.msg = "a pipeline worker reported an error%s (%s)"
            record.args = (f" in step '{step.group(1)}'" if step else "", WITHHELD)
            record.exc_info = record.exc_text = record.stack_info = None
        return True


def install_log_filter() -> None:
    """Put the filter on every handler of the root logger (filters on loggers miss child records),
    and on the handler Python falls back to when logging was never configured."""
    for handler in [*logging.getLogger().handlers, logging.lastResort]:
        if handler is not None and not any(isinstance(f, WithholdBeamErrors) for f in handler.filters):
            handler.addFilter(WithholdBeamErrors())


@contextlib.contextmanager
def worker_output_withheld() -> Iterator[None]:
    """While the job runs, file descriptors 1 and 2 go to /dev/null, so worker processes started
    now (they inherit them) cannot print tracebacks; this process keeps writing to the real ones."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = {fd: os.dup(fd) for fd in (1, 2)}
    streams = {fd: os.fdopen(os.dup(copy), "w", buffering=1) for fd, copy in saved.items()}
    old_stdout, old_stderr = sys.stdout, sys.stderr
    moved = _handlers_on(old_stderr)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        os.dup2(null, 2)
        sys.stdout, sys.stderr = streams[1], streams[2]
        for handler in moved:
            handler.setStream(streams[2])
        yield
    finally:
        for stream in streams.values():
            stream.flush()
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)
        os.close(null)
        sys.stdout, sys.stderr = old_stdout, old_stderr
        for handler in moved:
            handler.setStream(old_stderr)
        for stream in streams.values():
            stream.close()


def _handlers_on(stream: object) -> list[logging.StreamHandler]:
    return [h for h in logging.getLogger().handlers
            if isinstance(h, logging.StreamHandler) and getattr(h, "stream", None) is stream]
