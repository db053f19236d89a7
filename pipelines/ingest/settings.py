"""Settings of the ingest stage (the ``[ingest]`` table of the run configuration)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class IngestSettings(BaseModel):
    """How log records are read and validated.

    Attributes:
        format: Record shape. ``auto`` detects it per record from the keys it carries; any other
            value forces that parser for every record (a record of another shape is dead-lettered).
        missing_id: What to do with a record without a non-empty id. ``dead_letter`` (the default,
            so ids are never silently invented) or ``content_hash``: derive a stable id from the
            SHA-256 of the messages (useful for HH-RLHF dumps, which carry no ids).
        max_message_chars: Longer messages dead-letter the record (``message_too_long``); bounds
            the work one record can cost the redactor and the classifier.
        max_dead_letter_ratio: The run fails, leaving no output, when more than this share of
            records read was dead-lettered: a sign of the wrong input or the wrong ``format``.
        split_bytes: Uncompressed JSONL files larger than this are read as ranges of about this
            size, in parallel (a line belongs to the range it starts in). Compressed files and
            Parquet files are read whole.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["auto", "canonical", "openai", "anthropic", "sharegpt", "hh_rlhf", "wildchat"] = "auto"
    missing_id: Literal["dead_letter", "content_hash"] = "dead_letter"
    max_message_chars: int = Field(20_000, ge=1, le=10_000_000)
    max_dead_letter_ratio: float = Field(0.2, ge=0.0, le=0.9)
    split_bytes: int = Field(1 << 20, ge=1 << 12, le=1 << 34)
