"""The one function that assembles the Beam job from the stages of DESIGN.md."""

from __future__ import annotations

import json

import apache_beam as beam
import pyarrow as pa
from apache_beam.io.parquetio import WriteToParquet
from apache_beam.ml.inference.base import RunInference
from apache_beam.transforms.util import BatchElements

from classifiers.spec import ValenceModelSpec
from classifiers.encoder import available_cores
from classifiers.settings import ClassifierSettings
from schemas import layout
from pipelines.config import RunConfig
from pipelines.inference import ValenceModelHandler
from pipelines.ingest.readers import FileRange
from pipelines.theme_transforms import BuildThemeCandidates, dp_noisy_lines
from pipelines.transforms import (
    DEAD_LETTERS,
    METRICS,
    IngestFile,
    RedactConversations,
    count_dead_letters,
    count_events,
    count_flagged_conversation,
    flagged_conversation,
    prediction_to_events,
    to_row,
    turns_to_score_counted,
)
from schemas import arrow


def build_pipeline(
    p: beam.Pipeline, config: RunConfig, files: list[FileRange], staging: str, key_file: str | None,
    progress_dir: str | None = None,
) -> None:
    """ingest -> redact -> classify -> events -> themes -> outputs, written under ``staging``.

    The driver moves them into place, after it has finished the themes from their candidates.
    Workers write their progress counts to ``progress_dir`` when given (see :mod:`pipelines.progress`).
    """
    ingested = (
        p
        | "ListFiles" >> beam.Create(files)
        | "SpreadFiles" >> beam.Reshuffle()  # files and ranges of big files, so every worker has work
        | "Ingest" >> beam.ParDo(IngestFile(config.ingest, progress_dir)).with_outputs(DEAD_LETTERS, METRICS, main="ok")
    )
    redacted = (
        ingested.ok
        | "BatchForRedaction" >> BatchElements(min_batch_size=1, max_batch_size=config.redact.batch_size)
        | "Redact" >> beam.ParDo(RedactConversations(config.redact, key_file, progress_dir)).with_outputs(
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
            prediction_to_events, spec.thresholds(), spec.model_id, progress_dir
        ).with_outputs(METRICS, main="ok")
    )
    dead_letters = (ingested.dead_letters, redacted.dead_letters) | "AllDeadLetters" >> beam.Flatten()
    themes = events.ok | "Themes" >> BuildThemeCandidates(config.themes, spec.settings.torch_threads)

    _write_parquet(redacted.ok, "Conversations", staging, layout.CONVERSATIONS, arrow.REDACTED_CONVERSATION)
    _write_parquet(events.ok, "Events", staging, layout.EVENTS, arrow.EXPRESSION_EVENT)
    _write_parquet(dead_letters, "DeadLetters", staging, layout.DEAD_LETTERS, arrow.DEAD_LETTER)
    _write_parquet(themes["assignments"], "ThemeAssignments", staging, layout.THEME_ASSIGNMENTS, arrow.THEME_ASSIGNMENT,
                   as_row=False)
    _write_lines(themes["candidates"], "ThemeCandidates", staging, layout.THEME_CANDIDATES)
    _write_lines(themes["fits"], "ThemeFits", staging, layout.THEME_FITS)
    if config.themes.epsilon is not None:
        _write_lines(dp_noisy_lines(themes["docs"], config.themes), "ThemeNoisyCounts", staging, layout.THEME_NOISY)
    _ = (
        (
            ingested.metrics,
            redacted.metrics,
            turns.metrics,
            events.metrics,
            themes["metrics"],
            events.ok | "CountEvents" >> beam.Map(count_events),
            events.ok
            | "FlaggedConversations" >> beam.Map(flagged_conversation)
            | "DistinctFlaggedConversations" >> beam.Distinct()
            | "CountFlaggedConversations" >> beam.Map(count_flagged_conversation),
            redacted.ok | "CountConversations" >> beam.Map(lambda _: ("conversations_ok", 1)),
            dead_letters | "CountDeadLetters" >> beam.FlatMap(count_dead_letters),
        )
        | "AllMetrics" >> beam.Flatten()
        | "SumMetrics" >> beam.CombinePerKey(sum)
        | "MetricLines" >> beam.Map(json.dumps)
        | "WriteMetrics" >> beam.io.WriteToText(layout.staged(staging, layout.METRICS), ".jsonl")
    )


def _write_parquet(records: beam.PCollection, name: str, staging: str, prefix: str, schema: pa.Schema,
                   as_row: bool = True) -> None:
    rows = records | f"{name}Rows" >> beam.Map(to_row) if as_row else records
    _ = rows | f"Write{name}" >> WriteToParquet(layout.staged(staging, prefix), schema, file_name_suffix=".parquet")


def _write_lines(lines: beam.PCollection, name: str, staging: str, prefix: str) -> None:
    _ = lines | f"Write{name}" >> beam.io.WriteToText(layout.staged(staging, prefix), ".jsonl")


def _classifier_settings_for_workers(config: RunConfig) -> ClassifierSettings:
    """Split the cores between DirectRunner worker processes, so torch does not oversubscribe them.

    Unset ``torch_threads`` means "this worker's share"; the manifest keeps the setting as given.
    """
    settings, runner = config.classify, config.runner
    if runner.runner != "DirectRunner" or settings.torch_threads is not None:
        return settings
    return settings.model_copy(update={"torch_threads": max(1, available_cores() // runner.workers)})
