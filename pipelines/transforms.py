"""Thin Beam wrappers around the stage functions. Each DoFn calls one stage and yields results;
failures go to the tagged dead-letter output; counts and timings go to the metrics output.

Counts travel as ``(name, number)`` elements summed by the pipeline rather than as Beam metrics,
because not every runner (the Dask runner among them) reports Beam metrics back to the driver.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import apache_beam as beam
from apache_beam.ml.inference.base import PredictionResult
from apache_beam.pvalue import TaggedOutput
from apache_beam.utils import shared

from classifiers.events import events_for, turns_to_score
from classifiers.types import ValenceThresholds
from pipelines import progress
from pipelines.inference import TimedScores
from pipelines.ingest.readers import FileRange, read_conversations
from pipelines.ingest.settings import IngestSettings
from privacy.keys import load_key
from privacy.pseudonyms import Pseudonymizer
from privacy.redactor import Redactor
from privacy.settings import RedactionSettings
from schemas import Conversation, DeadLetter, ExpressionEvent, RedactedConversation

DEAD_LETTERS = "dead_letters"
METRICS = "metrics"



def metric(name: str, value: float) -> TaggedOutput:
    return TaggedOutput(METRICS, (name, value))


class IngestFile(beam.DoFn):
    """One input file (or range of one) -> Conversations, plus a dead letter for every unusable record."""

    def __init__(self, settings: IngestSettings, progress_dir: str | None = None):
        self._settings = settings
        self._progress = progress_dir

    def process(self, part: FileRange) -> Iterator[Any]:
        # Only the reading counts: between yields, downstream steps fused into this one run.
        spent, read = 0.0, 0
        records = iter(read_conversations(part, self._settings))
        while True:
            start = time.perf_counter()
            parsed = next(records, None)
            spent += time.perf_counter() - start
            if parsed is None:
                break
            read += 1
            progress.count(self._progress, "records_read")
            if isinstance(parsed, DeadLetter):
                progress.count(self._progress, "dead_letters")
                yield TaggedOutput(DEAD_LETTERS, parsed)
            else:
                if parsed.skipped_blocks:
                    yield metric("content_blocks_skipped", parsed.skipped_blocks)
                yield parsed
        progress.count(self._progress, "bytes_read", part.length)
        if part.first:
            yield metric("files_read", 1)
        yield metric("records_read", read)
        yield metric("seconds.ingest", spent)


class RedactConversations(beam.DoFn):
    """A batch of Conversations -> RedactedConversations; raw text ends here.

    The Redactor (Presidio + spaCy) is built once per worker process and shared by its threads.
    The pseudonym key is read on the worker (environment or key file), so it is never part of the
    serialized pipeline.
    """

    def __init__(self, settings: RedactionSettings, key_file: str | None, progress_dir: str | None = None):
        self._settings = settings
        self._key_file = key_file
        self._shared = shared.Shared()
        self._progress = progress_dir

    def setup(self) -> None:
        def build() -> Redactor:
            redactor = Redactor(self._settings, Pseudonymizer(load_key(self._key_file)))
            redactor.setup()
            return redactor

        self._redactor = self._shared.acquire(build)

    def process(self, batch: list[Conversation]) -> Iterator[Any]:
        start = time.perf_counter()
        results = self._redactor.redact_batch(batch)
        yield metric("seconds.redact", time.perf_counter() - start)  # before the yields: see IngestFile
        for result in results:
            if isinstance(result, DeadLetter):
                progress.count(self._progress, "dead_letters")
                yield TaggedOutput(DEAD_LETTERS, result)
                continue
            progress.count(self._progress, "conversations_redacted")
            yield result
            yield metric("messages_redacted", len(result.messages))
            if result.language != "en":
                yield metric("conversations_non_english", 1)
            for entity, count in result.entity_counts.items():
                yield metric(f"entities.{entity}", count)

    def finish_bundle(self) -> None:
        progress.flush(self._progress)


def turns_to_score_counted(conversation: RedactedConversation, context_turns: int) -> Iterator[Any]:
    turns = turns_to_score(conversation, context_turns)
    yield metric("assistant_turns_scored", len(turns))
    yield from turns


SCORE_BINS = 20  # the report's score histograms: bins of 0.05


def prediction_to_events(
    result: PredictionResult, thresholds: ValenceThresholds, model_id: str, progress_dir: str | None = None
) -> Iterator[Any]:
    timed: TimedScores = result.inference
    yield metric("seconds.classify", timed.seconds)
    progress.count(progress_dir, "turns_scored")
    for valence, score in (("distress", timed.scores.distress), ("joy", timed.scores.joy)):
        yield metric(f"score_bin.{valence}.{min(int(score * SCORE_BINS), SCORE_BINS - 1):02d}", 1)
    events = events_for(result.example, timed.scores, thresholds, model_id)
    if events:
        progress.count(progress_dir, "events", len(events))
    yield from events


def count_events(event: ExpressionEvent) -> tuple[str, int]:
    return f"flagged_{event.valence}", 1


def flagged_conversation(event: ExpressionEvent) -> tuple[str, str]:
    return event.valence, event.conversation_key


def count_flagged_conversation(key: tuple[str, str]) -> tuple[str, int]:
    return f"conversations_flagged_{key[0]}", 1


def count_dead_letters(dead: DeadLetter) -> Iterator[tuple[str, int]]:
    yield "dead_lettered", 1
    yield f"dead_letter.{dead.reason}", 1


def to_row(record: RedactedConversation | DeadLetter | ExpressionEvent) -> dict[str, Any]:
    return record.to_row()
