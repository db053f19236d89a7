"""The one function that assembles the Beam job from the stages of DESIGN.md."""

from __future__ import annotations

import json
import os

import apache_beam as beam
import pyarrow as pa
from apache_beam.io.parquetio import WriteToParquet
from apache_beam.ml.inference.base import RunInference
from apache_beam.transforms.util import BatchElements

from classifiers.handler import ValenceModelSpec
from classifiers.settings import ClassifierSettings
from pipelines import layout
from pipelines.config import RunConfig
from pipelines.inference import ValenceModelHandler
from pipelines.transforms import (
    DEAD_LETTERS,
    METRICS,
    IngestFile,
    RedactConversations,
    count_dead_letters,
    count_events,
    prediction_to_events,
    to_row,
    turns_to_score_counted,
)
from schemas import arrow


def build_pipeline(
    p: beam.Pipeline, config: RunConfig, files: list[str], staging: str, key_file: str | None
) -> None:
    """ingest -> redact -> classify -> events -> outputs, written under ``staging`` (moved into place by the driver)."""
    ingested = (
        p
        | "ListFiles" >> beam.Create(files)
        | "SpreadFiles" >> beam.Reshuffle()
        | "Ingest" >> beam.ParDo(IngestFile(config.ingest)).with_outputs(DEAD_LETTERS, METRICS, main="ok")
    )
    redacted = (
        ingested.ok
        | "BatchForRedaction" >> BatchElements(min_batch_size=1, max_batch_size=config.redact.batch_size)
        | "Redact" >> beam.ParDo(RedactConversations(config.redact, key_file)).with_outputs(
            DEAD_LETTERS, METRICS, main="ok"
        )
    )
    spec = ValenceModelSpec(_classifier_settings_for_workers(config))
    turns = redacted.ok | "AssistantTurns" >> beam.FlatMap(
        turns_to_score_counted, config.classify.context_turns
    ).with_outputs(METRICS, main="ok")
    events = (
        turns.ok
        | "Classify" >> RunInference(ValenceModelHandler(spec))
        | "FlaggedTurnsToEvents" >> beam.FlatMap(
            prediction_to_events, spec.thresholds(), spec.model_id
        ).with_outputs(METRICS, main="ok")
    )
    dead_letters = (ingested.dead_letters, redacted.dead_letters) | "AllDeadLetters" >> beam.Flatten()

    _write_parquet(redacted.ok, "Conversations", staging, layout.CONVERSATIONS, arrow.REDACTED_CONVERSATION)
    _write_parquet(events.ok, "Events", staging, layout.EVENTS, arrow.EXPRESSION_EVENT)
    _write_parquet(dead_letters, "DeadLetters", staging, layout.DEAD_LETTERS, arrow.DEAD_LETTER)
    _ = (
        (
            ingested.metrics,
            redacted.metrics,
            turns.metrics,
            events.metrics,
            events.ok | "CountEvents" >> beam.Map(count_events),
            redacted.ok | "CountConversations" >> beam.Map(lambda _: ("conversations_ok", 1)),
            dead_letters | "CountDeadLetters" >> beam.FlatMap(count_dead_letters),
        )
        | "AllMetrics" >> beam.Flatten()
        | "SumMetrics" >> beam.CombinePerKey(sum)
        | "MetricLines" >> beam.Map(json.dumps)
        | "WriteMetrics" >> beam.io.WriteToText(layout.staged(staging, layout.METRICS), ".jsonl")
    )


def _write_parquet(records: beam.PCollection, name: str, staging: str, prefix: str, schema: pa.Schema) -> None:
    _ = (
        records
        | f"{name}Rows" >> beam.Map(to_row)
        | f"Write{name}" >> WriteToParquet(layout.staged(staging, prefix), schema, file_name_suffix=".parquet")
    )


def _classifier_settings_for_workers(config: RunConfig) -> ClassifierSettings:
    """Split the cores between DirectRunner worker processes, so torch does not oversubscribe them.

    Unset ``torch_threads`` means "this worker's share"; the manifest keeps the setting as given.
    """
    settings, runner = config.classify, config.runner
    if runner.runner != "DirectRunner" or settings.torch_threads is not None:
        return settings
    cores = os.cpu_count() or 1
    workers = runner.direct_num_workers or cores
    return settings.model_copy(update={"torch_threads": max(1, cores // workers)})
